"""Column names of task tables heard in offices but not yet met in the corpus (issue 14): each is
classed by the one vocabulary (`words.FIELD_LABELS`, `words.TABLE_HEADER_CLASSES`), and a table
headed by them reads its units, roles and limits. Written for the test, as a web table is copied:
cells split by “ | ”."""

from __future__ import annotations

from datetime import date

import pytest

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column
from intake.words import classify_label


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
