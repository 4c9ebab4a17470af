"""Findings added to the hand-made fixture (tests/fixture_data.py) for the monthly dispatch.

The month under test is October 2026, compared with September 2026; both are judged as
known at the end of the month (today is 2026-11-23). Batch 测试批次丁 belongs to 湘潭市
(430300), so its lead units are the 市… units of batch 乙.

| key | region | deadline(s) | status history | October 2026 |
|---|---|---|---|---|
| D1 | 湘潭县 | 2026-12-31, met 10-15 | in progress 02-01, completed 10-15 | newly completed |
| D2 | 湘潭县 | 2026-08-31, met 08-01 | completed 08-01, closed 10-20 | newly closed |
| D3 | 雨湖区 | 2026-10-31, met 10-05 | completed 10-05, closed 10-25 | newly completed and closed |
| D4 | 岳塘区 | 04-30 met; recheck 2027-03-31 | completed 04-01, closed 05-01, reopened 10-10 | reopened |
| D5 | 湘乡市 | 2026-09-30, met 07-01 | completed 07-01, back to in progress 10-12 | gone backwards |
| D6 | 湘乡市 | 2026-10-15 → 2026-12-31 (moved 10-10) | in progress 02-01 | deadline moved, not overdue |
| D7 | 湘乡市 | 2026-10-20 | in progress 02-01, completed 11-05 | newly overdue (done only in November) |
| D8 | 韶山市 | 持续推进 | in progress 02-01 | October report came 11-02: missing at month end |
| D9 | 韶山市 | 持续推进 | in progress 02-01 | October report came 10-30: two days late |
| D10 | 湘潭市 | 2027-06-30 | registered 10-08, not started | new in October |

With the base fixture (B3 overdue since its recheck deadline 2026-09-30 passed, A6 without
an October report, A5 and B4 reporting on time) the hand-computed October dispatch is in
tests/test_dispatch.py.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from data_access.commands.directory import UnitDirectory
from data_access.commands.findings import (
    move_deadline,
    record_status_change,
    refresh_state,
    region_columns,
)
from data_access.commands.session import write_session
from data_access.models import Batch, Deadline, Finding, FindingUnit, ProgressReport

MONTH = date(2026, 10, 1)

# key: region, lead unit, deadlines [(kind, due, met_on, valid_from)], events [(status, day, reason)],
# reports [(period, reported_on)]
DISPATCH_FINDINGS = {
    "D1": (
        "430321",
        "市环保局",
        [("date", date(2026, 12, 31), date(2026, 10, 15), None)],
        [("in_progress", date(2026, 2, 1), None), ("completed", date(2026, 10, 15), "整改完成")],
        [],
    ),
    "D2": (
        "430321",
        "市住建局",
        [("date", date(2026, 8, 31), date(2026, 8, 1), None)],
        [("completed", date(2026, 8, 1), None), ("closed", date(2026, 10, 20), "验收销号")],
        [],
    ),
    "D3": (
        "430302",
        "市环保局",
        [("date", date(2026, 10, 31), date(2026, 10, 5), None)],
        [("completed", date(2026, 10, 5), None), ("closed", date(2026, 10, 25), "验收销号")],
        [],
    ),
    "D4": (
        "430304",
        "市农委",
        [
            ("date", date(2026, 4, 30), date(2026, 4, 1), None),
            ("date", date(2027, 3, 31), None, date(2026, 10, 10)),
        ],
        [
            ("completed", date(2026, 4, 1), None),
            ("closed", date(2026, 5, 1), "验收销号"),
            ("reopened", date(2026, 10, 10), "回头看发现问题反弹"),
        ],
        [],
    ),
    "D5": (
        "430381",
        "市农委",
        [("date", date(2026, 9, 30), date(2026, 7, 1), None)],
        [("completed", date(2026, 7, 1), None), ("in_progress", date(2026, 10, 12), "验收未通过")],
        [],
    ),
    "D6": (
        "430381",
        "市住建局",
        [("date", date(2026, 10, 15), None, None)],
        [("in_progress", date(2026, 2, 1), None)],
        [],
    ),
    "D7": (
        "430381",
        "市住建局",
        [("date", date(2026, 10, 20), None, None)],
        [("in_progress", date(2026, 2, 1), None), ("completed", date(2026, 11, 5), "整改完成")],
        [],
    ),
    "D8": (
        "430382",
        "市农委",
        [("ongoing", None, None, None)],
        [("in_progress", date(2026, 2, 1), None)],
        [(date(2026, 9, 1), date(2026, 9, 25)), (date(2026, 10, 1), date(2026, 11, 2))],
    ),
    "D9": (
        "430382",
        "市环保局",
        [("ongoing", None, None, None)],
        [("in_progress", date(2026, 2, 1), None)],
        [(date(2026, 9, 1), date(2026, 9, 20)), (date(2026, 10, 1), date(2026, 10, 30))],
    ),
    "D10": ("430300", "市环保局", [("date", date(2027, 6, 30), None, None)], [], []),
}
REGISTERED = {"D10": date(2026, 10, 8)}


def add_dispatch_findings(engine: Engine) -> dict[str, int]:
    """Add batch 测试批次丁 to a database holding the base fixture; return finding ids by key."""
    ids: dict[str, int] = {}
    with write_session(engine) as session, session.begin():
        units = UnitDirectory(session)
        batch = Batch(
            code="t-d",
            name="测试批次丁",
            source_type="provincial_inspection",
            level="provincial",
            region_code="430300",
            feedback_date=date(2025, 12, 1),
        )
        session.add(batch)
        for number, (key, (region, lead, deadlines, events, reports)) in enumerate(
            DISPATCH_FINDINGS.items(), start=1
        ):
            finding = Finding(
                batch=batch,
                number=number,
                label=key,
                title=f"测试问题{key}",
                problem=f"测试问题{key}的问题描述",
                category="water",
                region_code=region,
                status="not_started",
                registered_on=REGISTERED.get(key, date(2026, 1, 1)),
                **region_columns(session, region),
            )
            session.add(finding)
            for seq, (kind, due, met, valid_from) in enumerate(deadlines, start=1):
                finding.deadlines.append(
                    Deadline(
                        seq=seq,
                        kind=kind,
                        due_date=due,
                        text=str(due or kind),
                        met_on=met,
                        valid_from=valid_from,
                    )
                )
            finding.units.append(FindingUnit(unit=units.get("430300", lead), role="lead", seq=0))
            session.flush()
            for status, day, reason in events:
                record_status_change(session, finding, status, on=day, source="report", reason=reason)
            for period, reported_on in reports:
                session.add(
                    ProgressReport(
                        finding_id=finding.id, period=period, status="in_progress", reported_on=reported_on
                    )
                )
            session.flush()
            if key == "D6":
                move_deadline(finding, finding.deadlines[0], date(2026, 12, 31), on=date(2026, 10, 10))
            refresh_state(session, [finding])
            ids[key] = finding.id
    return ids
