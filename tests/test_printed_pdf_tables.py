"""Task tables published as PDF printed from Word (issue 14): the reader takes a ruled table's
cells by position, so a cell's text wrapped at the cell's width reads as written, a cell merged
down over several rows belongs to each of them, and short lines stay separate paragraphs."""

from __future__ import annotations

import pytest

from intake.plan_document import _first_word_width, _unwrap_lines, read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.plan_layouts import score, soffice
from tests.printed_pdf import printed
from tests.real_layouts import DOCUMENTS, expected


def _line(text: str, x0: float, size: float = 10.0) -> dict:
    """One text line as pdfplumber gives it: Chinese characters `size` wide, Latin half."""
    chars, x = [], x0
    for char in text:
        width = size if not char.isascii() else size / 2
        chars.append({"text": char, "x0": x, "x1": x + width})
        x += width
    return {"text": text, "x0": x0, "x1": x, "chars": chars}


CELL = (100.0, 0.0, 250.0, 100.0)  # 150 pt wide, text starting 5 pt in


def test_a_line_that_filled_the_cell_continues_on_the_next():
    # “占全省” stops 30 pt short of the margin, but “13.72%，” (40 pt) would not have fitted.
    lines = [_line("全市疑似污染地块三百个占全省", 105.0), _line("13.72%，其中涉重金属", 105.0)]
    assert _unwrap_lines(lines, CELL) == "全市疑似污染地块三百个占全省13.72%，其中涉重金属"


def test_a_line_that_stopped_short_ends_a_paragraph():
    lines = [_line("县生态环境局", 105.0), _line("县水利局", 105.0)]
    assert _unwrap_lines(lines, CELL) == "县生态环境局\n县水利局"


def test_an_item_number_starts_a_line_but_a_decimal_does_not():
    full = "开展入河排口排查整治工作完成"  # 14 characters: 140 pt, the whole width
    item, decimal = _line("2.建立长效机制", 105.0), _line("2.5公里河段", 105.0)
    assert _unwrap_lines([_line(full, 105.0), item], CELL) == f"{full}\n2.建立长效机制"
    assert _unwrap_lines([_line(full, 105.0), decimal], CELL) == f"{full}2.5公里河段"


def test_the_first_word_keeps_its_closing_punctuation():
    assert _first_word_width(_line("13.72%，其中", 0.0)["chars"]) == pytest.approx(6 * 5 + 10)
    assert _first_word_width(_line("县，", 0.0)["chars"]) == pytest.approx(20)


# Word tables of the real-layout corpus with what printing does to them: a unit cell merged
# down (确定事项), a problem wrapped inside “13.72%” (雁峰), several units wrapped in one cell and
# group rows (辽阳, 荆州), a two-column form with numbered measures (潼南).
PRINTED = [
    "ziyang_2022_meeting_table",
    "yanfeng_2020_soil_table",
    "liaoyang_2022_task_table",
    "jingzhou_2019_july_table",
    "tongnan_2022_landfill_form",
]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
@pytest.mark.parametrize("name", PRINTED)
def test_a_word_table_printed_to_pdf_reads_as_the_word_file(name):
    filename, build = DOCUMENTS[name]
    pdf = printed(build())
    findings = parse_plan_text(read_plan_bytes(pdf, filename.replace(".docx", ".pdf"))).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
def test_a_unit_merged_down_two_rows_belongs_to_both():
    build = DOCUMENTS["ziyang_2022_meeting_table"][1]
    text = read_plan_bytes(printed(build()), "确定事项.pdf")
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines() if line.startswith("| 1")}
    assert "县卫健局" in rows["17"] and "县卫健局" in rows["18"]
