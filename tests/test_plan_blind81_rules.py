"""Rules the reader learnt from blind set 81 (issue 14, docs/decisions.md “Blind set 81”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 81`)."""

from __future__ import annotations

from intake.deadline_text import parse_deadline_field
from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


_HANDED_OVER = (
    "甲县现场交办问题整改情况表\n"
    "序号\t路段\t存在问题\t责任单位\t整改时限\t整改情况\n"
    "1\t东段\t围墙外堆放建筑垃圾。\t乙镇人民政府\t立即整改\t{first}\n"
    "2\t西段\t商户占道经营。\t县综合执法局\t{limit}\t{second}\n"
)


def test_a_progress_closing_on_a_bare_done_clause_is_done():
    findings = _findings(
        _HANDED_OVER.format(
            first="已清运建筑垃圾约20车，整改完毕。",
            limit="立即整改",
            second="已督促商户退店经营，整改到位。",
        )
    )
    assert [f.status for f in findings] == ["completed", "completed"]


def test_a_done_word_inside_a_target_clause_is_not_done():
    findings = _findings(
        _HANDED_OVER.format(
            first="正在清运，确保月底前整改到位。", limit="立即整改", second="已约谈商户，力争整改到位。"
        )
    )
    assert [f.status for f in findings] == [None, None]


def test_as_many_things_put_right_as_were_found_is_done():
    findings = _findings(
        "甲县现场交办问题整改情况表\n"
        "序号\t存在问题\t责任单位\t整改时限\t整改情况\n"
        "1\t路边违规设置广告牌2处。\t县综合执法局\t立即整改\t2处广告牌已拆除。\n"
        "2\t路边违规设置广告牌5处。\t乙镇人民政府\t立即整改\t2处广告牌已拆除。\n"
    )
    assert [f.status for f in findings] == ["completed", None]


def test_a_limit_of_the_same_day_is_immediate():
    assert [d.kind for d in parse_deadline_field("当天完成")] == ["immediate"]
    assert [d.kind for d in parse_deadline_field("当日整改")] == ["immediate"]
    assert parse_deadline_field("当天下午组织清理") == []


def test_a_progress_saying_the_work_goes_on_is_open_under_a_notice_of_results():
    findings = _findings(
        "甲县秸秆禁烧巡查发现问题整改情况公示表\n"
        "现将巡查发现问题及整改情况公示如下：\n"
        "序号\t乡镇\t巡查发现问题\t整改要求\t整改时限\t整改情况\n"
        "1\t甲镇\t发现露天焚烧火点1处。\t立即扑灭。\t立即整改\t已扑灭，已整改。\n"
        "2\t乙镇\t部分村组未张贴禁烧通告。\t开展禁烧宣传。\t长期坚持\t已张贴通告，宣传持续开展。\n"
    )
    assert [f.status for f in findings] == ["completed", None]


_CHECK_NOTICE = (
    "关于甲县创建工作督查情况的通报\n"
    "甲县人民政府：\n"
    "6月3日至4日，市创建办对你县迎检准备情况进行了实地督查。现将督查发现的突出问题通报如下：\n"
    "1.会议精神未传达，相关文件未及时落实。\n"
    "2.迎检方案经多次督促至今仍无系统化文本。\n"
    "3.宣传氛围不浓。一是知晓率偏低；二是公共场所无宣传标牌。\n"
    "请于6月10日前将整改方案报送市创建办。\n"
    "某市创建办公室\n"
    "2019年6月5日\n"
)


def test_a_list_announced_after_naming_the_problems_found_is_the_findings():
    findings = _findings(_CHECK_NOTICE)
    assert [f.number for f in findings] == [1, 2, 3]
    assert findings[1].title == "迎检方案经多次督促至今仍无系统化文本"
    assert findings[2].title == "宣传氛围不浓"
    assert [f.deadlines for f in findings] == [[], [], []]


def test_a_check_notice_to_one_body_gives_it_the_problems():
    findings = _findings(_CHECK_NOTICE)
    assert [f.lead_units for f in findings] == [["甲县人民政府"]] * 3
    # to every town (各…), the notice names no one addressee
    many = _findings(_CHECK_NOTICE.replace("甲县人民政府：", "各镇人民政府："))
    assert [f.lead_units for f in many] == [[], [], []]


def test_a_notice_of_requirements_is_not_a_list_of_problems_found():
    text = _CHECK_NOTICE.replace("现将督查发现的突出问题通报如下：", "现将有关问题通知如下：")
    findings = _findings(text)
    assert [f.title for f in findings if f.title.startswith("迎检方案")] == []


def test_a_yearless_limit_in_a_unit_bracket_takes_the_notices_year():
    findings = _findings(
        "某区秸秆禁烧监察发现问题的通报\n"
        "各镇人民政府：\n"
        "监察发现部分村存在以下问题，现通报如下：\n"
        "1.甲镇某村秸秆堆放在路边，未及时清运。（责任单位：甲镇人民政府，整改时限：9月25日前）\n"
        "2.乙镇某村沟渠内有秸秆堆积。（责任单位：乙镇人民政府，配合单位：区农委，整改时限：9月28日前）\n"
        "某区秸秆禁烧工作领导小组办公室\n"
        "2017年9月23日\n"
    )
    assert [[d.date.isoformat() for d in f.deadlines] for f in findings] == [["2017-09-25"], ["2017-09-28"]]
    assert findings[1].cooperating_units == ["区农委"]
