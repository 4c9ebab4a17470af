"""Tables printed to PDF without borders (an Excel sheet without gridlines, a web page, a Word
table whose borders were removed): found by the room between their columns.

The Word tables of the real-layout corpus are printed by LibreOffice with their borders removed
(`tests/printed_pdf.printed_unruled`) and scored against the same expectations as the Word files.
"""

from __future__ import annotations

import pytest

from intake.document_pdf import (
    _column_spans,
    _parts_at_repeated_header,
    _runs,
    _split_at_columns,
    _unruled_table,
)
from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.plan_layouts import score, soffice
from tests.printed_pdf import printed_notice, printed_unruled
from tests.real_layouts import DOCUMENTS, expected

needs_office = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


def _chars(*runs: tuple[str, float], size: float = 10.0) -> list[dict]:
    """Characters as pdfplumber gives them: each run of text from its x, Chinese `size` wide."""
    chars = []
    for text, x in runs:
        for char in text:
            width = size if not char.isascii() else size / 2
            if char != " ":  # the reader is given the printed characters only
                chars.append({"text": char, "x0": x, "x1": x + width})
            x += width
    return chars


def test_a_value_written_once_a_row_under_a_merged_number_is_a_value_a_row():
    from intake.document_pdf import _repeated_value

    # each row a merged 序号 spanned prints its own unit; without rules the cell reads them as one
    assert _repeated_value("县水利局县水利局", 2) == "县水利局\n县水利局"
    assert _repeated_value("所在乡镇人民\n政府所在乡镇人民政府", 3) == "所在乡镇人民政府\n所在乡镇人民政府"
    # a number or a one-character value is left alone, and so is text that does not repeat whole
    assert _repeated_value("11", 2) == "11"
    assert _repeated_value("加强巡查，加强巡查力度", 2) == "加强巡查，加强巡查力度"


def test_runs_part_at_room_no_word_space_makes():
    chars = _chars(("1", 90), ("太子河辽阳段", 150), ("2022年 12月", 300))
    texts = ["".join(c["text"] for c in run) for run in _runs(chars, 10.0)]
    assert texts == ["1", "太子河辽阳段", "2022年12月"]  # the word space stays inside its run


def test_a_word_spaced_over_its_cell_is_one_run():
    chars = _chars(("序号", 90), ("目", 176), ("标", 195), ("任", 214), ("务", 233), ("牵头单位", 263))
    texts = ["".join(c["text"] for c in run) for run in _runs(chars, 11.0)]
    assert texts == ["序号", "目标任务", "牵头单位"]


def test_a_run_is_cut_only_where_the_next_column_starts():
    number_and_text = _chars(("3", 100), ("地方一般公共", 108))
    (run,) = _runs(number_and_text, 10.0)  # 2.5 points apart: one run
    parts = _split_at_columns([run], [95.0, 108.0, 200.0], 10.0)
    assert ["".join(c["text"] for c in part) for part in parts] == ["3", "地方一般公共"]
    signature = _chars(("中共某县委", 90), ("某县人民政府", 143))
    parts = _split_at_columns(_runs(signature, 10.0), [90.0, 176.0, 263.0], 10.0)
    assert len(parts) == 1  # no column starts where its second part does: it stays whole


TABLES = [
    "liaoyang_2022_task_table",  # group rows by field, measures numbered inside a cell
    "guangxi_2021_plan_table",
    "huangzhou_2020_recheck_table",
    "yunyang_2023_target_table",  # a header spaced out (目 标 任 务), group rows over two lines
    "changshu_2019_assignment_table",  # short group rows (一、水污染), a row broken across pages
    "chongqing_2018_progress_docx",  # the signature under the table stays text
    "tongnan_2022_landfill_form",  # a two-column form: label and value
    "luzhou_2024_task_list",  # 整改责任单位 spanning 牵头单位 | 配合单位 in a two-line header
    "wuzhong_2021_plan_tables",  # two tables one after the other, each numbered from 1
    "qianxinan_2018_attack_table",  # a row's last lines alone on the next page
    # four-column forms: two label | value pairs a line, or a value merged over three cells
    "yangling_2024_approval_form",
    "xiangtan_2018_assignment_letter_form",
    "qichun_2018_sand_mining_form",
    "bazhou_2025_progress_tables",  # a table broken over a page: “续表” and the header again
    "songjiang_2025_task_list",  # 牵头单位： / 配合单位： lines in one cell
    "hetian_2025_closure_application",  # merged values over lines, sign-off rows (签字 （盖章）)
    "fujian_2024_task_list_docx",  # a narrow cell wrapped before a quoted word (“位，“两”)
    "dali_2024_batch31_table",  # a row's last cell lines alone at the top of the next page
    "luxi_2019_patrol_rectification_plan_docx",  # a group row between rows printed as a text line
    "changxing_2021_safety_rectification_plan_docx",  # a 制表人 | 审核人 table right under the list
    # several forms on one page, each under its title and between signature lines (督办人（签字）：)
    "guzhen_2025_hotline_supervision_docx",
    "taihu_2022_assigned_problem_closure_docx",
    "wucheng_2022_audit_closure_forms_docx",
    # a unit wrapped before “局、” in a column whose merged values (信访问题) run wider
    "qianjiang_2024_petition_case_forms_docx",
    # a 类别 column merged down before 序号: rows start at the numbers of the second column
    "xuanen_2018_inspection_task_list_docx",
    # 序号 and 问题 merged down over one measure a row, each row's unit printed under the last
    "yuexi_2019_survey_feedback_task_rows_docx",
    # a row broken over a page whose 受理编号 wraps into numbers (“3120”, “8003”, “1”): no 序号
    # column, those are no rows (rows start at a second column's numbers only counting up)
    "qinghai_2023_batch16_table",
    # a form's group labels (基本情况 / 整改情况 / 销号意见) merged down over its field labels:
    # each field label in the second column starts a row
    "zhenglanqi_2023_petition_closure_forms_docx",
    # batch headings (第4批交办件) alone in the 序号 column: group rows, the first right under the header
    "hengyangxian_2020_petition_ledger_docx",
    # a second table on the page under “附件2” (联络员名单), its columns its own
    "xinfeng_2024_farmland_outflow_plan_docx",
    # the last row's measures wrapped onto a last page that holds nothing else
    "wulanchabu_2021_region_inspection_task_list_docx",
    # 任务分解及实施进度 spanning the year columns, printed once over the first
    "tongliang_2018_soil_schedule",
    # the issuer and batch line above 序号 is the caption; a row broken over the page under the
    # header typed again there goes on with its row
    "yanting_2017_petition_handling_docx",
    # the top of the next page: the last lines of a row's progress cell, then a whole row more and
    # the signature; the row after the cell's end keeps the columns of the page before
    "chuzhou_2020_black_water_progress_docx",
]


@needs_office
@pytest.mark.parametrize("name", TABLES)
def test_a_table_printed_without_borders_reads_as_its_word_file(name):
    filename, build = DOCUMENTS[name]
    text = read_plan_bytes(printed_unruled(build()), filename.rsplit(".", 1)[0] + ".pdf")
    right, total, differences = score(parse_plan_text(text).findings, expected(name))
    floor = {
        "liaoyang_2022_task_table": total - 1,  # one unit split at a wrap
        # a leader and time limits merged down over rows: printed without borders, only the
        # first row shows them (an empty cell looks the same), decisions “Tables printed …”
        "wuzhong_2021_plan_tables": total - 2,
        "qianxinan_2018_attack_table": total - 2,
        # a time limit merged down across a group's edge prints on the group above only
        "xuanen_2018_inspection_task_list_docx": total - 1,
    }.get(name, total)
    assert right >= floor, differences


@needs_office
def test_the_signature_under_an_unruled_table_is_not_a_row():
    _, build = DOCUMENTS["chongqing_2018_progress_docx"]
    text = read_plan_bytes(printed_unruled(build()), "重庆.pdf")
    assert "| 3 | 部分区县城市污水处理厂长期超负荷运行。 | 市城乡建委、市环保局 | 2018年6月底 |" in text
    assert "中共重庆市委" in text and "| 中共重庆市委" not in text


@needs_office
def test_a_notice_with_a_signature_block_is_not_taken_for_a_table():
    notice = "\n".join(
        [
            "关于第5项问题整改销号的公示",
            "县城区部分路段污水管网破损，雨后污水外溢。县住建局牵头组织维修改造，已完成整改并通过验收。",
            "公示时间：2025年3月1日至3月7日    联系电话：0000-1234567",
            "监督电话：0000-7654321    电子邮箱：略",
            "某县生态环境保护委员会办公室    2025年3月1日",
        ]
    )
    text = read_plan_bytes(printed_notice(notice), "公示.pdf")
    assert "|" not in text


def test_a_header_cell_spanning_two_columns_does_not_join_them():
    size = 10.0
    header = [(515.0, 615.0, 0)]  # 整改责任单位, centred over both unit columns
    body = [(x0, x0 + 60.0, line) for line in (1, 2, 3) for x0 in (100.0, 515.0, 609.0)]
    spans = _column_spans(header + body + [(515.0, 555.0, 4), (609.0, 650.0, 4)], size)
    assert [round(x0) for x0, _ in spans] == [100, 515, 609]
    # a run over a gap only one other line leaves is no spanning header: the columns join
    lonely = _column_spans([(100.0, 200.0, 0), (100.0, 140.0, 1), (170.0, 200.0, 2)], size)
    assert len(lonely) == 1


def test_a_repeated_header_starts_a_second_table_after_its_heading():
    header = ["序号", "反馈问题", "牵头单位"]
    rows = [header, ["1", "甲问题", "A局"], ["二、个性问题", "", ""], header, ["1", "乙问题", "B局"]]
    parts = _parts_at_repeated_header(rows)
    assert parts == [
        ("", [header, ["1", "甲问题", "A局"]]),
        ("二、个性问题", [header, ["1", "乙问题", "B局"]]),
    ]
    numbered = [["1", "甲", "A"], ["2", "乙", "B"]]
    assert _parts_at_repeated_header(numbered) == [("", numbered)]  # no header: nothing to repeat


def test_a_value_merged_over_the_columns_after_its_label_keeps_the_form_one_table():
    """A four-column form printed without borders: lines of two label | value pairs give the
    columns, and a label whose value runs over the three other cells (问题名称 | the problem)
    is a row of the form, not its end; the value goes to the column it starts in."""
    pair = [("问题编号", 90), ("第12项", 190), ("问题来源", 290), ("中央督察", 390)]
    lines = [
        _chars(*pair),
        _chars(("问题名称", 90), ("河堤外侧堆放建筑垃圾和生活垃圾，雨季存在入河风险", 190)),
        _chars(("整改责任单位", 90), ("区水务局", 190), ("配合单位", 290), ("五泉镇", 390)),
        _chars(("整改时限", 90), ("2024年12月底", 190), ("完成时间", 290), ("2024年11月", 390)),
    ]
    raw = [
        ({"text": "".join(c["text"] for c in chars), "top": 100.0 + 20 * k}, chars)
        for k, chars in enumerate(lines)
    ]
    rows, first, last = _unruled_table(raw, [])
    assert (first, last) == (0, 3)
    assert rows[1] == ["问题名称", "河堤外侧堆放建筑垃圾和生活垃圾，雨季存在入河风险", "", ""]
    assert rows[2] == ["整改责任单位", "区水务局", "配合单位", "五泉镇"]


@needs_office
def test_a_group_heading_wrapped_in_the_first_column_is_one_group_row():
    _, build = DOCUMENTS["duchang_2017_poverty_inspection_list_docx"]
    text = read_plan_bytes(printed_unruled(build()), "都昌.pdf")
    assert "| 一、脱贫攻坚政治责任落实方面 |" in text
    assert "| 政治责任落实 |" not in text


def test_field_labels_under_a_merged_group_label_each_start_a_row():
    from intake.document_pdf import _labels_column

    # the second column of a 销号表 whose first column holds 基本情况 / 整改情况 once each
    labels = ["反映问题", "责任单位", None, "整改措施", None, "整改时限", "整改完成情况"]
    assert _labels_column(labels, ["基本情况", "整改情况"])
    # a table's second column of problems is no column of labels
    assert not _labels_column(["河道垃圾未清理", "污水直排", "责任单位"], ["1", "2"])
    # as many cells as the column before: no merged group column
    assert not _labels_column(["反映问题", "责任单位", "整改措施"], ["甲", "乙", "丙"])


def test_bare_year_columns_after_a_named_stage_column_are_stages_too():
    text = "\n".join(
        [
            "| 序号 | 主要任务 | 任务分解及实施进度2018年 | 2019年 | 2020年 | 牵头单位 |",
            "| 1 | 农用地详查 | 完成详查。 |  | 建立分类清单。 | 区农委 |",
            "| 2 | 类别划定 |  | 完成类别划定。 |  | 区农委 |",
        ]
    )
    first, second = parse_plan_text(text).findings
    assert [m.text for m in first.measures] == ["完成详查。", "建立分类清单。"]
    assert [d.date.isoformat() for d in first.deadlines] == ["2020-12-31"]
    assert [d.date.isoformat() for d in second.deadlines] == ["2019-12-31"]
