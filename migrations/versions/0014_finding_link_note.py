"""finding links: a note saying why two findings are the same problem; findings by region_code

Linking from the drill-down (问题详情) lets the user say why, e.g. “省级清单第3项即中央反馈
第12项”; links stored by the plan import have none. The index finds the findings a province
or city holds in its own name (not its counties'), which 可能相同的问题 compares a county's
finding with: without it that part of the query read the whole findings table.

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
    op.create_index("ix_findings_region_code", "findings", ["region_code"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_findings_region_code", table_name="findings")
    with op.batch_alter_table("finding_links") as batch:
        batch.drop_column("note")
