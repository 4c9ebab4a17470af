"""The 通知推送 page in a real browser: the demo's push record filled (counts as in the database),
and the rules control refusing a wrong day in Chinese, then saving a region's bulletin day."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_access.access import command_line
from data_access.commands.notify import clear_rules
from data_access.db import get_engine
from data_access.models import NotificationRule, OutboxMessage
from tests.e2e.conftest import assert_no_error_box, open_signed_in, screenshot, wait_until_idle

pytestmark = pytest.mark.browser


def _tiles(page) -> dict[str, str]:
    values = {}
    for tile in page.locator("[data-testid='stMetric']").all():
        label = tile.locator("[data-testid='stMetricLabel']").inner_text().strip()
        values[label] = tile.locator("[data-testid='stMetricValue']").inner_text().strip()
    return values


def test_the_push_record_is_filled_and_the_rules_are_set_on_the_page(server, page):
    engine = get_engine(server["database_url"])
    with Session(engine) as session:
        query = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        counts = {status: n for status, n in session.execute(query)}
    assert counts.get("sent", 0) >= 10 and counts.get("failed") == 1 and counts.get("queued", 0) >= 1
    open_signed_in(page, server["base"], "/notify")
    assert_no_error_box(page)
    assert _tiles(page) == {
        "待发送": str(counts["queued"]),
        "发送中": "0",
        "已发送": str(counts["sent"]),
        "发送失败": "1",
    }
    page.get_by_role("tab", name="发送失败").click()
    page.wait_for_timeout(500)
    screenshot(page, "notify-failed-1920")

    page.get_by_role("tab", name="提醒规则").click()
    main = page.locator("[data-testid='stMain']")
    day = main.get_by_label(re.compile("^月度通报（"))
    assert day.input_value() == "3"
    day.fill("40")
    main.get_by_role("button", name="保存规则").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    assert main.get_by_text("未保存：月度通报的天数须在 1–31 之间：40").count() == 1
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(NotificationRule)) == 0
    page.get_by_role("tab", name="提醒规则").click()
    day = main.get_by_label(re.compile("^月度通报（"))
    day.fill("5")
    main.get_by_role("button", name="保存规则").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    assert main.get_by_text("全部地区的提醒规则已保存。").count() == 1
    with Session(engine) as session:
        rules = [
            (r.kind, r.region_code, r.batch_id, r.days) for r in session.scalars(select(NotificationRule))
        ]
    assert rules == [("bulletin", None, None, "5")]
    screenshot(page, "notify-rules-1920")
    # The server is shared by the other browser tests: back to the defaults.
    clear_rules(engine, viewer=command_line("测试"))
