"""Labels the vocabulary does not list, classed by their words (docs/decisions.md “Label classes”).

Every wording below is checked to be absent from `FIELD_LABELS`: these tests are about the
fallback, not the exact lists.
"""

from __future__ import annotations

import datetime as dt

import pytest

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column
from intake.words import FIELD_LABELS, classify_label

LISTED = {label for labels in FIELD_LABELS.values() for label in labels}

UNLISTED = [
    ("督察问题概述", "problem"),
    ("信访问题内容", "problem"),
    ("群众反馈意见", "problem"),
    ("具体整改举措", "measures"),
    ("主要工作安排", "measures"),
    ("整改推进情况", "progress"),
    ("工作成效", "progress"),
    ("处置结果", "progress"),  # (办理结果 is listed since set 109)
    ("下一步打算", "progress"),
    ("整改完成时限", "deadline"),
    ("办理期限", "deadline"),
    ("整改到期时间", "deadline"),
    ("验收销号日期", "closing"),
    ("完成整改日期", "closing"),
    ("整改责任部门", "lead"),
    ("承办单位", "lead"),
    ("协助部门", "coop"),
    ("包联领导", "leaders"),
    ("督办省领导", "leaders"),
    ("阶段整改目标", "target"),
    ("销号状态", "result"),
    ("是否整改到位", "result"),
    ("督察问题", "problem"),
    ("议决事项", "problem"),
    # the order decides: progress before measures, measures before deadline
    ("整改举措落实情况", "progress"),
    ("整改举措及完成时限", "measures"),
]


@pytest.mark.parametrize(("label", "field"), UNLISTED)
def test_an_unlisted_label_is_classed_by_its_words(label: str, field: str) -> None:
    assert label not in LISTED
    assert classify_label(label) == field
    assert classify_label(f"{label}：") == field


@pytest.mark.parametrize(
    "text",
    [
        "公示时间",  # the footer of a notice
        "监督电话",
        "受理部门",
        "联系地址",
        "关于整改情况的公示",  # a document's title
        "存在问题及整改情况",  # a heading over the finding and its answer
        "总体情况",  # a report's sections over all its findings
        "具体整改情况",
        "保障措施",  # a plan's closing chapter
        "整改工作领导小组办公室",  # a body signing the notice
        "我局高度重视并及时采取整改措施",  # a sentence
        "一是加强日常巡查",
        "2021年9月",
        "",
    ],
)
def test_what_is_not_a_label_is_refused(text: str) -> None:
    assert classify_label(text) is None


NOTICE = """某县关于中央生态环境保护督察反馈问题整改情况的公示
一、督察问题概述
某县城区生活污水直排河道，污水收集率不足60%。
二、整改目标要求
城区污水收集率达到90%以上。
三、具体整改举措
1.新建污水管网12公里；2.改造雨污合流管道5公里。
四、整改推进情况
已完成整改，新建管网全部投入使用。
五、公示时间：2023年1月1日至2023年1月7日
六、监督电话：0731-1234567
"""


def test_a_notice_in_unlisted_labels_is_one_finding_read_field_by_field() -> None:
    (finding,) = parse_plan_text(NOTICE).findings
    assert finding.title == "某县城区生活污水直排河道，污水收集率不足60%"
    assert finding.target == "城区污水收集率达到90%以上。"
    assert [m.text for m in finding.measures] == ["新建污水管网12公里；", "改造雨污合流管道5公里。"]
    assert finding.progress == "已完成整改，新建管网全部投入使用。"  # the footer stays out
    assert finding.status == "completed"
    # the preview shows where each field came from, and that the label was a guess
    assert finding.sources["title"] == "督察问题概述"
    assert finding.sources["measures"] == "具体整改举措"
    assert finding.confidence["title"] == finding.confidence["measures"] == 0.7
    assert {"title", "target", "measures", "progress"} <= set(finding.low_confidence())  # highlighted


def test_a_colon_form_in_unlisted_labels_reads_units_leaders_and_deadline() -> None:
    text = (
        "信访问题内容：某村砂场夜间开采，噪声扰民，河道堆放废渣。\n"
        "整改责任部门：县自然资源局\n"
        "协助部门：县水利局、县公安局\n"
        "包联领导：王明\n"
        "办理期限：2023年6月30日前\n"
        "具体整改举措：依法关停砂场，清运废渣。\n"
        "办理结果：砂场已关停，废渣已清运完毕，已办结。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "某村砂场夜间开采，噪声扰民，河道堆放废渣"
    assert finding.lead_units == ["县自然资源局"]
    assert finding.cooperating_units == ["县水利局", "县公安局"]
    assert finding.leaders == ["王明"]
    assert [d.date for d in finding.deadlines] == [dt.date(2023, 6, 30)]
    assert [m.text for m in finding.measures] == ["依法关停砂场，清运废渣。"]
    assert finding.status == "completed"


def test_a_two_column_form_in_unlisted_labels() -> None:
    text = (
        "| 督察问题概述 | 部分乡镇垃圾中转站渗滤液直排 |\n"
        "| 整改责任部门 | 县城管局 |\n"
        "| 整改完成时限 | 2022年12月31日前 |\n"
        "| 具体整改举措 | 新建渗滤液收集池，定期转运处理 |\n"
        "| 工作成效 | 渗滤液收集池已建成使用 |\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "部分乡镇垃圾中转站渗滤液直排"
    assert finding.lead_units == ["县城管局"]
    assert [d.date for d in finding.deadlines] == [dt.date(2022, 12, 31)]
    assert finding.progress == "渗滤液收集池已建成使用"
    assert finding.sources["progress"] == "工作成效"


def test_a_guessed_label_under_a_field_already_read_stays_its_text() -> None:
    # “（二）下一步工作安排：” inside the measures is a sub-heading: a guess never ends a field
    # that is already read (a second measures label would drop what follows).
    text = (
        "一、反馈问题\n"
        "县工业园区污水处理厂超标排放。\n"
        "二、整改措施\n"
        "（一）完成提标改造。\n"
        "（二）主要工作安排：每月开展一次监督性监测。\n"
        "三、整改完成情况\n"
        "已完成整改。\n"
    )
    (finding,) = parse_plan_text(text).findings
    measures = " ".join(m.text for m in finding.measures)
    assert "每月开展一次监督性监测" in measures
    assert finding.status == "completed"


def test_a_task_table_with_unlisted_column_names_is_read_as_a_table() -> None:
    assert (map_column("办理期限").field, map_column("办理期限").confidence) == ("deadline", 0.6)
    assert map_column("问题类型").field is None  # a kind of problem is not the problem
    text = (
        "| 序号 | 议决事项 | 承办单位 | 办理期限 | 销号状态 |\n"
        "| 1 | 推进城区雨污分流改造 | 县住建局 | 2024年6月30日前 | 已完成 |\n"
        "| 2 | 清理河道两岸垃圾堆放点 | 县城管局 | 2024年12月31日前 | 正在办理 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "推进城区雨污分流改造", ["县住建局"]),
        (2, "清理河道两岸垃圾堆放点", ["县城管局"]),
    ]
    due = [[d.date for d in f.deadlines] for f in findings]
    assert due == [[dt.date(2024, 6, 30)], [dt.date(2024, 12, 31)]]
    assert [f.status for f in findings] == ["completed", None]


def test_sections_named_after_the_inspection_stay_sections() -> None:
    # Two 一、…督察反馈问题 headings are a plan's sections (Blind set 3 rule), not problem labels.
    text = (
        "一、中央督察反馈问题\n"
        "1.县城污水处理厂超负荷运行。（县住建局牵头，县生态环境局配合）\n"
        "2.工业园区雨污管网混接。（县工信局牵头）\n"
        "二、省督察反馈问题\n"
        "3.乡镇垃圾转运不及时。（县城管局牵头）\n"
    )
    findings = parse_plan_text(text).findings
    titles = ["县城污水处理厂超负荷运行", "工业园区雨污管网混接", "乡镇垃圾转运不及时"]
    assert [f.title for f in findings] == titles
    assert [f.section for f in findings] == ["一、中央督察反馈问题"] * 2 + ["二、省督察反馈问题"]
    assert [f.lead_units for f in findings] == [["县住建局"], ["县工信局"], ["县城管局"]]


TABLE_ONLY = [
    ("整改内容", "measures"),
    ("整改思路", "measures"),
    ("具体任务", "problem"),
    ("工作事项", "problem"),
    ("工作目标", "target"),
    ("验收标准", "target"),
    ("完成标准", "target"),
    ("落实单位", "lead"),
    ("时间要求", "deadline"),
]


@pytest.mark.parametrize(("name", "field"), TABLE_ONLY)
def test_a_column_name_that_heads_a_chapter_in_prose_is_a_field_only_in_a_table(
    name: str, field: str
) -> None:
    # column names of task tables no vocabulary had (2026-12-06 sweep); as lines of prose they
    # head a plan's chapters (二、工作目标, 五、时间要求), no finding's label
    assert name not in LISTED
    assert map_column(name).field == field
    assert classify_label(name) is None


def test_a_unit_column_marked_cooperating_holds_the_cooperating_units() -> None:
    # 责任单位 split by marks in brackets, not by 牵头 / 配合 names
    plan = parse_plan_text(
        "序号\t存在问题\t整改措施\t责任单位（牵头）\t责任单位（配合）\t整改时限\n"
        "1\t县城污水直排。\t建设截污管网。\t县住建局\t县生态环境分局\t2025年12月31日前\n"
        "2\t扬尘管控不力。\t落实六个百分百。\t县城管局\t县住建局\t2025年6月30日前\n"
    )
    assert [(f.lead_units, f.cooperating_units) for f in plan.findings] == [
        (["县住建局"], ["县生态环境分局"]),
        (["县城管局"], ["县住建局"]),
    ]
    assert map_column("责任部门(协办)").field == "coop"
    assert map_column("责任单位（牵头）").field == "lead"
