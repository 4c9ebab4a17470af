"""Rules the reader learnt from blind set 72 (issue 14, docs/decisions.md “Blind set 72”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 72`)."""

from __future__ import annotations

from intake.deadline_text import parse_deadline_field
from intake.plan_parser import _unit_bracket, parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_village_under_a_unit_label_in_a_bracket_is_a_unit():
    findings = _findings(
        "关于交办巡河发现问题的通知\n"
        "各村：\n"
        "巡河发现以下问题，现交办你们。\n"
        "一是甲河左岸堆放建筑垃圾。（责任单位：前庄村，完成时限：2018年6月20日前）\n"
        "二是乙河河道内有垃圾漂浮。（责任单位：河口社区，完成时限：2018年6月15日前）\n"
    )
    assert [f.title for f in findings] == ["甲河左岸堆放建筑垃圾", "乙河河道内有垃圾漂浮"]
    assert [f.lead_units for f in findings] == [["前庄村"], ["河口社区"]]
    assert [d.date.isoformat() for f in findings for d in f.deadlines] == ["2018-06-20", "2018-06-15"]


def test_a_bracket_without_a_unit_label_still_needs_unit_names():
    assert _unit_bracket("张三、李四负责") is None
    assert _unit_bracket("责任单位：前庄村") == (["前庄村"], [], [])


def test_an_opening_request_to_act_on_the_problems_now_dates_every_item():
    findings = _findings(
        "督查组对甲区进行专项检查，问题已形成清单发送至各责任单位，请各相关单位针对问题立行立改，举一反三。\n"
        "1.某巷车辆乱停放。（责任单位：区执法分局）\n"
        "2.某巷路面破损积水。（责任单位：区住建局）\n"
    )
    assert [[d.kind for d in f.deadlines] for f in findings] == [["immediate"], ["immediate"]]


def test_a_limit_cell_holding_only_now_is_immediate():
    assert [d.kind for d in parse_deadline_field("立即")] == ["immediate"]
    assert [d.kind for d in parse_deadline_field("马上。")] == ["immediate"]
    assert parse_deadline_field("立即组织排查") == []


def test_a_village_column_named_cun_bie_leads():
    findings = _findings(
        "序号\t村别\t存在问题\t整改要求\t责任人\t整改时限\n"
        "1\t甲村\t道路两侧白色垃圾未清理\t组织保洁员当日清理\t张三\t立行立改\n"
        "2\t乙村\t池塘水面漂浮物较多\t1.打捞漂浮物；2.明确管护人。\t李四\t2023年4月10日前\n"
    )
    assert [f.lead_units for f in findings] == [["甲村"], ["乙村"]]
    assert [len(f.measures) for f in findings] == [0, 2]
