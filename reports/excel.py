"""The bulletin as an Excel workbook: the header, filters and summary on the first sheet,
then one sheet per table. Numbers stay numbers (ratios formatted as percentages)."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reports.bulletin import Bulletin, Table, bulletin_tables, cell_kind, cell_text, cell_value

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
FORMULA_PREFIXES = ("=", "+", "-", "@")
NUMBER_FORMATS = {
    "int": "0",
    "pct": "0.0%",
    "points": "+0.0;-0.0;0.0",
    "signed": "+0;-0;0",
    "rank_change": "+0;-0;0",
    "date": 'yyyy"年"m"月"d"日"',
}
HEADER_ROW = 3  # title, blank, then the column headings


def _safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is written as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _excel_value(value: Any, kind: str) -> Any:
    raw = cell_value(value)
    if raw is None:
        return None
    if kind == "points":
        return round(float(raw) * 100, 1)  # percentage points, as the page shows them
    if kind in ("int", "signed", "rank_change"):
        return int(raw)
    if kind == "pct":
        return float(raw)
    if kind == "date" and isinstance(raw, date):
        return raw
    return _safe(cell_text(raw, kind))


def _width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E7F else 1 for char in text)


def _write_table(workbook: Workbook, table: Table) -> None:
    sheet = workbook.create_sheet(table.sheet[:31])
    sheet["A1"] = table.title
    sheet["A1"].font = Font(bold=True, size=14)
    widths = [_width(column.label) for column in table.columns]
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=column.label)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, values in enumerate(table.rows, start=1):
        for index, value in enumerate(values):
            kind = cell_kind(table, index, value)
            cell = sheet.cell(row=HEADER_ROW + offset, column=index + 1, value=_excel_value(value, kind))
            if kind in NUMBER_FORMATS and cell_value(value) is not None:
                cell.number_format = NUMBER_FORMATS[kind]
            widths[index] = max(widths[index], _width(cell_text(value, kind)))
    if not table.rows:
        sheet.cell(row=HEADER_ROW + 1, column=1, value=table.empty_text)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)


def bulletin_xlsx(bulletin: Bulletin) -> bytes:
    """The .xlsx file: 说明 (header, filters, summary) then one sheet per table."""
    workbook = Workbook()
    cover = workbook.active
    cover.title = "说明"
    dispatch = bulletin.dispatch
    month = dispatch.month
    rows = [
        ("标题", bulletin.full_title),
        ("发文单位", bulletin.office),
        ("发文日期", cell_text(bulletin.issued_on, "date")),
        ("统计月份", f"{month.year}年{month.month}月"),
        ("对比月份", f"{dispatch.previous_month.year}年{dispatch.previous_month.month}月"),
        ("本月统计截至", cell_text(dispatch.current.as_of, "date")),
        ("上月统计截至", cell_text(dispatch.previous.as_of, "date")),
        ("筛选条件", bulletin.scope or "全部"),
        ("口径说明", "两个月份均按当月末已掌握的情况统计（状态、时限、月调度以当时记录为准）。"),
        ("摘要", bulletin.narrative.strip()),
    ]
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 100
    for number, (label, value) in enumerate(rows, start=1):
        cover.cell(row=number, column=1, value=label).font = Font(bold=True)
        cell = cover.cell(row=number, column=2, value=_safe(value))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    cover.row_dimensions[len(rows)].height = max(15, 18 * (len(bulletin.narrative) // 55 + 2))
    for table in bulletin_tables(dispatch):
        _write_table(workbook, table)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
