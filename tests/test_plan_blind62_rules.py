"""Rules the reader learnt from blind set 62 (issue 14, docs/decisions.md “Blind set 62”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 62`)."""

from __future__ import annotations

from datetime import date

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_problems_and_requirements_in_two_sections_pair_by_rank():
    text = (
        "某县大气办\n"
        "整 改 通 知 书\n"
        "甲镇人民政府：\n"
        "县督查组对你镇进行了督查，发现以下问题，现通知你镇限期整改。\n"
        "一、存在的问题\n"
        "1.一建筑工地裸露土方未覆盖。\n"
        "2.渣土车辆未密闭，沿路抛洒。\n"
        "3.露天焚烧秸秆现象仍有发生。\n"
        "二、整改要求\n"
        "（一）对工地扬尘问题，督促施工单位落实覆盖措施，2018年6月30日前整改到位。\n"
        "（二）对渣土运输问题，会同县城管执法局开展联合执法，立即整改。\n"
        "（三）对露天焚烧问题，落实网格化巡查，长期坚持。\n"
        "请你镇于2018年7月5日前将整改情况书面报县大气办。\n"
        "某县大气办\n"
        "2018年6月22日\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == [
        "一建筑工地裸露土方未覆盖",
        "渣土车辆未密闭，沿路抛洒",
        "露天焚烧秸秆现象仍有发生",
    ]
    # the addressee does the work; the body it works with (会同…) cooperates
    assert all(f.lead_units == ["甲镇人民政府"] for f in findings)
    assert [f.cooperating_units for f in findings] == [[], ["县城管执法局"], []]
    # each requirement's limit, a closing rolling phrase included; the report date is no one's
    assert [[d.date or d.kind for d in f.deadlines] for f in findings] == [
        [date(2018, 6, 30)],
        ["immediate"],
        ["long_term"],
    ]
    assert [len(f.measures) for f in findings] == [0, 0, 0]


def test_sections_of_unequal_length_stay_one_record():
    text = (
        "整改通知书\n"
        "甲镇人民政府：\n"
        "一、存在的问题\n"
        "1.工地裸露土方未覆盖。\n"
        "2.渣土车辆未密闭。\n"
        "二、整改要求\n"
        "（一）落实覆盖措施，2018年6月30日前整改到位。\n"
    )
    assert len(_findings(text)) == 1


def test_the_body_named_in_an_interviews_minutes_does_the_work():
    text = (
        "某市环委办\n"
        "约 谈 纪 要\n"
        "约谈时间：2018年6月8日\n"
        "约谈对象：乙市人民政府\n"
        "现将约谈指出的问题及整改要求纪要如下：\n"
        "一、约谈指出的问题及整改要求\n"
        "（一）工业集聚区污水处理厂基本无处理效果。\n"
        "整改要求：1.完成提标改造；2.截断厂外排放口。\n"
        "完成时限：2018年9月30日前\n"
        "（二）部分企业废水直排河道。\n"
        "整改要求：依法查处直排企业。\n"
        "完成时限：立即整改\n"
    )
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [["乙市人民政府"], ["乙市人民政府"]]
    assert not any("牵头" in w for f in findings for w in f.warnings)


def test_a_listed_supervision_column_of_counties_names_the_units():
    findings = parse_plan_text(
        read_csv(
            "序号,督办县区,存在问题,督办要求,完成时限\n"
            "1,丙区,建成区燃煤锅炉未按期拆改,完成拆除,2016年3月31日前\n"
            "2,丁县,污水管网未建成,加快管网建设,2016年6月30日前\n",
            "挂牌督办一览表.csv",
        )
    ).findings
    assert [f.lead_units for f in findings] == [["丙区"], ["丁县"]]


def test_the_letters_date_under_its_table_is_no_row():
    text = (
        "关于对两个问题进行挂牌督办的通知\n"
        "| 序号 | 挂牌督办问题 | 整改责任单位 | 督办时限 |\n"
        "| 1 | 工业集中区污水处理设施建设滞后 | 甲县人民政府 | 2020年6月30日前 |\n"
        "| 2 | 重金属污染治理项目滞后 | 乙市人民政府 | 2020年12月31日前 |\n"
        "| 某省整改办 |  |  |  |\n"
        "| 2019年11月 | 19日 |  |  |\n"
    )
    # the signature's date, split over two cells by an unruled print, is not a third problem
    assert [f.title for f in _findings(text)] == ["工业集中区污水处理设施建设滞后", "重金属污染治理项目滞后"]
