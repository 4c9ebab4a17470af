"""Rules the reader learnt from the blind set of real layouts (issue 14, docs/decisions.md
“Blind set”), each on a short document written for the test, not the fixture it came from
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

from intake.plan_parser import parse_plan_text, split_units


def test_a_closure_date_row_marks_the_finding_done():
    text = (
        "某县突出环境问题整改公示\n"
        "| 反馈问题 | 城区污水管网雨污混流 |\n"
        "| 整改完成情况 | 完成雨污分流改造12公里 |\n"
        "| 拟销号时间 | 2021年3月1日 |\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.status == "completed"
    assert finding.sources["status"] == "拟销号时间"
    # an empty closure cell says nothing
    (open_one,) = parse_plan_text(text.replace("2021年3月1日", "")).findings
    assert open_one.status is None


def test_a_government_named_after_its_party_committee_takes_its_place_name():
    assert split_units("湘潭市雨湖区委、区政府") == ["湘潭市雨湖区委", "湘潭市雨湖区政府"]
    assert split_units("恩施州委、州人民政府") == ["恩施州委", "恩施州人民政府"]
    # no place to take: kept as written; another level is not the same body
    assert split_units("县委、县政府") == ["县委", "县政府"]
    assert split_units("宣城市委、县政府") == ["宣城市委", "县政府"]


def test_a_numbered_sub_heading_ending_in_a_full_stop_is_a_label():
    text = (
        "某县关于省级督察反馈问题整改情况的报告\n"
        "一、问题基本情况\n督察指出：城区餐饮油烟扰民投诉多。\n"
        "二、整改措施及整改时限\n"
        "（一）整改措施。1.安装油烟净化设施；2.开展夜间巡查；3.建立投诉台账。\n"
        "（二）整改时限。2022年6月底前。\n"
        "三、整改完成情况\n全部餐饮店已安装净化设施，问题已整改完成。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "督察指出：城区餐饮油烟扰民投诉多"
    measures = [m.text.rstrip("；。") for m in finding.measures]
    assert measures == ["安装油烟净化设施", "开展夜间巡查", "建立投诉台账"]
    assert [d.date for d in finding.deadlines] == [dt.date(2022, 6, 30)]
    assert finding.status == "completed"


def test_a_report_that_names_its_problem_in_quotes_takes_that_name_and_number():
    text = (
        "某市关于省级督察反馈问题“河道采砂监管不到位”的整改情况报告\n"
        "省级督察反馈的“35—12：河道采砂监管不到位”问题已完成整改。现报告如下：\n"
        "一、问题基本情况\n督察发现，2020年以来河道内非法采砂时有发生，监管手段落后。\n"
        "二、整改完成情况\n建成视频监控点位20个，问题已整改完成。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert (finding.number, finding.title) == (12, "河道采砂监管不到位")
    assert finding.problem.startswith("督察发现，2020年以来")


def test_a_notice_numbering_its_problem_in_brackets_and_saying_the_work_is_done():
    text = (
        "某市第二轮省级督察反馈问题（问题十二）整改销号情况公示\n"
        "反馈问题（问题十二）整改工作已完成，经审核同意销号。现将该问题整改销号情况公示如下：\n"
        "一、督察反馈问题\n工业园区污水处理厂超负荷运行。\n"
        "二、整改完成情况\n扩建工程投入运行，出水稳定达标。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert (finding.number, finding.status) == (12, "completed")


def test_a_short_quoted_slogan_before_问题_is_not_the_problem_name():
    text = (
        "某区“一住两公”问题整改销号公示\n"
        "一、督察反馈问题\n用途变更地块未开展土壤污染状况调查即供地。\n"
        "二、整改完成情况\n全部地块已补做调查并通过评审，问题已整改完成。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "用途变更地块未开展土壤污染状况调查即供地"
