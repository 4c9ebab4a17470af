"""Loaders of the overview page (总体情况, pages/overview.py): figures and built charts."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import overview as overview_charts
from data_access import overview
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.format import pct
from ui.loaders.shared import CACHE_TTL_SECONDS, FILTERS_HASH
from ui.meeting import stretched


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计总览数据…")
def kpis(url: str, version: int, filters: FindingFilters, today: date) -> dict:
    return overview.kpi_summary(get_engine(url), filters=filters, today=today)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计总览数据…")
def completion_by_region(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.completion_by_region(get_engine(url), filters=filters, today=today)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计总览数据…")
def completion_by_batch(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.completion_by_batch(get_engine(url), filters=filters, today=today)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计总览数据…")
def status_breakdown(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.status_breakdown(get_engine(url), filters=filters, today=today)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在统计总览数据…")
def deadlines_by_month(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.deadlines_by_month(get_engine(url), filters=filters, today=today)


# --- built charts -------------------------------------------------------------------------
# Plotly figures cost more to build (and far more to copy out of st.cache_data, which pickles)
# than the cached numbers behind them. They are kept per (data version, filters) as shared
# resources: st.plotly_chart only reads a figure (it serialises a copy), so no session can
# change another's. The data version in the key drops them after any write.


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def region_chart(url: str, version: int, filters: FindingFilters, today: date, large: bool) -> go.Figure:
    return overview_charts.completion_bars(
        completion_by_region(url, version, filters, today),
        name_column="region_name",
        key_column="region_code",
        title="各地区整改完成情况",
        large=large,
    )


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def region_ranking_chart(
    url: str, version: int, filters: FindingFilters, today: date, scale: float = 1.0
) -> go.Figure:
    """Meeting mode: the completion ratio of each region one level below the filter, lowest
    first, its text sized for the screen (`scale`, ui.meeting.screen_scale)."""
    return stretched(
        overview_charts.ratio_ranking(
            completion_by_region(url, version, filters, today),
            name_column="region_name",
            key_column="region_code",
            title="各地区整改完成率（由低到高）",
            large=True,
            scale=scale,
        )
    )


BATCH_BARS = 30  # bars of the batch chart; the table under the charts lists every batch


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def batch_chart(url: str, version: int, filters: FindingFilters, today: date) -> go.Figure:
    return overview_charts.completion_bars(
        completion_by_batch(url, version, filters, today),
        name_column="batch_name",
        key_column="batch_code",
        title="各督察批次整改完成情况",
        limit=BATCH_BARS,
    )


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def status_chart(url: str, version: int, filters: FindingFilters, today: date, large: bool) -> go.Figure:
    return overview_charts.status_donut(status_breakdown(url, version, filters, today), large=large)


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在绘制图表…"
)
def deadlines_chart(url: str, version: int, filters: FindingFilters, today: date) -> go.Figure:
    return overview_charts.deadlines_ahead(deadlines_by_month(url, version, filters, today))


_TABLE_COLUMNS = {"total": "问题数", "done": "已完成", "closed": "已销号", "overdue": "已逾期"}


@st.cache_resource(
    hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner="正在统计总览数据…"
)
def data_tables(url: str, version: int, filters: FindingFilters, today: date) -> tuple[pd.DataFrame, ...]:
    """The 数据表 under the charts (by region, by batch) with Chinese headings and percentages,
    kept like the charts: renaming and formatting them again cost every rerun a few ms."""
    tables = []
    for frame, name_column, name_label in (
        (completion_by_region(url, version, filters, today), "region_name", "地区"),
        (completion_by_batch(url, version, filters, today), "batch_name", "督察批次"),
    ):
        table = frame.rename(columns={name_column: name_label, **_TABLE_COLUMNS})
        table["完成率"] = frame["completion_ratio"].map(pct)
        table["销号率"] = frame["closure_ratio"].map(pct)
        tables.append(table[[name_label, *_TABLE_COLUMNS.values(), "完成率", "销号率"]])
    return tuple(tables)
