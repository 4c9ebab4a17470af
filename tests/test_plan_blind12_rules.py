"""Rules the reader learnt from the twelfth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 12”), each on a short table of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from intake.document_pdf import _continue_table
from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text, split_units
from intake.plan_tables import map_column
from tests.plan_layouts import score, soffice
from tests.printed_pdf import printed
from tests.real_layouts import DOCUMENTS, expected


def _table(header: list[str], *rows: list[str]) -> str:
    return "\n".join("| " + " | ".join(cells) + " |" for cells in (header, *rows)) + "\n"


def test_a_column_of_inspection_opinions_is_the_problem():
    text = _table(
        ["序号", "督察意见", "责任单位", "整改时限", "整改目标", "整改措施"],
        [
            "一",
            "部分城市黑臭水体整治进展缓慢。",
            "省住建厅。",
            "2017年底前。",
            "基本消除黑臭水体。",
            "1.制定方案。2.实施工程。",
        ],
        [
            "二",
            "污水处理率目标低于国家要求。",
            "省住建厅。",
            "已完成整改。",
            "按国家要求调整目标。",
            "1.修订方案。",
        ],
    )
    first, second = parse_plan_text(text).findings
    assert map_column("督察意见").field == map_column("督察反馈意见").field == "problem"
    assert (first.title, second.title) == ("部分城市黑臭水体整治进展缓慢", "污水处理率目标低于国家要求")
    assert first.target == "基本消除黑臭水体。" and first.sources["title"] == "督察意见"
    assert [d.date for d in first.deadlines] == [dt.date(2017, 12, 31)]
    assert (first.status, second.status) == (None, "completed")


def test_a_bracket_inside_a_collective_name_keeps_it_one_name():
    assert split_units("市应急管理局，各县（市、区）党委、政府") == [
        "市应急管理局",
        "各县（市、区）党委、政府",
    ]
    assert split_units("省直各有关部门，各市（地）党委、政府（行署）。") == [
        "省直各有关部门",
        "各市（地）党委、政府（行署）",
    ]
    # a named place's bodies are still two names, each with the place
    assert split_units("某县（区）党委、某县政府") == ["某县（区）党委", "某县政府"]
    assert split_units("宿马园区党工委、管委会") == ["宿马园区党工委", "宿马园区管委会"]


def test_the_level_before_a_unit_column_does_not_change_its_role():
    header = ["序号", "县区", "反馈问题", "市级包抓领导", "市级牵头部门", "县级责任单位", "整改时限"]
    row = [
        "1",
        "甲区",
        "固废堆存点未完成清理。",
        "分管副市长",
        "市生态环境局",
        "甲区人民政府",
        "2023年6月30日前",
    ]
    (finding,) = parse_plan_text(_table(header, row)).findings
    assert finding.lead_units == ["市生态环境局"]
    assert finding.cooperating_units == ["甲区人民政府"]
    # without a 牵头 column the county's 责任单位 is the lead, as before
    (alone,) = parse_plan_text(_table([*header[:4], *header[5:]], [*row[:4], *row[5:]])).findings
    assert (alone.lead_units, alone.cooperating_units) == (["甲区人民政府"], [])


def test_a_remark_that_says_done_marks_the_row_done():
    header = ["序号", "反馈问题", "责任单位", "整改时限", "备注"]
    text = _table(
        header,
        ["1", "煤炭经营场所露天堆放。", "甲区人民政府", "2022年12月底前", "已完成整改，待验收销号"],
        ["2", "采砂点未完成生态修复。", "乙县人民政府", "2022年10月底前", "需持续开展植被养护"],
        ["3", "养殖场粪污设施配套不完善。", "丙县人民政府", "2022年12月底前", "基本完成整改"],
        ["4", "渗滤液处理设施不正常运行。", "丁县人民政府", "2022年12月底前", ""],
    )
    findings = parse_plan_text(text).findings
    assert [f.status for f in findings] == ["completed", None, None, None]
    assert findings[0].marker == "已完成整改"
    # the remark is where the row's status was read from
    assert findings[0].sources["status"] == "备注" and findings[0].confidence["status"] == 0.8


# --- the same tables printed to PDF (a Word table as offices publish it) ---------------------------


def test_a_row_numbered_in_chinese_is_continued_over_the_page():
    table = [
        ["序号", "督察意见", "整改措施"],
        ["一", "污水处理率目标偏低。", "1.修订方案。"],
        ["二", "黑臭水体整治", "1.制定方案。"],
    ]
    _continue_table(table, [["", "进展缓慢。", "2.实施工程。"]])
    assert table[1:] == [
        ["一", "污水处理率目标偏低。", "1.修订方案。"],
        ["二", "黑臭水体整治进展缓慢。", "1.制定方案。\n2.实施工程。"],
    ]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
def test_printed_tables_keep_merged_cells_headings_between_them_and_rows_over_pages():
    def text_of(name: str) -> str:
        filename, build = DOCUMENTS[name]
        return read_plan_bytes(printed(build()), filename.replace(".docx", ".pdf"))

    # 完成时限 merged down over rows 1–3 while 责任领导 merges rows 3–4: row 3 has its time limit
    assert "| 州能源局、州环境保护局 | 2018年6月底前 |" in text_of("qianxinan_2018_attack_table")
    # the heading between two tables touches the first table's rule and is still a line of text
    lines = text_of("wuzhong_2021_plan_tables").splitlines()
    assert "二、个性问题" in lines
    assert lines[-1] == "各牵头单位于每月25日前将整改进展报送市生态环境保护督察整改工作领导小组办公室。"
    for name in ("qianxinan_2018_attack_table", "heilongjiang_2017_plan_table", "wuzhong_2021_plan_tables"):
        findings = parse_plan_text(text_of(name)).findings
        right, total, differences = score(findings, expected(name))
        assert (right, differences) == (total, [])
