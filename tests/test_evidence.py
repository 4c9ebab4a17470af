"""Evidence files (佐证材料, issue 16): checks, storage, region-limited reading.

Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL; the files go to the test's own
folder (conftest `_evidence_folder`).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from PIL import ExifTags, Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_access import evidence as reads
from data_access.access import AccessDenied, Viewer, command_line, visitor
from data_access.audit_queries import finding_audit_trail
from data_access.blobstore import LocalBlobStore, sha256_key
from data_access.commands.evidence import (
    EvidenceError,
    EvidenceUpload,
    add_evidence,
    evidence_store,
    remove_evidence,
)
from data_access.models import AuditEntry, Evidence, Measure, ProgressReport
from tests import evidence_files as files
from tests.fixture_data import TODAY

BAOJING = "433125"
XIANGTAN = "430300"
OFFICE = command_line("整改办测试")
BAOJING_EDITOR = Viewer("baojing", "保靖填报员", "county_editor", BAOJING, "保靖县", user_id=90)
XIANGTAN_EDITOR = Viewer("xiangtan", "湘潭整改办", "office", XIANGTAN, "湘潭市", user_id=91)


def add(engine, finding_id, name, content, user=OFFICE, **details):
    return add_evidence(
        engine,
        finding_id=finding_id,
        upload=EvidenceUpload(name=name, content=content, **details),
        user=user,
        today=TODAY,
    )


def stored_blobs(engine) -> list[str]:
    return list(evidence_store(engine).keys())


def evidence_rows(engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Evidence))


# --- what is stored -----------------------------------------------------------------------------


def test_a_photo_is_stored_re_encoded_with_only_its_date_and_position(engine, fixture_ids, tmp_path):
    content = files.photo(taken=datetime(2026, 10, 5, 9, 30), gps=files.SHAOSHAN)
    added = add(engine, fixture_ids["B5"], "IMG_0001.JPG", content, caption="整改后现场", phase="after")
    assert added.kind == "photo" and "已读取拍摄位置" in added.note

    with Session(engine) as session:
        row = session.get(Evidence, added.id)
    assert (row.taken_on, row.phase, row.caption, row.uploaded_by) == (
        date(2026, 10, 5),
        "after",
        "整改后现场",
        "整改办测试",
    )
    assert row.lat == pytest.approx(files.SHAOSHAN[0], abs=1e-4)
    assert row.lon == pytest.approx(files.SHAOSHAN[1], abs=1e-4)
    # Content-addressed, on the disk under the test's folder, not in the database.
    blob = Path(tmp_path / "evidence" / row.sha256[:2] / row.sha256[2:4] / row.sha256)
    assert blob.read_bytes() != content and sha256_key(blob.read_bytes()) == row.sha256
    assert row.size == blob.stat().st_size

    stored = Image.open(io.BytesIO(blob.read_bytes()))
    exif = stored.getexif()
    assert set(exif) == {ExifTags.Base.ExifOffset, ExifTags.Base.GPSInfo}  # no make, model, artist
    assert dict(exif.get_ifd(ExifTags.IFD.Exif)) == {ExifTags.Base.DateTimeOriginal: "2026:10:05 09:30:00"}
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert set(gps) == {1, 2, 3, 4}  # latitude and longitude with their N/E; no altitude
    assert b"secret-software" not in blob.read_bytes() and b"SN-123456" not in blob.read_bytes()

    thumbnail = reads.load_evidence_file(engine, OFFICE, added.id, thumbnail=True)
    assert Image.open(io.BytesIO(thumbnail.content)).size == (320, 240)


def test_the_same_file_twice_is_stored_once(engine, fixture_ids):
    content = files.photo("blue")
    first = add(engine, fixture_ids["B5"], "a.jpg", content)
    second = add(engine, fixture_ids["B1"], "b.jpg", content)
    with Session(engine) as session:
        rows = session.scalars(select(Evidence).order_by(Evidence.id)).all()
    assert [r.id for r in rows] == [first.id, second.id]
    assert rows[0].sha256 == rows[1].sha256
    assert len(stored_blobs(engine)) == 2  # the photo and its thumbnail, once each


def test_documents_keep_their_bytes_and_get_the_extension_of_their_content(engine, fixture_ids):
    pdf = files.pdf()
    added = add(engine, fixture_ids["B5"], "验收报告.jpg", pdf, attached_to="closure")
    loaded = reads.load_evidence_file(engine, OFFICE, added.id)
    assert (loaded.name, loaded.mime, loaded.content) == ("验收报告.pdf", "application/pdf", pdf)
    assert reads.load_evidence_file(engine, OFFICE, added.id, thumbnail=True) is not None  # page 1
    word = add(engine, fixture_ids["B5"], "报告.docx", files.word(), attached_to="closure")
    sheet = add(engine, fixture_ids["B5"], "检测.xlsx", files.excel(), attached_to="closure")
    assert (word.kind, sheet.kind) == ("word", "excel")


# --- refusals: a Chinese message naming the file, nothing stored ------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("现场.jpg", b"MZ\x90\x00" + bytes(2000), "按文件内容识别"),
        ("炸弹.png", files.bomb_png(), "解压炸弹"),
        ("报告.pdf", files.corrupt_pdf(), "不是完整的 PDF"),
        ("旧.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧版 Office"),
        ("空.jpg", b"", "空文件"),
        ("截断.jpg", files.photo()[:400], "无法作为图片打开"),
        ("坏.docx", b"PK\x03\x04" + bytes(300), "压缩结构损坏"),
    ],
)
def test_a_bad_file_is_refused_by_name_and_leaves_nothing(engine, fixture_ids, name, content, expected):
    with pytest.raises(EvidenceError) as refusal:
        add(engine, fixture_ids["B5"], name, content)
    assert f"文件“{name}”" in str(refusal.value) and expected in str(refusal.value)
    assert "未保存" in str(refusal.value)
    assert evidence_rows(engine) == 0 and stored_blobs(engine) == []


def test_size_limits_per_file_and_per_finding(engine, fixture_ids, monkeypatch):
    monkeypatch.setenv("DASHBOARD_EVIDENCE_MAX_FILE_MB", "0.01")  # about 10 KB
    big = files.pdf("x" * 10) + bytes(20_000)
    with pytest.raises(EvidenceError, match="超过单个文件上限"):
        add(engine, fixture_ids["B5"], "大.pdf", big)
    monkeypatch.setenv("DASHBOARD_EVIDENCE_MAX_FILE_MB", "20")
    first = files.pdf("first")
    monkeypatch.setenv("DASHBOARD_EVIDENCE_MAX_FINDING_MB", str(1.5 * len(first) / 1024 / 1024))
    add(engine, fixture_ids["B5"], "一.pdf", first)
    before = stored_blobs(engine)
    with pytest.raises(EvidenceError) as refusal:
        add(engine, fixture_ids["B5"], "二.pdf", files.pdf("second, another file"))
    assert "文件“二.pdf”未保存" in str(refusal.value) and "每个问题" in str(refusal.value)
    assert evidence_rows(engine) == 1 and stored_blobs(engine) == before  # the second blob is gone
    add(engine, fixture_ids["B1"], "二.pdf", files.pdf("second, another file"))  # another finding: fine


def test_a_failed_transaction_removes_the_blob_it_added(engine, fixture_ids, monkeypatch):
    from data_access.commands import evidence as command

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(command, "record_change", broken)  # fails after the blobs were put
    with pytest.raises(RuntimeError):
        add(engine, fixture_ids["B5"], "a.jpg", files.photo())
    assert evidence_rows(engine) == 0 and stored_blobs(engine) == []


def test_a_photo_position_far_from_the_finding_is_not_kept(engine, fixture_ids):
    # A photo taken in 保靖县 attached to a 湘潭县 finding: the position is dropped, with the reason.
    added = add(engine, fixture_ids["B4"], "a.jpg", files.photo(gps=files.BAOJING_POINT))
    with Session(engine) as session:
        row = session.get(Evidence, added.id)
    assert (row.lat, row.lon) == (None, None)
    assert "位置未采用" in added.note and "湘潭县" in added.note


def test_attachment_must_belong_to_the_finding(engine, fixture_ids):
    with Session(engine) as session:
        other_report = session.scalar(
            select(ProgressReport.id).where(ProgressReport.finding_id == fixture_ids["A5"]).limit(1)
        )
        own_measure = session.scalar(select(Measure.id).where(Measure.finding_id == fixture_ids["B5"]))
    with pytest.raises(EvidenceError, match="不属于该问题"):
        add(engine, fixture_ids["B5"], "a.jpg", files.photo(), attached_to="report", attached_id=other_report)
    with pytest.raises(EvidenceError, match="请选择该材料所属的整改措施"):
        add(engine, fixture_ids["B5"], "a.jpg", files.photo(), attached_to="measure")
    added = add(
        engine, fixture_ids["B5"], "a.jpg", files.photo(), attached_to="measure", attached_id=own_measure
    )
    listed = reads.list_evidence(engine, fixture_ids["B5"], scope_code=None)
    assert listed.loc[listed["id"] == added.id, "attached_label"].item() == "整改措施1"
    assert evidence_rows(engine) == 1


# --- who may add, see and fetch ------------------------------------------------------------------


def test_rights_and_region_on_upload(engine, fixture_ids):
    with pytest.raises(AccessDenied, match="请先登录"):
        add(engine, fixture_ids["A1"], "a.jpg", files.photo(), user=visitor())
    with pytest.raises(AccessDenied, match="不在您的管辖范围"):
        add(engine, fixture_ids["B5"], "a.jpg", files.photo(), user=BAOJING_EDITOR)
    assert evidence_rows(engine) == 0 and stored_blobs(engine) == []
    add(engine, fixture_ids["A1"], "a.jpg", files.photo(), user=BAOJING_EDITOR)
    assert evidence_rows(engine) == 1


def test_a_county_user_cannot_fetch_another_regions_files_by_guessing_ids(engine, fixture_ids):
    own = add(engine, fixture_ids["A1"], "保靖.jpg", files.photo("red"), user=BAOJING_EDITOR)
    other = add(engine, fixture_ids["B5"], "湘潭.jpg", files.photo("blue"), attached_to="closure")
    removed = add(engine, fixture_ids["A2"], "删.jpg", files.photo("yellow"), user=BAOJING_EDITOR)
    remove_evidence(engine, evidence_id=removed.id, user=BAOJING_EDITOR)

    assert reads.load_evidence_file(engine, BAOJING_EDITOR, own.id).name == "保靖.jpg"
    # Every id from 1 to well past the last: only its own, not removed, file comes back.
    fetched = {
        i
        for i in range(1, other.id + 50)
        for thumb in (False, True)
        if reads.load_evidence_file(engine, BAOJING_EDITOR, i, thumbnail=thumb) is not None
    }
    assert fetched == {own.id}
    assert reads.evidence_files_for_closure(engine, BAOJING_EDITOR, fixture_ids["B5"]) == []
    assert reads.list_evidence(engine, fixture_ids["B5"], scope_code=BAOJING).empty
    # The office of 湘潭市 and the whole office see theirs.
    assert reads.load_evidence_file(engine, XIANGTAN_EDITOR, other.id).name == "湘潭.jpg"
    assert reads.load_evidence_file(engine, XIANGTAN_EDITOR, own.id) is None
    pack = reads.evidence_files_for_closure(engine, OFFICE, fixture_ids["B5"])
    assert [name for name, _ in pack] == ["湘潭.jpg"]
    # Nor can a county user remove another region's file (the same answer as for a missing one).
    with pytest.raises(EvidenceError, match="没有编号为"):
        remove_evidence(engine, evidence_id=other.id, user=BAOJING_EDITOR)


def test_removal_keeps_the_record_and_the_trail(engine, fixture_ids):
    added = add(engine, fixture_ids["B5"], "a.pdf", files.pdf(), attached_to="closure")
    note = remove_evidence(engine, evidence_id=added.id, user=OFFICE)
    assert note == "已删除佐证材料“a.pdf”。"
    assert reads.list_evidence(engine, fixture_ids["B5"], scope_code=None).empty
    assert reads.load_evidence_file(engine, OFFICE, added.id) is None
    trail = finding_audit_trail(engine, finding_id=fixture_ids["B5"])
    assert list(trail["summary"][:2]) == ["删除佐证材料“a.pdf”", "上传佐证材料“a.pdf”（PDF，附于销号申请）"]
    assert set(trail["entity_label"][:2]) == {"佐证材料"}
    with Session(engine) as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "evidence")
            )
            == 2
        )
    with pytest.raises(EvidenceError):
        remove_evidence(engine, evidence_id=added.id, user=OFFICE)


def test_lists_for_the_bulletin_and_the_closure_pack(engine, fixture_ids):
    add(engine, fixture_ids["B5"], "后.jpg", files.photo(taken=datetime(2026, 10, 5, 8, 0)), phase="after")
    add(
        engine,
        fixture_ids["B5"],
        "前.jpg",
        files.photo("grey", taken=datetime(2026, 3, 1, 8, 0)),
        phase="before",
    )
    report = files.pdf()  # once: Pillow writes the time into a PDF
    add(engine, fixture_ids["A1"], "报告.pdf", report, attached_to="closure")
    add(engine, fixture_ids["A1"], "报告.pdf", files.pdf("another"), attached_to="closure")
    listed = reads.evidence_for_findings(engine, None, scope_code=None)
    # By batch name (B's 湘潭 batch sorts before A's 保靖 batch here), finding, date taken.
    batches = listed.groupby("batch_name", sort=False)["original_name"].apply(list).to_dict()
    assert sorted(batches.values()) == [["前.jpg", "后.jpg"], ["报告.pdf", "报告.pdf"]]
    assert list(reads.evidence_for_findings(engine, [fixture_ids["B5"]], scope_code=None)["taken_on"]) == [
        date(2026, 3, 1),
        date(2026, 10, 5),
    ]
    assert reads.evidence_for_findings(engine, None, scope_code=BAOJING)["original_name"].tolist() == [
        "报告.pdf",
        "报告.pdf",
    ]
    pack = reads.evidence_files_for_closure(engine, OFFICE, fixture_ids["A1"])
    assert [name for name, _ in pack] == ["报告.pdf", "报告（2）.pdf"]
    archive = zipfile.ZipFile(io.BytesIO(reads.evidence_zip(pack)))
    assert archive.namelist() == ["佐证材料/报告.pdf", "佐证材料/报告（2）.pdf"]
    assert archive.read("佐证材料/报告.pdf") == report


def test_a_missing_blob_reads_as_missing_not_a_crash(engine, fixture_ids, tmp_path):
    added = add(engine, fixture_ids["B5"], "a.pdf", files.pdf())
    for path in (tmp_path / "evidence").rglob("*"):
        if path.is_file():
            path.unlink()
    assert reads.load_evidence_file(engine, OFFICE, added.id) is None


def test_local_store_refuses_keys_that_are_not_digests(tmp_path):
    store = LocalBlobStore(tmp_path)
    with pytest.raises(ValueError):
        store.get("../../etc/passwd")
    key, new = store.put(b"abc")
    assert (key, new) == (sha256_key(b"abc"), True)
    assert store.put(b"abc") == (key, False)
    assert list(store.keys()) == [key] and store.get(key) == b"abc"


def test_the_store_check_finds_missing_files_and_orphans(engine, fixture_ids, tmp_path):
    added = add(engine, fixture_ids["B5"], "a.pdf", files.pdf())
    store = evidence_store(engine)
    assert reads.check_store(engine, store) == reads.StoreCheck(1, [], [])
    orphan, _ = store.put(b"left by a crash")
    with Session(engine) as session:
        key = session.get(Evidence, added.id).sha256
    store.delete(key)
    result = reads.check_store(engine, store)
    assert (result.missing, result.orphans) == ([(added.id, "a.pdf", key)], [orphan])


def test_photo_positions_are_points_of_the_finding_on_its_map(engine, fixture_ids):
    from charts.finding import sites_deck

    b5 = fixture_ids["B5"]
    add(engine, b5, "a.jpg", files.photo(gps=files.SHAOSHAN, taken=datetime(2026, 10, 5, 9)), caption="坝体")
    add(engine, b5, "b.jpg", files.photo("red"))  # no position: not on the map
    photos = reads.list_evidence(engine, b5, scope_code=None)
    sites = pd.DataFrame(columns=["name", "site_type", "status", "lon", "lat"])
    deck = sites_deck(sites, photos)
    assert [layer.id for layer in deck.layers] == ["photos"]
    points = deck.layers[0].data
    assert [[p["name"], p["type_label"], p["status"]] for p in points] == [
        ["坝体", "照片拍摄位置", "2026年10月5日"]
    ]
    assert points[0]["lat"] == pytest.approx(files.SHAOSHAN[0], abs=1e-4)
    assert sites_deck(sites, photos.iloc[1:]) is None
    assert reads.evidence_points(engine, scope_code="433125").empty
    assert reads.evidence_points(engine, scope_code="430300")["original_name"].tolist() == ["a.jpg"]


def test_the_ledger_export_lists_the_evidence_of_its_findings_and_imports_unchanged(engine, fixture_ids):
    from openpyxl import load_workbook

    from data_access.ledger import export_ledger, preview_import
    from data_access.metrics import FindingFilters
    from tests.ledger_files import sheet_rows

    add(
        engine,
        fixture_ids["A1"],
        "=HYPERLINK(1).jpg",
        files.photo(taken=datetime(2026, 9, 1, 8)),
        phase="before",
    )
    add(engine, fixture_ids["B5"], "湘潭.pdf", files.pdf(), attached_to="closure", caption="验收")
    county = Viewer("baojing", "保靖填报员", "county_editor", BAOJING, "保靖县", user_id=90)
    data = export_ledger(engine, filters=FindingFilters(), today=TODAY, user=county)
    rows = sheet_rows(data, "佐证材料清单")
    assert rows[0][:4] == ("督察批次", "问题序号", "问题", "文件名")
    assert [r[3:7] for r in rows[1:]] == [("=HYPERLINK(1).jpg", "照片", datetime(2026, 9, 1), "整改前")]
    cell = load_workbook(io.BytesIO(data))["佐证材料清单"]["D2"]
    assert cell.data_type == "s"  # a name like a formula stays text
    everything = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    names = sorted(r[3] for r in sheet_rows(everything, "佐证材料清单")[1:])
    assert names == ["=HYPERLINK(1).jpg", "湘潭.pdf"]
    plan = preview_import(engine, data=everything, filename="台账.xlsx", today=TODAY)
    assert plan.ok and plan.added == plan.changed == 0


def test_the_bulletin_lists_the_months_evidence_in_its_workbook(engine, fixture_ids):
    from openpyxl import load_workbook

    from data_access.dispatch import monthly_dispatch
    from data_access.metrics import FindingFilters
    from reports.bulletin import make_bulletin
    from reports.excel import bulletin_xlsx

    def upload(finding, name, when, **details):
        return add_evidence(
            engine,
            finding_id=fixture_ids[finding],
            upload=EvidenceUpload(name=name, content=files.photo(name), **details),
            user=OFFICE,
            today=TODAY,
            now=when,
        )

    upload("A1", "red", datetime(2026, 11, 10, 9), phase="after", taken_on=date(2026, 11, 9))
    upload("B5", "blue", datetime(2026, 11, 12, 9), attached_to="closure")
    upload("B5", "grey", datetime(2026, 10, 30, 9))  # last month: not in November's list
    dispatch = monthly_dispatch(engine, filters=FindingFilters(), month=date(2026, 11, 1), today=TODAY)
    bulletin = make_bulletin(dispatch, issued_on=TODAY)
    sheet = load_workbook(io.BytesIO(bulletin_xlsx(bulletin)))["佐证材料"]
    rows = [r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]]
    rows.sort(key=lambda r: r[1])  # the sheet follows the batch names' collation
    assert [(r[1], r[4], r[5], r[6], r[7], r[8]) for r in rows] == [
        ("测试问题A1", "red.jpg", "照片", datetime(2026, 11, 9), "整改后", "月度调度"),
        ("测试问题B5", "blue.jpg", "照片", None, None, "销号申请"),
    ]
    assert rows[0][10].endswith(f"/finding?finding={fixture_ids['A1']}")
    county = monthly_dispatch(
        engine,
        filters=FindingFilters(scope_code=BAOJING, region_code=BAOJING),
        month=date(2026, 11, 1),
        today=TODAY,
    )
    assert county.evidence["original_name"].tolist() == ["red.jpg"]


def test_an_iphone_heic_photo_becomes_a_jpeg_with_its_date_and_position(engine, fixture_ids):
    heic = files.photo(taken=datetime(2026, 8, 8, 8, 8), gps=files.SHAOSHAN, fmt="HEIF")
    assert heic[4:12] == b"ftypheic"
    added = add(engine, fixture_ids["B5"], "IMG_0420.HEIC", heic, phase="before")
    assert "HEIC 照片已转换为 JPEG" in added.note
    loaded = reads.load_evidence_file(engine, OFFICE, added.id)
    assert (loaded.name, loaded.mime, loaded.content[:3]) == ("IMG_0420.jpg", "image/jpeg", b"\xff\xd8\xff")
    with Session(engine) as session:
        row = session.get(Evidence, added.id)
    assert row.taken_on == date(2026, 8, 8) and row.lat == pytest.approx(files.SHAOSHAN[0], abs=1e-4)
    assert "TestPhone" not in loaded.content.decode("latin-1")
