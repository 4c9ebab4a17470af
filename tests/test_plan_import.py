"""Storing parsed plans: one transaction, no duplicates on re-import, history kept, errors roll back.

Also the command line (`manage.py import-plan`), the editable tables of the import page and
the page itself in AppTest. Figures are counted in the seed documents (tests/plan_documents/).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from core.settings import SAMPLE_DATA_DIR
from data_access.commands.directory import UnitDirectory
from data_access.commands.plan_import import PlanImportError, import_plan
from data_access.commands.session import write_session
from data_access.db import data_version
from data_access.models import (
    AuditEntry,
    Batch,
    ClosureRecord,
    Deadline,
    Finding,
    FindingPerson,
    FindingUnit,
    Measure,
    StatusEvent,
)
from intake.plan_document import read_plan_file
from intake.plan_parser import parse_plan_text
from sample_data.loader import _load_regions
from tests.app_helper import new_app
from tests.pasted_text import viewer_copied_table
from tests.users_helper import sign_in
from ui.plan_editor import FINDING_COLUMNS, MEASURE_COLUMNS, apply_edits, findings_frame, measures_frame

DOCS = Path(__file__).parent / "plan_documents"
SEED_000 = DOCS / "000_4211bcda63dc91b4.txt"
SEED_001 = DOCS / "001_5cb408abd5d47804.txt"
SEED_002 = DOCS / "002_ffa3f797a7482a6f.txt"
SEED_003 = DOCS / "003_6a786e1caf41aadd.txt"
TODAY = date(2026, 11, 23)


@pytest.fixture
def places(engine):
    """Regions and the unit aliases of sample_data, nothing else."""
    with write_session(engine) as session, session.begin():
        _load_regions(session, SAMPLE_DATA_DIR / "regions.csv")
        UnitDirectory(session).load_aliases(SAMPLE_DATA_DIR / "units.yaml")
    return engine


def findings_of(path: Path, part: int | None = None):
    return parse_plan_text(read_plan_file(path)).in_part(part)


def counts(engine) -> dict[str, int]:
    with Session(engine) as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (
                Batch,
                Finding,
                Deadline,
                FindingUnit,
                FindingPerson,
                Measure,
                StatusEvent,
                AuditEntry,
            )
        }


@pytest.fixture
def db(places):
    """A session for reading back what was stored; closed after the test (PostgreSQL would
    otherwise keep the next test's DROP SCHEMA waiting on its locks)."""
    with Session(places) as session:
        yield session


def stored(session: Session, batch_code: str) -> dict[int, Finding]:
    session.expire_all()  # read what the import committed, not what was loaded before
    query = select(Finding).join(Batch).where(Batch.code == batch_code)
    return {finding.number: finding for finding in session.scalars(query)}


def import_001(engine, **kwargs):
    options = {"batch_code": "bj", "batch_name": "第二轮中央生态环境保护督察（保靖）", "region": "保靖县"}
    return import_plan(engine, findings_of(SEED_001), today=TODAY, **(options | kwargs))


# --- importing -----------------------------------------------------------------------------


def test_seed_001_is_stored_with_its_deadlines_units_and_statuses(places, db):
    version = data_version(places)
    summary = import_001(places)
    assert (summary.created, summary.updated, summary.unchanged, summary.batch_created) == (25, 0, 0, True)
    assert data_version(places) == version + 1
    assert counts(places) == {
        "batches": 1,
        "findings": 25,
        "deadlines": 26,  # 一 has two (立行立改，持续推进); the others one each
        "finding_units": 92,  # 37 lead + 55 cooperating units, as listed
        "finding_people": 36,  # 督办县领导
        "measures": 89,
        "status_events": 6,  # 二、三、五、十三、十四、二十二 are marked 已完成整改并上报销号
        "audit_log": 27,  # the batch, 25 findings, the import
    }
    with Session(places) as session:
        batch = session.scalar(select(Batch).where(Batch.code == "bj"))
        assert (batch.source_type, batch.level, batch.region_code) == (
            "central_inspection",
            "central",
            "433125",
        )
    findings = stored(db, "bj")
    first = findings[1]
    assert (first.region_code, first.county_code, first.city_code) == ("433125", "433125", "433100")
    assert first.has_rolling_deadline and first.next_due_date is None
    assert [u.unit.name for u in sorted(first.units, key=lambda u: (u.role != "lead", u.seq))][:3] == [
        "县委办",
        "县政府办",
        "县发改局",
    ]
    assert findings[8].next_due_date == date(2022, 12, 31)
    assert findings[2].status == "completed" and findings[2].plan_marker == "已完成整改并上报销号"
    assert findings[2].status_events[0].changed_on == TODAY  # registered today, marked done
    assert findings[4].status == "not_started"
    six = findings[6]
    assert [(m.number, m.group_label, [u.unit.name for u in m.units]) for m in six.measures] == [
        ("1", "县发改局", ["县发改局"]),
        ("2", "县发改局", ["县发改局"]),
        ("1", "县科工信局", ["县科工信局"]),
    ]
    assert first.title == "一些地方和部门对习近平总书记强调的长江大保护等重大国家战略，思想认识仍存在偏差"


def test_importing_the_same_file_again_changes_nothing(places):
    import_001(places)
    before, version = counts(places), data_version(places)
    summary = import_001(places)
    assert (summary.created, summary.updated, summary.unchanged, summary.batch_created) == (0, 0, 25, False)
    assert counts(places) == before
    assert data_version(places) == version
    # A batch named the same is found again without its code.
    again = import_plan(
        places, findings_of(SEED_001), today=TODAY, batch_name="第二轮中央生态环境保护督察（保靖）"
    )
    assert (again.batch_code, again.unchanged) == ("bj", 25)
    assert counts(places) == before


def test_a_corrected_document_updates_and_keeps_the_old_deadline(places, db):
    import_001(places)
    text = read_plan_file(SEED_001)
    assert text.count("整改时限：2022年12月31日。") == 2  # 八 and 十五
    changed = text.replace("整改时限：2022年12月31日。\n\n九、", "整改时限：2023年6月30日。\n\n九、")
    changed = changed.replace("配合单位：县科工信局、州生态环境局保靖分局", "配合单位：县科工信局")
    summary = import_plan(places, parse_plan_text(changed).findings, today=TODAY, batch_code="bj")
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 24)
    (outcome,) = [o for o in summary.outcomes if o.action == "updated"]
    assert (outcome.number, outcome.changes) == (8, ["整改时限原文", "整改时限", "责任单位"])
    eight = stored(db, "bj")[8]
    rows = sorted(eight.deadlines, key=lambda d: d.seq)
    assert [(d.due_date, d.valid_from, d.superseded_on) for d in rows] == [
        (date(2022, 12, 31), None, TODAY),
        (date(2023, 6, 30), TODAY, None),
    ]
    assert eight.next_due_date == date(2023, 6, 30)
    assert [u.unit.name for u in eight.units if u.role == "cooperating"] == ["县科工信局"]
    assert eight.version == 2
    with Session(places) as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.finding_id == eight.id, AuditEntry.action == "update")
        ).one()
        assert entry.summary == "方案导入：更新问题八（整改时限原文、整改时限、责任单位）"
        assert "2022-12-31" in entry.before_json and "2023-06-30" in entry.after_json


def test_seed_002_units_resolve_through_aliases_and_people_keep_titles(places, db):
    summary = import_plan(
        places, findings_of(SEED_002), today=TODAY, batch_name="省第三环境保护督察组反馈意见", region="430300"
    )
    assert summary.created == 20 and summary.batch_created
    findings = stored(db, summary.batch_code)
    four = findings[4]
    assert [u.unit.name for u in four.units if u.role == "lead"] == ["市环委办"]  # 市环督办 is an alias
    three = findings[3]
    people = sorted((p.role, p.person.name, p.title) for p in three.people)
    assert people == [
        ("liaison", "向磊", None),
        ("liaison", "赵奇", None),
        ("responsible", "唐正武", "副秘书长"),
        ("responsible", "章礼华", "副秘书长"),
        ("supervising", "何俊峰", None),
        ("supervising", "杨广", None),
    ]
    sixteen = findings[16]
    assert sixteen.next_due_date == date(2018, 10, 15)  # the earliest of its three dates
    assert len(sixteen.deadlines) == 3
    with Session(places) as session:
        batch = session.scalar(select(Batch).where(Batch.code == summary.batch_code))
        assert (batch.source_type, batch.level) == ("provincial_inspection", "provincial")


def test_closure_form_becomes_a_completed_finding_with_its_closure_record(places, db):
    summary = import_plan(
        places, findings_of(SEED_000), today=TODAY, batch_name="省人大执法检查", region="零陵区"
    )
    finding = stored(db, summary.batch_code)[1]
    assert (finding.status, finding.status_since, finding.completed_on) == (
        "completed",
        date(2024, 3, 12),
        date(2024, 3, 12),
    )
    assert finding.status_events[0].source == "closure"
    assert finding.has_rolling_deadline  # 持续推进
    assert [u.unit.name for u in finding.units] == ["零陵区人民政府"]
    assert len(finding.measures) == 4
    with Session(places) as session:
        record = session.scalars(select(ClosureRecord)).one()
        assert (record.implementing_body, record.applied_on) == ("零陵区人民政府", date(2024, 3, 12))
        assert record.completion_narrative.startswith("1.深入开展农用地土壤镉等重金属污染源头防治行动")
    assert finding.notes.startswith("导入文件所载整改情况：1.深入开展")
    again = import_plan(places, findings_of(SEED_000), today=TODAY, batch_code=summary.batch_code)
    assert again.unchanged == 1
    assert counts(places)["status_events"] == 1


def test_one_part_of_a_file_with_two_plans(places, db):
    summary = import_plan(
        places,
        findings_of(SEED_003, part=2),
        today=TODAY,
        batch_name="绛县地下水污染防治2023年行动计划",
        region="140826",
    )
    findings = stored(db, summary.batch_code)
    assert sorted(findings) == [1, *range(3, 16)]
    assert summary.batch_code == "plan-140826-20261123-1"
    assert [u.unit.name for u in findings[1].units if u.role == "lead"] == ["市生态环境局绛县分局"]  # alias
    assert findings[8].next_due_date == date(2023, 6, 30)
    assert findings[3].deadlines == [] and findings[3].next_due_date is None


@pytest.mark.parametrize(
    ("kwargs", "findings", "message"),
    [
        ({"batch_name": "绛县", "region": "绛县"}, lambda: findings_of(SEED_003), "问题编号重复：1、3、4"),
        ({"batch_name": "新批次", "region": "火星县"}, lambda: findings_of(SEED_000), "未知的地区“火星县”"),
        ({"batch_code": "nope"}, lambda: findings_of(SEED_000), "批次代码“nope”不存在"),
        ({"batch_name": "新批次"}, lambda: findings_of(SEED_000), "新建批次需要指定地区"),
        ({}, lambda: findings_of(SEED_000), "请指定批次"),
        ({"batch_name": "新批次", "region": "绛县"}, lambda: [], "没有可导入的问题"),
    ],
)
def test_bad_imports_leave_the_database_unchanged(places, kwargs, findings, message):
    import_001(places)
    before, version = counts(places), data_version(places)
    with pytest.raises(PlanImportError, match=message):
        import_plan(places, findings(), today=TODAY, **kwargs)
    assert counts(places) == before
    assert data_version(places) == version


def test_a_garbled_unit_name_is_refused(places):
    findings = findings_of(SEED_000)
    findings[0].lead_units = ["县" * 200]
    with pytest.raises(PlanImportError, match="单位名称过长"):
        import_plan(places, findings, today=TODAY, batch_name="x", region="零陵区")
    assert counts(places)["findings"] == 0


def test_a_failure_half_way_rolls_everything_back(places, monkeypatch):
    import data_access.commands.plan_import as module

    calls = []

    def failing_refresh(session, findings):
        calls.append(findings[0].number)
        if len(calls) == 3:
            raise RuntimeError("disk full")

    monkeypatch.setattr(module, "refresh_state", failing_refresh)
    with pytest.raises(RuntimeError):
        import_001(places)
    assert counts(places) == dict.fromkeys(counts(places), 0)


# --- the command line ----------------------------------------------------------------------


def test_import_plan_command(places, database_url, monkeypatch, capsys):
    from manage import main

    monkeypatch.setenv("DATABASE_URL", database_url)
    args = [
        "import-plan",
        str(SEED_001),
        "--batch-name",
        "保靖整改清单",
        "--region",
        "保靖县",
        "--today",
        "2026-11-23",
    ]
    assert main(args) == 0
    assert "新增 25 个问题，更新 0 个，0 个与数据库一致未改动" in capsys.readouterr().out
    assert main(args) == 0
    assert "新增 0 个问题，更新 0 个，25 个与数据库一致未改动" in capsys.readouterr().out
    before = counts(places)
    assert main(["import-plan", str(SEED_003), "--batch-name", "绛县", "--region", "绛县"]) == 1
    error = capsys.readouterr().err
    assert "导入失败，数据库未改动" in error and "请用 --part 指定" in error
    assert "第2部分“地下水污染防治2023年行动计划”14 个" in error
    assert (
        main(["import-plan", str(SEED_003), "--part", "2", "--batch-name", "绛县", "--region", "绛县"]) == 0
    )
    assert counts(places)["findings"] == before["findings"] + 14


def test_import_plan_command_rejects_a_truncated_docx(places, database_url, monkeypatch, capsys, tmp_path):
    from manage import main

    monkeypatch.setenv("DATABASE_URL", database_url)
    document = docx.Document()
    document.add_paragraph("整改时限：2019年底")
    buffer = io.BytesIO()
    document.save(buffer)
    broken = tmp_path / "方案.docx"
    broken.write_bytes(buffer.getvalue()[:900])
    before = counts(places)
    assert main(["import-plan", str(broken), "--batch-name", "x", "--region", "绛县"]) == 1
    assert "文件“方案.docx”不完整或已损坏" in capsys.readouterr().err
    assert counts(places) == before


# --- the editable tables -------------------------------------------------------------------


def test_unedited_tables_give_back_the_parsed_findings():
    findings = findings_of(SEED_001)
    result = apply_edits(findings, findings_frame(findings), measures_frame(findings))
    assert result.errors == []
    assert [f.to_json() for f in result.findings] == [f.to_json() for f in findings]
    assert [m.group for m in result.findings[5].measures] == [None, None, None]  # groups are not edited


def test_corrections_in_the_tables_are_applied():
    findings = findings_of(SEED_001)
    table, measures = findings_frame(findings), measures_frame(findings)
    table.loc[0, FINDING_COLUMNS["deadline_text"]] = "2024年6月底前，长期坚持"
    table.loc[0, FINDING_COLUMNS["lead_units"]] = "县委办、县住建局（县人防办）"
    table.loc[1, FINDING_COLUMNS["completed"]] = False
    table.loc[2, FINDING_COLUMNS["category"]] = "农业农村"
    table = table.drop(index=3)  # 四 deleted, with its six measures
    measures.loc[0, MEASURE_COLUMNS["text"]] = ""  # the first measure of 一 deleted
    new_row = {column: "" for column in table.columns} | {
        FINDING_COLUMNS["number"]: 26,
        FINDING_COLUMNS["title"]: "补充问题",
        FINDING_COLUMNS["lead_units"]: "县环保局",
        FINDING_COLUMNS["deadline_text"]: "立行立改",
        FINDING_COLUMNS["completed"]: False,
    }
    table.loc[99] = new_row
    measures.loc[999] = {
        MEASURE_COLUMNS["finding"]: 26,
        MEASURE_COLUMNS["number"]: "1",
        MEASURE_COLUMNS["text"]: "开展排查",
        MEASURE_COLUMNS["units"]: "县环保局",
    }
    result = apply_edits(findings, table, measures)
    assert result.errors == []
    by_number = {f.number: f for f in result.findings}
    assert sorted(by_number) == [1, 2, 3, *range(5, 27)]
    first = by_number[1]
    assert [(d.kind, d.date) for d in first.deadlines] == [("date", date(2024, 6, 30)), ("long_term", None)]
    assert first.lead_units == ["县委办", "县住建局（县人防办）"]
    assert len(first.measures) == 4
    assert (by_number[2].status, by_number[2].marker) == (None, None)
    assert by_number[3].category == "agriculture"
    assert by_number[26].problem == "补充问题" and by_number[26].measures[0].units == ["县环保局"]


def test_table_errors_name_the_row():
    findings = findings_of(SEED_001)
    table, measures = findings_frame(findings), measures_frame(findings)
    table.loc[1, FINDING_COLUMNS["number"]] = 1
    table.loc[2, FINDING_COLUMNS["lead_units"]] = ""
    table.loc[4, FINDING_COLUMNS["deadline_text"]] = "按省里要求"
    measures.loc[0, MEASURE_COLUMNS["finding"]] = 77
    errors = apply_edits(findings, table, measures).errors
    assert errors == [
        "问题表第2行：序号 1 重复。",
        "问题表第3行（序号3）：“牵头单位”不能为空。",
        "问题表第5行（序号5）：整改时限“按省里要求”无法识别，请改写为日期或“持续推进”等。",
        "整改措施表：问题序号 2 在问题表中不存在。",
        "整改措施表：问题序号 77 在问题表中不存在。",
    ]


# --- the page ------------------------------------------------------------------------------


def open_page() -> AppTest:
    at = new_app()
    sign_in(at, "office")
    at.run()
    at.switch_page("pages/plan-import.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def test_page_paste_check_and_save(app_env, engine):
    at = open_page()
    assert at.title[0].value == "整改方案导入"
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(SEED_002.read_text(encoding="utf-8")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at) == {"识别问题": "20", "整改措施": "75", "标注已完成": "0", "需核对": "0"}
    assert at.selectbox(key="plan_region").value == "430300"  # 湘潭市, from the document's title
    assert (
        at.text_input(key="plan_batch_name").value == "湘潭市贯彻落湖南省环保督察组反馈意见整改问题措施清单"
    )
    assert at.selectbox(key="plan_source_type").value == "provincial_inspection"
    table = at.dataframe[0].value
    assert table.shape[0] == 20
    assert table.loc[15, "识别的时限"] == "2021年7月31日；2018年11月20日；2018年10月15日"
    assert table.loc[0, "牵头单位"] == "市委办"
    before = counts(engine)["findings"]
    at.button(key="plan_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value.startswith(
        "已导入到批次“湘潭市贯彻落湖南省环保督察组反馈意见整改问题措施清单”（新建）：新增 20 个问题"
    )
    assert counts(engine)["findings"] == before + 20


def test_page_upload_docx_into_an_existing_batch(app_env, engine):
    lines = SEED_001.read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    at = open_page()
    at.file_uploader(key="plan_file").upload("保靖清单.docx", buffer.getvalue()).run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at)["识别问题"] == "25"
    at.selectbox(key="plan_batch").select("t-a").run()  # the fixture's batch with findings 1–6
    outcome = at.dataframe[0].value["导入后"].tolist()
    assert outcome[:7] == [f"已有问题{n}：更新或保持" for n in range(1, 7)] + ["新增"]
    at.button(key="plan_save").click().run()
    assert "新增 19 个问题，更新 6 个" in at.success[0].value


def test_page_reads_a_task_table_pasted_out_of_word(app_env, engine):
    # Word's plain text of a table: a row breaks at every paragraph inside a cell
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(
        "保靖县整改任务清单\n"
        "序号\t反馈问题\t整改措施\t牵头单位\t整改时限\n"
        "1\t县城污水直排酉水。\t1.新建截污管网；\n2.提标改造污水处理厂。\t县住建局\t2025年12月31日前\n"
        "2\t扬尘管控不力。\t落实六个百分百。\t县住建局\n县城管局\t2025年6月30日前\n"
    ).run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at) == {"识别问题": "2", "整改措施": "3", "标注已完成": "0", "需核对": "0"}
    table = at.dataframe[0].value
    assert table.loc[0, "牵头单位"] == "县住建局"
    assert table.loc[1, "牵头单位"] == "县住建局、县城管局"
    assert table.loc[1, "识别的时限"] == "2025年6月30日"


def test_page_flags_a_time_limit_merged_down_and_lost_in_the_paste(app_env, engine):
    # a time limit merged down two rows: Word pastes it on the first row only
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(
        "序号\t反馈问题\t整改措施\t牵头单位\t整改时限\n"
        "1\t县城污水直排酉水。\t新建截污管网。\t县住建局\t2025年12月31日前\n"
        "2\t扬尘管控不力。\t落实六个百分百。\t县城管局\t\n"
        "3\t秸秆露天焚烧。\t加强巡查。\t县农业农村局\t2025年6月30日前\n"
    ).run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    assert table["识别的时限"].tolist() == ["2025年12月31日", "2025年12月31日", "2025年6月30日"]
    assert metrics(at)["需核对"] == "1"
    assert "问题2：整改时限一格为空，按上一行取值" in " ".join(m.value for m in at.markdown)


def test_page_asks_for_the_pdf_when_its_table_was_copied_out_of_a_viewer(app_env, engine):
    # a PDF viewer copies a table cell by cell, each cell broken at its printed width
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(viewer_copied_table()).run()
    assert not at.exception, [e.value for e in at.exception]
    assert "从 PDF 阅读器中复制的表格" in " ".join(w.value for w in at.warning)


def test_page_asks_for_the_region_when_the_document_names_none_it_knows(app_env, engine):
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(
        "一、城东垃圾中转站污水直排\n整改目标：污水全部收集\n牵头单位：县城管局"
    ).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="plan_region").value is None  # not the list's first region
    assert "请在“导入到”中选择问题所属地区" in " ".join(w.value for w in at.warning)
    assert at.button(key="plan_save").disabled
    at.text_input(key="plan_batch_name").input("城东中转站整改").run()
    assert at.button(key="plan_save").disabled  # a name, still no region
    at.selectbox(key="plan_region").set_value("433125").run()
    assert not at.button(key="plan_save").disabled
    assert not any("问题所属地区" in w.value for w in at.warning)


def test_page_reads_and_parses_an_upload_once_while_the_preview_is_edited(app_env, monkeypatch):
    """Every edit reruns the page; a .doc or .wps would be converted by LibreOffice each time."""
    import ui.loaders.plan_import as loaders

    calls = {"read": 0, "parse": 0}
    read, parse = loaders.read_plan_bytes, loaders.parse_plan_text

    def counted_read(*args, **kwargs):
        calls["read"] += 1
        return read(*args, **kwargs)

    def counted_parse(*args, **kwargs):
        calls["parse"] += 1
        return parse(*args, **kwargs)

    monkeypatch.setattr(loaders, "read_plan_bytes", counted_read)
    monkeypatch.setattr(loaders, "parse_plan_text", counted_parse)
    document = docx.Document()
    # content no other test uploads, so no earlier test's kept copy answers
    for line in ["一、东郊填埋场渗滤液外溢（缓存测试）", "整改目标：渗滤液全部收集", "牵头单位：县城管局"]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    at = open_page()
    at.file_uploader(key="plan_file").upload("填埋场.docx", buffer.getvalue()).run()
    assert metrics(at)["识别问题"] == "1"
    at.selectbox(key="plan_batch").select("t-a").run()
    at.selectbox(key="plan_batch").set_value("__new__").run()
    at.text_input(key="plan_batch_name").input("另一个名称").run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at)["识别问题"] == "1"
    assert at.dataframe[0].value.loc[0, "牵头单位"] == "县城管局"
    assert calls == {"read": 1, "parse": 1}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("方案.docx", b"PK\x03\x04broken", "无法读取文件：文件“方案.docx”不完整或已损坏"),
        ("空.txt", b"", "无法读取文件：文件“空.txt”是空的"),
        (
            "乱码.txt",
            b"caf\xe9 au lait et cr\xe8me br\xfbl\xe9e",
            "无法读取文件：文件“乱码.txt”的编码无法识别",
        ),
        ("会议.txt", "会议纪要\n会议由县长主持。".encode(), "未能识别：未能从内容中识别出整改问题"),
    ],
)
def test_page_bad_files_show_a_message_and_write_nothing(app_env, engine, name, content, message):
    at = open_page()
    before = counts(engine)
    at.file_uploader(key="plan_file").upload(name, content).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.error[0].value.startswith(message)
    assert not at.main.button  # nothing to save
    assert counts(engine) == before


def test_page_reads_a_word_task_table_and_marks_fields_to_check(app_env):
    from tests.plan_layouts import LAYOUTS

    name, build, _ = LAYOUTS["docx_merged"]
    at = open_page()
    at.file_uploader(key="plan_file").upload(name, build()).run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at)["识别问题"] == "6"
    table = at.dataframe[0].value
    assert table.loc[1, "配合单位"] == "县水利局、县生态环境分局" and table.loc[1, "待核对"] == ""
    at.radio(key="plan_source").set_value("粘贴文本").run()
    pasted = "序号|问题描述及要求|整改措施|主要责任单位|整改时限\n"
    pasted += "1|河道两岸垃圾堆放|清理垃圾|县城管局|2025年6月底前\n"
    at.text_area(key="plan_text").input(pasted).run()
    table = at.dataframe[0].value
    assert table.loc[0, "待核对"] == "标题（据“问题描述及要求”）；牵头单位（据“主要责任单位”）"


UNKNOWN_HEADER = (
    "编号|事项|办法|主办|期限\n"
    "1|县城河道两岸生活垃圾堆放|清理垃圾并建立保洁机制|县城管局|2025年6月底前\n"
    "2|乡镇污水处理设施未正常运行|落实运维资金|县住建局|2025年12月底前\n"
)


def test_page_asks_for_columns_it_cannot_read_and_remembers_them(app_env, engine):
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(UNKNOWN_HEADER).run()
    assert not at.exception, [e.value for e in at.exception]
    suggested = [box.value for box in at.selectbox if box.key.startswith("plan_column_")]
    # 编号 is a known column name; 期限 and 主办 (承办单位's 主办 | 协办, blind set 14) are suggested by
    # their word class (docs/decisions.md “Label classes”); with a unit and a time limit beside it,
    # the first column of no known kind is taken for the task, not refused, its titles to check
    assert suggested == ["number", "problem", None, "lead", "deadline"]
    assert not at.error
    assert metrics(at)["识别问题"] == "2" and metrics(at)["整改措施"] == "0"
    assert at.dataframe[0].value.loc[0, "待核对"].startswith("标题（据“事项”）")
    for k, field in enumerate(["number", "problem", "measures", "lead", "deadline"]):
        at.selectbox(key=f"plan_column_{k}_{['编号', '事项', '办法', '主办', '期限'][k]}").set_value(field)
    at.run()
    assert metrics(at)["整改措施"] == "2"  # the preview reads with the columns as chosen
    at.button(key="plan_columns_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    fresh = open_page()  # another visit: the same header is read without asking
    fresh.radio(key="plan_source").set_value("粘贴文本").run()
    fresh.text_area(key="plan_text").input(UNKNOWN_HEADER).run()
    assert not [box for box in fresh.selectbox if box.key.startswith("plan_column_")]
    assert fresh.dataframe[0].value.loc[1, "牵头单位"] == "县住建局"


def test_remembered_columns_need_the_import_right_and_known_fields(engine):
    from data_access.access import AccessDenied, visitor
    from data_access.commands.plan_import import PlanImportError, column_mappings, remember_columns
    from intake.plan_tables import header_signature

    header = ["编号", "事项", "主办"]
    with pytest.raises(PlanImportError, match="列对应关系无效"):
        remember_columns(engine, header, {"事项": "password"})
    remember_columns(engine, header, {"编号": "number", "事项": "problem", "主办": "lead"})
    remember_columns(engine, header, {"编号": "number", "事项": "problem", "主办": "coop"})  # replaces
    assert column_mappings(engine)[header_signature(header)] == {
        "编号": "number",
        "事项": "problem",
        "主办": "coop",
    }
    with pytest.raises(AccessDenied):
        remember_columns(engine, header, {"事项": "problem"}, user=visitor())


def test_page_says_when_no_known_layout_was_found(app_env):
    from tests.test_plan_last_reading import NOTICE

    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(NOTICE).run()
    assert not at.exception, [e.value for e in at.exception]
    assert metrics(at)["识别问题"] == "1"
    note = "版式：未识别出固定版式，按编号段落、全文或逐句读取（请逐项核对）"
    assert any(note in c.value for c in at.caption)


def test_page_previews_each_fault_sentence_instead_of_refusing(app_env):
    # a check's account of no known shape: before stop 41 the page said “未能识别” and offered nothing
    from tests.test_plan_last_reading import ACCOUNT

    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(ACCOUNT).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not [e.value for e in at.error if "未能识别" in e.value]
    assert metrics(at)["识别问题"] == "3"
    assert metrics(at)["需核对"] == "3"
    assert any("逐句列出" in m.value for m in at.markdown)
