"""Nurture buttons in the prospect's private chat: ready to talk, price list, stop, continue."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.methods import EditMessageReplyMarkup
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.db.models import utcnow
from bot.dialogs.script import Script
from bot.filters import OnLoop
from bot.outgoing import AfterCommit
from bot.services import nurture
from bot.services.conversation import Conversation
from bot.services.nurture import NurtureCallback
from bot.services.scoring import ModelCache


async def on_resume(
    query: CallbackQuery,
    callback_data: NurtureCallback,
    session: AsyncSession,
    settings: Settings,
    models: ModelCache,
    script: Script,
    after_commit: AfterCommit,
) -> None:
    conversation = Conversation(session, script, settings, models)
    notice, out = await conversation.resume_from_nudge(query.from_user, callback_data.lead)
    after_commit.call(query.answer(notice))
    after_commit.send(query.from_user.id, out)


async def on_nurture_button(
    query: CallbackQuery,
    callback_data: NurtureCallback,
    session: AsyncSession,
    settings: Settings,
    models: ModelCache,
    script: Script,
    after_commit: AfterCommit,
) -> None:
    result = await nurture.on_click(
        session, script, settings, models, query.from_user.id, callback_data, utcnow()
    )
    after_commit.call(query.answer(result.notice))
    if callback_data.action == "stop" and query.message is not None:
        # Take the buttons off, so "ready" is not pressed on a message the lead declined.
        after_commit.call(
            EditMessageReplyMarkup(
                chat_id=query.message.chat.id, message_id=query.message.message_id
            )
        )
    after_commit.send(query.from_user.id, result.replies)


def create_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.filter(OnLoop(F.message.chat.type == "private"))
    router.callback_query.register(on_resume, NurtureCallback.filter(F.action == "resume"))
    router.callback_query.register(on_nurture_button, NurtureCallback.filter())
    return router
