"""The shared filter sidebar.

Each widget is bound to a URL query parameter of the same name (Streamlit's
`bind="query-params"`), so a filtered view can be bookmarked and shared, and invalid values
in a pasted link are ignored rather than crashing the page. Turning the widget state into
query filters and a Chinese description are plain functions, tested without Streamlit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

import pandas as pd
import streamlit as st

from core.vocabulary import CATEGORY_LABELS, STATUS_LABELS
from data_access.metrics import DUE_SOON_DAYS, FindingFilters

DUE_WINDOWS: dict[str, str] = {
    "all": "全部",
    "overdue": "已过时限",
    "30d": f"{DUE_SOON_DAYS}天内到期",
    "90d": "90天内到期",
    "year": "本年度到期",
    "custom": "自定义",
}

# The widget keys double as URL parameter names (widgets are bound to the query string).
FILTER_KEYS = ("region", "batch", "unit", "coop", "category", "status", "due", "due_from", "due_to", "as_of")


@dataclass(frozen=True)
class FilterOptions:
    """What the widgets may offer, read from the database."""

    regions: pd.DataFrame  # code, name, short_name, level, parent_code
    batches: pd.DataFrame  # code, name
    units: pd.DataFrame  # id, name, region_code, region_name: all lead units, or the chosen ones
    scope_code: str | None = None  # the viewer's region (there is no "all" beyond it)

    # Plain-Python lookups the sidebar and captions use on every rerun. The options are one
    # shared object per data version (ui/loaders/filters.py), so these are built once, not by
    # walking 3,000 Arrow-backed region names element by element in every run of every session.
    @cached_property
    def region_codes(self) -> list[str]:
        return self.regions["code"].tolist()

    @cached_property
    def region_names(self) -> dict[str, str]:
        return dict(zip(self.region_codes, self.regions["name"].tolist(), strict=True))

    @cached_property
    def region_labels(self) -> dict[str, str]:
        """code → the label shown and written in the URL (see `_region_label`)."""
        repeated = {name for name, number in Counter(self.region_names.values()).items() if number > 1}
        return {
            code: f"{name}（{code}）" if name in repeated else name
            for code, name in self.region_names.items()
        }

    @cached_property
    def batch_names(self) -> dict[str, str]:
        return dict(zip(self.batches["code"].tolist(), self.batches["name"].tolist(), strict=True))


def filters_from_state(state: Mapping[str, object], today: date) -> FindingFilters:
    """The query filters for the widget state."""
    as_of = state.get("as_of") or today
    due_from, due_to = _due_window(str(state.get("due") or "all"), as_of, state)
    return FindingFilters(
        region_code=state.get("region") or None,
        batch_codes=tuple(state.get("batch") or ()),
        lead_unit_ids=tuple(int(u) for u in state.get("unit") or ()),
        include_cooperating=bool(state.get("coop")),
        categories=tuple(state.get("category") or ()),
        statuses=tuple(state.get("status") or ()),
        due_from=due_from,
        due_to=due_to,
        as_of=None if as_of == today else as_of,
    )


def _due_window(window: str, as_of: date, state: Mapping[str, object]) -> tuple[date | None, date | None]:
    if window == "overdue":
        return None, as_of - timedelta(days=1)
    if window == "30d":
        return as_of, as_of + timedelta(days=DUE_SOON_DAYS)
    if window == "90d":
        return as_of, as_of + timedelta(days=90)
    if window == "year":
        return date(as_of.year, 1, 1), date(as_of.year, 12, 31)
    if window == "custom":
        return state.get("due_from"), state.get("due_to")
    return None, None


def describe_filters(state: Mapping[str, object], options: FilterOptions, today: date) -> str:
    """One Chinese line saying what the numbers cover, for captions and exports."""
    parts = []
    names = options.region_names
    parts.append(f"地区：{names.get(state.get('region') or options.scope_code, '全部')}")
    if state.get("batch"):
        batch_names = options.batch_names
        parts.append("批次：" + "、".join(batch_names[c] for c in state["batch"]))
    if state.get("unit"):
        unit_names = {
            str(i): name for i, name in zip(options.units["id"], options.units["name"], strict=True)
        }
        suffix = "（含配合）" if state.get("coop") else ""
        parts.append("牵头单位：" + "、".join(unit_names[u] for u in state["unit"]) + suffix)
    if state.get("category"):
        parts.append("类别：" + "、".join(CATEGORY_LABELS[c] for c in state["category"]))
    if state.get("status"):
        parts.append("状态：" + "、".join(STATUS_LABELS[s] for s in state["status"]))
    if (state.get("due") or "all") != "all":
        parts.append("时限：" + DUE_WINDOWS[str(state["due"])])
    as_of = state.get("as_of") or today
    parts.append(f"统计截至：{as_of.year}年{as_of.month}月{as_of.day}日")
    return "；".join(parts)


def _region_label(options: FilterOptions):
    """Region names as shown and as written in the URL (?region=湘潭市); the code is added
    only where two regions share a name, so every label stays unique."""
    labels = options.region_labels

    def label(code: str) -> str:
        return labels[code] if code else "全部地区"

    return label


def _forget_unavailable(options: FilterOptions) -> None:
    """Drop chosen values the options no longer hold (after signing in as a user of one county)."""
    region = st.session_state.get("region")
    offered = options.region_names  # a dict: `in` looks up a code
    if options.scope_code in offered and region not in offered:
        # Set, not dropped: the browser still shows the old choice unless told the new one.
        st.session_state["region"] = options.scope_code
    elif region and region not in offered:
        st.session_state.pop("region", None)
    batches = options.batch_names.keys()
    chosen = st.session_state.get("batch")
    if chosen and not set(chosen) <= batches:
        st.session_state["batch"] = [code for code in chosen if code in batches]


UNIT_OPTION_LIMIT = 3000  # lead units offered at most; more means: choose a region first


def _unit_label(name: str, region: str) -> str:
    return f"{name}（{region}）"


def unit_label_name(label: str) -> str:
    """The unit name of a label made by `_unit_label` (县发改局（湘潭市） → 县发改局)."""
    return label.rsplit("（", 1)[0]


def offered_units(units: pd.DataFrame | None, chosen: pd.DataFrame | None) -> dict[str, str]:
    """Unit id (a string: URL values are strings) → label, for the picker.

    `units`: the lead units of the selected region and its sub-regions, or None when there are
    more than UNIT_OPTION_LIMIT (the user narrows the region first); `chosen`: the units
    already selected, always offered so that a selection made elsewhere (a chart click, a
    link) stays.
    """
    labels: dict[str, str] = {}
    for frame in (units, chosen):
        if frame is None:
            continue
        for i, name, region in zip(
            frame["id"].tolist(), frame["name"].tolist(), frame["region_name"].tolist(), strict=True
        ):
            labels.setdefault(str(i), _unit_label(name, region))
    return labels


def unit_ids_for_labels(units: pd.DataFrame, labels: list[str]) -> list[str]:
    """Unit ids (as strings) for labels as written in the URL (?unit=县发改局（湘潭市）)."""
    wanted = set(labels)
    return [
        str(i)
        for i, name, region in zip(
            units["id"].tolist(), units["name"].tolist(), units["region_name"].tolist(), strict=True
        )
        if _unit_label(name, region) in wanted
    ]


UnitChoices = Callable[[str | None, tuple[str, ...]], tuple[dict[str, str], int]]
UnitsForLabels = Callable[[tuple[str, ...]], list[str]]


def render_filter_sidebar(
    options: FilterOptions, today: date, *, unit_choices: UnitChoices, units_for_labels: UnitsForLabels
) -> tuple[FindingFilters, dict[str, object]]:
    """Draw the shared filters in the sidebar; return the query filters and the raw state.

    `unit_choices(region_code, chosen_ids)` gives the lead units to offer and how many the
    region has; `units_for_labels(labels)` the ids of the units a shared link names.
    """
    _forget_unavailable(options)
    bound = {"bind": "query-params"}
    with st.sidebar:
        st.header("筛选")
        st.selectbox(
            "地区",
            # A user limited to a region starts from it: there is no "all" beyond it.
            options=[*([] if options.scope_code else [""]), *options.region_codes],
            format_func=_region_label(options),
            key="region",
            help="选择一个地区时包含其下辖地区。",
            **bound,
        )
        batch_names = options.batch_names
        st.multiselect(
            "督察批次",
            options=list(batch_names),
            format_func=batch_names.get,
            key="batch",
            placeholder="全部批次",
            **bound,
        )
        # The units of the selected region (and those already chosen), not every unit of the
        # country: a national database has 35,000 lead units.
        chosen = tuple(str(u) for u in st.session_state.get("unit") or ())
        linked = tuple(st.query_params.get_all("unit"))
        if not chosen and linked:  # a shared link names the units by their labels
            chosen = tuple(units_for_labels(linked))
        unit_names, in_scope = unit_choices(st.session_state.get("region") or None, chosen)
        current = st.session_state.get("unit")
        if current and not set(current) <= set(unit_names):  # e.g. units outside the viewer's region
            st.session_state["unit"] = [unit for unit in current if unit in unit_names]
        st.multiselect(
            "牵头单位",
            options=list(unit_names),
            format_func=unit_names.get,
            key="unit",
            placeholder="全部单位" if in_scope <= UNIT_OPTION_LIMIT else "请先选择地区",
            help=None
            if in_scope <= UNIT_OPTION_LIMIT
            else f"共{in_scope:,}个牵头单位，选择地区后可从中挑选（每次最多列出{UNIT_OPTION_LIMIT:,}个）。",
            **bound,
        )
        st.checkbox("同时统计作为配合单位的问题", key="coop", **bound)
        st.multiselect(
            "问题类别",
            options=list(CATEGORY_LABELS),
            format_func=CATEGORY_LABELS.get,
            key="category",
            placeholder="全部类别",
            **bound,
        )
        st.multiselect(
            "整改状态",
            options=list(STATUS_LABELS),
            format_func=STATUS_LABELS.get,
            key="status",
            placeholder="全部状态",
            **bound,
        )
        st.selectbox("整改时限", options=list(DUE_WINDOWS), format_func=DUE_WINDOWS.get, key="due", **bound)
        if st.session_state.get("due") == "custom":
            st.date_input("时限起", value=today, key="due_from", format="YYYY-MM-DD", **bound)
            st.date_input(
                "时限止", value=today + timedelta(days=90), key="due_to", format="YYYY-MM-DD", **bound
            )
        st.date_input(
            "统计截至日期",
            value=today,
            key="as_of",
            format="YYYY-MM-DD",
            help="选择过去的日期可查看当时的情况。",
            **bound,
        )
    state = {key: st.session_state.get(key) for key in FILTER_KEYS}
    return filters_from_state(state, today), state
