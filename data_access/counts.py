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
recomputes them just before the commit. A writer that bypasses the ORM calls
`refresh_counts` for what it touched (on its connection), or `rebuild_counts` after a bulk
load. Figures that depend on the day (overdue, due soon, late reports) are not stored: they
are counted from the indexed state columns of the few open findings they concern.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from itertools import chain

from sqlalchemy import Connection, Select, String, case, delete, event, func, insert, inspect, literal, select
from sqlalchemy.orm import Session, object_session

from core.vocabulary import OPEN_STATUSES
from data_access.db import chunks
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


def unit_totals(scope: str, unit_ids: Sequence[int] = ()) -> Select:
    """(unit_id, total, open) per unit over every finding as of today, from the stored counts:
    `scope` "lead" counts the findings a unit leads, "any" those it leads or cooperates on."""
    open_findings = case((UnitStatusCount.status.in_(OPEN_STATUSES), UnitStatusCount.findings), else_=0)
    query = select(
        UnitStatusCount.unit_id,
        func.sum(UnitStatusCount.findings).label("total"),
        func.sum(open_findings).label("open"),
    ).where(UnitStatusCount.scope == scope)
    if unit_ids:
        query = query.where(UnitStatusCount.unit_id.in_(unit_ids))
    return query.group_by(UnitStatusCount.unit_id)


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


def _chunks(ids: Iterable[int]) -> list[Sequence[int]]:
    """The distinct ids, sorted, in IN lists of _CHUNK."""
    return chunks(sorted({int(i) for i in ids if i is not None}), _CHUNK)


# --- keeping them in step with the ORM writers ------------------------------------------------


def _pending(session: Session) -> dict[str, set[int]]:
    return session.info.setdefault(_KEY, {"batches": set(), "units": set(), "findings": set()})


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
