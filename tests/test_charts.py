"""Chart builders checked on their figure spec, not pixels."""

from __future__ import annotations

from datetime import date

import pandas as pd

from charts.overview import completion_bars, deadlines_ahead, empty_figure, status_donut


def breakdown() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_name": ["湘潭", "湘西州"],
            "total": [5, 6],
            "done": [2, 0],
            "closed": [1, 0],
            "overdue": [1, 1],
            "completion_ratio": [0.4, 0.0],
        }
    )


def test_completion_bars_stack_closed_completed_open_with_labels():
    figure = completion_bars(breakdown(), name_column="region_name", title="各地区整改完成情况")
    names = [trace.name for trace in figure.data]
    assert names == ["已销号", "已完成待销号", "未完成"]
    closed, completed, still_open = (list(trace.x) for trace in figure.data)
    assert list(figure.data[0].y) == ["湘潭", "湘西州"]  # best first → drawn bottom, worst on top
    assert closed == [1, 0] and completed == [1, 0] and still_open == [3, 6]
    assert figure.data[2].text[0] == "完成率 40.0%（2/5）"
    assert figure.layout.barmode == "stack"
    assert figure.layout.title.text == "各地区整改完成情况"


def test_status_donut_uses_fixed_order_and_chinese_labels():
    frame = pd.DataFrame({"status": ["closed", "in_progress", "reopened"], "count": [3, 5, 1]})
    figure = status_donut(frame)
    pie = figure.data[0]
    assert list(pie.labels) == ["推进中", "已销号", "反弹重办"]
    assert list(pie.values) == [5, 3, 1]
    assert pie.marker.colors[2] == "#d62728"  # reopened in red


def test_deadlines_ahead_labels_months_in_chinese():
    frame = pd.DataFrame({"month": [date(2026, 11, 1), date(2026, 12, 1)], "count": [2, 3]})
    figure = deadlines_ahead(frame)
    assert list(figure.data[0].x) == ["2026年11月", "2026年12月"]
    assert list(figure.data[0].y) == [2, 3]


def test_empty_frames_give_an_empty_state_not_an_error():
    for figure in (
        completion_bars(breakdown().iloc[0:0], name_column="region_name", title="t"),
        status_donut(pd.DataFrame(columns=["status", "count"])),
        deadlines_ahead(pd.DataFrame(columns=["month", "count"])),
        empty_figure("t"),
    ):
        assert figure.layout.annotations[0].text == "暂无数据"
