"""Rules the reader learnt from blind set 162 (issue 14, docs/decisions.md “Blind set 162”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 162`)."""

from __future__ import annotations

import datetime

from intake.plan_parser import parse_plan_text


def _notice(opening: str, target: str, completion: str | None = None, title: str | None = None) -> str:
    # a city's notice of one finding of a provincial inspection: labels each on a line over their value
    lines = [title] if title else []
    lines += [
        opening,
        "一、反馈问题",
        "某县城区污水管网建设滞后，部分生活污水直排河道。督察发现，整改推进缓慢。",
        "二、整改目标",
        target,
        "三、整改措施",
        "1.开展管网排查。列出问题清单，逐一整改。",
        "2.加快管网建设。新建截污管网10公里。",
    ]
    if completion:
        lines += ["四、整改完成情况", completion]
    return "\n".join(lines)


_OPENING = (
    "根据《某市贯彻落实第二轮省生态环境保护督察报告整改方案》要求，"
    "我市积极推进反馈问题（省序号14）整改工作。现将有关情况公示如下："
)


def test_the_number_in_the_province_list_in_brackets():
    # “反馈问题（省序号14）”: the problem's number in the province's list, as “（省编号14）”
    finding = parse_plan_text(_notice(_OPENING, "持续改善水质。")).findings[0]
    assert finding.number == 14


def test_finishing_dates_of_a_target_in_steps_give_the_latest():
    # “2024年年底前完成95%…；2025年年底前全面完成…”: work finished in steps is due by the last step
    target = "2024年年底前完成90%的管网建设任务；2025年年底前全面完成管网建设及验收工作。"
    finding = parse_plan_text(_notice(_OPENING, target)).findings[0]
    assert [d.date for d in finding.deadlines] == [datetime.date(2025, 12, 31)]


def test_a_finishing_clause_after_a_level_gives_its_date():
    # “2025年底前，收集率达到65%；基本完成…问题整改”: the later clause finishes the rectification, an act
    target = (
        "2024年底前，污水收集率达到50%以上。2025年底前，污水收集率达到65%；基本完成城区管网问题整改，"
        "消除污水直排口。2026年底前，污水收集率达到85%。"
    )
    finding = parse_plan_text(_notice(_OPENING, target)).findings[0]
    assert [d.date for d in finding.deadlines] == [datetime.date(2025, 12, 31)]


def test_a_target_of_levels_only_gives_no_limit():
    # (guard) dated levels to reach, no act finished by the date: no limit, as before
    target = "2024年底前，污水收集率达到50%以上。2025年底前，污水收集率达到65%，污水处理率达到60%。"
    finding = parse_plan_text(_notice(_OPENING, target)).findings[0]
    assert finding.deadlines == []


def test_a_numbered_problem_posted_by_its_title_is_done():
    # “关于…反馈问题 （序号20）整改情况的公示”: one numbered problem's rectification posted
    text = _notice(
        "根据整改方案要求，我局积极推进反馈问题（序号20）整改工作，现将有关情况公示如下：",
        "加强管网建设，改善水质。",
        completion="一是加大督办力度。召开推进会2次。\n二是加大巡查力度。全年未发现直排行为。",
        title="关于第二轮省生态环境保护督察反馈问题 （序号20）整改情况的公示",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.number == 20
    assert finding.status == "completed"


def test_a_progress_notice_of_a_numbered_problem_stays_open():
    # (guard) “…问题（序号20）整改进展情况的公示”: work going on, not posted as done
    text = _notice(
        "根据整改方案要求，我局积极推进反馈问题（序号20）整改工作，现将有关情况公示如下：",
        "加强管网建设，改善水质。",
        completion="一是加大督办力度。召开推进会2次。\n二是管网建设正在推进。",
        title="关于第二轮省生态环境保护督察反馈问题（序号20）整改进展情况的公示",
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.status != "completed"
