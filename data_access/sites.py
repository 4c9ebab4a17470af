"""Sites on the map — 污染地块, 尾矿库, 废弃矿山, 受污染耕地 — under the shared filters.

How a site matches the shared filters (also in docs/decisions.md, “Map”):

- **Region**: the site's own `province_code` / `city_code` / `county_code`. A site lies where
  it lies, whatever region owns the finding it is linked to.
- **Filters about findings** (batch, lead unit, category, status, deadline window): the site
  must be linked (`site_findings`) to at least one finding passing them; the region filter is
  not applied to that finding. With none of them set, unlinked sites are shown too.
- **As-of day**: sites have no history of their own; the day sets the state of the linked
  findings (the “整改状态” colour and the linked findings listed in the tooltip).

Everything is aggregated in SQL. Up to `POINT_LIMIT` sites are returned one row each; above
that the sites are counted per grid cell (`ROUND(lon / cell)`, portable to SQLite and
PostgreSQL), so what reaches the browser stays small whatever the table size
(docs/performance.md, “Map”).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pandas as pd
from sqlalchemy import ColumnElement, Engine, String, case, func, select
from sqlalchemy.sql import Subquery

from core.vocabulary import SITE_TYPES
from data_access import overview
from data_access.access import region_level, within_region
from data_access.metrics import FindingFilters, concerns_findings, count_if, findings_view
from data_access.models import Batch, Region, Site, SiteFinding

# Above this many sites the map shows grid cells instead of points (see docs/performance.md).
POINT_LIMIT = 5000
# Grid cells along the longer side of the sites' extent in the aggregated view.
GRID_CELLS = 40
# The rectification status of a site is the worst status among its linked findings.
RECTIFICATION_ORDER = ("reopened", "not_started", "in_progress", "completed", "closed")
NO_LINK = "none"  # key for sites without a (matching) linked finding, or without a value
COLOR_KEYS = ("risk", "category", "rectification", "status")

POINT_COLUMNS = [
    "site_id",
    "code",
    "name",
    "site_type",
    "subtype",
    "status",
    "risk_level",
    "planned_use",
    "sensitive_use",
    "area_mu",
    "lon",
    "lat",
    "removed_from_list",
    "water_test",
    "region_code",
    "region_name",
    "rectification",
]
LINK_COLUMNS = ["site_id", "finding_id", "batch_name", "number", "title", "status"]
GRID_COLUMNS = ["site_type", "lon", "lat", "key", "sites", "sensitive"]
COUNT_COLUMNS = ["site_type", "sites", "sensitive", "min_lon", "min_lat", "max_lon", "max_lat"]


@dataclass(frozen=True)
class SiteMap:
    """What the map shows for one set of filters and layers."""

    mode: str  # "points", "grid" or "empty"
    counts: pd.DataFrame  # COUNT_COLUMNS per site type — every type, whatever layers are on
    points: pd.DataFrame  # POINT_COLUMNS, one row per site (points mode)
    links: pd.DataFrame  # LINK_COLUMNS, the matching linked findings of those sites
    grid: pd.DataFrame  # GRID_COLUMNS, sites per cell, type and colour key (grid mode)
    cell_degrees: float | None
    extent: tuple[float, float, float, float] | None  # min lon, min lat, max lon, max lat
    color_by: str

    @property
    def shown(self) -> int:
        """Sites on the visible layers."""
        if self.mode == "points":
            return len(self.points)
        return int(self.grid["sites"].sum()) if not self.grid.empty else 0


def linked_findings_view(filters: FindingFilters, *, today: date) -> Subquery:
    """The findings a site may be linked through: the shared filters without the region."""
    return findings_view(replace(filters, region_code=None), today=today)


def _place_conditions(filters: FindingFilters, site_types: tuple[str, ...] | None = None) -> list:
    """Region (the site's own columns) and site type."""
    conditions: list[ColumnElement[bool]] = []
    for code in (filters.scope_code, filters.region_code):
        if code:
            conditions.append(
                within_region(code, province=Site.province_code, city=Site.city_code, county=Site.county_code)
            )
    if site_types is not None:
        conditions.append(Site.site_type.in_(site_types))
    return conditions


def _conditions(
    filters: FindingFilters, view: Subquery, site_types: tuple[str, ...] | None = None
) -> list[ColumnElement[bool]]:
    """The sites passing the filters: place, and a matching linked finding when filters ask."""
    conditions = _place_conditions(filters, site_types)
    if concerns_findings(filters):
        # Uncorrelated: the matching findings are found once, not once per site.
        linked = select(SiteFinding.site_id).join(view, view.c.finding_id == SiteFinding.finding_id)
        conditions.append(Site.id.in_(linked))
    return conditions


def _worst_status(view: Subquery) -> Subquery:
    """Per linked site, the rank (in RECTIFICATION_ORDER) of its worst matching finding."""
    rank = case(*[(view.c.status == s, i) for i, s in enumerate(RECTIFICATION_ORDER)], else_=99)
    return (
        select(SiteFinding.site_id.label("site_id"), func.min(rank).label("rank"))
        .join(view, view.c.finding_id == SiteFinding.finding_id)
        .group_by(SiteFinding.site_id)
        .subquery("worst")
    )


def _status_from_rank(rank: object) -> str:
    if rank is None or pd.isna(rank) or not 0 <= int(rank) < len(RECTIFICATION_ORDER):
        return NO_LINK
    return RECTIFICATION_ORDER[int(rank)]


def site_counts(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Per site type (every type, zero included): sites, sites planned for sensitive use, and
    their extent (min/max lon/lat, None without sites) — one scan serves the tiles and the view."""
    view = linked_findings_view(filters, today=today)
    query = (
        select(
            Site.site_type,
            func.count().label("sites"),
            count_if(Site.sensitive_use == True).label("sensitive"),  # noqa: E712 - SQL
            func.min(Site.lon).label("min_lon"),
            func.min(Site.lat).label("min_lat"),
            func.max(Site.lon).label("max_lon"),
            func.max(Site.lat).label("max_lat"),
        )
        .where(*_conditions(filters, view))
        .group_by(Site.site_type)
    )
    with engine.connect() as connection:
        found = {row.site_type: row for row in connection.execute(query)}
    rows = []
    for site_type in SITE_TYPES:
        row = found.get(site_type)
        if row is None:
            rows.append((site_type, 0, 0, None, None, None, None))
        else:
            rows.append((site_type, int(row.sites), int(row.sensitive), *(float(v) for v in row[3:])))
    return pd.DataFrame(rows, columns=COUNT_COLUMNS)


def site_map(
    engine: Engine,
    *,
    filters: FindingFilters,
    today: date,
    site_types: tuple[str, ...],
    color_by: str = "risk",
    point_limit: int | None = None,
) -> SiteMap:
    """Points for up to `point_limit` sites on the visible layers, grid cells above that."""
    if color_by not in COLOR_KEYS:
        raise ValueError(f"unknown colour key: {color_by}")
    limit = POINT_LIMIT if point_limit is None else point_limit
    counts = site_counts(engine, filters=filters, today=today)
    shown = int(counts.loc[counts["site_type"].isin(site_types), "sites"].sum())
    empty = SiteMap(
        mode="empty",
        counts=counts,
        points=pd.DataFrame(columns=POINT_COLUMNS),
        links=pd.DataFrame(columns=LINK_COLUMNS),
        grid=pd.DataFrame(columns=GRID_COLUMNS),
        cell_degrees=None,
        extent=None,
        color_by=color_by,
    )
    if shown == 0:
        return empty
    view = linked_findings_view(filters, today=today)
    conditions = _conditions(filters, view, site_types)
    visible = counts[counts["site_type"].isin(site_types) & (counts["sites"] > 0)]
    extent = (
        float(visible["min_lon"].min()),
        float(visible["min_lat"].min()),
        float(visible["max_lon"].max()),
        float(visible["max_lat"].max()),
    )
    if shown <= limit:
        points, links = _points(engine, conditions, _place_conditions(filters, site_types), view)
        return replace(empty, mode="points", points=points, links=links, extent=extent)
    cell = grid_cell_degrees(extent)
    grid = _grid(engine, conditions, view, color_by=color_by, cell=cell)
    return replace(empty, mode="grid", grid=grid, cell_degrees=cell, extent=extent)


def grid_cell_degrees(extent: tuple[float, float, float, float]) -> float:
    """A round cell size giving about GRID_CELLS cells along the longer side of the extent."""
    span = max(extent[2] - extent[0], extent[3] - extent[1], 0.01)
    raw = span / GRID_CELLS
    for step in (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0):
        if raw <= step:
            return step
    return 5.0


def _points(
    engine: Engine, conditions: list, place_conditions: list, view: Subquery
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shown sites and their matching linked findings (few: at most the point limit).

    The links query joins through the filtered findings instead of repeating the sites'
    IN-condition, which lets SQLite start from whichever side is smaller. The worst status
    is then taken from those links here rather than with another grouped subquery.
    """
    query = (
        select(
            Site.id.label("site_id"),
            Site.code,
            Site.name,
            Site.site_type,
            Site.subtype,
            Site.status,
            Site.risk_level,
            Site.planned_use,
            Site.sensitive_use,
            Site.area_mu,
            Site.lon,
            Site.lat,
            Site.removed_from_list,
            Site.water_test,
            Site.region_code,
            Region.name.label("region_name"),
        )
        .join(Region, Region.code == Site.region_code)
        .where(*conditions)
        .order_by(Site.site_type, Site.code)
    )
    links_query = (
        select(
            SiteFinding.site_id,
            view.c.finding_id,
            Batch.name.label("batch_name"),
            view.c.number,
            view.c.title,
            view.c.status,
        )
        .select_from(Site)
        .join(SiteFinding, SiteFinding.site_id == Site.id)
        .join(view, view.c.finding_id == SiteFinding.finding_id)
        .join(Batch, Batch.id == view.c.batch_id)
        .where(*place_conditions)
        .order_by(SiteFinding.site_id, Batch.feedback_date, Batch.code, view.c.number)
    )
    with engine.connect() as connection:
        points = pd.DataFrame(connection.execute(query).mappings().all())
        links = pd.DataFrame(connection.execute(links_query).all(), columns=LINK_COLUMNS)
    rank = {status: i for i, status in enumerate(RECTIFICATION_ORDER)}
    worst: dict[int, int] = {}
    for site_id, status in zip(links["site_id"], links["status"], strict=True):
        worst[site_id] = min(worst.get(site_id, 99), rank.get(status, 99))
    points["rectification"] = [_status_from_rank(worst.get(site_id)) for site_id in points["site_id"]]
    for column in ("sensitive_use", "removed_from_list"):
        points[column] = points[column].fillna(False).astype(bool)
    return points[POINT_COLUMNS], links


def _grid(engine: Engine, conditions: list, view: Subquery, *, color_by: str, cell: float) -> pd.DataFrame:
    """Sites per grid cell, site type and colour key.

    Cells are computed in an inner query and grouped on its output columns: grouping on an
    expression holding a bound parameter fails on PostgreSQL.
    """
    worst = _worst_status(view) if color_by == "rectification" else None
    if worst is not None:
        key = func.coalesce(worst.c.rank, 99)
    else:
        column = {"risk": Site.risk_level, "category": Site.subtype, "status": Site.status}[color_by]
        # Typed as a plain string: the enum types would reject the NO_LINK placeholder.
        key = func.coalesce(column, NO_LINK, type_=String)
    cells = select(
        Site.site_type.label("site_type"),
        func.round(Site.lon / cell).label("gx"),
        func.round(Site.lat / cell).label("gy"),
        key.label("key"),
        case((Site.sensitive_use == True, 1), else_=0).label("sensitive"),  # noqa: E712 - SQL
    ).where(*conditions)
    if worst is not None:
        cells = cells.outerjoin(worst, worst.c.site_id == Site.id)
    cells = cells.subquery("cells")
    query = select(
        cells.c.site_type,
        cells.c.gx,
        cells.c.gy,
        cells.c.key,
        func.count().label("sites"),
        func.sum(cells.c.sensitive).label("sensitive"),
    ).group_by(cells.c.site_type, cells.c.gx, cells.c.gy, cells.c.key)
    with engine.connect() as connection:
        frame = pd.DataFrame(
            connection.execute(query).all(), columns=["site_type", "gx", "gy", "key", "sites", "sensitive"]
        )
    frame["lon"] = frame["gx"].astype(float) * cell
    frame["lat"] = frame["gy"].astype(float) * cell
    if color_by == "rectification":
        frame["key"] = [_status_from_rank(rank) for rank in frame["key"]]
    else:
        frame["key"] = frame["key"].astype(str)
    frame["sites"] = frame["sites"].astype(int)
    frame["sensitive"] = frame["sensitive"].astype(int)
    return frame[GRID_COLUMNS]


# --- regions -----------------------------------------------------------------------------


REGION_COLUMNS = [
    "region_code",
    "place_code",
    "region_name",
    "full_name",
    "level",
    "lon",
    "lat",
    "total",
    "done",
    "closed",
    "overdue",
    "completion_ratio",
    "closure_ratio",
]


def region_completion(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """The overview's completion by region (docs/metrics.md, “By region”) with centroids.

    Findings owned by the selected region itself (“<region>本级”) sit at its centroid. The
    other regions of that level without findings are listed too (total 0, ratio empty), so
    the map names every place around the sites.
    """
    frame = overview.completion_by_region(engine, filters=filters, today=today)
    query = select(
        Region.code, Region.name, Region.short_name, Region.level, Region.parent_code, Region.lon, Region.lat
    )
    with engine.connect() as connection:
        places = pd.DataFrame(
            connection.execute(query).all(),
            columns=["code", "full_name", "short_name", "level", "parent_code", "lon", "lat"],
        )
    selected = filters.region_code
    if selected is None:
        level_rows = places[places["parent_code"].isna()]
    elif region_level(selected) == "county":
        level_rows = places[places["code"] == selected]
    else:
        level_rows = places[places["parent_code"] == selected]
    frame["place_code"] = [selected if pd.isna(code) else code for code in frame["region_code"]]
    missing = level_rows[~level_rows["code"].isin(frame["region_code"])]
    empty_rows = pd.DataFrame(
        {
            "region_code": missing["code"],
            "place_code": missing["code"],
            "region_name": missing["short_name"],
            "total": 0,
            "done": 0,
            "closed": 0,
            "overdue": 0,
            "completion_ratio": float("nan"),
            "closure_ratio": float("nan"),
        }
    )
    if frame.empty:
        frame = empty_rows
    elif not empty_rows.empty:
        frame = pd.concat([frame, empty_rows], ignore_index=True)
    merged = frame.merge(
        places.drop(columns=["short_name", "parent_code"]), left_on="place_code", right_on="code"
    )
    merged = merged.dropna(subset=["lon", "lat"])
    return merged[REGION_COLUMNS].reset_index(drop=True)


def region_centroid(engine: Engine, *, region_code: str) -> dict[str, object] | None:
    """Name, level and centroid of one region (to centre the map when nothing is shown)."""
    query = select(Region.code, Region.name, Region.level, Region.lon, Region.lat).where(
        Region.code == region_code
    )
    with engine.connect() as connection:
        row = connection.execute(query).first()
    if row is None or row.lon is None or row.lat is None:
        return None
    return {"code": row.code, "name": row.name, "level": row.level, "lon": row.lon, "lat": row.lat}
