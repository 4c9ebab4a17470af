"""Derived counts, so that the national views need not count a million findings.

Two small tables hold findings per status:

- `finding_counts`: per (batch, province, status) — a few thousand rows at national scale,
  from which the overview's KPI tiles, region and batch bars and status donut follow;
- `unit_status_counts`: per (unit, scope, status), scope "lead" (findings the unit leads)
  or "any" (leads or cooperates on, each finding once) — the scoreboard's findings and done
  per unit, and which units lead anything (the filter options).

They are derived data and are **recomputed, never incremented**: the rows of every batch and
unit a transaction touched are deleted and counted again from `findings` / `finding_units`
inside that transaction, so they cannot drift from the source rows. ORM writers need do
nothing: a session hook notes the batch and the units of every finding that was added,
deleted or changed status, batch or province, and of every unit link added or removed, and
recomputes them just before the commit. Writers that bypass the ORM call `note_changed`
(inside a session) or `refresh_counts` (on a connection), or `rebuild_counts` after a bulk
load. Figures that depend on the day (overdue, due soon, late reports) are not stored: they
are counted from the indexed state columns of the few open findings they concern.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain

from sqlalchemy import Connection, String, delete, event, func, insert, inspect, literal, select
from sqlalchemy.orm import Session, object_session

from data_access.models import Finding, FindingCount, FindingUnit, UnitStatusCount

SCOPES = ("lead", "any")
_CHUNK = 500  # ids per IN list
_KEY = "derived_counts_pending"  # session.info: {"batches": set, "units": set, "findings": set}
_FINDING_KEYS = ("status", "batch_id", "province_code")


# --- computing -----------------------------------------------------------------------------


def _finding_counts():
    return select(Finding.batch_id, Finding.province_code, Finding.status, func.count()).group_by(
        Finding.batch_id, Finding.province_code, Finding.status
    )


def _unit_counts(scope: str):
    joined = select().select_from(FindingUnit).join(Finding, Finding.id == FindingUnit.finding_id)
    if scope == "lead":
        # (finding, unit, role) is the key: a unit leads a finding at most once.
        number = func.count()
        joined = joined.where(FindingUnit.role == "lead")
    else:
        number = func.count(func.distinct(FindingUnit.finding_id))
    return joined.add_columns(FindingUnit.unit_id, literal(scope, String), Finding.status, number).group_by(
        FindingUnit.unit_id, Finding.status
    )


_FINDING_COLUMNS = ["batch_id", "province_code", "status", "findings"]
_UNIT_COLUMNS = ["unit_id", "scope", "status", "findings"]


def rebuild_counts(connection: Connection) -> None:
    """Recompute both tables from scratch (after a bulk load, and in the migration)."""
    connection.execute(delete(FindingCount))
    connection.execute(insert(FindingCount).from_select(_FINDING_COLUMNS, _finding_counts()))
    connection.execute(delete(UnitStatusCount))
    for scope in SCOPES:
        connection.execute(insert(UnitStatusCount).from_select(_UNIT_COLUMNS, _unit_counts(scope)))


def refresh_counts(
    connection: Connection, *, batch_ids: Iterable[int] = (), unit_ids: Iterable[int] = ()
) -> None:
    """Recompute the rows of these batches and units from the source rows."""
    for chunk in _chunks(batch_ids):
        connection.execute(delete(FindingCount).where(FindingCount.batch_id.in_(chunk)))
        connection.execute(
            insert(FindingCount).from_select(
                _FINDING_COLUMNS, _finding_counts().where(Finding.batch_id.in_(chunk))
            )
        )
    for chunk in _chunks(unit_ids):
        connection.execute(delete(UnitStatusCount).where(UnitStatusCount.unit_id.in_(chunk)))
        for scope in SCOPES:
            connection.execute(
                insert(UnitStatusCount).from_select(
                    _UNIT_COLUMNS, _unit_counts(scope).where(FindingUnit.unit_id.in_(chunk))
                )
            )


def counts_match(connection: Connection) -> bool:
    """True when the stored counts equal a fresh count (for tests and checks)."""
    stored_findings = set(connection.execute(select(FindingCount.__table__)).all())
    stored_units = set(connection.execute(select(UnitStatusCount.__table__)).all())
    fresh_findings = set(connection.execute(_finding_counts()).all())
    fresh_units = set(chain.from_iterable(connection.execute(_unit_counts(s)).all() for s in SCOPES))
    return stored_findings == fresh_findings and stored_units == fresh_units


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    values = sorted({int(i) for i in ids if i is not None})
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


# --- keeping them in step with the ORM writers ------------------------------------------------


def _pending(session: Session) -> dict[str, set[int]]:
    return session.info.setdefault(_KEY, {"batches": set(), "units": set(), "findings": set()})


def note_changed(
    session: Session,
    *,
    finding_ids: Iterable[int] = (),
    batch_ids: Iterable[int] = (),
    unit_ids: Iterable[int] = (),
) -> None:
    """Have the counts of these findings (their batch and units), batches and units recomputed
    before the session commits. Needed only by writers that change rows without the ORM."""
    pending = _pending(session)
    pending["findings"].update(int(i) for i in finding_ids if i is not None)
    pending["batches"].update(int(i) for i in batch_ids if i is not None)
    pending["units"].update(int(i) for i in unit_ids if i is not None)


def _values(obj, name: str) -> list:
    """The attribute's value now and before this flush."""
    history = inspect(obj).attrs[name].history
    return [*history.added, *history.unchanged, *history.deleted] or [getattr(obj, name, None)]


# Mapper events see every flushed row, also links deleted as orphans (which never appear in
# session.deleted).


def _note_finding(_mapper, _connection, finding: Finding, *, always: bool = True) -> None:
    session = object_session(finding)
    if session is None:
        return
    if always or any(inspect(finding).attrs[k].history.has_changes() for k in _FINDING_KEYS):
        pending = _pending(session)
        pending["batches"].update(b for b in _values(finding, "batch_id") if b is not None)
        pending["findings"].add(finding.id)


def _note_link(_mapper, _connection, link: FindingUnit) -> None:
    session = object_session(link)
    if session is not None:
        _pending(session)["units"].update(u for u in _values(link, "unit_id") if u is not None)


event.listen(Finding, "after_insert", _note_finding)
event.listen(Finding, "after_delete", _note_finding)
event.listen(Finding, "after_update", partial(_note_finding, always=False))
for _name in ("after_insert", "after_delete", "after_update"):
    event.listen(FindingUnit, _name, _note_link)


@event.listens_for(Session, "before_commit")
def _refresh_before_commit(session: Session) -> None:
    session.flush()
    pending = session.info.pop(_KEY, None)
    if not pending or not any(pending.values()):
        return
    connection = session.connection()
    units = set(pending["units"])
    for chunk in _chunks(pending["findings"]):
        rows = connection.execute(
            select(FindingUnit.unit_id, Finding.batch_id)
            .select_from(Finding)
            .outerjoin(FindingUnit, FindingUnit.finding_id == Finding.id)
            .where(Finding.id.in_(chunk))
        ).all()
        units.update(unit for unit, _ in rows if unit is not None)
        pending["batches"].update(batch for _, batch in rows)
    refresh_counts(connection, batch_ids=pending["batches"], unit_ids=units)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
