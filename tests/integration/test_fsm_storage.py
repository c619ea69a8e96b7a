"""The FSM storage on the database: persistent across engines, JSON, bound to the update."""

from __future__ import annotations

from pathlib import Path

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
