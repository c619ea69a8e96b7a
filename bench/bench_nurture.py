"""Outbox throughput: due rows sent by OutboxWorker ticks through the Bot API emulator.

    .venv/bin/python bench/bench_nurture.py [--messages N] [--inject-429] [--scheduler]
        [--prospects P [--think S]]

N due outbox rows of a bench kind, each sending one message to its own private chat, are
performed by the real OutboxWorker through a bot made by `create_bot` (so the real
RateLimitMiddleware applies, rate_overall_per_second=30) against the in-process emulator over
HTTP. By default ticks run back to back (the worker's capacity); --scheduler uses the
production APScheduler tick (outbox_tick_seconds) instead. --inject-429 makes the emulator
answer 20 sendMessage calls with 429 retry_after=1 after the first 50 messages.
Reports the achieved rate against the configured one, 429s, duplicates and losses (messages
counted per chat in the emulator).

--prospects P: P prospects also go through the dialogue while the burst is sent: the real
dispatcher (`create_dispatcher`) long-polls the emulator with the same bot, and each prospect
types /start and the hot answers, waiting for the bot's reply and then S seconds (+-50%)
before the next one. Reply latency = from the prospect's message to the bot's first message
in that chat after it (both stamped by the emulator's clock). The baseline, measured in the
same run: the same prospects with no burst.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from aiogram import Bot
from common import command_line, percentile, report, table
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import create_bot, create_dispatcher
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import OutboxMessage, utcnow
from bot.emulator import Emulator, start_emulator
from bot.services.outbox import Claimed, OutboxWorker, start_scheduler
from bot.services.scoring import ensure_active_model
from tests.support.harness import HOT_RU_ANSWERS

KIND = "bench_send"
FIRST_USER = 500_000_000
FIRST_PROSPECT = 600_000_000
TOKEN = "123:BENCH"
REPLY_TIMEOUT = 10.0


async def send_one(session: AsyncSession, bot: Bot, row: Claimed) -> None:
    await bot.send_message(row.payload["chat_id"], f"Новости недели #{row.id}")


async def card_not_measured(session: AsyncSession, bot: Bot, row: Claimed) -> None:
    """Prospects who finish the dialogue are hot: their cards are not what is measured."""


async def statuses(sessionmaker: Any) -> dict[str, int]:
    async with sessionmaker() as session:
        rows = await session.execute(
            select(OutboxMessage.status, func.count())
            .where(OutboxMessage.kind == KIND)
            .group_by(OutboxMessage.status)
        )
        return {status: int(count) for status, count in rows.all()}


@dataclass
class Replies:
    """Each prospect message: when it was sent and how long until the bot answered."""

    asked: list[float] = field(default_factory=list)
    latency: list[float] = field(default_factory=list)
    unanswered: int = 0

    def during(self, start: float, end: float) -> list[float]:
        pairs = zip(self.asked, self.latency, strict=True)
        return [latency for at, latency in pairs if start <= at <= end]


async def prospects_type(
    emulator: Emulator, count: int, think: float, seed: int, replies: Replies
) -> None:
    texts = ("/start", *HOT_RU_ANSWERS)
    rng = random.Random(seed)

    async def one(user_id: int) -> None:
        user = emulator.add_user(first_name="Иван", user_id=user_id)
        chat = emulator.private_chat(user)
        await asyncio.sleep(rng.uniform(0, think))  # they do not all start at once
        for text in texts:
            before = sum(m.from_bot for m in chat.messages)
            asked = time.time()
            emulator.send_text(user, text)
            try:
                await emulator.wait_until(
                    lambda: sum(m.from_bot for m in chat.messages) > before,  # noqa: B023
                    timeout=REPLY_TIMEOUT,
                )
                answered = _first_reply(emulator, user_id, asked)
            except TimeoutError:
                answered = None
            replies.asked.append(asked)
            if answered is None:
                replies.unanswered += 1
                replies.latency.append(REPLY_TIMEOUT)
            else:
                replies.latency.append(answered - asked)
            await asyncio.sleep(think * rng.uniform(0.5, 1.5))

    await asyncio.gather(*(one(FIRST_PROSPECT + n) for n in range(count)))


def _first_reply(emulator: Emulator, chat_id: int, after: float) -> float | None:
    """When the emulator took the first message to the chat sent since `after`."""
    first = None
    for call in reversed(emulator.requests):  # newest first: only the last moments are read
        if call.time < after:
            break
        if (
            call.method == "sendMessage"
            and call.error_code is None
            and str(call.params.get("chat_id")) == str(chat_id)
        ):
            first = call.time
    return first


async def inject_429(emulator: Emulator) -> None:
    """After the first 50 messages, the next 20 sendMessage calls get 429 retry_after=1."""
    # A tick drains the whole burst, so this watches from the side, not between ticks.
    await emulator.wait_until(lambda: len(emulator.calls("sendMessage")) >= 50, timeout=3600)
    emulator.fail_next("sendMessage", 429, retry_after=1, count=20)


@dataclass
class Outcome:
    wall: float = 0.0
    ticks: int = 0
    burst_start: float = 0.0
    burst_end: float = 0.0
    delivered: int = 0
    achieved: float = 0.0
    steady: float = 0.0  # after the first second (the limiter's one-second burst)
    replies_rate: float = 0.0  # the bot's messages to prospects during the burst
    got_429: int = 0
    other_errors: dict[Any, int] = field(default_factory=dict)
    duplicates: int = 0
    lost: int = 0
    final: dict[str, int] = field(default_factory=dict)
    inline_429: Any = 0
    postponed: Any = 0
    replies: Replies = field(default_factory=Replies)


async def run(args: argparse.Namespace, tmp: str, messages: int, prospects: int) -> Outcome:
    running = await start_emulator()
    emulator = running.emulator
    settings = Settings(
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp}/bench-{messages}-{prospects}.db",
        bot_token=TOKEN,
        telegram_api_url=running.base_url,
        sales_chat_id=-1,
        rate_overall_per_second=args.rate,
        business_hours="0-24",
        business_days="1-7",
        quiet_hours="",
    )
    engine = create_engine(settings.database_url)
    bot = create_bot(settings, TOKEN)
    scheduler = None
    polling: asyncio.Task[None] | None = None
    dispatcher = None
    out = Outcome()
    try:
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        chats = [FIRST_USER + i for i in range(messages)]
        for chat_id in chats:
            emulator.private_chat(emulator.add_user(first_name="Анна", user_id=chat_id))
        due = utcnow() - timedelta(seconds=1)
        rows = [
            {"kind": KIND, "lead_id": None, "payload": {"chat_id": c}, "due_at": due}
            for c in chats
        ]
        async with sessionmaker.begin() as session:
            await ensure_active_model(session)
            for start in range(0, len(rows), 5000):
                await session.execute(insert(OutboxMessage), rows[start : start + 5000])

        talking: asyncio.Task[None] | None = None
        if prospects:
            dispatcher = create_dispatcher(settings, sessionmaker)
            polling = asyncio.create_task(
                dispatcher.start_polling(
                    bot, polling_timeout=10, handle_signals=False, close_bot_session=False
                )
            )
            talking = asyncio.create_task(
                prospects_type(emulator, prospects, args.think, args.seed, out.replies)
            )

        handlers = {KIND: send_one, "sales_card": card_not_measured}
        worker = OutboxWorker(sessionmaker, bot, settings, handlers)
        injector = asyncio.create_task(inject_429(emulator)) if args.inject_429 else None
        started = time.perf_counter()
        deadline = started + args.timeout
        if args.scheduler and messages:
            scheduler = start_scheduler(worker, settings.outbox_tick_seconds)
        while messages and time.perf_counter() < deadline:
            if args.scheduler:
                await asyncio.sleep(0.2)
                left = await statuses(sessionmaker)
                if not left.get("pending") and not left.get("sending"):
                    break
                continue
            taken = await worker.tick()
            out.ticks += 1
            if taken == 0:
                left = await statuses(sessionmaker)
                if not left.get("pending") and not left.get("sending"):
                    break
                await asyncio.sleep(0.1)  # rows put back by a 429 are due again shortly
        out.wall = time.perf_counter() - started
        if scheduler is not None:
            scheduler.shutdown(wait=False)
            scheduler = None
        if talking is not None:
            await talking
        if injector is not None:
            injector.cancel()

        burst = {str(c) for c in chats}
        calls = [c for c in emulator.calls("sendMessage") if str(c.params["chat_id"]) in burst]
        ok = [c for c in calls if c.error_code is None]
        out.got_429 = sum(1 for c in calls if c.error_code == 429)
        errors = Counter(c.error_code for c in calls if c.error_code not in (None, 429))
        out.other_errors = dict(errors)
        per_chat = Counter(len(emulator.messages(c)) for c in chats)
        out.duplicates = sum(n - 1 for n in per_chat.elements() if n > 1)
        out.lost = per_chat.get(0, 0)
        out.delivered = len(ok)
        if len(ok) > 1:
            out.burst_start, out.burst_end = ok[0].time, ok[-1].time
            # Rate over the sending span: n messages make n-1 intervals.
            out.achieved = (len(ok) - 1) / (out.burst_end - out.burst_start)
            to_prospects = [
                c
                for c in emulator.calls("sendMessage")
                if c.error_code is None
                and str(c.params["chat_id"]) not in burst
                and out.burst_start <= c.time <= out.burst_end
            ]
            out.replies_rate = len(to_prospects) / (out.burst_end - out.burst_start)
            later = [c.time for c in ok if c.time >= out.burst_start + 1]
            if len(later) > 1:
                out.steady = (len(later) - 1) / (later[-1] - later[0])
        out.final = await statuses(sessionmaker)
        limiter = bot.session.middleware._middlewares[0]  # type: ignore[attr-defined]
        out.inline_429 = getattr(limiter, "retries_after_429", "?")
        out.postponed = getattr(limiter, "postponed", "?")
        return out
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        if dispatcher is not None and polling is not None:
            await dispatcher.stop_polling()
            await polling
        await bot.session.close()
        await engine.dispose()
        await running.stop()


def _ms(values: list[float], q: float) -> str:
    return f"{percentile(values, q) * 1000:.0f}" if values else "-"


async def scenario(args: argparse.Namespace, tmp: str) -> list[str]:
    mode = "APScheduler tick every 2 s" if args.scheduler else "back-to-back ticks"
    lines = [
        f"{args.messages} due outbox rows, one message each to distinct private chats, {mode}, "
        f"rate_overall_per_second={args.rate:g} (reply reserve 20% while replies are around), "
        f"inject 429: {args.inject_429}, prospects typing: {args.prospects}"
        + (f" (think {args.think:g} s +-50%)" if args.prospects else ""),
    ]
    baseline = None
    if args.prospects:
        baseline = await run(args, tmp, 0, args.prospects)
    burst = await run(args, tmp, args.messages, args.prospects)
    rows: list[list[object]] = [
        ["wall s", round(burst.wall, 2)],
        ["delivered", burst.delivered],
        ["achieved msg/s", round(burst.achieved, 2)],
        ["achieved / configured rate", round(burst.achieved / args.rate, 3)],
        ["after the first second msg/s", round(burst.steady, 2)],
        ["after the first second / configured", round(burst.steady / args.rate, 3)],
        ["replies to prospects msg/s (same span)", round(burst.replies_rate, 2)],
        [
            "(burst + replies) / configured",
            round((burst.achieved + burst.replies_rate) / args.rate, 3),
        ],
        ["429 received", burst.got_429],
        ["other errors", burst.other_errors or 0],
        ["duplicates", burst.duplicates],
        ["lost (chat got nothing)", burst.lost],
        ["outbox rows by status", burst.final],
        ["limiter inline 429 retries", burst.inline_429],
        ["rows postponed (chat busy)", burst.postponed],
    ]
    lines += ["", *table(["metric", "value"], rows)]
    if baseline is not None:
        during = burst.replies.during(burst.burst_start, burst.burst_end)
        alone = baseline.replies.latency
        header = ["reply latency", "replies", "p50 ms", "p99 ms", "max ms", "<= 1 s", "no reply"]

        def line(name: str, values: list[float], unanswered: int) -> list[object]:
            within = sum(v <= 1.0 for v in values) / len(values) if values else 0.0
            worst = f"{max(values) * 1000:.0f}" if values else "-"
            row = [name, len(values), _ms(values, 50), _ms(values, 99), worst]
            return [*row, f"{within:.1%}", unanswered]

        lines += [
            "",
            *table(
                header,
                [
                    line("no burst (baseline)", alone, baseline.replies.unanswered),
                    line("during the burst", during, 0),
                    line("whole run with burst", burst.replies.latency, burst.replies.unanswered),
                ],
            ),
        ]
        if during and alone:
            p50 = percentile(during, 50) / percentile(alone, 50)
            p99 = percentile(during, 99) / percentile(alone, 99)
            lines.append(f"during burst / baseline: p50 {p50:.2f}x, p99 {p99:.2f}x")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--rate", type=float, default=30, help="rate_overall_per_second")
    parser.add_argument("--inject-429", action="store_true")
    parser.add_argument("--scheduler", action="store_true", help="production tick interval")
    parser.add_argument("--prospects", type=int, default=0, help="prospects typing meanwhile")
    parser.add_argument("--think", type=float, default=2.0, help="prospect's pause (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1800, help="give up after (s)")
    args = parser.parse_args()
    # One warning per 429'd row would flood the table; the count is reported instead.
    logging.getLogger("bot.services.outbox").setLevel(logging.ERROR)
    logging.getLogger("bot.updates").setLevel(logging.WARNING)
    logging.getLogger("aiogram").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        lines = asyncio.run(scenario(args, tmp))
    report("bench_nurture", command_line(), lines)


if __name__ == "__main__":
    main()
