"""Caches that a write elsewhere does not empty (issue 20): the figures of a view inside one
province are keyed on that province's data version, so a county's report in 湖南 leaves the
cached overview of 山西 warm, and still shows at once where it belongs."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from data_access import overview
from data_access.access import command_line
from data_access.commands.reporting import MonthlyReport, save_monthly_report
from data_access.commands.session import write_session
from data_access.db import data_version, scoped_data_version
from data_access.models import Batch, Finding, Indicator
from sample_data.loader import load_sample_data
from tests.app_helper import run_app

TODAY = date(2026, 11, 23)
BAOJING, XIANGTAN, JIANGXIAN = "433125", "430300", "140826"  # 湖南, 湖南, 山西


@pytest.fixture
def sample(engine, monkeypatch, database_url):
    load_sample_data(engine, today=TODAY)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DASHBOARD_TODAY", TODAY.isoformat())
    monkeypatch.setenv("DASHBOARD_LOAD_SAMPLE", "0")
    return engine


def open_finding_in(engine, region_code: str) -> tuple[int, int]:
    with write_session(engine) as session:
        finding = session.scalars(
            select(Finding)
            .where(Finding.county_code == region_code, Finding.status.in_(("not_started", "in_progress")))
            .order_by(Finding.id)
        ).first()
        return finding.id, finding.version


def report_done(engine, finding_id: int, version: int) -> None:
    save_monthly_report(
        engine,
        finding_id=finding_id,
        version=version,
        report=MonthlyReport(
            period=TODAY.replace(day=1),
            status="completed",
            progress_pct=100.0,
            reported_on=TODAY,
            narrative="完成",
        ),
        user=command_line("测试"),
        today=TODAY,
    )


def test_a_write_changes_the_versions_of_its_province_only(sample):
    before = {code: scoped_data_version(sample, code) for code in (BAOJING, XIANGTAN, JIANGXIAN)}
    national = data_version(sample)
    report_done(sample, *open_finding_in(sample, BAOJING))
    after = {code: scoped_data_version(sample, code) for code in (BAOJING, XIANGTAN, JIANGXIAN)}
    assert data_version(sample) == national + 1
    assert after[BAOJING] != before[BAOJING]
    assert after[XIANGTAN] != before[XIANGTAN]  # same province: 湖南
    assert after[JIANGXIAN] == before[JIANGXIAN]  # 山西 untouched
    # A change that belongs to no one province (an indicator's name) changes every view.
    with write_session(sample) as session, session.begin():
        session.scalars(select(Indicator)).first().name += "（修订）"
    assert scoped_data_version(sample, JIANGXIAN) != after[JIANGXIAN]
    # So does a batch (its findings may lie anywhere).
    jiangxian = scoped_data_version(sample, JIANGXIAN)
    with write_session(sample) as session, session.begin():
        session.scalars(select(Batch).where(Batch.region_code == BAOJING)).first().name += "（修订）"
    assert scoped_data_version(sample, JIANGXIAN) != jiangxian


def test_the_other_provinces_overview_stays_cached_and_the_own_one_refreshes(sample, monkeypatch):
    calls: list[str | None] = []
    real = overview.kpi_summary

    def counted(engine, *, filters, today):
        calls.append(filters.region_code)
        return real(engine, filters=filters, today=today)

    monkeypatch.setattr(overview, "kpi_summary", counted)
    jiangxian = run_app({"region": "绛县"})
    baojing = run_app({"region": "保靖县"})
    tiles = {m.label: m.value for m in baojing.metric}
    jiangxian_tiles = {m.label: m.value for m in jiangxian.metric}
    assert calls.count(JIANGXIAN) == 1 and calls.count(BAOJING) == 1

    report_done(sample, *open_finding_in(sample, BAOJING))

    run_app(at=jiangxian)  # a county in another province: served from the cache
    assert calls.count(JIANGXIAN) == 1
    assert {m.label: m.value for m in jiangxian.metric} == jiangxian_tiles
    run_app(at=baojing)  # where the report was saved: counted again, one more completed
    assert calls.count(BAOJING) == 2
    done_before = int(tiles["已完成"].split()[0].replace(",", ""))
    done_after = int({m.label: m.value for m in baojing.metric}["已完成"].split()[0].replace(",", ""))
    assert done_after == done_before + 1
