"""Migration stairway: upgrade, downgrade and upgrade again every revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.db.engine import alembic_config, downgrade, migrate
from bot.db.models import Base
from tests.support.databases import ENGINES, clean_database

REVISIONS = list(ScriptDirectory.from_config(alembic_config()).walk_revisions("base", "heads"))
REVISIONS.reverse()


@pytest.fixture(params=ENGINES)
async def engine(request: pytest.FixtureRequest, tmp_path: Path):
    async with clean_database(request.param, tmp_path, migrated=False) as engine:
        yield engine


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
