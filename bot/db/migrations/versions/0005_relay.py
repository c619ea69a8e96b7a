"""relay: a forum topic per lead, relayed message ids, first reply and index line on cards

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sales_cards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_reply_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("first_reply_by_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("index_message_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("prospect_blocked_at", sa.DateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "sales_topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=128), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lead_id"),
        sa.UniqueConstraint("chat_id", "thread_id", name="uq_sales_topics_thread"),
    )
    op.create_table(
        "relay_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("sales_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("sales_message_id", sa.BigInteger(), nullable=False),
        sa.Column("prospect_message_id", sa.BigInteger(), nullable=True),
        sa.Column("rep_id", sa.BigInteger(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sales_chat_id", "sales_message_id", name="uq_relay_messages_sales"),
    )
    with op.batch_alter_table("relay_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_relay_messages_prospect", ["lead_id", "prospect_message_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("relay_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_relay_messages_prospect")
    op.drop_table("relay_messages")
    op.drop_table("sales_topics")
    with op.batch_alter_table("sales_cards", schema=None) as batch_op:
        batch_op.drop_column("prospect_blocked_at")
        batch_op.drop_column("index_message_id")
        batch_op.drop_column("first_reply_by_id")
        batch_op.drop_column("first_reply_at")
