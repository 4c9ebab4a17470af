"""Rules the reader learnt from blind set 164 (issue 14, docs/decisions.md “Blind set 164”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 164`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _completion_form(task: str, unit: str) -> str:
    # a 整改完成情况公示表 copied a row a line, cells set off by bars, labels keeping a wrap's space
    return "\n".join(
        [
            "关于某督察整改任务整改完成情况公示",
            "整改完成情况公示表",
            f"整改 任务 | {task} |",
            f"责任 单位 | {unit} |",
            "整改 目标 | 规范用海审批程序，修复受损岸线。 |",
            "整改 措施 | 完成项目区生态影响后评估，按评估结论开展修复。 |",
            "整改主要工作及成效 | 1.后评估报告已通过专家评审，修复方案正在实施。 |",
        ]
    )


def test_a_code_masked_by_a_mirror_is_no_part_of_the_title():
    # “（十*）”, “（*）”: the item's code with its figures masked; the title starts after it
    for code in ("（十*）", "（*）", "（1*）"):
        text = _completion_form(f"{code}某市有关部门审批用海时未作关联性审核，分宗确权。", "市海洋局")
        finding = parse_plan_text(text).findings[0]
        assert finding.title == "某市有关部门审批用海时未作关联性审核，分宗确权"


def test_a_masked_part_of_a_unit_name_is_dropped():
    # “（略）市人民政府”: the mirror masked the city's name; the body is the city government
    text = _completion_form("某市有关部门审批用海时未作关联性审核。", "（略）市人民政府")
    assert parse_plan_text(text).findings[0].lead_units == ["市人民政府"]


def test_unmasked_codes_and_names_read_as_before():
    # guard: “（十二）” is still a code, and a bracket saying what a name covers stays with it
    text = _completion_form("（十二）某市有关部门审批用海时未作关联性审核。", "各区政府（含开发区管委会）")
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某市有关部门审批用海时未作关联性审核"
    assert finding.lead_units == ["各区政府（含开发区管委会）"]
