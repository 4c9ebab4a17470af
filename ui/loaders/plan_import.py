"""Loaders of the plan import page (方案导入, pages/plan-import.py)."""

from __future__ import annotations

import streamlit as st

from data_access.commands.plan_import import batch_findings as stored_findings
from data_access.commands.plan_import import column_mappings as stored_mappings
from data_access.db import get_engine
from intake.plan_document import read_plan_bytes
from intake.plan_parser import ParsedPlan, parse_plan_text
from ui.loaders.shared import CACHE_TTL_SECONDS

# An upload is read and parsed once, not on every rerun: each edit in the preview reruns the
# page, and a .doc or .wps takes LibreOffice seconds to convert. Keyed by the file's bytes, so a
# new upload (or the same name with other content) is read afresh; a few entries bound memory.
_DOCUMENTS_KEPT = 8


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取该批次已有问题…")
def batch_findings(url: str, version: int, batch_code: str) -> dict[int, str]:
    return stored_findings(get_engine(url), batch_code=batch_code)


@st.cache_data(max_entries=_DOCUMENTS_KEPT, ttl=CACHE_TTL_SECONDS, show_spinner="正在读取文件…")
def document_text(data: bytes, file_name: str) -> str:
    """The text of an uploaded plan; a PlanFileError is raised again on every rerun (not kept)."""
    return read_plan_bytes(data, file_name)


@st.cache_data(max_entries=_DOCUMENTS_KEPT, ttl=CACHE_TTL_SECONDS, show_spinner="正在识别整改问题…")
def parsed_plan(text: str, known_mapping: dict[str, dict[str, str | None]]) -> ParsedPlan:
    """The findings read from a plan's text with the remembered column assignments (a copy per
    rerun, so the page's edits never reach the kept plan); a PlanParseError is not kept."""
    return parse_plan_text(text, known_mapping=known_mapping)


def column_mappings(url: str) -> dict[str, dict[str, str | None]]:
    """The remembered task-table column assignments; not cached: a few rows, read fresh after a save."""
    return stored_mappings(get_engine(url))


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在比对其他批次的相似问题…")
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
