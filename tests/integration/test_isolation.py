"""Per-chat isolation without aiogram's FSM: two updates of one prospect never interleave."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from aiogram.dispatcher.middlewares.user_context import EVENT_CONTEXT_KEY, EventContext
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import Chat, User

from bot.middlewares import ChatIsolationMiddleware
from tests.support.harness import Harness


async def _burst(harness: Harness, user_id: int) -> None:
    user = Harness.user(user_id)
    await harness.text(user, "/start")
    # Three answers sent at once: each is handled after the previous one committed, so each
    # answers the question asked by the one before it.
    await asyncio.gather(
        harness.text(user, "Нужен интернет-магазин"),
        harness.text(user, "около 2 млн руб"),
        harness.text(user, "решаю сам"),
    )
    assert set(await harness.answers(user.id)) >= {"need", "budget", "authority"}


async def test_one_chat_updates_are_handled_one_at_a_time(tmp_path: Path) -> None:
    harness = await Harness.create(tmp_path)
    try:
        await _burst(harness, 10_001)
    finally:
        await harness.close()


async def test_the_lock_is_per_chat() -> None:
    """Same user and chat: one after the other; another chat: at the same time."""
    middleware = ChatIsolationMiddleware(SimpleEventIsolation())
    log: list[str] = []

    async def handler(name: str) -> None:
        log.append(f"+{name}")
        await asyncio.sleep(0.01)
        log.append(f"-{name}")

    def data(chat: int) -> dict[str, Any]:
        bot = SimpleNamespace(id=42)
        return {"bot": bot, EVENT_CONTEXT_KEY: EventContext(chat=_chat(chat), user=_user(chat))}

    await asyncio.gather(
        middleware(lambda e, d: handler("a1"), None, data(1)),  # type: ignore[arg-type]
        middleware(lambda e, d: handler("a2"), None, data(1)),  # type: ignore[arg-type]
    )
    assert log == ["+a1", "-a1", "+a2", "-a2"]
    log.clear()
    await asyncio.gather(
        middleware(lambda e, d: handler("a"), None, data(1)),  # type: ignore[arg-type]
        middleware(lambda e, d: handler("b"), None, data(2)),  # type: ignore[arg-type]
    )
    assert log[:2] == ["+a", "+b"]


def _chat(chat_id: int) -> Chat:
    return Chat(id=chat_id, type="private")


def _user(user_id: int) -> User:
    return User(id=user_id, is_bot=False, first_name="Иван")


@pytest.mark.skipif(not os.environ.get("TEST_REDIS_URL"), reason="needs TEST_REDIS_URL")
async def test_redis_isolation_serialises_one_chat(tmp_path: Path) -> None:
    """REDIS_URL switches the per-chat lock to Redis (across instances); same dialogue."""
    from aiogram.fsm.storage.redis import RedisEventIsolation

    harness = await Harness.create(tmp_path, redis_url=os.environ["TEST_REDIS_URL"])
    try:
        assert isinstance(harness.dispatcher.fsm.events_isolation, RedisEventIsolation)
        await _burst(harness, int(time.time() * 1000) % 10**9 + 10**9)  # fresh in shared Redis
    finally:
        await harness.dispatcher.fsm.events_isolation.close()
        await harness.close()
