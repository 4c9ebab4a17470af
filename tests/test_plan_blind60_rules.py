"""Rules the reader learnt from blind set 60 (issue 14, docs/decisions.md “Blind set 60”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 60`). The set is a third mixed one, taken in the
order broad searches gave it."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_PLAN = (
    "某县落实督察反馈问题整改方案\n"
    "一、反馈问题\n"
    "全市非法采砂问题依然存在。涉及我县主要体现在两方面。\n"
    "二、整改任务\n"
    "（一）巡查执法不严。部分乡镇巡查不到位。\n"
    "责任单位：县自然资源局\n"
    "整改措施：1.开展专项整治；2.建立巡查网格。\n"
    "整改时限：2022年5月底前\n"
    "（二）复绿标准不高。部分矿山植被成活率低。\n"
    "责任单位：县林业局\n"
    "整改时限：2022年6月30日前\n"
    "三、保障措施\n"
    "（一）加强组织领导。成立工作领导小组。\n"
)


def test_chapter_headings_named_as_labels_do_not_hide_the_numbered_items_under_them():
    """“一、反馈问题” over a summary and “二、整改任务” over （一）（二） items, each with its own
    责任单位 / 整改时限 lines: the items are the findings, the summary none of them."""
    plan = parse_plan_text(_PLAN)
    assert [f.title for f in plan.findings] == ["巡查执法不严", "复绿标准不高"]
    assert [f.lead_units for f in plan.findings] == [["县自然资源局"], ["县林业局"]]
    assert [[d.date.isoformat() for d in f.deadlines] for f in plan.findings] == [
        ["2022-05-31"],
        ["2022-06-30"],
    ]


def test_problems_an_inspection_found_run_on_in_one_paragraph_are_one_finding_a_sentence():
    """A 检查情况 通报 lists what it found after “发现的问题有：”, a sentence each, unnumbered."""
    plan = parse_plan_text(
        "某县周末环境卫生检查情况通报\n"
        "检查发现：多数单位环境卫生状况较好。\n"
        "同时，此次检查发现的问题有：部分单位过道仍有纸屑、烟头。城区车辆乱停乱放仍然存在。"
        "北门码头周边有零星的暴露垃圾。\n"
        "希望各单位高度重视环境卫生整治。\n"
    )
    assert [f.title for f in plan.findings] == [
        "部分单位过道仍有纸屑、烟头",
        "城区车辆乱停乱放仍然存在",
        "北门码头周边有零星的暴露垃圾",
    ]
    assert [f.number for f in plan.findings] == [1, 2, 3]
    assert all(not f.lead_units and not f.deadlines for f in plan.findings)


def test_one_found_problem_alone_is_no_list():
    # the found-sentences reading wants two; the last reading (stop 41) gives the one, unsure
    plan = parse_plan_text("某县检查情况通报\n此次检查发现的问题有：部分单位卫生打扫不彻底。\n")
    (finding,) = plan.findings
    assert finding.title == "部分单位卫生打扫不彻底"
    assert finding.confidence["title"] == 0.3
