"""Rules the reader learnt from blind set 41 (issue 14, docs/decisions.md “Blind set 41”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 41`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_CELLS_HEADER = ["序号", "县（市、区）", "问题描述", "整改措施", "责任单位", "整改时限", "是否完成"]


def _cells(*rows: list[str], before=(), after=()) -> str:
    return "\n".join([*before, *_CELLS_HEADER, *(cell for row in rows for cell in row), *after]) + "\n"


_ROWS = (
    ["1", "甲县", "一处煤场物料未苫盖。", "全面苫盖。", "甲县人民政府", "2020年11月30日", "是"],
    ["2", "乙县", "燃煤锅炉未拆除。", "拆除锅炉。", "乙县人民政府", "2020年12月31日", "否"],
)


def test_a_header_name_with_a_comma_inside_its_brackets_still_opens_a_cell_per_line_table():
    plan = parse_plan_text(_cells(*_ROWS, before=["某市督办问题清单"]))
    assert [(f.number, f.title, f.lead_units) for f in plan.findings] == [
        (1, "一处煤场物料未苫盖", ["甲县人民政府"]),
        (2, "燃煤锅炉未拆除", ["乙县人民政府"]),
    ]


def test_a_signature_and_date_under_the_last_row_are_no_cells():
    plan = parse_plan_text(_cells(*_ROWS, after=["某市生态环境局", "2020年12月5日"]))
    last = plan.findings[-1]
    assert last.progress == "否"
    assert [d.date.isoformat() for d in last.deadlines] == ["2020-12-31"]


def test_a_row_whose_status_column_says_no_stays_open_under_a_notice_of_its_progress():
    notice = ["某市督办问题整改情况公示", "现将督办问题整改情况公示如下："]
    plan = parse_plan_text(_cells(*_ROWS, before=notice))
    assert [f.status for f in plan.findings] == ["completed", None]


def test_a_pushed_task_marked_closed_is_done():
    text = (
        "序号 | 问题描述 | 整改措施 | 责任单位 | 整改时限 | 核销情况 |\n"
        "1 | 喷漆废气未经收集直排。 | 喷涂作业移入密闭喷漆房。 | 甲区分局 | 2022年7月31日 | 已核销 |\n"
        "2 | 集气罩收集效率低。 | 改造集气罩。 | 乙县分局 | 2022年8月31日 | 整改中 |\n"
        "3 | 活性炭长期未更换。 | 更换活性炭。 | 丙县分局 | 立行立改 | 未核销 |\n"
    )
    assert [f.status for f in parse_plan_text(text).findings] == ["completed", None, None]
