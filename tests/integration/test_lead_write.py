"""repo._write_leads: a changed lead is written at commit by one Core UPDATE, as the ORM's
flush would have written it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, select

from bot.db.engine import create_sessionmaker
from bot.db.models import Lead, Stage, utcnow

pytestmark = pytest.mark.asyncio


async def test_a_changed_lead_is_written_once_and_left_clean(engine) -> None:
    sessionmaker = create_sessionmaker(engine)
    past = utcnow() - timedelta(days=1)
    async with sessionmaker.begin() as session:
        lead = Lead(tg_user_id=7, chat_id=7, stage=Stage.NEW, facts={}, dialogue={},
                    created_at=past, updated_at=past, last_seen_at=past)  # fmt: skip
        session.add(lead)
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        seen.append(" ".join(statement.split()[:3]))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        async with sessionmaker() as session:
            lead = await session.scalar(select(Lead).where(Lead.tg_user_id == 7))
            assert lead is not None
            lead.dialogue = {"step": "budget", "n": "ё"}
            lead.stage = Stage.QUALIFYING
            lead.score_total = 12.5
            lead.facts = {}  # equal to what is stored: not written
            await session.commit()
            assert [s for s in seen if not s.startswith("SELECT")] == ["UPDATE leads SET"]
            assert lead.updated_at > past  # the column's onupdate, as the flush would
            # Nothing left for a flush, and the session goes on: a later change is written.
            assert not session.dirty
            seen.clear()
            await session.commit()
            assert seen == []
            lead.first_name = "Анна"
            await session.commit()
            assert seen == ["UPDATE leads SET"]
        async with sessionmaker() as session:
            stored = await session.scalar(select(Lead).where(Lead.tg_user_id == 7))
            assert stored is not None
            assert stored.dialogue == {"step": "budget", "n": "ё"}
            assert stored.stage == Stage.QUALIFYING
            assert stored.score_total == 12.5
            assert stored.first_name == "Анна"
            assert stored.updated_at > past
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def test_a_failed_commit_writes_nothing(engine) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker.begin() as session:
        session.add_all(
            [Lead(tg_user_id=i, chat_id=i, stage=Stage.NEW, facts={}, dialogue={}) for i in (1, 2)]
        )
    async with sessionmaker() as session:
        leads = list(await session.scalars(select(Lead).order_by(Lead.tg_user_id)))
        leads[0].dialogue = {"step": "need"}
        leads[1].tg_user_id = 1  # unique: the commit fails
        with pytest.raises(Exception, match=r"(?i)unique"):
            await session.commit()
    async with sessionmaker() as session:
        stored = list(await session.scalars(select(Lead).order_by(Lead.tg_user_id)))
        assert [(lead.tg_user_id, lead.dialogue) for lead in stored] == [(1, {}), (2, {})]
