"""The bulletin as a PDF with the same content as the Word file.

Laid out as an official document (GB/T 9704-2012): the red issuing-office mark, the
document number over a red rule, the title, 主送, the body, 附件说明, the signature and the
date, the annex, and the 版记 (抄送, 印发) at the foot of the last page; page numbers
“— 1 —” on the outer side. Lines are broken by `reports.linebreak` (numbers whole, no line
starting with closing punctuation) and justified.

A CJK font from the machine is embedded as a TrueType subset (see reports/fonts.py), so no
glyph is missing and text extraction gives the Chinese back. Raises
`reports.fonts.FontNotFoundError` (a Chinese message) when the machine has no Chinese font.
"""

from __future__ import annotations

import logging
import string
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, WrapMode, XPos, YPos

from reports.bulletin import (
    Bulletin,
    DocumentTable,
    annex_lines,
    bulletin_tables,
    cell_kind,
    cell_text,
    document_annexes,
    document_table,
)
from reports.fonts import find_cjk_fonts, truetype_subset
from reports.linebreak import break_lines

CHINESE_NUMBERS = "一二三四五六七八九十"
# multi_cell wraps Chinese at any character and leaves the cursor at the next line's start.
LINE = {"wrapmode": WrapMode.CHAR, "new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
RED = (230, 0, 18)  # the red of the issuing-office mark and its rule
log = logging.getLogger(__name__)
ALWAYS = string.digits + string.ascii_letters + string.punctuation + "—（）：；，。、“”％↑↓·"


@dataclass
class Block:
    # mark | number | rule | title | issue | recipients | scope | heading | text | caption |
    # table | annex_note | signature | date | break | imprint
    kind: str
    text: str = ""
    table: DocumentTable | None = None


def bulletin_blocks(bulletin: Bulletin) -> list[Block]:
    """What the PDF prints, in order (mirrors reports/word.py)."""
    dispatch = bulletin.dispatch
    month = dispatch.month
    scope = f"统计月份：{month.year}年{month.month}月（与{dispatch.previous_month.month}月对比）"
    if bulletin.scope:
        scope += f"；{bulletin.scope}"
    issued = cell_text(bulletin.issued_on, "date")
    blocks = [
        Block("mark", bulletin.office),
        Block("number", bulletin.doc_number),
        Block("rule"),
        Block("title", bulletin.title),
        Block("issue", f"（{bulletin.issue}）"),
        Block("recipients", bulletin.recipients_line),
        Block("scope", f"（{scope}）"),
    ]
    tables = bulletin_tables(dispatch, part="document")
    body = [document_table(t) for t in tables if t.in_document and not t.annex]
    annexes = document_annexes(dispatch, tables)
    sections = [("总体情况", [body[0]], True), ("各牵头单位整改完成情况排名", body[1:3], False)]
    sections += [("月调度报送情况", body[3:4], False), ("本月变化明细", body[4:5], False)]
    sections += [("指标目标进展", body[5:], False)]
    for number, (heading, parts, with_narrative) in enumerate(sections):
        blocks.append(Block("heading", f"{CHINESE_NUMBERS[number]}、{heading}"))
        if with_narrative:
            blocks += [Block("text", text) for text in bulletin.paragraphs]
        for table in parts:
            if len(parts) > 1 or not with_narrative:
                blocks.append(Block("caption", table.title))
            blocks.append(Block("table", table=table))
    # The 附件说明 stands apart from the body (annex_note); its further lines follow as text.
    blocks += [Block("annex_note" if i == 0 else "text", line) for i, line in enumerate(annex_lines(annexes))]
    blocks.append(Block("signature", f"{bulletin.office}\t{issued}"))
    for number, annex in enumerate(annexes, start=1):
        heading = "附件" if len(annexes) == 1 else f"附件{number}"
        blocks += [Block("break"), Block("annex", heading), Block("caption", annex.title)]
        blocks.append(Block("table", table=annex))
    blocks.append(Block("imprint", f"{bulletin.cc_line}\n{bulletin.office}\t{issued}印发"))
    return blocks


def _texts_by_font(blocks: list[Block]) -> dict[tuple[str, str, str], str]:
    """The characters each embedded font must hold: (family, style, role) → text."""
    serif, bold_serif, bold_sans = [ALWAYS], [ALWAYS], [ALWAYS]
    for block in blocks:
        serif.append(block.text)
        if block.kind in ("title", "mark"):
            bold_serif.append(block.text)
        if block.kind in ("heading", "caption", "annex"):
            bold_sans.append(block.text)
        if block.table is not None:
            serif.append(block.table.empty_text)
            serif.append(block.table.note or "")
            bold_sans += [column.label for column in block.table.columns]
            for row in block.table.rows:
                serif += [cell_text(value, cell_kind(block.table, i, value)) for i, value in enumerate(row)]
    return {
        ("serif", "", "serif"): "".join(serif),
        ("serif", "B", "serif_bold"): "".join(bold_serif),
        ("sans", "B", "sans_bold"): "".join(bold_sans),
    }


class _BulletinPDF(FPDF):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unnumbered: set[int] = set()  # a blank page before the 版记's, and that page

    def footer(self) -> None:
        """“— 1 —”, 4号 (14 pt), one character in from the outer edge: right on odd pages,
        left on even ones, as printed back to back (GB/T 9704 7.5)."""
        if self.page_no() in self.unnumbered:
            return
        self.set_y(-25)
        self.set_font("serif", size=14)
        text = f"— {self.page_no()} —"
        indent = self.get_string_width("国")
        width = self.get_string_width(text) + 1
        x = self.l_margin + indent if self.page_no() % 2 == 0 else self.w - self.r_margin - indent - width
        self.set_x(x)
        self.cell(width, 7, text, align=Align.C)


def bulletin_pdf(bulletin: Bulletin) -> bytes:
    """The PDF file (A4, GB/T 9704 margins)."""
    blocks = bulletin_blocks(bulletin)
    faces = find_cjk_fonts()
    pdf = _BulletinPDF(format="A4")
    pdf.set_margins(left=28, top=37, right=26)
    pdf.set_auto_page_break(True, margin=35)
    pdf.set_title(bulletin.full_title)
    pdf.set_author(bulletin.office)
    pdf.set_creator("督察整改调度看板")
    serif_missing = False
    with tempfile.TemporaryDirectory() as folder:
        for (family, style, role), text in _texts_by_font(blocks).items():
            data, missing = truetype_subset(faces[role], text)
            if missing:  # shown blank in the PDF: say which, so the font can be changed
                log.warning("字体 %s 缺少字形：%s", faces[role].path, "".join(sorted(missing)))
            serif_missing |= role == "serif" and bool(missing)
            path = Path(folder) / f"{family}{style}.ttf"
            path.write_bytes(data)
            pdf.add_font(family, style, str(path))
            # fpdf2 subsets the font again when it writes the PDF; its glyphs, head and maxp
            # were computed when truetype_subset built it, so they are kept as they are rather
            # than every glyph decompiled and compiled again (0.2 s a face at national scale).
            added = pdf.fonts.get(f"{family.lower()}{''.join(sorted(style.upper()))}")
            if getattr(added, "ttfont", None) is not None:
                added.ttfont.recalcBBoxes = False
        # A character missing from the serif face is taken from the sans face. (Only then:
        # with fallback fonts, fpdf2 looks up every character of every text in each font.)
        if serif_missing:
            pdf.set_fallback_fonts(["sans"], exact_match=False)
        pdf.add_page()
        for block in blocks:
            _render(pdf, block)
        return bytes(pdf.output())


def _render(pdf: FPDF, block: Block) -> None:
    width = pdf.epw
    if block.kind == "mark":
        # 发文机关标志: red, bold, centred, as large as fits one line (at most 小初, 36 pt).
        pdf.set_font("serif", "B", 36)
        size = min(36.0, 36.0 * width / max(pdf.get_string_width(block.text), 1.0))
        pdf.set_font("serif", "B", size)
        pdf.set_text_color(*RED)
        pdf.set_y(35)
        pdf.cell(width, size * 0.5, block.text, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0)
        pdf.ln(14)
    elif block.kind == "number":
        pdf.set_font("serif", size=16)
        pdf.cell(width, 8, block.text, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif block.kind == "rule":  # 4 mm under the document number, full width
        pdf.set_draw_color(*RED)
        pdf.set_line_width(0.6)
        y = pdf.get_y() + 4
        pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
        pdf.set_draw_color(0)
        pdf.set_line_width(0.2)
        pdf.set_y(y + 12)
    elif block.kind == "title":
        pdf.set_font("serif", "B", 22)
        _lines(pdf, block.text, 11, align=Align.C)
    elif block.kind == "issue":
        pdf.set_font("serif", size=16)
        _lines(pdf, block.text, 10, align=Align.C)
        pdf.ln(5)
    elif block.kind == "recipients":  # 主送: flush left, no indent
        pdf.set_font("serif", size=16)
        _lines(pdf, block.text, 10)
    elif block.kind == "scope":
        pdf.set_font("serif", size=12)
        _lines(pdf, block.text, 7, indent=2)
        pdf.ln(2)
    elif block.kind == "signature":
        _signature(pdf, *block.text.split("\t"))
    elif block.kind == "annex":  # 附件 at the top left of the annex, in 黑体
        pdf.set_font("sans", "B", 16)
        pdf.cell(width, 10, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
    elif block.kind == "imprint":
        _imprint(pdf, block.text)
    elif block.kind == "heading":
        _keep_with_next(pdf, 40)
        pdf.set_font("sans", "B", 15)
        pdf.ln(2)
        pdf.multi_cell(width, 10, block.text, **LINE)
    elif block.kind in ("text", "annex_note"):
        pdf.set_font("serif", size=14)
        if block.kind == "annex_note":
            pdf.ln(8)
        _indented(pdf, block.text, 9)
    elif block.kind == "caption":
        _keep_with_next(pdf, 30)
        pdf.set_font("sans", "B", 12)
        pdf.ln(2)
        _lines(pdf, block.text, 8, align=Align.C)
    elif block.kind == "break":
        pdf.add_page()
    elif block.kind == "table" and block.table is not None:
        _table(pdf, block.table)


def _keep_with_next(pdf: FPDF, height: float) -> None:
    """Start a new page rather than leave a heading alone at the bottom of one."""
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()


def _indented(pdf: FPDF, text: str, height: float) -> None:
    """A paragraph whose first line is indented by two characters, as Chinese text is."""
    _lines(pdf, text, height, indent=2)


def _measure(pdf: FPDF):
    """The width of a text in the current font (mm), from the font's character widths."""
    widths_of = pdf.current_font.cw
    scale = pdf.font_size_pt * 0.001 / pdf.k
    return lambda text: sum(widths_of[ord(char)] for char in text) * scale


def _lines(pdf: FPDF, text: str, height: float, *, indent: float = 0, align: Align = Align.J) -> None:
    """A paragraph broken by `reports.linebreak` (numbers whole, the punctuation rules) and
    written line by line: justified by spreading the characters (the last line flush left),
    or centred; the first line indented by `indent` characters."""
    width = _measure(pdf)
    first = indent * pdf.font_size
    lines = break_lines(text, pdf.epw, width, first)
    for number, line in enumerate(lines):
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
        offset = first if number == 0 else 0.0
        room = pdf.epw - offset
        spread = 0.0
        if align == Align.J and number < len(lines) - 1 and len(line) > 1:
            # Justify by spacing the characters; a line carried short by the punctuation rules
            # is spread by at most half a character between two.
            spread = min((room - width(line)) / (len(line) - 1), pdf.font_size / 2)
        pdf.set_x(pdf.l_margin + offset)
        pdf.set_char_spacing(max(spread, 0.0) * pdf.k)
        pdf.cell(room, height, line, align=Align.C if align == Align.C else Align.L)
        pdf.set_char_spacing(0)
        pdf.ln(height)


def _signature(pdf: FPDF, office: str, issued: str) -> None:
    """发文机关署名 over 成文日期: the date two characters in from the right, the office
    centred over it, or as far right as the date when longer (GB/T 9704 7.3.5.2)."""
    pdf.set_font("serif", size=16)
    office_width, date_width = pdf.get_string_width(office), pdf.get_string_width(issued)
    right = pdf.l_margin + pdf.epw - 2 * pdf.font_size
    date_x = right - date_width
    centred = date_x + (date_width - office_width) / 2
    office_x = centred if office_width <= date_width else right - office_width
    _keep_with_next(pdf, 46)
    pdf.ln(20)  # room for the seal
    pdf.set_x(office_x)
    pdf.cell(office_width + 1, 10, office, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(date_x)
    pdf.cell(date_width + 1, 10, issued, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _to_back_page(pdf: _BulletinPDF, *, fits: bool) -> None:
    """The 版记 goes on the document's last page, an even one (封四), as printed back to back
    (GB/T 9704 7.4): on this page if it is even and has room; else on the next page if that
    is even; else after a blank page, and then (7.5) neither that page nor the 版记's carries
    a page number."""
    if pdf.page_no() % 2 == 0 and fits:
        return
    if pdf.page_no() % 2 == 1:
        pdf.add_page()
        return
    pdf.unnumbered.update({pdf.page_no() + 1, pdf.page_no() + 2})
    pdf.add_page()
    pdf.add_page()


def _imprint(pdf: FPDF, text: str) -> None:
    """版记 at the foot of the last page: 抄送 between a thick and a thin rule, then the
    issuing office and 印发 date, closed by a thick rule (GB/T 9704 7.4)."""
    cc, printed = text.split("\n")
    office, issued = printed.split("\t")
    pdf.set_font("serif", size=14)
    char = pdf.font_size
    # A second line of 抄送 starts under the first organ, after “抄送：” (GB/T 9704 7.4.2).
    label = "抄送："
    hang = pdf.get_string_width(label)
    cc_lines = break_lines(cc.removeprefix(label), pdf.epw - 2 * char - hang, _measure(pdf)) if cc else []
    height = 8.0
    needed = (len(cc_lines) + 1) * height + 4
    _to_back_page(pdf, fits=pdf.get_y() + needed + 8 <= pdf.page_break_trigger)
    top = pdf.page_break_trigger - needed
    left, right = pdf.l_margin, pdf.l_margin + pdf.epw
    pdf.set_line_width(0.35)
    pdf.line(left, top, right, top)
    y = top + 1
    for number, line in enumerate(cc_lines):
        if number == 0:
            pdf.set_xy(left + char, y)
            pdf.cell(hang, height, label)
        pdf.set_xy(left + char + hang, y)
        pdf.cell(pdf.epw - 2 * char - hang, height, line)
        y += height
    if cc_lines:
        pdf.set_line_width(0.25)
        pdf.line(left, y + 1, right, y + 1)
        y += 2
    # The office one character in from the left, the date from the right; a long office name
    # is set smaller rather than run into the date.
    room = pdf.epw - 2 * char - 2 * pdf.font_size
    wanted = pdf.get_string_width(office) + pdf.get_string_width(issued) + 2
    if wanted > room:
        pdf.set_font_size(max(pdf.font_size_pt * room / wanted, 9))
    pdf.set_xy(left + char, y)
    pdf.cell(pdf.get_string_width(office) + 1, height, office)
    issued_width = pdf.get_string_width(issued) + 1
    pdf.set_xy(right - char - issued_width, y)
    pdf.cell(issued_width, height, issued)
    pdf.set_line_width(0.35)
    pdf.line(left, y + height + 1, right, y + height + 1)
    pdf.set_line_width(0.2)


def _column_widths(pdf: FPDF, table: DocumentTable) -> list[float]:
    """Widths from each column's longest entry. When the table is too wide, number columns
    keep their width (headings may take two lines) and text columns share the rest, never
    narrower than three characters (fpdf2 loops forever on a column narrower than one)."""
    pdf.set_font("serif", size=9)
    char = pdf.get_string_width("国")
    natural, minimum, is_text = [], [], []
    for index, column in enumerate(table.columns):
        texts = [cell_text(row[index], cell_kind(table, index, row[index])) for row in table.rows]
        longest = max([pdf.get_string_width(t) for t in texts] + [0.0])
        label = pdf.get_string_width(column.label)
        text = "text" in ({cell_kind(table, index, row[index]) for row in table.rows} or {column.kind})
        is_text.append(text)
        natural.append(min(max(longest, label), 70.0 if text else 40.0) + 4)
        minimum.append(max(char * 3 if text else max(longest, label / 2, char * 2), char) + 4)
    if sum(natural) <= pdf.epw:
        return [w * pdf.epw / sum(natural) for w in natural]
    fixed = sum(m for m, text in zip(minimum, is_text, strict=True) if not text)
    flexible = sum(w for w, text in zip(natural, is_text, strict=True) if text)
    room = pdf.epw - fixed
    if not flexible or room <= 0:
        return [m * pdf.epw / sum(minimum) for m in minimum]
    widths = [
        w * room / flexible if text else m for w, m, text in zip(natural, minimum, is_text, strict=True)
    ]
    return [max(w, m) if text else w for w, m, text in zip(widths, minimum, is_text, strict=True)]


LINE_HEIGHT = 5.5  # mm, 9 pt table text
PADDING = 1.0  # mm around a cell's text
HEADING_FILL = 235  # grey


def _table(pdf: FPDF, table: DocumentTable) -> None:
    """A ruled table whose heading row is repeated on every page.

    Laid out here rather than with fpdf2's `pdf.table`, which runs its line breaker over
    every cell twice (1.6 s for the 4,600 cells of the national bulletin): texts are wrapped
    at any character, as Chinese is, from the font's character widths, and each line is
    written as one cell."""
    if not table.rows:
        pdf.set_font("serif", size=14)
        _indented(pdf, table.empty_text, 9)
        return
    if table.note:
        pdf.set_font("serif", size=11)
        _indented(pdf, table.note, 7)
    widths = _column_widths(pdf, table)
    heading = [column.label for column in table.columns]
    margin, pdf.c_margin = pdf.c_margin, 0  # the padding is ours
    _heading_row(pdf, heading, widths)
    for values in table.rows:
        kinds = [cell_kind(table, index, value) for index, value in enumerate(values)]
        texts = [cell_text(value, kind) for value, kind in zip(values, kinds, strict=True)]
        aligns = [Align.L if kind == "text" else Align.C for kind in kinds]
        lines = _wrapped(pdf, texts, widths)
        height = max(len(cell) for cell in lines) * LINE_HEIGHT + 2 * PADDING
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
            _heading_row(pdf, heading, widths)
        _row(pdf, lines, widths, aligns, height)
    pdf.c_margin = margin
    pdf.ln(3)


def _wrapped(pdf: FPDF, texts: list[str], widths: list[float]) -> list[list[str]]:
    """Each text as the lines it takes in its column, in the current font."""
    width = _measure(pdf)
    cells = []
    for text, column in zip(texts, widths, strict=True):
        room = column - 2 * PADDING
        if width(text) <= room and "\n" not in text:
            cells.append([text])  # nearly every cell
            continue
        cells.append([line for paragraph in text.split("\n") for line in break_lines(paragraph, room, width)])
    return cells


def _heading_row(pdf: FPDF, texts: list[str], widths: list[float]) -> None:
    pdf.set_font("sans", "B", 9)
    lines = _wrapped(pdf, texts, widths)
    height = max(len(cell) for cell in lines) * LINE_HEIGHT + 2 * PADDING
    # The heading with at least one row under it, or on the next page: cell by cell, fpdf2
    # would break the page in the middle of the heading row.
    if pdf.get_y() + height + LINE_HEIGHT + 2 * PADDING > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_fill_color(HEADING_FILL)
    _row(pdf, lines, widths, [Align.C] * len(texts), height, fill=True)
    pdf.set_fill_color(255)
    pdf.set_font("serif", size=9)


def _row(
    pdf: FPDF,
    cells: list[list[str]],
    widths: list[float],
    aligns: list[Align],
    height: float,
    *,
    fill: bool = False,
) -> None:
    """One row of ruled cells, each text centred vertically; the cursor goes to the next row."""
    x, y = pdf.l_margin, pdf.get_y()
    for lines, width, align in zip(cells, widths, aligns, strict=True):
        pdf.rect(x, y, width, height, style="DF" if fill else "D")
        top = y + (height - len(lines) * LINE_HEIGHT) / 2
        for number, line in enumerate(lines):
            pdf.set_xy(x + PADDING, top + number * LINE_HEIGHT)
            pdf.cell(width - 2 * PADDING, LINE_HEIGHT, line, align=align)
        x += width
    pdf.set_xy(pdf.l_margin, y + height)
