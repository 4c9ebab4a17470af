"""The synthetic data generator (`manage.py generate`): real regions, determinism, skew, and
stored state columns that agree with the detail rows. Runs on PostgreSQL too."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from data_access.commands.findings import refresh_state
from data_access.commands.session import write_session
from data_access.db import data_version, get_meta
from data_access.metrics import FindingFilters
from data_access.models import (
    AuditEntry,
    Batch,
    ClosureRecord,
    Deadline,
    Finding,
    FindingUnit,
    Measure,
    ProgressReport,
    Region,
    Site,
    SiteFinding,
    StatusEvent,
    Unit,
)
from data_access.overdue import unit_scoreboard
from data_access.overview import completion_by_batch, completion_by_region, kpi_summary
from sample_data.synthetic import SYNTHETIC_MARK, SyntheticDataError, generate, load_divisions

TODAY = date(2026, 11, 23)
STATE_COLUMNS = (
    "status",
    "status_since",
    "completed_on",
    "closed_on",
    "next_due_date",
    "has_rolling_deadline",
    "last_report_period",
)


def fingerprint(engine) -> tuple:
    """Everything a user could read from the data, in a comparable form."""
    with engine.connect() as connection:
        findings = connection.execute(
            select(
                Finding.id,
                Finding.batch_id,
                Finding.number,
                Finding.region_code,
                Finding.category,
                Finding.title,
                *(getattr(Finding, c) for c in STATE_COLUMNS),
            ).order_by(Finding.id)
        ).all()
        counts = tuple(
            connection.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Deadline, StatusEvent, ProgressReport, Measure, FindingUnit, ClosureRecord, Site)
        )
        sites = connection.execute(select(Site.code, Site.lon, Site.lat).order_by(Site.id)).all()
    return tuple(findings), counts, tuple(sites)


def test_divisions_are_the_real_codes_with_parents():
    divisions = {d.code: d for d in load_divisions()}
    assert 3000 < len(divisions) < 3600
    assert divisions["430300"].name == "湘潭市"
    assert divisions["430300"].short_name == "湘潭"
    assert divisions["433125"].parent_code == "433100"
    assert divisions["433100"].short_name == "湘西州"
    assert divisions["140826"].city_code == "140800"
    # Municipalities keep their city-level group, named for what it is; county-level 市辖区 go.
    assert divisions["110101"].parent_code == "110100"
    assert divisions["110100"].name == "北京市市辖区"
    assert not any(d.name == "市辖区" for d in divisions.values())
    assert not any(code[:2] in ("71", "81", "82") for code in divisions)
    for d in divisions.values():
        assert d.parent_code is None or d.parent_code in divisions, d
        assert d.province_code == d.code[:2] + "0000"
        assert d.lat is not None and 3 < d.lat < 54 and 73 < d.lon < 136, d  # incl. 南沙群岛


def test_same_seed_same_data_whatever_the_chunking(engine):
    generate(engine, findings=500, seed=7, today=TODAY, chunk_size=10_000, parallel=False)
    first = fingerprint(engine)
    generate(engine, findings=500, seed=7, today=TODAY, chunk_size=90, parallel=True, replace=True)
    assert fingerprint(engine) == first
    generate(engine, findings=500, seed=8, today=TODAY, parallel=False, replace=True)
    assert fingerprint(engine)[0] != first[0]


def test_counts_and_labels(engine):
    version = data_version(engine)
    summary = generate(engine, findings=800, seed=3, today=TODAY, sites=120, measures_per_finding=4)
    assert summary.findings == 800
    assert data_version(engine) == version + 1
    assert get_meta(engine, "synthetic") == "1"
    assert get_meta(engine, "demo_history") == "1"  # the sidebar labels it demonstration data
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 800
        assert session.scalar(select(func.count()).select_from(Site)) == 120
        measures = session.scalar(select(func.count()).select_from(Measure))
        assert 3.5 * 800 < measures < 4.5 * 800  # the mean asked for
        assert session.scalar(select(func.count()).where(~Finding.problem.endswith(SYNTHETIC_MARK))) == 0
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "synthetic_data")).one()
        assert "800 个问题" in audit.summary
        # Every event lies on or before today.
        for column in (StatusEvent.changed_on, ProgressReport.reported_on, Deadline.met_on):
            assert session.scalar(select(func.max(column))) <= TODAY
        # Sites lie near the county they belong to and link findings of that county.
        far = session.scalar(
            select(func.count())
            .select_from(Site)
            .join(Region, Region.code == Site.region_code)
            .where(func.abs(Site.lat - Region.lat) > 1)
        )
        assert far == 0
        mismatched = session.scalar(
            select(func.count())
            .select_from(SiteFinding)
            .join(Site, Site.id == SiteFinding.site_id)
            .join(Finding, Finding.id == SiteFinding.finding_id)
            .where(Finding.region_code != Site.region_code)
        )
        assert mismatched == 0


def test_distributions_are_skewed_and_varied(engine):
    generate(engine, findings=3000, seed=11, today=TODAY, parallel=False)
    with Session(engine) as session:
        leads = Counter(session.scalars(select(FindingUnit.unit_id).where(FindingUnit.role == "lead")).all())
        counties = Counter(
            session.scalars(select(Finding.county_code).where(Finding.county_code.is_not(None))).all()
        )
        statuses = Counter(session.scalars(select(Finding.status)).all())
        due_years = set(
            d.year for d in session.scalars(select(Deadline.due_date).where(Deadline.due_date.is_not(None)))
        )
        kinds = Counter(session.scalars(select(Deadline.kind)).all())
        moved = session.scalar(select(func.count()).where(Deadline.superseded_on.is_not(None)))
        batches = session.scalar(select(func.count()).select_from(Batch))
        provinces = Counter(session.scalars(select(Finding.province_code)).all())
    # A few units lead many findings (and more so with more data: at 100,000 findings the
    # busiest 10 % of lead units lead over half of them).
    ranked = sorted(leads.values(), reverse=True)
    assert sum(ranked[: len(ranked) // 10]) > 0.2 * sum(ranked)
    assert ranked[0] >= 10 * ranked[len(ranked) // 2]
    assert max(counties.values()) >= 5 * sorted(counties.values())[len(counties) // 2]
    assert max(provinces.values()) >= 3 * min(provinces.values())
    assert set(statuses) == {"not_started", "in_progress", "completed", "closed", "reopened"}
    assert statuses["closed"] > statuses["reopened"] > 0
    assert len(due_years) >= 6  # deadlines spread over years
    assert {"date", "immediate", "ongoing", "long_term"} <= set(kinds)
    assert moved > 0
    assert batches > 300


def test_stored_state_matches_the_detail_rows(engine):
    generate(engine, findings=400, seed=5, today=TODAY, parallel=False)
    with write_session(engine) as session, session.begin():
        findings = session.scalars(select(Finding).options(selectinload(Finding.deadlines))).all()
        stored = {f.id: tuple(getattr(f, c) for c in STATE_COLUMNS) for f in findings}
        for finding in findings:
            refresh_state(session, [finding])
        recomputed = {f.id: tuple(getattr(f, c) for c in STATE_COLUMNS) for f in findings}
        session.rollback()
    differing = [i for i in stored if stored[i] != recomputed[i]]
    assert differing == [], [(i, stored[i], recomputed[i]) for i in differing[:3]]


def test_today_and_history_paths_agree(engine):
    generate(engine, findings=600, seed=9, today=TODAY, parallel=False)
    tomorrow = TODAY + timedelta(days=1)  # asking for TODAY while "today" is later forces the history path
    keys = ("total", "done", "completed", "closed", "open", "overdue", "due_soon", "late_report")
    for filters in (FindingFilters(), FindingFilters(categories=("water",))):
        fast = kpi_summary(engine, filters=filters, today=TODAY)
        history = kpi_summary(
            engine, filters=FindingFilters(**{**filters.__dict__, "as_of": TODAY}), today=tomorrow
        )
        assert {k: history[k] for k in keys} == {k: fast[k] for k in keys}
        assert fast["overdue"] > 0 and fast["late_report"] > 0
    columns = ["total", "done", "closed", "overdue"]
    for breakdown, key in ((completion_by_region, "region_code"), (completion_by_batch, "batch_code")):
        fast = breakdown(engine, filters=FindingFilters(), today=TODAY).set_index(key)[columns]
        history = breakdown(engine, filters=FindingFilters(as_of=TODAY), today=tomorrow).set_index(key)[
            columns
        ]
        assert fast.sort_index().to_dict("index") == history.sort_index().to_dict("index")
    columns = ["total", "done", "overdue", "due_soon", "late_report", "signal"]
    fast = unit_scoreboard(engine, filters=FindingFilters(), today=TODAY).set_index("unit_id")[columns]
    history = unit_scoreboard(engine, filters=FindingFilters(as_of=TODAY), today=tomorrow).set_index(
        "unit_id"
    )
    assert fast.sort_index().to_dict("index") == history[columns].sort_index().to_dict("index")


def test_writes_after_generation_get_fresh_ids(engine):
    """Ids were given explicitly; new rows (PostgreSQL sequences) must not collide with them."""
    generate(engine, findings=50, seed=2, today=TODAY, sites=5)
    with write_session(engine) as session, session.begin():
        finding = session.scalars(select(Finding).limit(1)).one()
        session.add(
            Measure(finding_id=finding.id, seq=99, number="99", text="新增措施", status="not_started")
        )
        session.add(Unit(region_code=finding.region_code, name="新增单位"))
        session.add(
            StatusEvent(finding_id=finding.id, to_status="in_progress", changed_on=TODAY, source="edit")
        )
        session.flush()


def test_refuses_a_database_with_data_unless_replace(engine):
    generate(engine, findings=20, seed=1, today=TODAY, sites=0)
    with pytest.raises(SyntheticDataError, match="--replace"):
        generate(engine, findings=20, seed=1, today=TODAY)
    generate(engine, findings=30, seed=1, today=TODAY, sites=0, replace=True)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 30


def test_manage_generate_command(database_url, monkeypatch, capsys):
    import manage

    monkeypatch.setenv("DATABASE_URL", database_url)
    args = ["generate", "--findings", "120", "--seed", "4", "--today", "2026-11-23", "--sites", "10"]
    assert manage.main(args) == 0
    assert "120 个问题" in capsys.readouterr().out
    assert manage.main(args) == 1
    assert "--replace" in capsys.readouterr().err
    assert manage.main([*args, "--replace", "--months", "6"]) == 0


def test_the_sidebar_says_synthetic_data_is_not_real(database_url, engine, monkeypatch):
    from pathlib import Path

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    generate(engine, findings=200, seed=3, today=TODAY, parallel=False)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DASHBOARD_TODAY", TODAY.isoformat())
    monkeypatch.setenv("DASHBOARD_LOAD_SAMPLE", "0")
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60).run()
    assert not at.exception
    notices = [info.value for info in at.sidebar.info]
    assert notices == ["当前为程序生成的模拟数据（用于容量测试），不是真实整改问题。"]
    assert {m.label: m.value for m in at.metric}["问题总数"] == "200"
    st.cache_data.clear()
    st.cache_resource.clear()


def test_every_generated_region_has_an_outline_on_the_map(engine):
    """The generator holds only the divisions the outline package has (issue 15): the map
    draws each region of a national database as its outline, none as a stand-in circle."""
    from core.outlines import available_codes, group_members, outline_view

    generate(engine, findings=300, seed=5, today=TODAY, sites=40, parallel=False)
    with Session(engine) as session:
        codes = set(session.scalars(select(Region.code)))
        used = set(session.scalars(select(Finding.region_code).distinct()))
        used |= set(session.scalars(select(Site.region_code).distinct()))
    divisions = {d.code for d in load_divisions()}
    # cpca's table has 137 divisions the package lacks (莱芜市 and its districts, 滦县 …).
    assert {"371200", "130223", "330185"} <= divisions and not codes & {"371200", "130223", "330185"}
    assert 3000 < len(codes) < len(divisions)
    have = available_codes()
    assert [c for c in codes if c not in have and not group_members(c)] == []
    assert used <= codes
    # Each province's view draws every city it holds as an outline (nothing missing).
    for province in ("130000", "370000", "540000"):
        inside = (c for c in codes if c[:2] == province[:2] and c.endswith("00") and c != province)
        cities = tuple(sorted(inside))
        assert cities and outline_view(province, cities).missing == (), province
