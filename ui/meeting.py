"""Meeting mode (汇报模式): a screen designed for a projector or a wall display.

`?meeting=true` hides the sidebar and chrome and each page stops after its key screen. Text
sizes follow the viewport (CSS clamp() of vw/vh), so the tiles stay whole from 1366×768 to
3840×2160; the page is one column of the screen's height and the chart row (`fill_row`) takes
whatever the title and tiles leave, its charts drawn at that height (`height="stretch"`).
Plotly draws its text in pixels of its own, so the charts get a font size from the screen's
size, which a small component reports from the browser (`screen_scale`: 1 at 1920×1080, 2 at
3840×2160); the map's first view is fitted to the screen's map area the same way.
`&rotate=30` cycles overview → overdue → dispatch → map every 30 seconds, for a screen left
running on a wall.
"""

from __future__ import annotations

import time

import streamlit as st

from charts.overview import WARNING_COLOR

MEETING_KEY = "meeting"  # also the URL parameter: ?meeting=true
ROTATE_PARAM = "rotate"  # seconds per screen: ?meeting=true&rotate=30
ROTATION = ("overview", "overdue", "dispatch", "map")  # url_path of each screen, in order
ROTATE_LIMITS = (10, 3600)
FILL_KEY = "meeting_fill"  # st.container(key=...) → CSS class st-key-meeting_fill
SCREEN_KEY = "meeting_screen"  # (width, height) of the browser's viewport in CSS pixels
BASE_SCREEN = (1920, 1080)  # the screen the charts' sizes were designed on (scale 1)
SCALE_LIMITS = (0.7, 2.5)  # 1344×756 … 4800×2700; beyond, the floor or ceiling

# Reports the viewport's size on mount and after a resize (debounced), as the component's state
# "size"; a change reruns the script, which then draws the charts at the new size.
_SCREEN_JS = """
export default function ({ setStateValue }) {
  let last = "";
  let timer = null;
  const report = () => {
    const size = [window.innerWidth, window.innerHeight];
    if (size.join("x") !== last) {
      last = size.join("x");
      setStateValue("size", size);
    }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(report, 400); };
  report();
  window.addEventListener("resize", later);
  return () => { clearTimeout(timer); window.removeEventListener("resize", later); };
}
"""

# Heights in vh and widths in vw, whichever is tighter (min()), so a 16:9, 16:10 or 4:3 screen
# keeps every label whole; clamp() keeps a floor for small windows and a ceiling for walls.
_MEETING_CSS = f"""
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"] {{
  display: none !important;
}}
/* No scrolling: the screen is designed to fit; nothing below it is meant to be reached. */
[data-testid="stMain"] {{ overflow: hidden !important; }}
/* The page is a column exactly the screen's height; the chart row (a stretch container) takes
   what the title and tiles leave. Its columns and their charts stretch down to its foot (Plotly
   lays out again at the measured height; the keyed box must not flex, or its height is lost). */
.block-container {{
  padding: 1.2vh 2vw 1.2vh 2vw !important; max-width: 100% !important; height: 100vh;
  box-sizing: border-box; display: flex; flex-direction: column;
}}
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] {{ flex: 1 1 0; min-height: 0; }}
.st-key-{FILL_KEY}, .st-key-{FILL_KEY} [data-testid="stLayoutWrapper"],
.st-key-{FILL_KEY} [data-testid="stVerticalBlock"] {{ min-height: 0; }}
.st-key-{FILL_KEY} [data-testid="stLayoutWrapper"]:has(> [data-testid="stHorizontalBlock"]) {{
  flex: 1 1 0; min-height: 0;
}}
.st-key-{FILL_KEY} [data-testid="stHorizontalBlock"] {{ align-items: stretch !important; height: 100%; }}
.st-key-{FILL_KEY} [data-testid="stColumn"] {{ display: flex; flex-direction: column; min-height: 0; }}
.st-key-{FILL_KEY} [data-testid="stColumn"] > [data-testid="stVerticalBlock"] {{
  flex: 1 1 0; min-height: 0;
}}
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] {{ gap: min(1.2vh, 0.7vw); }}
h1 {{
  font-size: clamp(1.4rem, min(2.3vw, 4.1vh), 6rem) !important; padding: 0 !important;
  line-height: 1.25 !important;
}}
[data-testid="stMetric"] {{ padding: 0 !important; }}
[data-testid="stMetricValue"] {{
  font-size: clamp(1.5rem, min(2.9vw, 5.2vh), 8rem) !important; font-weight: 700 !important;
  line-height: 1.15 !important;
}}
[data-testid="stMetricValue"] > div, [data-testid="stMetricLabel"] > div, [data-testid="stMetricLabel"] p {{
  overflow: visible !important; text-overflow: clip !important;
}}
[data-testid="stMetricLabel"] p {{ font-size: clamp(0.85rem, min(1.3vw, 2.3vh), 3.4rem) !important; }}
[data-testid="stMetricLabel"] {{ min-height: 0 !important; }}
/* No hovering on a wall: the help icons only take room. */
[data-testid="stMetricLabel"] [data-testid="stTooltipIcon"], [data-testid="stMetricLabel"] svg {{
  display: none !important;
}}
[data-testid="stMetricDelta"] {{ font-size: clamp(0.75rem, min(1vw, 1.8vh), 2.4rem) !important; }}
[data-testid="stCaptionContainer"] p {{
  font-size: clamp(0.75rem, min(1vw, 1.8vh), 2.6rem) !important; color: #333 !important;
}}
[data-testid="stMetricValue"] p {{ font-size: inherit !important; line-height: inherit !important; }}
/* The way out and the carousel state sit in the top right corner, taking no line. */
.st-key-meeting_corner {{
  position: fixed; top: 1vh; right: 1.5vw; z-index: 1000; width: auto !important;
  background: rgba(255, 255, 255, 0.9);
}}
.st-key-meeting_corner button p {{ font-size: clamp(0.75rem, min(0.9vw, 1.6vh), 2rem); }}
[class*="st-key-kpi_warn_"] {{ border-bottom: 0.35vh solid {WARNING_COLOR}; }}
/* The controls on a screen (month, layers, colours) grow with it too: their default 14 px at
   1920×1080 and below, twice that on a 3840×2160 wall. */
[data-testid="stMainBlockContainer"] [data-testid="stSelectbox"] input,
[data-testid="stMainBlockContainer"] [data-testid="stWidgetLabel"] p,
[data-testid="stMainBlockContainer"] [data-testid="stButtonGroup"] button p,
[data-testid="stMainBlockContainer"] [data-testid="stCheckbox"] p {{
  font-size: clamp(0.875rem, min(0.75vw, 1.35vh), 2.2rem) !important; line-height: 1.4 !important;
}}
[data-testid="stMainBlockContainer"] [data-testid="stSelectbox"] [role="group"] {{
  height: auto; min-height: 0;
}}
</style>
"""


def is_meeting_mode() -> bool:
    return bool(st.session_state.get(MEETING_KEY))


def apply_meeting_style() -> None:
    """Hide the sidebar and chrome, size the type to the screen (once per run, in meeting mode)."""
    st.html(_MEETING_CSS)
    _read_screen()


def _screen_component():
    """The component reporting the viewport (registered once per process)."""
    global _SCREEN
    if _SCREEN is None:
        from streamlit.components.v2 import component

        _SCREEN = component("dashboard_meeting_screen", js=_SCREEN_JS)
    return _SCREEN


_SCREEN = None


def _read_screen() -> None:
    """Mount the viewport reporter (in the hidden sidebar: it takes no room on the screen) and
    keep its last report in the session, so the next page knows the size on its first run."""
    with st.sidebar:
        result = _screen_component()(key="meeting_screen_reporter", on_size_change=lambda: None)
    size = result.get("size") if hasattr(result, "get") else getattr(result, "size", None)
    if isinstance(size, (list, tuple)) and len(size) == 2 and all(isinstance(v, (int, float)) for v in size):
        st.session_state[SCREEN_KEY] = (int(size[0]), int(size[1]))


def screen_size() -> tuple[int, int]:
    """The viewport in CSS pixels as last reported (1920×1080 until the browser has said)."""
    return st.session_state.get(SCREEN_KEY) or BASE_SCREEN


def scale_for(width: int, height: int) -> float:
    """Sizes relative to 1920×1080, by the tighter of width and height (as the tiles' CSS
    min(vw, vh)), in steps of 0.05 so a few cached figures serve every screen."""
    ratio = min(width / BASE_SCREEN[0], height / BASE_SCREEN[1])
    low, high = SCALE_LIMITS
    return round(min(max(ratio, low), high) * 20) / 20


def screen_scale() -> float:
    """The meeting screen's scale for chart text, bar labels and margins (1 at 1920×1080)."""
    return scale_for(*screen_size())


def map_area(width: int, height: int) -> tuple[int, int]:
    """The size in CSS pixels of the map screen's map (its column is 4/5 of the row beside the
    legend; above it the title, the controls and the tiles), to fit the first view to."""
    scale = scale_for(width, height)
    return round(width * 0.96 * 0.78), max(round(height - 320 * scale), 300)


def fill_row():
    """The container of a meeting screen's chart row: it takes the height the title and tiles
    leave (a stretch container in the screen-high column), its charts drawn with
    height="stretch" to its foot."""
    return st.container(height="stretch", key=FILL_KEY)


def chart_container(column, name: str):
    """The container a meeting screen's chart goes in (a CSS hook: st-key-meeting_chart_…)."""
    return column.container(key=f"meeting_chart_{name}", height="stretch")


def stretched(figure):
    """A meeting screen's figure without a height of its own: drawn with height="stretch", it
    takes the height of its row (a fixed layout.height would win over the box)."""
    figure.layout.height = None
    return figure


def _leave_meeting_mode() -> None:
    st.session_state[MEETING_KEY] = False
    st.query_params.pop(ROTATE_PARAM, None)


def exit_button() -> None:
    """The sidebar is hidden in meeting mode, so the way out sits on the page (top right)."""
    with st.container(key="meeting_corner", horizontal=True):
        seconds = rotation_seconds()
        if seconds:
            st.caption(f"自动轮播：每{seconds}秒切换")
        st.button("退出汇报模式", on_click=_leave_meeting_mode, key="leave_meeting")


def rotation_seconds() -> int | None:
    """Seconds per screen from ?rotate=, within sensible bounds; None without carousel."""
    raw = st.query_params.get(ROTATE_PARAM, "")
    if not raw.isdigit() or not is_meeting_mode():
        return None
    low, high = ROTATE_LIMITS
    return min(max(int(raw), low), high)


def next_screen(current: str) -> str:
    """The screen after `current` in the carousel (the first one from any other page)."""
    if current not in ROTATION:
        return ROTATION[0]
    return ROTATION[(ROTATION.index(current) + 1) % len(ROTATION)]


def carried_params() -> dict[str, list[str]]:
    """The URL parameters to take along on st.switch_page: those not bound to a widget (the
    frame's bound widgets — filters, 汇报模式 — write theirs again; Streamlit refuses to have
    them set directly). Streamlit has no public test for a bound parameter."""
    from streamlit.runtime.state import get_session_state

    with get_session_state().query_params() as params:
        return {key: params.get_all(key) for key in params if not params.is_bound(key)}


def rotate(current: str, pages: dict) -> None:
    """In a carousel, switch to the next screen after the interval (call once per run, from
    the frame). `pages` maps url_path → st.Page; the URL parameters (filters, meeting, rotate)
    go along."""
    seconds = rotation_seconds()
    if not seconds:
        return
    since = st.session_state.get("rotate_since")
    if not since or since[0] != current:
        st.session_state["rotate_since"] = (current, time.monotonic())

    @st.fragment(run_every=seconds)
    def tick() -> None:
        shown_on, started = st.session_state["rotate_since"]
        if shown_on == current and time.monotonic() - started >= seconds - 1:
            target = pages.get(next_screen(current))
            if target is not None:
                params = carried_params()
                params.pop("finding", None)
                st.switch_page(target, query_params=params)

    tick()
