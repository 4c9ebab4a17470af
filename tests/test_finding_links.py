"""Likely duplicates across batches: proposed in the import preview, linked when confirmed (issue 14).

A county's central-inspection list is stored; the province's list for the same county repeats
two of its problems in other words and adds one. The similar findings proposed, the links
stored in the import's transaction, the drill-down's list from both sides, and the refusals
(same batch, another region) that leave the database unchanged — on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_access.access import Viewer
from data_access.commands.plan_import import PlanImportError, import_plan
from data_access.finding_links import linked_findings, similar_findings
from data_access.models import AuditEntry, Finding, FindingLink
from intake.plan_parser import parse_plan_text
from tests.test_plan_import import open_page, places  # noqa: F401  (fixture)

TODAY = date(2026, 11, 23)
CENTRAL = (
    "序号|反馈问题|牵头单位|整改时限\n"
    "1|县城生活污水处理厂长期超负荷运行，雨季溢流直排酉水|县住建局|2025年12月底前\n"
    "2|县垃圾填埋场渗滤液处理设施不正常运行|县城管局|2024年6月30日\n"
    "3|部分砂石场未落实扬尘防治措施|县自然资源局|立行立改\n"
)
PROVINCIAL = (
    "序号|反馈问题|牵头单位|整改时限\n"
    "1|县城污水处理厂超负荷运行，雨季污水溢流直排酉水|县住建局|2025年12月底前\n"
    "2|垃圾填埋场渗滤液处理设施未正常运行|县城管局|2024年12月底前\n"
    "3|畜禽养殖废水直排问题突出|县农业农村局|2025年6月底前\n"
)
ELSEWHERE = "序号|反馈问题|牵头单位|整改时限\n1|县垃圾填埋场渗滤液处理设施不正常运行|县城管局|2024年6月30日\n"


def store(engine, text: str, code: str, name: str, region: str, **kwargs):
    findings = parse_plan_text(text).findings
    return import_plan(
        engine, findings, today=TODAY, batch_code=code, batch_name=name, region=region, **kwargs
    )


@pytest.fixture
def central(places):  # noqa: F811
    store(places, CENTRAL, "bj-c", "第二轮中央督察（保靖）", "保靖县")
    store(places, ELSEWHERE, "jx-c", "中央督察（绛县）", "绛县")
    return places


def ids(engine, code: str) -> dict[int, int]:
    with Session(engine) as session:
        query = select(Finding.number, Finding.id).join(Finding.batch).where(Finding.batch.has(code=code))
        return dict(session.execute(query).all())


def test_the_reworded_problems_of_the_same_county_are_proposed(central):
    titles = [f.title for f in parse_plan_text(PROVINCIAL).findings]
    found = similar_findings(central, titles, region_code="433125")
    first, second, third = found
    assert [(m.label, m.batch_name) for m in first] == [("1", "第二轮中央督察（保靖）")]
    assert [m.label for m in second] == ["2"] and 70 <= second[0].score < 100
    assert third == []  # a new problem: nothing proposed
    assert all(m.batch_name != "中央督察（绛县）" for m in second)  # 绛县's identical title is elsewhere
    # importing into the central batch itself proposes nothing from it
    assert similar_findings(central, titles, region_code="433125", exclude_batch="bj-c") == [[], [], []]


def test_confirmed_links_are_stored_with_the_import_and_shown_from_both_sides(central):
    old = ids(central, "bj-c")
    summary = store(
        central,
        PROVINCIAL,
        "bj-p",
        "省级督察（保靖）",
        "保靖县",
        links={1: (old[1], 88), 2: (old[2], 78)},
    )
    assert summary.linked == 2 and "关联其他批次的同一问题 2 处" in summary.message()
    new = ids(central, "bj-p")
    from_old = linked_findings(central, old[1])
    assert [(m.finding_id, m.batch_name, m.score) for m in from_old] == [(new[1], "省级督察（保靖）", 88)]
    assert [m.finding_id for m in linked_findings(central, new[2])] == [old[2]]
    assert linked_findings(central, new[3]) == []
    with Session(central) as session:
        assert session.scalar(select(func.count()).select_from(FindingLink)) == 2
        audit = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "finding_links")).all()
        # one entry in each finding's trail per link
        assert len(audit) == 4 and audit[0].startswith("关联为同一问题：问题")
    again = store(central, PROVINCIAL, "bj-p", "省级督察（保靖）", "保靖县", links={1: (old[1], 88)})
    assert again.linked == 0  # already linked: nothing added


def link_count(engine) -> tuple[int, int]:
    with Session(engine) as session:
        return (
            session.scalar(select(func.count()).select_from(FindingLink)) or 0,
            session.scalar(select(func.count()).select_from(Finding)) or 0,
        )


def test_a_link_inside_the_same_batch_is_refused_and_nothing_is_written(central):
    old = ids(central, "bj-c")
    before = link_count(central)
    with pytest.raises(PlanImportError, match="属于同一批次"):
        store(central, CENTRAL, "bj-c", "第二轮中央督察（保靖）", "保靖县", links={1: (old[2], 80)})
    with pytest.raises(PlanImportError, match="不存在"):
        store(central, PROVINCIAL, "bj-p", "省级督察（保靖）", "保靖县", links={1: (999999, 80)})
    assert link_count(central) == before  # the new batch's findings were rolled back too


def test_a_county_user_cannot_link_to_a_finding_of_another_county(central):
    jiangxian = Viewer(username="jx", display_name="绛县", role="office", region_code="140826", user_id=7)
    other = ids(central, "bj-c")[2]
    before = link_count(central)
    with pytest.raises(PlanImportError, match="不在您的管辖范围"):
        store(central, ELSEWHERE, "jx-p", "省级督察（绛县）", "绛县", user=jiangxian, links={1: (other, 90)})
    assert link_count(central) == before


def test_the_page_proposes_the_link_and_stores_it_when_ticked(app_env, engine):
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(
        "序号|反馈问题|牵头单位|整改时限\n1|测试问题A1|县住建局|2025年底\n"
    ).run()
    at.selectbox(key="plan_region").set_value("433125").run()
    at.text_input(key="plan_batch_name").input("省级督察（保靖）回头看").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(e.label == "疑似重复/关联（1个问题）：勾选确认为同一问题" for e in at.expander)
    (box,) = [c for c in at.checkbox if c.label.startswith("问题1“测试问题A1” 疑似重复/关联：批次")]
    assert box.label.endswith("批次“测试批次甲”问题A1“测试问题A1”（相似度 100）") and box.value is False
    box.check().run()
    at.button(key="plan_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "关联其他批次的同一问题 1 处" in at.success[0].value
    with Session(engine) as session:
        (link,) = session.scalars(select(FindingLink)).all()
        titles = {session.get(Finding, link.finding_id).title, session.get(Finding, link.other_id).title}
        assert titles == {"测试问题A1"} and link.score == 100


def test_the_drill_down_lists_the_same_problem_in_other_batches(app_env, engine):
    from tests.test_finding_page import open_finding

    findings = parse_plan_text("序号|反馈问题|牵头单位|整改时限\n1|测试问题A2|县住建局|2025年底\n").findings
    summary = import_plan(
        engine,
        findings,
        today=TODAY,
        batch_name="省级督察（保靖）回头看",
        region="433125",
        links={1: (app_env["A2"], 100)},
    )
    new_id = summary.outcomes[0].finding_id
    at = open_finding(app_env["A2"])
    assert "其他批次的同一问题（1个）" in [s.value for s in at.subheader]
    assert f"- [省级督察（保靖）回头看 · 问题1：测试问题A2](finding?finding={new_id})（未启动）" in [
        m.value for m in at.markdown
    ]
