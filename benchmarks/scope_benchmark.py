"""What a user limited to a region costs: the overview, overdue and map queries and the
filter options for the whole database, its largest province, city and county.

    python benchmarks/scope_benchmark.py --url sqlite:///PATH/bench_1000000_1.sqlite3

Build the database first (`python manage.py generate --findings 1000000`, or keep one with
`benchmarks/run.py --keep`). The database is migrated first. Prints one line per scope with
wall-clock seconds per query and the sum (wall and CPU). Figures: docs/performance.md,
“Users limited to a region”.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from core.vocabulary import SITE_TYPES
from data_access import overdue, overview, reference, sites
from data_access.access import Viewer, scoped
from data_access.db import get_engine, migrate
from data_access.metrics import FindingFilters

LARGEST = "SELECT {col} FROM findings WHERE {col} IS NOT NULL GROUP BY {col} ORDER BY COUNT(*) DESC LIMIT 1"


def timed(timings: dict, name: str, work):
    start, cpu = time.perf_counter(), time.process_time()
    value = work()
    timings[name] = (time.perf_counter() - start, time.process_time() - cpu)
    return value


def measure(engine, code: str | None, today: date) -> tuple[int, dict[str, tuple[float, float]]]:
    """Findings in the scope and (wall, CPU) seconds per query of the pages' first run."""
    viewer = Viewer(username="bench", display_name="bench", role="office", region_code=code, user_id=1)
    filters = scoped(FindingFilters(), viewer)
    timings: dict[str, tuple[float, float]] = {}
    kpi = timed(timings, "kpis", lambda: overview.kpi_summary(engine, filters=filters, today=today))
    timed(timings, "by_region", lambda: overview.completion_by_region(engine, filters=filters, today=today))
    timed(timings, "by_batch", lambda: overview.completion_by_batch(engine, filters=filters, today=today))
    timed(
        timings,
        "options",
        lambda: (
            reference.regions(engine, scope_code=code),
            reference.batches(engine, scope_code=code),
            reference.count_lead_units(engine, scope_code=code),
        ),
    )
    timed(timings, "units_300", lambda: overdue.unit_ranking(engine, filters=filters, today=today, limit=300))
    timed(timings, "overdue_list", lambda: overdue.overdue_findings(engine, filters=filters, today=today))
    timed(timings, "map", lambda: sites.site_map(engine, filters=filters, today=today, site_types=SITE_TYPES))
    return int(kpi["total"]), timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="SQLAlchemy URL of a generated database")
    parser.add_argument("--today", default="2026-11-23")
    args = parser.parse_args()
    engine = get_engine(args.url)
    migrate(engine)
    today = date.fromisoformat(args.today)
    with engine.connect() as connection:
        largest = {
            level: connection.execute(text(LARGEST.format(col=f"{level}_code"))).scalar()
            for level in ("province", "city", "county")
        }
    for label, code in (("all", None), *largest.items()):
        total, timings = measure(engine, code, today)
        wall = sum(w for w, _ in timings.values())
        cpu = sum(c for _, c in timings.values())
        parts = "  ".join(f"{name} {w:.2f}" for name, (w, _) in timings.items())
        print(
            f"{label:8} {code or '—':7} {total:>9,} findings  {parts}  | {wall:.2f} s wall, {cpu:.2f} s CPU"
        )
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
