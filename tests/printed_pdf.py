"""Word test documents printed to PDF the way offices publish them: LibreOffice's PDF export
of the .docx, its tables ruled as Word's default table style draws them (python-docx builds
tables without borders; a table in an office's Word file has them, and the PDF reader finds a
table by its rules)."""

from __future__ import annotations

import io

import docx

from tests.plan_layouts import _convert


def printed(docx_bytes: bytes) -> bytes:
    document = docx.Document(io.BytesIO(docx_bytes))
    for table in document.tables:
        table.style = "Table Grid"
    buffer = io.BytesIO()
    document.save(buffer)
    return _convert(buffer.getvalue(), ".docx", "pdf")
