"""score snapshots at hand-off and at each sales decision; the trained outcome models

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "score_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("card_key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("score_total", sa.Float(), nullable=False),
        sa.Column("fit", sa.Float(), nullable=False),
        sa.Column("engagement", sa.Float(), nullable=False),
        sa.Column("cell", sa.String(length=4), nullable=True),
        sa.Column("tier", sa.String(length=16), nullable=True),
        sa.Column("sales_ready", sa.Boolean(), nullable=False),
        sa.Column("model_version", sa.Integer(), nullable=True),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_score_snapshots_lead_id", "score_snapshots", ["lead_id"])
    op.create_index("ix_score_snapshots_card_key_kind", "score_snapshots", ["card_key", "kind"])
    op.create_index("ix_score_snapshots_kind_at", "score_snapshots", ["kind", "at"])
    op.create_table(
        "outcome_models",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.BigInteger(), nullable=True),
        sa.Column("scoring_version", sa.Integer(), nullable=True),
        sa.Column("outcomes", sa.Integer(), nullable=False),
        sa.Column("won", sa.Integer(), nullable=False),
        sa.Column("auc", sa.Float(), nullable=True),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("outcome_models")
    op.drop_index("ix_score_snapshots_kind_at", table_name="score_snapshots")
    op.drop_index("ix_score_snapshots_card_key_kind", table_name="score_snapshots")
    op.drop_index("ix_score_snapshots_lead_id", table_name="score_snapshots")
    op.drop_table("score_snapshots")
