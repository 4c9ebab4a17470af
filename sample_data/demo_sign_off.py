"""Demonstration closure applications (销号审核) at every step of the chain, one returned.

Written through the chain's commands (so roles, regions, dates, status changes and the audit
trail follow the same rules as in use), by the demo users of 保靖县 and 湘西州 (README), on
findings of the 保靖县 central inspection batch that the demo history left completed
(awaiting sign-off), then on some in progress (their submission completes them). The
batch's chain adds the provincial filing, as a central inspection may. Every date is before
`today`.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from data_access.access import Viewer
from data_access.commands.closure_chain import review_step, set_batch_chain, start_notice, submit_application
from data_access.models import Batch, Finding

BATCH = "baojing-cei2"
MARK = "（演示）"
CHAIN = ("apply", "county_head", "acceptance", "notice", "city_lead", "city_filing", "province_filing")

EDITOR = Viewer("baojing", "保靖县填报员（演示）", "county_editor", "433125", "保靖县")
COUNTY_LEADER = Viewer("baojing_leader", "保靖县领导（演示）", "leader", "433125", "保靖县")
CITY_OFFICE = Viewer("xiangxi", "湘西州整改办（演示）", "office", "433100", "湘西州")
CITY_LEADER = Viewer("xiangxi_leader", "湘西州牵头单位（演示）", "leader", "433100", "湘西州")
PROVINCE_OFFICE = Viewer("office", "整改办（演示）", "office", None, None)

OPINIONS = {
    "county_head": (COUNTY_LEADER, f"整改任务已完成，同意申请验收销号。{MARK}"),
    "acceptance": (CITY_OFFICE, f"经现场核查和资料审核，整改目标已实现，同意销号。{MARK}"),
    "city_lead": (CITY_LEADER, f"同意销号。{MARK}"),
    "city_filing": (CITY_OFFICE, f"予以备案。{MARK}"),
    "province_filing": (PROVINCE_OFFICE, f"予以备案。{MARK}"),
}
# How far each demo application gets: the step it waits at ("returned" / "closed" at the end).
TARGETS = (
    "county_head",
    "acceptance",
    "notice",
    "in_notice",
    "notice_due",
    "city_lead",
    "returned",
    "city_filing",
    "province_filing",
    "closed",
)


def add_demo_sign_off(engine: Engine, *, today: date) -> int:
    """Add the demo applications; returns how many."""
    with Session(engine) as session:
        batch_id = session.scalar(select(Batch.id).where(Batch.code == BATCH))
        if batch_id is None:
            return 0
        findings = session.execute(
            select(Finding.id, func.coalesce(Finding.status_since, today))
            .where(Finding.batch_id == batch_id, Finding.status.in_(("completed", "in_progress")))
            .order_by(Finding.status != "completed", Finding.number)
        ).all()
    set_batch_chain(engine, batch_id=batch_id, steps=CHAIN, user=PROVINCE_OFFICE)
    for target, (finding_id, completed_on) in zip(TARGETS, findings, strict=False):
        start = min(max(completed_on, today - timedelta(days=60)), today - timedelta(days=30))
        _play(engine, finding_id, target, start=start, today=today)
    return min(len(TARGETS), len(findings))


def _play(engine: Engine, finding_id: int, target: str, *, start: date, today: date) -> None:
    day = start
    result = submit_application(
        engine,
        finding_id=finding_id,
        user=EDITOR,
        implementing_body="保靖县人民政府",
        completion_narrative=f"已按整改方案完成全部整改措施，整改目标已实现，申请验收销号。{MARK}",
        submitted_on=day,
        today=today,
    )
    while result.current_step and result.current_step != target:
        step = result.current_step
        if step == "notice":
            place = f"保靖县人民政府门户网站{MARK}"
            if target in ("in_notice", "notice_due"):
                # a running notice ends after today; an ended one is waiting for its result
                end = today + timedelta(days=3) if target == "in_notice" else today - timedelta(days=2)
                start_notice(
                    engine,
                    application_id=result.application_id,
                    user=EDITOR,
                    place=place,
                    start_on=end - timedelta(days=6),
                    end_on=end,
                    today=today,
                )
                return
            day += timedelta(days=2)
            start_notice(
                engine,
                application_id=result.application_id,
                user=EDITOR,
                place=place,
                start_on=day,
                end_on=day + timedelta(days=6),
                today=today,
            )
            day += timedelta(days=7)
            result = review_step(
                engine,
                application_id=result.application_id,
                user=EDITOR,
                decision="approve",
                opinion=f"公示期满，未收到异议。{MARK}",
                decided_on=day,
                today=today,
                objections="公示期内未收到异议",
            )
            continue
        day += timedelta(days=3)
        user, opinion = OPINIONS[step]
        decision = "approve"
        if target == "returned" and step == "acceptance":
            decision, opinion = "return", f"现场仍有部分问题未整改到位，请补充佐证材料后重新申请。{MARK}"
        result = review_step(
            engine,
            application_id=result.application_id,
            user=user,
            decision=decision,
            opinion=opinion,
            decided_on=day,
            today=today,
        )
        if decision == "return":
            return
