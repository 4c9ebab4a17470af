"""Rules the reader learnt from blind set 42 (issue 14, docs/decisions.md “Blind set 42”), each
on a short workbook written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 42`)."""

from __future__ import annotations

import io

import openpyxl
import xlwt

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text


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


def test_a_summary_sheet_of_counts_before_the_list_gives_no_findings():
    findings = _findings(
        _book(
            (
                "汇总",
                [
                    ["序号", "乡镇", "问题数（个）", "交办隐患（项）", "已整改（项）"],
                    [1.0, "甲镇", 3.0, 12.0, 10.0],
                    ["合计", None, 3.0, 12.0, 10.0],
                ],
            ),
            (
                "台账",
                [
                    ["序号", "问题描述", "整改措施", "责任单位", "整改时限", "整改状态"],
                    [1.0, "河道岸线有垃圾堆放。", "1.清理垃圾。", "甲镇人民政府", "2023年6月底", "已整改"],
                ],
            ),
        )
    )
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "河道岸线有垃圾堆放", ["甲镇人民政府"])
    ]


def test_a_tick_under_the_done_column_of_a_three_row_header_marks_the_row_done():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改清单")
    sheet.write_merge(0, 2, 0, 0, "序号")
    sheet.write_merge(0, 2, 1, 1, "被审计单位")
    sheet.write_merge(0, 2, 2, 2, "问题描述")
    sheet.write_merge(0, 0, 3, 5, "整改情况")
    sheet.write_merge(1, 2, 3, 3, "整改时限")
    sheet.write_merge(1, 1, 4, 5, "整改结果")
    sheet.write(2, 4, "已整改")
    sheet.write(2, 5, "正在整改")
    for r, row in enumerate(
        (
            [1.0, "县教育局", "学生资助资金发放不及时。", "2023.1.31", "√", ""],
            [2.0, "县卫健委", "部分采购项目未公开招标。", "2023.6.30", "", "√"],
        ),
        start=3,
    ):
        for k, value in enumerate(row):
            sheet.write(r, k, value)
    buffer = io.BytesIO()
    book.save(buffer)
    findings = _findings(buffer.getvalue(), "整改清单.xls")
    assert [(f.lead_units, f.status) for f in findings] == [(["县教育局"], "completed"), (["县卫健委"], None)]


def test_a_checks_advice_is_the_measures_and_is_it_done_says_done():
    findings = _findings(
        _book(
            (
                "清单",
                [
                    ["序号", "问题描述", "整改意见", "责任单位", "整改时限", "是否到位"],
                    [1.0, "占用耕地硬化。", "1.查处；\n2.复耕。", "甲区政府", "2024年12月底", "是"],
                    [2.0, "村民占用耕地建房。", "1.拆除复耕。", "乙县人民政府", "2025.3.31", "否"],
                ],
            ),
        )
    )
    assert [(len(f.measures), f.status) for f in findings] == [(2, "completed"), (1, None)]


def test_a_suggestions_ledger_reads_by_the_legend_of_its_classes_and_not_its_statistics_sheet():
    rows = [
        ["序号", "建议名称", "主办单位", "协办单位", "办理时限", "办理结果"],
        [1.0, "关于改造供热管网的建议", "县住建局", "县财政局", "2024.8.31", "A类"],
        [2.0, "关于增设垃圾投放点的建议", "县城管局", None, "2024.8.31", "B类"],
    ]
    legend = ["注：A类为所提问题已经解决或基本解决；B类为所提问题正在解决或列入规划逐步解决。"]
    statistics = ("统计", [["类别", "件数", "占比"], ["A类", 1.0, "50%"], ["B类", 1.0, "50%"]])
    findings = _findings(_book(("台账", [*rows, [], legend]), statistics))
    assert [(f.title, f.cooperating_units, f.status) for f in findings] == [
        ("关于改造供热管网的建议", ["县财政局"], "completed"),
        ("关于增设垃圾投放点的建议", [], None),
    ]
    # without the note a class letter says nothing about the work
    assert [f.status for f in _findings(_book(("台账", rows)))] == [None, None]
