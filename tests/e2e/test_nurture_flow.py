"""A cold lead's nurture through the emulator: in order, spaced, surviving a restart, and a
click on "I'm ready" that hands the lead to sales."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from bot.db.engine import create_engine, create_sessionmaker
from bot.db.models import OutboxMessage, utcnow
from bot.emulator import RunningEmulator
from bot.sandbox import act

# A cold lead who leaves an e-mail: reachable, so "I'm ready" can take it to sales.
COLD_PRESSES = ("/start", "[Website]", "[300k–1M]", "[gathering]", "[Skip]", "[No plans]",
                "[Skip]", "[Skip]", "[Skip]", "john@gmail.com", "[No]")  # fmt: skip


async def nurture_rows(url: str) -> list[OutboxMessage]:
    engine = create_engine(url)
    async with create_sessionmaker(engine)() as session:
        rows = list(await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "nurture")
            .order_by(OutboxMessage.id)))  # fmt: skip
    await engine.dispose()
    return rows


async def test_cold_lead_sequence_then_ready_goes_to_sales(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    url = f"sqlite+aiosqlite:///{tmp_path}/e2e.db"
    rep = em.add_user("Олег", username="oleg")
    group = em.create_group("Продажи", [rep], supergroup=True)
    john = em.add_user("John", language_code="en")
    async with bot_process(SALES_CHAT_ID=str(group.id)) as bot:
        for press in COLD_PRESSES:
            await act(em, john, press)
        assert "Thank" in (em.messages(john)[-1].text or "")  # cold: nurture, not sales
        await bot.stop()
        # A day passes while the bot is down: the first message is due when it comes back.
        engine = create_engine(url)
        async with create_sessionmaker(engine).begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.kind == "nurture", OutboxMessage.status == "pending")
                .values(due_at=utcnow())
            )
        await engine.dispose()
        before = len(em.messages(john))
        # From now on a day lasts 3.5 s (three days 10.4 s); no quiet hours.
        bot.env.update(NURTURE_DELAY_SCALE="0.00004", QUIET_HOURS="")
        await bot.start()
        await em.wait_until(lambda: len(em.messages(john)) >= before + 2, timeout=30)
        first, second = [m for m in em.messages(john)[before:] if m.from_bot][:2]
        assert second.date - first.date >= 9  # three "days" after the first
        ready, price = "🙋 I'm ready to talk", "💰 Send me the price list"
        assert ready in second.buttons and price in second.buttons
        for button in (ready, ready, price):
            query = em.press(john, second, button)
            await em.wait_for_answer(query)
        await em.wait_until(lambda: any("🔥" in (m.text or "") for m in em.messages(group)), 20)
        assert any("manager will contact you" in (m.text or "") for m in em.messages(john))

    statuses = [
        row.status for row in await nurture_rows(url) if row.payload.get("sequence") == "cold"
    ]
    assert statuses == ["sent", "sent", "cancelled"]  # the sequence stopped at the hand-off
