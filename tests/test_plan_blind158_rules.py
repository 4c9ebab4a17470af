"""Rules the reader learnt from blind set 158 (issue 14, docs/decisions.md “Blind set 158”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 158`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _notice(problem_label: str) -> str:
    return "\n".join(
        [
            "某市交通运输局 关于中央环保督察反馈问题整改情况公示",
            "来源：市交通运输局 2018-03-01 09:00",
            "根据省整改工作领导小组有关要求，现对已完成整改的问题情况进行公示。",
            f"{problem_label}某河入湖口断面水质由Ⅲ类降为Ⅳ类；沿岸码头油污未收集处理。",
            "责任单位（市级）：市交通运输局、市港航局",
            "整改目标：完成码头油污收集设施建设，确保到2019年入湖口断面水质稳定达到Ⅲ类。",
            "完成情况：",
            "1.码头油污收集设施已建成并投入使用。",
        ]
    )


def test_province_code_between_the_problem_label_and_its_colon_numbers_the_finding():
    # “反馈问题（省编号第17号）：…”: the bracket belongs to the label, its number is the item's
    finding = parse_plan_text(_notice("反馈问题（省编号第17号）：")).findings[0]
    assert finding.number == 17
    assert finding.title == "某河入湖口断面水质由Ⅲ类降为Ⅳ类"
    assert finding.lead_units == ["市交通运输局", "市港航局"]
    assert finding.status == "completed"


def test_province_code_without_di_and_hao_reads_the_same():
    # “反馈问题（省编号17）：…”, and a code with its part, “（省编号17-2）”
    for label in ("反馈问题（省编号17）：", "反馈问题（省编号17-2）："):
        finding = parse_plan_text(_notice(label)).findings[0]
        assert finding.number == 17
        assert finding.title == "某河入湖口断面水质由Ⅲ类降为Ⅳ类"


def test_other_bracket_after_the_problem_label_is_not_a_code():
    # a bracket that is no number for the item (“（2018年）”) gives neither number nor label
    finding = parse_plan_text(_notice("反馈问题（2018年）：")).findings[0]
    assert finding.number != 2018
