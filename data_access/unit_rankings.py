"""The 逾期督办 unit ranking of every finding as of a day, kept per day (table `unit_rankings`).

Ranking 35,000 lead units at national scale joins the day's flagged findings (44,000 overdue,
12,000 due soon, 13,000 late reports) with their units and sorts every unit: 0.3 s of each
cold visit, and at national scale the page is always cold (every write anywhere changes
the data version). So the day's figures per unit are built once, by the day's first reader,
and kept; the write session (`data_access.commands.session`) recomputes, in the writing
transaction, the rows of the units whose findings it changed (status, deadline, last
report, unit links). A unit's rows are **recomputed, never incremented**, from its links
and its findings' stored state, like the derived counts (`data_access.counts`).

Only “every finding as of today” reads these rows (`metrics.selects_every_finding`); any
filter takes the plain query of `data_access.overdue`, which the tests compare them with.

Ordering with writers: a reader builds a day inside a transaction that first locks the
`data_version` row (a no-op UPDATE); a writer updates that row before it corrects the
ranking rows. So on PostgreSQL either the writer's commit comes first (the build reads it)
or the writer waits for the build and then corrects the rows it built; SQLite's single
writer orders them anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from core.vocabulary import OPEN_STATUSES
from data_access.counts import id_chunks, unit_totals
from data_access.db import DATA_VERSION_KEY
from data_access.metrics import (
    DUE_SOON_DAYS,
    FindingFilters,
    count_if,
    findings_view,
    is_due_soon,
    is_late_report,
    is_open,
    is_overdue,
    report_period_due,
    selects_every_finding,
    signal_rank,
)
from data_access.models import AppMeta, Finding, FindingUnit, UnitRanking, UnitRankingDay

SCOPES = {False: "lead", True: "any"}  # include_cooperating → scope
FIGURES = ("total", "done", "overdue", "due_soon", "late_report")
_COLUMNS = ["as_of", "scope", "unit_id", *FIGURES, "signal", "ratio"]


def _roles(scope: str) -> tuple[str, ...]:
    return ("lead", "cooperating") if scope == "any" else ("lead",)


# --- the figures, the plain way (every unit, or any filter) ---------------------------------


def unit_figures(filters: FindingFilters, *, today: date, include_cooperating: bool):
    """Per unit: (unit_id, total, open) and the queries of (unit_id, n) per flag."""
    as_of = filters.as_of or today
    view = findings_view(filters, today=today)
    roles = _roles(SCOPES[include_cooperating])
    # A finding links a unit once per role: only both roles together need a DISTINCT.
    distinct = func.count(func.distinct(FindingUnit.finding_id)) if include_cooperating else func.count()
    # Findings and open findings per unit; done = findings - open, as the statuses are either
    # done or open. Every finding as of today: from the derived counts (data_access/counts.py),
    # a few rows per unit, instead of joining a million findings with their units.
    if selects_every_finding(filters, today=today):
        totals = unit_totals(SCOPES[include_cooperating])
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


def figures_query(filters: FindingFilters, *, today: date, include_cooperating: bool):
    """(unit_id, total, done, overdue, due_soon, late_report) per unit, as a subquery."""
    totals, flags = unit_figures(filters, today=today, include_cooperating=include_cooperating)
    parts = {name: query.subquery(name) for name, query in flags.items()}
    query = select(
        totals.c.unit_id,
        totals.c.total,
        (totals.c.total - totals.c.open).label("done"),
        *(func.coalesce(part.c.n, 0).label(name) for name, part in parts.items()),
    ).select_from(totals)
    for part in parts.values():
        query = query.outerjoin(part, part.c.unit_id == totals.c.unit_id)
    return query.subquery("figures")


def ranking_order(figures) -> tuple:
    """The order of overdue._ranked without the name: signal, overdue ↓, completion ratio,
    late reports ↓."""
    return (
        signal_rank(
            overdue=figures.c.overdue, due_soon=figures.c.due_soon, late_report=figures.c.late_report
        ),
        figures.c.overdue.desc(),
        cast(figures.c.done, Float) / figures.c.total,
        figures.c.late_report.desc(),
    )


def _rows_of(figures, as_of: date, scope: str) -> Select:
    """The rows of `unit_rankings` from a figures subquery."""
    return select(
        literal(as_of, Date),
        literal(scope, String),
        figures.c.unit_id,
        *(figures.c[name] for name in FIGURES),
        signal_rank(
            overdue=figures.c.overdue, due_soon=figures.c.due_soon, late_report=figures.c.late_report
        ),
        cast(figures.c.done, Float) / figures.c.total,
    )


def _unit_rows(as_of: date, scope: str, unit_ids) -> Select:
    """The same figures for a few units, from their own links (an index range per unit)
    rather than from every flagged finding of the country."""
    state = Finding.__table__.c
    is_open_ = state.status.in_(OPEN_STATUSES)
    due = report_period_due(as_of)
    flags = {
        "open": is_open_,
        "overdue": and_(is_open_, state.next_due_date < as_of),
        "due_soon": and_(
            is_open_,
            state.next_due_date >= as_of,
            state.next_due_date <= as_of + timedelta(days=DUE_SOON_DAYS),
        ),
        "late_report": and_(
            is_open_,
            state.has_rolling_deadline == True,  # noqa: E712 - SQL comparison
            (state.last_report_period.is_(None)) | (state.last_report_period < due),
        ),
    }
    if scope == "any":  # a finding both led and cooperated on counts once
        total = func.count(func.distinct(FindingUnit.finding_id))
        counts = {k: func.count(func.distinct(case((c, FindingUnit.finding_id)))) for k, c in flags.items()}
    else:
        total = func.count()
        counts = {k: func.coalesce(func.sum(case((c, 1), else_=0)), 0) for k, c in flags.items()}
    figures = (
        select(
            FindingUnit.unit_id,
            total.label("total"),
            (total - counts["open"]).label("done"),
            *(cast(counts[k], Integer).label(k) for k in ("overdue", "due_soon", "late_report")),
        )
        .join(Finding, Finding.id == FindingUnit.finding_id)
        .where(FindingUnit.unit_id.in_(unit_ids), FindingUnit.role.in_(_roles(scope)))
        .group_by(FindingUnit.unit_id)
        .subquery("figures")
    )
    return _rows_of(figures, as_of, scope)


# --- kept per day -----------------------------------------------------------------------------


def _built(connection: Connection, as_of: date, scope: str) -> bool:
    return (
        connection.execute(
            select(UnitRankingDay.as_of).where(UnitRankingDay.as_of == as_of, UnitRankingDay.scope == scope)
        ).first()
        is not None
    )


def ensure_built(engine: Engine, as_of: date, scope: str) -> bool:
    """Build the day's rows unless they are; False when they could not be (the caller then
    reads the plain query)."""
    with engine.connect() as connection:
        if _built(connection, as_of, scope):
            return True
    try:
        with engine.begin() as connection:
            # Lock the data version first (see the module's note): writers wait for the build.
            locked = connection.execute(
                update(AppMeta).where(AppMeta.key == DATA_VERSION_KEY).values(value=AppMeta.value)
            ).rowcount
            if not locked:
                return False  # no write ever: nothing to order with, nothing worth keeping
            if _built(connection, as_of, scope):
                return True  # another reader built it while we waited
            # Days before this one are no longer read (“today” has moved on).
            connection.execute(delete(UnitRanking).where(UnitRanking.as_of < as_of))
            connection.execute(delete(UnitRankingDay).where(UnitRankingDay.as_of < as_of))
            figures = figures_query(FindingFilters(), today=as_of, include_cooperating=scope == "any")
            connection.execute(insert(UnitRanking).from_select(_COLUMNS, _rows_of(figures, as_of, scope)))
            connection.execute(
                insert(UnitRankingDay).values(as_of=as_of, scope=scope, built_at=datetime.now())
            )
        return True
    except IntegrityError:
        return True  # built by another reader at the same moment
    except DBAPIError:
        return False  # the database is busy with a long write: read the plain query this time


def refresh_units(connection: Connection, unit_ids: Iterable[int]) -> None:
    """Recompute the rows of these units on every built day (the write session, before its
    commit, after it updated the data version)."""
    days = connection.execute(select(UnitRankingDay.as_of, UnitRankingDay.scope)).all()
    if not days:
        return
    for chunk in id_chunks(unit_ids):
        for as_of, scope in days:
            connection.execute(
                delete(UnitRanking).where(
                    UnitRanking.as_of == as_of, UnitRanking.scope == scope, UnitRanking.unit_id.in_(chunk)
                )
            )
            connection.execute(insert(UnitRanking).from_select(_COLUMNS, _unit_rows(as_of, scope, chunk)))


def forget_all(connection: Connection) -> None:
    """Delete every kept ranking (bulk loads that bypass the write session)."""
    connection.execute(delete(UnitRanking))
    connection.execute(delete(UnitRankingDay))


def kept_rows(as_of: date, scope: str, limit: int | None):
    """The query of the kept rows for (day, scope) worst first, `limit` of them; and the query
    of the rows tied with a given row (to be completed with the last row's order values)."""
    table = UnitRanking
    where = (table.as_of == as_of, table.scope == scope)
    columns = (table.unit_id, *(getattr(table, name) for name in FIGURES))
    ordered = (
        select(*columns, table.signal, table.ratio)
        .where(*where)
        .order_by(table.signal, table.overdue.desc(), table.ratio, table.late_report.desc())
    )
    if limit is not None:
        ordered = ordered.limit(limit)
    return ordered, select(*columns).where(*where), select(func.count()).select_from(table).where(*where)
