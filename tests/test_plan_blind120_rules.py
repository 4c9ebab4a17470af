"""Rules the reader learnt from blind set 120 (issue 14, docs/decisions.md “Blind set 120”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 120`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import ANNOUNCED_PROBLEM_LINES, FOUND_IN_PLACE, RUN_ON_PROBLEMS


def _titles(text: str) -> list[str]:
    return [finding.title for finding in parse_plan_text(text).findings]


# --- a paper's account of a check of two districts, one sentence each ------------------------------

_TWO_DISTRICTS = (
    "本报讯 6月3日，市创卫办督导组到东城、西城两区开展专项督查。\n"
    "督导组认为两区整体情况较好，但仍有差距。\n"
    "在东城区，督导组发现区内小广告没有及时清除，部分工地围挡破损；青石街道办、农商银行营业厅"
    "没有禁烟标识；南门公厕洗手池不合规范。在西城区，督导组发现河滨路垃圾清运不及时；"
    "建设路、解放路多家饭店防蝇设施不够规范。\n"
    "督导组要求两区对交办的问题立行立改。\n"
)


def test_each_district_sentence_gives_its_problems_led_by_the_district():
    findings = parse_plan_text(_TWO_DISTRICTS).findings
    assert [f.title for f in findings] == [
        "区内小广告没有及时清除",
        "部分工地围挡破损",
        "青石街道办、农商银行营业厅没有禁烟标识",
        "南门公厕洗手池不合规范",
        "河滨路垃圾清运不及时",
        "建设路、解放路多家饭店防蝇设施不够规范",
    ]
    assert [f.lead_units for f in findings] == [["东城区"]] * 4 + [["西城区"]] * 2


def test_a_sentence_must_open_on_the_place_checked():
    assert FOUND_IN_PLACE.search("在东城区，督导组发现区内小广告没有及时清除。") is not None
    assert FOUND_IN_PLACE.search("督导组发现区内小广告没有及时清除。") is None


# --- a post announcing problems over picture captions, one a line ----------------------------------

_CAPTIONS = (
    "5月8日，县创卫指挥部在城区督查环境卫生，在督查中发现这几处地方存在了卫生问题。\n"
    "北关村小学东侧巷内生活垃圾乱扔\n"
    "滨河路沿路多辆货车乱停放\n"
    "文化街多处墙面有小广告\n"
    "督查组要求，相关部门和责任单位要及时整改。\n"
)


def test_lines_under_an_announcement_are_one_finding_each_with_no_unit():
    findings = parse_plan_text(_CAPTIONS).findings
    assert [f.title for f in findings] == [
        "北关村小学东侧巷内生活垃圾乱扔",
        "滨河路沿路多辆货车乱停放",
        "文化街多处墙面有小广告",
    ]
    assert all(f.lead_units == [] for f in findings)


def test_an_announcement_is_a_line_naming_problems_without_telling_them():
    assert ANNOUNCED_PROBLEM_LINES.search("在督查中发现这几处地方存在了环境卫生问题。") is not None
    assert ANNOUNCED_PROBLEM_LINES.search("督查发现的问题已全部整改完毕。") is None


# --- problems run on after 存在的, a three-character item, a 存在 inside a 发现 sentence ------------


def test_the_de_after_cunzai_is_no_part_of_the_first_item():
    found = RUN_ON_PROBLEMS.search("并就沿途存在的路面破损、垃圾沟、乱搭乱建等问题进行了交办")
    assert found is not None and found.group("items").startswith("路面破损")


def test_a_three_character_item_stands_alone_and_a_one_character_subject_joins_the_next():
    text = "县长检查县城，并就沿途存在的路面破损、垃圾沟、乱搭乱建等问题进行了当面交办，要求限期整改。"
    assert _titles(text) == ["路面破损", "垃圾沟", "乱搭乱建"]
    text = "调研发现，全县仍存在水、大气污染治理滞后、垃圾处理设施不足等问题。"
    assert _titles(text) == ["水、大气污染治理滞后", "垃圾处理设施不足"]


def test_a_comma_after_a_fault_closes_an_item_of_a_run_after_cunzai():
    text = (
        "督查中发现，东大街上仍有部分商铺存在占道经营、墙面广告乱贴乱画，个别单位门前脏乱、"
        "电线乱扯乱挂等问题。要求各单位立即整改。"
    )
    assert _titles(text) == ["占道经营", "墙面广告乱贴乱画", "个别单位门前脏乱", "电线乱扯乱挂"]
    # a comma after a piece naming no fault stays inside the item
    text = "检查发现，部分村庄存在垃圾堆放点位于河边，清运不及时、污水直排等问题。"
    assert _titles(text) == ["垃圾堆放点位于河边，清运不及时", "污水直排"]


def test_a_body_told_to_deal_with_a_problem_of_the_run_named_again_leads_it():
    text = (
        "县长检查县城，并就沿途存在的路面破损、垃圾外溢、乱搭乱建等问题进行了当面交办，要求限期整改。\n"
        "他要求，各部门要落实责任；城管局就路面破损问题及时处理；住建、城管部门针对违规建筑问题联合执法。\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.lead_units for f in findings] == [["城管局"], [], []]


def test_a_clause_after_such_a_comma_opening_on_a_thing_with_no_fault_shares_the_next_fault():
    text = "督查中发现，老街上仍有商铺存在占道经营、广告牌不规范，两侧路沿石、地砖破损等问题。"
    assert _titles(text) == ["占道经营", "广告牌不规范", "两侧路沿石、地砖破损"]


def test_districts_found_at_are_read_before_the_sentences_of_each_place_whole():
    # (found at the merge with set 121, whose reading of “在X，检查组发现，…” sentences whole had
    # taken this paper's districts first)
    text = (
        "本报讯 市督导组对两区开展复审督导。"
        "在雁塔区，督导组发现区内野广告没有及时清理，部分建筑工地有积水；东仪路公厕门帘高度不合规范。"
        "在未央区，督导组发现区内公厕普遍存在不达标现象；兴隆园社区宣传栏面积不合规范。\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "区内野广告没有及时清理",
        "部分建筑工地有积水",
        "东仪路公厕门帘高度不合规范",
        "区内公厕普遍存在不达标现象",
        "兴隆园社区宣传栏面积不合规范",
    ]
    assert [f.lead_units for f in findings] == [["雁塔区"]] * 3 + [["未央区"]] * 2
