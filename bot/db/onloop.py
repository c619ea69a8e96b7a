"""SQLite on the event loop: the `sqlite+onloop` dialect.

aiosqlite gives every connection a thread and sends each statement there and back: a thread
hop per statement, which cost the dialogue more than the statements themselves (a local
SQLite statement takes microseconds). This dialect runs the standard library's `sqlite3`
directly on the event loop's thread, under SQLAlchemy's asyncio API, so the ORM code is the
same on SQLite and PostgreSQL (asyncpg).

A statement must never wait on the loop for a lock another transaction of this process
holds: that transaction could not go on, and the loop would hang until the busy timeout.
So writers take turns before they write: the first INSERT/UPDATE/DELETE/DDL of a transaction
awaits the engine's write lock (asynchronously), which the transaction's commit or rollback
releases. Reads need no turn (WAL: readers never wait for the writer, and pysqlite opens the
transaction only at the first write, so a read holds no snapshot). Consequences:
- a transaction that writes and then awaits the network keeps other writers waiting (as
  SQLite itself would): network calls go after the commit (DESIGN principle 4);
- a task that writes in one session and then in another one before committing the first
  waits for itself: after `WRITE_LOCK_TIMEOUT` seconds it fails like SQLite's "database is
  locked", never hangs;
- another process writing the same file (a CLI command) can make a statement wait for
  SQLite's own lock on the loop, at most `busy_timeout`.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from sqlalchemy import pool
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.engine import URL
from sqlalchemy.util.concurrency import await_, in_greenlet

DRIVER = "onloop"
WRITE_LOCK_TIMEOUT = 30.0
_READS = ("SELECT", "PRAGMA", "SAVEPOINT", "RELEASE")


class _Cursor(sqlite3.Cursor):
    async def _async_soft_close(self) -> None:
        """SQLAlchemy's asyncio results ask an async driver's cursor to let go of the
        statement; sqlite3 rows are read in place, so there is nothing to wait for."""


class _Connection(sqlite3.Connection):
    writing = False  # holds the engine's write lock until its transaction ends

    def cursor(self, factory: Any = _Cursor) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory)


async def _nothing() -> None:
    return None


async def _acquire(lock: asyncio.Lock) -> None:
    # asyncio.timeout, not wait_for: on Python 3.11 wait_for wraps the acquire in a task and
    # resumes us a loop turn or two later even when the lock is free (every transaction's
    # first write); the timeout only arms a timer, and a free lock is taken in place.
    if not lock.locked():
        # Free: taken in place, no timer (arming one cost a one-statement transaction 5 %). A
        # task that holds no lock cannot be the one that keeps it from being released.
        await lock.acquire()
        return
    try:
        async with asyncio.timeout(WRITE_LOCK_TIMEOUT):
            await lock.acquire()
    except TimeoutError:
        raise sqlite3.OperationalError(
            "database is locked (another transaction of this process kept writing)"
        ) from None


class SQLiteDialect_onloop(SQLiteDialect_pysqlite):
    driver = DRIVER
    is_async = True
    supports_statement_cache = True

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._write_lock: asyncio.Lock | None = None

    @classmethod
    def get_pool_class(cls, url: URL) -> type[pool.Pool]:
        if cls._is_url_file_db(url):
            return pool.AsyncAdaptedQueuePool
        return pool.StaticPool

    def create_connect_args(self, url: URL) -> tuple[list[Any], dict[str, Any]]:
        args, kwargs = super().create_connect_args(url)
        # Every statement runs on the loop's thread; the pool hands connections out there.
        kwargs["check_same_thread"] = False
        kwargs["factory"] = _Connection
        return args, kwargs

    def _turn(self, cursor: Any, statement: str) -> None:
        """Before a statement: a write waits for the write lock (see the module docstring).
        SQLAlchemy's AsyncConnection also checks that a statement went through an await (to
        catch a sync driver by mistake): a read passes through one that does nothing."""
        if not in_greenlet():
            return
        connection = cursor.connection
        if connection.writing or statement.lstrip()[:9].upper().startswith(_READS):
            await_(_nothing())
            return
        if self._write_lock is None:
            self._write_lock = asyncio.Lock()
        await_(_acquire(self._write_lock))
        connection.writing = True

    def _end(self, connection: Any) -> None:
        # SQLAlchemy passes the pool's proxy here or the driver's connection: the flag lives
        # on the driver's.
        connection = getattr(connection, "dbapi_connection", connection)
        if getattr(connection, "writing", False):
            connection.writing = False
            assert self._write_lock is not None
            self._write_lock.release()

    def do_execute(
        self, cursor: Any, statement: str, parameters: Any, context: Any = None
    ) -> None:
        self._turn(cursor, statement)
        super().do_execute(cursor, statement, parameters, context)

    def do_execute_no_params(self, cursor: Any, statement: str, context: Any = None) -> None:
        self._turn(cursor, statement)
        super().do_execute_no_params(cursor, statement, context)

    def do_executemany(
        self, cursor: Any, statement: str, parameters: Any, context: Any = None
    ) -> None:
        self._turn(cursor, statement)
        super().do_executemany(cursor, statement, parameters, context)

    def do_commit(self, dbapi_connection: Any) -> None:
        try:
            super().do_commit(dbapi_connection)
        finally:
            self._end(dbapi_connection)

    def do_rollback(self, dbapi_connection: Any) -> None:
        try:
            super().do_rollback(dbapi_connection)
        finally:
            self._end(dbapi_connection)

    def do_close(self, dbapi_connection: Any) -> None:
        self._end(dbapi_connection)
        super().do_close(dbapi_connection)


registry.register(f"sqlite.{DRIVER}", __name__, "SQLiteDialect_onloop")
