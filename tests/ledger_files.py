"""Real spreadsheet and CSV files for the ledger tests, built with openpyxl in the test."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from data_access.models import Base

FINDING_HEADERS = [
    "批次编号*",
    "问题序号*",
    "问题名称*",
    "问题描述*",
    "问题类别*",
    "整改地区*",
    "整改时限*",
    "牵头单位*",
]


def workbook_bytes(
    sheets: dict[str, list[list[Any]]], *, merges: dict[str, list[str]] | None = None
) -> bytes:
    """An .xlsx with the given sheets (rows of values; a str starting with = is a formula)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for ref in (merges or {}).get(name, []):
            sheet.merge_cells(ref)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def finding_row(number: int, **changes: Any) -> list[Any]:
    values = {
        "batch": "t-a",
        "number": number,
        "title": f"新问题{number}",
        "problem": f"新问题{number}的描述",
        "category": "土壤",
        "region": "保靖县",
        "deadline": "2027-06-30",
        "lead": "县发改局",
    }
    values.update(changes)
    return list(values.values())


def sheet_rows(data: bytes, sheet: str) -> list[tuple]:
    workbook = load_workbook(io.BytesIO(data))
    return [tuple(row) for row in workbook[sheet].iter_rows(values_only=True)]


def edit_workbook(data: bytes, sheet: str, edits: dict[tuple[int, str], Any]) -> bytes:
    """Change cells of an exported ledger: {(row number, header without *): value}."""
    workbook = load_workbook(io.BytesIO(data))
    worksheet = workbook[sheet]
    headers = {str(c.value).rstrip("*"): c.column for c in worksheet[1]}
    for (row, header), value in edits.items():
        worksheet.cell(row=row, column=headers[header], value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def find_row(data: bytes, sheet: str, **match: Any) -> int:
    """The row number (1-based) of the first row whose cells match {header: value}."""
    workbook = load_workbook(io.BytesIO(data))
    worksheet = workbook[sheet]
    headers = [str(c.value).rstrip("*") for c in worksheet[1]]
    for number, row in enumerate(worksheet.iter_rows(min_row=2, values_only=True), start=2):
        values = dict(zip(headers, row, strict=False))
        if all(values.get(k) == v for k, v in match.items()):
            return number
    raise AssertionError(f"no row {match} in {sheet}")


def snapshot(engine: Engine) -> dict[str, Any]:
    """Row counts of every table and the data version: equal snapshots mean nothing was written."""
    with Session(engine) as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
        counts["data_version"] = session.execute(
            text("SELECT value FROM app_meta WHERE key = 'data_version'")
        ).scalar()
    return counts
