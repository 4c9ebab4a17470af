"""Loaders of the monthly dispatch page (月度调度, pages/dispatch.py)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from data_access import dispatch as dispatch_queries
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在汇总月度调度…")
def monthly_dispatch(
    url: str, version: int, filters: FindingFilters, month: date, today: date
) -> dispatch_queries.MonthlyDispatch:
    return dispatch_queries.monthly_dispatch(get_engine(url), filters=filters, month=month, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在汇总月度调度…")
def dispatch_scope(url: str, version: int, filters: FindingFilters) -> str:
    return dispatch_queries.describe_scope(get_engine(url), filters=filters)
