"""Rules the reader learnt from the eleventh blind set of real layouts (issue 14,
docs/decisions.md “Blind set 11”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

from intake.plan_parser import parse_plan_text

# A 交办单: numbered items each with its unit, then one requirement for all of them.
_ASSIGNMENT = (
    "关于河道垃圾问题的交办单\n"
    "甲镇人民政府、乙镇人民政府：\n"
    "现将巡查发现的问题交办如下：\n"
    "一、甲村水沟内有零散生活垃圾。\n"
    "责任单位：甲镇人民政府\n"
    "二、乙河桥下河滩存在垃圾下桥现象。\n"
    "责任单位：乙镇人民政府\n"
    "整改要求：请各责任单位于2023年11月30日前整改到位，并报送整改情况。\n"
)


def _dates(finding) -> list:
    return [d.date for d in finding.deadlines]


def test_a_closing_requirement_to_every_unit_dates_each_item():
    first, second = parse_plan_text(_ASSIGNMENT).findings
    assert _dates(first) == _dates(second) == [dt.date(2023, 11, 30)]
    assert first.sources["deadlines"] == "末段要求中的时限" and first.confidence["deadlines"] == 0.5
    assert not any("未写明整改时限" in w for w in first.warnings)


def test_a_closing_requirement_to_one_unit_stays_with_the_last_item():
    first, second = parse_plan_text(_ASSIGNMENT.replace("请各责任单位于", "请乙镇人民政府于")).findings
    assert (_dates(first), _dates(second)) == ([], [dt.date(2023, 11, 30)])


def test_a_requirement_addressed_to_a_unit_names_the_lead():
    text = (
        "某工程省级总体验收意见\n"
        "一、验收结论\n项目基本达到既定绩效目标。\n"
        "二、存在问题\n部分区域苗木补种补植不到位，工程后期管护机制不健全。\n"
        "三、整改要求\n{who}要对照专家指出的问题自查自纠，于2022年3月前整改到位。\n"
    )
    (finding,) = parse_plan_text(text.format(who="某区人民政府")).findings
    assert finding.lead_units == ["某区人民政府"]
    assert finding.sources["lead_units"] == "要求中的责任单位" and finding.confidence["lead_units"] == 0.5
    assert _dates(finding) == [dt.date(2022, 3, 31)]
    # “项目单位要…” is no unit name the reader knows: nothing is made up
    (other,) = parse_plan_text(text.format(who="相关人员")).findings
    assert other.lead_units == []


_PER_SECTION = (
    "某局党组关于巡察整改情况的通报\n"
    "巡察反馈问题3个，已完成整改2个。现将整改情况公布如下。\n"
    "（一）在“贯彻落实上级决策部署不够有力”方面\n"
    "1.关于“学习贯彻上级决策部署不够到位”问题的整改\n"
    "整改情况：已开展专题学习4次。已完成整改。\n"
    "2.关于“文化礼堂运行管理不规范”问题的整改\n"
    "整改情况：建立管理台账，计划2023年12月底前完成星级评定。正在整改。\n"
    "（二）在“主体责任落实不到位”方面\n"
    "1.关于“财务报销审核把关不严”问题的整改\n"
    "整改情况：追缴违规报销资金，修订财务管理制度。已完成整改。\n"
)


def test_items_numbered_again_under_each_section_are_one_list():
    plan = parse_plan_text(_PER_SECTION)
    assert [f.title for f in plan.findings] == [
        "学习贯彻上级决策部署不够到位",
        "文化礼堂运行管理不规范",
        "财务报销审核把关不严",
    ]
    # one part, numbers counting on (the import refuses a number twice), the written one kept
    assert [(f.part, f.number, f.label) for f in plan.findings] == [(1, 1, "1"), (1, 2, "2"), (1, 3, "二-1")]
    assert [f.status for f in plan.findings] == ["completed", None, "completed"]
    assert plan.findings[2].section == "（二）在“主体责任落实不到位”方面"
    assert _dates(plan.findings[1]) == [dt.date(2023, 12, 31)]
