"""Sign-in on the Streamlit side: who is viewing, the sign-in form, the account box.

The signed-in user's id lives in the session; the user is read from the database on every
run, so a disabled user or a changed role takes effect at the next click. A password sign-in
also puts a session token in a cookie, so a reload or a new tab (a 查看 link) stays signed in:
Streamlit reads the request's cookies (`st.context.cookies`) but cannot set one, so a script
in the page sets it (`sync_cookie`, docs/decisions.md "The sign-in cookie"). Single sign-on
(`st.login`, OIDC) is offered when `.streamlit/secrets.toml` has an `[auth]` section; the
provider's e-mail is matched against `users.email` (docs/deployment.md, "Sign-in").
"""

from __future__ import annotations

import json
from datetime import datetime

import streamlit as st

from data_access import users
from data_access.access import Viewer, visitor
from data_access.db import get_engine
from ui.filters import FILTER_KEYS

USER_KEY = "signed_in_user_id"
SINCE_KEY = "signed_in_at"  # when this session signed in: a password reset after it ends it
_NOTICE_KEY = "sign_in_notice"
TOKEN_KEY = "session_token"  # the token this session is signed in with (server memory only)
_ISSUED_KEY = "session_token_issued"  # the token this session issued: its cookie is set from here
_STALE_KEY = "session_token_stale"  # a cookie token found invalid or signed out: cleared in the browser
COOKIE_NAME = "dashboard_session"


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
    engine = get_engine(url)
    token = st.session_state.get(TOKEN_KEY)
    if token is not None:
        found = users.viewer_for_token(engine, token)
        if found is not None:
            return found.viewer
        _forget_sign_in(stale=token)
        st.session_state[_NOTICE_KEY] = "登录已过期、已退出，或账号已停用、密码已重置，请重新登录。"
        return None
    user_id = st.session_state.get(USER_KEY)
    if user_id is not None:  # single sign-on: Streamlit's own cookie keeps it
        since = st.session_state.get(SINCE_KEY)
        viewer = users.active_viewer(engine, int(user_id), signed_in_at=since)
        if viewer is not None:
            return viewer
        del st.session_state[USER_KEY]
        st.session_state[_NOTICE_KEY] = "您的账号已被停用或密码已重置，请重新登录或联系管理员。"
        return None
    return _cookie_viewer(url) or _sso_viewer(url)


def _cookie_viewer(url: str) -> Viewer | None:
    """A reload or a new tab: the session token in the browser's cookie, when still valid."""
    cookie = _request_cookie()
    if not cookie or cookie == st.session_state.get(_STALE_KEY):
        return None
    found = users.viewer_for_token(get_engine(url), cookie)
    if found is None:
        st.session_state[_STALE_KEY] = cookie  # looked up once per session, and cleared
        st.session_state[_NOTICE_KEY] = "登录已过期，请重新登录。"
        return None
    st.session_state[TOKEN_KEY] = cookie
    st.session_state[USER_KEY] = found.viewer.user_id
    st.session_state[SINCE_KEY] = found.signed_in_at
    return found.viewer


def _request_cookie() -> str | None:
    """The cookie the browser sent when this session connected (not updated within it)."""
    try:
        value = st.context.cookies.get(COOKIE_NAME)
    except Exception:  # no request behind the run (bare mode)
        return None
    return value if isinstance(value, str) else None  # AppTest's context is a stand-in


def _forget_sign_in(*, stale: str | None = None) -> None:
    st.session_state.pop(USER_KEY, None)
    st.session_state.pop(SINCE_KEY, None)
    st.session_state.pop(TOKEN_KEY, None)
    st.session_state.pop(_ISSUED_KEY, None)
    if stale:
        st.session_state[_STALE_KEY] = stale


def _start_session(url: str, user_id: int) -> None:
    """Signed in by password: this session and, through the cookie, the browser's other tabs."""
    token = users.issue_token(get_engine(url), user_id)
    st.session_state[USER_KEY] = user_id
    st.session_state[SINCE_KEY] = datetime.now()
    st.session_state[TOKEN_KEY] = token
    st.session_state[_ISSUED_KEY] = token


def password_changed(url: str, viewer: Viewer, changed_at: datetime) -> None:
    """The user changed their own password here: every other browser is signed out (the
    change revoked their tokens), this one stays signed in with a new token."""
    old = st.session_state.get(TOKEN_KEY)
    if old is not None and viewer.user_id is not None:
        _start_session(url, viewer.user_id)  # issued after the change, so it is valid
        st.session_state[_STALE_KEY] = old
    st.session_state[SINCE_KEY] = changed_at


def sync_cookie() -> None:
    """Set the cookie of a token this session issued, or clear one that no longer signs in.

    The script runs in the page (st.html runs it in the app's own document). It is sent on
    every run while it applies: an element missing from a run is removed from the page, and
    an unchanged one is not run again. SameSite=Strict keeps other sites' requests from
    carrying it; Secure when the app is served over https; HttpOnly is impossible from a
    script (docs/decisions.md). The server decides expiry; Max-Age only tidies the browser.
    """
    issued = st.session_state.get(_ISSUED_KEY)
    stale = st.session_state.get(_STALE_KEY)
    if issued:
        max_age = int(users.TOKEN_LIFETIME.total_seconds())
        script = (
            f"const v={json.dumps(issued)};"
            f"document.cookie='{COOKIE_NAME}='+v+'; Path=/; Max-Age={max_age}; SameSite=Strict'"
            "+(location.protocol==='https:'?'; Secure':'');"
        )
    elif stale:
        # Only that value: another tab may meanwhile have signed in and set a new one.
        script = (
            f"const v={json.dumps(stale)};"
            f"if(document.cookie.split('; ').includes('{COOKIE_NAME}='+v))"
            f"document.cookie='{COOKIE_NAME}=; Path=/; Max-Age=0; SameSite=Strict'"
            "+(location.protocol==='https:'?'; Secure':'');"
        )
    else:
        return
    # An invisible container: the script needs an element, the layout no gap.
    st.html("<style>.st-key-session_cookie{display:none}</style>")
    with st.container(key="session_cookie"):
        st.html(f"<script>{script}</script>", unsafe_allow_javascript=True)


def viewer_or_visitor(url: str) -> Viewer:
    return current_viewer(url) or visitor()


def sign_out(url: str) -> None:
    """Revoke the session token (every tab of this browser is signed out at its next click),
    clear its cookie, and forget the user's filters and forms."""
    token = st.session_state.get(TOKEN_KEY)
    if token is not None:
        users.revoke_token(get_engine(url), token)
    _forget_sign_in(stale=token)
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
            _start_session(url, result.viewer.user_id)
            st.rerun()
    if sso_configured():
        column.button("使用统一身份认证登录", on_click=st.login, key=f"{key}_sso")


def render_account_box(url: str, viewer: Viewer, *, require_sign_in: bool) -> None:
    """Who is signed in (and the way out), or that the demo is read-only."""
    with st.sidebar:
        if viewer.signed_in:
            st.caption(f"当前用户：{viewer.display_name}（{viewer.role_label}，{viewer.scope_label}）")
            st.button("退出登录", on_click=sign_out, args=(url,), key="sign_out", icon=":material/logout:")
        elif not require_sign_in:
            st.caption("未登录：演示模式，只能查看和下载。填报、导入需登录。")
