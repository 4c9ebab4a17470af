"""The plan reader on the layouts offices really receive (issue 14).

Each document of `tests/plan_layouts.py` is built, read as an upload and parsed; the findings
are scored field by field against the hand-checked `plan_documents/layouts/<layout>.json`
(≥ 95 % per layout, none rejected). The seed plans keep their own exact expectations in
test_plan_parser.py; here they are checked not to be taken for tables.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import openpyxl
import pytest

from intake import document_sheets, plan_document
from intake.plan_document import PlanFileError, read_plan_bytes
from intake.plan_parser import LOW_CONFIDENCE, parse_plan_text, short_title
from intake.plan_tables import find_tables, header_signature, map_column
from tests.plan_layouts import LAYOUTS, expected, scanned_pdf, score, soffice

SEEDS = sorted((Path(__file__).parent / "plan_documents").glob("*.txt"))


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_layout_is_read_field_by_field(layout):
    name, build, needs_office = LAYOUTS[layout]
    if needs_office and soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    plan = parse_plan_text(read_plan_bytes(build(), name))
    right, total, differences = score(plan.findings, expected(layout))
    assert right / total >= 0.95, differences
    assert len(plan.findings) == len(expected(layout)["findings"])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem[:3])
def test_seed_plans_are_not_taken_for_tables(seed):
    assert find_tables(seed.read_text(encoding="utf-8")) == []


def test_every_finding_says_where_each_field_came_from():
    name, build, _ = LAYOUTS["docx_merged"]
    plan = parse_plan_text(read_plan_bytes(build(), name))
    first = plan.findings[0]
    assert first.sources["title"] == "交办问题基本情况"
    assert first.sources["lead_units"] == "牵头单位" and first.sources["deadlines"] == "计划完成整治时间"
    assert first.confidence["lead_units"] == 1.0
    data = first.to_json()
    assert list(data)[-3:] == ["category", "source", "confidence"] and data["category"] == "air"


def test_a_guessed_column_and_an_unread_deadline_have_low_confidence():
    text = (
        "序号|问题描述及要求|整改措施|主要责任单位|完成时限说明\n1|河道两岸垃圾堆放|清理垃圾|县城管局|待定\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.sources["title"] == "问题描述及要求" and finding.confidence["title"] == 0.7
    assert finding.confidence["lead_units"] == 0.7
    assert finding.confidence["deadlines"] < LOW_CONFIDENCE and "deadlines" in finding.low_confidence()


def test_unknown_columns_do_not_break_the_table_and_a_kind_is_not_the_problem():
    assert map_column("问题类型").field is None and map_column("所在地").field is None
    assert map_column("责任单位（牵头）").field == "lead"
    assert map_column("具体整治措施").field == "measures"


def test_a_header_the_vocabulary_cannot_read_uses_the_remembered_mapping():
    text = "编号|事项|办法|主办|期限\n1|河道垃圾|清理|县城管局|2025年6月底前\n"
    # unmapped, the task is guessed from its place beside the unit and the limit, to be checked
    (guessed,) = parse_plan_text(text).findings
    assert (guessed.title, guessed.confidence["title"], guessed.measures) == ("河道垃圾", 0.5, [])
    mapping = {"编号": "number", "事项": "problem", "办法": "measures", "主办": "lead", "期限": "deadline"}
    signature = header_signature(["编号", "事项", "办法", "主办", "期限"])
    (finding,) = parse_plan_text(text, known_mapping={signature: mapping}).findings
    assert (finding.title, finding.lead_units, finding.deadlines[0].date.isoformat()) == (
        "河道垃圾",
        ["县城管局"],
        "2025-06-30",
    )


def test_titles_are_kept_whole_and_lists_use_the_short_title():
    long = (
        "某某工业园区内多家企业未按环评要求建设废水预处理设施，"
        "生产废水经雨水管网直接排入附近河道，造成下游水质超标"
    )
    text = f"序号|反馈问题|整改措施|牵头单位|整改时限\n1|{long}。|建设预处理设施|园区管委会|2025年底\n"
    (finding,) = parse_plan_text(text).findings
    assert finding.title == long
    assert finding.short_title == short_title(long) and len(finding.short_title) <= 30


def test_a_scanned_pdf_says_it_has_no_text_layer():
    with pytest.raises(PlanFileError, match="没有文字层"):
        read_plan_bytes(scanned_pdf(), "扫描件.pdf")


def test_a_damaged_pdf_gets_a_message():
    with pytest.raises(PlanFileError, match="PDF"):
        read_plan_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50, "坏.pdf")


def test_a_doc_without_libreoffice_says_what_to_do(monkeypatch):
    monkeypatch.setattr(plan_document.shutil, "which", lambda name: None)
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\0" * 2000
    with pytest.raises(PlanFileError, match="需要 LibreOffice"):
        read_plan_bytes(data, "方案.doc")


def test_an_xlsx_zip_bomb_is_refused_before_it_is_opened(monkeypatch):
    monkeypatch.setattr(document_sheets, "MAX_UNPACKED_BYTES", 1000)
    book = openpyxl.Workbook()
    book.active.append(["序号", "问题", "责任单位", "整改时限"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(PlanFileError, match="压缩炸弹"):
        read_plan_bytes(buffer.getvalue(), "清单.xlsx")


def test_a_docx_table_with_nested_table_and_merged_cells_keeps_the_grid():
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "问题", "整改措施", "责任单位"], strict=True):
        cell.text = text
    group = table.rows[1].cells
    group[0].merge(group[3]).text = "一、大气污染防治"
    row = table.rows[2].cells
    row[0].text, row[1].text, row[2].text, row[3].text = "1", "扬尘污染", "落实围挡", "县住建局"
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_plan_bytes(buffer.getvalue(), "清单.docx")
    assert "| 一、大气污染防治 |  |  |  |" in text.splitlines()
    (finding,) = parse_plan_text(text).findings
    assert (finding.section, finding.lead_units) == ("一、大气污染防治", ["县住建局"])


def test_parse_plan_json_adds_provenance(tmp_path, capsys):
    from manage import main

    name, build, _ = LAYOUTS["docx_table"]
    path = tmp_path / name
    path.write_bytes(build())
    assert main(["parse-plan", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["findings"][0]
    assert first["source"]["status"] == "是否完成" and first["status"] == "completed"
    assert set(first["confidence"]) >= {"title", "lead_units", "deadlines", "measures"}


def test_csv_and_xlsx_are_checked_and_read_in_utf8_and_gbk():
    text = "序号,反馈问题,牵头单位,整改时限\n1,河道垃圾,县城管局,2025年6月底前\n"
    for encoding in ("utf-8", "gb18030"):
        (finding,) = parse_plan_text(read_plan_bytes(text.encode(encoding), "清单.csv")).findings
        assert finding.lead_units == ["县城管局"]
    with pytest.raises(PlanFileError, match="不完整或已损坏"):
        read_plan_bytes(b"PK\x03\x04broken", "清单.xlsx")


def test_no_conversion_leftovers(tmp_path, monkeypatch):
    monkeypatch.setattr(plan_document.tempfile, "tempdir", str(tmp_path))
    with pytest.raises(PlanFileError):
        read_plan_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 2000, "坏.doc")
    assert list(tmp_path.iterdir()) == []


def test_spaces_table_row_with_an_empty_last_cell_is_kept():
    text = (
        "序号    问题    整改措施    牵头单位    整改时限    整改进展\n"
        "1    河道垃圾堆放    清理垃圾    县城管局    2025年6月底前    已完成整改\n"
        "2    污水直排    截污纳管    县住建局    2025年12月底前\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.lead_units, f.status) for f in findings] == [
        (1, ["县城管局"], "completed"),
        (2, ["县住建局"], None),
    ]


def test_a_lead_column_beside_a_responsible_column_and_two_task_columns():
    text = (
        "序号|主要任务|问题具体情况|整改措施|牵头单位|责任单位|整改时限\n"
        "1|饮用水源保护|水源地一级保护区内有农家乐。|拆除违规建筑|县水利局|县生态环境分局、皂市镇人民政府|2025年底\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.problem == "饮用水源保护\n水源地一级保护区内有农家乐。"
    assert (finding.lead_units, finding.cooperating_units) == (
        ["县水利局"],
        ["县生态环境分局", "皂市镇人民政府"],
    )
    assert (
        finding.sources["cooperating_units"] == "责任单位" and finding.confidence["cooperating_units"] == 0.7
    )


def test_a_heading_of_the_plan_far_above_the_table_is_not_its_section():
    text = (
        "三、保障措施\n（一）加强组织领导。\n各单位要高度重视。\n（二）强化督查考核。\n县督察整改办定期调度。\n"
        "附件\n整改任务清单\n"
        "| 序号 | 反馈问题 | 牵头单位 | 整改时限 | 整改措施 |\n"
        "| 1 | 河道垃圾 | 县水利局 | 2025年底 | 清理 |\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.section is None and finding.lead_units == ["县水利局"]
