"""Rules the reader learnt from blind set 30 (issue 14, docs/decisions.md “Blind set 30”): public
case lists of petitions handed down during an inspection. Each rule on a short document written
for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 30`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import _title, parse_plan_text


def _dates(finding) -> list[datetime.date | None]:
    return [d.date for d in finding.deadlines]


def test_a_case_code_and_place_as_labels_before_the_complaint_are_cut_from_the_title():
    assert _title("受理编号：AB0312，行政区域：东城区，反映问题：东城区一家洗衣店废水直排，气味大。") == (
        "东城区一家洗衣店废水直排，气味大"
    )
    title = _title("交办编号：X1-07，所在地：南山镇，举报内容：南山镇一处砖厂冒黑烟。")
    assert title == "南山镇一处砖厂冒黑烟"


def test_a_title_with_a_label_but_no_complaint_label_is_kept_whole():
    # the labels only count when a complaint label follows them
    assert _title("整改目标：河道水质达标，群众满意。") == "整改目标：河道水质达标，群众满意"


def test_cases_written_one_per_numbered_paragraph_in_one_line_read_with_their_labels():
    plan = parse_plan_text(
        "某市关于督察组转办信访件办理情况的公示\n"
        "现将办理情况公示如下：\n"
        "1.受理编号：AB0312，行政区域：东城区，反映问题：东城区一家洗衣店废水直排，气味大。调查核实情况：该店无污水处理设施。"
        "是否属实：属实。处理和整改情况：已责令接入市政污水管网，已办结。责任人被处理情况：无。\n"
        "2.受理编号：AB0315，行政区域：西城区，反映问题：西城区一家饭店油烟扰民。调查核实情况：净化器未开启。"
        "是否属实：属实。处理和整改情况：已责令更换净化器，计划于2024年9月30日前完成。责任人被处理情况：无。\n"
    )
    titles = [finding.title for finding in plan.findings]
    assert titles == ["东城区一家洗衣店废水直排，气味大", "西城区一家饭店油烟扰民"]
    assert plan.findings[0].status == "completed"
    assert plan.findings[1].status is None
    assert _dates(plan.findings[1]) == [datetime.date(2024, 9, 30)]


def test_a_time_limit_stated_inside_the_progress_is_the_deadline():
    plan = parse_plan_text(
        "| 序号 | 县区 | 信访问题 | 调查核实情况 | 是否属实 | 处理和整改情况 |\n"
        "| 1 | 北区 | 北区一家石料厂粉尘大。 | 喷淋损坏。 | 属实 | 已责令修复，整改时限2019年8月15日。 |\n"
        "| 2 | 南区 | 南区一家猪场粪污外溢。 | 池容量不足。 | 属实 | 已责令扩建，整改时限为2019年9月底。 |\n"
    )
    assert [_dates(finding) for finding in plan.findings] == [
        [datetime.date(2019, 8, 15)],
        [datetime.date(2019, 9, 30)],
    ]
    assert plan.findings[0].sources["deadlines"] == "进展中的整改时限"


def test_a_prose_case_list_keeps_a_case_that_names_no_fault_word_but_reports_its_check():
    # the second case's complaint has no fault word the reader knows; its check (“经调查核实，
    # 情况部分属实”) says it is a complaint looked into, so it is a case like the others
    plan = parse_plan_text(
        "关于督察组交办环境问题举报件办理情况的通报\n"
        "一、甲县（2件）\n"
        "1.甲县一家石材厂切割粉尘大、噪声扰民。经调查核实，情况属实。已责令停产整改，该件已办结。\n"
        "2.甲县城区一处菜市场卫生脏乱，清扫跟不上。经调查核实，情况部分属实。已增加保洁人员，该件已办结。\n"
        "二、乙县（1件）\n"
        "3.乙县一家屠宰场废水未经处理排入河道。经调查核实，情况属实。已立案处罚，该件已办结。\n"
    )
    assert [finding.number for finding in plan.findings] == [1, 2, 3]
    assert plan.findings[1].title == "甲县城区一处菜市场卫生脏乱，清扫跟不上"
    sections = [finding.section for finding in plan.findings]
    assert sections == ["一、甲县（2件）", "一、甲县（2件）", "二、乙县（1件）"]


def test_not_in_time_is_a_fault_word_for_a_prose_item():
    plan = parse_plan_text(
        "关于群众反映问题整改情况的通报\n"
        "1.某街道生活垃圾清运不及时。已增加清运车次，已整改完成。\n"
        "2.某小区雨污管网错接。已完成改造，已整改完成。\n"
    )
    assert [finding.title for finding in plan.findings] == ["某街道生活垃圾清运不及时", "某小区雨污管网错接"]


def test_the_handling_after_a_one_paragraph_case_gives_its_planned_date():
    plan = parse_plan_text(
        "关于督察组交办举报件办理情况的通报\n"
        "1.丙镇一处农贸市场污水横流。经调查核实，情况属实。排污管网改造正在施工，计划于2018年11月30日前完工。\n"
        "2.丁镇一家砖厂冒黑烟。经调查核实，情况属实。砖厂已拆除，该件已办结。\n"
    )
    assert _dates(plan.findings[0]) == [datetime.date(2018, 11, 30)]
    assert plan.findings[0].status is None
    assert plan.findings[1].status == "completed"


def test_a_numbered_case_wrapped_before_its_other_labels_keeps_them():
    # printed to PDF, the paragraph “2.受理编号：…反映问题：…。调查核实情况：…。处理和整改情况：…”
    # breaks after the complaint; the next line continues the item, it does not end it
    plan = parse_plan_text(
        "某市关于督察组转办信访件办理情况的公示\n"
        "1.受理编号：AB0312，行政区域：东城区，反映问题：东城区一家洗衣店废水直排，气味大。调查核实情况：无处理设施。"
        "处理和整改情况：已责令接入污水管网，已办结。\n"
        "2.受理编号：AB0315，行政区域：西城区，反映问题：西城区一家饭店油烟扰民。\n"
        "调查核实情况：净化器未开启。是否属实：属实。处理和整改情况：已责令更换净化器，已办结。\n"
    )
    assert [finding.title for finding in plan.findings] == [
        "东城区一家洗衣店废水直排，气味大",
        "西城区一家饭店油烟扰民",
    ]
    assert plan.findings[1].progress.startswith("已责令更换净化器")
    assert plan.findings[1].status == "completed"
