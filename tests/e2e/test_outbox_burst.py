"""Due nurture messages through the emulator: SIGKILL mid-burst, 429s, a blocked prospect."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from bot import lifecycle
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import Lead, OutboxMessage, utcnow
from bot.emulator import Emulator, RunningEmulator, User


async def due_nurture(url: str, users: list[User]) -> None:
    """Leads in nurture whose first cold-sequence message is due now (as after downtime)."""
    engine = create_engine(url)
    await migrate(engine)
    settings = Settings(_env_file=None, database_url=url)
    async with create_sessionmaker(engine).begin() as session:
        for user in users:
            lead = Lead(tg_user_id=user.id, chat_id=user.id, first_name=user.first_name,
                        language="ru", stage="nurturing", facts={"need": "сайт"})  # fmt: skip
            session.add(lead)
            await lifecycle.enrol(session, lead, "cold", utcnow(), settings)
        await session.execute(update(OutboxMessage).values(due_at=utcnow() - timedelta(seconds=1)))
    await engine.dispose()


async def outbox_rows(url: str) -> list[OutboxMessage]:
    engine = create_engine(url)
    async with create_sessionmaker(engine)() as session:
        rows = list(await session.scalars(select(OutboxMessage).where(
            OutboxMessage.payload["step"].as_integer() == 0)))  # fmt: skip
    await engine.dispose()
    return rows


def delivered(em: Emulator, users: list[User]) -> dict[int, int]:
    return {u.id: sum(m.from_bot for m in em.messages(u)) for u in users}


async def test_sigkill_during_a_burst_delivers_each_message_once(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    users = [em.add_user(f"Лид{n}", language_code="ru") for n in range(200)]
    for user in users:
        em.private_chat(user)
    blocked = users[0]
    em.block(blocked)
    url = f"sqlite+aiosqlite:///{tmp_path}/e2e.db"
    await due_nurture(url, users)
    # Rows the killed process had claimed are free again once their lease (5 s) expires.
    env = {"QUIET_HOURS": "", "OUTBOX_TICK_SECONDS": "0.2", "OUTBOX_LEASE_SECONDS": "5"}
    async with bot_process(**env) as bot:
        await em.wait_until(lambda: sum(delivered(em, users).values()) >= 60, timeout=30)
        await bot.kill()
        at_kill = sum(delivered(em, users).values())
        assert at_kill < 199  # killed mid-burst
        await bot.start()
        await em.wait_until(
            lambda: sum(1 for n in delivered(em, users).values() if n) >= 199, timeout=60
        )
        await em.wait_idle(timeout=10, quiet=1)

    counts = delivered(em, users)
    assert counts[blocked.id] == 0
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    print(f"burst: {at_kill} delivered before SIGKILL, {duplicates} duplicates")  # -s shows it
    # The one window the outbox admits: killed after Telegram accepted, before the commit.
    assert duplicates <= 1, duplicates
    assert all(n >= 1 for uid, n in counts.items() if uid != blocked.id)
    forbidden = [r for r in em.calls("sendMessage")
                 if str(r.params.get("chat_id")) == str(blocked.id)]  # fmt: skip
    assert len(forbidden) == 1 and forbidden[0].error_code == 403  # exactly one attempt
    rows = await outbox_rows(url)
    assert len(rows) == 200 and {r.status for r in rows} == {"sent"}


async def test_429s_are_waited_out_and_everything_arrives_once(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    users = [em.add_user(f"Лид{n}", language_code="ru") for n in range(60)]
    for user in users:
        em.private_chat(user)
    url = f"sqlite+aiosqlite:///{tmp_path}/e2e.db"
    await due_nurture(url, users)
    em.fail_next("sendMessage", 429, retry_after=1, count=15)
    async with bot_process(QUIET_HOURS="", OUTBOX_TICK_SECONDS="0.2"):
        await em.wait_until(lambda: all(delivered(em, users).values()), timeout=60)
        await em.wait_idle(timeout=10, quiet=1)
    assert set(delivered(em, users).values()) == {1}
    assert sum(r.error_code == 429 for r in em.calls("sendMessage")) == 15
