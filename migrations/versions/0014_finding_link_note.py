"""finding links: an optional note saying why two findings are the same problem

Linking from the drill-down (问题详情) lets the user say why, e.g. “省级清单第3项即中央反馈
第12项”; links stored by the plan import have none.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("finding_links") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("finding_links") as batch:
        batch.drop_column("note")
