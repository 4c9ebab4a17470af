"""Rules the reader learnt from blind set 124 (issue 14, docs/decisions.md “Blind set 124”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 124`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text
from intake.words import AREAS_OF_PROBLEMS, FUNDS_IDLE_AT, SHORTCOMINGS_RUN_ON


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a report's outline: its chapter of problems one short line an item ------------------------

_OUTLINE = (
    "县人大常委会执法检查组关于检查《水污染防治法》实施情况的报告\n"
    "目录/提纲：\n"
    "一、基本情况\n"
    "二、工作开展情况\n"
    "（一）开展法律宣传活动\n"
    "（二）推进污水处理设施建设\n"
    "三、存在问题\n"
    "（一）乡镇污水管网建设滞后\n"
    "（二）农村面源污染治理不到位\n"
    "（三）执法监管力量薄弱\n"
    "四、意见建议\n"
    "（一）加大投入，完善管网\n"
    "（二）强化执法，加强监管\n"
)


def test_outline_lines_naming_faults_under_a_problems_chapter_are_findings():
    findings = _findings(_OUTLINE)
    assert [f.title for f in findings] == [
        "乡镇污水管网建设滞后",
        "农村面源污染治理不到位",
        "执法监管力量薄弱",
    ]
    assert all(not f.lead_units and not f.measures for f in findings)


def test_outline_lines_naming_no_fault_stay_one_labelled_record():
    # (a list of work done under the chapter is no list of problems: the old reading stands)
    findings = _findings(
        _OUTLINE.replace("建设滞后", "建设").replace("治理不到位", "治理").replace("力量薄弱", "力量")
    )
    assert len(findings) == 1


# --- an audit's problem naming the bodies that hold idle funds ---------------------------------

_IDLE_FUNDS = (
    "某市乡村振兴资金审计结果\n"
    "二、审计发现的主要问题\n"
    "（一）审计抽查发现，甲镇人民政府、乙镇人民政府尚有管护资金闲置未使用。\n"
    "（二）两个农田建设项目多计面积，多付补助。\n"
)


def test_bodies_holding_idle_funds_lead_the_audits_problem():
    findings = _findings(_IDLE_FUNDS)
    assert findings[0].lead_units == ["甲镇人民政府", "乙镇人民政府"]
    assert findings[1].lead_units == []


def test_idle_funds_wording_with_de_reads_the_same():
    match = FUNDS_IDLE_AT.search("审计抽查发现，甲镇人民政府、乙镇人民政府的管护资金尚有闲置未用")
    assert match is not None and match.group("units") == "甲镇人民政府、乙镇人民政府"
    assert FUNDS_IDLE_AT.search("两个项目的建设资金已全部拨付") is None


# --- a village in the name of the projects it holds is where, not who --------------------------


def test_a_village_whose_projects_went_wrong_is_no_lead():
    text = (
        "某市土地整治资金审计结果公告\n"
        "一、审计发现的主要问题\n"
        "（一）项目管理存在漏洞。\n"
        "一是甲街道乙村丙自然村的两个土地整治子项目招投标流于形式。二是6个子项目未按设计施工。\n"
        "（二）资金管理不规范。\n"
        "一是1个子项目补助发放不合规。\n"
    )
    assert all(not f.lead_units for f in _findings(text))


# --- shortcomings named after the sentence that says there are some ----------------------------

_INSPECTION = (
    "县人大常委会视察环境保护工作\n"
    "3月27日，县人大常委会视察组对两镇贯彻《环境保护法》情况进行视察。\n"
    "从检查的情况看，也还存在一些不足。主要是宣传教育不深、垃圾处理设施滞后、执法力度不够等。\n"
    "视察组提出建议：一是加强宣传；二是加大投入。\n"
)


def test_shortcomings_named_in_the_next_sentence_are_findings():
    findings = _findings(_INSPECTION)
    assert [f.title for f in findings] == ["宣传教育不深", "垃圾处理设施滞后", "执法力度不够"]
    assert all(not f.measures and not f.deadlines for f in findings)


def test_the_cue_wants_a_list_after_the_shortcomings_sentence():
    assert SHORTCOMINGS_RUN_ON.search("也存在一些问题。主要表现为资金不足、人员短缺等问题。")
    assert SHORTCOMINGS_RUN_ON.search("存在一些不足。主要是宣传不够。") is None  # one item, no list


def test_praise_with_no_shortcomings_is_still_refused():
    with pytest.raises(PlanParseError):
        parse_plan_text(
            "县人大常委会视察环境保护工作\n视察组认为，两镇环境保护工作整体推进较好。主要是宣传到位、投入加大。\n"
        )


# --- a town congress's check naming its problems as areas --------------------------------------


def test_areas_of_problems_named_in_one_sentence_are_findings():
    text = (
        "某镇人大开展环境保护法执法检查\n"
        "座谈会上，代表们聚焦生活污水收集处理、屠宰场粪污整治、农药使用监管等方面问题，列出清单和整改时限\n"
        "下一步，镇人大将持续跟踪督查。\n"
    )
    assert [f.title for f in _findings(text)] == ["生活污水收集处理", "屠宰场粪污整治", "农药使用监管"]
    two = (
        "检查组对两处水厂进行了检查。\n"
        "代表们指出了饮用水覆盖面不广、面源污染较大等方面的问题。建议镇政府加强宣传。\n"
    )
    assert [f.title for f in _findings(two)] == ["饮用水覆盖面不广", "面源污染较大"]


def test_measures_on_areas_of_problems_are_no_list_of_problems():
    assert AREAS_OF_PROBLEMS.search("针对A项目、B项目等方面问题的整改措施") is None
