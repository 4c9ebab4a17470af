"""derived counts: findings per (batch, province, status) and per (unit, scope, status)

Two small tables the national overview and the unit scoreboard read instead of counting a
million findings (data_access/counts.py keeps them, docs/decisions.md), and an index for the
late-report count. The backfill counts the existing rows in SQL, one grouped INSERT … SELECT
per table, then updates the planner statistics: at 1,000,000 findings see
docs/performance.md for how long it takes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 07:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Plain SQL on purpose: a migration must not change when the application code does. The
# same statements as data_access.counts.rebuild_counts.
BACKFILL = (
    """
    INSERT INTO finding_counts (batch_id, province_code, status, findings)
    SELECT batch_id, province_code, status, COUNT(*) FROM findings
    GROUP BY batch_id, province_code, status
    """,
    """
    INSERT INTO unit_status_counts (unit_id, scope, status, findings)
    SELECT fu.unit_id, 'lead', f.status, COUNT(*)
    FROM finding_units fu JOIN findings f ON f.id = fu.finding_id
    WHERE fu.role = 'lead'
    GROUP BY fu.unit_id, f.status
    """,
    """
    INSERT INTO unit_status_counts (unit_id, scope, status, findings)
    SELECT fu.unit_id, 'any', f.status, COUNT(DISTINCT fu.finding_id)
    FROM finding_units fu JOIN findings f ON f.id = fu.finding_id
    GROUP BY fu.unit_id, f.status
    """,
)


def upgrade() -> None:
    op.create_table(
        "finding_counts",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("province_code", sa.String(length=6), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("batch_id", "province_code", "status"),
    )
    op.create_table(
        "unit_status_counts",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("unit_id", "scope", "status"),
    )
    op.create_index(
        "ix_findings_rolling", "findings", ["has_rolling_deadline", "status", "last_report_period"], unique=False
    )
    for statement in BACKFILL:
        op.execute(statement)
    # Planner statistics for the new index and tables: without them SQLite may not use
    # ix_findings_rolling (PostgreSQL's autovacuum would analyse the tables later).
    tables = ["findings"] if op.get_bind().dialect.name == "sqlite" else []
    for table in [*tables, "finding_counts", "unit_status_counts"]:
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    op.drop_index("ix_findings_rolling", table_name="findings")
    op.drop_table("unit_status_counts")
    op.drop_table("finding_counts")
