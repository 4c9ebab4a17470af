"""The core pages in a real browser: numbers equal the database, links and clicks work."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from sqlalchemy import text

from core.vocabulary import STATUS_LABELS
from data_access.db import get_engine
from data_access.metrics import FindingFilters
from data_access.overdue import count_overdue, overdue_findings
from data_access.overview import kpi_summary
from tests.e2e import expected
from tests.e2e.conftest import TODAY, assert_no_error_box, open_page, screenshot, wait_until_idle
from ui.format import pct


def metrics(page) -> dict[str, str]:
    values = {}
    for tile in page.locator("[data-testid='stMetric']").all():
        label = tile.locator("[data-testid='stMetricLabel']").inner_text().strip()
        values[label] = tile.locator("[data-testid='stMetricValue']").inner_text().strip()
    return values


def expected_tiles(database_url: str, **filters) -> dict[str, str]:
    k = kpi_summary(
        get_engine(database_url), filters=FindingFilters(**filters), today=date.fromisoformat(TODAY)
    )
    return {
        "问题总数": str(k["total"]),
        "已完成": str(k["done"]),
        "已销号": str(k["closed"]),
        "完成率": pct(k["completion_ratio"]),
        "销号率": pct(k["closure_ratio"]),
        "已逾期": str(k["overdue"]),
        "30天内到期": str(k["due_soon"]),
        "未按时报送": str(k["late_report"]),
        "指标预警": str(
            sum(
                row["判断"] in ("未达标", "达标后回落", "进度滞后")
                for row in expected.indicator_rows(
                    database_url, date.fromisoformat(TODAY), filters.get("region_code")
                )
            )
        ),
    }


def test_overview_numbers_equal_the_database(server, page):
    open_page(page, server["base"], "/")
    assert_no_error_box(page)
    assert page.locator("h1").first.inner_text() == "督察整改总览"
    assert metrics(page) == expected_tiles(server["database_url"])
    assert page.get_by_text("当前为演示数据").count() == 1
    assert page.locator(".js-plotly-plot").count() == 4
    screenshot(page, "overview-1920")


def test_filter_link_shows_filtered_numbers(server, page):
    open_page(page, server["base"], f"/?region={quote('湘潭市')}")
    assert_no_error_box(page)
    assert metrics(page) == expected_tiles(server["database_url"], region_code="430300")
    assert (
        "地区：湘潭市"
        in page.locator("[data-testid='stMain'] [data-testid='stCaptionContainer']").first.inner_text()
    )


def test_clicking_an_overdue_row_opens_the_drill_down(server, page):
    open_page(page, server["base"], "/overdue")
    assert_no_error_box(page)
    screenshot(page, "overdue-1920")
    expected = count_overdue(
        get_engine(server["database_url"]), filters=FindingFilters(), today=date.fromisoformat(TODAY)
    )
    assert page.get_by_text(f"共{expected}个逾期问题").count() == 1
    first = overdue_findings(
        get_engine(server["database_url"]), filters=FindingFilters(), today=date.fromisoformat(TODAY)
    ).iloc[0]
    grid = page.locator("[data-testid='stDataFrame']").nth(1)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = grid.bounding_box()
    # The grid is a canvas: click the row-selection cell of the first data row.
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)
    # Streamlit changes the address with the history API: read it from the page itself.
    page.wait_for_function("() => location.pathname.endsWith('/finding')", timeout=30_000)
    wait_until_idle(page)
    assert_no_error_box(page)
    assert first["title"] in page.locator("[data-testid='stMain'] h2").first.inner_text()
    assert page.evaluate("location.search") == f"?finding={int(first['finding_id'])}"
    screenshot(page, "finding-1920")


def test_deep_link_to_a_finding_on_a_fresh_page(server, page):
    open_page(page, server["base"], "/finding?finding=1")
    assert_no_error_box(page)
    with get_engine(server["database_url"]).connect() as connection:
        title, status = connection.execute(text("SELECT title, status FROM findings WHERE id = 1")).one()
        measures = connection.execute(text("SELECT COUNT(*) FROM measures WHERE finding_id = 1")).scalar()
        sites = connection.execute(text("SELECT COUNT(*) FROM site_findings WHERE finding_id = 1")).scalar()
    assert title in page.locator("[data-testid='stMain'] h2").first.inner_text()
    assert page.get_by_text(f"整改措施（{measures}项）").count() == 1
    if sites:
        assert page.get_by_text(f"关联点位（{sites}个）").count() == 1
    status_tile = page.locator("[data-testid='stMetric']").first
    assert status_tile.locator("[data-testid='stMetricValue']").inner_text() == STATUS_LABELS[status]
    assert page.get_by_role("heading", name="问题详情").count() == 1


def test_meeting_mode_and_phone_width(server, page, browser):
    open_page(page, server["base"], "/?meeting=true")
    assert_no_error_box(page)
    assert page.locator("[data-testid='stSidebar']").is_hidden()
    assert page.get_by_role("button", name="退出汇报模式").is_visible()
    # The key screen fits a 1080-pixel projector without scrolling.
    assert page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight") <= 1080
    screenshot(page, "overview-meeting-1920")
    open_page(page, server["base"], "/overdue?meeting=true")
    screenshot(page, "overdue-meeting-1920")
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    mobile = phone.new_page()
    open_page(mobile, server["base"], "/")
    assert_no_error_box(mobile)
    assert metrics(mobile)["问题总数"] == expected_tiles(server["database_url"])["问题总数"]
    screenshot(mobile, "overview-phone")
    phone.close()
