"""Rules the reader learnt from blind set 14 (issue 14, docs/decisions.md “Blind set 14”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 14`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text, split_units
from intake.plan_tables import map_column


def test_petition_task_and_sub_unit_column_names():
    assert map_column("举报内容").field == "problem"
    assert map_column("信访事项").field == "problem"
    assert map_column("内容和目标").field == "target"
    assert map_column("具体任务及目标").field == "target"
    assert (map_column("主办").field, map_column("协办").field) == ("lead", "coop")
    assert map_column("进度评价").field == "result"
    # a period before a progress column's name (至8月10日, 1-11月) leaves it a progress column
    assert map_column("至8月10日进展").field == "progress"
    assert map_column("1-11月推进情况").field == "progress"
    # the footer's 举报电话 is still no column of a finding
    assert map_column("举报电话").field is None


def test_a_petition_list_with_a_title_row_reads_its_complaint_column():
    text = (
        "| 第二十批信访件办理情况 | | | | | |\n"
        "| 序号 | 被投诉对象 | 举报内容 | 处理和整改情况 | 责任单位 | 办结情况 |\n"
        "| 1 | 某汽修厂 | 一家汽修厂露天喷漆，异味扰民。 | 已拆除喷漆设备。 | 东营区人民政府 | 已办结 |\n"
        "| 2 | 某化工企业 | 化工企业夜间排放刺激性气体。 | 计划2017年10月31日前完成整改。 | 广饶县人民政府 "
        "| 阶段性办结 |\n"
    )
    done, open_case = parse_plan_text(text).findings
    assert (done.title, done.lead_units, done.status) == (
        "一家汽修厂露天喷漆，异味扰民",
        ["东营区人民政府"],
        "completed",
    )
    assert open_case.status != "completed"
    assert [d.date.isoformat() for d in open_case.deadlines] == ["2017-10-31"]


def test_units_in_the_problems_bracket_over_labelled_lines():
    text = (
        "二、反馈问题整改进展情况\n"
        "1.保护区内采矿设施清理不彻底。（牵头单位：自治区林业厅；配合单位：自治区国土资源厅，相关市、县（区）人民政府）\n"
        "整改时限：2017年12月底前\n整改进展：已完成整改。\n"
        "2.城区燃煤小锅炉淘汰滞后。（牵头单位：自治区环境保护厅；\n配合单位：银川市人民政府）\n"
        "整改时限：2018年6月底前\n整改进展：正在推进。\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.title == "保护区内采矿设施清理不彻底"
    assert first.lead_units == ["自治区林业厅"]
    assert first.cooperating_units == ["自治区国土资源厅", "相关市、县（区）人民政府"]
    assert first.status == "completed" and first.deadlines[0].date.isoformat() == "2017-12-31"
    # the bracket broken at a line's end, its second half read as a 配合单位 line: one bracket again
    assert (second.lead_units, second.cooperating_units) == (["自治区环境保护厅"], ["银川市人民政府"])
    assert "牵头单位" not in second.problem


def test_related_places_list_is_one_collective_unit():
    assert split_units("县环保局，相关市、县（区）人民政府") == ["县环保局", "相关市、县（区）人民政府"]
    assert split_units("有关县、区政府") == ["有关县、区政府"]
    assert split_units("相关市场监管局、县住建局") == ["相关市场监管局", "县住建局"]


_OPENED_ROWS = """附件
一览表
|
序号 |
项目 名称 |
内容和目标 |
进展情况 |
承办单位 |
||||||
|
至8月10日进展 |
最新进展 |
主办 |
协办 |
|||||||
|
1 |
完成河道整治工程，整治河道2.5公里。 |
护岸完成80%。 |
已完成。 |
区水利局 |
龙桥街道、霞林街道 |
|
2 |
完成污水管网12公里，2016年12月底前投入运行。 |
完成设计招标。 |
管网完成3公里。 |
区环保局 |
常太镇 |
"""


def test_a_web_table_whose_rows_open_with_a_bar_and_whose_header_spans_two_lines():
    done, open_one = parse_plan_text(_OPENED_ROWS).findings
    assert (done.number, done.title) == (1, "完成河道整治工程，整治河道2.5公里")
    assert (done.lead_units, done.cooperating_units) == (["区水利局"], ["龙桥街道", "霞林街道"])
    # of the two progress columns the latest, a bare 已完成, says the project is done
    assert done.status == "completed"
    assert open_one.status != "completed"
    # the target is the task itself (no project name in the rows): its date is when it is due
    assert [d.date.isoformat() for d in open_one.deadlines] == ["2016-12-31"]


_SUB_ROW = """序号 |
项目名称 |
具体任务及目标 |
牵头 领导 |
牵头单位 |
责任单位 |
进展情况 |
1 |
教育扩容工程 |
完成2所公办幼儿园建设。 |
杨 宜 |
区教体局 |
区国投集团 各有关乡镇（街道） |
一所已完工。 |
2 |
医卫设施工程 |
建设应急医疗救治中心。 |
杨 宜 |
慈化镇 |
|
已完工。 |
提升乡镇卫生院建设水平。 |
杨 宜 |
区卫健委 |
各乡镇（街道） |
村卫生室建设正在推进。 |
3 |
城乡供水工程 |
新建农村供水管网80公里，2023年底前实现城乡供水同网同质。 |
黄 晨 |
区水利局 |
各有关乡镇（街道） |
已铺设52公里。 |
"""


def test_a_second_line_of_an_item_without_its_merged_cells_stays_in_the_item():
    first, second, third = parse_plan_text(_SUB_ROW).findings
    assert [f.number for f in (first, second, third)] == [1, 2, 3]
    assert first.cooperating_units == ["区国投集团", "各有关乡镇（街道）"]
    assert second.title == "医卫设施工程"
    assert (second.lead_units, second.cooperating_units) == (["慈化镇", "区卫健委"], ["各乡镇（街道）"])
    # one of its two lines still in progress: the item is not done
    assert second.status != "completed"
    # a column of the tasks under a project's name (具体任务及目标) dates the task
    assert [d.date.isoformat() for d in third.deadlines] == ["2023-12-31"]
    assert first.deadlines == [] and second.deadlines == []


def test_a_task_of_a_years_work_report_opening_with_its_due_date():
    text = (
        "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报\n"
        "| 序号 | 主要任务 | 牵头单位 | 上半年落实情况 | 进度评价 |\n"
        "| 1 | 6月底前建成县城区污水处理厂三期工程。 | 县住建局 | 设备调试中。 | 滞后序时 |\n"
        "| 2 | 完成2个老旧小区改造。 | 县住建局 | 已全部完工。 | 已完成 |\n"
    )
    due, done = parse_plan_text(text).findings
    assert [d.date.isoformat() for d in due.deadlines] == ["2022-06-30"]
    assert due.status != "completed" and done.status == "completed"
    assert done.deadlines == []
    # without the year of the plan the date is not guessed
    yearless = text.replace("2022年", "")
    assert parse_plan_text(yearless).findings[0].deadlines == []
