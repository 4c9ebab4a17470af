"""Rules the reader learnt from blind set 31 (issue 14, docs/decisions.md “Blind set 31”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 31`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _kinds(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


def test_a_task_brackets_rolling_time_limit_is_read():
    findings = parse_plan_text(
        "某县执法检查审议意见整改任务清单\n"
        "一、污染防治方面\n"
        "1.码头船舶废油收集处置不规范。督促企业规范处置。（牵头单位：县交通运输局；配合单位：县生态环境局；"
        "完成时限：立行立改，长期坚持）\n"
        "2.污水处理厂配套管网不完善。补齐配套管网。（牵头单位：县住建局；完成时限：2023年12月底前）\n"
    ).findings
    assert [_kinds(f) for f in findings] == [["immediate", "long_term"], ["2023-12-31"]]
    assert findings[0].cooperating_units == ["县生态环境局"]


_REPORT = (
    "某县人民政府关于执法检查审议意见研究处理情况的报告\n"
    "一、审议意见所提问题的研究处理情况\n"
    "（一）废弃农膜回收体系不完善\n"
    "牵头单位：县农业农村局\n"
    "完成时限：长期坚持\n"
    "处理情况：建成回收网点46个，持续推进废弃农膜回收利用。\n"
    "（二）部分单位危险废物暂存不规范\n"
    "牵头单位：县生态环境局\n"
    "完成时限：立行立改\n"
    "处理情况：开展专项检查，发现的问题已全部整改到位。\n"
)


def test_a_processing_label_holds_the_progress_not_the_time_limit():
    findings = parse_plan_text(_REPORT).findings
    assert [_kinds(f) for f in findings] == [["long_term"], ["immediate"]]


def test_all_rectified_in_place_completes_the_finding():
    findings = parse_plan_text(_REPORT).findings
    assert [f.status for f in findings] == [None, "completed"]
    assert parse_plan_text(_REPORT.replace("已全部整改到位", "尚未全部整改到位")).findings[1].status is None
