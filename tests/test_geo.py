"""WGS84 ↔ GCJ-02 against published coordinate pairs; map configuration; region outlines."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.geo import (
    basemap_config,
    distance_m,
    gcj02_to_wgs84,
    load_region_outlines,
    out_of_china,
    shift_geometry_to_gcj02,
    wgs84_to_gcj02,
)

# (WGS84 lon, lat) → (GCJ-02 lon, lat), from the test suites of two independent open
# implementations: googollee/eviltransform (Shanghai, Shenzhen, Beijing) and
# wandergis/coordtransform (Tiananmen example in its README test).
KNOWN_PAIRS = [
    ((121.5272106, 31.1774276), (121.531541859215, 31.17530398364597)),
    ((113.912316, 22.543847), (113.9171764808363, 22.540796131694766)),
    ((116.377817, 39.911954), (116.38404722455657, 39.91334545536069)),
    ((116.404, 39.915), (116.41024449916938, 39.91640428150164)),
]
TIANDITU = "https://t0.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY"
SQUARE = {"type": "Polygon", "coordinates": [[[112.8, 27.8], [113.0, 27.8], [113.0, 28.0], [112.8, 27.8]]]}
OUTSIDE_CHINA = [(-0.1276, 51.5072), (151.2093, -33.8688), (139.6917, 35.6895), (-74.006, 40.7128)]


@pytest.mark.parametrize(("wgs", "gcj"), KNOWN_PAIRS)
def test_wgs84_to_gcj02_matches_published_pairs(wgs, gcj):
    lon, lat = wgs84_to_gcj02(*wgs)
    assert lon == pytest.approx(gcj[0], abs=1e-9)
    assert lat == pytest.approx(gcj[1], abs=1e-9)


@pytest.mark.parametrize(("wgs", "gcj"), KNOWN_PAIRS)
def test_gcj02_to_wgs84_recovers_the_published_wgs84_point(wgs, gcj):
    lon, lat = gcj02_to_wgs84(*gcj)
    # 1e-7° is about a centimetre: the iteration is exact, not the usual one-step estimate.
    assert lon == pytest.approx(wgs[0], abs=1e-7)
    assert lat == pytest.approx(wgs[1], abs=1e-7)


@pytest.mark.parametrize("point", OUTSIDE_CHINA)
def test_points_outside_china_are_left_unchanged(point):
    assert out_of_china(*point)
    assert wgs84_to_gcj02(*point) == point
    assert gcj02_to_wgs84(*point) == point


def test_the_offset_in_hunan_is_a_few_hundred_metres():
    wgs = (112.94, 27.83)  # 湘潭
    gcj = wgs84_to_gcj02(*wgs)
    assert 100 < distance_m(*wgs, *gcj) < 1000
    assert not out_of_china(*wgs)


def test_arrays_give_the_same_result_as_scalars_and_round_trip():
    rng = np.random.default_rng(7)
    lon = rng.uniform(75, 134, 500)
    lat = rng.uniform(18, 53, 500)
    gcj_lon, gcj_lat = wgs84_to_gcj02(lon, lat)
    assert gcj_lon[3] == pytest.approx(wgs84_to_gcj02(float(lon[3]), float(lat[3]))[0], abs=1e-12)
    back_lon, back_lat = gcj02_to_wgs84(gcj_lon, gcj_lat)
    assert np.max(np.abs(back_lon - lon)) < 1e-8
    assert np.max(np.abs(back_lat - lat)) < 1e-8


def test_mixed_arrays_leave_the_foreign_points_alone():
    lon = np.array([112.94, -0.1276])
    lat = np.array([27.83, 51.5072])
    out_lon, out_lat = wgs84_to_gcj02(lon, lat)
    assert out_lon[0] != lon[0]
    assert (out_lon[1], out_lat[1]) == (lon[1], lat[1])


def test_basemap_configuration_from_the_environment():
    assert basemap_config({}).url is None
    config = basemap_config(
        {
            "DASHBOARD_BASEMAP_URL": f" {TIANDITU} ",
            "DASHBOARD_BASEMAP_CRS": "GCJ02",
            "DASHBOARD_BASEMAP_ATTRIBUTION": "审图号：GS(2024)0001号",
        }
    )
    assert config.url == TIANDITU
    assert config.crs == "gcj02"
    assert config.attribution == "审图号：GS(2024)0001号"
    assert basemap_config({"DASHBOARD_BASEMAP_CRS": "bd09"}).crs == "wgs84"


def test_region_outlines_are_read_and_bad_features_reported(tmp_path):
    square = {
        "type": "Polygon",
        "coordinates": [[[112.8, 27.8], [113.0, 27.8], [113.0, 28.0], [112.8, 28.0]]],
    }
    (tmp_path / "xiangtan.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {"type": "Feature", "properties": {"code": "430302"}, "geometry": square},
                    {"type": "Feature", "properties": {"name": "无代码"}, "geometry": square},
                    {
                        "type": "Feature",
                        "properties": {"code": "430304"},
                        "geometry": {"type": "Point", "coordinates": [1, 2]},
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "broken.geojson").write_text("{not json", encoding="utf-8")
    outlines = load_region_outlines(tmp_path)
    assert list(outlines.geometries) == ["430302"]
    assert len(outlines.problems) == 3
    assert outlines.problems[0].startswith("broken.geojson：无法读取")
    assert "xiangtan.geojson 第2个要素：缺少六位行政区划代码 code" in outlines.problems
    assert load_region_outlines(tmp_path / "missing").geometries == {}


def test_shifting_an_outline_moves_every_vertex():
    square = {
        "type": "Polygon",
        "coordinates": [[[112.8, 27.8], [113.0, 27.8], [113.0, 28.0], [112.8, 27.8]]],
    }
    shifted = shift_geometry_to_gcj02(square)
    first = shifted["coordinates"][0][0]
    assert first == pytest.approx(list(wgs84_to_gcj02(112.8, 27.8)))
    assert square["coordinates"][0][0] == [112.8, 27.8]  # the input is not changed
