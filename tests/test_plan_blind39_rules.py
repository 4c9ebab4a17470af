"""Rules the reader learnt from blind set 39 (issue 14, docs/decisions.md “Blind set 39”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 39`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_PLAN = """\
某县整改方案
一、整改任务
1.加强河道保洁。落实河道保洁人员。（县水利局牵头，县财政局配合；2019年6月底前完成，长期坚持）
2.治理沿河排污口。封堵非法排污口。（县生态环境局牵头，甲镇、乙镇政府负责落实；2019年9月底前完成）
"""


def test_a_rolling_phrase_in_a_task_bracket_is_a_time_limit_not_a_unit():
    first = parse_plan_text(_PLAN).findings[0]
    assert first.cooperating_units == ["县财政局"]
    assert [d.kind for d in first.deadlines] == ["date", "long_term"]


def test_places_before_a_government_share_its_suffix():
    second = parse_plan_text(_PLAN).findings[1]
    assert second.cooperating_units == ["甲镇政府", "乙镇政府"]


def test_forms_numbered_in_their_title_lines_take_those_numbers():
    text = (
        "公示\n目前我厅牵头负责的以下整改任务已完成，现予公示。\n"
        "（7-2）整改措施完成情况公示表\n反馈问题\n某新区垃圾转运站建设滞后。\n"
        "整改措施\n建成垃圾转运站。\n牵头部门（责任单位）\n某厅\n"
        "（9-1）整改措施完成情况公示表\n反馈问题\n十二、县城供水设施管理有待加强。\n"
        "整改措施\n完善供水设施。\n牵头部门（责任单位）\n某厅\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.title) for f in findings] == [
        (7, "某新区垃圾转运站建设滞后"),
        (9, "县城供水设施管理有待加强"),
    ]


def test_a_check_that_finds_the_finding_fit_to_close_says_it_is_done():
    text = (
        "反馈问题\n某新区污水直排。\n核查情况\n经核查，污水处理厂已建成投用，达到销号条件。\n"
        "整改措施\n建设污水处理厂。\n牵头部门（责任单位）\n某厅\n"
    )
    assert parse_plan_text(text).findings[0].status == "completed"
