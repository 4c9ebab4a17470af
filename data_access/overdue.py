"""Queries behind the overdue and warnings page (逾期督办)."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, Float, case, cast, func, select

from data_access.access import EXPORT, Viewer, require, scoped
from data_access.counts import unit_totals
from data_access.db import chunks, result_frame
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
    signal_rank,
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
# The 逾期督办 page lists the longest overdue findings (44,000 at national scale would cost
# half a second per view); its export has every one, up to a limit (docs/decisions.md).
OVERDUE_PAGE_ROWS = 1000
OVERDUE_EXPORT_LIMIT = 100_000
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


SCOREBOARD_COLUMNS = [
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


def unit_scoreboard(
    engine: Engine, *, filters: FindingFilters, today: date, include_cooperating: bool = False
) -> pd.DataFrame:
    """Per lead unit: findings, done, completion ratio, overdue, due soon, late reports, signal.

    Worst first: red before amber before green, then most overdue, then lowest completion.
    With `include_cooperating`, a unit's counts include findings where it only cooperates.
    """
    totals, flags = _unit_figures(filters, today=today, include_cooperating=include_cooperating)
    named = (
        select(
            totals.c.unit_id,
            totals.c.total,
            (totals.c.total - totals.c.open).label("done"),
            Unit.name.label("unit_name"),
            Region.short_name.label("region_name"),
        )
        .join(Unit, Unit.id == totals.c.unit_id)
        .join(Region, Region.code == Unit.region_code)
    )
    with engine.connect() as connection:
        frame = result_frame(connection.execute(named))
        flagged = {name: dict(connection.execute(query).all()) for name, query in flags.items()}
    if not frame.empty:
        for name, per_unit in flagged.items():
            frame[name] = frame["unit_id"].map(per_unit).fillna(0)
    return _ranked(frame)


def unit_ranking(
    engine: Engine,
    *,
    filters: FindingFilters,
    today: date,
    include_cooperating: bool = False,
    limit: int,
) -> tuple[pd.DataFrame, int]:
    """The first `limit` rows of `unit_scoreboard` and the number of units in it.

    A national view has 35,000 lead units and a page shows a few hundred: the figures are
    put together and ranked in SQL, and only the rows up to the limit-th (with every row tied
    with it) are read; pandas then ranks those exactly as `unit_scoreboard` does.
    """
    totals, flags = _unit_figures(filters, today=today, include_cooperating=include_cooperating)
    parts = {name: query.subquery(name) for name, query in flags.items()}
    figures = (
        select(
            totals.c.unit_id,
            totals.c.total,
            (totals.c.total - totals.c.open).label("done"),
            *(func.coalesce(part.c.n, 0).label(name) for name, part in parts.items()),
        )
        .select_from(totals)
        .outerjoin(parts["overdue"], parts["overdue"].c.unit_id == totals.c.unit_id)
        .outerjoin(parts["due_soon"], parts["due_soon"].c.unit_id == totals.c.unit_id)
        .outerjoin(parts["late_report"], parts["late_report"].c.unit_id == totals.c.unit_id)
        .subquery("figures")
    )
    # The order of _ranked without the name: signal, overdue ↓, completion ratio, late ↓.
    # RANK() gives tied rows one position, so `position <= limit` keeps every row tied with
    # the limit-th; pandas orders those by name exactly as `unit_scoreboard` does.
    order = (
        signal_rank(
            overdue=figures.c.overdue, due_soon=figures.c.due_soon, late_report=figures.c.late_report
        ),
        figures.c.overdue.desc(),
        cast(figures.c.done, Float) / figures.c.total,
        figures.c.late_report.desc(),
    )
    ranked = select(
        figures,
        func.rank().over(order_by=order).label("position"),
        func.count().over().label("units"),
    ).subquery("ranked")
    query = (
        select(
            ranked.c.unit_id,
            ranked.c.total,
            ranked.c.done,
            ranked.c.overdue,
            ranked.c.due_soon,
            ranked.c.late_report,
            Unit.name.label("unit_name"),
            Region.short_name.label("region_name"),
            ranked.c.units,
        )
        .join(Unit, Unit.id == ranked.c.unit_id)
        .join(Region, Region.code == Unit.region_code)
        .where(ranked.c.position <= max(limit, 1))
    )
    with engine.connect() as connection:
        frame = result_frame(connection.execute(query))
    number = 0 if frame.empty else int(frame["units"].iloc[0])
    return _ranked(frame.drop(columns=["units"])).head(limit), number


def _unit_figures(filters: FindingFilters, *, today: date, include_cooperating: bool):
    """Per unit: (unit_id, total, open) and the queries of (unit_id, n) per flag."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    roles = ("lead", "cooperating") if include_cooperating else ("lead",)
    # A finding links a unit once per role: only both roles together need a DISTINCT.
    distinct = func.count(func.distinct(FindingUnit.finding_id)) if include_cooperating else func.count()
    # Findings and open findings per unit; done = findings - open, as the statuses are either
    # done or open. Every finding as of today: from the derived counts (data_access/counts.py),
    # a few rows per unit, instead of joining a million findings with their units.
    if selects_every_finding(filters, today=today):
        totals = unit_totals("any" if include_cooperating else "lead")
    else:
        open_ids = case((is_open(view), FindingUnit.finding_id))
        totals = (
            select(
                FindingUnit.unit_id,
                distinct.label("total"),
                (
                    func.count(func.distinct(open_ids)) if include_cooperating else count_if(is_open(view))
                ).label("open"),
            )
            .select_from(view)
            .join(FindingUnit, FindingUnit.finding_id == view.c.finding_id)
            .where(FindingUnit.role.in_(roles))
            .group_by(FindingUnit.unit_id)
        )
    # The figures that depend on the day, each from the few open findings it concerns (an
    # indexed range), joined with their units. MATERIALIZED: those findings first; left to
    # itself SQLite sometimes walks every unit link in unit order to spare the GROUP BY a
    # sort, and looks up each link's finding (0.14 s instead of 0.01 s at 100,000 findings).
    conditions = {
        "overdue": is_overdue(view, as_of),
        "due_soon": is_due_soon(view, as_of),
        "late_report": is_late_report(view, as_of),
    }
    flags = {}
    for name, condition in conditions.items():
        flagged = select(view.c.finding_id).where(condition).cte(f"{name}_findings")
        flagged = flagged.prefix_with("MATERIALIZED")
        flags[name] = (
            select(FindingUnit.unit_id, distinct.label("n"))
            .select_from(flagged)
            .join(FindingUnit, FindingUnit.finding_id == flagged.c.finding_id)
            .where(FindingUnit.role.in_(roles))
            .group_by(FindingUnit.unit_id)
        )
    return totals.subquery("totals"), flags


def _ranked(frame: pd.DataFrame) -> pd.DataFrame:
    """Ratios, signals and the scoreboard's order (worst first)."""
    if frame.empty:
        return pd.DataFrame(columns=SCOREBOARD_COLUMNS)
    for column in ("total", "done", "overdue", "due_soon", "late_report"):
        frame[column] = frame[column].astype(int)
    frame["completion_ratio"] = [ratio(d, t) for d, t in zip(frame["done"], frame["total"], strict=True)]
    frame["signal"] = [
        unit_signal(overdue=o, due_soon=s, late_report=r)
        for o, s, r in zip(frame["overdue"], frame["due_soon"], frame["late_report"], strict=True)
    ]
    frame["_rank"] = frame["signal"].map(SIGNAL_ORDER)
    # The unit id last: units of the same name in different regions, with the same figures,
    # keep one order whatever order the database returned them in.
    frame = frame.sort_values(
        ["_rank", "overdue", "completion_ratio", "late_report", "unit_name", "unit_id"],
        ascending=[True, False, True, False, True, True],
    )
    return frame[SCOREBOARD_COLUMNS].reset_index(drop=True)


def overdue_findings(
    engine: Engine, *, filters: FindingFilters, today: date, limit: int = OVERDUE_PAGE_ROWS
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
    # Only rows up to the limit-th earliest deadline can be listed: find that day from the
    # index alone, so that only about `limit` findings are read and sorted, not every overdue
    # one (44,000 wide rows at national scale).
    cutoff = (
        select(view.c.next_due_date)
        .where(is_overdue(view, as_of))
        .order_by(view.c.next_due_date)
        .offset(limit - 1)
        .limit(1)
    )
    with engine.connect() as connection:
        last_day = connection.execute(cutoff).scalar() if limit > 0 else None
        if last_day is not None:
            overdue = overdue.where(view.c.next_due_date <= last_day)
        frame = result_frame(connection.execute(overdue))
        if frame.empty:
            return pd.DataFrame(columns=OVERDUE_COLUMNS)
        ids = [int(i) for i in frame["finding_id"]]
        name_lists = {  # finding_id, name; limited to a chunk of ids below
            "lead_units": select(FindingUnit.finding_id, Unit.name)
            .join(Unit, Unit.id == FindingUnit.unit_id)
            .where(FindingUnit.role == "lead")
            .order_by(FindingUnit.finding_id, FindingUnit.seq),
            "leaders": select(FindingPerson.finding_id, Person.name)
            .join(Person, Person.id == FindingPerson.person_id)
            .where(FindingPerson.role == "supervising")
            .order_by(FindingPerson.finding_id, FindingPerson.seq),
        }
        names: dict[str, dict[int, str]] = {column: {} for column in name_lists}
        last_reports: dict[int, date] = {}
        for chunk in chunks(ids):
            # The last report, looked up for the listed findings only (not every overdue one).
            last_reports.update(
                connection.execute(
                    select(ProgressReport.finding_id, func.max(ProgressReport.reported_on))
                    .where(ProgressReport.finding_id.in_(chunk), ProgressReport.reported_on <= as_of)
                    .group_by(ProgressReport.finding_id)
                ).all()
            )
            for column, query in name_lists.items():
                in_chunk = query.where(query.selected_columns[0].in_(chunk))
                names[column].update(_names_by_finding(connection, in_chunk))
    frame["last_report_on"] = [last_reports.get(i) for i in ids]
    for column, by_finding in names.items():
        frame[column] = [by_finding.get(i, "") for i in ids]
    frame["days_overdue"] = [(as_of - due).days for due in frame["due_date"]]

    return frame[list(OVERDUE_COLUMNS)]


def count_overdue(engine: Engine, *, filters: FindingFilters, today: date) -> int:
    """All overdue findings for the filters (the lists are cut at OVERDUE_PAGE_ROWS and
    OVERDUE_EXPORT_LIMIT)."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    query = select(func.count()).select_from(view).where(is_overdue(view, as_of))  # an index range
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _names_by_finding(connection, query) -> dict[int, str]:
    """finding_id → '、'-joined names, in the given order."""
    names: dict[int, list[str]] = {}
    for finding_id, name in connection.execute(query).all():  # .all(): no fetch per row
        names.setdefault(int(finding_id), []).append(name)
    return {key: "、".join(value) for key, value in names.items()}


# --- the page's downloads: read when clicked, in the viewer's region whatever the caller passed


def scoreboard_export(
    engine: Engine, *, filters: FindingFilters, today: date, include_cooperating: bool, user: Viewer
) -> pd.DataFrame:
    """Every lead unit of the ranking, for the Excel download: the export right is checked and
    the viewer's region applied here, where the file's rows are read."""
    require(user, EXPORT)
    return unit_scoreboard(
        engine, filters=scoped(filters, user), today=today, include_cooperating=include_cooperating
    )


def overdue_export(engine: Engine, *, filters: FindingFilters, today: date, user: Viewer) -> pd.DataFrame:
    """Every overdue finding (up to OVERDUE_EXPORT_LIMIT) for the Excel download, inside the
    viewer's region (the right and the region checked here, as for the ledger export)."""
    require(user, EXPORT)
    return overdue_findings(engine, filters=scoped(filters, user), today=today, limit=OVERDUE_EXPORT_LIMIT)
