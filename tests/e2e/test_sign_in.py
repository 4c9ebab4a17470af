"""Sign-in in a real browser: the read-only demo, a county user's numbers, a wrong password."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import text

from data_access import users
from data_access.access import command_line
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
from ui.auth import COOKIE_NAME
from ui.links import finding_url

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


# --- the sign-in cookie (issue 17): a reload or a new tab stays signed in ---------------------


def session_cookie(page) -> dict | None:
    return next((c for c in page.context.cookies() if c["name"] == COOKIE_NAME), None)


def signed_in_as(page, name: str) -> bool:
    return page.get_by_text(f"当前用户：{name}").count() == 1


def a_finding_of(database_url: str, county: str) -> int:
    with get_engine(database_url).connect() as connection:
        return connection.execute(
            text("SELECT MIN(id) FROM findings WHERE county_code = :c"), {"c": county}
        ).scalar_one()


def test_a_reload_and_a_new_tab_stay_signed_in_until_sign_out(server, page):
    base = server["base"]
    sign_in(page, base, "baojing", DEMO_PASSWORD)
    page.wait_for_function(f"document.cookie.includes('{COOKIE_NAME}=')", timeout=10_000)
    cookie = session_cookie(page)
    assert cookie["sameSite"] == "Strict" and not cookie["secure"]  # served over http here
    assert cookie["value"] != "baojing" and len(cookie["value"]) >= 40  # an opaque token
    # the database holds its hash only
    with get_engine(server["database_url"]).connect() as connection:
        stored = connection.execute(text("SELECT token_hash FROM session_tokens")).scalars().all()
    assert hashlib.sha256(cookie["value"].encode()).hexdigest() in stored
    assert cookie["value"] not in stored

    page.reload()
    page.wait_for_selector("h1", timeout=60_000)
    wait_until_idle(page)
    assert signed_in_as(page, "保靖县填报员（演示）")

    # a 查看 link opened in a new tab of the same browser: a new Streamlit session
    finding = a_finding_of(server["database_url"], BAOJING)
    tab = page.context.new_page()
    open_page(tab, base, finding_url(finding))
    assert signed_in_as(tab, "保靖县填报员（演示）")
    assert_no_error_box(tab)
    screenshot(tab, "finding-new-tab-signed-in-1920")
    tab.close()

    page.locator("[data-testid='stSidebar']").get_by_role("button", name="退出登录").click()
    wait_until_idle(page)
    page.wait_for_function(f"!document.cookie.includes('{COOKIE_NAME}=')", timeout=10_000)
    assert session_cookie(page) is None
    page.reload()
    page.wait_for_selector("h1", timeout=60_000)
    wait_until_idle(page)
    assert page.get_by_text("当前用户：").count() == 0
    assert page.get_by_text("未登录：演示模式，只能查看和下载。填报、导入需登录。").count() == 1
    # the token is revoked on the server, not only forgotten by this browser
    with get_engine(server["database_url"]).connect() as connection:
        revoked = connection.execute(
            text("SELECT revoked_at FROM session_tokens WHERE token_hash = :h"),
            {"h": hashlib.sha256(cookie["value"].encode()).hexdigest()},
        ).scalar_one()
    assert revoked is not None


def cookie_user(database_url: str, username: str) -> None:
    """A county user of its own, so changing its password leaves the demo users alone."""
    engine = get_engine(database_url)
    with engine.connect() as connection:
        exists = connection.execute(text("SELECT 1 FROM users WHERE username = :u"), {"u": username}).first()
    if exists is None:
        users.add_user(
            engine,
            admin=command_line("测试"),
            username=username,
            display_name=f"{username}测试",
            role="county_editor",
            region_code=BAOJING,
            password=PRODUCTION_PASSWORD,
        )


def reload_with_cookie(browser, base: str, cookie: dict, path: str = "/overview"):
    """A fresh browser that holds nothing but the cookie: what a reload sends."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    context.add_cookies([cookie])
    fresh = context.new_page()
    open_page(fresh, base, path)
    return fresh


def test_a_password_reset_ends_the_cookie_sign_in(server, page, browser):
    base, database_url = server["base"], server["database_url"]
    cookie_user(database_url, "cookie-reset")
    sign_in(page, base, "cookie-reset", PRODUCTION_PASSWORD)
    page.wait_for_function(f"document.cookie.includes('{COOKIE_NAME}=')", timeout=10_000)
    cookie = session_cookie(page)
    fresh = reload_with_cookie(browser, base, cookie)
    assert signed_in_as(fresh, "cookie-reset测试")
    users.reset_password(
        get_engine(database_url),
        admin=command_line("测试"),
        username="cookie-reset",
        password="river-audit-77",
    )
    # the open tab ends at its next click, and the cookie signs nobody in any more
    go_to(page, "总览")
    assert page.get_by_text("当前用户：").count() == 0
    again = reload_with_cookie(browser, base, cookie)
    assert again.get_by_text("当前用户：").count() == 0
    fresh.context.close()
    again.context.close()


def test_an_expired_cookie_does_not_sign_in(server, page, browser):
    base, database_url = server["base"], server["database_url"]
    sign_in(page, base, "baojing", DEMO_PASSWORD)
    page.wait_for_function(f"document.cookie.includes('{COOKIE_NAME}=')", timeout=10_000)
    cookie = session_cookie(page)
    with get_engine(database_url).begin() as connection:
        connection.execute(
            text("UPDATE session_tokens SET expires_at = :past WHERE token_hash = :h"),
            {
                "past": datetime.now() - timedelta(minutes=1),
                "h": hashlib.sha256(cookie["value"].encode()).hexdigest(),
            },
        )
    page.reload()
    page.wait_for_selector("h1", timeout=60_000)
    wait_until_idle(page)
    assert page.get_by_text("当前用户：").count() == 0
    # the page clears the cookie it found expired
    page.wait_for_function(f"!document.cookie.includes('{COOKIE_NAME}=')", timeout=10_000)
