"""Rules the reader learnt from blind set 95 (issue 14, docs/decisions.md “Blind set 95”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 95`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.plan_tables import find_tables
from intake.words import classify_label


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_year_limit_column_is_the_time_limit():
    assert classify_label("整改年限") == "deadline"
    assert classify_label("整改 年限") == "deadline"
    assert classify_label("完成年限") == "deadline"
    assert classify_label("使用年限") is None  # a life span, not a limit
    text = (
        "编号 | 具体问题 | 整改措施 | 完成率 | 整改 年限 | 牵头单位 | 责任单位 |\n"
        "1 | 某镇河长巡河次数为零。 | 1.约谈河长；2.加强考核。 | 100% | 2019年 | 区河长办 | 各镇街 |\n"
        "2 | 某湖周边雨污混接。 | 实施雨污分流改造。 | 80% | 2021年 | 区住建委 | 某街道 |\n"
    )
    findings = _findings(text)
    assert [[d.date for d in f.deadlines] for f in findings] == [
        [datetime.date(2019, 12, 31)],
        [datetime.date(2021, 12, 31)],
    ]
    assert [f.status for f in findings] == ["completed", None]
    assert findings[0].cooperating_units == ["各镇街"]


def test_a_handling_label_inside_a_case_paragraph_cuts_it():
    # “处理情况：” after the case's full stop is a field of the case, as 整改措施： is; the next
    # （二） then opens the next case instead of running on in the limit above it
    text = (
        "（一）甲镇一公司污水外排。经查，属实。整改措施：1.停产整改；2.增设应急池。"
        "责任单位：甲镇人民政府。整改时限：2024年6月30日前。\n"
        "（二）乙街道一烧烤店油烟直排。经查，属实。处理情况：已安装油烟净化设施，问题已整改完成。"
        "责任单位：乙街道办事处。\n"
        "（三）丙镇一砂石堆场未苫盖。处理情况：已责令苫盖。责任单位：丙镇人民政府。"
        "整改时限：2024年5月31日前。\n"
    )
    findings = _findings(text)
    assert [f.number for f in findings] == [1, 2, 3]
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["乙街道办事处"], ["丙镇人民政府"]]
    assert [len(f.measures) for f in findings] == [2, 0, 0]
    assert [f.status for f in findings] == [None, "completed", None]
    assert [[d.date for d in f.deadlines] for f in findings] == [
        [datetime.date(2024, 6, 30)],
        [],
        [datetime.date(2024, 5, 31)],
    ]


_PARAGRAPH_HEADER = (
    "序号\n\n受理编号\n\n交办问题\n\n基本情况\n\n行政区域\n\n污染\n\n类型\n\n调查核实情况\n\n"
    "是否属实\n\n处理和整改情况\n\n问责情况\n\n备注\n\n"
)


def test_a_paragraph_a_cell_row_whose_empty_cells_left_nothing():
    text = (
        "群众信访举报转办及被督察区查处情况一览表\n\n"
        + _PARAGRAPH_HEADER
        + "1\n\n[2023]20-006\n\n某路规划绿地现在是一块荒地。\n\n甲镇\n\n生态\n\n绿地正在建设中。\n\n属实\n\n"
        "加快推进绿地建设。\n\n\n\n"
        "2\n\n[2023]21-002\n\n某小区绿地被侵占。\n\n乙镇\n\n生态\n\n公共绿地未被占用。\n\n"
        "中队将加强巡查。\n\n\n\n\n"
        "当前页二维码\n扫描二维码在手机上阅读\n  • 某区微信\n"
    )
    (table,) = find_tables(text)
    assert [column.header for column in table.columns][2] == "交办问题基本情况"
    assert [row.cells[6] for row in table.rows] == ["属实", ""]  # 是否属实 left empty in row 2
    assert [row.cells[7] for row in table.rows] == ["加快推进绿地建设。", "中队将加强巡查。"]
    findings = _findings(text)
    assert [f.title for f in findings] == ["某路规划绿地现在是一块荒地", "某小区绿地被侵占"]
    assert [f.status for f in findings] == [None, None]
    assert "二维码" not in (findings[1].progress or "")


def test_a_short_row_is_not_padded_where_a_needed_cell_is_missing():
    # only 是否属实 (where the cell is no verdict) and the columns most rows leave empty are
    # restored; a row short of its handling stays unread rather than shifted
    text = (
        "一览表\n\n"
        + _PARAGRAPH_HEADER
        + "1\n\n[2023]20-006\n\n某路规划绿地现在是一块荒地。\n\n甲镇\n\n生态\n\n属实\n\n"
    )
    tables = find_tables(text)
    assert all(not table.rows for table in tables)


def test_a_petition_list_whose_cells_ran_together():
    text = (
        "群众信访举报转办和边督边改公开情况一览表\n"
        "（第11批  2019年8月1日更新）\n"
        "序号受理编号交办问题基本情况行政区域污染类型调查核实情况是否属实处理和整改情况问责情况\n"
        "1D2SH201907210041甲镇某路垃圾房污水横流、臭味扰民。垃圾房临近河道。某区大气，水7月22日，"
        "镇城管中队现场检查，经核实：\n垃圾房地面不洁，现场有异味。\n"
        "属实镇城管中队开具《责令整改通知书》，要求物业立即整改。\n      下一步，将加强日常检查。无\n"
        "2D2SH201907210087乙镇一洗车点废水直排雨水管。某区水7月23日，区水务局现场检查，废水排入雨水井。"
        "属实乙镇责令停止洗车作业，洗车设施已拆除，该问题已整改完成。无\n"
        "3D2SH201907210112丙镇一工地夜间施工，噪声扰民。某区噪声7月22日晚现场检查，工地夜间使用破碎机。"
        "基本属实区生态环境局责令停止夜间高噪声作业，工地计划8月15日前完成隔声屏障搭设。无\n"
    )
    (table,) = find_tables(text)
    assert [row.cells[1] for row in table.rows] == [
        "D2SH201907210041",
        "D2SH201907210087",
        "D2SH201907210112",
    ]
    assert [row.cells[3:5] for row in table.rows] == [["某区", "大气，水"], ["某区", "水"], ["某区", "噪声"]]
    assert [row.cells[6] for row in table.rows] == ["属实", "属实", "基本属实"]
    assert [row.cells[-1] for row in table.rows] == ["无", "无", "无"]
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "甲镇某路垃圾房污水横流、臭味扰民",
        "乙镇一洗车点废水直排雨水管",
        "丙镇一工地夜间施工，噪声扰民",
    ]
    assert [f.lead_units for f in findings] == [[], [], []]  # the 行政区域 is no unit
    assert [f.status for f in findings] == [None, "completed", None]
    assert [d.date for d in findings[2].deadlines] == [datetime.date(2019, 8, 15)]


def test_a_run_together_row_that_does_not_cut_is_left_alone():
    # no place and pollution kind after the complaint: the cells cannot be told apart
    text = (
        "序号受理编号交办问题基本情况行政区域污染类型调查核实情况是否属实处理和整改情况问责情况\n"
        "1D2SH201907210041甲镇某路垃圾房污水横流。经核实属实。已整改。无\n"
    )
    assert all(not table.rows for table in find_tables(text))
