"""Column and form rules the table corpus of issue 14 needed (real layouts in SOURCES.md)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column


def test_a_column_naming_target_and_measures_holds_the_measures():
    assert map_column("整改目标及整改措施").field == "measures"
    assert map_column("整改目标").field == "target"


def test_a_column_about_people_punished_is_not_the_responsible_person():
    assert map_column("责任人被处理情况").field is None
    assert map_column("责任人").field == "responsible"


def test_decided_matters_and_closing_status_columns_are_read():
    text = (
        "| 序号 | 确定事项 | 责任单位 | 落实情况 | 办理状态 |\n"
        "| 1 | 抓好茶宿项目建设 | 县文旅广电局 | 8家达到验收标准 | 正在办理 |\n"
        "| 2 | 完成低保对象核查 | 县民政局 | 核查已结束 | 已办结 |\n"
    )
    first, second = parse_plan_text(text).findings
    assert (first.title, first.lead_units, first.status) == ("抓好茶宿项目建设", ["县文旅广电局"], None)
    assert (second.number, second.status) == (2, "completed")


def test_a_progress_cell_holding_only_a_status_word_marks_the_row_done():
    text = (
        "| 序号 | 责任单位 | 问题描述 | 整改情况 |\n"
        "| 1 | 荆州区 | 工地裸土未覆盖 | 已整改 |\n"
        "| 2 | 沙市区 | 拆迁工地未设围挡 | 未整改 |\n"
    )
    done, still_open = parse_plan_text(text).findings
    assert done.status == "completed" and still_open.status is None


def test_a_two_column_form_with_numbered_items_and_unknown_labels_is_one_finding():
    text = (
        "| 反馈问题 | 老旧污水管网改造没有完成规划任务。 |\n"
        "| 整改措施 | 1.改造老旧管网。\n2.持续推进管网提质改造。 |\n"
        "| 整改实施主体 | 常德市西湖管理区住房和城乡建设局 |\n"
        "| 牵头验收单位 | 常德市住房和城乡建设局 |\n"
        "| 整改完成情况 | 1.建成管网15.3公里。\n2.问题已整改到位。 |\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.number == 1 and finding.title == "老旧污水管网改造没有完成规划任务"
    assert finding.lead_units == ["常德市西湖管理区住房和城乡建设局"]
    assert len(finding.measures) == 2 and finding.status == "completed"
