"""Running the app in AppTest: one session, URL parameters, a page, no exception allowed."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def new_app() -> AppTest:
    """A new browser session of the app, not yet run."""
    return AppTest.from_file(APP, default_timeout=60)


def run_app(query: dict | None = None, *, page: str | None = None, at: AppTest | None = None) -> AppTest:
    """Run `at` (a new session by default) with `query` as URL parameters, on `page` if given
    (opened directly, as a link to it would), and fail the test on an exception."""
    at = new_app() if at is None else at  # (an AppTest not yet run is falsy)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
