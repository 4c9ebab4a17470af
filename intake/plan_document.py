"""Reading a plan document into text: .docx, .doc/.wps, .xlsx/.xls/.csv, PDF or a text file.

A .docx is read body element by body element, so paragraphs and tables keep their order;
each table row becomes one line `| a | b |` with one cell per grid column (a cell merged
across columns once, then empty cells; a cell merged down repeats on every row, which is what
a unit shared by several tasks means), and a cell's paragraphs stay on separate lines, so a
row starts with “|” and ends with “|”. Spreadsheets (.xlsx via openpyxl, .xls via xlrd,
.csv) are written the same way, sheet by sheet, so `intake.plan_tables` reads every table
with one reader. A PDF is read by pdfplumber: its ruled tables cell by cell, the rest as text
lines, in reading order; a PDF without a text layer (a scan) is refused with a message. .doc and .wps are
converted to .docx by LibreOffice (`soffice --headless`) when it is installed. A web page saved
as .doc/.xls/.mht/.htm (and a .docx's imported HTML chunk) and an Excel 2003 XML workbook are
read directly, their tables like Word's.

The .docx body is read from its XML, not through python-docx's text and row properties, which
drop text in tracked insertions, smart tags, fields and content controls and raise on the
merges of converted documents (docs/decisions.md “Office file quirks”).

Word's automatic list numbering, which is not part of the paragraph text, is rendered in
front of the paragraph (“1.”, “一、”, “（一）”) because the parser relies on it.

Every problem with the file — empty, truncated, not text, wrong encoding, an unsupported
format — raises `PlanFileError` with a Chinese message naming the file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date
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
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        # Rich Text saved under a .doc name (the “Word” export of many systems): LibreOffice reads it
        return _read_docx(_convert_to_docx(data, name, ".rtf"), name)
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return _read_spreadsheet_xml(data, name)  # Excel 2003 XML, often exported as .xls
    if head.startswith(b"<?xml") and b"schemas.microsoft.com/office/word/2003/wordml" in head:
        raise PlanFileError(
            f"文件“{name}”是 Word 2003 XML 文档，暂不能直接读取。请在 Word 或 WPS 中另存为 .docx 后再导入。"
        )
    if not data.startswith(b"PK") and _looks_like_html(data):
        # A web page saved as .doc or .xls (“导出Word/Excel” of many office systems, Word's
        # “save as web page”, .mht): its tables are read like Word's.
        return _read_html(data, name)
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


def _rows_text(rows: list[list[str]], titles_as_text: bool = False) -> list[str]:
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
    width = max(max((k + 1 for k, cell in enumerate(row) if cell.strip()), default=0) for row in rows)
    return [*titles, *(_table_line([*row[:width], *[""] * (width - len(row))]) for row in rows)]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):  # a datetime too; a time of day alone stays as text
        return f"{value.year}年{value.month}月{value.day}日"
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
    data = _repaired_package(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        # Workbooks written by WPS and other generators often carry style values openpyxl
        # refuses (a font family above 14, an unknown pattern name) that Excel ignores: read
        # them again with a plain stylesheet that keeps only the number formats (dates).
        plain = _with_plain_styles(data)
        try:
            book = openpyxl.load_workbook(io.BytesIO(plain), data_only=True) if plain else None
        except Exception:  # the damage is elsewhere
            book = None
        if book is None:
            raise PlanFileError(f"文件“{name}”不是有效的 Excel 工作簿（{type(error).__name__}）。") from error
    lines: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        sheet_lines = _rows_text(_sheet_grid(sheet, book.epoch), titles_as_text=True)
        if sheet_lines:
            lines.extend(["", sheet.title, *sheet_lines])
    if not lines:
        raise PlanFileError(f"文件“{name}”的工作表都是空的。")
    return "\n".join(lines).strip()


_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _with_plain_styles(data: bytes) -> bytes | None:
    """The workbook with a stylesheet of its number formats only (one per cell style, in order,
    so every cell keeps its format), or None when it has no stylesheet that can be read."""
    import lxml.builder
    import lxml.etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            name = next((n for n in archive.namelist() if n.lower() == "xl/styles.xml"), None)
            if name is None:
                return None
            parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
            styles = lxml.etree.fromstring(archive.read(name), parser=parser)
            if styles is None:
                return None
            formats = [
                (fmt.get("numFmtId", "0"), fmt.get("formatCode", "General"))
                for fmt in styles.iter(f"{{{_SML}}}numFmt")
            ]
            cell_xfs = styles.find(f"{{{_SML}}}cellXfs")
            ids = [xf.get("numFmtId", "0") for xf in (cell_xfs if cell_xfs is not None else [])] or ["0"]
            E = lxml.builder.ElementMaker(namespace=_SML, nsmap={None: _SML})
            sheet = E.styleSheet(
                E.numFmts(
                    *(E.numFmt(numFmtId=i, formatCode=code) for i, code in formats), count=str(len(formats))
                ),
                E.fonts(E.font(E.sz(val="11"), E.name(val="宋体")), count="1"),
                E.fills(E.fill(E.patternFill(patternType="none")), count="1"),
                E.borders(E.border(), count="1"),
                E.cellStyleXfs(E.xf(numFmtId="0", fontId="0", fillId="0", borderId="0"), count="1"),
                E.cellXfs(
                    *(
                        E.xf(
                            numFmtId=_digits(i),
                            fontId="0",
                            fillId="0",
                            borderId="0",
                            xfId="0",
                            applyNumberFormat="1",
                        )
                        for i in ids
                    ),
                    count=str(len(ids)),
                ),
                E.cellStyles(E.cellStyle(name="Normal", xfId="0", builtinId="0"), count="1"),
            )
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in archive.infolist():
                    if item.filename == name:
                        target.writestr(
                            item, lxml.etree.tostring(sheet, xml_declaration=True, encoding="UTF-8")
                        )
                    else:
                        target.writestr(item, archive.read(item.filename))
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, RuntimeError, lxml.etree.LxmlError):
        return None


def _digits(value: str) -> str:
    return value if value.isdigit() else "0"


# Built-in number formats that Chinese Excel shows as dates (yyyy年m月d日, m月d日 …); openpyxl
# knows only the international ones and gives these cells as bare serial numbers.
_CN_DATE_FORMAT_IDS = {27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58}


def _sheet_grid(sheet, epoch) -> list[list[str]]:
    """A worksheet's cells as text rows, as the sheet shows them.

    Only up to the last cell with a value: a sheet formatted down to row 1 048 576 is not read
    a million times. A range merged down (one unit or deadline for several tasks) holds its
    value in the top cell only: it is repeated on every row, as Word's merges are; a range
    merged across stays in its first cell. Rows and columns hidden by hand are left out (what
    the sheet shows and prints), but rows hidden by an AutoFilter are kept: they are still tasks
    of the list, only filtered out of view.
    """
    from openpyxl.utils.datetime import from_excel

    filled = [key for key, cell in sheet._cells.items() if cell.value not in (None, "")]
    if not filled:
        return []
    last_row = max(row for row, _ in filled)
    last_col = max(col for _, col in filled)
    grid: list[list[str]] = []
    for row in sheet.iter_rows(min_row=1, max_row=last_row, min_col=1, max_col=last_col):
        texts = []
        for cell in row:
            value = cell.value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                number_format = str(cell.number_format or "")
                if getattr(cell._style, "numFmtId", 0) in _CN_DATE_FORMAT_IDS and 0 < value < 2958466:
                    value = from_excel(value, epoch)
                elif number_format.endswith("%"):
                    value = f"{round(value * 100, 2):g}%"
                elif decimals := re.fullmatch(r"[#,]*0\.(0{1,6})(?:_\S*)?", number_format):
                    # as shown: 2020.10 typed into a “0.00” cell is the number 2020.1
                    value = f"{value:.{len(decimals.group(1))}f}"
            texts.append(_cell_text(value))
        grid.append(texts)
    for merged in sheet.merged_cells.ranges:
        top, col = merged.min_row - 1, merged.min_col - 1
        if top >= len(grid) or col >= last_col:
            continue
        for row in range(top + 1, min(merged.max_row, len(grid))):
            if not grid[row][col]:
                grid[row][col] = grid[top][col]
    hidden_cols = {
        col
        for dimension in sheet.column_dimensions.values()
        if dimension.hidden and dimension.min
        for col in range(dimension.min - 1, min(dimension.max or dimension.min, last_col))
    }
    filtered = bool(sheet.auto_filter.ref)
    return [
        [text for col, text in enumerate(row) if col not in hidden_cols]
        for number, row in enumerate(grid, start=1)
        if filtered or not (number in sheet.row_dimensions and sheet.row_dimensions[number].hidden)
    ]


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
        if sheet.visibility:  # a hidden sheet (old data, lookup lists), as for .xlsx
            continue
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
        hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
        grid = [
            [text for c, text in enumerate(row) if c not in hidden_cols]
            for r, row in enumerate(grid)
            if not (r in sheet.rowinfo_map and sheet.rowinfo_map[r].hidden)
        ]
        sheet_lines = _rows_text(grid, titles_as_text=True)
        if sheet_lines:
            lines.extend(["", sheet.name, *sheet_lines])
    if not lines:
        raise PlanFileError(f"文件“{name}”的工作表都是空的。")
    return "\n".join(lines).strip()


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_MAX_SHEET_ROWS = 20000


def _read_spreadsheet_xml(data: bytes, name: str) -> str:
    """An Excel 2003 XML workbook: sheets of rows of cells, with ss:Index gaps, MergeAcross /
    MergeDown, DateTime cells and hidden rows, columns and sheets, read as .xlsx is."""
    import lxml.etree

    try:
        parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        raise PlanFileError(f"文件“{name}”是 Excel 2003 XML 表格，但内容已损坏，无法读取。") from error
    lines: list[str] = []
    for sheet in root.iter(_SS + "Worksheet"):
        options = sheet.find("{urn:schemas-microsoft-com:office:excel}WorksheetOptions")
        visible = None if options is None else options.find("{urn:schemas-microsoft-com:office:excel}Visible")
        if visible is not None and (visible.text or "").strip() in ("SheetHidden", "SheetVeryHidden"):
            continue
        table = sheet.find(_SS + "Table")
        if table is None:
            continue
        hidden_cols: set[int] = set()
        column_at = 0
        for column in table.findall(_SS + "Column"):
            column_at = _safe_int(column.get(_SS + "Index"), column_at + 1)
            span = min(_safe_int(column.get(_SS + "Span"), 0), 16384)
            if column.get(_SS + "Hidden") == "1":
                hidden_cols.update(range(column_at - 1, column_at + span))
            column_at += span
        grid: list[list[str]] = []
        hidden_rows: set[int] = set()
        down: dict[tuple[int, int], str] = {}  # (row, column) → text of a cell merged down
        row_at = 0
        for row in table.findall(_SS + "Row"):
            row_at = min(_safe_int(row.get(_SS + "Index"), row_at + 1), row_at + 10000)
            if row_at > _MAX_SHEET_ROWS:
                break  # no plan has that many rows: the rest is formatting or a damaged file
            while len(grid) < row_at:
                grid.append([])
            line = grid[row_at - 1]
            if row.get(_SS + "Hidden") == "1":
                hidden_rows.add(row_at - 1)
            col_at = 0
            for cell in row.findall(_SS + "Cell"):
                col_at = min(_safe_int(cell.get(_SS + "Index"), col_at + 1), col_at + 1000)
                across = min(max(_safe_int(cell.get(_SS + "MergeAcross"), 0), 0), 63)
                below = min(max(_safe_int(cell.get(_SS + "MergeDown"), 0), 0), 1000)
                value = cell.find(_SS + "Data")
                text = "".join(value.itertext()).strip() if value is not None else ""
                if value is not None and value.get(_SS + "Type") == "DateTime":
                    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
                    text = f"{int(found[1])}年{int(found[2])}月{int(found[3])}日" if found else text
                elif value is not None and value.get(_SS + "Type") == "Number":
                    text = re.sub(r"\.0+$", "", text)
                line.extend([""] * (col_at - len(line)))
                line[col_at - 1] = text
                for extra in range(1, min(below, _MAX_SHEET_ROWS - row_at) + 1):
                    down[(row_at - 1 + extra, col_at - 1)] = text
                col_at += across
        for (row_index, col_index), text in down.items():
            while len(grid) <= row_index:
                grid.append([])
            line = grid[row_index]
            line.extend([""] * (col_index + 1 - len(line)))
            line[col_index] = line[col_index] or text
        grid = [
            [text for c, text in enumerate(line) if c not in hidden_cols]
            for r, line in enumerate(grid)
            if r not in hidden_rows
        ]
        sheet_lines = _rows_text(grid, titles_as_text=True)
        if sheet_lines:
            lines.extend(["", sheet.get(_SS + "Name") or "", *sheet_lines])
    if not lines:
        raise PlanFileError(f"文件“{name}”的工作表都是空的。")
    return "\n".join(lines).strip()


# --- web pages saved as .doc / .xls, .mht ---------------------------------------------------------


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"mime-version:") or b"content-type: multipart/related" in head:
        return True
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        head = data[:4096].decode("utf-16", "ignore").encode("utf-8", "ignore").lower().lstrip()
    return head.startswith((b"<html", b"<!doctype html", b"<table", b"<meta")) or (
        head.startswith(b"<?xml") and b"<html" in head
    )


def _html_source(data: bytes, name: str) -> str:
    """The HTML text of a web page or of the HTML part of an .mht archive, decoded."""
    if (
        data[:2048].lstrip().lower().startswith(b"mime-version:")
        or b"multipart/related" in data[:2048].lower()
    ):
        import email

        message = email.message_from_bytes(data)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                charset = part.get_content_charset() or ""
                return _decode_html(payload, charset)
        raise PlanFileError(f"文件“{name}”是网页存档（.mht），但其中没有网页内容。{_HOW_TO}")
    return _decode_html(data, "")


def _decode_html(data: bytes, charset: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    declared = charset or (
        found.group(1).decode("ascii", "ignore")
        if (found := re.search(rb"charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.IGNORECASE))
        else ""
    )
    declared = declared.lower()
    if declared in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
        declared = "gb18030"  # the superset: Word writes gb2312 for text that uses GBK characters
    for encoding in filter(None, (declared, "utf-8", "gb18030")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")


def _read_html(data: bytes, name: str) -> str:
    import lxml.etree
    import lxml.html

    source = _html_source(data, name)
    try:
        root = lxml.html.document_fromstring(source.encode("utf-8"), parser=_html_parser())
    except (lxml.etree.ParserError, ValueError) as error:
        raise PlanFileError(
            f"文件“{name}”是网页格式，但内容无法解析（{type(error).__name__}）。{_HOW_TO}"
        ) from error
    body = root.find("body")
    try:
        lines = _html_lines(body if body is not None else root)
    except RecursionError as error:  # elements nested thousands deep: no real page
        raise PlanFileError(f"文件“{name}”是网页格式，但结构嵌套过深，无法读取。{_HOW_TO}") from error
    text = "\n".join(lines)
    if not text.strip():
        raise PlanFileError(f"文件“{name}”是网页格式，但其中没有文字。{_HOW_TO}")
    return text


def _html_parser():
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


_HTML_SKIP = {"script", "style", "head", "noscript", "xml", "title", "template", "object", "iframe"}
_HTML_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "header", "footer", "center", "blockquote", "pre", "form", "body", "main", "nav",
}  # fmt: skip
_CJK_GAP = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
)


def _html_space(text: str) -> str:
    """A line of HTML text as a browser shows it: whitespace collapsed, none between Chinese."""
    text = re.sub(r"[ \t\r\n\f\xa0\u3000]+", lambda m: "\u3000" if "\u3000" in m.group(0) else " ", text)
    return _CJK_GAP.sub("", text).strip()


def _html_lines(element) -> list[str]:
    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        for line in "".join(buffer).split("\n"):
            line = _html_space(line)
            if line:
                out.append(line)
        buffer.clear()

    def visit(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _HTML_SKIP or not tag:
            return
        if tag == "br":
            buffer.append("\n")
            return
        if tag == "table":
            flush()
            out.extend(_html_table(node))
            return
        block = tag in _HTML_BLOCKS
        if block:
            flush()
        # a line break in the source is a space (the page wraps there); <br> and blocks break lines
        if node.text:
            buffer.append(re.sub(r"[\r\n]", " ", node.text))
        for child in node:
            visit(child)
            if child.tail:
                buffer.append(re.sub(r"[\r\n]", " ", child.tail))
        if block:
            flush()

    visit(element)
    flush()
    return out


def _html_rows(table) -> list[list]:
    """The rows of a table (not of the tables inside it) and their cells."""
    rows = []
    for tr in table.iter("tr"):
        if next(tr.iterancestors("table"), None) is table:
            rows.append(
                [cell for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
            )
    return rows


def _span(cell, name: str) -> int:
    return min(max(_safe_int(re.sub(r"\D", "", cell.get(name) or "") or None, 1), 1), 63)


def _fill_rowspans(line: list[str], pending: dict[int, tuple[str, int]]) -> None:
    """Put the cells spanning down from the rows above into the row, where they stand."""
    while len(line) in pending:
        text, left = pending.pop(len(line))
        if left > 1:
            pending[len(line)] = (text, left - 1)
        line.append(text)


def _html_table(table) -> list[str]:
    """A table's rows as `| a | b |` lines: colspan once then empty cells, rowspan repeated down,
    a table around a wider table read as the page (layout tables of web pages)."""
    rows = _html_rows(table)
    width = max((sum(_span(cell, "colspan") for cell in row) for row in rows), default=0)
    for row in rows:
        for cell in row:
            for inner in cell.iter("table"):
                inner_width = max((sum(_span(c, "colspan") for c in r) for r in _html_rows(inner)), default=0)
                if inner_width >= 3 and inner_width > width:
                    out: list[str] = []
                    for row_ in rows:
                        for cell_ in row_:
                            out.extend(_html_lines(cell_))
                    return out
    grid: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still covered) of a rowspan
    for row in rows:
        line: list[str] = []
        for cell in row:
            _fill_rowspans(line, pending)
            text = "\n".join(
                part.strip("| ").replace(" | ", "，") if part.startswith("|") else part
                for part in _html_lines(cell)
            )
            span, down = _span(cell, "colspan"), _span(cell, "rowspan")
            start = len(line)
            line.extend([text, *[""] * (span - 1)])
            if down > 1:
                for column in range(start, start + span):
                    pending[column] = (text if column == start else "", down - 1)
        for column in sorted(c for c in pending if c >= len(line)):  # spans down at the row's end
            line.extend([""] * (column - len(line)))
            _fill_rowspans(line, pending)
        grid.append(line)
    return _rows_text(grid) if grid else []


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
    kind = {".wps": _KINDS[".wps"], ".rtf": "RTF 文档"}.get(suffix, _KINDS[".doc"])
    if office is None:
        raise PlanFileError(
            f"文件“{name}”是{kind}，需要 LibreOffice 才能转换，但服务器上没有安装。"
            "请在 Word 或 WPS 中另存为 .docx 后再导入（或请管理员安装 libreoffice-writer-nogui）。"
        )
    # A compound file names its streams in UTF-16 in its directory: a Word or WPS text has a
    # “WordDocument” stream (Works .wps: “CONTENTS”). LibreOffice would read anything else as
    # plain text and “convert” the bytes.
    if suffix != ".rtf" and (
        len(data) < 1536
        or not any(stream.encode("utf-16-le") in data for stream in ("WordDocument", "CONTENTS"))
    ):
        raise PlanFileError(f"文件“{name}”不是有效的{kind}，可能已损坏或是其他格式。{_HOW_TO}")
    with tempfile.TemporaryDirectory(prefix="plan-convert-") as folder:
        source = Path(folder) / f"plan{suffix if suffix in ('.doc', '.wps', '.rtf') else '.doc'}"
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
        document = docx.Document(io.BytesIO(_repaired_package(data)))
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


# A Word template (.dotx), a macro document (.docm) or a template with macros saved under a
# .docx name: the same body, which python-docx refuses by its content type alone.
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _repaired_package(data: bytes) -> bytes:
    """The package as python-docx or openpyxl can open it, as Office would: relationships to
    parts missing from the archive (a picture or drawing a generator declared but did not write,
    which Office shows as a blank) dropped, and a Word template or .docm main part typed as a
    plain document."""
    import posixpath
    from urllib.parse import unquote

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lower() for name in archive.namelist()}
            changed: dict[str, bytes] = {}
            types = archive.read("[Content_Types].xml").decode("utf-8")
            if any(kind in types for kind in _WORD_MAIN_TYPES):
                for kind in _WORD_MAIN_TYPES:
                    types = types.replace(kind, _DOCUMENT_MAIN_TYPE)
                changed["[Content_Types].xml"] = types.encode("utf-8")
            for name in archive.namelist():
                if not name.endswith(".rels"):
                    continue
                text = archive.read(name).decode("utf-8")
                base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels → word

                def missing(match: re.Match[str], base: str = base) -> str:
                    relation = match.group(0)
                    if re.search(r'TargetMode\s*=\s*"External"', relation):
                        return relation
                    target = re.search(r'Target\s*=\s*"([^"]*)"', relation)
                    if target is None:
                        return relation
                    path = unquote(target.group(1))
                    path = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
                    return relation if posixpath.normpath(path).lower() in names else ""

                kept = re.sub(r"<Relationship\b[^>]*?/>", missing, text)
                if kept != text:
                    changed[name] = kept.encode("utf-8")
            if not changed:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in archive.infolist():
                    target.writestr(item, changed.get(item.filename) or archive.read(item.filename))
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, RuntimeError):
        return data  # python-docx reports the damage in its own words


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
        self.style_numbering: dict[str | None, object] = {}

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
                level = _safe_int(lvl.get(qn("w:ilvl")), 0)
                fmt = self._val(lvl, "w:numFmt") or "decimal"
                text = self._val(lvl, "w:lvlText") or ""
                start = _safe_int(self._val(lvl, "w:start"), 1)
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
            # the numbering of the paragraph's style, looked up once per style (python-docx finds
            # a style by scanning the styles part: thousands of cells would take seconds)
            style_id = paragraph._p.style
            if style_id not in self.style_numbering:
                style, found = paragraph.style, None
                while style is not None and found is None:
                    style_pr = style.element.pPr
                    found = style_pr.find(qn("w:numPr")) if style_pr is not None else None
                    style = style.base_style
                self.style_numbering[style_id] = found
            num_pr = self.style_numbering[style_id]
        if num_pr is None:
            return None
        num_id = self._val(num_pr, "w:numId")
        level = max(0, _safe_int(self._val(num_pr, "w:ilvl"), 0))
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

    def _paragraph(self, element, in_cell: bool = False) -> tuple[str, list]:
        """A paragraph's text as Word shows it, and the text boxes anchored in it.

        In a table cell an empty numbered paragraph shows its number (a 序号 column numbered
        by Word's list numbering), so it is numbered and counted too.
        """
        from docx.text.paragraph import Paragraph

        parts: list[str] = []
        boxes: list = []
        _inline_text(element, parts, boxes)
        text = "".join(parts)
        if text.strip() or in_cell:
            # a damaged style or numbering part: the text without its list number
            with contextlib.suppress(KeyError, ValueError, AttributeError, TypeError, IndexError):
                text = self._prefix(Paragraph(element, self.document)) + text
        return text, boxes

    def lines(self) -> list[str]:
        out: list[str] = []
        self._blocks(self.document.element.body, out)
        return out

    def _blocks(self, container, out: list[str]) -> None:
        """Paragraphs and tables of a body, cell or text box, in order, as lines."""
        for child in _block_children(container):
            if child.tag == _W + "p":
                text, boxes = self._paragraph(child)
                out.append(text)
                for box in boxes:  # a text box or object follows the paragraph it is anchored in
                    self._anchored(box, out)
            elif child.tag == _W + "tbl":
                out.extend(self._table(child))
            elif child.tag == _W + "altChunk":
                out.extend(self._chunk(child))

    def _anchored(self, element, out: list[str]) -> None:
        if element.tag == _W + "txbxContent":
            self._blocks(element, out)
        else:
            out.extend(self._chunk(element))

    def _chunk(self, element) -> list[str]:
        """An imported chunk (w:altChunk: a web page, text or document that office systems
        generating Word files put in as it is) or an embedded object (a task table pasted as an
        Excel worksheet, which Word shows as a picture of its cells): its text, read in place."""
        relation = element.get(_R + "id")
        part = self.document.part.related_parts.get(relation) if relation else None
        if part is None:
            return []
        suffix = Path(str(part.partname)).suffix.lower()
        if element.tag == _O + "OLEObject":
            program = (element.get("ProgID") or "").lower()
            if suffix == ".bin" and program.startswith("excel.sheet"):
                suffix = ".xls"  # an Excel 97-2003 worksheet in an OLE package: its Workbook stream
            if suffix not in (".xlsx", ".xlsm", ".xls", ".docx", ".csv"):
                return []  # a picture, a formula, a PowerPoint slide …
        try:
            return read_plan_bytes(part.blob, "chunk" + suffix).split("\n")
        except PlanFileError:
            return []

    def _cell_text(self, tc) -> str:
        lines: list[str] = []
        numbers: list[str] = []  # empty numbered paragraphs: the cell's text when it has no other
        for child in _block_children(tc):
            if child.tag == _W + "p":
                text, boxes = self._paragraph(child, in_cell=True)
                if text.strip() and not "".join(child.itertext()).strip():
                    numbers.append(text)
                else:
                    lines.append(text)
                for box in boxes:
                    self._anchored(box, lines)
            elif child.tag == _W + "tbl":  # a table inside a cell: its rows as lines of the cell
                lines.extend(line.strip("| ").replace(" | ", "，") for line in self._table(child))
            elif child.tag == _W + "altChunk":
                lines.extend(self._chunk(child))
        text = "\n".join(lines).strip() or "\n".join(numbers)
        return text.replace("|", "｜")

    def _table(self, tbl) -> list[str]:
        """A table's rows as `| a | b |` lines on the table's grid.

        Read from the XML, not python-docx's rows, which lose rows and cells wrapped in content
        controls and raise on the vertical merges of converted documents (a merge continued in
        the first row, or under no cell). A cell spanning columns is written once, then empty
        cells; a cell merged down repeats its text on every row it covers; a row starting after
        the grid's first column (w:gridBefore) is shifted to its columns. A table holding a wider
        table (≥3 columns) is page layout: its content is read as if it were the body.
        """
        rows = _table_rows(tbl)
        if _is_layout_table(rows):
            out: list[str] = []
            for _tr, _before, cells in rows:
                for tc in cells:
                    self._blocks(tc, out)
            return out
        placed: list[list[tuple[int, int, str]]] = []  # per row: (first grid column, end, text)
        above: dict[int, str] = {}  # grid column → text of the cell covering it in the row above
        for _tr, before, cells in rows:
            position, row, covering = before, [], {}
            for tc in cells:
                span = min(max(_int_val(tc, "tcPr", "gridSpan", 1), 1), 63)
                if _merge_state(tc) == "continue" and position in above:
                    text = above[position]
                elif _merge_state(tc, "hMerge") == "continue":
                    text = ""  # an old-style merge across (documents converted from .doc)
                else:
                    text = self._cell_text(tc)
                row.append((position, position + span, text))
                covering.update(dict.fromkeys(range(position, position + span), text))
                position += span
            placed.append(row)
            above = covering
        lines = []
        for line in _on_columns(
            placed, _grid_edges(tbl, max((end for row in placed for _, end, _ in row), default=0))
        ):
            if any(cell.strip() for cell in line):
                lines.append(_table_line(line))
        return lines


def _grid_edges(tbl, columns: int) -> tuple[list[int], int]:
    """The x position (twips) of each grid column's left edge and the table's right edge, and how
    far apart two edges may be and still be one border; 0 when the grid has no widths."""
    widths = []
    for col in tbl.findall(f"{_W}tblGrid/{_W}gridCol"):
        widths.append(max(_safe_int(col.get(_W + "w"), -1), -1))
    known = len(widths) >= columns and all(w >= 0 for w in widths[:columns]) and sum(widths[:columns]) > 0
    if not known:
        widths = [1000] * columns
    edges = [0]
    for width in widths[:columns]:
        edges.append(edges[-1] + width)
    # Borders dragged by hand in one row (or drawn by a converter) are a few millimetres off the
    # ones above: Word then splits the grid into slivers and the cells of a column no longer start
    # at the same grid column. Edges closer than 2 % of the width (at most 3.5 mm, well under the
    # narrowest real column) are one border.
    tolerance = min(200, edges[-1] // 50) if known else 0
    return edges, tolerance


def _on_columns(placed: list[list[tuple[int, int, str]]], grid: tuple[list[int], int]) -> list[list[str]]:
    """Rows of placed cells as text rows on the table's real columns.

    A column is a cluster of left cell borders; a grid column where no cell starts is no column.
    A cell is written in the column of its left border, then an empty cell for each further
    column it covers, so a merged group row or title stays one cell and the columns stay under
    their header.
    """
    import bisect

    edges, tolerance = grid
    starts = sorted({edges[first] for row in placed for first, _, _ in row})
    clusters: list[int] = []
    for edge in starts:
        if not clusters or edge - clusters[-1] > tolerance:
            clusters.append(edge)
    out = []
    for row in placed:
        line = [""] * len(clusters)
        for first, _end, text in row:
            column = bisect.bisect_right(clusters, edges[first]) - 1
            if text and line[column]:
                line[column] += "\n" + text  # two slivers of one column
            elif text:
                line[column] = text
        out.append(line)
    return out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_O = "{urn:schemas-microsoft-com:office:office}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# Elements whose text Word does not show: deleted and moved-away text, field instructions,
# properties, the phonetic guide of ruby text, a content control's settings.
_HIDDEN = {
    _W + name
    for name in (
        "del",
        "moveFrom",
        "delText",
        "delInstrText",
        "instrText",
        "pPr",
        "rPr",
        "sdtPr",
        "sdtEndPr",
        "rt",
        "fldData",
        "smartTagPr",
        "customXmlPr",
        "tblPr",
        "trPr",
        "tcPr",
    )
}
# Wrappers a block (paragraph, table), row or cell may sit in.
_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo", _W + "smartTag"}


def _inline_text(element, parts: list[str], boxes: list) -> None:
    """Collect the text of a paragraph's runs, in every wrapper Word shows (tracked insertions,
    smart tags such as the dates of documents converted from .doc, simple fields, custom XML,
    hyperlinks, content controls), and the text boxes found on the way (once: the Choice of a
    mc:AlternateContent, not its Fallback copy)."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag == _W + "t" or tag == _MATH + "t":
            parts.append(child.text or "")
        elif tag in (_W + "tab", _W + "ptab"):
            parts.append("\t")
        elif tag == _W + "br":
            if child.get(_W + "type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == _W + "cr":
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _W + "sym":
            parts.append(_symbol(child))
        elif tag in (_W + "txbxContent", _O + "OLEObject"):
            boxes.append(child)
        elif tag == _MC + "Fallback" or (tag == _W + "r" and _hidden_run(child)):
            continue
        else:
            _inline_text(child, parts, boxes)


def _safe_int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# Ticks and crosses inserted as symbols of a symbol font (是否完成 columns): the glyph shown.
_SYMBOLS = {
    ("symbol", 0xD6): "√",
    ("wingdings", 0xFC): "✓",
    ("wingdings", 0xFB): "✗",
    ("wingdings", 0xFE): "☑",
    ("wingdings", 0xFD): "☒",
    ("wingdings", 0xA8): "□",
    ("wingdings 2", 0x50): "✓",
    ("wingdings 2", 0x4F): "✗",
    ("wingdings 2", 0x52): "☑",
    ("wingdings 2", 0x54): "☒",
    ("wingdings 2", 0xA3): "□",
}


def _symbol(sym) -> str:
    """A w:sym character: a tick or cross of a symbol font as Unicode, a plain character as itself."""
    try:
        code = int(sym.get(_W + "char", ""), 16)
    except ValueError:
        return ""
    font = (sym.get(_W + "font") or "").strip().lower()
    found = _SYMBOLS.get((font, code - 0xF000 if code >= 0xF000 else code))
    if found:
        return found
    return chr(code) if 0x20 <= code < 0xE000 and font not in {f for f, _ in _SYMBOLS} else ""


def _hidden_run(run) -> bool:
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(_W + "val") not in ("0", "false", "off")


def _block_children(container):
    """Paragraphs and tables of a container, through content controls and custom XML."""
    for child in container:
        if child.tag in (_W + "p", _W + "tbl", _W + "altChunk"):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _block_children(child)


def _wrapped(container, tag: str):
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _wrapped(child, tag)


def _int_val(element, properties: str, name: str, default: int) -> int:
    """The integer w:val of a property (tcPr/gridSpan, trPr/gridBefore), else `default`."""
    found = element.find(f"{_W}{properties}/{_W}{name}")
    try:
        return int(found.get(_W + "val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def _merge_state(tc, kind: str = "vMerge") -> str | None:
    found = tc.find(f"{_W}tcPr/{_W}{kind}")
    if found is None:
        return None
    return found.get(_W + "val") or "continue"


def _table_rows(tbl) -> list[tuple[object, int, list]]:
    """(row, empty grid columns before it, cells) of a table; rows deleted in tracked changes dropped."""
    rows = []
    for tr in _wrapped(tbl, _W + "tr"):
        if tr.find(f"{_W}trPr/{_W}del") is not None:
            continue
        before = max(0, min(_int_val(tr, "trPr", "gridBefore", 0), 63))
        rows.append((tr, before, list(_wrapped(tr, _W + "tc"))))
    return rows


def _is_layout_table(rows) -> bool:
    """A table whose cell holds a wider table (≥3 columns): the page's frame, not a task table.

    A frame has one or two columns, or a few rows (title, body, footer). A task table with a
    table inside a cell stays a table, the inner one text of its cell.
    """
    width = max((before + len(cells) for _tr, before, cells in rows), default=0)
    if width > 2 and len(rows) > 3:
        return False  # many rows of several cells: a table of its own, whatever its cells hold
    for _tr, _before, cells in rows:
        for tc in cells:
            for nested in _block_children(tc):
                if nested.tag == _W + "tbl":
                    inner = max((before + len(cells) for _t, before, cells in _table_rows(nested)), default=0)
                    if inner >= 3 and inner > width:
                        return True
    return False
