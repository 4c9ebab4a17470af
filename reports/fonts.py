"""Chinese fonts for the PDF bulletin: find one on the machine and embed a TrueType subset.

The PDF must embed a CJK font so that every glyph shows and text extraction gives the
Chinese back. Debian's fonts-noto-cjk (Noto Serif/Sans CJK) are OpenType fonts with CFF
outlines; fpdf2 can embed those, but the result is a PDF whose text pypdf and pdfminer
cannot read. So the glyphs a document uses are subset with fontTools and converted to
TrueType outlines (quadratic curves, error below one font unit), which fpdf2 embeds in the
well-supported CIDFontType2 form. See docs/decisions.md, “The bulletin”.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

FONT_ENV = "DASHBOARD_CJK_FONT"  # a CJK font file (.ttf/.otf/.ttc) to use for the PDF bulletin

# Known places, best first. Noto comes with Debian/Ubuntu's fonts-noto-cjk.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "serif": (
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc",
        "/System/Library/Fonts/Supplemental/Songti.ttc",
        "C:/Windows/Fonts/simsun.ttc",
    ),
    "serif_bold": (
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSerifCJK-Bold.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Bold.ttc",
    ),
    "sans": (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/System/Library/Fonts/PingFang.ttc",
        "C:/Windows/Fonts/simhei.ttf",
        "C:/Windows/Fonts/msyh.ttc",
    ),
    "sans_bold": (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
    ),
}
ROLES = tuple(CANDIDATES)
MISSING_FONT_MESSAGE = (
    "未找到可用的中文字体，无法生成PDF通报。请安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk），"
    f"或设置环境变量 {FONT_ENV} 指向一个中文字体文件（.ttf/.otf/.ttc）。Word 和 Excel 格式不受影响。"
)
# Layout and vertical-metrics tables: the PDF needs none of them.
DROPPED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "JSTF", "MATH")
PROBE = "整改调度通报销号逾期"  # a font must have all of these to count as Chinese


class FontNotFoundError(RuntimeError):
    """No usable CJK font on this machine; the message says what to install."""


@dataclass(frozen=True)
class FontFace:
    path: str
    index: int  # face number inside a .ttc collection


def _has_probe(font: TTFont) -> bool:
    cmap = font.getBestCmap() or {}
    return all(ord(char) in cmap for char in PROBE)


def _pick_face(path: str) -> FontFace | None:
    """The Simplified Chinese face of a file (index in a collection), if it has Chinese glyphs."""
    try:
        if path.lower().endswith((".ttc", ".otc")):
            fonts = TTCollection(path, lazy=True).fonts
            ranked = sorted(
                range(len(fonts)),
                key=lambda i: (
                    " SC" not in (fonts[i]["name"].getDebugName(1) or ""),
                    "Mono" in (fonts[i]["name"].getDebugName(1) or ""),
                    i,
                ),
            )
            for index in ranked:
                if _has_probe(fonts[index]):
                    return FontFace(path, index)
            return None
        font = TTFont(path, lazy=True)
        return FontFace(path, 0) if _has_probe(font) else None
    except Exception:  # an unreadable file is simply not a candidate
        return None


def _fontconfig_files() -> list[str]:
    """Chinese fonts known to fontconfig, if it is installed."""
    if not shutil.which("fc-list"):
        return []
    try:
        output = subprocess.run(
            ["fc-list", ":lang=zh-cn", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.split(":")[0].strip() for line in output.splitlines() if line.strip()})
    return [f for f in files if f.lower().endswith((".ttf", ".otf", ".ttc", ".otc"))]


def find_cjk_fonts(override: str | None = None) -> dict[str, FontFace]:
    """A face for each role (serif, serif_bold, sans, sans_bold); raises FontNotFoundError.

    `override` (or $DASHBOARD_CJK_FONT) names one file used for every role.
    """
    return _find_cjk_fonts(override or os.environ.get(FONT_ENV) or None)


@lru_cache(maxsize=4)
def _find_cjk_fonts(override: str | None) -> dict[str, FontFace]:
    if override:
        face = _pick_face(override) if Path(override).is_file() else None
        if face is None:
            raise FontNotFoundError(f"环境变量 {FONT_ENV} 指定的字体文件不可用或不含中文字形：{override}")
        return dict.fromkeys(ROLES, face)
    found: dict[str, FontFace] = {}
    for role, paths in CANDIDATES.items():
        for path in paths:
            face = _pick_face(path) if Path(path).is_file() else None
            if face is not None:
                found[role] = face
                break
    if not found:
        for path in _fontconfig_files():
            face = _pick_face(path)
            if face is not None:
                found["sans"] = face
                break
    if not found:
        raise FontNotFoundError(MISSING_FONT_MESSAGE)
    # Roles without their own font borrow one: bold → regular, serif ↔ sans.
    any_face = found.get("serif") or found.get("sans") or next(iter(found.values()))
    found.setdefault("serif", found.get("sans", any_face))
    found.setdefault("sans", found["serif"])
    found.setdefault("serif_bold", found["serif"])
    found.setdefault("sans_bold", found["sans"])
    return found


def cjk_font_available() -> bool:
    try:
        find_cjk_fonts()
    except FontNotFoundError:
        return False
    return True


def truetype_subset(face: FontFace, text: str) -> tuple[bytes, set[str]]:
    """A TrueType font with the glyphs of `text`, and the characters the font lacks."""
    font = TTFont(face.path, fontNumber=face.index, lazy=True)
    for tag in DROPPED_TABLES:  # dropped before the subsetter parses them (the layout tables are slow)
        if tag in font:
            del font[tag]
    cmap = font.getBestCmap() or {}
    chars = {c for c in text if c.isprintable() or c == "\u3000"} | {" "}
    missing = {c for c in chars if ord(c) not in cmap}
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    options.drop_tables += list(DROPPED_TABLES)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(chars - missing)))
    subsetter.subset(font)
    if "CFF " in font:
        _cff_to_glyf(font)
    elif "glyf" not in font:
        raise FontNotFoundError(f"字体 {face.path} 的轮廓格式不受支持（需要 TrueType 或 CFF 轮廓）。")
    from io import BytesIO

    buffer = BytesIO()
    font.save(buffer)
    return buffer.getvalue(), missing


def _cff_to_glyf(font: TTFont) -> None:
    """Replace CFF (cubic) outlines with TrueType (quadratic) ones, in place."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attribute in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attribute, 0)
    maxp.maxZones = 1
    del font["CFF "]
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names needed
    font.sfntVersion = "\x00\x01\x00\x00"
