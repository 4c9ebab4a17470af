"""Rules the reader learnt from blind set 116 (issue 14, docs/decisions.md “Blind set 116”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 116`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

# 谷城's spots and 玉林's briefs were pages sets 115 and 118 had read on main: merging, their rules
# (`_found_place_clauses`, now a reading of `_run_on_list`, and `_headlines_over_reports`) read them,
# and set 116's own were dropped. The spots lead none there (set 115's judgement: the closing asks
# the towns concerned, naming none), so this set's test of each spot led by its town went with its
# rule, as did the test of `_spot_sentences`' guard (set 115 tests its own: a found paragraph whose
# clauses name no place is no list).


def test_spots_found_in_one_paragraph_are_one_finding_each():
    # read by set 115's `_found_place_clauses` (now a reading of `_run_on_list`)
    text = "\n".join(
        [
            "日前，某县人居办对东河、西山两镇的环境卫生整治情况进行了检查。",
            "检查人员在检查中发现，东河镇石门村村委会门口有垃圾。石门村二组12号旁沟渠内有垃圾，"
            "石门村四组8号屋后有垃圾。西山镇桥头村路口有垃圾，桥头村一组5号对面有垃圾。",
            "县人居办要求所涉及乡镇对检查中发现的问题积极进行整改。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "东河镇石门村村委会门口有垃圾",
        "石门村二组12号旁沟渠内有垃圾",
        "石门村四组8号屋后有垃圾",
        "西山镇桥头村路口有垃圾",
        "桥头村一组5号对面有垃圾",
    ]


def test_news_briefs_of_a_check_are_titled_by_their_headlines():
    # read by set 118's `_headlines_over_reports` (the paragraphs reading wants a fault named: 未及时)
    text = "\n".join(
        [
            "桥下沟渠垃圾成堆",
            "本报讯（记者张某）5月6日，市乡村办督查组到东区督查，在东河镇桥下沟渠内发现大量生活垃圾。",
            "村道旁建筑垃圾未清运",
            "本报讯（记者李某）5月7日，市乡村办第二督查组在北县西山镇发现，村道旁建筑垃圾未及时清运。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["桥下沟渠垃圾成堆", "村道旁建筑垃圾未清运"]
    assert all(f.lead_units == [] for f in findings)


def test_paragraphs_under_place_headings_of_a_check_are_that_places_problems():
    # the account never says 整改: a paper's story of a monthly check, section by district
    text = "\n".join(
        [
            "市乡村办月度检查发现 细节仍需注意",
            "12月5日至7日，市乡村办开展月度检查，记者随检查组到东区、北县检查。",
            "东区：市场外车辆乱停",
            "东河镇农贸市场外很多车辆未停在划线内，市场后面小巷堆放建筑垃圾。",
            "东河镇通往城区的公路旁有村民焚烧秸秆，浓烟呛人。",
            "北县：垃圾处理中心露天焚烧",
            "北县西山镇垃圾处理中心工作人员正在露天焚烧垃圾。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.lead_units for f in findings] == [["东区"], ["东区"], ["北县"]]
    assert findings[2].title == "北县西山镇垃圾处理中心工作人员正在露天焚烧垃圾"


def test_paragraphs_under_a_visit_label_lead_none():
    text = "\n".join(
        [
            "12月29日至30日，市乡村办开展月度暗访，发现卫生死角仍不少，亟须加强整改。",
            "现象：建筑垃圾随意倾倒 暗访地点：北县西山镇、东河镇",
            "暗访组进入西山镇桥头村，路边有零碎垃圾，沙堆占路无围挡。",
            "东河镇石门村一处鱼塘边乱扔塑料袋和生活垃圾。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "暗访组进入西山镇桥头村，路边有零碎垃圾，沙堆占路无围挡",
        "东河镇石门村一处鱼塘边乱扔塑料袋和生活垃圾",
    ]
    assert all(f.lead_units == [] for f in findings)


def test_paragraphs_opening_on_where_the_visit_went_next_are_one_finding_each():
    text = "\n".join(
        [
            "市乡村办开展第二次暗访检查 乱停车乱堆放现象仍扎眼",
            "本报讯（记者张某）4月24日，市乡村办组织暗访组到北县东河镇、西山镇检查，发现仍有车辆乱停等现象。",
            "24日，暗访组首先来到北县东河镇，镇上市场内车辆乱停，石门村房前屋后堆放杂物。",
            "随后暗访组来到西山镇，政府大院内杂物乱堆，桥头村垃圾池有焚烧现象。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "24日，暗访组首先来到北县东河镇，镇上市场内车辆乱停，石门村房前屋后堆放杂物",
        "随后暗访组来到西山镇，政府大院内杂物乱堆，桥头村垃圾池有焚烧现象",
    ]
    assert all(f.lead_units == [] for f in findings)


def test_paragraphs_opening_on_where_the_group_found_problems_are_one_finding_each():
    text = "\n".join(
        [
            "本报讯（记者张某）3月21日，市乡村办组织暗访组到东区抽查，发现部分村屯仍有垃圾乱堆现象。",
            "当日，暗访组在石门村下坡发现，民房后瓦缸乱堆，树丛空地散落塑料袋等垃圾。",
            "在东河镇桥头村新坡，鱼塘边有垃圾乱丢，建筑工地未围挡。",
            "此外，西山镇两个村村道比较干净，暗访组没有发现大的问题。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "当日，暗访组在石门村下坡发现，民房后瓦缸乱堆，树丛空地散落塑料袋等垃圾",
        "在东河镇桥头村新坡，鱼塘边有垃圾乱丢，建筑工地未围挡",
    ]


def test_a_paragraph_opening_on_every_town_is_no_place_visited():
    # “在各乡镇…” names no place the group went to
    text = "\n".join(
        [
            "本报讯（记者张某）市乡村办组织暗访组到东区抽查。",
            "在各乡镇的共同努力下，村屯环境明显好转，群众满意度提高。",
            "在东河镇桥头村新坡，鱼塘边有垃圾乱丢，建筑工地未围挡。",
        ]
    )
    try:
        findings = parse_plan_text(text).findings
    except ValueError:
        findings = []
    assert all(not f.title.startswith("在各乡镇") for f in findings)
