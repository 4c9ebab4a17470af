"""Storing a confirmed link between two findings of different batches (the one write path)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.commands.audit import record_change
from data_access.models import Finding, FindingLink


class LinkError(ValueError):
    """The link cannot be stored (message in Chinese)."""


def link_findings(
    session: Session, finding: Finding, other_id: int, *, actor: str, score: int | None = None
) -> bool:
    """Link `finding` with finding `other_id` (another batch) inside the caller's write session.

    True when a link was added; False when the pair was already linked. Raises LinkError for a
    finding of the same batch or one that does not exist.
    """
    other = session.get(Finding, other_id)
    if other is None:
        raise LinkError(f"要关联的问题（编号 {other_id}）不存在。")
    if other.batch_id == finding.batch_id:
        raise LinkError(f"问题{finding.label}与问题{other.label}属于同一批次，不能作为重复问题关联。")
    low, high = sorted((finding.id, other.id))
    exists = session.scalar(
        select(FindingLink.finding_id).where(FindingLink.finding_id == low, FindingLink.other_id == high)
    )
    if exists is not None:
        return False
    session.add(
        FindingLink(finding_id=low, other_id=high, created_at=datetime.now(), created_by=actor, score=score)
    )
    record_change(
        session,
        actor=actor,
        action="update",
        entity="finding_links",
        entity_id=other.id,
        finding_id=finding.id,
        summary=f"关联为同一问题：问题{finding.label}“{finding.title}” ↔ 问题{other.label}“{other.title}”",
    )
    return True
