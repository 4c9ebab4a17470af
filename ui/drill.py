"""Clicking a bar or slice narrows the shared filters to it (then a row leads to the finding).

Charts put the filter value of each bar in `customdata`; the callbacks run before the next
script run, which is when Streamlit allows a bound widget's value to be changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import streamlit as st


def selected_value(selection: Mapping | None) -> str | None:
    """The customdata of the first selected point of a Plotly selection, as text."""
    if not selection:
        return None
    points = (selection.get("selection") or {}).get("points") or []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if data not in (None, ""):
            return str(data)
    return None


def narrow_filter(chart_key: str, filter_key: str, *, multiple: bool) -> Callable[[], None]:
    """An on_select callback that sets the shared filter `filter_key` to the clicked value."""

    def callback() -> None:
        value = selected_value(st.session_state.get(chart_key))
        if value is not None:
            st.session_state[filter_key] = [value] if multiple else value

    return callback
