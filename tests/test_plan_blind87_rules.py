"""Rules the reader learnt from blind set 87 (issue 14, docs/decisions.md “Blind set 87”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 87`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import _heading, parse_plan_text
from intake.plan_tables import _ANY_ITEM, _NEXT_ITEM, find_tables


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_month_and_day_after_the_number_is_no_decimal():
    assert _heading("2.8月29日，街道办事处现场检查。").value == 2
    assert _heading("12.12月1日起开展巡查").value == 12
    assert _heading("3.8月上旬开展复查") is None  # no full month-day: stays as it reads
    assert _heading("3.5公里河道内有垃圾") is None
    assert _NEXT_ITEM.match("2.8月29日，街道办事处现场检查。")
    assert _ANY_ITEM.match("1.9月3日已清运")
    assert not _NEXT_ITEM.match("1.2万元")


def test_a_cell_per_line_row_keeps_a_dated_second_paragraph_in_its_cell():
    text = (
        "信访举报转办边督边改公开情况一览表\n"
        "序号\n交办问题基本情况\n行政区域\n调查核实情况\n是否属实\n处理和整改情况\n是否办结\n"
        "1\n"
        "某路工地长期堆放渣土不清理，扬尘大。\n"
        "甲区\n"
        "1.该地块一直停工，渣土以覆盖方式处置。\n"
        "2.8月29日，街道办事处检查发现覆盖不严。\n"
        "属实\n"
        "已督促建设单位完善覆盖，渣土已全部覆盖。\n"
        "已办结\n"
        "2\n"
        "某厂院内建材未覆盖，尘土飞扬。\n"
        "乙区\n"
        "院内建材销售点堆放的建材未覆盖。\n"
        "属实\n"
        "已要求经营户立即整改。\n"
        "阶段性办结\n"
    )
    (table,) = find_tables(text)
    assert [row.cells[-1] for row in table.rows] == ["已办结", "阶段性办结"]
    assert table.rows[0].cells[3].endswith("覆盖不严。")
    findings = _findings(text)
    assert [f.status for f in findings] == ["completed", None]


def test_a_header_run_together_is_cut_into_its_columns():
    text = (
        "群众信访举报转办和边督边改公开情况一览表\n"
        "发布日期:2022-04-28\n"
        "序号受理编号交办问题\n基本情况\n行政\n区域\n调查核实情况是否\n属实\n处理和整改情况\n\n"
        "1\n\nX2JS0001\n\n某镇一家板材厂夜间生产噪声大。\n\n某市\n\n厂区夜间有生产行为。\n\n属实\n\n"
        "已责令停止夜间生产，已整改到位。\n\n"
        "2\n\nX2JS0002\n\n某村河道边有人倾倒建筑垃圾。\n\n某市\n\n河道边有建筑垃圾约30立方米。\n\n属实\n\n"
        "已清运部分垃圾，计划5月10日前清理完毕。\n"
    )
    (table,) = find_tables(text)
    assert [column.header for column in table.columns] == [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
    ]
    findings = _findings(text)
    assert [f.title for f in findings] == ["某镇一家板材厂夜间生产噪声大", "某村河道边有人倾倒建筑垃圾"]
    assert [f.status for f in findings] == ["completed", None]
    assert findings[1].deadlines[0].date == datetime.date(2022, 5, 10)


def test_a_header_that_does_not_cut_whole_is_no_table():
    text = "序号受理编号某某栏目\n基本情况\n1\n\n某事\n"
    assert find_tables(text) == []


def test_a_yearless_plan_ends_on_other_verbs_of_finishing():
    findings = _findings(
        "信访件办理情况\n"
        "发布时间：2018-09-03\n"
        "1.某小区北侧有居民养牛，气味刺鼻。\n"
        "责任单位：某街道办事处\n"
        "整改情况：已签订搬迁协议，养殖户计划9月15日前将牛只全部迁出。\n"
        "2.某河道边堆放建筑垃圾。\n"
        "责任单位：某镇人民政府\n"
        "整改情况：正在清运，计划9月20日前清理完毕。\n"
    )
    assert [f.deadlines[0].date for f in findings] == [datetime.date(2018, 9, 15), datetime.date(2018, 9, 20)]


def test_the_closing_paragraph_is_no_part_of_the_last_units():
    findings = _findings(
        "关于检查发现问题的整改情况\n"
        "一、建筑工地\n"
        "问题：某工地裸土未覆盖。\n"
        "整改情况：已全覆盖，已整改到位。\n"
        "责任单位：街道城建中心\n"
        "二、居民小区\n"
        "问题：某小区垃圾箱房周边垃圾散落。\n"
        "整改情况：已落实每日两次清理，已整改。\n"
        "责任单位：街道网格化中心\n"
        "下一步，街道将建立长效管理机制，加强日常巡查，防止问题反弹。\n"
    )
    assert [f.lead_units for f in findings] == [["街道城建中心"], ["街道网格化中心"]]


def test_an_item_closing_on_its_unit_and_status_in_one_bracket():
    findings = _findings(
        "秸秆清理工作督查情况通报\n"
        "某镇人民政府 2020-10-28\n"
        "一、发现的问题及整改情况\n"
        "1.甲村村西排水沟内散落秸秆未清理。（甲村，已整改）\n"
        "2.甲村至乙村道路两侧秸秆堆放。（甲村、乙村，已整改）\n"
        "3.丙村坑塘边堆放秸秆和生活垃圾。（丙村，整改中，10月31日前完成）\n"
        "4.地头有少量焚烧痕迹。（乙村，已整改，已约谈网格员）\n"
        "二、下一步工作要求\n"
        "（一）各村要对散落秸秆再排查、再清理。\n"
        "某镇秸秆禁烧工作领导小组办公室\n"
        "2020年10月28日\n"
    )
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert [f.lead_units for f in findings] == [["甲村"], ["甲村", "乙村"], ["丙村"], ["乙村"]]
    assert [f.status for f in findings] == ["completed", "completed", None, "completed"]
    assert findings[2].deadlines[0].date == datetime.date(2020, 10, 31)
    assert findings[0].title == "甲村村西排水沟内散落秸秆未清理"


def test_a_bracket_of_a_note_and_a_status_is_no_unit():
    findings = _findings(
        "督查情况通报\n"
        "一、发现的问题\n"
        "1.某路段路灯损坏。（约3盏，已整改）\n"
        "2.某公厕保洁不到位。（异味较大，整改中）\n"
    )
    assert len(findings) == 2
    assert all(not f.lead_units for f in findings)


def test_the_unit_and_status_bracket_on_the_next_line_as_printed():
    findings = _findings(
        "督查情况通报\n"
        "一、发现的问题及整改情况\n"
        "1.甲村村西排水沟内散落秸秆未清理，存在堵塞隐患。\n"
        "（甲村，已整改）\n"
        "2.丙村坑塘边堆放秸秆和生活垃圾。（丙村，整改中）\n"
    )
    assert [f.lead_units for f in findings] == [["甲村"], ["丙村"]]
    assert [f.status for f in findings] == ["completed", None]
