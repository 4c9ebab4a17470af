"""Rules the reader learnt from blind set 149 (issue 14, docs/decisions.md “Blind set 149”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 149`)."""

from __future__ import annotations

import datetime

from intake.deadline_text import ORDERED_YEARLESS_DUE
from intake.plan_parser import parse_plan_text
from intake.words import (
    AD_HOC_TEAM,
    CASE_CODE_DATE,
    CASE_FILED_BY,
    CASE_RECEIVED_BY,
    CODED_COMPLAINT,
    REPORTED_PROBLEM,
    SITE_GONE_AFTER,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- what the case reported ------------------------------------------------------------------


def test_a_letter_reports_a_case_and_its_harm_is_left_out():
    (finding,) = _findings(
        "督察组交办的第3批、受理编号215来信反映，“某县东山林场有人毁林开荒种植药材，严重破坏生态环境”。"
        "5月2日，省林业局督查组到现场督办。\n"
        "经查，反映问题属实。\n"
    )
    assert finding.title == "某县东山林场有人毁林开荒种植药材"


def test_a_quoted_complaint_closing_on_the_frame_word_is_titled_without_it():
    told = REPORTED_PROBLEM.search("收到督察转办群众举报“某县城区桥下养猪场污染环境问题”后")
    assert told and told.group("problem") == "某县城区桥下养猪场污染环境"
    # (unquoted, 问题 stays where it stands: the wording above is the only one changed)
    told = REPORTED_PROBLEM.search("群众反映，某小区噪声扰民问题。")
    assert told and told.group("problem") == "某小区噪声扰民问题"
    # (a sheet handing the case down reports it too, its code between)
    told = REPORTED_PROBLEM.search("接交办件电2019-07-01-002号，反映某镇某村养鸡场粪污外排，臭味扰民。")
    assert told and told.group("problem") == "某镇某村养鸡场粪污外排，臭味扰民"


def test_a_coded_heading_titles_the_case_by_its_complaints_first_sentence():
    coded = CODED_COMPLAINT.match("受理编号77号：“某村支书在林地倾倒垃圾。此外，在山上建墓地。”")
    assert coded and coded.group("problem").startswith("某村支书在林地倾倒垃圾。")
    (finding,) = _findings(
        "督察组第二批交办案件办理情况\n"
        "一、受理编号77号：“某村支书将村里林地用于倾倒建筑垃圾，占地30亩。此外，在山上建墓地谋利。”\n"
        "该支书现任某村党支部书记。多年来，该村一直在林场林地内倾倒垃圾。\n"
        "1、关于“倾倒建筑垃圾”问题核实情况。\n"
        "2018年6月10日，林场执法人员到现场调查，垃圾露天堆放。\n"
    )
    assert finding.title == "某村支书将村里林地用于倾倒建筑垃圾，占地30亩"
    assert not CODED_COMPLAINT.match("受理编号77号：某村支书在林地倾倒垃圾。")  # (not quoted)


# --- who answers for it -----------------------------------------------------------------------


def test_units_checking_together_all_lead():
    (finding,) = _findings(
        "5月3日，某县接某市督察组交办件电2019-05-02-001号，反映某镇某村一养猪场粪水流入河沟。"
        "某县农业农村局及时召开会议，会后分管副局长带领执法人员，会同县生态环境局、某镇政府现场核查处置。\n"
        "经现场调查，该场粪污经沼气池处理，河沟水清。\n"
    )
    assert finding.lead_units == ["某县农业农村局", "县生态环境局", "某镇政府"]


def test_a_team_formed_for_the_case_gives_way_to_the_county_that_received_it():
    assert AD_HOC_TEAM.search("联合执法组") and AD_HOC_TEAM.search("工作专班")
    assert not AD_HOC_TEAM.search("县农业农村局")
    received = CASE_RECEIVED_BY.search("8月1日，城南县收到省环境保护督察转办群众举报“某养鸡场臭味扰民”后")
    assert received and received.group("unit") == "城南县"
    (finding,) = _findings(
        "8月1日，城南县收到省环境保护督察转办群众举报“城北养鸡场臭味扰民问题”后，立即组织调查。"
        "县政府成立工作小组，由环保、农业等相关部门组织联合执法组赶赴现场进行调查。\n"
        "调查组要求养殖场当天搬走。\n"
    )
    assert finding.lead_units == ["城南县"]


def test_the_body_that_filed_the_case_leads():
    filed = CASE_FILED_BY.search("按照督查组意见，某林业局已行政立案并做出处理。一是罚款。")
    assert filed and filed.group("unit") == "某林业局"
    assert not CASE_FILED_BY.search("某林业局将尽快立案调查。")  # (not yet done)


# --- its state and its limit ------------------------------------------------------------------


def test_a_site_told_as_gone_is_done():
    assert SITE_GONE_AFTER.search("该养殖场全部拆除后，周边恢复了安宁。")
    assert not SITE_GONE_AFTER.search("该养殖场正在拆除，预计下周完成。")
    (finding,) = _findings(
        "8月1日，某县收到省环境保护督察转办群众举报“城北养鸭场污染环境问题”后，立即组织调查。\n"
        "8月2日，调查组再次到现场，负责人组织人员对该厂进行拆除。该养鸭场全部拆除后，周边住户恢复了安宁的环境。\n"
    )
    assert finding.status == "completed"


def test_an_ordered_yearless_day_is_the_limit_dated_by_the_case_code():
    assert ORDERED_YEARLESS_DUE.search("责令业主6月26日前整改落实到位").group("due") == "6月26日前"
    assert (
        ORDERED_YEARLESS_DUE.search("责令村委会在6月20日前将垃圾全部运至处理场").group("due") == "6月20日前"
    )
    assert not ORDERED_YEARLESS_DUE.search("责令业主6月26日前将整改情况报县环保局")  # (a day to report by)
    coded = CASE_CODE_DATE.search("接交办件电2018-06-23-003号")
    assert coded and coded.group("y", "m", "d") == ("2018", "06", "23")
    (finding,) = _findings(
        "6月24日，某县接某市督察组交办件电2018-06-23-003号，反映某镇一养牛场粪水外溢流入河沟。\n"
        "经现场调查，该场为2013年建设项目，有异味。\n"
        "现场处置要求养殖场硬化出粪口；责令业主6月26日前整改落实到位。\n"
    )
    assert [d.date for d in finding.deadlines] == [datetime.date(2018, 6, 26)]


def test_a_complaint_broken_over_printed_lines_is_read_whole():
    (finding,) = _findings(
        "6月24日，某县接某市第七环境保护集中督察组交办件电\n"
        "2018-06-23-003号，反映某镇某村2组一养牛场\n"
        "（1000头左右）粪水外溢流入河沟，臭味扰民。县农业农村局派人到现场核查。\n"
        "经现场调查，河沟水清。\n"
    )
    assert finding.title == "某镇某村2组一养牛场（1000头左右）粪水外溢流入河沟，臭味扰民"
