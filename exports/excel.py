"""Excel workbooks of what a page shows, with the filters written above the table."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FORMULA_PREFIXES = ("=", "+", "-", "@")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is written as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def table_workbook(*, title: str, notes: list[str], frame: pd.DataFrame, sheet_name: str) -> bytes:
    """One sheet: a title row, one row per note (filters, as-of day), a blank row, the table."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_name[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    for note in notes:
        sheet.append([safe_cell(note)])
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append([str(column) for column in frame.columns])
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in frame.itertuples(index=False):
        sheet.append([safe_cell(_plain(value)) for value in row])
    for index, column in enumerate(frame.columns, start=1):
        values = [str(column)] + [str(v) for v in frame[column].head(200)]
        width = min(60, max(8, max(len(v) for v in values) * 2))
        sheet.column_dimensions[get_column_letter(index)].width = width
        first = next((v for v in frame[column] if _plain(v) is not None), None)
        if isinstance(first, date | datetime):
            for cell in sheet[get_column_letter(index)][header_row:]:
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _plain(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    if value is pd.NaT:
        return None
    return value
