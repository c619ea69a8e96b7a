"""One unit of work, one hop: a sync function over a SQLAlchemy connection, run whole.

The dialogue's hot path reads a lead, decides, and writes everything back in one go. Going
through the async driver statement by statement costs a thread hop (aiosqlite) or a network
round trip each; instead the whole unit runs as one call:

- SQLite: in the database's own worker thread, on a sync `pysqlite` engine over the same file
  (WAL, busy timeout, foreign keys). One thread: units never wait for each other's locks,
  and the event loop never blocks on the database;
- PostgreSQL: `AsyncConnection.run_sync` on the asyncpg engine, in one transaction.

The same function runs on both, written with SQLAlchemy Core against the ORM's tables (one
data-access layer: the ORM where it is worth it, Core on the hot path). The unit commits when
the function returns and rolls back if it raises: nothing else commits it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Engine, event
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import sqlite_pragmas

T = TypeVar("T")
Unit = Callable[[Connection], T]


class Database:
    """Runs units of work (see the module docstring) next to the application's async engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sync: Engine | None = None
        self._thread: ThreadPoolExecutor | None = None
        url = engine.url
        if url.get_backend_name() == "sqlite":
            sync_url = make_url(str(url).replace("sqlite+aiosqlite", "sqlite+pysqlite", 1))
            self._sync = create_sync_engine(
                sync_url, connect_args={"timeout": 30, "check_same_thread": False},
                hide_parameters=True,
            )  # fmt: skip
            event.listen(self._sync, "connect", sqlite_pragmas)
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database")

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def run(self, unit: Unit[T]) -> T:
        """Run `unit(connection)` in one transaction; commit if it returns, roll back if not."""
        if self._sync is not None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._thread, self._run_sqlite, unit)
        async with self.engine.begin() as connection:
            return await connection.run_sync(unit)

    def _run_sqlite(self, unit: Unit[T]) -> T:
        assert self._sync is not None
        with self._sync.begin() as connection:
            return unit(connection)

    async def dispose(self) -> None:
        if self._thread is not None:
            self._thread.shutdown(wait=True)
        if self._sync is not None:
            self._sync.dispose()
