"""Engine and session factory; SQLite gets WAL, a busy timeout, foreign keys and
secure_delete.

Statements' parameters are names, phones and answers: the engine hides them from its error
messages (hide_parameters), and its loggers stay at WARNING (bot.__main__).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession  # re-export

from bot.db import onloop

MIGRATIONS = Path(__file__).with_name("migrations")
CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)"


def _json_dumps(value: Any) -> str:
    # JSON columns (a lead's score, facts and dialogue state) are written on every answer:
    # orjson writes UTF-8 instead of escaping every Cyrillic letter, about 7x faster than the
    # standard library on a lead's score. Non-string keys are written as strings, as json did.
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def create_engine(database_url: str, **kwargs: Any) -> AsyncEngine:
    kwargs.setdefault("json_serializer", _json_dumps)
    kwargs.setdefault("json_deserializer", orjson.loads)
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        if url.drivername in ("sqlite", "sqlite+aiosqlite"):
            url = url.set(drivername=f"sqlite+{onloop.DRIVER}")
        engine = create_async_engine(
            url, connect_args={"timeout": 30}, hide_parameters=True, **kwargs
        )
        event.listen(engine.sync_engine, "connect", sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers work while the single writer commits; busy_timeout waits
    # for the lock instead of failing with "database is locked".
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted and overwritten content is zeroed, not left in free space (forgotten leads).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


async def checkpoint(bind: AsyncEngine | AsyncSession) -> None:
    """SQLite: copy the write-ahead log into the database file and empty the log.

    The log keeps old page images (personal data a forget has just erased among them) until
    SQLite checkpoints on its own. Call it right after such a commit. Best effort: readers
    still on an older snapshot keep their pages in the log until the next checkpoint.
    A no-op on other databases.
    """
    engine = bind.get_bind() if isinstance(bind, AsyncSession) else bind
    if engine.dialect.name != "sqlite":
        return
    if isinstance(bind, AsyncSession):
        await bind.execute(text(CHECKPOINT))
        return
    async with bind.connect() as connection:
        await connection.exec_driver_sql(CHECKPOINT)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    command.upgrade(alembic_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    command.downgrade(alembic_config(connection), revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Apply migrations up to `revision` (at start-up: head)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    async with engine.begin() as connection:
        await connection.run_sync(_downgrade, revision)
