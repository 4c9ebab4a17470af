"""The day's unit ranking of 逾期督办 kept per day (issue 20): built by the day's first reader,
corrected by the write session for the units a write touches, and always equal to the plain
query, also after a late report, a moved deadline, a closure and a unit link changed today.
Runs on PostgreSQL too (TEST_DATABASE_URL)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from sqlalchemy import func, select

from data_access.access import command_line
from data_access.commands.findings import (
    deadlines_in_force,
    move_deadline,
    record_status_change,
    refresh_state,
    set_units,
)
from data_access.commands.reporting import save_monthly_report
from data_access.commands.session import write_session
from data_access.metrics import FindingFilters
from data_access.models import Finding, FindingUnit, Unit, UnitRanking, UnitRankingDay
from data_access.overdue import build_unit_ranking, unit_ranking, unit_scoreboard
from data_access.reporting import MonthlyReport
from sample_data.synthetic import generate

TODAY = date(2026, 12, 4)
EVERY = FindingFilters()


@pytest.fixture
def synthetic(engine):
    generate(engine, findings=1500, seed=5, today=TODAY, parallel=False)
    return engine


def assert_kept_equals_plain(engine, *, today: date = TODAY) -> None:
    for cooperating in (False, True):
        full = unit_scoreboard(engine, filters=EVERY, today=today, include_cooperating=cooperating)
        for limit in (1, 7, 50, len(full) + 5):
            kept = unit_ranking(
                engine, filters=EVERY, today=today, include_cooperating=cooperating, limit=limit
            )
            plain = build_unit_ranking(
                engine, filters=EVERY, today=today, include_cooperating=cooperating, limit=limit
            )
            assert kept[1] == plain[1] == len(full)
            pd.testing.assert_frame_equal(kept[0], plain[0])
            pd.testing.assert_frame_equal(kept[0], full.head(limit).reset_index(drop=True))


def kept_rows(engine) -> dict[tuple[date, str, int], tuple]:
    with engine.connect() as connection:
        return {
            (row.as_of, row.scope, row.unit_id): (
                row.total,
                row.done,
                row.overdue,
                row.due_soon,
                row.late_report,
            )
            for row in connection.execute(select(UnitRanking)).all()
        }


def built_days(engine) -> dict[tuple[date, str], object]:
    with engine.connect() as connection:
        return {(d, s): at for d, s, at in connection.execute(select(UnitRankingDay.__table__)).all()}


def figures_of(engine, unit_id: int) -> dict:
    board = unit_scoreboard(engine, filters=EVERY, today=TODAY)
    return board[board["unit_id"] == unit_id].iloc[0].to_dict()


def lead_unit(engine, finding_id: int) -> int:
    with engine.connect() as connection:
        return connection.execute(
            select(func.min(FindingUnit.unit_id)).where(
                FindingUnit.finding_id == finding_id, FindingUnit.role == "lead"
            )
        ).scalar_one()


def open_finding(engine, *conditions) -> Finding:
    with engine.connect() as connection:
        row = connection.execute(
            select(Finding.id, Finding.version)
            .where(Finding.status.in_(("not_started", "in_progress")), *conditions)
            .where(Finding.id.in_(select(FindingUnit.finding_id).where(FindingUnit.role == "lead")))
            .order_by(Finding.id)
        ).first()
    assert row is not None
    return row


def test_the_kept_ranking_is_built_once_a_day_and_equals_the_plain_query(synthetic):
    assert built_days(synthetic) == {}
    assert_kept_equals_plain(synthetic)
    days = built_days(synthetic)
    assert set(days) == {(TODAY, "lead"), (TODAY, "any")}
    rows = kept_rows(synthetic)
    assert sum(1 for day, scope, _ in rows if scope == "lead") == len(
        unit_scoreboard(synthetic, filters=EVERY, today=TODAY)
    )
    # Read again: nothing rebuilt.
    assert_kept_equals_plain(synthetic)
    assert built_days(synthetic) == days
    # A filter reads the plain query; the next day builds its own rows and drops the old day.
    region = FindingFilters(region_code="110000")
    assert (
        unit_ranking(synthetic, filters=region, today=TODAY, limit=5)[1]
        == build_unit_ranking(synthetic, filters=region, today=TODAY, limit=5)[1]
    )
    tomorrow = TODAY + timedelta(days=1)
    assert_kept_equals_plain(synthetic, today=tomorrow)
    assert {day for day, _ in built_days(synthetic)} == {tomorrow}


def test_writes_today_correct_the_kept_ranking_in_their_transaction(synthetic):
    assert_kept_equals_plain(synthetic)
    days = built_days(synthetic)
    user = command_line("测试")

    # A late report: an open rolling finding without November's report sends it today.
    late = open_finding(
        synthetic,
        Finding.has_rolling_deadline.is_(True),
        (Finding.last_report_period.is_(None)) | (Finding.last_report_period < date(2026, 11, 1)),
    )
    unit = lead_unit(synthetic, late.id)
    before = figures_of(synthetic, unit)
    save_monthly_report(
        synthetic,
        finding_id=late.id,
        version=late.version,
        report=MonthlyReport(
            period=date(2026, 11, 1), status="in_progress", reported_on=TODAY, narrative="补报"
        ),
        user=user,
        today=TODAY,
    )
    assert figures_of(synthetic, unit)["late_report"] == before["late_report"] - 1
    assert built_days(synthetic) == days  # corrected, not rebuilt
    assert_kept_equals_plain(synthetic)

    # A moved deadline: an overdue finding gets a new deadline 20 days from today (due soon).
    overdue = open_finding(synthetic, Finding.next_due_date < TODAY)
    unit = lead_unit(synthetic, overdue.id)
    before = figures_of(synthetic, unit)
    with write_session(synthetic) as session, session.begin():
        finding = session.get(Finding, overdue.id)
        deadline = min(
            (d for d in deadlines_in_force(finding) if d.due_date is not None), key=lambda d: d.due_date
        )
        move_deadline(finding, deadline, TODAY + timedelta(days=20), on=TODAY)
        refresh_state(session, [finding])
    after = figures_of(synthetic, unit)
    assert after["overdue"] <= before["overdue"] - 1 or after["due_soon"] == before["due_soon"] + 1
    assert built_days(synthetic) == days
    assert_kept_equals_plain(synthetic)

    # A closure: an open finding is closed today (done + 1 for its units).
    closing = open_finding(synthetic, Finding.next_due_date < TODAY)
    unit = lead_unit(synthetic, closing.id)
    before = figures_of(synthetic, unit)
    with write_session(synthetic) as session, session.begin():
        finding = session.get(Finding, closing.id)
        record_status_change(session, finding, "closed", on=TODAY, source="report")
        refresh_state(session, [finding])
    after = figures_of(synthetic, unit)
    assert after["done"] == before["done"] + 1 and after["overdue"] == before["overdue"] - 1
    assert_kept_equals_plain(synthetic)

    # A unit link: an overdue finding gets a second lead unit, which now counts it.
    linked = open_finding(synthetic, Finding.next_due_date < TODAY)
    with write_session(synthetic) as session, session.begin():
        finding = session.get(Finding, linked.id)
        current = [row.unit for row in sorted(finding.units, key=lambda r: r.seq) if row.role == "lead"]
        mine = {u.id for u in current}
        other = session.scalars(select(Unit).where(Unit.id.not_in(mine)).order_by(Unit.id)).first()
        set_units(session, finding, "lead", [*current, other])
        added = other.id
    assert_kept_equals_plain(synthetic)
    board = unit_scoreboard(synthetic, filters=EVERY, today=TODAY)
    assert int(board.loc[board["unit_id"] == added, "overdue"].iloc[0]) >= 1
    assert built_days(synthetic) == days


def test_a_write_committing_while_the_day_is_built_is_in_the_kept_rows(synthetic, monkeypatch):
    """The builder holds the data version's row; a writer that commits meanwhile waits for the
    build and then corrects the rows just built (without that order, PostgreSQL would keep
    the rows built without the write)."""
    import threading
    import time

    from data_access import unit_rankings

    closing = open_finding(synthetic, Finding.next_due_date < TODAY)
    unit = lead_unit(synthetic, closing.id)
    locked, release = threading.Event(), threading.Event()
    original = unit_rankings.figures_query

    def paused(*args, **kwargs):
        locked.set()
        release.wait(timeout=30)
        return original(*args, **kwargs)

    monkeypatch.setattr(unit_rankings, "figures_query", paused)

    def close() -> None:
        with write_session(synthetic) as session, session.begin():
            finding = session.get(Finding, closing.id)
            record_status_change(session, finding, "closed", on=TODAY, source="report")
            refresh_state(session, [finding])

    builder = threading.Thread(target=unit_rankings.ensure_built, args=(synthetic, TODAY, "lead"))
    builder.start()
    assert locked.wait(timeout=30)
    writer = threading.Thread(target=close)
    writer.start()
    time.sleep(1.0)  # the writer reaches the lock and waits there
    release.set()
    builder.join(timeout=60)
    writer.join(timeout=60)
    monkeypatch.setattr(unit_rankings, "figures_query", original)
    assert (TODAY, "lead") in built_days(synthetic)
    with synthetic.connect() as connection:
        status = connection.execute(select(Finding.status).where(Finding.id == closing.id)).scalar_one()
    assert status == "closed"
    kept, _ = unit_ranking(synthetic, filters=EVERY, today=TODAY, limit=100_000)
    plain, _ = build_unit_ranking(synthetic, filters=EVERY, today=TODAY, limit=100_000)
    pd.testing.assert_frame_equal(kept, plain)
    assert unit in set(kept["unit_id"])
