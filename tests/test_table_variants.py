"""Task tables as another county or office lays them out (issue 14): columns in another order
or under other names, a Word task list pasted into an Excel sheet and kept as a ledger.

Counties agree on a task table's columns but not on their order or their names; the reader goes
by the header and its vocabulary. The whole corpus so changed is scored by
`benchmarks/plan_layouts_benchmark.py --reordered` / `--renamed` / `--workbook`; here a
selection of its documents, then the rules those variants found.
"""

from __future__ import annotations

import io

import docx
import pytest

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.ledger_files import workbook_bytes
from tests.plan_layouts import score
from tests.real_layouts import DOCUMENTS, expected
from tests.table_variants import columns_renamed, columns_reordered, tables_in_workbook

# a header over two rows whose 责任单位 spans 牵头 | 配合 (康乐), a table in two parts, the second
# without a header (南川), a status column and a progress column (巴州, 咸宁), group rows (咸宁)
REORDERED = [
    "kangle_2022_task_list",
    "nanchuan_2021_tailings_tasks",
    "bazhou_2025_progress_tables",
    "xianning_2020_lookback_table",
]


@pytest.mark.parametrize("variant", [columns_reordered, columns_renamed], ids=["reordered", "renamed"])
@pytest.mark.parametrize("name", REORDERED)
def test_a_table_with_its_columns_in_another_order_or_under_other_names_reads_as_the_file(name, variant):
    filename, build = DOCUMENTS[name]
    changed = variant(build())
    assert changed is not None
    findings = parse_plan_text(read_plan_bytes(changed, filename)).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


def test_the_renaming_gives_each_header_cell_another_name_of_its_column():
    document = docx.Document()
    table = document.add_table(rows=2, cols=5)
    rows = [
        ["序号", "存在问题", "整改措施", "牵头单位", "整改时限"],
        ["1", "问题甲", "措施甲", "县住建局", "2025年底前"],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    renamed = docx.Document(io.BytesIO(columns_renamed(buffer.getvalue())))
    assert [cell.text for cell in renamed.tables[0].rows[0].cells] == [
        "序号",
        "反馈问题",
        "具体整治措施",
        "牵头部门",
        "完成时限",
    ]
    assert [cell.text for cell in renamed.tables[0].rows[1].cells] == rows[1]


def test_the_reordering_reverses_the_columns_after_the_number_and_moves_merged_ones_together():
    document = docx.Document()
    table = document.add_table(rows=4, cols=6)
    header = ["序号", "存在问题", "整改措施", "责任单位", "", "整改时限"]
    lower = ["", "", "", "牵头", "配合", ""]
    rows = [header, lower, ["1", "问题甲", "措施甲", "县住建局", "县城管局", "2025年底前"]]
    for row, values in zip(table.rows, rows, strict=False):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(0, 3).merge(table.cell(0, 4)).text = "责任单位"
    table.cell(3, 1).merge(table.cell(3, 5)).text = "二、另一组"
    buffer = io.BytesIO()
    document.save(buffer)
    reordered = docx.Document(io.BytesIO(columns_reordered(buffer.getvalue())))
    cells = [[cell.text for cell in row.cells] for row in reordered.tables[0].rows]
    assert cells[0] == ["序号", "整改时限", "责任单位", "责任单位", "整改措施", "存在问题"]
    assert cells[1] == ["", "", "牵头", "配合", "", ""]
    assert cells[2] == ["1", "2025年底前", "县住建局", "县城管局", "措施甲", "问题甲"]


def test_a_status_column_before_the_progress_column_still_marks_the_row_done():
    plan = parse_plan_text(
        "| 序号 | 完成情况 | 整改进展情况 | 责任单位 | 存在问题 |\n"
        "| 1 | 已完成 | 已完成排查整治企业132家，建立台账。 | 县生态环境局 | 散乱污企业整治不彻底。 |\n"
        "| 2 | 序时推进 | 已完成2处，其余1处正在推进。 | 县住建局 | 固体废物贮存场所不规范。 |\n"
    )
    assert [f.status for f in plan.findings] == ["completed", None]


# a Word plan with a task list and a list of liaisons (信丰), tables merged down (南川), a two-row
# header (康乐), a form around a table (温泉); pasted as Excel pastes, label and value forms whose
# measures go down three rows beside one label merged down (延吉, 霍邱)
IN_WORKBOOK = [
    "xinfeng_2024_farmland_outflow_plan_docx",
    "nanchuan_2021_tailings_tasks",
    "kangle_2022_task_list",
    "wenquan_2023_forest_chief_supervision_form",
]


@pytest.mark.parametrize("paragraphs_as_rows", [False, True], ids=["cells_of_lines", "excel_paste"])
@pytest.mark.parametrize(
    "name",
    [
        *IN_WORKBOOK,
        "yanji_2025_water_source_form",
        "huoqiu_2023_one_problem_plans_docx",
        # a label the vocabulary classes but does not list (处置措施) merged down over its measures
        "guzhen_2025_hotline_supervision_docx",
        # a unit cell of three paragraphs merged down over the next problem: pasted a paragraph a
        # row, the problem below takes all three (内江)
        "neijiang_2019_province_inspection_task_list_docx",
        # a 存在问题及整改措施 column of a “问题：” and a “措施：” paragraph (两江新区)
        "liangjiang_2019_problem_and_measure_cells_docx",
    ],
)
def test_a_word_task_list_pasted_into_a_workbook_reads_as_the_file(name, paragraphs_as_rows):
    _filename, build = DOCUMENTS[name]
    workbook = tables_in_workbook(build(), paragraphs_as_rows=paragraphs_as_rows)
    findings = parse_plan_text(read_plan_bytes(workbook, "台账.xlsx")).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


def test_a_second_table_stacked_under_the_first_in_a_sheet_is_not_rows_of_it():
    data = workbook_bytes(
        {
            "Sheet1": [
                ["整改任务清单"],
                ["序号", "存在问题", "整改措施", "责任单位", "完成时限"],
                ["一、大气污染"],
                [1, "扬尘管控不力。", "落实六个百分百。", "县住建局", "2025年6月底前"],
                [2, "餐饮油烟扰民。", "安装油烟净化设施。", "县城管局", "2025年9月底前"],
                ["附件2"],
                ["各乡镇整改联络员名单"],
                ["乡镇", "联络员", "职务", "联系电话"],
                ["城关镇", "刘××", "副镇长", "0797-3××××××"],
            ]
        }
    )
    plan = parse_plan_text(read_plan_bytes(data, "清单.xlsx"))
    assert [(f.number, f.section, f.lead_units) for f in plan.findings] == [
        (1, "一、大气污染", ["县住建局"]),
        (2, "一、大气污染", ["县城管局"]),
    ]


def test_a_form_label_merged_down_over_its_values_rows_reads_as_one_field():
    data = workbook_bytes(
        {
            "Sheet1": [
                ["交办问题", "水源地一级保护区内有1户居民房屋。"],
                ["整改措施", "1.完成房屋征收拆除。"],
                [None, "2.清理畜禽养殖设施。"],
                [None, "3.设置隔离防护设施。"],
                ["责任单位", "市水利局"],
                ["整改时限", "2025年6月30日前"],
            ]
        },
        merges={"Sheet1": ["A2:A4"]},
    )
    (finding,) = parse_plan_text(read_plan_bytes(data, "销号表.xlsx")).findings
    assert [m.text for m in finding.measures] == [
        "完成房屋征收拆除。",
        "清理畜禽养殖设施。",
        "设置隔离防护设施。",
    ]
    assert finding.lead_units == ["市水利局"]


def test_a_label_merged_down_under_a_group_label_merged_down_too_reads_as_one_field():
    # 正蓝旗's 销号表 pasted into Excel: 基本情况 / 整改情况 merged down the first column, 整改措施
    # merged down over its three paragraphs' rows in the second
    data = workbook_bytes(
        {
            "Sheet1": [
                ["基本情况", "反映问题", "一处废品收购站露天堆放废旧塑料。"],
                [None, "责任单位", "上都镇人民政府"],
                ["整改情况", "整改措施", "1.清运露天堆放的废旧塑料；"],
                [None, None, "2.对堆放场地进行硬化；"],
                [None, None, "3.清理受污染土壤。"],
                [None, "整改时限", "2023年8月31日"],
            ]
        },
        merges={"Sheet1": ["A1:A2", "A3:A6", "B3:B5"]},
    )
    (finding,) = parse_plan_text(read_plan_bytes(data, "销号表.xlsx")).findings
    assert [m.text for m in finding.measures] == [
        "清运露天堆放的废旧塑料；",
        "对堆放场地进行硬化；",
        "清理受污染土壤。",
    ]
    assert finding.lead_units == ["上都镇人民政府"]
    assert finding.deadlines[0].date.isoformat() == "2023-08-31"
