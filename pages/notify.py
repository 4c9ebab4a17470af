"""通知推送: what was sent to whom, what failed and why, the queue, tomorrow's preview,
the contacts and their gaps, and the rules — all inside the office's region."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from core.vocabulary import CHANNEL_LABELS, NOTICE_KIND_LABELS, OUTBOX_STATUS_LABELS, ROLE_LABELS
from data_access.access import MANAGE_USERS, AccessDenied
from ui.loaders import notify as data
from ui.page import page_context

page = page_context()
st.title("通知推送")
page.require(MANAGE_USERS)  # a visitor gets the sign-in form under the title
viewer = page.viewer

st.caption(
    f"{viewer.scope_label}的到期预警、逾期督办、月报提醒、月度通报和领导周报。"
    "消息由定时任务 `python manage.py notify` 排队并发送（见部署说明）；本页不发送消息，只可重发失败的消息。"
)
flash = st.session_state.pop("notify_flash", None)
if flash:
    st.success(flash)

counts = data.outbox_counts(page.url, viewer)
cols = st.columns(4)
for col, status in zip(cols, OUTBOX_STATUS_LABELS, strict=True):
    col.metric(OUTBOX_STATUS_LABELS[status], counts[status])


def _messages(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "编号": frame["id"],
            "排队时间": pd.to_datetime(frame["created_at"]).dt.strftime("%Y-%m-%d %H:%M"),
            "类型": frame["kind_label"],
            "收件人": frame["recipient_name"].fillna(""),
            "地址": frame["recipient"],
            "渠道": frame["channel"].map(CHANNEL_LABELS),
            "标题": frame["subject"],
            "状态": frame["status_label"],
            "尝试次数": frame["attempts"],
            "发送时间": pd.to_datetime(frame["sent_at"]).dt.strftime("%Y-%m-%d %H:%M").fillna("—"),
            "失败原因": frame["last_error"].fillna(""),
        }
    )


sent_tab, failed_tab, queued_tab, preview_tab, contacts_tab, rules_tab = st.tabs(
    ["发送记录", "发送失败", "排队中", "明日预览", "联系人", "提醒规则"]
)
with sent_tab:
    sent = data.outbox(page.url, viewer, ("sent",))
    if sent.empty:
        st.info("还没有发送过消息。")
    else:
        st.dataframe(_messages(sent), hide_index=True, width="stretch")

with failed_tab:
    failed = data.outbox(page.url, viewer, ("failed",))
    if failed.empty:
        st.success("没有发送失败的消息。")
    else:
        # The reason first: it is what the office reads this tab for (the table is wider than the screen).
        columns = [
            "编号",
            "状态",
            "失败原因",
            "收件人",
            "地址",
            "渠道",
            "标题",
            "尝试次数",
            "排队时间",
            "类型",
        ]
        st.dataframe(_messages(failed)[columns], hide_index=True, width="stretch")
        with st.form("resend"):
            chosen = st.selectbox(
                "重发哪一条",
                list(failed["id"]),
                format_func=lambda i: f"{i}：{failed.set_index('id').loc[i, 'subject']}",
                key="resend_id",
            )
            if st.form_submit_button("重新排队发送"):
                try:
                    data.resend(page.url, viewer=viewer, message_id=int(chosen))
                except (AccessDenied, ValueError) as error:
                    st.error(str(error))
                else:
                    st.session_state["notify_flash"] = f"消息 {chosen} 已重新排队，下次定时任务运行时发送。"
                    st.rerun()

with queued_tab:
    queued = data.outbox(page.url, viewer, ("queued", "sending"))
    if queued.empty:
        st.info("没有排队中的消息。")
    else:
        st.dataframe(_messages(queued), hide_index=True, width="stretch")

with preview_tab:
    tomorrow = page.today + timedelta(days=1)
    st.caption(f"按现在的规则和数据，{tomorrow:%Y年%m月%d日}将发送的消息（预览，不排队）。")
    preview = data.preview(page.url, viewer, tomorrow)
    if preview.empty:
        st.info("明天没有需要发送的消息。")
    else:
        st.dataframe(
            pd.DataFrame(
                {
                    "类型": preview["kind"].map(NOTICE_KIND_LABELS),
                    "收件人": preview["recipient_name"],
                    "渠道": preview["channel"].map(CHANNEL_LABELS),
                    "标题": preview["subject"],
                    "内容": preview["first_line"],
                    "附件": preview["attachments"],
                }
            ),
            hide_index=True,
            width="stretch",
        )

with contacts_tab:
    gaps = data.contact_gaps(page.url, viewer)
    if not gaps.empty:
        st.warning(f"{len(gaps)} 个有未完成问题的牵头单位收不到提醒（无联系方式或已退订）：")
        st.dataframe(
            pd.DataFrame(
                {
                    "牵头单位": gaps["unit_name"],
                    "地区": gaps["region_name"],
                    "未完成问题": gaps["open_findings"],
                    "原因": gaps["reason"],
                }
            ),
            hide_index=True,
            width="stretch",
        )
    people = data.contacts(page.url, viewer)
    if people.empty:
        st.info("还没有联系人。")
    else:
        st.dataframe(
            pd.DataFrame(
                {
                    "编号": people["id"],
                    "单位或用户": people["owner"],
                    "地区": people["region_name"].fillna("全部地区"),
                    "联系人": people["name"].fillna(""),
                    "渠道": people["channel_label"],
                    "地址": people["address"],
                    "接收通报": people["receives_bulletin"].map({True: "是", False: "否"}),
                    "状态": people["opted_out"].map({True: "已退订", False: "接收"}),
                }
            ),
            hide_index=True,
            width="stretch",
        )
    units, users = data.contact_owners(page.url, viewer)
    with st.form("add_contact", clear_on_submit=True):
        st.markdown("**新增联系人**")
        owner_kind = st.radio("属于", ["单位", "用户"], horizontal=True, key="contact_owner_kind")
        unit_names = {int(r.id): f"{r.name}（{r.region_name}）" for r in units.itertuples()}
        user_names = {int(r.id): f"{r.name}（{ROLE_LABELS.get(r.role, r.role)}）" for r in users.itertuples()}
        c1, c2 = st.columns(2)
        unit = c1.selectbox("单位", list(unit_names), format_func=unit_names.get, key="contact_unit")
        user = c2.selectbox(
            "用户（领导周报发给领导）", list(user_names), format_func=user_names.get, key="contact_user"
        )
        channel = c1.selectbox(
            "渠道", list(CHANNEL_LABELS), format_func=CHANNEL_LABELS.get, key="contact_channel"
        )
        address = c2.text_input("邮箱或群机器人 Webhook 地址", key="contact_address")
        name = c1.text_input("联系人或群名称（可不填）", key="contact_name")
        bulletin = c2.checkbox("接收月度通报", key="contact_bulletin")
        if st.form_submit_button("添加"):
            try:
                data.add_contact(
                    page.url,
                    viewer=viewer,
                    channel=channel,
                    address=address,
                    unit_id=unit if owner_kind == "单位" else None,
                    user_id=user if owner_kind == "用户" else None,
                    name=name,
                    receives_bulletin=bulletin,
                )
            except (AccessDenied, ValueError) as error:
                st.error(str(error))
            else:
                st.session_state["notify_flash"] = "联系人已添加。"
                st.rerun()
    if not people.empty:
        st.markdown("**修改或删除联系人**")
        labels = {int(r.id): f"{r.id}：{r.owner} {r.channel_label} {r.address}" for r in people.itertuples()}
        # Outside the form: choosing a contact fills the form with its current values.
        chosen = st.selectbox("联系人", list(labels), format_func=labels.get, key="contact_chosen")
        current = people.set_index("id").loc[chosen]
        with st.form(f"change_contact_{chosen}"):
            c1, c2 = st.columns(2)
            # A webhook is shown with its key hidden: left as shown, the stored address is kept.
            new_address = c1.text_input(
                f"地址（{current['channel_label']}）",
                value=current["address"],
                key=f"contact_edit_address_{chosen}",
                help=None
                if current["channel"] == "email"
                else "密钥已隐藏；更换地址时请填写完整的新 Webhook 地址。",
            )
            new_name = c2.text_input(
                "联系人或群名称",
                value=current["name"] if isinstance(current["name"], str) else "",
                key=f"contact_edit_name_{chosen}",
            )
            opted_out = c1.checkbox(
                "退订（不再接收任何提醒）", value=bool(current["opted_out"]), key=f"contact_edit_out_{chosen}"
            )
            bulletin = c2.checkbox(
                "接收月度通报",
                value=bool(current["receives_bulletin"]),
                key=f"contact_edit_bulletin_{chosen}",
            )
            b1, b2 = st.columns(2)
            save = b1.form_submit_button("保存修改")
            delete = b2.form_submit_button("删除此联系人")
        if save or delete:
            try:
                if delete:
                    data.delete_contact(page.url, viewer=viewer, contact_id=chosen)
                    done = "已删除"
                else:
                    changed = data.update_contact(
                        page.url,
                        viewer=viewer,
                        contact_id=chosen,
                        address=None if new_address.strip() == current["address"] else new_address,
                        name=new_name,
                        opted_out=opted_out,
                        receives_bulletin=bulletin,
                    )
                    done = "已保存" if changed else "没有修改"
            except (AccessDenied, ValueError) as error:
                st.error(f"联系人 {chosen} 未修改：{error}")
            else:
                st.session_state["notify_flash"] = f"联系人 {chosen}：{done}。"
                st.rerun()

with rules_tab:
    # The region first (typing filters the list), then only the batches that touch it: a
    # national database has thousands of regions and hundreds of batches.
    regions = data.rule_regions(page.url, viewer)
    region_names = dict(zip(regions["code"], regions["name"], strict=True))
    region_options = ([] if viewer.region_code else [None]) + list(region_names)
    left, right = st.columns(2)
    region = left.selectbox(
        "地区（可输入名称搜索）",
        region_options,
        format_func=lambda c: "全部地区" if c is None else f"{region_names[c]}（{c}）",
        key="rule_region",
    )
    batches = data.rule_batches(page.url, viewer, region)
    batch_names = {int(b.id): f"{b.name}（{b.code}）" for b in batches.itertuples()}
    if st.session_state.get("rule_batch") not in batch_names:  # a batch of the region chosen before
        st.session_state["rule_batch"] = None
    batch = right.selectbox(
        f"督察批次（涉及{region_names.get(region, '全部地区')}的 {len(batch_names)} 个，可输入名称搜索）",
        [None, *batch_names],
        format_func=lambda b: "全部批次（按地区设置）" if b is None else batch_names[b],
        key="rule_batch",
    )
    rules = data.rules(page.url, viewer, region, batch)
    target = region_names.get(region, "全部地区") + (f" {batch_names[batch]}" if batch is not None else "")
    st.caption(
        f"{target}的提醒规则。批次的设置优先于地区的设置，本地区的设置优先于上级地区的设置，再次是默认值；"
        "月度通报和领导周报只按地区设置。"
    )
    st.dataframe(
        pd.DataFrame(
            {
                "规则": rules["label"],
                "天数": rules["days"],
                "状态": rules["enabled"].map({True: "启用", False: "停用"}),
                "来源": rules["source"],
                "说明": rules["help"],
            }
        ),
        hide_index=True,
        width="stretch",
    )
    suffix = f"{region or 'all'}_{batch or 'all'}"  # a new target starts from its own values
    shown = rules if batch is None else rules[rules["per_batch"]]
    people = data.contacts(page.url, viewer)
    if not people.empty:
        people = people[people["region_code"].fillna("") == (region or "")]
    with st.form(f"set_rules_{suffix}"):
        st.markdown(f"**设置 {target} 的规则**")
        entered = {}
        for row in shown.itertuples():
            a, b = st.columns([4, 1])
            days = a.text_input(
                f"{row.label}（{row.help}）", value=row.days, key=f"rule_days_{row.kind}_{suffix}"
            )
            on = b.checkbox("启用", value=bool(row.enabled), key=f"rule_on_{row.kind}_{suffix}")
            entered[row.kind] = (days, on)
        recipients = None
        if batch is None:
            labels = {int(r.id): f"{r.owner} {r.channel_label} {r.address}" for r in people.itertuples()}
            recipients = st.multiselect(
                f"月度通报收件人（{region_names.get(region, '全部地区')}的联系人）",
                list(labels),
                default=[int(i) for i in people.loc[people["receives_bulletin"], "id"]] if labels else [],
                format_func=labels.get,
                key=f"rule_recipients_{suffix}",
                placeholder="没有联系人：请先在“联系人”中添加" if not labels else "选择收件人",
            )
        saved = st.form_submit_button("保存规则")
    if saved:
        current = {
            row.kind: (row.days, bool(row.enabled), bool(row.own_setting)) for row in shown.itertuples()
        }
        # Only what was changed (or already set here) is saved: an untouched field keeps
        # following the enclosing region or the default.
        changes = {
            kind: (days.strip(), on)
            for kind, (days, on) in entered.items()
            if current[kind][2] or (days.strip(), on) != current[kind][:2]
        }
        try:
            saved_kinds = data.set_rules(
                page.url, viewer=viewer, settings=changes, region_code=region, batch_id=batch
            )
            message = f"{target}的提醒规则已保存。" if saved_kinds else f"{target}的提醒规则没有修改。"
            if recipients is not None:
                on, off = data.set_bulletin_recipients(
                    page.url, viewer=viewer, region_code=region, contact_ids=[int(i) for i in recipients]
                )
                if on or off:
                    message += f"月度通报收件人新增 {on} 个、取消 {off} 个。"
        except (AccessDenied, ValueError) as error:
            st.error(f"未保存：{error}")
        else:
            st.session_state["notify_flash"] = message
            st.rerun()
    if shown["own_setting"].any() and st.button(
        f"删除{target}的设置（恢复为上级地区或默认规则）", key=f"rule_clear_{suffix}"
    ):
        try:
            count = data.clear_rules(page.url, viewer=viewer, region_code=region, batch_id=batch)
        except (AccessDenied, ValueError) as error:
            st.error(str(error))
        else:
            st.session_state["notify_flash"] = f"已删除{target}的 {count} 条设置。"
            st.rerun()
