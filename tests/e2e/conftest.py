"""End-to-end fixtures: a real `streamlit run app.py` on a free port and headless Chromium.

The server gets its own temporary SQLite database with the sample data anchored on
2026-11-23, so the figures are known. Screenshots go to test-artifacts/screenshots/
(git-ignored). Chromium is Debian's (`/usr/bin/chromium`, override with CHROMIUM_PATH);
without it the browser tests are skipped locally and fail in CI.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT / "test-artifacts" / "screenshots"
TODAY = "2026-11-23"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[dict]:
    """Start the dashboard like a user would (the demo); yield its base URL and database URL."""
    yield from _dashboard(tmp_path_factory.mktemp("e2e") / "e2e.sqlite3", {})


@pytest.fixture(scope="session")
def production_server(tmp_path_factory) -> Iterator[dict]:
    """The dashboard with sign-in mandatory (no demo users: one office user is added)."""
    database = tmp_path_factory.mktemp("e2e-production") / "production.sqlite3"
    yield from _dashboard(database, {"DASHBOARD_REQUIRE_SIGN_IN": "1"}, users=[("chief", "office", None)])


PRODUCTION_PASSWORD = "production-pass-1"


def _dashboard(database: Path, extra_env: dict[str, str], users=()) -> Iterator[dict]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DASHBOARD_TODAY": TODAY,
        "DASHBOARD_LOAD_SAMPLE": "0",
        **extra_env,
    }
    # --sample: the production server holds the sample plans too (sign-in required starts empty).
    subprocess.run(
        [sys.executable, "manage.py", "init-db", "--sample", "--today", TODAY],
        cwd=PROJECT,
        env=env,
        check=True,
    )
    for username, role, region in users:
        region_args = ["--region", region] if region else []
        subprocess.run(
            [sys.executable, "manage.py", "users", "add", username, "--role", role, *region_args],
            cwd=PROJECT,
            env=env,
            input=PRODUCTION_PASSWORD + "\n",
            text=True,
            check=True,
        )
    port = _free_port()
    log = open(database.with_suffix(".log"), "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError(f"streamlit did not start; see {log.name}")
        yield {"base": base, "database_url": env["DATABASE_URL"], "log": log.name}
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing: .ci/run must install Debian's chromium package")
        pytest.skip("Chromium not installed; install Debian's chromium to run the browser tests")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


def open_page(page, base: str, path: str) -> None:
    """Go to a page and wait until Streamlit has finished running it."""
    page.goto(f"{base}/{path.lstrip('/')}")
    page.wait_for_selector("h1", timeout=60_000)
    wait_until_idle(page)


IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_until_idle(page) -> None:
    """Wait until the script has run (twice over: a page may rerun once) and charts drew."""
    for _ in range(2):
        page.wait_for_selector(IDLE, timeout=60_000)
        page.wait_for_timeout(1000)
    page.wait_for_selector(IDLE, timeout=60_000)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def assert_no_error_box(page) -> None:
    errors = page.locator("[data-testid='stException'], [data-testid='stAlertContentError']")
    assert errors.count() == 0, errors.first.inner_text()


def sign_in_on_page(page, username: str = "office", password: str | None = None) -> None:
    """Fill the sign-in form the current page shows (edit pages show one to visitors); the page
    then runs again signed in, with its URL and parameters kept. Demo users: README."""
    from data_access.users import DEMO_PASSWORD

    main = page.locator("[data-testid='stMain']")
    main.get_by_label("用户名").fill(username)
    main.get_by_label("密码").fill(password or DEMO_PASSWORD)
    main.get_by_role("button", name="登录").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)


def open_signed_in(page, base: str, path: str, username: str = "office") -> None:
    """Open an edit page, sign in on it unless the browser's session cookie already did (an
    earlier sign-in in the same browser context), and wait for it to run signed in."""
    open_page(page, base, path)
    if page.get_by_text("当前用户：").count() == 0:
        sign_in_on_page(page, username)
    page.wait_for_selector("text=当前用户：", timeout=60_000)
