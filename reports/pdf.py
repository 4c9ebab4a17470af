"""The bulletin as a PDF with the same content as the Word file.

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
from fpdf.fonts import FontFace as Style

from reports.bulletin import Bulletin, DocumentTable, bulletin_tables, cell_kind, cell_text, document_table
from reports.fonts import find_cjk_fonts, truetype_subset

CHINESE_NUMBERS = "一二三四五六七八九十"
# multi_cell wraps Chinese at any character and leaves the cursor at the next line's start.
LINE = {"wrapmode": WrapMode.CHAR, "new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
RED = (192, 0, 0)
log = logging.getLogger(__name__)
ALWAYS = string.digits + string.ascii_letters + string.punctuation + "—（）：；，。、“”％↑↓·"


@dataclass
class Block:
    kind: str  # title | issue | header | rule | scope | heading | text | caption | table | annex_note | break
    text: str = ""
    table: DocumentTable | None = None


def bulletin_blocks(bulletin: Bulletin) -> list[Block]:
    """What the PDF prints, in order (mirrors reports/word.py)."""
    dispatch = bulletin.dispatch
    month = dispatch.month
    scope = f"统计月份：{month.year}年{month.month}月（与{dispatch.previous_month.month}月对比）"
    if bulletin.scope:
        scope += f"；{bulletin.scope}"
    blocks = [
        Block("title", bulletin.title),
        Block("issue", f"（{bulletin.issue}）"),
        Block("header", f"{bulletin.office}\t{cell_text(bulletin.issued_on, 'date')}"),
        Block("rule"),
        Block("scope", f"（{scope}）"),
    ]
    tables = [document_table(t) for t in bulletin_tables(dispatch) if t.in_document]
    body = [t for t in tables if not t.table.annex]
    annex = [t for t in tables if t.table.annex]
    sections = [("总体情况", [body[0]], True), ("各牵头单位整改完成情况排名", body[1:3], False)]
    sections += [("月调度报送情况", body[3:4], False), ("本月变化明细", body[4:], False)]
    for number, (heading, parts, with_narrative) in enumerate(sections):
        blocks.append(Block("heading", f"{CHINESE_NUMBERS[number]}、{heading}"))
        if with_narrative:
            blocks += [Block("text", text) for text in bulletin.paragraphs]
        for table in parts:
            if len(parts) > 1 or not with_narrative:
                blocks.append(Block("caption", table.title))
            blocks.append(Block("table", table=table))
    if annex:
        blocks.append(Block("annex_note", f"附件：{annex[0].title}"))
        blocks += [Block("break"), Block("heading", "附件"), Block("caption", annex[0].title)]
        blocks.append(Block("table", table=annex[0]))
    return blocks


def _texts_by_font(blocks: list[Block]) -> dict[tuple[str, str, str], str]:
    """The characters each embedded font must hold: (family, style, role) → text."""
    serif, bold_serif, bold_sans = [ALWAYS], [ALWAYS], [ALWAYS]
    for block in blocks:
        serif.append(block.text)
        if block.kind == "title":
            bold_serif.append(block.text)
        if block.kind in ("heading", "caption"):
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
    def footer(self) -> None:
        self.set_y(-20)
        self.set_font("serif", size=12)
        self.cell(0, 8, f"— {self.page_no()} —", align=Align.C)


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
    with tempfile.TemporaryDirectory() as folder:
        for (family, style, role), text in _texts_by_font(blocks).items():
            data, missing = truetype_subset(faces[role], text)
            if missing:  # shown blank in the PDF: say which, so the font can be changed
                log.warning("字体 %s 缺少字形：%s", faces[role].path, "".join(sorted(missing)))
            path = Path(folder) / f"{family}{style}.ttf"
            path.write_bytes(data)
            pdf.add_font(family, style, str(path))
        # A character missing from the serif face is taken from the sans face.
        pdf.set_fallback_fonts(["sans"], exact_match=False)
        pdf.add_page()
        for block in blocks:
            _render(pdf, block)
        return bytes(pdf.output())


def _render(pdf: FPDF, block: Block) -> None:
    width = pdf.epw
    if block.kind == "title":
        pdf.set_font("serif", "B", 22)
        pdf.multi_cell(width, 12, block.text, align=Align.C, **LINE)
    elif block.kind == "issue":
        pdf.set_font("serif", size=16)
        pdf.multi_cell(width, 10, block.text, align=Align.C, **LINE)
        pdf.ln(4)
    elif block.kind == "header":
        office, issued = block.text.split("\t")
        pdf.set_font("serif", size=14)
        date_width = pdf.get_string_width(issued) + 2
        pdf.cell(width - date_width, 9, office)
        pdf.cell(date_width, 9, issued, align=Align.R, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif block.kind == "rule":
        pdf.set_draw_color(*RED)
        pdf.set_line_width(0.6)
        y = pdf.get_y() + 1.5
        pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
        pdf.set_draw_color(0)
        pdf.set_line_width(0.2)
        pdf.set_y(y + 5)
    elif block.kind == "scope":
        pdf.set_font("serif", size=12)
        pdf.multi_cell(width, 7, block.text, **LINE)
        pdf.ln(2)
    elif block.kind == "heading":
        _keep_with_next(pdf, 40)
        pdf.set_font("sans", "B", 15)
        pdf.ln(2)
        pdf.multi_cell(width, 10, block.text, **LINE)
    elif block.kind in ("text", "annex_note"):
        pdf.set_font("serif", size=14)
        if block.kind == "annex_note":
            pdf.ln(4)
        _indented(pdf, block.text, 9)
    elif block.kind == "caption":
        _keep_with_next(pdf, 30)
        pdf.set_font("sans", "B", 12)
        pdf.ln(2)
        pdf.multi_cell(width, 8, block.text, align=Align.C, **LINE)
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
    pdf.set_x(pdf.l_margin + 2 * pdf.font_size)
    pdf.write(height, text, wrapmode=WrapMode.CHAR)
    pdf.ln(height)


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


def _table(pdf: FPDF, table: DocumentTable) -> None:
    if not table.rows:
        pdf.set_font("serif", size=14)
        _indented(pdf, table.empty_text, 9)
        return
    if table.note:
        pdf.set_font("serif", size=11)
        _indented(pdf, table.note, 7)
    widths = _column_widths(pdf, table)
    pdf.set_font("serif", size=9)
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        text_align=Align.C,
        line_height=5.5,
        wrapmode=WrapMode.CHAR,
        headings_style=Style(family="sans", emphasis="BOLD", size_pt=9, fill_color=(235, 235, 235)),
        padding=1,
    ) as grid:
        header = grid.row()
        for column in table.columns:
            header.cell(column.label)
        for values in table.rows:
            row = grid.row()
            for index, value in enumerate(values):
                kind = cell_kind(table, index, value)
                align = Align.L if kind == "text" else Align.C
                row.cell(cell_text(value, kind), align=align)
    pdf.ln(3)
