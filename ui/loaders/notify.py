"""The notification page (pages/notify.py): not cached, the outbox changes outside the app."""

from __future__ import annotations

from datetime import date

import pandas as pd

from core.settings import get_settings
from data_access import notifications
from data_access.access import Viewer
from data_access.commands import notify as commands
from data_access.db import get_engine
from notify.planner import plan_day


def outbox(url: str, viewer: Viewer, statuses: tuple[str, ...] = ()) -> pd.DataFrame:
    return notifications.outbox(get_engine(url), viewer=viewer, statuses=statuses)


def outbox_counts(url: str, viewer: Viewer) -> dict[str, int]:
    return notifications.outbox_counts(get_engine(url), viewer=viewer)


def contacts(url: str, viewer: Viewer) -> pd.DataFrame:
    return notifications.contacts(get_engine(url), viewer=viewer)


def contact_gaps(url: str, viewer: Viewer) -> pd.DataFrame:
    return notifications.contact_gaps(get_engine(url), viewer=viewer)


def contact_owners(url: str, viewer: Viewer) -> tuple[pd.DataFrame, pd.DataFrame]:
    return notifications.contact_owners(get_engine(url), viewer=viewer)


def rules(
    url: str, viewer: Viewer, region_code: str | None = None, batch_id: int | None = None
) -> pd.DataFrame:
    return notifications.effective_rules(
        get_engine(url), viewer=viewer, region_code=region_code, batch_id=batch_id
    )


def rule_regions(url: str, viewer: Viewer) -> pd.DataFrame:
    return notifications.rule_regions(get_engine(url), viewer=viewer)


def rule_batches(url: str, viewer: Viewer, region_code: str | None) -> pd.DataFrame:
    return notifications.rule_batches(get_engine(url), viewer=viewer, region_code=region_code)


def preview(url: str, viewer: Viewer, day: date) -> pd.DataFrame:
    """What the rules would send on `day` inside the viewer's region (nothing is queued)."""
    notices = plan_day(
        get_engine(url), today=day, settings=get_settings(), scope_code=viewer.region_code, with_files=False
    )
    return pd.DataFrame(
        [
            {
                "kind": n.kind,
                "recipient_name": n.recipient.name or "",
                "channel": n.recipient.channel,
                "subject": n.subject,
                "first_line": (n.body.splitlines() or [""])[min(1, len(n.body.splitlines()) - 1)],
                "attachments": "、".join(name for name, _, _ in n.attachments),
            }
            for n in notices
        ],
        columns=["kind", "recipient_name", "channel", "subject", "first_line", "attachments"],
    )


def add_contact(url: str, **kwargs) -> int:
    return commands.add_contact(get_engine(url), **kwargs)


def update_contact(url: str, **kwargs) -> bool:
    return commands.update_contact(get_engine(url), **kwargs)


def delete_contact(url: str, **kwargs) -> None:
    commands.delete_contact(get_engine(url), **kwargs)


def set_rule(url: str, **kwargs) -> None:
    commands.set_rule(get_engine(url), **kwargs)


def set_rules(url: str, **kwargs) -> list[str]:
    return commands.set_rules(get_engine(url), **kwargs)


def clear_rules(url: str, **kwargs) -> int:
    return commands.clear_rules(get_engine(url), **kwargs)


def set_bulletin_recipients(url: str, **kwargs) -> tuple[int, int]:
    return commands.set_bulletin_recipients(get_engine(url), **kwargs)


def resend(url: str, **kwargs) -> None:
    commands.resend(get_engine(url), **kwargs)
