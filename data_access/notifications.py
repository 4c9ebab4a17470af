"""Reminders and bulletins (通知推送): the rules, who is due a message today, and the outbox.

The rules have defaults here; an office may override one for its region (or a batch) in
`notification_rules`. `due_notices` works out the messages a day's rules ask for (deadline
warnings, overdue reminders, monthly-report reminders, the leaders' weekly digest) as plain
`Notice` values; `data_access.commands.notify.queue` writes them to the outbox. The bulletin's
recipients come from `bulletin_recipients`; its files are made in `notify/` (it needs
`reports/`). Everything a viewer reads is limited to the viewer's region.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import Engine, and_, func, or_, select
from sqlalchemy.orm import Session

from core.settings import mask_secret
from core.vocabulary import CHANNEL_LABELS, NOTICE_KIND_LABELS, OPEN_STATUSES, OUTBOX_STATUS_LABELS
from data_access.access import Viewer, finding_within, region_within
from data_access.db import chunks, result_frame
from data_access.metrics import FindingFilters
from data_access.models import (
    Batch,
    Contact,
    Finding,
    FindingUnit,
    NotificationRule,
    OutboxMessage,
    Region,
    Unit,
    User,
)

# Defaults (docs/decisions.md, "Reminders"): days before a dated deadline; the repeat interval
# while overdue; days of the month for the report reminder; the day of the month the bulletin
# of the month before goes out; ISO weekdays of the leaders' digest (1 = Monday).
DEFAULT_DAYS: dict[str, tuple[int, ...]] = {
    "deadline_warning": (15, 3),
    "overdue_warning": (7,),
    "report_reminder": (25, 28),
    "bulletin": (3,),
    "digest": (1,),
}
RULE_HELP = {
    "deadline_warning": "到期前第几天预警（逗号分隔，如 15,3；最近的一次为黄色，其余为蓝色）",
    "overdue_warning": "逾期当天红色预警，此后每隔几天重复（如 7）",
    "report_reminder": "每月几日提醒未报送月报的牵头单位（如 25,28）",
    "bulletin": "每月几日发送上月调度通报（如 3）",
    "digest": "每周几发送领导周报（1=周一 … 7=周日）",
}
DIGEST_ROWS = 10
# Rules that concern findings and so can be set for one batch; the bulletin and the digest are
# made for a region.
BATCH_RULES = ("deadline_warning", "overdue_warning", "report_reminder")


@dataclass(frozen=True)
class Recipient:
    contact_id: int | None
    channel: str
    address: str
    name: str | None = None


@dataclass
class Notice:
    """One message to queue: what caused it, to whom, and its text."""

    kind: str
    recipient: Recipient
    day: date
    subject: str
    body: str
    subject_key: str  # the finding, unit, month or user the rule fired for
    region_code: str | None = None
    finding_id: int | None = None
    unit_id: int | None = None
    colour: str | None = None
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # name, mime, bytes

    @property
    def idempotency_key(self) -> str:
        """rule : finding/unit/month : recipient : day — unique in the outbox."""
        address = hashlib.sha256(self.recipient.address.strip().lower().encode()).hexdigest()[:16]
        return f"{self.kind}:{self.subject_key}:{self.recipient.channel}-{address}:{self.day.isoformat()}"


def parse_days(text: str, kind: str) -> tuple[int, ...]:
    """'15, 3' → (15, 3); a Chinese ValueError for anything else or out of range."""
    limits = {"deadline_warning": (1, 365), "overdue_warning": (1, 365), "report_reminder": (1, 31)}
    low, high = limits.get(kind, (1, 31 if kind == "bulletin" else 7))
    try:
        days = tuple(int(part) for part in text.replace("，", ",").split(",") if part.strip())
    except ValueError:
        raise ValueError(f"“{text}”不是用逗号分隔的天数") from None
    if not days or any(d < low or d > high for d in days):
        raise ValueError(f"{NOTICE_KIND_LABELS[kind]}的天数须在 {low}–{high} 之间：{text}")
    if kind == "overdue_warning" and len(days) != 1:
        raise ValueError("逾期重复间隔只能填一个天数")
    return tuple(sorted(set(days), reverse=True))


@dataclass(frozen=True)
class Rules:
    """The rule rows, resolved for a region and batch: the most specific setting wins."""

    rows: dict[tuple[str, str | None, int | None], tuple[tuple[int, ...], bool]]

    @classmethod
    def load(cls, session: Session) -> Rules:
        rows = {}
        for rule in session.scalars(select(NotificationRule)):
            rows[(rule.kind, rule.region_code, rule.batch_id)] = (
                parse_days(rule.days, rule.kind),
                rule.enabled,
            )
        return cls(rows)

    def _keys(self, kind: str, regions: Iterable[str | None], batch_id: int | None) -> list[tuple]:
        """Most specific first: the batch in each region (nearest first), the batch everywhere,
        each region, everywhere."""
        codes = [code for code in regions if code]
        keys = []
        if batch_id is not None:
            keys += [(kind, code, batch_id) for code in codes] + [(kind, None, batch_id)]
        return keys + [(kind, code, None) for code in codes] + [(kind, None, None)]

    def setting(
        self, kind: str, regions: Iterable[str | None], batch_id: int | None = None
    ) -> tuple[tuple[int, ...], bool, tuple | None]:
        """(days, enabled, the key of the setting that applies — None for the default)."""
        for key in self._keys(kind, regions, batch_id):
            if key in self.rows:
                days, enabled = self.rows[key]
                return days, enabled, key
        return DEFAULT_DAYS[kind], True, None

    def days(self, kind: str, regions: Iterable[str | None], batch_id: int | None = None) -> tuple[int, ...]:
        """The days of `kind` by the most specific setting; () when that setting is switched off."""
        days, enabled, _ = self.setting(kind, regions, batch_id)
        return days if enabled else ()


def _ancestors(county: str | None, city: str | None, province: str | None) -> list[str | None]:
    return [county, city, province]


def _region_ancestors(session: Session, codes: Iterable[str]) -> dict[str, list[str | None]]:
    rows = session.execute(
        select(Region.code, Region.city_code, Region.province_code).where(Region.code.in_(set(codes)))
    ).all()
    return {code: list(dict.fromkeys([code, city, province])) for code, city, province in rows}


def _contacts_of_units(session: Session, unit_ids: Iterable[int]) -> dict[int, list[Recipient]]:
    found: dict[int, list[Recipient]] = {}
    for chunk in chunks(sorted(set(unit_ids))):
        rows = session.execute(
            select(Contact.unit_id, Contact.id, Contact.channel, Contact.address, Contact.name)
            .where(Contact.unit_id.in_(chunk), Contact.opted_out == False)  # noqa: E712
            .order_by(Contact.id)
        ).all()
        for unit_id, contact_id, channel, address, name in rows:
            found.setdefault(unit_id, []).append(Recipient(contact_id, channel, address, name))
    return found


def _lead_units(session: Session, finding_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    leads: dict[int, list[tuple[int, str]]] = {}
    for chunk in chunks(finding_ids):
        rows = session.execute(
            select(FindingUnit.finding_id, Unit.id, Unit.name)
            .join(Unit, Unit.id == FindingUnit.unit_id)
            .where(FindingUnit.finding_id.in_(chunk), FindingUnit.role == "lead")
            .order_by(FindingUnit.finding_id, FindingUnit.seq)
        ).all()
        for finding_id, unit_id, name in rows:
            leads.setdefault(finding_id, []).append((unit_id, name))
    return leads


def finding_link(public_url: str, finding_id: int) -> str:
    return f"{public_url}/finding?finding={finding_id}"


# --- the rules of one day ---------------------------------------------------------------------


def due_notices(
    engine: Engine, *, today: date, public_url: str, scope_code: str | None = None
) -> list[Notice]:
    """Every message the rules ask for on `today` (the bulletin aside), inside `scope_code`."""
    with Session(engine) as session:
        rules = Rules.load(session)
        notices = _deadline_notices(session, rules, today, public_url, scope_code)
        notices += _report_notices(session, rules, today, public_url, scope_code)
        notices += _digest_notices(engine, session, rules, today, public_url, scope_code)
    return notices


def _finding_rows(session: Session, condition, scope_code: str | None):
    query = (
        select(
            Finding.id,
            Finding.label,
            Finding.title,
            Finding.batch_id,
            Batch.name,
            Finding.next_due_date,
            Finding.region_code,
            Finding.county_code,
            Finding.city_code,
            Finding.province_code,
        )
        .join(Batch, Batch.id == Finding.batch_id)
        .where(Finding.status.in_(OPEN_STATUSES), condition)
        .order_by(Finding.next_due_date, Finding.id)
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    return session.execute(query).all()


def _deadline_notices(
    session: Session, rules: Rules, today: date, public_url: str, scope_code: str | None
) -> list[Notice]:
    # Every warning day any setting asks for bounds the deadlines to look at.
    horizon = max(
        [*DEFAULT_DAYS["deadline_warning"]]
        + [max(days) for (kind, _, _), (days, _) in rules.rows.items() if kind == "deadline_warning" and days]
    )
    rows = _finding_rows(
        session,
        and_(Finding.next_due_date.is_not(None), Finding.next_due_date <= today + timedelta(days=horizon)),
        scope_code,
    )
    leads = _lead_units(session, [row.id for row in rows])
    contacts = _contacts_of_units(session, [unit for links in leads.values() for unit, _ in links])
    notices = []
    for row in rows:
        regions = _ancestors(row.county_code, row.city_code, row.province_code)
        due = row.next_due_date
        if due >= today:
            days = rules.days("deadline_warning", regions, row.batch_id)
            ahead = (due - today).days
            if ahead not in days:
                continue
            kind = "deadline_warning"
            colour = "yellow" if ahead == min(days) else "blue"
            headline = f"距整改时限还有 {ahead} 天（{due:%Y年%m月%d日}）"
        else:
            interval = rules.days("overdue_warning", regions, row.batch_id)
            late = (today - due).days  # 1 on the first day overdue
            if not interval or (late - 1) % interval[0] != 0:
                continue
            kind, colour = "overdue_warning", "red"
            headline = f"已逾期 {late} 天（整改时限 {due:%Y年%m月%d日}）"
        label = {"red": "红色预警", "yellow": "黄色预警", "blue": "蓝色预警"}[colour]
        for unit_id, unit_name in leads.get(row.id, []):
            for recipient in contacts.get(unit_id, []):
                notices.append(
                    Notice(
                        kind=kind,
                        recipient=recipient,
                        day=today,
                        subject=f"【{label}】{row.name} 第{row.label}项 {row.title}"[:300],
                        body=(
                            f"{unit_name}：\n"
                            f"您单位牵头的整改任务“{row.title}”（{row.name} 第{row.label}项）{headline}。\n"
                            f"请抓紧推进整改并按时报送进展。\n"
                            f"详情：{finding_link(public_url, row.id)}"
                        ),
                        subject_key=f"{row.id}",
                        region_code=row.region_code,
                        finding_id=row.id,
                        unit_id=unit_id,
                        colour=colour,
                    )
                )
    return notices


def _report_notices(
    session: Session, rules: Rules, today: date, public_url: str, scope_code: str | None
) -> list[Notice]:
    period = today.replace(day=1)
    # Open rolling findings without this month's report (the late-report rule of
    # data_access.metrics, for the month being reported).
    rows = _finding_rows(
        session,
        and_(
            Finding.has_rolling_deadline == True,  # noqa: E712
            or_(Finding.last_report_period.is_(None), Finding.last_report_period < period),
        ),
        scope_code,
    )
    leads = _lead_units(session, [row.id for row in rows])
    missing: dict[int, list] = {}
    names: dict[int, str] = {}
    for row in rows:
        for unit_id, unit_name in leads.get(row.id, []):
            missing.setdefault(unit_id, []).append(row)
            names[unit_id] = unit_name
    if not missing:
        return []
    unit_regions = dict(
        session.execute(select(Unit.id, Unit.region_code).where(Unit.id.in_(list(missing)))).all()
    )
    contacts = _contacts_of_units(session, missing)
    notices = []
    month = f"{period:%Y年%m月}"
    for unit_id, all_findings in missing.items():
        # Each finding by its own region's and batch's reminder days (a batch may set its own).
        findings = [
            row
            for row in all_findings
            if today.day
            in rules.days(
                "report_reminder", _ancestors(row.county_code, row.city_code, row.province_code), row.batch_id
            )
        ]
        if not findings:
            continue
        region = unit_regions[unit_id]
        lines = "\n".join(
            f"- {row.name} 第{row.label}项 {row.title}：{finding_link(public_url, row.id)}"
            for row in findings[:20]
        )
        more = f"\n（另有 {len(findings) - 20} 项）" if len(findings) > 20 else ""
        for recipient in contacts.get(unit_id, []):
            notices.append(
                Notice(
                    kind="report_reminder",
                    recipient=recipient,
                    day=today,
                    subject=f"【月报提醒】{names[unit_id]} {month}整改进展尚未报送（{len(findings)} 项）",
                    body=(
                        f"{names[unit_id]}：\n"
                        f"以下 {len(findings)} 项整改任务尚未报送{month}进展，请于每月28日前报送：\n"
                        f"{lines}{more}"
                    ),
                    subject_key=f"{unit_id}-{period:%Y%m}",
                    region_code=region,
                    unit_id=unit_id,
                    colour="yellow" if today.day < 28 else "red",
                )
            )
    return notices


def digest_figures(engine: Engine, *, region_code: str | None, today: date) -> dict[str, int]:
    """Total, open, done, overdue and due within 30 days of the findings in the region."""
    from data_access.metrics import count_if, findings_view, is_done, is_due_soon, is_open, is_overdue

    view = findings_view(FindingFilters(scope_code=region_code), today=today)
    query = select(
        func.count(),
        count_if(is_open(view)),
        count_if(is_done(view)),
        count_if(is_overdue(view, today)),
        count_if(is_due_soon(view, today)),
    ).select_from(view)
    with engine.connect() as connection:
        total, open_, done, overdue, due_soon = connection.execute(query).one()
    return {
        "total": total,
        "open": open_ or 0,
        "done": done or 0,
        "overdue": overdue or 0,
        "due_soon": due_soon or 0,
    }


def _digest_notices(
    engine: Engine, session: Session, rules: Rules, today: date, public_url: str, scope_code: str | None
) -> list[Notice]:
    from data_access.overdue import overdue_findings

    query = (
        select(
            User.id,
            User.display_name,
            User.region_code,
            Contact.id,
            Contact.channel,
            Contact.address,
            Contact.name,
        )
        .join(Contact, Contact.user_id == User.id)
        .where(User.role == "leader", User.is_active == True, Contact.opted_out == False)  # noqa: E712
        .order_by(User.id, Contact.id)
    )
    if scope_code:
        query = query.where(User.region_code.in_(select(Region.code).where(region_within(scope_code))))
    rows = session.execute(query).all()
    ancestors = _region_ancestors(session, [r.region_code for r in rows if r.region_code])
    notices = []
    cache: dict[str | None, tuple[dict, pd.DataFrame, str]] = {}
    for user_id, display_name, region, contact_id, channel, address, name in rows:
        if today.isoweekday() not in rules.days("digest", ancestors.get(region, [region])):
            continue
        if region not in cache:
            figures = digest_figures(engine, region_code=region, today=today)
            filters = FindingFilters(scope_code=region, region_code=region)
            longest = overdue_findings(engine, filters=filters, today=today, limit=DIGEST_ROWS)
            region_name = (
                session.scalar(select(Region.name).where(Region.code == region)) if region else "全部地区"
            )
            cache[region] = (figures, longest, region_name)
        figures, longest, region_name = cache[region]
        lines = [
            f"{region_name}整改工作周报（截至 {today:%Y年%m月%d日}）",
            f"问题总数 {figures['total']} 个，已完成 {figures['done']} 个，未完成 {figures['open']} 个；"
            f"逾期 {figures['overdue']} 个，30 天内到期 {figures['due_soon']} 个。",
        ]
        if not longest.empty:
            lines.append(f"逾期最久的 {len(longest)} 个问题：")
            for rank, item in enumerate(longest.itertuples(), start=1):
                lines.append(
                    f"{rank}. {item.batch_name} 第{item.number}项 {item.title}"
                    f"（{item.lead_units or '未明确牵头单位'}，"
                    f"逾期 {item.days_overdue} 天）{finding_link(public_url, int(item.finding_id))}"
                )
        notices.append(
            Notice(
                kind="digest",
                recipient=Recipient(contact_id, channel, address, name or display_name),
                day=today,
                subject=f"【领导周报】{region_name}整改进展（{today:%m月%d日}）",
                body="\n".join(lines),
                subject_key=f"user{user_id}",
                region_code=region,
            )
        )
    return notices


def bulletin_recipients(
    engine: Engine, *, today: date, scope_code: str | None = None, any_day: bool = False
) -> dict[str | None, list[Recipient]]:
    """Contacts that receive the bulletin, by their region, when today is their bulletin day
    (every one of them with `any_day`: the bulletin sent by hand)."""
    with Session(engine) as session:
        rules = Rules.load(session)
        query = select(Contact).where(Contact.receives_bulletin == True, Contact.opted_out == False)  # noqa: E712
        if scope_code:
            query = query.where(Contact.region_code.in_(select(Region.code).where(region_within(scope_code))))
        contacts = list(session.scalars(query.order_by(Contact.id)))
        ancestors = _region_ancestors(session, [c.region_code for c in contacts if c.region_code])
        grouped: dict[str | None, list[Recipient]] = {}
        for contact in contacts:
            region = contact.region_code
            if any_day or today.day in rules.days("bulletin", ancestors.get(region, [region])):
                grouped.setdefault(region, []).append(
                    Recipient(contact.id, contact.channel, contact.address, contact.name)
                )
    return grouped


# --- what the office reads --------------------------------------------------------------------


def _in_scope(column, viewer: Viewer):
    """Rows whose region column lies inside the viewer's region (all rows for an unlimited viewer)."""
    if not viewer.region_code:
        return None
    return column.in_(select(Region.code).where(region_within(viewer.region_code)))


def batch_in_scope(session: Session, batch_id: int, region_code: str | None) -> bool:
    """A batch a region's office may set rules for: placed in the region, or with findings there
    (a county's findings often belong to a city's or a province's batch)."""
    if not region_code:
        return session.get(Batch, batch_id) is not None
    placed = select(Batch.id).where(
        Batch.id == batch_id, Batch.region_code.in_(select(Region.code).where(region_within(region_code)))
    )
    with_findings = (
        select(Finding.id).where(Finding.batch_id == batch_id, finding_within(region_code)).limit(1)
    )
    return session.scalar(placed) is not None or session.scalar(with_findings) is not None


def rule_regions(engine: Engine, *, viewer: Viewer) -> pd.DataFrame:
    """The regions the viewer may set rules for: those inside its region, its own first."""
    regions = select(Region.code, Region.name, Region.level).order_by(Region.code)
    if viewer.region_code:
        regions = regions.where(region_within(viewer.region_code))
    with engine.connect() as connection:
        frame = result_frame(connection.execute(regions), ["code", "name", "level"])
    if viewer.region_code:
        own = frame["code"] == viewer.region_code
        frame = pd.concat([frame[own], frame[~own]], ignore_index=True)
    return frame


def rule_batches(engine: Engine, *, viewer: Viewer, region_code: str | None) -> pd.DataFrame:
    """The batches a rule of `region_code` (inside the viewer's region) can be set for: those
    placed there or with findings there; all batches for the whole country."""
    batches = select(Batch.id, Batch.code, Batch.name).order_by(Batch.code)
    # Both limits: a region outside the viewer's gives nothing of other regions.
    for code in {c for c in (region_code, viewer.region_code) if c}:
        inside = select(Region.code).where(region_within(code))
        batches = batches.where(
            Batch.region_code.in_(inside) | Batch.id.in_(select(Finding.batch_id).where(finding_within(code)))
        )
    with engine.connect() as connection:
        return result_frame(connection.execute(batches), ["id", "code", "name"])


def effective_rules(
    engine: Engine, *, viewer: Viewer, region_code: str | None = None, batch_id: int | None = None
) -> pd.DataFrame:
    """Each rule's days for a region inside the viewer's (its own by default), or for one batch
    there, and where the setting comes from (this batch or region, an enclosing one, the default)."""
    region_code = region_code or viewer.region_code
    with Session(engine) as session:
        rules = Rules.load(session)
        regions = _region_ancestors(session, [region_code]).get(region_code, []) if region_code else []
        names = dict(session.execute(select(Region.code, Region.name)).all())
    records = []
    for kind in DEFAULT_DAYS:
        batch = batch_id if kind in BATCH_RULES else None
        days, enabled, key = rules.setting(kind, regions, batch)
        if key is None:
            source = "默认"
        elif key[1] == region_code and key[2] == batch:
            source = "本批次设置" if batch is not None else "本地区设置"
        else:
            place = names.get(key[1], "全部地区") if key[1] else "全部地区"
            source = f"{place}{'该批次' if key[2] is not None else ''}的设置"
        records.append(
            {
                "kind": kind,
                "label": NOTICE_KIND_LABELS[kind],
                "days": ",".join(str(d) for d in days),
                "enabled": enabled,
                "own_setting": key is not None and key[1] == region_code and key[2] == batch,
                "source": source,
                "per_batch": kind in BATCH_RULES,
                "help": RULE_HELP[kind],
            }
        )
    return pd.DataFrame(records)


def contacts(engine: Engine, *, viewer: Viewer) -> pd.DataFrame:
    """The contacts inside the viewer's region, webhook keys masked."""
    query = (
        select(
            Contact.id,
            func.coalesce(Unit.name, User.display_name).label("owner"),
            Contact.unit_id,
            Contact.user_id,
            Region.name.label("region_name"),
            Contact.region_code,
            Contact.name,
            Contact.channel,
            Contact.address,
            Contact.receives_bulletin,
            Contact.opted_out,
        )
        .outerjoin(Unit, Unit.id == Contact.unit_id)
        .outerjoin(User, User.id == Contact.user_id)
        .outerjoin(Region, Region.code == Contact.region_code)
        .order_by(Region.name, Unit.name, Contact.id)
    )
    condition = _in_scope(Contact.region_code, viewer)
    if condition is not None:
        query = query.where(condition)
    with engine.connect() as connection:
        frame = result_frame(connection.execute(query))
    if frame.empty:
        return frame
    frame["channel_label"] = [CHANNEL_LABELS[c] for c in frame["channel"]]
    frame["address"] = [
        a if c == "email" else mask_secret(a) for a, c in zip(frame["address"], frame["channel"], strict=True)
    ]
    return frame


def contact_gaps(engine: Engine, *, viewer: Viewer) -> pd.DataFrame:
    """Lead units of open findings in the viewer's region with no contact that receives messages."""
    reachable = select(Contact.unit_id).where(Contact.unit_id.is_not(None), Contact.opted_out == False)  # noqa: E712
    opted_out = select(Contact.unit_id).where(Contact.unit_id.is_not(None), Contact.opted_out == True)  # noqa: E712
    query = (
        select(
            Unit.id.label("unit_id"),
            Unit.name.label("unit_name"),
            Region.name.label("region_name"),
            func.count(func.distinct(Finding.id)).label("open_findings"),
        )
        .select_from(FindingUnit)
        .join(Finding, Finding.id == FindingUnit.finding_id)
        .join(Unit, Unit.id == FindingUnit.unit_id)
        .join(Region, Region.code == Unit.region_code)
        .where(FindingUnit.role == "lead", Finding.status.in_(OPEN_STATUSES), Unit.id.not_in(reachable))
        .group_by(Unit.id, Unit.name, Region.name)
        .order_by(func.count(func.distinct(Finding.id)).desc(), Unit.name)
    )
    if viewer.region_code:
        query = query.where(finding_within(viewer.region_code))
    with engine.connect() as connection:
        frame = result_frame(connection.execute(query))
        opted = {row[0] for row in connection.execute(opted_out).all()}
    if frame.empty:
        return pd.DataFrame(columns=["unit_id", "unit_name", "region_name", "open_findings", "reason"])
    frame["reason"] = ["已退订" if unit in opted else "无联系方式" for unit in frame["unit_id"]]
    return frame


OUTBOX_COLUMNS = [
    "id",
    "created_at",
    "kind",
    "kind_label",
    "channel",
    "recipient_name",
    "recipient",
    "subject",
    "status",
    "status_label",
    "attempts",
    "sent_at",
    "last_error",
    "finding_id",
]


def outbox(
    engine: Engine, *, viewer: Viewer, statuses: tuple[str, ...] = (), limit: int = 500
) -> pd.DataFrame:
    """The outbox inside the viewer's region, newest first; webhook keys masked."""
    query = select(
        OutboxMessage.id,
        OutboxMessage.created_at,
        OutboxMessage.kind,
        OutboxMessage.channel,
        OutboxMessage.recipient_name,
        OutboxMessage.recipient,
        OutboxMessage.subject,
        OutboxMessage.status,
        OutboxMessage.attempts,
        OutboxMessage.sent_at,
        OutboxMessage.last_error,
        OutboxMessage.finding_id,
    ).order_by(OutboxMessage.id.desc())
    if statuses:
        query = query.where(OutboxMessage.status.in_(statuses))
    condition = _in_scope(OutboxMessage.region_code, viewer)
    if condition is not None:
        query = query.where(condition)
    with engine.connect() as connection:
        frame = result_frame(connection.execute(query.limit(limit)))
    if frame.empty:
        return pd.DataFrame(columns=OUTBOX_COLUMNS)
    frame["kind_label"] = [NOTICE_KIND_LABELS[k] for k in frame["kind"]]
    frame["status_label"] = [OUTBOX_STATUS_LABELS[s] for s in frame["status"]]
    frame["recipient"] = [
        r if c == "email" else mask_secret(r)
        for r, c in zip(frame["recipient"], frame["channel"], strict=True)
    ]
    return frame[OUTBOX_COLUMNS]


def outbox_counts(engine: Engine, *, viewer: Viewer) -> dict[str, int]:
    query = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    condition = _in_scope(OutboxMessage.region_code, viewer)
    if condition is not None:
        query = query.where(condition)
    with engine.connect() as connection:
        counts = dict(connection.execute(query).all())
    return {status: int(counts.get(status, 0)) for status in OUTBOX_STATUS_LABELS}


def message_in_scope(session: Session, viewer: Viewer, message_id: int) -> OutboxMessage | None:
    message = session.get(OutboxMessage, message_id)
    if message is None:
        return None
    if viewer.region_code and (
        message.region_code is None
        or session.scalar(
            select(Region.code).where(Region.code == message.region_code, region_within(viewer.region_code))
        )
        is None
    ):
        return None
    return message


def contact_owners(engine: Engine, *, viewer: Viewer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The units and the users inside the viewer's region a contact can belong to."""
    units = select(Unit.id, Unit.name, Region.name.label("region_name")).join(
        Region, Region.code == Unit.region_code
    )
    users = select(User.id, User.display_name.label("name"), User.role).where(User.is_active == True)  # noqa: E712
    if viewer.region_code:
        units = units.where(region_within(viewer.region_code))
        users = users.where(
            User.region_code.in_(select(Region.code).where(region_within(viewer.region_code)))
        )
    with engine.connect() as connection:
        return (
            result_frame(
                connection.execute(units.order_by(Region.name, Unit.name)), ["id", "name", "region_name"]
            ),
            result_frame(connection.execute(users.order_by(User.display_name)), ["id", "name", "role"]),
        )
