"""Rules the reader learnt from blind set 113 (issue 14, docs/decisions.md “Blind set 113”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 113`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import FOUND_RUN_ON, HANDED_NOTICE_TO, SEEN_AT_PLACE, SEEN_FAULT, SHORT_TOWN


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a 暗访通报 that hands its problems down (督办) without writing 整改 anywhere -------------------
# (read since the merge with main by set 118's rule, an unannounced visit speaks of problems,
# `words.UNANNOUNCED_VISIT` in `plan_parser._parse_paragraphs`; set 113's 督办 in `_RECTIFICATION` did
# the same job and was dropped)


def test_a_notice_handing_problems_down_by_duban_speaks_of_rectification():
    text = (
        "农村环境卫生暗访通报\n"
        "6月3日，县环境办分两组对10个村进行了暗访，其中4个村存在垃圾乱倒等各类问题。"
        "现将督办问题逐村通报如下：\n"
        "1、东河乡西沟村，村口成堆垃圾没有清理；\n"
        "2、南山镇北岭村，学校后沟有生活垃圾一处；\n"
        "3、南山镇石桥村，桥下垃圾乱堆；\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "东河乡西沟村，村口成堆垃圾没有清理",
        "南山镇北岭村，学校后沟有生活垃圾一处",
        "南山镇石桥村，桥下垃圾乱堆",
    ]
    assert findings[1].lead_units == ["南山镇北岭村"]


# --- the last item's unit label running into the letter's closing paragraph -----------------------
# (read since the merge with main by set 115's rule in `plan_parser._Bag.add_text`: a lead or
# cooperating value ended with 。 takes in no paragraph of sentences after it; set 113's `_units_value`
# did the same job and was dropped)


def test_a_unit_label_closed_by_a_full_stop_does_not_take_the_closing_paragraph():
    text = (
        "5月6日，县创卫督导组对城区小区进行了检查，现将检查发现的问题交办如下：\n"
        "1.东风小区内垃圾清运不及时。责任单位：城关街道办。\n"
        "2.新华路88号院无健康教育宣传栏、乱堆杂物。责任单位：新华街道办。\n"
        "上述责任单位要高度重视，对存在的问题务必于5月9日前整改完毕，整改完毕后报县创卫督导组销号。\n"
        "县创卫督导组\n"
    )
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [["城关街道办"], ["新华街道办"]]
    # a year written nowhere: the yearless day is no date
    assert findings[1].deadlines == []


def test_a_unit_list_going_on_over_lines_of_units_is_kept():
    text = (
        "1.河道两岸垃圾未清理。责任单位：东城街道办。\n西城街道办、县水利局\n"
        "2.主街占道经营。责任单位：县城管局。\n"
    )
    findings = _findings(text)
    assert findings[0].lead_units[:2] == ["东城街道办", "西城街道办"]


# --- “督察中发现，A、B、C；D；E，F等问题。” ----------------------------------------------------------


def test_problems_found_in_one_sentence_are_cut_where_a_piece_names_a_fault():
    assert FOUND_RUN_ON.search("督察中发现，工地裸土未覆盖、渣土撒漏等问题。")
    text = (
        "某县着力解决突出环境问题\n"
        "近日，某县对全县环境保护工作开展督察，督察组下发了督办函。"
        "督察中发现，个别部门对督察重视不够、柳镇辖区建筑工地裸土没有覆盖、工业园区内有渣土撒漏现象；"
        "部分乡镇生活、建筑垃圾清运不及时；石料厂没有办理环评手续，河口镇辖区有违规煤场等问题。"
        "督察组提出整改要求：一是高度重视。二是限期整改到位。\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "个别部门对督察重视不够",
        "柳镇辖区建筑工地裸土没有覆盖",
        "工业园区内有渣土撒漏现象",
        "部分乡镇生活、建筑垃圾清运不及时",
        "石料厂没有办理环评手续",
        "河口镇辖区有违规煤场",
    ]
    # a town of one character is known by the ground word after it; a works is no unit
    assert [f.lead_units for f in findings] == [[], ["柳镇"], [], [], [], ["河口镇"]]
    assert SHORT_TOWN.match("乡镇辖区垃圾") is None


def test_a_tally_after_the_found_run_is_no_list():
    assert FOUND_RUN_ON.search("检查中发现，垃圾乱堆、污水直排等问题12个。") is None


# --- “发现以下两处问题：其一，A；其二，B。” and the body the notice was handed to ---------------------


def test_problems_counted_qiyi_qier_are_one_finding_each_led_by_the_body_handed_the_notice():
    text = (
        "3月5日督导简报\n"
        "3月5日上午，第二督导组对东街街道办事处进行督导检查，发现以下三处问题：其一，北巷内居民堆放杂物，"
        "情况严重；其二，农贸市场外垃圾桶满溢；其三，南门小区楼道乱贴小广告。随后，督导组向办事处下发督导通知单，"
        "责令限期整改。\n"
    )
    assert HANDED_NOTICE_TO.search(text).group("unit") == "办事处"
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "北巷内居民堆放杂物，情况严重",
        "农贸市场外垃圾桶满溢",
        "南门小区楼道乱贴小广告",
    ]
    assert all(f.lead_units == ["东街街道办事处"] for f in findings)
    assert all(f.deadlines == [] for f in findings)


# --- a 暗访 news item telling place by place what it saw, and an order naming one town -------------


_SEEN = (
    "市暗访组暗访节前环境卫生整治\n"
    "发布时间：2016/1/20 10:00:00\n"
    "1月15日，市暗访组暗访了两个区的节前环境卫生整治情况。\n"
    "市暗访组在东区河西镇甲村看到，村庄道路清扫及时，垃圾日产日清，村内没有卫生死角。"
    "暗访组在西区北湖镇乙村村东街道看到较多生活垃圾堆积无人清理。在北湖镇丙村看到，村内乱堆柴草，"
    "焚烧垃圾2处；在北湖镇丁村看到散落垃圾遍地。\n"
    "市暗访组要求西区有关部门督促北湖镇政府主管领导3日内写出书面检查，5日内将存在问题解决好。\n"
)


def test_each_fault_seen_at_a_place_is_a_finding_and_a_praised_village_is_none():
    m = SEEN_AT_PLACE.match("在北湖镇丙村看到，村内乱堆柴草")
    assert (m.group("place"), m.group("sep")) == ("北湖镇丙村", "，")
    assert SEEN_FAULT.search("垃圾日产日清，村内没有卫生死角") is None
    findings = _findings(_SEEN)
    assert [f.title for f in findings] == [
        "西区北湖镇乙村村东街道较多生活垃圾堆积无人清理",
        "北湖镇丙村，村内乱堆柴草，焚烧垃圾2处",
        "北湖镇丁村散落垃圾遍地",
    ]


def test_the_town_ordered_leads_and_its_days_count_from_the_check():
    findings = _findings(_SEEN)
    assert all(f.lead_units == ["北湖镇政府"] for f in findings)
    # 5日内 from the 暗访 of 1月15日 in the page's year; the 3-day self-criticism is no limit
    assert all([d.date for d in f.deadlines] == [datetime.date(2016, 1, 20)] for f in findings)


def test_without_the_pages_year_the_days_give_no_date():
    findings = _findings(_SEEN.replace("发布时间：2016/1/20 10:00:00\n", ""))
    assert all(f.deadlines == [] for f in findings)


# --- warning letters sent to several bodies, each one's clause telling what it is warned of -------


def test_each_body_a_warning_letter_went_to_is_one_finding_led_by_it():
    text = (
        "近日，省环境办向青山市、白河市及青山市东城区、柳林县发出环境空气质量预警函，提出警示要求。\n"
        "监测数据显示，青山市优良天数比例同比下降4个百分点；白河市PM10浓度同比上升6%。"
        "3个市辖区中，东城区、西城区、南城区优良天数比例均同比下降。扣除沙尘影响，东城区臭氧浓度上升幅度最大，"
        "柳林县SO2浓度同比上升20%，青山市臭氧浓度也有上升。\n"
        "按照警示要求，各地要全面分析成因。\n"
    )
    findings = _findings(text)
    assert [(f.title, f.lead_units) for f in findings] == [
        ("青山市优良天数比例同比下降4个百分点", ["青山市"]),
        ("白河市PM10浓度同比上升6%", ["白河市"]),
        ("东城区臭氧浓度上升幅度最大", ["东城区"]),
        ("柳林县SO2浓度同比上升20%", ["柳林县"]),
    ]
