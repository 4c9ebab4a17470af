"""Rules the reader learnt from blind set 38 (issue 14, docs/decisions.md “Blind set 38”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 38`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text
from intake.words import classify_label


def test_an_audit_form_names_its_problem_as_what_the_audit_found():
    assert classify_label("审计查出问题") == "problem"
    assert classify_label("巡察发现问题") == "problem"
    plan = parse_plan_text(
        "某县审计查出问题整改销号审批表\n"
        "问题编号：问题1\n"
        "审计查出问题：专项资金12万元未按规定拨付到村。\n"
        "整改责任单位：县农业农村局\n"
        "整改期限：2025年6月30日前\n"
        "整改措施：\n（一）核实应拨未拨金额；\n（二）按任务拨付资金。\n"
        "整改结果：资金已全部拨付。\n"
    )
    [finding] = plan.findings
    assert finding.title == "专项资金12万元未按规定拨付到村"
    assert finding.lead_units == ["县农业农村局"]


def test_a_rows_verdict_is_not_read_as_the_notices_word_on_every_row():
    plan = parse_plan_text(
        read_csv(
            "序号,反映问题,责任单位,整改时限,整改情况,审核意见\n"
            "1,一处林地被开垦种植。,甲乡人民政府,2019年12月31日前,已退耕补植。,同意销号\n"
            "2,一处采砂场占用耕地。,乙镇人民政府,2020年6月30日前,设备已拆除，待复垦。,暂不销号\n",
            "审核表.csv",
        )
    )
    assert [f.status for f in plan.findings] == ["completed", None]


def _chars(*runs: tuple[str, float], size: float = 10.0) -> list[dict]:
    """Characters as pdfplumber gives them: each run of text from its x, Chinese `size` wide."""
    chars = []
    for text, x in runs:
        for char in text:
            width = size if not char.isascii() else size / 2
            chars.append({"text": char, "x0": x, "x1": x + width})
            x += width
    return chars


def _unruled(lines: list[list[dict]]):
    from intake.document_pdf import _unruled_table

    raw = [
        ({"text": "".join(c["text"] for c in chars), "top": 100.0 + 15 * k}, chars)
        for k, chars in enumerate(lines)
    ]
    return _unruled_table(raw, [])


def test_a_merged_value_wrapped_over_lines_keeps_an_unruled_form_one_table():
    rows, first, last = _unruled(
        [
            _chars(("申请单位", 90), ("某市人民政府", 190), ("申请时间", 290), ("2025年3月", 390)),
            _chars(("问题描述", 90), ("思想认识不到位。一些部门生态优先的意识不强，", 190)),
            _chars(("对长期存在的生态环境问题解决不彻底。", 190)),
            _chars(("责任单位", 90), ("某市人民政府", 190), ("配合单位", 290), ("某市生态环境局", 390)),
        ]
    )
    assert (first, last) == (0, 3)
    assert rows[1][0] == "问题描述" and rows[1][1].endswith("解决不彻底。")
    assert rows[2] == ["责任单位", "某市人民政府", "配合单位", "某市生态环境局"]


def test_sign_off_blanks_do_not_show_columns_of_an_unruled_form():
    rows, _, _ = _unruled(
        [
            _chars(("申请单位", 90), ("某市人民政府", 190), ("申请时间", 290), ("2025年3月", 390)),
            _chars(("责任单位", 90), ("某市人民政府", 190), ("配合单位", 290), ("某市生态环境局", 390)),
            _chars(("整改时限", 90), ("立行立改", 190), ("完成时间", 290), ("2025年2月", 390)),
            _chars(("审核意见", 90), ("签字：", 190), ("（盖章）", 250)),
        ]
    )
    assert rows[1] == ["责任单位", "某市人民政府", "配合单位", "某市生态环境局"]
    assert rows[3][0] == "审核意见" and rows[3][2:] == ["", ""]
