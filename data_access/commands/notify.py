"""Writes of the reminders and bulletins: contacts, rule settings, the outbox and its sender.

Contacts, rule settings, queueing and a resend are office actions: one write session each, with
an audit entry. The sender's bookkeeping (claim, attempt, sent, failed) is delivery state, not
dashboard data: plain short transactions that do not bump the data version (each message would
otherwise empty every page cache), as the account tables do.

Exactly once, as far as it can be had (docs/decisions.md, "Outbox"):

- queueing inserts with ON CONFLICT DO NOTHING on the unique idempotency key, so a rule that
  fires twice the same day (two runs, two machines) queues one message;
- a sender claims a row with one conditional UPDATE (`status='queued' AND (unclaimed OR claim
  stale)`); only the sender whose UPDATE changed the row owns it;
- just before delivering it sets `status='sending'` (committed), and right after the server
  accepted it `status='sent'`. A row still `sending` after the stale-claim timeout was cut off
  between those two commits: the server may have it. It is never sent again automatically but
  recorded failed with that reason, so the office can check and resend by hand. A claimed row
  never started (`queued`) is taken over by the next run and sent once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from core.settings import mask_secret
from core.vocabulary import CHANNEL_LABELS, CHANNELS, NOTICE_KIND_LABELS
from data_access.access import MANAGE_USERS, AccessDenied, Viewer, region_visible, require
from data_access.commands.audit import record_change
from data_access.commands.session import write_session
from data_access.models import (
    Batch,
    Contact,
    NotificationRule,
    OutboxAttachment,
    OutboxMessage,
    Region,
    Unit,
    User,
)
from data_access.notifications import (
    BATCH_RULES,
    DEFAULT_DAYS,
    Notice,
    batch_in_scope,
    message_in_scope,
    parse_days,
)

INTERRUPTED = (
    "发送过程中断（发送程序在投递后、记录前停止），对方可能已收到；为避免重复未自动重发，请核实后手动重发"
)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- contacts and rules -----------------------------------------------------------------------


def shown_address(channel: str, address: str) -> str:
    """An e-mail address as it is; a webhook with its key hidden (audit trail, pages, logs)."""
    return address if channel == "email" else mask_secret(address)


def check_address(channel: str, address: str) -> str:
    address = (address or "").strip()
    if channel not in CHANNELS:
        raise ValueError(f"未知的联系方式类型：{channel}")
    if not address:
        raise ValueError("地址不能为空")
    if len(address) > 500:  # the column's size
        raise ValueError(f"地址过长（{len(address)} 个字符），最多 500 个字符")
    if channel == "email":
        local, _, domain = address.partition("@")
        if not local or "." not in domain or " " in address:
            raise ValueError(f"电子邮件地址格式不对：{address}")
    elif not address.startswith(("https://", "http://")):
        raise ValueError(f"{CHANNEL_LABELS[channel]}的地址须是以 https:// 开头的 Webhook 地址")
    return address


def save_contact(
    session: Session,
    contact: Contact | None,
    *,
    owner: Unit | User | None = None,
    channel: str,
    address: str,
    **values,
) -> Contact:
    """Create (contact None) or change a contact of a unit or a user in `session`; its region is
    the owner's. `values`: name, receives_bulletin, opted_out. The page and the ledger both
    write through here (the caller checks rights and region and records the audit entry)."""
    address = check_address(channel, address)
    if contact is None and owner is None:
        raise ValueError("联系人须属于一个单位或一个用户")
    if "name" in values:
        values["name"] = (values["name"] or "").strip() or None
        if values["name"] and len(values["name"]) > 64:
            raise ValueError(f"联系人或群名称过长（{len(values['name'])} 字），最多 64 字")
    if contact is None:
        contact = Contact(channel=channel, address=address, receives_bulletin=False, opted_out=False)
        if isinstance(owner, Unit):
            contact.unit = owner
        else:
            contact.user_id = owner.id
        contact.region_code = owner.region_code
        session.add(contact)
    contact.address = address
    for key, value in values.items():
        setattr(contact, key, bool(value) if key in ("receives_bulletin", "opted_out") else value)
    return contact


def add_contact(
    engine: Engine,
    *,
    viewer: Viewer,
    channel: str,
    address: str,
    unit_id: int | None = None,
    user_id: int | None = None,
    name: str | None = None,
    receives_bulletin: bool = False,
) -> int:
    """A new contact of a unit or a user inside the viewer's region; its id."""
    require(viewer, MANAGE_USERS)
    address = check_address(channel, address)
    if (unit_id is None) == (user_id is None):
        raise ValueError("联系人须属于一个单位或一个用户")
    with write_session(engine) as session, session.begin():
        if unit_id is not None:
            owner = session.get(Unit, unit_id)
            owner_name = owner.name if owner else None
        else:
            owner = session.get(User, user_id)
            owner_name = owner.display_name if owner else None
        if owner is None or not region_visible(session, viewer, owner.region_code):
            raise AccessDenied(f"该单位或用户不在您的管辖范围（{viewer.scope_label}）内，或不存在。")
        duplicate = session.scalar(
            select(Contact.id).where(
                Contact.unit_id.is_(None) if unit_id is None else Contact.unit_id == unit_id,
                Contact.user_id.is_(None) if user_id is None else Contact.user_id == user_id,
                Contact.channel == channel,
                Contact.address == address,
            )
        )
        if duplicate is not None:
            raise ValueError(f"{owner_name}已有这个联系方式")
        contact = save_contact(
            session,
            None,
            owner=owner,
            channel=channel,
            address=address,
            name=name,
            receives_bulletin=receives_bulletin,
        )
        session.flush()
        record_change(
            session,
            actor=viewer.audit_name,
            action="create",
            entity="contacts",
            entity_id=contact.id,
            summary=f"新增联系人：{owner_name} {CHANNEL_LABELS[channel]} {shown_address(channel, address)}",
        )
        return contact.id


def _contact_in_scope(session: Session, viewer: Viewer, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or not region_visible(session, viewer, contact.region_code):
        raise AccessDenied(
            f"联系人（编号 {contact_id}）不在您的管辖范围（{viewer.scope_label}）内，或不存在。"
        )
    return contact


def update_contact(
    engine: Engine,
    *,
    viewer: Viewer,
    contact_id: int,
    opted_out: bool | None = None,
    receives_bulletin: bool | None = None,
    address: str | None = None,
    name: str | None = None,
) -> bool:
    """Change a contact inside the viewer's region: its address (checked for its channel), its
    name ("" clears it), opting out (or back in), the bulletin. True when something changed."""
    require(viewer, MANAGE_USERS)
    with write_session(engine) as session, session.begin():
        contact = _contact_in_scope(session, viewer, contact_id)
        fields = ("address", "name", "opted_out", "receives_bulletin")
        before = {key: getattr(contact, key) for key in fields}
        values = {
            key: value
            for key, value in (
                ("name", name),
                ("opted_out", opted_out),
                ("receives_bulletin", receives_bulletin),
            )
            if value is not None
        }
        new_address = contact.address if address is None else check_address(contact.channel, address)
        if new_address != contact.address:
            duplicate = session.scalar(
                select(Contact.id).where(
                    Contact.id != contact.id,
                    Contact.unit_id.is_(None)
                    if contact.unit_id is None
                    else Contact.unit_id == contact.unit_id,
                    Contact.user_id.is_(None)
                    if contact.user_id is None
                    else Contact.user_id == contact.user_id,
                    Contact.channel == contact.channel,
                    Contact.address == new_address,
                )
            )
            if duplicate is not None:
                shown = shown_address(contact.channel, new_address)
                raise ValueError(f"同一单位或用户已有联系方式 {shown}（编号 {duplicate}）")
        save_contact(session, contact, channel=contact.channel, address=new_address, **values)
        after = {key: getattr(contact, key) for key in fields}
        labels = {"address": "地址", "name": "名称", "opted_out": "退订", "receives_bulletin": "接收通报"}
        changed = [labels[key] for key in fields if after[key] != before[key]]
        if not changed:
            return False
        for state in (before, after):  # a webhook's key never goes into the audit trail
            state["address"] = shown_address(contact.channel, state["address"])
        record_change(
            session,
            actor=viewer.audit_name,
            action="update",
            entity="contacts",
            entity_id=contact.id,
            summary="修改联系人：" + "、".join(changed),
            before=before,
            after=after,
        )
        return True


def delete_contact(engine: Engine, *, viewer: Viewer, contact_id: int) -> None:
    require(viewer, MANAGE_USERS)
    with write_session(engine) as session, session.begin():
        contact = _contact_in_scope(session, viewer, contact_id)
        shown = shown_address(contact.channel, contact.address)
        session.delete(contact)
        record_change(
            session,
            actor=viewer.audit_name,
            action="delete",
            entity="contacts",
            entity_id=contact_id,
            summary=f"删除联系人：{CHANNEL_LABELS[contact.channel]} {shown}",
        )


def _rule_target(session: Session, viewer: Viewer, region_code: str | None, batch_id: int | None) -> str:
    """Check the region and batch a setting is for; the target's name for messages."""
    if not region_visible(session, viewer, region_code):
        raise AccessDenied(f"地区 {region_code or '全部地区'} 不在您的管辖范围（{viewer.scope_label}）内。")
    name = (
        session.scalar(select(Region.name).where(Region.code == region_code)) if region_code else "全部地区"
    )
    if region_code and name is None:
        raise ValueError(f"未知地区：{region_code}")
    if batch_id is None:
        return name
    batch = session.get(Batch, batch_id)
    if batch is None or not batch_in_scope(session, batch_id, region_code):
        raise AccessDenied(f"督察批次（编号 {batch_id}）在{name}没有问题，不能为它设置提醒规则。")
    return f"{name} {batch.name}"


def set_rules(
    engine: Engine,
    *,
    viewer: Viewer,
    settings: dict[str, tuple[str, bool]],
    region_code: str | None = None,
    batch_id: int | None = None,
) -> list[str]:
    """Save the settings (kind → (days, enabled)) of one region, or of one batch in a region, in
    one transaction; every wrong field is named in one Chinese ValueError and nothing is saved.

    `region_code` None means the viewer's own region (everywhere for an unlimited office).
    The kinds whose setting changed, in order.
    """
    require(viewer, MANAGE_USERS)
    region_code = region_code or viewer.region_code
    errors, parsed = [], {}
    for kind, (days, enabled) in settings.items():
        if kind not in DEFAULT_DAYS:
            errors.append(f"未知的提醒规则：{kind}")
            continue
        if batch_id is not None and kind not in BATCH_RULES:
            errors.append(f"{NOTICE_KIND_LABELS[kind]}按地区设置，不能按批次设置")
            continue
        try:
            parsed[kind] = (",".join(str(d) for d in parse_days(days, kind)), enabled)
        except ValueError as error:
            label = NOTICE_KIND_LABELS[kind]
            errors.append(str(error) if str(error).startswith(label) else f"{label}：{error}")
    if errors:
        raise ValueError("；".join(errors))
    written = []
    with write_session(engine) as session, session.begin():
        target = _rule_target(session, viewer, region_code, batch_id)
        for kind, (text, enabled) in parsed.items():
            rule = session.scalar(
                select(NotificationRule).where(
                    NotificationRule.kind == kind,
                    NotificationRule.region_code.is_(None)
                    if region_code is None
                    else NotificationRule.region_code == region_code,
                    NotificationRule.batch_id.is_(None)
                    if batch_id is None
                    else NotificationRule.batch_id == batch_id,
                )
            )
            before = {"days": rule.days, "enabled": rule.enabled} if rule else None
            if before == {"days": text, "enabled": enabled}:
                continue
            if rule is None:
                rule = NotificationRule(kind=kind, region_code=region_code, batch_id=batch_id)
                session.add(rule)
            rule.days, rule.enabled = text, enabled
            written.append(kind)
            session.flush()
            record_change(
                session,
                actor=viewer.audit_name,
                action="update" if before else "create",
                entity="notification_rules",
                entity_id=rule.id,
                summary=f"提醒规则：{NOTICE_KIND_LABELS[kind]}（{target}）{text}"
                + ("" if enabled else "（停用）"),
                before=before,
                after={"days": text, "enabled": enabled},
            )
    return written


def set_rule(
    engine: Engine,
    *,
    viewer: Viewer,
    kind: str,
    days: str,
    enabled: bool = True,
    batch_id: int | None = None,
    region_code: str | None = None,
) -> None:
    """One rule's setting for the viewer's region (or a region inside it, or a batch there)."""
    set_rules(
        engine, viewer=viewer, settings={kind: (days, enabled)}, region_code=region_code, batch_id=batch_id
    )


def clear_rules(
    engine: Engine, *, viewer: Viewer, region_code: str | None = None, batch_id: int | None = None
) -> int:
    """Remove the settings of one region (or batch there): the enclosing or default rules apply again."""
    require(viewer, MANAGE_USERS)
    region_code = region_code or viewer.region_code
    with write_session(engine) as session, session.begin():
        target = _rule_target(session, viewer, region_code, batch_id)
        rules = list(
            session.scalars(
                select(NotificationRule).where(
                    NotificationRule.region_code.is_(None)
                    if region_code is None
                    else NotificationRule.region_code == region_code,
                    NotificationRule.batch_id.is_(None)
                    if batch_id is None
                    else NotificationRule.batch_id == batch_id,
                )
            )
        )
        for rule in rules:
            session.delete(rule)
        if rules:
            record_change(
                session,
                actor=viewer.audit_name,
                action="delete",
                entity="notification_rules",
                entity_id=None,
                summary=f"提醒规则恢复为上级或默认设置（{target}）：{len(rules)} 条",
                before={rule.kind: rule.days for rule in rules},
            )
    return len(rules)


def set_bulletin_recipients(
    engine: Engine, *, viewer: Viewer, region_code: str | None, contact_ids: list[int]
) -> tuple[int, int]:
    """The contacts of one region that receive its monthly bulletin: exactly `contact_ids`
    (each a contact of that region). (switched on, switched off)."""
    require(viewer, MANAGE_USERS)
    region_code = region_code or viewer.region_code
    with write_session(engine) as session, session.begin():
        target = _rule_target(session, viewer, region_code, None)
        contacts = {
            c.id: c
            for c in session.scalars(
                select(Contact).where(
                    Contact.region_code.is_(None)
                    if region_code is None
                    else Contact.region_code == region_code
                )
            )
        }
        foreign = sorted(set(contact_ids) - set(contacts))
        if foreign:
            raise ValueError(
                f"联系人（编号 {'、'.join(map(str, foreign))}）不属于{target}，不能接收本地区的通报"
            )
        on = off = 0
        for contact in contacts.values():
            wanted = contact.id in contact_ids
            if contact.receives_bulletin != wanted:
                contact.receives_bulletin = wanted
                on, off = on + wanted, off + (not wanted)
        if on or off:
            record_change(
                session,
                actor=viewer.audit_name,
                action="update",
                entity="contacts",
                entity_id=None,
                summary=f"月度通报收件人（{target}）：新增 {on} 个，取消 {off} 个",
                after={"receives_bulletin": sorted(contact_ids)},
            )
    return on, off


# --- the outbox -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueResult:
    queued: int
    already: int  # the same key was queued before (today's run repeated)


def queue(engine: Engine, notices: list[Notice], *, actor: str, now: datetime | None = None) -> QueueResult:
    """Write the notices to the outbox in one transaction; a key already there is skipped."""
    now = now or _now()
    dialect = engine.dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    queued = 0
    with write_session(engine) as session, session.begin():
        for notice in notices:
            values = {
                "idempotency_key": notice.idempotency_key,
                "kind": notice.kind,
                "channel": notice.recipient.channel,
                "recipient": notice.recipient.address,
                "recipient_name": notice.recipient.name,
                "contact_id": notice.recipient.contact_id,
                "region_code": notice.region_code,
                "finding_id": notice.finding_id,
                "unit_id": notice.unit_id,
                "colour": notice.colour,
                "subject": notice.subject[:300],
                "body": notice.body,
                "due_on": notice.day,
                "status": "queued",
                "attempts": 0,
                "created_at": now,
            }
            statement = (
                insert(OutboxMessage.__table__)
                .values(**values)
                .on_conflict_do_nothing(index_elements=["idempotency_key"])
                .returning(OutboxMessage.__table__.c.id)
            )
            message_id = session.execute(statement).scalar()
            if message_id is None:
                continue
            queued += 1
            for file_name, mime, content in notice.attachments:
                session.add(
                    OutboxAttachment(message_id=message_id, file_name=file_name, mime=mime, content=content)
                )
        if queued:
            record_change(
                session,
                actor=actor,
                action="create",
                entity="outbox",
                entity_id=None,
                summary=f"通知排队：{queued} 条（重复 {len(notices) - queued} 条未再排队）",
            )
    return QueueResult(queued=queued, already=len(notices) - queued)


def resend(engine: Engine, *, viewer: Viewer, message_id: int) -> None:
    """Queue a failed (or sent) message again, by hand: the office checked it was not received."""
    require(viewer, MANAGE_USERS)
    with write_session(engine) as session, session.begin():
        message = message_in_scope(session, viewer, message_id)
        if message is None:
            raise AccessDenied(
                f"消息（编号 {message_id}）不在您的管辖范围（{viewer.scope_label}）内，或不存在。"
            )
        if message.status in ("queued", "sending"):
            raise ValueError("这条消息正在排队或发送中，无需重发")
        before = {"status": message.status, "last_error": message.last_error}
        message.status, message.attempts = "queued", 0
        message.claimed_by = message.claimed_at = None
        message.last_error = None
        record_change(
            session,
            actor=viewer.audit_name,
            action="update",
            entity="outbox",
            entity_id=message.id,
            finding_id=message.finding_id,
            summary=f"手动重发：{message.subject}",
            before=before,
            after={"status": "queued"},
        )


# --- the sender's bookkeeping (plain transactions: delivery state, not dashboard data) ---------


@dataclass(frozen=True)
class OutgoingMessage:
    id: int
    idempotency_key: str
    channel: str
    recipient: str
    recipient_name: str | None
    subject: str
    body: str
    attempts: int
    attachments: tuple[tuple[str, str, bytes], ...]


def recover_interrupted(engine: Engine, *, now: datetime, stale_after: timedelta) -> int:
    """Rows left `sending` by a sender that stopped: failed, never resent automatically."""
    table = OutboxMessage.__table__
    with engine.begin() as connection:
        return connection.execute(
            update(table)
            .where(table.c.status == "sending", table.c.claimed_at < now - stale_after)
            .values(status="failed", last_error=INTERRUPTED)
        ).rowcount


def claim(
    engine: Engine,
    *,
    worker: str,
    now: datetime,
    stale_after: timedelta,
    limit: int = 200,
    ids: list[int] | None = None,
) -> list[int]:
    """The queued rows this worker now owns (unclaimed ones, or claims older than stale_after)."""
    table = OutboxMessage.__table__
    free = (table.c.status == "queued") & or_(
        table.c.claimed_by.is_(None), table.c.claimed_at < now - stale_after
    )
    query = select(table.c.id).where(free).order_by(table.c.id).limit(limit)
    if ids is not None:
        query = query.where(table.c.id.in_(ids))
    owned = []
    with engine.begin() as connection:
        candidates = [row[0] for row in connection.execute(query).all()]
    for message_id in candidates:
        # One conditional UPDATE per row: of two senders, only one changes it.
        with engine.begin() as connection:
            changed = connection.execute(
                update(table).where(table.c.id == message_id, free).values(claimed_by=worker, claimed_at=now)
            ).rowcount
        if changed == 1:
            owned.append(message_id)
    return owned


def start_attempt(engine: Engine, message_id: int, *, worker: str, now: datetime) -> OutgoingMessage | None:
    """Mark the row `sending` (committed before delivery); None if this worker lost its claim."""
    table = OutboxMessage.__table__
    with engine.begin() as connection:
        changed = connection.execute(
            update(table)
            .where(table.c.id == message_id, table.c.claimed_by == worker, table.c.status == "queued")
            .values(status="sending", attempts=table.c.attempts + 1, claimed_at=now)
        ).rowcount
        if changed != 1:
            return None
        row = connection.execute(select(table).where(table.c.id == message_id)).one()
        files = connection.execute(
            select(OutboxAttachment.file_name, OutboxAttachment.mime, OutboxAttachment.content)
            .where(OutboxAttachment.message_id == message_id)
            .order_by(OutboxAttachment.id)
        ).all()
    return OutgoingMessage(
        id=row.id,
        idempotency_key=row.idempotency_key,
        channel=row.channel,
        recipient=row.recipient,
        recipient_name=row.recipient_name,
        subject=row.subject,
        body=row.body,
        attempts=row.attempts,
        attachments=tuple((name, mime, bytes(content)) for name, mime, content in files),
    )


def finish_attempt(
    engine: Engine,
    message_id: int,
    *,
    worker: str,
    now: datetime,
    error: str | None = None,
    final: bool = True,
) -> None:
    """Record the attempt: sent (no error); back to queued for a retry; or failed with the reason."""
    table = OutboxMessage.__table__
    if error is None:
        values = {"status": "sent", "sent_at": now, "last_error": None}
    elif final:
        values = {"status": "failed", "last_error": error[:2000], "claimed_by": None}
    else:
        values = {"status": "queued", "last_error": error[:2000]}  # keeps the claim during the backoff
    with engine.begin() as connection:
        connection.execute(
            update(table).where(table.c.id == message_id, table.c.claimed_by == worker).values(**values)
        )
