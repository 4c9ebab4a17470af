"""Small lookups for the filter widgets: regions, batches, units.

`scope_code` is the viewer's region (data_access/access.py): with it, only what lies inside
is offered — regions below it, batches and lead units of findings inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from sqlalchemy import Engine, exists, func, select

from data_access.access import finding_within, region_within
from data_access.db import result_frame
from data_access.models import Batch, Finding, FindingUnit, Region, Unit, UnitStatusCount


def regions(engine: Engine, *, scope_code: str | None = None) -> pd.DataFrame:
    """All regions (inside `scope_code`, itself included), parents before children (by code)."""
    query = select(Region.code, Region.name, Region.short_name, Region.level, Region.parent_code).order_by(
        Region.code
    )
    if scope_code:
        query = query.where(region_within(scope_code))
    with engine.connect() as connection:
        return result_frame(connection.execute(query), ["code", "name", "short_name", "level", "parent_code"])


def batches(engine: Engine, *, scope_code: str | None = None) -> pd.DataFrame:
    """Inspection batches, oldest first; in a scope, those with findings there."""
    query = select(Batch.code, Batch.name, Batch.source_type, Batch.level, Batch.region_code).order_by(
        Batch.feedback_date.is_(None), Batch.feedback_date, Batch.code
    )
    if scope_code:
        # A city's batch may hold a county's findings: offered to the county by its findings.
        # IN over the scope's findings (one index range), not EXISTS per batch (a scan each).
        query = query.where(Batch.id.in_(select(Finding.batch_id).where(finding_within(scope_code))))
    with engine.connect() as connection:
        return result_frame(
            connection.execute(query), ["code", "name", "source_type", "level", "region_code"]
        )


def lead_units(
    engine: Engine,
    *,
    region_code: str | None = None,
    unit_ids: Sequence[int] | None = None,
    names: Sequence[str] | None = None,
    scope_code: str | None = None,
) -> pd.DataFrame:
    """Units that lead at least one finding, with the short name of their region.

    `region_code`: only the units of that region and its sub-regions; `unit_ids`: only these;
    `names`: only units with one of these names (the labels of a shared link);
    `scope_code`: only units leading a finding there. A national database has tens of
    thousands of lead units: callers ask for a region's.
    """
    query = (
        select(Unit.id, Unit.name, Unit.region_code, Region.short_name)
        .join(Region, Region.code == Unit.region_code)
        .where(_leading(scope_code))
        .order_by(Unit.region_code, Unit.name)
    )
    if region_code:
        query = query.where(region_within(region_code))
    if unit_ids is not None:
        query = query.where(Unit.id.in_([int(i) for i in unit_ids]))
    if names is not None:
        query = query.where(Unit.name.in_(list(names)))
    with engine.connect() as connection:
        return result_frame(connection.execute(query), ["id", "name", "region_code", "region_name"])


def count_lead_units(engine: Engine, *, region_code: str | None = None, scope_code: str | None = None) -> int:
    """How many units lead at least one finding (in the region and its sub-regions)."""
    query = select(func.count()).select_from(Unit).where(_leading(scope_code))
    if region_code:
        query = query.join(Region, Region.code == Unit.region_code).where(region_within(region_code))
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _leading(scope_code: str | None = None):
    if scope_code:
        # A unit may sit above the scope (a city department leading a county's finding): it
        # is offered when it leads a finding inside the scope. Found from the scope's
        # findings (one index range), not by a search per unit.
        leading_here = (
            select(FindingUnit.unit_id)
            .join(Finding, Finding.id == FindingUnit.finding_id)
            .where(FindingUnit.role == "lead", finding_within(scope_code))
        )
        return Unit.id.in_(leading_here)
    # The derived per-unit counts say which units lead anything (data_access/counts.py): a
    # seek into a small table per unit instead of into the links of every finding.
    return exists().where(UnitStatusCount.unit_id == Unit.id, UnitStatusCount.scope == "lead")
