"""Loaders of the plan import page (方案导入, pages/plan-import.py)."""

from __future__ import annotations

import streamlit as st

from data_access.commands.plan_import import batch_findings as stored_findings
from data_access.commands.plan_import import column_mappings as stored_mappings
from data_access.db import get_engine
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def batch_findings(url: str, version: int, batch_code: str) -> dict[int, str]:
    return stored_findings(get_engine(url), batch_code=batch_code)


def column_mappings(url: str) -> dict[str, dict[str, str | None]]:
    """The remembered task-table column assignments; not cached: a few rows, read fresh after a save."""
    return stored_mappings(get_engine(url))


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def similar_findings(
    url: str,
    version: int,
    titles: tuple[str, ...],
    region_code: str,
    exclude_batch: str | None,
    scope_code: str | None,
):
    """For each title, findings of other batches of the region that read like it (best first)."""
    from data_access.finding_links import similar_findings as find

    return find(
        get_engine(url), titles, region_code=region_code, exclude_batch=exclude_batch, scope_code=scope_code
    )
