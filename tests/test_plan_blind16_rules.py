"""Rules the reader learnt from blind set 16 (issue 14, docs/decisions.md “Blind set 16”), each
on a short plan written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 16`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

# A plan whose problems (1. 2. 3.) and measures (1. 2. under a label alone on its line, as Word's
# automatic list numbering reads) share one numbering style, grouped under （一）…方面 sections.
_SHARED_NUMBERING = (
    "某县环境保护督察反馈意见整改方案\n"
    "一、指导思想\n"
    "坚持问题导向，确保整改到位。\n"
    "二、整改任务\n"
    "（一）大气污染防治方面\n"
    "1.县城建成区燃煤锅炉未全部淘汰。\n"
    "责任单位：县住建局\n"
    "整改时限：2019年10月底前\n"
    "整改措施：\n"
    "1.建立燃煤锅炉台账。\n"
    "2.实施清洁能源替代。\n"
    "2.建筑工地扬尘管控不到位。\n"
    "责任单位：县住建局\n"
    "配合单位：县城管局\n"
    "整改时限：立行立改\n"
    "整改措施：\n"
    "1.落实工地围挡和冲洗设施。\n"
    "2.开展扬尘专项检查。\n"
    "（二）水污染防治方面\n"
    "3.县城污水处理厂出水不能稳定达标。\n"
    "责任单位：县生态环境分局\n"
    "整改时限：2020年6月底前\n"
    "整改措施：\n"
    "1.实施提标改造。\n"
    "2.安装在线监控。\n"
    "3.每月开展监督性监测。\n"
)


def test_a_problem_right_under_a_section_heading_does_not_continue_the_measures_before_it():
    findings = parse_plan_text(_SHARED_NUMBERING).findings
    assert [(f.number, f.title) for f in findings] == [
        (1, "县城建成区燃煤锅炉未全部淘汰"),
        (2, "建筑工地扬尘管控不到位"),
        (3, "县城污水处理厂出水不能稳定达标"),
    ]
    assert [f.section for f in findings] == [
        "（一）大气污染防治方面",
        "（一）大气污染防治方面",
        "（二）水污染防治方面",
    ]
    assert [len(f.measures) for f in findings] == [2, 2, 3]
    assert findings[2].lead_units == ["县生态环境分局"]
    assert [d.date.isoformat() for d in findings[2].deadlines] == ["2020-06-30"]


def test_keyword_problems_keep_the_section_heading_they_sit_under():
    text = (
        "某市关于巡视反馈意见的整改方案\n"
        "一、整改任务\n"
        "（一）贯彻落实决策部署方面\n"
        "问题1：债务化解进度滞后。\n"
        "整改措施：①制定化解计划；②盘活存量资产。\n"
        "牵头单位：市财政局\n"
        "完成时限：2024年12月底前\n"
        "（二）全面从严治党方面\n"
        "问题2：议事规则不健全。\n"
        "整改措施：①修订议事规则。\n"
        "牵头单位：市委办\n"
        "完成时限：立行立改\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.section) for f in findings] == [
        (1, "（一）贯彻落实决策部署方面"),
        (2, "（二）全面从严治党方面"),
    ]
    assert [f.lead_units for f in findings] == [["市财政局"], ["市委办"]]


def test_a_closing_chapter_and_its_sign_off_date_are_no_part_of_the_last_problem():
    text = (
        "某区转办问题整改方案\n"
        "一、工作目标\n"
        "2024年3月底前全部整改到位。\n"
        "二、整改任务\n"
        "问题1：雨水排口晴天排污。\n"
        "责任单位：区建设局\n"
        "整改时限：2024年3月31日前\n"
        "问题2：库区周边垃圾堆放。\n"
        "责任单位：某镇人民政府\n"
        "整改时限：立行立改\n"
        "三、保障措施\n"
        "（一）加强领导。成立整改工作领导小组，于2024年2月25日前召开推进会。\n"
        "某区河长制办公室\n"
        "2024年2月20日\n"
    )
    first, second = parse_plan_text(text).findings
    assert [d.date.isoformat() for d in first.deadlines] == ["2024-03-31"]
    assert [(d.kind, d.date) for d in second.deadlines] == [("immediate", None)]
    assert second.lead_units == ["某镇人民政府"]


def test_labels_run_on_after_a_full_stop_in_one_paragraph_and_a_judged_head_is_no_label():
    text = (
        "某市督察反馈意见整改方案\n"
        "具体整改任务\n"
        "一、城区黑臭水体治理成效不明显。\n"
        "整改目标：消除黑臭。责任单位：某区人民政府。配合单位：市住建局。整改时限：2021年12月底前。\n"
        "整改措施：①截污纳管；②清淤疏浚。\n"
        "二、部分矿山生态修复进展滞后。\n"
        "整改目标：完成修复。责任单位：某县人民政府、某市人民政府。整改时限：2022年6月底前，长期坚持。\n"
        "整改措施：①逐矿制定方案。\n"
    )
    first, second = parse_plan_text(text).findings
    assert (first.title, second.title) == ("城区黑臭水体治理成效不明显", "部分矿山生态修复进展滞后")
    assert (first.lead_units, first.cooperating_units) == (["某区人民政府"], ["市住建局"])
    assert [d.date.isoformat() for d in first.deadlines] == ["2021-12-31"]
    assert second.lead_units == ["某县人民政府", "某市人民政府"]
    assert [(d.kind, d.date and d.date.isoformat()) for d in second.deadlines] == [
        ("date", "2022-06-30"),
        ("long_term", None),
    ]
    assert [len(f.measures) for f in (first, second)] == [2, 1]


def test_a_value_wrapped_onto_the_next_line_with_the_paragraphs_other_labels_after_it():
    text = (
        "问题1：城区排口晴天排污。\n"
        "整改目标：排口晴天无污水。责任单位：\n"
        "某区建设局、某镇人民政府。配合单位：某区城管局。整改时限：2024年3月31日前。\n"
        "问题2：库区垃圾堆放。\n"
        "责任单位：某镇人民政府\n"
        "整改时限：立行立改\n"
    )
    first, _ = parse_plan_text(text).findings
    assert (first.lead_units, first.cooperating_units) == (["某区建设局", "某镇人民政府"], ["某区城管局"])
    assert [d.date.isoformat() for d in first.deadlines] == ["2024-03-31"]
