"""Preview and apply an import: the plan without writing, or the plan written in one
transaction with an audit entry per row and a new data version — or nothing at all."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from data_access.access import IMPORT, Viewer, require
from data_access.commands.audit import record_change
from data_access.commands.session import write_session
from data_access.ledger.apply import Applier
from data_access.ledger.plan import ImportPlan
from data_access.ledger.planner import plan_file


class ImportRejected(ValueError):
    """The file has problems; nothing was written. `plan.problems` lists them."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(f"导入未执行：发现 {len(plan.problems)} 处问题，数据库未改动。")
        self.plan = plan


class LedgerConflict(RuntimeError):
    """The database changed between preview and confirmation."""


def preview_import(
    engine: Engine,
    *,
    data: bytes,
    filename: str,
    today: date,
    max_bytes: int | None = None,
    user: Viewer | None = None,
) -> ImportPlan:
    """What importing the file would do; writes nothing. Rows outside `user`'s region are problems."""
    if user is not None:
        require(user, IMPORT)
    with Session(engine) as session:
        plan, _, _ = plan_file(
            session, data=data, filename=filename, today=today, max_bytes=max_bytes, user=user
        )
        session.rollback()
    return plan


def apply_import(
    engine: Engine,
    *,
    data: bytes,
    filename: str,
    actor: str,
    today: date,
    expected_fingerprint: str | None = None,
    max_bytes: int | None = None,
    user: Viewer | None = None,
) -> ImportPlan:
    """Import the file in one transaction. Raises ImportRejected (problems) or LedgerConflict.

    `user` (the signed-in user; None for the command line) must be allowed to import, and
    every row must lie in their region, or nothing is written.

    The plan is worked out again inside the writing transaction; when the caller passes the
    fingerprint of the preview the user confirmed and the database has changed since, the
    import is refused rather than doing something the user did not see.
    """
    if user is not None:
        require(user, IMPORT)
        actor = user.audit_name
    with write_session(engine) as session, session.begin():
        plan, rows, planner = plan_file(
            session, data=data, filename=filename, today=today, max_bytes=max_bytes, user=user
        )
        if plan.problems:
            raise ImportRejected(plan)
        if expected_fingerprint is not None and plan.fingerprint != expected_fingerprint:
            raise LedgerConflict("预览之后数据已被修改，请重新上传文件并核对预览后再导入。")
        if not plan.has_changes:
            return plan  # the same file again: nothing to write, not even an audit entry
        assert planner is not None  # a file that could not be read has problems
        Applier(
            session,
            actor=actor or "办公室",
            filename=filename,
            today=today,
            findings=planner.findings,
            finding_ids=planner.finding_ids,
        ).apply(rows)
        record_change(
            session,
            actor=actor or "办公室",
            action="import",
            entity="ledger",
            entity_id=None,
            summary=f"台账导入（{filename}）：{plan.summary_text()}",
        )
        plan.applied = True
    return plan
