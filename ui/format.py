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
