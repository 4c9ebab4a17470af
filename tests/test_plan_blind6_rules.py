"""Rules the reader learnt from the sixth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 6”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text, split_units
from intake.plan_tables import find_tables, map_column

_PLAN = (
    "某市大气污染防治2021年行动计划\n"
    "| 序号 | 重点任务 | 工作措施 | 牵头部门 | 主责单位 | 协办单位 | 完成时限 |\n"
    "| 1 | 治理扬尘 | 工地全部围挡。 | 市住房城乡建设委 | 各区政府（含开发区管委会） "
    "| 市城市管理委等部门 | 年底前 |\n"
    "| 2 | 治理油烟 | 餐饮油烟净化。 | 市城市管理委 | 各区政府（含开发区管委会） | 市生态环境局 | 6月底前 |\n"
)


def test_a_task_named_in_a_key_task_or_project_column_is_the_title():
    assert map_column("重点任务").field == "problem"
    assert map_column("项目名称").field == "problem"
    first, second = parse_plan_text(_PLAN).findings
    assert (first.title, second.title) == ("治理扬尘", "治理油烟")
    assert len(first.measures) == 1


def test_a_main_responsibility_column_leads_beside_the_lead_department():
    first, _ = parse_plan_text(_PLAN).findings
    assert first.lead_units == ["市住房城乡建设委", "各区政府（含开发区管委会）"]
    assert first.cooperating_units == ["市城市管理委"]


def test_a_bracket_saying_what_a_name_covers_stays_in_the_name():
    assert split_units("各区政府（含北京经济技术开发区管委会）、市交通委") == [
        "各区政府（含北京经济技术开发区管委会）",
        "市交通委",
    ]
    assert split_units("县环保局（牵头）、县水利局") == ["县环保局", "县水利局"]


def test_a_time_limit_without_a_year_is_in_the_plans_year():
    first, second = parse_plan_text(_PLAN).findings
    assert [d.date for d in first.deadlines] == [dt.date(2021, 12, 31)]
    assert [d.date for d in second.deadlines] == [dt.date(2021, 6, 30)]
    assert first.confidence["deadlines"] == 0.7
    # no year in the title: nothing is guessed, the time limit stays to be checked
    finding = parse_plan_text(_PLAN.replace("2021年", "")).findings[0]
    assert finding.deadlines == []


def test_each_citys_party_committee_and_government_is_one_name():
    assert split_units("自治区党委办公厅（牵头），各设区市党委、政府") == [
        "自治区党委办公厅",
        "各设区市党委、政府",
    ]
    # a named city's committee and government are still two bodies
    assert split_units("宣城市委、市政府") == ["宣城市委", "宣城市政府"]


_WEB_CELLS = "\n".join(
    [
        "任务清单",
        *(
            f"{cell} |"
            for cell in ["领域", "序号", "项目名称", "主要内容", "计划节点", "责任单位", "年度计划"]
        ),
        "|",
        "牵头部门 |",
        "配合部门 |",
        "||||||",
        *(
            f"{cell} |"
            for cell in [
                "水环境",
                "1",
                "治理黑臭河道",
                "消除黑臭。",
                "2020年",
                "区水务局",
                "各街道",
                "完成2条。",
            ]
        ),
        *(
            f"{cell} |"
            for cell in [
                "大气环境",
                "2",
                "治理工地扬尘",
                "工地围挡。",
                "2019年",
                "区建管委",
                "区城管局",
                "完成10个。",
            ]
        ),
    ]
)


def test_a_web_table_copied_one_cell_a_line_ending_in_a_bar():
    (table,) = find_tables(_WEB_CELLS)
    assert [c.header for c in table.columns][5:7] == ["牵头部门", "配合部门"]
    first, second = parse_plan_text(_WEB_CELLS).findings
    assert (first.number, first.title, first.lead_units, first.cooperating_units) == (
        1,
        "治理黑臭河道",
        ["区水务局"],
        ["各街道"],
    )
    assert [d.date for d in second.deadlines] == [dt.date(2019, 12, 31)]


def test_a_field_of_work_column_is_the_rows_section():
    first, second = parse_plan_text(_WEB_CELLS).findings
    assert (first.section, second.section) == ("水环境", "大气环境")


_OPINIONS = (
    "某市人大常委会组成人员对水污染防治法执法检查报告的审议意见\n"
    "常委会会议审议了执法检查报告，提出以下意见。\n"
    "一、加快补齐污水管网短板\n有些委员提出，老城区管网错接混接多，建议加快改造。\n"
    "二、加强饮用水水源保护\n有些委员提出，水源地内仍有违建，建议限期清理。\n"
)


def test_each_point_of_an_opinion_is_a_finding():
    first, second = parse_plan_text(_OPINIONS).findings
    assert (first.number, first.title) == (1, "加快补齐污水管网短板")
    assert (second.number, second.title) == (2, "加强饮用水水源保护")
    assert "错接混接" in first.problem
    assert first.lead_units == [] and first.deadlines == []


def test_opinion_points_numbered_in_brackets_with_a_full_stop():
    text = _OPINIONS.replace("一、加快补齐污水管网短板", "（一）加快补齐污水管网短板。").replace(
        "二、加强饮用水水源保护", "（二）加强饮用水水源保护。"
    )
    first, second = parse_plan_text(text).findings
    assert (first.number, first.title, second.title) == (1, "加快补齐污水管网短板", "加强饮用水水源保护")


def test_headings_of_a_plan_that_is_no_opinion_are_not_findings():
    plan = (
        "某县督察整改工作方案\n"
        "一、指导思想\n坚持以习近平生态文明思想为指导，扎实推进整改。\n"
        "二、工作目标\n按期完成各项整改任务。\n"
        "三、组织保障\n成立整改工作领导小组。\n"
    )
    with pytest.raises(PlanParseError):
        parse_plan_text(plan)


def test_points_naming_faults_in_a_document_that_is_no_opinion_are_read_unsure():
    # Not an opinion by its title, but its points name faults: the last reading takes them at
    # confidence 0.5 with a warning rather than refuse the document (docs/decisions.md).
    first, second = parse_plan_text(_OPINIONS.replace("审议意见", "工作方案")).findings
    assert (first.title, second.title) == ("加快补齐污水管网短板", "加强饮用水水源保护")
    assert first.confidence["title"] == 0.5 and "按编号段落读取" in first.warnings[0]
