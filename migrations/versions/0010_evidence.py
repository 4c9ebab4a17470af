"""evidence: the metadata of evidence files (佐证材料); the files are in the blob store

One row per file attached to a finding's monthly report, measure or closure application:
its SHA-256 (the blob's key), kind, name, caption, date taken, before/after, position, size,
who uploaded it and when, the thumbnail's key, and when it was removed (docs/decisions.md,
“Evidence files”).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("attached_to", _enum("report", "measure", "closure", name="evidence_attached_to"), nullable=False),
        sa.Column("attached_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", _enum("photo", "pdf", "word", "excel", name="evidence_kind"), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("original_name", sa.String(length=200), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("phase", _enum("before", "after", name="evidence_phase"), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("uploaded_by", sa.String(length=64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("thumbnail_key", sa.String(length=64), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint("size >= 0", name="evidence_size"),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_evidence_finding_attached", "evidence", ["finding_id", "attached_to", "attached_id"])
    op.create_index("ix_evidence_sha256", "evidence", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_evidence_sha256", table_name="evidence")
    op.drop_index("ix_evidence_finding_attached", table_name="evidence")
    op.drop_table("evidence")
