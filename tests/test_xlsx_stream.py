"""The streaming .xlsx writer (reports/xlsx_stream.py): what openpyxl reads back."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import numpy as np
import pytest
from openpyxl import load_workbook

from reports.xlsx_stream import StreamedWorkbook


def _read(data: bytes):
    return load_workbook(io.BytesIO(data))


def test_values_come_back_with_their_types_and_formats():
    workbook = StreamedWorkbook()
    with workbook.sheet("名单", widths=[10, 40, 12], frozen_rows=1) as sheet:
        sheet.append(["序号", "问题", "完成率"], "header")
        sheet.append_rows(
            [
                [1, "河道两岸垃圾未清理", 0.5],
                [np.int64(2), "  前后有空格  ", float("nan")],
                [3, None, 1.0],
            ],
            ["int", None, "pct"],
        )
        sheet.append([date(2026, 10, 31), datetime(2026, 11, 5, 12, 0), True], ["date", "date", None])
    book = _read(workbook.to_bytes())
    sheet = book["名单"]
    assert [c.value for c in sheet[1]] == ["序号", "问题", "完成率"]
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FFDDEBF7"
    assert [c.value for c in sheet[2]] == [1, "河道两岸垃圾未清理", 0.5]
    assert sheet["C2"].number_format == "0.0%"
    assert sheet["A3"].value == 2 and sheet["B3"].value == "  前后有空格  "
    assert sheet["C3"].value is None  # NaN is an empty cell, not an error
    assert sheet["B4"].value is None and sheet["C4"].value == 1.0
    assert sheet["A5"].value == datetime(2026, 10, 31) and sheet["A5"].number_format == 'yyyy"年"m"月"d"日"'
    assert sheet["B5"].value == datetime(2026, 11, 5, 12, 0)
    assert sheet["C5"].value is True
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 40


def test_text_is_never_a_formula_and_markup_is_escaped():
    workbook = StreamedWorkbook()
    texts = ['=HYPERLINK("http://example.invalid")', "+1", "a < b & c > d", "控制\x01字符\x0b", "@SUM(A1)"]
    with workbook.sheet("文字") as sheet:
        sheet.append_rows([[text] for text in texts])
    sheet = _read(workbook.to_bytes())["文字"]
    values = [row[0].value for row in sheet.iter_rows()]
    assert values == [texts[0], "+1", "a < b & c > d", "控制字符", "@SUM(A1)"]
    assert all(row[0].data_type == "s" for row in sheet.iter_rows())


def test_sheet_names_rows_and_many_rows():
    workbook = StreamedWorkbook()
    with workbook.sheet("a/b:c*?[1]" + "长" * 40) as sheet:
        sheet.append(["标题"], "title")
        sheet.append([])
        sheet.append(["摘要"], "wrapped", height=60)
        sheet.append_rows([[i, f"第{i}行"] + [None] * 25 + ["末列"] for i in range(5000)])
    with pytest.raises(ValueError, match="工作表名称重复"):
        workbook.sheet("a/b:c*?[1]" + "长" * 30)  # the same 31 characters once cleaned
    data = workbook.to_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
    book = _read(data)
    (name,) = book.sheetnames
    assert name == ("a_b_c___1_" + "长" * 40)[:31]
    sheet = book[name]
    assert sheet["A1"].font.sz == 14 and sheet["A1"].font.b
    assert sheet.row_dimensions[3].height == 60 and sheet["A3"].alignment.wrap_text
    assert sheet.max_row == 5003 and sheet["B5003"].value == "第4999行"
    assert sheet["AB5003"].value == "末列"  # the 28th column
