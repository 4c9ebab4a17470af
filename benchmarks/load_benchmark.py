"""Load benchmark: many browser sessions opening one page at once, over Streamlit's websocket.

    python benchmarks/load_benchmark.py [--sessions 1,20,50] [--spread 0,10]
        [--page overdue] [--query "region=湘潭市"] [--base http://127.0.0.1:8501 --pid 1234,1235]
        [--cluster [--processes 2] [--database-url postgresql+psycopg://…]] [--json out.json]

Each session is what a browser tab does when it opens the page: a websocket to
/_stcore/stream (subprotocol "streamlit"), one BackMsg `rerun_script` with the page and its
query string, then the ForwardMsgs until `script_finished` — the page's first full render
on the server (every element sent). A headless browser per session would measure Chromium,
not the server, and 50 of them do not fit on a small machine.

Without --base the script starts its own server like tests/e2e/conftest.py does: a temporary
SQLite database with the sample data anchored on --today, `streamlit run app.py` on a free
port (the demo: no sign-in). With --cluster it starts `scripts/start_cluster.sh` instead:
--processes Streamlit processes on PostgreSQL (--database-url, else a throw-away server with
the sample data) behind nginx, and sends the sessions through the proxy; each session is a
new browser without the node cookie, so nginx spreads them over the processes.

Warm-up sessions run first (the caches' cold start is printed separately), then each (sessions,
spread) pair: all sessions arriving at the same instant (spread 0) or evenly over `spread`
seconds. Printed per pair: p50 / p95 / max seconds from a session's request to its
script_finished, failures (an exception element, a non-successful finish or a lost connection),
and the server's CPU seconds per session (user + system of the server processes from /proc,
read before and after the pair), and the machine's load average (it is shared: the waits depend
on it, the CPU seconds hardly).

Where a session's waiting goes, seen from the client (p50 of the wave, `phases`): `connect` the
websocket handshake; `first` until the session's first message (Streamlit created the session
and started its script: the queue of sessions being started shows here); `rest` until
script_finished (the script's run; Streamlit sends its elements in batches, so the frame and
the page cannot be told apart from outside). And the bytes a session received. Where the
server's CPU goes is measured with a sampling profiler (docs/performance.md). Results go in
docs/performance.md (“Concurrent sessions”).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shlex
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


PHASES = ("connect", "first", "rest")


@dataclass
class Served:
    seconds: float | None  # None: not served (see error)
    error: str | None = None
    phases: dict[str, float] | None = None  # seconds of each phase (PHASES), when served
    received: int = 0  # bytes of the session's messages


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process, all its threads (Linux /proc, no psutil needed)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def total_cpu(pids: list[int]) -> float:
    return sum(cpu_seconds(pid) for pid in pids)


async def one_session(ws_url: str, page: str, query: str, delay: float, timeout: float) -> Served:
    """Open the page as a new browser tab would; seconds until the script finished."""
    await asyncio.sleep(delay)
    request = BackMsg()
    request.rerun_script.page_name = page
    request.rerun_script.query_string = query
    started = time.perf_counter()
    marks: dict[str, float] = {}
    received = 0
    try:
        # No client pings and a long handshake: a busy server answers late, and a browser
        # waits for it rather than dropping the connection after websockets' 10-20 s defaults.
        async with websockets.connect(
            ws_url, subprotocols=["streamlit"], max_size=None, ping_interval=None, open_timeout=timeout
        ) as socket_:
            marks["connect"] = time.perf_counter()
            await socket_.send(request.SerializeToString())
            error = None
            async with asyncio.timeout(timeout):
                while True:
                    raw = await socket_.recv()
                    received += len(raw)
                    message = ForwardMsg()
                    message.ParseFromString(raw)
                    kind = message.WhichOneof("type")
                    marks.setdefault("first", time.perf_counter())
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
            ended = time.perf_counter()
            if error is not None:
                return Served(None, error, received=received)
            marks["rest"] = ended
            points = [started, *(marks[name] for name in PHASES)]
            phases = {name: points[i + 1] - points[i] for i, name in enumerate(PHASES)}
            return Served(ended - started, None, phases, received)
    except (OSError, TimeoutError, websockets.WebSocketException) as problem:
        return Served(None, f"{type(problem).__name__}: {problem}"[:120], received=received)


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


@contextmanager
def own_cluster(args):
    """scripts/start_cluster.sh on free ports; yields (proxy URL, the processes' ids)."""
    ports = [_free_port() for _ in range(args.processes + 1)]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CLUSTER_")},
        "DASHBOARD_TODAY": args.today,
        "CLUSTER_PROCESSES": str(args.processes),
        "CLUSTER_PORT": str(ports[0]),
        # Consecutive ports from a free one (taken ones make the script stop with a message).
        "CLUSTER_FIRST_APP_PORT": str(ports[1]),
        "CLUSTER_PG_PORT": str(_free_port()),
    }
    env.pop("DATABASE_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    started = subprocess.run(
        ["bash", "scripts/start_cluster.sh", "--detach"],
        cwd=PROJECT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    exported = cluster_exports(started.stdout)
    try:
        yield exported["CLUSTER_URL"], [int(pid) for pid in exported["CLUSTER_APP_PIDS"].split()]
    finally:
        subprocess.run(["bash", "-c", exported["CLUSTER_STOP"]], capture_output=True)


def cluster_exports(output: str) -> dict[str, str]:
    """The `export NAME=value` lines of `start_cluster.sh --detach`, unquoted."""
    exported = {}
    for line in output.splitlines():
        if line.startswith("export "):
            name, _, value = line[len("export ") :].partition("=")
            exported[name] = " ".join(shlex.split(value))
    return exported


def run(base: str, pids: list[int], args) -> list[dict]:
    ws_url = base.replace("http", "ws", 1).rstrip("/") + "/_stcore/stream"
    query = urllib.parse.quote(args.query, safe="=&")
    results = []
    # One warm-up session per process (nginx places each new browser by chance, so a few more).
    warm = asyncio.run(
        wave(ws_url, args.page, query, 1 if len(pids) == 1 else 3 * len(pids), 0, args.timeout)
    )
    cold = warm[0]
    print(f"page /{args.page}?{args.query}  warm-up (cold caches): {cold.seconds or cold.error}")
    for sessions in args.sessions:
        for spread in args.spread:
            load = os.getloadavg()[0]
            before = total_cpu(pids)
            started = time.perf_counter()
            served = asyncio.run(wave(ws_url, args.page, query, sessions, spread, args.timeout))
            elapsed = time.perf_counter() - started
            cpu = total_cpu(pids) - before
            times = [s.seconds for s in served if s.seconds is not None]
            errors = [s.error for s in served if s.error]
            phases = {
                name: statistics.median(s.phases[name] for s in served if s.phases)
                for name in PHASES
                if times
            }
            row = {
                "sessions": sessions,
                "spread": spread,
                "processes": len(pids),
                "p50": statistics.median(times) if times else None,
                "p95": percentile(times, 0.95) if times else None,
                "max": max(times) if times else None,
                "failed": len(errors),
                "cpu_per_session": cpu / sessions,
                "wall": elapsed,
                "phases_p50": phases,
                "kb_per_session": statistics.median(s.received for s in served) / 1024,
                "load_before": load,
                "load_after": os.getloadavg()[0],
            }
            results.append(row)
            figures = "none served"
            if times:
                figures = f"p50 {row['p50']:.2f} s  p95 {row['p95']:.2f} s  max {row['max']:.2f} s"
            print(
                f"{sessions:>3} sessions over {spread:>4.0f} s: {figures}  failed {len(errors)}"
                f"  server CPU {row['cpu_per_session']:.3f} s/session  (wave {elapsed:.1f} s,"
                f" load {load:.1f} → {row['load_after']:.1f})"
            )
            if phases:
                split = "  ".join(f"{name} {phases[name]:.3f}" for name in PHASES)
                print(f"    p50 phases (s): {split}  received {row['kb_per_session']:.0f} KB/session")
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
    parser.add_argument("--pid", help="the running server's process ids, comma-separated (with --base)")
    parser.add_argument(
        "--cluster", action="store_true", help="start scripts/start_cluster.sh and go through nginx"
    )
    parser.add_argument("--processes", type=int, default=2, help="Streamlit processes of --cluster")
    parser.add_argument("--database-url", help="PostgreSQL of --cluster (else a throw-away one, sample data)")
    parser.add_argument("--json", help="write the figures to this file")
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
        target = f"{args.base} (processes {args.pid})"
        results = run(args.base, [int(pid) for pid in args.pid.split(",")], args)
    elif args.cluster:
        target = f"cluster of {args.processes} processes behind nginx"
        with own_cluster(args) as (base, pids):
            results = run(base, pids, args)
    else:
        target = "one process, SQLite"
        with own_server(args.today) as (base, pid):
            results = run(base, [pid], args)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "target": target,
                    "page": args.page,
                    "query": args.query,
                    "cpus": os.cpu_count(),
                    "waves": results,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    if any(row["failed"] for row in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
