"""Shared test fixtures: a real database per test (SQLite file by default).

Set TEST_DATABASE_URL to a PostgreSQL URL to run the same tests against PostgreSQL; each
test then gets a fresh schema (dropped and re-created), as `.ci/run` does.
"""

from __future__ import annotations

import os

import pytest
import streamlit as st
from sqlalchemy import Engine, text
from streamlit.runtime.pages_manager import PagesManager

from data_access.db import get_engine, migrate
from tests.fixture_data import TODAY, build_fixture

_original_pages_manager_init = PagesManager.__init__


def _pages_manager_init_for_tests(self, *args, **kwargs):
    # AppTest resets PagesManager.uses_pages_directory before every run, and because our
    # page files live in `pages/` it then takes the legacy multipage path and re-runs only
    # the page, skipping app.py (the frame with the filters). The real server does not:
    # st.navigation switches the flag off. Keep it off in tests too.
    _original_pages_manager_init(self, *args, **kwargs)
    PagesManager.uses_pages_directory = False


PagesManager.__init__ = _pages_manager_init_for_tests


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    """argon2 at its real cost takes half a second a hash; the tests need many."""
    from argon2 import PasswordHasher

    from data_access import users

    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _evidence_folder(monkeypatch, tmp_path):
    """Evidence files of a test go to its own folder (also on PostgreSQL, whose default folder
    would be the project's data/evidence)."""
    monkeypatch.setenv("DASHBOARD_EVIDENCE_DIR", str(tmp_path / "evidence"))
    monkeypatch.delenv("DASHBOARD_EVIDENCE_STORE", raising=False)


@pytest.fixture
def database_url(tmp_path) -> str:
    """An empty, migrated database; a SQLite file unless TEST_DATABASE_URL is set."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        engine = get_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    else:
        url = f"sqlite:///{tmp_path / 'test.sqlite3'}"
        engine = get_engine(url)
    migrate(engine)
    return url


@pytest.fixture
def engine(database_url) -> Engine:
    return get_engine(database_url)


@pytest.fixture
def fixture_ids(engine) -> dict[str, int]:
    return build_fixture(engine)


@pytest.fixture
def app_env(monkeypatch, database_url, fixture_ids):
    """Environment for AppTest runs against the hand-made fixture."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DASHBOARD_TODAY", TODAY.isoformat())
    monkeypatch.setenv("DASHBOARD_LOAD_SAMPLE", "0")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield fixture_ids
    st.cache_data.clear()
    st.cache_resource.clear()


class _MediaFiles:
    """Keeps the in-memory media stores AppTest creates, to read back download bytes."""

    def __init__(self) -> None:
        self.stores: list = []
        self.managers: list = []

    def content(self, url: str) -> bytes:
        file_id = url.rsplit("/", 1)[-1].split(".")[0]
        for store in reversed(self.stores):
            try:
                return store.get_file(file_id).content
            except Exception:  # the file lives in another run's store
                continue
        raise KeyError(url)

    def download(self, button) -> bytes:
        """What clicking a download button gives, also when its file is built on click."""
        file_id = button.proto.deferred_file_id
        if not file_id:
            return self.content(button.proto.url)
        for manager in reversed(self.managers):
            try:
                return self.content(manager.execute_deferred(file_id))
            except Exception:  # registered in another run's manager
                continue
        raise KeyError(file_id)


@pytest.fixture
def media_files(monkeypatch) -> _MediaFiles:
    """Download buttons' bytes: AppTest drops its media store after each run, so keep them."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.testing.v1 import app_test

    files = _MediaFiles()

    class RecordingStorage(MemoryMediaFileStorage):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            files.stores.append(self)

    class RecordingManager(app_test.MediaFileManager):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            files.managers.append(self)

    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", RecordingStorage)
    monkeypatch.setattr(app_test, "MediaFileManager", RecordingManager)
    return files


def pytest_collection_modifyitems(items):
    # The PostgreSQL phase of scripts/test.sh runs only the tests marked `database`: those
    # given a database by the fixtures above, or that read TEST_DATABASE_URL themselves. The
    # others (file readers, chart functions, rules) do the same thing on either database, so
    # running them twice would only cost CI minutes.
    sources: dict[str, bool] = {}
    for item in items:
        path = str(item.fspath)
        if path not in sources:
            with open(path, encoding="utf-8") as module:
                sources[path] = "TEST_DATABASE_URL" in module.read()
        if "database_url" in getattr(item, "fixturenames", ()) or sources[path]:
            item.add_marker(pytest.mark.database)
