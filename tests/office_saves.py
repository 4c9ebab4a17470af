"""Test documents saved the other ways offices keep a Word file, by LibreOffice.

An office that never moved to .docx keeps Word 97-2003 files (.doc); a document system's
“export” or Word's “save as web page” gives HTML, often under a .doc name. The import reads both
(.doc through LibreOffice, HTML by `intake.document_html`); these give the corpus's Word files in
those forms, to be scored against the same expectations (benchmark `--legacy-doc`, `--web-page`).
"""

from __future__ import annotations

import io

import docx

from tests.plan_layouts import _convert


def _ending_in_a_paragraph(docx_bytes: bytes) -> bytes:
    """Word ends every document with a paragraph; python-docx ends a table-only one with the
    table, which LibreOffice's .doc writer then drops (the table's text comes out as lines)."""
    document = docx.Document(io.BytesIO(docx_bytes))
    document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def saved_as_doc(docx_bytes: bytes) -> bytes:
    return _convert(_ending_in_a_paragraph(docx_bytes), ".docx", "doc:MS Word 97")


def saved_as_web_page(docx_bytes: bytes) -> bytes:
    """The HTML page LibreOffice writes (numbered lists as <ol>, its source wrapped at spaces)."""
    return _convert(docx_bytes, ".docx", "html:HTML (StarWriter)")


def saved_as_odt(docx_bytes: bytes) -> bytes:
    return _convert(_ending_in_a_paragraph(docx_bytes), ".docx", "odt")


def saved_as_ods(xlsx_bytes: bytes) -> bytes:
    return _convert(xlsx_bytes, ".xlsx", "ods")
