"""The sender: claims queued outbox rows, delivers each, records sent or failed.

Retries: a failed delivery is tried again after 1, 2, 4 … × `backoff` seconds, up to
`max_attempts` in all, inside the run; then the row is failed with the last reason. The
guarantees against sending twice are in data_access.commands.notify (claim, `sending`, `sent`).
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from core.settings import Settings
from data_access.commands import notify as outbox
from notify.transport import DeliveryError, Transport

if TYPE_CHECKING:
    from sqlalchemy import Engine

MAX_ATTEMPTS = 4
BACKOFF_SECONDS = 2.0
STALE_AFTER = timedelta(minutes=10)  # a claim older than this belongs to a sender that stopped


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    interrupted: int = 0  # rows found cut off mid-delivery (failed, not resent)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:100]


def send_outbox(
    engine: Engine,
    settings: Settings,
    *,
    transport: Transport | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
    stale_after: timedelta = STALE_AFTER,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = lambda: datetime.now().replace(microsecond=0),
    ids: list[int] | None = None,
) -> SendReport:
    """Deliver the queued messages (or those of `ids`) once each."""
    report = SendReport()
    report.interrupted = outbox.recover_interrupted(engine, now=now(), stale_after=stale_after)
    worker = worker_name()
    own = transport is None
    transport = transport or Transport(settings)
    try:
        for message_id in outbox.claim(engine, worker=worker, now=now(), stale_after=stale_after, ids=ids):
            while True:
                message = outbox.start_attempt(engine, message_id, worker=worker, now=now())
                if message is None:  # another sender took the row over
                    break
                try:
                    transport.send(message)
                except DeliveryError as error:
                    final = error.permanent or message.attempts >= max_attempts
                    outbox.finish_attempt(
                        engine, message_id, worker=worker, now=now(), error=str(error), final=final
                    )
                    if final:
                        report.failed[message_id] = str(error)
                        break
                    sleep(backoff * 2 ** (message.attempts - 1))
                    continue
                # Marked at once, in its own transaction: the window in which a stop could
                # leave a delivered message unrecorded is this one statement.
                outbox.finish_attempt(engine, message_id, worker=worker, now=now())
                report.sent.append(message_id)
                break
    finally:
        if own:
            transport.close()
    return report
