"""Rules the reader learnt from blind set 90 (issue 14, docs/decisions.md “Blind set 90”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 90`)."""

from __future__ import annotations

import datetime as dt

from intake.deadline_text import YEARLESS_DUE_CLAUSE
from intake.plan_parser import parse_plan_text
from intake.words import UNDERTAKEN_NAME, classify_label


def _findings(text: str):
    return parse_plan_text(text).findings


_SUPERVISION = (
    "关于2019年人大建议、政协提案办理情况的督查通报\n"
    "近期，区政府督查室对各部门承办的建议提案办理情况进行了督查，现将具体情况通报如下：\n"
    "（一）人大代表建议办理情况\n"
    "1.水务局承办的“关于解决甲村自来水入户的建议”（第1号）\n"
    "办理情况：已办结。入户管网已铺设完毕，通水正常。\n"
    "2.教育局承办的“关于改善乙镇中学食堂条件的建议”（第4号）\n"
    "办理情况：正在办理。改造方案已审定，计划2020年3月底前完工。\n"
    "（二）政协委员提案办理情况\n"
    "1.城市管理局承办的“关于整治背街小巷停车秩序的提案”（第9号）\n"
    "办理情况：正在办理。已施划停车位200个。\n"
)


def test_an_item_headed_by_the_body_that_answers_it_and_its_quoted_name():
    findings = _findings(_SUPERVISION)
    assert [f.title for f in findings] == [
        "关于解决甲村自来水入户的建议",
        "关于改善乙镇中学食堂条件的建议",
        "关于整治背街小巷停车秩序的提案",
    ]
    assert [f.lead_units for f in findings] == [["水务局"], ["教育局"], ["城市管理局"]]
    assert [f.status == "completed" for f in findings] == [True, False, False]


def test_the_undertaken_name_wording():
    assert UNDERTAKEN_NAME.match("财政局承办的“关于将园区建设资金纳入预算的建议”（第2号）")
    assert UNDERTAKEN_NAME.match("县交通运输局主办的“关于开通公交线路的提案”")
    # a problem that quotes something is no suggestion headed by its undertaker
    assert not UNDERTAKEN_NAME.match("部分企业“散乱污”问题突出，承办的“整治行动”未落实到位")


def test_a_petition_summary_column_is_the_problem():
    assert classify_label("举报内容摘要") == "problem"
    assert classify_label("群众举报内容") == "problem"
    assert classify_label("污染类型") is None


_LETTER = (
    "关于环境问题整改推进情况的通报\n"
    "各有关单位：\n"
    "经现场核查，目前仍有以下问题未全面整改到位：\n"
    "一、甲镇河道沿岸部分违法建筑未拆除。由甲镇人民政府牵头，县水务局配合，3月15日前全面拆除并清运完毕。\n"
    "二、县城水源地隔离网破损。由县水务局牵头，县生态环境局配合，3月底前完成修复。\n"
    "三、乙村垃圾收集点垃圾未及时清运。由乙镇人民政府牵头，3月10日前已清运一次，仍需建立长效管护机制。\n"
    "县整改办\n"
    "2022年2月24日\n"
)


def test_a_yearless_day_closing_a_letters_item_is_its_limit_in_the_letters_year():
    findings = _findings(_LETTER)
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["县水务局"], ["乙镇人民政府"]]
    assert [[d.date for d in f.deadlines] for f in findings] == [
        [dt.date(2022, 3, 15)],
        [dt.date(2022, 3, 31)],
        [],  # a day something was already done by is no limit
    ]


def test_the_yearless_due_clause_wording():
    assert YEARLESS_DUE_CLAUSE.search("由县资源规划局牵头，4月30日前依法办结。")["due"] == "4月30日前"
    assert YEARLESS_DUE_CLAUSE.search("，6月底前完成整改")["due"] == "6月底前"
    assert not YEARLESS_DUE_CLAUSE.search("，3月10日前已完成清理")
    assert not YEARLESS_DUE_CLAUSE.search("2月22日，县政府召开推进会")


def test_a_step_opening_on_a_month_after_its_number_is_the_next_step():
    text = (
        "| 序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限 |\n"
        "| 1 | 园区固废处置场尚未开工 | 1.解决用地指标；2.9月底前完成环评审批；3.年底前建成投运 | 园区管委会 "
        "| 2019年12月31日前 |\n"
    )
    (finding,) = _findings(text)
    assert [m.text.rstrip("；") for m in finding.measures] == [
        "解决用地指标",
        "9月底前完成环评审批",
        "年底前建成投运",
    ]
