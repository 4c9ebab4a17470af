"""Reads for the report forms (月度报送): a lead unit's findings, a finding's summary, its
report of a month and its closure form as last saved, inside the viewer's region. The saves
are commands (`data_access.commands.reporting`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import pandas as pd
from sqlalchemy import Engine, and_, func, select
from sqlalchemy.orm import Session

from core.vocabulary import OPEN_STATUSES
from data_access.access import finding_in_scope, finding_within
from data_access.metrics import count_if, report_period_due
from data_access.models import Batch, ClosureRecord, Finding, FindingUnit, ProgressReport, Region, Unit

# --- the forms -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlyReport:
    period: date  # any day of the month reported
    status: str
    reported_on: date
    progress_pct: float | None = None
    narrative: str | None = None
    problems: str | None = None
    next_steps: str | None = None
    reporter: str | None = None
    reporting_unit_id: int | None = None


@dataclass(frozen=True)
class ClosureForm:
    """The fields of the 整改验收销号登记表 (seed 000) and its completion report."""

    implementing_body: str | None = None
    applied_on: date | None = None
    problem: str | None = None
    target: str | None = None
    deadline_text: str | None = None
    completion_narrative: str | None = None
    report_title: str | None = None
    report_addressee: str | None = None
    report_body: str | None = None
    report_result: str | None = None
    county_head_opinion: str | None = None
    county_head_signer: str | None = None
    county_head_signed_on: date | None = None
    acceptance_opinion: str | None = None
    acceptance_signer: str | None = None
    acceptance_signed_on: date | None = None
    notice_place: str | None = None
    notice_start: date | None = None
    notice_end: date | None = None
    notice_objections: str | None = None
    city_lead_opinion: str | None = None
    city_lead_signer: str | None = None
    city_lead_signed_on: date | None = None
    filing_opinion: str | None = None
    filing_signer: str | None = None
    filing_signed_on: date | None = None
    facts: tuple[tuple[str, float | None, str | None], ...] = ()  # (label, value, unit) from the report


CLOSURE_FIELDS = tuple(f.name for f in fields(ClosureForm) if f.name != "facts")


# --- reads ---------------------------------------------------------------------------------


def report_units(
    engine: Engine, *, region_code: str | None = None, scope_code: str | None = None
) -> pd.DataFrame:
    """Lead units with the number of findings they lead (in the region) and how many are open."""
    query = (
        select(
            Unit.id.label("unit_id"),
            Unit.name,
            Region.short_name.label("region_name"),
            func.count().label("findings"),
            count_if(Finding.status.in_(OPEN_STATUSES)).label("open"),
        )
        .join(FindingUnit, and_(FindingUnit.unit_id == Unit.id, FindingUnit.role == "lead"))
        .join(Finding, Finding.id == FindingUnit.finding_id)
        .join(Region, Region.code == Unit.region_code)
        .group_by(Unit.id, Unit.name, Region.short_name, Unit.region_code)
        .order_by(Unit.region_code, Unit.name)
    )
    for code in (scope_code, region_code):
        if code:
            query = query.where(finding_within(code))
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return pd.DataFrame(rows, columns=["unit_id", "name", "region_name", "findings", "open"])


def unit_findings(
    engine: Engine, *, unit_id: int, today: date, scope_code: str | None = None
) -> pd.DataFrame:
    """The findings a unit leads (in `scope_code`), with what the forms need (status, version, report)."""
    due = report_period_due(today)
    reported = (
        select(func.count())
        .where(ProgressReport.finding_id == Finding.id, ProgressReport.period == due)
        .scalar_subquery()
    )
    query = (
        select(
            Finding.id.label("finding_id"),
            Batch.name.label("batch_name"),
            Finding.number,
            Finding.label,
            Finding.title,
            Finding.status,
            Finding.version,
            Finding.next_due_date,
            Finding.has_rolling_deadline,
            Finding.last_report_period,
            (reported > 0).label("reported_due_period"),
        )
        .join(Batch, Batch.id == Finding.batch_id)
        .join(FindingUnit, FindingUnit.finding_id == Finding.id)
        .where(FindingUnit.unit_id == unit_id, FindingUnit.role == "lead")
        .order_by(Batch.feedback_date.is_(None), Batch.feedback_date, Batch.code, Finding.number)
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    columns = [
        "finding_id",
        "batch_name",
        "number",
        "label",
        "title",
        "status",
        "version",
        "next_due_date",
        "has_rolling_deadline",
        "last_report_period",
        "reported_due_period",
    ]
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    frame = pd.DataFrame(rows, columns=columns)
    frame["reported_due_period"] = frame["reported_due_period"].astype(bool)
    return frame


def finding_summary(
    engine: Engine, *, finding_id: int, scope_code: str | None = None
) -> dict[str, Any] | None:
    """What the forms show about a finding and prefill from, with the version to save against."""
    with Session(engine) as session:
        finding = (
            session.get(Finding, finding_id) if finding_in_scope(session, finding_id, scope_code) else None
        )
        if finding is None:
            return None
        leads = [u.unit for u in sorted(finding.units, key=lambda u: u.seq) if u.role == "lead"]
        return {
            "finding_id": finding.id,
            "version": finding.version,
            "status": finding.status,
            "status_since": finding.status_since,
            "batch_name": finding.batch.name,
            "number": finding.number,
            "label": finding.label,
            "title": finding.title,
            "problem": finding.problem,
            "target": finding.target,
            "deadline_text": finding.deadline_text,
            "next_due_date": finding.next_due_date,
            "lead_unit_ids": [u.id for u in leads],
            "lead_units": "、".join(u.name for u in leads),
            "region_code": finding.region_code,
        }


def monthly_report(
    engine: Engine, *, finding_id: int, period: date, scope_code: str | None = None
) -> dict[str, Any] | None:
    """The report of a finding for a month, if there is one."""
    with Session(engine) as session:
        if not finding_in_scope(session, finding_id, scope_code):
            return None
        report = session.scalar(
            select(ProgressReport).where(
                ProgressReport.finding_id == finding_id, ProgressReport.period == period.replace(day=1)
            )
        )
        return None if report is None else report_dict(report)


def previous_report(
    engine: Engine, *, finding_id: int, period: date, scope_code: str | None = None
) -> dict[str, Any] | None:
    """The finding's latest report for a month before `period`, if any (the form starts from it)."""
    with Session(engine) as session:
        if not finding_in_scope(session, finding_id, scope_code):
            return None
        report = session.scalar(
            select(ProgressReport)
            .where(ProgressReport.finding_id == finding_id, ProgressReport.period < period.replace(day=1))
            .order_by(ProgressReport.period.desc())
            .limit(1)
        )
        return None if report is None else report_dict(report)


def report_form_defaults(existing: dict | None, previous: dict | None) -> dict[str, Any]:
    """Where the monthly report form starts: the month's own report when correcting it, else
    the previous report's status and progress (a new month starting at 0 % invited a false
    drop). Texts are not carried over; the previous month's are offered as hints."""
    if existing:
        start = existing
    else:
        start = {
            "status": (previous or {}).get("status"),
            "progress_pct": (previous or {}).get("progress_pct"),
        }
    status = start.get("status")
    return {
        "status": "in_progress" if status in ("reopened", "completed") and not existing else status,
        "progress_pct": float(start.get("progress_pct") or 0.0),
        "narrative": (existing or {}).get("narrative") or "",
        "problems": (existing or {}).get("problems") or "",
        "next_steps": (existing or {}).get("next_steps") or "",
        "reporter": (existing or previous or {}).get("reporter") or "",
        "previous_progress": None if not previous else previous.get("progress_pct"),
        "previous_period": None if not previous else previous.get("period"),
        "hints": {name: (previous or {}).get(name) or "" for name in ("narrative", "problems", "next_steps")},
    }


def closure_form_defaults(
    engine: Engine, *, finding_id: int, scope_code: str | None = None
) -> dict[str, Any]:
    """What the closure form starts with: the finding's current form, or one filled from the
    finding (a reopened finding starts a new application)."""
    with Session(engine) as session:
        finding = (
            session.get(Finding, finding_id) if finding_in_scope(session, finding_id, scope_code) else None
        )
        if finding is None:
            return {}
        record = latest_closure(session, finding_id)
        if record is not None and finding.status != "reopened":
            return closure_dict(record)
        region = session.get(Region, finding.region_code)
        values: dict[str, Any] = dict.fromkeys(CLOSURE_FIELDS)
        values.update(
            implementing_body=f"{region.name}人民政府" if region else None,
            problem=finding.problem,
            target=finding.target,
            deadline_text=finding.deadline_text,
            facts=[],
        )
        return values


def latest_closure(session: Session, finding_id: int) -> ClosureRecord | None:
    return session.scalar(
        select(ClosureRecord)
        .where(ClosureRecord.finding_id == finding_id)
        .order_by(ClosureRecord.id.desc())
        .limit(1)
    )


def report_dict(report: ProgressReport) -> dict[str, Any]:
    return {
        "period": report.period,
        "status": report.status,
        "progress_pct": report.progress_pct,
        "narrative": report.narrative,
        "problems": report.problems,
        "next_steps": report.next_steps,
        "reporter": report.reporter,
        "reporting_unit_id": report.reporting_unit_id,
        "reported_on": report.reported_on,
    }


def closure_dict(record: ClosureRecord) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in CLOSURE_FIELDS}
    try:
        facts = json.loads(record.facts_json) if record.facts_json else []
    except ValueError:
        facts = []
    values["facts"] = [
        {"label": f.get("label"), "value": f.get("value"), "unit": f.get("unit")}
        for f in facts
        if isinstance(f, dict)
    ]
    return values
