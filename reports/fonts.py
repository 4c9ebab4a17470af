"""Chinese fonts for the PDF bulletin: find one on the machine and embed a TrueType subset.

The PDF must embed a CJK font so that every glyph shows and text extraction gives the
Chinese back. Debian's fonts-noto-cjk (Noto Serif/Sans CJK) are OpenType fonts with CFF
outlines. fpdf2 embeds those itself, and poppler's pdftotext reads the text back exactly, but
fpdf2 loads and subsets the 65,000-glyph CFF faces again for every document: a national
bulletin's PDF then takes 2.8–3.7 s CPU each time, against 1.0 s with the glyphs converted
here once per process (docs/decisions.md, “PDF fonts, measured”). So the glyphs a document
uses are converted to TrueType outlines once per process (quadratic curves, error below one
font unit) and built into a small TrueType font, which fpdf2 embeds as CIDFontType2.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import threading
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph

FONT_ENV = "DASHBOARD_CJK_FONT"  # a CJK font file (.ttf/.otf/.ttc) to use for the PDF bulletin
# Where converted glyphs are kept between processes (a fresh `manage.py bulletin` would
# otherwise convert a national bulletin's ~1,400 glyphs per face again: seconds of CPU).
GLYPH_CACHE_ENV = "DASHBOARD_GLYPH_CACHE"
DEFAULT_GLYPH_CACHE = Path(__file__).resolve().parent.parent / "data" / "glyph_cache"

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
    "未找到可用的中文字体，无法生成PDF通报。请安装中文字体"
    "（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk，"
    "或以 root 身份运行 bash scripts/run.sh 自动安装），"
    f"或设置环境变量 {FONT_ENV} 指向一个中文字体文件（.ttf/.otf/.ttc），然后重启看板。"
    "Word 和 Excel 格式不受影响。"
)
# What the PDF reader and fpdf2 use of the source's OS/2 table (weight, metrics, embedding).
OS2_FIELDS = (
    "usWeightClass",
    "usWidthClass",
    "fsType",
    "sTypoAscender",
    "sTypoDescender",
    "sTypoLineGap",
    "usWinAscent",
    "usWinDescent",
    "sxHeight",
    "sCapHeight",
    "fsSelection",
    "panose",
)
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


def _facts_file(path: str, what: str, index: int = 0) -> Path | None:
    """Where facts read from a font file are kept between processes (beside the converted
    glyphs): keyed by the file's path, face, size and modification time."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    folder = Path(os.environ.get(GLYPH_CACHE_ENV) or DEFAULT_GLYPH_CACHE)
    key = f"{path}|{index}|{stat.st_size}|{stat.st_mtime_ns}|{what}"
    return folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.{what}.json"


def _read_facts(file: Path | None) -> dict | None:
    try:
        return json.loads(file.read_text(encoding="utf-8")) if file else None
    except (OSError, ValueError):
        return None


def _write_facts(file: Path | None, facts: dict) -> None:
    if file is None:
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(facts), encoding="utf-8")
        temporary.replace(file)  # whole or absent for a reader in another process
    except (OSError, TypeError, ValueError):
        pass


def _pick_face(path: str) -> FontFace | None:
    """The Simplified Chinese face of a file (index in a collection), if it has Chinese glyphs.
    Kept on disk: opening a collection's faces to probe them costs a fresh process 0.4 s."""
    file = _facts_file(path, "face-1")
    known = _read_facts(file)
    if known is not None and "index" in known:
        return None if known["index"] is None else FontFace(path, int(known["index"]))
    face = _probe_face(path)
    _write_facts(file, {"index": None if face is None else face.index})
    return face


def _probe_face(path: str) -> FontFace | None:
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


class _GlyphSource:
    """A face's glyphs converted to TrueType outlines the first time a document uses them,
    kept for the process. Building a bulletin's fonts then costs a lookup per glyph and one
    small font compile, instead of a fontTools subset of a 65,000-glyph CFF font (0.75 s for
    the 886 characters of the national bulletin; docs/performance.md). The font file itself
    is open only while glyphs are converted: held open, each face costs 50–100 MB."""

    def __init__(self, face: FontFace):
        self.face = face
        self.lock = threading.Lock()  # a lazily read font is not safe for two threads
        # name → (the glyph compiled as TrueType, (advance, left side bearing))
        self._outlines: dict[str, tuple[bytes, tuple[int, int]]] = {}
        self._disk_read = False
        # The face's character map and metrics, kept on disk: reading the cmap of a
        # 65,000-glyph face costs a fresh process 0.2 s a face.
        file = _facts_file(face.path, "facts-1", face.index)
        facts = _read_facts(file)
        if facts is None:
            facts = self._facts()
            panose = vars(facts["panose"]) if facts["panose"] is not None else None
            _write_facts(file, {**facts, "cmap": list(facts["cmap"].items()), "panose": panose})
        else:
            facts["cmap"] = {int(code): glyph for code, glyph in facts["cmap"]}
            facts["panose"] = _panose(facts["panose"])
        self.cmap = facts["cmap"]
        self.units_per_em = facts["units_per_em"]
        self.head, self.hhea, self.names = facts["head"], facts["hhea"], facts["names"]
        self.os2 = facts["os2"] | ({"panose": facts["panose"]} if facts["panose"] is not None else {})
        self.italic_angle = facts["italic_angle"]

    def _facts(self) -> dict:
        font = self._open()
        head, hhea, os2, post, name = (font[tag] for tag in ("head", "hhea", "OS/2", "post", "name"))
        family = name.getDebugName(1) or "CJK"
        style = name.getDebugName(2) or "Regular"
        postscript = re.sub(r"[^A-Za-z0-9-]", "", name.getDebugName(6) or f"{family}-{style}") or "CJK"
        os2_values = {f: getattr(os2, f) for f in OS2_FIELDS if getattr(os2, f, None) is not None}
        facts = {
            "cmap": font.getBestCmap() or {},
            "units_per_em": head.unitsPerEm,
            "head": {"macStyle": head.macStyle, "fontRevision": head.fontRevision},
            "hhea": {"ascent": hhea.ascent, "descent": hhea.descent, "lineGap": hhea.lineGap},
            "panose": os2_values.pop("panose", None),
            "os2": os2_values,
            "italic_angle": post.italicAngle,
            "names": {"familyName": family, "styleName": style, "psName": postscript},
        }
        font.close()
        return facts

    def _open(self) -> TTFont:
        return TTFont(self.face.path, fontNumber=self.face.index, lazy=True)

    def outlines(self, names: list[str]) -> dict[str, tuple[bytes, tuple[int, int]]]:
        """Each glyph as TrueType outlines (components drawn in, quadratic curves, error below
        one font unit) with its advance width and left side bearing. Call under `lock`."""
        new = [name for name in names if name not in self._outlines]
        if new and not self._disk_read:
            self._disk_read = True
            self._outlines.update(_GlyphFile(self.face).read())
            new = [name for name in names if name not in self._outlines]
        if new:
            font = self._open()
            glyph_set, metrics, cubic = font.getGlyphSet(), font["hmtx"].metrics, "glyf" not in font
            for name in new:
                recording = DecomposingRecordingPen(glyph_set)
                glyph_set[name].draw(recording)
                pen = TTGlyphPen(None)
                recording.replay(Cu2QuPen(pen, max_err=1.0, reverse_direction=True) if cubic else pen)
                self._outlines[name] = (pen.glyph().compile(None), metrics[name])
            font.close()
            _GlyphFile(self.face).append({name: self._outlines[name] for name in new})
        return {name: self._outlines[name] for name in names}


class _GlyphFile:
    """Converted glyphs of one face kept on disk for the next process: records of (name,
    advance, left side bearing, compiled TrueType glyph), appended in one write each time;
    keyed by the font file's path, face, size and modification time. A file that cannot be
    read or written is ignored (the glyphs are converted again)."""

    _RECORD = struct.Struct(">HHhI")  # name length, advance, left side bearing, data length

    def __init__(self, face: FontFace):
        folder = Path(os.environ.get(GLYPH_CACHE_ENV) or DEFAULT_GLYPH_CACHE)
        try:
            stat = Path(face.path).stat()
        except OSError:
            self.path = None
            return
        key = f"{face.path}|{face.index}|{stat.st_size}|{stat.st_mtime_ns}|cu2qu-1.0"
        self.path = folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.glyphs"

    def read(self) -> dict[str, tuple[bytes, tuple[int, int]]]:
        try:
            data = self.path.read_bytes() if self.path else b""
        except OSError:
            return {}
        glyphs, offset, size = {}, 0, self._RECORD.size
        while offset + size <= len(data):
            name_length, advance, bearing, length = self._RECORD.unpack_from(data, offset)
            start = offset + size
            end = start + name_length + length
            if end > len(data):
                break  # a record cut short (a write in progress or interrupted)
            name = data[start : start + name_length].decode("utf-8", "replace")
            glyph = data[start + name_length : end]  # compiled, as the font will hold it
            glyphs[name] = (glyph, (advance, bearing))
            offset = end
        return glyphs

    def append(self, glyphs: dict[str, tuple[bytes, tuple[int, int]]]) -> None:
        if not self.path or not glyphs:
            return
        chunks = []
        for name, (glyph, (advance, bearing)) in glyphs.items():
            encoded, compiled = name.encode(), glyph
            chunks += [self._RECORD.pack(len(encoded), advance, bearing, len(compiled)), encoded, compiled]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(descriptor, b"".join(chunks))  # one append: records stay whole
            finally:
                os.close(descriptor)
        except OSError:
            pass


def _panose(values: dict | None):
    if values is None:
        return None
    from fontTools.ttLib.tables.O_S_2f_2 import Panose

    panose = Panose()
    for key, value in values.items():
        setattr(panose, key, value)
    return panose


@lru_cache(maxsize=8)
def _glyph_source(face: FontFace) -> _GlyphSource:
    return _GlyphSource(face)


def truetype_subset(face: FontFace, text: str) -> tuple[bytes, set[str]]:
    """A TrueType font with the glyphs of `text`, and the characters the font lacks."""
    try:
        source = _glyph_source(face)
    except Exception as error:  # a damaged or unsupported file: say which
        raise FontNotFoundError(f"字体 {face.path} 无法读取：{error}") from error
    chars = {c for c in text if c.isprintable() or c == "\u3000"} | {" "}
    missing = {c for c in chars if ord(c) not in source.cmap}
    mapping = {ord(c): source.cmap[ord(c)] for c in chars - missing}
    order = [".notdef", *sorted(set(mapping.values()) - {".notdef"})]
    with source.lock:
        outlines = source.outlines(order)
        builder = FontBuilder(source.units_per_em, isTTF=True)
        builder.updateHead(**source.head)
        builder.setupGlyphOrder(order)
        builder.setupCharacterMap(mapping)
        # The glyphs as compiled: fontTools would decompile and compile each again only to
        # recompute the bounds (0.2 s a face at national scale), which `_set_bounds` reads
        # from the glyphs' headers instead.
        builder.setupGlyf({}, calcGlyphBounds=False)  # the tables; it would inspect expanded glyphs
        builder.font["glyf"].glyphs = {name: Glyph(data) for name, (data, _metrics) in outlines.items()}
        builder.setupHorizontalMetrics({name: metrics for name, (_glyph, metrics) in outlines.items()})
        builder.setupHorizontalHeader(**source.hhea)
        builder.setupNameTable(source.names, mac=False)
        builder.setupOS2(**source.os2)
        builder.setupPost(keepGlyphNames=False, italicAngle=source.italic_angle)
        builder.font.recalcBBoxes = not _set_bounds(builder.font, outlines)
        buffer = BytesIO()
        builder.save(buffer)
    return buffer.getvalue(), missing


def _set_bounds(font: TTFont, outlines: dict[str, tuple[bytes, tuple[int, int]]]) -> bool:
    """The head, maxp and hhea figures fontTools computes from the glyphs (`maxp.recalc`,
    `hhea.recalc`), read from the compiled glyphs' headers; False for a composite glyph (none
    here: components are drawn in), and fontTools computes them itself."""
    box = [None, None, None, None]
    points = contours = 0
    all_lsb = True
    widths: dict[str, int] = {}
    for name, (data, (_advance, lsb)) in outlines.items():
        if len(data) < 10:
            continue  # empty
        number, x_min, y_min, x_max, y_max = struct.unpack(">hhhhh", data[:10])
        if number < 0:
            return False
        if number == 0:
            continue
        (last,) = struct.unpack(">H", data[10 + 2 * (number - 1) : 12 + 2 * (number - 1)])
        points, contours = max(points, last + 1), max(contours, number)
        all_lsb &= lsb == x_min
        box = [
            x_min if box[0] is None else min(box[0], x_min),
            y_min if box[1] is None else min(box[1], y_min),
            x_max if box[2] is None else max(box[2], x_max),
            y_max if box[3] is None else max(box[3], y_max),
        ]
        widths[name] = x_max - x_min
    head, maxp, hhea = font["head"], font["maxp"], font["hhea"]
    head.xMin, head.yMin, head.xMax, head.yMax = (0, 0, 0, 0) if box[0] is None else box
    head.flags = head.flags | 0x2 if all_lsb else head.flags & ~0x2
    maxp.maxPoints, maxp.maxContours = points, contours
    maxp.maxCompositePoints = maxp.maxCompositeContours = 0
    maxp.maxComponentElements = maxp.maxComponentDepth = 0
    metrics = {name: metrics for name, (_data, metrics) in outlines.items()}
    hhea.advanceWidthMax = max(advance for advance, _lsb in metrics.values())
    if widths:
        hhea.minLeftSideBearing = min(metrics[name][1] for name in widths)
        hhea.minRightSideBearing = min(metrics[n][0] - metrics[n][1] - w for n, w in widths.items())
        hhea.xMaxExtent = max(metrics[n][1] + w for n, w in widths.items())
    else:
        hhea.minLeftSideBearing = hhea.minRightSideBearing = hhea.xMaxExtent = 0
    return True
