"""Import map sites from a CSV file with Chinese headers (UTF-8 or GBK).

    python manage.py import-sites 点位.csv [--crs wgs84|gcj02] [--replace]

- Keyed on 点位编号: importing the same file twice changes nothing; a changed row updates
  the site (and, when the 关联问题 column is present, its links to findings).
- `--crs gcj02`: the coordinates come from a Chinese web map (高德, 腾讯…) and are converted
  to WGS84, which is what the database stores.
- `--replace`: sites whose code is not in the file are deleted (e.g. the demo sites).
- All or nothing: every problem is listed with file, row (as numbered in a spreadsheet, the
  header being row 1) and column, and nothing is written. One transaction; an audit entry for
  each site created, changed or deleted plus one for the import; the data version is bumped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.geo import CRS_CHOICES
from core.vocabulary import RISK_LEVEL_LABELS, SITE_SUBTYPE_LABELS, SITE_TYPE_LABELS
from data_access.commands.audit import SYSTEM_ACTOR, record_change
from data_access.commands.session import write_session
from data_access.commands.sites import check_site_position, write_site
from data_access.models import Batch, Finding, Region, Site, SiteFinding

# field: (header as written in the template, other accepted headers)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "code": ("点位编号", ("编号", "点位代码")),
    "name": ("点位名称", ("名称",)),
    "site_type": ("点位类型", ("类型",)),
    "subtype": ("类别", ("细分类别", "管理类别", "子类")),
    "status": ("现状", ("状态", "治理状态", "修复状态")),
    "risk_level": ("风险等级", ("风险",)),
    "planned_use": ("规划用途", ()),
    "sensitive_use": ("敏感用途", ("是否敏感用途",)),
    "area_mu": ("面积（亩）", ("面积",)),
    "lon": ("经度", ()),
    "lat": ("纬度", ()),
    "region": ("行政区划代码", ("地区代码", "所属地区", "地区")),
    "links": ("关联问题", ()),
    "removed_from_list": ("已调出监管清单", ("调出监管清单",)),
    "water_test": ("水质检测", ("周边水质检测",)),
    "notes": ("备注", ()),
}
REQUIRED = ("code", "name", "site_type", "status", "lon", "lat", "region")
IGNORED_HEADERS = {"序号"}

# Which subtypes belong to which site type.
SUBTYPES_BY_TYPE = {
    "contaminated_plot": ("priority_supervised", "closed_relocated"),
    "tailings_pond": ("in_use", "stopped", "closed", "ownerless"),
    "abandoned_mine": ("abandoned",),
    "farmland": ("priority_protect", "safe_use", "strict_control"),
}
# “一住两公”: planned residential or public administration / public service use.
SENSITIVE_USE_WORDS = ("住宅", "公共管理", "公共服务")
YES = {"是", "Y", "y", "yes", "YES", "1", "true", "TRUE", "√"}
NO = {"否", "N", "n", "no", "NO", "0", "false", "FALSE", ""}
MAX_ERRORS_SHOWN = 200


class SiteImportError(ValueError):
    """The file cannot be imported; `problems` lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_ERRORS_SHOWN]
        more = f"\n……另有 {len(problems) - len(shown)} 处问题" if len(problems) > len(shown) else ""
        super().__init__("\n".join(shown) + more)


@dataclass
class ImportSummary:
    file: str
    encoding: str
    crs: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        crs = "GCJ-02，已转换为 WGS84" if self.crs == "gcj02" else "WGS84"
        text = (
            f"{self.file}（{self.encoding}，坐标 {crs}）：共 {self.rows} 行，新增 {self.created} 个，"
            f"更新 {self.updated} 个，未变 {self.unchanged} 个"
        )
        return text + (f"，删除 {self.deleted} 个" if self.deleted else "") + "。"


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and encoding: UTF-8 (with or without BOM), else GBK (as GB18030)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "GBK"
    except UnicodeDecodeError as error:
        raise SiteImportError(
            [f"{path.name}：无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV（{error}）"]
        ) from None


def _normalise_header(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("(", "（").replace(")", "）")


def _header_map(headers: list[str], file: str) -> tuple[dict[str, int], list[str], list[str]]:
    """Field → column index; problems; warnings about unknown columns."""
    lookup = {}
    for key, (main, aliases) in COLUMNS.items():
        for name in (main, *aliases):
            lookup[_normalise_header(name)] = key
    found: dict[str, int] = {}
    problems, warnings = [], []
    for index, header in enumerate(headers):
        name = _normalise_header(header)
        if not name or name in IGNORED_HEADERS:
            continue
        key = lookup.get(name)
        if key is None:
            warnings.append(f"{file}：未识别的列「{header}」，已忽略")
        elif key in found:
            problems.append(f"{file}：第1行：列「{header}」重复")
        else:
            found[key] = index
    for key in REQUIRED:
        if key not in found:
            problems.append(f"{file}：第1行：缺少必填列「{COLUMNS[key][0]}」")
    return found, problems, warnings


def _label_lookup(labels: dict[str, str], *extra: tuple[str, str]) -> dict[str, str]:
    table = {code: code for code in labels}
    table.update({label: code for code, label in labels.items()})
    table.update(dict(extra))
    return table


SITE_TYPES_BY_TEXT = _label_lookup(SITE_TYPE_LABELS, ("污染耕地", "farmland"), ("耕地", "farmland"))
SUBTYPES_BY_TEXT = _label_lookup(
    SITE_SUBTYPE_LABELS,
    ("优先监管", "priority_supervised"),
    ("关闭搬迁", "closed_relocated"),
    ("关闭搬迁企业", "closed_relocated"),
    ("闭库", "closed"),
    ("在用尾矿库", "in_use"),
    ("停用尾矿库", "stopped"),
    ("无主尾矿库", "ownerless"),
)
RISK_BY_TEXT = _label_lookup(
    RISK_LEVEL_LABELS, ("高风险", "high"), ("中风险", "medium"), ("低风险", "low"), ("较高", "high")
)


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    link_keys: tuple[tuple[int, int], ...] | None  # (batch id, number); None: column absent


def import_sites(
    engine: Engine,
    path: Path,
    *,
    crs: str = "wgs84",
    replace: bool = False,
    actor: str = SYSTEM_ACTOR,
) -> ImportSummary:
    """Validate the whole file, then write it in one transaction (see the module docstring)."""
    if crs not in CRS_CHOICES:
        raise SiteImportError([f"坐标系应为 {' 或 '.join(CRS_CHOICES)}，而不是 {crs}"])
    text, encoding = read_text(path)
    summary = ImportSummary(file=path.name, encoding=encoding, crs=crs)
    with write_session(engine) as session, session.begin():
        rows = _parse(session, text, path.name, crs, summary)
        summary.rows = len(rows)
        _write(session, rows, summary, replace=replace, actor=actor)
        record_change(
            session,
            actor=actor,
            action="import",
            entity="sites",
            entity_id=None,
            summary="导入点位：" + summary.describe(),
            after={
                "file": summary.file,
                "crs": crs,
                "replace": replace,
                "created": summary.created,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "deleted": summary.deleted,
            },
        )
    return summary


def _parse(session: Session, text: str, file: str, crs: str, summary: ImportSummary) -> list[_Row]:
    records = list(csv.reader(io.StringIO(text)))
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()
    if not records:
        raise SiteImportError([f"{file}：文件为空"])
    columns, problems, warnings = _header_map(records[0], file)
    summary.warnings.extend(warnings)
    if problems:
        raise SiteImportError(problems)
    context = _Context.load(session)
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        cells = {key: (record[i].strip() if i < len(record) else "") for key, i in columns.items()}
        row_problems: list[str] = []

        def problem(key: str, message: str, number: int = number, bucket: list = row_problems) -> None:
            bucket.append(f"{file}：第{number}行「{COLUMNS[key][0]}」：{message}")

        row = _parse_row(cells, context, crs, problem)
        code = cells.get("code", "")
        if code:
            if code in seen:
                problem("code", f"编号“{code}”与第{seen[code]}行重复")
            seen.setdefault(code, number)
        problems.extend(row_problems)
        if not row_problems and row is not None:
            values, link_keys = row
            rows.append(
                _Row(number=number, values=values, link_keys=link_keys if "links" in columns else None)
            )
    if problems:
        raise SiteImportError(problems)
    if not rows:
        raise SiteImportError([f"{file}：没有数据行"])
    return rows


@dataclass
class _Context:
    regions: dict[str, Region]
    regions_by_name: dict[str, list[Region]]
    batches: dict[str, int]
    findings: dict[tuple[int, int], int]

    @classmethod
    def load(cls, session: Session) -> _Context:
        regions = {r.code: r for r in session.scalars(select(Region))}
        by_name: dict[str, list[Region]] = {}
        for region in regions.values():
            for name in {region.name, region.short_name}:
                by_name.setdefault(name, []).append(region)
        batches: dict[str, int] = {}
        for batch_id, code, name in session.execute(select(Batch.id, Batch.code, Batch.name)):
            batches[code] = batch_id
            batches.setdefault(name, batch_id)
        findings = {
            (batch_id, number): finding_id
            for batch_id, number, finding_id in session.execute(
                select(Finding.batch_id, Finding.number, Finding.id)
            )
        }
        return cls(regions=regions, regions_by_name=by_name, batches=batches, findings=findings)


def _parse_row(cells: dict[str, str], context: _Context, crs: str, problem) -> tuple[dict, tuple] | None:
    values: dict[str, Any] = {}
    for key in REQUIRED:
        if not cells.get(key):
            problem(key, "必填，不能为空")
    values["code"] = cells.get("code", "")
    values["name"] = cells.get("name", "")
    values["status"] = cells.get("status", "")
    if len(values["code"]) > 64:
        problem("code", "编号过长（最多64个字符）")
    if len(values["name"]) > 200:
        problem("name", "名称过长（最多200个字符）")
    if len(values["status"]) > 64:
        problem("status", "现状过长（最多64个字符）")

    site_type = SITE_TYPES_BY_TEXT.get(cells.get("site_type", ""))
    if cells.get("site_type") and site_type is None:
        problem(
            "site_type", f"“{cells['site_type']}”不是点位类型，应为 {'、'.join(SITE_TYPE_LABELS.values())}"
        )
    values["site_type"] = site_type

    subtype = None
    if cells.get("subtype"):
        subtype = SUBTYPES_BY_TEXT.get(cells["subtype"])
        if subtype is None:
            problem("subtype", f"“{cells['subtype']}”不是可识别的类别")
        elif site_type and subtype not in SUBTYPES_BY_TYPE[site_type]:
            allowed = "、".join(SITE_SUBTYPE_LABELS[s] for s in SUBTYPES_BY_TYPE[site_type])
            problem("subtype", f"“{cells['subtype']}”不是{SITE_TYPE_LABELS[site_type]}的类别，应为 {allowed}")
    values["subtype"] = subtype

    risk = None
    if cells.get("risk_level"):
        risk = RISK_BY_TEXT.get(cells["risk_level"])
        if risk is None:
            problem("risk_level", f"“{cells['risk_level']}”不是风险等级，应为 高、中 或 低")
    values["risk_level"] = risk

    values["planned_use"] = cells.get("planned_use") or None
    sensitive = _yes_no(cells.get("sensitive_use", ""))
    if sensitive is None:
        problem("sensitive_use", f"“{cells['sensitive_use']}”应为 是 或 否")
    elif cells.get("sensitive_use", "") == "" and values["planned_use"]:
        # Left empty: derived from the planned use (“一住两公”).
        sensitive = any(word in values["planned_use"] for word in SENSITIVE_USE_WORDS)
    values["sensitive_use"] = bool(sensitive)
    removed = _yes_no(cells.get("removed_from_list", ""))
    if removed is None:
        problem("removed_from_list", f"“{cells['removed_from_list']}”应为 是 或 否")
    values["removed_from_list"] = bool(removed)
    values["water_test"] = cells.get("water_test") or None
    values["notes"] = cells.get("notes") or None

    values["area_mu"] = None
    if cells.get("area_mu"):
        area = _number(cells["area_mu"])
        if area is None or area < 0:
            problem("area_mu", f"“{cells['area_mu']}”不是有效的面积（亩）")
        values["area_mu"] = area

    region = _region(cells.get("region", ""), context, problem)
    lon = _number(cells.get("lon", "")) if cells.get("lon") else None
    lat = _number(cells.get("lat", "")) if cells.get("lat") else None
    if cells.get("lon") and lon is None:
        problem("lon", f"“{cells['lon']}”不是数字")
    if cells.get("lat") and lat is None:
        problem("lat", f"“{cells['lat']}”不是数字")
    if lon is not None and lat is not None:
        lon, lat = _check_position(lon, lat, crs, region, problem)
    values["lon"], values["lat"] = lon, lat
    values["region"] = region

    link_keys = _links(cells.get("links", ""), context, problem)
    if any(p is None for p in (site_type, region, lon, lat)):
        return None
    return values, link_keys


def _yes_no(text: str) -> bool | None:
    if text in YES:
        return True
    if text in NO:
        return False
    return None


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "").replace("，", ""))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _region(text: str, context: _Context, problem) -> Region | None:
    if not text:
        return None
    if text in context.regions:
        return context.regions[text]
    matches = context.regions_by_name.get(text, [])
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        codes = "、".join(r.code for r in matches)
        problem("region", f"“{text}”对应多个地区（{codes}），请填写六位行政区划代码")
    else:
        problem("region", f"未知的地区“{text}”，请填写六位行政区划代码或地区全称")
    return None


def _check_position(
    lon: float, lat: float, crs: str, region: Region | None, problem
) -> tuple[float | None, float | None]:
    checked = check_site_position(lon, lat, region, crs=crs)
    if isinstance(checked, str):
        problem("lon", checked)
        return None, None
    return checked


def _links(text: str, context: _Context, problem) -> tuple[tuple[int, int], ...]:
    """“批次编号或名称:序号”, several separated by ；; 、 or line breaks."""
    keys = []
    for part in re.split(r"[；;、\n]+", text):
        part = part.strip()
        if not part:
            continue
        match = re.fullmatch(r"(.+)[:：#]\s*(\d+)", part)
        if match is None:
            problem("links", f"“{part}”格式应为 批次编号:问题序号，如 baojing-cei2:17")
            continue
        batch_text, number = match.group(1).strip(), int(match.group(2))
        batch_id = context.batches.get(batch_text)
        if batch_id is None:
            problem("links", f"未知的督察批次“{batch_text}”")
        elif (batch_id, number) not in context.findings:
            problem("links", f"批次“{batch_text}”中没有第{number}项问题")
        else:
            keys.append((batch_id, number))
    return tuple(sorted(set(keys)))


# --- writing -----------------------------------------------------------------------------

_FIELDS = (
    "name",
    "site_type",
    "subtype",
    "status",
    "risk_level",
    "planned_use",
    "sensitive_use",
    "area_mu",
    "lon",
    "lat",
    "region_code",
    "removed_from_list",
    "water_test",
    "notes",
)


def _write(session: Session, rows: list[_Row], summary: ImportSummary, *, replace: bool, actor: str) -> None:
    existing = {site.code: site for site in session.scalars(select(Site))}
    finding_ids = _Context.load(session).findings
    links: dict[int, set[int]] = {}
    for site_id, finding_id in session.execute(select(SiteFinding.site_id, SiteFinding.finding_id)):
        links.setdefault(site_id, set()).add(finding_id)
    for row in rows:
        values = dict(row.values)
        region: Region = values.pop("region")
        values["region_code"] = region.code
        wanted_links = None if row.link_keys is None else {finding_ids[key] for key in row.link_keys}
        site = existing.get(values["code"])
        if site is None:
            site = write_site(
                session,
                None,
                code=values["code"],
                values=_only(values, _FIELDS),
                region_code=region.code,
                finding_ids=wanted_links or (),
            )
            session.flush()
            summary.created += 1
            record_change(
                session,
                actor=actor,
                action="create",
                entity="sites",
                entity_id=site.id,
                summary=f"导入新增点位 {site.code} {site.name}",
                after={**_only(values, _FIELDS), "links": sorted(wanted_links or ())},
            )
            continue
        before = {key: getattr(site, key) for key in _FIELDS}
        changed = {key: values[key] for key in _FIELDS if _differs(before[key], values[key])}
        old_links = links.get(site.id, set())
        links_changed = wanted_links is not None and wanted_links != old_links
        if not changed and not links_changed:
            summary.unchanged += 1
            continue
        write_site(
            session,
            site,
            code=site.code,
            # A demonstration site that a user's file describes becomes a real one.
            values={**{k: v for k, v in changed.items() if k != "region_code"}, "is_demo": False},
            region_code=region.code if "region_code" in changed else None,
            finding_ids=wanted_links if links_changed else None,
        )
        summary.updated += 1
        record_change(
            session,
            actor=actor,
            action="update",
            entity="sites",
            entity_id=site.id,
            summary=f"导入更新点位 {site.code} {site.name}",
            before={
                **{k: before[k] for k in changed},
                **({"links": sorted(old_links)} if links_changed else {}),
            },
            after={**changed, **({"links": sorted(wanted_links)} if links_changed else {})},
        )
    if replace:
        keep = {row.values["code"] for row in rows}
        for code, site in existing.items():
            if code in keep:
                continue
            record_change(
                session,
                actor=actor,
                action="delete",
                entity="sites",
                entity_id=site.id,
                summary=f"导入（替换）删除点位 {site.code} {site.name}",
                before={key: getattr(site, key) for key in _FIELDS},
            )
            session.delete(site)
            summary.deleted += 1
        session.flush()


def _only(values: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    return {key: values[key] for key in keys}


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, float) and isinstance(new, float):
        return abs(old - new) > 1e-9
    return old != new
