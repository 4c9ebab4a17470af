"""Rules the reader learnt from blind set 53 (issue 14, docs/decisions.md “Blind set 53”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 53`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value


def test_labelled_steps_under_a_measures_and_results_label_are_the_measures():
    plan = parse_plan_text(
        "某省督察整改销号公示表\n"
        "整改任务概述\n"
        "反馈第五项问题：某湖周边污水处理设施运行不正常。\n"
        "整改实施主体\n"
        "某县人民政府\n"
        "整改措施及成效\n"
        "整改措施1：排查湖周边污水管网，建立问题清单。\n"
        "整改成效：排查管网12公里，问题已整改。\n"
        "整改措施2：更换污水处理厂运营单位。\n"
        "整改成效：出水稳定达标。\n"
        "整改措施3：建立湖区日常巡查制度。\n"
        "整改成效：巡查制度已落实。\n"
    )
    (finding,) = plan.findings
    assert [m.text for m in finding.measures] == [
        "排查湖周边污水管网，建立问题清单。",
        "更换污水处理厂运营单位。",
        "建立湖区日常巡查制度。",
    ]


def test_a_form_titled_a_report_of_completed_measures_is_done():
    plan = parse_plan_text(
        "某市生态环境保护督察报告\n"
        "反馈意见（7-01）整改措施\n"
        "完成情况公示表\n"
        "反馈问题 | 七、部分乡镇垃圾转运站管理不规范。\n"
        "整改措施 | 规范垃圾转运站日常管理。\n"
        "牵头单位 | 某县人民政府\n"
    )
    (finding,) = plan.findings
    assert finding.status == "completed"


def test_a_form_whose_status_says_in_progress_stays_open_under_such_a_title():
    plan = parse_plan_text(
        "整改任务完成情况公示表\n"
        "反馈问题 | 部分乡镇垃圾转运站管理不规范。\n"
        "牵头单位 | 某县人民政府\n"
        "是否完成 | 否\n"
    )
    (finding,) = plan.findings
    assert finding.status != "completed"


def test_done_awaiting_closure_is_done():
    assert is_completed_value("已完成待销号")
    assert is_completed_value("已完成，申请验收销号")
    assert not is_completed_value("未完成待销号")
    plan = parse_plan_text(
        read_csv(
            "序号,反馈问题,牵头单位,整改时限,是否销号\n"
            "1,园区企业环境风险隐患排查不到位。,园区管委会,立行立改,已完成待销号\n"
            "2,湖区养殖尾水直排。,县农业农村局,2019年12月31日,未销号\n",
            "台账.csv",
        )
    )
    assert [f.status == "completed" for f in plan.findings] == [True, False]
