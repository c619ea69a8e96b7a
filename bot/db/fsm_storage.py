"""aiogram FSM storage on the project's own database: persistent, JSON, no pickle.

Inside an update the storage writes through the update's own session (see `bind_session`),
so the step a chat is at and the answers it gave commit in one transaction; and on SQLite
there is never a second writer waiting for the first one's lock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import FsmRecord

_update_session: ContextVar[AsyncSession | None] = ContextVar("fsm_update_session", default=None)


def bind_session(session: AsyncSession | None) -> object:
    """Make FSM writes in this context go through `session`; returns a reset token."""
    return _update_session.set(session)


def unbind_session(token: object) -> None:
    _update_session.reset(token)  # type: ignore[arg-type]


class DatabaseStorage(BaseStorage):
    """One row per chat/user key, JSON data."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], key_builder: KeyBuilder | None = None
    ) -> None:
        self._sessionmaker = sessionmaker
        self._key_builder = key_builder or DefaultKeyBuilder(with_destiny=True)

    def _key(self, key: StorageKey) -> str:
        return self._key_builder.build(key)

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[AsyncSession]:
        bound = _update_session.get()
        if bound is not None:
            yield bound  # the update's transaction commits it
            return
        async with self._sessionmaker.begin() as session:
            yield session

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[AsyncSession]:
        bound = _update_session.get()
        if bound is not None:
            yield bound
            return
        async with self._sessionmaker() as session:
            yield session

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        async with self._writing() as session:
            record = await session.get(FsmRecord, self._key(key))
            if record is None:
                if value is None:
                    return
                session.add(FsmRecord(key=self._key(key), state=value, data={}))
            else:
                record.state = value

    async def get_state(self, key: StorageKey) -> str | None:
        async with self._reading() as session:
            return await session.scalar(
                select(FsmRecord.state).where(FsmRecord.key == self._key(key))
            )

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        async with self._writing() as session:
            record = await session.get(FsmRecord, self._key(key))
            if record is None:
                if data:
                    session.add(FsmRecord(key=self._key(key), state=None, data=dict(data)))
            else:
                record.data = dict(data)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with self._reading() as session:
            data = await session.scalar(
                select(FsmRecord.data).where(FsmRecord.key == self._key(key))
            )
            return dict(data or {})

    async def clear(self, key: StorageKey) -> None:
        async with self._writing() as session:
            await session.execute(delete(FsmRecord).where(FsmRecord.key == self._key(key)))

    async def close(self) -> None:
        # The engine belongs to the application, which disposes of it.
        return None
