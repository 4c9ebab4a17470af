"""Rules the reader learnt from blind set 125 (issue 14, docs/decisions.md “Blind set 125”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 125`)."""

from __future__ import annotations

from intake.plan_parser import _parse_answered_reports, _parse_message_reply, parse_plan_text
from intake.words import (
    BEFORE_AFTER_CAPTION,
    COMPLETION_MARKER,
    EXAMPLE_OF_COUNT,
    PART_TAKES_UP,
    REPORT_TAKEN_UP,
)

# --- a 街道办's answers to hotline callers retold as news ------------------------------------------

_ANSWERS = (
    "“镇长有约12345”活动后续\n"
    "5月6日，城南街道办事处主任接听了4位市民来电，问题均已答复。\n"
    "一市民反映，幸福路3号楼下水道堵塞。城南街道办答复，已对该处下水道疏通完毕。"
    "就河滨公园路灯损坏的问题，城南街道办表示，供电所正在更换灯具。\n"
    "接到南门菜场周边垃圾堆积的反映后，城南街道办立即安排保洁员清运。"
    "老街小巷的雨水井盖缺失，行人出行不便。城南街道办答复，现已正常使用新井盖。\n"
)


def test_each_report_answered_by_a_body_is_one_finding_led_by_the_body():
    findings = parse_plan_text(_ANSWERS).findings
    assert [f.title for f in findings] == [
        "幸福路3号楼下水道堵塞",
        "河滨公园路灯损坏",
        "南门菜场周边垃圾堆积",
        "老街小巷的雨水井盖缺失",
    ]
    assert all(f.lead_units == ["城南街道办"] for f in findings)
    assert [f.status == "completed" for f in findings] == [True, False, False, True]


def test_an_answer_saying_the_thing_works_again_or_was_put_right_is_done():
    assert COMPLETION_MARKER.search("绿化养护人员已把桥边的树木修剪到位") is not None
    assert COMPLETION_MARKER.search("现已正常排水") is not None
    assert COMPLETION_MARKER.search("目前采取临时应急排水措施") is None
    assert COMPLETION_MARKER.search("尚未恢复正常排水") is None


def test_a_report_taken_up_needs_the_words_of_a_problem():
    assert REPORT_TAKEN_UP.match("就苏家二桥树枝茂盛影响视线的问题，街道办表示，已修剪") is not None
    assert REPORT_TAKEN_UP.match("就此，街道办表示将加强巡查") is None


def test_one_answered_report_is_not_a_list():
    text = "一市民反映，东关路灯不亮。东关街道办答复，已安排维修。\n"
    assert _parse_answered_reports(text) is None


# --- a community's news in parts, each a heading over a paragraph taking up one problem ------------

_PARTS = (
    "为改善人居环境，某镇某社区开展环境整治行动。\n"
    "清理楼道杂物，还居民安全通道\n"
    "针对楼道杂物堆积问题，社区组织网格员逐户排查，清理楼道20余处。\n"
    "整治前\n"
    "整治后\n"
    "规范车辆停放，让小区秩序井然\n"
    "针对小区电动车乱停乱放现象，社区联合物业划定停放区3处。\n"
    "整治前\n"
    "整治后\n"
    "社区将建立长效机制，巩固整改成果。\n"
)


def test_each_heading_over_a_paragraph_taking_up_a_problem_is_one_finding():
    findings = parse_plan_text(_PARTS).findings
    assert [f.title for f in findings] == ["清理楼道杂物，还居民安全通道", "规范车辆停放，让小区秩序井然"]


def test_the_part_and_caption_words():
    assert PART_TAKES_UP.match("针对小区楼道杂物堆积顽疾，社区组织网格员排查") is not None
    assert PART_TAKES_UP.match("针对群众关心的热点，社区召开座谈会") is None
    assert BEFORE_AFTER_CAPTION.match("整治前") is not None
    assert BEFORE_AFTER_CAPTION.match("整治前后对比明显，群众满意") is None


# --- a county's news of a check naming its problems only as the example of a count ------------------

_EXAMPLES = (
    "近日，某县督查组对前期发现的15个问题整改情况进行了专项督查。\n"
    "督查组对检查中发现的石桥村河道内有生活垃圾漂浮等15个问题逐个检查，已整改到位8个。"
    "检查中还发现东岭镇砖厂门前道路积尘严重等3个新问题。\n"
    "督查组要求各责任单位抓紧整改。\n"
)


def test_each_example_of_a_count_is_one_finding_led_by_its_place():
    findings = parse_plan_text(_EXAMPLES).findings
    assert [f.title for f in findings] == ["石桥村河道内有生活垃圾漂浮", "东岭镇砖厂门前道路积尘严重"]
    assert [f.lead_units for f in findings] == [["石桥村"], ["东岭镇"]]


def test_a_count_with_no_example_names_no_problem():
    assert EXAMPLE_OF_COUNT.search("对前期发现的15个问题整改情况进行了督查") is None
    assert EXAMPLE_OF_COUNT.search("检查中还发现公路边堆放煤渣等5个新问题") is not None


# --- a resident's message and a town's reply under it ----------------------------------------------

_BOARD = (
    "书记留言板\n"
    "12345\n"
    "污水横流问题\n"
    "小*\n"
    "小*\n"
    "新村路口的下水道常年堵塞，污水流到路面，行人无法通行。\n"
    "2022-3-1 09:10\n"
    "网友“小*”：\n"
    "您好，收到您反映的问题，镇政府立即组织人员调查，现回复如下：\n"
    "目前已安排专人疏通下水道，下一步将改造排水管网。\n"
    "东山镇人民政府\n"
)


def test_a_message_and_the_reply_under_it_is_one_finding_led_by_the_body_signing():
    (finding,) = parse_plan_text(_BOARD).findings
    assert finding.title == "污水横流问题"
    assert finding.lead_units == ["东山镇人民政府"]
    assert finding.status != "completed"


def test_a_message_with_no_title_line_is_titled_by_the_question_it_asks():
    text = (
        "各位领导：我家住在河西村，为什么村口的垃圾堆了一个月都没人清运？\n"
        "尊敬的网友：\n"
        "您好！您反映的问题我镇已收悉，现回复如下：已安排保洁员清运。\n"
        "西河镇人民政府\n"
        "2019年5月2日\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "为什么村口的垃圾堆了一个月都没人清运"
    assert finding.lead_units == ["西河镇人民政府"]


def test_a_reply_without_the_message_received_is_no_reply_reading():
    text = "尊敬的网友：\n感谢您的关注。\n东山镇人民政府\n"
    assert _parse_message_reply("村口有垃圾？\n" + text) is None


def test_a_replaced_thing_told_as_a_finished_act_is_done():
    assert COMPLETION_MARKER.search("立即派人巡查了该路段全部路灯，换掉了不亮的路灯")
    assert COMPLETION_MARKER.search("已修好了路面") is not None
    assert COMPLETION_MARKER.search("只修好了一部分") is None
    assert COMPLETION_MARKER.search("路灯没修好了") is None


def test_a_part_shown_after_its_work_is_done_and_one_without_the_photo_is_not():
    text = (
        "社区开展环境整治专项行动。\n"
        "清理楼道杂物，让通道不再堵塞\n"
        "针对小区楼道杂物堆积的老问题，社区组织排查，张贴整改通知，累计清理楼道30余处。\n"
        "整治前\n整治后\n"
        "整治车库乱象，让停车井然有序\n"
        "针对地下车库电动车随意停放等问题，社区联合物业划定停放区2处。\n"
        "整治前\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.title, f.status) for f in findings] == [
        ("清理楼道杂物，让通道不再堵塞", "completed"),
        ("整治车库乱象，让停车井然有序", None),
    ]
