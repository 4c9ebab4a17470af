"""The bulletin as a Word document in the layout of a government bulletin (GB/T 9704 style).

Fonts are named as Word and WPS know them and set for East Asian text (w:eastAsia), so the
Chinese is not shown in a Latin fallback: 仿宋 for the body, 黑体 for headings, 宋体 (bold)
for the title, 楷体 for the issue line. Latin letters and digits use Times New Roman.
"""

from __future__ import annotations

from copy import deepcopy
from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from reports.bulletin import Bulletin, DocumentTable, bulletin_tables, cell_kind, cell_text, document_table

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TITLE_FONT = "宋体"
ISSUE_FONT = "楷体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(16)  # 三号
TABLE_SIZE = Pt(10.5)  # 五号
RED = RGBColor(0xC0, 0x00, 0x00)
PAGE_WIDTH_CM, LEFT_MARGIN_CM, RIGHT_MARGIN_CM = 21.0, 2.8, 2.6  # A4, GB/T 9704
TEXT_WIDTH_CM = PAGE_WIDTH_CM - LEFT_MARGIN_CM - RIGHT_MARGIN_CM
PADDING_EM = 1.6  # cell margins, in ems of the table font
CHINESE_NUMBERS = "一二三四五六七八九十"
PPR_AFTER_BORDER = (  # children of w:pPr that come after w:pBdr in the schema
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def set_font(run: Run, east_asian: str, size: Pt | None = None, *, bold: bool = False) -> None:
    """Font for Chinese (w:eastAsia) and for Latin text on one run."""
    run.font.name = LATIN_FONT
    run.font.bold = bold
    if size is not None:
        run.font.size = size
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


def _paragraph(
    document,
    text: str,
    font: str = BODY_FONT,
    size: Pt = BODY_SIZE,
    *,
    bold: bool = False,
    align=None,
    indent: bool = False,
) -> Paragraph:
    paragraph = document.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(size.pt * 2)  # two characters
    set_font(paragraph.add_run(text), font, size, bold=bold)
    return paragraph


def _red_rule(paragraph: Paragraph) -> None:
    """The red line under the header (a bottom border of the paragraph)."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "4"), ("w:color", str(RED))):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # Schema order: pBdr comes before shd, tabs, spacing, ind, jc … in w:pPr.
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *PPR_AFTER_BORDER)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _page_number_footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(paragraph.add_run("— "), BODY_FONT, Pt(14))
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = paragraph.add_run()
        set_font(run, BODY_FONT, Pt(14))
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    set_font(paragraph.add_run(" —"), BODY_FONT, Pt(14))


def _setup(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(LEFT_MARGIN_CM), Cm(RIGHT_MARGIN_CM)
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = BODY_SIZE
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), BODY_FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(language)
    spacing = normal.paragraph_format
    spacing.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    spacing.line_spacing = Pt(28)
    spacing.space_before = spacing.space_after = Pt(0)
    _page_number_footer(section)


def _text_width(text: str) -> float:
    """Width in em of the table font: a Chinese character is one em, a digit or letter half."""
    return sum(1.0 if ord(char) > 0x2E7F else 0.6 for char in text)


def _column_widths(table: DocumentTable, total_cm: float) -> list[float]:
    """Number columns as wide as their longest entry (headings may take two lines); text
    columns share the rest in proportion to their longest entry, at least three characters."""
    em = TABLE_SIZE.pt / 72 * 2.54  # one em in cm
    natural, minimum, is_text = [], [], []
    for index, column in enumerate(table.columns):
        kinds = {cell_kind(table, index, row[index]) for row in table.rows} or {column.kind}
        longest = max(
            _text_width(cell_text(row[index], cell_kind(table, index, row[index]))) for row in table.rows
        )
        label = _text_width(column.label)
        text = "text" in kinds
        is_text.append(text)
        natural.append((min(max(longest, label), 24.0) + PADDING_EM) * em)
        minimum.append((3 if text else max(longest, label / 2, 2)) * em + PADDING_EM * em)
    if sum(natural) <= total_cm:
        return [w * total_cm / sum(natural) for w in natural]
    fixed = sum(m for m, text in zip(minimum, is_text, strict=True) if not text)
    flexible = sum(w for w, text in zip(natural, is_text, strict=True) if text)
    room = total_cm - fixed
    if not flexible or room <= 0:
        return [m * total_cm / sum(minimum) for m in minimum]
    widths = [
        max(w * room / flexible, m) if text else m
        for w, m, text in zip(natural, minimum, is_text, strict=True)
    ]
    excess = sum(widths) - total_cm
    if excess > 0:  # text columns give up the room (they wrap); numbers keep theirs
        text_total = sum(w for w, text in zip(widths, is_text, strict=True) if text)
        if text_total - excess >= 2 * em * is_text.count(True):
            widths = [
                w - excess * w / text_total if text else w for w, text in zip(widths, is_text, strict=True)
            ]
    return [w * total_cm / sum(widths) for w in widths]  # never wider than the page


def _table(document, table: DocumentTable) -> None:
    if not table.rows:
        _paragraph(document, table.empty_text, indent=True)
        return
    if table.note:
        _paragraph(document, table.note, BODY_FONT, Pt(12), indent=True)
    widths = [Cm(width) for width in _column_widths(table, TEXT_WIDTH_CM)]
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width  # w:gridCol (LibreOffice and WPS read this)
    for cell, column, width in zip(grid.rows[0].cells, table.columns, widths, strict=True):
        cell.text = ""
        cell.width = width  # w:tcW (Word reads this)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _tight(paragraph)
        set_font(paragraph.add_run(column.label), HEADING_FONT, TABLE_SIZE)
    _repeat_header(grid.rows[0])
    # A row is built with python-docx once per combination of cell kinds; the following rows
    # of that shape are copies of its XML with the texts replaced (python-docx takes about a
    # millisecond a row, a copy a tenth of that: the national bulletin prints 656 rows).
    built: dict[tuple[str, ...], object] = {}
    for values in table.rows:
        kinds = tuple(cell_kind(table, index, value) for index, value in enumerate(values))
        texts = [cell_text(value, kind) for value, kind in zip(values, kinds, strict=True)]
        model = built.get(kinds)
        if model is not None:
            row = deepcopy(model)
            grid._tbl.append(row)
            for tc, text in zip(row.tc_lst, texts, strict=True):
                run = tc.p_lst[0].r_lst[0]
                Run(run, grid).text = text
            continue
        new_row = grid.add_row()
        for cell, kind, text, width in zip(new_row.cells, kinds, texts, widths, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if kind == "text" else WD_ALIGN_PARAGRAPH.CENTER
            _tight(paragraph)
            set_font(paragraph.add_run(text), BODY_FONT, TABLE_SIZE)
        built[kinds] = deepcopy(new_row._tr)


def _tight(paragraph: Paragraph) -> None:
    """Single line spacing inside table cells (the body uses a fixed 28 pt)."""
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    paragraph.paragraph_format.first_line_indent = Pt(0)


def bulletin_docx(bulletin: Bulletin) -> bytes:
    """The .docx file: header, summary, ranked tables, the overdue list as an annex."""
    document = Document()
    _setup(document)
    dispatch = bulletin.dispatch
    _paragraph(document, bulletin.title, TITLE_FONT, Pt(22), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, f"（{bulletin.issue}）", ISSUE_FONT, BODY_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER)
    header = document.add_paragraph()
    header.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    set_font(header.add_run(f"{bulletin.office}\t{cell_text(bulletin.issued_on, 'date')}"), BODY_FONT, Pt(14))
    _red_rule(header)
    _paragraph(document, "")
    month = dispatch.month
    scope = f"统计月份：{month.year}年{month.month}月（与{dispatch.previous_month.month}月对比）"
    if bulletin.scope:
        scope += f"；{bulletin.scope}"
    _paragraph(document, f"（{scope}）", ISSUE_FONT, Pt(14), indent=True)

    tables = [document_table(t) for t in bulletin_tables(dispatch) if t.in_document]
    body = [t for t in tables if not t.table.annex]
    annex = [t for t in tables if t.table.annex]
    sections = [("总体情况", [body[0]], True), ("各牵头单位整改完成情况排名", body[1:3], False)]
    sections += [("月调度报送情况", body[3:4], False), ("本月变化明细", body[4:5], False)]
    sections += [("指标目标进展", body[5:], False)]
    for number, (heading, parts, with_narrative) in enumerate(sections):
        _paragraph(document, f"{CHINESE_NUMBERS[number]}、{heading}", HEADING_FONT, BODY_SIZE, indent=True)
        if with_narrative:
            for text in bulletin.paragraphs:
                _paragraph(document, text, indent=True)
        for table in parts:
            if len(parts) > 1 or not with_narrative:
                caption = _paragraph(
                    document, table.title, HEADING_FONT, Pt(12), align=WD_ALIGN_PARAGRAPH.CENTER
                )
                caption.paragraph_format.space_before = Pt(6)
            _table(document, table)
    if annex:
        _paragraph(document, "")
        _paragraph(document, f"附件：{annex[0].title}", BODY_FONT, BODY_SIZE, indent=True)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _paragraph(document, "附件", HEADING_FONT, BODY_SIZE)
        _paragraph(document, annex[0].title, TITLE_FONT, Pt(18), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _table(document, annex[0])
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
