"""Cached loaders between the pages and `data_access`.

Every cached function takes the database URL and the data version: any write bumps the
version, so the next run misses the cache and shows the new data at once. The TTL only
bounds memory.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from charts import overdue as overdue_charts
from charts import overview as overview_charts
from core import geo
from core.settings import get_settings
from data_access import dispatch as dispatch_queries
from data_access import finding_detail as detail
from data_access import indicators as indicator_queries
from data_access import overdue, overview, reference, sites, users
from data_access.access import Viewer
from data_access.db import data_version, get_engine, get_meta, is_empty, migrate
from data_access.metrics import FindingFilters
from data_access.users import add_demo_users
from sample_data.loader import load_sample_data
from ui.filters import UNIT_OPTION_LIMIT, FilterOptions, offered_units, unit_ids_for_labels, unit_label_name

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
def filter_options(
    url: str, version: int, unit_ids: tuple[str, ...] = (), scope_code: str | None = None
) -> FilterOptions:
    """Regions, batches and lead units inside the viewer's region (`scope_code`); the lead
    units all of them when few, else only `unit_ids`."""
    engine = get_engine(url)
    small = lead_unit_count(url, version, None, scope_code) <= UNIT_OPTION_LIMIT
    return FilterOptions(
        regions=reference.regions(engine, scope_code=scope_code),
        batches=reference.batches(engine, scope_code=scope_code),
        units=reference.lead_units(
            engine, unit_ids=None if small else [int(i) for i in unit_ids], scope_code=scope_code
        ),
        scope_code=scope_code,
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def lead_unit_count(url: str, version: int, region_code: str | None, scope_code: str | None = None) -> int:
    return reference.count_lead_units(get_engine(url), region_code=region_code, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def unit_choices(
    url: str, version: int, region_code: str | None, chosen: tuple[str, ...], scope_code: str | None = None
) -> tuple[dict[str, str], int]:
    """The lead units the sidebar offers (see ui.filters.offered_units), inside `scope_code`."""
    engine = get_engine(url)
    # The viewer's own region is their scope: units leading its findings, wherever they sit.
    region = None if region_code == scope_code else region_code
    in_scope = lead_unit_count(url, version, region, scope_code)
    units = (
        reference.lead_units(engine, region_code=region, scope_code=scope_code)
        if in_scope <= UNIT_OPTION_LIMIT
        else None
    )
    chosen_units = (
        reference.lead_units(engine, unit_ids=[int(i) for i in chosen], scope_code=scope_code)
        if chosen
        else None
    )
    return offered_units(units, chosen_units), in_scope


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def units_for_labels(
    url: str, version: int, labels: tuple[str, ...], scope_code: str | None = None
) -> list[str]:
    names = [unit_label_name(label) for label in labels]
    units = reference.lead_units(get_engine(url), names=names, scope_code=scope_code)
    return unit_ids_for_labels(units, list(labels))


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


# --- built charts -------------------------------------------------------------------------
# Plotly figures cost more to build (and far more to copy out of st.cache_data, which pickles)
# than the cached numbers behind them. They are kept per (data version, filters) as shared
# resources: st.plotly_chart only reads a figure (it serialises a copy), so no session can
# change another's. The data version in the key drops them after any write.


@st.cache_resource(ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner=False)
def region_chart(url: str, version: int, filters: FindingFilters, today: date, large: bool) -> go.Figure:
    return overview_charts.completion_bars(
        completion_by_region(url, version, filters, today),
        name_column="region_name",
        key_column="region_code",
        title="各地区整改完成情况",
        large=large,
    )


@st.cache_resource(ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner=False)
def batch_chart(url: str, version: int, filters: FindingFilters, today: date) -> go.Figure:
    return overview_charts.completion_bars(
        completion_by_batch(url, version, filters, today),
        name_column="batch_name",
        key_column="batch_code",
        title="各督察批次整改完成情况",
    )


@st.cache_resource(ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner=False)
def status_chart(url: str, version: int, filters: FindingFilters, today: date, large: bool) -> go.Figure:
    return overview_charts.status_donut(status_breakdown(url, version, filters, today), large=large)


@st.cache_resource(ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner=False)
def deadlines_chart(url: str, version: int, filters: FindingFilters, today: date) -> go.Figure:
    return overview_charts.deadlines_ahead(deadlines_by_month(url, version, filters, today))


@st.cache_resource(ttl=CACHE_TTL_SECONDS, max_entries=128, show_spinner=False)
def overdue_units_chart(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool
) -> go.Figure:
    board, _units = unit_ranking(url, version, filters, today, include_cooperating)
    return overdue_charts.overdue_by_unit(board)  # the worst units come first: the head suffices


# --- overdue and warnings (逾期督办) -------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def unit_scoreboard(
    url: str, version: int, filters: FindingFilters, today: date, include_cooperating: bool
) -> pd.DataFrame:
    return overdue.unit_scoreboard(
        get_engine(url), filters=filters, today=today, include_cooperating=include_cooperating
    )


SCOREBOARD_ROWS = 300  # units the 逾期督办 page shows (all of them in the export)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
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


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def overdue_findings(url: str, version: int, filters: FindingFilters, today: date) -> pd.DataFrame:
    """The longest overdue findings the page lists (OVERDUE_PAGE_ROWS)."""
    return overdue.overdue_findings(
        get_engine(url), filters=filters, today=today, limit=overdue.OVERDUE_PAGE_ROWS
    )


def overdue_export(url: str, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Every overdue finding (up to OVERDUE_EXPORT_LIMIT), read when the export is clicked
    and not cached: 44,000 rows at national scale."""
    return overdue.overdue_findings(
        get_engine(url), filters=filters, today=today, limit=overdue.OVERDUE_EXPORT_LIMIT
    )


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
    from data_access.commands.plan_import import batch_findings as stored

    return stored(get_engine(url), batch_code=batch_code)


# --- Excel ledger and monthly reporting forms (pages/ledger.py, pages/report.py) ------------


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def ledger_template(url: str, version: int, user: Viewer) -> bytes:
    from data_access import ledger

    return ledger.ledger_template(get_engine(url), user=user)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在生成台账…", max_entries=4)
def ledger_export(url: str, version: int, filters: FindingFilters, today: date, user: Viewer) -> bytes:
    from data_access import ledger

    return ledger.export_ledger(get_engine(url), filters=filters, today=today, user=user)


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
    from data_access.commands import reporting

    return reporting.report_units(get_engine(url), region_code=region_code, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def unit_findings(url: str, version: int, unit_id: int, today: date, scope_code: str | None) -> pd.DataFrame:
    from data_access.commands import reporting

    return reporting.unit_findings(get_engine(url), unit_id=unit_id, today=today, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def report_finding(url: str, version: int, finding_id: int, scope_code: str | None) -> dict | None:
    from data_access.commands import reporting

    return reporting.finding_summary(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def monthly_report(
    url: str, version: int, finding_id: int, period: date, scope_code: str | None
) -> dict | None:
    from data_access.commands import reporting

    return reporting.monthly_report(
        get_engine(url), finding_id=finding_id, period=period, scope_code=scope_code
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def closure_form_defaults(url: str, version: int, finding_id: int, scope_code: str | None) -> dict:
    from data_access.commands import reporting

    return reporting.closure_form_defaults(get_engine(url), finding_id=finding_id, scope_code=scope_code)


def save_monthly_report(url: str, **kwargs):
    """Write: a monthly report (raises ConcurrentEditError / ReportingError)."""
    from data_access.commands import reporting

    return reporting.save_monthly_report(get_engine(url), **kwargs)


def save_closure_record(url: str, **kwargs):
    """Write: the closure sign-off form (raises ConcurrentEditError / ReportingError)."""
    from data_access.commands import reporting

    return reporting.save_closure_record(get_engine(url), **kwargs)


def reopen_finding(url: str, **kwargs):
    """Write: reopen after a follow-up check (raises ConcurrentEditError / ReportingError)."""
    from data_access.commands import reporting

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


def change_own_password(url: str, **kwargs) -> datetime:
    return users.change_own_password(get_engine(url), **kwargs)
