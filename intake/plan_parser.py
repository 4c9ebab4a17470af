"""Plan-document parser: the text of a rectification plan or closure notice → findings.

Pure text processing (no database). `parse_plan_text` recognises four layouts, and reads
what fits none of them by paragraphs:

* **table** — a task table with a header row of known column names (`intake.plan_tables`):
  one finding per row, group rows as sections; it takes precedence when present;

* **headings** — one heading per finding followed by labelled fields: 一、… 整改目标/牵头单位/
  配合单位/督办县领导/整改措施/整改时限 (seed 001) or 反馈问题一：… with 整改时限, 责任单位（牵头）,
  牵头领导, 责任人员 (seed 002);
* **records** — labelled fields without headings: a closure form (seed 000) with each label on
  its own line and the value on the next, `标签：值` lines, or tables flattened to
  `标签 | 值 |` lines; a table with a header row (序号 | 问题 | 责任单位 | …) gives one
  finding per row;
* **tasks** — numbered tasks with the responsible units in brackets at the end
  （市生态环境局绛县分局牵头，县农业农村局配合） (seeds 003 and 004);
* **paragraphs** — the last reading before a refusal (`_parse_paragraphs`): the numbered
  items that name problems, or the whole text as one problem, every field to be checked.

Fullwidth and halfwidth punctuation, markdown left over from a PDF conversion (**bold**, ##
headings, ~~struck~~ names, page breaks in the middle of a sentence) and OCR spacing
(“2018 年”) are tolerated. Nothing here raises except `PlanParseError` for an empty text or
a text in which no finding is recognised.
"""

from __future__ import annotations

import calendar
import copy
import csv
import difflib
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from intake.deadline_text import (
    EXTENDED_LIMIT,
    ORDERED_YEARLESS_DUE,
    YEARLESS_DUE_CLAUSE,
    ParsedDeadline,
    cn_number,
    find_text_deadlines,
    parse_deadline_field,
)
from intake.deadline_text import normalise as normalise_dates
from intake.document_common import LATIN_GAP, rows_text, table_line
from intake.plan_tables import (
    YEAR_COLUMN,
    YEAR_STAGE_COLUMN,
    Column,
    Table,
    TableRow,
    display_width,
    find_tables,
    has_area_column,
    normalise_header,
    wrapped_tab_header,
)
from intake.words import (
    ABOUT_PROBLEM,
    ABOUT_QUOTE,
    AD_HOC_TEAM,
    ADDRESSEE,
    ADDRESSEE_LABEL,
    AFTER_WORK_CAPTION,
    AGREED_VERDICT,
    ALL_LISTED_DONE,
    ALL_ROLLING,
    ANNOUNCED_PROBLEM_LINES,
    ANNOUNCES_ITEMS,
    AREA_LABEL_HEAD,
    ASKING_SENTENCE,
    ASSIGNED_AT_ONCE,
    ASSIGNED_CLAUSE,
    ASSIGNED_IN_PROBLEM,
    AT_FAULT_CLAUSE,
    ATTACHMENT,
    ATTACHMENT_POINTER,
    AUDITED_TOWN,
    BARE_BODIES,
    BARE_BUREAU,
    BARE_DATELINE,
    BARE_PLACE_NAME,
    BEFORE_AFTER_CAPTION,
    BLACK_LIST_ACT,
    BLACK_LIST_HEADING,
    BLACK_LIST_LINE,
    BODIES,
    BODY_ACTS,
    BODY_ANSWERS,
    BODY_END,
    BODY_LIMIT,
    BODY_NUMBER,
    BODY_REPORT_DAY,
    BODY_TASKS_HEADING,
    BOILERPLATE,
    BRACKETED_LIMIT,
    BRACKETED_WHOLE,
    BRACKETED_YEARLESS,
    BREACH,
    CALLER_REPORTED,
    CARRIED_OUT_BY,
    CARRY_OUT_WORDS,
    CARRY_OVER,
    CASE_ANSWER_HANDLING,
    CASE_ANSWER_OPENING,
    CASE_ANSWER_UNITS,
    CASE_CODE,
    CASE_CODE_DATE,
    CASE_CODE_LABEL,
    CASE_FILED_BY,
    CASE_HANDLER_SENT,
    CASE_HEADING,
    CASE_RECEIVED_BY,
    CASE_SETTLED,
    CATEGORY_WORDS,
    CAUSE_FOUND,
    CAUSE_HEADING,
    CAUSED_FAULT,
    CELL_MEASURES_INLINE,
    CELL_MEASURES_PART,
    CELL_PROBLEM_PART,
    CELL_TARGET_PARAGRAPH,
    CHARGED_IN_HANDLING,
    CHARGED_TOGETHER,
    CHECK_ITEM_CODE,
    CHECK_NOTICE_TITLE,
    CHECK_OUTCOME_CLAUSE,
    CHECK_RESULTS_AHEAD,
    CHECK_TIME_TAIL,
    CHECK_WORD,
    CHECKED_COMPLAINT,
    CHECKED_JOINTLY,
    CHECKED_PLACE_PROBLEMS,
    CHECKED_TOWN,
    CHECKED_WITH_UNITS,
    CHECKING_BODY,
    CJK_RANGE,
    CLASS_LEGEND,
    CLAUSE_CONNECTIVE,
    CLAUSE_PLACE,
    CLOSE_BRACKETS,
    CLOSED_LIST_HEADING,
    CLOSED_ON_RECHECK,
    CLOSED_STATE,
    CLOSING_PARAGRAPH,
    CLOSURE_NOTICE_TITLE,
    CN,
    CODED_CASE_LINE,
    CODED_COMPLAINT,
    CODED_ITEM_GLUED,
    COLLECTIVE_LAST_BODIES,
    COLON_ONLY_LABELS,
    COMMITTEE_END,
    COMPLAINT_CHANNEL,
    COMPLETION_MARKER,
    COMPOUND_SURNAMES,
    COOP_AFTER_LEAD,
    COOP_LABEL,
    COOP_LIST_LABEL,
    COORDINATING_OFFICE,
    CORRECTION_PART,
    COUNT_OF_PROBLEMS,
    COUNTED_DONE,
    COUNTED_ITEM,
    COUNTED_ITEM_AFTER_COMMA,
    COUNTED_PROBLEM,
    COUNTED_WORK_AHEAD,
    COUNTED_WORK_LEAD,
    COUNTY_BEFORE_TOWN,
    COVER_NOTICE,
    COVERING_LETTER,
    CURRENT_MONTH_LIMIT,
    DATED_CHECK_LEAD,
    DATED_EVENT,
    DATED_ITEM,
    DATED_STEP_SENTENCE,
    DISTRICT_HEADING,
    DOCUMENT_NUMBER,
    DOCUMENT_TITLE_END,
    DONE_BY_DAY,
    DONE_BY_IN_HANDLING,
    DONE_CLOSING,
    DONE_IN_TEXT,
    DUE_ACT,
    DUE_BY,
    DUE_PART,
    DUE_TO_FINISH,
    EACH_PLACE,
    EARLIER_REPORTED,
    EFFECT_TAIL,
    EMPTY_BOX,
    EVERY_VILLAGE,
    EXAMPLE_OF_COUNT,
    EXISTING_PROBLEM,
    EXPOSED_PROBLEM,
    FAULT,
    FED_BACK_TO,
    FIELD_LABELS,
    FILL_IN_LINE,
    FILLED_FROM_ABOVE,
    FIRST_LEADS,
    FIX_ORDERED,
    FIX_REQUEST_SENTENCE,
    FORM_TITLE,
    FOUND_AT_PLACE,
    FOUND_BREACH,
    FOUND_COLON,
    FOUND_COMMA,
    FOUND_IN_PLACE,
    FOUND_INLINE,
    FOUND_LINES_END,
    FOUND_ON_THE_VISIT,
    FOUND_PHENOMENON,
    FOUND_PROBLEMS,
    FOUND_PROBLEMS_HEADING,
    FOUND_SOME_PROBLEMS,
    FRAME_HEADING,
    FRAMED_PROBLEM_HEADING,
    FULL_RATE_TASK,
    FUNDS_IDLE_AT,
    GOES_ON,
    GROUP_FOUND_AT,
    GROUP_HELPERS,
    GROUP_PLACE,
    GROUP_PLACE_HEADING,
    GROUP_PLACE_LINE,
    HANDED_DOWN,
    HANDED_DOWN_QUOTED,
    HANDED_LINE,
    HANDED_NOTICE_TO,
    HANDED_STEPS,
    HANDED_TO,
    HANDED_TO_BODY,
    HANDED_TO_UNIT,
    HEAD_DATE,
    HEADED_NUMBERED,
    HEADING_LIMIT,
    HEADINGS,
    INLINE_CATEGORY,
    INLINE_NUMBERS,
    INLINE_ORDINALS,
    INQUIRY_REQUESTED,
    INTERVIEWED_UNIT,
    ISSUED_IN_HEAD,
    ITEM_HEAD_ALONE,
    ITEM_NAMING_PROBLEM,
    ITEM_NUMBER,
    ITEM_ON_MONTH,
    ITEM_OPENING,
    ITEM_RECTIFIED_PROBLEM,
    JOINED_BY,
    LABEL_CODED,
    LABEL_FIELD,
    LABEL_HEAD_NOUN,
    LABEL_LINE,
    LABEL_PATTERN,
    LABEL_TAIL,
    LABELLED_STEP,
    LEAD_IN_TEXT,
    LEAD_NAMED,
    LEAD_NOT_READ,
    LEAD_REQUESTED,
    LEADER_LINE,
    LEADS_AFTER_BY,
    LEADS_NAMED_FOR_ALL,
    LEVEL_BODY,
    LIMIT_IN_TEXT,
    LIMIT_NOT_WRITTEN,
    LIMIT_SET_IN_HANDLING,
    LIST_CLOSING,
    LIST_ITEM_LEAD,
    LIST_NUMBER_NOTE,
    LIST_SEPARATORS,
    LIST_SOURCE_QUOTED_PROBLEM,
    LISTED_PROBLEM_NUMBERS,
    LISTED_WORK_DONE,
    LISTING_REASON,
    LITTER_FOUND,
    LOOKED_ON_THE_SPOT,
    MARK_BEFORE_NUMBER,
    MASKED_NAME_PART,
    MEASURE_UNIT_LINE,
    MEDIA_DURATION_LINE,
    MESSAGE_BODY_LABEL,
    MESSAGE_DATE_LABEL,
    MESSAGE_GREETING,
    MESSAGE_HANDLED,
    MESSAGE_INLINE,
    MESSAGE_LABEL,
    MESSAGE_OTHER_LABEL,
    MESSAGE_REQUEST,
    MESSAGE_RETOLD,
    MESSAGE_SALUTATION,
    MESSAGE_STATE_LABEL,
    MESSAGE_TITLE_LABEL,
    MONTH_DAY,
    MONTH_DAY_LIMIT,
    NAME_NUMBER,
    NAMED_PROBLEM,
    NAMED_RUN_ON,
    NEWS_ITEM_OPENING,
    NOISE_LINE,
    NOT_UNITS,
    NOTHING_WRITTEN,
    NOTICE_AT_ONCE,
    NOTICE_FOOTER,
    NOTICE_NUMBER,
    NOTICE_OF_COMPLETION,
    NUMBERED_CASES,
    NUMBERED_PROBLEM,
    OPEN_BRACKETS,
    OPEN_CLOSING,
    OPEN_IN_TEXT,
    OPEN_VALUES,
    OPENING_LEAD,
    OPENING_PLACE,
    OPENING_TOWN_COLON,
    OPENING_TOWN_OR_VILLAGE,
    OPINION_POINT,
    OPINION_SENTENCE,
    OPINIONS_TITLE,
    ORDER_ADDRESSEE,
    ORDER_LIMIT,
    ORDER_PART,
    ORDER_PARTICULARS,
    ORDER_STEP,
    ORDER_TITLE,
    ORDER_TO_FIX,
    ORDERED_AT_ONCE,
    ORDERED_DAYS,
    ORDERED_TOWN,
    ORDINAL_MARK,
    ORDINAL_PROBLEMS,
    ORG_WORD,
    OWN_LINE_LABELS,
    OWN_OFFICE,
    OWN_WORK,
    OWNING_PLACE,
    PAGE_DATELINE,
    PAGE_SHARE_TAIL,
    PART_TAKES_UP,
    PARTLY_FIXED,
    PHOTO_CAPTION,
    PLACE_CLAUSE,
    PLACE_LABEL,
    PLACE_NOTE,
    PLACE_SUMMARY_HEADING,
    PLACES_RUN_ON_LISTS,
    PLAN_QUOTED_PROBLEM,
    PLANNED_BY,
    PLANNED_BY_YEARLESS,
    PLANS_YEAR,
    POINT_LINE,
    POINTED_OUT,
    POINTED_OUT_COMMA,
    POINTS_LOCATED,
    POOR_ONES_AHEAD,
    PORTAL_INDEX_LABEL,
    PORTAL_INDEX_LINE,
    POST_SECTION_NUMBER,
    POSTED_FOR_NOTICE,
    PRAISE_BUT_SHORTFALL,
    PRAISE_CLAUSE,
    PRAISE_TURN,
    PRAISING_SENTENCE,
    PRINCIPLE_AFTER,
    PROBLEM_AND_MEASURES_HEADER,
    PROBLEM_LEAD_IN,
    PROBLEMS,
    PROBLEMS_AHEAD,
    PROBLEMS_CHAPTER,
    PROBLEMS_COUNTED_INLINE,
    PROBLEMS_HEADING,
    PROBLEMS_LIST_LABELS,
    PROBLEMS_LIST_LINE,
    PROGRESS_DONE_CLAUSE,
    PROGRESS_LINE,
    PROGRESS_OPEN_CLAUSE,
    PUBLISHER,
    QUALIFIED_PROBLEM,
    QUOTED_FINDING_DONE,
    QUOTED_PROBLEM,
    QUOTED_PROBLEM_HEADING,
    QUOTED_PROBLEMS,
    QUOTED_REPORTED_PROBLEM,
    QUOTED_TASK,
    RAISED_QUOTED_PROBLEM,
    RECHECK_CLAUSE,
    RECHECK_CLEARED,
    RECHECK_DONE,
    RECHECK_IN_TOWN,
    RECHECK_NOT_SOLVED,
    RECHECK_OPEN,
    RECHECK_SITE_FAULT,
    RECHECK_VISIT,
    RECTIFICATION,
    RED_LIST_HEADING,
    RED_LIST_LINE,
    REFUSED_VERDICT,
    REMINDED_TO_ACT,
    REPLY_AGREED_LIMIT,
    REPLY_BODY_LABEL,
    REPLY_BY_BODY,
    REPLY_INLINE,
    REPLY_LABEL,
    REPLY_LIMIT,
    REPLY_OPENING,
    REPLY_RECEIVED,
    REPLY_SENT_TO,
    REPLY_SIGNED,
    REPLY_SIGNER,
    REPLY_SIGNER_AT_END,
    REPLY_UNIT_LABEL,
    REPORT_RECEIVED,
    REPORT_REQUEST,
    REPORT_TAKEN_UP,
    REPORT_TITLE_PUBLISHER,
    REPORTED_PROBLEM,
    REPORTED_VERB_OPENING,
    REPORTED_WORK_DONE,
    REPORTER_THEN_POINTS,
    REPORTING_BACK,
    REQUEST_AFTER,
    REQUEST_CUE,
    REQUIREMENTS_AHEAD,
    RESPECTIVE_PROBLEMS,
    RESPONSIBLE_SHARE,
    RESULT_AFTER_BRACKET,
    RESULT_ANNOUNCED_BY,
    RHETORICAL_QUESTION,
    ROLE_AT_END,
    ROLLING_AFTER_DUE,
    ROLLING_PHRASES,
    ROLLING_REQUESTED,
    ROLLING_WORDS,
    ROSTER_ACCEPTANCE_DUE,
    ROSTER_POINTS_RUN_ON,
    RUN_ON_CHAPTER,
    RUN_ON_GROUP_PLACE,
    RUN_ON_LISTS,
    RUN_ON_SUBHEADING,
    SCORED_PLACE,
    SECTION_TITLE,
    SEEN_AT_PLACE,
    SEEN_FAULT,
    SENT_TO_SPOT,
    SENTENCE_COUNT_HEAD,
    SEQUENCE_FIRST,
    SEQUENCE_LINE,
    SEQUENCE_NEXT,
    SHARED_BODY_PAIR,
    SHARED_SUFFIXES,
    SHEET_NUMBER,
    SHORT_NAME_NOTE,
    SHORT_TOWN,
    SIGN_OFF,
    SIGN_OFF_WORDS,
    SIGNATURE_DATE,
    SIGNED_DATE,
    SIGNER,
    SIGNING_DATE,
    SITE_FOOTER,
    SITE_GONE_AFTER,
    SITE_NAME_COLUMN,
    SITE_PROBLEMS_LABEL,
    SITE_UNIT_ITEM,
    SOLVED,
    SPACED_DUTY_HEADER,
    SPOT_BEFORE_POINTS,
    SPOT_COLON,
    SPOT_SENTENCE_OPENING,
    STAGE_OPEN_ENDED,
    STAGE_OPEN_ENDED_DUE,
    STATE_AFTER_PROBLEMS,
    STATE_AS_OF_SENTENCE,
    STATE_NOT_DONE,
    STATE_NOW,
    STATUS_OPENING,
    STATUS_SENTENCE,
    STATUS_THEN_ROLLING,
    STEP_LIST,
    STEP_MARK,
    STEPS_ANNOUNCED,
    STILL_THERE,
    STRICT_LEAD_LABELS,
    SUB_STEP,
    SUGGESTION_ANSWERED,
    SUGGESTION_REPLY_TITLE,
    SUGGESTION_TURN,
    SUPERVISING_LEAD_IN,
    SURNAMES,
    TAKEN_UP_PROBLEM_LED,
    TAKEN_UP_QUOTED,
    TASK_CONTENT_COLUMN,
    TASK_NAME_COLUMN,
    TELLS_OF_CHECK,
    TICK_BOX_OPTION,
    TICKED_BOX,
    TITLE_CN_NUMBER,
    TITLE_LABELS,
    TITLE_NAMED,
    TITLE_PUBLISHER,
    TITLE_WORDS,
    TO_EVERY_UNIT,
    TOWN_NAME,
    TOWN_PROMISES,
    TOWN_REFERRED_BACK,
    TRAILING_POINT_CODE,
    TREATED_BY_BODIES,
    UNANNOUNCED_VISIT,
    UNDERTAKEN_NAME,
    UNIT_ASKED_IN_CELL,
    UNIT_BY,
    UNIT_CLAUSE,
    UNIT_LABEL_COLON,
    UNIT_LEVEL_HEAD,
    UNIT_LEVELS,
    UNIT_LIST_LABEL,
    UNIT_MUST,
    UNIT_ON_NAMED_PROBLEM,
    UNIT_SUFFIX,
    URGED_TO_FIX,
    URGING_BODY,
    VALUE_NUMBERED,
    VERIFIED_QUOTE,
    VILLAGE_IN_CLAUSE,
    VISIT_ARRIVAL,
    VISIT_PLACE_LABEL,
    VISIT_TIME_OPENING,
    WARNED_UNITS,
    WHOLE_UNIT,
    WITHIN_DAYS,
    WORK_CHAPTER,
    WORK_CONTENT_LABEL,
    WORKING_DAYS_FROM,
    WORKS_WITH,
    WRITTEN_MONTH,
    WRITTEN_NUMBER,
    WRITTEN_YEAR,
    YEARLESS,
    YEARLESS_DUE_IN_ITEM,
    YEARLESS_DUE_OPENING,
    RunOnList,
    classify_label,
    completion_marker,
    document_tail_line,
    ends_table,
    is_completed_value,
    role_of,
    split_top,
    ticked_choices,
)


class PlanParseError(ValueError):
    """The text holds no recognisable finding (message in Chinese, for the user)."""


# Below this a field is highlighted in the editable preview for the user to check.
LOW_CONFIDENCE = 0.75


def short_title(title: str, limit: int = 30) -> str:
    """A title shortened for a list: at a comma when there is one early enough, else with “…”."""
    if len(title) <= limit:
        return title
    cut = title.rfind("，", 0, limit)
    return title[:cut] if cut >= 10 else title[: limit - 1] + "…"


@dataclass
class ParsedMeasure:
    number: str
    text: str
    units: list[str] = field(default_factory=list)
    group: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"number": self.number, "text": self.text, "units": list(self.units)}


@dataclass
class ParsedPerson:
    name: str
    title: str | None = None


@dataclass
class ParsedFinding:
    """One finding (or plan task) as read from the document."""

    number: int
    label: str
    title: str
    problem: str
    target: str | None = None
    deadline_text: str | None = None
    deadlines: list[ParsedDeadline] = field(default_factory=list)
    lead_units: list[str] = field(default_factory=list)
    cooperating_units: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    responsible_persons: list[ParsedPerson] = field(default_factory=list)
    liaisons: list[str] = field(default_factory=list)
    measures: list[ParsedMeasure] = field(default_factory=list)
    progress: str | None = None
    status: str | None = None  # "completed" when the document marks it done, else None
    marker: str | None = None  # the marker as printed, e.g. 已完成整改并上报销号
    applied_on: date | None = None  # 申请时间 of a closure form
    section: str | None = None
    part: int = 1
    category: str = "other"
    warnings: list[str] = field(default_factory=list)
    # Provenance per output field (title, target, deadlines, lead_units, …): the column name or
    # label it was read from, and how sure the reader is (1.0 a known label and a value that
    # parsed, lower for a guessed column, a date that did not parse or a unit found in prose).
    sources: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def short_title(self) -> str:
        """The title for lists: cut at a comma, or at 30 characters; the title itself is whole."""
        return short_title(self.title)

    def low_confidence(self, threshold: float = LOW_CONFIDENCE) -> list[str]:
        return [name for name, value in self.confidence.items() if value < threshold]

    def to_json(self) -> dict[str, object]:
        """The keys of `manage.py parse-plan --json`: the original ones, then category, source, confidence."""
        return {
            "number": self.number,
            "title": self.title,
            "target": self.target,
            "deadlines": [d.to_json() for d in self.deadlines],
            "lead_units": list(self.lead_units),
            "cooperating_units": list(self.cooperating_units),
            "leaders": list(self.leaders),
            "measures": [m.to_json() for m in self.measures],
            "progress": self.progress,
            "status": self.status,
            "category": self.category,
            "source": dict(self.sources),
            "confidence": {name: round(value, 2) for name, value in self.confidence.items()},
        }


@dataclass
class ParsedPlan:
    findings: list[ParsedFinding]
    layout: str  # headings | records | tasks | table | paragraphs
    part_titles: dict[int, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def parts(self) -> list[int]:
        return sorted({f.part for f in self.findings})

    def in_part(self, part: int | None) -> list[ParsedFinding]:
        return [f for f in self.findings if part is None or f.part == part]

    def to_json(self, part: int | None = None) -> dict[str, object]:
        return {"findings": [f.to_json() for f in self.in_part(part)]}


# --- labels ----------------------------------------------------------------------------------

_SUBSTANTIVE = {
    "target",
    "deadline",
    "lead",
    "coop",
    "leaders",
    "measures",
    "progress",
    "responsible",
    "result",
}

# “（一）整改措施。1.…” — an official document's numbered sub-heading ends with a full stop.
_LABEL_STOP = re.compile(rf"^(?P<label>{LABEL_PATTERN})。(?P<value>.*)$", re.S)
_LABEL_GLUED = re.compile(rf"^(?P<label>{LABEL_PATTERN})(?P<value>[^:：，,。].*)$", re.S)
# “问题基本情况：…”, “四、整改成效；” — a label-like head: a few characters then a colon, or alone
# on its line. Classed by `classify_label` when FIELD_LABELS does not hold it.
_GUESS_LINE = re.compile(r"^(?P<label>[^\s:：;；，,。“”\"]{2,12}?)\s*(?:[:：]\s*(?P<value>.*)|[;；]?)$", re.S)
_GUESS_STOP = re.compile(r"^(?P<label>[^\s:：;；，,。“”\"]{2,12}?)。\s*(?P<value>.*)$", re.S)
# The confidence of a field read under a guessed label (a table column containing a name: 0.7).
GUESSED_CONFIDENCE = 0.7
# “交办类别:” alone on a line: a label the vocabulary does not know; it ends the value above.
_UNKNOWN_LABEL = re.compile(rf"^[{CJK_RANGE}]{{2,8}}\s*[:：]$")
_UNKNOWN_HEAD = re.compile(rf"^([{CJK_RANGE}]{{2,8}})\s*[:：]\s*\S")
_LABEL_INLINE = re.compile(rf"(?<=[\s。；;])(?P<label>{LABEL_PATTERN})\s*[:：]")
# “（一）问题：城区扬尘污染突出。责任单位：县住建局。”: a unit or time label after the problem's
# sentence on the same line (not inside measures, whose lines may name a unit each)
_UNIT_AFTER_PROBLEM = re.compile(
    r"(?<=[。；;])\s*(?P<label>"
    + "|".join(
        sorted(
            (*FIELD_LABELS["lead"], *FIELD_LABELS["coop"], *FIELD_LABELS["deadline"]), key=len, reverse=True
        )
    )
    + r")\s*[:：]"
)
# “责任单位：…、各区政府完成时限：立行立改”: a web page that lost the line break between two labels
# glues the time label onto the last unit; a unit's name never holds a time label and its colon
_DEADLINE_GLUED = re.compile(
    r"(?P<label>" + "|".join(sorted(FIELD_LABELS["deadline"], key=len, reverse=True)) + r")\s*[:：]"
)

# --- numbering -------------------------------------------------------------------------------

_CN_COLON_LABEL = re.compile(rf"^[{CN}]{{1,3}}\s*[:：]\s*(?P<rest>.*)$", re.S)
_STYLE_PREFERENCE = ("keyword", "cn", "pcn", "ar", "par")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class _Heading:
    style: str
    num: str
    value: int | None
    rest: str
    prefix: str = ""


@lru_cache(maxsize=8192)
def _heading(text: str) -> _Heading | None:
    # cached: the layouts each ask of the same lines whether they are headings
    if _PHOTO_FILE_LINE.match(text.strip()):
        return None  # “2.jpg” under a numbered problem: a page's photo copied as its file's name
    for style, pattern in HEADINGS:
        match = pattern.match(text)
        if match:
            num = match.group("num")
            value = _CIRCLED.index(num) + 1 if style == "circle" else cn_number(num)
            prefix = match.group("prefix") if style == "keyword" else ""
            return _Heading(style, num, value, match.group("rest").strip(), prefix)
    return None


# --- lines and tokens ------------------------------------------------------------------------

_CJK = "\u4e00-\u9fff"
# A paragraph break after these ends a sentence; after anything else (a character, a comma,
# a semicolon) it is taken for a page break in the middle of a sentence and glued on.
_SENTENCE_END = set('。！!？?）)」』”"》】]…')
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")


@dataclass
class _Line:
    text: str
    heading: bool = False  # a markdown heading (## …): always its own paragraph
    cells: list[str] | None = None  # the cells of a table row


@dataclass
class _Token:
    text: str  # a text line, or the inline value of a label
    field: str | None = None  # set for a label token
    label: str | None = None
    heading: bool = False
    hard: bool = False  # a paragraph of its own (a line inside a table cell), never glued on
    in_form: bool = False  # a line of a value cell in a `标签 | 值` form: never starts a finding
    confidence: float = 1.0  # of the label or column the value is under
    guessed: bool = False  # a label classed by its words (`classify_label`), not a listed one
    item: tuple[int, str] | None = None  # (value, as written) of “（二）问题：…”: the item's number
    top: bool = False  # a label line numbered 一、二、: a section of the document when items follow
    form: int | None = None  # the run of `标签 | 值` rows (one form table) a label token came from


def _clean_markup(text: str) -> tuple[str, bool]:
    heading = False
    text = re.sub(r"~~.*?~~", "", text)  # struck-through text is deleted text
    text = text.replace("**", "").replace("\u3000", " ").replace("\xa0", " ")
    stripped = text.strip()
    match = re.match(r"^#{1,6}\s*", stripped)
    if match:
        stripped, heading = stripped[match.end() :], True
    stripped = re.sub(r"^[-*•·]\s+", "", stripped).strip()
    # a 公众号 article's bullets (“● 责任单位：…”, “◆ ①…”, “→整改时限：…”): decoration before the line's
    # own label or number, never part of it (□ and ■ are left: they are a form's tick boxes)
    stripped = _GLYPH_BULLET.sub("", stripped)
    # “★ 问题1：…”, “▲（二）…”, “■问题一：…”: a star, triangle or square before the line's own number
    # decorates it too (a tick box precedes an option's words, not a number; a star before a task's
    # words, “★地区生产总值…”, marks a key task and stays until the title is taken)
    stripped = MARK_BEFORE_NUMBER.sub("", stripped)
    section = POST_SECTION_NUMBER.match(stripped)
    if section:
        stripped = f"NO.{section.group('num')}"
    bare = len(stripped) <= 12 and not stripped.endswith(("：", ":"))
    numbered = _heading(f"{stripped}：") if bare else None
    if numbered is not None and numbered.style == "keyword" and not numbered.rest:
        # “◆ 问题一” alone on its line, the problem on the next (a 公众号 card's heading): the item's
        # number, read as “问题一：” is, heads the item whose lines follow
        stripped += "："
    return stripped, heading


# (✅ / ⏳ before a post's status line, “✅已整改”, “⏳整改中”, mark it the same way)
_GLYPH_BULLET = re.compile(r"^[●◆◇▶►➤➔➜→⇒▪◎❖✦✅✔⏳]+\s*")


def _split_cells(row: str) -> list[str]:
    row = row.strip()
    row = row.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in row.split("|")]


def _lines(text: str) -> list[_Line]:
    """Clean lines: markup removed, table rows assembled, noise dropped."""
    raw = normalise_dates(text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")).split("\n")
    lines: list[_Line] = []
    raw_prev = ""
    i = 0
    while i < len(raw):
        current = raw[i]
        i += 1
        if "|" in current and not _TABLE_RULE.match(current.strip()):
            if not current.rstrip().endswith("|"):
                # A row whose cells hold several paragraphs ends on a later line with “|”.
                for j in range(i, min(i + 60, len(raw))):
                    if raw[j].rstrip().endswith("|"):
                        current = "\n".join(raw[i - 1 : j + 1])
                        i = j + 1
                        break
            cells = [_clean_markup(cell)[0] for cell in _split_cells(current)]
            cells = [cell for cell in cells if cell]
            if cells:
                lines.append(_Line(" ".join(c.replace("\n", " ") for c in cells), cells=cells))
            continue
        if _TABLE_RULE.match(current.strip()):
            continue
        # “存在问题　某乡镇…”: a full-width space after a listed label stands for its colon
        cleaned, heading = _clean_markup(_LABEL_IDEOGRAPHIC_SPACE.sub(r"\g<label>：", current, count=1))
        cleaned = _unbracketed_label(cleaned)
        if cleaned and lines and lines[-1].text.startswith("NO.") and POST_SECTION_NUMBER.match(raw_prev):
            # the line under a post's “01” is that section's title: a paragraph of its own, never
            # glued to the “群众反映：…” line below it
            heading = True
        if cleaned:
            raw_prev = current.strip()
        after_label = bool(lines) and lines[-1].cells is None and lines[-1].text.endswith((":", "："))
        if cleaned and (after_label or not (NOISE_LINE.match(cleaned) or PHOTO_CAPTION.match(cleaned))):
            lines.extend(
                _Line(piece, heading)
                for part in _place_before_label(cleaned)
                for piece in _flattened_labels(part)
            )
    return _merge_split_labels(lines)


_PLACE_HEAD = re.compile(r"(?P<place>[^\s\d，。；：:,;、（）()]{2,20})[ \u3000]+(?P<rest>\S.*)")


def _place_before_label(text: str) -> list[str]:
    """“县人民医院 存在问题：…”: a notice printed a point a paragraph names the place, a space, then
    its problem under a listed label; the place is a line of its own above the label line, as the
    same notice's points are where the place stands on its own line."""
    head = _PLACE_HEAD.fullmatch(text.strip())
    listed = _listed_label(head.group("rest")) if head else None
    if head is None or listed is None or listed[0] != "problem" or not listed[2].strip():
        return [text]
    return [head.group("place"), head.group("rest")]


# Quotation marks a PDF sets in a Western font come out of a copy apart from their words: the
# marks alone at a line's end (“反馈问题 “ ””), the words on the next line with a space where each
# mark stood (“十三五 期间…”).
_DETACHED_QUOTES = re.compile(
    r"(?:^[ \u3000]*(?P<alone>[“”‘’](?:[ \u3000]*[“”‘’])*)"
    r"|(?<=\s)(?P<marks>[“”‘’](?:[ \u3000]+[“”‘’])+))[ \u3000]*$"
)
_MARK_GAP = re.compile(r"(?<=[^\x00-\x7f\s])[ \u3000](?=[^\x00-\x7f\s])")


def _reattached_quotes(raw: list[str]) -> list[str]:
    """Put detached quotation marks back into the gaps of the line below, in order, and that line
    back on the line the marks ended (it is the rest of it). An opening mark one more than the
    gaps stood at the line's start, where the copy leaves no space. Marks that fit no gaps are
    dropped: stray marks on a line of their own never help a reader."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        found = _DETACHED_QUOTES.search(line) if k + 1 < len(raw) else None
        if found is None:
            out.append(line)
            k += 1
            continue
        marks = (found.group("alone") or found.group("marks")).split()  # (“‘ together fill one gap)
        before, after = line[: found.start()].rstrip(), raw[k + 1].strip()
        gaps = list(_MARK_GAP.finditer(after))
        if len(marks) == len(gaps) + 1 and marks[0][0] in "“‘":
            after, marks = marks[0] + after, marks[1:]
            gaps = list(_MARK_GAP.finditer(after))
        if len(marks) == len(gaps):
            pieces, last = [], 0
            for mark, gap in zip(marks, gaps, strict=True):
                pieces += [after[last : gap.start()], mark]
                last = gap.end()
            after = "".join(pieces) + after[last:]
        out.append(f"{before} {after}" if before else after)
        k += 2
    return out


# A form copied out of a PDF viewer (or printed without borders and copied): each label one
# space from its value (“整改责任单位 区水务局 配合单位 五泉镇”), or glued to a numbered value
# (“整改措施1.清运…”), and the value wrapped at the cell's width over the lines below.
_PLAIN_LABELS = "|".join(re.escape(label) for label in sorted(LABEL_FIELD, key=len, reverse=True))
_SPACED_FORM_LINE = re.compile(
    rf"^(?:(?P<listed>{_PLAIN_LABELS})(?=\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[)）])"
    rf"|(?P<label>[{CJK_RANGE}（）()、/]{{2,10}})[ \u3000]+)(?P<value>\S.*)$"
)
_SPACED_INNER_LABEL = re.compile(rf"(?<=[ \u3000])(?P<label>[{CJK_RANGE}（）()、/]{{2,10}})[ \u3000]+(?=\S)")


# “交 办 问 题 松陵镇…”: a label spread over its cell (分散对齐), a space between its characters
_SPREAD_LABEL = re.compile(
    rf"^((?:[{CJK_RANGE}][ \u3000]){{1,9}}[{CJK_RANGE}])(?:[ \u3000]+(?P<value>\S.*))?$"
)


def _known_label(label: str) -> bool:
    return label in LABEL_FIELD or classify_label(label) is not None


_BARE_LABEL = re.compile(rf"[{CJK_RANGE}]{{1,12}}")


def _rejoined_labels(raw: list[str]) -> list[str]:
    """A label wrapped in its narrow cell (“整改主要工作” / “及成效”, “反馈” / “问题”) on one line
    again: two short lines of Chinese only whose join, not the first alone, is a known label;
    and a label typed a piece or two characters a paragraph (“整” / “改” / “措” / “施”, “问题” /
    “名称”, `_narrow_label`), its first piece also at the end of the value before it when it is
    the row's second label (“赵李桥镇人民政府 配合” / “单位”)."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        text, after = raw[k].strip(), raw[k + 1].strip() if k + 1 < len(raw) else ""
        tail = _TRAILING_PIECE.match(text)
        if tail is not None:
            size = _narrow_label(raw, k + 1, first=tail.group("piece"))
            if size:
                label = tail.group("piece") + "".join(line.strip() for line in raw[k + 1 : k + 1 + size])
                out.extend([tail.group("value"), label])
                k += 1 + size
                continue
        size = _narrow_label(raw, k)
        if size:
            out.append("".join(line.strip() for line in raw[k : k + size]))
            k += size
            continue
        if (
            _BARE_LABEL.fullmatch(text)
            and len(text) <= 8
            and _BARE_LABEL.fullmatch(after)
            and len(after) <= 4  # the wrapped end of a label in a narrow cell: 及成效, 问题
            and not _known_label(text)
            and _known_label(text + after)
            # (“玉泉营街道办事处” over “配合单位” is a value over the next label, which the
            # vocabulary's classes would take for one label: only a listed label joins a whole one)
            and (text + after in LABEL_FIELD or not _known_label(after))
        ):
            out.append(text + after)
            k += 2
        else:
            out.append(raw[k])
            k += 1
    return out


# a value's line that ends with the first piece of the row's second label: “赤马港办事处 配合”
_TRAILING_PIECE = re.compile(rf"^(?P<value>\S.*?)[ \u3000]+(?P<piece>[{CJK_RANGE}]{{1,2}})$")
_NARROW_PIECE = re.compile(rf"[{CJK_RANGE}]{{1,2}}")


def _narrow_label(raw: list[str], k: int, first: str = "") -> int:
    """How many lines from `k` are the pieces of one label typed in a narrow cell a piece of one
    or two characters a paragraph (after `first`, a piece ending the line above); 0 when none:
    the longest run of pieces (two or more, or one after `first`) whose join the vocabulary
    lists. Without `first`, a run of two to four pieces between longer lines none of whose
    stretches the vocabulary lists is one label though it is not known (“交办” / “编号”), as its
    cell is one label in the .docx; a piece that starts no listed label (a date's wrapped 日
    over “完成” / “时间”) is left to the value above."""
    pieces: list[str] = []
    for line in raw[k : k + 6]:
        if not _NARROW_PIECE.fullmatch(line.strip()):
            break
        pieces.append(line.strip())
    for size in range(len(pieces), 0 if first else 1, -1):
        if first + "".join(pieces[:size]) in LABEL_FIELD:
            return size
    if first or not 2 <= len(pieces) <= 4:
        return 0
    listed = any(
        "".join(pieces[i:j]) in LABEL_FIELD for i in range(len(pieces)) for j in range(i + 2, len(pieces) + 1)
    )
    before = raw[k - 1].strip() if k > 0 else ""
    after = raw[k + len(pieces)].strip() if k + len(pieces) < len(raw) else ""
    if not listed and not _NARROW_PIECE.fullmatch(before) and after:
        return len(pieces)
    return 0


def _spaced_pair(line: str) -> tuple[str, str, bool] | None:
    """(label, value, whether the vocabulary knows the label) of a line opening with a label one
    space from its value, or glued to a numbered value; a known label alone on its line has
    its value on the lines below."""
    text = line.strip()
    if _BARE_LABEL.fullmatch(text) and len(text) >= 2 and _known_label(text):
        return text, "", True
    spread = _SPREAD_LABEL.match(text)
    if spread is not None:
        chars = spread.group(1).split()
        # the longest known label among its first characters (“是 否 属 实 是”: 是否属实, value 是)
        for n in range(len(chars), 1, -1):
            if _known_label("".join(chars[:n])):
                value = " ".join([*chars[n:], spread.group("value") or ""]).strip()
                return ("".join(chars[:n]), value, True) if value else None
    match = _SPACED_FORM_LINE.match(text)
    if match is None:
        return None
    label, value = match.group("listed") or match.group("label"), match.group("value")
    if _heading(label) is not None or label.startswith("第"):
        return None  # “二、整改目标 …”, “第十四项整改任务 …”: a numbered section's heading, no form's cell
    remark = _LABEL_REMARK.match(value)
    if remark is not None and _known_label(label + remark.group(1)):
        # “牵头单位 (责任单位) 措勤县人民政府”: the label's bracketed second line, not the value's
        label, value = label + remark.group(1), value[remark.end() :]
    return label, value, _known_label(label)


_LABEL_REMARK = re.compile(rf"([（(][{CJK_RANGE}]{{2,8}}[)）])[ \u3000]+(?=\S)")


def _spaced_form_rows(raw: list[str]) -> list[str]:
    """A form whose labels stand a space from their values, rewritten as the tab-separated
    form `_tab_form_rows` reads.

    It is one when three or more lines open with three or more labels the vocabulary knows
    (责任单位, 承办部门, 处置措施; one spread over its cell, 交 办 问 题, counts as its label),
    each a space from its value. Then a line opens a pair under a known label, or under a
    short unknown one (督办原因) whose value starts with no digit, when the line above did not
    wrap onto it or the label ends as labels do (问题来源: `LABEL_HEAD_NOUN`). Inside a pair's line
    a known label between spaces opens the next pair (a form of four columns). Any other line
    goes on the value above: the same paragraph, joined without a break, when the line above
    wrapped (it ended no sentence and its value was at least as wide as this line: it filled
    its cell)."""
    if any("\t" in line or "|" in line for line in raw):
        return raw
    unquoted = _reattached_quotes(raw)
    lines = _rejoined_labels(unquoted)
    pairs = {k: _spaced_pair(line) for k, line in enumerate(lines)}
    # (labels alone on their lines are a labelled block's, no sign of a form, unless they were
    # wrapped in a narrow cell: “反馈” / “问题”)
    rejoined = {line for line in lines if line not in unquoted and _known_label(line)}
    if len({pair[0] for pair in pairs.values() if pair is not None and pair[2] and pair[1]} | rejoined) < 3:
        return raw
    out: list[str] = []
    in_form = wrapped = False
    for k, line in enumerate(lines):
        text = line.strip()
        pair = pairs[k]
        if pair is not None and not pair[1] and not in_form and pair[0] not in LABEL_FIELD:
            # a label only classed, alone before the form, is a title's word (完成情况表); a listed
            # one (反馈问题) opens the form with its value wrapped below
            pair = None
        if pair is not None and (
            pair[2] or not (pair[1][0].isdigit() or (wrapped and not LABEL_HEAD_NOUN.search(pair[0])))
        ):
            label, value, _ = pair
            value = _SPACED_INNER_LABEL.sub(_inner_pair, _SPREAD_INNER_LABEL.sub(_inner_spread, value))
            value = re.sub(r"[ \u3000]+\t", "\t", value)
            out.append(f"{label}\t{LATIN_GAP.sub('', value)}")
            in_form = True
        elif in_form and text and (wrapped or out[-1].endswith("\t") or not ends_table(text)):
            if wrapped or out[-1].endswith("\t"):  # (a wrapped line is no signature: “县人民政府”)
                out[-1] = _with_wrapped_end(out[-1], LATIN_GAP.sub("", text))
            else:
                out.append(text)
        else:
            in_form = False
            out.append(line)
        following = lines[k + 1].strip() if k + 1 < len(lines) else ""
        wrapped = in_form and _ends_wrapped(out[-1].rsplit("\t", 1)[-1], following)
    return out


# “承 办 单 位 班庄镇人民政府 协 办 单 位 区交通运输局”: the second label spread over its cell too
_SPREAD_INNER_LABEL = re.compile(
    rf"(?<=[ \u3000])(?P<chars>(?:[{CJK_RANGE}][ \u3000]){{2,9}}[{CJK_RANGE}])[ \u3000]+(?=\S)"
)


def _inner_spread(inner: re.Match[str]) -> str:
    label = "".join(inner.group("chars").split())
    return f"\t{label}\t" if _known_label(label) else inner.group(0)


def _with_wrapped_end(line: str, text: str) -> str:
    """A pair's line with the wrapped end of one of its values: the last value's, unless the line
    holds two pairs and only the first value is a unit cut short (“整改责任单位 县住房和城乡建设
    配合单位 鲁权屯镇人民政府” over “局”: the copy puts the first cell's wrapped line after both)."""
    parts = line.split("\t")
    if (
        len(parts) >= 4
        and _looks_like_unit(parts[-1])
        and not _looks_like_unit(parts[-3])
        and _looks_like_unit(parts[-3] + text)
    ):
        parts[-3] += text
        return "\t".join(parts)
    return line + text


def _inner_pair(inner: re.Match[str]) -> str:
    """A known label between spaces inside a pair's line opens the next pair (办理结果 after the
    unit) as does a label of the place (所在河段 after 被督办单位's value); any other word stays
    the value's (“市城管执法局 岳塘区人民政府”)."""
    label = inner.group("label")
    return f"\t{label}\t" if _known_label(label) or PLACE_LABEL.match(label) else inner.group(0)


def _ends_sentence_mark(text: str) -> bool:
    # (a colon ends no paragraph: “问题突出：” goes on with what it announces)
    return bool(re.search(r"[。；;！？!?]$", text))


def _ends_wrapped(value: str, next_line: str) -> bool:
    """Whether a value's line wrapped onto `next_line`: it ended no sentence, the next line opens
    no item, and the value was at least as wide as the next line (it filled its cell)."""
    return (
        bool(value)
        and bool(next_line)
        and not _ends_sentence_mark(value)
        and not ITEM_OPENING.match(next_line)
        and not ITEM_HEAD_ALONE.fullmatch(next_line.strip())
        and _printed_width(value) >= _printed_width(next_line) - 2
    )


def _printed_width(text: str) -> int:
    """`display_width` without the spaces a copy puts around Latin words and numbers (“设置 29 处”):
    they took no room on the page. A space between Chinese words is a cell's edge and counts."""
    return display_width(re.sub(r"(?<=[!-~]) | (?=[!-~])", "", text))


def _tab_form_rows(raw: list[str]) -> list[str]:
    """A form (销号申请表, 交办函) copied out of Word: a tab between each label and its value
    (“责任单位⇥县林草局”, “交办时间⇥…⇥办结时限⇥…”), and a value of several paragraphs going on
    over the lines below. When three or more lines open so, each row is written as the `| … |`
    row the .docx gives, its value's lines with it, so a label the vocabulary does not list
    (牵头验收单位) ends the value above as in the .docx. A signature, a note or a footer ends it."""
    if wrapped_tab_header(raw):
        return raw  # a table's header wrapped cell by cell, no form's labels
    raw = _tab_rejoined_labels(raw)
    starts = [k for k, line in enumerate(raw) if _tab_form_cells(line) is not None]
    if len(starts) < 3:
        return raw
    out = list(raw)
    for n, k in enumerate(starts):
        end = k + 1
        stop = starts[n + 1] if n + 1 < len(starts) else len(raw)
        while end < stop and raw[end].strip() and "\t" not in raw[end] and not ends_table(raw[end]):
            end += 1
        if end == stop < len(raw) and end - 1 > k and _form_heading(raw[end - 1], raw[stop], raw[starts[0]]):
            end -= 1  # “重点诉求件（二）” over the next form, not the last line of this value
        cells = _tab_form_cells("\n".join(raw[k:end]))
        if cells is not None:
            out[k:end] = table_line(cells).split("\n")
    return out


# a piece of a label typed in a narrow cell one or two characters a paragraph (“整/改/措/施”)
_LABEL_PIECE = re.compile(rf"[{CJK_RANGE}]{{1,4}}")


def _tab_rejoined_labels(raw: list[str]) -> list[str]:
    """A form pasted out of Word whose labels were typed in narrow cells a piece a paragraph:
    Word's plain text breaks the row at each piece (“问题” / “名称⇥赵李桥镇…”, “整” / “改” / “措” /
    “施⇥1.…”, and a row's second label “…⇥交办” / “时间⇥2018年4月21日”). The pieces before a
    tab, short lines of Chinese only, are joined to the piece the tab ends when their join is a
    label the vocabulary lists (or classes, its last piece no label alone); a second label's
    first piece ends a row of label, value and that piece. Anything else is left as it was."""
    if not any("\t" in line for line in raw):
        return raw
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        cells = line.split("\t")
        tail = cells[-1].strip()
        # a row's second label broken: “label⇥value⇥piece” (the piece at a label's place)
        mid_row = len(cells) % 2 == 1 and len(cells) > 1
        if not _LABEL_PIECE.fullmatch(tail) or not (mid_row or len(cells) == 1):
            out.append(line)
            k += 1
            continue
        pieces, end = [tail], k + 1
        while end < len(raw) and "\t" not in raw[end] and _LABEL_PIECE.fullmatch(raw[end].strip()):
            pieces.append(raw[end].strip())
            end += 1
        head = raw[end].split("\t")[0].strip() if end < len(raw) and "\t" in raw[end] else ""
        label = "".join(pieces) + head
        known = (
            # a listed label, or one only classed whose last piece is no label of its own (a
            # value's short last paragraph over the next row's 时限 is no piece of 已完成时限)
            (label in LABEL_FIELD or (_known_label(label) and not _known_label(head)))
            and not (len(head) >= 4 and _known_label(head))  # a whole label's cell, no piece of one
        )
        # pieces of two characters at most are a narrow cell's (“交办” / “编号”), known or not, as
        # the cell's text is one label in the .docx
        # (not over a table's header pasted under a short line: “附件” / “序号⇥问题⇥…”, a value
        # beside the head, not a column's name, makes the line a form's row)
        second = raw[end].split("\t")[1].strip() if end < len(raw) and "\t" in raw[end] else ""
        narrow = (
            all(len(piece) <= 2 for piece in [*pieces, head])
            and len(label) <= 8
            and _cell_label(second) is None
        )
        if _LABEL_PIECE.fullmatch(head) and len(label) <= 12 and (known or narrow):
            before = "\t".join(cells[:-1]) + "\t" if mid_row else ""
            # (written back in place: the joined row may end with its second label's first piece)
            raw = [*raw[:k], before + label + raw[end][raw[end].index("\t") :], *raw[end + 1 :]]
            continue
        out.append(line)
        k += 1
    return out


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a one-line `| a | b |` row of two or four cells (a form's), else None."""
    text = line.strip()
    if len(text) < 3 or not (text.startswith("|") and text.endswith("|")):
        return None
    cells = [cell.strip() for cell in text[1:-1].split("|")]
    return cells if len(cells) in (2, 4) else None


def _label_pieces(cells: list[str]) -> list[str]:
    return cells[0::2]


# a form's cell holding its label and its value after a colon: “责任单位：北海市住房和城乡建设局”
_INLINE_LABEL_CELL = re.compile(rf"^(?P<label>[{CJK_RANGE}（）()、/]{{2,12}})\s*[:：]\s*(?P<value>.*)$", re.S)


def _inline_pairs(cells: list[str]) -> list[str] | None:
    """[label, value, …] of a row whose filled cells each hold a label (a few characters, known
    or not: 交办编号) and its value after a colon; None for any other row."""
    filled = [cell for cell in cells if cell.strip()]
    pairs: list[str] = []
    for cell in filled:
        match = _INLINE_LABEL_CELL.match(cell.strip())
        if match is None or len(_label_key(match.group("label"))) > 8:
            return None
        pairs += [_label_key(match.group("label")), match.group("value").strip()]
    return pairs or None


def _logical_rows(lines: list[str], k: int) -> tuple[list[str], int] | None:
    """The cells of the `| … |` row starting at line `k` (a cell's paragraphs run over the lines
    below until the row's closing bar) and the line after it; None when no row starts there."""
    if not lines[k].lstrip().startswith("|"):
        return None
    end = k
    while not lines[end].rstrip().endswith("|") or lines[end].strip() == "|":
        end += 1
        if end == len(lines) or end - k > 40:
            return None
    text = "\n".join(lines[k : end + 1]).strip()
    return [cell.strip() for cell in text[1:-1].split("|")], end + 1


def _inline_label_rows(text: str) -> str:
    """A form table whose every cell holds a label and its value after a colon (“责任单位：…” |
    “配合单位：…”, two to a row, “反映问题：…” merged across), several forms one under another each
    opened by a row merged across naming the case (交办件（一）): when three rows or more of a
    table are such rows and no row of two filled cells or more is anything else, each is written
    as the label | value cells the other forms have, four to a row, and a row with no label (the
    case's name) as a line of its own above its form."""
    lines = text.split("\n")
    rows: list[tuple[int, int, list[str]]] = []
    k = 0
    while k < len(lines):
        row = _logical_rows(lines, k)
        if row is None:
            k += 1
            continue
        rows.append((k, row[1], row[0]))
        k = row[1]
    # tables: runs of rows one right after another
    tables: list[list[tuple[int, int, list[str]]]] = []
    for row in rows:
        if tables and tables[-1][-1][1] == row[0]:
            tables[-1].append(row)
        else:
            tables.append([row])
    for table in reversed(tables):
        pairs = [_inline_pairs(cells) for _, _, cells in table]
        others = [
            cells
            for (_, _, cells), pair in zip(table, pairs, strict=True)
            if pair is None and sum(1 for cell in cells if cell) >= 2
        ]
        known = sum(pair is not None and any(map(_known_label, pair[0::2])) for pair in pairs)
        if known < 3 or others:
            continue
        written: list[str] = []
        for (_, _, cells), pair in zip(table, pairs, strict=True):
            if pair is None:
                written.append(" ".join(cell for cell in cells if cell))
            else:
                written.extend(
                    table_line(pair + [""] * (4 - len(pair)) if len(pair) < 4 else pair).split("\n")
                )
        lines[table[0][0] : table[-1][1]] = written
    return "\n".join(lines)


def _broken_label_rows(text: str) -> str:
    """A form printed without borders and read back as rows: a label typed in its narrow cell a
    piece a line (“整” / “改” / “措” / “施”, “交办” / “编号”) comes out a row for each printed line,
    the label's pieces down the label column and the value's lines beside them. Rows whose label
    cells are all pieces of one or two characters (or blank) are one row again when a label
    column's join is one the vocabulary lists: labels joined, each value's lines kept as its
    paragraphs (a value repeated down the rows, merged down in a sheet, once). The other label
    of the same rows joins too (“交办” / “编号” beside “交办” / “时间”)."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        first = _bar_cells(lines[k])
        if first is None or not _NARROW_PIECE.fullmatch(first[0]):
            out.append(lines[k])
            k += 1
            continue
        rows = [first]
        for line in lines[k + 1 : k + 6]:
            cells = _bar_cells(line)
            if cells is None or len(cells) != len(first):
                break
            if not all(not piece or _NARROW_PIECE.fullmatch(piece) for piece in _label_pieces(cells)):
                break
            rows.append(cells)
        size = 0
        for n in range(len(rows), 1, -1):
            columns = list(zip(*(_label_pieces(row) for row in rows[:n]), strict=True))
            # (the listed join's last piece in the last row: blank rows below “完成” / “时间” are
            # the next label's, 整 / 改 / 措 / 施)
            # and every label of the rows starts in the first of them: “配合” / “单位” beside the
            # blank cells under 问题名称 begins a row of its own (责任 / 单位 | 配合 / 单位)
            starts = all(column[0] or not any(column) for column in columns)
            if starts and any("".join(column) in LABEL_FIELD and column[-1] for column in columns):
                size = n
                break
        if not size:
            out.append(lines[k])
            k += 1
            continue
        # (a value merged down beside the pieces, as a sheet fills it, is written once)
        merged = [
            ("\n" if place % 2 else "").join(
                cell
                for n, cell in enumerate(column)
                if cell and not (place % 2 and n and cell == column[n - 1])
            )
            for place, column in enumerate(zip(*rows[:size], strict=True))
        ]
        out.append(table_line(merged))
        k += size
    return "\n".join(out)


def _form_heading(line: str, next_row: str, first_row: str) -> bool:
    """Whether `line` heads the next form: a short line with no sentence end, just above a row
    opening with the label the first form opened with (the next form's first row)."""
    text = line.strip()
    return (
        len(text) <= 20
        and not re.search(r"[。；;，,]$", text)
        and next_row.split("\t")[0].strip() == first_row.split("\t")[0].strip()
    )


def _tab_form_cells(line: str) -> list[str] | None:
    """The cells of a form row pasted with tabs: two or four, labels at the odd places."""
    cells = [cell.strip() for cell in line.split("\t")]
    if "|" not in line and _grouped_row(cells, blank_group=True):
        # “基本情况⇥反映问题⇥…”, and “⇥责任单位⇥…” below it: a group label merged down the first
        # column, pasted in its first row and left blank in the others
        return cells[1:]
    if len(cells) not in (2, 4) or "|" in line:
        return None
    labels = cells[0::2]
    if _cell_label(cells[1]) is not None:
        return None  # a table's header (序号⇥存在问题⇥整改措施⇥整改时限), not label and value
    if all(_FORM_LABEL.fullmatch(_label_key(label)) for label in labels) and cells[1]:
        return cells
    return None


_LABEL_IDEOGRAPHIC_SPACE = re.compile(rf"^\s*(?P<label>{LABEL_PATTERN})\u3000+(?=\S)")
_BRACKETED_LABEL = re.compile(
    rf"^[【［\[〔]\s*(?P<label>[{CJK_RANGE}（）()、/0-9]{{2,12}})\s*[】］\]〕]\s*[:：]?\s*(?P<value>.*)$",
    re.S,
)


def _unbracketed_label(text: str) -> str:
    """“【整改时限】2024年6月30日前”, “［责任单位］：县城管局” → “标签：值”, for a label the vocabulary
    knows (listed or classed); any other bracketed head (【编号364】, 【注】) is left alone."""
    dated = DATED_ITEM.match(text)
    if dated:
        # “【1月21日 问题一】”: a 曝光 post dates its items; the item's number is what heads it
        return f"{dated.group('item')}：{dated.group('value').strip()}"
    match = _BRACKETED_LABEL.match(text)
    if match is None:
        return text
    label = _label_key(match.group("label"))
    numbered = _heading(f"{label}：")  # “【问题一】…” numbers the finding like 问题一：
    if (
        label not in LABEL_FIELD
        and classify_label(label) is None
        and not (numbered and numbered.style == "keyword")
    ):
        return text
    return f"{label}：{match.group('value').strip()}"


# Listed labels of four or more characters, longest first: the ones a flattened line is cut at.
_LONG_LABELS = sorted((label for label in LABEL_FIELD if len(label) >= 4), key=len, reverse=True)
_LONG_LABEL_RUN = re.compile("|".join(map(re.escape, _LONG_LABELS)))


def _flattened_labels(text: str) -> list[str]:
    """A web page that prints a notice's form as one paragraph glues each label to its value:
    “公示日期2025年6月6日至6月19日反馈问题温州…。整改实施主体温州市委、市政府整改目标…”. When a
    line opens with a label (or the footer's 公示日期) and holds three or more listed labels with
    no colon, it is cut before each into “label：value” lines; any other line is left whole."""
    if "：" in text[:12] or ":" in text[:12] or len(text) < 30 or "\t" in text[:13]:
        return [text]  # (a tab after the opening label: a form's cells pasted, the tab its colon)
    found = list(_LONG_LABEL_RUN.finditer(text))
    labels = {m.group(0) for m in found}
    opens = NOTICE_FOOTER.match(text) or (found and found[0].start() == 0)
    if not opens or len(labels) < 3:
        return [text]
    pieces: list[str] = []
    cuts = [0, *(m.start() for m in found if m.start() > 0), len(text)]
    for start, stop in itertools.pairwise(cuts):
        piece = text[start:stop].strip()
        label = _LONG_LABEL_RUN.match(piece)
        if label:
            value = piece[label.end() :].strip()
            if len(value.lstrip("：:")) < 4 or re.match(r"[，,、。；;]", value):
                # “反馈问题整改目标不明确”: labels named in passing, not a form; nor is a label a
                # clause ends on (“…提出具体整改措施，督促…”): a form's label never closes its clause
                return [text]
            value = value.lstrip("：:")
            piece = f"{label.group(0)}：{value}"
        pieces.append(piece)
    return pieces


def _merge_split_labels(lines: list[_Line]) -> list[_Line]:
    """Join a label broken over two lines by a page break: “县市区政府主要负责” + “人意见”."""
    merged: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and line.cells is None and lines[i + 1].cells is None:
            joined = line.text + lines[i + 1].text
            if (
                len(line.text) <= 20
                and len(lines[i + 1].text) <= 10
                and not _label_of(line.text)
                # a listed label only: “持续推进” + “整改完成情况” is a value above a label
                and (_is_sign_off(joined) or (_listed_label(joined) and _listed_label(joined)[2] == ""))
            ):
                merged.append(_Line(joined))
                i += 2
                continue
        merged.append(line)
        i += 1
    return merged


def _is_sign_off(text: str) -> bool:
    return bool(SIGN_OFF.match(text)) and any(word in text for word in SIGN_OFF_WORDS)


def _label_key(label: str) -> str:
    return re.sub(r"\s+", "", label)


def _label_of(text: str, glued: bool = False, qualified: bool = False) -> tuple[str, str, str] | None:
    """(field, label, value) when the line starts with a field label: a listed one
    (`_listed_label`), else a label-like head classed by its words (`_guessed_label`)."""
    heading = _heading(text)
    numbered_cn = heading is not None and heading.style == "cn"
    glued_split = _LABEL_GLUED.match(heading.rest) if glued and numbered_cn else None
    if glued_split and LABEL_TAIL.match(glued_split.group("value")):
        # “一、整改任务内容”, “二、整改措施及整改时限”: the whole head is the label, not 整改任务 with
        # the value 内容
        guess = _guessed_label(heading.rest, stop=True)
        if guess is not None:
            return guess
        # “一、督察反馈意见整改任务”: the inspection's tasks, a heading over the problem (not the label
        # 反馈意见 with the value 整改任务)
        named = QUALIFIED_PROBLEM.match(heading.rest.strip())
        if named and not named.group("value").strip():
            return "problem", _label_key(named.group("label")), ""
    found = _listed_label(text, glued, qualified)
    if found is None and heading is not None and heading.style == "ar":
        # “2.责任内容：…” under “1.责任单位：…”: a label the vocabulary classes as nothing to read,
        # with its colon, is no step of a field either
        guess = _guessed_label(heading.rest, colon=True)
        if guess is not None and guess[0] == "ignore":
            return guess
    if found is not None or (heading is not None and heading.style not in ("cn", "pcn")):
        return found
    if heading is None:
        return _guessed_label(text)
    # “（一）…” numbers items inside a field as often as labels: only with a colon
    return _guessed_label(heading.rest, colon=heading.style == "pcn", stop=heading.style == "cn")


def _listed_label(text: str, glued: bool = False, qualified: bool = False) -> tuple[str, str, str] | None:
    """(field, label, value) when the line starts with a label of FIELD_LABELS.

    `glued`: the document numbers its labels (一、整改任务 二、整改目标 …), so a label under a
    section number may run straight into its value (“一、整改任务秸秆禁烧…”).
    `qualified`: the document is one notice whose problem label carries the inspection's name
    (“一、第二轮省生态环境保护督察反馈问题”, see `_one_qualified_problem`)."""
    case = CASE_CODE_LABEL.match(text.strip())
    if case is not None:
        # “3237号信访案件：（来信）…”: the case's code labels what was reported; how it came in
        # (来信, 来电) is no part of the problem
        return "problem", "反映问题", COMPLAINT_CHANNEL.sub("", case.group("value").strip())
    match = LABEL_LINE.match(text)
    numbered = _CN_COLON_LABEL.match(text)
    if match is None and numbered:
        # “三：整改完成情况：…” — a section number written with a colon.
        match = LABEL_LINE.match(numbered.group("rest"))
    if match is None and qualified:
        named = _colon_qualified_problem(text)
        if named:
            return "problem", _label_key(named.group("label")), named.group("value").strip()
    if match is None:
        heading = _heading(text)
        # “三、整改措施” / “（二）整改目标：…” — a label under a section number.
        if heading is not None and heading.style in ("ar", "par"):
            # “1.问题：…” / “（1）存在问题：…”: an item opened by its problem label and colon; other
            # labels under 1. are too often steps of a field (“1.整改措施落实到位”)
            item = LABEL_LINE.match(heading.rest)
            if (
                item is not None
                and LABEL_FIELD[_label_key(item.group("label"))] == "problem"
                and re.match(r"\s*[:：]", item.string[item.end("label") :])
            ):
                return "problem", _label_key(item.group("label")), item.group("value").strip()
            if (
                item is not None
                and LABEL_FIELD[_label_key(item.group("label"))] in ("lead", "coop")
                and re.match(r"\s*[:：]", item.string[item.end("label") :])
            ):
                # “1.责任单位：岳阳县公田镇人民政府⏎2.责任内容：…” (a 整治公示's 后续管护): a unit label
                # and its colon after the number name the unit; no step is written so
                return (
                    LABEL_FIELD[_label_key(item.group("label"))],
                    _label_key(item.group("label")),
                    (item.group("value").strip()),
                )
            return None
        if heading is None or heading.style not in ("cn", "pcn"):
            return None
        match = LABEL_LINE.match(heading.rest) or _LABEL_STOP.match(heading.rest)
        if match is None and glued and heading.style == "cn":
            match = _LABEL_GLUED.match(heading.rest)
        if match is None and qualified and heading.style == "cn":
            # “一、第二轮省生态环境保护督察反馈问题” — a problem label after the inspection's name
            named = QUALIFIED_PROBLEM.match(heading.rest)
            if named:
                return "problem", _label_key(named.group("label")), named.group("value").strip()
        if match is None:
            return None
    label = _label_key(match.group("label"))
    value = match.group("value").strip()
    name = LABEL_FIELD[label]
    # (the colon is looked for after the label itself: “（一）问题：…” has a number before it)
    if (
        name == "problem"
        and label == "问题"
        and value
        and not re.match(r"^\s*[:：]", match.string[match.end("label") :])
    ):
        return None  # “问题 xxx” without a colon is prose
    if (
        label in COLON_ONLY_LABELS
        and not glued
        and not re.match(r"\s*[:：]", match.string[match.end("label") :])
        and not (label in OWN_LINE_LABELS and not value)
    ):
        return None  # “二、主要任务” is a section heading
    # A repeated label: “责任人员：责任人员：谢平…”.
    value = re.sub(rf"^{re.escape(label)}\s*[:：]\s*", "", value)
    return name, label, value


def _guessed_label(text: str, colon: bool = False, stop: bool = False) -> tuple[str, str, str] | None:
    """(field, label, value) for a label-like head the vocabulary does not list, by its class.

    `colon`: only “标签：值” counts (not a head alone on its line); `stop`: a numbered
    sub-heading may end with a full stop (“六、整改完成时间。2021年9月”)."""
    if QUALIFIED_PROBLEM.match(text.strip()):
        # “一、中央督察反馈问题”: a section of a plan unless it is a notice's one problem, which
        # `_one_qualified_problem` decides for the whole document
        return None
    match = _GUESS_LINE.match(text.strip())
    if match is None and stop:
        match = _GUESS_STOP.match(text.strip())
    if match is None or (colon and match.group("value") is None):
        return None
    label = _label_key(match.group("label"))
    name = classify_label(label)
    if name is None:
        return None
    return name, label, (match.group("value") or "").strip()


def _split_inline_labels(field_name: str, label: str, value: str) -> list[tuple[str, str, str]]:
    """“零陵区人民政府（盖章）   申请时间：2024年3月12日” → two label/value pairs."""
    pairs = [(field_name, label, value)]
    while True:
        name, current_label, current_value = pairs[-1]
        match = _LABEL_INLINE.search(current_value)
        if match is None and name == "problem":
            match = _UNIT_AFTER_PROBLEM.search(current_value)
        if match is None and name in ("lead", "coop"):
            match = _DEADLINE_GLUED.search(current_value)
        if match is None:
            return pairs
        next_label = _label_key(match.group("label"))
        pairs[-1] = (name, current_label, current_value[: match.start()].strip())
        pairs.append((LABEL_FIELD[next_label], next_label, current_value[match.end() :].strip()))


def _label_merged_down(above: list[str], cells: list[str]) -> bool:
    """Whether a two-cell row repeats (or leaves blank) the label of the labelled row above it:
    a label cell merged down, the row one more part of that label's value. Under a group label
    merged down the form's first column too (“| 整改情况 | 整改措施 | 2.… |”), the group aside."""
    if len(above) == len(cells) == 3 and _grouped_row(above) and cells[0].strip() in ("", above[0].strip()):
        return _label_merged_down(above[1:], cells[1:])
    return (
        len(above) == len(cells) == 2
        and (_cell_label(above[0]) is not None or classify_label(above[0].strip()) is not None)
        and cells[0].strip() in ("", above[0].strip())
        and bool(cells[1].strip())
        and bool(above[1].strip())
    )


def _row_tokens(cells: list[str]) -> list[_Token] | None:
    """A `标签 | 值 |` row → label tokens; None when the row does not start with a label."""
    deduped = [cell for k, cell in enumerate(cells) if k == 0 or cell != cells[k - 1]]  # merged cells
    if _grouped_row(deduped):
        # “| 基本情况 | 反映问题 | … |”: the group's label merged down the form's first column
        # heads the rows of its fields; the field's own label and its value are the pair
        return _row_tokens(deduped[1:])
    while len(deduped) > 2 and not deduped[-1].strip():
        deduped.pop()  # a value merged across the rest of a wider form's row (四列审批表)
    if _cell_label(deduped[0]) is None:
        # “| 办理时限 | … | 实际办结时间 |”: the second pair's value left blank (its cell dropped)
        blank_pair = len(deduped) == 3 and _FORM_LABEL.fullmatch(_label_key(deduped[2])) is not None
        if (
            (len(deduped) >= 4 or blank_pair)
            and _FORM_LABEL.fullmatch(_label_key(deduped[0]))
            and (
                _cell_label(deduped[2]) is not None
                or classify_label(deduped[2]) is not None
                or (classify_label(deduped[0]) is not None and _unlisted_pair_label(deduped[:4], 2))
            )
            and _cell_label(deduped[1]) is None
        ):
            # “| 交办时间 | 2018年6月26日 | 办结时限 | … |”: a four-column form's pair the vocabulary
            # has no field for (when it was sent, who sent it) does not hide the pair beside it,
            # a listed label or one classed by its words (承办单位); and a pair classed by its
            # words (“| 办理结果 | 已办结 | 问责情况 | 无 |”) is read beside an unlisted one
            rest = [_pair_token(deduped[2], "")] if blank_pair else _row_tokens(deduped[2:]) or []
            return [_pair_token(deduped[0], deduped[1]), *rest]
        if len(deduped) == 2 and _FORM_LABEL.fullmatch(_label_key(deduped[0])):
            value = deduped[1].strip()
            if _LABEL_COLON_START.match(value):
                # “| 整改措施及成效 | 整改措施：一是… 整改成效：… |”: the cell names its own fields
                return _inner_label_tokens(value)
            guessed = classify_label(deduped[0])
            if guessed is not None:
                # “| 整改任务概述 | … |”: a form row named in words the vocabulary does not list
                label = _label_key(deduped[0])
                return [
                    _Token(value, field=guessed, label=label, confidence=GUESSED_CONFIDENCE, guessed=True)
                ]
            # “| 牵头验收单位 | … |”: a form row the vocabulary has no field for ends the value above
            return [_Token(value, field="ignore", label=_label_key(deduped[0]))]
        return None
    tokens: list[_Token] = []
    for k, cell in enumerate(deduped):
        found = _cell_label(cell)
        if found is None and _unlisted_pair_label(deduped, k):
            # “| 被督办单位 | 莲子镇人民政府 | 所在河段 | 午河莲子镇段 |”: the second pair's label is
            # one the vocabulary has no field for; it ends the unit list instead of joining it
            # (read by its words' class when they say one: 办理结果)
            tokens.append(_pair_token(cell, ""))
        elif found is not None:
            tokens.append(_Token("", field=found[0], label=found[1]))
        else:
            for k, part in enumerate(cell.split("\n")):
                if k == 0 and tokens[-1].text == "" and tokens[-1].field is not None:
                    tokens[-1].text = part.strip()
                else:
                    # “1.…” “2.…” inside the cell are items of that value, not findings
                    tokens.append(_Token(part.strip(), hard=True, in_form=True))
    for token in tokens:
        if (
            token.field == "ignore"
            and _is_sign_off(token.label)
            and (completion_marker(token.text) or _refuses(token.text))
        ):
            # “| 区级验收意见 | …已完成整改，同意验收销号。（盖章） |”: a signed verdict, not a blank box;
            # one that holds the case back (“…暂缓销号，继续督办。”) is a verdict as much
            token.field = "result"
    return [token for token in tokens if token.field or token.text]


def _refuses(text: str) -> bool:
    """Whether a verdict's clause refuses the write-off for now (暂缓销号, 继续督办, 阶段性办结)."""
    return any(REFUSED_VERDICT.fullmatch(clause.strip()) for clause in re.split(r"[，,；;。\n]", text))


def _grouped_row(cells: list[str], blank_group: bool = False) -> bool:
    """Whether a three-cell form row is `分组 | 标签 | 值`: a short head (or, `blank_group`, none:
    pasted text keeps a merged cell's text in its first row only), then a listed label, then a
    value that is no label (left blank or not). A pair with its second value blank
    (“| 办理时限 | 2023年6月30日 | 实际办结时间 |”) has a value, not a label, in the middle."""
    return (
        len(cells) == 3
        and (
            (blank_group and not cells[0].strip()) or _FORM_LABEL.fullmatch(_label_key(cells[0])) is not None
        )
        and _cell_label(cells[1]) is not None
        and _cell_label(cells[2]) is None
        and classify_label(cells[2].strip()) is None
    )


def _pair_token(label: str, value: str) -> _Token:
    """An unlisted label of a four-cell form's pair and its value: read by the class its words
    say (承办单位 → lead, 办理结果 → progress), as a two-cell row's unlisted label is; else the
    pair is ignored (交办时间, 所在河段). Its own cell makes it a label for sure, never a
    sub-heading inside the text above (so not `guessed`), though its field is a guess."""
    guessed = classify_label(label)
    if guessed is not None:
        return _Token(value.strip(), field=guessed, label=_label_key(label), confidence=GUESSED_CONFIDENCE)
    return _Token(value.strip(), field="ignore", label=_label_key(label))


# fields whose value is a list or a date, never a text with sub-headings of its own
_NO_SUBHEADINGS = ("lead", "coop", "deadline", "number", "responsible", "leaders")


def _unlisted_pair_label(cells: list[str], k: int) -> bool:
    """Whether cell k of a four-cell `标签 | 值 | 标签 | 值` row is the second label, though unlisted:
    the first cell a label, the second not, the third a short head that names no body."""
    return (
        len(cells) == 4
        and k == 2
        and _cell_label(cells[1]) is None
        and bool(cells[3].strip())
        and bool(_FORM_LABEL.fullmatch(_label_key(cells[2])))
        and not BODY_END.search(_label_key(cells[2]))
    )


_LABEL_COLON_START = re.compile(rf"^(?:{LABEL_PATTERN})\s*[:：]")
_INNER_LABEL_CUT = re.compile(rf"(?<=[。；;\n])\s*(?=(?:{LABEL_PATTERN})\s*[:：])")


def _outside_brackets(text: str, matches: Iterable[re.Match]) -> list[re.Match]:
    """The matches standing outside every bracket: in “1.问题。（责任单位：A；整改时限：…）” the
    labels inside the bracket are the problem's own note, not fields that cut the line."""
    depth, at, kept = 0, 0, []
    for match in matches:
        for char in text[at : match.start()]:
            depth += char in "（(〔[【"
            depth -= char in "）)〕]】" and depth > 0
        at = match.start()
        if depth == 0:
            kept.append(match)
    return kept


def _inner_label_cut(text: str) -> list[str]:
    """_INNER_LABEL_CUT.split, but never inside a bracket."""
    cuts = [match.start() for match in _outside_brackets(text, _INNER_LABEL_CUT.finditer(text))]
    return [text[a:b] for a, b in itertools.pairwise([0, *cuts, len(text)])]


def _inner_label_tokens(value: str) -> list[_Token]:
    """A form value holding `标签：值` parts one after another, each part its own field."""
    tokens: list[_Token] = []
    for part in _INNER_LABEL_CUT.split(value):
        found = _label_of(part.strip())
        if found is not None:
            tokens.append(_Token(found[2], field=found[0], label=found[1]))
        elif part.strip():
            tokens.append(_Token(part.strip(), hard=True, in_form=True))
    return tokens


# A form's label cell: a few characters, no sentence punctuation or digits.
_FORM_LABEL = re.compile(rf"[{CJK_RANGE}（）()、/]{{2,12}}")


def _cell_label(cell: str) -> tuple[str, str] | None:
    """(field, label) when a table cell holds only a label (sign-off rows count as ignored)."""
    key = _label_key(cell).rstrip(":：")
    if key in LABEL_FIELD:
        return LABEL_FIELD[key], key
    if "\n" not in cell and _is_sign_off(key):
        return "ignore", key
    return None


# a complaint quoted whole: “…”。
_QUOTED_WHOLE = re.compile(r"^“(?P<inner>[^“”]+)”[。.]?$")


def _numbers_its_labels(lines: list[_Line]) -> bool:
    """True when at least three 一、二、三、 headings each open with a field label, one of them at
    least with no colon: “一、整改问题尖山区…” among “二、整改目标：…” “三、整改措施：…” is the same
    run of labels, the first written without its colon."""
    count = glued = 0
    bracketed: set[str] = set()  # fields of “（一）整改问题”-like labels alone on their lines
    for line in lines:
        heading = _heading(line.text) if line.cells is None else None
        if heading is not None and heading.style == "pcn":
            alone = LABEL_LINE.match(heading.rest)
            if alone and not heading.rest[alone.end("label") :].strip(" :："):
                bracketed.add(LABEL_FIELD[_label_key(alone.group("label"))])
        if heading is None or heading.style != "cn":
            continue
        if _LABEL_GLUED.match(heading.rest + "…"):
            count, glued = count + 1, glued + 1
        elif LABEL_LINE.match(heading.rest) and re.match(r"\S{2,12}?[:：]", heading.rest):
            count += 1
    # (a closure form numbering its labels （一）整改问题 （二）整改实施主体 … （五）完成时限 under each
    # item's heading: “（四）目标任务” there is one of the labels, not a plan's chapter)
    return (count >= 3 and glued >= 1) or {"problem", "lead", "deadline"} <= bracketed


def _one_qualified_problem(lines: list[_Line]) -> bool:
    """True for one notice: a single 一、…督察反馈问题 heading among 二、整改目标-like labels. A plan
    with several (一、中央督察反馈问题 二、省督察反馈问题) uses them as sections."""
    qualified = labelled = 0
    for line in lines:
        heading = _heading(line.text) if line.cells is None else None
        if heading is None and line.cells is None and _colon_qualified_problem(line.text):
            # “中央第二环境保护督察组“回头看”交办问题：” unnumbered, its colon making it a label, over
            # “牵头（责任）单位：…”-like labels
            qualified += 1
            continue
        if heading is None and line.cells is None and _guessed_label(line.text, colon=True):
            labelled += 1
            continue
        if heading is None or heading.style != "cn":
            continue
        if LABEL_LINE.match(heading.rest):
            labelled += 1
        elif QUALIFIED_PROBLEM.match(heading.rest):
            qualified += 1
    return qualified == 1 and labelled >= 1


def _colon_qualified_problem(text: str) -> re.Match[str] | None:
    """“…督察组“回头看”交办问题：” — the problem label after the inspection's name, with its colon."""
    named = QUALIFIED_PROBLEM.match(text.strip())
    if named and re.match(r"\s*[:：]", named.string[named.end("label") :]):
        return named
    return None


def _labels_on_own_lines(lines: list[_Line]) -> bool:
    """True when the document writes a listed label alone on its line, the value below it
    (“整改时限” then “2020年…”; “六、整改完成情况”), rather than “标签：值”."""
    for line in lines:
        if line.cells is None and not re.search(r"[:：]", line.text):
            found = _listed_label(line.text)
            if found is not None and not found[2]:
                return True
    return False


def _report_subheading(tokens: list[_Token], text: str, found: tuple[str, str, str] | None) -> bool:
    """True for a short line with no colon inside a progress or result value (the last label
    read), unless it is a listed label: the reader keeps it as text."""
    if not _LABEL_HEAD_LINE.fullmatch(text.strip()) or _heading(text) is not None:
        return False  # the line's own test first: looking back for the last label is the slow part
    if found is not None and (found[1] in LABEL_FIELD or found[2]):
        return False
    current = next((t for t in reversed(tokens) if t.field is not None), None)
    return current is not None and current.field in ("progress", "result")


_LABEL_HEAD_LINE = re.compile(rf"[{CJK_RANGE}（）()、/]{{2,10}}[;；]?")


def _closing_sign_off(lines: list[_Line]) -> set[int]:
    """The indexes of the last lines when they sign the document (“…领导小组办公室” above
    “2017年7月5日”, or both on one line): they close it and continue no field above them."""
    texts = [(k, line.text.strip()) for k, line in enumerate(lines) if line.cells is None]
    texts = [(k, text) for k, text in texts if text]
    if not texts or (lines and lines[-1].cells is not None):
        return set()
    last_index, last = texts[-1]
    year = re.search(r"(?:19|20)\d{2}\s*年", last)
    if year and SIGNING_DATE.match(last[year.start() :]) and SIGNER.match(last[: year.start()].strip()):
        return {last_index}  # “…领导小组办公室 2017年7月5日” on one line
    if SIGNING_DATE.match(last) and len(texts) > 1 and SIGNER.match(texts[-2][1]):
        return {texts[-2][0], last_index}
    return set()


def _tokens(lines: list[_Line]) -> list[_Token]:
    tokens: list[_Token] = []
    columns: list[tuple[str, str] | None] | None = None
    glued = _numbers_its_labels(lines)
    qualified = _one_qualified_problem(lines)
    own_line = _labels_on_own_lines(lines)
    signed = _closing_sign_off(lines)
    first_text = next((k for k, line in enumerate(lines) if line.cells is None and line.text.strip()), None)
    form = 0  # counts runs of table rows: a paragraph between two forms ends one
    opening, rows_in_form = "", 0  # the first label of the form read, and its rows so far
    for index, line in enumerate(lines):
        if line.cells is not None:
            first_cell = _label_key(line.cells[0])
            # forms printed one a page lose the title between them with the page's running head:
            # the form's first label coming round again opens the next form
            above_first = _label_key(lines[index - 1].cells[0]) if index and lines[index - 1].cells else None
            # a group label merged down the first column repeats without opening a form
            again = first_cell == opening and rows_in_form >= 3 and first_cell != above_first
            if index == 0 or lines[index - 1].cells is None or again:
                form, opening, rows_in_form = form + 1, first_cell, 0
            rows_in_form += 1
        if index in signed:
            tokens.append(_Token("", field="ignore", label=line.text))
            continue
        if line.cells is not None:
            labels = [_cell_label(cell) for cell in line.cells]
            unknown = labels.count(None)
            if len(labels) >= 3 and (unknown == 0 or (unknown == 1 and len(labels) >= 5)):
                columns = labels  # a header row: one finding per following row
                continue
            if columns is not None and len(line.cells) == len(columns):
                for found, cell in zip(columns, line.cells, strict=True):
                    if found is not None:
                        first, *more = cell.split("\n")
                        tokens.append(_Token(first.strip(), field=found[0], label=found[1]))
                        tokens.extend(_Token(part.strip(), hard=True) for part in more if part.strip())
                continue
            columns = None
            above = lines[index - 1].cells if index else None
            if above is not None and _label_merged_down(above, line.cells):
                # “| 整改措施 | 1.… |” over “| 整改措施 | 2.… |”: the label cell merged down over one
                # value a row; each row below carries the field on, as lines of one cell would
                tokens.extend(
                    _Token(part.strip(), hard=True, in_form=True)
                    for part in line.cells[-1].split("\n")
                    if part.strip()
                )
                continue
            row = _row_tokens(line.cells)
            if row is not None:
                for token in row:
                    token.form = form if token.field is not None else None
                tokens.extend(row)
                continue
            texts = {cell.strip() for cell in line.cells if cell.strip()}
            alone = next(iter(texts)) if len(texts) == 1 else ""
            stamped = "盖章" in alone and SIGNER.match(alone) is not None
            if FORM_TITLE.fullmatch(alone) or stamped or FILL_IN_LINE.match(" ".join(line.cells)):
                # “| 交办问题整改销号表（2） |”, a form's title row between forms stacked in one
                # table (or printed unruled), the stamp line under a form (某办公室（盖章）) or the
                # blank fill-in line (审核人：  填报人：) read as a row: it does not continue the
                # value above (是否办结：是)
                tokens.append(_Token("", field="ignore", label=line.text))
                continue
            tokens.extend(
                _Token(part.strip(), hard=True) for part in " ".join(line.cells).split("\n") if part.strip()
            )
            continue
        columns = None
        heading_no = _heading(line.text)
        footer_rest = heading_no.rest if heading_no is not None and heading_no.style == "cn" else ""
        if NOTICE_FOOTER.match(line.text) or NOTICE_FOOTER.match(footer_rest):
            # “五、公示时间：…”, “六、受理部门：…” — the footer numbered on from the labels
            # 特此公示 / 公示时间 / 监督电话: the notice's footer, and everything after it.
            tokens.append(_Token("", field="ignore", label=line.text[:20]))
            continue
        if _is_sign_off(line.text):
            tokens.append(_Token("", field="ignore", label=line.text))
            continue
        sender_above = tokens and tokens[-1].field is None and SIGNER.match(tokens[-1].text)
        if sender_above and SIGNING_DATE.match(line.text):
            # “区效能办 区委督查室⏎2018年5月28日”: the sender and the day it signed, closing the
            # notice; neither continues the field above (a time limit would take the day as due)
            tokens[-1] = _Token("", field="ignore", label=tokens[-1].text)
            tokens.append(_Token("", field="ignore", label=line.text))
            continue
        headed = heading_no is not None and heading_no.style == "cn"
        numbered = NUMBERED_PROBLEM.match(line.text) or (
            HEADED_NUMBERED.match(heading_no.rest) if headed else None  # type: ignore[union-attr]
        )
        if numbered:
            # “问题编号5：省级自然保护区……”: the number, then the problem itself
            tokens.append(_Token(numbered.group(2), field="number", label=numbered.group(1)))
            quoted = _QUOTED_WHOLE.match(numbered.group(3).strip())
            # the quotes go, the sentence end stays (the next line is not the complaint's)
            problem = quoted.group("inner").rstrip("。") + "。" if quoted else numbered.group(3)
            tokens.append(_Token(problem, field="problem", label=numbered.group(1)))
            continue
        found = _label_of(line.text, glued, qualified)
        if (
            index == first_text
            and heading_no is None
            and found is not None
            and found[1] not in LABEL_FIELD
            and not found[2]
            and not re.search(r"[:：]", line.text)
        ):
            # “某县整改进展情况” as the document's first line: its title, not a progress label
            # guessed from the words it ends with
            tokens.append(_Token(line.text, heading=line.heading))
            continue
        if not own_line and _report_subheading(tokens, line.text, found):
            # “工作成效”, “主要做法”, “下一步打算” alone on a line inside a progress text written
            # “标签：值”: a sub-heading of that text (its own line), not a label that cuts it
            tokens.append(_Token(line.text, hard=True))
            continue
        if found is not None:
            numbered = _heading(line.text)
            item = (
                (numbered.value, numbered.num)
                if found[0] == "problem"
                and numbered
                and numbered.value
                and numbered.style in ("pcn", "par", "ar")
                else None
            )
            for name, label, value in _split_inline_labels(*found):
                guessed = label not in LABEL_FIELD
                numbered = VALUE_NUMBERED.match(value) if name == "problem" else None
                if numbered:
                    tokens.append(_Token(numbered.group(2), field="number", label=numbered.group(1)))
                    value = numbered.group(3)
                elif name == "problem" and (coded := LABEL_CODED.match(line.text)):
                    # “反馈问题（省编号第41号）：…”: the province's number for the item, between
                    # the label and its colon, is the finding's
                    tokens.append(_Token(coded.group("num"), field="number", label=label))
                tokens.append(
                    _Token(
                        value,
                        field=name,
                        label=label,
                        heading=line.heading,
                        confidence=GUESSED_CONFIDENCE if guessed else 1.0,
                        guessed=guessed,
                        item=item if name == "problem" else None,
                        top=heading_no is not None and heading_no.style == "cn",
                    )
                )
            continue
        numbered = _heading(line.text)
        if _UNKNOWN_LABEL.match(line.text) and not (numbered and numbered.style == "keyword"):
            # (“问题一：” alone on its line heads an item whose fields follow, as 【问题一】 does)
            tokens.append(_Token("", field="ignore", label=line.text.rstrip(":： ")))
            continue
        head = _UNKNOWN_HEAD.match(line.text)
        if head and tokens and tokens[-1].field in ("lead", "coop"):
            # “被督查单位：区自然资源局⏎督查事项：…”: a unit list never runs on into a “标签：值”
            # line, even one the vocabulary has no field for
            tokens.append(_Token("", field="ignore", label=head.group(1)))
            continue
        opinion = OPINION_SENTENCE.match(line.text)
        if opinion:
            tokens.append(_Token(opinion.group("point"), field="problem", label="审议意见", confidence=0.7))
            tokens.append(_Token("", field="measures", label="落实情况", confidence=0.7))
            continue
        if STATUS_SENTENCE.match(line.text):
            tokens.append(_Token(line.text, field="progress", label="整改情况", confidence=0.8))
            continue
        parts = _inner_label_cut(line.text)
        before = _heading(tokens[-1].text) if tokens and tokens[-1].field is None else None
        # a printed page wraps “4.受理编号：…反映问题：…。” and the rest of its paragraph
        # (“调查核实情况：…。处理和整改情况：…”) onto two lines: the second continues the item
        continues_item = before is not None and before.style in ("ar", "par", "pcn") and heading_no is None
        if len(parts) > 1 and (
            (heading_no is not None and heading_no.style in ("ar", "par", "pcn", "keyword"))
            or continues_item
            # “一、…问题。责任单位：…。整改时限：…”: a report's numbered paragraph that runs its labels
            # on after the problem's full stop (a section heading holds no labels after one)
            or (heading_no is not None and heading_no.style == "cn" and parts[0].rstrip().endswith("。"))
        ):
            # “1.关于…的问题。整改进展：…。（牵头单位：…）”, “问题1：…；责任单位：…；完成时限：…”: a
            # numbered item, then its fields after the full stop or semicolon in the same paragraph
            tokens.append(_Token(parts[0].strip(), heading=line.heading))
            for part in parts[1:]:
                found = _label_of(part.strip())
                if found is None:
                    tokens.append(_Token(part.strip(), heading=line.heading))
                else:
                    tokens.append(_Token(found[2], field=found[0], label=found[1], heading=line.heading))
            continue
        if len(parts) > 1 and tokens and tokens[-1].field not in (None, "ignore"):
            # “责任单位：⏎娄星区人民政府。配合单位：市水利局。整改时限：…” — a label's value wrapped
            # onto the next line with the paragraph's other labels after its full stop
            tokens.append(_Token(parts[0].strip(), heading=line.heading))
            for part in parts[1:]:
                found = _label_of(part.strip())
                if found is None:
                    tokens.append(_Token(part.strip(), heading=line.heading))
                    continue
                tokens.append(_Token(found[2], field=found[0], label=found[1], heading=line.heading))
            continue
        tokens.append(_Token(line.text, heading=line.heading))
    _work_content_as_task(tokens)
    return tokens


def _work_content_as_task(tokens: list[_Token]) -> None:
    """“一、整治内容⏎对X水库规范化建设⏎二、整治措施⏎1、…”: where the notice lists its steps under a
    measures label of their own, the 整治内容 above them names the work taken on — the task, read
    as the problem (a campaign list's 整治内容 with no other measures label stays its steps)."""
    for k, token in enumerate(tokens):
        if token.field != "measures" or not WORK_CONTENT_LABEL.match(token.label or ""):
            continue
        for later in tokens[k + 1 :]:
            if later.field in ("problem", "number") or (
                later.field == "measures" and WORK_CONTENT_LABEL.match(later.label or "")
            ):
                break
            found = _label_of(later.text) if later.field is None else None
            if found is not None and found[0] == "measures" and not WORK_CONTENT_LABEL.match(found[1]):
                # (“二、治施措施” under the content, kept as a sub-heading of its text: the label it is)
                later.field, later.label, later.text = "measures", found[1], found[2]
                later.guessed = found[1] not in LABEL_FIELD
            if later.field == "measures":
                token.field = "problem"
                break


# --- joining text ----------------------------------------------------------------------------


def _ends_sentence(text: str) -> bool:
    if not text:
        return True
    last = text[-1]
    return last in _SENTENCE_END or not re.match(rf"[{_CJK}，、；;：:,]", last)


def _join(lines: Iterable[_Token | _Line | str]) -> str:
    """Paragraphs joined; a line that continues a sentence cut by a page break is glued on."""
    out = ""
    previous_heading = False
    for item in lines:
        text = item if isinstance(item, str) else item.text
        heading = False if isinstance(item, str) else item.heading or getattr(item, "hard", False)
        text = text.strip()
        if not text:
            continue
        if not out:
            out = text
        elif (
            previous_heading
            or heading
            or _ends_sentence(out)
            or _heading(text) is not None
            # “✅已整改” on its line closes the item: the post's next paragraph is not its tail
            or _bare_status(out.rsplit("\n", 1)[-1])
        ):
            out += "\n" + text
        else:
            out += text
        previous_heading = heading
    return out.strip()


# A problem label opening a numbered item (“1.问题：…”, “2.存在问题：…”): the label is no part of the title.
_PROBLEM_LABELS = sorted(FIELD_LABELS["problem"], key=len, reverse=True)
_PROBLEM_LABEL_HEAD = re.compile(r"^(?:" + "|".join(map(re.escape, _PROBLEM_LABELS)) + r")\s*[:：]\s*")


def _title(problem: str) -> str:
    """The first sentence of the problem, whole (lists show `short_title`), without a labelled place
    clause at its end or a problem label at its start; a heading “关于X的问题” titles X."""
    found = FOUND_PROBLEMS.search(problem) or REPORTER_THEN_POINTS.search(problem)
    if found:
        problem = problem[found.end() :]
    sentences = (
        LIST_NUMBER_NOTE.sub("", ITEM_NUMBER.sub("", part)).strip(" ，,、:：")
        for part in re.split(r"[。；;！？!?\n]", problem)
    )
    # “1。…；2。…” (a complaint numbered with full stops): the bare numbers are no sentences
    first = next((part for part in sentences if part and not part.isdigit()), problem.strip())
    first = _PROBLEM_LABEL_HEAD.sub("", first) or first
    first = LIST_ITEM_LEAD.sub("", first) or first
    first = AREA_LABEL_HEAD.sub("", first) or first
    first = PLACE_NOTE.sub("", first) or first
    first = TRAILING_POINT_CODE.sub("", first) or first
    dated = DATED_CHECK_LEAD.match(first)
    if dated and len(first) > dated.end():
        # “10月9日督查发现，X，当面告知…，经10月11日“回头看”，问题已整改”: the problem is X, between the
        # check that found it and what the checkers did about it
        first = first[dated.end() :]
        outcome = CHECK_OUTCOME_CLAUSE.search(first)
        if outcome and outcome.start() >= 4:
            first = first[: outcome.start()]
    assigned = ASSIGNED_CLAUSE.search(first)
    if assigned and assigned.start() >= 4 and _looks_like_unit(assigned.group(1) or assigned.group(2)):
        # “…焚烧秸秆2处，由窝洛沽镇人民政府负责…，10月28日前处理完毕”: the problem ends where a
        # letter's item hands it to a unit
        first = first[: assigned.start()]
    about = ABOUT_PROBLEM.fullmatch(first) or LIST_SOURCE_QUOTED_PROBLEM.fullmatch(first)
    return about.group("name") if about else first


def _similar(a: str, b: str) -> bool:
    a, b = re.sub(r"\s", "", a), re.sub(r"\s", "", b)
    if not a or not b:
        return False
    return difflib.SequenceMatcher(None, a[:400], b[:400], autojunk=False).ratio() >= 0.6


# --- brackets and units ----------------------------------------------------------------------


def _strip_brackets(text: str) -> str:
    out: list[str] = []
    depth = 0
    for char in text:
        if char in "（(":
            depth += 1
        elif char in "）)" and depth:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


# Brackets a unit list may be written in; （ and ( count as one kind (documents mix them).
_UNIT_BRACKETS = {"）": "（(", ")": "（(", "〕": "〔", "]": "[［", "］": "[［", "】": "【"}


def _trailing_bracket(text: str) -> tuple[str, str] | None:
    """(text before, content) of a bracket closing the text, ignoring final punctuation.

    Only brackets of the closing kind are counted, so a stray “)” inside “[…不再列出)]” does
    not hide the list."""
    body = text.rstrip(" 。；;，,.、\n")
    if not body or body[-1] not in _UNIT_BRACKETS:
        return None
    opens = _UNIT_BRACKETS[body[-1]]
    closes = {close for close, kind in _UNIT_BRACKETS.items() if kind == opens}
    depth = 0
    for index in range(len(body) - 1, -1, -1):
        char = body[index]
        if char in closes:
            depth += 1
        elif char in opens:
            depth -= 1
            if depth == 0:
                return body[:index], body[index + 1 : -1].strip(" )）")
    return None


def _open_tail(text: str) -> tuple[str, str] | None:
    """(text before, content) of a bracket opened and never closed at the end of the text:
    “…完成。（县城管局牵头，各乡镇配合”."""
    depth, start = 0, None
    for index, char in enumerate(text):
        if char in "（(〔[【":
            depth += 1
            if depth == 1:
                start = index
        elif char in "）)〕]】" and depth:
            depth -= 1
    if depth == 0 or start is None:
        return None
    return text[:start], text[start + 1 :].strip(" 。；;，,\n")


def _bracket_balance(text: str) -> int:
    return sum(char in "（(〔[【" for char in text) - sum(char in "）)〕]】" for char in text)


def _join_split_brackets(tokens: list[_Token]) -> list[_Token]:
    """“…（县水利局牵头，” + “县生态环境分局配合）”: one task whose unit bracket runs over lines."""
    out: list[_Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        balance = _bracket_balance(token.text) if token.field is None else 0
        if balance > 0:
            parts, j = [token.text], k + 1
            while j < len(tokens) and j <= k + 3 and balance > 0:
                following = tokens[j]
                if following.field is not None or _heading(following.text) is not None:
                    break
                parts.append(following.text)
                balance += _bracket_balance(following.text)
                j += 1
            if balance == 0 and len(parts) > 1:
                out.append(_Token("".join(parts)))
                k = j
                continue
        out.append(token)
        k += 1
    return out


def _inner_brackets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level bracket inside the text, any kind of _UNIT_BRACKETS."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if any(char in opens for opens in _UNIT_BRACKETS.values()):
            stack.append((char, index))
        elif char in _UNIT_BRACKETS and stack and stack[-1][0] in _UNIT_BRACKETS[char]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, index + 1))
    return spans


_QUALIFIER = re.compile(r"[（(][^（）()]{1,8}[）)]")


def _collective_places(parts: list[str]) -> list[str]:
    """“各县、区人民政府” (相关市、县（区）人民政府) is one collective name, not 各县 and 区人民政府;
    so is a list opened by a bare 各… kind that is no unit itself (“各园区、镇（街道）党委、政府”)."""
    merged: list[str] = []
    # “各县（市、区）党委、政府”, “各市（地）党委、政府（行署）”: a short bracket qualifies the place
    # or body before it and does not make the list two names
    first, last = (_QUALIFIER.sub("", text).strip() for text in (parts[0], parts[-1]))
    for part in parts:
        opened = (
            re.fullmatch(r"\s*各[^、]{1,6}", first)
            # “各设区市党委、政府”: the bodies of every city, one collective name like the above
            and (not ORG_WORD.search(first) or COMMITTEE_END.search(first))
            and last in COLLECTIVE_LAST_BODIES
        )
        # “相关市、县（区）人民政府”, “有关县、区政府”: the same list of kinds, opened by 相关 / 有关
        if merged and (
            opened or re.fullmatch(r"\s*(?:各|相关|有关)[县市区乡镇](?:、[县市区乡镇])*\s*", merged[-1])
        ):
            merged[-1] = merged[-1].strip() + "、" + part.strip()
        else:
            merged.append(part)
    return merged


def _apart_at_labels(text: str) -> str:
    """A unit label after another one's units with nothing between (“牵头单位：A配合单位：B”, the
    cell's lines joined by a PDF) or a space (“主办单位：A 协办单位：B”) starts a line of its own."""
    labels = list(UNIT_LABEL_COLON.finditer(text))
    for position, match in reversed(list(enumerate(labels))):
        if match.start() == 0:
            continue
        before = text[match.start() - 1]
        # the first label only after a space: “A 责任单位：A，B” (a cell “牵头单位：A 责任单位：…”
        # whose first label the form took for its own) names A's role, not a unit “A责任单位”
        if before not in "\n，,；;。、" and (position or before in " \t\u3000"):
            text = text[: match.start()].rstrip(" \t\u3000") + "\n" + text[match.start() :]
    return text


def _unit_items(text: str, first_leads: bool = False) -> list[tuple[str, str | None]]:
    """Unit names with a role hint (lead / coop / None), split on 、，；, brackets kept.

    `first_leads`: a rule (排在前位的为牵头单位, here or earlier with 下同) says the first
    unit leads; when the list groups its units with “，” the whole first group leads."""
    first_leads = first_leads or FIRST_LEADS.search(text) is not None
    # the units carried over keep the role word they are named with (…具体落实 cooperate)
    text = CARRY_OVER.sub(
        lambda match: (
            "，" + match.group("units") + ("具体落实" if match.group("role") == "具体" else "") + "，"
        ),
        text,
    )
    text = NOT_UNITS.sub("", FIRST_LEADS.sub("", _apart_at_labels(text)))
    # “责任领导：局党组书记⏎牵头单位：…”: a leader's line in a unit cell names a person, no unit
    text = LEADER_LINE.sub("", text)
    items: list[tuple[str, str | None]] = []
    first_group = 0
    carried: str | None = None  # the role of a 责任单位 label after a 牵头 one, for its whole list
    for segment in split_top(text.replace("\n", "，"), "，,；;。"):
        segment = segment.strip(" \t:：")
        label = UNIT_LIST_LABEL.match(segment)
        segment_role: str | None = None if label else carried
        if label:
            carried = None
            name = label.group("label")
            lead_label = name.startswith(("牵头", "主办"))
            segment_role = "coop" if COOP_LIST_LABEL.search(name) else "lead" if lead_label else None
            if segment_role is None and name.startswith("责任") and any(role == "lead" for _, role in items):
                # “牵头单位：A 责任单位：A，B” in one cell: the bodies responsible beside the lead carry
                # the task out with it, as a 责任单位 label after a 牵头单位 one does (`_Bag.add_label`)
                segment_role = carried = "coop"
            segment = segment[label.end() :]
        elif segment.startswith("配合单位"):
            segment_role, segment = "coop", segment[4:]
        end = ROLE_AT_END.search(segment)
        if end and end.start() > 0:
            segment_role = role_of(end.group(1)) or segment_role
            if end.group(1) in CARRY_OUT_WORDS and any(role == "lead" for _, role in items):
                # “省环境保护厅牵头，汕头市政府、揭阳市政府负责”: after a unit that leads, a bare 负责
                # names the bodies that carry the task out under it, as 负责落实 does; so does
                # “…按照职责分工推进” (each doing its part under the lead)
                segment_role = "coop"
            segment = segment[: end.start()]
        names: list[tuple[str, str | None]] = []
        masked_last = False
        raws = [
            part for joined in _collective_places(split_top(segment, "、")) for part in _joined_units(joined)
        ]
        for k, raw in enumerate(raws):
            if MASKED_NAME_PART.fullmatch(raw.strip()):
                continue  # “（略）、兴安盟…”: a place a mirror masked whole names no unit one can read
            name, role = _unit_name(raw)
            if name:
                names.append((name, role))
                masked_last = k == len(raws) - 1 and MASKED_NAME_PART.match(raw.strip()) is not None
        if names and names[-1][1] == "lead_all":
            names = [(name, "lead") for name, _ in names]
        if masked_last and len(names) >= 2:
            # “…、兴安盟、（略）党委政府（行署）”: the last place masked, its bodies are the suffix the
            # places before it share; the masked place's own bodies name no unit one can read
            names = _expand_shared_suffix(names, bare_last=True)[:-1]
        names = _expand_shared_prefix(_expand_shared_suffix(names))
        items.extend((name, role if role is not None else segment_role) for name, role in names)
        if names and not first_group:
            first_group = len(items)
    if first_leads and items:
        lead_count = first_group if first_group < len(items) else 1
        items = [(name, "lead" if k < lead_count else "coop") for k, (name, _) in enumerate(items)]
    return items


def _joined_units(raw: str) -> list[str]:
    """“县住建局/县生态环境局”, “县住建局和县水利局”, “县生态环境局 县水利局” → the units; cut only
    where the text before reads as a unit, so 县住房和城乡建设局 stays whole."""
    parts: list[str] = []
    current, depth = "", 0
    for k, char in enumerate(raw):
        depth += char in OPEN_BRACKETS
        depth = max(depth - (char in CLOSE_BRACKETS), 0)
        rest = raw[k + 1 :].strip()
        # a body before the cut (局, 委, 政府 …): “园区和示范区管委会” is one, its 园区 a place
        left = _unit_name(current)[0]
        if depth == 0 and char in "/／和 \t" and rest and _looks_like_unit(left) and ORG_WORD.search(left):
            parts.append(current)
            current = ""
            continue
        if (
            depth == 0
            and char in " \t"
            and TOWN_NAME.fullmatch(left)
            and not rest.startswith((*BARE_BODIES, "办事处"))
            and _looks_like_unit(_unit_name(rest.split()[0])[0])
        ):
            # “南汇街道 房管鹿城分局”: a town or street office, a space, the next unit (a town names
            # no body word, yet it is one); “XX街道 办事处” stays one
            parts.append(current)
            current = ""
            continue
        same_level = (
            depth == 0
            and current[:1] != ""
            and current[0] in UNIT_LEVELS
            and char == current[0]
            and left.endswith("局")
        )
        # “县经济贸易局国土资源局”: the 、 between two units lost, the second without the level
        # (a 分局 or 支局 after a 局 is its branch: 市生态环境局龙安分局 stays one)
        same_level = same_level or (
            depth == 0
            and current[:1] in UNIT_LEVELS
            and current.endswith("局")
            and BARE_BUREAU.fullmatch(raw[k:].strip()) is not None
        )
        if same_level:
            # “市住房城乡建设局市农业农村局”: a cell's unit lines, printed without rules, joined as one
            # wrapped line; a body's name closed and the same level's next unit opening cut it
            parts.append(current)
            current = ""
        elif depth == 0 and EACH_PLACE.match(raw, k) and _looks_like_unit(left) and ORG_WORD.search(left):
            # “市农业农村局各县（市、区）人民政府”: a space between two units lost where a printed cell
            # wrapped; 各县 / 各区 … never goes on a body's name (市生态环境局各分局 stays one)
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    # “各县市党委和政府”: a bare body after 和 is the same place's, one collective name; so is
    # “黄骅市委和市政府”, the government of the city whose 市委 is named before the 和
    if any(part.strip() in BARE_BODIES for part in parts[1:]):
        return [raw]
    level = LEVEL_BODY.fullmatch(parts[-1].strip()) if len(parts) == 2 else None
    after_and = level is not None and raw.rstrip().endswith("和" + parts[-1].strip())
    if after_and and re.search(rf"{level.group(1)}(?:党)?委$", parts[0]):
        return [raw]
    if len(parts) > 1 and all(_looks_like_unit(_unit_name(part)[0]) for part in parts if part.strip()):
        return [part for part in parts if part.strip()]
    return [raw]


def _unit_name(raw: str) -> tuple[str, str | None]:
    name = re.sub(r"\s+", "", raw).strip("“”\"'`·.。，,:：")
    # “各成员单位〈以下简称各成员单位〉”: the short name the text goes on to use is a note, no part of it
    name = SHORT_NAME_NOTE.sub("", name)
    name = MASKED_NAME_PART.sub("", name) or name
    name = re.sub(r"等(?:单位|部门|相关单位|相关部门)?$", "", name)
    if name.startswith("由") and not name.startswith("由于") and _looks_like_unit(name[1:]):
        name = name[1:]  # “由县住建局负责”
    asked = UNIT_ASKED_IN_CELL.fullmatch(name)
    if asked and _looks_like_unit(asked.group("unit")):
        name = asked.group("unit")  # a unit column's “请市文明办协调解决”: the office asked to see to it
    role: str | None = None
    bracket = _trailing_bracket(name)
    if bracket is not None and bracket[0] and not re.match(r"含|包括", bracket[1]):
        # “各区政府（含北京经济技术开发区管委会）”: a bracket saying what the name covers stays
        before, content = bracket
        # “（牵头）”, “（责任人：张三）”: a role or a person in brackets, not part of the name
        if (
            re.search(r"牵头|负责|配合|参与|协助|分别|盖章|签章|责任人|联系人|联络员", content)
            or len(content) > 12
        ):
            name = before
            if "分别" in content and "牵头" in content:
                role = "lead_all"
            elif "牵头" in content:
                role = "lead"
            elif re.search(r"配合|参与|协助", content):
                role = "coop"
    end = ROLE_AT_END.search(name)
    if end and end.start() > 0:
        role = role or role_of(end.group(1))
        name = name[: end.start()]
    return name.strip(), role


def _expand_shared_suffix(
    names: list[tuple[str, str | None]], bare_last: bool = False
) -> list[tuple[str, str | None]]:
    """“湘潭县、湘乡市、雨湖区人民政府” → each with 人民政府; “示范区、园区管委会” likewise.
    `bare_last`: the last name is the shared bodies alone (its place was masked)."""
    if len(names) < 2:
        return names
    last = names[-1][0]
    # “沧州开发区、沧州高新区党工委和管委会”: both zones' 党工委 and 管委会, the pair shared whole
    pair = SHARED_BODY_PAIR.search(last)
    suffix = (
        pair.group(0)
        if pair and (pair.start() > 0 or bare_last)
        else next(
            (s for s in SHARED_SUFFIXES if last.endswith(s) and (len(last) > len(s) or bare_last)), None
        )
    )
    if suffix is None:
        return names
    expanded = []
    for name, role in names[:-1]:
        # a place's name (县, 旗 …), or a short name that is no body at all (“克什克腾”, the 旗 left
        # out as published), before the body the list's last name closes on
        bare_place = (
            (
                re.search(r"[县市区镇乡旗]$", name)
                or (BARE_PLACE_NAME.fullmatch(name) and not _looks_like_unit(name))
            )
            and not ORG_WORD.search(name)
            and len(name) <= 8
        )
        expanded.append((name + suffix if bare_place else name, role))
    return [*expanded, names[-1]]


def _expand_shared_prefix(names: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """“宿马园区党工委、管委会” → 宿马园区党工委, 宿马园区管委会: a bare body after a named one."""
    expanded: list[tuple[str, str | None]] = []
    for name, role in names:
        if name in BARE_BODIES and expanded:
            before = expanded[-1][0]
            body = next((b for b in BARE_BODIES if before.endswith(b) and len(before) > len(b)), None)
            if body is not None:
                name = before[: -len(body)] + name
        level = LEVEL_BODY.fullmatch(name)
        if level and expanded:
            # “宣城市委、市政府”: 市政府 is the government of the city just named
            place = re.fullmatch(rf"(?P<place>\S{{2,}}?){level.group(1)}(?:{BODIES})", expanded[-1][0])
            if place:
                name = place.group("place") + name
        expanded.append((name, role))
    return expanded


def _named_department(name: str) -> bool:
    """“郊区国土部门”: a department named by its place and field, not “相关部门” or “职能部门”."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{4,12}部门", name)) and not re.search(
        r"^(?:相关|有关|各|其他)|职能部门$|责任部门$|主管部门$", name
    )


def _looks_like_unit(name: str) -> bool:
    # “各镇（街道）”: a short bracket at the end qualifies the unit word before it
    return 2 <= len(name) <= 40 and bool(UNIT_SUFFIX.search(re.sub(r"[（(][^（）()]{1,6}[）)]$", "", name)))


def split_units(text: str | None) -> list[str]:
    """Unit names of a list such as “县住建局（县人防办）、县发改局，州生态环境局保靖分局等”."""
    return _dedupe(name for name, _ in _unit_items(text or ""))


def _assign_roles(items: list[tuple[str, str | None]], *, strict_lead: bool) -> tuple[list[str], list[str]]:
    if strict_lead:
        lead = [name for name, role in items if role != "coop"]
        coop = [name for name, role in items if role == "coop"]
    else:
        has_lead = any(role == "lead" for _, role in items)
        lead = [name for name, role in items if role == "lead" or (role is None and not has_lead)]
        coop = [name for name, role in items if role == "coop" or (role is None and has_lead)]
    lead = _dedupe(lead)
    return lead, [name for name in _dedupe(coop) if name not in lead]


def _unit_bracket(content: str, first_leads: bool = False) -> tuple[list[str], list[str], list[str]] | None:
    """(lead, cooperating, carried-over) when a bracket names responsible units, else None."""
    carried: list[str] = []
    match = CARRY_OVER.search(content)
    if match:
        carried = split_units(match.group("units"))
        content = (content[: match.start()] + content[match.end() :]).strip(" ，,。")
    if not re.search(r"牵头|负责|配合|参与|协助|协办|分工|责任单位", content):
        return None
    items = _unit_items(content, first_leads)
    # “（责任单位：马兰屯村，完成时限：…）”: names under a unit label are units by that label,
    # though a village or a 社区 has no unit word at its end
    labelled = bool(re.match(r"\s*(?:责任|牵头|主办|承办|配合|协办)单位\s*[:：]", content))
    if not items or (not labelled and sum(_looks_like_unit(name) for name, _ in items) * 2 < len(items)):
        return None
    lead, coop = _assign_roles(items, strict_lead=False)
    return lead, coop, carried


def _lenticular_units(text: str, content: str) -> tuple[list[str], list[str], list[str]] | None:
    """A 通报's item closing on 【县人社局、县发改局】: a bare list of units in black lenticular
    brackets names who must act (lead), with no role word. Only 【】 (a （…） after a problem is as
    often a note or an example), and only when every name looks like a unit."""
    if not text.rstrip(" 。；;，,.、\n").endswith("】"):
        return None
    names = split_units(content)
    if not names or not all(_looks_like_unit(name) for name in names):
        return None
    return names, [], []


def _dedupe(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))


# --- people ----------------------------------------------------------------------------------

_NAME_DASH = re.compile(r"—+|－+|-+")  # “张三—李四”: names in a list may also stand between dashes


def _starts_with_surname(text: str) -> bool:
    return text[:1] in SURNAMES or text[:2] in COMPOUND_SURNAMES


def _split_run_together(token: str, known: set[str]) -> list[str]:
    """“杨广何俊峰” → 杨广, 何俊峰 (names written without a separator)."""
    if len(token) <= 3 or (token[:2] in COMPOUND_SURNAMES and len(token) <= 4):
        return [token]
    for size in (3, 2):
        if token[:size] in known and len(token) - size >= 2:
            return [token[:size], *_split_run_together(token[size:], known)]
    if not _starts_with_surname(token):
        return [token]
    for size in (2, 3):
        rest = token[size:]
        if len(rest) >= 2 and _starts_with_surname(rest):
            tail = _split_run_together(rest, known)
            if all(2 <= len(name) <= 3 for name in tail):
                return [token[:size], *tail]
    return [token]


def _name_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    pieces = split_top(_strip_brackets(text), LIST_SEPARATORS + "/／")
    for piece in (bit for listed in pieces for bit in _NAME_DASH.split(listed)):
        parts = piece.split()
        if parts and all(len(part) == 1 for part in parts):
            parts = ["".join(parts)]  # “刘 华” is one name with a space
        for part in parts:
            name = re.sub(r"(等|同志)$", "", part.strip(" 。.：:“”\"'"))
            if len(name) >= 2 and re.fullmatch(rf"[{_CJK}·]+", name):
                tokens.append(name)
    return tokens


def split_names(text: str | None, known: set[str] | None = None) -> list[str]:
    """People's names of a list; titles in brackets dropped, run-together names split."""
    known = known or set()
    names: list[str] = []
    for token in _name_tokens(text or ""):
        names.extend(_split_run_together(token, known))
    return _dedupe(names)


def _people_with_titles(text: str, known: set[str]) -> list[ParsedPerson]:
    people: list[ParsedPerson] = []
    for item in split_top(text.replace("\n", "；"), "；;、"):
        item = item.strip(" 。.")
        if not item:
            continue
        match = re.match(
            r"^(?P<names>[^（(，,]+)\s*(?:[（(](?P<title>[^（）()]*)[)）])?\s*[，,]?\s*(?P<duty>.*)$", item
        )
        if match is None:
            continue
        title = (match.group("title") or "").strip() or None
        duty = match.group("duty").strip(" ，,。") or None
        if duty and not re.match(rf"^[{_CJK}]", duty):
            duty = None
        full_title = "，".join(part for part in (title, duty) if part) or None
        for name in split_names(match.group("names"), known):
            people.append(ParsedPerson(name, full_title))
    return people


# --- measures --------------------------------------------------------------------------------

# ⑴…⒇ and ⒈…⒛: Word's and WPS's one-glyph list numbers, written out as the numbers they show
_NUMBER_GLYPHS = {
    **{0x2474 + k: f"({k + 1})" for k in range(20)},
    **{0x2488 + k: f"{k + 1}." for k in range(20)},
}


def _split_inline_measures(line: _Token) -> list[_Token]:
    """“1.…。2.…。3.…” or “一是…；二是…” on one line → one line each, when the numbers run on;
    so “首先，…；其次，…；最后，…”."""
    if SEQUENCE_FIRST.match(line.text):
        cuts = [match.end() for match in SEQUENCE_NEXT.finditer(line.text)]
        if cuts:
            bounds = [0, *cuts, len(line.text)]
            pieces = [line.text[a:b].strip() for a, b in itertools.pairwise(bounds)]
            return [_Token(piece, heading=line.heading) for piece in pieces if piece]
    heading = _heading(line.text)
    if heading is None or heading.value is None or heading.style not in INLINE_NUMBERS:
        return [line]
    expected = heading.value + 1
    cuts: list[int] = []
    pattern = INLINE_NUMBERS[heading.style]
    mark = re.match(r"\s*\d{1,2}\s*([、．.])", line.text) if heading.style == "ar" else None
    if mark:
        # “1．巡查2．建账3．…”: nothing parts the items, but the same mark as the first number's
        pattern = re.compile(
            rf"{pattern.pattern}|(?<=[\u4e00-\u9fff])(\d{{1,2}}){re.escape(mark.group(1))}(?=[\u4e00-\u9fff])"
        )
    for match in pattern.finditer(line.text):
        number = next(group for group in match.groups() if group)
        value = _CIRCLED.index(number) + 1 if heading.style == "circle" else cn_number(number)
        if value == expected:
            cuts.append(match.start() + len(match.group(0)) - len(match.group(0).lstrip()))
            expected += 1
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    # a comma ran the items on (“1、巡查，2、建账”): it is not part of the item
    pieces = [line.text[a:b].strip().rstrip("，,") for a, b in itertools.pairwise(bounds)]
    return [_Token(piece, heading=line.heading) for piece in pieces]


def _measure_units(text: str) -> list[str]:
    units: list[str] = []
    bracket = _trailing_bracket(text)
    if bracket is not None:
        content = bracket[1]
        if re.search(r"单位|部门", content) and re.search(r"牵头|责任|配合", content):
            units.extend(name for name, _ in _unit_items(content))
        else:
            parsed = _unit_bracket(content)
            if parsed is not None:
                units.extend(parsed[0] + parsed[1])
    for match in MEASURE_UNIT_LINE.finditer(text):
        units.extend(split_units(match.group("units")))
    return units


# “——” (or “—”, “－－”) opening a line of a measures field: a measure of an unnumbered list
_DASH_BULLET = re.compile(r"^\s*(?:—{1,2}|－{2}|-{2})\s*(?=\S)")


def _parse_measures(lines: list[_Token]) -> list[ParsedMeasure]:
    # a measures value that only says none was written (“/”, “无”) holds no measure
    filled = [line for line in lines if line.text.strip() and not NOTHING_WRITTEN.match(line.text)]
    expanded = [part for line in filled for part in _split_inline_measures(line)]
    headings = [_heading(line.text) for line in expanded]
    lower_styles = {h.style for h in headings if h is not None and h.style not in ("cn", "pcn", "keyword")}

    def is_group(index: int) -> bool:
        h = headings[index]
        if h is None or h.style not in ("cn", "pcn") or not lower_styles:
            return False
        short = len(h.rest) <= 30 and not h.rest.rstrip().endswith(("。", "；", ";"))
        return expanded[index].heading or short

    groups = {index for index in range(len(expanded)) if is_group(index)}
    measure_style = next(
        (h.style for index, h in enumerate(headings) if h is not None and index not in groups), None
    )
    measures: list[ParsedMeasure] = []
    group: str | None = None
    group_units: list[str] = []
    fresh_group = False
    previous_heading = False
    for index, line in enumerate(expanded):
        h = headings[index]
        if index in groups and h is not None:
            group = h.rest.strip()
            group_units = [group] if _looks_like_unit(group) and len(group) <= 20 else []
            fresh_group, previous_heading = True, line.heading
            continue
        on_month = ITEM_ON_MONTH.match(line.text) if h is None and measure_style == "ar" else None
        if on_month and measures and measures[-1].number == str(int(on_month["num"]) - 1):
            h = _Heading("ar", on_month["num"], int(on_month["num"]), on_month["rest"].strip(), "")
        if h is not None and h.style == measure_style:
            measures.append(ParsedMeasure(h.num, h.rest, list(group_units), group))
            fresh_group, previous_heading = False, line.heading
            continue
        bullet = _DASH_BULLET.match(line.text) if measure_style is None else None
        if bullet:
            # “——加快…建设。” one under another: a dash opens each measure, as a number would
            count = sum(1 for m in measures if m.group == group) + 1
            measures.append(
                ParsedMeasure(str(count), line.text[bullet.end() :].strip(), list(group_units), group)
            )
            fresh_group, previous_heading = False, line.heading
            continue
        in_sequence = (
            measure_style is None
            and measures
            and SEQUENCE_LINE.match(line.text)
            and any(SEQUENCE_FIRST.match(m.text) for m in measures if m.group == group)
        )
        if not measures or fresh_group or in_sequence:
            # “其次，…” after a measure that opened “首先，…”: the next step, as a number would open it
            count = sum(1 for m in measures if m.group == group) + 1
            measures.append(ParsedMeasure(str(count), line.text, list(group_units), group))
            fresh_group, previous_heading = False, line.heading
            continue
        last = measures[-1]
        glue = (
            "\n" if (h is not None or previous_heading or line.heading or _ends_sentence(last.text)) else ""
        )
        last.text = (last.text + glue + line.text).strip()
        previous_heading = line.heading
    if (
        # one numbered step is enough after a line naming who oversees it (SUPERVISING_LEAD_IN)
        (len(measures) >= 3 or (len(measures) == 2 and SUPERVISING_LEAD_IN.match(measures[0].text)))
        and headings[0] is None
        and not _DASH_BULLET.match(expanded[0].text)  # a dash opens an item like the others
        and measures[0].group is None
        and all(m.group is None for m in measures)
        and _is_lead_in(measures[0].text)
    ):
        # “整改措施：筑牢…政绩观。” then 1.… 2.… 3.…: one sentence over numbered measures heads
        # them (kept as their group), it is not a measure of its own.
        lead = measures.pop(0).text.rstrip("。：:")
        for measure in measures:
            measure.group = lead
    for measure in measures:
        measure.units = _dedupe([*measure.units, *_measure_units(measure.text)])
    return [m for m in measures if m.text]


def _is_lead_in(text: str) -> bool:
    """One short sentence (no inner full stop or line break), ending the line."""
    body = text.strip().rstrip("。：:")
    return 0 < len(body) <= 40 and not re.search(r"[。；;\n]", body)


# --- categories ------------------------------------------------------------------------------


def guess_category(title: str, problem: str) -> str:
    """A first guess at the category from keywords (the import page lets the user correct it)."""
    best, best_score = "other", 0
    for name, words in CATEGORY_WORDS:
        score = sum(3 * title.count(word) + problem.count(word) for word in words)
        if score > best_score:
            best, best_score = name, score
    return best


# --- building findings -----------------------------------------------------------------------


# Fields whose value is a name, a list of names or a date: prose under them is no more of them.
_SHORT_VALUES = ("lead", "coop", "deadline", "leaders", "responsible", "liaison")


class _Bag:
    """Field values of one finding while reading: field → lines."""

    def __init__(self) -> None:
        self.fields: dict[str, list[_Token]] = {}
        self.labels: dict[str, str] = {}
        self.confidence: dict[str, float] = {}  # bag field → confidence of its column or label
        self.current: str | None = None
        # a table row's status cells, one per status column (整改结果 | 复查情况)
        self.status_cells: list[str] = []

    def has(self, name: str) -> bool:
        return any(token.text.strip() for token in self.fields.get(name, []))

    def text(self, name: str) -> str:
        return _join(self.fields.get(name, []))

    def add_label(self, token: _Token) -> None:
        name = token.field or "ignore"
        # “（牵头单位：A；责任单位：B；完成时限：…）” closing a task: the bracket is no part of the label
        label = (token.label or "").lstrip("（(")
        if (
            name == "lead"
            and self.has("lead")
            and not self.has("coop")
            and self.labels.get("lead", "").startswith("牵头")
            and not label.startswith(("牵头", "主责"))
        ):
            # “牵头单位：区发改局” then “责任单位：…”: the other units carry the task out with the
            # lead unit, as a 责任单位 column beside 牵头单位 does (plan_tables.header_columns)
            name = "coop"
        elif (
            name == "lead"
            and self.has("lead")
            and not self.has("coop")
            and self.labels.get("lead", "").startswith("责任")
            and label.startswith("牵头")
        ):
            # “责任单位 ⏎ A ⏎ … ⏎ 牵头部门 ⏎ B”: a form naming the unit doing the work before the office
            # leading it; B leads and A carries the task out with it, as in the other order above
            self.fields["coop"] = self.fields.pop("lead")
            self.labels["coop"] = self.labels.pop("lead")
            self.confidence["coop"] = self.confidence.pop("lead", 1.0)
        if token.guessed and self.current not in (None, *_NO_SUBHEADINGS) and self.has(name):
            # “（二）下一步工作安排：” inside measures already read: a sub-heading of the text, not
            # a second field (a listed label would end the field; a guess is not sure enough).
            # A unit list, a date or a number has no sub-headings: “责任单位⏎A、B⏎办理结果⏎已办结”
            # (a web form copied one cell a line) ends the units at the guessed label
            self.add_text(_Token(f"{token.label}：{token.text}" if token.text else token.label))
            return
        if (
            name == "lead"
            and self.labels.get("lead", "").startswith("被")
            and not label.startswith("被")
            and token.text.strip()
        ):
            # “被审计单位 | 武城县老城镇人民政府” then “整改责任单位 | 老城镇人民政府”: the body audited
            # stands in for the lead only until the form names the unit that must put it right (even
            # below the measures: that unit is no measure's own)
            del self.fields["lead"], self.labels["lead"], self.confidence["lead"]
        if (
            self.current == "measures"
            and name in ("lead", "coop", "deadline", "responsible")
            and self.has(name)
        ):
            # A unit or time limit written under one measure belongs to that measure.
            self.fields["measures"].append(_Token(f"{token.label}：{token.text}"))
            return
        if (
            name == "problem"
            and "problem" not in self.labels
            and CASE_CODE.fullmatch(self.text("problem").strip())
        ):
            # “一、受理编号X2FJ…” heads the case; the complaint is under its own label
            self.fields["problem"] = []
        # 牵头单位 / 责任单位 / 配合单位 one under another: the 责任单位 read as cooperating above,
        # and the 配合单位 join them
        joins = name == "coop" and self.has("coop") and not COOP_LABEL.search(self.labels.get("coop", ""))
        repeatable = ("progress", "result", "ignore", "remark", "measures")
        if self.has(name) and not joins and name not in repeatable:
            self.current = "_skip"  # the first value of a field wins
            return
        if name == "measures" and self.has("measures"):
            self.current = "_skip"
            return
        self.current = name
        if self.has(name):
            self.labels.setdefault(name, label)
        else:
            # “二、整改实施主体⏎牵头单位：A⏎责任单位：B”: a label with no value of its own heads the
            # labelled lines under it, and the first of them names the field (so that the next,
            # 责任单位 under 牵头单位, reads as the cooperating units)
            self.labels[name] = label
        self.confidence.setdefault(name, token.confidence)
        self.fields.setdefault(name, [])
        if token.text:
            self.fields[name].append(_Token(token.text, heading=token.heading, hard=token.hard or joins))

    def add_text(self, token: _Token) -> None:
        name = self.current or "problem"
        if name == "_skip":
            return
        values = self.fields.get(name, [])
        if name == "result" and values and not token.hard and _bare_status(values[-1].text):
            # “整改状态：已完成” says all a status says: the lines after it (“下一步，…”, 来源：…
            # under a 公众号 post) are the document's closing, not more of the status (a table
            # cell's lines, hard, are the statuses of the measures merged under one problem); so
            # does a status line under the result (“整改结果：已清运。⏎✅已整改”)
            self.current = "_skip"
            return
        if name in _SHORT_VALUES and values and CLOSING_PARAGRAPH.match(token.text):
            # “责任单位：街道网格化中心⏎下一步，街道将建立长效管理机制…”: the notice's closing
            # paragraph after its last item, no more of that item's units or date
            self.current = "_skip"
            return
        if (
            name in ("lead", "coop")
            and values
            and not token.hard
            and values[-1].text.rstrip().endswith("。")
            and re.search(r"[，,]", token.text)
            and len(token.text) >= 20
        ):
            # “责任单位：华龙区长庆办。⏎今年是我市…，上述责任单位要…”: the units closed by their full
            # stop, a paragraph of sentences after them is the notice's closing, no more units
            self.current = "_skip"
            return
        if name in ("lead", "coop") and values and not token.hard and CHECKED_COMPLAINT.match(token.text):
            # “责任单位：城关区政府⏎经现场核查，反映情况属实。⏎…”: the check's verdict under a case's
            # unit line opens what was found and done, no more units
            self.current = name = "progress"
            self.fields.setdefault(name, []).append(token)
            return
        if name in ("lead", "coop") and values and REPORT_REQUEST.match(token.text):
            # “四、责任单位⏎A牵头，B配合。⏎请于每月底前将整改进展报…”: the letter's closing request
            # for a report ends the units, it names no unit
            self.current = "_skip"
            return
        self.fields.setdefault(name, []).append(token)


def _done_status_cell(bag: _Bag) -> str | None:
    """Of two status cells (整改结果 | 复查情况: 已清理 | 已复查) the one saying done, when none says
    the finding is still open: each cell is its own verdict, not one run-on value."""
    cells = [cell.strip() for cell in bag.status_cells if cell.strip()]
    if len(cells) < 2 or any(OPEN_VALUES.fullmatch(cell) for cell in cells):
        return None
    return next((cell for cell in cells if is_completed_value(cell)), None)


def _bare_status(text: str) -> bool:
    """A status word and nothing else (已完成, 正在推进, 是): not a verdict sentence, which a
    following 意见建议 line may go on from."""
    text = text.strip()
    return len(text) <= 6 and (is_completed_value(text) or OPEN_VALUES.fullmatch(text) is not None)


_KEY_MARK = re.compile(r"^[★☆▲△◆◇]+\s*")


# A rolling phrase in quotes (按“长期坚持”的整改要求) names the time limit; bare in prose
# (“立即整改发现的问题”, “作为长期工作持续推进”) it only describes the work.
_ROLLING_IN_TEXT = re.compile(
    '[“"]('
    + "|".join(re.escape(p) for phrases in ROLLING_PHRASES.values() for p in phrases if len(p) > 2)
    + f')[”"](?!{PRINCIPLE_AFTER})'
)


# A bracket closing a measure this short (characters) is a note of its time limit, not a clause
_LIMIT_NOTE = 40


def _due_in_text(text: str) -> tuple[str, list[ParsedDeadline]] | None:
    """The deadline a measures or target text states, when no time-limit label gives one: the
    latest “…前” date, else a rolling phrase; plain years and periods (2022年至2023年) are not."""
    if not text:
        return None
    tail = _trailing_bracket(text)
    if (
        tail is not None
        and len(tail[1]) <= _LIMIT_NOTE
        and any("年" in m.group(0) for m in DUE_BY.finditer(tail[1]))
    ):
        noted = parse_deadline_field(tail[1])
        if any(d.date for d in noted) and any(d.date is None for d in noted):
            # “…限时完成整改工作。（立行立改，2023 年 12 月 31 日前完成）”: the measure's note of its time
            # limit names how soon and by which day, both, as a time-limit cell would
            return tail[1], noted
    dates: list[ParsedDeadline] = []
    for match in DUE_BY.finditer(text):
        if "年" not in match.group(0):
            continue  # “6月底前” alone has no year to date it
        dates.extend(d for d in parse_deadline_field(match.group(0)) if d.date)
    if dates:
        latest = max(dates, key=lambda d: d.date)
        return latest.text, [latest]
    rolling = _ROLLING_IN_TEXT.search(text) or _ROLLING_BRACKET.search(text)
    if rolling:
        found = parse_deadline_field(rolling.group(1))
        return (rolling.group(1), found) if found else None
    return None


def _names_time_limit(label: str) -> bool:
    """The measures' column or label also names the time limit (整改措施及完成时限, 措施及整改时限)."""
    return any(limit in label for limit in FIELD_LABELS["deadline"] if len(limit) >= 2)


def _limits_of_steps(text: str) -> list[ParsedDeadline]:
    """Every step's own limit in a measures text, in order, once each: the dated ones (with a year)
    and rolling phrases in brackets (“（长期坚持）”)."""
    found: list[ParsedDeadline] = []
    for step in text.split("\n"):
        dated = [
            d
            for match in DUE_BY.finditer(step)
            if "年" in match.group(0)
            for d in parse_deadline_field(match.group(0))
            if d.date
        ]
        rolling = _ROLLING_BRACKET.search(step)
        found.extend(dated or (parse_deadline_field(rolling.group(1)) if rolling else []))
    unique: list[ParsedDeadline] = []
    for deadline in found:
        if all((d.kind, d.date) != (deadline.kind, deadline.date) for d in unique):
            unique.append(deadline)
    return unique


# “…层层压实责任。（立行立改）”: a bracket holding rolling phrases alone annotates the measure's
# time limit, as a plan's task list writes it after each measure
_ROLLING_BRACKET = re.compile(
    "[（(]\\s*((?:{0})(?:[、，,]\\s*(?:{0}))*)\\s*[)）]".format(
        "|".join(re.escape(p) for phrases in ROLLING_PHRASES.values() for p in phrases if len(p) > 2)
    )
)


def _recheck_status(text: str) -> str | None:
    """The done word of a re-check clause (“经10月11日“回头看”，该处垃圾已清理，问题已整改”), unless
    the clause says the work is only partly done (“问题整改不彻底”, “问题未整改”)."""
    recheck = RECHECK_CLAUSE.search(text)
    if recheck is None or PARTLY_FIXED.search(recheck.group("state")):
        return None
    clauses = [part.strip() for part in re.split(r"[，,]", recheck.group("state"))]
    return next((clause for clause in clauses if is_completed_value(clause)), None)


def _full_rate_reached(progress: str | None, problem: str | None) -> str | None:
    """“…全区22个县控以上断面达标率100%。” under the task “县控以上断面水质达标率100%”: the year's
    account closes on the full rate the task asks for, reached."""
    task = FULL_RATE_TASK.search(problem or "")
    sentences = [s for s in re.split(r"[。；;]", progress or "") if s.strip()]
    if task is None or not sentences:
        return None
    reached = re.search(rf"{task['rate']}(?:为|达到|保持)?100%", sentences[-1])
    return reached.group(0) if reached else None


def _counted_done(progress: str | None, problem: str | None) -> str | None:
    """“2处广告牌已拆除。” under “违规设置广告牌2处”: as many things put right as were found."""
    counted = COUNTED_DONE.match((progress or "").strip())
    if counted and f"{counted['count']}{counted['unit']}" in re.sub(r"\s+", "", problem or ""):
        return counted.group(0)
    return None


_ROLLING_OPENING = re.compile(rf"^\s*({ROLLING_WORDS})[，,。；;]")
_ROLLING_CLOSING = re.compile(
    rf"(?:^|[。；;，,])\s*((?:{ROLLING_WORDS})(?:[、，,](?:{ROLLING_WORDS}))*)[。]?\s*$"
)


def _due_in_requirement(text: str) -> tuple[str, list[ParsedDeadline]] | None:
    """The deadline a requirement text gives: a date followed by 整改到位 / 完成, else a rolling
    phrase it opens or closes with (“立即整改，出台…”); a goal's date (“…前，达到…”) is not one."""
    # (“2024年年底前完成95%…；2025年年底前全面完成整治…”: work finished in steps is due by the last)
    dues = [m.group(0) for m in DUE_TO_FINISH.finditer(text)]
    if dues:
        return _due_in_text("；".join(dues))
    # or one it closes with, alone in its last clause (“…开展联合执法，立即整改。”, “…，长期坚持。”)
    rolling = _ROLLING_OPENING.match(text) or _ROLLING_CLOSING.search(text.strip())
    if rolling:
        found = parse_deadline_field(rolling.group(1))
        return (rolling.group(1), found) if found else None
    return None


# “要求：（1）…；（2）…”: numbered steps announced by a colon inside a task's text
_ANNOUNCED_INLINE_STEPS = re.compile(r"[：:]\s*((?:1[.、．]|（1）|\(1\)|①).+)$", re.S)


def _finding_from_bag(
    bag: _Bag,
    *,
    number: int,
    label: str,
    section: str | None,
    part: int,
    known: set[str],
    heading_source: str = "标题",
) -> ParsedFinding | None:
    problem = bag.text("problem")
    quoted = QUOTED_PROBLEM.search(bag.text("progress"))
    if quoted and "problem" not in bag.labels and (not problem or SECTION_TITLE.search(problem)):
        # “一、…整改情况” over labels, the problem only quoted in the progress: “…指出，“…”问题”
        problem = quoted.group(1)
    target = bag.text("target") or None
    measures = _dated_steps(_parse_measures(bag.fields.get("measures", [])))
    if not measures and "要求" in bag.labels.get("target", "") and target and STEP_LIST.match(target):
        # “整改要求：1.对…排查；2.完成…建设”: a requirement written as numbered steps, with no measures
        # label beside it, lists what the unit must do: its measures
        measures = _parse_measures(bag.fields.get("target", []))
    if not measures and re.search(r"措施(?:及|和|与)", bag.labels.get("progress", "")):
        # “二、整改措施及完成情况” over （一）…（二）…（三）…: the label names the measures and their
        # completion, so the numbered steps are the measures too (the text stays the progress);
        # “整改措施完成情况” names only the completion
        steps = _numbered_from_one([t.text for t in bag.fields.get("progress", [])])
        if len(steps) < 2:
            # “一是…；二是…；三是…。截至目前，…” run on in one paragraph under “二、整改措施及进展”
            steps = _counted_in_words(
                [t for token in bag.fields.get("progress", []) for t in _split_inline_measures(token)]
            )
        if len(steps) >= 2:
            # (“整改措施2：…” read as “2.…”, so each labelled step is a measure of its own)
            steps = [LABELLED_STEP.sub(r"\1.", step, count=1) for step in steps]
            measures = _parse_measures([_Token(step, hard=True) for step in steps])
    task_lines = [t.text for t in bag.fields.get("problem", [])]
    if not measures and "problem" not in bag.labels and bag.has("lead") and len(task_lines) >= 3:
        # “（三）分类整治 ↵ 按照…的要求，对…实施分类整治。↵ 1.… ↵ 2.… ↵ 牵头单位：…”: a work plan's
        # task named in a short heading, its units on labelled lines, lists its steps as numbered
        # lines under the task's text: they are its measures
        steps = _numbered_from_one(task_lines[2:])
        short_heading = len(_strip_brackets(task_lines[0])) <= 20
        if len(steps) >= 2 and short_heading and not STEP_MARK.match(task_lines[1]):
            measures = _parse_measures([_Token(step, hard=True) for step in steps])
    announced = _ANNOUNCED_INLINE_STEPS.search(bag.text("problem"))
    if not measures and "problem" not in bag.labels and bag.has("lead") and announced:
        # “…落实扬尘防治要求：（1）…；（2）…；（3）…。”: the same task's steps run on inline after a colon
        steps = _split_inline_measures(_Token(announced.group(1).strip(), hard=True))
        if len(steps) >= 2:
            measures = _parse_measures(steps)
    if problem:
        # “第三轮省级环保督察反馈问题指出，莒南县存在…”: who pointed it out is no part of the problem
        # (a label-like “督察指出：…” opening stays, as the problem's own wording)
        problem = POINTED_OUT_COMMA.sub("", problem, count=1)
        problem = PLAN_QUOTED_PROBLEM.sub(r"\1", problem, count=1)
        if "反映" in bag.labels.get("problem", ""):
            # “反映人反映的问题” ↵ “反映郭野冲村…”: the label's verb said again before what was reported
            problem = REPORTED_VERB_OPENING.sub("", problem, count=1)
    if not problem:
        problem = target or (measures[0].text if measures else "")
    # “★地区生产总值增长15%”: the star marks a key task, it is not part of the task's text
    problem = _KEY_MARK.sub("", problem)
    if not problem:
        return None
    deadline_text = (
        "\n".join(t.text.strip() for t in bag.fields.get("deadline", []) if t.text.strip()) or None
    )
    lead_label = bag.labels.get("lead", "")
    lead_written = bag.text("lead")
    if (
        lead_label in STRICT_LEAD_LABELS
        and lead_label.startswith("牵头")
        and UNIT_LABEL_COLON.search(lead_written)
    ):
        # “牵头部门（责任单位）｜牵头单位：A 责任单位：A，B”: the cell's first label read as the
        # field's own; the cell's other label names the rest by the lead, so read the cell whole
        lead_written = f"{lead_label}：{lead_written}"
    lead_items = _unit_items(lead_written)
    lead, coop = _assign_roles(lead_items, strict_lead=lead_label in STRICT_LEAD_LABELS)
    coop = [name for name in _dedupe([*coop, *split_units(bag.text("coop"))]) if name not in lead]
    unit_clause = None
    heading_units = None
    units_where = "问题后括号"
    lead_text = bag.text("lead").strip()
    # the bracket broke at a line's end before its second unit label read as a field of its own
    # (“…（牵头单位：A、B；” ↵ “责任单位：C）”, a printed page's line): one bracket again
    broken_lead = (
        bag.has("lead") and not bag.has("coop") and lead_text.endswith(("）", ")")) and _open_tail(problem)
    )
    if not bag.has("lead") or broken_lead:
        # “1.问题。（牵头单位：A；配合单位：B、C）” over 整改时限： / 整改进展： lines: the problem's own
        # closing bracket names the units, as it does in a numbered task list
        bracket = _trailing_bracket(problem) if not bag.has("coop") and not broken_lead else None
        coop_text = bag.text("coop").strip()
        if bracket is None and broken_lead:
            tail = _open_tail(problem)
            bracket = (tail[0], f"{tail[1]}；{bag.labels.get('lead', '责任单位')}：{lead_text[:-1]}")
        if bracket is None and coop_text.endswith(("）", ")")) and (tail := _open_tail(problem)):
            # the bracket broke at a line's end (“…（牵头单位：A；” / “配合单位：B）”): one bracket again
            bracket = (tail[0], f"{tail[1]}；{bag.labels.get('coop', '配合单位')}：{coop_text[:-1]}")
        # “（责任单位：A，B；整改时限：2022年10月底前）”: the bracket's time limit is no unit
        content, due = _bracket_deadlines(bracket[1]) if bracket else ("", "")
        heading_units = _unit_bracket(content) if bracket else None
        if heading_units and (heading_units[0] or heading_units[1]):
            lead, coop = heading_units[0], [n for n in heading_units[1] if n not in heading_units[0]]
            problem = bracket[0].rstrip()
            if due and not deadline_text:
                deadline_text = due
        else:
            heading_units = None
    progress_text = bag.text("progress")
    if not lead and not coop and not bag.has("lead") and not bag.has("coop"):
        # “整改进展：…已完成整改。（牵头单位：A，配合单位：B；完成时限：…）”: a 通报 puts the units'
        # bracket after the progress, where a list puts it after the problem
        tail = _trailing_bracket(progress_text)
        content, due = _bracket_deadlines(tail[1]) if tail else ("", "")
        units = _unit_bracket(content) if tail else None
        if tail and units and (units[0] or units[1]):
            lead, coop = units[0], [n for n in units[1] if n not in units[0]]
            progress_text = tail[0].rstrip()
            heading_units, units_where = units, "进展后括号"
            if due and not deadline_text:
                deadline_text = due
    if not lead and not coop and not bag.has("lead") and not bag.has("coop"):
        # “整改情况：区生态环境局牵头、青浦工业园区配合，对…”: with no unit label, a progress or
        # measures text that opens by naming who leads names the units
        unit_clause = next(
            (m for m in (UNIT_CLAUSE.search(bag.text(name)) for name in ("progress", "measures")) if m), None
        )
        if unit_clause is None and "要求" in bag.labels.get("target", ""):
            # “整改要求：零陵区人民政府要对照…”: a requirement addressed to one unit names who leads
            unit_clause = UNIT_MUST.match(target or "")
        if unit_clause is None:
            unit_clause = UNIT_BY.match(bag.text("measures"))
        if unit_clause is None:
            unit_clause = HANDED_TO.search(bag.text("progress"))
        if unit_clause is None:
            # “…，由章华镇人民政府实施，…”: a petition's handling names the body that carries it out
            unit_clause = CARRIED_OUT_BY.search(bag.text("progress"))
        items = _unit_items(unit_clause.group("units")) if unit_clause else []
        if items and all(_looks_like_unit(name) for name, _ in items):
            lead, coop = _assign_roles(items, strict_lead=False)
            lead = _split_joined(lead)
        else:
            unit_clause = None
        if not lead and not coop:
            # “1、责成郊区国土部门对…依法查处。 2、责成郊区政府加强…”: the units the handling charges
            handling = bag.text("progress")
            charged = list(
                dict.fromkeys(
                    [m.group("unit") for m in CHARGED_IN_HANDLING.finditer(handling)]
                    + [
                        name
                        for m in CHARGED_TOGETHER.finditer(handling)
                        for name in m.group("units").split("、")
                    ]
                )
            )
            if charged and all(_looks_like_unit(name) or _named_department(name) for name in charged):
                lead = charged
        if not lead and not coop:
            # “6月27日，A、B已将垃圾全部清理”: with no unit column, the bodies that did the work lead
            done_by = list(
                dict.fromkeys(
                    name
                    for m in DONE_BY_IN_HANDLING.finditer(bag.text("progress"))
                    for name in m.group("units").split("、")
                )
            )
            if done_by and all(_looks_like_unit(name) for name in done_by):
                lead = done_by
    if not lead and not coop and not bag.has("lead") and not bag.has("coop"):
        # “该问题由A牵头，B、C配合，整改时限为…”: the problem paragraph of a one-problem report
        assigned = ASSIGNED_IN_PROBLEM.search(problem or "")
        items = _unit_items(assigned.group("units")) if assigned else []
        if items and all(_looks_like_unit(name) for name, _ in items):
            lead, coop = _assign_roles(items, strict_lead=False)
    if not lead and not coop and not bag.has("lead") and not bag.has("coop"):
        # “整改要求：由包片单位县气象局负责清除。”, “整改措施：（1）由A负责…。（2）由B负责…”: a patrol
        # 通报's line handing the problem over names the units that lead, one a step or clause
        asked = target if "要求" in bag.labels.get("target", "") else ""
        lead = _units_handed(asked) or _units_handed(bag.text("measures"))
        area = AREA_LABEL_HEAD.match(problem or "")
        if not lead and area and _looks_like_unit(area.group("unit")):
            lead = [area.group("unit")]  # “物价局片区：…” and no one named: the area's unit
    if not lead and not coop and not bag.has("lead") and not bag.has("coop"):
        # “请三山区开展现场调查，并将处理情况在群里报告。” under an exposure notice's labels: the one body
        # asked to look into the problem leads (before the enterprise the notice names)
        lines = [line for name in ("target", "progress", "measures") for line in bag.text(name).split("\n")]
        asked = next((m for m in map(INQUIRY_REQUESTED.match, lines) if m), None)
        if asked:
            lead = [asked.group("unit")]
    if not lead and not coop and bag.has("subject"):
        # an 整改意见书 to one enterprise (企业名称：…) and no unit label: the enterprise it is
        # addressed to puts things right
        lead = [bag.text("subject").strip().rstrip("。")]
    progress_parts = [progress_text, bag.text("result")]
    progress = "\n".join(part for part in progress_parts if part) or None
    result = bag.text("result")
    # the verdict refuses the write-off (暂不销号, 阶段性办结): steps done in the progress do not close it
    refused = any(REFUSED_VERDICT.fullmatch(clause.strip()) for clause in re.split(r"[，,；;。\n]", result))
    marker = (
        None
        if refused
        else (
            completion_marker(deadline_text)
            # a time-limit column holding the state instead of a date (达标期限：已完成): done
            or (
                f"{bag.labels.get('deadline', '')}：{deadline_text.strip()}".lstrip("：")
                if deadline_text and is_completed_value(deadline_text)
                else None
            )
            or completion_marker(result)
            # a status column whose whole value says done: 是否完成：是, 整改状态：已完成
            or (
                f"{bag.labels.get('result', '')}：{result}".lstrip("：")
                if is_completed_value(result)
                else None
            )
            or _done_status_cell(bag)
            or completion_marker(progress)
            or _counted_done(progress, problem)
            or _full_rate_reached(progress, problem)
            # “已清运建筑垃圾约20车，整改完毕。”: the progress's last clause says the work is finished
            or (
                done.group(0).strip("，,；; 。.")
                if progress and (done := DONE_CLOSING.search(progress))
                else None
            )
            # a progress cell holding only a status word (整改情况：已整改), as lists of spot checks have;
            # of two progress columns (至8月10日进展 | 最新进展) the latest, written last, is the state now
            or (
                progress_only
                if (progress_only := bag.text("progress").strip().split("\n")[-1].strip())
                and is_completed_value(progress_only)
                and (len(progress_only) <= 6 or CLOSED_STATE.fullmatch(progress_only))
                else None
            )
            # “整改进展情况：已经完成，长期坚持。”
            or (
                STATUS_OPENING.match(progress).group(1)
                if progress and STATUS_OPENING.match(progress)
                else None
            )
        )
    )
    if deadline_text and is_completed_value(deadline_text) and not parse_deadline_field(deadline_text):
        # the state alone (达标期限：已完成), read above, not a limit the date reader failed on;
        # “2021年12月31日（已完成整改并上报销号）” keeps its date
        deadline_text = None
    if marker is None and not refused and not bag.has("result"):
        # “…，经10月11日“回头看”，问题已整改。”: a 督查 item that tells in its own sentence how the problem
        # stood when the checkers came back
        marker = _recheck_status(problem)
    # “备注：已完成整改，待验收销号”: a remark that says the row is done, when nothing else does
    remark = bag.text("remark")
    # a 备注 column holding the status itself (“已完成”, “已完成，长期坚持”): done when every value in it
    # says so — a problem merged over measure rows, one “序时推进” among them, is not
    remark_lines = [line.strip() for line in remark.split("\n") if line.strip()]
    remark_done = (
        next(iter(remark_lines)) if remark_lines and all(map(is_completed_value, remark_lines)) else None
    )
    from_remark = marker is None and (completion_marker(remark) or remark_done) is not None
    marker = marker or (None if refused else completion_marker(remark) or remark_done)
    written_in = None
    closing = bag.text("closing")
    if closing and bag.labels.get("closing") == "整改完成时间" and re.search(r"前|计划|力争|预计", closing):
        # “整改完成时间：2022年底前” in a plan's table says when it is due, not when it was done
        if not deadline_text:
            deadline_text, written_in = closing, bag.labels.get("closing")
        closing = ""
    deadlines = parse_deadline_field(deadline_text)
    within = WITHIN_DAYS.search(deadline_text or "")
    issued = [d for d in parse_deadline_field(bag.text("issued")) if d.date]
    if not deadlines and within and issued:
        # “整改时限：限期30日内” on a sheet with its 下达日期: due that many days after it was handed down
        due = issued[0].date + timedelta(days=cn_number(within.group(1)) or 0)  # type: ignore[operator]
        deadlines = [ParsedDeadline(kind="date", date=due, text=deadline_text or "")]
    if not deadline_text and not bag.labels.get("deadline"):
        # “整改目标：…达标排放（整改时限：2023年12月31日前）”: the time-limit label in brackets
        # inside another field's value
        for name in ("target", "problem", "measures"):
            bracketed = BRACKETED_LIMIT.search(bag.text(name))
            if bracketed and parse_deadline_field(bracketed.group(1)):
                deadline_text, written_in = bracketed.group(1), "括注的整改时限"
                deadlines = parse_deadline_field(deadline_text)
                break
    if not bag.labels.get("deadline"):
        # “（…批准同意问题整改时限延期至2025年6月底）” in the target: the limit as moved, which replaces
        # any other date the finding's text gives
        for name in ("target", "problem", "progress"):
            extended = EXTENDED_LIMIT.search(bag.text(name))
            if extended and parse_deadline_field(extended.group("limit")):
                deadline_text, written_in = extended.group("limit"), "延期后的时限"
                deadlines = parse_deadline_field(deadline_text)
                break
    heading_text = (bag.fields.get("problem") or [_Token("")])[0].text.strip().rstrip("。；;，,")
    heading_limit = HEADING_LIMIT.search(heading_text) if "problem" not in bag.labels else None
    if heading_limit and not parse_deadline_field(heading_limit.group("limit")):
        heading_limit = None
    if not deadline_text and not bag.labels.get("deadline") and heading_limit:
        deadline_text, written_in = heading_limit.group("limit"), "标题中的时限"
        deadlines = parse_deadline_field(deadline_text)
    if not deadline_text and not bag.labels.get("deadline"):
        # no time-limit label: a due date (“…前”) or a quoted rolling phrase in the measures
        # (“2019年9月30日前，完成…”, 按“长期坚持”的整改要求) is the deadline. Not the target's
        # date: “2025年12月31日前，收集率达到70%” states the goal, and the corpus records none.
        found = _due_in_text(bag.text("measures"))
        if found and _names_time_limit(bag.labels.get("measures", "")):
            # 整改措施及完成时限: the column is the time limits' too, each measure's date (“…（2017年
            # 3月31日前）”, “（长期坚持）”) a limit of the finding, as rows of one measure each give theirs
            every = _limits_of_steps(bag.text("measures"))
            found = ("；".join(d.text for d in every), every) if every else found
        if found:
            deadline_text, deadlines, written_in = found[0], found[1], "措施中的时间"
    if not deadline_text and not bag.labels.get("deadline"):
        # a requirement column (工作要求：“…2018年12月31日前整改到位…”, “立即整改，…”) that says
        # when the work is due; a target's goal date (“…前，收集率达到70%”) is not one
        found = _due_in_requirement(target or "")
        if found:
            deadline_text, deadlines, written_in = found[0], found[1], "要求中的时限"
    if not deadline_text and not bag.labels.get("deadline") and target:
        # “2017年底前，将…区域剔除。…在2020年前退出。”: the dates the target gives acts to be done by
        # (not a state to be reached), every one a limit of the finding
        acts = [
            m.group("due") or m.group("exit") or m.group("clause") or m.group("drawn")
            for m in DUE_ACT.finditer(target)
        ]
        found = _due_in_text("；".join(acts)) if acts else None
        if found and all(d.date for d in found[1]):
            deadline_text, deadlines, written_in = found[0], found[1], "要求中的时限"
    task_target = not bag.has("problem") or "任务" in bag.labels.get("target", "")
    if not deadline_text and not bag.labels.get("deadline") and task_target and target:
        # no problem column (内容和目标 “完成…工程，2016年12月底前投入运行”), or a column of the tasks
        # under a project's name (具体任务及目标): the target is the task itself, so the date it is to
        # be finished by is when it is due
        found = _due_in_text(target)
        if found and all(d.date for d in found[1]):
            deadline_text, deadlines, written_in = found[0], found[1], "任务中的时间"
    if (
        not deadline_text
        and not bag.labels.get("deadline")
        and "problem" not in bag.labels
        and "牵头" in bag.labels.get("lead", "")
    ):
        # a plan's numbered task over a 牵头单位： line (“1. 深入开展城市黑臭水体整治。2018年10月底前，
        # 县城建成区全面消除黑臭水体…”): the heading is the task, the date it is to be done by its limit
        found = _due_in_text(heading_text)
        if found and all(d.date for d in found[1]):
            deadline_text, deadlines, written_in = found[0], found[1], "任务中的时间"
    if not deadline_text and not bag.labels.get("deadline") and not marker and progress:
        # an open finding whose progress plans a date (“其余5家计划于2024年6月底前完成”, “计划2026年5月
        # 底前建成”) and has no time limit of its own: that date is when it is due
        planned = PLANNED_BY.search(progress)
        found = _due_in_text(planned.group(0)) if planned else None
        if found and all(d.date for d in found[1]):
            deadline_text, deadlines, written_in = found[0], found[1], "进展中的计划时间"
        elif (yearless := PLANNED_BY_YEARLESS.search(progress)) is not None:
            # “正在清理，计划12月31日前完成” in a dated notice: the year is the notice's, supplied
            # by `_date_by_the_plans_year` as for a yearless time limit
            deadline_text, deadlines, written_in = yearless.group(1), [], "进展中的计划时间"
    if not deadline_text and not bag.labels.get("deadline") and progress:
        # “…在2017年10月30日前同步退出生猪养殖…”: a handling that sets the dated day the work is to be
        # finished by gives the limit, the latest such day, whether or not the case is closed since;
        # a farmer's “自愿于…底将…处理” is read as by that day (前)
        days = (
            m.group(1) or m.group(2).removesuffix("前") + "前"
            for m in LIMIT_SET_IN_HANDLING.finditer(progress)
        )
        found = _due_in_text("；".join(days))
        if found and all(d.date for d in found[1]):
            deadline_text, deadlines, written_in = found[0], found[1], "处理情况中的时限"
    if not deadline_text and not bag.labels.get("deadline") and progress:
        # “…实现废水循环利用，整改时限2017年10月31日。”: the time limit stated inside the progress
        stated = LIMIT_IN_TEXT.search(progress)
        found = parse_deadline_field(stated.group(1)) if stated else []
        if found and all(d.date for d in found):
            deadline_text, deadlines, written_in = stated.group(1), found, "进展中的整改时限"
    if not deadline_text and not bag.labels.get("deadline") and problem:
        # “…由A牵头，B配合，整改时限为2024年12月31日。”: the limit the problem paragraph states
        stated = LIMIT_IN_TEXT.search(problem)
        found = parse_deadline_field(stated.group(1)) if stated else []
        if found and all(d.date for d in found):
            deadline_text, deadlines, written_in = stated.group(1), found, "问题中的整改时限"
    closing_rolling = _ROLLING_CLOSING.search(progress_text or "")
    if not deadline_text and not bag.labels.get("deadline") and closing_rolling:
        # “…建立动态评估机制。持续推进。”, “…正在组织回填，立行立改。”: a progress text whose last
        # clause is a rolling phrase alone says how long the work goes on
        deadline_text, written_in = closing_rolling.group(1), "进展中的状态"
        deadlines = parse_deadline_field(deadline_text)
    opening = STATUS_OPENING.match(progress or "") or STATUS_THEN_ROLLING.match(progress or "")
    if not deadline_text and opening:
        # “已经完成，长期坚持。”: the status sentence also says the finding is kept up for good
        sentence = re.split(r"[。；;\n]", progress or "")[0]
        rolling = [d for d in parse_deadline_field(sentence) if d.kind != "date"]
        if rolling:
            deadline_text, deadlines = sentence, rolling
    applied = parse_deadline_field(bag.text("applied"))
    applied_on = next((d.date for d in applied if d.date), None)
    closed = not marker and not refused and any(d.date for d in parse_deadline_field(closing))
    if closed:
        # “拟办结销号时间：2020年11月28日”: a closure notice dates the write-off, so it is done
        marker = f"{bag.labels.get('closing', '')}：{closing}"
    title = _title(problem)
    site_lines = [line.strip() for line in problem.strip().split("\n")]
    if SITE_NAME_COLUMN.match(bag.labels.get("problem", "")) and all(
        BRACKETED_WHOLE.fullmatch(line) for line in site_lines[1:]
    ):
        # a site's name (水体名称 “大门镇政府南50m;上街村村委会西15m”, the two ends of one ditch):
        # the name whole is the title, not cut at its semicolon as a sentence would be; its bounds
        # in brackets on the line below (“内城河 ↵ （上水关-下水关）”) are part of the name
        title = "".join(site_lines)
    raised = RAISED_QUOTED_PROBLEM.search(problem) if "problem" in bag.labels else None
    if raised:
        # “整改问题：…督察组…提出了有关“X”等方面共性问题”: the point quoted is the problem, not the
        # account of the inspection around it
        title = _title(raised.group("problem"))
    category, _, below = problem.partition("\n")
    item = _heading(below.split("\n", 1)[0].strip()) if below and "problem" not in bag.labels else None
    if item is not None and item.style == "circle" and INLINE_CATEGORY.match(category.strip().rstrip("。")):
        # “（2）住房安全方面。 ↵ ①有的…”: a heading naming only its category over a circled item:
        # the item names the problem
        title = _title(item.rest)
    name = category.strip()
    if (
        item is not None
        and item.style == "par"
        and item.value == 1
        and len(name) <= 20
        and not re.search(r"[，,。；;：:、]", name)
        and not FAULT.search(name)
        and FAULT.search(item.rest)
    ):
        # “1. 市科技馆 ↵ （1）院内电动车未按指定区域停放；↵ （2）…”: a point named by its place alone over
        # its problems numbered （1）…: the first problem is the title, the place stays in the text
        title = _title(item.rest)
    if heading_limit and written_in == "标题中的时限" and title.endswith(heading_limit.group(0)):
        title = title[: -len(heading_limit.group(0))].rstrip()  # the limit read, the task's name stays
    heading_line = (bag.fields.get("problem") or [None])[0]
    about = ABOUT_PROBLEM.fullmatch(heading_line.text.strip()) if heading_line else None
    if about and "problem" not in bag.labels:
        # the heading line is whole even when the next line was glued on as a continuation
        title = about.group("name")
    finding = ParsedFinding(
        number=number,
        label=label,
        title=title,
        problem=problem,
        target=target,
        deadline_text=deadline_text,
        deadlines=deadlines,
        lead_units=lead,
        cooperating_units=coop,
        leaders=split_names(bag.text("leaders"), known),
        responsible_persons=_people_with_titles(bag.text("responsible"), known),
        liaisons=split_names(bag.text("liaison"), known),
        measures=measures,
        progress=progress,
        status="completed" if marker or applied_on else None,
        marker=marker or ("提交整改验收销号申请" if applied_on else None),
        applied_on=applied_on,
        section=section,
        part=part,
        category=guess_category(title, problem),
    )
    if closed:
        finding.sources["status"], finding.confidence["status"] = bag.labels.get("closing", ""), 0.9
    if from_remark:
        finding.sources["status"], finding.confidence["status"] = bag.labels.get("remark", ""), 0.8
    _record_sources(finding, bag, heading_source)
    if written_in in ("措施中的时间", "进展中的计划时间", "进展中的整改时限", "要求中的时限", "任务中的时间"):
        finding.sources["deadlines"], finding.confidence["deadlines"] = written_in, 0.7
    elif written_in:
        finding.sources["deadlines"] = written_in
    if heading_units is not None:
        for name in ("lead_units", "cooperating_units"):
            finding.sources[name], finding.confidence[name] = units_where, 0.9
    if unit_clause is not None and unit_clause.re is UNIT_MUST:
        finding.sources["lead_units"], finding.confidence["lead_units"] = "要求中的责任单位", 0.5
    elif unit_clause is not None:
        finding.sources["lead_units"], finding.confidence["lead_units"] = "进展中的牵头单位", 0.7
    _check(finding)
    return finding


# bag field → the output fields it fills
_OUTPUT_FIELDS = {
    "problem": ("title",),
    "target": ("target",),
    "deadline": ("deadlines",),
    "lead": ("lead_units",),
    "coop": ("cooperating_units",),
    "leaders": ("leaders",),
    "measures": ("measures",),
    "progress": ("progress",),
    "result": ("status",),
}


def _record_sources(finding: ParsedFinding, bag: _Bag, heading_source: str) -> None:
    """Where each field came from and how sure the reader is (see ParsedFinding.sources)."""
    for name, outputs in _OUTPUT_FIELDS.items():
        if not bag.has(name):
            continue
        for output in outputs:
            finding.sources.setdefault(output, bag.labels.get(name) or heading_source)
            finding.confidence.setdefault(output, bag.confidence.get(name, 1.0))
    if "title" not in finding.sources:
        # No problem label: the title is the heading, or the target / first measure.
        finding.sources["title"] = heading_source if bag.has("problem") else "整改目标或措施"
        finding.confidence["title"] = 1.0 if bag.has("problem") else 0.6
    if finding.cooperating_units and "cooperating_units" not in finding.sources:
        finding.sources["cooperating_units"] = finding.sources.get("lead_units", "")
        finding.confidence["cooperating_units"] = finding.confidence.get("lead_units", 1.0)
    if finding.deadline_text and not finding.deadlines:
        finding.confidence["deadlines"] = 0.3  # written but not understood
    if not finding.lead_units:
        finding.sources.setdefault("lead_units", "")
        finding.confidence["lead_units"] = 0.0
    if finding.status and "status" not in finding.sources:
        # done because the progress text says so (已完成整改…), not a status column
        finding.sources["status"] = finding.sources.get("progress") or finding.sources.get("deadlines", "")
        finding.confidence["status"] = 0.8


def _check(finding: ParsedFinding) -> None:
    where = f"问题{finding.label}"
    if not finding.lead_units:
        finding.warnings.append(f"{where}：{LEAD_NOT_READ}")
    if finding.deadline_text and not finding.deadlines:
        finding.warnings.append(
            f"{where}：整改时限“{finding.deadline_text[:40]}”未能识别为日期或持续类时限。"
        )
    elif not finding.deadlines:
        finding.warnings.append(f"{where}：{LIMIT_NOT_WRITTEN}")


def _drop_stale_warnings(finding: ParsedFinding) -> None:
    """A lead or a limit read after the finding's own check (a report's signer at its foot, the
    body's one limit) leaves no warning that none was read."""
    finding.warnings = [
        warning
        for warning in finding.warnings
        if not (warning.endswith(LEAD_NOT_READ) and finding.lead_units)
        and not (warning.endswith(LIMIT_NOT_WRITTEN) and finding.deadlines)
    ]


def _known_names(tokens: list[_Token]) -> set[str]:
    known: set[str] = set()
    for token in tokens:
        if token.field in ("leaders", "responsible", "liaison"):
            known.update(name for name in _name_tokens(token.text) if len(name) <= 3)
    return known


def _is_title_like(text: str) -> bool:
    return (
        4 <= len(text) <= 60
        and bool(TITLE_WORDS.search(text))
        and not re.search(r"[，。；：:,;]", text)
        and _heading(text) is None
    )


def _title_before(tokens: list[_Token], index: int) -> str | None:
    """The last title-like line before `index` (joined with a title broken over two lines)."""
    for k in range(index - 1, -1, -1):
        token = tokens[k]
        if token.field is None and _is_title_like(token.text):
            title = re.sub(r"\s+", "", token.text)
            if k > 0:
                previous = tokens[k - 1]
                if (
                    previous.field is None
                    and 8 <= len(previous.text) <= 40
                    and not re.search(r"[，。；：:,;]|\d{4}年|^附件", previous.text)
                    and not TITLE_WORDS.search(previous.text)
                    and _heading(previous.text) is None
                ):
                    title = re.sub(r"\s+", "", previous.text) + title
            return title
    return None


# --- layout: headings ------------------------------------------------------------------------


def _section_end(tokens: list[_Token], start: int, stop: int) -> int:
    """Where a （一） item's block ends at the latest: the next 一、二、 line, as a heading or a
    label (“二、反馈问题整改情况”), opens another part of the document."""
    own = _heading(tokens[start].text)
    if own is None or own.style == "cn":
        return stop
    for k in range(start + 1, stop):
        token = tokens[k]
        if token.top or (token.field is None and (h := _heading(token.text)) is not None and h.style == "cn"):
            return k
    return stop


def _is_labelled(tokens: list[_Token], start: int, stop: int, need: int = 2) -> bool:
    fields: set[str] = set()
    first: int | None = None
    for k in range(start + 1, _section_end(tokens, start, stop)):
        name = tokens[k].field
        if name in _SUBSTANTIVE:
            fields.add(name)
            first = k if first is None else first
    return first is not None and first - start <= 8 and len(fields) >= need


def _runs_under_sections(tokens: list[_Token], kept: list[int], style: str) -> bool:
    """True when the items count 1, 2 … and start again at 1 only right under a heading one level
    up (（一）在“…”方面 ↵ 1.关于“…” … （二）… ↵ 1.…): one list, numbered per section."""
    higher = {"pcn": ("cn",), "ar": ("cn", "pcn"), "par": ("cn", "pcn", "ar")}.get(style, ())
    previous, restarted = 0, False
    for position, index in enumerate(kept):
        value = _heading(tokens[index].text).value  # type: ignore[union-attr]
        if value == previous + 1 and (value != 1 or position == 0):
            previous = value
            continue
        above = tokens[index - 1] if index else None
        h = _heading(above.text) if above is not None and above.field is None else None
        if value != 1 or h is None or h.style not in higher:
            return False
        previous, restarted = 1, True
    return restarted


def _numbered_run(tokens: list[_Token], indexes: list[int], others: list[int] = ()) -> bool:  # type: ignore[assignment]
    """True when the headings count on by one, or start again at 1 after a run (a new part). The
    first may be any number when no heading of `others` (the same style, not kept) is the one
    before it: an excerpt of a plan (“三、整改任务（节选）” ↵ 十九、… 二十、…) starts where the
    excerpt does, but 3. 4. after an unlabelled 1. 2. are the tail of one list."""
    first = _heading(tokens[indexes[0]].text).value if indexes else None  # type: ignore[union-attr]
    if first and first != 1 and any(_heading(tokens[i].text).value == first - 1 for i in others):  # type: ignore[union-attr]
        return False
    previous = None
    for index in indexes:
        value = _heading(tokens[index].text).value  # type: ignore[union-attr]
        if previous is not None and value != previous + 1 and not (value == 1 and previous >= 2):
            return False
        previous = value or 0
    return True


# The heading styles one level up from a style's items: the sections findings are grouped under
# (a 问题1： / 反馈问题一： item sits under 一、… or （一）…方面 like a 1. item does).
_LEVELS_ABOVE = {"keyword": ("cn", "pcn"), "pcn": ("cn",), "ar": ("cn", "pcn"), "par": ("cn", "pcn", "ar")}


def _ends_a_list(tokens: list[_Token], candidates: list[int], labelled: list[int], index: int) -> bool:
    """True for the last item of a numbered list inside a field (1.… 2.… 3.… then 四、目标任务): the
    labels after it belong to the document, and the items before it, one lower, are no findings."""
    value = _heading(tokens[index].text).value  # type: ignore[union-attr]
    before = [i for i in candidates if i < index]
    if not value or value < 2 or not before or before[-1] in labelled:
        return False
    above = _heading(tokens[index - 1].text) if tokens[index - 1].field is None else None
    if above is not None and above.style in _LEVELS_ABOVE.get(_heading(tokens[index].text).style, ()):  # type: ignore[union-attr]
        return False  # “（二）…方面 ↵ 3.…”: a list inside a field does not run on past a section heading
    return _heading(tokens[before[-1]].text).value == value - 1  # type: ignore[union-attr]


def _continues_label_list(tokens: list[_Token], index: int, h: _Heading) -> bool:
    """True for “2.清淤疏浚。” after “整改措施：1.截污纳管。” or after “整改措施” alone on its line
    and “1.截污纳管。”: the list a label's value opens goes on, item by item (continuation lines
    between them), not a finding."""
    expected = (h.value or 0) - 1
    for k in range(index - 1, max(index - 40, -1), -1):
        other = _heading(tokens[k].text)
        if tokens[k].field is not None:
            if not tokens[k].text.strip():  # “三、整改措施” alone, then 1. 2.: the list is its value
                # (the first item right under it is decided by `_finding_starts`' own rules)
                return expected == 0 and (h.value or 0) >= 2 and tokens[k].field != "ignore"
            return other is not None and other.style == h.style and other.value == expected >= 1
        if other is not None:
            if other.style != h.style or other.value != expected:
                return False
            expected -= 1
    return False


def _lone_task_under_group(
    tokens: list[_Token], best: tuple[str, list[int]], candidates: dict[str, list[int]]
) -> tuple[str, list[int]]:
    """A plan's page that breaks off after its first task (“（一）实施流域环境综合治理” ↵ “1. 深入开展
    …整治。…前，…” ↵ 牵头单位：… ↵ 配合单位：…): the group heading, a name naming no fault, and the task
    numbered 1 on the next line both stand alone in their numbering; the labels are the task's, so
    the task is the finding and the group its section."""
    index = best[1][0]
    group = _heading(tokens[index].text)
    after = index + 1
    below = _heading(tokens[after].text) if after < len(tokens) and tokens[after].field is None else None
    if (
        group is None
        or below is None
        or below.value != 1
        or _STYLE_PREFERENCE.index(below.style) <= _STYLE_PREFERENCE.index(best[0])
        or candidates.get(below.style) != [after]
        or FAULT.search(group.rest)
        or re.search(r"[。；;，,]", group.rest.rstrip("。"))
        or not _is_labelled(tokens, after, len(tokens), need=1)
    ):
        return best
    return (below.style, [after])


def _cut_last_item(tokens: list[_Token], indexes: list[int], labelled: list[int]) -> bool:
    """True when the last numbered item, right after a labelled one and numbered on from it, carries
    one label only (“17、受理编号676：… ⏎ 责任单位：七里河区政府” where the page stops): the list's last
    item cut short, still an item."""
    if len(indexes) < 2 or not labelled or labelled[-1] != indexes[-2]:
        return False
    last, before = _heading(tokens[indexes[-1]].text), _heading(tokens[indexes[-2]].text)
    return (
        last is not None
        and before is not None
        and last.value is not None
        and before.value is not None
        and last.value == before.value + 1
        and _is_labelled(tokens, indexes[-1], len(tokens), need=1)
    )


def _chapter_over_labelled_problem(tokens: list[_Token], starts: list[int]) -> bool:
    """A report's lone 一、 chapter naming no fault (“一、高度重视”), then a later chapter read as a
    label (“二、整改情况”) over the report's one problem label (“问题描述：…”): the chapters frame the
    report, and the labelled problem is its finding, not the first chapter."""
    if len(starts) != 1 or FAULT.search(tokens[starts[0]].text):
        return False
    start = starts[0]
    problem = next((k for k in range(start + 1, len(tokens)) if tokens[k].field == "problem"), None)
    return problem is not None and any(
        t.top and t.field not in (None, "ignore") and not t.text.strip() for t in tokens[start + 1 : problem]
    )


def _attachment_list_lines(tokens: list[_Token]) -> set[int]:
    """The lines that go on a notice's list of attachments (“附件：1.…情况表” ⏎ “2.…的函”): each
    numbered one on from the line above, naming a file with no sentence in it. They are no items."""
    out: set[int] = set()
    expected: int | None = None
    for index, token in enumerate(tokens):
        text = token.text.strip()
        opening = ATTACHMENT.match(text) if token.field is None else None
        if opening is not None:
            first = _heading(text[opening.end() :].strip())
            expected = first.value + 1 if first is not None and first.value is not None else None
            continue
        h = _heading(text) if token.field is None and expected is not None else None
        if h is not None and h.value == expected and not re.search(r"[，。；;,]", h.rest):
            out.add(index)
            expected += 1
        else:
            expected = None
    return out


def _finding_starts(tokens: list[_Token]) -> tuple[str, list[int]] | None:
    candidates: dict[str, list[int]] = {}
    under_label: set[int] = set()
    continued: set[int] = set()
    attached = _attachment_list_lines(tokens)
    for index, token in enumerate(tokens):
        if token.field is None and not token.in_form and index not in attached:
            h = _heading(token.text)
            before = tokens[index - 1] if index else None
            if before is not None and before.field not in (None, "ignore") and not before.text.strip():
                if not before.top:
                    continue  # “目标任务” alone on its line, then “1.…”: the label's value, not a finding
                under_label.add(index)  # “二、反馈问题整改情况” then （一）…: decided below
            if h is not None and h.value is not None:
                candidates.setdefault(h.style, []).append(index)
                if _continues_label_list(tokens, index, h):
                    continued.add(index)  # bounds the items before it, but starts no finding
    for style, indexes in candidates.items():
        # A numbered section label over （一）（二）… items that carry labels of their own (a report's
        # “二、反馈问题整改进展情况”) heads findings; over plain items it is the label of a list.
        bounds = [*indexes[1:], len(tokens)]
        own = [i for i, stop in zip(indexes, bounds, strict=True) if _is_labelled(tokens, i, stop, need=1)]
        if len(own) < 2:
            candidates[style] = [i for i in indexes if i not in under_label]
    best: tuple[str, list[int]] | None = None
    for style in _STYLE_PREFERENCE:
        indexes = candidates.get(style, [])
        if style != "keyword" and indexes:
            bounds = [*indexes[1:], len(tokens)]
            labelled = [i for i, stop in zip(indexes, bounds, strict=True) if _is_labelled(tokens, i, stop)]
            if _cut_last_item(tokens, indexes, labelled):
                labelled.append(indexes[-1])
            indexes = [
                i
                for i in labelled
                if not _ends_a_list(tokens, candidates[style], labelled, i) and i not in continued
            ]
            if len(indexes) > 1 and not _numbered_run(tokens, indexes, candidates[style]):
                continue  # （一）（一）（二）…: items inside one finding's fields, not findings
        if indexes and (best is None or len(indexes) > len(best[1])):
            best = (style, indexes)
    # One 一、 chapter over prose, then a report's numbered items under another chapter, each with
    # its one label (“1.关于…的问题。整改进展：…”): the items are the findings, not the chapter.
    single = best[1][0] if best is not None and best[0] == "cn" and len(best[1]) == 1 else None
    if best is None or single is not None:
        # A progress list (一、关于“…” 整改进展情况：…): one label under each of several headings.
        for style in _STYLE_PREFERENCE[1:]:
            indexes = candidates.get(style, [])
            if len(indexes) < 2:
                continue
            bounds = [*indexes[1:], len(tokens)]
            kept = [
                i
                for i, stop in zip(indexes, bounds, strict=True)
                if _is_labelled(tokens, i, stop, need=1) and i not in continued
            ]
            if single is not None and (len(kept) < 2 or kept[0] < single):
                continue
            values = [_heading(tokens[i].text).value for i in kept]  # type: ignore[union-attr]
            if values != list(range(1, len(kept) + 1)) and not _runs_under_sections(tokens, kept, style):
                continue  # not one numbered run: sub-items of one finding's fields
            if len(kept) >= 2 and (best is None or len(kept) > len(best[1])):
                best = (style, kept)
                single = None
    if best is not None and len(best[1]) == 1 and best[0] in _STYLE_PREFERENCE[1:]:
        best = _lone_task_under_group(tokens, best, candidates)
    if best is None and candidates.get("circle"):
        # A 公众号 post numbers its problems ① ② … and nothing else, each with labels of its own
        # under it (“● 责任单位：…”); where any other numbering heads findings, ① … are measures.
        indexes = candidates["circle"]
        bounds = [*indexes[1:], len(tokens)]
        kept = [i for i, stop in zip(indexes, bounds, strict=True) if _is_labelled(tokens, i, stop)]
        if len(kept) < 2:
            # A progress page's ① ② … (“①…不到位。 ⏎ 整改情况：… ⏎ 完成情况：…”) under group headings
            # that head nothing: every item carries its progress labels, the last maybe cut short.
            kept = [
                i for i, stop in zip(indexes, bounds, strict=True) if _is_labelled(tokens, i, stop, need=1)
            ]
            if len(kept) != len(indexes):
                kept = []
        values = [_heading(tokens[i].text).value for i in kept]  # type: ignore[union-attr]
        if len(kept) >= 2 and values == list(range(1, len(kept) + 1)):
            best = ("circle", kept)
    return best


# “第1号“关于…的建议”（A类）。主办单位：…；协办单位：…。”: the quoted name is the item, a short
# bracketed note after it (its class) is not, and the labelled parts after it are its fields
_QUOTED_NAME_LABELS = re.compile(
    rf"^[“\"](?P<name>[^”\"]{{4,80}})[”\"]\s*(?:[（(][^（）()]{{1,12}}[)）])?\s*[。.]?\s*"
    rf"(?P<labels>(?:{LABEL_PATTERN})\s*[:：].*)?$",
    re.S,
)


# A numbered heading this short (characters after its number) is a line of its own, not one cut by
# the page's width (a printed line holds some 35 or more)
_SHORT_HEADING = 24


def _parse_headings(tokens: list[_Token], style: str, starts: list[int], known: set[str]) -> ParsedPlan:
    start_set = set(starts)
    findings: list[ParsedFinding] = []
    titles: dict[int, str | None] = {}
    part, previous_number = 1, 0
    bag: _Bag | None = None
    meta: tuple[int, str, str | None, int] | None = None
    section: str | None = None

    def flush() -> None:
        if bag is not None and meta is not None:
            written = _number_value(bag.text("number")) if bag.has("number") else None
            number, label = (
                (written, _number_label(bag.text("number"), written)) if written else (meta[0], meta[1])
            )
            finding = _finding_from_bag(
                bag, number=number, label=label, section=meta[2], part=meta[3], known=known
            )
            if finding is not None:
                findings.append(finding)

    higher = {"pcn": ("cn",), "ar": ("cn", "pcn"), "par": ("cn", "pcn", "ar")}.get(style, ())
    offset, last_value, new_section = 0, 0, False
    for index, token in enumerate(tokens):
        if index in start_set:
            h = _heading(token.text)
            assert h is not None and h.value is not None
            if bag is not None and bag.current == "measures" and h.value != previous_number + 1:
                bag.add_text(token)  # a numbered group inside the measures, not a new finding
                continue
            flush()
            if h.value == 1 and previous_number and new_section and _heading(section or "") is not None:
                # “（二）在“…”方面 ↵ 1.…”: numbered again per section, still one list; count on
                offset = last_value
            elif h.value <= previous_number:
                part, offset = part + 1, 0
            if part not in titles:  # looked up once a part: looking back per row was quadratic
                titles[part] = _title_before(tokens, index)
            previous_number, new_section = h.value, False
            label = f"第{h.num}项" if h.prefix == "第" else f"{h.prefix}{h.num}" if h.prefix else h.num
            if offset:
                label = f"{_heading(section or '').num}-{label}"  # type: ignore[union-attr]
            value, rest = h.value + offset, h.rest
            last_value = value
            written = WRITTEN_NUMBER.match(rest)
            if written:  # “1. 编号8：…”: the list counts, the number is the task's own
                value, rest = int(written.group(1)), written.group(2)
            about = ABOUT_QUOTE.match(rest)
            if about:  # “一、关于“反馈的问题……””, “（一）“…”问题” → the problem itself
                rest = about.group(1) or about.group(2)
            bag, meta = _Bag(), (value, label, section, part)
            named = _QUOTED_NAME_LABELS.match(rest) if h.prefix == "第" else None
            undertaken = UNDERTAKEN_NAME.match(rest) if not named else None
            if named:
                bag.add_text(_Token(named.group("name"), heading=token.heading))
                for part_token in _inner_label_tokens(named.group("labels") or ""):
                    (bag.add_label if part_token.field else bag.add_text)(part_token)
            elif undertaken:
                # “1.财政局承办的“关于…的建议”（第2号）”: the name is the item, the answering body its lead
                bag.add_text(_Token(undertaken.group("name"), heading=token.heading, hard=True))
                bag.add_label(_Token(undertaken.group("unit"), field="lead", label="承办单位"))
            elif rest:
                # “一、强化督查发现问题数量居首” ↵ its facts: a heading far shorter than a printed line
                # ends its own paragraph, so the line below is never glued on as its continuation
                short = len(rest) <= _SHORT_HEADING and not re.search(r"[，,、：:；;]$", rest)
                bag.add_text(_Token(rest, heading=token.heading, hard=short))
            continue
        if token.field is not None:
            if token.top and "cn" in higher and bag is not None:
                # “三、下一步工作” after （一）（二）… findings under “二、…”: the document's own part
                flush()
                bag, meta = None, None
                continue
            if bag is not None:
                bag.add_label(token)
            continue
        h = _heading(token.text)
        following = next(
            (k for k in range(index + 1, len(tokens)) if tokens[k].text or tokens[k].field), None
        )
        if (
            h is not None
            and h.style in _LEVELS_ABOVE.get(style, ())
            and len(h.rest) <= 40
            and following in start_set
        ):
            section, new_section = token.text, True  # a section heading right before a finding
            continue
        if bag is not None and index > starts[-1] and REPORT_REQUEST.match(token.text):
            # “请于9月20日前将整改情况书面报送市大气办。” after the last item: the letter's closing
            # request for a report, no part of that item's time limit
            flush()
            bag, meta = None, None
            continue
        if h is not None and h.style == "cn" and "cn" in _LEVELS_ABOVE.get(style, ()) and index > starts[-1]:
            # “三、保障措施” after the last finding: the plan's closing chapter, no part of that finding
            flush()
            bag, meta = None, None
            continue
        if bag is not None:
            bag.add_text(token)
    flush()
    _share_closing_requirement(findings)
    return ParsedPlan(findings, "headings", titles)


# the labels that close a group of problems in an 曝光 post: who must put them right and by when
_SHARED_LABEL_FIELDS = {"lead", "coop", "deadline"}


def _problems_over_shared_labels(tokens: list[_Token], known: set[str]) -> ParsedPlan | None:
    """An 曝光 post that lists a point's problems (“1.…；” ↵ “2.…。”, or one unnumbered sentence) and
    closes each group on the lines of who must put them right and by when (“整改责任单位：…” ↵
    “整改时限：…”), the points' names being pictures the copy lost: each problem is one finding
    with its group's labels, numbered in order. Three groups at least, one of two problems or
    more, each group's numbers counting from 1 and nothing else between two groups; None
    otherwise (one problem a group is the records reading's)."""
    blocks: list[tuple[int, int]] = []  # [start, stop) of each run of label lines
    at = 0
    while at < len(tokens):
        if tokens[at].field is None:
            at += 1
            continue
        stop = at
        while stop < len(tokens) and tokens[stop].field is not None:
            stop += 1
        blocks.append((at, stop))
        at = stop
    if len(blocks) < 3:
        return None
    groups: list[tuple[list[str], list[_Token]]] = []
    previous = 0
    for start, stop in blocks:
        fields = {token.field for token in tokens[start:stop]}
        if "lead" not in fields or fields - _SHARED_LABEL_FIELDS:
            return None
        gap = [token.text.strip() for token in tokens[previous:start] if token.text.strip()]
        run: list[_Heading] = []  # the numbered run closing the gap, back to its 1
        for line in reversed(gap):
            heading = _heading(line)
            if heading is None or heading.style != "ar":
                break
            run.insert(0, heading)
            if heading.value == 1:
                break
        if run and [heading.value for heading in run] == list(range(1, len(run) + 1)):
            problems = [heading.rest for heading in run]
        elif gap and _heading(gap[-1]) is None and gap[-1].endswith(("。", "；", ";")):
            problems = [gap[-1]]
        else:
            return None
        if previous and len(gap) != len(problems):
            return None  # more than problems between two groups: another layout
        groups.append((problems, tokens[start:stop]))
        previous = stop
    if not any(len(problems) >= 2 for problems, _ in groups):
        return None
    findings: list[ParsedFinding] = []
    for problems, labels in groups:
        for problem in problems:
            bag = _Bag()
            bag.add_text(_Token(problem, hard=True))
            for label in labels:
                bag.add_label(label)
            number = len(findings) + 1
            finding = _finding_from_bag(
                bag, number=number, label=str(number), section=None, part=1, known=known
            )
            if finding is not None:
                findings.append(finding)
    return ParsedPlan(findings, "headings", {1: None}) if len(findings) > len(groups) else None


def _share_closing_requirement(findings: list[ParsedFinding]) -> None:
    """“整改要求：请各责任单位…于2023年11月30日前整改到位” after the last item of a 交办单: the
    requirement is addressed to every unit, so its date is the deadline of each item with none."""
    if len(findings) < 2:
        return
    last = findings[-1]
    if last.sources.get("deadlines") != "要求中的时限" or not TO_EVERY_UNIT.search(last.target or ""):
        return
    for finding in findings[:-1]:
        if finding.deadlines or finding.deadline_text or finding.status == "completed":
            continue
        finding.deadline_text, finding.deadlines = last.deadline_text, list(last.deadlines)
        finding.sources["deadlines"], finding.confidence["deadlines"] = "末段要求中的时限", 0.5
        finding.warnings = [w for w in finding.warnings if not w.endswith("未写明整改时限。")]


# --- layout: records (closure forms, label/value tables) --------------------------------------


def _paired_sections(bag: _Bag) -> list[_Bag]:
    """A letter listing its problems under one heading (一、存在的问题 1. 2. 3.) and its requirements
    under the next (二、整改要求 （一）（二）（三）), as many of each: one finding a problem, with the
    requirement of its rank as its target. The letter's closing request for a report is neither."""
    problems = [t.text for t in bag.fields.get("problem", []) if t.text.strip()]
    asked = [
        t.text for t in bag.fields.get("target", []) if t.text.strip() and not REPORT_REQUEST.match(t.text)
    ]
    if (
        len(problems) < 2
        or bag.has("measures")
        or _numbered_from_one(problems) != [line.strip() for line in problems]
        or _numbered_from_one(asked) != [line.strip() for line in asked]
        or len(asked) != len(problems)
    ):
        return []
    paired = []
    for problem, requirement in zip(problems, asked, strict=True):
        item = _Bag()
        item.labels, item.confidence = dict(bag.labels), dict(bag.confidence)
        item.fields = {
            name: list(lines) for name, lines in bag.fields.items() if name not in ("problem", "target")
        }
        item.fields["problem"] = [_Token(STEP_MARK.sub("", problem.strip(), count=1), hard=True)]
        item.fields["target"] = [_Token(STEP_MARK.sub("", requirement.strip(), count=1), hard=True)]
        partner = WORKS_WITH.search(requirement)
        if partner and not bag.has("coop"):
            item.fields["coop"] = [_Token(partner.group(1))]
            item.labels.setdefault("coop", "会同")
        paired.append(item)
    return paired


def _opens_next_form(tokens: list[_Token], index: int, last_form: int | None, bag: _Bag) -> bool:
    """Whether label token `index` is the first of a form table other than the last label's, a
    form that holds a problem of its own (one form a finding) and whose labels above it all say
    again what the finding read has (its unit, its code). A row the finding still lacks (整改时限
    after measures a paste cut into lines) ends the finding above, so the form is not a new one."""
    form = tokens[index].form
    if form is None or form == last_form:
        return False
    for token in tokens[index:]:
        if token.form != form or token.field is None:
            continue
        if token.field == "problem":
            return True
        if token.field != "ignore" and not bag.has(token.field):
            return False
    return False


def _unit_list_ended(bag: _Bag, token: _Token, following: _Token | None) -> bool:
    """A line under a unit label's value that names no unit ends the list: the next point's place
    (“隆源生鲜超市” above its 存在问题：, a name alone above the next problem label even when it
    reads like a unit, “松建废旧物资回收站”) or a closing sentence (“县委副书记…参加检查。”). A list
    broken before a separator or inside a name (“县综合行政执” ⏎ “法局”), or a line of unit names,
    goes on."""
    if bag.current not in ("lead", "coop") or not bag.has(bag.current):
        return False
    value = bag.text(bag.current).strip()
    if re.search(r"[、，,；;]$", value) or not _looks_like_unit(re.split(r"[、，,；;\s]", value)[-1]):
        return False
    if following is not None and following.field == "problem" and not re.search(r"[、，,；;。]", token.text):
        return True
    parts = [part for part in re.split(r"[、，,；;]", token.text.strip().rstrip("。.")) if part.strip()]
    return bool(parts) and not all(_looks_like_unit(part.strip()) for part in parts)


def _parse_records(tokens: list[_Token], known: set[str]) -> ParsedPlan:
    bags: list[tuple[_Bag, int]] = []
    first_label = next((k for k, t in enumerate(tokens) if t.field is not None), len(tokens))
    bag = _Bag()
    started = False
    sections: dict[int, str] = {}  # id of a bag → the 一、 heading it stands under
    items: dict[int, tuple[int, str]] = {}  # id of a bag → the number of its “（二）问题：” line
    heads: dict[int, int] = {}  # id of a bag → the number its form's title line gives (（11-5）…公示表)
    places: dict[int, str] = {}  # id of a bag → the place its block opens on (临潼区  成绩：61.2分)
    cases: dict[int, re.Match[str]] = {}  # id of a bag → the “案件一：…” heading over its problem
    chapter_problems: set[int] = set()  # ids of bags whose problem label is a chapter line (一、…)
    loose: list[_Token] = list(tokens[:first_label])  # unlabelled lines since the last label
    section: str | None = None
    last_form: int | None = None  # the form table of the last label read
    for index, token in enumerate(tokens):
        if token.field is None:
            if _section_heading(tokens, index):
                section = token.text  # “二、大气污染防治” over “（一）问题：…” items: their category
                continue
            scored = SCORED_PLACE.match(token.text.strip())
            if scored:
                # “蓝田县  成绩：55分” ↵ 检查情况：… ↵ 存在问题：…: a 通报's block a place, its
                # problems however like the last block's (both short of 垃圾压缩站)
                if bag.has("problem"):
                    bags.append((bag, index))
                    bag = _Bag()
                places[id(bag)] = scored.group("place")
                continue
            loose.append(token)
            if (
                started
                and not _case_heading(token.text.strip())
                and not _unit_list_ended(bag, token, tokens[index + 1] if index + 1 < len(tokens) else None)
            ):
                bag.add_text(token)  # (the next case's heading is no part of this case's last field)
            continue
        case = _case_heading(loose[-1].text.strip()) if loose else None
        head, loose = _notice_number(loose), []
        if bag.has("problem") and _opens_next_form(tokens, index, last_form, bag):
            # “| 工单编号 | … |⏎| 承办单位 | … |⏎| 诉求内容 | … |”: a form a finding whose unit or
            # code stands above its problem; the form's first row opens the finding, not its problem
            bags.append((bag, index))
            bag = _Bag()
        last_form = token.form
        if token.field == "number" and bag.has("number"):
            bags.append((bag, index))
            bag = _Bag()
        if token.field == "problem" and bag.has("problem") and bag.labels.get("problem") in TITLE_LABELS:
            bag.current = "problem"  # the 交办内容 under a 交办单标题: the same finding
            bag.fields["problem"][-1].hard = True  # the title stays a line of its own
            bag.add_text(_Token(token.text, hard=True))
            continue
        if (
            token.field == "problem"
            and id(bag) in chapter_problems
            and CASE_CODE.fullmatch(bag.text("problem").strip())
        ):
            # “一、举报问题描述” ↵ “受理编号：D2YN…” ↵ “反映环境问题：…”: the chapter line heads the
            # case and its code is no problem; the complaint is under its own label
            del bag.fields["problem"], bag.labels["problem"]
            bag.confidence.pop("problem", None)
        if token.field == "problem" and bag.has("problem"):
            incoming = _join([token, *_value_lines(tokens, index)])
            # a problem under a new item number (“2.反映问题：”) is a new item, however alike the
            # unlabelled lines that follow both (调查核实情况：经核查，反映问题属实。)
            renumbered = token.item is not None and items.get(id(bag)) not in (None, token.item)
            if not renumbered and _similar(bag.text("problem"), incoming):
                bag.current = "_skip"  # the same problem repeated (form, then report)
                continue
            bags.append((bag, index))
            bag = _Bag()
        if not started:
            started = True
        if head and not bag.has("problem") and not bag.has("number"):
            heads.setdefault(id(bag), head)
        if case and token.field == "problem" and not bag.has("problem"):
            cases.setdefault(id(bag), case)
        if section is not None:
            sections.setdefault(id(bag), section)
        if token.item is not None and not bag.has("problem"):
            items.setdefault(id(bag), token.item)
        if token.field == "problem" and token.top and not token.text.strip():
            chapter_problems.add(id(bag))
        bag.add_label(token)
    bags.append((bag, len(tokens)))
    if len(bags) == 1:
        bags = [(paired, bags[0][1]) for paired in _paired_sections(bags[0][0])] or bags
    findings: list[ParsedFinding] = []
    title = _title_before(tokens, first_label)
    notice_number = _notice_number(tokens[:first_label]) if len(bags) == 1 else None
    named = _named_problem(tokens[:first_label]) if len(bags) == 1 else None
    if named and named[0] and not notice_number:
        notice_number = named[0]
    opening = [token.text for token in tokens[:first_label]] if len(bags) == 1 else []
    # “（一）问题：…（二）问题：…” items number themselves; counting again from 1 under the next
    # 一、 heading opens a new part, as in the headings layout
    # (a heading naming each item's problem in quotes numbers them: “一、“X”问题” over “（一）整改问题”)
    numbered = len(items) == len(bags) > 1 and len(cases) < len(bags)
    part, previous = 1, 0
    for sequence, (item, _) in enumerate(bags, start=1):
        number = _number_value(item.text("number")) if item.has("number") else notice_number
        number = number or heads.get(id(item))
        case = cases.get(id(item))
        number = number or (cn_number(case.group("num")) if case else None)
        in_body = (
            None if number else _body_number([*opening, *(item.text(n) for n in ("problem", "progress"))])
        )
        value = in_body[0] if in_body else number or sequence
        label = in_body[1] if in_body else _number_label(item.text("number"), value)
        if numbered and not item.has("number"):
            value, label = items[id(item)]
            part += 1 if value <= previous else 0
            previous = value
        finding = _finding_from_bag(
            item, number=value, label=label, section=sections.get(id(item)), part=part, known=known
        )
        if finding is not None and in_body:
            finding.sources["number"], finding.confidence["number"] = "正文中的编号", GUESSED_CONFIDENCE
        if finding is not None and (cn_mark := TITLE_CN_NUMBER.match(finding.title)):
            # “反馈问题：三十八、县城污水处理设施…”: the problem quoted with its number in the report
            finding.title = finding.title[cn_mark.end() :]
            if not item.has("number") and not number and not in_body:
                finding.number = cn_number(cn_mark.group(1)) or finding.number
                finding.label = str(finding.number)
        if finding is not None and case:
            # the heading names the case in a few words; the complaint under it keeps the details
            finding.title = case.group("title").strip()
            finding.category = guess_category(finding.title, finding.problem)
            finding.sources["title"] = "案件标题"
        if finding is not None and not finding.lead_units and id(item) in places:
            # the place a block opens on answers for the problems the block names
            finding.lead_units = [places[id(item)]]
            finding.sources["lead_units"], finding.confidence["lead_units"] = "分组标题", 0.5
        if finding is not None:
            if named and not item.has("number") and finding.title != named[1]:
                # the document names its one problem in quotes (关于…问题“X”的整改情况报告): that
                # name is its title; the problem text below it keeps the details
                finding.title, finding.category = named[1], guess_category(named[1], finding.problem)
                finding.sources["title"], finding.confidence["title"] = "标题引号", 0.8
            findings.append(finding)
    if len(findings) == 1 and not findings[0].lead_units:
        _own_work_publisher(findings[0], [token.text for token in tokens])
    if len(findings) == 1 and not bags[0][0].has("number") and not notice_number:
        findings = _split_points(findings[0])
    if len(findings) == 1 and not bags[0][0].has("number") and not notice_number:
        findings = _split_listed_problems(findings[0])
    if len(findings) == 1 and not bags[0][0].has("number"):
        findings = _split_quoted(findings[0], opening)
    _renumber_repeats(findings)
    return ParsedPlan(findings, "records", {1: title})


def _split_quoted(finding: ParsedFinding, opening: list[str]) -> list[ParsedFinding]:
    """A one-problem notice whose problem names two or more problems, each in quotes (“我区存在“A”以及
    “B”的问题”, `words.QUOTED_PROBLEMS`), posts one finding a quoted problem, sharing the notice's
    target, measures, units and status; numbered as its opening lists them (“第3、4号问题”,
    `LISTED_PROBLEM_NUMBERS`) when it lists as many, else in turn."""
    match = QUOTED_PROBLEMS.match(finding.problem.strip())
    if match is None:
        return [finding]
    quoted = [text.strip() for text in re.findall(r"“([^“”]+)”", match.group("items"))]
    listed = next((m for m in map(LISTED_PROBLEM_NUMBERS.search, opening) if m), None)
    numbers = [int(n) for n in re.findall(r"\d+", listed.group("numbers"))] if listed else []
    if len(numbers) != len(quoted):
        numbers = list(range(1, len(quoted) + 1))
    return [_one_of_listed(finding, number, text, text) for number, text in zip(numbers, quoted, strict=True)]


def _one_of_listed(finding: ParsedFinding, number: int, title: str, problem: str) -> ParsedFinding:
    """One of the problems a notice lists under its one block, numbered `number`: its own title and
    problem, a copy of everything else the block holds (units, limits, measures, status)."""
    label = str(number)
    return replace(
        finding,
        number=number,
        label=label,
        title=title,
        problem=problem,
        category=guess_category(title, problem),
        deadlines=list(finding.deadlines),
        lead_units=list(finding.lead_units),
        cooperating_units=list(finding.cooperating_units),
        measures=list(finding.measures),
        warnings=[w.replace(f"问题{finding.label}：", f"问题{label}：", 1) for w in finding.warnings],
        sources=dict(finding.sources),
        confidence=dict(finding.confidence),
    )


def _dated_steps(measures: list[ParsedMeasure]) -> list[ParsedMeasure]:
    """One unnumbered measures paragraph told as dated steps (`words.DATED_STEP_SENTENCE`: each
    sentence holds its month near its start) is one measure a sentence; clauses a “；” joins stay in
    their sentence. Any other paragraph is kept whole."""
    if len(measures) != 1 or "\n" in measures[0].text.strip():
        return measures
    text = measures[0].text.strip()
    sentences = re.findall(r"[^。]+。", text)
    if len(sentences) < 2 or "".join(sentences) != text:
        return measures
    if not all(DATED_STEP_SENTENCE.match(sentence) for sentence in sentences):
        return measures
    return [
        replace(measures[0], number=str(n), text=sentence) for n, sentence in enumerate(sentences, start=1)
    ]


def _split_points(finding: ParsedFinding) -> list[ParsedFinding]:
    """A one-problem notice whose problem opens with two or more lines each naming a spot (点位)
    posts that many problems, one a spot, sharing the notice's measures, units and progress."""
    lines = [line.strip() for line in finding.problem.split("\n") if line.strip()]
    points = list(itertools.takewhile(lambda line: POINT_LINE.match(line) is not None, lines))
    if len(points) < 2:
        return [finding]
    return [_one_of_listed(finding, n, _title(line), line) for n, line in enumerate(points, start=1)]


def _split_listed_problems(finding: ParsedFinding) -> list[ParsedFinding]:
    """A 督查通报 whose “存在问题” heading stands over its problems numbered 1. 2. 3., one a line and
    nothing else under it, posts one finding a line, numbered as written, sharing the rest."""
    if finding.sources.get("title") not in PROBLEMS_LIST_LABELS:
        return [finding]
    lines = [line.strip() for line in finding.problem.split("\n") if line.strip()]
    marks = [PROBLEMS_LIST_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(marks):
        return [finding]
    if [int(mark.group(1)) for mark in marks if mark] != list(range(1, len(lines) + 1)):
        return [finding]
    texts = [line[mark.end() :] for line, mark in zip(lines, marks, strict=True) if mark]
    return [_one_of_listed(finding, number, _title(text), text) for number, text in enumerate(texts, start=1)]


def _publisher(lines: list[str]) -> re.Match[str] | None:
    """The office publishing a notice, named before 现将 in its first lines or at the head of its
    title (“X关于…的公示”): who “我局” is where a list charges it (a one-problem notice's own-work
    lead, `_own_work_publisher`, keeps to 现将: 随州's titled notice names no lead)."""
    return next(
        (m for m in (*map(PUBLISHER.search, lines[:4]), *map(TITLE_PUBLISHER.match, lines[:2])) if m), None
    )


def _own_work_publisher(finding: ParsedFinding, lines: list[str]) -> None:
    """A one-problem notice with no unit label whose publishing office did the work itself: that
    office leads (a notice published by a rectification office about others' work names none)."""
    text = "\n".join(lines)
    publisher = next((m for m in map(PUBLISHER.search, lines[:4]) if m), None)
    if publisher and OWN_WORK.search(text) and _looks_like_unit(publisher.group("unit")):
        _lead(finding, publisher.group("unit"), "公示单位")


def _labelled_items(tokens: list[_Token]) -> int:
    """How many “（一）问题：…” items (a problem label under an item number) the document holds."""
    return sum(1 for token in tokens if token.field == "problem" and token.item is not None)


def _renumber_repeats(findings: list[ParsedFinding]) -> None:
    """Numbers read from sub-numbers (3-1, 3-2) or from the body may repeat in one part, which
    the import refuses: then the findings count 1, 2, 3 …, keeping a written sub-number as label;
    a body number that repeats named no finding of its own and is dropped."""
    numbers = [(f.part, f.number) for f in findings]
    if len(set(numbers)) == len(numbers) or not any(
        "-" in f.label or f.sources.get("number") for f in findings
    ):
        return
    counts: dict[int, int] = {}
    for finding in findings:
        counts[finding.part] = counts.get(finding.part, 0) + 1
        finding.number = counts[finding.part]
        if finding.sources.pop("number", None):
            finding.confidence.pop("number", None)
            finding.label = str(finding.number)


def _case_heading(text: str) -> re.Match[str] | None:
    """A heading naming the case or problem under it: its number (num) and title."""
    return CASE_HEADING.match(text) or QUOTED_PROBLEM_HEADING.match(text)


def _section_heading(tokens: list[_Token], index: int) -> bool:
    """True for a short 一、 heading right before a problem label: a section over labelled items."""
    if QUOTED_PROBLEM_HEADING.match(tokens[index].text.strip()):
        return False  # “一、“X”问题” names the one item under it, not a group of items
    h = _heading(tokens[index].text)
    if h is None or h.style != "cn" or not h.rest or len(h.rest) > 40 or re.search(r"[。；;，,：:]", h.rest):
        return False
    following = next((t for t in tokens[index + 1 :] if t.text.strip() or t.field), None)
    return following is not None and following.field == "problem"


def _named_problem(tokens: list[_Token]) -> tuple[int | None, str] | None:
    """(number or None, name) of the problem a one-finding document names in quotes."""
    number: int | None = None
    name: str | None = None
    for token in tokens:
        for match in NAMED_PROBLEM.finditer(token.text):
            quoted = (match.group("a") or match.group("b")).strip()
            numbered = NAME_NUMBER.match(quoted)
            if numbered:
                number = number or int(numbered.group("n"))
                quoted = quoted[numbered.end() :].strip()
            name = name or (quoted if len(quoted) >= 4 else None)
    return (number, name) if name else None


_SUB_NUMBER = re.compile(r"^\D{0,4}?(\d{1,4})\s*[-－—]\s*(\d{1,3})\D{0,2}$")


def _number_label(text: str, value: int) -> str:
    """The label of a written number: “3-1” for 问题编号：3-1 (a sub-item of item 3), else the number."""
    sub = _SUB_NUMBER.match(text.strip())
    return f"{sub.group(1)}-{sub.group(2)}" if sub and int(sub.group(1)) == value else str(value)


# a form's registration code: letters, the year, then the form's place in the year's run
_YEAR_SEQUENCE = re.compile(r"^[A-Za-z]{1,6}\s*[-－—_]?\s*(?:19|20)\d{2}\s*[-－—_]\s*(\d{1,4})$")


def _number_value(text: str) -> int | None:
    """“37”, “第二十七项”, “5号” → the number; “3-1” → 3 (its label keeps 3-1); None when there
    is none."""
    if DOCUMENT_NUMBER.search(text):
        return None  # 古工管环〔2021〕07号: the sheet's document number (文号), not the finding's
    registered = _YEAR_SEQUENCE.search(text.strip())
    if registered:
        return int(registered.group(1))  # SNJ-2024-01: a form's code, the year then its place
    sub = _SUB_NUMBER.match(text.strip())
    if sub:
        return int(sub.group(1))
    digits = re.sub(r"\D", "", text)
    if digits:
        return cn_number(digits)
    numeral = re.search(rf"[{CN}]{{1,5}}", text)
    return cn_number(numeral.group(0)) if numeral else None


def _body_number(texts: Iterable[str]) -> tuple[int, str] | None:
    """(number, label) of “…问题清单第7项”, “第43项已整改完成”, “问题清单第3-1项” (label 3-1) in the
    body; None when no list item is named (dates, counts and phone numbers never are)."""
    for text in texts:
        match = BODY_NUMBER.search(text or "")
        if match:
            value = cn_number(match.group("a") or match.group("b") or match.group("c") or match.group("d"))
            if value:
                sub = re.sub(r"\s|[－—]", "-", match.group("sub") or "").strip("-")
                return value, f"{value}-{sub}" if sub else str(value)
    return None


def _notice_number(tokens: list[_Token]) -> int | None:
    """The task number a notice names before its labels: （序号十）, 第二十七项整改任务."""
    for token in tokens:
        match = NOTICE_NUMBER.search(token.text)
        if match:
            return cn_number(next(value for value in match.groups() if value))
    return None


def _prose_finding(
    number: int,
    title: str,
    problem: str,
    *,
    source: str,
    confidence: float,
    warning: str,
    category_text: str = "",
) -> ParsedFinding:
    """A finding read from running text rather than labels or columns: its title's source and
    confidence recorded and a warning saying how it was read (the fallback readers below)."""
    finding = ParsedFinding(
        number=number,
        label=str(number),
        title=title,
        problem=problem,
        category=guess_category(title, category_text or problem),
    )
    finding.sources, finding.confidence = {"title": source}, {"title": confidence}
    finding.warnings.append(warning)
    return finding


def _parse_cover(text: str) -> ParsedPlan | None:
    """A notice that names its one task in its opening and attaches the rest (详见附表)."""
    match = COVER_NOTICE.search(text)
    if match is None:
        return None
    problem = match.group("problem").strip()
    number = cn_number(match.group("num")) or 1
    title = _title(problem)
    finding = _prose_finding(
        number,
        title,
        problem,
        source="公示正文",
        confidence=0.8,
        warning=f"问题{number}：公示只写了问题，单位和时限请在附表中核对。",
    )
    finding.sources["lead_units"], finding.confidence["lead_units"] = "", 0.0
    completed = NOTICE_OF_COMPLETION.search(text)
    if completed:
        finding.status, finding.marker = "completed", completed.group(0)
        finding.sources["status"], finding.confidence["status"] = "公示说明", 0.8
    return ParsedPlan([finding], "records", {1: None})


def _parse_order(text: str) -> ParsedPlan | None:
    """An order to correct named so in its first lines: one finding per breach it states (one line,
    or numbered lines), done by the addressee; the steps and the last dated limit of the part
    on the correction (or, without one, of the sentences that order it)."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not any(ORDER_TITLE.search(line) for line in lines[:4]):
        return None
    addressee = next((m.group(1) for m in map(ORDER_ADDRESSEE.match, lines[:8]) if m), None)
    if addressee is None:
        # a page copy may lose the colon: the name is then the line above 法定代表人 / 信用代码
        addressee = next(
            (
                line
                for line, below in itertools.pairwise(lines[:10])
                if ORDER_PARTICULARS.match(below)
                and not re.search(r"[，。:：〔]", line)
                and 2 <= len(line) <= 40
            ),
            None,
        )
    breaches: list[str] = []
    for k, line in enumerate(lines):
        found = BREACH.search(line)
        if not found:
            continue
        if found.group(1):
            breaches = [found.group(1)]
        else:
            for below in lines[k + 1 :]:
                if ORDER_PART.match(below) or below.startswith(("以上", "上述")):
                    break
                step = ORDER_STEP.match(below)
                breaches.append(step.group(1) if step else below)
                if not step:
                    break
        break
    if not breaches:
        # no “违法行为：” label: the breach is told as what the check found (“发现你合作社…。”)
        found = next((m for m in map(FOUND_BREACH.search, lines) if m), None)
        breaches = [found.group(1)] if found else []
    if not breaches:
        return None
    part: list[str] = []
    for k, line in enumerate(lines):
        if ORDER_PART.match(line) and CORRECTION_PART.search(line) and not re.search(r"依据", line):
            part = list(itertools.takewhile(lambda x: not ORDER_PART.match(x), lines[k + 1 :]))
            break
    if not part:
        part = [line for line in lines if "责令" in line and not ORDER_TITLE.search(line)]
    steps = [m.group(1) for m in map(ORDER_STEP.match, part) if m]
    limits = [m.group(1) for line in part for m in ORDER_LIMIT.finditer(line)]
    deadlines = parse_deadline_field(re.sub(r"\s+", "", limits[-1])) if limits else []
    if not deadlines and any("立即" in line for line in part):
        deadlines = parse_deadline_field("立即整改")
    findings = []
    for number, breach in enumerate(breaches, start=1):
        finding = _prose_finding(
            number,
            _title(breach),
            breach,
            source="违法行为",
            confidence=0.8,
            warning=f"问题{number}：按责令改正决定书读取，请核对整改措施和时限。",
        )
        if addressee:
            finding.lead_units = [addressee]
            finding.sources["lead_units"], finding.confidence["lead_units"] = "主送单位", 0.7
        finding.measures = [ParsedMeasure(str(k), step) for k, step in enumerate(steps, start=1)]
        finding.deadlines = list(deadlines)
        if deadlines:
            finding.sources["deadlines"], finding.confidence["deadlines"] = "改正期限", 0.7
        findings.append(finding)
    return ParsedPlan(findings, "records", {1: None})


def _parse_opinions(text: str) -> ParsedPlan | None:
    """One finding per point of an opinion whose title says it is one; None for anything else."""
    lines = [line.strip() for line in text.strip().split("\n")]
    if not any(OPINIONS_TITLE.search(line) for line in lines[:3]):
        return None
    points: list[tuple[int, str, list[str]]] = []
    style: str | None = None  # 一、 or （一）: the points are numbered one way, the other is text
    for line in lines:
        point = OPINION_POINT.match(line)
        kind = ("top" if point.group("top") else "sub") if point else None
        if point and (style is None or kind == style) and cn_number(point.group(kind)) == len(points) + 1:
            style = kind
            points.append((len(points) + 1, point.group("title").strip(), []))
        elif points and line:
            points[-1][2].append(line)
    if len(points) < 2 or not all(body for _, _, body in points):
        return None
    findings = []
    for number, title, body in points:
        problem = "\n".join(body)
        finding = _prose_finding(
            number,
            title,
            problem,
            source="意见要点",
            confidence=0.8,
            warning=f"问题{number}：意见未写单位和时限，请补充。",
        )
        finding.sources["lead_units"], finding.confidence["lead_units"] = "", 0.0
        findings.append(finding)
    return ParsedPlan(findings, "records", {1: None})


_PARAGRAPH_STYLES = ("keyword", "cn", "pcn", "ar", "par")


def _problems_chapter(
    items: list[tuple[int, _Heading]], headings: list[_Heading | None], lines: list[str]
) -> ParsedPlan | None:
    """An 审计结果公告 or a check's report in chapters (一、基本情况 … 三、审计调查发现的主要问题 四、审计
    处理情况和建议 五、…整改情况) whose one chapter naming the problems (`words.PROBLEMS_HEADING`)
    holds plain paragraphs, no numbered items: each paragraph is one finding, titled by its first
    sentence; the chapters after it (what was asked, what was done) are about those problems, not
    more of them. None unless exactly one chapter names the problems so."""
    named = [(index, heading) for index, heading in items if PROBLEMS_HEADING.match(heading.rest)]
    if len(named) != 1:
        return None
    index = named[0][0]
    body: list[str] = []
    for line, other in zip(lines[index + 1 :], headings[index + 1 :], strict=True):
        if other is not None or NOTICE_FOOTER.search(line):
            break
        body.append(line)
    if not body or any(len(line) < 8 for line in body):
        return None
    findings = _listed_problems(body, "“发现的主要问题”一章的段落", titled=True)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _found_problems_heading(line: str) -> bool:
    """“二、审计发现的主要问题”: a numbered chapter of the problems a check or an audit found."""
    heading = _heading(line)
    return heading is not None and bool(FOUND_PROBLEMS_HEADING.match(heading.rest))


def _parse_paragraphs(text: str) -> ParsedPlan | None:
    """The last reading before a refusal, for a document that speaks of rectification and of
    problems but fits no layout above.

    Each item of the numbering that holds the problems (一、 （一） 1. …) is one finding: under a
    heading one level up that names problems (二、反馈问题整改情况) all its items, elsewhere the
    items that name a fault; organising headings (一、总体情况, 三、下一步工作) never. The item's
    heading is the title (a quoted “…”问题 its name), its paragraphs the problem; units, time
    limit and completion are looked for in its text. With no such items, the document is one
    problem (`_parse_one_problem`). Every field at confidence 0.5 with a warning: a preview to
    check is better than a refusal. None when nothing reads as a problem.
    """
    lines = _listed_reasons([line.strip() for line in text.strip().split("\n") if line.strip()])
    # (an 曝光台 post speaks of problems to fix though it may never say 整改)
    spoken = any(
        RECTIFICATION.search(line)
        # (a case handed down, told under its code, “受理编号第二十一批2280号：…”, may never say 整改)
        or CODED_CASE_LINE.match(line)
        or UNANNOUNCED_VISIT.search(line)
        or CHECK_RESULTS_AHEAD.search(line)
        or BLACK_LIST_HEADING.search(line)
        or _found_problems_heading(line)
        for line in lines
    )
    # a check's 通报 titled as such (“…考核情况通报”) may never say 整改 either; it opens the reading
    # of its listed problems, not of the whole notice as one
    titled = not spoken and any(CHECK_NOTICE_TITLE.search(line) for line in lines)
    faults = any(PROBLEMS.search(line) or FAULT.search(line) or _cause_heading(line) for line in lines)
    if not (spoken or titled) or not faults:
        # a paper's account of a check may never say 整改: its sections by place still are problems
        return _paragraphs_under_visit_headings(lines)
    counted = _counted_problems(lines)
    if counted is not None:
        return counted
    headings = [_heading(line) for line in lines]
    first_seen = {
        style: next((i for i, h in enumerate(headings) if h is not None and h.style == style), len(lines))
        for style in _PARAGRAPH_STYLES
    }
    best: tuple[str, list[tuple[int, _Heading]]] | None = None
    # each style's kept items and the lines of the headings one level up they stand under
    sections: dict[str, tuple[list[tuple[int, _Heading]], set[int]]] = {}
    for style in _PARAGRAPH_STYLES:
        above = {other for other, at in first_seen.items() if at < first_seen[style]}
        runs: list[tuple[int, _Heading, str]] = []  # (line, heading, the heading one level up)
        expected, parent, plain, parent_at = 1, "", "", -1
        parents: list[int] = []  # the line of each run's heading one level up
        for index, heading in enumerate(headings):
            if heading is None:
                continue
            if heading.style in above:
                parent_at = index
                if not _unit_heading(lines[index]):
                    plain = parent = heading.rest
                else:
                    # “二、乡镇（街道）存在的问题” ↵ “（一）丽阳镇” ↵ 1、…: a group heading naming only a
                    # place keeps the problems the heading above it names
                    parent = f"{plain}｜{heading.rest}" if plain else heading.rest
                continue
            if heading.style != style:
                continue
            if heading.value == 1:
                if runs and REQUIREMENTS_AHEAD.search(lines[index - 1]):
                    # “责令你单位于…前按以下要求进行整改：” ↵ 1、…: what to do, not more problems
                    break
                expected = 1
            if heading.value == expected or _skipped_ahead(runs, heading, expected):
                runs.append((index, heading, parent))
                parents.append(parent_at)
                expected = (heading.value or expected) + 1
        named = any(_names_problems(parent) for _, _, parent in runs)
        # a flat list under a line announcing it (“…专项巡察，发现以下问题：”): every item is one
        announced = (
            bool(runs)
            and (
                (not any(parent for _, _, parent in runs) and _announces_problems(lines, runs[0][0]))
                # “现将主要问题通报如下：” over “一、某社区” ↵ 1. 2.: the items of every group are problems
                or (
                    all(parent for _, _, parent in runs)
                    and _announces_problems(lines, _first_group(headings, above))
                )
                # a patrol 通报's flat list whose items each carry a line handing them to a unit
                # (“1、…。” ↵ “整改要求：由X负责…”), one item perhaps without
                or (not any(parent for _, _, parent in runs) and _handed_items(lines, headings, runs))
                # “现将检查结果通报如下：” over “一、环境卫生保洁情况” ↵ （一）（二）: a check's report
                # whose groups name no problems nor frame the report (总体情况, 下一步…)
                or (
                    not named
                    and not any(FRAME_HEADING.search(parent[:12]) for _, _, parent in runs)
                    and _results_announced(lines, _first_group(headings, above) if runs[0][2] else runs[0][0])
                )
            )
        )
        kept = [
            (index, heading)
            for index, heading, parent in runs
            # (“三、康乐路” ↵ “该路段存在的问题是：”: a short spot's name, its problems labelled below)
            if (len(heading.rest) >= 4 or SITE_PROBLEMS_LABEL.match(_first_body_line(lines, headings, index)))
            and not FRAME_HEADING.search(heading.rest[:12])
            and not WORK_CHAPTER.search(parent)
            # “（三）…统计表（见附件）” with nothing under it: a pointer to the attachment
            and not (ATTACHMENT_POINTER.search(heading.rest) and not _first_body_line(lines, headings, index))
            and (
                announced
                or (
                    _names_problems(parent)
                    if named
                    else FAULT.search(heading.rest + "\n" + _first_body_line(lines, headings, index))
                    or CHECKED_COMPLAINT.search(
                        heading.rest + "\n" + _first_body_line(lines, headings, index)
                    )
                )
            )
        ]
        if len(kept) >= 2:
            at = {index: parents[k] for k, (index, _, _) in enumerate(runs)}
            sections[style] = (kept, {at[index] for index, _ in kept})
        if len(kept) >= 2 and (best is None or len(kept) > len(best[1])):
            best = (style, kept)
    placed = _town_colon_run(lines, headings)
    # the towns' paragraphs are the items when no numbering holds problems, or when the numbered
    # item they stand straight under (二、存在问题) would otherwise be one finding for them all
    if placed and (best is None or any(index == placed[0][0] - 1 for index, _ in best[1])):
        best = ("place", placed)
        first_seen["place"] = placed[0][0]
        headings = list(headings)
        for index, heading in placed:
            headings[index] = heading
    if best is None:
        return (
            _run_on_list(lines, PLACES_RUN_ON_LISTS)
            or _parse_found_lines(lines)
            or _parse_announced_lines(lines)
            or _paragraphs_under_visit_headings(lines)
            or _captions_before_order(lines)
            or _black_list_entries(lines)
            or _black_list_captions(lines)
            or _photo_paragraphs(lines)
            or _headlines_over_reports(lines)
            or _headed_parts_taking_up(lines)
            or _counted_examples(lines)
            or (None if titled else _parse_one_problem(lines, headings))
        )
    style, items = best
    if style != "place":
        items = _sibling_sections(items, sections, style, headings, lines)
        chapter = _problems_chapter(items, headings, lines)
        if chapter is not None:
            return chapter

    def above_of(style: str) -> set[str]:
        return {other for other, at in first_seen.items() if at < first_seen[style]}

    # “1、点位（责任单位：X）：…” items: an unnumbered line of the same shape after them is one more
    # item (“整改未落实的点位” ↵ “客运中心（责任单位：交通局）：…”), numbered on
    site_items = all(SITE_UNIT_ITEM.match(heading.rest.strip()) for _, heading in items)
    if site_items:
        items = [*items, *_unnumbered_site_items(lines, headings, items)]
    numbers = [heading.value for _, heading in items]
    findings: list[ParsedFinding] = []
    texts: list[str] = []  # each item's own text, for the villages it names
    for sequence, (index, heading) in enumerate(items, start=1):
        body: list[str] = []
        above = above_of(heading.style)
        for line, other in zip(lines[index + 1 :], headings[index + 1 :], strict=True):
            if site_items and SITE_UNIT_ITEM.match(line.strip()):
                # the next spot, numbered or not; a short line just before it heads its group
                if body and len(body[-1]) <= 16 and not re.search(r"[。，,；;：:]", body[-1]):
                    body.pop()
                break
            if (
                (other is not None and (other.style == heading.style or other.style in above))
                or NOTICE_FOOTER.search(line)
                or REPORT_REQUEST.match(line)  # the letter's closing request for a report
                # “你厂上述行为违反了…”, “…按以下要求进行整改：”: on the whole list, not this item
                or LIST_CLOSING.match(line)
                or REQUIREMENTS_AHEAD.search(line)
            ):
                break
            body.append(line)
        problem = "\n".join([heading.rest, *body])
        below = "\n".join(body)  # the paragraphs under the item's own one
        quoted = NAMED_PROBLEM.fullmatch(heading.rest.rstrip("。：:"))
        title = (quoted.group("a") or quoted.group("b")).strip() if quoted else _title(heading.rest)
        town = OPENING_TOWN_COLON.match(heading.rest.strip())
        if town and not quoted:
            # “（一）宁安镇：肖闸村…；新胜村…。”: the town the item is handed to, then its problems
            title = _title(_past_praise(heading.rest.strip()[town.end() :])) or title
        # “1.关于“X”问题。已完成整改。…” (a 通报's item): the problem named in its first sentence,
        # the rest of the paragraph is its progress
        first, _, rest = heading.rest.partition("。")
        named = (
            None
            if quoted
            else ABOUT_QUOTE.fullmatch(first)
            or ABOUT_PROBLEM.fullmatch(first)
            or FRAMED_PROBLEM_HEADING.fullmatch(first)
        )
        if named:
            title = next(group for group in named.groups() if group).strip()
            body = [rest.strip(), *body] if rest.strip() else body
        elif not quoted and rest.strip() and first.strip() and title in first:
            # “1.某厂废水直排河道。经调查核实，…计划于…前完工。”: the case in one paragraph, its
            # first sentence the complaint, the rest how it was handled
            body = [rest.strip(), *body]
        number = heading.value if heading.value and len(set(numbers)) == len(numbers) else sequence
        finding = _prose_finding(
            number,
            title,
            problem,
            source="编号段落",
            confidence=0.5,
            warning=f"问题{number}：未识别出标准栏目，按编号段落读取，请逐项核对单位、时限和措施。",
        )
        _look_in_text(finding, problem, "\n".join(body), below)
        place = OPENING_PLACE.match(heading.rest.strip())
        if place and place.group("sep") in "：:" and not quoted and not named:
            # “1、丽阳镇枫林村：路两边…”: the place labels the problem after it, no part of it
            finding.title = _title(heading.rest.strip()[place.end() :]) or finding.title
        spot = SPOT_BEFORE_POINTS.match(heading.rest.strip()) or SPOT_COLON.match(heading.rest.strip())
        if (
            spot
            and not (place and place.group("sep") in "：:")
            and not quoted
            and not named
            and LABEL_FIELD.get(spot.group("spot")) is None
            and classify_label(spot.group("spot")) is None
        ):
            # “3.丽景花园二期：（1）车辆乱停乱放；（2）…”: the spot checked labels what is wrong there
            finding.title = _title(heading.rest.strip()[spot.end() :]) or finding.title
        _site_with_problem(finding, heading.rest, body)
        _site_unit_item(finding, heading.rest)
        place = place or town
        if place and not finding.lead_units:
            # “1、徘徊镇夏庄村，537储备库门口成堆垃圾未清理；”: a 通报 naming, before the comma, the
            # village the problem was found in names the one that must clear it
            _lead(finding, place.group("place"), "问题所在地")
        owner = OWNING_PLACE.match(heading.rest.strip())
        if owner and not finding.lead_units:
            # “1.大古桥社区所属大古桥路…“插花地”垃圾散落。”: the 社区 whose ground the spot is
            _lead(finding, owner.group("place"), "问题所属地")
        area = AREA_LABEL_HEAD.match(heading.rest.strip())
        if area and not finding.lead_units and _looks_like_unit(area.group("unit")):
            # “7、茶叶局片区：…” and no unit named to put it right: the unit that keeps the area
            _lead(finding, area.group("unit"), "包片单位")
        findings.append(finding)
        texts.append(problem)
    for finding, (index, heading) in zip(findings, items, strict=True):
        town = _group_place_above(lines, headings, index, above_of(heading.style))
        if town and not finding.lead_units:
            # “益哇镇：” alone on its line ↵ 1. 2. …: the town the group's problems were found in
            _lead(finding, town, "分组地名")
    # “（一）关于…方面” ↵ 1. 2. ↵ “（二）…” ↵ 3.: the items grouped under headings one level up
    # (two groups at least) take the heading as their section
    groups = [_group_heading(lines, headings, index, h.style, above_of(h.style)) for index, h in items]
    if len(set(groups) - {None}) >= 2:
        for finding, group in zip(findings, groups, strict=True):
            finding.section = group
        names = [_unit_heading(group) for group in groups]
        if all(names):
            # “一、南山街道孤岛社区” ↵ 1. 2.: a 通报 sorting its problems by the 社区 or 村 they were
            # found in names, in each heading, the one that must put them right
            for finding, name in zip(findings, names, strict=True):
                if not finding.lead_units:
                    _lead(finding, name, "分组标题")
    if any(_found_problems_heading(line) for line in lines):
        for finding, problem in zip(findings, texts, strict=True):
            at_fault = _units_at_fault(problem) if not finding.lead_units else []
            if at_fault:
                finding.lead_units = at_fault
                finding.sources["lead_units"], finding.confidence["lead_units"] = "问题中点名的单位", 0.5
    for finding, problem in zip(findings, texts, strict=True):
        # (past the item's first sentence: a village opening the item names where, no unit)
        named = not finding.lead_units and not EVERY_VILLAGE.search(problem)
        villages = _villages_named(problem.partition("。")[2]) if named else []
        if villages:
            # “1. 工作机制未落实。…七里桥街道东江社区、驮古堤社区没有开展…”: a 通报's common problem
            # naming, in the sentences after its first, the villages it was found in names the ones
            # to fix it
            finding.lead_units = villages
            finding.sources["lead_units"], finding.confidence["lead_units"] = "句中点名的村（社区）", 0.5
    return ParsedPlan(findings, "paragraphs", {1: None})


def _units_at_fault(text: str) -> list[str]:
    """The units an audit's problem names at the head of a clause as failing to act
    (`words.AT_FAULT_CLAUSE`), each a body's name; none when a name there is no body."""
    names: list[str] = []
    # (or holding idle funds, `words.FUNDS_IDLE_AT`: “甲镇人民政府、乙镇人民政府尚有管护资金闲置”)
    for match in (*AT_FAULT_CLAUSE.finditer(text), *FUNDS_IDLE_AT.finditer(text)):
        parts = match.group("units").split("、")
        if all(_looks_like_unit(part) for part in parts):
            names.extend(part for part in parts if part not in names)
    return names


def _villages_named(text: str) -> list[str]:
    """The villages (社区, 居委会) an item names at the head of its clauses, each with its town: the
    one written before it, else the one named last in its sentence (“白鹤镇卸甲州村、同兴村” → 白鹤镇
    同兴村). A former name in brackets (“同兴村（原吴家口村）”) is none; each village once."""
    names: list[str] = []
    for sentence in re.split(r"[。；;\n]", re.sub(r"[（(][^（）()]*[)）]", "", text)):
        town = ""
        for match in VILLAGE_IN_CLAUSE.finditer(sentence):
            town = match.group("town") or town
            name = town + match.group("village")
            if name not in names:
                names.append(name)
    return names


def _counted_problems(lines: list[str]) -> ParsedPlan | None:
    """Problems a 通报 counts in words (“一是…；二是…；三是…。”) after a phrase announcing them in the
    same paragraph (“但也存在以下几个方面的问题：”, `words.PROBLEMS_COUNTED_INLINE`) or as the one
    paragraph under a heading that names them (“五、存在的突出问题”, `words.PROBLEMS_HEADING`): each
    item is one finding, titled by its first clause. What a paragraph counts before the phrase
    (“好的方面，一是…二是…”) is praise and stays out. Two items at least, counted 一, 二, … in turn."""
    for index, line in enumerate(lines):
        announced = PROBLEMS_COUNTED_INLINE.search(line)
        above = _heading(lines[index - 1]) if index else None
        if announced:
            rest = line[announced.end() :]
            if not rest and index + 1 < len(lines):
                rest = lines[index + 1]  # the phrase ending its line (a paragraph cut at the colon)
        elif above is not None and PROBLEMS_HEADING.match(above.rest) and COUNTED_ITEM.match(line):
            rest = line
        else:
            continue
        marks = list(COUNTED_ITEM.finditer(rest))
        if len(marks) < 2:
            # “一是…，二是…，三是…”: the items apart by commas only
            marks = list(COUNTED_ITEM_AFTER_COMMA.finditer(rest))
        if len(marks) < 2 or [cn_number(m.group("num")) for m in marks] != list(range(1, len(marks) + 1)):
            continue
        ends = [m.start() for m in marks[1:]] + [len(rest)]
        items = [rest[m.end() : end].strip().rstrip("，,") for m, end in zip(marks, ends, strict=True)]
        # the last item ends with its sentence; what follows in the paragraph is no problem
        items[-1] = items[-1].split("。")[0]
        findings = [
            _prose_finding(
                number,
                _title(item),
                item.rstrip("；;。"),
                source="通报所列问题",
                confidence=0.5,
                warning=f"问题{number}：按通报“一是…二是…”所列问题读取，请核对并补充单位、时限。",
            )
            for number, item in enumerate(items, start=1)
        ]
        if all(finding.title for finding in findings):
            return ParsedPlan(findings, "paragraphs", {1: None})
    return None


def _black_list_entries(lines: list[str]) -> ParsedPlan | None:
    """A 红黑榜 whose black side is a line of its own (“黑榜”) over its entries, each a place's name on
    a line (“樊口街办周屴村毛家湾”) and the problem found there on the next (“多处存量生活垃圾未清理”):
    each problem is one finding. The entries end at a line that is no such pair (a column's name,
    the red side, the page's frame). The place stays in no unit field, as a 黑榜's village did
    (set 93): the list names where, not who must act. Every field at confidence 0.5."""
    start = next((k for k, line in enumerate(lines) if BLACK_LIST_LINE.match(line)), None)
    if start is None:
        return None
    problems: list[str] = []
    at = start + 1
    while at + 1 < len(lines):
        place, problem = lines[at], lines[at + 1]
        if (
            len(place) > 30
            or re.search(r"[，。；;：:,]", place)
            or FAULT.search(place)
            or RED_LIST_LINE.match(place)
            or BLACK_LIST_LINE.match(problem)
            or not (FAULT.search(problem) or len(problem) >= 8)
        ):
            break
        problems.append(problem)
        at += 2
    if not problems:
        return None
    findings = _listed_problems(problems, "“黑榜”所列问题", source="黑榜所列问题", titled=True)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _black_list_captions(lines: list[str]) -> ParsedPlan | None:
    """A 红黑榜 post whose black side is a table copied a cell a line (“黑榜” ↵ “村组” ↵ “所属镇街” ↵
    “四连山村柯家湾” ↵ “汪仁镇” …), then a line per entry that opens on two of those cells joined (its
    town and village) and goes on with what was found there (“汪仁镇四连山村柯家湾房前屋后杂物堆放杂乱”,
    a photo's caption): each such line is one finding, titled whole. The place stays in no unit
    field (`_black_list_entries`). Two entries at least, every field at confidence 0.5."""
    start = next((k for k, line in enumerate(lines) if BLACK_LIST_LINE.match(line)), None)
    if start is None:
        return None
    cells: list[str] = []
    at = start + 1
    # the table's cells: short names, no sentence, nothing found wrong
    while (
        at < len(lines)
        and len(lines[at]) <= 12
        and not re.search(r"[，。；;：:,、\s]", lines[at])
        and not FAULT.search(lines[at])
    ):
        cells.append(lines[at])
        at += 1
    places = {first + second for first in cells for second in cells if first != second}
    problems: list[str] = []
    for line in lines[at:]:
        place = next((name for name in places if line.startswith(name)), None)
        if place is None or len(line) < len(place) + 4:
            break
        # (a printed page may glue the next caption to a line that fills its width: cut it off)
        starts = sorted({0, *(line.find(name, len(place) + 4) for name in places)} - {-1})
        problems += [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    if len(problems) < 2:
        return None
    findings = _listed_problems(problems, "“黑榜”表格下的各行", source="黑榜所列问题", titled=True)
    return ParsedPlan(findings, "paragraphs", {1: None})


# A photo of a post copied as its file's name on a line of its own (“2.jpg”, “微信图片_2019….jpg”)
_PHOTO_FILE_LINE = re.compile(r"^[^\s/\\]{1,60}\.(?:jpe?g|png|gif|webp|bmp)$", re.I)


# A news headline: a short line with no sentence punctuation (“平旦村卫生所附近小路垃圾成堆”)
_HEADLINE_MAX = 24
_SENTENCE_MARK = re.compile(r"[。，,；;：:！!？?]")


def _headlines_over_reports(lines: list[str]) -> ParsedPlan | None:
    """A newspaper page of short items, or a report in parts, each a headline over its opening
    (“本报讯（记者…）…”, “地点：…”, `NEWS_ITEM_OPENING`): each headline is one finding, its title,
    numbered in order. A headline broken over two short lines (“龙旗村” ↵ “鸡母塘河里有垃圾和死
    鸡”) is one; the page's own title lines over a byline (“■本报记者…”) are no item. Two items at
    least, every field at confidence 0.5."""
    headlines: list[str] = []
    for index, line in enumerate(lines):
        if not NEWS_ITEM_OPENING.match(line) or index == 0:
            continue
        run: list[str] = []
        for above in reversed(lines[max(0, index - 2) : index]):
            if len(above) > _HEADLINE_MAX or _SENTENCE_MARK.search(above) or NEWS_ITEM_OPENING.match(above):
                break
            run.insert(0, above)
        if run:
            headlines.append("".join(run))
    if len(headlines) < 2:
        return None
    findings = _listed_problems(headlines, "报道各条的小标题", source="报道小标题")
    return ParsedPlan(findings, "paragraphs", {1: None})


# a part's heading may say what was done and what for (“清理楼道杂物，让生命通道不再“添堵””)
_PART_HEADING_MAX = 34


def _headed_parts_taking_up(lines: list[str]) -> ParsedPlan | None:
    """A news item or report in parts, each a short heading line (“清理楼道杂物，让生命通道不再“添堵””)
    over a paragraph that takes up one problem (“针对小区楼道杂物堆积顽疾，…”, `PART_TAKES_UP`),
    photo captions (整治前 / 整治后) between the parts: each heading is one finding, its title,
    the paragraph its progress. A part shown after its work (“整治后”, `words.AFTER_WORK_CAPTION`)
    is done. Two parts at least, every field at confidence 0.5."""
    kept = [line for line in lines if not BEFORE_AFTER_CAPTION.match(line)]
    parts: list[tuple[str, str]] = []
    for heading, paragraph in pairwise(kept):
        if (
            len(heading) <= _PART_HEADING_MAX
            and not re.search(r"[。；;：:]", heading)
            and PART_TAKES_UP.match(paragraph)
        ):
            parts.append((heading, paragraph))
    if len(parts) < 2:
        return None
    # the captions under each part's paragraph, up to the next line that is none
    shown_after: dict[str, str] = {}
    for index, line in enumerate(lines):
        if any(line == paragraph for _, paragraph in parts):
            for caption in itertools.takewhile(BEFORE_AFTER_CAPTION.match, lines[index + 1 :]):
                if AFTER_WORK_CAPTION.match(caption):
                    shown_after[line] = caption
    findings: list[ParsedFinding] = []
    for heading, paragraph in parts:
        bag = _Bag()
        bag.add_label(_Token(heading, field="problem", label="问题"))
        bag.add_label(_Token(paragraph, field="progress", label="整改情况"))
        number = len(findings) + 1
        finding = _finding_from_bag(bag, number=number, label=str(number), section=None, part=1, known=set())
        if finding is None:
            continue
        finding.sources["title"], finding.confidence["title"] = "分节小标题", 0.5
        if paragraph in shown_after and finding.status is None:
            finding.status, finding.marker = "completed", shown_after[paragraph]
            finding.sources["status"], finding.confidence["status"] = "整治后图片说明", 0.5
        finding.warnings.append(f"问题{number}：按各节小标题读取，请核对并补充单位、时限。")
        findings.append(finding)
    return ParsedPlan(findings, "paragraphs", {1: None}) if len(findings) >= 2 else None


def _counted_examples(lines: list[str]) -> ParsedPlan | None:
    """A news item on a check that names its problems only as the example of each count (“对检查中
    发现的A等18个问题逐个检查。…检查中还发现B等5个新问题。”, `EXAMPLE_OF_COUNT`): each example is
    one finding, titled by it, led by the village or town it opens on (as `_run_on_list`
    reads a clause). Two examples at least, every field at confidence 0.5."""
    examples = [found.group("problem").strip() for line in lines for found in EXAMPLE_OF_COUNT.finditer(line)]
    if len(examples) < 2:
        return None
    findings = _listed_problems(examples, "新闻中“发现…等N个问题”所举之例")
    for finding, example in zip(findings, examples, strict=True):
        place = CLAUSE_PLACE.match(example)
        if place is not None:
            _lead(finding, place.group("place"), "问题所在地")
    return ParsedPlan(findings, "paragraphs", {1: None})


def _photo_paragraphs(lines: list[str]) -> ParsedPlan | None:
    """An 曝光台 post copied with its photos as file-name lines: each paragraph right under a
    photo (not under a caption or a column's name) describes what the photos show, one problem,
    titled by its first sentence. Two such paragraphs at least, every field at confidence 0.5."""
    paragraphs = [
        line
        for before, line in pairwise(lines)
        if _PHOTO_FILE_LINE.match(before) and not _PHOTO_FILE_LINE.match(line) and len(line) >= 20
    ]
    if len(paragraphs) < 2 or not any(BLACK_LIST_HEADING.search(line) for line in lines):
        return None
    findings = _listed_problems(paragraphs, "曝光图片下的段落", source="曝光图片下的段落", titled=True)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _captions_under_places(text: str) -> ParsedPlan | None:
    """A monthly 通报 copied from a 美篇 or WeChat post whose heading naming problems (“一、例行巡查
    发现的人居环境问题曝光”) stands over one sub-heading a village (“（一）厚浪沱村”), each over
    its photos' captions, one line each (“洞口悬崖处有白色垃圾”): each caption is one finding, its
    title, the village its lead. A video's length on its own line (“00:10”) is no caption; a
    request (“请上述问题所涉村…”) or the next heading ends the group. Two groups with captions at
    least, none without; every field at confidence 0.5."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    headings = [_heading(line) for line in lines]
    for top, over in enumerate(headings):
        if over is None or not _names_problems(over.rest):
            continue
        groups: list[tuple[str, list[str]]] = []
        style = None
        for line, heading in zip(lines[top + 1 :], headings[top + 1 :], strict=True):
            if heading is not None:
                if heading.style == over.style or (style is not None and heading.style != style):
                    break
                place = _unit_heading(line)
                if place is None:
                    groups = []
                    break
                style = heading.style
                groups.append((place, []))
            elif groups and line.startswith("请"):
                break
            elif groups and not MEDIA_DURATION_LINE.match(line):
                groups[-1][1].append(line)
            elif not groups and not MEDIA_DURATION_LINE.match(line):
                break  # a paragraph before the first village: not a list of captions
        if len(groups) < 2 or not all(captions for _, captions in groups):
            continue
        places = [place for place, captions in groups for _ in captions]
        captions = [caption.rstrip("。") for _, group in groups for caption in group]
        findings = _listed_problems(captions, "村名标题下的图片说明", source="村名标题下的图片说明")
        for finding, place in zip(findings, places, strict=True):
            _lead(finding, place, "分组标题")
        return ParsedPlan(findings, "paragraphs", {1: None})
    return None


def _lead(finding: ParsedFinding, unit: str, source: str) -> None:
    """A lead unit read from prose, at confidence 0.5."""
    finding.lead_units = [unit]
    finding.sources["lead_units"], finding.confidence["lead_units"] = source, 0.5


def _listed_problems(
    problems: list[str], where: str, source: str = "通报所列问题", titled: bool = False
) -> list[ParsedFinding]:
    """One finding a problem a 通报 lists without numbers or labels, at confidence 0.5 and saying
    where it was read (“按{where}读取”); its title the problem whole, or (`titled`) its first
    sentence."""
    return [
        _prose_finding(
            number,
            _title(problem) if titled else problem,
            problem,
            source=source,
            confidence=0.5,
            warning=f"问题{number}：按{where}读取，请核对并补充单位、时限。",
        )
        for number, problem in enumerate(problems, start=1)
    ]


def _parse_found_sentences(text: str) -> ParsedPlan | None:
    """A 检查 / 督查 通报 that lists what it found in one paragraph after “发现的问题有：”, one
    sentence a problem (no numbers, no labels): each sentence is one finding, its title. Two
    sentences at least; every finding at confidence 0.5 with a warning."""
    for line in text.split("\n"):
        found = FOUND_INLINE.search(line.strip())
        if found is None:
            continue
        sentences = [part.strip() for part in re.split(r"[。！!]", found.group("rest")) if part.strip()]
        # “A村辖区内…不明显，B村辖区内…不明显”: one sentence, a clause per place
        sentences = [
            clause.strip() for sentence in sentences for clause in _place_clauses(sentence) if clause.strip()
        ]
        if len(sentences) < 2:
            continue
        findings = _listed_problems(sentences, "通报“发现的问题”中的句子")
        for finding, sentence in zip(findings, sentences, strict=True):
            place = PLACE_CLAUSE.match(sentence)
            if place and not finding.lead_units:
                _lead(finding, place.group("place"), "问题所在地")
        return ParsedPlan(findings, "paragraphs", {1: None})
    return None


def _fault_sentences(text: str) -> ParsedPlan | None:
    """The very last reading, for a document of a shape no reader above knows: each sentence (or
    clause between ；) that names a fault (`FAULT`) is one finding titled by it, in order. Under a
    chapter heading naming problems (“二、存在的问题”) only that chapter's sentences; never a title
    line, a demand (`ASKING_SENTENCE`), a count of problems or praise. Every finding at confidence
    0.3 with a warning: a preview to correct beats a refusal, which leaves the user nothing. Only
    the one body the text says urged the problems put right (`URGING_BODY`) leads; no limit, no
    state is guessed. None when no sentence names a fault (a covering letter, minutes, praise):
    that is still refused."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for k, line in enumerate(lines):
        chapter = _heading(line)
        if chapter is not None and len(chapter.rest) <= 20 and PROBLEMS_CHAPTER.search(chapter.rest):
            end = next(
                (
                    j
                    for j in range(k + 1, len(lines))
                    if (sibling := _heading(lines[j])) is not None and sibling.style == chapter.style
                ),
                len(lines),
            )
            lines = lines[k + 1 : end]
            break
    sentences = []
    for line in lines:
        if DOCUMENT_TITLE_END.search(line) and not re.search(r"[。；;，,]", line):
            continue
        for part in re.split(r"(?<=[。！!；;])", line):
            sentence = REQUEST_AFTER.sub("", part.strip().rstrip("。！!；;").strip())
            if not 8 <= len(sentence) <= 200 or not (FAULT.search(sentence) or STILL_THERE.search(sentence)):
                continue
            if ASKING_SENTENCE.search(sentence) or COUNT_OF_PROBLEMS.search(sentence):
                continue
            if PRAISING_SENTENCE.search(sentence):
                continue
            found = FOUND_INLINE.search(sentence)  # “发现的问题有：A”: the problem is A
            sentence = SENTENCE_COUNT_HEAD.sub("", found.group("rest") if found else sentence)
            # (a page printing its text twice tells each problem once)
            if len(sentence) >= 6 and sentence not in sentences:
                sentences.append(sentence)
    if not sentences:
        return None
    findings = [
        _prose_finding(
            number,
            _title(sentence),
            sentence,
            source="含问题描述的句子",
            confidence=0.3,
            warning=f"问题{number}：未识别出文档版式，按含问题描述的句子逐句列出，请核对标题并补充单位、时限。",
        )
        for number, sentence in enumerate(sentences, start=1)
    ]
    urging = {
        match.group("unit") for match in URGING_BODY.finditer(text) if _looks_like_unit(match.group("unit"))
    }
    for finding in findings if len(urging) == 1 else []:
        _lead(finding, next(iter(urging)), "督促整改的单位")
    return ParsedPlan(findings, "paragraphs", {1: None})


def _parse_quoted_problems(text: str) -> ParsedPlan | None:
    """A report or news item that takes up two or more quoted problems in turn (“针对“A”问题，…于3月
    12日提前完成了整改工作。针对“B”问题，…立行立改，形成长效机制。”, `TAKEN_UP_QUOTED`): each is a
    finding titled by its quote, numbered in order, the account up to the next such clause (or the
    paragraph's end) its progress, which tells its state and limit as a progress field does. A
    problem quoted again later is the same finding. None with fewer than two."""
    findings: list[ParsedFinding] = []
    seen: set[str] = set()
    for paragraph in (line.strip() for line in text.split("\n")):
        clauses = list(TAKEN_UP_QUOTED.finditer(paragraph))
        for k, clause in enumerate(clauses):
            problem = clause.group("problem").strip()
            if problem in seen:
                continue
            seen.add(problem)
            end = clauses[k + 1].start() if k + 1 < len(clauses) else len(paragraph)
            bag = _Bag()
            bag.add_label(_Token(problem, field="problem", label="问题"))
            bag.add_label(_Token(paragraph[clause.end() : end].strip(), field="progress", label="整改情况"))
            number = len(findings) + 1
            finding = _finding_from_bag(
                bag, number=number, label=str(number), section=None, part=1, known=set()
            )
            if finding is None:
                continue
            ordered = ORDERED_AT_ONCE.search(paragraph[clause.end() : end])
            if ordered and not finding.deadlines:
                # “区政府责成办事处及村委立行立改”: ordered to act at once, the account's limit
                finding.deadlines = parse_deadline_field(ordered.group("due"))
                finding.sources["deadlines"], finding.confidence["deadlines"] = "正文", 0.5
            finding.sources["title"], finding.confidence["title"] = "正文所引问题", 0.5
            finding.warnings.append(f"问题{number}：按正文“针对“…”问题”逐项读取，请核对并补充单位、时限。")
            findings.append(finding)
    return ParsedPlan(findings, "paragraphs", {1: None}) if len(findings) >= 2 else None


def _parse_answered_reports(text: str) -> ParsedPlan | None:
    """A news item retelling a body's answers to what callers reported (a hotline's “局长有约” hour,
    a 信箱's replies): each report (“一市民反映，X。”, “就X的问题，…”, “接到X的反映后，…”, or a
    sentence right before the body's “Y答复，”) is a finding titled by X (a bare sentence by its
    first clause), the body answering it its lead and the answer its progress, which tells its
    state as a progress field does. Two answered reports at least, every field at confidence 0.5."""
    reports: list[list] = []  # [problem, unit or None, answer sentences]
    for paragraph in (line.strip() for line in text.split("\n")):
        for sentence in (part.strip() for part in re.split(r"[。！!]", paragraph) if part.strip()):
            opened = (
                CALLER_REPORTED.match(sentence)
                or REPORT_TAKEN_UP.match(sentence)
                or REPORT_RECEIVED.match(sentence)
            )
            if opened is not None:
                rest = opened.groupdict().get("rest") or ""
                body = BODY_ANSWERS.match(rest) or BODY_ACTS.match(rest)
                reports.append(
                    [opened.group("problem").strip(), body.group("unit") if body else None, [rest]]
                )
                continue
            answer = BODY_ANSWERS.match(sentence)
            if answer is not None and reports and reports[-1][1] is not None and len(reports[-1][2]) > 1:
                # the sentence before the answer was a report of its own (“X，周边居民很是不便。”)
                problem = reports[-1][2].pop()
                reports.append([re.split(r"[，,；;]", problem)[0], None, []])
            if answer is not None and reports and reports[-1][1] is None:
                reports[-1][1] = answer.group("unit")
            if reports:
                reports[-1][2].append(sentence)
    answered = [report for report in reports if report[1] is not None]
    if len(answered) < 2:
        return None
    findings: list[ParsedFinding] = []
    for problem, unit, sentences in answered:
        bag = _Bag()
        bag.add_label(_Token(problem, field="problem", label="问题"))
        bag.add_label(_Token(unit, field="lead", label="答复单位"))
        bag.add_label(_Token("，".join(part for part in sentences if part), field="progress", label="答复"))
        number = len(findings) + 1
        finding = _finding_from_bag(bag, number=number, label=str(number), section=None, part=1, known=set())
        if finding is None:
            continue
        for name in ("title", "lead_units"):
            finding.confidence[name] = 0.5
        finding.warnings.append(f"问题{number}：按新闻所述群众反映与答复读取，请核对并补充时限。")
        findings.append(finding)
    return ParsedPlan(findings, "paragraphs", {1: None}) if len(findings) >= 2 else None


def _parse_message_reply(text: str) -> ParsedPlan | None:
    """A resident's message and a body's reply under it, as a 留言板 or 信箱 publishes them (the reply
    opening on the writer, `REPLY_OPENING`, or on the body answering, `REPLY_BY_BODY`, saying the
    message was received, `REPLY_RECEIVED`, signed by the body, `REPLY_SIGNER`): one finding,
    titled by the message's own title line (a short line written once, not the board's name, a
    number or a date), else by the question it asks, else by what it says before its request; a
    reply published without the message is titled by the fault its first sentence naming one tells.
    Led by the body signing the reply (or the town it says will do the work), the reply its
    progress, the limits it says were set its deadlines. Title and lead at confidence 0.5."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    opening = next(
        (k for k, line in enumerate(lines) if REPLY_OPENING.match(line) or REPLY_BY_BODY.match(line)), None
    )
    handed = None
    if opening is None:
        # a reply opening on the body the message was handed to (“…交办区交运局。…具体答复如下：”)
        opening = next(
            (k for k, one in enumerate(lines) if HANDED_TO_BODY.search(one) and REPLY_RECEIVED.search(one)),
            None,
        )
        handed = HANDED_TO_BODY.search(lines[opening]) if opening is not None else None
    labelled = False
    if opening is None:
        # a reply under its own label (“信息反馈”), a body signing it below
        opening = next(
            (
                k
                for k, line in enumerate(lines)
                if REPLY_LABEL.match(line) and any(REPLY_SIGNER.match(below) for below in lines[k + 1 :])
            ),
            None,
        )
        labelled = opening is not None
    if opening is None or not (labelled or any(REPLY_RECEIVED.search(line) for line in lines[opening:])):
        return None
    reply = lines[opening + 1 :]
    signers = [found.group("unit") for line in reply if (found := REPLY_SIGNER.match(line))]
    signers += [found.group("unit") for line in reply if (found := REPLY_SIGNER_AT_END.search(line))]
    if by_body := REPLY_BY_BODY.match(lines[opening]):
        signers.append(by_body.group("unit"))
    elif handed is not None:
        signers.append(handed.group("unit"))
    elif opening > 0 and (above := REPLY_SIGNER.match(lines[opening - 1])):
        signers.append(above.group("unit"))  # “回复原文” ↵ “X镇人民政府” ↵ “网友您好！…”
    message = [line for line in lines[:opening] if not REPLY_LABEL.match(line)]
    titled = _message_title_line(message)
    if not signers and titled is None:
        return None  # (a reply no body signs: only under a message with a title line of its own)
    labelled = next((k for k, line in enumerate(message) if MESSAGE_LABEL.match(line)), None)
    if labelled is not None:
        below = message[labelled + 1 :]
        message = [line for line in below if not (REPLY_LABEL.match(line) or REPLY_SIGNER.match(line))]
    title = _message_title(message) if message else _reply_fault(reply)
    if title is None:
        return None
    answer = REPLY_BY_BODY.sub("", lines[opening]) if by_body else ""
    answer += "".join(reply)
    promised = TOWN_PROMISES.search(answer)
    bag = _Bag()
    bag.add_label(_Token(title, field="problem", label="问题"))
    if promised or signers:
        lead = promised.group("town") if promised else signers[-1]
        bag.add_label(_Token(lead, field="lead", label="答复单位"))
    bag.add_label(_Token(answer, field="progress", label="答复"))
    finding = _finding_from_bag(bag, number=1, label="1", section=None, part=1, known=set())
    if finding is None:
        return None
    finding.deadlines = finding.deadlines or _reply_limits(answer, text)
    for name in ("title", "lead_units"):
        finding.confidence[name] = 0.5
    finding.warnings.append("问题1：按群众留言与答复读取，请核对并补充时限。")
    return ParsedPlan([finding], "paragraphs", {1: None})


def _parse_treated_notice(text: str) -> ParsedPlan | None:
    """A notice that the bodies it names treated one named water body or site and now post it
    (“区生态环境分局、东园镇人民政府结合…工作，对…排水沟黑臭水体进行了治理。…现将监测及治理情况进行
    公示。”, `TREATED_BY_BODIES`, `POSTED_FOR_NOTICE`): one finding, titled by the site, led by the
    bodies, done. The title at confidence 0.5."""
    if POSTED_FOR_NOTICE.search(text) is None:
        return None
    treated = [found for found in TREATED_BY_BODIES.finditer(text) if _units_of(found.group("units"))]
    if len(treated) != 1:
        return None
    found = treated[0]
    bag = _Bag()
    bag.add_label(_Token(found.group("site"), field="problem", label="问题"))
    bag.add_label(_Token(found.group("units"), field="lead", label="治理单位"))
    finding = _finding_from_bag(bag, number=1, label="1", section=None, part=1, known=set())
    if finding is None:
        return None
    finding.status, finding.marker = "completed", found.group(0)
    finding.sources["status"], finding.confidence["title"] = "公示说明", 0.5
    finding.warnings.append("问题1：按公示所述治理对象读取，请核对并补充时限。")
    return ParsedPlan([finding], "paragraphs", {1: None})


def _units_of(raw: str) -> list[str]:
    """The bodies a “、” list names, every one looking like a unit (else none)."""
    names = [name.strip() for name in raw.split("、") if name.strip()]
    return names if names and all(_looks_like_unit(name) for name in names) else []


def _message_title_line(message: list[str]) -> str | None:
    """The message's own title line: a short line written once, no sentence (commas allowed:
    “多祥肖月村养殖场毫无规划,危害村民健康”), not the board's name, a number or a date."""
    return next(
        (
            line
            for line in message
            if len(line) <= _HEADLINE_MAX
            and message.count(line) == 1
            and not re.search(r"[。；;：:！!？?]", line)
            and not re.search(r"留言|信箱|来信|\d{2}|查看", line)
        ),
        None,
    )


def _message_title(message: list[str]) -> str | None:
    """The message's own title line, else the question it asks (not one asked for effect), else what
    its first sentence says before the request it closes on (“…，没有相应的水沟和管网处理，烦请政府处理…”),
    else the sentence just before the one that makes its request (“…不下雨开车也过不去.我们只求…”)."""
    titled = _message_title_line(message)
    if titled is not None:
        return titled
    asked = next(
        (
            part
            for part in re.split(r"(?<=[？?])", "".join(message))
            if part.rstrip().endswith(("？", "?")) and not RHETORICAL_QUESTION.search(part.rstrip())
        ),
        None,
    )
    if asked is not None:
        return re.split(r"[，,：:]", asked.rstrip("？? "))[-1]
    # (the message's lines joined: a printed page wraps its first sentence; a full stop typed as “.”
    # between words ends a sentence too; a greeting “您们好！” is none)
    joined = "".join(message)
    sentences = [
        sentence.strip()
        for sentence in re.split(r"[。！!；;？?]|(?<!\d)\.(?!\d)", MESSAGE_SALUTATION.sub("", joined))
        if sentence.strip() and not MESSAGE_GREETING.match(sentence.strip())
    ]
    if not sentences:
        return None
    clauses = re.split(r"[，,]", sentences[0])
    said = list(itertools.takewhile(lambda clause: not MESSAGE_REQUEST.match(clause.strip()), clauses))
    if len(said) == len(clauses):
        asking = next((k for k, sentence in enumerate(sentences) if MESSAGE_REQUEST.match(sentence)), None)
        if asking:
            return sentences[asking - 1]
    return "，".join(said).strip() or None


def _reply_fault(reply: list[str]) -> str | None:
    """A reply published without the message it answers: the faults the body says it found when it
    went to look (“到该养猪地实地查看，当时…存栏猪45头，没有任何粪污处理设施，粪水直排在外。” → “没有任何
    粪污处理设施，粪水直排在外”: from the first clause naming a fault after the visit to the sentence's
    end), else those of the first sentence naming one (not the one saying the message was received)."""
    sentences = [
        sentence
        for sentence in re.split(r"[。！!；;]", "".join(reply))
        if not REPLY_RECEIVED.search(sentence)
    ]

    def faults(clauses: list[str]) -> str | None:
        # (clauses with the comma after each, so the title keeps the page's own “，” or “,”)
        first = next((k for k, clause in enumerate(clauses) if FAULT.search(clause)), None)
        return "".join(clauses[first:]).strip().rstrip("，,") if first is not None else None

    def comma_clauses(sentence: str) -> list[str]:
        return [clause.strip() for clause in re.split(r"(?<=[，,])", sentence)]

    for sentence in sentences:
        clauses = comma_clauses(sentence)
        looked = next((k for k, clause in enumerate(clauses) if LOOKED_ON_THE_SPOT.search(clause)), None)
        if looked is not None and (found := faults(clauses[looked + 1 :])):
            return found
    return next((found for sentence in sentences if (found := faults(comma_clauses(sentence)))), None)


def _reply_limits(answer: str, text: str) -> list[ParsedDeadline]:
    """The limits a reply says the body set (“于10月底完成”, “在12月3日前”), a date without its year
    in the year of the reply's signed date (else of the one year the page writes)."""
    signed = _signed_date(text)
    years = {int(year) for year in WRITTEN_YEAR.findall(text)}
    limits: list[ParsedDeadline] = []
    for found in REPLY_LIMIT.finditer(answer):
        # (the second form, “预计2018年底…到位”, in groups of its own; a year's end is December's)
        y, m, d, when = (found.group(f"{name}2") or found.group(name) for name in ("y", "m", "d", "when"))
        if y:
            year = int(y)
        elif signed is not None:
            year = signed[0]
        elif len(years) == 1:
            year = next(iter(years))
        else:
            continue
        month = int(m) if m else 12
        last = calendar.monthrange(year, month)[1]
        day = min(int(d), last) if d else last
        limits.append(ParsedDeadline(kind="date", date=date(year, month, day), text=when))
    return limits


def _parse_suggestion_reply(text: str) -> ParsedPlan | None:
    """A body's reply to a deputies' suggestion filed as a document (`SUGGESTION_REPLY_TITLE` in its
    first lines, the suggestion before “现答复如下：”, the body signing under the answer): one
    finding numbered as the suggestion, titled by the suggestion's sentence turning from praise
    to the fault (`SUGGESTION_TURN`), led by the signing body, the answer its progress. Every
    field at confidence 0.5; None when a part is missing."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    titled = next((m for m in map(SUGGESTION_REPLY_TITLE.search, lines[:4]) if m), None)
    answered = next((k for k, line in enumerate(lines) if SUGGESTION_ANSWERED.search(line)), None)
    if titled is None or answered is None:
        return None
    suggestion = "".join(lines[lines.index(titled.string) + 1 : answered + 1])
    suggestion = suggestion[: SUGGESTION_ANSWERED.search(suggestion).start()]  # type: ignore[union-attr]
    turn = SUGGESTION_TURN.search(suggestion)
    signers = [found.group("unit") for line in lines[answered:] if (found := REPLY_SIGNER.match(line))]
    if turn is None or not signers:
        return None
    bag = _Bag()
    bag.add_label(_Token(turn.group("problem"), field="problem", label="问题"))
    bag.add_label(_Token(signers[-1], field="lead", label="答复单位"))
    answer = SUGGESTION_ANSWERED.split("\n".join(lines[answered:]), maxsplit=1)[-1]
    bag.add_label(_Token(answer.split(signers[-1])[0].strip(), field="progress", label="答复"))
    number = int(titled.group("n"))
    finding = _finding_from_bag(bag, number=number, label=str(number), section=None, part=1, known=set())
    if finding is None:
        return None
    for name in ("title", "lead_units"):
        finding.confidence[name] = 0.5
    finding.warnings.append(f"问题{number}：按代表建议与答复读取，请核对并补充时限。")
    return ParsedPlan([finding], "paragraphs", {number: None})


def _parse_case_answer(text: str) -> ParsedPlan | None:
    """A public answer to one case handed down (`words.CASE_ANSWER_OPENING`: “接《…交办单》…后，…现将
    调查处理情况公示如下：”) in headed parts (一、是否属实 … 四、责任追究情况): one finding titled by
    the complaint its verdict quotes (`VERIFIED_QUOTE`), led by the units of its closing
    “责任单位：” line, the part on what was done (`CASE_ANSWER_HANDLING`) its progress. The parts are
    no findings of their own."""
    # (a printed notice breaks its lines inside words: “…任务交” ↵ “办单》…”)
    joined = re.sub(r"\s+", "", text)
    if not CASE_ANSWER_OPENING.search(joined):
        return None
    quotes = list(VERIFIED_QUOTE.finditer(joined))
    if len(quotes) != 1:
        return None  # (a 公示 of several cases, each quoted: the lists' readings take it)
    quote = quotes[0]
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    units = next((found.group("units") for line in lines if (found := CASE_ANSWER_UNITS.match(line))), None)
    handling: list[str] = []
    inside = False
    for line in lines:
        if CASE_ANSWER_HANDLING.match(line):
            inside = True
            continue
        if inside and (_heading(line) is not None or CASE_ANSWER_UNITS.match(line)):
            break
        if inside:
            handling.append(line)
    bag = _Bag()
    bag.add_label(_Token(quote.group("complaint"), field="problem", label="反映问题"))
    if units:
        bag.add_label(_Token(units, field="lead", label="责任单位"))
    if handling:
        bag.add_label(_Token("".join(handling), field="progress", label="整改处理情况"))
    finding = _finding_from_bag(bag, number=1, label="1", section=None, part=1, known=set())
    if finding is None:
        return None
    return ParsedPlan([finding], "records", {1: None})


def _message_page_fields(lines: list[str]) -> dict[str, str]:
    """The labelled rows of a message page (title, message, reply, state: `words.MESSAGE_TITLE_LABEL`
    …), each value after its label on the row (a cell, a tab, a colon) or on the lines below it, up
    to the next label. Rows of other labels (来信时间, 留言日期 …) end the value before them."""
    kinds = (
        ("title", MESSAGE_TITLE_LABEL),
        ("message", MESSAGE_BODY_LABEL),
        ("reply", REPLY_BODY_LABEL),
        ("state", MESSAGE_STATE_LABEL),
        ("unit", REPLY_UNIT_LABEL),
    )
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    # (a row of cells copied with tabs between them holds a label and its value each, or a label
    # and its value in two cells)
    cells: list[str] = []
    for raw in lines:
        row: list[str] = []
        for cell in raw.split("\t"):
            if row and re.search(r"[:：]\s*$", row[-1]) and cell.strip():
                row[-1] += cell  # (“标题:” tab “猪粪直排小河”: a label cell and its value cell)
            else:
                row.append(cell)
        cells += row
    for raw in cells:
        line = raw.strip().strip("|").strip()
        head = re.match(r"([\u4e00-\u9fff]{2,6})(?:\s*[|:：\t]\s*|\s{2,}|$)", line)
        if head:
            kind = next((name for name, label in kinds if label.fullmatch(head.group(1))), None)
            # (a section heading “信件内容” over the labelled row “信件内容: …”: the row is taken)
            if kind is not None and not fields.get(kind):
                current = fields[kind] = []
                value = line[head.end() :].strip().strip("|").strip()
                if value:
                    current.append(value)
                continue
            if (
                head.end() == len(line)
                or MESSAGE_DATE_LABEL.search(head.group(1))
                or MESSAGE_OTHER_LABEL.fullmatch(head.group(1))
            ):
                current = None  # another label of the page (来信时间 ↵ 2022-03-17): no part of a value
                continue
        if current is not None and line:
            current.append(line.lstrip("•·● ").strip())
    return {name: " ".join(values).strip() for name, values in fields.items()}


def _parse_message_page(text: str) -> ParsedPlan | None:
    """A resident's message and the reply under it, laid out in labelled rows (a 信箱's 来信标题 /
    来信内容 / 办理情况, a 网上举报 page's 标题 / 发言内容 / 回复内容 / 处理状态) or retold inline by a
    news site (“X就Y进行了回复。 网友留言: … X回复: …”): one finding titled by the message's title
    (Y), led by the body signing the reply (`REPLY_SIGNED`), else the one it says it sent to deal
    with it (`REPLY_SENT_TO`), else the one answering (X); done when the page's state says it was
    dealt with; a limit the reply reports (`REPLY_AGREED_LIMIT`) is its limit. Title and lead at 0.5."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    fields = _message_page_fields(lines)
    title = fields.get("title", "")
    reply = fields.get("reply", "")
    answering = None
    if not (title and reply and fields.get("message")):
        retold = MESSAGE_RETOLD.search(text)
        inline = REPLY_INLINE.search(text)
        if not (retold and inline and MESSAGE_INLINE.search(text, 0, inline.start())):
            return None
        title, answering = retold.group("title"), inline.group("unit")
        reply = re.split(r"\s*\|\s*(?:\n|$)", text[inline.end() :].strip(), maxsplit=1)[0]
    # (a message's title may run on with commas, never over sentences)
    if len(title) > 60 or re.search(r"[。；;]", title):
        return None
    signed = [found.group("unit") for found in REPLY_SIGNED.finditer(reply)]
    sent = REPLY_SENT_TO.search(reply)
    unit = signed[-1] if signed else fields.get("unit") or (sent.group("unit") if sent else answering)
    bag = _Bag()
    bag.add_label(_Token(title, field="problem", label="问题"))
    if unit:
        bag.add_label(_Token(unit, field="lead", label="答复单位"))
    bag.add_label(_Token(reply, field="progress", label="答复"))
    limit = REPLY_AGREED_LIMIT.search(reply)
    if limit:
        bag.add_label(_Token(limit.group(0), field="deadline", label="整改时限"))
    finding = _finding_from_bag(bag, number=1, label="1", section=None, part=1, known=set())
    if finding is None:
        return None
    if MESSAGE_HANDLED.match(fields.get("state", "")):
        finding.status = "completed"
    for name in ("title", "lead_units"):
        finding.confidence[name] = 0.5
    finding.warnings.append("问题1：按来信（留言）与答复页面读取，请核对。")
    return ParsedPlan([finding], "paragraphs", {1: None})


def _parse_found_lines(lines: list[str]) -> ParsedPlan | None:
    """A 暗访 post that opens its run with “检查发现，X。” and goes on one problem a line, no numbers
    (“北吉城村村委东侧河道内有漂浮垃圾。” ↵ …), up to the closing line (“现对以上问题公开曝光，
    提醒旧县乡…抓紧整改”): each line is one finding; the one place the closing line reminds or
    orders to act leads them all. Two lines at least, every field at confidence 0.5."""
    first = next((k for k, line in enumerate(lines) if FOUND_COMMA.match(line)), None)
    if first is None:
        return None
    problems = [FOUND_COMMA.sub("", lines[first])]
    closing = ""
    for line in lines[first + 1 :]:
        if FOUND_LINES_END.match(line) or NOTICE_FOOTER.search(line) or BOILERPLATE.search(line):
            closing = line
            break
        if _heading(line) is not None or len(line) > 80 or not line.endswith(("。", "；", ";")):
            return None
        problems.append(line)
    problems = [line.rstrip("。；;") for line in problems]
    if len(problems) < 2 or not all(FAULT.search(p) or len(p) >= 8 for p in problems):
        return None
    findings = _listed_problems(problems, "通报“检查发现”后的各行")
    _led_as_the_closing_line_asks(findings, closing)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _parse_found_in_places(lines: list[str]) -> ParsedPlan | None:
    """A paper's account of a check of several districts (counties, towns), one sentence each
    (“在雁塔区，督导组发现A，B；C。在未央区，督导组发现D；E。”, `words.FOUND_IN_PLACE`): the run
    after 发现 is cut at ；, each part at 、 and ， where the piece before names a fault; each piece
    is one finding, led by the place its sentence opens on. Read before the sentences of what was
    found at each place are read whole (set 121's 宝安, whose places are sites, not districts). Two
    such sentences at least, no piece over 60 characters; confidence 0.5."""
    found = [m for line in lines for m in FOUND_IN_PLACE.finditer(line)]
    if len(found) < 2:
        return None
    items: list[tuple[str, str]] = []
    for match in found:
        for part in re.split(r"[；;]", match.group("items")):
            items.extend(
                (piece, match.group("place")) for piece in _joined_clauses(part, "[、，,]", "until fault")
            )
    if any(len(item) > 60 for item, _ in items):
        return None
    findings = _listed_problems([item for item, _ in items], "各地“发现”后所列问题")
    for finding, (_, place) in zip(findings, items, strict=True):
        _lead(finding, place, "问题所在地")
    return ParsedPlan(findings, "paragraphs", {1: None})


def _parse_announced_lines(lines: list[str]) -> ParsedPlan | None:
    """A post announcing what a check found without telling it (“在督查中发现这几处地方存在了环境
    卫生问题。”, `words.ANNOUNCED_PROBLEM_LINES`) over short lines, one problem each and no numbers
    (picture captions), up to the line asking for them to be put right: each line is one finding;
    the one place the closing line orders to act leads them. Two lines at least, none over 40
    characters; confidence 0.5."""
    first = next((k for k, line in enumerate(lines) if ANNOUNCED_PROBLEM_LINES.search(line)), None)
    if first is None:
        return None
    problems: list[str] = []
    closing = ""
    for line in lines[first + 1 :]:
        if "要求" in line or FOUND_LINES_END.match(line) or NOTICE_FOOTER.search(line):
            closing = line
            break
        if _heading(line) is not None or len(line) > 40:
            return None
        problems.append(line.rstrip("。；;"))
    if len(problems) < 2:
        return None
    findings = _listed_problems(problems, "通报“发现…问题”后的各行")
    _led_as_the_closing_line_asks(findings, closing)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _led_as_the_closing_line_asks(findings: list[ParsedFinding], closing: str) -> None:
    """The one place a run's closing line reminds or orders to act (“提醒旧县乡…抓紧整改”,
    `words.REMINDED_TO_ACT`) leads every finding of the run."""
    reminded = REMINDED_TO_ACT.search(closing)
    for finding in findings if reminded else []:
        _lead(finding, reminded.group("unit"), "通报要求")


def _units_on_named_problems(plan: ParsedPlan | None, text: str) -> ParsedPlan | None:
    """A requirement after a run of problems handing one of them, named again as the run wrote it,
    to a body (“城管部门就人行横道破损问题进行及时处理”, `words.UNIT_ON_NAMED_PROBLEM`): that body
    leads the finding so titled, when nothing else named its lead; confidence 0.5."""
    if plan is None:
        return None
    for match in UNIT_ON_NAMED_PROBLEM.finditer(text):
        for finding in plan.findings:
            if finding.title == match.group("problem") and not finding.lead_units:
                _lead(finding, match.group("unit"), "要求中点名")
    return plan


def _paragraphs_under_visit_headings(lines: list[str]) -> ParsedPlan | None:
    """A paper's account of a check in sections: each headed by a place and what was found there
    (“邕宁区：经营户跨门槛经营”, `words.PLACE_SUMMARY_HEADING`), two such headings at least, or by
    one 暗访 label line (“现象：… 暗访地点：…”, `words.VISIT_PLACE_LABEL`); with neither, each
    paragraph opening on where the group went next (“随后暗访组来到X镇，…”, `words.VISIT_ARRIVAL`),
    two at least, titled whole and led by none. Each paragraph under a
    heading, up to the next or the page's end, is one finding titled whole; a place heading leads its
    paragraphs, a visit label names where the group went and leads none. Two paragraphs at least,
    every field at confidence 0.5."""
    if not any(TELLS_OF_CHECK.search(line) for line in lines):
        return None  # an account of a check, nothing else
    placed = [k for k, line in enumerate(lines) if PLACE_SUMMARY_HEADING.match(line)]
    labelled = [k for k, line in enumerate(lines) if VISIT_PLACE_LABEL.search(line) and len(line) <= 60]
    if len(placed) >= 2:
        starts = placed
    elif len(labelled) == 1 and not placed:
        starts = labelled
    else:
        # no headings: the paragraphs opening on where the group went next (“随后暗访组来到X镇，…”)
        arrivals = [
            line.rstrip("。！!")
            for line in lines
            if VISIT_ARRIVAL.match(line) and len(line) >= 20 and line.endswith(("。", "！", "!"))
        ]
        if len(arrivals) < 2:
            return None
        findings = _listed_problems(arrivals, "暗访组所到之处的段落", source="分段暗访记述")
        return ParsedPlan(findings, "paragraphs", {1: None})
    rows: list[tuple[str, str | None]] = []  # (paragraph, place)
    for index, start in enumerate(starts):
        heading = PLACE_SUMMARY_HEADING.match(lines[start])
        place = heading.group("place") if heading else None
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        for line in lines[start + 1 : end]:
            if NOTICE_FOOTER.search(line) or BOILERPLATE.search(line) or CLOSING_PARAGRAPH.match(line):
                break
            if len(line) < 20 or not line.endswith(("。", "！", "!")):
                continue
            rows.append((line.rstrip("。！!"), place))
    if len(rows) < 2:
        return None
    findings = _listed_problems([row for row, _ in rows], "分段暗访记述", source="分段暗访记述")
    for finding, (_, place) in zip(findings, rows, strict=True):
        if place:
            _lead(finding, place, "小标题所列地方")
    return ParsedPlan(findings, "paragraphs", {1: None})


def _run_on_list(lines: list[str], readings: tuple[RunOnList, ...]) -> ParsedPlan | None:
    """Problems run on inside one paragraph, a clause a problem (`words.RunOnList`: a 人大 check's
    “存在A、B等问题”, a 督察's “督察中发现，A；B等问题”, a 通报's “…等问题，如陈集镇…；薛湖镇…”, a 暗访's
    “在X村看到…”): the first reading whose run holds its list reads it. Each clause is one finding
    titled whole (less what closes the whole list, “…，严重影响村容村貌”), led by the reading's rule,
    done where it says a point handed down before is done (已清理) and nothing in it is still open
    (仍有, 未整改). A run followed by numbered problems may sum them up (`RunOnList.sums_numbered`);
    a problem taken up after the run with the body told to lead it (“对…偷排遗留问题…督促乡环保办
    牵头整改”) is one more. Every field at confidence 0.5."""
    for reading in readings:
        for index, before, run, after in _runs(lines, reading):
            rows = _run_clauses(run, reading)
            if rows is None or len(rows) < reading.minimum:
                continue
            if reading.longest and any(len(clause) > reading.longest for clause, _ in rows):
                continue
            if index < len(lines) and not _count_agrees(lines[index], reading, len(rows)):
                continue
            if reading.sums_numbered and any(
                (h := _heading(later)) is not None and FAULT.search(h.rest) for later in lines[index + 1 :]
            ):
                break  # numbered problems below: the run sums them up
            if reading.places == "sentence":
                rows = _praised_but_short(before) + rows
            return _run_findings(rows, reading, lines, index, after)
    return None


def _count_agrees(line: str, reading: RunOnList, listed: int) -> bool:
    """A run its cue counts (“A、B、C等8个问题”, the cue's "count" group) holds that many names; a
    count of more (“A、B等28个问题”: examples of a tally) is no list of the problems."""
    cue = reading.cue.search(line) if reading.cue is not None and "count" in reading.cue.groupindex else None
    return cue is None or cn_number(cue.group("count")) == listed


def _runs(lines: list[str], reading: RunOnList) -> Iterator[tuple[int, str, str, str]]:
    """Where a reading's run is, as (line index, the line before the cue, the run, the text after
    it): after the cue in a line, with the lines after it that go on opening on a place for a run
    of places (a PDF's paragraph broken after “…方面。”); with no cue, the whole text."""
    if reading.cue is None:
        yield len(lines), "", "\n".join(lines), ""
        return
    for index, line in enumerate(lines):
        cue = reading.cue.search(line)
        if cue is None:
            continue
        if "items" in reading.cue.groupindex:
            yield index, line[: cue.start()], cue.group("items"), "\n".join(lines[index:])[cue.end() :]
            continue
        run = line[cue.end() :]
        if reading.places == "sentence":
            for following in lines[index + 1 :]:
                if not CLAUSE_PLACE.match(CLAUSE_CONNECTIVE.sub("", following)):
                    break
                run += "。" + following
        yield index, line[: cue.start()], run, "\n".join(lines[index + 1 :])


def _run_clauses(run: str, reading: RunOnList) -> list[tuple[str, str | None]] | None:
    """A run's clauses as (clause, the place it is at), by the reading's rule of places; None when
    a clause that must open on a place does not."""
    rows: list[tuple[str, str | None]] = []
    for sentence in re.split(reading.sentence_marks, run) if reading.sentence_marks else [run]:
        clauses = _joined_clauses(sentence, reading.clause_marks, reading.joins)
        if reading.places == "sentence":
            clauses = [CLAUSE_CONNECTIVE.sub("", clause).strip(" ，,") for clause in clauses]
            clauses = [clause for clause in clauses if clause]
            if not clauses or INLINE_CATEGORY.match(clauses[0]):
                continue
            opening = CLAUSE_PLACE.match(clauses[0])
            if opening is None:
                break  # the list is over (“请各社区…”)
            rows += [(clause, (CLAUSE_PLACE.match(clause) or opening).group("place")) for clause in clauses]
        elif reading.places == "every":
            if not all((CLAUSE_PLACE.match(c) or GROUP_PLACE.match(c)) and len(c) >= 6 for c in clauses):
                return None
            rows += [(clause, None) for clause in clauses]
        elif reading.places == "found at":
            rows += [(clause, None) for clause in clauses if FOUND_AT_PLACE.match(clause)]
        elif reading.places == "group found at":
            for clause in clauses:
                if found := GROUP_FOUND_AT.match(clause.strip()):
                    rows.append((found.group("found"), found.group("town")))
        elif reading.places == "seen":
            for clause in clauses:
                seen = SEEN_AT_PLACE.match(clause)
                if seen and SEEN_FAULT.search(seen.group("seen")):
                    rows.append((seen.group("place") + seen.group("sep") + seen.group("seen").strip(), None))
        else:
            rows += [(clause, None) for clause in clauses]
    return rows


def _joined_clauses(sentence: str, marks: str, joins: str = "short") -> list[str]:
    """A sentence's clauses apart by the marks (a character class), pieces joined by the rule:
    "short", a piece of one or two characters to the next (“水、大气污染较重”: one item naming two
    things; “垃圾沟” of three is a thing of its own); "until fault", pieces up to one naming a fault
    (“部分乡镇生活、建筑垃圾…治理不到位”); "" none."""
    if not marks:
        return [sentence.strip()] if sentence.strip() else []
    if joins == "short":
        pieces = _things_of_a_run(sentence) if marks == "、" else re.split(marks, sentence)
        clauses: list[str] = []
        carried = ""
        for piece in pieces:
            piece = carried + piece.strip()
            carried = ""
            if len(piece) < 3:
                carried = piece + "、"
                continue
            clauses.append(piece)
        if carried and clauses:
            clauses[-1] += "、" + carried.rstrip("、")
        return clauses
    pieces = re.split(f"({marks})", sentence)
    clauses = []
    carried = ""
    for k in range(0, len(pieces), 2):
        piece = carried + pieces[k].strip()
        mark = pieces[k + 1] if k + 1 < len(pieces) else ""
        carried = ""
        if joins == "until fault" and mark and not FAULT.search(pieces[k]):
            carried = piece + mark
        elif piece:
            clauses.append(piece)
    return clauses


def _things_of_a_run(run: str) -> list[str]:
    """A run of things apart by 、 (“A、B不规范，C脏污、D”), where a comma after a piece naming a fault
    closes an item too, and the clause after such a comma opening on a thing that names no fault
    shares the fault of the piece after it (“，路沿石、地砖破损”: one item)."""
    pieces: list[str] = []
    for k, clause in enumerate(re.split(r"(?<=[^，,]{4})[，,]", run)):
        cut = clause.split("、")
        if k and pieces and not FAULT.search(pieces[-1]):
            pieces[-1] += "，" + cut.pop(0)  # (the comma followed no fault: one item goes on)
        elif k and len(cut) > 1 and not FAULT.search(cut[0]):
            cut = [cut[0] + "、" + cut[1], *cut[2:]]
        pieces.extend(cut)
    return pieces


def _praised_but_short(before: str) -> list[tuple[str, str | None]]:
    """Before a 通报's list of places, a praised place's “，但…需进一步清理”: a problem of that place."""
    rows: list[tuple[str, str | None]] = []
    for part in re.split(r"[。；;]", before):
        part = CLAUSE_CONNECTIVE.sub("", part.strip())
        place, shortfall = CLAUSE_PLACE.match(part), PRAISE_BUT_SHORTFALL.search(part)
        if place and shortfall:
            rows.append((shortfall.group("problem"), place.group("place")))
    return rows


def _run_findings(
    rows: list[tuple[str, str | None]], reading: RunOnList, lines: list[str], index: int, after: str
) -> ParsedPlan:
    """The findings of a run's clauses: titles, leads by the reading's rule, status, and the
    problems taken up after the run."""
    taken = [m for m in TAKEN_UP_PROBLEM_LED.finditer(after) if _looks_like_unit(m.group("unit"))]
    # (a point's count, “一是”, is no part of its problem)
    clauses = [EFFECT_TAIL.sub("", SENTENCE_COUNT_HEAD.sub("", clause).rstrip("。")) for clause, _ in rows]
    findings = _listed_problems(
        [*clauses, *(m.group("title") for m in taken)], reading.read_as, titled=reading.titled
    )
    listed, more = findings[: len(rows)], findings[len(rows) :]
    for finding, match in zip(more, taken, strict=True):
        _lead(finding, match.group("unit"), "督促牵头整改")
    for finding, clause, (_, place) in zip(listed, clauses, rows, strict=True):
        done = RECHECK_DONE.search(clause)
        if done and not RECHECK_OPEN.search(clause):
            finding.status, finding.marker = "completed", done.group(0)
            finding.sources["status"], finding.confidence["status"] = "复查结果", 0.5
        if reading.lead == "clause place" and place:
            _lead(finding, place, "问题所在地")
        elif reading.lead == "town opened on":
            town = OPENING_TOWN_OR_VILLAGE.match(clause) or SHORT_TOWN.match(clause)
            if town and re.search(r"(?:镇|乡|街道)$", town.group("place")):
                _lead(finding, town.group("place"), "问题所在地")
    closed = reading.cue.search(lines[index]) if reading.closes and reading.cue is not None else None
    for finding in listed if closed else []:
        # “同意对A、B等问题解除挂牌督办 / 予以销号”: the notice closes each of them
        finding.status, finding.marker = "completed", closed.group("closed")
        finding.sources["status"], finding.confidence["status"] = "正文", 0.5
    done_after = ALL_LISTED_DONE.search(re.split(r"[。\n]", after.lstrip(), maxsplit=1)[0])
    if reading.cue is NAMED_RUN_ON and done_after:
        # “…分别是A；B。经多方配合，…反馈问题均已整改完毕。”: the sentence after the run closes them all
        for finding in listed:
            if finding.status is None:
                finding.status, finding.marker = "completed", done_after.group(0).rstrip("。，,")
                finding.sources["status"], finding.confidence["status"] = "正文", 0.5
    if reading.cue is ROSTER_POINTS_RUN_ON:
        _roster_accepted_by(listed, after)
    _progress_in_turn(listed, next((later for later in lines[index + 1 :] if later.strip()), ""))
    if reading.places == "group found at":
        _rechecked(listed, [clause for clause, _ in rows], "\n".join(lines))
    if reading.lead == "closing line":
        closing = next((later for later in lines[index + 1 :] if later.strip()), "")
        _led_as_the_closing_line_asks(listed, closing)
    elif reading.lead == "ordered town":
        _ordered_town(listed, "\n".join(lines))
    elif reading.lead == "charged" and reading.cue is not None:
        charged = reading.cue.search(lines[index])
        unit = (charged.group("unit") or "") if charged else ""
        if OWN_OFFICE.fullmatch(unit):
            # “由我局负责整改”: the office publishing the notice, named in its title or opening, or
            # the report's title line right over the run (a site's outline may come first)
            above = next((line for line in reversed(lines[:index]) if line.strip()), "")
            publisher = _publisher(lines) or REPORT_TITLE_PUBLISHER.match(above)
            unit = MASKED_NAME_PART.sub("", publisher.group("unit")) if publisher else ""
        for finding in listed if unit and _looks_like_unit(unit) else []:
            _lead(finding, unit, "清单分工")
    elif not reading.lead:
        _led_by_the_checking_body(listed, "\n".join(lines))
    return ParsedPlan(findings, "paragraphs", {1: None})


def _roster_accepted_by(findings: list[ParsedFinding], after: str) -> None:
    """A report's roster of objects to put right (“对象共3户…一是A。二是B。三是C。”) and, after it,
    the day their rectification is to be accepted (“于2018年3月起，对A等3家养殖场…，11月底由…验收”,
    `words.ROSTER_ACCEPTANCE_DUE`, the count the roster's): each object's limit, the year the one
    written before it in that sentence."""
    due = ROSTER_ACCEPTANCE_DUE.search(after)
    if due is None or cn_number(due.group("count")) != len(findings):
        return
    deadlines = parse_deadline_field(due.group("year") + "年" + due.group("due"))
    for finding in findings if deadlines else []:
        finding.deadlines = list(deadlines)
        finding.deadline_text = due.group("due")
        finding.sources["deadlines"], finding.confidence["deadlines"] = "正文", 0.5


def _progress_in_turn(findings: list[ParsedFinding], line: str) -> None:
    """A progress line after the run (“今日整改进度：A已覆盖到位，B已清理，C已安排人员进行保洁。”,
    `words.PROGRESS_LINE`) telling the problems' progress in turn, a clause each: each clause saying
    done (`PROGRESS_DONE_CLAUSE`) and nothing still open (`PROGRESS_OPEN_CLAUSE`) closes its problem.
    A line of another number of clauses is no such line."""
    progress = PROGRESS_LINE.match(line)
    if progress is None:
        return
    clauses = [c for c in re.split(r"[，,；;。]", progress.group("progress")) if c.strip()]
    if len(clauses) != len(findings):
        return
    for finding, clause in zip(findings, clauses, strict=True):
        if (
            finding.status is None
            and PROGRESS_DONE_CLAUSE.search(clause)
            and not PROGRESS_OPEN_CLAUSE.search(clause)
        ):
            finding.status, finding.marker = "completed", clause.strip()
            finding.sources["status"], finding.confidence["status"] = "整改进度", 0.5


def _led_by_the_checking_body(findings: list[ParsedFinding], text: str) -> None:
    """The one body the account names as checking or urging (`words.CHECKING_BODY`: “X对…进行检查”)
    leads the listed problems when the text says they were ordered put right (`FIX_ORDERED`: “执法
    队员现场责令及时作出整改”); two such bodies, or none, or no order: no lead."""
    if not findings or any(finding.lead_units for finding in findings) or not FIX_ORDERED.search(text):
        return
    bodies = {m.group("unit") for m in CHECKING_BODY.finditer(text) if _looks_like_unit(m.group("unit"))}
    if len(bodies) == 1:
        for finding in findings:
            _lead(finding, next(iter(bodies)), "检查并督促整改的单位")


def _rechecked(findings: list[ParsedFinding], clauses: list[str], text: str) -> None:
    """A 回头看's state of each place found: what the text tells after its finding, up to the next,
    cleared (`words.RECHECK_CLEARED`) and not said unsolved (`RECHECK_NOT_SOLVED`) is done."""
    starts = [text.find(clause) for clause in clauses]
    for k, finding in enumerate(findings):
        if starts[k] < 0:
            continue
        begin = starts[k] + len(clauses[k])
        later = [start for start in starts[k + 1 :] if start > begin]
        after = text[begin : later[0] if later else len(text)]
        cleared = RECHECK_CLEARED.search(after)
        if cleared and not RECHECK_NOT_SOLVED.search(after) and finding.status is None:
            finding.status, finding.marker = "completed", cleared.group(0)
            finding.sources["status"], finding.confidence["status"] = "复查结果", 0.5


def _ordered_town(findings: list[ParsedFinding], text: str) -> None:
    """An order naming one town to fix what a 暗访 saw (“督促范各庄镇政府…，7日内将存在问题解决好”,
    `words.ORDERED_TOWN`, `ORDERED_DAYS`) gives every finding its lead, and the days counted from
    the check's day (the first month and day of the account, in the year of the page's date) the
    limit."""
    town = ORDERED_TOWN.search(text)
    if town is None:
        return
    for finding in findings:
        _lead(finding, town.group("unit"), "通报要求")
    days = ORDERED_DAYS.search(text, town.end())
    years = {m.group(1) or m.group(4) for m in HEAD_DATE.finditer(text)}
    # the check's day: the first month and day written without a year before the order
    checked = next(
        (
            m
            for m in MONTH_DAY.finditer(text[: town.start()])
            if m.group(2) and not re.search(r"年\s*$", text[max(0, m.start() - 2) : m.start()])
        ),
        None,
    )
    if days and checked and len(years) == 1:
        start = _safe_day(int(next(iter(years))), int(checked.group(1)), int(checked.group(2)))
        if start is not None:
            due = start + timedelta(days=int(days.group("days")))
            for finding in findings:
                finding.deadlines = [ParsedDeadline("date", due, days.group(0))]
                finding.deadline_text = days.group(0)
                finding.sources["deadlines"], finding.confidence["deadlines"] = "通报要求", 0.5


def _captions_before_order(lines: list[str]) -> ParsedPlan | None:
    """A post copied with its photos' captions as short lines (“酒厂小区居民乱堆乱放杂物。” ↵ “污水
    横流。” ↵ …) between its account of a check (a paragraph saying what was 发现) and an order
    to fix them (“责令酒厂小区住户立即整改。”): each caption is one finding, titled by it; the
    order's limit (立即整改) is each one's, and the one place it orders (乡, 镇 …) leads them. Three
    captions at least, each one short sentence; every field at confidence 0.5."""
    for end, line in enumerate(lines):
        if not ORDER_TO_FIX.match(line):
            continue
        start = end
        while start > 0 and _caption_line(lines[start - 1]):
            start -= 1
        if end - start < 3 or start == 0 or "发现" not in lines[start - 1] or len(lines[start - 1]) < 30:
            continue
        findings = _listed_problems(
            [caption.rstrip("。") for caption in lines[start:end]], "图片说明", source="图片说明"
        )
        deadlines = parse_deadline_field(line)
        ordered = REMINDED_TO_ACT.search(line)
        for finding in findings:
            if deadlines:
                finding.deadlines = list(deadlines)
                finding.sources["deadlines"], finding.confidence["deadlines"] = "整改要求", 0.5
            if ordered:
                _lead(finding, ordered.group("unit"), "通报要求")
        return ParsedPlan(findings, "paragraphs", {1: None})
    return None


def _caption_line(line: str) -> bool:
    """A photo's caption: one short sentence, no heading, no order."""
    return (
        len(line) <= 30
        and _heading(line) is None
        and not ORDER_TO_FIX.match(line)
        and line.rstrip("。").count("。") == 0
        and len(re.findall(r"[，,；;]", line)) <= 1
    )


def _skipped_ahead(runs: list[tuple[int, _Heading, str]], heading: _Heading, expected: int) -> bool:
    """An item numbered a few past the next (“1、… 4、… 5、…”: a 通报 published in part) still
    continues the run when it and the run's first item both open on a place and a colon
    (“丽阳镇枫林村：…”), the shape of one list."""
    if not runs or heading.value is None or not expected < heading.value <= expected + 4:
        return False
    return all(
        (place := OPENING_PLACE.match(rest.strip())) is not None and place.group("sep") in "：:"
        for rest in (runs[0][1].rest, heading.rest)
    )


def _parse_coded_items(text: str) -> ParsedPlan | None:
    """A 考核 report listing, under a heading per village (一、甲子镇新昌村委会仕梅头村), the problems
    found there, each opening on the code of the 考核项 it fails (“5.1仕梅头村鸡舍边有纸屑…。09:30”):
    each coded line is one finding, numbered in order (the codes restart and repeat), the village
    heading its lead. A summary above the first heading (“主要存在以下问题 1. 2.”) repeats some of
    them and is not read again. Two coded lines at least, each under a place heading; the report
    must speak of problems; every field at confidence 0.5."""
    lines = [
        part.strip()
        for line in text.strip().split("\n")
        for part in CODED_ITEM_GLUED.split(line)
        if part.strip()
    ]
    if not any(PROBLEMS.search(line) for line in lines):
        return None
    group: str | None = None
    name: str | None = None
    rows: list[tuple[str, str, str]] = []  # (group line, place, the item without its code)
    for line in lines:
        coded = CHECK_ITEM_CODE.match(line)
        if coded is None:
            if _heading(line) is not None:
                group, name = line, _unit_heading(line)
            continue
        if name is None:
            return None  # a coded line outside a place's group: a numbering this reading does not know
        rows.append((group or "", name, CHECK_TIME_TAIL.sub("", coded.group("rest")).strip()))
    if len(rows) < 2:
        return None
    findings = _listed_problems(
        [item for *_, item in rows], "考核项编码逐条", source="考核项编码", titled=True
    )
    for finding, (heading, place, _) in zip(findings, rows, strict=True):
        _lead(finding, place, "分组标题")
        finding.section = heading
    return ParsedPlan(findings, "paragraphs", {1: None})


def _parse_listed_reasons(text: str) -> ParsedPlan | None:
    """A 红黑榜 公示 whose entries are a line naming the village (“大乌邑村大乌邑自然村”, or after a
    label, “2023年10月黑榜：大乌邑村小黑石头自然村”) over “上榜理由：…”: each entry whose reason names a
    fault is one finding, the village its lead (a red entry's praise is none). Two entries at least;
    a closing “黑榜…立即整改” is every finding's limit. Every field at confidence 0.5."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    entries: list[tuple[str, str]] = []
    last = 0
    for k, line in enumerate(lines):
        reason = LISTING_REASON.match(line)
        if reason is None or k == 0:
            continue
        place = re.split(r"[：:]", lines[k - 1])[-1].strip()
        if not (3 <= len(place) <= 20 and WHOLE_UNIT.search(place)) or re.search(
            r"[，。；;、（）()\s]", place
        ):
            return None
        entries.append((place, reason.group("rest")))
        last = k
    faults = [(place, reason) for place, reason in entries if FAULT.search(reason)]
    if len(entries) < 2 or not faults:
        return None
    closing = next(
        (BLACK_LIST_ACT.search(line) for line in lines[last + 1 :] if BLACK_LIST_ACT.search(line)), None
    )
    findings = _listed_problems(
        [reason for _, reason in faults], "红黑榜的上榜理由", source="上榜理由", titled=True
    )
    for finding, (place, _) in zip(findings, faults, strict=True):
        _lead(finding, place, "上榜村")
        if closing is not None:
            finding.deadline_text = closing.group("due")
            finding.deadlines = parse_deadline_field(closing.group("due"))
            finding.sources["deadlines"], finding.confidence["deadlines"] = "公示要求", 0.5
    return ParsedPlan(findings, "paragraphs", {1: None})


def _parse_ordinal_problems(text: str) -> ParsedPlan | None:
    """A 督导简报 announcing its problems and counting them 其一, 其二 (“发现以下两处问题：其一，A；其二，
    B。”, `words.ORDINAL_PROBLEMS`): each is one finding, titled by it. The body a notice was handed to
    (“向办事处下发…督导通知单”, `words.HANDED_NOTICE_TO`) leads them, its name written whole where the
    text gives it so (“对海西路街道办事处进行督导检查”). Two at least; confidence 0.5."""
    for line in (line.strip() for line in text.split("\n")):
        found = ORDINAL_PROBLEMS.search(line)
        if found is None:
            continue
        items = [
            item.strip(" ，,；;")
            for item in ORDINAL_MARK.split(found.group("items"))
            if item.strip(" ，,；;")
        ]
        if len(items) < 2:
            continue
        findings = _listed_problems(items, "“其一、其二”所列问题")
        handed = HANDED_NOTICE_TO.search(text)
        if handed:
            unit = handed.group("unit")
            whole = re.search(r"[\u4e00-\u9fff]{2,12}" + re.escape(unit), text[: handed.start()])
            name = whole.group(0) if whole and len(unit) <= 4 else unit
            # (“对海西路街道办事处”: the check's “对” is no part of the name)
            name = re.sub(r"^.*?对", "", name) if "对" in name[: -len(unit)] else name
            if _looks_like_unit(name):
                for finding in findings:
                    _lead(finding, name, "督导通知单")
        return ParsedPlan(findings, "paragraphs", {1: None})
    return None


def _parse_warned_units(text: str) -> ParsedPlan | None:
    """A news item on warning letters sent to several bodies (“向吴忠市、…、西吉县发出环境空气质量预警
    函”, `words.WARNED_UNITS`) telling below what each is warned of: the first clause opening on each
    body (apart by 。 ；, or by ， before a body's name) is its finding, titled by it and led by the
    body as the clause names it (“银川市金凤区” is “金凤区” there); a clause opening on a list of them
    (“金凤区、大武口区…均同比下降”) and a body's later clauses are none. Two at least; confidence 0.5."""
    letter = WARNED_UNITS.search(text)
    if letter is None:
        return None
    names: list[str] = []
    for name in re.split(r"[、，,]|及|和", letter.group("units")):
        name = name.strip()
        # (a city, county or district is named by its place, as is a 基地 or 园区)
        if not (
            _looks_like_unit(name)
            or re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:市|县|区|旗|盟|州|基地|园区)", name)
        ):
            continue
        names.append(name)
        short = re.match(
            r"^[\u4e00-\u9fff]{2,4}?[市州盟](?P<rest>[\u4e00-\u9fff]{2,8}(?:区|县|旗|市))$", name
        )
        if short:
            names.append(short.group("rest"))
    if len(names) < 2:
        return None
    opening = re.compile("|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)))
    body = text[letter.end() :]
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for sentence in re.split(r"[。；;\n]", body):
        for clause in re.split(r"[，,](?=" + opening.pattern + ")", sentence):
            clause = clause.strip(" ，,")
            name = opening.match(clause)
            if name is None or clause[name.end() : name.end() + 1] in "、和及" or name.group(0) in seen:
                continue
            seen.add(name.group(0))
            rows.append((clause, name.group(0)))
    if len(rows) < 2:
        return None
    findings = _listed_problems([clause for clause, _ in rows], "预警函所涉各单位")
    for finding, (_, name) in zip(findings, rows, strict=True):
        _lead(finding, name, "预警函对象")
    return ParsedPlan(findings, "paragraphs", {1: None})


def _spot_sentences(text: str) -> ParsedPlan | None:
    """An account of a check telling the spots it saw sentence by sentence inside its paragraphs
    (“在新店镇石坪村10组，…。路边…。在新店镇张建村…小院里，…。”, `words.SPOT_SENTENCE_OPENING`): each
    sentence opening on a spot starts one finding, the sentences after it in the paragraph telling
    the same spot; titled by its first sentence, led by none (the spot says where, not who must act).
    Read before the run-on readers: the account's opening naming the problems in general (“局部也
    存在A、B等问题”) sums up the spots. Three spots at least; confidence 0.5. (Set 123; a clause
    reading the lead may fold in.)"""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not any(TELLS_OF_CHECK.search(line) for line in lines):
        return None
    if sum(bool(NEWS_ITEM_OPENING.match(line)) for line in lines) >= 2:
        return None  # a page of short items (“本报讯…” under each headline), each its own report
    spots: list[str] = []
    for line in lines:
        current: list[str] = []
        for sentence in re.findall(r"[^。！!]+[。！!]?", line):
            sentence = sentence.strip()
            # (“在西乡农贸批发市场，检查组发现，…”: what a group found at a place opens a spot of its
            # own, whatever the place)
            if SPOT_SENTENCE_OPENING.match(sentence) or FOUND_AT_PLACE.match(sentence):
                if current:
                    spots.append("".join(current))
                current = [sentence]
            elif current:
                current.append(sentence)
        if current:
            spots.append("".join(current))
    if len(spots) < 3 or any(not FAULT.search(spot) and len(spot) < 12 for spot in spots):
        return None
    return ParsedPlan(
        _listed_problems(spots, "逐处记述的所见", source="逐处记述", titled=True), "paragraphs", {1: None}
    )


def _found_some_problems(text: str) -> ParsedPlan | None:
    """A check's account saying it found some problems and telling them next
    (`words.FOUND_SOME_PROBLEMS`): after “…发现了一些问题，” the clauses of the same sentence, apart by
    commas, one finding each; after “…发现不少问题。” the sentences after it in the paragraph, one
    finding each, a sentence turning from praise (“…较为到位，但A，B，C。”, `words.PRAISE_TURN`) giving
    the clauses after the turn instead. A sentence asking for the fix (“希望各乡镇…”) ends them.
    Two findings at least, none over 60 characters; confidence 0.5. (Set 123; a clause reading the
    lead may fold in.)"""
    for line in (line.strip() for line in text.split("\n")):
        found = FOUND_SOME_PROBLEMS.search(line)
        if found is None:
            continue
        rest = line[found.end() :]
        items: list[str] = []
        if found.group("end") in "，,":
            items = [piece.strip() for piece in re.split(r"[，,]", rest.split("。")[0]) if piece.strip()]
        else:
            for sentence in (s.strip() for s in re.split(r"[。！!]", rest)):
                if not sentence:
                    continue
                if FIX_REQUEST_SENTENCE.match(sentence):
                    break
                turn = PRAISE_TURN.search(sentence)
                if turn is not None:
                    items += [p.strip() for p in re.split(r"[，,]", sentence[turn.end() :]) if p.strip()]
                else:
                    items.append(sentence)
        items = [item for item in items if len(item) >= 4]
        if len(items) < 2 or any(len(item) > 60 for item in items):
            continue
        return ParsedPlan(_listed_problems(items, "检查发现的问题"), "paragraphs", {1: None})
    return None


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_respective_problems(text: str) -> ParsedPlan | None:
    """A news item on a check's 整改通知书 to several towns, “木双镇、旺甫镇…分别存在A，B、C；藤县埌南镇
    界垌村存在D、E等问题” (`words.RESPECTIVE_PROBLEMS`): the run after 分别存在 is cut at ， into one part a
    town, in the order the towns are named; a further part after ； names its own place before its 存在.
    Each part's pieces apart by 、 (or ，) are the findings, titled by themselves and led by their town.
    Two towns and three pieces at least; confidence 0.5."""
    for line in (line.strip() for line in text.split("\n")):
        found = RESPECTIVE_PROBLEMS.search(line)
        if found is None:
            continue
        towns = [COUNTY_BEFORE_TOWN.sub("", town.strip()) for town in found.group("towns").split("、")]
        parts = re.split(r"[；;]", found.group("items"))
        shared = _joined_clauses(parts[0], r"[，,]")
        if len(shared) != len(towns):
            continue  # the pieces cannot be matched to the towns in order
        pieces: list[tuple[str, str]] = [
            (item, town)
            for part, town in zip(shared, towns, strict=True)
            for item in _joined_clauses(part, r"、")
        ]
        for part in parts[1:]:
            place, said, rest = part.partition("存在")
            town = TOWN_NAME.search(COUNTY_BEFORE_TOWN.sub("", place.strip())) if said else None
            if town is None:
                pieces = []
                break
            pieces += [(item, town.group(0)) for item in _joined_clauses(rest, r"[、，,]")]
        if len(pieces) < 3 or any(len(item) > 60 for item, _ in pieces):
            continue
        findings = _listed_problems([item for item, _ in pieces], "句中所列问题")
        for finding, (_, town) in zip(findings, pieces, strict=True):
            _lead(finding, town, "责令限期整改的镇")
        return ParsedPlan(findings, "paragraphs", {1: None})
    return None


def _lead_by_the_checked_town(plan: ParsedPlan, text: str) -> None:
    """A news item on a check of one town or street (“检查组走访了揭东区云路镇，…督促整改存在的问题”,
    `words.CHECKED_TOWN`) whose problems name nobody: the town checked answers for them all, when the
    item puts them to it (“督促整改”, or “要求X…” naming it). The opening lines only; one town only."""
    if not plan.findings or any(finding.lead_units for finding in plan.findings):
        return
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:4]:
        if not CHECK_WORD.search(line):
            continue
        towns = {match.group("town") for match in CHECKED_TOWN.finditer(line)}
        if len(towns) != 1:
            continue
        town = towns.pop()
        if not (URGED_TO_FIX.search(line) or re.search("要求" + re.escape(town), text)):
            return
        for finding in plan.findings:
            _lead(finding, town, "受检的镇街")
        return


def _parse_counted_problems(text: str) -> ParsedPlan | None:
    """A 考评 通报 naming each checked place and its problems counted (“被抽检村为卓厝村，存在的问题：
    保洁不到位2处；废弃物未清理1处。”): each counted problem is one finding, the checked place its
    lead when it is a 村 or a unit (a road, “X326（向阳段）”, leads none). Problems the 通报 counts in
    words in one paragraph after naming problems (“…存在一些问题和不足。一是…。二是…。”) follow, one
    finding each, in the order written. Two counted problems at least; confidence 0.5."""
    rows: list[tuple[str, list[str]]] = []  # (title, lead)
    counted = 0
    for line in text.split("\n"):
        for match in CHECKED_PLACE_PROBLEMS.finditer(line):
            place = match.group("place").strip()
            lead = [place] if WHOLE_UNIT.search(place) or _looks_like_unit(place) else []
            items = [item.strip() for item in re.split(r"[；;]", match.group("list")) if item.strip()]
            if not all(COUNTED_PROBLEM.search(item) for item in items):
                return None
            rows += [(item, lead) for item in items]
            counted += len(items)
        at = line.find("问题")
        parts = [part.strip() for part in INLINE_ORDINALS.split(line[at:])] if at >= 0 and counted else []
        ordinals = [part[2:] for part in parts if re.match(r"[一二三四五六七八九十]是", part)]
        if len(ordinals) >= 2:
            rows += [(_title(part), []) for part in ordinals]
    if counted < 2:
        return None
    findings: list[ParsedFinding] = []
    for number, (title, lead) in enumerate(rows, start=1):
        finding = _prose_finding(
            number,
            title,
            title,
            source="考评所列问题",
            confidence=0.5,
            warning=f"问题{number}：按考评通报所列问题读取，请核对并补充单位、时限。",
        )
        if lead:
            finding.lead_units = lead
            finding.sources["lead_units"], finding.confidence["lead_units"] = "被抽检对象", 0.5
        findings.append(finding)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _parse_timed_visits(text: str) -> ParsedPlan | None:
    """A 巡查 post listing what it saw, a paragraph each, no numbers, each opening on the time of the
    visit and then the place (“上午9点25分，镇隆镇八坊村…有不少垃圾丢在路边。”): each is one finding,
    titled by its sentence after the time, the town (with its village when one follows) its lead.
    Three such paragraphs at least, every one opening on a place; the post must speak of problems;
    confidence 0.5."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not any(PROBLEMS.search(line) for line in lines):
        return None
    visits = [match.group("rest") for line in lines if (match := VISIT_TIME_OPENING.match(line))]
    places = [OPENING_TOWN_OR_VILLAGE.match(visit) for visit in visits]
    if len(visits) < 3 or not all(places):
        return None
    findings: list[ParsedFinding] = []
    for number, (visit, place) in enumerate(zip(visits, places, strict=True), start=1):
        finding = _prose_finding(
            number,
            _title(visit),
            visit,
            source="巡查所见",
            confidence=0.5,
            warning=f"问题{number}：按巡查时刻逐段读取，请核对并补充单位、时限。",
        )
        finding.lead_units = [place.group("place")]  # type: ignore[union-attr]
        finding.sources["lead_units"], finding.confidence["lead_units"] = "问题所在地", 0.5
        findings.append(finding)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _place_clauses(sentence: str) -> list[str]:
    """A sentence cut before each “，/；” clause that opens on a place (`words.PLACE_CLAUSE`), when
    it opens on one too; else the sentence whole."""
    parts = re.split(r"[，,；;]", sentence)
    if len(parts) < 2 or not PLACE_CLAUSE.match(parts[0].strip()):
        return [sentence]
    clauses = [parts[0]]
    for part in parts[1:]:
        if PLACE_CLAUSE.match(part.strip()):
            clauses.append(part)
        else:
            clauses[-1] += "，" + part
    return clauses


def _first_group(headings: list[_Heading | None], above: set[str]) -> int:
    """The line of the first heading of a style above the items' (0 when there is none)."""
    return next((k for k, h in enumerate(headings) if h is not None and h.style in above), 0)


def _past_praise(text: str) -> str:
    """The text after the clauses that open it saying what was found clean (“X集镇干净整洁；”,
    `words.PRAISE_CLAUSE`): a town's paragraph in a 通报 praises before it names a problem."""
    while (praise := PRAISE_CLAUSE.match(text)) and text[praise.end() :].strip():
        text = text[praise.end() :]
    return text


def _unnumbered_site_items(
    lines: list[str], headings: list[_Heading | None], items: list[tuple[int, _Heading]]
) -> list[tuple[int, _Heading]]:
    """The lines after the last of a 通报's “1、点位（责任单位：X）：…” items that have the same shape
    without a number (the spots of a second group, “整改未落实的点位”), up to the next item of the
    list's numbering (a new list, “工作亮点” ↵ 1、…) or a heading one level up."""
    style = items[-1][1].style
    extra: list[tuple[int, _Heading]] = []
    for index in range(items[-1][0] + 1, len(lines)):
        heading = headings[index]
        if heading is not None and heading.style in (style, "cn"):
            break  # the next item of the list's numbering, or a heading one level up
        if heading is None and SITE_UNIT_ITEM.match(lines[index].strip()):
            extra.append((index, _Heading(style, "", None, lines[index].strip())))
    return extra


def _site_unit_item(finding: ParsedFinding, rest: str) -> None:
    """“联盛快乐城（责任单位：县商务局）：前期通报该点位存在A；B等问题已按时整改到位。”: the spot is
    where, the bracket's units lead, the title is the first problem after the colon (without the
    words saying it was reported before, `words.EARLIER_REPORTED`, or where it stands,
    `words.STATE_AFTER_PROBLEMS`)."""
    item = SITE_UNIT_ITEM.match(rest.strip())
    if item is None:
        return
    text = EARLIER_REPORTED.sub("", item.group("rest").strip())
    title = STATE_AFTER_PROBLEMS.sub("", _title(text)).strip(" ，,")
    if title:
        finding.title = title
        finding.sources["title"], finding.confidence["title"] = "点位后的问题", 0.5
    units = split_units(item.group("units"))
    if units and not finding.lead_units:
        finding.lead_units = units
        finding.sources["lead_units"], finding.confidence["lead_units"] = "点位括注的责任单位", 0.5


def _site_with_problem(finding: ParsedFinding, rest: str, body: list[str]) -> None:
    """“1.鹰南高速连接线（整改时限：10月27日）” ↵ “存在问题：（1）杂物随意堆放；（2）…”: an item naming only
    the spot checked (a name, brackets at most), the labelled line under it saying what is wrong
    there. The problem's first point is the title, the item's bracketed time limit its limit (a
    date without its year is dated by `_yearless_limits`)."""
    site = _strip_brackets(rest).strip()
    if not body or not site or len(site) > 30 or re.search(r"[。，,；;：:]", site):
        return
    # (or “该处存在的问题：” ↵ “一是…；” ↵ “二是…。”: the label alone on its line, the points counted)
    label = _PROBLEM_LABEL_HEAD.match(body[0]) or SITE_PROBLEMS_LABEL.match(body[0])
    if not label:
        return
    value = body[0][label.end() :]
    if not value.strip() and len(body) > 1:
        value = body[1]
    counted = COUNTED_ITEM.match(value)
    if counted and counted.group("num") == "一":
        value = value[counted.end() :]
    point = _heading(value)
    if point is not None and point.style in ("par", "ar") and point.value == 1:
        value = point.rest  # “（1）杂物随意堆放；（2）…”: the first point, not its number
    title = _title(value)
    if title:
        finding.title = title
        finding.sources["title"], finding.confidence["title"] = "点位下的存在问题", 0.5
    limit = BRACKETED_LIMIT.search(rest)
    if limit and not finding.deadline_text:
        finding.deadline_text = limit.group(1).strip()
        finding.deadlines = [d for d in parse_deadline_field(finding.deadline_text) if d.date]
        finding.sources["deadlines"], finding.confidence["deadlines"] = "点位括注的整改时限", 0.5


def _sibling_sections(
    items: list[tuple[int, _Heading]],
    sections: dict[str, tuple[list[tuple[int, _Heading]], set[int]]],
    style: str,
    headings: list[_Heading | None],
    lines: list[str],
) -> list[tuple[int, _Heading]]:
    """The items read, with those of a sibling section numbered in another style: “二、存在的问题”
    ↵ 1.–4. then “三、各村情况” ↵ （一）詹桥村：… — each section under its own heading of one style,
    neither inside the other, the second a section of problems too (not a frame: 下步工作要求).
    The two runs keep document order (counted on, the numbers restarting)."""
    own = sections[style][1]
    if len(own) != 1:
        return items
    (mine,) = own
    for other, (kept, theirs) in sections.items():
        if other == style or len(theirs) != 1:
            continue
        (parent,) = theirs
        if parent < 0 or mine < 0 or parent == mine or headings[parent].style != headings[mine].style:
            continue
        if FRAME_HEADING.search(headings[parent].rest[:12]):
            continue
        # neither run inside the other: every item of one comes before the other's heading
        if max(index for index, _ in items) < parent < min(index for index, _ in kept) or (
            max(index for index, _ in kept) < mine < min(index for index, _ in items)
        ):
            return sorted([*items, *kept], key=lambda item: item[0])
    return items


def _group_place_above(
    lines: list[str], headings: list[_Heading | None], index: int, above: set[str]
) -> str | None:
    """The place of the nearest line above an item that is a place's name alone with a colon
    (“益哇镇：”, `words.GROUP_PLACE_LINE`), looking no higher than a heading one level up, which
    names it when it is the town's name alone (“（一）鹿城镇（14个）”, `words.GROUP_PLACE_HEADING`)."""
    for at in range(index - 1, -1, -1):
        heading = headings[at]
        if heading is not None and heading.style in above:
            # “（一）鹿城镇（14个）” ↵ 1. 2.: the heading one level up is the town's name alone
            named = GROUP_PLACE_HEADING.match(heading.rest.strip())
            return named.group("place") if named else None
        place = GROUP_PLACE_LINE.match(lines[at])
        if place:
            return place.group("place")
    return None


def _unit_heading(group: str | None) -> str | None:
    """The name a group heading is made of when it is only a unit's or a place's (南山街道孤岛社区)."""
    heading = _heading(group) if group else None
    name = heading.rest.strip() if heading is not None else ""
    if 3 <= len(name) <= 20 and WHOLE_UNIT.search(name) and not re.search(r"[，。；;：:、（）()\s]", name):
        return name
    if DISTRICT_HEADING.match(name):
        return name  # “（一）余江区” ↵ 1. 2.: the district answers for the points found in it
    return None


def _handed_items(lines: list[str], headings: list[_Heading | None], runs: list) -> bool:
    """Two thirds of a list's items at least, and two at least, have a line under them handing
    the item to a unit (“整改要求：…”, `HANDED_LINE`)."""
    handed = sum(bool(HANDED_LINE.match(_first_body_line(lines, headings, run[0]))) for run in runs)
    return handed >= 2 and 3 * handed >= 2 * len(runs)


def _announces_problems(lines: list[str], first: int) -> bool:
    """The line right above a list's first item says what it lists, as problems (“发现以下问题：”,
    “存在如下问题：”) or as the places that did worst (“环境卫生整治较差的有：”)."""
    return first > 0 and bool(
        PROBLEMS_AHEAD.search(lines[first - 1]) or POOR_ONES_AHEAD.search(lines[first - 1])
    )


def _results_announced(lines: list[str], first: int) -> bool:
    """The line right above a list (or above its first group heading) announces a check's
    results (“现将检查结果通报如下：”)."""
    return 0 < first <= len(lines) and bool(CHECK_RESULTS_AHEAD.search(lines[first - 1]))


def _town_colon_paragraphs(text: str) -> ParsedPlan | None:
    """The paragraphs reading of a 通报 whose problems are one “庙岭镇：…” paragraph a town under a
    heading naming problems (`_town_colon_run`): read before the labelled fields, which would take
    “二、存在问题” for one finding's label and all the towns for its one text. None otherwise."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not _town_colon_run(lines, [_heading(line) for line in lines]):
        return None
    plan = _parse_paragraphs(text)
    return plan if plan is not None and len(plan.findings) >= 2 else None


def _body_task_groups(text: str) -> ParsedPlan | None:
    """A plan's tasks grouped under the body that does them: “（八）县经济局主要工作任务：” alone on its
    line (`words.BODY_TASKS_HEADING`), then “1、…” “2、…” or one unnumbered paragraph, and maybe a line
    “协助单位：A、B。” closing the group (`words.GROUP_HELPERS`). Each numbered item, or the group's one
    paragraph, is a task led by the heading's body, the closing line's bodies cooperating on all the
    group's tasks; the numbers restart at 1 in each group and count on over them. A heading of another
    kind (“七、工作步骤及时间”) ends the list. Two groups with tasks at least, each heading a body's
    name; units at confidence 0.8. None otherwise."""
    groups: list[tuple[str, list[str], list[str]]] = []  # (body, its tasks, the bodies helping)
    for line in (line.strip() for line in text.strip().split("\n")):
        if not line:
            continue
        heading = BODY_TASKS_HEADING.match(line)
        if heading is not None and UNIT_SUFFIX.search(heading.group("unit")):
            groups.append((heading.group("unit"), [], []))
            continue
        if not groups:
            continue
        helpers = GROUP_HELPERS.match(line)
        if helpers is not None:
            groups[-1][2].extend(split_units(helpers.group("units")))
            continue
        item = _heading(line)
        if item is not None and item.style not in ("ar", "arp"):
            break  # a chapter of the plan after the groups
        tasks = groups[-1][1]
        if item is not None:
            tasks.append(item.rest.strip())
        elif tasks and not groups[-1][2]:
            tasks[-1] += line  # a task's line a copy broke off
        elif not tasks:
            tasks.append(line)
    groups = [group for group in groups if group[1]]
    if len(groups) < 2:
        return None
    findings: list[ParsedFinding] = []
    for body, tasks, helpers in groups:
        for task in tasks:
            number = len(findings) + 1
            title = _title(task)
            finding = ParsedFinding(
                number=number,
                label=str(number),
                title=title,
                problem=task,
                deadlines=find_text_deadlines(task) or _closing_rolling_clause(task),
                lead_units=[body],
                cooperating_units=[unit for unit in helpers if unit != body],
                section=None,
                category=guess_category(title, task),
            )
            finding.deadline_text = "；".join(d.text for d in finding.deadlines) or None
            finding.sources = {
                "title": "单位分组下的任务",
                "lead_units": "分组标题",
                "cooperating_units": "协助单位",
            }
            finding.confidence = {"title": 0.8, "lead_units": 0.8, "cooperating_units": 0.8}
            findings.append(finding)
    return ParsedPlan(findings, "tasks", {1: None})


def _spaced_duty_list(text: str) -> ParsedPlan | None:
    """A 职责清单 table pasted as text with its cells run together by spaces (a forum repost): after the
    header “工作任务和内容 责任单位 配合单位 完成时间” (`words.SPACED_DUTY_HEADER`) the rows follow as
    words apart by spaces: a task's text, one word ending on a full stop (its sentences joined by stops
    with no space), then its bodies, then its time (“持续开展”, or “7月底前制定 ↵ 扬尘治理方案”, a cell
    broken over two lines keeping the space; the words before the next task's text are that tail).
    Each task is a finding titled by its first sentence; the first body leads, the others cooperate,
    a part with no level word of its own (“运输局”, `words.UNIT_LEVEL_HEAD`) going on the name before
    it; the time is the limit, dated in the year the title names. Two rows at least; a row the page
    cut (no time after it) is left. Every field at confidence 0.5. None otherwise."""
    joined = " ".join(line.strip() for line in text.split("\n") if line.strip())
    header = SPACED_DUTY_HEADER.search(joined)
    if header is None:
        return None
    year = _plan_year(joined[: header.start()])
    rows: list[tuple[str, list[str], list[str]]] = []  # (task, bodies, time words)
    task: str | None = None
    bodies: list[str] = []
    for word in joined[header.end() :].split():
        if task is None:
            if re.search(r"[.。]$", word):
                task = word
            elif rows:
                rows[-1][2].append(word)  # the tail of the last row's time cell
            continue
        # (any year tells a yearless limit, “7月底前制定”, from a body's name)
        if find_text_deadlines(word, year or 2000) or parse_deadline_field(word):
            rows.append((task, bodies, [word]))
            task, bodies = None, []
        elif bodies and not UNIT_LEVEL_HEAD.match(word):
            bodies[-1] += word
        else:
            bodies.append(word)
    rows = [row for row in rows if row[1]]
    if len(rows) < 2:
        return None
    findings: list[ParsedFinding] = []
    for number, (task, units, time) in enumerate(rows, start=1):
        sentences = [part for part in re.split(r"(?<!\d)[.。](?!\d)", task) if part.strip()]
        finding = _prose_finding(
            number,
            _title(sentences[0] if sentences else task),
            task,
            source="职责清单的工作任务",
            confidence=0.5,
            warning=f"问题{number}：按空格分隔的职责清单读取，请核对标题、单位和时限。",
        )
        limit = "".join(time)
        finding.deadlines = find_text_deadlines(limit, year) if year else []
        finding.deadlines = finding.deadlines or parse_deadline_field(limit)
        finding.deadline_text = "；".join(d.text for d in finding.deadlines) or None
        _lead(finding, units[0], "职责清单的责任单位")
        finding.cooperating_units = [unit for unit in units[1:] if unit != units[0]]
        findings.append(finding)
    return ParsedPlan(findings, "paragraphs", {1: None})


def _numbered_problem_paragraphs(text: str, tokens: list[_Token]) -> ParsedPlan | None:
    """The paragraphs reading of a 通报 whose problems are numbered paragraphs straight under a
    chapter line that is a problem label (“二、存在的问题” ↵ “1.杂乱整治不彻底、不达标。…” ↵ “2.…”):
    read before the labelled fields, which would take the chapter line for one finding's label
    and the whole list for its one text. Two or more items numbered 1, 2, … in one style, each a
    paragraph with a sentence after its number, and no label of a finding's own fields (units,
    limit, measures, target) anywhere: a one-problem 公示 whose “一、整改问题” lists （一）（二） over
    “二、整改实施主体” … is one finding. None otherwise (a heading that is no label, as
    “一、发现的问题及整改情况”, leaves its items to the readers that take their brackets)."""
    if not any(t.field == "problem" and t.top and not t.text.strip() for t in tokens):
        return None
    if any(t.field in ("lead", "coop", "deadline", "measures", "target") for t in tokens):
        return None
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    headings = [_heading(line) for line in lines]
    for start, heading in enumerate(headings):
        if heading is None or heading.style != "cn" or not _names_problems(heading.rest):
            continue
        below = list(itertools.takewhile(lambda h: h is None or h.style != "cn", headings[start + 1 :]))
        # the items and, between them, an item's lines that a printed page broke off
        run = [h for h in below if h is not None]
        styles = {h.style for h in run}
        if (
            below
            and below[0] is not None
            and len(run) >= 2
            and len(styles) == 1
            and [h.value for h in run] == list(range(1, len(run) + 1))
            # each item a sentence, or the line of a report's outline naming a fault (“（一）法律法规的
            # 宣传力度还不够”) — not a list of work done or of suggestions
            and all(re.search(r"[。；;]", h.rest) or FAULT.search(h.rest) for h in run)
        ):
            plan = _parse_paragraphs(text)
            return plan if plan is not None and len(plan.findings) >= 2 else None
    return None


def _town_colon_run(lines: list[str], headings: list[_Heading | None]) -> list[tuple[int, _Heading]]:
    """A 督查通报's problems given one unnumbered paragraph a town: “二、存在问题” ↵ “庙岭镇：…；…。”
    ↵ “华容镇：…。” — each paragraph opening on its town (乡, 街道, 村 …) and a colon is an item,
    numbered in order, when two or more follow one another straight under a heading that names
    problems and one of them names a fault. Empty when there is no such run."""
    for start, heading in enumerate(headings):
        if heading is None or not _names_problems(heading.rest):
            continue
        run: list[tuple[int, _Heading]] = []
        for index in range(start + 1, len(lines)):
            line = lines[index]
            if headings[index] is not None or not OPENING_TOWN_COLON.match(line):
                break
            run.append((index, _Heading("place", "", len(run) + 1, line)))
        # under a heading naming problems, one paragraph naming a fault is enough for the run (or
        # the litter found at a spot: “…存在零星垃圾。”, `words.LITTER_FOUND`)
        if len(run) >= 2 and any(
            FAULT.search(heading.rest) or LITTER_FOUND.search(heading.rest) for _, heading in run
        ):
            return run
    return []


def _names_problems(heading: str) -> bool:
    """A heading one level up over problems: it names them (二、存在问题) or is a 红黑榜's black side
    (三、“黑榜”, 四、黑点)."""
    return bool(PROBLEMS.search(heading) or BLACK_LIST_HEADING.search(heading))


def _listed_reasons(lines: list[str]) -> list[str]:
    """A 红黑榜's “上榜理由：X” lines under its 黑榜 heading, numbered as the items they are (“1、X”),
    so that they read as the black side's problems; under a 红榜 heading they stay (praise)."""
    black, count, out = False, 0, []
    for line in lines:
        if _heading(line) is not None and (BLACK_LIST_HEADING.search(line) or RED_LIST_HEADING.search(line)):
            black, count = bool(BLACK_LIST_HEADING.search(line)) and not RED_LIST_HEADING.search(line), 0
        reason = LISTING_REASON.match(line) if black else None
        if reason:
            count += 1
            line = f"{count}、{reason.group('rest')}"
        out.append(line)
    return out


def _group_heading(
    lines: list[str], headings: list[_Heading | None], index: int, style: str, above: set[str]
) -> str | None:
    """The nearest heading line above an item of a style above the items'."""
    for at in range(index - 1, -1, -1):
        heading = headings[at]
        if heading is not None and heading.style in above:
            return lines[at]
    return None


def _look_in_text(finding: ParsedFinding, text: str, body: str, below: str = "") -> None:
    """Units, time limit and completion of a finding read from its prose (confidence 0.5); `below`:
    the paragraphs under the item's own, where a report states the rectification's state."""
    # (a request, “请X于…”, counts in the item's own paragraph only, not in a closing one under it)
    own = text.split("\n")[0]
    handed = next((line for line in text.split("\n")[1:] if HANDED_LINE.match(line)), "")
    if units := _units_handed(HANDED_LINE.sub("", handed, count=1)):
        # “整改要求：安监局负责清除…；县环卫站负责配齐垃圾桶。”: every clause's unit leads
        finding.lead_units = units
        finding.sources["lead_units"], finding.confidence["lead_units"] = "正文", 0.5
    lead = LEADS_AFTER_BY.search(text) or LEAD_IN_TEXT.search(text) or LEAD_REQUESTED.search(own)
    leads = lead.group(1).split("、") if lead else []
    if not units and leads and all(_looks_like_unit(name) for name in leads):
        finding.lead_units = leads
        finding.sources["lead_units"], finding.confidence["lead_units"] = "正文", 0.5
        after = text[lead.end() :]  # type: ignore[union-attr]
        # (“，由X会同Y立即整改”: Y, named right after the lead, works with it)
        coop = COOP_AFTER_LEAD.match(after) or JOINED_BY.match(after)
        coops = coop.group(1).split("、") if coop else []
        if coops and all(_looks_like_unit(name) for name in coops):
            finding.cooperating_units = coops
            finding.sources["cooperating_units"], finding.confidence["cooperating_units"] = "正文", 0.5
    due = _due_in_text(body)
    opening = STATUS_OPENING.match(body.strip()) or STATUS_THEN_ROLLING.match(body.strip())
    if not due and opening:
        # “已完成整改，长期坚持。”: the status sentence also says the finding is kept up for good
        sentence = re.split(r"[。；;\n]", body.strip())[0]
        rolling = [d for d in parse_deadline_field(sentence) if d.kind != "date"]
        due = (sentence, rolling) if rolling else None
    rolling = (
        ROLLING_REQUESTED.search(body)
        or _ROLLING_CLOSING.search(body.strip())
        # (“…存在安全隐患，由玉河镇人民政府会同县农业农村局立即整改”: the item's own assignment)
        or ASSIGNED_AT_ONCE.search(own)
        # (“立即对镇、村下达立行立改通知”: the order issued as a notice)
        or NOTICE_AT_ONCE.search(body)
    )
    if not due and rolling:
        # a letter's item “…管控不严。请立即整改，并建立…” or “…请建立…机制，长期坚持。”: the request
        # says how soon, or that the work goes on for good
        found = parse_deadline_field(rolling.group(1))
        due = (rolling.group(1), found) if found else None
    if due:
        finding.deadline_text, finding.deadlines = due
        finding.sources["deadlines"], finding.confidence["deadlines"] = "正文", 0.5
    elif not finding.deadlines and (yearless := YEARLESS_DUE_CLAUSE.search(text)):
        # “…，3月15日前全面拆除并清运完毕。”: kept for `_yearless_limits` to date in the letter's year
        finding.deadline_text = yearless.group("due")
        finding.sources["deadlines"], finding.confidence["deadlines"] = "正文", 0.5
    elif not finding.deadlines and (yearless := ORDERED_YEARLESS_DUE.search(text)):
        # “责令肉牛场业主6月26日前整改落实到位”: the day the handling orders the work done by, dated
        # later by the document's one year (`_yearless_limits`)
        finding.deadline_text = yearless.group("due")
        finding.sources["deadlines"], finding.confidence["deadlines"] = "正文", 0.5
    elif not finding.deadline_text and (yearless := YEARLESS_DUE_IN_ITEM.search(text.split("\n")[0])):
        # “…，10月28日前处理完毕” in the item's own paragraph: the day without its year, dated later
        # by the letter's one year (`_yearless_limits`); a day for the report (“10月28日前将整改情况
        # 报…”) is no limit, nor a day in the letter's closing paragraphs under the last item
        finding.deadline_text = yearless.group(1)
        finding.sources["deadlines"], finding.confidence["deadlines"] = "正文", 0.5
    # the status is read where the report tells what was done: the problem's own sentences (“至今
    # 尚未完成”) describe the fault, not the state of its rectification
    scope = below if NOTICE_OF_COMPLETION.search(below) or DONE_IN_TEXT.search(below) else text
    done = NOTICE_OF_COMPLETION.search(scope) or DONE_IN_TEXT.search(scope)
    if done and _requested(scope, done.start()):
        done = None  # “请…于10月28日前整改到位”: what is asked, not what was done
    if done and not OPEN_IN_TEXT.search(scope):
        finding.status, finding.marker = "completed", done.group(0)
        finding.sources["status"], finding.confidence["status"] = "正文", 0.5


def _units_handed(text: str) -> list[str]:
    """The units a line handing a problem over names, each step's or clause's opening one (“由A
    负责…；B负责…”), in order; none unless every step or clause naming one names units."""
    units: list[str] = []
    for part in HANDED_STEPS.split(text or ""):
        found = HANDED_TO_UNIT.match(part)
        if not found:
            continue
        names = [name.strip() for name in (found.group("by") or found.group("own")).split("、")]
        if not all(_looks_like_unit(name) for name in names):
            return []
        units.extend(name for name in _split_joined(names) if name not in units)
    return units


def _split_joined(names: list[str]) -> list[str]:
    """“城关小学和市容整治联合执法工作组” → the two units 和 joins, when the first ends as a unit
    does (“县自然资源和规划局” is one bureau)."""
    split: list[str] = []
    for name in names:
        first, joined, second = name.partition("和")
        whole = joined and UNIT_SUFFIX.search(first) and _looks_like_unit(first) and _looks_like_unit(second)
        split.extend([first, second] if whole else [name])
    return split


def _requested(text: str, at: int) -> bool:
    """The completion word at `at` stands in a request or after a due day in its own clause."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;\n") + 1
    if DONE_BY_DAY.match(text[start:at]):
        return False  # “已于去年年底前完成整改”: done by that day, not asked
    return bool(REQUEST_CUE.search(text[start:at]))


def _first_body_line(lines: list[str], headings: list[_Heading | None], index: int) -> str:
    """The line under an item's heading, unless it is the next item."""
    return lines[index + 1] if index + 1 < len(lines) and headings[index + 1] is None else ""


def _is_salutation(line: str) -> bool:
    """A letter's addressees (“各乡镇人民政府，县直有关单位：”): never a problem sentence."""
    line = line.strip()
    if not re.search(r"[：:]$", line) or "。" in line:
        return False
    parts = [part for part in re.split(r"[，、,]", line[:-1]) if part]
    return bool(parts) and all(
        part.startswith("各") or part.endswith(("有关单位", "有关部门")) or _looks_like_unit(part)
        for part in parts
    )


def _reported_problem(lines: list[str], headings: list[_Heading | None]) -> str | None:
    """The problem a news item tells as reported to a check (“接到群众反映，X，严重影响…”) or as one
    that exists (“该项目存在X的问题。”), in the first sentence that tells it so; None without."""
    for line, heading in zip(lines, headings, strict=True):
        if heading is not None:
            coded = CODED_COMPLAINT.match(heading.rest.strip())
        else:
            coded = CODED_CASE_LINE.match(line.strip())
        if coded and (title := _title(coded.group("problem"))):
            # “一、受理编号609号：“X。此外，Y。””: the case's heading quotes its complaint (or a
            # paragraph opens on the case's code, “受理编号4260：“X”。”)
            return title
        if heading is not None or NOTICE_FOOTER.search(line):
            continue
        for sentence in re.split(r"(?<=[。；;！])", line):
            told = (
                REPORTED_PROBLEM.search(sentence)
                or QUOTED_REPORTED_PROBLEM.search(sentence)
                or EXISTING_PROBLEM.search(sentence)
                or FOUND_PHENOMENON.search(sentence)
                or EXPOSED_PROBLEM.search(sentence)
                or POINTS_LOCATED.search(sentence)
            )
            if told and (title := _title(told.group("problem").strip())):
                return title
    # a sentence a printed page broke over lines (“…督察组交办件电” ⏎ “2018-06-23-003号，反映X” ⏎
    # “（1000头左右）…。”): the lines of one paragraph, up to the one that ends a sentence, read as one
    joined, paragraphs = "", []
    for line, heading in zip(lines, headings, strict=True):
        if heading is not None or NOTICE_FOOTER.search(line):
            joined = ""
            continue
        joined += line.strip()
        if re.search(r"[。；;！：:]$", joined):
            paragraphs.append(joined)
            joined = ""
    for paragraph in [*paragraphs, joined]:
        told = next(filter(None, map(REPORTED_PROBLEM.search, re.split(r"(?<=[。；;！])", paragraph))), None)
        if told and (title := _title(told.group("problem").strip())):
            return title
    for line, heading in zip(lines, headings, strict=True):
        if heading is not None or NOTICE_FOOTER.search(line):
            continue
        # “经查，…。由于…，致使X，加之Y，影响了…。”: what the check found, told between its cause and
        # its harm (only when nothing was told as reported)
        for sentence in re.split(r"(?<=[。；;！])", line):
            told = CAUSED_FAULT.match(sentence.strip())
            if told and (title := _title(told.group("problem").strip())):
                return title
    return None


def _lead_of_case_account(finding: ParsedFinding, text: str) -> None:
    """A news account of one case handed down: the units organised to the spot, else the one a
    body sent to deal with it, else a unit checking with a town (both lead), replacing a lead read
    from the text that is one of them; with no lead at all, the county or town that received the
    case (`SENT_TO_SPOT`, `CASE_HANDLER_SENT`, `CHECKED_JOINTLY`, `CASE_RECEIVED_BY`)."""
    spot = SENT_TO_SPOT.search(text)
    sent = CASE_HANDLER_SENT.search(text)
    joint = CHECKED_JOINTLY.search(text)
    joined = CHECKED_WITH_UNITS.search(text)
    filed = CASE_FILED_BY.search(text)
    for units in (
        [name.strip() for name in re.split(r"[、和及]", spot.group("units"))] if spot else [],
        [sent.group("unit")] if sent else [],
        [joint.group("a"), joint.group("b")] if joint else [],
        [joined.group("a"), *re.split(r"[、和及]", joined.group("units"))] if joined else [],
        # (the body that put the case on file and decided it, “X已行政立案并做出处理”)
        [filed.group("unit")] if filed else [],
    ):
        # (a team formed for the case, “联合执法组”, is no body that answers for it)
        if units and all(_looks_like_unit(name) and not AD_HOC_TEAM.search(name) for name in units):
            if set(finding.lead_units) <= set(units):
                _lead(finding, units[0], "正文")
                finding.lead_units = list(dict.fromkeys(units))
            return
    received = CASE_RECEIVED_BY.search(text)
    if received and not finding.lead_units:
        # (the receiving county is named bare, 龙山县: the place that answers for the case)
        _lead(finding, received.group("unit"), "正文")


def _parse_one_problem(lines: list[str], headings: list[_Heading | None]) -> ParsedPlan | None:
    """A rectification notice without numbered problems read as one finding: the problem its
    opening quotes, else its first sentence after the title that neither introduces the notice
    nor stands under an organising heading; its number (第N项, 序号N, 编号N) and completion."""
    text = "\n".join(lines)
    named = NAMED_PROBLEM.search("\n".join(lines[:3])) or TITLE_NAMED.search(lines[0])
    if not named:
        # a 督办通知 handing a problem over again: “…督查通报已将“X，未清理”问题交办你单位” in the
        # first paragraph under the salutation (after the title and the letter's number)
        salutation = next((i for i, line in enumerate(lines[:5]) if _is_salutation(line)), None)
        if salutation is not None and salutation + 1 < len(lines):
            named = TITLE_NAMED.search(lines[salutation + 1])
    title = (named.group("a") or named.group("b")).strip() if named else None
    if not title and (handed := HANDED_DOWN_QUOTED.search(text)):
        # a reply to a 督办通知 (交办函): “贵办关于对“X”的第50期督办通知已收悉”: X is the problem
        title = _title(handed.group("problem")) or None
    if not title and (quoted := QUOTED_FINDING_DONE.search(text)):
        # a notice that the finding it quotes whole is put right: its first sentence titles it (a
        # printed copy's lines inside the quote joined first)
        title = _title(re.sub(r"\s*\n\s*", "", quoted.group("problem"))) or None
    if not title and "销号" in lines[0]:
        # a 销号 notice about a task (“散乱污”综合整治) rather than a fault: the task as its body
        # names it in full (the title line shortens it)
        task = next((m for m in map(QUOTED_TASK.search, [*lines[1:], lines[0]]) if m), None)
        title = task.group(0) if task else None
    if not title:
        # “一、约谈事由” ↵ “常村镇府君庙村…麦茬焚烧。经查，…”: the first sentence under the heading
        # naming why the 约谈 (问责, 督办) was held
        cause = next((k for k, line in enumerate(lines[:-1]) if _cause_heading(line)), None)
        if cause is not None and headings[cause + 1] is None:
            title = _title(re.split(r"[。；;]", lines[cause + 1])[0]) or None
    if not title:
        # a news item's one problem told as what someone reported to a check, or as “该项目存在X的
        # 问题”: that problem, wherever it stands (a page kept without its headline opens on it)
        title = _reported_problem(lines, headings)
    if not title:
        # a 回头看 account: the site the group visited again, named by what was wrong there
        visit = RECHECK_VISIT.search(text)
        if visit and RECHECK_SITE_FAULT.search(visit.group("problem")):
            title = _title(visit.group("problem"))
    if not title and (cause := CAUSE_FOUND.search(text)):
        # a report on the one problem it put right names it where it tells the cause it found
        title = _title(cause.group("problem"))
    numbered = [h for h in headings if h is not None]
    if not title and len(numbered) == 1 and numbered[0].value == 1:
        # a 通报's list kept only up to its first item (“1.X县政府主导推动…问题。” and its facts): the
        # item names the one problem
        item = ITEM_NAMING_PROBLEM.match(numbered[0].rest.strip())
        if item and FAULT.search(item.group("problem")):
            title = item.group("problem")
    last_item = numbered[-1] if numbered and numbered[-1].value == 1 else None
    if not title and last_item and sum(h.style == last_item.style for h in numbered) == 1:
        # a report's chapters and, under the last, its first item only, the page cut after it
        # (“三、” ↵ “整改落实情况。” ↵ “1.X问题整改情况。”): the item names the one problem
        item = ITEM_RECTIFIED_PROBLEM.match(last_item.rest.strip())
        if item and FAULT.search(item.group("problem")):
            title = item.group("problem")
    framed = False
    for line, heading in zip(lines[1:], headings[1:], strict=True):
        if title or NOTICE_FOOTER.search(line):
            break
        if heading is not None:
            framed = bool(FRAME_HEADING.search(heading.rest[:12]))
            continue
        if (
            framed
            or _is_salutation(line)
            or _looks_like_unit(line)
            or SIGNATURE_DATE.fullmatch(line)
            or PAGE_DATELINE.match(line)  # “发布时间：2024-08-22 22:07:00”, “作者：小编”
            or BARE_DATELINE.fullmatch(line)  # “2018-12-24 14:50”
            or PORTAL_INDEX_LINE.match(line)  # “索 引 号： 000014349/2023-63357 发布日期：…”
            # the document's own title again under the portal's index (“关于…督办问题 办理情况的报告”)
            or (DOCUMENT_TITLE_END.search(line) and not re.search(r"[。；;，,：:]", line))
            or _sheet_kind(line)  # the sheet's own title, “暗访问题交办单”
        ):
            continue
        for sentence in re.split(r"(?<=[。；;！])", line):
            # “2月16日，市专班暗访组在你乡暗访发现：吴庄村…”: the problem is what was found
            sentence = FOUND_COLON.sub("", sentence.strip())
            sentence = PROBLEM_LEAD_IN.sub("", POINTED_OUT.sub("", sentence)).rstrip("。；;")
            substantive = (
                len(sentence) >= 6 and not BOILERPLATE.search(sentence) and not re.match("^[已经]", sentence)
            )
            if substantive and (FAULT.search(sentence) or any(PROBLEMS.search(other) for other in lines[:3])):
                title = _title(sentence)
                break
    if not title:
        return None
    number_match = NOTICE_NUMBER.search("\n".join(lines[:4]))
    number = (cn_number(next(v for v in number_match.groups() if v)) if number_match else None) or 1
    finding = _prose_finding(
        number,
        title,
        title,
        source="公示正文",
        confidence=0.5,
        category_text=text,
        warning=f"问题{number}：未识别出标准栏目，整篇按一个问题读取，请核对标题、单位、时限和措施。",
    )
    _look_in_text(finding, text, text)
    if (
        not finding.lead_units
        and (named_lead := LEAD_NAMED.search(text))
        and _looks_like_unit(named_lead.group(1))
    ):
        _lead(finding, named_lead.group(1), "正文")
    for_all = LEADS_NAMED_FOR_ALL.search(text) if not finding.lead_units else None
    units = for_all.group("units").split("、") if for_all else []
    if units and all(_looks_like_unit(unit) for unit in units):
        # “镇乡村振兴服务中心、镇综合执法办为牵头部门”: each leads the one problem of the report
        _lead(finding, units[0], "正文")
        finding.lead_units = list(dict.fromkeys(units))
    if not finding.lead_units:
        # the body a check fed the problem back to, or the town whose leaders an audit checked
        told = FED_BACK_TO.search(text) or AUDITED_TOWN.search(text)
        if told and _looks_like_unit(told.group("unit")):
            _lead(finding, told.group("unit"), "正文")
    _lead_of_case_account(finding, text)
    _lead_and_state_of_recheck(finding, text)
    settled = CASE_SETTLED.search(text)
    if finding.status is None and settled and not OPEN_IN_TEXT.search(text):
        # an account of the complaint it names that tells it settled now: done
        finding.status, finding.marker = "completed", settled.group(0)
        finding.sources["status"], finding.confidence["status"] = "正文", 0.5
    more = _found_on_the_visit(lines, finding) if settled else None
    if REPORTING_BACK.search(text) and _report_signer(lines):
        # a body reporting back on the problem handed to it and signing its report (it leads, see
        # parse_plan_text): the problem is put right when the report says that work is finished
        done = REPORTED_WORK_DONE.search(text) or _state_now_done(text)
        if finding.status is None and done and not OPEN_IN_TEXT.search(text):
            finding.status, finding.marker = "completed", done.group(0)
            finding.sources["status"], finding.confidence["status"] = "正文", 0.5
    # (the body's wording first: the title may put the county before the town)
    body_first = [line for line in lines if not line.startswith("关于")] + lines
    interviewed = next((m for m in map(INTERVIEWED_UNIT.search, body_first) if m), None)
    if interviewed and _cause_heading_in(lines):
        # a 约谈 通报: the town whose leaders were called in must put the problem right
        _lead(finding, interviewed.group("unit"), "被约谈单位")
    steps = _announced_steps(lines) or _counted_work(lines)
    if steps and not finding.measures:
        finding.measures = _parse_measures([_Token(step, hard=True) for step in steps])
        finding.sources["measures"], finding.confidence["measures"] = "正文", 0.5
    return ParsedPlan([finding, *([more] if more else [])], "paragraphs", {1: None})


def _found_on_the_visit(lines: list[str], first: ParsedFinding) -> ParsedFinding | None:
    """A settled complaint's account whose visit found one more thing (“在…路边发现两个粪污渗坑，…”,
    a paragraph of its own): that thing is a second finding, done when a later paragraph tells
    the problem put right (“…连夜完成了问题整改。”)."""
    at = next((k for k, line in enumerate(lines) if k and FOUND_ON_THE_VISIT.match(line.strip())), None)
    if at is None:
        return None
    title = _title(re.split(r"[，,。；;]", lines[at].strip())[0])
    if not title or title == first.title:
        return None
    finding = _prose_finding(
        2,
        title,
        lines[at].strip(),
        source="正文",
        confidence=0.5,
        warning="问题2：按正文中检查发现的问题读取，请核对标题、单位、时限和措施。",
    )
    later = "\n".join(lines[at + 1 :])
    if (done := completion_marker(later)) and not OPEN_IN_TEXT.search(later):
        finding.status, finding.marker = "completed", done
        finding.sources["status"], finding.confidence["status"] = "正文", 0.5
    return finding


def _state_now_done(text: str) -> re.Match[str] | None:
    """The report's “目前…已A，…已B。” when every clause of that state says done, else None."""
    for state in STATE_NOW.finditer(text):
        clauses = [c for c in re.split(r"[，,]", state.group("state")) if c.strip()]
        if all("已" in c for c in clauses) and not STATE_NOT_DONE.search(state.group("state")):
            return state
    return None


def _report_signer(lines: list[str]) -> str | None:
    """The body signing a report at its foot (“下陆区团城山街道办事处” ↵ “2023年8月2日”), else None."""
    written = [line.strip() for line in lines if line.strip()]
    while len(written) >= 2 and document_tail_line(written[-1]):
        written.pop()  # the print line and a bare “附件：” a portal copies under the signature
    if len(written) >= 2 and SIGNATURE_DATE.fullmatch(written[-1]):
        written.pop()
    signer = REPLY_SIGNER.match(written[-1]) if written else None
    return signer.group("unit") if signer else None


def _lead_and_state_of_recheck(finding: ParsedFinding, text: str) -> None:
    """A town's problem exposed and then put right by “该镇”: the town leads; a 回头看 held in a
    town: the town leads; the check saw the site shut (“经实地查看，确定…已经彻底关闭”): done."""
    exposed = EXPOSED_PROBLEM.search(text)
    if (
        not finding.lead_units
        and exposed
        and exposed.group("town")
        and TOWN_REFERRED_BACK.search(text, exposed.end())
    ):
        _lead(finding, exposed.group("town"), "正文")
    held = RECHECK_IN_TOWN.search(text)
    if not finding.lead_units and held:
        _lead(finding, held.group("unit"), "正文")
    # (or the site told as gone, the account going on from there: “该养殖场全部拆除后，…”)
    shut = CLOSED_ON_RECHECK.search(text) or SITE_GONE_AFTER.search(text)
    if finding.status is None and shut and not OPEN_IN_TEXT.search(shut.group(0)):
        finding.status, finding.marker = "completed", shut.group(0)
        finding.sources["status"], finding.confidence["status"] = "正文", 0.5


def _counted_work(lines: list[str]) -> list[str]:
    """The steps counted in words (“一是…；二是…”, in turn from 一, two at least) in the paragraph of
    a one-problem notice that tells the rectification's work (`COUNTED_WORK_LEAD` before “一是”):
    its measures. Not work still ahead, nor problems counted; the last step ends with its sentence."""
    for line in lines:
        marks = list(COUNTED_ITEM.finditer(line))
        if len(marks) < 2 or [cn_number(m.group("num")) for m in marks] != list(range(1, len(marks) + 1)):
            continue
        lead = line[: marks[0].start()]
        if (
            not COUNTED_WORK_LEAD.search(lead)
            or COUNTED_WORK_AHEAD.search(lead)
            or PROBLEMS_COUNTED_INLINE.search(line)
        ):
            continue
        ends = [m.start() for m in marks[1:]] + [len(line)]
        # (each step keeps its “一是”: a mark `_parse_measures` opens an item on)
        steps = [line[m.start() : end].strip() for m, end in zip(marks, ends, strict=True)]
        steps[-1] = steps[-1].split("。")[0] + "。"
        return steps
    return []


def _cause_heading(line: str) -> bool:
    """A heading line “一、约谈事由” (问责事由, 督办原因) over the problem a 约谈 通报 is about."""
    heading = _heading(line)
    return heading is not None and bool(CAUSE_HEADING.match(heading.rest.strip().rstrip("：:")))


def _cause_heading_in(lines: list[str]) -> bool:
    return any(_cause_heading(line) for line in lines)


def _step_value(line: str) -> int | None:
    """The number of a step line (“1.” / “（一）”), or None when the line is not numbered."""
    mark = STEP_MARK.match(line)
    return cn_number(mark.group("ar") or mark.group("cn") or mark.group("lb")) if mark else None


def _counted_in_words(tokens: list[_Token]) -> list[str]:
    """The pieces counted 一是 / 二是 / 三是 from one, in order (a run of ord headings)."""
    steps: list[str] = []
    for token in tokens:
        heading = _heading(token.text)
        if heading is not None and heading.style == "ord" and heading.value == len(steps) + 1:
            steps.append(token.text.strip())
        elif steps:
            break
    return steps


def _numbered_from_one(lines: list[str]) -> list[str]:
    """The lines numbered 1. 2. 3. / （一）（二）… counting from one, wherever the run starts."""
    steps: list[str] = []
    for line in lines:
        value = _step_value(line)
        if value == len(steps) + 1:
            steps.append(line.strip())
        elif steps and value is not None:
            break
    return steps


def _announced_steps(lines: list[str]) -> list[str]:
    """The numbered lines (1. 2. 3. / （一）（二）…, counting from one) right under a line that
    announces the rectification's steps (“…从以下方面进行整改：”): a notice's measures."""
    for index, line in enumerate(lines[:-1]):
        if not STEPS_ANNOUNCED.search(line) or not re.search(r"整改|措施", line):
            continue
        steps: list[str] = []
        for following in lines[index + 1 :]:
            if _step_value(following) != len(steps) + 1:
                break
            steps.append(following.strip())
        if len(steps) >= 2:
            return steps
    return []


def _value_lines(tokens: list[_Token], index: int) -> list[_Token]:
    lines: list[_Token] = []
    for token in tokens[index + 1 :]:
        if token.field is not None:
            break
        lines.append(token)
    return lines


# --- layout: tasks ---------------------------------------------------------------------------


@dataclass
class _Task:
    label: str
    written_number: int | None
    text: str
    lead: list[str]
    coop: list[str]
    section: str | None
    part: int
    due: str = ""  # a time limit written in the unit bracket: （县住建局牵头，2024年6月底前完成）
    result: str = ""  # the result after the bracket: “（责任单位：…）——已清运，整改完成”
    status: str = ""  # the status word inside the bracket: “（蒋庄村，整改中，10月31日前完成）”


_BRACKET_DEADLINE_LABEL = re.compile(
    "(?:" + "|".join(sorted(FIELD_LABELS["deadline"], key=len, reverse=True)) + r")\s*[:：]\s*"
)
_LABEL_AT_START = re.compile(rf"(?:{LABEL_PATTERN})\s*[:：]")


_BARE_ROLLING = re.compile(rf"(?:{ROLLING_WORDS})")


def _bracket_deadlines(content: str) -> tuple[str, str]:
    """A unit bracket without its time-limit parts, and those parts: “县住建局牵头，2024年6月底前
    完成” → (县住建局牵头, 2024年6月底前完成); a time limit is no unit."""
    kept, due = [], []
    labelled = False  # “整改时限：立行立改，长期坚持”: the phrases after a time-limit label are its value
    for part in split_top(content, "，,；;"):
        label = _BRACKET_DEADLINE_LABEL.match(part.strip())
        labelled = bool(label) or (labelled and not _LABEL_AT_START.match(part.strip()))
        # “2018年6月底前完成，长期坚持”: a bare rolling phrase is a time limit, never a unit
        rolling = _BARE_ROLLING.fullmatch(part.strip(" 。.并且"))
        if part.strip() and not ORG_WORD.search(part) and (labelled or rolling or find_text_deadlines(part)):
            due.append(part.strip()[label.end() :] if label else part.strip())
        else:
            kept.append(part)
    return "，".join(kept), "；".join(due)


def _status_word(text: str) -> bool:
    return is_completed_value(text) or bool(OPEN_VALUES.fullmatch(text))


def _unit_status_bracket(content: str) -> tuple[tuple[list[str], list[str], list[str]], str, str] | None:
    """A numbered item closing on “（杜庙村，已整改）”, “（蒋庄村，整改中）”, “（新庄村，已整改，已约谈
    网格员）”: a 督查通报's bracket naming the place or unit that must act, then its status, with no
    role word. ((lead, [], []), the status word, the status and what follows it) when the parts
    before the status word are all whole units' or places' names, else None."""
    parts = [part.strip(" 。.") for part in split_top(content, "，,；;") if part.strip(" 。.")]
    at = next((k for k, part in enumerate(parts) if _status_word(part)), None)
    if not at:
        return None
    names = [name for part in parts[:at] for name in split_units(part)]
    if not names or not all(WHOLE_UNIT.search(name) or _looks_like_unit(name) for name in names):
        return None
    return (names, [], []), parts[at], "，".join(parts[at:])


def _task_name_line(text: str) -> bool:
    """A numbered task's name on a line of its own: short, no clause or sentence punctuation (a
    line cut by the page runs longer or stops inside a clause)."""
    return 2 <= len(text) <= 20 and not re.search(r"[，,。；;：:、（(]", text)


def _parse_tasks(tokens: list[_Token]) -> ParsedPlan:
    tasks: list[_Task] = []
    titles: dict[int, str | None] = {}
    part, last_cn = 1, 0
    section_cn: str | None = None
    subsection: str | None = None
    cn_label = ""
    pending: tuple[_Heading | None, list[str]] | None = None
    carried: list[str] = []
    first_leads = False  # 排在前位的为牵头单位，下同: the rule holds for the tasks below
    last_label = ""
    count_since_label = 0
    tokens = _join_split_brackets(tokens)
    for index, token in enumerate(tokens):
        if token.field is not None and token.top and not token.text.strip():
            # “二、整改目标及措施” over the tasks: the chapter before ends here, and a chapter named
            # by label words gives its tasks no section of its own (blind set 85)
            section_cn, subsection, pending = None, None, None
            continue
        text = token.text if token.field is None else f"{token.label}：{token.text}"
        if not text.strip() or PAGE_DATELINE.match(text):
            continue  # (a page's byline, “【发布时间：…】 【来源：县政府办】”: no task, its source no unit)
        result = ""
        dash = RESULT_AFTER_BRACKET.search(text) if token.field is None else None
        if dash and _trailing_bracket(text[: dash.start()]):
            text, result = text[: dash.start()], dash.group("result")
        h = _heading(text)
        bracket = _trailing_bracket(text) or _open_tail(text)
        if bracket and FIRST_LEADS.search(bracket[1]) and re.search(r"下同|以下同", bracket[1]):
            first_leads = True
        content, due = _bracket_deadlines(bracket[1]) if bracket else ("", "")
        units = _unit_bracket(content, first_leads) if bracket else None
        if units is None and bracket:
            units = _lenticular_units(text, content)
        status = ""
        if units is None and bracket and (h is not None or pending is not None) and not result:
            # (pending: the item's line wrapped, its bracket on the next line, as printed)
            with_status = _unit_status_bracket(content)
            if with_status is not None:
                units, status, result = with_status
                # “整改中，10月31日前完成”: the yearless date after the status is when it is due
                planned = next(filter(None, map(DUE_PART.match, split_top(result, "，,"))), None)
                due = due or (planned.group(1) if planned else "")
        if units is None and result:  # no unit bracket before the dash: the line as it was
            text, result = token.text, ""
            h = _heading(text)
        if units is None:
            if h is not None and h.style == "cn" and len(h.rest) <= 40:
                if h.value is not None and h.value <= last_cn:
                    part, carried = part + 1, []
                last_cn = h.value or last_cn
                section_cn, subsection, cn_label, pending = text, None, h.num, None
                if part not in titles:  # looked up once a part: looking back per row was quadratic
                    titles[part] = _title_before(tokens, index)
            elif h is not None and h.style == "pcn" and len(h.rest) <= 30 and "。" not in h.rest.rstrip("。"):
                subsection, pending = text.rstrip("。"), None
            elif h is not None:
                pending = (h, [h.rest])
            elif pending is not None:
                pending[1].append(text)
            continue
        lead, coop, carry = units
        before = bracket[0] if bracket else text
        # A unit bracket inside the task (“…清单。〔市生态环境局牵头，…〕按省的要求，…（…）”)
        # names units of the same task: merge them and drop the bracket from the text.
        for start, end in reversed(_inner_brackets(before)):
            inner = _unit_bracket(before[start + 1 : end - 1], first_leads)
            if inner is not None:
                lead, coop = _dedupe([*inner[0], *lead]), _dedupe([*inner[1], *coop])
                carry = _dedupe([*inner[2], *carry])
                before = before[:start] + before[end:]
        if h is not None:
            body, heading = _heading(before).rest if _heading(before) else before, h
        elif pending is not None:
            heading = pending[0]
            name, *rest = pending[1]
            # “1.严格控制“两高”项目准入” ↵ its paragraph closing on the unit bracket: the line alone is
            # the task's name, the paragraph what it asks
            alone = not rest and _task_name_line(name)
            body = f"{name}。{before}" if alone else _join([*pending[1], before])
        else:
            heading, body = None, before
        pending = None
        coop = [name for name in _dedupe([*coop, *carried]) if name not in lead]
        carried = _dedupe([*carried, *carry])
        if part not in titles:  # looked up once a part: looking back per row was quadratic
            titles[part] = _title_before(tokens, index)
        if heading is not None:
            prefix = cn_label if heading.style == "pcn" else ""
            label = f"{prefix}（{heading.num}）" if heading.style == "pcn" else heading.num
            last_label, count_since_label = label, 1
            written = heading.value if heading.style in ("ar", "par") else None
        else:
            count_since_label += 1
            label = f"{last_label}-{count_since_label}" if last_label else str(len(tasks) + 1)
            written = None
        if not lead and coop:
            lead, coop = coop, []
        if not body.strip(" 。；;，,\n"):
            continue  # a bracket on a line of its own
        section = subsection or section_cn
        tasks.append(_Task(label, written, body.strip(), lead, coop, section, part, due, result, status))
    return ParsedPlan(_number_tasks(tasks, titles), "tasks", titles)


def _rolling_after_due(text: str, dated: list[ParsedDeadline]) -> list[ParsedDeadline]:
    if not dated:
        return []
    kinds = {d.kind for d in dated}
    found: list[ParsedDeadline] = []
    for match in ROLLING_AFTER_DUE.finditer(text):
        found.extend(d for d in parse_deadline_field(match.group(1)) if d.kind not in kinds)
    return found[:1]


# “…因地制宜采用…建设模式，持续推进农村生活污水治理。（…牵头）”: an undated task whose last clause
# opens with a rolling phrase says the work goes on: that is its time limit
_CLOSING_ROLLING = re.compile(rf"(?:^|[。；;，,])\s*({ROLLING_WORDS})[^。；;，,]*[。；;]?\s*$")


def _closing_rolling_clause(text: str) -> list[ParsedDeadline]:
    match = _CLOSING_ROLLING.search(text.strip())
    return parse_deadline_field(match.group(1))[:1] if match else []


def _rolling_in_bracket(due: str | None, dated: list[ParsedDeadline]) -> list[ParsedDeadline]:
    """The rolling phrases of a task bracket's time limit (“完成时限：立行立改，长期坚持”): the dates
    there are read with the task's text, the phrases only here."""
    kinds = {d.kind for d in dated}
    found: list[ParsedDeadline] = []
    for deadline in parse_deadline_field(due) if due else []:
        if deadline.kind != "date" and deadline.kind not in kinds:
            kinds.add(deadline.kind)
            found.append(deadline)
    return found


def _plan_year(title: str | None) -> int | None:
    """The one year an annual plan is for (“2020年大气污染防治实施计划”), else None."""
    years = set(re.findall(r"(?<!\d)((?:19|20)\d{2})\s*年", title or ""))
    return int(years.pop()) if len(years) == 1 else None


def _number_tasks(tasks: list[_Task], titles: dict[int, str | None] | None = None) -> list[ParsedFinding]:
    findings: list[ParsedFinding] = []
    for part in sorted({t.part for t in tasks}):
        in_part = [t for t in tasks if t.part == part]
        year = _plan_year((titles or {}).get(part))
        written = [t.written_number for t in in_part]
        use_written = all(n is not None for n in written) and all(
            a < b
            for a, b in itertools.pairwise(written)  # type: ignore[operator]
        )
        for sequence, task in enumerate(in_part, start=1):
            number = task.written_number if use_written and task.written_number else sequence
            title = _title(task.text)
            at = task.text.find(title)
            rest = task.text[at + len(title) :] if at >= 0 else task.text
            problem = rest.lstrip("。；;，, \n") or title
            finding = ParsedFinding(
                number=number,
                label=task.label,
                title=title,
                problem=problem,
                deadlines=find_text_deadlines("；".join(filter(None, (task.text, task.due))), year),
                lead_units=task.lead,
                cooperating_units=task.coop,
                section=task.section,
                part=part,
                category=guess_category(title, problem),
            )
            finding.deadlines.extend(_rolling_after_due(task.text, finding.deadlines))
            if not finding.deadlines:
                finding.deadlines = _closing_rolling_clause(task.text)
            finding.deadlines.extend(_rolling_in_bracket(task.due, finding.deadlines))
            if task.result:
                # “——已清运，整改完成”: the result's last clause says whether the work is done
                finding.progress = task.result
                last = re.split(r"[，,；;]", task.result.rstrip("。. "))[-1]
                if task.status:
                    done = is_completed_value(task.status)  # the bracket's own status word decides
                else:
                    done = is_completed_value(task.result) or is_completed_value(last)
                if done:
                    finding.status, finding.marker = "completed", task.result
            finding.deadline_text = "；".join(d.text for d in finding.deadlines) or None
            if not finding.deadlines and task.due and MONTH_DAY_LIMIT.match(task.due):
                # “（…，整改时限：9月25日前）”: kept so that `_yearless_limits` dates it in the year the
                # notice is written in
                finding.deadline_text = task.due
            # Units come from the bracket closing the task, deadlines from dates in its text.
            finding.sources = {"title": "任务正文", "lead_units": "句末括注" if task.lead else ""}
            finding.confidence = {"title": 1.0, "lead_units": 0.9 if task.lead else 0.0}
            if task.coop:
                finding.sources["cooperating_units"], finding.confidence["cooperating_units"] = (
                    "句末括注",
                    0.9,
                )
            if finding.deadlines:
                finding.sources["deadlines"], finding.confidence["deadlines"] = "任务正文中的时间", 0.8
            if not finding.lead_units:
                finding.warnings.append(f"任务{finding.label}：未识别出牵头（责任）单位。")
            findings.append(finding)
    return findings


# --- layout: task tables ---------------------------------------------------------------------


def _row_number(cell: str) -> int | None:
    digits = re.sub(r"\s", "", cell).strip("．.、")
    bracketed = re.fullmatch(rf"[(（](\d{{1,4}}|[{CN}]{{1,4}})[)）]", digits)
    if bracketed:  # “（一）”, “(3)”: the 序号 cell written as an item number
        digits = bracketed.group(1)
    own = re.match(r"^(?:序号|编号|第)(\d{1,4})(?:[(（].*[)）])?$", digits)
    if own:  # “序号8(市序号9)”: the county's number, the city's in brackets
        return int(own.group(1))
    if re.fullmatch(r"\d{1,4}", digits):
        return int(digits)
    ordinal = re.fullmatch(rf"第(\d{{1,4}}|[{CN}]{{1,4}})[项号条]", digits)
    if ordinal:  # “第十六项” in the 序号 cell
        return cn_number(ordinal.group(1)) or None
    value = cn_number(digits) if re.fullmatch(rf"[{CN}]{{1,4}}", digits) else None
    return value or None


def _table_title(lines: list[str], before: int) -> str | None:
    """The last title-like paragraph above a table (“…整改任务清单”)."""
    for text in reversed(lines[: max(before - 1, 0)]):
        text = _clean_markup(text)[0]
        if text.startswith("|"):
            return None
        if _is_title_like(text):
            return re.sub(r"\s+", "", text)
    return None


def _closed_heading(lines: list[str], before: int) -> str | None:
    """The done word of the sheet name or title right above a table (“已销号”, “…台账（已销号）”):
    a ledger that moves the rows put right onto a sheet of their own, with no status beside them."""
    seen = 0
    for text in reversed(lines[: max(before - 1, 0)]):
        text = _clean_markup(text)[0].strip()
        if not text:
            continue
        if text.startswith("|") or seen == 3:
            return None
        seen += 1
        if match := CLOSED_LIST_HEADING.search(re.sub(r"\s+", "", text)):
            return match.group(0).strip("（()）")
    return None


def _sub_numbered_steps(values: list[str]) -> list[str] | None:
    """Rows of one problem each holding a task numbered 1.1, 1.2 …: the tasks as a list numbered
    1., 2. …; None unless every row is one and their second numbers count up from 1."""
    steps = []
    for n, value in enumerate(values, start=1):
        match = SUB_STEP.match(value)
        if match is None or int(match.group(1)) != n:
            return None
        steps.append(f"{n}.{value[match.end() :]}")
    return steps


def _ticked_options(cell: str) -> str:
    """A cell of tick boxes, an option after each (“□已验收销号 ⏎ ☑已完成 ⏎ □达到时序进度”): the
    ticked options' text, one a line. Any other cell, or one with no empty box beside a ticked one
    (a lone √ under 已整改), is kept."""
    options = TICK_BOX_OPTION.findall(cell)
    if len(options) < 2 or re.sub(r"\s", "", "".join(box + text for box, text in options)) != re.sub(
        r"\s", "", cell
    ):
        return cell
    if not any(box in EMPTY_BOX for box, _ in options):
        return cell
    return "\n".join(text.strip() for box, text in options if box in TICKED_BOX and text.strip())


def _unnumbered_cell_measures(cell: str) -> str:
    """A measures cell written as whole sentences one under another, none numbered (each its own
    paragraph in the Word cell): one measure a line, numbered as a list would be. A cell with any
    numbered line, or a line that does not end a sentence (text wrapped inside the cell), is kept."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    unstopped = None
    if len(lines) == 1 and not _heading(lines[0]):
        # the same sentences run on in one paragraph (“协调…建设。督促完成…迁改。完成设备调试…。”)
        text = lines[0]
        lines = [sentence for sentence in re.findall(r"[^。]+。", text)]
        unstopped = re.search(r"。([^。]{4,})$", text)
        if unstopped and re.search(r"[，,、；;：:]$", unstopped.group(1)):
            unstopped = None  # a clause cut off, not a sentence
        if unstopped:
            # “…执法力度。完成上级下达的污染物减排任务”: the last sentence's stop left off at the cell's end
            lines.append(unstopped.group(1))
        if "".join(lines) != cell.strip() or any(re.search(r"[；;]", line) for line in lines):
            return cell
        steps = [line for line in lines if not STATE_AS_OF_SENTENCE.match(line)]
        if steps and len(steps) < len(lines):
            # “…强化建后管理。根据地方统计数据，截至2022年底…实现…全覆盖。”: the closing state is no step
            if len(steps) == 1:
                return steps[0]
            lines = steps
    if len(lines) < 2 or any(
        _heading(line) or not (line.endswith(("。", "；", ";", "！")) or (last and unstopped is not None))
        for last, line in ((k == len(lines) - 1, line) for k, line in enumerate(lines))
    ):
        return cell
    return "\n".join(f"{n}.{line}" for n, line in enumerate(lines, start=1))


def _problem_order(table: Table) -> list[int]:
    """The table's columns in the order their cells are read: a project's name (项目名称 |
    实事项目) beside a column stating the problem (存在问题 | 问题描述) comes after it, so the
    problem is the finding's title and the project its detail (a progress table that lists the
    problems found in each project). Only when the measures or progress answer the problem (stand
    after it): a 存在问题 column after the progress reports the snags of a project on course."""
    order = list(range(len(table.columns)))
    problems = [k for k in order if table.columns[k].field == "problem"]
    named = [k for k in problems if TASK_NAME_COLUMN.search(normalise_header(table.columns[k].header))]
    content = [
        k for k in problems if TASK_CONTENT_COLUMN.fullmatch(normalise_header(table.columns[k].header))
    ]
    if named and content and content[0] < named[0]:
        # 具体内容 before 工作任务 (another county's order of a 分工表): the task's name is the
        # title, its content the detail, wherever the two columns stand
        rest = [k for k in order if k not in content]
        at = rest.index(named[0]) + 1
        return [*rest[:at], *content, *rest[at:]]
    stated = [k for k in problems if "问题" in table.columns[k].header]
    projects = [k for k in problems if "项目" in table.columns[k].header and k not in stated]
    if not stated or not projects or projects[0] > stated[0]:
        return order
    if not any(table.columns[k].field in ("measures", "progress") for k in order[stated[0] + 1 :]):
        return order
    rest = [k for k in order if k not in projects]
    at = rest.index(stated[0]) + 1
    return [*rest[:at], *projects, *rest[at:]]


def _lost_merges_filled(table: Table) -> list[TableRow]:
    """The rows with a 牵头单位 or 整改时限 cell left blank under a row that names one (same group,
    a row of its own problem) given the text above: a cell merged down over several problems comes
    out blank below its first row where the file keeps no merges (a .csv saved from a ledger, a
    table copied out of Word or a web page). Only when the column's first row is filled, as a
    merge's first cell is: a column that starts blank has cells nobody filled, and is left as it
    is; a lead column only when at least half its rows fill it too. Each filled cell is marked so the finding
    says it was guessed."""
    problem_at = [k for k, c in enumerate(table.columns) if c.field == "problem"][:1]
    if not problem_at:
        return table.rows
    problem = problem_at[0]
    rows = list(table.rows)
    # a class column's groups (问题类别 merged down) are no rows across the table: a lead or a
    # limit merged down beside them may cross from one group into the next
    by_class = has_area_column(table.columns)
    for name in ("lead", "deadline"):
        at = next((k for k, c in enumerate(table.columns) if c.field == name), None)
        if at is None:
            continue
        # only rows stating a problem count: a header's second row pasted as a row of its own
        # (| | 包村领导 | 村支书 |) is none, and a merge still starts on the first problem's row
        stated = [k for k, row in enumerate(rows) if row.cells[problem].strip()]
        filled = [k for k in stated if rows[k].cells[at].strip()]
        blank = len(stated) - len(filled)
        if not blank or not filled or filled[0] != stated[0]:
            continue  # no merge starts on a blank first row: its blanks are cells left empty
        cooperating = any(c.field == "coop" for c in table.columns)
        if name == "lead" and blank * 2 > len(stated) and cooperating:
            # a lead column mostly blank beside a cooperating one may name no lead on purpose
            # (set 29); every task has a time limit, so a limit column is filled on the first rule.
            # With no cooperating column, a blank lead under a named one is the named one merged
            # down (滦县: one 责任单位 over three rows, pasted or printed without rules)
            continue
        for k in range(1, len(rows)):
            row, above = rows[k], rows[k - 1]
            if (
                not row.cells[at].strip()
                and above.cells[at].strip()
                and (row.section == above.section or by_class)
                and row.cells[problem].strip()
            ):
                # the cell merged down over the problem above too, which a paste into Excel makes
                # a row a paragraph (“X（牵头）” ⏎ “Y” ⏎ “Z”, every other cell repeated): all of them
                start = k - 1
                while start > 0 and all(
                    a == b
                    for n, (a, b) in enumerate(zip(rows[start - 1].cells, above.cells, strict=True))
                    if n != at
                ):
                    start -= 1
                values = dict.fromkeys(r.cells[at].strip() for r in rows[start:k] if r.cells[at].strip())
                cells = list(row.cells)
                cells[at] = "\n".join(values)
                rows[k] = TableRow(
                    cells, row.section, row.line, (*row.filled_from_above, name), row.labelled, row.problem
                )
    return rows


def _tell_filled_from_above(finding: ParsedFinding, row: TableRow) -> None:
    """A cell taken from the row above (a merge the file lost) is a guess: lowered below the
    preview's threshold, so it is highlighted, and said in a warning."""
    for name in row.filled_from_above:
        key, label = FILLED_FROM_ABOVE[name]
        finding.confidence[key] = min(finding.confidence.get(key, 1.0), GUESSED_CONFIDENCE)
        finding.warnings.append(
            f"问题{finding.label}：{label}一格为空，按上一行取值（合并单元格在复制或另存时只留首行），请核对。"
        )


def _sub_number_of(number: str, parent: str) -> bool:
    """“1.2” under “1” (also 1-2, 1．2): the number of an item inside the parent row's item."""
    sub = re.fullmatch(r"(\d{1,3})\s*[.．\-－]\s*\d{1,2}", number)
    return bool(sub) and sub.group(1) == re.sub(r"\s", "", parent).strip("．.、")


def _problem_and_measures(cell: str, column: Column) -> tuple[str, str] | None:
    """(problem, measures) of a cell in a column naming both (存在问题及整改措施) written as a “问题：…”
    paragraph over a “措施：…” one; None for any other cell, which reads as its column's field."""
    if column.field not in ("problem", "measures") or not PROBLEM_AND_MEASURES_HEADER.search(column.header):
        return None
    lines = [line.strip() for line in CELL_MEASURES_INLINE.sub("\n", cell).split("\n") if line.strip()]
    at = next((k for k, line in enumerate(lines) if k and CELL_MEASURES_PART.match(line)), None)
    if at is None or not CELL_PROBLEM_PART.match(lines[0]):
        return None
    problem = "\n".join([CELL_PROBLEM_PART.sub("", lines[0]), *lines[1:at]])
    measures = "\n".join([CELL_MEASURES_PART.sub("", lines[at]), *lines[at + 1 :]])
    return (problem, measures) if problem and measures else None


def _merged_rows(table: Table) -> list[list[TableRow]]:
    """Rows grouped by finding: a problem merged down over several rows (one row per measure,
    each with its unit and time limit) is one finding; Word and the sheet readers repeat a
    merged cell's text on every row it spans."""
    problem_at = [k for k in _problem_order(table) if table.columns[k].field == "problem"][:1]
    number_at = [k for k, c in enumerate(table.columns) if c.field == "number"][:1]
    groups: list[list[TableRow]] = []
    for row in _lost_merges_filled(table):
        if groups and row.problem is not None:
            # the measure rows under a row stating their problem (“问题一：…”, no problem column)
            last = groups[-1][-1]
            if last.problem == row.problem and last.section == row.section:
                groups[-1].append(row)
                continue
        if groups and problem_at:
            last = groups[-1][-1]
            # the group's last row naming its problem: rows below it whose merge was lost are blank
            # (“2 | 问题 | (1)…”, “ |  | (2)…”, then “续表” and “2 | 问题 | (3)…” on the next page)
            named = next((r for r in reversed(groups[-1]) if r.cells[problem_at[0]].strip()), last)
            same_problem = row.cells[problem_at[0]].strip() == named.cells[problem_at[0]].strip() != ""
            number = row.cells[number_at[0]].strip() if number_at else ""
            # the group's 序号 is on its first numbered row: a PDF reader repeats a merged problem
            # on every row it spans but leaves the merged 序号 on the first
            group_number = next(
                (n for r in groups[-1] if number_at and (n := r.cells[number_at[0]].strip())), ""
            )
            same_number = not number or number == group_number
            # a problem and its 序号 merged down and the merge lost (a paste, a .csv): the row
            # below the first is blank in both, and holds the next measure of the same finding
            lost_merge = not row.cells[problem_at[0]].strip() and not number
            # “1 | 问题 | … ⏎ 1.1 | | 措施 | 单位 | 时限 ⏎ 1.2 | …”: a row numbered under the problem's
            # number, its problem cell blank, is one of that problem's measures (own unit and limit)
            sub_row = not row.cells[problem_at[0]].strip() and _sub_number_of(
                number, groups[-1][0].cells[number_at[0]] if number_at else ""
            )
            if sub_row and row.section == last.section:
                groups[-1].append(row)
                continue
            if (same_problem or lost_merge) and same_number and row.section == last.section:
                groups[-1].append(row)
                continue
        groups.append([row])
    return groups


def _parse_tables(tables: list[Table], text: str, known: set[str]) -> ParsedPlan:
    """One finding per table row; a table whose 序号 starts again is a new part."""
    lines = text.split("\n")
    findings: list[ParsedFinding] = []
    titles: dict[int, str | None] = {}
    part, previous, sequence, last_written = 1, 0, 0, 0
    for table in tables:
        numbers = [
            _row_number(row.cells[k])
            for row in table.rows
            for k, c in enumerate(table.columns)
            if c.field == "number"
        ]
        first = next((n for n in numbers if n is not None), None)
        if findings and first is not None and first <= previous:
            part, sequence, previous, last_written = part + 1, 0, 0, 0
        titles.setdefault(part, _table_title(lines, table.first_line))
        # columns by the period a stage of the work falls in: {column: (period, field)}; under a
        # measures label (任务分解及实施进度2019年) each filled cell is a step, under a time label
        # (时间节点2019年三季度) a milestone; either way the last filled one's end is due
        stage_columns = {
            k: (period.group(1), c.field)
            for k, c in enumerate(table.columns)
            if c.field in ("measures", "deadline") and (period := YEAR_STAGE_COLUMN.search(c.header))
        }
        for k, c in enumerate(table.columns):
            # a header printed without rules gives the spanning name to the first year's column
            # only (任务分解及实施进度2018年 | 2019年 | 2020年): the bare years after it are stages too
            if k - 1 in stage_columns and YEAR_COLUMN.match(c.header.strip()):
                stage_columns[k] = (c.header.strip(), stage_columns[k - 1][1])
        bare_periods = [
            k for k, c in enumerate(table.columns) if c.field is None and YEAR_COLUMN.match(c.header)
        ]
        if (
            not stage_columns
            and len(bare_periods) >= 2
            and not any(c.field == "measures" for c in table.columns)
        ):
            # a one-row header of bare periods (2021年 | 2022年 | 2023年及以后) in a table with no
            # measures column: the steps of each task by year, as under 任务分解及实施进度
            stage_columns = {k: (table.columns[k].header.strip(), "measures") for k in bare_periods}
        if len(stage_columns) < 2:
            stage_columns = {}
        columns = _status_columns_as_result(table)
        closed = (
            _closed_heading(lines, table.first_line)
            if not any(c.field in ("progress", "result") for c in columns)
            else None
        )
        for rows in _merged_rows(table):
            bag = _Bag()
            written: int | None = None
            stages: list[tuple[int, str]] = []
            stated = rows[0].problem
            if stated is not None:
                # rows under a row stating their problem: it is the finding (its number and title),
                # the rows its measures, and their 序号 only count the measures
                written = _row_number(stated[0])
                bag.add_label(_Token(stated[1], field="problem", label="问题"))
            for k in _problem_order(table):
                column = columns[k]
                if stated is not None and column.field == "number":
                    continue
                values = list(dict.fromkeys(r.cells[k].strip() for r in rows if r.cells[k].strip()))
                if k in stage_columns:
                    # 任务分解及实施进度 by year: each year's stage is a measure, the last year the
                    # task's due date (added below when no time-limit column gives one)
                    stages.extend((k, *stage_columns[k], v) for v in values)
                    continue
                if column.field == "measures" and len(values) > 1:
                    # one measure per row of a problem merged down: numbered when they are not;
                    # numbered under the problem's own (1.1 …, 1.2 …), by their place under it
                    values = _sub_numbered_steps(values) or [
                        v if _heading(v) else f"{n}.{v}" for n, v in enumerate(values, start=1)
                    ]
                elif column.field == "measures" and len(values) == 1:
                    values = [_unnumbered_cell_measures(values[0])]
                cell = normalise_dates("\n".join(values).replace("\u3000", " ")).strip()
                cell = _ticked_options(cell)
                if column.field is None or not cell or NOTHING_WRITTEN.match(cell):
                    continue
                parts = _problem_and_measures(cell, column)
                if parts is not None:
                    # “问题：…⏎措施：1.…；2.…” in one column: its title, then its measures
                    for name, piece in zip(("problem", "measures"), parts, strict=True):
                        first_line, *more = piece.split("\n")
                        bag.current = None
                        bag.add_label(
                            _Token(first_line, field=name, label=column.header, confidence=column.confidence)
                        )
                        for extra in more:
                            if extra.strip():
                                bag.add_text(_Token(extra.strip(), hard=True))
                    continue
                if column.field == "number":
                    # a second number column naming a list (问题清单编号 “第3-1项”, 任务清单序号 “第4项”)
                    # refers to the item in the higher level's list: the first one's number stays; a
                    # 建议号 after 序号 is the number the item is registered and answered by
                    if written is None or "清单" not in column.header:
                        written = _row_number(cell.split("\n")[0]) or written
                    continue
                if bag.has(column.field) and column.field in ("problem", "target", "measures", "progress"):
                    # a second column of the same field (主要任务 and 问题具体情况): its text is added
                    bag.current = column.field
                    for extra in cell.split("\n"):
                        if extra.strip():
                            bag.add_text(_Token(extra.strip(), hard=True))
                    continue
                if bag.has(column.field) and column.field in ("lead", "coop"):
                    # a second unit column of the same role (牵头部门 | 主责单位): both lead
                    bag.fields[column.field].extend(
                        _Token(line.strip(), hard=True) for line in cell.split("\n") if line.strip()
                    )
                    continue
                if column.field == "result":
                    bag.status_cells.append(cell)
                first_line, *more = cell.split("\n")
                bag.current = None
                bag.add_label(
                    _Token(
                        first_line.strip(),
                        field=column.field,
                        label=column.header,
                        confidence=column.confidence,
                    )
                )
                for extra in more:
                    target = CELL_TARGET_PARAGRAPH.match(extra.strip())
                    if column.field == "problem" and target and not bag.has("target"):
                        # “整改目标：…” under the problem in its cell (no target column): the target
                        bag.current = None
                        bag.add_label(
                            _Token(
                                extra.strip()[target.end() :].strip(),
                                field="target",
                                label=target.group(0).rstrip("：:").strip(),
                                confidence=column.confidence,
                            )
                        )
                    elif extra.strip():
                        bag.add_text(_Token(extra.strip(), hard=True))
            labelled: dict[tuple[str, str], list[str]] = {}
            for name, label, value in (item for row in rows for item in row.labelled):
                # rows of one label (its cell merged down, repeated by a sheet): one value
                labelled.setdefault((name, label), []).append(value)
            for (name, label), values in labelled.items():
                # a labelled row under the row (“| 整改措施 | 1.…2.… |”): that field of its finding
                value = "\n".join(values)
                if bag.has(name):
                    continue
                if name == "measures":
                    value = _unnumbered_cell_measures(value)
                first_line, *more = normalise_dates(value).split("\n")
                bag.current = None
                bag.add_label(_Token(first_line.strip(), field=name, label=label))
                for extra in more:
                    if extra.strip():
                        bag.add_text(_Token(extra.strip(), hard=True))
            if stages:
                steps = [
                    f"{n}.{normalise_dates(text)}"
                    for n, text in enumerate((v for _, _, kind, v in stages if kind == "measures"), start=1)
                ]
                if steps:
                    bag.current = None
                    bag.add_label(_Token(steps[0], field="measures", label="任务分解", confidence=0.7))
                    for step in steps[1:]:
                        bag.add_text(_Token(step, hard=True))
                if not bag.has("deadline"):
                    period = max(stages)[1]
                    due = (
                        STAGE_OPEN_ENDED_DUE
                        if STAGE_OPEN_ENDED.search(period)
                        else period + ("底前" if period.endswith("年") else "前")
                    )
                    bag.current = None
                    bag.add_label(_Token(due, field="deadline", label="实施进度", confidence=0.7))
            if closed and not bag.has("result"):
                # a row on the sheet of closed rows: its heading says it is done
                bag.current = None
                bag.add_label(_Token(closed, field="result", label="工作表", confidence=0.7))
            sequence += 1
            number = written if written is not None else sequence
            if (
                findings
                and written is not None
                and written <= last_written
                and rows[0].section != findings[-1].section
            ):
                # “一、… （一）（二） 二、… （一）”: numbering starts again under a group row, a new
                # part as when a second table starts again (numbers are unique within a part); only
                # written numbers count, not a wrapped row's running count
                part += 1
            last_written = written if written is not None else last_written
            previous = number
            finding = _finding_from_bag(
                bag, number=number, label=str(number), section=rows[0].section, part=part, known=known
            )
            if finding is not None:
                _tell_filled_from_above(finding, rows[0])
                findings.append(finding)
    numbered = any(c.field == "number" for table in tables for c in table.columns)
    in_body = _body_number(lines[: max(tables[0].first_line - 1, 0)]) if len(findings) == 1 else None
    if in_body and not numbered:
        # a one-row table under “关于…问题清单第7项…的公示”: the number the opening names
        findings[0].number, findings[0].label = in_body
        findings[0].sources["number"], findings[0].confidence["number"] = "正文中的编号", GUESSED_CONFIDENCE
    return ParsedPlan(findings, "table", titles)


def _status_columns_as_result(table: Table) -> list[Column]:
    """The table's columns, a progress column beside another that holds status words only
    (完成情况: 已完成 / 序时推进, beside 整改进展情况) read as the status it is, when the table has
    no status column: it says whether the row is done wherever it stands, before the progress
    text or after it (a column of 属实 / 基本属实 says nothing of that and stays progress)."""
    progress = [k for k, c in enumerate(table.columns) if c.field == "progress"]
    if len(progress) < 2 or any(c.field == "result" for c in table.columns):
        return table.columns
    columns = list(table.columns)
    for k in progress:
        values = [row.cells[k].strip().rstrip("。") for row in table.rows if row.cells[k].strip()]
        short = len(values) >= 2 and all(len(value) <= 6 and "\n" not in value for value in values)
        if short and any(is_completed_value(value) for value in values):
            columns[k] = replace(columns[k], field="result")
            break
    return columns


def _head_year(lines: list[str], first_due: str) -> str | None:
    """The year of the one date the sheet's first lines give, moved on a year when the due month
    and day come before it."""
    found = {
        (m.group(1) or m.group(4), m.group(2) or m.group(5), m.group(3) or m.group(6))
        for line in lines
        for m in HEAD_DATE.finditer(line)
    }
    if len({year for year, _, _ in found}) != 1:
        return None
    year, month, day = min(found, key=lambda d: (int(d[1]), int(d[2])))
    due = MONTH_DAY.search(first_due)
    if due and (int(due.group(1)), int(due.group(2) or 31)) < (int(month), int(day)):
        return str(int(year) + 1)
    return year


def _date_by_the_plans_year(plan: ParsedPlan, text: str) -> None:
    year = None
    head = text.strip().split("\n")[:8]
    for line in head:
        found = PLANS_YEAR.search(line)
        if found:
            year = found.group(1)
            break
    if year is None:
        for finding in plan.findings:
            bracketed = BRACKETED_YEARLESS.search(finding.deadline_text or "")
            if not finding.deadlines and finding.deadline_text and YEARLESS.match(finding.deadline_text):
                due = re.sub(r"^\s*(?:于|在)", "", finding.deadline_text).strip()
            elif not finding.deadlines and bracketed:
                due = bracketed.group(1)
            else:
                continue
            dated = _head_year(head, due)
            if dated:
                finding.deadlines = parse_deadline_field(f"{dated}年{due}")
                if finding.deadlines:
                    finding.confidence["deadlines"] = 0.7  # the year is the sheet's, not the cell's
                    finding.warnings = [w for w in finding.warnings if "未能识别为日期" not in w]
        return
    for finding in plan.findings:
        opening = YEARLESS_DUE_OPENING.match(finding.title or "")
        if not finding.deadlines and not finding.deadline_text and opening:
            # “6月底前建成县城区污水处理厂三期工程”: a task of the year's plan opening with its due date
            finding.deadline_text = opening.group(1)
            finding.sources["deadlines"] = "任务中的时间"
        if finding.deadlines or not finding.deadline_text or not YEARLESS.match(finding.deadline_text):
            continue
        due = re.sub(r"^\s*(?:于|在)", "", finding.deadline_text).strip()
        finding.deadlines = parse_deadline_field(f"{year}年{due}")
        if finding.deadlines:
            finding.confidence["deadlines"] = 0.7  # the year is the plan's, not written in the cell
            finding.warnings = [w for w in finding.warnings if "未能识别为日期" not in w]


def _from_the_sheets_head(plan: ParsedPlan, text: str) -> None:
    """A handed-down sheet whose list names no unit: the addressee does the work; a limit written
    “3日内” counts from the day in the head."""
    head = text.strip().split("\n")[:10]
    handed_down = any(HANDED_DOWN.search(re.sub(r"\s+", "", line)) for line in head[:4])
    # (a report back to the body that handed the work down: “收到你单位整改通知书后…报告如下”)
    handed_down = handed_down and not any(REPORTING_BACK.search(line) for line in head[:5])
    addressees = [
        m.group(1)
        for m in map(ADDRESSEE.match, head if handed_down else [])
        if m and not m.group(1).startswith("各")
    ]
    # “被交办单位：桐木镇人民政府” or a form's “| 被督办单位 | 某镇人民政府 |” above the list: the
    # label says who must act, on a handed-down sheet or on any list (an audit's 整改清单)
    addressees += [m.group(1) for m in map(ADDRESSEE_LABEL.search, head) if m]
    # (a body the addressee works with, “会同县城管执法局”, does not lead: the addressee still does)
    if len(addressees) == 1 and not any(f.lead_units for f in plan.findings):
        for finding in plan.findings:
            finding.lead_units = [addressees[0]]
            finding.sources["lead_units"], finding.confidence["lead_units"] = "主送单位", 0.7
            finding.warnings = [w for w in finding.warnings if "未识别出牵头" not in w]
    if not handed_down:
        return
    for finding in plan.findings:
        _count_working_days(finding, text)
    issued = next((m.group(1) for m in map(ISSUED_IN_HEAD.search, head) if m), None)
    day = next((d.date for d in parse_deadline_field(issued) if d.date), None) if issued else None
    for finding in plan.findings:
        within = WITHIN_DAYS.search(finding.deadline_text or "")
        if day and within and not finding.deadlines:
            due = day + timedelta(days=cn_number(within.group(1)) or 0)
            finding.deadlines = [ParsedDeadline(kind="date", date=due, text=finding.deadline_text or "")]
            finding.confidence["deadlines"] = 0.7  # counted from the head's date, not written
            finding.warnings = [w for w in finding.warnings if "未能识别为日期" not in w]


def _count_working_days(finding: ParsedFinding, text: str) -> None:
    """A limit of N working days from a dated event: the Nth weekday after it. Holidays are not
    known, so it is read at 0.5 with a warning to check it."""
    within = WORKING_DAYS_FROM.search(finding.deadline_text or "")
    if finding.deadlines or within is None:
        return
    events = {m.group(1) for m in re.finditer(DATED_EVENT + within.group(1), text)}
    days = [d.date for event in events for d in parse_deadline_field(event) if d.date]
    if len(set(days)) != 1:
        return
    due, left = days[0], cn_number(within.group(2)) or 0
    while left > 0:
        due += timedelta(days=1)
        left -= due.weekday() < 5
    finding.deadlines = [ParsedDeadline(kind="date", date=due, text=finding.deadline_text or "")]
    finding.confidence["deadlines"] = 0.5
    finding.warnings = [w for w in finding.warnings if "未能识别为日期" not in w]
    start = f"{days[0].year}年{days[0].month}月{days[0].day}日"
    name = finding.label or finding.number
    finding.warnings.append(f"问题{name}：时限按工作日自{start}起推算，未计节假日，请核对。")


def _one_limit_in_the_body(plan: ParsedPlan, text: str) -> None:
    """A list with no limits whose covering text sets one date for putting all of it right: that
    date is each finding's limit."""
    if not plan.findings or any(f.deadlines or f.deadline_text for f in plan.findings):
        return
    dates = {re.sub(r"\s+", "", m.group(1) or m.group(2)) for m in BODY_LIMIT.finditer(text)}
    if not dates and CURRENT_MONTH_LIMIT.search(text):
        # “请上述问题所涉村…在本月内整改到位”: the last day of the one month the 通报 is dated in
        months = {(int(y), int(m)) for y, m in WRITTEN_MONTH.findall(text)}
        if len(months) == 1:
            year, month = months.pop()
            dates = {f"{year}年{month}月{calendar.monthrange(year, month)[1]}日"}
    if not dates:
        # “请…对上述问题立即整改到位”: the letter's closing request sets how soon for all of them
        dates = {m.group(1) for m in ALL_ROLLING.finditer(text)}
    if not dates:
        dates = {re.sub(r"\s+", "", m.group(1)) for m in BODY_REPORT_DAY.finditer(text)}
    if len(dates) != 1:
        return
    day = dates.pop()
    if re.match(r"\d", day) and "年" not in day:
        # “于7月11日前全面完成整改” in a 通报 dated 2023年6月28日: the one year the text writes
        years = {int(year) for year in WRITTEN_YEAR.findall(text)}
        if len(years) != 1:
            return
        day = f"{years.pop()}年{day}"
    deadlines = parse_deadline_field(day)
    if not deadlines:
        return
    for finding in plan.findings:
        finding.deadlines = list(deadlines)
        finding.sources["deadlines"], finding.confidence["deadlines"] = "整改要求", 0.6


def _classes_defined_done(plan: ParsedPlan, text: str) -> None:
    done = {m.group(1) for m in CLASS_LEGEND.finditer(text) if SOLVED.search(m.group("meaning"))}
    if not done:
        return
    value = re.compile(rf"[{''.join(sorted(done))}]类?")
    for finding in plan.findings:
        lines = [line.strip().rstrip("。") for line in (finding.progress or "").split("\n")]
        line = next((line for line in lines if value.fullmatch(line)), None)
        if finding.status is None and line:
            finding.status, finding.marker = "completed", line
            finding.sources["status"], finding.confidence["status"] = "表注中的类别说明", 0.7


# --- entry point -----------------------------------------------------------------------------


def _says_open(finding: ParsedFinding) -> bool:
    """True when the finding's own status column (是否完成：否, 整改中) says it is open; its value
    is the last line of the progress (`_finding` appends it there); or when its progress opens
    with such a word (整改进展：正在推进，已排查…), whatever the notice says of the list."""
    if not finding.progress:
        return False
    progress = finding.progress.strip()
    opening = re.split(r"[，,。；;\n]", progress, maxsplit=1)[0].strip()
    if OPEN_VALUES.fullmatch(opening) or _refuses(progress):
        # (a 销号意见 column's “补齐转运联单后再行销号” holds the row back as 暂不销号 does)
        return True
    # “已下达通知书6份，正在整改。”: done steps told first, the work still under way at the end of
    # the progress's first paragraph (the lines after it may be the article's closing)
    first = progress.split("\n")[0]
    clauses = [clause.strip() for clause in re.split(r"[，,。；;]", first) if clause.strip()]
    if (
        len(clauses) > 1
        and not COMPLETION_MARKER.search(first)
        and (OPEN_VALUES.fullmatch(clauses[-1]) or OPEN_CLOSING.fullmatch(clauses[-1]))
    ):
        return True
    # “已完成边坡整形，正在实施覆土复绿，目前序时推进。”: a progress whose closing clause says the
    # work goes on is open, whatever step it names as done before
    closing = re.split(r"[，,。；;\n]", progress.rstrip("。.；;"))[-1].strip()
    if GOES_ON.fullmatch(closing):
        return True
    if "status" not in finding.sources:
        return False
    # “未销号（正在拆除）”: the state, then a remark on it in brackets
    state = re.sub(r"\s*[（(][^（()）]*[)）]$", "", progress.split("\n")[-1].strip())
    return bool(OPEN_VALUES.fullmatch(state))


# A cell that Excel quoted when it put the range on the clipboard: it starts a line or follows a
# tab, ends before a tab or the line's end, and doubles the quotes it holds.
_SHEET_QUOTED_CELL = re.compile(r'(?:(?<=\t)|(?<=^))"((?:[^"]|"")*)"(?=\t|$)', re.M)


def _sheet_paste_rows(text: str) -> str:
    """Ranges copied out of Excel (select, copy, paste; several pastes apart by an empty line):
    every row of a range as wide as it, tabs between cells, a cell of several lines quoted, an
    empty row a line of tabs. Each read as the sheet reader reads a workbook: `| … |` rows, the
    title rows above them as plain lines. Any other text as it is."""
    if "\t" not in text:
        return text
    return "\n\n".join(_sheet_range(block) for block in re.split(r"\n[ \u3000]*\n", text))


def _sheet_range(block: str) -> str:
    try:
        rows = list(csv.reader(io.StringIO(block), delimiter="\t"))
    except csv.Error:
        return block
    filled = [row for row in rows if any(cell.strip() for cell in row)]
    widths = Counter(len(row) for row in filled)
    width, count = widths.most_common(1)[0] if widths else (0, 0)
    if width < 3 or count < 3 or count < 0.9 * len(filled):
        return block
    return "\n".join(rows_text([[cell.strip() for cell in row] for row in rows], titles_as_text=True))


# An item number standing after a space inside a line: “… 1.加快… 2.全面…”, “… 二、几点要求 1.…”
# (“1. 达日村…；”: a page may set a space after the number's dot)
_RUN_ON_NUMBER = re.compile(
    r"(?:(?<=[ \u3000\n])|^)(?P<n>\d{1,2})[.．、](?!\d)(?=\S|[ \u3000][\u4e00-\u9fff])"
)


def _run_on_items(text: str) -> str:
    """A notice copied from a forum's archive or a page that dropped its line breaks: the whole
    body one paragraph, its chapters (一、二、) and numbered items (1. 2. 3.) apart by spaces only.
    Such a paragraph is broken before each of them when at least three item numbers count up
    from 1 (or two chapter numbers from 一), so that the items read as a letter's lines. The
    numbers are counted over the lines, since a page saved as PDF wraps the paragraph at its
    width (a wrapped line may open with one); a cut is made only inside a line of 60 characters
    or more, and only in a text with a line of 120 or more."""
    if not any(len(line) >= 120 and "|" not in line for line in text.split("\n")):
        return text
    cuts = _counting_up(list(_RUN_ON_NUMBER.finditer(text)), int, 3)
    cuts |= _counting_up(list(RUN_ON_CHAPTER.finditer(text)), cn_number, 2)
    cuts = {cut for cut in cuts if cut > 0 and text[cut - 1] in " \u3000" and _run_on_line(text, cut)}
    if not cuts:
        return text
    for cut in list(cuts):
        place = RUN_ON_GROUP_PLACE.search(text, max(0, cut - 16), cut)
        if place and _RUN_ON_NUMBER.match(text, cut).group("n") == "1":  # type: ignore[union-attr]
            cuts.add(place.start())  # “益哇镇：” goes to a line of its own, over its items
            # “… （一）存在的问题 益哇镇：”: the short heading the groups stand under, a line too
            above = RUN_ON_SUBHEADING.search(text, max(0, place.start() - 20), place.start())
            if above:
                cuts.add(above.start())
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(text[start:cut].rstrip(" \u3000"))
        start = cut
    pieces.append(text[start:])
    return "\n".join(pieces)


def _run_on_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is long enough to hold run-on items, and no table row."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    above = text[: max(0, start - 1)].rstrip().rsplit("\n", 1)[-1]
    if above.rstrip().endswith("|") and not text[end if end >= 0 else len(text) :].strip():
        return False  # a cell-a-line copy's last cell, the page cut before its bar (洋县's check)
    return len(line) >= 60 and "|" not in line


def _counting_up(found: list[re.Match], value, least: int) -> set[int]:
    """The starts of the numbers that count up by one from 1 (a run restarting at 1 after a
    chapter counts as well), when the longest run has `least` numbers at least."""
    cuts: set[int] = set()
    longest = run = 0
    expected = 1
    for match in found:
        number = value(match.group("n"))
        if number == 1:
            expected, run = 1, 0
        if number != expected:
            continue
        cuts.add(match.start())
        run += 1
        longest = max(longest, run)
        expected += 1
    return cuts if longest >= least else set()


def _sheet_paste_unquoted(text: str) -> str:
    """Cells copied out of Excel: Excel wraps a cell holding a line break or a quote in quotes,
    which are not part of the text. Unquoted, the rows read as a table copied out of Word does
    (a cell of several lines breaks its row over lines)."""
    if "\t" not in text or '"' not in text:
        return text
    return _SHEET_QUOTED_CELL.sub(lambda m: m.group(1).replace('""', '"'), text)


def _split_announced_list(plan: ParsedPlan) -> None:
    """A form's one problem cell that opens on a line announcing numbered items (“现将需整改的事项
    督办如下：” ↵ 1.… ↵ 2.…): each item is a finding, with the form's unit, limit and status."""
    if len(plan.findings) != 1:
        return
    finding = plan.findings[0]
    lines = [line.strip() for line in (finding.problem or "").split("\n") if line.strip()]
    if len(lines) < 3 or not ANNOUNCES_ITEMS.search(lines[0]) or finding.title not in lines[0]:
        return
    headings = [_heading(line) for line in lines[1:]]
    if any(h is None for h in headings) or len({h.style for h in headings}) != 1:
        return
    if [h.value for h in headings] != list(range(1, len(headings) + 1)):
        return
    items = []
    for heading in headings:
        item = copy.deepcopy(finding)
        item.number, item.label, item.problem = heading.value, str(heading.value), heading.rest
        item.title = _title(heading.rest)
        items.append(item)
    plan.findings = items


def _signed_date(text: str) -> tuple[int, int, int] | None:
    """The date a sheet is signed on: a full date alone on one of its last three lines (or alone
    in a row of its own, as a workbook holds the sign-off under its table)."""
    for line in [line for line in text.strip().split("\n") if line.strip()][-3:]:
        cells = [cell for cell in line.strip().strip("|").split("|") if cell.strip()]
        signed = SIGNED_DATE.match(cells[0] if len(cells) == 1 else line)
        if signed:
            return int(signed.group(1)), int(signed.group(2)), int(signed.group(3))
    return None


def _yearless_limits(findings: list[ParsedFinding], text: str) -> None:
    """A 督查通报 dated 2020年4月10日 sets “3月27日前”: a time limit with no year, where every date
    the document writes is of one year, is due in that year. With dates of two years, the year of
    the date the sheet is signed on (alone on one of its last lines), else the day a case's code
    says it was handed down (“交办件电2018-06-23-003号”); with none, the limit stays unread."""
    years = {int(year) for year in WRITTEN_YEAR.findall(text)}
    # dates of two years (a finding recalls “2017年10月底前”): a handed-down sheet's signed date
    signed = _signed_date(text) if len(years) > 1 else None
    if len(years) != 1 and signed is None and (coded := CASE_CODE_DATE.search(text)):
        # (no one year and no signed date: the day the case's code says it was handed down)
        signed = (int(coded.group("y")), int(coded.group("m")), int(coded.group("d")))
    if len(years) != 1 and signed is None:
        return
    for finding in findings:
        match = MONTH_DAY_LIMIT.match(finding.deadline_text or "")
        if finding.deadlines or match is None:
            continue
        month = int(match.group("m"))
        year = next(iter(years)) if signed is None else signed[0]
        if signed is not None and (month, int(match.group("d") or 31)) < signed[1:]:
            year += 1  # a limit is set after the day the sheet was signed
        last = calendar.monthrange(year, month)[1]
        day = min(int(match.group("d")), last) if match.group("d") else last
        finding.deadlines = [
            ParsedDeadline(kind="date", date=date(year, month, day), text=finding.deadline_text)
        ]


def _section_labels_over_tasks(tokens: list[_Token]) -> list[_Token]:
    """“二、存在问题” and “三、整改要求” alone on their lines, every label of the text, over numbered
    items that each close on a unit bracket (“1.…。【县人社局】”, “2.…（责任单位：…）”): the labels are
    the notice's chapter headings and the items its findings, so the text reads as a task list,
    not as one problem whose value is the whole list."""
    labelled = [k for k, t in enumerate(tokens) if t.field not in (None, "ignore")]
    if not labelled or any(not tokens[k].top or tokens[k].text.strip() for k in labelled):
        return tokens
    tasks = 0
    for token in tokens:
        h = _heading(token.text) if token.field is None else None
        bracket = _trailing_bracket(token.text) if h is not None and h.value and h.style != "cn" else None
        if bracket and (_unit_bracket(bracket[1]) or _lenticular_units(token.text, bracket[1])):
            tasks += 1
    if tasks < 2:
        return tokens
    chapters = set(labelled)
    return [
        _Token(token.label or "", heading=token.heading) if k in chapters else token
        for k, token in enumerate(tokens)
    ]


def _sheet_kind(line: str) -> bool:
    """A sheet's own title line (“暗访问题交办单”, “督 办 单”): short, its kind named, no sentence."""
    line = re.sub(r"\s+", "", line)
    return 3 <= len(line) <= 24 and bool(HANDED_DOWN.search(line)) and not re.search(r"[，。；,;：:]", line)


def _repeated_sheets(text: str, known_mapping) -> ParsedPlan | None:
    """One file holding several sheets handed down (交办单 one a page, each under the same title
    line, a salutation, one problem, the request, the signature): each sheet is read alone as
    the one problem it hands over, numbered by its 编号 line when every sheet has one."""
    lines = text.split("\n")
    titles = [k for k, line in enumerate(lines) if _sheet_kind(line)]
    repeated = [k for k in titles if sum(lines[j].strip() == lines[k].strip() for j in titles) >= 2]
    if len(repeated) < 2 or len({lines[k].strip() for k in repeated}) != 1:
        return None
    # the issuing office's line right above each title goes with its sheet
    starts = [
        k - 1 if k > 0 and lines[k - 1].strip() and _looks_like_unit(lines[k - 1].strip()) else k
        for k in repeated
    ]
    bounds = [0, *starts[1:], len(lines)]
    findings: list[ParsedFinding] = []
    numbers: list[int | None] = []
    for sequence, (start, end) in enumerate(itertools.pairwise(bounds), start=1):
        sheet = "\n".join(lines[start:end]).strip()
        try:
            plan = parse_plan_text(sheet, known_mapping)
        except PlanParseError:
            return None
        if len(plan.findings) != 1 or plan.layout != "paragraphs":
            return None
        own = next((m for m in map(SHEET_NUMBER.match, lines[start:end]) if m), None)
        numbers.append(int(own.group(1)) if own else None)
        plan.findings[0].number = sequence
        findings.append(plan.findings[0])
    if all(numbers) and len(set(numbers)) == len(numbers):
        for finding, number in zip(findings, numbers, strict=True):
            finding.number = number  # type: ignore[assignment]
    plan = ParsedPlan(findings, "paragraphs", {1: None})
    plan.warnings = [warning for finding in findings for warning in finding.warnings]
    return plan


def _verdicts_by_number(findings: list[ParsedFinding], text: str) -> None:
    """One verdict over several numbered cases (a 销号申请表's 核查意见): “第1、2、4、5件整改到位，同意
    销号；第3件…暂缓销号”. Each clause naming cases by number and agreeing closes them; one that
    refuses keeps them open, whatever their own rows say. Every number named must be a finding's,
    so a count or a clause of a law (第3条) elsewhere in the text names none."""
    numbers = {finding.number: finding for finding in findings}
    if len(numbers) < 2:
        return
    # (a clause runs on over the lines a printed verdict wraps into: “…同⏎意销号”)
    for clause in re.split(r"[；;。]", text.replace("\n", "")):
        named = NUMBERED_CASES.search(clause)
        if named is None:
            continue
        cases = [int(n) for n in re.split(r"\s*[、，,]\s*", named.group("numbers"))]
        if not all(n in numbers for n in cases):
            continue
        tail = clause[named.end() :]
        refused = any(REFUSED_VERDICT.fullmatch(part.strip()) for part in re.split(r"[，,]", tail))
        agreed = AGREED_VERDICT.search(tail)
        if refused == bool(agreed):
            continue
        for n in cases:
            finding = numbers[n]
            finding.status = None if refused else "completed"
            finding.marker = None if refused else agreed.group(0)
            finding.sources["status"], finding.confidence["status"] = "核查意见", 0.8


def _portal_index_lines(raw: list[str]) -> list[str]:
    """The index lines a government portal puts over a page (“责任部门：促进乡⇥发布机构：促进乡”,
    `words.PORTAL_INDEX_LABEL`), each made of “label：value” cells apart by tabs or wide spaces: a
    cell whose label is a field's (责任部门) says who published the page, not who must act, and is
    dropped; the index's own cells stay (a yearless limit may take the page's year from them)."""
    out = []
    for line in raw:
        if PORTAL_INDEX_LABEL.search(line):
            cells = [cell for cell in re.split(r"\t|\s{2,}|\u3000{2,}", line.strip()) if cell.strip()]
            labelled = [re.match(r"^([^：:]{1,8})[：:]", cell) for cell in cells]
            if all(labelled) and any(PORTAL_INDEX_LABEL.search(m.group(1)) for m in labelled if m):
                line = "\t".join(
                    cell for cell, m in zip(cells, labelled, strict=True) if not classify_label(m.group(1))
                )
        out.append(line)
    return out


def _without_site_footer(text: str) -> str:
    """The text less a portal's footer among its last lines (“主办：…人民政府 承办：…办公室 联系方式：…”,
    `words.SITE_FOOTER`): the site's sponsors are no unit, and the notice's signature above it
    then closes the text."""
    lines = text.split("\n")
    written = [k for k, line in enumerate(lines) if line.strip()][-3:]
    footer = {k for k in written if SITE_FOOTER.match(lines[k])}
    # the page's share line (“扫一扫在手机打开当前页”) and a bar left of its share buttons, when they end
    # the text: no line of the notice, which would else be read as its one finding's title; a bar
    # under a cell closed by its own bar (“已办结 |” ⏎ “|”) is an empty last cell of a table copy
    for at, k in reversed(list(enumerate(written))):
        line = lines[k].strip()
        bar_cell = line == "|" and at > 0 and lines[written[at - 1]].rstrip().endswith("|")
        if not (PAGE_SHARE_TAIL.match(line) or (line == "|" and not bar_cell)):
            break
        footer.add(k)
    return "\n".join(line for k, line in enumerate(lines) if k not in footer) if footer else text


def parse_plan_text(text: str, known_mapping: dict[str, dict[str, str | None]] | None = None) -> ParsedPlan:
    """Parse a plan or closure notice; raises PlanParseError when nothing can be read.

    `known_mapping`: column assignments the user made for table headers the vocabulary cannot
    read (header signature → column → field, see `intake.plan_tables.header_signature`).
    """
    if text is None or not text.strip():
        raise PlanParseError("内容为空：没有可解析的文字。")
    text = ticked_choices(text)  # “是否完成：☑是 □否” reads as “是否完成：是”
    text = _without_site_footer(text)
    text = text.translate(_NUMBER_GLYPHS)  # ⑴ → (1), ⒈ → 1.: list numbers typed as one glyph
    text = "\n".join(
        _tab_form_rows(
            _spaced_form_rows(_portal_index_lines(_sheet_paste_unquoted(_sheet_paste_rows(text)).split("\n")))
        )
    )
    text = _run_on_items(_broken_label_rows(_inline_label_rows(text)))
    sheets = _repeated_sheets(text, known_mapping)
    if sheets is not None:
        return sheets
    tokens = _section_labels_over_tasks(_tokens(_lines(text)))
    known = _known_names(tokens)
    tables = find_tables(text, known_mapping)
    starts = _finding_starts(tokens) if not tables else None
    first = starts[1][0] if starts is not None and starts[1] else len(tokens)
    # a plan's chapter headings named as labels (“一、反馈问题” over its summary, “二、整改任务” over
    # the numbered items) stand above the findings, not inside each of them
    problems = sum(1 for k, t in enumerate(tokens) if t.field == "problem" and not (t.top and k < first))
    if starts is not None and starts[0] != "keyword" and problems >= 2 and problems >= len(starts[1]):
        # Every finding has its own problem label (“（一）任务名称：…”): the numbers found are
        # measures inside the findings, not findings.
        starts = None
    if (
        starts is not None
        and starts[0] == "cn"
        and problems == 1
        and _chapter_over_labelled_problem(tokens, starts[1])
    ):
        starts = None
    substantive = {t.field for t in tokens if t.field in _SUBSTANTIVE or t.field == "problem"}
    shared = None if tables else _problems_over_shared_labels(tokens, known)
    if shared is not None and starts is not None and len(shared.findings) <= len(starts[1]):
        shared = None
    # (read only when it can be taken: the tables, the shared labels and the numbering go first)
    placed = (
        None
        if tables or starts is not None or shared is not None
        else _town_colon_paragraphs(text) or _numbered_problem_paragraphs(text, tokens)
    )
    message = None if tables else _parse_message_page(text) or _parse_case_answer(text)
    # (a plan's tasks under their bodies' headings, or a 职责清单 pasted as spaced words: before the
    # numbering, which would read the restarting items as one list with no units)
    grouped = _body_task_groups(text) or _spaced_duty_list(text)
    if grouped is not None:
        plan = grouped
    elif tables:
        plan = _parse_tables(tables, text, known)
    elif message is not None:
        plan = message
    elif shared is not None:
        plan = shared
    elif placed is not None:
        plan = placed
    elif starts is not None:
        plan = _parse_headings(tokens, *starts, known)
    elif len(substantive) >= 2 or _labelled_items(tokens) >= 2:
        # (a list of “（一）问题：…” items and nothing else is records too, one finding each)
        plan = _parse_records(tokens, known)
    else:
        plan = _parse_tasks(tokens)
    if not plan.findings:
        plan = (
            _parse_coded_items(text)
            or _parse_listed_reasons(text)
            or _parse_counted_problems(text)
            or _parse_respective_problems(text)
            or _parse_found_in_places([line.strip() for line in text.split("\n") if line.strip()])
            or _spot_sentences(text)
            or _units_on_named_problems(
                _run_on_list([line.strip() for line in text.split("\n") if line.strip()], RUN_ON_LISTS), text
            )
            or _found_some_problems(text)
            or _parse_ordinal_problems(text)
            or _parse_warned_units(text)
            or _parse_timed_visits(text)
            or _parse_cover(text)
            or _parse_opinions(text)
            or _parse_order(text)
            or _captions_under_places(text)
            or _parse_quoted_problems(text)
            or _parse_answered_reports(text)
            or _parse_message_page(text)
            or _parse_message_reply(text)
            or _parse_suggestion_reply(text)
            or _parse_treated_notice(text)
            or _parse_paragraphs(text)
            or _parse_found_sentences(text)
            or _fault_sentences(text)
            or plan
        )
    if not plan.findings and COVERING_LETTER.search(text):
        raise PlanParseError(
            "这是一份印发通知（“现将……印发给你们”），正文里没有整改问题。"
            "请导入它的附件：整改方案或任务清单（可与通知合成一个文件后导入）。"
        )
    if not plan.findings:
        raise PlanParseError(
            "未能从内容中识别出整改问题。支持的格式：“一、问题……整改目标：……整改时限：……”、"
            "“反馈问题一：……”、销号登记表（“整改时限”“整改完成情况”等栏目），"
            "以及句末括注责任单位的任务清单（如“……（县环保局牵头，县农业农村局配合）”）。"
        )
    if plan.layout == "paragraphs":
        _lead_by_the_checked_town(plan, text)
    _split_announced_list(plan)
    _yearless_limits(plan.findings, text)
    # a list's rows (three cells or more) carry each row's own verdict (同意销号 / 暂不销号), not
    # the notice's word on all its findings
    # (the first six lines with words: a page copied with a blank line between its paragraphs
    # opens the same as one without)
    written = [line for line in text.strip().split("\n") if line.strip()]
    # (over a list, a verdict naming cases by number, “第1、2件…同意销号”, is each case's:
    # `_verdicts_by_number`; a one-case notice's title names its case so, “第8项问题整改公示”)
    listed = len(plan.findings) > 1
    opening = "\n".join(
        line for line in written[:6] if line.count("|") < 4 and not (listed and NUMBERED_CASES.search(line))
    )
    notice = NOTICE_OF_COMPLETION.search(opening)
    if notice and CLOSURE_NOTICE_TITLE.fullmatch(notice.group(0)) and any(f.status for f in plan.findings):
        # a closure title (“…问题整改销号公示”) over rows with verdicts of their own (整改结论：符合销号标准):
        # the rows speak, and one without a verdict is not closed by the title
        notice = NOTICE_OF_COMPLETION.search(opening, notice.end())
    if notice is None and len(plan.findings) == 1:
        # “以上整改情况向社会公示，如有异议…” closing a one-finding notice says the same as its opening would
        notice = NOTICE_OF_COMPLETION.search("\n".join(written[-3:]))
    if notice is not None:
        # (“已完成其中5条…的治理工作，现将有关情况予以公示”: the notice says the listed rows are done,
        # rows that carry no progress of their own among them)
        # (a title posting the problems for closing, “…问题整改销号的公示”, says so of each it lists)
        listed_done = (
            LISTED_WORK_DONE.search(notice.group(0)) is not None
            or CLOSURE_NOTICE_TITLE.search(notice.group(0)) is not None
        )
        # (“现将…第3、4号问题整改情况予以公示” over those two problems: it posts each of them)
        named = LISTED_PROBLEM_NUMBERS.search(opening)
        if named and sorted(int(n) for n in re.findall(r"\d+", named.group("numbers"))) == sorted(
            f.number for f in plan.findings
        ):
            listed_done = True
        # (“…反馈的“A”“B”“C”等问题…已整改完成” over items titled A and B: it posts each it quotes)
        quoted = set(re.findall(r"“([^”]{4,90})”", opening))
        if listed and all(f.title in quoted for f in plan.findings):
            listed_done = True
        for finding in plan.findings:
            # a one-finding notice may publish only the problem and its measures (西咸 table); a
            # row whose own status column (是否完成：否) says it is open stays open
            if (
                finding.status is None
                and (finding.progress or len(plan.findings) == 1 or listed_done)
                and not _says_open(finding)
            ):
                finding.status, finding.marker = "completed", notice.group(0)
                finding.sources["status"], finding.confidence["status"] = "公示说明", 0.8
    _verdicts_by_number(plan.findings, text)
    lead = OPENING_LEAD.search(opening) or RESPONSIBLE_SHARE.search(opening)
    if (
        lead
        and len(plan.findings) == 1
        and not plan.findings[0].lead_units
        and _looks_like_unit(lead.group(1))
    ):
        # “市生态环境局牵头负责的…第43项已整改完成”: a one-task notice names its lead unit in the
        # opening when it has no unit label.
        finding = plan.findings[0]
        finding.lead_units = [lead.group(1)]
        finding.sources["lead_units"], finding.confidence["lead_units"] = "公示说明", 0.7
    announced = RESULT_ANNOUNCED_BY.search(text)
    if (
        announced
        and _looks_like_unit(announced.group("unit"))
        and not any(finding.lead_units for finding in plan.findings)
    ):
        # “具体整改结果由X向社会公告”: the unit an 审计结果公告 names to publish the rectification
        # answers for every problem it lists
        for finding in plan.findings:
            _lead(finding, announced.group("unit"), "公告说明")
    signer = _report_signer(text.split("\n")) if REPORTING_BACK.search(text) else None
    if signer and COORDINATING_OFFICE.search(signer):
        # a leading group's office reporting on a case it passed on (黑河's 整改办 on 孙吴县's case)
        signer = None
    if signer and len(plan.findings) == 1 and not plan.findings[0].lead_units:
        # a body reporting back on the one problem handed to it, signing its report at the foot
        # (团城山街道's 办理情况的报告, 泊口镇's 调查报告): it did the work; unsigned, no lead
        _lead(plan.findings[0], signer, "落款")
    _date_by_the_plans_year(plan, text)
    _from_the_sheets_head(plan, text)
    _one_limit_in_the_body(plan, text)
    _classes_defined_done(plan, text)
    for finding in plan.findings:
        if not finding.title.strip():
            # a row whose problem cell holds only its units (“（县住建局（牵头）、县水利局）”): titled
            # by what it holds and flagged, never a finding without a title
            finding.title = finding.problem.strip() or f"第{finding.number}项（未写明问题）"
            finding.confidence["title"] = 0.2
            finding.warnings.append(f"第{finding.number}项未写明问题，请在预览中补写标题。")
        _drop_stale_warnings(finding)
    plan.warnings = [warning for finding in plan.findings for warning in finding.warnings]
    numbers: dict[tuple[int, int], int] = {}
    for finding in plan.findings:
        key = (finding.part, finding.number)
        numbers[key] = numbers.get(key, 0) + 1
    for (part, number), times in sorted(numbers.items()):
        if times > 1:
            plan.warnings.append(f"第{part}部分中编号 {number} 出现 {times} 次。")
    return plan
