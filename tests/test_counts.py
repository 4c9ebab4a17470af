"""The derived count tables stay equal to a fresh count after every kind of write.

`finding_counts` and `unit_status_counts` (data_access/counts.py) let the national overview
and the unit scoreboard skip counting every finding. Each test writes through one of the
writers and checks the stored counts against the source rows, and the figures read through
the derived counts against the same figures read through the filtered path.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.vocabulary import STATUSES
from data_access.access import command_line
from data_access.commands.plan_import import import_plan
from data_access.commands.reporting import (
    MonthlyReport,
    reopen_finding,
    save_closure_record,
    save_monthly_report,
)
from data_access.commands.session import write_session
from data_access.counts import SCOPES, finding_counts, rebuild_counts, unit_counts
from data_access.ledger import apply_import, export_ledger
from data_access.metrics import FindingFilters
from data_access.models import Finding, FindingCount, FindingUnit, Unit, UnitStatusCount
from data_access.overdue import unit_scoreboard
from data_access.overview import completion_by_batch, completion_by_region, kpi_summary, status_breakdown
from sample_data.synthetic import generate
from tests.fixture_data import TODAY
from tests.ledger_files import edit_workbook, find_row
from tests.test_plan_import import SEED_000, findings_of
from tests.test_reporting import seed_form, version_of

# Every status listed: not "every finding" to metrics.selects_every_finding, so the figures
# go through findings_view, although they cover the same findings.
ALL_THROUGH_VIEW = FindingFilters(statuses=STATUSES)


def counts_match(connection) -> bool:
    """True when the stored counts equal a fresh count from the source rows."""
    stored_findings = set(connection.execute(select(FindingCount.__table__)).all())
    stored_units = set(connection.execute(select(UnitStatusCount.__table__)).all())
    fresh_findings = set(connection.execute(finding_counts()).all())
    fresh_units = {row for scope in SCOPES for row in connection.execute(unit_counts(scope)).all()}
    return stored_findings == fresh_findings and stored_units == fresh_units


def stored_counts(engine) -> tuple[dict, dict]:
    with engine.connect() as connection:
        findings = {
            (row.batch_id, row.province_code, row.status): row.findings
            for row in connection.execute(select(FindingCount.__table__))
        }
        units = {
            (row.unit_id, row.scope, row.status): row.findings
            for row in connection.execute(select(UnitStatusCount.__table__))
        }
    return findings, units


def assert_counts_right(engine) -> None:
    with engine.connect() as connection:
        assert counts_match(connection)
    # The fast path (derived counts) and the filtered path give the same figures.
    for function in (kpi_summary, completion_by_region, completion_by_batch, status_breakdown):
        fast = function(engine, filters=FindingFilters(), today=TODAY)
        slow = function(engine, filters=ALL_THROUGH_VIEW, today=TODAY)
        if isinstance(fast, pd.DataFrame):
            key = fast.columns[0]
            pd.testing.assert_frame_equal(
                fast.sort_values(key).reset_index(drop=True), slow.sort_values(key).reset_index(drop=True)
            )
        else:
            assert fast == slow
    for cooperating in (False, True):
        fast = unit_scoreboard(engine, filters=FindingFilters(), today=TODAY, include_cooperating=cooperating)
        slow = unit_scoreboard(engine, filters=ALL_THROUGH_VIEW, today=TODAY, include_cooperating=cooperating)
        pd.testing.assert_frame_equal(fast, slow)


def unit_id(engine, name: str, region: str) -> int:
    with Session(engine) as session:
        return session.scalar(select(Unit.id).where(Unit.name == name, Unit.region_code == region))


def test_the_fixture_counts_are_the_hand_counted_ones(engine, fixture_ids):
    findings, units = stored_counts(engine)
    assert sum(findings.values()) == 11
    by_status: dict[str, int] = {}
    for (_batch, _province, status), number in findings.items():
        by_status[status] = by_status.get(status, 0) + number
    # A1–A6, B4 in progress; B1 completed; B2 closed; B3 reopened; B5 not started.
    assert by_status == {"in_progress": 7, "completed": 1, "closed": 1, "reopened": 1, "not_started": 1}
    assert {province for _b, province, _s in findings} == {"430000"}
    # 县发改局 (保靖) leads A1–A3, all in progress; 县住建局 A4–A6.
    fagai = unit_id(engine, "县发改局", "433125")
    assert {(s, n) for (u, scope, s), n in units.items() if u == fagai and scope == "lead"} == {
        ("in_progress", 3)
    }
    assert_counts_right(engine)


def test_monthly_report_completing_a_finding_moves_its_counts(engine, fixture_ids):
    a1 = fixture_ids["A1"]
    before, _ = stored_counts(engine)
    save_monthly_report(
        engine,
        finding_id=a1,
        version=version_of(engine, a1),
        report=MonthlyReport(
            period=date(2026, 10, 1),
            status="completed",
            reported_on=date(2026, 10, 27),
            progress_pct=100.0,
            narrative="已完成",
            problems="",
            next_steps="",
            reporter="李四",
        ),
        user=command_line("张三"),
        today=TODAY,
    )
    after, _ = stored_counts(engine)
    with Session(engine) as session:
        batch = session.get(Finding, a1).batch_id
    assert after[(batch, "430000", "in_progress")] == before[(batch, "430000", "in_progress")] - 1
    assert after.get((batch, "430000", "completed"), 0) == before.get((batch, "430000", "completed"), 0) + 1
    assert_counts_right(engine)


def test_closure_and_reopening_keep_the_counts(engine, fixture_ids):
    b1 = fixture_ids["B1"]  # completed, awaiting acceptance
    save_closure_record(
        engine,
        finding_id=b1,
        version=version_of(engine, b1),
        form=seed_form(),
        user=command_line("市环委办"),
        today=TODAY,
    )
    with Session(engine) as session:
        assert session.get(Finding, b1).status == "closed"
    assert_counts_right(engine)
    b2 = fixture_ids["B2"]  # closed
    reopen_finding(
        engine,
        finding_id=b2,
        version=version_of(engine, b2),
        reopened_on=date(2026, 11, 20),
        reason="回头看发现反弹",
        new_due_date=date(2027, 3, 31),
        user=command_line("督察组"),
        today=TODAY,
    )
    assert_counts_right(engine)
    kpi = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert (kpi["closed"], kpi["open"]) == (1, 10)  # B1 closed now, B2 open again


def test_ledger_import_changing_status_and_lead_unit_keeps_the_counts(engine, fixture_ids):
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    a1_row = find_row(data, "问题清单", 问题名称="测试问题A1")
    edited = edit_workbook(
        data, "问题清单", {(a1_row, "整改状态"): "已完成待销号", (a1_row, "牵头单位"): "县住建局"}
    )
    plan = apply_import(engine, data=edited, filename="修改.xlsx", actor="县环委办", today=TODAY)
    assert plan.ok, plan.problems
    with Session(engine) as session:
        leads = session.scalars(
            select(FindingUnit.unit_id).where(
                FindingUnit.finding_id == fixture_ids["A1"], FindingUnit.role == "lead"
            )
        ).all()
    assert leads == [unit_id(engine, "县住建局", "433125")]
    assert_counts_right(engine)


def test_plan_import_adds_its_findings_to_the_counts(engine, fixture_ids):
    """A plan of 零陵区 into the fixture database (regions and units loaded by the fixture)."""
    summary = import_plan(
        engine,
        findings_of(SEED_000),
        today=TODAY,
        batch_name="省人大执法检查",
        region="零陵区",
    )
    findings, _ = stored_counts(engine)
    with Session(engine) as session:
        batch = session.scalar(select(Finding.batch_id).where(Finding.batch.has(code=summary.batch_code)))
    assert findings[(batch, "430000", "completed")] == 1  # the closure form: completed
    assert_counts_right(engine)


def test_deleting_a_finding_and_rebuilding(engine, fixture_ids):
    with write_session(engine) as session, session.begin():
        session.delete(session.get(Finding, fixture_ids["B5"]))
    findings, _ = stored_counts(engine)
    assert sum(findings.values()) == 10
    assert_counts_right(engine)
    with engine.begin() as connection:  # a writer that bypassed the ORM rebuilds them
        connection.execute(delete(FindingCount))
        assert not counts_match(connection)
        rebuild_counts(connection)
        assert counts_match(connection)


def test_sample_data_and_synthetic_data_come_with_their_counts(engine):
    from sample_data.loader import load_sample_data

    load_sample_data(engine, today=TODAY)
    with engine.connect() as connection:
        assert counts_match(connection)
    generate(engine, findings=300, seed=3, today=TODAY, replace=True, parallel=False)
    findings, _units = stored_counts(engine)
    assert sum(findings.values()) == 300
    with engine.connect() as connection:
        assert counts_match(connection)
    assert_counts_right(engine)
