"""Rules the reader learnt from blind set 63 (issue 14, docs/decisions.md “Blind set 63”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 63`)."""

from __future__ import annotations

import docx

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column
from intake.words import is_completed_value


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_column_of_leaders_and_units_is_read_for_its_units():
    assert map_column("责任领导及单位").field == "lead"
    assert map_column("牵头领导及责任单位").field == "lead"
    assert map_column("责任领导").field == "leaders"
    text = (
        "| 序号 | 反馈问题 | 整改措施 | 责任领导及单位 | 整改时限 |\n"
        "| 1 | 公务用车管理不规范。 | 修订管理办法。 | 责任领导：分管副局长<br>牵头单位：局办公室<br>"
        "配合单位：财务股、纪检组 | 2021年7月31日前 |\n"
    ).replace("<br>", "\n")
    (finding,) = _findings(text)
    assert (finding.lead_units, finding.cooperating_units) == (["局办公室"], ["财务股", "纪检组"])


def test_a_leaders_line_in_a_unit_cell_names_no_unit():
    text = (
        "| 序号 | 交办问题 | 牵头领导及责任单位 | 整改时限 |\n"
        "| 1 | 养鸡场臭气扰民。 | 牵头领导：市人民政府副市长 主办单位：市农业局 协办单位：甲县人民政府 "
        "| 2017年10月31日前 |\n"
        "| 2 | 养兔场兔粪堆放路边。 | 牵头领导：县人民政府副县长<br>主办单位：乙镇人民政府 | 立行立改 |\n"
    ).replace("<br>", "\n")
    first, second = _findings(text)
    assert (first.lead_units, first.cooperating_units) == (["市农业局"], ["甲县人民政府"])
    assert (second.lead_units, second.cooperating_units) == (["乙镇人民政府"], [])


def test_a_closure_tasks_state_of_things_shut_and_removed_means_done():
    assert is_completed_value("已关停，栏舍已拆除")
    assert is_completed_value("已取缔")
    assert not is_completed_value("1家已关停，1家正在清栏")
    assert not is_completed_value("已停产")
    assert not is_completed_value("2台冲天炉已拆除到位")
    text = (
        "| 序号 | 问题 | 整改措施 | 责任单位 | 完成时限 | 完成情况 |\n"
        "| 1 | 养殖场废水直排。 | 关停。 | 甲镇人民政府 | 2017年6月30日前 | 已关停，栏舍已拆除 |\n"
        "| 2 | 养殖场无粪污设施。 | 关停。 | 乙镇人民政府 | 2017年7月31日前 | 1家已关停，1家正在清栏 |\n"
    )
    first, second = _findings(text)
    assert (first.status, second.status != "completed") == ("completed", True)


def _one_table_per_town(title: str) -> bytes:
    from tests.real_layouts import _ruled_table, _save, _title_row

    document = docx.Document()
    document.add_paragraph("附件：关停任务清单")
    header = ["序号", "问题", "整改措施", "责任单位", "完成时限"]
    for town, number in (("甲镇", "1"), ("乙镇", "2")):
        row = [number, f"{town}养殖场废水直排。", "关停。", f"{town}人民政府", "6月底前"]
        table = _ruled_table(document, header, [row])
        _title_row(table, title or town)
        document.add_paragraph("")
    return _save(document)


def test_a_town_typed_over_each_tables_header_is_the_section_of_its_rows_the_first_table_too():
    findings = _findings(read_plan_bytes(_one_table_per_town(""), "清单.docx"))
    assert [(f.number, f.section) for f in findings] == [(1, "甲镇"), (2, "乙镇")]
    # a table's own title typed over its header is no section
    findings = _findings(read_plan_bytes(_one_table_per_town("养殖场关停任务表"), "清单.docx"))
    assert [f.section for f in findings] == [None, None]
