"""Bulletin benchmark: the monthly dispatch and the three bulletin files on the sample data.

    python benchmarks/bulletin_benchmark.py [--month 2026-10] [--today 2026-11-23] [--runs 3]

Loads the sample data with its demo history into a temporary SQLite file (anchored on
--today), then measures, as median wall-clock seconds over --runs runs:

- dispatch: `data_access.dispatch.monthly_dispatch` (two months rebuilt from the history);
- docx / pdf / xlsx: `reports.formats.build_bulletin` for that dispatch, with file sizes,
  as wall-clock and as CPU seconds of this process (the latter does not depend on load).

The first run of each format is reported separately (cold: imports, font loading).
Results go in docs/performance.md (“Bulletin”).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from data_access.db import get_engine, migrate
from data_access.dispatch import monthly_dispatch, parse_month
from data_access.metrics import FindingFilters
from sample_data.loader import load_sample_data


def timed(function):
    """Wall-clock seconds and the result (see cpu() for the process's CPU seconds)."""
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def cpu(function) -> float:
    """CPU seconds of this process: does not depend on what else the machine is doing."""
    started = time.process_time()
    function()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--today", default="2026-11-23")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    month = parse_month(args.month)
    with tempfile.TemporaryDirectory() as folder:
        engine = get_engine(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        migrate(engine)
        load_sample_data(engine, today=today)
        cold_dispatch, dispatch = timed(
            lambda: monthly_dispatch(engine, filters=FindingFilters(), month=month, today=today)
        )
        warm = [
            timed(lambda: monthly_dispatch(engine, filters=FindingFilters(), month=month, today=today))[0]
            for _ in range(args.runs)
        ]
        print(f"sample data, month {args.month}, today {args.today}")
        print(
            f"dispatch: {dispatch.current.total} findings, {len(dispatch.units)} lead units, "
            f"{len(dispatch.overdue_list)} overdue; first {cold_dispatch:.2f} s, "
            f"median {statistics.median(warm):.2f} s"
        )
        from reports.bulletin import make_bulletin
        from reports.formats import build_bulletin

        bulletin = make_bulletin(dispatch, issued_on=today)
        for fmt in ("docx", "pdf", "xlsx"):
            cold, content = timed(lambda fmt=fmt: build_bulletin(bulletin, fmt))
            runs = [timed(lambda fmt=fmt: build_bulletin(bulletin, fmt))[0] for _ in range(args.runs)]
            cpus = [cpu(lambda fmt=fmt: build_bulletin(bulletin, fmt)) for _ in range(args.runs)]
            print(
                f"{fmt}: {len(content) / 1024:.0f} KiB; first {cold:.2f} s, "
                f"median {statistics.median(runs):.2f} s wall, {statistics.median(cpus):.2f} s CPU"
            )


if __name__ == "__main__":
    main()
