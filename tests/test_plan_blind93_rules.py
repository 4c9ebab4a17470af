"""Rules the reader learnt from blind set 93 (issue 14, docs/decisions.md “Blind set 93”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 93`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import (
    CHECK_RESULTS_AHEAD,
    LISTING_REASON,
    OPENING_TOWN_COLON,
    POOR_ONES_AHEAD,
    SCORED_PLACE,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a weekly 通报's list of the places that did worst -------------------------------------------

_WORST = (
    "环境卫生整治工作第二周情况通报\n"
    "各乡镇、县直各单位：\n"
    "现将第二周督查情况通报如下：\n"
    "整治情况较好的有：东河乡北坡村、县教育局。\n"
    "环境卫生整治较差的有：\n"
    "1.西河镇南庄村村口垃圾未清理；\n"
    "2.西河镇北庄村河道内柴草未清运；\n"
    "3.县城东关市场周边卫生脏乱差。\n"
    "县爱卫办\n"
    "2021年5月8日\n"
)


def test_every_item_under_a_line_naming_the_worst_is_a_problem():
    findings = _findings(_WORST)
    assert [f.title for f in findings] == [
        "西河镇南庄村村口垃圾未清理",
        "西河镇北庄村河道内柴草未清运",
        "县城东关市场周边卫生脏乱差",
    ]
    assert [f.number for f in findings] == [1, 2, 3]
    assert all(not f.lead_units and not f.deadlines for f in findings)


def test_the_lines_announcing_the_worst():
    for line in ("环境卫生整治较差的有：", "整改不到位的单位是：", "排名靠后的村为："):
        assert POOR_ONES_AHEAD.search(line)
    assert not POOR_ONES_AHEAD.search("环境卫生整治较好的有：")


# --- a check's results announced, one paragraph a town opening “X镇：” ----------------------------

_RESULTS = (
    "关于乡镇环境卫生检查情况的通报\n"
    "各乡镇人民政府：\n"
    "6月2日，县住建局对各乡镇集镇环境卫生进行了检查，现将检查结果通报如下：\n"
    "一、集镇保洁情况\n"
    "（一）东河乡：北坡村巷道柴草堆较多；南坡村路边堆放建筑垃圾。乡镇扣3分。\n"
    "（二）西河镇：集镇主街门店占道经营；农贸市场周边垃圾未及时清理。乡镇扣4分。\n"
    "县住房和城乡建设局\n"
    "2021年6月5日\n"
)


def test_a_check_report_gives_each_town_its_paragraph():
    findings = _findings(_RESULTS)
    assert [f.title for f in findings] == ["北坡村巷道柴草堆较多", "集镇主街门店占道经营"]
    assert [f.lead_units for f in findings] == [["东河乡"], ["西河镇"]]
    assert all(not f.cooperating_units and not f.deadlines for f in findings)


def test_the_words_of_a_check_report():
    assert CHECK_RESULTS_AHEAD.search("现将检查结果通报如下：")
    assert CHECK_RESULTS_AHEAD.search("现将督查情况通报如下：")
    assert not CHECK_RESULTS_AHEAD.search("现将有关事项通知如下：")
    assert OPENING_TOWN_COLON.match("宁安镇：肖闸村…").group("place") == "宁安镇"
    assert OPENING_TOWN_COLON.match("乌兰毛都苏木：…").group("place") == "乌兰毛都苏木"
    assert not OPENING_TOWN_COLON.match("整改要求：…")


# --- a 红黑榜: the black side's reasons and points, not the red side -------------------------------

_RED_BLACK = (
    "某镇8月份环境卫生“红黑榜”\n"
    "镇全域办对各村环境卫生进行了督查，现将本期“红黑榜”通报如下。\n"
    "一、“红榜”：东村；西村。\n"
    "上榜理由：东村巷道干净整洁。\n"
    "二、“黑榜”：南村。\n"
    "上榜理由：南村建筑垃圾堆积严重，整改不及时。\n"
    "三、黑点\n"
    "1、北村垃圾箱清运不及时。\n"
    "2、中村田间废旧地膜堆积较多。\n"
)


def test_a_black_list_gives_its_reasons_and_points_numbered_on():
    findings = _findings(_RED_BLACK)
    assert [f.title for f in findings] == [
        "南村建筑垃圾堆积严重，整改不及时",
        "北村垃圾箱清运不及时",
        "中村田间废旧地膜堆积较多",
    ]
    assert [f.number for f in findings] == [1, 2, 3]
    assert all(f.status != "completed" for f in findings)


def test_the_reason_label():
    assert LISTING_REASON.match("上榜理由：南村…")
    assert LISTING_REASON.match("入榜原因：…")
    assert not LISTING_REASON.match("理由：…")


# --- a city 通报's blocks: the place and its score, then 检查情况 and 存在问题 ----------------------

_BLOCKS = (
    "关于农村环境卫生检查考评情况的通报\n"
    "各区县人民政府：\n"
    "现将检查情况通报如下：\n"
    "甲区  成绩：61分\n"
    "检查情况：已评级村120个，一类村40个。\n"
    "存在问题：垃圾转运站数量不足，不能满足处理需要。\n"
    "乙县  成绩：55分\n"
    "检查情况：已评级村200个，一类村30个。\n"
    "存在问题：垃圾转运站数量不足，不能满足实际处理需要。\n"
    "市整治办\n"
    "2011年10月24日\n"
)


def test_each_scored_block_is_a_finding_of_its_place_however_alike():
    findings = _findings(_BLOCKS)
    assert [f.title for f in findings] == [
        "垃圾转运站数量不足，不能满足处理需要",
        "垃圾转运站数量不足，不能满足实际处理需要",
    ]
    assert [f.lead_units for f in findings] == [["甲区"], ["乙县"]]
    assert all(not f.measures for f in findings)


def test_the_scored_place_line():
    assert SCORED_PLACE.match("临潼区  成绩：61.2分").group("place") == "临潼区"
    assert SCORED_PLACE.match("沣东新城 得分：54分").group("place") == "沣东新城"
    assert not SCORED_PLACE.match("临潼区：垃圾压缩站数量不足")
