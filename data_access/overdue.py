"""Queries behind the overdue and warnings page (逾期督办)."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, case, func, select

from data_access.metrics import (
    FindingFilters,
    count_if,
    findings_view,
    is_done,
    is_due_soon,
    is_late_report,
    is_overdue,
    ratio,
    unit_signal,
)
from data_access.models import (
    Batch,
    FindingPerson,
    FindingUnit,
    Person,
    ProgressReport,
    Region,
    Unit,
)

SIGNAL_ORDER = {"red": 0, "amber": 1, "green": 2}
OVERDUE_LIST_LIMIT = 5000  # rows shown and exported at most; the page says when cut


def unit_scoreboard(
    engine: Engine, *, filters: FindingFilters, today: date, include_cooperating: bool = False
) -> pd.DataFrame:
    """Per lead unit: findings, done, completion ratio, overdue, due soon, late reports, signal.

    Worst first: red before amber before green, then most overdue, then lowest completion.
    With `include_cooperating`, a unit's counts include findings where it only cooperates.
    """
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    roles = ("lead", "cooperating") if include_cooperating else ("lead",)
    query = (
        select(
            FindingUnit.unit_id,
            func.count(func.distinct(view.c.finding_id)).label("total"),
            count_if(is_done(view)).label("done"),
            count_if(is_overdue(view, as_of)).label("overdue"),
            count_if(is_due_soon(view, as_of)).label("due_soon"),
            count_if(is_late_report(view, as_of)).label("late_report"),
        )
        .select_from(view)
        .join(FindingUnit, FindingUnit.finding_id == view.c.finding_id)
        .where(FindingUnit.role.in_(roles))
        .group_by(FindingUnit.unit_id)
    ).subquery()
    named = (
        select(
            query,
            Unit.name.label("unit_name"),
            Region.short_name.label("region_name"),
        )
        .join(Unit, Unit.id == query.c.unit_id)
        .join(Region, Region.code == Unit.region_code)
    )
    with engine.connect() as connection:
        frame = pd.DataFrame(connection.execute(named).mappings().all())
    columns = [
        "unit_id",
        "unit_name",
        "region_name",
        "total",
        "done",
        "completion_ratio",
        "overdue",
        "due_soon",
        "late_report",
        "signal",
    ]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    for column in ("total", "done", "overdue", "due_soon", "late_report"):
        frame[column] = frame[column].astype(int)
    frame["completion_ratio"] = [ratio(d, t) for d, t in zip(frame["done"], frame["total"], strict=True)]
    frame["signal"] = [
        unit_signal(overdue=o, due_soon=s, late_report=r)
        for o, s, r in zip(frame["overdue"], frame["due_soon"], frame["late_report"], strict=True)
    ]
    frame["_rank"] = frame["signal"].map(SIGNAL_ORDER)
    frame = frame.sort_values(
        ["_rank", "overdue", "completion_ratio", "late_report", "unit_name"],
        ascending=[True, False, True, False, True],
    )
    return frame[columns].reset_index(drop=True)


def overdue_findings(
    engine: Engine, *, filters: FindingFilters, today: date, limit: int = OVERDUE_LIST_LIMIT
) -> pd.DataFrame:
    """The overdue list, most days overdue first.

    Columns: finding_id, batch_name, label, title, region_name, lead_units, leaders,
    due_date, days_overdue, last_report_on, status.
    """
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    last_report = (
        select(func.max(ProgressReport.reported_on))
        .where(ProgressReport.finding_id == view.c.finding_id, ProgressReport.reported_on <= as_of)
        .scalar_subquery()
    )
    overdue = (
        select(
            view.c.finding_id,
            Batch.name.label("batch_name"),
            view.c.number,
            view.c.title,
            Region.name.label("region_name"),
            view.c.next_due_date.label("due_date"),
            last_report.label("last_report_on"),
            view.c.status,
        )
        .select_from(view)
        .join(Batch, Batch.id == view.c.batch_id)
        .join(Region, Region.code == view.c.region_code)
        .where(is_overdue(view, as_of))
        .order_by(view.c.next_due_date, Batch.name, view.c.number)
        .limit(limit)
    )
    with engine.connect() as connection:
        frame = pd.DataFrame(connection.execute(overdue).mappings().all())
        if frame.empty:
            return pd.DataFrame(
                columns=[
                    "finding_id",
                    "batch_name",
                    "number",
                    "title",
                    "region_name",
                    "lead_units",
                    "leaders",
                    "due_date",
                    "days_overdue",
                    "last_report_on",
                    "status",
                ]
            )
        ids = [int(i) for i in frame["finding_id"]]
        leads = _names_by_finding(
            connection,
            select(FindingUnit.finding_id, Unit.name)
            .join(Unit, Unit.id == FindingUnit.unit_id)
            .where(FindingUnit.finding_id.in_(ids), FindingUnit.role == "lead")
            .order_by(FindingUnit.finding_id, FindingUnit.seq),
        )
        leaders = _names_by_finding(
            connection,
            select(FindingPerson.finding_id, Person.name)
            .join(Person, Person.id == FindingPerson.person_id)
            .where(FindingPerson.finding_id.in_(ids), FindingPerson.role == "supervising")
            .order_by(FindingPerson.finding_id, FindingPerson.seq),
        )
    frame["lead_units"] = [leads.get(i, "") for i in ids]
    frame["leaders"] = [leaders.get(i, "") for i in ids]
    frame["days_overdue"] = [(as_of - due).days for due in frame["due_date"]]
    order = [
        "finding_id",
        "batch_name",
        "number",
        "title",
        "region_name",
        "lead_units",
        "leaders",
        "due_date",
        "days_overdue",
        "last_report_on",
        "status",
    ]
    return frame[order]


def count_overdue(engine: Engine, *, filters: FindingFilters, today: date) -> int:
    """All overdue findings for the filters (the list may be cut at OVERDUE_LIST_LIMIT)."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    query = select(func.coalesce(func.sum(case((is_overdue(view, as_of), 1), else_=0)), 0)).select_from(view)
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _names_by_finding(connection, query) -> dict[int, str]:
    """finding_id → '、'-joined names, in the given order (the IN list is at most one page)."""
    names: dict[int, list[str]] = {}
    for finding_id, name in connection.execute(query):
        names.setdefault(int(finding_id), []).append(name)
    return {key: "、".join(value) for key, value in names.items()}
