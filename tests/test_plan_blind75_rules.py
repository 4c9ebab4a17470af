"""Rules the reader learnt from blind set 75 (issue 14, docs/decisions.md “Blind set 75”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 75`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _deadlines(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


def test_an_excerpt_of_a_plan_numbered_from_its_twelfth_item_is_read():
    findings = parse_plan_text(
        "某市整改方案\n"
        "二、整改任务（节选）\n"
        "十二、城区露天焚烧垃圾问题突出。\n"
        "整改目标：露天焚烧行为明显减少。\n"
        "整改措施：\n（一）加强巡查。\n（二）依法处罚。\n"
        "责任单位：市城管局\n完成时限：2020年6月底前\n"
        "十三、部分河道水质不达标。\n"
        "整改目标：水质达标。\n"
        "整改措施：\n（一）截污纳管。\n"
        "责任单位：市水务局\n完成时限：长期坚持\n"
    ).findings
    assert [(f.number, f.title) for f in findings] == [
        (12, "城区露天焚烧垃圾问题突出"),
        (13, "部分河道水质不达标"),
    ]


def test_a_time_label_glued_onto_the_last_unit_is_cut_off():
    findings = parse_plan_text(
        "一、建筑工地扬尘管控不到位。\n整改目标：扬尘得到控制。\n整改措施：\n（一）加强检查。\n"
        "责任单位：市住建委、各区政府完成时限：立行立改\n"
        "二、露天烧烤问题突出。\n整改目标：烧烤减少。\n整改措施：\n（一）联合执法。\n"
        "责任单位：市城管局\n完成时限：2018年6月底前\n"
    ).findings
    assert findings[0].lead_units == ["市住建委", "各区政府"]
    assert _deadlines(findings[0]) == ["immediate"]


def test_units_named_after_by_in_a_progress_report_all_lead_and_the_status_is_read_below_the_problem():
    findings = parse_plan_text(
        "某区环保督察反馈问题整改进展情况\n"
        "一、违法建设项目清理整治不彻底，部分企业至今尚未完成整治。\n"
        "本项整改任务由区生态环境局、区城管局牵头，各街镇、区市场监管局配合。现已完成整改。\n"
        "二、部分河道水质不稳定，出现返黑返臭现象。\n"
        "本项整改任务由区水务局牵头，相关街镇配合。目前正在整改，计划于2022年12月底前完成。\n"
    ).findings
    assert [f.lead_units for f in findings] == [["区生态环境局", "区城管局"], ["区水务局"]]
    assert [f.cooperating_units for f in findings] == [["各街镇", "区市场监管局"], ["相关街镇"]]
    assert [f.status == "completed" for f in findings] == [True, False]
    assert _deadlines(findings[1]) == ["2022-12-31"]


_CHECK_LIST = "序号\t督查时间\t企业名称\t存在的问题\t现场检查及整改情况\n"


def test_a_check_list_takes_its_unit_from_the_case_handed_to_it_and_titles_what_was_found():
    findings = parse_plan_text(
        "大气污染防治督查查处清单\n"
        + _CHECK_LIST
        + "1\t2018.5.2\t某建材公司\t现场检查时该厂正在生产。发现问题：1.料场未苫盖。\t"
        "我局将问题移交区住建委查处，要求立即整改。\n"
        "2\t2018.5.2\t某物流园\t园区道路积尘严重。\t我局将问题移交甲镇查处。5月4日复查，道路已冲洗干净。\n"
        "3\t2018.5.3\t某汽修厂\t露天喷漆作业。\t我局将问题移交乙街道查处，要求于2018年6月30日前建成喷漆房。\n"
    ).findings
    assert [f.title for f in findings] == ["料场未苫盖", "园区道路积尘严重", "露天喷漆作业"]
    assert [f.lead_units for f in findings] == [["区住建委"], ["甲镇"], ["乙街道"]]
    assert [f.status == "completed" for f in findings] == [False, True, False]
    assert _deadlines(findings[2]) == ["2018-06-30"]
