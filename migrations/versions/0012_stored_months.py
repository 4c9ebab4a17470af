"""stored figures: a past month's dispatch and a past day's overview, kept once built

A past month (or day) no longer changes except by back-dated writes; its figures are kept
here, keyed by what they are (`kind`), the filters (`scope_key`, a hash) and the day they are
judged at (`as_of`), and deleted by the write session when a write dated on or before that
day touches their province (docs/decisions.md, docs/performance.md).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stored_figures",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("scope_key", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("province_code", sa.String(length=6), nullable=True),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("built_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "scope_key", "as_of"),
    )
    op.create_index("ix_stored_figures_as_of", "stored_figures", ["as_of"], unique=False)
    # The counter a reader locks before keeping figures (data_access/stored.py): it must exist
    # for the lock to order readers and writers.
    op.execute("INSERT INTO app_meta (key, value) VALUES ('stored_figures_version', '0')")


def downgrade() -> None:
    op.execute("DELETE FROM app_meta WHERE key = 'stored_figures_version'")
    op.drop_index("ix_stored_figures_as_of", table_name="stored_figures")
    op.drop_table("stored_figures")
