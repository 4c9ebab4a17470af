"""Rules the reader learnt from blind set 84 (issue 14, docs/decisions.md “Blind set 84”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 84`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import _heading, parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_road_code_after_the_number_is_no_decimal():
    assert _heading("5.020乡道旁沟渠有垃圾堆放。").value == 5
    assert _heading("12.215省道沿线有渣土").value == 12
    assert _heading("3.5公里河道内有垃圾") is None  # a decimal stays one
    assert _heading("1.05亿元资金未拨付") is None


def test_items_numbered_on_through_county_headings():
    findings = _findings(
        "暗访发现问题整改情况通报\n"
        "发布时间：2021-12-24\n"
        "一、甲县\n"
        "1.某乡某村沟渠内有生活垃圾。\n"
        "责任单位：某乡人民政府\n"
        "整改情况：已清运，已整改到位。\n"
        "2.河堤内有大量生活垃圾。\n"
        "责任单位：甲县水利局\n"
        "整改情况：正在清理，计划12月31日前完成。\n"
        "二、乙区\n"
        "3.020乡道附近沟渠有垃圾堆放。\n"
        "责任单位：乙区农业农村局\n"
        "整改情况：已清理，已整改到位。\n"
    )
    assert [f.number for f in findings] == [1, 2, 3]
    assert findings[2].title.startswith("020乡道")
    assert findings[1].deadlines[0].date == datetime.date(2021, 12, 31)
    assert [f.status for f in findings] == ["completed", None, "completed"]


def test_no_mark_heads_the_problem_and_captions_and_status_lines_are_read():
    findings = _findings(
        "曝光问题整改回头看\n"
        "官园街道 2024-12-30\n"
        "NO.1\n"
        "餐饮店油烟净化器噪声扰民\n"
        "责任片区：张家山先锋片区\n"
        "整改前\n"
        "整改后\n"
        "整改结果：已更换净化器。\n"
        "⏳整改中\n"
        "NO.2\n"
        "垃圾桶满溢，未及时清运\n"
        "责任片区：宜阳先锋片区\n"
        "整改前\n"
        "整改后\n"
        "整改结果：已增加清运频次。\n"
        "✅已整改\n"
        "文明城市创建，人人参与，人人共享。欢迎居民继续反映问题。\n"
    )
    assert [f.number for f in findings] == [1, 2]
    assert [f.lead_units for f in findings] == [["张家山先锋片区"], ["宜阳先锋片区"]]
    assert [f.status for f in findings] == [None, "completed"]


def test_a_gas_is_no_item_mark():
    assert _heading("NO2、SO2浓度超标") is None


def test_a_step_waiting_on_another_leaves_a_closure_notice_item_open():
    findings = _findings(
        "河湖问题整改销号情况公示\n"
        "现将问题整改销号情况公示如下：\n"
        "（一）河岸乱堆建筑垃圾。责任单位：镇城建办；整改时限：立行立改；整改情况：已全部清运，已销号。\n"
        "（二）河滩地被占用种植农作物。责任单位：镇农业综合服务中心；整改时限：2020年3月31日前；"
        "整改情况：已与农户签订退出承诺书，待农作物收割后清退。\n"
    )
    assert [f.status for f in findings] == ["completed", None]
