"""Migration stairway: upgrade, downgrade and upgrade again every revision."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.db.engine import alembic_config, create_engine, downgrade, migrate
from bot.db.models import Base

REVISIONS = list(ScriptDirectory.from_config(alembic_config()).walk_revisions("base", "heads"))
REVISIONS.reverse()


@pytest.fixture(params=["sqlite", "postgresql"])
async def engine(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/stairway.db")
    else:
        url = os.environ.get("TEST_POSTGRES_URL")
        if not url:
            pytest.skip("TEST_POSTGRES_URL is not set")
        engine = create_engine(url)
        await downgrade(engine, "base")  # a previous run may have left tables behind
    yield engine
    await engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS, ids=[r.revision for r in REVISIONS])
async def test_stairway(engine, revision) -> None:
    await migrate(engine, revision.revision)
    await downgrade(engine, revision.down_revision or "base")
    await migrate(engine, revision.revision)
    await downgrade(engine, "base")


async def test_head_matches_the_models(engine) -> None:
    """A model change without its migration shows up here, not in production."""
    await migrate(engine)
    async with engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    assert differences == []
    await downgrade(engine, "base")
