"""Display formats for the Chinese interface (no Streamlit import: easy to test)."""

from __future__ import annotations

from datetime import date


def pct(value: float | None) -> str:
    """0.4605 → '46.1%'; nothing to divide → '—'."""
    if value is None:
        return "—"
    return f"{value * 100:.1f}%"


def date_cn(value: date | None) -> str:
    """2026-11-23 → '2026年11月23日'."""
    if value is None:
        return "—"
    return f"{value.year}年{value.month}月{value.day}日"


def month_cn(value: date) -> str:
    return f"{value.year}年{value.month}月"


def count(value: int | float | None) -> str:
    return "—" if value is None else f"{int(value):,}"
