"""Rules the reader learnt from blind set 58 (issue 14, docs/decisions.md “Blind set 58”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 58`). The set is per-problem forms, second round:
信访举报件办理情况表, 整改销号审批表, 一问题一方案, 整改情况报告表."""

from __future__ import annotations

from datetime import date

import docx

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.real_layouts import _save


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_guessed_label_on_its_own_line_ends_a_unit_list():
    """A web form copied one cell a line: 办理结果 (classed by its words, not listed) under the
    units is the next field, not more of the unit list; a text field still takes such a head
    as a sub-heading of its own."""
    findings = _findings(
        "序号\n1\n举报内容\n甲县一家洗煤厂煤泥露天堆放。\n处理和整改情况\n企业已封闭改造。\n"
        "责任单位\n甲街道办事处、县环保局\n办理结果\n已办结\n"
        "序号\n2\n举报内容\n甲县一家化工企业夜间异味较大。\n处理和整改情况\n正在建设治理设施。\n"
        "责任单位\n县环保局\n办理结果\n阶段性办结\n"
    )
    assert [f.lead_units for f in findings] == [["甲街道办事处", "县环保局"], ["县环保局"]]
    assert [f.status for f in findings] == ["completed", None]


def test_a_four_cell_row_opening_with_a_label_classed_by_its_words():
    """“| 办理结果 | 已办结 | 问责情况 | 无 |”: neither label is listed, but the first is a status
    by its words and the second a short head naming no body, so the row is a form's two pairs,
    not more of the units above."""
    findings = _findings(
        "| 序号 | 1 | 受理编号 | X001 |\n"
        "| 反映问题 | 甲镇一家选矿厂尾矿水流入农田。 |  |  |\n"
        "| 责任单位 | 甲镇人民政府 | 配合单位 | 县自然资源局 |\n"
        "| 办理结果 | 已办结 | 问责情况 | 无 |\n"
    )
    assert len(findings) == 1
    assert findings[0].cooperating_units == ["县自然资源局"]
    assert findings[0].status == "completed"


def _form(rows: list[tuple[str, str]], merged_label: str, parts: list[str]) -> bytes:
    """A two-column form whose `merged_label` cell is merged down over one part a row."""
    document = docx.Document()
    document.add_paragraph("一问题一方案")
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    first = len(table.rows)
    for part in parts:
        table.add_row().cells[1].text = part
    table.cell(first, 0).merge(table.cell(len(table.rows) - 1, 0)).text = merged_label
    cells = table.add_row().cells
    cells[0].text, cells[1].text = "整改时限", "2023年6月30日"
    return _save(document)


def test_a_label_merged_down_over_one_measure_a_row():
    data = _form(
        [("问题序号", "第1项"), ("反馈问题", "部分矿山未及时开展生态修复。"), ("责任单位", "市自然资源局")],
        "整改措施",
        ["1.逐矿核查修复义务履行情况。", "2.督促企业编制修复方案。", "3.按季度通报进度。"],
    )
    findings = _findings(read_plan_bytes(data, "一问题一方案.docx"))
    assert len(findings) == 1
    assert len(findings[0].measures) == 3
    assert [d.date for d in findings[0].deadlines] == [date(2023, 6, 30)]


def test_a_labelled_row_under_a_one_row_table_is_that_rows_field():
    """A small table a problem, labels above values, then “| 整改措施 | 1.…2.… |” merged across:
    the measures of the row above, not a finding of their own."""
    findings = _findings(
        "| 序号 | 反馈问题 | 责任单位 | 整改时限 | 是否完成 |\n"
        "| 1 | 城区部分区域雨污合流。 | 县住建局 | 2022年12月底 | 已完成 |\n"
        "| 整改措施 | 1.编制改造方案。\n2.分片实施改造。 |  |  |  |\n"
        "\n"
        "| 序号 | 反馈问题 | 责任单位 | 整改时限 | 是否完成 |\n"
        "| 2 | 部分村庄垃圾收运不及时。 | 县城管局 | 2023年6月底 | 未完成 |\n"
        "| 整改措施 | 1.完善收运体系。 |  |  |  |\n"
    )
    assert [f.number for f in findings] == [1, 2]
    assert [len(f.measures) for f in findings] == [2, 1]
    assert [f.lead_units for f in findings] == [["县住建局"], ["县城管局"]]
    assert [f.status for f in findings] == ["completed", None]


def test_the_same_tables_pasted_as_text():
    """Copied out of Word the labelled row is “整改措施⇥1.…” with its other paragraphs on the
    lines after it: the same field of the row above, not the row's cells running on."""
    findings = _findings(
        "序号\t反馈问题\t责任单位\t整改时限\t是否完成\n"
        "1\t城区部分区域雨污合流。\t县住建局\t2022年12月底\t已完成\n"
        "整改措施\t1.编制改造方案。\n"
        "2.分片实施改造。\n"
        "\n"
        "序号\t反馈问题\t责任单位\t整改时限\t是否完成\n"
        "2\t部分村庄垃圾收运不及时。\t县城管局\t2023年6月底\t未完成\n"
        "整改措施\t1.完善收运体系。\n"
    )
    assert [f.title for f in findings] == ["城区部分区域雨污合流", "部分村庄垃圾收运不及时"]
    assert [len(f.measures) for f in findings] == [2, 1]
