"""closure chain: applications, review steps, public notices, per-batch step lists (销号审核)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 21:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

STATES = ("under_review", "returned", "in_public_notice", "closed", "withdrawn")
DECISIONS = ("submit", "approve", "return", "notice_start", "withdraw")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    op.create_table(
        "closure_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("steps", sa.String(length=200), nullable=False),
        sa.Column("state", _enum(STATES, "closure_state"), nullable=False),
        sa.Column("current_step", sa.String(length=24), nullable=True),
        sa.Column("implementing_body", sa.String(length=200), nullable=True),
        sa.Column("completion_narrative", sa.Text(), nullable=True),
        sa.Column("submitted_by", sa.String(length=64), nullable=False),
        sa.Column("submitted_by_user_id", sa.Integer(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("status_before", sa.String(length=24), nullable=True),
        sa.Column("waiting_since", sa.Date(), nullable=False),
        sa.Column("returned_reason", sa.Text(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["submitted_by_user_id"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_closure_applications_finding_id", "closure_applications", ["finding_id"])
    op.create_index(
        "ix_closure_applications_state_step", "closure_applications", ["state", "current_step"]
    )
    op.create_table(
        "closure_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=24), nullable=False),
        sa.Column("decision", _enum(DECISIONS, "closure_decision"), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("seen_evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["closure_applications.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_closure_reviews_application_id", "closure_reviews", ["application_id"])
    op.create_table(
        "closure_notices",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("objections", sa.Text(), nullable=True),
        sa.Column("concluded_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["closure_applications.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("application_id"),
    )
    op.create_table(
        "closure_batch_steps",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("batch_id", "position"),
    )


def downgrade() -> None:
    op.drop_table("closure_batch_steps")
    op.drop_table("closure_notices")
    op.drop_index("ix_closure_reviews_application_id", table_name="closure_reviews")
    op.drop_table("closure_reviews")
    op.drop_index("ix_closure_applications_state_step", table_name="closure_applications")
    op.drop_index("ix_closure_applications_finding_id", table_name="closure_applications")
    op.drop_table("closure_applications")
