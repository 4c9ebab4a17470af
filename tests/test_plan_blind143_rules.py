"""Rules the reader learnt from blind set 143 (issue 14, docs/decisions.md “Blind set 143”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 143`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import BODY_TASKS_HEADING, GROUP_HELPERS, SPACED_DUTY_HEADER, UNIT_LEVEL_HEAD


def _findings(text: str):
    return parse_plan_text(text).findings


def _deadlines(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


# --- tasks grouped under the body that does them -----------------------------------------------------

GROUPED = (
    "（三）县林业局主要工作任务：\n"
    "1、清理自然保护区内的违规养殖棚舍。\n"
    "2、2021年6月底前完成退化林地补植。\n"
    "配合单位：各乡镇人民政府、县自然资源局。\n"
    "（四）县水利局主要工作任务：\n"
    "开展河道采砂专项整治，取缔无证采砂点。\n"
    "（五）县供电公司主要工作任务：\n"
    "1、停止向关停企业供电。\n"
    "五、保障措施\n"
    "1、加强组织领导。\n"
)


def test_tasks_under_a_bodys_heading_are_led_by_it_and_count_on_over_the_groups():
    findings = _findings(GROUPED)
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert [f.title for f in findings] == [
        "清理自然保护区内的违规养殖棚舍",
        "2021年6月底前完成退化林地补植",
        "开展河道采砂专项整治，取缔无证采砂点",
        "停止向关停企业供电",
    ]
    assert [f.lead_units for f in findings] == [["县林业局"], ["县林业局"], ["县水利局"], ["县供电公司"]]
    # the closing line's bodies help with every task of its group, and only of its group
    assert [f.cooperating_units for f in findings] == [
        ["各乡镇人民政府", "县自然资源局"],
        ["各乡镇人民政府", "县自然资源局"],
        [],
        [],
    ]
    assert [_deadlines(f) for f in findings] == [[], ["2021-06-30"], [], []]


def test_one_bodys_heading_alone_is_no_grouped_list():
    # one group is a section of a plan whose other parts this reading does not know: left to the others
    findings = _findings(
        "某县大气污染防治工作方案\n（一）县环保局主要工作任务：\n1、开展燃煤锅炉排查。\n2、查处超标排放企业。\n"
    )
    assert all(f.lead_units != ["县环保局"] or f.sources.get("lead_units") != "分组标题" for f in findings)


def test_the_heading_and_helper_wordings():
    assert BODY_TASKS_HEADING.match("（十三）电力公司主要工作任务：").group("unit") == "电力公司"
    assert BODY_TASKS_HEADING.match("(二)县公安局工作职责:").group("unit") == "县公安局"
    assert BODY_TASKS_HEADING.match("（二）强化扬尘污染防治") is None
    assert GROUP_HELPERS.match("工作协助部门：水务局").group("units") == "水务局"
    helpers = GROUP_HELPERS.match("协助单位：交通局、县城管监察大队。")
    assert helpers.group("units") == "交通局、县城管监察大队"


# --- a duty list's table pasted as words apart by spaces ---------------------------------------------

SPACED = (
    "附件 某县2020年扬尘治理方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责城区道路的洒水降尘.\n"
    "县环卫 管理所 持续开展 负责建筑工地围挡和覆盖的检查.每月通报一次. 县住建局 县城管局 9月底前完成 "
    "全面排查 负责渣土车的查处. 县公安局 长期坚持 负责裸土的"
)


def test_a_spaced_duty_list_gives_a_task_a_row_with_its_bodies_and_time():
    findings = _findings(SPACED)
    assert [f.title for f in findings] == [
        "负责城区道路的洒水降尘",
        "负责建筑工地围挡和覆盖的检查",
        "负责渣土车的查处",
    ]
    # a body's name broken over two lines is one name; a second body cooperates
    assert [f.lead_units for f in findings] == [["县环卫管理所"], ["县住建局"], ["县公安局"]]
    assert [f.cooperating_units for f in findings] == [[], ["县城管局"], []]
    # the time dated in the year the title names; the time cell's broken tail is no task; the row
    # the page cut (“负责裸土的”) is left
    assert [_deadlines(f) for f in findings] == [["ongoing"], ["2020-09-30"], ["long_term"]]


def test_the_spaced_header_and_level_words():
    assert SPACED_DUTY_HEADER.search("工作任务和内容 责任单位 配合单位 完成时间 负责")
    assert SPACED_DUTY_HEADER.search("任务内容 牵头单位 完成时限 负责")
    # a header whose cells are not apart by spaces is a table's, read by the table reader
    assert SPACED_DUTY_HEADER.search("工作任务和内容|责任单位|配合单位|完成时间") is None
    assert UNIT_LEVEL_HEAD.match("县交通") and not UNIT_LEVEL_HEAD.match("运输局")
