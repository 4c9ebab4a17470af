"""Rules the reader learnt from blind set 152 (issue 14, docs/decisions.md “Blind set 152”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 152`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _task_notice(title: str, task: str, work: str) -> str:
    return "\n".join(
        [
            "欢迎访问某县人民政府网站",
            title,
            "浏览：120次 时间：2023年5月8日",
            "一、整改任务",
            task,
            "二、整改目标",
            "全面提升污水收集能力。",
            "三、整改措施",
            "1.排查管网空白区，形成整治方案。",
            "2.2022年6月底前建成镇区污水管网。",
            "四、整改主要工作及成效",
            work,
        ]
    )


def test_code_in_chinese_numerals_before_the_problem_is_no_part_of_the_title():
    # “问题编号九：…” on the line under the task heading: the plan's number for the task, not its words
    text = _task_notice(
        "省《整改方案》第九项整改任务整改结果公示",
        "问题编号九：镇区污水收集设施建设滞后。2019年以来，两个镇的管网仍未建成。",
        "两个镇的污水管网已建成投用。",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "镇区污水收集设施建设滞后"
    assert finding.number == 9


def test_a_task_rectification_notice_of_one_numbered_task_is_done():
    # “关于《…清单》 第五项整改任务整改情况的公示”: the task is posted for its write-off
    text = _task_notice(
        "关于《某市第二轮省级生态环境保护督察反馈意见整改任务清单》 第五项整改任务整改情况的公示",
        "镇区污水收集设施建设滞后。2019年以来，两个镇的管网仍未建成。",
        "排查了管网空白区，形成了整治方案。",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.status == "completed"
    assert [d.date.isoformat() for d in finding.deadlines] == ["2022-06-30"]


def test_a_progress_notice_of_one_task_stays_open():
    # “…第五项整改任务整改进展情况公示”: work going on is posted, nothing is closed
    text = _task_notice(
        "关于某县第五项整改任务整改进展情况公示",
        "镇区污水收集设施建设滞后。2019年以来，两个镇的管网仍未建成。",
        "正在排查管网空白区。",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.status != "completed"
