"""问题详情: one finding's whole record — deadlines, units, measures, reports, closure."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from charts import finding as charts
from core.vocabulary import (
    CATEGORY_LABELS,
    DEADLINE_KIND_LABELS,
    OPEN_STATUSES,
    PERSON_ROLE_LABELS,
    SITE_TYPE_LABELS,
    SOURCE_TYPE_LABELS,
    STATUS_LABELS,
)
from data_access.access import EXPORT
from data_access.finding_detail import closure_readiness
from reports.fonts import cjk_font_available
from ui.evidence import evidence_section
from ui.format import CHART_CONFIG, MISSING, date_cn, month_cn, notice_line, plain, shown, signed_line, text
from ui.links import finding_url
from ui.loaders import closure_chain as chain_data
from ui.loaders import evidence as evidence_data
from ui.loaders import finding as data
from ui.page import page_context
from ui.same_problem import same_problem_section

page = page_context()
url, today, version, options, filters = page.url, page.today, page.version, page.options, page.filters

st.title("问题详情")

query = st.text_input(
    "查找问题", placeholder="输入问题序号或标题关键词，如“尾矿库”或“17”", key="finding_search"
)
if query.strip():
    hits = data.search_findings(url, version, query.strip(), filters, today)
    if hits.empty:
        st.info("在当前筛选范围内没有找到匹配的问题。")
    else:
        st.dataframe(
            hits.assign(
                状态=hits["status"].map(STATUS_LABELS),
                详情=[finding_url(i) for i in hits["finding_id"]],
            ).rename(
                columns={"batch_name": "督察批次", "number": "序号", "title": "问题", "region_name": "地区"}
            )[["督察批次", "序号", "问题", "地区", "状态", "详情"]],
            hide_index=True,
            width="stretch",
            column_config={"详情": st.column_config.LinkColumn("详情", display_text="查看")},
        )

raw_id = st.query_params.get("finding")
if not raw_id:
    st.info("请在上方查找问题，或从总览、逾期清单、地图中点击问题进入。")
    st.stop()
if not raw_id.isdigit():
    st.error(f"链接中的问题编号“{raw_id}”无效。")
    st.stop()
detail = data.finding_detail(url, version, int(raw_id), page.scope)
if detail is None:
    # The same answer for a finding outside the viewer's region: nothing of it is shown.
    st.error(f"没有编号为 {raw_id} 的问题（可能已被删除，或不在您的查看范围内）。")
    st.stop()

label = detail.label if "问题" in detail.label else f"问题{detail.label}"
st.header(plain(f"{detail.batch_name} · {label}：{detail.title}"))
facts = st.columns(4)
facts[0].metric("整改状态", STATUS_LABELS[detail.status])
# An open finding past its deadline says so beside the date, in the warning colour.
late_days = (
    (today - detail.next_due_date).days
    if detail.next_due_date and detail.status in OPEN_STATUSES and detail.next_due_date < today
    else 0
)
facts[1].metric(
    "下一整改时限",
    date_cn(detail.next_due_date),
    **({"delta": f"已逾期{late_days}天", "delta_color": "red", "delta_arrow": "off"} if late_days else {}),
)
facts[2].metric("地区", detail.region_name)
facts[3].metric("问题类别", CATEGORY_LABELS[detail.category])
source = SOURCE_TYPE_LABELS[detail.batch_source_type]
feedback = f"，反馈日期{date_cn(detail.batch_feedback_date)}" if detail.batch_feedback_date else ""
st.caption(
    f"来源：{source}（{detail.batch_name}{feedback}）"
    + (f"；方案标注：{detail.plan_marker}" if detail.plan_marker else "")
)

st.subheader("问题描述")
st.markdown(plain(detail.problem))
if detail.target:
    st.subheader("整改目标")
    st.markdown(plain(detail.target))

st.subheader("整改时限")


def deadline_state(due, superseded, met) -> str:
    if pd.notna(superseded):
        return "已调整"
    if pd.notna(met):
        return "已完成"
    if pd.notna(due) and due < today and detail.status in OPEN_STATUSES:
        return f"已逾期{(today - due).days}天"
    return "有效"


deadlines = detail.deadlines.assign(
    类型=detail.deadlines["kind"].map(DEADLINE_KIND_LABELS),
    状态=[
        deadline_state(due, superseded, met)
        for due, superseded, met in zip(
            detail.deadlines["due_date"],
            detail.deadlines["superseded_on"],
            detail.deadlines["met_on"],
            strict=True,
        )
    ],
    日期=detail.deadlines["due_date"].map(date_cn),
    调整日期=detail.deadlines["superseded_on"].map(date_cn),
).rename(columns={"text": "时限", "scope": "适用部分"})
st.dataframe(
    shown(deadlines[["类型", "时限", "日期", "适用部分", "状态", "调整日期"]]).style.map(
        lambda v: "color: #d62728; font-weight: bold" if str(v).startswith("已逾期") else "", subset=["状态"]
    ),
    hide_index=True,
    width="stretch",
)
if detail.deadline_text:
    st.caption(f"原文：{plain(detail.deadline_text)}")

st.subheader("责任单位与人员")
units, people = st.columns(2)
units.markdown("**牵头单位**：" + ("、".join(detail.lead_units) or MISSING))
units.markdown("**配合单位**：" + ("、".join(detail.cooperating_units) or MISSING))
for role, label in PERSON_ROLE_LABELS.items():
    rows = detail.people[detail.people["role"] == role]
    if not rows.empty:
        names = [
            f"{n}（{text(t)}）" if text(t) else n for n, t in zip(rows["name"], rows["title"], strict=True)
        ]
        people.markdown(f"**{label}**：" + "、".join(names))

st.subheader(f"整改措施（{len(detail.measures)}项）")
if detail.measures.empty:
    st.caption("该问题未列出分项措施。")
else:
    measures = detail.measures.assign(状态=detail.measures["status"].map(STATUS_LABELS)).rename(
        columns={
            "number": "序号",
            "group": "分组",
            "text": "措施",
            "units": "责任单位",
            "progress_pct": "进度",
        }
    )
    # Most plans have no groups: the column is left out rather than shown empty.
    columns = [
        c
        for c in ["分组", "序号", "措施", "责任单位", "状态"]
        if c != "分组" or measures[c].map(text).notna().any()
    ]
    table = shown(measures[columns]).assign(进度=measures["进度"])
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            # Green: progress is good news (the default colour is the theme's red).
            "进度": st.column_config.ProgressColumn(
                "进度", min_value=0, max_value=100, format="%d%%", color="green"
            )
        },
    )

st.subheader("月调度进展")
st.plotly_chart(
    charts.status_timeline(detail.status_history, detail.reports),
    width="stretch",
    theme=None,
    config=CHART_CONFIG,
)
if detail.reports.empty:
    st.caption("暂无月调度记录。")
else:
    for report in detail.reports.head(6).itertuples(index=False):
        with st.container(border=True):
            st.markdown(
                f"**{month_cn(report.period)}** · {STATUS_LABELS[report.status]} · "
                f"报送于{date_cn(report.reported_on)}"
                + (f" · {text(report.reporting_unit)}" if text(report.reporting_unit) else "")
            )
            st.markdown(plain(report.narrative) if text(report.narrative) else "（未填写进展）")
            # Empty fields are left out: pandas holds them as NaN, which must not read “nan”.
            if text(report.problems):
                st.caption(f"存在问题：{plain(report.problems)}")
            if text(report.next_steps):
                st.caption(f"下一步：{plain(report.next_steps)}")
    if len(detail.reports) > 6:
        with st.expander(f"更早的{len(detail.reports) - 6}条月调度"):
            older = detail.reports.iloc[6:]
            st.dataframe(
                shown(
                    older.assign(
                        状态=older["status"].map(STATUS_LABELS),
                        月份=older["period"].map(month_cn),
                        报送日期=older["reported_on"].map(date_cn),
                    ).rename(columns={"narrative": "进展"})[["月份", "状态", "进展", "报送日期"]]
                ),
                hide_index=True,
                width="stretch",
            )

evidence_section(page, detail.id)

st.subheader("整改销号")
if not detail.closures:
    st.caption("尚未提交整改验收销号申请。")
else:
    record = detail.closures[-1]
    st.markdown("**销号条件核对**")
    for check in closure_readiness(detail, today=today):
        st.markdown(f"{'✅' if check.ok else '❌'} **{check.label}**：{check.detail}")
    with st.expander("整改验收销号登记表", expanded=True):
        fields = [
            ("整改实施主体", record["implementing_body"]),
            ("申请时间", date_cn(record["applied_on"]) if record["applied_on"] else None),
            ("披露/指出问题", record["problem"]),
            ("整改目标", record["target"]),
            ("整改时限", record["deadline_text"]),
            ("整改完成情况", record["completion_narrative"]),
            ("县市区政府主要负责人意见", record["county_head_opinion"]),
            ("　签字 / 日期", signed_line(record, "county_head")),
            ("验收销号意见", record["acceptance_opinion"]),
            ("　签字 / 日期", signed_line(record, "acceptance")),
            ("公示情况", notice_line(record)),
            ("市直牵头整改验收单位意见", record["city_lead_opinion"]),
            ("　签字 / 日期", signed_line(record, "city_lead")),
            ("市整改工作领导小组办公室审查备案意见", record["filing_opinion"]),
            ("　签字 / 日期", signed_line(record, "filing")),
        ]
        for label, value in fields:
            st.markdown(f"**{label}：** {plain(value) if value else '（空）'}")
    if record.get("report_body") or record.get("report_result"):
        with st.expander(record.get("report_title") or "整改完成情况报告"):
            if record.get("report_addressee"):
                st.markdown(f"{plain(record['report_addressee'])}：")
            st.text(record.get("report_body") or "")
            if record.get("report_result"):
                st.markdown(f"**整改结果：** {plain(record['report_result'])}")
            if record["facts"]:
                st.dataframe(
                    shown(pd.DataFrame(record["facts"])).rename(
                        columns={"label": "名称", "value": "数值", "unit": "单位"}
                    ),
                    hide_index=True,
                )

st.subheader("销号审核记录")
applications = chain_data.finding_applications(url, version, detail.id, page.scope)
if not applications:
    st.caption("尚未通过“销号审核”提交销号申请。")
for number, application in enumerate(applications):
    state = application["state_label"]
    waiting = application["current_step_label"]
    title = f"销号申请（{date_cn(application['submitted_on'])}提交）：{state}" + (
        f"，待{waiting}" if application["state"] in ("under_review", "in_public_notice") else ""
    )
    with st.expander(title, expanded=number == 0):
        if application["state"] == "returned":
            st.warning(
                f"已于{date_cn(application['returned_on'])}退回，原因：{application['returned_reason']}"
            )
        steps = pd.DataFrame(application["reviews"])
        st.dataframe(
            shown(
                steps.assign(
                    日期=steps["decided_on"].map(date_cn),
                    佐证材料=[len(seen) for seen in steps["seen_evidence"]],
                ).rename(
                    columns={
                        "step_label": "环节",
                        "decision_label": "结论",
                        "opinion": "意见",
                        "decided_by": "办理人",
                    }
                )[["日期", "环节", "结论", "意见", "办理人", "佐证材料"]]
            ),
            hide_index=True,
            width="stretch",
        )
if applications and page.viewer.can(EXPORT):
    stem = f"整改验收销号登记表-{detail.id}"
    word_col, pdf_col = st.columns(2)
    word_col.download_button(
        "下载销号登记表（Word）",
        data=partial(chain_data.closure_form_docx, url, page.viewer, detail.id),
        file_name=f"{stem}.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        on_click="ignore",
        key="closure_form_docx",
        icon=":material/download:",
    )
    pdf_col.download_button(
        "下载销号登记表（PDF）",
        data=partial(chain_data.closure_form_pdf, url, page.viewer, detail.id),
        file_name=f"{stem}.pdf",
        mime="application/pdf",
        on_click="ignore",
        key="closure_form_pdf",
        icon=":material/download:",
        disabled=not cjk_font_available(),
    )

st.subheader("状态变更记录")
history = detail.status_history.assign(
    日期=detail.status_history["changed_on"].map(date_cn),
    原状态=detail.status_history["from_status"].map(lambda s: STATUS_LABELS.get(s, MISSING)),
    新状态=detail.status_history["to_status"].map(STATUS_LABELS),
).rename(columns={"reason": "原因", "actor": "操作人"})
st.dataframe(shown(history[["日期", "原状态", "新状态", "原因", "操作人"]]), hide_index=True, width="stretch")
if (detail.status_history["to_status"] == "reopened").any():
    st.warning("该问题曾在“回头看”中发现反弹，已重新交办。")

sites_col, indicators_col = st.columns(2)
with sites_col:
    st.subheader(f"关联点位（{len(detail.sites)}个）")
    photos = evidence_data.finding_evidence(url, version, detail.id, page.scope)
    deck = charts.sites_deck(detail.sites, photos[photos["kind"] == "photo"])
    if deck is None:
        st.caption("没有关联点位。")
    else:
        st.pydeck_chart(deck, height=300)
        located = int(photos["lat"].notna().sum())
        if located:
            st.caption(f"紫色点：{located}张照片的拍摄位置（读自照片）。")
    if not detail.sites.empty:
        st.dataframe(
            shown(
                detail.sites.assign(类型=detail.sites["site_type"].map(SITE_TYPE_LABELS)).rename(
                    columns={"name": "名称", "status": "状态"}
                )[["名称", "类型", "状态"]]
            ),
            hide_index=True,
            width="stretch",
            height=200,
        )
with indicators_col:
    st.subheader("关联指标")
    if detail.indicators.empty:
        st.caption("没有关联指标。")
    else:
        st.dataframe(
            shown(detail.indicators.rename(columns={"name": "指标", "unit": "单位"})[["指标", "单位"]]),
            hide_index=True,
            width="stretch",
        )

same_problem_section(page, detail.id)

st.subheader("修改记录")
trail = data.finding_audit_trail(url, version, detail.id, page.scope)
if trail.empty:
    st.caption("尚无通过看板录入或修改的记录（方案原始内容除外）。")
else:
    st.dataframe(
        shown(
            trail.assign(changed_at=[f"{date_cn(t)} {t:%H:%M}" for t in pd.to_datetime(trail["changed_at"])])
        ).rename(
            columns={
                "changed_at": "时间",
                "actor": "操作人",
                "action_label": "操作",
                "entity_label": "对象",
                "changes": "修改内容",
            }
        )[["时间", "操作人", "操作", "对象", "修改内容"]],
        hide_index=True,
        width="stretch",
    )

if detail.notes:
    with st.expander("转录说明"):
        st.markdown(plain(detail.notes))
