"""Rules the reader learnt from blind set 109 (issue 14, docs/decisions.md “Blind set 109”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 109`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _read(text: str):
    return parse_plan_text(text).findings


def _paragraphs(closing: str = "") -> str:
    return (
        "某县关于督察组交办举报件办理情况的公示\n\n"
        "现将2件举报件的办理情况公示如下：\n\n"
        "1.第2批第7号（编号：YN1AB001）：群众反映甲镇一采石场粉尘大。经调查，反映情况属实。"
        "处理情况：已责令停产整改。责任单位：甲镇人民政府；配合单位：县生态环境局。办理结果：已办结。\n\n"
        "2.第4批第12号（编号：YN1AB002）：群众反映乙乡集镇垃圾无人清运。经调查，反映情况属实。"
        "处理情况：正在清运积存垃圾。责任单位：乙乡人民政府。办理结果：正在整改。\n"
        f"{closing}"
    )


def test_a_case_paragraph_closing_on_its_result_label_ends_its_units_there():
    findings = _read(_paragraphs())
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["乙乡人民政府"]]
    assert findings[0].cooperating_units == ["县生态环境局"]
    assert findings[0].status == "completed" and findings[1].status != "completed"


def test_a_closing_paragraph_after_the_last_case_is_no_unit_of_it():
    findings = _read(_paragraphs("\n其余1件正在办理中，办理结果将及时公示。\n"))
    assert findings[-1].lead_units == ["乙乡人民政府"]


def test_a_case_reference_before_the_complaint_is_no_part_of_the_title():
    findings = _read(_paragraphs())
    assert [f.title for f in findings] == ["群众反映甲镇一采石场粉尘大", "群众反映乙乡集镇垃圾无人清运"]


def _post(heading: str = "案件一：") -> str:
    return (
        "边督边改丨某县转办件办理情况公开\n某县发布 2019-10-24\n\n"
        "现将办理情况公开如下：\n\n"
        f"{heading}甲镇砂石料场粉尘污染问题\n"
        "▶举报内容：甲镇一砂石料场破碎作业粉尘大，影响村民。\n"
        "▶整改措施：1.责令停产整改；2.车间全封闭。\n"
        "▶责任单位：甲镇人民政府\n"
        "▶办理情况：已办结\n\n"
        "案件二：乙镇河道采砂问题\n"
        "▶举报内容：乙镇有人在河道内非法采砂。\n"
        "▶整改措施：回填采砂坑。\n"
        "▶责任单位：县水务局\n"
        "▶办理情况：正在整改\n"
    )


def test_a_case_heading_over_the_complaint_titles_and_numbers_the_case():
    findings = _read(_post())
    assert [(f.number, f.title) for f in findings] == [
        (1, "甲镇砂石料场粉尘污染问题"),
        (2, "乙镇河道采砂问题"),
    ]
    assert [len(f.measures) for f in findings] == [2, 1]
    # the next case's heading is not read into the last field of the case before it
    assert findings[0].status == "completed" and findings[1].status != "completed"


def test_a_line_without_the_case_word_leaves_the_complaint_as_title():
    findings = _read(_post(heading="").replace("案件二：", ""))
    assert findings[0].title == "甲镇一砂石料场破碎作业粉尘大，影响村民"
