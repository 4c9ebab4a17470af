"""Links between findings of different batches confirmed to be the same problem (the one write path).

Two ways in: the plan import links a new finding to the one the preview proposed
(`link_findings`, inside the import's write session), and the drill-down (问题详情) links or
unlinks two stored findings (`link_same_problem`, `unlink_same_problem`, each its own
transaction). Either way the pair is stored once (smaller id first), both findings must be
inside the user's region, and each finding's audit trail records the change, so the
drill-down of either shows who linked them and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_access.access import EDIT, Viewer, require, require_finding
from data_access.commands.audit import record_change
from data_access.commands.session import write_session
from data_access.finding_links import title_similarity
from data_access.models import Batch, Finding, FindingLink

MAX_NOTE = 300


class LinkError(ValueError):
    """The link cannot be stored (message in Chinese)."""


@dataclass(frozen=True)
class LinkResult:
    changed: bool  # False: the link was already there (or already gone); nothing written
    message: str  # Chinese, for the page


def _described(session: Session, finding: Finding) -> str:
    batch = session.scalar(select(Batch.name).where(Batch.id == finding.batch_id))
    return f"{batch} · 问题{finding.label}“{finding.title}”"


def _pair(session: Session, finding: Finding, other_id: int) -> tuple[Finding, FindingLink | None]:
    other = session.get(Finding, other_id)
    if other is None:
        raise LinkError(f"要关联的问题（编号 {other_id}）不存在。")
    if other.id == finding.id:
        raise LinkError("不能把问题与它自己关联。")
    if other.batch_id == finding.batch_id:
        raise LinkError(f"问题{finding.label}与问题{other.label}属于同一批次，不能作为重复问题关联。")
    low, high = sorted((finding.id, other.id))
    return other, session.get(FindingLink, (low, high))


def _record_both(
    session: Session, finding: Finding, other: Finding, *, actor: str, action: str, summary: str, **values
) -> None:
    """One entry in each finding's trail: the drill-down of either shows the change."""
    for this, that in ((finding, other), (other, finding)):
        record_change(
            session,
            actor=actor,
            action=action,
            entity="finding_links",
            entity_id=that.id,
            finding_id=this.id,
            summary=summary,
            **{key: {**value, "other": _described(session, that)} for key, value in values.items()},
        )


def link_findings(
    session: Session,
    finding: Finding,
    other_id: int,
    *,
    actor: str,
    score: int | None = None,
    note: str | None = None,
) -> bool:
    """Link `finding` with finding `other_id` (another batch) inside the caller's write session.

    True when a link was added; False when the pair was already linked. Raises LinkError for a
    finding of the same batch or one that does not exist. The caller checks the region.
    """
    other, existing = _pair(session, finding, other_id)
    if existing is not None:
        return False
    low, high = sorted((finding.id, other.id))
    session.add(
        FindingLink(
            finding_id=low, other_id=high, created_at=datetime.now(), created_by=actor, score=score, note=note
        )
    )
    summary = f"关联为同一问题：问题{finding.label}“{finding.title}” ↔ 问题{other.label}“{other.title}”"
    _record_both(
        session,
        finding,
        other,
        actor=actor,
        action="create",
        summary=summary + (f"（说明：{note}）" if note else ""),
        after={"score": score, "note": note},
    )
    return True


def _clean_note(note: str | None) -> str | None:
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise LinkError(f"关联说明不超过{MAX_NOTE}字（现为{len(note)}字）。")
    return note or None


def link_same_problem(
    engine: Engine, *, finding_id: int, other_id: int, user: Viewer, note: str | None = None
) -> LinkResult:
    """From the drill-down: link two stored findings as the same problem.

    Both must lie inside the user's region and the user must be an editor (AccessDenied
    otherwise); a second click changes nothing. Raises LinkError for a bad pair or note.
    """
    require(user, EDIT)
    note = _clean_note(note)
    try:
        with write_session(engine) as session, session.begin():
            require_finding(session, user, finding_id, EDIT)
            require_finding(session, user, other_id, EDIT)
            finding = session.get(Finding, finding_id)
            assert finding is not None  # require_finding found it
            other = session.get(Finding, other_id)
            assert other is not None
            score = title_similarity(finding.title, other.title)
            added = link_findings(session, finding, other_id, actor=user.audit_name, score=score, note=note)
            message = f"已将{_described(session, other)}关联为同一问题。"
    except IntegrityError:
        # Another click or user stored the same pair a moment earlier: the pair exists once.
        added = False
    if not added:
        return LinkResult(False, "这两个问题已关联为同一问题，未重复保存。")
    return LinkResult(True, message)


def unlink_same_problem(engine: Engine, *, finding_id: int, other_id: int, user: Viewer) -> LinkResult:
    """From the drill-down: remove the link between two findings (取消关联), in both trails.

    The same rights as linking; removing a link that is already gone changes nothing."""
    require(user, EDIT)
    with write_session(engine) as session, session.begin():
        require_finding(session, user, finding_id, EDIT)
        require_finding(session, user, other_id, EDIT)
        finding = session.get(Finding, finding_id)
        assert finding is not None
        other, link = _pair(session, finding, other_id)
        if link is None:
            return LinkResult(False, "这两个问题之间没有关联（可能已被取消）。")
        before = {"score": link.score, "note": link.note, "created_by": link.created_by}
        session.delete(link)
        _record_both(
            session,
            finding,
            other,
            actor=user.audit_name,
            action="delete",
            summary=f"取消同一问题关联：问题{finding.label}“{finding.title}” ↔ "
            f"问题{other.label}“{other.title}”",
            before=before,
        )
        return LinkResult(True, f"已取消与{_described(session, other)}的关联。")
