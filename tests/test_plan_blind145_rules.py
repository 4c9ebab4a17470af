"""Rules the reader learnt from blind set 145 (issue 14, docs/decisions.md “Blind set 145”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 145`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _result_notice(task: str) -> str:
    return "\n".join(
        [
            "某市中央环境保护督察反馈意见整改任务{编号212(30-4)}整改结果公示",
            "发布时间：2018-04-03 浏览次数：100",
            "一、中央环境保护督察反馈意见整改任务",
            task,
            "二、整改目标",
            "完成生态恢复，依法查处违法行为。",
            "三、整改结果",
            "我市已清理保护区内违规建设的看护房，2017年12月底已全部拆除。",
        ]
    )


def test_problem_code_run_into_the_problem_is_no_part_of_the_title():
    # “问题编号212(30-4)某湿地违规…”: the inspection's code with no colon before the problem
    text = _result_notice(
        "问题编号212(30-4)某湿地违规建设问题较为突出。2015年以来，某公司在保护区内建设看护房12处。"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某湿地违规建设问题较为突出"
    assert finding.number == 212
    assert finding.status == "completed"


def test_a_figure_after_the_code_word_alone_stays():
    # (bare “编号” without 问题, and a code followed by a figure, are not taken for the problem's code)
    text = _result_notice("编号3号井周边违规建设问题较为突出。2015年以来，某公司在保护区内建设看护房12处。")
    finding = parse_plan_text(text).findings[0]
    assert finding.title.startswith("编号3号井")
