"""Display formats for the Chinese interface (no Streamlit import: easy to test)."""

from __future__ import annotations

import math
import re
from datetime import date

MISSING = "—"
# Plotly charts: no tool bar (its icons covered the chart titles, and a room or a phone has no
# use for zoom and lasso); every label is set explicitly in Chinese in charts/.
CHART_CONFIG = {"displayModeBar": False, "displaylogo": False}


def is_missing(value) -> bool:
    """None, NaN, NaT, pd.NA, or an empty or blank text: nothing to show."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value)) if not hasattr(value, "__len__") else False
    except (TypeError, ValueError):
        return False


def text(value) -> str | None:
    """A stored text as shown, or None when there is nothing (never 'None' or 'nan')."""
    return None if is_missing(value) else str(value)


# Characters Streamlit's Markdown would act on: emphasis, links, headings, raw HTML, tables,
# strike-through and `$…$` formulas.
_MARKDOWN = re.compile(r"([\\`*_\[\]()#<>!|~$])")


def plain(value) -> str:
    """Typed or imported text for `st.markdown`/`st.write`, shown as written: a title or a
    report cannot become a link, a heading or a formula (“—” when there is nothing)."""
    shown_text = text(value)
    return MISSING if shown_text is None else _MARKDOWN.sub(r"\\\1", shown_text)


def shown(frame):
    """A table for the screen: every missing cell as “—” (pandas would print None, nan, NaT)."""
    frame = frame.astype(object)
    return frame.where(~frame.map(is_missing), MISSING)


def pct(value: float | None) -> str:
    """0.4605 → '46.1%'; nothing to divide → '—'."""
    if is_missing(value):
        return "—"
    return f"{value * 100:.1f}%"


def date_cn(value: date | None) -> str:
    """2026-11-23 → '2026年11月23日'."""
    if is_missing(value):
        return "—"
    return f"{value.year}年{value.month}月{value.day}日"


def month_cn(value: date) -> str:
    if is_missing(value):
        return MISSING
    return f"{value.year}年{value.month}月"


def count(value: int | float | None) -> str:
    return MISSING if is_missing(value) else f"{int(value):,}"


def signed_line(record: dict, prefix: str) -> str | None:
    """'签字人 · 2024年3月12日' from a closure record's <prefix>_signer / <prefix>_signed_on."""
    signer = record.get(f"{prefix}_signer")
    day = record.get(f"{prefix}_signed_on")
    parts = [part for part in (signer, date_cn(day) if day else None) if part]
    return " · ".join(parts) or None


def notice_line(record: dict) -> str | None:
    """Where and when a closure was publicly noticed, and whether anyone objected."""
    place, start, end = record.get("notice_place"), record.get("notice_start"), record.get("notice_end")
    if not (place or start or end):
        return None
    period = f"{date_cn(start)}至{date_cn(end)}" if start and end else ""
    objections = record.get("notice_objections") or ""
    return "，".join(part for part in (place, period, objections) if part)


def sign_off_line(counts: dict[str, int]) -> str:
    """The sign-off chain's figures under the tiles (overview, dispatch)."""
    return (
        f"销号审核（当前）：审核中 {counts.get('under_review', 0)} 项 · "
        f"被退回 {counts.get('returned', 0)} 项 · 公示中 {counts.get('in_public_notice', 0)} 项"
    )
