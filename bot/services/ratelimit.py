"""One rate limiter for every outgoing message, shaped like Telegram's limits.

About 30 messages per second overall, 1 per second per private chat, 20 per minute per
group. Two kinds of traffic share the overall limit:

- replies (anything sent while handling an update: someone is waiting for it) always go
  first, and a reserve of the limit is kept free for them while they are around;
- background sends (the outbox worker: nurture, cards, reminders) use whatever is left,
  the whole limit when nobody is talking to the bot.

A background send whose own chat is saturated (a group's 20 a minute) is not waited for:
the outbox row is postponed to the chat's next free slot (`ChatBusy`), so rows for other
chats go on.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
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

log = logging.getLogger(__name__)

SENDING_METHODS = (SendMessage, SendPhoto, SendDocument, CopyMessage, ForwardMessage)
_background: ContextVar[bool] = ContextVar("background_send", default=False)
EPSILON = 1e-6
# A background send that is a moment early for its chat waits; a longer wait postpones its row.
BACKGROUND_INLINE_WAIT = 0.25
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[Any]]


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
    a retry would send it again. Inside it, a background send to a saturated chat raises
    `ChatBusy` instead of waiting (until the row has sent something).
    """
    attempt = Attempt()
    token = _attempt.set(attempt)
    try:
        yield attempt
    finally:
        _attempt.reset(token)


class ChatBusy(Exception):
    """A background send's chat has used up its own limit: try the row again in `seconds`,
    at `due` (wall time). Rows postponed one after another get non-decreasing `due`s, so
    they come back in their order: each row's own `utcnow() + seconds` would not, taken at a
    slightly different moment (seconds are measured on the limiter's clock)."""

    def __init__(self, seconds: float, due: datetime | None = None) -> None:
        super().__init__(f"the chat's limit is used up for {seconds:.1f} s")
        self.seconds = seconds
        self.due = due


class Bucket:
    """A leaky bucket: up to `capacity` sends at once, then `rate` per second."""

    __slots__ = ("_checked", "_promised", "capacity", "level", "rate")

    def __init__(self, capacity: float, rate: float) -> None:
        self.capacity, self.rate = capacity, rate
        self.level = 0.0
        self._checked = -math.inf
        self._promised = -math.inf  # the last slot promised to a postponed send

    def _leak(self, now: float) -> None:
        if now > self._checked:
            self.level = max(0.0, self.level - (now - self._checked) * self.rate)
            self._checked = now

    def wait(self, now: float, limit: float | None = None) -> float:
        """Seconds until one more send fits under `limit` (the capacity by default)."""
        self._leak(now)
        excess = self.level + 1 - (self.capacity if limit is None else limit)
        return excess / self.rate if excess > EPSILON else 0.0  # no endless float crumbs

    def take(self, now: float) -> None:
        self._leak(now)
        self.level += 1

    def book(self, now: float) -> float:
        """Seconds until a free slot not promised to an earlier postponed send."""
        slot = max(now + self.wait(now), self._promised + 1 / self.rate)
        self._promised = slot
        return slot - now


class Window:
    """At most `limit` sends in any `period` seconds: exact, unlike a bucket, whose burst
    plus refill would let a group get twice its 20 in the first minute."""

    __slots__ = ("_promised", "_sent", "limit", "period")

    def __init__(self, limit: int, period: float) -> None:
        self.limit, self.period = max(1, limit), period
        self._sent: deque[float] = deque()
        self._promised: deque[float] = deque()  # slots promised to postponed sends

    def _expire(self, now: float) -> None:
        while self._sent and self._sent[0] + self.period <= now + EPSILON:
            self._sent.popleft()
        while self._promised and self._promised[0] <= now + EPSILON:
            self._promised.popleft()  # its row is due now: its send will count itself

    def wait(self, now: float) -> float:
        self._expire(now)
        if len(self._sent) < self.limit:
            return 0.0
        return self._sent[0] + self.period - now

    def take(self, now: float) -> None:
        self._expire(now)
        self._sent.append(now)

    def book(self, now: float) -> float:
        self._expire(now)
        timeline = [*self._sent, *self._promised]  # sent are past, promises future: sorted
        slot = max(now, timeline[-1] if self._promised else now)
        if len(timeline) >= self.limit:
            slot = max(slot, timeline[-self.limit] + self.period)
        self._promised.append(slot)
        return slot - now


class OverallLimiter:
    """The bot's overall limit, shared by replies and background sends.

    Replies go first: background never takes a send while a reply waits. While replies were
    seen in the last `window` seconds, background fills the bucket only up to `1 - reserve`
    of it, so the reserve is there for the next replies at once. With nobody talking to the
    bot, background may use the whole limit: the reserve is a floor for replies, not a
    ceiling for background.
    """

    def __init__(
        self,
        rate: float,
        reserve: float = 0.2,
        window: float = 1.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.bucket = Bucket(max(rate, 1), rate)  # a burst of one second's worth, as before
        self.background_limit = max(1.0, self.bucket.capacity * (1 - reserve))
        self.window = window
        self.clock, self.sleep = clock, sleep
        self.replies_waiting = 0
        self.last_reply = -math.inf

    async def reply(self) -> None:
        self.replies_waiting += 1
        try:
            while True:
                now = self.last_reply = self.clock()
                wait = self.bucket.wait(now)
                if wait <= 0:
                    self.bucket.take(now)
                    return
                await self.sleep(wait)
        finally:
            self.replies_waiting -= 1

    async def background(self) -> None:
        while True:
            now = self.clock()
            if self.replies_waiting:
                wait = 1 / self.bucket.rate  # they take the next drip; look again after it
            else:
                quiet_at = self.last_reply + self.window
                if now >= quiet_at:
                    wait = self.bucket.wait(now)
                else:
                    wait = min(self.bucket.wait(now, self.background_limit), quiet_at - now)
                if wait <= 0:
                    self.bucket.take(now)
                    return
            await self.sleep(wait)


class RateLimitMiddleware(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        overall_per_second: float = 30,
        reply_reserve: float = 0.2,
        private_per_second: float = 1,
        group_per_minute: float = 20,
        max_inline_wait: float = 5,
        max_chats: int = 10_000,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.overall = OverallLimiter(overall_per_second, reply_reserve, 1.0, clock, sleep)
        self.private_per_second = private_per_second
        self.group_per_minute = group_per_minute
        self.max_inline_wait = max_inline_wait
        self.max_chats = max_chats
        self.clock, self.sleep = clock, sleep
        # The limiter's clock to wall time, fixed once: see ChatBusy.
        self._wall_offset = time.time() - clock()
        self._chats: OrderedDict[int | str, Bucket | Window] = OrderedDict()
        self.retries_after_429 = 0
        self.postponed = 0  # background sends sent back to the outbox: their chat was busy

    def _chat_limiter(self, chat_id: int | str) -> Bucket | Window:
        limiter = self._chats.get(chat_id)
        if limiter is None:
            is_group = isinstance(chat_id, str) or int(chat_id) < 0
            # A small burst for private chats: a reply plus the next question go at once.
            per_window = max(1, round(self.group_per_minute))
            limiter = (
                Window(per_window, 60 * per_window / self.group_per_minute)
                if is_group
                else Bucket(self.private_per_second * 3, self.private_per_second)
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
        background, attempt = _background.get(), _attempt.get()
        chat = self._chat_limiter(method.chat_id)
        wait = chat.wait(self.clock())
        may_postpone = background and attempt is not None and not attempt.delivered
        if may_postpone and wait > BACKGROUND_INLINE_WAIT:
            # Waiting here would hold up every row behind this one, for other chats too.
            self.postponed += 1
            now = self.clock()
            seconds = chat.book(now)
            raise ChatBusy(seconds, datetime.fromtimestamp(self._wall_offset + now + seconds, UTC))
        while wait > 0:
            await self.sleep(wait)
            wait = chat.wait(self.clock())
        chat.take(self.clock())
        await (self.overall.background() if background else self.overall.reply())
        try:
            response = await make_request(bot, method)
        except TelegramRetryAfter as exc:
            # A reply to someone waiting is worth a short wait; background work is
            # rescheduled by the outbox instead of holding a worker.
            if background or exc.retry_after > self.max_inline_wait:
                raise
            self.retries_after_429 += 1
            log.warning("429 on a reply: waiting %ss", exc.retry_after)
            await self.sleep(exc.retry_after)
            response = await make_request(bot, method)
        if attempt is not None:
            attempt.delivered += 1
        return response
