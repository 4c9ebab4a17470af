"""The ledger template and the ledger export, in the same sheets the import reads.

Export → import reports no change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from core import vocabulary as v
from core.settings import mask_secret
from data_access.access import (
    EXPORT,
    MANAGE_USERS,
    Viewer,
    finding_within,
    region_within,
    require,
    scoped,
    within_region,
)
from data_access.db import chunks
from data_access.evidence import evidence_for_findings
from data_access.indicators import indicator_targets
from data_access.ledger.lookups import CHUNK, Regions, ledger_fields
from data_access.ledger.workbook import workbook_bytes
from data_access.metrics import FindingFilters, concerns_findings, findings_view
from data_access.models import (
    Batch,
    Contact,
    Finding,
    FindingPerson,
    FindingUnit,
    Indicator,
    IndicatorValue,
    Measure,
    MeasureUnit,
    ProgressReport,
    Region,
    Site,
    SiteFinding,
    Unit,
    User,
)
from intake.ledger_sheets import format_deadlines, format_person, format_refs


def ledger_template(engine: Engine, *, user: Viewer | None) -> bytes:
    """An empty ledger with the instructions and the codes already in the database.

    `user` (None only for the command line) must have the export right; a user limited to a
    region finds in the reference sheet only the codes of that region.
    """
    if user is not None:
        require(user, EXPORT)
    return workbook_bytes({}, _reference_lists(engine, user.region_code if user is not None else None))


def _reference_lists(engine: Engine, scope_code: str | None) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The reference sheet (代码表): batches, regions, units and indicators.

    With `scope_code` only what the viewer of that region may see: the regions inside it, the
    batches and units placed there, and the batches and units its findings refer to (a
    county's findings may belong to a city's batch and be led by city units). Indicators are
    the same everywhere.
    """
    batches_query = select(Batch.code, Batch.name).order_by(Batch.code)
    regions_query = select(Region.code, Region.name).order_by(Region.code)
    units_query = (
        select(Region.name, Unit.name)
        .join(Region, Region.code == Unit.region_code)
        .order_by(Unit.region_code, Unit.name)
    )
    if scope_code:
        inside = select(Region.code).where(region_within(scope_code))
        findings = select(Finding.id).where(finding_within(scope_code))
        regions_query = regions_query.where(region_within(scope_code))
        batches_query = batches_query.where(
            Batch.region_code.in_(inside)
            | Batch.id.in_(select(Finding.batch_id).where(finding_within(scope_code)))
        )
        units_query = units_query.where(
            Unit.region_code.in_(inside)
            | Unit.id.in_(select(FindingUnit.unit_id).where(FindingUnit.finding_id.in_(findings)))
            | Unit.id.in_(
                select(MeasureUnit.unit_id)
                .join(Measure, Measure.id == MeasureUnit.measure_id)
                .where(Measure.finding_id.in_(findings))
            )
            | Unit.id.in_(
                select(ProgressReport.reporting_unit_id).where(ProgressReport.finding_id.in_(findings))
            )
        )
    with engine.connect() as connection:
        batches = connection.execute(batches_query).all()
        regions = connection.execute(regions_query).all()
        units = connection.execute(units_query).all()
        indicators = connection.execute(
            select(Indicator.code, Indicator.name, Indicator.unit).order_by(Indicator.code)
        ).all()
    return [
        ("督察批次（批次编号 / 批次名称）", [tuple(r) for r in batches]),
        ("地区（区划代码 / 名称）", [tuple(r) for r in regions]),
        ("单位（所属地区 / 单位名称）", [tuple(r) for r in units]),
        ("指标（指标编号 / 指标名称 / 单位）", [tuple(r) for r in indicators]),
    ]


def export_ledger(
    engine: Engine, *, filters: FindingFilters, today: date, user: Viewer | None = None
) -> bytes:
    """The ledger of the findings passing the shared filters, in the template's format.

    Sites and indicator values follow the region filter; when findings are also filtered
    otherwise (batch, unit, category, status, deadline), the sites are those linked to the
    exported findings. Batches and units are those the exported rows refer to. A `user` must
    have the export right and gets their region only, whatever the filters say; the reference
    sheet follows the same region (`filters.scope_code`).
    """
    if user is not None:
        require(user, EXPORT)
        filters = scoped(filters, user)
    view = findings_view(filters, today=today)
    with Session(engine) as session:
        ids = list(session.scalars(select(view.c.finding_id)))
        regions = Regions(session)
        sheets: dict[str, list[dict[str, Any]]] = defaultdict(list)
        batch_ids: set[int] = set()
        unit_ids: set[int] = set()
        for chunk in chunks(ids, CHUNK):
            findings = session.scalars(
                select(Finding)
                .where(Finding.id.in_(chunk))
                .options(
                    selectinload(Finding.batch),
                    selectinload(Finding.deadlines),
                    selectinload(Finding.units).selectinload(FindingUnit.unit),
                    selectinload(Finding.people).selectinload(FindingPerson.person),
                    selectinload(Finding.measures).selectinload(Measure.units).selectinload(MeasureUnit.unit),
                    selectinload(Finding.reports).selectinload(ProgressReport.reporting_unit),
                )
            ).all()
            for finding in findings:
                batch_ids.add(finding.batch_id)
                unit_ids.update(u.unit_id for u in finding.units)
                sheets["findings"].append(_finding_record(finding, regions))
                for measure in finding.measures:
                    unit_ids.update(u.unit_id for u in measure.units)
                    sheets["measures"].append(_measure_record(finding, measure))
                for report in sorted(finding.reports, key=lambda r: r.period):
                    if report.reporting_unit_id:
                        unit_ids.add(report.reporting_unit_id)
                    sheets["reports"].append(_report_record(finding, report))
        sheets["findings"].sort(key=lambda r: (r["batch_code"], r["number"]))
        for key in ("measures", "reports"):  # stable: measures and months keep their order
            sheets[key].sort(key=lambda r: (r["batch_code"], r["finding_number"]))
        batches = session.scalars(select(Batch).where(Batch.id.in_(batch_ids)).order_by(Batch.code)).all()
        sheets["batches"] = [
            {
                "code": b.code,
                "name": b.name,
                "source_type": v.SOURCE_TYPE_LABELS[b.source_type],
                "level": v.LEVEL_LABELS[b.level],
                "region": regions.label(b.region_code),
                "feedback_date": b.feedback_date,
                "document": b.document,
                "goal": b.goal,
                "notes": b.notes,
            }
            for b in batches
        ]
        units = []
        for chunk in chunks(sorted(unit_ids), CHUNK):
            units += session.scalars(
                select(Unit).where(Unit.id.in_(chunk)).options(selectinload(Unit.aliases))
            ).all()
        sheets["units"] = [
            {
                "region": regions.label(u.region_code),
                "name": u.name,
                "aliases": "、".join(sorted(a.alias for a in u.aliases)) or None,
            }
            for u in sorted(units, key=lambda u: (u.region_code, u.name))
        ]
        # Filtered by batch, unit, category, status or deadline: the sites of those findings
        # (a batch's ledger would otherwise carry every site of the country: 100,000 rows).
        by_finding = concerns_findings(filters)
        sheets["sites"] = _site_records(
            session, regions, filters.region_code, sorted(ids) if by_finding else None, filters.scope_code
        )
        sheets["indicator_values"] = _indicator_records(
            session, regions, filters.region_code, filters.scope_code, _judgements(engine, filters, today)
        )
        if user is None or user.can(MANAGE_USERS):
            # Contacts are the office's (the 通知推送 page's right); a page download hides webhook
            # keys, the command line (a backup, a move to another server) writes them whole.
            sheets["contacts"] = _contact_records(
                session, regions, filters.region_code, filters.scope_code, full=user is None
            )
    return workbook_bytes(
        sheets, _reference_lists(engine, filters.scope_code), _evidence_sheet(engine, ids, filters)
    )


EVIDENCE_HEADERS = [
    "督察批次",
    "问题序号",
    "问题",
    "文件名",
    "类型",
    "拍摄/形成日期",
    "整改阶段",
    "说明",
    "附于",
    "上传日期",
]


def _evidence_sheet(engine: Engine, ids: list[int], filters: FindingFilters):
    """The evidence files of the exported findings, for reading beside the ledger."""
    listed = evidence_for_findings(engine, ids, scope_code=filters.scope_code)
    rows = [
        (
            r.batch_name,
            r.finding_label,
            r.finding_title,
            r.original_name,
            v.EVIDENCE_KIND_LABELS[r.kind],
            r.taken_on,
            v.EVIDENCE_PHASE_LABELS.get(r.phase) if isinstance(r.phase, str) else None,
            r.caption if isinstance(r.caption, str) else None,
            v.EVIDENCE_ATTACHED_LABELS[r.attached_to],
            r.uploaded_at,
        )
        for r in listed.itertuples(index=False)
    ]
    return EVIDENCE_HEADERS, rows


def _contact_records(
    session: Session, regions: Regions, region_code: str | None, scope_code: str | None, *, full: bool
) -> list[dict[str, Any]]:
    """Contacts of the units and users whose region lies in the region filter and the scope."""
    query = (
        select(Contact, Unit.name, User.username)
        .outerjoin(Unit, Unit.id == Contact.unit_id)
        .outerjoin(User, User.id == Contact.user_id)
        .order_by(Contact.region_code, Unit.name, User.username, Contact.channel, Contact.address)
    )
    for code in (region_code, scope_code):
        if code:  # a user over every region (no region) belongs to no region's ledger
            query = query.where(Contact.region_code.in_(select(Region.code).where(region_within(code))))
    return [
        {
            "region": regions.label(contact.region_code) if contact.region_code else None,
            "unit": unit_name,
            "username": username,
            "channel": v.CHANNEL_LABELS[contact.channel],
            "address": contact.address
            if full or contact.channel == "email"
            else mask_secret(contact.address),
            "name": contact.name,
            "receives_bulletin": bool(contact.receives_bulletin),
            "opted_out": bool(contact.opted_out),
        }
        for contact, unit_name, username in session.execute(query)
    ]


def _unit_names(keys: Iterable[Unit]) -> str | None:
    return "、".join(dict.fromkeys(u.name for u in keys)) or None


def _finding_record(finding: Finding, regions: Regions) -> dict[str, Any]:
    state = ledger_fields(finding)
    units = sorted(finding.units, key=lambda u: (u.seq, u.unit_id))
    return {
        "batch_code": finding.batch.code,
        "number": finding.number,
        "label": finding.label,
        "section": finding.section,
        "title": finding.title,
        "problem": finding.problem,
        "category": v.CATEGORY_LABELS[finding.category],
        "region": regions.label(finding.region_code),
        "target": finding.target,
        "deadlines": format_deadlines(state["deadlines"]) if state["deadlines"] else None,
        "deadline_text": finding.deadline_text,
        "lead_units": _unit_names(u.unit for u in units if u.role == "lead"),
        "cooperating_units": _unit_names(u.unit for u in units if u.role == "cooperating"),
        "supervising": "、".join(state["supervising"]) or None,
        "responsible": "、".join(format_person(n, t) for n, t in state["responsible"]) or None,
        "liaisons": "、".join(state["liaisons"]) or None,
        "status": v.STATUS_LABELS[finding.status],
        "registered_on": finding.registered_on,
        "plan_marker": finding.plan_marker,
        "notes": finding.notes,
    }


def _measure_record(finding: Finding, measure: Measure) -> dict[str, Any]:
    return {
        "batch_code": finding.batch.code,
        "finding_number": finding.number,
        "number": measure.number,
        "group": measure.group_label,
        "text": measure.text,
        "units": _unit_names(sorted((u.unit for u in measure.units), key=lambda u: u.name)),
        "status": v.STATUS_LABELS[measure.status],
        "progress_pct": measure.progress_pct,
        "evidence": measure.evidence,
    }


def _report_record(finding: Finding, report: ProgressReport) -> dict[str, Any]:
    return {
        "batch_code": finding.batch.code,
        "finding_number": finding.number,
        "period": report.period,
        "status": v.STATUS_LABELS[report.status],
        "progress_pct": report.progress_pct,
        "narrative": report.narrative,
        "problems": report.problems,
        "next_steps": report.next_steps,
        "reporting_unit": report.reporting_unit.name if report.reporting_unit else None,
        "reporter": report.reporter,
        "reported_on": report.reported_on,
    }


def _region_condition(model, region_code: str | None):
    if not region_code:
        return True
    return within_region(
        region_code, province=model.province_code, city=model.city_code, county=model.county_code
    )


def _site_records(
    session: Session,
    regions: Regions,
    region_code: str | None,
    finding_ids: list[int] | None,
    scope_code: str | None = None,
) -> list[dict[str, Any]]:
    """Sites of the region (inside `scope_code`); with `finding_ids` only those linked to them."""
    query = (
        select(Site)
        .where(_region_condition(Site, region_code), _region_condition(Site, scope_code))
        .order_by(Site.code)
    )
    if finding_ids is None:
        sites = session.scalars(query).all()
    else:
        site_ids: set[int] = set()
        for chunk in chunks(finding_ids, CHUNK):
            site_ids.update(
                session.scalars(select(SiteFinding.site_id).where(SiteFinding.finding_id.in_(chunk)))
            )
        sites = []
        for chunk in chunks(sorted(site_ids), CHUNK):
            sites += session.scalars(query.where(Site.id.in_(chunk))).all()
        sites.sort(key=lambda site: site.code)
    links: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for chunk in chunks([s.id for s in sites], CHUNK):
        query = (
            select(SiteFinding.site_id, Batch.code, Finding.number)
            .join(Finding, Finding.id == SiteFinding.finding_id)
            .join(Batch, Batch.id == Finding.batch_id)
            .where(SiteFinding.site_id.in_(chunk))
        )
        if scope_code:  # links to findings the viewer may not see are left out
            query = query.where(finding_within(scope_code))
        for site_id, code, number in session.execute(query):
            links[site_id].append((code, number))
    return [
        {
            "code": s.code,
            "name": s.name,
            "site_type": v.SITE_TYPE_LABELS[s.site_type],
            "subtype": v.SITE_SUBTYPE_LABELS.get(s.subtype) if s.subtype else None,
            "status": s.status,
            "risk_level": v.RISK_LEVEL_LABELS.get(s.risk_level) if s.risk_level else None,
            "planned_use": s.planned_use,
            "sensitive_use": bool(s.sensitive_use),
            "area_mu": s.area_mu,
            "lon": s.lon,
            "lat": s.lat,
            "region": regions.label(s.region_code),
            "removed_from_list": bool(s.removed_from_list),
            "water_test": s.water_test,
            "findings": format_refs(sorted(links.get(s.id, ()))) or None,
            "notes": s.notes,
            "is_demo": bool(s.is_demo),
        }
        for s in sites
    ]


def _judgements(engine: Engine, filters: FindingFilters, today: date) -> dict[tuple[str, str], str]:
    """Per indicator and region, its targets' judgements in words (the 目标判断 column,
    export only): '≥80%（2020年）：未达标；≥95%（2030年）：进度正常'."""
    scope = FindingFilters(
        region_code=filters.region_code, scope_code=filters.scope_code, as_of=filters.as_of
    )
    texts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in indicator_targets(engine, filters=scope, today=today).itertuples(index=False):
        year = "" if pd.isna(row.target_year) else f"（{int(row.target_year)}年）"
        texts[(row.indicator_code, row.region_code)].append(f"{row.target_text}{year}：{row.status_label}")
    return {key: "；".join(parts) for key, parts in texts.items()}


def _indicator_records(
    session: Session,
    regions: Regions,
    region_code: str | None,
    scope_code: str | None = None,
    judgements: dict[tuple[str, str], str] | None = None,
) -> list[dict[str, Any]]:
    query = (
        select(IndicatorValue, Indicator.code, Indicator.name)
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .join(Region, Region.code == IndicatorValue.region_code)
        .order_by(Indicator.code, IndicatorValue.region_code, IndicatorValue.period)
    )
    for code in (region_code, scope_code):
        if code:
            query = query.where(region_within(code))
    records = []
    for value, code, name in session.execute(query):
        period: Any = value.period.year if value.period_kind == "year" else value.period
        records.append(
            {
                "indicator_code": code,
                "indicator_name": name,
                "region": regions.label(value.region_code),
                "period": period,
                "value": value.value,
                "value_class": value.value_class,
                "source": value.source,
                "reported_on": value.reported_on,
                "judgement": (judgements or {}).get((code, value.region_code)),
            }
        )
    return records
