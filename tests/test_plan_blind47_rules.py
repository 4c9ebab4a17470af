"""Rules the reader learnt from blind set 47 (issue 14, docs/decisions.md “Blind set 47”), each
on a short workbook written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 47`)."""

from __future__ import annotations

import io

import openpyxl
import xlwt

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.words import classify_label


def _book(*sheets: tuple[str, list[list]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _findings(data: bytes, filename: str = "台账.xlsx"):
    return parse_plan_text(read_plan_bytes(data, filename)).findings


_HEADER = ["序号", "问题描述", "整改要求", "责任单位", "整改时限", "是否整改"]


def test_a_checking_teams_line_over_each_sheet_keeps_the_sheets_apart():
    def sheet(name: str, problems: list[str]) -> tuple[str, list[list]]:
        rows = [
            [f"{name}问题督办台账"],
            [f"督查单位：{name}", None, None, None, "督查时间：2021年4月12日"],
            _HEADER,
        ]
        rows += [
            [float(k), p, "1.清理。\n2.巡查。", "甲村村民委员会", "立即整改", "是"]
            for k, p in enumerate(problems, 1)
        ]
        return name, rows

    findings = _findings(
        _book(sheet("第一督查组", ["沟渠有垃圾。", "柴草乱堆。"]), sheet("第二督查组", ["厕所脏乱。"]))
    )
    assert [(f.part, f.number, f.title) for f in findings] == [
        (1, 1, "沟渠有垃圾"),
        (1, 2, "柴草乱堆"),
        (2, 1, "厕所脏乱"),
    ]


def test_bare_lead_and_helper_columns_and_a_village_column_name_units():
    assert classify_label("牵头") == "lead"
    assert classify_label("配合") == "coop"
    assert classify_label("责任村") == "lead"
    assert classify_label("责任村（社区）") == "lead"
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("问题清单")
    for k, label in enumerate(("序号", "存在问题", "整改意见")):
        sheet.write_merge(0, 1, k, k, label)
    sheet.write_merge(0, 0, 3, 4, "整改责任")
    sheet.write(1, 3, "责任村")
    sheet.write(1, 4, "包村领导")
    sheet.write_merge(0, 1, 5, 5, "整改时限")
    for k, value in enumerate(
        (1.0, "垃圾清运不及时。", "1.增加清运频次；\n2.日产日清。", "甲村村民委员会", "刘某", "2022.11.30")
    ):
        sheet.write(2, k, value)
    buffer = io.BytesIO()
    book.save(buffer)
    (finding,) = _findings(buffer.getvalue(), "问题清单.xls")
    assert finding.lead_units == ["甲村村民委员会"]


def test_a_three_row_header_splitting_the_units_into_bare_lead_and_helper_columns():
    book = openpyxl.Workbook()
    sheet = book.active
    for column, label in ((1, "序号"), (2, "反馈问题"), (3, "整改措施"), (6, "整改时限")):
        sheet.cell(row=1, column=column, value=label)
        sheet.merge_cells(start_row=1, start_column=column, end_row=3, end_column=column)
    sheet.cell(row=1, column=4, value="整改责任")
    sheet.merge_cells("D1:E1")
    sheet.cell(row=2, column=4, value="责任单位")
    sheet.merge_cells("D2:E2")
    sheet.cell(row=3, column=4, value="牵头")
    sheet.cell(row=3, column=5, value="配合")
    for column, value in enumerate(
        (1.0, "学习流于形式。", "1.定计划；\n2.抓研讨。", "镇党政办", "镇组织办", "2023.3.31"), 1
    ):
        sheet.cell(row=4, column=column, value=value)
    buffer = io.BytesIO()
    book.save(buffer)
    (finding,) = _findings(buffer.getvalue())
    assert (finding.lead_units, finding.cooperating_units) == (["镇党政办"], ["镇组织办"])


def test_group_rows_stay_the_section_over_a_class_column():
    rows = [
        ["序号", "问题类别", "反馈问题", "整改措施", "责任单位", "整改时限"],
        ["一、全面从严治党方面"],
        [1.0, "作风建设", "驻村工作不实。", "1.专项检查；\n2.提醒谈话。", "镇纪委", "2023.4.30"],
    ]
    (finding,) = _findings(_book(("台账", rows)))
    assert finding.section == "一、全面从严治党方面"


def test_a_class_column_without_group_rows_still_groups_the_rows():
    rows = [
        ["序号", "问题类别", "反馈问题", "整改措施", "责任单位", "整改时限"],
        [1.0, "作风建设", "驻村工作不实。", "1.专项检查；\n2.提醒谈话。", "镇纪委", "2023.4.30"],
    ]
    (finding,) = _findings(_book(("台账", rows)))
    assert finding.section == "作风建设"
