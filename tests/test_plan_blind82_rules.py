"""Rules the reader learnt from blind set 82 (issue 14, docs/decisions.md “Blind set 82”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 82`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import merge_header_rows


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_class_column_merged_down_a_two_row_header_keeps_its_name():
    # Word reads a header cell merged over both rows once per row: 问题类别 above 问题类别
    upper = ["序号", "问题类别", "反馈问题", "整改责任", "整改责任", "整改时限"]
    lower = ["序号", "问题类别", "反馈问题", "牵头单位", "配合单位", "整改时限"]
    assert merge_header_rows(upper, lower)[1] == "问题类别"
    # two labels of no field still join, as before
    upper = ["序号", "工作", "牵头单位", "配合单位"]
    lower = ["序号", "内容", "牵头单位", "配合单位"]
    assert merge_header_rows(upper, lower)[1] == "工作内容"


def test_the_class_column_under_a_two_row_header_gives_the_rows_section():
    text = (
        "| 序号 | 问题类别 | 反馈问题 | 整改措施 | 整改责任 |  | 整改时限 |\n"
        "| 序号 | 问题类别 | 反馈问题 | 整改措施 | 牵头单位 | 配合单位 | 整改时限 |\n"
        "| 1 | 中央督察反馈问题 | 沿河非法采砂。 | 专项整治。 | 县水务局 | 县公安局 | 2019年9月底前 |\n"
        "| 2 | 中央督察反馈问题 | 库区污水直排。 | 建设管网。 | 县住建局 | 甲镇人民政府 | 2019年12月底前 |\n"
        "| 3 | 省级督察反馈问题 | 锅炉设施运行不稳。 | 超低排放改造。 | 县住建局 | 县环保局 | 立行立改 |\n"
    )
    first, second, third = _findings(text)
    assert [f.section for f in (first, second, third)] == ["中央督察反馈问题"] * 2 + ["省级督察反馈问题"]
    assert (first.lead_units, first.cooperating_units) == (["县水务局"], ["县公安局"])
