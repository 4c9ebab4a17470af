"""Derived counts, so that the national views need not count a million findings.

Two small tables hold findings per status:

- `finding_counts`: per (batch, province, status) — a few thousand rows at national scale,
  from which the overview's KPI tiles, region and batch bars and status donut follow;
- `unit_status_counts`: per (unit, scope, status), scope "lead" (findings the unit leads)
  or "any" (leads or cooperates on, each finding once) — the scoreboard's findings and done
  per unit, and which units lead anything (the filter options).

They are derived data and are **recomputed, never incremented**: the rows of every batch and
unit a transaction touched are deleted and counted again from `findings` / `finding_units`
inside that transaction, so they cannot drift from the source rows. Writers need do
nothing: the write session (`data_access.commands.session`) notes the batch and the units of
every finding that was added, deleted or changed status, batch or province, and of every
unit link added or removed, and calls `refresh_counts` for them just before the commit. A
bulk load calls `rebuild_counts`. Figures that depend on the day (overdue, due soon, late
reports) are not stored: they are counted from the indexed state columns of the few open
findings they concern.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Select, String, case, delete, func, insert, literal, select

from core.vocabulary import OPEN_STATUSES
from data_access.db import chunks
from data_access.models import (
    Finding,
    FindingCount,
    FindingUnit,
    UnitRanking,
    UnitRankingDay,
    UnitStatusCount,
)

SCOPES = ("lead", "any")
_CHUNK = 500  # ids per IN list


# --- computing -----------------------------------------------------------------------------


def finding_counts() -> Select:
    """Findings per (batch, province, status), counted from the findings."""
    return select(Finding.batch_id, Finding.province_code, Finding.status, func.count()).group_by(
        Finding.batch_id, Finding.province_code, Finding.status
    )


def unit_counts(scope: str) -> Select:
    """Findings per (unit, status) in `scope` ("lead" or "any"), counted from the unit links."""
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
    connection.execute(insert(FindingCount).from_select(_FINDING_COLUMNS, finding_counts()))
    connection.execute(delete(UnitStatusCount))
    for scope in SCOPES:
        connection.execute(insert(UnitStatusCount).from_select(_UNIT_COLUMNS, unit_counts(scope)))
    # The day's unit rankings (data_access/unit_rankings.py) are built again by their next reader.
    connection.execute(delete(UnitRanking))
    connection.execute(delete(UnitRankingDay))


def refresh_counts(
    connection: Connection, *, batch_ids: Iterable[int] = (), unit_ids: Iterable[int] = ()
) -> None:
    """Recompute the rows of these batches and units from the source rows."""
    for chunk in id_chunks(batch_ids):
        connection.execute(delete(FindingCount).where(FindingCount.batch_id.in_(chunk)))
        connection.execute(
            insert(FindingCount).from_select(
                _FINDING_COLUMNS, finding_counts().where(Finding.batch_id.in_(chunk))
            )
        )
    for chunk in id_chunks(unit_ids):
        connection.execute(delete(UnitStatusCount).where(UnitStatusCount.unit_id.in_(chunk)))
        for scope in SCOPES:
            connection.execute(
                insert(UnitStatusCount).from_select(
                    _UNIT_COLUMNS, unit_counts(scope).where(FindingUnit.unit_id.in_(chunk))
                )
            )


def id_chunks(ids: Iterable[int]) -> list[Sequence[int]]:
    """The distinct ids, sorted, in IN lists of _CHUNK."""
    return chunks(sorted({int(i) for i in ids if i is not None}), _CHUNK)
