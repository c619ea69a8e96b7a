"""Sending what a service decided, after it committed."""

from __future__ import annotations

from collections.abc import Iterable

from aiogram import Bot

from bot.services.conversation import Outgoing


async def send_all(bot: Bot, chat_id: int, messages: Iterable[Outgoing]) -> None:
    for message in messages:
        await bot.send_message(chat_id, message.text, reply_markup=message.markup)
