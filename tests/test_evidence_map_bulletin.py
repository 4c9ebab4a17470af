"""Evidence beyond the drill-down (issue 16): photos on the big map, the bulletin's evidence
annex, and large photos downscaled at upload.

Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import io
import json
import os
from datetime import date, datetime

import pandas as pd
import pdfplumber
import pytest
from docx import Document
from PIL import ExifTags, Image

from charts import map as charts
from core.vocabulary import SITE_TYPES
from data_access import evidence as reads
from data_access import sites
from data_access.access import Viewer, command_line, scoped
from data_access.commands.evidence import EvidenceUpload, add_evidence
from data_access.dispatch import monthly_dispatch
from data_access.metrics import FindingFilters
from reports import bulletin as bulletin_model
from reports import fonts
from reports.bulletin import make_bulletin
from reports.formats import build_bulletin
from reports.linebreak import WORD_JOINER
from tests import evidence_files as files
from tests.dispatch_fixture import MONTH
from tests.fixture_data import TODAY
from tests.map_fixture import layer_data

OFFICE = command_line("整改办测试")
BAOJING = "433125"
XIANGTAN = "430300"


def add(engine, finding_id, name, content, now=None, **details):
    return add_evidence(
        engine,
        finding_id=finding_id,
        upload=EvidenceUpload(name=name, content=content, **details),
        user=OFFICE,
        today=TODAY,
        now=now,
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
            engine,
            fixture_ids["A1"],
            "bj.jpg",
            files.photo("red", gps=files.BAOJING_POINT),
            caption="河道清淤",
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
    # A county user's filters as the page gets them (access.scoped): its own photos only, and
    # nothing of 湘潭 even when the region filter asks for it.
    county = Viewer("baojing", "保靖填报员", "county_editor", BAOJING, "保靖县", user_id=90)
    assert names(scope_code=BAOJING, filters=scoped(FindingFilters(), county)) == ["bj.jpg"]
    asks_xiangtan = scoped(FindingFilters(region_code=XIANGTAN), county)
    assert names(scope_code=asks_xiangtan.scope_code, filters=asks_xiangtan) == []
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
    assert "整改照片" not in json.dumps(
        [s.title for s in charts.site_legend(result, layers=SITE_TYPES, show_regions=False)]
    )


# --- 2. the bulletin's evidence annex (Word and PDF) ------------------------------------------

IN_OCTOBER = datetime(2026, 10, 20, 10, 0)


@pytest.fixture
def october_evidence(engine, fixture_ids) -> None:
    """B5: five files in October (three named in print, then 等5份); A1: one photo; B1: a file
    uploaded in November, outside the October bulletin."""
    b5 = fixture_ids["B5"]
    add(
        engine,
        b5,
        "坝体加固前.jpg",
        files.photo("red", taken=datetime(2026, 9, 28, 9)),
        IN_OCTOBER,
        phase="before",
    )
    add(engine, b5, "坝体加固后.jpg", files.photo("green", taken=datetime(2026, 10, 18, 9)), IN_OCTOBER)
    add(engine, b5, "验收报告.pdf", files.pdf(), IN_OCTOBER, taken_on=date(2026, 10, 19))
    add(engine, b5, "监测数据.xlsx", files.excel(), IN_OCTOBER)
    add(engine, b5, "会议纪要.docx", files.word(), IN_OCTOBER)
    add(engine, fixture_ids["A1"], "清淤现场.jpg", files.photo("blue"), IN_OCTOBER)
    add(engine, fixture_ids["B1"], "十一月.pdf", files.pdf("later"), datetime(2026, 11, 2, 9))


def october_bulletin(engine):
    dispatch = monthly_dispatch(engine, filters=FindingFilters(), month=MONTH, today=TODAY)
    return make_bulletin(dispatch, issued_on=date(2026, 11, 5), scope="地区：全部")


def test_the_word_bulletin_prints_the_evidence_per_finding_as_a_second_annex(engine, october_evidence):
    document = Document(io.BytesIO(build_bulletin(october_bulletin(engine), "docx")))
    texts = [p.text for p in document.paragraphs if p.text]
    assert "附件：1．逾期未完成问题清单" in texts and "　　　2．本月佐证材料汇总" in texts
    assert "附件2" in texts and "本月佐证材料汇总" in texts
    annex = next(t for t in document.tables if t.rows[0].cells[-1].text.startswith("主要材料"))
    rows = [[c.text for c in row.cells] for row in annex.rows]
    assert rows[0] == ["序号", "问题", "来源", "地区", "材料数", "照片数", "主要材料（名称、拍摄/形成日期）"]
    body = {row[3]: row for row in rows[1:]}
    assert len(rows) == 3 and set(body) == {"湘潭市", "保靖县"}  # B1's November file: not in October
    b5 = body["湘潭市"]
    assert b5[4:6] == ["5", "2"]
    # Dated first, oldest first, then the undated; three names, then the total.
    assert b5[6] == (
        "坝体加固前.jpg（2026年9月28日）；坝体加固后.jpg（2026年10月18日）；"
        "验收报告.pdf（2026年10月19日）等5份"
    )
    assert body["保靖县"][4:7] == ["1", "1", "清淤现场.jpg（日期不详）"]


def test_the_evidence_annex_is_bounded_and_says_where_the_rest_is(engine, october_evidence, monkeypatch):
    monkeypatch.setattr(bulletin_model, "EVIDENCE_FINDING_ROWS", 1)
    document = Document(io.BytesIO(build_bulletin(october_bulletin(engine), "docx")))
    annex = next(t for t in document.tables if t.rows[0].cells[-1].text.startswith("主要材料"))
    assert len(annex.rows) == 2  # header and one finding
    texts = [p.text.replace(WORD_JOINER, "") for p in document.paragraphs]  # joiners keep numbers whole
    assert any(
        t.startswith("共2个问题，此处列出1个问题；其余1个问题见Excel版通报“佐证材料”工作表") for t in texts
    )


def test_without_evidence_the_bulletin_keeps_its_single_annex(engine, fixture_ids):
    texts = [
        p.text for p in Document(io.BytesIO(build_bulletin(october_bulletin(engine), "docx"))).paragraphs
    ]
    assert "附件：逾期未完成问题清单" in texts and not any("佐证材料" in t for t in texts)


@pytest.mark.skipif(
    not fonts.cjk_font_available() and os.environ.get("CI") != "true",
    reason="no Chinese font on this machine",
)
def test_the_pdf_bulletin_prints_the_evidence_annex(engine, october_evidence):
    with pdfplumber.open(io.BytesIO(build_bulletin(october_bulletin(engine), "pdf"))) as pdf:
        text = "".join((page.extract_text() or "") for page in pdf.pages).replace("\n", "").replace(" ", "")
    assert "附件2" in text and "本月佐证材料汇总" in text
    for name in ("坝体加固前.jpg", "2026年9月28日", "验收报告.pdf", "等5份", "清淤现场.jpg"):
        assert name in text, name
    assert "十一月.pdf" not in text and "监测数据.xlsx" not in text  # November's; the fourth of five


# --- 3. large photos downscaled at upload --------------------------------------------------------


def stored_image(engine, evidence_id: int, *, thumbnail: bool = False) -> Image.Image:
    loaded = reads.load_evidence_file(engine, OFFICE, evidence_id, thumbnail=thumbnail)
    return Image.open(io.BytesIO(loaded.content))


def test_a_large_photo_is_stored_at_most_4096_px_keeping_its_shape_date_and_position(engine, fixture_ids):
    big = files.photo("green", size=(6000, 4000), taken=datetime(2026, 10, 5, 9), gps=files.SHAOSHAN)
    added = add(engine, fixture_ids["B5"], "big.jpg", big)
    assert "照片尺寸 6000×4000 像素较大，已缩小为 4096×2731 像素保存。" in added.note
    stored = stored_image(engine, added.id)
    assert (stored.format, stored.size) == ("JPEG", (4096, 2731))
    assert stored_image(engine, added.id, thumbnail=True).size == (320, 213)
    point = reads.evidence_points(engine, scope_code=None)
    assert point["lat"].iloc[0] == pytest.approx(files.SHAOSHAN[0], abs=1e-4)
    assert (
        stored.getexif().get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] == "2026:10:05 09:00:00"
    )

    # A tall PNG scan stays a lossless PNG, scaled on its longer side; a photo at the limit is untouched.
    scan = add(engine, fixture_ids["B5"], "scan.png", files.photo("white", size=(1200, 5000), fmt="PNG"))
    assert stored_image(engine, scan.id).size == (983, 4096) and stored_image(engine, scan.id).format == "PNG"
    edge = add(engine, fixture_ids["B5"], "edge.jpg", files.photo("blue", size=(4096, 3072)))
    assert stored_image(engine, edge.id).size == (4096, 3072) and "缩小" not in edge.note


def test_the_map_page_toggles_the_photo_layer(app_env, engine):
    from tests.app_helper import run_app

    add(engine, app_env["B5"], "dam.jpg", files.photo(gps=files.SHAOSHAN), caption="坝体加固后")
    add(engine, app_env["A1"], "bj.jpg", files.photo("red", gps=files.BAOJING_POINT))
    at = run_app(page="pages/map.py")
    deck = at.get("deck_gl_json_chart")[0].proto.json
    assert charts.PHOTO_LAYER_ID not in deck and "整改照片" not in " ".join(m.value for m in at.markdown)
    at.toggle(key="map_photos").set_value(True).run()
    assert not at.exception
    legend = " ".join(m.value for m in at.markdown)
    assert "整改照片" in legend and "有拍摄位置的佐证照片　2" in legend
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    photo_layer = next(layer for layer in deck["layers"] if layer["id"] == charts.PHOTO_LAYER_ID)
    assert sorted(r["name"] for r in photo_layer["data"]) == ["整改照片：bj.jpg", "整改照片：坝体加固后"]
