"""月度报送: a lead unit's monthly reports, the closure sign-off form and reopening.

Every form remembers the version of the finding it was opened on (session state, per
finding). A save names that version; if someone else saved the finding in between, the save
is refused with a message and nothing is overwritten.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from core.vocabulary import OPEN_STATUSES, STATUS_LABELS
from data_access.access import EDIT, AccessDenied
from data_access.commands.reporting import (
    EARLIEST_REPORT_MONTH,
    MAX_REPORT_TEXT,
    MAX_REPORTER,
    ConcurrentEditError,
    MonthlyReport,
    ReportingError,
    closure_form_from,
)
from data_access.reporting import report_form_defaults
from ui.evidence import EVIDENCE_TYPES, attach_to_report, show_results
from ui.format import date_cn, month_cn
from ui.links import finding_url
from ui.loaders import closure_chain as chain_data
from ui.loaders import reporting as data
from ui.page import page_context

page = page_context()
url, today, version, filters = page.url, page.today, page.version, page.filters

st.title("月度报送")
page.require(EDIT)
viewer, scope = page.viewer, page.scope
st.caption(
    "牵头单位每月28日前报送所牵头问题的整改进展；完成整改后填写验收销号登记表；"
    "“回头看”发现问题反弹时重新交办。保存后即时计入总览和调度统计，每次修改都留有记录。"
)

flash = st.session_state.pop("report_flash", None)
if flash:
    st.success(flash)
show_results(st.session_state.pop("report_evidence_flash", None))

st.caption(f"填报人：{viewer.audit_name}（记入修改记录）")

units = data.report_units(url, version, filters.region_code, scope)
if units.empty:
    st.info("当前筛选范围内没有牵头单位。")
    st.stop()
unit_labels = {
    int(row.unit_id): f"{row.name}（{row.region_name}）— 在办 {row.open} 项"
    for row in units.itertuples(index=False)
}
if st.session_state.get("report_unit") not in unit_labels:
    st.session_state.pop("report_unit", None)  # the filters changed: the unit is not offered any more
linked = st.query_params.get("finding")
linked_finding = (
    data.report_finding(url, version, int(linked), scope) if linked and linked.isdigit() else None
)
if linked_finding and "report_unit" not in st.session_state:
    lead = next((u for u in linked_finding["lead_unit_ids"] if u in unit_labels), None)
    if lead is not None:
        st.session_state["report_unit"] = lead
unit_id = st.selectbox("牵头单位", options=list(unit_labels), format_func=unit_labels.get, key="report_unit")
findings = data.unit_findings(url, version, unit_id, today, scope)

this_month = today.replace(day=1)
table = pd.DataFrame(
    {
        "督察批次": findings["batch_name"],
        "序号": findings["number"],
        "问题": findings["title"],
        "整改状态": findings["status"].map(STATUS_LABELS),
        "最近报送": [month_cn(p) if p else "—" for p in findings["last_report_period"]],
        "详情": [finding_url(i) for i in findings["finding_id"]],
    }
)
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    column_config={"详情": st.column_config.LinkColumn("详情", display_text="查看")},
)


def base_version(finding_id: int, current: int) -> int:
    """The version this user's forms for the finding were opened on."""
    key = f"report_base_{finding_id}"
    if key not in st.session_state:
        st.session_state[key] = current
    return st.session_state[key]


def reload_finding(finding_id: int) -> None:
    """Forget the version and the typed values, so the forms show the latest saved content."""
    for key in list(st.session_state):
        if key.startswith(("report_base_", "rf_", "cf_", "ro_")) and key.endswith(f"_{finding_id}"):
            del st.session_state[key]


def saved(finding_id: int, result) -> None:
    st.session_state[f"report_base_{finding_id}"] = result.version
    st.session_state["report_flash"] = result.note
    st.rerun()


def refused(finding_id: int, error: Exception) -> None:
    st.error(str(error))
    if isinstance(error, ConcurrentEditError):
        st.button(
            "载入最新内容",
            key=f"reload_{finding_id}",
            on_click=reload_finding,
            args=(finding_id,),
            type="primary",
        )


def finding_choice(frame: pd.DataFrame, key: str, empty: str) -> int | None:
    if frame.empty:
        st.info(empty)
        return None
    labels = {
        int(row.finding_id): f"{row.batch_name} {row.label}：{row.title}（{STATUS_LABELS[row.status]}）"
        for row in frame.itertuples(index=False)
    }
    if st.session_state.get(key) not in labels:
        st.session_state.pop(key, None)  # another unit was chosen
    if linked_finding and linked_finding["finding_id"] in labels and key not in st.session_state:
        st.session_state[key] = linked_finding["finding_id"]
    return st.selectbox("问题", options=list(labels), format_func=labels.get, key=key)


report_tab, closure_tab, reopen_tab = st.tabs(["月度调度", "验收销号登记", "回头看重新交办"])

with report_tab:
    candidates = findings[findings["status"] != "closed"]
    finding_id = finding_choice(candidates, "report_finding", "该单位牵头的问题均已销号，无需报送。")
    if finding_id is not None:
        finding = data.report_finding(url, version, finding_id, scope)
        base = base_version(finding_id, finding["version"])
        months = [this_month]
        while len(months) < 12:
            months.append((months[-1] - timedelta(days=1)).replace(day=1))
        period = st.selectbox("调度月份", options=months, format_func=month_cn, key=f"rf_period_{finding_id}")
        existing = data.monthly_report(url, version, finding_id, period, scope)
        previous = data.previous_report(url, version, finding_id, period, scope)
        start = report_form_defaults(existing, previous)
        if existing:
            st.caption(f"{month_cn(period)}已于{date_cn(existing['reported_on'])}报送，保存将更正该期内容。")
        elif previous:
            st.caption(
                f"表单从上次报送（{month_cn(previous['period'])}，"
                f"进度{start['previous_progress'] or 0:g}%）开始；"
                "文字框中的灰色文字为上次内容，仅供参考。"
            )
        statuses = ["in_progress", "completed"]
        if finding["status"] == "not_started":
            statuses.insert(0, "not_started")
        current = start["status"]
        current = "in_progress" if current == "reopened" else current
        labels = {"not_started": "未启动", "in_progress": "推进中", "completed": "已完成（申请验收销号）"}
        with st.form(f"report_form_{finding_id}_{period}"):
            status = st.radio(
                "整改状态",
                statuses,
                index=statuses.index(current) if current in statuses else statuses.index("in_progress"),
                format_func=labels.get,
                horizontal=True,
                key=f"rf_status_{period:%Y%m}_{finding_id}",
            )
            progress = st.number_input(
                "进度（%）",
                min_value=0.0,
                max_value=100.0,
                step=5.0,
                value=start["progress_pct"],
                key=f"rf_progress_{period:%Y%m}_{finding_id}",
            )
            hints = start["hints"]
            narrative = st.text_area(
                "工作进展",
                value=start["narrative"],
                placeholder=f"上次：{hints['narrative']}" if hints["narrative"] else None,
                max_chars=MAX_REPORT_TEXT,
                key=f"rf_narrative_{period:%Y%m}_{finding_id}",
            )
            problems = st.text_area(
                "存在问题",
                value=start["problems"],
                placeholder=f"上次：{hints['problems']}" if hints["problems"] else None,
                max_chars=MAX_REPORT_TEXT,
                key=f"rf_problems_{period:%Y%m}_{finding_id}",
            )
            next_steps = st.text_area(
                "下步计划",
                value=start["next_steps"],
                placeholder=f"上次：{hints['next_steps']}" if hints["next_steps"] else None,
                max_chars=MAX_REPORT_TEXT,
                key=f"rf_next_{period:%Y%m}_{finding_id}",
            )
            before = start["previous_progress"]
            # A drop in progress is rare and often a typing slip: it must be confirmed.
            confirm_drop = (
                st.checkbox(
                    f"确认进度低于上次报送的{before:g}%（如实反映倒退情况）",
                    key=f"rf_drop_{period:%Y%m}_{finding_id}",
                )
                if before is not None
                else False
            )
            cols = st.columns(2)
            reporter = cols[0].text_input(
                "报送人",
                value=start["reporter"],
                max_chars=MAX_REPORTER,
                key=f"rf_reporter_{period:%Y%m}_{finding_id}",
            )
            reported_on = cols[1].date_input(
                "报送日期",
                # A stored day after today (a clock set wrong, an import) must not break the form.
                value=min((existing or {}).get("reported_on") or today, today),
                min_value=EARLIEST_REPORT_MONTH,
                max_value=today,
                format="YYYY-MM-DD",
                key=f"rf_reported_on_{period:%Y%m}_{finding_id}",
            )
            attachments = st.file_uploader(
                "佐证材料（可不传）：照片（JPEG、PNG、HEIC）、PDF、Word 或 Excel",
                type=EVIDENCE_TYPES,
                accept_multiple_files=True,
                key=f"rf_files_{period:%Y%m}_{finding_id}",
            )
            submit = st.form_submit_button("保存月度调度", type="primary")
        if submit and before is not None and progress < float(before) and not confirm_drop:
            st.warning(
                f"进度由上次的{before:g}%降为{progress:g}%。如确属倒退，请勾选“确认进度低于上次报送”后再保存；"
                "否则请更正进度。尚未保存。"
            )
        elif submit:
            try:
                result = data.save_monthly_report(
                    url,
                    finding_id=finding_id,
                    version=base,
                    report=MonthlyReport(
                        period=period,
                        status=status,
                        reported_on=reported_on,
                        progress_pct=progress,
                        narrative=narrative,
                        problems=problems,
                        next_steps=next_steps,
                        reporter=reporter,
                        reporting_unit_id=unit_id,
                    ),
                    user=viewer,
                    today=today,
                )
            except (ConcurrentEditError, ReportingError, AccessDenied) as error:
                refused(finding_id, error)
            else:
                st.session_state["report_evidence_flash"] = attach_to_report(
                    page, finding_id, period, attachments
                )
                saved(finding_id, result)


CLOSURE_TEXT = {
    "problem": "披露/指出问题",
    "target": "整改目标",
    "deadline_text": "整改时限",
    "completion_narrative": "整改完成情况",
}
SIGN_OFFS = (
    ("county_head", "县市区政府主要负责人意见"),
    ("acceptance", "验收销号意见"),
    ("city_lead", "市直牵头整改验收单位意见"),
    ("filing", "市突出环境问题整改工作领导小组办公室审查备案意见"),
)

with closure_tab:
    st.caption(
        "按《指出问题整改验收销号登记表》填写。填写申请时间即视为完成整改、申请验收；验收销号意见签署且公示期满后销号。"
    )
    finding_id = finding_choice(findings, "closure_finding", "该单位没有牵头的问题。")
    if finding_id is not None:
        finding = data.report_finding(url, version, finding_id, scope)
        base = base_version(finding_id, finding["version"])
        values = data.closure_form_defaults(url, version, finding_id, scope)
        chain = chain_data.finding_applications(url, version, finding_id, scope)
        if chain and chain[0]["state"] in ("under_review", "in_public_notice"):
            st.info(
                f"该问题的销号申请正在“销号审核”流程中（待{chain[0]['current_step_label']}），"
                "登记表由各环节意见自动填写；如需改用本表，请先在销号审核页撤回申请。"
            )
        form: dict = {}

        def text(name: str, label: str, *, area: bool = False, container=st) -> None:
            widget = container.text_area if area else container.text_input
            form[name] = widget(label, value=values.get(name) or "", key=f"cf_{name}_{finding_id}")

        def day(name: str, label: str, container=st) -> None:
            form[name] = container.date_input(
                label, value=values.get(name), format="YYYY-MM-DD", key=f"cf_{name}_{finding_id}"
            )

        with st.form(f"closure_form_{finding_id}"):
            cols = st.columns([2, 1])
            text("implementing_body", "整改实施主体", container=cols[0])
            day("applied_on", "申请时间", container=cols[1])
            for name, label in CLOSURE_TEXT.items():
                text(name, label, area=name != "deadline_text")
            for prefix, label in SIGN_OFFS:
                st.markdown(f"**{label}**")
                text(f"{prefix}_opinion", "意见", area=True)
                cols = st.columns(2)
                text(f"{prefix}_signer", "签字", container=cols[0])
                day(f"{prefix}_signed_on", "日期", container=cols[1])
                if prefix == "acceptance":
                    st.markdown("**公示情况**")
                    text("notice_place", "公示地点（网站、媒体或场所）")
                    cols = st.columns(2)
                    day("notice_start", "公示开始", container=cols[0])
                    day("notice_end", "公示结束", container=cols[1])
                    text("notice_objections", "公示期内异议及处理情况")
            st.markdown("**附件：问题整改完成情况的报告**")
            text("report_title", "报告标题", area=True)
            text("report_addressee", "主送单位")
            text("report_body", "整改落实情况", area=True)
            text("report_result", "结论", area=True)
            st.markdown("**报告中的数字事实**（如 优先监管地块 19 个）")
            facts = st.data_editor(
                pd.DataFrame(values.get("facts") or [], columns=["label", "value", "unit"]),
                num_rows="dynamic",
                column_config={
                    "label": st.column_config.TextColumn("名称"),
                    "value": st.column_config.NumberColumn("数值"),
                    "unit": st.column_config.TextColumn("单位"),
                },
                hide_index=True,
                key=f"cf_facts_{finding_id}",
            )
            submit = st.form_submit_button("保存销号登记表", type="primary")
        if submit:
            form["facts"] = [
                {k: (None if pd.isna(v) else v) for k, v in row.items()} for row in facts.to_dict("records")
            ]
            try:
                result = data.save_closure_record(
                    url,
                    finding_id=finding_id,
                    version=base,
                    form=closure_form_from(form),
                    user=viewer,
                    today=today,
                )
            except (ConcurrentEditError, ReportingError, AccessDenied) as error:
                refused(finding_id, error)
            else:
                saved(finding_id, result)

with reopen_tab:
    done = findings[~findings["status"].isin(OPEN_STATUSES)]
    finding_id = finding_choice(done, "reopen_finding", "该单位没有已完成或已销号的问题。")
    if finding_id is not None:
        finding = data.report_finding(url, version, finding_id, scope)
        base = base_version(finding_id, finding["version"])
        st.caption(
            f"当前状态：{STATUS_LABELS[finding['status']]}（自{date_cn(finding['status_since'])}）。"
            "重新交办后问题计为未完成（反弹重办）。"
        )
        with st.form(f"reopen_form_{finding_id}"):
            reopened_on = st.date_input(
                "重新交办日期", value=today, max_value=today, format="YYYY-MM-DD", key=f"ro_day_{finding_id}"
            )
            reason = st.text_area("回头看发现的问题", key=f"ro_reason_{finding_id}")
            new_due: date | None = st.date_input(
                "新的整改时限（可不填）", value=None, format="YYYY-MM-DD", key=f"ro_due_{finding_id}"
            )
            submit = st.form_submit_button("重新交办", type="primary")
        if submit:
            try:
                result = data.reopen_finding(
                    url,
                    finding_id=finding_id,
                    version=base,
                    reopened_on=reopened_on,
                    reason=reason,
                    new_due_date=new_due,
                    user=viewer,
                    today=today,
                )
            except (ConcurrentEditError, ReportingError, AccessDenied) as error:
                refused(finding_id, error)
            else:
                saved(finding_id, result)
