"""The same problem in several batches, in a real browser (issue 14).

(a) The office uploads a Word task table for 保靖县 whose first row rewords a problem of the
central inspection's list in the sample data; the preview proposes that finding, the user
ticks it and imports, and the new finding's drill-down shows the central list's finding.
(b) 保靖's county editor opens a sample finding whose rewording another list holds, links
the proposal with a note in the drill-down, then removes the link after confirming.

A server of its own: these tests add batches, which the shared server's figures must not see.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import docx
import pytest
from sqlalchemy import text

from data_access.commands.plan_import import import_plan
from data_access.db import get_engine
from intake.plan_parser import parse_plan_text
from tests.e2e.conftest import (
    _dashboard,
    assert_no_error_box,
    open_page,
    open_signed_in,
    screenshot,
    sign_in_on_page,
    wait_until_idle,
)

CENTRAL = "第二轮中央生态环境保护督察（湖南）"
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def links_server(tmp_path_factory) -> Iterator[dict]:
    yield from _dashboard(tmp_path_factory.mktemp("e2e-links") / "links.sqlite3", {})


def _one(database_url: str, sql: str, **params):
    with get_engine(database_url).connect() as connection:
        return connection.execute(text(sql), params).one()


def _task_table(path) -> None:
    document = docx.Document()
    document.add_paragraph("保靖县省级生态环境保护督察反馈问题整改任务清单")
    rows = [
        ("序号", "反馈问题", "牵头单位", "整改时限"),
        ("1", "部分尾矿库环境安全隐患仍较为突出", "县应急管理局", "2026年12月底前"),
        ("2", "县城黑臭水体治理进度明显滞后", "县住建局", "2026年6月底前"),
    ]
    table = document.add_table(rows=0, cols=4)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())


def test_a_link_ticked_in_the_import_preview_shows_in_the_new_findings_drill_down(
    links_server, page, tmp_path
):
    base, database_url = links_server["base"], links_server["database_url"]
    central = _one(
        database_url,
        "SELECT f.id, f.label FROM findings f JOIN batches b ON b.id = f.batch_id "
        "WHERE b.name = :b AND f.title = :t",
        b=CENTRAL,
        t="部分尾矿库环境安全隐患较为突出",
    )
    plan = tmp_path / "保靖县省级督察整改任务清单.docx"
    _task_table(plan)
    open_signed_in(page, base, "/plan-import")
    main = page.locator("[data-testid='stMain']")
    main.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(plan))
    page.wait_for_timeout(1000)
    wait_until_idle(page)
    assert_no_error_box(page)
    batch = "保靖县省级督察反馈问题（浏览器测试）"
    name = main.get_by_label("新批次名称")
    name.fill(batch)
    name.press("Enter")
    wait_until_idle(page)
    proposal = (
        f"问题1“部分尾矿库环境安全隐患仍较为突出” 疑似重复/关联：批次“{CENTRAL}”"
        f"问题{central.label}“部分尾矿库环境安全隐患较为突出”"
    )
    box = main.get_by_text(proposal)
    box.wait_for(timeout=TIMEOUT)
    assert main.get_by_text("疑似重复/关联（1个问题）：勾选确认为同一问题").count() == 1
    box.click()  # tick: the same problem
    wait_until_idle(page)
    screenshot(page, "plan-import-link-ticked")
    main.get_by_role("button", name="保存 2 个问题").click()
    main.get_by_text("关联其他批次的同一问题 1 处").wait_for(timeout=TIMEOUT)
    assert_no_error_box(page)

    new = _one(
        database_url,
        "SELECT f.id FROM findings f JOIN batches b ON b.id = f.batch_id WHERE b.name = :b AND f.number = 1",
        b=batch,
    )
    open_page(page, base, f"/finding?finding={new.id}")
    assert_no_error_box(page)
    main = page.locator("[data-testid='stMain']")
    assert main.get_by_text("其他批次的同一问题（1个）").count() == 1
    shown = main.get_by_role("link", name=f"{CENTRAL} · 问题{central.label}：部分尾矿库环境安全隐患较为突出")
    assert shown.count() == 1
    assert shown.get_attribute("href").endswith(f"finding?finding={central.id}")
    screenshot(page, "finding-linked-from-import")
    # and from the other side: the central list's finding names the new batch
    open_page(page, base, f"/finding?finding={central.id}")
    main = page.locator("[data-testid='stMain']")
    assert main.get_by_role("link", name=f"{batch} · 问题1：部分尾矿库环境安全隐患仍较为突出").count() == 1


def test_a_county_editor_links_a_suggestion_in_the_drill_down_and_unlinks_it(links_server, page):
    base, database_url = links_server["base"], links_server["database_url"]
    sample = _one(
        database_url,
        "SELECT f.id FROM findings f JOIN batches b ON b.id = f.batch_id WHERE b.name = :b AND f.title = :t",
        b=CENTRAL,
        t="生活污水收集缺口大",
    )
    batch = "保靖县回头看问题清单（浏览器测试）"
    reworded = "县城生活污水收集缺口大"
    # Another list of the county, stored as an import would (the page re-reads by data version).
    findings = parse_plan_text(f"序号|反馈问题|牵头单位|整改时限\n1|{reworded}|县住建局|2026年底\n").findings
    import_plan(
        get_engine(database_url), findings, today=date(2026, 11, 23), batch_name=batch, region="433125"
    )
    line = f"{batch} · 问题1：{reworded}"

    open_page(page, base, "/sign-in")
    sign_in_on_page(page, "baojing")
    open_page(page, base, f"/finding?finding={sample.id}")
    assert_no_error_box(page)
    main = page.locator("[data-testid='stMain']")
    assert main.get_by_text("其他批次的同一问题（0个）").count() == 1
    assert main.get_by_text("可能相同的问题（1个）").count() == 1
    assert main.get_by_role("link", name=line).count() == 1  # the proposal, to open and check
    main.get_by_label("关联说明（可不填）").fill("回头看清单重复交办")
    main.get_by_role("button", name="关联为同一问题").click()
    main.get_by_text(f"已将{batch} · 问题1“{reworded}”关联为同一问题。").wait_for(timeout=TIMEOUT)
    wait_until_idle(page)
    assert_no_error_box(page)
    assert main.get_by_text("其他批次的同一问题（1个）").count() == 1
    assert main.get_by_text("说明：回头看清单重复交办").first.is_visible()
    assert main.get_by_text("可能相同的问题（0个）").count() == 1
    screenshot(page, "finding-linked-in-drill-down")
    assert _one(database_url, "SELECT COUNT(*) AS n FROM finding_links WHERE note IS NOT NULL").n == 1

    main.get_by_role("button", name="取消关联").click()
    wait_until_idle(page)
    main.get_by_text(f"确定取消与“{line}”的关联吗？").wait_for(timeout=TIMEOUT)
    assert _one(database_url, "SELECT COUNT(*) AS n FROM finding_links WHERE note IS NOT NULL").n == 1
    main.get_by_role("button", name="确认取消关联").click()
    main.get_by_text(f"已取消与{batch} · 问题1“{reworded}”的关联。").wait_for(timeout=TIMEOUT)
    wait_until_idle(page)
    assert main.get_by_text("其他批次的同一问题（0个）").count() == 1
    assert main.get_by_text("可能相同的问题（1个）").count() == 1  # proposed again
    assert _one(database_url, "SELECT COUNT(*) AS n FROM finding_links WHERE note IS NOT NULL").n == 0
    # both changes are in each finding's audit trail, under the county editor's name
    audit = _one(
        database_url,
        "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'finding_links' AND actor LIKE '%baojing%'",
    )
    assert audit.n == 4
    screenshot(page, "finding-unlinked-in-drill-down")


def test_a_county_editor_links_a_finding_found_by_its_number(links_server, page):
    """A problem the similarity does not propose (the province reworded it beyond the cut-off):
    the editor types its number in the drill-down, picks it and links it."""
    base, database_url = links_server["base"], links_server["database_url"]
    sample = _one(
        database_url,
        "SELECT f.id FROM findings f JOIN batches b ON b.id = f.batch_id WHERE b.name = :b AND f.title = :t",
        b=CENTRAL,
        t="生活污水收集缺口大",
    )
    batch = "保靖县省级督察清单（浏览器测试，按编号关联）"
    title = "城区管网覆盖不足，部分片区污水未经处理排入酉水"
    findings = parse_plan_text(f"序号|反馈问题|牵头单位|整改时限\n17|{title}|县住建局|2026年底\n").findings
    import_plan(
        get_engine(database_url), findings, today=date(2026, 11, 23), batch_name=batch, region="433125"
    )
    open_page(page, base, "/sign-in")
    sign_in_on_page(page, "baojing")
    open_page(page, base, f"/finding?finding={sample.id}")
    main = page.locator("[data-testid='stMain']")
    assert main.get_by_role("link", name=f"{batch} · 问题17：{title}").count() == 0  # not proposed
    search = main.get_by_label("问题编号或标题中的词")
    search.fill("第17项")
    search.press("Enter")
    main.get_by_text("找到1个问题，请点开核对后再关联。").wait_for(timeout=TIMEOUT)
    main.get_by_label("关联说明（可不填）").last.fill("省级清单第17项即中央反馈污水收集问题")
    main.get_by_role("button", name="关联所选问题").click()
    main.get_by_text(f"已将{batch} · 问题17“{title}”关联为同一问题。").wait_for(timeout=TIMEOUT)
    wait_until_idle(page)
    assert_no_error_box(page)
    assert main.get_by_role("link", name=f"{batch} · 问题17：{title}").count() == 1
    screenshot(page, "finding-linked-by-number")
    link = _one(database_url, "SELECT score, note FROM finding_links WHERE note LIKE '省级清单第17项%'")
    assert link.score < 70
    audit = _one(
        database_url,
        "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'finding_links' AND summary LIKE '%第17项%'",
    )
    assert audit.n == 2  # in both findings' trails
