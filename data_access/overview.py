"""Queries behind the leadership overview (总览). Aggregation happens in SQL."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, func, select
from sqlalchemy.sql import Subquery

from data_access.access import region_level
from data_access.closure_chain import sign_off_counts
from data_access.metrics import (
    DUE_SOON_DAYS,
    FindingFilters,
    findings_view,
    is_due_soon,
    is_late_report,
    is_open,
    is_overdue,
    ratio,
    selects_every_finding,
    status_counts,
)
from data_access.models import Batch, FindingCount, Region


def kpi_summary(engine: Engine, *, filters: FindingFilters, today: date) -> dict[str, float | None]:
    """Counts and ratios for the KPI tiles.

    Findings per status (from the derived counts when no filter applies, else an index-only
    scan), then each deadline figure as its own indexed range over the open findings
    (docs/performance.md).
    """
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    flags = {
        "overdue": is_overdue(view, as_of),
        "due_soon": is_due_soon(view, as_of),
        "late_report": is_late_report(view, as_of),
    }
    with engine.connect() as connection:
        counts = status_counts(connection.execute(_per_status(view, filters, today)).all())
        row = {
            key: int(connection.execute(select(func.count()).select_from(view).where(condition)).scalar_one())
            for key, condition in flags.items()
        }
    result: dict[str, float | None] = {
        "total": counts.total,
        "done": counts.done,
        "completed": counts.by_status.get("completed", 0),
        "closed": counts.closed,
        "open": counts.open,
        **row,
    }
    result["completion_ratio"] = ratio(counts.done, counts.total)
    result["closure_ratio"] = ratio(counts.closed, counts.total)
    result["due_soon_days"] = DUE_SOON_DAYS
    # The sign-off chain now (销号审核): under review, returned, in public notice.
    for state, count in sign_off_counts(engine, filters=filters, today=today).items():
        result[f"sign_off_{state}"] = count
    return result


def _per_status(view: Subquery, filters: FindingFilters, today: date):
    """(status, findings) rows: the derived counts for every finding as of today, else the view."""
    if selects_every_finding(filters, today=today):
        return (
            select(FindingCount.status, func.sum(FindingCount.findings))
            .group_by(FindingCount.status)
            .order_by(FindingCount.status)
        )
    return select(view.c.status, func.count()).group_by(view.c.status)


def completion_by_region(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Findings, done, closed and overdue per sub-region of the selected region.

    Findings owned by the selected region itself (a city-level finding when a city is
    selected) form their own row, named “<region>本级”.
    """
    view = findings_view(filters, today=today)
    selected = filters.region_code
    group_column = {
        None: view.c.province_code,
        "province": view.c.city_code,
        "city": view.c.county_code,
        "county": view.c.county_code,
    }[region_level(selected) if selected else None]
    # Every finding as of today: per province from the derived counts (same definition).
    stored = FindingCount.province_code if selects_every_finding(filters, today=today) else None
    frame = _grouped_counts(engine, view, group_column, filters.as_of or today, stored=stored)
    if frame.empty:
        return _empty_breakdown("region_code", "region_name")
    frame = frame.rename(columns={"key": "region_code"})
    with engine.connect() as connection:
        names = dict(connection.execute(select(Region.code, Region.short_name)).all())
    own_name = f"{names.get(selected, '')}本级" if selected else "未归属"
    frame["region_name"] = [names.get(code, own_name) if code else own_name for code in frame["region_code"]]
    return _with_ratios(frame).sort_values(["completion_ratio", "total"], ascending=[True, False])


def completion_by_batch(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Findings, done, closed and overdue per inspection batch."""
    view = findings_view(filters, today=today)
    stored = FindingCount.batch_id if selects_every_finding(filters, today=today) else None
    frame = _grouped_counts(engine, view, view.c.batch_id, filters.as_of or today, stored=stored)
    if frame.empty:
        return _empty_breakdown("batch_code", "batch_name")
    query = select(Batch.id, Batch.code, Batch.name, Batch.feedback_date).where(
        Batch.id.in_([int(i) for i in frame["key"]])
    )
    with engine.connect() as connection:
        batches = pd.DataFrame(
            connection.execute(query).all(), columns=["key", "batch_code", "batch_name", "fed"]
        )
    frame = batches.merge(frame, on="key")
    frame = frame.sort_values(["fed", "batch_code"], na_position="last")  # undated batches last
    return _with_ratios(frame.drop(columns=["key", "fed"]).reset_index(drop=True))


def _grouped_counts(
    engine: Engine, view: Subquery, group_column, as_of: date, *, stored=None
) -> pd.DataFrame:
    """key, total, done, closed, overdue per value of `group_column`.

    Findings per (group, status) come from an index-only scan without a CASE per row, or from
    the derived counts (`stored`: the same grouping column of `finding_counts`, only when the
    view is every finding as of today); the overdue findings, few in number, are counted
    separately through the state index.
    """
    if stored is not None:
        per_status = select(
            stored.label("key"), FindingCount.status, func.sum(FindingCount.findings)
        ).group_by(stored, FindingCount.status)
    else:
        per_status = select(group_column.label("key"), view.c.status, func.count()).group_by(
            group_column, view.c.status
        )
    # MATERIALIZED: read the few overdue rows through the state index, then group them. Left
    # alone, SQLite prefers a full scan of a (group, status) index to avoid the small sort.
    overdue_rows = (
        select(group_column.label("key"))
        .where(is_overdue(view, as_of))
        .cte("overdue_rows")
        .prefix_with("MATERIALIZED")
    )
    overdue = select(overdue_rows.c.key, func.count()).group_by(overdue_rows.c.key)
    with engine.connect() as connection:
        rows = connection.execute(per_status).all()
        late = dict(connection.execute(overdue).all())
    groups: dict[object, list] = {}
    for key, status, number in rows:
        groups.setdefault(key, []).append((status, number))
    records = []
    for key, pairs in groups.items():
        counts = status_counts(pairs)
        records.append((key, counts.total, counts.done, counts.closed, int(late.get(key, 0))))
    return pd.DataFrame(records, columns=["key", "total", "done", "closed", "overdue"])


def status_breakdown(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Number of findings per status."""
    view = findings_view(filters, today=today)
    with engine.connect() as connection:
        rows = [
            (status, int(number)) for status, number in connection.execute(_per_status(view, filters, today))
        ]
    return pd.DataFrame(rows, columns=["status", "count"])


def deadlines_by_month(
    engine: Engine, *, filters: FindingFilters, today: date, months: int = 12
) -> pd.DataFrame:
    """Open findings whose next dated deadline falls in each of the coming months.

    Counted per day in SQL (portable across databases), then rolled up to months here:
    at most a few hundred rows cross the wire whatever the table size.
    """
    as_of = filters.as_of or today
    first = as_of.replace(day=1)
    end = _add_months(first, months)
    view = findings_view(filters, today=today)
    query = (
        select(view.c.next_due_date, func.count().label("count"))
        .where(is_open(view), view.c.next_due_date >= first, view.c.next_due_date < end)
        .group_by(view.c.next_due_date)
    )
    with engine.connect() as connection:
        per_day = pd.DataFrame(connection.execute(query).all(), columns=["due", "count"])
    month_starts = [_add_months(first, i) for i in range(months)]
    frame = pd.DataFrame({"month": month_starts, "count": 0})
    if not per_day.empty:
        keys = pd.to_datetime(per_day["due"]).dt.to_period("M").dt.to_timestamp().dt.date
        totals = per_day.groupby(keys)["count"].sum()
        frame["count"] = [int(totals.get(month, 0)) for month in month_starts]
    return frame


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def _with_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    for column in ("total", "done", "closed", "overdue"):
        frame[column] = frame[column].astype(int)
    frame["completion_ratio"] = frame["done"] / frame["total"]
    frame["closure_ratio"] = frame["closed"] / frame["total"]
    return frame


def _empty_breakdown(key: str, name: str) -> pd.DataFrame:
    columns = [key, name, "total", "done", "closed", "overdue", "completion_ratio", "closure_ratio"]
    return pd.DataFrame(columns=columns)
