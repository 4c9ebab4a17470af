"""The cluster of scripts/start_cluster.sh for the smoke test: two Streamlit processes on
PostgreSQL behind nginx, started by the script itself, as an operator would.

Needs a PostgreSQL database it may empty (CLUSTER_DATABASE_URL) and nginx; scripts/test.sh
runs it in its cluster phase (CI). Without CLUSTER_DATABASE_URL the tests are skipped.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from data_access.db import get_engine
from tests.e2e.conftest import TODAY, browser, chromium_path  # noqa: F401 - fixtures used here

PROJECT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/cluster/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


def _free_ports(count: int) -> int:
    """The first of `count` consecutive free ports."""
    for _ in range(50):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            first = sock.getsockname()[1]
        if first + count > 65535:
            continue
        try:
            for port in range(first, first + count):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return first
    raise RuntimeError("no free ports")


def exports(output: str) -> dict[str, str]:
    """The `export NAME=value` lines of `start_cluster.sh --detach`."""
    found = {}
    for line in output.splitlines():
        if line.startswith("export "):
            name, _, value = line[len("export ") :].partition("=")
            found[name] = " ".join(shlex.split(value))
    return found


@pytest.fixture(scope="session")
def cluster() -> Iterator[dict]:
    database_url = os.environ.get("CLUSTER_DATABASE_URL")
    if not database_url:
        pytest.skip("set CLUSTER_DATABASE_URL (PostgreSQL; scripts/test.sh does in CI) to test the cluster")
    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        if os.environ.get("CI") == "true":
            pytest.fail("nginx is missing: scripts/test.sh installs Debian's nginx package in CI")
        pytest.skip("nginx not installed (apt-get install nginx)")
    engine = get_engine(database_url)
    with engine.begin() as connection:  # an empty database: the script migrates and loads the demo
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    first = _free_ports(3)
    env = {
        # Not a cluster's variables from the caller's shell (its folder, ports).
        **{k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_")},
        "DATABASE_URL": database_url,
        "DASHBOARD_TODAY": TODAY,
        "CLUSTER_PROCESSES": "2",
        "CLUSTER_PORT": str(first),
        "CLUSTER_FIRST_APP_PORT": str(first + 1),
    }
    env.pop("DASHBOARD_LOAD_SAMPLE", None)
    env.pop("DASHBOARD_REQUIRE_SIGN_IN", None)
    started = subprocess.run(
        ["bash", "scripts/start_cluster.sh", "--detach"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert started.returncode == 0, started.stderr[-3000:]
    found = exports(started.stdout)
    try:
        yield {
            "url": found["CLUSTER_URL"],
            "apps": found["CLUSTER_APPS"].split(),
            "pids": [int(pid) for pid in found["CLUSTER_APP_PIDS"].split()],
            "dir": Path(found["CLUSTER_DIR"]),
            "database_url": database_url,
        }
    finally:
        stopped = subprocess.run(["bash", "-c", found["CLUSTER_STOP"]], capture_output=True, timeout=120)
    # The operator's stop command leaves nothing running and no folder behind.
    assert stopped.returncode == 0, stopped.stderr
    pids = [int(pid) for pid in found["CLUSTER_APP_PIDS"].split()]
    for _ in range(100):
        if not any(Path(f"/proc/{pid}").exists() for pid in pids) and not Path(found["CLUSTER_DIR"]).exists():
            break
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in pids), "Streamlit processes still running"
    assert not Path(found["CLUSTER_DIR"]).exists()
