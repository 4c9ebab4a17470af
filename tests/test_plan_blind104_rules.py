"""Rules the reader learnt from blind set 104 (issue 14, docs/decisions.md “Blind set 104”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 104`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a town's ledger: 整改前 / 整改后 columns ---------------------------------------------------

_LEDGER = (
    "东坝镇农村人居环境自查问题整改清单\n"
    "| 序号 | 村（社区） | 存在问题 | 整改前 | 整改后 | 责任人 | 完成时限 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 东坝村 | 沟渠漂浮垃圾较多 | 沟渠有漂浮物 | 已清理，落实专人保洁 | 张某 | 2021年5月10日 |\n"
    "| 2 | 西坝村 | 村口柴草乱堆乱放 | 柴草占道 | 正在清理 | 刘某 | 2021年5月20日 |\n"
    "| 3 | 南坝村 | 垃圾池垃圾外溢 | 垃圾溢出 | 已清运 | 陈某 | 立即整改 |\n"
)


def test_the_after_column_is_the_result_and_the_before_column_no_part_of_the_finding():
    findings = _findings(_LEDGER)
    assert [f.title for f in findings] == ["沟渠漂浮垃圾较多", "村口柴草乱堆乱放", "垃圾池垃圾外溢"]
    assert [f.lead_units for f in findings] == [["东坝村"], ["西坝村"], ["南坝村"]]
    assert [f.status == "completed" for f in findings] == [True, False, True]


def test_a_cleared_result_with_the_duty_that_keeps_it_so_is_done():
    assert is_completed_value("已清理，落实门前三包")
    assert is_completed_value("已清运；落实专人保洁")
    assert not is_completed_value("已清理，落实不到位")
    assert not is_completed_value("已清理，尚未落实保洁")
    assert not is_completed_value("已清理，正在落实")


# --- a 督查通报: one unnumbered paragraph a town under 二、存在问题 ---------------------------------

_TOWNS = (
    "西湖区环境整治行动指挥部\n"
    "督查通报（二）\n"
    "9月5日至6日，督查组对各乡镇集镇环境整治情况进行了督查。现将有关情况通报如下。\n"
    "一、总体情况\n"
    "各乡镇整治工作总体有序推进。\n"
    "二、存在问题\n"
    "东湖镇：农贸市场周边垃圾清运不及时；主街车辆停放混乱。\n"
    "南山乡：公厕设施损坏；集镇路段杂物堆放。\n"
    "北岭街道：小区楼道杂物乱堆乱放。\n"
    "三、整改要求\n"
    "各乡镇要对照问题逐项整改，于9月15日前整改到位。\n"
    "西湖区环境整治行动指挥部\n"
    "2022年9月8日\n"
)


def test_each_town_paragraph_under_a_problems_heading_is_a_finding_led_by_the_town():
    findings = _findings(_TOWNS)
    assert [f.number for f in findings] == [1, 2, 3]
    assert [f.title for f in findings] == [
        "农贸市场周边垃圾清运不及时",
        "公厕设施损坏",
        "小区楼道杂物乱堆乱放",
    ]
    assert [f.lead_units for f in findings] == [["东湖镇"], ["南山乡"], ["北岭街道"]]
    assert all([d.date.isoformat() for d in f.deadlines] == ["2022-09-15"] for f in findings)


def test_a_single_town_paragraph_is_no_run():
    text = _TOWNS.replace("南山乡：公厕设施损坏；集镇路段杂物堆放。\n", "").replace(
        "北岭街道：小区楼道杂物乱堆乱放。\n", ""
    )
    findings = _findings(text)
    assert len(findings) == 1
    assert findings[0].lead_units != ["南山乡"]
