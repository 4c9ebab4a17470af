"""Rules the reader learnt from blind set 77 (issue 14, docs/decisions.md “Blind set 77”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 77`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import parse_plan_text
from intake.words import NOTHING_WRITTEN

_PETITIONS = (
    "序号\t举报内容\t调查核实情况\t整改措施\t整改时限\t办结情况\t责任单位\n"
    "1\t某餐饮店油烟直排。\t属实。\t1.责令清洗油烟净化设施；\n2.纳入日常巡查。\t立行立改\t已办结\t某区人民政府\n"
    "2\t某化工企业夜间排放异味。\t不属实。\t{empty}\t{empty}\t已办结\t某开发区管委会\n"
)


@pytest.mark.parametrize("empty", ["/", "／", "—", "无", "暂无"])
def test_a_measures_cell_that_says_nothing_was_written_holds_no_measure(empty):
    findings = parse_plan_text(_PETITIONS.format(empty=empty)).findings
    assert [len(f.measures) for f in findings] == [2, 0]
    assert [f.lead_units for f in findings] == [["某区人民政府"], ["某开发区管委会"]]
    assert not findings[1].deadlines


def test_a_form_whose_measures_label_holds_only_a_slash_has_no_measure():
    findings = parse_plan_text(
        "一、某石材厂切割粉尘大。\n"
        "调查核实情况：经核查，该厂已停产。\n"
        "整改措施：/\n"
        "责任单位：某县生态环境分局\n"
    ).findings
    assert len(findings) == 1
    assert findings[0].measures == []


@pytest.mark.parametrize("value", ["/", " ／ ", "--", "——", "无", "暂无", "空"])
def test_the_words_for_nothing_written(value):
    assert NOTHING_WRITTEN.match(value)


@pytest.mark.parametrize("value", ["无组织排放", "/ 已整改", "1.无", "—加强巡查"])
def test_a_value_that_says_something_is_not_nothing_written(value):
    assert not NOTHING_WRITTEN.match(value)
