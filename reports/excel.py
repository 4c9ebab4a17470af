"""The bulletin as an Excel workbook: the header, filters and summary on the first sheet,
then one sheet per table. Numbers stay numbers (ratios formatted as percentages).

The national bulletin's full lists are 834,000 cells, so the file is written with the
streaming writer of `reports.xlsx_stream` (text cells are inline strings: a spreadsheet never
runs them as formulas, so no apostrophe is needed in front of "=…")."""

from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import Any

from reports.bulletin import Bulletin, Cell, Table, bulletin_tables, cell_kind, cell_text, cell_value
from reports.xlsx_stream import StreamedWorkbook, text_width

# The cell style of each kind of value (int is General: it shows whole numbers alike).
KIND_STYLES = {"pct": "pct", "points": "points", "signed": "signed", "rank_change": "signed", "date": "date"}
PLAIN_TYPES = (str, int, float, date)  # written as they are (NaN as an empty cell)
HEADER_ROW = 3  # title, blank, then the column headings
WIDTH_SAMPLE = 2000  # rows looked at for the column widths


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
    return cell_text(raw, kind)


def _column_widths(table: Table) -> list[int]:
    widths = [text_width(column.label) for column in table.columns]
    for values in table.rows[:WIDTH_SAMPLE]:
        for index, value in enumerate(values):
            widths[index] = max(widths[index], text_width(cell_text(value, cell_kind(table, index, value))))
    return [min(max(width + 2, 8), 60) for width in widths]


def _write_table(workbook: StreamedWorkbook, table: Table) -> None:
    kinds = [column.kind for column in table.columns]
    styles = [KIND_STYLES.get(kind) for kind in kinds]
    # Columns whose values change on the way (percentage points); the others keep plain
    # values as they are and convert the rest (None, pandas' NA, numpy numbers, Timestamps).
    converted = {index for index, kind in enumerate(kinds) if kind == "points"}
    with workbook.sheet(table.sheet, widths=_column_widths(table), frozen_rows=HEADER_ROW) as sheet:
        sheet.append([table.title], "title")
        note = table.excel_note()  # a cut sheet (EXCEL_ROWS) says how many rows there are
        sheet.append([note] if note else [])
        sheet.append([column.label for column in table.columns], "header")

        def plain(values: list) -> list:
            return [
                value
                if type(value) in PLAIN_TYPES and index not in converted
                else _excel_value(value, kinds[index])
                for index, value in enumerate(values)
            ]

        for own_kinds, run in groupby(table.rows, key=lambda values: Cell in map(type, values)):
            if not own_kinds:  # streamed: the converted rows are not kept (834,000 cells at 1M)
                sheet.append_rows(map(plain, run), styles)
                continue
            for values in run:  # a row of its own kinds (the ratios of the summary)
                own = [cell_kind(table, index, value) for index, value in enumerate(values)]
                sheet.append(
                    [_excel_value(value, kind) for value, kind in zip(values, own, strict=True)],
                    [KIND_STYLES.get(kind) for kind in own],
                )
        if not table.rows:
            sheet.append([table.empty_text])


def bulletin_xlsx(bulletin: Bulletin) -> bytes:
    """The .xlsx file: 说明 (header, filters, summary) then one sheet per table."""
    workbook = StreamedWorkbook()
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
    with workbook.sheet("说明", widths=[14, 100]) as cover:
        for label, value in rows[:-1]:
            cover.append([label, value], ["label", "wrapped"])
        label, value = rows[-1]
        height = max(15, 18 * (len(bulletin.narrative) // 55 + 2))
        cover.append([label, value], ["label", "wrapped"], height=height)
    for table in bulletin_tables(dispatch, part="excel"):
        _write_table(workbook, table)
    return workbook.to_bytes()
