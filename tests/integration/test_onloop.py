"""The `sqlite+onloop` driver: SQLite on the event loop, writers taking turns asynchronously."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import onloop
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import KeyValue

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/onloop.db")
    await migrate(engine)
    yield engine
    await engine.dispose()


async def test_the_configured_aiosqlite_url_is_served_on_the_loop(engine: AsyncEngine) -> None:
    assert engine.dialect.driver == onloop.DRIVER
    async with engine.connect() as connection:
        assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"


async def test_a_second_writer_waits_for_the_first_without_blocking_the_loop(
    engine: AsyncEngine,
) -> None:
    sessionmaker = create_sessionmaker(engine)
    order: list[str] = []
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    async def first() -> None:
        async with sessionmaker.begin() as session:
            session.add(KeyValue(key="a", value={"n": 1}))
            await session.flush()
            order.append("first wrote")
            await asyncio.sleep(0.1)  # a slow step while holding the write turn
            order.append("first commits")

    async def second() -> None:
        await asyncio.sleep(0.02)
        async with sessionmaker.begin() as session:
            session.add(KeyValue(key="b", value={"n": 2}))
            await session.flush()
            order.append("second wrote")

    tick = asyncio.create_task(ticker())
    await asyncio.gather(first(), second())
    tick.cancel()
    assert order == ["first wrote", "first commits", "second wrote"]
    assert ticks >= 10  # the loop kept running while the second writer waited
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(KeyValue)) == 2


async def test_readers_never_wait_for_a_writer(engine: AsyncEngine) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker() as writer, sessionmaker() as reader:
        writer.add(KeyValue(key="w", value={}))
        await writer.flush()  # holds the write turn, not committed
        count = await asyncio.wait_for(
            reader.scalar(select(func.count()).select_from(KeyValue)), timeout=1
        )
        assert count == 0  # the uncommitted row is not seen, and nothing waited
        await writer.commit()


async def test_writing_in_two_sessions_of_one_task_fails_instead_of_hanging(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onloop, "WRITE_LOCK_TIMEOUT", 0.2)
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker() as outer:
        outer.add(KeyValue(key="outer", value={}))
        await outer.flush()
        async with sessionmaker() as inner:
            inner.add(KeyValue(key="inner", value={}))
            with pytest.raises(OperationalError, match="database is locked"):
                await inner.flush()
        await outer.commit()
    # The failed writer let go of nothing it did not hold: the next write goes through.
    async with sessionmaker.begin() as session:
        session.add(KeyValue(key="after", value={}))
