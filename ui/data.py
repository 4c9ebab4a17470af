"""Cached loaders between the pages and `data_access`.

Every cached function takes the database URL and the data version: any write bumps the
version, so the next run misses the cache and shows the new data at once. The TTL only
bounds memory.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from data_access import finding_detail as detail
from data_access import overdue, overview, reference
from data_access.db import data_version, get_engine, get_meta, is_empty, migrate
from data_access.metrics import FindingFilters
from data_access.sample_loader import load_sample_data
from data_access.settings import get_settings
from ui.filters import FilterOptions

CACHE_TTL_SECONDS = 600


@st.cache_resource(show_spinner="正在准备数据库…")
def prepare_database(url: str, load_sample: bool, today: date) -> bool:
    """Migrate the schema and, on first start, load the sample data. Runs once per process."""
    engine = get_engine(url)
    migrate(engine)
    if load_sample and is_empty(engine):
        load_sample_data(engine, today=today)
    return True


def database_url() -> str:
    settings = get_settings()
    prepare_database(settings.database_url, settings.load_sample_on_empty, settings.today())
    return settings.database_url


def today() -> date:
    return get_settings().today()


def current_version(url: str) -> int:
    return data_version(get_engine(url))


def is_demo(url: str) -> bool:
    return get_meta(get_engine(url), "demo_history") == "1"


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def filter_options(url: str, version: int) -> FilterOptions:
    engine = get_engine(url)
    return FilterOptions(
        regions=reference.regions(engine),
        batches=reference.batches(engine),
        units=reference.lead_units(engine),
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def kpis(url: str, version: int, filters: FindingFilters, today: date) -> dict:
    return overview.kpi_summary(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def completion_by_region(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.completion_by_region(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def completion_by_batch(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.completion_by_batch(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def status_breakdown(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.status_breakdown(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def deadlines_by_month(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overview.deadlines_by_month(get_engine(url), filters=filters, today=today)


# --- overdue and warnings (逾期督办) -------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def unit_scoreboard(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool
) -> pd.DataFrame:
    return overdue.unit_scoreboard(
        get_engine(url), filters=filters, today=today, include_cooperating=include_cooperating
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def overdue_findings(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return overdue.overdue_findings(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def count_overdue(url: str, version: int, filters: FindingFilters, today: date) -> int:
    return overdue.count_overdue(get_engine(url), filters=filters, today=today)


# --- finding drill-down (问题详情) ----------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def finding_detail(url: str, version: int, finding_id: int):
    return detail.finding_detail(get_engine(url), finding_id)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def search_findings(url: str, version: int, text: str, filters: FindingFilters, today: date) -> pd.DataFrame:
    return detail.search_findings(get_engine(url), text=text, filters=filters, today=today)
