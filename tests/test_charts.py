"""Chart builders checked on their figure spec, not pixels."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from charts.overview import (
    DONE_COLOR,
    colour_key,
    completion_bars,
    deadlines_ahead,
    empty_figure,
    integer_step,
    ratio_ranking,
    status_donut,
    text_width_px,
    wrap_name,
)


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


def test_completion_bars_keep_room_for_their_labels_and_key_their_colours_under_the_title():
    """The labels past the bars get a right margin as wide as the longest label in pixels (a
    share of the axis left them cut on a 330-px chart). The colours are keyed in the title's
    subtitle: Plotly's legend wrapped at the width left of that margin, one entry a line on
    the title of a phone's chart."""
    figure = completion_bars(breakdown(), name_column="region_name", title="各地区整改完成情况")
    longest = "完成率 40.0%（2/5）"  # 5 wide signs, 9 narrow ones, at the labels' 12 px
    assert figure.data[-1].textfont.size == 12
    assert figure.layout.margin.r == round((5 + 9 * 0.6) * 12) + 12
    assert list(figure.layout.xaxis.range) == [0, 6 * 1.02]  # the bars' axis ends at the longest
    assert figure.layout.showlegend is False
    key = figure.layout.title.subtitle.text
    assert [part.split("</span> ")[1] for part in key.split("　")] == ["已销号", "已完成待销号", "未完成"]
    assert f'<span style="color:{DONE_COLOR}">■</span> 已销号' in key
    # The top margin holds the title's line and the key's; a chart of one series keeps only
    # the title's, and no key.
    assert figure.layout.margin.t == round(14 * 1.2 * 1.4) + 10 + round(14 * 1.9) + 8
    ranking = ratio_ranking(breakdown(), name_column="region_name", title="t")
    assert ranking.layout.margin.t == round(14 * 1.2 * 1.4) + 10 + 8
    assert ranking.layout.title.subtitle.text is None
    assert text_width_px(longest, 14) == round(10.4 * 14)
    wide = breakdown().assign(done=[998, 0], total=[1000, 6], completion_ratio=[0.998, 0.0])
    wider = completion_bars(wide, name_column="region_name", title="t")
    assert wider.layout.margin.r > figure.layout.margin.r


def test_a_series_drawn_as_a_line_keeps_plotly_legend():
    """A coloured square cannot show a dashed target line: such charts keep Plotly's legend."""
    figure = go.Figure([go.Scatter(y=[1, 2], name="实际值"), go.Bar(y=[1, 2], name="目标")])
    assert colour_key(figure.data) is None
    marks = go.Figure(
        [
            go.Bar(y=[1], name="本月", marker_color="#111"),
            go.Scatter(y=[1], mode="markers", name="上月", marker=dict(symbol="line-ns-open", color="#222")),
        ]
    )
    assert colour_key(marks.data) == (
        '<span style="color:#111">■</span> 本月　<span style="color:#222">┃</span> 上月'
    )


def test_long_row_names_wrap_on_two_lines_of_about_eight_characters():
    """An unwrapped 15-character batch or unit name took half a phone's chart: names wrap, a
    bracketed place on a line of its own, a number never split."""
    assert wrap_name("湖南") == "湖南"
    assert wrap_name("县自然资源局（绛县）") == "县自然资源局<br>（绛县）"
    assert wrap_name("中央第三环境保护督察组反馈意见") == "中央第三环境保<br>护督察组反馈意见"
    assert wrap_name("湘西州土壤污染防治2023年行动计划") == "湘西州土壤污染防<br>治2023年行动计划"
    assert wrap_name("湖南省人大常委会土壤污染防治执法检查情况报告审议意见").count("<br>") == 2
    figure = completion_bars(
        breakdown().assign(region_name=["湘潭", "中央第三环境保护督察组反馈意见"]),
        name_column="region_name",
        title="t",
    )
    assert "中央第三环境保<br>护督察组反馈意见" in list(figure.data[0].y)


def test_count_axes_step_by_whole_round_numbers_and_bars_on_their_side_take_three_ticks():
    assert [integer_step(n) for n in (3, 10, 33, 46, 250)] == [1, 2, 10, 10, 50]
    # 33 gave a step of 7 (0 7 14 21 28): round steps only
    frame = pd.DataFrame(
        {"batch_name": ["甲", "乙"], "total": [25, 16], "done": [20, 5], "closed": [12, 4], "overdue": [0, 0]}
    )
    frame["completion_ratio"] = frame["done"] / frame["total"]
    figure = completion_bars(frame, name_column="batch_name", title="t")
    # 0 10 20 beside the names and labels on a phone's 70 px of bars, not 0 5 10 15 20 25
    assert figure.layout.xaxis.dtick == 10


def test_completion_bars_beyond_the_limit_draw_the_largest_rows_and_say_so():
    frame = pd.DataFrame(
        {
            "batch_name": [f"批次{i}" for i in range(40)],
            "total": [i + 1 for i in range(40)],  # 批次39 has most findings
            "done": [i // 2 for i in range(40)],
            "closed": [0] * 40,
            "completion_ratio": [(i // 2) / (i + 1) for i in range(40)],
        }
    )
    figure = completion_bars(frame, name_column="batch_name", title="各督察批次整改完成情况", limit=30)
    assert sorted(figure.data[0].y) == sorted(f"批次{i}" for i in range(10, 40))
    assert figure.layout.title.text == "各督察批次整改完成情况（问题数最多的30个，共40个）"
    assert figure.layout.height == 80 + 44 * 30
    whole = completion_bars(frame.head(30), name_column="batch_name", title="t", limit=30)
    assert len(whole.data[0].y) == 30 and whole.layout.title.text == "t"  # at the limit: all, no note


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


# --- charts for the room (issue 15) -------------------------------------------------------


def units_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": ["县林业局", "县发改局", "市环保局"],
            "total": [4, 3, 10],
            "done": [2, 0, 9],
            "overdue": [1, 0, 3],
        }
    )


def test_ratio_ranking_is_worst_first_with_count_and_ratio_on_a_100_percent_axis():
    from charts.overview import ratio_ranking

    figure = ratio_ranking(units_frame(), name_column="name", title="t")
    bars = figure.data[0]
    assert list(bars.y) == ["县发改局", "县林业局", "市环保局"]  # lowest ratio first …
    assert figure.layout.yaxis.autorange == "reversed"  # … and drawn on top
    assert list(bars.text) == ["0.0%（0/3）", "50.0%（2/4）", "90.0%（9/10）"]
    assert 0 < bars.x[0] < 2  # a zero is a visible stub, not an invisible bar
    assert list(figure.layout.xaxis.range) == [0, 100]


def test_count_ranking_is_most_first_with_share_and_zero_stub():
    from charts.overview import WARNING_COLOR, count_ranking

    figure = count_ranking(
        units_frame(), name_column="name", count_column="overdue", total_column="total", title="t"
    )
    bars = figure.data[0]
    assert list(bars.y) == ["市环保局", "县林业局", "县发改局"]
    assert list(bars.text) == ["3个（占30.0%）", "1个（占25.0%）", "0个（占0.0%）"]
    assert bars.x[2] > 0 and bars.marker.color == WARNING_COLOR
    assert figure.layout.yaxis.autorange == "reversed"


def test_month_axis_is_chinese():
    import plotly.graph_objects as go

    from charts.finding import status_timeline
    from charts.overview import month_axis

    figure = month_axis(go.Figure(), [date(2018, 10, 1), date(2019, 3, 1)])
    assert figure.layout.xaxis.tickformat == "%Y年%-m月"
    assert figure.layout.xaxis.dtick == "M1"
    history = pd.DataFrame(
        {"changed_on": [date(2018, 10, 5)], "to_status": ["in_progress"], "from_status": [None]}
    )
    reports = pd.DataFrame({"period": [date(2018, 10, 1), date(2018, 11, 1)], "progress_pct": [10.0, 20.0]})
    timeline = status_timeline(history, reports)
    assert timeline.layout.xaxis.tickformat == "%Y年%-m月"
    assert timeline.layout.yaxis.automargin is True  # status names are not cut
    assert list(timeline.layout.yaxis2.range) == [0, 100]


def test_unit_completion_is_worst_first_on_a_100_percent_axis():
    from charts.dispatch import unit_completion

    frame = pd.DataFrame(
        {
            "unit_label": ["甲", "乙", "丙"],
            "total": [3, 5, 2],
            "done": [0, 5, 1],
            "completion_ratio": [0.0, 1.0, 0.5],
            "prev_completion_ratio": [0.0, 0.8, None],
            "ratio_change": [0.0, 0.2, None],
            "rank": [3, 1, 2],
        }
    )
    figure = unit_completion(frame)
    bars = figure.data[0]
    assert list(bars.y) == ["甲", "丙", "乙"]
    assert list(bars.customdata) == ["0/3", "1/2", "5/5"]  # the count on the bar
    assert bars.texttemplate == "%{customdata} · %{text}"
    assert list(bars.text) == ["0.0%（持平）", "50.0%", "100.0%（+20.0）"]
    assert bars.x[0] > 0  # zero stub
    assert list(figure.layout.xaxis.range) == [0, 100]


def test_shown_tables_have_no_raw_missing_values():
    import numpy as np

    from ui.format import shown, text

    frame = pd.DataFrame({"a": [None, "x"], "b": [np.nan, 1.0], "c": [pd.NaT, "y"]})
    cells = shown(frame).to_numpy().ravel().tolist()
    assert not {"None", "nan", "NaT"} & {str(c) for c in cells}
    assert cells.count("—") == 3
    assert text(np.nan) is None and text("  ") is None and text("存在问题") == "存在问题"


def test_report_form_starts_from_the_last_report():
    from data_access.reporting import report_form_defaults

    previous = {
        "period": date(2026, 10, 1),
        "status": "in_progress",
        "progress_pct": 95.0,
        "narrative": "完成主体工程",
        "problems": None,
        "next_steps": "验收",
        "reporter": "张三",
    }
    start = report_form_defaults(None, previous)
    assert start["progress_pct"] == 95.0 and start["status"] == "in_progress"
    assert start["narrative"] == "" and start["hints"]["narrative"] == "完成主体工程"
    assert start["hints"]["problems"] == "" and start["reporter"] == "张三"
    assert start["previous_progress"] == 95.0
    existing = {**previous, "period": date(2026, 11, 1), "progress_pct": 97.0, "narrative": "本月"}
    corrected = report_form_defaults(existing, previous)
    assert corrected["progress_pct"] == 97.0 and corrected["narrative"] == "本月"
    assert report_form_defaults(None, None)["progress_pct"] == 0.0


def test_hidden_pages_cover_every_documented_url():
    from data_access.access import visitor
    from ui.navigation import ACCOUNT, PAGES, SIGN_IN, hidden_pages_for, pages_for

    viewer = visitor()
    own, refused = hidden_pages_for(viewer)
    paths = {s.url_path for s in [*pages_for(viewer), *own, *refused]}
    assert paths == {s.url_path for s in (*PAGES, ACCOUNT, SIGN_IN)}
    assert [s.url_path for s in own] == ["account"]


def test_meeting_charts_scale_their_text_and_room_with_the_screen():
    """Meeting mode (issue 15): the text and the margins kept for it are sized for 1920×1080
    and grow with the screen (`scale`), so a 3840×2160 wall shows 44 px type, not 22 px."""
    from charts.dispatch import month_changes, unit_completion
    from charts.overdue import overdue_by_unit
    from charts.overview import ratio_ranking

    units = units_frame()
    board = units.assign(
        unit_name=units["name"], region_name="湘潭", unit_id=[1, 2, 3], due_soon=1, late_report=0
    )
    changes = pd.DataFrame({"label": ["新完成", "新增逾期"], "count": [2, 0], "tone": ["good", "bad"]})
    built = {
        "ranking": lambda scale: ratio_ranking(units, name_column="name", title="t", large=True, scale=scale),
        "overdue": lambda scale: overdue_by_unit(board, large=True, scale=scale),
        "changes": lambda scale: month_changes(changes, large=True, scale=scale),
        "empty": lambda scale: ratio_ranking(
            units.iloc[0:0], name_column="name", title="t", large=True, scale=scale
        ),
    }
    for name, build in built.items():
        room, wall = build(1.0), build(2.0)
        assert room.layout.font.size == 22 and wall.layout.font.size == 44, name
        assert wall.layout.margin.t == 2 * room.layout.margin.t, name
    ranking = built["ranking"](2.0)
    assert ranking.layout.margin.r == 340  # the outside labels keep their room
    overdue = built["overdue"](2.0)
    assert overdue.data[0].textfont.size == 35  # bar labels: 0.8 of the text, scaled
    assert built["empty"](2.0).layout.annotations[0].font.size == 52
    # A normal page is unchanged by it.
    assert ratio_ranking(units, name_column="name", title="t", scale=2.0).layout.font.size == 14
    frame = pd.DataFrame(
        {
            "unit_label": ["甲"],
            "total": [3],
            "done": [0],
            "completion_ratio": [0.0],
            "prev_completion_ratio": [0.0],
            "ratio_change": [0.0],
        }
    )
    assert unit_completion(frame, large=True, scale=2.0).data[1].marker.size == 44


def test_meeting_screen_scale_and_map_area_follow_the_viewport():
    from charts.map import fit_view
    from ui.meeting import map_area, scale_for

    assert scale_for(1920, 1080) == 1.0 and scale_for(3840, 2160) == 2.0
    assert scale_for(1366, 768) == 0.7 and scale_for(1536, 864) == 0.8
    assert scale_for(3840, 1080) == 1.0  # the tighter side decides, as min(vw, vh) does
    assert scale_for(800, 600) == 0.7 and scale_for(7680, 4320) == 2.5  # floor and ceiling
    width, height = map_area(3840, 2160)
    assert abs(2 * map_area(1920, 1080)[0] - width) <= 1 and height > 2 * map_area(1920, 1080)[1] - 40
    # Twice the pixels each way: the same extent about one zoom level closer.
    hunan = [(108.8, 24.6), (114.3, 30.1)]
    room = fit_view(hunan, width=map_area(1920, 1080)[0], height=map_area(1920, 1080)[1])
    wall = fit_view(hunan, width=width, height=height)
    assert 0.9 <= wall.zoom - room.zoom <= 1.3  # (the fixed padding is a smaller share of a wall)
