"""Rules the reader learnt from blind set 142 (issue 14, docs/decisions.md “Blind set 142”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 142`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import CHARGED_TOGETHER, DONE_BY_IN_HANDLING


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a case's code before its complaint ---------------------------------------------------------


_CELL_HEADER = "\n\n".join(
    ["序号", "交办问题基本情况", "涉及区县及部门", "调查核实情况", "是否属实", "处理情况", "是否办结"]
)


def _cell_per_paragraph(*rows: list[str]) -> str:
    body = "\n\n".join("\n\n".join(row) for row in rows)
    return f"现将2件交办问题办理结果通报如下:\n\n{_CELL_HEADER}\n\n{body}\n"


def test_a_case_code_without_de_or_alone_before_its_colon_is_no_part_of_the_title():
    text = _cell_per_paragraph(
        ["1", "受理编号12号信访问题为:某村一家砖厂粉尘大。", "某县", "经查。", "属实", "已停产。", "已办结"],
        ["2", "受理编号13:某镇一处养鸡场粪污乱排。", "某县", "经查属实。", "属实", "已清理。", "已办结"],
    )
    assert [f.title for f in _findings(text)] == ["某村一家砖厂粉尘大", "某镇一处养鸡场粪污乱排"]


def test_a_table_cut_inside_its_last_row_keeps_the_row():
    text = _cell_per_paragraph(
        ["1", "某村一家砖厂夜间生产粉尘大。", "甲县", "经查属实。", "属实", "已停产。", "已办结"],
        ["2", "某镇一处养猪场粪污排入沟道。", "乙县", "经查属实。", "属实", "1)该户已对收集池清理，并落"],
    )
    findings = _findings(text)
    assert [(f.number, f.title, f.lead_units, f.status) for f in findings] == [
        (1, "某村一家砖厂夜间生产粉尘大", ["甲县"], "completed"),
        (2, "某镇一处养猪场粪污排入沟道", ["乙县"], None),
    ]


# --- numbered cases each with a 责任单位 line ------------------------------------------------------


def test_the_check_under_a_unit_line_is_no_unit_and_a_last_item_cut_short_is_kept():
    text = (
        "3、受理编号101:某区一处垃圾转运站臭味扰民。\n"
        "责任单位:某区政府\n"
        "经现场核查,反映情况属实。\n"
        "区环卫局已组织消杀除臭,臭味已消除。\n"
        "该问题已办结。\n"
        "4、受理编号102:某区一家加工铺夜间噪音扰民。\n"
        "责任单位:某某区政府\n"
    )
    findings = _findings(text)
    assert [(f.number, f.title, f.lead_units, f.status) for f in findings] == [
        (3, "某区一处垃圾转运站臭味扰民", ["某区政府"], "completed"),
        (4, "某区一家加工铺夜间噪音扰民", ["某某区政府"], None),
    ]


def test_a_last_item_not_numbered_on_is_not_taken_for_a_cut_item():
    text = (
        "1、某区一处垃圾转运站臭味扰民。\n"
        "责任单位:某区政府\n"
        "整改时限:2024年12月底前\n"
        "2、某区一家加工铺夜间噪音扰民。\n"
        "责任单位:某某区政府\n"
        "整改时限:2024年12月底前\n"
        "5、联系电话。\n"
        "责任单位:办公室\n"
    )
    assert [f.number for f in _findings(text)] == [1, 2]


# --- the bodies a handling charges or says did the work ----------------------------------------


def test_units_charged_together_in_a_handling_each_lead():
    found = CHARGED_TOGETHER.search("1、霍州市人民政府责成市畜牧中心、李曹镇加强对养殖户日常监管")
    assert found.group("units").split("、") == ["市畜牧中心", "李曹镇"]
    # a step of a dated account tells who acted that day, not who leads
    assert CHARGED_TOGETHER.search("8月31日，区政府责成某街道办事处、区城管执法局督促建设单位覆盖") is None
    text = (
        "交办问题基本情况:某镇东村,多家养殖户将动物粪便随意堆放,气味刺鼻。\n"
        "是否属实:部分属实\n"
        "处理和整改情况:\n"
        "1、县人民政府责成县畜牧中心、某镇加强对家庭养殖户日常监管。\n"
        "2、县畜牧中心、某镇对散养户强化灭蝇。\n"
    )
    assert _findings(text)[0].lead_units == ["县畜牧中心", "某镇"]


def test_the_bodies_a_handling_says_did_the_work_lead_when_no_column_names_one():
    found = DONE_BY_IN_HANDLING.search("6月27日,某区自然资源局、某某产业发展有限公司已将生活垃圾全部清理")
    assert found.group("units") == "某区自然资源局、某某产业发展有限公司"
    assert DONE_BY_IN_HANDLING.search("11月21日,该养殖户已将粪污收集池清理消杀") is not None
    assert DONE_BY_IN_HANDLING.search("某乡人民政府已对该户做好工作") is None  # no dated report
    header = "序号 | 交办问题基本情况 | 行政区域 | 调查核实情况 | 是否属实 | 处理和整改情况 | 是否办结 |"
    done = "1 | 某空地有生活垃圾。 | 某区 | 经核查。 | 属实 | 6月27日,某区自然资源局已将垃圾清理。 | 已办结 |"
    kept = "1 | 某村养猪场粪污外溢。 | 某区 | 经核查。 | 属实 | 11月21日,该养殖户已将收集池消杀。 | 已办结 |"
    assert _findings(f"{header}\n{done}\n")[0].lead_units == ["某区自然资源局"]
    assert _findings(f"{header}\n{kept}\n")[0].lead_units == []  # a household is no unit
