"""Rules the reader learnt from blind set 52 (issue 14, docs/decisions.md “Blind set 52”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 52`). The set is a second mixed one, taken in the
order broad searches gave it."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_an_aspect_column_of_a_patrol_ledger_groups_its_rows():
    """A 巡察 ledger names the aspect each problem falls under in a 所属方面 column (merged down in
    the workbook, so repeated or empty below): that aspect is the rows' section."""
    plan = parse_plan_text(
        "某镇党委巡察反馈意见整改台账\n"
        "| 序号 | 所属方面 | 存在问题 | 整改措施 | 责任单位 | 整改时限 |\n"
        "| 1 | 党的政治建设方面 | 学习传达不及时。 | 建立第一议题制度。 | 党政办 | 立行立改 |\n"
        "| 2 |  | 阵地管理不规范。 | 清理宣传栏。 | 宣传办 | 2019年6月30日前 |\n"
        "| 3 | 全面从严治党方面 | 决策记录不完整。 | 规范会议记录。 | 党政办 | 2019年5月31日前 |\n"
    )
    assert [f.section for f in plan.findings] == ["党的政治建设方面", "党的政治建设方面", "全面从严治党方面"]


def test_a_check_column_beside_the_problem_is_each_rows_verdict():
    """A 回头看 table's 检查情况 (or 复查情况) column says whether each problem was put right."""
    plan = parse_plan_text(
        "某市问题整改回头看监督检查情况表\n"
        "| 序号 | 问题 | 整改要求 | 责任单位 | 整改时限 | 检查情况 |\n"
        "| 1 | 栈道拆除不彻底 | 彻底拆除栈道。 | 某保护区管护局 | 2017年12月底前 | 已整改完成 |\n"
        "| 2 | 未验先投 | 完成竣工验收。 | 某保护区管护局 | 2018年6月30日前 | 未完成整改 |\n"
    )
    assert [f.status for f in plan.findings] == ["completed", None]


def test_the_audited_body_named_above_a_list_without_units_is_every_rows_lead():
    """An audit's 整改清单 names the body audited once, above its table, and no unit in the rows:
    that body must put every problem right, though the list is no handed-down notice."""
    plan = parse_plan_text(
        "某县审计整改清单\n"
        "被审计单位：某县住房和城乡建设局\n"
        "| 序号 | 审计发现的问题 | 审计整改要求和建议 | 审计整改期限 |\n"
        "| 1 | 专项资金结存未统筹使用。 | 交回财政统筹使用。 | 2017年9月30日前 |\n"
        "| 2 | 固定资产未入账。 | 及时登记入账。 | 2017年12月31日前 |\n"
    )
    assert [f.lead_units for f in plan.findings] == [["某县住房和城乡建设局"]] * 2


def test_a_named_body_above_a_list_does_not_replace_the_rows_own_units():
    plan = parse_plan_text(
        "某县审计整改清单\n"
        "被审计单位：某县住房和城乡建设局\n"
        "| 序号 | 审计发现的问题 | 责任单位 | 审计整改期限 |\n"
        "| 1 | 专项资金结存未统筹使用。 | 某县财政局 | 2017年9月30日前 |\n"
    )
    assert plan.findings[0].lead_units == ["某县财政局"]


_ADVICE = (
    "整改建议书\n"
    "某景区管理处：\n"
    "2018年7月30日，县委巡察组对景区环境保护情况进行了专项巡察，发现以下问题：\n"
    "一、池塘承包养殖投放鸡肥，影响水质。\n"
    "二、黑天鹅养殖密度高。\n"
    "三、餐馆生活垃圾随意堆放。\n"
    "请你处对上述问题立即整改到位，并于2018年8月31日前将整改情况书面报县委巡察办。\n"
    "中共某县委巡察组\n"
)


def test_every_item_under_a_line_announcing_problems_is_a_problem():
    """A letter lists its problems under “…发现以下问题：”; items that name no fault word (投放鸡肥,
    密度高) are problems all the same."""
    plan = parse_plan_text(_ADVICE)
    assert [(f.number, f.title) for f in plan.findings] == [
        (1, "池塘承包养殖投放鸡肥，影响水质"),
        (2, "黑天鹅养殖密度高"),
        (3, "餐馆生活垃圾随意堆放"),
    ]


def test_an_advice_letter_is_handed_down_to_its_addressee_who_must_act_as_soon_as_asked():
    """A 整改建议书 is addressed to the body that must put things right (a 管理处 as well as a 局),
    and its closing request “对上述问题立即整改到位” is every problem's limit; the day the report
    is due is not."""
    plan = parse_plan_text(_ADVICE)
    assert [f.lead_units for f in plan.findings] == [["某景区管理处"]] * 3
    assert [[d.kind for d in f.deadlines] for f in plan.findings] == [["immediate"]] * 3


def test_a_class_columns_section_does_not_run_on_into_the_next_table():
    """Two sheets copied one under the other: the first one's 所属方面 is no group of the second's
    rows (a 村 column is a place, not a class)."""
    plan = parse_plan_text(
        "镇党委整改台账\n"
        "序号\t所属方面\t存在问题\t责任单位\t整改时限\n"
        "1\t基层党组织建设方面\t发展党员不规范。\t党建办\t2019年12月31日前\n"
        "\n"
        "村级整改台账\n"
        "序号\t村\t存在问题\t责任单位\t整改时限\n"
        "1\t河西村\t村务公开不及时。\t河西村党支部\t2019年4月30日前\n"
    )
    assert [(f.part, f.section) for f in plan.findings] == [(1, "基层党组织建设方面"), (2, None)]
