"""Rules the reader learnt from blind set 45 (issue 14, docs/decisions.md “Blind set 45”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 45`). The set read 100 % as Word, Excel, PDF and
text; these two rules come from its Word tables printed without borders (`--unruled`)."""

from __future__ import annotations

from intake.document_pdf import _first_word_width, _unruled_table, _unwrap_lines


def _chars(*runs: tuple[str, float], size: float = 10.0) -> list[dict]:
    """Characters as pdfplumber gives them: each run of text from its x, Chinese `size` wide."""
    chars = []
    for text, x in runs:
        for char in text:
            width = size if not char.isascii() else size / 2
            if char != " ":
                chars.append({"text": char, "x0": x, "x1": x + width})
            x += width
    return chars


def _raw(lines: list[list[dict]]) -> list[tuple[dict, list[dict]]]:
    return [
        ({"text": "".join(c["text"] for c in chars), "top": 100.0 + 15 * k}, chars)
        for k, chars in enumerate(lines)
    ]


def test_the_last_lines_of_a_row_broken_over_the_page_stay_in_the_table():
    """A numbered table printed without borders goes on over the page: the row that began on
    the page before ends at the top of this one, its last cell's lines alone in their column
    (nothing in the number column), above the next numbered row. They belong to the table, as
    a row without a number that `_continue_table` joins to the row it ends."""
    carried = [90.0, 150.0, 250.0]
    lines = [
        _chars(("月31日前完成；", 250)),
        _chars(("车辆已苫盖。", 250)),
        _chars(("3", 90), ("丙镇一处堆场扬尘", 150), ("已办结", 250)),
        _chars(("4", 90), ("丁镇一家餐馆油烟", 150), ("已办结", 250)),
        _chars(("5", 90), ("戊镇一处养殖场粪污", 150), ("阶段性办结", 250)),
    ]
    rows, first, last = _unruled_table(_raw(lines), carried)
    assert (first, last) == (0, 4)
    assert rows[0] == ["", "", "月31日前完成；车辆已苫盖。"]  # one wrapped sentence
    assert [row[0] for row in rows[1:]] == ["3", "4", "5"]


def test_lines_above_a_table_in_its_number_column_are_not_taken_for_a_broken_row():
    """A line at the top standing in the number column (a page's heading, “续表”) is no row's
    end: the table starts at its first row as before."""
    carried = [90.0, 150.0, 250.0]
    lines = [
        _chars(("续表", 90)),
        _chars(("3", 90), ("丙镇一处堆场扬尘", 150), ("已办结", 250)),
        _chars(("4", 90), ("丁镇一家餐馆油烟", 150), ("已办结", 250)),
    ]
    _, first, _ = _unruled_table(_raw(lines), carried)
    assert first == 1


def test_a_quotation_mark_moves_with_the_characters_on_both_sides():
    """Line breaking never breaks before or after a quotation mark (Unicode rule LB19): the first
    unbreakable piece of “位，“两高”” is 位，“两, four characters, not 位，."""
    assert _first_word_width(_chars(("位，“两高", 0))) == 40.0
    assert _first_word_width(_chars(("高”项目", 0))) == 30.0
    assert _first_word_width(_chars(("两高", 0))) == 10.0


def test_a_short_line_before_a_quoted_word_that_did_not_fit_is_wrapped():
    """A narrow cell: “够到” stopped short because “位，“两” could not follow it, so the cell is one
    sentence, not two paragraphs (the title would end at 到)."""
    texts = [("一些地方", 45.0), ("够到", 25.0), ("位，“两高”", 0.0), ("高”项目管", 0.0)]
    lines = []
    for text, _ in texts:
        chars = _chars((text, 0.0))
        lines.append({"text": text, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "chars": chars})
    cell = _unwrap_lines(lines[:3], (0.0, 0.0, 45.0, 0.0))
    assert cell == "一些地方够到位，“两高”"
