"""Outbox throughput: due rows sent by OutboxWorker ticks through the Bot API emulator.

    .venv/bin/python bench/bench_nurture.py [--messages N] [--inject-429] [--scheduler]

N due outbox rows of a bench kind, each sending one message to its own private chat, are
performed by the real OutboxWorker through a bot made by `create_bot` (so the real
RateLimitMiddleware applies, rate_overall_per_second=30) against the in-process emulator over
HTTP. By default ticks run back to back (the worker's capacity); --scheduler uses the
production APScheduler tick (outbox_tick_seconds) instead. --inject-429 makes the emulator
answer 20 sendMessage calls with 429 retry_after=1 after the first 50 messages.
Reports the achieved rate against the configured one, 429s, duplicates and losses (messages
counted per chat in the emulator).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from collections import Counter
from datetime import timedelta
from typing import Any

from aiogram import Bot
from common import command_line, report, table
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import create_bot
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import OutboxMessage, utcnow
from bot.emulator import start_emulator
from bot.services.outbox import Claimed, OutboxWorker, start_scheduler

KIND = "bench_send"
FIRST_USER = 500_000_000
TOKEN = "123:BENCH"


async def send_one(session: AsyncSession, bot: Bot, row: Claimed) -> None:
    await bot.send_message(row.payload["chat_id"], f"Новости недели #{row.id}")


async def statuses(sessionmaker: Any) -> dict[str, int]:
    async with sessionmaker() as session:
        rows = await session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        )
        return {status: int(count) for status, count in rows.all()}


async def run(args: argparse.Namespace, tmp: str) -> tuple[list[str], list[list[object]]]:
    running = await start_emulator()
    emulator = running.emulator
    settings = Settings(
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
        bot_token=TOKEN,
        telegram_api_url=running.base_url,
        sales_chat_id=-1,
        rate_overall_per_second=args.rate,
    )
    engine = create_engine(settings.database_url)
    bot = create_bot(settings, TOKEN)
    scheduler = None
    try:
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        chats = [FIRST_USER + i for i in range(args.messages)]
        for chat_id in chats:
            emulator.private_chat(emulator.add_user(first_name="Анна", user_id=chat_id))
        due = utcnow() - timedelta(seconds=1)
        rows = [
            {"kind": KIND, "lead_id": None, "payload": {"chat_id": c}, "due_at": due}
            for c in chats
        ]
        async with sessionmaker.begin() as session:
            for start in range(0, len(rows), 5000):
                await session.execute(insert(OutboxMessage), rows[start : start + 5000])

        worker = OutboxWorker(sessionmaker, bot, settings, {KIND: send_one})
        injected = False
        started = time.perf_counter()
        deadline = started + args.timeout
        if args.scheduler:
            scheduler = start_scheduler(worker, settings.outbox_tick_seconds)
        ticks = 0
        while time.perf_counter() < deadline:
            if args.inject_429 and not injected and len(emulator.calls("sendMessage")) >= 50:
                emulator.fail_next("sendMessage", 429, retry_after=1, count=20)
                injected = True
            if args.scheduler:
                await asyncio.sleep(0.2)
                left = await statuses(sessionmaker)
                if not left.get("pending") and not left.get("sending"):
                    break
                continue
            taken = await worker.tick()
            ticks += 1
            if taken == 0:
                left = await statuses(sessionmaker)
                if not left.get("pending") and not left.get("sending"):
                    break
                await asyncio.sleep(0.1)  # rows put back by a 429 are due again shortly
        wall = time.perf_counter() - started
        if scheduler is not None:
            scheduler.shutdown(wait=False)
            scheduler = None

        calls = emulator.calls("sendMessage")
        ok = [c for c in calls if c.error_code is None]
        got_429 = sum(1 for c in calls if c.error_code == 429)
        other_errors = Counter(c.error_code for c in calls if c.error_code not in (None, 429))
        per_chat = Counter(len(emulator.messages(c)) for c in chats)
        duplicates = sum(n - 1 for n in per_chat.elements() if n > 1)
        lost = per_chat.get(0, 0)
        span = (ok[-1].time - ok[0].time) if len(ok) > 1 else 0.0
        # Rate over the sending span: n messages make n-1 intervals.
        achieved = (len(ok) - 1) / span if span else 0.0
        final = await statuses(sessionmaker)
        background_cap = max(args.rate * 0.8, 1)
        limiter = bot.session.middleware._middlewares[0]  # type: ignore[attr-defined]
        mode = (
            f"APScheduler tick every {settings.outbox_tick_seconds:g} s"
            if args.scheduler
            else f"back-to-back ticks ({ticks})"
        )
        lines = [
            f"{args.messages} due outbox rows, one message each to distinct private chats, "
            f"{mode}, rate_overall_per_second={args.rate:g} "
            f"(background share 0.8 = {background_cap:g}/s), inject 429: {args.inject_429}",
        ]
        rows_out: list[list[object]] = [
            ["wall s", round(wall, 2)],
            ["delivered", len(ok)],
            ["achieved msg/s", round(achieved, 2)],
            ["achieved / configured rate", round(achieved / args.rate, 3)],
            ["achieved / background cap", round(achieved / background_cap, 3)],
            ["429 received", got_429],
            ["other errors", dict(other_errors) or 0],
            ["duplicates", duplicates],
            ["lost (chat got nothing)", lost],
            ["outbox rows by status", final],
            ["limiter inline 429 retries", getattr(limiter, "retries_after_429", "?")],
        ]
        return lines, rows_out
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        await bot.session.close()
        await engine.dispose()
        await running.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--rate", type=float, default=30, help="rate_overall_per_second")
    parser.add_argument("--inject-429", action="store_true")
    parser.add_argument("--scheduler", action="store_true", help="production tick interval")
    parser.add_argument("--timeout", type=float, default=1800, help="give up after (s)")
    args = parser.parse_args()
    # One warning per 429'd row would flood the table; the count is reported instead.
    logging.getLogger("bot.services.outbox").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        head, rows = asyncio.run(run(args, tmp))
    report("bench_nurture", command_line(), [*head, "", *table(["metric", "value"], rows)])


if __name__ == "__main__":
    main()
