"""Rules the reader learnt from blind set 119 (issue 14, docs/decisions.md “Blind set 119”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 119`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text
from intake.words import CARRIED_OUT_BY, COMPLETION_MARKER, ITEM_OPENING, LIMIT_SET_IN_HANDLING


def _one(text: str):
    findings = parse_plan_text(text).findings
    assert len(findings) == 1
    return findings[0]


# --- a town's 公示 as a two-column table: the result accepted by the people who complained ---------

_ACCEPTED_NOTICE = (
    "东坪乡垃圾堆放点问题整改情况公示\n"
    "| 整改任务 | 东坪乡河口村路边长期堆放生活垃圾，群众反映异味大。 |\n"
    "| 整改目标 | 清除垃圾，恢复原貌。 |\n"
    "| 整改措施 | 组织保洁员清运垃圾并设置警示牌。 |\n"
    "| 整改效果 | 周边村民对整改结果无异议。 |\n"
    "东坪乡人民政府\n"
    "2020年5月6日\n"
)


def test_the_people_accepting_the_result_of_the_rectification_is_done():
    finding = _one(_ACCEPTED_NOTICE)
    assert finding.status == "completed"


def test_a_call_for_objections_or_a_complaint_not_satisfied_is_not_done():
    assert COMPLETION_MARKER.search("公示期间如有异议，请向乡政府反映。") is None
    assert COMPLETION_MARKER.search("信访人对整改结果不满意，要求再次核查。") is None
    assert COMPLETION_MARKER.search("群众对处理结果表示满意。") is not None


# --- a county's 边督边改 查处情况 table: the handling names who carries it out and the day -----------

_HEADER = (
    "| 序号 | 受理编号 | 行政区域 | 交办问题基本情况 | 污染类型 | 调查核实情况 | 是否属实 "
    "| 处理和整改情况 | 问责情况 | 备注 |\n"
)


def _case(handling: str, remark: str = "已办结") -> str:
    return (
        "群众信访举报转办及地方查处情况（编号：2018052001）\n"
        + _HEADER
        + "| 12 | 2018052001 | 某县 | 某县东岗镇河湾村有养殖户粪污直排水塘。 | 畜禽养殖污染 | "
        + "该村有散养户5户。 | 属实 | "
        + handling
        + " | 无 | "
        + remark
        + " |\n"
    )


def test_the_body_the_handling_says_carries_the_work_out_leads():
    finding = _one(
        _case(
            "该区域为禁养区，按照属地管理的原则，由东岗镇人民政府实施，县农业农村局负责监督和组织验收。"
            "已完成粪污清理。"
        )
    )
    assert finding.lead_units == ["东岗镇人民政府"]
    assert finding.cooperating_units == []


def test_the_office_that_supervises_and_checks_leads_nothing():
    assert CARRIED_OUT_BY.search("，由县农业农村局负责监督和组织验收。") is None
    assert CARRIED_OUT_BY.search("，由东岗镇人民政府组织实施，").group("units") == "东岗镇人民政府"


def test_the_latest_dated_day_the_handling_sets_is_the_limit_even_of_a_closed_case():
    finding = _one(
        _case(
            "由东岗镇人民政府实施，养殖户在2018年9月30日前全部退出养殖，于2018年6月30日前完成粪污清理。"
            "截止6月10日已完成60%。"
        )
    )
    assert finding.status == "completed"
    assert [d.date for d in finding.deadlines] == [date(2018, 9, 30)]


def test_a_day_the_work_was_done_by_or_a_day_to_report_is_no_limit():
    assert LIMIT_SET_IN_HANDLING.search("已于2018年6月30日前完成粪污清理。") is None
    assert LIMIT_SET_IN_HANDLING.search("于2018年6月30日前将整改情况报县督察办。") is None


# --- the same table printed to PDF: a cell wrapped inside a run of group numbers -----------------


def test_a_run_of_group_numbers_or_a_lone_ordinal_opens_no_item():
    assert ITEM_OPENING.match("十、十一组居民从镇上收集潲水养猪") is None
    assert ITEM_OPENING.match("九、") is None
    assert ITEM_OPENING.match("二、整改措施") is not None
    assert ITEM_OPENING.match("一是加强巡查") is not None
