"""The overview's figures against hand-computed expectations (see tests/fixture_data.py)."""

from __future__ import annotations

from datetime import date

import pytest

from data_access.metrics import FindingFilters, report_period_due
from data_access.overview import (
    completion_by_batch,
    completion_by_region,
    deadlines_by_month,
    kpi_summary,
    status_breakdown,
)
from tests.fixture_data import TODAY


def kpis(engine, **filters):
    return kpi_summary(engine, filters=FindingFilters(**filters), today=TODAY)


def test_kpis_for_everything(engine, fixture_ids):
    k = kpis(engine)
    assert k["total"] == 11
    assert k["done"] == 2  # B1 completed, B2 closed
    assert k["completed"] == 1
    assert k["closed"] == 1
    assert k["open"] == 9
    assert k["overdue"] == 2  # A2 (one day late), B3 (reopened, recheck deadline passed)
    assert k["due_soon"] == 3  # A1 (due today), A3 (exactly 30 days), B4 (moved to 12-10)
    assert k["late_report"] == 1  # A6: rolling, no October report
    assert k["completion_ratio"] == pytest.approx(2 / 11)
    assert k["closure_ratio"] == pytest.approx(1 / 11)


def test_region_filter_includes_sub_regions(engine, fixture_ids):
    city = kpis(engine, region_code="430300")  # 湘潭市: B1..B5, incl. its counties
    assert (city["total"], city["done"], city["closed"], city["overdue"], city["due_soon"]) == (5, 2, 1, 1, 1)
    assert kpis(engine, region_code="430381")["total"] == 1  # 湘乡市: B2 only
    assert kpis(engine, region_code="430000")["total"] == 11  # 湖南省
    assert kpis(engine, region_code="140000")["total"] == 0  # 山西省: nothing
    assert kpis(engine, region_code="140000")["completion_ratio"] is None


def test_other_filters(engine, fixture_ids):
    assert kpis(engine, statuses=("reopened",))["total"] == 1
    assert kpis(engine, statuses=("reopened",))["overdue"] == 1
    assert kpis(engine, categories=("soil",))["total"] == 2  # A1, B2
    assert kpis(engine, batch_codes=("t-a",))["total"] == 6
    # Due window: deadlines from today to 30 days ahead.
    window = kpis(engine, due_from=TODAY, due_to=date(2026, 12, 23))
    assert window["total"] == 3


def test_lead_unit_filter_with_and_without_cooperating(engine, fixture_ids):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from data_access.models import Unit

    with Session(engine) as session:
        housing = session.scalar(select(Unit.id).where(Unit.name == "市住建局"))
    assert kpis(engine, lead_unit_ids=(housing,))["total"] == 1  # B2 leads
    assert kpis(engine, lead_unit_ids=(housing,), include_cooperating=True)["total"] == 2  # + B1


def test_report_period_due_boundaries():
    assert report_period_due(date(2026, 11, 23)) == date(2026, 10, 1)
    assert report_period_due(date(2026, 11, 28)) == date(2026, 10, 1)  # the 28th is still allowed
    assert report_period_due(date(2026, 11, 29)) == date(2026, 11, 1)
    assert report_period_due(date(2026, 1, 5)) == date(2025, 12, 1)


def test_as_of_a_past_day_rebuilds_the_state_then(engine, fixture_ids):
    # 2026-01-15: B3 still closed (reopened only in March), B4's original deadline 01-31 in force.
    k = kpis(engine, as_of=date(2026, 1, 15))
    assert k["total"] == 11
    assert k["done"] == 3  # B1 completed, B2 and B3 closed
    assert k["closed"] == 2
    assert k["overdue"] == 0
    assert k["due_soon"] == 1  # B4, 2026-01-31
    # 2026-02-15: B4's deadline was moved on 01-20 to 12-10, so nothing is due soon.
    assert kpis(engine, as_of=date(2026, 2, 15))["due_soon"] == 0
    # 2026-03-15: B3 reopened; its recheck deadline (09-30) lies ahead.
    march = kpis(engine, as_of=date(2026, 3, 15))
    assert (march["done"], march["overdue"]) == (2, 0)
    # Findings registered later do not exist yet in 2025.
    assert kpis(engine, as_of=date(2025, 2, 1))["total"] == 3  # B1, B2, B3


def test_late_reports_use_reports_received_by_the_as_of_day(engine, fixture_ids):
    # On 10-20 the September report is due: B4 has only an October report (sent 10-28).
    assert kpis(engine, as_of=date(2026, 10, 20))["late_report"] == 1
    # On 10-29 the October report is due: A6 lacks it; A5 (10-27) and B4 (10-28) are on time.
    assert kpis(engine, as_of=date(2026, 10, 29))["late_report"] == 1


def test_today_and_history_paths_agree(engine, fixture_ids):
    """The stored state columns and the rebuilt state give the same figures."""
    fast = kpis(engine)
    # Asking for TODAY while "today" is one day later forces the history path.
    history = kpi_summary(engine, filters=FindingFilters(as_of=TODAY), today=date(2026, 11, 24))
    keys = ("total", "done", "closed", "overdue", "due_soon", "late_report")
    assert {k: history[k] for k in keys} == {k: fast[k] for k in keys}


def test_completion_by_region_groups_one_level_down(engine, fixture_ids):
    provinces = completion_by_region(engine, filters=FindingFilters(), today=TODAY).set_index("region_name")
    assert provinces.loc["湖南", "total"] == 11
    counties = completion_by_region(engine, filters=FindingFilters(region_code="430300"), today=TODAY)
    rows = counties.set_index("region_name")
    assert rows.loc["湘潭本级", "total"] == 2  # B1, B5 are city-level
    assert rows.loc["湘潭本级", "done"] == 1
    assert rows.loc["湘乡", "completion_ratio"] == 1.0
    assert rows.loc["雨湖", "overdue"] == 1
    assert counties["completion_ratio"].is_monotonic_increasing  # worst first
    cities = completion_by_region(engine, filters=FindingFilters(region_code="430000"), today=TODAY)
    assert dict(zip(cities["region_name"], cities["total"], strict=True)) == {"湘西州": 6, "湘潭": 5}


def test_completion_by_batch(engine, fixture_ids):
    frame = completion_by_batch(engine, filters=FindingFilters(), today=TODAY).set_index("batch_code")
    assert frame.loc["t-a", "total"] == 6
    assert frame.loc["t-a", "done"] == 0
    assert frame.loc["t-b", "done"] == 2
    assert frame.loc["t-b", "completion_ratio"] == pytest.approx(0.4)
    assert list(frame.index) == ["t-b", "t-a"]  # dated batch first, undated last


def test_status_breakdown(engine, fixture_ids):
    frame = status_breakdown(engine, filters=FindingFilters(), today=TODAY)
    assert dict(zip(frame["status"], frame["count"], strict=True)) == {
        "in_progress": 7,
        "not_started": 1,
        "completed": 1,
        "closed": 1,
        "reopened": 1,
    }


def test_deadlines_by_month(engine, fixture_ids):
    frame = deadlines_by_month(engine, filters=FindingFilters(), today=TODAY)
    assert len(frame) == 12
    counts = dict(zip(frame["month"], frame["count"], strict=True))
    assert counts[date(2026, 11, 1)] == 2  # A1 (11-23), A2 (11-22, overdue but in this month)
    assert counts[date(2026, 12, 1)] == 3  # A3, A4, B4
    assert counts[date(2027, 6, 1)] == 1  # B5
    assert sum(counts.values()) == 6
