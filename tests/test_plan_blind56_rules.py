"""Rules the reader learnt from blind set 56 (issue 14, docs/decisions.md “Blind set 56”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 56`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_a_problem_label_after_the_item_number_is_no_part_of_the_title():
    findings = parse_plan_text(
        "某市暗访发现问题整改情况的报告\n"
        "一、甲镇\n"
        "1.问题：镇区农贸市场周边垃圾收运不及时，留有卫生死角。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：2020年6月15日前\n"
        "整改情况：已整改到位。\n"
        "2.问题：部分村庄坑塘内漂浮垃圾未清理。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：立行立改\n"
        "整改情况：已整改到位。\n"
        "二、乙镇\n"
        "3.存在问题：部分村户厕改造台账与实际不符。\n"
        "责任单位：乙镇人民政府、市农业农村局\n"
        "整改时限：2020年6月30日前\n"
        "整改情况：正在逐户核对。\n"
    ).findings
    assert [f.title for f in findings] == [
        "镇区农贸市场周边垃圾收运不及时，留有卫生死角",
        "部分村庄坑塘内漂浮垃圾未清理",
        "部分村户厕改造台账与实际不符",
    ]
    assert findings[2].lead_units == ["乙镇人民政府", "市农业农村局"]


def test_a_title_that_only_names_a_problem_label_like_word_is_kept():
    # “问题” followed by words, not by a colon, is the problem itself
    findings = parse_plan_text(
        "1.问题整改台账不健全，销号资料缺失。\n责任单位：县整改办\n整改时限：2020年6月30日前\n"
    ).findings
    assert findings[0].title == "问题整改台账不健全，销号资料缺失"


def test_one_numbered_problem_item_under_each_town_heading_is_the_finding():
    findings = parse_plan_text(
        "一、甲镇\n"
        "1.问题：镇区农贸市场周边垃圾收运不及时。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：2020年6月15日前\n"
        "整改情况：已整改到位。\n"
        "二、乙镇\n"
        "2.问题：部分村户厕改造台账与实际不符。\n"
        "责任单位：乙镇人民政府、市农业农村局\n"
        "整改时限：2020年6月30日前\n"
        "整改情况：正在逐户核对。\n"
    ).findings
    assert [(f.number, f.title) for f in findings] == [
        (1, "镇区农贸市场周边垃圾收运不及时"),
        (2, "部分村户厕改造台账与实际不符"),
    ]
    assert findings[1].lead_units == ["乙镇人民政府", "市农业农村局"]


def test_other_labels_under_an_arabic_number_stay_steps():
    # “1.整改措施：…” inside a field is a step, not a label opening an item
    findings = parse_plan_text(
        "一、河道垃圾清理不及时。\n责任单位：甲镇人民政府\n整改时限：2020年6月30日前\n"
        "整改措施：\n1.清理河道垃圾；\n2.建立保洁制度。\n"
    ).findings
    assert len(findings) == 1 and len(findings[0].measures) == 2


def test_alike_items_under_new_numbers_are_not_one_problem_repeated():
    findings = parse_plan_text(
        "一、甲区\n"
        "1.反映问题：甲区某小区周边露天烧烤油烟扰民。\n"
        "调查核实情况：经核查，反映问题属实。\n"
        "责任单位：甲区人民政府\n"
        "2.反映问题：甲区某村附近有建筑垃圾随意倾倒。\n"
        "调查核实情况：经核查，反映问题属实。\n"
        "责任单位：甲区人民政府\n"
        "二、乙县\n"
        "3.反映问题：乙县某企业夜间生产噪声扰民。\n"
        "调查核实情况：经核查，反映问题部分属实。\n"
        "责任单位：乙县人民政府\n"
    ).findings
    assert [f.number for f in findings] == [1, 2, 3]
