"""督察整改调度看板 — the frame: page config, shared filters, navigation.

Run with `streamlit run app.py`. Pages live in `pages/`; each is a thin script.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from data_access.access import EDIT, IMPORT, scoped
from ui import data
from ui.auth import render_account_box, sign_in_form, viewer_or_visitor
from ui.filters import render_filter_sidebar
from ui.meeting import MEETING_KEY, apply_meeting_style, is_meeting_mode

PAGES_DIR = Path(__file__).parent / "pages"

# A favicon shipped with the app: Material or emoji page icons are fetched from the internet.
st.set_page_config(
    page_title="督察整改调度看板",
    page_icon=str(Path(__file__).parent / "static" / "favicon.png"),
    layout="wide",
)

url = data.database_url()
today = data.today()
version = data.current_version(url)
viewer = viewer_or_visitor(url)
require_sign_in = data.require_sign_in()
# The filter widgets offer only the viewer's region; the queries are limited to it anyway.
options = data.filter_options(url, version, viewer.region_code)


def may_open(permission: str) -> bool:
    """Pages a role cannot use are not listed; visitors see them, with a sign-in prompt."""
    return viewer.can(permission) or not viewer.signed_in


pages = [
    st.Page(
        PAGES_DIR / "overview.py",
        title="总览",
        icon=":material/dashboard:",
        url_path="overview",
        default=True,
    ),
    st.Page(PAGES_DIR / "overdue.py", title="逾期督办", icon=":material/alarm:", url_path="overdue"),
    st.Page(PAGES_DIR / "finding.py", title="问题详情", icon=":material/search:", url_path="finding"),
    st.Page(PAGES_DIR / "map.py", title="地图", icon=":material/map:", url_path="map"),
    st.Page(PAGES_DIR / "dispatch.py", title="月度调度", icon=":material/event_note:", url_path="dispatch"),
    st.Page(PAGES_DIR / "indicators.py", title="指标", icon=":material/monitoring:", url_path="indicators"),
]
if may_open(IMPORT):
    pages.append(
        st.Page(
            PAGES_DIR / "plan-import.py",  # file stem = url_path, see docs/decisions.md
            title="方案导入",
            icon=":material/upload_file:",
            url_path="plan-import",
        )
    )
if may_open(EDIT):
    pages.append(
        st.Page(PAGES_DIR / "report.py", title="月度报送", icon=":material/edit_note:", url_path="report")
    )
pages.append(
    st.Page(PAGES_DIR / "ledger.py", title="台账导入导出", icon=":material/table_view:", url_path="ledger")
)
if viewer.signed_in:
    pages.append(
        st.Page(PAGES_DIR / "account.py", title="账号", icon=":material/person:", url_path="account")
    )
else:
    pages.append(st.Page(PAGES_DIR / "sign-in.py", title="登录", icon=":material/login:", url_path="sign-in"))
gated = require_sign_in and not viewer.signed_in
navigation = st.navigation(pages, position="hidden" if gated else "sidebar")
if gated:
    # Production: nothing but the sign-in form; the URL (a deep link) is kept for afterwards.
    st.title("督察整改调度看板")
    st.caption("本系统数据为内部工作信息，请登录后查看。")
    sign_in_form(url, key="gate")
    st.stop()
render_account_box(viewer, require_sign_in=require_sign_in)
filters, filter_state = render_filter_sidebar(options, today)
filters = scoped(filters, viewer)
st.sidebar.toggle(
    "汇报模式（投影）", key=MEETING_KEY, bind="query-params", help="大字号、隐藏侧栏，适合会议投影。"
)
if is_meeting_mode():
    apply_meeting_style()
# Pages read the parsed filters from here; the frame owns the widgets.
st.session_state["filters"] = filters
st.session_state["filter_state"] = filter_state
st.session_state["viewer"] = viewer
if data.is_synthetic(url):
    st.sidebar.info("当前为程序生成的模拟数据（用于容量测试），不是真实整改问题。")
elif data.is_demo(url):
    st.sidebar.info("当前为演示数据：整改方案内容摘自公开文件，月调度、状态变化、点位和指标数值为程序生成。")
navigation.run()
