"""The transcribed plans load completely and correctly; the demo history is consistent."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.settings import SAMPLE_DATA_DIR
from data_access.metrics import FindingFilters
from data_access.models import (
    Batch,
    ClosureRecord,
    Deadline,
    Finding,
    FindingPerson,
    Indicator,
    IndicatorValue,
    Measure,
    ProgressReport,
    Site,
    StatusEvent,
)
from data_access.overview import kpi_summary
from sample_data.loader import SampleDataError, load_sample_data

TODAY = date(2026, 11, 23)


@pytest.fixture
def plans_only(engine):
    load_sample_data(engine, today=TODAY, with_history=False)
    return engine


@pytest.fixture
def with_history(engine):
    load_sample_data(engine, today=TODAY)
    return engine


def finding(session: Session, batch: str, number: int) -> Finding:
    return session.scalars(
        select(Finding).join(Batch).where(Batch.code == batch, Finding.number == number)
    ).one()


def count_findings(session: Session, batch: str) -> int:
    return session.scalar(select(func.count()).select_from(Finding).join(Batch).where(Batch.code == batch))


def test_finding_counts_match_the_seeds(plans_only):
    with Session(plans_only) as session:
        assert count_findings(session, "baojing-cei2") == 25  # seed 001
        assert count_findings(session, "xiangtan-pei3") == 20  # seed 002
        assert count_findings(session, "yongzhou-npc-soil") == 1  # seed 000
        assert count_findings(session, "jiangxian-soil-2023") == 16  # seed 003, soil plan
        assert count_findings(session, "jiangxian-groundwater-2023") == 14  # seed 003, no task 2
        assert session.scalar(select(func.count()).select_from(Indicator)) >= 15


def test_baojing_findings_as_written(plans_only):
    with Session(plans_only) as session:
        first = finding(session, "baojing-cei2", 1)
        assert [d.kind for d in first.deadlines] == ["immediate", "ongoing"]
        assert [u.unit.name for u in first.units if u.role == "lead"] == ["县委办", "县政府办"]
        assert "县住建局（县人防办）" in [u.unit.name for u in first.units if u.role == "cooperating"]
        leaders = [p.person.name for p in first.people if p.role == "supervising"]
        assert leaders == ["杨志慧", "周建武", "黄宇", "龙文斌", "田明"]
        assert len(first.measures) == 5
        assert first.problem.endswith("督察整改仍然存在薄弱环节。")

        cadmium = finding(session, "baojing-cei2", 2)
        assert cadmium.deadlines[0].due_date == date(2021, 12, 31)
        assert cadmium.plan_marker == "已完成整改并上报销号"
        assert cadmium.status == "completed"  # the plan's marker, before any history

        overcapacity = finding(session, "baojing-cei2", 6)
        assert [(m.group_label, m.number) for m in overcapacity.measures] == [
            ("县发改局", "1"),
            ("县发改局", "2"),
            ("县科工信局", "1"),
        ]
        sewage = finding(session, "baojing-cei2", 10)
        assert sewage.deadlines[0].due_date == date(2025, 12, 31)
        assert len(sewage.measures) == 3
        assert finding(session, "baojing-cei2", 17).title.startswith("部分尾矿库")
        total_measures = session.scalar(
            select(func.count())
            .select_from(Measure)
            .join(Finding)
            .join(Batch)
            .where(Batch.code == "baojing-cei2")
        )
        assert total_measures == 89


def test_xiangtan_findings_as_written(plans_only):
    with Session(plans_only) as session:
        first = finding(session, "xiangtan-pei3", 1)
        assert [d.kind for d in first.deadlines] == ["immediate", "ongoing", "long_term"]
        assert [u.unit.name for u in first.units if u.role == "lead"] == ["市委办"]
        responsible = [(p.person.name, p.title) for p in first.people if p.role == "responsible"]
        assert responsible == [("赵志超", "市委副秘书长")]
        assert len(first.measures) == 6

        solid_waste = finding(session, "xiangtan-pei3", 16)  # three parts, three dates
        assert sorted(d.due_date for d in solid_waste.deadlines) == [
            date(2018, 10, 15),
            date(2018, 11, 20),
            date(2021, 7, 31),
        ]
        assert solid_waste.next_due_date == date(2018, 10, 15)

        funds = finding(session, "xiangtan-pei3", 10)  # 长期执行 + a dated part
        assert {d.kind for d in funds.deadlines} == {"long_term", "date"}
        assert len([u for u in funds.units if u.role == "lead"]) == 3
        assert finding(session, "xiangtan-pei3", 13).deadlines[0].due_date == date(2019, 5, 31)
        assert session.scalar(select(Batch.feedback_date).where(Batch.code == "xiangtan-pei3")) == date(
            2018, 9, 29
        )
        total_measures = session.scalar(
            select(func.count())
            .select_from(Measure)
            .join(Finding)
            .join(Batch)
            .where(Batch.code == "xiangtan-pei3")
        )
        assert total_measures == 75


def test_lingling_closure_record_has_every_form_field(plans_only):
    with Session(plans_only) as session:
        lingling = finding(session, "yongzhou-npc-soil", 1)
        assert lingling.region_code == "431102"
        record = session.scalars(select(ClosureRecord).where(ClosureRecord.finding_id == lingling.id)).one()
        assert record.implementing_body.startswith("零陵区人民政府")
        assert record.applied_on == date(2024, 3, 12)
        assert record.deadline_text == "持续推进"
        assert "19个优先监管地块" in record.report_body
        assert record.acceptance_opinion is None  # the published form is unsigned
        assert lingling.status == "completed"  # closure applied for, not yet accepted


def test_jiangxian_tasks_take_units_and_dates_from_the_text(plans_only):
    with Session(plans_only) as session:
        cause = finding(session, "jiangxian-soil-2023", 4)
        leads = [u.unit.name for u in cause.units if u.role == "lead"]
        cooperating = [u.unit.name for u in cause.units if u.role == "cooperating"]
        assert leads == ["市生态环境局绛县分局"]
        assert "县农业农村局" in cooperating
        wells = finding(session, "jiangxian-groundwater-2023", 8)
        assert date(2023, 6, 30) in [d.due_date for d in wells.deadlines]


def test_demo_history_is_consistent(with_history):
    with Session(with_history) as session:
        # Marked done in the plan → ends closed.
        for number in (2, 3, 5, 13, 14, 22):
            assert finding(session, "baojing-cei2", number).status == "closed"
        # Every finding's status equals its last status event.
        for item in session.scalars(select(Finding)):
            events = sorted(item.status_events, key=lambda e: (e.changed_on, e.id))
            if events:
                assert events[-1].to_status == item.status
                assert all(e.changed_on <= TODAY for e in events)
        months = session.execute(
            select(func.min(ProgressReport.period), func.max(ProgressReport.period))
        ).one()
        assert (months[1].year - months[0].year) * 12 + months[1].month - months[0].month >= 24
        assert session.scalar(select(func.count()).select_from(Site)) >= 100
        outside = session.scalar(
            select(func.count()).select_from(Site).where((Site.lon < 73) | (Site.lat > 54))
        )
        assert outside == 0
        assert (
            session.scalar(select(func.count()).select_from(IndicatorValue).where(IndicatorValue.value > 100))
            >= 1
        )
        assert session.scalar(
            select(func.count()).select_from(StatusEvent).where(StatusEvent.to_status == "reopened")
        )
        moved = session.scalar(
            select(func.count()).select_from(Deadline).where(Deadline.superseded_on.is_not(None))
        )
        assert moved >= 1
        assert session.scalar(select(func.count()).select_from(FindingPerson)) > 0
    k = kpi_summary(with_history, filters=FindingFilters(), today=TODAY)
    assert k["total"] == 76
    assert k["overdue"] > 0 and k["due_soon"] > 0 and k["late_report"] > 0
    assert 0 < k["completion_ratio"] < 1


def test_demo_history_is_deterministic(tmp_path):
    from data_access.db import get_engine, migrate

    figures = []
    for name in ("one", "two"):
        engine = get_engine(f"sqlite:///{tmp_path / name}.sqlite3")
        migrate(engine)
        load_sample_data(engine, today=TODAY)
        figures.append(kpi_summary(engine, filters=FindingFilters(), today=TODAY))
    assert figures[0] == figures[1]


def test_loading_twice_is_refused_and_replace_reloads(plans_only):
    with pytest.raises(SampleDataError, match="已有数据"):
        load_sample_data(plans_only, today=TODAY, with_history=False)
    summary = load_sample_data(plans_only, today=TODAY, with_history=False, replace=True)
    assert summary.findings == 76


def test_a_bad_file_names_the_place_and_leaves_the_database_untouched(engine, tmp_path):
    broken = tmp_path / "sample"
    shutil.copytree(SAMPLE_DATA_DIR, broken)
    path = broken / "findings" / "xiangtan_pei3.yaml"
    text = path.read_text(encoding="utf-8").replace("date: 2019-05-31", "date: 2019-05-32", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SampleDataError, match=r"xiangtan_pei3\.yaml 问题13 整改时限1.*2019-05-32"):
        load_sample_data(engine, today=TODAY, directory=broken)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Finding)) == 0
        assert session.scalar(select(func.count()).select_from(Batch)) == 0
