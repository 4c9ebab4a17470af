"""The ledger's 联系人 sheet: export → import keeps the contacts, webhook keys never leave a page
download, a county office reads and writes its own region only, and every bad row is named."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from data_access.access import Viewer
from data_access.commands import notify as commands
from data_access.ledger import ImportRejected, apply_import, export_ledger, preview_import
from data_access.metrics import FindingFilters
from data_access.models import AuditEntry, Contact, Unit, User
from tests.fixture_data import TODAY
from tests.ledger_files import edit_workbook, find_row, sheet_rows, snapshot, workbook_bytes
from tests.test_notify import SYSTEM
from tests.users_helper import make_user

KEY = "zjj-secret-key-123"
WECOM = f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={KEY}"
FEISHU = "https://open.feishu.cn/open-apis/bot/v2/hook/feishu0123456789abcdef"
HEADERS = ["所属地区", "单位名称", "用户名", "渠道*", "地址*", "联系人或群名称", "接收月度通报", "已退订"]
ANALYST = Viewer(username="an", display_name="分析员", role="analyst")
BAOJING_OFFICE = Viewer("bj", "保靖整改办", "office", region_code="433125", region_name="保靖县", user_id=2)
XIANGTAN_OFFICE = Viewer("xt", "湘潭整改办", "office", region_code="430300", region_name="湘潭市", user_id=3)


def _unit(engine, name: str) -> int:
    with Session(engine) as session:
        return session.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def people(engine, fixture_ids) -> dict[str, int]:
    leader = make_user(engine, "xt-leader", "leader", "430300")
    national = make_user(engine, "boss", "leader", None)
    add = commands.add_contact
    return {
        "fgj": add(
            engine,
            viewer=SYSTEM,
            channel="email",
            address="fgj@example.org",
            unit_id=_unit(engine, "县发改局"),
            name="发改局督察联络员",
        ),
        "zjj": add(
            engine,
            viewer=SYSTEM,
            channel="wecom",
            address=WECOM,
            unit_id=_unit(engine, "县住建局"),
            name="住建局整改群",
            receives_bulletin=True,
        ),
        "hbj": add(
            engine, viewer=SYSTEM, channel="feishu", address=FEISHU, unit_id=_unit(engine, "市环保局")
        ),
        "leader": add(engine, viewer=SYSTEM, channel="email", address="leader@example.org", user_id=leader),
        "boss": add(engine, viewer=SYSTEM, channel="email", address="boss@example.org", user_id=national),
    }


def _stored(engine) -> set[tuple]:
    with Session(engine) as session:
        rows = session.execute(
            select(
                Unit.name,
                User.username,
                Contact.region_code,
                Contact.channel,
                Contact.address,
                Contact.name,
                Contact.receives_bulletin,
                Contact.opted_out,
            )
            .outerjoin(Unit, Unit.id == Contact.unit_id)
            .outerjoin(User, User.id == Contact.user_id)
        ).all()
    return {tuple(row) for row in rows}


def _counts(plan) -> dict[str, tuple[int, int, int]]:
    return {c.sheet: (c.added, c.changed, c.unchanged) for c in plan.counts}


def test_export_then_import_gives_the_same_contacts(engine, people):
    commands.update_contact(engine, viewer=SYSTEM, contact_id=people["fgj"], opted_out=True)
    before = _stored(engine)
    assert len(before) == 5
    # The command line's export (a backup) holds every address whole.
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    rows = sheet_rows(data, "联系人")
    assert rows[0] == tuple(f"{h}" for h in HEADERS)
    assert ("保靖县", "县住建局", None, "企业微信群机器人", WECOM, "住建局整改群", "是", "否") in rows
    assert ("保靖县", "县发改局", None, "电子邮件", "fgj@example.org", "发改局督察联络员", "否", "是") in rows
    assert (None, None, "boss", "电子邮件", "boss@example.org", None, "否", "否") in rows
    assert _counts(preview_import(engine, data=data, filename="台账.xlsx", today=TODAY))["联系人"] == (
        0,
        0,
        5,
    )
    # Every contact gone, then the same file brings them back exactly.
    with Session(engine) as session, session.begin():
        session.execute(delete(Contact))
    plan = apply_import(engine, data=data, filename="台账.xlsx", actor="测试", today=TODAY)
    assert _counts(plan)["联系人"] == (5, 0, 0)
    assert _stored(engine) == before
    again = apply_import(engine, data=data, filename="台账.xlsx", actor="测试", today=TODAY)
    assert not again.has_changes


def test_an_office_download_hides_webhook_keys_and_imports_back_unchanged(engine, people):
    office = Viewer(username="office", display_name="整改办", role="office", user_id=1)
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY, user=office)
    rows = sheet_rows(data, "联系人")
    assert len(rows) == 6 and not any(KEY in str(cell) for row in rows for cell in row)
    assert (
        "保靖县",
        "县住建局",
        None,
        "企业微信群机器人",
        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***",
    ) in [r[:5] for r in rows]
    assert _counts(preview_import(engine, data=data, filename="a.xlsx", today=TODAY, user=office))[
        "联系人"
    ] == (0, 0, 5)
    # Edit it: 县住建局's group opts out (its key stays), a new mail for 市环保局.
    row = find_row(data, "联系人", 单位名称="县住建局")
    edited = edit_workbook(data, "联系人", {(row, "已退订"): "是", (row, "联系人或群名称"): "住建局新群"})
    edited = edit_workbook(
        edited,
        "联系人",
        {
            (7, "所属地区"): "湘潭市",
            (7, "单位名称"): "市环保局",
            (7, "渠道"): "电子邮件",
            (7, "地址"): "hbj@example.org",
        },
    )
    plan = preview_import(engine, data=edited, filename="a.xlsx", today=TODAY, user=office)
    assert plan.ok, [p.text() for p in plan.problems]
    assert _counts(plan)["联系人"] == (1, 1, 4)
    changes = plan.changes_frame()
    shown = changes[changes["工作表"] == "联系人"]
    assert set(shown["对象"]) == {
        "县住建局 企业微信群机器人 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***",
        "市环保局 电子邮件 hbj@example.org",
    }
    assert set(shown.loc[shown["对象"].str.startswith("县住建局"), "字段"]) == {"联系人或群名称", "已退订"}
    apply_import(
        engine,
        data=edited,
        filename="a.xlsx",
        actor="x",
        today=TODAY,
        user=office,
        expected_fingerprint=plan.fingerprint,
    )
    with Session(engine) as session:
        zjj = session.get(Contact, people["zjj"])
        assert (zjj.address, zjj.opted_out, zjj.name) == (WECOM, True, "住建局新群")
        new = session.scalar(select(Contact).where(Contact.address == "hbj@example.org"))
        assert new.region_code == "430300" and not new.opted_out
        audits = " ".join(
            f"{a.summary} {a.before_json} {a.after_json}"
            for a in session.scalars(select(AuditEntry).where(AuditEntry.entity == "contacts"))
        )
    assert "台账导入" in audits and "hbj@example.org" in audits and KEY not in audits


def test_a_county_office_exports_and_imports_its_own_contacts_only(engine, people):
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY, user=BAOJING_OFFICE)
    rows = sheet_rows(data, "联系人")[1:]
    assert {r[1] for r in rows} == {"县发改局", "县住建局"}  # not 湘潭市's units, not the leaders
    assert not any("example.org" in str(r[4]) and r[1] is None for r in rows)
    # A row of 湘潭市's unit, and one of a leader over every region: both refused, nothing written.
    bad = workbook_bytes(
        {
            "联系人": [
                HEADERS,
                ["保靖县", "县发改局", None, "电子邮件", "new@example.org", None, "否", "否"],
                ["湘潭市", "市环保局", None, "飞书群机器人", FEISHU, None, "是", "是"],
                [None, None, "boss", "电子邮件", "boss2@example.org", None, "否", "否"],
            ]
        }
    )
    before = snapshot(engine)
    plan = preview_import(engine, data=bad, filename="联系人.xlsx", today=TODAY, user=BAOJING_OFFICE)
    assert [p.text() for p in plan.problems] == [
        "文件“联系人.xlsx”，工作表“联系人”，第3行，B列（单位名称）："
        "市环保局（湘潭市）不在您的管辖范围（保靖县）内，不能导入其联系人。",
        "文件“联系人.xlsx”，工作表“联系人”，第4行，C列（用户名）："
        "boss测试（全部地区）不在您的管辖范围（保靖县）内，不能导入其联系人。",
    ]
    with pytest.raises(ImportRejected):
        apply_import(engine, data=bad, filename="联系人.xlsx", actor="x", today=TODAY, user=BAOJING_OFFICE)
    assert snapshot(engine) == before
    # 湘潭市's office may write its own unit's row.
    own = workbook_bytes(
        {"联系人": [HEADERS, ["湘潭市", "市环保局", None, "电子邮件", "hbj2@example.org", None, "是", "否"]]}
    )
    plan = apply_import(engine, data=own, filename="x.xlsx", actor="x", today=TODAY, user=XIANGTAN_OFFICE)
    assert _counts(plan)["联系人"] == (1, 0, 0)
    # Roles without the contacts right get the sheet empty.
    analyst = export_ledger(engine, filters=FindingFilters(), today=TODAY, user=ANALYST)
    assert sheet_rows(analyst, "联系人") == [tuple(HEADERS)]


def test_every_bad_contact_row_is_named_and_nothing_is_written(engine, people):
    rows = [
        HEADERS,
        ["保靖县", "县发改局", "xt-leader", "电子邮件", "a@example.org", None, None, None],  # 2: both owners
        [None, None, None, "电子邮件", "b@example.org", None, None, None],  # 3: no owner
        [None, "县发改局", None, "电子邮件", "c@example.org", None, None, None],  # 4: unit without region
        ["保靖县", "县发改委", None, "电子邮件", "d@example.org", None, None, None],  # 5: unknown unit
        [None, None, "nobody", "电子邮件", "e@example.org", None, None, None],  # 6: unknown user
        ["保靖县", None, "xt-leader", "电子邮件", "f@example.org", None, None, None],  # 7: user's region
        ["保靖县", "县发改局", None, "电子邮件", "not-mail", None, None, None],  # 8: bad e-mail
        ["保靖县", "县发改局", None, "钉钉群机器人", "ftp://robot", None, None, None],  # 9: not a webhook
        ["保靖县", "县发改局", None, "短信", "13800000000", None, None, None],  # 10: unknown channel
        [
            "保靖县",
            "县发改局",
            None,
            "企业微信群机器人",
            "https://q.example.org/send?key=***",
            None,
            None,
            None,
        ],  # 11
        ["保靖县", "县住建局", None, "电子邮件", "g@example.org", None, "也许", None],  # 12: not 是/否
        ["保靖县", "县住建局", None, "电子邮件", "h@example.org", None, None, None],  # 13
        ["保靖县", "县住建局", None, "电子邮件", "h@example.org ", None, None, None],  # 14: same as 13
        ["保靖县", "县住建局", None, "电子邮件", "i@example.org", "群" * 65, None, None],  # 15: name too long
    ]
    before = snapshot(engine)
    plan = preview_import(engine, data=workbook_bytes({"联系人": rows}), filename="c.xlsx", today=TODAY)
    found = {(p.row, p.column): p.message for p in plan.problems}
    assert found == {
        (2, "B列（单位名称）"): "“单位名称”和“用户名”须填写其中一项（只填一项）。",
        (3, "B列（单位名称）"): "“单位名称”和“用户名”须填写其中一项（只填一项）。",
        (4, "A列（所属地区）"): "单位的联系人须填写所属地区。",
        (5, "B列（单位名称）"): "未知单位“县发改委”（请先在“单位名录”中登记）。最接近的有：县发改局。",
        (6, "C列（用户名）"): "未知用户名“nobody”。",
        (7, "A列（所属地区）"): "用户“xt-leader”的所属地区是湘潭市，与本行不符。",
        (8, "E列（地址）"): "电子邮件地址格式不对：not-mail。",
        (9, "E列（地址）"): "钉钉群机器人的地址须是以 https:// 开头的 Webhook 地址。",
        (
            10,
            "D列（渠道）",
        ): "“短信”不是有效的渠道，应为：电子邮件 / 企业微信群机器人 / 钉钉群机器人 / 飞书群机器人。",
        (11, "E列（地址）"): "地址中的密钥已隐藏（***），系统中没有与之对应的联系方式；"
        "新的联系方式请填写完整的 Webhook 地址。",
        (12, "G列（接收月度通报）"): "“也许”应为“是”或“否”。",
        (14, None): "与第13行重复（同一单位或用户的同一联系方式）。",
        (15, "F列（联系人或群名称）"): "内容过长（65 字），联系人或群名称最多 64 字。",
    }
    with pytest.raises(ImportRejected):
        apply_import(engine, data=workbook_bytes({"联系人": rows}), filename="c.xlsx", actor="x", today=TODAY)
    assert snapshot(engine) == before


def test_a_contact_of_a_unit_added_by_the_same_file(engine, fixture_ids):
    data = workbook_bytes(
        {
            "单位名录": [["所属地区*", "单位名称*", "别名"], ["保靖县", "县林业局", "林业局"]],
            "联系人": [
                HEADERS,
                ["保靖县", "林业局", None, "电子邮件", "lyj@example.org", "林业局", "是", "否"],
            ],
        }
    )
    plan = apply_import(engine, data=data, filename="n.xlsx", actor="x", today=TODAY)
    assert _counts(plan) == {"单位名录": (1, 0, 0), "联系人": (1, 0, 0)}
    with Session(engine) as session:
        contact = session.scalar(select(Contact).where(Contact.address == "lyj@example.org"))
        assert (
            contact.unit.name == "县林业局" and contact.region_code == "433125" and contact.receives_bulletin
        )


def test_the_ledger_page_previews_and_imports_a_contact_change_without_showing_a_key(app_env, engine, people):
    from tests.app_helper import new_app
    from tests.users_helper import sign_in

    at = new_app()
    sign_in(at, "office", "433125")
    at.run()
    at.switch_page("pages/ledger.py").run()
    office = Viewer(
        "office433125", "保靖县整改办", "office", region_code="433125", region_name="保靖县", user_id=9
    )
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY, user=office)
    row = find_row(data, "联系人", 单位名称="县住建局")
    edited = edit_workbook(data, "联系人", {(row, "接收月度通报"): "否"})
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    at.file_uploader(key="ledger_upload_0").set_value(("联系人.xlsx", edited, xlsx)).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.metric[1].value == "1 行"  # 将修改
    changes = next(f.value for f in at.dataframe if "字段" in f.value.columns)
    assert changes[["工作表", "对象", "字段", "原值", "新值"]].values.tolist() == [
        [
            "联系人",
            "县住建局 企业微信群机器人 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***",
            "接收月度通报",
            "是",
            "否",
        ]
    ]
    assert not any(KEY in str(v) for f in at.dataframe for v in f.value.to_numpy().ravel())
    at.button(key="ledger_confirm").click().run()
    assert at.success[0].value == "已导入“联系人.xlsx”：联系人新增0、修改1。"
    with Session(engine) as session:
        contact = session.get(Contact, people["zjj"])
        assert (contact.address, contact.receives_bulletin) == (WECOM, False)


def test_a_contacts_csv_in_gbk_is_recognised_by_its_header(engine, people):
    text = (
        "所属地区,单位名称,用户名,渠道,地址,联系人或群名称,接收月度通报,已退订\n"
        "保靖县,县发改局,,电子邮件,fgj@example.org,发改局督察联络员,是,否\n"
    )
    plan = apply_import(engine, data=text.encode("gbk"), filename="联系人.csv", actor="x", today=TODAY)
    assert _counts(plan) == {"联系人（按表头识别为“联系人”）": (0, 1, 0)}
    with Session(engine) as session:
        assert session.get(Contact, people["fgj"]).receives_bulletin
