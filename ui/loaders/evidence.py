"""Loaders and writes of evidence files (佐证材料): the drill-down's section and the report form.

The bytes are read through `data_access.evidence.load_evidence_file`, which checks the
viewer's region itself; the cached thumbnails are keyed on the viewer, so one user's cache
never serves another's region.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data_access import evidence as reads
from data_access.access import Viewer
from data_access.commands import evidence as commands
from data_access.db import get_engine
from reports import closure_form
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取佐证材料…")
def finding_evidence(url: str, version: int, finding_id: int, scope_code: str | None) -> pd.DataFrame:
    return reads.list_evidence(get_engine(url), finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取佐证材料…", max_entries=2000)
def thumbnail(url: str, version: int, evidence_id: int, viewer: Viewer) -> bytes | None:
    # Keyed on the data version too: a reloaded database reuses ids for other files.
    loaded = reads.load_evidence_file(get_engine(url), viewer, evidence_id, thumbnail=True)
    return loaded.content if loaded else None


def evidence_file(url: str, evidence_id: int, viewer: Viewer) -> reads.EvidenceFile | None:
    """The whole file, read when shown or clicked (not cached: photos are megabytes)."""
    return reads.load_evidence_file(get_engine(url), viewer, evidence_id)


def file_bytes(url: str, evidence_id: int, viewer: Viewer) -> bytes:
    """For a download button's deferred data: the bytes, or a short note if the file is gone."""
    loaded = evidence_file(url, evidence_id, viewer)
    return loaded.content if loaded else "文件不存在或无权查看。".encode()


def evidence_pack(url: str, viewer: Viewer, finding_id: int) -> bytes:
    """The closure pack (built on click): the closure form (Word) of the sign-off chain when the
    finding has an application, and the closure attachments in a folder."""
    engine = get_engine(url)
    try:
        form = [
            (
                f"整改验收销号登记表-{finding_id}.docx",
                closure_form.closure_form_docx(engine, viewer, finding_id),
            )
        ]
    except LookupError:  # no application yet: the attachments alone
        form = []
    return reads.evidence_zip(reads.evidence_files_for_closure(engine, viewer, finding_id), beside=form)


def add_evidence(url: str, **kwargs) -> commands.AddedEvidence:
    """Write: one file (raises EvidenceError / AccessDenied with nothing stored)."""
    return commands.add_evidence(get_engine(url), **kwargs)


def remove_evidence(url: str, **kwargs) -> str:
    return commands.remove_evidence(get_engine(url), **kwargs)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取佐证材料…")
def attach_targets(url: str, version: int, finding_id: int, scope_code: str | None) -> dict:
    return reads.attach_targets(get_engine(url), finding_id, scope_code=scope_code)


def report_id(url: str, finding_id: int, period, scope_code: str | None) -> int | None:
    return reads.report_id(get_engine(url), finding_id, period, scope_code=scope_code)
