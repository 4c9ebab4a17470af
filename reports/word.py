"""The bulletin as a Word document in the layout of an official document (GB/T 9704-2012):
the red issuing-office mark, the document number over a red rule, the title, 主送, the body,
附件说明, the signature over the date, the annex, the 版记 (抄送, 印发) at the foot of the last
page and page numbers “— 1 —” on the outer side of each page.

Line breaking is left to Word / LibreOffice / WPS with the East Asian rules switched on
(w:kinsoku, w:overflowPunct, and the document's lists of characters that may not start or
end a line); the numbers of the body text carry word joiners so that 2023年6月30日 or 11个
stays on one line (reports/linebreak.py).

Fonts are named as Word and WPS know them and set for East Asian text (w:eastAsia), so the
Chinese is not shown in a Latin fallback: 仿宋 for the body, 黑体 for headings, 宋体 (bold)
for the title, 楷体 for the issue line. Latin letters and digits use Times New Roman.
"""

from __future__ import annotations

import math
from copy import deepcopy
from io import BytesIO
from itertools import pairwise

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

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
from reports.linebreak import NO_LINE_END, NO_LINE_START, NUMBER, glue_numbers

NUMBER_SUFFIXES = "年月日个项天期号%％‰℃"  # never at the start of a line in Word (see below)

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TITLE_FONT = "宋体"
ISSUE_FONT = "楷体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(16)  # 三号
TABLE_SIZE = Pt(10.5)  # 五号
RED = RGBColor(0xE6, 0x00, 0x12)  # the issuing-office mark and its rule
PAGE_WIDTH_CM, LEFT_MARGIN_CM, RIGHT_MARGIN_CM = 21.0, 2.8, 2.6  # A4, GB/T 9704
TEXT_WIDTH_CM = PAGE_WIDTH_CM - LEFT_MARGIN_CM - RIGHT_MARGIN_CM
PAGE_HEIGHT_CM, BOTTOM_MARGIN_CM = 29.7, 3.5  # the text area ends 35 mm above the foot
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
    add_text(paragraph, text, font, size, bold=bold)
    return paragraph


def add_text(
    paragraph: Paragraph, text: str, font: str, size: Pt | None = None, *, bold: bool = False
) -> None:
    """`text` as runs of the paragraph, each number unit (2023年6月30日, 11个, 46.1%) in a run
    of its own that Word and LibreOffice do not break: word joiners for Word, and the Asian
    language of the run set to English for LibreOffice, whose Chinese line breaker breaks
    anywhere but at its forbidden characters and ignores word joiners (measured:
    docs/decisions.md, “Line breaking”)."""
    position = 0
    for match in NUMBER.finditer(text):
        unit = match.group()
        if not any(ord(char) >= 0x2E80 for char in unit):
            continue  # digits, points and % stay together in every line breaker
        if match.start() > position:
            set_font(paragraph.add_run(text[position : match.start()]), font, size, bold=bold)
        run = paragraph.add_run(glue_numbers(unit))
        set_font(run, font, size, bold=bold)
        _unbreakable(run)
        position = match.end()
    if position < len(text) or not text:
        set_font(paragraph.add_run(text[position:]), font, size, bold=bold)


def _unbreakable(run: Run) -> None:
    """LibreOffice breaks a run whose Asian language is Chinese at any character; as English
    it follows Unicode line breaking (UAX #14), which keeps a number and its word joiners."""
    language = OxmlElement("w:lang")
    language.set(qn("w:eastAsia"), "en-US")
    run._element.get_or_add_rPr().append(language)


def _rule(paragraph: Paragraph, *sides: tuple[str, int], color: str = "000000") -> None:
    """Lines above / below a paragraph (its borders): (side, width in eighths of a point)."""
    borders = OxmlElement("w:pBdr")
    for side, size in sides:
        line = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "4"), ("w:color", color)):
            line.set(qn(key), value)
        borders.append(line)
    # Schema order: pBdr comes before shd, tabs, spacing, ind, jc … in w:pPr.
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *PPR_AFTER_BORDER)


def _red_rule(paragraph: Paragraph) -> None:
    """The red line under the document number (a bottom border of the paragraph)."""
    _rule(paragraph, ("bottom", 12), color=str(RED))


def _east_asian_line_breaking(document) -> None:
    """Switch on the East Asian line-breaking rules for every paragraph (Normal style) and
    give the document the characters that may not start or end a Chinese line, so that
    Word, WPS and LibreOffice never start a line with ，。）% … nor end one with （“."""
    properties = document.styles["Normal"].element.get_or_add_pPr()
    # No extra space between Chinese and digits (w:autoSpaceDE/DN off): the body reads as the
    # PDF and as printed documents do, “共76个”, not “共 76 个”.
    for tag, value in (
        ("w:kinsoku", "1"),
        ("w:overflowPunct", "1"),
        ("w:autoSpaceDE", "0"),
        ("w:autoSpaceDN", "0"),
    ):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        properties.insert_element_before(element, *PPR_AFTER_BORDER[PPR_AFTER_BORDER.index(tag) + 1 :])
    settings = document.settings.element
    # LibreOffice's Chinese line breaker ignores the word joiners; the characters attached to
    # a number (年月日个天% …) in the "not at the start of a line" list keep 3个 and
    # 2025年12月 together there too, at the cost of never starting a line with 年 or 个.
    no_start = NO_LINE_START | set(NUMBER_SUFFIXES)
    for tag, characters in (("w:noLineBreaksAfter", NO_LINE_END), ("w:noLineBreaksBefore", no_start)):
        element = OxmlElement(tag)
        element.set(qn("w:lang"), "zh-CN")
        element.set(qn("w:val"), "".join(sorted(characters)))
        # Schema order in w:settings: both lists come right before w:savePreviewPicture …
        # w:compat; python-docx's template has w:compat, so they go before it.
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(element)
        else:
            settings.append(element)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _page_number_footer(footer, align) -> None:
    """“— 1 —” in 4号 (14 pt), one character in from the outer edge (GB/T 9704 7.5)."""
    paragraph = footer.paragraphs[0]
    paragraph.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = Pt(14)
    else:
        paragraph.paragraph_format.left_indent = Pt(14)
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
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(BOTTOM_MARGIN_CM)
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
    spacing.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # 两端对齐, as official documents are set
    _east_asian_line_breaking(document)
    # Odd pages numbered on the right, even ones on the left, as printed back to back.
    document.settings.odd_and_even_pages_header_footer = True
    _page_number_footer(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number_footer(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def _text_width(text: str) -> float:
    """Width in em of the table font: a Chinese character is one em, a digit or letter half,
    and a quarter em where Chinese meets a digit or letter (the space Word, WPS and
    LibreOffice add there), so that a date column is as wide as its dates."""
    wide = [ord(char) > 0x2E7F for char in text]
    gaps = sum(1 for before, after in pairwise(wide) if before != after)
    return sum(1.0 if w else 0.6 for w in wide) + 0.25 * gaps


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
            run = paragraph.add_run(text)
            set_font(run, BODY_FONT, TABLE_SIZE)
            if kind != "text":  # a date, a count, a percentage: never split in its cell
                _unbreakable(run)
        built[kinds] = deepcopy(new_row._tr)


def _signature(document, office: str, issued: str) -> None:
    """发文机关署名 over 成文日期: the date two characters in from the right, the office
    centred over it, or as far right as the date when longer (GB/T 9704 7.3.5.2)."""
    for _ in range(3):  # room for the seal
        _paragraph(document, "")
    em = BODY_SIZE.pt
    office_width, date_width = _text_width(office), _text_width(issued)
    extra = (date_width - office_width) / 2 if office_width < date_width else 0.0
    for text, indent in ((office, 2 + extra), (issued, 2.0)):
        paragraph = _paragraph(document, text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        paragraph.paragraph_format.right_indent = Pt(em * indent)
        paragraph.paragraph_format.keep_with_next = text == office


# 版记 in a text box anchored to the foot of the text area: LibreOffice (7.4) drops a w:framePr
# frame whose paragraphs have borders, and the 版记's rules are paragraph borders. Placed from
# the top of the page (not aligned to the margin's bottom): LibreOffice ends the text area of
# the unnumbered back page lower than the numbered pages'.
_FOOT_BOX = """<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{top}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="版记"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent/></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b"
 anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor>"""
EMU_PER_PT = 12700


def _at_page_foot(document, paragraphs: list[Paragraph], height_pt: float) -> None:
    """Move `paragraphs` into a text box as wide as the text, anchored to the foot of the text
    area of the page where the document ends (the last page), body text kept above it. The
    box is `height_pt` high with its text set at its foot, so a generous height only leaves
    room above the first rule."""
    anchor = document.add_paragraph()
    anchor.paragraph_format.line_spacing = Pt(1)  # the anchor line adds no page of its own
    box = parse_xml(
        _FOOT_BOX.format(
            cx=round(TEXT_WIDTH_CM / 2.54 * 72 * EMU_PER_PT),
            cy=round(height_pt * EMU_PER_PT),
            top=round((PAGE_HEIGHT_CM - BOTTOM_MARGIN_CM) / 2.54 * 72 * EMU_PER_PT - height_pt * EMU_PER_PT),
            shape_id=1001,
        )
    )
    content = box.find(".//" + qn("w:txbxContent"))
    for paragraph in paragraphs:
        content.append(paragraph._p)  # moved out of the body
    anchor.add_run()._r.append(_drawing(box))


def _drawing(anchor_element):
    drawing = OxmlElement("w:drawing")
    drawing.append(anchor_element)
    return drawing


def _imprint(document, cc_line: str, office: str, issued: str) -> None:
    """版记: 抄送 between a thick and a thin rule, then the issuing office and the 印发 date,
    closed by a thick rule (GB/T 9704 7.4), in 4号 (14 pt) one character in from each side,
    at the foot of the last page (`_at_page_foot`)."""
    size = Pt(14)
    # The office one character in from the left, the date from the right; a long office name
    # is set smaller rather than run into the date.
    room = TEXT_WIDTH_CM / 2.54 * 72 - 4 * size.pt  # in points: margins and a gap
    wanted = (_text_width(office) + _text_width(f"{issued}印发")) * size.pt
    if wanted > room:
        size = Pt(max(round(size.pt * room / wanted * 2) / 2, 9))
    printed = document.add_paragraph()
    printed.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM) - size, WD_TAB_ALIGNMENT.RIGHT)
    printed.paragraph_format.left_indent = size
    add_text(printed, f"{office}\t{issued}印发", BODY_FONT, size)
    parts = [printed]
    lines = 1
    if cc_line:
        cc = _paragraph(document, cc_line, BODY_FONT, Pt(14))
        # A second line starts under the first organ, after “抄送：” (GB/T 9704 7.4.2).
        cc.paragraph_format.left_indent = Pt(14 * 4)
        cc.paragraph_format.first_line_indent = Pt(-14 * 3)
        cc.paragraph_format.keep_with_next = True
        _rule(cc, ("top", 8), ("bottom", 4))
        _rule(printed, ("bottom", 8))
        parts.insert(0, cc)  # 抄送 above 印发
        per_line = (TEXT_WIDTH_CM / 2.54 * 72 - 14 * 4) / 14  # characters on a line after the indent
        lines += math.ceil((_text_width(cc_line) - 3) / per_line)
    else:
        _rule(printed, ("top", 8), ("bottom", 8))
    _back_page(document)
    # Lines of 28 pt, the rules with their 4 pt spacing, and a line to spare.
    _at_page_foot(document, parts, height_pt=(lines + 1) * 28 + 3 * 6)


def _back_page(document) -> None:
    """Start the 版记's page as a section of its own on an even page: printed back to back, a
    document ends on an even page (封四), the 版记 at its foot (GB/T 9704 7.4). Word and
    LibreOffice insert a blank page when the text ends on an even page; as the standard asks
    when there is one (7.5), neither that page nor the 版记's carries a page number. (Where
    the text ends is known only when Word lays the file out, so the 版记 always gets that
    back page of its own; the PDF, laid out here, shares the text's last page when it can.)"""
    back = document.add_section(WD_SECTION.EVEN_PAGE)
    # The paragraph that now closes the text's section: no line of its own, or a full last
    # page would spill onto a new one.
    closing = document.paragraphs[-1]
    closing.paragraph_format.line_spacing = Pt(1)
    closing.paragraph_format.space_before = closing.paragraph_format.space_after = Pt(0)
    for footer in (back.footer, back.even_page_footer):
        footer.is_linked_to_previous = False
        # No page number, but a footer line as high as one, so the text area (and the 版记 at
        # its foot) ends where it does on the numbered pages.
        set_font(footer.paragraphs[0].add_run("\u00a0"), BODY_FONT, Pt(14))


def _tight(paragraph: Paragraph) -> None:
    """Single line spacing inside table cells (the body uses a fixed 28 pt)."""
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    paragraph.paragraph_format.first_line_indent = Pt(0)


def bulletin_docx(bulletin: Bulletin) -> bytes:
    """The .docx file: header, summary, ranked tables, the overdue list as an annex."""
    document = Document()
    _setup(document)
    dispatch = bulletin.dispatch
    issued = cell_text(bulletin.issued_on, "date")
    # 发文机关标志: red, centred, as large as fits one line (at most 小初, 36 pt).
    mark_size = Pt(min(36.0, TEXT_WIDTH_CM / 2.54 * 72 / max(_text_width(bulletin.office), 1.0)))
    # 宋体 bold rather than 方正小标宋简体, which many machines lack (docs/decisions.md).
    mark = _paragraph(
        document, bulletin.office, TITLE_FONT, mark_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    for run in mark.runs:
        run.font.color.rgb = RED
    mark.paragraph_format.line_spacing = Pt(max(mark_size.pt * 1.3, 28))
    mark.paragraph_format.space_after = Pt(28)
    number = _paragraph(document, bulletin.doc_number, align=WD_ALIGN_PARAGRAPH.CENTER)
    _red_rule(number)
    _paragraph(document, "")
    title = _paragraph(
        document, bulletin.title, TITLE_FONT, Pt(22), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    title.paragraph_format.line_spacing = Pt(36)
    _paragraph(document, f"（{bulletin.issue}）", ISSUE_FONT, BODY_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, "")
    _paragraph(document, bulletin.recipients_line)
    month = dispatch.month
    scope = f"统计月份：{month.year}年{month.month}月（与{dispatch.previous_month.month}月对比）"
    if bulletin.scope:
        scope += f"；{bulletin.scope}"
    _paragraph(document, f"（{scope}）", ISSUE_FONT, Pt(14), indent=True)

    tables = bulletin_tables(dispatch, part="document")
    body = [document_table(t) for t in tables if t.in_document and not t.annex]
    annexes = document_annexes(dispatch, tables)
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
    if annexes:
        _paragraph(document, "")
        for line in annex_lines(annexes):
            _paragraph(document, line, BODY_FONT, BODY_SIZE, indent=True)
    _signature(document, bulletin.office, issued)
    for number, annex in enumerate(annexes, start=1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _paragraph(document, "附件" if len(annexes) == 1 else f"附件{number}", HEADING_FONT, BODY_SIZE)
        _paragraph(document, annex.title, TITLE_FONT, Pt(18), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _table(document, annex)
    _imprint(document, bulletin.cc_line, bulletin.office, issued)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
