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


def _text(name: str) -> Callable[[], bytes]:
    return lambda: (FIXTURES / f"{name}.txt").read_bytes()


# name → (upload file name, builder of its bytes)
DOCUMENTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    path.stem: (path.name, _text(path.stem)) for path in sorted(FIXTURES.glob("*.txt"))
}
DOCUMENTS["tongcheng_2022_table"] = ("通城县整改情况.docx", _tongcheng_table)


def expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
