"""Task tables in spreadsheets: .xlsx (openpyxl), .xls (xlrd), Excel 2003 XML and .csv.

Each visible sheet is written as `| a | b |` rows under its name; a title row above the
table becomes a plain line, as the title above a Word table is.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile

from intake.archives import repaired_package, unpacked_problem
from intake.document_common import MAX_UNPACKED_BYTES, PlanFileError, cell_text, rows_text, safe_int


def _semicolon_dialect() -> type[csv.Dialect]:
    class Semicolon(csv.excel):
        delimiter = ";"

    return Semicolon


def read_csv(text: str, name: str) -> str:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
        # a title line above the table (no delimiter in it) defeats the sniffer's consistency
        # test: the delimiter is then the mark most lines hold, tab before comma before semicolon
        lines = text[:4096].splitlines()
        counts = {mark: sum(1 for line in lines if mark in line) for mark in "\t,;"}
        mark = max(counts, key=lambda m: counts[m])
        if mark != "," and counts[mark] >= 2:
            dialect = csv.excel_tab if mark == "\t" else _semicolon_dialect()
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise PlanFileError(f"文件“{name}”不是有效的 CSV 表格：{error}。") from error
    lines = rows_text(rows)
    if not lines:
        raise PlanFileError(f"文件“{name}”中没有数据行。")
    return "\n".join(lines)


def read_xlsx(data: bytes, name: str) -> str:
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            too_large = unpacked_problem(archive, MAX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        raise PlanFileError(f"文件“{name}”不完整或已损坏，无法作为 .xlsx 打开。") from error
    if too_large:
        raise PlanFileError(f"文件“{name}”{too_large}")
    data = repaired_package(data)
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
    visible = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
    return _workbook_text(name, [(sheet.title, _sheet_grid(sheet, book.epoch)) for sheet in visible])


def _workbook_text(name: str, sheets: list[tuple[str, list[list[str]]]]) -> str:
    """The visible sheets of a workbook as text, each under its name: its title rows as lines,
    its table as `| a | b |` rows; an error when every sheet is empty."""
    lines: list[str] = []
    for title, grid in sheets:
        sheet_lines = rows_text(grid, titles_as_text=True)
        if sheet_lines:
            lines.extend(["", title, *sheet_lines])
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
            texts.append(cell_text(value))
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


def read_xls(data: bytes, name: str) -> str:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct errors …
        raise PlanFileError(
            f"文件“{name}”不是有效的 .xls 工作簿（{type(error).__name__}），可能已损坏或加密。"
        ) from error
    sheets: list[tuple[str, list[list[str]]]] = []
    for sheet in book.sheets():
        if sheet.visibility:  # a hidden sheet (old data, lookup lists), as for .xlsx
            continue
        grid = [
            [
                cell_text(xlrd.xldate.xldate_as_datetime(c.value, book.datemode) if c.ctype == 3 else c.value)
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
        sheets.append((sheet.name, grid))
    return _workbook_text(name, sheets)


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_MAX_SHEET_ROWS = 20000


def read_spreadsheet_xml(data: bytes, name: str) -> str:
    """An Excel 2003 XML workbook: sheets of rows of cells, with ss:Index gaps, MergeAcross /
    MergeDown, DateTime cells and hidden rows, columns and sheets, read as .xlsx is."""
    import lxml.etree

    try:
        parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        raise PlanFileError(f"文件“{name}”是 Excel 2003 XML 表格，但内容已损坏，无法读取。") from error
    sheets: list[tuple[str, list[list[str]]]] = []
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
            column_at = safe_int(column.get(_SS + "Index"), column_at + 1)
            span = min(safe_int(column.get(_SS + "Span"), 0), 16384)
            if column.get(_SS + "Hidden") == "1":
                hidden_cols.update(range(column_at - 1, column_at + span))
            column_at += span
        grid: list[list[str]] = []
        hidden_rows: set[int] = set()
        down: dict[tuple[int, int], str] = {}  # (row, column) → text of a cell merged down
        row_at = 0
        for row in table.findall(_SS + "Row"):
            row_at = min(safe_int(row.get(_SS + "Index"), row_at + 1), row_at + 10000)
            if row_at > _MAX_SHEET_ROWS:
                break  # no plan has that many rows: the rest is formatting or a damaged file
            while len(grid) < row_at:
                grid.append([])
            line = grid[row_at - 1]
            if row.get(_SS + "Hidden") == "1":
                hidden_rows.add(row_at - 1)
            col_at = 0
            for cell in row.findall(_SS + "Cell"):
                col_at = min(safe_int(cell.get(_SS + "Index"), col_at + 1), col_at + 1000)
                across = min(max(safe_int(cell.get(_SS + "MergeAcross"), 0), 0), 63)
                below = min(max(safe_int(cell.get(_SS + "MergeDown"), 0), 0), 1000)
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
        sheets.append((sheet.get(_SS + "Name") or "", grid))
    return _workbook_text(name, sheets)
