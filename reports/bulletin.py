"""The bulletin (调度通报): what it says, as tables shared by the Word, PDF and Excel files.

`make_bulletin` gathers the header (title, issue, office, date), the scope, the (edited)
narrative and the dispatch; `bulletin_tables` turns the dispatch into the tables every format
prints, so the three files carry the same numbers as the page.

This is the model: it imports no writer. The writers (`reports.word`, `reports.pdf`,
`reports.excel`) import it, and `reports.formats` maps a format name to its writer.
"""

from __future__ import annotations

import os
from collections import namedtuple
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd

from core.settings import get_settings
from core.vocabulary import (
    EVIDENCE_ATTACHED_LABELS,
    EVIDENCE_KIND_LABELS,
    EVIDENCE_PHASE_LABELS,
    STATUS_LABELS,
)
from data_access.dispatch import MonthlyDispatch
from data_access.indicators import ATTENTION, shown_value
from reports.narrative import dispatch_narrative

OFFICE_NAME = "突出生态环境问题整改工作领导小组办公室"  # after the region's name: 湘潭市…
DEFAULT_TITLE = "突出生态环境问题整改调度通报"
DEFAULT_DOC_NUMBER_PATTERN = "整改办〔{year}〕{number}号"
DEFAULT_RECIPIENTS = "各牵头单位，领导小组各成员单位"
DEFAULT_CC = "领导小组组长、副组长"
ISSUER_ENV = "DASHBOARD_ISSUER"
OFFICE_ENV = "DASHBOARD_BULLETIN_OFFICE"  # the earlier name of DASHBOARD_ISSUER, still read
TITLE_ENV = "DASHBOARD_BULLETIN_TITLE"
DOC_NUMBER_ENV = "DASHBOARD_DOC_NUMBER_PATTERN"
RECIPIENTS_ENV = "DASHBOARD_RECIPIENTS"
CC_ENV = "DASHBOARD_CC"


def default_office(region_name: str | None = None) -> str:
    """The issuing office: DASHBOARD_ISSUER, else the office of the viewer's (or the
    filtered) region, else the office's name without a region: never a placeholder."""
    configured = os.environ.get(ISSUER_ENV) or os.environ.get(OFFICE_ENV)
    if configured and configured.strip():
        return configured.strip()
    return f"{region_name or ''}{OFFICE_NAME}"


def default_title() -> str:
    return os.environ.get(TITLE_ENV) or DEFAULT_TITLE


def default_recipients() -> str:
    return (os.environ.get(RECIPIENTS_ENV) or "").strip() or DEFAULT_RECIPIENTS


def default_cc() -> str:
    return (os.environ.get(CC_ENV) or "").strip() or DEFAULT_CC


def doc_number(month: date, issued_on: date, pattern: str | None = None) -> str:
    """发文字号 from DASHBOARD_DOC_NUMBER_PATTERN: {year} is the year of issue, {number} the
    issue number (the month's), {month} the month; 整改办〔2026〕10号 by default."""
    pattern = (pattern or os.environ.get(DOC_NUMBER_ENV) or "").strip() or DEFAULT_DOC_NUMBER_PATTERN
    try:
        return pattern.format(year=issued_on.year, number=month.month, month=month.month)
    except (KeyError, IndexError, ValueError):  # a pattern with other braces is printed as written
        return pattern


@dataclass
class Bulletin:
    """One issue of the bulletin, with the parts of an official document (GB/T 9704-2012)."""

    title: str  # 突出生态环境问题整改调度通报
    issue: str  # 2024年第3期 (the month's number is the issue number)
    office: str  # 发文机关: the red mark at the top, the signature and the 印发 line
    issued_on: date  # 成文日期 and 印发日期
    scope: str  # the filters in words
    narrative: str  # paragraphs separated by newlines
    dispatch: MonthlyDispatch
    doc_number: str = ""  # 发文字号: 湘环督整办〔2026〕12号
    recipients: str = DEFAULT_RECIPIENTS  # 主送机关
    cc: str = DEFAULT_CC  # 抄送机关

    @property
    def full_title(self) -> str:
        return f"{self.title}（{self.issue}）"

    @property
    def paragraphs(self) -> list[str]:
        return [line.strip() for line in self.narrative.splitlines() if line.strip()]

    @property
    def recipients_line(self) -> str:
        """主送 as printed: the organs, then a full-width colon."""
        return self.recipients.rstrip("：:，, ") + "："

    @property
    def cc_line(self) -> str:
        """抄送 as printed, ending with 。 (empty when nobody is copied)."""
        cc = self.cc.strip().rstrip("。.，, ")
        return f"抄送：{cc}。" if cc else ""


def issue_label(month: date) -> str:
    return f"{month.year}年第{month.month}期"


def make_bulletin(
    dispatch: MonthlyDispatch,
    *,
    issued_on: date,
    scope: str = "",
    narrative: str | None = None,
    office: str | None = None,
    title: str | None = None,
    number: str | None = None,
    recipients: str | None = None,
    cc: str | None = None,
    region_name: str | None = None,
) -> Bulletin:
    """A bulletin for the dispatch; the narrative defaults to the generated one, the office,
    document number, recipients and copies to the configuration (`region_name`: whose office
    issues it when DASHBOARD_ISSUER is not set)."""
    return Bulletin(
        title=(title or "").strip() or default_title(),
        issue=issue_label(dispatch.month),
        office=(office or "").strip() or default_office(region_name),
        issued_on=issued_on,
        scope=scope,
        narrative=dispatch_narrative(dispatch) if narrative is None else narrative,
        dispatch=dispatch,
        doc_number=(number or "").strip() or doc_number(dispatch.month, issued_on),
        recipients=(recipients or "").strip() or default_recipients(),
        cc=default_cc() if cc is None else cc.strip(),
    )


# --- tables ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = "text"  # text | int | pct | points | signed | date | rank_change


@dataclass(frozen=True)
class Cell:
    """A value whose kind differs from its column's (e.g. a ratio row in a count table)."""

    value: Any
    kind: str


@dataclass
class Table:
    sheet: str  # Excel sheet name (≤ 31 characters)
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    empty_text: str = "无"
    in_document: bool = True  # also printed in the Word / PDF bulletin
    annex: bool = False
    # Rows printed in Word / PDF at most (per value of `group_column` when set); the page and
    # the Excel file always have every row. `keep` says which end of the list is printed.
    document_limit: int | None = None
    keep: str = "head"  # head | tail
    group_column: int | None = None
    # Which rows are the worst, when not simply those at the `keep` end: a sort key, the
    # smallest printed (in the table's order). The completion ranking ends in ties at 0.0%;
    # of those, the units with the most overdue findings are the ones worth printing.
    worst: Callable[[list[Any]], Any] | None = None
    what: str = "行"  # what a row is, for the note under a shortened table: 个牵头单位, 个问题 …
    which: str = ""  # the printed rows in words: 完成率最低的, 逾期时间最长的 …
    # The rows of the whole table when `rows` holds only the part a file keeps (the rows a
    # document prints, or an Excel sheet's EXCEL_ROWS); None: `rows` is the whole table.
    total: int | None = None

    @property
    def count(self) -> int:
        return len(self.rows) if self.total is None else self.total

    def excel_note(self) -> str | None:
        """The line under a cut Excel sheet's title: how many rows there are, where the rest is."""
        if self.total is None or self.total <= len(self.rows):
            return None
        end = "最后" if self.keep == "tail" else "前"
        return (
            f"共{self.total}{self.what}，本表列出{self.which or end}{len(self.rows)}{self.what}；"
            "完整名单请按省份等筛选后生成通报，或在看板相应页面导出。"
        )


@dataclass(frozen=True)
class DocumentTable:
    """A table as the Word and PDF bulletins print it: at national scale a bounded part of
    it (the worst ranked), with a note saying where the full list is."""

    table: Table  # holding only the printed rows
    note: str | None  # None when every row is printed

    @property
    def rows(self) -> list[list[Any]]:
        return self.table.rows

    @property
    def title(self) -> str:
        return self.table.title

    @property
    def columns(self) -> list[Column]:
        return self.table.columns

    @property
    def empty_text(self) -> str:
        return self.table.empty_text


# Rows of a table printed in the Word / PDF bulletin; the Excel bulletin and the page always
# hold every row. The unit tables print the ten worst units: a city's 35 units at "0.0% 持平"
# filled pages and said nothing; a national bulletin (35,000 lead units) stays bounded.
UNIT_ROWS = 10  # the unit rankings and the late reporters: the worst ten say what matters
CHANGE_ROWS = 50  # per kind of change
ANNEX_ROWS = 200  # the overdue findings of the annex
EVIDENCE_FINDING_ROWS = 50  # findings in the evidence annex of the Word / PDF bulletin
EVIDENCE_NAMES = 3  # files named per finding there (then "等N份")


def document_table(table: Table) -> DocumentTable:
    """The rows the Word / PDF bulletin prints, and the note for a shortened table."""
    limit = table.document_limit
    if limit is None or (table.count <= limit and table.group_column is None):
        return DocumentTable(table, None)
    if table.group_column is None:
        if table.worst is not None:
            chosen = set(sorted(range(len(table.rows)), key=lambda i: table.worst(table.rows[i]))[:limit])
            rows = [row for i, row in enumerate(table.rows) if i in chosen]
        else:
            rows = table.rows[-limit:] if table.keep == "tail" else table.rows[:limit]
        note = (
            f"共{table.count}{table.what}，此处列出{table.which}{limit}{table.what}；"
            f"其余{table.count - limit}{table.what}见Excel版通报“{table.sheet}”工作表（或台账导出）。"
        )
        # The shortened table keeps only its printed rows, so the full list (834,000 cells
        # at national scale) is freed before the document is laid out.
        return DocumentTable(replace(table, rows=rows), note)
    rows: list[list[Any]] = []
    counts: dict[Any, int] = {}
    for row in table.rows:
        group = cell_value(row[table.group_column])
        counts[group] = counts.get(group, 0) + 1
        if counts[group] <= limit:
            rows.append(row)
    shortened = [f"{group}{count}{table.what}" for group, count in counts.items() if count > limit]
    if not shortened:
        return DocumentTable(table, None)
    note = (
        f"{'、'.join(shortened)}，每类列出前{limit}{table.what}；完整明细见Excel版通报“{table.sheet}”工作表。"
    )
    return DocumentTable(replace(table, rows=rows), note)


def _number(value: Any) -> float:
    """A cell as a number for ordering; no value sorts last among the worst."""
    value = cell_value(value)
    return float("inf") if value is None else float(value)


def cell_kind(table: Table | DocumentTable, index: int, value: Any) -> str:
    return value.kind if isinstance(value, Cell) else table.columns[index].kind


def cell_value(value: Any) -> Any:
    value = value.value if isinstance(value, Cell) else value
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def cell_text(value: Any, kind: str) -> str:
    """The value as printed in Word and PDF (and as the page shows it)."""
    value = cell_value(value)
    if value is None:
        return "—"
    if kind == "int":
        return str(int(value))
    if kind == "pct":
        return f"{float(value) * 100:.1f}%"
    if kind == "points":
        points = round(float(value) * 100, 1)
        return f"{points:+.1f}" if points else "0.0"
    if kind == "signed":
        return f"{int(value):+d}" if int(value) else "0"
    if kind == "rank_change":
        step = int(value)
        return f"↑{step}" if step > 0 else f"↓{-step}" if step < 0 else "持平"
    if kind == "date":
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def table_frame(table: Table) -> pd.DataFrame:
    """The table as the page shows it: every cell as printed in the bulletin."""
    rows = [
        [cell_text(value, cell_kind(table, index, value)) for index, value in enumerate(values)]
        for values in table.rows
    ]
    return pd.DataFrame(rows, columns=[column.label for column in table.columns])


def _tuples(frame: pd.DataFrame) -> Iterator[Any]:
    """The frame's rows as named tuples, like `itertuples(index=False)` but column by column
    (`tolist`), which is several times faster on Arrow-backed text at 35,000 units."""
    if frame.empty:
        return iter(())
    row = namedtuple("Row", list(frame.columns), rename=True)
    return map(row._make, zip(*(frame[column].tolist() for column in frame.columns), strict=True))


def _cut(frame: pd.DataFrame, limit: int | None, keep: str = "head") -> tuple[pd.DataFrame, int | None]:
    """The part of `frame` a file keeps (`limit` rows at the `keep` end) and the whole count
    (None when nothing is cut): the rows beyond are counted, never turned into cells."""
    if limit is None or len(frame) <= limit:
        return frame, None
    return (frame.tail(limit) if keep == "tail" else frame.head(limit)), len(frame)


def _source(row: Any) -> str:
    return f"{row.batch_name}（{row.label}）"


def summary_table(dispatch: MonthlyDispatch) -> Table:
    cur, prev = dispatch.current, dispatch.previous
    table = Table(
        sheet="总体情况",
        title="总体情况",
        columns=[Column("项目"), Column("本月", "int"), Column("上月", "int"), Column("增减", "signed")],
    )
    for label, now, before in (
        ("问题总数", cur.total, prev.total),
        ("已完成（含已销号）", cur.done, prev.done),
        ("已销号", cur.closed, prev.closed),
        ("已逾期", cur.overdue, prev.overdue),
    ):
        table.rows.append([label, now, before, now - before])
    for label, now, before in (
        ("完成率", cur.completion_ratio, prev.completion_ratio),
        ("销号率", cur.closure_ratio, prev.closure_ratio),
    ):
        change = None if now is None or before is None else now - before
        table.rows.append([label, Cell(now, "pct"), Cell(before, "pct"), Cell(change, "points")])
    return table


def ranking_table(dispatch: MonthlyDispatch, limit: int | None = None, *, document: bool = False) -> Table:
    table = Table(
        sheet="完成率排名",
        title="各牵头单位整改完成率排名",
        columns=[
            Column("排名", "int"),
            Column("牵头单位"),
            Column("问题数", "int"),
            Column("已完成", "int"),
            Column("完成率", "pct"),
            Column("较上月（百分点）", "points"),
            Column("名次变化", "rank_change"),
            Column("已逾期", "int"),
            Column("逾期较上月", "signed"),
        ],
        document_limit=UNIT_ROWS,
        keep="tail",
        # Lowest completion; among equals the most overdue, then the most findings.
        worst=lambda row: (_number(row[4]), -_number(row[7]), -_number(row[2])),
        what="个牵头单位",
        which="完成率最低的",
    )
    units, total = dispatch.units, None
    if document and len(units) > UNIT_ROWS:
        # The rows `worst` would choose, chosen in pandas (the ranking's order kept), so that
        # 35,000 units are not turned into rows only to print ten.
        order = units.assign(_position=range(len(units))).sort_values(
            ["completion_ratio", "overdue", "total", "_position"],
            ascending=[True, False, False, True],
            na_position="last",
        )
        units, total = units.iloc[sorted(order["_position"].head(UNIT_ROWS))], len(units)
    else:
        units, total = _cut(units, limit, "tail")
    table.total = total
    for row in _tuples(units):
        table.rows.append(
            [
                row.rank,
                row.unit_label,
                row.total,
                row.done,
                row.completion_ratio,
                row.ratio_change,
                row.rank_change,
                row.overdue,
                row.overdue_change,
            ]
        )
    return table


def overdue_ranking_table(dispatch: MonthlyDispatch, limit: int | None = None) -> Table:
    table = Table(
        sheet="逾期排名",
        title="各牵头单位逾期问题排名",
        columns=[
            Column("排名", "int"),
            Column("牵头单位"),
            Column("逾期问题数", "int"),
            Column("较上月", "signed"),
            Column("问题数", "int"),
            Column("完成率", "pct"),
        ],
        empty_text="本月末无逾期问题。",
        document_limit=UNIT_ROWS,
        what="个牵头单位",
        which="逾期问题最多的",
    )
    units = dispatch.units
    if not units.empty:
        units = units[units["overdue"] > 0].sort_values(
            ["overdue_rank", "completion_ratio", "unit_label"], ascending=[True, True, True]
        )
    units, table.total = _cut(units, limit)
    for row in _tuples(units):
        table.rows.append(
            [
                row.overdue_rank,
                row.unit_label,
                row.overdue,
                row.overdue_change,
                row.total,
                row.completion_ratio,
            ]
        )
    return table


def late_units_table(dispatch: MonthlyDispatch, limit: int | None = None) -> Table:
    if not dispatch.report_deadline_passed:
        empty = f"本月月调度报送截止日为{cell_text(dispatch.report_due, 'date')}，尚未到期。"
    else:
        empty = "各牵头单位均按时报送月调度。"
    table = Table(
        sheet="月调度报送",
        title="月调度未按时报送单位",
        columns=[
            Column("牵头单位"),
            Column("应报送", "int"),
            Column("按时报送", "int"),
            Column("逾期报送", "int"),
            Column("未报送", "int"),
            Column("最长逾期天数", "int"),
        ],
        empty_text=empty,
        document_limit=UNIT_ROWS,
        what="个单位",
        which="未报送、逾期最多的",
    )
    late, table.total = _cut(dispatch.late_units, limit)
    for row in _tuples(late):
        table.rows.append([row.unit_label, row.due, row.on_time, row.late, row.missing, row.days_late])
    return table


def late_reports_table(dispatch: MonthlyDispatch, limit: int | None = None) -> Table:
    table = Table(
        sheet="未按时报送明细",
        title="未按时报送月调度的问题",
        columns=[
            Column("牵头单位"),
            Column("问题"),
            Column("来源"),
            Column("地区"),
            Column("报送日期", "date"),
            Column("逾期天数", "int"),
        ],
        in_document=False,
        what="个问题",
    )
    late, table.total = _cut(dispatch.late_reports, limit)
    for row in _tuples(late):
        missing = f"截至{cell_text(dispatch.current.as_of, 'date')}未报送"
        reported = row.reported_on if row.reported_on is not None else missing
        table.rows.append(
            [
                row.unit_label,
                row.title,
                _source(row),
                row.region_name,
                Cell(reported, "date" if row.reported_on is not None else "text"),
                row.days_late,
            ]
        )
    return table


def changes_table(dispatch: MonthlyDispatch) -> Table:
    """Every change of the month, one row per finding and kind of change."""
    table = Table(
        sheet="本月变化",
        title="本月变化明细",
        columns=[
            Column("类别"),
            Column("问题"),
            Column("来源"),
            Column("地区"),
            Column("牵头单位"),
            Column("说明"),
        ],
        empty_text="本月无变化。",
        document_limit=CHANGE_ROWS,
        group_column=0,
        what="条",
    )

    def add(kind: str, frame: pd.DataFrame, describe) -> None:
        for row in _tuples(frame):
            table.rows.append([kind, row.title, _source(row), row.region_name, row.lead_units, describe(row)])

    add("新完成", dispatch.newly_completed, lambda row: "")
    add("新销号", dispatch.newly_closed, lambda row: "")
    add(
        "新增逾期",
        dispatch.newly_overdue,
        lambda row: f"整改时限{cell_text(row.due_date, 'date')}，至月末逾期{row.days_overdue}天",
    )
    add(
        "调整时限",
        dispatch.deadlines_moved,
        lambda row: (
            f"由{cell_text(row.old_due, 'date')}调整为{cell_text(row.new_due, 'date')}"
            f"（{cell_text(row.moved_on, 'date')}调整）"
        ),
    )

    def status_change(row) -> str:
        text = (
            f"{cell_text(row.changed_on, 'date')}由{STATUS_LABELS.get(row.from_status, '—')}"
            f"转为{STATUS_LABELS[row.to_status]}"
        )
        return text + (f"：{row.reason}" if row.reason else "")

    backwards = dispatch.gone_backwards
    add("状态倒退", backwards[backwards["to_status"] != "reopened"], status_change)
    add("反弹重办", dispatch.reopened, status_change)
    return table


def overdue_annex_table(dispatch: MonthlyDispatch, limit: int | None = None) -> Table:
    table = Table(
        sheet="逾期问题清单",
        title="逾期未完成问题清单",
        columns=[
            Column("序号", "int"),
            Column("问题"),
            Column("来源"),
            Column("地区"),
            Column("牵头单位"),
            Column("整改时限", "date"),
            Column("逾期天数", "int"),
            Column("状态"),
        ],
        empty_text="本月末无逾期未完成问题。",
        annex=True,
        document_limit=ANNEX_ROWS,
        what="个问题",
        which="逾期时间最长的",
    )
    overdue, table.total = _cut(dispatch.overdue_list, limit)
    for number, row in enumerate(_tuples(overdue), start=1):
        table.rows.append(
            [
                number,
                row.title,
                _source(row),
                row.region_name,
                row.lead_units,
                row.due_date,
                row.days_overdue,
                STATUS_LABELS.get(row.status, row.status),
            ]
        )
    return table


def indicator_table(dispatch: MonthlyDispatch) -> Table:
    """Indicator targets not met in their year, slipped back since, or behind their trend."""
    table = Table(
        sheet="指标进展",
        title="指标目标未达标及进度滞后情况",
        columns=[
            Column("判断"),
            Column("指标"),
            Column("地区"),
            Column("目标"),
            Column("目标年份"),
            Column("判断依据"),
            Column("差距"),
            Column("说明"),
        ],
        empty_text="所选范围内没有未达标、达标后回落或进度滞后的指标目标。",
        document_limit=UNIT_ROWS,
        what="项指标目标",
        which="未达标在前的",
    )
    targets = dispatch.indicators
    if targets.empty:
        return table
    order = {status: index for index, status in enumerate(ATTENTION)}
    shown = targets[targets["status"].isin(ATTENTION)]
    shown = shown.assign(order=shown["status"].map(order)).sort_values(
        ["order", "indicator_id", "region_code"]
    )
    for row in _tuples(shown):
        basis = (
            "—"
            if row.basis_label == "—"
            else f"{row.basis_label} {shown_value(row.basis_value, row.basis_class, row.unit)}"
        )
        table.rows.append(
            [
                row.status_label,
                row.name,
                row.region_name,
                row.target_text,
                "—" if pd.isna(row.target_year) else f"{int(row.target_year)}年",
                basis,
                row.gap_text,
                row.judgement_note,
            ]
        )
    return table


def evidence_table(dispatch: MonthlyDispatch, limit: int | None = None) -> Table:
    """The evidence files uploaded in the month (Excel only: a list to look up, not to print)."""
    table = Table(
        sheet="佐证材料",
        title="本月上传的佐证材料",
        columns=[
            Column("序号", "int"),
            Column("问题"),
            Column("来源"),
            Column("地区"),
            Column("文件"),
            Column("类型"),
            Column("拍摄/形成日期", "date"),
            Column("整改阶段"),
            Column("附于"),
            Column("上传日期", "date"),
            Column("详情链接"),
        ],
        empty_text="本月没有上传佐证材料。",
        in_document=False,
        what="份材料",
    )
    base = get_settings().public_url
    evidence, table.total = _cut(dispatch.evidence, limit)
    for number, row in enumerate(_tuples(evidence), start=1):
        table.rows.append(
            [
                number,
                row.title,
                _source(row),
                row.region_name,
                row.original_name,
                EVIDENCE_KIND_LABELS[row.kind],
                row.taken_on if isinstance(row.taken_on, date) else None,
                EVIDENCE_PHASE_LABELS.get(row.phase) if isinstance(row.phase, str) else None,
                EVIDENCE_ATTACHED_LABELS[row.attached_to],
                row.uploaded_at.date(),
                f"{base}/finding?finding={int(row.finding_id)}",
            ]
        )
    return table


def evidence_annex_table(dispatch: MonthlyDispatch) -> Table:
    """The month's evidence per finding, for the Word / PDF annex: how many files (photos
    among them) and the first few by name and date. Bounded twice (findings, names per
    finding), so a national bulletin stays a few pages; the Excel sheet 佐证材料 lists all."""
    table = Table(
        sheet="佐证材料",  # the shortened table's note points at the Excel sheet of every file
        title="本月佐证材料汇总",
        columns=[
            Column("序号", "int"),
            Column("问题"),
            Column("来源"),
            Column("地区"),
            Column("材料数", "int"),
            Column("照片数", "int"),
            Column("主要材料（名称、拍摄/形成日期）"),
        ],
        empty_text="本月没有上传佐证材料。",
        annex=True,
        document_limit=EVIDENCE_FINDING_ROWS,
        what="个问题",
    )
    findings: dict[int, dict[str, Any]] = {}
    for row in _tuples(dispatch.evidence):  # in batch and finding order (evidence_of_month)
        entry = findings.setdefault(int(row.finding_id), {"row": row, "files": 0, "photos": 0, "names": []})
        entry["files"] += 1
        entry["photos"] += row.kind == "photo"
        if len(entry["names"]) < EVIDENCE_NAMES:
            taken = row.taken_on if isinstance(row.taken_on, date) else None
            entry["names"].append(
                f"{row.original_name}（{cell_text(taken, 'date') if taken else '日期不详'}）"
            )
    for number, entry in enumerate(findings.values(), start=1):
        row, files = entry["row"], entry["files"]
        names = "；".join(entry["names"]) + (f"等{files}份" if files > EVIDENCE_NAMES else "")
        table.rows.append([number, row.title, _source(row), row.region_name, files, entry["photos"], names])
    return table


def document_annexes(dispatch: MonthlyDispatch, tables: list[Table]) -> list[DocumentTable]:
    """The Word / PDF bulletin's annexes in order: those of `tables` (bulletin_tables: the
    overdue list), then the evidence summary when the month has any evidence."""
    annexes = [document_table(t) for t in tables if t.in_document and t.annex]
    evidence = evidence_annex_table(dispatch)
    if evidence.rows:
        annexes.append(document_table(evidence))
    return annexes


def annex_lines(annexes: list[DocumentTable]) -> list[str]:
    """附件说明 under the body: one annex by its title; several numbered, the later lines
    aligned under the first title (GB/T 9704-2012, 7.3.3)."""
    if len(annexes) <= 1:
        return [f"附件：{a.title}" for a in annexes]
    return [f"{'附件：' if n == 1 else '　　　'}{n}．{a.title}" for n, a in enumerate(annexes, start=1)]


# Rows of an Excel sheet at most. A province's or a city's bulletin is never cut; a national
# one at a million findings would list 43,000 overdue findings and 35,000 units (a million
# cells, 2 s of writing) that nobody reads in one sheet: each cut sheet keeps its worst rows
# and says how many there are and where the rest is (docs/decisions.md).
EXCEL_ROWS = 10_000


def bulletin_tables(dispatch: MonthlyDispatch, *, part: str = "all") -> list[Table]:
    """The bulletin's tables in print order; the annex last.

    `part`: "all" (the page: every row), "document" (the tables the Word / PDF bulletin
    prints, each holding only its printed rows and the count of all) or "excel" (every row
    up to EXCEL_ROWS a sheet)."""
    document = part == "document"
    cap = EXCEL_ROWS if part == "excel" else None
    tables = [
        summary_table(dispatch),
        ranking_table(dispatch, cap, document=document),
        overdue_ranking_table(dispatch, UNIT_ROWS if document else cap),
        late_units_table(dispatch, UNIT_ROWS if document else cap),
    ]
    if not document:  # Excel only (18,000 rows at 1M): not built for Word / PDF at all
        tables.append(late_reports_table(dispatch, cap))
    tables += [
        changes_table(dispatch),
        indicator_table(dispatch),
        overdue_annex_table(dispatch, ANNEX_ROWS if document else cap),
    ]
    if not document:
        tables.append(evidence_table(dispatch, cap))
    return tables
