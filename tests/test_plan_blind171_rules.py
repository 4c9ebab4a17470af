"""Rules the reader learnt from blind set 171 (issue 14, docs/decisions.md “Blind set 171”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 171`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import PlanParseError, parse_plan_text

_ROSTER = (
    "根据县里的通知要求，我镇应完成整改任务的对象共{count}户，基本情况是：一是某村甲养鸡场，该场位于某村3组。"
    "二是某村乙养牛场，该场位于某村6组。三是某县丙养猪场，该场位于某村1组。"
)
_ACCEPTED = (
    "镇里于2019年4月起，对甲养鸡场等{count}家养殖场下达限期整改，10月底由镇领导小组对整改项目进行验收，"
    "逾期不改的依法处理。"
)


def _report(count: int = 3, accepted: int = 3) -> str:
    lines = [
        "乡镇养殖污染整治工作进展情况报告",
        "县专项整治工作领导小组：",
        "现将我镇工作推进情况报告如下：",
        "一、整改对象情况",
        _ROSTER.format(count=count),
        "二、强化整改",
        _ACCEPTED.format(count=accepted),
    ]
    return "\n".join(lines)


def test_a_roster_of_objects_to_put_right_counted_points_a_sentence_each():
    # “对象共3户，基本情况是：一是A。二是B。三是C。”: each object one finding, its count cut off,
    # no unit (the report's own town writes it); the acceptance day after it, with its year in the
    # same sentence and the roster's count, is each object's limit
    findings = parse_plan_text(_report()).findings
    assert [f.title for f in findings] == [
        "某村甲养鸡场，该场位于某村3组",
        "某村乙养牛场，该场位于某村6组",
        "某县丙养猪场，该场位于某村1组",
    ]
    assert [f.lead_units for f in findings] == [[], [], []]
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2019, 10, 31)]] * 3
    assert [f.status for f in findings] == [None, None, None]


def test_a_roster_whose_count_is_not_its_points_is_no_list():
    # “共4户” over three points: the points are examples, not the roster (read otherwise or refused)
    try:
        titles = [f.title for f in parse_plan_text(_report(count=4)).findings]
    except PlanParseError:
        titles = []
    assert "某村乙养牛场，该场位于某村6组" not in titles


def test_an_acceptance_of_other_objects_gives_the_roster_no_limit():
    # “对…等5家…验收” counts five farms: not the three listed
    findings = parse_plan_text(_report(accepted=5)).findings
    assert len(findings) == 3
    assert [f.deadlines for f in findings] == [[], [], []]


_CUT_REPORT = "\n".join(
    [
        "人居环境整改工作报告",
        "为改善我镇人居环境，对上级考核组反馈的问题全面整改，现将工作情况报告如下：",
        "对照反馈的4个问题，镇里成立了工作专班，镇农业服务中心、镇城管办为牵头部门、各村为成员单位，"
        "明确了职责分工。",
        "二、加强宣传。",
        "各村利用广播、宣传栏宣传整治要求。",
        "三、",
        "整改落实情况。",
        "1.村内垃圾收集点设置不规范问题整改情况。",
        "各村对照标准，逐个对收集点",
    ]
)


def test_a_chapters_first_item_naming_the_problem_titles_a_cut_report():
    # “三、” ↵ “整改落实情况。” ↵ “1.X问题整改情况。”, the page cut after it: X问题 is the one problem,
    # not the opening paragraph; the bodies named to lead the whole rectification lead it
    findings = parse_plan_text(_CUT_REPORT).findings
    assert [f.title for f in findings] == ["村内垃圾收集点设置不规范问题"]
    assert findings[0].lead_units == ["镇农业服务中心", "镇城管办"]


def test_bodies_to_lead_are_read_only_when_each_is_a_unit():
    # “各村为牵头单位”: 各… names no body
    text = _CUT_REPORT.replace("镇农业服务中心、镇城管办为牵头部门、各村为成员单位", "各村为牵头单位")
    findings = parse_plan_text(text).findings
    assert findings[0].lead_units == []
