"""Rules the reader learnt from blind set 64 (issue 14, docs/decisions.md “Blind set 64”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 64`)."""

from __future__ import annotations

import io

import openpyxl

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value


def _sheet_findings(rows: list[list], merges: tuple[str, ...] = ()):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return parse_plan_text(read_plan_bytes(buffer.getvalue(), "清单.xlsx")).findings


def test_tasks_numbered_under_their_problem_in_a_task_column_are_its_measures():
    findings = _sheet_findings(
        [
            ["序号", "存在问题", "整改任务", "责任单位", "完成时限", "完成情况"],
            [1, "食堂进货查验记录不规范。", "1.1 补齐供货商票据。", "甲所", "2021年9月30日", "已完成"],
            [None, None, "1.2 统一印发记录样表。", "县教育局", "2021年10月15日", "已完成"],
            [2, "防蝇设施缺失。", "2.1 加装灭蝇灯。", "乙校", "2021年10月31日", "正在整改"],
            [None, None, "2.2 每周检查一次。", "乙校", "2021年11月30日", "未开始"],
        ],
        ("A2:A3", "B2:B3", "A4:A5", "B4:B5"),
    )
    assert [f.title for f in findings] == ["食堂进货查验记录不规范", "防蝇设施缺失"]
    assert [[m.text for m in f.measures] for f in findings] == [
        ["补齐供货商票据。", "统一印发记录样表。"],
        ["加装灭蝇灯。", "每周检查一次。"],
    ]
    assert [f.lead_units for f in findings] == [["甲所", "县教育局"], ["乙校"]]


def test_a_task_column_beside_no_problem_column_is_still_the_title():
    (finding,) = parse_plan_text(
        "| 序号 | 整改任务 | 责任单位 | 完成时限 |\n| 1 | 清理河道垃圾。 | 甲镇 | 2021年9月30日 |\n"
    ).findings
    assert finding.title == "清理河道垃圾" and finding.measures == []


def test_a_result_of_one_word_saying_the_work_is_done_is_done():
    assert is_completed_value("已清理") and is_completed_value("已清运到位")
    # a part of the place or the work named before it is a progress text, left to other rules
    assert not is_completed_value("垃圾点位已清运，待验收")


def test_each_of_two_status_cells_is_its_own_verdict():
    header = "| 序号 | 发现问题 | 责任村 | 整改期限 | 整改结果 | 复查情况 |\n"
    findings = parse_plan_text(
        header + "| 1 | 河面有漂浮物。 | 甲村 | 2018年3月7日 | 已清理 | 已复查 |\n"
        "| 2 | 岸边违建1处。 | 乙村 | 2018年4月15日 | 已拆除 | 已复查 |\n"
        "| 3 | 沟渠淤塞。 | 甲村 | 2018年5月15日 | 已清理 | 未销号 |\n"
        "| 4 | 养殖废水直排。 | 乙村 | 2018年4月30日 | 整改中 |  |\n"
    ).findings
    assert [f.status == "completed" for f in findings] == [True, True, False, False]
