"""Rules the reader learnt from blind set 146 (issue 14, docs/decisions.md “Blind set 146”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 146`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import wrapped_tab_header

# --- a case table with narrow header cells, pasted out of Word ---------------------------------------
# Every narrow header cell holds two paragraphs (“行政⏎区域”), so Word's plain text breaks the header
# over six lines, each piece looking like a form's label⇥value.

_WRAPPED_HEADER = [
    "某督察组交办第三十一批群众举报件边督边改情况",
    "（上接十二版）",
    "序号\t受理编号\t交办问题基本情况\t行政",
    "区域\t污染",
    "类型\t调查核实情况\t是否",
    "属实\t处理和整改情况\t是否",
    "办结\t责任人",
    "被处理情况",
    "27\tX2HA202105070034\t甲镇一养猪场粪便乱堆放，气味难闻。\t甲市\t水",
    "大气\t经现场调查，堆肥场内存有粪便。\t部分",
    "属实\t要求该养殖场立即清除粪污，打扫干净。\t已办结\t无",
]


def test_a_header_wrapped_over_six_lines_is_read_as_the_table_header():
    plan = parse_plan_text("\n".join(_WRAPPED_HEADER))
    assert [f.number for f in plan.findings] == [27]
    finding = plan.findings[0]
    assert finding.title == "甲镇一养猪场粪便乱堆放，气味难闻"
    assert finding.lead_units == []  # “责任人被处理情况” is accountability, no unit column
    assert finding.status == "completed"


def test_a_wrapped_header_is_no_form_and_a_form_stays_one():
    assert wrapped_tab_header(_WRAPPED_HEADER)
    form = ["责任单位\t县林草局", "整改时限\t2024年12月底", "整改措施\t1.清理违建。", "2.恢复植被。"]
    assert not wrapped_tab_header(form)
    # a header broken once (“责任⏎单位”) is left to the rules that read it already
    assert not wrapped_tab_header(["序号\t问题\t责任", "单位\t整改时限", "1\t河道垃圾\t甲镇\t2024年底"])
