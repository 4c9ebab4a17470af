"""The bulletin's file formats in one place: name → writer, file name suffix and MIME type.

The page (pages/dispatch.py) and `manage.py bulletin` choose a format here and nowhere else.
This module imports the writers (when one is used: python-docx, fpdf2 and openpyxl cost a
fresh `manage.py bulletin` process 0.5 s together); no writer imports it, so the dependency
runs one way: formats → word / pdf / excel → bulletin (the model).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from reports.bulletin import Bulletin
from reports.fonts import MISSING_FONT_MESSAGE, cjk_font_available


@dataclass(frozen=True)
class BulletinFormat:
    name: str  # docx | pdf | xlsx: also the file name suffix
    label: str  # the download button says 下载{label}
    mime: str
    writer: str  # "module:function", imported when the format is written
    needs_cjk_font: bool = False  # the PDF embeds a Chinese font found on the machine

    def write(self, bulletin: Bulletin) -> bytes:
        module, function = self.writer.split(":")
        return getattr(importlib.import_module(module), function)(bulletin)

    def file_name(self, bulletin: Bulletin) -> str:
        return f"{bulletin.full_title}.{self.name}"

    def unavailable(self) -> str | None:
        """Why this machine cannot write the format (a Chinese message), or None."""
        return MISSING_FONT_MESSAGE if self.needs_cjk_font and not cjk_font_available() else None


OOXML = "application/vnd.openxmlformats-officedocument"
FORMATS: dict[str, BulletinFormat] = {
    f.name: f
    for f in (
        BulletinFormat("docx", "Word", f"{OOXML}.wordprocessingml.document", "reports.word:bulletin_docx"),
        BulletinFormat("pdf", "PDF", "application/pdf", "reports.pdf:bulletin_pdf", needs_cjk_font=True),
        BulletinFormat("xlsx", "Excel", f"{OOXML}.spreadsheetml.sheet", "reports.excel:bulletin_xlsx"),
    )
}
FORMAT_NAMES = "、".join(FORMATS)  # docx、pdf、xlsx (for messages)


def bulletin_format(name: str) -> BulletinFormat:
    """The format called `name`; a Chinese ValueError for any other name."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"不支持的格式：{name}（可选 {FORMAT_NAMES}）") from None


def build_bulletin(bulletin: Bulletin, fmt: str) -> bytes:
    """The bulletin file in `fmt` (docx, pdf or xlsx)."""
    return bulletin_format(fmt).write(bulletin)
