"""The import page's editable tables: parsed findings ↔ DataFrames for `st.data_editor`.

Plain functions (no Streamlit), so the round trip — table out, user edits, findings back —
is tested directly. One table holds a row per finding, a second a row per measure; unit and
name lists are shown joined with “、” and split again with the parser's own rules.
"""

from __future__ import annotations

import copy
import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from core.vocabulary import CATEGORY_LABELS, DEADLINE_KIND_LABELS
from data_access.access import Viewer
from intake.deadline_text import parse_deadline_field
from intake.plan_parser import LOW_CONFIDENCE, ParsedFinding, ParsedMeasure, split_names, split_units

COMPLETED_BY_HAND = "导入时人工标注已完成"

# What a user checks first comes first; the long texts are at the right.
FINDING_COLUMNS = {
    "number": "序号",
    "label": "原编号",
    "check": "待核对",
    "title": "标题",
    "deadline_text": "整改时限",
    "deadlines": "识别的时限",
    "lead_units": "牵头单位",
    "cooperating_units": "配合单位",
    "leaders": "督办领导",
    "completed": "已完成",
    "outcome": "导入后",
    "category": "类别",
    "target": "整改目标",
    "problem": "问题描述",
    "progress": "整改情况",
}
MEASURE_COLUMNS = {"finding": "问题序号", "number": "措施编号", "text": "措施内容", "units": "责任单位"}
READ_ONLY = [FINDING_COLUMNS["check"], FINDING_COLUMNS["deadlines"], FINDING_COLUMNS["outcome"]]
# The parser's output fields (ParsedFinding.confidence) by the column a user corrects them in.
_FIELD_COLUMNS = {
    "number": "number",  # a number read from the body (问题清单第7项), not a label
    "title": "title",
    "target": "target",
    "deadlines": "deadline_text",
    "lead_units": "lead_units",
    "cooperating_units": "cooperating_units",
    "leaders": "leaders",
    "measures": None,  # in the measures table
    "progress": "progress",
    "status": "completed",
}
LOW_CONFIDENCE_STYLE = "background-color: #fff3cd; color: #7a4d00"
_CATEGORY_CODES = {label: code for code, label in CATEGORY_LABELS.items()}


def describe_deadlines(finding: ParsedFinding) -> str:
    """“2021年12月31日；持续推进” — what the parser understood, for checking."""
    parts = []
    for deadline in finding.deadlines:
        if deadline.kind == "date" and deadline.date:
            parts.append(f"{deadline.date.year}年{deadline.date.month}月{deadline.date.day}日")
        else:
            parts.append(DEADLINE_KIND_LABELS[deadline.kind])
    return "；".join(parts) or "（未识别）"


def to_check(finding: ParsedFinding) -> str:
    """The fields the reader is unsure of, with where they came from: “牵头单位（列“主要责任单位”）”.

    A field read from a column whose name only contains a known one, a deadline that did not
    parse, a missing lead unit, a completion inferred from the progress text.
    """
    parts = []
    for name in finding.low_confidence(LOW_CONFIDENCE):
        column = _FIELD_COLUMNS.get(name)
        shown = FINDING_COLUMNS[column] if column else "整改措施"
        source = finding.sources.get(name)
        parts.append(f"{shown}（据“{source}”）" if source else f"{shown}（未找到）")
    return "；".join(parts)


def highlight_low_confidence(frame: pd.DataFrame):
    """The findings table with the 待核对 cells that name a field highlighted.

    Streamlit's data_editor only styles read-only columns, so the highlight sits on the
    read-only 待核对 column next to the title rather than on the editable cell itself.
    """
    column = FINDING_COLUMNS["check"]
    return frame.style.map(lambda value: LOW_CONFIDENCE_STYLE if value else "", subset=[column])


# The columns of the colour-coded check view: what a low-confidence field is corrected in.
CHECK_VIEW_COLUMNS = [
    FINDING_COLUMNS[name]
    for name in (
        "number",
        "title",
        "deadline_text",
        "lead_units",
        "cooperating_units",
        "leaders",
        "completed",
    )
]


def low_confidence_cells(findings: Sequence[ParsedFinding]) -> dict[int, list[str]]:
    """Row position → the columns whose value the reader is unsure of (rows with none left out)."""
    cells: dict[int, list[str]] = {}
    for row, finding in enumerate(findings):
        columns = [
            FINDING_COLUMNS[column]
            for name in finding.low_confidence(LOW_CONFIDENCE)
            if (column := _FIELD_COLUMNS.get(name)) and FINDING_COLUMNS[column] in CHECK_VIEW_COLUMNS
        ]
        if columns:
            cells[row] = list(dict.fromkeys(columns))
    return cells


def check_view(findings: Sequence[ParsedFinding]):
    """The findings with an uncertain field, as a read-only table whose uncertain cells are yellow.

    The editable table cannot colour its own cells (Streamlit styles only read-only columns),
    so this view beside it shows each uncertain value where it stands: the lead units read from
    a column named 主要责任单位, a time limit that did not parse, a completion inferred from text.
    """
    cells = low_confidence_cells(findings)
    frame = findings_frame(findings).loc[list(cells), CHECK_VIEW_COLUMNS]
    frame[FINDING_COLUMNS["completed"]] = frame[FINDING_COLUMNS["completed"]].map({True: "是", False: "否"})

    def colour(row: pd.Series) -> list[str]:
        uncertain = cells.get(int(row.name), [])  # type: ignore[arg-type]
        return [LOW_CONFIDENCE_STYLE if column in uncertain else "" for column in row.index]

    return frame.style.apply(colour, axis=1)


def findings_frame(findings: Sequence[ParsedFinding], existing: dict[int, str] | None = None) -> pd.DataFrame:
    """One row per finding; the index is the finding's position (kept through edits)."""
    existing = existing or {}
    rows = []
    for finding in findings:
        outcome = f"已有问题{finding.number}：更新或保持" if finding.number in existing else "新增"
        rows.append(
            {
                FINDING_COLUMNS["number"]: finding.number,
                FINDING_COLUMNS["label"]: finding.label,
                FINDING_COLUMNS["check"]: to_check(finding),
                FINDING_COLUMNS["title"]: finding.title,
                FINDING_COLUMNS["problem"]: finding.problem,
                FINDING_COLUMNS["category"]: CATEGORY_LABELS.get(finding.category, CATEGORY_LABELS["other"]),
                FINDING_COLUMNS["target"]: finding.target or "",
                FINDING_COLUMNS["deadline_text"]: finding.deadline_text or "",
                FINDING_COLUMNS["deadlines"]: describe_deadlines(finding),
                FINDING_COLUMNS["lead_units"]: "、".join(finding.lead_units),
                FINDING_COLUMNS["cooperating_units"]: "、".join(finding.cooperating_units),
                FINDING_COLUMNS["leaders"]: "、".join(finding.leaders),
                FINDING_COLUMNS["completed"]: finding.status == "completed",
                FINDING_COLUMNS["progress"]: finding.progress or "",
                FINDING_COLUMNS["outcome"]: outcome,
            }
        )
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS.values()), index=range(len(rows)))


def measures_frame(findings: Sequence[ParsedFinding]) -> pd.DataFrame:
    rows = [
        {
            MEASURE_COLUMNS["finding"]: finding.number,
            MEASURE_COLUMNS["number"]: measure.number,
            MEASURE_COLUMNS["text"]: measure.text,
            MEASURE_COLUMNS["units"]: "、".join(measure.units),
        }
        for finding in findings
        for measure in finding.measures
    ]
    return pd.DataFrame(rows, columns=list(MEASURE_COLUMNS.values()))


@dataclass
class EditResult:
    findings: list[ParsedFinding]
    errors: list[str] = field(default_factory=list)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _number(value: object) -> int | None:
    text = _text(value)
    try:
        number = int(float(text))
    except ValueError:
        return None
    return number if number > 0 and float(text) == number else None


def _is_position(index: object, size: int) -> bool:
    """True for an index value that points at one of the parsed findings (not an added row)."""
    return isinstance(index, numbers.Integral) and 0 <= int(index) < size


def apply_edits(
    findings: Sequence[ParsedFinding], edited: pd.DataFrame, edited_measures: pd.DataFrame
) -> EditResult:
    """The findings as corrected in the two tables; errors name the row and the column."""
    result = EditResult([])
    measures_by_number: dict[int, list[ParsedMeasure]] = {}
    for position, row in enumerate(edited_measures.to_dict("records"), start=1):
        text = _text(row.get(MEASURE_COLUMNS["text"]))
        if not text:
            continue  # an emptied row is a deleted measure
        number = _number(row.get(MEASURE_COLUMNS["finding"]))
        if number is None:
            result.errors.append(f"整改措施表第{position}行：“问题序号”应为正整数。")
            continue
        group = measures_by_number.setdefault(number, [])
        group.append(
            ParsedMeasure(
                number=_text(row.get(MEASURE_COLUMNS["number"])) or str(len(group) + 1),
                text=text,
                units=split_units(_text(row.get(MEASURE_COLUMNS["units"]))),
            )
        )
    seen: set[int] = set()
    for position, (index, row) in enumerate(edited.iterrows(), start=1):
        where = f"问题表第{position}行"
        number = _number(row.get(FINDING_COLUMNS["number"]))
        title = _text(row.get(FINDING_COLUMNS["title"]))
        problem = _text(row.get(FINDING_COLUMNS["problem"])) or title
        if number is None and not title:
            continue  # an empty row added by mistake
        if number is None:
            result.errors.append(f"{where}：“序号”应为正整数。")
            continue
        if number in seen:
            result.errors.append(f"{where}：序号 {number} 重复。")
            continue
        seen.add(number)
        if not title:
            result.errors.append(f"{where}：“标题”不能为空。")
            continue
        original = findings[int(index)] if _is_position(index, len(findings)) else None
        finding = copy.deepcopy(original) if original else ParsedFinding(number, str(number), title, problem)
        finding.number = number
        finding.label = _text(row.get(FINDING_COLUMNS["label"])) or str(number)
        finding.title, finding.problem = title, problem
        finding.category = _CATEGORY_CODES.get(_text(row.get(FINDING_COLUMNS["category"])), finding.category)
        finding.target = _text(row.get(FINDING_COLUMNS["target"])) or None
        deadline_text = _text(row.get(FINDING_COLUMNS["deadline_text"])) or None
        if original is None or deadline_text != (original.deadline_text or None):
            finding.deadlines = parse_deadline_field(deadline_text)  # re-read the corrected text
        finding.deadline_text = deadline_text
        finding.lead_units = split_units(_text(row.get(FINDING_COLUMNS["lead_units"])))
        finding.cooperating_units = [
            name
            for name in split_units(_text(row.get(FINDING_COLUMNS["cooperating_units"])))
            if name not in finding.lead_units
        ]
        finding.leaders = split_names(_text(row.get(FINDING_COLUMNS["leaders"])))
        finding.progress = _text(row.get(FINDING_COLUMNS["progress"])) or None
        completed = row.get(FINDING_COLUMNS["completed"]) in (True, 1, "True", "true", "是")
        finding.status = "completed" if completed else None
        if completed and not finding.marker:
            finding.marker = COMPLETED_BY_HAND
        if not completed:
            finding.marker, finding.applied_on = None, None
        original_number = original.number if original else number
        finding.measures = measures_by_number.pop(original_number, [])
        if number != original_number:
            finding.measures += measures_by_number.pop(number, [])
        if not finding.lead_units:
            result.errors.append(f"{where}（序号{number}）：“牵头单位”不能为空。")
        if deadline_text and not finding.deadlines:
            result.errors.append(
                f"{where}（序号{number}）：整改时限“{deadline_text[:30]}”无法识别，请改写为日期或“持续推进”等。"
            )
        result.findings.append(finding)
    kept = {int(index) for index in edited.index if _is_position(index, len(findings))}
    deleted = {f.number for position, f in enumerate(findings) if position not in kept}
    for number in sorted(set(measures_by_number) - deleted):  # a deleted finding takes its measures
        result.errors.append(f"整改措施表：问题序号 {number} 在问题表中不存在。")
    return result


def guess_region(text: str, regions: pd.DataFrame) -> str | None:
    """The code of the most specific region named near the top of the document, if any."""
    head = text[:400]
    found = [
        (str(row.code), len(str(row.name)))
        for row in regions.itertuples()
        if str(row.name) in head or (len(str(row.short_name)) >= 2 and str(row.short_name) in head[:60])
    ]
    levels = {"county": 0, "city": 1, "province": 2}
    by_code = {str(row.code): levels.get(str(row.level), 3) for row in regions.itertuples()}
    found.sort(key=lambda item: (by_code.get(item[0], 3), -item[1]))
    return found[0][0] if found else None


def save_plan(
    url: str,
    findings: Sequence[ParsedFinding],
    *,
    today: date,
    batch_code: str | None,
    batch_name: str | None,
    region: str,
    source_type: str | None,
    level: str | None,
    registered_on: date | None,
    source_file: str | None,
    user: Viewer,
    links: dict[int, tuple[int, int]] | None = None,
):
    """Write the checked findings (one transaction) as `user`; returns the ImportSummary.

    `links`: finding number → (finding of another batch, similarity) confirmed as the same problem."""
    from data_access.commands.plan_import import import_plan
    from data_access.db import get_engine

    return import_plan(
        get_engine(url),
        findings,
        today=today,
        batch_code=batch_code,
        batch_name=batch_name,
        region=region,
        source_type=source_type,
        level=level,
        registered_on=registered_on,
        source_file=source_file,
        user=user,
        links=links,
    )


# The fields a column can be given in the column-mapping step (intake.plan_tables.MAPPABLE_FIELDS).
MAPPING_LABELS = {
    None: "（不导入此列）",
    "number": "序号",
    "problem": "问题（标题和描述）",
    "target": "整改目标",
    "measures": "整改措施",
    "lead": "牵头（责任）单位",
    "coop": "配合单位",
    "leaders": "责任（督办）领导",
    "deadline": "整改时限",
    "progress": "整改进展",
    "result": "是否完成（整改状态）",
}


def mapping_problem(columns: dict[str, str | None]) -> str | None:
    """Why a column assignment cannot be used (Chinese), or None."""
    chosen = [field for field in columns.values() if field]
    if "problem" not in chosen and "measures" not in chosen and "target" not in chosen:
        return "请至少指定“问题”列（或整改目标、整改措施列）。"
    repeated = sorted({MAPPING_LABELS[f] for f in chosen if chosen.count(f) > 1 and f != "progress"})
    if repeated:
        return f"以下栏目对应了多列：{'、'.join(repeated)}。每个栏目只能选一列。"
    return None


def remember_columns(url: str, header: list[str], columns: dict[str, str | None], user: Viewer) -> None:
    """Store the assignment for tables with this header (data_access.commands.plan_import)."""
    from data_access.commands.plan_import import remember_columns as store
    from data_access.db import get_engine

    store(get_engine(url), header, columns, user=user)
