"""Sign-in on the Streamlit side: who is viewing, the sign-in form, the account box.

The signed-in user's id lives in the session; the user is read from the database on every
run, so a disabled user or a changed role takes effect at the next click. Single sign-on
(`st.login`, OIDC) is offered when `.streamlit/secrets.toml` has an `[auth]` section; the
provider's e-mail is matched against `users.email` (docs/deployment.md, "Sign-in").
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from data_access import users
from data_access.access import Viewer, visitor
from data_access.db import get_engine
from ui.filters import FILTER_KEYS

USER_KEY = "signed_in_user_id"
SINCE_KEY = "signed_in_at"  # when this session signed in: a password reset after it ends it
_NOTICE_KEY = "sign_in_notice"


def sso_configured() -> bool:
    """True when an OIDC provider is configured for `st.login`."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all (Streamlit raises its own error types)
        return False


def _sso_viewer(url: str) -> Viewer | None:
    """The user the identity provider signed in, matched by e-mail once per session."""
    if not sso_configured() or not st.user.get("is_logged_in", False):
        return None
    email = str(st.user.get("email") or "")
    viewer = users.viewer_by_email(get_engine(url), email)  # records the sign-in
    if viewer is None:
        st.session_state[_NOTICE_KEY] = (
            f"统一身份认证账号 {email or '（无邮箱）'} 未在本系统登记或已停用，请联系管理员。"
        )
        return None
    st.session_state[USER_KEY] = viewer.user_id  # later runs read the user by id, as for a password
    st.session_state[SINCE_KEY] = datetime.now()
    return viewer


def current_viewer(url: str) -> Viewer | None:
    """The signed-in user as stored now, or None."""
    user_id = st.session_state.get(USER_KEY)
    if user_id is not None:
        since = st.session_state.get(SINCE_KEY)
        viewer = users.active_viewer(get_engine(url), int(user_id), signed_in_at=since)
        if viewer is not None:
            return viewer
        del st.session_state[USER_KEY]
        st.session_state[_NOTICE_KEY] = "您的账号已被停用或密码已重置，请重新登录或联系管理员。"
        return None
    return _sso_viewer(url)


def viewer_or_visitor(url: str) -> Viewer:
    return current_viewer(url) or visitor()


def sign_out() -> None:
    st.session_state.pop(USER_KEY, None)
    st.session_state.pop(SINCE_KEY, None)
    # Forget the user's filters and forms: the next person at this browser starts clean.
    for key in list(st.session_state):
        if key in FILTER_KEYS or key.startswith(("report_", "rf_", "cf_", "ro_", "ledger_", "plan_")):
            del st.session_state[key]
    st.query_params.clear()
    if sso_configured() and st.user.get("is_logged_in", False):
        st.logout()


def sign_in_form(url: str, *, key: str = "sign_in") -> None:
    """User name and password; on success the page runs again signed in."""
    notice = st.session_state.pop(_NOTICE_KEY, None)
    if notice:
        st.warning(notice)
    column = st.columns([2, 3])[0]  # a form of two fields reads better narrow
    with column.form(key):
        username = st.text_input("用户名", key=f"{key}_username", max_chars=64)
        password = st.text_input("密码", type="password", key=f"{key}_password", max_chars=128)
        submitted = st.form_submit_button("登录", type="primary")
    if submitted:
        result = users.sign_in(get_engine(url), username=username, password=password)
        if result.viewer is None:
            st.error(result.message)
        else:
            st.session_state[USER_KEY] = result.viewer.user_id
            st.session_state[SINCE_KEY] = datetime.now()
            st.rerun()
    if sso_configured():
        column.button("使用统一身份认证登录", on_click=st.login, key=f"{key}_sso")


def render_account_box(viewer: Viewer, *, require_sign_in: bool) -> None:
    """Who is signed in (and the way out), or that the demo is read-only."""
    with st.sidebar:
        if viewer.signed_in:
            st.caption(f"当前用户：{viewer.display_name}（{viewer.role_label}，{viewer.scope_label}）")
            st.button("退出登录", on_click=sign_out, key="sign_out", icon=":material/logout:")
        elif not require_sign_in:
            st.caption("未登录：演示模式，只能查看和下载。填报、导入需登录。")
