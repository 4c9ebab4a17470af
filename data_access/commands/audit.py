"""The audit trail: every write records who changed what, when, before and after."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from data_access.models import AuditEntry

SYSTEM_ACTOR = "系统"


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None

    def default(item: Any) -> str:
        if isinstance(item, date | datetime):
            return item.isoformat()
        return str(item)

    return json.dumps(value, ensure_ascii=False, default=default, sort_keys=True)


def record_change(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    finding_id: int | None = None,
    summary: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Add an audit entry in the caller's transaction (so it commits or rolls back with the change)."""
    entry = AuditEntry(
        changed_at=at or datetime.now().replace(microsecond=0),
        actor=actor or SYSTEM_ACTOR,
        action=action,
        entity=entity,
        entity_id=entity_id,
        finding_id=finding_id,
        summary=summary,
        before_json=_json(before),
        after_json=_json(after),
    )
    session.add(entry)
    return entry
