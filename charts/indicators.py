"""Charts of the indicator page. Pure functions: frame in, Plotly figure out."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from charts.overview import FONT, empty_figure, title_and_legend
from core.vocabulary import WATER_CLASSES, water_class_rank

VALUE_COLOR = "#1f77b4"
FLAG_COLOR = "#d62728"
TARGET_COLORS = ("#1b7837", "#f28e2b", "#6a3d9a")


def _layout(figure: go.Figure, title: str, height: int = 380) -> go.Figure:
    figure.update_layout(
        font=FONT,
        height=height,
        paper_bgcolor="white",
        plot_bgcolor="white",
        **title_and_legend(figure, title),
        hovermode="closest",
    )
    figure.update_xaxes(showgrid=False, type="category", automargin=True)
    figure.update_yaxes(gridcolor="#eeeeee", automargin=True)
    return figure


def _label(period: date, kind: str) -> str:
    return f"{period.year}年" if kind == "year" else f"{period.year}年{period.month}月"


def _period_labels(series: pd.DataFrame) -> list[str]:
    return [_label(p, kind) for p, kind in zip(series["period"], series["period_kind"], strict=True)]


def _target_period(year: int, kind: str) -> date:
    """The period holding a target year's value: the year, or its December."""
    return date(year, 1, 1) if kind == "year" else date(year, 12, 1)


def _axis(series: pd.DataFrame, years: list[int]) -> list[str]:
    """The x categories in time order: the reported periods and, for a yearly series, every
    year up to the last target year, so a target ahead is drawn at its place in time."""
    kind = series["period_kind"].iloc[-1]
    periods = set(series["period"])
    periods |= {_target_period(year, kind) for year in years}
    if kind == "year":
        periods |= {
            date(y, 1, 1) for y in range(min(p.year for p in periods), max(p.year for p in periods) + 1)
        }
    return [_label(p, kind) for p in sorted(periods)]


def indicator_trend(
    series: pd.DataFrame,
    targets: pd.DataFrame,
    *,
    name: str,
    unit: str,
    region_name: str,
    is_class: bool = False,
) -> go.Figure:
    """Values over time; each target's line drawn up to its target year with the judgement;
    for a target ahead the trend projected to the target year, dashed; flagged values in red.

    `series`: period, period_kind, value, value_class, flag_text. `targets`: target_value,
    target_class, target_year, target_text, and optionally status_label, basis_period and
    projected (from `data_access.indicators.indicator_targets`). Class indicators (water
    quality) are drawn on a class axis, I at the top (better), 劣V at the bottom.
    """
    title = f"{name}（{region_name}）"
    if series.empty:
        return empty_figure(title, "暂无监测数据")
    series = series.sort_values("period").reset_index(drop=True)
    labels = _period_labels(series)
    kind = series["period_kind"].iloc[-1]
    years = [int(y) for y in targets["target_year"] if not pd.isna(y)]
    axis = _axis(series, years)
    if is_class:
        y = [water_class_rank(c) if isinstance(c, str) and c else None for c in series["value_class"]]
        shown = [f"{c}类" if isinstance(c, str) and c else "—" for c in series["value_class"]]
    else:
        y = [None if pd.isna(v) else float(v) for v in series["value"]]
        shown = [f"{v:g}{unit}" if v is not None else "—" for v in y]
    flags = [str(text) if isinstance(text, str) else "" for text in series["flag_text"]]
    hover = [
        f"{label}：{value}" + (f"<br>⚠ {flag}" if flag else "")
        for label, value, flag in zip(labels, shown, flags, strict=True)
    ]
    figure = go.Figure()
    figure.add_scatter(
        x=labels,
        y=y,
        mode="lines+markers",
        name="实际值",
        line=dict(color=VALUE_COLOR, width=3),
        marker=dict(size=9, color=VALUE_COLOR),
        hovertext=hover,
        hoverinfo="text",
    )
    flagged = [i for i, flag in enumerate(flags) if flag]
    if flagged:
        figure.add_scatter(
            x=[labels[i] for i in flagged],
            y=[y[i] for i in flagged],
            mode="markers",
            name="数据存疑",
            marker=dict(size=16, color="rgba(0,0,0,0)", line=dict(color=FLAG_COLOR, width=3)),
            hovertext=[hover[i] for i in flagged],
            hoverinfo="text",
        )
    for index, target in enumerate(targets.itertuples(index=False)):
        level = (
            water_class_rank(target.target_class)
            if is_class and isinstance(target.target_class, str)
            else (None if pd.isna(target.target_value) else float(target.target_value))
        )
        if level is None:
            continue
        color = TARGET_COLORS[index % len(TARGET_COLORS)]
        dated = not pd.isna(target.target_year)
        year = f"（{int(target.target_year)}年）" if dated else ""
        end = _label(_target_period(int(target.target_year), kind), kind) if dated else axis[-1]
        judgement = getattr(target, "status_label", None)
        text = f"目标{target.target_text}{year}"
        # The target line runs from the start of the chart to its target year, not beyond.
        figure.add_scatter(
            x=axis[: axis.index(end) + 1],
            y=[level] * (axis.index(end) + 1),
            mode="lines",
            name=text + (f"：{judgement}" if isinstance(judgement, str) else ""),
            line=dict(color=color, width=2),
            hoverinfo="name",
        )
        figure.add_annotation(
            x=end,
            y=level,
            text=text,
            showarrow=False,
            xanchor="right",
            yanchor="bottom" if index % 2 == 0 else "top",
            font=dict(color=color),
        )
        projected = getattr(target, "projected", None)
        basis = getattr(target, "basis_period", None)
        if dated and projected is not None and not pd.isna(projected) and isinstance(basis, date):
            start = y[labels.index(_label(basis, kind))] if _label(basis, kind) in labels else None
            if start is not None:
                figure.add_scatter(
                    x=[_label(basis, kind), end],
                    y=[start, float(projected)],
                    mode="lines+markers",
                    name=f"按近期趋势外推至{int(target.target_year)}年",
                    line=dict(color=color, width=2, dash="dash"),
                    marker=dict(size=7, symbol="circle-open", color=color),
                    hoverinfo="name",
                )
    figure.update_xaxes(categoryorder="array", categoryarray=axis)
    if is_class:
        figure.update_yaxes(
            tickvals=list(range(1, len(WATER_CLASSES) + 1)),
            ticktext=[f"{c}类" for c in WATER_CLASSES],
            range=[len(WATER_CLASSES) + 0.5, 0.5],  # I (best) at the top
            title="水质类别",
        )
    else:
        figure.update_yaxes(title=unit, rangemode="normal")
    return _layout(figure, title)
