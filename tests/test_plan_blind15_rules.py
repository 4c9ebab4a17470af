"""Rules the reader learnt from blind set 15 (issue 14, docs/decisions.md “Blind set 15”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 15`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import find_tables, map_column


def test_numbered_proposals_with_their_quoted_name_and_handling_units_are_findings():
    text = (
        "关于区人大代表建议办理情况的报告\n\n"
        "第4号“关于改造城区排水管网的建议”（B类）。主办单位：区住建局；协办单位：区财政局、区水务局。\n\n"
        "办理情况：已办结。完成排水管网改造2.3公里。\n\n"
        "第5号“关于增设农村客运班线的建议”。主办单位：区交通局。\n\n"
        "办理情况：已开通2条班线，其余计划2024年5月底前开通。\n"
    )
    first, second = parse_plan_text(text).findings
    assert (first.number, first.title) == (4, "关于改造城区排水管网的建议")  # the class note is not the name
    assert (first.lead_units, first.cooperating_units) == (["区住建局"], ["区财政局", "区水务局"])
    assert first.status == "completed"
    assert (second.number, second.title, second.lead_units) == (5, "关于增设农村客运班线的建议", ["区交通局"])
    assert second.status != "completed"
    assert [d.date.isoformat() for d in second.deadlines] == ["2024-05-31"]


def test_a_handling_unit_column_named_zhuban_leads():
    assert map_column("主办单位").field == "lead"
    assert map_column("协办单位").field == "coop"


def test_a_table_copied_one_cell_a_line_keeps_the_columns_the_vocabulary_does_not_know():
    cells = [
        "序号",
        "交办批次",
        "反映问题",
        "所在乡镇",
        "责任单位",
        "办理情况",
        "是否办结",
        "1",
        "第二批",
        "某村养猪场粪水直排河沟。",
        "城关镇",
        "县农业农村局",
        "已关停养猪场。",
        "是",
        "2",
        "第四批",
        "某石料厂粉尘大。",
        "河口乡",
        "县自然资源局",
        "正在安装喷淋设施。",
        "否",
        "（责任编辑：张三）",
    ]
    first, second = parse_plan_text("\n\n".join(cells)).findings
    assert (first.title, first.lead_units, first.status) == (
        "某村养猪场粪水直排河沟",
        ["县农业农村局"],
        "completed",
    )
    assert (second.title, second.lead_units) == ("某石料厂粉尘大", ["县自然资源局"])
    assert second.status != "completed"


_PDF_COPY = """整改任务清单
序号
问题
整改措施
责任
单位
整改
时限
整改情况
1
县水务局对城区排水设施巡查不
到位，部分雨水口堵塞。
1.开展排水设施全面排查；
2.建立雨水口清掏台账，汛前
清掏一次。
县水务局
2021年5
月底前
已完成排查和清掏，
问题已整改到位。
— 1 —
2
部分乡镇垃圾中转站渗滤液收
集不规范。
1.改造渗滤液收集池；
2.落实专人管护。
各乡镇人
民政府
长期坚持
正在整改。
"""


def test_a_pdf_table_copied_cell_after_cell_has_its_wrapped_lines_put_back_into_cells():
    (table,) = find_tables(_PDF_COPY)
    # 责任⏎单位 and 整改⏎时限 are one header name each
    assert [c.field for c in table.columns] == [
        "number",
        "problem",
        "measures",
        "lead",
        "deadline",
        "progress",
    ]
    first, second = (row.cells for row in table.rows)
    assert first[1] == "县水务局对城区排水设施巡查不到位，部分雨水口堵塞。"
    assert first[2] == "1.开展排水设施全面排查；\n2.建立雨水口清掏台账，汛前清掏一次。"
    assert first[3:5] == ["县水务局", "2021年5月底前"]
    assert second[3:] == ["各乡镇人民政府", "长期坚持", "正在整改。"]  # the page number is no cell
    one, two = parse_plan_text(_PDF_COPY).findings
    assert (len(one.measures), one.status, [d.date.isoformat() for d in one.deadlines]) == (
        2,
        "completed",
        ["2021-05-31"],
    )
    assert (two.title, two.lead_units, [d.kind for d in two.deadlines]) == (
        "部分乡镇垃圾中转站渗滤液收集不规范",
        ["各乡镇人民政府"],
        ["long_term"],
    )


def test_a_cell_per_line_table_whose_rows_fit_the_header_is_read_as_before():
    cells = [
        "序号",
        "问题",
        "整改措施",
        "责任单位",
        "1",
        "河道垃圾多",
        "1.清理垃圾",
        "镇政府",
        "2",
        "沟渠淤塞",
        "清淤",
        "村委会",
    ]
    rows = [row.cells for row in find_tables("\n".join(cells))[0].rows]
    assert rows == [["1", "河道垃圾多", "1.清理垃圾", "镇政府"], ["2", "沟渠淤塞", "清淤", "村委会"]]
