"""The sign-off chain in a real browser: a county editor submits a closure application on the
销号审核 page, the county leader approves it; the database holds both steps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from data_access.db import get_engine
from data_access.users import DEMO_PASSWORD
from tests.e2e.conftest import _dashboard, assert_no_error_box, open_page, screenshot, sign_in_on_page


@pytest.fixture(scope="module")
def chain_server(tmp_path_factory) -> Iterator[dict]:
    """A server of its own: this test writes, the other browser tests read fixed figures."""
    yield from _dashboard(tmp_path_factory.mktemp("e2e-sign-off") / "sign-off.sqlite3", {})


def signed_in_context(browser, base: str, username: str):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    page = context.new_page()
    open_page(page, base, "/sign-in")
    sign_in_on_page(page, username, DEMO_PASSWORD)
    return context, page


def test_submit_then_review_in_the_browser(chain_server, browser):
    base, database_url = chain_server["base"], chain_server["database_url"]
    engine = get_engine(database_url)
    context, page = signed_in_context(browser, base, "baojing")
    open_page(page, base, "/sign-off")
    assert_no_error_box(page)
    page.get_by_role("tab", name="提交申请").click()
    main = page.locator("[data-testid='stMain']")
    main.get_by_label("整改完成情况").fill("浏览器测试：完成尾矿库整治并通过检测。")
    main.get_by_role("button", name="提交销号申请").click()
    page.get_by_text("已提交销号申请。下一环节：县级领导意见。").wait_for(timeout=60_000)
    screenshot(page, "sign-off-submitted-1920")
    context.close()
    with engine.connect() as connection:
        application_id, finding_id = connection.execute(
            text(
                "SELECT id, finding_id FROM closure_applications "
                "WHERE completion_narrative LIKE '浏览器测试%'"
            )
        ).one()

    context, page = signed_in_context(browser, base, "baojing_leader")
    open_page(page, base, f"/sign-off?application={application_id}")
    assert_no_error_box(page)
    # the sidebar counts the leader's work list: the demo's one and this one
    sidebar = page.locator("[data-testid='stSidebar']").inner_text()
    assert "待我审核 2" in sidebar
    main = page.locator("[data-testid='stMain']")
    main.get_by_label("意见（退回时写明原因）").fill("同意申请销号。")
    main.get_by_role("button", name="提交审核意见").click()
    page.get_by_text("县级领导意见已同意。下一环节：验收意见。").wait_for(timeout=60_000)
    screenshot(page, "sign-off-reviewed-1920")
    context.close()
    with engine.connect() as connection:
        steps = connection.execute(
            text(
                "SELECT step, decision, decided_by FROM closure_reviews WHERE application_id = :a ORDER BY id"
            ),
            {"a": application_id},
        ).all()
        status = connection.execute(
            text("SELECT status FROM findings WHERE id = :f"), {"f": finding_id}
        ).scalar()
    assert [tuple(s) for s in steps] == [
        ("apply", "submit", "保靖县填报员（演示）（baojing）"),
        ("county_head", "approve", "保靖县领导（演示）（baojing_leader）"),
    ]
    assert status == "completed"


def test_the_sidebar_work_list_is_not_cut_on_a_projector(chain_server, browser):
    """At 1366×768 the sidebar is 300 px: a page link longer than that is cut with “…”, so the
    link keeps only the count to act on and the other counts wrap in a caption under it."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    page = context.new_page()
    open_page(page, chain_server["base"], "/sign-in")
    sign_in_on_page(page, "baojing_leader", DEMO_PASSWORD)
    open_page(page, chain_server["base"], "/")
    sidebar = page.locator("[data-testid='stSidebar']")
    link = sidebar.locator("[data-testid='stPageLink']", has_text="销号审核：待我审核")
    assert link.count() == 1
    cut = link.evaluate("e => [...e.querySelectorAll('*')].some(x => x.scrollWidth > x.clientWidth + 1)")
    assert not cut, link.inner_text()
    assert "公示到期" in sidebar.inner_text()
    screenshot(page, "sidebar-work-list-1366")
    context.close()
