"""Issue 15, “In the meeting room”: meeting mode as a designed screen at the sizes of real
projectors and walls, the phone width, and no raw value or English Streamlit dialog anywhere."""

from __future__ import annotations

from datetime import date

import pytest

from tests.e2e import expected
from tests.e2e.conftest import TODAY, assert_no_error_box, open_page, screenshot, wait_until_idle
from tests.e2e.test_page_figures import default_month, expected_dispatch_tiles, legend, tiles
from ui.format import pct

SIZES = {"1366": (1366, 768), "1536": (1536, 864), "1920": (1920, 1080), "3840": (3840, 2160)}
MEETING_SCREENS = ("overview", "overdue", "dispatch", "map")  # the carousel's screens
RAW = ("nan", "None", "NaT", "undefined", "Page not found")

# What a projected screen must hold: no scrolling (neither the page nor the main area, whose
# overflow meeting mode hides, so content cut off there would go unseen), every tile's value
# inside the screen, and the charts or map reaching down to the screen's foot.
FIT = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const values = [...document.querySelectorAll('[data-testid=stMetricValue]')].map(v => {
    const r = v.getBoundingClientRect();
    return {text: v.innerText.trim(), inside: r.width > 0 && r.top >= 0 && r.left >= 0
      && r.bottom <= innerHeight && r.right <= innerWidth};
  });
  const drawn = [...document.querySelectorAll('.js-plotly-plot, [data-testid=stDeckGlJsonChart]')]
    .map(c => c.getBoundingClientRect()).filter(r => r.height > 0);
  return {page: document.scrollingElement.scrollHeight, main: main.scrollHeight, height: innerHeight,
    values, foot: Math.max(...drawn.map(r => r.bottom)), charts: drawn.length};
}"""

# Every metric tile's label and value (and their inner text boxes) that is cut: wider content
# than box, or an ellipsis.
CUT_TILES = """() => [...document.querySelectorAll(
    '[data-testid=stMetricLabel], [data-testid=stMetricValue], '
    + '[data-testid=stMetricLabel] *, [data-testid=stMetricValue] *')]
  .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
  .map(e => e.innerText)"""


def new_page(browser, size: tuple[int, int], **options):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="zh-CN", **options)
    return context, context.new_page()


def raw_words(page) -> list[str]:
    """Raw values and English dialogs in what the page shows (whole words: 'None' inside a
    Chinese sentence would be as wrong as alone)."""
    shown = page.locator("body").inner_text()
    return [word for word in RAW if word in shown]


def expected_tiles(database_url: str, screen: str) -> dict[str, str]:
    """Tile label → the value a leader should read, worked out in plain SQL (tests/e2e/expected.py)."""
    today = date.fromisoformat(TODAY)
    if screen == "overview":
        states = expected.states(database_url, today, None)
        total = len(states)
        done = sum(s.status in expected.DONE for s in states.values())
        closed = sum(s.status == "closed" for s in states.values())
        return {
            "问题总数": f"{total:,}",
            "已完成": f"{done:,}",
            "已销号": f"{closed:,}",
            "完成率": pct(done / total),
        }
    if screen == "dispatch":
        want = expected.dispatch(database_url, default_month(today), today)
        return {label: value for label, (value, _delta) in expected_dispatch_tiles(want).items()}
    if screen == "map":
        counts = expected.map_counts(database_url)
        shown = {layer: f"{figures['total']:,}" for layer, figures in counts["layers"].items()}
        return {**shown, "敏感用途地块": f"{counts['sensitive']:,}"}
    return {}


@pytest.mark.parametrize("size", ["1366", "1536", "1920", "3840"])
def test_meeting_screens_fill_the_screen_with_whole_tiles(server, browser, size):
    context, page = new_page(browser, SIZES[size])
    height = SIZES[size][1]
    try:
        for screen in MEETING_SCREENS:
            open_page(page, server["base"], f"/{screen}?meeting=true")
            assert_no_error_box(page)
            assert page.locator("[data-testid='stSidebar']").is_hidden()
            assert page.get_by_role("button", name="退出汇报模式").is_visible()
            assert page.evaluate(CUT_TILES) == [], (screen, size)
            fit = page.evaluate(FIT)
            # No scrolling: the screen holds everything it shows.
            assert fit["page"] <= height and fit["main"] <= height, (screen, size, fit)
            # The KPI figures: whole, inside the screen, and the database's.
            assert all(v["inside"] and v["text"] for v in fit["values"]), (screen, size, fit)
            assert fit["values"] or screen == "overdue"  # the overdue screen is chart and table
            shown = {label: value for label, (value, _delta) in tiles(page).items()}
            for label, value in expected_tiles(server["database_url"], screen).items():
                assert shown[label] == value, (screen, size, label)
            # The charts (or the map) take the screen down to its foot: no empty lower third.
            assert fit["charts"] >= 1 and height * 0.93 <= fit["foot"] <= height, (screen, size, fit)
            assert raw_words(page) == [], screen
            screenshot(page, f"meeting-{screen}-{size}")
        # The map screen: every layer's legend total as in the database.
        open_page(page, server["base"], "/map?meeting=true")
        counts = expected.map_counts(server["database_url"])
        sections = legend(page)
        for layer, figures in counts["layers"].items():
            assert sections[layer]["total"] == figures["total"], layer
        # The first screen: the tiles, completion by region and the most overdue units; the
        # overdue tile in the warning colour.
        open_page(page, server["base"], "/?meeting=true")
        titles = page.locator(".gtitle").evaluate_all("ts => ts.map(t => t.textContent)")  # SVG text
        assert "各地区整改完成率（由低到高）" in titles
        assert any(t.startswith("逾期问题最多的") for t in titles)
        colour = page.locator(".st-key-kpi_warn_overdue [data-testid='stMetricValue']").evaluate(
            "e => getComputedStyle(e).color"
        )
        assert colour == "rgb(214, 39, 40)"
    finally:
        context.close()


def test_phone_puts_two_tiles_per_row_without_toolbar(server, browser):
    context, page = new_page(browser, (390, 844), is_mobile=True)
    try:
        for path in ("/", "/dispatch"):
            open_page(page, server["base"], path)
            assert_no_error_box(page)
            tops = page.locator("[data-testid='stMetric']").evaluate_all(
                "tiles => tiles.map(t => Math.round(t.getBoundingClientRect().top))"
            )
            assert len(tops) >= 6 and tops[0] == tops[1] and tops[2] == tops[3] and tops[1] < tops[2]
            assert page.evaluate(CUT_TILES) == []
            assert page.locator(".modebar-container .modebar").count() == 0  # no Plotly tool bar
            screenshot(page, f"phone-tiles{path.replace('/', '-') or '-overview'}")
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    [
        "overview",
        "overdue",
        "finding?finding=1",
        "finding?finding=3",
        "finding?finding=40",
        "dispatch",
        "map",
    ],
)
def test_no_raw_values_or_english_dialogs(server, page, path):
    open_page(page, server["base"], f"/{path}")
    assert_no_error_box(page)
    for expander in page.locator("[data-testid='stExpander'] summary").all():
        expander.click()  # folded text too
    wait_until_idle(page)
    assert raw_words(page) == [], path
    screenshot(page, f"clean-{path.replace('?', '-').replace('=', '')}")


def test_documented_urls_open_in_chinese(server, page):
    open_page(page, server["base"], "/overview")
    page.wait_for_function("() => location.pathname === '/'", timeout=30_000)
    wait_until_idle(page)
    assert page.locator("h1").first.inner_text() == "督察整改总览"
    assert raw_words(page) == []
    open_page(page, server["base"], "/account")
    assert page.locator("[data-testid='stMain'] h1").first.inner_text() == "账号"
    assert page.locator("[data-testid='stMain']").get_by_label("用户名").count() == 1  # sign in here
    assert raw_words(page) == []
    screenshot(page, "account-visitor-1920")


def test_carousel_moves_to_the_next_screen(server, page):
    open_page(page, server["base"], "/?meeting=true&rotate=10")
    assert page.get_by_text("自动轮播：每10秒切换").count() == 1
    page.wait_for_function("() => location.pathname === '/overdue'", timeout=40_000)
    wait_until_idle(page)
    assert page.locator("h1").first.inner_text() == "逾期督办"
    assert "rotate=10" in page.evaluate("location.search")
    assert page.locator("[data-testid='stSidebar']").is_hidden()  # still meeting mode
