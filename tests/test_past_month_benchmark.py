"""Smoke run of benchmarks/past_month_benchmark.py at a tiny size: every scenario runs (the
page loader, the bulletin in a running server and in a fresh `manage.py bulletin` process,
the overview as of past days) and reports its figures. No timing is asserted
(docs/performance.md has the figures)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from sample_data.synthetic import generate

PROJECT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 4)


def load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "past_month_benchmark", PROJECT / "benchmarks" / "past_month_benchmark.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_measures_both_months_in_every_scenario(engine, database_url, tmp_path):
    generate(engine, findings=600, seed=1, today=TODAY, parallel=False)
    bench = load_benchmark()
    output = tmp_path / "figures.json"
    results = bench.main(
        ["--database-url", database_url, "--today", TODAY.isoformat(), "--output", str(output)]
    )
    assert output.exists()
    ended, current = results["month_just_ended"], results["month_in_progress"]
    assert (ended["month"], current["month"]) == ("2026-11", "2026-12")
    assert current["findings"] == 600 and 0 < ended["findings"] <= 600
    for month in (ended, current):
        assert set(month["click"]) == {"first_s", "after_write_s", "rerun_s"}
        for fmt in ("docx", "pdf", "xlsx"):
            assert month[f"server_{fmt}"]["bytes"] > 1000
            cli = month[f"cli_{fmt}"]
            assert cli["bytes"] > 1000 and cli["peak_mb"] > 50 and cli["wall_s"] > 0
    assert results["overview_month_end"]["as_of"] == "2026-11-30"
    assert results["overview_yesterday"]["as_of"] == "2026-12-03"
