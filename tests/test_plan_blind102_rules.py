"""Rules the reader learnt from blind set 102 (issue 14, docs/decisions.md “Blind set 102”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 102`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text


def _sectioned_notice(problems: str) -> str:
    return "\n".join(
        [
            "某区城乡环境整治督查通报（3月份）",
            "各乡镇党委、各街道党工委：",
            "3月份城乡环境整治督查暗访考评工作已经结束，现将考评结果通报如下：",
            "一、考评对象",
            "6个乡（镇、街道）",
            "二、考评结果",
            "考评分数和排名见附件，各乡镇存在的问题及扣分情况已分别反馈。",
            "三、存在的突出问题",
            problems,
            "四、下步工作要求",
            "（一）各乡（镇、街道）要高度重视，推进工作常态化。",
            "（二）各乡（镇、街道）要针对存在的问题及时整改。",
            "某区城乡环境整治办公室",
            "2024年4月2日",
        ]
    )


def test_problems_counted_in_words_under_a_problems_heading_are_the_findings():
    text = _sectioned_notice("一是部分集镇垃圾清运不及时；二是沿河村庄漂浮物较多；三是公路沿线暴露垃圾较多。")
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "部分集镇垃圾清运不及时",
        "沿河村庄漂浮物较多",
        "公路沿线暴露垃圾较多",
    ]
    assert [f.lead_units for f in findings] == [[], [], []]
    assert all(not f.deadlines and not f.measures for f in findings)


def test_a_paragraph_not_counted_in_words_keeps_the_sections_reading():
    # one problem a sentence under the heading, no 一是: the rule is not for it
    text = _sectioned_notice("部分集镇垃圾清运不及时，沿河村庄漂浮物较多。")
    titles = [f.title for f in parse_plan_text(text).findings]
    assert "部分集镇垃圾清运不及时" not in titles


def _rating_notice(paragraph: str) -> str:
    return "\n".join(
        [
            "某乡10月份环境卫生考评通报",
            "10月份，乡爱卫办对8个村的环境卫生进行了检查考评，现将结果通报如下：",
            "一、各村排名",
            "东村 | 91 | 1",
            "西村 | 88 | 2",
            "二、基本情况",
            paragraph,
            "三、相关奖惩",
            "对排名第一的东村奖励500元。",
            "某乡人民政府",
            "2024年11月5日",
        ]
    )


def test_problems_announced_in_a_paragraph_after_its_praise():
    text = _rating_notice(
        "好的方面，一是各村比较重视，清扫较为及时。二是大部分村保洁质量较高。但也存在以下几个方面的问题："
        "一是个别村垃圾桶破损未更换；二是部分村房前屋后杂物乱堆。请各村对照整改。"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["个别村垃圾桶破损未更换", "部分村房前屋后杂物乱堆"]


def test_a_results_notice_naming_its_check_earlier_in_the_sentence_is_read():
    # “…进行了检查考评，现将结果通报如下：”: before, no word of rectification, refused
    text = _rating_notice("存在的问题：一是个别村垃圾桶破损未更换；二是部分村房前屋后杂物乱堆。")
    assert len(parse_plan_text(text).findings) == 2


def test_praise_counted_in_words_alone_is_no_problem():
    text = _rating_notice("好的方面，一是各村比较重视，清扫较为及时；二是大部分村保洁质量较高。")
    with pytest.raises(PlanParseError):
        parse_plan_text(text)


def _exposure_post(second: str) -> str:
    return "\n".join(
        [
            "城管曝光台 | 市城管办回访发现：某街道某村脏乱现象反弹",
            "1.jpg",
            "城管曝光台",
            "《城管曝光台》曾曝光某村环境卫生脏乱，经整治有了变化，但近日回访又发现新的问题。",
            "2.jpg",
            "微信图片_20240913121149.jpg",
            "村委会旁的排水沟里堆满生活垃圾，散发臭味。沟边空地又堆起了建筑垃圾。",
            "3.jpg",
            second,
            "来源：某某直播  城管曝光台12期",
        ]
    )


def test_each_paragraph_under_the_photos_of_an_exposure_post_is_a_problem():
    post = _exposure_post("有人在路边用彩钢瓦搭起棚子堆放废品，占用了人行道。多处宣传栏破损未修。")
    findings = parse_plan_text(post).findings
    assert [f.title for f in findings] == [
        "村委会旁的排水沟里堆满生活垃圾，散发臭味",
        "有人在路边用彩钢瓦搭起棚子堆放废品，占用了人行道",
    ]
    assert all(f.status is None and not f.deadlines for f in findings)


def test_a_caption_under_a_photo_is_no_problem():
    # a short caption (“图为整改前”) under the last photo: one paragraph left, the rule wants two
    titles = [f.title for f in parse_plan_text(_exposure_post("图为整改前")).findings]
    assert "图为整改前" not in titles


def _red_black_post(black: list[str]) -> str:
    return "\n".join(
        [
            "某区第5期“红黑榜”发布",
            "6月3日，区城管局、区农业农村局组成专班开展随机督查，每个镇街抽查1个村组，"
            "较好的列入“红榜”通报表扬，较差的列入“黑榜”通报批评。",
            "红榜",
            "东镇东村三组",
            "西街办西村李家湾",
            "黑 榜",
            *black,
            "某某精选",
        ]
    )


def test_each_black_list_entry_under_a_bare_heading_is_a_problem():
    entries = ["南镇南村王家湾", "村口大量建筑垃圾未清运", "北街办北村张家湾", "沟渠内漂浮物较多"]
    post = _red_black_post(entries)
    findings = parse_plan_text(post).findings
    assert [f.title for f in findings] == ["村口大量建筑垃圾未清运", "沟渠内漂浮物较多"]
    # the place names where, not who must act (as set 93's 黑榜 villages)
    assert [f.lead_units for f in findings] == [[], []]


def test_the_red_list_names_are_no_problems():
    post = _red_black_post(["南镇南村王家湾", "村口大量建筑垃圾未清运"])
    titles = [f.title for f in parse_plan_text(post).findings]
    assert titles == ["村口大量建筑垃圾未清运"]
    assert "西街办西村李家湾" not in titles


def test_the_announcing_phrase_may_end_its_line():
    # a printed paragraph cut at the colon: the counted items on the next line
    text = _rating_notice(
        "好的方面，一是各村比较重视。二是大部分村保洁质量较高。但也存在以下几个方面的问题：\n"
        "一是个别村垃圾桶破损未更换；二是部分村房前屋后杂物乱堆。"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["个别村垃圾桶破损未更换", "部分村房前屋后杂物乱堆"]
