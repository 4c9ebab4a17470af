"""What the frame and every page need: the prepared database, today, the data version."""

from __future__ import annotations

from datetime import date

import streamlit as st

from core.settings import get_settings
from data_access.db import data_version, get_engine, get_meta, is_empty, migrate
from data_access.users import add_demo_users
from sample_data.loader import load_sample_data

CACHE_TTL_SECONDS = 600  # bounds memory only: the data version in every key makes a write show at once


@st.cache_resource(show_spinner="正在准备数据库…")
def prepare_database(url: str, load_sample: bool, today: date) -> bool:
    """Migrate the schema and, on first start, load the sample data. Runs once per process."""
    engine = get_engine(url)
    migrate(engine)
    if load_sample and is_empty(engine):
        load_sample_data(engine, today=today)
        add_demo_users(engine)
    return True


def database_url() -> str:
    settings = get_settings()
    prepare_database(settings.database_url, settings.load_sample_on_empty, settings.today())
    return settings.database_url


def today() -> date:
    return get_settings().today()


def current_version(url: str) -> int:
    return data_version(get_engine(url))


def is_synthetic(url: str) -> bool:
    """Data made by `manage.py generate` (no real plan text at all)."""
    return get_meta(get_engine(url), "synthetic") == "1"


def is_demo(url: str) -> bool:
    return get_meta(get_engine(url), "demo_history") == "1"


def require_sign_in() -> bool:
    return get_settings().require_sign_in
