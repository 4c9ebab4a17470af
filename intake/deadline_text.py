"""Deadline phrases of Chinese rectification plans → typed deadlines.

The one reader of Chinese deadlines: the plan parser and the ledger cell parser
(`ledger_sheets.parse_deadlines`) both read deadlines here, so the same text gives the same
(kind, date) list in both. Pure text functions (no database): `parse_deadline_field` reads a
整改时限 value such as “立行立改，持续推进” or “1、铁合金厂废渣2021年7月完成；2、…”;
`find_text_deadlines` finds the dated deadlines written inside a task's text
(“2023年6月底前建立清单”). The rolling phrases and the completion markers live in
`intake.words`.

Date rules: 2021年12月31日 / 2021-12-31 / 20211231 is that day; 2019年5月底 / 2021年7月 is the
last day of the month, as are 2025.06 and 2025/12 (a ledger's typed month); 2018年底 / 2018年年底前 /
2019年内 / 2019年度 is 31 December; 上半年 is 30 June; a
quarter is its last day; a range (2018年9月—2019年9月, 2022—2025年) is due at its end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from intake.words import COMPLETION_MARKER, ROLLING_PHRASES

DEADLINE_KINDS = ("date", "immediate", "ongoing", "long_term")

_ROLLING = re.compile("|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in ROLLING_PHRASES.items()))

_YEAR = r"(?:19|20)\d{2}"
_MONTH = r"1[0-2]|0?[1-9]"
_DAY = r"3[01]|[12]\d|0?[1-9]"
_DASH = r"[-—–~～至到]+"

# Order matters: a year range and an ISO date before the Chinese date.
_DATE = re.compile(
    rf"(?<![\d.])(?P<ry1>{_YEAR})\s*年?\s*{_DASH}\s*(?P<ry2>{_YEAR})"
    r"(?:\s*年(?:底|末)?(?!\s*\d{1,2}\s*月)|(?!\s*[\d年月]))"
    rf"|(?<!\d)(?P<iy>{_YEAR})[-/.](?P<im>{_MONTH})[-/.](?P<id>{_DAY})(?!\d)"
    r"|(?<!\d)(?P<cy>(?:19|20)\d{2})(?P<cm>1[0-2]|0[1-9])(?P<cd>3[01]|[12]\d|0[1-9])(?!\d)"
    # a year and a month typed into a ledger cell (2025.06, 2025/12): the month's last day
    rf"|(?<![\d.])(?P<ny>{_YEAR})[./](?P<nm>1[0-2]|0?[1-9])(?![\d./])"
    rf"|(?<!\d)(?P<y>{_YEAR})\s*年\s*(?:"
    # the day without 日 only where nothing follows but 前 (2026年2月15 / 2026年2月15前); the
    # months of a span within the year (2025年1—6月) end with the last
    rf"(?:(?:{_MONTH})\s*{_DASH}\s*)?(?P<m>{_MONTH})\s*月\s*(?:(?P<d>{_DAY})\s*(?:[日号]|(?=之前|以前|前|$))|(?P<mpart>底|末|份|上旬|中旬|下旬))?"
    r"|(?P<half>上半年|下半年)"
    r"|第?(?P<q>[一二三四1-4])季度(?:末|底)?"
    # 2025年度 standing alone (or 年度内 / 年度前): within that year
    r"|(?P<yend>年底|年末|底|末|度(?=\s*(?:前|内|$|[，,；;。])))"
    r")?"
)
# The end of a range after a Chinese date: 2018年8月-9月, 2018年9月1日—10月31日, …—2019年9月.
_RANGE_TAIL = re.compile(
    rf"\s*{_DASH}\s*(?:(?P<y>{_YEAR})\s*年\s*)?(?:(?P<m>{_MONTH})\s*月\s*)?(?:(?P<d>{_DAY})\s*[日号])?"
    r"(?P<end>底|末)?"
)
_DUE_AFTER = re.compile(r"\s*(?:前|以前|之前|内|完成|到位|办结)")
_PRECEDED_BY_TO = re.compile(r"(?:到|至)\s*$")

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CLAUSE_SPLIT = re.compile(r"[，,；;。\n]")
_SENTENCE_SPLIT = re.compile(r"[。；;！？!?\n]")
_LEADING_NUMBER = re.compile(
    r"^\s*(?:[（(]?\d{1,3}[)）]|\d{1,3}\s*[、．.](?=\d{4}年|\D)|[（(][一二三四五六七八九十]+[)）])\s*"
)


@dataclass(frozen=True)
class ParsedDeadline:
    """One deadline: a date, or a rolling kind (立行立改 / 持续推进 / 长期坚持)."""

    kind: str
    date: date | None
    text: str
    scope: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"kind": self.kind, "date": self.date.isoformat() if self.date else None, "text": self.text}


def cn_number(text: str) -> int | None:
    """一 → 1, 十 → 10, 二十五 → 25, 一百零三 → 103, '17' → 17; None when it is not a number."""
    text = text.strip().translate(_FULLWIDTH_DIGITS)
    if not text:
        return None
    if text.isdigit():
        return int(text) if len(text) <= 6 else None
    total, current = 0, 0
    for char in text:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _cn_year(match: re.Match[str]) -> str:
    return "".join(str(_CN_DIGITS[c]) for c in match.group(1)) + "年"


def _cn_small(match: re.Match[str]) -> str:
    value = cn_number(match.group(1))
    return f"{value}{match.group(2)}" if value is not None else match.group(0)


_SPACE_AT_NUMBER = re.compile(
    r"(?<=[\d%]) +(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) +(?=\d)(?!\d{1,2}\s*[、．.)）](?!\d))"
)


_RUN_ON_DATES = re.compile(
    r"(?<!\d)((?:19|20)\d{2}([-/.])(?:1[0-2]|0?[1-9])\2(?:3[01]|[12]\d|0?[1-9]))(?=(?:19|20)\d{2}[-/.])"
)


_MONTH_WITHOUT_YUE = re.compile(r"(?<=\d年)(1[0-2]|0?[1-9])(?=[底末])")


def normalise(text: str) -> str:
    """Fullwidth digits to ASCII, Chinese-numeral dates to digits, no spaces inside dates."""
    text = text.translate(_FULLWIDTH_DIGITS)
    text = re.sub(r"([〇零一二三四五六七八九]{4})年", _cn_year, text)
    text = re.sub(r"(?<=年)([一二三四五六七八九十]{1,3})(月)", _cn_small, text)
    text = re.sub(r"(?<=月)([一二三四五六七八九十]{1,3})(日)", _cn_small, text)
    # A web page that lost its 年: “20259月底前” → 2025年9月底前.
    text = re.sub(r"(?<!\d)((?:19|20)\d{2})(1[0-2]|[1-9])(?=月)", r"\1年\2", text)
    # Two dates written one under another in a cell, run together when a printed table's cell lines
    # are joined: “2019.11.152019.11.30” → 2019.11.15 2019.11.30 (a full date, then the next year).
    text = _RUN_ON_DATES.sub(r"\1 ", text)
    # OCR spacing between numbers and Chinese: “2018 年 10 月底” → “2018年10月底”. Not a tab: it
    # separates a web table's cells copied as text (“整改时限\t2024年5月31日前”), never a date's parts.
    # Nor before a list number (“加强巡查 2.完善制度”): the space is all that parts the two items.
    text = _SPACE_AT_NUMBER.sub("", text)
    # A month typed without its 月 before 底 / 末: “2016 年 6 底前” (a 任务表's 时间进度) → 2016年6月底前.
    return _MONTH_WITHOUT_YUE.sub(r"\1月", text)


def _safe_date(year: int, month: int, day: int | None) -> date | None:
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day, last) if day else last)


@dataclass(frozen=True)
class _DateHit:
    start: int
    end: int
    due: date
    bare_year: bool  # only a year was written (2025年)


def _resolve(match: re.Match[str]) -> tuple[date | None, bool]:
    groups = match.groupdict()
    if groups["ry1"]:
        return _safe_date(int(groups["ry2"]), 12, 31), False
    if groups["iy"]:
        return _safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"])), False
    if groups["cy"]:
        return _safe_date(int(groups["cy"]), int(groups["cm"]), int(groups["cd"])), False
    if groups["ny"]:
        return _safe_date(int(groups["ny"]), int(groups["nm"]), None), False
    year = int(groups["y"])
    if groups["m"]:
        month = int(groups["m"])
        if groups["d"]:
            return _safe_date(year, month, int(groups["d"])), False
        day = {"上旬": 10, "中旬": 20}.get(groups["mpart"] or "")
        return _safe_date(year, month, day), False
    if groups["half"]:
        return _safe_date(year, 6 if groups["half"] == "上半年" else 12, None), False
    if groups["q"]:
        quarter = cn_number(groups["q"]) or 4
        return _safe_date(year, min(quarter, 4) * 3, None), False
    if groups["yend"]:
        return _safe_date(year, 12, 31), False
    return _safe_date(year, 12, 31), True


def _date_hits(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for match in _DATE.finditer(text):
        due, bare = _resolve(match)
        if due is None:
            continue
        end = match.end()
        if match.group("y") and not match.group("half") and not match.group("q"):
            tail = _RANGE_TAIL.match(text, end)
            if tail and (tail.group("y") or tail.group("m") or tail.group("d")):
                year = int(tail.group("y") or match.group("y"))
                month = int(tail.group("m") or match.group("m") or 12)
                day = int(tail.group("d")) if tail.group("d") else None
                ranged = _safe_date(year, month, day)
                if ranged is not None and ranged >= due:
                    due, bare, end = ranged, False, tail.end()
        hits.append(_DateHit(match.start(), end, due, bare))
    return hits


def _strip_marker_brackets(text: str) -> str:
    """Drop a bracketed status marker: 2021年12月31日（已完成整改并上报销号） → 2021年12月31日."""
    return re.sub(
        r"[（(][^（）()]*[)）]", lambda m: "" if COMPLETION_MARKER.search(m.group(0)) else m.group(0), text
    )


def _clean_clause(text: str) -> str:
    return _LEADING_NUMBER.sub("", text).strip(" \t:：、.．")


# “十四五”期间 / 十四五末 as a time limit: by the end of that five-year plan (十三五 2020, 十四五 2025)
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五[”\"]?\s*(?:规划)?\s*(?:期间|期末|末|时期)")


# a 时限 cell holding only “立即” / “立即完成”: act now (not 立即 opening a step in prose); “当天完成”,
# “当日整改” in a list handed over on the spot likewise
_BARE_NOW = re.compile(r"(?:立即|立刻|马上|即时|当即|当天|当日)(?:完成|落实|整改)?")

# a 完成时限 cell holding only a year, its 年 left out (“2020”, a district's 目标任务分解): that year's end
_YEAR_ALONE = re.compile(r"((?:19|20)\d{2})")


def parse_deadline_field(text: str | None) -> list[ParsedDeadline]:
    """Deadlines in a 整改时限 value, in the order written; duplicates dropped."""
    if not text:
        return []
    if _BARE_NOW.fullmatch(normalise(text).strip(" 。.；;，,")):
        # a 时限 cell holding only “立即” (a safety notice's 无证经营 row): act now, as 立行立改
        return [ParsedDeadline(kind="immediate", date=None, text=text.strip(), scope=None)]
    if year := _YEAR_ALONE.fullmatch(normalise(text).strip(" 。.；;，,")):
        return [ParsedDeadline(kind="date", date=date(int(year[1]), 12, 31), text=text.strip(), scope=None)]
    found: list[ParsedDeadline] = []
    seen: set[tuple[str, date | None]] = set()
    pending_scope: str | None = None
    for raw in _CLAUSE_SPLIT.split(normalise(text)):
        clause = _clean_clause(_strip_marker_brackets(raw))
        if not clause:
            continue
        items: list[tuple[int, str, date | None, str | None]] = []
        for hit in _date_hits(clause):
            following = clause[hit.end :]
            if hit.bare_year and following and not _DUE_AFTER.match(following):
                continue  # “2025年基本建成” names a year, not a deadline
            prefix = _clean_clause(clause[: hit.start])
            prefix = re.sub(r"(?:于|在|到|至|要|须|必须|确保)$", "", prefix).strip()
            items.append((hit.start, "date", hit.due, prefix or pending_scope))
        for match in _FIVE_YEAR_PLAN.finditer(clause):
            year = 2025 + 5 * ((cn_number(match.group(1)) or 4) - 4)  # the 14th ends in 2025
            items.append((match.start(), "date", date(year, 12, 31), pending_scope))
        for match in _ROLLING.finditer(clause):
            kind = match.lastgroup or "ongoing"
            items.append((match.start(), kind, None, pending_scope))
        if not items:
            pending_scope = clause if len(clause) <= 40 else None
            continue
        pending_scope = None
        for _, kind, due, scope in sorted(items, key=lambda item: item[0]):
            key = (kind, due)
            if key in seen:
                continue
            seen.add(key)
            label = clause if kind == "date" else _rolling_text(clause, kind)
            found.append(ParsedDeadline(kind=kind, date=due, text=label, scope=scope))
    return found


def _rolling_text(clause: str, kind: str) -> str:
    match = next((m for m in _ROLLING.finditer(clause) if m.lastgroup == kind), None)
    return match.group(0) if match else clause


# “年底前”, “6月底前” with no year: the year of an annual plan (“2020年…实施计划”) applies.
_YEARLESS = re.compile(
    r"(?<![\d年])(?:(?P<m>1[0-2]|[1-9])\s*月\s*(?:底|末)|(?P<yend>年底|年末))\s*(?:以|之)?前"
)


# “…。由A牵头，B配合，3月15日前全面拆除并清运完毕。”: a clause of a letter's item that opens on a
# day with no year and 前 and says the work is finished by then (完成, 办结, 到位, 完毕); the year is
# the letter's own (`plan_parser._yearless_limits`). “3月15日前已完成” is a progress, not a limit.
YEARLESS_DUE_CLAUSE = re.compile(
    r"(?:^|[，,。；;])\s*(?P<due>(?<![\d年])(?:1[0-2]|0?[1-9])\s*月\s*(?:(?:[12]\d|3[01]|0?[1-9])\s*日|底|末)"
    r"\s*(?:以|之)?前)[^，,。；;已]{0,12}?(?:完成|办结|到位|完毕|销号)"
)

# “责令肉牛场业主6月26日前整改落实到位”, “责令丰收村村委会在6月20日前将…全部运至…处理场”: a case's
# handling ordering the party to finish by a yearless day (not a day to report by); dated later by the
# document's one year, as the clause above (blind set 149)
ORDERED_YEARLESS_DUE = re.compile(
    r"责令[^，,。；;]{0,16}?(?:在|于)?\s*(?P<due>(?<![\d年])(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*日"
    r"\s*(?:以|之)?前)(?![^。；;]{0,16}?报)[^，,。；;已]{0,30}?"
    r"(?:完成|办结|到位|完毕|运至|运往|清运|清理|拆除|搬离|关停)"
)


# “（…经向省市申请，批准同意问题整改时限延期至2025年6月底）”: a time limit moved later, written
# inside the target or the problem; the new date is the one the finding is due by
EXTENDED_LIMIT = re.compile(
    r"(?:整改)?(?:时限|期限|完成时间)\s*(?:延期|延长|顺延|推迟|调整)\s*(?:至|到)\s*"
    r"(?P<limit>\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末)?(?:以|之)?前?)"
)


def find_text_deadlines(text: str | None, year: int | None = None) -> list[ParsedDeadline]:
    """Dated deadlines written inside a task's text: “2023年底前”, “于2023年6月底前”, “到2020年”.

    A date counts only when it is followed by 前 (before) or preceded by 到/至 (by), so
    “自2023年起” or “2013年” (a baseline year) are not deadlines. The text is the phrase, the
    scope the sentence it stands in.
    """
    if not text:
        return []
    found: list[ParsedDeadline] = []
    seen: set[date] = set()
    for sentence in _SENTENCE_SPLIT.split(normalise(text)):
        for hit in _date_hits(sentence):
            after = re.match(r"\s*(?:以|之)?前", sentence[hit.end :])
            before_to = _PRECEDED_BY_TO.search(sentence[: hit.start])
            if not after and not before_to:
                continue
            if after and re.match(r"\s*[（(]含[)）]", sentence[hit.end + after.end() :]):
                continue  # “2020年前（含）列入整治清单的”: which items, inclusive of that year; no due date
            if hit.due in seen:
                continue
            seen.add(hit.due)
            phrase = sentence[hit.start : hit.end + (after.end() if after else 0)].strip()
            found.append(ParsedDeadline(kind="date", date=hit.due, text=phrase, scope=sentence.strip()))
        for match in _YEARLESS.finditer(sentence) if year else ():
            if re.search(r"[\d年〇零一二三四五六七八九十]\s*$", sentence[: match.start()]):
                continue  # “2022 年底前”: the year is written, only spaced off
            month = int(match.group("m")) if match.group("m") else 12
            due = date(year, month, calendar.monthrange(year, month)[1])
            if due not in seen:
                seen.add(due)
                phrase = match.group(0)
                found.append(ParsedDeadline(kind="date", date=due, text=phrase, scope=sentence.strip()))
    return found
