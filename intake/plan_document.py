"""Reading a plan document into text: which reader a file goes to, and text files.

A file goes by its bytes first and its name second: a PDF to `document_pdf`, a workbook
(.xlsx/.xls/.csv, Excel 2003 XML) to `document_sheets`, an OFD to `document_ofd`, a web page
saved under an Office name (.doc/.xls/.mht/.htm) to `document_html`, a .docx (and a .dotx/.docm)
to `document_word`. The old Word .doc, WPS .wps, RTF and OpenDocument (.odt/.ods) are converted
to .docx (.xlsx) by LibreOffice (`soffice --headless`)
when it is installed. Every reader writes a table row as one line `| a | b |`, so
`intake.plan_tables` reads the tables of every format with one reader.

Every problem with the file — empty, truncated, not text, wrong encoding, an unsupported
format — raises `PlanFileError` with a Chinese message naming the file.
"""

from __future__ import annotations

import codecs
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from intake.document_common import HOW_TO_RESAVE, MAX_BYTES, MAX_UNPACKED_BYTES, PlanFileError
from intake.document_html import looks_like_html, read_html
from intake.document_ofd import read_ofd
from intake.document_pdf import read_pdf
from intake.document_sheets import read_csv, read_spreadsheet_xml, read_xls, read_xlsx
from intake.document_word import read_docx

__all__ = [
    "MAX_BYTES",
    "MAX_UNPACKED_BYTES",
    "PlanFileError",
    "looks_copied_from_pdf_table",
    "read_plan_bytes",
    "read_plan_file",
]

_UNSUPPORTED = {
    ".ppt": "演示文稿",
    ".pptx": "演示文稿",
    ".et": "WPS 表格（.et）",
}
_KINDS = {
    ".doc": "旧版 Word 文档（.doc）",
    ".wps": "WPS 文档（.wps）",
    ".xls": "Excel 表格（.xls）",
    ".xlsx": "Excel 表格（.xlsx）",
}
# Text copied out of a PDF viewer's table comes one narrow line per wrapped line of each cell,
# cell after cell: nine lines in ten this short or shorter, over this many lines, is such a paste
# (a web table copied one cell per line keeps whole cells: its longer lines run past 14 characters).
_PDF_COPY_LINE = 8
_PDF_COPY_LINES = 40
# A conversion by LibreOffice that takes longer than this is stopped (a real plan takes seconds).
CONVERT_SECONDS = 90


def looks_copied_from_pdf_table(text: str) -> bool:
    """Whether pasted text is a table copied out of a PDF viewer: its cells broken into short
    lines and laid one after another, so which line belongs to which column is lost. The page
    asks for the PDF itself, which the PDF reader reads by position."""
    if "\t" in text:
        return False
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    if len(lengths) < _PDF_COPY_LINES:
        return False
    return lengths[len(lengths) * 9 // 10] <= _PDF_COPY_LINE


def read_plan_file(path: str | Path) -> str:
    """The text of a plan file on disk."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise PlanFileError(f"找不到文件“{path}”。") from error
    except IsADirectoryError as error:
        raise PlanFileError(f"“{path}”是文件夹，不是文件。") from error
    except OSError as error:
        raise PlanFileError(f"无法读取文件“{path}”：{error.strerror or error}。") from error
    return read_plan_bytes(data, path.name)


def read_plan_bytes(data: bytes, filename: str) -> str:
    """The text of an uploaded plan (.docx or text); raises PlanFileError with the reason."""
    name = filename or "（未命名文件）"
    suffix = Path(name).suffix.lower()
    if not data:
        raise PlanFileError(f"文件“{name}”是空的（0 字节），没有可导入的内容。")
    if len(data) > MAX_BYTES:
        raise PlanFileError(f"文件“{name}”超过 {MAX_BYTES // 1024 // 1024} MB，不像是整改方案，请检查。")
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return read_pdf(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: .doc, .wps, .xls (or an encrypted .docx)
        if suffix in (".xls", ".et"):
            return read_xls(data, name)
        return read_docx(_convert_to_docx(data, name, suffix or ".doc"), name, read_plan_bytes)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        # Rich Text saved under a .doc name (the “Word” export of many systems): LibreOffice reads it
        return read_docx(_convert_to_docx(data, name, ".rtf"), name, read_plan_bytes)
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return read_spreadsheet_xml(data, name)  # Excel 2003 XML, often exported as .xls
    if head.startswith(b"<?xml") and b"schemas.microsoft.com/office/word/2003/wordml" in head:
        # Word 2003 XML (“Word XML 文档”, the export of some older office systems): LibreOffice reads it
        return read_docx(_convert_to_docx(data, name, ".xml"), name, read_plan_bytes)
    if not data.startswith(b"PK") and looks_like_html(data):
        # A web page saved as .doc or .xls (“导出Word/Excel” of many office systems, Word's
        # “save as web page”, .mht): its tables are read like Word's.
        return read_html(data, name)
    package = None
    if data.startswith(b"PK\x03\x04"):
        # by its parts, or by its name when the package is too broken to list them (its reader
        # then says so in its own words)
        package = _package_kind(data) or {".ofd": "ofd", ".odt": "odt", ".ods": "ods"}.get(suffix)
    if package == "ofd":
        return read_ofd(data, name)
    if package == "odt":
        # .odt, as LibreOffice and the 信创 office suites save: converted to .docx like a .doc
        return read_docx(_convert_to_docx(data, name, ".odt"), name, read_plan_bytes)
    if package == "ods":
        return read_xlsx(_convert_to_docx(data, name, ".ods"), name)
    if package == "xlsx" or (data.startswith(b"PK\x03\x04") and suffix in (".xlsx", ".xlsm")):
        # an .xlsx exported or renamed as .xls / .et / .csv / .doc is read as the workbook it is
        return read_xlsx(data, name)
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return read_docx(data, name, read_plan_bytes)
    if suffix in _UNSUPPORTED:
        raise PlanFileError(f"文件“{name}”是{_UNSUPPORTED[suffix]}，暂不支持。{HOW_TO_RESAVE}")
    if suffix in _KINDS:
        text = _text_under_office_name(data, suffix) if suffix != ".xlsx" else None
        if text is not None:
            # the “导出Excel / 导出Word” of many systems: delimited or plain text under an Office name
            return read_csv(text, name) if suffix == ".xls" else text
        raise PlanFileError(
            f"文件“{name}”不是有效的{_KINDS[suffix]}，内容与扩展名不符或已损坏。{HOW_TO_RESAVE}"
        )
    if suffix == ".csv":
        return read_csv(_decode_text(data, name), name)
    return _decode_text(data, name)


# --- text files ------------------------------------------------------------------------------


def _package_kind(data: bytes) -> str | None:
    """“xlsx”, “docx”, “ofd”, “odt” or “ods” by the parts a zip package holds, whatever its name
    says (an OpenDocument names its kind in its “mimetype” entry)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lstrip("/") for name in archive.namelist()}
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, KeyError):
        return None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    kinds = {
        b"application/vnd.oasis.opendocument.text": "odt",
        b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    }
    return kinds.get(mimetype.strip())


def _text_under_office_name(data: bytes, suffix: str) -> str | None:
    """The text of a text file saved under .xls / .doc / .wps, or None if it is not one: a
    sheet must be delimited (tabs, commas or semicolons on its lines), a document must hold CJK."""
    try:
        text = _decode_text(data, "")
    except PlanFileError:
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    if suffix == ".xls":
        delimited = sum(1 for line in lines if any(mark in line for mark in "\t,;"))
        return text if len(lines) >= 2 and delimited >= 2 else None
    return text if re.search(r"[\u4e00-\u9fff]", text) else None


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    elif b"\x00" in data[:4096]:
        raise PlanFileError(
            f"文件“{name}”不是文本文件（含有二进制内容）。若是 UTF-16 编码的文本，请另存为 UTF-8；"
            "否则请上传 .docx 或 .txt。"
        )
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
                raise PlanFileError(
                    f"文件“{name}”末尾不完整：最后一个字被截断，文件可能在复制或上传时被截断。请重新获取完整文件。"
                ) from error
            try:
                text = data.decode("gb18030")  # GBK / GB2312 text saved by older Windows tools
            except UnicodeDecodeError:
                raise PlanFileError(
                    f"文件“{name}”的编码无法识别（第 {error.start + 1} 个字节起既不是 UTF-8 也不是 GBK）。"
                    "请用记事本或 WPS 另存为 UTF-8 编码的 .txt 后再导入。"
                ) from error
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise PlanFileError(f"文件“{name}”不是文本文件（含有二进制内容），请上传 .docx 或 .txt。")
    if not text.strip():
        raise PlanFileError(f"文件“{name}”只有空白，没有可导入的文字。")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise PlanFileError(
            f"文件“{name}”标明为 {encoding.upper()} 编码，但第 {error.start + 1} 个字节无法解码，"
            "文件可能已损坏或被截断。"
        ) from error


def _control_ratio(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\v")
    return controls / max(len(text), 1)


# --- .doc / .wps / .odt / .ods through LibreOffice ------------------------------------------------


def _convert_to_docx(data: bytes, name: str, suffix: str) -> bytes:
    """The file as .docx (an .ods as .xlsx), converted by LibreOffice."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    kinds = {
        ".wps": _KINDS[".wps"],
        ".rtf": "RTF 文档",
        ".xml": "Word 2003 XML 文档",
        ".odt": "OpenDocument 文档（.odt）",
        ".ods": "OpenDocument 表格（.ods）",
    }
    kind = kinds.get(suffix, _KINDS[".doc"])
    target = "xlsx" if suffix == ".ods" else "docx"
    if office is None:
        raise PlanFileError(
            f"文件“{name}”是{kind}，需要 LibreOffice 才能转换，但服务器上没有安装。"
            f"请在 Word 或 WPS 中另存为 .{target} 后再导入（或请管理员安装 libreoffice-writer-nogui）。"
        )
    # A compound file names its streams in UTF-16 in its directory: a Word or WPS text has a
    # “WordDocument” stream (Works .wps: “CONTENTS”). LibreOffice would read anything else as
    # plain text and “convert” the bytes.
    if suffix not in (".rtf", ".xml", ".odt", ".ods") and (
        len(data) < 1536
        or not any(stream.encode("utf-16-le") in data for stream in ("WordDocument", "CONTENTS"))
    ):
        raise PlanFileError(f"文件“{name}”不是有效的{kind}，可能已损坏或是其他格式。{HOW_TO_RESAVE}")
    with tempfile.TemporaryDirectory(prefix="plan-convert-") as folder:
        source = Path(folder) / f"plan{suffix if suffix in kinds else '.doc'}"
        source.write_bytes(data)
        # A private profile: a shared one is locked by any other running LibreOffice.
        profile = (Path(folder) / "profile").as_uri()
        command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target]
        try:
            subprocess.run(
                [*command, "--outdir", folder, str(source)],
                capture_output=True,
                timeout=CONVERT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise PlanFileError(
                f"文件“{name}”转换超时（超过 {CONVERT_SECONDS} 秒），请另存为 .docx 后再导入。"
            ) from error
        except OSError as error:
            raise PlanFileError(f"文件“{name}”无法转换：LibreOffice 无法启动（{error}）。") from error
        converted = source.with_suffix("." + target)
        if not converted.exists() or converted.stat().st_size == 0:
            raise PlanFileError(
                f"文件“{name}”是{kind}，但无法转换为 .{target}，可能已损坏或加密。{HOW_TO_RESAVE}"
            )
        return converted.read_bytes()
