"""督察整改调度看板 — the frame: page config, shared filters, navigation.

Run with `streamlit run app.py`. Pages live in `pages/`; each is a thin script.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui import data
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
# With the chosen lead units (ui/page.py asks the same, so this is one cached entry).
options = data.filter_options(url, version, tuple(str(u) for u in st.session_state.get("unit") or ()))

navigation = st.navigation(
    [
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
        st.Page(
            PAGES_DIR / "dispatch.py", title="月度调度", icon=":material/event_note:", url_path="dispatch"
        ),
        st.Page(
            PAGES_DIR / "indicators.py", title="指标", icon=":material/monitoring:", url_path="indicators"
        ),
        st.Page(
            PAGES_DIR / "plan-import.py",  # file stem = url_path, see docs/decisions.md
            title="方案导入",
            icon=":material/upload_file:",
            url_path="plan-import",
        ),
        st.Page(PAGES_DIR / "report.py", title="月度报送", icon=":material/edit_note:", url_path="report"),
        st.Page(
            PAGES_DIR / "ledger.py", title="台账导入导出", icon=":material/table_view:", url_path="ledger"
        ),
    ]
)
filters, filter_state = render_filter_sidebar(
    options,
    today,
    unit_choices=lambda region, chosen: data.unit_choices(url, version, region, chosen),
    units_for_labels=lambda labels: data.units_for_labels(url, version, labels),
)
st.sidebar.toggle(
    "汇报模式（投影）", key=MEETING_KEY, bind="query-params", help="大字号、隐藏侧栏，适合会议投影。"
)
if is_meeting_mode():
    apply_meeting_style()
# Pages read the parsed filters from here; the frame owns the widgets.
st.session_state["filters"] = filters
st.session_state["filter_state"] = filter_state
if data.is_synthetic(url):
    st.sidebar.info("当前为程序生成的模拟数据（用于容量测试），不是真实整改问题。")
elif data.is_demo(url):
    st.sidebar.info("当前为演示数据：整改方案内容摘自公开文件，月调度、状态变化、点位和指标数值为程序生成。")
navigation.run()
