"""Rules the reader learnt from blind set 65 (issue 14, docs/decisions.md “Blind set 65”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 65`). The set is per-problem forms, third round:
信访件办理情况表, 整改验收销号审批表, 审计查出问题整改销号表, 12345 督办单, 交办问题整改销号表."""

from __future__ import annotations

from intake.plan_parser import _number_value, _tab_form_rows, parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_hotline_work_orders_complaint_is_its_problem():
    """诉求内容 of a 12345 work order is what the people asked to be put right, as 举报内容 is."""
    findings = _findings(
        "序号\t1\t工单编号\tGD001\n诉求内容\t甲镇道路多处坑洼。\n承办单位\t甲镇人民政府\t协办单位\t县交通运输局\n"
        "办理时限\t2020年12月25日\t办理状态\t已办结\n"
        "序号\t2\t工单编号\tGD002\n诉求内容\t乙镇排水管道堵塞。\n承办单位\t县住建局\t协办单位\t乙镇人民政府\n"
        "办理时限\t2020年12月18日\t办理状态\t办理中\n"
    )
    assert [f.title for f in findings] == ["甲镇道路多处坑洼", "乙镇排水管道堵塞"]
    assert [f.cooperating_units for f in findings] == [["县交通运输局"], ["乙镇人民政府"]]


def test_a_short_line_above_the_next_tab_form_heads_it():
    """“重点诉求件（二）” above the next form's first row is that form's heading, not the last line
    of the value above it."""
    rows = _tab_form_rows(
        [
            "序号\t1\t工单编号\tA1",
            "诉求内容\t甲。",
            "办理结果\t已修复。",
            "诉求件（二）",
            "序号\t2\t工单编号\tA2",
        ]
    )
    assert "诉求件（二）" in rows
    assert "| 办理结果 | 已修复。 |" in rows


def test_a_form_whose_unit_stands_above_its_problem_starts_at_its_first_row():
    """One form a work order, the 承办单位 row above the 诉求内容 row: the unit belongs to its own
    form's finding, not to the finding of the form before it."""
    form = (
        "督办单\n| 工单编号 | {code} |\n| 承办部门 | {unit} |\n"
        "| 反映问题 | {problem} |\n| 反馈时限 | {due} |\n"
    )
    findings = _findings(
        form.format(code="2505120416", unit="市容环卫所", problem="垃圾桶满溢。", due="2025年5月14日")
        + form.format(code="2505120533", unit="执法大队", problem="摊点占道经营。", due="立即处置，当日反馈")
    )
    assert [f.lead_units for f in findings] == [["市容环卫所"], ["执法大队"]]
    assert [d.kind for d in findings[1].deadlines] == ["immediate"]


def test_forms_run_together_split_where_the_first_label_comes_round_again():
    """Forms printed one a page lose the title between them (the page's running head): the row
    opening with the first form's first label starts the next form."""
    form = (
        "| 工单编号 | {code} | 来电时间 | 2023年9月15日 |\n| 承办单位 | {unit} |  |  |\n"
        "| 诉求内容 | {problem} |  |  |\n| 办理时限 | 2023年10月13日 | 督办类型 | 超期督办 |\n"
    )
    findings = _findings(
        "热线督办单\n"
        + form.format(code="2309150231", unit="县城管执法局", problem="路灯多处不亮。")
        + form.format(code="2309210088", unit="联通分公司", problem="宽带多次断网。")
    )
    assert [(f.title, f.lead_units) for f in findings] == [
        ("路灯多处不亮", ["县城管执法局"]),
        ("宽带多次断网", ["联通分公司"]),
    ]


def test_the_unit_named_to_put_it_right_wins_over_the_body_audited():
    """被审计单位 stands in for the lead only until the form names its 整改责任单位."""
    findings = _findings(
        "| 被审计单位 | 甲县乙镇人民政府 | 审计项目 | 财务收支审计 |\n| 序号 | 1 | 问题类别 | 财务管理 |\n"
        "| 审计查出问题 | 往来款项长期挂账未清理。 |  |  |\n"
        "| 整改责任单位 | 乙镇人民政府 | 配合单位 | 县财政局 |\n"
    )
    assert findings[0].lead_units == ["乙镇人民政府"]
    assert findings[0].cooperating_units == ["县财政局"]


def test_a_form_code_of_letters_year_and_place_numbers_by_its_place():
    """SNJ-2024-01: the year is no item number; the form's place in the year's run is."""
    assert _number_value("SNJ-2024-01") == 1
    assert _number_value("WC-2022-12") == 12
    assert _number_value("3-1") == 3
