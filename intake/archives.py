"""Bounds on an uploaded zip archive (.docx, .xlsx), checked before anything unpacks it.

A 1 MB .docx whose document.xml inflates to 1 GB takes python-docx half a minute and gigabytes
of memory; the central directory says how large each entry unpacks, so a zip bomb is refused
from its directory alone. The declared sizes can be trusted: Python's zipfile stops reading an
entry at its declared size and fails the CRC check if the data goes on.
"""

from __future__ import annotations

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
