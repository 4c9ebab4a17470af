"""A web page saved as .doc / .xls / .htm, or an .mht archive: its text and tables.

Office systems' “导出Word/Excel” and Word's “save as web page” give HTML under Office names;
its tables are written as `| a | b |` rows like Word's, row and column spans filled.
"""

from __future__ import annotations

import codecs
import re

from intake.document_common import HOW_TO_RESAVE, PlanFileError, rows_text, safe_int


def looks_like_html(data: bytes) -> bool:
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
        raise PlanFileError(f"文件“{name}”是网页存档（.mht），但其中没有网页内容。{HOW_TO_RESAVE}")
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


def read_html(data: bytes, name: str) -> str:
    import lxml.etree
    import lxml.html

    source = _html_source(data, name)
    try:
        root = lxml.html.document_fromstring(source.encode("utf-8"), parser=_html_parser())
    except (lxml.etree.ParserError, ValueError) as error:
        raise PlanFileError(
            f"文件“{name}”是网页格式，但内容无法解析（{type(error).__name__}）。{HOW_TO_RESAVE}"
        ) from error
    body = root.find("body")
    try:
        lines = _html_lines(body if body is not None else root)
    except RecursionError as error:  # elements nested thousands deep: no real page
        raise PlanFileError(f"文件“{name}”是网页格式，但结构嵌套过深，无法读取。{HOW_TO_RESAVE}") from error
    text = "\n".join(lines)
    if not text.strip():
        raise PlanFileError(f"文件“{name}”是网页格式，但其中没有文字。{HOW_TO_RESAVE}")
    return text


def _html_parser():
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


_HTML_SKIP = {"script", "style", "head", "noscript", "xml", "title", "template", "object", "iframe"}
_HTML_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "header", "footer", "center", "blockquote", "pre", "form", "body", "main", "nav",
}  # fmt: skip
# A line wrap of the source between Chinese characters, and nothing else: Word's “save as web
# page” wraps long lines anywhere in Chinese text, where nothing parts the words. A typed space
# (“市城管执法局 岳塘区人民政府”) stays one, and so does a wrap with the next line indented
# (LibreOffice wraps its source only at a typed space, and indents the next line).
_CJK_WRAP = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\r+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
)


def _html_space(text: str) -> str:
    """A line of HTML text as a browser shows it: whitespace collapsed, none where Word wrapped
    Chinese text (source line breaks come here as \r: \n parts the lines of <br> and blocks)."""
    text = _CJK_WRAP.sub("", text)
    text = re.sub(r"[ \t\r\n\f\xa0\u3000]+", lambda m: "\u3000" if "\u3000" in m.group(0) else " ", text)
    return text.strip()


def _html_lines(element) -> list[str]:
    out: list[str] = []
    buffer: list[str] = []
    number: list[str] = []  # a list item's number, waiting for the item's first line

    def flush() -> None:
        for line in "".join(buffer).split("\n"):
            line = _html_space(line)
            if line:
                shown = number.pop() if number else ""
                out.append(line if _NUMBERED.match(line) else shown + line)
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
        if tag == "li":
            number[:] = [_list_number(node)]
        # a line break in the source is where the page's source wraps (\r, see _html_space);
        # <br> and blocks break lines
        if node.text:
            buffer.append(_SOURCE_BREAK.sub("\r", node.text))
        for child in node:
            visit(child)
            if child.tail:
                buffer.append(_SOURCE_BREAK.sub("\r", child.tail))
        if block:
            flush()
        if tag == "li":
            number.clear()  # an item without text: its number is not the next line's

    visit(element)
    flush()
    return out


_SOURCE_BREAK = re.compile(r"\r\n|\r|\n")
# an item that carries its number in its text (“1、…” typed into a list item): not numbered twice
_NUMBERED = re.compile(r"\d{1,2}\s*[、.．)）]|[（(]\s*\d|[一二三四五六七八九十]+、")


def _list_number(item) -> str:
    """The number a browser shows before an item of a numbered list (<ol>): “1.”, “2.” … counted
    from the list's start, or from the item's own value; nothing before an item of <ul>."""
    parent = item.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
        return ""
    number = safe_int(parent.get("start"), 1)
    for sibling in parent:
        if not isinstance(sibling.tag, str) or sibling.tag.lower() != "li":
            continue
        if sibling.get("value"):
            number = safe_int(sibling.get("value"), number)
        if sibling is item:
            return f"{number}."
        number += 1
    return ""


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
    return min(max(safe_int(re.sub(r"\D", "", cell.get(name) or "") or None, 1), 1), 63)


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
    if width <= 1:
        # a table one cell wide holds a page's parts (title, date line, the article): its text
        return [line for row in rows for cell in row for line in _html_lines(cell)]
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
    return rows_text(grid) if grid else []
