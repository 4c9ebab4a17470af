"""Rules the reader learnt from blind set 129 (issue 14, docs/decisions.md “Blind set 129”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 129`)."""

from __future__ import annotations

from intake.plan_parser import _ticked_options, _unnumbered_cell_measures, parse_plan_text
from intake.plan_tables import map_column

# --- a department's 推进情况汇总表: tick boxes, the progress column naming its snags ---------------

_PROGRESS_TABLE = (
    "某厅督察整改任务推进情况汇总表\n"
    "| 序号 | 整改任务 | 整改时限 | 整改措施 | 目前进展情况及存在问题 | 完成进度 |\n"
    "| 1 | 十三、部分农村人口未实现集中供水。 | 2022年年底前 | 成立工作专班。 | 已完成整改。 "
    "| □已验收销号\n☑已完成\n□达到时序进度\n□未达时序进度 |\n"
    "| 2 | 十五、部分城区黑臭水体整治滞后。 | 2025年年底前 | 推进截污纳管。 | 正在推进。 "
    "| □已验收销号\n□已完成\n☑达到时序进度\n□未达时序进度 |\n"
)


def test_the_ticked_box_is_what_a_status_cell_says():
    findings = parse_plan_text(_PROGRESS_TABLE).findings
    assert [f.status == "completed" for f in findings] == [True, False]


def test_tick_boxes_keep_only_the_ticked_options():
    assert _ticked_options("□已验收销号\n☑已完成\n□达到时序进度") == "已完成"
    assert _ticked_options("□已完成 ☑达到时序进度 □未达时序进度") == "达到时序进度"
    assert _ticked_options("□已完成\n□未完成") == ""


def test_a_cell_that_is_no_row_of_boxes_is_kept():
    assert _ticked_options("√") == "√"  # a lone tick under 已整改 is the done-tick column's
    assert _ticked_options("√已整改 √已销号") == "√已整改 √已销号"  # no empty box beside
    assert _ticked_options("已完成整改，□号池待清淤") == "已完成整改，□号池待清淤"


def test_a_progress_column_naming_its_snags_is_the_progress():
    assert map_column("目前进展情况及存在问题").field == "progress"
    assert map_column("进展情况及存在问题").field == "progress"
    assert map_column("存在问题").field == "problem"


def test_the_inspections_item_number_is_no_part_of_the_title():
    findings = parse_plan_text(_PROGRESS_TABLE).findings
    assert [f.title for f in findings] == ["部分农村人口未实现集中供水", "部分城区黑臭水体整治滞后"]
    assert [f.number for f in findings] == [1, 2]


def test_two_numbers_of_one_thing_stay_in_the_title():
    text = "| 序号 | 存在问题 | 整改时限 |\n| 1 | 一、二级保护区内仍有违建。 | 2022年年底前 |\n"
    assert parse_plan_text(text).findings[0].title == "一、二级保护区内仍有违建"


def test_the_state_reached_by_a_date_is_no_measure():
    cell = "成立工作专班，分组督导。同时，制定建设指南。根据地方统计数据，截至2022年底全省基本实现全覆盖。"
    assert _unnumbered_cell_measures(cell) == "1.成立工作专班，分组督导。\n2.同时，制定建设指南。"
    one = "成立工作专班，分组督导。截至目前已完成改造9处。"
    assert _unnumbered_cell_measures(one) == "成立工作专班，分组督导。"


def test_steps_that_only_mention_a_date_stay_measures():
    cell = "成立工作专班。截至每月底报送进展。"
    # 截至 before no date or 今年 / 目前: a step about reporting, kept
    assert _unnumbered_cell_measures(cell) == "1.成立工作专班。\n2.截至每月底报送进展。"
