"""The closure form (整改验收销号登记表) generated from the sign-off chain, as Word and PDF.

The text is `data_access.closure_chain.closure_form_content`. The layout follows the source
form of seed 000: the inspection's name, the title, the
implementing body and the application date over a two-column table — 披露/指出问题, 整改目标,
整改时限, 整改完成情况, then one row per level of the chain with its opinion, who signed and
the date (年 月 日 left blank while the step waits), and the public notice (where, from when
to when, objections). A step the batch's chain leaves out reads “（本批次不设此环节）”. The
content is the current round of the finding's latest application: the steps recorded since
it was last submitted.
"""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import FontFace as PdfFontFace

from data_access.access import Viewer
from data_access.closure_chain import BLANK_DATE, ClosureFormContent, closure_form_content, form_day
from reports.fonts import find_cjk_fonts, truetype_subset
from reports.word import set_font

TITLE = "指出问题整改验收销号登记表"
GENERATED = "由督察整改调度看板按销号审核记录生成"


def _header_line(content: ClosureFormContent) -> str:
    return f"整改实施主体：{content.implementing_body}（盖章）    申请时间：{form_day(content.applied_on)}"


# --- Word ---------------------------------------------------------------------------------------


def closure_form_docx_from(content: ClosureFormContent) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)

    def paragraph(text: str, font: str, size: float, *, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
        para = document.add_paragraph()
        para.alignment = align
        set_font(para.add_run(text), font, Pt(size), bold=bold)
        return para

    paragraph(content.batch_name, "黑体", 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(TITLE, "宋体", 20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(_header_line(content), "仿宋", 12)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, text in content.rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.0), Cm(12.0)
        set_font(cells[0].paragraphs[0].add_run(label), "黑体", Pt(12))
        lines = text.split("\n")
        first = cells[1].paragraphs[0]
        set_font(first.add_run(lines[0]), "仿宋", Pt(12))
        for line in lines[1:]:
            para = cells[1].add_paragraph()
            if line.startswith("（签字）") or line == BLANK_DATE or line.endswith("日"):
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_font(para.add_run(line), "仿宋", Pt(12))
    paragraph(f"审核状态：{content.state_label}（{GENERATED}）", "仿宋", 10)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def closure_form_docx(engine, viewer: Viewer, finding_id: int) -> bytes:
    """The closure form as .docx; raises LookupError when the finding has no application in
    the viewer's region."""
    content = closure_form_content(engine, viewer, finding_id)
    if content is None:
        raise LookupError("该问题没有销号申请，或不在您的管辖范围内。")
    return closure_form_docx_from(content)


# --- PDF ----------------------------------------------------------------------------------------


def closure_form_pdf_from(content: ClosureFormContent) -> bytes:
    faces = find_cjk_fonts()
    pdf = FPDF(format="A4")
    pdf.set_margins(left=22, top=22, right=22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(TITLE)
    pdf.set_creator("督察整改调度看板")
    footer = f"审核状态：{content.state_label}（{GENERATED}）"
    texts = "".join([content.batch_name, TITLE, _header_line(content), footer])
    texts += "".join(label + text for label, text in content.rows) + "0123456789年月日至：（）签字"
    with tempfile.TemporaryDirectory() as folder:
        for family, role in (("serif", "serif"), ("sans", "sans_bold")):
            data, _missing = truetype_subset(faces[role], texts)
            path = Path(folder) / f"{family}.ttf"
            path.write_bytes(data)
            pdf.add_font(family, "", str(path))
        pdf.add_page()
        pdf.set_font("sans", size=13)
        pdf.cell(0, 8, content.batch_name, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("serif", size=19)
        pdf.cell(0, 12, TITLE, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("serif", size=11)
        pdf.multi_cell(0, 7, _header_line(content), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        pdf.set_font("serif", size=11)
        with pdf.table(
            col_widths=(45, 121), text_align=("CENTER", "LEFT"), line_height=6.5, first_row_as_headings=False
        ) as table:
            for label, text in content.rows:
                row = table.row()
                row.cell(label, style=PdfFontFace(family="sans", size_pt=11))
                row.cell(text, style=PdfFontFace(family="serif", size_pt=11))
        pdf.ln(3)
        pdf.set_font("serif", size=9)
        pdf.multi_cell(0, 5, footer)
        return bytes(pdf.output())


def closure_form_pdf(engine, viewer: Viewer, finding_id: int) -> bytes:
    """The closure form as PDF (raises LookupError as closure_form_docx, and
    reports.fonts.FontNotFoundError without a Chinese font)."""
    content = closure_form_content(engine, viewer, finding_id)
    if content is None:
        raise LookupError("该问题没有销号申请，或不在您的管辖范围内。")
    return closure_form_pdf_from(content)
