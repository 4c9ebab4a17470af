"""Plans published as PDF printed from Word (issue 14). The reader takes a ruled table's cells by
position, so a cell's text wrapped at the cell's width reads as written, a cell merged down over
several rows belongs to each of them, and short lines stay separate paragraphs; a notice's
paragraphs and centred title wrapped at the page's width are joined again, and the room Word
leaves between Chinese and digits (“第 07 号”) is closed."""

from __future__ import annotations

import pytest

from intake.document_pdf import (
    _close_gaps,
    _continue_table,
    _first_word_width,
    _join_wrapped_lines,
    _unwrap_lines,
)
from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.plan_layouts import score, soffice
from tests.printed_pdf import printed, printed_notice
from tests.real_layouts import DOCUMENTS, expected


def _line(text: str, x0: float, size: float = 10.0) -> dict:
    """One text line as pdfplumber gives it: Chinese characters `size` wide, Latin half."""
    chars, x = [], x0
    for char in text:
        width = size if not char.isascii() else size / 2
        chars.append({"text": char, "x0": x, "x1": x + width})
        x += width
    return {"text": text, "x0": x0, "x1": x, "chars": chars}


CELL = (100.0, 0.0, 250.0, 100.0)  # 150 pt wide, text starting 5 pt in


def test_a_line_that_filled_the_cell_continues_on_the_next():
    # “占全省” stops 30 pt short of the margin, but “13.72%，” (40 pt) would not have fitted.
    lines = [_line("全市疑似污染地块三百个占全省", 105.0), _line("13.72%，其中涉重金属", 105.0)]
    assert _unwrap_lines(lines, CELL) == "全市疑似污染地块三百个占全省13.72%，其中涉重金属"


def test_a_line_that_stopped_short_ends_a_paragraph():
    lines = [_line("县生态环境局", 105.0), _line("县水利局", 105.0)]
    assert _unwrap_lines(lines, CELL) == "县生态环境局\n县水利局"


def test_an_item_number_starts_a_line_but_a_decimal_does_not():
    full = "开展入河排口排查整治工作完成"  # 14 characters: 140 pt, the whole width
    item, decimal = _line("2.建立长效机制", 105.0), _line("2.5公里河段", 105.0)
    assert _unwrap_lines([_line(full, 105.0), item], CELL) == f"{full}\n2.建立长效机制"
    assert _unwrap_lines([_line(full, 105.0), decimal], CELL) == f"{full}2.5公里河段"


def test_the_first_word_keeps_its_closing_punctuation():
    assert _first_word_width(_line("13.72%，其中", 0.0)["chars"]) == pytest.approx(6 * 5 + 10)
    assert _first_word_width(_line("县，", 0.0)["chars"]) == pytest.approx(20)


# Word tables of the real-layout corpus with what printing does to them: a unit cell merged
# down (确定事项), a problem wrapped inside “13.72%” (雁峰), several units wrapped in one cell and
# group rows (辽阳, 荆州), a two-column form with numbered measures (潼南).
PRINTED = [
    "ziyang_2022_meeting_table",
    "yanfeng_2020_soil_table",
    "liaoyang_2022_task_table",
    "jingzhou_2019_july_table",
    "tongnan_2022_landfill_form",
    "guangxi_2021_plan_table",  # rows broken across pages, “两高” in quotes in narrow columns
    "qinghai_2023_batch16_table",  # a row broken across pages
    "wucheng_2022_audit_closure_forms_docx",  # a form's row broken across pages, no 序号 column
    # forms one after another, each under a title and a “固城督〔2025〕N号 督办日期：…” line: those
    # lines, parted by the ruled forms, are no table of their own
    "guzhen_2025_hotline_supervision_docx",
    # 序号 and problem merged down over one measure a row, the problem's last measure under “续表”
    # with its 序号 typed again: the PDF repeats the problem on every row, the 序号 only on the first
    "yuexi_2019_survey_feedback_task_rows_docx",
]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
@pytest.mark.parametrize("name", PRINTED)
def test_a_word_table_printed_to_pdf_reads_as_the_word_file(name):
    filename, build = DOCUMENTS[name]
    pdf = printed(build())
    findings = parse_plan_text(read_plan_bytes(pdf, filename.replace(".docx", ".pdf"))).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
def test_a_unit_merged_down_two_rows_belongs_to_both():
    build = DOCUMENTS["ziyang_2022_meeting_table"][1]
    text = read_plan_bytes(printed(build()), "确定事项.pdf")
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines() if line.startswith("| 1")}
    assert "县卫健局" in rows["17"] and "县卫健局" in rows["18"]


def _page_line(text: str, x0: float, left: float = 90.0, right: float = 505.0, size: float = 16.0) -> tuple:
    """A text line of a page as the PDF reader gives it to the joiner."""
    x1 = x0 + sum(size if not c.isascii() else size / 2 for c in text)
    first = _first_word_width(_line(text, x0, size)["chars"])
    return (
        "line",
        {"text": text, "x0": x0, "x1": x1, "left": left, "right": right, "first": first, "size": size},
    )


def test_a_paragraph_wrapped_at_the_page_width_is_one_line_again():
    full = "按照整改方案要求验收组对第七号整改任务完成情况开展现场验收核查"  # 26 × 16 pt = 416 pt
    pieces = [
        _page_line(full[1:], 106.0),
        _page_line("并形成验收意见。", 90.0),
        _page_line("一、整改任务", 122.0),
    ]
    assert _join_wrapped_lines(pieces) == [full[1:] + "并形成验收意见。", "一、整改任务"]


def test_an_indented_line_a_label_after_a_full_stop_and_a_table_start_anew():
    full = "县生态环境局会同县水利局对辖区河道开展排查整治入河排污口共计二十"  # 26 characters
    indented = [_page_line(full, 90.0), _page_line("二是建立长效机制", 122.0)]
    assert len(_join_wrapped_lines(indented)) == 2
    sentence = full[:25] + "。"
    assert len(_join_wrapped_lines([_page_line(sentence, 90.0), _page_line("反馈问题", 90.0)])) == 2
    table = [_page_line(full, 90.0), ("table", [["序号", "问题"]]), _page_line("完成", 90.0)]
    assert _join_wrapped_lines(table) == [full, "| 序号 | 问题 |", "完成"]


def test_a_label_inside_a_bracket_left_open_goes_on_with_the_line():
    # “（责任单位：镇环保所，配合单位：刘庄村，” filled the line; 完成时限： is the bracket's, not a new field
    full = "四是支沟有养殖户粪污直排（责任单位：镇环保所，配合单位：刘庄村，"  # 26 × 16 pt
    pieces = [_page_line(full, 90.0), _page_line("完成时限：2018年6月25日前）", 90.0)]
    assert _join_wrapped_lines(pieces) == [full + "完成时限：2018年6月25日前）"]
    closed = "四是支沟有养殖户粪污直排（镇环保所）。责任单位配合单位刘庄村，"
    pieces = [_page_line(closed, 90.0), _page_line("完成时限：2018年6月25日前", 90.0)]
    assert len(_join_wrapped_lines(pieces)) == 2


def test_a_centred_title_wrapped_over_two_lines_is_one():
    first = "闻喜县人民政府关于对中央第二环境保护督察组反馈意见整改"  # 26 characters, the width
    second = "方案第07号整改任务的验收销号意见"  # centred below it
    width = 16.0 * 15 + 8.0 * 2
    x0 = (90.0 + 505.0) / 2 - width / 2
    assert _join_wrapped_lines([_page_line(first, 90.0), _page_line(second, x0)]) == [first + second]


def test_the_room_between_chinese_and_digits_is_closed():
    assert _close_gaps("2019 年 12 月 21 日验收组对第 07 号任务") == "2019年12月21日验收组对第07号任务"
    assert _close_gaps("大洼区 整改任务{编号 364(35-11)}") == "大洼区 整改任务{编号364(35-11)}"


# Notices of the corpus whose lines printing changes: a long title wrapped with its number in the
# second line (大洼, 闻喜), a label line after a paragraph that fills the last line (永兴), a
# number alone on its line (镇江), a table copied as text with long cells (通城), a long problem
# (兴国).
NOTICES = [
    "dawa_2018_water_source_notice",
    "wenxi_2019_acceptance",
    "yongxing_2020_tailings_notice",
    "zhenjiang_2024_assignment",
    "tongcheng_2022_web",
    "xingguo_2025_petition_notice",
]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
@pytest.mark.parametrize("name", NOTICES)
def test_a_notice_printed_as_an_official_document_reads_as_its_text(name):
    filename, build = DOCUMENTS[name]
    pdf = printed_notice(read_plan_bytes(build(), filename))
    findings = parse_plan_text(read_plan_bytes(pdf, filename.replace(".txt", ".pdf"))).findings
    right, total, differences = score(findings, expected(name))
    assert (right, differences) == (total, [])


def test_a_row_broken_across_pages_is_joined_and_the_repeated_header_dropped():
    table = [
        ["序号", "问题", "整改措施"],
        ["1", "河道垃圾", "1.清理"],
        ["2", "城镇污水处理设施建设滞后，部分", "1.排查管网错"],
    ]
    next_page = [
        ["序 号", "问题", "整改措施"],
        ["", "污水处理厂进水浓度偏低。", "接、混接。\n2.建设县城设施。"],
        ["3", "扬尘", "覆盖"],
    ]
    _continue_table(table, next_page)
    assert table[1:] == [
        ["1", "河道垃圾", "1.清理"],
        [
            "2",
            "城镇污水处理设施建设滞后，部分污水处理厂进水浓度偏低。",
            "1.排查管网错接、混接。\n2.建设县城设施。",
        ],
        ["3", "扬尘", "覆盖"],
    ]


def test_without_a_number_column_a_row_on_the_next_page_stays_a_row():
    # 领域 merged down over the page break: the row on the new page is a row of its own.
    table = [["领域", "问题", "责任单位"], ["水", "河道垃圾", "县水利局"]]
    _continue_table(table, [["", "黑臭水体", "县住建局"]])
    assert table[1:] == [["水", "河道垃圾", "县水利局"], ["", "黑臭水体", "县住建局"]]


def test_an_opening_bracket_moves_to_the_next_line_with_its_character():
    # “各县（市、区）”: 28 pt were left after 各县, but “（市、” may not be broken and is 30 pt wide.
    assert _first_word_width(_line("（市、区）人民政府", 0.0)["chars"]) == pytest.approx(30)
    lines = [_line("市住建局牵头，各县", 105.0), _line("（市、区）人民政府落实", 105.0)]
    cell = (100.0, 0.0, 105.0 + 90.0 + 28.0 + 5.0, 50.0)
    assert _unwrap_lines(lines, cell) == "市住建局牵头，各县（市、区）人民政府落实"


def test_a_number_typed_again_under_the_continued_header_goes_on_with_its_finding():
    # a PDF repeats a merged problem on every row it spans but its merged 序号 only on the first
    text = "\n".join(
        [
            "| 序号 | 反馈问题 | 整改措施 | 责任单位 | 完成时限 |",
            "| 2 | 监控装置未安装。 | （1）安装在线监控装置 | 县水利局 | 2019年12月31日前 |",
            "|  | 监控装置未安装。 | （2）数据接入监管平台 | 县水利局 | 2020年3月31日前 |",
            "续表",
            "| 序号 | 反馈问题 | 整改措施 | 责任单位 | 完成时限 |",
            "| 2 | 监控装置未安装。 | （3）纳入河长巡河内容 | 县河长办 | 长期坚持 |",
            "| 3 | 保护区边界数据不一致。 | （1）核对边界数据 | 保护区管理站 | 2019年11月30日前 |",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [2, 3]
    assert len(findings[0].measures) == 3
    assert findings[0].lead_units == ["县水利局", "县河长办"]
