"""The Excel ledger: template, export → import round trip, preview, validation, idempotence."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from data_access import users
from data_access.access import AccessDenied
from data_access.audit_queries import finding_audit_trail
from data_access.commands.session import write_session
from data_access.ledger import (
    ImportRejected,
    LedgerConflict,
    apply_import,
    export_ledger,
    ledger_template,
    preview_import,
)
from data_access.ledger.apply import APPLIERS, Applier
from data_access.metrics import FindingFilters
from data_access.models import (
    Batch,
    Deadline,
    Finding,
    Indicator,
    IndicatorValue,
    Measure,
    ProgressReport,
    Region,
    Site,
    StatusEvent,
    Unit,
    UnitAlias,
)
from data_access.overview import kpi_summary
from intake.ledger_sheets import SHEETS
from sample_data.loader import load_sample_data
from tests.app_helper import new_app
from tests.fixture_data import TODAY
from tests.ledger_files import (
    FINDING_HEADERS,
    edit_workbook,
    find_row,
    finding_row,
    sheet_rows,
    snapshot,
    workbook_bytes,
)
from tests.users_helper import make_user, sign_in

DATA_SHEETS = ["督察批次", "单位名录", "问题清单", "整改措施", "月度调度", "点位", "指标数值", "联系人"]


def counts(plan) -> dict[str, tuple[int, int, int]]:
    return {c.sheet: (c.added, c.changed, c.unchanged) for c in plan.counts}


def test_template_has_every_sheet_with_chinese_headers(engine, fixture_ids):
    workbook = load_workbook(io.BytesIO(ledger_template(engine, user=None)))
    assert workbook.sheetnames == ["填表说明", *DATA_SHEETS, "代码表"]
    headers = [c.value for c in workbook["问题清单"][1]]
    assert headers[:8] == [
        "批次编号*",
        "问题序号*",
        "编号",
        "所属分类",
        "问题名称*",
        "问题描述*",
        "问题类别*",
        "整改地区*",
    ]
    assert workbook["问题清单"].max_row == 1  # headers only
    validations = {str(dv.sqref): dv.formula1 for dv in workbook["问题清单"].data_validations.dataValidation}
    assert validations["G2:G1048576"].startswith('"土壤,地下水,水环境')
    instructions = [row[0] for row in workbook["填表说明"].iter_rows(values_only=True) if row[0]]
    assert any("立行立改 / 持续推进 / 长期坚持" in str(line) for line in instructions)
    reference = [row for row in workbook["代码表"].iter_rows(values_only=True)]
    assert ("t-a", "测试批次甲") in [tuple(r[:2]) for r in reference]


def test_every_sheet_has_its_writer():
    # the map is written out by hand: a sheet added to the layout must get a writer too
    assert list(APPLIERS) == [spec.key for spec in SHEETS]
    assert APPLIERS["findings"] is Applier.apply_findings


# --- the reference sheet and the viewer's region (security issue, item 3) -----------------

BAOJING_AND_ABOVE = {"433125", "433100", "430000"}  # 保靖县, 湘西州, 湖南省


def workbook_names(data: bytes) -> set[str]:
    """Every text of every sheet, list cells split into their names."""
    names: set[str] = set()
    for sheet in load_workbook(io.BytesIO(data)).worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    names.update(part.strip() for part in re.split("[、；]", value))
    return names


def names_of_other_regions(engine) -> set[str]:
    """Region names, unit names and batch codes that belong only to regions other than 保靖县
    and those above it (a unit name a 保靖 region also uses does not count)."""
    with Session(engine) as session:
        regions = session.execute(select(Region.code, Region.name)).all()
        units = session.execute(select(Unit.region_code, Unit.name)).all()
        batches = session.execute(select(Batch.region_code, Batch.code)).all()
    own_units = {name for code, name in units if code in BAOJING_AND_ABOVE}
    return (
        {name for code, name in regions if code not in BAOJING_AND_ABOVE}
        | {name for code, name in units if code not in BAOJING_AND_ABOVE} - own_units
        | {batch for code, batch in batches if code not in BAOJING_AND_ABOVE}
    )


def test_a_county_users_template_and_export_hold_only_their_region(engine):
    load_sample_data(engine, today=TODAY)
    county = users.active_viewer(engine, make_user(engine, "baojing", "county_editor", "433125"))
    others = names_of_other_regions(engine)
    # the sample data does hold other regions' names: 湘潭 and 绛县 units, their batches, 山西省
    assert {"市国土局", "市生态环境局绛县分局", "xiangtan-pei3", "绛县", "湘潭市", "山西省"} <= others
    template = workbook_names(ledger_template(engine, user=county))
    exported = workbook_names(export_ledger(engine, filters=FindingFilters(), today=TODAY, user=county))
    assert template & others == set()
    assert exported & others == set()
    # the county's own codes are still there to fill in the template
    assert {"保靖县", "baojing-cei2", "州生态环境局保靖分局", "县发改局"} <= template


def test_an_all_regions_office_template_lists_every_region(engine):
    load_sample_data(engine, today=TODAY)
    office = users.active_viewer(engine, make_user(engine, "office", "office"))
    template = workbook_names(ledger_template(engine, user=office))
    assert names_of_other_regions(engine) <= template
    assert {"保靖县", "baojing-cei2", "州生态环境局保靖分局"} <= template


def test_the_template_needs_the_export_right(engine, fixture_ids):
    leader = users.active_viewer(engine, make_user(engine, "ld", "leader"))
    with pytest.raises(AccessDenied, match="您的角色（领导）无权导出"):
        ledger_template(engine, user=leader)


def test_export_then_import_changes_nothing(engine, fixture_ids):
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    findings = sheet_rows(data, "问题清单")
    assert len(findings) == 12  # header + 11 findings
    b4 = next(r for r in findings if r[4] == "测试问题B4")
    assert b4[9] == "2026-12-10；长期坚持"  # the moved deadline, not the superseded one
    a1 = next(r for r in findings if r[4] == "测试问题A1")
    assert a1[9].date() == date(2026, 11, 23)  # a single dated deadline is a real Excel date
    before = snapshot(engine)
    plan = preview_import(engine, data=data, filename="台账.xlsx", today=TODAY)
    assert plan.ok, [p.text() for p in plan.problems]
    assert counts(plan) == {
        "督察批次": (0, 0, 2),
        "单位名录": (0, 0, 5),
        "问题清单": (0, 0, 11),
        "整改措施": (0, 0, 11),
        "月度调度": (0, 0, 5),
        "点位": (0, 0, 0),
        "指标数值": (0, 0, 0),
        "联系人": (0, 0, 0),
    }
    result = apply_import(engine, data=data, filename="台账.xlsx", actor="张三", today=TODAY)
    assert not result.applied
    assert snapshot(engine) == before


def test_round_trip_of_the_real_sample_ledger(engine):
    load_sample_data(engine, today=TODAY)
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    plan = preview_import(engine, data=data, filename="全部台账.xlsx", today=TODAY)
    assert plan.ok, [p.text() for p in plan.problems[:5]]
    assert plan.added == plan.changed == 0
    summary = counts(plan)
    assert summary["问题清单"] == (0, 0, 76)
    # 保靖 problem 6 numbers its measures afresh in each unit's group: all are told apart.
    assert summary["整改措施"][2] == 168
    assert summary["联系人"][2] == 8  # sample_data/contacts.yaml
    # seed 001 cites a sewage collection rate of 100.92%: flagged, not refused
    assert any("100.92%" in w.message for w in plan.warnings)


def test_export_follows_the_shared_filters(engine, fixture_ids):
    data = export_ledger(engine, filters=FindingFilters(region_code="433125"), today=TODAY)
    titles = [r[4] for r in sheet_rows(data, "问题清单")[1:]]
    assert titles == [f"测试问题A{i}" for i in range(1, 7)]
    assert [r[0] for r in sheet_rows(data, "督察批次")[1:]] == ["t-a"]
    assert sorted(r[1] for r in sheet_rows(data, "单位名录")[1:]) == ["县住建局", "县发改局"]


def new_ledger() -> bytes:
    """A ledger written by hand: a new batch, a new unit with aliases, findings, measures, …"""
    return workbook_bytes(
        {
            "督察批次": [
                ["批次编号*", "批次名称*", "来源类型*", "督察级别*", "整改地区*", "反馈日期"],
                ["t-c", "测试批次丙", "省级生态环境保护督察", "省级", "湘潭县", date(2026, 6, 1)],
            ],
            "单位名录": [
                ["所属地区*", "单位名称*", "别名"],
                ["湘潭县", "县生态环境分局", "县环保分局、湘潭县环保局"],
            ],
            "问题清单": [
                [*FINDING_HEADERS, "配合单位", "责任人员", "督办领导"],
                [
                    "t-c",
                    1,
                    "河道非法采砂",
                    "涓水河道非法采砂问题",
                    "水环境",
                    "湘潭县",
                    "2027-03-31；长期坚持",
                    "县环保分局",
                    None,
                    "张三（副县长）、李四",
                    "王五",
                ],
                [
                    "t-c",
                    2,
                    "尾矿库渗漏",
                    "尾矿库渗漏问题",
                    "尾矿库",
                    "430321",
                    date(2026, 12, 31),
                    "县生态环境分局",
                    "市环保局",  # a unit of the city (an ancestor region) may cooperate
                    None,
                    None,
                ],
            ],
            "整改措施": [
                ["批次编号*", "问题序号*", "措施编号*", "措施内容*", "责任单位", "进度（%）"],
                ["t-c", 1, "1", "全面排查河道", "县环保分局", 30],
                ["t-c", 1, "2", "依法查处", None, None],
            ],
            "月度调度": [
                ["批次编号*", "问题序号*", "调度月份*", "整改状态*", "进度（%）", "工作进展", "报送日期*"],
                ["t-c", 1, "2026-10", "推进中", 30, "完成排查", date(2026, 10, 25)],
            ],
            "点位": [
                [
                    "点位编号*",
                    "点位名称*",
                    "点位类型*",
                    "子类型",
                    "管控状态*",
                    "风险等级",
                    "经度（WGS84）*",
                    "纬度（WGS84）*",
                    "所属地区*",
                    "关联问题",
                ],
                [
                    "XT-001",
                    "测试尾矿库",
                    "尾矿库",
                    "停用",
                    "闭库治理中",
                    "高",
                    112.95,
                    27.78,
                    "湘潭县",
                    "t-c:2",
                ],
            ],
            "指标数值": [
                ["指标编号*", "地区*", "期间*", "数值", "数据来源"],
                ["farmland_safe_use_rate", "湘潭县", 2025, 92.5, "县农业农村局"],
                ["farmland_safe_use_rate", "湘潭县", "2026-10", 93.1, "县农业农村局"],
            ],
        }
    )


def add_indicator(engine) -> None:
    with write_session(engine) as session, session.begin():
        session.add(
            Indicator(
                code="farmland_safe_use_rate",
                name="受污染耕地安全利用率",
                unit="%",
                direction="higher_better",
                category="soil",
            )
        )


def test_a_new_ledger_is_imported_and_a_second_import_changes_nothing(engine, fixture_ids):
    add_indicator(engine)
    data = new_ledger()
    plan = preview_import(engine, data=data, filename="湘潭县台账.xlsx", today=TODAY)
    assert plan.ok, [p.text() for p in plan.problems]
    assert counts(plan) == {
        "督察批次": (1, 0, 0),
        "单位名录": (1, 0, 0),
        "问题清单": (2, 0, 0),
        "整改措施": (2, 0, 0),
        "月度调度": (1, 0, 0),
        "点位": (1, 0, 0),
        "指标数值": (2, 0, 0),
    }
    preview = plan.changes_frame()
    shown = preview[(preview["对象"] == "t-c 问题1") & (preview["字段"] == "整改时限")]
    assert shown["新值"].tolist() == ["2027-03-31；长期坚持"]

    result = apply_import(engine, data=data, filename="湘潭县台账.xlsx", actor="县环委办", today=TODAY)
    assert result.applied
    kpi = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert kpi["total"] == 13
    assert kpi_summary(engine, filters=FindingFilters(region_code="430321"), today=TODAY)["total"] == 3
    with Session(engine) as session:
        batch = session.scalar(select(Batch).where(Batch.code == "t-c"))
        first, second = sorted(batch.findings, key=lambda f: f.number)
        assert (first.registered_on, first.status, first.next_due_date) == (
            date(2026, 6, 1),
            "not_started",
            date(2027, 3, 31),
        )
        assert first.has_rolling_deadline and first.last_report_period == date(2026, 10, 1)
        assert [(u.role, u.unit.name) for u in first.units] == [("lead", "县生态环境分局")]
        assert [
            (u.role, u.unit.region_code, u.unit.name) for u in sorted(second.units, key=lambda u: u.role)
        ] == [
            ("cooperating", "430300", "市环保局"),
            ("lead", "430321", "县生态环境分局"),
        ]
        assert sorted((p.role, p.person.name, p.title) for p in first.people) == [
            ("responsible", "张三", "副县长"),
            ("responsible", "李四", None),
            ("supervising", "王五", None),
        ]
        assert [(m.number, m.text, m.progress_pct) for m in first.measures] == [
            ("1", "全面排查河道", 30.0),
            ("2", "依法查处", None),
        ]
        aliases = session.scalars(
            select(UnitAlias.alias).join(Unit).where(Unit.name == "县生态环境分局")
        ).all()
        assert set(aliases) == {"湘潭县环保局", "县环保分局"}
        site = session.scalar(select(Site).where(Site.code == "XT-001"))
        assert (site.subtype, site.risk_level, site.city_code, site.county_code) == (
            "stopped",
            "high",
            "430300",
            "430321",
        )
        values = session.scalars(select(IndicatorValue).order_by(IndicatorValue.period)).all()
        assert [(v.period, v.period_kind, v.value) for v in values] == [
            (date(2025, 1, 1), "year", 92.5),
            (date(2026, 10, 1), "month", 93.1),
        ]
        first_id = first.id
    trail = finding_audit_trail(engine, finding_id=first_id)
    assert set(trail["action"]) == {"import"}
    assert set(trail["actor"]) == {"县环委办"}
    assert set(trail["entity"]) == {"findings", "measures", "progress_reports"}

    after_first = snapshot(engine)
    again = preview_import(engine, data=data, filename="湘潭县台账.xlsx", today=TODAY)
    assert again.ok and not again.has_changes
    assert again.unchanged == 10
    apply_import(engine, data=data, filename="湘潭县台账.xlsx", actor="县环委办", today=TODAY)
    assert snapshot(engine) == after_first


def test_edits_in_an_exported_ledger_are_previewed_and_applied_with_history(engine, fixture_ids):
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    a1_row = find_row(data, "问题清单", 问题名称="测试问题A1")
    a4_row = find_row(data, "问题清单", 问题名称="测试问题A4")
    measure_row = find_row(data, "整改措施", 措施内容="A1的整改措施")
    edited = edit_workbook(
        data, "问题清单", {(a1_row, "整改状态"): "已完成待销号", (a4_row, "整改时限"): date(2027, 1, 31)}
    )
    edited = edit_workbook(edited, "整改措施", {(measure_row, "措施内容"): "A1的整改措施（已调整）"})
    plan = preview_import(engine, data=edited, filename="修改.xlsx", today=TODAY)
    assert plan.ok
    assert counts(plan)["问题清单"] == (0, 2, 9)
    assert counts(plan)["整改措施"] == (0, 1, 10)
    changes = plan.changes_frame().set_index(["对象", "字段"])
    assert tuple(changes.loc[("t-a 问题1", "整改状态"), ["原值", "新值"]]) == ("推进中", "已完成待销号")
    assert tuple(changes.loc[("t-a 问题4", "整改时限"), ["原值", "新值"]]) == ("2026-12-24", "2027-01-31")

    with Session(engine) as session:
        old_version = session.get(Finding, fixture_ids["A1"]).version
    apply_import(
        engine,
        data=edited,
        filename="修改.xlsx",
        actor="李四",
        today=TODAY,
        expected_fingerprint=plan.fingerprint,
    )
    with Session(engine) as session:
        a1 = session.get(Finding, fixture_ids["A1"])
        assert (a1.status, a1.version) == ("completed", old_version + 1)
        event = session.scalars(
            select(StatusEvent).where(StatusEvent.finding_id == a1.id).order_by(StatusEvent.id.desc())
        ).first()
        assert (event.to_status, event.source, event.actor, event.changed_on) == (
            "completed",
            "import",
            "李四",
            TODAY,
        )
        a4 = session.get(Finding, fixture_ids["A4"])
        assert a4.next_due_date == date(2027, 1, 31)
        deadlines = session.scalars(
            select(Deadline).where(Deadline.finding_id == a4.id).order_by(Deadline.id)
        ).all()
        assert [(d.due_date, d.superseded_on, d.valid_from) for d in deadlines] == [
            (date(2026, 12, 24), TODAY, None),  # kept for the record
            (date(2027, 1, 31), None, TODAY),
        ]
        measure = session.scalar(select(Measure).where(Measure.finding_id == a1.id))
        assert measure.text == "A1的整改措施（已调整）"
    entries = finding_audit_trail(engine, finding_id=fixture_ids["A1"])
    status_entry = entries[entries["entity"] == "findings"].iloc[0]
    assert (status_entry["actor"], status_entry["before"], status_entry["after"]) == (
        "李四",
        {"status": "in_progress"},
        {"status": "completed"},
    )
    assert status_entry["changes"] == "整改状态：推进中 → 已完成待销号"
    kpi = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert kpi["done"] == 3
    # the same edited file again: nothing more happens
    assert not preview_import(engine, data=edited, filename="修改.xlsx", today=TODAY).has_changes


def test_import_refuses_a_plan_the_user_did_not_see(engine, fixture_ids):
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    row = find_row(data, "问题清单", 问题名称="测试问题A1")
    edited = edit_workbook(data, "问题清单", {(row, "整改状态"): "已完成待销号"})
    plan = preview_import(engine, data=edited, filename="a.xlsx", today=TODAY)
    # meanwhile someone renames the finding
    with write_session(engine) as session, session.begin():
        session.execute(update(Finding).where(Finding.id == fixture_ids["A1"]).values(title="改过的标题"))
    before = snapshot(engine)
    with pytest.raises(LedgerConflict, match="预览之后数据已被修改"):
        apply_import(
            engine,
            data=edited,
            filename="a.xlsx",
            actor="",
            today=TODAY,
            expected_fingerprint=plan.fingerprint,
        )
    assert snapshot(engine) == before


def test_every_problem_is_listed_with_its_place_and_nothing_is_written(engine, fixture_ids):
    data = workbook_bytes(
        {
            "问题清单": [
                [*FINDING_HEADERS, "交办日期"],
                finding_row(20, lead="县发改委"),
                finding_row(21, region="保清县"),
                finding_row(22, deadline="明年上半年"),
                finding_row(23, registered="2024-02-30"),
                finding_row(24),
                finding_row(24),
                finding_row(25, title=None),
                finding_row(26, batch="t-x"),
            ]
        }
    )
    before = snapshot(engine)
    plan = preview_import(engine, data=data, filename="有错.xlsx", today=TODAY)
    problems = {(p.row, p.column): p.message for p in plan.problems}
    assert all(p.file == "有错.xlsx" and p.sheet == "问题清单" for p in plan.problems)
    assert problems[(2, "H列（牵头单位）")].startswith("未知单位“县发改委”")
    assert "最接近的有：县发改局" in problems[(2, "H列（牵头单位）")]
    assert problems[(3, "F列（整改地区）")].startswith("未知地区“保清县”。最接近的有：保靖县")
    assert "既不是日期，也不是 立行立改 / 持续推进 / 长期坚持" in problems[(4, "G列（整改时限）")]
    assert "“2024-02-30”无法识别" in problems[(5, "I列（交办日期）")]
    assert problems[(7, None)] == "与第6行重复（批次编号+问题序号相同）。"
    assert problems[(8, "C列（问题名称）")] == "缺少必填内容。"
    assert problems[(9, "A列（批次编号）")].startswith("未知批次编号“t-x”。最接近的有：")
    assert len(plan.problems) == 7
    assert plan.problems[0].text() == (
        "文件“有错.xlsx”，工作表“问题清单”，第2行，H列（牵头单位）：" + problems[(2, "H列（牵头单位）")]
    )
    with pytest.raises(ImportRejected) as rejected:
        apply_import(engine, data=data, filename="有错.xlsx", actor="", today=TODAY)
    assert "发现 7 处问题" in str(rejected.value)
    assert snapshot(engine) == before


def test_formula_like_text_is_exported_as_text_and_comes_back_unchanged(engine, fixture_ids):
    texts = {
        "title": '=HYPERLINK("http://example.invalid","点我")',
        "problem": "-5℃以下停工",
        "notes": "@SUM(A1)",
        "target": "'=已转义的文字",
        "section": "+86 电话",
    }
    with write_session(engine) as session, session.begin():
        session.execute(update(Finding).where(Finding.id == fixture_ids["A1"]).values(**texts))
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    sheet = load_workbook(io.BytesIO(data))["问题清单"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == 1 and r[0].value == "t-a")
    title = row[4]
    assert (title.value, title.data_type, title.quotePrefix) == (texts["title"], "s", True)
    assert all(cell.data_type != "f" for r in sheet.iter_rows() for cell in r)
    plan = preview_import(engine, data=data, filename="x.xlsx", today=TODAY)
    assert plan.ok and not plan.has_changes
    # a cell escaped the CSV way (a leading apostrophe) is read without it
    escaped = workbook_bytes({"问题清单": [[*FINDING_HEADERS, "备注"], finding_row(1, notes="'@SUM(A1)")]})
    plan = preview_import(engine, data=escaped, filename="y.xlsx", today=TODAY)
    assert "备注" not in set(plan.changes_frame()["字段"])


def csv_text() -> str:
    header = ",".join([*FINDING_HEADERS, "整改状态"])
    return f"{header}\nt-a,30,污水直排,城区污水直排问题,水环境,保靖县,立行立改；2027-12-31,县住建局,推进中\n"


def test_csv_in_gbk_and_in_utf8_import_the_same(engine, fixture_ids):
    gbk = csv_text().encode("gbk")
    plan = preview_import(engine, data=gbk, filename="问题清单.csv", today=TODAY)
    assert plan.ok, [p.text() for p in plan.problems]
    assert counts(plan) == {"问题清单（按表头识别为“问题清单”）": (1, 0, 0)}
    apply_import(engine, data=gbk, filename="问题清单.csv", actor="", today=TODAY)
    with Session(engine) as session:
        finding = session.scalar(select(Finding).where(Finding.title == "污水直排"))
        assert (finding.status, finding.next_due_date, finding.has_rolling_deadline) == (
            "in_progress",
            date(2027, 12, 31),
            True,
        )
    utf8 = csv_text().encode("utf-8-sig")
    assert not preview_import(engine, data=utf8, filename="导出.csv", today=TODAY).has_changes


def test_report_rows_are_checked(engine, fixture_ids):
    data = workbook_bytes(
        {
            "月度调度": [
                ["批次编号*", "问题序号*", "调度月份*", "整改状态*", "进度（%）", "报送日期*"],
                ["t-a", 1, "2026年10月", "推进中", 150, date(2026, 10, 20)],
                ["t-a", 99, "2026-10", "推进中", 50, date(2026, 10, 20)],
                ["t-a", 2, "2026-11", "推进中", 50, date(2026, 12, 20)],
                ["t-a", 3, "2026-11", "推进中", 50, "2026/11/20"],
            ]
        }
    )
    plan = preview_import(engine, data=data, filename="月报.xlsx", today=TODAY)
    messages = {p.row: p.message for p in plan.problems}
    assert messages == {
        2: "进度 150% 应在 0 到 100 之间。",
        3: "问题“t-a 第99号”不存在（系统和本文件的问题清单中都没有）。",
        4: "报送日期 2026-12-20 晚于今天。",
    }
    with Session(engine) as session:
        assert (
            session.scalar(select(ProgressReport).where(ProgressReport.finding_id == fixture_ids["A3"]))
            is None
        )


# --- the page (AppTest) ------------------------------------------------------------------------

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def open_ledger_page() -> AppTest:
    at = new_app()
    sign_in(at, "office")
    at.run()
    at.switch_page("pages/ledger.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_ledger_page_previews_and_imports_an_upload(app_env, engine):
    at = open_ledger_page()
    assert at.title[0].value == "台账导入导出"
    assert [b.label for b in at.get("download_button")] == ["下载台账模板", "导出当前台账"]
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    row = find_row(data, "问题清单", 问题名称="测试问题A2")
    edited = edit_workbook(data, "问题清单", {(row, "整改状态"): "已完成待销号"})
    at.file_uploader(key="ledger_upload_0").set_value(("修改后的台账.xlsx", edited, XLSX)).run()
    assert not at.exception, [e.value for e in at.exception]
    assert {m.label: m.value for m in at.metric} == {"将新增": "0 行", "将修改": "1 行", "保持不变": "33 行"}
    changes = at.dataframe[1].value
    assert changes.iloc[0][["对象", "字段", "原值", "新值"]].tolist() == [
        "t-a 问题2",
        "整改状态",
        "推进中",
        "已完成待销号",
    ]
    at.button(key="ledger_confirm").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "已导入“修改后的台账.xlsx”：问题清单新增0、修改1。"
    with Session(engine) as session:
        assert session.get(Finding, app_env["A2"]).status == "completed"


def test_the_page_template_follows_the_signed_in_users_region(app_env, media_files):
    seen = {}
    for role, region in (("county_editor", "433125"), ("office", None)):
        at = new_app()
        sign_in(at, role, region)
        at.run()
        at.switch_page("pages/ledger.py").run()
        assert not at.exception, [e.value for e in at.exception]
        button = next(b for b in at.get("download_button") if b.label == "下载台账模板")
        seen[role] = workbook_names(media_files.download(button))
    # 保靖's batch and units for the county; 湘潭's too for the office (not the county's cached file)
    assert {"t-a", "保靖县", "县发改局", "县住建局"} <= seen["county_editor"]
    assert {"t-b", "湘潭市", "市环保局", "市农委"} & seen["county_editor"] == set()
    assert {"t-a", "t-b", "湘潭市", "市环保局", "市农委"} <= seen["office"]


def test_ledger_page_lists_the_problems_of_a_bad_file(app_env, engine):
    at = open_ledger_page()
    bad = workbook_bytes(
        {"问题清单": [FINDING_HEADERS, finding_row(30, lead="县发改委"), finding_row(31, deadline="下月")]}
    )
    before = snapshot(engine)
    at.file_uploader(key="ledger_upload_0").set_value(("有错.xlsx", bad, XLSX)).run()
    assert not at.exception, [e.value for e in at.exception]
    message = at.error[0].value
    assert message.startswith("发现 2 处问题，整个文件未导入，数据库未改动。请按下表修改后重新上传。")
    assert "工作表“问题清单”，第2行，H列（牵头单位）：未知单位“县发改委”" in message
    assert "最接近的有：县发改局" in message
    problems = at.dataframe[0].value
    assert problems["行"].tolist() == [2, 3]
    assert problems["列"].tolist() == ["H列（牵头单位）", "G列（整改时限）"]
    assert not at.get("button") or all(b.key != "ledger_confirm" for b in at.button)
    at.file_uploader(key="ledger_upload_0").set_value(("空.xlsx", b"", XLSX)).run()
    assert at.dataframe[0].value["问题"].tolist() == ["文件为空（0 字节），请选择填写好的台账文件。"]
    assert snapshot(engine) == before
