"""The figures of the map, dispatch, indicator, report and plan-import pages in a real browser
equal what the database says (worked out with plain SQL in tests/e2e/expected.py); the
bulletin's PDF and Excel files are valid and titled."""

from __future__ import annotations

import re
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

from openpyxl import load_workbook
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e import expected
from tests.e2e.conftest import (
    TODAY,
    assert_no_error_box,
    open_page,
    open_signed_in,
    screenshot,
    wait_until_idle,
)
from ui.format import pct

PLAN_DOCUMENTS = Path(__file__).resolve().parents[1] / "plan_documents"
CONTENT_TIMEOUT = 90_000  # a loaded two-core machine runs a page in seconds, rarely more


def main(page):
    """The page's own content (the sidebar has widgets with the same labels)."""
    return page.locator("[data-testid='stMain']")


def tiles(page) -> dict[str, tuple[str, str | None]]:
    """Label → (value, delta text or None) of every st.metric on the page."""
    shown = {}
    for tile in page.locator("[data-testid='stMetric']").all():
        label = tile.locator("[data-testid='stMetricLabel']").inner_text().strip()
        value = tile.locator("[data-testid='stMetricValue']").inner_text().strip()
        delta = tile.locator("[data-testid='stMetricDelta']")
        shown[label] = (value, delta.inner_text().strip() if delta.count() else None)
    return shown


def grid_rows(grid) -> list[list[str]]:
    """The rows of an st.dataframe as its accessible table holds them (the rows drawn: a
    long table only has those in view), header first."""
    grid.locator("table tbody tr").first.wait_for(state="attached", timeout=CONTENT_TIMEOUT)
    return grid.evaluate(
        "g => Array.from(g.querySelectorAll('table tr'))"
        ".map(r => Array.from(r.children).map(c => c.innerText))"
    )


def open_tab(page, name: str):
    """Click a tab like a user and return its panel once it is the one shown."""
    tab = main(page).get_by_role("tab", name=name)
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true", timeout=CONTENT_TIMEOUT)
    return page.locator(f"[role='tabpanel'][aria-labelledby='{tab.get_attribute('id')}']")


def records(grid) -> list[dict[str, str]]:
    header, *body = grid_rows(grid)
    return [dict(zip(header, row, strict=True)) for row in body]


def default_month(today: date) -> date:
    """The dispatch page opens on the latest month whose report deadline (the 28th) has passed."""
    if today.day > expected.REPORT_DAY:
        return today.replace(day=1)
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


# --- 地图 -----------------------------------------------------------------------------------


def legend(page) -> dict[str, dict]:
    """The map legend as shown: section title → its total (from “（N个）”) and entry counts."""
    lines = [line.strip() for line in page.locator(".map-legend").inner_text().splitlines() if line.strip()]
    sections: dict[str, dict] = {}
    current: dict | None = None
    for line in lines:
        entry = re.fullmatch(r"(.+)　(\d+)", line)
        title = re.fullmatch(r"(.+)（(\d+)个）", line)
        if entry and current is not None:
            current["entries"][entry[1]] = int(entry[2])
        elif title:
            current = sections[title[1]] = {"total": int(title[2]), "entries": {}}
        else:
            current = sections[line] = {"total": None, "entries": {}}
    return sections


def assert_map_shows(page, want: dict) -> None:
    shown = tiles(page)
    for layer, figures in want["layers"].items():
        assert shown[layer][0] == f"{figures['total']:,}", layer
    assert shown["敏感用途地块"][0] == f"{want['sensitive']:,}"
    sections = legend(page)
    for layer, figures in want["layers"].items():
        assert sections[layer]["total"] == figures["total"], layer
        assert sections[layer]["entries"] == figures["risk"], layer
    if want["sensitive"]:
        assert list(sections["敏感用途"]["entries"].values()) == [want["sensitive"]]
    assert page.get_by_text(f"点位列表（{sites(want)}个）").count() == 1


def sites(counts: dict) -> int:
    return sum(layer["total"] for layer in counts["layers"].values())


def test_map_counts_equal_the_database(server, page):
    open_page(page, server["base"], "/map")
    assert_no_error_box(page)
    assert_map_shows(page, expected.map_counts(server["database_url"]))


def test_map_filter_link_shows_the_region_s_sites(server, page):
    open_page(page, server["base"], f"/map?region={quote('湘潭市')}")
    assert_no_error_box(page)
    code = expected.region_code(server["database_url"], "湘潭市")
    want = expected.map_counts(server["database_url"], region=code)
    everywhere = expected.map_counts(server["database_url"])
    assert 0 < sites(want) < sites(everywhere)
    assert_map_shows(page, want)
    assert (
        "地区：湘潭市"
        in page.locator("[data-testid='stMain'] [data-testid='stCaptionContainer']").first.inner_text()
    )
    screenshot(page, "map-xiangtan-1920")


# --- 月度调度 -------------------------------------------------------------------------------


def count_delta(new: int, old: int) -> str:
    return "持平" if new == old else f"{new - old:+d}"


def expected_dispatch_tiles(want: dict) -> dict[str, tuple[str, str | None]]:
    cur, prev = want["current"], want["previous"]
    ratio = cur["done"] / cur["total"] if cur["total"] else None
    prev_ratio = prev["done"] / prev["total"] if prev["total"] else None
    ratio_delta = None
    if ratio is not None and prev_ratio is not None:
        change = ratio - prev_ratio
        ratio_delta = "持平" if round(change, 6) == 0 else f"{change * 100:+.1f}个百分点"
    return {
        "问题总数": (f"{cur['total']:,}", count_delta(cur["total"], prev["total"])),
        "已完成": (f"{cur['done']:,}", count_delta(cur["done"], prev["done"])),
        "已销号": (f"{cur['closed']:,}", count_delta(cur["closed"], prev["closed"])),
        "完成率": (pct(ratio), ratio_delta),
        "已逾期": (f"{cur['overdue']:,}", count_delta(cur["overdue"], prev["overdue"])),
        "未按时报送单位": (str(len(want["late_units"])), None),
    }


def assert_dispatch_shows(page, want: dict) -> None:
    assert tiles(page) == expected_dispatch_tiles(want)
    # The first tab (本月变化) lists each kind of change with the number of findings.
    for label, number in want["changes"].items():
        assert page.get_by_text(f"{label}（{number}个）", exact=True).count() == 1, label
    overdue = want["current"]["overdue"]
    assert main(page).get_by_role("tab", name=f"逾期问题清单（{overdue}）", exact=True).count() == 1
    # 月调度报送: the late reporters with their counts and the longest delay.
    panel = open_tab(page, "月调度报送")
    if not want["late_units"]:
        return
    table = records(panel.locator("[data-testid='stDataFrame']").first)
    assert len(table) >= min(len(want["late_units"]), 5)
    for row in table:
        figures = tuple(int(row[c]) for c in ("应报送", "按时报送", "逾期报送", "未报送", "最长逾期天数"))
        assert figures == want["late_units"][row["牵头单位"]], row


def test_dispatch_figures_equal_the_database(server, page):
    open_page(page, server["base"], "/dispatch")
    assert_no_error_box(page)
    today = date.fromisoformat(TODAY)
    month = default_month(today)
    want = expected.dispatch(server["database_url"], month, today)
    chosen = main(page).get_by_role("combobox", name="调度月份").input_value()
    assert chosen == f"{month.year}年{month.month}月"
    assert want["current"]["total"] > 0 and want["late_units"]  # the demo data show something
    assert_dispatch_shows(page, want)


def test_dispatch_filter_link_shows_the_region_and_month(server, page):
    open_page(page, server["base"], f"/dispatch?region={quote('湘潭市')}&month={quote('2026年9月')}")
    assert_no_error_box(page)
    code = expected.region_code(server["database_url"], "湘潭市")
    want = expected.dispatch(server["database_url"], date(2026, 9, 1), date.fromisoformat(TODAY), region=code)
    everywhere = expected.dispatch(server["database_url"], date(2026, 9, 1), date.fromisoformat(TODAY))
    assert 0 < want["current"]["total"] < everywhere["current"]["total"]
    caption = page.locator("[data-testid='stMain'] [data-testid='stCaptionContainer']").first.inner_text()
    assert caption.startswith("地区：湘潭市。2026年9月（截至2026年9月30日）与2026年8月")
    assert_dispatch_shows(page, want)
    screenshot(page, "dispatch-xiangtan-2026-09-1920")


def download(page, label: str) -> Path:
    button = page.get_by_role("button", name=label)
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=CONTENT_TIMEOUT) as started:
        button.click()
    return Path(started.value.path())


def test_bulletin_pdf_and_excel_downloads_are_valid(server, page):
    open_page(page, server["base"], "/dispatch")
    today = date.fromisoformat(TODAY)
    month = default_month(today)
    title = f"突出生态环境问题整改调度通报（{month.year}年第{month.month}期）"
    assert page.get_by_text(title).count() == 1
    want = expected.dispatch(server["database_url"], month, today)

    pdf = download(page, "下载PDF")
    assert pdf.read_bytes().startswith(b"%PDF")
    reader = PdfReader(pdf)
    text = "".join(page_.extract_text() for page_ in reader.pages)
    assert "突出生态环境问题整改调度通报" in re.sub(r"\s+", "", text)
    assert f"{month.year}年第{month.month}期" in re.sub(r"\s+", "", text)

    workbook = load_workbook(BytesIO(download(page, "下载Excel").read_bytes()))
    cover = [str(cell) for row in workbook["说明"].iter_rows(values_only=True) for cell in row if cell]
    assert title in cover
    sheet = workbook["月调度报送"]
    header_row = next(i for i, row in enumerate(sheet.iter_rows(values_only=True), 1) if row[0] == "牵头单位")
    late = {
        row[0]: tuple(int(v) for v in row[1:6])
        for row in sheet.iter_rows(min_row=header_row + 1, values_only=True)
        if row[0]
    }
    assert late == want["late_units"]


# --- 指标 -----------------------------------------------------------------------------------


def test_indicator_figures_equal_the_database(server, page):
    open_page(page, server["base"], "/indicators")
    assert_no_error_box(page)
    want = expected.indicator_rows(server["database_url"], date.fromisoformat(TODAY))
    shown = tiles(page)
    assert shown["指标目标"][0] == str(len(want))
    for status in ("达标", "未达标", "达标后回落", "进度正常", "进度滞后", "待评估", "数据存疑", "无数据"):
        assert shown[status][0] == str(sum(row["判断"] == status for row in want)), status
    by_key = {(r["指标"], r["地区"], r["目标年份"], r["目标"]): r for r in want}
    table = records(page.locator("[data-testid='stDataFrame']").first)
    assert len(table) >= min(len(want), 10)
    for row in table:
        mine = by_key[(row["指标"], row["地区"], row["目标年份"], row["目标"])]
        assert {k: row[k] for k in mine} == mine


def test_an_indicator_link_shows_the_target_s_value_and_gap(server, page):
    want = expected.indicator_rows(server["database_url"], date.fromisoformat(TODAY))
    target = next(row for row in want if row["判断"] == "未达标")
    choice = f"{target['指标']}（{target['地区']}）"
    open_page(page, server["base"], f"/indicators?indicator={quote(choice)}")
    assert_no_error_box(page)
    assert main(page).get_by_role("combobox", name="查看指标趋势").input_value() == choice
    for row in want:
        if (row["指标"], row["地区"]) == (target["指标"], target["地区"]):
            gap = f"，{row['差距']}" if row["差距"] != "—" else ""
            line = f"目标 {row['目标']}（{row['目标年份']}）：{row['判断']}{gap}"
            assert page.get_by_text(line, exact=True).count() == 1, line
    page.get_by_text(line, exact=True).scroll_into_view_if_needed()
    screenshot(page, "indicators-not-met-1920")


# --- 月度报送 -------------------------------------------------------------------------------


def test_report_page_lists_the_lead_unit_s_findings(server, page):
    finding_id, unit_id = expected.finding_of_a_small_unit(server["database_url"])
    open_signed_in(page, server["base"], f"/report?finding={finding_id}")
    assert_no_error_box(page)
    assert main(page).get_by_role("combobox", name="牵头单位").input_value() == expected.unit_label(
        server["database_url"], unit_id
    )
    want = expected.unit_findings(server["database_url"], unit_id, date.fromisoformat(TODAY))
    header, *body = grid_rows(page.locator("[data-testid='stDataFrame']").first)
    assert header[:5] == ["督察批次", "序号", "问题", "整改状态", "最近报送"]
    assert [row[:5] for row in body] == want
    screenshot(page, "report-unit-1920")


# --- 方案导入 -------------------------------------------------------------------------------


def assert_parsed(page, want: dict) -> None:
    page.get_by_text("识别结果（可直接修改）").wait_for(timeout=CONTENT_TIMEOUT)
    wait_until_idle(page)
    assert_no_error_box(page)
    shown = tiles(page)
    assert shown["识别问题"][0] == str(want["findings"])
    assert shown["整改措施"][0] == str(want["measures"])
    assert shown["标注已完成"][0] == str(want["completed"])
    assert page.get_by_role("button", name=f"保存 {want['findings']} 个问题").count() == 1


def test_plan_upload_shows_the_findings_and_measures_of_the_document(server, page):
    seed = PLAN_DOCUMENTS / "001_5cb408abd5d47804.txt"
    want = expected.batch_from_file(server["database_url"], seed.name)
    assert want["findings"] > 0 and want["measures"] > 0
    before = expected.finding_total(server["database_url"])
    open_signed_in(page, server["base"], "/plan-import")
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(seed))
    assert_parsed(page, want)
    screenshot(page, "plan-import-upload-1920")
    assert expected.finding_total(server["database_url"]) == before  # a preview writes nothing


def test_plan_paste_shows_the_findings_and_measures_of_the_text(server, page):
    seed = PLAN_DOCUMENTS / "002_ffa3f797a7482a6f.txt"
    want = expected.batch_from_file(server["database_url"], seed.name)
    assert want["findings"] > 0 and want["measures"] > 0
    before = expected.finding_total(server["database_url"])
    open_signed_in(page, server["base"], "/plan-import")
    page.get_by_text("粘贴文本", exact=True).click()
    area = page.get_by_role("textbox", name="方案全文")
    area.wait_for(timeout=CONTENT_TIMEOUT)
    area.fill(seed.read_text(encoding="utf-8"))
    area.press("Control+Enter")  # Streamlit applies a text area on Ctrl+Enter (or on leaving it)
    assert_parsed(page, want)
    assert expected.finding_total(server["database_url"]) == before
