"""A running Bot API emulator and a real aiogram Bot on it, as pytest fixtures (import them into
a test module or a conftest)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.emulator import RunningEmulator, start_emulator

TOKEN = "123456:TEST-token"


@pytest.fixture
async def running() -> AsyncIterator[RunningEmulator]:
    server = await start_emulator()
    yield server
    await server.stop()


@pytest.fixture
async def bot(running: RunningEmulator) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(running.base_url))
    bot = Bot(TOKEN, session=session, default=DefaultBotProperties(parse_mode="HTML"))
    yield bot
    await bot.session.close()
