"""Rules the reader learnt from blind set 26 (issue 14, docs/decisions.md “Blind set 26”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 26`)."""

from __future__ import annotations

import datetime

from intake.deadline_text import find_text_deadlines
from intake.plan_parser import parse_plan_text
from intake.plan_tables import merge_header_rows


def _one(text: str):
    findings = parse_plan_text(text).findings
    assert len(findings) == 1
    return findings[0]


_SCHEDULE = (
    "某县土壤污染防治重点任务及实施进度表\n"
    "| 序号 | 重点任务 | 任务分解及实施进度 |  |  | 牵头单位 | 配合单位 |\n"
    "| 序号 | 重点任务 | 2021年 | 2022年 | 2025年 | 牵头单位 | 配合单位 |\n"
    "| 一、农用地分类管理 |  |  |  |  |  |  |\n"
    "| 1 | 耕地土壤环境质量类别划定 | 完成耕地质量类别划定。 | 建立分类清单。 |  "
    "| 县农业农村局 | 县生态环境局 |\n"
    "| 2 | 受污染耕地安全利用 |  | 制定安全利用方案。 | 安全利用率达到93%以上。 | 县农业农村局 | 各乡镇 |\n"
)


def test_year_columns_under_a_spanning_label_keep_the_label_and_their_year():
    upper = ["序号", "重点任务", "任务分解及实施进度", "", "", "牵头单位"]
    lower = ["序号", "重点任务", "2021年", "2022年", "2025年", "牵头单位"]
    merged = merge_header_rows(upper, lower)
    assert merged == [
        "序号",
        "重点任务",
        "任务分解及实施进度2021年",
        "任务分解及实施进度2022年",
        "任务分解及实施进度2025年",
        "牵头单位",
    ]


def test_each_year_stage_is_a_measure_and_the_last_filled_year_is_due():
    findings = parse_plan_text(_SCHEDULE).findings
    assert [f.title for f in findings] == ["耕地土壤环境质量类别划定", "受污染耕地安全利用"]
    assert [len(f.measures) for f in findings] == [2, 2]
    assert [[d.date for d in f.deadlines] for f in findings] == [
        [datetime.date(2022, 12, 31)],
        [datetime.date(2025, 12, 31)],
    ]
    assert findings[1].lead_units == ["县农业农村局"]
    assert findings[0].section == "一、农用地分类管理"


def test_units_that_carry_out_the_task_cooperate_with_the_units_named_first():
    finding = parse_plan_text(
        "某县受污染耕地安全利用工作方案\n"
        "二、主要任务\n"
        "（一）开展耕地污染成因排查。2024年6月底前完成排查。（责任单位：县生态环境局、县农业农村局，"
        "乡镇人民政府具体落实，以下均需乡镇人民政府具体落实，不重复列出）\n"
        "（二）加强耕地分类管理。动态调整耕地类别。（责任单位：县农业农村局）\n"
    ).findings
    assert finding[0].lead_units == ["县生态环境局", "县农业农村局"]
    assert finding[0].cooperating_units == ["乡镇人民政府"]
    assert finding[1].lead_units == ["县农业农村局"]
    assert finding[1].cooperating_units == ["乡镇人民政府"]


def test_a_year_before_which_items_were_listed_inclusive_is_no_due_date():
    found = find_text_deadlines("完成2020年前（含）列入整治清单的污染源整治，2023年6月底前完成治理方案编制。")
    assert [d.date for d in found] == [datetime.date(2023, 6, 30)]


def test_a_one_problem_notice_named_in_its_title_with_numbered_steps():
    finding = _one(
        "关于第二轮省生态环境保护督察反馈“全市废弃矿山120座，生态修复率不到40%”问题整改完成情况公示\n"
        "省督察反馈指出“全市废弃矿山120座，生态修复率不到40%，部分修复工程质量不高。”问题，我县高度重视，"
        "由县自然资源局为牵头督导单位。从以下方面进行整改：\n"
        "1.开展核查，摸清废弃矿山底数。\n"
        "2.编制修复方案，逐个明确修复方式。\n"
        "3.争取资金，分批实施修复工程。\n"
        "经自查，该问题已按要求完成整改。现予以公示。\n"
        "某县自然资源局\n"
    )
    assert finding.title == "全市废弃矿山120座，生态修复率不到40%"
    assert finding.lead_units == ["县自然资源局"]
    assert len(finding.measures) == 3
    assert finding.status == "completed"


def test_who_pointed_the_problem_out_is_cut_and_measures_and_completion_steps_count():
    finding = _one(
        "某县城管局关于省级环保督察反馈意见（序号12）问题整改情况的公示\n"
        "现将省级环保督察反馈意见中（序号12）问题整改情况予以公示，接受社会监督。\n"
        "一、整改问题概述\n"
        "省级环保督察反馈问题指出，某县建筑垃圾消纳场未建成，多处随意倾倒建筑垃圾。\n"
        "二、整改措施及完成情况\n"
        "具体整改措施及完成情况如下：\n"
        "（一）建设消纳场：已建成建筑垃圾消纳场一处。\n"
        "（二）清理点位：已清理倾倒点位5处。\n"
        "三、整改成效\n"
        "随意倾倒现象得到遏制。\n"
    )
    assert finding.title == "某县建筑垃圾消纳场未建成，多处随意倾倒建筑垃圾"
    assert len(finding.measures) == 2


def test_the_publishing_office_that_did_the_work_leads_a_one_problem_notice():
    finding = _one(
        "某县水利局关于省级环保督察反馈意见（序号8）问题整改情况的公示\n"
        "某县水利局现将省级环保督察反馈意见中（序号8）问题整改情况予以公示。\n"
        "一、整改问题概述\n"
        "河道管理范围内堆放建筑垃圾。\n"
        "二、整改措施及完成情况\n"
        "（一）清理垃圾：我局已组织清理河道内建筑垃圾。\n"
        "（二）加强巡查：我局已建立河道巡查制度。\n"
    )
    assert finding.lead_units == ["某县水利局"]


def test_a_notice_about_others_work_names_no_lead_from_its_publisher():
    finding = _one(
        "某县督察整改办公室现将省级环保督察反馈意见（序号9）问题整改情况予以公示。\n"
        "一、整改问题概述\n"
        "河道管理范围内堆放建筑垃圾。\n"
        "二、整改措施及完成情况\n"
        "（一）清理垃圾：已清理河道内建筑垃圾。\n"
        "（二）加强巡查：已建立河道巡查制度。\n"
    )
    assert finding.lead_units == []


def test_a_dated_task_that_closes_with_keeping_it_up_has_both_limits():
    findings = parse_plan_text(
        "某县工作方案\n"
        "二、主要任务\n"
        "（一）落实严格管控类耕地管控措施。2024年6月底前完成种植结构调整，并长期坚持。（责任单位：县农业农村局）\n"
        "（二）开展成因排查。2024年12月底前完成排查。（责任单位：县生态环境局）\n"
    ).findings
    assert [[d.date or d.kind for d in f.deadlines] for f in findings] == [
        [datetime.date(2024, 6, 30), "long_term"],
        [datetime.date(2024, 12, 31)],
    ]
