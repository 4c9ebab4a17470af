"""Word task tables as another county lays out the same list: columns in another order, or
under other names.

Offices agree on the columns of a task table (问题, 措施, 责任单位, 时限 …) but not on their order:
one puts the time limit before the units, another the progress before the measures. The reader
must go by the header, never by where a column stands. `columns_reordered` keeps the first
column (序号) and reverses the others in every task table of the document: a table whose rows
are numbered in the first column but for one or two header rows (a form of label and value
cells is left alone: its cells go in pairs). Columns joined by a cell merged across (责任单位
over 牵头 | 配合 in a two-row header) move together, as a block; a row of section text across the
table stays as it is. The tables of one width (one table split in two, its second part without a
header) are reordered alike.
"""

from __future__ import annotations

import io
import itertools
from collections import defaultdict

import docx

from intake.document_word import _W
from intake.plan_parser import _row_number


def columns_reordered(docx_bytes: bytes) -> bytes | None:
    """The document with the columns of its task tables reordered; None when it has none."""
    document = docx.Document(io.BytesIO(docx_bytes))
    by_width = defaultdict(list)
    for table in document.element.body.iter(_W + "tbl"):
        rows = _task_rows(table)
        if rows is not None:
            by_width[len(table.find(_W + "tblGrid").findall(_W + "gridCol"))].append((table, rows))
    changed = False
    for width, tables in by_width.items():
        # blocks of columns no cell crosses, in any of the tables: a merged cell joins its columns
        cuts = set(range(1, width))
        for _table, rows in tables:
            for _row, cells in rows:
                for start, cell in cells:
                    cuts -= set(range(start + 1, start + _span(cell)))
        bounds = [0, *sorted(cuts), width]
        blocks = list(itertools.pairwise(bounds))
        if len(blocks) < 4:
            continue
        order = [blocks[0], *reversed(blocks[1:])]
        for table, rows in tables:
            for row, cells in rows:
                for _start, cell in cells:
                    row.remove(cell)
                row.extend(cell for a, b in order for start, cell in cells if a <= start < b)
            grid = table.find(_W + "tblGrid")
            columns = grid.findall(_W + "gridCol")
            for column in columns:
                grid.remove(column)
            grid.extend(columns[k] for a, b in order for k in range(a, b))
        changed = True
    return _saved(document) if changed else None


def _saved(document) -> bytes:
    """A python-docx document or an openpyxl workbook as the bytes of its file."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _task_rows(table) -> list[tuple[object, list[tuple[int, object]]]] | None:
    """The rows of a task table to reorder, each cell with the grid column it starts at (rows of
    section text left out); None for a table that is not one, or whose rows do not fill its grid."""
    grid = table.find(_W + "tblGrid")
    width = len(grid.findall(_W + "gridCol")) if grid is not None else 0
    rows = []
    for row in table.findall(_W + "tr"):
        if (
            row.find(f"{_W}trPr/{_W}gridBefore") is not None
            or row.find(f"{_W}trPr/{_W}gridAfter") is not None
        ):
            return None
        cells, start = [], 0
        for cell in row.findall(_W + "tc"):
            cells.append((start, cell))
            start += _span(cell)
        if start != width:
            return None
        # a row of section text: one cell across the table, or a number and one cell across the rest
        if not (len(cells) <= 2 and cells[-1][0] <= 1):
            rows.append((row, cells))
    # (a row under a 序号 merged down is numbered by the row it continues)
    numbered = sum(
        _row_number(_text(cells[0][1])) is not None or _merged_from_above(cells[0][1]) for _row, cells in rows
    )
    return rows if width >= 4 and numbered >= 1 and len(rows) - numbered <= 2 else None


def _merged_from_above(cell) -> bool:
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(_W + "val") in (None, "continue")


def _text(cell) -> str:
    return "".join(node.text or "" for node in cell.iter(_W + "t"))


def _span(cell) -> int:
    span = cell.find(f"{_W}tcPr/{_W}gridSpan")
    return int(span.get(_W + "val")) if span is not None else 1


# Column names offices use for one field, in the words of the issue and the corpus; a header cell
# holding one of them is renamed to the next in its row (the last to the first). Names whose sense
# differs (完成时间 may be when the work was done; 责任单位 beside 牵头单位 is not the lead) are not
# among them.
SAME_COLUMNS: tuple[tuple[str, ...], ...] = (
    ("存在问题", "反馈问题", "问题具体情况", "交办问题基本情况", "主要问题"),
    ("整改目标", "目标任务"),
    ("整改措施", "具体整治措施", "工作措施", "主要措施"),
    ("牵头单位", "牵头部门"),
    ("责任单位", "整改责任单位", "责任部门"),
    ("配合单位", "协办单位", "配合部门"),
    ("责任领导", "督办领导"),
    ("整改时限", "完成时限", "计划完成时间"),
    ("整改进展情况", "整治进展情况", "整改落实情况"),
    ("是否完成", "整改状态"),
)
_RENAMED = {name: names[(k + 1) % len(names)] for names in SAME_COLUMNS for k, name in enumerate(names)}


def columns_renamed(docx_bytes: bytes) -> bytes | None:
    """The document with the header cells of its task tables renamed; None when none could be.
    A name already in the table's header is not given to a second column."""
    document = docx.Document(io.BytesIO(docx_bytes))
    changed = False
    for table in document.element.body.iter(_W + "tbl"):
        rows = _task_rows(table)
        if rows is None:
            continue
        for _row, cells in rows:
            if _row_number(_text(cells[0][1])) is not None:
                break  # the header is above the first numbered row
            names = {_text(cell).strip() for _start, cell in cells}
            for _start, cell in cells:
                texts = list(cell.iter(_W + "t"))
                new = _RENAMED.get(_text(cell).strip())
                if new is None or new in names or not texts:
                    continue
                texts[0].text, names = new, names | {new}
                for node in texts[1:]:
                    node.text = ""
                changed = True
    return _saved(document) if changed else None


def tables_in_workbook(docx_bytes: bytes, paragraphs_as_rows: bool = False) -> bytes | None:
    """The document pasted into an Excel sheet and saved as .xlsx, as an office turns its Word
    task list into a ledger: each paragraph a row of its own in column A, each table's rows
    below it with its cells where the grid puts them, a cell of several paragraphs one cell of
    several lines, cells merged across or down merged alike (a table inside a frame's one cell
    laid out as a table under the frame's paragraphs). None for a document without tables.

    With `paragraphs_as_rows`, as Excel itself pastes a Word table: each paragraph of a cell on
    a row of its own (measures 1. 2. 3. down three rows), the row's other cells merged down over
    those rows."""
    from openpyxl import Workbook

    from intake.document_word import _block_children, _DocxText

    document = docx.Document(io.BytesIO(docx_bytes))
    book = Workbook()
    sheet = _Sheet(book.active, _DocxText(document, lambda data, name: ""), paragraphs_as_rows)
    tables = 0
    for child in _block_children(document.element.body):
        if child.tag == _W + "p":
            sheet.paragraph(child)
        elif child.tag == _W + "tbl":
            tables += 1
            sheet.table(child)
    if not tables:
        return None
    sheet.merge()
    return _saved(book)


class _Sheet:
    """A sheet being filled with a Word document's paragraphs and tables, row by row."""

    def __init__(self, sheet, reader, paragraphs_as_rows: bool) -> None:
        self.sheet, self.reader, self.paragraphs_as_rows = sheet, reader, paragraphs_as_rows
        self.row_at = 1
        self.merges: dict[tuple[int, int], tuple[int, int]] = {}  # (top, left) → (bottom, right)

    def paragraph(self, element) -> None:
        text = self.reader._paragraph(element)[0].strip()
        if text:
            self.sheet.cell(self.row_at, 1, text)
            self.row_at += 1

    def table(self, table) -> None:
        from openpyxl.styles import Alignment

        from intake.document_word import _block_children, _merge_state, _table_rows

        open_down: dict[int, int] = {}  # grid column → the row its cell merged down starts at
        for _tr, before, cells in _table_rows(table):
            if len(cells) == 1 and cells[0].find(f".//{_W}tbl") is not None:
                for child in _block_children(cells[0]):  # a frame: its paragraphs and table
                    if child.tag == _W + "p":
                        self.paragraph(child)
                    elif child.tag == _W + "tbl":
                        self.table(child)
                continue
            texts = [
                None if _merge_state(cell) == "continue" else self.reader._cell_text(cell).strip()
                for cell in cells
            ]
            lines = [
                [line for line in text.split("\n") if line.strip()] or [""]
                if self.paragraphs_as_rows and text is not None
                else [text]
                for text in texts
            ]
            top = self.row_at
            bottom = top + max(len(cell_lines) for cell_lines in lines) - 1
            column = before + 1
            for cell, text, cell_lines in zip(cells, texts, lines, strict=True):
                right = column + _span(cell) - 1
                if text is None and column in open_down:
                    self.merges[(open_down[column], column)] = (bottom, right)
                elif len(cell_lines) > 1:
                    for k, line in enumerate(cell_lines):
                        self.sheet.cell(top + k, column, line)
                        self.merges[(top + k, column)] = (top + k, right)
                    open_down.pop(column, None)
                else:
                    self.sheet.cell(top, column, text or "").alignment = Alignment(
                        wrap_text=True, vertical="top"
                    )
                    self.merges[(top, column)] = (bottom, right)
                    if _merge_state(cell) == "restart":
                        open_down[column] = top
                    else:
                        open_down.pop(column, None)
                column = right + 1
            self.row_at = bottom + 1

    def merge(self) -> None:
        for (top, left), (bottom, right) in self.merges.items():
            if (bottom, right) != (top, left):
                self.sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
