"""Loaders of the indicators page (指标, pages/indicators.py)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from data_access import indicators as indicator_queries
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.loaders.shared import CACHE_TTL_SECONDS, FILTERS_HASH


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在计算指标…")
def indicator_targets(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return indicator_queries.indicator_targets(get_engine(url), filters=filters, today=today)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在计算指标…")
def indicator_flagged_values(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return indicator_queries.flagged_values(get_engine(url), filters=filters, today=today)


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在计算指标…")
def indicator_series(
    url: str, version: int, indicator_id: int, region_code: str, filters: FindingFilters, today: date
) -> pd.DataFrame:
    return indicator_queries.indicator_series(
        get_engine(url), indicator_id=indicator_id, region_code=region_code, filters=filters, today=today
    )


@st.cache_data(hash_funcs=FILTERS_HASH, ttl=CACHE_TTL_SECONDS, show_spinner="正在计算指标…")
def indicator_links(
    url: str, version: int, indicator_id: int, as_of: date | None, today: date, scope_code: str | None
) -> indicator_queries.IndicatorLinks:
    return indicator_queries.indicator_links(
        get_engine(url), indicator_id=indicator_id, as_of=as_of, today=today, scope_code=scope_code
    )
