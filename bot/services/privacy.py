"""Forgetting a lead: personal data and the conversation go, an anonymous row stays.

The anonymous row keeps the funnel and the sales statistics honest (stage "forgotten",
tier, score total, source), while nothing in it points back to the person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.db.engine import checkpoint
from bot.db.models import (
    Answer,
    AuditEntry,
    BehaviourEvent,
    FsmRecord,
    Lead,
    OutboxMessage,
    SalesCard,
    Stage,
)

log = logging.getLogger(__name__)

# Facts that name or reach the person, or free text that may do so.
PERSONAL_FACTS = (
    "name", "first_name", "last_name", "username", "phone", "email", "company", "position",
    "need", "decider", "contact", "telegram",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Forgotten:
    lead_id: int
    answers: int
    events: int
    cancelled: int
    messages_deleted: int


async def forget_lead(
    session: AsyncSession, bot: Bot, lead: Lead, *, actor_id: int | None = None
) -> Forgotten:
    """Erase the lead's personal data and conversation, commit, then delete its sales cards.

    `actor_id` is the admin who asked (None: the prospect asked for it themself). The lead
    row stays with stage "forgotten", negative placeholder Telegram ids (real ids are
    positive, so they stay unique) and no names, contacts or score breakdown.
    """
    lead_id = lead.id
    cards = (
        await session.execute(
            select(SalesCard.chat_id, SalesCard.message_id).where(SalesCard.lead_id == lead_id)
        )
    ).all()
    answers = await session.execute(delete(Answer).where(Answer.lead_id == lead_id))
    events = await session.execute(delete(BehaviourEvent).where(BehaviourEvent.lead_id == lead_id))
    cancelled = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.lead_id == lead_id, OutboxMessage.status == "pending")
        .values(status="cancelled")
    )
    # Payloads of already sent rows may quote the conversation.
    await session.execute(
        update(OutboxMessage).where(OutboxMessage.lead_id == lead_id).values(payload={})
    )
    old_user = lead.tg_user_id
    await session.execute(
        delete(FsmRecord).where(FsmRecord.key.like(f"%:{lead.chat_id}:{old_user}:%"))
    )
    facts = dict(lead.facts or {})
    for key in PERSONAL_FACTS:
        if key in facts:
            facts[key] = None
    lead.facts = facts
    lead.first_name = lead.last_name = lead.username = None
    lead.tg_user_id = lead.chat_id = -lead_id
    # The cached breakdown quotes facts ("fact phone=..."); totals and tier stay for stats.
    lead.score = None
    lead.unsubscribed = True
    repo.change_stage(session, lead, Stage.FORGOTTEN, actor_id=actor_id, reason="forget")
    session.add(
        AuditEntry(
            actor_id=actor_id,
            action="forget",
            lead_id=lead_id,
            detail={"answers": answers.rowcount, "events": events.rowcount},
        )
    )
    await session.commit()
    await checkpoint(session)  # the write-ahead log still holds the erased pages
    log.info("lead %s forgotten (by %s)", lead_id, "admin" if actor_id else "the prospect")
    deleted = 0
    for chat_id, message_id in cards:
        try:
            await bot.delete_message(chat_id=chat_id, message_id=message_id)
            deleted += 1
        except TelegramAPIError as exc:
            # Too old (48 h), already gone, or the bot left the chat: the row is anonymous now.
            log.info("sales card of lead %s not deleted: %s", lead_id, exc.message)
    return Forgotten(lead_id, answers.rowcount, events.rowcount, cancelled.rowcount, deleted)
