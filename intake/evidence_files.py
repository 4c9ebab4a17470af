"""Evidence files (佐证材料) checked before anything is stored: photographs, PDF, Word, Excel.

The type comes from the bytes, never from the name: a `.jpg` that is really an executable is
refused, a PDF named `.jpg` is a PDF. Photographs are decoded and encoded again, which drops
anything hidden in them; of their metadata only the date taken and the GPS position survive
(read first, so the form can offer them). An image whose header promises more pixels than a
camera takes is refused before it is decoded (a decompression bomb: a 100 KB PNG can unpack
to gigabytes). A PDF must open in PDFium (the engine of Chrome's viewer); a Word or Excel file
must pass the zip-bomb bounds of `intake.archives` and open in python-docx or openpyxl.

Every refusal is an `EvidenceRejected` whose message names the file and says what is wrong,
in Chinese.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePosixPath, PureWindowsPath

from intake.archives import unpacked_problem

# 80 megapixels: above a phone's or camera's ordinary output (a 48 MP phone photo is
# 8000 × 6000), below Pillow's own warning limit (89 MP), far below what a bomb declares.
MAX_PIXELS = 80_000_000
THUMBNAIL_EDGE = 320  # px, the longer side
# The stored photo's longer side at most: 4096 px still shows a site's detail when zoomed
# (a 4K screen), and keeps a 48 MP phone photo at about 2-4 MB instead of 10-20.
STORED_EDGE = 4096
PHOTO_QUALITY = 88
MAX_NAME = 200
# A real .docx/.xlsx unpacks to a few times its size; 20 times the file or 100 MB stops a bomb.
UNPACK_FACTOR = 20
MIN_UNPACK_BYTES = 100 * 1024 * 1024
HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}


class EvidenceRejected(ValueError):
    """The file is refused; the message names it and says why (Chinese)."""


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks, ready to store: `content` is what is kept."""

    name: str  # the original name, cleaned (no folders), its extension matching the content
    kind: str  # photo | pdf | word | excel
    mime: str
    content: bytes
    thumbnail: bytes | None  # a JPEG, made once here (photos and PDFs)
    taken_at: datetime | None = None  # photos: EXIF DateTimeOriginal
    lat: float | None = None  # photos: EXIF GPS, WGS-84 as cameras record it
    lon: float | None = None
    pages: int | None = None  # PDFs
    note: str | None = None  # what was changed on the way (HEIC converted), Chinese


def clean_name(name: str) -> str:
    """The base name a browser sent (some send the whole Windows path), control characters out."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = "".join(ch for ch in base if ch.isprintable()).strip() or "未命名文件"
    if len(base) > MAX_NAME:
        stem, dot, suffix = base.rpartition(".")
        base = (
            (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix)
            if dot and len(suffix) < 10
            else base[:MAX_NAME]
        )
    return base


def sniff(content: bytes) -> str | None:
    """The format the bytes are in: jpeg, png, heic, pdf, zip, ole, or None."""
    if content.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if content[4:8] == b"ftyp" and content[8:12] in HEIC_BRANDS:
        return "heic"
    if b"%PDF-" in content[:1024]:  # the header may follow a few bytes of junk (readers allow it)
        return "pdf"
    if content.startswith(b"PK\x03\x04"):
        return "zip"
    if content.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    return None


def check_evidence_file(name: str, content: bytes, *, max_bytes: int) -> CheckedFile:
    """The checked file to store, or EvidenceRejected with the reason."""
    name = clean_name(name)

    def refuse(problem: str) -> EvidenceRejected:
        return EvidenceRejected(f"文件“{name}”{problem}，未保存。")

    if not content:
        raise refuse("是空文件")
    if len(content) > max_bytes:
        raise refuse(f"大小为 {_mb(len(content))}，超过单个文件上限 {_mb(max_bytes)}")
    form = sniff(content)
    if form in ("jpeg", "png", "heic"):
        return _photo(name, content, form, refuse)
    if form == "pdf":
        return _pdf(name, content, refuse)
    if form == "zip":
        return _office(name, content, max_bytes, refuse)
    if form == "ole":
        raise refuse(
            "是旧版 Office 或 WPS 格式（.doc/.xls/.wps），无法核验内容；请另存为 .docx、.xlsx 或 PDF 后上传"
        )
    raise refuse(
        "的内容不是照片（JPEG、PNG、HEIC）、PDF、Word（.docx）或 Excel（.xlsx）"
        "（按文件内容识别，与扩展名无关）"
    )


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 100 * 1024 else f"{size / 1024:.0f} KB"


def _renamed(name: str, extension: str, also: tuple[str, ...] = ()) -> str:
    """The name with the extension of its real content (a PDF called x.jpg downloads as x.pdf)."""
    stem, dot, suffix = name.rpartition(".")
    if dot and f".{suffix.lower()}" in (extension, *also):
        return name
    return f"{stem if dot and stem else name}{extension}"


# --- photographs -----------------------------------------------------------------------------


def _photo(name: str, content: bytes, form: str, refuse) -> CheckedFile:
    from PIL import Image, ImageOps, UnidentifiedImageError

    if form == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it; here a warning is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content))
            width, height = image.size
            if width * height > MAX_PIXELS:
                limit = MAX_PIXELS // 1_000_000
                raise refuse(f"的图像尺寸为 {width}×{height} 像素，超过 {limit} 百万像素，可能是解压炸弹")
            exif = image.getexif()
            taken_at = _taken_at(exif)
            lat, lon = _gps(exif)
            image.load()
            upright = ImageOps.exif_transpose(image)
    except EvidenceRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise refuse(f"的图像像素数超过上限（{MAX_PIXELS // 1_000_000} 百万像素），可能是解压炸弹") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        raise refuse(f"无法作为图片打开（文件损坏或不完整：{type(error).__name__}）") from None
    notes = ["HEIC 照片已转换为 JPEG。"] if form == "heic" else []
    if max(upright.size) > STORED_EDGE:
        original = upright.size
        upright = upright.copy()
        upright.thumbnail((STORED_EDGE, STORED_EDGE), Image.Resampling.LANCZOS)  # keeps the aspect
        width, height = upright.size
        notes.append(f"照片尺寸 {original[0]}×{original[1]} 像素较大，已缩小为 {width}×{height} 像素保存。")
    kept = _kept_exif(taken_at, lat, lon)
    out = io.BytesIO()
    if form == "png":
        # Screenshots and scans of documents stay lossless; only pixels and the kept tags go in.
        if upright.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
            upright = upright.convert("RGBA")
        upright.save(out, "PNG", exif=kept)
        mime, extension, also = "image/png", ".png", ()
    else:
        if upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        upright.save(
            out,
            "JPEG",
            quality=PHOTO_QUALITY,
            exif=kept,
            icc_profile=image.info.get("icc_profile"),  # colours, not personal data
        )
        mime, extension, also = "image/jpeg", ".jpg", (".jpeg",)
    return CheckedFile(
        name=_renamed(name, extension, also),
        kind="photo",
        mime=mime,
        content=out.getvalue(),
        thumbnail=_thumbnail(upright),
        taken_at=taken_at,
        lat=lat,
        lon=lon,
        note="".join(notes) or None,
    )


def _thumbnail(image) -> bytes:
    thumb = image.copy()
    thumb.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE))
    if thumb.mode not in ("RGB", "L"):
        from PIL import Image

        background = Image.new("RGB", thumb.size, "white")  # transparent PNGs on white
        rgba = thumb.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        thumb = background
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=80)
    return out.getvalue()


def _taken_at(exif) -> datetime | None:
    from PIL import ExifTags

    raw = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal) or exif.get(
        ExifTags.Base.DateTime
    )
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw.strip().rstrip("\x00")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _gps(exif) -> tuple[float | None, float | None]:
    from PIL import ExifTags

    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    try:
        lat = _degrees(gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef), "S")
        lon = _degrees(gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None  # a camera without a fix writes zeros
    return round(lat, 7), round(lon, 7)


def _degrees(parts, ref, negative: str) -> float:
    degrees, minutes, seconds = (float(p) for p in parts)
    value = degrees + minutes / 60 + seconds / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    return -value if (ref or "").strip().upper() == negative else value


def _kept_exif(taken_at: datetime | None, lat: float | None, lon: float | None) -> bytes:
    """A fresh EXIF block with the date taken and the position only (no camera, owner, thumbnail)."""
    from PIL import ExifTags, Image

    exif = Image.Exif()
    if taken_at is not None:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken_at.strftime(
            "%Y:%m:%d %H:%M:%S"
        )
    if lat is not None and lon is not None:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps[ExifTags.GPS.GPSLatitudeRef] = "S" if lat < 0 else "N"
        gps[ExifTags.GPS.GPSLatitude] = _dms(abs(lat))
        gps[ExifTags.GPS.GPSLongitudeRef] = "W" if lon < 0 else "E"
        gps[ExifTags.GPS.GPSLongitude] = _dms(abs(lon))
    return exif.tobytes()


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return float(degrees), float(minutes), seconds


# --- PDF --------------------------------------------------------------------------------------


def _pdf(name: str, content: bytes, refuse) -> CheckedFile:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise refuse("有密码保护，无法核验内容；请去除密码后上传") from None
        raise refuse("不是完整的 PDF（文件损坏或不完整），无法打开") from None
    try:
        pages = len(document)
        if pages == 0:
            raise refuse("是没有页面的 PDF")
        thumbnail = _pdf_thumbnail(document[0])
    finally:
        document.close()
    return CheckedFile(
        name=_renamed(name, ".pdf"),
        kind="pdf",
        mime="application/pdf",
        content=content,
        thumbnail=thumbnail,
        pages=pages,
    )


def _pdf_thumbnail(page) -> bytes | None:
    width, height = page.get_size()  # points
    if width <= 0 or height <= 0:
        return None
    try:
        bitmap = page.render(scale=THUMBNAIL_EDGE / max(width, height))
        return _thumbnail(bitmap.to_pil())
    except Exception:  # a page PDFium cannot draw: the file is still a readable PDF
        return None


# --- Word and Excel ---------------------------------------------------------------------------


def _office(name: str, content: bytes, max_bytes: int, refuse) -> CheckedFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise refuse("不是完整的 Word 或 Excel 文档（压缩结构损坏）") from None
    with archive:
        problem = unpacked_problem(archive, max(MIN_UNPACK_BYTES, UNPACK_FACTOR * max_bytes))
        if problem:
            raise refuse(problem.rstrip("。"))
        names = set(archive.namelist())
    if any(n.endswith("vbaProject.bin") for n in names):
        raise refuse("含有宏（VBA），可能携带恶意代码；请另存为不含宏的 .docx 或 .xlsx 后上传")
    if "word/document.xml" in names:
        return _word(name, content, refuse)
    if "xl/workbook.xml" in names:
        return _excel(name, content, refuse)
    raise refuse("是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文档")


def _word(name: str, content: bytes, refuse) -> CheckedFile:
    import docx

    try:
        docx.Document(io.BytesIO(content))
    except Exception:  # python-docx raises many kinds for a damaged package
        raise refuse("无法作为 Word 文档打开（文件损坏）") from None
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return CheckedFile(name=_renamed(name, ".docx"), kind="word", mime=mime, content=content, thumbnail=None)


def _excel(name: str, content: bytes, refuse) -> CheckedFile:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
        book.close()
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        raise refuse("无法作为 Excel 工作簿打开（文件损坏）") from None
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return CheckedFile(name=_renamed(name, ".xlsx"), kind="excel", mime=mime, content=content, thumbnail=None)


def taken_on(checked: CheckedFile) -> date | None:
    return checked.taken_at.date() if checked.taken_at else None
