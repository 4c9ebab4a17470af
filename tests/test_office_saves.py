"""Word files saved as a web page, as Word 97-2003 (.doc) or as OpenDocument (.odt), and
workbooks saved as .ods, read as the Word file or the workbook does.

The HTML rules are pinned on short pages; then real corpus documents are saved by LibreOffice
(when installed) and must give the findings their hand-checked expectations hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.office_saves import saved_as_doc, saved_as_ods, saved_as_odt, saved_as_web_page
from tests.plan_layouts import score, soffice
from tests.real_layouts import DOCUMENTS, expected


def _calc_installed() -> bool:
    """LibreOffice with Calc (scripts/test.sh installs it in CI; Writer alone cannot save .ods)."""
    office = soffice()
    return office is not None and (Path(office).resolve().parent / "libsclo.so").exists()


def _findings(page: str, name: str = "整改方案.doc"):
    return parse_plan_text(read_plan_bytes(page.encode("utf-8"), name)).findings


_LIST_PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>一、关于垃圾填埋场渗滤液超标的问题</p>
<p>牵头单位：县城管局</p>
<p>整改措施：</p>
<ol><li><p>扩建渗滤液处理站。</p></li><li><p>委托第三方运营。</p></li>
<li><p>每月监测出水水质。</p></li></ol>
<p>整改时限：2021年6月底前</p>
<p>二、关于医疗废物暂存不规范的问题</p>
<p>牵头单位：县卫健局</p>
<p>整改措施：</p>
<ol start="1"><li>规范暂存间建设。</li><li value="2">建立转运台账。</li></ol>
<p>整改时限：2021年3月底前</p>
</body></html>"""


def test_the_items_of_a_numbered_list_are_the_measures_it_shows():
    findings = _findings(_LIST_PAGE)
    assert [(f.title, f.lead_units) for f in findings] == [
        ("垃圾填埋场渗滤液超标", ["县城管局"]),
        ("医疗废物暂存不规范", ["县卫健局"]),
    ]
    assert [[m.text for m in f.measures] for f in findings] == [
        ["扩建渗滤液处理站。", "委托第三方运营。", "每月监测出水水质。"],
        ["规范暂存间建设。", "建立转运台账。"],
    ]


def test_a_list_number_is_shown_once_and_only_for_a_numbered_list():
    from intake.document_html import read_html

    page = (
        "<html><body><ol start='3'><li>巡查</li><li>1、建账</li><li></li><li value='9'>销号</li></ol>"
        "<ul><li>宣传</li></ul><p>附件</p></body></html>"
    )
    assert read_html(page.encode(), "a.htm").splitlines() == ["3.巡查", "1、建账", "9.销号", "宣传", "附件"]


def test_a_typed_space_parts_two_units_and_a_wrap_of_word_s_source_joins_chinese():
    page = """<html><head><meta charset="utf-8"></head><body><table border=1>
<tr><td>序号</td><td>问题</td><td>牵头单位</td><td>配合单位</td><td>整改时限</td></tr>
<tr><td>1</td><td>城区建筑工地
扬尘污染</td><td>县住建局</td><td>
\t\t\t县城管局 县交通局
\t\t\t县公安局</td><td>2021年6月底</td></tr>
</table></body></html>"""
    (finding,) = _findings(page)
    assert finding.title == "城区建筑工地扬尘污染"
    assert finding.cooperating_units == ["县城管局", "县交通局", "县公安局"]


# Word files of the corpus with what saving changes: numbered measures as a list (宁波, 长治),
# units parted by spaces in a cell (湘潭, 黄石), a table that is the document's last part (通城,
# 铜梁), a table over pages with merged cells (辽阳).
SAVED = [
    "ningbo_2022_audit_plan",
    "changzhi_2018_inspection_plan",
    "xiangtan_2018_assignment_letter_form",
    "huangshi_2021_task_division_table",
    "tongcheng_2022_table",
    "tongliang_2018_soil_schedule",
    "liaoyang_2022_task_table",
]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice saves the file")
@pytest.mark.parametrize(
    "save", [saved_as_web_page, saved_as_doc, saved_as_odt], ids=["web_page", "doc", "odt"]
)
@pytest.mark.parametrize("name", SAVED)
def test_a_word_file_saved_another_way_reads_as_the_word_file(name, save):
    filename, build = DOCUMENTS[name]
    data = save(build())
    findings = parse_plan_text(read_plan_bytes(data, filename.replace(".docx", ".doc"))).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


@pytest.mark.skipif(not _calc_installed(), reason="LibreOffice Calc converts the sheet")
@pytest.mark.parametrize(
    "name", ["ziyang_2024_meeting_xlsx", "jingzhou_2019_august_xlsx", "ruijin_2020_audit_ledger_xlsx"]
)
def test_a_workbook_saved_as_ods_reads_as_the_workbook(name):
    filename, build = DOCUMENTS[name]
    data = saved_as_ods(build())
    findings = parse_plan_text(read_plan_bytes(data, filename.replace(".xlsx", ".ods"))).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


@pytest.mark.skipif(soffice() is None, reason="LibreOffice converts the file")
def test_a_broken_opendocument_file_is_refused_with_the_reason():
    from intake.plan_document import PlanFileError

    broken = saved_as_odt(DOCUMENTS["tongcheng_2022_table"][1]())[:400]
    with pytest.raises(PlanFileError, match=r"文件“清单.odt”是OpenDocument 文档（.odt），但无法转换为 .docx"):
        read_plan_bytes(broken, "清单.odt")
