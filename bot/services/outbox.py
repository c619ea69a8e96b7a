"""The outbox worker: claims due rows atomically and performs them (DESIGN principle 5).

Delivery is at least once with one known window: if the process dies after Telegram accepted
a message and before the row is marked sent, the lease expires and the message is sent once
more. Everything else (a crash before the send, a 429, a 5xx) neither loses nor repeats it.

Whatever one row raises is recorded on that row (attempts, last_error, backoff, `failed` at
the cap) and the tick goes on with the next row: one bad row never holds up the others.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.db.models import OutboxMessage, ProcessedUpdate, utcnow
from bot.services.ratelimit import ChatBusy, mark_background, track_attempt

log = logging.getLogger(__name__)

DEFAULT_LEASE = timedelta(seconds=60)
MAX_BACKOFF = timedelta(minutes=10)
MAX_ATTEMPTS = 8
BATCH = 20  # rows claimed at once: a lease covers the time to send them
AFTER_SEND = "after a send: "  # last_error of a try that failed once its message was out
# Telegram redelivers an update for at most a day: older handled update ids are dead weight.
KEEP_UPDATE_IDS = timedelta(days=1)
PRUNE_EVERY = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    kind: str
    lead_id: int | None
    payload: dict[str, Any]
    attempts: int  # including this one
    last_error: str | None = None  # of the previous try


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
                OutboxMessage.last_error,
            )
        )
        return [Claimed(*row) for row in result.all()]


async def prune_processed_updates(
    sessionmaker: async_sessionmaker[AsyncSession], before: datetime
) -> int:
    """Forget the update ids handled before `before`: one DELETE, safe to repeat."""
    async with sessionmaker.begin() as session:
        result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.at < before))
        return int(result.rowcount or 0)


def describe(exc: BaseException) -> str:
    """An error as stored in last_error and logged: its type and where it was raised, or
    Telegram's description; never the exception's text, which may quote a prospect."""
    if isinstance(exc, TelegramAPIError):
        return f"{type(exc).__name__}: {exc.message}"[:255]
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return type(exc).__name__
    where = frames[-1]
    text = f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno} in {where.name}"
    return text[:255]


def is_transient(exc: BaseException) -> bool:
    """Can a later try succeed? The network, Telegram's 5xx, a busy or restarting database."""
    if isinstance(exc, TelegramServerError | TelegramNetworkError | OSError):
        return True
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def backoff(attempts: int) -> datetime:
    return utcnow() + min(MAX_BACKOFF, timedelta(seconds=2**attempts))


@dataclass(slots=True)
class Periodic:
    """Housekeeping the ticker runs at most every `every` (per instance); `run` returns how
    much it did. A failure is logged and tried again next time: the outbox matters more."""

    name: str
    every: timedelta
    run: Callable[[], Awaitable[int]]
    next_at: float = 0.0  # time.monotonic()


class OutboxWorker:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        bot: Bot,
        settings: Settings,
        handlers: dict[str, Handler],
        periodic: Sequence[Periodic] = (),
    ) -> None:
        self.sessionmaker = sessionmaker
        self.bot = bot
        self.settings = settings
        self.handlers = handlers
        prune = Periodic(
            "prune processed updates",
            PRUNE_EVERY,
            lambda: prune_processed_updates(self.sessionmaker, utcnow() - KEEP_UPDATE_IDS),
        )
        self.periodic = [prune, *periodic]

    async def tick(self) -> int:
        """Perform everything due now, a batch at a time; returns how many rows were taken.

        A burst of due rows drains at the rate limiter's pace instead of one batch per tick.
        A row whose chat has used up its own limit (a group's 20 a minute) goes back to the
        table until the chat's next free slot instead of holding up rows for other chats.
        After a 429 the rest of the batch goes back to waiting: sending it now would only
        collect more 429s.
        """
        mark_background()
        await self._housekeeping()
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

    async def _housekeeping(self) -> None:
        for job in self.periodic:
            now = time.monotonic()
            if now < job.next_at:
                continue
            job.next_at = now + job.every.total_seconds()
            try:
                done = await job.run()
            except Exception as exc:
                log.error("%s failed: %s", job.name, describe(exc))
                continue
            if done:
                log.info("%s: %d", job.name, done)

    async def _release(self, rows: list[Claimed], after_seconds: float) -> None:
        """Give claimed rows back untouched (no attempt counted), due after the wait."""
        if not rows:
            return
        async with self.sessionmaker.begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id.in_([row.id for row in rows]),
                    OutboxMessage.status == "sending",
                )
                .values(
                    status="pending",
                    lease_until=None,
                    due_at=utcnow() + timedelta(seconds=after_seconds),
                    attempts=OutboxMessage.attempts - 1,
                )
            )

    async def _perform(self, row: Claimed) -> float | None:
        """Perform one row and record the outcome; returns Telegram's retry_after on a 429.

        Never raises: whatever goes wrong is this row's outcome, not the batch's.
        """
        if row.attempts > MAX_ATTEMPTS:
            # Claimed again after every lease, never finished (the process died each time).
            tries, last = row.attempts - 1, row.last_error or "?"
            error = f"gave up after {tries} unfinished tries; last: {last}"[:255]
            log.warning("outbox row %s (%s): %s -> failed", row.id, row.kind, error)
            await self._record(row, "failed", error, None, counted=False)
            return None
        handler = self.handlers.get(row.kind)
        status, due = "pending", None
        counted = True  # does this try count towards MAX_ATTEMPTS?
        retry_after: float | None = None
        with track_attempt() as attempt:
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
                error, counted = f"429 retry after {exc.retry_after}s", False
                retry_after = exc.retry_after
                due = utcnow() + timedelta(seconds=retry_after)
            except Postpone as exc:
                error, counted = f"postponed: {exc}"[:255], False
                due = utcnow() + timedelta(seconds=exc.seconds)
            except ChatBusy as exc:
                # The chat's own limit (a group's 20 a minute) is used up: back to the table
                # until its turn, instead of holding up the rows for other chats.
                error, counted = "waiting for the chat's limit", False
                due = exc.due or utcnow() + timedelta(seconds=exc.seconds)
                log.debug("outbox row %s (%s): %s", row.id, row.kind, exc)
                await self._record(row, status, error, due, counted)
                return None
            except TelegramForbiddenError as exc:
                status, error = "failed", f"403: {exc.message}"[:255]
            except (TelegramBadRequest, PermanentFailure) as exc:
                status, error = "failed", str(exc)[:255]
            except Exception as exc:
                status, error, due = self._retry_or_fail(row, exc, attempt.delivered > 0)
        log.warning(
            "outbox row %s (%s, try %s): %s -> %s", row.id, row.kind, row.attempts, error, status
        )
        await self._record(row, status, error, due, counted)
        return retry_after

    @staticmethod
    def _retry_or_fail(
        row: Claimed, exc: Exception, delivered: bool
    ) -> tuple[str, str, datetime | None]:
        """Status, last_error and due time after `exc` (any type, even a bug) on this row."""
        error = describe(exc)
        if delivered:
            # The message is out, so another try sends it again. Only a passing failure to save
            # what follows it (the database, the network) is worth that one duplicate, and
            # once: a bug would repeat the message up to MAX_ATTEMPTS times.
            again = is_transient(exc) and not (row.last_error or "").startswith(AFTER_SEND)
            error = (AFTER_SEND + error)[:255]
            if again and row.attempts < MAX_ATTEMPTS:
                return "pending", error, backoff(row.attempts)
            return "failed", error, None
        if row.attempts >= MAX_ATTEMPTS:
            return "failed", error, None
        return "pending", error, backoff(row.attempts)

    async def _record(
        self, row: Claimed, status: str, error: str | None, due: datetime | None, counted: bool
    ) -> None:
        try:
            async with self.sessionmaker.begin() as session:
                await self._finish(session, row, status, error, due, counted)
        except Exception as exc:
            # The database itself fails: the row stays claimed and is retried after its lease
            # (the claim counted the attempt, so this cannot go on past the cap).
            log.error("outbox row %s: outcome not saved (%s)", row.id, describe(exc))

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
        if not counted:
            values["attempts"] = row.attempts - 1
        # Only a row still claimed: one re-armed meanwhile (repo.upsert_outbox) keeps its new
        # schedule instead of being marked done with the old one.
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row.id, OutboxMessage.status == "sending")
            .values(**values)
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
