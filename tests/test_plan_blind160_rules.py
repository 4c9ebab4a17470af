"""Judgements blind set 160 rests on (issue 14, docs/decisions.md “Blind set 160”), each on a short
input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 160`). The set's two closure reports were read by the
rules already there once two expectations were put right by the corpus's own rules; these guards keep
those readings: a district government signing its report back leads its one case, a day the work was
done by (“已于4月25日前完成”) is no limit, and a problem sentence the page gives twice titles once. One
rule came of it: a lead or a limit read after a finding's own check drops the warning that none was
read (`plan_parser._drop_stale_warnings`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _petition_report(problem: str, measures: list[str], foot: list[str]) -> str:
    # a district portal's 信访交办件 整改报告: index lines, the title again, three headed parts, the
    # closing line, then (or not) the signature and its date
    return "\n".join(
        [
            "某区住房和城乡建设局",
            "标题: 某区关于省生态环境保护督察信访交办件(受理编号0400001)整改报告",
            "索引号: 11370300000000000Q/2022-None 文号:",
            "发文日期: 2022-12-08 发布机构: 某区住房和城乡建设局",
            "",
            "某区关于省生态环境保护督察信访交办件(受理编号0400001)整改报告",
            "",
            "发布日期:2022-12-08",
            "",
            "省生态环境保护督察信访交办件(受理编号0400001)整改工作已完成。现将有关情况汇报如下：",
            "",
            "一、群众反映的问题",
            "",
            problem,
            "",
            "二、整改措施",
            "",
            *measures,
            "",
            "三、整改成效",
            "",
            "该问题已整改完成，达到销号标准。",
            "",
            *foot,
        ]
    )


_MEASURES = [
    "1、工地外架挂设密目式防护网，防止施工时颗粒物外飘。",
    "2、在工地大门外设置警示标志，提醒过往车辆绕行。",
]


def test_a_district_government_signing_its_report_back_leads_the_case():
    text = _petition_report(
        "某区某路某小区工地外墙施工不加防护，涂料落到居民车辆上，要求处理。",
        _MEASURES,
        ["某区人民政府", "2022年12月7日"],
    )
    plan = parse_plan_text(text)
    finding = plan.findings[0]
    assert finding.lead_units == ["某区人民政府"]
    assert finding.status == "completed"
    assert len(finding.measures) == 2
    # the lead read from the foot after the finding's own check leaves no warning that none was
    # read (the rule of this set: `plan_parser._drop_stale_warnings`); the missing limit still warns
    assert not any("未识别出牵头" in warning for warning in finding.warnings + plan.warnings)
    assert any("未写明整改时限" in warning for warning in plan.warnings)


def test_an_unsigned_report_names_no_lead_and_a_day_the_work_was_done_by_is_no_limit():
    text = _petition_report(
        "某区某街道某社区拆迁后地块裸露未覆盖，扬尘严重，要求覆盖。",
        [
            "1.建设单位对拆迁地块裸土按要求覆盖，已于4月25日前完成；同时加快安置进度。",
            "2.加强工程项目裸土管理，落实扬尘防治措施。",
        ],
        [],
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.lead_units == []
    assert finding.deadlines == []
    assert finding.status == "completed"


def test_a_problem_sentence_given_twice_titles_once():
    sentence = "某区某街道某社区拆迁后地块裸露未覆盖，扬尘严重，要求覆盖。"
    text = _petition_report(sentence + sentence, _MEASURES, [])
    finding = parse_plan_text(text).findings[0]
    assert finding.title == sentence.rstrip("。")
