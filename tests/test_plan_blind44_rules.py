"""Rules the reader learnt from blind set 44 (issue 14, docs/decisions.md “Blind set 44”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 44`)."""

from __future__ import annotations

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(read_plan_bytes(text.encode("utf-8"), "清单.txt")).findings


def _cells(*cells: str) -> str:
    """A web table copied one cell to a line (or two), a bare “|” line after every cell."""
    return "".join(f"{cell}\n|\n" for cell in cells)


def test_a_web_table_with_a_bare_bar_line_after_each_cell_is_read_row_by_row():
    text = (
        "某县水源地环境问题整治进展情况公示\n"
        + _cells("序号", "水源地名称", "问题具体情况", "具体整治措施", "计划完成\n整治时间", "是否完成整治")
        + _cells("1", "甲水库", "一级保护区内有农家乐1家。", "关闭农家乐。", "2018年8月底", "是")
        + _cells(
            "2",
            "乙河水源地",
            "二级保护区内有养殖场1处。",
            "1.关闭养殖场；2.清运粪污。",
            "2018年10月30日前",
            "否",
        )
        + "某县环境保护局\n"
    )
    found = _findings(text)
    assert [f.number for f in found] == [1, 2]
    assert [f.title for f in found] == ["一级保护区内有农家乐1家", "二级保护区内有养殖场1处"]
    assert [[d.date.isoformat() for d in f.deadlines] for f in found] == [["2018-08-31"], ["2018-10-30"]]
    assert [len(f.measures) for f in found] == [1, 2]
    assert [f.status == "completed" for f in found] == [True, False]


def test_a_title_line_over_a_bar_line_is_not_taken_for_a_table():
    text = (
        "某县问题清单\n|\n"
        "1.河道内堆放垃圾。整改措施：清运垃圾。责任单位：甲镇人民政府。整改时限：2021年6月30日前。\n"
    )
    found = _findings(text)
    assert [f.title for f in found] == ["河道内堆放垃圾"]


def test_a_labelled_place_clause_after_the_problem_is_not_part_of_the_title():
    text = (
        "某区入河排污口排查清单\n"
        "1.甲河某桥东侧雨水排口旱天有污水排出，排口位置：东经113.74°，北纬34.71°。整改措施：排查管网错接。"
        "责任单位：甲街道办事处。整改时限：2021年6月30日前。\n"
        "2.乙河一处排口周边堆放垃圾，具体地点：乙村东侧。整改措施：清理垃圾。责任单位：乙街道办事处。"
        "整改时限：立行立改。\n"
        "3.丙河位置偏僻处有渔船停靠，船上生活污水直排。整改措施：清理渔船。责任单位：丙镇人民政府。"
        "整改时限：2021年9月30日前。\n"
    )
    titles = [f.title for f in _findings(text)]
    assert titles == [
        "甲河某桥东侧雨水排口旱天有污水排出",
        "乙河一处排口周边堆放垃圾",
        "丙河位置偏僻处有渔船停靠，船上生活污水直排",
    ]
