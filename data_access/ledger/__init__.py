"""The Excel ledger (台账): template download, export, and import with preview.

Import runs in three steps, all in `data_access`:
1. read the file (`ledger_sheets.read_file`) and parse every cell, collecting a Problem
   (file, sheet, row, column, Chinese message) for each cell or reference that is wrong;
2. plan: match each row against the database (findings by batch code + number, measures by
   finding + number, reports by finding + month, sites by code, indicator values by
   indicator + region + period, batches by code, units by region + name) and work out what
   would be added, changed or left alone, field by field;
3. apply the plan in one transaction, with an audit entry per row, refreshed finding state
   and a new data version — or nothing at all when there is any problem.

Rows that are not in the file are left alone: the import never deletes. A column that is
absent from a sheet leaves that field alone; an empty cell clears it, except in columns
marked keep-if-empty (status, label, registration day). Importing the same file twice
changes nothing the second time.

Export writes the same sheets, so export → import reports no change. Text cells that begin
with = + - or @ are written as text with Excel's quote prefix (the cell shows the text as is
and no spreadsheet program evaluates it); a text that itself begins with an apostrophe
followed by one of those characters gets one more apostrophe, which import strips again.
"""

from __future__ import annotations

import difflib
import hashlib
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload

from core import vocabulary as v
from data_access.access import (
    EXPORT,
    IMPORT,
    Viewer,
    finding_within,
    region_within,
    require,
    scoped,
    within_region,
)
from data_access.commands.audit import record_change
from data_access.commands.finding_state import record_status_change, refresh_findings_state, region_columns
from data_access.db import bump_data_version, chunks
from data_access.indicators import indicator_targets
from data_access.metrics import FindingFilters, concerns_findings, findings_view
from data_access.models import (
    Batch,
    Deadline,
    Finding,
    FindingPerson,
    FindingUnit,
    Indicator,
    IndicatorValue,
    Measure,
    MeasureUnit,
    Person,
    ProgressReport,
    Region,
    Site,
    SiteFinding,
    Unit,
    UnitAlias,
)
from intake.ledger_sheets import (
    FORMULA_STARTS,
    INSTRUCTIONS_SHEET,
    REFERENCE_SHEET,
    SHEETS,
    SHEETS_BY_KEY,
    CellError,
    Column,
    LedgerFileError,
    ParsedRow,
    ParsedSheet,
    Problem,
    SheetSpec,
    clean_text,
    format_deadlines,
    format_person,
    format_refs,
    is_escaped_formula,
    match_sheet,
    max_import_bytes,
    parse_sheet,
    read_file,
)

__all__ = [
    "ImportPlan",
    "ImportRejected",
    "LedgerConflict",
    "LedgerFileError",
    "apply_import",
    "export_ledger",
    "ledger_template",
    "preview_import",
]

MAX_PREVIEW_CHANGES = 500  # rows of detail kept for the preview table; counts are always exact
_CHUNK = 500


class ImportRejected(ValueError):
    """The file has problems; nothing was written. `plan.problems` lists them."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(f"导入未执行：发现 {len(plan.problems)} 处问题，数据库未改动。")
        self.plan = plan


class LedgerConflict(RuntimeError):
    """The database changed between preview and confirmation."""


# --- the plan shown to the user --------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str  # Chinese column header
    before: str
    after: str


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    item: str  # what the row is, e.g. “baojing-cei2 问题3”
    action: str  # add | change
    fields: tuple[FieldChange, ...]


@dataclass
class SheetCounts:
    sheet: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class ImportPlan:
    """What an import would do (or did): counts per sheet, changes, problems."""

    filename: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    counts: list[SheetCounts] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)
    fingerprint: str = ""
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def added(self) -> int:
        return sum(c.added for c in self.counts)

    @property
    def changed(self) -> int:
        return sum(c.changed for c in self.counts)

    @property
    def unchanged(self) -> int:
        return sum(c.unchanged for c in self.counts)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed)

    def summary_frame(self) -> pd.DataFrame:
        """One row per sheet: 工作表, 新增, 修改, 不变."""
        return pd.DataFrame(
            [(c.sheet, c.added, c.changed, c.unchanged) for c in self.counts],
            columns=["工作表", "新增", "修改", "不变"],
        )

    def changes_frame(self) -> pd.DataFrame:
        """One row per changed field (a new row shows its filled fields)."""
        rows = [
            (c.sheet, c.row, c.item, "新增" if c.action == "add" else "修改", f.field, f.before, f.after)
            for c in self.changes
            for f in c.fields
        ]
        return pd.DataFrame(rows, columns=["工作表", "行", "对象", "操作", "字段", "原值", "新值"])

    def problems_frame(self) -> pd.DataFrame:
        return _problem_frame(self.problems)

    def warnings_frame(self) -> pd.DataFrame:
        return _problem_frame(self.warnings)

    def summary_text(self) -> str:
        parts = [f"{c.sheet}新增{c.added}、修改{c.changed}" for c in self.counts if c.added or c.changed]
        return "；".join(parts) or "无变化"


def _problem_frame(problems: list[Problem]) -> pd.DataFrame:
    return pd.DataFrame(
        [(p.file, p.sheet or "", p.row or "", p.column or "", p.message) for p in problems],
        columns=["文件", "工作表", "行", "列", "问题"],
    )


# --- public entry points ----------------------------------------------------------------


def preview_import(
    engine: Engine,
    *,
    data: bytes,
    filename: str,
    today: date,
    max_bytes: int | None = None,
    user: Viewer | None = None,
) -> ImportPlan:
    """What importing the file would do; writes nothing. Rows outside `user`'s region are problems."""
    if user is not None:
        require(user, IMPORT)
    with Session(engine) as session:
        plan, _, _ = _plan(session, data=data, filename=filename, today=today, max_bytes=max_bytes, user=user)
        session.rollback()
    return plan


def apply_import(
    engine: Engine,
    *,
    data: bytes,
    filename: str,
    actor: str,
    today: date,
    expected_fingerprint: str | None = None,
    max_bytes: int | None = None,
    user: Viewer | None = None,
) -> ImportPlan:
    """Import the file in one transaction. Raises ImportRejected (problems) or LedgerConflict.

    `user` (the signed-in user; None for the command line) must be allowed to import, and
    every row must lie in their region, or nothing is written.

    The plan is worked out again inside the writing transaction; when the caller passes the
    fingerprint of the preview the user confirmed and the database has changed since, the
    import is refused rather than doing something the user did not see.
    """
    if user is not None:
        require(user, IMPORT)
        actor = user.audit_name
    with Session(engine) as session, session.begin():
        plan, rows, planner = _plan(
            session, data=data, filename=filename, today=today, max_bytes=max_bytes, user=user
        )
        if plan.problems:
            raise ImportRejected(plan)
        if expected_fingerprint is not None and plan.fingerprint != expected_fingerprint:
            raise LedgerConflict("预览之后数据已被修改，请重新上传文件并核对预览后再导入。")
        if not plan.has_changes:
            return plan  # the same file again: nothing to write, not even an audit entry
        assert planner is not None  # a file that could not be read has problems
        _Applier(
            session,
            actor=actor or "办公室",
            filename=filename,
            today=today,
            findings=planner.findings,
            finding_ids=planner.finding_ids,
        ).apply(rows)
        record_change(
            session,
            actor=actor or "办公室",
            action="import",
            entity="ledger",
            entity_id=None,
            summary=f"台账导入（{filename}）：{plan.summary_text()}",
        )
        bump_data_version(session)
        plan.applied = True
    return plan


# --- reference data: regions, units, batches, indicators ---------------------------------


def _suggest(text: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(text, list(dict.fromkeys(candidates)), n=3, cutoff=0.4)
    return f"最接近的有：{'、'.join(close)}。" if close else ""


class _Regions:
    def __init__(self, session: Session) -> None:
        self.by_code = {r.code: r for r in session.scalars(select(Region))}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        for region in self.by_code.values():
            self._by_name[region.name].append(region.code)
        self._by_short: dict[str, list[str]] = defaultdict(list)
        for region in self.by_code.values():
            self._by_short[region.short_name].append(region.code)

    def resolve(self, text: str) -> str:
        if text in self.by_code:
            return text
        for index in (self._by_name, self._by_short):
            codes = index.get(text, [])
            if len(codes) == 1:
                return codes[0]
            if len(codes) > 1:
                raise CellError(f"地区名称“{text}”对应多个地区（{'、'.join(codes)}），请填写6位区划代码。")
        names = [r.name for r in self.by_code.values()]
        raise CellError(f"未知地区“{text[:30]}”。{_suggest(text, names)}")

    def label(self, code: str) -> str:
        """The name written on export; the code where the name would not find this region."""
        region = self.by_code.get(code)
        if region is None:
            return code
        try:
            return region.name if self.resolve(region.name) == code else code
        except CellError:
            return code

    def scope(self, *codes: str | None) -> list[str]:
        """The regions and their ancestors, nearest first, without repeats."""
        result: list[str] = []
        for code in codes:
            while code and code not in result:
                result.append(code)
                region = self.by_code.get(code)
                code = region.parent_code if region else None
        return result


UnitKey = tuple[str, str]  # (region code, canonical name)


class _Units:
    """Units by region and name (or alias), including units declared in the file."""

    def __init__(self, session: Session) -> None:
        # Plain rows, not ORM objects: a national directory has about 40,000 units.
        self.units: dict[UnitKey, int | None] = {
            (region, name): unit_id
            for unit_id, region, name in session.execute(select(Unit.id, Unit.region_code, Unit.name))
        }
        self.aliases: dict[UnitKey, UnitKey] = {
            (alias_region, alias): (region, name)
            for alias_region, alias, region, name in session.execute(
                select(UnitAlias.region_code, UnitAlias.alias, Unit.region_code, Unit.name).join(
                    Unit, Unit.id == UnitAlias.unit_id
                )
            )
        }

    def declare(self, key: UnitKey, aliases: tuple[str, ...]) -> None:
        """A unit from the file's 单位名录 sheet (created on apply)."""
        self.units.setdefault(key, None)
        for alias in aliases:
            self.aliases.setdefault((key[0], alias), key)

    def resolve(self, name: str, scope: list[str]) -> UnitKey:
        for region in scope:
            if (region, name) in self.units:
                return (region, name)
            if (region, name) in self.aliases:
                return self.aliases[(region, name)]
        known = [n for (r, n) in [*self.units, *self.aliases] if r in scope]
        raise CellError(f"未知单位“{name[:30]}”（请先在“单位名录”中登记）。{_suggest(name, known)}")


# --- value helpers --------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    return clean_text(value)


def _num(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def _shown(value: Any, column: Column) -> str:
    """A value as the preview shows it."""
    if value is None or value == ():
        return "（空）"
    kind = column.kind
    if kind == "choice":
        return dict(column.choices).get(value, str(value))
    if kind == "bool":
        return "是" if value else "否"
    if kind == "deadlines":
        shown = format_deadlines(value)
        return shown.isoformat() if isinstance(shown, date) else shown
    if kind == "list":
        return "、".join(name if isinstance(name, str) else name[1] for name in value)
    if kind == "people":
        return "、".join(format_person(name, title) for name, title in value)
    if kind == "refs":
        return format_refs(value)
    if kind == "period":
        day, period_kind = value
        return str(day.year) if period_kind == "year" else f"{day.year}年{day.month}月"
    if kind == "month":
        return f"{value.year}年{value.month}月"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


# --- planning ---------------------------------------------------------------------------


@dataclass
class _RowPlan:
    spec: SheetSpec
    row: int
    key: tuple
    action: str  # add | change | same
    desired: dict[str, Any]  # field → value for the fields the row sets
    current: dict[str, Any] | None  # the same fields as stored (None for a new row)
    entity: Any = None
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def changed_fields(self) -> list[str]:
        if self.current is None:
            return list(self.desired)
        return [k for k, value in self.desired.items() if self.current.get(k) != value]


def _plan(
    session: Session,
    *,
    data: bytes,
    filename: str,
    today: date,
    max_bytes: int | None,
    user: Viewer | None = None,
) -> tuple[ImportPlan, list[_RowPlan], _Planner | None]:
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
    planner = _Planner(
        session, filename=filename, today=today, problems=plan.problems, warnings=plan.warnings
    )
    rows = planner.plan(parsed)
    plan.problems.extend(_outside_scope(session, user, filename, parsed, rows, planner))
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
                plan.changes.append(_row_change(parsed[spec.key].name, row))
    plan.fingerprint = _fingerprint(rows)
    # Listed in the order of the file: sheet by sheet, row by row.
    order = {sheet.name: index for index, sheet in enumerate(parsed.values())}
    for found in (plan.problems, plan.warnings):
        found.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    return plan, [] if plan.problems else rows, planner


def _outside_scope(
    session: Session,
    user: Viewer | None,
    filename: str,
    parsed: dict[str, ParsedSheet],
    rows: list[_RowPlan],
    planner: _Planner,
) -> list[Problem]:
    """Rows a user limited to a region may not import: anything placed outside it.

    Batches and units only referred to (unchanged) may lie outside: a county's findings
    belong to a city's batch and are led by city units. Everything else counts where it
    lies: a finding by its region (in the file and as stored), measures and reports by
    their finding, sites and indicator values by their region.
    """
    if user is None or not user.region_code:
        return []
    inside = set(session.scalars(select(Region.code).where(region_within(user.region_code))))
    names = dict(session.execute(select(Region.code, Region.name)).all())
    cells = {(key, r.row): r.cells for key, sheet in parsed.items() for r in sheet.rows}

    # Findings the rows refer to only by key (measures, reports) are known by id: their regions.
    by_id: dict[int, str] = {}
    for chunk in chunks(sorted(planner.finding_ids.values()), _CHUNK):
        by_id.update(
            session.execute(select(Finding.id, Finding.region_code).where(Finding.id.in_(chunk))).all()
        )

    def finding_region(key: tuple) -> str | None:
        stored = planner.findings.get(key)
        if stored is not None:
            return stored.region_code
        if key in planner.finding_ids:
            return by_id.get(planner.finding_ids[key])
        return planner.new_findings.get(key)

    problems = []
    for row in rows:
        kind = row.spec.key
        if kind in ("batches", "units") and row.action == "same":
            continue
        if kind == "units":
            places = [(row.key[0], "region")]
        elif kind in ("batches", "sites"):
            places = [(row.desired.get("region"), "region"), ((row.current or {}).get("region"), "region")]
        elif kind == "findings":
            places = [(row.desired.get("region"), "region"), (finding_region(row.key), "number")]
        elif kind in ("measures", "reports"):
            places = [(finding_region(row.key[:2]), "finding_number")]
        else:  # indicator values
            places = [(row.key[1], "region")]
        outside = next(((code, column) for code, column in places if code and code not in inside), None)
        if outside is not None:
            code, column = outside
            problems.append(
                Problem(
                    filename,
                    parsed[kind].name,
                    row.row,
                    cells.get((kind, row.row), {}).get(column),
                    f"{names.get(code, code)}不在您的管辖范围（{user.scope_label}）内，不能导入。",
                )
            )
    return problems


def _row_change(sheet: str, row: _RowPlan) -> RowChange:
    fields = []
    for key in row.changed_fields:
        column = row.spec.column(key)
        before = "" if row.current is None else _shown(row.current.get(key), column)
        fields.append(FieldChange(column.header, before, _shown(row.desired[key], column)))
    return RowChange(sheet, row.row, _item_label(row), row.action, tuple(fields))


def _item_label(row: _RowPlan) -> str:
    key = row.key
    if row.spec.key == "findings":
        return f"{key[0]} 问题{key[1]}"
    if row.spec.key == "measures":
        return f"{key[0]} 问题{key[1]} " + (f"{key[2]} " if key[2] else "") + f"措施{key[3]}"
    if row.spec.key == "reports":
        return f"{key[0]} 问题{key[1]} {key[2].year}年{key[2].month}月"
    if row.spec.key == "indicator_values":
        day, kind = key[2]
        return f"{key[0]} {key[1]} {day.year}" + ("" if kind == "year" else f"年{day.month}月")
    return " ".join(str(k) for k in key)


def _fingerprint(rows: list[_RowPlan]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        if row.action == "same":
            continue
        digest.update(repr((row.spec.key, row.key, row.action, sorted(row.changed_fields))).encode())
        digest.update(repr([(k, row.current and row.current.get(k)) for k in row.changed_fields]).encode())
        digest.update(repr([(k, row.desired[k]) for k in row.changed_fields]).encode())
    return digest.hexdigest()


FindingKey = tuple[str, int]


class _Planner:
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
        self.regions = _Regions(session)
        self.units = _Units(session)
        self.batches: dict[str, Batch | None] = {b.code: b for b in session.scalars(select(Batch))}
        self.batch_regions: dict[str, str] = {b.code: b.region_code for b in self.batches.values() if b}
        self.findings: dict[FindingKey, Finding] = {}
        self.finding_ids: dict[FindingKey, int] = {}  # stored findings referred to by key only
        self.new_findings: dict[FindingKey, str] = {}  # key → region code of a finding added by the file
        self.rows: list[_RowPlan] = []

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
        plan = _RowPlan(sheet.spec, row.row, key, action, desired, current, **kw)
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
                value = _text(value)
            elif column.kind == "number":
                value = _num(value)
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
            for chunk in chunks(sorted(set(numbers)), _CHUNK):
                query = select(Finding.number, Finding.id).where(
                    Finding.batch_id == batch_id, Finding.number.in_(chunk)
                )
                for number, finding_id in self.session.execute(query):
                    self.finding_ids[(codes[batch_id], number)] = finding_id

    # the sheets --------------------------------------------------------------------------
    def plan(self, parsed: dict[str, ParsedSheet]) -> list[_RowPlan]:
        for key, method in (
            ("batches", self.plan_batches),
            ("units", self.plan_units),
            ("findings", self.plan_findings),
            ("measures", self.plan_measures),
            ("reports", self.plan_reports),
            ("sites", self.plan_sites),
            ("indicator_values", self.plan_indicator_values),
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
                    "name": _text(batch.name),
                    "source_type": batch.source_type,
                    "level": batch.level,
                    "region": batch.region_code,
                    "feedback_date": batch.feedback_date,
                    "document": _text(batch.document),
                    "goal": _text(batch.goal),
                    "notes": _text(batch.notes),
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
        for chunk in chunks(ids, _CHUNK):
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
                    sheet, row, "batch_code", f"未知批次编号“{key[0]}”。{_suggest(key[0], self.batches)}"
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
            current = _finding_state(finding) if finding is not None else None
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
                _text(r.values.get("group")) or "",
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
                    "text": _text(measure.text),
                    "units": tuple(sorted({(u.unit.region_code, u.unit.name) for u in measure.units})),
                    "status": measure.status,
                    "progress_pct": _num(measure.progress_pct),
                    "evidence": _text(measure.evidence),
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=measure, context={"finding": finding_key})

    def _existing_measures(self) -> tuple[dict[tuple, Measure], dict[tuple, list[Measure]]]:
        ids = {f.id: k for k, f in self.findings.items()}
        exact: dict[tuple, Measure] = {}
        by_number: dict[tuple, list[Measure]] = defaultdict(list)
        for chunk in chunks(list(ids), _CHUNK):
            query = (
                select(Measure)
                .where(Measure.finding_id.in_(chunk))
                .options(selectinload(Measure.units).selectinload(MeasureUnit.unit))
            )
            for measure in self.session.scalars(query):
                code, number = ids[measure.finding_id]
                exact[(code, number, _text(measure.group_label) or "", _text(measure.number))] = measure
                by_number[(code, number, _text(measure.number))].append(measure)
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
                    "progress_pct": _num(report.progress_pct),
                    "narrative": _text(report.narrative),
                    "problems": _text(report.problems),
                    "next_steps": _text(report.next_steps),
                    "reporting_unit": (unit.region_code, unit.name) if unit else None,
                    "reporter": _text(report.reporter),
                    "reported_on": report.reported_on,
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=report, context={"finding": finding_key})

    def _existing_reports(self, periods: set[date]) -> dict[tuple, ProgressReport]:
        ids = {f.id: k for k, f in self.findings.items()}
        result: dict[tuple, ProgressReport] = {}
        if not periods:
            return result
        for chunk in chunks(list(ids), _CHUNK):
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
        for chunk in chunks(codes, _CHUNK):
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
                    "name": _text(site.name),
                    "site_type": site.site_type,
                    "subtype": site.subtype,
                    "status": _text(site.status),
                    "risk_level": site.risk_level,
                    "planned_use": _text(site.planned_use),
                    "sensitive_use": bool(site.sensitive_use),
                    "area_mu": _num(site.area_mu),
                    "lon": _num(site.lon),
                    "lat": _num(site.lat),
                    "region": site.region_code,
                    "removed_from_list": bool(site.removed_from_list),
                    "water_test": _text(site.water_test),
                    "findings": tuple(sorted(linked.get(site.id, ()))),
                    "notes": _text(site.notes),
                    "is_demo": bool(site.is_demo),
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=site)

    def _site_links(self, site_ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        links: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for chunk in chunks(site_ids, _CHUNK):
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
                hint = _suggest(key[0], [*indicators, *by_name])
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
                    "value": _num(stored.value),
                    "value_class": stored.value_class,
                    "source": _text(stored.source),
                    "reported_on": stored.reported_on,
                }
                current = {k: current.get(k) for k in desired}
            self.add_row(sheet, row, key, desired, current, entity=stored, context={"indicator": indicator})


def _finding_state(finding: Finding) -> dict[str, Any]:
    """A finding's fields in the form the ledger compares them."""
    current = sorted(
        (d for d in finding.deadlines if d.superseded_on is None), key=lambda d: (d.seq, d.id or 0)
    )
    units = sorted(finding.units, key=lambda u: (u.seq, u.unit_id))
    people = sorted(finding.people, key=lambda p: (p.seq, p.person_id))
    return {
        "label": _text(finding.label),
        "section": _text(finding.section),
        "title": _text(finding.title),
        "problem": _text(finding.problem),
        "category": finding.category,
        "region": finding.region_code,
        "target": _text(finding.target),
        "deadlines": tuple(dict.fromkeys((d.kind, d.due_date) for d in current)),
        "deadline_text": _text(finding.deadline_text),
        "lead_units": tuple(
            dict.fromkeys((u.unit.region_code, u.unit.name) for u in units if u.role == "lead")
        ),
        "cooperating_units": tuple(
            dict.fromkeys((u.unit.region_code, u.unit.name) for u in units if u.role == "cooperating")
        ),
        "supervising": tuple(dict.fromkeys(p.person.name for p in people if p.role == "supervising")),
        "responsible": tuple(
            dict.fromkeys((p.person.name, _text(p.title)) for p in people if p.role == "responsible")
        ),
        "liaisons": tuple(dict.fromkeys(p.person.name for p in people if p.role == "liaison")),
        "status": finding.status,
        "registered_on": finding.registered_on,
        "plan_marker": _text(finding.plan_marker),
        "notes": _text(finding.notes),
    }


# --- applying -----------------------------------------------------------------------------


def _audit_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_audit_value(v) for v in value]
    return value


class _Applier:
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
        self.audits: list[tuple[_RowPlan, str, Any, Finding | None]] = []

    def apply(self, rows: list[_RowPlan]) -> None:
        with self.session.no_autoflush:
            for row in rows:
                if row.action != "same":
                    getattr(self, f"apply_{row.spec.key}")(row)
        self.session.flush()
        for row, entity, item, finding in self.audits:
            self.audit(row, entity, item.id, finding.id if finding is not None else None)
        for finding in self.touched.values():
            finding.version = (finding.version or 1) + 1
        refresh_findings_state(self.session, list(self.touched.values()))

    def audit(self, row: _RowPlan, entity: str, entity_id: int | None, finding_id: int | None) -> None:
        fields = row.changed_fields
        label = _item_label(row)
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
    def apply_batches(self, row: _RowPlan) -> None:
        d = row.desired
        batch = row.entity
        if batch is None:
            batch = Batch(code=row.key[0], name=d["name"], source_type=d["source_type"], level=d["level"])
            self.session.add(batch)
            self.batches[batch.code] = batch
        for key in row.changed_fields:
            setattr(batch, "region_code" if key == "region" else key, d[key])
        self.audits.append((row, "batches", batch, None))

    def apply_units(self, row: _RowPlan) -> None:
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

    def apply_findings(self, row: _RowPlan) -> None:
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
            self._set_deadlines(finding, d["deadlines"], new=new)
        for role, key in (("lead", "lead_units"), ("cooperating", "cooperating_units")):
            if key in changed:
                old = [u for u in finding.units if u.role == role]
                for link in old:
                    finding.units.remove(link)
                if old:
                    self.session.flush()  # the old links go before new ones with the same key
                for seq, unit_key in enumerate(d[key]):
                    finding.units.append(FindingUnit(unit=self.unit(unit_key), role=role, seq=seq))
        people_columns = {"supervising": "supervising", "responsible": "responsible", "liaisons": "liaison"}
        for key, role in people_columns.items():
            if key in changed:
                old = [p for p in finding.people if p.role == role]
                for link in old:
                    finding.people.remove(link)
                if old:
                    self.session.flush()
                for seq, entry in enumerate(d[key]):
                    name, title = entry if isinstance(entry, tuple) else (entry, None)
                    finding.people.append(
                        FindingPerson(
                            person=self.person(finding.region_code, name), role=role, title=title, seq=seq
                        )
                    )
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

    def _set_deadlines(self, finding: Finding, wanted: tuple, *, new: bool) -> None:
        """Keep deadlines still wanted, supersede the others (history), add the new ones."""
        remaining = [d for d in finding.deadlines if d.superseded_on is None]
        for seq, (kind, due) in enumerate(wanted, start=1):
            match = next((d for d in remaining if d.kind == kind and d.due_date == due), None)
            if match is not None:
                remaining.remove(match)
                match.seq = seq
                continue
            text = f"{due.year}年{due.month}月{due.day}日" if due else v.DEADLINE_KIND_LABELS[kind]
            finding.deadlines.append(
                Deadline(seq=seq, kind=kind, due_date=due, text=text, valid_from=None if new else self.today)
            )
        for old in remaining:
            old.superseded_on = self.today

    def apply_measures(self, row: _RowPlan) -> None:
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

    def apply_reports(self, row: _RowPlan) -> None:
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

    def apply_sites(self, row: _RowPlan) -> None:
        d = row.desired
        site: Site | None = row.entity
        ancestors = region_columns(self.session, d["region"]) if "region" in row.changed_fields else {}
        if site is None:
            site = Site(code=row.key[0])
            self.session.add(site)
        for key in row.changed_fields:
            if key == "region":
                site.region_code = d[key]
                for column, code in ancestors.items():
                    setattr(site, column, code)
            elif key != "findings":
                setattr(site, key, d[key])
        if "findings" in row.changed_fields:
            self.session.flush()  # links need the ids of the site and its findings
            for link in self.session.scalars(select(SiteFinding).where(SiteFinding.site_id == site.id)):
                self.session.delete(link)
            self.session.flush()
            for key in d["findings"]:
                self.session.add(SiteFinding(site_id=site.id, finding_id=self._finding_id(key)))
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

    def apply_indicator_values(self, row: _RowPlan) -> None:
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


# --- writing workbooks ------------------------------------------------------------------------

_HEADER_FILL = "DDEBF7"
_DATE_FORMAT = "yyyy-mm-dd"
_MONTH_FORMAT = 'yyyy"年"m"月"'


def _workbook_bytes(
    data_sheets: dict[str, Iterable[dict[str, Any]]], reference: list[tuple[str, list[tuple[Any, ...]]]]
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)

    def header_cell(sheet, text: str):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        return cell

    _write_instructions(workbook, bold)
    for spec in SHEETS:
        sheet = workbook.create_sheet(spec.name)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(spec.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
            if column.kind == "choice" or column.kind == "bool":
                labels = [label for _, label in column.choices] if column.kind == "choice" else ["是", "否"]
                formula = '"' + ",".join(labels) + '"'
                if len(formula) <= 255:
                    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
                    validation.add(f"{get_column_letter(index)}2:{get_column_letter(index)}1048576")
                    sheet.data_validations.append(validation)
        sheet.append([header_cell(sheet, column.title) for column in spec.columns])
        for record in data_sheets.get(spec.key, ()):
            sheet.append([_out_cell(sheet, record.get(c.key), c, WriteOnlyCell) for c in spec.columns])
    sheet = workbook.create_sheet(REFERENCE_SHEET)
    for index, width in enumerate((28, 40, 16, 16), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([header_cell(sheet, "系统中已有的代码和名称（供填表时查阅；导入时不读取本表）")])
    for title, rows in reference:
        sheet.append([])
        sheet.append([WriteOnlyCell(sheet, value=title)])
        for values in rows:
            sheet.append([_out_cell(sheet, value, None, WriteOnlyCell) for value in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _out_cell(sheet, value: Any, column: Column | None, cell_type):
    """One exported cell: typed, with dates formatted and formula-like text neutralised."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        cell = cell_type(sheet, value=value)
        monthly = column is not None and column.kind in ("month", "period")
        cell.number_format = _MONTH_FORMAT if monthly else _DATE_FORMAT
        return cell
    if isinstance(value, str):
        text = clean_text(value) or ""
        if is_escaped_formula(text):
            text = "'" + text  # import strips one apostrophe in front of = + - @
        cell = cell_type(sheet, value=text)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if text[:1] in FORMULA_STARTS:
            cell.quotePrefix = True
        return cell
    return value


INSTRUCTIONS = (
    "1. 每张工作表第一行是列名，请勿修改、合并或删除列名；列的顺序可以调整，"
    "不需要的非必填列可以删除（删除的列导入时保持原值不变）。",
    "2. 带 * 的列必须填写。日期填写为 Excel 日期或 2024-03-12、2024年3月12日；"
    "月份填写为 2024-03 或 2024年3月。",
    "3. 整改时限：日期，或 立行立改 / 持续推进 / 长期坚持；"
    "一个问题有多个时限时用“；”分隔，如 2024-06-30；长期坚持。",
    "4. 多个单位或人员用“、”分隔；责任人员写作 姓名（职务）。单位须为“单位名录”或系统中已有的名称或别名。",
    "5. 导入前系统会列出将新增、修改和保持不变的行；有任何错误时整个文件都不导入。"
    "同一文件重复导入不会产生变化；导入不会删除任何数据。",
    "6. 请只填写数值，不要使用公式。以 = + - @ 开头的文字在导出时按文本保存，不会被当作公式执行。",
    "7. CSV 文件每个文件对应一张工作表（按表头识别），编码为 UTF-8 或 GBK。",
    "8. 点位坐标为 WGS84 经纬度（GPS 原始坐标）；高德、腾讯等国内地图的 GCJ-02 坐标须先转换。",
)


def _write_instructions(workbook, bold) -> None:
    from openpyxl.cell import WriteOnlyCell

    sheet = workbook.create_sheet(INSTRUCTIONS_SHEET)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 8
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 60

    def bold_cell(text: str):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        return cell

    sheet.append([bold_cell("督察整改台账 填表说明")])
    for line in INSTRUCTIONS:
        sheet.append([line])
    for spec in SHEETS:
        sheet.append([])
        sheet.append([bold_cell(f"工作表“{spec.name}”"), None, spec.description])
        sheet.append([bold_cell("列名"), bold_cell("必填"), bold_cell("说明"), bold_cell("可选值")])
        for column in spec.columns:
            choices = "、".join(label for _, label in column.choices) if column.kind == "choice" else ""
            if column.kind == "bool":
                choices = "是、否"
            sheet.append([column.header, "是" if column.required else "", column.help, choices])


# --- template and export ---------------------------------------------------------------------


def ledger_template(engine: Engine) -> bytes:
    """An empty ledger with the instructions and the codes already in the database."""
    return _workbook_bytes({}, _reference_lists(engine))


def _reference_lists(engine: Engine) -> list[tuple[str, list[tuple[Any, ...]]]]:
    with engine.connect() as connection:
        batches = connection.execute(select(Batch.code, Batch.name).order_by(Batch.code)).all()
        regions = connection.execute(select(Region.code, Region.name).order_by(Region.code)).all()
        units = connection.execute(
            select(Region.name, Unit.name)
            .join(Region, Region.code == Unit.region_code)
            .order_by(Unit.region_code, Unit.name)
        ).all()
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
    have the export right and gets their region only, whatever the filters say.
    """
    if user is not None:
        require(user, EXPORT)
        filters = scoped(filters, user)
    view = findings_view(filters, today=today)
    with Session(engine) as session:
        ids = list(session.scalars(select(view.c.finding_id)))
        regions = _Regions(session)
        sheets: dict[str, list[dict[str, Any]]] = defaultdict(list)
        batch_ids: set[int] = set()
        unit_ids: set[int] = set()
        for chunk in chunks(ids, _CHUNK):
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
        for chunk in chunks(sorted(unit_ids), _CHUNK):
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
    return _workbook_bytes(sheets, _reference_lists(engine))


def _unit_names(keys: Iterable[Unit]) -> str | None:
    return "、".join(dict.fromkeys(u.name for u in keys)) or None


def _finding_record(finding: Finding, regions: _Regions) -> dict[str, Any]:
    state = _finding_state(finding)
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
    regions: _Regions,
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
        for chunk in chunks(finding_ids, _CHUNK):
            site_ids.update(
                session.scalars(select(SiteFinding.site_id).where(SiteFinding.finding_id.in_(chunk)))
            )
        sites = []
        for chunk in chunks(sorted(site_ids), _CHUNK):
            sites += session.scalars(query.where(Site.id.in_(chunk))).all()
        sites.sort(key=lambda site: site.code)
    links: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for chunk in chunks([s.id for s in sites], _CHUNK):
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
    regions: _Regions,
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


def sheet_names() -> list[str]:
    """The data sheets of the ledger, in order (for the page's help text)."""
    return [spec.name for spec in SHEETS]


def spec(key: str) -> SheetSpec:
    return SHEETS_BY_KEY[key]
