"""Map benchmark: 100,000 synthetic sites — server time and what is sent to the browser.

    python benchmarks/map_benchmark.py [--sites 100000] [--url postgresql+psycopg://…]

Builds a temporary SQLite database (or uses --url, which must be an EMPTY database: the
schema is created and filled), with the seed regions, 2,000 synthetic findings and N sites
spread over the ten seed counties (unevenly, like real data), 80 % of them linked to a
finding. Then, for each scenario, it measures (median of three runs, warm cache):

- query: `data_access.sites.site_map` + `region_completion` (what the page's loaders call);
- deck: `charts.map.site_deck` (records, colours, tooltips) and its JSON;
- both as wall-clock seconds and as CPU seconds of this process (SQLite runs in-process, so
  CPU time is the figure that does not depend on what else the machine is doing);
- payload: the deck's JSON as Streamlit sends it to the browser, raw and gzip-compressed.

Results go in docs/performance.md (“Map”).
"""

from __future__ import annotations

import argparse
import gzip
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from charts import map as charts
from core.settings import SAMPLE_DATA_DIR
from core.vocabulary import SITE_TYPES, STATUSES
from data_access import sites
from data_access.commands.session import write_session
from data_access.db import get_engine, migrate
from data_access.metrics import FindingFilters
from data_access.models import Batch, Finding, Region, Site, SiteFinding
from sample_data.loader import _load_regions
from tests.map_fixture import layer_data

TODAY = date(2026, 11, 23)
FINDINGS = 2000
# Share of the sites per county: one big county, the rest smaller.
COUNTY_WEIGHTS = {
    "431102": 30,
    "433125": 15,
    "430321": 12,
    "430381": 10,
    "430302": 8,
    "430304": 7,
    "430382": 6,
    "431173": 5,
    "140826": 5,
    "140800": 2,
}
SUBTYPES = {
    "contaminated_plot": ("priority_supervised", "closed_relocated"),
    "tailings_pond": ("in_use", "stopped", "closed", "ownerless"),
    "abandoned_mine": ("abandoned",),
    "farmland": ("priority_protect", "safe_use", "strict_control"),
}
STATUS_TEXTS = (
    "风险管控中",
    "土壤污染状况调查中",
    "治理修复中",
    "生态修复中",
    "已销号",
    "在用，定期监测",
    "农艺调控",
)


def build(url: str, n_sites: int) -> None:
    engine = get_engine(url)
    migrate(engine)
    rng = random.Random(20261123)
    with write_session(engine) as session, session.begin():
        _load_regions(session, SAMPLE_DATA_DIR / "regions.csv")
        session.flush()
        regions = {r.code: r for r in session.scalars(select(Region))}
        batch = Batch(
            code="bench", name="基准测试批次", source_type="action_plan", level="county", region_code="430300"
        )
        session.add(batch)
        session.flush()
        counties = list(COUNTY_WEIGHTS)
        finding_rows = []
        for number in range(1, FINDINGS + 1):
            region = regions[rng.choice(counties)]
            finding_rows.append(
                {
                    "batch_id": batch.id,
                    "number": number,
                    "label": str(number),
                    "title": f"基准问题{number}",
                    "problem": "基准测试",
                    "category": rng.choice(("soil", "tailings", "mining", "water")),
                    "region_code": region.code,
                    "province_code": region.province_code,
                    "city_code": region.city_code if region.level != "province" else None,
                    "county_code": region.code if region.level == "county" else None,
                    "status": rng.choice(STATUSES),
                    "registered_on": date(2024, 1, 1),
                    "has_rolling_deadline": False,
                    "version": 1,
                }
            )
        session.execute(insert(Finding), finding_rows)
        finding_ids = list(session.scalars(select(Finding.id)))
        site_rows = []
        weights = [COUNTY_WEIGHTS[c] for c in counties]
        for i in range(n_sites):
            region = regions[rng.choices(counties, weights)[0]]
            site_type = rng.choice(SITE_TYPES)
            site_rows.append(
                {
                    "code": f"bench-{i:06d}",
                    "name": f"基准点位{i:06d}",
                    "site_type": site_type,
                    "subtype": rng.choice(SUBTYPES[site_type]),
                    "status": rng.choice(STATUS_TEXTS),
                    "risk_level": rng.choice(("low", "medium", "high", None)),
                    "planned_use": None,
                    "sensitive_use": rng.random() < 0.05,
                    "area_mu": round(rng.uniform(5, 300), 1),
                    "lon": round(region.lon + rng.uniform(-0.25, 0.25), 5),
                    "lat": round(region.lat + rng.uniform(-0.2, 0.2), 5),
                    "region_code": region.code,
                    "province_code": region.province_code,
                    "city_code": region.city_code if region.level != "province" else None,
                    "county_code": region.code if region.level == "county" else None,
                    "removed_from_list": False,
                    "is_demo": True,
                }
            )
        for start in range(0, len(site_rows), 20000):
            session.execute(insert(Site), site_rows[start : start + 20000])
        site_ids = list(session.scalars(select(Site.id)))
        link_rows = [
            {"site_id": site_id, "finding_id": rng.choice(finding_ids)}
            for site_id in site_ids
            if rng.random() < 0.8
        ]
        for start in range(0, len(link_rows), 20000):
            session.execute(insert(SiteFinding), link_rows[start : start + 20000])


def measure(url: str, filters: FindingFilters, *, point_limit: int | None, color_by: str = "risk") -> dict:
    engine = get_engine(url)
    query_times, deck_times, query_cpu, deck_cpu = [], [], [], []
    for _ in range(3):
        started, cpu = time.perf_counter(), time.process_time()
        result = sites.site_map(
            engine,
            filters=filters,
            today=TODAY,
            site_types=SITE_TYPES,
            color_by=color_by,
            point_limit=point_limit,
        )
        regions = sites.region_completion(engine, filters=filters, today=TODAY)
        query_times.append(time.perf_counter() - started)
        query_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        deck = charts.site_deck(result, regions, layers=SITE_TYPES, view=charts.map_view(result, regions))
        payload = deck.to_json()
        deck_times.append(time.perf_counter() - started)
        deck_cpu.append(time.process_time() - cpu)
    raw = payload.encode("utf-8")
    return {
        "mode": result.mode,
        "sites": result.shown,
        "records": sum(len(v) for k, v in layer_data(deck).items() if k.startswith("sites-")),
        "query": statistics.median(query_times),
        "query_cpu": statistics.median(query_cpu),
        "deck": statistics.median(deck_times),
        "deck_cpu": statistics.median(deck_cpu),
        "raw_mb": len(raw) / 1e6,
        "gzip_mb": len(gzip.compress(raw, 6)) / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=100_000)
    parser.add_argument("--url", help="an EMPTY database to fill (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as directory:
        url = args.url or f"sqlite:///{Path(directory) / 'map_benchmark.sqlite3'}"
        started = time.perf_counter()
        build(url, args.sites)
        print(f"built {args.sites:,} sites in {time.perf_counter() - started:.1f} s ({url.split(':')[0]})\n")
        open_statuses = ("not_started", "in_progress", "reopened")
        scenarios = [
            ("all sites, one point each (no limit)", FindingFilters(), 10**9),
            ("all sites, default (aggregated)", FindingFilters(), None),
            ("all sites, aggregated, colour 整改状态", FindingFilters(), None, "rectification"),
            ("one city (永州市), default", FindingFilters(region_code="431100"), None),
            ("one county (湘乡市), default", FindingFilters(region_code="430381"), None),
            (
                "one county + open statuses (near the limit)",
                FindingFilters("430381", statuses=open_statuses),
                None,
            ),
            (
                "the same, colour 整改状态",
                FindingFilters("430381", statuses=open_statuses),
                None,
                "rectification",
            ),
            ("one county + status 反弹重办", FindingFilters("430381", statuses=("reopened",)), None),
            ("status 反弹重办 (finding filter), default", FindingFilters(statuses=("reopened",)), None),
        ]
        columns = (
            "scenario",
            "mode",
            "sites",
            "records",
            "query s",
            "(CPU)",
            "deck s",
            "(CPU)",
            "JSON MB",
            "gzip",
        )
        widths = (46, 6, 8, 8, 8, 6, 7, 6, 8, 6)
        header = " ".join(
            f"{c:{w}}" if i < 2 else f"{c:>{w}}" for i, (c, w) in enumerate(zip(columns, widths, strict=True))
        )
        print(header)
        print("-" * len(header))
        for name, filters, limit, *color in scenarios:
            r = measure(url, filters, point_limit=limit, color_by=color[0] if color else "risk")
            print(
                f"{name:46} {r['mode']:6} {r['sites']:>8,} {r['records']:>8,} {r['query']:>8.3f} "
                f"{r['query_cpu']:>6.3f} {r['deck']:>7.3f} {r['deck_cpu']:>6.3f} {r['raw_mb']:>8.2f} "
                f"{r['gzip_mb']:>6.2f}"
            )
        print(f"\npoint limit (data_access.sites.POINT_LIMIT): {sites.POINT_LIMIT:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
