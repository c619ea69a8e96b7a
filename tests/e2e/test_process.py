"""The bot as a user meets it: a real process, the emulator, SIGKILL and a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.emulator import RunningEmulator


def texts(emulator, chat) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text or "" for m in emulator.messages(chat) if m.from_bot]


async def test_start_then_sigkill_and_restart_continue_at_the_same_step(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    anna = em.add_user("Анна", language_code="ru")
    async with bot_process() as bot:
        commands = em.calls("setMyCommands")
        assert commands and any("start" in str(c.params) for c in commands)
        em.send_text(anna, "/start src_e2e")
        await em.wait_for_messages(anna, 2, timeout=15)
        assert "Анна" in texts(em, anna)[0] and "задачу" in texts(em, anna)[1]
        em.send_text(anna, "Нужен интернет-магазин")
        await em.wait_until(lambda: "бюджет" in texts(em, anna)[-1], timeout=15)
        await bot.kill()

        # While the bot is dead the prospect answers; nothing may be lost.
        em.send_text(anna, "около 2 млн руб")
        await bot.start()
        await em.wait_until(lambda: "решение" in texts(em, anna)[-1], timeout=20)
        em.send_text(anna, "я директор, решаю сам")
        await em.wait_until(lambda: "начать" in texts(em, anna)[-1], timeout=15)
        assert await bot.stop() == 0  # SIGTERM: a clean stop

    all_texts = texts(em, anna)
    assert sum("На какой бюджет" in t for t in all_texts) == 1  # no question asked twice
    with sqlite3.connect(tmp_path / "e2e.db") as db:
        steps = [row[0] for row in db.execute(
            "SELECT step FROM answers WHERE NOT superseded ORDER BY id")]  # fmt: skip
        source = db.execute("SELECT source FROM leads").fetchone()[0]
    # "я директор" answers the position question too (read from the same message).
    assert steps == ["need", "budget", "authority", "position"]
    assert source == "src_e2e"
    log = (tmp_path / "bot.log").read_text()
    assert "Анна" not in log and "около 2 млн" not in log  # no personal data in logs
    assert "handled in" in log
