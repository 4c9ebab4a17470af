"""Rules the reader learnt from blind set 23 (issue 14, docs/decisions.md “Blind set 23”), each
on a short plan written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 23`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_HEADER = "| 序号 | 问题 | 责任单位 | 验收单位 | 整改时限 |\n"
_ROWS = (
    "| 1 | 部分乡镇污水处理设施出水超标。 | 县水务局 | 县生态环境局 | 2024年12月底前 |\n"
    "| 2 | 建筑垃圾无序堆放。 | 县城管局 | 县住建局 | 2025年6月底前 |\n"
)
# A plan whose closing chapter (四、保障措施) stands two lines above its attached task list.
_PLAN_THEN_ATTACHMENT = (
    "某县贯彻落实省生态环境保护督察报告整改方案\n"
    "一、总体要求\n"
    "坚持拉条挂账、督办落实、办结销号。\n"
    "四、保障措施\n"
    "县整改办负责统筹调度，验收单位按程序组织验收销号。\n"
    "{attachment}\n"
)


def _sections(text: str) -> list[str | None]:
    return [finding.section for finding in parse_plan_text(text).findings]


def test_the_plans_closing_chapter_is_not_the_section_of_the_attached_tables_rows():
    for attachment in ("附件：某县整改任务清单", "附件1", "附件1　某县整改任务清单", "附件"):
        plan = parse_plan_text(_PLAN_THEN_ATTACHMENT.format(attachment=attachment) + _HEADER + _ROWS)
        assert [f.title for f in plan.findings] == ["部分乡镇污水处理设施出水超标", "建筑垃圾无序堆放"]
        # 验收单位 (the unit that accepts the work) is no unit that does it
        assert [f.lead_units for f in plan.findings] == [["县水务局"], ["县城管局"]]
        assert [f.cooperating_units for f in plan.findings] == [[], []]
        assert [f.section for f in plan.findings] == [None, None], attachment


def test_a_heading_or_group_row_inside_the_attachment_still_sections_the_rows():
    opening = _PLAN_THEN_ATTACHMENT.format(attachment="附件：某县整改任务清单")
    text = opening + "一、水污染问题\n" + _HEADER + _ROWS
    assert _sections(text) == ["一、水污染问题", "一、水污染问题"]
    grouped = (
        _PLAN_THEN_ATTACHMENT.format(attachment="附件：某县整改任务清单")
        + _HEADER
        + "| 二、固体废物问题 |\n"
        + _ROWS
    )
    assert _sections(grouped) == ["二、固体废物问题", "二、固体废物问题"]


def test_without_an_attachment_line_a_heading_right_above_the_table_still_sections_it():
    text = "某县整改任务清单\n一、水污染问题\n" + _HEADER + _ROWS
    assert _sections(text) == ["一、水污染问题", "一、水污染问题"]


def test_attachment_in_prose_does_not_end_the_section():
    text = "某县整改任务清单\n一、水污染问题\n附件材料齐全，已报县整改办。\n" + _HEADER + _ROWS
    assert _sections(text) == ["一、水污染问题", "一、水污染问题"]
