"""Converted glyphs kept on disk between processes (reports/fonts.py, `_GlyphFile`): a
fresh `manage.py bulletin` reads them back instead of converting a national bulletin's
glyphs again, and the font it embeds is the same byte for byte."""

from __future__ import annotations

from io import BytesIO

import pytest
from fontTools.ttLib import TTFont

from reports import fonts

TEXT = "关于2026年11月督察整改调度情况的通报：逾期未完成问题１２３个，完成率８５．５％。"


def tables(font: bytes) -> dict[str, bytes]:
    """The font's tables that carry glyphs (its head holds the time it was built)."""
    parsed = TTFont(BytesIO(font))
    return {tag: parsed.getTableData(tag) for tag in ("glyf", "loca", "hmtx", "cmap", "maxp")}


@pytest.fixture
def face(monkeypatch, tmp_path):
    if not fonts.cjk_font_available():
        pytest.skip("no CJK font on this machine")
    monkeypatch.setenv(fonts.GLYPH_CACHE_ENV, str(tmp_path))
    fonts._glyph_source.cache_clear()
    yield fonts.find_cjk_fonts()["serif"]
    fonts._glyph_source.cache_clear()


def test_glyphs_read_back_from_disk_build_the_same_font(face, tmp_path):
    converted, missing = fonts.truetype_subset(face, TEXT)
    files = list(tmp_path.glob("*.glyphs"))
    assert len(files) == 1 and files[0].stat().st_size > 1000
    fonts._glyph_source.cache_clear()  # a new process: nothing converted in memory
    read_back, missing_again = fonts.truetype_subset(face, TEXT)
    assert tables(read_back) == tables(converted) and missing_again == missing
    size = files[0].stat().st_size
    fonts.truetype_subset(face, TEXT)
    assert files[0].stat().st_size == size  # nothing converted again, nothing appended
    # More text: only its new glyphs are converted and appended.
    fonts._glyph_source.cache_clear()
    fonts.truetype_subset(face, TEXT + "销号")
    assert files[0].stat().st_size > size


def test_a_damaged_file_is_ignored(face, tmp_path):
    converted, _ = fonts.truetype_subset(face, TEXT)
    file = next(tmp_path.glob("*.glyphs"))
    file.write_bytes(file.read_bytes()[:-7])  # the last record cut short
    fonts._glyph_source.cache_clear()
    assert tables(fonts.truetype_subset(face, TEXT)[0]) == tables(converted)
