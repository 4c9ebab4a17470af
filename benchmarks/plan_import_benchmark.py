"""How long reading, parsing and importing plan documents takes (prints figures, asserts nothing).

    python benchmarks/plan_import_benchmark.py [--findings 500]

Parses each seed document (tests/plan_documents/), a .docx built from seed 001, and a
synthetic plan with N findings in the 001 layout; imports the synthetic plan into a
temporary SQLite file twice (the second import changes nothing).
"""

from __future__ import annotations

import argparse
import io
import re
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from core.settings import SAMPLE_DATA_DIR  # noqa: E402
from data_access.commands.directory import UnitDirectory  # noqa: E402
from data_access.commands.plan_import import import_plan  # noqa: E402
from data_access.commands.session import write_session  # noqa: E402
from data_access.db import get_engine, migrate  # noqa: E402
from intake.plan_document import read_plan_bytes, read_plan_file  # noqa: E402
from intake.plan_parser import PlanParseError, parse_plan_text  # noqa: E402
from sample_data.loader import _load_regions  # noqa: E402

DOCS = ROOT / "tests" / "plan_documents"


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def synthetic_plan(findings: int) -> str:
    """Seed 001's findings repeated, numbered 1、2、… so that numbers stay unique."""
    text = (DOCS / "001_5cb408abd5d47804.txt").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[一二三四五六七八九十]+、)", text)[1:]
    out = []
    for number in range(1, findings + 1):
        block = blocks[(number - 1) % len(blocks)]
        out.append(re.sub(r"^[一二三四五六七八九十]+、", f"{number}、", block))
    return "\n".join(out)


def long_lists(rows: int) -> dict[str, str]:
    """Long documents in the layouts that once took quadratic time: a numbered task list with
    unit brackets, a bar table, and heading lines the reader refuses (every line was tried as a
    one-cell-per-line header)."""
    return {
        "numbered tasks": "\n".join(f"{k}．整治第{k}处粪污直排（县农业局牵头" for k in range(1, rows + 1)),
        "bar table": "\n".join(
            ["序号|反馈问题|整改措施|牵头单位|整改时限"]
            + [f"{k}|第{k}处养殖场粪污直排|依法处置|县农业农村局|2025年12月底前" for k in range(1, rows + 1)]
        ),
        "headings only": "\n".join(f"{k}、关于问题{k}" for k in range(1, rows + 1)),
    }


def time_long_lists(sizes: tuple[int, ...] = (1000, 4000)) -> None:
    """Parse time at two sizes: four times the rows should take about four times as long."""
    for layout in long_lists(1):
        figures = []
        for rows in sizes:
            text = long_lists(rows)[layout]
            found, seconds = timed(_findings_or_none, text)
            figures.append(f"{rows} rows {seconds:.2f} s ({found} findings)")
        print(f"long list, {layout}: " + ", ".join(figures))


def _findings_or_none(text: str) -> int:
    """How many findings the text gives; 0 when it is refused."""
    try:
        return len(parse_plan_text(text).findings)
    except PlanParseError:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", type=int, default=500)
    args = parser.parse_args()

    print("document                          chars  findings  parse ms")
    for path in sorted(DOCS.glob("*.txt")):
        text = read_plan_file(path)
        plan, seconds = timed(parse_plan_text, text)
        print(f"{path.name:<32}{len(text):>7}{len(plan.findings):>10}{seconds * 1000:>10.1f}")

    import docx

    document = docx.Document()
    for line in (DOCS / "001_5cb408abd5d47804.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    text, read_seconds = timed(read_plan_bytes, buffer.getvalue(), "001.docx")
    plan, parse_seconds = timed(parse_plan_text, text)
    print(
        f"001 as .docx ({len(buffer.getvalue()) // 1024} KB): read {read_seconds * 1000:.0f} ms, "
        f"parse {parse_seconds * 1000:.0f} ms, {len(plan.findings)} findings"
    )

    text = synthetic_plan(args.findings)
    plan, seconds = timed(parse_plan_text, text)
    measures = sum(len(f.measures) for f in plan.findings)
    print(
        f"synthetic: {len(text):,} chars, {len(plan.findings)} findings, {measures} measures, "
        f"parse {seconds:.2f} s"
    )

    with tempfile.TemporaryDirectory() as directory:
        engine = get_engine(f"sqlite:///{directory}/bench.sqlite3")
        migrate(engine)
        with write_session(engine) as session, session.begin():
            _load_regions(session, SAMPLE_DATA_DIR / "regions.csv")
            UnitDirectory(session).load_aliases(SAMPLE_DATA_DIR / "units.yaml")
        options = {"batch_name": "基准测试批次", "region": "433125", "today": date(2026, 11, 23)}
        first, seconds = timed(import_plan, engine, plan.findings, **options)
        print(f"import (new):   {first.created} created in {seconds:.2f} s")
        second, seconds = timed(import_plan, engine, plan.findings, **options)
        print(f"import (again): {second.unchanged} unchanged, {second.updated} updated in {seconds:.2f} s")
    time_long_lists()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
