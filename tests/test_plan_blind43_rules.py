"""Rules the reader learnt from blind set 43 (issue 14, docs/decisions.md “Blind set 43”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 43`)."""

from __future__ import annotations

import pytest

from intake.document_sheets import read_csv
from intake.plan_document import PlanFileError, read_plan_bytes
from intake.plan_parser import parse_plan_text


def _findings(csv_text: str):
    return parse_plan_text(read_csv(csv_text, "清单.csv")).findings


def test_a_bodys_own_offices_named_as_lead_and_cooperating_offices_are_its_units():
    findings = _findings(
        "序号,巡察反馈问题,整改措施,分管领导,牵头股室,配合股室,整改时限\n"
        "1,公务接待手续不全。,1.修订接待办法；2.严格审批。,局长,办公室,财务股,2019年6月底前\n"
        "2,项目推进缓慢。,1.倒排工期。,副局长,城建股,,2019年12月底前\n"
    )
    assert [f.lead_units for f in findings] == [["办公室"], ["城建股"]]
    assert [f.cooperating_units for f in findings] == [["财务股"], []]


def test_a_lead_office_column_called_科室_is_a_unit_column_too():
    findings = _findings(
        "序号,存在问题,整改措施,牵头科室,协办科室,完成时限\n1,档案管理不规范。,1.整理档案。,综合科,法规科,2020年6月30日\n"
    )
    assert (findings[0].lead_units, findings[0].cooperating_units) == (["综合科"], ["法规科"])


def _xlsx(rows: list[list[str]]) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_ROWS = [
    ["序号", "存在问题", "整改措施", "责任单位", "整改时限"],
    ["1", "河道垃圾堆放。", "1.清理垃圾；2.建立保洁机制。", "甲镇人民政府", "2020年12月底前"],
]


@pytest.mark.parametrize("name", ["清单.xls", "清单.et", "清单.csv", "清单.doc"])
def test_a_workbook_under_another_office_name_is_read_as_the_workbook(name):
    findings = parse_plan_text(read_plan_bytes(_xlsx(_ROWS), name)).findings
    assert [(f.lead_units, len(f.measures)) for f in findings] == [(["甲镇人民政府"], 2)]


@pytest.mark.parametrize("encoding", ["utf-16", "gb18030", "utf-8"])
def test_delimited_text_exported_as_xls_is_read_as_a_sheet(encoding):
    text = "某镇暗访问题交办清单\r\n" + "\r\n".join("\t".join(row) for row in _ROWS)
    findings = parse_plan_text(read_plan_bytes(text.encode(encoding), "交办清单.xls")).findings
    assert [(f.lead_units, len(f.measures)) for f in findings] == [(["甲镇人民政府"], 2)]


def test_a_title_line_above_a_tab_table_does_not_hide_the_tabs():
    text = "某镇暗访问题交办清单\n" + "\n".join("\t".join(row) for row in _ROWS)
    assert "| 1 | 河道垃圾堆放。 |" in read_csv(text, "清单.csv")


def test_plain_text_saved_as_doc_is_read_as_text():
    text = "整改任务清单\n1.河道垃圾堆放。\n责任单位：甲镇人民政府\n整改时限：2020年12月底前\n"
    assert read_plan_bytes(text.encode("gb18030"), "清单.doc") == text


def test_what_is_no_sheet_under_xls_is_still_refused_in_chinese():
    with pytest.raises(PlanFileError, match="不是有效的Excel 表格"):
        read_plan_bytes("只有一行字".encode(), "清单.xls")
    with pytest.raises(PlanFileError, match="不是有效的旧版 Word 文档"):
        read_plan_bytes(bytes(range(1, 200)), "清单.doc")
