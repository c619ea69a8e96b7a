"""The FSM storage on the database: persistent across engines, JSON, bound to the update."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.fsm_storage import DatabaseStorage, bind_session, unbind_session

KEY = StorageKey(bot_id=1, chat_id=10, user_id=10)


async def test_state_and_data_survive_a_new_engine(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/fsm.db"
    engine = create_engine(url)
    await migrate(engine)
    storage = DatabaseStorage(create_sessionmaker(engine))
    await storage.set_state(KEY, "Dialogue:answering")
    await storage.set_data(KEY, {"step": "budget", "asked_at": 1.5, "ru": "бюджет"})
    await engine.dispose()

    engine = create_engine(url)  # as after a restart
    storage = DatabaseStorage(create_sessionmaker(engine))
    assert await storage.get_state(KEY) == "Dialogue:answering"
    assert await storage.get_data(KEY) == {"step": "budget", "asked_at": 1.5, "ru": "бюджет"}
    other = StorageKey(bot_id=1, chat_id=11, user_id=11)
    assert await storage.get_state(other) is None and await storage.get_data(other) == {}
    await storage.set_state(KEY, None)
    await storage.set_data(KEY, {})
    assert await storage.get_state(KEY) is None
    await engine.dispose()


async def test_writes_inside_an_update_commit_with_it(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/fsm.db")
    await migrate(engine)
    sessionmaker = create_sessionmaker(engine)
    storage = DatabaseStorage(sessionmaker)
    async with sessionmaker() as session:
        token = bind_session(session)
        await storage.set_state(KEY, "Dialogue:answering")
        unbind_session(token)
        await session.rollback()  # the update failed: its FSM write is gone too
    assert await storage.get_state(KEY) is None
    await engine.dispose()


@pytest.mark.skipif(not os.environ.get("TEST_REDIS_URL"), reason="needs TEST_REDIS_URL")
async def test_redis_fsm_carries_the_dialogue(tmp_path: Path) -> None:
    """REDIS_URL switches the FSM (and the per-chat lock) to Redis; the dialogue is the same."""
    from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage

    from tests.support.harness import Harness

    harness = await Harness.create(tmp_path, redis_url=os.environ["TEST_REDIS_URL"])
    try:
        assert isinstance(harness.dispatcher.storage, RedisStorage)
        assert isinstance(harness.dispatcher.fsm.events_isolation, RedisEventIsolation)
        user = Harness.user(int(time.time() * 1000) % 10**9 + 10**9)  # fresh in a shared Redis
        await harness.text(user, "/start")
        await harness.text(user, "Нужен сайт")
        await harness.text(user, "500 тыс")
        assert set(await harness.answers(user.id)) == {"need", "budget"}
        assert "решение" in harness.session.texts(user.id)[-1]
    finally:
        await harness.dispatcher.storage.close()
        await harness.close()
