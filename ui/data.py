"""Cached loaders between the pages and `data_access`.

Every cached function takes the database URL and the data version: any write bumps the
version, so the next run misses the cache and shows the new data at once. The TTL only
bounds memory.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from data_access import dispatch as dispatch_queries
from data_access import finding_detail as detail
from data_access import geo, overdue, overview, reference, sites, users
from data_access import indicators as indicator_queries
from data_access.access import Viewer
from data_access.db import data_version, get_engine, get_meta, is_empty, migrate
from data_access.metrics import FindingFilters
from data_access.sample_loader import load_sample_data
from data_access.settings import get_settings
from data_access.users import add_demo_users
from ui.filters import FilterOptions

CACHE_TTL_SECONDS = 600


@st.cache_resource(show_spinner="正在准备数据库…")
def prepare_database(url: str, load_sample: bool, today: date) -> bool:
    """Migrate the schema and, on first start, load the sample data. Runs once per process."""
    engine = get_engine(url)
    migrate(engine)
    if load_sample and is_empty(engine):
        load_sample_data(engine, today=today)
        add_demo_users(engine)
    return True


def database_url() -> str:
    settings = get_settings()
    prepare_database(settings.database_url, settings.load_sample_on_empty, settings.today())
    return settings.database_url


def today() -> date:
    return get_settings().today()


def current_version(url: str) -> int:
    return data_version(get_engine(url))


def is_synthetic(url: str) -> bool:
    """Data made by `manage.py generate` (no real plan text at all)."""
    return get_meta(get_engine(url), "synthetic") == "1"


def is_demo(url: str) -> bool:
    return get_meta(get_engine(url), "demo_history") == "1"


def require_sign_in() -> bool:
    return get_settings().require_sign_in


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def filter_options(url: str, version: int, scope_code: str | None = None) -> FilterOptions:
    """What the filter widgets offer: inside the viewer's region only."""
    engine = get_engine(url)
    return FilterOptions(
        regions=reference.regions(engine, scope_code=scope_code),
        batches=reference.batches(engine, scope_code=scope_code),
        units=reference.lead_units(engine, scope_code=scope_code),
        scope_code=scope_code,
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
def finding_detail(url: str, version: int, finding_id: int, scope_code: str | None):
    return detail.finding_detail(get_engine(url), finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def finding_audit_trail(url: str, version: int, finding_id: int, scope_code: str | None) -> pd.DataFrame:
    from data_access.audit_queries import finding_audit_trail as trail

    return trail(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def search_findings(url: str, version: int, text: str, filters: FindingFilters, today: date) -> pd.DataFrame:
    return detail.search_findings(get_engine(url), text=text, filters=filters, today=today)


# --- map (pages/map.py) -------------------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取点位…")
def site_map(
    url: str,
    version: int,
    filters: FindingFilters,
    today: date,
    site_types: tuple[str, ...],
    color_by: str,
    point_limit: int | None = None,
) -> sites.SiteMap:
    """None: the default limit (sites.POINT_LIMIT) above which sites are shown per grid cell."""
    return sites.site_map(
        get_engine(url),
        filters=filters,
        today=today,
        site_types=site_types,
        color_by=color_by,
        point_limit=point_limit,
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def map_regions(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return sites.region_completion(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def region_centroid(url: str, version: int, region_code: str) -> dict | None:
    return sites.region_centroid(get_engine(url), region_code=region_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def region_outlines(directory: str) -> geo.RegionOutlines:
    return geo.load_region_outlines(Path(directory))


def basemap() -> geo.BasemapConfig:
    return geo.basemap_config()


# --- monthly dispatch and indicators (pages/dispatch.py, pages/indicators.py) ---------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在汇总月度调度…")
def monthly_dispatch(
    url: str, version: int, filters: FindingFilters, month: date, today: date
) -> dispatch_queries.MonthlyDispatch:
    return dispatch_queries.monthly_dispatch(get_engine(url), filters=filters, month=month, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def dispatch_scope(url: str, version: int, filters: FindingFilters) -> str:
    return dispatch_queries.describe_scope(get_engine(url), filters=filters)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def indicator_targets(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return indicator_queries.indicator_targets(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def indicator_flagged_values(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    return indicator_queries.flagged_values(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def indicator_series(
    url: str, version: int, indicator_id: int, region_code: str, filters: FindingFilters, today: date
) -> pd.DataFrame:
    return indicator_queries.indicator_series(
        get_engine(url), indicator_id=indicator_id, region_code=region_code, filters=filters, today=today
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def indicator_links(
    url: str, version: int, indicator_id: int, as_of: date | None, today: date, scope_code: str | None
) -> indicator_queries.IndicatorLinks:
    return indicator_queries.indicator_links(
        get_engine(url), indicator_id=indicator_id, as_of=as_of, today=today, scope_code=scope_code
    )


# --- plan import (方案导入) -----------------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def batch_findings(url: str, version: int, batch_code: str) -> dict[int, str]:
    from data_access.plan_import import batch_findings as stored

    return stored(get_engine(url), batch_code=batch_code)


# --- Excel ledger and monthly reporting forms (pages/ledger.py, pages/report.py) ------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def ledger_template(url: str, version: int) -> bytes:
    from data_access import ledger

    return ledger.ledger_template(get_engine(url))


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在生成台账…", max_entries=4)
def ledger_export(url: str, version: int, filters: FindingFilters, today: date) -> bytes:
    from data_access import ledger

    return ledger.export_ledger(get_engine(url), filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在检查文件…", max_entries=4)
def ledger_preview(url: str, version: int, content: bytes, filename: str, today: date, user: Viewer):
    """What importing the uploaded file would do (an ImportPlan); writes nothing."""
    from data_access import ledger

    return ledger.preview_import(get_engine(url), data=content, filename=filename, today=today, user=user)


def import_ledger(url: str, *, content: bytes, filename: str, user: Viewer, today: date, fingerprint: str):
    """Write: import the file the user previewed (raises ImportRejected / LedgerConflict / AccessDenied)."""
    from data_access import ledger

    return ledger.apply_import(
        get_engine(url),
        data=content,
        filename=filename,
        actor=user.audit_name,
        today=today,
        expected_fingerprint=fingerprint,
        user=user,
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def report_units(url: str, version: int, region_code: str | None, scope_code: str | None) -> pd.DataFrame:
    from data_access import reporting

    return reporting.report_units(get_engine(url), region_code=region_code, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def unit_findings(url: str, version: int, unit_id: int, today: date, scope_code: str | None) -> pd.DataFrame:
    from data_access import reporting

    return reporting.unit_findings(get_engine(url), unit_id=unit_id, today=today, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def report_finding(url: str, version: int, finding_id: int, scope_code: str | None) -> dict | None:
    from data_access import reporting

    return reporting.finding_summary(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def monthly_report(
    url: str, version: int, finding_id: int, period: date, scope_code: str | None
) -> dict | None:
    from data_access import reporting

    return reporting.monthly_report(
        get_engine(url), finding_id=finding_id, period=period, scope_code=scope_code
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def closure_form_defaults(url: str, version: int, finding_id: int, scope_code: str | None) -> dict:
    from data_access import reporting

    return reporting.closure_form_defaults(get_engine(url), finding_id=finding_id, scope_code=scope_code)


def save_monthly_report(url: str, **kwargs):
    """Write: a monthly report (raises ConcurrentEditError / ReportingError)."""
    from data_access import reporting

    return reporting.save_monthly_report(get_engine(url), **kwargs)


def save_closure_record(url: str, **kwargs):
    """Write: the closure sign-off form (raises ConcurrentEditError / ReportingError)."""
    from data_access import reporting

    return reporting.save_closure_record(get_engine(url), **kwargs)


def reopen_finding(url: str, **kwargs):
    """Write: reopen after a follow-up check (raises ConcurrentEditError / ReportingError)."""
    from data_access import reporting

    return reporting.reopen_finding(get_engine(url), **kwargs)


# --- users (pages/account.py) ------------------------------------------------------------------


def user_list(url: str, admin: Viewer) -> pd.DataFrame:
    """Not cached: a few hundred rows at most, and a change must show in every process."""
    return users.list_users(get_engine(url), admin=admin)


def add_user(url: str, **kwargs) -> int:
    """Write: a new user (raises UserError / AccessDenied)."""
    return users.add_user(get_engine(url), **kwargs)


def set_user_active(url: str, **kwargs) -> None:
    users.set_active(get_engine(url), **kwargs)


def reset_user_password(url: str, **kwargs) -> None:
    users.reset_password(get_engine(url), **kwargs)


def change_own_password(url: str, **kwargs) -> None:
    users.change_own_password(get_engine(url), **kwargs)
