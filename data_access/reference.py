"""Small lookups for the filter widgets: regions, batches, units."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, exists, select

from data_access.db import result_frame
from data_access.models import Batch, Region, Unit, UnitStatusCount


def regions(engine: Engine) -> pd.DataFrame:
    """All regions, parents before children (ordered by code)."""
    query = select(Region.code, Region.name, Region.short_name, Region.level, Region.parent_code).order_by(
        Region.code
    )
    with engine.connect() as connection:
        return result_frame(connection.execute(query), ["code", "name", "short_name", "level", "parent_code"])


def batches(engine: Engine) -> pd.DataFrame:
    """All inspection batches, oldest first."""
    query = select(Batch.code, Batch.name, Batch.source_type, Batch.level, Batch.region_code).order_by(
        Batch.feedback_date.is_(None), Batch.feedback_date, Batch.code
    )
    with engine.connect() as connection:
        return result_frame(
            connection.execute(query), ["code", "name", "source_type", "level", "region_code"]
        )


def lead_units(engine: Engine) -> pd.DataFrame:
    """Units that lead at least one finding, with the short name of their region."""
    # The derived per-unit counts say which units lead anything (data_access/counts.py): a
    # seek into a small table per unit instead of into the links of every finding.
    leading = exists().where(UnitStatusCount.unit_id == Unit.id, UnitStatusCount.scope == "lead")
    query = (
        select(Unit.id, Unit.name, Unit.region_code, Region.short_name)
        .join(Region, Region.code == Unit.region_code)
        .where(leading)
        .order_by(Unit.region_code, Unit.name)
    )
    with engine.connect() as connection:
        return result_frame(connection.execute(query), ["id", "name", "region_code", "region_name"])
