"""Users, roles and region scope (issue 7), on the hand-made fixture (tests/fixture_data.py).

The county user is 保靖县 (433125): findings A1–A6, lead units 县发改局 and 县住建局, map
sites S1–S3. Everything else (B1–B5, 湘潭市 and its counties) must stay invisible to them.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from core.vocabulary import SITE_TYPES
from data_access import overdue, overview, reference, sites, users
from data_access import reporting as report_forms
from data_access.access import (
    EDIT,
    EXPORT,
    IMPORT,
    MANAGE_USERS,
    VIEW,
    AccessDenied,
    Viewer,
    command_line,
    scoped,
    visitor,
)
from data_access.commands import reporting
from data_access.commands.plan_import import import_plan
from data_access.dispatch import monthly_dispatch
from data_access.finding_detail import finding_detail, search_findings
from data_access.ledger import export_ledger
from data_access.metrics import FindingFilters
from data_access.models import AuditEntry, ProgressReport, SignInThrottle
from intake.plan_parser import parse_plan_text
from tests.app_helper import new_app, run_app
from tests.fixture_data import TODAY
from tests.map_fixture import add_sites
from tests.users_helper import PASSWORD, make_user, sign_in

BAOJING, XIANGTAN = "433125", "430300"
A_TITLES = {f"测试问题A{i}" for i in range(1, 7)}


def county_viewer(engine) -> Viewer:
    user_id = make_user(engine, "baojing", "county_editor", BAOJING)
    return users.active_viewer(engine, user_id)


def county_filters(engine, **kwargs) -> FindingFilters:
    return scoped(FindingFilters(**kwargs), county_viewer(engine))


# --- roles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("leader", {VIEW}),
        ("analyst", {VIEW, EXPORT}),
        ("county_editor", {VIEW, EXPORT, EDIT}),
        ("office", {VIEW, EXPORT, EDIT, IMPORT, MANAGE_USERS}),
        ("visitor", {VIEW, EXPORT}),
    ],
)
def test_what_each_role_may_do(role, allowed):
    viewer = Viewer(username="x", display_name="x", role=role, user_id=None if role == "visitor" else 1)
    assert {p for p in (VIEW, EXPORT, EDIT, IMPORT, MANAGE_USERS) if viewer.can(p)} == allowed


# --- sign-in ------------------------------------------------------------------------------


def test_sign_in_with_the_right_password(engine, fixture_ids):
    make_user(engine, "zhang", "county_editor", BAOJING)
    result = users.sign_in(engine, username=" Zhang ", password=PASSWORD)
    assert result.viewer is not None
    assert (result.viewer.username, result.viewer.role, result.viewer.region_code) == (
        "zhang",
        "county_editor",
        BAOJING,
    )
    assert result.viewer.region_name == "保靖县"


def test_wrong_password_and_unknown_user_get_the_same_answer(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    wrong = users.sign_in(engine, username="zhang", password="not-the-password")
    unknown = users.sign_in(engine, username="nobody", password="not-the-password")
    assert wrong.viewer is None and unknown.viewer is None
    assert wrong.message == unknown.message == "用户名或密码不正确。"


def test_failed_sign_ins_lock_the_name_whether_or_not_it_exists(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    now = datetime(2026, 11, 23, 9, 0)
    for name in ("zhang", "nobody"):
        for attempt in range(users.MAX_FAILURES):
            result = users.sign_in(
                engine, username=name, password="wrong", now=now + timedelta(seconds=attempt)
            )
            assert result.message == "用户名或密码不正确。"
        locked = users.sign_in(engine, username=name, password=PASSWORD, now=now + timedelta(minutes=1))
        assert locked.viewer is None
        assert locked.message == "登录失败次数过多，请 14 分钟后再试。"
    # once the lock has run out, the right password works again
    later = users.sign_in(engine, username="zhang", password=PASSWORD, now=now + timedelta(minutes=16))
    assert later.viewer is not None
    with Session(engine) as session:
        assert session.get(SignInThrottle, "zhang") is None  # reset by the success
        assert session.get(SignInThrottle, "nobody").failures == users.MAX_FAILURES


def test_failures_spread_over_time_do_not_lock(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    start = datetime(2026, 11, 23, 9, 0)
    for attempt in range(2 * users.MAX_FAILURES):
        users.sign_in(engine, username="zhang", password="wrong", now=start + attempt * timedelta(minutes=4))
    ok = users.sign_in(engine, username="zhang", password=PASSWORD, now=start + timedelta(minutes=41))
    assert ok.viewer is not None


def test_a_disabled_user_cannot_sign_in_and_loses_the_session(engine, fixture_ids):
    user_id = make_user(engine, "zhang", "office")
    assert users.active_viewer(engine, user_id) is not None
    users.set_active(engine, admin=command_line(), username="zhang", active=False)
    assert users.active_viewer(engine, user_id) is None
    assert users.sign_in(engine, username="zhang", password=PASSWORD).message == "用户名或密码不正确。"


def test_reset_password_lifts_a_lock(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    for _ in range(users.MAX_FAILURES):
        users.sign_in(engine, username="zhang", password="wrong")
    users.reset_password(engine, admin=command_line(), username="zhang", password="brand-new-pass")
    assert users.sign_in(engine, username="zhang", password="brand-new-pass").viewer is not None
    assert users.sign_in(engine, username="zhang", password=PASSWORD).viewer is None


def test_passwords_are_stored_as_argon2_hashes(engine, fixture_ids):
    make_user(engine, "zhang", "office")
    with engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT password_hash FROM users WHERE username = 'zhang'"
        ).scalar()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_user_administration_rules(engine, fixture_ids):
    city_office = users.active_viewer(engine, make_user(engine, "xt", "office", XIANGTAN))
    with pytest.raises(users.UserError, match="县级填报员必须指定"):
        users.add_user(
            engine,
            admin=command_line(),
            username="a",
            display_name="a",
            role="county_editor",
            region_code=None,
            password=PASSWORD,
        )
    with pytest.raises(users.UserError, match="密码至少 8 位"):
        users.add_user(
            engine,
            admin=command_line(),
            username="a",
            display_name="a",
            role="office",
            region_code=None,
            password="short",
        )
    # a city office manages its own counties, not another county and not the whole country
    users.add_user(
        engine,
        admin=city_office,
        username="xtx",
        display_name="湘潭县填报员",
        role="county_editor",
        region_code="430321",
        password=PASSWORD,
    )
    for region in (BAOJING, None):
        with pytest.raises(AccessDenied, match="只能管理本地区（湘潭市）的用户"):
            users.add_user(
                engine,
                admin=city_office,
                username="bj2",
                display_name="x",
                role="leader",
                region_code=region,
                password=PASSWORD,
            )
    assert set(users.list_users(engine, admin=city_office)["username"]) == {"xt", "xtx"}
    leader = users.active_viewer(engine, make_user(engine, "ld", "leader"))
    with pytest.raises(AccessDenied, match="无权管理用户"):
        users.list_users(engine, admin=leader)


def test_users_command_line(engine, fixture_ids, database_url, monkeypatch, capsys):
    import manage

    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setattr("sys.stdin", io.StringIO("cli-password-1\n"))
    assert (
        manage.main(
            ["users", "add", "Wang", "--role", "county_editor", "--region", "保靖县", "--name", "王五"]
        )
        == 0
    )
    assert "已创建用户 wang（县级填报员）" in capsys.readouterr().out
    assert users.sign_in(engine, username="wang", password="cli-password-1").viewer.region_code == BAOJING
    assert manage.main(["users", "list"]) == 0
    assert "wang\t王五\t县级填报员\t保靖县" in capsys.readouterr().out
    assert manage.main(["users", "disable", "wang"]) == 0
    assert users.sign_in(engine, username="wang", password="cli-password-1").viewer is None
    assert manage.main(["users", "enable", "wang"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("another-pass-2\n"))
    assert manage.main(["users", "reset-password", "wang"]) == 0
    assert users.sign_in(engine, username="wang", password="another-pass-2").viewer is not None
    assert manage.main(["users", "add", "li", "--role", "county_editor"]) == 1
    assert "县级填报员必须指定所属县" in capsys.readouterr().err
    with Session(engine) as session:
        actions = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "users")).all()
    assert "停用用户 wang" in actions and "重置用户 wang 的密码" in actions


# --- a county user sees only their county ---------------------------------------------------


def test_county_totals_equal_the_county_alone(engine, fixture_ids):
    kpi = overview.kpi_summary(engine, filters=county_filters(engine), today=TODAY)
    assert (kpi["total"], kpi["overdue"], kpi["due_soon"], kpi["late_report"]) == (6, 1, 2, 1)
    everything = overview.kpi_summary(engine, filters=FindingFilters(), today=TODAY)
    assert everything["total"] == 11
    by_region = overview.completion_by_region(engine, filters=county_filters(engine), today=TODAY)
    assert by_region["total"].sum() == 6
    assert list(
        overview.completion_by_batch(engine, filters=county_filters(engine), today=TODAY)["batch_code"]
    ) == ["t-a"]


def test_another_region_in_the_filters_shows_nothing(engine, fixture_ids):
    # what a tampered ?region=湘潭市 would ask for: both limits apply, so nothing is left
    tampered = county_filters(engine, region_code=XIANGTAN)
    assert overview.kpi_summary(engine, filters=tampered, today=TODAY)["total"] == 0
    assert overdue.overdue_findings(engine, filters=tampered, today=TODAY).empty
    assert overdue.unit_scoreboard(engine, filters=tampered, today=TODAY).empty


def test_county_lists_and_options(engine, fixture_ids):
    filters = county_filters(engine)
    assert list(overdue.overdue_findings(engine, filters=filters, today=TODAY)["title"]) == ["测试问题A2"]
    board = overdue.unit_scoreboard(engine, filters=filters, today=TODAY)
    assert set(board["unit_name"]) == {"县发改局", "县住建局"}
    assert list(reference.regions(engine, scope_code=BAOJING)["code"]) == [BAOJING]
    assert list(reference.batches(engine, scope_code=BAOJING)["code"]) == ["t-a"]
    assert set(reference.lead_units(engine, scope_code=BAOJING)["name"]) == {"县发改局", "县住建局"}
    city = set(reference.regions(engine, scope_code=XIANGTAN)["code"])
    assert city == {XIANGTAN, "430302", "430304", "430321", "430381", "430382"}


def test_finding_by_id_outside_the_county_is_not_found(engine, fixture_ids):
    assert finding_detail(engine, fixture_ids["B1"], scope_code=BAOJING) is None
    assert finding_detail(engine, fixture_ids["A1"], scope_code=BAOJING).title == "测试问题A1"
    assert report_forms.finding_summary(engine, finding_id=fixture_ids["B1"], scope_code=BAOJING) is None
    assert report_forms.closure_form_defaults(engine, finding_id=fixture_ids["B1"], scope_code=BAOJING) == {}
    units = report_forms.report_units(engine, scope_code=BAOJING)
    assert set(units["name"]) == {"县发改局", "县住建局"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("测试问题", A_TITLES),
        ("2", {"测试问题A2"}),  # B2 has number 8: numbers match the number, not the text
        ("%", set()),
        ("_", set()),
        ("' OR 1=1 --", set()),
        ('"; DROP TABLE findings; --', set()),
        ("测试问题B1", set()),
    ],
)
def test_search_stays_in_the_county_and_is_safe(engine, fixture_ids, text, expected):
    hits = search_findings(engine, text=text, filters=county_filters(engine), today=TODAY)
    assert set(hits["title"]) == expected
    assert overview.kpi_summary(engine, filters=FindingFilters(), today=TODAY)["total"] == 11  # still there


def test_county_map_shows_only_county_sites(engine, fixture_ids):
    add_sites(engine, fixture_ids)
    result = sites.site_map(engine, filters=county_filters(engine), today=TODAY, site_types=SITE_TYPES)
    assert {name.removeprefix("测试点位") for name in result.points["name"]} == {"S1", "S2", "S3"}
    regions = sites.region_completion(engine, filters=county_filters(engine), today=TODAY)
    assert list(regions["region_code"]) == [BAOJING]
    tampered = sites.site_map(
        engine, filters=county_filters(engine, region_code=XIANGTAN), today=TODAY, site_types=SITE_TYPES
    )
    assert tampered.points.empty


def test_the_ledger_export_checks_the_right_and_the_region_itself(engine, fixture_ids):
    leader = users.active_viewer(engine, make_user(engine, "ld", "leader"))
    with pytest.raises(AccessDenied, match="您的角色（领导）无权导出"):
        export_ledger(engine, filters=FindingFilters(), today=TODAY, user=leader)
    county = users.active_viewer(engine, make_user(engine, "bj", "county_editor", BAOJING))
    # unscoped filters (as a tampered page would pass them): the county's findings all the same
    workbook = load_workbook(
        io.BytesIO(export_ledger(engine, filters=FindingFilters(), today=TODAY, user=county))
    )
    titles = {row[4] for row in workbook["问题清单"].iter_rows(min_row=2, values_only=True)}
    assert titles == A_TITLES


def test_county_exports_hold_only_the_county(engine, fixture_ids):
    add_sites(engine, fixture_ids)
    workbook = load_workbook(io.BytesIO(export_ledger(engine, filters=county_filters(engine), today=TODAY)))
    titles = {row[4] for row in workbook["问题清单"].iter_rows(min_row=2, values_only=True)}
    assert titles == A_TITLES
    site_names = {row[1] for row in workbook["点位"].iter_rows(min_row=2, values_only=True)}
    assert site_names == {"测试点位S1", "测试点位S2", "测试点位S3"}
    dispatch = monthly_dispatch(
        engine, filters=county_filters(engine), month=TODAY.replace(day=1), today=TODAY
    )
    assert dispatch.current.total == 6


# --- writes need the role and the region ------------------------------------------------------


def test_edits_are_refused_without_the_right_role_or_region(engine, fixture_ids):
    report = reporting.MonthlyReport(
        period=TODAY.replace(day=1), status="in_progress", reported_on=TODAY, narrative="推进中"
    )
    county = county_viewer(engine)
    leader = users.active_viewer(engine, make_user(engine, "ld", "leader"))
    analyst = users.active_viewer(engine, make_user(engine, "an", "analyst"))
    refusals = [
        (county, "B1", "不在您的管辖范围（保靖县）内"),
        (leader, "A1", "您的角色（领导）无权填报和修改整改情况"),
        (analyst, "A1", "您的角色（分析人员）无权填报和修改整改情况"),
        (visitor(), "A1", "请先登录"),
    ]
    for user, key, message in refusals:
        with pytest.raises(AccessDenied, match=message):
            reporting.save_monthly_report(
                engine, finding_id=fixture_ids[key], version=1, report=report, user=user, today=TODAY
            )
        with pytest.raises(AccessDenied, match=message):
            reporting.reopen_finding(
                engine,
                finding_id=fixture_ids[key],
                version=1,
                reopened_on=TODAY,
                reason="回头看",
                new_due_date=None,
                user=user,
                today=TODAY,
            )
    with Session(engine) as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ProgressReport)
                .where(ProgressReport.period == TODAY.replace(day=1))
            )
            == 0
        )
        assert (
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity != "users"))
            == 0
        )


def test_an_edit_in_the_county_is_audited_under_the_signed_in_user(engine, fixture_ids):
    report = reporting.MonthlyReport(
        period=TODAY.replace(day=1), status="in_progress", reported_on=TODAY, narrative="推进中"
    )
    reporting.save_monthly_report(
        engine,
        finding_id=fixture_ids["A1"],
        version=1,
        report=report,
        user=county_viewer(engine),
        today=TODAY,
    )
    with Session(engine) as session:
        actors = set(
            session.scalars(select(AuditEntry.actor).where(AuditEntry.finding_id == fixture_ids["A1"]))
        )
    assert actors == {"baojing测试（baojing）"}


def test_plan_import_needs_the_role_and_the_region(engine, fixture_ids):
    findings = parse_plan_text(
        "一、测试问题\n整改目标：完成整改。\n牵头单位：县发改局\n整改时限：2027年6月底前"
    ).findings
    county = county_viewer(engine)
    with pytest.raises(AccessDenied, match="无权导入台账和方案"):
        import_plan(engine, findings, today=TODAY, batch_code="t-a", user=county)
    bj_office = users.active_viewer(engine, make_user(engine, "bjo", "office", BAOJING))
    with pytest.raises(AccessDenied, match="导入地区不在您的管辖范围（保靖县）内"):
        import_plan(engine, findings, today=TODAY, batch_code="t-b", user=bj_office)
    summary = import_plan(engine, findings, today=TODAY, batch_code="t-a", user=replace(bj_office))
    assert summary.batch_code == "t-a"


# --- pages ----------------------------------------------------------------------------------


def run(at: AppTest, page: str | None = None, query: dict | None = None) -> AppTest:
    return run_app(query, page=page, at=at)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_demo_opens_read_only_without_sign_in(app_env):
    at = run(new_app())
    assert metrics(at)["问题总数"] == "11"
    assert "未登录：演示模式，只能查看和下载。填报、导入需登录。" in [c.value for c in at.sidebar.caption]
    report = run(at, "pages/report.py")
    assert report.title[0].value == "月度报送"
    assert report.info[0].value == "请先登录：填报和修改整改情况需要登录后进行。"
    assert report.text_input(key="page_sign_in_username")  # the sign-in form is right there
    assert not report.get("selectbox") or all(s.key != "report_unit" for s in report.selectbox)


def test_county_user_pages_show_only_the_county(app_env):
    at = new_app()
    sign_in(at, "county_editor", BAOJING)
    run(at, query={"region": "湘潭市"})  # a link to another region: ignored, not shown
    assert metrics(at)["问题总数"] == "6"
    assert "地区：保靖县" in at.caption[0].value
    assert at.sidebar.selectbox(key="region").options == ["保靖县"]  # nothing else to choose
    assert "当前用户：county_editor433125测试（县级填报员，保靖县）" in [c.value for c in at.sidebar.caption]
    finding = run(at, "pages/finding.py", {"finding": str(app_env["B1"])})
    assert finding.error[0].value.startswith(f"没有编号为 {app_env['B1']} 的问题")
    assert all("测试问题B1" not in h.value for h in finding.header)
    finding = run(at, "pages/finding.py", {"finding": str(app_env["A2"])})
    assert finding.header[0].value.endswith("测试问题A2")
    report = run(at, "pages/report.py")
    units = report.selectbox(key="report_unit")
    assert {option.split("（")[0] for option in units.options} == {"县发改局", "县住建局"}


def test_roles_see_only_their_pages(app_env):
    leader = new_app()
    sign_in(leader, "leader")
    run(leader)
    # a leader's session has no edit pages at all (the server answers their URL with the default page)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        leader.switch_page("pages/report.py")
    ledger = run(leader, "pages/ledger.py")
    assert ledger.info[0].value.startswith("您的角色（领导）可在各页面查看台账内容")
    assert not ledger.get("download_button")
    analyst = new_app()
    sign_in(analyst, "analyst")
    ledger = run(analyst, "pages/ledger.py")
    assert ledger.warning[0].value == "您的角色（分析人员）无权导入台账和方案。"
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        analyst.switch_page("pages/plan-import.py")


def test_production_setting_makes_sign_in_mandatory(app_env, monkeypatch):
    monkeypatch.setenv("DASHBOARD_REQUIRE_SIGN_IN", "1")
    make_user(users_engine(), "zhang", "county_editor", BAOJING)
    at = run(new_app(), query={"finding": str(app_env["A1"])})
    assert not at.metric  # nothing of the data before sign-in
    assert at.caption[0].value == "本系统数据为内部工作信息，请登录后查看。"
    at.text_input(key="gate_username").input("zhang")
    at.text_input(key="gate_password").input("wrong-password")
    at.button(key="FormSubmitter:gate-登录").click().run()
    assert at.error[0].value == "用户名或密码不正确。"
    at.text_input(key="gate_password").input(PASSWORD)
    at.button(key="FormSubmitter:gate-登录").click().run()
    assert metrics(at)["问题总数"] == "6"


def users_engine():
    import os

    from data_access.db import get_engine

    return get_engine(os.environ["DATABASE_URL"])


def test_single_sign_on_maps_the_e_mail_to_a_registered_user(engine, fixture_ids):
    users.add_user(
        engine,
        admin=command_line(),
        username="zhao",
        display_name="赵六",
        role="analyst",
        region_code=XIANGTAN,
        password=None,
        email="Zhao@Example.gov.cn",
    )
    viewer = users.viewer_by_email(engine, "zhao@example.gov.cn")
    assert (viewer.username, viewer.role, viewer.region_code) == ("zhao", "analyst", XIANGTAN)
    assert users.viewer_by_email(engine, "someone@else.cn") is None
    # no password: single sign-on only, the password form never lets them in
    assert users.sign_in(engine, username="zhao", password="anything-at-all").viewer is None
    with pytest.raises(users.UserError, match="请设置密码，或填写用于统一身份认证登录的邮箱"):
        users.add_user(
            engine,
            admin=command_line(),
            username="x",
            display_name="x",
            role="leader",
            region_code=None,
            password=None,
        )


def test_sign_in_page_offers_single_sign_on_only_when_configured(app_env):
    at = run(new_app(), "pages/sign-in.py")
    assert at.title[0].value == "登录"
    assert all(b.label != "使用统一身份认证登录" for b in at.button)
    configured = new_app()
    configured.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "x" * 32,
        "client_id": "dashboard",
        "client_secret": "secret",
        "server_metadata_url": "https://sso.example.gov.cn/.well-known/openid-configuration",
    }
    run(configured, "pages/sign-in.py")
    assert any(b.label == "使用统一身份认证登录" for b in configured.button)


def test_signing_in_through_the_page_then_out(app_env, engine):
    make_user(engine, "zhang", "county_editor", BAOJING)
    at = run(new_app(), "pages/sign-in.py")
    at.text_input(key="sign_in_username").input("zhang")
    at.text_input(key="sign_in_password").input(PASSWORD)
    at.button(key="FormSubmitter:sign_in-登录").click().run()
    assert not at.exception
    at.switch_page("pages/overview.py").run()
    assert metrics(at)["问题总数"] == "6"
    at.button(key="sign_out").click().run()
    at.switch_page("pages/overview.py").run()
    assert metrics(at)["问题总数"] == "11"  # the demo again, read-only


READ_PAGES = ["overview", "overdue", "finding", "map", "dispatch", "indicators"]


@pytest.mark.parametrize(
    ("role", "signed_in", "pages"),
    [
        ("visitor", False, [*READ_PAGES, "plan-import", "report", "sign-off", "ledger", "notify", "sign-in"]),
        ("leader", True, [*READ_PAGES, "sign-off", "ledger", "account"]),
        ("analyst", True, [*READ_PAGES, "ledger", "account"]),
        ("county_editor", True, [*READ_PAGES, "report", "sign-off", "ledger", "account"]),
        ("office", True, [*READ_PAGES, "plan-import", "report", "sign-off", "ledger", "notify", "account"]),
    ],
)
def test_each_role_has_its_menu(role, signed_in, pages):
    from ui.navigation import pages_for

    viewer = Viewer(username="x", display_name="x", role=role, user_id=1 if signed_in else None)
    assert [p.url_path for p in pages_for(viewer)] == pages


@pytest.mark.parametrize(
    "query",
    [
        {"region": "' OR 1=1 --"},
        {"batch": "%", "status": "_"},
        {"finding_search": "'; DROP TABLE findings; --"},
        {"unit": "1 OR 1=1"},
    ],
)
def test_metacharacters_in_the_url_change_nothing(app_env, query):
    at = new_app()
    sign_in(at, "county_editor", BAOJING)
    run(at, query=query)
    assert metrics(at)["问题总数"] == "6"
    assert run(new_app(), query=query).metric[0].value == "11"


def test_ledger_import_stays_inside_the_region(engine, fixture_ids):
    from data_access.ledger import ImportRejected, apply_import, preview_import
    from tests.ledger_files import edit_workbook

    city_office = users.active_viewer(engine, make_user(engine, "xto", "office", XIANGTAN))
    # the city's own export goes back in unchanged (its findings' batch and units included)
    own = export_ledger(engine, filters=scoped(FindingFilters(), city_office), today=TODAY)
    own_plan = preview_import(engine, data=own, filename="湘潭.xlsx", today=TODAY, user=city_office)
    assert own_plan.problems == [] and not own_plan.has_changes
    # the whole country's ledger with 保靖's findings changed: every 保靖 row is refused by place
    everything = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    changed = edit_workbook(everything, "问题清单", {(2, "整改目标"): "新的目标"})
    plan = preview_import(engine, data=changed, filename="全部.xlsx", today=TODAY, user=city_office)
    outside = [p for p in plan.problems if "不在您的管辖范围（湘潭市）内" in p.message]
    assert outside and all(p.file == "全部.xlsx" and p.row for p in outside)
    assert {p.sheet for p in outside} >= {"问题清单", "整改措施"}
    assert outside[0].message == "保靖县不在您的管辖范围（湘潭市）内，不能导入。"
    with pytest.raises(ImportRejected):
        apply_import(engine, data=changed, filename="全部.xlsx", actor="x", today=TODAY, user=city_office)
    with Session(engine) as session:
        assert (
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity != "users"))
            == 0
        )
    analyst = users.active_viewer(engine, make_user(engine, "an", "analyst"))
    with pytest.raises(AccessDenied, match="无权导入台账和方案"):
        preview_import(engine, data=own, filename="湘潭.xlsx", today=TODAY, user=analyst)


def test_an_office_manages_its_users_on_the_account_page(app_env, engine):
    at = new_app()
    sign_in(at, "office", XIANGTAN, username="xtoffice")
    run(at, "pages/account.py")
    assert at.title[0].value == "账号"
    assert at.selectbox(key="new_region").options[0] == "湘潭市"  # its own region and below only
    at.text_input(key="new_username").input("Xtx-Li")
    at.text_input(key="new_display_name").input("李四")
    at.selectbox(key="new_role").set_value("county_editor")
    at.selectbox(key="new_region").set_value("430321")
    at.text_input(key="new_password").input("first-pass-1")
    at.button(key="FormSubmitter:add_user-新建用户").click().run()
    assert not at.exception
    assert at.success[0].value == "已新建用户 xtx-li。"
    table = at.dataframe[0].value.set_index("用户名")
    assert table.loc["xtx-li", ["姓名", "角色", "地区", "状态"]].tolist() == [
        "李四",
        "县级填报员",
        "湘潭县",
        "正常",
    ]
    at.selectbox(key="manage_user").set_value("xtx-li")
    at.button(key="toggle_user").click().run()
    assert at.success[0].value == "已停用用户 xtx-li。"
    assert at.dataframe[0].value.set_index("用户名").loc["xtx-li", "状态"] == "已停用"
    assert users.sign_in(engine, username="xtx-li", password="first-pass-1").viewer is None
    # a county editor's account page has no user management
    county = new_app()
    sign_in(county, "county_editor", BAOJING)
    run(county, "pages/account.py")
    assert not county.get("dataframe") and all(s.value != "用户管理" for s in county.subheader)


def test_changing_ones_own_password_needs_the_old_one(engine, fixture_ids):
    viewer = users.active_viewer(engine, make_user(engine, "zhang", "analyst"))
    with pytest.raises(users.UserError, match="原密码不正确"):
        users.change_own_password(
            engine, viewer=viewer, old_password="guess-1234", new_password="new-pass-12"
        )
    users.change_own_password(engine, viewer=viewer, old_password=PASSWORD, new_password="new-pass-12")
    assert users.sign_in(engine, username="zhang", password="new-pass-12").viewer is not None
    assert users.sign_in(engine, username="zhang", password=PASSWORD).viewer is None


def test_a_county_is_offered_the_city_units_leading_its_findings(engine, fixture_ids):
    # B3 (雨湖区) is led by 市环保局, a unit of 湘潭市: a 雨湖区 user may pick it
    assert list(reference.lead_units(engine, scope_code="430302")["name"]) == ["市环保局"]
    assert reference.count_lead_units(engine, scope_code="430302") == 1
    assert reference.count_lead_units(engine, scope_code=BAOJING) == 2
    assert reference.lead_units(engine, names=["市环保局"], scope_code=BAOJING).empty


def test_single_sign_on_session_uses_the_registered_user(app_env, engine, monkeypatch):
    import streamlit as st

    from ui import auth

    users.add_user(
        engine,
        admin=command_line(),
        username="zhao",
        display_name="赵六",
        role="county_editor",
        region_code=BAOJING,
        password=None,
        email="zhao@example.gov.cn",
    )
    monkeypatch.setattr(auth, "sso_configured", lambda: True)
    monkeypatch.setattr(st, "user", {"is_logged_in": True, "email": "zhao@example.gov.cn"})
    at = run(new_app())
    assert metrics(at)["问题总数"] == "6"
    assert "当前用户：赵六（县级填报员，保靖县）" in [c.value for c in at.sidebar.caption]
    monkeypatch.setattr(st, "user", {"is_logged_in": True, "email": "stranger@example.gov.cn"})
    stranger = run(new_app(), "pages/sign-in.py")
    assert metrics(run(new_app()))["问题总数"] == "11"  # a visitor
    assert stranger.warning[0].value.startswith("统一身份认证账号 stranger@example.gov.cn 未在本系统登记")
