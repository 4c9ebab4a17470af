"""Rules the reader learnt from blind set 155 (issue 14, docs/decisions.md “Blind set 155”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 155`)."""

from __future__ import annotations

from datetime import date

from intake.deadline_text import parse_deadline_field
from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column
from intake.words import classify_label


def _task_table(rows: list[list[str]]) -> str:
    # a task table copied from a web page: each row opened and closed by a “|” line, a cell a line
    lines = ["|"]
    for row in [["序号", "工作任务", "负责部门", "时间进度"], *rows]:
        for cell in row:
            lines += [cell, "|"]
        lines.append("|")
    return "\n".join(lines[:-1]) + "\n"


def test_responsible_department_column_leads_and_time_progress_column_is_the_limit():
    assert map_column("负责部门").field == "lead"
    assert map_column("负责单位").field == "lead"
    assert map_column("时间进度").field == "deadline"
    # as a line of prose, 时间进度 heads a plan's schedule, no finding's label
    assert classify_label("时间进度") is None


def test_task_table_with_its_units_and_limits_is_read():
    text = _task_table(
        [
            ["1", "完善城市管理机制", "区住建局，各镇（街道）", "2016 年 6 底前"],
            ["2", "推进生活垃圾分类试点", "区住建局、区商务局", "常态工作"],
            ["3", "建设环卫设施", "区住建局、区财政局", "2016—2018 年底前"],
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3]
    assert findings[0].title == "完善城市管理机制"
    assert findings[0].lead_units == ["区住建局", "各镇（街道）"]
    assert [d.date for d in findings[0].deadlines] == [date(2016, 6, 30)]
    assert [d.kind for d in findings[1].deadlines] == ["ongoing"]
    assert findings[1].lead_units == ["区住建局", "区商务局"]
    assert [d.date for d in findings[2].deadlines] == [date(2018, 12, 31)]


def test_month_typed_without_its_yue_before_di():
    assert [d.date for d in parse_deadline_field("2016年6底前")] == [date(2016, 6, 30)]
    assert [d.date for d in parse_deadline_field("2020 年 12 末")] == [date(2020, 12, 31)]
    # a written 月 and a year's end are read as before
    assert [d.date for d in parse_deadline_field("2016年底前")] == [date(2016, 12, 31)]


def test_bodies_doing_their_part_after_a_lead_cooperate_without_the_short_name_note():
    text = (
        "二、工作任务及分工\n"
        "（一）加快闭库销号。停用超过3年的尾矿库全部闭库。（省应急厅牵头；省专项整治领导小组各成员单位"
        "〈以下简称各成员单位〉按照职责分工推进，各州、市人民政府负责落实）\n"
        "（二）加强监测预警。建立在线监测系统。（省生态环境厅牵头；各成员单位按照职责分工推进）\n"
    )
    findings = parse_plan_text(text).findings
    assert findings[0].lead_units == ["省应急厅"]
    assert findings[0].cooperating_units[0] == "省专项整治领导小组各成员单位"
    assert findings[1].lead_units == ["省生态环境厅"]
    assert findings[1].cooperating_units == ["各成员单位"]


def test_by_duty_wording_without_a_lead_still_leads():
    # “各有关部门按照职责分工负责” with no 牵头 before it: those bodies lead, as 按职责分工负责 did
    text = (
        "二、主要任务\n"
        "（一）开展土壤污染状况详查。2018年底前完成。（县环保局、县农业局按照职责分工负责）\n"
        "（二）建设监测网络。2019年底前完成。（县环保局牵头，县农业局配合）\n"
    )
    findings = parse_plan_text(text).findings
    assert findings[0].lead_units == ["县环保局", "县农业局"]
    assert findings[0].cooperating_units == []
