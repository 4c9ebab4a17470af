"""督察整改调度看板 — the frame: page config, shared filters, navigation.

Run with `streamlit run app.py`. Pages live in `pages/`; each is a thin script.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from data_access.access import MANAGE_USERS, REVIEW, scoped
from ui.auth import render_account_box, sign_in_form, sync_cookie, viewer_or_visitor
from ui.filters import render_filter_sidebar
from ui.loaders import closure_chain as chain_loaders
from ui.loaders import filters as filter_loaders
from ui.loaders import shared
from ui.meeting import MEETING_KEY, apply_meeting_style, carried_params, is_meeting_mode, rotate
from ui.navigation import hidden_pages_for, pages_for
from ui.style import apply_base_style

PAGES_DIR = Path(__file__).parent / "pages"

# A favicon shipped with the app: Material or emoji page icons are fetched from the internet.
st.set_page_config(
    page_title="督察整改调度看板",
    page_icon=str(Path(__file__).parent / "static" / "favicon.png"),
    layout="wide",
)

url = shared.database_url()
today = shared.today()
version = shared.current_version(url)
viewer = viewer_or_visitor(url)
sync_cookie()  # before the sign-in gate: a signed-out browser's cookie is cleared there too
require_sign_in = shared.require_sign_in()
scope = viewer.region_code
# The filter widgets offer only the viewer's region (the queries are limited to it anyway),
# with the chosen lead units (ui/page.py asks the same, so this is one cached entry).
options = filter_loaders.filter_options(
    url, version, tuple(str(u) for u in st.session_state.get("unit") or ()), scope
)

pages = {
    spec.url_path: st.Page(
        PAGES_DIR / spec.file,
        title=spec.title,
        icon=spec.icon,
        # Streamlit serves the default page at "/" only; its own path is taken by the alias below.
        url_path="" if spec.default else spec.url_path,
        default=spec.default,
    )
    for spec in pages_for(viewer)
}
# Documented URLs that are not in this viewer's menu still open: the page says in Chinese why
# it cannot be used (or asks to sign in) instead of Streamlit's English "Page not found".
own_pages, refused_pages = hidden_pages_for(viewer)


def _refusal(title: str):
    """A role's edit page opened by its URL: a Chinese notice (the session has no such page)."""

    def page() -> None:
        st.title(title)
        st.warning(f"您的角色（{viewer.role_label}）不能使用“{title}”。请从左侧菜单选择可用的页面。")

    return page


hidden = [
    st.Page(
        PAGES_DIR / spec.file, title=spec.title, icon=spec.icon, url_path=spec.url_path, visibility="hidden"
    )
    for spec in own_pages
] + [
    st.Page(_refusal(spec.title), title=spec.title, url_path=spec.url_path, visibility="hidden")
    for spec in refused_pages
]
default_spec = next(spec for spec in pages_for(viewer) if spec.default)


def _to_default_page() -> None:
    """/overview (the default page's documented path) opens "/" with the same parameters."""
    st.switch_page(pages[default_spec.url_path], query_params=carried_params())


alias = st.Page(
    _to_default_page, title=default_spec.title, url_path=default_spec.url_path, visibility="hidden"
)
gated = require_sign_in and not viewer.signed_in
navigation = st.navigation([*pages.values(), *hidden, alias], position="hidden" if gated else "sidebar")
if gated:
    # Production: nothing but the sign-in form; the URL (a deep link) is kept for afterwards.
    st.title("督察整改调度看板")
    st.caption("本系统数据为内部工作信息，请登录后查看。")
    sign_in_form(url, key="gate")
    st.stop()
render_account_box(url, viewer, require_sign_in=require_sign_in)
if viewer.signed_in and viewer.can(REVIEW):
    # The user's sign-off work lists (销号审核), one cached query per data version.
    work = chain_loaders.work_counts(url, version, viewer, today)
    # A page link is one line, cut with “…” where the sidebar ends (1366×768 projector): the
    # count to act on stays in the link, the others go in a caption that wraps.
    st.sidebar.page_link(
        pages["sign-off"], label=f"销号审核：待我审核 {work['to_review']}", icon=":material/approval:"
    )
    st.sidebar.caption(
        f"被退回 {work['returned']} · 公示中 {work['in_notice']} · 公示到期 {work['notice_due']}"
    )
filters, filter_state = render_filter_sidebar(
    options,
    today,
    unit_choices=lambda region, chosen: filter_loaders.unit_choices(url, version, region, chosen, scope),
    units_for_labels=lambda labels: filter_loaders.units_for_labels(url, version, labels, scope),
)
filters = scoped(filters, viewer)
st.sidebar.toggle(
    "汇报模式（投影）", key=MEETING_KEY, bind="query-params", help="大字号、隐藏侧栏，适合会议投影。"
)
apply_base_style()
if is_meeting_mode():
    apply_meeting_style()
    rotate(navigation.url_path or default_spec.url_path, pages)
# Pages read the parsed filters from here; the frame owns the widgets.
st.session_state["filters"] = filters
st.session_state["filter_state"] = filter_state
st.session_state["viewer"] = viewer
st.session_state["data_version"] = version  # read once per run (ui/page.py)
if shared.is_synthetic(url, version):
    st.sidebar.info("当前为程序生成的模拟数据（用于容量测试），不是真实整改问题。")
elif shared.is_demo(url, version):
    st.sidebar.info("当前为演示数据：整改方案内容摘自公开文件，月调度、状态变化、点位和指标数值为程序生成。")
if require_sign_in and viewer.can(MANAGE_USERS) and shared.disabled_demo_users():
    st.sidebar.warning(
        f"已停用仍使用公开演示密码的演示用户：{'、'.join(shared.disabled_demo_users())}。"
        "如需保留，请在“账号”页重置其密码后再启用。"
    )
navigation.run()
