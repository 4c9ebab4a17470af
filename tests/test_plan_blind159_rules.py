"""Rules the reader learnt from blind set 159 (issue 14, docs/decisions.md “Blind set 159”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 159`)."""

from __future__ import annotations

from datetime import date

from intake.deadline_text import parse_deadline_field
from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column

_HEADER = ["序号", "试点任务", "细化措施", "工作绩效目标", "责任单位", "配合单位", "完成", "时限"]
_QUARTERS = ["一季度", "二季度", "三季度", "四季度"]


def _cells(rows: list[list[str]], header: list[str] = _HEADER, group: str | None = "一、强化规划引领") -> str:
    # a web table copied a cell a paragraph: a blank line between cells, none for an empty cell
    cells = ["某区试点目标任务分解", *header, *([group] if group else [])]
    for row in rows:
        cells += [cell for cell in row if cell]
    return "\n\n".join(cells) + "\n"


_ROWS = [
    ["1", "推进垃圾分类规划", "建立简便的分类投放方式。", "", "区城管局", "区住建委、区事务局", "2020"],
    ["2", "", "健全有害垃圾收运体系。规范大件垃圾投放。", "", "区城管局", "区生态环境局", "2020"],
    ["3", "", "公布分类评价结果。", "", "区城管局", "", "2021"],
    ["4", "推进建筑垃圾治理", "建立建筑垃圾监管平台。", "", "区城管局", "区公安分局、区交通局", "2020"],
]


def test_pilot_task_names_the_task_column():
    assert map_column("试点任务").field == "problem"


def test_a_year_alone_in_a_time_limit_cell_is_its_end():
    assert [d.date for d in parse_deadline_field("2020")] == [date(2020, 12, 31)]
    assert [d.date for d in parse_deadline_field("2021。")] == [date(2021, 12, 31)]
    # a longer number is no year
    assert parse_deadline_field("20201") == []


def test_cell_a_paragraph_table_with_group_row_quarters_and_lost_cells_is_read():
    plan = parse_plan_text(_cells(_ROWS, [*_HEADER, *_QUARTERS]))
    got = [
        (f.number, f.title, f.lead_units, f.cooperating_units, [d.date for d in f.deadlines], len(f.measures))
        for f in plan.findings
    ]
    assert got == [
        (1, "推进垃圾分类规划", ["区城管局"], ["区住建委", "区事务局"], [date(2020, 12, 31)], 1),
        # the task merged down shows on its first row only: repeated, as a Word table's merge is
        (2, "推进垃圾分类规划", ["区城管局"], ["区生态环境局"], [date(2020, 12, 31)], 2),
        # no 配合单位: the unit is the lead, the year the limit
        (3, "推进垃圾分类规划", ["区城管局"], [], [date(2021, 12, 31)], 1),
        (4, "推进建筑垃圾治理", ["区城管局"], ["区公安分局", "区交通局"], [date(2020, 12, 31)], 1),
    ]
    assert {f.section for f in plan.findings} == {"一、强化规划引领"}


def test_group_row_under_a_header_without_quarters_still_ends_the_header():
    plan = parse_plan_text(_cells(_ROWS))
    assert [f.number for f in plan.findings] == [1, 2, 3, 4]
    assert plan.findings[0].section == "一、强化规划引领"


def test_a_short_row_whose_cells_fit_no_column_is_not_forced():
    # a unit where the time limit stands: the row's cells do not fit its columns in order
    rows = [*_ROWS[:1], ["2", "", "健全收运体系。", "", "2020", "区城管局", ""]]
    plan = parse_plan_text(_cells(rows, group=None))
    assert [f.number for f in plan.findings][:1] == [1]
    assert all(f.lead_units != ["2020"] for f in plan.findings)
