"""The bulletin as an Excel workbook: the header, filters and summary on the first sheet,
then one sheet per table. Numbers stay numbers (ratios formatted as percentages)."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from numbers import Integral
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reports.bulletin import Bulletin, Cell, Table, bulletin_tables, cell_kind, cell_text, cell_value

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
WIDTH_SAMPLE = 2000  # rows looked at for the column widths
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAPPED = Alignment(wrap_text=True, vertical="top")


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


def _styled(sheet, value: Any, **style) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _write_table(workbook: Workbook, table: Table) -> None:
    """One sheet in write-only mode (rows are streamed to the file, not kept as cell
    objects), so the national bulletin's full lists (35,000 units, every overdue finding)
    take seconds. Column widths come from the first WIDTH_SAMPLE rows."""
    sheet = workbook.create_sheet(table.sheet[:31])
    widths = [_width(column.label) for column in table.columns]
    for values in table.rows[:WIDTH_SAMPLE]:
        for index, value in enumerate(values):
            widths[index] = max(widths[index], _width(cell_text(value, cell_kind(table, index, value))))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.append([_styled(sheet, table.title, font=TITLE_FONT)])
    sheet.append([])
    sheet.append(
        [
            _styled(sheet, column.label, font=BOLD, fill=HEADER_FILL, alignment=CENTRED)
            for column in table.columns
        ]
    )
    kinds = [column.kind for column in table.columns]
    for values in table.rows:
        cells = []
        for index, value in enumerate(values):
            kind = kinds[index]
            # The common cells quickly: text as text, whole numbers as numbers (General shows
            # them as the "0" format would); everything else through _excel_value.
            if kind == "text" and type(value) is str:
                cells.append(_safe(value))
                continue
            if kind == "int" and isinstance(value, Integral):
                cells.append(int(value))
                continue
            if isinstance(value, Cell):
                kind = value.kind
            converted = _excel_value(value, kind)
            number_format = NUMBER_FORMATS.get(kind) if kind != "int" else None
            if number_format is not None and converted is not None:
                cells.append(_styled(sheet, converted, number_format=number_format))
            else:
                cells.append(converted)
        sheet.append(cells)
    if not table.rows:
        sheet.append([table.empty_text])


def bulletin_xlsx(bulletin: Bulletin) -> bytes:
    """The .xlsx file: 说明 (header, filters, summary) then one sheet per table."""
    workbook = Workbook(write_only=True)
    cover = workbook.create_sheet("说明")
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
    cover.row_dimensions[len(rows)].height = max(15, 18 * (len(bulletin.narrative) // 55 + 2))
    for label, value in rows:
        cover.append([_styled(cover, label, font=BOLD), _styled(cover, _safe(value), alignment=WRAPPED)])
    for table in bulletin_tables(dispatch):
        _write_table(workbook, table)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
