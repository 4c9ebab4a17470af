"""The state rules of a finding, as pure functions.

A finding's stored state (status, since when, completed and closed days, next open dated
deadline, rolling flag, last report month) follows from its detail rows. The write layer
(`data_access.commands.findings.refresh_state`), the national generator
(`sample_data.synthetic`) and the tests all derive it here, so the rules are written once.

Days may be `date`s or any other ordered values (the generator works in day numbers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.vocabulary import ROLLING_KINDS


@dataclass(frozen=True)
class DeadlineFacts:
    """What the state needs of one deadline row."""

    kind: str
    due: Any = None
    superseded: bool = False
    met: bool = False


@dataclass(frozen=True)
class FindingState:
    status: str
    status_since: Any
    completed_on: Any
    closed_on: Any
    next_due_date: Any
    has_rolling_deadline: bool
    last_report_period: Any


def finding_state(
    deadlines: Iterable[DeadlineFacts],
    events: Iterable[tuple[Any, Any, str]],
    report_periods: Iterable[Any],
    *,
    status: str = "not_started",
    status_since: Any = None,
) -> FindingState:
    """The stored state of a finding.

    `events` are (day, order, to_status) status changes; the last by (day, order) is the
    status now — `order` breaks ties between two changes of one day (the event id). Without
    events the given `status` / `status_since` stay. The next due date is the earliest dated
    deadline in force and not yet met; a rolling deadline (立行立改 / 持续推进 / 长期坚持) in
    force sets the rolling flag.
    """
    in_force = [d for d in deadlines if not d.superseded]
    open_dates = [d.due for d in in_force if d.kind == "date" and not d.met and d.due is not None]
    history = sorted(events, key=lambda event: (event[0], event[1]))
    if history:
        status_since, _, status = history[-1]
    return FindingState(
        status=status,
        status_since=status_since,
        completed_on=max((day for day, _, to in history if to == "completed"), default=None),
        closed_on=max((day for day, _, to in history if to == "closed"), default=None),
        next_due_date=min(open_dates, default=None),
        has_rolling_deadline=any(d.kind in ROLLING_KINDS for d in in_force),
        last_report_period=max(report_periods, default=None),
    )


# --- the closure sign-off chain (销号审核) -----------------------------------------------------
# The chain of one application is a list of step codes (core.vocabulary.CLOSURE_STEPS), the
# first always "apply". These rules say where an application and its finding go after each
# action; data_access.commands.closure_chain applies them and records who did it.

CANONICAL_CHAIN = (
    "apply",
    "county_head",
    "acceptance",
    "notice",
    "city_lead",
    "city_filing",
    "province_filing",
)
# Seed 000's form: application, county head, acceptance, public notice, city lead unit, city filing.
DEFAULT_CHAIN = CANONICAL_CHAIN[:6]
# Who may record a step, and at which level of the finding's regions (docs/decisions.md).
STEP_ROLES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "apply": (frozenset({"county_editor", "office"}), ("county",)),
    "county_head": (frozenset({"leader"}), ("county",)),
    "acceptance": (frozenset({"office"}), ("county", "city")),
    "notice": (frozenset({"county_editor", "office"}), ("county",)),
    "city_lead": (frozenset({"leader", "office"}), ("city",)),
    "city_filing": (frozenset({"office"}), ("city",)),
    "province_filing": (frozenset({"office"}), ("province",)),
}
ACTIVE_CHAIN_STATES = ("under_review", "in_public_notice")


class ChainError(ValueError):
    """An action the chain does not allow now; the message is Chinese."""


@dataclass(frozen=True)
class ChainMove:
    state: str  # the application's state afterwards
    current_step: str | None  # the step that waits (None once closed)
    finding_status: str | None  # the finding's new status, or None when it stays


def check_chain(steps: Iterable[str]) -> tuple[str, ...]:
    """A batch's chain: starts with the application, keeps the form's order, no repeats."""
    chain = tuple(steps)
    unknown = [s for s in chain if s not in CANONICAL_CHAIN]
    if unknown:
        raise ChainError(f"未知的审核环节：{'、'.join(unknown)}。")
    if not chain or chain[0] != "apply":
        raise ChainError("审核流程的第一步必须是“实施主体申请”。")
    if len(chain) < 2:
        raise ChainError("审核流程至少要有一个申请之后的审核环节。")
    if len(set(chain)) != len(chain) or list(chain) != sorted(chain, key=CANONICAL_CHAIN.index):
        raise ChainError("审核环节不能重复，且须按登记表的顺序排列（申请、县级、验收、公示、市级、备案）。")
    return chain


def _after_return(status_before: str | None) -> str:
    # A reopened finding stays 反弹重办 while it is worked on again (as the monthly report does).
    return "reopened" if status_before == "reopened" else "in_progress"


def chain_move(
    steps: tuple[str, ...],
    state: str | None,
    current_step: str | None,
    action: str,
    *,
    finding_status: str,
    status_before: str | None = None,
) -> ChainMove:
    """Where an application goes after `action` (submit, approve, return, notice_start, withdraw).

    - submit (new, returned or withdrawn): under review at the step after the application; an
      open finding becomes completed (awaiting acceptance), a completed one stays.
    - approve: the next step waits; after the last step the application and finding are closed.
      The public notice is approved (concluded) only once it has been published.
    - notice_start: the notice step's application is in public notice.
    - return: back to the submitter; the finding is in progress again (reopened if it was).
    - withdraw: the submitter takes it back; the finding as after a return.
    `status_before` is the finding's status before the application was submitted.
    """
    if action == "submit":
        if state in ACTIVE_CHAIN_STATES:
            raise ChainError("该问题已有审核中的销号申请，不能重复提交。")
        if state == "closed" or finding_status == "closed":
            raise ChainError("该问题已销号，无需再申请；如问题反弹，请先“回头看重新交办”。")
        to = "completed" if finding_status != "completed" else None
        return ChainMove("under_review", steps[1], to)
    if state not in ACTIVE_CHAIN_STATES:
        raise ChainError("该申请当前不在审核中（已退回、已撤回或已销号），不能再审核。")
    if action == "withdraw":
        return ChainMove("withdrawn", "apply", _after_return(status_before))
    if action == "return":
        return ChainMove("returned", "apply", _after_return(status_before))
    if action == "notice_start":
        if current_step != "notice" or state != "under_review":
            raise ChainError("当前环节不是待发布的公示。")
        return ChainMove("in_public_notice", "notice", None)
    if action == "approve":
        if current_step == "notice" and state != "in_public_notice":
            raise ChainError("请先发布公示（地点、起止日期），公示期满后再填写公示结果。")
        position = steps.index(current_step)
        if position + 1 == len(steps):
            return ChainMove("closed", None, "closed")
        return ChainMove("under_review", steps[position + 1], None)
    raise ChainError(f"未知的操作：{action}。")


def step_region(step: str, province: str, city: str | None, county: str | None) -> tuple[str, ...]:
    """The region codes whose users may record `step` on a finding of these regions.

    A finding without a county is its city's (its county-level steps fall to the city); one
    without a city is its province's."""
    _roles, levels = STEP_ROLES[step]
    at = {"county": county or city or province, "city": city or province, "province": province}
    return tuple(dict.fromkeys(at[level] for level in levels))
