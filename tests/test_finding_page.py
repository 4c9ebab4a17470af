"""The finding drill-down: deep link, record, closure readiness, search; meeting mode."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from data_access.access import command_line
from data_access.commands.session import write_session
from data_access.finding_detail import closure_readiness, finding_detail, search_findings
from data_access.metrics import FindingFilters
from data_access.models import ClosureRecord
from tests.app_helper import new_app
from tests.fixture_data import TODAY


def add_closures(engine, ids: dict[str, int]) -> None:
    """B2 (closed): a complete record. B1 (completed): applied, notice still running."""
    with write_session(engine) as session, session.begin():
        session.add(
            ClosureRecord(
                finding_id=ids["B2"],
                implementing_body="湘乡市人民政府",
                applied_on=date(2025, 1, 10),
                completion_narrative="已完成加油站地下油罐改造。",
                acceptance_opinion="同意销号。",
                acceptance_signer="张三",
                acceptance_signed_on=date(2025, 2, 20),
                notice_place="湘乡市人民政府网站",
                notice_start=date(2025, 2, 1),
                notice_end=date(2025, 2, 7),
                notice_objections="公示期内未收到异议",
            )
        )
        session.add(
            ClosureRecord(
                finding_id=ids["B1"],
                implementing_body="湘潭市人民政府",
                applied_on=date(2026, 11, 10),
                completion_narrative=None,
                notice_place="湘潭市人民政府网站",
                notice_start=date(2026, 11, 20),
                notice_end=date(2026, 11, 26),
            )
        )


def test_readiness_of_a_ready_finding(engine, fixture_ids):
    add_closures(engine, fixture_ids)
    detail = finding_detail(engine, fixture_ids["B2"])
    checks = closure_readiness(detail, today=TODAY)
    assert all(check.ok for check in checks), checks
    assert [c.label for c in checks] == [
        "整改措施全部完成",
        "整改完成情况报告",
        "公示期满且无异议",
        "验收销号意见",
    ]


def test_readiness_of_a_finding_that_is_not_ready(engine, fixture_ids):
    add_closures(engine, fixture_ids)
    detail = finding_detail(engine, fixture_ids["B1"])
    checks = {c.label: c for c in closure_readiness(detail, today=TODAY)}
    assert not checks["整改措施全部完成"].ok  # its measure is still in progress
    assert checks["整改措施全部完成"].detail == "尚未完成的措施：第1项"
    assert not checks["整改完成情况报告"].ok
    assert not checks["公示期满且无异议"].ok
    assert checks["公示期满且无异议"].detail == "公示期至2026年11月26日，尚未期满"
    assert not checks["验收销号意见"].ok


def test_reopened_finding_needs_a_new_closure(engine, fixture_ids):
    with write_session(engine) as session, session.begin():
        session.add(ClosureRecord(finding_id=fixture_ids["B3"], acceptance_opinion="同意销号。"))
    checks = closure_readiness(finding_detail(engine, fixture_ids["B3"]), today=TODAY)
    assert checks[0].label == "整改状态" and not checks[0].ok


def test_detail_holds_deadlines_history_and_units(engine, fixture_ids):
    detail = finding_detail(engine, fixture_ids["B4"])
    assert detail.lead_units == ["市农委"]
    deadlines = detail.deadlines
    assert len(deadlines) == 3  # original, moved, long-term
    moved = deadlines[deadlines["superseded_on"].notna()]
    assert list(moved["due_date"]) == [date(2026, 1, 31)]
    b3 = finding_detail(engine, fixture_ids["B3"])
    assert list(b3.status_history["to_status"]) == ["in_progress", "completed", "closed", "reopened"]
    assert finding_detail(engine, 999999) is None


def test_search_by_number_keyword_and_hostile_input(engine, fixture_ids):
    found = search_findings(engine, text="测试问题B3", filters=FindingFilters(), today=TODAY)
    assert list(found["finding_id"]) == [fixture_ids["B3"]]
    by_number = search_findings(engine, text="2", filters=FindingFilters(), today=TODAY)
    assert list(by_number["title"]) == ["测试问题A2"]
    for hostile in ("'; DROP TABLE findings; --", "%", "_", "\\", '" OR 1=1 --'):
        assert search_findings(engine, text=hostile, filters=FindingFilters(), today=TODAY).empty
    assert len(search_findings(engine, text="测试问题", filters=FindingFilters(), today=TODAY)) == 11
    assert (
        len(
            search_findings(
                engine, text="测试问题", filters=FindingFilters(region_code="433125"), today=TODAY
            )
        )
        == 6
    )


def open_finding(finding_id) -> AppTest:
    at = new_app()
    at.query_params["finding"] = str(finding_id)
    at.run()
    at.switch_page("pages/finding.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_deep_link_opens_the_finding(app_env):
    add_closures_via_env(app_env)
    at = open_finding(app_env["B1"])
    assert at.header[0].value == "测试批次乙 · 问题B1：测试问题B1"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["整改状态"] == "已完成待销号"
    assert metrics["地区"] == "湘潭市"
    markdown = [m.value for m in at.markdown]
    assert "**牵头单位**：市环保局" in markdown
    assert "**配合单位**：市住建局" in markdown
    assert "❌ **公示期满且无异议**：公示期至2026年11月26日，尚未期满" in markdown
    assert "**督办领导**：测试领导" in markdown


def test_a_ready_finding_shows_all_checks_passed(app_env):
    add_closures_via_env(app_env)
    at = open_finding(app_env["B2"])
    ticks = [m.value for m in at.markdown if m.value.startswith(("✅", "❌"))]
    assert len(ticks) == 4 and all(t.startswith("✅") for t in ticks)


def test_bad_or_unknown_links_say_so(app_env):
    assert "无效" in open_finding("abc").error[0].value
    assert "没有编号为 424242 的问题" in open_finding(424242).error[0].value


def test_search_box_lists_matches_with_links(app_env):
    at = new_app()
    at.run()
    at.switch_page("pages/finding.py").run()
    at.text_input(key="finding_search").input("测试问题A").run()
    hits = at.dataframe[0].value
    assert list(hits["问题"]) == [f"测试问题A{i}" for i in range(1, 7)]
    assert hits.iloc[0]["详情"] == f"finding?finding={app_env['A1']}"


def test_meeting_mode_hides_details_and_enlarges(app_env):
    at = new_app()
    at.query_params["meeting"] = "true"
    at.run()
    assert not at.exception
    assert at.button(key="leave_meeting")  # the way out, since the sidebar is hidden
    assert {m.label: m.value for m in at.metric}["完成率"] == "18.2%"
    assert len(at.dataframe) == 0  # no detail tables on the projected overview
    at.switch_page("pages/overdue.py").run()
    assert len(at.dataframe) == 1  # only the scoreboard
    assert list(at.dataframe[0].value["牵头单位"])[:2] == ["县发改局", "市环保局"]
    at.button(key="leave_meeting").click().run()
    assert len(at.dataframe) == 2


def add_closures_via_env(ids):
    import os

    from data_access.db import get_engine

    add_closures(get_engine(os.environ["DATABASE_URL"]), ids)


def test_drill_down_shows_the_audit_trail_and_new_report_at_once(app_env):
    """A report saved through the form's function shows in the drill-down on the next run."""
    import os

    from data_access.commands.reporting import MonthlyReport, save_monthly_report
    from data_access.db import get_engine

    engine = get_engine(os.environ["DATABASE_URL"])
    at = open_finding(app_env["A5"])
    assert not any(df.value.columns.tolist()[:2] == ["时间", "操作人"] for df in at.dataframe)
    version = finding_detail(engine, app_env["A5"]).version
    save_monthly_report(
        engine,
        finding_id=app_env["A5"],
        version=version,
        report=MonthlyReport(
            period=date(2026, 11, 1),
            status="completed",
            progress_pct=100.0,
            narrative="已完成全部整改任务。",
            problems=None,
            next_steps=None,
            reporter="李四",
            reported_on=TODAY,
        ),
        user=command_line("县住建局 李四"),
        today=TODAY,
    )
    at.run()  # same session, caches not cleared: the data version changed
    assert {m.label: m.value for m in at.metric}["整改状态"] == "已完成待销号"
    trail = next(df.value for df in at.dataframe if df.value.columns.tolist()[:2] == ["时间", "操作人"])
    assert "县住建局 李四" in set(trail["操作人"])
    assert any("已完成待销号" in text for text in trail["修改内容"])


def test_typed_text_shows_as_written_not_as_markdown(app_env):
    """A title or problem holding Markdown, a link or a formula is shown as typed: Streamlit
    would otherwise draw a link, bold text or a formula from an imported document."""
    import os

    from sqlalchemy import update

    from data_access.db import get_engine
    from data_access.models import Finding

    engine = get_engine(os.environ["DATABASE_URL"])
    with write_session(engine) as session, session.begin():
        session.execute(
            update(Finding)
            .where(Finding.id == app_env["B1"])
            .values(title="**尾矿库**#1", problem="见[通知](javascript:alert(1))，投资$5$万元。")
        )
    at = open_finding(app_env["B1"])
    assert at.header[0].value == r"测试批次乙 · 问题B1：\*\*尾矿库\*\*\#1"
    markdown = [m.value for m in at.markdown]
    assert r"见\[通知\]\(javascript:alert\(1\)\)，投资\$5\$万元。" in markdown
