"""Rules the reader learnt from blind set 32 (issue 14, docs/decisions.md “Blind set 32”), each
on a short document written for the test, not the fixture it came from. The set read 266/266 on
first read (`benchmarks/plan_layouts_benchmark.py --blind 32`); these rules come from its Word
tables printed to PDF (`--printed`, `--unruled`)."""

from __future__ import annotations

from intake.document_pdf import _parts_at_repeated_header, _unruled_table
from intake.plan_parser import parse_plan_text
from tests.test_unruled_pdf_tables import _chars


def test_a_unit_label_joined_to_the_units_before_it_starts_their_own_list():
    """A PDF joins a cell's lines: “牵头单位：A⏎配合单位：B” reads “牵头单位：A配合单位：B”."""
    text = (
        "| 序号 | 问题 | 整改措施 | 责任单位 | 完成时限 |\n"
        "| 1 | 河道水质不稳定。 | 1.整治混接点。 "
        "| 牵头单位：区水务局配合单位：区生态环境局，各街镇 | 2026年6月底前 |\n"
        "| 2 | 工地扬尘监测不规范。 | 1.专项检查。 "
        "| 牵头单位：区建设管理委\n配合单位：区城管执法局 | 持续推进 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.lead_units, f.cooperating_units) for f in findings] == [
        (["区水务局"], ["区生态环境局", "各街镇"]),
        (["区建设管理委"], ["区城管执法局"]),
    ]


def test_an_unruled_table_continued_under_its_header_again_is_cut_there_not_joined_to_the_row_above():
    """A Word table broken over a page, “续表” and the header over its second part, printed
    without borders: the header lines are no wrapped text of the row above, “续表” no cell."""
    columns = (90, 130, 330, 430)
    header = ("序号", "整改任务", "责任单位", "完成情况")
    lines = [
        _chars(*zip(header, columns, strict=True)),
        _chars(("1", 90), ("部分企业整治不彻底。", 130), ("州生态环境局", 330), ("已完成", 430)),
        _chars(("2", 90), ("黑臭水体整治不到位。", 130), ("库尔勒市人民政府", 330), ("已完成", 430)),
        _chars(("续表", 90)),
        _chars(*zip(header, columns, strict=True)),
        _chars(("3", 90), ("固体废物贮存不规范。", 130), ("若羌县人民政府", 330), ("序时推进", 430)),
    ]
    raw = [
        ({"text": "".join(c["text"] for c in chars), "top": 100.0 + 20 * k}, chars)
        for k, chars in enumerate(lines)
    ]
    rows, first, last = _unruled_table(raw, [])
    assert (first, last) == (0, 5)
    assert rows[2] == ["2", "黑臭水体整治不到位。", "库尔勒市人民政府", "已完成"]
    parts = _parts_at_repeated_header(rows)
    assert [len(part) for _, part in parts] == [3, 2]
    assert parts[1][1] == [list(header), ["3", "固体废物贮存不规范。", "若羌县人民政府", "序时推进"]]
