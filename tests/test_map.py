"""The map: site queries under the shared filters, the deck built from them, and the page."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from urllib.parse import unquote

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from charts import map as charts
from charts.overview import STATUS_COLORS
from core.geo import BasemapConfig, wgs84_to_gcj02
from core.vocabulary import SITE_TYPES
from data_access import sites
from data_access.metrics import FindingFilters
from tests.app_helper import run_app
from tests.fixture_data import TODAY
from tests.map_fixture import SITES, add_sites, layer_data, site_name

ALL = FindingFilters()


@pytest.fixture
def site_ids(engine, fixture_ids) -> dict[str, int]:
    return add_sites(engine, fixture_ids)


def site_map(engine, filters=ALL, layers=SITE_TYPES, **kwargs) -> sites.SiteMap:
    return sites.site_map(engine, filters=filters, today=TODAY, site_types=tuple(layers), **kwargs)


def names(result: sites.SiteMap) -> set[str]:
    return {name.removeprefix("测试点位") for name in result.points["name"]}


# --- which sites the filters leave ---------------------------------------------------------


def test_all_sites_without_filters(engine, site_ids):
    result = site_map(engine)
    assert result.mode == "points"
    assert names(result) == set(SITES)
    counts = result.counts.set_index("site_type")
    assert counts["sites"].to_dict() == {
        "contaminated_plot": 3,
        "tailings_pond": 3,
        "abandoned_mine": 1,
        "farmland": 2,
    }
    assert counts["sensitive"].sum() == 2  # S5, S9
    assert result.extent == pytest.approx((109.64, 26.24, 112.96, 35.49))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (FindingFilters(region_code="430300"), {"S4", "S5", "S6", "S7"}),  # the site's own region
        (FindingFilters(region_code="433125"), {"S1", "S2", "S3"}),
        (FindingFilters(region_code="140000"), {"S9"}),  # unlinked, no finding filter: shown
        (FindingFilters(batch_codes=("t-a",)), {"S1", "S2", "S3"}),
        (FindingFilters(statuses=("closed",)), {"S5"}),
        (FindingFilters(statuses=("reopened",)), {"S6"}),
        (FindingFilters(categories=("soil",)), {"S2", "S5"}),  # A1, B2
        (FindingFilters(due_to=date(2026, 11, 22)), {"S1", "S6"}),  # overdue: A2, B3
        # S7 lies in 岳塘区 and is linked to a 湘潭市-level finding: it stays.
        (FindingFilters(region_code="430304", statuses=("not_started",)), {"S7"}),
        (FindingFilters(region_code="431100"), {"S8"}),
        (FindingFilters(region_code="431100", batch_codes=("t-b",)), set()),
    ],
)
def test_the_shared_filters_select_sites(engine, site_ids, filters, expected):
    assert names(site_map(engine, filters)) == expected


def test_layers_limit_the_points_but_not_the_counts(engine, site_ids):
    result = site_map(engine, FindingFilters(region_code="433125"), layers=("tailings_pond",))
    assert names(result) == {"S1", "S2"}
    assert result.counts.set_index("site_type")["sites"]["abandoned_mine"] == 1


def test_rectification_status_is_the_worst_linked_finding_as_of_the_day(engine, site_ids):
    today = site_map(engine).points.set_index("name")["rectification"]
    assert today[site_name("S6")] == "reopened"  # B3 reopened beats B1 completed
    assert today[site_name("S5")] == "closed"
    assert today[site_name("S7")] == "not_started"
    assert today[site_name("S8")] == "none"
    past = site_map(engine, FindingFilters(as_of=date(2024, 6, 1)))
    before = past.points.set_index("name")["rectification"]
    assert before[site_name("S6")] == "completed"  # B3 completed 2024-06-01; B1 not yet registered
    assert before[site_name("S5")] == "in_progress"
    assert set(past.links["title"]) == {"测试问题B2", "测试问题B3"}


def test_above_the_point_limit_sites_are_counted_per_grid_cell(engine, site_ids):
    result = site_map(engine, color_by="risk", point_limit=3)
    assert result.mode == "grid"
    assert result.points.empty
    assert result.shown == 9
    assert result.cell_degrees == 0.5  # 9.25° span / 40 cells = 0.23°, rounded up to a round step
    by_key = result.grid.groupby("key")["sites"].sum().to_dict()
    assert by_key == {"high": 3, "medium": 3, "low": 2, "none": 1}
    per_cell = result.grid.groupby(["lon", "lat"])["sites"].sum().to_dict()
    # 保靖 S1–S3, 湘潭 S4/S6/S7 (S5 in 湘乡 rounds to the next cell), 零陵 S8, 绛县 S9
    assert per_cell == {
        (109.5, 28.5): 3,
        (113.0, 28.0): 3,
        (112.5, 27.5): 1,
        (111.5, 26.0): 1,
        (111.5, 35.5): 1,
    }


def test_grid_keys_for_every_colour_mode(engine, site_ids):
    rect = site_map(engine, color_by="rectification", point_limit=0).grid
    assert rect.groupby("key")["sites"].sum().to_dict() == {
        "in_progress": 4,
        "closed": 1,
        "reopened": 1,
        "not_started": 1,
        "none": 2,
    }
    category = site_map(engine, color_by="category", point_limit=0).grid
    assert category.groupby("key")["sites"].sum()["priority_supervised"] == 2
    status = site_map(engine, color_by="status", point_limit=0).grid
    assert status.groupby("key")["sites"].sum()["风险管控中"] == 2


def test_region_completion_carries_centroids(engine, site_ids):
    regions = sites.region_completion(engine, filters=FindingFilters(region_code="430300"), today=TODAY)
    table = regions.set_index("region_name")
    assert set(table.index) == {"雨湖", "湘潭县", "湘乡", "湘潭本级", "岳塘", "韶山"}
    assert table.loc["韶山", "total"] == 0  # no findings: listed so the map names it
    assert table.loc["湘潭本级", "place_code"] == "430300"
    assert (table.loc["湘潭本级", "lon"], table.loc["湘潭本级", "lat"]) == (112.94, 27.83)
    assert table.loc["湘乡", "completion_ratio"] == 1.0
    assert table.loc["湘潭本级", "completion_ratio"] == 0.5  # B1 completed, B5 not started


# --- the deck ------------------------------------------------------------------------------


def deck_for(engine, filters=ALL, color_by="risk", layers=SITE_TYPES, **kwargs):
    result = site_map(engine, filters, layers=layers, color_by=color_by, **kwargs)
    regions = sites.region_completion(engine, filters=filters, today=TODAY)
    deck = charts.site_deck(result, regions, layers=layers, view=charts.map_view(result, regions))
    return deck, layer_data(deck), result


def by_name(records):
    return {r["name"].removeprefix("测试点位"): r for r in records}


def test_layers_and_point_counts(engine, site_ids):
    _deck, data, _ = deck_for(engine)
    assert {k: len(v) for k, v in data.items()} == {
        "regions": 2,  # 湖南 and 山西 (no findings)
        "sites-farmland": 2,
        "sites-contaminated_plot": 3,
        "sites-abandoned_mine": 1,
        "sites-tailings_pond": 3,
        "sites-sensitive": 2,
        "region-labels": 2,
    }
    _deck, data, _ = deck_for(engine, FindingFilters(region_code="430300"), layers=("contaminated_plot",))
    assert {k: len(v) for k, v in data.items()} == {
        "regions": 6,
        "sites-contaminated_plot": 2,
        "sites-sensitive": 1,
        "region-labels": 6,
    }


def test_colours_per_risk_and_per_rectification_status(engine, site_ids):
    _deck, data, _ = deck_for(engine, color_by="risk")
    ponds = by_name(data["sites-tailings_pond"])
    assert ponds["S1"]["color"] == charts.rgb(charts.RISK_COLORS["high"], 235)
    assert ponds["S2"]["color"] == charts.rgb(charts.RISK_COLORS["low"], 235)
    assert by_name(data["sites-farmland"])["S8"]["color"] == charts.rgb(charts.RISK_COLORS["none"], 235)
    _deck, data, _ = deck_for(engine, color_by="rectification")
    plots = by_name(data["sites-contaminated_plot"])
    assert plots["S6"]["color"] == charts.rgb(STATUS_COLORS["reopened"], 235)
    assert plots["S5"]["color"] == charts.rgb(STATUS_COLORS["closed"], 235)
    assert plots["S9"]["color"] == charts.rgb(charts.RECTIFICATION_COLORS["none"], 235)
    _deck, data, _ = deck_for(engine, color_by="category")
    assert by_name(data["sites-tailings_pond"])["S1"]["color"] == charts.rgb(
        charts.CATEGORY_COLORS["ownerless"], 235
    )


def test_status_text_colours_go_to_the_commonest_texts(engine, site_ids):
    _deck, data, _ = deck_for(engine, color_by="status")
    plots = by_name(data["sites-contaminated_plot"])
    # 风险管控中 is the only text used twice: it gets the first colour.
    assert plots["S5"]["color"] == charts.rgb(charts.STATUS_TEXT_PALETTE[0], 235)
    assert plots["S6"]["color"] == plots["S5"]["color"]


def test_tooltip_fields(engine, site_ids):
    _deck, data, _ = deck_for(engine)
    s1 = by_name(data["sites-tailings_pond"])["S1"]
    assert s1["name"] == "测试点位S1"
    assert s1["site_id"] == site_ids["S1"]
    assert s1["detail"].split("\n") == [
        "类型：尾矿库（无主）",
        "地区：保靖县",
        "现状：筹措治理资金",
        "风险等级：高",
        "整改状态：推进中",
        "关联问题：测试批次甲 第2项 测试问题A2（推进中）",
        "面积：10.0亩",
    ]
    s6 = by_name(data["sites-contaminated_plot"])["S6"]["detail"]
    assert (
        "关联问题：测试批次乙 第7项 测试问题B1（已完成待销号）\n测试批次乙 第9项 测试问题B3（反弹重办）" in s6
    )
    s5 = by_name(data["sites-contaminated_plot"])["S5"]["detail"]
    assert "规划用途：住宅用地（敏感用途）" in s5
    assert "关联问题：无" in by_name(data["sites-farmland"])["S8"]["detail"]
    hunan, shanxi = data["regions"]
    assert hunan["name"] == "湖南"
    assert hunan["detail"] == "问题 11 个，已完成 2 个，完成率 18.2%\n已销号 1 个，已逾期 2 个"
    assert shanxi["detail"] == "当前筛选下没有整改问题"
    assert [r["label"] for r in data["region-labels"]] == ["湖南 18.2%", "山西"]
    assert charts.TOOLTIP["html"] == "<b>{name}</b><br/>{detail}"


def test_names_and_titles_in_tooltips_show_as_typed_never_as_markup(engine, site_ids):
    # deck.gl puts tooltip values into the page as HTML: an imported title such as this one
    # would otherwise run as script in every viewer's browser
    attack = '<img src=x onerror="alert(1)">'
    result = site_map(engine)
    points, links = result.points.copy(), result.links.copy()
    points["name"] = attack
    links["title"] = attack
    records = charts.site_records(dataclasses.replace(result, points=points, links=links))
    sites_shown = [record for group in records.values() for record in group]
    assert {record["name"] for record in sites_shown} == {'&lt;img src=x onerror="alert(1)"&gt;'}
    linked = [record["detail"] for record in sites_shown if "关联问题：无" not in record["detail"]]
    assert linked and all("&lt;img src=x" in detail and "<img" not in detail for detail in linked)


def test_region_circles_are_coloured_by_completion_ratio(engine, site_ids):
    _deck, data, _ = deck_for(engine, FindingFilters(region_code="430300"))
    regions = by_name(data["regions"])
    assert regions["湘乡"]["color"][:3] == charts.rgb(charts.RATIO_BINS[3][1])[:3]  # 100%
    assert regions["湘潭本级"]["color"][:3] == charts.rgb(charts.RATIO_BINS[1][1])[:3]  # 50%
    assert regions["雨湖"]["color"][:3] == charts.rgb(charts.RATIO_BINS[0][1])[:3]  # 0%
    assert regions["韶山"]["color"][:3] == charts.rgb(charts.NO_FINDINGS_COLOR)[:3]  # no findings
    assert {r["label"] for r in data["region-labels"]} == {
        "雨湖 0.0%",
        "湘潭县 0.0%",
        "湘乡 100.0%",
        "湘潭本级 50.0%",
        "岳塘",
        "韶山",
    }


def test_no_basemap_means_nothing_is_fetched(engine, site_ids):
    deck, _data, _ = deck_for(engine)
    spec = json.loads(deck.to_json())
    # pydeck's sentinel: Streamlit then draws no basemap (no Carto, no Mapbox, no token).
    assert spec["mapStyle"] == "__MAP_STYLE__"
    assert "mapProvider" not in spec
    assert "http" not in deck.to_json()


def test_an_xyz_basemap_becomes_a_raster_style_and_gcj02_tiles_shift_the_points(engine, site_ids):
    result = site_map(engine)
    template = "http://tiles.intranet.example/{z}/{x}/{y}.png"
    deck = charts.site_deck(
        result,
        sites.region_completion(engine, filters=ALL, today=TODAY),
        layers=SITE_TYPES,
        basemap=BasemapConfig(url=template, crs="gcj02", attribution="审图号"),
    )
    spec = json.loads(deck.to_json())
    assert spec["mapStyle"].startswith("data:application/json")
    style = json.loads(unquote(spec["mapStyle"].split(",", 1)[1]))
    assert style["sources"]["basemap0"]["tiles"] == [template]
    assert style["sources"]["basemap0"]["attribution"] == "审图号"
    s1 = by_name(layer_data(deck)["sites-tailings_pond"])["S1"]
    stored = result.points.set_index("name").loc[site_name("S1")]
    expected = wgs84_to_gcj02(float(stored["lon"]), float(stored["lat"]))
    assert (s1["lon"], s1["lat"]) == pytest.approx(expected, abs=1e-6)
    style_url = "https://styles.example/style.json"
    assert charts.basemap_style(BasemapConfig(url=style_url)) == style_url


def test_the_grid_deck_replaces_the_point_layers(engine, site_ids):
    _deck, data, _ = deck_for(engine, point_limit=3)
    assert {k for k in data if k.startswith("sites-")} == {"sites-grid"}
    assert sum(r["sites"] for r in data["sites-grid"]) == 9
    cell = next(r for r in data["sites-grid"] if (r["lon"], r["lat"]) == (109.5, 28.5))
    assert cell["name"] == "约56公里网格：点位 3 个"
    assert cell["detail"].startswith("尾矿库 2、废弃矿山 1\n风险等级：高风险 1、中风险 1、低风险 1\n")
    assert cell["color"] == charts.rgb(charts.RISK_COLORS["high"], 215)  # a tie goes to the worse key


def test_the_view_zooms_to_the_filtered_region(engine, site_ids):
    deck, _data, _ = deck_for(engine, FindingFilters(region_code="433125"))
    view = deck.initial_view_state
    assert view.longitude == pytest.approx(109.65, abs=0.05)
    assert view.latitude == pytest.approx(28.7, abs=0.05)
    assert view.zoom > 8
    empty = site_map(engine, FindingFilters(region_code="430382"))
    focus = {"lon": 112.53, "lat": 27.92, "level": "county"}
    fallback = charts.map_view(
        empty,
        sites.region_completion(engine, filters=FindingFilters(region_code="430382"), today=TODAY),
        focus=focus,
    )
    assert (fallback.longitude, fallback.latitude, fallback.zoom) == (112.53, 27.92, 9.0)
    assert charts.fit_view([]).zoom == charts.CHINA_VIEW[2]


def test_legend_has_a_section_per_layer_with_counts(engine, site_ids):
    result = site_map(engine, color_by="risk")
    sections = charts.site_legend(result, layers=SITE_TYPES, show_regions=True)
    assert [s.title for s in sections] == [
        "污染地块（3个）",
        "尾矿库（3个）",
        "废弃矿山（1个）",
        "受污染耕地（2个）",
        "敏感用途",
        "地区整改完成率",
    ]
    ponds = sections[1].entries
    assert [(e.label, e.count) for e in ponds] == [("高风险", 1), ("低风险", 2)]
    html = charts.legend_html(sections)
    assert "尾矿库（3个）" in html and "未评估" in html and "低于50%" in html


def test_outlines_replace_circles_where_shipped(engine, site_ids):
    result = site_map(engine, FindingFilters(region_code="430300"))
    regions = sites.region_completion(engine, filters=FindingFilters(region_code="430300"), today=TODAY)
    square = {
        "type": "Polygon",
        "coordinates": [[[112.8, 27.8], [113.0, 27.8], [113.0, 28.0], [112.8, 27.8]]],
    }
    deck = charts.site_deck(result, regions, layers=SITE_TYPES, outlines={"430302": square})
    data = layer_data(deck)
    assert [f["properties"]["name"] for f in data["region-outlines"]] == ["雨湖"]
    assert len(data["regions"]) == 5
    assert len(data["region-labels"]) == 6


def test_empty_selection_gives_an_empty_but_valid_deck(engine, site_ids):
    result = site_map(engine, FindingFilters(region_code="430382"))
    assert result.mode == "empty"
    deck = charts.site_deck(
        result,
        sites.region_completion(engine, filters=FindingFilters(region_code="430382"), today=TODAY),
        layers=SITE_TYPES,
    )
    # Only the place itself: 韶山, named, grey (no findings).
    assert [r["label"] for r in layer_data(deck)["region-labels"]] == ["韶山"]
    assert {k for k in layer_data(deck) if k.startswith("sites-")} == set()
    assert layer_data(charts.site_deck(result, pd.DataFrame(), layers=SITE_TYPES)) == {}
    assert [s.entries for s in charts.site_legend(result, layers=SITE_TYPES, show_regions=False)] == [
        (),
        (),
        (),
        (),
    ]


# --- the page ------------------------------------------------------------------------------


def run_map(query: dict | None = None) -> AppTest:
    return run_app(query, page="pages/map.py")


def tiles(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def test_map_page_shows_counts_legend_and_a_site_list(app_env, engine):
    add_sites(engine, app_env)
    at = run_map()
    assert at.title[0].value == "污染地块与尾矿库分布图"
    assert tiles(at) == {
        "污染地块": "3",
        "尾矿库": "3",
        "废弃矿山": "1",
        "受污染耕地": "2",
        "敏感用途地块": "2",
    }
    legend = " ".join(m.value for m in at.markdown)
    assert "尾矿库（3个）" in legend and "高风险" in legend and "地区整改完成率" in legend
    assert "未配置底图（内网可用）" in " ".join(c.value for c in at.caption)
    table = at.dataframe[0].value.set_index("名称")
    assert table.loc["测试点位S6", "整改状态"] == "反弹重办"
    assert table.loc["测试点位S6", "关联问题数"] == 2


def test_choosing_a_site_links_to_its_findings(app_env, engine):
    site_ids = add_sites(engine, app_env)
    at = run_map()
    at.selectbox(key="map_site").set_value(site_ids["S6"]).run()
    assert at.subheader[0].value == "所选点位：测试点位S6"
    links = {link.value: (link.proto.page, link.proto.query_string) for link in at.page_link}
    assert links == {
        "测试批次乙 第7项：测试问题B1（已完成待销号）": ("finding", f"finding={app_env['B1']}"),
        "测试批次乙 第9项：测试问题B3（反弹重办）": ("finding", f"finding={app_env['B3']}"),
    }


def test_filters_in_the_link_apply_to_the_map(app_env, engine):
    add_sites(engine, app_env)
    at = run_map({"region": "湘潭市", "status": "已销号"})
    assert tiles(at)["污染地块"] == "1"  # S5
    assert tiles(at)["尾矿库"] == "0"
    at = run_map({"map_color": "整改状态"})
    assert "反弹重办" in " ".join(m.value for m in at.markdown)


def test_many_sites_switch_the_page_to_the_grid(app_env, engine, monkeypatch):
    add_sites(engine, app_env)
    monkeypatch.setattr(sites, "POINT_LIMIT", 3)
    at = run_map()
    assert "当前筛选下有 9 个点位，数量较多，已按约56公里的网格汇总显示" in at.info[0].value
    assert len(at.dataframe) == 0  # no per-site list in the aggregated view


def test_no_layer_selected_says_so(app_env, engine):
    add_sites(engine, app_env)
    at = run_map()
    at.pills(key="map_layers").set_value([]).run()
    assert at.info[0].value == "请在上方至少选择一个图层。"


def test_demo_sites_follow_the_site_plan(engine):
    from sample_data.demo_history import SITE_PLAN
    from sample_data.loader import load_sample_data

    load_sample_data(engine, today=TODAY)
    result = site_map(engine)
    assert result.shown == sum(plan[3] for plan in SITE_PLAN) == 126
    per_type = result.counts.set_index("site_type")["sites"].to_dict()
    assert per_type == {
        t: sum(plan[3] for plan in SITE_PLAN if plan[1] == t) for t in SITE_TYPES
    }  # 79 plots, 15 ponds, 10 mines, 22 farmland blocks
    assert len(site_map(engine, FindingFilters(region_code="431102")).points) == 19 + 48 + 6  # seed 000
    # 回龙圩's farmland blocks are linked to no finding: a batch filter hides them.
    assert len(site_map(engine, FindingFilters(region_code="431173")).points) == 7
    assert len(site_map(engine, FindingFilters(batch_codes=("yongzhou-npc-soil",))).points) == 73


def test_meeting_mode_draws_larger_points_and_labels(engine, site_ids):
    result = site_map(engine)
    regions = sites.region_completion(engine, filters=ALL, today=TODAY)
    normal = json.loads(charts.site_deck(result, regions, layers=SITE_TYPES).to_json())
    large = json.loads(charts.site_deck(result, regions, layers=SITE_TYPES, large=True).to_json())

    def prop(spec, layer_id, key):
        return next(layer[key] for layer in spec["layers"] if layer["id"] == layer_id)

    assert (
        prop(normal, "sites-tailings_pond", "getRadius"),
        prop(large, "sites-tailings_pond", "getRadius"),
    ) == (6, 8)
    assert (prop(normal, "region-labels", "getSize"), prop(large, "region-labels", "getSize")) == (15, 20)
