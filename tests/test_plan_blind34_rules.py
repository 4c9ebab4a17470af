"""Rules the reader learnt from blind set 34 (issue 14, docs/decisions.md “Blind set 34”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 34`)."""

from __future__ import annotations

from datetime import date

from intake.document_sheets import read_csv
from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.real_layouts import _four_column_form, _two_column_form


def _findings(text: str):
    return parse_plan_text(text).findings


def _csv(csv_text: str):
    return parse_plan_text(read_csv(csv_text, "清单.csv")).findings


def _docx(data: bytes):
    return parse_plan_text(read_plan_bytes(data, "督办.docx")).findings


def test_requirements_numbered_with_chinese_brackets_or_yi_shi_are_the_measures():
    text = (
        "整改通知书\n"
        "被督查单位：某县住建局\n"
        "存在问题：城区一处污水管网破损，污水外溢。\n"
        "整改要求：\n（一）修复破损管网；\n（二）清理外溢污水；\n（三）建立巡查制度。\n"
        "整改时限：2020年6月30日前\n"
    )
    assert len(_findings(text)[0].measures) == 3
    text2 = text.replace(
        "整改要求：\n（一）修复破损管网；\n（二）清理外溢污水；\n（三）建立巡查制度。",
        "整改要求：一是修复管网；二是清理污水。",
    )
    assert len(_findings(text2)[0].measures) == 2


def test_the_body_checked_by_a_rectification_notice_leads_and_an_unknown_label_line_ends_it():
    text = (
        "整改通知书\n"
        "被督查单位：某区自然资源局\n"
        "督查事项：某项目用地报批\n"
        "存在问题：项目用地报批滞后，影响开工。\n"
        "整改时限：2020年6月30日前\n"
    )
    finding = _findings(text)[0]
    assert finding.lead_units == ["某区自然资源局"]
    assert finding.title == "项目用地报批滞后，影响开工"


def test_a_towns_column_and_a_hazard_column_are_read():
    findings = _csv(
        "序号,责任乡镇,存在问题,完成时限\n1,甲镇,河道内堆放垃圾。,2017年3月3日前\n2,乙镇,水源地有建筑垃圾。,2017年3月3日前\n"
    )
    assert [f.lead_units for f in findings] == [["甲镇"], ["乙镇"]]
    hazards = _csv(
        "序号,隐患单位,重大事故隐患,督办责任单位,整改期限\n"
        "1,某化工厂,仓库危险化学品超量储存。,某市安委会,2017年11月30日前\n"
        "2,某纺织厂,疏散通道被占用。,某区安委会,立即整改\n"
    )
    assert [f.title for f in hazards] == ["仓库危险化学品超量储存", "疏散通道被占用"]
    assert [f.lead_units for f in hazards] == [["某市安委会"], ["某区安委会"]]


def test_the_second_label_of_a_four_column_row_ends_the_unit_list_though_unlisted():
    data = _four_column_form(
        ["某县河长制办公室督办函"],
        [
            ("被督办单位", "甲镇人民政府", "所在河段", "某河甲镇段"),
            ("问题描述", "某河甲镇段有非法排污口1处。"),
            ("整改时限", "2021年9月30日前", "协办单位", "县生态环境分局"),
        ],
        [],
    )
    finding = _docx(data)[0]
    assert finding.lead_units == ["甲镇人民政府"]
    assert finding.cooperating_units == ["县生态环境分局"]


def test_the_sender_and_signing_day_closing_a_notice_are_no_deadline():
    text = (
        "整改通知书\n"
        "被督查单位：某区自然资源局\n"
        "存在问题：项目用地报批滞后。\n"
        "整改时限：2018年6月30日前\n"
        "\n"
        "区效能办 区委督查室\n"
        "2018年5月28日\n"
    )
    assert [d.date for d in _findings(text)[0].deadlines] == [date(2018, 6, 30)]


def test_a_document_number_is_not_the_findings_number_and_the_enterprise_leads():
    data = _two_column_form(
        ["环保问题整改意见书"],
        [
            ("编    号", "某环〔2021〕07号"),
            ("企业名称", "某食品有限公司"),
            ("存在问题", "雨水排口有生产废水混入。"),
            ("整改时限", "限期30日内"),
            ("下达日期", "2021年4月16日"),
        ],
        [],
    )
    finding = _docx(data)[0]
    assert finding.number == 1
    assert finding.lead_units == ["某食品有限公司"]
    assert [d.date for d in finding.deadlines] == [date(2021, 5, 16)]


def test_a_limit_without_its_year_takes_the_year_of_the_day_the_sheet_was_handed_down():
    findings = _csv(
        "督导发现问题交办清单,,,\n"
        "督导时间：2019年11月20日,,,\n"
        "序号,发现问题,责任单位,整改时限\n"
        "1,小区内堆放杂物。,甲街道办事处,于11月24日前\n"
        "2,小区内存在违法建设。,区城管局,于1月10日前\n"
    )
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2019, 11, 24)], [date(2020, 1, 10)]]


def test_a_handed_down_notice_with_a_unitless_list_is_done_by_its_addressee_counting_days_from_its_date():
    text = (
        "整改通知书\n"
        "下发日期：2021年3月4日\n"
        "甲乡人民政府：\n"
        "督导组检查发现以下问题，请限期整改并书面回复。\n"
        "序号\t存在问题\t整改期限\n"
        "1\t路肩积存生活垃圾。\t3日内\n"
        "2\t排水沟堵塞。\t2021年3月12日前\n"
    )
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [["甲乡人民政府"], ["甲乡人民政府"]]
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2021, 3, 7)], [date(2021, 3, 12)]]


def test_an_addressee_is_no_lead_outside_a_handed_down_sheet_or_beside_unit_columns():
    report = (
        "关于审计查出问题整改情况的报告\n"
        "县人大常委会：\n"
        "序号\t存在问题\t整改期限\n"
        "1\t部分项目资金拨付滞后。\t2021年6月30日前\n"
    )
    assert _findings(report)[0].lead_units == []
    with_units = (
        "督办通知\n"
        "甲乡人民政府：\n"
        "序号\t存在问题\t责任单位\t整改期限\n"
        "1\t河道内堆放垃圾。\t甲乡某村委会\t2021年6月30日前\n"
    )
    assert _findings(with_units)[0].lead_units == ["甲乡某村委会"]
