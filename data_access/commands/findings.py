"""Commands on a finding's detail rows: deadlines, units, people, status, and its stored state.

Every writer (plan import, ledger import, report forms, sample loader, demonstration history)
changes these rows through the functions here, inside its own write session
(`data_access.commands.session`), and calls `refresh_state` before the commit. Numbering:

- a deadline's `seq` is its place (1, 2, …) in the finding's deadlines in force; a deadline
  that replaces another takes its place and so its `seq` (the dispatch pairs a moved deadline
  with its replacement by `seq` and day); a superseded row keeps its `seq` for the record;
- a unit link's and a person link's `seq` count from 0 within their role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.state import DeadlineFacts, finding_state
from core.vocabulary import DEADLINE_KIND_LABELS
from data_access.db import chunks
from data_access.models import (
    Deadline,
    Finding,
    FindingPerson,
    FindingUnit,
    Person,
    ProgressReport,
    Region,
    StatusEvent,
    Unit,
)


@dataclass(frozen=True)
class DeadlineSpec:
    """A deadline as a writer wants it: kind, day (dated kinds), original text, scope."""

    kind: str
    due_date: date | None = None
    text: str | None = None
    scope: str | None = None

    @property
    def key(self) -> tuple[str, date | None]:
        return self.kind, self.due_date

    def shown_text(self) -> str:
        if self.text:
            return self.text
        if self.due_date is not None:
            return f"{self.due_date.year}年{self.due_date.month}月{self.due_date.day}日"
        return DEADLINE_KIND_LABELS[self.kind]


def region_columns(session: Session, region_code: str) -> dict[str, str | None]:
    """province_code / city_code / county_code of a region, from the regions table."""
    region = session.get(Region, region_code)
    if region is None:
        raise ValueError(f"未知的行政区划代码：{region_code}")
    return {
        "province_code": region.province_code,
        "city_code": region.city_code if region.level != "province" else None,
        "county_code": region.code if region.level == "county" else None,
    }


# --- deadlines ---------------------------------------------------------------------------------


def deadlines_in_force(finding: Finding) -> list[Deadline]:
    return sorted((d for d in finding.deadlines if d.superseded_on is None), key=lambda d: d.seq)


def set_deadlines(finding: Finding, wanted: Sequence[DeadlineSpec], *, on: date, new: bool = False) -> bool:
    """Make `wanted` the finding's deadlines in force, in that order; True when anything changed.

    A deadline in force with the same kind and day is kept (its text and scope follow
    `wanted` when given); the others are superseded on `on` and kept for the record; the
    missing ones are added, valid from `on` (from the start for a `new` finding).
    """
    remaining = deadlines_in_force(finding)
    changed = False
    for seq, spec in enumerate(wanted, start=1):
        match = next((d for d in remaining if (d.kind, d.due_date) == spec.key), None)
        if match is not None:
            remaining.remove(match)
            match.seq = seq  # renumbering alone is not a change the user made
            updates: dict[str, str | None] = {}
            if spec.text is not None:
                updates["text"] = spec.text
            if spec.scope is not None or spec.text is not None:
                updates["scope"] = spec.scope
            for name, value in updates.items():
                if getattr(match, name) != value:
                    setattr(match, name, value)
                    changed = True
            continue
        finding.deadlines.append(
            Deadline(
                seq=seq,
                kind=spec.kind,
                due_date=spec.due_date,
                text=spec.shown_text(),
                scope=spec.scope,
                valid_from=None if new else on,
            )
        )
        changed = True
    for old in remaining:
        old.superseded_on = on
        changed = True
    return changed


def move_deadline(finding: Finding, deadline: Deadline, new_date: date, *, on: date) -> None:
    """Supersede one dated deadline by a later day (延期), keeping the others as they are."""
    text = f"{new_date.year}年{new_date.month}月{new_date.day}日（调整后）"
    wanted = [
        DeadlineSpec("date", new_date, text, d.scope)
        if d is deadline
        else DeadlineSpec(d.kind, d.due_date, d.text, d.scope)
        for d in deadlines_in_force(finding)
    ]
    set_deadlines(finding, wanted, on=on)


def add_deadline(finding: Finding, spec: DeadlineSpec, *, on: date) -> None:
    """One more deadline after those in force (a reopened finding's new term)."""
    current = [DeadlineSpec(d.kind, d.due_date, d.text, d.scope) for d in deadlines_in_force(finding)]
    set_deadlines(finding, [*current, spec], on=on)


def mark_deadlines_met(finding: Finding, *, on: date) -> None:
    """The dated deadlines in force and still open are met on `on` (the finding was completed)."""
    for deadline in deadlines_in_force(finding):
        if deadline.kind == "date" and deadline.met_on is None:
            deadline.met_on = on


# --- units and people ------------------------------------------------------------------------


def set_units(session: Session, finding: Finding, role: str, units: Sequence[Unit]) -> bool:
    """Make `units` the finding's units in `role` ("lead" / "cooperating"), in that order."""
    wanted: list[Unit] = []
    for unit in units:
        if all(unit is not other for other in wanted):  # two aliases of one unit count once
            wanted.append(unit)
    current = sorted((row for row in finding.units if row.role == role), key=lambda row: row.seq)
    if [row.unit for row in current] == wanted and [row.seq for row in current] == list(range(len(wanted))):
        return False
    keep = {id(unit): seq for seq, unit in enumerate(wanted)}
    removed = False
    for row in current:
        if id(row.unit) in keep:
            row.seq = keep.pop(id(row.unit))
        else:
            finding.units.remove(row)
            removed = True
    if removed:
        session.flush()  # a link removed goes before one re-added with the same key
    for unit in wanted:
        if id(unit) in keep:
            finding.units.append(FindingUnit(unit=unit, role=role, seq=keep[id(unit)]))
    return True


def set_people(
    session: Session, finding: Finding, role: str, people: Sequence[tuple[Person, str | None]]
) -> bool:
    """Make `people` (person, title) the finding's people in `role`, in that order."""
    wanted: list[tuple[Person, str | None]] = []
    for person, title in people:
        if all(person is not other for other, _ in wanted):
            wanted.append((person, title))
    current = sorted((row for row in finding.people if row.role == role), key=lambda row: row.seq)
    as_is = [(row.person, row.title, row.seq) for row in current]
    if as_is == [(person, title, seq) for seq, (person, title) in enumerate(wanted)]:
        return False
    keep = {id(person): (seq, title) for seq, (person, title) in enumerate(wanted)}
    removed = False
    for row in current:
        if id(row.person) in keep:
            row.seq, row.title = keep.pop(id(row.person))
        else:
            finding.people.remove(row)
            removed = True
    if removed:
        session.flush()
    for person, _ in wanted:
        if id(person) in keep:
            seq, title = keep[id(person)]
            finding.people.append(FindingPerson(person=person, role=role, title=title, seq=seq))
    return True


# --- status and stored state -----------------------------------------------------------------


def record_status_change(
    session: Session,
    finding: Finding,
    to_status: str,
    *,
    on: date,
    source: str,
    reason: str | None = None,
    actor: str | None = None,
) -> StatusEvent:
    """Append a status event; the caller refreshes the finding's state afterwards."""
    event = StatusEvent(
        finding_id=finding.id,
        from_status=finding.status,
        to_status=to_status,
        changed_on=on,
        source=source,
        reason=reason,
        actor=actor,
    )
    session.add(event)
    finding.status = to_status
    finding.status_since = on
    return event


def refresh_state(session: Session, findings: Sequence[Finding]) -> None:
    """Recompute the stored state columns of these findings from their detail rows
    (`core.state.finding_state`): one query per 500 findings on status events and reports."""
    session.flush()
    by_id = {finding.id: finding for finding in findings}
    ids = sorted(by_id)
    events: dict[int, list[tuple[date, int, str]]] = {}
    periods: dict[int, date | None] = {}
    for chunk in chunks(ids, 500):
        rows = session.execute(
            select(
                StatusEvent.finding_id, StatusEvent.changed_on, StatusEvent.id, StatusEvent.to_status
            ).where(StatusEvent.finding_id.in_(chunk))
        )
        for finding_id, changed_on, event_id, to_status in rows:
            events.setdefault(finding_id, []).append((changed_on, event_id, to_status))
        periods.update(
            session.execute(
                select(ProgressReport.finding_id, func.max(ProgressReport.period))
                .where(ProgressReport.finding_id.in_(chunk))
                .group_by(ProgressReport.finding_id)
            ).all()
        )
    for finding_id, finding in by_id.items():
        last_period = periods.get(finding_id)
        state = finding_state(
            [
                DeadlineFacts(d.kind, d.due_date, d.superseded_on is not None, d.met_on is not None)
                for d in finding.deadlines
            ],
            events.get(finding_id, []),
            [last_period] if last_period else [],
            status=finding.status,
            status_since=finding.status_since,
        )
        finding.status = state.status
        finding.status_since = state.status_since
        finding.completed_on = state.completed_on
        finding.closed_on = state.closed_on
        finding.next_due_date = state.next_due_date
        finding.has_rolling_deadline = state.has_rolling_deadline
        finding.last_report_period = state.last_report_period
