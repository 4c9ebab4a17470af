"""Rules the reader learnt from blind set 49 (issue 14, docs/decisions.md “Blind set 49”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 49`)."""

from __future__ import annotations

import datetime

from intake.document_pdf import _PAGE_NUMBER, _join_wrapped_lines
from intake.plan_parser import parse_plan_text

_HEADER = "| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 | 销号意见 |"


def test_a_row_broken_over_a_printed_page_joins_the_row_above_past_the_page_furniture():
    plan = parse_plan_text(
        "某县督察反馈问题验收销号清单附件2\n"
        "某县贯彻落实省级督察反馈问题验收销号清单\n"
        f"{_HEADER}\n"
        "| 1 | 河道岸线有垃圾堆放。 | 清理垃圾。 | 甲镇人民政府 | 2021年6月底前 | 同意销号 |\n"
        "| 2 | 砂石料场无序开采破 | 依法取缔。 | 县水务局牵头，乙镇人民 | 立行立改 | 同意销号 |\n"
        "第1页 共2页\n"
        "某县督察反馈问题验收销号清单\n"
        f"{_HEADER}\n"
        "|  | 坏河道生态。 |  | 政府配合 |  |  |\n"
        "| 3 | 污水直排。 | 截污纳管。 | 县住建局 | 2022年6月底前 | 暂缓销号 |\n"
        "第2页 共2页\n"
    )
    assert [f.number for f in plan.findings] == [1, 2, 3]
    second = plan.findings[1]
    assert second.title == "砂石料场无序开采破坏河道生态"
    assert (second.lead_units, second.cooperating_units) == (["县水务局"], ["乙镇人民政府"])


def test_a_closure_verdict_column_says_whether_the_finding_is_done():
    plan = parse_plan_text(
        f"{_HEADER}\n"
        "| 1 | 河道岸线有垃圾堆放。 | 清理垃圾。 | 甲镇人民政府 | 2021年6月底前 | 同意销号 |\n"
        "| 2 | 污水直排。 | 截污纳管。 | 县住建局 | 2022年6月底前 | 暂缓销号 |\n"
    )
    assert [f.status == "completed" for f in plan.findings] == [True, False]


def test_a_month_and_day_without_a_year_take_the_year_of_the_lists_long_title():
    plan = parse_plan_text(
        "某县2020年第一季度城乡环境卫生综合整治督查发现问题整改销号清单\n"
        "| 序号 | 存在问题 | 责任单位 | 整改时限 |\n"
        "| 1 | 河道内垃圾堆积。 | 甲镇人民政府 | 3月25日前 |\n"
    )
    assert [d.date for d in plan.findings[0].deadlines] == [datetime.date(2020, 3, 25)]


def test_a_page_number_of_pages_in_the_margin_is_no_text():
    for text in ("第 1 页 共 5 页", "第1页，共5页", "- 3 -", "12"):
        assert _PAGE_NUMBER.fullmatch(text)
    assert not _PAGE_NUMBER.fullmatch("第1页问题清单")


def _line(text: str, *, head: bool = False) -> tuple[str, object]:
    return (
        "line",
        {"text": text, "head": head, "x0": 0, "x1": 10, "left": 0, "right": 100, "first": 5, "size": 5},
    )


def test_an_unruled_row_broken_over_a_page_under_a_running_title_joins_the_row_above():
    header = ["序号", "存在问题", "责任单位"]
    lines = _join_wrapped_lines(
        [
            ("page", None),
            ("table", [header, ["1", "河道垃圾堆积。", "甲镇人民政府"], ["2", "路肩", "乙镇人民政府"]]),
            ("page", None),
            _line("某县问题整改销号清单", head=True),
            # the rest of row 2 read together with the header repeated above it
            ("table", [["序号", "存在问题杂草丛生。", "责任单位"], ["3", "污水直排。", "县住建局"]]),
        ]
    )
    assert lines == [
        "| 序号 | 存在问题 | 责任单位 |",
        "| 1 | 河道垃圾堆积。 | 甲镇人民政府 |",
        "| 2 | 路肩杂草丛生。 | 乙镇人民政府 |",
        "| 3 | 污水直排。 | 县住建局 |",
    ]
