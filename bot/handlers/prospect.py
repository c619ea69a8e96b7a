"""The prospect's private chat: commands, typed answers, buttons, contacts, media."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message, TelegramObject
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.dialogs.keyboards import AnswerCallback, BackCallback
from bot.dialogs.script import Script
from bot.handlers.common import send_all
from bot.services.conversation import Conversation
from bot.services.privacy import forget_lead

router = Router(name=__name__)
router.message.filter(F.chat.type == "private", F.from_user)
router.edited_message.filter(F.chat.type == "private", F.from_user)
router.callback_query.filter(F.message.chat.type == "private")


async def _with_conversation(
    handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
    event: TelegramObject,
    data: dict[str, Any],
) -> Any:
    data["conversation"] = Conversation(
        data["session"], data["script"], data["settings"], data["models"], data["state"]
    )
    return await handler(event, data)


for _observer in (router.message, router.edited_message, router.callback_query):
    _observer.middleware(_with_conversation)


@router.message(CommandStart())
async def cmd_start(message: Message, command: CommandObject, conversation: Conversation) -> None:
    assert message.from_user
    out = await conversation.start(message.from_user, command.args)
    await send_all(message.bot, message.chat.id, out)


@router.message(Command("help"))
async def cmd_help(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await message.answer(await conversation.help_text(message.from_user))


@router.message(Command("back"))
async def cmd_back(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await send_all(message.bot, message.chat.id, await conversation.on_back(message.from_user))


@router.message(Command("restart"))
async def cmd_restart(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await send_all(message.bot, message.chat.id, await conversation.on_restart(message.from_user))


@router.message(Command("stop"))
async def cmd_stop(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await send_all(message.bot, message.chat.id, await conversation.on_stop(message.from_user))


@router.message(Command("forget"))
async def cmd_forget(message: Message, session: AsyncSession, script: Script) -> None:
    """The prospect's right to be forgotten: personal data and conversation are erased."""
    assert message.from_user and message.bot
    lead = await repo.lead_by_user(session, message.from_user.id)
    language = lead.language if lead is not None else "ru"
    if lead is not None:
        await forget_lead(session, message.bot, lead)
    await message.answer(script.text("forgotten", language))


@router.message(Command("lang"))
async def cmd_lang(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await send_all(message.bot, message.chat.id, await conversation.on_lang(message.from_user))


@router.message(F.contact)
async def on_contact(message: Message, conversation: Conversation) -> None:
    assert message.from_user and message.contact
    own = message.contact.user_id == message.from_user.id
    out = await conversation.on_contact(message.from_user, message.contact.phone_number, own)
    await send_all(message.bot, message.chat.id, out)


@router.message(F.text)
async def on_text(message: Message, conversation: Conversation) -> None:
    assert message.from_user and message.text is not None
    out = await conversation.on_text(message.from_user, message.text)
    await send_all(message.bot, message.chat.id, out)


@router.message()
async def on_other_message(message: Message, conversation: Conversation) -> None:
    """Stickers, photos, voice, files: recorded as behaviour, answered with a gentle re-ask."""
    assert message.from_user
    out = await conversation.on_media(message.from_user, message.content_type.value)
    await send_all(message.bot, message.chat.id, out)


@router.edited_message()
async def on_edited(message: Message, conversation: Conversation) -> None:
    assert message.from_user
    await conversation.on_edit(message.from_user)


@router.callback_query(AnswerCallback.filter())
async def on_answer_button(
    query: CallbackQuery, callback_data: AnswerCallback, bot: Bot, conversation: Conversation
) -> None:
    notice, out = await conversation.on_option(
        query.from_user, callback_data.step, callback_data.value
    )
    await query.answer(notice)
    if out and query.message is not None:
        # Take the buttons off the answered question so it is not tapped again.
        await bot.edit_message_reply_markup(
            chat_id=query.message.chat.id, message_id=query.message.message_id
        )
    await send_all(bot, query.from_user.id, out)


@router.callback_query(BackCallback.filter())
async def on_back_button(
    query: CallbackQuery, callback_data: BackCallback, bot: Bot, conversation: Conversation
) -> None:
    notice, out = await conversation.on_back_button(query.from_user, callback_data.step)
    await query.answer(notice)
    await send_all(bot, query.from_user.id, out)
