"""The lead-unit picker offers a region's units, not every unit of the country.

A national database has 35,000 lead units; the sidebar offers those of the selected region
(at most ui.filters.UNIT_OPTION_LIMIT) and the units already chosen. Here the limit is
lowered so the hand-made fixture (seven lead units in two regions) behaves like a national
database.
"""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

import ui.filters
import ui.loaders.filters
from data_access import reference
from data_access.models import FindingUnit, Unit
from tests.app_helper import run_app
from ui.filters import offered_units, unit_ids_for_labels

UNITS = pd.DataFrame(
    {
        "id": [1, 2, 3],
        "name": ["县发改局", "县住建局", "市环保局"],
        "region_code": ["433125", "433125", "430300"],
    }
).assign(region_name=["保靖", "保靖", "湘潭"])


def test_offered_units_keep_the_chosen_ones_after_the_region():
    assert offered_units(UNITS.iloc[:2], None) == {"1": "县发改局（保靖）", "2": "县住建局（保靖）"}
    assert offered_units(None, UNITS.iloc[2:]) == {"3": "市环保局（湘潭）"}
    assert list(offered_units(UNITS.iloc[:2], UNITS.iloc[[2, 0]])) == ["1", "2", "3"]
    assert unit_ids_for_labels(UNITS, ["市环保局（湘潭）", "县发改局（湘潭）"]) == ["3"]


@pytest.fixture
def national(monkeypatch, app_env):
    """More lead units than the picker offers at once."""
    monkeypatch.setattr(ui.loaders.filters, "UNIT_OPTION_LIMIT", 3)
    monkeypatch.setattr(ui.filters, "UNIT_OPTION_LIMIT", 3)
    return app_env


def run(query: dict | None = None) -> AppTest:
    return run_app(query)


def test_a_national_view_asks_for_a_region_first(national, engine):
    assert reference.count_lead_units(engine) > 3
    at = run()
    picker = at.multiselect(key="unit")
    assert picker.options == []
    assert picker.placeholder == "请先选择地区"
    at = run({"region": "保靖县"})
    picker = at.multiselect(key="unit")
    names = reference.lead_units(engine, region_code="433125")["name"].tolist()
    assert len(names) <= 3
    assert sorted(picker.options) == sorted(f"{name}（保靖）" for name in names)


def test_a_link_to_a_unit_of_another_region_keeps_the_unit(national, engine):
    at = run({"unit": "市环保局（湘潭）"})
    picker = at.multiselect(key="unit")
    assert picker.options == ["市环保局（湘潭）"]
    assert picker.value == [str(reference.lead_units(engine, names=["市环保局"])["id"].iloc[0])]
    assert "牵头单位：市环保局" in at.caption[0].value
    with Session(engine) as session:
        led = session.scalar(
            select(func.count())
            .select_from(FindingUnit)
            .join(Unit, Unit.id == FindingUnit.unit_id)
            .where(Unit.name == "市环保局", FindingUnit.role == "lead")
        )
    assert {m.label: m.value for m in at.metric}["问题总数"] == str(led)
