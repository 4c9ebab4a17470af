"""Queries behind the indicator page (指标): targets, latest values, data-quality flags, links.

Indicator values are few (one per indicator, region and year or month), so a region's series
are read whole and checked here in Python: an impossible value (a rate above 100%), a missing
period, a jump larger than the threshold, a value without a source. Counting findings stays
in SQL. Definitions: docs/dispatch.md, “Indicators”.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

import pandas as pd
from sqlalchemy import Date, Engine, Float, Select, String, and_, case, extract, func, or_, select

from core.vocabulary import WATER_CLASSES, water_class_rank
from data_access.access import finding_within, region_within
from data_access.metrics import FindingFilters, findings_view
from data_access.models import (
    Batch,
    Finding,
    Indicator,
    IndicatorFinding,
    IndicatorTarget,
    IndicatorValue,
    Measure,
    Region,
    Site,
    SiteFinding,
)

JUMP_ENV = "DASHBOARD_INDICATOR_JUMP_PCT"
DEFAULT_JUMP_PCT = 20.0  # a change of more than 20% from one period to the next is flagged
CLASS_JUMP = 2  # a water-quality class moving two classes or more between periods is flagged
ABOUT_TOLERANCE = 0.01  # “91%左右” counts as met within 1% of the target

TREND_PERIODS = 5  # a target still ahead is judged by the trend of the last five periods
DOUBT_CODES = ("impossible", "jump")  # flags that make a value unfit to judge a target by
# The judgement of a target, in the order the page and the bulletin list them.
STATUS_LABELS = {
    "met": "达标",
    "not_met": "未达标",
    "slipped": "达标后回落",
    "on_track": "进度正常",
    "behind": "进度滞后",
    "pending": "待评估",
    "suspect": "数据存疑",
    "no_data": "无数据",
}
# Judgements the office has to act on: the overview's tile and the bulletin's section.
ATTENTION = ("not_met", "slipped", "behind")
RELATION_SYMBOLS = {"ge": "≥", "le": "≤", "about": "≈", "eq": "="}


def jump_threshold() -> float:
    """The jump threshold in percent, from $DASHBOARD_INDICATOR_JUMP_PCT (default 20)."""
    try:
        value = float(os.environ.get(JUMP_ENV) or DEFAULT_JUMP_PCT)
    except ValueError:
        return DEFAULT_JUMP_PCT
    return value if value > 0 else DEFAULT_JUMP_PCT


# --- what is checked ----------------------------------------------------------------------


def is_rate(unit: str) -> bool:
    return unit.strip() in ("%", "％")


def impossible_reason(unit: str, value: float | None) -> str | None:
    """Why a value cannot be true: a rate above 100% or below 0, a negative amount."""
    if value is None or pd.isna(value):
        return None
    if is_rate(unit) and value > 100:
        return f"比率{value:g}%超过100%"
    if value < 0:
        return f"数值{value:g}为负"
    return None


def period_label(period: date, kind: str) -> str:
    return f"{period.year}年" if kind == "year" else f"{period.year}年{period.month}月"


def _next_period(period: date, kind: str) -> date:
    if kind == "year":
        return date(period.year + 1, 1, 1)
    return date(period.year + period.month // 12, period.month % 12 + 1, 1)


def series_flags(series: pd.DataFrame, *, unit: str, threshold_pct: float) -> pd.DataFrame:
    """The series (one indicator, one region, by period) with `flag_codes` and `flag_text`."""
    series = series.sort_values("period").reset_index(drop=True)
    flags: list[list[str]] = []
    notes: list[list[str]] = []
    previous = None
    for row in series.itertuples(index=False):
        codes, texts = [], []
        reason = impossible_reason(unit, row.value)
        if reason:
            codes.append("impossible")
            texts.append(reason)
        if previous is not None:
            expected = _next_period(previous.period, row.period_kind)
            missing = []
            while expected < row.period and len(missing) < 24:
                missing.append(period_label(expected, row.period_kind))
                expected = _next_period(expected, row.period_kind)
            if missing:
                codes.append("gap")
                texts.append("缺少" + "、".join(missing) + "数据")
            jump = _jump_text(previous, row, threshold_pct)
            if jump:
                codes.append("jump")
                texts.append(jump)
        if not (str(row.source).strip() if present(row.source) else ""):
            codes.append("no_source")
            texts.append("未注明数据来源")
        flags.append(codes)
        notes.append(texts)
        previous = row
    series["flag_codes"] = flags
    series["flag_text"] = ["；".join(texts) for texts in notes]
    return series


def present(value) -> bool:
    """Not None and not NaN (pandas writes a missing text as NaN)."""
    return value is not None and not (isinstance(value, float) and pd.isna(value))


def _jump_text(previous, row, threshold_pct: float) -> str | None:
    if present(row.value_class) and present(previous.value_class):
        step = water_class_rank(row.value_class) - water_class_rank(previous.value_class)
        if abs(step) >= CLASS_JUMP:
            return f"较上期变化{abs(step)}个类别（{previous.value_class}→{row.value_class}）"
        return None
    if pd.isna(row.value) or pd.isna(previous.value) or previous.value == 0:
        return None
    change = (row.value - previous.value) / abs(previous.value) * 100
    if abs(change) > threshold_pct:
        return f"较上期变化{change:+.1f}%，超过{threshold_pct:g}%的阈值"
    return None


def target_text(
    direction: str, relation: str, value: float | None, value_class: str | None, unit: str
) -> str:
    """'≥95%', '≈91%', '≤49µg/m³', '不劣于V类', '较基准年下降≥12%'."""
    if direction == "class_not_worse":
        return f"不劣于{value_class}类" if relation != "eq" else f"{value_class}类"
    number = "—" if value is None else f"{value:g}"
    text = f"{RELATION_SYMBOLS.get(relation, '')}{number}{unit}"
    return f"较基准年下降{text}" if direction == "reduction_vs_baseline" else text


def assess(
    *,
    direction: str,
    relation: str,
    target_value: float | None,
    target_class: str | None,
    value: float | None,
    value_class: str | None,
) -> tuple[bool | None, float | None]:
    """Whether a value meets a target, and the margin (positive: better than the target).

    Classes: the margin is in classes. Numbers: in the indicator's unit. None when there is
    nothing to compare.
    """
    if direction == "class_not_worse":
        if not present(value_class) or not present(target_class):
            return None, None
        margin = water_class_rank(target_class) - water_class_rank(value_class)
        return (margin == 0 if relation == "eq" else margin >= 0), float(margin)
    if value is None or pd.isna(value) or target_value is None:
        return None, None
    lower_is_better = relation == "le" or (relation in ("eq", "about") and direction == "lower_better")
    margin = (target_value - value) if lower_is_better else (value - target_value)
    if relation == "about":
        return margin >= -abs(target_value) * ABOUT_TOLERANCE, margin
    if relation == "eq" and direction not in ("higher_better", "lower_better", "reduction_vs_baseline"):
        return abs(margin) < 1e-9, margin
    return margin >= 0, margin


def gap_text(margin: float | None, unit: str, direction: str) -> str:
    """'距目标差1.9个百分点' / '优于目标6.8µg/m³' / '距目标差1个类别' / '恰好达到目标'."""
    if margin is None or pd.isna(margin):
        return "—"
    if direction == "class_not_worse":
        amount = f"{abs(margin):.0f}个类别"
    else:
        amount = f"{abs(margin):.1f}" + ("个百分点" if is_rate(unit) else unit)
    if round(margin, 6) == 0:
        return "恰好达到目标"
    return f"优于目标{amount}" if margin > 0 else f"距目标差{amount}"


# --- the judgement of a target ------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a target asks: `value` or `value_class` by the end of `year` (None: no year)."""

    direction: str
    relation: str
    value: float | None
    value_class: str | None
    year: int | None
    unit: str


@dataclass(frozen=True)
class Reading:
    """One reported value of the series; `doubt` says why it is in doubt ("" when clean)."""

    period: date
    kind: str  # year | month
    value: float | None
    value_class: str | None
    doubt: str = ""

    @property
    def label(self) -> str:
        return period_label(self.period, self.kind)


@dataclass(frozen=True)
class Judgement:
    """A target judged on a day. `basis` is the value judged: the target year's (or the last
    one up to it) for a target whose year has passed, the latest for one still ahead."""

    status: str
    basis: Reading | None = None
    basis_note: str = ""  # which value, when not the target year's own
    margin: float | None = None  # of the basis against the target (positive: better)
    since: str = ""  # a passed target: whether the result has held since
    pace: str = ""  # a target ahead: needed against achieved yearly change
    reason: str = ""  # 数据存疑 / 待评估 / 无数据: why
    needed_per_year: float | None = None
    achieved_per_year: float | None = None
    projected: float | None = None  # the trend's value (a class rank for classes) in the target year
    trend_periods: int = 0

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def note(self) -> str:
        """One line for the table: which value, then the since / pace / reason text."""
        return "；".join(part for part in (self.basis_note, self.since, self.pace, self.reason) if part)


def doubt_reason(unit: str, value, value_class, previous_value, previous_class, threshold_pct: float) -> str:
    """Why a value is unfit to judge by: impossible, or a jump from the previous period."""
    reasons = [impossible_reason(unit, value)]
    if previous_value is not None or previous_class is not None:
        row = SimpleNamespace(value=_number(value), value_class=value_class)
        previous = SimpleNamespace(value=_number(previous_value), value_class=previous_class)
        reasons.append(_jump_text(previous, row, threshold_pct))
    return "；".join(reason for reason in reasons if reason)


def _number(value) -> float:
    return float("nan") if value is None or pd.isna(value) else float(value)


def shown_value(value, value_class, unit: str) -> str:
    """'73.1%', 'IV类', '—'."""
    if present(value_class) and value_class:
        return f"{value_class}类"
    if value is None or pd.isna(value):
        return "—"
    return f"{value:g}{unit}"


def _shown(reading: Reading, target: Target) -> str:
    return shown_value(reading.value, reading.value_class, target.unit)


def _meets(target: Target, reading: Reading) -> tuple[bool | None, float | None]:
    return assess(
        direction=target.direction,
        relation=target.relation,
        target_value=target.value,
        target_class=target.value_class,
        value=reading.value,
        value_class=reading.value_class if present(reading.value_class) else None,
    )


def _time(period: date, kind: str) -> float:
    """A period on a year scale: 2020 → 2020.0, 2020-07 → 2020.5."""
    return period.year + ((period.month - 1) / 12 if kind == "month" else 0.0)


def _better_sign(target: Target) -> int:
    """+1 when a higher number is better, −1 when lower is (class ranks: I = 1 is best)."""
    if target.direction == "class_not_worse":
        return -1
    lower = target.relation == "le" or (
        target.relation in ("eq", "about") and target.direction == "lower_better"
    )
    return -1 if lower else 1


def _threshold(target: Target) -> float | None:
    """The level that just meets the target, on the value's own scale."""
    if target.direction == "class_not_worse":
        return float(water_class_rank(target.value_class)) if present(target.value_class) else None
    if target.value is None or pd.isna(target.value):
        return None
    if target.relation == "about":
        return target.value - _better_sign(target) * abs(target.value) * ABOUT_TOLERANCE
    return float(target.value)


def _level(target: Target, reading: Reading) -> float | None:
    if target.direction == "class_not_worse":
        return float(water_class_rank(reading.value_class)) if present(reading.value_class) else None
    return None if reading.value is None or pd.isna(reading.value) else float(reading.value)


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares change per year through the points (time, level)."""
    mean_t = sum(t for t, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    return sum((t - mean_t) * (y - mean_y) for t, y in points) / spread if spread else 0.0


def _tenths(number: float) -> str:
    """One decimal, halves away from zero (95.35 → 95.4, not the float's 95.3)."""
    return f"{round(number + math.copysign(1e-9, number), 1):.1f}"


def change_text(change: float, target: Target) -> str:
    """A yearly change in the indicator's own terms: '提高1.2个百分点', '降幅扩大0.4个百分点',
    '改善0.5个类别', '下降3.0µg/m³', '基本持平'."""
    if target.direction == "class_not_worse":
        if abs(change) < 0.05:
            return "基本持平"
        return f"{'改善' if change < 0 else '变差'}{_tenths(abs(change))}个类别"
    if abs(change) < 0.05:
        return "基本持平"
    amount = _tenths(abs(change)) + ("个百分点" if is_rate(target.unit) else target.unit)
    if target.direction == "reduction_vs_baseline":
        return ("降幅扩大" if change > 0 else "降幅收窄") + amount
    return ("提高" if change > 0 else "下降") + amount


def _projected_text(level: float, target: Target) -> str:
    if target.direction == "class_not_worse":
        # A class between two is reported as the worse one: 2.5 (between II and III) → III.
        rank = min(max(math.ceil(level - 1e-9), 1), len(WATER_CLASSES))
        return f"{WATER_CLASSES[rank - 1]}类"
    if target.direction == "reduction_vs_baseline":
        return f"较基准年下降{_tenths(level)}{target.unit}"
    return f"{_tenths(level)}{target.unit}"


def judge(target: Target, readings: list[Reading], today: date) -> Judgement:
    """The target judged on `today` from the values reported by then (see docs/metrics.md,
    “Indicator targets”).

    Year passed (before today's year): the target year's value, or the last one up to it →
    达标 / 未达标, and 达标后回落 when met then but the latest clean value misses it.
    Year ahead (today's year or later): the latest value meets it, or the least-squares trend
    of the clean values among the last five periods reaches it by the target year → 进度正常;
    otherwise 进度滞后; fewer than two clean values → 待评估. A doubtful value never makes a
    target 达标 or 进度正常: when it is the one to judge by, the judgement is 数据存疑.
    No year: a standing target, judged by the latest value (达标 / 未达标).
    """
    readings = sorted(readings, key=lambda r: r.period)
    if target.year is not None and target.year < today.year:
        return _judge_passed(target, readings)
    return _judge_ahead(target, readings)


def _judge_passed(target: Target, readings: list[Reading]) -> Judgement:
    year = target.year
    up_to = [r for r in readings if r.period.year <= year]
    if not up_to:
        later = f"；最新{readings[-1].label}{_shown(readings[-1], target)}" if readings else ""
        return Judgement("no_data", reason=f"{year}年及以前无数据{later}")
    basis = up_to[-1]
    which = "" if basis.period.year == year else f"{year}年无数据，按{basis.label}数值判断"
    if basis.doubt:
        return Judgement("suspect", basis, which, reason=f"{basis.label}数值存疑：{basis.doubt}")
    met, margin = _meets(target, basis)
    if met is None:
        return Judgement("no_data", basis, which, reason=f"{basis.label}无可比数值")
    later = [r for r in readings if r.period > basis.period]
    clean = [r for r in later if not r.doubt]
    since = ""
    status = "met" if met else "not_met"
    if clean:
        last = clean[-1]
        last_met, last_margin = _meets(target, last)
        shown = f"{last.label}{_shown(last, target)}"
        if met and not last_met:
            status = "slipped"
            since = f"最新{shown}，{gap_text(last_margin, target.unit, target.direction)}"
        elif met:
            dips = [r for r in clean if _meets(target, r)[0] is False]
            since = f"此后{dips[0].label}曾回落，最新{shown}达标" if dips else f"此后保持达标（最新{shown}）"
        elif last_met:
            start = last
            for r in reversed(clean):
                if _meets(target, r)[0] is not True:
                    break
                start = r
            since = f"最新{shown}已达标" if start is last else f"{start.label}起达标（最新{shown}）"
        else:
            since = f"此后仍未达标（最新{shown}）"
    if later and later[-1].doubt:
        since += ("；" if since else "") + f"最新{later[-1].label}数值存疑：{later[-1].doubt}"
    return Judgement(status, basis, which, margin, since=since)


def _judge_ahead(target: Target, readings: list[Reading]) -> Judgement:
    if not readings:
        return Judgement("no_data", reason="尚无数据")
    latest = readings[-1]
    if latest.doubt:
        return Judgement("suspect", latest, reason=f"最新{latest.label}数值存疑：{latest.doubt}")
    met, margin = _meets(target, latest)
    if met is None:
        return Judgement("no_data", latest, reason=f"{latest.label}无可比数值")
    if target.year is None:  # a standing target (“稳定在90%以上”): the latest value
        return Judgement("met" if met else "not_met", latest, margin=margin)
    if met:
        return Judgement("on_track", latest, margin=margin, pace="已达到目标")
    window = readings[-TREND_PERIODS:]
    clean = [r for r in window if not r.doubt]
    if len(clean) < 2:
        why = (
            f"仅有{len(readings)}期数据，无法判断趋势"
            if len(readings) < 2
            else f"近{len(window)}期可用数据不足两期（其余数据存疑），无法判断趋势"
        )
        return Judgement("pending", latest, margin=margin, reason=why)
    sign, goal = _better_sign(target), _threshold(target)
    level = _level(target, latest)
    achieved = _slope([(_time(r.period, r.kind), _level(target, r)) for r in clean])
    # The target year's value: its year's last month for a monthly series.
    left = target.year + (11 / 12 if latest.kind == "month" else 0) - _time(latest.period, latest.kind)
    if left <= 0:
        return Judgement("behind", latest, margin=margin, pace=f"{target.year}年内已无后续期次")
    needed = (goal - level) / left
    projected = level + achieved * left
    if is_rate(target.unit):  # a rate's trend stops at 0% and 100%
        projected = min(max(projected, 0.0), 100.0)
    on_track = sign * (projected - goal) >= -1e-9
    pace = (
        f"{target.year}年达标需年均{change_text(needed, target)}，"
        f"近{len(clean)}期年均{change_text(achieved, target)}；"
        f"按此趋势{target.year}年约{_projected_text(projected, target)}"
    )
    return Judgement(
        "on_track" if on_track else "behind",
        latest,
        margin=margin,
        pace=pace,
        needed_per_year=needed,
        achieved_per_year=achieved,
        projected=projected,
        trend_periods=len(clean),
    )


# --- queries ------------------------------------------------------------------------------


def _region_scope(query: Select, column, region_code: str | None) -> Select:
    """Targets and values of the selected region and all its sub-regions."""
    if not region_code:
        return query
    return query.where(column.in_(select(Region.code).where(region_within(region_code))))


def _values(
    engine: Engine, *, filters: FindingFilters, as_of: date, indicator_id: int | None = None
) -> pd.DataFrame:
    """Values known on the as-of day, for the indicators and regions in scope."""
    query = (
        select(
            IndicatorValue.indicator_id,
            IndicatorValue.region_code,
            IndicatorValue.period,
            IndicatorValue.period_kind,
            IndicatorValue.value,
            IndicatorValue.value_class,
            IndicatorValue.source,
            IndicatorValue.reported_on,
        )
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .where(or_(IndicatorValue.reported_on.is_(None), IndicatorValue.reported_on <= as_of))
        .order_by(IndicatorValue.indicator_id, IndicatorValue.region_code, IndicatorValue.period)
    )
    for code in (filters.scope_code, filters.region_code):
        query = _region_scope(query, IndicatorValue.region_code, code)
    if filters.categories:
        query = query.where(Indicator.category.in_(filters.categories))
    if indicator_id is not None:
        query = query.where(IndicatorValue.indicator_id == indicator_id)
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    columns = [
        "indicator_id",
        "region_code",
        "period",
        "period_kind",
        "value",
        "value_class",
        "source",
        "reported_on",
    ]
    return pd.DataFrame(rows, columns=columns)


def flagged_values(
    engine: Engine, *, filters: FindingFilters, today: date, threshold_pct: float | None = None
) -> pd.DataFrame:
    """Every value in scope with its quality flags (`flag_codes`, empty when clean)."""
    as_of = filters.as_of or today
    threshold = threshold_pct if threshold_pct is not None else jump_threshold()
    values = _values(engine, filters=filters, as_of=as_of)
    with engine.connect() as connection:
        units = dict(connection.execute(select(Indicator.id, Indicator.unit)).all())
    frames = [
        series_flags(group, unit=units[indicator_id], threshold_pct=threshold)
        for (indicator_id, _region), group in values.groupby(["indicator_id", "region_code"], sort=False)
    ]
    if not frames:
        return values.assign(flag_codes=[], flag_text=[])
    return pd.concat(frames, ignore_index=True)


def _in_scope(query: Select, filters: FindingFilters, region_column=IndicatorTarget.region_code) -> Select:
    """Rows of the selected region (and sub-regions), inside the viewer's, of the categories."""
    for code in (filters.scope_code, filters.region_code):
        query = _region_scope(query, region_column, code)
    if filters.categories:
        query = query.where(Indicator.category.in_(filters.categories))
    return query


def _reported_by(as_of: date):
    return or_(IndicatorValue.reported_on.is_(None), IndicatorValue.reported_on <= as_of)


def _target_values(engine: Engine, *, filters: FindingFilters, as_of: date) -> pd.DataFrame:
    """Per target, the values it is judged by, each with the previous period's value (for the
    jump check): the last TREND_PERIODS periods of its series, and the last value up to the
    target year with every one after it. Windows in SQL, so no series is read whole."""
    series = (IndicatorTarget.id,)
    by_period = {"partition_by": series, "order_by": IndicatorValue.period}
    year = extract("year", IndicatorValue.period)
    known = _in_scope(
        select(
            IndicatorTarget.id.label("target_id"),
            IndicatorValue.period,
            IndicatorValue.period_kind,
            IndicatorValue.value,
            IndicatorValue.value_class,
            IndicatorValue.source,
            func.lag(IndicatorValue.period, type_=Date).over(**by_period).label("previous_period"),
            func.lag(IndicatorValue.value, type_=Float).over(**by_period).label("previous_value"),
            func.lag(IndicatorValue.value_class, type_=String).over(**by_period).label("previous_class"),
            func.row_number()
            .over(partition_by=series, order_by=IndicatorValue.period.desc())
            .label("from_latest"),
            func.max(case((year <= IndicatorTarget.target_year, IndicatorValue.period)), type_=Date)
            .over(partition_by=series)
            .label("basis_period"),
        )
        .join(Indicator, Indicator.id == IndicatorTarget.indicator_id)
        .join(
            IndicatorValue,
            and_(
                IndicatorValue.indicator_id == IndicatorTarget.indicator_id,
                IndicatorValue.region_code == IndicatorTarget.region_code,
            ),
        )
        .where(_reported_by(as_of)),
        filters,
    ).subquery()
    query = (
        select(known)
        .where(or_(known.c.from_latest <= TREND_PERIODS, known.c.period >= known.c.basis_period))
        .order_by(known.c.target_id, known.c.period)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    columns = [
        "target_id",
        "period",
        "period_kind",
        "value",
        "value_class",
        "source",
        "previous_period",
        "previous_value",
        "previous_class",
        "from_latest",
        "basis_period",
    ]
    return pd.DataFrame(rows, columns=columns)


_CLASS_NAMES = (("I", "Ⅰ"), ("II", "Ⅱ"), ("III", "Ⅲ"), ("IV", "Ⅳ"), ("V", "Ⅴ"), ("劣V", "劣Ⅴ"))


def _class_rank(column):
    return case(*[(column.in_(names), rank) for rank, names in enumerate(_CLASS_NAMES, start=1)])


def _history_flags(
    engine: Engine, *, filters: FindingFilters, as_of: date, threshold: float
) -> dict[tuple[int, str], list[str]]:
    """The flag codes found anywhere in the series of each target, counted in SQL with the
    rules of `series_flags` (each needs only a value and the one before it)."""
    series = (IndicatorValue.indicator_id, IndicatorValue.region_code)
    by_period = {"partition_by": series, "order_by": IndicatorValue.period}
    with_targets = select(IndicatorTarget.id).where(
        IndicatorTarget.indicator_id == IndicatorValue.indicator_id,
        IndicatorTarget.region_code == IndicatorValue.region_code,
    )
    inner = _in_scope(
        select(
            IndicatorValue.indicator_id,
            IndicatorValue.region_code,
            Indicator.unit,
            IndicatorValue.period,
            IndicatorValue.period_kind,
            IndicatorValue.value,
            IndicatorValue.value_class,
            IndicatorValue.source,
            func.lag(IndicatorValue.period, type_=Date).over(**by_period).label("previous_period"),
            func.lag(IndicatorValue.value, type_=Float).over(**by_period).label("previous_value"),
            func.lag(IndicatorValue.value_class, type_=String).over(**by_period).label("previous_class"),
        )
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .where(_reported_by(as_of), with_targets.exists()),
        filters,
        IndicatorValue.region_code,
    ).subquery()
    v = inner.c
    both_classes = and_(v.value_class.is_not(None), v.previous_class.is_not(None))
    months = extract("year", v.period) * 12 + extract("month", v.period)
    previous_months = extract("year", v.previous_period) * 12 + extract("month", v.previous_period)
    rules = {
        "gap": and_(
            v.previous_period.is_not(None),
            case(
                (
                    v.period_kind == "year",
                    extract("year", v.period) - extract("year", v.previous_period),
                ),
                else_=months - previous_months,
            )
            > 1,
        ),
        "impossible": or_(v.value < 0, and_(func.trim(v.unit).in_(("%", "％")), v.value > 100)),
        "jump": or_(
            and_(
                both_classes,
                func.abs(_class_rank(v.value_class) - _class_rank(v.previous_class)) >= CLASS_JUMP,
            ),
            and_(
                ~both_classes,
                v.value.is_not(None),
                v.previous_value.is_not(None),
                v.previous_value != 0,
                func.abs(v.value - v.previous_value) * 100 > threshold * func.abs(v.previous_value),
            ),
        ),
        "no_source": or_(v.source.is_(None), func.trim(v.source) == ""),
    }
    query = select(
        v.indicator_id,
        v.region_code,
        *[func.max(case((rule, 1), else_=0)).label(code) for code, rule in rules.items()],
    ).group_by(v.indicator_id, v.region_code)
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return {
        (row["indicator_id"], row["region_code"]): [code for code in sorted(rules) if row[code]]
        for row in rows
    }


def indicator_targets(
    engine: Engine, *, filters: FindingFilters, today: date, threshold_pct: float | None = None
) -> pd.DataFrame:
    """One row per target: the indicator, the region, the target, its judgement on the as-of
    day (docs/metrics.md, “Indicator targets”) with the value judged and the gap, the latest
    value known on the as-of day and the quality flags."""
    as_of = filters.as_of or today
    threshold = threshold_pct if threshold_pct is not None else jump_threshold()
    query = _in_scope(
        select(
            Indicator.id.label("indicator_id"),
            Indicator.code.label("indicator_code"),
            Indicator.name,
            Indicator.unit,
            Indicator.direction,
            Indicator.category,
            IndicatorTarget.id.label("target_id"),
            IndicatorTarget.region_code,
            Region.name.label("region_name"),
            IndicatorTarget.relation,
            IndicatorTarget.target_value,
            IndicatorTarget.target_class,
            IndicatorTarget.target_year,
            IndicatorTarget.text.label("target_source_text"),
        )
        .join(Indicator, Indicator.id == IndicatorTarget.indicator_id)
        .join(Region, Region.code == IndicatorTarget.region_code)
        .order_by(Indicator.id, IndicatorTarget.region_code, IndicatorTarget.target_year),
        filters,
    )
    with engine.connect() as connection:
        targets = pd.DataFrame(connection.execute(query).mappings().all())
    if targets.empty:
        return pd.DataFrame(columns=TARGET_COLUMNS)
    values = _target_values(engine, filters=filters, as_of=as_of)
    values_by_target = {key: group for key, group in values.groupby("target_id", sort=False)}
    history = _history_flags(engine, filters=filters, as_of=as_of, threshold=threshold)
    rows = []
    for target in targets.itertuples(index=False):
        record = target._asdict()
        record["target_year"] = None if pd.isna(target.target_year) else int(target.target_year)
        record["target_text"] = target_text(
            target.direction, target.relation, target.target_value, target.target_class, target.unit
        )
        own = values_by_target.get(target.target_id, values.iloc[0:0])
        readings = [
            Reading(
                period=row.period,
                kind=row.period_kind,
                value=None if pd.isna(row.value) else float(row.value),
                value_class=row.value_class if present(row.value_class) else None,
                doubt=doubt_reason(
                    target.unit,
                    row.value,
                    row.value_class if present(row.value_class) else None,
                    None if pd.isna(row.previous_value) else row.previous_value,
                    row.previous_class if present(row.previous_class) else None,
                    threshold,
                ),
            )
            for row in own.itertuples(index=False)
        ]
        goal = Target(
            direction=target.direction,
            relation=target.relation,
            value=None if pd.isna(target.target_value) else float(target.target_value),
            value_class=target.target_class if present(target.target_class) else None,
            year=record["target_year"],
            unit=target.unit,
        )
        judgement = judge(goal, readings, as_of)
        record.update(_latest_columns(own, target.unit, threshold))
        record["series_flags"] = history.get((target.indicator_id, target.region_code), [])
        basis = judgement.basis
        record.update(
            status=judgement.status,
            status_label=judgement.label,
            met=None if basis is None else _meets(goal, basis)[0],
            margin=judgement.margin,
            gap_text="—"
            if judgement.status == "suspect"
            else gap_text(judgement.margin, target.unit, target.direction),
            basis_period=None if basis is None else basis.period,
            basis_label="—" if basis is None else basis.label,
            basis_value=None if basis is None else basis.value,
            basis_class=None if basis is None else basis.value_class,
            basis_note=judgement.basis_note,
            since_text=judgement.since,
            pace_text=judgement.pace,
            reason_text=judgement.reason,
            judgement_note=judgement.note(),
            needed_per_year=judgement.needed_per_year,
            achieved_per_year=judgement.achieved_per_year,
            projected=judgement.projected,
        )
        rows.append(record)
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


def _latest_columns(values: pd.DataFrame, unit: str, threshold: float) -> dict:
    """The latest value of the series with its flags (which need only the period before it)."""
    if values.empty:
        return dict(
            latest_period=None,
            latest_label="—",
            latest_value=None,
            latest_class=None,
            latest_source=None,
            latest_flags=[],
            latest_flag_text="",
        )
    last = values.iloc[-1]
    pair = [last]
    if present(last["previous_period"]):
        pair.insert(
            0,
            {
                "period": last["previous_period"],
                "period_kind": last["period_kind"],
                "value": last["previous_value"],
                "value_class": last["previous_class"],
                "source": "（上期）",  # only the latest value's own source is judged here
            },
        )
    frame = pd.DataFrame(
        [{k: row[k] for k in ("period", "period_kind", "value", "value_class", "source")} for row in pair]
    )
    flagged = series_flags(frame, unit=unit, threshold_pct=threshold).iloc[-1]
    return dict(
        latest_period=last["period"],
        latest_label=period_label(last["period"], last["period_kind"]),
        latest_value=None if pd.isna(last["value"]) else float(last["value"]),
        latest_class=last["value_class"] if present(last["value_class"]) else None,
        latest_source=last["source"] if present(last["source"]) else None,
        latest_flags=list(flagged["flag_codes"]),
        latest_flag_text=flagged["flag_text"],
    )


TARGET_COLUMNS = [
    "indicator_id",
    "indicator_code",
    "name",
    "unit",
    "direction",
    "category",
    "target_id",
    "region_code",
    "region_name",
    "relation",
    "target_value",
    "target_class",
    "target_year",
    "target_source_text",
    "target_text",
    "latest_period",
    "latest_label",
    "latest_value",
    "latest_class",
    "latest_source",
    "latest_flags",
    "latest_flag_text",
    "series_flags",
    "met",
    "margin",
    "status",
    "status_label",
    "gap_text",
    "basis_period",
    "basis_label",
    "basis_value",
    "basis_class",
    "basis_note",
    "since_text",
    "pace_text",
    "reason_text",
    "judgement_note",
    "needed_per_year",
    "achieved_per_year",
    "projected",
]


def indicator_series(
    engine: Engine,
    *,
    indicator_id: int,
    region_code: str,
    filters: FindingFilters,
    today: date,
    threshold_pct: float | None = None,
) -> pd.DataFrame:
    """The values of one indicator in one region, with their flags, oldest first."""
    scoped = FindingFilters(region_code=region_code, as_of=filters.as_of, scope_code=filters.scope_code)
    values = flagged_values(engine, filters=scoped, today=today, threshold_pct=threshold_pct)
    values = values[(values["indicator_id"] == indicator_id) & (values["region_code"] == region_code)]
    return values.reset_index(drop=True)


@dataclass
class IndicatorLinks:
    """What drives an indicator: its findings, their measures, and the sites on the map."""

    findings: pd.DataFrame
    measures: pd.DataFrame
    sites: pd.DataFrame


def indicator_links(
    engine: Engine, *, indicator_id: int, as_of: date | None, today: date, scope_code: str | None = None
) -> IndicatorLinks:
    """Findings linked to the indicator (with their status on the as-of day), their measures
    and the sites linked to those findings. The shared filters other than the day do not
    apply: a link is shown wherever the finding is, inside the viewer's region."""
    view = findings_view(FindingFilters(as_of=as_of, scope_code=scope_code), today=today)
    linked = select(IndicatorFinding.finding_id).where(IndicatorFinding.indicator_id == indicator_id)
    if scope_code:
        linked = linked.join(Finding, Finding.id == IndicatorFinding.finding_id).where(
            finding_within(scope_code)
        )
    findings_query = (
        select(
            view.c.finding_id,
            Batch.name.label("batch_name"),
            view.c.title,
            Region.name.label("region_name"),
            view.c.status,
            view.c.next_due_date,
        )
        .join(Batch, Batch.id == view.c.batch_id)
        .join(Region, Region.code == view.c.region_code)
        .where(view.c.finding_id.in_(linked))
        .order_by(Batch.code, view.c.number)
    )
    measures_query = (
        select(
            Measure.finding_id,
            Measure.number,
            Measure.text,
            Measure.status,
            Measure.progress_pct,
        )
        .where(Measure.finding_id.in_(linked))
        .order_by(Measure.finding_id, Measure.seq)
    )
    sites_query = (
        select(
            Site.id.label("site_id"),
            Site.name,
            Site.site_type,
            Site.status,
            Site.risk_level,
            Region.name.label("region_name"),
            SiteFinding.finding_id,
        )
        .join(SiteFinding, SiteFinding.site_id == Site.id)
        .join(Region, Region.code == Site.region_code)
        .where(SiteFinding.finding_id.in_(linked))
        .order_by(Site.region_code, Site.name)
    )
    with engine.connect() as connection:
        findings = pd.DataFrame(
            connection.execute(findings_query).all(),
            columns=["finding_id", "batch_name", "title", "region_name", "status", "next_due_date"],
        )
        measures = pd.DataFrame(
            connection.execute(measures_query).all(),
            columns=["finding_id", "number", "text", "status", "progress_pct"],
        )
        sites = pd.DataFrame(
            connection.execute(sites_query).all(),
            columns=["site_id", "name", "site_type", "status", "risk_level", "region_name", "finding_id"],
        )
    titles = dict(zip(findings["finding_id"], findings["title"], strict=True))
    measures.insert(1, "finding_title", [titles.get(i, "") for i in measures["finding_id"]])
    sites["finding_title"] = [titles.get(i, "") for i in sites["finding_id"]]
    return IndicatorLinks(findings=findings, measures=measures, sites=sites)
