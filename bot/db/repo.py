"""Repositories: the few queries the handlers and services need, in one place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import (
    Answer,
    BehaviourEvent,
    Lead,
    OutboxMessage,
    ProcessedUpdate,
    ScoreSnapshot,
    ScoringModelVersion,
    utcnow,
)


async def lead_by_user(session: AsyncSession, tg_user_id: int) -> Lead | None:
    return await session.scalar(select(Lead).where(Lead.tg_user_id == tg_user_id))


async def current_answers(session: AsyncSession, lead: Lead) -> Sequence[Answer]:
    """The answers of the lead's current cycle that no /back or re-answer superseded."""
    result = await session.scalars(
        select(Answer)
        .where(Answer.lead_id == lead.id, Answer.cycle == lead.cycle, ~Answer.superseded)
        .order_by(Answer.id)
    )
    return result.all()


async def lead_events(session: AsyncSession, lead_id: int) -> Sequence[BehaviourEvent]:
    result = await session.scalars(
        select(BehaviourEvent).where(BehaviourEvent.lead_id == lead_id).order_by(BehaviourEvent.id)
    )
    return result.all()


def add_event(
    session: AsyncSession, lead: Lead, kind: str, at: datetime | None = None, **data: Any
) -> BehaviourEvent:
    event = BehaviourEvent(lead_id=lead.id, kind=kind, at=at or utcnow(), data=data)
    session.add(event)
    return event


async def active_model_row(session: AsyncSession) -> ScoringModelVersion | None:
    return await session.scalar(
        select(ScoringModelVersion).where(ScoringModelVersion.status == "active")
    )


async def mark_update_processed(session: AsyncSession, update_id: int) -> bool:
    """Record the update id; False when it was already handled (a resent update)."""
    table = ProcessedUpdate.__table__
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    result = await session.execute(
        insert(table).values(update_id=update_id, at=utcnow()).on_conflict_do_nothing()
    )
    return bool(result.rowcount)


def _insert(session: AsyncSession) -> Any:
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    return pg_insert if dialect == "postgresql" else sqlite_insert


async def insert_ignore(session: AsyncSession, model: Any, **values: Any) -> bool:
    """INSERT a row unless a unique key already holds one; True when inserted."""
    result = await session.execute(
        _insert(session)(model.__table__).values(**values).on_conflict_do_nothing()
    )
    return bool(result.rowcount)


async def enqueue(
    session: AsyncSession,
    *,
    kind: str,
    lead_id: int | None,
    payload: dict[str, Any],
    due_at: datetime | None = None,
    dedupe_key: str | None = None,
) -> bool:
    """Add an outbox row in the caller's transaction; False when the dedupe key exists."""
    table = OutboxMessage.__table__
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    result = await session.execute(
        insert(table)
        .values(
            kind=kind,
            lead_id=lead_id,
            payload=payload,
            due_at=due_at or now,
            dedupe_key=dedupe_key,
            status="pending",
            attempts=0,
            created_at=now,
        )
        .on_conflict_do_nothing()
    )
    return bool(result.rowcount)


async def upsert_outbox(
    session: AsyncSession,
    *,
    kind: str,
    lead_id: int | None,
    payload: dict[str, Any],
    due_at: datetime,
    dedupe_key: str,
) -> int:
    """Insert an outbox row, or re-arm the row with the same dedupe key; returns its id.

    One statement (INSERT ... ON CONFLICT (dedupe_key) DO UPDATE) on SQLite and PostgreSQL:
    re-arming a reminder needs no cancel + select + insert. A re-armed row is pending again
    with the new due time and payload and a fresh count (no attempts, error, lease or
    sent_at); kind, lead and created_at stay. A row being sent while it is re-armed keeps
    the new schedule: the worker only finishes rows still marked sending.
    """
    table = OutboxMessage.__table__
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(table).values(
        kind=kind,
        lead_id=lead_id,
        payload=payload,
        due_at=due_at,
        dedupe_key=dedupe_key,
        status="pending",
        attempts=0,
        created_at=utcnow(),
    )
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.dedupe_key],
        set_={
            "due_at": statement.excluded.due_at,
            "payload": statement.excluded.payload,
            "status": "pending",
            "attempts": 0,
            "last_error": None,
            "lease_until": None,
            "sent_at": None,
        },
    ).returning(table.c.id)
    return int((await session.execute(statement)).scalar_one())


async def cancel_pending(session: AsyncSession, lead_id: int, kinds: Sequence[str] | None) -> int:
    """Cancel the lead's pending outbox rows of these kinds (None: of every kind)."""
    query = update(OutboxMessage).where(
        OutboxMessage.lead_id == lead_id, OutboxMessage.status == "pending"
    )
    if kinds is not None:
        query = query.where(OutboxMessage.kind.in_(kinds))
    result = await session.execute(query.values(status="cancelled"))
    return int(result.rowcount or 0)


async def queued_since(session: AsyncSession, kind: str, since: datetime) -> int:
    """Outbox rows of this kind created since then, whatever became of them."""
    count = await session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.kind == kind, OutboxMessage.created_at >= since)
    )
    return int(count or 0)


async def rejections_since(
    session: AsyncSession, since: datetime, rejections: Sequence[str]
) -> tuple[int, int, Counter[tuple[str, str]]]:
    """Hand-offs since then, how many of them sales rejected, and the (kind, reason) counts."""
    handed = (
        select(ScoreSnapshot.card_key)
        .where(ScoreSnapshot.kind == "handoff", ScoreSnapshot.at >= since)
        .scalar_subquery()
    )
    total = await session.scalar(
        select(func.count())
        .select_from(ScoreSnapshot)
        .where(ScoreSnapshot.kind == "handoff", ScoreSnapshot.at >= since)
    )
    rows = await session.execute(
        select(
            ScoreSnapshot.kind,
            ScoreSnapshot.reason,
            func.count(func.distinct(ScoreSnapshot.card_key)),
        )
        .where(ScoreSnapshot.kind.in_(rejections), ScoreSnapshot.card_key.in_(handed))
        .group_by(ScoreSnapshot.kind, ScoreSnapshot.reason)
    )
    reasons: Counter[tuple[str, str]] = Counter()
    for kind, reason, n in rows:
        reasons[(str(kind), str(reason or ""))] += int(n)
    return int(total or 0), sum(reasons.values()), reasons
