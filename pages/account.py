"""账号: change one's own password; an office (整改办) also manages the users of its region."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.vocabulary import ROLE_LABELS
from data_access.access import MANAGE_USERS, AccessDenied
from data_access.users import MIN_PASSWORD_LENGTH, UserError, normalize_username
from ui.auth import password_changed, sign_in_form
from ui.loaders import accounts as data
from ui.page import page_context

page = page_context()
viewer = page.viewer

st.title("账号")
if not viewer.signed_in:
    # /account opened by a visitor (a bookmark): sign in here, then the account shows.
    st.info("请先登录，登录后可在此修改密码和管理用户。")
    sign_in_form(page.url, key="account_sign_in")
    st.stop()
st.write(f"**{viewer.display_name}**（用户名 {viewer.username}）· {viewer.role_label} · {viewer.scope_label}")

flash = st.session_state.pop("account_flash", None)
if flash:
    st.success(flash)

with st.expander("修改密码"), st.form("own_password", clear_on_submit=True):
    old = st.text_input("原密码", type="password", key="own_old")
    new = st.text_input(f"新密码（至少 {MIN_PASSWORD_LENGTH} 位）", type="password", key="own_new")
    again = st.text_input("再输入一次新密码", type="password", key="own_again")
    if st.form_submit_button("修改密码"):
        if new != again:
            st.error("两次输入的新密码不一致。")
        else:
            try:
                changed_at = data.change_own_password(
                    page.url, viewer=viewer, old_password=old, new_password=new
                )
                password_changed(page.url, viewer, changed_at)  # this session stays signed in
            except UserError as error:
                st.error(str(error))
            else:
                # Run again so the frame sets the new token's cookie before anything else.
                st.session_state["account_flash"] = "密码已修改，其他浏览器中的登录已退出。"
                st.rerun()

if not viewer.can(MANAGE_USERS):
    st.stop()

st.subheader("用户管理")
st.caption(f"管理{viewer.scope_label}的用户。停用的用户下次操作时即退出登录。")
users = data.user_list(page.url, viewer)
st.dataframe(
    pd.DataFrame(
        {
            "用户名": users["username"],
            "姓名": users["display_name"],
            "角色": users["role"].map(ROLE_LABELS),
            "地区": users["region_name"],
            "邮箱": users["email"].fillna(""),
            "状态": users["is_active"].map({True: "正常", False: "已停用"}),
            "最近登录": pd.to_datetime(users["last_sign_in_at"]).dt.strftime("%Y-%m-%d %H:%M").fillna("—"),
        }
    ),
    hide_index=True,
    width="stretch",
)
# Contacts (where a user's digest and a unit's reminders go) are kept with the rules they serve.
st.page_link(
    "pages/notify.py",
    label="用户和单位接收提醒的邮箱、群机器人：在“通知推送”页的“联系人”中维护",
    icon=":material/notifications:",
)

regions = page.options.regions
region_names = dict(zip(regions["code"], regions["name"], strict=True))
region_choices = ([] if viewer.region_code else [""]) + list(region_names)
add_tab, manage_tab = st.tabs(["新建用户", "停用 / 启用 / 重置密码"])
with add_tab, st.form("add_user", clear_on_submit=True):
    cols = st.columns(2)
    username = cols[0].text_input("用户名（字母或数字，登录时使用）", key="new_username", max_chars=64)
    display_name = cols[1].text_input("姓名", key="new_display_name", max_chars=64)
    role = cols[0].selectbox("角色", list(ROLE_LABELS), format_func=ROLE_LABELS.get, key="new_role")
    region = cols[1].selectbox(
        "所属地区", region_choices, format_func=lambda c: region_names.get(c, "全部地区"), key="new_region"
    )
    email = cols[0].text_input("邮箱（统一身份认证登录时匹配，可不填）", key="new_email")
    password = cols[1].text_input(
        f"初始密码（至少 {MIN_PASSWORD_LENGTH} 位）", type="password", key="new_password"
    )
    if st.form_submit_button("新建用户", type="primary"):
        try:
            data.add_user(
                page.url,
                admin=viewer,
                username=username,
                display_name=display_name,
                role=role,
                region_code=region or None,
                password=password or None,
                email=email or None,
            )
        except (UserError, AccessDenied) as error:
            st.error(str(error))
        else:
            st.session_state["account_flash"] = f"已新建用户 {normalize_username(username)}。"
            st.rerun()

with manage_tab:
    others = [name for name in users["username"] if name != viewer.username]
    if not others:
        st.info("没有其他用户。")
        st.stop()
    chosen = st.selectbox("用户", others, key="manage_user")
    active = bool(users.loc[users["username"] == chosen, "is_active"].iloc[0])
    cols = st.columns(2)
    if cols[0].button("启用" if not active else "停用", key="toggle_user"):
        try:
            data.set_user_active(page.url, admin=viewer, username=chosen, active=not active)
        except (UserError, AccessDenied) as error:
            st.error(str(error))
        else:
            st.session_state["account_flash"] = f"已{'启用' if not active else '停用'}用户 {chosen}。"
            st.rerun()
    with cols[1].form("reset_password", clear_on_submit=True):
        new_password = st.text_input("新密码", type="password", key="reset_password_value")
        if st.form_submit_button("重置密码"):
            try:
                data.reset_user_password(page.url, admin=viewer, username=chosen, password=new_password)
            except (UserError, AccessDenied) as error:
                st.error(str(error))
            else:
                st.session_state["account_flash"] = f"已重置用户 {chosen} 的密码，请当面或电话告知本人。"
                st.rerun()
