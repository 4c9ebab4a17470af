"""Deterministic demonstration history on top of the transcribed plans.

The seeds give findings, measures and deadlines, but not what happened afterwards. For the
demo this module invents — clearly marked 演示 — monthly reports, status changes (including
closures, reopenings after a 回头看 and moved deadlines), closure records, map sites and
indicator values. The same seed and the same `today` always give the same database.

Outcomes are dealt from fixed rotations rather than drawn independently, so the demo always
shows every case a user should see (overdue, due soon, late report, reopened, …).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import cycle

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.vocabulary import OPEN_STATUSES, water_class_rank
from data_access.commands.findings import (
    DeadlineSpec,
    add_deadline,
    mark_deadlines_met,
    move_deadline,
    record_status_change,
    refresh_state,
    region_columns,
)
from data_access.metrics import report_period_due
from data_access.models import (
    Batch,
    ClosureRecord,
    Finding,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    ProgressReport,
    Region,
    Site,
    SiteFinding,
)

DEMO_SEED = 20261123
DEMO_MARK = "（演示）"

# Dealt in turn to findings with a dated deadline / with rolling deadlines only.
DATED_OUTCOMES = (
    "closed",
    "overdue",
    "moved_soon",
    "closed",
    "completed",
    "reopened",
    "closed",
    "moved_later",
    "overdue",
    "closed",
    "moved_soon",
    "completed",
)
ROLLING_OUTCOMES = (
    "in_progress",
    "closed",
    "in_progress",
    "completed",
    "in_progress",
    "reopened",
    "in_progress",
)
# Share of closed findings whose work finished (and was accepted) within the last year.
RECENT_CLOSURE_SHARE = 0.35
# Every third open rolling finding has not yet sent the report that fell due last.
LATE_REPORT_EVERY = 3


def generate_demo_history(session: Session, *, today: date, seed: int = DEMO_SEED) -> None:
    """Add demo reports, status changes, closure records, sites and indicator values."""
    findings = session.scalars(
        select(Finding)
        .join(Batch)
        .options(selectinload(Finding.deadlines), selectinload(Finding.measures), selectinload(Finding.units))
        .order_by(Batch.code, Finding.number)
    ).all()
    rng = random.Random(seed)
    # A fixed shuffle so neighbouring findings of one plan get different outcomes.
    order = sorted(findings, key=lambda f: random.Random(f"{seed}:{f.batch.code}:{f.number}").random())
    dated_outcomes = cycle(DATED_OUTCOMES)
    rolling_outcomes = cycle(ROLLING_OUTCOMES)
    open_rolling_seen = 0
    for finding in order:
        start = finding.registered_on or date(today.year - 3, 1, 1)
        if finding.closures:  # a real closure application (seed 000): keep it as the source says
            outcome = "as_recorded"
        elif finding.status == "completed":  # marked done in the plan: it ends closed
            outcome = "closed"
        elif finding.next_due_date is not None:
            outcome = next(dated_outcomes)
        else:
            outcome = next(rolling_outcomes)
        _play_outcome(session, finding, outcome, start=start, today=today, rng=rng)
        refresh_state(session, [finding])
        late = False
        if finding.status in OPEN_STATUSES and finding.has_rolling_deadline:
            open_rolling_seen += 1
            late = open_rolling_seen % LATE_REPORT_EVERY == 0
        _add_reports(session, finding, start=start, today=today, rng=rng, skip_last=late)
        _set_measure_progress(finding, rng)
        refresh_state(session, [finding])
    _add_sites(session, rng)
    _add_indicator_values(session, today=today, rng=rng)


def _days(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(days=rng.randint(low, high))


def _play_outcome(
    session: Session, finding: Finding, outcome: str, *, start: date, today: date, rng: random.Random
) -> None:
    started = min(start + _days(rng, 10, 45), today)
    if finding.status == "not_started":
        record_status_change(session, finding, "in_progress", on=started, source="report", reason="启动整改")
    due = finding.next_due_date
    if outcome == "as_recorded":
        return
    # Some work finishes in recent months, so every recent monthly dispatch has news to report.
    recent = outcome == "completed" or (outcome == "closed" and rng.random() < RECENT_CLOSURE_SHARE)
    if outcome in ("closed", "completed", "reopened"):
        if finding.status != "completed":
            anchor = due or (started + _days(rng, 200, 700))
            if recent:
                anchor = (
                    today - _days(rng, 20, 110) if outcome == "completed" else today - _days(rng, 110, 230)
                )
            done_on = min(
                max(anchor - _days(rng, 0, 20 if recent else 90), started + timedelta(days=30)),
                today - timedelta(days=15 if recent else 40),
            )
            record_status_change(
                session, finding, "completed", on=done_on, source="report", reason="整改任务已全部完成"
            )
        done_on = finding.status_since or today
        mark_deadlines_met(finding, on=done_on)
        if outcome == "completed":
            _add_closure(
                session, finding, applied_on=min(done_on + _days(rng, 5, 20), today), accepted_on=None
            )
            return
        closed_on = min(done_on + _days(rng, 45, 90 if recent else 150), today - timedelta(days=8))
        closed_on = max(closed_on, done_on + timedelta(days=15))
        _add_closure(session, finding, applied_on=done_on + _days(rng, 5, 12), accepted_on=closed_on)
        record_status_change(session, finding, "closed", on=closed_on, source="closure", reason="验收销号")
        if outcome == "reopened":
            reopened_on = min(closed_on + _days(rng, 120, 400), today - timedelta(days=30))
            reopened_on = max(reopened_on, closed_on + timedelta(days=10))
            record_status_change(
                session,
                finding,
                "reopened",
                on=reopened_on,
                source="recheck",
                reason="“回头看”发现问题反弹，重新交办",
            )
            due = reopened_on + _days(rng, 90, 240)
            text = f"{due.year}年{due.month}月{due.day}日（回头看重新交办）"
            add_deadline(finding, DeadlineSpec("date", due, text, "回头看发现的反弹问题"), on=reopened_on)
        return
    if outcome in ("moved_soon", "moved_later") and due is not None:
        current = next(d for d in finding.deadlines if d.due_date == due and d.superseded_on is None)
        moved_on = max(today - _days(rng, 10, 100), started)  # extensions granted in recent months
        new_due = today + (_days(rng, 3, 27) if outcome == "moved_soon" else _days(rng, 60, 240))
        move_deadline(finding, current, new_due, on=moved_on)


def _add_closure(session: Session, finding: Finding, *, applied_on: date, accepted_on: date | None) -> None:
    lead = _lead_unit_name(finding)
    record = ClosureRecord(
        finding_id=finding.id,
        implementing_body=lead,
        applied_on=applied_on,
        problem=finding.problem,
        target=finding.target,
        deadline_text=finding.deadline_text,
        completion_narrative=(
            f"{DEMO_MARK}已按整改措施完成全部{len(finding.measures)}项整改任务，佐证材料见各月调度记录。"
            if finding.measures
            else f"{DEMO_MARK}整改任务已全部完成，佐证材料见各月调度记录。"
        ),
        county_head_opinion=f"同意申请验收销号。{DEMO_MARK}",
        county_head_signer=f"政府主要负责人{DEMO_MARK}",
        county_head_signed_on=applied_on,
    )
    if accepted_on is not None:
        notice_start = max(applied_on + timedelta(days=3), accepted_on - timedelta(days=14))
        record.acceptance_opinion = f"经现场核查，整改目标已实现，同意销号。{DEMO_MARK}"
        record.acceptance_signer = f"验收组组长{DEMO_MARK}"
        record.acceptance_signed_on = accepted_on - timedelta(days=1)
        record.notice_place = f"本级人民政府门户网站{DEMO_MARK}"
        record.notice_start = notice_start
        record.notice_end = notice_start + timedelta(days=6)
        record.notice_objections = "公示期内未收到异议"
        record.city_lead_opinion = f"同意销号。{DEMO_MARK}"
        record.city_lead_signer = f"牵头验收单位负责人{DEMO_MARK}"
        record.city_lead_signed_on = accepted_on
        record.filing_opinion = f"予以备案。{DEMO_MARK}"
        record.filing_signer = f"整改办负责人{DEMO_MARK}"
        record.filing_signed_on = accepted_on
    session.add(record)
    finding.closures.append(record)


def _lead_unit_name(finding: Finding) -> str | None:
    leads = [u for u in finding.units if u.role == "lead"]
    return leads[0].unit.name if leads else None


def _month_starts(first: date, last: date) -> list[date]:
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return months


def _add_reports(
    session: Session, finding: Finding, *, start: date, today: date, rng: random.Random, skip_last: bool
) -> None:
    """One report per month while the finding is being worked on, up to the last month due."""
    events = sorted(finding.status_events, key=lambda e: (e.changed_on, e.id or 0))
    last_due = report_period_due(today)
    first = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
    months = _month_starts(first, last_due)
    if skip_last and months and months[-1] == last_due:
        months = months[:-1]
    lead = next((u.unit_id for u in finding.units if u.role == "lead"), None)
    measures = finding.measures
    done_on = next((e.changed_on for e in events if e.to_status == "completed"), None)
    total_span = max(((done_on or today) - start).days, 30)
    reported_closed = False
    for index, month in enumerate(months):
        month_end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        status = _status_on(events, month_end)
        if status == "closed":
            if reported_closed:
                continue  # nothing more to report once closed
            reported_closed = True
        if status == "not_started":
            continue
        if status in ("completed", "closed"):
            progress = 100.0
        else:
            elapsed = (month_end - start).days / total_span
            progress = round(min(95.0, max(5.0, elapsed * 85 + rng.uniform(-5, 5))), 0)
        measure = measures[index % len(measures)] if measures else None
        focus = _first_clause(measure.text) if measure else finding.title
        narrative = f"{month.month}月推进“{focus}”，累计完成约{progress:.0f}%。{DEMO_MARK}"
        late_by = rng.random() < 0.15
        reported_on = (
            month.replace(day=28) + _days(rng, 1, 6) if late_by else month.replace(day=rng.randint(18, 28))
        )
        session.add(
            ProgressReport(
                finding_id=finding.id,
                period=month,
                status=status,
                progress_pct=progress,
                narrative=narrative,
                problems=None if progress >= 100 else f"部分工作进度受资金和季节影响。{DEMO_MARK}",
                next_steps=None if progress >= 100 else f"下月继续推进，按月报送进展。{DEMO_MARK}",
                reporting_unit_id=lead,
                reporter=None,
                reported_on=min(reported_on, today),
            )
        )


def _status_on(events, day: date) -> str:
    status = "not_started"
    for event in events:
        if event.changed_on <= day:
            status = event.to_status
    return status


def _first_clause(text: str) -> str:
    for stop in "。；，":
        head = text.split(stop)[0]
        if 4 <= len(head) <= 30:
            return head
    return text[:20]


def _set_measure_progress(finding: Finding, rng: random.Random) -> None:
    done = finding.status in ("completed", "closed")
    count = len(finding.measures)
    finished = count if done else rng.randint(0, max(count - 1, 0))
    for index, measure in enumerate(finding.measures):
        if index < finished:
            measure.status, measure.progress_pct = "completed", 100.0
        elif index == finished and not done:
            measure.status, measure.progress_pct = "in_progress", float(rng.randint(20, 80))
        else:
            measure.status, measure.progress_pct = "not_started", 0.0


# --- sites -----------------------------------------------------------------------------

# (county, type, subtype, count, name, status, risk, linked finding (batch, number), sensitive)
# Counts for 零陵区 are the report's own figures (seed 000): 19 priority plots, 48 closed
# enterprises surveyed, 6 tailings ponds tested. Names and positions are demonstration.
SITE_PLAN = (
    (
        "431102",
        "contaminated_plot",
        "priority_supervised",
        19,
        "零陵区优先监管地块{n:02d}",
        "已管控并销号",
        "medium",
        ("yongzhou-npc-soil", 1),
        False,
    ),
    (
        "431102",
        "contaminated_plot",
        "closed_relocated",
        48,
        "零陵区关闭企业地块{n:02d}",
        "已完成初步调查",
        "low",
        ("yongzhou-npc-soil", 1),
        False,
    ),
    (
        "431102",
        "tailings_pond",
        "ownerless",
        6,
        "零陵区尾矿库{n:02d}",
        "周边水质检测达标，调出监管清单中",
        "medium",
        ("yongzhou-npc-soil", 1),
        False,
    ),
    (
        "433125",
        "tailings_pond",
        "stopped",
        2,
        "保靖县闭库治理尾矿库{n:02d}",
        "闭库工程实施中",
        "high",
        ("baojing-cei2", 17),
        False,
    ),
    (
        "433125",
        "tailings_pond",
        "ownerless",
        3,
        "保靖县无主尾矿库{n:02d}",
        "筹措治理资金",
        "high",
        ("baojing-cei2", 17),
        False,
    ),
    (
        "433125",
        "abandoned_mine",
        "abandoned",
        10,
        "保靖县历史遗留废弃矿山{n:02d}",
        "生态修复中",
        "medium",
        ("baojing-cei2", 16),
        False,
    ),
    (
        "433125",
        "tailings_pond",
        "in_use",
        2,
        "保靖县在用尾矿库{n:02d}",
        "在用，定期监测",
        "low",
        ("baojing-cei2", 7),
        False,
    ),
    (
        "430304",
        "contaminated_plot",
        "closed_relocated",
        1,
        "竹埠港工业园易家坪片区",
        "综合治理工程实施中",
        "high",
        ("xiangtan-pei3", 10),
        True,
    ),
    (
        "430302",
        "contaminated_plot",
        "closed_relocated",
        1,
        "锰矿地区彭家塘友谊村历史遗留废渣",
        "综合治理工程实施中",
        "high",
        ("xiangtan-pei3", 10),
        False,
    ),
    (
        "430381",
        "contaminated_plot",
        "closed_relocated",
        1,
        "原湖南铁合金厂和联大锰矿废渣堆场",
        "清理处置中",
        "high",
        ("xiangtan-pei3", 16),
        False,
    ),
    (
        "430381",
        "contaminated_plot",
        "closed_relocated",
        1,
        "湘乡铝厂锂渣场",
        "风险管控工程已完工",
        "high",
        ("xiangtan-pei3", 16),
        False,
    ),
    (
        "430302",
        "tailings_pond",
        "stopped",
        1,
        "湖南金盛锰业有限公司尾矿库",
        "污染治理项目实施中",
        "high",
        ("xiangtan-pei3", 7),
        False,
    ),
    (
        "430381",
        "tailings_pond",
        "stopped",
        1,
        "湖南铁合金厂渣场",
        "污染治理项目实施中",
        "high",
        ("xiangtan-pei3", 7),
        False,
    ),
    (
        "430304",
        "contaminated_plot",
        "priority_supervised",
        4,
        "岳塘区优先监管地块{n:02d}",
        "风险管控中",
        "medium",
        ("xiangtan-pei3", 20),
        True,
    ),
    (
        "430321",
        "farmland",
        "strict_control",
        4,
        "湘潭县严格管控类耕地片区{n:02d}",
        "种植结构调整",
        "high",
        ("xiangtan-pei3", 20),
        False,
    ),
    (
        "430321",
        "farmland",
        "safe_use",
        4,
        "湘潭县安全利用类耕地片区{n:02d}",
        "农艺调控",
        "medium",
        ("xiangtan-pei3", 20),
        False,
    ),
    (
        "140826",
        "contaminated_plot",
        "closed_relocated",
        4,
        "绛县腾退地块{n:02d}",
        "土壤污染状况调查中",
        "medium",
        ("jiangxian-soil-2023", 8),
        True,
    ),
    (
        "140826",
        "farmland",
        "safe_use",
        4,
        "绛县安全利用类耕地片区{n:02d}",
        "安全利用",
        "medium",
        ("jiangxian-soil-2023", 6),
        False,
    ),
    (
        "140826",
        "farmland",
        "priority_protect",
        3,
        "绛县优先保护类耕地片区{n:02d}",
        "划入永久基本农田",
        "low",
        ("jiangxian-soil-2023", 5),
        False,
    ),
    (
        "431173",
        "farmland",
        "safe_use",
        5,
        "回龙圩安全利用类耕地片区{n:02d}",
        "农艺调控",
        "medium",
        None,
        False,
    ),
    (
        "431173",
        "farmland",
        "strict_control",
        2,
        "回龙圩严格管控类耕地片区{n:02d}",
        "退出水稻种植",
        "high",
        None,
        False,
    ),
)
# Degrees around a county seat within which demo sites are scattered (about ±8 km).
SCATTER_DEGREES = 0.07


def _add_sites(session: Session, rng: random.Random) -> None:
    findings = {
        (batch_code, number): finding_id
        for batch_code, number, finding_id in session.execute(
            select(Batch.code, Finding.number, Finding.id).join(Finding.batch)
        )
    }
    for group, plan in enumerate(SITE_PLAN, start=1):
        county, site_type, subtype, count, pattern, status, risk, link, sensitive = plan
        region = session.get(Region, county)
        for n in range(1, count + 1):
            code = f"demo-{county}-{group:02d}-{n:02d}"
            site = Site(
                code=code,
                name=pattern.format(n=n),
                site_type=site_type,
                subtype=subtype,
                status=status,
                risk_level=risk,
                planned_use=("住宅用地" if sensitive and n % 2 else None),
                sensitive_use=bool(sensitive and n % 2),
                area_mu=round(rng.uniform(5, 300), 1),
                lon=round(region.lon + rng.uniform(-SCATTER_DEGREES, SCATTER_DEGREES), 5),
                lat=round(region.lat + rng.uniform(-SCATTER_DEGREES, SCATTER_DEGREES), 5),
                region_code=county,
                removed_from_list=False,
                notes=f"位置与名称为演示数据{DEMO_MARK}",
                is_demo=True,
                **region_columns(session, county),
            )
            session.add(site)
            session.flush()
            if link and link in findings:
                session.add(SiteFinding(site_id=site.id, finding_id=findings[link]))


# --- indicator values ------------------------------------------------------------------


def _add_indicator_values(session: Session, *, today: date, rng: random.Random) -> None:
    """Yearly values per indicator and target region, trending towards the target.

    Deliberate data-quality cases for the indicator page to flag: one rate above 100%, one
    missing year and one value without a source.
    """
    targets = session.execute(
        select(IndicatorTarget, Indicator).join(Indicator, Indicator.id == IndicatorTarget.indicator_id)
    ).all()
    seen: set[tuple[int, str]] = set()
    impossible_done = missing_done = unsourced_done = False
    for target, indicator in targets:
        key = (indicator.id, target.region_code)
        if key in seen:
            continue
        seen.add(key)
        years = list(range(max((target.target_year or today.year) - 5, 2016), today.year))
        for index, year in enumerate(years):
            if not missing_done and index == 2 and len(years) > 4 and indicator.unit == "%":
                missing_done = True  # a missing period
                continue
            value, value_class = _demo_value(indicator, target, index, len(years), rng)
            source = f"年度统计报表{DEMO_MARK}"
            if not unsourced_done and index == len(years) - 2 and indicator.unit == "%":
                source, unsourced_done = None, True
            if (
                not impossible_done
                and indicator.unit == "%"
                and indicator.direction == "higher_better"
                and index == len(years) - 1
            ):
                value, impossible_done = 100.92, True  # as in the report criticised in seed 001
            session.add(
                IndicatorValue(
                    indicator_id=indicator.id,
                    region_code=target.region_code,
                    period=date(year, 1, 1),
                    period_kind="year",
                    value=value,
                    value_class=value_class,
                    source=source,
                    reported_on=date(year + 1, 3, 31),
                )
            )


def _demo_value(indicator: Indicator, target: IndicatorTarget, index: int, count: int, rng: random.Random):
    if indicator.direction == "class_not_worse":
        goal = water_class_rank(target.target_class or "V")
        rank = max(1, min(6, goal - 1 + (1 if rng.random() < 0.25 else 0)))
        return None, ("I", "II", "III", "IV", "V", "劣V")[rank - 1]
    goal = target.target_value if target.target_value is not None else 100.0
    progress = (index + 1) / max(count, 1)
    if indicator.direction == "lower_better":
        value = goal * (1.6 - 0.7 * progress) + rng.uniform(-0.05, 0.05) * goal
    else:
        value = goal * (0.78 + 0.25 * progress) + rng.uniform(-0.02, 0.02) * goal
    if indicator.unit == "%":
        value = min(value, 99.8)
    return round(value, 1), None
