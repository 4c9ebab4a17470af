"""Rules the reader learnt from blind set 114 (issue 14, docs/decisions.md “Blind set 114”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 114`)."""

from __future__ import annotations

from intake.plan_parser import _split_joined, _units_handed, parse_plan_text
from intake.words import AREA_LABEL_HEAD, HANDED_TO_UNIT


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a patrol 通报 whose items open on a unit's area and carry a 整改措施 line ------------------

_AREA_NOTICE = (
    "5月6日市容环境整治情况的通报\n"
    "5月6日，县创卫办对东街、西街等处市容环境进行了督查，现就有关问题通报如下：\n"
    "1、税务局片区：东街人行道上堆放装修垃圾。\n"
    "整改措施：由包片单位县税务局负责督促清运。\n"
    "2、实验小学片区：校门口商户占道摆摊，垃圾桶破损。\n"
    "整改措施：（1）由县环卫所负责更换垃圾桶。（2）由包片单位实验小学负责劝导商户入店经营。\n"
    "3、水利局片区：西街绿化带内有白色垃圾。\n"
    "整改措施：由包片单位县水利局和城管执法大队负责清理。\n"
    "请各责任单位迅速整改，县创卫办将跟踪督查。\n"
)


def test_an_area_opening_is_no_part_of_the_title():
    findings = _findings(_AREA_NOTICE)
    assert [f.title for f in findings] == [
        "东街人行道上堆放装修垃圾",
        "校门口商户占道摆摊，垃圾桶破损",
        "西街绿化带内有白色垃圾",
    ]


def test_each_steps_unit_leads_and_two_units_joined_by_he_both_lead():
    findings = _findings(_AREA_NOTICE)
    assert findings[0].lead_units == ["县税务局"]
    assert findings[1].lead_units == ["县环卫所", "实验小学"]
    assert len(findings[1].measures) == 2
    assert findings[2].lead_units == ["县水利局", "城管执法大队"]


# --- the same 通报 with 整改要求 lines, as text and with a bare announcing line --------------

_REQUIREMENT_NOTICE = (
    "　　1、北门桥头护栏沿线有建筑垃圾。\n"
    "　　整改要求：由县环卫所负责清除。\n"
    "　　2、南街商户出店经营较为突出。\n"
    "　　整改要求：按照先教育、后处罚的要求，由南街沿线包片单位县司法局、县档案馆负责劝导，"
    "屡教不改的报县城管执法大队处理。\n"
    "　　3、农贸市场周边居户旱厕外露。\n"
    "　　整改要求：由城关镇负责组织拆除。\n"
    "　　请各相关单位认真整改。\n"
)


def test_a_requirement_handing_the_problem_over_names_who_leads():
    findings = _findings(_REQUIREMENT_NOTICE)
    assert [f.lead_units for f in findings] == [
        ["县环卫所"],
        ["县司法局", "县档案馆"],
        ["城关镇"],
    ]
    # a one-sentence 整改要求 is the target, no measure (the corpus's rule)
    assert [len(f.measures) for f in findings] == [0, 0, 0]


_BARE_ANNOUNCED = (
    "6月2日关于市容环境整治情况的通报\n"
    "6月2日，县创卫办对城区部分路段进行了巡查。从检查情况看，多数片区保持较好。现通报如下：\n"
    "1、东街口电线杆上贴着小广告。\n"
    "整改要求：县供电公司负责清除。\n"
    "2、财政局片区：空地长着杂草，堆着旧家具。\n"
    "整改要求：由财政局负责清理。\n"
    "3、粮食局片区：院墙外杂物乱堆，宣传栏破旧。\n"
    "4、人社局片区：有乱丢垃圾和车辆久停等问题。\n"
    "整改要求：人社局负责清除垃圾；县交警大队负责清理久停车辆。\n"
)


def test_items_each_handed_to_a_unit_are_the_problems_without_a_problem_word_above():
    findings = _findings(_BARE_ANNOUNCED)
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert findings[0].title == "东街口电线杆上贴着小广告"
    assert findings[0].lead_units == ["县供电公司"]
    # no unit named to put it right: the unit that keeps the area
    assert findings[2].lead_units == ["粮食局"]
    # every clause's unit leads
    assert findings[3].lead_units == ["人社局", "县交警大队"]


def test_the_words():
    assert AREA_LABEL_HEAD.match("物价局片区：居户周边").group("unit") == "物价局"
    found = HANDED_TO_UNIT.match("由陈家坝沿线包片单位县职教中心、县消防大队负责劝导")
    assert found.group("by") == "县职教中心、县消防大队"
    assert HANDED_TO_UNIT.match("包片单位林业局负责清除").group("own") == "林业局"
    assert _units_handed("（1）由县环卫站负责更换。（2）由包片单位县幼儿园负责督促。") == [
        "县环卫站",
        "县幼儿园",
    ]


def test_a_bureau_named_with_he_stays_one():
    assert _split_joined(["县自然资源和规划局"]) == ["县自然资源和规划局"]
    assert _split_joined(["城关小学和市容整治联合执法工作组"]) == ["城关小学", "市容整治联合执法工作组"]
