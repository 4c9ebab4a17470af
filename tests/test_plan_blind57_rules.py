"""Rules the reader learnt from blind set 57 (issue 14, docs/decisions.md “Blind set 57”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 57`). The set is per-problem documents: one
labelled form or block a finding (信访件办理情况, 一问题一方案, 销号申请表, 整改销号报告)."""

from __future__ import annotations

import io
from datetime import date

import docx

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.plan_tables import header_columns
from tests.real_layouts import _case_tables


def _findings(text: str):
    return parse_plan_text(text).findings


def _case_forms(cases: list[list[tuple[str, ...]]]) -> bytes:
    """A Word file of four-cell forms, one a case (the set's builder for 枣庄's file)."""
    document = docx.Document()
    document.add_paragraph("信访件办理情况")
    _case_tables(document, cases)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_form_row_naming_a_body_is_no_table_header():
    """“责任单位 | 甲县人民政府 | 办理结果 | 已办结” is a form's two pairs: the body's name is a
    value, never the name of an unnamed task column, so the row heads no table."""
    assert header_columns(["责任单位", "甲县人民政府", "办理结果", "已办结"]) is None
    assert header_columns(["责任单位", "县环保局", "办理结果", "已办结"]) is None
    # a real header with an unnamed task column still reads
    columns = header_columns(["序号", "工作内容", "责任单位", "完成时限"])
    assert columns is not None and columns[1].field == "problem"


def test_several_four_cell_case_forms_in_one_word_file_are_one_finding_each():
    data = _case_forms(
        [
            [
                ("序号", "1", "交办编号", "D001"),
                ("反映问题", "甲镇一家石料厂夜间生产，粉尘扰民。"),
                ("处理和整改情况", "企业已停止夜间生产，完成封闭改造。"),
                ("责任单位", "甲县人民政府", "办理结果", "已办结"),
                ("问责情况", "无"),
            ],
            [
                ("序号", "2", "交办编号", "X002"),
                ("反映问题", "乙街道一处养殖场粪污直排河道。"),
                ("处理和整改情况", "正在扩建收集池。"),
                ("责任单位", "乙区人民政府", "整改时限", "2021年12月31日前"),
                ("配合单位", "区农业农村局", "办理结果", "阶段性办结"),
            ],
        ]
    )
    findings = _findings(read_plan_bytes(data, "办理情况.docx"))
    assert [f.number for f in findings] == [1, 2]
    assert [f.title for f in findings] == ["甲镇一家石料厂夜间生产，粉尘扰民", "乙街道一处养殖场粪污直排河道"]
    assert [f.lead_units for f in findings] == [["甲县人民政府"], ["乙区人民政府"]]
    assert findings[1].cooperating_units == ["区农业农村局"]
    assert [d.date for d in findings[1].deadlines] == [date(2021, 12, 31)]
    assert [f.status for f in findings] == ["completed", None]


def test_an_unlisted_label_of_a_four_cell_pair_is_read_by_its_words():
    """承办单位 (a lead by its words) opening a row, and 办理结果 (a progress cell) second in a
    row, are read as a two-cell row's unlisted labels are; a label with no class (交办时间)
    still only ends the value before it."""
    findings = _findings(
        "| 问题名称 | 城区一段道路施工占道时间过长。 |  |  |\n"
        "| 承办单位 | 县住建局 | 协办单位 | 县交警大队 |\n"
        "| 交办时间 | 2014年4月1日 | 整改时限 | 2014年5月31日 |\n"
        "| 责任人 | 王某 | 办理结果 | 已办结 |\n"
    )
    assert len(findings) == 1
    finding = findings[0]
    assert finding.lead_units == ["县住建局"]
    assert finding.cooperating_units == ["县交警大队"]
    assert [d.date for d in finding.deadlines] == [date(2014, 5, 31)]
    assert finding.status == "completed"


def test_a_closure_report_asking_for_closure_is_done():
    """“是否销号：申请销号” is the unit's word that the problem is put right and may be closed;
    “持续整改，暂不销号” leaves it open."""
    findings = _findings(
        "一、问题名称：部分项目未及时办理竣工结算。\n"
        "责任单位：区住建局\n"
        "整改时限：2025年6月30日\n"
        "整改情况：已完成结算审核。\n"
        "是否销号：申请销号\n"
        "二、问题名称：部分闲置土地未及时处置。\n"
        "责任单位：区自然资源局\n"
        "整改时限：2025年12月31日\n"
        "整改情况：5宗已处置2宗。\n"
        "是否销号：持续整改，暂不销号\n"
    )
    assert [f.status for f in findings] == ["completed", None]
