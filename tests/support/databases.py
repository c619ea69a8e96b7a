"""A clean database of either engine for tests that must hold on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import create_engine, downgrade, migrate

ENGINES = ["sqlite", "postgresql"]


@asynccontextmanager
async def clean_database(
    kind: str, tmp_path: Path, *, migrated: bool = True
) -> AsyncIterator[AsyncEngine]:
    """A fresh SQLite file, or the TEST_POSTGRES_URL database emptied before and after (the
    test is skipped without it); migrated to head unless told otherwise."""
    if kind == "sqlite":
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/test.db")
    else:
        url = os.environ.get("TEST_POSTGRES_URL")
        if not url:
            pytest.skip("TEST_POSTGRES_URL is not set")
        engine = create_engine(url)
        await downgrade(engine, "base")  # a previous run may have left tables behind
    try:
        if migrated:
            await migrate(engine)
        yield engine
        if kind == "postgresql":
            await downgrade(engine, "base")
    finally:
        await engine.dispose()
