"""Lookups the ledger's planner and export share: regions and units by name, the stored
state of a finding in the form rows are compared in, and small value helpers."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.models import Finding, Region, Unit, UnitAlias
from intake.ledger_sheets import CellError, clean_text

CHUNK = 500  # ids per IN list
FindingKey = tuple[str, int]  # (batch code, finding number)


def suggest(text: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(text, list(dict.fromkeys(candidates)), n=3, cutoff=0.4)
    return f"最接近的有：{'、'.join(close)}。" if close else ""


class Regions:
    """Regions by division code, name or short name (a name used twice needs the code)."""

    def __init__(self, session: Session) -> None:
        self.by_code = {r.code: r for r in session.scalars(select(Region))}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        for region in self.by_code.values():
            self._by_name[region.name].append(region.code)
        self._by_short: dict[str, list[str]] = defaultdict(list)
        for region in self.by_code.values():
            self._by_short[region.short_name].append(region.code)

    def resolve(self, text: str) -> str:
        if text in self.by_code:
            return text
        for index in (self._by_name, self._by_short):
            codes = index.get(text, [])
            if len(codes) == 1:
                return codes[0]
            if len(codes) > 1:
                raise CellError(f"地区名称“{text}”对应多个地区（{'、'.join(codes)}），请填写6位区划代码。")
        names = [r.name for r in self.by_code.values()]
        raise CellError(f"未知地区“{text[:30]}”。{suggest(text, names)}")

    def label(self, code: str) -> str:
        """The name written on export; the code where the name would not find this region."""
        region = self.by_code.get(code)
        if region is None:
            return code
        try:
            return region.name if self.resolve(region.name) == code else code
        except CellError:
            return code

    def scope(self, *codes: str | None) -> list[str]:
        """The regions and their ancestors, nearest first, without repeats."""
        result: list[str] = []
        for code in codes:
            while code and code not in result:
                result.append(code)
                region = self.by_code.get(code)
                code = region.parent_code if region else None
        return result


UnitKey = tuple[str, str]  # (region code, canonical name)


class Units:
    """Units by region and name (or alias), including units declared in the file."""

    def __init__(self, session: Session) -> None:
        # Plain rows, not ORM objects: a national directory has about 40,000 units.
        self.units: dict[UnitKey, int | None] = {
            (region, name): unit_id
            for unit_id, region, name in session.execute(select(Unit.id, Unit.region_code, Unit.name))
        }
        self.aliases: dict[UnitKey, UnitKey] = {
            (alias_region, alias): (region, name)
            for alias_region, alias, region, name in session.execute(
                select(UnitAlias.region_code, UnitAlias.alias, Unit.region_code, Unit.name).join(
                    Unit, Unit.id == UnitAlias.unit_id
                )
            )
        }

    def declare(self, key: UnitKey, aliases: tuple[str, ...]) -> None:
        """A unit from the file's 单位名录 sheet (created on apply)."""
        self.units.setdefault(key, None)
        for alias in aliases:
            self.aliases.setdefault((key[0], alias), key)

    def resolve(self, name: str, scope: list[str]) -> UnitKey:
        for region in scope:
            if (region, name) in self.units:
                return (region, name)
            if (region, name) in self.aliases:
                return self.aliases[(region, name)]
        known = [n for (r, n) in [*self.units, *self.aliases] if r in scope]
        raise CellError(f"未知单位“{name[:30]}”（请先在“单位名录”中登记）。{suggest(name, known)}")


def rounded(value: float | None) -> float | None:
    """A number as rows compare it: Excel's float noise beyond six decimals is not a change."""
    return None if value is None else round(float(value), 6)


def ledger_fields(finding: Finding) -> dict[str, Any]:
    """A finding's fields in the form the ledger compares them."""
    current = sorted(
        (d for d in finding.deadlines if d.superseded_on is None), key=lambda d: (d.seq, d.id or 0)
    )
    units = sorted(finding.units, key=lambda u: (u.seq, u.unit_id))
    people = sorted(finding.people, key=lambda p: (p.seq, p.person_id))
    return {
        "label": clean_text(finding.label),
        "section": clean_text(finding.section),
        "title": clean_text(finding.title),
        "problem": clean_text(finding.problem),
        "category": finding.category,
        "region": finding.region_code,
        "target": clean_text(finding.target),
        "deadlines": tuple(dict.fromkeys((d.kind, d.due_date) for d in current)),
        "deadline_text": clean_text(finding.deadline_text),
        "lead_units": tuple(
            dict.fromkeys((u.unit.region_code, u.unit.name) for u in units if u.role == "lead")
        ),
        "cooperating_units": tuple(
            dict.fromkeys((u.unit.region_code, u.unit.name) for u in units if u.role == "cooperating")
        ),
        "supervising": tuple(dict.fromkeys(p.person.name for p in people if p.role == "supervising")),
        "responsible": tuple(
            dict.fromkeys((p.person.name, clean_text(p.title)) for p in people if p.role == "responsible")
        ),
        "liaisons": tuple(dict.fromkeys(p.person.name for p in people if p.role == "liaison")),
        "status": finding.status,
        "registered_on": finding.registered_on,
        "plan_marker": clean_text(finding.plan_marker),
        "notes": clean_text(finding.notes),
    }
