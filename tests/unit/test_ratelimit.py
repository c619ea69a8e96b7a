"""The outgoing rate limiter in simulated time: replies first, background uses what is left,
a saturated chat postpones a background row instead of holding the worker."""

from __future__ import annotations

import pytest
from aiogram.methods import SendMessage

from bot.services.ratelimit import ChatBusy, RateLimitMiddleware, mark_background, track_attempt
from tests.support.clocks import SteppingClock, VirtualClock

RATE = 30
GROUP = -100500


def limiter(clock: VirtualClock | SteppingClock) -> RateLimitMiddleware:
    return RateLimitMiddleware(overall_per_second=RATE, clock=clock, sleep=clock.sleep)


class Sender:
    """Sends through the middleware; records (requested at, sent at, chat, background)."""

    def __init__(self, middleware: RateLimitMiddleware, clock: VirtualClock | SteppingClock):
        self.middleware, self.clock = middleware, clock
        self.log: list[tuple[float, float, int, bool]] = []

    async def send(self, chat_id: int, background: bool = False) -> None:
        requested = self.clock.now

        async def make_request(bot, method):  # type: ignore[no-untyped-def]
            self.log.append((requested, self.clock.now, int(method.chat_id), background))
            return True

        await self.middleware(make_request, None, SendMessage(chat_id=chat_id, text="x"))  # type: ignore[arg-type]

    async def background_burst(self, count: int, first_chat: int = 10_000) -> None:
        mark_background()  # this task only: the outbox worker's tick does the same
        for n in range(count):
            await self.send(first_chat + n, background=True)

    def sent(self, background: bool) -> list[float]:
        return [at for _, at, _, bg in self.log if bg is background]


async def test_background_uses_the_whole_limit_when_nobody_is_talking() -> None:
    clock = VirtualClock()
    sender = Sender(limiter(clock), clock)
    await clock.run(sender.background_burst(600))
    times = sender.sent(background=True)
    steady = [t for t in times if 1.0 <= t < 11.0]  # after the one-second burst
    assert len(times) == 600
    assert 0.95 * RATE * 10 <= len(steady) <= RATE * 10 + 1


async def test_replies_go_first_and_find_their_reserve() -> None:
    clock = VirtualClock()
    sender = Sender(limiter(clock), clock)

    async def prospects() -> None:
        await clock.sleep_until(5.0)
        await sender.send(1)  # the bucket is full of background: waits for the next drip
        await clock.sleep_until(5.5)
        for chat in range(2, 8):  # six at once while replies are around: the reserve
            await sender.send(chat)

    await clock.run(sender.background_burst(600), prospects())
    replies = [(asked, at) for asked, at, _, bg in sender.log if not bg]
    assert len(replies) == 7
    first, *reserve = replies
    assert first[1] - first[0] <= 1 / RATE + 1e-9
    assert all(at == asked for asked, at in reserve)  # nobody waited
    # No background send slipped in while a reply waited.
    background = sender.sent(background=True)
    assert not [t for t in background if first[0] < t < first[1]]
    assert len(background) == 600


async def test_a_crowd_of_replies_is_answered_within_a_second() -> None:
    clock = VirtualClock()
    sender = Sender(limiter(clock), clock)

    async def one(chat: int, at: float) -> None:
        await clock.sleep_until(at)
        await sender.send(chat)

    # Far more than the reserve, all at once in the middle of a background burst; up to the
    # overall limit (30 a second) can be answered within a second.
    crowd = [one(100 + n, 4.0) for n in range(25)]
    await clock.run(sender.background_burst(400), *crowd)
    latencies = [at - asked for asked, at, _, bg in sender.log if not bg]
    assert len(latencies) == 25 and max(latencies) < 1.0
    # Background waited for all of them: none of its sends fell inside the crowd's wait.
    last_reply = max(at for _, at, _, bg in sender.log if not bg)
    assert not [t for t in sender.sent(background=True) if 4.0 < t < last_reply]


async def test_a_busy_chat_postpones_a_background_row_at_the_group_pace() -> None:
    clock = SteppingClock()
    sender = Sender(limiter(clock), clock)
    mark_background()
    waits = []
    for _ in range(25):
        with track_attempt():
            try:
                await sender.send(GROUP, background=True)
            except ChatBusy as busy:
                waits.append(busy.seconds)
    assert len(sender.log) == 20  # the group's 20 a minute
    assert clock.now < 1.0  # nobody slept on the group's limit
    # The postponed rows come back when the minute is over.
    assert waits == pytest.approx([60.0] * 5, abs=0.1)


async def test_postponed_rows_get_slots_within_the_group_limit() -> None:
    clock = SteppingClock()
    sender = Sender(limiter(clock), clock)
    mark_background()
    slots = []
    dues = []
    for _ in range(70):
        with track_attempt():
            try:
                await sender.send(GROUP, background=True)
            except ChatBusy as busy:
                slots.append(clock.now + busy.seconds)
                dues.append(busy.due)
    assert slots == pytest.approx([60.0] * 20 + [120.0] * 20 + [180.0] * 10, abs=0.1)
    # The rows come back in the order they were postponed: one clock for all of their due
    # times, the same time for the same slot (the outbox breaks ties by row id).
    assert dues == sorted(dues) and len(set(dues[:20])) == 1
    assert (dues[20] - dues[0]).total_seconds() == pytest.approx(60.0, abs=0.1)


async def test_a_row_that_already_sent_waits_instead_of_being_postponed() -> None:
    """Postponing would repeat what the row already sent (e.g. an escalation's group reply)."""
    clock = SteppingClock()
    sender = Sender(limiter(clock), clock)
    mark_background()
    with track_attempt():
        for _ in range(21):
            await sender.send(GROUP, background=True)
    assert len(sender.log) == 21 and clock.now == pytest.approx(60.0, abs=0.1)


async def test_replies_wait_for_their_own_chat_only() -> None:
    clock = SteppingClock()
    sender = Sender(limiter(clock), clock)
    for _ in range(4):
        await sender.send(7)
    await sender.send(8)
    # A private chat takes three at once, then one a second; another chat is not held up.
    assert [round(at, 2) for _, at, _, _ in sender.log] == [0, 0, 0, 1.0, 1.0]
