"""销号审核: the closure sign-off chain — each user's work lists, submitting an application,
recording a step (approve, or return with a reason), the public notice, and for offices the
applications stuck longest and each batch's chain."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.state import CANONICAL_CHAIN, STEP_ROLES
from core.vocabulary import CLOSURE_STATE_LABELS, CLOSURE_STEP_LABELS, ROLE_LABELS, STATUS_LABELS
from data_access.access import IMPORT, REVIEW, AccessDenied
from data_access.closure_chain import WORK_LISTS
from data_access.commands.closure_chain import ChainInputError
from ui.evidence import closure_evidence_ids, closure_files
from ui.format import date_cn, plain, shown
from ui.links import finding_url
from ui.loaders import closure_chain as data
from ui.page import page_context

page = page_context()
url, today, version = page.url, page.today, page.version

st.title("销号审核")
page.require(REVIEW)
viewer = page.viewer
st.caption(
    "整改完成后由实施主体提交销号申请，县级领导、验收、公示、市级牵头单位、市整改办依次审核；"
    "每个环节须由相应角色和地区的用户办理，可同意或退回（退回须写明原因）。全部通过后问题销号。"
)
flash = st.session_state.pop("sign_off_flash", None)
if flash:
    st.success(flash)


def done(result) -> None:
    st.session_state["sign_off_flash"] = result.note
    st.rerun()


def attempt(action, **kwargs) -> None:
    """Run a write; a refusal is shown in Chinese and nothing is saved."""
    try:
        result = action(url, **kwargs)
    except (ChainInputError, AccessDenied) as refusal:
        st.error(str(refusal))
        return
    done(result)


counts = data.work_counts(url, version, viewer, today)
tiles = st.columns(len(WORK_LISTS))
for tile, (key, label) in zip(tiles, WORK_LISTS.items(), strict=True):
    tile.metric(label, f"{counts[key]}件")

COLUMNS = {
    "batch_name": "督察批次",
    "finding_label": "序号",
    "title": "问题",
    "region_name": "地区",
    "step_label": "当前环节",
    "submitted_by": "申请人",
    "days_waiting": "已等待（天）",
}


def listing(frame: pd.DataFrame, extra: dict[str, str] | None = None) -> None:
    if frame.empty:
        st.caption("暂无。")
        return
    table = frame.assign(
        step_label=frame["current_step"].map(lambda s: CLOSURE_STEP_LABELS.get(s or "", "—")),
        state_label=frame["state"].map(CLOSURE_STATE_LABELS),
        详情=[finding_url(i) for i in frame["finding_id"]],
    )
    columns = {**COLUMNS, **(extra or {})}
    st.dataframe(
        shown(table.rename(columns=columns)[[*columns.values(), "详情"]]),
        hide_index=True,
        width="stretch",
        column_config={"详情": st.column_config.LinkColumn("详情", display_text="查看")},
    )


lists = {key: data.work_list(url, version, viewer, today, key) for key in WORK_LISTS}
tab_names = [f"{label}（{counts[key]}）" for key, label in WORK_LISTS.items()] + ["提交申请"]
if viewer.can(IMPORT):
    tab_names += ["滞留最久", "审核流程设置"]
tabs = st.tabs(tab_names)
with tabs[0]:
    listing(lists["to_review"])
with tabs[1]:
    listing(lists["returned"], {"returned_reason": "退回原因"})
with tabs[2]:
    listing(lists["in_notice"], {"notice_place": "公示地点", "notice_end": "公示截止"})
with tabs[3]:
    listing(lists["notice_due"], {"notice_place": "公示地点", "notice_end": "公示截止"})

with tabs[4]:
    candidates = data.submittable_findings(url, version, viewer)
    if candidates.empty:
        st.caption("没有可由您提交销号申请的问题（须为本地区的县级填报员或整改办，问题未销号且不在审核中）。")
    else:
        labels = {
            int(r.finding_id): f"{r.batch_name} · {r.finding_label}：{r.title}（{r.region_name}，"
            f"{STATUS_LABELS[r.status]}）"
            for r in candidates.itertuples(index=False)
        }
        with st.form("submit_application"):
            finding_id = st.selectbox("问题", list(labels), format_func=labels.get)
            region = candidates.set_index("finding_id").loc[finding_id, "region_name"]
            body = st.text_input("整改实施主体", value=f"{region}人民政府")
            narrative = st.text_area("整改完成情况", height=160, placeholder="逐条写明已完成的整改措施和结果")
            submitted_on = st.date_input("申请时间", value=today, max_value=today, format="YYYY-MM-DD")
            if st.form_submit_button("提交销号申请", type="primary"):
                attempt(
                    data.submit_application,
                    finding_id=finding_id,
                    user=viewer,
                    implementing_body=body,
                    completion_narrative=narrative,
                    submitted_on=submitted_on,
                    today=today,
                    seen_evidence=closure_evidence_ids(page, finding_id),
                )

if viewer.can(IMPORT):
    with tabs[5]:
        listing(data.stuck_longest(url, version, viewer, today), {"state_label": "状态"})
    with tabs[6]:
        chains = data.batch_chains(url, version)
        st.caption("各批次新提交的申请按此流程审核；已提交的申请沿用提交时的流程。")
        st.dataframe(
            chains.assign(
                流程=["→".join(CLOSURE_STEP_LABELS[s] for s in steps) for steps in chains["steps"]]
            ).rename(columns={"batch_name": "督察批次"})[["督察批次", "流程"]],
            hide_index=True,
            width="stretch",
        )
        names = dict(zip(chains["batch_id"], chains["batch_name"], strict=True))
        # The batch outside the form: choosing it shows its chain at once.
        batch_id = st.selectbox("督察批次", list(names), format_func=names.get)
        with st.form(f"batch_chain_{batch_id}"):
            steps = st.multiselect(
                "审核环节（按登记表顺序）",
                list(CANONICAL_CHAIN),
                default=list(chains.set_index("batch_id").loc[batch_id, "steps"]),
                format_func=CLOSURE_STEP_LABELS.get,
            )
            if st.form_submit_button("保存流程"):
                try:
                    saved = data.set_batch_chain(url, batch_id=batch_id, steps=steps, user=viewer)
                except (ChainInputError, AccessDenied) as refusal:
                    st.error(str(refusal))
                else:
                    st.session_state["sign_off_flash"] = "已保存：" + "→".join(
                        CLOSURE_STEP_LABELS[s] for s in saved
                    )
                    st.rerun()

# --- one application ------------------------------------------------------------------------------
st.subheader("办理")
open_ids: dict[int, str] = {}
for key in ("to_review", "returned", "notice_due", "in_notice"):
    for row in lists[key].itertuples(index=False):
        open_ids.setdefault(int(row.application_id), f"{WORK_LISTS[key]} · {row.finding_label}：{row.title}")
linked = st.query_params.get("application")
if linked and linked.isdigit() and int(linked) not in open_ids:
    open_ids[int(linked)] = f"申请 {linked}"
if not open_ids:
    st.caption("您的工作清单中暂无需要办理的申请。")
    st.stop()
choices = list(open_ids)
# A link to one application (?application=) opens it; otherwise the one waiting longest.
first = choices.index(int(linked)) if linked and linked.isdigit() else 0
application_id = st.selectbox("选择申请", choices, index=first, format_func=open_ids.get)
app = data.application(url, version, application_id, viewer)
if app is None:
    st.error(f"没有编号为 {application_id} 的销号申请（或不在您的管辖范围内）。")
    st.stop()

heading = f"{app['batch_name']} · {app['finding_label']}：{app['finding_title']}"
st.markdown(f"**{heading}**  [查看问题]({finding_url(app['finding_id'])})")
progress = []
for step in app["steps"]:
    if app["state"] == "closed" or (
        app["current_step"] and app["steps"].index(step) < app["steps"].index(app["current_step"])
    ):
        progress.append(f":material/check_circle: {CLOSURE_STEP_LABELS[step]}")
    elif step == app["current_step"]:
        progress.append(f":material/pending: **{CLOSURE_STEP_LABELS[step]}（当前）**")
    else:
        progress.append(CLOSURE_STEP_LABELS[step])
st.markdown(" → ".join(progress))
st.caption(f"申请状态：{app['state_label']}；提交：{app['submitted_by']}，{date_cn(app['submitted_on'])}")
if app["state"] == "returned":
    st.warning(f"已于{date_cn(app['returned_on'])}退回，原因：{plain(app['returned_reason'])}")
st.markdown(f"**整改完成情况：** {plain(app['completion_narrative'])}")
seen = closure_files(page, app["finding_id"])
if app["notice"]:
    notice = app["notice"]
    st.markdown(
        f"**公示：** {notice['place']}，{date_cn(notice['start_on'])}至{date_cn(notice['end_on'])}"
        + (f"；{notice['objections']}" if notice["objections"] else "")
    )
history = pd.DataFrame(app["reviews"])
st.dataframe(
    history.assign(日期=history["decided_on"].map(date_cn)).rename(
        columns={"step_label": "环节", "decision_label": "结论", "opinion": "意见", "decided_by": "办理人"}
    )[["日期", "环节", "结论", "意见", "办理人"]],
    hide_index=True,
    width="stretch",
)

step = app["current_step"]
key = f"_{application_id}_{step}_{app['state']}"
if app["may_act"] and step == "notice" and app["state"] == "under_review":
    with st.form(f"notice{key}"):
        st.markdown("**发布公示**")
        place = st.text_input("公示地点", placeholder="如：县人民政府门户网站、村务公开栏")
        start = st.date_input("公示开始", value=today, max_value=today, format="YYYY-MM-DD")
        end = st.date_input("公示结束", value=today + pd.Timedelta(days=7), format="YYYY-MM-DD")
        if st.form_submit_button("发布公示", type="primary"):
            attempt(
                data.start_notice,
                application_id=application_id,
                user=viewer,
                place=place,
                start_on=start,
                end_on=end,
                today=today,
            )
elif app["may_act"]:
    with st.form(f"review{key}"):
        st.markdown(f"**{CLOSURE_STEP_LABELS[step]}**")
        objections = None
        if step == "notice":
            objections = st.text_input("公示期内收到的异议", placeholder="未收到异议可留空")
        decision = st.radio(
            "结论",
            ["approve", "return"],
            format_func={"approve": "同意", "return": "退回"}.get,
            horizontal=True,
        )
        opinion = st.text_area("意见（退回时写明原因）", height=100)
        decided_on = st.date_input("签署日期", value=today, max_value=today, format="YYYY-MM-DD")
        if st.form_submit_button("提交审核意见", type="primary"):
            attempt(
                data.review_step,
                application_id=application_id,
                user=viewer,
                decision=decision,
                opinion=opinion,
                decided_on=decided_on,
                today=today,
                expected_step=step,
                objections=objections,
                seen_evidence=seen,
            )
elif app["may_resubmit"]:
    with st.form(f"resubmit{key}"):
        st.markdown("**修改后重新提交**")
        body = st.text_input("整改实施主体", value=app["implementing_body"] or "")
        narrative = st.text_area("整改完成情况", value=app["completion_narrative"] or "", height=160)
        submitted_on = st.date_input("申请时间", value=today, max_value=today, format="YYYY-MM-DD")
        if st.form_submit_button("重新提交", type="primary"):
            attempt(
                data.submit_application,
                finding_id=app["finding_id"],
                user=viewer,
                implementing_body=body,
                completion_narrative=narrative,
                submitted_on=submitted_on,
                today=today,
                seen_evidence=seen,
            )
elif step and app["state"] in ("under_review", "in_public_notice"):
    roles, _levels = STEP_ROLES[step]
    who = "或".join(ROLE_LABELS[r] for r in sorted(roles))
    st.info(f"当前环节“{CLOSURE_STEP_LABELS[step]}”由{who}办理，您只能查看。")
if app["may_withdraw"]:
    with st.expander("撤回申请"), st.form(f"withdraw{key}"):
        reason = st.text_input("撤回原因")
        if st.form_submit_button("撤回销号申请"):
            attempt(
                data.withdraw_application,
                application_id=application_id,
                user=viewer,
                reason=reason,
                today=today,
            )
