"""Loaders of the overdue and warnings page (逾期督办, pages/overdue.py)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import overdue as overdue_charts
from charts import overview as overview_charts
from data_access import overdue
from data_access.access import Viewer
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.loaders.shared import CACHE_TTL_SECONDS, FILTERS_HASH
from ui.meeting import stretched


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计逾期问题…")
def unit_scoreboard(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool
) -> pd.DataFrame:
    return overdue.unit_scoreboard(
        get_engine(url), filters=filters, today=today, include_cooperating=include_cooperating
    )


SCOREBOARD_ROWS = 300  # units the 逾期督办 page shows (all of them in the export)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计逾期问题…")
def unit_ranking(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool
) -> tuple[pd.DataFrame, int]:
    """The worst SCOREBOARD_ROWS units of the scoreboard, and how many units it has."""
    return overdue.unit_ranking(
        get_engine(url),
        filters=filters,
        today=today,
        include_cooperating=include_cooperating,
        limit=SCOREBOARD_ROWS,
    )


# A built chart, kept as a shared resource like those of ui/loaders/overview.py.
@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def overdue_units_chart(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool
) -> go.Figure:
    board, _units = unit_ranking(url, version, filters, today, include_cooperating)
    return overdue_charts.overdue_by_unit(board)  # the worst units come first: the head suffices


MEETING_UNITS = 10  # the units a projected chart names legibly


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def most_overdue_units_chart(
    url: str, version: int, filters: FindingFilters, today: date, scale: float = 1.0
) -> go.Figure:
    """Meeting mode: the lead units with the most overdue findings, most first, each bar with the
    count and its share of the unit's findings; text sized for the screen (`scale`)."""
    board, _units = unit_ranking(url, version, filters, today, False)
    worst = board[board["overdue"] > 0].sort_values(["overdue", "total"], ascending=[False, True])
    worst = worst.head(MEETING_UNITS)
    return stretched(
        overview_charts.count_ranking(
            worst.assign(
                name=[f"{u}（{r}）" for u, r in zip(worst["unit_name"], worst["region_name"], strict=True)]
            ),
            name_column="name",
            count_column="overdue",
            total_column="total",
            title=f"逾期问题最多的{len(worst)}个牵头单位" if len(worst) else "逾期问题最多的牵头单位",
            large=True,
            scale=scale,
            empty="没有逾期问题",
        )
    )


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def meeting_overdue_units_chart(
    url: str, version: int, filters: FindingFilters, today: date, scale: float = 1.0
) -> go.Figure:
    """Meeting mode: the worst units' overdue, soon-due and late findings on a screen-high chart,
    text sized for the screen (`scale`)."""
    board, _units = unit_ranking(url, version, filters, today, False)
    return stretched(
        overdue_charts.overdue_by_unit(
            board, title="逾期与预警最多的牵头单位", large=True, scale=scale, units=MEETING_UNITS
        )
    )


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计逾期问题…")
def overdue_findings(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    """The longest overdue findings the page lists (OVERDUE_PAGE_ROWS)."""
    return overdue.overdue_findings(
        get_engine(url), filters=filters, today=today, limit=overdue.OVERDUE_PAGE_ROWS
    )


def overdue_export(url: str, filters: FindingFilters, today: date, user: Viewer) -> pd.DataFrame:
    """Every overdue finding (up to OVERDUE_EXPORT_LIMIT), read when the export is clicked
    and not cached: 44,000 rows at national scale."""
    return overdue.overdue_export(get_engine(url), filters=filters, today=today, user=user)


@st.cache_data(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计逾期问题…", max_entries=8
)
def scoreboard_export(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool, user: Viewer
) -> pd.DataFrame:
    """The whole unit ranking, read when the export is clicked (35,000 units nationally)."""
    return overdue.scoreboard_export(
        get_engine(url), filters=filters, today=today, include_cooperating=include_cooperating, user=user
    )


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计逾期问题…")
def count_overdue(url: str, version: int, filters: FindingFilters, today: date) -> int:
    return overdue.count_overdue(get_engine(url), filters=filters, today=today)
