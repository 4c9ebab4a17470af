"""Rules the reader learnt from blind set 118 (issue 14, docs/decisions.md “Blind set 118”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 118`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text
from intake.words import EFFECT_TAIL, INLINE_PROBLEMS_CUE, NEWS_ITEM_OPENING, UNANNOUNCED_VISIT


def _read(text: str):
    return parse_plan_text(text).findings


def _visit_news(found: str) -> str:
    return (
        "乡村环境卫生暗访\n"
        "县融媒体 • 要闻\n"
        "3月2日，县农业农村局对部分乡镇环境卫生进行明查暗访。\n"
        + found
        + "\n下一步，我县将定期开展暗访并排名通报。\n"
    )


def test_places_after_a_found_sentence_and_其中_are_one_finding_each():
    findings = _read(
        _visit_news(
            "暗访人员先后来到甲、乙等地，发现一些村环境较差，垃圾成堆。其中，东山镇政府门口堆放垃圾；"
            "东山镇东风村水塘漂着垃圾袋；西河镇中学路边有陈年垃圾，严重影响村容村貌。相比之下，丙乡环境较好。"
        )
    )
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "东山镇政府门口堆放垃圾", ["东山镇"]),
        (2, "东山镇东风村水塘漂着垃圾袋", ["东山镇东风村"]),
        (3, "西河镇中学路边有陈年垃圾", ["西河镇"]),
    ]
    assert not any(f.deadlines or f.measures for f in findings)


def test_the_cue_needs_what_was_found_before_其中():
    assert INLINE_PROBLEMS_CUE.search("发现不少村环境脏乱差。其中，甲镇…")
    # “其中” counting a total is no list of problems found
    assert not INLINE_PROBLEMS_CUE.search("全县共有13个乡镇。其中，甲镇…")
    assert EFFECT_TAIL.sub("", "西河镇中学路边有陈年垃圾，严重影响村容村貌") == "西河镇中学路边有陈年垃圾"
    assert EFFECT_TAIL.sub("", "西河镇中学路边有陈年垃圾") == "西河镇中学路边有陈年垃圾"


def test_an_unannounced_visit_speaks_of_problems_to_put_right():
    assert UNANNOUNCED_VISIT.search("对部分乡镇进行明查暗访")
    # without a visit, 整改, 督查 or a list, a news item is still refused
    with pytest.raises(PlanParseError):
        parse_plan_text(
            "甲镇召开环境卫生工作会议。\n会议要求各村提高认识，加强管理，存在问题的要抓紧处理。\n"
        )


def test_headlines_over_dateline_items_are_one_finding_each():
    findings = _read(
        "甲镇路口水沟垃圾堵塞\n"
        "本报讯（记者张某）4月7日，市乡村办督查组到甲县督查清洁乡村工作，发现路口水沟被垃圾堵塞，垃圾未及时清理。\n"
        "东风村\n"
        "河里有垃圾和死鸡\n"
        "本报讯（记者李某）4月8日，市乡村办督查组在乙县发现东风村河道漂着死鸡。\n"
    )
    assert [(f.number, f.title) for f in findings] == [
        (1, "甲镇路口水沟垃圾堵塞"),
        (2, "东风村河里有垃圾和死鸡"),
    ]
    assert not any(f.lead_units or f.deadlines for f in findings)


def test_subheadings_over_place_lines_are_one_finding_each_and_the_title_lines_are_none():
    findings = _read(
        "垃圾池许久没人清运\n"
        "小鸡到处窜影响村容\n"
        "■本报记者王某文/图\n"
        "记者来到某县部分村屯暗访，发现村容村貌有改善，但仍有卫生陋习。\n"
        "鸡群散养粪便散布村道\n"
        "地点：甲镇东风村\n"
        "村道上散布着鸡粪，影响村容。\n"
        "垃圾池许久没人清运\n"
        "地点：乙镇红星村\n"
        "垃圾池里的垃圾未及时清运，已堆了两个月。\n"
    )
    assert [(f.number, f.title) for f in findings] == [(1, "鸡群散养粪便散布村道"), (2, "垃圾池许久没人清运")]
    assert NEWS_ITEM_OPENING.match("地点：甲镇东风村")
    assert not NEWS_ITEM_OPENING.match("■本报记者王某文/图")


def test_a_category_heading_over_one_circled_item_is_titled_by_the_item():
    findings = _read(
        "某乡整改实施方案\n"
        "一、整改内容\n"
        "（1）脱贫人口指标集中安排给拟退出村。（牵头单位：扶贫办；责任单位：各村支部）\n"
        "整改措施：科学确定脱贫人口指标。\n"
        "（2）住房安全方面。\n"
        "①有的易地扶贫搬迁建房面积超标。（牵头单位：扶贫办、村建所；责任单位：各村支部）\n"
        "整改措施：一是加强政策宣传。二是严格识别搬迁对象。\n"
    )
    assert [f.title for f in findings] == ["脱贫人口指标集中安排给拟退出村", "有的易地扶贫搬迁建房面积超标"]
    assert findings[1].lead_units == ["扶贫办", "村建所"]
    assert findings[1].cooperating_units == ["各村支部"]


def test_a_units_bracket_broken_before_its_second_label_is_one_bracket():
    findings = _read(
        "某乡整改实施方案\n"
        "一、整改内容\n"
        "（1）脱贫人口指标集中安排给拟退出村。（牵头单位：扶贫办；责任单位：各村支部）\n"
        "整改措施：科学确定脱贫人口指标。\n"
        "（2）有的易地扶贫搬迁建房面积超标。（牵头单位：扶贫办、村建所；\n"
        "责任单位：各村支部）\n"
        "整改措施：一是加强政策宣传。二是严格识别搬迁对象。\n"
    )
    assert findings[1].title == "有的易地扶贫搬迁建房面积超标"
    assert findings[1].lead_units == ["扶贫办", "村建所"]
    assert findings[1].cooperating_units == ["各村支部"]
