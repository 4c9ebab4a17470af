"""Rules the reader learnt from blind set 136 (issue 14, docs/decisions.md “Blind set 136”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 136`)."""

from __future__ import annotations

import io

import docx

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.words import CAUSED_FAULT, CHARGED_IN_HANDLING, REPORTED_PROBLEM


def _findings(text: str):
    return parse_plan_text(text).findings


# --- the complaint of a case handed down, as a news item tells it ------------------------------


def test_a_complaint_told_after_a_comma_quoted_or_as_the_reported_problem_is_the_title():
    told = [
        ("上周，接到群众投诉，某村一养猪场粪水横流，严重污染周边环境。", "某村一养猪场粪水横流"),
        ("举报人反映“某镇一家砖厂夜间生产粉尘大，影响周围居民休息”。", "某镇一家砖厂夜间生产粉尘大"),
        (
            "县里接到督察组信访件，反映的问题为“某村河道被倾倒建筑垃圾，导致河水发臭……”",
            "某村河道被倾倒建筑垃圾，导致河水发臭",
        ),
    ]
    for sentence, problem in told:
        assert REPORTED_PROBLEM.search(sentence).group("problem") == problem


def test_a_complaint_told_again_is_no_reported_problem():
    assert REPORTED_PROBLEM.search("经初步调查核实，群众反映问题部分属实。") is None
    assert REPORTED_PROBLEM.search("规模已减少，群众反映的臭味问题也在逐渐减轻。") is None


def test_a_fault_told_between_its_cause_and_its_harm_is_what_the_cause_led_to():
    found = CAUSED_FAULT.match(
        "由于连日降雨粪污无法外运，致使场内粪便堆积，加之污水池外溢，影响了周边群众生活。"
    )
    assert found.group("problem") == "场内粪便堆积，加之污水池外溢"
    assert CAUSED_FAULT.match("该场致使周边群众不满，影响了生活。") is None  # (no cause told before it)


# --- who acts on a case handed down -------------------------------------------------------------


def test_the_units_organised_to_the_spot_lead_a_case_account():
    findings = _findings(
        "5月2日，接省生态环境保护督察组交办的信访问题后，某县迅速行动，组织县农业农村局、某镇人民政府"
        "立即赶赴现场进行核查。\n"
        "经查，某村有一养殖户，养殖生猪30头。由于圈舍简陋，致使粪污直排沟渠，影响了周边群众生活。\n"
        "目前，整改正在推进中。"
    )
    assert [(f.title, f.lead_units) for f in findings] == [("粪污直排沟渠", ["县农业农村局", "某镇人民政府"])]
    assert not findings[0].deadlines and findings[0].status != "completed"


def test_a_unit_sent_or_checking_with_a_town_leads_else_the_county_that_received_the_case():
    sent = _findings(
        "8月3日，接到群众投诉，某乡一养鸡场臭味难闻，严重影响周边群众。我乡迅速安排环保办工作人员进行调查处理。\n"
        "经调查，该养鸡场为前期督办整改的养鸡场，正在减少养殖规模，臭味逐渐减轻。"
    )
    assert sent[0].lead_units == ["环保办"]
    joint = _findings(
        "举报人反映“某镇一家石料厂粉尘大，影响周边居民”。县生态环境分局执法人员会同新店镇有关负责人员，"
        "对企业进行了现场检查。经核实，群众反映问题属实，督促企业整改。"
    )
    assert joint[0].lead_units == ["县生态环境分局", "新店镇"]
    received = _findings(
        "3月5日，某某县接到省生态环境保护督察组信访件，反映的问题为“某村养殖户粪便直排溪沟，导致村中恶臭”。"
        "相关职能部门前往现场调查核实。"
    )
    assert [(f.title, f.lead_units) for f in received] == [
        ("某村养殖户粪便直排溪沟，导致村中恶臭", ["某某县"])
    ]


def test_a_quoted_principle_of_work_is_no_time_limit():
    findings = _findings(
        "举报人反映“某镇一家化工厂排放废气，影响周围居民”。县生态环境分局会同某镇有关人员进行了现场检查。"
        "县领导要求按照“即知即改”的原则，督促企业整改到位。"
    )
    assert findings[0].deadlines == []


# --- labels named in a sentence are no form glued into a paragraph ----------------------------


def test_field_words_inside_running_sentences_are_not_cut_into_labels():
    findings = _findings(
        "6月1日，接督察组交办的信访问题后，某县组织县农业农村局、某镇人民政府立即赶赴现场进行核查。\n"
        "经查，由于降雨较多粪污无法外运，致使场内粪便堆放，影响了周边群众生活。督察组提出具体整改措施。\n"
        "责任部门连夜落实整改措施，督促养殖户按照整改要求清理粪便，相关责任部门帮助联系销售生猪。目前，整改正在推进中。"
    )
    assert [f.title for f in findings] == ["场内粪便堆放"]
    assert findings[0].lead_units == ["县农业农村局", "某镇人民政府"]
    assert not findings[0].measures


# --- the units a petition's handling cell charges -----------------------------------------------


def _petition_table(handling: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("群众信访举报边督边改公开情况")
    header = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "问责情况",
        "备注",
    ]
    row = [
        "1",
        "X1400002018",
        "某村一家石料厂粉尘污染严重；堆场未覆盖。",
        "某市某区",
        "大气",
        "经查属实。",
        "属实",
        handling,
        "无",
        "",
    ]
    table = document.add_table(rows=2, cols=len(header))
    for cells, values in ((table.rows[0].cells, header), (table.rows[1].cells, row)):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_units_a_handling_cell_charges_lead_the_case():
    text = read_plan_bytes(
        _petition_table("1、责成某区自然资源部门对违法占地依法查处。 2、责成某区政府加强对企业的监管。"),
        "公开情况.docx",
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.lead_units) for f in findings] == [(1, ["某区自然资源部门", "某区政府"])]


def test_a_handling_cell_charging_unnamed_departments_names_no_lead():
    assert CHARGED_IN_HANDLING.search("责成相关部门对违法行为依法查处") is None
    text = read_plan_bytes(_petition_table("1、责成相关部门依法查处。"), "公开情况.docx")
    assert parse_plan_text(text).findings[0].lead_units == []
