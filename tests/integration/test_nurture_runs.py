"""Nurture run numbers on both engines: a lead that was nudged while silent can be enrolled."""

from __future__ import annotations

from sqlalchemy import select

from bot import lifecycle
from bot.db.models import Lead, OutboxMessage, Stage, utcnow


async def test_a_nudged_lead_is_enrolled_with_a_later_run(sessionmaker) -> None:
    now = utcnow()
    async with sessionmaker.begin() as session:
        lead = Lead(tg_user_id=501, chat_id=501, stage=Stage.QUALIFYING)
        session.add(lead)
        await session.flush()
        # the nudge's run is the millisecond it was armed: past a 32-bit integer
        await lifecycle.arm_silent_nudge(session, lead, "budget", now)
    async with sessionmaker.begin() as session:
        lead = await session.scalar(select(Lead).where(Lead.tg_user_id == 501))
        assert lead is not None
        lead.stage = Stage.NURTURING
        assert await lifecycle.enrol(session, lead, "cold", now)
    async with sessionmaker() as session:
        rows = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    nudge, first = rows[0], rows[-1]
    assert nudge.payload["run"] > 2**31  # the case that failed on PostgreSQL
    assert first.payload["sequence"] == "cold" and first.status == "pending"
    assert first.payload["run"] == nudge.payload["run"] + 1
