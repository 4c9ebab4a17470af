"""Test documents printed to PDF the way offices publish them, by LibreOffice's PDF export.

A Word file's tables are ruled as Word's default table style draws them (python-docx builds
tables without borders; a table in an office's Word file has them, and the PDF reader finds a
table by its rules). A text document is set as an official notice (公文): title centred, body in
a 16 pt Chinese serif, justified, each paragraph's first line indented two characters — so long
titles and paragraphs wrap, and Word's room between Chinese and Latin text shows.
"""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.plan_layouts import _convert

NOTICE_FONT = "Noto Serif CJK SC"  # Debian's fonts-noto-cjk, which the test setup installs


def printed(docx_bytes: bytes) -> bytes:
    document = docx.Document(io.BytesIO(docx_bytes))
    for table in document.tables:
        table.style = "Table Grid"
    buffer = io.BytesIO()
    document.save(buffer)
    return _convert(buffer.getvalue(), ".docx", "pdf")


def printed_unruled(docx_bytes: bytes) -> bytes:
    """The document printed with its tables' borders removed, as an Excel sheet without
    gridlines or a web page's table prints: the columns show only by the room between them."""
    document = docx.Document(io.BytesIO(docx_bytes))
    for table in document.tables:
        table.style = document.styles["Normal Table"]
    buffer = io.BytesIO()
    document.save(buffer)
    return _convert(buffer.getvalue(), ".docx", "pdf")


def printed_notice(text: str) -> bytes:
    document = docx.Document()
    for number, line in enumerate(text.splitlines()):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(16)
        run.font.name = NOTICE_FONT
        run._element.rPr.rFonts.set(qn("w:eastAsia"), NOTICE_FONT)
        if number == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Pt(32)
    buffer = io.BytesIO()
    document.save(buffer)
    return _convert(buffer.getvalue(), ".docx", "pdf")


def copied_from_pdf(pdf: bytes) -> str | None:
    """The text a reader gets by selecting all of a PDF and copying it (poppler's text in the
    order the PDF writes it: a form's cells each a space from the next, a cell's lines wrapped
    where the cell ends); None where poppler's pdftotext is not installed."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        return None
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def is_label_form(docx_bytes: bytes) -> bool:
    """Whether every table of a Word file is a form of labels and values (two or four columns,
    at least half the first column's cells a label the vocabulary knows): the files a reader
    copies out of their PDF as `label value` lines."""
    from intake.plan_parser import _cell_label
    from intake.words import classify_label

    document = docx.Document(io.BytesIO(docx_bytes))
    if not document.tables:
        return False
    for table in document.tables:
        firsts = [row.cells[0].text.strip() for row in table.rows if row.cells]
        labels = [text for text in firsts if text and (_cell_label(text) or classify_label(text))]
        if len(table.columns) not in (2, 4) or len(firsts) < 3 or len(labels) < 0.5 * len(firsts):
            return False
    return True
