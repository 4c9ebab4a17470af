"""Rules the reader learnt from blind set 137 (issue 14, docs/decisions.md “Blind set 137”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 137`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import (
    ALL_LISTED_DONE,
    FOUND_PHENOMENON,
    GROUP_FOUND_AT,
    ITEM_NAMING_PROBLEM,
    LEAD_IN_TEXT,
    NAMED_RUN_ON,
    PAGE_DATELINE,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- problems counted and named after 分别是 ------------------------------------------------------


def test_problems_named_after_a_count_give_one_finding_each_led_by_the_body_charged():
    findings = _findings(
        "某县林业局湿地保护专项检查反馈问题整改情况公示\n"
        "2021年省林业局对某县湿地保护开展专项检查，反馈问题由县林业局牵头整改3个，分别是湿地公园界桩缺失；"
        "保育区内有2处养殖棚未拆除；巡护记录不全。经各方努力，反馈问题均已整改完毕。现公示如下：\n"
        "1.界桩已补设。\n2.养殖棚已拆除。\n3.巡护记录已补齐。\n某县林业局\n2021年12月1日"
    )
    assert [f.title for f in findings] == ["湿地公园界桩缺失", "保育区内有2处养殖棚未拆除", "巡护记录不全"]
    assert all(f.lead_units == ["县林业局"] for f in findings)
    assert all(f.status == "completed" and not f.measures and not f.deadlines for f in findings)


def test_problems_named_without_a_closing_sentence_stay_open():
    findings = _findings(
        "某区审计整改进展情况\n"
        "审计反馈问题共2个，分别是河道保洁不到位；污水管网建设滞后。目前正在整改中，计划年底前完成。"
    )
    assert [f.title for f in findings] == ["河道保洁不到位", "污水管网建设滞后"]
    assert all(f.status is None and not f.lead_units for f in findings)


def test_the_named_run_wants_a_count_and_two_clauses():
    assert NAMED_RUN_ON.search("问题由县水利局牵头整改2个，分别是A问题一处；B问题两处。")
    assert not NAMED_RUN_ON.search("检查组分别是县水利局和县林业局的同志。")
    assert not NAMED_RUN_ON.search("问题2个，分别是河道保洁不到位。")  # one clause: no run
    assert ALL_LISTED_DONE.search("经多方配合，采取强力措施，反馈问题均已整改完毕")
    assert not ALL_LISTED_DONE.search("反馈问题正在整改中")


# --- a page's byline is no task and no problem ------------------------------------------------


def test_a_page_byline_in_brackets_is_no_task_with_a_unit():
    findings = _findings(
        "某县开展河长制暗访督察\n"
        "【发布时间：2019-05-06】 【来源：某县政府办】\n"
        "近日，县河长办组成暗访组对沿河乡镇开展暗访。在暗访时发现，部分乡镇河道都存在建筑垃圾倾倒现象，"
        "主要集中在桥头；其中两个村较为严重。下一步，各乡镇要落实责任，加强巡河。"
    )
    assert [f.title for f in findings] == ["部分乡镇河道都存在建筑垃圾倾倒现象"]
    assert findings[0].lead_units == []


def test_byline_lines():
    assert PAGE_DATELINE.match("【发布时间：2018-04-28】 【来源：县政府办】")
    assert PAGE_DATELINE.match("发布日期：2025-06-17 16:08来源：市林业局")
    assert PAGE_DATELINE.match("作者：小编")
    assert not PAGE_DATELINE.match("整改时限：2024年底")
    assert not PAGE_DATELINE.match("责任单位：县水利局（来源：督察反馈）")


def test_a_phenomenon_found_is_the_problem_not_the_places_it_gathers_at():
    match = FOUND_PHENOMENON.search("在督查时发现，沿线3个村河道都存在生活垃圾未清理现象，主要集中在河滩")
    assert match and match.group("problem") == "沿线3个村河道都存在生活垃圾未清理现象"
    assert not FOUND_PHENOMENON.search("督查发现，各村保洁到位，未发现乱堆现象")


# --- a 通报 kept up to its first item ----------------------------------------------------------


def test_the_only_numbered_item_of_a_notice_names_its_problem():
    findings = _findings(
        "自然资源督察发现的违法违规典型问题通报\n"
        "发布时间：2024-08-22 10:00:00\n"
        "督察发现，一些地方仍违法占用耕地挖湖造景；有的地方整改后死灰复燃。\n"
        "1.某省某市某县政府主导推动某公园项目违法占用耕地挖湖造景问题。\n"
        "2022年起，某公司未经批准占用耕地80亩建设景观水系，县委、县政府负责人多次到现场调研，要求加快建设。"
    )
    assert [f.title for f in findings] == ["某省某市某县政府主导推动某公园项目违法占用耕地挖湖造景问题"]
    assert findings[0].number == 1
    assert findings[0].lead_units == []  # (负责人 is a person, not the body leading)
    assert ITEM_NAMING_PROBLEM.match("1.某县违法占地问题。".removeprefix("1."))


def test_a_person_in_charge_is_no_lead():
    assert LEAD_IN_TEXT.search("，县政府负责人多次到现场调研") is None
    match = LEAD_IN_TEXT.search("，县水利局负责清理河道")
    assert match and match.group(1) == "县水利局"


# --- a 回头看's group naming the place after itself -------------------------------------------


def test_a_lookback_gives_each_place_found_its_town_and_the_state_rechecked():
    findings = _findings(
        "县河长办对甲镇、乙镇河道清理整改情况进行“回头看”\n"
        "5月6日，县河长办对甲镇、乙镇河道整改情况进行了“回头看”。5月6日，检查组在甲镇甲河大桥下游发现，"
        "有随意倾倒生活垃圾等问题。5月9日，检查组在甲河附近发现，河面清洁。但前期指出的问题没有得到有效解决。"
        "5月7日，检查组在乙镇乙河村北桥头发现，有随意倾倒建筑垃圾等问题。5月10日，检查组在整改现场发现，"
        "建筑垃圾已经被清理干净。"
    )
    assert [f.title for f in findings] == [
        "检查组在甲镇甲河大桥下游发现，有随意倾倒生活垃圾等问题",
        "检查组在乙镇乙河村北桥头发现，有随意倾倒建筑垃圾等问题",
    ]
    assert [f.lead_units for f in findings] == [["甲镇"], ["乙镇"]]
    assert [f.status for f in findings] == [None, "completed"]


def test_a_group_finding_nothing_wrong_is_no_place_found():
    assert not GROUP_FOUND_AT.match("5月9日，检查组在甲河附近发现，经过治理，河面清洁")
    assert not GROUP_FOUND_AT.match("检查组在整改现场发现，有挖掘机正在清理")
    found = GROUP_FOUND_AT.match("3月2日，督查组在城关街道东关社区发现，存在垃圾乱堆现象")
    assert found and found.group("town") == "城关街道"
