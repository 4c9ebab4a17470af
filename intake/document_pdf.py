"""A text PDF (often a Word table printed to PDF): its ruled tables cell by cell, the rest as lines.

pdfplumber gives characters with their positions; lines that the page wrapped are joined
again by where the next word would have fitted, cells merged down are given to each row they
cover, and a row broken across pages is joined to the row it continues (docs/decisions.md,
“PDFs printed from Word”). A PDF without a text layer (a scan) is refused with a message.
"""

from __future__ import annotations

import io
import re

from intake.document_common import HOW_TO_RESAVE, PlanFileError, rows_text


def read_pdf(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.startswith(b"%PDF"):
        raise PlanFileError(f"文件“{name}”不是有效的 PDF 文件。{HOW_TO_RESAVE}")
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
    boxes = [table.bbox for table in found]
    for table in found:
        items.append((table.bbox[1], "table", _pdf_table_rows(page, table)))

    def outside_tables(obj: dict) -> bool:
        # A character is the table's when its centre is inside: a heading printed right under a
        # table (“二、个性问题” before the next one) may touch the rule by a point and is still text.
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for box in boxes)

    outside = page.filter(outside_tables) if boxes else page
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
        lines.extend(rows_text(block) if isinstance(block, list) else [block])
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
        if sum(bool(_ROW_NUMBER.fullmatch(row[k].strip())) for row in table) >= max(1, (len(table) - 1) // 2)
    ]
    if rows and numbered and len(rows[0]) == len(table[-1]):
        column = numbered[0]
        first, last = rows[0], table[-1]
        if not first[column].strip() and last[column].strip() and any(cell.strip() for cell in first):
            table[-1] = [_joined_cell(a, b) for a, b in zip(last, first, strict=True)]
            rows = rows[1:]
    table.extend(rows)


# A row's number in the table's number column: 12, or 一 … 十二 as some lists count their items.
_ROW_NUMBER = re.compile(r"\d{1,4}|[一二三四五六七八九十]{1,3}")


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
        # The row's own height is its shortest cell's: a cell merged down from it (a leader over
        # this row and the next) stretches pdfplumber's row box into the rows below.
        bottom = min((c[3] for c in row.cells if c is not None), default=row.bbox[3])
        cells: list[str] = []
        for index, box in enumerate(row.cells):
            if box is not None:
                cells.append(text_of(box))
                continue
            # Covered by a merged cell: the one holding this row's middle in this column.
            x = (columns[index][0] + columns[index][2]) / 2 if index < len(columns) else row.bbox[0]
            y = (row.bbox[1] + bottom) / 2
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


_NO_LINE_END = "（《〈【“‘([{"
_NO_LINE_START = "，。、；：？！）》〉】”’%,.;:)"


def _first_word_width(chars: list[dict]) -> float:
    """The width of what cannot be broken at a line's start: one Chinese character or a run of
    Latin letters and digits, with the punctuation that may not open a line; an opening bracket
    or quote, which may not end one, goes with the character after it (“（市、区）” moved whole)."""
    end = 1
    while end < len(chars) and chars[end - 1]["text"] in _NO_LINE_END:
        end += 1
    if chars[end - 1]["text"].isascii() and chars[end - 1]["text"].isalnum():
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
