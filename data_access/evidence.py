"""Reading evidence files (佐证材料): the lists, and the files themselves, inside the viewer's region.

The region check lives here, where the bytes are read, not in the page: `load_evidence_file`
returns a file only when the viewer's region covers its finding, and the same None for an id
that does not exist, was removed, or lies elsewhere, so guessing ids reveals nothing. Every
page, download and the closure pack read the bytes through it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd
from sqlalchemy import Engine, and_, select
from sqlalchemy.orm import Session

from core.vocabulary import EVIDENCE_ATTACHED_LABELS
from data_access.access import VIEW, Viewer, finding_within, require
from data_access.blobstore import BlobMissing, BlobStore, store_from_settings
from data_access.metrics import FindingFilters, findings_view
from data_access.models import Batch, Evidence, Finding, Measure, ProgressReport, Region

LIST_COLUMNS = [
    "id",
    "finding_id",
    "attached_to",
    "attached_id",
    "attached_label",
    "kind",
    "mime",
    "original_name",
    "caption",
    "taken_on",
    "phase",
    "lat",
    "lon",
    "size",
    "uploaded_by",
    "uploaded_at",
    "has_thumbnail",
]


@dataclass(frozen=True)
class EvidenceFile:
    id: int
    name: str
    mime: str
    content: bytes


def _store(engine: Engine, store: BlobStore | None) -> BlobStore:
    return store or store_from_settings(database_url=engine.url.render_as_string(hide_password=False))


def _listed(scope_code: str | None):
    query = (
        select(
            Evidence,
            ProgressReport.period.label("report_period"),
            Measure.number.label("measure_number"),
        )
        .join(Finding, Finding.id == Evidence.finding_id)
        .outerjoin(
            ProgressReport,
            and_(Evidence.attached_to == "report", ProgressReport.id == Evidence.attached_id),
        )
        .outerjoin(Measure, and_(Evidence.attached_to == "measure", Measure.id == Evidence.attached_id))
        .where(Evidence.removed_at.is_(None))
        .order_by(Evidence.finding_id, Evidence.taken_on.is_(None), Evidence.taken_on, Evidence.id)
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    return query


def _frame(rows) -> pd.DataFrame:
    records = []
    for row, period, measure_number in rows:
        label = EVIDENCE_ATTACHED_LABELS[row.attached_to]
        if period is not None:
            label = f"{period.year}年{period.month}月调度"
        elif measure_number is not None:
            label = f"整改措施{measure_number}"
        records.append(
            {
                "id": row.id,
                "finding_id": row.finding_id,
                "attached_to": row.attached_to,
                "attached_id": row.attached_id,
                "attached_label": label,
                "kind": row.kind,
                "mime": row.mime,
                "original_name": row.original_name,
                "caption": row.caption,
                "taken_on": row.taken_on,
                "phase": row.phase,
                "lat": row.lat,
                "lon": row.lon,
                "size": row.size,
                "uploaded_by": row.uploaded_by,
                "uploaded_at": row.uploaded_at,
                "has_thumbnail": row.thumbnail_key is not None,
            }
        )
    return pd.DataFrame(records, columns=LIST_COLUMNS)


def list_evidence(
    engine: Engine,
    finding_id: int,
    *,
    scope_code: str | None,
    attached_to: str | None = None,
    attached_id: int | None = None,
) -> pd.DataFrame:
    """A finding's evidence (dated first, oldest first); empty outside `scope_code`."""
    query = _listed(scope_code).where(Evidence.finding_id == finding_id)
    if attached_to:
        query = query.where(Evidence.attached_to == attached_to)
    if attached_id is not None:
        query = query.where(Evidence.attached_id == attached_id)
    with Session(engine) as session:
        return _frame(session.execute(query).all())


def evidence_for_closure(
    engine: Engine, finding_id: int, *, scope_code: str | None, attached_id: int | None = None
) -> pd.DataFrame:
    """The files attached to the finding's closure application (one application: `attached_id`)."""
    return list_evidence(
        engine, finding_id, scope_code=scope_code, attached_to="closure", attached_id=attached_id
    )


# What an evidence list (ledger sheet, bulletin annex) says of each file.
FILE_COLUMNS = (
    Evidence.original_name,
    Evidence.kind,
    Evidence.taken_on,
    Evidence.phase,
    Evidence.caption,
    Evidence.attached_to,
    Evidence.uploaded_at,
)


def evidence_for_findings(
    engine: Engine, finding_ids: Iterable[int] | None, *, scope_code: str | None
) -> pd.DataFrame:
    """The evidence list of many findings for the bulletin and the ledger: batch, finding
    number and title, then the file's name, kind, date taken, phase, caption and what it is
    attached to. `finding_ids` None: every finding in scope."""
    query = (
        select(
            Batch.name.label("batch_name"),
            Finding.label.label("finding_label"),
            Finding.title.label("finding_title"),
            Evidence.finding_id,
            Evidence.id,
            *FILE_COLUMNS,
        )
        .join(Finding, Finding.id == Evidence.finding_id)
        .join(Batch, Batch.id == Finding.batch_id)
        .where(Evidence.removed_at.is_(None))
        .order_by(Batch.name, Finding.number, Evidence.taken_on.is_(None), Evidence.taken_on, Evidence.id)
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    frames = []
    with engine.connect() as connection:
        if finding_ids is None:
            frames.append(pd.DataFrame(connection.execute(query).mappings().all()))
        else:
            ids = sorted(set(finding_ids))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = connection.execute(query.where(Evidence.finding_id.in_(chunk))).mappings().all()
                frames.append(pd.DataFrame(rows))
    columns = [c.key for c in query.selected_columns]
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


PHOTO_POINT_LIMIT = 2000  # the big map's photo layer: newest first, so a national view stays light


def evidence_points(
    engine: Engine,
    *,
    scope_code: str | None,
    filters: FindingFilters | None = None,
    today: date | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Photos with a position, as points of their findings for the map, inside `scope_code`
    (the viewer's region) and, given `filters`, only of the findings they cover. `limit`: the
    newest that many (by date taken, then upload)."""
    query = (
        select(
            Evidence.id,
            Evidence.finding_id,
            Batch.name.label("batch_name"),
            Finding.number.label("finding_number"),
            Finding.title.label("finding_title"),
            Evidence.original_name,
            Evidence.caption,
            Evidence.taken_on,
            Evidence.phase,
            Evidence.lat,
            Evidence.lon,
        )
        .join(Finding, Finding.id == Evidence.finding_id)
        .join(Batch, Batch.id == Finding.batch_id)
        .where(
            Evidence.removed_at.is_(None),
            Evidence.kind == "photo",
            Evidence.lat.is_not(None),
            Evidence.lon.is_not(None),
        )
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    if filters is not None:
        view = findings_view(filters, today=today or date.today())
        query = query.where(Evidence.finding_id.in_(select(view.c.finding_id)))
    if limit is not None:
        newest = (Evidence.taken_on.is_(None), Evidence.taken_on.desc(), Evidence.id.desc())
        query = query.order_by(*newest).limit(limit)
    else:
        query = query.order_by(Evidence.finding_id, Evidence.id)
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return pd.DataFrame(rows, columns=[c.key for c in query.selected_columns])


def load_evidence_file(
    engine: Engine,
    viewer: Viewer,
    evidence_id: int,
    *,
    thumbnail: bool = False,
    store: BlobStore | None = None,
) -> EvidenceFile | None:
    """The file (or its thumbnail) if the viewer may see it; None for a missing, removed or
    out-of-region id alike."""
    require(viewer, VIEW)
    query = (
        select(Evidence)
        .join(Finding, Finding.id == Evidence.finding_id)
        .where(Evidence.id == evidence_id, Evidence.removed_at.is_(None))
    )
    if viewer.region_code:
        query = query.where(finding_within(viewer.region_code))
    with Session(engine) as session:
        row = session.scalar(query)
        if row is None:
            return None
        key = row.thumbnail_key if thumbnail else row.sha256
        if key is None:
            return None
        name, mime = row.original_name, "image/jpeg" if thumbnail else row.mime
    try:
        return EvidenceFile(evidence_id, name, mime, _store(engine, store).get(key))
    except BlobMissing:
        return None  # a database restored without its files: the page says the file is missing


def evidence_files_for_closure(
    engine: Engine,
    viewer: Viewer,
    finding_id: int,
    *,
    attached_id: int | None = None,
    store: BlobStore | None = None,
) -> list[tuple[str, bytes]]:
    """(file name, bytes) of the closure's attachments, names made unique, for the closure pack.

    Read through `load_evidence_file`, so a viewer outside the finding's region gets nothing.
    """
    listed = evidence_for_closure(engine, finding_id, scope_code=viewer.region_code, attached_id=attached_id)
    store = _store(engine, store)
    files: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for evidence_id in listed["id"]:
        loaded = load_evidence_file(engine, viewer, int(evidence_id), store=store)
        if loaded is None:
            continue
        files.append((_unique(loaded.name, seen), loaded.content))
    return files


def _unique(name: str, seen: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, number = name, 1
    while candidate in seen:
        number += 1
        candidate = f"{stem}（{number}）{dot}{suffix}"
    seen.add(candidate)
    return candidate


def evidence_zip(
    files: Iterable[tuple[str, bytes]], *, folder: str = "佐证材料", beside: Iterable[tuple[str, bytes]] = ()
) -> bytes:
    """A .zip of (name, bytes) pairs under one folder, with `beside` (the closure form) at the
    top (names are UTF-8, as Windows 10+ reads them)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in beside:
            archive.writestr(name, content)
        seen: set[str] = set()
        for name, content in files:
            archive.writestr(f"{folder}/{_unique(name, seen)}", content)
    return out.getvalue()


def taken_label(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "日期不详"


def attach_targets(
    engine: Engine, finding_id: int, *, scope_code: str | None
) -> dict[str, list[tuple[int, str]]]:
    """What an upload form can attach a file to: the finding's monthly reports (newest first)
    and measures, as (id, Chinese label); empty outside `scope_code`."""
    reports = (
        select(ProgressReport.id, ProgressReport.period)
        .join(Finding, Finding.id == ProgressReport.finding_id)
        .where(ProgressReport.finding_id == finding_id)
        .order_by(ProgressReport.period.desc())
    )
    measures = (
        select(Measure.id, Measure.number, Measure.text)
        .join(Finding, Finding.id == Measure.finding_id)
        .where(Measure.finding_id == finding_id)
        .order_by(Measure.seq)
    )
    if scope_code:
        reports = reports.where(finding_within(scope_code))
        measures = measures.where(finding_within(scope_code))
    with engine.connect() as connection:
        return {
            "report": [(i, f"{p.year}年{p.month}月调度") for i, p in connection.execute(reports)],
            "measure": [
                (i, f"措施{n}：{t[:30]}{'…' if len(t) > 30 else ''}")
                for i, n, t in connection.execute(measures)
            ],
        }


def report_id(engine: Engine, finding_id: int, period: date, *, scope_code: str | None) -> int | None:
    """The id of the finding's report for the month (to attach files to it), inside the scope."""
    query = (
        select(ProgressReport.id)
        .join(Finding, Finding.id == ProgressReport.finding_id)
        .where(ProgressReport.finding_id == finding_id, ProgressReport.period == period.replace(day=1))
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    with engine.connect() as connection:
        return connection.scalar(query)


@dataclass(frozen=True)
class StoreCheck:
    rows: int  # evidence rows (removed ones included: they keep their files)
    missing: list[tuple[int, str, str]]  # (evidence id, file name, key) whose blob is gone
    orphans: list[str]  # keys in the store that no row names


def check_store(engine: Engine, store: BlobStore | None = None) -> StoreCheck:
    """Rows against files, after a restore or before a backup is trusted (`manage.py evidence-check`)."""
    store = _store(engine, store)
    with engine.connect() as connection:
        rows = connection.execute(
            select(Evidence.id, Evidence.original_name, Evidence.sha256, Evidence.thumbnail_key)
        ).all()
    present = set(store.keys())
    missing = [(i, name, key) for i, name, key, _ in rows if key not in present]
    missing += [
        (i, f"{name}（缩略图）", thumb) for i, name, _, thumb in rows if thumb and thumb not in present
    ]
    named = {key for _, _, key, _ in rows} | {thumb for *_, thumb in rows if thumb}
    return StoreCheck(len(rows), sorted(missing), sorted(present - named))


def evidence_of_month(
    engine: Engine, *, filters: FindingFilters, first: date, last: date, today: date
) -> pd.DataFrame:
    """The files uploaded from `first` to `last` for the findings the filters cover (already
    limited to the viewer's region by the caller's `scoped` filters): the bulletin's list."""
    from datetime import timedelta

    view = findings_view(filters, today=today)
    query = (
        select(
            Evidence.finding_id,
            Batch.name.label("batch_name"),
            Finding.label.label("label"),
            Finding.title.label("title"),
            Region.name.label("region_name"),
            *FILE_COLUMNS,
        )
        .join(Finding, Finding.id == Evidence.finding_id)
        .join(Batch, Batch.id == Finding.batch_id)
        .join(Region, Region.code == Finding.region_code)
        .where(
            Evidence.finding_id.in_(select(view.c.finding_id)),
            Evidence.removed_at.is_(None),
            Evidence.uploaded_at >= first,
            Evidence.uploaded_at < last + timedelta(days=1),
        )
        .order_by(Batch.name, Finding.number, Evidence.id)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return pd.DataFrame(rows, columns=[c.key for c in query.selected_columns])
