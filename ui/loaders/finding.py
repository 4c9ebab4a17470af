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


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def finding_detail(url: str, version: int, finding_id: int, scope_code: str | None):
    return detail.finding_detail(get_engine(url), finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def finding_audit_trail(url: str, version: int, finding_id: int, scope_code: str | None) -> pd.DataFrame:
    return audit_trail(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def search_findings(url: str, version: int, text: str, filters: FindingFilters, today: date) -> pd.DataFrame:
    return detail.search_findings(get_engine(url), text=text, filters=filters, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def linked_findings(url: str, version: int, finding_id: int, scope_code: str | None):
    """Findings of other batches confirmed to be the same problem (data_access/finding_links.py)."""
    from data_access.finding_links import linked_findings as linked

    return linked(get_engine(url), finding_id, scope_code=scope_code)
