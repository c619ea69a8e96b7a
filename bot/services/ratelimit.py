"""One rate limiter for every outgoing message, shaped like Telegram's limits.

About 30 messages per second overall, 1 per second per private chat, 20 per minute per
group. Background traffic (the outbox: nurture, cards, reminders) gets a smaller share of
the overall rate, so a prospect who is typing is answered ahead of it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import (
    CopyMessage,
    ForwardMessage,
    Response,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiolimiter import AsyncLimiter

log = logging.getLogger(__name__)

SENDING_METHODS = (SendMessage, SendPhoto, SendDocument, CopyMessage, ForwardMessage)
_background: ContextVar[bool] = ContextVar("background_send", default=False)


@dataclass(slots=True)
class Attempt:
    """What one try of one outbox row has sent so far."""

    delivered: int = 0  # messages Telegram accepted


_attempt: ContextVar[Attempt | None] = ContextVar("outbox_attempt", default=None)


def mark_background() -> Any:
    """Mark sends from this context as background traffic (the outbox worker)."""
    return _background.set(True)


@contextmanager
def track_attempt() -> Iterator[Attempt]:
    """Count the messages Telegram accepts while one outbox row is performed.

    The worker must not retry a row whose message already went out as if nothing happened:
    a retry would send it again.
    """
    attempt = Attempt()
    token = _attempt.set(attempt)
    try:
        yield attempt
    finally:
        _attempt.reset(token)


class RateLimitMiddleware(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        overall_per_second: float = 30,
        background_share: float = 0.8,
        private_per_second: float = 1,
        group_per_minute: float = 20,
        max_inline_wait: float = 5,
        max_chats: int = 10_000,
    ) -> None:
        self.overall = AsyncLimiter(overall_per_second, 1)
        self.background = AsyncLimiter(max(overall_per_second * background_share, 1), 1)
        self.private_per_second = private_per_second
        self.group_per_minute = group_per_minute
        self.max_inline_wait = max_inline_wait
        self.max_chats = max_chats
        self._chats: OrderedDict[int | str, AsyncLimiter] = OrderedDict()
        self.retries_after_429 = 0

    def _chat_limiter(self, chat_id: int | str) -> AsyncLimiter:
        limiter = self._chats.get(chat_id)
        if limiter is None:
            is_group = isinstance(chat_id, str) or int(chat_id) < 0
            # A small burst for private chats: a reply plus the next question go at once.
            limiter = (
                AsyncLimiter(self.group_per_minute, 60)
                if is_group
                else AsyncLimiter(self.private_per_second * 3, 3)
            )
            self._chats[chat_id] = limiter
            if len(self._chats) > self.max_chats:
                self._chats.popitem(last=False)
        else:
            self._chats.move_to_end(chat_id)
        return limiter

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if not isinstance(method, SENDING_METHODS):
            return await make_request(bot, method)
        if _background.get():
            await self.background.acquire()
        await self._chat_limiter(method.chat_id).acquire()
        await self.overall.acquire()
        try:
            response = await make_request(bot, method)
        except TelegramRetryAfter as exc:
            # A reply to someone waiting is worth a short wait; background work is
            # rescheduled by the outbox instead of holding a worker.
            if _background.get() or exc.retry_after > self.max_inline_wait:
                raise
            self.retries_after_429 += 1
            log.warning("429 on a reply: waiting %ss", exc.retry_after)
            await asyncio.sleep(exc.retry_after)
            response = await make_request(bot, method)
        attempt = _attempt.get()
        if attempt is not None:
            attempt.delivered += 1
        return response
