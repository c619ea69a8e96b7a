"""Outer middleware: the update's unit of work.

One database session and transaction per update, deduplicated by `update_id`; the handler
gets the session and an `AfterCommit` queue. This middleware is the only place an update's
transaction is committed; the queued Telegram calls are made after the commit (DESIGN
principle 4). One log line per update, without personal data.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import repo
from bot.db.fsm_storage import bind_session, unbind_session
from bot.outgoing import AfterCommit

log = logging.getLogger("bot.updates")


class DatabaseMiddleware(BaseMiddleware):
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        assert isinstance(event, Update)
        started = time.perf_counter()
        after_commit = AfterCommit()
        async with self.sessionmaker() as session:
            # The mark commits with the handler's own writes: a crash before the commit
            # leaves the update unmarked, so a redelivery is handled, never half-handled.
            if not await repo.mark_update_processed(session, event.update_id):
                log.info(
                    "update %s %s skipped: already handled", event.update_id, event.event_type
                )
                return None
            data["session"] = session
            data["after_commit"] = after_commit
            token = bind_session(session)
            try:
                result = await handler(event, data)
                await session.commit()
            finally:
                unbind_session(token)
        await after_commit.run(data["bot"])
        log.info(
            "update %s %s handled in %.1f ms",
            event.update_id,
            event.event_type,
            (time.perf_counter() - started) * 1000,
        )
        return result
