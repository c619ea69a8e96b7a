"""The sales chat's side of the conversation with prospects: reps' messages to relay, /note,
and the bot's own topic-created messages (adopted when an interrupted try opened a topic)."""

from __future__ import annotations

from collections.abc import Callable

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.config import Settings
from bot.db.models import utcnow
from bot.filters import OnLoop
from bot.outgoing import AfterCommit
from bot.services import relay, sales, topics
from bot.services.relay import TeamMessage

GROUPS = ("group", "supergroup")


async def _in_sales_chat(message: Message, session: AsyncSession, settings: Settings) -> bool:
    return message.chat.id == (await sales.sales_chat(session, settings))[0]


async def on_topic_created(
    message: Message, session: AsyncSession, settings: Settings, bot: Bot
) -> None:
    """Telegram tells the bot about the topics it opens: one that no committed row knows of
    (the process died mid-try) is recorded for its lead. People's topics are left alone."""
    created = message.forum_topic_created
    if (
        created is None
        or message.from_user is None
        or message.from_user.id != bot.id
        or message.message_thread_id is None
        or not await _in_sales_chat(message, session, settings)
    ):
        return
    await topics.adopt(session, message.chat.id, message.message_thread_id, created.name)


async def cmd_note(message: Message, session: AsyncSession, settings: Settings) -> None:
    """/note text: for colleagues only (never relayed), recorded in the audit log."""
    if message.from_user is None or not await _in_sales_chat(message, session, settings):
        return
    await relay.note(session, TeamMessage.of(message), utcnow())


async def on_team_message(
    message: Message,
    session: AsyncSession,
    settings: Settings,
    after_commit: AfterCommit,
    outbox_kick: Callable[[], None] | None = None,
) -> None:
    """A message in the sales chat: relayed to the prospect when it is for one."""
    if not await _in_sales_chat(message, session, settings):
        return
    outcome, _ = await relay.from_team(session, settings, TeamMessage.of(message))
    if outcome == "relayed":
        after_commit.kick(outbox_kick)  # a live conversation does not wait for the tick
    elif outcome == "forgotten":
        after_commit.call(message.reply(texts.text("lead_erased")))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(OnLoop(F.chat.type.in_(GROUPS)))
    router.message.register(on_topic_created, OnLoop(F.forum_topic_created))
    router.message.register(cmd_note, Command("note"), OnLoop(F.from_user))
    router.message.register(on_team_message, OnLoop(F.from_user))
    return router
