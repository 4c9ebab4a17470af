"""What the frame and every page need: the prepared database, today, the data version."""

from __future__ import annotations

from datetime import date
from typing import NoReturn

import streamlit as st

from core.settings import get_settings
from data_access.db import (
    DatabaseUnavailable,
    data_version,
    get_engine,
    get_meta,
    is_empty,
    migrate,
    scoped_data_version,
)
from data_access.metrics import FindingFilters
from data_access.users import add_demo_users, disable_demo_users

CACHE_TTL_SECONDS = 600  # bounds memory only: the data version in every key makes a write show at once

# How the caches hash the filters in their keys. Streamlit hashes a dataclass through
# dataclasses.asdict, which deep-copies it: a few milliseconds per rerun over the dozen
# cached calls of a page. The repr of the frozen filters (tuples, dates, strings) names
# every field and value, so equal filters give one key and different filters different keys.
FILTERS_HASH = {FindingFilters: repr}


@st.cache_resource(show_spinner="正在准备数据库…")
def prepare_database(url: str, load_sample: bool, today: date, require_sign_in: bool) -> tuple[str, ...]:
    """Migrate the schema and, on first start of the demo, load the sample data; with sign-in
    required, disable the demo users. Runs once per process; returns the users disabled."""
    engine = get_engine(url)
    migrate(engine)
    if load_sample and is_empty(engine):
        # The development data only here, lazily: a production server never imports them.
        from sample_data.loader import load_sample_data

        load_sample_data(engine, today=today)
        add_demo_users(engine)
    return tuple(disable_demo_users(engine)) if require_sign_in else ()


def _unavailable(message: str) -> NoReturn:
    """The database cannot be opened: say which and what to check, instead of a traceback."""
    st.title("督察整改调度看板")
    st.error(message)
    st.stop()


def database_url() -> str:
    settings = get_settings()
    try:
        prepare_database(
            settings.database_url, settings.load_sample_on_empty, settings.today(), settings.require_sign_in
        )
    except DatabaseUnavailable as error:  # not cached: the next run tries again
        _unavailable(str(error))
    return settings.database_url


def disabled_demo_users() -> tuple[str, ...]:
    """The demo users this server disabled on start (sign-in required), for the sidebar."""
    settings = get_settings()
    return prepare_database(
        settings.database_url, settings.load_sample_on_empty, settings.today(), settings.require_sign_in
    )


def today() -> date:
    return get_settings().today()


def current_version(url: str) -> int:
    """The national data version: every write changes it. Read on every run, so a server that
    went away after the start is reported here."""
    try:
        return data_version(get_engine(url))
    except DatabaseUnavailable as error:
        _unavailable(str(error))


def scoped_version(url: str, region_code: str | None) -> str:
    """The version of a view limited to `region_code` (its province's and the global writes)."""
    return scoped_data_version(get_engine(url), region_code)


def scoped_version_of(url: str, version: int, region_code: str | None) -> str:
    """`scoped_version` without a second read of the national counter for a national view."""
    return str(version) if not region_code else scoped_version(url, region_code)


# Read once per data version, not on every run of every session: loading data bumps it.
@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取数据说明…")
def is_synthetic(url: str, version: int) -> bool:
    """Data made by `manage.py generate` (no real plan text at all)."""
    return get_meta(get_engine(url), "synthetic") == "1"


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner="正在读取数据说明…")
def is_demo(url: str, version: int) -> bool:
    return get_meta(get_engine(url), "demo_history") == "1"


def require_sign_in() -> bool:
    return get_settings().require_sign_in
