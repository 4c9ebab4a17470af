"""Rules the reader learnt from blind set 79 (issue 14, docs/decisions.md “Blind set 79”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 79`)."""

from __future__ import annotations

from intake.plan_parser import _run_on_items, parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


_RUN_ON = (
    "甲市督查室关于开展专项督查的通知\n"
    "各乡镇、市直有关部门: 为推进重点工作，现将有关事宜通知如下: 一、重点督办事项 "
    "1.完善垃圾收运体系。(责任单位:城管局、各乡镇) 2.整治乱搭乱建和乱倒垃圾。(责任单位:住建局) "
    "3.推进村路巷道改造。(责任单位:交通局、各乡镇) 二、几点要求 1.各单位要主动认领，"
    "于7月17日前将落实情况报市督查室。 2.报告要简洁明了。\n"
    "甲市督查室\n"
)


def test_a_body_run_together_on_one_line_is_broken_before_its_chapters_and_items():
    lines = _run_on_items(_RUN_ON).split("\n")
    assert "一、重点督办事项" in lines
    assert "二、几点要求" in lines
    assert "2.整治乱搭乱建和乱倒垃圾。(责任单位:住建局)" in lines


def test_the_items_of_a_run_on_body_are_read_with_their_units():
    findings = _findings(_RUN_ON)
    assert [f.title for f in findings] == ["完善垃圾收运体系", "整治乱搭乱建和乱倒垃圾", "推进村路巷道改造"]
    assert [f.lead_units for f in findings] == [["城管局", "各乡镇"], ["住建局"], ["交通局", "各乡镇"]]
    assert all(not f.deadlines for f in findings)  # the report date is not a limit


def test_a_run_on_body_wrapped_by_a_pdf_is_broken_across_its_lines():
    # the same page saved as PDF: its paragraph wraps at the page's width, a wrapped line may open
    # with an item's number, and no line holds three numbers counting up from 1
    wrapped = (
        "甲市督查室关于开展专项督查的通知\n"
        "各乡镇、市直有关部门: 为推进重点工作，现将有关事宜通知如下: 一、重点督办事项\n"
        "1.完善垃圾收运体系，健全村收集、镇转运、县处理的模式。(责任单位:城管局、各乡镇) "
        "2.整治乱搭乱建和乱倒垃圾。(责任单位:住建局、城市管理执法大队、各乡镇场)\n"
        "3.推进村路巷道改造，加快村屯道路硬化、绿化和美化，提升村屯人居环境。(责任单位:交通局、各乡镇) "
        "二、几点要求 1.各单位要主动认领、对号入座，尽快开展工作，并将落实情况形成报告，于7月17日前"
        "将纸质版和电子版一并报市督查室。 2.报告要简洁明了。\n"
        "甲市督查室\n"
    )
    lines = _run_on_items(wrapped).split("\n")
    assert "2.整治乱搭乱建和乱倒垃圾。(责任单位:住建局、城市管理执法大队、各乡镇场)" in lines
    assert "二、几点要求" in lines
    findings = _findings(wrapped)
    assert [f.lead_units for f in findings] == [
        ["城管局", "各乡镇"],
        ["住建局", "城市管理执法大队", "各乡镇场"],
        ["交通局", "各乡镇"],
    ]


def test_numbers_that_do_not_count_up_do_not_break_a_line():
    line = "本次检查共发现问题 3.5处，涉及 12.个村，其中 2. 个问题已整改，" + "说明文字" * 30
    assert _run_on_items(line) == line


_GROUPED = (
    "甲市创城办关于社区整改落实情况督查的通报\n"
    "甲街道党工委：\n"
    "督查组对照问题清单逐一查看，现将主要问题通报如下：\n"
    "一、甲街道东风社区\n"
    "1.部分楼道内杂物乱堆乱放。\n"
    "2.楼道外未施划停车位，车辆乱停。\n"
    "二、甲街道向阳社区\n"
    "1.楼道立面破损污损。\n"
    "2.楼道外未施划停车位。\n"
    "请上述社区立即进行全面整改，于7月11日前全面完成整改，并及时向街道党工委汇报。\n"
    "甲市创城办\n"
    "2023年6月28日\n"
)


def test_problems_announced_above_the_groups_are_all_findings():
    findings = _findings(_GROUPED)
    assert [f.title for f in findings] == [
        "部分楼道内杂物乱堆乱放",
        "楼道外未施划停车位，车辆乱停",
        "楼道立面破损污损",
        "楼道外未施划停车位",
    ]
    assert [f.number for f in findings] == [1, 2, 3, 4]


def test_a_group_heading_that_is_a_place_names_the_lead_unit():
    findings = _findings(_GROUPED)
    assert [f.lead_units for f in findings] == [["甲街道东风社区"]] * 2 + [["甲街道向阳社区"]] * 2


def test_a_yearless_date_in_the_closing_request_is_every_items_limit_in_the_letters_year():
    findings = _findings(_GROUPED)
    assert [[d.date.isoformat() for d in f.deadlines] for f in findings] == [["2023-07-11"]] * 4


def test_a_yearless_closing_date_stays_unread_when_the_letter_writes_two_years():
    findings = _findings(_GROUPED.replace("2023年6月28日", "2023年6月28日（2022年问题复查）"))
    assert all(not f.deadlines for f in findings)


def test_a_community_column_leads_in_a_list_with_no_unit_column():
    findings = _findings(
        "甲街道创文交叉检查问题清单\n"
        "| 序号 | 社区 | 存在问题 | 完成时限 | 包联领导 |\n"
        "| 1 | 青山社区 | 公益广告破损 | 2023年3月10日 | 张三 |\n"
        "| 2 | 绿水社区 | 楼道杂物堆积 | 2023年3月17日 | 李四 |\n"
    )
    assert [f.lead_units for f in findings] == [["青山社区"], ["绿水社区"]]


def test_a_community_column_gives_way_to_a_unit_column():
    findings = _findings(
        "问题清单\n"
        "| 序号 | 社区 | 存在问题 | 责任单位 | 完成时限 |\n"
        "| 1 | 青山社区 | 公益广告破损 | 区文明办 | 2023年3月10日 |\n"
        "| 2 | 绿水社区 | 楼道杂物堆积 | 区住建局 | 2023年3月17日 |\n"
    )
    assert [f.lead_units for f in findings] == [["区文明办"], ["区住建局"]]
