"""The one reader of problems run on inside one paragraph (`plan_parser._run_on_list`): its
readings are data (`words.RunOnList`), and the rules it applies to every reading."""

import re

from intake.plan_parser import _run_on_list, parse_plan_text
from intake.words import PLACES_RUN_ON_LISTS, RUN_ON_LISTS, RunOnList


def test_a_new_reading_is_data_only():
    # a cue and its marks are all a new kind of run needs
    reading = RunOnList("检查所列问题", re.compile("主要问题有[：:]"), "[；;]", sentence_marks="[。]")
    plan = _run_on_list(["本次检查主要问题有：甲村道路破损；乙村垃圾未清运；丙村河道淤积。"], (reading,))
    assert [f.title for f in plan.findings] == ["甲村道路破损", "乙村垃圾未清运", "丙村河道淤积"]
    assert all(f.confidence["title"] == 0.5 for f in plan.findings)


def test_a_reading_needs_its_minimum():
    reading = RunOnList("检查所列问题", re.compile("主要问题有[：:]"), "[；;]", minimum=3)
    assert _run_on_list(["主要问题有：甲村道路破损；乙村垃圾未清运。"], (reading,)) is None


def test_places_of_a_notice_lead_their_clauses_and_the_effect_closing_the_list_is_cut():
    text = (
        "关于农村人居环境整治督查情况的通报\n各乡镇：\n"
        "近日，县督查组开展督查，发现仍存在垃圾乱堆、污水乱排等问题，如陈集镇王庄村路边垃圾成堆；"
        "薛湖镇李楼村坑塘漂浮物未清理。城关镇张庄村柴草乱堆，影响村容村貌。\n请各乡镇立即整改。"
    )
    findings = parse_plan_text(text).findings
    assert [(f.title, f.lead_units) for f in findings] == [
        ("陈集镇王庄村路边垃圾成堆", ["陈集镇王庄村"]),
        ("薛湖镇李楼村坑塘漂浮物未清理", ["薛湖镇李楼村"]),
        ("城关镇张庄村柴草乱堆", ["城关镇张庄村"]),
    ]


def test_a_point_said_done_is_done_unless_something_is_still_open():
    reading = PLACES_RUN_ON_LISTS[0]
    lines = ["督查结果：高河镇金星社区路灯已修好；城关镇东街社区垃圾已清运，但仍有杂物堆放。"]
    findings = _run_on_list(lines, (reading,)).findings
    assert [f.status for f in findings] == ["completed", None]
    assert findings[0].marker == "已修好"


def test_a_problem_taken_up_after_the_run_is_one_more_led_by_the_body_told():
    text = (
        "检查发现，仍存在宣传不深入、基础设施薄弱、监管力量不足等问题。同时，检查组对群众反映强烈的"
        "垃圾填埋场渗滤液问题作了现场调研，督促县城管局牵头整改。"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "宣传不深入",
        "基础设施薄弱",
        "监管力量不足",
        "群众反映强烈的垃圾填埋场渗滤液问题",
    ]
    assert [f.lead_units for f in findings] == [[], [], [], ["县城管局"]]


def test_a_run_over_numbered_problems_sums_them_up():
    lines = [
        "调研组指出，我县仍存在垃圾乱堆、污水直排、秸秆焚烧等问题。",
        "一、垃圾乱堆问题突出",
        "二、污水直排问题仍未解决",
    ]
    assert _run_on_list(lines, RUN_ON_LISTS) is None


def test_every_clause_must_open_on_a_place_for_a_found_paragraph():
    reading = PLACES_RUN_ON_LISTS[1]
    placed = [
        "工作人员在检查中发现，茨河镇陶湾村路边有垃圾。后庄村五组55号门前有垃圾，后庄村一组72号屋后有垃圾。"
    ]
    assert len(_run_on_list(placed, (reading,)).findings) == 3
    unplaced = ["工作人员在检查中发现，茨河镇陶湾村路边有垃圾。部分路段有垃圾，后庄村一组72号屋后有垃圾。"]
    assert _run_on_list(unplaced, (reading,)) is None


def test_a_run_over_numbered_requirements_stays_the_list():
    # (a printed news item breaks the paragraph before “一是…”; the requirements are no problems)
    lines = [
        "督察中发现，个别单位认识不到位、建筑工地堆土没有覆盖；采石场没有办理环评手续等问题。提出整改要求：",
        "一是各乡镇要高度重视，列出问题清单。二是各部门要限期整改到位。",
    ]
    findings = _run_on_list(lines, RUN_ON_LISTS).findings
    assert [f.title for f in findings] == [
        "个别单位认识不到位",
        "建筑工地堆土没有覆盖",
        "采石场没有办理环评手续",
    ]
