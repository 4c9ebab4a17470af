"""Every download a county user is offered holds only their county (issue 17).

The test walks every page the county editor `baojing` (保靖县, 433125) sees, on the sample
data, also with URLs that ask for another region, clicks every download button (the files
built on click too), reads each file (Excel, Word, PDF) and looks for anything that belongs
only to the other sample regions: their finding titles, unit names, region names and codes.
A new download button on any page is covered without changing this test.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import streamlit as st
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access import ledger, overdue, users
from data_access.access import AccessDenied, command_line
from data_access.metrics import FindingFilters
from data_access.models import Finding, Region, Site, Unit
from sample_data.loader import load_sample_data
from tests.app_helper import new_app
from tests.fixture_data import TODAY
from tests.users_helper import make_user
from ui.auth import USER_KEY
from ui.navigation import pages_for

BAOJING = "433125"


@pytest.fixture
def sample_env(monkeypatch, database_url, engine):
    load_sample_data(engine, today=TODAY)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DASHBOARD_TODAY", TODAY.isoformat())
    monkeypatch.setenv("DASHBOARD_LOAD_SAMPLE", "0")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def others(engine) -> dict[str, set[str]]:
    """What belongs to the sample's other regions only: titles, unit names, region names, codes."""
    with Session(engine) as session:
        county = session.get(Region, BAOJING)
        allowed = {BAOJING, county.city_code, county.province_code}
        own = session.execute(
            select(Finding.title, Finding.section, Finding.problem, Finding.target, Finding.notes).where(
                Finding.county_code == BAOJING
            )
        ).all()
        own_titles = {row.title for row in own}
        # The county's own public texts name other places (…永州市祁阳市等10个项目): not a leak.
        own_text = "\n".join(str(value) for row in own for value in row if value)
        titles = set(
            session.scalars(select(Finding.title).where(Finding.county_code.is_distinct_from(BAOJING)))
        )
        used = set()
        for column in (Finding.province_code, Finding.city_code, Finding.county_code):
            used |= set(session.scalars(select(column).distinct()))
        used |= set(session.scalars(select(Site.region_code).distinct()))
        used |= set(session.scalars(select(Unit.region_code).distinct()))
        foreign = {code for code in used if code and code not in allowed}
        names = dict(session.execute(select(Region.code, Region.name).where(Region.code.in_(foreign))).all())
        own_units = set(session.scalars(select(Unit.name).where(Unit.region_code.in_(allowed))))
        units = set(session.scalars(select(Unit.name).where(Unit.region_code.in_(foreign)))) - own_units
    # A title's start is enough, and survives a table cell cut short.
    return {
        "titles": {t[:16] for t in titles if not any(o.startswith(t[:16]) for o in own_titles)},
        # generic names (县住建局) that are part of the county's own unit names cannot tell
        "units": {
            u for u in units if len(u) >= 3 and u not in own_text and not any(u in own for own in own_units)
        },
        "regions": {name for name in names.values() if name not in own_text},
        "codes": foreign,
    }


def text_of(content: bytes) -> str:
    """All the text of an Excel, Word or PDF file (every sheet and cell, every table)."""
    if content.startswith(b"%PDF"):
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)
    if content.startswith((b"\xff\xd8\xff", b"\x89PNG")):
        return ""  # an evidence photo: pixels; whose it is, tests/test_evidence.py checks by id
    archive = zipfile.ZipFile(io.BytesIO(content))
    names = archive.namelist()
    if any(name.startswith("佐证材料/") for name in names):  # the closure pack: form and attachments
        return "\n".join(text_of(archive.read(name)) for name in names)
    if "word/document.xml" in names:
        document = Document(io.BytesIO(content))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    assert "xl/workbook.xml" in names, names
    workbook = load_workbook(io.BytesIO(content), read_only=True)
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def leaks(text: str, foreign: dict[str, set[str]]) -> list[str]:
    found = [name for kind in ("titles", "units", "regions") for name in foreign[kind] if name in text]
    found += [code for code in foreign["codes"] if re.search(rf"(?<!\d){code}(?!\d)", text)]
    return sorted(found)


def test_every_download_of_a_county_user_holds_only_their_county(sample_env, engine, media_files):
    foreign = others(engine)
    assert {"湘潭市", "零陵区", "绛县"} <= foreign["regions"]
    # the check can see a leak: the unlimited template names the other regions and units
    unlimited = leaks(text_of(ledger.ledger_template(engine, user=None)), foreign)
    assert {"湘潭市", "绛县"} <= set(unlimited) and set(unlimited) & foreign["units"]
    user_id = make_user(engine, "baojing-test", "county_editor", BAOJING)
    with Session(engine) as session:
        finding = session.scalar(
            select(Finding.id).where(Finding.county_code == BAOJING).order_by(Finding.id)
        )
    viewer = users.active_viewer(engine, user_id)
    offered: dict[str, int] = {}
    problems: list[str] = []
    for query in ({}, {"region": "湘潭市"}, {"region": "绛县"}):
        for spec in pages_for(viewer):
            at = new_app()
            at.session_state[USER_KEY] = user_id
            for key, value in {**query, "finding": str(finding)}.items():
                at.query_params[key] = value
            at.switch_page(f"pages/{spec.file}").run()
            assert not at.exception, (spec.file, [e.value for e in at.exception])
            for button in at.get("download_button"):
                if button.proto.disabled:
                    continue
                label = f"{spec.file}: {button.proto.label}"
                offered[label] = offered.get(label, 0) + 1
                text = text_of(media_files.download(button))
                found = leaks(text, foreign)
                if found:
                    problems.append(f"{label} {query}: {found[:8]}")
    # every kind of file a county user may take away was built and read
    assert {
        "ledger.py: 下载台账模板",
        "ledger.py: 导出当前台账",
        "dispatch.py: 下载Word",
        "dispatch.py: 下载PDF",
        "dispatch.py: 下载Excel",
        "overdue.py: 导出牵头单位排名（Excel）",
    } <= set(offered), sorted(offered)
    assert any(label.startswith("overdue.py: 导出Excel") for label in offered), sorted(offered)
    # the evidence of the county's finding (sample data): photos and the closure attachments
    assert "finding.py: 原图" in offered, sorted(offered)
    assert any(label.startswith("finding.py: 下载销号材料包") for label in offered), sorted(offered)
    assert problems == [], "\n".join(problems)


def test_the_export_readers_apply_the_viewers_region_themselves(sample_env, engine):
    """Called with filters nobody scoped (as a careless page would), the readers behind the
    downloads still return the county only, and refuse a role without the export right."""
    county = users.active_viewer(engine, make_user(engine, "baojing-test", "county_editor", BAOJING))
    wide = FindingFilters(region_code="430300")  # 湘潭市, asked for by a URL
    with Session(engine) as session:
        baojing_titles = set(session.scalars(select(Finding.title).where(Finding.county_code == BAOJING)))
    listed = overdue.overdue_export(engine, filters=FindingFilters(), today=TODAY, user=county)
    assert not listed.empty and set(listed["title"]) <= baojing_titles
    assert overdue.overdue_export(engine, filters=wide, today=TODAY, user=county).empty
    board = overdue.scoreboard_export(
        engine, filters=FindingFilters(), today=TODAY, include_cooperating=True, user=county
    )
    unlimited = overdue.scoreboard_export(
        engine, filters=FindingFilters(), today=TODAY, include_cooperating=True, user=command_line()
    )
    assert 0 < len(board) < len(unlimited)
    assert not set(board["unit_name"]) & others(engine)["units"]
    leader = users.active_viewer(engine, make_user(engine, "leader-test", "leader"))
    with pytest.raises(AccessDenied):
        overdue.overdue_export(engine, filters=FindingFilters(), today=TODAY, user=leader)
