"""Rules the reader learnt from blind set 174 (issue 14, docs/decisions.md “Blind set 174”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 174`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _check_notice(problems: list[str]) -> str:
    return "\n".join(
        [
            "某镇2022年秋季秸秆禁烧督查情况通报",
            "各村：",
            "10月8日，镇督查组对各村禁烧工作进行了实地督查，现将督查情况通报如下",
            "一：总体情况",
            "各村禁烧工作有序推进。",
            "二：存在问题",
            *problems,
            "三：工作要求",
            "各村要加大巡查力度，确保不发生焚烧。",
            "某镇秸秆禁烧工作指挥部",
        ]
    )


def test_numbered_lines_under_a_problems_heading_are_one_finding_each():
    text = _check_notice(["1.禁烧宣传标语张贴不足。", "2.部分地块留茬过高。", "3.夜间巡查人员不在岗"])
    findings = parse_plan_text(text).findings
    assert [(f.number, f.title) for f in findings] == [
        (1, "禁烧宣传标语张贴不足"),
        (2, "部分地块留茬过高"),
        (3, "夜间巡查人员不在岗"),
    ]
    assert all(not f.lead_units and not f.deadlines and f.status is None for f in findings)


def test_a_problems_heading_over_one_paragraph_stays_one_finding():
    # numbered points must be the whole list, counted from 1, before the list is split
    text = _check_notice(["部分地块留茬过高，夜间巡查人员不在岗。"])
    assert len(parse_plan_text(text).findings) == 1


def _case(handling: str) -> str:
    return "\n".join(
        [
            "某区",
            "受理编号:D410000201806210001",
            "反映情况：某村东侧有一养猪场，气味难闻，粪水外排。",
            "调查核实情况：经调查，举报件属实。",
            f"处理及整改情况：{handling}",
        ]
    )


def test_a_farmers_dated_commitment_in_the_handling_is_the_cases_limit():
    # “自愿于2018年8月底将生猪…淘汰” and “自愿于2018年10月底将生猪全部处理”: the latest day, as for
    # a handling's “在…前退出” (LIMIT_SET_IN_HANDLING)
    text = _case(
        "养殖户甲自愿于2018年8月底将生猪逐步减少淘汰，养殖户乙自愿于2018年10月底将生猪全部处理，并停业取缔。"
    )
    finding = parse_plan_text(text).findings[0]
    assert [d.date.isoformat() for d in finding.deadlines if d.date] == ["2018-10-31"]


def test_a_dated_day_without_a_commitment_is_no_limit():
    text = _case("2018年8月底，养殖户已将生猪全部出售。")
    assert not parse_plan_text(text).findings[0].deadlines


ACCOUNT = (
    "市农业农村局开展畜禽养殖粪污暗访检查\n"
    "近日，按照市环保督察热线信访转办件（省督察[2021]99号，省厅受理编号20211001-2），"
    "反映问题：“某县某镇某村北养殖场，粪水直排田地，污染地下水。”10月5日，市农业农村局组织工作组赶赴"
    "该县现场核查。\n"
    "经现场调查，该场粪水发酵后还田，此次系浇灌时肥水溢出所致。{state}\n"
)


def test_a_complaint_quoted_after_its_label_titles_an_account_and_settled_is_done():
    text = ACCOUNT.format(state="目前养殖场已与信访人协商一致，信访问题已经解决。")
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某县某镇某村北养殖场，粪水直排田地，污染地下水"
    assert finding.status == "completed"


def test_an_account_that_does_not_say_the_complaint_settled_stays_open():
    text = ACCOUNT.format(state="工作组要求该场规范还田。")
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某县某镇某村北养殖场，粪水直排田地，污染地下水"
    assert finding.status is None


def test_one_more_thing_the_visit_found_is_a_second_finding_done_when_put_right():
    text = ACCOUNT.format(state="目前养殖场已与信访人协商一致，信访问题已经解决。") + (
        "在某镇甲村与乙村之间的路边发现有三个粪污渗坑，经询问，坑中粪污不是附近养殖场排放。\n"
        "工作组当即将问题反馈县级主管部门。10月5日，该县已督促乡镇连夜完成了问题整改。\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "某县某镇某村北养殖场，粪水直排田地，污染地下水",
        "在某镇甲村与乙村之间的路边发现有三个粪污渗坑",
    ]
    assert [f.status for f in findings] == ["completed", "completed"]


def test_a_found_thing_without_a_count_is_no_second_finding():
    text = ACCOUNT.format(state="信访问题已经解决。") + "在某镇甲村路边发现粪污，已清理。\n"
    assert len(parse_plan_text(text).findings) == 1
