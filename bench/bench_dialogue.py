"""Dialogue hot path: N prospects qualify through the real dispatcher.

    .venv/bin/python bench/bench_dialogue.py [--prospects N] [--concurrency C]
        [--flood-events E] [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test]
        [--default-gc]

Every prospect types /start and the hot Russian free-text answers, one update after the
other (each waits for the previous to be handled). Three measurements in one run:
- throughput: prospects concurrently, at most C at a time;
- one at a time: the same with one prospect at a time (the latency a prospect feels);
- their own words: one at a time again, each prospect typing a clear hot prospect's answers
  from the calibration sets (no two alike, so no parser cache helps across prospects, as in
  real traffic);
- flood: prospects whose lead already holds E events (a spammer, a very long history)
  against fresh ones, one at a time; the flooded lead's first update folds its whole history
  once (reported apart), the rest must cost what a fresh lead's do.
The process runs with the bot's collector settings (`bot.app.settle_memory`, as `python -m
bot` after start-up), for both dispatchers; `--default-gc` keeps CPython's.
Updates go through `dispatcher.feed_update` with a RecordingSession (no network), the
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
import tomllib
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.memory import MemoryStorage, SimpleEventIsolation
from aiogram.methods import SendMessage
from aiogram.types import Chat, Message, MessageEntity, Update, User
from common import command_line, percentile, report, table
from sqlalchemy import func, insert, select, update

from bot.app import create_dispatcher, settle_memory
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, downgrade, migrate
from bot.db.models import BehaviourEvent, Lead, OutboxMessage, utcnow
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


Hook = Callable[[int], Awaitable[None]]


async def drive(
    dispatcher: Dispatcher,
    bot: Bot,
    prospects: int,
    concurrency: int,
    texts: Sequence[str],
    *,
    first_user_id: int = FIRST_USER_ID,
    after_first: Hook | None = None,
    timed_from: int = 0,
    scripts: Sequence[Sequence[str]] = (),
) -> Run:
    """Feed every prospect's updates in order; prospects concurrently up to `concurrency`.

    `after_first(user_id)` runs (untimed) after a prospect's first update; only updates from
    index `timed_from` on are counted. With `scripts`, prospect i types `scripts[i]` instead
    of `texts`.
    """
    run = Run()
    ids = itertools.count(first_user_id * 100)
    gate = asyncio.Semaphore(concurrency)

    async def prospect(uid: int) -> None:
        user = User(
            id=uid, is_bot=False, first_name="Иван", username=f"u{uid}", language_code="ru"
        )
        lines = scripts[(uid - first_user_id) % len(scripts)] if scripts else texts
        async with gate:
            for index, text in enumerate(lines):
                if index == 1 and after_first is not None:
                    await after_first(uid)
                update = _update(next(ids), next(ids), user, text)
                started = time.perf_counter()
                try:
                    await dispatcher.feed_update(bot, update)
                except Exception as exc:  # counted and reported, not fatal
                    run.errors[type(exc).__name__] += 1
                if index >= timed_from:
                    run.latencies.append(time.perf_counter() - started)
                    run.updates += 1

    started = time.perf_counter()
    await asyncio.gather(*(prospect(first_user_id + i) for i in range(prospects)))
    # With untimed work in between, the wall time is the timed updates' own.
    timed_only = after_first is not None or timed_from > 0
    run.wall = sum(run.latencies) if timed_only else time.perf_counter() - started
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


def calibration_scripts() -> list[list[str]]:
    """What each clear hot prospect of the calibration sets types, step by step (a step they
    do not answer gets their default answer)."""
    steps = ("need", "budget", "authority", "timeline", "company", "phone", "email", "brief")
    scripts = []
    folder = Path(__file__).parents[1] / "tests" / "calibration"
    for path in sorted(folder.glob("prospects*.toml")):
        for p in tomllib.loads(path.read_text(encoding="utf-8"))["prospect"]:
            if p["kind"] == "hot" and p["clear"]:
                answers = p["answers"]
                lines = [answers.get(step, answers["default"]) for step in steps]
                scripts.append(["/start", *([p["opening"]] if p["opening"] else []), *lines])
    return scripts


async def run_bare(
    prospects: int, concurrency: int, texts: Sequence[str], scripts: Sequence[Sequence[str]] = ()
) -> Run:
    bot, session = new_bot()
    run = await drive(bare_dispatcher(), bot, prospects, concurrency, texts, scripts=scripts)
    run.sent = len(session.sent(SendMessage))
    return run


@dataclass
class Project:
    throughput: Run
    one_at_a_time: Run
    own_words: Run  # one at a time, each prospect its own answers
    fresh: Run  # one at a time, after the first answer
    flooded: Run  # the same on leads holding `flood_events` events
    flood_first: Run  # each flooded lead's first update after the flood (folds the history)
    stages: dict[str, int]
    cards: int


async def run_project(
    url: str,
    prospects: int,
    concurrency: int,
    texts: Sequence[str],
    flood_events: int,
    scripts: Sequence[Sequence[str]],
) -> Project:
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
        throughput = await drive(dispatcher, bot, prospects, concurrency, texts)
        sent = len(recording.sent(SendMessage))
        throughput.sent = sent
        single = min(prospects, 100)
        one = await drive(dispatcher, bot, single, 1, texts, first_user_id=2 * FIRST_USER_ID)
        one.sent = len(recording.sent(SendMessage)) - sent
        own_words = await drive(
            dispatcher, bot, len(scripts), 1, texts, first_user_id=6 * FIRST_USER_ID,
            scripts=scripts,
        )  # fmt: skip

        async def flood(uid: int) -> None:
            """`flood_events` events on the lead, as a long history leaves them; the lead's
            stored engagement state is dropped, as after a model change."""
            async with sessionmaker.begin() as session:
                lead_id = await session.scalar(select(Lead.id).where(Lead.tg_user_id == uid))
                now = utcnow()
                kinds = ("media_message", "message_edited", "own_question", "flood")
                rows = [
                    {"lead_id": lead_id, "kind": kinds[i % 4], "at": now,
                     "data": {"type": "sticker", "topic": "other", "messages": 6}}
                    for i in range(flood_events)
                ]  # fmt: skip
                await session.execute(insert(BehaviourEvent), rows)
                await session.execute(
                    update(Lead).where(Lead.id == lead_id).values(engagement=None)
                )

        flood_leads = min(prospects, 10)
        fresh = await drive(
            dispatcher, bot, flood_leads, 1, texts, first_user_id=3 * FIRST_USER_ID, timed_from=2
        )
        flooded = await drive(
            dispatcher, bot, flood_leads, 1, texts, first_user_id=4 * FIRST_USER_ID,
            after_first=flood, timed_from=2,
        )  # fmt: skip
        first = await drive(
            dispatcher, bot, flood_leads, 1, texts[:2], first_user_id=5 * FIRST_USER_ID,
            after_first=flood, timed_from=1,
        )  # fmt: skip
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
        return Project(throughput, one, own_words, fresh, flooded, first, stages, int(cards or 0))
    finally:
        await engine.dispose()


def _row(name: str, run: Run) -> list[object]:
    return [
        name,
        run.updates,
        round(run.wall, 2),
        round(run.rate),
        round(percentile(run.latencies, 50) * 1000, 2),
        round(percentile(run.latencies, 99) * 1000, 1),
        sum(run.errors.values()),
    ]


def _ratio(project: Run, bare: Run) -> str:
    return (
        f"throughput {project.rate / bare.rate:.3f}x, "
        f"p50 latency {percentile(project.latencies, 50) / percentile(bare.latencies, 50):.0f}x, "
        f"p99 latency {percentile(project.latencies, 99) / percentile(bare.latencies, 99):.0f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=500)
    parser.add_argument("--flood-events", type=int, default=20_000)
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    parser.add_argument(
        "--default-gc", action="store_true", help="CPython's collector settings, not the bot's"
    )
    args = parser.parse_args()
    texts = ("/start", *HOT_RU_ANSWERS)
    if not args.default_gc:
        # As `python -m bot` runs after start-up; process-wide, so the bare dispatcher below
        # runs with it too.
        settle_memory()

    bare = asyncio.run(run_bare(args.prospects, args.concurrency, texts))
    bare_one = asyncio.run(run_bare(min(args.prospects, 100), 1, texts))
    scripts = calibration_scripts()[: args.prospects]
    bare_own = asyncio.run(run_bare(len(scripts), 1, texts, scripts))
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{tmp}/bench.db"
        project = asyncio.run(
            run_project(url, args.prospects, args.concurrency, texts, args.flood_events, scripts)
        )
    db = "postgresql" if url.startswith("postgresql") else "sqlite"

    header = ["dispatcher", "updates", "wall s", "updates/s", "p50 ms", "p99 ms", "errors"]
    fresh, flooded = project.fresh, project.flooded
    flood_ratio = percentile(flooded.latencies, 50) / percentile(fresh.latencies, 50)
    lines = [
        f"{args.prospects} prospects x {len(texts)} updates, database {db}",
        "",
        f"Throughput, concurrency {args.concurrency}:",
        "",
        *table(
            header,
            [_row(f"project ({db})", project.throughput), _row("bare aiogram (memory)", bare)],
        ),
        "",
        f"project/bare: {_ratio(project.throughput, bare)}",
        "",
        f"One prospect at a time ({project.one_at_a_time.updates // len(texts)} prospects):",
        "",
        *table(
            header,
            [_row(f"project ({db})", project.one_at_a_time), _row("bare aiogram", bare_one)],
        ),
        "",
        f"project/bare: {_ratio(project.one_at_a_time, bare_one)}",
        "",
        f"One at a time, each prospect typing its own answers ({len(scripts)} clear hot "
        "prospects of the calibration sets; no parser cache helps across prospects):",
        "",
        *table(
            header,
            [_row(f"project ({db})", project.own_words), _row("bare aiogram", bare_own)],
        ),
        "",
        f"project/bare: {_ratio(project.own_words, bare_own)}",
        "",
        f"Flood: leads holding {args.flood_events:,} events vs fresh leads, one at a time "
        "(updates after the first answer):",
        "",
        *table(
            header,
            [
                _row("fresh leads", fresh),
                _row(f"leads with {args.flood_events:,} events", flooded),
                _row("  their first update (folds the history)", project.flood_first),
            ],
        ),
        "",
        f"flooded/fresh p50: {flood_ratio:.2f}x",
        f"lead stages: {dict(sorted(project.stages.items()))}, "
        f"sales cards queued: {project.cards}",
    ]
    errors = sum(
        (
            r.errors
            for r in (project.throughput, project.one_at_a_time, project.own_words, fresh, flooded)
        ),
        Counter(),
    )
    if errors:
        lines.append(f"project errors: {dict(errors)}")
    report("bench_dialogue", command_line(), lines)


if __name__ == "__main__":
    main()
