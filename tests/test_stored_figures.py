"""Stored figures of a past month and a past day (issue 20): the month just ended is read back
from `stored_figures` instead of rebuilt, and equals the full rebuild figure by figure, also
after a late report and a moved deadline dated in that month (which the write session
corrects in its own transaction) and when read on a later day. Same for the overview as of a
past day. Runs on PostgreSQL too (TEST_DATABASE_URL)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date, timedelta

import pandas as pd
import pytest
from sqlalchemy import func, select

from data_access import overview
from data_access.access import command_line
from data_access.commands.findings import deadlines_in_force, move_deadline, refresh_state
from data_access.commands.reporting import save_monthly_report
from data_access.commands.session import write_session
from data_access.dispatch import build_monthly_dispatch, monthly_dispatch
from data_access.metrics import FindingFilters
from data_access.models import Deadline, Finding, StoredFigures
from data_access.reporting import MonthlyReport
from data_access.stored import decode, encode, kept
from sample_data.synthetic import generate

TODAY = date(2026, 12, 4)  # the office makes November's bulletin a few days after it ends
NOVEMBER, OCTOBER = date(2026, 11, 1), date(2026, 10, 1)
NOV_END, OCT_END = date(2026, 11, 30), date(2026, 10, 31)
# November's report, received on November 30 (after the 28th) and entered days later.
LATE_REPORT = MonthlyReport(period=NOVEMBER, status="in_progress", reported_on=NOV_END, narrative="补报")
OVERVIEW = (
    overview.kpi_summary,
    overview.completion_by_region,
    overview.completion_by_batch,
    overview.status_breakdown,
    overview.deadlines_by_month,
)


@pytest.fixture
def synthetic(engine):
    generate(engine, findings=1500, seed=5, today=TODAY, parallel=False)
    return engine


def assert_same(stored, rebuilt) -> None:
    """Every field of two dispatches (or overview results) equal, frames with their dtypes."""
    if isinstance(rebuilt, pd.DataFrame):
        pd.testing.assert_frame_equal(stored, rebuilt)
    elif dataclasses.is_dataclass(rebuilt):
        for field in dataclasses.fields(rebuilt):
            try:
                assert_same(getattr(stored, field.name), getattr(rebuilt, field.name))
            except AssertionError as error:
                raise AssertionError(f"{field.name}: {error}") from None
    else:
        assert stored == rebuilt


def stored_rows(engine) -> set[tuple[str, date, str | None]]:
    with engine.connect() as connection:
        return set(
            connection.execute(
                select(StoredFigures.kind, StoredFigures.as_of, StoredFigures.province_code)
            ).all()
        )


def provinces(engine) -> list[str]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                select(Finding.province_code)
                .group_by(Finding.province_code)
                .order_by(func.count().desc(), Finding.province_code)
            ).scalars()
        )


def store_months(engine, filters_list) -> None:
    for filters in filters_list:
        for month in (OCTOBER, NOVEMBER):
            monthly_dispatch(engine, filters=filters, month=month, today=TODAY)


@pytest.mark.parametrize("scope", ["national", "province", "batch"])
def test_the_stored_month_just_ended_equals_the_rebuild(synthetic, scope):
    filters = FindingFilters()
    if scope == "province":
        filters = FindingFilters(region_code=provinces(synthetic)[0])
    elif scope == "batch":
        with synthetic.connect() as connection:
            code = connection.execute(select(func.min(Finding.batch_id))).scalar_one()
        from data_access.models import Batch

        with synthetic.connect() as connection:
            batch = connection.execute(select(Batch.code).where(Batch.id == code)).scalar_one()
        filters = FindingFilters(batch_codes=(batch,))
    first = monthly_dispatch(synthetic, filters=filters, month=NOVEMBER, today=TODAY)
    assert ("monthly_dispatch", NOV_END) in {(kind, day) for kind, day, _ in stored_rows(synthetic)}
    again = monthly_dispatch(synthetic, filters=filters, month=NOVEMBER, today=TODAY)
    rebuilt = build_monthly_dispatch(synthetic, filters=filters, month=NOVEMBER, today=TODAY)
    assert_same(first, rebuilt)
    assert_same(again, rebuilt)
    # Read on a later day, the month is still judged as known at its end.
    later = TODAY + timedelta(days=9)
    assert_same(
        monthly_dispatch(synthetic, filters=filters, month=NOVEMBER, today=later),
        build_monthly_dispatch(synthetic, filters=filters, month=NOVEMBER, today=later),
    )
    assert again.current.total > 0 and again.current.as_of == NOV_END
    # Status, deadline window and day filters do not change a dispatch: one stored row serves them.
    filtered = replace(filters, statuses=("in_progress",), as_of=date(2026, 5, 1))
    monthly_dispatch(synthetic, filters=filtered, month=NOVEMBER, today=TODAY)
    assert sum(1 for kind, day, _ in stored_rows(synthetic) if day == NOV_END) == 1
    # The month in progress is never stored.
    monthly_dispatch(synthetic, filters=filters, month=date(2026, 12, 1), today=TODAY)
    assert max(day for _, day, _ in stored_rows(synthetic)) == NOV_END


def missing_report_finding(engine) -> tuple[int, int, str]:
    """An open finding that owed November's report and had not sent it by November 30."""
    dispatch = build_monthly_dispatch(engine, filters=FindingFilters(), month=NOVEMBER, today=TODAY)
    missing = dispatch.late_reports[dispatch.late_reports["reported_on"].isna()]
    with engine.connect() as connection:
        row = connection.execute(
            select(Finding.id, Finding.version, Finding.province_code)
            .where(
                Finding.id.in_([int(i) for i in missing["finding_id"]]),
                Finding.status.in_(("not_started", "in_progress")),
            )
            .order_by(Finding.id)
        ).first()
    assert row is not None
    return int(row[0]), int(row[1]), row[2]


def test_a_late_report_dated_in_the_month_corrects_the_stored_month(synthetic):
    finding_id, version, province = missing_report_finding(synthetic)
    other = next(code for code in provinces(synthetic) if code != province)
    store_months(
        synthetic, [FindingFilters(), FindingFilters(region_code=province), FindingFilters(region_code=other)]
    )
    before = monthly_dispatch(synthetic, filters=FindingFilters(), month=NOVEMBER, today=TODAY)
    row = before.late_reports[before.late_reports["finding_id"] == finding_id].iloc[0]
    assert pd.isna(row["reported_on"]) and row["days_late"] == (NOV_END - date(2026, 11, 28)).days

    # The report arrives now, with the day it was really received: November 30 (late).
    save_monthly_report(
        synthetic,
        finding_id=finding_id,
        version=version,
        report=LATE_REPORT,
        user=command_line("测试"),
        today=TODAY,
    )
    rows = stored_rows(synthetic)
    # Deleted in the writing transaction: November nationally and in the finding's province;
    # October (ended before the report) and the other province stay stored.
    assert ("monthly_dispatch", NOV_END, None) not in rows
    assert ("monthly_dispatch", NOV_END, province) not in rows
    assert ("monthly_dispatch", NOV_END, other) in rows
    assert {("monthly_dispatch", OCT_END, p) for p in (None, province, other)} <= rows

    for filters in (
        FindingFilters(),
        FindingFilters(region_code=province),
        FindingFilters(region_code=other),
    ):
        for month in (OCTOBER, NOVEMBER):
            assert_same(
                monthly_dispatch(synthetic, filters=filters, month=month, today=TODAY),
                build_monthly_dispatch(synthetic, filters=filters, month=month, today=TODAY),
            )
    after = monthly_dispatch(synthetic, filters=FindingFilters(), month=NOVEMBER, today=TODAY)
    row = after.late_reports[after.late_reports["finding_id"] == finding_id].iloc[0]
    assert row["reported_on"] == NOV_END and row["days_late"] == 2


def dated_deadline_finding(engine) -> tuple[int, int, str]:
    """An open finding registered before November with a dated deadline in force since then."""
    with engine.connect() as connection:
        row = connection.execute(
            select(Deadline.finding_id, Deadline.id, Finding.province_code)
            .join(Finding, Finding.id == Deadline.finding_id)
            .where(
                Deadline.kind == "date",
                Deadline.superseded_on.is_(None),
                Deadline.met_on.is_(None),
                (Deadline.valid_from.is_(None)) | (Deadline.valid_from < NOVEMBER),
                Finding.registered_on < NOVEMBER,
                Finding.status.in_(("not_started", "in_progress")),
            )
            .order_by(Deadline.finding_id)
        ).first()
    return int(row[0]), int(row[1]), row[2]


def move(engine, finding_id: int, deadline_id: int, on: date) -> date:
    with write_session(engine) as session, session.begin():
        finding = session.get(Finding, finding_id)
        deadline = next(d for d in deadlines_in_force(finding) if d.id == deadline_id)
        new_date = deadline.due_date + timedelta(days=90)
        move_deadline(finding, deadline, new_date, on=on)
        refresh_state(session, [finding])
    return new_date


def test_a_deadline_moved_in_the_month_corrects_the_stored_month(synthetic):
    finding_id, deadline_id, province = dated_deadline_finding(synthetic)
    store_months(synthetic, [FindingFilters(), FindingFilters(region_code=province)])
    moved_on = date(2026, 11, 15)
    new_date = move(synthetic, finding_id, deadline_id, moved_on)
    rows = stored_rows(synthetic)
    assert not any(day == NOV_END for _, day, _ in rows)
    assert {("monthly_dispatch", OCT_END, p) for p in (None, province)} <= rows
    for filters in (FindingFilters(), FindingFilters(region_code=province)):
        for month in (OCTOBER, NOVEMBER):
            assert_same(
                monthly_dispatch(synthetic, filters=filters, month=month, today=TODAY),
                build_monthly_dispatch(synthetic, filters=filters, month=month, today=TODAY),
            )
    moved = monthly_dispatch(synthetic, filters=FindingFilters(), month=NOVEMBER, today=TODAY).deadlines_moved
    mine = moved[moved["finding_id"] == finding_id]
    assert list(mine["moved_on"]) == [moved_on] and list(mine["new_due"]) == [new_date]


def test_a_deadline_moved_today_leaves_the_stored_month_right(synthetic):
    """Today's facts do not change a month judged as known at its end: nothing is deleted,
    and the stored figures still equal the rebuild."""
    finding_id, deadline_id, _ = dated_deadline_finding(synthetic)
    store_months(synthetic, [FindingFilters()])
    rows = stored_rows(synthetic)
    move(synthetic, finding_id, deadline_id, TODAY)
    assert stored_rows(synthetic) == rows
    assert_same(
        monthly_dispatch(synthetic, filters=FindingFilters(), month=NOVEMBER, today=TODAY),
        build_monthly_dispatch(synthetic, filters=FindingFilters(), month=NOVEMBER, today=TODAY),
    )


def overview_figures(engine, filters: FindingFilters, *, stored: bool) -> list:
    results = []
    for function in OVERVIEW:
        call = function if stored else function.__wrapped__
        results.append(call(engine, filters=filters, today=TODAY))
    return results


def test_the_overview_of_a_past_day_is_stored_and_corrected(synthetic):
    finding_id, version, province = missing_report_finding(synthetic)
    other = next(code for code in provinces(synthetic) if code != province)
    scopes = [FindingFilters(), FindingFilters(region_code=province), FindingFilters(region_code=other)]
    days = (date(2026, 6, 30), NOV_END, date(2026, 12, 1))
    for filters in scopes:
        for day in days:
            past = replace(filters, as_of=day)
            for stored, rebuilt in zip(
                overview_figures(synthetic, past, stored=True),
                overview_figures(synthetic, past, stored=False),
                strict=True,
            ):
                assert_same(stored, rebuilt)
    rows = stored_rows(synthetic)
    assert len(rows) == len(scopes) * len(days) * len(OVERVIEW)
    kpi = overview.kpi_summary(synthetic, filters=FindingFilters(as_of=NOV_END), today=TODAY)
    assert kpi["total"] > 0 and kpi["late_report"] > 0
    # Today's overview is never stored.
    overview.kpi_summary(synthetic, filters=FindingFilters(), today=TODAY)
    assert len(stored_rows(synthetic)) == len(rows)

    save_monthly_report(
        synthetic,
        finding_id=finding_id,
        version=version,
        report=LATE_REPORT,
        user=command_line("测试"),
        today=TODAY,
    )
    left = stored_rows(synthetic)
    assert not any(day >= NOV_END and p in (None, province) for _, day, p in left)
    assert all((k, d, p) in left for k, d, p in rows if d < NOV_END or p == other)
    for filters in scopes:
        for day in days:
            past = replace(filters, as_of=day)
            for stored, rebuilt in zip(
                overview_figures(synthetic, past, stored=True),
                overview_figures(synthetic, past, stored=False),
                strict=True,
            ):
                assert_same(stored, rebuilt)
    # The late report counts from November 30 on: one late report fewer that day.
    after = overview.kpi_summary(synthetic, filters=FindingFilters(as_of=NOV_END), today=TODAY)
    assert after["late_report"] == kpi["late_report"] - 1


def test_figures_built_while_a_back_dated_write_commits_are_not_kept(synthetic):
    finding_id, version, _ = missing_report_finding(synthetic)

    def build():
        figures = overview.kpi_summary.__wrapped__(
            synthetic, filters=FindingFilters(as_of=NOV_END), today=TODAY
        )
        save_monthly_report(  # lands while the reader is building
            synthetic,
            finding_id=finding_id,
            version=version,
            report=MonthlyReport(
                period=NOVEMBER, status="in_progress", reported_on=NOV_END, narrative="补报"
            ),
            user=command_line("测试"),
            today=TODAY,
        )
        return figures

    stale = kept(synthetic, "overview.kpi_summary", FindingFilters(), NOV_END, build)
    assert stale["total"] > 0
    assert stored_rows(synthetic) == set()
    fresh = overview.kpi_summary(synthetic, filters=FindingFilters(as_of=NOV_END), today=TODAY)
    assert fresh["late_report"] == stale["late_report"] - 1
    assert len(stored_rows(synthetic)) == 1


def test_payload_round_trip_keeps_types():
    frame = pd.DataFrame(
        {
            "day": [date(2026, 11, 3), None],
            "count": pd.array([1, None], dtype="Int64"),
            "name": ["县住建局", "市生态环境局"],
            "ratio": [0.5, float("nan")],
        }
    )
    value = {"when": date(2026, 11, 30), "frames": [frame, frame.iloc[0:0]], "n": 3, "none": None}
    back = decode(encode(value))
    assert back["when"] == date(2026, 11, 30) and back["n"] == 3 and back["none"] is None
    pd.testing.assert_frame_equal(back["frames"][0], frame)
    pd.testing.assert_frame_equal(back["frames"][1], frame.iloc[0:0])


def test_renaming_a_unit_deletes_every_stored_figure(synthetic):
    """An undated write (a unit's name) may show in any province's month: all stored rows go,
    and the month read again shows the new name."""
    first, second = provinces(synthetic)[:2]
    store_months(synthetic, [FindingFilters(region_code=first), FindingFilters(region_code=second)])
    dispatch = monthly_dispatch(
        synthetic, filters=FindingFilters(region_code=first), month=NOVEMBER, today=TODAY
    )
    unit_id = int(dispatch.units.iloc[0]["unit_id"])
    from data_access.models import Unit

    with write_session(synthetic) as session, session.begin():
        session.get(Unit, unit_id).name = "改名后的牵头单位"
    assert stored_rows(synthetic) == set()
    again = monthly_dispatch(
        synthetic, filters=FindingFilters(region_code=first), month=NOVEMBER, today=TODAY
    )
    assert "改名后的牵头单位" in set(again.units["unit_name"])
    assert_same(
        again,
        build_monthly_dispatch(
            synthetic, filters=FindingFilters(region_code=first), month=NOVEMBER, today=TODAY
        ),
    )


def test_the_bulletin_text_names_the_first_ten_late_units(synthetic):
    """A national month has thousands of late units: the text names ten, the table has all."""
    from reports.narrative import MAX_LATE_UNITS, reports_paragraph

    dispatch = monthly_dispatch(synthetic, filters=FindingFilters(), month=NOVEMBER, today=TODAY)
    assert len(dispatch.late_units) > MAX_LATE_UNITS == 10
    text = reports_paragraph(dispatch)
    assert f"{len(dispatch.late_units)}个牵头单位未按时报送，其中10个：" in text
    assert text.count("最长逾期") == 10
    assert dispatch.late_units.iloc[0]["unit_label"] in text
    assert dispatch.late_units.iloc[10]["unit_label"] + "（" not in text
