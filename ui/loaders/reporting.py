"""Loaders and writes of the monthly reporting forms (月调度填报, pages/report.py)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from data_access import reporting as report_forms
from data_access.commands import reporting
from data_access.db import get_engine
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取报送记录…")
def report_units(url: str, version: int, region_code: str | None, scope_code: str | None) -> pd.DataFrame:
    return report_forms.report_units(get_engine(url), region_code=region_code, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取报送记录…")
def unit_findings(url: str, version: int, unit_id: int, today: date, scope_code: str | None) -> pd.DataFrame:
    return report_forms.unit_findings(get_engine(url), unit_id=unit_id, today=today, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取报送记录…")
def report_finding(url: str, version: int, finding_id: int, scope_code: str | None) -> dict | None:
    return report_forms.finding_summary(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取报送记录…")
def monthly_report(
    url: str, version: int, finding_id: int, period: date, scope_code: str | None
) -> dict | None:
    return report_forms.monthly_report(
        get_engine(url), finding_id=finding_id, period=period, scope_code=scope_code
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取报送记录…")
def previous_report(
    url: str, version: int, finding_id: int, period: date, scope_code: str | None
) -> dict | None:
    return report_forms.previous_report(
        get_engine(url), finding_id=finding_id, period=period, scope_code=scope_code
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取报送记录…")
def closure_form_defaults(url: str, version: int, finding_id: int, scope_code: str | None) -> dict:
    return report_forms.closure_form_defaults(get_engine(url), finding_id=finding_id, scope_code=scope_code)


def save_monthly_report(url: str, **kwargs):
    """Write: a monthly report (raises ConcurrentEditError / ReportingError)."""
    return reporting.save_monthly_report(get_engine(url), **kwargs)


def save_closure_record(url: str, **kwargs):
    """Write: the closure sign-off form (raises ConcurrentEditError / ReportingError)."""
    return reporting.save_closure_record(get_engine(url), **kwargs)


def reopen_finding(url: str, **kwargs):
    """Write: reopen after a follow-up check (raises ConcurrentEditError / ReportingError)."""
    return reporting.reopen_finding(get_engine(url), **kwargs)
