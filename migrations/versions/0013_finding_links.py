"""finding links: findings of different batches confirmed to be the same problem

The plan import proposes a link when an imported finding reads like one of another batch of
the same region (rapidfuzz, data_access/finding_links.py); the user confirms it and the pair
is stored here, the smaller finding id first (docs/decisions.md).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-04 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_links",
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.CheckConstraint("finding_id < other_id", name="ck_finding_links_order"),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["findings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("finding_id", "other_id"),
    )
    op.create_index("ix_finding_links_other_id", "finding_links", ["other_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_finding_links_other_id", table_name="finding_links")
    op.drop_table("finding_links")
