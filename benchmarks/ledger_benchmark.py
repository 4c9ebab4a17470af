"""Ledger benchmark: export, preview and import of a large Excel ledger.

    python benchmarks/ledger_benchmark.py [--findings 5000] [--measures 3] [--months 12]

Builds a temporary SQLite database with the seed regions and units, writes a ledger of N new
findings (each with M measures and K monthly reports) as a real .xlsx, then measures wall-clock
and CPU seconds of this process for:

- preview: reading the file and planning it against the database (nothing written);
- import: the same plus writing everything in one transaction (audit entries included);
- preview again: the same file once more (every row unchanged: the idempotence check);
- export: writing the whole ledger back to .xlsx;
plus the file sizes and the peak memory of the process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from data_access.db import get_engine, migrate
from data_access.ledger import apply_import, export_ledger, preview_import
from data_access.metrics import FindingFilters
from tests.fixture_data import TODAY, build_fixture
from tests.ledger_files import workbook_bytes


def timed(label: str, function):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    print(f"{label:<14} {time.perf_counter() - wall:7.2f} s wall  {time.process_time() - cpu:7.2f} s CPU")
    return result


def ledger(findings: int, measures: int, months: int) -> bytes:
    finding_rows = [
        ["批次编号", "问题序号", "问题名称", "问题描述", "问题类别", "整改地区", "整改时限", "牵头单位"]
    ]
    measure_rows = [["批次编号", "问题序号", "措施编号", "措施内容", "责任单位", "进度（%）"]]
    report_rows = [["批次编号", "问题序号", "调度月份", "整改状态", "进度（%）", "工作进展", "报送日期"]]
    for number in range(100, 100 + findings):
        finding_rows.append(
            [
                "t-a",
                number,
                f"基准问题{number}",
                f"基准问题{number}的问题描述，" * 5,
                "土壤",
                "保靖县",
                "2027-06-30；长期坚持" if number % 3 else date(2027, 12, 31),
                "县发改局、县住建局" if number % 2 else "县住建局",
            ]
        )
        for m in range(1, measures + 1):
            measure_rows.append(["t-a", number, str(m), f"措施{m}：开展排查整治。" * 3, "县发改局", 10 * m])
        for k in range(months):
            month = date(2025 + (k + 10) // 12, (k + 10) % 12 + 1, 1)
            report_rows.append(
                ["t-a", number, month, "推进中", 5 * k, f"{month:%Y年%m月}推进情况", month.replace(day=25)]
            )
    return workbook_bytes({"问题清单": finding_rows, "整改措施": measure_rows, "月度调度": report_rows})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=5000)
    parser.add_argument("--measures", type=int, default=3)
    parser.add_argument("--months", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        engine = get_engine(f"sqlite:///{directory}/bench.sqlite3")
        migrate(engine)
        build_fixture(engine)
        data = timed("build file", lambda: ledger(args.findings, args.measures, args.months))
        rows = args.findings * (1 + args.measures + args.months)
        print(f"file           {len(data) / 1024 / 1024:7.2f} MB, {rows} rows")
        plan = timed("preview", lambda: preview_import(engine, data=data, filename="b.xlsx", today=TODAY))
        assert plan.ok and plan.added == rows, plan.problems[:3]
        timed("import", lambda: apply_import(engine, data=data, filename="b.xlsx", actor="基准", today=TODAY))
        again = timed(
            "preview again", lambda: preview_import(engine, data=data, filename="b.xlsx", today=TODAY)
        )
        assert not again.has_changes
        exported = timed("export", lambda: export_ledger(engine, filters=FindingFilters(), today=TODAY))
        print(f"export file    {len(exported) / 1024 / 1024:7.2f} MB")
        print(f"peak memory    {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MB")


if __name__ == "__main__":
    main()
