"""Rules the reader learnt from blind set 163 (issue 14, docs/decisions.md “Blind set 163”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 163`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import LIST_ITEM_LEAD


def _labelled_notice(opening: str, task: str) -> str:
    return "\n".join(
        [
            opening,
            "一、整改任务",
            task,
            "二、整改目标",
            "恢复被破坏林地的植被。",
            "三、整改措施",
            "1、成立专班，逐一清查违法图斑。",
            "2、编制还林规划，依法收回林地。",
            "四、整改主要工作及成效",
            "1、已拆除违法设施。",
        ]
    )


def test_a_longer_list_name_and_its_task_word_before_the_problem_are_no_part_of_the_title():
    # “省级生态环境保护督察发现问题清单第16项整改任务，X。”: the item, then the problem after a comma
    text = _labelled_notice(
        "我县已完成省级督察第7项问题整改，拟申请验收销号，现对该项整改任务完成情况向社会公示：",
        "省级生态环境保护督察发现问题清单第7项整改任务，某县多处发生毁林开垦的案件。",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某县多处发生毁林开垦的案件"
    assert finding.number == 7
    # a problem that only names a list further on stays whole
    assert LIST_ITEM_LEAD.match("部分乡镇未按问题清单第3项整改任务，推进整治") is None


def test_a_task_put_up_for_closing_after_its_check_is_done():
    # “…开展了验收并进行了审核，该项任务拟销号，现将整改验收销号情况向社会公示：”
    text = _labelled_notice(
        "我市已完成省级督察第29项问题整改，市林草局开展了验收并进行了审核，该项任务拟销号，现将整改验收销号情况向社会公示：",
        "部分自然保护地监管弱化，日常巡查不严不细。",
    )
    assert parse_plan_text(text).findings[0].status == "completed"


def test_a_closing_date_column_is_no_closure():
    # “问题拟销号时间：2024年6月30日”: a day to come, the problem still open
    text = _labelled_notice(
        "现将某县省级督察第29项问题整改进展情况通报如下，问题拟销号时间：2024年6月30日。",
        "部分自然保护地监管弱化，日常巡查不严不细。",
    )
    assert parse_plan_text(text).findings[0].status != "completed"


def test_a_write_off_completion_posted_is_done():
    # “…整改任务（序号十六）销号完成情况进行公示”, the labels with their values on the same line
    text = "\n".join(
        [
            "现对领导小组向我局反馈的省级督察“回头看”反馈问题整改任务（序号十六）销号完成情况进行公示。",
            "整改问题：破坏林地的问题仍然存在。某林场内养殖场违规占地1000余平方米。",
            "整改目标：加强管控，杜绝破坏林地现象。",
            "整改措施：1、加强对涉林案件的督导；",
            "2、加大巡护力度；",
            "整改任务完成情况：1、已下发督办函；",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.status == "completed"
    assert finding.number == 16
    assert finding.title == "破坏林地的问题仍然存在"
