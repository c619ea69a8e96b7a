"""Learning from outcomes end to end: the real bot process, the emulator, an admin, a rep.

The admin is refused nothing, a stranger everything; with no outcomes /insights and /suggest
explain what is missing; a real hand-off and a rep's decision leave their snapshots; months of
decisions (written into the bot's database as they would have accumulated) give /insights its
table and chart and /suggest a draft that becomes the active model only on Apply; then the
next card shows the deal probability. The scheduled audit arrives by itself, once per period,
across a restart.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from bot.db.engine import create_engine, create_sessionmaker
from bot.emulator import RunningEmulator
from tests.e2e.test_sales_flow import qualify
from tests.support.outcomes import from_synthetic, insert_leads
from tests.support.synthetic import generate

REFUSAL = "Команда доступна только администраторам"


def texts_after(em, chat, start: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text or m.caption or "" for m in em.messages(chat)[start:] if m.from_bot]


async def ask(em, user, command: str, expect: str, timeout: float = 30) -> str:  # type: ignore[no-untyped-def]
    """Send a command and wait for a reply containing `expect`; all replies, joined."""
    start = len(em.messages(user))
    em.send_text(user, command)
    await em.wait_until(lambda: any(expect in t for t in texts_after(em, user, start)), timeout)
    await em.wait_idle(timeout=10, quiet=0.5)
    return "\n".join(texts_after(em, user, start))


def rows(db: Path, query: str) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(db) as conn:
        return conn.execute(query).fetchall()


async def test_insights_and_suggest_for_an_admin_end_to_end(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    admin = em.add_user("Админ", username="boss")
    stranger = em.add_user("Чужой")
    rep = em.add_user("Олег", username="oleg")
    group = em.create_group("Продажи", [rep], supergroup=True)
    db = tmp_path / "e2e.db"
    settings = {"SALES_CHAT_ID": str(group.id), "ADMIN_IDS": str(admin.id),
                "INSIGHTS_MIN_LEADS": "5", "AUDIT_EVERY_DAYS": "0"}  # fmt: skip
    async with bot_process(**settings):
        for command in ("/insights", "/suggest", "/audit_report"):
            assert await ask(em, stranger, command, REFUSAL) == REFUSAL
        assert "Лидов с исходом пока нет" in await ask(em, admin, "/insights", "Что ведёт")
        short = await ask(em, admin, "/suggest", "Веса по исходам")
        assert "пока мало данных" in short and "Решений продаж по переданным лидам: 0" in short

        # A real hand-off, taken and lost by the rep: snapshots of what sales saw.
        anna = em.add_user("Анна", language_code="ru")
        await qualify(em, anna)
        await em.wait_until(lambda: any(m.from_bot for m in em.messages(group)), timeout=15)
        card = next(m for m in em.messages(group) if m.from_bot)
        for button in ("🙋 Беру", "❌ Проигран", "Дорого"):
            await em.wait_for_answer(em.press(rep, em.chat(group).find(card.message_id), button))
        await em.wait_until(
            lambda: "Проигран" in (em.chat(group).find(card.message_id).text or ""), 10
        )
        assert rows(db, "SELECT kind, tier, reason FROM score_snapshots ORDER BY id") == [
            ("handoff", "hot", "score"),
            ("lost", "hot", "price"),
        ]

        # Months of decisions, as they would have accumulated.
        engine = create_engine(f"sqlite+aiosqlite:///{db}")
        try:
            seeds = [from_synthetic(lead) for lead in generate(300, seed=11)]
            await insert_leads(create_sessionmaker(engine), seeds)
        finally:
            await engine.dispose()

        start = len(em.messages(admin))
        report = await ask(em, admin, "/insights all", "Лидов с исходом: ")
        assert "сделок:" in report and "лифт" in report and "timeline_30" in report
        assert any(m.kind == "photo" for m in em.messages(admin)[start:])

        suggestion = await ask(em, admin, "/suggest", "пока вы не нажмёте", timeout=60)
        assert "текущие веса:" in suggestion and "предложенные веса:" in suggestion
        assert "Пробный пересчёт черновика v2" in suggestion
        assert rows(db, "SELECT id, status FROM scoring_models ORDER BY id") == [
            (1, "active"), (2, "draft"),
        ]  # fmt: skip
        offer = next(m for m in reversed(em.messages(admin)) if "✅ Применить" in m.buttons)
        await em.wait_for_answer(em.press(admin, offer, "✅ Применить"))
        await em.wait_until(
            lambda: any("Версия v2 активна" in t for t in texts_after(em, admin, start)), 15
        )
        assert rows(db, "SELECT id, status FROM scoring_models ORDER BY id") == [
            (1, "archived"), (2, "active"),
        ]  # fmt: skip

        # The next hot lead's card carries the probability (the rule score still decides).
        cards_before = len([m for m in em.messages(group) if m.from_bot])
        boris = em.add_user("Борис", language_code="ru")
        await qualify(em, boris)
        await em.wait_until(
            lambda: len([m for m in em.messages(group) if m.from_bot]) > cards_before, 15
        )
        new_card = [m for m in em.messages(group) if m.from_bot][-1]
        assert "Борис" in (new_card.text or "")
        assert "🎯 вероятность сделки ~" in (new_card.text or "")


async def test_the_scheduled_audit_arrives_once_per_period_across_a_restart(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    admin = em.add_user("Админ", username="boss")
    db = tmp_path / "e2e.db"
    # A period of about 4 seconds: several audits during the test.
    period = {"ADMIN_IDS": str(admin.id), "AUDIT_EVERY_DAYS": "0.00005"}

    def audits() -> list[str]:
        return [m.text or "" for m in em.messages(admin) if "Аудит скоринга" in (m.text or "")]

    def sent_keys() -> list[str]:
        query = "SELECT dedupe_key FROM outbox WHERE kind='audit_report' AND status='sent'"
        return [key for (key,) in rows(db, query)]

    async def recorded() -> None:
        # The report is out; its row is marked sent a moment later, in the same transaction
        # as the next period's row. Stopping in between would re-send it (at least once).
        for _ in range(100):
            if len(sent_keys()) >= len(audits()):
                return
            await asyncio.sleep(0.05)

    async with bot_process(**period) as bot:
        # Telegram lets a bot write only to those who opened it: the admin has.
        await ask(em, admin, "/admin", "Команды администратора")
        await em.wait_until(lambda: len(audits()) >= 1, timeout=20)
        await recorded()
        await bot.stop()
        await bot.start()
        await em.wait_until(lambda: len(audits()) >= 3, timeout=30)
        await recorded()
    keys = sent_keys()
    assert len(keys) == len(set(keys))  # one row per period, whoever queued it
    assert len(audits()) == len(keys)  # and one report per row
    assert sum(m.kind == "photo" for m in em.messages(admin)) == len(keys)
