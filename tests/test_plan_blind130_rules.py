"""Rules the reader learnt from blind set 130 (issue 14, docs/decisions.md “Blind set 130”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 130`)."""

from __future__ import annotations

from intake.plan_parser import _parse_case_answer, _parse_message_page, parse_plan_text
from intake.words import COMPLETION_MARKER

# --- a message page: labelled rows, the value beside or under its label ----------------------------

_MAILBOX = (
    "某县人民政府网\n"
    "信件详情\n"
    "来信时间\n"
    "2023-05-02\n"
    "来信标题\n"
    "河湾村垃圾池长期不清运\n"
    "来信内容\n"
    "村口垃圾池一个多月没人清运，气味很大，夏天蚊蝇多，请政府管一管。\n"
    "办理情况\n"
    "  • 您好！收到您的来信后，我镇立即安排人员到现场查看，已要求保洁公司每周清运两次。"
    " 某县河湾镇人民政府 2023年5月6日\n"
    "    某县河湾镇人民政府   2023-05-06\n"
)

_REPORT_PAGE = (
    "| 标题 | 石桥乡东岗村养鸭场污水外排，严重扰民 |\n"
    "| 留言日期 | 2022-07-01 |\n"
    "| 处理状态 | 处理完成 |\n"
    "| 发言内容 | 东岗村养鸭场的污水直接排进沟里，臭味很重。 |\n"
    "| 回复内容 | 网友您好！您反映的问题已收悉。我局立即安排某县分局进行调查处理，"
    "现将有关情况报告如下：一、基本情况 …… |\n"
)

_RETOLD = (
    "6月3日，某县住建局就小区门口污水井冒水怎么办进行了回复。 网友留言: 小区门口污水井天天冒水，臭得很。"
    " 某县住建局回复: 您好，经查该处管网堵塞，施工单位已进场疏通，承诺将在2023年6月30日前完成管网改造。 |\n"
    "相关新闻标题一行，截断的\n"
)


def test_a_mailbox_page_is_one_finding_titled_by_the_letter_and_led_by_the_signer():
    plan = parse_plan_text(_MAILBOX)
    [finding] = plan.findings
    assert finding.title == "河湾村垃圾池长期不清运"
    assert finding.lead_units == ["某县河湾镇人民政府"]
    assert finding.status != "completed"  # “已要求…清运” is an order, not the work done


def test_a_report_page_in_cells_takes_the_body_sent_and_the_pages_state():
    plan = parse_plan_text(_REPORT_PAGE)
    [finding] = plan.findings
    assert finding.title == "石桥乡东岗村养鸭场污水外排，严重扰民"
    assert finding.lead_units == ["某县分局"]
    assert finding.status == "completed"


def test_a_message_retold_inline_takes_the_question_the_body_and_the_limit_reported():
    plan = parse_plan_text(_RETOLD)
    [finding] = plan.findings
    assert finding.title == "小区门口污水井冒水怎么办"
    assert finding.lead_units == ["某县住建局"]
    assert [d.date.isoformat() for d in finding.deadlines if d.date] == ["2023-06-30"]


def test_a_page_without_a_reply_is_no_message_page():
    assert (
        _parse_message_page("来信标题\n河湾村垃圾池长期不清运\n来信内容\n村口垃圾池一个多月没人清运。\n")
        is None
    )
    # a news item naming a body's reply, with no message told in it, is not read so either
    assert (
        _parse_message_page("某县住建局就小区门口污水井冒水怎么办进行了回复。记者了解到，施工已开始。")
        is None
    )


# --- a public answer to one case handed down ----------------------------------------------------

_CASE_ANSWER = (
    "5月8日接《2021年全市扬尘污染专项督查问题交办单》（编号2021-037）后，我区立即组织相关单位到现场核查。"
    "现将调查处理情况公示如下：\n"
    "一、是否属实\n"
    "经现场核实，反映的“城关镇北街一工地裸土未覆盖，车辆带泥上路”，属实。\n"
    "二、区域分布\n"
    "城区\n"
    "三、调查核实情况\n"
    "该工地北侧约2000平方米裸土未覆盖，出口冲洗设施未使用。\n"
    "四、整改处理情况\n"
    "责令施工单位覆盖裸土、启用冲洗设施，目前已完成覆盖。\n"
    "五、责任追究情况\n"
    "对工地负责人约谈。\n"
    "责任单位：城关镇人民政府 区住建局\n"
    "2021年5月12日\n"
)


def test_an_answer_to_a_case_handed_down_is_one_finding_not_its_parts():
    plan = parse_plan_text(_CASE_ANSWER)
    [finding] = plan.findings
    assert finding.title == "城关镇北街一工地裸土未覆盖，车辆带泥上路"
    assert finding.lead_units == ["城关镇人民政府", "区住建局"]


def test_an_answer_printed_with_its_opening_broken_inside_a_word_is_read_alike():
    broken = _CASE_ANSWER.replace("问题交办单》", "问题交\n办单》", 1)
    [finding] = parse_plan_text(broken).findings
    assert finding.title == "城关镇北街一工地裸土未覆盖，车辆带泥上路"


def test_parts_without_a_case_received_are_not_read_as_an_answer():
    text = _CASE_ANSWER.replace("5月8日接《2021年全市扬尘污染专项督查问题交办单》（编号2021-037）后，", "")
    assert _parse_case_answer(text) is None


def test_an_answer_quoting_several_cases_is_left_to_the_lists_readings():
    second = "经现场核实，反映的“城关镇南街一工地夜间施工噪声扰民”，部分属实。\n"
    assert _parse_case_answer(_CASE_ANSWER.replace("二、区域分布\n", second + "二、区域分布\n")) is None


def test_a_farm_emptied_is_done_but_an_order_to_empty_it_is_not():
    assert COMPLETION_MARKER.search("业主已自行于12月19日将10头仔猪出售，并承诺不再养殖。")
    assert COMPLETION_MARKER.search("养殖户已将生猪全部出栏。")
    assert not COMPLETION_MARKER.search("同时已要求该户将小鸡出售。")
