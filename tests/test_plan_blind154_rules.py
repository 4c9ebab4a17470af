"""Rules the reader learnt from blind set 154 (issue 14, docs/decisions.md “Blind set 154”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 154`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import CODED_CASE_LINE, CODED_COMPLAINT, COORDINATING_OFFICE, LEAD_IN_TEXT


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a case told under its code ---------------------------------------------------------------


def test_a_paragraph_opening_on_a_case_code_titles_the_case_by_its_first_point():
    coded = CODED_CASE_LINE.match("受理编号第十二批1375号：一是某村东侧有一养鸡场，鸡粪倒在沟里。二是…")
    assert coded and coded.group("problem").startswith("某村东侧有一养鸡场")
    coded = CODED_CASE_LINE.match("受理编号812：“某小区3家烧烤店油烟扰民”。")
    assert coded and coded.group("problem").startswith("某小区3家烧烤店油烟扰民")
    # (a heading's code with its complaint unquoted stays an item of a list: set 149's wording kept)
    assert not CODED_COMPLAINT.match("受理编号第十二批1375号：某村东侧有一养鸡场。")
    (finding,) = _findings(
        "受理编号第十二批1375号：一是某村东侧有一养鸡场，将鸡粪倒在村边的沟里，臭味扰民。"
        "二是村南河边有一家养牛场，粪水流入河里。要求治理。\n"
        "（一）基本情况\n"
        "某村东侧养鸡户存栏3000只，村南养牛户存栏20头。\n"
        "（二）核实处理情况\n"
        "经调查，举报问题基本属实。7月2日，区环保局、某镇负责人到现场核查。\n"
        "针对第一条问题：一是现场责令养殖户在5日内将沟内鸡粪清理干净；二是责令其在1个月内建好储粪棚，"
        "村委会负责日常监督。\n"
    )
    assert finding.title == "某村东侧有一养鸡场，将鸡粪倒在村边的沟里，臭味扰民"
    # (the village committee only watches over one step: no lead; a day with no year: no limit)
    assert finding.lead_units == []
    assert finding.deadlines == []


def test_a_quoted_complaint_after_the_code_in_an_offices_report_titles_the_case():
    (finding,) = _findings(
        "某市督察整改工作领导小组办公室关于第12批交办函案件处理情况的通报\n"
        "2019年5月6日，省联络组向我市转办第12批次，共1件举报案件，受理编号为812号。现将办理情况报告如下：\n"
        "受理编号812：“某小区3家烧烤店营业时油烟排放到小区院内，异味扰民”。\n"
        "经调查，举报情况属实。某县环境保护局已责令经营业户整改，5月20日前完成油烟净化设施的安装。\n"
        "某市督察整改\n"
        "工作领导小组办公室\n"
        "2019年5月8日\n"
    )
    assert finding.title == "某小区3家烧烤店营业时油烟排放到小区院内，异味扰民"
    # (the office passing the case on signs the report: it did no work, and the bureau ordering the fix
    # does not lead either, as in the corpus's other case accounts)
    assert finding.lead_units == []
    assert [d.date for d in finding.deadlines] == [datetime.date(2019, 5, 20)]


# --- who leads --------------------------------------------------------------------------------


def test_a_leading_groups_office_is_a_coordinating_office_and_a_street_office_is_not():
    assert COORDINATING_OFFICE.search("工作领导小组办公室")
    assert COORDINATING_OFFICE.search("县突出环境问题整治工作指挥部办公室")
    assert not COORDINATING_OFFICE.search("下陆区团城山街道办事处")
    # a body that did the work and reports back on it, signing the report, still leads
    (finding,) = _findings(
        "关于督察组交办问题办理情况的报告\n"
        "区督察整改办：\n"
        "收到你办转来的“某路口建筑垃圾乱堆放”问题后，我单位立即组织人员清理。现将办理情况报告如下：\n"
        "我单位已把路口周边建筑垃圾全部清运完毕。\n"
        "某区某街道办事处\n"
        "2023年8月2日\n"
    )
    assert finding.lead_units == ["某区某街道办事处"]


def test_a_body_set_to_watch_day_by_day_does_not_lead_but_one_set_to_do_the_work_does():
    assert LEAD_IN_TEXT.search("，村委会负责日常监督") is None
    found = LEAD_IN_TEXT.search("，县环保局负责清理河道垃圾")
    assert found and found.group(1) == "县环保局"
