"""Rules the reader learnt from blind set 138 (issue 14, docs/decisions.md “Blind set 138”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 138`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import _parse_message_page, _parse_message_reply, parse_plan_text
from intake.words import FAULT, REPLY_LIMIT

# --- a mailbox page copied as its web table: cells apart by tabs -------------------------------

_TAB_CELLS = (
    "信件内容\n"
    "姓名: 张**\t写信时间: 2022-03-01\t回复状态: 已办结\n"
    "信件标题:村道排水沟堵塞\n"
    "信件内容: 领导好:我是河口村人,村道边的排水沟堵了一年,下雨就漫到路上。谢谢!\n"
    "回复内容\n"
    "回复时间: 2022-03-05 10:00\t回复单位: 河口镇\n"
    "回复内容:\n"
    "网友您好: 您反映的问题收悉,现就相关情况答复如下:镇政府已派人疏通排水沟,并确定专人管护。\n"
)


def test_tab_cells_give_the_title_the_unit_and_the_state_of_a_mailbox_page():
    plan = _parse_message_page(_TAB_CELLS)
    assert plan is not None
    finding = plan.findings[0]
    assert finding.title == "村道排水沟堵塞"
    assert finding.lead_units == ["河口镇"]
    assert finding.status == "completed"


_LABEL_AND_VALUE = (
    "标题:\t猪粪直排小河\n"
    "来信人:\t某某\n"
    "来信时间:\t2014-05-02 09:00:00\n"
    "内容:\n"
    "村后养猪户把猪粪直排小河,已有多年,请环保部门取缔。\n"
    "回复部门:\t某区人民政府\n"
    "回复时间:\t2014-05-10 16:00:00\n"
    "回复内容:\n"
    "区环保分局已对该户下达整改通知书,生猪迁转由街道负责。\n"
)


def test_a_row_of_another_label_ends_the_title_and_the_reply_unit_leads():
    finding = _parse_message_page(_LABEL_AND_VALUE).findings[0]  # type: ignore[union-attr]
    assert finding.title == "猪粪直排小河"
    assert finding.lead_units == ["某区人民政府"]
    assert finding.status != "completed"


# --- a message board: title line with a comma, a reply no body signs ---------------------------

_BOARD = (
    "市长留言板\n"
    "12345\n"
    "东村养殖场乱排粪污,影响村民生活\n"
    "老王\n"
    "老王\n"
    "东村有两个养猪场,粪污乱排,苍蝇多,下雨时污水横流。\n"
    "2019-3-1 10:00\n"
    "网友您好:\n"
    "您反映的问题基本属实。两家养猪场已纳入今年改造计划,预计2019年底可全部整治到位。\n"
    "王某 2019-3-3 9:00\n"
)


def test_a_board_reply_without_a_signing_body_has_no_lead_and_its_expected_date():
    plan = _parse_message_reply(_BOARD)
    assert plan is not None
    finding = plan.findings[0]
    assert finding.title == "东村养殖场乱排粪污,影响村民生活"
    assert finding.lead_units == []
    assert [d.date for d in finding.deadlines] == [date(2019, 12, 31)]
    assert finding.status != "completed"


def test_around_a_month_is_no_limit():
    assert REPLY_LIMIT.search("现该路已开始修建,11月前后可以完工。") is None
    assert REPLY_LIMIT.search("预计2020年6月底前能够完工") is not None


def test_a_reply_neither_signed_nor_under_a_titled_message_is_not_read_so():
    text = "网友您好:\n您反映的问题基本属实,我们将加强管理。\n"
    assert _parse_message_reply(text) is None


# --- a reply opening on the body the message was handed to --------------------------------------

_HANDED = (
    "部门回复\n"
    "平台收到群众留言后,区委网信办将群众反映问题交办区住建局。区住建局核实后,具体答复如下:\n"
    "经调查,该小区雨水管网建于2005年,近年来,因管道老化,小区雨水管网堵塞严重,雨天积水。目前已申请维修资金。\n"
)


def test_a_handed_reply_is_led_by_that_body_and_titled_by_its_fault_clause_in_the_page_commas():
    plan = _parse_message_reply(_HANDED)
    assert plan is not None
    finding = plan.findings[0]
    assert finding.title == "小区雨水管网堵塞严重,雨天积水"
    assert finding.lead_units == ["区住建局"]


# --- a county site's message with its 信息反馈 ----------------------------------------------------

_FEEDBACK = (
    "尊敬的镇长:您好!我住在西河镇.镇上一条路几年没人修.从西河桥往南到北营的一段路坑连着坑,"
    "下雨后全是泥水,车也开不过去.我们只求把这条路修一修,不然又怎么出门呢? (网友:小张)\n"
    "信息反馈\n"
    "网友所说的道路已列入今年维修计划,现已开工。\n"
    "西河镇政府\n"
)


def test_the_sentence_before_the_request_titles_a_message_with_no_title_line():
    plan = _parse_message_reply(_FEEDBACK)
    assert plan is not None
    finding = plan.findings[0]
    assert finding.title == "从西河桥往南到北营的一段路坑连着坑,下雨后全是泥水,车也开不过去"
    assert finding.lead_units == ["西河镇政府"]


# --- water standing in drains is a fault ------------------------------------------------------------


def test_standing_water_is_a_fault_for_the_last_reading():
    assert FAULT.search("养殖场排水系统积水较多")
    text = "近日,某镇检查养殖户。 前期降雨较多,北村养殖场排水系统积水较多。 下一步将继续检查。"
    plan = parse_plan_text(text)
    assert [finding.title for finding in plan.findings] == ["前期降雨较多,北村养殖场排水系统积水较多"]
