"""The region check of an import: rows a user limited to a region may not import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.access import Viewer, region_within
from data_access.db import chunks
from data_access.ledger.lookups import CHUNK
from data_access.ledger.plan import RowPlan
from data_access.models import Finding, Region
from intake.ledger_sheets import ParsedSheet, Problem

if TYPE_CHECKING:
    from data_access.ledger.planner import Planner


def outside_scope(
    session: Session,
    user: Viewer | None,
    filename: str,
    parsed: dict[str, ParsedSheet],
    rows: list[RowPlan],
    planner: Planner,
) -> list[Problem]:
    """Rows a user limited to a region may not import: anything placed outside it.

    Batches and units only referred to (unchanged) may lie outside: a county's findings
    belong to a city's batch and are led by city units. Everything else counts where it
    lies: a finding by its region (in the file and as stored), measures and reports by
    their finding, sites and indicator values by their region, contacts by their owner's.
    """
    if user is None or not user.region_code:
        return []
    inside = set(session.scalars(select(Region.code).where(region_within(user.region_code))))
    names = dict(session.execute(select(Region.code, Region.name)).all())
    cells = {(key, r.row): r.cells for key, sheet in parsed.items() for r in sheet.rows}

    # Findings the rows refer to only by key (measures, reports) are known by id: their regions.
    by_id: dict[int, str] = {}
    for chunk in chunks(sorted(planner.finding_ids.values()), CHUNK):
        by_id.update(
            session.execute(select(Finding.id, Finding.region_code).where(Finding.id.in_(chunk))).all()
        )

    def finding_region(key: tuple) -> str | None:
        stored = planner.findings.get(key)
        if stored is not None:
            return stored.region_code
        if key in planner.finding_ids:
            return by_id.get(planner.finding_ids[key])
        return planner.new_findings.get(key)

    problems = []
    for row in rows:
        kind = row.spec.key
        if kind in ("batches", "units") and row.action == "same":
            continue
        if kind == "units":
            places = [(row.key[0], "region")]
        elif kind in ("batches", "sites"):
            places = [(row.desired.get("region"), "region"), ((row.current or {}).get("region"), "region")]
        elif kind == "findings":
            places = [(row.desired.get("region"), "region"), (finding_region(row.key), "number")]
        elif kind in ("measures", "reports"):
            places = [(finding_region(row.key[:2]), "finding_number")]
        elif kind == "contacts":
            # A contact lies in its owner's region; a user over every region lies outside any.
            region = row.context["region"]
            if region not in inside:
                column = "unit" if row.context["owner"][0] == "unit" else "username"
                problems.append(
                    Problem(
                        filename,
                        parsed[kind].name,
                        row.row,
                        cells.get((kind, row.row), {}).get(column),
                        f"{row.context['label']}（{names.get(region, '全部地区') if region else '全部地区'}）"
                        f"不在您的管辖范围（{user.scope_label}）内，不能导入其联系人。",
                    )
                )
            continue
        else:  # indicator values
            places = [(row.key[1], "region")]
        outside = next(((code, column) for code, column in places if code and code not in inside), None)
        if outside is not None:
            code, column = outside
            problems.append(
                Problem(
                    filename,
                    parsed[kind].name,
                    row.row,
                    cells.get((kind, row.row), {}).get(column),
                    f"{names.get(code, code)}不在您的管辖范围（{user.scope_label}）内，不能导入。",
                )
            )
    return problems
