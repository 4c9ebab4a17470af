"""Column names and status words of task tables heard in offices but not yet met in the corpus
(issue 14): each is classed by the one vocabulary (`words.FIELD_LABELS`, `words.TABLE_HEADER_CLASSES`,
`words.COMPLETED_VALUES`, `words.OPEN_VALUES`), and a table using them reads its units, roles,
limits and states. Written for the test, as a web table is copied: cells split by “ | ”."""

from __future__ import annotations

from datetime import date

import pytest

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column
from intake.words import OPEN_VALUES, classify_label, is_completed_value


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("配合责任单位", "coop"),
        ("协同责任单位", "coop"),
        ("配合责任部门", "coop"),
        ("工作内容", "problem"),
        ("主要内容", "problem"),
        ("重点工作", "problem"),
        ("实施步骤", "measures"),
        ("时间安排", "deadline"),
        ("进度安排", "deadline"),
        ("整改时序", "deadline"),
        ("责任分工", "lead"),
        ("主要目标", "target"),
        ("办理进度", "progress"),
        # the words it already knew keep their fields
        ("牵头责任单位", "lead"),
        ("责任单位", "lead"),
        ("重点工作任务", "problem"),
    ],
)
def test_column_name_is_classed(header, field):
    assert map_column(header).field == field


def test_table_only_names_are_no_labels_in_prose():
    # “二、工作内容” / “三、责任分工” / “四、时间安排” head a plan's chapters, not a finding's fields
    for chapter in ("工作内容", "责任分工", "时间安排", "主要目标"):
        assert classify_label(chapter) is None


def test_cooperating_responsible_units_column_does_not_lead():
    text = (
        "序号 | 主要任务 | 责任单位 | 配合责任单位 | 完成时限\n"
        "1 | 整治城区黑臭水体 | 县住建局 | 县生态环境局、县水利局 | 2024年6月底前\n"
        "2 | 关停取缔散乱污企业 | 县工信局 | 各乡镇人民政府 | 立行立改\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["整治城区黑臭水体", "关停取缔散乱污企业"]
    assert findings[0].lead_units == ["县住建局"]
    assert findings[0].cooperating_units == ["县生态环境局", "县水利局"]
    assert [d.date for d in findings[0].deadlines] == [date(2024, 6, 30)]
    assert findings[1].cooperating_units == ["各乡镇人民政府"]
    assert [d.kind for d in findings[1].deadlines] == ["immediate"]


def test_division_of_work_table_reads_roles_from_the_cell():
    text = (
        "序号 | 工作内容 | 责任分工 | 时间安排\n"
        "1 | 开展秸秆禁烧巡查 | 县农业农村局牵头，各乡镇配合 | 2023年10月底前\n"
        "2 | 建设农村生活污水处理设施 | 县生态环境局牵头，县住建局、县财政局配合 | 持续推进\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["开展秸秆禁烧巡查", "建设农村生活污水处理设施"]
    assert findings[0].lead_units == ["县农业农村局"]
    assert findings[0].cooperating_units == ["各乡镇"]
    assert [d.date for d in findings[0].deadlines] == [date(2023, 10, 31)]
    assert findings[1].lead_units == ["县生态环境局"]
    assert findings[1].cooperating_units == ["县住建局", "县财政局"]
    assert [d.kind for d in findings[1].deadlines] == ["ongoing"]


@pytest.mark.parametrize(
    "value",
    [
        "整改完毕",
        "全面完成",
        "按时完成",
        "提前完成",
        "已验收",
        "通过验收",
        "验收合格",
        "已验收销号",
        "销号",
        "已结案",
        "已完结",
        "达到整改要求",
        "已落实",
        "落实到位",
    ],
)
def test_status_word_says_done(value):
    assert is_completed_value(value)
    assert not OPEN_VALUES.fullmatch(value)


@pytest.mark.parametrize(
    "value", ["基本完成", "阶段性完成", "已完成阶段性目标", "序时推进", "达到序时进度", "不予销号"]
)
def test_part_done_or_on_schedule_stays_open(value):
    assert not is_completed_value(value)
    assert OPEN_VALUES.fullmatch(value)


def test_status_column_of_such_words_marks_each_row():
    text = (
        "序号 | 反馈问题 | 责任单位 | 整改时限 | 整改状态\n"
        "1 | 城区污水管网雨污混接 | 县住建局 | 2023年12月底前 | 整改完毕\n"
        "2 | 尾矿库渗滤液收集不到位 | 县应急管理局 | 2024年6月底前 | 基本完成\n"
        "3 | 受污染耕地安全利用不到位 | 县农业农村局 | 2023年11月底前 | 验收合格\n"
        "4 | 饮用水水源地违法建筑 | 县水利局 | 2024年3月底前 | 序时推进\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert [f.status == "completed" for f in findings] == [True, False, True, False]
