"""Rules the reader learnt from blind set 94 (issue 14, docs/decisions.md “Blind set 94”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 94`)."""

from __future__ import annotations

from intake.plan_parser import PlanParseError, parse_plan_text
from intake.words import (
    BLACK_LIST_ACT,
    CHECK_ITEM_CODE,
    CHECK_TIME_TAIL,
    CHECKED_PLACE_PROBLEMS,
    LISTING_REASON,
    OPENING_PLACE,
    OPENING_TOWN_OR_VILLAGE,
    VISIT_TIME_OPENING,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a 考核 report: village headings, items opening on the 考核项's code ------------------------

_ASSESSMENT = (
    "东山村委会环境卫生考核情况\n"
    "6月2日，考核组对城西镇东山村委会主要道路沿线、公共环境卫生进行考核，总计发现问题12宗。\n"
    "考核过程中主要存在以下问题\n"
    "1.城西镇东山村委会上寮村路边垃圾桶满溢。\n"
    "具体考核情况如下\n"
    "一、城西镇东山村委会上寮村\n"
    "3.1上寮村路边有塑料垃圾。10:12\n"
    "8.1上寮村路边垃圾桶满溢。10:05\n"
    "二、城西镇东山村委会下寮村\n"
    "3.1下寮村祠堂边有建筑垃圾。10:40\n"
)


def test_coded_items_under_village_headings_are_the_findings():
    findings = _findings(_ASSESSMENT)
    assert [f.title for f in findings] == [
        "上寮村路边有塑料垃圾",
        "上寮村路边垃圾桶满溢",
        "下寮村祠堂边有建筑垃圾",
    ]
    assert [f.number for f in findings] == [1, 2, 3]  # the codes repeat: numbered in order
    assert [f.lead_units for f in findings] == [
        ["城西镇东山村委会上寮村"],
        ["城西镇东山村委会上寮村"],
        ["城西镇东山村委会下寮村"],
    ]


def test_a_code_and_a_time_are_told_from_a_decimal_and_a_sentence():
    assert CHECK_ITEM_CODE.match("5.1仕梅头村鸡舍边有纸屑").group("code") == "5.1"
    assert CHECK_ITEM_CODE.match("2024.5 完成") is None
    assert CHECK_TIME_TAIL.sub("", "路边有塑料垃圾。10:12") == "路边有塑料垃圾。"
    assert CHECK_TIME_TAIL.sub("", "于10:00前清理") == "于10:00前清理"


def test_coded_lines_outside_a_place_group_are_not_read_so():
    text = "检查发现问题如下\n一、工作要求\n1.1各村要加强保洁。\n1.2各村要落实制度。\n"
    try:
        findings = parse_plan_text(text).findings
    except PlanParseError:
        findings = []
    assert all(f.sources.get("title") != "考核项编码" for f in findings)


# --- a 红黑榜: a village line over “上榜理由：…”, red and black mixed ---------------------------

_RED_BLACK = (
    "城东镇农村人居环境整治红黑榜名单公布\n"
    "经镇评定，共评出红榜自然村1个，黑榜自然村1个，往期黑榜未整改自然村1个，现将名单公示如下：\n"
    "石桥村上屯自然村\n"
    "上榜理由：道路整洁有序，房前屋后干净。\n"
    "石桥村下屯自然村\n"
    "上榜理由：沟渠有垃圾，畜禽粪污未及时清理。\n"
    "黑榜未整改：\n"
    "2024年3月黑榜：河口村新寨自然村\n"
    "上榜理由：公厕长期不开放，至今未整改。\n"
    "请红榜自然村继续保持，黑榜自然村立即整改！\n"
)


def test_black_entries_are_findings_the_red_one_is_not():
    findings = _findings(_RED_BLACK)
    assert [f.title for f in findings] == ["沟渠有垃圾，畜禽粪污未及时清理", "公厕长期不开放，至今未整改"]
    assert [f.lead_units for f in findings] == [["石桥村下屯自然村"], ["河口村新寨自然村"]]
    assert all([d.kind for d in f.deadlines] == ["immediate"] for f in findings)
    assert not any(f.status == "completed" for f in findings)


def test_listing_words():
    assert LISTING_REASON.match("上榜理由：路边杂物乱放").group("rest") == "路边杂物乱放"
    assert LISTING_REASON.match("理由：见上") is None
    assert BLACK_LIST_ACT.search("黑榜自然村立即整改！").group("due") == "立即整改"
    assert BLACK_LIST_ACT.search("红榜村继续保持") is None


# --- a 督查专报: “N、X镇Y村：problem。（责任人：name）”, numbers skipping ahead -------------------

_BULLETIN = (
    "文明城市督查专报\n"
    "督查组对全区乡镇开展督查，发现问题20个，已当场反馈。\n"
    "一、组织机构成立情况\n"
    "各乡镇均已成立组织机构。\n"
    "二、乡镇存在的问题\n"
    "（一）东湖镇\n"
    "1、东湖镇柳村：路边堆放建筑垃圾，小广告较多。（责任人：张某）\n"
    "3、东湖镇桥村：垃圾桶破损，未及时更换。（责任人：李某）\n"
    "4、东湖镇塘村：村民占道经营；门前堆放杂物。（责任人：王某）\n"
)


def test_place_colon_items_under_a_town_read_with_the_place_as_lead():
    findings = _findings(_BULLETIN)
    assert [f.number for f in findings] == [1, 3, 4]
    assert [f.title for f in findings] == [
        "路边堆放建筑垃圾，小广告较多",
        "垃圾桶破损，未及时更换",
        "村民占道经营",
    ]
    assert [f.lead_units for f in findings] == [["东湖镇柳村"], ["东湖镇桥村"], ["东湖镇塘村"]]


def test_opening_place_takes_a_colon_too():
    assert OPENING_PLACE.match("丽阳镇枫林村：路两边").group("place") == "丽阳镇枫林村"
    assert OPENING_PLACE.match("徘徊镇夏庄村，537储备库").group("sep") == "，"
    assert OPENING_PLACE.match("各村：要加强保洁") is None


# --- a 考评 通报: checked places with counted problems, then 一是…二是… ---------------------------

_RATING = (
    "各村委会：\n"
    "现将考评有关情况通报如下：\n"
    "一、上级考评情况\n"
    "6月份市级考评情况：被抽检村为溪口村，存在的问题：保洁不到位3处；垃圾桶破损1处。"
    "被抽检主干道为X101（城关段），存在的问题：家禽未圈养1处。\n"
    "二、我乡考评情况\n"
    "本月共抽查5个村，发现问题20处，仍存在一些问题。一是部分保洁员未按时上岗，保洁不及时。二是沿街店面门口堆放杂物。\n"
    "请各村限期整改。\n"
)


def test_counted_problems_and_inline_ordinals_are_the_findings():
    findings = _findings(_RATING)
    assert [f.title for f in findings] == [
        "保洁不到位3处",
        "垃圾桶破损1处",
        "家禽未圈养1处",
        "部分保洁员未按时上岗，保洁不及时",
        "沿街店面门口堆放杂物",
    ]
    assert [f.lead_units for f in findings] == [["溪口村"], ["溪口村"], [], [], []]
    assert not any(f.deadlines for f in findings)


def test_checked_place_words():
    match = CHECKED_PLACE_PROBLEMS.search(
        "被抽检村为向阳村（91分），存在的问题：杂物乱堆放1处；保洁不到位7处。"
    )
    assert match.group("place") == "向阳村"
    assert match.group("list") == "杂物乱堆放1处；保洁不到位7处"


# --- a 巡查 post: unnumbered paragraphs opening on the time of the visit -------------------------

_PATROL = (
    "镇村卫生巡查情况\n"
    "3月2日，巡查组到多个镇巡查乡村卫生，发现仍有部分镇村存在卫生问题。\n"
    "上午9点10分，东坑镇上岭村村口垃圾收集点堆满垃圾。\n"
    "上午10点，东坑镇中心小学旁有大堆垃圾。\n"
    "下午15点40分，西江镇河口村路边垃圾较多，部分垃圾落地。\n"
)


def test_timed_paragraphs_are_findings_led_by_the_place_they_open_on():
    findings = _findings(_PATROL)
    assert [f.title for f in findings] == [
        "东坑镇上岭村村口垃圾收集点堆满垃圾",
        "东坑镇中心小学旁有大堆垃圾",
        "西江镇河口村路边垃圾较多，部分垃圾落地",
    ]
    assert [f.lead_units for f in findings] == [["东坑镇上岭村"], ["东坑镇"], ["西江镇河口村"]]
    assert not any(f.deadlines for f in findings)  # the time of the visit is no limit


def test_visit_time_and_place_words():
    assert VISIT_TIME_OPENING.match("上午9点25分，镇隆镇八坊村有垃圾").group("rest") == "镇隆镇八坊村有垃圾"
    assert VISIT_TIME_OPENING.match("9月25日前，完成清理") is None
    assert OPENING_TOWN_OR_VILLAGE.match("镇隆八坊村古城停车场").group("place") == "镇隆八坊村"
    assert OPENING_TOWN_OR_VILLAGE.match("白石镇河坝铺国道旁").group("place") == "白石镇"
    assert OPENING_TOWN_OR_VILLAGE.match("部分村路边有垃圾") is None


def test_a_time_glued_to_the_next_coded_item_is_cut_apart():
    # a printed page's lines joined: “…垃圾。10:085.1下寮村…”
    text = _ASSESSMENT.replace("10:12\n8.1", "10:128.1")
    assert [f.title for f in _findings(text)][:2] == ["上寮村路边有塑料垃圾", "上寮村路边垃圾桶满溢"]
