"""Reads of the closure sign-off chain (销号审核): who may record a step, a finding's
applications with their steps, each user's work lists and their counts, the applications
stuck longest, and the findings under review / returned / in public notice for the overview
and the dispatch. The writes are `data_access.commands.closure_chain`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
from sqlalchemy import ColumnElement, Engine, and_, case, false, func, or_, select, true
from sqlalchemy.orm import Session

from core.state import DEFAULT_CHAIN, STEP_ROLES, step_region
from core.vocabulary import (
    CLOSURE_DECISION_LABELS,
    CLOSURE_STATE_LABELS,
    CLOSURE_STEP_LABELS,
    ROLE_LABELS,
)
from data_access.access import EXPORT, SYSTEM, Viewer, finding_in_scope, finding_within, require
from data_access.metrics import FindingFilters, findings_view
from data_access.models import (
    Batch,
    ClosureApplication,
    ClosureBatchStep,
    ClosureNotice,
    ClosureReview,
    Finding,
    Region,
)

WORK_LISTS = {
    "to_review": "待我审核",
    "returned": "被退回",
    "in_notice": "公示中",
    "notice_due": "公示到期",
}
# The states the overview and the dispatch count (a finding by its latest application).
COUNTED_STATES = ("under_review", "returned", "in_public_notice")


# --- who may record a step ----------------------------------------------------------------------


def may_record(viewer: Viewer, step: str, province: str, city: str | None, county: str | None) -> bool:
    """True when the viewer's role and region are those of `step` on a finding of these regions.

    The command line may record any step; a user without a region (national office) only the
    provincial filing."""
    if viewer.role == SYSTEM:
        return True
    roles, levels = STEP_ROLES[step]
    if viewer.role not in roles:
        return False
    if viewer.region_code is None:
        return "province" in levels
    return viewer.region_code in step_region(step, province, city, county)


def step_refusal(
    viewer: Viewer, step: str, province: str, city: str | None, county: str | None, names
) -> str:
    """The Chinese message for a user who may not record `step` (names: region code → name)."""
    roles, _levels = STEP_ROLES[step]
    who = "或".join(ROLE_LABELS[r] for r in sorted(roles))
    where = "、".join(names.get(code, code) for code in step_region(step, province, city, county))
    return (
        f"“{CLOSURE_STEP_LABELS[step]}”须由{where}的{who}填写；"
        f"您是{viewer.scope_label}的{viewer.role_label}，本次未保存任何内容。"
    )


def _level_code(level: str) -> ColumnElement:
    return {
        "county": func.coalesce(Finding.county_code, Finding.city_code, Finding.province_code),
        "city": func.coalesce(Finding.city_code, Finding.province_code),
        "province": Finding.province_code,
    }[level]


def _may_record_sql(viewer: Viewer, step: str) -> ColumnElement[bool]:
    """may_record in SQL, on `Finding`'s columns."""
    if viewer.role == SYSTEM:
        return true()
    roles, levels = STEP_ROLES[step]
    if viewer.role not in roles:
        return false()
    if viewer.region_code is None:
        return true() if "province" in levels else false()
    return or_(*(_level_code(level) == viewer.region_code for level in levels))


def _can_act(viewer: Viewer) -> ColumnElement[bool]:
    """The application's current step is one the viewer may record."""
    return or_(
        *(and_(ClosureApplication.current_step == step, _may_record_sql(viewer, step)) for step in STEP_ROLES)
    )


# --- a batch's chain ----------------------------------------------------------------------------


def batch_chain(session: Session, batch_id: int) -> tuple[str, ...]:
    """The steps a batch's applications go through (the default chain without its own list)."""
    steps = tuple(
        session.scalars(
            select(ClosureBatchStep.step)
            .where(ClosureBatchStep.batch_id == batch_id)
            .order_by(ClosureBatchStep.position)
        )
    )
    return steps or DEFAULT_CHAIN


def batch_chains(engine: Engine) -> pd.DataFrame:
    """Every batch with its chain (labels joined), for the office's configuration."""
    with Session(engine) as session:
        batches = session.execute(select(Batch.id, Batch.name, Batch.level).order_by(Batch.id)).all()
        # Every batch's own steps in one query (not one per batch: a national database has hundreds).
        own: dict[int, list[str]] = {}
        for batch_id, step in session.execute(
            select(ClosureBatchStep.batch_id, ClosureBatchStep.step).order_by(
                ClosureBatchStep.batch_id, ClosureBatchStep.position
            )
        ):
            own.setdefault(batch_id, []).append(step)
    rows = [
        {
            "batch_id": batch_id,
            "batch_name": name,
            "level": level,
            "steps": own.get(batch_id) or list(DEFAULT_CHAIN),
        }
        for batch_id, name, level in batches
    ]
    return pd.DataFrame(rows, columns=["batch_id", "batch_name", "level", "steps"])


# --- one finding's applications -------------------------------------------------------------------


def latest_application(session: Session, finding_id: int) -> ClosureApplication | None:
    return session.scalar(
        select(ClosureApplication)
        .where(ClosureApplication.finding_id == finding_id)
        .order_by(ClosureApplication.id.desc())
        .limit(1)
    )


def _review_dict(review: ClosureReview) -> dict[str, Any]:
    try:
        seen = json.loads(review.seen_evidence or "[]")
    except ValueError:
        seen = []
    return {
        "review_id": review.id,
        "step": review.step,
        "step_label": CLOSURE_STEP_LABELS.get(review.step, review.step),
        "decision": review.decision,
        "decision_label": CLOSURE_DECISION_LABELS.get(review.decision, review.decision),
        "opinion": review.opinion,
        "decided_by": review.decided_by,
        "role": review.role,
        "region_code": review.region_code,
        "decided_on": review.decided_on,
        "decided_at": review.decided_at,
        "seen_evidence": seen,
    }


def application_dict(application: ClosureApplication) -> dict[str, Any]:
    notice = application.notice
    return {
        "application_id": application.id,
        "finding_id": application.finding_id,
        "steps": application.steps.split(","),
        "state": application.state,
        "state_label": CLOSURE_STATE_LABELS[application.state],
        "current_step": application.current_step,
        "current_step_label": CLOSURE_STEP_LABELS.get(application.current_step or "", ""),
        "implementing_body": application.implementing_body,
        "completion_narrative": application.completion_narrative,
        "submitted_by": application.submitted_by,
        "submitted_on": application.submitted_on,
        "waiting_since": application.waiting_since,
        "returned_reason": application.returned_reason,
        "returned_on": application.returned_on,
        "closed_on": application.closed_on,
        "notice": None
        if notice is None
        else {
            "place": notice.place,
            "start_on": notice.start_on,
            "end_on": notice.end_on,
            "objections": notice.objections,
            "concluded_on": notice.concluded_on,
        },
        "reviews": [_review_dict(r) for r in application.reviews],
    }


def finding_applications(engine: Engine, *, finding_id: int, scope_code: str | None = None) -> list[dict]:
    """The finding's applications, newest first, each with every step recorded (the history)."""
    with Session(engine) as session:
        if not finding_in_scope(session, finding_id, scope_code):
            return []
        applications = session.scalars(
            select(ClosureApplication)
            .where(ClosureApplication.finding_id == finding_id)
            .order_by(ClosureApplication.id.desc())
        ).all()
        return [application_dict(a) for a in applications]


def application(engine: Engine, *, application_id: int, viewer: Viewer) -> dict[str, Any] | None:
    """One application with the finding's regions and what the viewer may do now (None: not
    found or outside the viewer's region)."""
    with Session(engine) as session:
        found = session.get(ClosureApplication, application_id)
        if found is None or not finding_in_scope(session, found.finding_id, viewer.region_code):
            return None
        finding = session.get(Finding, found.finding_id)
        assert finding is not None
        values = application_dict(found)
        values.update(
            finding_title=finding.title,
            finding_label=finding.label,
            batch_name=finding.batch.name,
            finding_status=finding.status,
            may_act=bool(
                found.current_step
                and found.state in ("under_review", "in_public_notice")
                and may_record(viewer, found.current_step, *_codes(finding))
            ),
            may_resubmit=found.state in ("returned", "withdrawn")
            and may_record(viewer, "apply", *_codes(finding)),
            may_withdraw=found.state in ("under_review", "in_public_notice")
            and may_record(viewer, "apply", *_codes(finding)),
        )
        return values


def _codes(finding: Finding) -> tuple[str, str | None, str | None]:
    return finding.province_code, finding.city_code, finding.county_code


def region_names(session: Session, codes) -> dict[str, str]:
    codes = [c for c in codes if c]
    if not codes:
        return {}
    return dict(session.execute(select(Region.code, Region.name).where(Region.code.in_(codes))).all())


# --- work lists ---------------------------------------------------------------------------------


def _latest_ids():
    return select(func.max(ClosureApplication.id).label("id")).group_by(ClosureApplication.finding_id)


def _work_conditions(viewer: Viewer, today: date) -> dict[str, ColumnElement[bool]]:
    in_notice = ClosureApplication.state == "in_public_notice"
    mine = (
        ClosureApplication.submitted_by_user_id == viewer.user_id if viewer.user_id is not None else false()
    )
    return {
        "to_review": and_(ClosureApplication.state == "under_review", _can_act(viewer)),
        "returned": and_(ClosureApplication.state == "returned", or_(mine, _may_record_sql(viewer, "apply"))),
        "in_notice": and_(in_notice, ClosureNotice.end_on >= today),
        "notice_due": and_(in_notice, ClosureNotice.end_on < today),
    }


def _in_scope(query, viewer: Viewer):
    """Latest applications of findings inside the viewer's region (query joins Finding)."""
    query = query.where(ClosureApplication.id.in_(_latest_ids()))
    if viewer.region_code:
        query = query.where(finding_within(viewer.region_code))
    return query


def work_counts(engine: Engine, *, viewer: Viewer, today: date) -> dict[str, int]:
    """How many applications are in each of the viewer's work lists (one query)."""
    conditions = _work_conditions(viewer, today)
    query = (
        select(
            *(
                func.coalesce(func.sum(case((condition, 1), else_=0)), 0).label(key)
                for key, condition in conditions.items()
            )
        )
        .select_from(ClosureApplication)
        .join(Finding, Finding.id == ClosureApplication.finding_id)
        .outerjoin(ClosureNotice, ClosureNotice.application_id == ClosureApplication.id)
    )
    with engine.connect() as connection:
        row = connection.execute(_in_scope(query, viewer)).one()
    return {key: int(row._mapping[key]) for key in conditions}


def _list_query():
    return (
        select(
            ClosureApplication.id.label("application_id"),
            Finding.id.label("finding_id"),
            Batch.name.label("batch_name"),
            Finding.label.label("finding_label"),
            Finding.title,
            Region.name.label("region_name"),
            ClosureApplication.state,
            ClosureApplication.current_step,
            ClosureApplication.submitted_by,
            ClosureApplication.submitted_on,
            ClosureApplication.waiting_since,
            ClosureApplication.returned_reason,
            ClosureNotice.place.label("notice_place"),
            ClosureNotice.end_on.label("notice_end"),
        )
        .join(Finding, Finding.id == ClosureApplication.finding_id)
        .join(Batch, Batch.id == Finding.batch_id)
        .join(Region, Region.code == Finding.region_code)
        .outerjoin(ClosureNotice, ClosureNotice.application_id == ClosureApplication.id)
        .order_by(ClosureApplication.waiting_since, ClosureApplication.id)
    )


def _list_frame(engine: Engine, query, today: date) -> pd.DataFrame:
    with engine.connect() as connection:
        frame = pd.read_sql(query, connection)
    frame["days_waiting"] = [(today - d).days for d in pd.to_datetime(frame["waiting_since"]).dt.date]
    return frame


def work_list(engine: Engine, *, viewer: Viewer, today: date, which: str) -> pd.DataFrame:
    """The applications in one of the viewer's work lists, oldest waiting first."""
    condition = _work_conditions(viewer, today)[which]
    return _list_frame(engine, _in_scope(_list_query().where(condition), viewer), today)


def stuck_longest(engine: Engine, *, viewer: Viewer, today: date, limit: int = 20) -> pd.DataFrame:
    """Applications in the chain (under review or in public notice) waiting longest at one step,
    inside the viewer's region: the office's list."""
    active = ClosureApplication.state.in_(("under_review", "in_public_notice"))
    return _list_frame(engine, _in_scope(_list_query().where(active), viewer).limit(limit), today)


# --- the figures of the overview and the dispatch -----------------------------------------------


def sign_off_counts(engine: Engine, *, filters: FindingFilters, today: date) -> dict[str, int]:
    """Findings passing the filters whose latest application is under review, returned or in
    public notice (the chain's state now, whatever the as-of day)."""
    view = findings_view(filters, today=today)
    query = (
        select(ClosureApplication.state, func.count())
        .join(view, view.c.finding_id == ClosureApplication.finding_id)
        .where(ClosureApplication.id.in_(_latest_ids()), ClosureApplication.state.in_(COUNTED_STATES))
        .group_by(ClosureApplication.state)
    )
    with engine.connect() as connection:
        found = dict(connection.execute(query).all())
    return {state: int(found.get(state, 0)) for state in COUNTED_STATES}


def submittable_findings(engine: Engine, *, viewer: Viewer, limit: int = 500) -> pd.DataFrame:
    """Findings the viewer may apply to close: not closed, no application in the chain, the
    viewer an applicant of their region. Completed ones first (they wait for sign-off)."""
    active = (
        select(ClosureApplication.finding_id)
        .where(ClosureApplication.id.in_(_latest_ids()))
        .where(ClosureApplication.state.in_(("under_review", "in_public_notice", "returned")))
    )
    query = (
        select(
            Finding.id.label("finding_id"),
            Batch.name.label("batch_name"),
            Finding.label.label("finding_label"),
            Finding.title,
            Finding.status,
            Region.name.label("region_name"),
        )
        .join(Batch, Batch.id == Finding.batch_id)
        .join(Region, Region.code == Finding.region_code)
        .where(Finding.status != "closed", Finding.id.not_in(active), _may_record_sql(viewer, "apply"))
        .order_by((Finding.status == "completed").desc(), Batch.id, Finding.number)
        .limit(limit)
    )
    if viewer.region_code:
        query = query.where(finding_within(viewer.region_code))
    with engine.connect() as connection:
        return pd.read_sql(query, connection)


# --- the closure form (整改验收销号登记表) ---------------------------------------------------------
# The form's rows for each step, in its wording (seed 000).
STEP_ROWS = (
    ("county_head", "县市区政府主要负责人意见"),
    ("acceptance", "验收销号意见"),
    ("notice", "公示情况"),
    ("city_lead", "市直牵头整改验收单位意见"),
    ("city_filing", "市突出环境问题整改工作领导小组办公室审查备案意见"),
    ("province_filing", "省突出环境问题整改工作领导小组办公室备案意见"),
)
NOT_IN_CHAIN = "（本批次不设此环节）"
BLANK_DATE = "年    月    日"


@dataclass(frozen=True)
class ClosureFormContent:
    batch_name: str
    implementing_body: str
    applied_on: date | None
    state_label: str
    rows: tuple[tuple[str, str], ...]  # (label, text) in the form's order

    @property
    def filename_stem(self) -> str:
        return f"整改验收销号登记表-{self.rows[0][1][:12]}"


def form_day(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else BLANK_DATE


def closure_form_content(engine: Engine, viewer: Viewer, finding_id: int) -> ClosureFormContent | None:
    """The form's text for a finding with a closure application (None: no application, or the
    finding is outside the viewer's region). Downloads need the export right."""
    require(viewer, EXPORT)
    with Session(engine) as session:
        if not finding_in_scope(session, finding_id, viewer.region_code):
            return None
        application = latest_application(session, finding_id)
        if application is None:
            return None
        finding = session.get(Finding, finding_id)
        assert finding is not None
        reviews = list(application.reviews)
        last_submit = max(i for i, r in enumerate(reviews) if r.decision == "submit")
        current = reviews[last_submit:]
        approved = {r.step: r for r in current if r.decision == "approve"}
        returned = next((r for r in reversed(current) if r.decision == "return"), None)
        steps = application.steps.split(",")
        notice = application.notice
        rows: list[tuple[str, str]] = [
            ("披露/指出问题", finding.problem),
            ("整改目标", finding.target or "—"),
            ("整改时限", finding.deadline_text or "—"),
            ("整改完成情况", application.completion_narrative or ""),
        ]
        for step, label in STEP_ROWS:
            if step not in steps:
                if step != "province_filing":  # the form has no provincial row unless the chain has it
                    rows.append((label, NOT_IN_CHAIN))
                continue
            if step == "notice":
                if notice is None:
                    text = "公示地点：\n公示时间：    年  月  日 至     年  月  日\n异议情况："
                else:
                    text = (
                        f"公示地点：{notice.place}\n"
                        f"公示时间：{form_day(notice.start_on)}至{form_day(notice.end_on)}\n"
                        f"异议情况：{notice.objections or '公示中'}"
                    )
                rows.append((label, text))
                continue
            review = approved.get(step)
            if review is None:
                text = f"\n（签字）\n{BLANK_DATE}"
            else:
                text = f"{review.opinion or ''}\n（签字）{review.decided_by}\n{form_day(review.decided_on)}"
            rows.append((label, text))
        if returned is not None:
            rows.append(
                ("退回记录", f"{form_day(returned.decided_on)} {returned.decided_by}：{returned.opinion}")
            )
        names = region_names(session, [finding.region_code])
        body = application.implementing_body or f"{names.get(finding.region_code, '')}人民政府"
        return ClosureFormContent(
            batch_name=finding.batch.name,
            implementing_body=body,
            applied_on=application.submitted_on,
            state_label=CLOSURE_STATE_LABELS[application.state],
            rows=tuple(rows),
        )
