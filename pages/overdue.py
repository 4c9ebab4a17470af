"""逾期督办: lead units ranked worst first, and the overdue list with Excel export."""

from __future__ import annotations

import streamlit as st

from charts import overdue as charts
from data_access.access import EXPORT
from data_access.overdue import OVERDUE_EXPORT_LIMIT
from exports.excel import table_workbook
from ui.drill import narrow_filter
from ui.filters import describe_filters
from ui.format import CHART_CONFIG, count, date_cn, pct
from ui.links import finding_url
from ui.loaders import overdue as data
from ui.meeting import chart_container, exit_button, fill_row, is_meeting_mode, screen_scale
from ui.page import page_context

SIGNAL_LABELS = {"red": "红", "amber": "黄", "green": "绿"}
# Cell colours rather than emoji: intranet machines often lack an emoji font.
SIGNAL_STYLES = {
    "红": "background-color: #d62728; color: white; font-weight: bold",
    "黄": "background-color: #f2b134; color: black; font-weight: bold",
    "绿": "background-color: #1b7837; color: white; font-weight: bold",
}


def signal_style(value: str) -> str:
    return SIGNAL_STYLES.get(value, "")


page = page_context()
url, today, version, options, filters = page.url, page.today, page.region_version, page.options, page.filters
as_of = filters.as_of or today
description = describe_filters(page.filter_state, options, today)
meeting = is_meeting_mode()

st.title("逾期督办")
if meeting:
    exit_button()
st.caption(description)

include_cooperating = st.toggle(
    "牵头单位统计含配合单位",
    key="overdue_include_cooperating",
    help="打开后，单位作为配合单位的问题也计入该单位。",
)
# The worst units only: a national view has 35,000 (the export has them all).
board, units = data.unit_ranking(url, version, filters, today, include_cooperating)
scope = "含作为配合单位的问题" if include_cooperating else "仅统计作为牵头单位的问题"
st.subheader(f"各牵头单位整改情况（{scope}）")
st.caption("红：有逾期问题；黄：30天内到期或未按时报送；绿：其余。按红黄绿、逾期数、完成率排序。")


def scoreboard_table(frame):
    """The ranking as shown and exported, with Chinese headers."""
    return frame.assign(
        信号=frame["signal"].map(SIGNAL_LABELS),
        完成率=frame["completion_ratio"].map(pct),
    ).rename(
        columns={
            "unit_name": "牵头单位",
            "region_name": "地区",
            "total": "问题数",
            "done": "已完成",
            "overdue": "已逾期",
            "due_soon": "30天内到期",
            "late_report": "未按时报送",
        }
    )[["信号", "牵头单位", "地区", "问题数", "已完成", "完成率", "已逾期", "30天内到期", "未按时报送"]]


if units > len(board):
    st.caption(f"共{count(units)}个牵头单位，此处显示最需关注的{count(len(board))}个；完整名单请导出。")
table = scoreboard_table(board)
styled = table.style.map(signal_style, subset=["信号"])
if meeting:
    # The room's screen: the worst units' overdue, soon-due and late findings beside the
    # scoreboard (scrolling inside the table only), both as high as the screen leaves.
    left, right = fill_row().columns([1, 1])
    chart_container(left, "overdue_units").plotly_chart(
        data.meeting_overdue_units_chart(url, version, filters, today, screen_scale()),
        width="stretch",
        height="stretch",
        key="chart_overdue_units",
        theme=None,
        config=CHART_CONFIG,
    )
    right.dataframe(
        styled.set_properties(**{"font-size": "1.2rem"}),
        hide_index=True,
        width="stretch",
        row_height=44,
        height="stretch",
    )
    st.stop()

st.dataframe(styled, hide_index=True, width="stretch")
# Workbooks are built only when a button is clicked: the full ranking of a national view is
# 35,000 rows (3 s of openpyxl), too much for every rerun of the page.
may_export = page.viewer.can(EXPORT)
if may_export:
    st.download_button(
        "导出牵头单位排名（Excel）",
        data=lambda: table_workbook(
            title="牵头单位整改情况",
            notes=[description, scope],
            frame=scoreboard_table(
                data.scoreboard_export(url, version, filters, today, include_cooperating, page.viewer)
            ),
            sheet_name="牵头单位",
        ),
        on_click="ignore",
        file_name=f"牵头单位整改情况_{as_of.isoformat()}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="download_scoreboard",
    )
st.plotly_chart(
    data.overdue_units_chart(url, version, filters, today, include_cooperating),
    width="stretch",
    key="chart_overdue_units",
    theme=None,
    config=CHART_CONFIG,
    on_select=narrow_filter("chart_overdue_units", "unit", multiple=True),
    selection_mode="points",
)
st.caption("点击某单位的条形可只看该单位的逾期问题；点击清单中的行查看问题详情。")

st.subheader("逾期问题清单")
LIST_COLUMNS = {
    "batch_name": "督察批次",
    "number": "序号",
    "title": "问题",
    "region_name": "地区",
    "lead_units": "牵头单位",
    "leaders": "督办领导",
    "due_date": "整改时限",
    "days_overdue": "逾期天数",
    "last_report_on": "最近报送",
    "status": "状态",
}


def overdue_table(frame):
    """The overdue list as shown and exported, with Chinese headers."""
    return frame.assign(status=frame["status"].map(charts.STATUS_LABELS)).rename(columns=LIST_COLUMNS)[
        list(LIST_COLUMNS.values())
    ]


overdue = data.overdue_findings(url, version, filters, today)
total_overdue = data.count_overdue(url, version, filters, today)
cut = total_overdue > len(overdue)
exported = min(total_overdue, OVERDUE_EXPORT_LIMIT)
if cut:
    more = (
        f"导出的Excel含全部{count(total_overdue)}个"
        if exported == total_overdue
        else f"导出的Excel含逾期最久的{count(exported)}个，请缩小筛选范围"
    )
    st.caption(f"共{count(total_overdue)}个逾期问题，此处显示逾期最久的{count(len(overdue))}个；{more}。")
else:
    st.caption(f"共{count(total_overdue)}个逾期问题（截至{date_cn(as_of)}）。点击行查看问题详情。")

shown = overdue_table(overdue).assign(详情=[finding_url(i) for i in overdue["finding_id"]])
selection = st.dataframe(
    shown,
    hide_index=True,
    width="stretch",
    key="overdue_table",
    on_select="rerun",
    selection_mode="single-row",
    column_config={
        "详情": st.column_config.LinkColumn("详情", display_text="查看"),
        "整改时限": st.column_config.DateColumn("整改时限", format="YYYY-MM-DD"),
        "最近报送": st.column_config.DateColumn("最近报送", format="YYYY-MM-DD"),
    },
)
rows = selection.selection.rows if selection else []
if rows:
    chosen = int(overdue.iloc[rows[0]]["finding_id"])
    st.switch_page("pages/finding.py", query_params={"finding": str(chosen)})


def overdue_workbook() -> bytes:
    """Built when clicked: the full list is read only then (44,000 rows at national scale)."""
    frame = data.overdue_export(url, filters, today, page.viewer) if cut else overdue
    return table_workbook(
        title="逾期问题清单",
        notes=[description, f"逾期问题共{total_overdue}个，导出{len(frame)}个（逾期最久的在前）"],
        frame=overdue_table(frame),
        sheet_name="逾期问题清单",
    )


if may_export:
    st.download_button(
        f"导出Excel（全部{count(exported)}个逾期问题）" if cut else "导出Excel（与当前列表一致）",
        data=overdue_workbook,
        on_click="ignore",
        file_name=f"逾期问题清单_{as_of.isoformat()}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        disabled=shown.empty,
    )
