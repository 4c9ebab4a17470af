"""The drill-down's 可能相同的问题 on a national-scale database (issue 14).

    python manage.py generate --findings 100000      # into DATABASE_URL, once
    python benchmarks/same_problem_benchmark.py [--url sqlite:///…] [--runs 5]

For findings of the busiest county, the busiest city-level region and the busiest province-level
region (the finding's own region decides how many candidates SQL returns), measures
`data_access.finding_links.link_suggestions` — the candidate query narrowed in SQL to the
finding's region and other batches, then rapidfuzz over those titles — as median wall-clock
seconds over --runs runs, with the number of candidates. Results go in docs/performance.md
(“Same problem in other batches”).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from core.settings import get_settings
from data_access.access import finding_within
from data_access.db import get_engine
from data_access.finding_links import _candidates, link_suggestions
from data_access.models import Batch, Finding, Region


def busiest(connection, level: str) -> int | None:
    """A finding assigned to the region of `level` holding the most findings assigned to it."""
    row = connection.execute(
        select(Finding.region_code, func.count())
        .join(Region, Region.code == Finding.region_code)
        .where(Region.level == level)
        .group_by(Finding.region_code)
        .order_by(func.count().desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return connection.scalar(select(func.min(Finding.id)).where(Finding.region_code == row[0]))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default=None, help="database URL (default: DATABASE_URL)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    engine = get_engine(args.url or get_settings().database_url)
    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(Finding))
        picks = {level: busiest(connection, level) for level in ("county", "city", "province")}
    print(f"{total:,} findings in {engine.url.render_as_string(hide_password=True)}")
    print("| finding's region | candidates | suggestions | median s | first s |")
    print("|---|---:|---:|---:|---:|")
    for level, finding_id in picks.items():
        if finding_id is None:
            continue
        with engine.connect() as connection:
            region, batch = connection.execute(
                select(Finding.region_code, Batch.code).join(Batch).where(Finding.id == finding_id)
            ).one()
            within = connection.scalar(select(func.count()).where(finding_within(region)))
        candidates = len(_candidates(engine, region_code=region, exclude_batch=batch, scope_code=None))
        seconds = []
        for _ in range(args.runs):
            started = time.perf_counter()
            found = link_suggestions(engine, finding_id)
            seconds.append(time.perf_counter() - started)
        print(
            f"| {level} {region} ({within:,} findings inside) | {candidates:,} | {len(found)} "
            f"| {statistics.median(seconds):.3f} | {seconds[0]:.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
