"""Evidence files made by the tests: photos with and without EXIF, a bomb, PDFs, Word, Excel."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from openpyxl import Workbook
from PIL import ExifTags, Image, ImageDraw

# 韶山 (湘潭市), a point inside the fixture's 湘潭 regions; 保靖县 is about 300 km west.
SHAOSHAN = (27.915, 112.526)
BAOJING_POINT = (28.699, 109.660)


def photo(
    colour: str = "green",
    *,
    size: tuple[int, int] = (800, 600),
    taken: datetime | None = None,
    gps: tuple[float, float] | None = None,
    fmt: str = "JPEG",
    extra_tags: bool = True,
    text: str | None = None,
) -> bytes:
    """A photo with the EXIF a phone writes: make, model, software, owner, date, position."""
    image = Image.new("RGB", size, colour)
    if text:
        ImageDraw.Draw(image).text((20, 20), text, fill="white")
    exif = Image.Exif()
    if extra_tags:
        exif[ExifTags.Base.Make] = "TestPhone"
        exif[ExifTags.Base.Model] = "TP-1"
        exif[ExifTags.Base.Software] = "secret-software 1.0"
        exif[ExifTags.Base.Artist] = "张三"
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = "SN-123456"
    if taken:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        lat, lon = gps
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[ExifTags.GPS.GPSLatitudeRef] = "N"
        info[ExifTags.GPS.GPSLatitude] = _dms(lat)
        info[ExifTags.GPS.GPSLongitudeRef] = "E"
        info[ExifTags.GPS.GPSLongitude] = _dms(lon)
        info[ExifTags.GPS.GPSAltitude] = 120.5
    if fmt == "HEIF":  # as an iPhone writes it
        import pillow_heif

        pillow_heif.register_heif_opener()
    out = io.BytesIO()
    image.save(out, fmt, exif=exif.tobytes())
    return out.getvalue()


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    return float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 3)


def bomb_png(side: int = 12_000) -> bytes:
    """A PNG of a few kilobytes that declares side × side pixels (144 megapixels by default)."""
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, "PNG")
    return out.getvalue()


def pdf(text: str = "completion report") -> bytes:
    """A real one-page PDF (Pillow writes it)."""
    image = Image.new("RGB", (595, 842), "white")
    ImageDraw.Draw(image).text((50, 50), text, fill="black")
    out = io.BytesIO()
    image.save(out, "PDF")
    return out.getvalue()


def corrupt_pdf() -> bytes:
    """A PDF cut off after its header and a few objects: no cross-reference table, no pages."""
    return pdf()[:200]


def word(text: str = "整改完成情况报告") -> bytes:
    document = Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def excel() -> bytes:
    book = Workbook()
    book.active.append(["点位", "检测值"])
    book.active.append(["1号", 0.12])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
