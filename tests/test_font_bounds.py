"""The PDF's font subset keeps its glyphs as compiled and sets the bounds fontTools would
compute (reports/fonts.py, `_set_bounds`): recompiling it with fontTools' own recalculation
gives the same head, maxp and hhea figures and the same glyphs."""

from __future__ import annotations

from io import BytesIO

import pytest
from fontTools.ttLib import TTFont

from reports import fonts

TEXT = "关于2026年11月督察整改调度情况的通报：逾期未完成问题１２３个，完成率８５．５％。ABC xyz（）"
FIGURES = {
    "head": ("xMin", "yMin", "xMax", "yMax", "flags"),
    "maxp": ("numGlyphs", "maxPoints", "maxContours", "maxCompositePoints", "maxComponentElements"),
    "hhea": ("advanceWidthMax", "minLeftSideBearing", "minRightSideBearing", "xMaxExtent"),
}


@pytest.mark.parametrize("role", ["serif", "sans_bold"])
def test_the_subset_has_the_bounds_fonttools_computes(monkeypatch, tmp_path, role):
    if not fonts.cjk_font_available():
        pytest.skip("no CJK font on this machine")
    monkeypatch.setenv(fonts.GLYPH_CACHE_ENV, str(tmp_path))
    fonts._glyph_source.cache_clear()
    data, _missing = fonts.truetype_subset(fonts.find_cjk_fonts()[role], TEXT)
    fonts._glyph_source.cache_clear()
    ours = TTFont(BytesIO(data))
    again = TTFont(BytesIO(data), recalcBBoxes=True)
    for name in again.getGlyphOrder():
        again["glyf"][name]  # expanded: recompiled from its points on save
    buffer = BytesIO()
    again.save(buffer)
    recomputed = TTFont(BytesIO(buffer.getvalue()))
    assert ours["maxp"].maxPoints > 10 and ours["head"].xMax > ours["head"].xMin
    for tag, names in FIGURES.items():
        for name in names:
            assert getattr(ours[tag], name) == getattr(recomputed[tag], name), f"{tag}.{name}"
    assert ours.getTableData("glyf") == recomputed.getTableData("glyf")
    assert ours.getTableData("loca") == recomputed.getTableData("loca")
