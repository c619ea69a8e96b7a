"""Forgetting a lead: personal data and the conversation go, an anonymous row stays.

The anonymous row keeps the funnel and the sales statistics honest (stage "forgotten",
tier, score total, source), while nothing in it points back to the person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot import lifecycle, texts
from bot.db import repo
from bot.db.engine import checkpoint
from bot.db.models import (
    Answer,
    AuditEntry,
    BehaviourEvent,
    Lead,
    OutboxMessage,
    RelayedMessage,
    SalesCard,
    SalesTopic,
)

log = logging.getLogger(__name__)

# Facts that name or reach the person, or free text that may do so.
RELAYED_TO_DELETE = 50
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
    # (chat id, message id) of the lead's sales cards: erased from the chat after the commit
    cards: tuple[tuple[int, int], ...]
    # (chat id, thread id) of the lead's forum topic; (chat id, message id) of the index
    # lines in General and of the latest messages relayed to the sales chat
    topics: tuple[tuple[int, int], ...] = ()
    index_lines: tuple[tuple[int, int], ...] = ()
    messages: tuple[tuple[int, int], ...] = ()
    # the cards that are in the topic: they go with it
    topic_cards: tuple[tuple[int, int], ...] = ()


async def forget_lead(
    session: AsyncSession, lead: Lead, *, actor_id: int | None = None
) -> Forgotten:
    """Erase the lead's personal data and conversation in the caller's transaction.

    `actor_id` is the admin who asked (None: the prospect asked for it themself). The lead
    row stays with stage "forgotten", negative placeholder Telegram ids (real ids are
    positive, so they stay unique) and no names, contacts or score breakdown. The sales
    cards, its forum topic and the messages relayed to the sales chat still show the person:
    after the commit, `erase_cards` removes them. The topic's row stays (a rep writing there
    is told the data is gone); the ids of relayed messages go.
    """
    lead_id = lead.id
    cards = (
        await session.execute(
            select(SalesCard.chat_id, SalesCard.message_id, SalesCard.thread_id).where(
                SalesCard.lead_id == lead_id
            )
        )
    ).all()
    index_lines = (
        await session.execute(
            select(SalesCard.chat_id, SalesCard.index_message_id).where(
                SalesCard.lead_id == lead_id, SalesCard.index_message_id.is_not(None)
            )
        )
    ).all()
    topic_rows = (
        await session.execute(
            select(SalesTopic.chat_id, SalesTopic.thread_id).where(SalesTopic.lead_id == lead_id)
        )
    ).all()
    # Telegram deletes messages up to 48 hours old: the latest relayed ones are tried.
    relayed = (
        await session.execute(
            select(RelayedMessage.sales_chat_id, RelayedMessage.sales_message_id)
            .where(RelayedMessage.lead_id == lead_id, RelayedMessage.direction == "in")
            .order_by(RelayedMessage.id.desc())
            .limit(RELAYED_TO_DELETE)
        )
    ).all()
    await session.execute(delete(RelayedMessage).where(RelayedMessage.lead_id == lead_id))
    await session.execute(
        update(SalesTopic).where(SalesTopic.lead_id == lead_id).values(title=None)
    )
    await repo.write_answers(session)  # this transaction's own answers go too
    answers = await session.execute(delete(Answer).where(Answer.lead_id == lead_id))
    await repo.write_events(session)  # this transaction's own events go too
    events = await session.execute(delete(BehaviourEvent).where(BehaviourEvent.lead_id == lead_id))
    pending = await session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.lead_id == lead_id, OutboxMessage.status == "pending")
    )
    await lifecycle.forget(session, lead, actor_id)
    # Payloads of already sent rows may quote the conversation.
    await session.execute(
        update(OutboxMessage).where(OutboxMessage.lead_id == lead_id).values(payload={})
    )
    facts = dict(lead.facts or {})
    for key in PERSONAL_FACTS:
        if key in facts:
            facts[key] = None
    lead.facts = facts
    # The prospect's own questions and later messages are kept there.
    lead.dialogue = {}
    lead.first_name = lead.last_name = lead.username = None
    lead.tg_user_id = lead.chat_id = -lead_id
    # The cached breakdown quotes facts ("fact phone=..."); totals and tier stay for stats.
    lead.score = lead.engagement = None
    lead.unsubscribed = True
    session.add(
        AuditEntry(
            actor_id=actor_id,
            action="forget",
            lead_id=lead_id,
            detail={"answers": answers.rowcount, "events": events.rowcount},
        )
    )
    log.info("lead %s forgotten (by %s)", lead_id, "admin" if actor_id else "the prospect")
    return Forgotten(
        lead_id,
        answers.rowcount,
        events.rowcount,
        int(pending or 0),
        tuple((int(chat), int(message)) for chat, message, _ in cards),
        tuple((int(chat), int(thread)) for chat, thread in topic_rows),
        tuple((int(chat), int(message)) for chat, message in index_lines),
        tuple((int(chat), int(message)) for chat, message in relayed),
        tuple(
            (int(chat), int(message))
            for chat, message, thread in cards
            if (chat, thread) in {tuple(t) for t in topic_rows}
        ),
    )


async def after_forget(bot: Bot, engine: AsyncEngine, forgotten: Forgotten) -> int:
    """Once the forget is committed: checkpoint SQLite's write-ahead log (it still holds the
    erased pages) and erase the sales cards; returns how many cards were deleted."""
    await checkpoint(engine)
    return await erase_cards(bot, forgotten)


async def erase_cards(bot: Bot, forgotten: Forgotten) -> int:
    """After the commit: delete the lead's sales cards; returns how many were deleted.

    Telegram refuses to delete messages older than 48 hours (and the bot may have lost its
    rights): such a card is edited to say the data was erased, and loses its buttons. The
    lead's forum topic is deleted with everything in it, or (without the right to delete)
    renamed "🗑 #15"; relayed messages and index lines are deleted where Telegram allows.
    """
    erased_topics: set[tuple[int, int]] = set()
    for chat_id, thread_id in forgotten.topics:
        try:
            await bot.delete_forum_topic(chat_id, thread_id)
            erased_topics.add((chat_id, thread_id))
            continue
        except TelegramAPIError as exc:
            log.info("topic of lead %s not deleted: %s", forgotten.lead_id, exc.message)
        try:
            await bot.edit_forum_topic(
                chat_id, thread_id, name=texts.text("topic_erased", lead=forgotten.lead_id)
            )
        except TelegramAPIError as exc:
            log.warning("topic of lead %s not renamed: %s", forgotten.lead_id, exc.message)
    # A deleted topic took its cards and relayed messages with it.
    gone = set(forgotten.topic_cards) if erased_topics else set()
    others = forgotten.index_lines + (() if erased_topics else forgotten.messages)
    for chat_id, message_id in others:
        try:
            await bot.delete_message(chat_id=chat_id, message_id=message_id)
        except TelegramAPIError as exc:
            log.info("a message of lead %s not deleted: %s", forgotten.lead_id, exc.message)
    deleted = len(gone)
    for chat_id, message_id in forgotten.cards:
        if (chat_id, message_id) in gone:
            continue
        try:
            await bot.delete_message(chat_id=chat_id, message_id=message_id)
            deleted += 1
            continue
        except TelegramAPIError as exc:
            log.info("sales card of lead %s not deleted: %s", forgotten.lead_id, exc.message)
        try:
            await bot.edit_message_text(
                text=texts.text("card_erased", lead=forgotten.lead_id),
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=None,
            )
        except TelegramAPIError as exc:
            log.warning("sales card of lead %s not erased: %s", forgotten.lead_id, exc.message)
    return deleted
