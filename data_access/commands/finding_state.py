"""Keeps the denormalised state columns of a finding in step with its detail rows.

Every writer (sample loader, importer, report form) calls `refresh_finding_state` after it
changes deadlines, status events or reports, inside the same transaction. The derived count
tables (`data_access.counts`) follow the stored status before the transaction commits.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.vocabulary import ROLLING_KINDS
from data_access.db import chunks
from data_access.models import Deadline, Finding, ProgressReport, Region, StatusEvent


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


def refresh_finding_state(session: Session, finding: Finding) -> None:
    """Recompute status, next open dated deadline, rolling flag and last report month."""
    refresh_findings_state(session, [finding])


def refresh_findings_state(session: Session, findings: list[Finding]) -> None:
    """`refresh_finding_state` for many findings at once (the ledger import): one query per
    500 findings on status events and one on reports."""
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
        current = [d for d in finding.deadlines if d.superseded_on is None]
        open_dates = [d.due_date for d in current if d.kind == "date" and d.met_on is None]
        finding.next_due_date = min(open_dates) if open_dates else None
        finding.has_rolling_deadline = any(d.kind in ROLLING_KINDS for d in current)
        history = sorted(events.get(finding_id, []))
        if history:
            finding.status_since, _, finding.status = history[-1]
        finding.completed_on = max((day for day, _, to in history if to == "completed"), default=None)
        finding.closed_on = max((day for day, _, to in history if to == "closed"), default=None)
        finding.last_report_period = periods.get(finding_id)


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


def move_deadline(session: Session, deadline: Deadline, new_date: date, *, on: date) -> Deadline:
    """Supersede a dated deadline with a new one, keeping the old for the record."""
    deadline.superseded_on = on
    moved = Deadline(
        finding_id=deadline.finding_id,
        seq=deadline.seq,
        kind="date",
        due_date=new_date,
        text=f"{new_date.year}年{new_date.month}月{new_date.day}日（调整后）",
        scope=deadline.scope,
        valid_from=on,
    )
    deadline.finding.deadlines.append(moved)
    return moved
