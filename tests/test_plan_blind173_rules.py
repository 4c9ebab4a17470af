"""Rules the reader learnt from blind set 173 (issue 14, docs/decisions.md “Blind set 173”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 173`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _form(task: str, done: str) -> str:
    lines = [
        "发布时间：2022-11-02 17:05 信息来源：某市自然资源局",
        "任务名称 |",
        f"{task} |",
        "整改目标 |",
        "按方案修复矿山开采破坏的地块。 |",
        "整改措施 |",
        "1、平整场地； 2、回填复垦； 3、覆土复绿。 |",
        "整改完成情况 |",
        f"{done} |",
        "下一步工作 |",
        "做好修复后的管护。 |",
    ]
    return "\n".join(lines)


_TASK = "2022年某市长江经济带生态环境“举一反三”自查问题：某镇某钒矿生态修复。"
_DONE = "废石堆已清除并覆土，边坡已覆土，2022年9月11日完工并验收，结论为合格。"


def test_a_self_check_list_named_before_the_task_is_no_part_of_its_title():
    # the list the task came from (an office's own check) before the colon; the title is the task
    findings = parse_plan_text(_form(_TASK, _DONE)).findings
    assert [f.title for f in findings] == ["某镇某钒矿生态修复"]
    assert len(findings[0].measures) == 3


def test_acceptance_passed_in_a_progress_is_done():
    findings = parse_plan_text(_form(_TASK, _DONE)).findings
    assert findings[0].status == "completed"


def test_acceptance_still_to_come_or_a_rate_is_not_done():
    # a step still to come (验收合格后销号) and a rate (验收合格率) say nothing is finished
    for done in (
        "废石堆已清除，边坡覆土进行中，待验收合格后申请销号。",
        "全市修复项目经验收合格率为80%，其余仍在施工。",
    ):
        findings = parse_plan_text(_form(_TASK, done)).findings
        assert findings[0].status != "completed", done


def _check_table(verdicts: tuple[str, str]) -> str:
    lines = ["关于某区两处采石场生态保护修复闭坑验收情况的公示", "", "矿山生态保护修复区级初验意见表", ""]
    for cell in ("序号", "矿山名称", "矿山主要生态环境问题", "恢复治理措施及效果", "初验意见"):
        lines += [cell, ""]
    rows = (
        ("1", "某区甲采石场", "破坏土地资源、高陡边坡", "1、清除危岩体；", "2、平整覆土植树。"),
        ("2", "某区乙采石场", "矿业活动破坏土地资源", "1、拆除废弃构筑物；", "2、采坑恢复为坑塘水面。"),
    )
    for row, verdict in zip(rows, verdicts, strict=True):
        for cell in (*row, verdict):
            lines += [cell, ""]
    return "\n".join(lines)


def test_a_first_check_verdict_of_passed_closes_the_row():
    # 初验意见 is the check's verdict column; “合格” alone there says the restoration passed
    findings = parse_plan_text(_check_table(("合格", "合格"))).findings
    assert [f.number for f in findings] == [1, 2]
    assert [f.status for f in findings] == ["completed", "completed"]


def test_a_failed_check_stays_open():
    findings = parse_plan_text(_check_table(("不合格", "合格"))).findings
    assert [f.status for f in findings] == [None, "completed"]
