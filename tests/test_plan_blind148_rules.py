"""Rules the reader learnt from blind set 148 (issue 14, docs/decisions.md “Blind set 148”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 148`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_HEADER = [
    "序号 |",
    "交办问题基本情况 |",
    "涉及区县及部门 |",
    "调查核实情况 |",
    "是否属实 |",
    "是否办结 |",
    "备注 |",
]


def _cells(check: str) -> str:
    return "\n".join(
        [
            "现将第三批交办问题办理结果通报如下：",
            *_HEADER,
            "1 |",
            "受理编号012号的环境信访问题为：某县某镇河边有人夜间洗砂，废水直排河道。 |",
            "某县 |",
            check,
        ]
    )


def test_a_cell_a_line_copy_cut_inside_its_last_cell_reads_its_row():
    # the page stops inside the check, so its closing bar never came; its numbered points stay in it
    text = _cells(
        "经查，反映内容属实。 1.关于“夜间洗砂”问题。经查属实，洗砂点设在河滩上。"
        " 2.关于“废水直排”问题。经查属实，沉淀池未建。 3.关于反映“噪音扰民”问题。"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某县某镇河边有人夜间洗砂，废水直排河道"
    assert finding.lead_units == ["某县"]
    assert finding.status != "completed"


def test_a_copy_whose_last_cell_closes_with_its_bar_reads_as_before():
    text = _cells("经查，反映内容属实，洗砂点设在河滩上，沉淀池未建。 |\n是 |\n已办结 |\n|")
    finding = parse_plan_text(text).findings[0]
    assert finding.lead_units == ["某县"]
    assert finding.status == "completed"


def _report(done: str, signed: bool = True) -> str:
    lines = [
        "名 称： 关于区污防指办交[2023]5号文件督办问题 办理情况的报告",
        "索 引 号： 000011111/2023-12345 发布日期： 2023-06-02 发布机构： 某街道",
        "文 号： 文件分类： 所属机构：",
        "关于区污防指办交[2023]5号文件督办问题 办理情况的报告",
        "某区污染防治攻坚战指挥部办公室：",
        "2023年5月10日，我街办接到反馈：某区南山脚下有一处生活垃圾违规堆放。我单位立即到现场整改，"
        "现将有关工作报告如下：",
        done,
        "特此说明。",
    ]
    if signed:
        lines += ["某区某某街道办事处", "2023年6月2日"]
    return "\n".join(lines)


def test_a_signed_report_back_is_titled_by_the_problem_fed_back_and_led_by_its_signer():
    finding = parse_plan_text(
        _report("截止5月20日，我单位已把周边生活垃圾全部清运完毕，并安装了监控。")
    ).findings[0]
    assert finding.title == "某区南山脚下有一处生活垃圾违规堆放"
    assert finding.lead_units == ["某区某某街道办事处"]
    assert finding.status == "completed"


def test_work_still_going_on_leaves_the_report_open():
    finding = parse_plan_text(_report("我单位正在组织清运，已清运部分垃圾。")).findings[0]
    assert finding.lead_units == ["某区某某街道办事处"]
    assert finding.status != "completed"


def test_an_unsigned_report_names_no_lead():
    text = _report("截止5月20日，我单位已把周边生活垃圾全部清运完毕。", signed=False)
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某区南山脚下有一处生活垃圾违规堆放"
    assert finding.lead_units == []


def _investigation(problem: str, signed: bool = True) -> str:
    lines = [
        "回复：",
        "某某镇人民政府",
        "关于某村村民反映河边道路塌陷的调查报告",
        "某县人民政府办公室：",
        "接到专报后，我镇立即成立调查组，现将调查情况报告如下：",
        "一、反映人基本情况",
        "群众系某某镇某村人。",
        "二、反映人反映的问题",
        problem,
        "三、调查情况",
        "经调查核实，情况属实。该路段归水利局维护，已与水利局沟通联系。",
        "四、处理结果",
        "已与水利局对接，由其安排人员尽快维修。",
    ]
    if signed:
        lines.append("某某镇人民政府")
    return "\n".join(lines)


def test_an_investigation_report_drops_the_labels_verb_and_is_led_by_its_signer():
    finding = parse_plan_text(
        _investigation("反映某村北边河堤水泥路，因雨水冲刷出现塌陷，需要维修。")
    ).findings[0]
    assert finding.title == "某村北边河堤水泥路，因雨水冲刷出现塌陷，需要维修"
    assert finding.lead_units == ["某某镇人民政府"]
    assert finding.status != "completed"


def test_a_problem_that_opens_on_its_own_words_keeps_them():
    # (“反映强烈…” is the problem's own wording, not the label's verb again)
    finding = parse_plan_text(_investigation("反映强烈的河边道路塌陷问题一直未修复。")).findings[0]
    assert finding.title.startswith("反映强烈")
