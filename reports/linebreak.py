"""Chinese line breaking for the bulletin: where a line may end.

Chinese text may break between any two characters, with two exceptions that readers of
official documents notice at once (docs/decisions.md, “Line breaking”):

- a number with what is attached to it is one unit: 2023年6月30日, 100.0%, 11个, 第3期,
  3.5个百分点 are never split across lines;
- no line starts with closing punctuation (，。、；：）》”％ …) and none ends with an opening
  mark (（《“ …) — the 禁则 of GB/T 15834 typesetting.

`break_lines` is the PDF's line breaker (reports/pdf.py measures with the font's widths);
`glue_numbers` puts word joiners inside the number units of a Word paragraph, so that Word
and LibreOffice, which apply the punctuation rules themselves (w:kinsoku), keep them whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

NO_LINE_START = frozenset("、，。；：！？）》」』】〕〗”’%％·…‰℃,.;:!?)]}")
NO_LINE_END = frozenset("（《「『【〔〖“‘([{")
# A number and the characters that belong to it: the unit, the date parts, the percent sign.
# The group repeats so that a whole date (2023年6月30日) or 2026〔12〕 stays one unit.
ATTACHED = "年月日时号个项家处条件次天期名倍元吨亩%％‰℃"
NUMBER = re.compile(
    rf"(?:第)?(?:[+\-−±↑↓]?\d+(?:[.,:：]\d+)*(?:个百分点|[{ATTACHED}])*)+"
    r"|[A-Za-z]+(?:[-'][A-Za-z]+)*"
)
WORD_JOINER = "\u2060"  # no break here (Unicode WJ); invisible in Word, LibreOffice and PDF


def units(text: str) -> list[str]:
    """The text as unbreakable units: numbers with what is attached, Latin words, and every
    other character on its own."""
    pieces: list[str] = []
    position = 0
    for match in NUMBER.finditer(text):
        pieces.extend(text[position : match.start()])
        pieces.append(match.group())
        position = match.end()
    pieces.extend(text[position:])
    return pieces


def break_lines(
    text: str, room: float, width: Callable[[str], float], first_indent: float = 0.0
) -> list[str]:
    """The lines of `text` (no newline in it) in a measure of `room`, the first line
    `first_indent` narrower: greedy, units kept whole, the punctuation rules applied by
    carrying units over to the next line. A unit wider than a whole line is cut by character,
    the only case where a number may be split; a closing mark that cannot go to the next line
    hangs over the margin (as Word's w:overflowPunct lets it)."""
    pieces = units(text)
    lines: list[str] = []
    start, limit = 0, room - first_indent
    while start < len(pieces):
        end, used = start, 0.0
        while end < len(pieces) and used + width(pieces[end]) <= limit + 1e-6:
            used += width(pieces[end])
            end += 1
        if end == len(pieces):
            lines.append("".join(pieces[start:]))
            break
        if end == start:  # one unit wider than the line
            piece = pieces[start]
            head = piece[0]
            for char in piece[1:]:
                if width(head + char) > limit + 1e-6:
                    break
                head += char
            if len(head) < len(piece):
                pieces[start : start + 1] = [head, piece[len(head) :]]
            end = start + 1
        cut = end
        while cut > start and not _may_break(pieces, cut):
            cut -= 1
        if cut == start:  # no break allowed inside the line: take what must follow
            cut = end
            while cut < len(pieces) and not _may_break(pieces, cut):
                cut += 1
        lines.append("".join(pieces[start:cut]))
        start, limit = cut, room
    return lines or [""]


def _may_break(pieces: list[str], at: int) -> bool:
    """A line may end before pieces[at]: it would not start with a closing mark, nor would
    the line before end with an opening one."""
    return pieces[at][:1] not in NO_LINE_START and pieces[at - 1][-1:] not in NO_LINE_END


def glue_numbers(text: str) -> str:
    """`text` with a word joiner inside each number unit wherever a Chinese character meets
    a digit (2023⁠年⁠6⁠月): Word and LibreOffice would otherwise break there (UAX #14 allows a
    break between a digit and an ideograph). Digits, points and % already stay together."""

    def glue(match: re.Match[str]) -> str:
        unit = match.group()
        out = [unit[0]]
        for before, char in pairwise(unit):
            if _is_cjk(before) or _is_cjk(char):
                out.append(WORD_JOINER)
            out.append(char)
        return "".join(out)

    return NUMBER.sub(glue, text)


def _is_cjk(char: str) -> bool:
    return ord(char) >= 0x2E80
