"""The demonstration's push history (推送记录): the last two weeks of reminders, written through
the outbox commands as the daily timer would, then marked as the sender would — without any
network. Every address is under example.org or a webhook on 127.0.0.1:9 (sample_data/contacts.yaml).

What the 通知推送 page then shows: the days before today sent, one group robot failed with the
reason the real sender gives for an unreachable robot (after its four attempts), and today's
messages still queued. The rules and texts are the real ones (`due_notices`); only delivery is
played.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.settings import get_settings, mask_secret
from data_access.commands.notify import claim, finish_attempt, queue, start_attempt
from data_access.models import OutboxMessage
from data_access.notifications import due_notices

DEMO_DAYS = 14
DEMO_WORKER = "示例数据"
MAX_ATTEMPTS = 4  # as notify.sender: a failure is tried four times before it is recorded


def generate_demo_outbox(engine: Engine, *, today: date) -> dict[str, int]:
    """Queue the reminders of the last DEMO_DAYS days and today; deliver (on paper) all but
    today's, one robot failing. Counts by status."""
    public_url = get_settings().public_url
    by_day: dict[date, list[int]] = {}
    for offset in range(DEMO_DAYS, -1, -1):
        day = today - timedelta(days=offset)
        notices = due_notices(engine, today=day, public_url=public_url)
        if not notices:
            continue
        queue(engine, notices, actor=DEMO_WORKER, now=datetime.combine(day, time(8, 0)))
        with Session(engine) as session:
            keys = [n.idempotency_key for n in notices]
            by_day[day] = list(
                session.scalars(select(OutboxMessage.id).where(OutboxMessage.idempotency_key.in_(keys)))
            )
    days = sorted(by_day)
    waiting = today if today in by_day else (days[-1] if days else None)
    delivered = [day for day in days if day != waiting]
    failing = _failing(engine, [i for day in delivered for i in by_day[day]])
    for day in delivered:
        start = datetime.combine(day, time(8, 5))
        for message_id in claim(
            engine, worker=DEMO_WORKER, now=start, stale_after=timedelta(minutes=10), ids=by_day[day]
        ):
            _play(engine, message_id, start, failing)
    with Session(engine) as session:
        rows = session.scalars(select(OutboxMessage.status)).all()
    return {status: rows.count(status) for status in ("sent", "failed", "queued")}


def _failing(engine: Engine, ids: list[int]) -> int | None:
    """The latest group-robot message delivered in the demo: the one that fails."""
    with Session(engine) as session:
        return session.scalar(
            select(OutboxMessage.id)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.channel != "email")
            .order_by(OutboxMessage.id.desc())
            .limit(1)
        )


def _play(engine: Engine, message_id: int, start: datetime, failing: int | None) -> None:
    """What the sender records for one message: sent at once, or four failed attempts."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        # The sender's backoff: 2, 4, 8 seconds between attempts.
        moment = start + timedelta(seconds=2**attempt - 2)
        message = start_attempt(engine, message_id, worker=DEMO_WORKER, now=moment)
        if message is None:
            return
        if message_id != failing:
            finish_attempt(engine, message_id, worker=DEMO_WORKER, now=moment)
            return
        reason = f"无法连接群机器人 {mask_secret(message.recipient)}（ConnectError）"
        finish_attempt(
            engine, message_id, worker=DEMO_WORKER, now=moment, error=reason, final=attempt == MAX_ATTEMPTS
        )
