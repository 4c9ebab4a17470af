"""Loaders of the finding drill-down (问题详情, pages/finding.py)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from data_access import finding_detail as detail
from data_access.audit_queries import finding_audit_trail as audit_trail
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取问题详情…")
def finding_detail(url: str, version: int, finding_id: int, scope_code: str | None):
    return detail.finding_detail(get_engine(url), finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取问题详情…")
def finding_audit_trail(url: str, version: int, finding_id: int, scope_code: str | None) -> pd.DataFrame:
    return audit_trail(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取问题详情…")
def search_findings(url: str, version: int, text: str, filters: FindingFilters, today: date) -> pd.DataFrame:
    return detail.search_findings(get_engine(url), text=text, filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取关联问题…")
def linked_findings(url: str, version: int, finding_id: int, scope_code: str | None):
    """Findings of other batches confirmed to be the same problem (data_access/finding_links.py)."""
    from data_access.finding_links import linked_findings as linked

    return linked(get_engine(url), finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在比对其他批次的相似问题…")
def link_suggestions(url: str, version: int, finding_id: int, scope_code: str | None):
    """可能相同的问题: findings of other batches of the region whose title reads like this one's."""
    from data_access.finding_links import link_suggestions as suggest

    return suggest(get_engine(url), finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在查找其他批次的问题…")
def link_search(url: str, version: int, finding_id: int, scope_code: str | None, text: str):
    """Findings of other batches of the region found by a typed number or title words."""
    from data_access.finding_links import link_search as search

    return search(get_engine(url), finding_id, text, scope_code=scope_code)


def link_same_problem(url: str, **kwargs):
    """Write: link two findings (raises LinkError / AccessDenied with nothing written)."""
    from data_access.commands.finding_links import link_same_problem as link

    return link(get_engine(url), **kwargs)


def unlink_same_problem(url: str, **kwargs):
    from data_access.commands.finding_links import unlink_same_problem as unlink

    return unlink(get_engine(url), **kwargs)
