"""Storing parsed plan findings in a batch and region, in one transaction.

`import_plan` takes the findings of `plan_parser` (possibly corrected on the import page) and
writes Finding, Deadline, FindingUnit (units resolved through `UnitDirectory`, so aliases
such as 市环督办 → 市环委办 apply), FindingPerson, Measure and, for a finding the document marks
done, a `completed` status event; a closure application (申请时间) also gets its closure
record. Importing the same document again does not duplicate anything: findings are matched
by (batch, number) and updated only where the document changed — a changed deadline is
superseded, not overwritten, so history stays rebuildable. Any error rolls everything back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core import vocabulary as v
from data_access.access import (
    IMPORT,
    AccessDenied,
    Viewer,
    command_line,
    finding_in_scope,
    finding_within,
    region_visible,
    require,
)
from data_access.commands.audit import record_change
from data_access.commands.directory import UnitDirectory
from data_access.commands.finding_links import LinkError, link_findings
from data_access.commands.findings import (
    DeadlineSpec,
    record_status_change,
    refresh_state,
    region_columns,
    set_deadlines,
    set_people,
    set_units,
)
from data_access.commands.session import write_session
from data_access.db import chunks
from data_access.models import (
    AppMeta,
    Batch,
    ClosureRecord,
    Finding,
    Measure,
    MeasureUnit,
    Person,
    Region,
    Unit,
)
from intake.plan_parser import ParsedFinding
from intake.plan_tables import MAPPABLE_FIELDS, header_signature

PROGRESS_NOTE_PREFIX = "导入文件所载整改情况："
IMPORT_ACTOR = "方案导入"


class PlanImportError(ValueError):
    """The findings cannot be stored (message in Chinese); nothing was written."""


@dataclass
class FindingOutcome:
    number: int
    label: str
    action: str  # created | updated | unchanged
    finding_id: int
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportSummary:
    batch_code: str
    batch_name: str
    batch_created: bool
    region_code: str
    outcomes: list[FindingOutcome]
    new_units: list[str] = field(default_factory=list)
    linked: int = 0  # links to findings of other batches confirmed in the preview

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    def message(self) -> str:
        """One Chinese sentence for the user."""
        batch = f"批次“{self.batch_name}”" + ("（新建）" if self.batch_created else "")
        linked = f"关联其他批次的同一问题 {self.linked} 处，" if self.linked else ""
        return (
            f"已导入到{batch}：新增 {self.created} 个问题，更新 {self.updated} 个，{linked}"
            f"{self.unchanged} 个与数据库一致未改动。"
        )


# --- lookups ---------------------------------------------------------------------------------


def resolve_region(session: Session, value: str) -> Region:
    """A region by six-digit code, full name (湘潭市) or short name (湘潭)."""
    value = (value or "").strip()
    region = session.get(Region, value) if re.fullmatch(r"\d{6}", value) else None
    if region is None and value:
        matches = list(
            session.scalars(select(Region).where((Region.name == value) | (Region.short_name == value)))
        )
        if len(matches) > 1:
            codes = "、".join(f"{r.name}（{r.code}）" for r in matches)
            raise PlanImportError(f"地区“{value}”不唯一：{codes}，请改用行政区划代码。")
        region = matches[0] if matches else None
    if region is None:
        raise PlanImportError(f"未知的地区“{value}”：请填写数据库中已有地区的名称或六位行政区划代码。")
    return region


def batch_findings(engine: Engine, *, batch_code: str) -> dict[int, str]:
    """number → title of the findings already stored in a batch (for the import preview)."""
    query = (
        select(Finding.number, Finding.title)
        .join(Batch, Batch.id == Finding.batch_id)
        .where(Batch.code == batch_code)
        .order_by(Finding.number)
    )
    with engine.connect() as connection:
        return {int(number): title for number, title in connection.execute(query)}


# --- remembered column mappings ----------------------------------------------------------------

# app_meta keys of the column assignments users made for task-table headers the vocabulary
# cannot read: one row per header (its signature hashed to fit the 64-character key).
COLUMN_MAPPING_PREFIX = "plan_columns:"


def _mapping_key(header: Sequence[str]) -> str:
    import hashlib

    return COLUMN_MAPPING_PREFIX + hashlib.sha1(header_signature(list(header)).encode()).hexdigest()


def column_mappings(engine: Engine) -> dict[str, dict[str, str | None]]:
    """Every remembered mapping: header signature → column → field (for `parse_plan_text`)."""
    import json

    query = select(AppMeta.value).where(AppMeta.key.startswith(COLUMN_MAPPING_PREFIX))
    mappings: dict[str, dict[str, str | None]] = {}
    with engine.connect() as connection:
        for (value,) in connection.execute(query):
            try:
                stored = json.loads(value)
                mappings[str(stored["signature"])] = {str(k): v for k, v in dict(stored["columns"]).items()}
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a damaged entry is ignored; the user is asked again
    return mappings


def remember_columns(
    engine: Engine, header: Sequence[str], columns: dict[str, str | None], *, user: Viewer | None = None
) -> None:
    """Store the user's column assignment for tables with this header (replacing an earlier one)."""
    import json

    user = user or command_line(IMPORT_ACTOR)
    require(user, IMPORT)
    unknown = [field for field in columns.values() if field is not None and field not in MAPPABLE_FIELDS]
    if unknown or set(columns) - set(header):
        raise PlanImportError("列对应关系无效：只能为表头中的列选择已知的栏目。")
    value = json.dumps(
        {"signature": header_signature(list(header)), "columns": columns, "by": user.audit_name},
        ensure_ascii=False,
    )
    key = _mapping_key(header)
    with write_session(engine) as session, session.begin():
        meta = session.get(AppMeta, key)
        if meta is None:
            session.add(AppMeta(key=key, value=value))
        else:
            meta.value = value


def guess_source(name: str) -> tuple[str, str | None]:
    """(source_type, level or None) guessed from a batch or document name."""
    if "警示片" in name:
        return "yangtze_warning", "central"
    if "人大" in name:
        return "npc_inspection", "provincial" if "省" in name else None
    if "督察" in name:
        if "中央" in name:
            return "central_inspection", "central"
        if "省" in name:
            return "provincial_inspection", "provincial"
    return "action_plan", None


def _level_for_region(region: Region) -> str:
    return {"province": "provincial", "city": "city", "county": "county"}[region.level]


# --- the import ------------------------------------------------------------------------------


def import_plan(
    engine: Engine,
    findings: Sequence[ParsedFinding],
    *,
    today: date,
    batch_code: str | None = None,
    batch_name: str | None = None,
    region: str | None = None,
    source_type: str | None = None,
    level: str | None = None,
    registered_on: date | None = None,
    source_file: str | None = None,
    user: Viewer | None = None,
    links: Mapping[int, tuple[int, int | None]] | None = None,
) -> ImportSummary:
    """Store the findings in one transaction; raises PlanImportError and writes nothing on error.

    `user` (default: the command line) must be allowed to import, and the findings must lie
    in their region; otherwise AccessDenied and nothing is written. `links`: finding number →
    (id of a finding of another batch, similarity) that the user confirmed is the same problem.
    """
    user = user or command_line(IMPORT_ACTOR)
    require(user, IMPORT)
    _check_findings(findings)
    try:
        with write_session(engine) as session, session.begin():
            return _Importer(session, today=today, actor=user.audit_name, user=user).run(
                findings,
                batch_code=(batch_code or "").strip() or None,
                batch_name=(batch_name or "").strip() or None,
                region=(region or "").strip() or None,
                source_type=source_type,
                level=level,
                registered_on=registered_on,
                source_file=source_file,
                links=links or {},
            )
    except PlanImportError:
        raise
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error)[:200]
        raise PlanImportError(f"保存失败，数据库未改动：{type(error).__name__}（{detail}）") from error


def _check_findings(findings: Sequence[ParsedFinding]) -> None:
    if not findings:
        raise PlanImportError("没有可导入的问题。")
    seen: dict[int, int] = {}
    for finding in findings:
        if not isinstance(finding.number, int) or finding.number <= 0:
            raise PlanImportError(f"问题“{finding.title[:30]}”的编号“{finding.number}”无效：编号应为正整数。")
        seen[finding.number] = seen.get(finding.number, 0) + 1
        where = f"问题{finding.label or finding.number}"
        if not finding.title.strip() or not finding.problem.strip():
            raise PlanImportError(f"{where}：缺少问题描述。")
        for name in [
            *finding.lead_units,
            *finding.cooperating_units,
            *(u for m in finding.measures for u in m.units),
        ]:
            if len(name) > 128:
                raise PlanImportError(f"{where}：单位名称过长（超过128字），可能识别有误：“{name[:40]}…”。")
        for name in [*finding.leaders, *finding.liaisons, *(p.name for p in finding.responsible_persons)]:
            if len(name) > 64:
                raise PlanImportError(f"{where}：人名过长（超过64字）：“{name[:40]}…”。")
        for deadline in finding.deadlines:
            if deadline.kind not in v.DEADLINE_KINDS or (deadline.kind == "date") != (
                deadline.date is not None
            ):
                raise PlanImportError(f"{where}：整改时限“{deadline.text}”无效。")
    duplicates = sorted(number for number, times in seen.items() if times > 1)
    if duplicates:
        listed = "、".join(str(n) for n in duplicates)
        raise PlanImportError(
            f"问题编号重复：{listed}。文件可能包含多个方案（编号各自从1开始），请选择其中一个部分导入。"
        )


def _cut(text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Importer:
    def __init__(self, session: Session, *, today: date, actor: str, user: Viewer) -> None:
        self.session = session
        self.user = user
        self.today = today
        self.actor = actor
        self.units = UnitDirectory(session)
        self.people: dict[tuple[str, str], Person] = {}
        self.new_units: list[str] = []

    # -- batch --------------------------------------------------------------------------------

    def _batch(
        self,
        *,
        batch_code: str | None,
        batch_name: str | None,
        region: Region | None,
        source_type: str | None,
        level: str | None,
        source_file: str | None,
    ) -> tuple[Batch, bool]:
        batch: Batch | None = None
        if batch_code:
            if len(batch_code) > 64:
                raise PlanImportError(f"批次代码“{batch_code[:20]}…”过长（不超过64个字符）。")
            batch = self.session.scalar(select(Batch).where(Batch.code == batch_code))
            if batch is None and not batch_name:
                raise PlanImportError(
                    f"批次代码“{batch_code}”不存在。如需新建批次，请同时填写批次名称（--batch-name）。"
                )
        elif batch_name:
            batch = self.session.scalars(
                select(Batch).where(Batch.name == batch_name).order_by(Batch.id)
            ).first()
        else:
            raise PlanImportError("请指定批次：已有批次的代码（--batch），或新批次的名称（--batch-name）。")
        if batch is not None:
            return batch, False
        assert batch_name is not None
        if region is None:
            raise PlanImportError("新建批次需要指定地区（--region）。")
        if len(batch_name) > 200:
            raise PlanImportError("批次名称过长（不超过200字）。")
        guessed_type, guessed_level = guess_source(batch_name)
        source_type = source_type or guessed_type
        level = level or guessed_level or _level_for_region(region)
        if source_type not in v.SOURCE_TYPES:
            raise PlanImportError(f"来源类型“{source_type}”无效，应为 {' / '.join(v.SOURCE_TYPES)} 之一。")
        if level not in v.LEVELS:
            raise PlanImportError(f"批次级别“{level}”无效，应为 {' / '.join(v.LEVELS)} 之一。")
        batch = Batch(
            code=batch_code or self._new_batch_code(region.code),
            name=batch_name,
            source_type=source_type,
            level=level,
            region_code=region.code,
            document=batch_name,
            source_file=_cut(source_file, 200),
        )
        self.session.add(batch)
        self.session.flush()
        record_change(
            self.session,
            actor=self.actor,
            action="create",
            entity="batches",
            entity_id=batch.id,
            summary=f"方案导入：新建批次“{batch.name}”（{batch.code}）",
            after={"code": batch.code, "name": batch.name, "source_type": source_type, "level": level},
        )
        return batch, True

    def _new_batch_code(self, region_code: str) -> str:
        stem = f"plan-{region_code}-{self.today:%Y%m%d}"
        taken = (
            self.session.scalar(select(func.count()).select_from(Batch).where(Batch.code.like(f"{stem}%")))
            or 0
        )
        return f"{stem}-{taken + 1}"

    def _check_scope(self, region_code: str, existing: Iterable[Finding]) -> None:
        """New findings go to `region_code`, updated ones stay where they are: both in the user's region."""
        if not self.user.region_code:
            return
        if not region_visible(self.session, self.user, region_code):
            raise AccessDenied(f"导入地区不在您的管辖范围（{self.user.scope_label}）内，未导入。")
        existing = list(existing)
        inside: set[int] = set()
        for chunk in chunks([finding.id for finding in existing]):  # one query, not one per finding
            inside.update(
                self.session.scalars(
                    select(Finding.id).where(Finding.id.in_(chunk), finding_within(self.user.region_code))
                )
            )
        for finding in existing:
            if finding.id not in inside:
                where = finding.label or finding.number
                raise AccessDenied(
                    f"问题{where}属于您管辖范围（{self.user.scope_label}）以外的地区，未导入。"
                )

    # -- run ----------------------------------------------------------------------------------

    def run(
        self,
        findings: Sequence[ParsedFinding],
        *,
        batch_code: str | None,
        batch_name: str | None,
        region: str | None,
        source_type: str | None,
        level: str | None,
        registered_on: date | None,
        source_file: str | None,
        links: Mapping[int, tuple[int, int | None]],
    ) -> ImportSummary:
        target_region = resolve_region(self.session, region) if region else None
        batch, created = self._batch(
            batch_code=batch_code,
            batch_name=batch_name,
            region=target_region,
            source_type=source_type,
            level=level,
            source_file=source_file,
        )
        region_code = target_region.code if target_region else batch.region_code
        registered = registered_on or batch.feedback_date or self.today
        existing = {
            f.number: f
            for f in self.session.scalars(
                select(Finding).where(
                    Finding.batch_id == batch.id, Finding.number.in_([p.number for p in findings])
                )
            )
        }
        self._check_scope(region_code, existing.values())
        outcomes: list[FindingOutcome] = []
        for parsed in findings:
            finding = existing.get(parsed.number)
            if finding is None:
                outcomes.append(self._create(batch, parsed, region_code, registered))
            else:
                outcomes.append(self._update(finding, parsed))
        summary = ImportSummary(
            batch_code=batch.code,
            batch_name=batch.name,
            batch_created=created,
            region_code=region_code,
            outcomes=outcomes,
            new_units=self.new_units,
            linked=self._link(outcomes, links),
        )
        if created or summary.created or summary.updated:
            record_change(
                self.session,
                actor=self.actor,
                action="import",
                entity="plan_import",
                entity_id=batch.id,
                summary=f"导入方案“{source_file or '粘贴文本'}”：{summary.message()}",
            )
        return summary

    def _link(self, outcomes: Sequence[FindingOutcome], links: Mapping[int, tuple[int, int | None]]) -> int:
        """Store the links the user confirmed; a finding out of the user's region is refused."""
        added = 0
        for outcome in outcomes:
            if outcome.number not in links:
                continue
            other_id, score = links[outcome.number]
            if not finding_in_scope(self.session, other_id, self.user.region_code):
                raise PlanImportError(f"问题{outcome.label}：要关联的问题不在您的管辖范围内，或不存在。")
            finding = self.session.get(Finding, outcome.finding_id)
            assert finding is not None
            try:
                added += link_findings(self.session, finding, other_id, actor=self.actor, score=score)
            except LinkError as error:
                raise PlanImportError(str(error)) from error
        return added

    # -- create -------------------------------------------------------------------------------

    def _create(
        self, batch: Batch, parsed: ParsedFinding, region_code: str, registered: date
    ) -> FindingOutcome:
        finding = Finding(
            batch=batch,
            number=parsed.number,
            status="not_started",
            status_since=registered,
            registered_on=registered,
            region_code=region_code,
            category=parsed.category if parsed.category in v.CATEGORIES else "other",
            **region_columns(self.session, region_code),
            **self._scalars(parsed, None),
        )
        self.session.add(finding)
        set_deadlines(finding, self._deadline_specs(parsed), on=registered, new=True)
        self._set_units(finding, parsed, region_code)
        self._set_people(finding, parsed, region_code)
        self._set_measures(finding, parsed, region_code)
        self.session.flush()
        self._apply_status(finding, parsed, registered)
        refresh_state(self.session, [finding])
        record_change(
            self.session,
            actor=self.actor,
            action="import",
            entity="findings",
            entity_id=finding.id,
            finding_id=finding.id,
            summary=f"方案导入：新增问题{finding.label}“{finding.title}”",
            after=self._snapshot(finding),
        )
        return FindingOutcome(parsed.number, finding.label, "created", finding.id)

    def _scalars(self, parsed: ParsedFinding, current_notes: str | None) -> dict[str, Any]:
        notes = current_notes
        if current_notes is None or current_notes.startswith(PROGRESS_NOTE_PREFIX):
            notes = PROGRESS_NOTE_PREFIX + parsed.progress if parsed.progress else current_notes
        return {
            "label": _cut(parsed.label or str(parsed.number), 32),
            "section": _cut(parsed.section, 200),
            "title": _cut(parsed.title, 200),
            "problem": parsed.problem,
            "target": parsed.target,
            "deadline_text": parsed.deadline_text,
            "plan_marker": _cut(parsed.marker, 100),
            "notes": notes,
        }

    # -- units, people, measures --------------------------------------------------------------

    def _unit(self, region_code: str, name: str) -> Unit:
        unit = self.units.get(region_code, name)
        if unit.id is None and name not in self.new_units:
            self.new_units.append(name)
        return unit

    def _set_units(self, finding: Finding, parsed: ParsedFinding, region_code: str) -> bool:
        leads: list[Unit] = []
        for name in parsed.lead_units:
            leads.append(self._unit(region_code, name))
        # A lead unit is not also cooperating.
        cooperating = [
            unit
            for unit in (self._unit(region_code, name) for name in parsed.cooperating_units)
            if all(unit is not lead for lead in leads)
        ]
        changed = set_units(self.session, finding, "lead", leads)
        return set_units(self.session, finding, "cooperating", cooperating) or changed

    def _person(self, region_code: str, name: str) -> Person:
        key = (region_code, name)
        person = self.people.get(key)
        if person is None:
            person = self.session.scalar(
                select(Person).where(Person.region_code == region_code, Person.name == name)
            )
            if person is None:
                person = Person(region_code=region_code, name=name)
                self.session.add(person)
            self.people[key] = person
        return person

    def _set_people(self, finding: Finding, parsed: ParsedFinding, region_code: str) -> bool:
        by_role: dict[str, list[tuple[Person, str | None]]] = {
            "supervising": [(self._person(region_code, name), None) for name in parsed.leaders],
            "responsible": [(self._person(region_code, p.name), p.title) for p in parsed.responsible_persons],
            "liaison": [(self._person(region_code, name), None) for name in parsed.liaisons],
        }
        changed = False
        for role, people in by_role.items():
            changed = set_people(self.session, finding, role, people) or changed
        return changed

    def _set_measures(self, finding: Finding, parsed: ParsedFinding, region_code: str) -> bool:
        changed = False
        current = list(finding.measures)
        for seq, item in enumerate(parsed.measures, start=1):
            units: list[Unit] = []
            for name in item.units:
                unit = self._unit(region_code, name)
                if all(unit is not other for other in units):
                    units.append(unit)
            values = {
                "number": _cut(item.number, 16) or str(seq),
                "group_label": _cut(item.group, 200),
                "text": item.text,
            }
            if seq <= len(current):
                measure = current[seq - 1]
                for key, value in values.items():
                    if getattr(measure, key) != value:
                        setattr(measure, key, value)
                        changed = True
            else:
                measure = Measure(seq=seq, status="not_started", **values)
                finding.measures.append(measure)
                changed = True
            have = [row.unit for row in measure.units]
            if {id(u) for u in have} != {id(u) for u in units}:  # measure units are a set (no order)
                for row in list(measure.units):
                    if all(row.unit is not unit for unit in units):
                        measure.units.remove(row)
                for unit in units:
                    if all(unit is not u for u in have):
                        measure.units.append(MeasureUnit(unit=unit))
                changed = True
        for extra in current[len(parsed.measures) :]:
            finding.measures.remove(extra)
            changed = True
        return changed

    # -- status and closure -------------------------------------------------------------------

    def _apply_status(self, finding: Finding, parsed: ParsedFinding, default_day: date) -> bool:
        changed = False
        if parsed.applied_on and not any(c.applied_on == parsed.applied_on for c in finding.closures):
            finding.closures.append(
                ClosureRecord(
                    implementing_body=_cut(parsed.lead_units[0], 200) if parsed.lead_units else None,
                    applied_on=parsed.applied_on,
                    problem=parsed.problem,
                    target=parsed.target,
                    deadline_text=parsed.deadline_text,
                    completion_narrative=parsed.progress,
                )
            )
            changed = True
        if parsed.status == "completed" and finding.status in ("not_started", "in_progress"):
            self.session.flush()
            if parsed.applied_on:
                source, reason = "closure", "提交整改验收销号申请"
            else:
                source, reason = "plan", f"整改方案标注：{parsed.marker or '已完成'}"
            record_status_change(
                self.session,
                finding,
                "completed",
                on=parsed.applied_on or default_day,
                source=source,
                reason=reason,
                actor=self.actor,
            )
            changed = True
        return changed

    # -- update -------------------------------------------------------------------------------

    def _snapshot(self, finding: Finding) -> dict[str, Any]:
        in_force = [d for d in finding.deadlines if d.superseded_on is None]
        return {
            "number": finding.number,
            "label": finding.label,
            "title": finding.title,
            "problem": finding.problem,
            "target": finding.target,
            "deadline_text": finding.deadline_text,
            "plan_marker": finding.plan_marker,
            "deadlines": [[d.kind, d.due_date, d.text] for d in sorted(in_force, key=lambda d: d.seq)],
            "lead_units": [row.unit.name for row in finding.units if row.role == "lead"],
            "cooperating_units": [row.unit.name for row in finding.units if row.role == "cooperating"],
            "people": [[row.role, row.person.name, row.title] for row in finding.people],
            "measures": [[m.number, m.text, [row.unit.name for row in m.units]] for m in finding.measures],
            "status": finding.status,
        }

    @staticmethod
    def _deadline_specs(parsed: ParsedFinding) -> list[DeadlineSpec]:
        return [DeadlineSpec(d.kind, d.date, d.text, d.scope) for d in parsed.deadlines]

    def _update(self, finding: Finding, parsed: ParsedFinding) -> FindingOutcome:
        before = self._snapshot(finding)
        changes: list[str] = []
        labels = {
            "label": "编号",
            "section": "所属部分",
            "title": "标题",
            "problem": "问题描述",
            "target": "整改目标",
            "deadline_text": "整改时限原文",
            "plan_marker": "方案标注",
            "notes": "整改情况",
        }
        for key, value in self._scalars(parsed, finding.notes).items():
            if key == "title" and parsed.problem == finding.problem:
                continue  # a title may have been shortened by hand; only a new problem replaces it
            if getattr(finding, key) != value:
                setattr(finding, key, value)
                changes.append(labels[key])
        region_code = finding.region_code
        if set_deadlines(finding, self._deadline_specs(parsed), on=self.today):
            changes.append("整改时限")
        if self._set_units(finding, parsed, region_code):
            changes.append("责任单位")
        if self._set_people(finding, parsed, region_code):
            changes.append("责任领导和人员")
        if self._set_measures(finding, parsed, region_code):
            changes.append("整改措施")
        self.session.flush()
        if self._apply_status(finding, parsed, self.today):
            changes.append("整改状态")
        if not changes:
            return FindingOutcome(parsed.number, finding.label, "unchanged", finding.id)
        finding.version = (finding.version or 1) + 1
        refresh_state(self.session, [finding])
        after = self._snapshot(finding)
        record_change(
            self.session,
            actor=self.actor,
            action="update",
            entity="findings",
            entity_id=finding.id,
            finding_id=finding.id,
            summary=f"方案导入：更新问题{finding.label}（{'、'.join(changes)}）",
            before={key: value for key, value in before.items() if after.get(key) != value},
            after={key: value for key, value in after.items() if before.get(key) != value},
        )
        return FindingOutcome(parsed.number, finding.label, "updated", finding.id, changes)
