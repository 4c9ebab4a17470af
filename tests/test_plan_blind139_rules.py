"""Rules the reader learnt from blind set 139 (issue 14, docs/decisions.md “Blind set 139”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 139`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _plan_items(first_measures: list[str], second_measures: list[str]) -> str:
    """Two items of a region's plan, a label a line, the measures under 整改措施：."""
    return "\n".join(
        [
            "一、某旗某矿业公司露天煤矿违规占用天然草地120公顷，未办理用地手续。",
            "责任单位：某市党委、政府",
            "督导单位：自治区农牧业厅",
            "整改时限：2018年6月底",
            "整改目标：依法查处，完善手续。",
            "整改措施：",
            *first_measures,
            "二、某开发区渣场未经用地审批，违规占用天然草地9公顷。",
            "责任单位：某市党委、政府",
            "督导单位：自治区农牧业厅",
            "整改时限：2018年12月底",
            "整改目标：完善相关手续。",
            "整改措施：",
            *second_measures,
        ]
    )


def test_a_line_naming_who_oversees_heads_even_one_numbered_step():
    # “X按照职能职责，督导Y完成整改工作。” before （一）… says who oversees the task: with three steps
    # it already headed them; with one step it is no second measure either
    text = _plan_items(
        [
            "自治区农牧业厅按照各自职责，督导某市完成整改工作。",
            "（一）某市政府责令企业停止生产。",
            "（二）某市责成企业完善手续。",
        ],
        ["自治区农牧业厅按照职能职责，督导某市完成整改工作。", "（一）制定整改方案。"],
    )
    first, second = parse_plan_text(text).findings
    assert [m.text for m in first.measures] == ["某市政府责令企业停止生产。", "某市责成企业完善手续。"]
    assert [m.text for m in second.measures] == ["制定整改方案。"]
    assert [d.date.isoformat() for d in second.deadlines] == ["2018-12-31"]
    assert second.lead_units == ["某市党委", "某市政府"]


def test_a_step_before_one_numbered_step_stays_a_measure():
    # guard: a first line that is itself a step (no one named overseeing) is kept with the numbered one
    text = _plan_items(
        ["（一）责令企业停止生产。", "（二）完善用地手续。"],
        ["立即清理渣场周边堆放的废渣。", "（一）制定整改方案。"],
    )
    second = parse_plan_text(text).findings[1]
    assert len(second.measures) == 2
