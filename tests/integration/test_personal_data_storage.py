"""Personal data stays out of logs and off the disk once a lead is forgotten."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from bot.db.engine import create_engine, sqlite_pragmas
from bot.logs import configure_logging
from tests.support.harness import HOT_RU_ANSWERS, Harness

PHONE = "+79991234567"


async def test_sql_errors_do_not_carry_their_parameters(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    try:
        async with engine.connect() as conn:
            with pytest.raises(OperationalError) as err:
                await conn.execute(text("INSERT INTO nowhere VALUES (:phone)"), {"phone": PHONE})
        assert PHONE not in str(err.value)
        assert "hidden" in str(err.value)
    finally:
        await engine.dispose()


async def test_sqlite_overwrites_deleted_content(tmp_path: Path) -> None:
    # Many builds (Debian's among them) turn secure_delete on at compile time; the engine
    # must not depend on that: its connect hook turns it on over a connection that is off.
    raw = sqlite3.connect(tmp_path / "raw.db")
    try:
        raw.execute("PRAGMA secure_delete=OFF")
        sqlite_pragmas(raw, None)
        assert raw.execute("PRAGMA secure_delete").fetchone() == (1,)
    finally:
        raw.close()
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA secure_delete"))).scalar() == 1
    finally:
        await engine.dispose()


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    names = ("sqlalchemy", "sqlalchemy.engine", "aiosqlite", "asyncpg")
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    root.handlers[:], root.level = saved[0], saved[1]
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.usefixtures("restore_logging")
def test_database_loggers_stay_at_warning_whatever_the_level() -> None:
    configure_logging("DEBUG")
    for name in ("sqlalchemy", "aiosqlite", "asyncpg"):
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING, name
    # sqlalchemy.engine logs statements with their parameters at INFO: not even that.
    assert not logging.getLogger("sqlalchemy.engine").isEnabledFor(logging.INFO)
    assert logging.getLogger("bot").isEnabledFor(logging.DEBUG)


async def test_forgotten_personal_data_leaves_the_database_files(tmp_path: Path) -> None:
    h = await Harness.create(tmp_path)
    try:
        prospect = Harness.user(4242, "ru", "Анна")
        await h.qualify(prospect, HOT_RU_ANSWERS)
        lead = await h.lead(prospect.id)
        assert lead is not None and (lead.facts or {}).get("phone") == PHONE
        await h.text(prospect, "/forget")
        lead = await h.lead(prospect.id)
        assert lead is None  # the row is anonymous now
        # The checkpoint after the forget copied the pages into the database file (where
        # secure_delete has zeroed what was deleted) and emptied the write-ahead log, which
        # still held the old pages; writes after it hold only the anonymous rows.
        files = [tmp_path / "test.db", tmp_path / "test.db-wal"]
        data = b"".join(f.read_bytes() for f in files if f.exists())
        for secret in (PHONE, "anna@romashka.ru", "Ромашка", "user4242"):
            assert secret.encode() not in data, secret
    finally:
        await h.close()
