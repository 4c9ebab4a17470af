"""Rules the reader learnt from blind set 69 (issue 14, docs/decisions.md “Blind set 69”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 69`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import classify_label


def _one(text: str):
    findings = parse_plan_text(text).findings
    assert len(findings) == 1
    return findings[0]


def test_a_form_title_code_after_feedback_opinion_numbers_its_one_problem():
    finding = _one(
        "第二轮某省生态环境保护督察反馈意见（7-03）\n"
        "整改措施完成情况公示表\n"
        "反馈问题：某县城区餐饮油烟扰民问题突出。\n"
        "整改措施：对城区餐饮单位安装油烟净化设施。\n"
        "责任单位：某县人民政府\n"
    )
    assert finding.number == 7


def test_a_petition_case_number_in_the_title_numbers_its_one_problem():
    finding = _one(
        "某县关于第56号转办件整改验收销号情况公示\n"
        "交办问题：某村养殖场粪污直排河道。\n"
        "责任单位：某县人民政府\n"
        "整改完成情况：养殖场已关停，粪污已清运。\n"
    )
    assert finding.number == 56


def test_a_second_name_in_brackets_inside_a_label_is_read_without_it():
    assert classify_label("牵头（责任）单位") == "lead"
    assert classify_label("配合(协办)单位") == "coop"
    assert classify_label("调查核实情况") is None


def test_an_unnumbered_inspection_problem_label_with_its_colon_opens_the_notice():
    finding = _one(
        "某县关于第12号转办件整改验收情况公示\n"
        "中央第三环境保护督察组“回头看”交办问题：\n"
        "某乡砂石厂夜间作业，扬尘噪声扰民。\n"
        "牵头（责任）单位：某县人民政府\n"
        "验收情况：\n"
        "砂石厂设备已拆除，场地已复垦，达到销号条件。\n"
    )
    assert finding.title == "某乡砂石厂夜间作业，扬尘噪声扰民"
    assert finding.lead_units == ["某县人民政府"]


def test_a_rolling_phrase_in_brackets_after_a_measure_is_its_time_limit():
    finding = _one(
        "反馈问题：某部门履行生态环境保护责任不到位。\n"
        "整改措施：成立领导小组，明确职责，层层压实责任。（立行立改）\n"
        "责任单位：某市人民政府\n"
    )
    assert [d.kind for d in finding.deadlines] == ["immediate"]
