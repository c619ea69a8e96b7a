"""The outcome queries on both engines: records for /insights and /suggest, the rejection
count, the audit numbers and its scheduling (PostgreSQL when TEST_POSTGRES_URL is set)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.db import repo
from bot.db.engine import create_sessionmaker
from bot.db.models import OutboxMessage, utcnow
from bot.scoring import load_default_model
from bot.scoring.outcomes import insights_table
from bot.services.insights import decision_records, insight_records
from bot.services.reports import AUDIT, collect_audit, schedule_audit
from bot.services.scoring import ensure_active_model
from tests.dispatcher.test_insights import FIXTURE
from tests.support.databases import ENGINES, clean_database
from tests.support.outcomes import insert_leads

MODEL = load_default_model()


@pytest.fixture(params=ENGINES)
async def sessionmaker(request: pytest.FixtureRequest, tmp_path: Path):
    async with clean_database(request.param, tmp_path) as engine:
        maker = create_sessionmaker(engine)
        async with maker.begin() as session:
            await ensure_active_model(session)
        await insert_leads(maker, FIXTURE)
        yield maker


async def test_records_for_insights_and_for_suggest(sessionmaker) -> None:
    async with sessionmaker() as session:
        records = await insight_records(session, utcnow() - timedelta(days=30), MODEL)
        decisions = await decision_records(session, MODEL)
        old = await insight_records(session, utcnow() - timedelta(days=5), MODEL)
    table = insights_table(records, MODEL, min_n=3)
    assert (table.total, table.reached, table.won) == (10, 6, 4)
    assert [(s.name, s.n, s.won) for s in table.rows[:3]] == [
        ("budget_none", 3, 2), ("need=bot", 3, 2), ("need=crm", 3, 2),
    ]  # fmt: skip
    assert old == []  # the fixture's leads are 10 days old
    assert sorted((r.outcome, r.won) for r in decisions) == [
        ("lost", False), ("lost", False), ("won", True), ("won", True), ("won", True),
        ("won", True),
    ]  # fmt: skip
    assert all(r.reached_sales for r in decisions)


async def test_rejections_and_the_audit(sessionmaker) -> None:
    now = utcnow()
    async with sessionmaker() as session:
        handed, rejected, reasons = await repo.rejections_since(
            session, now - timedelta(days=30), ("lost",)
        )
        data = await collect_audit(session, now - timedelta(days=30), now, min_n=3)
    assert (handed, rejected, sum(reasons.values())) == (6, 2, 2)
    assert data.leads == 10 and data.handed_off == 6 and data.won == 4
    assert data.by_tier["warm"].handed == 6 and data.by_tier["warm"].won == 4
    assert data.table is not None and data.table.total == 10

    settings = Settings(_env_file=None, audit_every_days=90)
    async with sessionmaker.begin() as session:
        assert await schedule_audit(session, settings, now)
        assert not await schedule_audit(session, settings, now)
    async with sessionmaker.begin() as session:
        shorter = settings.model_copy(update={"audit_every_days": 30.0})
        assert await schedule_audit(session, shorter, now)
    async with sessionmaker() as session:
        statuses = list(
            await session.scalars(
                select(OutboxMessage.status)
                .where(OutboxMessage.kind == AUDIT)
                .order_by(OutboxMessage.id)
            )
        )
        assert await repo.queued_since(session, AUDIT, now - timedelta(minutes=1)) == 2
    assert statuses == ["cancelled", "pending"]
