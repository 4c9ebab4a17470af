"""Tables copied from a web page a cell a line (issue 14).

A phone's page or a portal's reading mode lays a table's cells out as blocks, so a copy gives
every cell on lines of its own and nothing for an empty cell: a header over two or three lines
comes out as its upper names, then the names under the spanning cells; a row may be shorter than
its header. The corpus's Word tables copied so are scored by
`benchmarks/plan_layouts_benchmark.py --web-copy`; here documents that read whole or nearly so,
then each rule on a short copy written for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.pasted_text import web_copied
from tests.plan_layouts import score
from tests.real_layouts import DOCUMENTS, expected

# rows numbered 一 二 三 (黑龙江), rows kept from a longer list (无锡经开区 12 27 34 41), rows
# numbered （一）（二） again under each part (咸宁), codes as row numbers (咸宁's XN-01), a header
# over two lines under 整改责任 (康乐) and under 责任分工 (青田), over three lines (都昌), batch
# headings between the rows (衡阳县)
WHOLE = [
    "heilongjiang_2017_plan_table",
    "wuxi_jkq_2025_progress_table",
    "xianning_2020_lookback_table",
    "huzhou_2025_completion_table",
    "zhanghua_2017_petition_case_docx",
]
NEARLY = {
    # the signature's date under the last row is read as a second limit of it
    "qingtian_2021_central_inspection_task_list_docx": 1,
    "duchang_2017_poverty_inspection_list_docx": 1,
    # a limit cell empty in row 3 leaves its row a cell short: its limit is not read
    "xianning_2018_assignment_table": 2,
    "kangle_2022_task_list": 4,
    "hengyangxian_2020_petition_ledger_docx": 4,
}


def _web_findings(name: str, blank_between: bool = False):
    _filename, build = DOCUMENTS[name]
    return parse_plan_text(read_plan_bytes(web_copied(build(), blank_between), "复制.txt")).findings


@pytest.mark.parametrize("name", WHOLE)
def test_a_table_copied_a_cell_a_line_reads_as_the_file(name):
    right, total, differences = score(_web_findings(name), expected(name))
    assert right == total, differences


@pytest.mark.parametrize("name", sorted(NEARLY))
def test_a_table_copied_a_cell_a_line_loses_only_what_the_copy_drops(name):
    right, total, differences = score(_web_findings(name), expected(name))
    assert right >= total - NEARLY[name], differences


def test_a_cell_a_paragraph_reads_as_a_cell_a_line():
    right, total, differences = score(
        _web_findings("heilongjiang_2017_plan_table", blank_between=True),
        expected("heilongjiang_2017_plan_table"),
    )
    assert right == total, differences


def _findings(text: str):
    return parse_plan_text(text).findings


def _deadlines(finding) -> list:
    return [d.date or d.kind for d in finding.deadlines]


TWO_LINE_HEADER = "\n".join(
    [
        "整改任务清单",
        "序号",
        "反馈问题",
        "整改措施",
        "整改责任",
        "整改时限",
        "责任领导",
        "牵头单位",
        "配合单位",
        "1",
        "县城污水直排。",
        "新建截污管网。",
        "副县长",
        "县住建局",
        "县环保局",
        "2025年12月31日前",
        "2",
        "扬尘管控不力。",
        "落实六个百分百。",
        "副县长",
        "县城管局",
        "各乡镇",
        "2025年6月30日前",
    ]
)


def test_names_under_a_spanning_responsibility_cell_take_its_place():
    first, second = _findings(TWO_LINE_HEADER)
    assert (first.title, first.lead_units, first.cooperating_units) == (
        "县城污水直排",
        ["县住建局"],
        ["县环保局"],
    )
    assert first.leaders == ["副县长"]
    assert _deadlines(first) == [date(2025, 12, 31)]
    assert (second.lead_units, second.cooperating_units) == (["县城管局"], ["各乡镇"])
    assert _deadlines(second) == [date(2025, 6, 30)]


def test_a_header_of_three_lines_puts_both_lower_lines_back():
    # 责任分工 over 责任县领导 | 责任单位, 责任单位 over 牵头单位 | 配合单位
    text = TWO_LINE_HEADER.replace("整改责任", "责任分工").replace(
        "责任领导\n牵头单位", "责任县领导\n责任单位\n牵头单位"
    )
    first, _second = _findings(text)
    assert (first.lead_units, first.cooperating_units, first.leaders) == (
        ["县住建局"],
        ["县环保局"],
        ["副县长"],
    )
    assert _deadlines(first) == [date(2025, 12, 31)]


def test_rows_numbered_again_under_each_group_row_are_all_read():
    text = TWO_LINE_HEADER.replace("1\n县城污水直排", "一、水环境方面\n1\n县城污水直排").replace(
        "2\n扬尘管控不力", "二、大气环境方面\n1\n扬尘管控不力"
    )
    first, second = _findings(text)
    assert (first.title, first.section) == ("县城污水直排", "一、水环境方面")
    assert (second.title, second.section) == ("扬尘管控不力", "二、大气环境方面")


def test_rows_kept_from_a_longer_list_or_opened_by_codes_are_each_read():
    kept = TWO_LINE_HEADER.replace("\n1\n县城", "\n12\n县城").replace("\n2\n扬尘", "\n27\n扬尘")
    assert [f.title for f in _findings(kept)] == ["县城污水直排", "扬尘管控不力"]
    coded = TWO_LINE_HEADER.replace("\n1\n县城", "\nXN-01\n县城").replace("\n2\n扬尘", "\nXN-02\n扬尘")
    assert [(f.title, f.lead_units) for f in _findings(coded)] == [
        ("县城污水直排", ["县住建局"]),
        ("扬尘管控不力", ["县城管局"]),
    ]


def test_a_number_inside_a_row_does_not_start_the_next_row():
    # a count cell (“5”, “9”) in the middle of a row, the row not yet as wide as the header: no
    # row 5 or 9 kept from a longer list
    text = "\n".join(
        [
            "序号",
            "存在问题",
            "点位数",
            "责任单位",
            "整改时限",
            "1",
            "河道垃圾未清理。",
            "5",
            "县水利局",
            "2025年6月30日前",
            "2",
            "沟渠淤塞。",
            "9",
            "县农业农村局",
            "2025年9月30日前",
        ]
    )
    first, second = _findings(text)
    assert (first.title, first.lead_units) == ("河道垃圾未清理", ["县水利局"])
    assert (second.title, second.lead_units) == ("沟渠淤塞", ["县农业农村局"])


def test_a_batch_heading_between_rows_is_their_group():
    text = "\n".join(
        [
            "序号",
            "交办编号",
            "信访反映问题",
            "责任单位",
            "办理时限",
            "第4批交办件",
            "1",
            "HY4-07",
            "某砂场扬尘扰民。",
            "井头镇人民政府",
            "立行立改",
            "第5批交办件",
            "2",
            "HY5-03",
            "某石材厂噪声扰民。",
            "洪市镇人民政府",
            "2020年10月31日前",
        ]
    )
    first, second = _findings(text)
    assert (first.section, first.lead_units) == ("第4批交办件", ["井头镇人民政府"])
    assert (second.section, second.lead_units) == ("第5批交办件", ["洪市镇人民政府"])
    assert _deadlines(second) == [date(2020, 10, 31)]


def test_a_lead_and_limit_merged_down_are_taken_from_the_row_above():
    # row 2 shows neither its lead nor its limit (merged down from row 1) and its measures cell
    # holds two paragraphs; row 3 is whole again
    text = "\n".join(
        [
            "序号",
            "反馈问题",
            "整改措施",
            "牵头县领导",
            "牵头单位",
            "责任单位",
            "整改时限",
            "1",
            "部分耕地被违法占用建设厂房。",
            "逐宗立案查处。",
            "副县长",
            "县自然资源局",
            "嘉川镇人民政府",
            "2024年10月底前",
            "2",
            "农村乱占耕地建房摸排不全。",
            "以村为单元全面摸排。",
            "对新增问题依法处置。",
            "各乡镇人民政府",
            "3",
            "临时用地到期未复垦。",
            "督促用地单位复垦。",
            "副县长",
            "县交通运输局",
            "县自然资源局",
            "2025年3月底前",
        ]
    )
    _first, second, third = _findings(text)
    assert (second.title, second.lead_units, second.cooperating_units) == (
        "农村乱占耕地建房摸排不全",
        ["县自然资源局"],
        ["各乡镇人民政府"],
    )
    assert _deadlines(second) == [date(2024, 10, 31)]
    assert len(second.measures) == 2
    assert (third.lead_units, _deadlines(third)) == (["县交通运输局"], [date(2025, 3, 31)])
