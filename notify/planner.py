"""What a day's rules send, including the monthly bulletin with its Word and PDF files."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from core.settings import Settings, mask_secret
from data_access.commands.notify import QueueResult, queue
from data_access.dispatch import describe_scope, monthly_dispatch, previous_month_start
from data_access.metrics import FindingFilters
from data_access.notifications import Notice, Recipient, bulletin_recipients, due_notices
from reports.bulletin import make_bulletin
from reports.formats import FORMATS, build_bulletin

if TYPE_CHECKING:
    from sqlalchemy import Engine

BULLETIN_FORMATS = ("docx", "pdf")


def bulletin_notices(
    engine: Engine,
    *,
    month: date,
    recipients: dict[str | None, list[Recipient]],
    today: date,
    settings: Settings,
    with_files: bool = True,
) -> list[Notice]:
    """The month's bulletin for each region's recipients: files for e-mail, the summary for all.
    Without `with_files` (the page's preview) the Word and PDF are named, not made."""
    notices = []
    for region, people in recipients.items():
        filters = FindingFilters(scope_code=region, region_code=region)
        dispatch = monthly_dispatch(engine, filters=filters, month=month, today=today)
        bulletin = make_bulletin(dispatch, issued_on=today, scope=describe_scope(engine, filters=filters))
        files, missing = [], []
        for name in BULLETIN_FORMATS:
            fmt = FORMATS[name]
            if fmt.unavailable():  # the PDF needs a Chinese font on this machine
                missing.append(f"{fmt.label}：{fmt.unavailable()}")
                continue
            content = build_bulletin(bulletin, name) if with_files else b""
            files.append((fmt.file_name(bulletin), fmt.mime, content))
        link = f"{settings.public_url}/dispatch?month={month.year}年{month.month}月"
        summary = "\n".join(bulletin.paragraphs)
        for person in people:
            attached = person.channel == "email"
            tail = (
                f"\n\n附件：{'、'.join(f[0] for f in files)}"
                if attached and files
                else f"\n\n通报全文请在看板下载：{link}"
            )
            notes = ("\n" + "\n".join(missing)) if missing and attached else ""
            notices.append(
                Notice(
                    kind="bulletin",
                    recipient=person,
                    day=today,
                    subject=bulletin.full_title,
                    body=f"{bulletin.office}\n{bulletin.full_title}\n\n{summary}{tail}{notes}",
                    subject_key=f"{month:%Y%m}-{region or 'all'}",
                    region_code=region,
                    attachments=files if attached else [],
                )
            )
    return notices


def plan_day(
    engine: Engine, *, today: date, settings: Settings, scope_code: str | None = None, with_files: bool = True
) -> list[Notice]:
    """Every message the rules ask for on `today`, the bulletin of the month before included."""
    notices = due_notices(engine, today=today, public_url=settings.public_url, scope_code=scope_code)
    recipients = bulletin_recipients(engine, today=today, scope_code=scope_code)
    if recipients:
        month = previous_month_start(today.replace(day=1))
        notices += bulletin_notices(
            engine, month=month, recipients=recipients, today=today, settings=settings, with_files=with_files
        )
    return notices


def queue_day(engine: Engine, *, today: date, settings: Settings, actor: str = "定时提醒") -> QueueResult:
    """Work out today's messages and write them to the outbox, in one transaction."""
    return queue(engine, plan_day(engine, today=today, settings=settings), actor=actor)


def describe(notice: Notice, lines: int = 3) -> str:
    """Recipient, subject and the first lines, for --dry-run and the preview (no secrets)."""
    address = (
        notice.recipient.address
        if notice.recipient.channel == "email"
        else mask_secret(notice.recipient.address)
    )
    head = "\n".join(f"    {line}" for line in notice.body.splitlines()[:lines])
    files = (
        f"\n    附件：{'、'.join(name for name, _, _ in notice.attachments)}" if notice.attachments else ""
    )
    who = f"→ {notice.recipient.name or ''} <{address}>（{notice.recipient.channel}）"
    return f"{who}\n  {notice.subject}\n{head}{files}"
