"""总览: the leadership overview — KPI tiles and completion breakdowns."""

from __future__ import annotations

import streamlit as st

from data_access.indicators import ATTENTION
from ui.drill import narrow_filter
from ui.filters import describe_filters
from ui.format import CHART_CONFIG, count, date_cn, pct, sign_off_line
from ui.loaders import indicators as indicator_data
from ui.loaders import overdue as overdue_data
from ui.loaders import overview as data
from ui.meeting import chart_container, exit_button, fill_row, is_meeting_mode, screen_scale
from ui.page import page_context
from ui.style import KPI_ROW_KEY, chart_row, kpi

page = page_context()
url, today, version, options, filters = page.url, page.today, page.region_version, page.options, page.filters
as_of = filters.as_of or today

meeting = is_meeting_mode()

st.title("督察整改总览")
if meeting:
    exit_button()
st.caption(describe_filters(page.filter_state, options, today))
if not meeting:
    st.caption("点击图中的地区、批次或状态可按其筛选；在“逾期督办”和“问题详情”中可查看具体问题。")

figures = data.kpis(url, version, filters, today)
tiles = st.container(key=KPI_ROW_KEY).columns(9)
kpi(tiles[0], "问题总数", count(figures["total"]))
kpi(tiles[1], "已完成", count(figures["done"]), help="已完成待销号 + 已销号")
kpi(tiles[2], "已销号", count(figures["closed"]))
kpi(tiles[3], "完成率", pct(figures["completion_ratio"]), help="（已完成 + 已销号）÷ 问题总数")
kpi(tiles[4], "销号率", pct(figures["closure_ratio"]), help="已销号 ÷ 问题总数")
# Problems in the warning colour when there are any.
kpi(
    tiles[5],
    "已逾期",
    count(figures["overdue"]),
    warn="overdue" if figures["overdue"] else None,
    help=f"未完成且限期时限早于{date_cn(as_of)}的问题",
)
kpi(tiles[6], "30天内到期", count(figures["due_soon"]), help="未完成且限期时限在今后30天内的问题")
kpi(
    tiles[7],
    "未按时报送",
    count(figures["late_report"]),
    warn="late" if figures["late_report"] else None,
    help="持续推进类问题缺少最近一期月调度（每月28日前报送）",
)
# Indicator targets the office has to act on: missed in their year, slipped back, or behind.
targets = indicator_data.indicator_targets(url, version, filters, today)
attention = int(targets["status"].isin(ATTENTION).sum()) if not targets.empty else 0
kpi(
    tiles[8],
    "指标预警",
    count(attention),
    warn="indicators" if attention else None,
    help="指标目标中判断为未达标、达标后回落或进度滞后的项数（地区、问题类别筛选适用）",
)
if not meeting:
    # Under the row, not in the ninth tile: a 1366 px column beside the sidebar cuts the link.
    st.page_link("pages/indicators.py", label="查看指标预警", icon=":material/arrow_forward:")
    sign_off = {k[9:]: v for k, v in figures.items() if k.startswith("sign_off_")}
    if sign_off:  # today's view only: the chain keeps no history by day
        st.caption(sign_off_line(sign_off))

if meeting:
    # The room's first screen: completion by region (the level below the filter) and the units
    # with the most overdue findings. It stops here: nothing to scroll to.
    left, right = fill_row().columns([1, 1], gap="large")
    scale = screen_scale()  # chart text follows the screen's size, as the tiles' does
    chart_container(left, "region").plotly_chart(
        data.region_ranking_chart(url, version, filters, today, scale),
        width="stretch",
        height="stretch",
        key="chart_region",
        on_select=narrow_filter("chart_region", "region", multiple=False),
        selection_mode="points",
        theme=None,
        config=CHART_CONFIG,
    )
    chart_container(right, "overdue").plotly_chart(
        overdue_data.most_overdue_units_chart(url, version, filters, today, scale),
        width="stretch",
        height="stretch",
        key="chart_most_overdue",
        theme=None,
        config=CHART_CONFIG,
    )
    st.stop()

left, right = chart_row("region", [3, 2])
left.plotly_chart(
    data.region_chart(url, version, filters, today, meeting),
    width="stretch",
    key="chart_region",
    on_select=narrow_filter("chart_region", "region", multiple=False),
    selection_mode="points",
    theme=None,
    config=CHART_CONFIG,
)
right.plotly_chart(
    data.status_chart(url, version, filters, today, meeting), width="stretch", theme=None, config=CHART_CONFIG
)

left, right = chart_row("batch", [3, 2])
left.plotly_chart(
    data.batch_chart(url, version, filters, today),
    width="stretch",
    key="chart_batch",
    on_select=narrow_filter("chart_batch", "batch", multiple=True),
    selection_mode="points",
    theme=None,
    config=CHART_CONFIG,
)
right.plotly_chart(
    data.deadlines_chart(url, version, filters, today), width="stretch", theme=None, config=CHART_CONFIG
)

with st.expander("数据表"):
    for table in data.data_tables(url, version, filters, today):
        st.dataframe(table, hide_index=True, width="stretch")
