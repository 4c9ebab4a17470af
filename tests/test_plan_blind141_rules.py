"""Rules the reader learnt from blind set 141 (issue 14, docs/decisions.md “Blind set 141”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 141`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import (
    CHECKING_BODY,
    DONE_BY_DAY,
    FIX_ORDERED,
    LABELLED_ISSUES_RUN_ON,
    POINTS_LOCATED,
    PROGRESS_LINE,
    TAKEN_UP_RUN_ON,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a progress note: what the check found, then the day's progress, a clause each ---------------


def test_a_progress_note_lists_the_problems_found_and_closes_each_its_progress_clause_says_done():
    findings = _findings(
        "6月3日，县住建中心带领工作人员对某小区改造工程现场文明施工整改情况进行督促。\n"
        "检查存在问题：渣土堆放未苫盖；出入口路面有积泥，围挡破损未修补等问题。\n"
        "今日整改进度：渣土已全部苫盖，路面积泥已清扫，围挡正在修补。"
    )
    assert [f.title for f in findings] == ["渣土堆放未苫盖", "出入口路面有积泥", "围挡破损未修补"]
    assert [f.status for f in findings] == ["completed", "completed", None]  # (正在修补: still open)
    assert all(f.lead_units == ["县住建中心"] for f in findings)
    assert all(not f.deadlines and not f.measures for f in findings)


def test_a_progress_line_of_another_number_of_clauses_closes_nothing():
    findings = _findings(
        "检查存在问题：渣土堆放未苫盖；出入口路面有积泥等问题。\n今日整改进度：已全部整改到位。"
    )
    assert [f.title for f in findings] == ["渣土堆放未苫盖", "出入口路面有积泥"]
    assert all(f.status is None for f in findings)


def test_the_labelled_run_wants_the_check_before_its_label():
    assert LABELLED_ISSUES_RUN_ON.search("检查存在问题：部分黄土裸露未覆盖；外围保洁不到位等问题。")
    assert LABELLED_ISSUES_RUN_ON.search("督查发现存在问题：围挡破损，路面积泥。")
    # a list's own cell over numbered points stays with the readers of lists
    assert not LABELLED_ISSUES_RUN_ON.search("存在问题：（1）围挡破损；（2）路面积泥。")
    assert PROGRESS_LINE.match("今日整改进度：裸露黄土全部覆盖到位，白色漂浮物已清理")
    assert not PROGRESS_LINE.match("下一步整改进度将每周通报")


# --- a check's news: the problems it ordered put right on the spot ------------------------------


def test_problems_taken_up_with_an_order_to_fix_are_listed_and_led_by_the_checking_body():
    findings = _findings(
        "2023年8月2日，某县综合行政执法局对城区5家餐饮店进行检查。检查发现，多数店铺油烟净化设施运行正常，"
        "针对个别店铺油烟净化器未清洗、排烟管道破损等问题，执法队员现场责令限期整改。"
    )
    assert [f.title for f in findings] == ["个别店铺油烟净化器未清洗", "排烟管道破损"]
    assert all(f.lead_units == ["某县综合行政执法局"] for f in findings)
    assert all(f.status is None for f in findings)


def test_problems_taken_up_by_work_the_body_did_itself_are_no_such_list():
    assert not TAKEN_UP_RUN_ON.search(
        "针对车库杂物乱堆、电动车随意停放等问题，社区联合物业成立专项整治小组，逐区排查。"
    )
    assert TAKEN_UP_RUN_ON.search(
        "针对个别工地喷淋未开启、裸土覆盖不到位等问题，执法队员现场责令及时作出整改。"
    )


def test_the_one_checking_body_leads_a_listed_run_only_when_fixing_was_ordered():
    text = "随后，区建设局又对全区6个工地进行了检查，但检查中发现某路工地存在道路未硬化、车辆未冲洗等问题。"
    assert CHECKING_BODY.search(text).group("unit") == "区建设局"
    assert not FIX_ORDERED.search(text)
    findings = _findings(text)
    assert [f.title for f in findings] == ["道路未硬化", "车辆未冲洗"]
    assert all(not f.lead_units for f in findings)  # no order to fix: no lead
    findings = _findings(text + "针对查出的问题，检查组当即下发整改通知单，并责令整改。")
    assert all(f.lead_units == ["区建设局"] for f in findings)
    # two bodies each checking: neither leads
    two = (
        "市城管局对某路进行了检查，区环保局到某河开展了巡查。检查中发现沿线存在垃圾乱堆、污水直排等问题，"
        "并责令整改。"
    )
    assert all(not f.lead_units for f in _findings(two))


# --- a portal page of a recheck: the problem points counted and where they lie --------------------


def test_problem_points_counted_where_they_lie_are_the_one_problem_done_by_last_year_end():
    findings = _findings(
        "索引号：000000/202104-00001 组配分类：绿色发展\n"
        "发布机构：县林业局 主题分类：环境保护\n"
        "市核查组复核我县自然保护地问题点位整改情况\n"
        "3月2日，市核查组对我县自然保护地遥感监测问题点位整改情况进行复核。\n"
        "我县自然保护地遥感监测问题点位共3个，分别位于某某省级自然保护区范围内，已于去年年底前完成整改并申请销号。\n"
        "核查组提出要求：一是要加强协作。二是要防止反弹。"
    )
    assert len(findings) == 1
    assert findings[0].title == "自然保护地遥感监测问题点位共3个，分别位于某某省级自然保护区范围内"
    assert findings[0].status == "completed"
    assert not findings[0].deadlines and not findings[0].measures


def test_a_day_before_which_the_work_was_done_is_no_request():
    assert DONE_BY_DAY.match("已于去年年底前完成整改")
    assert not DONE_BY_DAY.match("请于年底前完成整改")
    assert (
        POINTS_LOCATED.search("我市卫片执法问题图斑共5个，分别位于甲镇和乙镇").group("problem")
        == "卫片执法问题图斑共5个，分别位于甲镇和乙镇"
    )
