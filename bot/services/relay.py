"""The conversation after the hand-off: the prospect and the reps talk through the bot.

Prospect -> sales (`relay_in`): every message of a handed-off lead (text, photo, document,
voice, video, contact, location, sticker...) is copied into the lead's forum topic, or in a
plain group as a reply to the card, with a short header naming the lead. Rep -> prospect
(`relay_out`): a message in the lead's topic, or a reply to the card or to a relayed message,
is copied to the prospect (copyMessage, so media work), signed with the rep's first name when
RELAY_SIGNATURE is on. Lines starting with `//` and commands (`/note ...`) stay internal.
Only members of the sales chat are relayed (and only SALES_IDS when that is set): the
membership is checked with getChatMember when the copy is made. Edits and deletions are not
mirrored.

Both directions are outbox rows keyed by the original message, written in the update's
transaction: a resent update or a restart neither loses nor repeats one, except in the
outbox's one known window (Telegram accepted a copy and the process died before its row was
marked sent: that copy goes once more). The rows of one lead and direction go out in order.

The first rep message that reaches the prospect stops the first-response SLA
(`lifecycle.first_reply`) and takes an untaken card for that rep. A prospect who blocked the
bot costs one notice in the topic, not an error per message.
"""

from __future__ import annotations

import html
import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiogram import Bot
from aiogram.enums import ChatMemberStatus
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
)
from aiogram.types import Message, ReplyParameters
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.config import Settings
from bot.db import repo
from bot.db.models import (
    AuditEntry,
    Lead,
    OutboxMessage,
    RelayedMessage,
    SalesCard,
    Stage,
    utcnow,
)
from bot.services import sales, topics
from bot.services.outbox import Claimed, PermanentFailure, Postpone

log = logging.getLogger(__name__)

RELAY_IN = "relay_in"
RELAY_OUT = "relay_out"
# Kinds a caption can go with (the header rides in it); the others get a header message.
CAPTIONED = frozenset({"photo", "video", "document", "audio", "voice", "animation"})
RELAYED = CAPTIONED | {"text", "sticker", "contact", "location", "venue", "video_note"}
# A lead's messages are relayed once sales have it (a card posted or on its way), and after
# sales returned it to nurture: the rep who talked to them should still hear them.
RELAY_STAGES = lifecycle.WITH_SALES | {Stage.RECYCLED}
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024
MEMBER_TTL_S = 300
PRESENT = (ChatMemberStatus.CREATOR, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER)

_members: dict[tuple[int, int], float] = {}  # (chat, user) -> when found a member


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message to relay, as the outbox needs it later: where it is, its kind, its text or
    caption as HTML (entities kept), its length, and the message it explicitly replies to."""

    chat_id: int
    message_id: int
    kind: str
    html: str | None
    chars: int
    reply_to: int | None

    @classmethod
    def of(cls, message: Message) -> Incoming:
        replied = message.reply_to_message
        # In a forum topic every message "replies" to the topic's creation message.
        if replied is not None and replied.forum_topic_created is not None:
            replied = None
        words = message.text or message.caption
        kind = message.content_type
        return cls(
            chat_id=message.chat.id,
            message_id=message.message_id,
            kind=str(getattr(kind, "value", kind)),
            html=_as_html(message, words) if words else None,
            chars=len(words or ""),
            reply_to=replied.message_id if replied is not None else None,
        )


def _as_html(message: Message, words: str) -> str:
    """The message's text with its formatting as HTML; escaped plain text when its entities do
    not fit the text (an offset in the middle of a character: a malformed update must not
    cost the prospect's message)."""
    try:
        return message.html_text
    except (UnicodeDecodeError, ValueError, IndexError):
        return html.escape(words)


COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@\w+)?(\s|$)")


def internal(words: str | None) -> bool:
    """A note for colleagues (`// ...`) or a command (`/note ...`): never relayed."""
    stripped = (words or "").lstrip()
    return stripped.startswith("//") or COMMAND.match(stripped) is not None


# --- prospect -> sales ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProspectRelay:
    relayed: bool
    rep_replied: bool  # a rep has written to the prospect since this hand-off


NOT_RELAYED = ProspectRelay(False, False)


async def _card_queued(session: AsyncSession, lead_id: int) -> bool:
    """The lead's card is on its way (its outbox row waits or is being sent)."""
    found = await session.scalar(
        select(OutboxMessage.id)
        .where(
            OutboxMessage.lead_id == lead_id,
            OutboxMessage.kind == lifecycle.CARD,
            OutboxMessage.status.in_(("pending", "sending")),
        )
        .limit(1)
    )
    return found is not None


async def from_prospect(
    session: AsyncSession, lead: Lead, incoming: Incoming | None
) -> ProspectRelay:
    """Queue a handed-off lead's message for the sales chat (in the caller's transaction)."""
    if incoming is None or lead.stage not in RELAY_STAGES or incoming.kind not in RELAYED:
        return NOT_RELAYED
    card = await sales.latest_card(session, lead.id)
    if card is None and not await _card_queued(session, lead.id):
        return NOT_RELAYED
    await repo.enqueue(
        session,
        kind=RELAY_IN,
        lead_id=lead.id,
        payload={
            "message": incoming.message_id,
            "kind": incoming.kind,
            "html": incoming.html,
            "chars": incoming.chars,
            "reply_to": incoming.reply_to,
        },
        dedupe_key=f"{RELAY_IN}:{incoming.chat_id}:{incoming.message_id}",
    )
    return ProspectRelay(True, card is not None and card.first_reply_at is not None)


async def _earlier_waiting(session: AsyncSession, row: Claimed) -> bool:
    """An earlier message of the same lead and direction is not out yet: it goes first."""
    found = await session.scalar(
        select(OutboxMessage.id)
        .where(
            OutboxMessage.lead_id == row.lead_id,
            OutboxMessage.kind == row.kind,
            OutboxMessage.id < row.id,
            OutboxMessage.status.in_(("pending", "sending")),
        )
        .limit(1)
    )
    return found is not None


def _header(lead: Lead) -> str:
    name = " ".join(p for p in (lead.first_name, lead.last_name) if p) or "Клиент"
    return f"💬 <b>{html.escape(name[:64])}</b> · #{lead.id}"


async def send_relay_in(session: AsyncSession, bot: Bot, row: Claimed, settings: Settings) -> None:
    """Copy one prospect message into the lead's topic (or under its card), in order."""
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if lead is None or lead.stage == Stage.FORGOTTEN:
        raise PermanentFailure("the lead is gone")
    if await _earlier_waiting(session, row):
        raise Postpone(1, "an earlier message of this lead goes first")
    card = await sales.latest_card(session, lead.id)
    if card is None:
        if await _card_queued(session, lead.id):
            raise Postpone(2, "the card is not posted yet")
        raise PermanentFailure("the lead has no card")
    topic = await topics.topic_of(session, lead.id)
    thread = topic.thread_id if topic is not None and topic.chat_id == card.chat_id else None
    payload = row.payload
    reply_to = None
    if payload.get("reply_to"):
        # The prospect answered a rep's message: the copy answers the rep's original.
        reply_to = await session.scalar(
            select(RelayedMessage.sales_message_id).where(
                RelayedMessage.lead_id == lead.id,
                RelayedMessage.direction == "out",
                RelayedMessage.prospect_message_id == int(payload["reply_to"]),
            )
        )
    if reply_to is None and thread is None:
        reply_to = card.message_id  # a plain group: the conversation hangs on the card
    chat_id = card.chat_id
    try:
        try:
            sent = await _deliver_in(bot, chat_id, thread, reply_to, lead, payload)
        except TelegramBadRequest as exc:
            gone = ("thread not found", "topic_closed", "topic_deleted")
            if thread is None or not any(g in exc.message.lower() for g in gone):
                raise
            log.warning("topic %s of lead %s is gone or closed: main chat", thread, lead.id)
            if topic is not None and "closed" not in exc.message.lower():
                await topics.forget_topic(session, topic)
            sent = await _deliver_in(bot, chat_id, None, card.message_id, lead, payload)
    except TelegramMigrateToChat as exc:
        chat_id = exc.migrate_to_chat_id
        await sales.remember_sales_chat(session, chat_id, None)
        sent = await _deliver_in(bot, chat_id, None, None, lead, payload)
    except TelegramForbiddenError as exc:
        raise Postpone(60, "the bot is not in the sales chat") from exc
    for message_id in sent:
        await repo.insert_ignore(
            session,
            RelayedMessage,
            lead_id=lead.id,
            direction="in",
            sales_chat_id=chat_id,
            sales_message_id=message_id,
            prospect_message_id=int(payload["message"]),
            at=utcnow(),
        )


async def _deliver_in(
    bot: Bot,
    chat_id: int,
    thread: int | None,
    reply_to: int | None,
    lead: Lead,
    payload: dict[str, Any],
) -> list[int]:
    """Send one prospect message to the sales chat; returns the ids of what was posted."""
    kind, words, chars = str(payload.get("kind")), payload.get("html"), int(payload["chars"])
    header = _header(lead)
    reply = (
        ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
        if reply_to
        else None
    )
    if kind == "text" and words and chars + len(header) + 1 <= TEXT_LIMIT:
        message = await bot.send_message(
            chat_id, f"{header}\n{words}", message_thread_id=thread, reply_parameters=reply
        )
        return [message.message_id]
    if kind in CAPTIONED and chars + len(header) + 1 <= CAPTION_LIMIT:
        caption = f"{header}\n{words}" if words else header
        copied = await bot.copy_message(
            chat_id,
            lead.chat_id,
            int(payload["message"]),
            message_thread_id=thread,
            caption=caption,
            reply_parameters=reply,
        )
        return [copied.message_id]
    # No room for the header (or no caption at all): the header, then the copy under it.
    head = await bot.send_message(
        chat_id, header, message_thread_id=thread, reply_parameters=reply
    )
    copied = await bot.copy_message(
        chat_id,
        lead.chat_id,
        int(payload["message"]),
        message_thread_id=thread,
        reply_parameters=ReplyParameters(
            message_id=head.message_id, allow_sending_without_reply=True
        ),
    )
    return [head.message_id, copied.message_id]


# --- sales -> prospect ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TeamMessage:
    """A message in the sales chat that may be for a prospect."""

    incoming: Incoming
    words: str | None  # the text or caption as typed, to spot notes and commands
    thread_id: int | None  # the forum topic it was written in (None: General or no forum)
    user_id: int
    first_name: str
    label: str  # "@username" or the full name: how the card names a taker
    from_bot: bool
    on_behalf_of_chat: bool  # an anonymous admin or a channel: not a person we know

    @classmethod
    def of(cls, message: Message) -> TeamMessage:
        assert message.from_user is not None
        user = message.from_user
        return cls(
            incoming=Incoming.of(message),
            words=message.text or message.caption,
            thread_id=message.message_thread_id if message.is_topic_message else None,
            user_id=user.id,
            first_name=user.first_name,
            label=f"@{user.username}" if user.username else user.full_name,
            from_bot=user.is_bot,
            on_behalf_of_chat=message.sender_chat is not None,
        )


async def lead_of_team_message(session: AsyncSession, message: TeamMessage) -> Lead | None:
    """The lead a message in the sales chat is about: its topic, or the card, index line or
    relayed message it replies to."""
    chat_id = message.incoming.chat_id
    lead_id: int | None = None
    if message.thread_id is not None:
        topic = await topics.topic_at(session, chat_id, message.thread_id)
        lead_id = topic.lead_id if topic is not None else None
    replied = message.incoming.reply_to
    if lead_id is None and replied is not None:
        lead_id = await session.scalar(
            select(SalesCard.lead_id)
            .where(
                SalesCard.chat_id == chat_id,
                or_(SalesCard.message_id == replied, SalesCard.index_message_id == replied),
            )
            .limit(1)
        )
        if lead_id is None:
            lead_id = await session.scalar(
                select(RelayedMessage.lead_id).where(
                    RelayedMessage.sales_chat_id == chat_id,
                    RelayedMessage.sales_message_id == replied,
                )
            )
    return await session.get(Lead, lead_id) if lead_id is not None else None


TeamOutcome = str  # relayed | internal | not_for_a_lead | refused | forgotten


async def from_team(
    session: AsyncSession, settings: Settings, message: TeamMessage
) -> tuple[TeamOutcome, Lead | None]:
    """Queue a rep's message for the prospect (in the caller's transaction)."""
    incoming = message.incoming
    if incoming.kind not in RELAYED:
        return "not_for_a_lead", None  # service messages: topics edited, pins, members
    lead = await lead_of_team_message(session, message)
    if lead is None:
        return "not_for_a_lead", None
    if lead.stage == Stage.FORGOTTEN:
        return "forgotten", lead
    if internal(message.words):
        return "internal", lead
    if (
        message.from_bot
        or message.on_behalf_of_chat
        or (settings.sales_ids and message.user_id not in settings.sales_ids)
    ):
        log.warning("message of user %s in the sales chat not relayed: not on the team",
                    message.user_id)  # fmt: skip
        return "refused", lead
    reply_to = None
    if incoming.reply_to is not None:
        reply_to = await session.scalar(
            select(RelayedMessage.prospect_message_id).where(
                RelayedMessage.lead_id == lead.id,
                RelayedMessage.direction == "in",
                RelayedMessage.sales_chat_id == incoming.chat_id,
                RelayedMessage.sales_message_id == incoming.reply_to,
            )
        )
    await repo.enqueue(
        session,
        kind=RELAY_OUT,
        lead_id=lead.id,
        payload={
            "chat": incoming.chat_id,
            "message": incoming.message_id,
            "kind": incoming.kind,
            "html": incoming.html,
            "chars": incoming.chars,
            "reply_to": reply_to,
            "rep": message.user_id,
            "rep_name": message.first_name[:64],
            "rep_label": message.label[:128],
        },
        dedupe_key=f"{RELAY_OUT}:{incoming.chat_id}:{incoming.message_id}",
    )
    return "relayed", lead


async def is_member(bot: Bot, chat_id: int, user_id: int) -> bool:
    """The user is in the sales chat now (getChatMember; a "yes" is believed a few minutes)."""
    seen = _members.get((chat_id, user_id))
    if seen is not None and time.monotonic() - seen < MEMBER_TTL_S:
        return True
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except (TelegramBadRequest, TelegramMigrateToChat) as exc:
        log.info("membership of %s in %s unknown: %s", user_id, chat_id, exc.message)
        return False
    present = member.status in PRESENT or (
        member.status == ChatMemberStatus.RESTRICTED and bool(getattr(member, "is_member", False))
    )
    if present:
        _members[(chat_id, user_id)] = time.monotonic()
    return present


async def send_relay_out(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """Copy one rep message to the prospect, in order; the first one stops the SLA."""
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if lead is None or lead.stage == Stage.FORGOTTEN:
        raise PermanentFailure("the lead is gone")
    if await _earlier_waiting(session, row):
        raise Postpone(1, "an earlier message to this lead goes first")
    payload = row.payload
    chat_id, rep = int(payload["chat"]), int(payload["rep"])
    stored = await session.get(OutboxMessage, row.id)
    try:
        if not await is_member(bot, chat_id, rep):
            _note(stored, "not relayed: not a member of the sales chat")
            return
    except TelegramForbiddenError as exc:
        raise Postpone(60, "the bot is not in the sales chat") from exc
    now = utcnow()
    try:
        sent = await _deliver_out(bot, lead, payload, settings)
    except TelegramForbiddenError as exc:
        await lifecycle.mark_unreachable(session, lead, now, via="relay")
        await _tell_unreachable(session, bot, lead, now)
        _note(stored, f"403: {exc.message}"[:200])
        return
    except TelegramBadRequest as exc:
        if "chat not found" not in exc.message.lower():
            raise
        await _tell_unreachable(session, bot, lead, now)
        _note(stored, f"400: {exc.message}"[:200])
        return
    except TelegramMigrateToChat:
        # Written in a group that has since become a supergroup: that message stays there.
        _note(stored, "not relayed: the sales group was upgraded meanwhile")
        return
    await repo.insert_ignore(
        session,
        RelayedMessage,
        lead_id=lead.id,
        direction="out",
        sales_chat_id=chat_id,
        sales_message_id=int(payload["message"]),
        prospect_message_id=sent,
        rep_id=rep,
        at=now,
    )
    await _first_reply(session, lead, rep, str(payload.get("rep_label") or rep), now, settings)


async def _deliver_out(bot: Bot, lead: Lead, payload: dict[str, Any], settings: Settings) -> int:
    kind, words, chars = str(payload.get("kind")), payload.get("html"), int(payload["chars"])
    reply = (
        ReplyParameters(message_id=int(payload["reply_to"]), allow_sending_without_reply=True)
        if payload.get("reply_to")
        else None
    )
    signature = f"— {html.escape(str(payload.get('rep_name') or ''))}"
    sign = settings.relay_signature and bool(payload.get("rep_name"))
    if sign and kind == "text" and words and chars + len(signature) + 2 <= TEXT_LIMIT:
        message = await bot.send_message(
            lead.chat_id, f"{words}\n\n{signature}", reply_parameters=reply
        )
        return message.message_id
    caption = None
    if sign and kind in CAPTIONED and chars + len(signature) + 2 <= CAPTION_LIMIT:
        caption = f"{words}\n\n{signature}" if words else signature
    copied = await bot.copy_message(
        lead.chat_id,
        int(payload["chat"]),
        int(payload["message"]),
        caption=caption,
        reply_parameters=reply,
    )
    return copied.message_id


async def _first_reply(
    session: AsyncSession, lead: Lead, rep: int, label: str, now: datetime, settings: Settings
) -> None:
    """The rep's first message reached the prospect: an untaken card is theirs now, the
    first-response SLA stops, and the card and topic say so."""
    card = await sales.latest_card(session, lead.id)
    if card is None or card.first_reply_at is not None or card.outcome is not None:
        return
    if card.taken_by_id is None and lead.stage == Stage.SALES_READY:
        await sales.take(session, lead.id, rep, label, now, settings)
        card = await sales.latest_card(session, lead.id)
        assert card is not None
    card.first_reply_at, card.first_reply_by_id = now, rep
    session.add(AuditEntry(actor_id=rep, action="first_reply", lead_id=lead.id, at=now))
    await lifecycle.first_reply(session, lead)
    await lifecycle.sync_sales_view(session, lead, card=True)


async def _tell_unreachable(session: AsyncSession, bot: Bot, lead: Lead, now: datetime) -> None:
    """One notice per block in the lead's topic (or under its card)."""
    card = await sales.latest_card(session, lead.id)
    if card is None or card.prospect_blocked_at is not None:
        return
    card.prospect_blocked_at = now
    topic = await topics.topic_of(session, lead.id)
    thread = topic.thread_id if topic is not None and topic.chat_id == card.chat_id else None
    text = (
        f"⛔ #{lead.id}: клиент заблокировал бота или удалил чат — сообщения ему не доходят. "
        "Свяжитесь другим способом."
    )
    try:
        await bot.send_message(
            card.chat_id,
            text,
            message_thread_id=thread,
            reply_parameters=ReplyParameters(
                message_id=card.message_id, allow_sending_without_reply=True
            ),
        )
    except TelegramAPIError as exc:
        log.warning("blocked notice for lead %s not posted: %s", lead.id, exc.message)


async def prospect_reachable(session: AsyncSession, lead: Lead) -> None:
    """The prospect unblocked the bot: a later block gets its notice again."""
    card = await sales.latest_card(session, lead.id)
    if card is not None:
        card.prospect_blocked_at = None


def _note(stored: OutboxMessage | None, result: str) -> None:
    if stored is not None:
        stored.payload = {**stored.payload, "result": result}


async def note(session: AsyncSession, message: TeamMessage, now: datetime) -> None:
    """/note in a lead's topic or under its card: stays in the chat, recorded in the audit."""
    lead = await lead_of_team_message(session, message)
    if lead is not None:
        session.add(AuditEntry(actor_id=message.user_id, action="note", lead_id=lead.id, at=now))
