"""Applying a plan: the rows of each sheet written in the import's one transaction.

Each sheet has its writer, listed in `APPLIERS`; audit entries are recorded after the final
flush, and the touched findings get a new version and a refreshed state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.commands.audit import record_change
from data_access.commands.findings import (
    DeadlineSpec,
    record_status_change,
    refresh_state,
    region_columns,
    set_deadlines,
    set_people,
    set_units,
)
from data_access.commands.notify import save_contact
from data_access.commands.sites import write_site
from data_access.ledger.lookups import FindingKey, UnitKey
from data_access.ledger.plan import RowPlan, item_label
from data_access.models import (
    Batch,
    Finding,
    IndicatorValue,
    Measure,
    MeasureUnit,
    Person,
    ProgressReport,
    Unit,
    UnitAlias,
    User,
)


def _audit_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_audit_value(v) for v in value]
    return value


class Applier:
    """Writes a plan. Flushes only where an id is needed, and records the audit entries after
    the one final flush (so a large import is not thousands of small flushes)."""

    def __init__(
        self,
        session: Session,
        *,
        actor: str,
        filename: str,
        today: date,
        findings: dict[FindingKey, Finding],
        finding_ids: dict[FindingKey, int],
    ) -> None:
        self.session = session
        self.actor = actor
        self.filename = filename
        self.today = today
        self.batches = {b.code: b for b in session.scalars(select(Batch))}
        # Units and people are looked up when a row needs them (a national directory has
        # 40,000 units and hundreds of thousands of people; loading them all took seconds).
        self.units: dict[UnitKey, Unit] = {}
        self.people: dict[tuple[str, str], Person] = {}
        self.findings: dict[FindingKey, Finding] = dict(findings)  # loaded by the planner
        self.finding_ids = finding_ids
        self.touched: dict[FindingKey, Finding] = {}
        self.audits: list[tuple[RowPlan, str, Any, Finding | None]] = []

    def apply(self, rows: list[RowPlan]) -> None:
        with self.session.no_autoflush:
            for row in rows:
                if row.action != "same":
                    APPLIERS[row.spec.key](self, row)
        self.session.flush()
        for row, entity, item, finding in self.audits:
            self.audit(row, entity, item.id, finding.id if finding is not None else None)
        for finding in self.touched.values():
            finding.version = (finding.version or 1) + 1
        refresh_state(self.session, list(self.touched.values()))

    def audit(self, row: RowPlan, entity: str, entity_id: int | None, finding_id: int | None) -> None:
        fields = row.changed_fields
        label = item_label(row)
        verb = "新增" if row.action == "add" else "修改"
        headers = "、".join(row.spec.column(k).header for k in fields)
        record_change(
            self.session,
            actor=self.actor,
            action="import",
            entity=entity,
            entity_id=entity_id,
            finding_id=finding_id,
            summary=f"台账导入（{self.filename}）{verb}{row.spec.name} {label}"
            + ("" if row.action == "add" else f"：{headers}"),
            before=None if row.current is None else {k: _audit_value(row.current.get(k)) for k in fields},
            after={k: _audit_value(row.desired[k]) for k in fields},
        )

    def unit(self, key: UnitKey) -> Unit:
        unit = self.units.get(key)
        if unit is None:
            unit = self.session.scalars(
                select(Unit).where(Unit.region_code == key[0], Unit.name == key[1])
            ).one_or_none()
        if unit is not None:
            self.units[key] = unit
        else:
            unit = Unit(region_code=key[0], name=key[1])
            self.session.add(unit)
            self.units[key] = unit
        return unit

    def person(self, region: str, name: str) -> Person:
        person = self.people.get((region, name))
        if person is None:
            person = self.session.scalars(
                select(Person).where(Person.region_code == region, Person.name == name)
            ).first()
        if person is not None:
            self.people[(region, name)] = person
        else:
            person = Person(region_code=region, name=name)
            self.session.add(person)
            self.people[(region, name)] = person
        return person

    # sheets -------------------------------------------------------------------------------
    def apply_batches(self, row: RowPlan) -> None:
        d = row.desired
        batch = row.entity
        if batch is None:
            batch = Batch(code=row.key[0], name=d["name"], source_type=d["source_type"], level=d["level"])
            self.session.add(batch)
            self.batches[batch.code] = batch
        for key in row.changed_fields:
            setattr(batch, "region_code" if key == "region" else key, d[key])
        self.audits.append((row, "batches", batch, None))

    def apply_units(self, row: RowPlan) -> None:
        unit = row.entity or self.unit(row.key)
        if "aliases" in row.changed_fields:
            wanted = set(row.desired["aliases"])
            for alias in list(unit.aliases):
                if alias.alias not in wanted:
                    unit.aliases.remove(alias)
                    self.session.delete(alias)
            have = {a.alias for a in unit.aliases}
            for alias in sorted(wanted - have):
                unit.aliases.append(UnitAlias(region_code=unit.region_code, alias=alias))
        self.audits.append((row, "units", unit, None))

    def apply_findings(self, row: RowPlan) -> None:
        d = row.desired
        finding: Finding | None = row.entity
        batch = self.batches[row.key[0]]
        new = finding is None
        if new:
            registered = d.get("registered_on") or batch.feedback_date or self.today
            finding = Finding(
                batch=batch,
                number=row.key[1],
                label=d.get("label") or str(row.key[1]),
                title=d["title"],
                problem=d["problem"],
                category=d["category"],
                region_code=d["region"],
                status="not_started",
                status_since=registered,
                registered_on=registered,
                version=1,
                **region_columns(self.session, d["region"]),
            )
            self.session.add(finding)
        self.findings[row.key] = finding
        simple = ("label", "section", "title", "problem", "category", "target", "deadline_text")
        changed = set(row.changed_fields)
        for key in changed:
            value = d[key]
            if key in (*simple, "plan_marker", "notes", "registered_on"):
                setattr(finding, key, value)
            elif key == "region":
                finding.region_code = value
                for column, code in region_columns(self.session, value).items():
                    setattr(finding, column, code)
        if "deadlines" in changed:
            wanted = [DeadlineSpec(kind, due) for kind, due in d["deadlines"]]
            set_deadlines(finding, wanted, on=self.today, new=new)
        for role, key in (("lead", "lead_units"), ("cooperating", "cooperating_units")):
            if key in changed:
                set_units(self.session, finding, role, [self.unit(unit_key) for unit_key in d[key]])
        people_columns = {"supervising": "supervising", "responsible": "responsible", "liaisons": "liaison"}
        for key, role in people_columns.items():
            if key in changed:
                entries = [entry if isinstance(entry, tuple) else (entry, None) for entry in d[key]]
                people = [(self.person(finding.region_code, name), title) for name, title in entries]
                set_people(self.session, finding, role, people)
        status = d.get("status")
        if "status" in changed and status and status != finding.status:
            self.session.flush()  # the status event needs the finding's id
            record_status_change(
                self.session,
                finding,
                status,
                on=(finding.registered_on or self.today) if new else self.today,
                source="import",
                reason=f"台账导入（{self.filename}）",
                actor=self.actor,
            )
        self.touched[row.key] = finding
        self.audits.append((row, "findings", finding, finding))

    def apply_measures(self, row: RowPlan) -> None:
        d = row.desired
        key = row.context["finding"]
        finding = self.findings[key]
        measure: Measure | None = row.entity
        if measure is None:
            seq = 1 + max((m.seq for m in finding.measures), default=0)
            measure = Measure(
                seq=seq,
                number=row.key[3],
                group_label=row.key[2] or None,
                text=d["text"],
                status=d.get("status") or "not_started",
            )
            finding.measures.append(measure)
        for name in row.changed_fields:
            if name != "units":
                setattr(measure, name, d[name])
        if "units" in row.changed_fields:
            old = list(measure.units)
            for link in old:
                measure.units.remove(link)
            if old:
                self.session.flush()
            for unit_key in d["units"]:
                measure.units.append(MeasureUnit(unit=self.unit(unit_key)))
        self.touched[key] = finding
        self.audits.append((row, "measures", measure, finding))

    def apply_reports(self, row: RowPlan) -> None:
        d = row.desired
        key = row.context["finding"]
        finding = self.findings[key]
        report: ProgressReport | None = row.entity
        if report is None:
            report = ProgressReport(period=row.key[2], status=d["status"], reported_on=d["reported_on"])
            report.finding = finding
            self.session.add(report)
        for name in row.changed_fields:
            if name == "reporting_unit":
                report.reporting_unit = self.unit(d[name]) if d[name] else None
            else:
                setattr(report, name, d[name])
        self.touched[key] = finding
        self.audits.append((row, "progress_reports", report, finding))

    def apply_sites(self, row: RowPlan) -> None:
        d = row.desired
        changed = row.changed_fields
        if "findings" in changed:
            self.session.flush()  # findings added by this import need their ids
        site = write_site(
            self.session,
            row.entity,
            code=row.key[0],
            values={key: d[key] for key in changed if key not in ("region", "findings")},
            region_code=d["region"] if "region" in changed else None,
            finding_ids=[self._finding_id(key) for key in d["findings"]] if "findings" in changed else None,
        )
        self.audits.append((row, "sites", site, None))

    def _finding_id(self, key: FindingKey) -> int:
        finding = self.findings.get(key)
        if finding is not None:
            return finding.id
        if key in self.finding_ids:
            return self.finding_ids[key]
        return self.session.scalars(
            select(Finding.id).join(Batch).where(Batch.code == key[0], Finding.number == key[1])
        ).one()

    def apply_indicator_values(self, row: RowPlan) -> None:
        d = row.desired
        stored: IndicatorValue | None = row.entity
        if stored is None:
            day, kind = row.key[2]
            stored = IndicatorValue(
                indicator_id=row.context["indicator"].id, region_code=row.key[1], period=day, period_kind=kind
            )
            self.session.add(stored)
        for key in row.changed_fields:
            setattr(stored, key, d[key])
        self.audits.append((row, "indicator_values", stored, None))

    def apply_contacts(self, row: RowPlan) -> None:
        context = row.context
        kind, owner_key = context["owner"]
        owner = self.unit(owner_key) if kind == "unit" else self.session.get(User, context["user_id"])
        contact = save_contact(
            self.session,
            row.entity,
            owner=owner,
            channel=context["channel"],
            address=context["address"],
            **{key: row.desired[key] for key in row.changed_fields},
        )
        self.audits.append((row, "contacts", contact, None))


# Sheet key → the method writing one planned row of that sheet (a sheet without one is a
# KeyError on apply, not a method found by its name).
APPLIERS: dict[str, Callable[[Applier, RowPlan], None]] = {
    "batches": Applier.apply_batches,
    "units": Applier.apply_units,
    "findings": Applier.apply_findings,
    "measures": Applier.apply_measures,
    "reports": Applier.apply_reports,
    "sites": Applier.apply_sites,
    "indicator_values": Applier.apply_indicator_values,
    "contacts": Applier.apply_contacts,
}
