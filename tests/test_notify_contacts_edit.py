"""The 通知推送 page's gaps of issue 19: changing a contact's address, name and opt-out (the
command and the page), and the rules control limited to the office's region, its batches
filtered by the region chosen."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access import notifications
from data_access.access import AccessDenied, Viewer
from data_access.commands import notify as commands
from data_access.models import AuditEntry, Batch, Contact, Unit
from tests.test_notify import SYSTEM
from tests.test_notify_rules import BAOJING, XIANGTAN, XIANGTAN_COUNTY, _id, _open_rules
from tests.test_notify_rules import people as people

NATIONAL = Viewer("nat", "全国整改办", "office", region_code=None, user_id=9)


def _contact(engine, contact_id: int) -> Contact:
    with Session(engine) as session:
        contact = session.get(Contact, contact_id)
        session.expunge(contact)
        return contact


# --- changing a contact -----------------------------------------------------------------------


def test_an_office_changes_address_name_and_opt_out_of_its_own_contact(engine, people):
    assert commands.update_contact(
        engine,
        viewer=BAOJING,
        contact_id=people["fgj"],
        address=" fgj-duty@example.org ",
        name=" 发改局值班室 ",
        opted_out=True,
    )
    changed = _contact(engine, people["fgj"])
    assert (changed.address, changed.name, changed.opted_out) == (
        "fgj-duty@example.org",
        "发改局值班室",
        True,
    )
    with Session(engine) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "contacts")).all()[-1]
    assert entry.summary == "修改联系人：地址、名称、退订"
    # The same values again change nothing and write no audit entry.
    assert not commands.update_contact(
        engine, viewer=BAOJING, contact_id=people["fgj"], address="fgj-duty@example.org", opted_out=True
    )
    # An empty name clears it; opting back in.
    commands.update_contact(engine, viewer=BAOJING, contact_id=people["fgj"], name="", opted_out=False)
    changed = _contact(engine, people["fgj"])
    assert (changed.name, changed.opted_out) == (None, False)


def test_a_wrong_change_is_refused_in_chinese_and_nothing_is_written(engine, people):
    before = _contact(engine, people["fgj"])
    with pytest.raises(ValueError, match="电子邮件地址格式不对：not-mail"):
        commands.update_contact(
            engine, viewer=BAOJING, contact_id=people["fgj"], address="not-mail", opted_out=True
        )
    with pytest.raises(ValueError, match="联系人或群名称过长（65 字）"):
        commands.update_contact(engine, viewer=BAOJING, contact_id=people["fgj"], name="名" * 65)
    # 市环保局 already has hbj-office@…: its other contact cannot take the same address.
    with pytest.raises(ValueError, match=r"同一单位或用户已有联系方式 hbj-office@example\.org"):
        commands.update_contact(
            engine, viewer=XIANGTAN, contact_id=people["hbj"], address="hbj-office@example.org"
        )
    # Another region's contact: refused, as for adding or deleting.
    with pytest.raises(AccessDenied, match="不在您的管辖范围（保靖县）内"):
        commands.update_contact(engine, viewer=BAOJING, contact_id=people["nw"], address="x@example.org")
    after = _contact(engine, people["fgj"])
    assert (after.address, after.name, after.opted_out) == (before.address, before.name, before.opted_out)
    assert _contact(engine, people["nw"]).address == "nongwei@example.org"


def test_a_webhook_change_keeps_its_key_out_of_the_audit_trail(engine, fixture_ids):
    with Session(engine) as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.name == "县住建局"))
    contact_id = commands.add_contact(
        engine,
        viewer=SYSTEM,
        channel="wecom",
        address="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=old-secret-1",
        unit_id=unit_id,
    )
    with pytest.raises(ValueError, match="Webhook"):
        commands.update_contact(engine, viewer=BAOJING, contact_id=contact_id, address="mail@example.org")
    commands.update_contact(
        engine,
        viewer=BAOJING,
        contact_id=contact_id,
        address="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=new-secret-2",
    )
    assert _contact(engine, contact_id).address.endswith("key=new-secret-2")
    with Session(engine) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "contacts")).all()[-1]
    trail = f"{entry.summary} {entry.before_json} {entry.after_json}"
    assert "地址" in entry.summary and "secret" not in trail


def test_the_page_changes_a_contact_and_refuses_a_wrong_address(app_env, engine, people):
    at = _open_rules("433125")  # 保靖县's office
    chosen = at.selectbox(key="contact_chosen")
    assert sorted(chosen.options) == sorted(
        [
            f"{people['fgj']}：县发改局 电子邮件 fgj@example.org",
            f"{people['zjj']}：县住建局 电子邮件 zjj@example.org",
        ]
    )
    chosen.set_value(people["zjj"]).run()
    suffix = people["zjj"]
    assert at.text_input(key=f"contact_edit_address_{suffix}").value == "zjj@example.org"
    at.text_input(key=f"contact_edit_address_{suffix}").input("zjj")
    next(b for b in at.get("form_submit_button") if b.label == "保存修改").click().run()
    assert not at.exception
    assert at.error[0].value == f"联系人 {suffix} 未修改：电子邮件地址格式不对：zjj"
    assert _contact(engine, people["zjj"]).address == "zjj@example.org"
    at.text_input(key=f"contact_edit_address_{suffix}").input("zjj-new@example.org")
    at.text_input(key=f"contact_edit_name_{suffix}").input("住建局办公室")
    at.checkbox(key=f"contact_edit_out_{suffix}").check()
    next(b for b in at.get("form_submit_button") if b.label == "保存修改").click().run()
    assert not at.exception
    assert at.success[0].value == f"联系人 {suffix}：已保存。"
    changed = _contact(engine, people["zjj"])
    assert (changed.address, changed.name, changed.opted_out) == ("zjj-new@example.org", "住建局办公室", True)
    # The opted-out unit is now listed as a gap.
    gaps = next(f.value for f in at.dataframe if "牵头单位" in f.value.columns)
    assert gaps.set_index("牵头单位").loc["县住建局", "原因"] == "已退订"


# --- the rules control ------------------------------------------------------------------------


def test_rule_choices_stay_in_the_office_region_and_its_batches(engine, fixture_ids):
    batch_a, batch_b = _id(engine, Batch, code="t-a"), _id(engine, Batch, code="t-b")
    assert list(notifications.rule_regions(engine, viewer=BAOJING)["code"]) == ["433125"]
    assert list(notifications.rule_batches(engine, viewer=BAOJING, region_code="433125")["id"]) == [batch_a]
    # A county of 湘潭市: batch 乙 is placed in the city, but has findings in the county.
    assert list(notifications.rule_regions(engine, viewer=XIANGTAN_COUNTY)["code"]) == ["430321"]
    assert list(notifications.rule_batches(engine, viewer=XIANGTAN_COUNTY, region_code="430321")["id"]) == [
        batch_b
    ]
    # A region outside the viewer's gives nothing; the national office sees what a region touches.
    assert notifications.rule_batches(engine, viewer=BAOJING, region_code="430300").empty
    assert list(notifications.rule_batches(engine, viewer=NATIONAL, region_code="433125")["id"]) == [batch_a]
    assert list(notifications.rule_batches(engine, viewer=NATIONAL, region_code=None)["id"]) == [
        batch_a,
        batch_b,
    ]
    city = notifications.rule_regions(engine, viewer=XIANGTAN)
    assert city["code"].iloc[0] == "430300" and "433125" not in set(city["code"])


def test_the_rules_control_offers_a_county_only_its_region_and_batches(app_env, engine):
    batch_a, batch_b = _id(engine, Batch, code="t-a"), _id(engine, Batch, code="t-b")
    at = _open_rules("433125")
    assert at.selectbox(key="rule_region").options == ["保靖县（433125）"]
    assert at.selectbox(key="rule_batch").options == ["全部批次（按地区设置）", "测试批次甲（t-a）"]
    # The national office: a batch chosen for one region is dropped when the region changes.
    at = _open_rules(None)
    at.selectbox(key="rule_region").set_value("433125").run()
    assert at.selectbox(key="rule_batch").options == ["全部批次（按地区设置）", "测试批次甲（t-a）"]
    at.selectbox(key="rule_batch").set_value(batch_a).run()
    at.selectbox(key="rule_region").set_value("430321").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="rule_batch").options == ["全部批次（按地区设置）", "测试批次乙（t-b）"]
    assert at.selectbox(key="rule_batch").value is None
    assert batch_b  # offered above by its label


def test_the_page_keeps_a_masked_webhook_and_deletes_a_contact(app_env, engine, people):
    with Session(engine) as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.name == "县住建局"))
    hook = "https://oapi.dingtalk.com/robot/send?access_token=tok-secret-77"
    hook_id = commands.add_contact(engine, viewer=SYSTEM, channel="dingtalk", address=hook, unit_id=unit_id)
    at = _open_rules("433125")
    at.selectbox(key="contact_chosen").set_value(hook_id).run()
    shown = at.text_input(key=f"contact_edit_address_{hook_id}").value
    assert "tok-secret-77" not in shown and shown.startswith("https://oapi.dingtalk.com/")
    at.text_input(key=f"contact_edit_name_{hook_id}").input("住建局工作群")
    next(b for b in at.get("form_submit_button") if b.label == "保存修改").click().run()
    assert at.success[0].value == f"联系人 {hook_id}：已保存。"
    kept = _contact(engine, hook_id)
    assert (kept.address, kept.name) == (hook, "住建局工作群")
    at.selectbox(key="contact_chosen").set_value(people["fgj"]).run()
    next(b for b in at.get("form_submit_button") if b.label == "删除此联系人").click().run()
    assert at.success[0].value == f"联系人 {people['fgj']}：已删除。"
    assert set(notifications.contacts(engine, viewer=BAOJING)["id"]) == {people["zjj"], hook_id}
