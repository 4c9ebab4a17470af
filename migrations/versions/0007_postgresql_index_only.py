"""PostgreSQL: the state indexes carry the finding id

SQLite's index entries hold the rowid (the finding id), so the overdue, due-soon and
late-report counts and their joins with the unit links read ix_findings_state and
ix_findings_rolling alone. PostgreSQL's do not: it read the table row of each of the 44,000
overdue findings of a national view (30,000 heap pages, 0.14 s of the unit ranking). With
`INCLUDE (id)` those scans are index-only (docs/performance.md). SQLite is left alone.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_findings_state": [
        "status",
        "next_due_date",
        "has_rolling_deadline",
        "last_report_period",
        "province_code",
        "city_code",
        "county_code",
        "batch_id",
    ],
    "ix_findings_rolling": ["has_rolling_deadline", "status", "last_report_period"],
}


def _recreate(include: list[str]) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, columns in INDEXES.items():
        op.drop_index(name, table_name="findings")
        op.create_index(name, "findings", columns, unique=False, postgresql_include=include)


def upgrade() -> None:
    _recreate(["id"])


def downgrade() -> None:
    _recreate([])
