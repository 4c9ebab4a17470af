"""National-scale paths checked against plain rebuilds on a synthetic data set: the state as
of a past day, the monthly dispatch's figures and unit counts (stored state corrected on the
findings changed since each month's end), the bulletin bounded in Word / PDF with everything
in Excel, and the ledger import (a batch's sites, the batched state refresh). Runs on
PostgreSQL too."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from core.vocabulary import DONE_STATUSES, OPEN_STATUSES, ROLLING_KINDS
from data_access.commands.findings import refresh_state
from data_access.commands.session import write_session
from data_access.dispatch import _late_reports, _snapshot, _unit_counts, monthly_dispatch
from data_access.metrics import FindingFilters, findings_view
from data_access.models import Finding, FindingUnit
from reports.bulletin import (
    ANNEX_ROWS,
    UNIT_ROWS,
    Column,
    Table,
    bulletin_tables,
    document_table,
    make_bulletin,
)
from reports.formats import build_bulletin
from sample_data.synthetic import generate

TODAY = date(2026, 11, 23)
PAST_DAYS = (date(2026, 10, 31), date(2026, 6, 30), date(2025, 12, 31), date(2024, 3, 31))


@pytest.fixture
def synthetic(engine):
    generate(engine, findings=1500, seed=5, today=TODAY, parallel=False)
    return engine


def rebuilt_state(engine, as_of: date) -> dict[int, tuple]:
    """Every finding's state then, from its detail rows in Python: the definitions of
    docs/metrics.md written out plainly, as the reference for the SQL."""
    with Session(engine) as session:
        findings = session.scalars(
            select(Finding).options(
                selectinload(Finding.deadlines),
                selectinload(Finding.reports),
                selectinload(Finding.status_events),
            )
        ).all()
        state = {}
        for finding in findings:
            if finding.registered_on is not None and finding.registered_on > as_of:
                continue
            events = sorted(
                (e for e in finding.status_events if e.changed_on <= as_of),
                key=lambda e: (e.changed_on, e.id),
            )
            in_force = [
                d
                for d in finding.deadlines
                if (d.valid_from is None or d.valid_from <= as_of)
                and (d.superseded_on is None or d.superseded_on > as_of)
            ]
            due = [
                d.due_date for d in in_force if d.kind == "date" and (d.met_on is None or d.met_on > as_of)
            ]
            periods = [r.period for r in finding.reports if r.reported_on <= as_of]
            state[finding.id] = (
                events[-1].to_status if events else "not_started",
                min(due) if due else None,
                any(d.kind in ROLLING_KINDS for d in in_force),
                max(periods) if periods else None,
            )
    return state


def test_the_state_of_a_past_day_equals_a_plain_rebuild(synthetic):
    for as_of in PAST_DAYS:
        view = findings_view(FindingFilters(as_of=as_of), today=TODAY)
        with synthetic.connect() as connection:
            rows = connection.execute(
                select(
                    view.c.finding_id,
                    view.c.status,
                    view.c.next_due_date,
                    view.c.has_rolling_deadline,
                    view.c.last_report_period,
                )
            ).all()
        got = {row[0]: (row[1], row[2], bool(row[3]), row[4]) for row in rows}
        expected = rebuilt_state(synthetic, as_of)
        assert got == expected, as_of
        # The day is far enough back for the history to matter: many findings differ from now.
        now = rebuilt_state(synthetic, date(2100, 1, 1))
        assert sum(expected[i][0] != now[i][0] for i in expected) >= 10, as_of


def test_dispatch_figures_equal_counting_the_rebuilt_state(synthetic):
    month = date(2026, 6, 1)
    dispatch = monthly_dispatch(synthetic, filters=FindingFilters(), month=month, today=TODAY)
    for figures in (dispatch.current, dispatch.previous):
        state = rebuilt_state(synthetic, figures.as_of)
        assert figures.total == len(state)
        assert figures.done == sum(s[0] in DONE_STATUSES for s in state.values())
        assert figures.closed == sum(s[0] == "closed" for s in state.values())
        assert figures.overdue == sum(
            s[0] in OPEN_STATUSES and s[1] is not None and s[1] < figures.as_of for s in state.values()
        )
    current, previous = (
        rebuilt_state(synthetic, dispatch.current.as_of),
        rebuilt_state(synthetic, dispatch.previous.as_of),
    )
    newly_done = {
        i
        for i, s in current.items()
        if s[0] in DONE_STATUSES and previous.get(i, ("",))[0] not in DONE_STATUSES
    }
    assert set(dispatch.newly_completed["finding_id"]) == newly_done and newly_done
    with synthetic.connect() as connection:
        leads = connection.execute(
            select(FindingUnit.unit_id, FindingUnit.finding_id).where(FindingUnit.role == "lead")
        ).all()
    end = dispatch.previous.as_of
    expected = Counter(unit for unit, finding in leads if finding in previous)
    done = Counter(
        unit for unit, finding in leads if finding in previous and previous[finding][0] in DONE_STATUSES
    )
    units = dispatch.units.set_index("unit_id")
    assert {u: int(units.loc[u, "prev_total"]) for u in expected} == dict(expected)
    assert {u: int(units.loc[u, "prev_done"]) for u in expected} == {u: done.get(u, 0) for u in expected}
    assert end == date(2026, 5, 31)
    # Late reporters from the corrected state equal those from every finding rebuilt.
    with synthetic.connect() as connection:
        full = _snapshot(FindingFilters(), dispatch.current.as_of, TODAY, "cur")
        late_units, late_reports, due = _late_reports(
            connection, full, FindingFilters(), month, dispatch.current.as_of, dispatch.report_due
        )
    assert due == dispatch.reports_due > 0
    assert late_units.to_dict("records") == dispatch.late_units.to_dict("records")
    assert late_reports.to_dict("records") == dispatch.late_reports.to_dict("records")
    assert len(dispatch.late_reports) > 0


@pytest.mark.parametrize("filters", [FindingFilters(), FindingFilters(categories=("water", "soil")), "units"])
def test_unit_figures_corrected_equal_counting_every_finding(synthetic, filters):
    """Both months in the past: each side's per-unit figures equal a plain count over the
    rebuilt state of every finding (the unit filter alone reads the derived counts)."""
    if filters == "units":
        with synthetic.connect() as connection:
            busiest = connection.execute(
                select(FindingUnit.unit_id)
                .where(FindingUnit.role == "lead")
                .group_by(FindingUnit.unit_id)
                .order_by(func.count().desc(), FindingUnit.unit_id)
                .limit(5)
            ).scalars()
            filters = FindingFilters(lead_unit_ids=tuple(busiest))
    dispatch = monthly_dispatch(synthetic, filters=filters, month=date(2026, 3, 1), today=TODAY)
    units = dispatch.units.set_index("unit_id")
    for as_of, prefix in ((dispatch.current.as_of, ""), (dispatch.previous.as_of, "prev_")):
        view = select(findings_view(replace(filters, as_of=as_of), today=TODAY)).subquery("all")
        with synthetic.connect() as connection:
            counted = _unit_counts(connection, view, filters, as_of).set_index("unit_id")
        shown = units.loc[counted.index, [f"{prefix}{c}" for c in ("total", "done", "overdue")]]
        shown.columns = ["total", "done", "overdue"]
        assert shown.astype(int).sort_index().to_dict("index") == counted.sort_index().to_dict("index")
        assert set(units.index) == set(counted.index) or prefix  # this month: exactly these units


def test_bulletin_is_bounded_at_national_scale_and_excel_has_everything(synthetic):
    dispatch = monthly_dispatch(synthetic, filters=FindingFilters(), month=date(2026, 11, 1), today=TODAY)
    units = len(dispatch.units)
    assert units > UNIT_ROWS  # 1,500 findings of the synthetic set have about a thousand lead units
    bulletin = make_bulletin(dispatch, issued_on=TODAY)
    tables = {t.sheet: t for t in bulletin_tables(dispatch)}
    ranking = document_table(tables["完成率排名"])
    assert len(ranking.rows) == UNIT_ROWS
    # The lowest completion ratios (among equals the most overdue), in the ranking's order.
    full = tables["完成率排名"].rows
    printed_ratios = [row[4] for row in ranking.rows]
    assert max(printed_ratios) <= min(row[4] for row in full if row not in ranking.rows)
    assert ranking.rows == [row for row in full if row in ranking.rows]
    assert ranking.note == (
        f"共{units}个牵头单位，此处列出完成率最低的{UNIT_ROWS}个牵头单位；"
        f"其余{units - UNIT_ROWS}个牵头单位见Excel版通报“完成率排名”工作表（或台账导出）。"
    )
    overdue = len(dispatch.overdue_list)
    annex = document_table(tables["逾期问题清单"])
    assert len(annex.rows) == min(overdue, ANNEX_ROWS)

    document = Document(io.BytesIO(build_bulletin(bulletin, "docx")))
    word = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    word_ranking = next(t for header, t in word.items() if "名次变化" in header)
    assert len(word_ranking.rows) == 1 + UNIT_ROWS
    assert ranking.note in [p.text.replace("\u2060", "") for p in document.paragraphs]  # no word joiners
    assert word_ranking.rows[-1].cells[0].text == str(ranking.rows[-1][0])

    workbook = load_workbook(io.BytesIO(build_bulletin(bulletin, "xlsx")), read_only=True)
    rows = list(workbook["完成率排名"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == units
    assert len(list(workbook["逾期问题清单"].iter_rows(min_row=4, values_only=True))) == overdue


def test_a_city_bulletin_is_printed_whole():
    table = Table(
        "完成率排名", "各牵头单位整改完成率排名", [Column("排名", "int")], [[i] for i in range(UNIT_ROWS)]
    )
    table.document_limit = UNIT_ROWS
    shown = document_table(table)
    assert shown.rows == table.rows and shown.note is None


def test_batched_state_refresh_equals_one_by_one(synthetic):
    columns = (
        "status",
        "status_since",
        "completed_on",
        "closed_on",
        "next_due_date",
        "has_rolling_deadline",
        "last_report_period",
    )
    with write_session(synthetic) as session:
        findings = session.scalars(select(Finding).options(selectinload(Finding.deadlines)).limit(400)).all()
        for finding in findings:  # spoil the stored state
            finding.status, finding.next_due_date, finding.last_report_period = "reopened", None, None
        refresh_state(session, findings)
        batched = {f.id: tuple(getattr(f, c) for c in columns) for f in findings}
        for finding in findings:
            finding.status = "reopened"
            refresh_state(session, [finding])
        single = {f.id: tuple(getattr(f, c) for c in columns) for f in findings}
        session.rollback()
    assert batched == single
    assert len({state[0] for state in batched.values()}) >= 3


def test_a_batch_ledger_carries_its_sites_and_imports_back(synthetic):
    from data_access.ledger import apply_import, export_ledger, preview_import
    from data_access.models import Batch, SiteFinding
    from intake.ledger_sheets import SHEETS_BY_KEY

    with synthetic.connect() as connection:
        code, batch_id = connection.execute(
            select(Batch.code, Batch.id)
            .join(Finding, Finding.batch_id == Batch.id)
            .join(SiteFinding, SiteFinding.finding_id == Finding.id)
            .group_by(Batch.code, Batch.id)
            .order_by(Batch.code)
        ).first()
        linked = set(
            connection.execute(
                select(SiteFinding.site_id)
                .join(Finding, Finding.id == SiteFinding.finding_id)
                .where(Finding.batch_id == batch_id)
            ).scalars()
        )
    data = export_ledger(synthetic, filters=FindingFilters(batch_codes=(code,)), today=TODAY)
    book = load_workbook(io.BytesIO(data))
    sites = book[SHEETS_BY_KEY["sites"].name]
    assert sites.max_row - 1 == len(linked) > 0  # not every site of the country
    findings = book[SHEETS_BY_KEY["findings"].name]
    headers = [cell.value for cell in findings[1]]
    target = headers.index("整改目标")
    for row in findings.iter_rows(min_row=2):
        row[target].value = f"{row[target].value or ''}（修改）"
    buffer = io.BytesIO()
    book.save(buffer)
    preview = preview_import(synthetic, data=buffer.getvalue(), filename="批次.xlsx", today=TODAY)
    assert preview.ok and preview.changed == findings.max_row - 1 and preview.added == 0
    with synthetic.connect() as connection:
        before = connection.execute(
            select(Finding.id, Finding.status, Finding.next_due_date, Finding.version)
            .where(Finding.batch_id == batch_id)
            .order_by(Finding.id)
        ).all()
    plan = apply_import(
        synthetic,
        data=buffer.getvalue(),
        filename="批次.xlsx",
        actor="测试",
        today=TODAY,
        expected_fingerprint=preview.fingerprint,
    )
    assert plan.applied
    with synthetic.connect() as connection:
        after = connection.execute(
            select(Finding.id, Finding.status, Finding.next_due_date, Finding.version)
            .where(Finding.batch_id == batch_id)
            .order_by(Finding.id)
        ).all()
    # The state columns were refreshed in one pass and are what they were; every finding's
    # version moved on (a form opened before the import is refused).
    assert [(i, s, d) for i, s, d, _ in after] == [(i, s, d) for i, s, d, _ in before]
    assert all(a[3] == b[3] + 1 for a, b in zip(after, before, strict=True))
    again = preview_import(synthetic, data=buffer.getvalue(), filename="批次.xlsx", today=TODAY)
    assert not again.has_changes
