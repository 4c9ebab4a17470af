"""Rules the reader learnt from blind set 156 (issue 14, docs/decisions.md “Blind set 156”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 156`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _closure_notice(problem: str, target: str) -> str:
    # a portal's 整改销号公示: labels each on a line over their value, the problem quoted from the plans
    return "\n".join(
        [
            "第一批中央生态环境保护督察反馈问题整改销号公示",
            "2020-12-01",
            "来源：某市生态环境局",
            "生态环境保护督察反馈问题整改完成情况公示表",
            "反馈问题",
            "省相关整改方案中反馈问题",
            problem,
            "问题来源",
            "第一轮中央生态环境保护督察。",
            "整改目标",
            "省相关整改方案中整改目标",
            target,
        ]
    )


_QUOTED = (
    "《某省贯彻落实中央环境保护督察反馈意见整改方案》反馈“部分县城垃圾填埋场渗滤液处理设施长期停运，"
    "渗滤液直排河道。”（编号：第十二项）"
)


def test_problem_quoted_from_a_plan_is_titled_by_the_quote_and_numbered_by_its_code():
    # “《…整改方案》反馈“X。”（编号：第十二项）”: the plan's name and verb are a frame; the code
    # after the quote is the plan's item
    text = _closure_notice(_QUOTED, "完成渗滤液处理设施改造，稳定达标排放。")
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "部分县城垃圾填埋场渗滤液处理设施长期停运，渗滤液直排河道"
    assert finding.number == 12


def test_a_plan_named_in_the_notice_own_sentence_stays():
    # (a plan's name opening the notice's own sentence, no quote after it, is not cut off)
    text = _closure_notice(
        "《某省整改方案》明确部分县城垃圾填埋场渗滤液处理设施长期停运的问题需要整改。",
        "完成渗滤液处理设施改造。",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title.startswith("《某省整改方案》")


def test_target_issuing_a_scheme_by_a_date_gives_the_limit():
    # “…于2019年6月底前由市政府印发实施”: the scheme is due by then, so the task is
    text = _closure_notice(
        _QUOTED,
        "制定渗滤液专项整治方案，明确完成时限和责任单位，于2019年6月底前由市政府印发实施。",
    )
    finding = parse_plan_text(text).findings[0]
    assert [d.date.isoformat() for d in finding.deadlines if d.date] == ["2019-06-30"]


def test_target_goal_date_is_still_no_limit():
    # (“2025年12月31日前，收集率达到70%” states the goal, as before)
    text = _closure_notice(_QUOTED, "2025年12月31日前，渗滤液收集率达到70%。")
    finding = parse_plan_text(text).findings[0]
    assert finding.deadlines == []
