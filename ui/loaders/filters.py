"""What the sidebar offers: regions, batches and lead units inside the viewer's region."""

from __future__ import annotations

import streamlit as st

from data_access import reference
from data_access.db import get_engine
from ui.filters import UNIT_OPTION_LIMIT, FilterOptions, offered_units, unit_ids_for_labels, unit_label_name
from ui.loaders.shared import CACHE_TTL_SECONDS


# A shared resource, not a pickled copy: the frame and the page ask for it in every rerun of
# every session, and unpickling 3,000 regions twice a run cost more than the rest of the
# sidebar. Nothing changes the options once read; their lookups are built once
# (FilterOptions' cached properties). The data version in the key drops them after a write.
@st.cache_resource(ttl=CACHE_TTL_SECONDS, max_entries=64, show_spinner="正在读取筛选项…")
def filter_options(
    url: str, version: int, unit_ids: tuple[str, ...] = (), scope_code: str | None = None
) -> FilterOptions:
    """Regions, batches and lead units inside the viewer's region (`scope_code`); the lead
    units all of them when few, else only `unit_ids`."""
    engine = get_engine(url)
    small = lead_unit_count(url, version, None, scope_code) <= UNIT_OPTION_LIMIT
    return FilterOptions(
        regions=reference.regions(engine, scope_code=scope_code),
        batches=reference.batches(engine, scope_code=scope_code),
        units=reference.lead_units(
            engine, unit_ids=None if small else [int(i) for i in unit_ids], scope_code=scope_code
        ),
        scope_code=scope_code,
    )


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取筛选项…")
def lead_unit_count(url: str, version: int, region_code: str | None, scope_code: str | None = None) -> int:
    return reference.count_lead_units(get_engine(url), region_code=region_code, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取筛选项…")
def unit_choices(
    url: str, version: int, region_code: str | None, chosen: tuple[str, ...], scope_code: str | None = None
) -> tuple[dict[str, str], int]:
    """The lead units the sidebar offers (see ui.filters.offered_units), inside `scope_code`."""
    engine = get_engine(url)
    # The viewer's own region is their scope: units leading its findings, wherever they sit.
    region = None if region_code == scope_code else region_code
    in_scope = lead_unit_count(url, version, region, scope_code)
    units = (
        reference.lead_units(engine, region_code=region, scope_code=scope_code)
        if in_scope <= UNIT_OPTION_LIMIT
        else None
    )
    chosen_units = (
        reference.lead_units(engine, unit_ids=[int(i) for i in chosen], scope_code=scope_code)
        if chosen
        else None
    )
    return offered_units(units, chosen_units), in_scope


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取筛选项…")
def units_for_labels(
    url: str, version: int, labels: tuple[str, ...], scope_code: str | None = None
) -> list[str]:
    names = [unit_label_name(label) for label in labels]
    units = reference.lead_units(get_engine(url), names=names, scope_code=scope_code)
    return unit_ids_for_labels(units, list(labels))
