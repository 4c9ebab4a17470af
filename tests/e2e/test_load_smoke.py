"""Smoke run of benchmarks/load_benchmark.py at a tiny size against the test server: the
websocket client still speaks Streamlit's protocol and a page is served to each session.
No timing is asserted (docs/performance.md has the figures)."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
import threading
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "load_benchmark", PROJECT / "benchmarks" / "load_benchmark.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def run_in_own_thread(coroutine):
    """asyncio.run in a thread of its own: Playwright's sync API keeps an event loop running in
    the main thread once a browser test has run in this process."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_three_websocket_sessions_are_served(server):
    bench = load_benchmark()
    ws_url = server["base"].replace("http", "ws", 1) + "/_stcore/stream"
    served = run_in_own_thread(
        bench.wave(ws_url, "overdue", "region=%E6%B9%98%E6%BD%AD%E5%B8%82", 3, 1.0, 120)
    )
    assert [s.error for s in served] == [None, None, None]
    assert all(s.seconds > 0 for s in served)
    assert bench.cpu_seconds(os.getpid()) > 0
