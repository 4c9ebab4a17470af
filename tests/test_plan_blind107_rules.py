"""Rules the reader learnt from blind set 107 (issue 14, docs/decisions.md “Blind set 107”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 107`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import (
    CURRENT_MONTH_LIMIT,
    MEDIA_DURATION_LINE,
    OPENING_PLACE,
    ORDER_TO_FIX,
    VILLAGE_IN_CLAUSE,
    classify_label,
)


def _findings(text: str):
    return parse_plan_text(text).findings


def _dates(finding) -> list[datetime.date]:
    return [d.date for d in finding.deadlines]


# --- a 通报 whose problems open on a short sentence and name the villages inside the next ones ----

_RANKED_NOTICE = (
    "农村环境卫生督查通报（第2期）\n"
    "各镇（街道）：\n"
    "5月10日，区农村办对各村（社区）环境卫生整治情况进行了督查，现将情况通报如下：\n"
    "一、评比结果\n"
    "综合得分排名：第一名东山镇，第二名西河街道。\n"
    "二、存在的问题\n"
    "1、保洁不到位。督查发现，个别村（社区）道路有散落垃圾，如东山镇青石村、白沙村、西河街道柳塘社区。\n"
    "2、宣传发动不够。多数村（社区）未开展评比，东山镇红岩村（原红岩寨村）村组道路旁堆放杂物。\n"
    "3、工作推进较慢。部分镇（街道）对此项工作重视不够。\n"
    "三、下段工作要求\n"
    "（一）加强宣传。各单位要广泛发动群众。\n"
    "区农村工作领导小组办公室\n"
    "2022年5月15日\n"
)


def test_a_ranking_chapter_is_no_progress_label_and_the_numbered_problems_are_read():
    assert classify_label("评比结果") is None
    assert classify_label("考评结果") is None
    assert classify_label("完成情况") == "progress"
    findings = _findings(_RANKED_NOTICE)
    assert [f.title for f in findings] == ["保洁不到位", "宣传发动不够", "工作推进较慢"]


def test_the_villages_named_inside_an_item_lead_it_each_with_its_town():
    findings = _findings(_RANKED_NOTICE)
    assert findings[0].lead_units == ["东山镇青石村", "东山镇白沙村", "西河街道柳塘社区"]
    # a former name in brackets, 村组道路 and “多数村（社区）” name no village
    assert findings[1].lead_units == ["东山镇红岩村"]
    assert findings[2].lead_units == []


def test_the_wording_of_a_village_at_the_head_of_a_clause():
    names = [
        (m.group("town"), m.group("village"))
        for m in VILLAGE_IN_CLAUSE.finditer("检查发现，个别村有垃圾；如南岭乡石门村、大坪村村民乱倒垃圾")
    ]
    assert names == [("南岭乡", "石门村"), (None, "大坪村")]
    assert not list(VILLAGE_IN_CLAUSE.finditer("节后村组道路两旁垃圾未清理，部分村保洁不到位"))


# --- a 乡's 通报 whose items open on a works and a colon -------------------------------------------


def test_an_item_opening_on_a_works_and_a_colon_is_led_by_it():
    text = (
        "关于环境卫生督查情况的通报\n"
        "各村、乡级各单位：\n"
        "6月2日，乡治理办对各村和企业环境卫生进行了督查，现将督查情况通报如下：\n"
        "一、存在问题\n"
        "1、青山村：河边有生活垃圾未清理。\n"
        "2、宏达砖厂：厂区道路扬尘大，原料露天堆放。\n"
        "3、绿源养殖场：粪污直排沟渠。\n"
        "二、几点要求\n"
        "1、各村和企业要立即清理，确保下次督查不留死角。\n"
        "某乡人民政府\n"
        "2021年6月3日\n"
    )
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [["青山村"], ["宏达砖厂"], ["绿源养殖场"]]
    assert [f.title for f in findings] == [
        "河边有生活垃圾未清理",
        "厂区道路扬尘大，原料露天堆放",
        "粪污直排沟渠",
    ]
    # a works followed by a comma is a sentence's subject, no label over the problem
    assert OPENING_PLACE.match("宏达砖厂，厂区道路扬尘大") is None


# --- a monthly 美篇 通报: captions under village headings, one limit “在本月内” for all ------------

_CAPTIONS = (
    "某乡2024年5月人居环境工作通报\n"
    "创建于2024-05-06\n"
    "现将我乡5月人居环境工作通报如下：\n"
    "一、巡查发现的问题曝光\n"
    "（一）石桥村\n"
    "村道边垃圾堆放\n"
    "（二）桃园村\n"
    "00:15\n"
    "河沟内漂浮垃圾\n"
    "公厕外污水横流\n"
    "请上述问题所涉村在本月内整改到位，并将整改情况报乡人居办。\n"
    "二、各村工作开展情况\n"
    "1、石桥村清理了河道垃圾。\n"
    "2、桃园村拆除了路边违建。\n"
)


def test_captions_under_village_headings_are_one_finding_each_led_by_the_village():
    findings = _findings(_CAPTIONS)
    assert [f.title for f in findings] == ["村道边垃圾堆放", "河沟内漂浮垃圾", "公厕外污水横流"]
    assert [f.lead_units for f in findings] == [["石桥村"], ["桃园村"], ["桃园村"]]


def test_in_this_month_is_the_last_day_of_the_month_the_notice_is_dated_in():
    findings = _findings(_CAPTIONS)
    assert [_dates(f) for f in findings] == [[datetime.date(2024, 5, 31)]] * 3
    assert CURRENT_MONTH_LIMIT.search("请相关村在本月底前整改到位")
    assert not CURRENT_MONTH_LIMIT.search("本月共清理垃圾20吨")
    assert MEDIA_DURATION_LINE.match("00:10")
    assert not MEDIA_DURATION_LINE.match("09:30前到达")


def test_a_month_limit_with_two_months_written_stays_unread():
    text = _CAPTIONS.replace("创建于2024-05-06", "创建于2024-06-02")
    assert all(not f.deadlines for f in _findings(text))


def test_a_village_opening_the_item_and_villages_in_general_lead_nothing():
    # (the corpus's rule for “1.洪水镇上广志村村口垃圾未整治；”: where, no unit)
    text = (
        "环境卫生督查通报\n"
        "各乡镇：\n"
        "现将督查情况通报如下：\n"
        "二、存在的问题\n"
        "1.河口镇上坪村村口垃圾未整治，路边杂物乱堆。\n"
        "2.农村生活污水治理滞后。已完成农村污水治理规划，完成治理村庄12个，剩余村庄分批推进。\n"
    )
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [[], []]


# --- a post whose problems are photo captions between its account and an order to fix them --------

_PATROL = (
    "某社区开展环境卫生巡查\n"
    "6月2日上午，社区书记带队对辖区老街片区开展环境卫生巡查，走访中发现了乱堆乱放、污水外溢等情况，"
    "并要求居民立即整改。\n"
    "老街居民楼道堆放杂物。\n"
    "路边下水道污水外溢。\n"
    "广场座椅损坏。\n"
    "责令老街片区住户立即整改。\n"
    "对不能现场解决的问题，已形成台账转办相关部门。\n"
)


def test_captions_between_an_account_and_an_order_are_one_finding_each():
    findings = _findings(_PATROL)
    assert [f.title for f in findings] == ["老街居民楼道堆放杂物", "路边下水道污水外溢", "广场座椅损坏"]
    assert [[d.kind for d in f.deadlines] for f in findings] == [["immediate"]] * 3
    assert [f.lead_units for f in findings] == [[], [], []]


def test_two_captions_or_no_account_of_a_check_are_no_such_list():
    assert ORDER_TO_FIX.match("责令酒厂小区住户立即整改。")
    assert not ORDER_TO_FIX.match("要求各村加强宣传，营造氛围。")
    two = _PATROL.replace("广场座椅损坏。\n", "")
    assert [f.title for f in _findings(two)] != ["老街居民楼道堆放杂物", "路边下水道污水外溢"]


def test_villages_named_after_a_problem_found_in_every_village_lead_nothing():
    # (met merging with set 110's 治河渡: “各村（社区）都有…” makes the villages named after it
    # examples of a common problem, not the ones to fix it)
    notice = _RANKED_NOTICE.replace(
        "1、保洁不到位。督查发现，个别村（社区）", "1、保洁不到位。各村（社区）都有垃圾未及时清运的问题，"
    )
    findings = _findings(notice)
    assert findings[0].title == "保洁不到位"
    assert findings[0].lead_units == []
    assert findings[1].lead_units == ["东山镇红岩村"]
