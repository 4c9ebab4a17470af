"""Smoke test of the cluster through nginx: two browsers, each kept on its own Streamlit
process by the node cookie; one signs in and opens every page, saves a monthly report, and
the other browser's process shows the new figures and text on its next page load.
"""

from __future__ import annotations

import re
import time
import urllib.request
from datetime import date

from sqlalchemy import text

from data_access.db import get_engine
from data_access.metrics import FindingFilters
from data_access.overview import kpi_summary
from tests.e2e.conftest import TODAY, assert_no_error_box, open_page, open_signed_in, screenshot
from tests.e2e.test_load_smoke import load_benchmark, run_in_own_thread
from ui.navigation import ACCOUNT, PAGES

TITLES = {  # the h1 of each page (st.title in pages/)
    "overview": "督察整改总览",
    "overdue": "逾期督办",
    "finding": "问题详情",
    "map": "污染地块与尾矿库分布图",
    "dispatch": "月度调度",
    "indicators": "指标",
    "plan-import": "整改方案导入",
    "report": "月度报送",
    "sign-off": "销号审核",
    "ledger": "台账导入导出",
    "notify": "通知推送",
    "account": "账号",
}
LOG_LINE = re.compile(
    r'"(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d+) .* node=(?P<node>\S*) upstream=(?P<up>\S+)'
)


def log_lines(cluster) -> list[dict]:
    log = (cluster["dir"] / "nginx-access.log").read_text()
    return [m.groupdict() for m in map(LOG_LINE.search, log.splitlines()) if m]


def node_cookies(cluster) -> dict[str, str]:
    """A node cookie value for each process: nginx hashes the value to one process, and its
    access log says which."""
    found: dict[str, str] = {}
    for i in range(100):
        value = f"smoke-{i}"
        request = urllib.request.Request(
            cluster["url"] + "/_stcore/health", headers={"Cookie": f"dashboard_node={value}"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 200
        upstream = None
        for _ in range(50):  # nginx logs a request just after answering it
            upstream = next((line["up"] for line in log_lines(cluster) if line["node"] == value), None)
            if upstream:
                break
            time.sleep(0.1)
        assert upstream, f"no log line for node {value}"
        found.setdefault(upstream, value)
        if len(found) == len(cluster["apps"]):
            return found
    raise AssertionError(f"100 cookie values all went to {sorted(found)}")


def browser_on(browser, cluster, node: str):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    context.add_cookies([{"name": "dashboard_node", "value": node, "url": cluster["url"]}])
    return context, context.new_page()


def tiles(page) -> dict[str, str]:
    values = {}
    for tile in page.locator("[data-testid='stMetric']").all():
        label = tile.locator("[data-testid='stMetricLabel']").inner_text().strip()
        values[label] = tile.locator("[data-testid='stMetricValue']").inner_text().strip()
    return values


def completed_count(database_url: str) -> int:
    figures = kpi_summary(get_engine(database_url), filters=FindingFilters(), today=date.fromisoformat(TODAY))
    return int(figures["done"])


def test_every_page_through_the_proxy_and_a_write_seen_by_the_other_process(cluster, browser):
    base, database_url = cluster["url"], cluster["database_url"]
    nodes = node_cookies(cluster)
    (first_up, first_node), (second_up, second_node) = sorted(nodes.items())
    writer_context, writer = browser_on(browser, cluster, first_node)
    reader_context, reader = browser_on(browser, cluster, second_node)
    with get_engine(database_url).connect() as connection:
        finding_id = connection.scalar(text("SELECT MIN(id) FROM findings WHERE status = 'in_progress'"))
    done_before = completed_count(database_url)
    try:
        # The reader's process caches the overview and the finding before the write.
        open_page(reader, base, "/")
        assert tiles(reader)["已完成"] == str(done_before)
        narrative = f"集群冒烟测试：第{finding_id}号问题已整改完成，经现场核查。"
        open_page(reader, base, f"/finding?finding={finding_id}")
        assert_no_error_box(reader)
        assert reader.get_by_text(narrative).count() == 0

        # The writer signs in and opens every page of the office's menu.
        open_signed_in(writer, base, "/report")
        for spec in (*PAGES, ACCOUNT):
            open_page(writer, base, "/" if spec.default else f"/{spec.url_path}")
            assert_no_error_box(writer)
            assert writer.locator("[data-testid='stMain'] h1").first.inner_text() == TITLES[spec.url_path]
            assert writer.get_by_text("当前用户：").count() == 1, spec.url_path  # still signed in
        screenshot(writer, "cluster-account-1920")

        # A monthly report that completes the finding, saved in the writer's process.
        open_page(writer, base, f"/report?finding={finding_id}")
        main = writer.locator("[data-testid='stMain']")
        main.get_by_text("已完成（申请验收销号）").click()
        main.get_by_label("进度（%）").fill("100")
        main.get_by_label("工作进展").fill(narrative)
        main.get_by_role("button", name="保存月度调度").click()
        writer.get_by_text("已保存2026年11月调度").wait_for(timeout=60_000)
        assert_no_error_box(writer)
        assert completed_count(database_url) == done_before + 1

        # The reader's next page loads, on the other process, show it.
        open_page(reader, base, "/")
        assert tiles(reader)["已完成"] == str(done_before + 1)
        open_page(reader, base, f"/finding?finding={finding_id}")
        assert reader.get_by_text(narrative).count() >= 1  # the latest report (and its chart hover)
        screenshot(reader, "cluster-finding-after-write-1920")
    finally:
        writer_context.close()
        reader_context.close()

    # Sticky: every request of each browser, the websockets included, went to its own process.
    # (nginx logs a websocket when it closes.)
    for _ in range(50):
        if sum(line["path"].startswith("/_stcore/stream") for line in log_lines(cluster)) >= 2 + len(PAGES):
            break
        time.sleep(0.2)
    streams = {}
    for line in log_lines(cluster):
        if line["node"] in (first_node, second_node):
            streams.setdefault(line["node"], set()).add(line["up"])
    assert streams == {first_node: {first_up}, second_node: {second_up}}
    websockets = [line for line in log_lines(cluster) if line["path"].startswith("/_stcore/stream")]
    assert {line["status"] for line in websockets} == {"101"}
    assert {line["up"] for line in websockets} == {first_up, second_up}


def test_load_benchmark_sessions_through_the_proxy_reach_both_processes(cluster):
    """The load benchmark's client at a small size through nginx (no timing asserted): every
    session served, and new browsers spread over the processes (20 sessions all on one of two
    processes would happen once in half a million runs)."""
    bench = load_benchmark()
    ws_url = cluster["url"].replace("http", "ws", 1) + "/_stcore/stream"
    before = [bench.cpu_seconds(pid) for pid in cluster["pids"]]
    served = run_in_own_thread(
        bench.wave(ws_url, "overdue", "region=%E6%B9%98%E6%BD%AD%E5%B8%82", 20, 2.0, 180)
    )
    assert [s.error for s in served] == [None] * 20
    assert all(s.seconds > 0 and s.received > 10_000 for s in served)
    after = [bench.cpu_seconds(pid) for pid in cluster["pids"]]
    assert all(a > b for a, b in zip(after, before, strict=True))  # both processes worked
