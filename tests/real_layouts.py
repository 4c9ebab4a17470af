"""Test documents that reproduce the layout of real public rectification documents.

Each document under `fixtures/real_layouts/` copies the STRUCTURE of one public document
listed in `fixtures/real_layouts/SOURCES.md` — header wording, column order, numbering,
labels, deadline wording, unit punctuation, footer — with its facts (units, numbers, dates)
as published and finding text written for the tests. `<name>.json` holds the findings a
person reading the document would record, checked by hand. Text documents are stored as
.txt; the Word tables are built here from the same rows.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx

FIXTURES = Path(__file__).parent / "fixtures" / "real_layouts"


def _tongcheng_table() -> bytes:
    """通城县's 整改情况 table as the county's Word attachment has it: notice text, then a table
    whose header cells break inside (责任/单位, 完成/时限) and whose number cell is 序号8(市序号9)."""
    document = docx.Document()
    for line in (
        "关于第二轮中央生态环境保护督察反馈问题整改完成情况的公示",
        "现将一些地方和部门对群众信访投诉重视不够问题的整改完成情况进行公示（见附件），接受社会监督。",
        "公示时间：2022年7月22日",
        "联系电话：4369477",
        "通城县突出环境问题整治工作指挥部办公室",
        "附件",
        "通城县贯彻落实第二轮中央生态环境保护督察反馈意见整改情况",
    ):
        document.add_paragraph(line)
    header = ["问题序号", "具体内容", "整改目标", "整改措施", "完成情况", "责任\n单位", "完成\n时限"]
    row = [
        "序号8(市序号9)",
        "部分地方和部门对群众信访投诉重视不够，办理不及时，问题长期存在。",
        "信访投诉件100%受理、100%处理。",
        "1、实行领导包案，明确任务、措施和时限。\n2、开展信访积案化解行动。\n3、每年至少开展一次现场核查和“回头看”。",
        "1、县领导包案办理重点信访件。\n2、信访积案已全部化解。\n3、现场核查未发现反弹，已完成整改。",
        "县生态环境分局、县信访局",
        "长期坚持",
    ]
    table = document.add_table(rows=2, cols=len(header))
    for cells, values in ((table.rows[0].cells, header), (table.rows[1].cells, row)):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx(paragraphs: list[str], header: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for cells, values in zip(table.rows, [header, *rows], strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_HENGYANG: tuple[list[str], list[str], list[list[str]]] = (
    [
        "关于2023年“绿盾”行动下发遥感监测问题线索销号的公示",
        "根据国规环生态〔2022〕1号和湘环发〔2023〕26号文件精神，我市已完成4个问题整改工作，现将整改情况公示如下：",
    ],
    [
        "序号",
        "县（市、区）",
        "问题编号",
        "保护地名称",
        "保护地级别",
        "问题所在功能区",
        "活动/设施类型",
        "问题来源",
        "问题描述",
        "整改成效",
        "整改完成情况",
    ],
    [
        [
            "1",
            "衡阳县",
            "202302-43-N1-007-MD-0018",
            "南岳衡山国家级自然保护区",
            "国家级",
            "实验区",
            "其他人类活动",
            "生态环境部2023年遥感监测问题线索",
            "界牌镇界牌村一处已复绿的油茶林地被村民堆放废矿渣。",
            "补种桂花和油茶复绿，长势良好",
            "完成整改",
        ],
        [
            "2",
            "南岳区",
            "202302-43-N1-007-RO-2373",
            "南岳衡山国家级自然保护区",
            "国家级",
            "实验区",
            "其他人工设施",
            "生态环境部2023年遥感监测问题线索",
            "寿岳乡龙凤村竹制品加工厂房建在保护区实验区内。",
            "1、已作行政处罚 2、已补办手续",
            "完成整改",
        ],
        [
            "3",
            "南岳区",
            "202302-43-N1-007-RO-0040",
            "南岳衡山国家级自然保护区",
            "国家级",
            "核心区",
            "居民点",
            "生态环境部2023年遥感监测问题线索",
            "南岳镇水濂村村民建房破坏林地。",
            "1、已作行政处罚 2、已开展生态修复",
            "完成整改",
        ],
    ],
)


def _hengyang_table() -> bytes:
    """衡阳市林业局's 绿盾 closure notice: eleven columns, most of them not fields of a finding
    (county, problem code, reserve, its level and zone, kind of activity, source)."""
    return _docx(*_HENGYANG)


def _hengyang_pdf() -> bytes:
    """The same 绿盾 notice as the PDF a bureau attaches: a landscape table, cells wrapping."""
    from fpdf import FPDF

    from reports.fonts import find_cjk_fonts, truetype_subset

    paragraphs, header, rows = _HENGYANG
    font, _ = truetype_subset(
        find_cjk_fonts()["sans"], "".join([*paragraphs, *header, *(cell for row in rows for cell in row)])
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cjk.ttf"
        path.write_bytes(font)
        pdf = FPDF(orientation="L")
        pdf.add_page()
        pdf.add_font("cjk", fname=str(path))
        pdf.set_font("cjk", size=8)
        for line in paragraphs:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        widths = (8, 16, 34, 30, 14, 16, 18, 30, 48, 38, 18)
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def _qingshui_docx() -> bytes:
    """清水县's notice as the Word file a county office sends: one paragraph per line."""
    document = docx.Document()
    for line in (FIXTURES / "qingshui_2020_notice.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(name: str) -> Callable[[], bytes]:
    return lambda: (FIXTURES / f"{name}.txt").read_bytes()


# name → (upload file name, builder of its bytes)
DOCUMENTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    path.stem: (path.name, _text(path.stem)) for path in sorted(FIXTURES.glob("*.txt"))
}
DOCUMENTS["tongcheng_2022_table"] = ("通城县整改情况.docx", _tongcheng_table)
DOCUMENTS["hengyang_lvdun_table"] = ("绿盾问题销号公示.docx", _hengyang_table)
DOCUMENTS["hengyang_lvdun_pdf"] = ("绿盾问题销号公示.pdf", _hengyang_pdf)
DOCUMENTS["qingshui_2020_docx"] = ("清水县第二十七项整改任务公示.docx", _qingshui_docx)


def expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
