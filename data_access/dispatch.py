"""Queries behind the monthly dispatch (月度调度): a month compared with the month before.

Both months are judged *as known then*: each side is `findings_view` at the last day of its
month (the history path rebuilds the status, the deadlines in force and the reports received
by that day), so a past month's dispatch gives the same figures whenever it is run. The
current month is judged as of today. Definitions: docs/dispatch.md.

Shared filters: region, batch, lead unit and category apply; the status filter, the deadline
window and the as-of day of the sidebar do not (the month sets the day, and a dispatch is
about every finding of the scope).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import ColumnElement, Engine, Select, and_, case, func, or_, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Subquery

from core.vocabulary import CATEGORY_LABELS, DONE_STATUSES, OPEN_STATUSES
from data_access.closure_chain import sign_off_counts
from data_access.counts import unit_totals
from data_access.db import BIND_CHUNK, chunks, result_frame
from data_access.evidence import evidence_of_month
from data_access.indicators import TARGET_COLUMNS, indicator_targets
from data_access.metrics import (
    REPORT_DAY_OF_MONTH,
    FindingFilters,
    StatusCounts,
    changed_after,
    count_if,
    findings_view,
    is_done,
    is_open,
    is_overdue,
    ratio,
    selects_every_finding,
    status_counts,
)
from data_access.models import (
    Batch,
    Deadline,
    Finding,
    FindingUnit,
    ProgressReport,
    Region,
    StatusEvent,
    Unit,
)
from data_access.stored import kept, storable

# Order of progress: a status event to a lower rank is a step backwards.
STATUS_RANK = {"not_started": 0, "in_progress": 1, "reopened": 1, "completed": 2, "closed": 3}

FINDING_COLUMNS = ["finding_id", "batch_name", "label", "title", "region_name", "lead_units"]


@storable
@dataclass(frozen=True)
class MonthFigures:
    """Scope-wide figures at the end of one month (or today for the current month)."""

    as_of: date
    total: int
    done: int
    closed: int
    overdue: int

    @property
    def completion_ratio(self) -> float | None:
        return ratio(self.done, self.total)

    @property
    def closure_ratio(self) -> float | None:
        return ratio(self.closed, self.total)


@storable
@dataclass
class MonthlyDispatch:
    """Everything the dispatch page and the bulletin show for one month."""

    month: date  # first day of the month
    previous_month: date
    current: MonthFigures
    previous: MonthFigures
    report_due: date  # the 28th of the month
    report_deadline_passed: bool
    newly_completed: pd.DataFrame
    newly_closed: pd.DataFrame
    newly_overdue: pd.DataFrame
    deadlines_moved: pd.DataFrame
    gone_backwards: pd.DataFrame
    reopened: pd.DataFrame
    reports_due: int  # open rolling findings that owed a report for the month
    late_units: pd.DataFrame  # one row per lead unit with a late or missing report
    late_reports: pd.DataFrame  # one row per lead unit and finding reported late or not at all
    units: pd.DataFrame  # lead units with figures of both months, ranks and changes
    overdue_list: pd.DataFrame  # every overdue finding at the end of the month (the annex)
    # Every indicator target in scope judged at the end of the month (indicator_targets).
    indicators: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TARGET_COLUMNS))
    # Evidence files uploaded in the month (data_access.evidence.evidence_of_month).
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Findings whose closure application is under review / returned / in public notice, now
    # (closure_chain.sign_off_counts: the chain's state today, whatever the month).
    sign_off: dict[str, int] = field(default_factory=dict)


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def previous_month_start(first: date) -> date:
    return (first.replace(day=1) - timedelta(days=1)).replace(day=1)


def parse_month(text: str) -> date:
    """'2024-03' or '2024-3' → 2024-03-01; raises ValueError with a Chinese message."""
    try:
        year, month = (int(part) for part in text.strip().split("-")[:2])
        return date(year, month, 1)
    except (ValueError, TypeError):
        raise ValueError(f"月份格式应为 YYYY-MM（例如 2024-03），收到：{text!r}") from None


def dispatch_filters(filters: FindingFilters, as_of: date) -> FindingFilters:
    """The shared filters that apply to a dispatch, judged at `as_of`."""
    return replace(filters, statuses=(), due_from=None, due_to=None, as_of=as_of)


def scope_filters(filters: FindingFilters) -> FindingFilters:
    """The part of the shared filters a dispatch uses (no status, deadline window or day)."""
    return replace(filters, statuses=(), due_from=None, due_to=None, as_of=None)


def describe_scope(engine: Engine, *, filters: FindingFilters) -> str:
    """'地区：湘潭市；督察批次：…；牵头单位：…；问题类别：…' for captions and the bulletin."""
    parts = []
    with engine.connect() as connection:
        if filters.region_code:
            name = connection.execute(
                select(Region.name).where(Region.code == filters.region_code)
            ).scalar_one_or_none()
            parts.append(f"地区：{name or filters.region_code}")
        else:
            parts.append("地区：全部")
        if filters.batch_codes:
            batch_names = connection.execute(
                select(Batch.name).where(Batch.code.in_(filters.batch_codes)).order_by(Batch.code)
            ).scalars()
            parts.append("督察批次：" + "、".join(batch_names))
        if filters.lead_unit_ids:
            unit_names = connection.execute(
                select(Unit.name).where(Unit.id.in_(filters.lead_unit_ids)).order_by(Unit.name)
            ).scalars()
            suffix = "（含配合）" if filters.include_cooperating else ""
            parts.append("牵头单位：" + "、".join(unit_names) + suffix)
    if filters.categories:
        parts.append("问题类别：" + "、".join(CATEGORY_LABELS.get(c, c) for c in filters.categories))
    return "；".join(parts)


def monthly_dispatch(engine: Engine, *, filters: FindingFilters, month: date, today: date) -> MonthlyDispatch:
    """The month's changes against the month before, report punctuality and unit rankings.

    A month that is over is judged as known at its end, so it is kept once built
    (`data_access.stored`) and read back until a write dated in or before it comes."""
    month = month_start(month)
    if month_end(month) < today:
        stored = kept(
            engine,
            "monthly_dispatch",
            scope_filters(filters),
            month_end(month),
            lambda: build_monthly_dispatch(engine, filters=filters, month=month, today=today),
        )
        # The chain's counts are of today, not of the month: never read from the stored copy.
        return replace(
            stored, sign_off=sign_off_counts(engine, filters=replace(filters, as_of=None), today=today)
        )
    return build_monthly_dispatch(engine, filters=filters, month=month, today=today)


def build_monthly_dispatch(
    engine: Engine, *, filters: FindingFilters, month: date, today: date
) -> MonthlyDispatch:
    """`monthly_dispatch` built from the findings' rows, never from stored figures."""
    month = month_start(month)
    if month > month_start(today):
        raise ValueError(f"所选月份（{month.year}年{month.month}月）晚于今天，尚无调度数据。")
    previous = previous_month_start(month)
    as_of = min(month_end(month), today)
    previous_as_of = month_end(previous)
    cur = _corrected_snapshot(filters, as_of, today, "cur")
    report_due = month.replace(day=REPORT_DAY_OF_MONTH)

    with engine.connect() as connection:
        # Outside the findings whose history changed after the end of last month, every
        # finding's state at both month ends is its stored state. Those few thousand are
        # rebuilt once per month end; the figures are the stored ones (through the indexes)
        # corrected on them, and the month-to-month lists are drawn from them alone.
        changed_prev = set(_ids(connection, changed_after(previous_as_of)))
        changed_cur = set(_ids(connection, changed_after(as_of))) if as_of < today else set()
        came_due = _ids(  # stored and open, with a deadline passed between the month ends
            connection,
            select(Finding.id).where(
                Finding.status.in_(OPEN_STATUSES),
                Finding.next_due_date >= previous_as_of,
                Finding.next_due_date < as_of,
            ),
        )
        watched = sorted(changed_prev | set(came_due))
        stored = _states(connection, filters, today, today, watched)
        then_prev = _states(connection, filters, previous_as_of, today, watched)
        then_cur = _states(connection, filters, as_of, today, watched) if as_of < today else stored
        leads = _lead_links(connection, filters, sorted(changed_prev))

        view = _snapshot(filters, today, today, "stored")
        per_status = status_counts(
            connection.execute(select(view.c.status, func.count()).group_by(view.c.status)).all()
        )
        current_figures = _month_figures(
            connection, filters, as_of, today, per_status, changed_cur, stored, then_cur
        )
        previous_figures = _month_figures(
            connection, filters, previous_as_of, today, per_status, changed_prev, stored, then_prev
        )

        def state(states: dict, finding_id: int, changed: set[int]) -> _State | None:
            return states.get(finding_id) if finding_id in changed else stored.get(finding_id)

        pairs = [
            (finding_id, state(then_cur, finding_id, changed_cur), state(then_prev, finding_id, changed_prev))
            for finding_id in watched
        ]
        newly_completed = _finding_rows(
            connection,
            [i for i, now, before in pairs if now and now.done and not (before and before.done)],
        )
        newly_closed = _finding_rows(
            connection,
            [i for i, now, before in pairs if now and now.closed and not (before and before.closed)],
        )
        overdue_now = {
            i: now.next_due_date
            for i, now, before in pairs
            if now and now.overdue(as_of) and not (before and before.overdue(previous_as_of))
        }
        newly_overdue = _finding_rows(connection, sorted(overdue_now))
        newly_overdue["due_date"] = [overdue_now[i] for i in newly_overdue["finding_id"]]

        deadlines_moved = _deadlines_moved(connection, filters, today, month, as_of)
        events = _status_events(connection, filters, today, month, as_of)
        late_units, late_reports, reports_due = _late_reports(
            connection, cur, filters, month, as_of, report_due
        )
        units = _unit_ranking(
            connection,
            filters,
            today,
            (as_of, changed_cur, then_cur),
            (previous_as_of, changed_prev, then_prev),
            stored,
            leads,
        )
        overdue_list = _overdue_list(connection, filters, as_of, today, changed_cur, then_cur)
    for frame in (newly_overdue, overdue_list):
        frame["days_overdue"] = [(as_of - due).days for due in frame["due_date"]]
    overdue_list = overdue_list.sort_values(["days_overdue", "finding_id"], ascending=[False, True])
    backwards = events["from_rank"] > events["to_rank"]
    return MonthlyDispatch(
        month=month,
        previous_month=previous,
        current=current_figures,
        previous=previous_figures,
        report_due=report_due,
        report_deadline_passed=as_of > report_due,
        newly_completed=newly_completed,
        newly_closed=newly_closed,
        newly_overdue=newly_overdue.sort_values(["due_date", "finding_id"]).reset_index(drop=True),
        deadlines_moved=deadlines_moved,
        gone_backwards=events[backwards].drop(columns=["from_rank", "to_rank"]).reset_index(drop=True),
        reopened=events[events["to_status"] == "reopened"]
        .drop(columns=["from_rank", "to_rank"])
        .reset_index(drop=True),
        reports_due=reports_due,
        late_units=late_units,
        late_reports=late_reports,
        units=units,
        overdue_list=overdue_list.reset_index(drop=True),
        indicators=indicator_targets(engine, filters=replace(filters, as_of=as_of), today=today),
        evidence=evidence_of_month(engine, filters=filters, first=month, last=as_of, today=today),
        sign_off=sign_off_counts(engine, filters=replace(filters, as_of=None), today=today),
    )


def _snapshot(
    filters: FindingFilters, as_of: date, today: date, name: str, only: list[int] | None = None
) -> Subquery:
    """The findings of the scope with their state at `as_of` (`only`: just these findings),
    as a subquery named `name` (findings_view's own is "f", and a statement may use two)."""
    return select(findings_view(dispatch_filters(filters, as_of), today=today, finding_ids=only)).subquery(
        name
    )


def _corrected_snapshot(filters: FindingFilters, as_of: date, today: date, name: str) -> Subquery:
    """The scope's status and deadlines at `as_of` as one subquery: the stored rows of the
    findings unchanged since, and the rebuilt rows of those changed (`changed_after`). Same
    rows as `_snapshot` without rebuilding every finding; its last_report_period is not that
    of the day (the dispatch reads the month's reports itself)."""
    if as_of >= today:
        return _snapshot(filters, as_of, today, name)
    changed = select(changed_after(as_of).cte(f"{name}_changed"))  # one list per statement
    stored = findings_view(dispatch_filters(filters, today), today=today)
    then = findings_view(dispatch_filters(filters, as_of), today=today, finding_ids=changed)
    return union_all(select(stored).where(stored.c.finding_id.not_in(changed)), select(then)).subquery(name)


def _ids(connection: Connection, query: Select) -> list[int]:
    return sorted({int(finding_id) for finding_id in connection.execute(query).scalars()})


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """Pieces from `_findings(…, order_columns=True)` as one frame in batch and number order."""
    frames = [frame for frame in frames if not frame.empty]
    if not frames:
        return pd.DataFrame(columns=columns)
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    frame = frame.sort_values(["batch_code", "finding_number", "finding_id"], kind="stable")
    return frame.drop(columns=["batch_code", "finding_number"]).reset_index(drop=True)


@dataclass(frozen=True)
class _State:
    """A finding's state at a month's end, as far as the dispatch needs it."""

    status: str
    next_due_date: date | None

    @property
    def done(self) -> bool:
        return self.status in DONE_STATUSES

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    def overdue(self, as_of: date) -> bool:  # the definition of metrics.is_overdue
        return self.status in OPEN_STATUSES and self.next_due_date is not None and self.next_due_date < as_of


def _states(
    connection: Connection, filters: FindingFilters, as_of: date, today: date, ids: list[int]
) -> dict[int, _State]:
    """The state at `as_of` of those of `ids` that are in scope and registered by then."""
    states: dict[int, _State] = {}
    for chunk in chunks(ids):
        view = findings_view(dispatch_filters(filters, as_of), today=today, finding_ids=chunk)
        for finding_id, status, due in connection.execute(
            select(view.c.finding_id, view.c.status, view.c.next_due_date)
        ):
            states[int(finding_id)] = _State(status, due)
    return states


def _lead_links(connection: Connection, filters: FindingFilters, ids: list[int]) -> dict[int, list[int]]:
    """Lead units (those of the unit filter, if any) of each of `ids`."""
    links: dict[int, list[int]] = {}
    for chunk in chunks(ids):
        query = select(FindingUnit.finding_id, FindingUnit.unit_id).where(
            FindingUnit.role == "lead", FindingUnit.finding_id.in_(chunk)
        )
        if filters.lead_unit_ids:
            query = query.where(FindingUnit.unit_id.in_(filters.lead_unit_ids))
        for finding_id, unit_id in connection.execute(query):
            links.setdefault(int(finding_id), []).append(int(unit_id))
    return links


def _month_figures(
    connection: Connection,
    filters: FindingFilters,
    as_of: date,
    today: date,
    per_status: StatusCounts,
    changed: set[int],
    stored: dict[int, _State],
    then: dict[int, _State],
) -> MonthFigures:
    """Scope-wide figures at `as_of`: the stored state (`per_status`, counted once for both
    months through the state index), then corrected on the findings whose history changed
    after that day (`changed`): their stored state taken out, their state then put in. The
    same figures as counting the rebuilt state of every finding (tests/test_national_scale.py),
    without rebuilding a million of them."""
    view = _snapshot(filters, today, today, "stored")
    overdue = connection.execute(
        select(func.count()).select_from(view).where(is_overdue(view, as_of))
    ).scalar_one()
    figures = [per_status.total, per_status.done, per_status.closed, int(overdue)]
    for finding_id in changed:
        for states, sign in ((stored, -1), (then, 1)):
            state = states.get(finding_id)
            if state is not None:
                for index, counted in enumerate((True, state.done, state.closed, state.overdue(as_of))):
                    figures[index] += sign * counted
    total, done, closed, overdue = figures
    return MonthFigures(as_of=as_of, total=total, done=done, closed=closed, overdue=overdue)


def _rank(column: ColumnElement[str]) -> ColumnElement[int]:
    return case(*[(column == status, rank) for status, rank in STATUS_RANK.items()], else_=0)


def _findings(connection: Connection, query: Select, *, order_columns: bool = False) -> pd.DataFrame:
    """The rows of `query` (which selects finding_id first) with the findings' names, in the
    order of batch code and number (`order_columns`: with those two, to sort pieces by)."""
    listed = query.subquery("listed")
    extra = [column for column in listed.c if column.name != "finding_id"]
    if order_columns:
        extra += [Batch.code.label("batch_code"), Finding.number.label("finding_number")]
    details = (
        select(
            listed.c.finding_id,
            Batch.name.label("batch_name"),
            Finding.label,
            Finding.title,
            Region.name.label("region_name"),
            *extra,
        )
        .join(Finding, Finding.id == listed.c.finding_id)
        .join(Batch, Batch.id == Finding.batch_id)
        .join(Region, Region.code == Finding.region_code)
        .order_by(Batch.code, Finding.number, listed.c.finding_id)
    )
    columns = [*FINDING_COLUMNS[:-1], *(column.key for column in extra)]
    frame = result_frame(connection.execute(details), columns)
    ids = [int(finding_id) for finding_id in frame["finding_id"]]
    leads = _lead_units(connection, ids)
    frame.insert(5, "lead_units", [leads.get(finding_id, "") for finding_id in ids])
    return frame


def _finding_rows(connection: Connection, ids: list[int]) -> pd.DataFrame:
    """`_findings` for a list of finding ids (in batch and number order)."""
    frames = [
        _findings(
            connection,
            select(Finding.id.label("finding_id")).where(Finding.id.in_(chunk)),
            order_columns=True,
        )
        for chunk in chunks(ids)
    ]
    return _concat(frames, FINDING_COLUMNS)


def _overdue_list(
    connection: Connection,
    filters: FindingFilters,
    as_of: date,
    today: date,
    changed: set[int],
    then: dict[int, _State],
) -> pd.DataFrame:
    """Every finding overdue at `as_of`: the stored overdue ones (through the state index)
    but those changed since, plus those changed since that were overdue then."""
    view = _snapshot(filters, today, today, "stored")
    overdue = select(view.c.finding_id, view.c.next_due_date.label("due_date"), view.c.status).where(
        is_overdue(view, as_of)
    )
    if not changed:  # judged today: the stored overdue findings, through the state index
        return _findings(connection, overdue)
    due = {
        int(finding_id): (day, status)
        for finding_id, day, status in connection.execute(overdue)
        if int(finding_id) not in changed
    }
    due.update({i: (s.next_due_date, s.status) for i, s in then.items() if i in changed and s.overdue(as_of)})
    frame = _finding_rows(connection, sorted(due))
    frame["due_date"] = [due[i][0] for i in frame["finding_id"]]
    frame["status"] = [due[i][1] for i in frame["finding_id"]]
    return frame


def _lead_units(connection: Connection, finding_ids: list[int]) -> dict[int, str]:
    """Lead unit names per finding, joined with 、 in their written order. The ids are bound
    as lists (not the listing query again as a subquery, which PostgreSQL answered with a
    scan of every unit link: 0.1–0.3 s a call at a million findings)."""
    names: dict[int, list[str]] = {}
    for chunk in chunks(finding_ids):
        rows = connection.execute(
            select(FindingUnit.finding_id, Unit.name)
            .join(Unit, Unit.id == FindingUnit.unit_id)
            .where(FindingUnit.role == "lead", FindingUnit.finding_id.in_(chunk))
            .order_by(FindingUnit.finding_id, FindingUnit.seq, Unit.name)
        ).all()
        for finding_id, name in rows:
            names.setdefault(finding_id, []).append(name)
    return {finding_id: "、".join(values) for finding_id, values in names.items()}


def _in_month(
    connection: Connection,
    filters: FindingFilters,
    today: date,
    ids: Select,
    build,
    columns: list[str],
) -> pd.DataFrame:
    """Rows of a detail table dated in the month, for the findings of the scope: the findings
    are taken from the detail rows (a few thousand), not the detail rows looked up for every
    finding of the scope (a million)."""
    frames = []
    for chunk in chunks(_ids(connection, ids)):
        scope = _snapshot(filters, today, today, "scope", only=chunk)
        frames.append(_findings(connection, build(scope), order_columns=True))
    return _concat(frames, [*FINDING_COLUMNS, *columns])


def _deadlines_moved(
    connection: Connection, filters: FindingFilters, today: date, month: date, as_of: date
) -> pd.DataFrame:
    """Dated deadlines superseded during the month, with the deadline that replaced them."""
    new = aliased(Deadline)
    in_month = and_(Deadline.superseded_on >= month, Deadline.superseded_on <= as_of)

    def build(scope: Subquery) -> Select:
        return (
            select(
                scope.c.finding_id,
                Deadline.due_date.label("old_due"),
                new.due_date.label("new_due"),
                Deadline.superseded_on.label("moved_on"),
            )
            .join(Deadline, Deadline.finding_id == scope.c.finding_id)
            .outerjoin(
                new,
                and_(
                    new.finding_id == Deadline.finding_id,
                    new.seq == Deadline.seq,
                    new.valid_from == Deadline.superseded_on,
                    new.id != Deadline.id,
                ),
            )
            .where(in_month)
        )

    ids = select(Deadline.finding_id).where(in_month)
    frame = _in_month(connection, filters, today, ids, build, ["old_due", "new_due", "moved_on"])
    return frame.sort_values(["moved_on", "finding_id"]).reset_index(drop=True)


def _status_events(
    connection: Connection, filters: FindingFilters, today: date, month: date, as_of: date
) -> pd.DataFrame:
    """Status events of the month with the rank of both ends."""
    in_month = and_(StatusEvent.changed_on >= month, StatusEvent.changed_on <= as_of)

    def build(scope: Subquery) -> Select:
        return (
            select(
                scope.c.finding_id,
                StatusEvent.from_status,
                StatusEvent.to_status,
                StatusEvent.changed_on,
                StatusEvent.reason,
                _rank(func.coalesce(StatusEvent.from_status, "not_started")).label("from_rank"),
                _rank(StatusEvent.to_status).label("to_rank"),
            )
            .join(StatusEvent, StatusEvent.finding_id == scope.c.finding_id)
            .where(in_month)
        )

    ids = select(StatusEvent.finding_id).where(in_month)
    columns = ["from_status", "to_status", "changed_on", "reason", "from_rank", "to_rank"]
    frame = _in_month(connection, filters, today, ids, build, columns)
    return frame.sort_values(["changed_on", "finding_id"]).reset_index(drop=True)


def _late_reports(
    connection: Connection,
    cur: Subquery,
    filters: FindingFilters,
    month: date,
    as_of: date,
    report_due: date,
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Lead units whose open rolling findings' report for the month came after the 28th or
    had not come by the end of the month (reports received later are not known then)."""
    owing = and_(is_open(cur), cur.c.has_rolling_deadline == True)  # noqa: E712 - SQL comparison
    reports_due = int(connection.execute(select(func.count()).select_from(cur).where(owing)).scalar_one())
    unit_columns = [
        "unit_id",
        "unit_name",
        "unit_region",
        "unit_label",
        "due",
        "on_time",
        "late",
        "missing",
        "days_late",
    ]
    if as_of <= report_due or reports_due == 0:
        return pd.DataFrame(columns=unit_columns), _empty_late_reports(), reports_due
    report = and_(
        ProgressReport.finding_id == cur.c.finding_id,
        ProgressReport.period == month,
        ProgressReport.reported_on <= as_of,
    )
    lead = and_(FindingUnit.finding_id == cur.c.finding_id, FindingUnit.role == "lead")
    if filters.lead_unit_ids:
        lead = and_(lead, FindingUnit.unit_id.in_(filters.lead_unit_ids))
    base = select(cur.c.finding_id).join(FindingUnit, lead).outerjoin(ProgressReport, report).where(owing)
    per_unit = connection.execute(
        base.with_only_columns(
            FindingUnit.unit_id,
            func.count().label("due"),
            count_if(ProgressReport.reported_on <= report_due).label("on_time"),
            count_if(ProgressReport.reported_on > report_due).label("late"),
            count_if(ProgressReport.id.is_(None)).label("missing"),
            func.max(ProgressReport.reported_on).label("last_reported_on"),
        ).group_by(FindingUnit.unit_id)
    ).mappings()
    units = pd.DataFrame(
        per_unit, columns=["unit_id", "due", "on_time", "late", "missing", "last_reported_on"]
    )
    units = units[(units["late"] > 0) | (units["missing"] > 0)].copy()
    missing_days = (as_of - report_due).days
    units["days_late"] = [
        missing_days if missing else (last - report_due).days
        for missing, last in zip(units["missing"], units["last_reported_on"], strict=True)
    ]
    units = _with_unit_names(connection, units.drop(columns=["last_reported_on"]))
    units = units.sort_values(  # unit_id last: one order whatever order the database grouped in
        ["missing", "days_late", "late", "unit_name", "unit_id"], ascending=[False, False, False, True, True]
    )

    detail = base.with_only_columns(
        cur.c.finding_id,
        FindingUnit.unit_id,
        ProgressReport.reported_on,
    ).where(or_(ProgressReport.id.is_(None), ProgressReport.reported_on > report_due))
    late = _findings(connection, detail)
    late["days_late"] = [
        missing_days if pd.isna(day) else (day - report_due).days for day in late["reported_on"]
    ]
    late["reported_on"] = [None if pd.isna(day) else day for day in late["reported_on"]]
    late = _with_unit_names(connection, late)
    late = late.sort_values(
        ["unit_name", "unit_id", "days_late", "finding_id"], ascending=[True, True, False, True]
    )
    return units[unit_columns].reset_index(drop=True), late.reset_index(drop=True), reports_due


def _empty_late_reports() -> pd.DataFrame:
    columns = [
        *FINDING_COLUMNS,
        "unit_id",
        "reported_on",
        "days_late",
        "unit_name",
        "unit_region",
        "unit_label",
    ]
    return pd.DataFrame(columns=columns)


def _with_unit_names(connection: Connection, frame: pd.DataFrame) -> pd.DataFrame:
    ids = sorted({int(unit_id) for unit_id in frame["unit_id"]})
    names: dict[int, tuple[str, str]] = {}
    # Many units (a national ranking): read the directory whole rather than bind tens of
    # thousands of ids and names.
    many = len(ids) > BIND_CHUNK
    if ids:
        query = select(Unit.id, Unit.name, Region.short_name).join(Region, Region.code == Unit.region_code)
        if not many:
            query = query.where(Unit.id.in_(ids))
        wanted = set(ids)
        names = {
            unit_id: (name, region)
            for unit_id, name, region in connection.execute(query)
            if unit_id in wanted
        }
    # A name used in several regions (县住建局) gets its region added: 县住建局（保靖）.
    shared = select(Unit.name).group_by(Unit.name).having(func.count() > 1)
    if not many:
        shared = shared.where(Unit.name.in_(sorted({name for name, _ in names.values()})))
    shared_names = set(connection.execute(shared).scalars())
    frame = frame.copy()
    frame["unit_name"] = [names.get(int(u), ("", ""))[0] for u in frame["unit_id"]]
    frame["unit_region"] = [names.get(int(u), ("", ""))[1] for u in frame["unit_id"]]
    frame["unit_label"] = [
        f"{name}（{region}）" if name in shared_names else name
        for name, region in zip(frame["unit_name"], frame["unit_region"], strict=True)
    ]
    return frame


def _unit_counts(
    connection: Connection, view: Subquery, filters: FindingFilters, as_of: date
) -> pd.DataFrame:
    """Findings, done and overdue per lead unit, counted over every finding of `view` (the
    plain way; tests compare `_unit_figures` with it)."""
    lead = and_(FindingUnit.finding_id == view.c.finding_id, FindingUnit.role == "lead")
    if filters.lead_unit_ids:
        lead = and_(lead, FindingUnit.unit_id.in_(filters.lead_unit_ids))
    query = (
        select(
            FindingUnit.unit_id,
            func.count().label("total"),
            count_if(is_done(view)).label("done"),
            count_if(is_overdue(view, as_of)).label("overdue"),
        )
        .select_from(view)
        .join(FindingUnit, lead)
        .group_by(FindingUnit.unit_id)
    )
    return result_frame(connection.execute(query), ["unit_id", "total", "done", "overdue"])


def _stored_unit_counts(
    connection: Connection, filters: FindingFilters, today: date, days: list[date]
) -> pd.DataFrame:
    """Per lead unit from the stored state: findings, open ones and those overdue at each of
    `days`. Every finding as of today (the unit filter aside): findings and open ones from the
    derived counts (data_access/counts.py); otherwise counted over the filtered findings.
    The overdue counts come from the findings overdue at the latest of `days` only (a
    twentieth of them), through the state index."""
    stored = _snapshot(filters, today, today, "stored")
    lead = FindingUnit.role == "lead"
    if filters.lead_unit_ids:
        lead = and_(lead, FindingUnit.unit_id.in_(filters.lead_unit_ids))
    if selects_every_finding(replace(scope_filters(filters), lead_unit_ids=()), today=today):
        totals = unit_totals("lead", filters.lead_unit_ids)
    else:
        totals = (
            select(FindingUnit.unit_id, func.count().label("total"), count_if(is_open(stored)).label("open"))
            .select_from(stored)
            .join(FindingUnit, FindingUnit.finding_id == stored.c.finding_id)
            .where(lead)
            .group_by(FindingUnit.unit_id)
        )
    frame = result_frame(connection.execute(totals), ["unit_id", "total", "open"])
    overdue_columns = [f"overdue_{index}" for index in range(len(days))]
    # MATERIALIZED: the overdue findings read through the state index first, then their
    # links by finding (left alone, SQLite walks a million links and reads each finding).
    overdue_findings = (
        select(stored.c.finding_id, stored.c.status, stored.c.next_due_date)
        .where(is_overdue(stored, max(days)))
        .cte("overdue_findings")
        .prefix_with("MATERIALIZED")
    )
    overdue_counts = result_frame(
        connection.execute(
            select(
                FindingUnit.unit_id,
                *(
                    count_if(is_overdue(overdue_findings, day)).label(name)
                    for day, name in zip(days, overdue_columns, strict=True)
                ),
            )
            .select_from(overdue_findings)
            .join(FindingUnit, FindingUnit.finding_id == overdue_findings.c.finding_id)
            .where(lead)
            .group_by(FindingUnit.unit_id)
        ),
        ["unit_id", *overdue_columns],
    )
    frame = frame.merge(overdue_counts, on="unit_id", how="left").fillna(0)
    return frame.set_index("unit_id").astype(int)


def _unit_figures(
    stored_counts: pd.DataFrame,
    day_index: int,
    as_of: date,
    changed: set[int],
    stored: dict[int, _State],
    then: dict[int, _State],
    leads: dict[int, list[int]],
) -> pd.DataFrame:
    """Findings, done, completion ratio and overdue per lead unit at `as_of`: the stored counts
    (done = findings − open) corrected on the findings changed after that day."""
    frame = pd.DataFrame(
        {
            "total": stored_counts["total"],
            "done": stored_counts["total"] - stored_counts["open"],
            "overdue": stored_counts[f"overdue_{day_index}"],
        }
    )
    correction: dict[int, list[int]] = {}
    for finding_id in changed:
        for states, sign in ((stored, -1), (then, 1)):
            state = states.get(finding_id)
            if state is None:
                continue
            for unit_id in leads.get(finding_id, ()):
                counts = correction.setdefault(unit_id, [0, 0, 0])
                counts[0] += sign
                counts[1] += sign * state.done
                counts[2] += sign * state.overdue(as_of)
    if correction:
        delta = pd.DataFrame.from_dict(correction, orient="index", columns=["total", "done", "overdue"])
        frame = frame.add(delta, fill_value=0)
    frame = frame[frame["total"] > 0].astype(int).rename_axis("unit_id").reset_index()
    frame["completion_ratio"] = frame["done"] / frame["total"]
    return frame[["unit_id", "total", "done", "overdue", "completion_ratio"]]


def _unit_ranking(
    connection: Connection,
    filters: FindingFilters,
    today: date,
    this_month: tuple[date, set[int], dict[int, _State]],
    last_month: tuple[date, set[int], dict[int, _State]],
    stored: dict[int, _State],
    leads: dict[int, list[int]],
) -> pd.DataFrame:
    """Lead units ranked by completion ratio and by overdue count, with last month's figures."""
    counts = _stored_unit_counts(connection, filters, today, [this_month[0], last_month[0]])
    current, previous = (
        _unit_figures(counts, index, as_of, changed, stored=stored, then=then, leads=leads)
        for index, (as_of, changed, then) in enumerate((this_month, last_month))
    )
    columns = [
        "unit_id",
        "unit_name",
        "unit_region",
        "unit_label",
        "total",
        "done",
        "completion_ratio",
        "overdue",
        "prev_total",
        "prev_done",
        "prev_completion_ratio",
        "prev_overdue",
        "ratio_change",
        "overdue_change",
        "rank",
        "prev_rank",
        "rank_change",
        "overdue_rank",
    ]
    if current.empty:
        return pd.DataFrame(columns=columns)
    previous = previous.rename(columns={c: f"prev_{c}" for c in previous.columns if c != "unit_id"})
    previous["prev_rank"] = previous["prev_completion_ratio"].rank(method="min", ascending=False)
    frame = current.merge(previous, on="unit_id", how="left")
    frame["rank"] = frame["completion_ratio"].rank(method="min", ascending=False).astype(int)
    frame["overdue_rank"] = frame["overdue"].rank(method="min", ascending=False).astype(int)
    frame["ratio_change"] = frame["completion_ratio"] - frame["prev_completion_ratio"]
    frame["overdue_change"] = frame["overdue"] - frame["prev_overdue"]
    frame["rank_change"] = frame["prev_rank"] - frame["rank"]  # positive: moved up
    for column in ("prev_total", "prev_done", "prev_overdue", "overdue_change", "prev_rank", "rank_change"):
        frame[column] = frame[column].astype("Int64")
    frame = _with_unit_names(connection, frame)
    frame = frame.sort_values(
        ["rank", "overdue", "total", "unit_name", "unit_id"], ascending=[True, True, False, True, True]
    ).reset_index(drop=True)
    return frame[columns]
