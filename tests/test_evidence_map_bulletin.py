"""Evidence beyond the drill-down (issue 16): photos on the big map, the bulletin's evidence
annex, and large photos downscaled at upload.

Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import datetime

import pandas as pd
import pytest

from charts import map as charts
from core.vocabulary import SITE_TYPES
from data_access import evidence as reads
from data_access import sites
from data_access.access import command_line
from data_access.commands.evidence import EvidenceUpload, add_evidence
from data_access.metrics import FindingFilters
from tests import evidence_files as files
from tests.fixture_data import TODAY
from tests.map_fixture import layer_data

OFFICE = command_line("整改办测试")
BAOJING = "433125"
XIANGTAN = "430300"


def add(engine, finding_id, name, content, **details):
    return add_evidence(
        engine,
        finding_id=finding_id,
        upload=EvidenceUpload(name=name, content=content, **details),
        user=OFFICE,
        today=TODAY,
    )


@pytest.fixture
def photos(engine, fixture_ids) -> dict[str, int]:
    """Two located photos in 湘潭 (B5, B1), one in 保靖 (A1); one without a position; a PDF."""
    return {
        "dam": add(
            engine,
            fixture_ids["B5"],
            "dam.jpg",
            files.photo("green", gps=files.SHAOSHAN, taken=datetime(2026, 10, 5, 9)),
            caption="尾矿库坝体加固后",
            phase="after",
        ).id,
        "yard": add(
            engine, fixture_ids["B1"], "yard.jpg", files.photo("blue", gps=(27.9, 112.9)), phase="before"
        ).id,
        "baojing": add(
            engine, fixture_ids["A1"], "bj.jpg", files.photo("red", gps=files.BAOJING_POINT), caption="河道清淤"
        ).id,
        "nowhere": add(engine, fixture_ids["B5"], "nogps.jpg", files.photo("white"), caption="无位置").id,
        "pdf": add(engine, fixture_ids["B5"], "report.pdf", files.pdf()).id,
    }


# --- 1. photos on the big map ------------------------------------------------------------------


def test_map_photo_points_stay_inside_the_viewers_region_and_filters(engine, fixture_ids, photos):
    def names(**kwargs) -> list[str]:
        return sorted(reads.evidence_points(engine, today=TODAY, **kwargs)["original_name"])

    assert names(scope_code=None) == ["bj.jpg", "dam.jpg", "yard.jpg"]  # no position, no PDF
    assert names(scope_code=BAOJING) == ["bj.jpg"]
    assert names(scope_code=XIANGTAN) == ["dam.jpg", "yard.jpg"]
    # A county user's scoped filters: nothing of 湘潭 even if the filter asks for it.
    scoped = FindingFilters(region_code=XIANGTAN, scope_code=BAOJING)
    assert names(scope_code=BAOJING, filters=scoped) == []
    # The map's own filters narrow further: 湘潭 findings that are not started (B5 only).
    open_only = FindingFilters(region_code=XIANGTAN, statuses=("not_started",))
    assert names(scope_code=XIANGTAN, filters=open_only) == ["dam.jpg"]
    # The newest first under a limit (dated before undated).
    assert names(scope_code=None, limit=1) == ["dam.jpg"]


def test_the_map_draws_a_photo_layer_with_captions_and_finding_links(engine, fixture_ids, photos):
    points = reads.evidence_points(engine, scope_code=XIANGTAN, filters=FindingFilters(), today=TODAY)
    result = sites.site_map(engine, filters=FindingFilters(), today=TODAY, site_types=tuple(SITE_TYPES))
    deck = charts.site_deck(result, pd.DataFrame(), layers=SITE_TYPES, photos=points)
    drawn = layer_data(deck)[charts.PHOTO_LAYER_ID]
    assert len(drawn) == 2
    dam = next(r for r in drawn if r["evidence_id"] == photos["dam"])
    assert dam["finding_id"] == fixture_ids["B5"]
    assert dam["name"] == "整改照片：尾矿库坝体加固后"
    assert "拍摄：2026年10月5日" in dam["detail"] and "整改后" in dam["detail"]
    assert (dam["lat"], dam["lon"]) == pytest.approx(files.SHAOSHAN, abs=1e-4)
    yard = next(r for r in drawn if r["evidence_id"] == photos["yard"])
    assert yard["name"] == "整改照片：yard.jpg" and "日期不详" in yard["detail"]  # no caption: file name
    # The tooltip reaches the browser in the deck's JSON.
    assert "尾矿库坝体加固后" in deck.to_json()

    legend = charts.site_legend(result, layers=SITE_TYPES, show_regions=False, photos=points)
    photo_section = next(s for s in legend if s.title == "整改照片")
    assert [e.count for e in photo_section.entries] == [2]
    # Off (photos None): no layer, no legend entry.
    off = charts.site_deck(result, pd.DataFrame(), layers=SITE_TYPES)
    assert charts.PHOTO_LAYER_ID not in layer_data(off)
    assert "整改照片" not in json.dumps([s.title for s in charts.site_legend(result, layers=SITE_TYPES, show_regions=False)])
