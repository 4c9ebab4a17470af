"""The 销号审核 page in AppTest: a county editor submits, the county leader approves, a returned
application shows its reason; the sidebar, overview, dispatch and drill-down show the chain."""

from __future__ import annotations

import io

import docx
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.models import ClosureApplication, ClosureReview, Finding
from tests.app_helper import new_app
from tests.users_helper import sign_in


def open_page(role: str, region: str | None, username: str, page: str = "pages/sign-off.py", query=None):
    at = new_app()
    sign_in(at, role, region, username=username)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric_values(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def submit_a1(app_env):
    at = open_page("county_editor", "433125", "bj_editor")
    assert metric_values(at)["待我审核"] == "0件"
    form_area = next(w for w in at.text_area if w.label == "整改完成情况")
    form_area.input("完成尾矿库周边水质检测，指标均达标。")
    at.button(key="FormSubmitter:submit_application-提交销号申请").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_submit_then_review_in_the_page(app_env, engine):
    a1 = app_env["A1"]
    at = submit_a1(app_env)
    assert at.success[0].value.startswith("已提交销号申请。下一环节：县级领导意见。")
    with Session(engine) as session:
        application = session.scalars(select(ClosureApplication)).one()
        assert (application.finding_id, application.current_step) == (a1, "county_head")
        assert session.get(Finding, a1).status == "completed"

    leader = open_page("leader", "433125", "bj_leader")
    assert metric_values(leader)["待我审核"] == "1件"
    links = [e.proto.label for e in leader.sidebar.get("page_link")]
    assert "销号审核：待我审核 1" in links
    assert "被退回 0 · 公示中 0 · 公示到期 0" in [c.value for c in leader.sidebar.caption]
    assert leader.dataframe[0].value["问题"].tolist() == ["测试问题A1"]
    key = f"_{application.id}_county_head_under_review"
    opinion = next(w for w in leader.text_area if w.label == "意见（退回时写明原因）")
    opinion.input("同意申请销号。")
    leader.button(key=f"FormSubmitter:review{key}-提交审核意见").click().run()
    assert not leader.exception, [e.value for e in leader.exception]
    assert leader.success[0].value.startswith("县级领导意见已同意。下一环节：验收意见。")
    with Session(engine) as session:
        review = session.scalars(select(ClosureReview).where(ClosureReview.step == "county_head")).one()
        assert (review.opinion, review.decided_by, review.role) == (
            "同意申请销号。",
            "bj_leader测试（bj_leader）",
            "leader",
        )

    # a leader of another county sees nothing of it; a wrong role is told who acts
    other = open_page("leader", "430321", "xt_leader")
    assert metric_values(other)["待我审核"] == "0件"
    editor = open_page("county_editor", "433125", "bj_editor", query={"application": str(application.id)})
    assert "当前环节“验收意见”由整改办办理，您只能查看。" in [i.value for i in editor.info]
    office = open_page("office", "433125", "bj_office")
    assert metric_values(office)["待我审核"] == "1件"  # acceptance: an office of the county or city


def test_return_shows_the_reason_to_the_submitter(app_env, engine):
    submit_a1(app_env)
    with Session(engine) as session:
        application_id = session.scalars(select(ClosureApplication.id)).one()
    leader = open_page("leader", "433125", "bj_leader")
    key = f"_{application_id}_county_head_under_review"
    leader.radio[0].set_value("return")
    next(w for w in leader.text_area if w.label == "意见（退回时写明原因）").input("缺少检测报告。")
    leader.button(key=f"FormSubmitter:review{key}-提交审核意见").click().run()
    assert leader.success[0].value.startswith("已退回（县级领导意见）：缺少检测报告。")
    editor = open_page("county_editor", "433125", "bj_editor")
    assert metric_values(editor)["被退回"] == "1件"
    assert editor.warning[0].value.endswith("原因：缺少检测报告。")
    with Session(engine) as session:
        assert session.get(Finding, app_env["A1"]).status == "in_progress"


def test_overview_dispatch_and_drill_down_show_the_chain(app_env, engine, media_files):
    a1 = app_env["A1"]
    submit_a1(app_env)
    overview = open_page("office", None, "office_all", page="pages/overview.py")
    captions = [c.value for c in overview.caption]
    assert "销号审核（当前）：审核中 1 项 · 被退回 0 项 · 公示中 0 项" in captions
    dispatch = open_page("office", None, "office_all", page="pages/dispatch.py")
    assert "销号审核（当前）：审核中 1 项 · 被退回 0 项 · 公示中 0 项" in [c.value for c in dispatch.caption]
    finding = open_page("office", None, "office_all", page="pages/finding.py", query={"finding": str(a1)})
    assert any(
        e.label.startswith("销号申请（2026年11月23日提交）：审核中，待县级领导意见") for e in finding.expander
    )
    history = finding.dataframe
    assert any("完成尾矿库周边水质检测" in " ".join(map(str, t.value.get("意见", []))) for t in history)
    word = next(b for b in finding.get("download_button") if b.proto.label == "下载销号登记表（Word）")
    document = docx.Document(io.BytesIO(media_files.download(word)))
    rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert rows["整改完成情况"] == "完成尾矿库周边水质检测，指标均达标。"
    assert "申请时间：2026年11月23日" in document.paragraphs[2].text


def test_the_submitter_withdraws_and_an_empty_reason_is_refused(app_env, engine):
    submit_a1(app_env)
    with Session(engine) as session:
        application_id = session.scalars(select(ClosureApplication.id)).one()
    editor = open_page("county_editor", "433125", "bj_editor", query={"application": str(application_id)})
    submit = f"FormSubmitter:withdraw_{application_id}_county_head_under_review-撤回销号申请"
    editor.button(key=submit).click().run()
    assert editor.error[0].value == "请填写撤回原因。"
    with Session(engine) as session:
        assert session.get(ClosureApplication, application_id).state == "under_review"
    next(w for w in editor.text_input if w.label == "撤回原因").input("补充材料后再报")
    editor.button(key=submit).click().run()
    assert editor.success[0].value == "已撤回销号申请。整改状态由“已完成待销号”变为“推进中”。"
    with Session(engine) as session:
        assert session.get(ClosureApplication, application_id).state == "withdrawn"
        assert session.get(Finding, app_env["A1"]).status == "in_progress"


def test_an_office_sets_a_batch_chain_on_the_page(app_env, engine):
    from data_access.closure_chain import batch_chains

    office = open_page("office", None, "office_all")
    batch = next(w for w in office.selectbox if w.label == "督察批次")
    chain = next(w for w in office.multiselect if w.label == "审核环节（按登记表顺序）")
    assert chain.value == [
        "apply",
        "county_head",
        "acceptance",
        "notice",
        "city_lead",
        "city_filing",
    ]
    chain.set_value(["apply", "acceptance", "city_filing", "province_filing"])
    office.button(key=f"FormSubmitter:batch_chain_{batch.value}-保存流程").click().run()
    assert office.success[0].value == "已保存：实施主体申请→验收意见→市整改办备案意见→省级备案意见"
    saved = batch_chains(engine).set_index("batch_id").loc[batch.value, "steps"]
    assert saved == ["apply", "acceptance", "city_filing", "province_filing"]
