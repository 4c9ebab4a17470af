"""What every reader of a plan file shares: its error, its size limits, and tables as text.

Every reader writes a table row as one line `| a | b |`, so `intake.plan_tables` reads the
tables of every format with one reader.
"""

from __future__ import annotations

import re
from datetime import date

from intake.words import SECTION_NUMBER

# Word puts a little room between Chinese and Latin text or digits (自动调整中文与西文间距); a PDF
# keeps it as a gap its text layer, and a copy out of a viewer, read as a space: “第 07 号”,
# “2019 年 12 月”, “积水 pH 值”. The page has none.
LATIN_GAP = re.compile(
    r"(?<=[\u3400-\u9fff（）“”])[ \u00a0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00a0](?=[\u3400-\u9fff（）“”])"
)

MAX_BYTES = 20 * 1024 * 1024
# Unpacked size of a .docx: five times the upload limit is far above any real plan (its XML
# compresses about tenfold, its images not at all) and stops a zip bomb before python-docx.
MAX_UNPACKED_BYTES = 5 * MAX_BYTES
HOW_TO_RESAVE = "请在 Word 或 WPS 中另存为 .docx，或复制全文后使用“粘贴文本”。"


class PlanFileError(ValueError):
    """The file cannot be read as a plan document (message in Chinese, names the file)."""


def table_line(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "｜").strip() for cell in cells) + " |"


def rows_text(rows: list[list[str]], titles_as_text: bool = False) -> list[str]:
    """Rows of a sheet as `| a | b |` lines, empty rows and empty trailing columns dropped.

    With `titles_as_text`, the rows above the first row of two or more cells that hold one text
    (a sheet's title “XX县整改任务清单”, a merged title row) are written as plain lines, as the
    title above a Word table is: the plan and its parts take their title from them.
    """
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    titles: list[str] = []
    if titles_as_text:
        while rows and len([cell for cell in rows[0] if cell.strip()]) == 1 and len(rows) > 1:
            titles.append(next(cell.strip() for cell in rows[0] if cell.strip()).replace("\n", " "))
            rows = rows[1:]
    if not titles_as_text:
        return [*titles, *_table_lines(rows)]
    lines = list(titles)
    for block in _stacked_tables(rows):
        lines.extend(_table_lines(block) if isinstance(block, list) else [block])
    return lines


def _table_lines(rows: list[list[str]]) -> list[str]:
    width = max(max((k + 1 for k, cell in enumerate(row) if cell.strip()), default=0) for row in rows)
    return [table_line([*row[:width], *[""] * (width - len(row))]) for row in rows]


def _stacked_tables(rows: list[list[str]]) -> list[list[list[str]] | str]:
    """A sheet's rows as its tables and the title lines between them: a second table stacked
    under the first (附件2 / 联络员名单, then its own header 乡镇 | 联络员 | 职务) starts at rows
    of one cell followed by a row of column names, and those rows are its title, not rows of the
    table above. Rows of one cell that number a section (一、大气 / （二） / 第三部分) stay in
    the table (group rows)."""
    blocks: list[list[list[str]] | str] = [[]]
    k = 0
    while k < len(rows):
        end = k
        while (
            end < len(rows)
            and _one_cell(rows[end])
            and not SECTION_NUMBER.match((_one_cell(rows[end]) or "").strip())
        ):
            end += 1
        if end > k and blocks[-1] and end < len(rows) and _column_names(rows[end]):
            blocks.extend(_one_cell(row) or "" for row in rows[k:end])
            blocks.append([])
            k = end
        blocks[-1].append(rows[k])  # type: ignore[union-attr]
        k += 1
    return [block for block in blocks if block]


def _one_cell(row: list[str]) -> str | None:
    filled = [cell.strip() for cell in row if cell.strip()]
    return filled[0].replace("\n", " ") if len(filled) == 1 else None


def _column_names(row: list[str]) -> bool:
    """A row of three or more short names and no number: a table's header."""
    filled = [cell.strip() for cell in row if cell.strip()]
    return len(filled) >= 3 and all(len(cell) <= 12 and not re.search(r"\d", cell) for cell in filled)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):  # a datetime too; a time of day alone stays as text
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).strip()


def safe_int(value: str | None, default: int) -> int:
    """An integer attribute of a file's XML (a span, a grid width), or `default` where it is
    missing or not a number, as Office reads it."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
