"""The prospect's private chat: commands, typed answers, buttons, contacts, media."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.methods import EditMessageReplyMarkup
from aiogram.types import CallbackQuery, Message, TelegramObject
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.dialogs.keyboards import AnswerCallback, BackCallback
from bot.dialogs.script import Script
from bot.filters import OnLoop
from bot.outgoing import AfterCommit, Outgoing
from bot.services.conversation import Conversation
from bot.services.privacy import after_forget, forget_lead
from bot.services.relay import Incoming

Kick = Callable[[], None] | None  # the dispatcher's `outbox_kick`, set by the running bot


async def _with_conversation(
    handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
    event: TelegramObject,
    data: dict[str, Any],
) -> Any:
    data["conversation"] = Conversation(
        data["session"], data["script"], data["settings"], data["models"]
    )
    return await handler(event, data)


async def cmd_start(
    message: Message, command: CommandObject, conversation: Conversation, after_commit: AfterCommit
) -> None:
    assert message.from_user
    after_commit.send(message.chat.id, await conversation.start(message.from_user, command.args))


async def cmd_help(
    message: Message, conversation: Conversation, after_commit: AfterCommit
) -> None:
    assert message.from_user
    after_commit.send(message.chat.id, [Outgoing(await conversation.help_text(message.from_user))])


async def cmd_back(
    message: Message, conversation: Conversation, after_commit: AfterCommit
) -> None:
    assert message.from_user
    after_commit.send(message.chat.id, await conversation.on_back(message.from_user))


async def cmd_restart(
    message: Message, conversation: Conversation, after_commit: AfterCommit
) -> None:
    assert message.from_user
    after_commit.send(message.chat.id, await conversation.on_restart(message.from_user))


async def cmd_stop(
    message: Message, conversation: Conversation, after_commit: AfterCommit
) -> None:
    assert message.from_user
    after_commit.send(message.chat.id, await conversation.on_stop(message.from_user))


async def cmd_forget(
    message: Message, session: AsyncSession, script: Script, after_commit: AfterCommit
) -> None:
    """The prospect's right to be forgotten: personal data and conversation are erased."""
    assert message.from_user
    lead = await repo.lead_by_user(session, message.from_user.id)
    language = lead.language if lead is not None else "ru"
    if lead is not None:
        forgotten = await forget_lead(session, lead)
        engine = session.bind
        after_commit.then(lambda bot: after_forget(bot, engine, forgotten))
    after_commit.send(message.chat.id, [Outgoing(script.text("forgotten", language))])


async def cmd_lang(
    message: Message, conversation: Conversation, after_commit: AfterCommit
) -> None:
    assert message.from_user
    after_commit.send(message.chat.id, await conversation.on_lang(message.from_user))


async def on_contact(
    message: Message,
    conversation: Conversation,
    after_commit: AfterCommit,
    outbox_kick: Kick = None,
) -> None:
    assert message.from_user and message.contact
    own = message.contact.user_id == message.from_user.id
    out = await conversation.on_contact(
        message.from_user, message.contact.phone_number, own, Incoming.of(message)
    )
    after_commit.send(message.chat.id, out)
    if conversation.relayed:
        after_commit.kick(outbox_kick)


async def on_text(
    message: Message,
    conversation: Conversation,
    after_commit: AfterCommit,
    outbox_kick: Kick = None,
) -> None:
    assert message.from_user and message.text is not None
    out = await conversation.on_text(message.from_user, message.text, Incoming.of(message))
    after_commit.send(message.chat.id, out)
    if conversation.relayed:
        after_commit.kick(outbox_kick)


async def on_other_message(
    message: Message,
    conversation: Conversation,
    after_commit: AfterCommit,
    outbox_kick: Kick = None,
) -> None:
    """Stickers, photos, voice, files: recorded as behaviour, answered with a gentle re-ask;
    after a hand-off, relayed to the sales chat."""
    assert message.from_user
    out = await conversation.on_media(
        message.from_user, message.content_type.value, Incoming.of(message)
    )
    after_commit.send(message.chat.id, out)
    if conversation.relayed:
        after_commit.kick(outbox_kick)


async def on_edited(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await conversation.on_edit(message.from_user)


async def on_answer_button(
    query: CallbackQuery,
    callback_data: AnswerCallback,
    conversation: Conversation,
    after_commit: AfterCommit,
) -> None:
    notice, out = await conversation.on_option(
        query.from_user, callback_data.step, callback_data.value
    )
    after_commit.call(query.answer(notice))
    if out and query.message is not None:
        # Take the buttons off the answered question so it is not tapped again.
        after_commit.call(
            EditMessageReplyMarkup(
                chat_id=query.message.chat.id, message_id=query.message.message_id
            )
        )
    after_commit.send(query.from_user.id, out)


async def on_back_button(
    query: CallbackQuery,
    callback_data: BackCallback,
    conversation: Conversation,
    after_commit: AfterCommit,
) -> None:
    notice, out = await conversation.on_back_button(query.from_user, callback_data.step)
    after_commit.call(query.answer(notice))
    after_commit.send(query.from_user.id, out)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(OnLoop(F.chat.type == "private"), OnLoop(F.from_user))
    router.edited_message.filter(OnLoop(F.chat.type == "private"), OnLoop(F.from_user))
    router.callback_query.filter(OnLoop(F.message.chat.type == "private"))
    for observer in (router.message, router.edited_message, router.callback_query):
        observer.middleware(_with_conversation)
    # A typed answer (most updates) goes straight to on_text: a text without the command
    # prefix matches none of the commands below, and each of their seven Command filters
    # would parse it into a CommandObject and fail by raising, on every answer.
    router.message.register(on_text, OnLoop(F.text & ~F.text.startswith("/")))
    router.message.register(cmd_start, CommandStart())
    router.message.register(cmd_help, Command("help"))
    router.message.register(cmd_back, Command("back"))
    router.message.register(cmd_restart, Command("restart"))
    router.message.register(cmd_stop, Command("stop"))
    router.message.register(cmd_forget, Command("forget"))
    router.message.register(cmd_lang, Command("lang"))
    router.message.register(on_contact, OnLoop(F.contact))
    router.message.register(on_text, OnLoop(F.text))  # an unknown /command: an answer too
    router.message.register(on_other_message)
    router.edited_message.register(on_edited)
    router.callback_query.register(on_answer_button, AnswerCallback.filter())
    router.callback_query.register(on_back_button, BackCallback.filter())
    return router
