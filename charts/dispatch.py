"""Charts of the monthly dispatch page. Pure functions: frame in, Plotly figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.overview import empty_figure, integer_step, standard_layout

GOOD_COLOR = "#1b7837"
BAD_COLOR = "#d62728"
NEUTRAL_COLOR = "#f28e2b"
PREVIOUS_COLOR = "#555555"
CHANGE_COLORS = {"good": GOOD_COLOR, "bad": BAD_COLOR, "neutral": NEUTRAL_COLOR}


def month_changes(frame: pd.DataFrame, *, title: str = "本月变化", large: bool = False) -> go.Figure:
    """One bar per kind of change (label, count, tone: good / bad / neutral)."""
    if frame.empty:
        return empty_figure(title)
    counts = [int(c) for c in frame["count"]]
    figure = go.Figure(
        go.Bar(
            x=frame["label"].tolist(),
            y=counts,
            marker_color=[CHANGE_COLORS.get(t, NEUTRAL_COLOR) for t in frame["tone"]],
            text=counts,
            textposition="outside",
            cliponaxis=False,
        )
    )
    largest = max(max(counts), 1)
    figure.update_yaxes(title="问题数", range=[0, largest * 1.25], dtick=integer_step(largest))
    if sum(counts) == 0:
        figure.add_annotation(
            text="本月无上述变化",
            showarrow=False,
            x=0.5,
            y=0.6,
            xref="paper",
            yref="paper",
            font=dict(size=18),
        )
    return standard_layout(figure, title, large=large)


def unit_completion(
    frame: pd.DataFrame, *, title: str = "各牵头单位整改完成率", large: bool = False
) -> go.Figure:
    """This month's completion ratio per lead unit (bars, best at the top) and last month's
    (markers); each bar labelled with the ratio and the change in percentage points."""
    if frame.empty:
        return empty_figure(title)
    data = frame.sort_values(["rank", "unit_label"], ascending=[False, False])
    names = data["unit_label"].tolist()
    now = [float(r) * 100 for r in data["completion_ratio"]]
    before = [None if pd.isna(r) else float(r) * 100 for r in data["prev_completion_ratio"]]

    def label(ratio: float, change) -> str:
        if change is None or pd.isna(change):
            return f"{ratio:.1f}%"
        points = round(float(change) * 100, 1)
        return f"{ratio:.1f}%（{points:+.1f}）" if points else f"{ratio:.1f}%（持平）"

    figure = go.Figure()
    figure.add_bar(
        y=names,
        x=now,
        orientation="h",
        name="本月",
        marker_color=GOOD_COLOR,
        text=[label(r, c) for r, c in zip(now, data["ratio_change"], strict=True)],
        textposition="outside",
        cliponaxis=False,
    )
    figure.add_scatter(
        y=names,
        x=before,
        mode="markers",
        name="上月",
        marker=dict(symbol="line-ns-open", size=18, color=PREVIOUS_COLOR, line=dict(width=3)),
    )
    figure.update_xaxes(title="完成率（%）", range=[0, 135], dtick=20)
    return standard_layout(
        figure, title, height=max(260, 90 + (44 if large else 36) * len(names)), large=large
    )
