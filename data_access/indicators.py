"""Queries behind the indicator page (指标): targets, latest values, data-quality flags, links.

Indicator values are few (one per indicator, region and year or month), so a region's series
are read whole and checked here in Python: an impossible value (a rate above 100%), a missing
period, a jump larger than the threshold, a value without a source. Counting findings stays
in SQL. Definitions: docs/dispatch.md, “Indicators”.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import pandas as pd
from sqlalchemy import Engine, Select, or_, select

from core.vocabulary import water_class_rank
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

STATUS_LABELS = {"met": "达标", "not_met": "未达标", "no_data": "无数据", "suspect": "数据存疑"}
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


def indicator_targets(
    engine: Engine, *, filters: FindingFilters, today: date, threshold_pct: float | None = None
) -> pd.DataFrame:
    """One row per target: the indicator, the region, the target, the latest value known on
    the as-of day, met / not met / no data / suspect, the gap and the quality flags."""
    query = (
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
        .order_by(Indicator.id, IndicatorTarget.region_code, IndicatorTarget.target_year)
    )
    for code in (filters.scope_code, filters.region_code):
        query = _region_scope(query, IndicatorTarget.region_code, code)
    if filters.categories:
        query = query.where(Indicator.category.in_(filters.categories))
    with engine.connect() as connection:
        targets = pd.DataFrame(connection.execute(query).mappings().all())
    if targets.empty:
        return pd.DataFrame(columns=TARGET_COLUMNS)
    values = flagged_values(engine, filters=filters, today=today, threshold_pct=threshold_pct)
    latest = {
        (row.indicator_id, row.region_code): row
        for row in values.sort_values("period").itertuples(index=False)
    }  # the last row per series wins
    series_flags_by_key = {
        key: sorted({code for codes in group["flag_codes"] for code in codes})
        for key, group in values.groupby(["indicator_id", "region_code"], sort=False)
    }
    rows = []
    for target in targets.itertuples(index=False):
        key = (target.indicator_id, target.region_code)
        value = latest.get(key)
        record = target._asdict()
        record["target_text"] = target_text(
            target.direction, target.relation, target.target_value, target.target_class, target.unit
        )
        record.update(
            latest_period=None, latest_label="—", latest_value=None, latest_class=None, latest_source=None
        )
        record.update(latest_flags=[], latest_flag_text="", series_flags=series_flags_by_key.get(key, []))
        if value is None:
            met, margin, status = None, None, "no_data"
        else:
            record.update(
                latest_period=value.period,
                latest_label=period_label(value.period, value.period_kind),
                latest_value=None if pd.isna(value.value) else float(value.value),
                latest_class=value.value_class if present(value.value_class) else None,
                latest_source=value.source if present(value.source) else None,
                latest_flags=list(value.flag_codes),
                latest_flag_text=value.flag_text,
            )
            met, margin = assess(
                direction=target.direction,
                relation=target.relation,
                target_value=target.target_value,
                target_class=target.target_class,
                value=record["latest_value"],
                value_class=record["latest_class"],
            )
            if "impossible" in value.flag_codes:
                status = "suspect"  # a rate above 100% is not counted as met
            elif met is None:
                status = "no_data"
            else:
                status = "met" if met else "not_met"
        record.update(met=met, margin=margin, status=status, status_label=STATUS_LABELS[status])
        record["gap_text"] = gap_text(margin, target.unit, target.direction) if status != "suspect" else "—"
        rows.append(record)
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


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
