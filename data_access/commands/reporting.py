"""Monthly reports (月调度), closure records (销号登记) and reopening (回头看重新交办).

Every save names the finding's `version` the user read. The save first runs
``UPDATE findings SET version = version + 1 WHERE id = ? AND version = ?``; when no row
matches, someone else saved in between and the save is refused with a Chinese message
(`ConcurrentEditError`) instead of silently overwriting their work. All of a save happens in
one transaction: the row, the status event, the audit entries (before and after), the
refreshed finding state and the new data version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from core.state import ACTIVE_CHAIN_STATES
from core.vocabulary import OPEN_STATUSES, STATUS_LABELS
from data_access.access import EDIT, Viewer, require, require_finding
from data_access.closure_chain import latest_application
from data_access.commands.audit import record_change
from data_access.commands.findings import (
    DeadlineSpec,
    add_deadline,
    mark_deadlines_met,
    record_status_change,
    refresh_state,
)
from data_access.commands.session import write_session
from data_access.models import (
    AuditEntry,
    ClosureRecord,
    Finding,
    ProgressReport,
)
from data_access.reporting import (
    CLOSURE_FIELDS,
    ClosureForm,
    MonthlyReport,
    closure_dict,
    latest_closure,
    report_dict,
)

# What a lead unit may report in its monthly report.
REPORTABLE_STATUSES = ("not_started", "in_progress", "completed")
# A monthly report's text fields are a few paragraphs; the limit keeps a pasted document (or
# a 2 MB attack) out of the table, the drill-down and the bulletin.
MAX_REPORT_TEXT = 5000
MAX_REPORTER = 64
# No inspection finding is older than the central inspections (2016); a month before this
# is a typing error (1900-01), never history.
EARLIEST_REPORT_MONTH = date(2000, 1, 1)


class ReportingError(ValueError):
    """The form's content cannot be saved; the message says why, in Chinese."""


class ConcurrentEditError(RuntimeError):
    """Someone else saved the finding after this user opened it."""


@dataclass(frozen=True)
class SaveResult:
    version: int  # the finding's version after the save: the next save must name it
    status: str  # the finding's status after the save
    note: str  # what happened, in Chinese, for the page to show


# --- the optimistic lock ------------------------------------------------------------------


def _claim(session: Session, finding_id: int, version: int) -> Finding:
    """Take the finding for this save, or refuse when it changed since the user read it."""
    result = session.execute(
        update(Finding)
        .where(Finding.id == finding_id, Finding.version == version)
        .values(version=Finding.version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        current = session.execute(select(Finding.version).where(Finding.id == finding_id)).scalar()
        if current is None:
            raise ReportingError(f"编号为 {finding_id} 的问题不存在（可能已被删除）。")
        last = session.execute(
            select(AuditEntry.actor, AuditEntry.changed_at)
            .where(AuditEntry.finding_id == finding_id)
            .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
            .limit(1)
        ).first()
        by = f"已被“{last.actor}”于{last.changed_at:%Y-%m-%d %H:%M}修改" if last else "已被他人修改"
        raise ConcurrentEditError(
            f"保存失败：您打开表单后，该问题{by}（您看到的是第{version}版，现为第{current}版）。"
            "为避免覆盖他人的修改，本次内容未保存；请刷新后核对再填写。"
        )
    finding = session.get(Finding, finding_id, populate_existing=True)
    assert finding is not None
    return finding


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.replace("\r\n", "\n").strip()
    return text or None


def _status_audit(
    session: Session, finding: Finding, before: str, *, actor: str, action: str, reason: str
) -> None:
    if finding.status == before:
        return
    record_change(
        session,
        actor=actor,
        action=action,
        entity="findings",
        entity_id=finding.id,
        finding_id=finding.id,
        summary=f"整改状态：{STATUS_LABELS[before]} → {STATUS_LABELS[finding.status]}（{reason}）",
        before={"status": before},
        after={"status": finding.status},
    )


# --- monthly report -------------------------------------------------------------------------


def save_monthly_report(
    engine: Engine,
    *,
    finding_id: int,
    version: int,
    report: MonthlyReport,
    user: Viewer,
    today: date,
) -> SaveResult:
    """Save (or correct) a finding's report for a month; a status it reports becomes the finding's."""
    require(user, EDIT)  # before anything else: a refusal says nothing about the content
    period = report.period.replace(day=1)
    _validate_report(report, period, today)
    actor = user.audit_name
    with write_session(engine) as session, session.begin():
        require_finding(session, user, finding_id, EDIT)
        finding = _claim(session, finding_id, version)
        if finding.status == "closed":
            raise ReportingError("该问题已销号，无需月度调度；如问题反弹，请使用“回头看重新交办”。")
        if report.status == "not_started" and finding.status != "not_started":
            raise ReportingError(f"该问题当前为“{STATUS_LABELS[finding.status]}”，不能报送为“未启动”。")
        status_before = finding.status
        target = _status_after_report(finding.status, report.status)
        if target != finding.status:
            record_status_change(
                session,
                finding,
                target,
                on=report.reported_on,
                source="report",
                reason=f"{period.year}年{period.month}月调度报送",
                actor=actor,
            )
            if target == "completed":
                mark_deadlines_met(finding, on=report.reported_on)
        stored = session.scalar(
            select(ProgressReport).where(
                ProgressReport.finding_id == finding.id, ProgressReport.period == period
            )
        )
        before = None if stored is None else report_dict(stored)
        if stored is None:
            stored = ProgressReport(finding_id=finding.id, period=period, status=target, reported_on=today)
            session.add(stored)
        stored.status = target
        stored.progress_pct = report.progress_pct
        stored.narrative = _clean(report.narrative)
        stored.problems = _clean(report.problems)
        stored.next_steps = _clean(report.next_steps)
        stored.reporter = (_clean(report.reporter) or "")[:64] or None
        stored.reporting_unit_id = report.reporting_unit_id
        stored.reported_on = report.reported_on
        session.flush()
        after = report_dict(stored)
        record_change(
            session,
            actor=actor,
            action="report",
            entity="progress_reports",
            entity_id=stored.id,
            finding_id=finding.id,
            summary=("修改" if before else "报送") + f"{period.year}年{period.month}月调度",
            before=before,
            after=after,
        )
        _status_audit(session, finding, status_before, actor=actor, action="report", reason="月度调度")
        refresh_state(session, [finding])
        note = f"已保存{period.year}年{period.month}月调度。"
        if finding.status != status_before:
            note += f"整改状态由“{STATUS_LABELS[status_before]}”变为“{STATUS_LABELS[finding.status]}”。"
        return SaveResult(finding.version, finding.status, note)


def _validate_report(report: MonthlyReport, period: date, today: date) -> None:
    if report.status not in REPORTABLE_STATUSES:
        raise ReportingError("月度调度的整改状态应为 未启动、推进中 或 已完成待销号。")
    if period > today.replace(day=1):
        raise ReportingError(f"不能报送未来月份（{period.year}年{period.month}月）的调度。")
    if period < EARLIEST_REPORT_MONTH or report.reported_on < EARLIEST_REPORT_MONTH:
        raise ReportingError(f"调度月份和报送日期不能早于{EARLIEST_REPORT_MONTH.year}年。")
    for label, text in (
        ("工作进展", report.narrative),
        ("存在问题", report.problems),
        ("下步计划", report.next_steps),
    ):
        if text and len(text) > MAX_REPORT_TEXT:
            raise ReportingError(
                f"{label}过长（{len(text)}字），请精简到{MAX_REPORT_TEXT}字以内，详细材料可作为附件。"
            )
    if report.reporter and len(report.reporter.strip()) > MAX_REPORTER:
        raise ReportingError(f"报送人不超过{MAX_REPORTER}字。")
    if report.reported_on > today:
        raise ReportingError("报送日期不能晚于今天。")
    if report.progress_pct is not None and not 0 <= report.progress_pct <= 100:
        raise ReportingError("进度应在 0% 到 100% 之间。")
    if report.status == "completed" and report.progress_pct is not None and report.progress_pct < 100:
        raise ReportingError("报送“已完成”时进度应为 100%。")
    if not any(_clean(t) for t in (report.narrative, report.problems, report.next_steps)):
        raise ReportingError("请至少填写工作进展、存在问题或下步计划中的一项。")


def _status_after_report(current: str, reported: str) -> str:
    """The finding's status after a report: a reopened finding stays reopened while worked on."""
    if reported == "completed":
        return "completed"
    if reported == "in_progress":
        return "reopened" if current == "reopened" else "in_progress"
    return current


# --- closure record ---------------------------------------------------------------------------


def save_closure_record(
    engine: Engine,
    *,
    finding_id: int,
    version: int,
    form: ClosureForm,
    user: Viewer,
    today: date,
) -> SaveResult:
    """Save the closure sign-off form; applying completes the finding, a finished sign-off closes it.

    - 申请时间 (applied_on) on an open finding → completed on that day.
    - 验收销号意见 signed (acceptance_signed_on) → closed on the last date of the sign-off
      (acceptance, end of the public notice, city lead unit, filing), once that day has come.
    """
    require(user, EDIT)
    _validate_closure(form, today)
    actor = user.audit_name
    with write_session(engine) as session, session.begin():
        require_finding(session, user, finding_id, EDIT)
        finding = _claim(session, finding_id, version)
        application = latest_application(session, finding.id)
        if application is not None and application.state in ACTIVE_CHAIN_STATES:
            # One path at a time: while the chain runs, its steps fill this form (decisions.md).
            raise ReportingError(
                "该问题的销号申请正在审核流程中（销号审核页），登记表由各环节的意见自动填写，"
                "不能在此直接修改；如需改用本表，请先撤回申请。"
            )
        status_before = finding.status
        record = latest_closure(session, finding.id)
        if finding.status == "reopened":
            record = None  # a new application after a reopening: the old form stays as it was
        before = None if record is None else closure_dict(record)
        if record is None:
            record = ClosureRecord(finding_id=finding.id)
            session.add(record)
        for name in CLOSURE_FIELDS:
            value = getattr(form, name)
            setattr(record, name, _clean(value) if isinstance(value, str) else value)
        record.facts_json = json.dumps(
            [{"label": label, "value": value, "unit": unit} for label, value, unit in form.facts],
            ensure_ascii=False,
        )
        session.flush()
        note = "已保存销号登记表。"
        if form.applied_on and finding.status in OPEN_STATUSES:
            record_status_change(
                session,
                finding,
                "completed",
                on=form.applied_on,
                source="closure",
                reason="提交整改验收销号申请",
                actor=actor,
            )
        if form.acceptance_signed_on and finding.status != "closed":
            closed_on = max(
                d
                for d in (
                    form.acceptance_signed_on,
                    form.notice_end,
                    form.city_lead_signed_on,
                    form.filing_signed_on,
                )
                if d
            )
            if closed_on > today:
                until = f"{closed_on.year}年{closed_on.month}月{closed_on.day}日"
                note += f"公示期至{until}，期满后再保存一次即销号。"
            else:
                record_status_change(
                    session, finding, "closed", on=closed_on, source="closure", reason="验收销号", actor=actor
                )
        session.flush()
        record_change(
            session,
            actor=actor,
            action="close",
            entity="closure_records",
            entity_id=record.id,
            finding_id=finding.id,
            summary=("修改" if before else "填写") + "整改验收销号登记表",
            before=before,
            after=closure_dict(record),
        )
        _status_audit(session, finding, status_before, actor=actor, action="close", reason="销号登记")
        refresh_state(session, [finding])
        if finding.status != status_before:
            note += f"整改状态由“{STATUS_LABELS[status_before]}”变为“{STATUS_LABELS[finding.status]}”。"
        return SaveResult(finding.version, finding.status, note)


def _validate_closure(form: ClosureForm, today: date) -> None:
    if not _clean(form.implementing_body):
        raise ReportingError("请填写整改实施主体。")
    if form.applied_on is None:
        raise ReportingError("请填写申请时间。")
    signed = {
        "申请时间": form.applied_on,
        "县市区政府主要负责人签字日期": form.county_head_signed_on,
        "验收销号意见日期": form.acceptance_signed_on,
        "公示开始日期": form.notice_start,
        "市直牵头整改验收单位签字日期": form.city_lead_signed_on,
        "审查备案日期": form.filing_signed_on,
    }
    for label, day in signed.items():
        if day and day > today:
            raise ReportingError(f"{label}不能晚于今天。")
    if form.notice_start and form.notice_end and form.notice_end < form.notice_start:
        raise ReportingError("公示结束日期不能早于开始日期。")
    if form.acceptance_signed_on and form.acceptance_signed_on < form.applied_on:
        raise ReportingError("验收销号日期不能早于申请时间。")
    if form.acceptance_signed_on and not _clean(form.acceptance_opinion):
        raise ReportingError("填写了验收销号日期时，请同时填写验收销号意见。")
    for label, _value, _unit in form.facts:
        if not _clean(label):
            raise ReportingError("报告中的数字事实每行都要有名称。")


# --- reopening after a follow-up check --------------------------------------------------------


def reopen_finding(
    engine: Engine,
    *,
    finding_id: int,
    version: int,
    reopened_on: date,
    reason: str,
    new_due_date: date | None,
    user: Viewer,
    today: date,
) -> SaveResult:
    """A follow-up check (回头看) found the problem back: the finding is open again."""
    require(user, EDIT)
    reason = _clean(reason) or ""
    if not reason:
        raise ReportingError("请填写重新交办的原因（回头看发现的问题）。")
    if reopened_on > today:
        raise ReportingError("重新交办日期不能晚于今天。")
    if new_due_date is not None and new_due_date <= reopened_on:
        raise ReportingError("新的整改时限应晚于重新交办日期。")
    actor = user.audit_name
    with write_session(engine) as session, session.begin():
        require_finding(session, user, finding_id, EDIT)
        finding = _claim(session, finding_id, version)
        if finding.status not in ("completed", "closed"):
            raise ReportingError(
                f"只有已完成或已销号的问题才能重新交办；该问题当前为“{STATUS_LABELS[finding.status]}”。"
            )
        if finding.status_since and reopened_on < finding.status_since:
            raise ReportingError(
                f"重新交办日期不能早于当前状态的起始日期（{finding.status_since.isoformat()}）。"
            )
        status_before = finding.status
        record_status_change(
            session, finding, "reopened", on=reopened_on, source="recheck", reason=reason, actor=actor
        )
        after: dict[str, Any] = {"status": "reopened", "reason": reason, "reopened_on": reopened_on}
        if new_due_date is not None:
            text = f"{new_due_date.year}年{new_due_date.month}月{new_due_date.day}日（回头看重新交办）"
            add_deadline(
                finding, DeadlineSpec("date", new_due_date, text, "回头看发现的反弹问题"), on=reopened_on
            )
            after["new_due_date"] = new_due_date
        record_change(
            session,
            actor=actor,
            action="reopen",
            entity="findings",
            entity_id=finding.id,
            finding_id=finding.id,
            summary=f"回头看重新交办：{reason}",
            before={"status": status_before},
            after=after,
        )
        refresh_state(session, [finding])
        note = f"已重新交办，整改状态由“{STATUS_LABELS[status_before]}”变为“反弹重办”。"
        return SaveResult(finding.version, finding.status, note)


def closure_form_from(values: dict[str, Any]) -> ClosureForm:
    """A ClosureForm from a dict of form values (unknown keys ignored)."""
    known = {name: values.get(name) for name in CLOSURE_FIELDS}
    facts = tuple(
        (str(f.get("label") or "").strip(), f.get("value"), f.get("unit") or None)
        for f in values.get("facts") or []
        if any(f.get(k) not in (None, "") for k in ("label", "value", "unit"))
    )
    return ClosureForm(**known, facts=facts)
