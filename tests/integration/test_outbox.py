"""The outbox: atomic claims, exactly one send per row, Telegram errors handled per kind."""

from __future__ import annotations

import functools
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.methods import SendMessage
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError

from bot.config import Settings
from bot.db import repo
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import Lead, OutboxMessage, ProcessedUpdate, utcnow
from bot.services import outbox
from bot.services.outbox import MAX_ATTEMPTS, PRUNE_EVERY, OutboxWorker, claim_due
from bot.services.ratelimit import RateLimitMiddleware
from bot.services.sales import CardView, card_text, send_sales_card
from tests.support.recording import RecordingSession

SALES = -100500


class FailingSession(RecordingSession):
    def __init__(self, error: Exception, times: int) -> None:
        super().__init__()
        self.error, self.times = error, times

    async def make_request(self, bot, method, timeout=None):  # type: ignore[no-untyped-def]
        if isinstance(method, SendMessage) and self.times > 0:
            self.times -= 1
            self.requests.append(method)
            raise self.error
        return await super().make_request(bot, method, timeout)


@pytest.fixture
async def db(tmp_path: Path):
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/outbox.db")
    await migrate(engine)
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker.begin() as session:
        lead = Lead(
            tg_user_id=7,
            chat_id=7,
            first_name="Анна",
            facts={"phone": "+79991234567"},
            stage="sales_ready",
        )
        session.add(lead)
        await session.flush()
        await repo.enqueue(
            session,
            kind="sales_card",
            lead_id=lead.id,
            payload={"key": "card:1:1:0"},
            dedupe_key="card:1:1:0",
        )
    yield sessionmaker
    await engine.dispose()


def worker(sessionmaker, session: RecordingSession) -> OutboxWorker:
    settings = Settings(_env_file=None, sales_chat_id=SALES)
    handler = functools.partial(send_sales_card, settings=settings)
    return OutboxWorker(
        sessionmaker, Bot("1:x", session=session), settings, {"sales_card": handler}
    )


async def rows(sessionmaker) -> list[OutboxMessage]:
    async with sessionmaker() as session:
        return list(await session.scalars(select(OutboxMessage)))


async def test_a_row_is_sent_once(db) -> None:
    session = RecordingSession()
    w = worker(db, session)
    assert await w.tick() == 1
    assert await w.tick() == 0
    sent = session.sent()
    assert len(sent) == 1 and int(sent[0].chat_id) == SALES and "+79991234567" in sent[0].text
    card, *timers = await rows(db)
    assert card.status == "sent" and card.sent_at is not None
    # Posting the card starts its SLA timers, in the same transaction.
    assert sorted(t.kind for t in timers) == ["sla_escalate", "sla_exec", "sla_remind"]


async def test_enqueue_is_idempotent_by_key(db) -> None:
    async with db.begin() as session:
        again = await repo.enqueue(
            session, kind="sales_card", lead_id=1, payload={}, dedupe_key="card:1:1:0"
        )
    assert again is False
    assert len(await rows(db)) == 1


async def test_claims_do_not_overlap(db) -> None:
    now = utcnow()
    first = await claim_due(db, now)
    second = await claim_due(db, now)
    assert len(first) == 1 and second == []
    # A lease that expired (the worker died) makes the row claimable again.
    later = await claim_due(db, now + timedelta(minutes=5))
    assert [r.id for r in later] == [first[0].id]


async def test_429_waits_without_counting_an_attempt(db) -> None:
    error = TelegramRetryAfter(method=SendMessage(chat_id=1, text="x"), message="", retry_after=30)
    session = FailingSession(error, times=1)
    await worker(db, session).tick()
    (row,) = await rows(db)
    assert row.status == "pending" and row.attempts == 0
    assert row.due_at > utcnow() + timedelta(seconds=25)


async def test_403_from_a_prospect_fails_for_good(db) -> None:
    async def message_the_prospect(session, bot, row) -> None:  # type: ignore[no-untyped-def]
        await bot.send_message(7, "hello")

    error = TelegramForbiddenError(method=SendMessage(chat_id=1, text="x"), message="blocked")
    w = worker(db, FailingSession(error, times=1))
    w.handlers = {"sales_card": message_the_prospect}
    await w.tick()
    (row,) = await rows(db)
    assert row.status == "failed" and "403" in (row.last_error or "")


async def test_403_from_the_sales_chat_keeps_the_card_waiting(db) -> None:
    error = TelegramForbiddenError(method=SendMessage(chat_id=1, text="x"), message="kicked")
    await worker(db, FailingSession(error, times=1)).tick()
    (row,) = await rows(db)
    assert row.status == "pending" and row.attempts == 0 and "postponed" in row.last_error


def test_card_escapes_and_fits_telegram_limit() -> None:
    lead = Lead(
        id=1, tg_user_id=7, first_name="<b>&" * 100, facts={"company": "&" * 5000},
        source="src_x", created_at=utcnow(),
    )  # fmt: skip
    view = CardView(lead, {"need": "<script>" * 1000, "budget": "&" * 3000}, None, [])
    text = card_text(view, utcnow())
    assert len(text) <= 4096
    assert "<script>" not in text and "<b>&" not in text


async def test_a_tick_drains_a_burst_and_stops_at_a_429(db) -> None:
    async with db.begin() as session:
        for n in range(45):
            lead = Lead(tg_user_id=100 + n, chat_id=100 + n, stage="nurturing")
            session.add(lead)
            await session.flush()
            await repo.enqueue(session, kind="note", lead_id=lead.id, payload={})

    async def note(session, bot, row) -> None:  # type: ignore[no-untyped-def]
        await bot.send_message(row.lead_id, "hello")

    recording = RecordingSession()
    w = worker(db, recording)
    w.handlers = {"note": note, "sales_card": note}
    assert await w.tick() == 46  # more than one batch in a single tick
    assert len(recording.sent()) == 46

    async with db.begin() as session:
        for n in range(30):
            await repo.enqueue(session, kind="note", lead_id=1, payload={"n": n})
    error = TelegramRetryAfter(method=SendMessage(chat_id=1, text="x"), message="", retry_after=5)
    failing = FailingSession(error, times=1)
    w = worker(db, failing)
    w.handlers = {"note": note}
    await w.tick()
    waiting = [r for r in await rows(db) if r.status == "pending"]
    # One 429, and the rest of the batch waits instead of collecting more of them.
    assert len(failing.requests) == 1 and len(waiting) == 30
    assert all(r.attempts == 0 for r in waiting)
    assert sum(r.due_at > utcnow() for r in waiting) == 20  # the claimed batch waits 5 s


# --- one bad row must not stall its batch ---------------------------------------------------


def _decode_error() -> Exception:
    # What aiogram raises when a proxy answers a 502 with an HTML page instead of JSON.
    return ClientDecodeError("Failed to deserialize object", ValueError("no JSON"), "<html>502")


BAD_ROW_ERRORS = {
    "html-502": _decode_error,
    "404": lambda: TelegramNotFound(method=SendMessage(chat_id=1, text="x"), message="Not Found"),
    "409": lambda: TelegramConflictError(method=SendMessage(chat_id=1, text="x"), message="x"),
    "database": lambda: OperationalError("UPDATE leads", {}, Exception("disk I/O error")),
    "bug": lambda: KeyError("Анна +79991234567"),
}


async def add_notes(sessionmaker, count: int) -> list[int]:
    """`count` due rows of kind "note", each for its own lead and private chat."""
    async with sessionmaker.begin() as session:
        for n in range(count):
            lead = Lead(tg_user_id=200 + n, chat_id=200 + n, stage="nurturing")
            session.add(lead)
            await session.flush()
            payload = {"n": n, "chat": 200 + n}
            await repo.enqueue(session, kind="note", lead_id=lead.id, payload=payload)
        rows = await session.scalars(select(OutboxMessage.id).where(OutboxMessage.kind == "note"))
        ids = sorted(rows)
    return ids


def notes_worker(sessionmaker, session: RecordingSession, bad: int, error) -> OutboxWorker:
    """Rows of kind "note" message their lead's chat; the row `bad` raises `error()` first."""

    async def note(db_session, bot, row) -> None:  # type: ignore[no-untyped-def]
        if row.id == bad:
            raise error()
        await bot.send_message(row.payload["chat"], f"note {row.payload['n']}")

    w = worker(sessionmaker, session)
    w.handlers = {**w.handlers, "note": note}
    return w


async def make_all_due(sessionmaker) -> None:
    async with sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == "pending")
            .values(due_at=utcnow() - timedelta(seconds=1))
        )


@pytest.mark.parametrize("make_error", BAD_ROW_ERRORS.values(), ids=BAD_ROW_ERRORS.keys())
async def test_one_bad_row_is_recorded_and_the_batch_goes_on(db, make_error, caplog) -> None:
    ids = await add_notes(db, 5)
    bad = ids[1]
    recording = RecordingSession()
    w = notes_worker(db, recording, bad, make_error)
    with caplog.at_level(logging.INFO, logger="bot.services.outbox"):
        assert await w.tick() == 6  # the card and the five notes, none left behind
    assert len(recording.sent()) == 5  # the card and the four innocent notes
    by_id = {r.id: r for r in await rows(db)}
    assert {by_id[i].status for i in ids if i != bad} == {"sent"}
    row = by_id[bad]
    name = type(make_error()).__name__
    assert row.status == "pending" and row.attempts == 1 and row.lease_until is None
    assert name in (row.last_error or "")
    assert row.due_at > utcnow()  # backoff
    # The log names the row and the exception type, never the message or prospect text.
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert name in logged and str(bad) in logged
    assert "Анна" not in logged and "79991234567" not in logged and "<html>" not in logged
    assert "Анна" not in (row.last_error or "")


async def test_a_row_that_always_fails_ends_failed_at_the_cap(db) -> None:
    ids = await add_notes(db, 2)
    bad = ids[0]
    recording = RecordingSession()
    w = notes_worker(db, recording, bad, lambda: KeyError("phone"))
    for _ in range(MAX_ATTEMPTS + 2):
        await make_all_due(db)
        await w.tick()
    row = next(r for r in await rows(db) if r.id == bad)
    assert row.status == "failed" and row.attempts == MAX_ATTEMPTS
    assert "KeyError" in (row.last_error or "")
    # Everything else went out exactly once.
    assert sorted(int(m.chat_id) for m in recording.sent()) == sorted([SALES, 200 + 1])


async def test_a_row_claimed_past_the_cap_fails_without_running(db) -> None:
    """A row whose worker died on every try (lease expired each time) is not tried forever."""
    ids = await add_notes(db, 1)
    async with db.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == ids[0])
            .values(
                status="sending",
                attempts=MAX_ATTEMPTS,
                lease_until=utcnow() - timedelta(seconds=1),
                last_error="TelegramNetworkError: timeout",
            )
        )
    recording = RecordingSession()
    w = notes_worker(db, recording, bad=-1, error=KeyError)
    await w.tick()
    row = next(r for r in await rows(db) if r.id == ids[0])
    assert row.status == "failed" and row.lease_until is None
    assert "TelegramNetworkError" in (row.last_error or "")  # the last known cause is kept
    assert [int(m.chat_id) for m in recording.sent()] == [SALES]  # the note was not sent


def limited(session: RecordingSession) -> RecordingSession:
    """The production request middleware (it also tells the worker what went out)."""
    session.middleware(RateLimitMiddleware())
    return session


async def test_a_bug_after_the_message_went_out_does_not_send_it_again(db) -> None:
    """Retrying would repeat the message up to MAX_ATTEMPTS times: the row fails at once."""

    async def send_then_break(session, bot, row) -> None:  # type: ignore[no-untyped-def]
        await bot.send_message(7, "hello")
        raise KeyError("next_step")

    recording = limited(RecordingSession())
    w = worker(db, recording)
    w.handlers = {"sales_card": send_then_break}
    for _ in range(3):
        await make_all_due(db)
        await w.tick()
    (row,) = await rows(db)
    assert row.status == "failed" and "KeyError" in (row.last_error or "")
    assert len(recording.sent()) == 1


async def test_a_database_error_after_the_send_is_retried_once(db) -> None:
    """Like a crash after Telegram accepted: one more try (one duplicate) to save the state."""

    async def send_then_lose_the_database(session, bot, row) -> None:  # type: ignore[no-untyped-def]
        await bot.send_message(7, "hello")
        raise OperationalError("COMMIT", {}, Exception("database is locked"))

    recording = limited(RecordingSession())
    w = worker(db, recording)
    w.handlers = {"sales_card": send_then_lose_the_database}
    await w.tick()
    (row,) = await rows(db)
    assert row.status == "pending" and "OperationalError" in (row.last_error or "")
    for _ in range(3):
        await make_all_due(db)
        await w.tick()
    (row,) = await rows(db)
    assert row.status == "failed" and len(recording.sent()) == 2


# --- processed_updates does not grow forever -------------------------------------------------


async def update_ids(sessionmaker) -> set[int]:
    async with sessionmaker() as session:
        return set(await session.scalars(select(ProcessedUpdate.update_id)))


async def processed(sessionmaker, update_id: int, age: timedelta) -> None:
    async with sessionmaker.begin() as session:
        session.add(ProcessedUpdate(update_id=update_id, at=utcnow() - age))


async def test_the_ticker_prunes_processed_updates_older_than_a_day_hourly(db) -> None:
    await processed(db, 1, timedelta(days=2))
    await processed(db, 2, timedelta(hours=23))
    await processed(db, 3, timedelta(0))
    w = worker(db, RecordingSession())
    await w.tick()
    assert await update_ids(db) == {2, 3}
    assert await w.tick() == 0  # the card went out on the first tick
    await processed(db, 4, timedelta(days=2))
    await w.tick()
    assert 4 in await update_ids(db)  # not again within the hour
    w.periodic[0].next_at -= PRUNE_EVERY.total_seconds()  # an hour later
    await w.tick()
    assert await update_ids(db) == {2, 3}


async def test_a_failing_prune_does_not_stop_the_tick(db, monkeypatch) -> None:
    async def broken(*args, **kwargs) -> int:  # type: ignore[no-untyped-def]
        raise OperationalError("DELETE FROM processed_updates", {}, Exception("locked"))

    monkeypatch.setattr(outbox, "prune_processed_updates", broken)
    recording = RecordingSession()
    assert await worker(db, recording).tick() == 1
    assert len(recording.sent()) == 1
