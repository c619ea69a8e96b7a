"""Two admins editing the one draft at the same moment: both edits survive."""

from __future__ import annotations

import asyncio

from admin import scoring_ops as ops
from bot.db import repo
from bot.db.engine import create_sessionmaker
from bot.services.scoring import ensure_active_model


async def test_concurrent_sets_queue_up_instead_of_overwriting(engine) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker.begin() as session:
        await ensure_active_model(session)
        await ops.set_value(session, "tiers.hot", "80", 1)  # the draft exists
    async with sessionmaker() as first, sessionmaker() as second:
        # As the database middleware does: every update's transaction starts with its mark.
        await repo.mark_update_processed(first, 1)
        await ops.set_value(first, "tiers.warm", "30", 1)
        await first.flush()

        async def other_admin() -> None:
            await repo.mark_update_processed(second, 2)
            await ops.set_value(second, "fit.rules.phone.points", "2", 2)

        task = asyncio.create_task(other_admin())
        await asyncio.sleep(0.5)
        assert not task.done()  # waits for the first admin's transaction
        await first.commit()
        await asyncio.wait_for(task, 30)
        await second.commit()
    async with sessionmaker() as session:
        draft = await ops.draft_row(session)
    assert draft is not None and draft.author_id == 2
    assert draft.body["tiers"]["hot"] == 80 and draft.body["tiers"]["warm"] == 30
    assert next(r for r in draft.body["fit"]["rules"] if r["id"] == "phone")["points"] == 2
