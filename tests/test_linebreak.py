"""reports/linebreak.py: numbers are units, and the punctuation rules hold at every width."""

from __future__ import annotations

import pytest

from reports.linebreak import NO_LINE_END, NO_LINE_START, WORD_JOINER, break_lines, glue_numbers, units

TEXT = (
    "截至2023年6月30日，纳入调度的问题共21个，已完成整改11个（其中已销号5个），整改完成率"
    "52.4%，较上月末上升4.8个百分点；“天然气消费占比仅为3.1%”由2025年12月31日调整为"
    "2026年12月25日，第10期，Excel版。"
)


def width(text: str) -> float:
    """A Chinese character is 1, anything else 0.5 (as a CJK font sets digits)."""
    return sum(1.0 if ord(char) >= 0x2E80 else 0.5 for char in text)


def test_units_keep_numbers_with_what_is_attached():
    pieces = units(TEXT)
    for unit in (
        "2023年6月30日",
        "21个",
        "52.4%",
        "4.8个百分点",
        "3.1%",
        "2025年12月31日",
        "第10期",
        "Excel",
    ):
        assert unit in pieces, unit
    assert "".join(pieces) == TEXT


@pytest.mark.parametrize("room", [float(n) for n in range(8, 40)])
def test_no_number_split_and_no_closing_mark_at_a_line_start(room):
    lines = break_lines(TEXT, room, width, first_indent=2)
    assert "".join(lines) == TEXT
    boundaries, position = set(), 0
    for piece in units(TEXT):
        position += len(piece)
        boundaries.add(position)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        assert position in boundaries, f"{TEXT[position - 6 : position]}|{TEXT[position : position + 6]}"
    assert not any(line[0] in NO_LINE_START for line in lines[1:])
    assert not any(line[-1] in NO_LINE_END for line in lines[:-1])
    # Within the measure, except a closing mark hanging over it.
    for number, line in enumerate(lines):
        room_here = room - (2 if number == 0 else 0)
        assert width(line.rstrip("".join(NO_LINE_START))) <= room_here + 1e-6, line


def test_a_unit_wider_than_the_line_is_cut_and_nothing_is_lost():
    lines = break_lines("2026年12月31日", 4, width)
    assert "".join(lines) == "2026年12月31日"
    assert all(width(line) <= 4 for line in lines)
    assert break_lines("", 10, width) == [""]


def test_a_closing_mark_hangs_when_the_line_cannot_break_elsewhere():
    assert break_lines("（甲乙）。", 3, width) == ["（甲", "乙）。"]  # 乙 carried over
    assert break_lines("甲）。乙", 1, width) == ["甲）。", "乙"]  # nothing to carry: they hang


def test_word_joiners_only_between_digits_and_chinese():
    glued = glue_numbers("截至2023年6月30日共11个，完成率52.4%")
    assert glued.replace(WORD_JOINER, "") == "截至2023年6月30日共11个，完成率52.4%"
    assert f"2023{WORD_JOINER}年{WORD_JOINER}6{WORD_JOINER}月" in glued
    assert f"11{WORD_JOINER}个" in glued
    assert "52.4%" in glued  # a digit, a point and % stay together in every line breaker
    assert f"截{WORD_JOINER}" not in glued
