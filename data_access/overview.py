"""Queries behind the leadership overview (总览). Aggregation happens in SQL."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, func, select

from data_access.metrics import (
    DUE_SOON_DAYS,
    FindingFilters,
    count_if,
    findings_view,
    is_closed,
    is_done,
    is_due_soon,
    is_late_report,
    is_open,
    is_overdue,
    ratio,
    region_level,
)
from data_access.models import Batch, Region

KPI_COLUMNS = (
    "total",
    "done",
    "completed",
    "closed",
    "open",
    "overdue",
    "due_soon",
    "late_report",
)


def kpi_summary(engine: Engine, *, filters: FindingFilters, today: date) -> dict[str, float | None]:
    """Counts and ratios for the KPI tiles."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    query = select(
        func.count().label("total"),
        count_if(is_done(view)).label("done"),
        count_if(view.c.status == "completed").label("completed"),
        count_if(is_closed(view)).label("closed"),
        count_if(is_open(view)).label("open"),
        count_if(is_overdue(view, as_of)).label("overdue"),
        count_if(is_due_soon(view, as_of)).label("due_soon"),
        count_if(is_late_report(view, as_of)).label("late_report"),
    ).select_from(view)
    with engine.connect() as connection:
        row = connection.execute(query).one()._asdict()
    result: dict[str, float | None] = {key: int(row[key]) for key in KPI_COLUMNS}
    result["completion_ratio"] = ratio(row["done"], row["total"])
    result["closure_ratio"] = ratio(row["closed"], row["total"])
    result["due_soon_days"] = DUE_SOON_DAYS
    return result


def completion_by_region(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Findings, done, closed and overdue per sub-region of the selected region.

    Findings owned by the selected region itself (a city-level finding when a city is
    selected) form their own row, named “<region>本级”.
    """
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    selected = filters.region_code
    group_column = {
        None: view.c.province_code,
        "province": view.c.city_code,
        "city": view.c.county_code,
        "county": view.c.county_code,
    }[region_level(selected) if selected else None]
    query = (
        select(
            group_column.label("region_code"),
            func.count().label("total"),
            count_if(is_done(view)).label("done"),
            count_if(is_closed(view)).label("closed"),
            count_if(is_overdue(view, as_of)).label("overdue"),
        )
        .select_from(view)
        .group_by(group_column)
    )
    with engine.connect() as connection:
        frame = pd.DataFrame(connection.execute(query).mappings().all())
        names = dict(connection.execute(select(Region.code, Region.short_name)).all())
    if frame.empty:
        return _empty_breakdown("region_code", "region_name")
    own_name = f"{names.get(selected, '')}本级" if selected else "未归属"
    frame["region_name"] = [names.get(code, own_name) if code else own_name for code in frame["region_code"]]
    return _with_ratios(frame).sort_values(["completion_ratio", "total"], ascending=[True, False])


def completion_by_batch(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Findings, done, closed and overdue per inspection batch."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    counts = (
        select(
            view.c.batch_id,
            func.count().label("total"),
            count_if(is_done(view)).label("done"),
            count_if(is_closed(view)).label("closed"),
            count_if(is_overdue(view, as_of)).label("overdue"),
        )
        .group_by(view.c.batch_id)
        .subquery()
    )
    query = (
        select(Batch.code.label("batch_code"), Batch.name.label("batch_name"), counts)
        .join(counts, counts.c.batch_id == Batch.id)
        .order_by(Batch.feedback_date.is_(None), Batch.feedback_date, Batch.code)
    )
    with engine.connect() as connection:
        frame = pd.DataFrame(connection.execute(query).mappings().all())
    if frame.empty:
        return _empty_breakdown("batch_code", "batch_name")
    return _with_ratios(frame.drop(columns=["batch_id"]))


def status_breakdown(engine: Engine, *, filters: FindingFilters, today: date) -> pd.DataFrame:
    """Number of findings per status."""
    view = findings_view(filters, today=today)
    query = select(view.c.status, func.count().label("count")).group_by(view.c.status)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
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
