"""Charts of the monthly dispatch page. Pure functions: frame in, Plotly figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.overview import (
    CAUTION_COLOR,
    DONE_COLOR,
    WARNING_COLOR,
    bar_label_size,
    empty_figure,
    integer_step,
    room_px,
    standard_layout,
    stub,
    text_width_px,
    wrap_name,
)

GOOD_COLOR = DONE_COLOR
BAD_COLOR = WARNING_COLOR
NEUTRAL_COLOR = CAUTION_COLOR
PREVIOUS_COLOR = "#555555"
CHANGE_COLORS = {"good": GOOD_COLOR, "bad": BAD_COLOR, "neutral": NEUTRAL_COLOR}


def month_changes(
    frame: pd.DataFrame,
    *,
    title: str = "本月变化",
    large: bool = False,
    scale: float = 1.0,
    height: int | None = None,
) -> go.Figure:
    """One bar per kind of change (label, count, tone: good / bad / neutral)."""
    if frame.empty:
        return empty_figure(title, large=large, scale=scale)
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
            font=dict(size=room_px(26, scale) if large else 18),
        )
    figure = standard_layout(figure, title, height=height or 360, large=large, scale=scale)
    # Room on the right for the last label, which the tilted axis labels push past the plot.
    figure.update_layout(margin=dict(r=room_px(70, scale) if large else 30))
    return figure


def unit_completion(
    frame: pd.DataFrame,
    *,
    title: str = "各牵头单位整改完成率",
    large: bool = False,
    scale: float = 1.0,
    height: int | None = None,
) -> go.Figure:
    """This month's completion ratio per lead unit (bars, the lowest at the top) and last
    month's (markers), on an axis ending at 100 %. Each bar says the count done and the ratio
    with its change in percentage points; a zero ratio shows as a stub."""
    if frame.empty:
        return empty_figure(title, large=large, scale=scale)
    # Worst first: the lowest ratio, then the unit with most findings (most left to do).
    data = frame.sort_values(["completion_ratio", "total", "unit_label"], ascending=[True, False, True])
    names = [wrap_name(name) for name in data["unit_label"]]
    now = [float(r) * 100 for r in data["completion_ratio"]]
    before = [None if pd.isna(r) else float(r) * 100 for r in data["prev_completion_ratio"]]

    def label(ratio: float, change) -> str:
        if change is None or pd.isna(change):
            return f"{ratio:.1f}%"
        points = round(float(change) * 100, 1)
        return f"{ratio:.1f}%（{points:+.1f}）" if points else f"{ratio:.1f}%（持平）"

    figure = go.Figure()
    ratios = [label(r, c) for r, c in zip(now, data["ratio_change"], strict=True)]
    counts = [f"{int(d)}/{int(t)}" for d, t in zip(data["done"], data["total"], strict=True)]
    label_size = bar_label_size(large, scale)
    figure.add_bar(
        y=names,
        x=stub(now, 100),
        orientation="h",
        name="本月",
        marker_color=GOOD_COLOR,
        text=ratios,
        # The count done of all, before the ratio: “0/3 · 0.0%（持平）”.
        customdata=counts,
        texttemplate="%{customdata} · %{text}",
        textposition="outside",
        textfont=dict(size=label_size),
        cliponaxis=False,
        hovertemplate="%{y}：完成%{customdata}，%{text}<extra></extra>",
    )
    figure.add_scatter(
        y=names,
        x=before,
        mode="markers",
        name="上月",
        marker=dict(
            symbol="line-ns-open",
            size=room_px(22, scale) if large else 18,
            color=PREVIOUS_COLOR,
            line=dict(width=room_px(3, scale) if large else 3),
        ),
        hovertemplate="%{y}：上月%{x:.1f}%<extra></extra>",
    )
    figure.update_yaxes(autorange="reversed")  # the first row (the lowest ratio) on top
    figure.update_xaxes(title="完成率（%）", range=[0, 100], dtick=20, ticksuffix="%")
    # A name wrapped on two lines needs a taller row than 36 px, or it touches the next.
    row = 44 if large else 46 if any("<br>" in name for name in names) else 36
    height = height or max(260, 90 + row * len(names))
    figure = standard_layout(figure, title, height=height, large=large, scale=scale)
    # The labels past the bars' ends get a margin as wide as the longest (see completion_bars).
    longest = max(text_width_px(f"{c} · {r}", label_size) for c, r in zip(counts, ratios, strict=True))
    figure.update_layout(margin=dict(r=longest + 12))
    return figure
