"""engagement state on the lead; the aiogram FSM table goes (the dialogue lives on the lead)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        # NULL: not folded yet; the next rescore reads the events once and stores it.
        batch_op.add_column(sa.Column("engagement", sa.JSON(), nullable=True))
    op.drop_table("fsm")


def downgrade() -> None:
    op.create_table(
        "fsm",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("state", sa.String(length=255), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_column("engagement")
