"""Charts of the overdue and warnings page. Pure functions: frame in, Plotly figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.overview import (
    CAUTION_COLOR,
    FONT,
    LARGE_FONT_SIZE,
    OVERDUE_COLOR,
    empty_figure,
    integer_step,
    room_px,
    stub,
    title_and_legend,
    wrap_name,
)
from core.vocabulary import STATUS_LABELS

__all__ = ["STATUS_LABELS", "overdue_by_unit"]

DUE_SOON_COLOR = CAUTION_COLOR
LATE_REPORT_COLOR = "#9467bd"
MAX_UNITS = 15


def overdue_by_unit(
    board: pd.DataFrame,
    *,
    title: str = "各牵头单位逾期与预警",
    large: bool = False,
    scale: float = 1.0,
    height: int | None = None,
    units: int = MAX_UNITS,
) -> go.Figure:
    """Grouped horizontal bars per unit: overdue, due within 30 days, late reports (worst on top)."""
    flagged = board[(board["overdue"] + board["due_soon"] + board["late_report"]) > 0].head(units)
    if flagged.empty:
        return empty_figure(title, "没有逾期或预警的单位", large=large, scale=scale)
    places = zip(flagged["unit_name"], flagged["region_name"], strict=True)
    names = [wrap_name(f"{unit}（{region}）") for unit, region in places]
    unit_ids = [str(i) for i in flagged["unit_id"]]  # a click filters on the unit
    largest = max(int(flagged[["overdue", "due_soon", "late_report"]].max().max()), 1)
    figure = go.Figure()
    for column, label, color in (
        ("overdue", "已逾期", OVERDUE_COLOR),  # first: drawn on top of each unit's group
        ("due_soon", "30天内到期", DUE_SOON_COLOR),
        ("late_report", "未按时报送", LATE_REPORT_COLOR),
    ):
        values = flagged[column].tolist()
        figure.add_bar(
            y=names,
            x=stub(values, largest),
            name=label,
            orientation="h",
            marker_color=color,
            text=[str(int(v)) for v in values],
            textposition="outside",
            cliponaxis=False,
            constraintext="none",  # the count keeps its size beside a thin bar
            textfont=dict(size=room_px(LARGE_FONT_SIZE * 0.8, scale) if large else 13),
            customdata=unit_ids,
            hovertemplate="%{y}：" + label + "%{text}个<extra></extra>",
        )
    figure.update_layout(
        barmode="group",
        font={**FONT, "size": room_px(LARGE_FONT_SIZE, scale)} if large else FONT,
        height=height or max(300, 90 + 60 * len(names)),
        plot_bgcolor="white",
        **title_and_legend(figure, title, large, scale),
    )
    figure.update_xaxes(title="问题数", range=[0, largest * 1.25], dtick=integer_step(largest, ticks=3))
    figure.update_xaxes(automargin=True)
    if large:  # the room's screen: the bars' labels say the counts
        figure.update_xaxes(title=None)
    figure.update_yaxes(automargin=True, autorange="reversed")  # the worst unit on top
    return figure
