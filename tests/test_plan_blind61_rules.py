"""Rules the reader learnt from blind set 61 (issue 14, docs/decisions.md “Blind set 61”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 61`). The set is text copied out of WeChat posts and
government portal pages announcing rectification, second round."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


_NOTICE = (
    "关于第三季度城乡环境卫生检查情况的通报\n"
    "一、总体情况\n"
    "三季度共检查10个镇、20个部门，总体较好。\n"
    "二、存在问题\n"
    "（一）城区方面\n"
    "1.农贸市场周边垃圾清运不及时。个别垃圾桶满溢。【县城管局】\n"
    "2.背街小巷有乱堆乱放现象。【城关镇人民政府、县住建局】\n"
    "（二）乡镇方面\n"
    "3.部分村庄河道有漂浮物。【县水利局】\n"
    "三、整改要求\n"
    "请以上单位认真整改，于2024年10月20日前将整改情况书面报县政府办公室。\n"
    "某县人民政府办公室\n"
    "2024年10月8日\n"
)


def test_chapter_labels_over_items_closing_on_unit_brackets_are_headings_not_one_problem():
    """“二、存在问题” and “三、整改要求” alone on their lines head a list whose items close on
    【单位】: the items are the findings, the bare units in 【】 lead, and the day the result is to
    be reported is the limit of all (the notice sets no other)."""
    findings = _findings(_NOTICE)
    assert [f.title for f in findings] == [
        "农贸市场周边垃圾清运不及时",
        "背街小巷有乱堆乱放现象",
        "部分村庄河道有漂浮物",
    ]
    assert [f.lead_units for f in findings] == [["县城管局"], ["城关镇人民政府", "县住建局"], ["县水利局"]]
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2024, 10, 20)]] * 3


def test_a_bracket_of_words_that_are_no_units_names_no_unit():
    findings = _findings(_NOTICE.replace("【县城管局】", "【附图】"))
    assert [f.lead_units for f in findings] == [["城关镇人民政府", "县住建局"], ["县水利局"]]


def test_a_report_day_is_no_limit_where_the_notice_sets_one():
    """“立即整改到位，并于…前将整改情况书面报…”: the limit is 立行立改, not the report's day."""
    text = _NOTICE.replace("请以上单位认真整改，", "请以上单位对上述问题立即整改到位，并")
    kinds = [[d.date or d.kind for d in f.deadlines] for f in _findings(text)]
    assert all(date(2024, 10, 20) not in k for k in kinds)
    assert all(k for k in kinds)
