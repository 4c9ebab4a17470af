"""Rules the reader learnt from blind set 157 (issue 14, docs/decisions.md “Blind set 157”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 157`)."""

from __future__ import annotations

from intake.plan_parser import _heading, parse_plan_text, split_units
from intake.words import PROBLEMS_AHEAD, UNIT_ASKED_IN_CELL


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a page's photos copied as their file names between numbered problems -------------------------

_POINTS_CHECKED = (
    "某市创城办开展实地点位督导\n"
    "近日，市创城办到汽车站、人民公园督导文明城市创建工作。现将发现的问题通报如下，请相关行业管理"
    "责任单位督促整改。点位的问题如下：\n"
    "一、汽车站\n"
    "1.站前广告牌破损\n"
    "2.jpg\n"
    "2.出租车未按位停放\n"
    "3.jpg\n"
    "3.指示牌陈旧\n"
    "4.jpg\n"
    "二、人民公园\n"
    "1.枯枝未清理\n"
    "5.jpg\n"
    "2.晾晒被褥\n"
    "6.png\n"
)


def test_numbered_problems_under_places_with_photo_names_between_are_each_a_finding():
    findings = _findings(_POINTS_CHECKED)
    assert [f.title for f in findings] == [
        "站前广告牌破损",
        "出租车未按位停放",
        "指示牌陈旧",
        "枯枝未清理",
        "晾晒被褥",
    ]
    assert [f.number for f in findings] == [1, 2, 3, 4, 5]
    assert not any(f.lead_units for f in findings)  # 汽车站, 人民公园: places, no units


def test_a_photos_file_name_is_no_numbered_heading():
    assert _heading("2.jpg") is None
    assert _heading("微信图片_20211029.png") is None
    heading = _heading("2.加强日常管理")  # guard: a numbered line is a heading as before
    assert heading is not None and heading.value == 2


def test_the_problems_of_a_place_announced_as_such():
    assert PROBLEMS_AHEAD.search("实地点位的问题如下：")
    assert PROBLEMS_AHEAD.search("检查中存在的问题如下：")
    assert not PROBLEMS_AHEAD.search("具体整改措施如下：")


# --- a unit column's cells ------------------------------------------------------------------------


def test_a_town_then_a_space_then_a_unit_are_two_units():
    assert split_units("南汇街道 房管鹿城分局") == ["南汇街道", "房管鹿城分局"]
    assert split_units("南汇街道 区城管与执法局") == ["南汇街道", "区城管与执法局"]
    assert split_units("城关镇 县住建局") == ["城关镇", "县住建局"]


def test_a_towns_own_body_after_a_space_stays_one_name():
    # guards: the town's office or government written apart is one body; units apart by a
    # space split as before
    assert split_units("南汇街道 办事处") == ["南汇街道办事处"]
    assert split_units("城关镇 人民政府") == ["城关镇人民政府"]
    assert split_units("区文广新局 区公安分局") == ["区文广新局", "区公安分局"]


def test_a_cell_asking_a_body_to_see_to_it_names_that_body():
    assert split_units("请市文明办协调解决") == ["市文明办"]
    assert split_units("请县住建局督促整改") == ["县住建局"]
    assert UNIT_ASKED_IN_CELL.fullmatch("请示报告") is None


def test_a_summary_table_with_an_asked_body_and_spaced_units_reads_its_leads():
    text = (
        "附件\n"
        "督查情况汇总表\n"
        "| 序号 | 具体点位 | 存在问题 | 整改责任单位 |\n"
        "| 1 | 前进路网吧 | 网吧内有人吸烟。 | 区文广新局 区公安分局 |\n"
        "| 2 | 某工地 | 1、门卫未登记外来人员；\n2、食堂人员无健康证。 | 请市文明办协调解决 |\n"
        "| 3 | 某小区 | 1、宣传栏内容有错字；\n2、监控室无人值班。 | 南汇街道 房管鹿城分局 |\n"
    )
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [
        ["区文广新局", "区公安分局"],
        ["市文明办"],
        ["南汇街道", "房管鹿城分局"],
    ]
    assert findings[1].title == "门卫未登记外来人员"


# --- a Word table pasted as text, one header cell over two columns --------------------------------


def test_a_pasted_header_cell_over_an_area_merged_down_and_the_point():
    text = (
        "督查情况汇总表\n"
        "序号\t具体点位\t存在问题\t整改责任单位\n"
        "1\t东城街道辖区\t某网吧\t消防通道堆放杂物。\t区文广新局\n"
        "2\t\t某工地\t1、门卫未登记外来人员；\n"
        "2、食堂人员无健康证。\t区住建局\n"
        "3\t西城街道辖区\t某小区\t宣传栏破损。\t西城街道\n"
        "4\t\t某菜场\t地面污水横流。\t区市场监管局\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "消防通道堆放杂物",
        "门卫未登记外来人员",
        "宣传栏破损",
        "地面污水横流",
    ]
    assert [f.lead_units for f in findings] == [["区文广新局"], ["区住建局"], ["西城街道"], ["区市场监管局"]]


# --- a cell's listed problems pasted into a sheet a row each -------------------------------------


def test_a_cells_items_pasted_a_row_each_keep_their_first_item_for_the_title():
    text = (
        "| 序号 | 点位 | 存在问题 | 整改责任单位 |\n"
        "| 1 | 某工地 | 1、门卫未登记外来人员； | 区住建局 |\n"
        "| 1 | 某工地 | 2、食堂人员无健康证。 | 区住建局 |\n"
        "| 2 | 某网吧 | 网吧内有人吸烟。 | 区文广新局 |\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == ["门卫未登记外来人员", "网吧内有人吸烟"]
    # (a task's second row carrying on its sentence, no ；, still joins it with a comma:
    # tests/test_plan_blind10_rules.py and tests/test_pasted_tables.py, “新增学位810个”)
