"""Rules the reader learnt from blind set 21 (issue 14, docs/decisions.md “Blind set 21”), each
on a short sheet written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 21`)."""

from __future__ import annotations

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.real_layouts import _four_column_form


def _four_column_letter(rows: list[tuple[str, ...]]) -> bytes:
    """A Word 交办函 four cells wide: two label | value pairs a row, or one value across three."""
    return _four_column_form(["某县人民政府环境问题交办函"], rows, [])


def _findings(data: bytes, name: str = "交办函.docx"):
    return parse_plan_text(read_plan_bytes(data, name)).findings


def test_the_pair_beside_an_unknown_label_pair_of_a_four_column_form_is_read():
    findings = _findings(
        _four_column_letter(
            [
                ("交办单位", "某县人民政府", "承办单位", "县住建局"),
                ("交办时间", "2021年3月2日", "办结时限", "2021年9月30日前"),
                ("交办事项", "县城污水管网破损，旱季污水溢流入河。"),
                ("交办文号", "某环交〔2021〕3号", "配合单位", "县生态环境分局、城关镇"),
            ]
        )
    )
    assert len(findings) == 1
    finding = findings[0]
    assert finding.number == 1
    assert finding.title == "县城污水管网破损，旱季污水溢流入河"
    # the sender (交办单位) is not the lead; the 承办单位 is, and the sending date is no deadline
    assert finding.lead_units == ["县住建局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2021-09-30"]
    assert finding.cooperating_units == ["县生态环境分局", "城关镇"]


def test_a_four_column_task_table_whose_rows_open_with_words_stays_a_table():
    # rows that open with a short word (a place), not a number: they are not label | value pairs
    text = (
        "交办问题清单\n"
        "| 县区 | 问题 | 责任单位 | 整改时限 |\n"
        "| 城关镇 | 集镇污水直排入河 | 县住建局 | 2021年9月30日前 |\n"
        "| 河口乡 | 养殖场粪污未处理 | 河口乡人民政府 | 长期坚持 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.title, f.lead_units) for f in findings] == [
        ("集镇污水直排入河", ["县住建局"]),
        ("养殖场粪污未处理", ["河口乡人民政府"]),
    ]
    assert [[d.date.isoformat() if d.date else d.kind for d in f.deadlines] for f in findings] == [
        ["2021-09-30"],
        ["long_term"],
    ]


def test_the_supervised_unit_of_a_supervision_notice_leads():
    text = (
        "某市环境问题督办通知\n"
        "某环督〔2020〕7号\n"
        "督办事项：工业园区一企业雨水排口排放黄色废水。\n"
        "被督办单位：某市工业园区管委会\n"
        "协办单位：市生态环境局\n"
        "办结时限：2020年5月31日前\n"
    )
    findings = parse_plan_text(text).findings
    assert len(findings) == 1
    assert findings[0].number == 1
    assert findings[0].title == "工业园区一企业雨水排口排放黄色废水"
    assert findings[0].lead_units == ["某市工业园区管委会"]
    assert findings[0].cooperating_units == ["市生态环境局"]


def test_a_requirement_written_as_numbered_steps_lists_the_measures():
    text = (
        "督办事项：城区一河段沿线生活污水直排。\n"
        "承办单位：县住建局\n"
        "整改要求：\n"
        "1.排查沿线排口，登记造册；\n"
        "2.建设截污管网；\n"
        "3.每月报送进展。\n"
        "办结时限：2019年6月30日前\n"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.lead_units == ["县住建局"]
    assert [m.text for m in finding.measures] == [
        "排查沿线排口，登记造册；",
        "建设截污管网；",
        "每月报送进展。",
    ]


def test_a_requirement_in_one_sentence_or_beside_a_measures_label_adds_no_measures():
    one_sentence = parse_plan_text(
        "督办事项：城区一河段沿线生活污水直排。\n承办单位：县住建局\n整改要求：2019年6月底前完成截污。\n"
    ).findings[0]
    assert one_sentence.measures == []
    with_measures = parse_plan_text(
        "督办事项：城区一河段沿线生活污水直排。\n"
        "承办单位：县住建局\n"
        "整改要求：\n1.污水不再直排；\n2.水质达标。\n"
        "整改措施：\n1.建设截污管网。\n"
    ).findings[0]
    assert [m.text for m in with_measures.measures] == ["建设截污管网。"]


def test_a_requirement_cell_of_steps_one_after_another_lists_the_measures():
    text = (
        "| 编 号 | 交 办 问 题 | 牵　头　单　位 | 整 改 时 限 | 整 改 要 求 |\n"
        "| XN-01 | 码头未落实扬尘防治措施。 | 某市人民政府 | 2018.10.31 "
        "| 1.料堆全部覆盖；2.配套建设喷淋设施。 |\n"
        "| XN-02 | 园区危险废物贮存不规范。 | 某县人民政府 | 立行立改 | 规范贮存场所，建立管理台账。 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.lead_units) for f in findings] == [(1, ["某市人民政府"]), (2, ["某县人民政府"])]
    assert [m.text for m in findings[0].measures] == ["料堆全部覆盖；", "配套建设喷淋设施。"]
    assert findings[1].measures == []
    assert [d.date.isoformat() for d in findings[0].deadlines] == ["2018-10-31"]


def test_two_units_run_together_where_a_printed_cell_wrapped_are_two():
    from intake.plan_parser import split_units

    # the space between them fell at the cell's line end, so the PDF's text has none
    assert split_units("市农业农村局各县（市、区）人民政府") == ["市农业农村局", "各县（市、区）人民政府"]
    assert split_units("县住建局各乡镇") == ["县住建局", "各乡镇"]
    # a body's own branches, and a collective name, stay one unit
    assert split_units("市生态环境局各分局") == ["市生态环境局各分局"]
    assert split_units("各县市区人民政府") == ["各县市区人民政府"]
