"""Loads the transcribed source plans in `sample_data/` into the database.

Everything happens in one transaction: a mistake in any file leaves the database as it was
and raises `SampleDataError` naming the file, the finding and the field.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from core import vocabulary as v
from core.settings import SAMPLE_DATA_DIR
from data_access.commands.audit import SYSTEM_ACTOR, record_change
from data_access.commands.directory import PeopleDirectory, UnitDirectory
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
from data_access.models import (
    AppMeta,
    Base,
    Batch,
    ClosureRecord,
    Finding,
    Indicator,
    IndicatorFinding,
    IndicatorTarget,
    Measure,
    MeasureUnit,
    Region,
)

# A plan marker that means the unit reported the finding done and filed it for closure.
COMPLETED_MARKERS = ("已完成整改并上报销号", "符合整改销号标准", "达到验收销号条件", "整改任务已全部完成")


class SampleDataError(ValueError):
    """A problem in a sample data file, with where it is."""


@dataclass
class LoadSummary:
    batches: int
    findings: int
    measures: int
    indicators: int
    sites: int
    reports: int


def load_sample_data(
    engine: Engine,
    *,
    today: date,
    with_history: bool = True,
    replace: bool = False,
    directory: Path = SAMPLE_DATA_DIR,
) -> LoadSummary:
    """Load regions, units, findings and indicators; add the demo history unless told not to."""
    from sample_data.demo_history import generate_demo_history

    with write_session(engine) as session, session.begin():
        if replace:
            _delete_everything(session)
        elif session.scalar(select(Batch.id).limit(1)) is not None:
            raise SampleDataError("数据库中已有数据；如需重新载入示例数据，请使用 --replace。")
        _load_regions(session, directory / "regions.csv")
        units = UnitDirectory(session)
        units.load_aliases(directory / "units.yaml")
        for path in sorted((directory / "findings").glob("*.yaml")):
            _load_findings_file(session, path, units)
        _load_indicators(session, directory / "indicators.yaml")
        session.flush()
        _load_contacts(session, directory / "contacts.yaml")
        if with_history:
            generate_demo_history(session, today=today)
        record_change(
            session,
            actor=SYSTEM_ACTOR,
            action="import",
            entity="sample_data",
            entity_id=None,
            summary="载入示例数据" + ("（含演示历史）" if with_history else ""),
        )
        _set_meta(session, "sample_loaded_on", today.isoformat())
        _set_meta(session, "demo_history", "1" if with_history else "0")
        session.flush()
        summary = _summary(session)
    if with_history:
        # After the commit: evidence goes through its own command (one file, one transaction).
        from sample_data.demo_evidence import add_demo_evidence

        add_demo_evidence(engine, today=today)
        # Through the chain's own commands, each in its transaction, after the plans are in.
        from sample_data.demo_sign_off import add_demo_sign_off

        add_demo_sign_off(engine, today=today)

        # The push history goes through the outbox commands, each its own transaction, as
        # the daily timer's would: after the data it is worked out from are committed.
        from sample_data.demo_outbox import generate_demo_outbox

        generate_demo_outbox(engine, today=today)
    return summary


def _delete_everything(session: Session) -> None:
    # Children first: reverse dependency order of the tables.
    for table in reversed(Base.metadata.sorted_tables):
        if table.name != "app_meta":
            session.execute(delete(table))


def _summary(session: Session) -> LoadSummary:
    from sqlalchemy import func

    from data_access.models import ProgressReport, Site

    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return LoadSummary(
        batches=count(Batch),
        findings=count(Finding),
        measures=count(Measure),
        indicators=count(Indicator),
        sites=count(Site),
        reports=count(ProgressReport),
    )


def _set_meta(session: Session, key: str, value: str) -> None:
    meta = session.get(AppMeta, key)
    if meta is None:
        session.add(AppMeta(key=key, value=value))
    else:
        meta.value = value


def _load_regions(session: Session, path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_code = {row["code"]: row for row in rows}
    for line, row in enumerate(rows, start=2):
        code = row["code"].strip()
        if len(code) != 6 or not code.isdigit():
            raise SampleDataError(
                f"{path.name} 第{line}行 code 列：行政区划代码应为6位数字，实际为“{code}”。"
            )
        parent = row["parent_code"].strip() or None
        province = code if row["level"] == "province" else code[:2] + "0000"
        city = None
        if row["level"] == "city":
            city = code
        elif row["level"] == "county":
            city = parent
        if parent and parent not in by_code:
            raise SampleDataError(f"{path.name} 第{line}行 parent_code 列：上级区划“{parent}”不在文件中。")
        session.merge(
            Region(
                code=code,
                name=row["name"].strip(),
                short_name=row["short_name"].strip(),
                level=row["level"].strip(),
                parent_code=parent,
                province_code=province,
                city_code=city,
                lat=float(row["lat"]) if row["lat"] else None,
                lon=float(row["lon"]) if row["lon"] else None,
            )
        )
    session.flush()


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so a bad date is reported with its place."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_TextDatesLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"第{mark.line + 1}行第{mark.column + 1}列" if mark else ""
        raise SampleDataError(f"{path.name} {where}：YAML 格式错误（{error}）。") from error
    if not isinstance(data, dict):
        raise SampleDataError(f"{path.name}：文件内容应为一个映射（batch / findings）。")
    return data


def _as_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise SampleDataError(f"{where}：日期“{value}”无法识别，应为 YYYY-MM-DD。") from error


def _require(item: dict[str, Any], key: str, where: str) -> Any:
    value = item.get(key)
    if value in (None, "", []):
        raise SampleDataError(f"{where}：缺少必填字段 {key}。")
    return value


def _choice(value: str, allowed: tuple[str, ...], where: str, field: str) -> str:
    if value not in allowed:
        raise SampleDataError(f"{where}：字段 {field} 的值“{value}”无效，应为 {' / '.join(allowed)} 之一。")
    return value


def _load_findings_file(session: Session, path: Path, units: UnitDirectory) -> None:
    data = _read_yaml(path)
    header = _require(data, "batch", path.name)
    where = f"{path.name} batch"
    region_code = str(_require(header, "region", where))
    if session.get(Region, region_code) is None:
        raise SampleDataError(f"{where}：未知的行政区划代码 {region_code}。")
    feedback = _as_date(header.get("feedback_date"), where)
    batch = Batch(
        code=_require(header, "code", where),
        name=_require(header, "name", where),
        source_type=_choice(header.get("source_type"), v.SOURCE_TYPES, where, "source_type"),
        level=_choice(header.get("level"), v.LEVELS, where, "level"),
        region_code=region_code,
        feedback_date=feedback,
        document=header.get("document"),
        source_file=header.get("seed"),
        goal=header.get("goal"),
        notes=header.get("notes"),
    )
    session.add(batch)
    registered = _as_date(header.get("registered_on"), where) or feedback
    people = PeopleDirectory(session)
    numbers: set[int] = set()
    for index, item in enumerate(_require(data, "findings", path.name), start=1):
        item_where = f"{path.name} 第{index}个问题"
        number = int(_require(item, "number", item_where))
        item_where = f"{path.name} 问题{number}"
        if number in numbers:
            raise SampleDataError(f"{item_where}：编号重复。")
        numbers.add(number)
        _load_finding(session, batch, item, item_where, units, people, registered)


def _load_finding(
    session: Session,
    batch: Batch,
    item: dict[str, Any],
    where: str,
    units: UnitDirectory,
    people: PeopleDirectory,
    registered: date | None,
) -> None:
    region_code = str(item.get("region") or batch.region_code)
    if session.get(Region, region_code) is None:
        raise SampleDataError(f"{where}：未知的行政区划代码 {region_code}。")
    finding = Finding(
        batch=batch,
        number=int(item["number"]),
        label=str(item.get("label") or item["number"]),
        section=item.get("section"),
        title=_require(item, "title", where),
        problem=_require(item, "problem", where),
        category=_choice(item.get("category"), v.CATEGORIES, where, "category"),
        target=item.get("target"),
        deadline_text=item.get("deadline_text"),
        plan_marker=item.get("plan_marker"),
        notes=item.get("notes"),
        region_code=region_code,
        status="not_started",
        status_since=registered,
        registered_on=registered,
        **region_columns(session, region_code),
    )
    session.add(finding)
    deadlines = []
    for seq, entry in enumerate(_require(item, "deadlines", where), start=1):
        kind = _choice(entry.get("kind"), v.DEADLINE_KINDS, f"{where} 整改时限{seq}", "kind")
        due = _as_date(entry.get("date"), f"{where} 整改时限{seq}")
        if kind == "date" and due is None:
            raise SampleDataError(f"{where} 整改时限{seq}：限期类时限缺少日期。")
        deadlines.append(DeadlineSpec(kind, due, entry.get("text") or "", entry.get("scope")))
    set_deadlines(finding, deadlines, on=registered, new=True)
    for role, key in (("lead", "lead_units"), ("cooperating", "cooperating_units")):
        set_units(session, finding, role, [units.get(region_code, name) for name in item.get(key) or []])
    if not item.get("lead_units"):
        raise SampleDataError(f"{where}：缺少牵头单位（lead_units）。")
    _attach_people(session, finding, item, region_code, people)
    for seq, entry in enumerate(item.get("measures") or [], start=1):
        measure = Measure(
            seq=seq,
            number=str(entry.get("number") or seq),
            group_label=entry.get("group"),
            text=_require(entry, "text", f"{where} 措施{seq}"),
            status="not_started",
        )
        for name in dict.fromkeys(entry.get("units") or []):
            measure.units.append(MeasureUnit(unit=units.get(region_code, name)))
        finding.measures.append(measure)
    session.flush()
    if item.get("closure"):
        _load_closure(session, finding, item["closure"], where)
    marker = finding.plan_marker or ""
    if registered and any(text in marker for text in COMPLETED_MARKERS):
        dated = [d.due_date for d in finding.deadlines if d.due_date]
        record_status_change(
            session,
            finding,
            "completed",
            on=max(dated) if dated else registered,
            source="plan",
            reason=f"整改方案标注：{marker}",
        )
    refresh_state(session, [finding])


def _attach_people(
    session: Session, finding: Finding, item: dict[str, Any], region_code: str, people: PeopleDirectory
) -> None:
    by_role = {
        "supervising": [(people.get(region_code, n), None) for n in item.get("supervising_leaders") or []],
        "responsible": [
            (people.get(region_code, p["name"]), p.get("title"))
            for p in item.get("responsible_persons") or []
        ],
        "liaison": [(people.get(region_code, n), None) for n in item.get("liaisons") or []],
    }
    for role, entries in by_role.items():
        set_people(session, finding, role, entries)


def _load_closure(session: Session, finding: Finding, data: dict[str, Any], where: str) -> None:
    where = f"{where} 销号登记表"
    notice = data.get("public_notice") or {}
    done = data.get("report_measures_done") or []
    record = ClosureRecord(
        finding_id=finding.id,
        implementing_body=data.get("implementing_body"),
        applied_on=_as_date(data.get("applied_on"), where),
        problem=data.get("problem"),
        target=data.get("target"),
        deadline_text=data.get("deadline_text"),
        completion_narrative=data.get("completion_narrative"),
        report_title=data.get("report_title"),
        report_addressee=data.get("report_addressee"),
        report_body="\n".join(f"{i}.{text}" for i, text in enumerate(done, start=1)) or None,
        report_result=data.get("report_result"),
        county_head_opinion=data.get("county_head_opinion"),
        county_head_signer=data.get("county_head_signer"),
        county_head_signed_on=_as_date(data.get("county_head_signed_on"), where),
        acceptance_opinion=data.get("acceptance_opinion"),
        acceptance_signer=data.get("acceptance_signer"),
        acceptance_signed_on=_as_date(data.get("acceptance_signed_on"), where),
        notice_place=notice.get("place"),
        notice_start=_as_date(notice.get("start"), where),
        notice_end=_as_date(notice.get("end"), where),
        notice_objections=notice.get("objections"),
        city_lead_opinion=data.get("city_lead_opinion"),
        city_lead_signer=data.get("city_lead_signer"),
        city_lead_signed_on=_as_date(data.get("city_lead_signed_on"), where),
        filing_opinion=data.get("filing_opinion"),
        filing_signer=data.get("filing_signer"),
        filing_signed_on=_as_date(data.get("filing_signed_on"), where),
        facts_json=json.dumps(data.get("facts") or [], ensure_ascii=False),
    )
    session.add(record)
    if record.applied_on:
        # Applying for closure means the implementing body reports the work done.
        record_status_change(
            session,
            finding,
            "completed",
            on=record.applied_on,
            source="closure",
            reason="提交整改验收销号申请",
        )


def _load_contacts(session: Session, path: Path) -> None:
    """The demonstration contacts (example.org addresses, webhooks on 127.0.0.1:9)."""
    from core.vocabulary import CHANNELS
    from data_access.commands.notify import check_address
    from data_access.models import Contact, Unit

    if not path.exists():
        return
    for number, item in enumerate(_read_yaml(path).get("contacts") or [], start=1):
        where = f"{path.name} 第 {number} 个联系人"
        region = str(_require(item, "region", where))
        channel = _choice(str(_require(item, "channel", where)), CHANNELS, where, "channel")
        try:
            address = check_address(channel, str(_require(item, "address", where)))
        except ValueError as error:
            raise SampleDataError(f"{where}：{error}") from None
        name = str(_require(item, "unit", where))
        unit = session.scalar(select(Unit).where(Unit.region_code == region, Unit.name == name))
        if unit is None:  # a contact names a unit of the sample findings, never a new one
            raise SampleDataError(f"{where}：示例数据中没有单位“{name}”（地区 {region}）")
        session.add(
            Contact(
                unit=unit,
                region_code=region,
                name=item.get("name"),
                channel=channel,
                address=address,
                receives_bulletin=bool(item.get("bulletin", False)),
                opted_out=bool(item.get("opted_out", False)),
            )
        )
    session.flush()


def _load_indicators(session: Session, path: Path) -> None:
    if not path.exists():
        return
    data = _read_yaml(path)
    batches = {b.code: b.id for b in session.scalars(select(Batch))}
    for index, item in enumerate(data.get("indicators") or [], start=1):
        where = f"{path.name} 第{index}个指标"
        baseline = item.get("baseline") or {}
        indicator = Indicator(
            code=_require(item, "code", where),
            name=_require(item, "name", where),
            unit=str(_require(item, "unit", where)),
            direction=_choice(item.get("direction"), v.INDICATOR_DIRECTIONS, where, "direction"),
            category=_choice(item.get("category"), v.CATEGORIES, where, "category"),
            baseline_year=baseline.get("year"),
            baseline_value=baseline.get("value"),
            baseline_text=baseline.get("text"),
        )
        session.add(indicator)
        for target in item.get("targets") or []:
            region = str(_require(target, "region", where))
            if session.get(Region, region) is None:
                raise SampleDataError(f"{where}：未知的行政区划代码 {region}。")
            indicator.targets.append(
                IndicatorTarget(
                    region_code=region,
                    relation=_choice(target.get("relation"), v.TARGET_RELATIONS, where, "relation"),
                    target_value=target.get("value"),
                    target_class=target.get("value_class"),
                    target_year=target.get("year"),
                    text=target.get("text"),
                    source_file=target.get("seed"),
                )
            )
        session.flush()
        for link in item.get("findings") or []:
            batch_id = batches.get(link.get("batch"))
            finding_id = session.scalar(
                select(Finding.id).where(Finding.batch_id == batch_id, Finding.number == link.get("number"))
            )
            if finding_id is None:
                raise SampleDataError(f"{where}：关联问题 {link} 不存在。")
            session.merge(IndicatorFinding(indicator_id=indicator.id, finding_id=finding_id))
