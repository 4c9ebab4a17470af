"""Rules the reader learnt from the fifth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 5”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_NOTICE = (
    "专项督察反馈14号问题已整改完成，并通过核查验收。现将该问题整改完成情况公示如下：\n"
    "一、整改问题\n湿地公园巡查管护不够，有烧荒现象。\n二、整改实施主体\n某县人民政府\n"
    "三、重点措施\n1.制止烧荒。\n2.加强巡查。\n3.增设警示标识。\n四、目标任务\n烧荒现象清除。\n"
    "五、完成时限\n立行整改、长期坚持\n六、整改完成情况\n已清理。\n"
)


def test_the_last_item_of_a_measures_list_is_not_a_finding():
    (finding,) = parse_plan_text(_NOTICE).findings
    assert finding.title == "湿地公园巡查管护不够，有烧荒现象"
    assert finding.lead_units == ["某县人民政府"]
    assert [m.text for m in finding.measures] == ["制止烧荒。", "加强巡查。", "增设警示标识。"]


def test_the_number_and_rolling_deadline_of_a_notice():
    (finding,) = parse_plan_text(_NOTICE).findings
    assert finding.number == 14
    assert [d.kind for d in finding.deadlines] == ["immediate", "long_term"]
    (finding,) = parse_plan_text(
        "整改方案明确的编号36整改事项已整改完成。\n一、整改事项\n码头布局散乱。\n二、责任单位\n某区人民政府。\n"
        "三、验收单位\n某市交通局。\n四、整改目标\n合理布局。\n五、整改时限\n2023年11月30日前。\n"
    ).findings
    assert (finding.number, finding.title, finding.lead_units) == (36, "码头布局散乱", ["某区人民政府"])
    assert finding.cooperating_units == []


def test_the_inspection_lead_in_is_cut_from_the_title():
    (finding,) = parse_plan_text(
        "一、环保督察反馈的问题\n第二轮省生态环境保护督察反馈医疗废物产生量和处置量不一致。\n"
        "二、整改目标\n数量一致。\n三、整改措施\n（一）查明原因。\n（二）统一计量。\n四、整改期限\n长期坚持\n"
    ).findings
    assert finding.title == "医疗废物产生量和处置量不一致"
    assert len(finding.measures) == 2
