"""Reminders and bulletins: the rules' days, delivery to a real SMTP server and a real HTTP
server, retries, the outbox's once-only guarantee, region limits and the dry run."""

from __future__ import annotations

import email
import io
import json
import socket
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta
from email import policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.settings import get_settings, mask_secret
from data_access import notifications
from data_access.access import AccessDenied, Viewer, command_line
from data_access.commands import notify as commands
from data_access.commands.findings import refresh_state
from data_access.commands.session import write_session
from data_access.models import AuditEntry, Finding, OutboxMessage, ProgressReport, Unit
from notify import planner
from notify.sender import send_outbox
from notify.transport import Transport
from reports.linebreak import WORD_JOINER
from tests.fixture_data import TODAY
from tests.users_helper import make_user

SYSTEM = command_line("测试")
XIANGTAN_OFFICE = Viewer(username="xt", display_name="湘潭整改办", role="office", region_code="430300")
BAOJING_OFFICE = Viewer(username="bj", display_name="保靖整改办", role="office", region_code="433125")


# --- servers --------------------------------------------------------------------------------


class Mailbox:
    """aiosmtpd handler: keeps every message; `fail` answers DATA with a temporary error."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.fail = False

    async def handle_DATA(self, server, session, envelope):
        if self.fail:
            return "451 4.3.0 mailbox temporarily unavailable"
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m, (_, rcpts) in zip(self.messages, self.envelopes, strict=True) if address in rcpts]


def _authenticator(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=auth_data.login == b"robot" and auth_data.password == b"s3cret-pass")


@pytest.fixture
def mailbox(monkeypatch):
    box = Mailbox()
    with socket.socket() as probe:  # a free port (the controller's readiness check needs a real one)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        box, hostname="127.0.0.1", port=port, authenticator=_authenticator, auth_require_tls=False
    )
    controller.start()
    monkeypatch.setenv("DASHBOARD_SMTP_URL", f"smtp://robot:s3cret-pass@127.0.0.1:{port}")
    monkeypatch.setenv("DASHBOARD_SMTP_TLS", "none")
    monkeypatch.setenv("DASHBOARD_SMTP_FROM", "督察整改 <dashboard@example.org>")
    yield box
    controller.stop()


class Hooks:
    def __init__(self) -> None:
        self.posts: list[tuple[str, dict]] = []
        self.status = 200


@pytest.fixture
def hooks():
    record = Hooks()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers["Content-Length"])
            body = json.loads(self.rfile.read(length))
            record.posts.append((self.path, body))
            self.send_response(record.status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps({"errcode": 0, "errmsg": "ok"}).encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    record.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield record
    server.shutdown()
    server.server_close()


# --- helpers --------------------------------------------------------------------------------


def _unit(engine, name: str) -> int:
    with Session(engine) as session:
        return session.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def contacts(engine, fixture_ids, hooks):
    ids = {
        "fgj": commands.add_contact(
            engine,
            viewer=SYSTEM,
            channel="email",
            address="fgj@example.org",
            unit_id=_unit(engine, "县发改局"),
        ),
        "zjj_wecom": commands.add_contact(
            engine,
            viewer=SYSTEM,
            channel="wecom",
            address=f"{hooks.base}/cgi-bin/webhook/send?key=zjj-secret-key-123",
            unit_id=_unit(engine, "县住建局"),
        ),
        "nw": commands.add_contact(
            engine,
            viewer=SYSTEM,
            channel="email",
            address="nongwei@example.org",
            unit_id=_unit(engine, "市农委"),
        ),
        "hbj": commands.add_contact(
            engine,
            viewer=SYSTEM,
            channel="email",
            address="hbj@example.org",
            unit_id=_unit(engine, "市环保局"),
            receives_bulletin=True,
        ),
        "hbj_feishu": commands.add_contact(
            engine,
            viewer=SYSTEM,
            channel="feishu",
            address=f"{hooks.base}/open-apis/bot/v2/hook/feishu0123456789abcdef",
            unit_id=_unit(engine, "市环保局"),
            receives_bulletin=True,
        ),
    }
    return ids


def _plan(engine, day: date, **kwargs):
    return planner.plan_day(engine, today=day, settings=get_settings(), **kwargs)


def _by(notices, kind=None, finding=None, address=None):
    return [
        n
        for n in notices
        if (kind is None or n.kind == kind)
        and (finding is None or n.finding_id == finding)
        and (address is None or n.recipient.address == address)
    ]


def _deliver(engine, day: date, **kwargs):
    result = planner.queue_day(engine, today=day, settings=get_settings())
    return result, send_outbox(engine, get_settings(), sleep=lambda s: None, **kwargs)


def _outbox(engine) -> list[OutboxMessage]:
    with Session(engine) as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


# --- the rules' days ------------------------------------------------------------------------


def test_deadline_warnings_on_the_configured_days_to_the_lead_unit(engine, fixture_ids, contacts, mailbox):
    a3 = fixture_ids["A3"]  # due 2026-12-23, led by 县发改局
    fifteen = _by(_plan(engine, date(2026, 12, 8)), "deadline_warning", a3)
    assert [(n.recipient.address, n.colour) for n in fifteen] == [("fgj@example.org", "blue")]
    assert "距整改时限还有 15 天（2026年12月23日）" in fifteen[0].body
    assert f"/finding?finding={a3}" in fifteen[0].body
    three = _by(_plan(engine, date(2026, 12, 20)), "deadline_warning", a3)
    assert [(n.recipient.address, n.colour) for n in three] == [("fgj@example.org", "yellow")]
    for day in (date(2026, 12, 7), date(2026, 12, 9), date(2026, 12, 21), date(2026, 12, 23)):
        assert _by(_plan(engine, day), finding=a3) == [], day

    # Delivered: a real SMTP server gets exactly that message for 县发改局.
    result, report = _deliver(engine, date(2026, 12, 8))
    assert result.queued >= 1 and not report.failed
    received = mailbox.to("fgj@example.org")
    subjects = [m["Subject"] for m in received]
    assert "【蓝色预警】测试批次甲 第A3项 测试问题A3" in subjects
    mail = received[subjects.index("【蓝色预警】测试批次甲 第A3项 测试问题A3")]
    assert "距整改时限还有 15 天" in mail.get_content()
    assert mail["Message-ID"].startswith("<outbox-")
    assert mailbox.to("nongwei@example.org") == []  # B4's deadline is not on a warning day


def test_overdue_red_on_the_first_day_then_weekly(engine, fixture_ids, contacts):
    a2 = fixture_ids["A2"]  # due 2026-11-22: overdue from 11-23
    fired = {
        day: _by(_plan(engine, day), "overdue_warning", a2)
        for day in (TODAY + timedelta(days=i) for i in range(16))
    }
    days = [day for day, notices in fired.items() if notices]
    assert days == [date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7)]
    first = fired[date(2026, 11, 23)][0]
    assert first.colour == "red" and first.subject.startswith("【红色预警】")
    assert "已逾期 1 天" in first.body
    assert "已逾期 8 天" in fired[date(2026, 11, 30)][0].body


def test_a_region_setting_changes_its_days_and_nobody_elses(engine, fixture_ids, contacts):
    commands.set_rule(engine, viewer=BAOJING_OFFICE, kind="deadline_warning", days="10")
    a3, b4 = fixture_ids["A3"], fixture_ids["B4"]  # 保靖县 due 12-23; 湘潭县 due 12-10
    assert _by(_plan(engine, date(2026, 12, 8)), "deadline_warning", a3) == []
    assert len(_by(_plan(engine, date(2026, 12, 13)), "deadline_warning", a3)) == 1
    # 湘潭市 keeps the defaults: B4 (due 12-10) warned 3 days before.
    assert [n.colour for n in _by(_plan(engine, date(2026, 12, 7)), "deadline_warning", b4)] == ["yellow"]
    rules = notifications.effective_rules(engine, viewer=BAOJING_OFFICE).set_index("kind")
    assert rules.loc["deadline_warning", "days"] == "10" and rules.loc["deadline_warning", "own_setting"]
    assert (
        notifications.effective_rules(engine, viewer=XIANGTAN_OFFICE)
        .set_index("kind")
        .loc["deadline_warning", "days"]
        == "15,3"
    )


def _report_november(engine, finding_id: int) -> None:
    with write_session(engine) as session, session.begin():
        session.add(
            ProgressReport(
                finding_id=finding_id,
                period=date(2026, 11, 1),
                status="in_progress",
                reported_on=date(2026, 11, 24),
            )
        )
        session.flush()
        refresh_state(session, [session.get(Finding, finding_id)])


def test_report_reminders_on_the_25th_and_28th_only_to_units_missing_the_month(
    engine, fixture_ids, contacts, hooks, mailbox
):
    _report_november(engine, fixture_ids["B4"])  # 市农委 has reported November
    for day in (date(2026, 11, 24), date(2026, 11, 26), date(2026, 11, 27)):
        assert _by(_plan(engine, day), "report_reminder") == [], day
    for day in (date(2026, 11, 25), date(2026, 11, 28)):
        reminders = _by(_plan(engine, day), "report_reminder")
        # 县住建局 (A5, A6 without a November report), by its WeCom group; not 市农委.
        assert [n.recipient.contact_id for n in reminders] == [contacts["zjj_wecom"]], day
        assert "测试问题A5" in reminders[0].body and "测试问题A6" in reminders[0].body
        assert "2026年11月" in reminders[0].subject
    _deliver(engine, date(2026, 11, 25))
    posts = [body for path, body in hooks.posts if path.startswith("/cgi-bin/webhook/send")]
    assert len(posts) == 1
    assert posts[0]["msgtype"] == "markdown"
    assert "【月报提醒】县住建局" in posts[0]["markdown"]["content"]
    # 市农委 gets B4's 15-day warning that day, but no report reminder.
    assert [m["Subject"][:6] for m in mailbox.to("nongwei@example.org")] == ["【蓝色预警】"]


def test_the_monthly_bulletin_with_word_and_pdf_to_its_recipients(
    engine, fixture_ids, contacts, hooks, mailbox
):
    from docx import Document
    from pypdf import PdfReader

    assert _by(_plan(engine, date(2026, 12, 2)), "bulletin") == []
    _result, report = _deliver(engine, date(2026, 12, 3))  # the default day: last month's bulletin
    assert not report.failed
    [mail] = [m for m in mailbox.to("hbj@example.org") if "通报" in m["Subject"]]
    assert "2026年第11期" in mail["Subject"]
    files = {part.get_filename(): part.get_content() for part in mail.iter_attachments()}
    docx_name = next(n for n in files if n.endswith(".docx"))
    pdf_name = next(n for n in files if n.endswith(".pdf"))
    document = Document(io.BytesIO(files[docx_name]))
    # Word keeps numbers whole with word joiners (reports/linebreak.py): read without them.
    assert any("2026年第11期" in p.text.replace(WORD_JOINER, "") for p in document.paragraphs)
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(files[pdf_name])).pages)
    assert "2026年第11期" in pdf_text
    # The summary is in the message; the bulletin covers 湘潭市 only (the contact's region).
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "纳入调度的问题共5个" in body  # B1–B5: 湘潭市's findings, not the fixture's eleven
    assert "湘潭市" in "\n".join(p.text.replace(WORD_JOINER, "") for p in document.paragraphs)
    # 飞书: the text format, no files, a link to the dispatch page.
    [feishu] = [b for p, b in hooks.posts if "/open-apis/bot/" in p and "通报" in b["content"]["text"][:40]]
    assert feishu["msg_type"] == "text" and "2026年第11期" in feishu["content"]["text"]
    assert "/dispatch?month=2026年11月" in feishu["content"]["text"]


def test_weekly_digest_to_leaders_with_the_longest_overdue_findings(engine, fixture_ids, contacts, mailbox):
    leader = make_user(engine, "xt-leader", "leader", "430300")
    commands.add_contact(
        engine, viewer=XIANGTAN_OFFICE, channel="email", address="leader@example.org", user_id=leader
    )
    assert _by(_plan(engine, date(2026, 11, 24)), "digest") == []  # a Tuesday
    [digest] = _by(_plan(engine, date(2026, 11, 23)), "digest")  # a Monday
    assert "湘潭市整改工作周报" in digest.body
    assert "逾期 1 个" in digest.body  # of 湘潭市's findings only B3 is overdue on 11-23
    assert f"/finding?finding={fixture_ids['B3']}" in digest.body
    assert "测试问题A2" not in digest.body  # 保靖县 is not the leader's region
    _deliver(engine, date(2026, 11, 23))
    assert [m["Subject"] for m in mailbox.to("leader@example.org")] == [
        "【领导周报】湘潭市整改进展（11月23日）"
    ]


# --- delivery -------------------------------------------------------------------------------


def test_queueing_twice_the_same_day_queues_and_sends_once(engine, fixture_ids, contacts, mailbox):
    first, _ = _deliver(engine, date(2026, 12, 8))
    again, report = _deliver(engine, date(2026, 12, 8))
    assert first.queued > 0 and again.queued == 0 and again.already == first.queued
    assert report.sent == []
    keys = [m.idempotency_key for m in _outbox(engine)]
    assert len(keys) == len(set(keys))
    assert len(mailbox.messages) == sum(1 for m in _outbox(engine) if m.channel == "email")


def test_a_failing_server_is_retried_with_backoff_then_recorded_failed(
    engine, fixture_ids, contacts, mailbox
):
    mailbox.fail = True
    planner.queue_day(engine, today=date(2026, 12, 8), settings=get_settings())
    waits: list[float] = []
    report = send_outbox(engine, get_settings(), sleep=waits.append, backoff=0.5, max_attempts=3)
    emails = [m for m in _outbox(engine) if m.channel == "email"]
    assert emails and all(m.status == "failed" and m.attempts == 3 for m in emails)
    assert all("451" in m.last_error and "temporarily unavailable" in m.last_error for m in emails)
    assert waits[:2] == [0.5, 1.0]  # 1 ×, 2 × the backoff between the three attempts
    assert set(report.failed) == {m.id for m in emails}
    assert mailbox.messages == []
    # The office resends one by hand once the server is back: delivered once.
    mailbox.fail = False
    commands.resend(engine, viewer=SYSTEM, message_id=emails[0].id)
    again = send_outbox(engine, get_settings(), sleep=lambda s: None)
    assert again.sent == [emails[0].id] and len(mailbox.messages) == 1
    with Session(engine) as session:
        assert session.scalar(select(func.count()).where(AuditEntry.summary.like("手动重发%"))) == 1


def test_a_webhook_answering_500_is_failed_with_the_reason_and_no_key(engine, fixture_ids, contacts, hooks):
    hooks.status = 500
    planner.queue_day(engine, today=date(2026, 11, 25), settings=get_settings())
    send_outbox(engine, get_settings(), sleep=lambda s: None, max_attempts=2)
    [message] = [m for m in _outbox(engine) if m.channel == "wecom"]
    assert message.status == "failed" and message.attempts == 2
    assert "HTTP 500" in message.last_error and "zjj-secret-key-123" not in message.last_error
    assert len([p for p, _ in hooks.posts if p.startswith("/cgi-bin/")]) == 2


def test_a_sender_killed_midway_never_sends_twice(engine, fixture_ids, contacts, mailbox):
    planner.queue_day(engine, today=date(2026, 12, 8), settings=get_settings())
    emails = [m.id for m in _outbox(engine) if m.channel == "email"]
    assert len(emails) >= 2
    delivered, untouched = emails[0], emails[1]
    start = datetime(2026, 12, 8, 8, 0)
    # The first sender claims everything, delivers one message and dies before recording it.
    owned = commands.claim(engine, worker="dead", now=start, stale_after=timedelta(minutes=10))
    assert set(emails) <= set(owned)
    message = commands.start_attempt(engine, delivered, worker="dead", now=start)
    Transport(get_settings()).send(message)
    assert len(mailbox.messages) == 1
    # A second sender while the claims are fresh takes nothing.
    early = send_outbox(engine, get_settings(), now=lambda: start + timedelta(minutes=5))
    assert early.sent == [] and len(mailbox.messages) == 1
    # After the stale-claim timeout it sends the rest once, and not the delivered one.
    late = send_outbox(engine, get_settings(), now=lambda: start + timedelta(minutes=30))
    assert untouched in late.sent and delivered not in late.sent
    assert late.interrupted == 1
    rows = {m.id: m for m in _outbox(engine)}
    assert rows[delivered].status == "failed" and "可能已收到" in rows[delivered].last_error
    assert all(rows[i].status == "sent" for i in emails if i != delivered)
    ids = [m["Message-ID"] for m in mailbox.messages]
    assert len(ids) == len(set(ids)) == len(emails)  # every message once
    # A third run sends nothing more.
    assert send_outbox(engine, get_settings(), now=lambda: start + timedelta(hours=2)).sent == []
    assert len(mailbox.messages) == len(emails)


def test_dry_run_sends_and_queues_nothing(
    engine, database_url, fixture_ids, contacts, mailbox, monkeypatch, capsys
):
    import manage

    monkeypatch.setenv("DATABASE_URL", database_url)
    assert manage.main(["notify", "--today", "2026-12-08", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "【蓝色预警】测试批次甲 第A3项 测试问题A3" in out and "fgj@example.org" in out
    assert "zjj-secret-key-123" not in out
    assert mailbox.messages == [] and _outbox(engine) == []
    assert manage.main(["send-bulletin", "--month", "2026-11", "--to", "boss@example.org", "--dry-run"]) == 0
    assert "boss@example.org" in capsys.readouterr().out
    assert mailbox.messages == [] and _outbox(engine) == []
    # Without --dry-run the same commands deliver.
    assert manage.main(["notify", "--today", "2026-12-08"]) == 0
    assert any(m["Subject"] == "【蓝色预警】测试批次甲 第A3项 测试问题A3" for m in mailbox.messages)
    assert manage.main(["send-bulletin", "--month", "2026-11", "--to", "boss@example.org"]) == 0
    [bulletin] = mailbox.to("boss@example.org")
    assert "2026年第11期" in bulletin["Subject"]
    assert len(list(bulletin.iter_attachments())) == 2


def test_a_county_office_sees_and_changes_only_its_region(engine, fixture_ids, contacts, mailbox):
    _deliver(engine, date(2026, 12, 8))
    owners = set(notifications.contacts(engine, viewer=BAOJING_OFFICE)["owner"])
    assert owners == {"县发改局", "县住建局"}
    assert set(notifications.contacts(engine, viewer=XIANGTAN_OFFICE)["owner"]) == {"市农委", "市环保局"}
    box = notifications.outbox(engine, viewer=BAOJING_OFFICE)
    assert not box.empty
    with Session(engine) as session:
        regions = {session.get(OutboxMessage, int(i)).region_code for i in box["id"]}
    assert regions == {"433125"}
    assert set(notifications.outbox(engine, viewer=XIANGTAN_OFFICE)["id"]).isdisjoint(box["id"])
    with pytest.raises(AccessDenied):
        commands.add_contact(
            engine,
            viewer=XIANGTAN_OFFICE,
            channel="email",
            address="x@example.org",
            unit_id=_unit(engine, "县发改局"),
        )
    with pytest.raises(AccessDenied):
        commands.update_contact(engine, viewer=XIANGTAN_OFFICE, contact_id=contacts["fgj"], opted_out=True)
    with pytest.raises(AccessDenied):
        commands.resend(engine, viewer=XIANGTAN_OFFICE, message_id=int(box["id"].iloc[0]))
    # Tomorrow's preview of a region holds only its own messages.
    preview = planner.plan_day(engine, today=date(2026, 12, 7), settings=get_settings(), scope_code="430300")
    assert fixture_ids["B4"] in {n.finding_id for n in preview}
    assert {n.region_code for n in preview} <= {"430300", "430321", "430302", "430381"}
    everywhere = planner.plan_day(engine, today=date(2026, 12, 7), settings=get_settings())
    assert {n.region_code for n in everywhere} - {n.region_code for n in preview} == {"433125"}
    # Gaps: 保靖县's units have contacts; opting one out makes it a gap.
    assert notifications.contact_gaps(engine, viewer=BAOJING_OFFICE).empty
    commands.update_contact(engine, viewer=BAOJING_OFFICE, contact_id=contacts["fgj"], opted_out=True)
    gaps = notifications.contact_gaps(engine, viewer=BAOJING_OFFICE)
    assert list(gaps["unit_name"]) == ["县发改局"] and list(gaps["reason"]) == ["已退订"]
    assert _by(_plan(engine, date(2026, 12, 8)), address="fgj@example.org") == []


def test_a_wrong_tls_setting_fails_the_mails_not_the_dashboard(
    engine, fixture_ids, contacts, mailbox, monkeypatch
):
    monkeypatch.setenv("DASHBOARD_SMTP_TLS", "tls1.3")
    planner.queue_day(engine, today=date(2026, 12, 8), settings=get_settings())
    send_outbox(engine, get_settings(), sleep=lambda s: None)
    mails = [m for m in _outbox(engine) if m.channel == "email"]
    assert mails and all(m.status == "failed" and "DASHBOARD_SMTP_TLS" in m.last_error for m in mails)
    assert "s3cret-pass" not in " ".join(m.last_error for m in mails)
    assert mailbox.messages == []


def test_secrets_are_masked():
    assert mask_secret("smtp://robot:s3cret@mail.example.org:587") == "smtp://robot:***@mail.example.org:587"
    assert "abc" not in mask_secret("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")
    assert "0123456789abcdef" not in mask_secret(
        "https://open.feishu.cn/open-apis/bot/v2/hook/0123456789abcdef"
    )
    settings = replace(get_settings(), smtp_url="smtp://u:p@h:1")
    assert settings.smtp_url == "smtp://u:p@h:1"


def test_contacts_are_checked(engine, fixture_ids):
    with pytest.raises(ValueError, match="电子邮件地址格式不对"):
        commands.add_contact(
            engine, viewer=SYSTEM, channel="email", address="not-mail", unit_id=_unit(engine, "县发改局")
        )
    with pytest.raises(ValueError, match="Webhook"):
        commands.add_contact(
            engine, viewer=SYSTEM, channel="dingtalk", address="ftp://x", unit_id=_unit(engine, "县发改局")
        )
    with pytest.raises(ValueError, match="天数"):
        commands.set_rule(engine, viewer=SYSTEM, kind="report_reminder", days="40")


# --- the page (AppTest) and the sample data ---------------------------------------------------


def _open_page(region_code: str | None):
    from tests.app_helper import new_app
    from tests.users_helper import sign_in

    at = new_app()
    sign_in(at, "office", region_code)
    at.run()
    at.switch_page("pages/notify.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "通知推送"
    return at


def _tables(at) -> list:
    return [frame.value for frame in at.dataframe]


def test_the_page_shows_sent_failed_queued_gaps_and_tomorrow_in_the_office_region(
    app_env, engine, contacts, mailbox, hooks
):
    hooks.status = 500  # the WeCom group of 县住建局 fails
    for day in (TODAY, date(2026, 11, 25)):  # red warnings by mail; the report reminder by WeCom
        planner.queue_day(engine, today=day, settings=get_settings())
    send_outbox(engine, get_settings(), sleep=lambda s: None, max_attempts=1)
    at = _open_page("433125")  # 保靖县's office

    def by_status(label):
        return next(t for t in _tables(at) if "状态" in t.columns and set(t["状态"]) == {label})

    sent, failed = by_status("已发送"), by_status("发送失败")
    assert "【红色预警】测试批次甲 第A2项 测试问题A2" in set(sent["标题"])
    assert set(sent["地址"]) == {"fgj@example.org"}  # nothing of 湘潭市
    assert list(failed["渠道"]) == ["企业微信群机器人"]
    assert list(failed["标题"]) == ["【月报提醒】县住建局 2026年11月整改进展尚未报送（2 项）"]
    assert all("HTTP 500" in reason for reason in failed["失败原因"])
    assert not any("zjj-secret-key-123" in str(v) for table in _tables(at) for v in table.to_numpy().ravel())
    # The preview of tomorrow (11-24): A1 (due 11-23) turns overdue, a red warning to 县发改局.
    preview = next(t for t in _tables(at) if "内容" in t.columns)
    assert "【红色预警】测试批次甲 第A1项 测试问题A1" in set(preview["标题"])
    # Resend the failed message: queued again, shown in the queue.
    at.selectbox(key="resend_id").select(int(failed["编号"].iloc[0]))
    next(f for f in at.get("form_submit_button") if f.label == "重新排队发送").click().run()
    assert not at.exception
    assert "已重新排队" in at.success[0].value
    queued = by_status("待发送")
    assert list(queued["编号"]) == [int(failed["编号"].iloc[0])]


def test_the_page_adds_a_contact_and_lists_gaps(app_env, engine, hooks):
    at = _open_page("430300")
    gaps = next(t for t in _tables(at) if "牵头单位" in t.columns)
    # Lead units of open findings without a contact (市住建局's only finding, B2, is closed).
    assert set(gaps["牵头单位"]) == {"市环保局", "市农委"}
    units = at.selectbox(key="contact_unit")
    units.set_value(_unit(engine, "市农委"))
    at.selectbox(key="contact_channel").set_value("email")
    at.text_input(key="contact_address").input("nw@example.org")
    next(f for f in at.get("form_submit_button") if f.label == "添加").click().run()
    assert not at.exception and "联系人已添加" in at.success[0].value
    people = notifications.contacts(engine, viewer=XIANGTAN_OFFICE)
    assert list(people["address"]) == ["nw@example.org"] and list(people["owner"]) == ["市农委"]
    gaps = next(t for t in _tables(at) if "牵头单位" in t.columns)
    assert "市农委" not in set(gaps["牵头单位"])


def test_the_sample_data_hold_contacts_that_send_nothing_outside(tmp_path):
    from data_access.db import get_engine, migrate
    from sample_data.loader import load_sample_data

    engine = get_engine(f"sqlite:///{tmp_path / 'sample.sqlite3'}")
    migrate(engine)
    load_sample_data(engine, today=TODAY, with_history=False)
    people = notifications.contacts(engine, viewer=SYSTEM)
    assert len(people) >= 6
    with Session(engine) as session:
        from data_access.models import Contact

        addresses = [c.address for c in session.scalars(select(Contact))]
    for address in addresses:
        assert address.endswith("example.org") or address.startswith("http://127.0.0.1:9/"), address
    assert not notifications.contact_gaps(engine, viewer=SYSTEM).empty  # the page shows gaps too


def test_two_senders_at_once_send_each_message_once(engine, fixture_ids, contacts, mailbox, hooks):
    for day in (date(2026, 12, 8), date(2026, 11, 25), date(2026, 12, 3)):
        planner.queue_day(engine, today=day, settings=get_settings())
    queued = _outbox(engine)
    reports = []

    def run() -> None:
        reports.append(send_outbox(engine, get_settings(), sleep=lambda s: None))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    sent = [i for report in reports for i in report.sent]
    assert sorted(sent) == sorted(m.id for m in queued)  # each row by exactly one sender
    assert all(m.status == "sent" for m in _outbox(engine))
    ids = [m["Message-ID"] for m in mailbox.messages]
    assert len(ids) == len(set(ids)) == sum(1 for m in queued if m.channel == "email")
    assert len(hooks.posts) == sum(1 for m in queued if m.channel != "email")


def test_without_a_mail_server_mails_fail_at_once_with_the_reason(engine, fixture_ids, contacts, monkeypatch):
    monkeypatch.delenv("DASHBOARD_SMTP_URL", raising=False)
    planner.queue_day(engine, today=date(2026, 12, 8), settings=get_settings())
    waits: list[float] = []
    send_outbox(engine, get_settings(), sleep=waits.append)
    mails = [m for m in _outbox(engine) if m.channel == "email"]
    assert mails and all(m.status == "failed" and m.attempts == 1 for m in mails)
    assert all("DASHBOARD_SMTP_URL" in m.last_error for m in mails) and waits == []
