"""Planning an import: read and parse the file, then match each row against the database.

Rows are matched by their keys (findings by batch code + number, measures by finding +
group + number, reports by finding + month, sites by code, indicator values by indicator +
region + period, batches by code, units by region + name); each becomes a `RowPlan` that
adds, changes or leaves alone, field by field. Every wrong cell or reference is a Problem.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.settings import mask_secret
from data_access.access import MANAGE_USERS, Viewer
from data_access.commands.notify import check_address
from data_access.db import chunks
from data_access.ledger.lookups import (
    CHUNK,
    FindingKey,
    Regions,
    UnitKey,
    Units,
    ledger_fields,
    rounded,
    suggest,
)
from data_access.ledger.plan import ImportPlan, RowPlan, SheetCounts, fingerprint, row_change
from data_access.ledger.scope import outside_scope
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
    Site,
    SiteFinding,
    Unit,
    User,
)
from intake.ledger_sheets import (
    INSTRUCTIONS_SHEET,
    REFERENCE_SHEET,
    SHEETS,
    CellError,
    LedgerFileError,
    ParsedRow,
    ParsedSheet,
    Problem,
    clean_text,
    match_sheet,
    max_import_bytes,
    parse_sheet,
    read_file,
)

MAX_PREVIEW_CHANGES = 500  # rows of detail kept for the preview table; counts are always exact


def plan_file(
    session: Session,
    *,
    data: bytes,
    filename: str,
    today: date,
    max_bytes: int | None,
    user: Viewer | None = None,
) -> tuple[ImportPlan, list[RowPlan], Planner | None]:
    """The plan for the user, the rows to apply, and the planner (the stored findings the
    rows refer to). Rows outside `user`'s region are problems."""
    plan = ImportPlan(filename=filename)
    try:
        raws = read_file(data, filename, max_bytes=max_bytes if max_bytes is not None else max_import_bytes())
    except LedgerFileError as error:
        plan.problems.append(Problem(filename, None, None, None, str(error)))
        return plan, [], None
    parsed: dict[str, ParsedSheet] = {}
    for raw in raws:
        if raw.name in (INSTRUCTIONS_SHEET, REFERENCE_SHEET):
            continue
        spec = match_sheet(raw)
        if spec is None and raw.from_csv:
            plan.problems.append(
                Problem(
                    filename,
                    None,
                    None,
                    None,
                    f"CSV 文件的表头无法识别（按 {raw.encoding} 编码读取）："
                    "第一行应为台账模板某张工作表的列名，文件编码应为 UTF-8 或 GBK；"
                    "表头若是乱码，请在 Excel 中另存为“CSV UTF-8”。",
                )
            )
            continue
        if spec is None:
            if any(any(c not in (None, "") for c in cells) for _, cells in raw.rows):
                plan.warnings.append(
                    Problem(
                        filename,
                        raw.name,
                        None,
                        None,
                        "未识别的工作表（名称和表头都不是台账模板的），已忽略。",
                    )
                )
            continue
        if spec.key in parsed:
            plan.problems.append(
                Problem(
                    filename,
                    raw.name,
                    None,
                    None,
                    f"与工作表“{parsed[spec.key].name}”同为{spec.name}，请合并为一个。",
                )
            )
            continue
        sheet = parse_sheet(raw, spec, filename, plan.problems)
        if sheet is not None:
            parsed[spec.key] = sheet
    if not parsed and not plan.problems:
        plan.problems.append(
            Problem(
                filename,
                None,
                None,
                None,
                "文件中没有台账工作表（督察批次、问题清单、整改措施、月度调度等）。",
            )
        )
    if "contacts" in parsed and user is not None and not user.can(MANAGE_USERS):
        plan.problems.append(
            Problem(
                filename,
                parsed["contacts"].name,
                None,
                None,
                f"您的角色（{user.role_label}）不能导入联系人。",
            )
        )
    planner = Planner(session, filename=filename, today=today, problems=plan.problems, warnings=plan.warnings)
    rows = planner.plan(parsed)
    plan.problems.extend(outside_scope(session, user, filename, parsed, rows, planner))
    for spec in SHEETS:
        if spec.key not in parsed:
            continue
        sheet_rows = [r for r in rows if r.spec.key == spec.key]
        counts = SheetCounts(
            parsed[spec.key].name,
            added=sum(r.action == "add" for r in sheet_rows),
            changed=sum(r.action == "change" for r in sheet_rows),
            unchanged=sum(r.action == "same" for r in sheet_rows),
        )
        plan.counts.append(counts)
        for row in sheet_rows:
            if row.action != "same" and len(plan.changes) < MAX_PREVIEW_CHANGES:
                plan.changes.append(row_change(parsed[spec.key].name, row))
    plan.fingerprint = fingerprint(rows)
    # Listed in the order of the file: sheet by sheet, row by row.
    order = {sheet.name: index for index, sheet in enumerate(parsed.values())}
    for found in (plan.problems, plan.warnings):
        found.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    return plan, [] if plan.problems else rows, planner


class Planner:
    def __init__(
        self,
        session: Session,
        *,
        filename: str,
        today: date,
        problems: list[Problem],
        warnings: list[Problem],
    ) -> None:
        self.session = session
        self.filename = filename
        self.today = today
        self.problems = problems
        self.warnings = warnings
        self.regions = Regions(session)
        self.units = Units(session)
        self.batches: dict[str, Batch | None] = {b.code: b for b in session.scalars(select(Batch))}
        self.batch_regions: dict[str, str] = {b.code: b.region_code for b in self.batches.values() if b}
        self.findings: dict[FindingKey, Finding] = {}
        self.finding_ids: dict[FindingKey, int] = {}  # stored findings referred to by key only
        self.new_findings: dict[FindingKey, str] = {}  # key → region code of a finding added by the file
        self.rows: list[RowPlan] = []

    # problems -------------------------------------------------------------------------
    def problem(self, sheet: ParsedSheet, row: ParsedRow, column: str | None, message: str) -> None:
        where = row.cells.get(column) if column else None
        self.problems.append(Problem(self.filename, sheet.name, row.row, where, message))

    def warn(self, sheet: ParsedSheet, row: ParsedRow, column: str | None, message: str) -> None:
        where = row.cells.get(column) if column else None
        self.warnings.append(Problem(self.filename, sheet.name, row.row, where, message))

    def resolve(self, sheet: ParsedSheet, row: ParsedRow, column: str, resolver, *args) -> Any:
        """Run a resolver; a CellError becomes a problem and the result None."""
        try:
            return resolver(*args)
        except CellError as error:
            self.problem(sheet, row, column, str(error))
            return None

    def unique_rows(self, sheet: ParsedSheet, key_of) -> Iterator[tuple[ParsedRow, tuple]]:
        """Rows with a complete key, each key once (a repeat is a problem)."""
        seen: dict[tuple, int] = {}
        for row in sheet.rows:
            if row.errors:
                continue  # its unreadable cells are already reported
            key = key_of(row)
            if key is None or any(part is None for part in key):
                continue
            if key in seen:
                headers = "+".join(sheet.spec.column(k).header for k in sheet.spec.key_columns)
                self.problem(sheet, row, None, f"与第{seen[key]}行重复（{headers}相同）。")
                continue
            seen[key] = row.row
            yield row, key

    def add_row(
        self, sheet: ParsedSheet, row: ParsedRow, key: tuple, desired: dict, current: dict | None, **kw
    ):
        if current is None:
            action = "add"
        else:
            action = "change" if any(current.get(k) != value for k, value in desired.items()) else "same"
        plan = RowPlan(sheet.spec, row.row, key, action, desired, current, **kw)
        self.rows.append(plan)
        return plan

    @staticmethod
    def settable(sheet: ParsedSheet, row: ParsedRow, skip: Iterable[str] = ()) -> dict[str, Any]:
        """The fields a row sets: present columns, minus keep-if-empty columns left empty."""
        values: dict[str, Any] = {}
        for column in sheet.spec.columns:
            if column.key not in sheet.present or column.info_only or column.key in skip:
                continue
            value = row.values.get(column.key)
            if value is None and column.keep_if_empty:
                continue
            if column.kind == "text":
                value = clean_text(value)
            elif column.kind == "number":
                value = rounded(value)
            elif column.kind in ("list", "people", "refs") and value is None:
                value = ()
            elif column.kind == "bool" and value is None:
                value = False
            values[column.key] = value
        return values

    def finding_scope(self, key: FindingKey) -> list[str]:
        finding = self.findings.get(key)
        if finding is not None:
            return self.regions.scope(finding.region_code, finding.batch.region_code)
        region = self.new_findings.get(key)
        return self.regions.scope(region, self.batch_regions.get(key[0]))

    def finding_known(self, key: FindingKey) -> bool:
        return key in self.findings or key in self.finding_ids or key in self.new_findings

    def _look_up_keys(self, keys: set[FindingKey]) -> None:
        """Ids of stored findings by (batch code, number), in bulk: the sites sheet refers to
        findings of many batches and needs no more than whether they exist."""
        by_batch: dict[int, list[int]] = defaultdict(list)
        for code, number in keys:
            batch = self.batches.get(code)
            if batch is not None and (code, number) not in self.findings:
                by_batch[batch.id].append(number)
        codes = {b.id: code for code, b in self.batches.items() if b is not None}
        for batch_id, numbers in by_batch.items():
            for chunk in chunks(sorted(set(numbers)), CHUNK):
                query = select(Finding.number, Finding.id).where(
                    Finding.batch_id == batch_id, Finding.number.in_(chunk)
                )
                for number, finding_id in self.session.execute(query):
                    self.finding_ids[(codes[batch_id], number)] = finding_id

    # the sheets --------------------------------------------------------------------------
    def plan(self, parsed: dict[str, ParsedSheet]) -> list[RowPlan]:
        for key, method in (
            ("batches", self.plan_batches),
            ("units", self.plan_units),
            ("findings", self.plan_findings),
            ("measures", self.plan_measures),
            ("reports", self.plan_reports),
            ("sites", self.plan_sites),
            ("indicator_values", self.plan_indicator_values),
            ("contacts", self.plan_contacts),
        ):
            if key in parsed:
                method(parsed[key])
        return self.rows

    def plan_batches(self, sheet: ParsedSheet) -> None:
        for row, key in self.unique_rows(sheet, lambda r: (r.values.get("code"),)):
            desired = self.settable(sheet, row)
            if "region" in desired:
                desired["region"] = self.resolve(
                    sheet, row, "region", self.regions.resolve, desired["region"]
                )
                if desired["region"] is None:
                    continue
            batch = self.batches.get(key[0])
            current = None
            if batch is not None:
                current = {
                    "code": batch.code,
                    "name": clean_text(batch.name),
                    "source_type": batch.source_type,
                    "level": batch.level,
                    "region": batch.region_code,
                    "feedback_date": batch.feedback_date,
                    "document": clean_text(batch.document),
                    "goal": clean_text(batch.goal),
                    "notes": clean_text(batch.notes),
                }
            else:
                self.batches[key[0]] = None
                self.batch_regions[key[0]] = desired["region"]
            self.add_row(sheet, row, key, desired, current, entity=batch)

    def plan_units(self, sheet: ParsedSheet) -> None:
        owners = dict(self.units.aliases)
        for row in sheet.rows:
            region = row.values.get("region")
            if region is not None:
                row.values["region"] = self.resolve(sheet, row, "region", self.regions.resolve, region)
        wanted = {(r.values.get("region"), r.values.get("name")) for r in sheet.rows}
        ids = sorted({self.units.units[k] for k in wanted if self.units.units.get(k) is not None})
        stored: dict[UnitKey, Unit] = {}
        for chunk in chunks(ids, CHUNK):
            for unit in self.session.scalars(
                select(Unit).where(Unit.id.in_(chunk)).options(selectinload(Unit.aliases))
            ):
                stored[(unit.region_code, unit.name)] = unit
        for row, key in self.unique_rows(sheet, lambda r: (r.values.get("region"), r.values.get("name"))):
            desired = self.settable(sheet, row)
            aliases = tuple(a for a in desired.get("aliases", ()) if a != key[1])
            bad = False
            for alias in aliases:
                owner = owners.get((key[0], alias))
                if (key[0], alias) in self.units.units and (key[0], alias) != key:
                    self.problem(sheet, row, "aliases", f"别名“{alias}”已是本地区另一单位的名称。")
                    bad = True
                elif owner is not None and owner != key:
                    self.problem(sheet, row, "aliases", f"别名“{alias}”已属于本地区的“{owner[1]}”。")
                    bad = True
                else:
                    owners[(key[0], alias)] = key
            if bad:
                continue
            if "aliases" in desired:
                desired["aliases"] = tuple(sorted(aliases))
            unit = stored.get(key)
            current = None
            if unit is not None:
                current = {
                    "region": unit.region_code,
                    "name": unit.name,
                    "aliases": tuple(sorted(a.alias for a in unit.aliases)),
                }
            self.units.declare(key, aliases)
            self.add_row(sheet, row, key, desired, current, entity=unit)

    def plan_findings(self, sheet: ParsedSheet) -> None:
        codes = {r.values.get("batch_code") for r in sheet.rows} - {None}
        self._load_findings(codes)
        for row, key in self.unique_rows(
            sheet, lambda r: (r.values.get("batch_code"), r.values.get("number"))
        ):
            if key[0] not in self.batches:
                self.problem(
                    sheet, row, "batch_code", f"未知批次编号“{key[0]}”。{suggest(key[0], self.batches)}"
                )
                continue
            if not 1 <= key[1] <= 1_000_000:
                self.problem(sheet, row, "number", "问题序号应为 1 到 1000000 之间的整数。")
                continue
            desired = self.settable(sheet, row, skip=("batch_code", "number"))
            region = self.resolve(sheet, row, "region", self.regions.resolve, desired["region"])
            if region is None:
                continue
            desired["region"] = region
            scope = self.regions.scope(region, self.batch_regions.get(key[0]))
            ok = True
            for column in ("lead_units", "cooperating_units"):
                if column in desired:
                    resolved = []
                    for name in desired[column]:
                        unit = self.resolve(sheet, row, column, self.units.resolve, name, scope)
                        ok = ok and unit is not None
                        resolved.append(unit)
                    desired[column] = tuple(dict.fromkeys(resolved))
            if not ok:
                continue
            if not desired.get("lead_units"):
                self.problem(sheet, row, "lead_units", "缺少牵头单位。")
                continue
            finding = self.findings.get(key)
            current = ledger_fields(finding) if finding is not None else None
            if current is not None:
                current = {k: current.get(k) for k in desired}
            else:
                self.new_findings[key] = region
            self.add_row(sheet, row, key, desired, current, entity=finding)

    def _load_findings(self, codes: set[str]) -> None:
        batch_ids = [b.id for code, b in self.batches.items() if code in codes and b is not None]
        if not batch_ids:
            return
        query = (
            select(Finding)
            .where(Finding.batch_id.in_(batch_ids))
            .options(
                selectinload(Finding.batch),
                selectinload(Finding.deadlines),
                selectinload(Finding.units).selectinload(FindingUnit.unit),
                selectinload(Finding.people).selectinload(FindingPerson.person),
            )
        )
        for finding in self.session.scalars(query):
            self.findings[(finding.batch.code, finding.number)] = finding

    def _finding_for(self, sheet: ParsedSheet, row: ParsedRow) -> FindingKey | None:
        key = (row.values.get("batch_code"), row.values.get("finding_number"))
        if None in key:
            return None
        if not self.finding_known(key):
            self.problem(
                sheet,
                row,
                "finding_number",
                f"问题“{key[0]} 第{key[1]}号”不存在（系统和本文件的问题清单中都没有）。",
            )
            return None
        return key

    def plan_measures(self, sheet: ParsedSheet) -> None:
        """Measures are matched by finding, group and number: grouped plans restart numbering
        in each group (保靖 problem 6: （一）县发改局 1. … （二）县科工信局 1. …)."""
        self._load_findings({r.values.get("batch_code") for r in sheet.rows} - {None})
        exact, by_number = self._existing_measures()
        with_group = "group" in sheet.present
        for row, key in self.unique_rows(
            sheet,
            lambda r: (
                r.values.get("batch_code"),
                r.values.get("finding_number"),
                clean_text(r.values.get("group")) or "",
                r.values.get("number"),
            ),
        ):
            finding_key = self._finding_for(sheet, row)
            if finding_key is None:
                continue
            desired = self.settable(sheet, row, skip=("batch_code", "finding_number", "number", "group"))
            if not self._check_percent(sheet, row, desired):
                continue
            if "units" in desired:
                scope = self.finding_scope(finding_key)
                units = [
                    self.resolve(sheet, row, "units", self.units.resolve, n, scope) for n in desired["units"]
                ]
                if None in units:
                    continue
                desired["units"] = tuple(sorted(set(units)))
            measure = exact.get(key)
            if measure is None and not with_group:
                candidates = by_number.get((key[0], key[1], key[3]), [])
                if len(candidates) > 1:
                    groups = "、".join(m.group_label or "（无分组）" for m in candidates)
                    self.problem(
                        sheet,
                        row,
                        "number",
                        f"该问题有多项编号为 {key[3]} 的措施（{groups}），请增加“措施分组”列。",
                    )
                    continue
                measure = candidates[0] if candidates else None
            current = None
            if measure is not None:
                current = {
                    "text": clean_text(measure.text),
                    "units": tuple(sorted({(u.unit.region_code, u.unit.name) for u in measure.units})),
                    "status": measure.status,
                    "progress_pct": rounded(measure.progress_pct),
                    "evidence": clean_text(measure.evidence),
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=measure, context={"finding": finding_key})

    def _existing_measures(self) -> tuple[dict[tuple, Measure], dict[tuple, list[Measure]]]:
        ids = {f.id: k for k, f in self.findings.items()}
        exact: dict[tuple, Measure] = {}
        by_number: dict[tuple, list[Measure]] = defaultdict(list)
        for chunk in chunks(list(ids), CHUNK):
            query = (
                select(Measure)
                .where(Measure.finding_id.in_(chunk))
                .options(selectinload(Measure.units).selectinload(MeasureUnit.unit))
            )
            for measure in self.session.scalars(query):
                code, number = ids[measure.finding_id]
                exact[(code, number, clean_text(measure.group_label) or "", clean_text(measure.number))] = (
                    measure
                )
                by_number[(code, number, clean_text(measure.number))].append(measure)
        return exact, by_number

    def _check_percent(self, sheet: ParsedSheet, row: ParsedRow, desired: dict) -> bool:
        value = desired.get("progress_pct")
        if value is not None and not 0 <= value <= 100:
            self.problem(sheet, row, "progress_pct", f"进度 {value:g}% 应在 0 到 100 之间。")
            return False
        return True

    def plan_reports(self, sheet: ParsedSheet) -> None:
        self._load_findings({r.values.get("batch_code") for r in sheet.rows} - {None})
        periods = {r.values.get("period") for r in sheet.rows} - {None}
        existing = self._existing_reports(periods)
        for row, key in self.unique_rows(
            sheet,
            lambda r: (r.values.get("batch_code"), r.values.get("finding_number"), r.values.get("period")),
        ):
            finding_key = self._finding_for(sheet, row)
            if finding_key is None:
                continue
            desired = self.settable(sheet, row, skip=("batch_code", "finding_number", "period"))
            if not self._check_percent(sheet, row, desired):
                continue
            reported_on = desired.get("reported_on")
            if reported_on is not None and reported_on > self.today:
                self.problem(sheet, row, "reported_on", f"报送日期 {reported_on.isoformat()} 晚于今天。")
                continue
            if reported_on is not None and reported_on < key[2]:
                self.warn(sheet, row, "reported_on", "报送日期早于调度月份，请核实。")
            if desired.get("reporting_unit"):
                scope = self.finding_scope(finding_key)
                unit = self.resolve(
                    sheet, row, "reporting_unit", self.units.resolve, desired["reporting_unit"], scope
                )
                if unit is None:
                    continue
                desired["reporting_unit"] = unit
            report = existing.get(key)
            current = None
            if report is not None:
                unit = report.reporting_unit
                current = {
                    "status": report.status,
                    "progress_pct": rounded(report.progress_pct),
                    "narrative": clean_text(report.narrative),
                    "problems": clean_text(report.problems),
                    "next_steps": clean_text(report.next_steps),
                    "reporting_unit": (unit.region_code, unit.name) if unit else None,
                    "reporter": clean_text(report.reporter),
                    "reported_on": report.reported_on,
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=report, context={"finding": finding_key})

    def _existing_reports(self, periods: set[date]) -> dict[tuple, ProgressReport]:
        ids = {f.id: k for k, f in self.findings.items()}
        result: dict[tuple, ProgressReport] = {}
        if not periods:
            return result
        for chunk in chunks(list(ids), CHUNK):
            query = (
                select(ProgressReport)
                .where(ProgressReport.finding_id.in_(chunk), ProgressReport.period.in_(sorted(periods)))
                .options(selectinload(ProgressReport.reporting_unit))
            )
            for report in self.session.scalars(query):
                code, number = ids[report.finding_id]
                result[(code, number, report.period)] = report
        return result

    def plan_sites(self, sheet: ParsedSheet) -> None:
        refs = {ref for r in sheet.rows for ref in r.values.get("findings") or ()}
        self._look_up_keys(refs)
        codes = sorted({r.values.get("code") for r in sheet.rows} - {None})
        existing: dict[str, Site] = {}
        for chunk in chunks(codes, CHUNK):
            for site in self.session.scalars(select(Site).where(Site.code.in_(chunk))):
                existing[site.code] = site
        linked = self._site_links([s.id for s in existing.values()])
        for row, key in self.unique_rows(sheet, lambda r: (r.values.get("code"),)):
            desired = self.settable(sheet, row)
            region = self.resolve(sheet, row, "region", self.regions.resolve, desired["region"])
            if region is None:
                continue
            desired["region"] = region
            lon, lat = desired["lon"], desired["lat"]
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                self.problem(sheet, row, "lon", f"坐标（{lon:g}, {lat:g}）超出经纬度范围。")
                continue
            if not (73 <= lon <= 136 and 3 <= lat <= 54):
                self.warn(
                    sheet, row, "lon", "坐标不在中国境内：请确认是 WGS84 经纬度，且经度、纬度没有填反。"
                )
            missing = [f"{c}:{n}" for c, n in desired.get("findings", ()) if not self.finding_known((c, n))]
            if missing:
                self.problem(sheet, row, "findings", f"关联问题不存在：{'；'.join(missing)}。")
                continue
            if "findings" in desired:
                desired["findings"] = tuple(sorted(desired["findings"]))
            site = existing.get(key[0])
            current = None
            if site is not None:
                current = {
                    "code": site.code,
                    "name": clean_text(site.name),
                    "site_type": site.site_type,
                    "subtype": site.subtype,
                    "status": clean_text(site.status),
                    "risk_level": site.risk_level,
                    "planned_use": clean_text(site.planned_use),
                    "sensitive_use": bool(site.sensitive_use),
                    "area_mu": rounded(site.area_mu),
                    "lon": rounded(site.lon),
                    "lat": rounded(site.lat),
                    "region": site.region_code,
                    "removed_from_list": bool(site.removed_from_list),
                    "water_test": clean_text(site.water_test),
                    "findings": tuple(sorted(linked.get(site.id, ()))),
                    "notes": clean_text(site.notes),
                    "is_demo": bool(site.is_demo),
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=site)

    def _site_links(self, site_ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        links: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for chunk in chunks(site_ids, CHUNK):
            query = (
                select(SiteFinding.site_id, Batch.code, Finding.number)
                .join(Finding, Finding.id == SiteFinding.finding_id)
                .join(Batch, Batch.id == Finding.batch_id)
                .where(SiteFinding.site_id.in_(chunk))
            )
            for site_id, code, number in self.session.execute(query):
                links[site_id].append((code, number))
        return links

    def plan_indicator_values(self, sheet: ParsedSheet) -> None:
        indicators = {i.code: i for i in self.session.scalars(select(Indicator))}
        wanted = [
            indicators[c].id for c in {r.values.get("indicator_code") for r in sheet.rows} if c in indicators
        ]
        stored_values = {
            (value.indicator_id, value.region_code, value.period): value
            for value in self.session.scalars(
                select(IndicatorValue).where(IndicatorValue.indicator_id.in_(wanted))
            )
        }
        for row in sheet.rows:
            region = row.values.get("region")
            if region is not None:
                row.values["region"] = self.resolve(sheet, row, "region", self.regions.resolve, region)
        for row, key in self.unique_rows(
            sheet,
            lambda r: (r.values.get("indicator_code"), r.values.get("region"), r.values.get("period")),
        ):
            indicator = indicators.get(key[0])
            if indicator is None:
                by_name = {i.name: i.code for i in indicators.values()}
                hint = suggest(key[0], [*indicators, *by_name])
                self.problem(sheet, row, "indicator_code", f"未知指标编号“{key[0][:40]}”。{hint}")
                continue
            desired = self.settable(sheet, row, skip=("indicator_code", "region", "period"))
            if desired.get("value") is None and desired.get("value_class") is None:
                self.problem(sheet, row, "value", "数值和水质类别至少填写一项。")
                continue
            value = desired.get("value")
            if indicator.unit == "%" and value is not None and value > 100:
                self.warn(sheet, row, "value", f"比率 {value:g}% 超过100%，数据可能有误，请核实。")
            current = None
            stored = stored_values.get((indicator.id, key[1], key[2][0]))
            if stored is not None:
                current = {
                    "value": rounded(stored.value),
                    "value_class": stored.value_class,
                    "source": clean_text(stored.source),
                    "reported_on": stored.reported_on,
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=stored, context={"indicator": indicator})

    def plan_contacts(self, sheet: ParsedSheet) -> None:
        """Contacts by owner (a unit: region + name or alias; a user: user name), channel and
        address. An exported webhook shows its key as ***: such an address stands for the one
        stored contact of that owner and channel it masks (so an export imports unchanged)."""
        names = sorted(
            {str(r.values["username"]).strip().lower() for r in sheet.rows if r.values.get("username")}
        )
        users = {u.username: u for u in self.session.scalars(select(User).where(User.username.in_(names)))}
        stored: dict[tuple, list[Contact]] = defaultdict(list)  # (owner kind, owner id, channel)
        for contact in self.session.scalars(select(Contact)):
            owner = ("unit", contact.unit_id) if contact.unit_id is not None else ("user", contact.user_id)
            stored[(*owner, contact.channel)].append(contact)
        seen: dict[tuple, int] = {}
        for row in sheet.rows:
            if row.errors:
                continue
            values = row.values
            unit_name, username = values.get("unit"), values.get("username")
            if bool(unit_name) == bool(username):
                self.problem(sheet, row, "unit", "“单位名称”和“用户名”须填写其中一项（只填一项）。")
                continue
            if unit_name:
                if values.get("region") is None:
                    self.problem(sheet, row, "region", "单位的联系人须填写所属地区。")
                    continue
                region = self.resolve(sheet, row, "region", self.regions.resolve, values["region"])
                if region is None:
                    continue
                unit_key = self.resolve(sheet, row, "unit", self.units.resolve, unit_name, [region])
                if unit_key is None:
                    continue
                region = unit_key[0]
                owner_id = ("unit", self.units.units.get(unit_key))
                owner_key: tuple = ("unit", unit_key)
                owner_label = unit_key[1]
            else:
                user = users.get(str(username).strip().lower())
                if user is None:
                    self.problem(sheet, row, "username", f"未知用户名“{str(username)[:30]}”。")
                    continue
                region = user.region_code
                if values.get("region") is not None:
                    given = self.resolve(sheet, row, "region", self.regions.resolve, values["region"])
                    if given is None:
                        continue
                    if given != region:
                        place = self.regions.by_code[region].name if region else "全部地区"
                        self.problem(
                            sheet, row, "region", f"用户“{user.username}”的所属地区是{place}，与本行不符。"
                        )
                        continue
                owner_id = ("user", user.id)
                owner_key = ("user", user.username)
                owner_label = user.display_name
            channel = values["channel"]
            address = clean_text(values["address"]) or ""
            candidates = stored.get((*owner_id, channel), []) if owner_id[1] is not None else []
            if "***" in address and channel != "email":
                matches = [c for c in candidates if mask_secret(c.address) == address]
                if len(matches) != 1:
                    self.problem(
                        sheet,
                        row,
                        "address",
                        "地址中的密钥已隐藏（***），系统中没有与之对应的联系方式；"
                        "新的联系方式请填写完整的 Webhook 地址。",
                    )
                    continue
                address = matches[0].address
            try:
                address = check_address(channel, address)
            except ValueError as error:
                self.problem(sheet, row, "address", f"{error}。")
                continue
            key = (*owner_key, channel, address)
            if key in seen:
                self.problem(sheet, row, None, f"与第{seen[key]}行重复（同一单位或用户的同一联系方式）。")
                continue
            seen[key] = row.row
            desired = self.settable(sheet, row, skip=("region", "unit", "username", "channel", "address"))
            contact = next((c for c in candidates if c.address == address), None)
            current = None
            if contact is not None:
                current = {
                    "name": clean_text(contact.name),
                    "receives_bulletin": bool(contact.receives_bulletin),
                    "opted_out": bool(contact.opted_out),
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(
                sheet,
                row,
                key,
                desired,
                current,
                entity=contact,
                context={
                    "region": region,
                    "owner": owner_key,
                    "user_id": owner_id[1] if owner_id[0] == "user" else None,
                    "label": owner_label,
                    "channel": channel,
                    "address": address,
                },
            )
