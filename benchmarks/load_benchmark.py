"""Load benchmark: many browser sessions opening one page at once, over Streamlit's websocket.

    python benchmarks/load_benchmark.py [--sessions 1,20,50] [--spread 0,10]
        [--page overdue] [--query "region=湘潭市"] [--base http://127.0.0.1:8501 --pid 1234]

Each session is what a browser tab does when it opens the page: a websocket to
/_stcore/stream (subprotocol "streamlit"), one BackMsg `rerun_script` with the page and its
query string, then the ForwardMsgs until `script_finished` — the page's first full render
on the server (every element sent). A headless browser per session would measure Chromium,
not the server, and 50 of them do not fit on a small machine.

Without --base the script starts its own server like tests/e2e/conftest.py does: a temporary
SQLite database with the sample data anchored on --today, `streamlit run app.py` on a free
port (the demo: no sign-in). One warm-up session runs first (the caches' cold start is
printed separately), then each (sessions, spread) pair: all sessions arriving at the same
instant (spread 0) or evenly over `spread` seconds. Printed per pair: p50 / p95 / max seconds
from a session's request to its script_finished, failures (an exception element, a
non-successful finish or a lost connection), and the server's CPU seconds per session
(user + system of the server process from /proc, read before and after the pair). Results go
in docs/performance.md (“Concurrent sessions”).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

PROJECT = Path(__file__).resolve().parent.parent
FINISHED_OK = 0  # ScriptFinishedStatus.FINISHED_SUCCESSFULLY
FINISHED_FOR_RERUN = 2  # the run asked for another (st.rerun): the render is not complete yet


@dataclass
class Served:
    seconds: float | None  # None: not served (see error)
    error: str | None = None


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process, all its threads (Linux /proc, no psutil needed)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def one_session(ws_url: str, page: str, query: str, delay: float, timeout: float) -> Served:
    """Open the page as a new browser tab would; seconds until the script finished."""
    await asyncio.sleep(delay)
    request = BackMsg()
    request.rerun_script.page_name = page
    request.rerun_script.query_string = query
    started = time.perf_counter()
    try:
        # No client pings and a long handshake: a busy server answers late, and a browser
        # waits for it rather than dropping the connection after websockets' 10-20 s defaults.
        async with websockets.connect(
            ws_url, subprotocols=["streamlit"], max_size=None, ping_interval=None, open_timeout=timeout
        ) as socket_:
            await socket_.send(request.SerializeToString())
            error = None
            async with asyncio.timeout(timeout):
                while True:
                    message = ForwardMsg()
                    message.ParseFromString(await socket_.recv())
                    kind = message.WhichOneof("type")
                    if kind == "delta" and message.delta.new_element.WhichOneof("type") == "exception":
                        error = error or f"exception: {message.delta.new_element.exception.message[:80]}"
                    elif kind == "page_not_found":
                        error = error or f"page not found: {page}"
                    elif kind == "script_finished":
                        if message.script_finished == FINISHED_FOR_RERUN:
                            continue
                        if message.script_finished != FINISHED_OK:
                            error = error or f"finished with status {message.script_finished}"
                        break
            return Served(time.perf_counter() - started if error is None else None, error)
    except (OSError, TimeoutError, websockets.WebSocketException) as problem:
        return Served(None, f"{type(problem).__name__}: {problem}"[:120])


async def wave(ws_url: str, page: str, query: str, sessions: int, spread: float, timeout: float):
    delays = [spread * i / sessions for i in range(sessions)] if spread else [0.0] * sessions
    return await asyncio.gather(*(one_session(ws_url, page, query, d, timeout) for d in delays))


def percentile(values: list[float], share: float) -> float:
    """Nearest rank: the smallest value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def own_server(today: str):
    """The demo on the sample data, started as tests/e2e/conftest.py does; yields (base, pid)."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "load.sqlite3"
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{database}",
            "DASHBOARD_TODAY": today,
            "DASHBOARD_LOAD_SAMPLE": "0",
        }
        subprocess.run(
            [sys.executable, "manage.py", "init-db", "--sample", "--today", today],
            cwd=PROJECT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        port = _free_port()
        with open(Path(folder) / "server.log", "w") as log:
            process = subprocess.Popen(
                [
                    *(sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)),
                    *("--server.address", "127.0.0.1", "--server.headless", "true"),
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
                        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1):
                            break
                    except OSError:
                        time.sleep(0.5)
                else:
                    raise RuntimeError("streamlit did not start")
                yield base, process.pid
            finally:
                process.terminate()
                process.wait(timeout=20)


def run(base: str, pid: int, args) -> list[dict]:
    ws_url = base.replace("http", "ws", 1).rstrip("/") + "/_stcore/stream"
    query = urllib.parse.quote(args.query, safe="=&")
    results = []
    cold = asyncio.run(wave(ws_url, args.page, query, 1, 0, args.timeout))[0]
    print(f"page /{args.page}?{args.query}  warm-up (cold caches): {cold.seconds or cold.error}")
    for sessions in args.sessions:
        for spread in args.spread:
            before = cpu_seconds(pid)
            started = time.perf_counter()
            served = asyncio.run(wave(ws_url, args.page, query, sessions, spread, args.timeout))
            elapsed = time.perf_counter() - started
            cpu = cpu_seconds(pid) - before
            times = [s.seconds for s in served if s.seconds is not None]
            errors = [s.error for s in served if s.error]
            row = {
                "sessions": sessions,
                "spread": spread,
                "p50": statistics.median(times) if times else None,
                "p95": percentile(times, 0.95) if times else None,
                "max": max(times) if times else None,
                "failed": len(errors),
                "cpu_per_session": cpu / sessions,
                "wall": elapsed,
            }
            results.append(row)
            figures = "none served"
            if times:
                figures = f"p50 {row['p50']:.2f} s  p95 {row['p95']:.2f} s  max {row['max']:.2f} s"
            print(
                f"{sessions:>3} sessions over {spread:>4.0f} s: {figures}  failed {len(errors)}"
                f"  server CPU {row['cpu_per_session']:.3f} s/session  (wave {elapsed:.1f} s)"
            )
            for error in dict.fromkeys(errors):
                print(f"    {error}")
            time.sleep(args.pause)  # let closed sessions be cleaned up before the next wave
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", default="1,20,50", help="comma-separated session counts")
    parser.add_argument("--spread", default="0,10", help="comma-separated arrival windows, seconds")
    parser.add_argument("--page", default="overdue", help="url_path of the page")
    parser.add_argument("--query", default="region=湘潭市", help="the page's query string (filters)")
    parser.add_argument("--base", help="a running server (else one is started on the sample data)")
    parser.add_argument("--pid", type=int, help="the running server's process id (with --base)")
    parser.add_argument("--today", default="2026-11-23")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds a session may take")
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between waves")
    args = parser.parse_args()
    args.sessions = [int(n) for n in args.sessions.split(",")]
    args.spread = [float(s) for s in args.spread.split(",")]
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    if args.base:
        if not args.pid:
            parser.error("--pid is needed with --base (the server's CPU time is read from /proc)")
        results = run(args.base, args.pid, args)
    else:
        with own_server(args.today) as (base, pid):
            results = run(base, pid, args)
    if any(row["failed"] for row in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
