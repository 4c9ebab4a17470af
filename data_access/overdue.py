"""Queries behind the overdue and warnings page (逾期督办)."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, func, select

from data_access.metrics import (
    FindingFilters,
    count_if,
    findings_view,
    is_due_soon,
    is_late_report,
    is_open,
    is_overdue,
    ratio,
    selects_every_finding,
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
OVERDUE_LIST_LIMIT = 5000
OVERDUE_COLUMNS = (
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
)  # rows shown and exported at most; the page says when cut


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
    # A finding links a unit once per role: only both roles together need a DISTINCT.
    distinct = func.count(func.distinct(FindingUnit.finding_id)) if include_cooperating else func.count()
    # Two parts instead of one join of every finding with its units (docs/performance.md):
    # findings per unit, and the figures of the open findings only (about a fifth of them).
    # Done = findings - open, as the statuses are either done or open.
    if selects_every_finding(filters, today=today):
        # No filter: the links alone give the findings per unit, without touching findings.
        totals = (
            select(FindingUnit.unit_id, distinct.label("total"))
            .where(FindingUnit.role.in_(roles))
            .group_by(FindingUnit.unit_id)
        )
    else:
        totals = (
            select(FindingUnit.unit_id, distinct.label("total"))
            .select_from(view)
            .join(FindingUnit, FindingUnit.finding_id == view.c.finding_id)
            .where(FindingUnit.role.in_(roles))
            .group_by(FindingUnit.unit_id)
        )
    totals = totals.subquery("totals")
    open_counts = (
        select(
            FindingUnit.unit_id,
            distinct.label("open"),
            count_if(is_overdue(view, as_of)).label("overdue"),
            count_if(is_due_soon(view, as_of)).label("due_soon"),
            count_if(is_late_report(view, as_of)).label("late_report"),
        )
        .select_from(view)
        .join(FindingUnit, FindingUnit.finding_id == view.c.finding_id)
        .where(FindingUnit.role.in_(roles), is_open(view))
        .group_by(FindingUnit.unit_id)
    ).subquery("open_counts")
    query = select(
        totals.c.unit_id,
        totals.c.total,
        (totals.c.total - func.coalesce(open_counts.c.open, 0)).label("done"),
        *(
            func.coalesce(open_counts.c[name], 0).label(name)
            for name in ("overdue", "due_soon", "late_report")
        ),
    ).outerjoin(open_counts, open_counts.c.unit_id == totals.c.unit_id)
    query = query.subquery()
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
    overdue = (
        select(
            view.c.finding_id,
            Batch.name.label("batch_name"),
            view.c.number,
            view.c.title,
            Region.name.label("region_name"),
            view.c.next_due_date.label("due_date"),
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
            return pd.DataFrame(columns=OVERDUE_COLUMNS)
        ids = [int(i) for i in frame["finding_id"]]
        # The last report, looked up for the listed findings only (not for every overdue one).
        last_reports = dict(
            connection.execute(
                select(ProgressReport.finding_id, func.max(ProgressReport.reported_on))
                .where(ProgressReport.finding_id.in_(ids), ProgressReport.reported_on <= as_of)
                .group_by(ProgressReport.finding_id)
            ).all()
        )
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
    frame["last_report_on"] = [last_reports.get(i) for i in ids]
    frame["lead_units"] = [leads.get(i, "") for i in ids]
    frame["leaders"] = [leaders.get(i, "") for i in ids]
    frame["days_overdue"] = [(as_of - due).days for due in frame["due_date"]]

    return frame[list(OVERDUE_COLUMNS)]


def count_overdue(engine: Engine, *, filters: FindingFilters, today: date) -> int:
    """All overdue findings for the filters (the list may be cut at OVERDUE_LIST_LIMIT)."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    query = select(func.count()).select_from(view).where(is_overdue(view, as_of))  # an index range
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _names_by_finding(connection, query) -> dict[int, str]:
    """finding_id → '、'-joined names, in the given order (the IN list is at most one page)."""
    names: dict[int, list[str]] = {}
    for finding_id, name in connection.execute(query):
        names.setdefault(int(finding_id), []).append(name)
    return {key: "、".join(value) for key, value in names.items()}
