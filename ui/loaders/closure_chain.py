"""Loaders and writes of the sign-off chain (销号审核, pages/sign-off.py and the drill-down)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from data_access import closure_chain as chain
from data_access.access import Viewer
from data_access.commands import closure_chain as commands
from data_access.db import get_engine
from reports import closure_form
from ui.loaders.shared import CACHE_TTL_SECONDS


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def work_counts(url: str, version: int, viewer: Viewer, today: date) -> dict[str, int]:
    return chain.work_counts(get_engine(url), viewer=viewer, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def work_list(url: str, version: int, viewer: Viewer, today: date, which: str) -> pd.DataFrame:
    return chain.work_list(get_engine(url), viewer=viewer, today=today, which=which)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def stuck_longest(url: str, version: int, viewer: Viewer, today: date) -> pd.DataFrame:
    return chain.stuck_longest(get_engine(url), viewer=viewer, today=today)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def submittable_findings(url: str, version: int, viewer: Viewer) -> pd.DataFrame:
    return chain.submittable_findings(get_engine(url), viewer=viewer)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def application(url: str, version: int, application_id: int, viewer: Viewer) -> dict | None:
    return chain.application(get_engine(url), application_id=application_id, viewer=viewer)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def finding_applications(url: str, version: int, finding_id: int, scope_code: str | None) -> list[dict]:
    return chain.finding_applications(get_engine(url), finding_id=finding_id, scope_code=scope_code)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def batch_chains(url: str, version: int) -> pd.DataFrame:
    return chain.batch_chains(get_engine(url))


def closure_form_docx(url: str, viewer: Viewer, finding_id: int) -> bytes:
    return closure_form.closure_form_docx(get_engine(url), viewer, finding_id)


def closure_form_pdf(url: str, viewer: Viewer, finding_id: int) -> bytes:
    return closure_form.closure_form_pdf(get_engine(url), viewer, finding_id)


def submit_application(url: str, **kwargs):
    return commands.submit_application(get_engine(url), **kwargs)


def review_step(url: str, **kwargs):
    return commands.review_step(get_engine(url), **kwargs)


def start_notice(url: str, **kwargs):
    return commands.start_notice(get_engine(url), **kwargs)


def withdraw_application(url: str, **kwargs):
    return commands.withdraw_application(get_engine(url), **kwargs)


def set_batch_chain(url: str, **kwargs):
    return commands.set_batch_chain(get_engine(url), **kwargs)
