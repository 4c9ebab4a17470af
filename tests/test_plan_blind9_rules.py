"""Rules the reader learnt from the ninth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 9”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import completion_marker

# A report on audit findings: （一）关于…的问题 headings, “审计指出” under them, then 整改情况：.
_ABOUT_REPORT = (
    "某市审计查出问题整改情况的报告\n"
    "一、审计查出问题的整改情况\n"
    "（一）关于雨水管网建设滞后的问题\n"
    "审计指出，部分片区雨水管网未按计划建成。\n"
    "整改情况：市水务局牵头，各区政府配合，已建成管网12公里。该问题已整改完成。\n"
    "（二）关于餐厨垃圾处理能力不足的问题\n"
    "审计指出，餐厨垃圾处理设施长期超负荷。\n"
    "整改情况：市城市管理局牵头，扩建工程计划于2024年6月底前投运。该问题正在整改。\n"
)


def test_a_heading_about_a_problem_titles_the_problem_alone():
    first, second = parse_plan_text(_ABOUT_REPORT).findings
    # the next line (审计指出…) is not glued on, and “关于…的问题” is dropped
    assert (first.title, second.title) == ("雨水管网建设滞后", "餐厨垃圾处理能力不足")
    assert (first.status, second.status) == ("completed", None)


def test_a_unit_clause_may_say_who_is_responsible():
    (finding,) = parse_plan_text(
        "一、存在问题\n湖泊入湖河道水质不达标。\n"
        "二、整改进展\n某市人民政府负责，实施河道综合整治。已完成整改。\n"
    ).findings
    assert finding.lead_units == ["某市人民政府"]
    # “负责同志” in the middle of a sentence names no unit
    (other,) = parse_plan_text(
        "一、存在问题\n湖泊入湖河道水质不达标。\n二、整改进展\n主要负责同志多次调度，已完成整改。\n"
    ).findings
    assert other.lead_units == []


# A report read by its numbering (no labels at all): units and status only in the prose.
_PROSE_REPORT = (
    "关于审计查出问题整改情况的报告\n"
    "一、整改工作总体情况\n市政府专题部署整改工作。\n"
    "二、审计查出问题的整改情况\n"
    "（一）部分专项资金结存时间较长，未能及时发挥效益。\n"
    "市财政局牵头，市发改局配合，收回结存资金统筹使用。该问题已整改。\n"
    "（二）部分镇（街道）往来款项长期挂账未清理。\n"
    "市财政局牵头，各镇（街道）配合，正在分类处理，计划于2019年6月底前清理完毕。该问题正在整改。\n"
    "三、下一步工作\n持续跟踪，督促按期完成整改。\n"
)


def test_the_unit_cooperating_after_the_lead_in_prose_is_read():
    first, second = parse_plan_text(_PROSE_REPORT).findings
    assert (first.lead_units, first.cooperating_units) == (["市财政局"], ["市发改局"])
    # a unit whose name ends in a short bracket is still a unit
    assert (second.lead_units, second.cooperating_units) == (["市财政局"], ["各镇（街道）"])


def test_the_problem_is_rectified_means_done_but_not_a_count():
    first, second = parse_plan_text(_PROSE_REPORT).findings
    assert (first.status, second.status) == ("completed", None)
    assert completion_marker("该问题已整改。") == "已整改"
    assert completion_marker("已整改3项，正在整改2项") is None


def test_a_closure_notice_about_a_task_reads_the_task():
    (finding,) = parse_plan_text(
        "某开发区完成环保督察“散乱污”综合整治整改销号\n"
        "发布时间：2022-06-01\n"
        "某开发区制定并实施“散乱污”企业综合整治专项子方案，分三步推进。\n"
        "2022年5月，该项整改任务完成整改并销号。\n"
    ).findings
    assert finding.title == "“散乱污”企业综合整治"
    assert finding.status == "completed"
    assert finding.confidence["title"] == 0.5  # read by the last reading: highlighted


# A provincial progress report: “反馈问题：…” then “整改进展情况：” opening with a status sentence.
_PROGRESS = (
    "某省公开督察整改落实情况\n"
    "二、反馈问题整改进展情况\n"
    "（一）反馈问题：一些部门对生态环境保护重视不够，重发展、轻保护的问题比较突出。\n"
    "整改进展情况：基本完成整改，长期坚持。\n"
    "省发展改革委结合职能完善生态文明建设政策措施。\n"
    "（二）反馈问题：部分城市污水处理厂超负荷运行。\n"
    "整改进展情况：正在推进。\n"
    "省住房城乡建设厅牵头，省生态环境厅配合，督促各市扩建污水处理厂，计划2018年12月底前完成。\n"
)


def test_a_status_sentence_that_keeps_the_work_up_gives_the_time_limit_not_completion():
    first, _ = parse_plan_text(_PROGRESS).findings
    assert [d.kind for d in first.deadlines] == ["long_term"]
    assert first.status is None  # 基本完成 is not done
    # a longer sentence after the status is work done, not a time limit
    (other,) = parse_plan_text(
        "（一）反馈问题：河道垃圾堆放问题突出。\n整改进展情况：正在推进，已清理河道垃圾120吨。\n"
        "（二）反馈问题：园区污水直排。\n整改进展情况：正在整改。\n"
    ).findings[:1]
    assert other.deadlines == []


def test_a_unit_clause_may_open_a_later_line_of_the_progress():
    _, second = parse_plan_text(_PROGRESS).findings
    assert (second.lead_units, second.cooperating_units) == (["省住房城乡建设厅"], ["省生态环境厅"])
    assert [d.date.isoformat() for d in second.deadlines] == ["2018-12-31"]
    # a department's own paragraph (no 牵头 / 负责) names no lead unit
    first, _ = parse_plan_text(_PROGRESS).findings
    assert first.lead_units == []
