"""Loaders and the import of the Excel ledger page (台账, pages/ledger.py)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from data_access import ledger
from data_access.access import Viewer
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在生成台账模板…")
def ledger_template(url: str, version: int, user: Viewer) -> bytes:
    return ledger.ledger_template(get_engine(url), user=user)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在生成台账…", max_entries=4)
def ledger_export(url: str, version: int, filters: FindingFilters, today: date, user: Viewer) -> bytes:
    return ledger.export_ledger(get_engine(url), filters=filters, today=today, user=user)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在检查文件…", max_entries=4)
def ledger_preview(url: str, version: int, content: bytes, filename: str, today: date, user: Viewer):
    """What importing the uploaded file would do (an ImportPlan); writes nothing."""
    return ledger.preview_import(get_engine(url), data=content, filename=filename, today=today, user=user)


def import_ledger(url: str, *, content: bytes, filename: str, user: Viewer, today: date, fingerprint: str):
    """Write: import the file the user previewed (raises ImportRejected / LedgerConflict / AccessDenied)."""
    return ledger.apply_import(
        get_engine(url),
        data=content,
        filename=filename,
        actor=user.audit_name,
        today=today,
        expected_fingerprint=fingerprint,
        user=user,
    )
