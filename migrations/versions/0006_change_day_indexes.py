"""change-day indexes: what changed after a day, read through indexes

`metrics.changed_after(day)` (the findings whose status or deadlines changed after a day, or
that were registered after it) is how the monthly dispatch and the bulletin get last month's
figures without rebuilding a million findings. Without these indexes it scanned every status
event, deadline and finding: 0.7 s of the national dispatch's 3.7 s (docs/performance.md).
Indexes only: no table is rebuilt.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_status_events_day", "status_events", ["changed_on", "finding_id"]),
    ("ix_deadlines_valid_from", "deadlines", ["valid_from", "finding_id"]),
    ("ix_deadlines_superseded_on", "deadlines", ["superseded_on", "finding_id"]),
    ("ix_deadlines_met_on", "deadlines", ["met_on", "finding_id"]),
    ("ix_findings_registered_on", "findings", ["registered_on"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
