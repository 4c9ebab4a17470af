"""unit rankings: the day's 逾期督办 figures per lead unit, kept and corrected by writes

The first reader of a day builds every unit's figures (findings, done, overdue, due soon,
late reports) into `unit_rankings`; the write session recomputes the rows of the units a
write touches, so the page's ranking is one index range instead of joining the day's
flagged findings with their units (docs/decisions.md, docs/performance.md).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_rankings",
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("overdue", sa.Integer(), nullable=False),
        sa.Column("due_soon", sa.Integer(), nullable=False),
        sa.Column("late_report", sa.Integer(), nullable=False),
        sa.Column("signal", sa.Integer(), nullable=False),
        sa.Column("ratio", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("as_of", "scope", "unit_id"),
    )
    op.create_index(
        "ix_unit_rankings_order",
        "unit_rankings",
        [
            sa.column("as_of"),
            sa.column("scope"),
            sa.column("signal"),
            sa.desc(sa.column("overdue")),
            sa.column("ratio"),
            sa.desc(sa.column("late_report")),
        ],
    )
    op.create_table(
        "unit_ranking_days",
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("built_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("as_of", "scope"),
    )


def downgrade() -> None:
    op.drop_table("unit_ranking_days")
    op.drop_index("ix_unit_rankings_order", table_name="unit_rankings")
    op.drop_table("unit_rankings")
