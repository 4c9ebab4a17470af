"""Rules the reader learnt from blind set 132 (issue 14, docs/decisions.md “Blind set 132”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 132`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import _parse_message_reply, _parse_treated_notice, parse_plan_text
from intake.words import REPLY_OPENING, TOWN_PROMISES

# --- a 销号 公示 whose unit list closes on 党委政府 with no 和 -------------------------------------

_CLOSURE = (
    "关于督察整改任务销号的公示\n"
    "整改任务\n"
    "第5项整改任务：部分草场超载放牧，草畜平衡未落实。\n"
    "责任单位\n"
    "市农牧局，阿旗、东乌、西乌旗党委政府\n"
    "整改目标\n"
    "草畜平衡。\n"
    "完成情况\n"
    "已完成。\n"
)


def test_a_body_pair_without_he_is_shared_by_the_bare_places_before_it():
    finding = parse_plan_text(_CLOSURE).findings[0]
    assert finding.lead_units == ["市农牧局", "阿旗党委政府", "东乌党委政府", "西乌旗党委政府"]


# --- replies to residents' messages ---------------------------------------------------------------

_REPLY_ALONE = (
    "老李网友：\n"
    "您好，您在问政平台上反映的问题我镇已获悉，现回复如下：\n"
    "张三鸡场建于2015年，属散养户，未达到规模养殖标准。\n"
    "5月2日，镇环保办到该鸡场实地查看，当时存栏鸡300只，没有粪污处理设施，污水直排沟渠。"
    "工作人员下达了《整改通知单》，于6月底完成粪污处理设施建设。\n"
    "近日再次督查，责令张三必须在8月5日前清理沟渠积存污水。 东河镇人民政府\n"
    "2019年8月1日\n"
)


def test_a_reply_without_the_message_is_titled_by_what_the_body_found_on_the_spot():
    plan = _parse_message_reply(_REPLY_ALONE)
    assert plan is not None
    finding = plan.findings[0]
    assert finding.title == "没有粪污处理设施，污水直排沟渠"
    assert finding.lead_units == ["东河镇人民政府"]
    assert [d.date for d in finding.deadlines] == [date(2019, 6, 30), date(2019, 8, 5)]
    assert finding.status != "completed"


_QUOTED = (
    "网友反映村道污水横流 镇政府处理\n"
    "留言原文\n"
    "位于某镇的村道两边污水长期无人处理，没有排水沟，烦请政府处理，希望修好水沟。\n"
    "回复原文\n"
    "某镇人民政府\n"
    "网友您好！看到您的留言后，我们进行了调查核实。现回复如下：\n"
    "情况属实，镇里已组织人员疏通排水。\n"
)


def test_a_message_and_reply_under_their_labels_read_the_message_before_its_request():
    finding = parse_plan_text(_QUOTED).findings[0]
    assert finding.title == "位于某镇的村道两边污水长期无人处理，没有排水沟"
    assert finding.lead_units == ["某镇人民政府"]


_FORWARDED = (
    "尊敬的领导：省道东村段排水沟污水不流，臭味很大。\n"
    "彻底解决排水沟污水问题。\n"
    "某县人民政府办公室回复：收到贵网来信后，县政府立即安排调查。现将有关情况报告如下：\n"
    "西河镇承诺将通过今年道路提升项目铺设污水管网。\n"
)


def test_a_county_office_answering_for_a_town_that_promises_the_work_gives_the_town_the_lead():
    finding = parse_plan_text(_FORWARDED).findings[0]
    assert finding.title == "省道东村段排水沟污水不流，臭味很大"
    assert finding.lead_units == ["西河镇"]
    assert finding.status != "completed"


def test_reply_openings_and_promises():
    assert REPLY_OPENING.match("大风厂老王网友：")
    assert REPLY_OPENING.match("网友您好！看到您的留言后，我们十分重视。")
    assert not REPLY_OPENING.match("网友反映县道两边污水处理不达标")
    assert TOWN_PROMISES.search("棣花镇承诺将通过项目铺设管网").group("town") == "棣花镇"
    assert TOWN_PROMISES.search("佛罗镇组织镇执法中队封堵排污口") is None


# --- a 公示 of one site the named bodies treated ---------------------------------------------------

_TREATED = (
    "关于某镇某村排水沟治理情况的公示\n"
    "按照有关要求，区生态环境分局、某镇人民政府结合农村污水治理工作，对某镇某村排水沟黑臭水体进行了治理。"
    "经检测，主要指标达到III类要求，现将监测及治理情况进行公示。\n"
    "公示时间：2023年1月4日至2023年1月10日。\n"
)


def test_a_notice_of_a_site_treated_by_named_bodies_is_one_done_finding_they_lead():
    plan = _parse_treated_notice(_TREATED)
    assert plan is not None
    finding = plan.findings[0]
    assert finding.title == "某镇某村排水沟黑臭水体"
    assert finding.lead_units == ["区生态环境分局", "某镇人民政府"]
    assert finding.status == "completed"


def test_a_treatment_told_without_posting_it_is_not_such_a_notice():
    assert _parse_treated_notice(_TREATED.replace("现将监测及治理情况进行公示", "下一步将加强管护")) is None


def test_a_message_wrapped_over_lines_as_printed_is_read_whole_before_its_request():
    wrapped = _FORWARDED.replace("排水沟污水不流，", "排水沟污水\n不流，", 1)
    finding = parse_plan_text(wrapped).findings[0]
    assert finding.title == "省道东村段排水沟污水不流，臭味很大"
