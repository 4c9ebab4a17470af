"""Units and people found or created by (region, name): one lookup for every writer, resolving
a unit's aliases to the unit itself."""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.models import Person, Unit, UnitAlias


class UnitDirectory:
    """Finds or creates units by (region, name), resolving aliases to the canonical unit."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], Unit] = {}
        for unit in session.scalars(select(Unit)):
            self._cache[(unit.region_code, unit.name)] = unit
        for alias in session.scalars(select(UnitAlias)):
            self._cache[(alias.region_code, alias.alias)] = alias.unit

    def load_aliases(self, path: Path) -> None:
        if not path.exists():
            return
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get("units") or []:
            unit = self.get(entry["region"], entry["name"])
            for alias in entry.get("aliases") or []:
                if (entry["region"], alias) not in self._cache:
                    self.session.add(UnitAlias(unit=unit, region_code=entry["region"], alias=alias))
                    self._cache[(entry["region"], alias)] = unit

    def get(self, region_code: str, name: str) -> Unit:
        name = name.strip()
        key = (region_code, name)
        unit = self._cache.get(key)
        if unit is None:
            unit = Unit(region_code=region_code, name=name)
            self.session.add(unit)
            self._cache[key] = unit
        return unit


class PeopleDirectory:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], Person] = {
            (p.region_code, p.name): p for p in session.scalars(select(Person))
        }

    def get(self, region_code: str, name: str) -> Person:
        key = (region_code, name.strip())
        person = self._cache.get(key)
        if person is None:
            person = Person(region_code=region_code, name=name.strip())
            self.session.add(person)
            self._cache[key] = person
        return person
