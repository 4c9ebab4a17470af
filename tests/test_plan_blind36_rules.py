"""Rules the reader learnt from blind set 36 (issue 14, docs/decisions.md “Blind set 36”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 36`)."""

from __future__ import annotations

import io

import docx
import openpyxl

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def _deadlines(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


def test_a_task_headings_bracketed_limit_is_its_deadline_not_part_of_its_title():
    findings = _findings(
        "某县河道排污口整治工作方案\n"
        "三、重点任务\n"
        "（一）开展排查（2021年6月底前完成）\n"
        "对沿河排口逐一登记造册。\n"
        "牵头单位：县生态环境分局\n"
        "配合单位：县水利局\n"
        "（二）落实巡查（持续推进）\n"
        "将排口纳入日常巡河。\n"
        "牵头单位：县河长办\n"
        "配合单位：各镇人民政府\n"
    )
    assert [f.title for f in findings] == ["开展排查", "落实巡查"]
    assert [_deadlines(f) for f in findings] == [["2021-06-30"], ["ongoing"]]


def test_a_bracket_in_a_heading_that_is_no_limit_stays_in_the_title():
    findings = _findings(
        "某县工作方案\n"
        "三、重点任务\n"
        "（一）整治干流（洛泽河）\n"
        "对干流排口实施整治。\n"
        "牵头单位：县水务局\n"
        "（二）整治支流（白水河）\n"
        "对支流排口实施整治。\n"
        "牵头单位：县水务局\n"
    )
    assert [f.title for f in findings] == ["整治干流（洛泽河）", "整治支流（白水河）"]
    assert [f.deadlines for f in findings] == [[], []]


def test_numbered_lines_under_a_short_task_heading_with_unit_lines_are_its_measures():
    findings = _findings(
        "某县工作方案\n"
        "三、重点任务\n"
        "（一）分类整治\n"
        "按照“取缔一批、规范一批”的要求实施整治。\n"
        "1.取缔违法排口。\n"
        "2.规范保留排口的标志牌。\n"
        "牵头单位：县生态环境分局\n"
        "配合单位：县水务局\n"
        "（二）建立台账\n"
        "对排口实行动态管理。\n"
        "牵头单位：县水务局\n"
    )
    assert [len(f.measures) for f in findings] == [2, 0]


def test_steps_announced_by_a_colon_inside_a_task_are_its_measures():
    findings = _findings(
        "某县年度实施方案\n"
        "二、主要任务\n"
        "1.加强工地扬尘治理。工地全面落实以下要求：（1）围挡；（2）覆盖；（3）冲洗。\n"
        "责任单位：县住建局（牵头）、县城管局\n"
        "完成时限：长期坚持\n"
        "2.加强道路保洁。主次干道机械化清扫率达到80%以上。\n"
        "责任单位：县城管局（牵头）\n"
        "完成时限：2016年9月底前\n"
    )
    assert [len(f.measures) for f in findings] == [3, 0]
    assert [f.lead_units for f in findings] == [["县住建局"], ["县城管局"]]


def test_an_undated_task_closing_with_a_rolling_clause_is_ongoing():
    findings = _findings(
        "某县三年行动实施方案\n"
        "三、重点任务\n"
        "（一）治理生活垃圾。完善收运体系，2019年底前实现收运设施全覆盖。（县住建局牵头，县农业农村局配合）\n"
        "（二）治理生活污水。以集镇为重点，持续推进农村生活污水治理。（县生态环境局牵头，县水务局配合）\n"
        "（三）提升村容村貌。持续推进道路硬化，整治公共空间和庭院环境。（县农业农村局牵头）\n"
    )
    assert [_deadlines(f) for f in findings] == [["2019-12-31"], ["ongoing"], []]


def _save_book(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_class_column_merged_down_is_the_rows_section():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "工作类别", "重点任务", "责任单位", "完成时限"])
    sheet.append([1, "水源地保护", "规范化建设水源地。", "县水利局", "2015年底前"])
    sheet.append([2, None, "取缔保护区内排口。", "县环保局", "2014年底前"])
    sheet.append([3, "面源污染防治", "治理养殖场粪污。", "县畜牧局", "长期坚持"])
    sheet.merge_cells("B2:B3")
    text = read_plan_bytes(_save_book(book), "分解表.xlsx")
    assert [f.section for f in parse_plan_text(text).findings] == ["水源地保护", "水源地保护", "面源污染防治"]


def test_a_campaign_column_in_a_word_table_is_the_rows_section():
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for row, values in zip(
        table.rows,
        [
            ["序号", "攻坚战役", "重点任务", "牵头单位"],
            ["1", "柴油货车污染治理", "淘汰老旧柴油货车。", "县交通运输局"],
            ["2", "", "开展路检路查。", "县公安局交警大队"],
            ["3", "臭氧污染防治", "排查涉VOCs企业。", "县生态环境局"],
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(1, 1).merge(table.cell(2, 1)).text = "柴油货车污染治理"
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_plan_bytes(buffer.getvalue(), "清单.docx")
    assert [f.section for f in parse_plan_text(text).findings] == [
        "柴油货车污染治理",
        "柴油货车污染治理",
        "臭氧污染防治",
    ]
