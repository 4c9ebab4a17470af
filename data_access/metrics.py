"""The definitions of the dashboard's figures, in one place (see docs/metrics.md).

Every query that counts completed, closed, overdue, due-soon or late-report findings builds
its SQL from the expressions here, so a definition changes in one place only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.sql import Subquery

from core.vocabulary import DONE_STATUSES, OPEN_STATUSES, ROLLING_KINDS, STATUSES
from data_access.access import finding_within
from data_access.models import (
    Batch,
    Deadline,
    Finding,
    FindingUnit,
    ProgressReport,
    StatusEvent,
)

# Every status is either done or open: queries may count done findings as all minus open.
assert sorted(DONE_STATUSES + OPEN_STATUSES) == sorted(STATUSES)

DUE_SOON_DAYS = 30
REPORT_DAY_OF_MONTH = 28  # lead units report by the 28th (seed 002: 每月28日前)

# A lead unit's signal (docs/metrics.md): red with any overdue finding; amber with a
# deadline inside DUE_SOON_DAYS or a missing monthly report; green otherwise.
SIGNAL_RED, SIGNAL_AMBER, SIGNAL_GREEN = "red", "amber", "green"


def unit_signal(*, overdue: int, due_soon: int, late_report: int) -> str:
    """Red / amber / green for a lead unit's counts."""
    if overdue > 0:
        return SIGNAL_RED
    if due_soon > 0 or late_report > 0:
        return SIGNAL_AMBER
    return SIGNAL_GREEN


def signal_rank(*, overdue, due_soon, late_report) -> ColumnElement[int]:
    """unit_signal in SQL, as its place in the order: 0 red, 1 amber, 2 green."""
    return case((overdue > 0, 0), (or_(due_soon > 0, late_report > 0), 1), else_=2)


@dataclass(frozen=True)
class FindingFilters:
    """The shared filters. Hashable, so it can be a cache key."""

    region_code: str | None = None
    batch_codes: tuple[str, ...] = ()
    lead_unit_ids: tuple[int, ...] = ()
    include_cooperating: bool = False
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    due_from: date | None = None
    due_to: date | None = None
    as_of: date | None = None  # None means today
    # The signed-in user's region (data_access.access.scoped): applied on top of every
    # other filter, so no widget or URL value can reach outside it.
    scope_code: str | None = None


def report_period_due(as_of: date) -> date:
    """First day of the latest month whose report deadline (the 28th) has passed."""
    if as_of.day > REPORT_DAY_OF_MONTH:
        return as_of.replace(day=1)
    previous = as_of.replace(day=1) - timedelta(days=1)
    return previous.replace(day=1)


def findings_view(
    filters: FindingFilters, *, today: date, finding_ids: Sequence[int] | Select | None = None
) -> Subquery:
    """One row per finding that passes the filters, with its state as of `filters.as_of`.

    For today or a future date the stored state columns are used (indexed, fast). For a
    past date the state is rebuilt from the status history, the deadlines then in force and
    the reports then received, so a past month shows what was known then.

    `finding_ids` (ids, or a query of ids) limits the view to those findings (and the rebuild
    to their detail rows): the monthly dispatch looks at the few thousand findings changed
    since a month's end.
    """
    as_of = filters.as_of or today
    if as_of >= today:
        status = Finding.status
        next_due = Finding.next_due_date
        rolling = Finding.has_rolling_deadline
        last_report = Finding.last_report_period
        existed = literal(True)
    else:
        status = func.coalesce(
            select(StatusEvent.to_status)
            .where(StatusEvent.finding_id == Finding.id, StatusEvent.changed_on <= as_of)
            .order_by(StatusEvent.changed_on.desc(), StatusEvent.id.desc())
            .limit(1)
            .scalar_subquery(),
            "not_started",
        )
        in_force = and_(
            Deadline.finding_id == Finding.id,
            or_(Deadline.valid_from.is_(None), Deadline.valid_from <= as_of),
            or_(Deadline.superseded_on.is_(None), Deadline.superseded_on > as_of),
        )
        next_due = (
            select(func.min(Deadline.due_date))
            .where(
                in_force,
                Deadline.kind == "date",
                or_(Deadline.met_on.is_(None), Deadline.met_on > as_of),
            )
            .scalar_subquery()
        )
        rolling = exists().where(in_force, Deadline.kind.in_(ROLLING_KINDS))
        last_report = (
            select(func.max(ProgressReport.period))
            .where(ProgressReport.finding_id == Finding.id, ProgressReport.reported_on <= as_of)
            .scalar_subquery()
        )
        existed = or_(Finding.registered_on.is_(None), Finding.registered_on <= as_of)

    query = select(
        Finding.id.label("finding_id"),
        Finding.batch_id,
        Finding.number,
        Finding.title,
        Finding.category,
        Finding.region_code,
        Finding.province_code,
        Finding.city_code,
        Finding.county_code,
        status.label("status"),
        next_due.label("next_due_date"),
        rolling.label("has_rolling_deadline"),
        last_report.label("last_report_period"),
    )
    if finding_ids is not None:
        query = query.where(Finding.id.in_(finding_ids))
    query = _apply_filters(query.where(existed), filters)
    view = query.subquery("f")
    # Status and deadline window filter on the as-of state, so they wrap the view.
    outer = []
    if filters.statuses:
        outer.append(view.c.status.in_(filters.statuses))
    if filters.due_from:
        outer.append(view.c.next_due_date >= filters.due_from)
    if filters.due_to:
        outer.append(view.c.next_due_date <= filters.due_to)
    if outer:
        view = select(view).where(*outer).subquery("fs")
    return view


def changed_after(as_of: date) -> Select:
    """Ids of the findings registered after `as_of` or whose status or deadlines changed after
    it (a status event, a deadline added, superseded or met). The stored columns hold the
    state after the whole history (every writer refreshes them), so for every other finding
    the status and deadlines as of `as_of` are the stored ones: figures as of a past day are
    the stored figures corrected on this set only (the monthly dispatch)."""
    return union(
        select(StatusEvent.finding_id).where(StatusEvent.changed_on > as_of),
        select(Deadline.finding_id).where(
            or_(Deadline.valid_from > as_of, Deadline.superseded_on > as_of, Deadline.met_on > as_of)
        ),
        select(Finding.id).where(Finding.registered_on > as_of),
    )


def concerns_findings(filters: FindingFilters) -> bool:
    """True when a filter other than region and as-of day is set: sites and other things
    placed by region must then be linked to a passing finding (the map, the ledger export)."""
    return bool(
        filters.batch_codes
        or filters.lead_unit_ids
        or filters.categories
        or filters.statuses
        or filters.due_from
        or filters.due_to
    )


def selects_every_finding(filters: FindingFilters, *, today: date) -> bool:
    """True when `findings_view` is every finding with its stored state (no filter, as of today)."""
    return (
        not (filters.region_code or filters.batch_codes or filters.lead_unit_ids or filters.categories)
        and not filters.scope_code
        and not (filters.statuses or filters.due_from or filters.due_to)
        and (filters.as_of or today) >= today
    )


def _apply_filters(query: Select, filters: FindingFilters) -> Select:
    if filters.scope_code:
        query = query.where(finding_within(filters.scope_code))
    if filters.region_code:
        query = query.where(finding_within(filters.region_code))
    if filters.batch_codes:
        batch_ids = select(Batch.id).where(Batch.code.in_(filters.batch_codes))
        query = query.where(Finding.batch_id.in_(batch_ids))
    if filters.lead_unit_ids:
        roles = ("lead", "cooperating") if filters.include_cooperating else ("lead",)
        query = query.where(
            exists().where(
                FindingUnit.finding_id == Finding.id,
                FindingUnit.unit_id.in_(filters.lead_unit_ids),
                FindingUnit.role.in_(roles),
            )
        )
    if filters.categories:
        query = query.where(Finding.category.in_(filters.categories))
    return query


# --- the definitions -------------------------------------------------------------------


def is_done(view: Subquery) -> ColumnElement[bool]:
    """Completed (awaiting acceptance) or closed (销号)."""
    return view.c.status.in_(DONE_STATUSES)


def is_open(view: Subquery) -> ColumnElement[bool]:
    return view.c.status.in_(OPEN_STATUSES)


def is_overdue(view: Subquery, as_of: date) -> ColumnElement[bool]:
    """Open with a dated deadline before the as-of day. Rolling deadlines are never overdue."""
    return and_(is_open(view), view.c.next_due_date < as_of)


def is_due_soon(view: Subquery, as_of: date) -> ColumnElement[bool]:
    """Open with the next dated deadline from the as-of day to 30 days after it."""
    return and_(
        is_open(view),
        view.c.next_due_date >= as_of,
        view.c.next_due_date <= as_of + timedelta(days=DUE_SOON_DAYS),
    )


def is_late_report(view: Subquery, as_of: date) -> ColumnElement[bool]:
    """Open rolling item with no report for the latest month whose deadline has passed."""
    due_period = report_period_due(as_of)
    return and_(
        is_open(view),
        view.c.has_rolling_deadline == True,  # noqa: E712 - SQL comparison
        or_(view.c.last_report_period.is_(None), view.c.last_report_period < due_period),
    )


@dataclass(frozen=True)
class StatusCounts:
    """Findings per status and the figures that follow from the status alone."""

    by_status: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def done(self) -> int:
        """Completed (awaiting acceptance) or closed (销号): the same definition as is_done."""
        return sum(self.by_status.get(status, 0) for status in DONE_STATUSES)

    @property
    def closed(self) -> int:
        return self.by_status.get("closed", 0)

    @property
    def open(self) -> int:
        return sum(self.by_status.get(status, 0) for status in OPEN_STATUSES)


def status_counts(rows: Iterable[tuple[str, int]]) -> StatusCounts:
    """From (status, count) rows of a GROUP BY status, which an index answers without a CASE per row."""
    counts: dict[str, int] = {}
    for status, number in rows:
        counts[status] = counts.get(status, 0) + int(number)
    return StatusCounts(counts)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def ratio(part: float, whole: float) -> float | None:
    """Part over whole, None when there is nothing to divide (shown as “—”)."""
    return part / whole if whole else None
