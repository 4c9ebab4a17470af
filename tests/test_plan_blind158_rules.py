"""Rules the reader learnt from blind set 158 (issue 14, docs/decisions.md “Blind set 158”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 158`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _notice(problem_label: str) -> str:
    return "\n".join(
        [
            "某市交通运输局 关于中央环保督察反馈问题整改情况公示",
            "来源：市交通运输局 2018-03-01 09:00",
            "根据省整改工作领导小组有关要求，现对已完成整改的问题情况进行公示。",
            f"{problem_label}某河入湖口断面水质由Ⅲ类降为Ⅳ类；沿岸码头油污未收集处理。",
            "责任单位（市级）：市交通运输局、市港航局",
            "整改目标：完成码头油污收集设施建设，确保到2019年入湖口断面水质稳定达到Ⅲ类。",
            "完成情况：",
            "1.码头油污收集设施已建成并投入使用。",
        ]
    )


def test_province_code_between_the_problem_label_and_its_colon_numbers_the_finding():
    # “反馈问题（省编号第17号）：…”: the bracket belongs to the label, its number is the item's
    finding = parse_plan_text(_notice("反馈问题（省编号第17号）：")).findings[0]
    assert finding.number == 17
    assert finding.title == "某河入湖口断面水质由Ⅲ类降为Ⅳ类"
    assert finding.lead_units == ["市交通运输局", "市港航局"]
    assert finding.status == "completed"


def test_province_code_without_di_and_hao_reads_the_same():
    # “反馈问题（省编号17）：…”, and a code with its part, “（省编号17-2）”
    for label in ("反馈问题（省编号17）：", "反馈问题（省编号17-2）："):
        finding = parse_plan_text(_notice(label)).findings[0]
        assert finding.number == 17
        assert finding.title == "某河入湖口断面水质由Ⅲ类降为Ⅳ类"


def test_other_bracket_after_the_problem_label_is_not_a_code():
    # a bracket that is no number for the item (“（2018年）”) gives neither number nor label
    finding = parse_plan_text(_notice("反馈问题（2018年）：")).findings[0]
    assert finding.number != 2018


def _weekly_notice(items: list[str]) -> str:
    return "\n".join(
        [
            "某县创建文明城市第2周督查通报",
            "现将第2周督查情况通报如下，请各责任单位认真整改。",
            "前期暗访问题整改情况",
            "整改较好的点位",
            *items,
            "本周督查情况",
            "工作亮点",
            "1、某某小区（责任单位：某社区）：社区组织志愿者开展环境卫生清扫活动。",
        ]
    )


def test_spot_with_its_units_in_brackets_then_the_problem_after_the_colon():
    # “1、点位（责任单位：X、Y）：前期通报该点位存在A；B等问题已按时整改到位。”: the spot is where,
    # the bracket's units lead, the first problem titles the item
    text = _weekly_notice(
        [
            "1、中心菜市场（责任单位：县市场监管局、城关镇）：前期通报该点位存在地面积水；"
            "垃圾未及时清运等问题已按时整改到位。",
            "2、汽车站（责任单位：县交通局）：前期通报该片区存在候车室吸烟，座椅破损等问题已按时整改到位。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2]
    assert findings[0].title == "地面积水"
    assert findings[0].lead_units == ["县市场监管局", "城关镇"]
    assert findings[1].title == "候车室吸烟，座椅破损"
    assert findings[1].lead_units == ["县交通局"]
    assert all(f.status == "completed" for f in findings)


def test_unnumbered_spot_of_a_second_group_is_one_more_item_and_still_open():
    # “整改未落实的点位” ↵ “客运站（责任单位：X）：…等问题仍未整改到位。”: numbered on, open; the
    # praise list after “工作亮点” (1、 again) is no finding
    text = _weekly_notice(
        [
            "1、中心菜市场（责任单位：县市场监管局）：前期通报该点位存在地面积水等问题已按时整改到位。",
            "2、汽车站（责任单位：县交通局）：前期通报该点位存在候车室吸烟等问题已按时整改到位。",
            "整改未落实的点位",
            "人民公园（责任单位：县住建局）：健身器材损坏；公厕无人保洁等问题仍未整改到位。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3]
    assert findings[2].title == "健身器材损坏"
    assert findings[2].lead_units == ["县住建局"]
    assert findings[2].status != "completed"
    assert findings[1].status == "completed"


def test_not_yet_put_right_is_not_done():
    # a bare “整改到位” after 未 (“仍未整改到位”) no longer reads as done; “已整改到位” still does
    open_text = (
        "现将检查发现的问题通报如下：\n1、某路段路灯损坏，检查时仍未整改到位。\n"
        "2、某桥护栏缺失，检查时仍未整改到位。"
    )
    done_text = (
        "现将检查发现的问题通报如下：\n1、某路段路灯损坏，现已整改到位。\n2、某桥护栏缺失，现已整改到位。"
    )
    assert all(f.status != "completed" for f in parse_plan_text(open_text).findings)
    assert all(f.status == "completed" for f in parse_plan_text(done_text).findings)


def _town_notice(items: list[str], group: str = "（一）某某镇（5个）") -> str:
    return "\n".join(
        [
            "某市创建文明城市工作指挥部办公室关于文明城市建设工作督查通报（第3期）",
            "各乡（镇），市属各部门：",
            "现将9月督查情况通报如下：",
            "一、督查情况",
            "本次督查共发现问题12个，截至10月10日整改6个。",
            "二、存在问题",
            group,
            *items,
        ]
    )


def test_spot_before_its_numbered_points_is_no_part_of_the_title():
    # “3.某某花园二期：（1）A；（2）B”: the spot labels the points after it; the first point titles it
    text = _town_notice(
        [
            "1.某某路口公益广告褪色、破损。",
            "2.某某花园二期：（1）小区内车辆乱停乱放；（2）楼道内杂物堆放。",
            "3.某某小区：住户乱拉横幅、乱贴小广告。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "某某路口公益广告褪色、破损",
        "小区内车辆乱停乱放",
        "住户乱拉横幅、乱贴小广告",
    ]


def test_town_heading_with_the_count_of_its_problems_leads_them():
    # “（一）某某镇（5个）” over 1. 2.: the town must put its problems right
    items = ["1.某某路口公益广告褪色、破损。", "2.某某花园：小区内车辆乱停乱放。", "3.某某市场：地面积水。"]
    findings = parse_plan_text(_town_notice(items)).findings
    assert [f.lead_units for f in findings] == [["某某镇"], ["某某镇"], ["某某镇"]]
    # a heading that is no town's name alone (“（一）环境卫生方面（5个）”) names no lead
    other = _town_notice(
        ["1.某某路口公益广告褪色、破损。", "2.某某花园：小区内车辆乱停乱放。"],
        group="（一）环境卫生方面（5个）",
    )
    assert all(not f.lead_units for f in parse_plan_text(other).findings)
