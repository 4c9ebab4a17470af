"""A small hand-made case database whose figures are computed by hand in the tests.

Today is 2026-11-23 throughout. Eleven findings:

| key | region | deadline(s) | status history | why it is here |
|---|---|---|---|---|
| A1 | 保靖县 | 2026-11-23 | in progress | deadline today: due soon, not overdue |
| A2 | 保靖县 | 2026-11-22 | in progress | one day overdue |
| A3 | 保靖县 | 2026-12-23 | in progress | due in exactly 30 days: due soon |
| A4 | 保靖县 | 2026-12-24 | in progress | due in 31 days: not due soon |
| A5 | 保靖县 | 持续推进 | in progress | rolling, reported for October: on time |
| A6 | 保靖县 | 立行立改，长期坚持 | in progress | rolling, last report September: late |
| B1 | 湘潭市 (city level) | 2025-06-30, met | completed 2025-06-20 | done, awaiting closure |
| B2 | 湘乡市 | 2024-12-31, met | closed 2025-03-01 | closed |
| B3 | 雨湖区 | 2024-06-30 met; recheck 2026-09-30 | closed 2024-09, reopened 2026-03 | overdue again |
| B4 | 湘潭县 | 2026-01-31 → 2026-12-10 (moved 01-20); 长期坚持 | in progress | due soon |
| B5 | 湘潭市 | 2027-06-30 | not started | open, far deadline |
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from core.settings import SAMPLE_DATA_DIR
from data_access.commands.directory import UnitDirectory
from data_access.commands.findings import (
    move_deadline,
    record_status_change,
    refresh_state,
    region_columns,
)
from data_access.commands.session import write_session
from data_access.models import (
    Batch,
    Deadline,
    Finding,
    FindingPerson,
    FindingUnit,
    Measure,
    Person,
    ProgressReport,
)
from sample_data.loader import _load_regions

TODAY = date(2026, 11, 23)

# key: region, deadlines [(kind, date, met_on)], events [(status, day)], reports [(period, reported_on)]
FINDINGS = {
    "A1": ("433125", [("date", date(2026, 11, 23), None)], [("in_progress", date(2026, 1, 10))], []),
    "A2": ("433125", [("date", date(2026, 11, 22), None)], [("in_progress", date(2026, 1, 10))], []),
    "A3": ("433125", [("date", date(2026, 12, 23), None)], [("in_progress", date(2026, 1, 10))], []),
    "A4": ("433125", [("date", date(2026, 12, 24), None)], [("in_progress", date(2026, 1, 10))], []),
    "A5": (
        "433125",
        [("ongoing", None, None)],
        [("in_progress", date(2026, 1, 10))],
        [(date(2026, 9, 1), date(2026, 9, 27)), (date(2026, 10, 1), date(2026, 10, 27))],
    ),
    "A6": (
        "433125",
        [("immediate", None, None), ("long_term", None, None)],
        [("in_progress", date(2026, 1, 10))],
        [(date(2026, 8, 1), date(2026, 8, 25)), (date(2026, 9, 1), date(2026, 9, 26))],
    ),
    "B1": (
        "430300",
        [("date", date(2025, 6, 30), date(2025, 6, 20))],
        [("in_progress", date(2025, 1, 10)), ("completed", date(2025, 6, 20))],
        [],
    ),
    "B2": (
        "430381",
        [("date", date(2024, 12, 31), date(2024, 11, 30))],
        [("in_progress", date(2024, 1, 10)), ("completed", date(2024, 11, 30)), ("closed", date(2025, 3, 1))],
        [],
    ),
    "B3": (
        "430302",
        [("date", date(2024, 6, 30), date(2024, 6, 1))],
        [
            ("in_progress", date(2024, 1, 10)),
            ("completed", date(2024, 6, 1)),
            ("closed", date(2024, 9, 1)),
            ("reopened", date(2026, 3, 1)),
        ],
        [],
    ),
    "B4": (
        "430321",
        [("date", date(2026, 1, 31), None), ("long_term", None, None)],
        [("in_progress", date(2026, 1, 5))],
        [(date(2026, 10, 1), date(2026, 10, 28))],
    ),
    "B5": ("430300", [("date", date(2027, 6, 30), None)], [], []),
}
REGISTERED = {"B1": date(2025, 1, 1), "B2": date(2024, 1, 1), "B3": date(2024, 1, 1)}
LEADS = {
    "A1": ["县发改局"],
    "A2": ["县发改局"],
    "A3": ["县发改局"],
    "A4": ["县住建局"],
    "A5": ["县住建局"],
    "A6": ["县住建局"],
    "B1": ["市环保局"],
    "B2": ["市住建局"],
    "B3": ["市环保局"],
    "B4": ["市农委"],
    "B5": ["市环保局"],
}
COOPERATING = {"B1": ["市住建局"]}


def build_fixture(engine: Engine) -> dict[str, int]:
    """Fill an empty, migrated database; return finding ids by key."""
    ids: dict[str, int] = {}
    with write_session(engine) as session, session.begin():
        _load_regions(session, SAMPLE_DATA_DIR / "regions.csv")
        units = UnitDirectory(session)
        batches = {
            "A": Batch(
                code="t-a",
                name="测试批次甲",
                source_type="central_inspection",
                level="central",
                region_code="433125",
            ),
            "B": Batch(
                code="t-b",
                name="测试批次乙",
                source_type="provincial_inspection",
                level="provincial",
                region_code="430300",
                feedback_date=date(2023, 12, 1),
            ),
        }
        session.add_all(batches.values())
        leader = Person(region_code="430300", name="测试领导")
        for number, (key, (region, deadlines, events, reports)) in enumerate(FINDINGS.items(), start=1):
            scope_region = batches[key[0]].region_code
            finding = Finding(
                batch=batches[key[0]],
                number=number,
                label=key,
                title=f"测试问题{key}",
                problem=f"测试问题{key}的问题描述",
                category="soil" if key in ("A1", "B2") else "water",
                region_code=region,
                status="not_started",
                registered_on=REGISTERED.get(key, date(2026, 1, 1)),
                **region_columns(session, region),
            )
            session.add(finding)
            for seq, (kind, due, met) in enumerate(deadlines, start=1):
                finding.deadlines.append(
                    Deadline(seq=seq, kind=kind, due_date=due, text=str(due or kind), met_on=met)
                )
            for seq, name in enumerate(LEADS[key]):
                finding.units.append(FindingUnit(unit=units.get(scope_region, name), role="lead", seq=seq))
            for seq, name in enumerate(COOPERATING.get(key, [])):
                finding.units.append(
                    FindingUnit(unit=units.get(scope_region, name), role="cooperating", seq=seq)
                )
            finding.people.append(FindingPerson(person=leader, role="supervising"))
            measure_status = "completed" if key in ("B2", "B3") else "in_progress"
            finding.measures.append(
                Measure(seq=1, number="1", text=f"{key}的整改措施", status=measure_status)
            )
            session.flush()
            for status, day in events:
                record_status_change(session, finding, status, on=day, source="report")
            for period, reported_on in reports:
                session.add(
                    ProgressReport(
                        finding_id=finding.id, period=period, status="in_progress", reported_on=reported_on
                    )
                )
            session.flush()
            if key == "B3":  # the follow-up check set a new deadline
                finding.deadlines.append(
                    Deadline(
                        seq=2,
                        kind="date",
                        due_date=date(2026, 9, 30),
                        text="回头看",
                        valid_from=date(2026, 3, 1),
                    )
                )
            if key == "B4":
                move_deadline(finding, finding.deadlines[0], date(2026, 12, 10), on=date(2026, 1, 20))
            refresh_state(session, [finding])
            ids[key] = finding.id
    return ids
