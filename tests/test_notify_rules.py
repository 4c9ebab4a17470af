"""Reminder rules per region and per batch: the command (which setting wins, validation in
Chinese, the office's region) and the control on the 通知推送 page (AppTest)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.settings import get_settings
from data_access import notifications
from data_access.access import AccessDenied, Viewer
from data_access.commands import notify as commands
from data_access.models import Batch, Contact, NotificationRule, Unit
from notify import planner
from tests.test_notify import SYSTEM

XIANGTAN = Viewer("xt", "湘潭整改办", "office", region_code="430300", region_name="湘潭市", user_id=2)
XIANGTAN_COUNTY = Viewer(
    "xtx", "湘潭县整改办", "office", region_code="430321", region_name="湘潭县", user_id=3
)
BAOJING = Viewer("bj", "保靖整改办", "office", region_code="433125", region_name="保靖县", user_id=4)


def _id(engine, model, **where) -> int:
    with Session(engine) as session:
        return session.scalar(select(model.id).filter_by(**where))


@pytest.fixture
def people(engine, fixture_ids) -> dict[str, int]:
    def add(unit: str, address: str, **kw) -> int:
        unit_id = _id(engine, Unit, name=unit)
        return commands.add_contact(
            engine, viewer=SYSTEM, channel="email", address=address, unit_id=unit_id, **kw
        )

    return {
        "fgj": add("县发改局", "fgj@example.org"),
        "zjj": add("县住建局", "zjj@example.org"),
        "nw": add("市农委", "nongwei@example.org"),
        "hbj": add("市环保局", "hbj@example.org", receives_bulletin=True),
        "hbj2": add("市环保局", "hbj-office@example.org"),
    }


def _fired(engine, day: date, kind: str, finding: int | None = None) -> list:
    notices = planner.plan_day(engine, today=day, settings=get_settings(), with_files=False)
    return [n for n in notices if n.kind == kind and (finding is None or n.finding_id == finding)]


def test_a_batch_setting_in_a_region_wins_over_the_region_and_the_default(engine, fixture_ids, people):
    b4, b3 = fixture_ids["B4"], fixture_ids["B3"]  # t-b: B4 in 湘潭县 due 12-10; B3 in 雨湖区 overdue
    batch_b = _id(engine, Batch, code="t-b")
    # The default: B4 warned 15 and 3 days before.
    assert [
        bool(_fired(engine, d, "deadline_warning", b4)) for d in (date(2026, 11, 25), date(2026, 12, 7))
    ] == [
        True,
        True,
    ]
    # 湘潭县's office sets 5 days for the city's batch t-b (B4 lies in its county).
    commands.set_rules(
        engine, viewer=XIANGTAN_COUNTY, settings={"deadline_warning": ("5", True)}, batch_id=batch_b
    )
    warned = [
        d
        for d in (date(2026, 11, 25), date(2026, 12, 5), date(2026, 12, 7))
        if _fired(engine, d, "deadline_warning", b4)
    ]
    assert warned == [date(2026, 12, 5)]
    # The city's region setting does not override the batch's setting in the county.
    commands.set_rules(engine, viewer=XIANGTAN, settings={"deadline_warning": ("7", True)})
    assert _fired(engine, date(2026, 12, 5), "deadline_warning", b4)
    assert not _fired(engine, date(2026, 12, 3), "deadline_warning", b4)
    # A batch setting of the city reaches 雨湖区's B3 (overdue since 2026-10-01): every day.
    assert not _fired(engine, date(2026, 11, 24), "overdue_warning", b3)  # weekly by default
    commands.set_rules(engine, viewer=XIANGTAN, settings={"overdue_warning": ("1", True)}, batch_id=batch_b)
    assert _fired(engine, date(2026, 11, 24), "overdue_warning", b3)
    # Where each setting comes from, as the page shows it.
    rules = notifications.effective_rules(engine, viewer=XIANGTAN, region_code="430321", batch_id=batch_b)
    rules = rules.set_index("kind")
    assert rules.loc["deadline_warning", ["days", "source"]].tolist() == ["5", "本批次设置"]
    assert rules.loc["overdue_warning", ["days", "source"]].tolist() == ["1", "湘潭市该批次的设置"]
    assert rules.loc["report_reminder", ["days", "source"]].tolist() == ["25,28", "默认"]
    # Removing the county's batch setting: the city's region setting (7 days) applies again.
    assert commands.clear_rules(engine, viewer=XIANGTAN_COUNTY, batch_id=batch_b) == 1
    assert _fired(engine, date(2026, 12, 3), "deadline_warning", b4)


def test_report_reminder_days_of_a_batch(engine, fixture_ids, people):
    batch_a = _id(engine, Batch, code="t-a")

    def reminded(day: int) -> list[str]:
        return sorted(n.recipient.address for n in _fired(engine, date(2026, 11, day), "report_reminder"))

    # 县住建局 (t-a's A5, A6) and 市农委 (t-b's B4) have not reported November.
    assert reminded(25) == ["nongwei@example.org", "zjj@example.org"]
    commands.set_rules(engine, viewer=BAOJING, settings={"report_reminder": ("20", True)}, batch_id=batch_a)
    assert reminded(25) == ["nongwei@example.org"]  # t-b keeps the default days
    assert reminded(20) == ["zjj@example.org"]
    [reminder] = _fired(engine, date(2026, 11, 20), "report_reminder")
    assert "（2 项）" in reminder.subject and "测试问题A5" in reminder.body
    # Switched off for the batch: no reminder on any day.
    commands.set_rules(engine, viewer=BAOJING, settings={"report_reminder": ("20", False)}, batch_id=batch_a)
    assert [reminded(d) for d in (20, 25, 28)] == [[], ["nongwei@example.org"], ["nongwei@example.org"]]


def _rule_count(engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(NotificationRule))


def test_wrong_settings_are_refused_in_chinese_and_nothing_is_saved(engine, fixture_ids, people):
    batch_a, batch_b = _id(engine, Batch, code="t-a"), _id(engine, Batch, code="t-b")
    with pytest.raises(ValueError) as error:
        commands.set_rules(
            engine,
            viewer=BAOJING,
            settings={
                "deadline_warning": ("15,0", True),
                "overdue_warning": ("7,14", True),
                "report_reminder": ("二十五", True),
                "bulletin": ("3", True),
            },
            batch_id=batch_a,
        )
    assert str(error.value) == (
        "到期预警的天数须在 1–365 之间：15,0；逾期督办：逾期重复间隔只能填一个天数；"
        "月报提醒：“二十五”不是用逗号分隔的天数；月度通报按地区设置，不能按批次设置"
    )
    with pytest.raises(ValueError, match="月度通报的天数须在 1–31 之间：32"):
        commands.set_rules(
            engine, viewer=BAOJING, settings={"deadline_warning": ("10", True), "bulletin": ("32", True)}
        )
    assert _rule_count(engine) == 0  # the good field of a refused form is not saved either
    # Outside the office's region: another region, a batch without findings there.
    with pytest.raises(AccessDenied, match="不在您的管辖范围（保靖县）内"):
        commands.set_rules(engine, viewer=BAOJING, settings={"bulletin": ("5", True)}, region_code="430300")
    with pytest.raises(AccessDenied, match="在保靖县没有问题"):
        commands.set_rules(
            engine, viewer=BAOJING, settings={"deadline_warning": ("5", True)}, batch_id=batch_b
        )
    assert _rule_count(engine) == 0
    # The bulletin's recipients are contacts of the region itself.
    with pytest.raises(ValueError, match="不属于湘潭市"):
        commands.set_bulletin_recipients(
            engine, viewer=XIANGTAN, region_code="430300", contact_ids=[people["hbj"], people["fgj"]]
        )
    assert commands.set_bulletin_recipients(
        engine, viewer=XIANGTAN, region_code="430300", contact_ids=[people["hbj2"], people["nw"]]
    ) == (2, 1)
    recipients = notifications.bulletin_recipients(engine, today=date(2026, 12, 3))
    assert sorted(r.address for r in recipients["430300"]) == [
        "hbj-office@example.org",
        "nongwei@example.org",
    ]


# --- the page ---------------------------------------------------------------------------------


def _open_rules(region_code: str):
    from tests.app_helper import new_app
    from tests.users_helper import sign_in

    at = new_app()
    sign_in(at, "office", region_code)
    at.run()
    at.switch_page("pages/notify.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _save(at):
    next(b for b in at.get("form_submit_button") if b.label == "保存规则").click().run()
    assert not at.exception, [e.value for e in at.exception]


def _rules_table(at):
    return next(frame.value for frame in at.dataframe if "来源" in frame.value.columns)


def test_the_page_sets_a_batchs_rules_in_a_county_and_a_regions_bulletin_recipients(app_env, engine, people):
    batch_b = _id(engine, Batch, code="t-b")
    at = _open_rules("430300")
    at.selectbox(key="rule_region").set_value("430321").run()
    at.selectbox(key="rule_batch").set_value(batch_b).run()
    suffix = f"430321_{batch_b}"
    # Only the rules a batch can have are offered for it.
    assert at.text_input(key=f"rule_days_deadline_warning_{suffix}").value == "15,3"
    assert not [w for w in at.text_input if w.key == f"rule_days_bulletin_{suffix}"]
    at.text_input(key=f"rule_days_deadline_warning_{suffix}").input("0,400")
    _save(at)
    assert at.error[0].value == "未保存：到期预警的天数须在 1–365 之间：0,400"
    assert _rule_count(engine) == 0
    at.text_input(key=f"rule_days_deadline_warning_{suffix}").input("20, 5")
    at.checkbox(key=f"rule_on_overdue_warning_{suffix}").uncheck()
    _save(at)
    assert "湘潭县 测试批次乙（t-b）的提醒规则已保存" in at.success[0].value
    with Session(engine) as session:
        saved = {
            (r.kind, r.region_code, r.batch_id, r.days, r.enabled)
            for r in session.scalars(select(NotificationRule))
        }
    # The untouched report reminder keeps following the default: not saved.
    assert saved == {
        ("deadline_warning", "430321", batch_b, "20,5", True),
        ("overdue_warning", "430321", batch_b, "7", False),
    }
    table = _rules_table(at).set_index("规则")
    assert table.loc["到期预警", ["天数", "来源"]].tolist() == ["20,5", "本批次设置"]
    assert table.loc["逾期督办", ["状态", "来源"]].tolist() == ["停用", "本批次设置"]
    assert table.loc["月报提醒", "来源"] == "默认"
    # B4 (湘潭县, t-b, due 12-10) is now warned 20 and 5 days before.
    assert _fired(engine, date(2026, 11, 20), "deadline_warning", app_env["B4"])
    # The city itself, no batch: the bulletin day and its recipients.
    at.selectbox(key="rule_region").set_value("430300").run()
    at.selectbox(key="rule_batch").set_value(None).run()
    at.text_input(key="rule_days_bulletin_430300_all").input("5")
    at.multiselect(key="rule_recipients_430300_all").set_value([people["hbj2"]])
    _save(at)
    assert "月度通报收件人新增 1 个、取消 1 个" in at.success[0].value
    with Session(engine) as session:
        assert session.scalars(select(Contact.address).where(Contact.receives_bulletin)).all() == [
            "hbj-office@example.org"
        ]
    assert [
        r.address for r in notifications.bulletin_recipients(engine, today=date(2026, 12, 5))["430300"]
    ] == ["hbj-office@example.org"]
    assert notifications.bulletin_recipients(engine, today=date(2026, 12, 3)) == {}
    # Saving again without a change writes nothing.
    _save(at)
    assert at.success[0].value == "湘潭市的提醒规则没有修改。"
    # Removing the city's settings brings the default back.
    next(b for b in at.button if b.label.startswith("删除湘潭市的设置")).click().run()
    assert "已删除湘潭市的 1 条设置" in at.success[0].value
    assert _rules_table(at).set_index("规则").loc["月度通报", ["天数", "来源"]].tolist() == ["3", "默认"]
