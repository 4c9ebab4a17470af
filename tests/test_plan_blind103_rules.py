"""Rules the reader learnt from blind set 103 (issue 14, docs/decisions.md “Blind set 103”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 103`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import LIST_CLOSING, REQUIREMENTS_AHEAD


def _findings(text: str):
    return parse_plan_text(text).findings


def _dates(finding) -> list[datetime.date]:
    return [d.date for d in finding.deadlines]


# --- an 整改通知书 to one works: its breaches, then a separate list of what to do ------------------

_NOTICE = (
    "某县环境保护局\n"
    "整改通知书\n"
    "东风砖厂：\n"
    "经现场检查，你单位存在以下环境违法、违规行为：\n"
    "1、原料堆场未覆盖，扬尘较大；\n"
    "2、窑炉废气未经处理直接排放；\n"
    "3、厂区道路未硬化。\n"
    "你厂上述行为违反了《中华人民共和国大气污染防治法》的规定。\n"
    "责令你单位于2021年6月30日前按以下要求进行整改：\n"
    "1、原料堆场全部苫盖；\n"
    "2、窑炉安装脱硫除尘设施。\n"
    "请你单位于2021年7月5日前将整改情况书面报我局。\n"
    "某县环境保护局\n"
    "2021年5月20日\n"
)


def test_a_numbering_restarted_under_a_requirements_line_lists_no_problems():
    findings = _findings(_NOTICE)
    assert [f.title for f in findings] == [
        "原料堆场未覆盖，扬尘较大",
        "窑炉废气未经处理直接排放",
        "厂区道路未硬化",
    ]
    assert all(not f.measures for f in findings)


def test_the_one_works_addressed_leads_and_the_letters_limit_is_each_ones():
    findings = _findings(_NOTICE)
    assert [f.lead_units for f in findings] == [["东风砖厂"]] * 3
    assert [_dates(f) for f in findings] == [[datetime.date(2021, 6, 30)]] * 3


def test_the_wording_of_the_requirements_line_and_of_the_closing_paragraph():
    assert REQUIREMENTS_AHEAD.search("责令你单位于2019年8月31日前按以下要求进行整改：")
    assert REQUIREMENTS_AHEAD.search("现提出如下整改要求：")
    assert not REQUIREMENTS_AHEAD.search("现将检查发现的问题通报如下：")
    assert LIST_CLOSING.match("你厂上述行为违反了《中华人民共和国环境保护法》的规定。")
    assert not LIST_CLOSING.match("上述问题已整改完成。")


# --- a 督办单 form whose problem cell announces numbered items ------------------------------------

_FORM = (
    "某市河长制工作委员会办公室\n"
    "督办单\n"
    "| 编号 | 某河长办督〔2023〕5号 |\n"
    "| 被督办单位 | 某县河长制工作委员会办公室 |\n"
    "| 督办事项 | 5月6日，市河长办对你县河湖管护进行了暗访，现将需整改的事项督办如下：\n"
    "1.东河城区段岸坡有生活垃圾堆放。\n"
    "2.西河入河排口标识牌缺失。 |\n"
    "| 办理时限 | 2023年5月31日前 |\n"
    "| 督办日期 | 2023年5月8日 |\n"
)


def test_the_items_announced_in_a_forms_problem_cell_are_findings_with_the_forms_fields():
    findings = _findings(_FORM)
    assert [(f.number, f.title) for f in findings] == [
        (1, "东河城区段岸坡有生活垃圾堆放"),
        (2, "西河入河排口标识牌缺失"),
    ]
    assert [f.lead_units for f in findings] == [["某县河长制工作委员会办公室"]] * 2
    assert [_dates(f) for f in findings] == [[datetime.date(2023, 5, 31)]] * 2


def test_a_forms_problem_cell_without_an_announcing_line_stays_one_finding():
    text = _FORM.replace("5月6日，市河长办对你县河湖管护进行了暗访，现将需整改的事项督办如下：\n", "")
    assert len(_findings(text)) == 1


# --- a yearless limit on a sheet that recalls another year ----------------------------------------

_TRANSFER = (
    "某县环境保护局\n"
    "关于转办督查发现问题的通知\n"
    "某乡人民政府，县环境保护局：\n"
    "现将督查组发现的问题转办你们，请按照办理时限整改到位。\n"
    "附件：转办清单\n"
    "| 序号 | 问题描述 | 责任单位 | 办理时限 |\n"
    "| 1 | 某厂燃煤锅炉未按要求于2017年10月底前拆除 | 县环境保护局 | 3月10日前 |\n"
    "| 2 | 某村露天焚烧秸秆 | 某乡人民政府 | 1月5日前 |\n"
    "某县环境保护局\n"
    "2018年2月25日\n"
)


def test_a_yearless_limit_takes_the_year_of_the_date_the_sheet_is_signed_on():
    # (the date below the list, past the first lines a head's date is looked for in)
    findings = _findings(_TRANSFER)
    # 1月5日 comes before the day it was signed: the next year's
    assert [_dates(f) for f in findings] == [[datetime.date(2018, 3, 10)], [datetime.date(2019, 1, 5)]]


def test_a_signed_date_in_a_row_of_its_own_under_a_sheets_table_is_the_signing():
    # a workbook holds the sign-off in the first cell of rows under the table
    text = _TRANSFER.replace(
        "某县环境保护局\n2018年2月25日\n", "| 某县环境保护局 |  |  |  |\n| 2018年2月25日 |  |  |  |\n"
    )
    findings = _findings(text)
    assert [_dates(f) for f in findings] == [[datetime.date(2018, 3, 10)], [datetime.date(2019, 1, 5)]]


def test_without_a_signed_date_two_years_leave_the_limit_unread():
    text = _TRANSFER.replace("2018年2月25日\n", "").replace("转办督查", "转办2018年2月督查")
    findings = _findings(text)
    assert [_dates(f) for f in findings] == [[], []]


# --- a 督办通知's labelled lines: 反馈时间 is a report day, not part of the limit ---------------------


def test_a_report_day_line_does_not_run_into_the_limit_above_it():
    text = (
        "某区大气污染防治工作领导小组办公室\n"
        "督办通知\n"
        "某乡人民政府：\n"
        "3月2日，督查组发现某村露天焚烧垃圾。现予以督办，请你乡立即组织清理。\n"
        "督办事项：某村露天焚烧垃圾\n"
        "办理时限：3月5日前\n"
        "反馈时间：3月6日前将办理情况书面报区大气办\n"
        "某区大气污染防治工作领导小组办公室\n"
        "2020年3月2日\n"
    )
    (finding,) = _findings(text)
    assert finding.title == "某村露天焚烧垃圾"
    assert finding.lead_units == ["某乡人民政府"]
    assert _dates(finding) == [datetime.date(2020, 3, 5)]
