"""Rules the reader learnt from blind set 101 (issue 14, docs/decisions.md “Blind set 101”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 101`)."""

from __future__ import annotations

from datetime import date

from intake.document_html import read_html
from intake.plan_parser import parse_plan_text


def _petition_page(code_tail: str) -> str:
    return (
        "<html><body><h1>某市第3批生态环境信访件办理情况通报</h1>"
        "<p>现将督察组交办某市第3批2件生态环境信访办理情况通报如下：</p>"
        "<table border='1'>"
        "<tr><td>序号</td><td>交办问题基本情况</td><td>涉及区县及部门</td><td>调查核实情况</td>"
        "<td>是否属实</td><td>处理处罚和问责情况</td><td>备注</td></tr>"
        f"<tr><td>1</td><td>受理编号AB012号的环境信访问题{code_tail}反映人反映，东城一家饭店油烟直排。</td>"
        "<td>东城区</td><td>现场核查，该店未装油烟净化器。</td><td>属实</td>"
        "<td>处理情况：已责令安装油烟净化器，现已整改完毕。问责情况：无。</td><td></td></tr>"
        f"<tr><td>2</td><td>受理编号AB015号的环境信访问题{code_tail}反映人反映，西城一处料场扬尘大。</td>"
        "<td>西城区</td><td>现场核查，料场部分未苫盖。</td><td>属实</td>"
        "<td>处理情况：正在建设防尘棚，计划于2023年9月30日前完成。问责情况：无。</td><td></td></tr>"
        "</table></body></html>"
    )


def _read(page: str):
    return parse_plan_text(read_html(page.encode("utf-8"), "page.html")).findings


def test_a_case_code_then_a_colon_leaves_the_title():
    # “…的环境信访问题：” with no 为 before the colon, as “…的环境信访问题为：” already was
    findings = _read(_petition_page("："))
    assert [f.title for f in findings] == [
        "反映人反映，东城一家饭店油烟直排",
        "反映人反映，西城一处料场扬尘大",
    ]
    assert [f.lead_units for f in findings] == [["东城区"], ["西城区"]]


def test_the_case_code_with_wei_still_leaves_the_title():
    findings = _read(_petition_page("为："))
    assert findings[0].title == "反映人反映，东城一家饭店油烟直排"


def test_the_handling_and_accountability_column_is_the_cases_result():
    first, second = _read(_petition_page("："))
    assert first.status == "completed"  # 现已整改完毕
    assert second.status is None
    assert [d.date for d in second.deadlines] == [date(2023, 9, 30)]  # 计划于…前完成
    assert first.measures == [] and second.measures == []  # what was done, no measures


def _closure_notice(label: str) -> str:
    return "\n".join(
        [
            "某市城市管理局关于第二轮督察第7项整改任务销号情况的公示",
            "",
            "现对已完成整改的任务情况进行公示：",
            "",
            f"{label}：中心城区部分雨水排口旱天有污水排出，污水外溢到河道。",
            "",
            "验收单位：市城市管理局",
            "",
            "责任单位：市城市管理局（牵头）、住建局",
            "",
            "整改目标：加快排水管网建设，消除旱天排污。",
            "",
            "整改完成情况：",
            "",
            "1.完成排水管线12公里。",
        ]
    )


def test_a_problem_label_with_the_items_number_before_its_colon():
    finding = parse_plan_text(_closure_notice("整改任务第7项")).findings[0]
    assert finding.title == "中心城区部分雨水排口旱天有污水排出，污水外溢到河道"
    assert finding.number == 7
    assert finding.lead_units == ["市城市管理局"]
    assert finding.cooperating_units == ["住建局"]
    assert finding.status == "completed"


def test_the_number_may_be_counted_in_articles():
    finding = parse_plan_text(_closure_notice("反馈问题第七条")).findings[0]
    assert finding.title == "中心城区部分雨水排口旱天有污水排出，污水外溢到河道"
