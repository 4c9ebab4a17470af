"""Rules the reader learnt from blind set 46 (issue 14, docs/decisions.md “Blind set 46”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 46`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_a_suggestion_table_names_its_item_by_the_suggestion_title_and_its_number():
    plan = parse_plan_text(
        "某市人大代表建议办理任务分解表\n"
        "| 序号 | 建议号 | 建议题目 | 领衔代表 | 主办单位 | 协办单位 |\n"
        "| 1 | 7 | 关于改造城区排水管网的建议 | 王×× | 市住建局 | 市财政局 |\n"
        "| 2 | 15 | 关于增设公交线路的建议 | 刘×× | 市交通局 |  |\n"
    )
    assert [(f.number, f.title, f.lead_units, f.cooperating_units) for f in plan.findings] == [
        (7, "关于改造城区排水管网的建议", ["市住建局"], ["市财政局"]),
        (15, "关于增设公交线路的建议", ["市交通局"], []),
    ]


def test_a_campaign_list_names_its_item_in_the_campaign_column_and_its_steps_in_the_content():
    plan = parse_plan_text(
        "某区专项整治任务清单\n"
        "| 序号 | 整治项目 | 整治内容 | 牵头单位 | 责任单位 | 完成时限 |\n"
        "| 1 | 会议过多问题 | 1.压缩会议数量；2.严控会议规模。 | 区委办 | 区级各部门 | 2015年6月底前 |\n"
    )
    finding = plan.findings[0]
    assert (finding.title, len(finding.measures), finding.lead_units, finding.cooperating_units) == (
        "会议过多问题",
        2,
        ["区委办"],
        ["区级各部门"],
    )


def test_group_rows_of_the_table_stay_the_section_beside_a_class_column():
    plan = parse_plan_text(
        "某县整改复查问题清单\n"
        "| 序号 | 问题类别 | 发现问题 | 责任单位 | 整改时限 |\n"
        "| 一 | 县水利局党组 |  |  |  |\n"
        "| 1 | 整改不彻底 | 河道清淤未完成。 | 县水利局 | 2020年6月30日前 |\n"
        "| 二 | 甲镇党委 |  |  |  |\n"
        "| 2 | 虚假整改 | 垃圾点位仍未清理。 | 甲镇人民政府 | 立即整改 |\n"
    )
    assert [f.section for f in plan.findings] == ["一、县水利局党组", "二、甲镇党委"]


def test_a_class_column_alone_still_groups_the_rows():
    plan = parse_plan_text(
        "| 序号 | 问题类别 | 发现问题 | 责任单位 | 整改时限 |\n"
        "| 1 | 水环境 | 河道清淤未完成。 | 县水利局 | 2020年6月30日前 |\n"
        "| 2 | 大气环境 | 工地扬尘管控不到位。 | 县住建局 | 立即整改 |\n"
    )
    assert [f.section for f in plan.findings] == ["水环境", "大气环境"]


def test_a_day_in_brackets_after_a_count_of_working_days_takes_the_year_of_the_page_date():
    plan = parse_plan_text(
        "某区整改督办单\n"
        "发布时间：2017-08-04　来源：区督查组\n"
        "\n"
        "督办单编号：督〔2017〕5号\n"
        "存在问题：路口绿化带内堆放建筑垃圾。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：2个工作日内（8月8日前）\n"
    )
    assert [d.date.isoformat() for d in plan.findings[0].deadlines if d.date] == ["2017-08-08"]


def test_a_feedback_forms_handling_requirement_in_numbered_steps_lists_the_measures():
    plan = parse_plan_text(
        "网络舆情反馈单\n"
        "反映问题：网民反映某小区周边垃圾长期无人清理。\n"
        "责任单位：甲街道办事处\n"
        "办理时限：2014年8月19日前\n"
        "办理要求：1.立即清理积存垃圾；2.建立保洁长效机制；3.报送办理结果。\n"
    )
    assert len(plan.findings[0].measures) == 3
