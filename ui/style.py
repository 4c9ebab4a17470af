"""Page-wide CSS of every page (the frame applies it once per run).

Streamlit has no API for these: the warning colour of a problem tile, the KPI tiles in rows of
five on a 1024-px projector and of two on a phone, and the uploader's English instructions
("Upload", "200MB per file").
"""

from __future__ import annotations

import streamlit as st

from charts.overview import WARNING_COLOR

WARN_KEY_PREFIX = "kpi_warn_"  # st.container(key=...) → CSS class st-key-kpi_warn_…
KPI_ROW_KEY = "kpis"
CONTROLS_ROW_KEY = "controls"  # a row of widgets that wraps on a narrow screen instead of cutting them
CHART_ROW_PREFIX = "chart_row_"  # a row of charts side by side, one under the other when narrow

_BASE_CSS = f"""
<style>
/* A problem figure (overdue, late) in the warning colour, so it stands out among the tiles. */
[class*="st-key-{WARN_KEY_PREFIX}"] [data-testid="stMetricValue"],
[class*="st-key-{WARN_KEY_PREFIX}"] [data-testid="stMetricLabel"] p {{
  color: {WARNING_COLOR} !important;
}}
[class*="st-key-{WARN_KEY_PREFIX}"] [data-testid="stMetricValue"] {{ font-weight: 700; }}
/* A laptop or projector (1366 px with the sidebar open leaves nine tiles about 85 px each):
   the figures scale with the screen and labels wrap, never cut to “55.…” or “30天内…”. */
@media (min-width: 641px) {{
  .st-key-{KPI_ROW_KEY} [data-testid="stMetricValue"] {{ font-size: clamp(1.25rem, 1.9vw, 2.25rem); }}
  .st-key-{KPI_ROW_KEY} [data-testid="stMetricValue"] > div,
  .st-key-{KPI_ROW_KEY} [data-testid="stMetricLabel"] > div,
  .st-key-{KPI_ROW_KEY} [data-testid="stMetricLabel"] p {{
    overflow: visible !important; text-overflow: clip !important; white-space: normal !important;
  }}
}}
/* An older projector (1024×768) or a narrow window: a row of seven or more tiles (the overview's
   nine) would wrap their labels a character a line; five tiles a row, in two rows. */
@media (min-width: 641px) and (max-width: 1279px) {{
  .st-key-{KPI_ROW_KEY} [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"]:nth-child(7)) {{
    flex-wrap: wrap !important; gap: 0.5rem 1rem;
  }}
  .st-key-{KPI_ROW_KEY} [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"]:nth-child(7))
    > [data-testid="stColumn"] {{
    flex: 1 1 calc(20% - 1rem) !important; min-width: calc(20% - 1rem) !important;
    width: calc(20% - 1rem) !important;
  }}
  .st-key-{KPI_ROW_KEY} [data-testid="stMetricValue"] {{ font-size: 1.75rem; }}
}}
/* A row of controls (the map's layers, colours and switches) below 1300 px: the controls wrap,
   a line each or two, instead of the pills and switches being cut (“废弃矿…”). */
@media (min-width: 641px) and (max-width: 1299px) {{
  .st-key-{CONTROLS_ROW_KEY} [data-testid="stHorizontalBlock"] {{ flex-wrap: wrap !important; }}
  .st-key-{CONTROLS_ROW_KEY} [data-testid="stColumn"] {{ min-width: 21rem !important; }}
}}
/* Charts side by side below 1300 px (1024 px beside the sidebar left 330 and 217 px: the
   legend on the title, bar labels cut, axis numbers run together): one chart a line. */
@media (min-width: 641px) and (max-width: 1299px) {{
  [class*="st-key-{CHART_ROW_PREFIX}"] [data-testid="stHorizontalBlock"] {{ flex-wrap: wrap !important; }}
  [class*="st-key-{CHART_ROW_PREFIX}"] [data-testid="stColumn"] {{
    min-width: 100% !important;
  }}
}}
/* Phone: two tiles per row instead of eight stacked rows before the first chart. */
@media (max-width: 640px) {{
  .st-key-{KPI_ROW_KEY} [data-testid="stHorizontalBlock"] {{
    flex-wrap: wrap !important; gap: 0.5rem 0.75rem;
  }}
  .st-key-{KPI_ROW_KEY} [data-testid="stColumn"] {{
    flex: 1 1 calc(50% - 0.75rem) !important; min-width: calc(50% - 0.75rem) !important;
    width: calc(50% - 0.75rem) !important;
  }}
  .st-key-{KPI_ROW_KEY} [data-testid="stMetricValue"] {{ font-size: 1.6rem; }}
}}
/* The uploader in Chinese: its button and size line are English with no API to change them;
   the real limit is stated by each page in its own words. */
[data-testid="stFileUploaderDropzone"] button p {{ font-size: 0 !important; }}
[data-testid="stFileUploaderDropzone"] button p::after {{ content: "选择文件"; font-size: 0.875rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0 !important; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{
  content: "拖放文件到此处，或点击“选择文件”"; font-size: 0.875rem;
}}
/* A file the browser refused (too large, wrong type) shows only a red icon, with the reason in
   English on hover: say it in Chinese under its name. */
[data-testid="stFileChip"][aria-invalid="true"] > div:nth-child(2)::after {{
  content: "未上传：单个文件不超过 {{limit_mb}} MB，且须为所列格式"; display: block; white-space: normal;
  color: {WARNING_COLOR}; font-size: 0.8rem;
}}
</style>
"""


def apply_base_style() -> None:
    # The limit the browser enforces (server.maxUploadSize), in the refused file's message.
    st.html(_BASE_CSS.replace("{limit_mb}", str(st.get_option("server.maxUploadSize"))))


def kpi(column, label: str, value: str, *, warn: str | None = None, **metric) -> None:
    """One KPI tile. `warn` (an ASCII name, given when a problem count is above zero) draws it
    in the warning colour."""
    if warn:
        column.container(key=WARN_KEY_PREFIX + warn).metric(label, value, **metric)
    else:
        column.metric(label, value, **metric)


def chart_row(name: str, spec, **options):
    """Columns for charts side by side (st.columns' `spec`), stacked one a line on a screen
    narrower than 1300 px (the CSS above); `name` tells the page's rows apart."""
    return st.container(key=f"{CHART_ROW_PREFIX}{name}").columns(spec, **options)
