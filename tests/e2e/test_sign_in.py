"""Sign-in in a real browser: the read-only demo, a county user's numbers, a wrong password."""

from __future__ import annotations

from sqlalchemy import text

from data_access.db import get_engine
from data_access.users import DEMO_PASSWORD
from tests.e2e.conftest import (
    PRODUCTION_PASSWORD,
    assert_no_error_box,
    open_page,
    screenshot,
    sign_in_on_page,
    wait_until_idle,
)
from tests.e2e.test_core_pages import expected_tiles, metrics

BAOJING = "433125"


def sign_in(page, base: str, username: str, password: str) -> None:
    open_page(page, base, "/sign-in")
    sign_in_on_page(page, username, password)


def go_to(page, title: str) -> None:
    """Follow the sidebar menu (same browser session, so the sign-in holds)."""
    page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.wait_for_selector("h1", timeout=60_000)
    wait_until_idle(page)


def test_the_demo_is_read_only_without_sign_in(server, page):
    open_page(page, server["base"], "/report")
    assert page.get_by_text("请先登录：填报和修改整改情况需要登录后进行。").count() == 1
    assert page.get_by_text("未登录：演示模式，只能查看和下载。填报、导入需登录。").count() == 1
    screenshot(page, "report-visitor-1920")


def test_a_county_user_sees_only_their_county(server, page):
    sign_in(page, server["base"], "baojing", DEMO_PASSWORD)
    assert page.get_by_text("当前用户：保靖县填报员（演示）（县级填报员，保靖县）").count() == 1
    go_to(page, "总览")
    assert_no_error_box(page)
    expected = expected_tiles(server["database_url"], region_code=BAOJING)
    with get_engine(server["database_url"]).connect() as connection:
        county = connection.execute(
            text("SELECT COUNT(*) FROM findings WHERE county_code = :c"), {"c": BAOJING}
        )
        assert expected["问题总数"] == str(county.scalar()) == "25"
    assert metrics(page) == expected
    # the sidebar shows the county as chosen (not the visitor's old "全部地区")
    region_box = page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox'] input").first
    assert region_box.input_value() == "保靖县"
    screenshot(page, "overview-county-user-1920")
    go_to(page, "月度报送")
    assert_no_error_box(page)
    assert page.get_by_text("填报人：保靖县填报员（演示）（baojing）（记入修改记录）").count() == 1


def test_a_wrong_password_is_refused_with_a_message(server, page):
    sign_in(page, server["base"], "baojing", "not-the-password")
    assert page.get_by_text("用户名或密码不正确。").count() == 1
    assert page.get_by_text("当前用户：").count() == 0


def test_production_shows_nothing_before_sign_in_and_keeps_the_deep_link(production_server, page):
    base, database_url = production_server["base"], production_server["database_url"]
    open_page(page, base, "/overview?region=%E4%BF%9D%E9%9D%96%E5%8E%BF")  # ?region=保靖县
    assert page.get_by_text("本系统数据为内部工作信息，请登录后查看。").count() == 1
    assert page.locator("[data-testid='stMetric']").count() == 0
    assert page.locator("[data-testid='stSidebarNav']").count() == 0
    screenshot(page, "sign-in-required-1920")
    sign_in_on_page(page, "office", DEMO_PASSWORD)  # no demo users in production
    assert page.get_by_text("用户名或密码不正确。").count() == 1
    sign_in_on_page(page, "chief", PRODUCTION_PASSWORD)
    page.wait_for_selector("[data-testid='stMetric']", timeout=60_000)
    assert_no_error_box(page)
    # the link's filter survives the sign-in
    assert metrics(page) == expected_tiles(database_url, region_code=BAOJING)
