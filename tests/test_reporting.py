"""Monthly reports, closure records and reopening: the optimistic lock and the audit trail."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from data_access import reporting as report_forms
from data_access.access import command_line
from data_access.audit_queries import finding_audit_trail
from data_access.commands.reporting import (
    ClosureForm,
    ConcurrentEditError,
    MonthlyReport,
    ReportingError,
    reopen_finding,
    save_closure_record,
    save_monthly_report,
)
from data_access.commands.session import write_session
from data_access.metrics import FindingFilters
from data_access.models import AuditEntry, ClosureRecord, Finding, ProgressReport, StatusEvent
from data_access.overview import kpi_summary
from data_access.reporting import closure_form_defaults
from tests.app_helper import new_app
from tests.fixture_data import TODAY
from tests.users_helper import sign_in


def version_of(engine, finding_id: int) -> int:
    with Session(engine) as session:
        return session.get(Finding, finding_id).version


def october(**changes) -> MonthlyReport:
    values = {
        "period": date(2026, 10, 1),
        "status": "in_progress",
        "reported_on": date(2026, 10, 27),
        "progress_pct": 60.0,
        "narrative": "完成排查",
        "problems": "资金不足",
        "next_steps": "下月完成整治",
        "reporter": "李四",
    }
    values.update(changes)
    return MonthlyReport(**values)


def test_monthly_report_is_saved_with_an_audit_entry(engine, fixture_ids):
    a1 = fixture_ids["A1"]
    version = version_of(engine, a1)
    result = save_monthly_report(
        engine, finding_id=a1, version=version, report=october(), user=command_line("张三"), today=TODAY
    )
    assert result.version == version + 1
    assert result.status == "in_progress"
    with Session(engine) as session:
        report = session.scalar(select(ProgressReport).where(ProgressReport.finding_id == a1))
        assert (report.period, report.progress_pct, report.narrative) == (date(2026, 10, 1), 60.0, "完成排查")
        assert session.get(Finding, a1).last_report_period == date(2026, 10, 1)
    trail = finding_audit_trail(engine, finding_id=a1)
    assert len(trail) == 1
    entry = trail.iloc[0]
    assert (entry["actor"], entry["action_label"], entry["entity_label"]) == ("张三", "月度调度", "月度调度")
    assert entry["before"] == {}
    assert entry["after"]["progress_pct"] == 60.0
    assert entry["after"]["period"] == "2026-10-01"
    # A correction keeps what was there before.
    save_monthly_report(
        engine,
        finding_id=a1,
        version=result.version,
        report=october(progress_pct=70.0, narrative="完成排查和方案"),
        user=command_line("王五"),
        today=TODAY,
    )
    trail = finding_audit_trail(engine, finding_id=a1)
    latest = trail.iloc[0]
    assert latest["actor"] == "王五"
    assert (latest["before"]["progress_pct"], latest["after"]["progress_pct"]) == (60.0, 70.0)
    assert "进度（%）：60 → 70" in latest["changes"]
    assert "工作进展：完成排查 → 完成排查和方案" in latest["changes"]
    with Session(engine) as session:
        assert (
            session.scalar(
                select(func.count()).select_from(ProgressReport).where(ProgressReport.finding_id == a1)
            )
            == 1
        )


def test_the_second_of_two_concurrent_saves_is_refused(engine, fixture_ids):
    a1 = fixture_ids["A1"]
    read_by_both = version_of(engine, a1)
    save_monthly_report(
        engine, finding_id=a1, version=read_by_both, report=october(), user=command_line("张三"), today=TODAY
    )
    with pytest.raises(ConcurrentEditError) as refused:
        save_monthly_report(
            engine,
            finding_id=a1,
            version=read_by_both,
            report=october(progress_pct=10.0, narrative="覆盖"),
            user=command_line("李四"),
            today=TODAY,
        )
    message = str(refused.value)
    assert "已被“张三”于" in message
    assert f"第{read_by_both}版" in message and f"第{read_by_both + 1}版" in message
    with Session(engine) as session:
        report = session.scalar(select(ProgressReport).where(ProgressReport.finding_id == a1))
        assert report.narrative == "完成排查"  # the first save stands
        assert session.get(Finding, a1).version == read_by_both + 1
        assert (
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.finding_id == a1))
            == 1
        )


def test_concurrent_saves_in_two_threads_one_wins(engine, fixture_ids):
    a4 = fixture_ids["A4"]
    version = version_of(engine, a4)
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(actor: str) -> None:
        barrier.wait()
        try:
            save_monthly_report(
                engine,
                finding_id=a4,
                version=version,
                report=october(narrative=f"{actor}的报送"),
                user=command_line(actor),
                today=TODAY,
            )
            outcomes[actor] = "saved"
        except ConcurrentEditError:
            outcomes[actor] = "refused"

    threads = [threading.Thread(target=save, args=(name,)) for name in ("甲", "乙")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "saved")
    with Session(engine) as session:
        report = session.scalar(select(ProgressReport).where(ProgressReport.finding_id == a4))
        assert report.narrative == f"{winner}的报送"
        assert session.get(Finding, a4).version == version + 1


def test_reporting_completion_completes_the_finding(engine, fixture_ids):
    a2 = fixture_ids["A2"]  # one day overdue
    before = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    result = save_monthly_report(
        engine,
        finding_id=a2,
        version=version_of(engine, a2),
        report=october(status="completed", progress_pct=100.0, period=date(2026, 11, 1), reported_on=TODAY),
        user=command_line("张三"),
        today=TODAY,
    )
    assert result.status == "completed"
    assert "由“推进中”变为“已完成待销号”" in result.note
    after = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert (before["done"], after["done"]) == (2, 3)
    assert (before["overdue"], after["overdue"]) == (2, 1)
    with Session(engine) as session:
        event = session.scalars(
            select(StatusEvent).where(StatusEvent.finding_id == a2).order_by(StatusEvent.id.desc())
        ).first()
        assert (event.from_status, event.to_status, event.source, event.actor) == (
            "in_progress",
            "completed",
            "report",
            "张三",
        )
        assert session.get(Finding, a2).completed_on == TODAY
    trail = finding_audit_trail(engine, finding_id=a2)
    status_entry = trail[trail["entity"] == "findings"].iloc[0]
    assert status_entry["changes"] == "整改状态：推进中 → 已完成待销号"


def test_report_validation_messages(engine, fixture_ids):
    a1 = fixture_ids["A1"]
    version = version_of(engine, a1)
    cases = {
        "不能报送未来月份": october(period=date(2026, 12, 1)),
        "进度应在 0% 到 100% 之间": october(progress_pct=120.0),
        "报送日期不能晚于今天": october(reported_on=date(2026, 12, 1)),
        "进度应为 100%": october(status="completed", progress_pct=90.0),
        "请至少填写": october(narrative=" ", problems=None, next_steps=""),
    }
    for message, report in cases.items():
        with pytest.raises(ReportingError, match=message):
            save_monthly_report(
                engine, finding_id=a1, version=version, report=report, user=command_line(""), today=TODAY
            )
    assert version_of(engine, a1) == version  # nothing was written


def test_closed_findings_take_no_monthly_report(engine, fixture_ids):
    b2 = fixture_ids["B2"]
    version = version_of(engine, b2)
    with pytest.raises(ReportingError, match="已销号"):
        save_monthly_report(
            engine, finding_id=b2, version=version, report=october(), user=command_line(""), today=TODAY
        )
    assert version_of(engine, b2) == version


def seed_form(**changes) -> ClosureForm:
    """The closure form of seed 000, signed off."""
    values = {
        "implementing_body": "零陵区人民政府",
        "applied_on": date(2026, 10, 12),
        "problem": "土壤环境质量方面，矿区周边耕地土壤重金属污染问题比较突出",
        "target": "腾退工业地块风险可控",
        "deadline_text": "持续推进",
        "completion_narrative": "1.深入开展农用地土壤镉等重金属污染源头防治行动",
        "county_head_opinion": "同意申请验收销号",
        "county_head_signer": "区长",
        "county_head_signed_on": date(2026, 10, 12),
        "acceptance_opinion": "经现场核查，同意销号",
        "acceptance_signer": "验收组组长",
        "acceptance_signed_on": date(2026, 10, 30),
        "notice_place": "区政府门户网站",
        "notice_start": date(2026, 11, 1),
        "notice_end": date(2026, 11, 7),
        "notice_objections": "公示期内未收到异议",
        "city_lead_opinion": "同意销号",
        "city_lead_signer": "市生态环境局",
        "city_lead_signed_on": date(2026, 11, 9),
        "filing_opinion": "予以备案",
        "filing_signer": "市整改办",
        "filing_signed_on": date(2026, 11, 10),
        "report_title": "关于问题整改完成情况的报告",
        "report_addressee": "市生态环境局",
        "report_body": "1.高度重视，成立领导小组。",
        "report_result": "整改目标已经实现，符合销号标准。",
        "facts": (("优先监管地块", 19.0, "个"), ("关停企业", 48.0, "家")),
    }
    values.update(changes)
    return ClosureForm(**values)


def test_closure_record_closes_the_finding_on_the_last_sign_off(engine, fixture_ids):
    b1 = fixture_ids["B1"]  # completed, awaiting acceptance
    result = save_closure_record(
        engine,
        finding_id=b1,
        version=version_of(engine, b1),
        form=seed_form(),
        user=command_line("市整改办"),
        today=TODAY,
    )
    assert result.status == "closed"
    with Session(engine) as session:
        finding = session.get(Finding, b1)
        assert finding.closed_on == date(2026, 11, 10)
        record = session.scalar(select(ClosureRecord).where(ClosureRecord.finding_id == b1))
        assert (record.notice_place, record.notice_end, record.filing_signer) == (
            "区政府门户网站",
            date(2026, 11, 7),
            "市整改办",
        )
    defaults = closure_form_defaults(engine, finding_id=b1)
    assert defaults["facts"] == [
        {"label": "优先监管地块", "value": 19.0, "unit": "个"},
        {"label": "关停企业", "value": 48.0, "unit": "家"},
    ]
    kpi = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert kpi["closed"] == 2
    trail = finding_audit_trail(engine, finding_id=b1)
    assert list(trail["action"]) == ["close", "close"]
    form_entry = trail[trail["entity"] == "closure_records"].iloc[0]
    assert form_entry["after"]["acceptance_signer"] == "验收组组长"
    assert "公示地点：区政府门户网站" in form_entry["changes"]


def test_closure_waits_for_the_end_of_the_public_notice(engine, fixture_ids):
    a3 = fixture_ids["A3"]  # in progress
    form = seed_form(
        acceptance_signed_on=date(2026, 11, 20),
        notice_start=date(2026, 11, 21),
        notice_end=date(2026, 11, 27),
        city_lead_signed_on=None,
        filing_signed_on=None,
    )
    result = save_closure_record(
        engine, finding_id=a3, version=version_of(engine, a3), form=form, user=command_line(""), today=TODAY
    )
    assert result.status == "completed"  # applied: done, not yet closed
    assert "公示期至2026年11月27日" in result.note
    with pytest.raises(ReportingError, match="请填写申请时间"):
        save_closure_record(
            engine,
            finding_id=a3,
            version=result.version,
            form=seed_form(applied_on=None),
            user=command_line(""),
            today=TODAY,
        )


def test_reopening_makes_the_finding_open_again(engine, fixture_ids):
    b2 = fixture_ids["B2"]  # closed 2025-03-01
    before = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    result = reopen_finding(
        engine,
        finding_id=b2,
        version=version_of(engine, b2),
        reopened_on=date(2026, 11, 20),
        reason="回头看发现污水直排反弹",
        new_due_date=date(2027, 3, 31),
        user=command_line("督察组"),
        today=TODAY,
    )
    assert result.status == "reopened"
    after = kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert (before["open"], after["open"]) == (9, 10)
    assert (before["closed"], after["closed"]) == (1, 0)
    with Session(engine) as session:
        finding = session.get(Finding, b2)
        assert finding.next_due_date == date(2027, 3, 31)
        event = session.scalars(
            select(StatusEvent).where(StatusEvent.finding_id == b2).order_by(StatusEvent.id.desc())
        ).first()
        assert (event.to_status, event.source, event.reason, event.changed_on) == (
            "reopened",
            "recheck",
            "回头看发现污水直排反弹",
            date(2026, 11, 20),
        )
    entry = finding_audit_trail(engine, finding_id=b2).iloc[0]
    assert (entry["action_label"], entry["before"], entry["after"]["status"]) == (
        "重新交办",
        {"status": "closed"},
        "reopened",
    )
    assert "新的整改时限：2027-03-31" in entry["changes"]
    # A reopened finding is worked on again: a progress report keeps it “反弹重办”.
    report = save_monthly_report(
        engine,
        finding_id=b2,
        version=result.version,
        report=october(period=date(2026, 11, 1), reported_on=TODAY),
        user=command_line(""),
        today=TODAY,
    )
    assert report.status == "reopened"
    # and its closure form starts afresh from the finding
    assert closure_form_defaults(engine, finding_id=b2)["implementing_body"] == "湘乡市人民政府"


def test_only_done_findings_can_be_reopened(engine, fixture_ids):
    a1 = fixture_ids["A1"]
    with pytest.raises(ReportingError, match="只有已完成或已销号的问题才能重新交办"):
        reopen_finding(
            engine,
            finding_id=a1,
            version=version_of(engine, a1),
            reopened_on=TODAY,
            reason="复查",
            new_due_date=None,
            user=command_line(""),
            today=TODAY,
        )


def test_lead_unit_findings_for_the_form(engine, fixture_ids):
    units = report_forms.report_units(engine)
    row = units.set_index("name").loc["县住建局"]
    assert (row["findings"], row["open"]) == (3, 3)
    frame = report_forms.unit_findings(engine, unit_id=int(row["unit_id"]), today=TODAY)
    assert list(frame["title"]) == ["测试问题A4", "测试问题A5", "测试问题A6"]
    # The report due on 2026-11-23 is October's: A5 sent it, A6 did not.
    assert dict(zip(frame["title"], frame["reported_due_period"], strict=True)) == {
        "测试问题A4": False,
        "测试问题A5": True,
        "测试问题A6": False,
    }


# --- the page (AppTest) ------------------------------------------------------------------------


def open_report_page(unit: str, finding_key: str, fixture_ids, username: str = "office") -> AppTest:
    at = new_app()
    sign_in(at, "office", username=username)
    at.query_params["finding"] = str(fixture_ids[finding_key])
    at.run()
    at.switch_page("pages/report.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "月度报送"
    assert unit in at.selectbox(key="report_unit").format_func(at.selectbox(key="report_unit").value)
    return at


def fill_report(at: AppTest, finding_id: int, narrative: str) -> None:
    period = f"{TODAY:%Y%m}"
    at.text_area(key=f"rf_narrative_{period}_{finding_id}").input(narrative)
    at.number_input(key=f"rf_progress_{period}_{finding_id}").set_value(40.0)
    at.button(key=f"FormSubmitter:report_form_{finding_id}_{TODAY.replace(day=1)}-保存月度调度").click()


def test_report_page_saves_a_monthly_report(app_env, engine):
    a1 = app_env["A1"]
    at = open_report_page("县发改局", "A1", app_env)
    table = at.dataframe[0].value
    assert list(table["问题"]) == ["测试问题A1", "测试问题A2", "测试问题A3"]
    fill_report(at, a1, "已完成场地排查")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "已保存2026年11月调度。"
    with Session(engine) as session:
        report = session.scalar(select(ProgressReport).where(ProgressReport.finding_id == a1))
        assert (report.period, report.narrative, report.progress_pct) == (
            date(2026, 11, 1),
            "已完成场地排查",
            40.0,
        )
    assert at.dataframe[0].value.set_index("问题").loc["测试问题A1", "最近报送"] == "2026年11月"


def test_report_page_refuses_the_second_of_two_editors(app_env, engine):
    a1 = app_env["A1"]
    first = open_report_page("县发改局", "A1", app_env, username="jia")
    second = open_report_page("县发改局", "A1", app_env, username="yi")
    fill_report(first, a1, "甲填写的进展")
    first.run()
    assert first.success[0].value == "已保存2026年11月调度。"
    fill_report(second, a1, "乙填写的进展")
    second.run()
    assert not second.exception
    # the refusal names who saved first, as signed in
    assert second.error[0].value.startswith("保存失败：您打开表单后，该问题已被“jia测试（jia）”于")
    assert second.button(key=f"reload_{a1}").label == "载入最新内容"
    with Session(engine) as session:
        report = session.scalar(select(ProgressReport).where(ProgressReport.finding_id == a1))
        assert report.narrative == "甲填写的进展"
    # after reloading, the second editor sees the first one's report and can correct it
    second.button(key=f"reload_{a1}").click().run()
    assert second.text_area(key=f"rf_narrative_{TODAY:%Y%m}_{a1}").value == "甲填写的进展"
    fill_report(second, a1, "乙更正后的进展")
    second.run()
    assert second.success[0].value == "已保存2026年11月调度。"


def test_report_page_reopens_a_closed_finding(app_env, engine):
    b2 = app_env["B2"]
    at = open_report_page("市住建局", "B2", app_env)
    at.text_area(key=f"ro_reason_{b2}").input("回头看发现问题反弹")
    at.button(key=f"FormSubmitter:reopen_form_{b2}-重新交办").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "已重新交办，整改状态由“已销号”变为“反弹重办”。"
    with Session(engine) as session:
        assert session.get(Finding, b2).status == "reopened"


def test_report_page_closure_form_has_every_field_of_the_seed_form(app_env, engine):
    b1 = app_env["B1"]
    at = open_report_page("市环保局", "B1", app_env)
    labels = {w.label for w in [*at.text_input, *at.text_area, *at.date_input] if w.key.endswith(f"_{b1}")}
    for label in (
        "整改实施主体",
        "申请时间",
        "披露/指出问题",
        "整改目标",
        "整改时限",
        "整改完成情况",
        "意见",
        "签字",
        "日期",
        "公示地点（网站、媒体或场所）",
        "公示开始",
        "公示结束",
        "公示期内异议及处理情况",
        "报告标题",
        "主送单位",
        "整改落实情况",
        "结论",
    ):
        assert label in labels, label
    assert at.text_input(key=f"cf_implementing_body_{b1}").value == "湘潭市人民政府"
    at.date_input(key=f"cf_applied_on_{b1}").set_value(date(2026, 11, 2))
    at.text_area(key=f"cf_acceptance_opinion_{b1}").input("同意销号")
    at.date_input(key=f"cf_acceptance_signed_on_{b1}").set_value(date(2026, 11, 10))
    at.date_input(key=f"cf_notice_end_{b1}").set_value(date(2026, 11, 17))
    at.button(key=f"FormSubmitter:closure_form_{b1}-保存销号登记表").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "已保存销号登记表。整改状态由“已完成待销号”变为“已销号”。"
    with Session(engine) as session:
        assert session.get(Finding, b1).closed_on == date(2026, 11, 17)


def test_report_page_switches_between_units(app_env, engine):
    at = open_report_page("县发改局", "A1", app_env)
    units = report_forms.report_units(engine).set_index("name")
    at.selectbox(key="report_unit").set_value(int(units.loc["县住建局", "unit_id"])).run()
    assert not at.exception, [e.value for e in at.exception]
    assert list(at.dataframe[0].value["问题"]) == ["测试问题A4", "测试问题A5", "测试问题A6"]
    assert (
        at.selectbox(key="report_finding")
        .format_func(at.selectbox(key="report_finding").value)
        .endswith("测试问题A4（推进中）")
    )


def test_report_limits_refuse_a_huge_narrative_and_an_ancient_month(engine, fixture_ids):
    """Issue 17: a 2 MB narrative and the report month 1900-01 were accepted."""
    a1 = fixture_ids["A1"]
    version = version_of(engine, a1)
    cases = {
        "工作进展过长（2000000字），请精简到5000字以内": october(narrative="很" * 2_000_000),
        "下步计划过长": october(next_steps="x" * 5001),
        "调度月份和报送日期不能早于2000年": october(period=date(1900, 1, 1)),
        "报送人不超过64字": october(reporter="张" * 65),
    }
    for message, report in cases.items():
        with pytest.raises(ReportingError, match=message):
            save_monthly_report(
                engine, finding_id=a1, version=version, report=report, user=command_line(""), today=TODAY
            )
    assert version_of(engine, a1) == version
    save_monthly_report(  # exactly at the limit is fine
        engine,
        finding_id=a1,
        version=version,
        report=october(narrative="很" * 5000),
        user=command_line(""),
        today=TODAY,
    )


def test_report_page_opens_on_a_report_stored_with_a_day_after_today(app_env, engine):
    """Issue 17: a stored report dated after today raised Streamlit's "above max_value"."""
    a1 = app_env["A1"]
    with write_session(engine) as session, session.begin():
        session.add(
            ProgressReport(
                finding_id=a1,
                period=TODAY.replace(day=1),
                status="in_progress",
                narrative="导入时日期有误",
                reported_on=TODAY + timedelta(days=40),
            )
        )
    at = open_report_page("县发改局", "A1", app_env)
    assert not at.exception, [e.value for e in at.exception]
    assert at.text_area(key=f"rf_narrative_{TODAY:%Y%m}_{a1}").value == "导入时日期有误"
    assert at.date_input(key=f"rf_reported_on_{TODAY:%Y%m}_{a1}").value == TODAY
