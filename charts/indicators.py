"""Charts of the indicator page. Pure functions: frame in, Plotly figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.overview import FONT, empty_figure
from core.vocabulary import WATER_CLASSES, water_class_rank

VALUE_COLOR = "#1f77b4"
FLAG_COLOR = "#d62728"
TARGET_COLORS = ("#1b7837", "#f28e2b", "#6a3d9a")


def _layout(figure: go.Figure, title: str, height: int = 380) -> go.Figure:
    figure.update_layout(
        title=dict(text=title, x=0, xanchor="left"),
        font=FONT,
        height=height,
        margin=dict(l=10, r=10, t=60, b=40),
        paper_bgcolor="white",
        plot_bgcolor="white",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1),
        hovermode="closest",
    )
    figure.update_xaxes(showgrid=False, type="category", automargin=True)
    figure.update_yaxes(gridcolor="#eeeeee", automargin=True)
    return figure


def _period_labels(series: pd.DataFrame) -> list[str]:
    return [
        f"{p.year}年" if kind == "year" else f"{p.year}年{p.month}月"
        for p, kind in zip(series["period"], series["period_kind"], strict=True)
    ]


def indicator_trend(
    series: pd.DataFrame,
    targets: pd.DataFrame,
    *,
    name: str,
    unit: str,
    region_name: str,
    is_class: bool = False,
) -> go.Figure:
    """Values over time with the target line(s); flagged values in red with the reason.

    `series`: period, period_kind, value, value_class, flag_text. `targets`: target_value,
    target_class, target_year, target_text. Class indicators (water quality) are drawn on
    a class axis, I at the top (better), 劣V at the bottom.
    """
    title = f"{name}（{region_name}）"
    if series.empty:
        return empty_figure(title, "暂无监测数据")
    labels = _period_labels(series)
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
        year = "" if pd.isna(target.target_year) else f"（{int(target.target_year)}年）"
        figure.add_hline(
            y=level,
            line=dict(color=TARGET_COLORS[index % len(TARGET_COLORS)], dash="dash", width=2),
            annotation_text=f"目标{target.target_text}{year}",
            annotation_position="top left" if index % 2 == 0 else "bottom left",
            annotation_font=dict(color=TARGET_COLORS[index % len(TARGET_COLORS)]),
        )
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
