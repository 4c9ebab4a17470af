"""The demo's push history: made through the outbox commands from the real rules, nothing sent
anywhere, and the 通知推送 page shows it filled (sent, one failed with its reason, queued)."""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.settings import get_settings
from data_access.commands.notify import queue
from data_access.models import OutboxMessage
from data_access.notifications import due_notices
from sample_data.loader import load_sample_data
from tests.fixture_data import TODAY


def test_the_demo_history_fills_the_push_record_without_sending_anything(engine, database_url, monkeypatch):
    started = time.perf_counter()
    load_sample_data(engine, today=TODAY)
    print(f"sample data with demo history and push record: {time.perf_counter() - started:.1f} s")
    with Session(engine) as session:
        rows = list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    by_status = {s: [m for m in rows if m.status == s] for s in ("sent", "failed", "queued", "sending")}
    assert len(by_status["sent"]) >= 10 and by_status["sending"] == []
    [failed] = by_status["failed"]
    assert failed.channel != "email" and failed.attempts == 4
    assert failed.last_error.startswith("无法连接群机器人 http://127.0.0.1:9/") and "***" in failed.last_error
    assert "demo-" not in failed.last_error  # the robot's key is never shown
    # Queued: exactly what the rules ask for today (the timer's run of today is still to come).
    today = due_notices(engine, today=TODAY, public_url=get_settings().public_url)
    assert sorted(m.idempotency_key for m in by_status["queued"]) == sorted(n.idempotency_key for n in today)
    assert {m.due_on for m in by_status["queued"]} == {TODAY}
    assert all(m.due_on < TODAY and m.sent_at.date() == m.due_on for m in by_status["sent"])
    for message in rows:
        assert message.recipient.endswith("example.org") or message.recipient.startswith(
            "http://127.0.0.1:9/"
        )
    # The real timer's run today adds nothing twice.
    assert queue(engine, today, actor="定时提醒").queued == 0

    # The page, as the demo's all-regions office sees it.
    from tests.app_helper import new_app
    from tests.users_helper import sign_in

    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DASHBOARD_TODAY", TODAY.isoformat())
    at = new_app()
    sign_in(at, "office")
    at.run()
    at.switch_page("pages/notify.py").run()
    assert not at.exception, [e.value for e in at.exception]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "待发送": str(len(by_status["queued"])),
        "发送中": "0",
        "已发送": str(len(by_status["sent"])),
        "发送失败": "1",
    }
    tables = [
        frame.value
        for frame in at.dataframe
        if "状态" in frame.value.columns and "标题" in frame.value.columns
    ]
    shown = {frozenset(t["状态"]): t for t in tables}
    assert len(shown[frozenset({"已发送"})]) == len(by_status["sent"])
    assert list(shown[frozenset({"发送失败"})]["失败原因"]) == [failed.last_error]
    assert len(shown[frozenset({"待发送"})]) == len(today)
    assert date.fromisoformat(shown[frozenset({"已发送"})]["发送时间"].iloc[0][:10]) < TODAY
