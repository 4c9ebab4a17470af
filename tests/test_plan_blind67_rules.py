"""Rules the reader learnt from blind set 67 (issue 14, docs/decisions.md “Blind set 67”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 67`)."""

from __future__ import annotations

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.real_layouts import _table_docx


def test_a_cell_line_wrapped_before_a_closing_mark_and_digits_is_joined():
    # LibreOffice keeps “贫、20” together, so “帮扶户脱” stops short of the column's edge although
    # the sentence goes on: one task, not a task and a paragraph.
    from tests.printed_pdf import printed_unruled

    pdf = printed_unruled(
        _table_docx(
            ["2018年重点工作任务分解表"],
            ["序号", "工作任务", "牵头单位", "协作配合单位", "完成时限"],
            [
                ["1", "帮扶户脱贫、20个村退出任务。", "县扶贫办", "各乡镇人民政府", "2018年12月底"],
                # its second line, digits spaced off on both sides, sets the column's right edge
                ["2", "力争全年招商引资60亿元，增长10%。", "县商务局", "县财政局", "2018年8月底"],
            ],
        )
    )
    findings = parse_plan_text(read_plan_bytes(pdf, "分解表.pdf")).findings
    assert [f.title for f in findings] == ["帮扶户脱贫、20个村退出任务", "力争全年招商引资60亿元，增长10%"]


def test_a_limit_without_a_year_takes_the_year_of_a_task_sharing_table():
    plan = parse_plan_text(
        "2018年县政府重点工作任务分解表\n"
        "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
        "| 1 | 建成城区污水处理厂二期工程。 | 县住建局 | 年底前 |\n"
        "| 2 | 新建农村公路30公里。 | 县交通运输局 | 10月底前 |\n"
    )
    assert [[d.date.isoformat() for d in f.deadlines] for f in plan.findings] == [
        ["2018-12-31"],
        ["2018-10-31"],
    ]
