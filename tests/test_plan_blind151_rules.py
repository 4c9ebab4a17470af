"""Rules the reader learnt from blind set 151 (issue 14, docs/decisions.md “Blind set 151”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 151`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import LIST_ITEM_LEAD


def _findings(text: str):
    return parse_plan_text(text).findings


def _limits(finding) -> list:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


# --- a progress page's ① ② items under group headings ---------------------------------------------


def test_circled_items_each_with_progress_labels_are_the_findings():
    findings = _findings(
        "现将巡察整改进展情况予以公布。\n"
        "（一）落实上级决策部署有差距。\n"
        "1.履行职能职责有差距。\n"
        "①会议学习制度落实不到位。\n"
        "整改情况：一是会前收集学习材料，列入学习2次；二是制定年度学习计划。\n"
        "完成情况：已完成整改并长期坚持。\n"
        "②信访件转办工作不力。\n"
        "整改情况：召开协调会2次，明确承办单位，群众反映的问题已得到解决；\n"
    )
    assert [(f.number, f.title) for f in findings] == [
        (1, "会议学习制度落实不到位"),
        (2, "信访件转办工作不力"),
    ]
    assert findings[0].status == "completed"
    assert findings[1].status != "completed"
    assert [len(f.measures) for f in findings] == [0, 0]


def test_circled_items_without_labels_each_are_no_findings():
    # guard: ① ② of one problem's measures (no labels under each) make no list of findings
    findings = _findings(
        "1.河道垃圾清理不及时。\n"
        "整改措施：①每周巡河一次；②发现垃圾当日清理。\n"
        "责任单位：镇政府\n"
        "整改时限：2024年6月底前\n"
    )
    assert len(findings) == 1
    assert findings[0].title == "河道垃圾清理不及时"


# --- a form's problem cell naming its list item, and a unit cell with two labels -----------------


def test_a_task_lists_item_before_the_problem_is_no_part_of_its_title():
    assert (
        LIST_ITEM_LEAD.sub("", "自治区整改任务清单第十二项：交通部门责任落实不到位")
        == "交通部门责任落实不到位"
    )
    assert LIST_ITEM_LEAD.sub("", "（自治区整改任务清单第三十二项）工程项目违规建设") == "工程项目违规建设"
    # a problem that only mentions a list stays whole
    assert LIST_ITEM_LEAD.sub("", "问题清单管理不规范") == "问题清单管理不规范"


FORM = (
    "督察反馈意见（7-02）整改措施完成情况公示表\n"
    "反馈问题 | 省整改任务清单第七项：林业部门监管责任落实不到位。部分项目毁林问题突出。 |\n"
    "整改目标 | 压实林业部门监管责任。 |\n"
    "整改措施 | 建立毁林问题整改台账，逐一明确整改措施和时序安排。（立行立改，2024 年 6 月 30 日前完成） |\n"
    "牵头部门 （责任单位） | 牵头单位：省林业和草原局 "
    "责任单位：省林业和草原局，各地（市）委 、行署（政府） |\n"
    "责任人 | 省林业和草原局副局长 |\n"
)


def test_a_form_cell_with_a_lead_and_the_bodies_responsible():
    (finding,) = _findings(FORM)
    assert finding.number == 7
    assert finding.title == "林业部门监管责任落实不到位"
    assert finding.lead_units == ["省林业和草原局"]
    # every prefecture's committee and office, one collective name; the lead not named twice
    assert finding.cooperating_units == ["各地（市）委、行署（政府）"]


def test_a_measures_closing_note_gives_how_soon_and_the_day():
    (finding,) = _findings(FORM)
    assert _limits(finding) == ["immediate", "2024-06-30"]
    assert finding.deadlines[1].date == datetime.date(2024, 6, 30)


def test_a_dated_bracket_alone_still_gives_its_day():
    # guard: a closing bracket with only a day reads as before, the latest dated “…前”
    (finding,) = _findings(
        "1.集镇污水直排。\n整改措施：建设污水管网。（2024年12月31日前完成）\n责任单位：县住建局\n"
    )
    assert _limits(finding) == ["2024-12-31"]


# --- the fourth document: a form's code with a case number, its 责任单位 row before 牵头部门 --------


LINES_FORM = (
    "督察反馈意见（9-1203）整改措施完成情况公示表\n"
    "反馈问题\n"
    "5月8日举报的某公路取土场未恢复植被的问题，整改不到位。\n"
    "核查情况\n"
    "已按照要求整改完成\n"
    "责任单位\n"
    "某公路建设项目管理中心\n"
    "牵头部门\n"
    "某厅建设管理处\n"
    "整改主要工作\n"
    "及成效\n"
    "已回填取土场并撒播草籽\n"
)


def test_a_forms_code_with_a_case_number_gives_the_problems_number():
    (finding,) = _findings(LINES_FORM)
    assert finding.number == 9


def test_a_lead_office_named_after_the_unit_responsible_leads():
    (finding,) = _findings(LINES_FORM)
    assert finding.lead_units == ["某厅建设管理处"]
    assert finding.cooperating_units == ["某公路建设项目管理中心"]
    assert finding.status == "completed"


def test_a_lead_unit_named_first_keeps_the_unit_responsible_cooperating():
    # guard: the other order reads as before
    (finding,) = _findings(
        "1.某河道垃圾堆放。\n牵头单位：县水利局\n责任单位：某镇人民政府\n整改时限：2024年6月底前\n"
    )
    assert finding.lead_units == ["县水利局"]
    assert finding.cooperating_units == ["某镇人民政府"]
