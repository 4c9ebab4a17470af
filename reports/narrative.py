"""The dispatch's summary in Chinese, written only from computed facts.

Every sentence is a template filled with numbers and names from a `MonthlyDispatch`; no
text is invented. The office edits the result on the page before exporting.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from core.vocabulary import STATUS_LABELS
from data_access.dispatch import MonthlyDispatch, month_end
from data_access.indicators import ATTENTION
from data_access.indicators import STATUS_LABELS as STATUS_LABELS_INDICATORS

MAX_NAMES = 5  # findings named in one sentence; more are summarised with 等
# Lead units late with their report named in the text; the rest are in the table 月调度未按时
# 报送单位 (a national month has thousands: the paragraph was 260,000 characters at 1M).
MAX_LATE_UNITS = 10


def date_cn(day) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def names(values: Iterable[str], limit: int = MAX_NAMES) -> str:
    """'甲、乙、丙' — at most `limit` names, then 等N个."""
    values = list(dict.fromkeys(values))  # keep order, drop repeats
    if len(values) <= limit:
        return "、".join(values)
    return "、".join(values[:limit]) + f"等{len(values)}个"


def change_in_points(new: float | None, old: float | None) -> str:
    """'上升2.5个百分点' / '下降1.2个百分点' / '持平'."""
    if new is None or old is None:
        return "无可比数据"
    points = round((new - old) * 100, 1)
    if points > 0:
        return f"上升{points:.1f}个百分点"
    if points < 0:
        return f"下降{-points:.1f}个百分点"
    return "持平"


def change_in_count(new: int, old: int) -> str:
    if new > old:
        return f"增加{new - old}个"
    if new < old:
        return f"减少{old - new}个"
    return "持平"


def _count(frame: pd.DataFrame) -> int:
    return int(frame["finding_id"].nunique()) if not frame.empty else 0


def quoted(title: str) -> str:
    """A finding's title as the text names it: in quotation marks, so that where one title
    ends and the next begins (or the sentence goes on) is plain."""
    return f"“{title}”"


def _titles(frame: pd.DataFrame) -> str:
    return names(quoted(title) for title in frame["title"])


def _as_of_phrase(dispatch: MonthlyDispatch) -> str:
    if dispatch.current.as_of >= month_end(dispatch.month):
        return f"{dispatch.month.month}月底"
    return date_cn(dispatch.current.as_of)


def overall_paragraph(dispatch: MonthlyDispatch) -> str:
    cur, prev = dispatch.current, dispatch.previous
    if cur.total == 0:
        return f"截至{date_cn(cur.as_of)}，所选范围内没有纳入调度的问题。"
    return (
        f"截至{date_cn(cur.as_of)}，纳入调度的问题共{cur.total}个，已完成整改{cur.done}个"
        f"（其中已销号{cur.closed}个），整改完成率{pct(cur.completion_ratio)}，"
        f"较上月末{change_in_points(cur.completion_ratio, prev.completion_ratio)}；"
        f"逾期未完成{cur.overdue}个，较上月末{change_in_count(cur.overdue, prev.overdue)}。"
    )


def changes_paragraph(dispatch: MonthlyDispatch) -> str:
    parts = []
    for frame, what in (
        (dispatch.newly_completed, "新完成整改问题"),
        (dispatch.newly_closed, "新销号问题"),
        (dispatch.newly_overdue, "新增逾期问题"),
    ):
        count = _count(frame)
        parts.append(f"{what}{count}个" + (f"（{_titles(frame)}）" if count else ""))
    moved = dispatch.deadlines_moved
    count = _count(moved)
    detail = names(
        f"{quoted(row.title)}由{date_cn(row.old_due)}调整为{date_cn(row.new_due)}"
        if not pd.isna(row.new_due)
        else f"{quoted(row.title)}原定{date_cn(row.old_due)}"
        for row in moved.itertuples(index=False)
    )
    parts.append(f"调整整改时限{count}个" + (f"（{detail}）" if count else ""))
    back = dispatch.gone_backwards
    count = _count(back)
    detail = names(
        f"{quoted(row.title)}由{STATUS_LABELS.get(row.from_status, row.from_status)}"
        f"转为{STATUS_LABELS[row.to_status]}"
        for row in back.itertuples(index=False)
    )
    parts.append(f"整改状态倒退{count}个" + (f"（{detail}）" if count else ""))
    reopened = _count(dispatch.reopened)
    text = f"本月{'；'.join(parts)}。"
    if reopened:
        text += f"其中经“回头看”发现问题反弹、重新交办{reopened}个（{_titles(dispatch.reopened)}）。"
    return text


def reports_paragraph(dispatch: MonthlyDispatch) -> str:
    due_day = date_cn(dispatch.report_due)
    if not dispatch.report_deadline_passed:
        return f"本月月调度报送截止日为{due_day}，尚未到期。"
    if dispatch.reports_due == 0:
        return "本月没有需要报送月调度的持续推进类问题。"
    head = f"本月应于{due_day}前报送月调度的持续推进类问题{dispatch.reports_due}个"
    units = dispatch.late_units
    if units.empty:
        return head + "，各牵头单位均按时报送。"
    until = _as_of_phrase(dispatch)
    details = []
    for row in units.head(MAX_LATE_UNITS).itertuples(index=False):
        pieces = []
        if row.missing:
            pieces.append(f"{row.missing}个问题截至{until}未报送")
        if row.late:
            pieces.append(f"{row.late}个问题逾期报送")
        details.append(f"{row.unit_label}（{'、'.join(pieces)}，最长逾期{row.days_late}天）")
    if len(units) > MAX_LATE_UNITS:  # in the table's order: most findings not reported first
        return (
            head
            + f"，{len(units)}个牵头单位未按时报送，其中{MAX_LATE_UNITS}个："
            + "；".join(details)
            + "（全部单位见“月调度未按时报送单位”表）。"
        )
    return head + f"，{len(units)}个牵头单位未按时报送：" + "；".join(details) + "。"


def ranking_paragraph(dispatch: MonthlyDispatch) -> str:
    units = dispatch.units
    if units.empty:
        return ""
    best = units[units["rank"] == units["rank"].min()]
    worst_ratio = units["completion_ratio"].min()
    worst = units[units["completion_ratio"] == worst_ratio]
    text = f"按整改完成率排名，{names(best['unit_label'])}居首（{pct(best['completion_ratio'].iloc[0])}）"
    if worst_ratio < best["completion_ratio"].iloc[0]:
        text += f"，{names(worst['unit_label'])}居末（{pct(worst_ratio)}）"
    changes = units.dropna(subset=["ratio_change"])
    moves = []
    if not changes.empty:
        rise = changes["ratio_change"].max()
        fall = changes["ratio_change"].min()
        if round(rise * 100, 1) > 0:
            risers = changes[changes["ratio_change"] == rise]
            moves.append(f"较上月提高最多的是{names(risers['unit_label'])}（{change_in_points(rise, 0.0)}）")
        if round(fall * 100, 1) < 0:
            fallers = changes[changes["ratio_change"] == fall]
            moves.append(f"较上月下降最多的是{names(fallers['unit_label'])}（{change_in_points(fall, 0.0)}）")
    if moves:
        text += "；" + "，".join(moves)
    most_overdue = int(units["overdue"].max())
    if most_overdue > 0:
        laggards = units[units["overdue"] == most_overdue]
        each = "各" if len(laggards) > 1 else ""
        text += f"。逾期问题最多的是{names(laggards['unit_label'])}（{each}{most_overdue}个）"
    return text + "。"


def indicators_paragraph(dispatch: MonthlyDispatch) -> str:
    """The targets by judgement, naming those not met, slipped back and behind."""
    targets = dispatch.indicators
    if targets.empty:
        return ""
    parts = []
    for status, label in STATUS_LABELS_INDICATORS.items():
        chosen = targets[targets["status"] == status]
        if chosen.empty:
            continue
        part = f"{label}{len(chosen)}项"
        if status in ATTENTION:
            part += (
                "（"
                + names(
                    f"{row.region_name}{row.name}{row.target_text}"
                    + ("" if pd.isna(row.target_year) else f"（{int(row.target_year)}年）")
                    for row in chosen.itertuples(index=False)
                )
                + "）"
            )
        parts.append(part)
    return f"指标方面，纳入调度的指标目标{len(targets)}项，其中" + "，".join(parts) + "。"


def dispatch_narrative(dispatch: MonthlyDispatch) -> str:
    """The paragraphs of the summary: overall, changes, reporting, ranking, indicators."""
    paragraphs = [
        overall_paragraph(dispatch),
        changes_paragraph(dispatch),
        reports_paragraph(dispatch),
        ranking_paragraph(dispatch),
        indicators_paragraph(dispatch),
    ]
    return "\n".join(p for p in paragraphs if p)
