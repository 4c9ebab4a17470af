"""Linking and unlinking the same problem from the drill-down (问题详情, issue 14).

保靖's central-inspection list and the province's list for it are both stored, unlinked; a
third list belongs to 绛县. From a finding's drill-down an editor sees the province's
rewording proposed (the import's rapidfuzz matching), links it with a note, links it again
(nothing added), and unlinks it; each change is in both findings' audit trails. A county
user cannot reach a finding of another county, a leader cannot link at all, and a bad pair
or note is refused with nothing written — on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_access.access import AccessDenied, Viewer
from data_access.audit_queries import finding_audit_trail
from data_access.commands.finding_links import LinkError, link_same_problem, unlink_same_problem
from data_access.finding_links import link_suggestions, linked_findings
from data_access.models import AuditEntry, FindingLink
from tests.test_finding_links import CENTRAL, ELSEWHERE, PROVINCIAL, ids, store
from tests.test_plan_import import places  # noqa: F401  (fixture)

OFFICE = Viewer(username="office", display_name="督察办", role="office", user_id=1)
BAOJING = Viewer(
    username="baojing",
    display_name="保靖县填报员",
    role="county_editor",
    region_code="433125",
    region_name="保靖县",
    user_id=2,
)
JIANGXIAN = Viewer(
    username="jx",
    display_name="绛县填报员",
    role="county_editor",
    region_code="140826",
    region_name="绛县",
    user_id=3,
)
LEADER = Viewer(username="boss", display_name="保靖县领导", role="leader", region_code="433125", user_id=4)


@pytest.fixture
def batches(places):  # noqa: F811
    store(places, CENTRAL, "bj-c", "第二轮中央督察（保靖）", "保靖县")
    store(places, PROVINCIAL, "bj-p", "省级督察（保靖）", "保靖县")
    store(places, ELSEWHERE, "jx-c", "中央督察（绛县）", "绛县")
    return places


def written(engine) -> tuple[int, int]:
    """(links, audit entries of links)"""
    with Session(engine) as session:
        return (
            session.scalar(select(func.count()).select_from(FindingLink)) or 0,
            session.scalar(select(func.count()).where(AuditEntry.entity == "finding_links")) or 0,
        )


def test_the_drill_down_proposes_the_reworded_problem_of_the_other_batch_only(batches):
    central, provincial = ids(batches, "bj-c"), ids(batches, "bj-p")
    found = link_suggestions(batches, central[1])
    assert [(m.finding_id, m.batch_name, m.label) for m in found] == [
        (provincial[1], "省级督察（保靖）", "1")
    ]
    assert 70 <= found[0].score < 100
    # 垃圾填埋场: the province's rewording; 绛县's identical title is another county's problem
    assert [m.batch_name for m in link_suggestions(batches, central[2])] == ["省级督察（保靖）"]
    assert link_suggestions(batches, central[3]) == []  # 砂石场 appears once
    # inside the viewer's region only: 绛县's user sees nothing of 保靖, not even the finding
    assert link_suggestions(batches, central[1], scope_code="140826") == []
    assert link_suggestions(batches, central[1], scope_code="433125") == found


def test_an_editor_links_with_a_note_once_and_both_sides_show_it(batches):
    central, provincial = ids(batches, "bj-c"), ids(batches, "bj-p")
    result = link_same_problem(
        batches,
        finding_id=central[2],
        other_id=provincial[2],
        user=BAOJING,
        note="  省级清单第2项即中央反馈第2项 ",
    )
    assert result.changed and result.message == (
        "已将省级督察（保靖） · 问题2“垃圾填埋场渗滤液处理设施未正常运行”关联为同一问题。"
    )
    (seen,) = linked_findings(batches, provincial[2])
    assert (seen.finding_id, seen.batch_name, seen.note) == (
        central[2],
        "第二轮中央督察（保靖）",
        "省级清单第2项即中央反馈第2项",
    )
    assert 70 <= seen.score < 100  # the title similarity, computed by the command
    assert [m.finding_id for m in linked_findings(batches, central[2])] == [provincial[2]]
    # no longer proposed once linked
    assert link_suggestions(batches, central[2]) == []
    assert written(batches) == (1, 2)  # one row; one audit entry in each finding's trail
    for finding_id in (central[2], provincial[2]):
        trail = finding_audit_trail(batches, finding_id=finding_id)
        (row,) = trail[trail["entity"] == "finding_links"].itertuples()
        assert row.entity_label == "同一问题关联" and row.action_label == "新增"
        assert row.actor == "保靖县填报员（baojing）"
        assert row.summary.endswith("（说明：省级清单第2项即中央反馈第2项）")
        assert "关联说明：省级清单第2项即中央反馈第2项" in row.changes
    # a second click, from either side: nothing more written
    again = link_same_problem(batches, finding_id=provincial[2], other_id=central[2], user=OFFICE)
    assert not again.changed and "已关联" in again.message
    assert written(batches) == (1, 2)


def test_unlinking_removes_the_pair_and_is_recorded_on_both_sides(batches):
    central, provincial = ids(batches, "bj-c"), ids(batches, "bj-p")
    link_same_problem(batches, finding_id=central[1], other_id=provincial[1], user=OFFICE)
    result = unlink_same_problem(batches, finding_id=provincial[1], other_id=central[1], user=BAOJING)
    assert result.changed and result.message.startswith("已取消与第二轮中央督察（保靖） · 问题1")
    assert linked_findings(batches, central[1]) == [] and linked_findings(batches, provincial[1]) == []
    assert written(batches) == (0, 4)
    trail = finding_audit_trail(batches, finding_id=central[1])
    assert trail.iloc[0]["action_label"] == "删除" and trail.iloc[0]["summary"].startswith("取消同一问题关联")
    # proposed again after unlinking
    assert [m.finding_id for m in link_suggestions(batches, central[1])] == [provincial[1]]
    twice = unlink_same_problem(batches, finding_id=provincial[1], other_id=central[1], user=BAOJING)
    assert not twice.changed and written(batches) == (0, 4)


def test_a_county_user_cannot_link_or_unlink_outside_its_county(batches):
    baojing, jiangxian = ids(batches, "bj-c"), ids(batches, "jx-c")
    # 保靖's user, from its own finding, to 绛县's identical title
    with pytest.raises(AccessDenied, match="不在您的管辖范围（保靖县）"):
        link_same_problem(batches, finding_id=baojing[2], other_id=jiangxian[1], user=BAOJING)
    # 绛县's user, from its own finding, to 保靖's
    with pytest.raises(AccessDenied, match="不在您的管辖范围"):
        link_same_problem(batches, finding_id=jiangxian[1], other_id=baojing[2], user=JIANGXIAN)
    assert written(batches) == (0, 0)
    # a link the office made across counties cannot be removed by either county's user
    assert link_same_problem(batches, finding_id=baojing[2], other_id=jiangxian[1], user=OFFICE).changed
    with pytest.raises(AccessDenied):
        unlink_same_problem(batches, finding_id=baojing[2], other_id=jiangxian[1], user=BAOJING)
    assert written(batches) == (1, 2)


def test_a_leader_cannot_link_and_bad_pairs_or_notes_write_nothing(batches):
    central, provincial = ids(batches, "bj-c"), ids(batches, "bj-p")
    with pytest.raises(AccessDenied, match="无权填报和修改整改情况"):
        link_same_problem(batches, finding_id=central[1], other_id=provincial[1], user=LEADER)
    with pytest.raises(LinkError, match="属于同一批次"):
        link_same_problem(batches, finding_id=central[1], other_id=central[2], user=OFFICE)
    with pytest.raises(LinkError, match="与它自己"):
        link_same_problem(batches, finding_id=central[1], other_id=central[1], user=OFFICE)
    with pytest.raises(AccessDenied, match="不存在"):
        link_same_problem(batches, finding_id=central[1], other_id=999_999, user=OFFICE)
    with pytest.raises(LinkError, match="关联说明不超过300字（现为301字）"):
        link_same_problem(
            batches, finding_id=central[1], other_id=provincial[1], user=OFFICE, note="说" * 301
        )
    assert written(batches) == (0, 0)


# --- the page ---------------------------------------------------------------------------------


def test_an_editor_links_and_unlinks_in_the_drill_down(app_env, engine):
    from data_access.commands.plan_import import import_plan
    from intake.plan_parser import parse_plan_text
    from tests.test_finding_links import TODAY
    from tests.test_finding_page import open_finding
    from tests.users_helper import sign_in

    findings = parse_plan_text("序号|反馈问题|牵头单位|整改时限\n1|测试问题A1|县住建局|2025年底\n").findings
    summary = import_plan(engine, findings, today=TODAY, batch_name="省级督察（保靖）回头看", region="433125")
    new_id = summary.outcomes[0].finding_id
    line = f"- [省级督察（保靖）回头看 · 问题1：测试问题A1](finding?finding={new_id})（未启动）"

    visitor = open_finding(app_env["A1"])  # a visitor: no links, nothing to edit, no section
    assert not any(s.value.startswith("其他批次的同一问题") for s in visitor.subheader)

    at = open_finding(app_env["A1"])
    sign_in(at, "county_editor", "433125")
    at.run()
    assert "其他批次的同一问题（0个）" in [s.value for s in at.subheader]
    assert "**可能相同的问题（1个）**" in [m.value for m in at.markdown]
    assert f"{line}，相似度 100" in [m.value for m in at.markdown]
    at.text_input(key="same_problem_note").input("回头看清单重复交办")
    at.button[[b.label for b in at.button].index("关联为同一问题")].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "已将省级督察（保靖）回头看 · 问题1“测试问题A1”关联为同一问题。"
    assert "其他批次的同一问题（1个）" in [s.value for s in at.subheader]
    assert f"{line}  \n  说明：回头看清单重复交办" in [m.value for m in at.markdown]
    assert "**可能相同的问题（0个）**" in [m.value for m in at.markdown]

    at.button(key=f"same_problem_unlink_{new_id}").click().run()
    assert at.warning[0].value.startswith("确定取消与“省级督察（保靖）回头看 · 问题1：测试问题A1”的关联吗")
    assert written(engine) == (1, 2)  # not before the confirmation
    at.button(key="same_problem_unlink_yes").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "已取消与省级督察（保靖）回头看 · 问题1“测试问题A1”的关联。"
    assert "其他批次的同一问题（0个）" in [s.value for s in at.subheader]
    assert written(engine) == (0, 4)


def test_the_candidates_are_read_through_indexes_not_the_whole_table(batches):
    """SQLite's plan of the candidate query for a county: the county's findings by its index,
    its province's and city's own findings by region_code — no scan of findings."""
    from sqlalchemy import text

    from data_access.finding_links import candidate_query

    if batches.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    with batches.connect() as connection:
        query = candidate_query(connection, region_code="433125", exclude_batch="bj-c", scope_code=None)
        sql = str(query.compile(batches, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
    findings = sorted(step for step in plan if " findings " in f"{step} ")
    assert findings == [
        "SEARCH findings USING INDEX ix_findings_county_status (county_code=?)",
        "SEARCH findings USING INDEX ix_findings_region_code (region_code=?)",
    ], plan


def test_a_concurrent_second_link_hits_the_key_and_writes_nothing(batches, monkeypatch):
    """Two editors click at once: both see no link yet, the second insert meets the first's
    row at the primary key; its transaction (link and audit) rolls back and it says so."""
    from data_access.commands import finding_links as commands

    central, provincial = ids(batches, "bj-c"), ids(batches, "bj-p")
    assert link_same_problem(batches, finding_id=central[1], other_id=provincial[1], user=OFFICE).changed
    seen_before_commit = commands._pair
    monkeypatch.setattr(commands, "_pair", lambda *args: (seen_before_commit(*args)[0], None))
    late = link_same_problem(batches, finding_id=provincial[1], other_id=central[1], user=BAOJING)
    assert not late.changed and "已关联" in late.message
    assert written(batches) == (1, 2)


def test_a_note_or_title_is_shown_as_written_not_as_markdown():
    from ui.format import plain

    assert plain("见[附表](http://example.com) *重要*") == r"见\[附表\]\(http://example.com\) \*重要\*"
    assert plain("省级清单第3项即中央反馈第12项（2021年）") == "省级清单第3项即中央反馈第12项（2021年）"


# --- linking by a typed number or title words (beyond the three suggestions) ------------------


def test_an_editor_finds_any_finding_of_the_other_batches_by_number_or_words(batches):
    from data_access.finding_links import link_search

    central, provincial = ids(batches, "bj-c"), ids(batches, "bj-p")
    # 畜禽养殖 (省级 3) reads nothing like 砂石场 (中央 3): never suggested, found by its number
    assert link_suggestions(batches, central[3]) == []
    for typed in ("3", "第3项", "问题3", "第三项", "问题三", "三"):
        found = link_search(batches, central[3], typed)
        assert [(m.finding_id, m.batch_name, m.label) for m in found] == [
            (provincial[3], "省级督察（保靖）", "3")
        ], typed
    # by words of the title, every word: 绛县's 渗滤液 finding is another county's, the own batch
    # is not another batch
    assert [m.finding_id for m in link_search(batches, central[3], "渗滤液")] == [provincial[2]]
    assert [m.finding_id for m in link_search(batches, central[3], "污水 酉水")] == [provincial[1]]
    assert link_search(batches, central[3], "污水 扬尘") == []
    assert link_search(batches, central[3], "  ") == []
    assert link_search(batches, central[3], "%") == []  # a LIKE wildcard typed is a character
    # inside the viewer's region only
    assert link_search(batches, central[3], "3", scope_code="140826") == []
    # linked through the one command (audited on both sides); then no longer listed
    result = link_same_problem(
        batches, finding_id=central[3], other_id=provincial[3], user=BAOJING, note="按编号查找关联"
    )
    assert result.changed and written(batches) == (1, 2)
    (seen,) = linked_findings(batches, central[3])
    assert (seen.finding_id, seen.note) == (provincial[3], "按编号查找关联")
    assert seen.score < 70  # the titles' similarity, stored as computed
    assert link_search(batches, central[3], "3") == []


def test_an_editor_links_a_finding_found_by_search_in_the_drill_down(app_env, engine):
    from data_access.commands.plan_import import import_plan
    from intake.plan_parser import parse_plan_text
    from tests.test_finding_links import TODAY
    from tests.test_finding_page import open_finding
    from tests.users_helper import sign_in

    text = "序号|反馈问题|牵头单位|整改时限\n7|县城饮用水水源地保护区内有违建|县水利局|2025年底\n"
    summary = import_plan(
        engine, parse_plan_text(text).findings, today=TODAY, batch_name="省级督察（保靖）", region="433125"
    )
    other_id = summary.outcomes[0].finding_id
    at = open_finding(app_env["A1"])
    sign_in(at, "county_editor", "433125")
    at.run()
    assert "**可能相同的问题（0个）**" in [m.value for m in at.markdown]  # not similar: not proposed
    at.text_input(key="same_problem_search").input("水源地").run()
    assert "找到1个问题，请点开核对后再关联。" in [c.value for c in at.caption]
    at.text_input(key="same_problem_search").input("第8项").run()
    assert "本地区其他批次中没有编号为或标题含“第8项”的未关联问题。" in [c.value for c in at.caption]
    at.text_input(key="same_problem_search").input("7").run()
    assert at.selectbox(key="same_problem_search_choice").value == other_id
    at.text_input(key="same_problem_search_note").input("省级清单第7项")
    at.button[[b.label for b in at.button].index("关联所选问题")].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert (
        at.success[0].value == "已将省级督察（保靖） · 问题7“县城饮用水水源地保护区内有违建”关联为同一问题。"
    )
    assert "其他批次的同一问题（1个）" in [s.value for s in at.subheader]
    assert written(engine) == (1, 2)  # one link, in both findings' audit trails
