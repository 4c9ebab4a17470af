"""Rules the reader learnt from blind set 168 (issue 14, docs/decisions.md “Blind set 168”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 168`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _exposure(closing: str, unit_line: str = "") -> str:
    # an exposure notice's block: 【label】value lines, then the line handing the problem over
    lines = [
        "我局对巡查发现的突出生态环境问题公开曝光，请被曝光单位确保整改到位。",
        "【5月8日 问题一】",
        "【点位名称】某路一处拆迁工地",
        "【问题所在区域】镜湖区",
        unit_line,
        "【存在问题】工地裸土未覆盖，车辆带泥上路。",
        "【整改期时限】立行立改",
        "【整改要求】裸土全部覆盖，清扫出入口道路。",
        closing,
    ]
    return "\n".join(line for line in lines if line)


def test_the_body_asked_to_look_into_an_exposed_problem_leads():
    finding = parse_plan_text(_exposure("请镜湖区开展现场调查，并将处理情况在群里报告。")).findings[0]
    assert finding.title == "工地裸土未覆盖，车辆带泥上路"
    assert finding.lead_units == ["镜湖区"]
    assert finding.deadlines[0].kind == "immediate"


def test_a_request_to_every_unit_names_no_lead_and_a_unit_label_still_leads():
    # guard: “请各主管单位…” names none; a 主管单位 label keeps its own unit
    text = _exposure("请各主管单位开展现场调查，并将处理情况在群里报告。")
    assert parse_plan_text(text).findings[0].lead_units == []
    text = _exposure("请镜湖区开展现场调查，并将处理情况在群里报告。", "【主管单位】区住建局")
    assert parse_plan_text(text).findings[0].lead_units == ["区住建局"]


def _reply(state: str) -> str:
    # a district office's reply to a city office's 督办通知, signed, a portal's tail under it
    return "\n".join(
        [
            "某市城市管理局办公室：",
            "贵办关于对“某花园小区工地围挡破损，渣土未覆盖等问题”的第12期督办通知已收悉，"
            "我区随即派人到现场督促整改，现将有关情况汇报如下：",
            f"经查，该工地确有围挡破损、渣土未覆盖等问题，我区已责令施工单位立即整改，{state}",
            "附件：整改后照片",
            "某市某某区人民政府办公室",
            "2016年4月2日",
            "附件：",
            "某市某某区人民政府办公室 2016年4月2日印发",
        ]
    )


def test_a_reply_to_a_supervision_notice_is_titled_by_the_problem_it_quotes_and_led_by_its_signer():
    finding = parse_plan_text(_reply("目前围挡已修复，渣土已全部覆盖。")).findings[0]
    assert finding.title == "某花园小区工地围挡破损，渣土未覆盖等问题"
    assert finding.lead_units == ["某市某某区人民政府办公室"]
    assert finding.deadlines == []  # a bare 立即整改 in the handling is no limit
    assert finding.status == "completed"


def test_a_state_now_not_all_done_leaves_the_reply_open():
    # guard: one clause of the state still under way
    for state in ("目前围挡已修复，渣土正在覆盖。", "目前围挡已修复，渣土覆盖完成60%。"):
        finding = parse_plan_text(_reply(state)).findings[0]
        assert finding.title == "某花园小区工地围挡破损，渣土未覆盖等问题"
        assert finding.status != "completed"
