"""A database that cannot be opened: a Chinese message naming the URL (no password) and what to
check, a non-zero exit code and no traceback, on the command line and in the app (issue 17)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st

from tests.app_helper import new_app

PROJECT = Path(__file__).resolve().parent.parent


def _closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _init_db(url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url, "DASHBOARD_LOAD_SAMPLE": "0"}
    return subprocess.run(
        [sys.executable, "manage.py", "init-db"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_init_db_on_a_closed_port_says_where_and_what_to_check():
    port = _closed_port()
    result = _init_db(f"postgresql+psycopg://dashboard:s3cret-pw@127.0.0.1:{port}/dashboard")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert f"无法连接数据库 postgresql+psycopg://dashboard:***@127.0.0.1:{port}/dashboard" in result.stderr
    assert "请检查服务器是否已启动、端口和防火墙" in result.stderr
    assert "s3cret-pw" not in result.stderr + result.stdout


def test_init_db_in_a_folder_that_cannot_be_made(tmp_path):
    # The folder's parent is a file: the SQLite folder can be neither found nor created.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    url = f"sqlite:///{blocker / 'data' / 'dashboard.sqlite3'}"
    result = _init_db(url)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert f"无法连接数据库 {url}" in result.stderr
    assert "文件夹是否存在、能否创建" in result.stderr


def test_init_db_with_a_malformed_url():
    result = _init_db("not a database url")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "数据库地址格式不对" in result.stderr and "DATABASE_URL" in result.stderr


@pytest.mark.skipif(
    not (os.environ.get("TEST_DATABASE_URL") or "").startswith("postgresql"), reason="needs PostgreSQL"
)
def test_init_db_on_a_database_that_does_not_exist():
    from sqlalchemy.engine import make_url

    url = make_url(os.environ["TEST_DATABASE_URL"]).set(database="no_such_dashboard_db")
    result = _init_db(url.render_as_string(hide_password=False))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "数据库不存在" in result.stderr and "no_such_dashboard_db" in result.stderr


def test_the_app_shows_the_message_instead_of_a_traceback(monkeypatch):
    port = _closed_port()
    monkeypatch.setenv("DATABASE_URL", f"postgresql+psycopg://dashboard:s3cret-pw@127.0.0.1:{port}/dashboard")
    monkeypatch.setenv("DASHBOARD_LOAD_SAMPLE", "0")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = new_app()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == 1
    assert f"无法连接数据库 postgresql+psycopg://dashboard:***@127.0.0.1:{port}/dashboard" in errors[0]
    assert "s3cret-pw" not in errors[0]
    assert [t.value for t in at.title] == ["督察整改调度看板"]
    st.cache_resource.clear()


def test_a_server_gone_after_the_start_is_reported_on_the_version_read():
    # The app reads the data version first on every run (ui/loaders/shared.py).
    from data_access.db import DatabaseUnavailable, data_version, get_engine

    port = _closed_port()
    engine = get_engine(f"postgresql+psycopg://dashboard:s3cret-pw@127.0.0.1:{port}/dashboard")
    with pytest.raises(DatabaseUnavailable, match=f"无法连接数据库 .*127.0.0.1:{port}") as caught:
        data_version(engine)
    assert "s3cret-pw" not in str(caught.value)
