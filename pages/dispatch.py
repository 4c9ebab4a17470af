"""月度调度: a month compared with the month before, the editable summary and the bulletin."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from charts import dispatch as charts
from core.vocabulary import STATUS_LABELS
from data_access.access import EXPORT
from data_access.dispatch import month_start, previous_month_start, scope_filters
from data_access.metrics import report_period_due
from reports.bulletin import (
    bulletin_tables,
    default_cc,
    default_office,
    default_recipients,
    default_title,
    doc_number,
    make_bulletin,
    table_frame,
)
from reports.formats import FORMATS
from reports.narrative import dispatch_narrative
from ui.format import CHART_CONFIG, count, date_cn, month_cn, pct, sign_off_line
from ui.links import finding_url
from ui.loaders import dispatch as data
from ui.meeting import chart_container, exit_button, fill_row, is_meeting_mode, screen_scale, stretched
from ui.page import page_context
from ui.style import KPI_ROW_KEY, chart_row, kpi

MONTHS_SHOWN = 36
MEETING_UNITS = 10

page = page_context()
url, today, version = page.url, page.today, page.region_version
filters = scope_filters(page.filters)

meeting = is_meeting_mode()
st.title("月度调度")
if meeting:
    exit_button()

# Newest month first; the default is the latest month whose reporting deadline (the 28th) has passed.
months = [month_start(today)]
while len(months) < MONTHS_SHOWN:
    months.append(previous_month_start(months[-1]))
month_keys = [m.strftime("%Y-%m") for m in months]
default_key = report_period_due(today).strftime("%Y-%m")
left, right = st.columns([1, 5] if meeting else [1, 3], vertical_alignment="bottom" if meeting else "top")
chosen = left.selectbox(
    "调度月份",
    options=month_keys,
    index=month_keys.index(default_key),
    format_func=lambda key: month_cn(date.fromisoformat(f"{key}-01")),
    key="month",
    bind="query-params",
    label_visibility="collapsed" if meeting else "visible",
)
month = date.fromisoformat(f"{chosen}-01")
dispatch = data.monthly_dispatch(url, version, filters, month, today)
scope = data.dispatch_scope(url, version, filters)
cur, prev = dispatch.current, dispatch.previous
if meeting:  # one line in the room
    right.caption(f"{scope}。与{month_cn(dispatch.previous_month)}对比，均按各月末当时掌握的情况统计。")
else:
    right.caption(
        f"{scope}。{month_cn(month)}（截至{date_cn(cur.as_of)}）与{month_cn(dispatch.previous_month)}"
        f"（截至{date_cn(prev.as_of)}）对比，两个月份均按当时已掌握的情况统计"
        "（状态、时限、月调度以当时记录为准）；侧栏的整改状态、整改时限和统计截至日期不适用于本页。"
    )


def change(difference: float | None, text: str, *, inverse: bool = False) -> dict:
    """Delta arguments of st.metric: '持平' in grey when nothing changed."""
    if difference is None:
        return {}
    if round(difference, 6) == 0:
        return {"delta": "持平", "delta_color": "off", "delta_arrow": "off"}
    return {"delta": text, "delta_color": "inverse" if inverse else "normal"}


def count_change(new: int, old: int, *, inverse: bool = False) -> dict:
    return change(new - old, f"{new - old:+d}", inverse=inverse)


ratio_change = (
    None
    if cur.completion_ratio is None or prev.completion_ratio is None
    else cur.completion_ratio - prev.completion_ratio
)
tiles = st.container(key=KPI_ROW_KEY).columns(6)
kpi(tiles[0], "问题总数", count(cur.total), **count_change(cur.total, prev.total))
kpi(tiles[1], "已完成", count(cur.done), help="已完成待销号 + 已销号", **count_change(cur.done, prev.done))
kpi(tiles[2], "已销号", count(cur.closed), **count_change(cur.closed, prev.closed))
kpi(
    tiles[3],
    "完成率",
    pct(cur.completion_ratio),
    help="较上月末",
    **change(ratio_change, f"{(ratio_change or 0) * 100:+.1f}个百分点"),
)
# Problems in the warning colour when there are any.
kpi(
    tiles[4],
    "已逾期",
    count(cur.overdue),
    warn="overdue" if cur.overdue else None,
    **count_change(cur.overdue, prev.overdue, inverse=True),
)
kpi(
    tiles[5],
    "未按时报送单位",
    count(len(dispatch.late_units)),
    warn="late" if len(dispatch.late_units) else None,
    help=f"持续推进类问题的{month.month}月月调度在{date_cn(dispatch.report_due)}后报送或截至月底未报送的牵头单位",
)
if not meeting:
    st.caption(sign_off_line(dispatch.sign_off))

changes = pd.DataFrame(
    [
        ("新完成", dispatch.newly_completed, "good"),
        ("新销号", dispatch.newly_closed, "good"),
        ("新增逾期", dispatch.newly_overdue, "bad"),
        ("调整时限", dispatch.deadlines_moved, "neutral"),
        ("状态倒退", dispatch.gone_backwards, "bad"),
        ("反弹重办", dispatch.reopened, "bad"),
    ],
    columns=["label", "frame", "tone"],
)
changes["count"] = [int(f["finding_id"].nunique()) if not f.empty else 0 for f in changes["frame"]]
left, right = fill_row().columns([2, 3]) if meeting else chart_row("units", [2, 3])
# On the projector only the ten lowest completion ratios fit without scrolling.
shown_units = (
    dispatch.units.sort_values(["completion_ratio", "total"], ascending=[True, False]).head(MEETING_UNITS)
    if meeting
    else dispatch.units
)
unit_chart = charts.unit_completion(
    shown_units,
    title=f"完成率最低的{len(shown_units)}个牵头单位" if meeting else "各牵头单位整改完成率（由低到高）",
    large=meeting,
    scale=screen_scale() if meeting else 1.0,
)
(chart_container(right, "units") if meeting else right).plotly_chart(
    stretched(unit_chart) if meeting else unit_chart,
    width="stretch",
    height="stretch" if meeting else "content",
    key="chart_units",
    theme=None,
    config=CHART_CONFIG,
)
changes_chart = charts.month_changes(
    changes[["label", "count", "tone"]],
    title=f"{month_cn(month)}变化（问题数）",
    large=meeting,
    scale=screen_scale() if meeting else 1.0,
)
(chart_container(left, "changes") if meeting else left).plotly_chart(
    stretched(changes_chart) if meeting else changes_chart,
    width="stretch",
    height="stretch" if meeting else "content",
    key="chart_changes",
    theme=None,
    config=CHART_CONFIG,
)
if meeting:  # the projected screen stops here
    st.stop()

# --- the summary and the bulletin (beside the unit chart) ----------------------------------
with left:
    st.subheader("调度摘要")
    # One text per month, scope and data version: new data give a new generated text.
    narrative_key = "narrative-" + hashlib.sha1(repr((chosen, filters, version)).encode()).hexdigest()[:12]
    if st.button("恢复自动生成的摘要", key="reset_narrative"):
        st.session_state.pop(narrative_key, None)
    narrative = st.text_area(
        "摘要（根据本月数据自动生成，可修改；导出的通报使用此处文字）",
        value=dispatch_narrative(dispatch),
        height=420,
        key=narrative_key,
    )
    # The office that issues the bulletin: the viewer's region's, else the filtered region's,
    # else the one region at the top of the database (a city's or a province's deployment).
    regions = page.options.regions
    names = dict(zip(regions["code"], regions["name"], strict=True))
    roots = regions[regions["parent_code"].isna() | ~regions["parent_code"].isin(regions["code"])]
    region_name = (
        page.viewer.region_name
        or names.get(filters.region_code or "")
        or (str(roots.iloc[0]["name"]) if len(roots) == 1 else None)
    )
    with st.expander("通报设置（发文机关、发文字号、主送、抄送）"):
        # Prefilled from the configuration (DASHBOARD_ISSUER …); keyed by region and month so
        # that another region or month gets its own defaults.
        office = st.text_input(
            "发文机关", value=default_office(region_name), key=f"bulletin_office_{region_name}"
        )
        issued_on = st.date_input("成文日期", value=today, key="bulletin_date", format="YYYY-MM-DD")
        number = st.text_input(
            "发文字号",
            value=doc_number(month, issued_on),
            key=f"bulletin_number_{chosen}_{issued_on.year}",
            help="默认按 DASHBOARD_DOC_NUMBER_PATTERN 生成，{number} 为期号（月份）",
        )
        title = st.text_input("通报名称", value=default_title(), key="bulletin_title")
        recipients = st.text_input("主送机关", value=default_recipients(), key="bulletin_recipients")
        cc = st.text_input("抄送机关（留空则不印抄送）", value=default_cc(), key="bulletin_cc")
    bulletin = make_bulletin(
        dispatch,
        issued_on=issued_on,
        scope=scope,
        narrative=narrative,
        office=office,
        title=title,
        number=number,
        recipients=recipients,
        cc=cc,
        region_name=region_name,
    )
    st.markdown(
        f"**{bulletin.full_title}**  \n{bulletin.doc_number}　{bulletin.office}　{date_cn(issued_on)}"
    )
    unavailable = {fmt.name: fmt.unavailable() for fmt in FORMATS.values()}
    if page.viewer.can(EXPORT):
        for column, fmt in zip(st.columns(len(FORMATS)), FORMATS.values(), strict=True):
            column.download_button(
                f"下载{fmt.label}",
                data=partial(fmt.write, bulletin),  # built only when clicked
                file_name=fmt.file_name(bulletin),
                mime=fmt.mime,
                on_click="ignore",
                key=f"download_{fmt.name}",
                disabled=unavailable[fmt.name] is not None,
                icon=":material/download:",
                width="stretch",
            )
    else:
        st.caption(f"您的角色（{page.viewer.role_label}）可查看通报内容，下载由整改办或分析人员进行。")
    for reason in dict.fromkeys(r for r in unavailable.values() if r):  # each cause once, in order
        st.warning(reason)

# --- the details --------------------------------------------------------------------------
tables = {table.sheet: table for table in bulletin_tables(dispatch)}
LINK = {"详情": st.column_config.LinkColumn("详情", display_text="查看")}


def finding_table(frame: pd.DataFrame, extra: dict[str, str]) -> pd.DataFrame:
    """Finding rows with their names, the extra columns renamed, and a link to the drill-down."""
    table = pd.DataFrame(
        {
            "问题": frame["title"],
            "来源": [f"{b}（{label}）" for b, label in zip(frame["batch_name"], frame["label"], strict=True)],
            "地区": frame["region_name"],
            "牵头单位": frame["lead_units"],
        }
    )
    for column, label in extra.items():
        table[label] = frame[column].tolist()
    table["详情"] = [finding_url(i) for i in frame["finding_id"]]
    return table


def show(frame: pd.DataFrame, empty: str) -> None:
    if frame.empty:
        st.caption(empty)
    else:
        st.dataframe(frame, hide_index=True, width="stretch", column_config=LINK)


tab_changes, tab_reports, tab_units, tab_indicators, tab_overdue = st.tabs(
    ["本月变化", "月调度报送", "单位排名", "指标进展", f"逾期问题清单（{len(dispatch.overdue_list)}）"]
)
with tab_changes:
    for label, frame, _tone in changes[["label", "frame", "tone"]].itertuples(index=False):
        st.markdown(f"**{label}（{frame['finding_id'].nunique() if not frame.empty else 0}个）**")
        if label == "新增逾期":
            extra = {"due_date": "整改时限", "days_overdue": "至月末逾期天数"}
            frame = frame.assign(due_date=frame["due_date"].map(date_cn))
        elif label == "调整时限":
            extra = {"old_due": "原时限", "new_due": "调整后时限", "moved_on": "调整日期"}
            frame = frame.assign(**{c: frame[c].map(date_cn) for c in ("old_due", "new_due", "moved_on")})
        elif label in ("状态倒退", "反弹重办"):
            extra = {"changed_on": "日期", "from_status": "原状态", "to_status": "新状态", "reason": "原因"}
            frame = frame.assign(
                changed_on=frame["changed_on"].map(date_cn),
                from_status=frame["from_status"].map(lambda s: STATUS_LABELS.get(s, "—")),
                to_status=frame["to_status"].map(STATUS_LABELS),
            )
        else:
            extra = {}
        show(finding_table(frame, extra), "无")
with tab_reports:
    st.markdown(f"**{tables['月调度报送'].title}**")
    units_table = table_frame(tables["月调度报送"])
    if units_table.empty:
        st.caption(tables["月调度报送"].empty_text)
    else:
        st.dataframe(units_table, hide_index=True, width="stretch")
        late = dispatch.late_reports
        detail = finding_table(late, {"unit_label": "应报送单位", "days_late": "逾期天数"})
        detail.insert(
            4,
            "报送日期",
            [f"截至{date_cn(cur.as_of)}未报送" if d is None else date_cn(d) for d in late["reported_on"]],
        )
        st.markdown("**未按时报送的问题**")
        show(detail, "无")
with tab_units:
    for key in ("完成率排名", "逾期排名"):
        st.markdown(f"**{tables[key].title}**")
        frame = table_frame(tables[key])
        if frame.empty:
            st.caption(tables[key].empty_text)
        else:
            st.dataframe(frame, hide_index=True, width="stretch")
with tab_overdue:
    overdue = dispatch.overdue_list.assign(
        due_date=dispatch.overdue_list["due_date"].map(date_cn),
        status=dispatch.overdue_list["status"].map(STATUS_LABELS),
    )
    show(
        finding_table(overdue, {"due_date": "整改时限", "days_overdue": "逾期天数", "status": "状态"}),
        f"截至{date_cn(cur.as_of)}没有逾期问题。",
    )
with tab_indicators:
    st.markdown(f"**{tables['指标进展'].title}**")
    frame = table_frame(tables["指标进展"])
    if frame.empty:
        st.caption(tables["指标进展"].empty_text)
    else:
        st.dataframe(frame, hide_index=True, width="stretch")
