"""Rules the reader learnt from blind set 77 (issue 14, docs/decisions.md “Blind set 77”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 77`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import parse_plan_text
from intake.words import NOTHING_WRITTEN, ends_table

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


_LEDGER = (
    "序号  问题描述  整改措施  责任单位  完成时限  销号情况\n"
    "1  河道旁堆放生活垃圾  清运垃圾并设置收集点。  某村委会  立行立改  已销号\n"
    "2  镇区餐饮店油烟直排  责令安装油烟净化设施。  镇市场监管所  2018年12月底前  已销号\n"
    "{sign_off}\n"
)


@pytest.mark.parametrize(
    "sign_off",
    [
        "填报单位：某镇人民政府　　填报时间：2020年4月20日",
        "填报单位：某镇人民政府",
        "制表人：张某    审核人：李某",
    ],
)
def test_who_filled_the_ledger_in_under_its_table_is_no_part_of_the_last_row(sign_off):
    findings = parse_plan_text(_LEDGER.format(sign_off=sign_off)).findings
    assert [f.title for f in findings] == ["河道旁堆放生活垃圾", "镇区餐饮店油烟直排"]
    assert findings[1].lead_units == ["镇市场监管所"]
    assert len(findings[1].measures) == 1


@pytest.mark.parametrize(
    "line", ["填报单位：某镇人民政府", "填报时间：2020年4月20日", "审核人：李某", "制表日期：4月"]
)
def test_a_sign_off_line_ends_the_table(line):
    assert ends_table(line)


@pytest.mark.parametrize("line", ["填报内容不实", "审核验收后销号", "统计数据有误，已更正"])
def test_a_line_about_filling_in_is_not_a_sign_off(line):
    assert not ends_table(line)
