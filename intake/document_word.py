"""A .docx read from its XML: paragraphs and tables in body order, list numbers rendered.

Each table row becomes one line `| a | b |` with one cell per grid column (a cell merged
across columns once, then empty cells; a cell merged down repeats on every row, which is what
a unit shared by several tasks means); a cell's paragraphs stay on separate lines. The XML is
read directly, not through python-docx's text and row properties, which drop text in tracked
insertions, smart tags, fields and content controls and raise on the merges of converted
documents (docs/decisions.md “Office file quirks”). Word's automatic list numbering, which is
not part of the paragraph text, is rendered in front of the paragraph (“1.”, “一、”, “（一）”)
because the parser relies on it.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from intake.archives import repaired_package, unpacked_problem
from intake.document_common import HOW_TO_RESAVE, MAX_UNPACKED_BYTES, PlanFileError, safe_int, table_line


def read_docx(data: bytes, name: str, read_embedded: Callable[[bytes, str], str]) -> str:
    """The text of a .docx; `read_embedded(bytes, filename)` reads what it embeds (an imported
    web page, a pasted worksheet), which may be of any format the import reads."""
    import docx  # python-docx; imported here so text-only use does not need it
    from docx.opc.exceptions import PackageNotFoundError

    if not data.startswith(b"PK"):
        raise PlanFileError(f"文件“{name}”不是有效的 .docx 文件（内容不是 Word 文档格式）。{HOW_TO_RESAVE}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            too_large = unpacked_problem(archive, MAX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        too_large = None  # a damaged archive: python-docx below says so in its own words
    if too_large:
        raise PlanFileError(f"文件“{name}”{too_large}")
    try:
        document = docx.Document(io.BytesIO(repaired_package(data)))
    except zipfile.BadZipFile as error:
        raise PlanFileError(
            f"文件“{name}”不完整或已损坏，无法作为 .docx 打开（可能在传输中被截断）。请重新获取完整文件。"
        ) from error
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise PlanFileError(f"文件“{name}”不是 Word 文档（.docx）。{HOW_TO_RESAVE}") from error
    except Exception as error:  # malformed XML inside the package: lxml and zipfile raise many kinds
        raise PlanFileError(f"文件“{name}”内容已损坏，无法读取（{type(error).__name__}）。") from error
    try:
        lines = _DocxText(document, read_embedded).lines()
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

    def __init__(self, document, read_embedded: Callable[[bytes, str], str]) -> None:
        from docx.oxml.ns import qn

        self.document = document
        self.read_embedded = read_embedded
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
                level = safe_int(lvl.get(qn("w:ilvl")), 0)
                fmt = self._val(lvl, "w:numFmt") or "decimal"
                text = self._val(lvl, "w:lvlText") or ""
                start = safe_int(self._val(lvl, "w:start"), 1)
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
        level = max(0, safe_int(self._val(num_pr, "w:ilvl"), 0))
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
            return self.read_embedded(part.blob, "chunk" + suffix).split("\n")
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
                lines.append(table_line(line))
        return lines


def _grid_edges(tbl, columns: int) -> tuple[list[int], int]:
    """The x position (twips) of each grid column's left edge and the table's right edge, and how
    far apart two edges may be and still be one border; 0 when the grid has no widths."""
    widths = []
    for col in tbl.findall(f"{_W}tblGrid/{_W}gridCol"):
        widths.append(max(safe_int(col.get(_W + "w"), -1), -1))
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
