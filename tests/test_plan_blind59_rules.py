"""Rules the reader learnt from blind set 59 (issue 14, docs/decisions.md “Blind set 59”), each
on a short workbook written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 59`)."""

from __future__ import annotations

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.ledger_files import workbook_bytes

_HEADER = ["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "整改情况"]


def _findings(*sheets: tuple[str, list[list]]):
    return parse_plan_text(read_plan_bytes(workbook_bytes(dict(sheets)), "台账.xlsx")).findings


def test_sub_rows_numbered_under_a_problem_are_its_measures():
    rows = [
        _HEADER,
        [1, "村级财务管理不规范。", None, None, None, None],
        ["1.1", None, "清理村级往来账目。", "镇财政所", "2021年5月31日", "已完成"],
        ["1.2", None, "建立村账镇管制度。", "镇经管站", "2021年6月30日", "正在整改"],
        [2, "党员教育管理不严格。", "1.开展党员轮训。", "镇组织办", "2021年7月31日", "已完成"],
    ]
    first, second = _findings(("台账", rows))
    assert (first.number, first.title, len(first.measures)) == (1, "村级财务管理不规范", 2)
    assert first.lead_units == ["镇财政所", "镇经管站"]
    assert [d.date.isoformat() for d in first.deadlines] == ["2021-05-31", "2021-06-30"]
    assert first.status != "completed"
    assert second.number == 2


def test_a_reported_by_line_over_each_sheet_ends_the_table_before():
    def sheet(unit: str, problem: str) -> list[list]:
        return [
            [f"{unit}整改台账"],
            [f"报送单位：{unit}", None, None, None, "报送时间：2023年12月25日"],
            _HEADER,
            [1, problem, "1.制定方案。", unit, "2024年3月31日", "正在整改"],
        ]

    findings = _findings(
        ("甲镇", sheet("甲镇党委", "村级集体经济薄弱。")), ("乙局", sheet("乙局党组", "项目推进缓慢。"))
    )
    assert [(f.part, f.number) for f in findings] == [(1, 1), (2, 1)]


def test_a_recheck_column_does_not_hide_the_status_before_it():
    rows = [
        [*_HEADER, "回头看情况"],
        [1, "物料露天堆放。", "1.物料入棚。", "乡环保办", "2021年3月20日", "已整改", "已复查，未反弹"],
        [2, "工地裸土未覆盖。", "1.覆盖防尘网。", "乡执法队", "2021年3月25日", "整改中", None],
    ]
    assert [f.status == "completed" for f in _findings(("台账", rows))] == [True, False]


def test_a_pasted_second_header_row_does_not_stop_a_lost_merge_being_filled():
    # copied out of the sheet: the village merged down is left on its first row only, and the
    # header's second row (persons under 责任人) comes as a row of its own
    text = "\n".join(
        [
            "序号\t责任村\t存在问题\t整改措施\t责任人\t\t整改时限\t整改情况",
            "\t\t\t\t包村领导\t村支书\t\t",
            "1\t甲村\t原料露天堆放。\t1.入棚存放。\t王某\t李某\t2020年12月15日\t已整改",
            "2\t\t取缔点有生产迹象。\t1.断水断电。\t王某\t李某\t2020年12月20日\t已整改",
            "3\t乙村\t早餐点使用散煤。\t1.收缴炉具。\t赵某\t孙某\t2020年12月10日\t已整改",
        ]
    )
    findings = parse_plan_text(read_plan_bytes(text.encode("utf-8"), "台账.txt")).findings
    assert [f.lead_units for f in findings] == [["甲村"], ["甲村"], ["乙村"]]
