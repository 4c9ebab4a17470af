"""Rules the reader learnt from blind set 70 (issue 14, docs/decisions.md “Blind set 70”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 70`). The set is per-problem forms, fourth round:
信访件办理情况表, 隐患整改督办单, 督办通知单, 交办问题整改销号表, 整改交办单, 挂牌督办事项整改情况表."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import classify_label, is_completed_value


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_form_title_row_between_stacked_forms_does_not_continue_the_status():
    """“| 交办问题整改销号表（2） |” opening the next form in the same table is a heading: 是否办结
    “是” above it stays whole, so the first form is done."""
    findings = _findings(
        "| 交办问题整改销号表（1） |  |\n| 问题名称 | 甲问题。 |\n| 责任单位 | 区民政局 |\n"
        "| 整改时限 | 2024年6月30日 |\n| 是否办结 | 是 |\n"
        "| 交办问题整改销号表（2） |  |\n| 问题名称 | 乙问题。 |\n| 责任单位 | 区教育局 |\n"
        "| 整改时限 | 2024年8月31日 |\n| 是否办结 | 否 |\n"
    )
    assert [f.title for f in findings] == ["甲问题", "乙问题"]
    assert [f.status for f in findings] == ["completed", None]


def test_a_four_cell_pair_left_blank_does_not_join_the_units_above():
    """“| 办理时限 | 2023年6月30日 | 实际办结时间 |  |” (the blank cell dropped): the limit is read,
    and the row is no part of the 协办单位 above."""
    (finding,) = _findings(
        "| 反映问题 | 甲镇道路破损。 |  |  |\n| 承 办 单 位 | 甲镇人民政府 | 协 办 单 位 | 区教育局 |\n"
        "| 办理时限 | 2023年6月30日 | 实际办结时间 |  |\n| 是否办结 | □是  ☑否 |  |  |\n"
    )
    assert finding.cooperating_units == ["区教育局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2023-06-30"]


def test_a_hazard_name_is_the_problem_and_integrated_closure_is_done():
    """A safety 交办单's 隐患名称 is what must be put right (not the 整改目标 below it); “已整改销号”
    says done as “已整改并销号” does."""
    assert classify_label("隐患名称") == "problem"
    assert classify_label("隐患整改情况") == "progress"
    assert is_completed_value("已整改销号")
    (finding,) = _findings(
        "| 隐患名称 | 某小区消防水泵故障。 |\n| 整改目标 | 消防给水恢复正常。 |\n"
        "| 牵头部门 | 区住房和城市建设局 |\n| 整改时限 | 2019年9月13日 |\n| 是否办结 | 已整改销号 |\n"
    )
    assert finding.title == "某小区消防水泵故障"
    assert finding.status == "completed"


def test_the_unit_checked_gives_way_to_the_unit_named_below_the_measures():
    """“被督查单位 | 乙镇” above, “整改责任单位 | 区教育体育局” after the measures: the latter leads,
    not taken as a unit written under one measure."""
    (finding,) = _findings(
        "| 被督查单位 | 乙镇人民政府 | 督查时间 | 2022年4月13日 |\n| 存在问题 | 乙问题。 |  |  |\n"
        "| 整改措施及要求 | 1.更换管道；\n2.安装报警装置。 |  |  |\n"
        "| 整改责任单位 | 区教育体育局 | 整改责任人 | 分管副局长 |\n"
        "| 整改时限 | 2022年5月20日 | 是否整改完毕 | 是 |\n"
    )
    assert finding.lead_units == ["区教育体育局"]
    assert len(finding.measures) == 2


def test_forms_set_as_label_and_value_lines_in_a_pdf_keep_each_label_its_row():
    """A PDF whose forms are lines of label and value parted by room, forms one after another
    with more room between them: every label opens its row (not all labels of the page in one
    cell), so each form is its own finding."""
    from intake.document_pdf import read_pdf
    from tests.real_layouts import _cjk_pdf

    forms = [
        [
            ("问题名称", "甲镇污水设施运维不到位。"),
            ("牵头单位", "甲镇人民政府"),
            ("整改时限", "2024年6月30日"),
            ("是否办结", "已办结"),
        ],
        [
            ("问题名称", "乙街道加装电梯推进缓慢。"),
            ("牵头单位", "乙街道办事处"),
            ("整改时限", "2024年12月31日"),
            ("是否办结", "未办结"),
        ],
    ]
    text = "整改情况表（一）（二）" + "".join(a + b for rows in forms for a, b in rows)
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        for head, rows in zip(["（一）", "（二）"], forms, strict=True):
            pdf.multi_cell(0, 9, "整改情况表" + head, new_x="LMARGIN", new_y="NEXT", align="C")
            for label, value in rows:
                pdf.set_x(20)
                pdf.cell(32, 7, label)
                pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        data = bytes(pdf.output())
    findings = _findings(read_pdf(data, "表.pdf"))
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["乙街道办事处"]]
    assert [f.status for f in findings] == ["completed", None]


def test_a_blank_fill_in_line_under_a_form_ends_its_status():
    """“审核人：    填报人：    联系电话：” under the last form (pasted as text, or read as a row of
    a form printed without borders) names nobody: it does not continue 是否办结 “是”."""
    pasted = (
        "问题名称\t甲问题。\n责任单位\t区教育局\n整改时限\t2024年6月30日\n是否办结\t是\n"
        "审核人：                    填报人：                    联系电话：\n"
    )
    row = (
        "| 问题名称 | 甲问题。 |\n| 责任单位 | 区教育局 |\n| 是否办结 | 是 |\n"
        "| 审核人：\n填报人： | 联系电话： |\n"
    )
    assert [f.status for f in _findings(pasted)] == ["completed"]
    assert [f.status for f in _findings(row)] == ["completed"]


def test_the_stamp_line_under_each_form_does_not_continue_the_status():
    """Forms pasted into a sheet a paragraph a row: the issuing office's stamp line
    (“某区安全生产委员会办公室（盖章）”) lands as a row of its own under 是否办结 and is no more of it."""
    findings = _findings(
        "| 问题名称 | 甲问题。 |  |  |\n| 牵头部门 | 区住建局 | 整改时限 | 2019年9月13日 |\n"
        "| 是否办结 | 已整改销号 |  |  |\n| 某区安全生产委员会办公室（盖章） |  |  |  |\n"
        "| 问题名称 | 乙问题。 |  |  |\n| 牵头部门 | 区应急管理局 | 整改时限 | 2019年9月13日 |\n"
        "| 是否办结 | 整改中 |  |  |\n| 某区安全生产委员会办公室（盖章） |  |  |  |\n"
    )
    assert [f.title for f in findings] == ["甲问题", "乙问题"]
    assert [f.status for f in findings] == ["completed", None]
