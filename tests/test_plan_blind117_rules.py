"""Rules the reader learnt from blind set 117 (issue 14, docs/decisions.md “Blind set 117”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 117`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text
from intake.words import BARE_BUREAU, FOUND_PROBLEMS_HEADING


def _findings(text: str):
    return parse_plan_text(text).findings


# --- an audit's results whose stored copy ends before it says 整改 -------------------------------

_AUDIT_RESULT = (
    "某县2021年度农村环境整治资金审计调查结果\n"
    "根据审计法规定，县审计局对2021年农村环境整治资金开展了专项审计调查。\n"
    "一、基本情况\n"
    "2021年县财政安排农村环境整治资金3200万元。\n"
    "二、审计发现的主要问题\n"
    "（一）资金管理方面。部分资金滞留在乡镇账户，未及时拨付到项目。\n"
    "（二）项目建设方面。两个垃圾中转站建成后未投入使用，设备闲置。\n"
)


def test_items_under_a_chapter_of_problems_an_audit_found_are_findings_without_the_word_zhenggai():
    findings = _findings(_AUDIT_RESULT)
    assert [f.title for f in findings] == ["资金管理方面", "项目建设方面"]


def test_a_work_reports_own_cunzai_de_wenti_is_no_chapter_of_problems_found():
    assert FOUND_PROBLEMS_HEADING.match("审计发现的主要问题")
    assert FOUND_PROBLEMS_HEADING.match("检查发现问题")
    assert not FOUND_PROBLEMS_HEADING.match("存在的问题")


def test_a_report_with_no_chapter_of_problems_found_and_no_zhenggai_is_still_refused():
    with pytest.raises(PlanParseError):
        parse_plan_text(
            "某县2021年度环境保护工作总结\n一、主要工作\n（一）开展宣传。全年宣传20次。\n"
            "二、存在的问题\n（一）宣传方面。宣传形式单一。\n"
        )


# --- a plan's task: its name on a line of its own, the unit bracket closing its paragraph --------

_PLAN_TASKS = (
    "某县2019年度大气污染防治实施计划\n"
    "一、年度工作任务\n"
    "（一）调整产业结构\n"
    "1.淘汰落后产能\n"
    "按国家目录淘汰落后产能，2019年底前完成关停。（牵头部门：县工业和信息化局，配合部门：县环境保护局）\n"
    "2.整治散乱污企业\n"
    "全面排查散乱污企业，分类整治，建立动态台账。（牵头部门：县环境保护局，配合部门：县市场监督管理局）\n"
)


def test_a_short_name_line_over_its_paragraph_titles_the_task():
    findings = _findings(_PLAN_TASKS)
    assert [f.title for f in findings] == ["淘汰落后产能", "整治散乱污企业"]
    assert findings[0].lead_units == ["县工业和信息化局"]
    assert [str(d.date) for d in findings[0].deadlines] == ["2019-12-31"]


def test_a_first_line_cut_inside_a_clause_still_joins_the_next():
    findings = _findings(
        "某县2019年度大气污染防治实施计划\n一、年度工作任务\n"
        "1.加快淘汰燃煤锅炉，全面完成10蒸吨以下\n燃煤锅炉拆除。（牵头部门：县环境保护局）\n"
    )
    assert findings[0].title == "加快淘汰燃煤锅炉，全面完成10蒸吨以下燃煤锅炉拆除"


# --- two units glued where the 、 was lost, the second without its level -------------------------


def test_a_bureau_without_its_level_after_a_bureau_is_a_second_unit():
    findings = _findings(
        "某县2019年度大气污染防治实施计划\n一、年度工作任务\n"
        "1.严控两高项目\n严格执行行业准入条件。（牵头部门：县发展和改革局，配合部门：县经济贸易局国土资源局、县环境保护局）\n"
    )
    assert findings[0].cooperating_units == ["县经济贸易局", "国土资源局", "县环境保护局"]


def test_a_branch_of_the_bureau_before_it_stays_one_name():
    assert BARE_BUREAU.fullmatch("国土资源局")
    assert not BARE_BUREAU.fullmatch("龙安分局")
    assert not BARE_BUREAU.fullmatch("城关支局")
    findings = _findings(
        "某县2019年度大气污染防治实施计划\n一、年度工作任务\n"
        "1.推进监测能力建设\n完成自动监测站建设。（牵头部门：市生态环境局龙安分局）\n"
    )
    assert findings[0].lead_units == ["市生态环境局龙安分局"]


# --- the units an audit's problem names as failing to act lead it --------------------------------

_AUDIT_AT_FAULT = (
    "某县2021年度污水处理资金审计调查结果\n"
    "二、审计发现的主要问题\n"
    "（一）政策落实方面。到2021年末，县住房和城乡建设局尚未建立污水处理费征收台账。\n"
    "（二）资金使用方面。县财政安排的资金中800万元未能使用；到审计日东山乡、西河镇未按合同支付工程款。\n"
    "（三）项目管理方面。部分项目超工期120天。\n"
)


def test_units_opening_a_clause_of_what_they_failed_to_do_lead_the_audits_problem():
    findings = _findings(_AUDIT_AT_FAULT)
    assert [f.lead_units for f in findings] == [["县住房和城乡建设局"], ["东山乡", "西河镇"], []]


def test_units_failing_to_act_lead_only_under_a_chapter_of_problems_found():
    findings = _findings(
        "某县环境整治督查情况通报\n一、存在的问题\n"
        "（一）组织方面。县住房和城乡建设局尚未建立台账，整改不力。\n"
        "（二）宣传方面。宣传不到位，群众知晓率低。\n"
    )
    assert findings[0].lead_units == []


# --- after a run of problems, one the deputies took up with the body told to lead it -------------

_CHECK_WITH_TAKEN_UP = (
    "5月8日，镇人大主席团组织代表检查畜禽养殖污染防治工作。检查发现，有的养殖场存在雨污不分流、"
    "粪污露天堆放等问题，要求限期整改。同时，代表们对群众反映强烈的河道垃圾问题作了走访，下一步将督促镇城管办牵头整改。\n"
)


def test_a_problem_taken_up_after_the_run_with_the_body_told_to_lead_it_is_one_more_finding():
    findings = _findings(_CHECK_WITH_TAKEN_UP)
    assert [f.title for f in findings] == ["雨污不分流", "粪污露天堆放", "群众反映强烈的河道垃圾问题"]
    assert [f.lead_units for f in findings] == [[], [], ["镇城管办"]]


def test_a_body_told_to_lead_the_work_in_general_names_no_further_problem():
    findings = _findings(
        "5月8日，镇人大主席团组织代表检查畜禽养殖污染防治工作。检查发现，有的养殖场存在雨污不分流、"
        "粪污露天堆放等问题，下一步将督促镇城管办牵头整改。\n"
    )
    assert len(findings) == 2


# --- a table with no 序号 printed across pages: a row cut after a comma ---------------------------

_DUTY_LIST_CUT = (
    "某县2019年大气污染防治职责清单\n"
    "| 工作任务和内容 | 责任单位 | 配合单位 | 完成时间 |\n"
    "| 负责全县扬尘污染防治的督导检查。 | 县住建局 |  | 持续开展 |\n"
    "| 负责城区道路清扫保洁，查处渣土乱倒和焚烧， | 县城管局 |  | 持续开展 |\n"
    "| 禁止城区露天烧烤。 |  |  |  |\n"
)


def test_a_task_only_row_going_on_after_a_comma_is_the_rest_of_the_row_above():
    findings = _findings(_DUTY_LIST_CUT)
    assert [f.lead_units for f in findings] == [["县住建局"], ["县城管局"]]
    assert "禁止城区露天烧烤" in findings[1].problem


def test_a_task_only_row_after_a_whole_sentence_stays_a_row():
    findings = _findings(_DUTY_LIST_CUT.replace("焚烧，", "焚烧。"))
    assert len(findings) == 3


def test_a_works_named_after_its_village_makes_the_village_no_party_to_it():
    # (met merging: set 107's villages-in-clauses rule read 苏集村 out of “苏集村污水处理站”)
    from intake.words import VILLAGE_IN_CLAUSE

    assert (
        VILLAGE_IN_CLAUSE.search("农村污水治理项目基建程序不合规，苏集村污水处理站已施工却未办选址意见书")
        is None
    )
    assert VILLAGE_IN_CLAUSE.search("督查发现，如白鹤镇卸甲州村道路有散落垃圾").group("village") == "卸甲州村"
