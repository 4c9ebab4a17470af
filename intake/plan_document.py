"""Reading a plan document into text: .docx, .doc/.wps, .xlsx/.xls/.csv, PDF or a text file.

A .docx is read body element by body element, so paragraphs and tables keep their order;
each table row becomes one line `| a | b |` with one cell per grid column (a cell merged
across columns once, then empty cells; a cell merged down repeats on every row, which is what
a unit shared by several tasks means), and a cell's paragraphs stay on separate lines, so a
row starts with “|” and ends with “|”. Spreadsheets (.xlsx via openpyxl, .xls via xlrd,
.csv) are written the same way, sheet by sheet, so `intake.plan_tables` reads every table
with one reader. A PDF is read by pdfplumber: its ruled tables cell by cell, the rest as text
lines, in reading order; a PDF without a text layer (a scan) is refused with a message. .doc and .wps are
converted to .docx by LibreOffice (`soffice --headless`) when it is installed.

Word's automatic list numbering, which is not part of the paragraph text, is rendered in
front of the paragraph (“1.”, “一、”, “（一）”) because the parser relies on it.

Every problem with the file — empty, truncated, not text, wrong encoding, an unsupported
format — raises `PlanFileError` with a Chinese message naming the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from intake.archives import unpacked_problem

MAX_BYTES = 20 * 1024 * 1024
# Unpacked size of a .docx: five times the upload limit is far above any real plan (its XML
# compresses about tenfold, its images not at all) and stops a zip bomb before python-docx.
MAX_UNPACKED_BYTES = 5 * MAX_BYTES
_UNSUPPORTED = {
    ".ppt": "演示文稿",
    ".pptx": "演示文稿",
    ".et": "WPS 表格（.et）",
    ".ofd": "OFD 版式文件",
}
_KINDS = {
    ".doc": "旧版 Word 文档（.doc）",
    ".wps": "WPS 文档（.wps）",
    ".xls": "Excel 表格（.xls）",
    ".xlsx": "Excel 表格（.xlsx）",
}
# A conversion by LibreOffice that takes longer than this is stopped (a real plan takes seconds).
CONVERT_SECONDS = 90
_HOW_TO = "请在 Word 或 WPS 中另存为 .docx，或复制全文后使用“粘贴文本”。"


class PlanFileError(ValueError):
    """The file cannot be read as a plan document (message in Chinese, names the file)."""


def read_plan_file(path: str | Path) -> str:
    """The text of a plan file on disk."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise PlanFileError(f"找不到文件“{path}”。") from error
    except IsADirectoryError as error:
        raise PlanFileError(f"“{path}”是文件夹，不是文件。") from error
    except OSError as error:
        raise PlanFileError(f"无法读取文件“{path}”：{error.strerror or error}。") from error
    return read_plan_bytes(data, path.name)


def read_plan_bytes(data: bytes, filename: str) -> str:
    """The text of an uploaded plan (.docx or text); raises PlanFileError with the reason."""
    name = filename or "（未命名文件）"
    suffix = Path(name).suffix.lower()
    if not data:
        raise PlanFileError(f"文件“{name}”是空的（0 字节），没有可导入的内容。")
    if len(data) > MAX_BYTES:
        raise PlanFileError(f"文件“{name}”超过 {MAX_BYTES // 1024 // 1024} MB，不像是整改方案，请检查。")
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return _read_pdf(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: .doc, .wps, .xls (or an encrypted .docx)
        if suffix in (".xls", ".et"):
            return _read_xls(data, name)
        return _read_docx(_convert_to_docx(data, name, suffix or ".doc"), name)
    if data.startswith(b"PK\x03\x04") and suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(data, name)
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return _read_docx(data, name)
    if suffix in _UNSUPPORTED:
        raise PlanFileError(f"文件“{name}”是{_UNSUPPORTED[suffix]}，暂不支持。{_HOW_TO}")
    if suffix in _KINDS:
        raise PlanFileError(f"文件“{name}”不是有效的{_KINDS[suffix]}，内容与扩展名不符或已损坏。{_HOW_TO}")
    if suffix == ".csv":
        return _read_csv(_decode_text(data, name), name)
    return _decode_text(data, name)


# --- text files ------------------------------------------------------------------------------


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    elif b"\x00" in data[:4096]:
        raise PlanFileError(
            f"文件“{name}”不是文本文件（含有二进制内容）。若是 UTF-16 编码的文本，请另存为 UTF-8；"
            "否则请上传 .docx 或 .txt。"
        )
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
                raise PlanFileError(
                    f"文件“{name}”末尾不完整：最后一个字被截断，文件可能在复制或上传时被截断。请重新获取完整文件。"
                ) from error
            try:
                text = data.decode("gb18030")  # GBK / GB2312 text saved by older Windows tools
            except UnicodeDecodeError:
                raise PlanFileError(
                    f"文件“{name}”的编码无法识别（第 {error.start + 1} 个字节起既不是 UTF-8 也不是 GBK）。"
                    "请用记事本或 WPS 另存为 UTF-8 编码的 .txt 后再导入。"
                ) from error
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise PlanFileError(f"文件“{name}”不是文本文件（含有二进制内容），请上传 .docx 或 .txt。")
    if not text.strip():
        raise PlanFileError(f"文件“{name}”只有空白，没有可导入的文字。")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise PlanFileError(
            f"文件“{name}”标明为 {encoding.upper()} 编码，但第 {error.start + 1} 个字节无法解码，"
            "文件可能已损坏或被截断。"
        ) from error


def _control_ratio(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\v")
    return controls / max(len(text), 1)


# --- tables as text ----------------------------------------------------------------------------


def _table_line(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "｜").strip() for cell in cells) + " |"


def _rows_text(rows: list[list[str]]) -> list[str]:
    """Rows of a sheet as `| a | b |` lines, empty rows and empty trailing columns dropped."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    width = max(max((k + 1 for k, cell in enumerate(row) if cell.strip()), default=0) for row in rows)
    return [_table_line([*row[:width], *[""] * (width - len(row))]) for row in rows]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return f"{value.year}年{value.month}月{value.day}日"  # type: ignore[attr-defined]
    return str(value).strip()


def _read_csv(text: str, name: str) -> str:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise PlanFileError(f"文件“{name}”不是有效的 CSV 表格：{error}。") from error
    lines = _rows_text(rows)
    if not lines:
        raise PlanFileError(f"文件“{name}”中没有数据行。")
    return "\n".join(lines)


def _read_xlsx(data: bytes, name: str) -> str:
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            too_large = unpacked_problem(archive, MAX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        raise PlanFileError(f"文件“{name}”不完整或已损坏，无法作为 .xlsx 打开。") from error
    if too_large:
        raise PlanFileError(f"文件“{name}”{too_large}")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise PlanFileError(f"文件“{name}”不是有效的 Excel 工作簿（{type(error).__name__}）。") from error
    lines: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        grid = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        # A range merged down (one unit for several tasks) holds its value in the top cell
        # only: repeat it, as Word does; a range merged across stays in its first cell.
        for merged in sheet.merged_cells.ranges:
            top = merged.min_row - 1
            for row in range(merged.min_row, min(merged.max_row, len(grid))):
                for col in range(merged.min_col - 1, min(merged.min_col, len(grid[row]))):
                    if top < len(grid) and col < len(grid[top]):
                        grid[row][col] = grid[top][col]
        sheet_lines = _rows_text(grid)
        if sheet_lines:
            lines.extend(["", sheet.title, *sheet_lines])
    if not lines:
        raise PlanFileError(f"文件“{name}”的工作表都是空的。")
    return "\n".join(lines).strip()


def _read_xls(data: bytes, name: str) -> str:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct errors …
        raise PlanFileError(
            f"文件“{name}”不是有效的 .xls 工作簿（{type(error).__name__}），可能已损坏或加密。"
        ) from error
    lines: list[str] = []
    for sheet in book.sheets():
        grid = [
            [
                _cell_text(
                    xlrd.xldate.xldate_as_datetime(c.value, book.datemode) if c.ctype == 3 else c.value
                )
                for c in sheet.row(r)
            ]
            for r in range(sheet.nrows)
        ]
        for top, bottom, left, _right in sheet.merged_cells:
            for row in range(top + 1, min(bottom, len(grid))):
                if left < len(grid[row]) and left < len(grid[top]):
                    grid[row][left] = grid[top][left]
        sheet_lines = _rows_text(grid)
        if sheet_lines:
            lines.extend(["", sheet.name, *sheet_lines])
    if not lines:
        raise PlanFileError(f"文件“{name}”的工作表都是空的。")
    return "\n".join(lines).strip()


# --- PDF -------------------------------------------------------------------------------------


def _read_pdf(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.startswith(b"%PDF"):
        raise PlanFileError(f"文件“{name}”不是有效的 PDF 文件。{_HOW_TO}")
    pieces: list[tuple[str, object]] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise PlanFileError(
                    f"文件“{name}”有 {len(pdf.pages)} 页，超过 {MAX_PDF_PAGES} 页，不像是整改方案。"
                )
            for page in pdf.pages:
                chars += len(page.chars)
                pieces.append(("page", None))
                pieces.extend(_pdf_page(page))
                page.close()  # frees the page's parsed objects (a long document)
    except PlanFileError:
        raise
    except (
        PdfminerException,
        PDFSyntaxError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
    ) as error:
        raise PlanFileError(
            f"文件“{name}”PDF 内容已损坏或已加密，无法读取（{type(error).__name__}）。"
        ) from error
    except Exception as error:  # pdfminer raises many kinds (PSEOF, struct.error …) on a damaged file
        raise PlanFileError(f"文件“{name}”PDF 内容已损坏，无法读取（{type(error).__name__}）。") from error
    text = "\n".join(_join_wrapped_lines(pieces)).strip()
    if chars < 10 or len(re.sub(r"\s", "", text)) < 10:
        raise PlanFileError(
            f"文件“{name}”是扫描件或图片 PDF，没有文字层，无法识别文字。"
            "请使用原始的 Word 文件，或先用 OCR 软件（如 WPS 的“图片转文字”）转成文字后再导入。"
        )
    return text


MAX_PDF_PAGES = 500


def _pdf_page(page) -> list[tuple[str, object]]:
    """A page's ruled tables and text lines in reading order (top to bottom): ("table", its
    rows as lines) or ("line", the line with where it stands on the page).

    pdfplumber finds a table by its ruling lines (a Word table printed to PDF has them) and
    returns its cells; the text outside the tables is read as lines. A table without rules
    stays text lines and is read by the loose-table reader.
    """
    found = page.find_tables()
    items: list[tuple[float, str, object]] = []
    outside = page
    for table in found:
        items.append((table.bbox[1], "table", _pdf_table_rows(page, table)))
        outside = outside.outside_bbox(table.bbox)
    lines = []
    for line in outside.extract_text_lines(layout=False, return_chars=True):
        text = line["text"].strip()
        chars = [c for c in line["chars"] if c["text"].strip()]
        if not text or not chars:
            continue
        # A page number (“3”, “- 3 -”) stands in the top or bottom margin, a “37” in the text does not.
        in_margin = line["top"] > 0.88 * page.height or line["bottom"] < 0.08 * page.height
        if in_margin and re.fullmatch(r"[-—－]?\s*\d{1,3}\s*[-—－]?", text):
            continue
        size = max(c["x1"] - c["x0"] for c in chars)
        lines.append(
            {
                "text": _close_gaps(text),
                "top": line["top"],
                "x0": line["x0"],
                "x1": line["x1"],
                "first": _first_word_width(chars),
                "size": size,
            }
        )
    if lines:
        # The text block's edges: its leftmost line, and on the right the longest line or the
        # left margin mirrored (a page of short lines has no line reaching the right margin).
        left = min(line["x0"] for line in lines)
        right = max(max(line["x1"] for line in lines), page.width - left)
        for line in lines:
            line["left"], line["right"] = left, right
            items.append((line["top"], "line", line))
    items.sort(key=lambda item: item[0])
    return [(kind, value) for _, kind, value in items]


# Word puts a little room between Chinese and Latin text or digits (自动调整中文与西文间距); the PDF
# keeps it as a gap that the text layer reads as a space: “第 07 号”, “2019 年 12 月”.
_GAP = re.compile(
    r"(?<=[\u3400-\u9fff（）“”])[ \u00a0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00a0](?=[\u3400-\u9fff（）“”])"
)


def _close_gaps(text: str) -> str:
    return _GAP.sub("", text)


def _join_wrapped_lines(pieces: list[tuple[str, object]]) -> list[str]:
    """The document's lines, a paragraph wrapped at the page's width joined again, and a table
    that goes on over the next page made one again (`_continue_table`).

    A text line continues on the next when the next line's first word would not have fitted in
    the room left at its end, the next line is not indented (a paragraph's first line is) and
    does not open an item (一、 1. （一） ①), and the line before did not end a sentence or a
    label (。；：: a label alone on its line stays alone); the next page's first line may
    continue the last. Table rows are never joined to text.
    """
    blocks: list[str | list[list[str]]] = []
    previous: dict | None = None
    page_start = False
    for kind, value in pieces:
        if kind == "page":
            page_start = True
            continue
        if kind == "table":
            rows = [list(row) for row in value]  # type: ignore[union-attr]
            if page_start and blocks and isinstance(blocks[-1], list):
                _continue_table(blocks[-1], rows)
            else:
                blocks.append(rows)
            previous, page_start = None, False
            continue
        page_start = False
        line: dict = value  # type: ignore[assignment]
        if previous is not None and isinstance(blocks[-1], str):
            room = previous["right"] - previous["x1"]
            indented = line["x0"] - line["left"] > 0.5 * line["size"]
            ended = previous["text"].endswith(("。", "！", "？", "；", "：", ":", ";"))
            # A centred heading wrapped: its second line is centred, not indented.
            middle = (line["left"] + line["right"]) / 2
            centred = abs((line["x0"] + line["x1"]) / 2 - middle) < 0.75 * line["size"] and (
                line["x0"] - line["left"] > 2.5 * line["size"]
            )
            indented = indented and not centred
            if room < line["first"] + 2.0 and not (indented or ended or _NEW_ITEM.match(line["text"])):
                blocks[-1] += line["text"]
                previous = line
                continue
        blocks.append(line["text"])
        previous = line
    lines: list[str] = []
    for block in blocks:
        lines.extend(_rows_text(block) if isinstance(block, list) else [block])
    return lines


def _continue_table(table: list[list[str]], rows: list[list[str]]) -> None:
    """Rows of a table that goes on at the top of the next page, added to it.

    The header repeated on the new page is dropped. Word breaks a row across pages: the part on
    the new page has no number in the table's number column (序号, the column of plain numbers)
    and is joined cell by cell to the row it continues. Without a number column nothing is
    joined (a cell merged down from the page before looks the same).
    """

    def plain(row: list[str]) -> list[str]:
        return [re.sub(r"\s", "", cell) for cell in row]

    if rows and plain(rows[0]) == plain(table[0]):
        rows = rows[1:]
    numbered = [
        k
        for k in range(min(len(row) for row in table))
        if sum(bool(re.fullmatch(r"\d{1,4}", row[k].strip())) for row in table)
        >= max(1, (len(table) - 1) // 2)
    ]
    if rows and numbered and len(rows[0]) == len(table[-1]):
        column = numbered[0]
        first, last = rows[0], table[-1]
        if not first[column].strip() and last[column].strip() and any(cell.strip() for cell in first):
            table[-1] = [_joined_cell(a, b) for a, b in zip(last, first, strict=True)]
            rows = rows[1:]
    table.extend(rows)


def _joined_cell(before: str, after: str) -> str:
    if not before or not after:
        return before or after
    new_paragraph = _NEW_ITEM.match(after) or before.endswith(("。", "；", ";", "：", ":"))
    return before + ("\n" if new_paragraph else "") + after


def _pdf_table_rows(page, table) -> list[list[str]]:
    """A ruled table's cells as text, row by row, the grid's width in every row.

    A cell merged down over several rows (a lead unit or deadline shared by them) gives its text
    to each row it covers, as the Word reader does; a cell merged across columns gives its text
    once, then empty cells.
    """
    from pdfplumber.utils.text import chars_to_textmap

    texts: dict[tuple, str] = {}
    chars = page.chars

    def text_of(box: tuple) -> str:
        if box not in texts:
            # A character belongs to the cell holding its centre (a crop would keep the edges of
            # the next row's characters, within_bbox drops a line touching the rule).
            inside = [
                c
                for c in chars
                if box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]
                and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3]
            ]
            if not inside:  # an empty cell
                texts[box] = ""
            else:
                textmap = chars_to_textmap(inside, layout=False)
                texts[box] = _close_gaps(
                    _unwrap_lines(textmap.extract_text_lines(strip=True, return_chars=True), box)
                )
        return texts[box]

    columns = [column.bbox for column in table.columns]
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        for index, box in enumerate(row.cells):
            if box is not None:
                cells.append(text_of(box))
                continue
            # Covered by a merged cell: the one holding this row's middle in this column.
            x = (columns[index][0] + columns[index][2]) / 2 if index < len(columns) else row.bbox[0]
            y = (row.bbox[1] + row.bbox[3]) / 2
            covering = next(
                (c for c in table.cells if c[0] <= x <= c[2] and c[1] <= y <= c[3]),
                None,
            )
            started_above = covering is not None and covering[1] < row.bbox[1] - 1
            starts_here = (
                index < len(columns) and covering is not None and abs(covering[0] - columns[index][0]) < 1
            )
            cells.append(text_of(covering) if started_above and starts_here else "")
        rows.append(cells)
    return rows


# A line opening a new item inside a cell: 1. / 1、 / （一） / 一是 / ①.
_NEW_ITEM = re.compile(
    r"^(?:\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|[①-⑳])"
)


def _unwrap_lines(lines: list[dict], box: tuple) -> str:
    """A PDF cell's lines joined where the text only wrapped at the cell's width.

    A line was wrapped when the next line's first word would not have fitted in the room left
    at its end (the cell's margin taken as the left one): “…占全省\n13.72%…” is one sentence.
    A line that stopped short, more than two and a half characters from the edge or at a 。；：,
    ended a paragraph (“县生态环境局\n县水利局” are two units). A line
    opening an item (1. （一） 一是 ①) starts a new one either way.
    """
    shown = [(line, [c for c in line.get("chars", []) if c["text"].strip()]) for line in lines]
    shown = [(line, chars) for line, chars in shown if chars]
    if not shown:
        return ""
    margin = max(0.0, min(line["x0"] for line, _ in shown) - box[0])
    out = ""
    previous = None
    for line, chars in shown:
        text = line["text"].strip()
        if previous is not None:
            room = box[2] - margin - previous["x1"]
            # Line breaking keeps some characters together (a quote with its word, no closing
            # mark at a line's start), so up to two and a half characters may stay free on a
            # wrapped line unless it ended a clause.
            slack = 2.5 * max(c["x1"] - c["x0"] for c in chars)
            ended = out.endswith(("。", "；", ";", "：", ":"))
            wrapped = room < _first_word_width(chars) + 1.0 or (room < slack and not ended)
            out += "\n" if _NEW_ITEM.match(text) or not wrapped else ""
        out += text
        previous = line
    return out


_NO_LINE_START = "，。、；：？！）》〉】”’%,.;:)"


def _first_word_width(chars: list[dict]) -> float:
    """The width of what cannot be broken at a line's start: one Chinese character or a run of
    Latin letters and digits, with the punctuation that may not open a line."""
    end = 1
    if chars[0]["text"].isascii() and chars[0]["text"].isalnum():
        while end < len(chars) and chars[end]["text"].isascii() and chars[end]["text"] not in " ,;:":
            end += 1
    while end < len(chars) and chars[end]["text"] in _NO_LINE_START:
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


def _unwrap(cell: str) -> str:
    """A cell's lines without positions (wrapped at the cell's width): joined, except before an
    item number or after a sentence's end.

    “县商务局（牵头）、县市场监管\n局” is one unit; “…。\n2.督促…” two measures.
    """
    out = ""
    for line in cell.split("\n"):
        line = line.strip()
        if not line:
            continue
        new_paragraph = _NEW_ITEM.match(line)
        out += ("\n" if out and (new_paragraph or out.endswith(("。", "；", ";", "：", ":"))) else "") + line
    return out


# --- .doc / .wps through LibreOffice -----------------------------------------------------------


def _convert_to_docx(data: bytes, name: str, suffix: str) -> bytes:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    kind = _KINDS[".wps"] if suffix == ".wps" else _KINDS[".doc"]
    if office is None:
        raise PlanFileError(
            f"文件“{name}”是{kind}，需要 LibreOffice 才能转换，但服务器上没有安装。"
            "请在 Word 或 WPS 中另存为 .docx 后再导入（或请管理员安装 libreoffice-writer-nogui）。"
        )
    # A compound file names its streams in UTF-16 in its directory: a Word or WPS text has a
    # “WordDocument” stream (Works .wps: “CONTENTS”). LibreOffice would read anything else as
    # plain text and “convert” the bytes.
    if len(data) < 1536 or not any(
        stream.encode("utf-16-le") in data for stream in ("WordDocument", "CONTENTS")
    ):
        raise PlanFileError(f"文件“{name}”不是有效的{kind}，可能已损坏或是其他格式。{_HOW_TO}")
    with tempfile.TemporaryDirectory(prefix="plan-convert-") as folder:
        source = Path(folder) / f"plan{suffix if suffix in ('.doc', '.wps') else '.doc'}"
        source.write_bytes(data)
        # A private profile: a shared one is locked by any other running LibreOffice.
        profile = (Path(folder) / "profile").as_uri()
        command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx"]
        try:
            subprocess.run(
                [*command, "--outdir", folder, str(source)],
                capture_output=True,
                timeout=CONVERT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise PlanFileError(
                f"文件“{name}”转换超时（超过 {CONVERT_SECONDS} 秒），请另存为 .docx 后再导入。"
            ) from error
        except OSError as error:
            raise PlanFileError(f"文件“{name}”无法转换：LibreOffice 无法启动（{error}）。") from error
        converted = source.with_suffix(".docx")
        if not converted.exists() or converted.stat().st_size == 0:
            raise PlanFileError(f"文件“{name}”是{kind}，但无法转换为 .docx，可能已损坏或加密。{_HOW_TO}")
        return converted.read_bytes()


# --- .docx -----------------------------------------------------------------------------------


def _read_docx(data: bytes, name: str) -> str:
    import docx  # python-docx; imported here so text-only use does not need it
    from docx.opc.exceptions import PackageNotFoundError

    if not data.startswith(b"PK"):
        raise PlanFileError(f"文件“{name}”不是有效的 .docx 文件（内容不是 Word 文档格式）。{_HOW_TO}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            too_large = unpacked_problem(archive, MAX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        too_large = None  # a damaged archive: python-docx below says so in its own words
    if too_large:
        raise PlanFileError(f"文件“{name}”{too_large}")
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise PlanFileError(
            f"文件“{name}”不完整或已损坏，无法作为 .docx 打开（可能在传输中被截断）。请重新获取完整文件。"
        ) from error
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise PlanFileError(f"文件“{name}”不是 Word 文档（.docx）。{_HOW_TO}") from error
    except Exception as error:  # malformed XML inside the package: lxml and zipfile raise many kinds
        raise PlanFileError(f"文件“{name}”内容已损坏，无法读取（{type(error).__name__}）。") from error
    try:
        lines = _DocxText(document).lines()
    except Exception as error:  # a damaged part discovered while reading
        raise PlanFileError(f"文件“{name}”内容已损坏，无法读取（{type(error).__name__}）。") from error
    text = "\n".join(lines)
    if not text.strip():
        raise PlanFileError(f"文件“{name}”中没有文字（可能只有图片或扫描件），请复制文字后粘贴。")
    return text


_CN_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _chinese(number: int) -> str:
    if number <= 0 or number >= 100:
        return str(number)
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"))
    values += ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _format_number(number: int, fmt: str) -> str:
    if fmt.startswith(("chinese", "ideograph", "japanese", "taiwanese")):
        return _chinese(number)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[number - 1] if 1 <= number <= len(_CIRCLED) else str(number)
    if fmt == "upperLetter":
        return chr(ord("A") + (number - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (number - 1) % 26)
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "lowerRoman":
        return _roman(number).lower()
    return str(number)


class _DocxText:
    """Body text of a document with list numbers rendered."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.document = document
        self.qn = qn
        self.levels = self._numbering_levels()
        self.counters: dict[str, list[int]] = {}

    def _numbering_levels(self) -> dict[str, dict[int, tuple[str, str, int]]]:
        """numId → level → (numFmt, lvlText, start)."""
        qn = self.qn
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in numbering.findall(qn("w:abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.findall(qn("w:lvl")):
                level = int(lvl.get(qn("w:ilvl"), "0"))
                fmt = self._val(lvl, "w:numFmt") or "decimal"
                text = self._val(lvl, "w:lvlText") or ""
                start = int(self._val(lvl, "w:start") or 1)
                levels[level] = (fmt, text, start)
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        result: dict[str, dict[int, tuple[str, str, int]]] = {}
        for num in numbering.findall(qn("w:num")):
            abstract_id = self._val(num, "w:abstractNumId")
            result[num.get(qn("w:numId"), "")] = abstract.get(abstract_id or "", {})
        return result

    def _val(self, node, tag: str) -> str | None:
        child = node.find(self.qn(tag))
        return child.get(self.qn("w:val")) if child is not None else None

    def _num_pr(self, paragraph) -> tuple[str, int] | None:
        qn = self.qn
        p_pr = paragraph._p.pPr
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if num_pr is None:
            style = paragraph.style
            while style is not None and num_pr is None:
                style_pr = style.element.pPr
                num_pr = style_pr.find(qn("w:numPr")) if style_pr is not None else None
                style = style.base_style
        if num_pr is None:
            return None
        num_id = self._val(num_pr, "w:numId")
        level = int(self._val(num_pr, "w:ilvl") or 0)
        if not num_id or num_id == "0":
            return None
        return num_id, level

    def _prefix(self, paragraph) -> str:
        found = self._num_pr(paragraph)
        if found is None:
            return ""
        num_id, level = found
        levels = self.levels.get(num_id, {})
        if level not in levels or levels[level][0] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        level = min(level, 8)
        counters[level] = counters[level] + 1 if counters[level] else levels[level][2]
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        text = levels[level][1]

        def render(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            fmt = levels.get(index, ("decimal", "", 1))[0]
            value = (
                counters[index] if 0 <= index < 9 and counters[index] else levels.get(index, ("", "", 1))[2]
            )
            return _format_number(value, fmt)

        return re.sub(r"%([1-9])", render, text)

    def _paragraph(self, paragraph) -> str:
        text = paragraph.text
        return self._prefix(paragraph) + text if text.strip() else text

    def lines(self) -> list[str]:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        qn = self.qn
        out: list[str] = []

        def walk(container) -> None:
            for child in container.iterchildren():
                if child.tag == qn("w:p"):
                    out.append(self._paragraph(Paragraph(child, self.document)))
                elif child.tag == qn("w:tbl"):
                    out.extend(self._table(Table(child, self.document)))
                elif child.tag == qn("w:sdt"):
                    content = child.find(qn("w:sdtContent"))
                    if content is not None:
                        walk(content)

        walk(self.document.element.body)
        return out

    def _table(self, table) -> list[str]:
        rows: list[str] = []
        for row in table.rows:
            cells: list[str] = []
            previous = None
            for cell in row.cells:
                # python-docx returns a cell merged across columns once per grid column (the
                # same element): keep it once, then empty cells, so every row has the grid's
                # width and the columns stay under their header. Compared by identity, not
                # id(): lxml proxies are reused once garbage.
                if previous is not None and cell._tc is previous:
                    cells.append("")
                    continue
                previous = cell._tc
                text = "\n".join(self._paragraph(p) for p in cell.paragraphs).strip()
                for nested in cell.tables:  # a table inside a cell: its rows as lines of the cell
                    text += "\n" + "\n".join(
                        line.strip("| ").replace(" | ", "，") for line in self._table(nested)
                    )
                cells.append(text.replace("|", "｜").strip())
            if any(cells):
                rows.append("| " + " | ".join(cells) + " |")
        return rows
