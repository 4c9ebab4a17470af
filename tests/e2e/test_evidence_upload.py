"""Evidence in a real browser: a county user uploads a photo in the drill-down and sees its
thumbnail; a file that is not what its name says is refused with a Chinese message."""

from __future__ import annotations

import io
from datetime import datetime

from PIL import Image
from sqlalchemy import text

from data_access.db import get_engine
from data_access.users import DEMO_PASSWORD
from tests import evidence_files as files
from tests.e2e.conftest import assert_no_error_box, open_page, screenshot, sign_in_on_page, wait_until_idle

BAOJING = "433125"


def _first_baojing_finding(database_url: str) -> tuple[int, int]:
    with get_engine(database_url).connect() as connection:
        finding_id = connection.execute(
            text("SELECT MIN(id) FROM findings WHERE county_code = :c"), {"c": BAOJING}
        ).scalar()
        count = connection.execute(
            text("SELECT COUNT(*) FROM evidence WHERE finding_id = :f AND removed_at IS NULL"),
            {"f": finding_id},
        ).scalar()
    return finding_id, count


def _upload(page, path, caption: str) -> None:
    main = page.locator("[data-testid='stMain']")
    main.get_by_text("上传佐证材料", exact=True).click()
    main.locator("input[type='file']").set_input_files(str(path))
    page.wait_for_timeout(1000)  # the file goes to the server before the form is sent
    main.get_by_label("说明").fill(caption)
    main.get_by_role("button", name="上传", exact=True).click()
    page.wait_for_timeout(500)
    wait_until_idle(page)


def test_a_county_user_uploads_a_photo_and_sees_its_thumbnail(server, page, tmp_path):
    finding_id, before = _first_baojing_finding(server["database_url"])
    open_page(page, server["base"], "/sign-in")
    sign_in_on_page(page, "baojing", DEMO_PASSWORD)
    open_page(page, server["base"], f"/finding?finding={finding_id}")
    assert_no_error_box(page)
    assert page.get_by_text(f"佐证材料（{before}份）").count() == 1
    # The demonstration data hold a before/after pair for this finding.
    assert page.get_by_text("整改前后对比").count() == 1

    photo = tmp_path / "浏览器现场照片.jpg"
    photo.write_bytes(files.photo("purple", size=(1200, 900), taken=datetime(2026, 11, 2, 15, 0)))
    _upload(page, photo, "浏览器上传的整改后照片")
    assert_no_error_box(page)
    assert page.get_by_text("已上传“浏览器现场照片.jpg”").count() == 1
    assert page.get_by_text(f"佐证材料（{before + 1}份）").count() == 1

    with get_engine(server["database_url"]).connect() as connection:
        row = connection.execute(
            text(
                "SELECT id, uploaded_by, taken_on, caption FROM evidence "
                "WHERE finding_id = :f ORDER BY id DESC LIMIT 1"
            ),
            {"f": finding_id},
        ).one()
    assert "baojing" in row.uploaded_by and str(row.taken_on) == "2026-11-02"
    # The thumbnail is on the page under its caption: 320 × 240 pixels, purple.
    figure = page.locator("[data-testid='stImage']").filter(has_text="浏览器上传的整改后照片")
    assert figure.count() == 1
    image = figure.locator("img")
    assert image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [320, 240]
    served = page.request.get(image.get_attribute("src")).body()
    red, green, blue = Image.open(io.BytesIO(served)).convert("RGB").getpixel((160, 200))
    assert red > 100 and blue > 100 and green < 40  # purple, not another region's picture
    screenshot(page, "finding-evidence-upload-1920")
    page.get_by_text("整改前后对比").scroll_into_view_if_needed()
    screenshot(page, "finding-evidence-1920")


def test_a_file_that_is_not_what_its_name_says_is_refused(server, page, tmp_path):
    finding_id, before = _first_baojing_finding(server["database_url"])
    open_page(page, server["base"], "/sign-in")
    sign_in_on_page(page, "baojing", DEMO_PASSWORD)
    open_page(page, server["base"], f"/finding?finding={finding_id}")
    fake = tmp_path / "伪装.jpg"
    fake.write_bytes(b"MZ\x90\x00" + bytes(4000))
    _upload(page, fake, "不应保存")
    alert = page.locator("[data-testid='stAlertContentError']")
    assert "文件“伪装.jpg”的内容不是照片" in alert.first.inner_text()
    _, after = _first_baojing_finding(server["database_url"])
    assert after == before
    assert page.get_by_text(f"佐证材料（{before}份）").count() == 1
