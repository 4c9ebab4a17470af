"""Everything the drill-down (问题详情) shows about one finding, and finding search."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session, selectinload

from core.vocabulary import DONE_STATUSES, STATUS_LABELS
from data_access.access import finding_within
from data_access.metrics import FindingFilters, findings_view
from data_access.models import (
    Batch,
    ClosureRecord,
    Finding,
    FindingPerson,
    FindingUnit,
    Indicator,
    IndicatorFinding,
    Measure,
    MeasureUnit,
    ProgressReport,
    Region,
    Site,
    SiteFinding,
    StatusEvent,
    Unit,
)

SEARCH_LIMIT = 50


@dataclass
class ClosureCheck:
    """One line of the closure readiness checklist."""

    label: str
    ok: bool
    detail: str


@dataclass
class FindingDetail:
    id: int
    batch_code: str
    batch_name: str
    batch_source_type: str
    batch_feedback_date: date | None
    number: int
    label: str
    section: str | None
    title: str
    problem: str
    target: str | None
    category: str
    region_code: str
    region_name: str
    status: str
    status_since: date | None
    plan_marker: str | None
    deadline_text: str | None
    next_due_date: date | None
    notes: str | None
    version: int
    deadlines: pd.DataFrame
    lead_units: list[str]
    cooperating_units: list[str]
    people: pd.DataFrame  # role, name, title
    measures: pd.DataFrame
    reports: pd.DataFrame  # newest first
    status_history: pd.DataFrame
    closures: list[dict] = field(default_factory=list)
    sites: pd.DataFrame = field(default_factory=pd.DataFrame)
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)


def finding_detail(engine: Engine, finding_id: int, *, scope_code: str | None = None) -> FindingDetail | None:
    """The whole record of one finding, or None if there is no such finding in `scope_code`."""
    in_scope = [finding_within(scope_code)] if scope_code else []
    with Session(engine) as session:
        finding = session.scalars(
            select(Finding)
            .where(Finding.id == finding_id, *in_scope)
            .options(
                selectinload(Finding.deadlines),
                selectinload(Finding.units).selectinload(FindingUnit.unit),
                selectinload(Finding.people).selectinload(FindingPerson.person),
                selectinload(Finding.measures).selectinload(Measure.units).selectinload(MeasureUnit.unit),
                selectinload(Finding.closures),
            )
        ).one_or_none()
        if finding is None:
            return None
        batch = session.get(Batch, finding.batch_id)
        region = session.get(Region, finding.region_code)
        units = sorted(finding.units, key=lambda u: (u.role, u.seq))
        detail = FindingDetail(
            id=finding.id,
            batch_code=batch.code,
            batch_name=batch.name,
            batch_source_type=batch.source_type,
            batch_feedback_date=batch.feedback_date,
            number=finding.number,
            label=finding.label,
            section=finding.section,
            title=finding.title,
            problem=finding.problem,
            target=finding.target,
            category=finding.category,
            region_code=finding.region_code,
            region_name=region.name if region else finding.region_code,
            status=finding.status,
            status_since=finding.status_since,
            plan_marker=finding.plan_marker,
            deadline_text=finding.deadline_text,
            next_due_date=finding.next_due_date,
            notes=finding.notes,
            version=finding.version,
            deadlines=pd.DataFrame(
                [
                    {
                        "kind": d.kind,
                        "due_date": d.due_date,
                        "text": d.text,
                        "scope": d.scope,
                        "valid_from": d.valid_from,
                        "superseded_on": d.superseded_on,
                        "met_on": d.met_on,
                    }
                    for d in finding.deadlines
                ],
                columns=["kind", "due_date", "text", "scope", "valid_from", "superseded_on", "met_on"],
            ),
            lead_units=[u.unit.name for u in units if u.role == "lead"],
            cooperating_units=[u.unit.name for u in units if u.role == "cooperating"],
            people=pd.DataFrame(
                [
                    {"role": p.role, "name": p.person.name, "title": p.title}
                    for p in sorted(finding.people, key=lambda p: p.seq)
                ],
                columns=["role", "name", "title"],
            ),
            measures=pd.DataFrame(
                [
                    {
                        "number": m.number,
                        "group": m.group_label,
                        "text": m.text,
                        "units": "、".join(u.unit.name for u in m.units),
                        "status": m.status,
                        "progress_pct": m.progress_pct,
                    }
                    for m in finding.measures
                ],
                columns=["number", "group", "text", "units", "status", "progress_pct"],
            ),
            reports=_reports(session, finding.id),
            status_history=_status_history(session, finding.id),
            closures=[_closure_dict(c) for c in sorted(finding.closures, key=lambda c: c.id)],
            sites=_sites(session, finding.id),
            indicators=_indicators(session, finding.id),
        )
    return detail


def _reports(session: Session, finding_id: int) -> pd.DataFrame:
    rows = session.execute(
        select(
            ProgressReport.period,
            ProgressReport.status,
            ProgressReport.progress_pct,
            ProgressReport.narrative,
            ProgressReport.problems,
            ProgressReport.next_steps,
            Unit.name.label("reporting_unit"),
            ProgressReport.reporter,
            ProgressReport.reported_on,
        )
        .outerjoin(Unit, Unit.id == ProgressReport.reporting_unit_id)
        .where(ProgressReport.finding_id == finding_id)
        .order_by(ProgressReport.period.desc())
    ).all()
    columns = [
        "period",
        "status",
        "progress_pct",
        "narrative",
        "problems",
        "next_steps",
        "reporting_unit",
        "reporter",
        "reported_on",
    ]
    return pd.DataFrame(rows, columns=columns)


def _status_history(session: Session, finding_id: int) -> pd.DataFrame:
    rows = session.execute(
        select(
            StatusEvent.changed_on,
            StatusEvent.from_status,
            StatusEvent.to_status,
            StatusEvent.reason,
            StatusEvent.source,
            StatusEvent.actor,
        )
        .where(StatusEvent.finding_id == finding_id)
        .order_by(StatusEvent.changed_on, StatusEvent.id)
    ).all()
    return pd.DataFrame(rows, columns=["changed_on", "from_status", "to_status", "reason", "source", "actor"])


def _closure_dict(record: ClosureRecord) -> dict:
    data = {column.name: getattr(record, column.name) for column in ClosureRecord.__table__.columns}
    data["facts"] = json.loads(record.facts_json) if record.facts_json else []
    return data


def _sites(session: Session, finding_id: int) -> pd.DataFrame:
    rows = session.execute(
        select(
            Site.id, Site.name, Site.site_type, Site.subtype, Site.status, Site.risk_level, Site.lon, Site.lat
        )
        .join(SiteFinding, SiteFinding.site_id == Site.id)
        .where(SiteFinding.finding_id == finding_id)
        .order_by(Site.name)
    ).all()
    return pd.DataFrame(
        rows, columns=["id", "name", "site_type", "subtype", "status", "risk_level", "lon", "lat"]
    )


def _indicators(session: Session, finding_id: int) -> pd.DataFrame:
    rows = session.execute(
        select(Indicator.id, Indicator.code, Indicator.name, Indicator.unit, Indicator.direction)
        .join(IndicatorFinding, IndicatorFinding.indicator_id == Indicator.id)
        .where(IndicatorFinding.finding_id == finding_id)
        .order_by(Indicator.name)
    ).all()
    return pd.DataFrame(rows, columns=["id", "code", "name", "unit", "direction"])


def closure_readiness(detail: FindingDetail, *, today: date) -> list[ClosureCheck]:
    """What a closure (销号) still needs, judged on the latest closure record."""
    measures = detail.measures
    unfinished = measures[~measures["status"].isin(DONE_STATUSES)] if not measures.empty else measures
    record = detail.closures[-1] if detail.closures else {}
    report = (record.get("completion_narrative") or "").strip() or (record.get("report_body") or "").strip()
    notice_end = record.get("notice_end")
    objections = (record.get("notice_objections") or "").strip()
    no_objection = objections == "" or any(
        word in objections for word in ("未收到异议", "无异议", "没有异议")
    )
    checks = []
    if detail.status in ("reopened", "in_progress", "not_started") and detail.closures:
        checks.append(
            ClosureCheck(
                "整改状态", False, f"当前为“{STATUS_LABELS[detail.status]}”，需重新完成整改并申请销号"
            )
        )
    checks += [
        ClosureCheck(
            "整改措施全部完成",
            unfinished.empty,
            "全部措施已完成"
            if unfinished.empty
            else "尚未完成的措施：" + "、".join(f"第{n}项" for n in unfinished["number"]),
        ),
        ClosureCheck(
            "整改完成情况报告",
            bool(report),
            "已提交" if report else "尚无整改完成情况报告",
        ),
    ]
    if notice_end is None:
        checks.append(ClosureCheck("公示期满且无异议", False, "尚未公示"))
    elif notice_end >= today:
        checks.append(ClosureCheck("公示期满且无异议", False, f"公示期至{_cn(notice_end)}，尚未期满"))
    elif not no_objection:
        checks.append(ClosureCheck("公示期满且无异议", False, f"公示期间有异议：{objections}"))
    else:
        checks.append(ClosureCheck("公示期满且无异议", True, f"公示期至{_cn(notice_end)}已满，无异议"))
    opinion = (record.get("acceptance_opinion") or "").strip()
    checks.append(ClosureCheck("验收销号意见", bool(opinion), opinion if opinion else "尚无验收销号意见"))
    return checks


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def search_findings(
    engine: Engine, *, text: str, filters: FindingFilters, today: date, limit: int = SEARCH_LIMIT
) -> pd.DataFrame:
    """Findings whose number or title/problem matches, within the shared filters.

    A number alone matches the finding number; otherwise every word (split on spaces)
    must appear in the title or the problem text. Bound parameters, so any input is safe.
    """
    view = findings_view(filters, today=today)
    query = (
        select(
            view.c.finding_id,
            Batch.name.label("batch_name"),
            view.c.number,
            view.c.title,
            Region.name.label("region_name"),
            view.c.status,
        )
        .select_from(view)
        .join(Batch, Batch.id == view.c.batch_id)
        .join(Region, Region.code == view.c.region_code)
        .join(Finding, Finding.id == view.c.finding_id)
    )
    words = [word for word in text.split() if word]
    if not words:
        return pd.DataFrame(columns=["finding_id", "batch_name", "number", "title", "region_name", "status"])
    if len(words) == 1 and words[0].isdigit():
        query = query.where(view.c.number == int(words[0]))
    else:
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(
                or_(Finding.title.like(pattern, escape="\\"), Finding.problem.like(pattern, escape="\\"))
            )
    query = query.order_by(Batch.name, view.c.number).limit(limit)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return pd.DataFrame(
        rows, columns=["finding_id", "batch_name", "number", "title", "region_name", "status"]
    )
