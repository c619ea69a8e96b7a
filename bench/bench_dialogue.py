"""Dialogue throughput: N prospects qualify concurrently through the real dispatcher.

    .venv/bin/python bench/bench_dialogue.py [--prospects N] [--concurrency C]
        [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test]

Every prospect types /start and the hot Russian free-text answers, one update after the
other (each waits for the previous to be handled); prospects run concurrently, at most C at
a time. Updates go through `dispatcher.feed_update` with a RecordingSession (no network), the
database is a temporary SQLite file (or the given URL, whose schema is dropped and migrated).
The ceiling, measured in the same run on the same updates: a bare aiogram Dispatcher with
MemoryStorage FSM that stores one value and sends one message.answer per update.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.memory import MemoryStorage, SimpleEventIsolation
from aiogram.methods import SendMessage
from aiogram.types import Chat, Message, MessageEntity, Update, User
from common import command_line, percentile, report, table
from sqlalchemy import func, select

from bot.app import create_dispatcher
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, downgrade, migrate
from bot.db.models import Lead, OutboxMessage
from bot.services.scoring import ensure_active_model
from tests.support.harness import HOT_RU_ANSWERS
from tests.support.recording import RecordingSession

FIRST_USER_ID = 100_000_000


@dataclass
class Run:
    updates: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    wall: float = 0.0
    sent: int = 0

    @property
    def rate(self) -> float:
        return self.updates / self.wall if self.wall else 0.0


def _update(update_id: int, message_id: int, user: User, text: str) -> Update:
    entities = None
    if text.startswith("/"):
        entities = [MessageEntity(type="bot_command", offset=0, length=len(text.split()[0]))]
    message = Message(
        message_id=message_id,
        date=int(time.time()),
        chat=Chat(id=user.id, type="private", first_name=user.first_name),
        from_user=user,
        text=text,
        entities=entities,
    )
    return Update(update_id=update_id, message=message)


async def drive(
    dispatcher: Dispatcher,
    bot: Bot,
    prospects: int,
    concurrency: int,
    texts: Sequence[str],
) -> Run:
    """Feed every prospect's updates in order; prospects concurrently up to `concurrency`."""
    run = Run()
    ids = itertools.count(1)
    gate = asyncio.Semaphore(concurrency)

    async def prospect(uid: int) -> None:
        user = User(
            id=uid, is_bot=False, first_name="Иван", username=f"u{uid}", language_code="ru"
        )
        async with gate:
            for text in texts:
                update = _update(next(ids), next(ids), user, text)
                started = time.perf_counter()
                try:
                    await dispatcher.feed_update(bot, update)
                except Exception as exc:  # counted and reported, not fatal
                    run.errors[type(exc).__name__] += 1
                run.latencies.append(time.perf_counter() - started)
                run.updates += 1

    started = time.perf_counter()
    await asyncio.gather(*(prospect(FIRST_USER_ID + i) for i in range(prospects)))
    run.wall = time.perf_counter() - started
    return run


def bare_dispatcher() -> Dispatcher:
    router = Router(name="bare")

    @router.message()
    async def on_any(message: Message, state: FSMContext) -> None:
        data = await state.get_data()
        step = int(data.get("step", 0)) + 1
        await state.update_data(step=step)
        await message.answer(f"Вопрос {step}")

    dispatcher = Dispatcher(storage=MemoryStorage(), events_isolation=SimpleEventIsolation())
    dispatcher.include_router(router)
    return dispatcher


def new_bot() -> tuple[Bot, RecordingSession]:
    session = RecordingSession()
    bot = Bot("42:TEST", session=session, default=DefaultBotProperties(parse_mode="HTML"))
    return bot, session


async def run_bare(prospects: int, concurrency: int, texts: Sequence[str]) -> Run:
    bot, session = new_bot()
    run = await drive(bare_dispatcher(), bot, prospects, concurrency, texts)
    run.sent = len(session.sent(SendMessage))
    return run


async def run_project(
    url: str, prospects: int, concurrency: int, texts: Sequence[str]
) -> tuple[Run, dict[str, int], int]:
    settings = Settings(
        _env_file=None, database_url=url, business_hours="0-24", business_days="1-7"
    )
    engine = create_engine(settings.database_url)
    try:
        if not settings.is_sqlite:
            await downgrade(engine, "base")
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        async with sessionmaker.begin() as session:
            await ensure_active_model(session)
        bot, recording = new_bot()
        dispatcher = create_dispatcher(settings, sessionmaker)
        run = await drive(dispatcher, bot, prospects, concurrency, texts)
        run.sent = len(recording.sent(SendMessage))
        async with sessionmaker() as session:
            stages = dict(
                (
                    await session.execute(select(Lead.stage, func.count()).group_by(Lead.stage))
                ).all()
            )
            cards = await session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.kind == "sales_card")
            )
        return run, stages, int(cards or 0)
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=500)
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    args = parser.parse_args()
    texts = ("/start", *HOT_RU_ANSWERS)

    bare = asyncio.run(run_bare(args.prospects, args.concurrency, texts))
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{tmp}/bench.db"
        project, stages, cards = asyncio.run(
            run_project(url, args.prospects, args.concurrency, texts)
        )
    db = "postgresql" if url.startswith("postgresql") else "sqlite"

    rows = []
    for name, run in ((f"project ({db})", project), ("bare aiogram (memory)", bare)):
        rows.append(
            [
                name,
                run.updates,
                round(run.wall, 2),
                round(run.rate),
                round(percentile(run.latencies, 50) * 1000, 2),
                round(percentile(run.latencies, 99) * 1000, 1),
                run.sent,
                sum(run.errors.values()),
            ]
        )
    header = ["dispatcher", "updates", "wall s", "updates/s", "p50 ms", "p99 ms", "sent", "errors"]
    lines = [
        f"{args.prospects} prospects x {len(texts)} updates, concurrency {args.concurrency}, "
        f"database {db}",
        "",
        *table(header, rows),
        "",
        f"project/bare: throughput {project.rate / bare.rate:.3f}x, "
        f"p50 latency {percentile(project.latencies, 50) / percentile(bare.latencies, 50):.0f}x, "
        f"p99 latency {percentile(project.latencies, 99) / percentile(bare.latencies, 99):.0f}x",
        f"lead stages: {dict(sorted(stages.items()))}, sales cards queued: {cards}",
    ]
    if project.errors:
        lines.append(f"project errors: {dict(project.errors)}")
    report("bench_dialogue", command_line(), lines)


if __name__ == "__main__":
    main()
