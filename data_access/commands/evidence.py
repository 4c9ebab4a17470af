"""Evidence files (佐证材料): add one to a finding's report, measure or closure; remove one.

A file is checked first (`intake.evidence_files`: type by content, size, image re-encoded,
EXIF beyond date and position dropped, thumbnail made), then, inside one write transaction:
the user's right and region, what it is attached to, the finding's total size, the photo's
position against the finding's region. The bytes go into the blob store before the commit,
so a committed row always has its file; when anything fails, the blobs this upload added
and no row uses are deleted again, so a refusal leaves nothing behind.

Removing a file keeps its row (removed_at, removed_by) and its blob: the audit trail and the
sign-off steps that saw it still name it (docs/decisions.md, “Evidence files”).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from core.settings import get_settings
from core.vocabulary import (
    EVIDENCE_ATTACHED,
    EVIDENCE_ATTACHED_LABELS,
    EVIDENCE_KIND_LABELS,
    EVIDENCE_PHASES,
)
from data_access.access import EDIT, AccessDenied, Viewer, require, require_finding
from data_access.blobstore import BlobStore, store_from_settings
from data_access.commands.audit import record_change
from data_access.commands.session import write_session
from data_access.commands.sites import check_site_position
from data_access.models import ClosureRecord, Evidence, Finding, Measure, ProgressReport, Region
from intake.evidence_files import CheckedFile, EvidenceRejected, check_evidence_file

MAX_CAPTION = 500
EARLIEST_TAKEN = date(2000, 1, 1)


class EvidenceError(ValueError):
    """The file or its details cannot be stored; the message says why, in Chinese."""


@dataclass(frozen=True)
class EvidenceUpload:
    name: str
    content: bytes
    attached_to: str = "report"  # report | measure | closure
    attached_id: int | None = None  # the report's or measure's id (a closure's: optional)
    caption: str | None = None
    taken_on: date | None = None  # None: the photo's own date (EXIF), if it has one
    phase: str | None = None  # before | after (photos)


@dataclass(frozen=True)
class AddedEvidence:
    id: int
    name: str
    kind: str
    note: str  # what happened, Chinese, for the page


def evidence_store(engine: Engine) -> BlobStore:
    """The configured store; the local one sits beside this engine's SQLite file."""
    return store_from_settings(database_url=engine.url.render_as_string(hide_password=False))


def add_evidence(
    engine: Engine,
    *,
    finding_id: int,
    upload: EvidenceUpload,
    user: Viewer,
    today: date,
    store: BlobStore | None = None,
    now: datetime | None = None,
) -> AddedEvidence:
    """Check and store one file; raises EvidenceError or AccessDenied with nothing stored."""
    require(user, EDIT)  # before reading the file: a refusal says nothing about it
    settings = get_settings()
    _validate(upload, today)
    try:
        checked = check_evidence_file(
            upload.name, upload.content, max_bytes=int(settings.evidence_max_file_mb * 1024 * 1024)
        )
    except EvidenceRejected as refusal:
        raise EvidenceError(str(refusal)) from None
    store = store or evidence_store(engine)
    added: list[str] = []  # blob keys new to the store: removed again if the upload fails
    try:
        with write_session(engine) as session, session.begin():
            require_finding(session, user, finding_id, EDIT)
            _check_attachment(session, finding_id, upload)
            _check_finding_total(session, finding_id, checked, settings.evidence_max_finding_mb)
            lat, lon, where = _position(session, finding_id, checked)
            key, new = store.put(checked.content)
            if new:
                added.append(key)
            thumbnail_key = None
            if checked.thumbnail is not None:
                thumbnail_key, new = store.put(checked.thumbnail)
                if new:
                    added.append(thumbnail_key)
            row = Evidence(
                finding_id=finding_id,
                attached_to=upload.attached_to,
                attached_id=upload.attached_id,
                sha256=key,
                kind=checked.kind,
                mime=checked.mime,
                original_name=checked.name,
                caption=_clean(upload.caption),
                taken_on=upload.taken_on or (checked.taken_at.date() if checked.taken_at else None),
                phase=upload.phase if checked.kind == "photo" else None,
                lat=lat,
                lon=lon,
                size=len(checked.content),
                uploaded_by=user.audit_name,
                uploaded_at=now or datetime.now().replace(microsecond=0),
                thumbnail_key=thumbnail_key,
            )
            session.add(row)
            session.flush()
            record_change(
                session,
                actor=user.audit_name,
                action="create",
                entity="evidence",
                entity_id=row.id,
                finding_id=finding_id,
                summary=f"上传佐证材料“{row.original_name}”（{EVIDENCE_KIND_LABELS[row.kind]}，"
                f"附于{EVIDENCE_ATTACHED_LABELS[row.attached_to]}）",
                after=evidence_dict(row),
                at=row.uploaded_at,
            )
            result = AddedEvidence(row.id, row.original_name, row.kind, _note(row, checked, where))
    except BaseException:
        _forget_blobs(engine, store, added)
        raise
    return result


def remove_evidence(engine: Engine, *, evidence_id: int, user: Viewer, now: datetime | None = None) -> str:
    """Take a file off its finding (the row and the blob stay for the record); returns a note."""
    require(user, EDIT)
    with write_session(engine) as session, session.begin():
        row = session.get(Evidence, evidence_id)
        if row is None or row.removed_at is not None:
            raise EvidenceError(f"没有编号为 {evidence_id} 的佐证材料（可能已删除）。")
        try:
            require_finding(session, user, row.finding_id, EDIT)
        except AccessDenied:
            # The same answer as for a missing file: a guessed id reveals nothing.
            raise EvidenceError(f"没有编号为 {evidence_id} 的佐证材料（可能已删除）。") from None
        before = evidence_dict(row)
        row.removed_at = now or datetime.now().replace(microsecond=0)
        row.removed_by = user.audit_name
        record_change(
            session,
            actor=user.audit_name,
            action="delete",
            entity="evidence",
            entity_id=row.id,
            finding_id=row.finding_id,
            summary=f"删除佐证材料“{row.original_name}”",
            before=before,
            at=row.removed_at,
        )
        return f"已删除佐证材料“{row.original_name}”。"


def evidence_dict(row: Evidence) -> dict:
    return {
        "original_name": row.original_name,
        "kind": row.kind,
        "attached_to": row.attached_to,
        "caption": row.caption,
        "taken_on": row.taken_on,
        "phase": row.phase,
        "size": row.size,
        "sha256": row.sha256,
    }


# --- checks ---------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    text = (text or "").replace("\r\n", "\n").strip()
    return text or None


def _validate(upload: EvidenceUpload, today: date) -> None:
    if upload.attached_to not in EVIDENCE_ATTACHED:
        raise EvidenceError("佐证材料应附于月度调度、整改措施或销号申请。")
    if upload.phase is not None and upload.phase not in EVIDENCE_PHASES:
        raise EvidenceError("照片的整改阶段应为“整改前”或“整改后”。")
    if upload.caption and len(upload.caption.strip()) > MAX_CAPTION:
        raise EvidenceError(f"说明不超过{MAX_CAPTION}字（现为{len(upload.caption.strip())}字）。")
    if upload.taken_on is not None and not EARLIEST_TAKEN <= upload.taken_on <= today:
        raise EvidenceError(f"拍摄/形成日期应在{EARLIEST_TAKEN.year}年到今天之间。")


def _check_attachment(session: Session, finding_id: int, upload: EvidenceUpload) -> None:
    if upload.attached_id is None:
        if upload.attached_to == "measure":
            raise EvidenceError("请选择该材料所属的整改措施。")
        return
    model = {"report": ProgressReport, "measure": Measure, "closure": ClosureRecord}[upload.attached_to]
    owner = session.scalar(select(model.finding_id).where(model.id == upload.attached_id))
    if owner != finding_id:
        label = EVIDENCE_ATTACHED_LABELS[upload.attached_to]
        raise EvidenceError(f"所选{label}（编号 {upload.attached_id}）不属于该问题。")


def _check_finding_total(session: Session, finding_id: int, checked: CheckedFile, limit_mb: float) -> None:
    stored = session.scalar(
        select(func.coalesce(func.sum(Evidence.size), 0)).where(
            Evidence.finding_id == finding_id, Evidence.removed_at.is_(None)
        )
    )
    limit = int(limit_mb * 1024 * 1024)
    if stored + len(checked.content) > limit:
        raise EvidenceError(
            f"文件“{checked.name}”未保存：该问题的佐证材料已有 {stored / 1024 / 1024:.1f} MB，"
            f"加上本文件（{len(checked.content) / 1024 / 1024:.1f} MB）"
            f"将超过每个问题 {limit_mb:g} MB 的上限。"
            "请压缩照片或删除重复材料后再上传。"
        )


def _position(
    session: Session, finding_id: int, checked: CheckedFile
) -> tuple[float | None, float | None, str | None]:
    """The photo's position if it is plausible for the finding's region, else none and why."""
    if checked.lat is None or checked.lon is None:
        return None, None, None
    region_code = session.scalar(select(Finding.region_code).where(Finding.id == finding_id))
    region = session.get(Region, region_code) if region_code else None
    # Cameras record WGS-84 (GPS), in China too: no GCJ-02 conversion.
    checked_position = check_site_position(checked.lon, checked.lat, region)
    if isinstance(checked_position, str):
        return None, None, checked_position
    lon, lat = checked_position
    return lat, lon, None


def _note(row: Evidence, checked: CheckedFile, position_problem: str | None) -> str:
    parts = [f"已上传“{row.original_name}”。"]
    if checked.note:
        parts.append(checked.note)
    if row.kind == "photo":
        parts.append("照片已重新编码，除拍摄时间和位置外的元数据已去除。")
    if row.lat is not None:
        parts.append(f"已读取拍摄位置（{row.lat:.5f}，{row.lon:.5f}），将作为该问题的点位显示在地图上。")
    if position_problem:
        parts.append(f"照片中的位置未采用：{position_problem}。")
    return "".join(parts)


def _forget_blobs(engine: Engine, store: BlobStore, keys: list[str]) -> None:
    """Delete blobs this failed upload added, unless a row (another upload) uses them meanwhile."""
    if not keys:
        return
    with Session(engine) as session:
        used = set(session.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(keys)))) | set(
            session.scalars(select(Evidence.thumbnail_key).where(Evidence.thumbnail_key.in_(keys)))
        )
    for key in keys:
        if key not in used:
            store.delete(key)
