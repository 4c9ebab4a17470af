"""Rules the reader learnt from blind set 172 (issue 14, docs/decisions.md “Blind set 172”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 172`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_OPENING = (
    "2024年省督察反馈的“某县某矿业公司破坏生态环境”“某市某石矿项目未办理林地手续，某县矿山企业主体责任"
    "落实不到位”等问题已整改完成，并通过核查验收。现将上述问题整改完成情况公示如下："
)


def _item(heading: str, problem: str, unit: str, limit: str) -> list[str]:
    return [
        heading,
        "（一）整改问题",
        problem,
        "（二）整改实施主体",
        unit,
        "（三）重点措施",
        "1.清理堆场并硬化地面。",
        "2.加强日常监管。",
        "（四）目标任务",
        "堆场规范，无废水外排。",
        "（五）完成时限",
        limit,
        "（六）整改完成情况",
        "1.堆场已清理硬化。",
    ]


def _notice(*items: list[str]) -> str:
    return "\n".join([_OPENING, *(line for item in items for line in item)])


_ITEM_1 = _item(
    "一、“某县某矿业公司破坏生态环境”问题",
    "某县某矿业公司堆场没有挡渣墙，废水直排。",
    "青山县委、县政府",
    "2025年6月底",
)
_ITEM_2 = _item(
    "二、“某市某石矿项目未办理林地手续，某县矿山企业主体责任落实不到位”问题",
    "某市某石矿项目未办理使用林地审批手续。",
    "白水市委、市政府",
    "2025年12月底",
)


def test_a_quoted_problem_heading_numbers_and_titles_the_item_under_it():
    # “一、“X”问题” over （一）整改问题 … (六)整改完成情况: one item, numbered 1, 2 by its heading, titled by
    # the name in quotes, one part (the blocks' （一） restarting under each heading opens no new part)
    findings = parse_plan_text(_notice(_ITEM_1, _ITEM_2)).findings
    assert [(f.part, f.number) for f in findings] == [(1, 1), (1, 2)]
    assert [f.title for f in findings] == [
        "某县某矿业公司破坏生态环境",
        "某市某石矿项目未办理林地手续，某县矿山企业主体责任落实不到位",
    ]
    assert [f.lead_units for f in findings] == [["青山县委", "青山县政府"], ["白水市委", "白水市政府"]]
    assert [f.deadlines[0].date.isoformat() for f in findings] == ["2025-06-30", "2025-12-31"]


def test_the_target_label_in_a_bracketed_label_run_is_no_measure():
    # “（四）目标任务” among （一）整改问题 （二）整改实施主体 （五）完成时限 is the target's label: the two
    # measures stay two
    findings = parse_plan_text(_notice(_ITEM_1, _ITEM_2)).findings
    assert [len(f.measures) for f in findings] == [2, 2]


def test_an_item_cut_by_the_page_is_posted_done_when_the_opening_quotes_it():
    # the page breaks off inside item 2's problem: no progress of its own, but the opening names it
    # in quotes among the problems it says are finished
    cut = [*_ITEM_2[:2], "某市某石矿项目未办理使用林地审批和"]
    findings = parse_plan_text(_notice(_ITEM_1, cut)).findings
    assert [f.status for f in findings] == ["completed", "completed"]


def test_a_problem_the_opening_does_not_quote_stays_as_its_own_text_says():
    # guard: an opening quoting another problem closes nothing it does not name
    cut = ["二、“某区某村污水外溢”问题", "（一）整改问题", "某区某村污水外溢。"]
    findings = parse_plan_text(_notice(_ITEM_1, cut)).findings
    assert findings[1].title == "某区某村污水外溢"
    assert findings[1].status is None


def test_a_trailing_point_code_is_no_part_of_the_title():
    text = "\n".join(
        [
            "一、整改问题",
            "某公司占用某国家级自然保护区建设2号光伏点（202403-341702-N1-041-ED-0002）。",
            "二、整改实施主体",
            "某镇人民政府",
            "三、重点措施",
            "1、拆除保护区内光伏设施。",
            "四、目标任务",
            "光伏设施拆除。",
            "五、完成时限",
            "2025年6月底",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某公司占用某国家级自然保护区建设2号光伏点"


def test_a_bracket_of_words_closing_the_title_stays():
    # guard: only a code of hyphen-joined digits and capitals goes, never a bracket with words
    text = "\n".join(
        [
            "一、整改问题",
            "某公司占用湿地建设光伏点（2024-2025年度）。",
            "二、整改实施主体",
            "某镇人民政府",
            "三、完成时限",
            "2025年6月底",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某公司占用湿地建设光伏点（2024-2025年度）"
