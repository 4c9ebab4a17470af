"""The closure sign-off chain (销号审核): every step by the right role and region, returns,
refusals that write nothing, the finding's status following the chain, work lists and the
overview / dispatch counts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.state import DEFAULT_CHAIN, ChainError, chain_move, check_chain
from data_access import closure_chain as chain_reads
from data_access.access import AccessDenied, Viewer, command_line
from data_access.commands.closure_chain import (
    ChainInputError,
    review_step,
    set_batch_chain,
    start_notice,
    submit_application,
    withdraw_application,
)
from data_access.commands.reporting import ClosureForm, ReportingError, save_closure_record
from data_access.metrics import FindingFilters
from data_access.models import (
    AuditEntry,
    ClosureApplication,
    ClosureRecord,
    ClosureReview,
    Finding,
    StatusEvent,
)
from tests.fixture_data import TODAY
from tests.users_helper import make_user

NOV3 = date(2026, 11, 3)
NAMES = {"433125": "保靖县", "433100": "湘西州", "430300": "湘潭市", "430000": "湖南省", "430321": "湘潭县"}


def person(engine, username: str, role: str, region: str | None) -> Viewer:
    user_id = make_user(engine, username, role, region)
    return Viewer(
        username=username,
        display_name=f"{username}测试",
        role=role,
        region_code=region,
        region_name=NAMES.get(region or ""),
        user_id=user_id,
    )


@pytest.fixture
def people(engine, fixture_ids):
    return {
        "editor": person(engine, "bj_editor", "county_editor", "433125"),
        "leader": person(engine, "bj_leader", "leader", "433125"),
        "county_office": person(engine, "bj_office", "office", "433125"),
        "city": person(engine, "xx_office", "office", "433100"),
        "city_leader": person(engine, "xx_leader", "leader", "433100"),
        "province_office": person(engine, "hn_office", "office", "430000"),
        "national_office": person(engine, "cn_office", "office", None),
        "other_editor": person(engine, "xt_editor", "county_editor", "430321"),
        "other_city_office": person(engine, "xt_office", "office", "430300"),
        "analyst": person(engine, "an", "analyst", None),
    }


def status_of(engine, finding_id: int) -> str:
    with Session(engine) as session:
        return session.get(Finding, finding_id).status


def submit(engine, finding_id: int, user: Viewer, on: date = date(2026, 11, 2)):
    return submit_application(
        engine,
        finding_id=finding_id,
        user=user,
        implementing_body="保靖县人民政府",
        completion_narrative="完成19个优先监管地块管控，6座尾矿库周边水质检测达标。",
        submitted_on=on,
        today=TODAY,
        seen_evidence=[3, 1],
    )


def approve(engine, result, user: Viewer, opinion: str, on: date, **extra):
    return review_step(
        engine,
        application_id=result.application_id,
        user=user,
        decision="approve",
        opinion=opinion,
        decided_on=on,
        today=TODAY,
        expected_step=result.current_step,
        **extra,
    )


def counts(engine, table) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(table))


# --- the pure rules ---------------------------------------------------------------------------------


def test_chain_rules_are_pure_and_refuse_what_the_chain_does_not_allow():
    assert check_chain(DEFAULT_CHAIN) == DEFAULT_CHAIN
    with pytest.raises(ChainError, match="第一步"):
        check_chain(["county_head", "city_filing"])
    with pytest.raises(ChainError, match="顺序"):
        check_chain(["apply", "city_filing", "county_head"])
    move = chain_move(DEFAULT_CHAIN, None, None, "submit", finding_status="in_progress")
    assert (move.state, move.current_step, move.finding_status) == (
        "under_review",
        "county_head",
        "completed",
    )
    assert chain_move(DEFAULT_CHAIN, None, None, "submit", finding_status="completed").finding_status is None
    with pytest.raises(ChainError, match="请先发布公示"):
        chain_move(DEFAULT_CHAIN, "under_review", "notice", "approve", finding_status="completed")
    last = chain_move(DEFAULT_CHAIN, "under_review", "city_filing", "approve", finding_status="completed")
    assert (last.state, last.current_step, last.finding_status) == ("closed", None, "closed")
    back = chain_move(
        DEFAULT_CHAIN,
        "under_review",
        "acceptance",
        "return",
        finding_status="completed",
        status_before="reopened",
    )
    assert (back.state, back.current_step, back.finding_status) == ("returned", "apply", "reopened")


# --- the whole chain ----------------------------------------------------------------------------------


def test_the_whole_default_chain_by_each_role_and_region_closes_the_finding(engine, fixture_ids, people):
    a1 = fixture_ids["A1"]
    assert status_of(engine, a1) == "in_progress"
    result = submit(engine, a1, people["editor"])
    assert (result.state, result.current_step) == ("under_review", "county_head")
    assert status_of(engine, a1) == "completed"  # completed while under review

    result = approve(engine, result, people["leader"], "同意申请销号。", date(2026, 11, 4))
    assert result.current_step == "acceptance"
    result = approve(engine, result, people["city"], "经现场验收，整改到位，同意销号。", date(2026, 11, 6))
    assert result.current_step == "notice" and result.state == "under_review"
    result = start_notice(
        engine,
        application_id=result.application_id,
        user=people["editor"],
        place="保靖县人民政府网站",
        start_on=date(2026, 11, 7),
        end_on=date(2026, 11, 13),
        today=TODAY,
    )
    assert result.state == "in_public_notice"
    assert status_of(engine, a1) == "completed"
    result = approve(engine, result, people["county_office"], "公示期满无异议。", date(2026, 11, 14))
    assert result.current_step == "city_lead"
    result = approve(engine, result, people["city_leader"], "同意。", date(2026, 11, 16))
    assert result.current_step == "city_filing"
    assert status_of(engine, a1) == "completed"  # not closed before the last step
    result = approve(engine, result, people["city"], "予以备案。", date(2026, 11, 18))
    assert (result.state, result.current_step, result.finding_status) == ("closed", None, "closed")

    with Session(engine) as session:
        finding = session.get(Finding, a1)
        assert (finding.status, finding.closed_on, finding.completed_on) == (
            "closed",
            date(2026, 11, 18),
            date(2026, 11, 2),
        )
        record = session.scalars(select(ClosureRecord).where(ClosureRecord.finding_id == a1)).one()
        assert record.county_head_opinion == "同意申请销号。"
        assert record.county_head_signer == "bj_leader测试"
        assert record.acceptance_signed_on == date(2026, 11, 6)
        assert (record.notice_place, record.notice_start, record.notice_end) == (
            "保靖县人民政府网站",
            date(2026, 11, 7),
            date(2026, 11, 13),
        )
        assert record.notice_objections == "公示期内未收到异议"
        assert (record.filing_opinion, record.filing_signed_on) == ("予以备案。", date(2026, 11, 18))
        reviews = session.scalars(select(ClosureReview).order_by(ClosureReview.id)).all()
        assert [(r.step, r.decision) for r in reviews] == [
            ("apply", "submit"),
            ("county_head", "approve"),
            ("acceptance", "approve"),
            ("notice", "notice_start"),
            ("notice", "approve"),
            ("city_lead", "approve"),
            ("city_filing", "approve"),
        ]
        assert [(r.role, r.region_code) for r in reviews][1:3] == [("leader", "433125"), ("office", "433100")]
        assert json.loads(reviews[0].seen_evidence) == [1, 3]
        # every step in the audit trail: who, the opinion, the files seen
        trail = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "closure_reviews").order_by(AuditEntry.id)
        ).all()
        assert len(trail) == 7
        assert trail[1].actor == "bj_leader测试（bj_leader）"
        assert "县级领导意见·同意：同意申请销号。" in trail[1].summary
        assert json.loads(trail[0].after_json)["seen_evidence"] == [1, 3]
        events = session.scalars(
            select(StatusEvent.to_status).where(StatusEvent.finding_id == a1).order_by(StatusEvent.id)
        ).all()
        assert events[-2:] == ["completed", "closed"]


def test_a_returned_application_goes_back_to_the_submitter_with_the_reason(engine, fixture_ids, people):
    a2 = fixture_ids["A2"]
    result = submit(engine, a2, people["editor"])
    result = approve(engine, result, people["leader"], "同意。", date(2026, 11, 3))
    returned = review_step(
        engine,
        application_id=result.application_id,
        user=people["city"],
        decision="return",
        opinion="现场仍有尾矿堆存，补充整改后再申请。",
        decided_on=date(2026, 11, 5),
        today=TODAY,
        expected_step="acceptance",
    )
    assert (returned.state, returned.current_step, returned.finding_status) == (
        "returned",
        "apply",
        "in_progress",
    )
    detail = chain_reads.application(engine, application_id=returned.application_id, viewer=people["editor"])
    assert detail["returned_reason"] == "现场仍有尾矿堆存，补充整改后再申请。"
    assert detail["may_resubmit"] and not detail["may_act"]
    assert chain_reads.work_counts(engine, viewer=people["editor"], today=TODAY)["returned"] == 1
    with Session(engine) as session:
        record = session.scalars(select(ClosureRecord).where(ClosureRecord.finding_id == a2)).one()
        assert record.county_head_opinion is None  # the returned round's opinions are not kept on the form
    # the reviewer cannot act any more; the submitter resubmits and it starts again
    with pytest.raises(ChainInputError, match="不在审核中"):
        approve(engine, returned, people["city"], "同意", date(2026, 11, 6))
    again = submit(engine, a2, people["editor"], on=date(2026, 11, 10))
    assert (again.application_id, again.state, again.current_step) == (
        returned.application_id,
        "under_review",
        "county_head",
    )
    assert status_of(engine, a2) == "completed"
    history = chain_reads.finding_applications(engine, finding_id=a2)
    assert [r["decision"] for r in history[0]["reviews"]] == ["submit", "approve", "return", "submit"]


def test_wrong_role_or_region_is_refused_in_chinese_and_nothing_is_written(engine, fixture_ids, people):
    a3 = fixture_ids["A3"]
    for user in (
        people["other_editor"],
        people["analyst"],
        people["leader"],
        people["national_office"],
    ):
        with pytest.raises(AccessDenied):
            submit(engine, a3, user)
    assert counts(engine, ClosureApplication) == 0
    assert status_of(engine, a3) == "in_progress"
    result = submit(engine, a3, people["editor"])
    before = (counts(engine, ClosureReview), counts(engine, AuditEntry))
    refusals = {
        "county_office": "保靖县的领导",  # an office may not sign the county head's opinion
        "city_leader": "保靖县的领导",  # a leader of the city, not of the county
        "other_city_office": "不在您的管辖范围",  # another city
        "editor": "保靖县的领导",
    }
    for who, message in refusals.items():
        with pytest.raises(AccessDenied, match=message) as refusal:
            approve(engine, result, people[who], "同意", date(2026, 11, 3))
        assert "未保存" in str(refusal.value) or "管辖范围" in str(refusal.value)
    assert (counts(engine, ClosureReview), counts(engine, AuditEntry)) == before
    with Session(engine) as session:
        assert session.get(ClosureApplication, result.application_id).current_step == "county_head"


def test_bad_input_and_stale_steps_are_refused_with_nothing_written(engine, fixture_ids, people):
    a4 = fixture_ids["A4"]
    with pytest.raises(ChainInputError, match="整改完成情况"):
        submit_application(
            engine,
            finding_id=a4,
            user=people["editor"],
            implementing_body="保靖县人民政府",
            completion_narrative="  ",
            submitted_on=TODAY,
            today=TODAY,
        )
    with pytest.raises(ChainInputError, match="晚于今天"):
        submit(engine, a4, people["editor"], on=TODAY + timedelta(days=1))
    result = submit(engine, a4, people["editor"])
    with pytest.raises(ChainInputError, match="重复提交"):
        submit(engine, a4, people["editor"])
    with pytest.raises(ChainInputError, match="上一环节"):
        approve(engine, result, people["leader"], "同意", date(2026, 11, 1))
    with pytest.raises(ChainInputError, match="退回原因"):
        review_step(
            engine,
            application_id=result.application_id,
            user=people["leader"],
            decision="return",
            opinion="",
            decided_on=TODAY,
            today=TODAY,
        )
    moved = approve(engine, result, people["leader"], "同意", date(2026, 11, 3))
    # a second reviewer who opened the county head's step before it was decided
    with pytest.raises(ChainInputError, match="已由他人处理"):
        approve(engine, result, people["city"], "同意", date(2026, 11, 4))
    moved = approve(engine, moved, people["city"], "同意", date(2026, 11, 4))
    with pytest.raises(ChainInputError, match="请先发布公示"):
        approve(engine, moved, people["editor"], "无异议", date(2026, 11, 5))
    with pytest.raises(ChainInputError, match="结束日期"):
        start_notice(
            engine,
            application_id=moved.application_id,
            user=people["editor"],
            place="县政府网站",
            start_on=date(2026, 11, 10),
            end_on=date(2026, 11, 5),
            today=TODAY,
        )
    started = start_notice(
        engine,
        application_id=moved.application_id,
        user=people["editor"],
        place="县政府网站",
        start_on=date(2026, 11, 20),
        end_on=date(2026, 11, 26),
        today=TODAY,
    )
    with pytest.raises(ChainInputError, match="期满后"):
        approve(engine, started, people["editor"], "无异议", TODAY)
    # the one-shot closure form is closed while the chain runs
    with Session(engine) as session:
        version = session.get(Finding, a4).version
    with pytest.raises(ReportingError, match="审核流程中"):
        save_closure_record(
            engine,
            finding_id=a4,
            version=version,
            form=ClosureForm(implementing_body="保靖县人民政府", applied_on=TODAY),
            user=command_line(),
            today=TODAY,
        )


def test_a_batch_chain_ending_with_the_provincial_filing_and_a_city_level_finding(
    engine, fixture_ids, people
):
    a5, b1 = fixture_ids["A5"], fixture_ids["B1"]
    with Session(engine) as session:
        batch_a = session.get(Finding, a5).batch_id
        batch_b = session.get(Finding, b1).batch_id
    with pytest.raises(AccessDenied):  # a county editor does not configure chains
        set_batch_chain(engine, batch_id=batch_a, steps=["apply", "city_filing"], user=people["editor"])
    with pytest.raises(ChainInputError, match="顺序"):
        set_batch_chain(
            engine, batch_id=batch_a, steps=["apply", "city_filing", "acceptance"], user=command_line()
        )
    set_batch_chain(
        engine,
        batch_id=batch_a,
        steps=["apply", "county_head", "acceptance", "city_filing", "province_filing"],
        user=command_line(),
    )
    result = submit(engine, a5, people["editor"])
    result = approve(engine, result, people["leader"], "同意", date(2026, 11, 3))
    result = approve(
        engine, result, people["county_office"], "验收合格", date(2026, 11, 4)
    )  # county office accepts too
    result = approve(engine, result, people["city"], "备案", date(2026, 11, 5))
    assert result.current_step == "province_filing" and status_of(engine, a5) == "completed"
    with pytest.raises(AccessDenied, match="湖南省的整改办"):
        approve(engine, result, people["city"], "备案", date(2026, 11, 6))
    done = approve(engine, result, people["national_office"], "省级备案", date(2026, 11, 6))
    assert done.state == "closed" and status_of(engine, a5) == "closed"

    # a provincial batch ending at the city; B1 is a city-level finding: its county steps are the city's
    set_batch_chain(
        engine, batch_id=batch_b, steps=["apply", "acceptance", "city_filing"], user=command_line()
    )
    with pytest.raises(AccessDenied):
        submit(engine, b1, people["other_editor"])  # 湘潭县 is not the finding's region
    result = submit(engine, b1, people["other_city_office"])
    result = approve(engine, result, people["other_city_office"], "验收合格", date(2026, 11, 5))
    done = approve(engine, result, people["other_city_office"], "备案", date(2026, 11, 6))
    assert done.state == "closed" and status_of(engine, b1) == "closed"


def test_withdrawing_and_a_reopened_finding_going_back_to_reopened(engine, fixture_ids, people):
    b3 = fixture_ids["B3"]  # 雨湖区, reopened
    yuhu = person(engine, "yh_editor", "county_editor", "430302")
    result = submit(engine, b3, yuhu)
    assert status_of(engine, b3) == "completed"
    withdrawn = withdraw_application(
        engine, application_id=result.application_id, user=yuhu, reason="材料不全", today=TODAY
    )
    assert withdrawn.state == "withdrawn" and status_of(engine, b3) == "reopened"


def test_work_lists_and_their_counts_for_each_user(engine, fixture_ids, people):
    ids = fixture_ids
    one = submit(engine, ids["A1"], people["editor"])  # waits for the county leader
    two = approve(
        engine,
        submit(engine, ids["A2"], people["editor"]),
        people["leader"],
        "同意",
        date(2026, 11, 3),
    )
    two = approve(engine, two, people["city"], "验收合格", date(2026, 11, 4))  # waits for the notice
    three = submit(engine, ids["A3"], people["editor"])
    review_step(
        engine,
        application_id=three.application_id,
        user=people["leader"],
        decision="return",
        opinion="材料不全",
        decided_on=date(2026, 11, 3),
        today=TODAY,
    )
    four = approve(
        engine,
        submit(engine, ids["A4"], people["editor"]),
        people["leader"],
        "同意",
        date(2026, 11, 3),
    )
    four = approve(engine, four, people["city"], "验收合格", date(2026, 11, 4))
    start_notice(
        engine,
        application_id=four.application_id,
        user=people["editor"],
        place="县政府网站",
        start_on=date(2026, 11, 5),
        end_on=date(2026, 11, 11),  # over: 公示到期
        today=TODAY,
    )
    five = approve(
        engine,
        submit(engine, ids["A5"], people["editor"]),
        people["leader"],
        "同意",
        date(2026, 11, 3),
    )
    five = approve(engine, five, people["city"], "验收合格", date(2026, 11, 4))
    start_notice(
        engine,
        application_id=five.application_id,
        user=people["county_office"],
        place="县政府网站",
        start_on=date(2026, 11, 20),
        end_on=date(2026, 11, 26),  # still running: 公示中
        today=TODAY,
    )
    assert chain_reads.work_counts(engine, viewer=people["leader"], today=TODAY) == {
        "to_review": 1,
        "returned": 0,
        "in_notice": 1,
        "notice_due": 1,
    }
    assert chain_reads.work_counts(engine, viewer=people["editor"], today=TODAY) == {
        "to_review": 1,  # the notice of A2
        "returned": 1,
        "in_notice": 1,
        "notice_due": 1,
    }
    assert chain_reads.work_counts(engine, viewer=people["city"], today=TODAY)["to_review"] == 0
    other = chain_reads.work_counts(engine, viewer=people["other_city_office"], today=TODAY)
    assert other == {"to_review": 0, "returned": 0, "in_notice": 0, "notice_due": 0}
    listed = chain_reads.work_list(engine, viewer=people["leader"], today=TODAY, which="to_review")
    assert listed["finding_id"].tolist() == [ids["A1"]]
    assert listed["days_waiting"].tolist() == [(TODAY - date(2026, 11, 2)).days]
    assert one.current_step == "county_head" and two.current_step == "notice"
    stuck = chain_reads.stuck_longest(engine, viewer=people["province_office"], today=TODAY)
    assert stuck["finding_id"].tolist() == [ids["A1"], ids["A2"], ids["A4"], ids["A5"]]
    assert stuck["days_waiting"].tolist() == [21, 19, 18, 3]


def test_overview_and_dispatch_count_findings_in_the_chain(engine, fixture_ids, people):
    from data_access.dispatch import monthly_dispatch
    from data_access.overview import kpi_summary

    ids = fixture_ids
    submit(engine, ids["A1"], people["editor"])
    three = submit(engine, ids["A3"], people["editor"])
    review_step(
        engine,
        application_id=three.application_id,
        user=people["leader"],
        decision="return",
        opinion="材料不全",
        decided_on=date(2026, 11, 3),
        today=TODAY,
    )
    four = approve(
        engine,
        submit(engine, ids["A4"], people["editor"]),
        people["leader"],
        "同意",
        date(2026, 11, 3),
    )
    four = approve(engine, four, people["city"], "验收合格", date(2026, 11, 4))
    start_notice(
        engine,
        application_id=four.application_id,
        user=people["editor"],
        place="县政府网站",
        start_on=date(2026, 11, 5),
        end_on=date(2026, 11, 30),
        today=TODAY,
    )
    everything = FindingFilters()
    expected = {"under_review": 1, "returned": 1, "in_public_notice": 1}
    assert chain_reads.sign_off_counts(engine, filters=everything, today=TODAY) == expected
    assert chain_reads.sign_off_counts(engine, filters=FindingFilters(region_code="430300"), today=TODAY) == {
        "under_review": 0,
        "returned": 0,
        "in_public_notice": 0,
    }
    summary = kpi_summary(engine, filters=everything, today=TODAY)
    assert {k: summary[f"sign_off_{k}"] for k in expected} == expected
    dispatch = monthly_dispatch(engine, filters=everything, month=date(2026, 11, 1), today=TODAY)
    assert dispatch.sign_off == expected


def test_the_generated_closure_form_holds_every_opinion_and_date(engine, fixture_ids, people):
    import io

    import docx
    import pdfplumber

    from reports.closure_form import closure_form_docx, closure_form_pdf
    from reports.fonts import cjk_font_available

    a1 = fixture_ids["A1"]
    result = submit(engine, a1, people["editor"])
    result = approve(engine, result, people["leader"], "同意申请销号。", NOV3)
    result = approve(engine, result, people["city"], "现场验收，整改到位。", date(2026, 11, 6))
    start_notice(
        engine,
        application_id=result.application_id,
        user=people["editor"],
        place="保靖县人民政府网站",
        start_on=date(2026, 11, 7),
        end_on=date(2026, 11, 13),
        today=TODAY,
    )
    viewer = people["editor"]
    document = docx.Document(io.BytesIO(closure_form_docx(engine, viewer, a1)))
    heading = [p.text for p in document.paragraphs]
    assert heading[1] == "指出问题整改验收销号登记表"
    assert "整改实施主体：保靖县人民政府（盖章）" in heading[2] and "申请时间：2026年11月2日" in heading[2]
    rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert rows["整改完成情况"].startswith("完成19个优先监管地块管控")
    assert (
        rows["县市区政府主要负责人意见"]
        == "同意申请销号。\n（签字）bj_leader测试（bj_leader）\n2026年11月3日"
    )
    assert rows["验收销号意见"].endswith("2026年11月6日")
    assert "保靖县人民政府网站" in rows["公示情况"] and "2026年11月7日至2026年11月13日" in rows["公示情况"]
    assert rows["市直牵头整改验收单位意见"] == "\n（签字）\n年    月    日"  # still waiting
    # outside the viewer's region: nothing
    with pytest.raises(LookupError):
        closure_form_docx(engine, people["other_city_office"], a1)
    with pytest.raises(AccessDenied):
        closure_form_docx(engine, people["leader"], a1)  # leaders have no download right
    if not cjk_font_available():
        pytest.skip("no Chinese font for the PDF")
    with pdfplumber.open(io.BytesIO(closure_form_pdf(engine, viewer, a1))) as pdf:
        text = "".join(page.extract_text() for page in pdf.pages).replace("\n", "")
    assert "指出问题整改验收销号登记表" in text
    assert "同意申请销号。" in text and "2026年11月3日" in text
    assert "现场验收，整改到位。" in text and "2026年11月7日至2026年11月13日" in text


def test_sample_data_has_applications_at_every_step_and_one_returned(database_url):
    from data_access.db import get_engine
    from sample_data.demo_sign_off import CITY_OFFICE, COUNTY_LEADER, EDITOR
    from sample_data.loader import load_sample_data

    engine = get_engine(database_url)
    load_sample_data(engine, today=TODAY)
    with Session(engine) as session:
        rows = session.execute(
            select(
                ClosureApplication.state, ClosureApplication.current_step, ClosureApplication.returned_reason
            )
        ).all()
        waiting = sorted(step for state, step, _ in rows if state == "under_review")
        assert waiting == sorted(
            ["county_head", "acceptance", "notice", "city_lead", "city_filing", "province_filing"]
        )
        assert sorted(state for state, _, _ in rows if state != "under_review") == [
            "closed",
            "in_public_notice",
            "in_public_notice",
            "returned",
        ]
        reasons = [reason for state, _, reason in rows if state == "returned"]
        assert reasons[0].startswith("现场仍有部分问题")
        # the closed one went through all seven steps of the central batch's chain
        closed = session.scalars(select(ClosureApplication).where(ClosureApplication.state == "closed")).one()
        assert [r.step for r in closed.reviews if r.decision == "approve"] == [
            "county_head",
            "acceptance",
            "notice",
            "city_lead",
            "city_filing",
            "province_filing",
        ]
        assert session.get(Finding, closed.finding_id).status == "closed"
    assert chain_reads.work_counts(engine, viewer=EDITOR, today=TODAY) == {
        "to_review": 1,
        "returned": 1,
        "in_notice": 1,
        "notice_due": 1,
    }
    assert chain_reads.work_counts(engine, viewer=COUNTY_LEADER, today=TODAY)["to_review"] == 1
    assert chain_reads.work_counts(engine, viewer=CITY_OFFICE, today=TODAY)["to_review"] == 3
