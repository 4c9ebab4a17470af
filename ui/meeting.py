"""Meeting mode (汇报模式): readable on a projector at 1920×1080 from the back of the room."""

from __future__ import annotations

import streamlit as st

MEETING_KEY = "meeting"  # also the URL parameter: ?meeting=true

_MEETING_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"] {
  display: none !important;
}
.block-container { padding-top: 1.2rem !important; padding-bottom: 0 !important; max-width: 100% !important; }
h1 { font-size: 3.2rem !important; padding-bottom: 0.2rem !important; }
[data-testid="stMetricValue"] { font-size: 4.4rem !important; font-weight: 700 !important; }
[data-testid="stMetricLabel"] p { font-size: 1.7rem !important; }
[data-testid="stCaptionContainer"] p { font-size: 1.3rem !important; color: #333 !important; }
</style>
"""


def is_meeting_mode() -> bool:
    return bool(st.session_state.get(MEETING_KEY))


def apply_meeting_style() -> None:
    """Hide the sidebar and chrome, enlarge type (call once per run, in meeting mode)."""
    st.html(_MEETING_CSS)


def _leave_meeting_mode() -> None:
    st.session_state[MEETING_KEY] = False


def exit_button() -> None:
    """The sidebar is hidden in meeting mode, so the way out sits on the page."""
    st.button("退出汇报模式", on_click=_leave_meeting_mode, key="leave_meeting")
