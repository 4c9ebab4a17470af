"""Word documents as an office worker's paste gives them: the whole file copied out of Word and
pasted into the import's text box (or Notepad).

Word's plain text of a table puts a tab between the cells of a row and ends the row with a line
break, but it also keeps every paragraph break inside a cell, so a cell of several measures
splits its row over several lines. A cell merged across is one cell; a cell merged down is empty
on the rows below its first. List numbers are kept as Word shows them. A table inside a frame's
one cell is pasted as a table too, its rows under the frame's paragraphs.
"""

from __future__ import annotations

import io

import docx

from intake.document_word import _W, _block_children, _DocxText, _merge_state, _table_rows


def has_tables(docx_bytes: bytes) -> bool:
    return bool(docx.Document(io.BytesIO(docx_bytes)).tables)


def pasted(docx_bytes: bytes) -> bytes:
    """The text Word puts on the clipboard for the whole document, as UTF-8."""
    return _copied(docx_bytes, _table_lines)


def _copied(docx_bytes: bytes, table_lines) -> bytes:
    """The document's paragraphs a line each and its tables as `table_lines(reader, table)` gives
    them, as UTF-8."""
    document = docx.Document(io.BytesIO(docx_bytes))
    reader = _DocxText(document, lambda data, name: "")
    lines: list[str] = []
    for child in _block_children(document.element.body):
        if child.tag == _W + "p":
            lines.append(reader._paragraph(child)[0])
        elif child.tag == _W + "tbl":
            lines.extend(table_lines(reader, child))
    return "\n".join(lines).encode("utf-8")


def _table_lines(reader: _DocxText, table) -> list[str]:
    """A table's rows as Word's plain text: tabs between cells; a frame's one cell holding a table
    gives its paragraphs and that table's rows in turn, the inner table as tab rows too."""
    lines: list[str] = []
    for _tr, _before, cells in _table_rows(table):
        if len(cells) == 1 and cells[0].find(f".//{_W}tbl") is not None:
            for child in _block_children(cells[0]):
                if child.tag == _W + "p":
                    lines.append(reader._paragraph(child)[0])
                elif child.tag == _W + "tbl":
                    lines.extend(_table_lines(reader, child))
            continue
        texts = [
            "" if _merge_state(tc) == "continue" else reader._cell_text(tc).replace("｜", "|") for tc in cells
        ]
        lines.extend("\t".join(texts).split("\n"))
    return lines


def pasted_from_sheet(docx_bytes: bytes) -> bytes:
    """The document's tables as Excel puts a range on the clipboard after the table was pasted
    into a sheet: tabs between cells, and a cell holding a line break (or a quote) wrapped in
    quotes, its quotes doubled. Paragraphs outside the tables are lines of their own."""
    import csv

    document = docx.Document(io.BytesIO(docx_bytes))
    reader = _DocxText(document, lambda data, name: "")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    for child in _block_children(document.element.body):
        if child.tag == _W + "p":
            writer.writerow([reader._paragraph(child)[0]])
        elif child.tag == _W + "tbl":
            for _tr, _before, cells in _table_rows(child):
                writer.writerow(
                    "" if _merge_state(tc) == "continue" else reader._cell_text(tc).replace("｜", "|")
                    for tc in cells
                )
    return buffer.getvalue().encode("utf-8")


def copied_sheets(xlsx_bytes: bytes) -> bytes:
    """Each sheet of a workbook as Excel puts it on the clipboard (select all, copy), pasted one
    after another with an empty line between: tabs between cells, every row as wide as the sheet,
    a cell holding a line break or a quote quoted, a merged range its value in the first cell and
    empty cells after; a date or a number as its cell's format shows it."""
    import csv

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes))
    pastes = []
    for sheet in book.worksheets:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        for row in sheet.iter_rows():
            writer.writerow(_shown(cell) for cell in row)
        pastes.append(buffer.getvalue())
    return "\n".join(pastes).encode("utf-8")


def _shown(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if cell.is_date:
        return f"{value.year}/{value.month}/{value.day}"
    if isinstance(value, float):
        places = cell.number_format.split(".")[1].count("0") if "." in cell.number_format else None
        if places is not None:
            return f"{value:.{places}f}"
        return str(int(value)) if value.is_integer() else str(value)
    return str(value)


def viewer_copied_table() -> str:
    """A printed five-column task table as a PDF viewer copies it: cell after cell, each cell cut
    into the lines it was printed on, so which line belongs to which column is lost."""
    lines = ["序号", "反馈问题", "整改措施", "责任单位", "整改时限"]
    for n in range(1, 6):
        lines += [str(n), "县城部分", "区域污水", "管网存在", "错接混接", "1.开展排", "查；2.完成", "改造。"]
        lines += ["县住建局", "2025年", "底前"]
    return "\n".join(lines)


def web_copied(docx_bytes: bytes, blank_between: bool = False) -> bytes:
    """The document as copied from a web page whose tables the browser lays out as blocks (a
    phone's page, a portal's reading mode): every cell on lines of its own, a paragraph inside a
    cell a line, and nothing at all for an empty cell or a cell merged down from above, so a row
    may be shorter than its header. With `blank_between` an empty line follows every cell, as
    pages that set each cell as a paragraph copy."""

    def cell_lines(reader: _DocxText, table) -> list[str]:
        lines: list[str] = []
        for _tr, _before, cells in _table_rows(table):
            for tc in cells:
                text = "" if _merge_state(tc) == "continue" else reader._cell_text(tc).strip()
                if text:
                    lines.extend(line for line in text.split("\n") if line.strip())
                    lines.extend([""] if blank_between else [])
        return lines

    return _copied(docx_bytes, cell_lines)
