"""The outbox worker: claims due rows atomically and performs them (DESIGN principle 5).

Delivery is at least once with one known window: if the process dies after Telegram accepted
a message and before the row is marked sent, the lease expires and the message is sent once
more. Everything else (a crash before the send, a 429, a 5xx) neither loses nor repeats it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.db.models import OutboxMessage, utcnow
from bot.services.ratelimit import mark_background

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(seconds=60)
MAX_BACKOFF = timedelta(minutes=10)
MAX_ATTEMPTS = 8
BATCH = 20  # rows claimed at once: a lease covers the time to send them


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    kind: str
    lead_id: int | None
    payload: dict[str, Any]
    attempts: int


Handler = Callable[[AsyncSession, Bot, Claimed], Awaitable[None]]


class PermanentFailure(Exception):
    """The row can never succeed (e.g. its lead was forgotten)."""


class Postpone(Exception):
    """Not now, but not an error either (e.g. the bot is not in the sales chat yet)."""

    def __init__(self, seconds: float, reason: str) -> None:
        super().__init__(reason)
        self.seconds = seconds


async def claim_due(
    sessionmaker: async_sessionmaker[AsyncSession],
    now: datetime,
    limit: int = BATCH,
    lease: timedelta = DEFAULT_LEASE,
) -> list[Claimed]:
    """Atomically take up to `limit` due rows (or rows whose lease expired) for this worker."""
    due = (
        select(OutboxMessage.id)
        .where(
            or_(
                (OutboxMessage.status == "pending") & (OutboxMessage.due_at <= now),
                (OutboxMessage.status == "sending") & (OutboxMessage.lease_until < now),
            )
        )
        .order_by(OutboxMessage.due_at, OutboxMessage.id)
        .limit(limit)
    )
    async with sessionmaker.begin() as session:
        if session.bind.dialect.name == "postgresql":
            # Two instances never take the same row; neither waits for the other.
            due = due.with_for_update(skip_locked=True)
        result = await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(due.scalar_subquery()))
            .values(
                status="sending",
                lease_until=now + lease,
                attempts=OutboxMessage.attempts + 1,
            )
            .returning(
                OutboxMessage.id,
                OutboxMessage.kind,
                OutboxMessage.lead_id,
                OutboxMessage.payload,
                OutboxMessage.attempts,
            )
        )
        return [Claimed(*row) for row in result.all()]


class OutboxWorker:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        bot: Bot,
        settings: Settings,
        handlers: dict[str, Handler],
    ) -> None:
        self.sessionmaker = sessionmaker
        self.bot = bot
        self.settings = settings
        self.handlers = handlers

    async def tick(self) -> int:
        """Perform everything due now, a batch at a time; returns how many rows were taken.

        A burst of due rows drains at the rate limiter's pace instead of one batch per tick.
        After a 429 the rest of the batch goes back to waiting: sending it now would only
        collect more 429s.
        """
        mark_background()
        lease = timedelta(seconds=self.settings.outbox_lease_seconds)
        taken = 0
        while True:
            claimed = await claim_due(self.sessionmaker, utcnow(), BATCH, lease)
            taken += len(claimed)
            for index, row in enumerate(claimed):
                retry_after = await self._perform(row)
                if retry_after is not None:
                    await self._release(claimed[index + 1 :], retry_after)
                    return taken
            if len(claimed) < BATCH:
                return taken

    async def _release(self, rows: list[Claimed], after_seconds: float) -> None:
        """Give claimed rows back untouched (no attempt counted), due after the wait."""
        if not rows:
            return
        async with self.sessionmaker.begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_([row.id for row in rows]))
                .values(
                    status="pending",
                    lease_until=None,
                    due_at=utcnow() + timedelta(seconds=after_seconds),
                    attempts=OutboxMessage.attempts - 1,
                )
            )

    async def _perform(self, row: Claimed) -> float | None:
        """Perform one row and record the outcome; returns Telegram's retry_after on a 429."""
        handler = self.handlers.get(row.kind)
        status, error, due = "sent", None, None
        counted = True  # does this try count towards MAX_ATTEMPTS?
        retry_after: float | None = None
        try:
            if handler is None:
                raise PermanentFailure(f"no handler for {row.kind!r}")
            async with self.sessionmaker() as session:
                await handler(session, self.bot, row)
                await self._finish(session, row, "sent", None, None)
                await session.commit()
            return None
        except TelegramRetryAfter as exc:
            # Not an attempt that failed: Telegram asked us to wait, so the row waits.
            status, error, counted = "pending", f"429 retry after {exc.retry_after}s", False
            retry_after = exc.retry_after
            due = utcnow() + timedelta(seconds=retry_after)
        except Postpone as exc:
            status, error, counted = "pending", f"postponed: {exc}"[:255], False
            due = utcnow() + timedelta(seconds=exc.seconds)
        except (TelegramServerError, TelegramNetworkError, OSError) as exc:
            status, error = "pending", f"{type(exc).__name__}: {exc}"[:255]
            due = utcnow() + min(MAX_BACKOFF, timedelta(seconds=2**row.attempts))
            if row.attempts >= MAX_ATTEMPTS:
                status = "failed"
        except TelegramForbiddenError as exc:
            status, error = "failed", f"403: {exc.message}"[:255]
        except (TelegramBadRequest, PermanentFailure) as exc:
            status, error = "failed", str(exc)[:255]
        log.warning("outbox row %s (%s): %s -> %s", row.id, row.kind, error, status)
        async with self.sessionmaker.begin() as session:
            await self._finish(session, row, status, error, due, counted)
        return retry_after

    @staticmethod
    async def _finish(
        session: AsyncSession,
        row: Claimed,
        status: str,
        error: str | None,
        due: datetime | None,
        counted: bool = True,
    ) -> None:
        values: dict[str, Any] = {"status": status, "last_error": error, "lease_until": None}
        if status == "sent":
            values["sent_at"] = utcnow()
        if due is not None:
            values["due_at"] = due
        if status == "pending":
            values["attempts"] = row.attempts if counted else row.attempts - 1
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.id == row.id).values(**values)
        )


def start_scheduler(worker: OutboxWorker, interval_seconds: float) -> AsyncIOScheduler:
    """APScheduler only ticks; the outbox table is the store, so nothing is lost on restart."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(
        worker.tick,
        "interval",
        seconds=interval_seconds,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        id="outbox",
        next_run_time=utcnow(),
    )
    scheduler.start()
    return scheduler
