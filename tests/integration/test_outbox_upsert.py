"""repo.upsert_outbox: one statement that inserts a row or re-arms the one with its key."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiogram import Bot
from sqlalchemy import event, select, update

from bot.config import Settings
from bot.db import repo
from bot.db.models import Lead, OutboxMessage, Stage, utcnow
from bot.services.outbox import OutboxWorker
from tests.support.recording import RecordingSession

KEY = "sla_remind:card:1:1:0"


async def upsert(sessionmaker, due_in: float, payload: dict) -> None:
    async with sessionmaker.begin() as session:
        await repo.upsert_outbox(
            session,
            kind="sla_remind",
            lead_id=None,
            payload=payload,
            due_at=utcnow() + timedelta(seconds=due_in),
            dedupe_key=KEY,
        )


async def all_rows(sessionmaker) -> list[OutboxMessage]:
    async with sessionmaker() as session:
        return list(await session.scalars(select(OutboxMessage)))


async def test_a_new_key_inserts_a_pending_row(sessionmaker) -> None:
    await upsert(sessionmaker, 60, {"key": "card:1:1:0"})
    (row,) = await all_rows(sessionmaker)
    assert row.status == "pending" and row.attempts == 0
    assert row.payload == {"key": "card:1:1:0"} and row.dedupe_key == KEY
    assert row.due_at > utcnow() + timedelta(seconds=50)


@pytest.mark.parametrize("status", ["sent", "failed", "cancelled", "pending"])
async def test_an_existing_key_is_rearmed_in_place(sessionmaker, status: str) -> None:
    await upsert(sessionmaker, 60, {"v": 1})
    (first,) = [row.id for row in await all_rows(sessionmaker)]
    async with sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == first)
            .values(status=status, attempts=3, last_error="x", sent_at=utcnow())
        )
    await upsert(sessionmaker, 600, {"v": 2})
    (row,) = await all_rows(sessionmaker)
    assert row.id == first  # the same row, re-armed in place
    assert row.status == "pending" and row.payload == {"v": 2}
    assert row.due_at > utcnow() + timedelta(seconds=500)
    # A fresh schedule: nothing of the previous one's bookkeeping is left.
    assert row.attempts == 0 and row.last_error is None and row.sent_at is None
    assert row.kind == "sla_remind" and row.lease_until is None


async def test_it_is_one_statement(sessionmaker) -> None:
    await upsert(sessionmaker, 60, {"v": 1})
    statements: list[str] = []
    engine = sessionmaker.kw["bind"].sync_engine

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        await upsert(sessionmaker, 120, {"v": 2})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    sql = [s for s in statements if s.strip().upper() not in ("BEGIN", "COMMIT")]
    assert len(sql) == 1 and "ON CONFLICT" in sql[0].upper()


async def test_rearming_a_row_while_it_is_sent_keeps_the_new_schedule(sessionmaker) -> None:
    """The worker finishing the old schedule must not overwrite the re-arm (mark it sent)."""
    await upsert(sessionmaker, -1, {"v": 1})

    async def send_while_rearmed(session, bot, row) -> None:  # type: ignore[no-untyped-def]
        await upsert(sessionmaker, 600, {"v": 2})  # e.g. a prospect's answer, meanwhile
        await bot.send_message(7, "reminder")

    recording = RecordingSession()
    settings = Settings(_env_file=None)
    bot = Bot("1:x", session=recording)
    worker = OutboxWorker(sessionmaker, bot, settings, {"sla_remind": send_while_rearmed})
    await worker.tick()
    (row,) = await all_rows(sessionmaker)
    assert len(recording.sent()) == 1
    assert row.status == "pending" and row.payload == {"v": 2} and row.sent_at is None


async def test_cancel_pending_cancels_the_lead_s_pending_rows_of_the_kinds(sessionmaker) -> None:
    async with sessionmaker.begin() as session:
        lead = Lead(tg_user_id=5, chat_id=5, stage=Stage.NURTURING, facts={}, dialogue={})
        other = Lead(tg_user_id=6, chat_id=6, stage=Stage.NURTURING, facts={}, dialogue={})
        session.add_all([lead, other])
        await session.flush()
        for n, (owner, kind, status) in enumerate(
            [(lead, "nurture", "pending"), (lead, "nurture", "sent"), (lead, "sla_remind",
             "pending"), (lead, "sales_card", "pending"), (other, "nurture", "pending")]
        ):  # fmt: skip
            await repo.enqueue(
                session, kind=kind, lead_id=owner.id, payload={}, dedupe_key=f"c{n}"
            )
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.dedupe_key == f"c{n}")
                .values(status=status)
            )
        lead_id = lead.id
    async with sessionmaker.begin() as session:
        assert await repo.cancel_pending(session, lead_id, ("nurture", "sla_remind")) == 2
        assert await repo.cancel_pending(session, lead_id, ("nurture",)) == 0
    assert sorted((r.dedupe_key, r.status) for r in await all_rows(sessionmaker)) == [
        ("c0", "cancelled"), ("c1", "sent"), ("c2", "cancelled"), ("c3", "pending"),
        ("c4", "pending"),
    ]  # fmt: skip
    async with sessionmaker.begin() as session:
        assert await repo.cancel_pending(session, lead_id, None) == 1
    rows = sorted((r.dedupe_key, r.status) for r in await all_rows(sessionmaker))
    assert [status for _, status in rows] == [
        "cancelled",
        "sent",
        "cancelled",
        "cancelled",
        "pending",
    ]
