"""Small lookups for the filter widgets: regions, batches, units."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, exists, select

from data_access.access import finding_within, region_within
from data_access.models import Batch, Finding, FindingUnit, Region, Unit


def regions(engine: Engine, *, scope_code: str | None = None) -> pd.DataFrame:
    """All regions (inside `scope_code`, itself included), parents before children (by code)."""
    query = select(Region.code, Region.name, Region.short_name, Region.level, Region.parent_code).order_by(
        Region.code
    )
    if scope_code:
        query = query.where(region_within(scope_code))
    with engine.connect() as connection:
        return pd.DataFrame(
            connection.execute(query).all(), columns=["code", "name", "short_name", "level", "parent_code"]
        )


def batches(engine: Engine, *, scope_code: str | None = None) -> pd.DataFrame:
    """Inspection batches, oldest first; in a scope, those with findings there."""
    query = select(Batch.code, Batch.name, Batch.source_type, Batch.level, Batch.region_code).order_by(
        Batch.feedback_date.is_(None), Batch.feedback_date, Batch.code
    )
    if scope_code:
        # A city's batch may hold a county's findings: offered to the county by its findings.
        query = query.where(exists().where(Finding.batch_id == Batch.id, finding_within(scope_code)))
    with engine.connect() as connection:
        return pd.DataFrame(
            connection.execute(query).all(), columns=["code", "name", "source_type", "level", "region_code"]
        )


def lead_units(engine: Engine, *, scope_code: str | None = None) -> pd.DataFrame:
    """Units that lead at least one finding (in `scope_code`), with the short name of their region."""
    # EXISTS per unit (an index seek each) rather than IN (SELECT DISTINCT …), which reads
    # every link of every finding.
    leading = exists().where(FindingUnit.unit_id == Unit.id, FindingUnit.role == "lead")
    if scope_code:
        leading = exists().where(
            FindingUnit.unit_id == Unit.id,
            FindingUnit.role == "lead",
            Finding.id == FindingUnit.finding_id,
            finding_within(scope_code),
        )
    query = (
        select(Unit.id, Unit.name, Unit.region_code, Region.short_name)
        .join(Region, Region.code == Unit.region_code)
        .where(leading)
        .order_by(Unit.region_code, Unit.name)
    )
    with engine.connect() as connection:
        return pd.DataFrame(
            connection.execute(query).all(), columns=["id", "name", "region_code", "region_name"]
        )
