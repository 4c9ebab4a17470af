"""Evidence on the pages (AppTest): the drill-down's section and upload form, the monthly
report's file picker, and a county user's view of another region's finding."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.access import command_line
from data_access.commands.evidence import EvidenceUpload, add_evidence
from data_access.models import Evidence, ProgressReport
from tests import evidence_files as files
from tests.app_helper import new_app
from tests.fixture_data import TODAY
from tests.test_reporting import fill_report, open_report_page
from tests.users_helper import sign_in

OFFICE = command_line("整改办测试")


def _add(engine, finding_id, name, content, **details):
    return add_evidence(
        engine,
        finding_id=finding_id,
        upload=EvidenceUpload(name=name, content=content, **details),
        user=OFFICE,
        today=TODAY,
    )


def _finding_page(finding_id: int, role="office", region=None, username=None):
    at = new_app()
    sign_in(at, role, region, username=username)
    at.query_params["finding"] = str(finding_id)
    at.run()
    at.switch_page("pages/finding.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_drill_down_shows_the_pair_the_photos_and_the_documents(app_env, engine):
    b5 = app_env["B5"]
    _add(
        engine,
        b5,
        "前.jpg",
        files.photo("grey", taken=datetime(2026, 3, 1, 9)),
        phase="before",
        caption="堆场",
    )
    _add(
        engine,
        b5,
        "后.jpg",
        files.photo("green", taken=datetime(2026, 10, 1, 9)),
        phase="after",
        caption="复绿",
    )
    _add(engine, b5, "验收报告.pdf", files.pdf(), attached_to="closure", caption="验收意见")
    at = _finding_page(b5)
    assert "佐证材料（3份）" in [h.value for h in at.subheader]
    assert any(m.value == "**整改前后对比**" for m in at.markdown)
    assert any(m.value == "**照片（2张）**" for m in at.markdown)
    document = next(m.value for m in at.markdown if "验收报告.pdf" in m.value)
    assert "PDF" in document and "销号申请" in document and "验收意见" in document
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("原图") == 2 and "下载" in labels
    assert "下载销号材料包（登记表和附件1份，.zip）" in labels


def test_an_upload_in_the_drill_down_is_stored_and_a_bad_one_named(app_env, engine):
    b5 = app_env["B5"]
    at = _finding_page(b5)
    at.get("file_uploader")[0].set_value(
        [
            ("现场.jpg", files.photo(taken=datetime(2026, 11, 1, 10)), "image/jpeg"),
            ("假.jpg", b"MZ" + bytes(900), "image/jpeg"),
        ]
    )
    at.text_input(key="evidence_caption").input("现场复查")
    at.button(key="FormSubmitter:evidence_upload-上传").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value.startswith("已上传“现场.jpg”。照片已重新编码")
    assert at.error[0].value.startswith("文件“假.jpg”的内容不是照片")
    assert "佐证材料（1份）" in [h.value for h in at.subheader]
    with Session(engine) as session:
        row = session.scalar(select(Evidence))
        assert (row.original_name, row.caption, str(row.taken_on)) == ("现场.jpg", "现场复查", "2026-11-01")


def test_a_county_user_gets_nothing_of_another_regions_finding(app_env, engine):
    _add(engine, app_env["B5"], "湘潭.jpg", files.photo())
    at = _finding_page(app_env["B5"], "county_editor", "433125", username="baojing-page")
    assert at.error[0].value.startswith(f"没有编号为 {app_env['B5']} 的问题")
    assert not [h for h in at.subheader if h.value.startswith("佐证材料")]
    assert not list(at.get("download_button"))


def test_a_monthly_report_carries_its_files(app_env, engine):
    a1 = app_env["A1"]
    at = open_report_page("县发改局", "A1", app_env)
    at.get("file_uploader")[0].set_value(("进展.pdf", files.pdf("progress"), "application/pdf"))
    fill_report(at, a1, "已完成场地排查")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["已保存2026年11月调度。", "已上传“进展.pdf”。"]
    with Session(engine) as session:
        report = session.scalar(select(ProgressReport).where(ProgressReport.finding_id == a1))
        row = session.scalar(select(Evidence).where(Evidence.finding_id == a1))
        assert (row.attached_to, row.attached_id, row.kind) == ("report", report.id, "pdf")


def test_the_closure_pack_holds_the_form_and_the_attachments(app_env, engine, database_url):
    import io
    import zipfile
    from datetime import date

    from docx import Document

    from data_access.commands.closure_chain import submit_application
    from data_access.users import active_viewer
    from tests.users_helper import make_user
    from ui.loaders.evidence import evidence_pack

    a1 = app_env["A1"]
    editor = active_viewer(engine, make_user(engine, "baojing-pack", "county_editor", "433125"))
    _add(engine, a1, "验收报告.pdf", files.pdf(), attached_to="closure")
    only_files = zipfile.ZipFile(io.BytesIO(evidence_pack(database_url, editor, a1)))
    assert only_files.namelist() == ["佐证材料/验收报告.pdf"]  # no application yet: no form
    submit_application(
        engine,
        finding_id=a1,
        user=editor,
        implementing_body="保靖县人民政府",
        completion_narrative="河道垃圾已清运，岸坡复绿。",
        submitted_on=date(2026, 11, 2),
        today=TODAY,
    )
    pack = zipfile.ZipFile(io.BytesIO(evidence_pack(database_url, editor, a1)))
    assert pack.namelist() == [f"整改验收销号登记表-{a1}.docx", "佐证材料/验收报告.pdf"]
    form = Document(io.BytesIO(pack.read(f"整改验收销号登记表-{a1}.docx")))
    cells = {cell.text for table in form.tables for row in table.rows for cell in row.cells}
    assert any("河道垃圾已清运" in text for text in cells)
    # Another region's user gets an empty pack, not the form or the files.
    other = active_viewer(engine, make_user(engine, "xiangtan-pack", "office", "430300"))
    assert zipfile.ZipFile(io.BytesIO(evidence_pack(database_url, other, a1))).namelist() == []


def test_the_sign_off_records_the_closure_files_each_step_saw(app_env, engine):
    import json

    from data_access.models import ClosureApplication, ClosureReview
    from tests.test_sign_off_page import open_page, submit_a1

    a1 = app_env["A1"]
    first = _add(engine, a1, "验收报告.pdf", files.pdf(), attached_to="closure")
    _add(engine, a1, "现场.jpg", files.photo(), attached_to="report")  # not a closure file
    submit_a1(app_env)
    with Session(engine) as session:
        application = session.scalars(select(ClosureApplication)).one()
    second = _add(engine, a1, "检测.xlsx", files.excel(), attached_to="closure")
    leader = open_page("leader", "433125", "bj_leader", query={"application": str(application.id)})
    shown = next(m.value for m in leader.markdown if m.value.startswith("**佐证材料（2份）：**"))
    assert "验收报告.pdf、检测.xlsx" in shown and f"finding?finding={a1}" in shown
    key = f"_{application.id}_county_head_under_review"
    next(w for w in leader.text_area if w.label == "意见（退回时写明原因）").input("同意。")
    leader.button(key=f"FormSubmitter:review{key}-提交审核意见").click().run()
    assert not leader.exception, [e.value for e in leader.exception]
    with Session(engine) as session:
        seen = dict(session.execute(select(ClosureReview.step, ClosureReview.seen_evidence)).all())
    assert json.loads(seen["apply"]) == [first.id]  # submitted before the workbook was added
    assert json.loads(seen["county_head"]) == sorted([first.id, second.id])
