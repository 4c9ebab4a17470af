"""Every other page in a real browser: loads clean, map draws, downloads and uploads work."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook

from data_access.db import get_engine
from data_access.ledger import export_ledger
from data_access.metrics import FindingFilters
from tests.e2e.conftest import (
    TODAY,
    assert_no_error_box,
    open_page,
    open_signed_in,
    screenshot,
    wait_until_idle,
)

PAGES = {
    "map": "污染地块与尾矿库分布图",
    "dispatch": "月度调度",
    "indicators": "指标",
    "ledger": "台账导入导出",
    "report": "月度报送",
    "plan-import": "整改方案导入",
    "notify": "通知推送",
}


SIGNED_IN = {"report", "plan-import", "notify"}  # edit pages: a visitor gets a sign-in form


@pytest.mark.parametrize("path", list(PAGES))
def test_page_loads_with_its_chinese_title_and_no_error(server, page, path):
    if path in SIGNED_IN:
        open_signed_in(page, server["base"], f"/{path}")
    else:
        open_page(page, server["base"], f"/{path}")
    assert_no_error_box(page)
    assert page.locator("[data-testid='stMain'] h1").first.inner_text() == PAGES[path]
    screenshot(page, f"{path}-1920")


def test_map_canvas_draws(server, page):
    open_page(page, server["base"], "/map")
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.scroll_into_view_if_needed()
    page.wait_for_timeout(2500)
    image = canvas.screenshot()
    from PIL import Image

    pixels = Image.open(BytesIO(image)).convert("RGB")
    colours = pixels.getcolors(maxcolors=1_000_000) or []
    # A blank canvas is one colour; drawn points and labels give many.
    assert len(colours) > 20
    screenshot(page, "map-drawn-1920")


def test_bulletin_download_is_a_valid_word_file(server, page):
    open_page(page, server["base"], "/dispatch")
    button = page.locator("[data-testid='stDownloadButton'] button").first
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as download:
        button.click()
    path = download.value.path()
    from docx import Document

    document = Document(path)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "调度通报" in text


def test_ledger_upload_with_an_error_shows_the_row_and_column(server, page, tmp_path):
    engine = get_engine(server["database_url"])
    raw = export_ledger(engine, filters=FindingFilters(region_code="433125"), today=date.fromisoformat(TODAY))
    workbook = load_workbook(BytesIO(raw))
    sheet = workbook["整改措施"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=3, column=header.index("措施内容*") + 1).value = None  # a required value missing
    broken = tmp_path / "台账_有错.xlsx"
    workbook.save(broken)

    open_signed_in(page, server["base"], "/ledger")  # importing needs a signed-in office
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(broken))
    page.wait_for_selector("[data-testid='stAlertContentError']", timeout=60_000)
    wait_until_idle(page)
    message = page.locator("[data-testid='stAlertContentError']").first.inner_text()
    assert "整个文件未导入" in message
    # The first problems are spelled out as text: file, sheet, row, column and what is wrong.
    assert "工作表“整改措施”，第3行" in message and "措施内容" in message
    screenshot(page, "ledger-error-1920")


def test_every_page_at_phone_width(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    mobile = context.new_page()
    for path in ["overdue", "finding?finding=1", *PAGES]:
        if path in SIGNED_IN:
            open_signed_in(mobile, server["base"], f"/{path}")
        else:
            open_page(mobile, server["base"], f"/{path}")
        assert_no_error_box(mobile)
        screenshot(mobile, f"{path.split('?')[0]}-phone")
    context.close()


def test_meeting_mode_screenshots(server, page):
    for path in ("map", "dispatch"):
        open_page(page, server["base"], f"/{path}?meeting=true")
        assert_no_error_box(page)
        wait_until_idle(page)
        screenshot(page, f"{path}-meeting-1920")
