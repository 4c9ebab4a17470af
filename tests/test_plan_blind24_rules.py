"""Rules the reader learnt from blind set 24 (issue 14, docs/decisions.md “Blind set 24”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 24`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import completion_marker


def _one(text: str):
    findings = parse_plan_text(text).findings
    assert len(findings) == 1
    return findings[0]


def _dates(finding) -> list[datetime.date | None]:
    return [d.date for d in finding.deadlines]


def test_an_unbracketed_problem_code_is_not_part_of_the_title():
    finding = _one(
        "某区督察反馈意见整改情况公示\n"
        "一、中央生态环境保护督察反馈意见整改任务\n"
        "问题编号212(30-2)-4：尾矿库环境风险管控不到位。部分尾矿库渗滤液未收集。\n"
        "二、整改目标\n尾矿库渗滤液全部收集处理。\n"
        "三、整改措施\n1.排查尾矿库。\n2.建设收集池。\n"
    )
    assert finding.title == "尾矿库环境风险管控不到位"
    assert len(finding.measures) == 2


def test_a_year_written_twice_before_year_end_is_the_due_date_in_measures():
    finding = _one(
        "反馈问题\n历史遗留矿山修复滞后。\n"
        "整改措施\n1.于2021年年底前完成矿山核查。\n2.于2022年年底前完成修复方案编制。\n"
    )
    assert _dates(finding) == [datetime.date(2022, 12, 31)]


def test_a_time_limit_in_brackets_inside_the_target_is_the_deadline():
    finding = _one(
        "整改任务：某县河道被无主煤矿矿井涌水污染。\n"
        "整改责任单位：某县人民政府\n"
        "整改目标：矿井涌水经收集处理后达标排放（整改时限：2024年6月30日前）。\n"
        "整改措施：1.建设矿井水处理站。2.铺设收集管网。\n"
    )
    assert _dates(finding) == [datetime.date(2024, 6, 30)]
    assert finding.lead_units == ["某县人民政府"]


def test_cooperating_units_join_the_responsible_units_written_after_the_lead():
    finding = _one(
        "反馈问题：全县废弃矿山生态修复进展缓慢。\n"
        "牵头单位：县自然资源局\n"
        "责任单位：县林业和草原局、县应急管理局\n"
        "配合单位：各乡（镇）党委、政府，县财政局\n"
        "整改时限：2025年12月底\n"
    )
    assert finding.lead_units == ["县自然资源局"]
    assert finding.cooperating_units == [
        "县林业和草原局",
        "县应急管理局",
        "各乡（镇）党委、政府",
        "县财政局",
    ]


def test_a_coop_label_after_a_real_coop_label_is_still_a_repeat():
    # two 配合单位 labels: the first value wins, as for every other field
    finding = _one(
        "反馈问题：尾矿库未闭库。\n牵头单位：县应急管理局\n配合单位：县生态环境分局\n配合单位：某镇人民政府\n"
    )
    assert finding.cooperating_units == ["县生态环境分局"]


def test_implementation_written_under_the_measures_is_progress_not_a_measure():
    finding = _one(
        "反馈问题：某县尾矿库闭库治理滞后。\n"
        "整改时限：2025年6月底\n"
        "整改措施：县应急管理局牵头，组织闭库设计并实施闭库工程。\n"
        "落实情况：闭库工程已完工，已完成整改。\n"
    )
    assert len(finding.measures) == 1
    assert "落实情况" not in finding.measures[0].text
    assert finding.status == "completed"


def test_a_self_check_conclusion_chapter_marks_the_finding_done():
    finding = _one(
        "关于“废弃矿山修复滞后”整改情况的自查自验报告\n"
        "一、问题整改情况\n督察报告指出：废弃矿山修复滞后。\n"
        "整改时限：2025年12月底\n"
        "二、整改措施及落实情况\n整改措施：编制修复方案，分年度实施修复。\n"
        "三、自查自验结论\n经县级自查自验，该问题已按整改方案完成整改，申请验收销号。\n"
    )
    assert len(finding.measures) == 1
    assert finding.status == "completed"


def test_verdicts_that_say_the_finding_may_be_written_off():
    assert completion_marker("通过整改，已达到整改目标，可以销号。") is not None
    assert completion_marker("该问题已按整改方案完成整改。") is not None
    assert completion_marker("整改尚未到位，不可以销号。") is None
    assert completion_marker("力争达到整改目标。") is None


def test_an_acceptance_verdict_row_of_a_closure_form_marks_it_done():
    finding = _one(
        "| 反馈问题 | 某矿区尾矿库防洪沟积水镉超标。 |\n"
        "| 整改措施 | 2024年12月底前完成防洪沟修整。 |\n"
        "| 整改完成情况 | 一是修整防洪沟。二是清淤。 |\n"
        "| 验收销号意见 | 通过整改，已达到整改目标，可以销号。 |\n"
    )
    assert finding.status == "completed"
    assert _dates(finding) == [datetime.date(2024, 12, 31)]


def test_a_one_finding_notice_closing_with_its_publication_is_done():
    text = (
        "一、中央生态环境保护督察反馈意见整改任务\n重金属污染治理工作比较滞后。\n"
        "二、整改目标\n重点地区得到有效治理。\n"
        "三、整改措施\n1.加强重点企业监管。\n"
        "四、整改主要工作及成效\n1.已对6家企业开展日常监管。\n"
    )
    assert _one(text).status is None
    closed = _one(text + "以上整改情况向社会公示，如有异议，请以书面形式反映。\n")
    assert closed.status == "completed"


def _chars(text: str, widths: dict[str, float]) -> list[dict]:
    out, x = [], 100.0
    for char in text:
        width = widths.get(char, 11.0)
        out.append({"text": char, "x0": x, "x1": x + width})
        x += width
    return out


def test_a_pdf_line_that_opens_with_a_year_moved_the_year_and_its_unit_together():
    # “…整改任务：黔南州” then “2015年发现…” on the next line of a printed cell: the room left
    # (29 pt) held the digits (28 pt) but not “2015年”, so the line only wrapped
    from intake.document_pdf import _first_word_width

    digits = {d: 7.0 for d in "0123456789"}
    assert _first_word_width(_chars("2015年发现", digits)) == 39.0
    assert _first_word_width(_chars("2015，发现", digits)) == 39.0
    assert _first_word_width(_chars("ABC发现", {c: 7.0 for c in "ABC"})) == 21.0


def test_a_heading_naming_the_inspections_tasks_heads_the_problem_below_it():
    """“一、督察反馈意见整改任务” (noticed with this set): the heading over the problem, not the label
    反馈意见 with the value 整改任务, which put “整改任务” in front of the title."""
    finding = _one(
        "某县关于中央生态环境保护督察反馈问题整改情况的公示\n"
        "一、督察反馈意见整改任务\n某县部分乡镇生活污水收集处理设施运行不正常。\n"
        "二、整改责任单位\n县住房城乡建设局\n三、整改时限\n2023年12月底前\n"
        "四、整改完成情况\n已完成整改，新建污水管网12公里。\n"
    )
    assert finding.title == "某县部分乡镇生活污水收集处理设施运行不正常"
    assert finding.lead_units == ["县住房城乡建设局"]
    assert _dates(finding) == [datetime.date(2023, 12, 31)]
