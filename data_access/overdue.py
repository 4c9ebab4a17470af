"""Queries behind the overdue and warnings page (逾期督办)."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import Engine, func, select

from data_access import unit_rankings
from data_access.access import EXPORT, Viewer, require, scoped
from data_access.db import chunks, result_frame
from data_access.metrics import (
    FindingFilters,
    findings_view,
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
    totals, flags = unit_rankings.unit_figures(filters, today=today, include_cooperating=include_cooperating)
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
    with it) are read; pandas then ranks those exactly as `unit_scoreboard` does. Every
    finding as of today: from the day's kept rows (data_access/unit_rankings.py).
    """
    if selects_every_finding(filters, today=today):
        as_of, scope = filters.as_of or today, unit_rankings.SCOPES[include_cooperating]
        if unit_rankings.ensure_built(engine, as_of, scope):
            kept = _kept_ranking(engine, as_of, scope, limit)
            if kept[1]:  # none: no unit leads anything, or a later day's build just dropped ours
                return kept
    return build_unit_ranking(
        engine, filters=filters, today=today, include_cooperating=include_cooperating, limit=limit
    )


def _kept_ranking(engine: Engine, as_of: date, scope: str, limit: int) -> tuple[pd.DataFrame, int]:
    """The worst `limit` kept rows (an index range) and every row tied with the last of them."""
    ordered, tied, number = unit_rankings.kept_rows(as_of, scope, max(limit, 1))
    table = unit_rankings.UnitRanking
    with engine.connect() as connection:
        units = int(connection.execute(number).scalar_one())
        rows = connection.execute(ordered).all()
        if rows:
            last = rows[-1]
            ties = connection.execute(
                tied.where(
                    table.signal == last.signal,
                    table.overdue == last.overdue,
                    table.ratio == last.ratio,
                    table.late_report == last.late_report,
                )
            ).all()
            seen = {row.unit_id for row in rows}
            rows = [row[:-2] for row in rows] + [row for row in ties if row.unit_id not in seen]
        frame = pd.DataFrame(rows, columns=["unit_id", *unit_rankings.FIGURES])
        names = {}
        for chunk in chunks([int(i) for i in frame["unit_id"]]):
            names.update(
                (unit_id, (name, region))
                for unit_id, name, region in connection.execute(
                    select(Unit.id, Unit.name, Region.short_name)
                    .join(Region, Region.code == Unit.region_code)
                    .where(Unit.id.in_(chunk))
                ).all()
            )
    frame = frame[frame["unit_id"].isin(names)].copy()  # as the plain query's join with units
    frame["unit_name"] = [names[i][0] for i in frame["unit_id"]]
    frame["region_name"] = [names[i][1] for i in frame["unit_id"]]
    return _ranked(frame).head(limit), units


def build_unit_ranking(
    engine: Engine,
    *,
    filters: FindingFilters,
    today: date,
    include_cooperating: bool = False,
    limit: int,
) -> tuple[pd.DataFrame, int]:
    """`unit_ranking` the plain way: the figures of every unit put together and ranked in SQL."""
    figures = unit_rankings.figures_query(filters, today=today, include_cooperating=include_cooperating)
    # RANK() gives tied rows one position, so `position <= limit` keeps every row tied with
    # the limit-th; pandas orders those by name exactly as `unit_scoreboard` does.
    ranked = select(
        figures,
        func.rank().over(order_by=unit_rankings.ranking_order(figures)).label("position"),
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
