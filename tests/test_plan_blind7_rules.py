"""Rules the reader learnt from the seventh blind set of real layouts (issue 14,
docs/decisions.md “Blind set 7”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column

# A report: 一、 prose over its own （一）（二）, then 二、 a numbered section label over the problems.
_REPORT = (
    "某区关于督察反馈意见整改情况的报告\n"
    "一、整改工作总体情况\n"
    "（一）提高站位，抓好部署\n一是提高认识。把整改作为重要任务。\n二是强化领导。成立整改办公室。\n"
    "二、反馈问题整改情况\n督察反馈的2个问题，已完成整改1个。\n"
    "（一）“农村污水设施运行不正常”问题\n"
    "整改情况：区水务局牵头，对设施逐一排查修复。目前已完成整改。\n"
    "（二）“园区企业废气治理设施运行不规范”问题\n"
    "整改情况：区生态环境局牵头、某工业园区配合，督促企业改造设施；其余3家计划于2024年6月底前完成。"
    "该问题正在整改。\n"
    "三、下一步工作\n巩固已完成整改的成效，防止反弹。\n"
)


def test_a_reports_problems_under_a_numbered_section_label_are_its_findings():
    findings = parse_plan_text(_REPORT).findings
    assert [(f.number, f.title) for f in findings] == [
        (1, "农村污水设施运行不正常"),
        (2, "园区企业废气治理设施运行不规范"),
    ]


def test_the_next_top_level_part_does_not_join_the_last_finding():
    first, second = parse_plan_text(_REPORT).findings
    assert first.status == "completed"
    assert second.status is None  # “三、下一步工作 巩固已完成整改的成效” is the report's, not problem 2's
    assert "巩固" not in (second.progress or "")


def test_a_unit_clause_opening_the_progress_names_the_units():
    first, second = parse_plan_text(_REPORT).findings
    assert (first.lead_units, first.cooperating_units) == (["区水务局"], [])
    assert (second.lead_units, second.cooperating_units) == (["区生态环境局"], ["某工业园区"])
    assert (second.sources["lead_units"], second.confidence["lead_units"]) == ("进展中的牵头单位", 0.7)
    # a unit label wins over the clause
    (finding,) = parse_plan_text(
        "一、整改任务\n河道垃圾堆放。\n二、责任单位\n县水利局\n三、整改情况\n县城管局牵头，已清理。\n"
    ).findings
    assert finding.lead_units == ["县水利局"]


def test_an_open_findings_planned_date_is_its_deadline():
    _, second = parse_plan_text(_REPORT).findings
    assert [d.date.isoformat() for d in second.deadlines] == ["2024-06-30"]
    assert (second.sources["deadlines"], second.confidence["deadlines"]) == ("进展中的计划时间", 0.7)
    # a finding already done keeps no such date; a time-limit label wins
    (finding,) = parse_plan_text(
        "一、整改任务\n河道垃圾堆放。\n二、整改时限\n长期坚持\n三、整改情况\n计划于2025年6月底前完成清理。\n"
    ).findings
    assert [d.kind for d in finding.deadlines] == ["long_term"]


def test_a_report_section_with_labelled_items_and_a_label_over_a_list():
    findings = parse_plan_text(
        "一、整改工作开展情况\n（一）扛牢责任。多次召开会议。\n（二）强化领导。成立领导小组。\n"
        "二、反馈问题整改进展情况\n（一）排污口整治不彻底。\n责任单位：市生态环境局\n整改时限：2022年12月底前\n"
        "整改进展：已完成整改。\n（二）建筑垃圾乱倒。\n责任单位：市城市管理局\n整改时限：长期坚持\n"
        "整改进展：正在持续推进。\n"
    ).findings
    assert [(f.title, f.lead_units, f.status) for f in findings] == [
        ("排污口整治不彻底", ["市生态环境局"], "completed"),
        ("建筑垃圾乱倒", ["市城市管理局"], None),
    ]
    # “四、目标任务” over 1.–2. is still the label of a list in one notice
    (finding,) = parse_plan_text(
        "一、整改问题\n烧荒。\n二、整改实施主体\n某县人民政府\n四、目标任务\n1.清除烧荒。\n2.加强巡查。\n"
        "五、完成时限\n长期坚持\n"
    ).findings
    assert finding.title == "烧荒"


def test_a_report_period_is_no_due_date():
    (finding,) = parse_plan_text(
        "一、整改任务\n工作机制不顺畅。\n二、整改措施\n每季度调度，印发函件商请提供2024年前三季度进展情况。\n"
    ).findings
    assert finding.deadlines == []
    text = "一、整改任务\n工作机制不顺畅。\n二、整改措施\n2024年底前完成机制建设。\n"
    (finding,) = parse_plan_text(text).findings
    assert [d.date.isoformat() for d in finding.deadlines] == ["2024-12-31"]


def test_a_case_code_lead_in_is_cut_from_the_title():
    (finding,) = parse_plan_text(
        "序号|交办问题基本情况|涉及团场及部门|办结目标|处理和整改情况\n"
        "1|受理编号十二师02号的环境信访问题为：投诉人反映一家砂石料厂夜间作业噪声扰民。|西山农牧场、师生态环境局|已办结|"
        "已责令停止夜间作业。\n"
        "2|受理编号十二师01号的环境信访问题为：投诉人反映养殖场粪污露天堆放。|三坪农场|阶段性办结|正在建设贮存设施。\n"
    ).findings[:1]
    assert finding.title == "投诉人反映一家砂石料厂夜间作业噪声扰民"
    assert finding.lead_units == ["西山农牧场", "师生态环境局"]
    assert finding.status == "completed"


def test_case_and_schedule_columns():
    assert (map_column("涉及团场及部门").field, map_column("涉及单位").field) == ("lead", "lead")
    assert map_column("办结目标").field == "result"
    assert map_column("是否达序时").field == "result"
    findings = parse_plan_text(
        "序号|目标任务|责任单位|三季度完成情况|是否达序时\n1|创建卫生县城|县卫健委|已通过验收。|已完成\n"
        "2|建设妇幼保健院|县卫健委|主体封顶。|未达序时\n"
    ).findings
    assert [f.status for f in findings] == ["completed", None]


def test_a_notice_whose_form_is_printed_as_one_line_is_cut_at_its_labels():
    (finding,) = parse_plan_text(
        "关于督察反馈问题(省编号10-2)整改验收销号的公示\n"
        "督察反馈问题(省编号10-2)已完成整改，并通过现场核查验收，现将问题整改销号情况予以公示。\n"
        "公示日期2025年6月6日至2025年6月19日反馈问题矿区内违规倾倒建筑垃圾。整改实施主体温州市委、市政府"
        "整改目标清理建筑垃圾，完善长效机制。\n整改措施完成情况\n1、建筑垃圾已清理完毕。\n"
    ).findings
    assert (finding.number, finding.title) == (10, "矿区内违规倾倒建筑垃圾")
    assert finding.lead_units == ["温州市委", "温州市政府"]
    assert finding.target == "清理建筑垃圾，完善长效机制。"
    assert finding.status == "completed"


def test_a_sentence_naming_labels_in_passing_is_not_cut():
    text = (
        "一、整改任务\n反馈问题整改目标不明确，整改实施主体和整改措施未逐项落实到人，需要重新梳理。\n"
        "二、责任单位\n县环保局\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "反馈问题整改目标不明确，整改实施主体和整改措施未逐项落实到人，需要重新梳理"
    assert finding.lead_units == ["县环保局"]
