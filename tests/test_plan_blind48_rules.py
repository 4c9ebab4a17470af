"""Rules the reader learnt from blind set 48 (issue 14, docs/decisions.md “Blind set 48”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 48`)."""

from __future__ import annotations

import io

import docx

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value

_HEADER = "| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 | 备注 |\n"


def _findings(text: str):
    return parse_plan_text(text).findings


def _docx_with_paragraph_cell(lines: list[str]) -> bytes:
    document = docx.Document()
    document.add_paragraph("附件：整改任务清单")
    table = document.add_table(rows=2, cols=4)
    for cell, value in zip(table.rows[0].cells, ["序号", "反馈问题", "整改措施", "牵头单位"], strict=True):
        cell.text = value
    cells = table.rows[1].cells
    cells[0].text, cells[1].text, cells[3].text = "1", "部分耕地被违法占用。", "县自然资源局"
    cells[2].text = lines[0]
    for line in lines[1:]:
        cells[2].add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_unnumbered_sentences_one_per_paragraph_of_a_measures_cell_are_one_measure_each():
    data = _docx_with_paragraph_cell(["逐宗立案查处。", "拆除后恢复耕作层。", "落实专人巡查。"])
    (finding,) = _findings(read_plan_bytes(data, "清单.docx"))
    assert len(finding.measures) == 3


def test_a_measures_cell_wrapped_inside_a_sentence_stays_one_measure():
    text = _HEADER + "| 1 | 河道有垃圾。 | 组织人员对河道沿线\n垃圾进行清理。 | 甲镇 | 2021年6月底前 | |\n"
    (finding,) = _findings(text)
    assert len(finding.measures) == 1


def test_a_signature_table_under_the_task_table_adds_no_finding():
    text = (
        _HEADER
        + "| 1 | 通道堆放杂物。 | 清理杂物。 | 镇民政所 | 2021年7月10日前 |  |\n"
        + "| 制表人 |  | 审核人 |  |\n"
        + "| 联系电话 |  | 制表日期 | 2021年7月5日 |\n"
    )
    assert [f.number for f in _findings(text)] == [1]


def test_a_remark_saying_the_problem_was_put_right_on_the_spot_means_done():
    assert is_completed_value("已于7月2日现场清理到位")
    assert is_completed_value("已现场整改到位")
    assert not is_completed_value("于7月底前清理到位")
    assert not is_completed_value("已基本整改到位")
    assert not is_completed_value("另1家已停产，2台冲天炉已拆除到位，方案正在征求意见")
    text = _HEADER + "| 1 | 通道堆放杂物。 | 清理杂物。 | 镇民政所 | 7月10日前 | 已于7月2日现场清理到位 |\n"
    (finding,) = _findings(text)
    assert finding.status == "completed"


def test_a_group_row_printed_as_a_line_of_text_between_rows_does_not_end_the_table():
    text = (
        "| 序号 | 反馈问题 | 整改措施 | 责任股室 | 整改时限 | 备注 |\n"
        "| 一、政治建设方面 |  |  |  |  |  |\n"
        "| 1 | 学习贯彻不及时。 | 建立学习制度。 | 局办公室 | 立行立改 |  |\n"
        "二、全面从严治党方面\n"
        "| 2 | 采购管理不规范。 | 完善内控制度。 | 规划财务股 | 2020年3月31日前 |\n"
    )
    findings = _findings(text)
    assert [(f.number, f.section) for f in findings] == [(1, "一、政治建设方面"), (2, "二、全面从严治党方面")]
