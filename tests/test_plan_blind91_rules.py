"""Rules the reader learnt from blind set 91 (issue 14, docs/decisions.md “Blind set 91”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 91`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def _csv_findings(csv_text: str):
    return _findings(read_csv(csv_text, "台账.csv"))


def test_a_project_name_beside_a_problem_column_is_where_the_problem_was_found():
    findings = _csv_findings(
        "序号,项目名称,所属区域,存在问题,整改要求,监管责任单位,整改时限\n"
        "1,某小区三期项目,某街道,裸土未覆盖。,全部苫盖防尘网。,县住建局,立即整改\n"
        "2,某道路工程,某镇,道路开挖未设围挡。,设置连续围挡。,县城管局,2023年6月9日\n"
    )
    assert [f.title for f in findings] == ["裸土未覆盖", "道路开挖未设围挡"]
    assert [f.lead_units for f in findings] == [["县住建局"], ["县城管局"]]


def test_a_project_name_alone_stays_the_task():
    # a 行动计划's task list names each task by its project: no column says what is wrong
    findings = _csv_findings(
        "序号,项目名称,主要内容,责任单位,完成时限\n1,城区污水管网改造,改造管网5公里。,县住建局,2023年底前\n"
    )
    assert findings[0].title == "城区污水管网改造"


def test_a_progress_table_s_obstacles_column_leaves_the_project_the_task():
    # a 民生实事 progress table: 存在问题 last, the obstacles in the project's way, nothing to do after it
    findings = _csv_findings(
        "序号,项目名称,责任单位,1-9月份进展情况,存在问题\n1,老旧小区改造,区住建局,完成60%。,居民意见不统一。\n"
    )
    assert findings[0].title == "老旧小区改造"


def test_the_town_column_leads_beside_a_village_column():
    findings = _csv_findings(
        "序号,乡镇,村,存在问题,整改措施,整改时限,整改结果\n"
        "1,博望镇,某村,田间秸秆焚烧。,扑灭火点。,立即整改,已整改\n"
        "2,赵河镇,某村,秸秆堆放杂乱。,集中清理。,2016年12月25日前,整改中\n"
    )
    assert [f.lead_units for f in findings] == [["博望镇"], ["赵河镇"]]


def test_a_village_column_alone_still_leads():
    findings = _csv_findings("序号,村,存在问题,整改措施,整改时限\n1,某村,垃圾未清运。,清运垃圾。,立即整改\n")
    assert findings[0].lead_units == ["某村"]


_CLOSED_SHEET = """\
{name}
某镇自建房安全隐患排查整治台账（{name}）
| 序号 | 户主 | 存在隐患 | 处置措施 | 责任单位 | 整改时限 | 备注 |
| 1 | 王某 | 残垣断壁临路。 | 拆除并清运。 | 某镇人民政府 | 立即整改 |  |
| 2 | 鲁某 | 畜圈墙体倾斜。 | 拆除畜圈。 | 某镇人民政府 | 2022年7月31日 |  |
"""


def test_rows_on_a_sheet_of_closed_rows_are_done():
    findings = _findings(_CLOSED_SHEET.format(name="已销号"))
    assert [f.status for f in findings] == ["completed", "completed"]


def test_rows_on_an_open_sheet_are_not():
    findings = _findings(_CLOSED_SHEET.format(name="整治中"))
    assert all(f.status != "completed" for f in findings)


def test_a_status_column_under_a_closed_heading_still_decides():
    findings = _findings(
        "已完成\n"
        "| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改情况 |\n"
        "| 1 | 垃圾未清运。 | 清运垃圾。 | 某镇人民政府 | 整改中 |\n"
    )
    assert findings[0].status != "completed"
