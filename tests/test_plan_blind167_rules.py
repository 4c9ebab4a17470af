"""Rules the reader learnt from blind set 167 (issue 14, docs/decisions.md “Blind set 167”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 167`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text
from intake.plan_tables import map_column


def _cells(*rows: list[str]) -> str:
    # a web table copied a cell a paragraph, a blank line between cells
    return "\n\n".join(cell for row in rows for cell in row)


_HEADER = [
    *("类别", "工作内容", "具体分解", "当前工作进展"),
    *("形象进度", "进度状态", "责任区领导", "责任单位主要领导"),
]


def test_a_table_without_numbers_copied_a_cell_a_line():
    # an office's 《政府工作报告》 task table with no 序号: the rows cut by the header's width, the
    # share glued to the progress paragraph cut off as the 形象进度 cell, the leaders no units
    text = "某区2024年度目标任务落实情况\n\n" + _cells(
        _HEADER,
        ["优化营商环境", *["争取上级资金5亿元"] * 2, "已争取资金5.2亿元。100%", "进度达标", "张三", "李四"],
        ["改善生态环境", *["河道水质达标率100%"] * 2, "完成河道清淤。", "60%", "进度达标", "张三", "王五"],
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["争取上级资金5亿元", "河道水质达标率100%"]
    assert [f.lead_units for f in findings] == [[], []]
    assert findings[0].status == "completed"  # 100%
    assert findings[1].status != "completed"  # 60%


def test_forms_whose_labels_come_again_are_no_such_table():
    # labels on their own lines, form after form: the labels below are no rows of a table
    text = _cells(
        ["问题描述", "整改措施", "责任单位", "整改时限"],
        ["某厂废气无组织排放。", "密闭改造。", "某镇人民政府", "2021年8月31日"],
        ["问题描述", "某站道路扬尘。", "整改措施", "建设冲洗平台。"],
    )
    try:
        findings = parse_plan_text(text).findings
    except PlanParseError:
        return
    assert all(f.title != "问题描述" for f in findings)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("节点任务", "measures"),  # a quarter's milestones of a yearly task
        ("形象进度", "result"),  # the share done: 100% is done
        ("责任单位主要领导", "leaders"),  # the people heading the unit
        ("2022年度工作内容及进度安排", "measures"),  # the work planned for the target, the year before
        ("2022年工作内容", "problem"),  # the year before a task column's name
    ],
)
def test_column_names_of_yearly_task_tables(header, field):
    assert map_column(header).field == field


def test_milestones_read_as_measures():
    # 序号 | 主要任务 | 节点任务 | 进展情况 |: the quarter's milestones 一是…二是… are the measures
    text = "\n".join(
        [
            "序号 | 主要任务 | 节点任务 | 进展情况 |",
            "1 | 完成环境质量改善目标。 | 一是开展水污染隐患排查。二是开展土壤调查。 | 已排查隐患12处。 |",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "完成环境质量改善目标"
    assert len(finding.measures) == 2


def test_a_measures_cell_whose_last_sentence_lost_its_stop():
    # “…执法力度。完成上级下达的减排任务”: two sentences, the last without its full stop
    text = "\n".join(
        [
            "工作目标任务 | 2022年度工作内容及进度安排 | 截至12月31日完成情况 |",
            "PM2.5浓度保持领先 | 完成20家企业废气治理，加大执法力度。完成上级减排任务 | 已完成20家治理。 |",
            "水质达标率100% | 常态化开展水质达标管理。 | 达标率100%。 |",
        ]
    )
    findings = parse_plan_text(text).findings
    assert findings[0].title == "PM2.5浓度保持领先"
    assert len(findings[0].measures) == 2
    assert len(findings[1].measures) == 1


def _targets(progress: str) -> str:
    return "\n".join(
        [
            "工作目标任务 | 2022年度工作内容及进度安排 | 截至12月31日完成情况 |",
            f"县控以上断面水质达标率100% | 常态化开展水质达标管理。 | {progress} |",
            "空气优良率保持领先 | 加强扬尘管控。 | 开展扬尘巡查478次。 |",
        ]
    )


def test_a_full_rate_the_account_closes_on_is_done():
    # the task a full rate (达标率100%), the year's account closing on that rate reached: done
    findings = parse_plan_text(_targets("启动水污染本底调查。1-12月，全区22个断面达标率100%。")).findings
    assert findings[0].status == "completed"
    assert findings[1].status != "completed"  # steps and figures, no word that the task is done


def test_a_full_rate_not_reached_stays_open():
    findings = parse_plan_text(_targets("1-12月，全区22个断面达标率95.5%。")).findings
    assert findings[0].status != "completed"
