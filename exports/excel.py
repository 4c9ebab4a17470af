"""Excel workbooks of what a page shows, with the filters written above the table.

Written with the streaming writer of `reports.xlsx_stream`: a national overdue list is
44,000 rows, which openpyxl takes seconds and hundreds of MB to write. Text cells are
inline strings, so "=…" in a finding's text is never run as a formula."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from reports.xlsx_stream import StreamedWorkbook, text_width

WIDTH_SAMPLE = 200  # rows looked at for the column widths


def table_workbook(*, title: str, notes: list[str], frame: pd.DataFrame, sheet_name: str) -> bytes:
    """One sheet: a title row, one row per note (filters, as-of day), a blank row, the table."""
    columns = [str(column) for column in frame.columns]
    # Column by column: every kind of missing value (None, NaN, NaT, pandas' NA) as None.
    values = [
        frame[column].astype(object).where(frame[column].notna(), None).tolist() for column in frame.columns
    ]
    styles = [_style(column) for column in values]
    widths = [_width(label, column[:WIDTH_SAMPLE]) for label, column in zip(columns, values, strict=True)]
    workbook = StreamedWorkbook()
    with workbook.sheet(sheet_name, widths=widths, frozen_rows=len(notes) + 3) as sheet:
        sheet.append([title], "title")
        for note in notes:
            sheet.append([note])
        sheet.append([])
        sheet.append(columns, "header")
        sheet.append_rows(zip(*values, strict=True) if values else [], styles)
    return workbook.to_bytes()


def _style(column: list) -> str | None:
    first = next((value for value in column if value is not None), None)
    return "iso_date" if isinstance(first, date | datetime) else None


def _width(label: str, sample: list) -> int:
    widest = max(text_width("" if value is None else str(value)) for value in [label, *sample])
    return min(60, max(8, widest + 2))
