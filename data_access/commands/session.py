"""The write session: every change to the dashboard's data is made in one.

`write_session(engine)` opens a `WriteSession`, the project's own session class. Its hooks,
attached to this class only (not to SQLAlchemy's global `Session`, so reads and the account
tables are untouched), keep two things in step with what a transaction wrote, just before it
commits:

- the derived counts (`data_access.counts`): mapper events note the batch of every finding
  added, deleted or changed in status, batch or province, and the unit of every unit link
  added or removed (also links deleted as orphans, which never appear in `session.deleted`);
  their rows are counted again;
- the data versions that the page caches are keyed on, bumped once per transaction that
  wrote anything, in that transaction, so readers see the new data and the new version
  together: `data_version` (every write: the national views), `data_version:<province>` for
  each province whose rows the transaction touched, and `data_version:global` for a write
  that belongs to no one province (a national batch, an indicator's definition, a bulk
  load). A view inside one province is keyed on its province's version and the global one
  (`data_access.db.scoped_data_version`), so a county's report leaves the cached figures of
  every other province warm;
- the stored figures of past months and days (`data_access.stored`): the rows judged on or
  after the earliest day the transaction wrote (a report's day, a status change's, a
  deadline's supersession) in its provinces are deleted, so no reader sees them stale; a
  write of today's facts deletes nothing.

A finding or unit link written through any other session raises: there is one write path.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import Session, object_session

from core.settings import get_settings
from data_access.counts import id_chunks, refresh_counts
from data_access.db import DATA_VERSION_KEY, GLOBAL_VERSION_KEY, chunks
from data_access.models import (
    AppMeta,
    AuditEntry,
    Batch,
    ClosureRecord,
    Contact,
    Deadline,
    Finding,
    FindingLink,
    FindingPerson,
    FindingUnit,
    Measure,
    MeasureUnit,
    NotificationRule,
    OutboxAttachment,
    OutboxMessage,
    Person,
    ProgressReport,
    Region,
    Site,
    StatusEvent,
    StoredFigures,
    UnitAlias,
)
from data_access.stored import STORED_VERSION_KEY, forget
from data_access.unit_rankings import refresh_units

_PENDING = "derived_counts_pending"  # session.info: {"batches", "units", "findings", "flagged"}: sets
_WROTE = "wrote"  # session.info: the transaction flushed a change
_TOUCHED = "touched"  # session.info: what the change belongs to (see _note_places)
_FINDING_KEYS = ("status", "batch_id", "province_code")
# What the day's unit ranking reads of a finding (data_access/unit_rankings.py).
_FLAG_KEYS = ("status", "next_due_date", "has_rolling_deadline", "last_report_period")


class WriteSession(Session):
    """A session whose commit also refreshes the derived counts and the data version."""


def write_session(engine: Engine) -> WriteSession:
    """A write session on `engine`; use as `with write_session(engine) as s, s.begin(): …`."""
    return WriteSession(engine)


def bump_data_version(session: Session, provinces: Iterable[str] = (), *, everywhere: bool = True) -> None:
    """Count one more version of the data: the national one always, each province's given,
    and the global one when the change belongs to no one province (`everywhere`)."""
    keys = [DATA_VERSION_KEY, *(f"{DATA_VERSION_KEY}:{code}" for code in sorted(set(provinces)))]
    if everywhere:
        keys.append(GLOBAL_VERSION_KEY)
    for key in keys:
        meta = session.get(AppMeta, key)
        if meta is None:
            session.add(AppMeta(key=key, value="1"))
        else:
            meta.value = str(int(meta.value) + 1)


# --- noting what a flush touched ------------------------------------------------------------


def _pending(session: Session) -> dict[str, set[int]]:
    return session.info.setdefault(
        _PENDING, {"batches": set(), "units": set(), "findings": set(), "flagged": set()}
    )


def _values(obj, name: str) -> list:
    """The attribute's value now and before this flush."""
    history = inspect(obj).attrs[name].history
    return [*history.added, *history.unchanged, *history.deleted] or [getattr(obj, name, None)]


def _write_session_of(obj) -> Session | None:
    session = object_session(obj)
    if session is not None and not isinstance(session, WriteSession):
        raise RuntimeError(
            f"{type(obj).__name__} written outside the write layer: use data_access.commands.write_session"
        )
    return session


def _note_finding(_mapper, _connection, finding: Finding, *, always: bool = True) -> None:
    session = _write_session_of(finding)
    if session is None:
        return
    attrs = inspect(finding).attrs
    if always or any(attrs[k].history.has_changes() for k in _FINDING_KEYS):
        pending = _pending(session)
        pending["batches"].update(b for b in _values(finding, "batch_id") if b is not None)
        pending["findings"].add(finding.id)
    elif any(attrs[k].history.has_changes() for k in _FLAG_KEYS):
        _pending(session)["flagged"].add(finding.id)


def _note_link(_mapper, _connection, link: FindingUnit) -> None:
    session = _write_session_of(link)
    if session is not None:
        _pending(session)["units"].update(u for u in _values(link, "unit_id") if u is not None)


event.listen(Finding, "after_insert", _note_finding)
event.listen(Finding, "after_delete", _note_finding)
event.listen(Finding, "after_update", partial(_note_finding, always=False))
for _name in ("after_insert", "after_delete", "after_update"):
    event.listen(FindingUnit, _name, _note_link)
    # A link between findings counts nothing; it must still come through the write layer.
    event.listen(FindingLink, _name, lambda _mapper, _connection, link: _write_session_of(link))


@event.listens_for(WriteSession, "before_flush")
def _note_write(session: Session, _context, _instances) -> None:
    if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
        session.info[_WROTE] = True


def _touched(session: Session) -> dict:
    return session.info.setdefault(
        _TOUCHED,
        {
            "provinces": set(),
            "findings": set(),
            "measures": set(),
            "regions": set(),
            "global": False,
            "since": None,
        },
    )


# Read by no figure that is stored (dispatch, overview): writing them changes no past figure.
_NOT_STORED = (
    AppMeta,
    AuditEntry,
    StoredFigures,
    Person,
    FindingPerson,
    UnitAlias,
    ClosureRecord,
    FindingLink,  # shown in the drill-down only
    Contact,
    NotificationRule,
    OutboxMessage,
    OutboxAttachment,
)
# What every writer of a finding's history refreshes after it (commands.findings.refresh_state):
# the history rows that drove it carry the day.
_STATE_COLUMNS = {
    "status",
    "status_since",
    "completed_on",
    "closed_on",
    "next_due_date",
    "has_rolling_deadline",
    "last_report_period",
    "version",
    "updated_at",
}


def _dates(obj, *names: str) -> list[date | None]:
    return [value for name in names for value in _values(obj, name)]


def _changed_columns(obj) -> set[str]:
    """The columns of `obj` this flush changed (not its relationships: a finding whose
    deadline list grew is dated by the deadline)."""
    state = inspect(obj)
    return {attr.key for attr in state.mapper.column_attrs if state.attrs[attr.key].history.has_changes()}


def _earliest_day(session: Session, obj) -> date | None:
    """The first day whose figures writing `obj` can change (date.min: any day); None when
    it changes no stored figure."""
    if isinstance(obj, _NOT_STORED):
        return None
    if isinstance(obj, ProgressReport):  # known from the day it was received
        days = _dates(obj, "reported_on")
    elif isinstance(obj, StatusEvent):
        days = _dates(obj, "changed_on")
    elif isinstance(obj, Deadline):
        new_or_gone = obj in session.new or obj in session.deleted
        if not new_or_gone and _changed_columns(obj) <= {"seq"}:
            return None  # renumbered only: no figure reads the order
        days = _dates(obj, "valid_from", "superseded_on", "met_on")
        if new_or_gone and obj.valid_from is None:
            return date.min  # in force from the start
    elif isinstance(obj, Finding) and obj not in session.new and obj not in session.deleted:
        return None if _changed_columns(obj) <= _STATE_COLUMNS else date.min
    else:
        return date.min
    known = [day for day in days if day is not None]
    return min(known) if known else date.min


@event.listens_for(WriteSession, "after_flush")
def _note_places(session: Session, _context) -> None:
    """Which provinces the flushed rows belong to (ids are known here; the lists still hold
    what was flushed): directly (findings, sites), through their finding, their measure or
    their region; anything else belongs to no one province."""
    touched = _touched(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj):
            continue
        day = _earliest_day(session, obj)
        if day is not None and (touched["since"] is None or day < touched["since"]):
            touched["since"] = day
        if isinstance(obj, AppMeta | AuditEntry | StoredFigures):
            continue  # the version itself, and the trail that accompanies a change
        if isinstance(obj, Batch):
            touched["global"] = True  # a batch's findings may lie in any province
        if isinstance(obj, Finding | Site):
            touched["provinces"].update(p for p in _values(obj, "province_code") if p)
        elif isinstance(obj, MeasureUnit):
            touched["measures"].add(obj.measure_id)
        elif getattr(obj, "finding_id", None) is not None or isinstance(obj, Measure):
            touched["findings"].add(obj.finding_id)
        elif getattr(obj, "region_code", None):
            touched["regions"].add(obj.region_code)
        else:
            touched["global"] = True


def _provinces_touched(session: Session) -> tuple[set[str], bool]:
    """The provinces of what the transaction wrote, and whether it also wrote something of
    no one province (then every view's cache must go)."""
    touched = session.info.pop(_TOUCHED, None)
    if not touched:
        return set(), True
    provinces = set(touched["provinces"])
    connection = session.connection()
    findings = set(touched["findings"])
    for chunk in id_chunks(touched["measures"]):
        findings.update(connection.scalars(select(Measure.finding_id).where(Measure.id.in_(chunk))))
    for chunk in id_chunks(findings):
        provinces.update(connection.scalars(select(Finding.province_code).where(Finding.id.in_(chunk))))
    for chunk in chunks(sorted(touched["regions"])):
        provinces.update(connection.scalars(select(Region.province_code).where(Region.code.in_(chunk))))
    everywhere = touched["global"] or not provinces
    return {p for p in provinces if p}, everywhere


@event.listens_for(WriteSession, "do_orm_execute")
def _note_statement(state) -> None:
    # Bulk UPDATE / INSERT / DELETE statements run through the session write too.
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


# --- before the commit ------------------------------------------------------------------------


@event.listens_for(WriteSession, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    pending = session.info.pop(_PENDING, None)
    ranked: set[int] = set()  # the units whose day ranking rows change
    if pending and any(pending.values()):
        connection = session.connection()
        units = set(pending["units"])
        for chunk in id_chunks(pending["findings"]):
            rows = connection.execute(
                select(FindingUnit.unit_id, Finding.batch_id)
                .select_from(Finding)
                .outerjoin(FindingUnit, FindingUnit.finding_id == Finding.id)
                .where(Finding.id.in_(chunk))
            ).all()
            units.update(unit for unit, _ in rows if unit is not None)
            pending["batches"].update(batch for _, batch in rows)
        refresh_counts(connection, batch_ids=pending["batches"], unit_ids=units)
        ranked = set(units)
        for chunk in id_chunks(pending["flagged"] - pending["findings"]):
            ranked.update(
                connection.scalars(select(FindingUnit.unit_id).where(FindingUnit.finding_id.in_(chunk)))
            )
    if session.info.pop(_WROTE, False):
        since = _touched(session)["since"]
        provinces, everywhere = _provinces_touched(session)
        bump_data_version(session, provinces, everywhere=everywhere)
        if ranked:
            # After the version row is written (and so locked): a reader building a day's
            # ranking holds that lock, so this sees its rows (data_access/unit_rankings.py).
            session.flush()
            refresh_units(session.connection(), ranked)
        if since is not None:
            # Undated writes (a unit's name, links, a plan import) may show in any province's
            # figures (a ministry leads findings everywhere): every stored figure goes.
            whole = everywhere or since == date.min
            _forget_stored(session, since, None if whole else provinces)
        session.flush()
        session.info.pop(_WROTE, None)  # that flush is the bump itself
        session.info.pop(_TOUCHED, None)
    else:
        session.info.pop(_TOUCHED, None)


def _forget_stored(session: Session, since: date, provinces: set[str] | None) -> None:
    """Delete the stored figures the transaction may have changed; when it wrote anything
    dated before today, tell readers building such figures right now not to keep them."""
    # The bump comes first: its row lock (PostgreSQL) orders this write with a reader storing
    # figures (data_access.stored._store), so either the reader sees the bump or this
    # DELETE sees the reader's row.
    back_dated = since < get_settings().today()
    if back_dated:
        _bump_stored_version(session)
    if forget(session.connection(), since, provinces) and not back_dated:
        _bump_stored_version(session)


def _bump_stored_version(session: Session) -> None:
    meta = session.get(AppMeta, STORED_VERSION_KEY)
    if meta is None:
        session.add(AppMeta(key=STORED_VERSION_KEY, value="1"))
    else:
        meta.value = str(int(meta.value) + 1)
    session.flush()


@event.listens_for(WriteSession, "after_rollback")
def _forget(session: Session) -> None:
    for key in (_PENDING, _WROTE, _TOUCHED):
        session.info.pop(key, None)
