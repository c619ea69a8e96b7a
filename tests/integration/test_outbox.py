"""The outbox: atomic claims, exactly one send per row, Telegram errors handled per kind."""

from __future__ import annotations

import functools
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramForbiddenError, TelegramRetryAfter
from aiogram.methods import SendMessage
from sqlalchemy import select

from bot.config import Settings
from bot.db import repo
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import Lead, OutboxMessage, utcnow
from bot.services.outbox import OutboxWorker, claim_due
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
