"""Rules the reader learnt from blind set 147 (issue 14, docs/decisions.md “Blind set 147”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 147`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column

_HEADER = ["序号", "整治单位（区域）", "地址", "隐患主要内容", "责任单位", "督办单位", "整改期限"]


def _bar_line_copy(cells: list[str], tail: list[str]) -> str:
    # a web table copied one cell a line, a bare “|” line after every cell
    lines = ["某区人民政府办公室", "2022年9月16日", "附件1", "重大事故隐患治理挂牌整治单位名单"]
    for cell in cells:
        lines += [cell, "|"]
    return "\n".join(lines + tail) + "\n"


def test_hazard_main_content_column_is_the_problem():
    assert map_column("隐患主要内容").field == "problem"
    assert map_column("隐患单位").field != "problem"


def test_copy_cut_inside_the_last_cell_of_its_only_row_is_read():
    # the page breaks off inside row 1's hazards: no “|” after that cell, nothing after it
    hazards = "1.车间内用石膏板作防火隔断，不符合要求；2.灭火器未按规定做检查记录；3.安全出口缺少标志；"
    text = _bar_line_copy([*_HEADER, "1", "某模具加工厂", "某工业区1号"], [hazards])
    finding = parse_plan_text(text).findings[0]
    assert finding.number == 1
    assert finding.title == "车间内用石膏板作防火隔断，不符合要求"
    assert finding.lead_units == []
    assert finding.deadlines == []


def test_lines_after_a_blank_line_are_no_cut_cell():
    # the last cell without its “|” but the page going on after a blank line (a signature): the
    # lines below are not taken into the table
    hazards = "1.车间内用石膏板作防火隔断，不符合要求；"
    row = ["1", "某模具加工厂", "某工业区1号", hazards, "某街道", "区应急管理局"]
    text = _bar_line_copy([*_HEADER, *row], ["2022年12月31日前", "", "某区安委办", "2022年9月16日"])
    titles = [finding.title for finding in parse_plan_text(text).findings]
    assert all("安委办" not in title for title in titles)
