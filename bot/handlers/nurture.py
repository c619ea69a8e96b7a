"""Nurture buttons in the prospect's private chat: ready to talk, price list, stop, continue."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.db.models import utcnow
from bot.dialogs.script import Script
from bot.handlers.common import send_all
from bot.services import nurture
from bot.services.nurture import NurtureCallback, Reply
from bot.services.scoring import ModelCache

router = Router(name=__name__)
router.callback_query.filter(F.message.chat.type == "private")


@router.callback_query(NurtureCallback.filter(F.action == "resume"))
async def on_resume(
    query: CallbackQuery,
    callback_data: NurtureCallback,
    session: AsyncSession,
    settings: Settings,
    models: ModelCache,
    script: Script,
    state: FSMContext,
    bot: Bot,
) -> None:
    notice, out = await nurture.resume(
        session, script, settings, models, state, query.from_user, callback_data, utcnow()
    )
    await query.answer(notice)
    await send_all(bot, query.from_user.id, out)


@router.callback_query(NurtureCallback.filter())
async def on_nurture_button(
    query: CallbackQuery,
    callback_data: NurtureCallback,
    session: AsyncSession,
    settings: Settings,
    models: ModelCache,
    script: Script,
    bot: Bot,
) -> None:
    result = await nurture.on_click(
        session, script, settings, models, query.from_user.id, callback_data, utcnow()
    )
    await query.answer(result.notice)
    if callback_data.action == "stop" and query.message is not None:
        # Take the buttons off, so "ready" is not pressed on a message the lead declined.
        try:
            await bot.edit_message_reply_markup(
                chat_id=query.message.chat.id, message_id=query.message.message_id
            )
        except TelegramBadRequest:
            pass  # already without buttons (a double tap)
    for reply in result.replies:
        await _send(bot, query.from_user.id, reply)


async def _send(bot: Bot, chat_id: int, reply: Reply) -> None:
    if reply.document is not None:
        try:
            await bot.send_document(chat_id, reply.document, caption=reply.text)
            return
        except TelegramBadRequest:
            pass  # a stale file id: the text alone still answers the press
    await bot.send_message(chat_id, reply.text)
