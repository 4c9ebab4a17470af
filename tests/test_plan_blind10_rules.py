"""Rules the reader learnt from blind set 10 (issue 14, docs/decisions.md “Blind set 10”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 10`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column


def test_a_responsible_unit_label_after_a_lead_unit_label_names_cooperating_units():
    text = (
        "某区2023年重点工作任务分解方案\n"
        "一、主要预期目标\n"
        "1.地区生产总值增长6%左右。\n牵头单位：区发改局\n责任单位：经济开发区，各街道、区直各部门\n"
        "2.一般公共预算收入增长8%左右。\n牵头单位：区财政局\n责任单位：区税务局\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.lead_units == ["区发改局"]
    assert first.cooperating_units == ["经济开发区", "各街道", "区直各部门"]
    assert (second.lead_units, second.cooperating_units) == (["区财政局"], ["区税务局"])
    # a 责任单位 alone still leads
    alone = text.replace("牵头单位：区发改局\n", "").replace("牵头单位：区财政局\n", "")
    first, second = parse_plan_text(alone).findings
    assert (first.lead_units, first.cooperating_units) == (["经济开发区", "各街道", "区直各部门"], [])
    assert (second.lead_units, second.cooperating_units) == (["区税务局"], [])


_TARGET_TABLE = (
    "| 序号 | 目标任务 | 牵头单位 | 责任单位 | 责任人 |\n"
    "| 一、主要经济社会发展指标等工作目标（牵头领导：张三、李四） | | | | |\n"
    "| 1 | ★地区生产总值增长15%。 | 区发改局 | 各乡镇人民政府 | 局长 |\n"
    "| 2 | 地方一般公共预算收入增长10%。 | 区财政局 | 区税务局 | 局长 |\n"
)


def test_a_key_task_star_and_the_leaders_of_a_group_row_are_not_text():
    first, second = parse_plan_text(_TARGET_TABLE).findings
    assert first.title == "地区生产总值增长15%"
    assert second.title == "地方一般公共预算收入增长10%"
    assert first.section == second.section == "一、主要经济社会发展指标等工作目标"
    assert (first.lead_units, first.cooperating_units) == (["区发改局"], ["各乡镇人民政府"])


def test_a_project_or_work_task_column_names_the_task_and_progress_first_columns_report():
    assert map_column("民生实事项目").field == "problem"
    assert map_column("工作任务").field == "problem"
    assert map_column("进展情况、存在问题及下一步打算").field == "progress"
    # a paired problem-and-answer column still names the problem where the problem comes first
    assert map_column("存在问题").field == "problem"
    text = (
        "| 序号 | 民生实事项目 | 牵头单位 | 责任单位 | 10月份进展情况 | 是否完成 |\n"
        "| 1 | 完成农村危房改造100户 | 县住建局 | 各乡镇人民政府 | 已全部竣工并通过验收。 | 是 |\n"
        "| 2 | 新建城区公共停车场3个 | 县城管局 | 县自然资源局 | 2个已投入使用。 | 否 |\n"
    )
    done, open_one = parse_plan_text(text).findings
    assert (done.title, done.status) == ("完成农村危房改造100户", "completed")
    assert (done.lead_units, done.cooperating_units) == (["县住建局"], ["各乡镇人民政府"])
    assert open_one.title == "新建城区公共停车场3个" and open_one.status != "completed"


def test_a_task_on_two_rows_with_the_other_cells_merged_down_is_one_task():
    row = "| 1 | {} | 教体局 | 室内装修及场外施工 | 进展情况：装修完成八成。 | 顺利推进 |\n"
    text = (
        "| 序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |\n"
        + row.format("新改扩建公办中小学校1所")
        + row.format("新增学位810个")
        + "| 2 | 完成结对帮扶学校2所 | 教体局 | 互派人员到位 | 进展情况：已互派。 | 顺利推进 |\n"
    )
    first, second = parse_plan_text(text).findings
    assert (first.number, first.title) == (1, "新改扩建公办中小学校1所，新增学位810个")
    assert (second.number, second.title) == (2, "完成结对帮扶学校2所")
    # two rows that differ in more than the task are two findings, even under one number
    other = text.replace("| 1 | 新增学位810个 | 教体局 |", "| 1 | 新增学位810个 | 区住建局 |")
    assert len(parse_plan_text(other).findings) == 3


def test_a_web_table_excerpt_whose_rows_close_with_a_bar_lines_up_without_its_merged_column():
    header = ["序号", "主要任务", "全年目标任务", "分管 领导", "牵头 单位", "协同单位", "推进情况"]
    rows = [
        ["24", "优化背街后巷交通组织。", "张三", "城管局", "市政局、相关街道", "完成60%。", ""],
        ["25", "新增垃圾分类达标小区210个。", "张三", "城管局", "环卫处", "已建成38个厢房。", ""],
        ["26", "新建建筑垃圾中转站8个。", "张三", "城管局", "相关街道", "已建成7个。"],
    ]
    lines = ["某区民生实事项目推进情况"] + [f"{cell} |" for cell in header]
    for row in rows:
        lines += [f"{cell} |" if cell else "|" for cell in row]
    findings = parse_plan_text("\n".join(lines) + "\n").findings
    assert [(f.number, f.title) for f in findings] == [
        (24, "优化背街后巷交通组织"),
        (25, "新增垃圾分类达标小区210个"),
        (26, "新建建筑垃圾中转站8个"),
    ]
    assert findings[0].lead_units == ["城管局"]
    assert findings[0].cooperating_units == ["市政局", "相关街道"]
    assert all(f.status != "completed" for f in findings)
