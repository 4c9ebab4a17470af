"""state index: one covering index for the figures read from findings

Replaces ix_findings_status_due (status, next_due_date) by an index that starts the same way
and also holds the other state columns and the group columns, so the KPI, overdue and
due-soon counts read the index alone (docs/performance.md). Indexes only: no table is
rebuilt.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:54:44.853066
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STATE_COLUMNS = [
    "status",
    "next_due_date",
    "has_rolling_deadline",
    "last_report_period",
    "province_code",
    "city_code",
    "county_code",
    "batch_id",
]


def upgrade() -> None:
    op.drop_index("ix_findings_status_due", table_name="findings")
    op.create_index("ix_findings_state", "findings", STATE_COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_findings_state", table_name="findings")
    op.create_index("ix_findings_status_due", "findings", ["status", "next_due_date"], unique=False)
