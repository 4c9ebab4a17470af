"""The month just ended and the month in progress, as users meet them (issue 20).

    python benchmarks/past_month_benchmark.py --findings 1000000 --workdir /tmp/national --reuse
    python benchmarks/past_month_benchmark.py --database-url sqlite:////tmp/national/n1m.db

On a database generated with today's date (`manage.py generate --findings N --seed 1`, today
unless --today), for the month just ended and the month in progress:

- `click`: the 月度调度 page's loader (`ui.loaders.dispatch.monthly_dispatch`) in this
  process: `first` with nothing stored (the first visit ever), `after_write` with Streamlit's
  cache emptied (the first visit after any write, the usual case at national scale) and
  `rerun` (the same version again);
- `server_<fmt>`: a bulletin file in a running server: the loader after a write, then
  `make_bulletin` and the file;
- `cli_<fmt>`: `manage.py bulletin --month …` in a fresh process (imports, migration check,
  dispatch, file): wall seconds and peak memory (`ru_maxrss` of that child alone).

And the overview (总览) as of a past day (the end of the month just ended, and yesterday):
its five queries `first` (nothing stored) and `after_write` (stored), next to the same
queries as of today.

Wall-clock seconds depend on the machine's load; the JSON (--output) records the load
average. No figure is asserted here: tests/test_past_month_benchmark.py runs it at a tiny
size in CI, docs/performance.md has the figures and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from sqlalchemy import func, select  # noqa: E402

from data_access import overview  # noqa: E402
from data_access.db import data_version, get_engine, migrate  # noqa: E402
from data_access.dispatch import month_start, previous_month_start  # noqa: E402
from data_access.metrics import FindingFilters  # noqa: E402
from data_access.models import Finding  # noqa: E402
from data_access.stored import forget_all  # noqa: E402

FORMATS = ("docx", "pdf", "xlsx")
OVERVIEW = (
    overview.kpi_summary,
    overview.completion_by_region,
    overview.completion_by_batch,
    overview.status_breakdown,
    overview.deadlines_by_month,
)


def timed(function) -> tuple[float, object]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def findings_in(url: str) -> int:
    engine = get_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(Finding)).scalar_one())
    except Exception:  # no schema yet
        return 0


def build_database(args: argparse.Namespace, today: date) -> str:
    if args.database_url:
        return args.database_url
    path = Path(args.workdir) / f"past_month_{args.findings}_{today.isoformat()}.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists() and args.reuse and findings_in(url) == args.findings:
        return url
    path.unlink(missing_ok=True)
    command = [sys.executable, "manage.py", "generate", "--findings", str(args.findings), "--seed", "1"]
    command += ["--today", today.isoformat()]
    subprocess.run(command, cwd=PROJECT, env={**os.environ, "DATABASE_URL": url}, check=True)
    return url


def forget_stored(url: str) -> None:
    with get_engine(url).begin() as connection:
        forget_all(connection)


# Runs manage.py in the child and reports that process's own peak memory (VmHWM of its
# address space). ru_maxrss from wait4 would not do: Linux carries the parent's high-water mark
# of resident memory over fork and exec, so every child would show the benchmark's own size.
_CHILD = """
import runpy, sys
sys.argv = ["manage.py", *sys.argv[1:]]
try:
    runpy.run_path("manage.py", run_name="__main__")
finally:
    peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
    print("PEAK_KB", peak.split()[1], file=sys.stderr)
"""


def cli_bulletin(url: str, month: date, fmt: str, today: date, folder: str) -> dict:
    """`manage.py bulletin` in a fresh process: wall and CPU seconds, its peak memory."""
    output = Path(folder) / f"bulletin.{fmt}"
    command = [sys.executable, "-c", _CHILD, "bulletin", "--month", f"{month:%Y-%m}", "--format", fmt]
    command += ["-o", str(output), "--today", today.isoformat()]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=PROJECT,
        env={**os.environ, "DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    error = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"manage.py bulletin failed: {error}")
    peak_kb = int(error.rsplit("PEAK_KB", 1)[1].split()[0])
    return {
        "wall_s": round(seconds, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_mb": round(peak_kb / 1024),
        "bytes": output.stat().st_size,
    }


def measure_month(
    url: str, month: date, today: date, formats: tuple[str, ...], folder: str, *, keep_stored: bool = False
) -> dict:
    from reports.bulletin import make_bulletin
    from reports.formats import build_bulletin
    from ui.loaders import dispatch as loaders

    engine = get_engine(url)
    filters = FindingFilters()
    version = data_version(engine)

    def click():
        return loaders.monthly_dispatch(url, version, filters, month, today)

    if not keep_stored:
        forget_stored(url)
    loaders.monthly_dispatch.clear()
    first, dispatch = timed(click)
    loaders.monthly_dispatch.clear()  # a write elsewhere: Streamlit's cache is cold
    after_write, _ = timed(click)
    rerun, _ = timed(click)
    figures = {
        "findings": dispatch.current.total,
        "overdue_annex_rows": len(dispatch.overdue_list),
        "late_report_rows": len(dispatch.late_reports),
        "click": {
            "first_s": round(first, 3),
            "after_write_s": round(after_write, 3),
            "rerun_s": round(rerun, 3),
        },
    }
    for fmt in formats:
        loaders.monthly_dispatch.clear()

        def server_file(fmt=fmt) -> bytes:
            return build_bulletin(make_bulletin(click(), issued_on=today), fmt)

        cpu = time.process_time()
        seconds, content = timed(server_file)
        cpu = time.process_time() - cpu  # this process's CPU: the figure a busy machine leaves
        figures[f"server_{fmt}"] = {
            "wall_s": round(seconds, 3),
            "cpu_s": round(cpu, 3),
            "bytes": len(content),
        }
    for fmt in formats:
        figures[f"cli_{fmt}"] = cli_bulletin(url, month, fmt, today, folder)
    return figures


def measure_overview(url: str, day: date, today: date) -> dict:
    engine = get_engine(url)
    filters = FindingFilters(as_of=day) if day < today else FindingFilters()

    def run() -> None:
        for function in OVERVIEW:
            function(engine, filters=filters, today=today)

    forget_stored(url)
    first, _ = timed(run)
    again, _ = timed(run)
    return {"first_s": round(first, 3), "after_write_s": round(again, 3)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--database-url", help="measure this database as it is (no generation)")
    parser.add_argument("--workdir", default=tempfile.gettempdir())
    parser.add_argument("--reuse", action="store_true", help="keep a generated file of that size and day")
    parser.add_argument("--today", help="YYYY-MM-DD; default today (the data are generated up to it)")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--output", help="write the figures as JSON here")
    parser.add_argument(
        "--parts", default="ended,progress,overview", help="which of ended, progress, overview"
    )
    parser.add_argument(
        "--keep-stored",
        action="store_true",
        help="measure the months as stored (skip the first build, minutes at a million findings)",
    )
    args = parser.parse_args(argv)
    today = date.fromisoformat(args.today) if args.today else date.today()
    formats = tuple(f for f in args.formats.split(",") if f)
    warnings.filterwarnings("ignore", message=".*No runtime found.*")
    url = build_database(args, today)
    migrate(get_engine(url))
    ended, current = previous_month_start(month_start(today)), month_start(today)
    results: dict = {
        "today": today.isoformat(),
        "database": get_engine(url).url.render_as_string(hide_password=True),
        "load_before": os.getloadavg(),
        "cores": os.cpu_count(),
    }
    parts = set(args.parts.split(","))
    with tempfile.TemporaryDirectory() as folder:
        for part, name, month in (
            ("ended", "month_just_ended", ended),
            ("progress", "month_in_progress", current),
        ):
            if part in parts:
                results[name] = {"month": f"{month:%Y-%m}"} | measure_month(
                    url, month, today, formats, folder, keep_stored=args.keep_stored
                )
    if "overview" in parts:
        month_end = current - timedelta(days=1)
        for name, day in (
            ("overview_month_end", month_end),
            ("overview_yesterday", today - timedelta(days=1)),
        ):
            results[name] = {"as_of": day.isoformat()} | measure_overview(url, day, today)
        results["overview_today"] = {"as_of": today.isoformat()} | measure_overview(url, today, today)
    results["load_after"] = os.getloadavg()
    print(json.dumps(results, ensure_ascii=False, indent=1))
    if args.output:
        Path(args.output).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
