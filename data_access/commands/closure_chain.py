"""The closure sign-off chain (销号审核): submit an application, record each level's step
(approve, or return with a reason), publish and conclude the public notice, withdraw, and set
a batch's chain.

Each command checks the user's role and region for the step (`closure_chain.may_record`)
before anything is written, claims the application at the step the user saw (two reviewers
cannot both decide one step), follows `core.state.chain_move` for where the application and
the finding go, copies the opinion into the finding's closure record (整改验收销号登记表), and
writes the audit trail (who, when, the opinion, the evidence seen) in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from core.state import ChainError, chain_move, check_chain
from core.vocabulary import CLOSURE_DECISION_LABELS, CLOSURE_STATE_LABELS, CLOSURE_STEP_LABELS, STATUS_LABELS
from data_access.access import IMPORT, AccessDenied, Viewer, finding_in_scope, finding_within, require
from data_access.closure_chain import batch_chain, latest_application, may_record, region_names, step_refusal
from data_access.commands.audit import record_change
from data_access.commands.findings import record_status_change, refresh_state
from data_access.commands.session import write_session
from data_access.models import (
    Batch,
    ClosureApplication,
    ClosureBatchStep,
    ClosureNotice,
    ClosureRecord,
    ClosureReview,
    Finding,
    Region,
)
from data_access.reporting import latest_closure

MAX_OPINION = 2000
MAX_NARRATIVE = 5000
MAX_PLACE = 200
MAX_BODY = 200
EARLIEST = date(2000, 1, 1)

# The closure record's columns each step fills: (opinion, signer, signed on).
RECORD_COLUMNS = {
    "county_head": ("county_head_opinion", "county_head_signer", "county_head_signed_on"),
    "acceptance": ("acceptance_opinion", "acceptance_signer", "acceptance_signed_on"),
    "city_lead": ("city_lead_opinion", "city_lead_signer", "city_lead_signed_on"),
    "city_filing": ("filing_opinion", "filing_signer", "filing_signed_on"),
}
REVIEW_RECORD_COLUMNS = (
    *(c for columns in RECORD_COLUMNS.values() for c in columns),
    "notice_place",
    "notice_start",
    "notice_end",
    "notice_objections",
)


class ChainInputError(ValueError):
    """The step's content cannot be saved; the message says why, in Chinese."""


@dataclass(frozen=True)
class ChainResult:
    application_id: int
    state: str
    current_step: str | None
    finding_status: str
    note: str  # what happened, in Chinese


def _clean(text: str | None, label: str, limit: int) -> str | None:
    text = (text or "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise ChainInputError(f"{label}过长（{len(text)}字），请精简到{limit}字以内。")
    return text or None


def _check_day(day: date, label: str, *, today: date, not_before: date | None = None) -> None:
    if day > today:
        raise ChainInputError(f"{label}不能晚于今天。")
    if day < EARLIEST:
        raise ChainInputError(f"{label}不能早于{EARLIEST.year}年。")
    if not_before and day < not_before:
        raise ChainInputError(f"{label}不能早于上一环节的日期（{not_before.isoformat()}）。")


def _seen(evidence_ids: Sequence[int]) -> str:
    return json.dumps(sorted({int(i) for i in evidence_ids}))


def _require_step(session: Session, user: Viewer, step: str, finding: Finding) -> None:
    codes = (finding.province_code, finding.city_code, finding.county_code)
    if not may_record(user, step, *codes):
        names = region_names(session, codes)
        raise AccessDenied(step_refusal(user, step, *codes, names))


def _finding(session: Session, user: Viewer, finding_id: int) -> Finding:
    if not finding_in_scope(session, finding_id, user.region_code):
        raise AccessDenied(f"问题（编号 {finding_id}）不在您的管辖范围（{user.scope_label}）内，或不存在。")
    finding = session.get(Finding, finding_id, populate_existing=True)
    assert finding is not None
    return finding


def _claim(session: Session, application: ClosureApplication, *, expected_step: str | None) -> None:
    """Take the application at the state and step the user saw, or refuse (someone else acted)."""
    if expected_step is not None and application.current_step != expected_step:
        raise ChainInputError(
            f"该申请已由他人处理，当前环节为“{CLOSURE_STEP_LABELS.get(application.current_step or '', '无')}”"
            f"（{CLOSURE_STATE_LABELS[application.state]}）。请刷新后再操作，本次未保存。"
        )
    result = session.execute(
        update(ClosureApplication)
        .where(
            ClosureApplication.id == application.id,
            ClosureApplication.state == application.state,
            ClosureApplication.current_step == application.current_step,
        )
        .values(waiting_since=ClosureApplication.waiting_since)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise ChainInputError("该申请刚刚已由他人处理，请刷新后再操作，本次未保存。")


def _record(session: Session, finding: Finding, *, fresh: bool) -> ClosureRecord:
    record = None if fresh else latest_closure(session, finding.id)
    if record is None:
        record = ClosureRecord(finding_id=finding.id)
        session.add(record)
    return record


def _last_day(application: ClosureApplication) -> date:
    return max((r.decided_on for r in application.reviews), default=application.submitted_on)


def _write_review(
    session: Session,
    application: ClosureApplication,
    finding: Finding,
    user: Viewer,
    *,
    step: str,
    decision: str,
    opinion: str | None,
    decided_on: date,
    seen_evidence: Sequence[int],
    extra: dict | None = None,
) -> ClosureReview:
    review = ClosureReview(
        application=application,
        step=step,
        decision=decision,
        opinion=opinion,
        decided_by=user.audit_name,
        user_id=user.user_id,
        role=user.role,
        region_code=user.region_code,
        decided_on=decided_on,
        decided_at=datetime.now().replace(microsecond=0),
        seen_evidence=_seen(seen_evidence),
    )
    session.add(review)
    session.flush()
    after = {
        "application_id": application.id,
        "step": step,
        "decision": decision,
        "opinion": opinion,
        "decided_on": decided_on,
        "role": user.role,
        "region_code": user.region_code,
        "seen_evidence": json.loads(review.seen_evidence),
        **(extra or {}),
    }
    text = f"：{opinion}" if opinion else ""
    record_change(
        session,
        actor=user.audit_name,
        action="review",
        entity="closure_reviews",
        entity_id=review.id,
        finding_id=finding.id,
        summary=f"销号审核·{CLOSURE_STEP_LABELS[step]}·{CLOSURE_DECISION_LABELS[decision]}{text}"[:500],
        before={"state": application.state, "current_step": application.current_step},
        after=after,
    )
    return review


def _move_finding(
    session: Session, finding: Finding, to: str | None, *, on: date, reason: str, user: Viewer
) -> str:
    before = finding.status
    if to and to != finding.status:
        record_status_change(
            session, finding, to, on=on, source="closure", reason=reason, actor=user.audit_name
        )
        record_change(
            session,
            actor=user.audit_name,
            action="review",
            entity="findings",
            entity_id=finding.id,
            finding_id=finding.id,
            summary=f"整改状态：{STATUS_LABELS[before]} → {STATUS_LABELS[to]}（{reason}）",
            before={"status": before},
            after={"status": to},
        )
    finding.version = finding.version + 1  # a form opened before this step is stale now
    refresh_state(session, [finding])
    if finding.status != before:
        return f"整改状态由“{STATUS_LABELS[before]}”变为“{STATUS_LABELS[finding.status]}”。"
    return ""


def _result(application: ClosureApplication, finding: Finding, note: str) -> ChainResult:
    return ChainResult(application.id, application.state, application.current_step, finding.status, note)


# --- submit ---------------------------------------------------------------------------------------


def submit_application(
    engine: Engine,
    *,
    finding_id: int,
    user: Viewer,
    implementing_body: str,
    completion_narrative: str,
    submitted_on: date,
    today: date,
    seen_evidence: Sequence[int] = (),
) -> ChainResult:
    """Submit (or resubmit after a return) a finding's closure application; the finding is
    completed while the chain runs."""
    body = _clean(implementing_body, "整改实施主体", MAX_BODY)
    narrative = _clean(completion_narrative, "整改完成情况", MAX_NARRATIVE)
    if not body:
        raise ChainInputError("请填写整改实施主体。")
    if not narrative:
        raise ChainInputError("请填写整改完成情况。")
    _check_day(submitted_on, "申请时间", today=today)
    with write_session(engine) as session, session.begin():
        finding = _finding(session, user, finding_id)
        _require_step(session, user, "apply", finding)
        previous = latest_application(session, finding.id)
        resubmit = previous is not None and previous.state in ("returned", "withdrawn")
        state = previous.state if previous is not None and previous.state != "closed" else None
        try:
            move = chain_move(
                tuple(previous.steps.split(",")) if resubmit else batch_chain(session, finding.batch_id),
                state,
                None,
                "submit",
                finding_status=finding.status,
            )
        except ChainError as refusal:
            raise ChainInputError(str(refusal)) from None
        if resubmit:
            assert previous is not None
            _claim(session, previous, expected_step="apply")
            application = previous
            if submitted_on < _last_day(application):
                raise ChainInputError(
                    f"重新申请的日期不能早于退回日期（{_last_day(application).isoformat()}）。"
                )
            application.returned_reason = None
            application.returned_on = None
            if application.notice is not None:
                session.delete(application.notice)
                application.notice = None
        else:
            application = ClosureApplication(
                finding_id=finding.id,
                steps=",".join(batch_chain(session, finding.batch_id)),
                submitted_by_user_id=user.user_id,
                status_before=finding.status,
            )
            session.add(application)
        application.state, application.current_step = move.state, move.current_step
        application.implementing_body = body
        application.completion_narrative = narrative
        application.submitted_by = user.audit_name
        application.submitted_on = submitted_on
        application.waiting_since = submitted_on
        session.flush()
        _write_review(
            session,
            application,
            finding,
            user,
            step="apply",
            decision="submit",
            opinion=narrative,
            decided_on=submitted_on,
            seen_evidence=seen_evidence,
            extra={"implementing_body": body},
        )
        # The finding's current form is filled in (a reopened finding starts a new one, as the
        # one-shot form does); its opinions of an earlier round are cleared below.
        record = _record(session, finding, fresh=finding.status == "reopened" and not resubmit)
        record.implementing_body = body
        record.applied_on = submitted_on
        record.problem = finding.problem
        record.target = finding.target
        record.deadline_text = finding.deadline_text
        record.completion_narrative = narrative
        for column in REVIEW_RECORD_COLUMNS:
            setattr(record, column, None)
        note = "已重新提交销号申请。" if resubmit else "已提交销号申请。"
        note += f"下一环节：{CLOSURE_STEP_LABELS[move.current_step or '']}。"
        note += _move_finding(
            session, finding, move.finding_status, on=submitted_on, reason="提交销号申请", user=user
        )
        return _result(application, finding, note)


# --- review steps ---------------------------------------------------------------------------------


def _open_application(
    session: Session, user: Viewer, application_id: int
) -> tuple[ClosureApplication, Finding]:
    application = session.get(ClosureApplication, application_id, populate_existing=True)
    if application is None or not finding_in_scope(session, application.finding_id, user.region_code):
        raise AccessDenied(
            f"销号申请（编号 {application_id}）不在您的管辖范围（{user.scope_label}）内，或不存在。"
        )
    return application, _finding(session, user, application.finding_id)


def review_step(
    engine: Engine,
    *,
    application_id: int,
    user: Viewer,
    decision: str,
    opinion: str,
    decided_on: date,
    today: date,
    expected_step: str | None = None,
    objections: str | None = None,
    seen_evidence: Sequence[int] = (),
) -> ChainResult:
    """Record the current step: approve (the next step waits; the last one closes the finding)
    or return with a reason (back to the submitter; the finding is in progress again).

    At the public notice, approving concludes it (after its last day; `objections` says what was
    received); returning means an objection was upheld."""
    if decision not in ("approve", "return"):
        raise ChainInputError("审核结论应为“同意”或“退回”。")
    opinion = _clean(opinion, "审核意见", MAX_OPINION)
    objections = _clean(objections, "收到的异议", MAX_OPINION)
    if not opinion:
        raise ChainInputError("请填写审核意见。" if decision == "approve" else "退回时请填写退回原因。")
    with write_session(engine) as session, session.begin():
        application, finding = _open_application(session, user, application_id)
        step = application.current_step
        if step is None or application.state not in ("under_review", "in_public_notice"):
            raise ChainInputError(
                f"该申请当前为“{CLOSURE_STATE_LABELS[application.state]}”，不在审核中，本次未保存。"
            )
        _require_step(session, user, step, finding)
        _check_day(decided_on, "签署日期", today=today, not_before=_last_day(application))
        notice = application.notice
        if step == "notice" and decision == "approve" and notice is not None and decided_on < notice.end_on:
            raise ChainInputError(
                f"公示期至{notice.end_on.isoformat()}，期满后才能填写公示结果（签署日期不早于公示结束日）。"
            )
        try:
            move = chain_move(
                tuple(application.steps.split(",")),
                application.state,
                step,
                decision,
                finding_status=finding.status,
                status_before=application.status_before,
            )
        except ChainError as refusal:
            raise ChainInputError(str(refusal)) from None
        _claim(session, application, expected_step=expected_step)
        _write_review(
            session,
            application,
            finding,
            user,
            step=step,
            decision=decision,
            opinion=opinion,
            decided_on=decided_on,
            seen_evidence=seen_evidence,
            extra={"objections": objections} if step == "notice" else None,
        )
        record = _record(session, finding, fresh=False)
        if decision == "approve":
            if step in RECORD_COLUMNS:
                text, signer, signed = RECORD_COLUMNS[step]
                setattr(record, text, opinion)
                setattr(record, signer, user.display_name[:64])
                setattr(record, signed, decided_on)
            if step == "notice" and notice is not None:
                notice.objections = objections or "公示期内未收到异议"
                notice.concluded_on = decided_on
                record.notice_objections = notice.objections
        application.state, application.current_step = move.state, move.current_step
        application.waiting_since = decided_on
        label = CLOSURE_STEP_LABELS[step]
        if decision == "return":
            application.returned_reason = opinion
            application.returned_on = decided_on
            for column in REVIEW_RECORD_COLUMNS:
                setattr(record, column, None)
            note = f"已退回（{label}）：{opinion}。申请已退回提交人。"
            reason = f"销号申请在“{label}”被退回：{opinion}"
        elif move.state == "closed":
            application.closed_on = decided_on
            note = f"{label}已同意，审核流程完成，问题已销号。"
            reason = "销号审核完成"
        else:
            note = f"{label}已同意。下一环节：{CLOSURE_STEP_LABELS[move.current_step or '']}。"
            reason = ""
        note += _move_finding(
            session, finding, move.finding_status, on=decided_on, reason=reason[:200], user=user
        )
        return _result(application, finding, note)


def start_notice(
    engine: Engine,
    *,
    application_id: int,
    user: Viewer,
    place: str,
    start_on: date,
    end_on: date,
    today: date,
    expected_step: str | None = "notice",
    seen_evidence: Sequence[int] = (),
) -> ChainResult:
    """Publish the public notice (公示): where, from when to when. Its result is recorded
    with `review_step` once it has ended."""
    place = _clean(place, "公示地点", MAX_PLACE)
    if not place:
        raise ChainInputError("请填写公示地点（如政府网站、村务公开栏）。")
    if end_on < start_on:
        raise ChainInputError("公示结束日期不能早于开始日期。")
    if (end_on - start_on).days > 90:
        raise ChainInputError("公示期不宜超过90天，请核对起止日期。")
    with write_session(engine) as session, session.begin():
        application, finding = _open_application(session, user, application_id)
        if application.current_step != "notice":
            raise ChainInputError(
                f"该申请当前环节为“{CLOSURE_STEP_LABELS.get(application.current_step or '', '无')}”，"
                "不是公示，本次未保存。"
            )
        _require_step(session, user, "notice", finding)
        _check_day(start_on, "公示开始日期", today=today, not_before=_last_day(application))
        try:
            move = chain_move(
                tuple(application.steps.split(",")),
                application.state,
                "notice",
                "notice_start",
                finding_status=finding.status,
            )
        except ChainError as refusal:
            raise ChainInputError(str(refusal)) from None
        _claim(session, application, expected_step=expected_step)
        opinion = f"{place}，{start_on.isoformat()}至{end_on.isoformat()}"
        _write_review(
            session,
            application,
            finding,
            user,
            step="notice",
            decision="notice_start",
            opinion=opinion,
            decided_on=start_on,
            seen_evidence=seen_evidence,
            extra={"place": place, "start_on": start_on, "end_on": end_on},
        )
        application.notice = ClosureNotice(place=place, start_on=start_on, end_on=end_on)
        application.state = move.state
        application.waiting_since = start_on
        record = _record(session, finding, fresh=False)
        record.notice_place, record.notice_start, record.notice_end = place, start_on, end_on
        note = f"已发布公示（{opinion}），期满后填写公示结果。"
        note += _move_finding(session, finding, None, on=start_on, reason="", user=user)
        return _result(application, finding, note)


def withdraw_application(
    engine: Engine, *, application_id: int, user: Viewer, reason: str, today: date
) -> ChainResult:
    """The submitter (or an applicant of the region) takes the application back."""
    reason = _clean(reason, "撤回原因", MAX_OPINION)
    if not reason:
        raise ChainInputError("请填写撤回原因。")
    with write_session(engine) as session, session.begin():
        application, finding = _open_application(session, user, application_id)
        _require_step(session, user, "apply", finding)
        try:
            move = chain_move(
                tuple(application.steps.split(",")),
                application.state,
                application.current_step,
                "withdraw",
                finding_status=finding.status,
                status_before=application.status_before,
            )
        except ChainError as refusal:
            raise ChainInputError(str(refusal)) from None
        decided_on = max(today, _last_day(application))
        _claim(session, application, expected_step=None)
        _write_review(
            session,
            application,
            finding,
            user,
            step="apply",
            decision="withdraw",
            opinion=reason,
            decided_on=decided_on,
            seen_evidence=(),
        )
        application.state, application.current_step = move.state, move.current_step
        application.waiting_since = decided_on
        note = "已撤回销号申请。"
        note += _move_finding(
            session, finding, move.finding_status, on=decided_on, reason="撤回销号申请", user=user
        )
        return _result(application, finding, note)


# --- a batch's chain --------------------------------------------------------------------------------


def set_batch_chain(engine: Engine, *, batch_id: int, steps: Sequence[str], user: Viewer) -> tuple[str, ...]:
    """Set which steps a batch's new applications go through (applications already submitted
    keep the chain they started with). Offices only, for batches inside their region."""
    require(user, IMPORT)
    try:
        chain = check_chain(steps)
    except ChainError as refusal:
        raise ChainInputError(str(refusal)) from None
    with write_session(engine) as session, session.begin():
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise ChainInputError(f"督察批次（编号 {batch_id}）不存在。")
        if user.region_code:
            outside = session.scalar(
                select(Finding.id)
                .where(Finding.batch_id == batch_id, ~finding_within(user.region_code))
                .limit(1)
            )
            region = session.get(Region, batch.region_code)
            if outside is not None or region is None:
                raise AccessDenied(
                    f"“{batch.name}”有{user.scope_label}以外的问题，其审核流程须由上级整改办设置。"
                )
        before = list(batch_chain(session, batch_id))
        session.execute(delete(ClosureBatchStep).where(ClosureBatchStep.batch_id == batch_id))
        session.add_all(ClosureBatchStep(batch_id=batch_id, position=i, step=s) for i, s in enumerate(chain))
        record_change(
            session,
            actor=user.audit_name,
            action="update",
            entity="closure_batch_steps",
            entity_id=batch_id,
            finding_id=None,
            summary=f"设置“{batch.name}”的销号审核流程：" + "→".join(CLOSURE_STEP_LABELS[s] for s in chain),
            before={"steps": before},
            after={"steps": list(chain)},
        )
        return chain
