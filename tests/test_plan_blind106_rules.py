"""Rules the reader learnt from blind set 106 (issue 14, docs/decisions.md “Blind set 106”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 106`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text
from intake.words import CLAUSE_PLACE, INLINE_PROBLEMS_CUE, LEAD_REQUESTED


def _findings(text: str):
    return parse_plan_text(text).findings


def _dates(finding) -> list[datetime.date | None]:
    return [d.date for d in finding.deadlines]


# --- a 交办 letter whose items name their unit and day inside the sentence --------------------

_LETTER = (
    "某县人民政府督查室\n"
    "关于环境整治督查发现问题的交办通知\n"
    "东河镇人民政府、西山乡人民政府，县交通运输局：\n"
    "3月5日，县督查组对东河镇、西山乡环境整治情况进行了督查。现将发现的问题交办如下：\n"
    "1.东河镇集镇主街排水沟内淤泥垃圾未清理，由东河镇人民政府于3月15日前清理完毕。\n"
    "2.西山乡部分村屯粪堆沿路堆放，请西山乡人民政府3月20日前清运到位。\n"
    "3.西山乡部分农户柴草垛紧靠住房堆放，由西山乡人民政府会同县应急管理局立即整改。\n"
    "请各责任单位将整改情况于3月31日前报县政府督查室。\n"
    "某县人民政府督查室\n"
    "2023年3月6日\n"
)


def test_the_problem_ends_where_the_sentence_hands_it_to_a_unit():
    findings = _findings(_LETTER)
    assert [f.title for f in findings] == [
        "东河镇集镇主街排水沟内淤泥垃圾未清理",
        "西山乡部分村屯粪堆沿路堆放",
        "西山乡部分农户柴草垛紧靠住房堆放",
    ]


def test_the_unit_after_by_or_asked_leads_and_the_one_it_works_with_cooperates():
    findings = _findings(_LETTER)
    assert [f.lead_units for f in findings] == [["东河镇人民政府"], ["西山乡人民政府"], ["西山乡人民政府"]]
    assert [f.cooperating_units for f in findings] == [[], [], ["县应急管理局"]]


def test_the_day_right_after_the_unit_and_an_order_to_act_at_once_are_limits():
    findings = _findings(_LETTER)
    assert _dates(findings[0]) == [datetime.date(2023, 3, 15)]
    assert _dates(findings[1]) == [datetime.date(2023, 3, 20)]
    assert [d.kind for d in findings[2].deadlines] == ["immediate"]


def test_the_wording_of_an_item_handed_to_a_unit():
    assert LEAD_REQUESTED.search("…未清理，由东河镇人民政府于3月15日前清理完毕").group(1) == "东河镇人民政府"
    assert LEAD_REQUESTED.search("…堆放，请西山乡人民政府3月20日前清运到位").group(1) == "西山乡人民政府"
    # a report by a unit is no unit handed the problem
    assert not LEAD_REQUESTED.search("整改情况由各乡镇汇总后上报")


# --- a 通报 whose problems sit inside one paragraph --------------------------------------------

_BULLETIN = (
    "督查通报\n"
    "6月3日，县人居办督导组对东关、南岗、北塘3个乡镇进行了暗访。其中，东关乡李家村环境整治成效明显，"
    "街巷整洁，但村口垃圾池周边卫生需进一步清理；南岗镇组织人员集中清理了河道垃圾。但也存在乱堆乱放、"
    "清理不到位等问题，如南岗镇集镇东侧废品收购点杂物乱堆，河沟内漂浮垃圾未打捞；北塘镇王庄村村内"
    "柴草乱堆乱放，村民房前屋后垃圾未清理。\n"
)


def test_the_clauses_after_such_as_are_problems_led_by_the_place_opening_them():
    findings = _findings(_BULLETIN)
    assert [f.title for f in findings] == [
        "村口垃圾池周边卫生需进一步清理",
        "南岗镇集镇东侧废品收购点杂物乱堆，河沟内漂浮垃圾未打捞",
        "北塘镇王庄村村内柴草乱堆乱放，村民房前屋后垃圾未清理",
    ]
    assert [f.lead_units for f in findings] == [["东关乡李家村"], ["南岗镇"], ["北塘镇王庄村"]]
    assert all(f.status != "completed" for f in findings)


_RESULTS = (
    "创建工作简讯\n"
    "7月2日，县创卫办对前期交办问题的整改情况进行了督查。督查结果：1、背街小巷方面。城关镇东街社区"
    "农贸市场后巷垃圾已清走；幸福巷乱堆乱放已清理，但仍有小广告；文化路两侧绿化带种菜未整改。城关镇"
    "西街社区粮站家属院杂物已清理；邮政宿舍楼道堆物清理不彻底。\n"
)


def test_the_results_of_points_handed_down_are_one_finding_each_done_only_when_nothing_is_left():
    findings = _findings(_RESULTS)
    assert [f.title for f in findings] == [
        "城关镇东街社区农贸市场后巷垃圾已清走",
        "幸福巷乱堆乱放已清理，但仍有小广告",
        "文化路两侧绿化带种菜未整改",
        "城关镇西街社区粮站家属院杂物已清理",
        "邮政宿舍楼道堆物清理不彻底",
    ]
    assert [f.lead_units for f in findings] == [["城关镇东街社区"]] * 3 + [["城关镇西街社区"]] * 2
    assert [f.status == "completed" for f in findings] == [True, False, False, True, False]


def test_the_wording_of_the_cue_and_of_a_place_opening_a_clause():
    assert INLINE_PROBLEMS_CUE.search("但也存在卫生死角、占道经营等问题，如陈集镇…")
    assert INLINE_PROBLEMS_CUE.search("督查结果：1、无物业小区治理方面。")
    assert not INLINE_PROBLEMS_CUE.search("针对上述问题，要求各乡镇立即整改")
    assert not CLAUSE_PLACE.match("请各乡镇立即整改")
    assert CLAUSE_PLACE.match("刘河镇高芒路沿线村庄杂物未清理").group("place") == "刘河镇"
    assert CLAUSE_PLACE.match("城厢乡张大庄村环境整治初见成效").group("place") == "城厢乡张大庄村"


def test_a_paragraph_with_one_clause_after_the_cue_is_not_read_this_way():
    text = (
        "督查通报\n"
        "5月8日，县人居办对各乡镇进行了检查。总体较好，但也存在清理不到位等问题，如东河镇集镇垃圾"
        "清运不及时。请各乡镇立即整改。\n"
    )
    findings = _findings(text)
    assert len(findings) == 1
    assert findings[0].title != "东河镇集镇垃圾清运不及时" or findings[0].lead_units != ["东河镇"]


def test_the_paragraph_broken_after_the_cue_goes_on_with_the_lines_opening_on_a_place():
    # printed to PDF and read back, the line ends after “…方面。” and the clauses follow on the next
    text = _RESULTS.replace("背街小巷方面。", "背街小巷方面。\n")
    findings = _findings(text)
    assert len(findings) == 5
    assert [f.lead_units for f in findings] == [["城关镇东街社区"]] * 3 + [["城关镇西街社区"]] * 2
