"""Rules the reader learnt from blind set 121 (issue 14, docs/decisions.md “Blind set 121”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 121`)."""

from __future__ import annotations

from intake.plan_parser import _parse_respective_problems, parse_plan_text
from intake.words import CHECKED_TOWN, FOUND_AT_PLACE, POINTED_PROBLEMS, RESPECTIVE_PROBLEMS


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a check's problems after “指出了存在的主要问题：”, apart by ；, a part over two sentences ------


def test_problems_pointed_out_after_a_colon_are_cut_at_semicolons_and_titled_by_their_first_sentence():
    text = (
        "12日，市创文检查组走访了城南区河口镇，了解当地创文工作情况，督促整改存在的问题。\n"
        "检查组认为，镇区主干道路面干净，交通顺畅。\n"
        "同时，检查组指出了存在的主要问题：河口大道东段人行道没扫干净，几个垃圾桶四周脏乱。"
        "旁边的修车店占道堆放轮胎；新街市场门口摆摊占道；滨河路路灯杆贴着小广告。\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "河口大道东段人行道没扫干净，几个垃圾桶四周脏乱",
        "新街市场门口摆摊占道",
        "滨河路路灯杆贴着小广告",
    ]
    # the one town checked and urged to fix leads them all
    assert [f.lead_units for f in findings] == [["河口镇"]] * 3


def test_the_colon_cue_wants_the_words_of_found_or_pointed_problems():
    assert POINTED_PROBLEMS.search("检查组指出了存在的主要问题：甲处脏乱；乙处占道。")
    assert POINTED_PROBLEMS.search("检查发现的问题如下：甲处脏乱；乙处占道。")
    assert POINTED_PROBLEMS.search("会议指出：要加强领导；要落实责任。") is None


# --- the town checked leads, only when the item puts the problems to it -------------------------


def test_a_street_checked_and_asked_by_name_leads_the_problems_the_item_lists():
    text = (
        "22日，市督查组对城西区东岭街的创文工作进行了监督。\n"
        "督查组认为，主干道清洁度高。主要问题有：东岭路绿化带里有垃圾；东岭市场门前摆摊占道；"
        "后街小巷堆着杂物。\n"
        "督查组要求东岭街对照标准，及时整改。\n"
    )
    findings = _findings(text)
    assert len(findings) == 3
    assert all(f.lead_units == ["东岭街"] for f in findings)


def test_a_check_of_a_town_that_puts_nothing_to_it_names_no_unit():
    text = (
        "22日，市督查组对城西区东岭街的创文工作进行了监督。\n"
        "督查组认为，主干道清洁度高。主要问题有：东岭路绿化带里有垃圾；东岭市场门前摆摊占道；"
        "后街小巷堆着杂物。\n"
    )
    assert all(f.lead_units == [] for f in _findings(text))


def test_the_checked_town_is_named_without_its_district():
    match = CHECKED_TOWN.search("市创文检查组走访了揭东区云路镇，了解情况")
    assert match and match.group("town") == "云路镇"


# --- “A镇、B镇…分别存在X，Y；C镇D村存在Z、W等问题”: each piece led by its town ------------------


def test_problems_told_town_by_town_after_fenbie_cunzai_are_led_by_their_towns():
    text = (
        "    本报讯 6月3日，市督查组对平江县东山镇、西河镇，北岭县南岗镇的整改情况进行复查。\n"
        "    据了解，平江县东山镇、西河镇在清洁乡村活动中分别存在东山村有人在河边养鸭，"
        "西河村垃圾没人清运、垃圾倒进水沟；北岭县南岗镇石桥村存在学校门口垃圾乱丢、"
        "菜市场污水横流等问题。对此，督查组发出《督查整改通知书》，责令三镇限期整改。\n"
    )
    findings = _findings(text)
    assert [(f.title, f.lead_units) for f in findings] == [
        ("东山村有人在河边养鸭", ["东山镇"]),
        ("西河村垃圾没人清运", ["西河镇"]),
        ("垃圾倒进水沟", ["西河镇"]),
        ("学校门口垃圾乱丢", ["南岗镇"]),
        ("菜市场污水横流", ["南岗镇"]),
    ]
    assert all(f.deadlines == [] for f in findings)  # “限期” names no day


def test_fenbie_cunzai_with_pieces_not_matching_the_towns_is_left_to_other_readings():
    found = RESPECTIVE_PROBLEMS.search("东山镇、西河镇分别存在东山村有人在河边养鸭等问题。")
    assert found is not None  # the cue is there; the reading declines (one piece for two towns)
    text = "督查组发现，东山镇、西河镇分别存在东山村有人在河边养鸭等问题。\n"
    assert _parse_respective_problems(text) is None


# --- “在X，检查组发现，…等问题。” sentence by sentence ------------------------------------------


def test_sentences_telling_what_the_check_found_at_each_place_are_one_finding_each():
    text = (
        "区领导带队到南门、北门街道检查文明城市创建工作\n"
        "昨日下午，区领导带队检查，要求相关街道及时整改。\n"
        "在南门街道花园小区，检查组发现，该小区存在车辆乱停、垃圾房有异味等问题。"
        "在北门农贸市场，检查组发现市场内公益广告偏少。"
        "在北门街道政务大厅，检查组发现，该处存在标识破损的问题。\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "在南门街道花园小区，检查组发现，该小区存在车辆乱停、垃圾房有异味等问题",
        "在北门农贸市场，检查组发现市场内公益广告偏少",
        "在北门街道政务大厅，检查组发现，该处存在标识破损的问题",
    ]
    # the places are where the problems are; “相关街道” names nobody
    assert all(f.lead_units == [] for f in findings)


def test_a_place_sentence_wants_a_group_that_found():
    assert FOUND_AT_PLACE.match("在南门街道花园小区，检查组发现，该小区存在车辆乱停")
    assert FOUND_AT_PLACE.match("在各乡镇，检查组发现，垃圾乱堆") is None
    assert FOUND_AT_PLACE.match("在良庆镇新兰村新民坡，村后树根下有零星垃圾") is None
