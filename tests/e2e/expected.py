"""What the pages should show, worked out from the server's database with plain SQL.

The browser tests compare what a user reads with these figures. They are computed here
independently of `data_access` (hand-written SQL following docs/metrics.md and
docs/dispatch.md), so a page showing the result of a wrong query fails. Dates are stored as
ISO text in SQLite and passed as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import create_engine, text

from core.vocabulary import RISK_LEVEL_LABELS, SITE_TYPE_LABELS, STATUS_LABELS

DONE = ("completed", "closed")
OPEN = ("not_started", "in_progress", "reopened")
RANK = {"not_started": 0, "in_progress": 1, "reopened": 1, "completed": 2, "closed": 3}
REPORT_DAY = 28

# A region filter: the finding's or site's own division code or one of its ancestors.
IN_REGION = (
    "(:region IS NULL OR {t}.province_code = :region OR {t}.city_code = :region OR {t}.county_code = :region)"
)


def rows(database_url: str, sql: str, **params) -> list:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(sql), params))
    finally:
        engine.dispose()


def region_code(database_url: str, name: str) -> str:
    return rows(database_url, "SELECT code FROM regions WHERE name = :name", name=name)[0][0]


# --- 地图 -----------------------------------------------------------------------------------


def map_counts(database_url: str, region: str | None = None) -> dict:
    """Per layer label: total and sites per risk label; plus the sites planned for sensitive use."""
    found = rows(
        database_url,
        "SELECT site_type, risk_level, COUNT(*), SUM(CASE WHEN sensitive_use THEN 1 ELSE 0 END) "
        f"FROM sites s WHERE {IN_REGION.format(t='s')} GROUP BY site_type, risk_level",
        region=region,
    )
    layers = {label: {"total": 0, "risk": {}} for label in SITE_TYPE_LABELS.values()}
    sensitive = 0
    for site_type, risk, number, planned_sensitive in found:
        layer = layers[SITE_TYPE_LABELS[site_type]]
        layer["total"] += number
        label = f"{RISK_LEVEL_LABELS[risk]}风险" if risk else "未评估"
        layer["risk"][label] = number
        sensitive += planned_sensitive or 0
    return {"layers": layers, "sensitive": sensitive}


# --- 月度调度 -------------------------------------------------------------------------------

STATE_SQL = f"""
SELECT f.id,
  COALESCE((SELECT e.to_status FROM status_events e WHERE e.finding_id = f.id AND e.changed_on <= :day
            ORDER BY e.changed_on DESC, e.id DESC LIMIT 1), 'not_started') AS status,
  (SELECT MIN(d.due_date) FROM deadlines d WHERE d.finding_id = f.id AND d.kind = 'date'
     AND (d.valid_from IS NULL OR d.valid_from <= :day)
     AND (d.superseded_on IS NULL OR d.superseded_on > :day)
     AND (d.met_on IS NULL OR d.met_on > :day)) AS next_due,
  EXISTS (SELECT 1 FROM deadlines d WHERE d.finding_id = f.id
     AND d.kind IN ('immediate', 'ongoing', 'long_term')
     AND (d.valid_from IS NULL OR d.valid_from <= :day)
     AND (d.superseded_on IS NULL OR d.superseded_on > :day)) AS rolling
FROM findings f
WHERE (f.registered_on IS NULL OR f.registered_on <= :day) AND {IN_REGION.format(t="f")}
"""


@dataclass(frozen=True)
class State:
    status: str
    next_due: str | None
    rolling: bool

    @property
    def done(self) -> bool:
        return self.status in DONE

    def overdue(self, day: str) -> bool:
        return self.status in OPEN and self.next_due is not None and self.next_due < day


def states(database_url: str, day: date, region: str | None) -> dict[int, State]:
    """Every finding registered by `day` with its status and deadlines as known that day."""
    found = rows(database_url, STATE_SQL, day=day.isoformat(), region=region)
    return {fid: State(status, due, bool(rolling)) for fid, status, due, rolling in found}


def month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def dispatch(database_url: str, month: date, today: date, region: str | None = None) -> dict:
    """The month against the month before, each as known at its end (docs/dispatch.md)."""
    as_of = min(month_end(month), today)
    previous = (month - timedelta(days=1)).replace(day=1)
    prev_as_of = month_end(previous)
    cur, prev = states(database_url, as_of, region), states(database_url, prev_as_of, region)
    day, prev_day = as_of.isoformat(), prev_as_of.isoformat()

    def figures(snapshot: dict[int, State], on: str) -> dict:
        return {
            "total": len(snapshot),
            "done": sum(s.done for s in snapshot.values()),
            "closed": sum(s.status == "closed" for s in snapshot.values()),
            "overdue": sum(s.overdue(on) for s in snapshot.values()),
        }

    absent = State("absent", None, False)  # not registered yet at the end of the month before
    before = {f: prev.get(f, absent) for f in cur}
    changes = {
        "新完成": {f for f, s in cur.items() if s.done and not before[f].done},
        "新销号": {f for f, s in cur.items() if s.status == "closed" and before[f].status != "closed"},
        "新增逾期": {f for f, s in cur.items() if s.overdue(day) and not before[f].overdue(prev_day)},
    }
    window = {"start": month.isoformat(), "end": day}
    moved = rows(
        database_url,
        "SELECT DISTINCT finding_id FROM deadlines WHERE superseded_on >= :start AND superseded_on <= :end",
        **window,
    )
    changes["调整时限"] = {f for (f,) in moved if f in cur}
    events = rows(
        database_url,
        "SELECT finding_id, COALESCE(from_status, 'not_started'), to_status FROM status_events "
        "WHERE changed_on >= :start AND changed_on <= :end",
        **window,
    )
    changes["状态倒退"] = {f for f, old, new in events if f in cur and RANK[new] < RANK[old]}
    changes["反弹重办"] = {f for f, _old, new in events if f in cur and new == "reopened"}
    return {
        "as_of": as_of,
        "current": figures(cur, day),
        "previous": figures(prev, prev_day),
        "changes": {label: len(found) for label, found in changes.items()},
        "late_units": late_reporters(database_url, month, as_of, cur),
    }


def late_reporters(database_url: str, month: date, as_of: date, cur: dict[int, State]) -> dict[str, tuple]:
    """Lead units of open rolling findings whose report for the month came after the 28th or
    not by the end of the month: label → (due, on time, late, missing, longest days late)."""
    due_day = month.replace(day=REPORT_DAY)
    if as_of <= due_day:
        return {}
    owing = {f for f, s in cur.items() if s.status in OPEN and s.rolling}
    leads = rows(
        database_url,
        "SELECT fu.finding_id, u.id, u.name, r.short_name, "
        "(SELECT COUNT(*) FROM units other WHERE other.name = u.name) "
        "FROM finding_units fu JOIN units u ON u.id = fu.unit_id JOIN regions r ON r.code = u.region_code "
        "WHERE fu.role = 'lead'",
    )
    received = dict(
        rows(
            database_url,
            "SELECT finding_id, reported_on FROM progress_reports "
            "WHERE period = :period AND reported_on <= :day",
            period=month.isoformat(),
            day=as_of.isoformat(),
        )
    )
    units: dict[int, dict] = {}
    for finding_id, unit_id, name, region, same_name in leads:
        if finding_id not in owing:
            continue
        label = f"{name}（{region}）" if same_name > 1 else name
        unit = units.setdefault(unit_id, {"label": label, "days": []})
        for key in ("due", "on_time", "late", "missing"):
            unit.setdefault(key, 0)
        unit["due"] += 1
        reported = received.get(finding_id)
        if reported is None:
            unit["missing"] += 1
            unit["days"].append((as_of - due_day).days)
        elif reported > due_day.isoformat():
            unit["late"] += 1
            unit["days"].append((date.fromisoformat(reported) - due_day).days)
        else:
            unit["on_time"] += 1
    return {
        u["label"]: (u["due"], u["on_time"], u["late"], u["missing"], max(u["days"]))
        for u in units.values()
        if u["late"] or u["missing"]
    }


# --- 指标 -----------------------------------------------------------------------------------

CLASSES = ("I", "II", "III", "IV", "V", "劣V")
SYMBOLS = {"ge": "≥", "le": "≤", "about": "≈", "eq": "="}


def indicator_rows(database_url: str, today: date, region: str | None = None) -> list[dict]:
    """One row per target as the page's table shows it, judged by the rules of docs/metrics.md
    (“Indicator targets”) from the yearly values reported by today: at the target year once
    it has passed, by the least-squares trend of the last five periods before it."""
    targets = rows(
        database_url,
        """
        SELECT t.indicator_id, t.region_code, i.name, r.name, i.unit, i.direction, t.relation,
          t.target_value, t.target_class, t.target_year
        FROM indicator_targets t
        JOIN indicators i ON i.id = t.indicator_id
        JOIN regions r ON r.code = t.region_code
        WHERE :region IS NULL OR r.code = :region OR r.city_code = :region OR r.province_code = :region
        """,
        region=region,
    )
    values: dict[tuple, list] = {}
    for indicator, code, period, value, klass in rows(
        database_url,
        """
        SELECT indicator_id, region_code, period, value, value_class FROM indicator_values
        WHERE reported_on IS NULL OR reported_on <= :today ORDER BY period
        """,
        today=today.isoformat(),
    ):
        values.setdefault((indicator, code), []).append((int(str(period)[:4]), value, klass))
    result = []
    for indicator, code, name, region_name, unit, direction, relation, target, target_class, year in targets:
        result.append(
            _judged_row(
                name,
                region_name,
                unit,
                direction,
                relation,
                target,
                target_class,
                year,
                values.get((indicator, code), []),
                today,
            )
        )
    return result


def _judged_row(name, region, unit, direction, relation, target, target_class, year, series, today) -> dict:
    is_class = direction == "class_not_worse"
    rate = unit in ("%", "％")
    if is_class:
        goal = f"{target_class}类" if relation == "eq" else f"不劣于{target_class}类"
    else:
        goal = f"{SYMBOLS[relation]}{target:g}{unit}"
        goal = f"较基准年下降{goal}" if direction == "reduction_vs_baseline" else goal
    lower_better = (
        is_class or relation == "le" or (relation in ("eq", "about") and direction == "lower_better")
    )

    def level(value, klass):
        return CLASSES.index(klass) + 1 if is_class else value

    def margin_of(value, klass):
        if is_class:
            return CLASSES.index(target_class) - CLASSES.index(klass)
        return target - value if lower_better else value - target

    def meets(value, klass) -> bool:
        margin = margin_of(value, klass)
        if is_class:
            return margin == 0 if relation == "eq" else margin >= 0
        return margin >= -abs(target) * 0.01 if relation == "about" else margin >= 0

    # A value is in doubt when impossible or a jump from the year before.
    points, previous = [], None
    for y, value, klass in series:
        doubt = not is_class and value is not None and ((rate and value > 100) or value < 0)
        if previous is not None:
            if klass and previous[2]:
                doubt = doubt or abs(CLASSES.index(klass) - CLASSES.index(previous[2])) >= 2
            elif value is not None and previous[1]:
                doubt = doubt or abs(value - previous[1]) / abs(previous[1]) * 100 > 20
        points.append((y, value, klass, doubt))
        previous = (y, value, klass)

    def shown(value, klass) -> str:
        return f"{klass}类" if klass else f"{value:g}{unit}"

    def gap(value, klass) -> str:
        margin = margin_of(value, klass)
        amount = f"{abs(margin)}个类别" if is_class else f"{abs(margin):.1f}" + ("个百分点" if rate else unit)
        if round(margin, 6) == 0:
            return "恰好达到目标"
        return ("优于目标" if margin > 0 else "距目标差") + amount

    latest = points[-1] if points else None
    row = {
        "指标": name,
        "地区": region,
        "目标": goal,
        "目标年份": f"{year}年" if year else "—",
        "判断": "无数据",
        "判断依据": "—",
        "差距": "—",
        "最新期次": f"{latest[0]}年" if latest else "—",
        "最新值": shown(latest[1], latest[2]) if latest else "—",
    }
    if year is not None and year < today.year:  # passed: the target year's value
        up_to = [p for p in points if p[0] <= year]
        if not up_to:
            return row
        basis = up_to[-1]
        status = "数据存疑" if basis[3] else ("达标" if meets(basis[1], basis[2]) else "未达标")
        if status == "达标":
            later = [p for p in points if p[0] > basis[0] and not p[3]]
            if later and not meets(later[-1][1], later[-1][2]):
                status = "达标后回落"
    else:  # ahead (or no year): the latest value, then the trend
        if latest is None:
            return row
        basis = latest
        if basis[3]:
            status = "数据存疑"
        elif meets(basis[1], basis[2]):
            status = "进度正常" if year else "达标"
        elif not year:
            status = "未达标"
        else:
            clean = [p for p in points[-5:] if not p[3]]
            if len(clean) < 2:
                status = "待评估"
            else:
                mean_t = sum(p[0] for p in clean) / len(clean)
                mean_v = sum(level(p[1], p[2]) for p in clean) / len(clean)
                slope = sum((p[0] - mean_t) * (level(p[1], p[2]) - mean_v) for p in clean) / sum(
                    (p[0] - mean_t) ** 2 for p in clean
                )
                projected = level(basis[1], basis[2]) + slope * (year - basis[0])
                if rate:
                    projected = min(max(projected, 0), 100)
                threshold = CLASSES.index(target_class) + 1 if is_class else target
                if relation == "about":
                    threshold = target + (1 if lower_better else -1) * abs(target) * 0.01
                reaches = projected <= threshold + 1e-9 if lower_better else projected >= threshold - 1e-9
                status = "进度正常" if reaches else "进度滞后"
    row["判断"] = status
    row["判断依据"] = f"{basis[0]}年 {shown(basis[1], basis[2])}"
    row["差距"] = "—" if status == "数据存疑" else gap(basis[1], basis[2])
    return row


# --- 月度报送 -------------------------------------------------------------------------------


def finding_of_a_small_unit(database_url: str) -> tuple[int, int]:
    """A finding with one lead unit that leads 3 to 8 findings (all fit the page's table)."""
    return tuple(
        rows(
            database_url,
            """
            SELECT MIN(fu.finding_id), fu.unit_id FROM finding_units fu
            WHERE fu.role = 'lead'
              AND (SELECT COUNT(*) FROM finding_units o
                   WHERE o.finding_id = fu.finding_id AND o.role = 'lead') = 1
              AND (SELECT COUNT(*) FROM finding_units o WHERE o.unit_id = fu.unit_id AND o.role = 'lead')
                  BETWEEN 3 AND 8
            GROUP BY fu.unit_id ORDER BY fu.unit_id LIMIT 1
            """,
        )[0]
    )


def unit_label(database_url: str, unit_id: int) -> str:
    """How the page names a lead unit: 名称（地区简称）— 在办 N 项."""
    name, region = rows(
        database_url,
        "SELECT u.name, r.short_name FROM units u JOIN regions r ON r.code = u.region_code WHERE u.id = :u",
        u=unit_id,
    )[0]
    (open_count,) = rows(
        database_url,
        "SELECT COUNT(*) FROM finding_units fu JOIN findings f ON f.id = fu.finding_id "
        "WHERE fu.unit_id = :u AND fu.role = 'lead' "
        "AND f.status IN ('not_started', 'in_progress', 'reopened')",
        u=unit_id,
    )[0]
    return f"{name}（{region}）— 在办 {open_count} 项"


def unit_findings(database_url: str, unit_id: int, today: date) -> list[list[str]]:
    """The unit's findings as the page lists them: batch, number, title, status, last report."""
    found = rows(
        database_url,
        """
        SELECT b.name, f.number, f.title, f.status,
          (SELECT MAX(p.period) FROM progress_reports p WHERE p.finding_id = f.id AND p.reported_on <= :today)
        FROM finding_units fu JOIN findings f ON f.id = fu.finding_id JOIN batches b ON b.id = f.batch_id
        WHERE fu.unit_id = :u AND fu.role = 'lead'
        ORDER BY b.feedback_date IS NULL, b.feedback_date, b.code, f.number
        """,
        u=unit_id,
        today=today.isoformat(),
    )
    return [
        [
            batch,
            str(number),
            title,
            STATUS_LABELS[status],
            f"{int(last[:4])}年{int(last[5:7])}月" if last else "—",
        ]
        for batch, number, title, status, last in found
    ]


# --- 方案导入 -------------------------------------------------------------------------------


def batch_from_file(database_url: str, file_name: str) -> dict:
    """The findings, measures and plan-marked completions stored for a seed document (the
    sample data are hand transcriptions of the same documents)."""
    found = rows(
        database_url,
        """
        SELECT COUNT(DISTINCT f.id),
               (SELECT COUNT(*) FROM measures m JOIN findings g ON g.id = m.finding_id
                JOIN batches c ON c.id = g.batch_id WHERE c.source_file = :file),
               COUNT(DISTINCT CASE WHEN f.plan_marker LIKE '%已完成%' THEN f.id END)
        FROM findings f JOIN batches b ON b.id = f.batch_id WHERE b.source_file = :file
        """,
        file=file_name,
    )[0]
    return {"findings": found[0], "measures": found[1], "completed": found[2]}


def finding_total(database_url: str) -> int:
    return rows(database_url, "SELECT COUNT(*) FROM findings")[0][0]
