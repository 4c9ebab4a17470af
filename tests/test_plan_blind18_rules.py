"""Rules the reader learnt from blind set 18 (issue 14, docs/decisions.md “Blind set 18”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 18`)."""

from __future__ import annotations

import io

import openpyxl

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text


def _workbook(rows: list[list[object]], merges: tuple[str, ...] = ()) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_stated_problem_is_the_title_and_the_project_name_its_detail():
    data = _workbook(
        [
            ["乙县民生项目问题整改进展表"],
            ["序号", "项目名称", "存在问题", "整改措施", "责任单位", "整改时限", "是否完成"],
            [
                1.0,
                "城乡供水一体化工程",
                "两个村水压不足，高峰时段断水。",
                "1.新建加压泵站；\n2.更换老旧管道。",
                "县水利局",
                "2025年9月30日",
                "否",
            ],
            [2.0, None, "水费收缴台账不全。", "1.建立收费台账。", "县供水公司", "立行立改", "是"],
            [
                3.0,
                "乡镇卫生院改造",
                "一所卫生院改造工程停工。",
                "1.督促复工。",
                "县卫生健康局",
                "2025年12月31日",
                "否",
            ],
        ],
        merges=("B3:B4",),
    )
    findings = parse_plan_text(read_plan_bytes(data, "进展表.xlsx")).findings
    # the project merged down over two problems does not make them one finding
    assert [(f.number, f.title) for f in findings] == [
        (1, "两个村水压不足，高峰时段断水"),
        (2, "水费收缴台账不全"),
        (3, "一所卫生院改造工程停工"),
    ]
    assert [f.lead_units for f in findings] == [["县水利局"], ["县供水公司"], ["县卫生健康局"]]
    assert [len(f.measures) for f in findings] == [2, 1, 1]
    assert [f.status == "completed" for f in findings] == [False, True, False]


def test_a_snags_column_after_the_progress_leaves_the_project_as_the_title():
    data = _workbook(
        [
            ["2025年为民办实事项目进展情况"],
            ["序号", "项目名称", "责任单位", "进展情况", "存在问题"],
            [1, "新建城区公办幼儿园2所", "县教育局", "主体工程完工", "配套道路未通"],
            [2, "改造老旧小区5个", "县住建局", "已完工3个", "无"],
        ]
    )
    findings = parse_plan_text(read_plan_bytes(data, "进展情况.xlsx")).findings
    assert [f.title for f in findings] == ["新建城区公办幼儿园2所", "改造老旧小区5个"]
