"""Rules the reader learnt from blind set 33 (issue 14, docs/decisions.md “Blind set 33”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 33`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_closing_office_and_date_do_not_continue_the_last_status():
    findings = _findings(
        "某县整改进展情况月报\n"
        "问题1：河道两岸垃圾堆放。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：2020年12月底前\n"
        "整改进展：已清运垃圾300吨。\n"
        "完成进度：序时推进\n"
        "\n"
        "问题2：污水管网破损渗漏。\n"
        "责任单位：县住建局\n"
        "整改时限：立行立改\n"
        "整改进展：破损管段已全部修复。\n"
        "完成进度：已完成\n"
        "\n"
        "某县环境保护督察整改工作领导小组办公室\n"
        "2020年8月5日\n"
    )
    assert [f.status for f in findings] == [None, "completed"]
    assert "办公室" not in (findings[-1].progress or "")


def test_an_office_and_date_printed_on_one_line_close_the_report_too():
    findings = _findings(
        "某市问题整改进展情况\n"
        "一、甲县砂石企业侵占河道问题。责任单位：甲县人民政府。整改时限：2020年12月31日前。完成情况：已完成。\n"
        "某市生态环境保护督察工作领导小组办公室2021年5月31日\n"
    )
    assert findings[0].status == "completed"


def test_a_numbered_paragraph_runs_its_labels_on_after_the_problem():
    findings = _findings(
        "某市问题整改进展情况\n"
        "一、甲镇场镇生活污水直排问题。责任单位：甲区人民政府。整改时限：2021年6月30日前。"
        "整改进展：管网完成85%。完成情况：序时推进。\n"
        "二、乙县砂石企业侵占河道问题。责任单位：乙县人民政府，配合单位：市水利局。整改时限：2020年12月31日前。"
        "整改进展：已全部退出。完成情况：已完成。\n"
    )
    assert [f.title for f in findings] == ["甲镇场镇生活污水直排问题", "乙县砂石企业侵占河道问题"]
    assert [f.lead_units for f in findings] == [["甲区人民政府"], ["乙县人民政府"]]
    assert findings[1].cooperating_units == ["市水利局"]
    assert [f.status for f in findings] == [None, "completed"]


def test_a_section_heading_ending_in_a_full_stop_is_still_a_heading():
    findings = _findings(
        "一、总体情况。\n1.河道两岸垃圾堆放。责任单位：甲镇人民政府。整改时限：2020年12月底前。\n"
    )
    assert [f.lead_units for f in findings] == [["甲镇人民政府"]]


def test_a_first_line_ending_like_a_progress_label_is_the_title():
    findings = _findings(
        "某县督察反馈问题整改进展情况\n"
        "问题1：河道两岸垃圾堆放。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：2020年12月底前\n"
        "问题2：污水管网破损渗漏。\n"
        "责任单位：县住建局\n"
        "整改时限：立行立改\n"
    )
    assert [f.title for f in findings] == ["河道两岸垃圾堆放", "污水管网破损渗漏"]
