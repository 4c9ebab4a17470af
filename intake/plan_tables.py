"""Task tables inside a plan's text: finding the header, the columns and the rows.

A 整改任务清单 is a table with one finding per row. By the time it reaches here it is text:
the .docx, .xlsx, .csv and PDF readers (`intake.plan_document`) write each row as
`| a | b | c |` (every grid column, a horizontally merged cell once and then empty cells),
and a table copied out of a web page or a PDF comes as cells separated by tabs or runs of
spaces, or one cell per line. This module finds the header row (≥3 column names of the one
vocabulary, `intake.words.FIELD_LABELS`), maps each column to a field with a confidence, and
returns the rows under it with the section (group row such as “一、土壤污染防治…”) they sit in.
It knows nothing about findings; `intake.plan_parser` builds them from the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache, reduce

from intake.deadline_text import cn_number, parse_deadline_field
from intake.document_common import table_line
from intake.words import (
    AND_UNITS,
    AREA_COLUMN,
    ATTACHMENT,
    BATCH_GROUP_ROW,
    BROKEN_DATE,
    CELL_MEASURES_PART,
    CELL_TARGET_PARAGRAPH,
    CHECK_CLOSED_BY_VERDICT,
    CLAUSE_OPEN_ENDS,
    CN_NUMBER_CELL,
    CODE_COLUMN,
    CONTINUED_TABLE,
    COOPERATING_MARK,
    COPY_FOOTER,
    COUNT_COLUMN,
    DATE_AFTER_NUMBER,
    DATE_ALONE,
    DONE_TICK_COLUMN,
    FAULT_COLUMN,
    FIELD_LABELS,
    FILLED_BY,
    FOUND_COLUMN,
    GLUED_LAST_NOTE,
    GLUED_ROW_NUMBER,
    GLUED_ROW_START,
    GLUED_SHARE,
    GLUED_STATUS_END,
    GLUED_VERDICT,
    GROUP_LEADERS,
    KIND_OF_PROBLEM_COLUMN,
    LABEL_HEAD_NOUN,
    LETTER_RESUMES,
    NOT_A_FIELD,
    NOT_THE_TASK,
    NOTE_CELL,
    OFTEN_EMPTY_COLUMN,
    OPEN_VALUES,
    PAGE_NUMBER_LINE,
    PAGE_SHARE_TAIL,
    PERCENT_DONE_COLUMN,
    PERIOD_FIRST,
    PETITION_COLUMN_KINDS,
    PETITION_LIST_COLUMNS,
    PLACE_KIND_COLUMN,
    PLACE_THEN_KIND,
    PROBLEM_KIND_COLUMN,
    PROBLEM_ROW,
    PROGRESS_FIRST,
    PROJECT_NAME_COLUMN,
    RESPONSIBILITY_SPAN,
    SCHEDULE_SUB_COLUMN,
    SECTION_NUMBER,
    SIGN_OFF_CELL,
    SIGN_OFF_LABEL,
    SIGNER,
    SIGNING_DATE,
    SITE_NAME_COLUMN,
    STAGE_PERIOD_COLUMN,
    STAGE_PERIOD_SUFFIX,
    TABLE_HEADER_CLASSES,
    TABLE_TITLE,
    TASK_HEADER,
    TOTAL_CELL,
    TOWN_KIND_COLUMN,
    UNIT_LEADER_COLUMN,
    UNIT_SUFFIX,
    UNITS_SPAN,
    UPRIGHT_CELL_CHARACTER,
    VERIFIED_COLUMN,
    VERIFIED_VALUE,
    WHOLE_UNIT,
    WRAPPED_LINE_SPACE,
    YEAR_FIRST,
    YEAR_MONTH,
    classify_label,
    ends_table,
    is_completed_value,
)

_LABEL_FIELD = {label: name for name, labels in FIELD_LABELS.items() for label in labels}
_LABELS_LONGEST = sorted(_LABEL_FIELD, key=len, reverse=True)
_FIELDS_WITH_MANY_LINES = ("measures", "progress", "problem", "target")


@dataclass(frozen=True)
class Column:
    header: str  # as printed (whitespace removed)
    field: str | None  # a FIELD_LABELS key, or None for a column the reader does not use
    confidence: float  # 1.0 an exact column name, 0.7 a name containing one, 0.6 a class guess


@dataclass
class TableRow:
    cells: list[str]
    section: str | None
    line: int  # the row's first line in the text (1-based), for messages
    # fields ("lead", "deadline") whose blank cell was given the row above's text: a merge the
    # file lost, told to the user so the guess is checked
    filled_from_above: tuple[str, ...] = ()
    # (field, label, text) of a labelled row under it (“| 整改措施 | 1.…2.… (merged across) |”)
    labelled: list[tuple[str, str, str]] = field(default_factory=list)
    # (number as written, text) of the problem a row merged across above it states, in a table with
    # no problem column: the row is one of that problem's measures
    problem: tuple[str, str] | None = None


@dataclass
class Table:
    columns: list[Column]
    rows: list[TableRow] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0


def normalise_header(cell: str) -> str:
    """“责任单位（牵头）：” → 责任单位: whitespace, a trailing colon and a bracketed note removed."""
    text = re.sub(r"\s+", "", cell).strip(":：*＊")
    without = re.sub(r"[（(][^（）()]*[)）]$", "", text)
    return without or text


@lru_cache(maxsize=4096)
def map_column(cell: str) -> Column:
    """The field a header cell names, from the vocabulary; unknown columns map to None.

    Cached: the table finders try every line of a long document as a header cell."""
    name = normalise_header(cell)
    if COUNT_COLUMN.search(re.sub(r"\s+", "", cell)):
        # 问题数（个）, 交办隐患（项）, 已整改（项）: a summary sheet's counts, never a finding's field
        return Column(name, None, 0.0)
    if PERCENT_DONE_COLUMN.search(re.sub(r"\s+", "", cell)):
        # 整治进度（%）: the share done, a verdict (100 is done), not the work's account
        return Column(name, "result", 0.6)
    if CODE_COLUMN.search(name):
        # 主要污染问题编码: each row's code (a, b …) for its kind of problem, not the problem
        return Column(name, None, 0.0)
    if DONE_TICK_COLUMN.fullmatch(name):
        # 整改结果 over 已整改 | 正在整改, a √ in one of them: the tick under the done state says done
        return Column(name, "result", 0.7)
    if name == "整改完成时间":
        # a notice's 整改完成时间 dates finished work; as a column of a task list it is the due date
        return Column(name, "deadline", 0.7)
    if COOPERATING_MARK.search(cell) and map_column(COOPERATING_MARK.sub("", cell)).field == "lead":
        # 责任单位（配合） beside 责任单位（牵头）: the unit column marked as the cooperating one
        return Column(name, "coop", 0.7)
    if UNIT_LEADER_COLUMN.match(name):
        # 责任单位主要领导: the people heading the unit, named one a row (胡四海), not a unit
        return Column(name, "leaders", 0.7)
    if name in _LABEL_FIELD:
        return Column(name, _LABEL_FIELD[name], 1.0)
    year = YEAR_FIRST.match(name)
    if year and 0 < year.end() < len(name):
        # 2022年度工作内容及进度安排: the plan's year before the name
        rest = map_column(name[year.end() :])
        if rest.field is not None:
            return Column(name, rest.field, min(rest.confidence, 0.7))
    period = PERIOD_FIRST.match(name)
    if period and 0 < period.end() < len(name):
        # 至8月10日进展, 1-11月推进情况: the progress up to a date is still the progress
        rest = map_column(name[period.end() :])
        if rest.field == "progress":
            return Column(name, "progress", min(rest.confidence, 0.7))
    if not name or len(name) > 16 or NOT_A_FIELD.search(name):
        return Column(name, None, 0.0)
    if re.search(r"(?:问题|清单|任务)\S{0,4}(?:编号|序号)$", name):
        # 问题清单编号: the item's number, not the problem (a 受理编号 is a petition's reference)
        return Column(name, "number", 0.7)
    if PROGRESS_FIRST.match(name):
        # “进展情况、存在问题及下一步打算”: a progress column that also names problems met on the way
        return Column(name, "progress", 0.7)
    people = next(
        (
            label
            for label in _LABELS_LONGEST
            if _LABEL_FIELD[label] in ("leaders", "responsible")
            and name.endswith(label)
            and name[: -len(label)] in _LABEL_FIELD
        ),
        None,
    )
    if people is not None:
        # 责任主体 over 责任领导 | 责任单位 | 责任人 printed without rules: the spanning label runs into the
        # first name under it (责任主体责任领导); that column holds the people, not the units
        return Column(name, _LABEL_FIELD[people], 0.7)
    found = [_LABEL_FIELD[label] for label in _LABELS_LONGEST if len(label) >= 2 and label in name]
    if "measures" in found and ({"target", "deadline"} & set(found)):
        # 整改目标及整改措施, 整改措施及完成时限: the measures are listed in it (each with its date)
        return Column(name, "measures", 0.7)
    if "leaders" in found and ({"lead", "coop"} & set(found) or AND_UNITS.search(name)):
        # 责任领导及单位, 牵头领导及责任单位: a cell of labelled lines (责任领导：… ⏎ 牵头单位：…); the units
        # are what the task needs, the labels inside say who leads (a leader's line names no unit)
        return Column(name, "lead", 0.7)
    if found:
        return Column(name, found[0], 0.7)
    for kind, pattern in TABLE_HEADER_CLASSES:
        if pattern.fullmatch(name):
            return Column(name, kind, 0.6)
    # a column name in words the vocabulary does not list (办理状态, 督察问题概述): its class
    guessed = classify_label(name)
    return Column(name, guessed, 0.6) if guessed else Column(name, None, 0.0)


def _unlevelled(header: str) -> str:
    """“市级牵头部门” → 牵头部门: the administrative level a unit column is written for."""
    return re.sub(r"^(?:省|自治区|市|州|盟|县|区|旗|乡镇|镇|街道)级", "", header)


def header_columns(
    cells: list[str], *, known_mapping: dict[str, str | None] | None = None
) -> list[Column] | None:
    """The columns when `cells` is a header row (≥3 known names, one of them the task), else None."""
    if len(cells) < 3:
        return None
    long = sum(1 for cell in cells if len(normalise_header(cell)) > 24)
    if long * 2 > len(cells):
        return None  # mostly text: a data row, not a header
    # A long header cell (整改时限（已完成的填写完成日期）) stays a column the reader does not use.
    columns = [
        map_column(cell) if len(normalise_header(cell)) <= 24 else Column(cell, None, 0.0) for cell in cells
    ]
    if known_mapping:
        columns = [
            Column(c.header, known_mapping[c.header], 1.0) if c.header in known_mapping else c
            for c in columns
        ]
    leads = [c for c in columns if c.field == "lead"]
    if len(leads) > 1 and any(_unlevelled(c.header).startswith("牵头") for c in leads):
        # 牵头单位 beside 责任单位: the other units carry the task out with the lead unit. A
        # 主责单位 beside 牵头部门 (北京's plans) bears the main responsibility: it leads too.
        # The level before the name (市级牵头部门 | 县级责任单位) does not change the roles.
        columns = [
            Column(c.header, "coop", 0.7)
            if c.field == "lead" and not _unlevelled(c.header).startswith(("牵头", "主责"))
            else c
            for c in columns
        ]
    places = [k for k, c in enumerate(columns) if _PLACE_KIND.match(c.header)]
    if len(places) > 1:
        # 乡镇 beside 村 (a county's list handed to its towns): the town acts, the village is where
        places = [k for k in places if TOWN_KIND_COLUMN.match(columns[k].header)]
    if len(places) == 1 and not any(c.field in ("lead", "coop") for c in columns):
        # a list handed down to towns (序号 | 镇 | 河段 | 存在问题) with no unit column: the town
        # named in the row is the one that must act
        columns[places[0]] = Column(columns[places[0]].header, "lead", 0.6)
    if not any(c.field == "problem" for c in columns):
        # no problem column: a 核查情况 / 排查情况 column before the measures says what the check
        # found (a list of 疑似问题 checked on the ground), so it is the problem, not a verdict
        measures_at = next((k for k, c in enumerate(columns) if c.field == "measures"), None)
        found_at = next((k for k, c in enumerate(columns) if FOUND_COLUMN.match(c.header)), None)
        if found_at is not None and measures_at is not None and found_at < measures_at:
            columns[found_at] = Column(columns[found_at].header, "problem", 0.6)
    if not any(c.field == "problem" for c in columns) and any(
        c.field in ("target", "measures") for c in columns
    ):
        # still none, beside what to do: a 问题类别 column (乱堆乱放 | 出店经营 …, a town's list) is
        # what each row is about, the problem, not a group over the rows nor a kind beside the
        # requirement (with nothing to do beside it, an unnamed task column is guessed below)
        kind_at = next((k for k, c in enumerate(columns) if PROBLEM_KIND_COLUMN.match(c.header)), None)
        if kind_at is not None:
            columns[kind_at] = Column(columns[kind_at].header, "problem", 0.6)
    if not any(c.field in ("problem", "target", "measures") for c in columns):
        # still none, nothing to do named either: a column naming each row's site (水体名称,
        # 位置名称 in a 黑臭水体 公示) says what the row is about (not guessed among place columns)
        site_at = next((k for k, c in enumerate(columns) if SITE_NAME_COLUMN.match(c.header)), None)
        if site_at is not None:
            columns[site_at] = Column(columns[site_at].header, "problem", 0.6)
    problems = [k for k, c in enumerate(columns) if c.field == "problem"]
    faults = [k for k in problems if FAULT_COLUMN.search(columns[k].header)]
    if (
        len(problems) >= 2
        and faults
        and any(c.field in ("target", "measures") for c in columns[faults[0] + 1 :])
    ):
        # 项目名称 beside 存在问题 and what to do about it (a check of building sites): the project
        # is where the problem was found, the other column what is wrong there (not a 民生实事
        # table's last column, the obstacles in a project's way, with nothing to do after it)
        for k in problems:
            if PROJECT_NAME_COLUMN.search(columns[k].header) and not FAULT_COLUMN.search(columns[k].header):
                columns[k] = Column(columns[k].header, None, 0.0)
        problems = [k for k, c in enumerate(columns) if c.field == "problem"]
    if len(problems) == 2 and not any(c.field == "measures" for c in columns):
        # 存在问题 beside 整改任务 and no measures column: the tasks are what is done about the
        # problem (1.1 …, 1.2 … one a row under it), its measures, not more of its text
        task_at = next((k for k in problems if TASK_HEADER.search(columns[k].header)), None)
        if task_at is not None and any("问题" in columns[k].header for k in problems if k != task_at):
            columns[task_at] = Column(columns[task_at].header, "measures", 0.7)
    fields = [c.field for c in columns if c.field not in (None, "ignore")]
    if len(fields) < 3 or len(set(fields)) < 2:
        return None
    if not {"problem", "target", "measures"} & set(fields):
        task_at = _unnamed_task_column(columns)
        if task_at is None:
            return None
        columns[task_at] = Column(columns[task_at].header, "problem", UNNAMED_TASK_CONFIDENCE)
    return columns


# The confidence of a task column told only by its place among a unit and a time-limit column:
# low, so the preview highlights every title read from it.
UNNAMED_TASK_CONFIDENCE = 0.5


def _unnamed_task_column(columns: list[Column]) -> int | None:
    """A task table whose task column has a name the vocabulary does not know (事由, 工作内容,
    点位描述 …): it has a unit column and a time-limit, progress or done column (or both a lead
    and a cooperating unit column), and the first column with no field
    and a name that says nothing else (not a place, a kind, a number or a person) is the task."""
    if any(len(normalise_header(c.header)) > 16 for c in columns):
        return None  # a cell of running text: a row (a printed page's row under the header's names)
    fields = {c.field for c in columns}
    units = {"lead", "coop"} & fields
    if not units or not (len(units) == 2 or {"deadline", "progress", "result"} & fields):
        return None
    for k, column in enumerate(columns):
        name = normalise_header(column.header)
        if (
            column.field is None
            and name
            and not _PLACE_KIND.match(column.header)
            and not NOT_THE_TASK.search(name)
        ):
            return k
    return None


# A column named by the kind of town alone (乡镇, 镇, 镇街 …), not 所在乡镇 or 村屯; a city's 县区
# column is the area a petition came from (信访 lists name 责任单位 apart), not a body
_PLACE_KIND = PLACE_KIND_COLUMN


def _upper_header_row(cells: list[str]) -> bool:
    """Short cells, two or more of them column names of the vocabulary (not guesses)."""
    filled = [cell for cell in cells if cell.strip()]
    named = sum(1 for cell in filled if map_column(cell).confidence >= 0.7)
    return named >= 2 and all(len(normalise_header(cell)) <= 12 for cell in filled)


def _mapped(columns: list[Column]) -> int:
    return sum(1 for c in columns if c.field not in (None, "ignore"))


def _names_under_spans(first: list[str], second: list[str]) -> bool:
    """The lower row holds only the names under upper cells spanning several columns: its first
    cell empty (序号 merged down), each name short and without digits, under a spanning cell (the
    upper cell is followed by an empty one) or under the empty cells it spans."""
    if not second or second[0].strip():
        return False
    named = [k for k, cell in enumerate(second) if cell.strip()]
    if len(named) < 2:
        return False
    for k in named:
        name = second[k].strip()
        spanning = not first[k].strip() or (k + 1 < len(first) and not first[k + 1].strip())
        if len(name) > 10 or re.search(r"\d", name) or not spanning:
            return False
    return True


def merge_header_rows(first: list[str], second: list[str]) -> list[str] | None:
    """A header over two lines (“责任单位” above “牵头单位 | 配合单位”) as one row, or None."""
    if len(first) != len(second):
        return None
    known = sum(1 for cell in second if cell.strip() and map_column(cell).field is not None)
    if known == 1 and _names_under_spans(first, second):
        known = 2  # one spanning cell's names alone (办理情况 over 调查核实情况 | 处理和整改情况)
    if known < 2 or any(cell.strip() and map_column(cell).field is None for cell in second if len(cell) > 16):
        return None
    if any(cell.strip().endswith(("。", "；")) for cell in second) or any(
        below.strip().isdigit() and map_column(top).field == "number"
        for top, below in zip(first, second, strict=True)
    ):
        return None  # a sentence, or a number under 序号: the table's first row, not a header's
    merged = []
    spanning = ""  # the upper label whose merged cell runs over the empty upper cells after it
    for top, below in zip(first, second, strict=True):
        spanning = top.strip() or spanning if top.strip() or below.strip() else ""
        top_c, below_c = map_column(top), map_column(below)
        if YEAR_COLUMN.match(below.strip()) and map_column(spanning).field is not None:
            # 任务分解及实施进度 over 2018年 | 2019年 | 2025年: one column per year's stage of the
            # work, each of the upper label's kind; the year stays in the name (the stage's due year)
            merged.append(spanning + below.strip())
            continue
        own = below_c.field is not None or not top.strip() or KIND_OF_PROBLEM_COLUMN.match(below.strip())
        merged.append(below if below.strip() and own else top)
        if below.strip() and below_c.field is None and top_c.field is None and below.strip() != top.strip():
            # two labels of no field join (责任 over 单位); one label merged down over both rows
            # (问题类别, read once per row) stays itself, so a class column keeps its name
            merged[-1] = top + below
    return merged


# “2018年”, “2025年底”, “2019年三季度”: a lower header cell naming the period a stage of the work
# falls in; a column named by its upper label and that period (任务分解及实施进度2025年), as merged above
YEAR_COLUMN = STAGE_PERIOD_COLUMN
YEAR_STAGE_COLUMN = STAGE_PERIOD_SUFFIX


# --- splitting lines into cells ----------------------------------------------------------------


def _bar_cells(row: str) -> list[str]:
    row = row.strip()
    row = row.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in row.split("|")]


def _loose_cells(line: str) -> list[str]:
    """Cells of a line copied from a web page or PDF: bars, tabs or runs of 2+ spaces between them."""
    line = line.replace("\u3000", "  ").strip()
    if "|" in line:  # a markdown-like row without the outer bars
        return [cell.strip() for cell in line.strip("|").split("|")]
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return [cell.strip() for cell in re.split(r" {2,}", line)]


def _is_rule(line: str) -> bool:
    return bool(re.match(r"^\|?\s*:?-{3,}", line.strip()))


def _bar_rows(lines: list[str]) -> list[tuple[int, list[str] | None, str]]:
    """(line number, cells or None, raw text) for each logical line; a `|` row may span lines."""
    out: list[tuple[int, list[str] | None, str]] = []
    i = 0
    while i < len(lines):
        current, start = lines[i], i
        i += 1
        if current.lstrip().startswith("|") and not _is_rule(current):
            if not current.rstrip().endswith("|") or current.strip() == "|":
                for j in range(i, min(i + 200, len(lines))):
                    if lines[j].rstrip().endswith("|"):
                        current = "\n".join(lines[start : j + 1])
                        i = j + 1
                        break
            out.append((start + 1, _bar_cells(current), current))
        elif _is_rule(current):
            continue
        else:
            out.append((start + 1, None, current))
    return out


def _is_group(cells: list[str], width: int, columns: list[Column] | None = None) -> str | None:
    """The section heading when a row is a group row (one text spanning the table), else None.

    Also “一 | 水污染防治 | | |”: a Chinese numeral in the 序号 column and one short text beside
    it, the rest empty — the group's number kept its own cell.
    """
    filled = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
    if width < 3 or not filled or len(filled) > 2:
        return None
    if len(filled) == 2:
        number_at = next((k for k, c in enumerate(columns or []) if c.field == "number"), None)
        # a short row (fewer cells than the header) may end before the 序号 column
        number = cells[number_at].strip() if number_at is not None and number_at < len(cells) else ""
        rest = next(cell for cell in filled if cell != number) if number in filled else ""
        if not (
            CN_NUMBER_CELL.match(number) and rest and len(rest) <= 40 and not re.search(r"[。；;]", rest)
        ):
            return None
        return f"{number.rstrip('、.．')}、{rest}" if not number.startswith(("（", "(")) else number + rest
    # “一、主要经济社会发展指标…（牵头领导：成坤、柯相国、王俊）”: the leaders over the group are
    # not part of its name
    text = GROUP_LEADERS.sub("", filled[0]) or filled[0]
    if SECTION_NUMBER.match(text) or (len(text) <= 40 and not re.search(r"[。；;]", text)):
        return re.sub(r"\s+", " ", text)
    return None


def _group_over_header(cells: list[str] | None, columns: list[Column]) -> str | None:
    """The group a table's rows belong to, typed in a row merged across over the header: one table
    per town or per batch (“容城镇（2家）”, “第一批（4月12日交办）”); not the table's own title, nor a
    labelled line (填报单位：…)."""
    if cells is None:
        return None
    group = _is_group(cells, len(columns), columns)
    if group is None or TABLE_TITLE.search(group) or re.search(r"[:：]", group):
        return None
    # a group's name is short (a town, a batch); a long line over a header is a title
    return group if len(group) <= 24 or SECTION_NUMBER.match(group) else None


def _is_column_numbers(cells: list[str], rows_so_far: list[TableRow]) -> bool:
    """The row under a header that numbers its columns (1 | 2 | 3 … or (1) | (2) …), not a task."""
    if rows_so_far:
        return False
    numbers = [re.sub(r"[()（）]", "", cell) for cell in cells if cell.strip()]
    return len(numbers) >= 3 and numbers == [str(k) for k in range(1, len(numbers) + 1)]


def _sign_off_start(cells: list[str]) -> bool:
    """A row opening with a sign-off (填报人：…, or 制表人 in a cell of its own): the table ends."""
    first = next((c.strip() for c in cells if c.strip()), "")
    return bool(SIGN_OFF_CELL.match(first) or SIGN_OFF_LABEL.match(first))


def _is_footer_row(cells: list[str]) -> bool:
    """A note, total or sign-off row at the foot of a table (注：…, 合计, 填报人：… 审核人：…)."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if not filled:
        return False
    if NOTE_CELL.match(filled[0]) or TOTAL_CELL.match(filled[0]):
        return True
    if DATE_ALONE.fullmatch("".join(filled)):
        return True  # the letter's date under the table, split over cells when printed unruled
    return all(SIGN_OFF_CELL.match(cell) for cell in filled)


def _year_month(match: re.Match[str]) -> str:
    month = int(match.group(3))
    if not 1 <= month <= 12:
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}年{month}月"


def _serial_dates(cells: list[str], columns: list[Column]) -> list[str]:
    """A deadline cell as the date it shows: a spreadsheet's serial day number (43646) as the
    date it stands for, a date broken over two lines of the cell joined."""
    out = list(cells)
    for k, column in enumerate(columns[: len(out)]):
        if column.field == "deadline":
            out[k] = YEAR_MONTH.sub(_year_month, BROKEN_DATE.sub("", out[k]))
        found = re.fullmatch(r"(\d{5})(?:\.0+)?", out[k].strip()) if column.field == "deadline" else None
        if found and 36526 <= int(found.group(1)) <= 54789:  # 2000 to 2049, counted from 1899-12-30
            day = date(1899, 12, 30) + timedelta(days=int(found.group(1)))
            out[k] = f"{day.year}年{day.month}月{day.day}日"
    return out


def _section_line(text: str) -> str | None:
    text = text.strip()
    if SECTION_NUMBER.match(text) and len(text) <= 40 and not re.search(r"[。；;：:]$", text):
        return text
    return None


# --- finding tables ------------------------------------------------------------------------------


def find_tables(text: str, known_mapping: dict[str, dict[str, str | None]] | None = None) -> list[Table]:
    """Every task table in the text, in order; an empty list when there is none.

    `known_mapping` maps a header signature (see `header_signature`) to a column → field
    assignment the user made before, for headers the vocabulary cannot read.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _bar_ended_cells(_several_cells_a_line(_bar_line_cells(lines)))
    lines = _tab_rows_as_bars(lines, known_mapping or {})
    tables = _bar_tables(lines, known_mapping or {})
    if tables:
        return tables
    return _loose_tables(lines, known_mapping or {}) or _cell_per_line_tables(lines)


def _tab_rows_as_bars(lines: list[str], known: dict[str, dict[str, str | None]]) -> list[str]:
    """A Word or web table pasted as text, its rows broken wherever a cell holds several paragraphs,
    as the `| … |` rows a .docx gives (one row may span lines).

    Word's plain text puts a tab between cells and a line break after each row, but also one after
    every paragraph inside a cell: “1⇥问题⇥1.措施一” then “2.措施二⇥县环保局⇥年底前”. A row is
    complete when its lines hold as many tabs as the header; a line without a tab right after a
    row continues that row's last cell, unless it is a group heading (一、…) or a notice's footer.
    Left as it is when no row is broken, none opens with an empty cell and the header is one line:
    the loose-table reader reads whole rows."""
    out = list(lines)
    k = 0
    while k < len(lines):
        header = _tab_header(lines, k, known)
        if header is None:
            k += 1
            continue
        rows, below = header
        width = len(rows[-1])
        columns = _header([cell.replace("\n", "") for cell in rows[-1]], known) or []
        last_field = columns[-1].field if len(columns) == width else None
        spans, end, broken = _tab_row_spans(lines, below - 1, width, last_field)
        # (a row of cells opening with an empty one, a 类别 merged down and pasted in its first row
        # only, keeps that cell as a bar row, where the loose-table reader would lose it; a row
        # of one cell is the cell above going on, which the loose-table reader joins)
        blank_first = any(
            lines[first].startswith("\t") and sum(1 for cell in lines[first].split("\t") if cell.strip()) >= 2
            for first, _, group in spans[1:]
            if group is False
        )
        if broken or below > k + 1 or blank_first:
            if len(rows) == 2:
                out[k : k + 2] = [table_line(rows[0]), table_line(rows[1])]
            else:
                out[k:below] = table_line(rows[0]).split("\n")
            for first, last, group in spans[1:]:
                joined = "\n".join(lines[first:last]).replace("|", "｜")
                if group is None:  # a labelled row: its label, its value merged across the rest
                    cells = [*joined.split("\t", 1)] + [""] * (width - 2)
                else:
                    cells = [joined.strip()] + [""] * (width - 1) if group else joined.split("\t")
                out[first:last] = table_line(cells).split("\n")
        k = max(end, k + 1)
    return out


def _tab_header(
    lines: list[str], k: int, known: dict[str, dict[str, str | None]]
) -> tuple[list[list[str]], int] | None:
    """The header rows' cells and the line after them when line k heads a tab-separated table.

    The rows below tell how many columns there are. A header over two rows (整改责任 spanning
    牵头单位⇥配合单位) is pasted with the spanning cell once and the cells merged down empty on
    the lower row, so the lower row is the wider one: the upper row is laid on its columns as a
    .docx gives it, and a header over three rows likewise, row by row. A header cell of two
    paragraphs (“责任⏎单位”) breaks the header over lines."""
    tabs = lines[k].count("\t")
    upper = [cell.strip() for cell in lines[k].split("\t")]
    if tabs < 2 or _header(upper, known) is None:
        return _header_broken_in_a_cell(lines, k, known)
    broken = _broken_header(lines, k, known)
    if broken is not None:
        return broken
    lower = [cell.strip() for cell in lines[k + 1].split("\t")] if k + 1 < len(lines) else []
    if "" in upper and len(lower) == len(upper) and merge_header_rows(upper, lower) is not None:
        # copied out of Excel: the spanning cell, then empty cells beside it; the lower names under
        # (a header of one row has no empty cell: the row below it is the first row of the table,
        # however short its cells)
        return [upper, lower], k + 2
    widest = max((line.count("\t") for line in lines[k + 1 : k + 13]), default=0)
    if widest <= tabs:
        return [upper], k + 1
    # each lower header row wider than the one above, down to the table's width (a header over
    # three rows: 责任分工 over 责任县领导 | 责任单位, 责任单位 over 牵头单位 | 配合单位); a row under
    # the second opens with the cell of 序号 merged down, empty
    j = k + 1
    while j < len(lines) and tabs < lines[j].count("\t") <= widest:
        lower = [cell.strip() for cell in lines[j].split("\t")]
        aligned = _upper_on_lower(upper, lower)
        if aligned is None and j == k + 1 and widest == tabs + 1:
            spanned = _header_over_merged_column(upper, lines[k + 1 : k + 60])
            return ([spanned], k + 1) if spanned is not None else None
        if aligned is None or (j > k + 1 and lower[0]):
            return None
        merged = [cell or above for cell, above in zip(lower, aligned, strict=True)]
        tabs, j = lines[j].count("\t"), j + 1
        if tabs == widest:
            return [aligned, merged], j
        upper = merged
    return _header_broken_in_a_cell(lines, k, known)


def _header_over_merged_column(upper: list[str], below: list[str]) -> list[str] | None:
    """“序号⇥具体点位⇥存在问题⇥整改责任单位” over rows one cell wider, “1⇥滨江街道辖区⇥宏源路…⇥…”
    then “2⇥⇥聚源路…⇥…”: one header cell spans two columns, the first an area merged down and
    pasted in its group's first row only. The header as a .docx gives it, the spanning cell then
    an empty one, when the rows' openers (a serial number first) show that column written in the
    first row, empty in a later one, and the column after it always written."""
    openers = [
        [cell.strip() for cell in line.split("\t")]
        for line in below
        if re.match(r"\d{1,3}\t", line) and line.count("\t") >= len(upper) - 1
    ]
    if len(openers) < 3:
        return None
    for column in range(1, len(upper)):
        written = [row[column] for row in openers]
        if upper[column] and written[0] and "" in written[1:] and all(row[column + 1] for row in openers):
            return [*upper[: column + 1], "", *upper[column + 1 :]]
    return None


def _header_broken_in_a_cell(
    lines: list[str], k: int, known: dict[str, dict[str, str | None]]
) -> tuple[list[list[str]], int] | None:
    """“编号⇥水体名称” then “（起始边界）⇥水体类型⇥…⇥达标期限”: one header row broken where a cell of two
    paragraphs sits in its middle, so the two lines hold the header's tabs between them.

    Taken when the joined row is a header naming more fields than the second line alone, and the
    first row below holds as many tabs, on one line or broken the same way (“1⇥内城河” then
    “（上水关-下水关）⇥河流⇥…”); lines of equal width are rows, not the halves of one."""
    if k + 1 >= len(lines) or "\t" not in lines[k] or "\t" not in lines[k + 1]:
        return None
    if re.match(r"\s*\d", lines[k + 1]):  # a row, not the header going on
        return None
    cells = f"{lines[k]}\n{lines[k + 1]}".split("\t")
    width = len(cells) - 1
    columns = _header([cell.replace("\n", "").strip() for cell in cells], known)
    second = _header([cell.strip() for cell in lines[k + 1].split("\t")], known) or []
    if columns is None or _mapped(columns) <= _mapped(second):
        return None
    counts: list[int] = []
    for line in lines[k + 2 : k + 6]:
        counts.append(line.count("\t"))
        if sum(counts) >= width:
            break
    if sum(counts) != width or (len(counts) > 1 and len(set(counts)) == 1):
        return None
    return [[cell.strip() for cell in cells]], k + 2


def wrapped_tab_header(lines: list[str]) -> bool:
    """Whether a tab table pasted out of Word has its header wrapped over three lines or more
    (every narrow cell of two paragraphs: “行政⏎区域”, “是否⏎属实”, “责任人⏎被处理情况”). Its pieces
    look like label⇥value pairs, so a form's reading must leave such a text to the table reader."""
    for k, line in enumerate(lines):
        if line.count("\t") < 2 or _header([cell.strip() for cell in line.split("\t")], {}) is None:
            continue
        broken = _broken_header(lines, k, {})
        if broken is not None and broken[1] - k >= 3:
            return True
    return False


def _broken_header(
    lines: list[str], k: int, known: dict[str, dict[str, str | None]]
) -> tuple[list[list[str]], int] | None:
    """A header whose cells of two paragraphs (“责任⏎单位”, “完成⏎时限”) break it over lines: the
    lines joined when the joined header names more fields, none twice. A line starting with a
    number is a row, not the header going on."""

    def fields(cells: list[str]) -> list[str]:
        columns = _header([cell.replace("\n", "") for cell in cells], known) or []
        return [c.field for c in columns if c.field not in (None, "ignore")]

    named = fields(lines[k].split("\t"))
    best, best_end = len(set(named)), None
    for end in range(k + 2, min(k + 8, len(lines) + 1)):
        line = lines[end - 1]
        if re.match(r"\s*\d+\s*\t", line) and end - 1 > k + 2 and best_end is not None:
            # the first numbered row ends a header whose every cell wrapped (a newspaper's narrow
            # columns: “行政⏎区域 … 责任人⏎被处理情况”): the pieces up to it are all header, even
            # when the last one turns a name read alone (“责任人”) into one no column knows; a
            # piece of long cells is a row broken at its cells' paragraphs, no header
            pieces = lines[best_end : end - 1]
            if all(
                _section_line(piece) is None and all(len(cell.strip()) <= 12 for cell in piece.split("\t"))
                for piece in pieces
            ):
                best_end = end - 1
            break
        if not line.strip() or line.count("\t") >= lines[k].count("\t") or re.match(r"\s*\d", line):
            break
        joined = fields("\n".join(lines[k:end]).split("\t"))
        if len(set(joined)) > best and len(joined) - len(set(joined)) <= len(named) - len(set(named)):
            best, best_end = len(set(joined)), end
    if best_end is None:
        return None
    return ["\n".join(lines[k:best_end]).split("\t")], best_end


def _upper_on_lower(upper: list[str], lower: list[str]) -> list[str] | None:
    """The upper header row on the lower row's columns: an empty lower cell sits under an upper
    cell merged down, a run of named lower cells under one upper cell spanning them."""
    out: list[str] = []
    used = i = 0
    while i < len(lower):
        if used >= len(upper):
            return None
        end = i + 1
        if lower[i]:
            while end < len(lower) and lower[end]:
                end += 1
        out.extend([upper[used]] + [""] * (end - i - 1))
        used, i = used + 1, end
    return out if used == len(upper) else None


def _table_goes_on(lines: list[str], k: int) -> bool:
    """Line k goes on with a tab table after an empty line: a row (tabs), or a group heading over one."""
    if lines[k].count("\t"):
        return True
    return _section_line(lines[k]) is not None and k + 1 < len(lines) and lines[k + 1].count("\t") > 0


# Fields whose cell is one short line (是否完成 是, 序号 3, a date): a line without a tab after a
# row whose last column is one of them is text after the table, not that cell going on.
_ONE_LINE_FIELDS = ("result", "number", "closing", "applied", "issued")


def _tab_row_spans(
    lines: list[str], k: int, width: int, last_field: str | None = None
) -> tuple[list[tuple[int, int, bool | None]], int, bool]:
    """(first line, end line, is a group row; None a labelled row) of the header and each row
    under line k, the line the table ends before, and whether any row was broken over lines (or a
    group row is one the loose-table reader would not know)."""
    spans = [(k, k + 1, False)]
    broken = False
    labelled: set[int] = set()
    j = k + 1
    while j < len(lines):
        if not lines[j].strip():
            # an empty paragraph between two parts of the table (a page or section break)
            after = next((n for n in range(j + 1, min(j + 4, len(lines))) if lines[n].strip()), None)
            if after is None or not _table_goes_on(lines, after):
                break
            j = after
        tabs = lines[j].count("\t")
        if tabs == width - 1:
            spans.append((j, j + 1, False))
            j += 1
        elif tabs == 0:
            text = lines[j].strip()
            if _section_line(text) is not None:
                spans.append((j, j + 1, True))
            elif ends_table(text):
                break
            elif _tab_group_row(lines, j, after_header=len(spans) == 1, last_field=last_field):
                spans.append((j, j + 1, True))
                broken = True
            elif (
                last_field in _ONE_LINE_FIELDS
                or (last_field == "progress" and _status_word_then_prose(lines, spans[-1], j, width))
                # “请你县督促…，并于4月1日前将整改情况报…。” under a table ending in the time limit or
                # the units: the letter's closing request, no paragraph of a date's or a unit's cell
                or (last_field in ("deadline", "lead", "coop") and LETTER_RESUMES.match(text))
            ):
                break
            else:  # the last cell of the row above goes on
                first, _, _ = spans[-1]
                spans[-1] = (first, j + 1, False)
                broken = True
            j += 1
        elif tabs == 1 and width > 2 and _label_then_value(lines[j]):
            # “整改措施⇥1.…” then “2.…”: a labelled row merged across (`_labelled_row`), its value's
            # paragraphs on the lines after it
            m = j + 1
            while m < len(lines) and lines[m].strip() and "\t" not in lines[m] and not ends_table(lines[m]):
                m += 1
            spans.append((j, m, False))
            labelled.add(j)
            broken, j = True, m
        elif tabs < width - 1:
            m, total = j + 1, tabs
            while m < len(lines) and total < width - 1 and lines[m].strip():
                total += lines[m].count("\t")
                m += 1
            if total != width - 1:
                break
            spans.append((j, m, False))
            broken, j = True, m
        else:
            break
    # a labelled row is marked None (neither a row of cells nor a group row)
    spans = [(first, last, None if first in labelled else group) for first, last, group in spans]
    return spans, j, broken


def _status_word_then_prose(lines: list[str], span: tuple[int, int, bool | None], j: int, width: int) -> bool:
    """Line j (no tab) is the page's text after the table, not the last row's 整改情况 going on:
    that cell is a short status word (已整改, 正在整改) and no row follows — “已整改⏎下一步，…”."""
    first, last, _ = span
    cell = "\n".join(lines[first:last]).split("\t")[-1].strip()
    if len(cell) > 6 or not (is_completed_value(cell) or OPEN_VALUES.fullmatch(cell)):
        return False
    return not any(line.count("\t") == width - 1 for line in lines[j + 1 :])


def _label_then_value(line: str) -> bool:
    """“整改措施⇥1.…”: a listed field label (not the problem or the number) and its value."""
    label, value = line.split("\t", 1)
    column = map_column(label)
    listed = column.confidence == 1.0 and column.field not in (None, "number", "problem")
    return listed and bool(value.strip())


# The last columns whose cell goes on over short lines (“2018年6月底前⏎长期坚持”, one unit a line):
# a short line after a row may be that cell, not a group heading.
_SHORT_LINE_FIELDS = ("deadline", "lead", "coop", "leaders", "responsible", "subject", "liaison")


def _tab_group_row(lines: list[str], j: int, after_header: bool, last_field: str | None) -> bool:
    """Line j (no tab) is a group row spanning the table (“第七批（6月8日交办）”) when a row starts
    on the next line: right under the header, or under a row whose last cell would not go on
    in a short line without a closing stop."""
    if j + 1 >= len(lines) or not re.match(r"\s*\d{1,4}\s*\t", lines[j + 1]):
        return False
    if after_header:
        return True
    text = lines[j].strip()
    if PROBLEM_ROW.match(text):
        return True  # “问题二：…。” over its measure rows (a row merged across, pasted on its own)
    return last_field not in _SHORT_LINE_FIELDS and len(text) <= 30 and not re.search(r"[。；;，,：:]$", text)


def _bar_line_cells(lines: list[str]) -> list[str]:
    """A web table copied with each cell on its own line(s) and a bare “|” line after every cell
    (达州's 公示: “序号”, “|”, “所在地”, “|” …; “计划完成” “整治时间” one header cell on two lines) as
    the bar-ended lines `_bar_ended_cells` reads: “序号 |”, a cell's wrapped lines joined, two bars in a
    row an empty cell. A run of fewer than eight cells (a title over a table) is left as it is."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        first = lines[k].strip()
        if first and not first.endswith("|") and k + 1 < len(lines) and lines[k + 1].strip() == "|":
            cells, j = [first], k + 2
            while True:
                m = j
                while m < len(lines) and lines[m].strip() and not lines[m].rstrip().endswith("|"):
                    m += 1
                if m >= len(lines) or lines[m].strip() != "|":
                    if j < m and not any(line.strip() for line in lines[m:]):
                        # the stored copy breaks off inside this cell (鹿城's 名单, cut in row 1's
                        # hazards): its lines up to the end are the last cell
                        cells.append("".join(line.strip() for line in lines[j:m]))
                        j = m
                    break
                cells.append("".join(line.strip() for line in lines[j:m]))
                j = m + 1
            if len(cells) >= 8:
                out.extend(f"{cell} |" if cell else "|" for cell in cells)
                k = j
                continue
        out.append(lines[k])
        k += 1
    return out


def _several_cells_a_line(lines: list[str]) -> list[str]:
    """A web table copied with its cells closed by “ |” but several to a line and a long cell wrapped
    over lines (白城's 一览表: “序号 | 受理编号 | … |”, “1 | BCD2022092601 | complaint |”, “经开区 |
    噪声 | 经查…属实。” ↵ “…问题。 |”, a bare “|” an empty last cell), as `| … |` rows. It starts at a
    header line of at least four cells that starts with 序号 and ends with a bar; a line not ending
    in a bar goes on into the next; a last line without its bar is a cell the stored page broke off
    in. The rows are cut as `_cells_to_rows` cuts a one-cell-a-line copy; the lines keep their count."""
    out = list(lines)
    for k, line in enumerate(lines):
        head = line.strip()
        if head.startswith("|") or not head.endswith("|"):
            continue
        names = _bar_cells(head)
        if len(names) < 4 or map_column(names[0]).field != "number" or _known_columns(names) < 3:
            continue
        cells, pending, end, several = list(names), "", k + 1, False
        while end < len(lines) and lines[end].strip():
            text = pending + lines[end].strip()
            end += 1
            if not text.endswith("|"):
                pending = text
                continue
            pending = ""
            found = [cell.strip() for cell in text.split("|")[:-1]]
            several = several or len(found) > 1
            cells.extend(found)
        if not several:
            return out  # one cell a line: `_bar_ended_cells` reads it
        if pending and any(rest.strip() for rest in lines[end:]):
            return out
        # the cells of a line the page broke off in, the last of them cut
        cells.extend(cell.strip() for cell in pending.split("|") if pending)
        problem = [n for n, name in enumerate(names) if map_column(name).field == "problem"]
        cells = [
            WRAPPED_LINE_SPACE.sub("", cell) if n >= len(names) and (n % len(names)) in problem else cell
            for n, cell in enumerate(cells)
        ]
        rows = _cells_to_rows([f"{cell} |" if cell else "|" for cell in cells])
        if rows is None or len(rows) > end - k:
            return out
        out[k:end] = rows + [""] * (end - k - len(rows))
        return out
    return out


def _bar_ended_cells(lines: list[str]) -> list[str]:
    """A web table copied one cell a line, each cell ending in “ |” (普陀's 任务清单), as `| … |` rows.

    An empty cell is a bare “|” (“||||||” six of them). The header may stand on two lines (责任单位
    above 牵头部门 | 配合部门) with the empty cells of the spans moved to the end of each line, so
    the columns are told by their names: the second line's names take the place of the first-line
    name of their kind. The rows are the cells from the first 序号 “1” on, as wide as from “1” to
    “2”. Anything else (cells merged down, names that do not fit) leaves the lines as they are.
    """
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].strip() and lines[end].rstrip().endswith("|"):
            end += 1
        run = lines[k:end]
        if run and run[0].strip() == "|":
            run = _without_row_openers(run)
        if len(run) >= 8 and not run[0].lstrip().startswith("|"):
            rows = _cells_to_rows(run)
            stop = end
            if rows is None and _stops_inside_cell(lines, end):
                # the page stops inside a cell, so its closing bar never came: that line is the
                # run's last cell (洋县's 调查核实情况, the store cut in its third point)
                rows = _cells_to_rows([*run, lines[end].rstrip() + " |"])
                stop = end + 1
            if rows is not None:
                out[k:stop] = rows + [""] * (stop - k - len(rows))
        k = max(end, k + 1)
    return out


def _stops_inside_cell(lines: list[str], end: int) -> bool:
    """True when the line after a run of bar-ended cells is the text's last and is prose without
    its bar: a stored page broken off inside that cell."""
    return (
        end < len(lines)
        and _cut_in_prose([lines[end].strip()])
        and "|" not in lines[end]
        and not any(line.strip() for line in lines[end + 1 :])
    )


def _without_row_openers(run: list[str]) -> list[str]:
    """A copy whose every row starts with a bare “|” line (城厢's 一览表: “|”, “序号 |” …; “|”, “1 |” …):
    those openers dropped — the one before the header, the one after the span filler (“||||||”) before
    the header's second line, and the one before each 序号."""
    kept: list[str] = []
    for k, line in enumerate(run):
        if line.strip() == "|":
            after = run[k + 1].strip().removesuffix("|").strip() if k + 1 < len(run) else ""
            before = run[k - 1].strip() if k else ""
            if k == 0 or re.fullmatch(r"\d{1,4}", after) or (len(before) > 1 and set(before) == {"|"}):
                continue
        kept.append(line)
    return kept


def _cells_to_rows(run: list[str]) -> list[str] | None:
    cells: list[str] = []
    for line in run:
        text = line.strip()
        if set(text) == {"|"}:
            cells.extend([""] * len(text))
        else:
            cells.append(text.removesuffix("|").strip())
    number_at = next((k for k, cell in enumerate(cells) if map_column(cell).field == "number"), None)
    if number_at is not None and "1" not in cells[number_at:]:
        return _closed_rows(cells, number_at)
    if number_at is None:
        return None
    one = cells.index("1", number_at)
    names = [cell for cell in cells[:one] if cell]
    column = names.index(cells[number_at])
    start = one - column
    two = next((k for k in range(one + 1, len(cells)) if cells[k] == "2"), None)
    width = two - one if two is not None else len(cells) - start
    blank = cells[:start].index("") if "" in cells[:start] else start
    top = [cell for cell in cells[:blank] if cell]
    below = [cell for cell in cells[blank:start] if cell]
    header = top
    if below and len(top) + len(below) - 1 == width:
        kinds = {map_column(cell).field for cell in below}
        parent = next((n for n, cell in enumerate(top) if map_column(cell).field in kinds), None)
        if parent is None:
            return None
        header = [*top[:parent], *below, *top[parent + 1 :]]
    elif below:
        header = _spanned_header(top, below) or top
    if len(header) != width or width < 3 or (len(cells) - start) % width:
        return _rows_by_serial(header, cells[start:], column)
    if cells[number_at] not in header or header.index(cells[number_at]) != column:
        return None  # 序号 moved by the second header line: the rows would not line up
    body = [cells[k : k + width] for k in range(start, len(cells), width)]
    if any(not re.fullmatch(r"\d{1,4}", row[column]) for row in body):
        return None
    return ["| " + " | ".join(row) + " |" for row in [header, *body]]


# Kinds of column a header's upper cell may span: 承办单位 over 主办 | 协办, 进展情况 over two dates.
_SPAN_KINDS = {"lead": "units", "coop": "units", "progress": "progress", "result": "progress"}


def _spanned_header(top: list[str], below: list[str]) -> list[str] | None:
    """The columns of a two-line header when several upper cells span the lower names (进展情况 over
    至8月10日进展 | 最新进展, 承办单位 over 主办 | 协办): each upper cell of the kind of the next lower
    names gives way to all of them. None when the lower names do not all find a place."""

    def kind(cell: str) -> str | None:
        field = map_column(cell).field
        return _SPAN_KINDS.get(field, field) if field else None

    header: list[str] = []
    rest = list(below)
    for cell in top:
        if rest and kind(cell) is not None and kind(cell) == kind(rest[0]):
            while rest and kind(rest[0]) == kind(cell):
                header.append(rest.pop(0))
        else:
            header.append(cell)
    return header if not rest else None


def _rows_by_serial(header: list[str], cells: list[str], column: int) -> list[str] | None:
    """The rows of a one-cell-a-line copy cut at the serial numbers 1, 2, 3 … when they are not all
    as wide as the header. A row one cell short lacks the broad task column after 序号 (as in
    `_closed_rows`); a row longer than the header by fewer than its width holds a second line of the
    same item whose leading cells (序号, the item's name) were merged down: they are repeated, as the
    Word reader repeats a merged cell, so the item reads as one."""
    if column != 0 or not cells or cells[0] != "1" or len(header) < 4:
        return None
    starts, n = [0], 1
    for k in range(1, len(cells)):
        if cells[k] == str(n + 1):
            starts.append(k)
            n += 1
    chunks = [cells[a:b] for a, b in zip(starts, [*starts[1:], len(cells)], strict=True)]
    width = len(header)
    cut = len(chunks) == 1 and len(chunks[0]) < width and _cut_in_prose(chunks[0])
    if cut and _known_columns(header) >= 3:
        # only row 1, short of the header: the page stops inside it (no row above it could have
        # merged a cell down into it), so its missing cells are the last ones, left empty
        return [
            "| " + " | ".join(row) + " |" for row in [header, chunks[0] + [""] * (width - len(chunks[0]))]
        ]
    whole = chunks[:-1]
    if whole and all(len(chunk) == width for chunk in whole) and len(chunks[-1]) < width:
        if not _cut_in_prose(chunks[-1]) or _known_columns(header) < 3:
            return None
        # rows as wide as the header, the page stopping inside the last (白城's row 3, cut in its
        # check): its missing cells are the last ones, left empty
        last = chunks[-1] + [""] * (width - len(chunks[-1]))
        return ["| " + " | ".join(row) + " |" for row in [header, *whole, last]]
    if all(len(chunk) == width - 1 or len(chunk) == 2 * width - 2 for chunk in chunks):
        broad, narrow = map_column(header[1]).field, map_column(header[2]).field
        if broad != "problem" or narrow not in ("problem", "target"):
            return None
        header, width = [header[0], *header[2:]], width - 1
    rows: list[list[str]] = []
    for chunk in chunks:
        if len(chunk) == width:
            rows.append(chunk)
        elif width < len(chunk) < 2 * width - 1:
            merged = 2 * width - len(chunk)  # the leading cells the second line lacks
            rows.extend([chunk[:width], [*chunk[:merged], *chunk[width:]]])
        else:
            return None
    if len(rows) < 2 or width < 3:
        return None
    return ["| " + " | ".join(row) + " |" for row in [header, *rows]]


def _cut_in_prose(cells: list[str]) -> bool:
    """True when a short row's last cell is prose (a stored page stops inside a long cell), not a
    short value such as 属实: a row ending on a whole short cell lost the cells after it, and is
    left unread rather than padded (set 95)."""
    return len(cells[-1]) >= 20


def _known_columns(header: list[str]) -> int:
    """How many of a header's cells name a column the vocabulary knows."""
    return sum(1 for cell in header if map_column(cell).field)


def _closed_rows(cells: list[str], number_at: int) -> list[str] | None:
    """An excerpt of a web table copied one cell a line whose rows start after 1 (崇川's 24, 25,
    26 …) and end with a bare “|” closing the row. Rows one cell short of the header lack the
    broad task column right after 序号 (主要任务 over 全年目标任务): it was merged down from a
    row above the excerpt, so the rows' cells line up with the other columns. The last row may
    stop early (the page ends): it is padded."""
    serial = next(
        (k for k in range(number_at + 1, len(cells)) if re.fullmatch(r"[1-9]\d{0,3}", cells[k])),
        None,
    )
    if serial is None:
        return None
    head = 0
    if number_at and not cells[number_at - 1]:
        # a caption closed by a bar and a filler of empty cells before the header (“附表1: … |”,
        # “||||||”, then “问题序号 |”): the table's name, not its first column
        head = number_at
    header = [cell for cell in cells[head:serial] if cell]
    starts, n = [serial], int(cells[serial])
    for k in range(serial + 1, len(cells)):
        if cells[k] == str(n + 1):
            starts.append(k)
            n += 1
    if len(starts) < 2 or header.index(cells[number_at]) != 0:
        return None
    rows = [cells[a:b] for a, b in zip(starts, [*starts[1:], len(cells)], strict=True)]
    if (
        map_column(header[-1]).field == "remark"
        and all(len(row) == len(header) for row in rows[:-1])
        and len(rows[-1]) <= len(header)
    ):
        # rows as wide as a header ending in 备注: the bare “|” after each is that cell left empty,
        # not a bar closing the row; the last row may stop early (the page ends)
        rows[-1] = rows[-1] + [""] * (len(header) - len(rows[-1]))
        return ["| " + " | ".join(row) + " |" for row in [header, *rows]]
    if any(row[-1] for row in rows[:-1]):
        return None  # not closed by a bare “|”
    rows = [row[:-1] if not row[-1] else row for row in rows]
    width = len(rows[0])
    if any(len(row) != width for row in rows[1:-1]) or len(rows[-1]) > width:
        return None
    rows[-1] = rows[-1] + [""] * (width - len(rows[-1]))
    if width == len(header) - 1:
        broad, narrow = map_column(header[1]).field, map_column(header[2]).field
        if broad != "problem" or narrow not in ("problem", "target"):
            return None
        header = [header[0], *header[2:]]
    if width != len(header) or width < 3:
        return None
    return ["| " + " | ".join(row) + " |" for row in [header, *rows]]


def header_signature(cells: list[str]) -> str:
    """The key a remembered column mapping is stored under: the normalised header cells."""
    return "|".join(normalise_header(cell) for cell in cells)


def _header(cells: list[str], known: dict[str, dict[str, str | None]]) -> list[Column] | None:
    return header_columns(cells, known_mapping=known.get(header_signature(cells)))


def _bar_tables(lines: list[str], known: dict[str, dict[str, str | None]]) -> list[Table]:
    tables: list[Table] = []
    current: Table | None = None
    section: str | None = None
    rows = _bar_rows(lines)
    index = 0
    text_between = False  # text since the last row: a header after it starts a new table
    blank_between = False  # an empty line since the last row (two ranges pasted one under another)
    lines_since_heading = 0  # text lines since the last section heading outside a table
    grouped = False  # the current table has group rows of its own
    area_section: str | None = None  # the last section a class column (领域, 所属方面) gave
    row_section: str | None = None  # the last section a group row inside a table gave
    seen: list[str] = []  # the text lines so far, to know a page's running title when it repeats
    page_break = False  # the header just repeated on a new page: a row may run on from the last
    asked: tuple[str, str] | None = None  # the problem a row merged across stated (“问题一：…”)
    while index < len(rows):
        number, cells, raw = rows[index]
        index += 1
        if cells is None:
            if current is not None and current.rows and _page_furniture(raw, seen):
                continue  # a printed page's number or running title between the rows
            if current is not None and current.rows and CONTINUED_TABLE.fullmatch(raw.strip()):
                # “续表” over the header typed again on the next page: the same table goes on (its
                # header, when it follows, is the repeated one), not a new part whose 序号 restart
                continue
            seen.append(raw.strip())
            heading = _section_line(raw)
            if heading is not None:
                section, lines_since_heading = heading, 0
                if current is not None and current.rows:
                    # a group row (“二、…方面”) between rows, printed without borders, comes out
                    # as a line of text: the table goes on under it (text after it still ends it)
                    continue
            elif ATTACHMENT.match(raw):
                # “附件：…任务清单” starts a document of its own: the plan's chapter above it
                # (“四、保障措施”) is not the section of the attached table's rows.
                section, lines_since_heading = None, 0
            elif raw.strip():
                lines_since_heading += 1
            # Text after a table (a note, a title) ends it, but its header stays known so a
            # continuation table of the same width without a header still reads.
            text_between = text_between or bool(raw.strip())
            blank_between = blank_between or not raw.strip()
            continue
        columns = _header(cells, known)
        if columns is not None:
            over = rows[index - 2][1] if index >= 2 else None  # the row right above the header
            if index < len(rows) and rows[index][1] is not None:
                merged = merge_header_rows(cells, rows[index][1])  # type: ignore[arg-type]
                if merged is not None and _header(merged, known) is not None:
                    columns = _header(merged, known)
                    index += 1
                    third = rows[index][1] if index < len(rows) else None
                    # a header over three rows copied without its merges (整改责任 over 责任单位
                    # over 牵头 | 配合): the third row's names under the second's, 序号 left empty
                    deeper = merge_header_rows(merged, third) if third and not third[0].strip() else None
                    if deeper is not None and _header(deeper, known) is not None:
                        columns = _header(deeper, known)
                        index += 1
            above_line, above, _ = rows[index - 2] if index >= 2 else (0, None, "")
            if above is not None and _upper_header_row(above) and _header(above, known) is None:
                # The upper row of a two-row header that is no header alone (序号 | 存在问题 |
                # 整改 over 措施 | 责任单位 | 时限): its names fill the columns the lower row leaves.
                merged = merge_header_rows(above, cells)
                wider = _header(merged, known) if merged is not None else None
                if wider is not None and _mapped(wider) > _mapped(columns):
                    columns = wider
                    if current is not None and current.rows and current.rows[-1].line == above_line:
                        current.rows.pop()  # taken for a row of the table above before its header came
            same = current is not None and [c.header for c in columns] == [c.header for c in current.columns]
            if same and not text_between:
                page_break = True
                continue  # the header repeated on the next page
            # (a group row of the table above (二、…方面) is no section of a table of other columns)
            other_table = section is not None and section == row_section and not same
            current, text_between, grouped, asked = Table(columns, first_line=number), False, False, None
            if lines_since_heading > 3 or (section is not None and section == area_section) or other_table:
                # The heading is the plan's (“三、保障措施”), paragraphs above the table; or the
                # last table's class column set it (the next sheet copied below has its own).
                section = None
            section = _group_over_header(over, columns) or section
            tables.append(current)
            continue
        if current is None:
            continue
        width = len(current.columns)
        if _is_footer_row(cells):
            continue
        if _sign_off_start(cells):
            # the sign-off under the table (填报单位：… 填报人：… 审核人：…) whose line a printed page
            # wrapped inside a label (“审核 | 人：”): the table ends there, its pieces are no rows
            current = None
            continue
        stated = _problem_row(cells, current.columns)
        if stated is not None:
            asked = stated
            continue
        group = _is_group(cells, width, current.columns)
        if group is not None:
            asked = None
            below = rows[index][1] if index < len(rows) else None
            title = not _group_over_header(cells, current.columns)
            if title and below is not None and _header(below, known) is not None:
                continue  # the next table's own title typed over its header, no group of rows
            section = row_section = group
            grouped = True
            continue
        if len(cells) != width:
            if text_between or blank_between:
                # a narrower or wider table after a line of text (the next sheet's name, a note)
                # or an empty line: another table (a sheet of statistics), not rows of this one
                continue
            if len(cells) > width and not any(cells[width:]):
                cells = cells[:width]
            elif len(cells) < width and len(cells) >= 2:
                cells = cells + [""] * (width - len(cells))
            else:
                continue
        if not any(cells) or _is_column_numbers(cells, current.rows):
            continue
        if current.rows and _continues_task(current.rows[-1].cells, cells, current.columns):
            continue
        labelled = _labelled_row(cells, current.columns)
        if labelled is not None and current.rows:
            current.rows[-1].labelled.append(labelled)
            continue
        if current.rows and _sentence_runs_on(current.rows[-1].cells, cells, current.columns):
            continue
        if page_break and current.rows and _runs_on(current.rows[-1].cells, cells, current.columns):
            page_break = False
            continue
        page_break = False
        area = _area(current.columns, cells)
        if area is not None and not grouped:
            # a 领域 column groups the rows as group rows do (merged down: kept); under group rows
            # of the table's own (一 | 县住建局党组) it only classes each row (问题类别 | 整改不彻底)
            section = area_section = area
        current.rows.append(TableRow(_serial_dates(cells, current.columns), section, number, problem=asked))
        current.last_line, text_between, blank_between = number, False, False
    return [table for table in tables if table.rows]


def _problem_row(cells: list[str], columns: list[Column]) -> tuple[str, str] | None:
    """(number, text) when a row merged across a table of measures with no problem column states
    the problem the rows below answer (“问题一：…。” over rows 1, 2, 3 of measures, each with its
    unit and limit); else None. A table with a problem column keeps such rows as it reads them."""
    fields = {c.field for c in columns}
    if "problem" in fields or "measures" not in fields:
        return None
    filled = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
    if len(filled) != 1 or cells[0].strip() != filled[0]:
        return None
    match = PROBLEM_ROW.match(filled[0])
    if match is None:
        return None
    return match.group("num") or match.group("bracketed"), match.group("text").strip()


def _page_furniture(raw: str, seen: list[str]) -> bool:
    """A printed page's number (“- 3 -”, “第 1 页 共 5 页”) or its running title, a short line the
    document already carried (the first page's header may share a line with “附件2”)."""
    text = raw.strip()
    if not text:
        return False
    if PAGE_NUMBER_LINE.match(text):
        return True
    return 6 <= len(text) <= 60 and _section_line(text) is None and any(text in line for line in seen)


def _runs_on(previous: list[str], cells: list[str], columns: list[Column]) -> bool:
    """The first row under a header repeated on a new page with no 序号 of its own: the rest of the
    row the page break cut (Word lets a row break across pages); its cells join the row above."""
    number = next((k for k, c in enumerate(columns) if c.field == "number"), None)
    if number is None or cells[number].strip() or not previous[number].strip():
        return False
    if len(previous) != len(cells) or not any(cell.strip() for cell in cells):
        return False
    for k, cell in enumerate(cells):
        if cell.strip():
            previous[k] = previous[k].rstrip() + cell.strip()
    return True


def _sentence_runs_on(previous: list[str], cells: list[str], columns: list[Column]) -> bool:
    """A table with no 序号 printed across pages: a row holding only the task's text, which goes on
    with the sentence the task above broke off at a comma (“…渣土、生活垃圾乱倒和焚烧，” over
    “禁止城区露天烧烤，…。”) is the rest of that row; its text joins the row above."""
    if any(c.field == "number" for c in columns) or len(previous) != len(cells):
        return False
    problem = [k for k, c in enumerate(columns) if c.field == "problem"]
    if len(problem) != 1:
        return False
    k = problem[0]
    alone = cells[k].strip() and not any(cell.strip() for n, cell in enumerate(cells) if n != k)
    above_filled = any(cell.strip() for n, cell in enumerate(previous) if n != k)
    if not alone or not above_filled or not previous[k].rstrip().endswith(CLAUSE_OPEN_ENDS):
        return False
    previous[k] = previous[k].rstrip() + cells[k].strip()
    return True


def _labelled_row(cells: list[str], columns: list[Column]) -> tuple[str, str, str] | None:
    """“| 整改措施 | 1.…⏎2.… |” under a one-row table (labels above, values below; a small table a
    problem): a field's label in the first cell, a value merged across the rest. It adds that
    field to the row above, not a row of its own."""
    value = cells[1].strip()
    if len(cells) < 3 or not value or any(c.strip() not in ("", value) for c in cells[2:]):
        return None
    if columns[0].field not in ("number", None):
        return None  # (the label stands where the row's number would)
    column = map_column(cells[0])
    if column.field in (None, "number", "problem") or column.confidence < 1.0:
        return None
    return column.field, column.header, value


def _continues_task(previous: list[str], cells: list[str], columns: list[Column]) -> bool:
    """A task written on two rows (“新改扩建公办中小学校1所” over “新增学位810个”) with every other
    cell, its 序号 too, merged down: the second line joins the task above, which it updates."""
    number = next((k for k, c in enumerate(columns) if c.field == "number"), None)
    problem = [k for k, c in enumerate(columns) if c.field == "problem"]
    if number is None or len(problem) != 1 or not previous[number].strip() or len(previous) != len(cells):
        return False
    k = problem[0]
    if not cells[k].strip() or cells[k] == previous[k]:
        return False
    # Word repeats a merged cell in each row it spans; a sheet copied out of Excel leaves it empty
    merged = (
        (lambda n: cells[n] == previous[n]) if cells[number].strip() else (lambda n: not cells[n].strip())
    )
    if not all(merged(n) for n in range(len(cells)) if n != k):
        return False
    if CELL_MEASURES_PART.match(cells[k].strip()):
        # a “措施：” paragraph under the “问题：” one (a column naming both, pasted a paragraph a
        # row) stays a paragraph of its own
        previous[k] = f"{previous[k].strip()}\n{cells[k].strip()}"
        return True
    previous[k] = _task_going_on(previous[k], cells[k])
    return True


def _task_going_on(task: str, second_line: str) -> str:
    """A task cell and the task's second row, as one task (“…中小学校1所，新增学位810个”); a second
    row in brackets glosses the first (a water body's bounds, “内城河” ↵ “（上水关-下水关）”)."""
    rest = second_line.strip()
    if rest.startswith(("（", "(")):
        return f"{task.strip()}{rest}"
    if task.rstrip().endswith(("；", ";")):
        # “1、门卫未按规定登记；” over “2、食堂人员无健康证。”: a cell's listed items pasted a row
        # each; the item the first closes on ；, the next is the cell's next paragraph
        return f"{task.rstrip()}\n{rest}"
    return f"{task.strip().rstrip('。；;，,')}，{rest}"


def has_area_column(columns: list[Column]) -> bool:
    """Whether the table's sections come from a 领域 / 问题类别 column merged down (whose edges
    another column's merge may cross), not from group rows across the table."""
    return any(AREA_COLUMN.match(c.header) and c.field != "problem" for c in columns)


def _area(columns: list[Column], cells: list[str]) -> str | None:
    """The row's field of work or problem class, from a 领域 / 问题类别 column, if any."""
    return next(
        (
            cells[k].strip()
            for k, c in enumerate(columns)
            # (a class column read as the problem, with no other, titles its row: no group)
            if AREA_COLUMN.match(c.header) and c.field != "problem" and cells[k].strip()
        ),
        None,
    )


def _loose_tables(lines: list[str], known: dict[str, dict[str, str | None]]) -> list[Table]:
    tables: list[Table] = []
    current: Table | None = None
    section: str | None = None
    area_section: str | None = None  # the last section a class column gave
    wrapped = False  # the line before was part of a row: a short line may continue a cell
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            wrapped = False  # a blank line ends a wrapped cell (a note follows the table)
            continue
        cells = _loose_cells(line)
        if len(cells) >= 3:
            columns = _header(cells, known)
            if columns is not None:
                if current is None or [c.header for c in columns] != [c.header for c in current.columns]:
                    if section is not None and section == area_section:
                        section = None  # the last table's class column groups none of this one's rows
                    current = Table(columns, first_line=number)
                    tables.append(current)
                continue
        if current is None:
            continue
        width = len(current.columns)
        if len(cells) == width:
            # a 领域 / 问题类别 column groups the rows as in a `|` table
            area_section = _area(current.columns, cells) or area_section
            section = _area(current.columns, cells) or section
            current.rows.append(TableRow(cells, section, number))
            wrapped = True
        elif len(cells) >= 3 and current.columns[0].field == "number" and re.fullmatch(r"\d{1,4}", cells[0]):
            # A row with an empty cell: runs of spaces cannot show it; the cells are taken in
            # order and the missing ones left empty at the end.
            current.rows.append(TableRow(cells[:width] + [""] * (width - len(cells)), section, number))
            wrapped = True
        elif len(cells) == 1 and _section_line(cells[0]) is not None:
            section, wrapped = cells[0], False
        elif len(cells) == 1 and ends_table(cells[0]):
            # the notice's signature, a note or the footer under the table (“公示期为…，如有异议请
            # 致电…”): no wrapped cell
            wrapped = False
        elif FILLED_BY.match(line.strip()):
            # “填报单位：某镇人民政府　　填报时间：…” under the table: spaced apart like cells, but the
            # sheet's sign-off, not the last row's cells going on
            wrapped = False
        elif len(cells) == 1 and current.rows and _paragraph_after(cells[0], current.rows[-1].cells):
            # “会议要求，……确保形成整改闭环。” under a web page's table: a paragraph of the page, longer
            # than any cell of the row it would continue (a wrapped cell's line is never wider than
            # the cell's first line)
            wrapped = False
        elif current.rows and wrapped and _task_second_row(line, current.columns) is not None:
            # a Word table's task on two rows, pasted: the row's other cells, merged down, come
            # empty; a tab-separated row is a row of its own, not a line a cell wrapped onto
            k = _task_second_row(line, current.columns)
            last = current.rows[-1].cells
            last[k] = _task_going_on(last[k], line.split("\t")[k])
        elif current.rows and len(cells) < width and wrapped:
            # A wrapped cell: its continuation lines carry only the wrapped columns.
            last = current.rows[-1].cells
            long_columns = [k for k, c in enumerate(current.columns) if c.field in _FIELDS_WITH_MANY_LINES]
            for k, cell in zip(long_columns, cells, strict=False):
                last[k] = (last[k] + cell).strip()
    return [table for table in tables if table.rows]


def _task_second_row(line: str, columns: list[Column]) -> int | None:
    """The problem column's index when a tab-separated line is a whole row whose only cell is in
    the one problem column."""
    cells = line.split("\t")
    problem = [k for k, c in enumerate(columns) if c.field == "problem"]
    if len(cells) != len(columns) or len(problem) != 1:
        return None
    filled = [k for k, cell in enumerate(cells) if cell.strip()]
    return problem[0] if filled == problem else None


def _paragraph_after(line: str, row: list[str]) -> bool:
    return line.endswith("。") and display_width(line) > max(map(display_width, row)) + 8


def _cell_per_line_tables(lines: list[str]) -> list[Table]:
    """A table copied one cell per line: a run of ≥3 header lines, then rows started by 序号."""
    stripped = [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]
    for start in range(len(stripped)):
        glued = stripped[start][1].startswith("序号")
        if map_column(stripped[start][1]).field != "number" and not glued:
            continue  # a header opens with 序号; trying every line as one was quadratic
        run = _header_up_to_first_row(stripped[start:])
        if run is None and glued:
            run = _run_together_header(stripped[start:])
        if run is None:
            run = []
            for _, text in stripped[start:]:
                if len(text) <= 16 and map_column(text).field is not None and text not in run:
                    run.append(text)
                else:
                    break
        columns = header_columns(run) if len(run) >= 3 else None
        if columns is None or columns[0].field != "number":
            continue
        body = stripped[start + _header_line_count(run, stripped[start:]) :]
        table = _rows_by_number(columns, _unglued_rows(columns, body) or body)
        for names, on_tie in _header_readings(run):
            other = header_columns(names)
            if other is not None and other[0].field == "number":
                candidate = _rows_by_number(other, body)
                gained = len(candidate.rows) - len(table.rows)
                if gained > 0 or (on_tie and gained == 0):
                    table = candidate
        return [table]
    return _unnumbered_cell_per_line_table(stripped)


def _label_line(text: str) -> bool:
    """A line that is a field's name alone (“整改措施”, “【责任单位】”, “整改时限：”)."""
    name = normalise_header(text.strip("【】[]"))
    return len(name) <= 8 and map_column(name).confidence >= 0.7


# The people and verdict columns of a row copied a cell a line: each cell a short word or name.
_SHORT_CELL_FIELDS = ("leaders", "responsible", "result")


def _unnumbered_cell_per_line_table(stripped: list[tuple[int, str]]) -> list[Table]:
    """A table with no 序号 column copied one cell a line (a bureau's 《政府工作报告》 task table:
    类别 | 工作内容 | … | 形象进度 | 进度状态 | 责任区领导 | …): a run of short header names, the
    header ending at the last name the vocabulary knows, then rows of as many cells each. A share
    the copy glued to the paragraph before it (“…进入国家库。100%”) is cut off as its own cell when
    the header has a share column. None unless there are two whole rows or more and each row's
    people and verdict cells are short words (a row cut by the page is left out)."""
    for start in range(len(stripped)):
        run: list[str] = []
        for _, text in stripped[start:]:
            if len(text) > 16 or re.search(r"[，。；;,、:：]", _BRACKETED.sub("", text)):
                break
            run.append(text)
        known = [k for k, name in enumerate(run) if map_column(name).field is not None]
        if len(known) < 3 or map_column(run[0]).field == "number":
            continue
        names = run[: known[-1] + 1]
        columns = header_columns(names)
        if columns is None or not any(c.field == "problem" for c in columns):
            continue
        shares = any(PERCENT_DONE_COLUMN.search(c.header) for c in columns)
        cells: list[tuple[int, str]] = []
        for number, text in stripped[start + len(names) :]:
            glued = GLUED_SHARE.fullmatch(text) if shares else None
            if glued:
                cells += [(number, glued.group("text")), (number, glued.group("share"))]
            else:
                cells.append((number, text))
        if any(_label_line(text) for _, text in cells):
            return []  # labels again below (问题描述 ⏎ … ⏎ 整改措施 ⏎ …): forms, one after another
        width = len(columns)
        rows = [cells[k : k + width] for k in range(0, len(cells) - width + 1, width)]
        short = [k for k, c in enumerate(columns) if c.field in _SHORT_CELL_FIELDS]
        if len(rows) < 2 or any(len(row[k][1]) > 12 for row in rows for k in short):
            continue  # a title line before the names taken for one, or no such table
        return [
            Table(
                columns,
                [TableRow([text for _, text in row], None, row[0][0]) for row in rows],
                stripped[start][0],
                rows[-1][-1][0],
            )
        ]
    return []


_SUB_UNIT_FIELDS = frozenset({"lead", "coop", "leaders", "responsible"})
_ANY_SPAN = re.compile(f"{RESPONSIBILITY_SPAN.pattern}|{UNITS_SPAN.pattern}")


def _header_readings(names: list[str]) -> list[tuple[list[str], bool]]:
    """Other readings of header names copied a cell a line, for the rows to choose between, each
    with whether it wins a tie: the header over two or three lines put back in place (its upper
    names come first, then the names under the spanning cells; the names say so, so it wins a
    tie), and the last name taken for a group row over row 1 (a second problem column's name, a
    name of no field) rather than a column, only when more rows read so."""
    last = map_column(names[-1]).field
    problems = sum(1 for name in names if map_column(name).field == "problem")
    group_over_row_1 = len(names) > 4 and (last is None or (last == "problem" and problems > 1))
    readings = []
    for reading in [names, names[:-1]] if group_over_row_1 else [names]:
        if reading is not names:
            readings.append((reading, False))
        unflattened = _unflattened_header(reading)
        if unflattened != reading:
            readings.append((unflattened, True))
    return readings


def _unflattened_header(names: list[str]) -> list[str]:
    """`names` with the trailing names of a lower header line put in place of the upper cell that
    spans them: responsibility columns (责任领导 | 牵头单位 | 配合单位) under 整改责任 / 责任分工, or under
    责任单位 when they are units alone; periods (2018年 | 2019年, 2019年三季度) under the schedule's
    time-limit or measures name, each named after it (as `merge_header_rows` names them). At most
    two lower lines (责任分工 over 责任县领导 | 责任单位, 责任单位 over 牵头单位 | 配合单位)."""
    names = list(names)
    for _ in range(2):
        periods = 0
        while periods < len(names) and YEAR_COLUMN.match(names[-1 - periods]):
            periods += 1
        units = 0
        while units < len(names) and map_column(names[-1 - units]).field in _SUB_UNIT_FIELDS:
            units += 1
        if periods >= 2:
            lower, upper = names[-periods:], names[:-periods]
            span = _last_index(upper, lambda name: map_column(name).field == "deadline")
            if span is None:
                span = _last_index(upper, lambda name: map_column(name).field == "measures")
            replaced = [upper[span] + name for name in lower] if span is not None else []
        elif units >= 2:
            lower, upper = names[-units:], names[:-units]
            # 责任单位 right over a lead and a cooperating name inside the run spans them
            lower = [
                name
                for k, name in enumerate(lower)
                if not (
                    UNITS_SPAN.match(name)
                    and {map_column(below).field for below in lower[k + 1 : k + 3]} == {"lead", "coop"}
                )
            ]
            # a run holding a leader sits under a span of responsibility, never under 责任单位
            spans = RESPONSIBILITY_SPAN if any(map_column(n).field == "leaders" for n in lower) else _ANY_SPAN
            span = _last_index(upper, lambda name, spans=spans: spans.match(name) is not None)
            replaced = lower
        else:
            break
        if span is None:
            break
        names = [*upper[:span], *replaced, *upper[span + 1 :]]
    return names


def _last_index(names: list[str], wanted) -> int | None:
    return next((k for k in range(len(names) - 1, -1, -1) if wanted(names[k])), None)


# A bracketed part of a header name: “（市、区）”, “（点位）”.
_BRACKETED = re.compile(r"[（(][^（）()]{0,12}[)）]")

# A header name a PDF's narrow column broke over two lines (“责任⏎单位”, “整改⏎时限”).
_HEADER_PIECE = 4


def _without_trailing_run(names: list[str], piece: re.Pattern[str]) -> list[str]:
    """`names` without the run of two or more names at its end that are each a `piece`."""
    run = 0
    while run < len(names) and piece.fullmatch(names[-1 - run]):
        run += 1
    return names[:-run] if run >= 2 else names


def _header_up_to_first_row(stripped: list[tuple[int, str]]) -> list[str] | None:
    """The header lines from 序号 to the first row's “1”, names the vocabulary does not know
    (转办批次, 所在区县) kept as columns and names broken over two lines joined; None when the
    lines between are not all short names or fewer than three are known."""
    if not stripped or map_column(stripped[0][1]).field != "number":
        return None
    names: list[str] = []
    for _, text in stripped:
        if (
            _row_number(text) is not None
            or (names and (_section_line(text) or BATCH_GROUP_ROW.match(text)))
            or (len(names) >= 3 and _code_shape(text) is not None)
        ):
            break  # the first row (1, 一, 12 of a longer list, XN-01), or a group row over it
        # “县（市、区）”, “企业（单位）名称”: a 、 inside the name's brackets is still a name
        if len(text) > 16 or re.search(r"[，。；;,、]", _BRACKETED.sub("", text)):
            return None
        names.append(text)
    else:
        return None
    # “工作绩效目标 … 一季度 二季度 三季度 四季度”: the header's lower line, the sub-columns of a
    # name above; a web copy drops their empty cells, and filled ones are no field the reader reads
    names = _without_trailing_run(names, SCHEDULE_SUB_COLUMN)
    # “牵⏎头⏎汇⏎总⏎项⏎目” before the “1”: row 1's first cell written upright, no names
    names = _without_trailing_run(names, UPRIGHT_CELL_CHARACTER)
    joined: list[str] = []
    for name in names:
        if (
            joined
            and len(joined[-1]) <= _HEADER_PIECE
            and len(name) <= _HEADER_PIECE
            and (
                (
                    map_column(joined[-1]).field is None
                    and (joined[-1] + name in _LABEL_FIELD or _broken_name(joined[-1], name))
                )
                # “交办问题⏎基本情况”: a name that is a field alone, then a piece that is none,
                # making a listed name together (交办问题基本情况, a petition list's column)
                or (
                    map_column(name).field is None
                    and joined[-1] + name in (*_LABEL_FIELD, *PETITION_LIST_COLUMNS)
                )
            )
        ):
            joined[-1] += name
        else:
            joined.append(name)
    known = sum(1 for name in joined if map_column(name).field is not None)
    return joined if known >= 3 and len(set(joined)) == len(joined) else None


# The names a run-together header is cut into: the field labels and a petition list's columns.
_HEADER_NAMES = sorted(
    {*(label for label in _LABEL_FIELD if len(label) >= 2), *PETITION_LIST_COLUMNS}, key=len
)


# The names with a 、 inside (整改、处理及问责情况): a run-together header may hold the 、 in them only.
_PAUSED_NAMES = [name for name in reversed(_HEADER_NAMES) if "、" in name]


def _run_together_header(stripped: list[tuple[int, str]]) -> list[str] | None:
    """A header whose cells were copied broken over lines and run together (“序号受理编号交办问题⏎
    基本情况⏎行政⏎区域⏎…⏎处理和整改情况责任人被⏎处理情况”): the lines up to the first row's “1”
    joined and cut into known column names, longest first at each place. None unless the whole
    run is cut so, into three or more names the vocabulary reads."""
    joined = ""
    for _, text in stripped:
        first = GLUED_ROW_START.match(text) or GLUED_ROW_NUMBER.match(text)
        if text == "1" or (first is not None and first.group("no") == "1"):
            break  # the first row, its number alone or run together with its 受理编号 or complaint
        # (the whole header run together on one line is long; it must still cut whole into names;
        # a 、 may stand only inside a name, 整改、处理及问责情况)
        if (len(text) > 16 and not text.startswith("序号")) or re.search(r"[，。；;,\s]", text):
            return None
        if "、" in reduce(lambda rest, name: rest.replace(name, ""), _PAUSED_NAMES, text):
            return None
        joined += text
    else:
        return None
    names: list[str] = []
    at = 0
    while at < len(joined):
        name = next((name for name in reversed(_HEADER_NAMES) if joined.startswith(name, at)), None)
        if name is None:
            return None
        names.append(name)
        at += len(name)
    known = sum(1 for name in names if map_column(name).field is not None)
    return names if known >= 3 and len(set(names)) == len(names) else None


def _unglued_rows(columns: list[Column], body: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A 边督边改 一览表 copied with its cells run together, each row one run from its number glued
    to its 受理编号 (“1D2SH…宝山区大场镇…。宝山区大气，水7月22日…属实宝山区…。无”), written a cell a
    line as the cell-per-line reader takes it. None unless every column is one of the list's
    standard columns and every row cuts into them by its values' shapes."""
    kinds = [PETITION_COLUMN_KINDS.get(column.header) for column in columns]
    # a list with a 受理编号 glues it to the row's number; one without glues the complaint there
    row_start = GLUED_ROW_START if "reference" in kinds else GLUED_ROW_NUMBER
    first = row_start.match(body[0][1]) if body else None
    if None in kinds or first is None or first.group("no") != "1":
        return None
    rows: list[list[tuple[int, str]]] = []
    for number, text in body:
        start = row_start.match(text)
        if start is not None and start.group("no") == str(len(rows) + 1):
            rows.append([(number, text)])
        elif PAGE_SHARE_TAIL.match(text) or COPY_FOOTER.match(text):
            break
        else:
            rows[-1].append((number, text))
    out: list[tuple[int, str]] = []
    for row in rows:
        cells = _glued_cells("\n".join(text for _, text in row), kinds, row_start)  # type: ignore[arg-type]
        if cells is None:
            return None
        out.extend((row[0][0], cell) for cell in cells)
    return out


def _glued_cells(
    text: str, kinds: list[str], row_start: re.Pattern[str] = GLUED_ROW_START
) -> list[str] | None:
    """One run-together petition row cut into its cells by kind (see `_unglued_rows`)."""
    found: dict[str, str] = {}
    start = row_start.match(text)
    if start is None:
        return None
    found["number"], found["reference"] = start.group("no"), start.group("ref")
    rest = text[start.end() :]
    if "place" in kinds or "kind" in kinds:
        place = PLACE_THEN_KIND.search(rest)
        if place is None:
            return None
        found["problem"], found["place"], found["kind"] = rest[: place.start()], place["place"], place["kind"]
        rest = rest[place.end() :]
    else:
        found["problem"], rest = rest, ""
    if "verdict" in kinds:
        verdict = GLUED_VERDICT.search(rest)
        if verdict is None:
            return None
        found["check"], found["verdict"], rest = (
            rest[: verdict.start()],
            verdict["verdict"],
            rest[verdict.end() :],
        )
    elif "check" in kinds and "handling" in kinds:
        # no verdict column: the check ends on its verdict's sentence, the handling follows
        verdict = CHECK_CLOSED_BY_VERDICT.search(rest)
        if verdict is None:
            return None
        found["check"], rest = rest[: verdict.end()], rest[verdict.end() :]
    elif "check" in kinds:
        found["check"], rest = rest, ""
    for kind, pattern, group in (("note", GLUED_LAST_NOTE, "note"), ("status", GLUED_STATUS_END, "status")):
        if kind in kinds:
            tail = pattern.search(rest.rstrip())
            if tail is not None:
                found[kind], rest = tail[group], rest.rstrip()[: tail.start()]
    found["handling"] = rest
    # a cell's paragraphs were lines of their own: one line a cell here, the paragraphs run on
    return ["".join(part.strip() for part in found.get(kind, "").split("\n")) for kind in kinds]


def _broken_name(head: str, tail: str) -> bool:
    """Whether `head` and `tail` are one column's name broken over two lines though the
    vocabulary has no field for it (行政⏎区域): the head ends as no name does, the tail as one
    does (区域, 类型), and neither is a field's name alone."""
    return (
        LABEL_HEAD_NOUN.search(head) is None
        and LABEL_HEAD_NOUN.search(tail) is not None
        and map_column(tail).field is None
    )


def _header_line_count(run: list[str], stripped: list[tuple[int, str]]) -> int:
    """How many lines the header `run` took (a joined name took two)."""
    wanted, count = "".join(run), 0
    taken = ""
    for _, text in stripped:
        if taken == wanted:
            break
        taken += text
        count += 1
    return count


# “2.建立…”: the second item of a numbered list inside one cell (not “1.2万元”; but “2.8月29日，…”
# is item 2 opening on a date).
_NEXT_ITEM = re.compile(rf"^(?:[2-9]|[1-9]\d)\s*[.．、](?:(?={DATE_AFTER_NUMBER})|(?!\d))")
_ANY_ITEM = re.compile(rf"^\d{{1,2}}\s*[.．、](?:(?={DATE_AFTER_NUMBER})|(?!\d))")


def display_width(text: str) -> int:
    """Columns a line takes in a fixed-width view: two for a Chinese character, one for Latin."""
    return sum(1 if ord(char) < 0x2000 else 2 for char in text)


def _glued_lines(chunk: list[tuple[int, str]], width: int) -> frozenset[int]:
    """The lines of a row that follow the line above with no blank line between, when the copy
    parts its cells by blank lines (at least one blank line for each cut between cells): a web
    page's cells copied one paragraph each, a cell's wrapped lines kept together. A copy with
    few blank lines (a page break inside a cell) says nothing of where its cells end."""
    glued = frozenset(k for k in range(1, len(chunk)) if chunk[k][0] == chunk[k - 1][0] + 1)
    return glued if len(chunk) - 1 - len(glued) >= width - 1 else frozenset()


def _wrapped_cells(lines: list[str], columns: list[Column], glued: frozenset[int] = frozenset()) -> list[str]:
    """A row copied from a PDF one line at a time, its cells wrapped over several lines: the
    lines cut into `len(columns)` cells in order. A wrapped cell's lines fill its column except
    the last; a cell does not end on a comma; a line opening item 2., 3. … goes on the cell
    before and a numbered list opens its cell; a time-limit cell reads as a time limit and a
    unit cell as units; a cell opens after a blank line rather than on a line `glued` to the one
    above. The cut that breaks fewest of these wins."""
    width, count = len(columns), len(lines)
    inf = float("inf")
    best = [[inf] * (width + 1) for _ in range(count + 1)]
    cut = [[0] * (width + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    shape: dict[tuple[int, int], float] = {}  # the cost of a cut that does not depend on the column
    for end in range(1, count + 1):
        for begin in range(end):
            for column in range(1, min(begin + 1, width) + 1):
                if best[begin][column - 1] == inf:
                    continue
                field = columns[column - 1].field
                if field == "number":
                    cost = 0.0 if end - begin == 1 else 50.0
                elif field in ("lead", "coop") and _units_one_a_line(lines[begin:end]):
                    cost = 0.0  # a web cell's units one a line: not a wrapped cell's short line
                else:
                    if (begin, end) not in shape:
                        shape[begin, end] = _shape_cost(lines[begin:end])
                    cost = shape[begin, end] + _kind_cost(lines[begin:end], field)
                if begin in glued:
                    cost += 4.0  # a cell opening on a line glued to the last one
                cost += best[begin][column - 1]
                if cost < best[end][column]:
                    best[end][column], cut[end][column] = cost, begin
    if best[count][width] == inf:
        return lines[:width]
    cells: list[str] = []
    end = count
    for column in range(width, 0, -1):
        begin = cut[end][column]
        cells.append(_joined_wrapped(lines[begin:end], columns[column - 1].field))
        end = begin
    return cells[::-1]


def _units_one_a_line(lines: list[str]) -> bool:
    return len(lines) > 1 and all(len(line) >= 3 and WHOLE_UNIT.search(line) for line in lines)


def _joined_wrapped(lines: list[str], field: str | None = None) -> str:
    if field in ("lead", "coop") and _units_one_a_line(lines):
        # a units cell copied from a page, one unit a line (a PDF's wrap rarely breaks after a suffix)
        return "、".join(lines)
    text = lines[0]
    for line in lines[1:]:
        text += ("\n" if _ANY_ITEM.match(line) else "") + line
    return text


def _shape_cost(lines: list[str]) -> float:
    cost = 0.0
    if _NEXT_ITEM.match(lines[0]):
        cost += 5  # item 2. opens no cell
    elif not _ANY_ITEM.match(lines[0]) and any(_ANY_ITEM.match(line) for line in lines[1:]):
        cost += 3  # a numbered list starts its cell: text before item 1. is the cell before
    widest = max(display_width(line) for line in lines)
    for k, line in enumerate(lines[:-1]):
        if display_width(line) < widest - 2 and not _ANY_ITEM.match(lines[k + 1]):
            cost += 2  # a short line inside a wrapped cell
    if lines[-1].endswith(("，", ",", "、")):
        cost += 2
    return cost


def _kind_cost(lines: list[str], field: str | None) -> float:
    if field not in ("deadline", "lead", "coop") or sum(map(len, lines)) > 60:
        return 3.0 if field in ("deadline", "lead", "coop") else 0.0
    text = "".join(lines)
    if field == "deadline":
        return 0.0 if parse_deadline_field(text) else 3.0
    return 0.0 if len(text) <= 40 and "。" not in text and UNIT_SUFFIX.search(text) else 3.0


def _row_then_notice_end(chunk: list[tuple[int, str]], columns: list[Column]) -> bool:
    """True when the last row's first `len(columns)` lines are its cells, each time-limit and unit
    cell reading as one, and the lines after them close the notice with a signing date (“公示期间，
    如有异议…⏎宜川县水务局⏎2018年7月20日⏎【打印本页】”): the page's text after the table, not
    cells wrapped over several lines."""
    width = len(columns)
    if len(chunk) <= width or not any(SIGNING_DATE.match(text) for _, text in chunk[width:]):
        return False
    return all(
        _kind_cost([text], column.field) == 0.0
        for (_, text), column in zip(chunk[:width], columns, strict=True)
        if column.field in ("deadline", "lead", "coop")
    )


def _up_to_status(chunk: list[tuple[int, str]], columns: list[Column]) -> list[tuple[int, str]]:
    """A row's lines up to its status word when its last cell is its status: “已完成⏎街道创卫办将
    加强督促检查…。” under the last row is the page's closing paragraph, and “已办结⏎…一览表⏎（第 2
    批…）⏎受理 编号…” the next form's title and header typed again, no more of the row."""
    width = len(columns)
    if len(chunk) > width and columns[-1].field in ("progress", "result"):
        for k in range(width - 1, len(chunk)):
            text = chunk[k][1]
            if len(text) <= 6 and (is_completed_value(text) or OPEN_VALUES.fullmatch(text)):
                return chunk[: k + 1]
    return chunk


def _target_paragraph_joined(cells: list[str], columns: list[Column]) -> list[str]:
    """A row copied a cell a paragraph whose task cell holds two paragraphs, the problem and
    “整改目标：…” (a 季度 progress table's 整改任务具体要求): the labelled paragraph joined to the
    problem cell before it, when no column is the target's; not a cell of its own, which would
    shift the progress into the 备注 column."""
    if any(column.field == "target" for column in columns):
        return cells
    joined: list[str] = []
    for cell in cells:
        before = len(joined) - 1
        in_problem = 0 <= before < len(columns) and columns[before].field == "problem"
        if in_problem and CELL_TARGET_PARAGRAPH.match(cell):
            joined[before] += "\n" + cell
        else:
            joined.append(cell)
    return joined


def _empty_cells_restored(cells: list[str], columns: list[Column]) -> list[str] | None:
    """A row copied one paragraph a cell whose empty cells left no paragraph (a web page drops an
    empty cell's blank paragraph): an empty 是否属实 where the cell in its place is no verdict, and
    the columns most rows leave empty (问责情况, 备注) at the row's end. None unless the row's
    cells then fill the columns exactly."""
    restored: list[str] = []
    at = 0
    for column in columns:
        if at < len(cells) and VERIFIED_COLUMN.match(column.header) and not VERIFIED_VALUE.match(cells[at]):
            restored.append("")
        elif at < len(cells):
            restored.append(cells[at])
            at += 1
        elif OFTEN_EMPTY_COLUMN.search(column.header):
            restored.append("")
        else:
            return None
    return restored if at == len(cells) else None


# Columns a cell merged down over several rows often fills, and that a short row may take from the
# row above; columns of people, short names; columns whose cell may hold several paragraphs.
_MERGED_DOWN_FIELDS = frozenset({"lead", "leaders", "responsible", "deadline"})
_PEOPLE_FIELDS = frozenset({"leaders", "responsible"})
_PARAGRAPH_FIELDS = frozenset({"measures", "progress"})


def _short_row_aligned(
    cells: list[str], columns: list[Column], rows_above: list[TableRow], merged_above: bool = False
) -> list[str] | None:
    """A row copied one paragraph a cell whose empty cells left no paragraph anywhere in it (an
    unnamed column left blank, no 配合单位) and whose task merged down over the rows below its first
    shows on the first only: its cells put in their columns in order, each column either filled by
    a cell of its kind or left empty. A unit column takes a unit, a time-limit column a time
    limit, a text column no unit and no time limit; only an unnamed column, 配合单位 and a task
    named in the row above may be left empty (the first cheapest: any other empty column is rather
    a row cut short). The merged task is repeated, as the Word reader repeats a merged cell. None
    unless the row opens with its number and every cell fits its column.

    With `merged_above` (a row that is not the text's last, so not one a stored page cut) a unit,
    leader or time-limit column filled in the row above may be left empty too, and takes the cell
    above (旺苍's lead and limit merged down over two problems); a measures or progress column may
    take several lines, a cell of several paragraphs."""
    width = len(columns)
    if not cells or not columns or columns[0].field != "number" or not re.fullmatch(r"\d{1,3}", cells[0]):
        return None
    task_above = next(
        (row.cells[k] for row in rows_above[-1:] for k, c in enumerate(columns) if c.field == "problem"), ""
    )
    above = rows_above[-1].cells if rows_above and merged_above else [""] * width

    def fits(cell: str, field: str | None) -> bool:
        unit_like = _kind_cost([cell], "lead") == 0.0
        limit_like = _kind_cost([cell], "deadline") == 0.0
        if field == "number":
            return False  # the number is the row's first cell only
        if field in ("lead", "coop"):
            return unit_like
        if field == "deadline":
            return limit_like
        if field in _PEOPLE_FIELDS and merged_above:
            return not unit_like and not limit_like and len(cell) <= 16 and not re.search(r"[。；;]", cell)
        return not unit_like and not limit_like

    def empty_cost(k: int) -> float:
        column = columns[k]
        if column.field is None:
            return 0.5  # an unnamed column (工作绩效目标 over its quarters) is the one most often left empty
        if column.field == "coop" or (column.field == "problem" and task_above):
            return 1.0
        if column.field in _MERGED_DOWN_FIELDS and above[k]:
            # merged down from the row above: dearer than a 配合单位 left empty (渝中's row without
            # one), cheap beside a column merged too (牵头县领导 and 牵头单位 merged as one block)
            beside = k > 0 and columns[k - 1].field in _MERGED_DOWN_FIELDS and above[k - 1]
            return 0.25 if beside else 1.25
        # any other column left empty: rather a row cut short (a stored page stopping inside it)
        return float("inf")

    inf = float("inf")
    # best[i][j]: the least cost of cells[1:i] put in columns[1:j]
    best = [[inf] * (width + 1) for _ in range(len(cells) + 1)]
    took = [[False] * (width + 1) for _ in range(len(cells) + 1)]
    joined = [[False] * (width + 1) for _ in range(len(cells) + 1)]  # the line went on the cell above
    best[1][1] = 0.0
    for i in range(1, len(cells) + 1):
        for j in range(1, width + 1):
            if i == 1 and j == 1:
                continue
            skip = best[i][j - 1] + empty_cost(j - 1)
            fit = i > 1 and fits(cells[i - 1], columns[j - 1].field)
            put = best[i - 1][j - 1] if fit else inf
            # a further paragraph of the measures or progress cell the line above went into
            paragraph = columns[j - 1].field in _PARAGRAPH_FIELDS and took[i - 1][j]
            again = best[i - 1][j] + 0.25 if merged_above and i > 2 and fit and paragraph else inf
            options = ((put, "put"), (again, "again"), (skip, "skip"))
            best[i][j], how = min(options, key=lambda option: option[0])
            took[i][j], joined[i][j] = how != "skip", how == "again"
    if best[len(cells)][width] == inf:
        return None
    aligned = [""] * width
    i, j = len(cells), width
    while j > 1:
        if joined[i][j]:
            aligned[j - 1], i = "\n".join(filter(None, (cells[i - 1], aligned[j - 1]))), i - 1
            continue
        if took[i][j]:
            aligned[j - 1] = "\n".join(filter(None, (cells[i - 1], aligned[j - 1])))
            i -= 1
        elif columns[j - 1].field == "problem":
            aligned[j - 1] = task_above
        elif columns[j - 1].field in _MERGED_DOWN_FIELDS:
            aligned[j - 1] = above[j - 1]
        j -= 1
    aligned[0] = cells[0]
    return aligned


def _cut_row_in_place(cells: list[str], columns: list[Column]) -> bool:
    """True when a row cut short keeps its cells in their columns: a 是否属实 column is reached and
    holds the verdict, and no verdict stands in another column (a row short of a cell in its middle
    would shift)."""
    verdicts = [k for k, cell in enumerate(cells) if VERIFIED_VALUE.match(cell)]
    column = next((k for k, c in enumerate(columns) if VERIFIED_COLUMN.match(c.header)), None)
    if column is None:
        return not verdicts
    return verdicts == [column]


def _code_shape(text: str) -> str | None:
    """The shape of a row's code standing alone on its line (XN-01 → XN-#), its digits masked;
    None for text that is no code (a sentence, a date, a year)."""
    if len(text) > 24 or not re.search(r"\d", text) or re.search(r"[，。；、：:\s]|\d[年月日]", text):
        return None
    if BATCH_GROUP_ROW.match(text) or _section_line(text) is not None:
        return None  # 第4批交办件: a group row
    return re.sub(r"\d+", "#", text)


def _row_number(text: str) -> int | None:
    """The number of a row standing alone on its line (1, 12, 一, （一）), else None (a year, 100%)."""
    bracketed = re.fullmatch(r"[（(]([一二三四五六七八九十\d]{1,3})[)）]", text)
    if bracketed:
        return cn_number(bracketed.group(1))
    return cn_number(text) if len(text) <= 3 else None


_STOPS = ("。", "；", "！", "？")


def _rows_by_number(columns: list[Column], body: list[tuple[int, str]]) -> Table:
    table = Table(columns, first_line=body[0][0] if body else 0)
    width = len(columns)
    section: str | None = None
    chunk: list[tuple[int, str]] = []
    expected = 1
    after_section = False  # a group row just read: its rows may number from 1 again
    sparse = False  # the rows picked out of a longer list (12, 27, 34): any greater number starts one
    code_shape: str | None = None  # rows opened by codes of one shape: XN-01, XN-02
    # 第4批交办件 between rows is a group row, unless a column holds each row's batch (转办批次)
    batch_rows = not any("批" in column.header for column in columns)

    def flush(last: bool = False) -> None:
        if not chunk:
            return
        kept = _up_to_status(chunk, columns)
        cells = _target_paragraph_joined([text for _, text in kept], columns)
        if len(cells) > width:
            cells = _wrapped_cells(cells, columns, _glued_lines(kept, width))
        elif len(cells) < width:
            cells = (
                _empty_cells_restored(cells, columns)
                or _short_row_aligned(cells, columns, table.rows, merged_above=not last)
                or cells
            )
        if (
            last
            and len(cells) < width
            and (
                (width // 2 < len(cells) and _cut_row_in_place(cells, columns))
                or (
                    not table.rows
                    and cells[0] == "1"
                    # two cells: the task right after 序号 and cut inside a sentence (set 165); a
                    # whole sentence after the number is too little for a row (set 145)
                    and (len(cells) >= 3 or (columns[1].field == "problem" and not cells[1].endswith(_STOPS)))
                    and _cut_in_prose(cells)
                )
            )
        ):
            # the text stops inside its last row (a stored page's excerpt, “…并落”): the cells it
            # has, in order, the rest empty; more than half of them in their columns up to the
            # verdict (set 142), or row 1 alone cut inside its prose (set 145), even inside the
            # task right after 序号, the row's second cell (set 165)
            cells = [*cells, *[""] * (width - len(cells))]
        if len(cells) == width:
            table.rows.append(TableRow(cells, section, chunk[0][0]))

    for number, text in body:
        if chunk and PAGE_SHARE_TAIL.match(text):
            break  # the page's share and code lines: the article, and the table, ended above
        if PAGE_NUMBER_LINE.match(text) or (chunk and COPY_FOOTER.match(text)):
            continue  # a page's number or a news page's sign-off between or after the rows
        row = _row_number(text)
        if row is None and not table.rows and not chunk and _code_shape(text) is not None:
            code_shape = _code_shape(text)  # row 1 opens on a code (XN-01, 序号8(市序号9))
        if code_shape is not None and _code_shape(text) == code_shape:
            flush()
            chunk = [(number, text)]
            continue
        if row is not None and (
            row == expected
            or (after_section and row == 1)
            or (not table.rows and not chunk and row > 1)
            or (sparse and row >= expected and len(chunk) >= max(3, width // 2))
            # rows kept from a longer list after row 1 (1, 4, 13): a greater number once the row
            # above has all its cells
            or (row > expected and len(chunk) >= width)
        ):
            flush()
            sparse = sparse or (expected == 1 and row > 1)
            chunk, expected, after_section = [(number, text)], row + 1, False
            continue
        batch = batch_rows and BATCH_GROUP_ROW.match(text) is not None
        if (_section_line(text) is not None and len(text) <= 30) or batch:
            flush()
            chunk, section, after_section = [], text, True
            continue
        if chunk:
            chunk.append((number, text))
    if len(chunk) >= width + 2 and SIGNER.match(chunk[-2][1]) and SIGNING_DATE.match(chunk[-1][1]):
        # “太原市生态环境局⏎2018年12月5日” under the last row: the notice's signature, no cells
        chunk = chunk[:-2]
    if _row_then_notice_end(chunk, columns):
        chunk = chunk[:width]
    flush(last=True)
    table.last_line = body[-1][0] if body else 0
    return table


# --- a header the vocabulary cannot read ---------------------------------------------------------

# The fields a user may give a column in the column-mapping step, in the order offered.
MAPPABLE_FIELDS = (
    "number",
    "problem",
    "target",
    "measures",
    "lead",
    "coop",
    "leaders",
    "deadline",
    "progress",
    "result",
)


def unmapped_header(text: str) -> list[str] | None:
    """The header of a table the vocabulary cannot map (or whose task column it only guessed
    from its place), for the user to assign, else None.

    A row of ≥3 short cells followed by ≥2 rows of the same width whose cells are longer
    (data under a header) — a task table with column names nobody foresaw.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [cells for _, cells, _ in _bar_rows(lines) if cells is not None]
    if not rows:
        rows = [_loose_cells(line) for line in lines if line.strip()]
    for k, cells in enumerate(rows[:-2]):
        if len(cells) < 3 or not all(0 < len(normalise_header(cell)) <= 16 for cell in cells):
            continue
        below = [row for row in rows[k + 1 : k + 6] if len(row) == len(cells)]
        columns = header_columns(cells)
        guessed = columns is not None and any(
            c.field == "problem" and c.confidence == UNNAMED_TASK_CONFIDENCE for c in columns
        )
        if len(below) >= 2 and (columns is None or guessed):
            longer = sum(len("".join(row)) for row in below) / len(below) > len("".join(cells))
            if longer:
                return [normalise_header(cell) for cell in cells]
    return None


def suggested_fields(header: list[str]) -> dict[str, str | None]:
    """column → field suggested from the vocabulary (a name containing a known one, or the task
    column guessed from its place), else None."""
    columns = header_columns(header) or [map_column(cell) for cell in header]
    return {
        cell: c.field if c.field in MAPPABLE_FIELDS else None for cell, c in zip(header, columns, strict=True)
    }
