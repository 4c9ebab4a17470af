"""Bounds on an uploaded zip archive (.docx, .xlsx), checked before anything unpacks it.

A 1 MB .docx whose document.xml inflates to 1 GB takes python-docx half a minute and gigabytes
of memory; the central directory says how large each entry unpacks, so a zip bomb is refused
from its directory alone. The declared sizes can be trusted: Python's zipfile stops reading an
entry at its declared size and fails the CRC check if the data goes on.
"""

from __future__ import annotations

import io
import re
import zipfile

# A real plan has tens of parts and a real workbook a few hundred.
MAX_ENTRIES = 10_000


def unpacked_problem(archive: zipfile.ZipFile, max_bytes: int, max_entries: int = MAX_ENTRIES) -> str | None:
    """Why the archive is refused (Chinese, to follow “文件…”), or None when it is within bounds."""
    entries = archive.infolist()
    if len(entries) > max_entries:
        return f"压缩包内有 {len(entries)} 个部件，超过 {max_entries} 个，可能是压缩炸弹，未读取。"
    if sum(entry.file_size for entry in entries) > max_bytes:
        return f"解压后超过 {max_bytes / 1024 / 1024:.0f} MB，可能是压缩炸弹，未读取。"
    return None


# A Word template (.dotx), a macro document (.docm) or a template with macros saved under a
# .docx name: the same body, which python-docx refuses by its content type alone.
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def repaired_package(data: bytes) -> bytes:
    """The package as python-docx or openpyxl can open it, as Office would: relationships to
    parts missing from the archive (a picture or drawing a generator declared but did not write,
    which Office shows as a blank) dropped, and a Word template or .docm main part typed as a
    plain document."""
    import posixpath
    from urllib.parse import unquote

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {name.lower() for name in archive.namelist()}
            changed: dict[str, bytes] = {}
            types = archive.read("[Content_Types].xml").decode("utf-8")
            if any(kind in types for kind in _WORD_MAIN_TYPES):
                for kind in _WORD_MAIN_TYPES:
                    types = types.replace(kind, _DOCUMENT_MAIN_TYPE)
                changed["[Content_Types].xml"] = types.encode("utf-8")
            for name in archive.namelist():
                if not name.endswith(".rels"):
                    continue
                text = archive.read(name).decode("utf-8")
                base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels → word

                def missing(match: re.Match[str], base: str = base) -> str:
                    relation = match.group(0)
                    if re.search(r'TargetMode\s*=\s*"External"', relation):
                        return relation
                    target = re.search(r'Target\s*=\s*"([^"]*)"', relation)
                    if target is None:
                        return relation
                    path = unquote(target.group(1))
                    path = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
                    return relation if posixpath.normpath(path).lower() in names else ""

                kept = re.sub(r"<Relationship\b[^>]*?/>", missing, text)
                if kept != text:
                    changed[name] = kept.encode("utf-8")
            if not changed:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in archive.infolist():
                    target.writestr(item, changed.get(item.filename) or archive.read(item.filename))
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, RuntimeError):
        return data  # python-docx reports the damage in its own words
