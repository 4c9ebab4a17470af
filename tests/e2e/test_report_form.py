"""Issue 15, in the browser: the monthly report form starts from the last report and asks for a
confirmation before it saves a drop in progress; the file uploaders speak Chinese and state the
limit the server enforces."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from tests.e2e.conftest import (
    _dashboard,
    assert_no_error_box,
    open_signed_in,
    screenshot,
    wait_until_idle,
)

MONTH = "2026-11-01"  # the month the form opens on (the servers' today is 2026-11-23)


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory) -> Iterator[dict]:
    """A server of its own: this module saves a report, which the shared server's figures must
    not see."""
    yield from _dashboard(tmp_path_factory.mktemp("e2e-report") / "report.sqlite3", {})


def _query(database_url: str, sql: str, **params) -> list[tuple]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def test_a_drop_in_progress_is_saved_only_once_confirmed(writable_server, page):
    url = writable_server["database_url"]
    # A finding in progress whose last report (before this month) says a high progress.
    finding_id, last_progress = _query(
        url,
        """SELECT f.id, r.progress_pct FROM findings f JOIN progress_reports r ON r.finding_id = f.id
           WHERE f.status = 'in_progress' AND r.progress_pct >= 50
             AND r.period = (SELECT MAX(period) FROM progress_reports WHERE finding_id = f.id)
             AND r.period < :month
           ORDER BY f.id LIMIT 1""",
        month=MONTH,
    )[0]
    lower = round(last_progress / 2)
    open_signed_in(page, writable_server["base"], f"/report?finding={finding_id}")
    assert_no_error_box(page)
    progress = page.get_by_label("进度（%）")
    # The form starts from the last report, not at 0.00.
    assert float(progress.input_value()) == last_progress
    progress.fill(str(lower))
    progress.press("Tab")
    page.get_by_label("工作进展").fill("汛期停工，部分已完成工程需返工，进度回退。")
    page.get_by_role("button", name="保存月度调度").click()
    warning = page.get_by_text(f"进度由上次的{last_progress:g}%降为{lower:g}%")
    warning.wait_for(timeout=30_000)
    assert "尚未保存" in warning.inner_text()
    screenshot(page, "report-drop-unconfirmed")
    saved = "SELECT progress_pct FROM progress_reports WHERE finding_id = :f AND period = :month"
    assert _query(url, saved, f=finding_id, month=MONTH) == []  # nothing written
    # Confirmed: saved as typed.
    page.get_by_text(f"确认进度低于上次报送的{last_progress:g}%").click()
    page.get_by_role("button", name="保存月度调度").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    screenshot(page, "report-drop-confirmed")
    assert_no_error_box(page)
    assert page.get_by_text("尚未保存").count() == 0
    assert page.locator("[data-testid='stAlertContentSuccess']").count() == 1
    assert _query(url, saved, f=finding_id, month=MONTH) == [(float(lower),)]


# Every text the dropzone draws (zero-sized text is Streamlit's English, hidden by ui/style.py),
# and the Chinese put in its place.
DROPZONE_TEXT = """zone => {
  const shown = [];
  for (const e of zone.querySelectorAll('*')) {
    const style = getComputedStyle(e);
    const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join('');
    const icon = e.closest('[data-testid=stIconMaterial]');  // a ligature drawn as an icon
    if (own && !icon && parseFloat(style.fontSize) > 0 && e.getClientRects().length) shown.push(own);
    const after = getComputedStyle(e, '::after').content;
    if (after && after !== 'none' && after !== 'normal') shown.push(after.replace(/^"|"$/g, ''));
  }
  return {shown, hidden: zone.innerText};
}"""


@pytest.mark.parametrize(
    "path, stated",
    [("/plan-import", "单个文件不超过 20 MB"), ("/ledger", "单个文件不超过 20 MB")],
)
def test_uploaders_speak_chinese_and_state_the_enforced_limit(writable_server, page, path, stated):
    open_signed_in(page, writable_server["base"], path)
    assert_no_error_box(page)
    assert page.get_by_text(stated).count() >= 1  # the page's own words
    zone = page.locator("[data-testid='stFileUploaderDropzone']").first
    zone.wait_for(timeout=30_000)
    texts = zone.evaluate(DROPZONE_TEXT)
    assert sorted(texts["shown"]) == sorted(["拖放文件到此处，或点击“选择文件”", "选择文件"]), texts
    assert not any(word in " ".join(texts["shown"]) for word in ("Upload", "Browse", "Drag", "MB"))
    # Streamlit's own (hidden) line names the limit it enforces: the same 20 MB the page states.
    assert "20MB per file" in texts["hidden"], texts["hidden"]
    screenshot(page, f"uploader{path.replace('/', '-')}")


def test_a_file_over_the_limit_is_refused_in_chinese(writable_server, page, tmp_path):
    """Streamlit refuses a file over server.maxUploadSize in the browser, with a red icon and an
    English tooltip; the page says why in Chinese, with the same limit, and reads nothing."""
    open_signed_in(page, writable_server["base"], "/plan-import")
    big = tmp_path / "整改方案.txt"
    big.write_bytes("整改".encode() * (7 * 1024 * 1024 // 2))  # 21 MB
    page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(str(big))
    chip = page.locator("[data-testid='stFileChip'][aria-invalid='true']")
    chip.wait_for(timeout=30_000)
    reason = chip.evaluate("c => getComputedStyle(c.children[1], '::after').content")
    assert reason == '"未上传：单个文件不超过 20 MB，且须为所列格式"'
    wait_until_idle(page)
    assert_no_error_box(page)
    assert page.get_by_text("请上传方案文件").count() == 1  # the page still waits for a file
    screenshot(page, "uploader-too-large")
