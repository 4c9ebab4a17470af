"""OFD files (版式文件) read as the PDF printed from the same document reads.

Short hand-written OFD pages pin what converters write (advances packed as “g N x”, sizes in a
CTM, a template page, absolute part paths, a scan without text, a broken package); then corpus
documents printed by LibreOffice and turned into OFD (`tests/ofd_files.py`) must give the
findings their hand-checked expectations hold.
"""

from __future__ import annotations

import zipfile
from datetime import date
from io import BytesIO

import pytest

from intake.document_common import PlanFileError
from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.ofd_files import ofd_of_pdf, ofd_package, rule, text_object
from tests.plan_layouts import score, soffice
from tests.real_layouts import DOCUMENTS, expected

# A ruled task table of two rows: columns at 20, 35, 100, 140, 190 mm; rows at 40, 50, 62, 74 mm.
_COLUMNS = (20.0, 35.0, 100.0, 140.0, 190.0)
_ROWS = (40.0, 50.0, 62.0, 74.0)
_CELLS = [
    ("序号", "问题", "责任单位", "整改时限"),
    ("1", "城区建筑工地扬尘污染", "县住建局", "2021年6月底"),
    ("2", "渣土运输车辆抛洒", "县城管局", "立行立改"),
]


def _task_table(*, ctm_rows: bool = False) -> str:
    rules = [rule(_COLUMNS[0], y, _COLUMNS[-1], y) for y in _ROWS]
    rules += [rule(x, _ROWS[0], x, _ROWS[-1]) for x in _COLUMNS]
    texts = [text_object(20.0, 30.0, "附件：县环境问题整改任务清单", 4.5)]
    for row, (top, values) in enumerate(zip(_ROWS, _CELLS, strict=False)):
        for left, value in zip(_COLUMNS, values, strict=False):
            texts.append(text_object(left + 1.0, top + 2.5, value, 3.5, ctm=ctm_rows and row % 2 == 1))
    return "".join(texts + rules)


def _findings(data: bytes, name: str = "整改任务清单.ofd"):
    return parse_plan_text(read_plan_bytes(data, name)).findings


def test_a_ruled_table_in_an_ofd_is_read_cell_by_cell():
    for ctm_rows in (False, True):
        findings = _findings(ofd_package([_task_table(ctm_rows=ctm_rows)]))
        assert [(f.number, f.title, f.lead_units) for f in findings] == [
            (1, "城区建筑工地扬尘污染", ["县住建局"]),
            (2, "渣土运输车辆抛洒", ["县城管局"]),
        ], ctm_rows
        assert findings[0].deadlines[0].date == date(2021, 6, 30)
        assert findings[1].deadlines[0].kind == "immediate"


def test_an_ofd_without_its_name_a_template_page_and_absolute_paths():
    letterhead = text_object(60.0, 12.0, "某某县突出环境问题整改工作领导小组办公室", 5.0)
    data = ofd_package([_task_table()], template=letterhead, absolute_paths=True)
    text = read_plan_bytes(data, "下载文件")  # a download saved without its extension
    assert text.splitlines()[0] == "某某县突出环境问题整改工作领导小组办公室"
    assert "| 2 | 渣土运输车辆抛洒 | 县城管局 | 立行立改 |" in text


def test_a_scanned_ofd_and_a_broken_one_are_refused_with_the_reason():
    scan = ofd_package(
        ['<ofd:ImageObject ID="5" CTM="210 0 0 297 0 0" ResourceID="1" Boundary="0 0 210 297"/>']
    )
    with pytest.raises(PlanFileError, match=r"文件“通知\.ofd”是扫描件或图片 OFD，没有文字层"):
        read_plan_bytes(scan, "通知.ofd")
    good = ofd_package([_task_table()])
    with pytest.raises(PlanFileError, match=r"文件“清单\.ofd”不完整或已损坏，无法作为 OFD 打开"):
        read_plan_bytes(good[: len(good) // 2], "清单.ofd")
    root = "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'><ofd:DocBody>{}</ofd:DocBody></ofd:OFD>"
    with pytest.raises(PlanFileError, match=r"不是完整的 OFD 文件（没有 DocRoot）"):
        read_plan_bytes(_zip({"OFD.xml": root.format("")}), "清单.ofd")
    broken = {
        "OFD.xml": root.format("<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"),
        "Doc_0/Document.xml": "<a><b>",
    }
    with pytest.raises(PlanFileError, match=r"OFD 内容已损坏，无法读取（XML 有误）"):
        read_plan_bytes(_zip(broken), "清单.ofd")


def _zip(parts: dict[str, str]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


# Word tables of the corpus printed to PDF, then to OFD: a unit merged down (确定事项), rows broken
# across pages (广西, 青海), a two-column form with numbered measures (潼南).
OFD_DOCUMENTS = [
    "ziyang_2022_meeting_table",
    "guangxi_2021_plan_table",
    "qinghai_2023_batch16_table",
    "tongnan_2022_landfill_form",
]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF the OFD is made from")
@pytest.mark.parametrize("name", OFD_DOCUMENTS)
def test_a_word_table_printed_to_ofd_reads_as_the_word_file(name):
    from tests.printed_pdf import printed

    filename, build = DOCUMENTS[name]
    findings = _findings(ofd_of_pdf(printed(build())), filename.replace(".docx", ".ofd"))
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])
