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
