"""The qualification dialogue end to end: the real bot process, the emulator, the database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bot.emulator import RunningEmulator
from bot.sandbox import act
from tests.support.harness import HOT_RU_ANSWERS


def stored(db: Path, user_id: int) -> tuple[dict[str, dict], list[tuple[str, dict]], str]:
    """(current answers by step, events (kind, data), stage) of one prospect."""
    with sqlite3.connect(db) as connection:
        lead_id, stage = connection.execute(
            "SELECT id, stage FROM leads WHERE tg_user_id = ?", (user_id,)
        ).fetchone()
        answers = {
            step: {"via": via, "raw": raw, **json.loads(value)["facts"]}
            for step, via, raw, value in connection.execute(
                "SELECT step, via, raw_text, value FROM answers"
                " WHERE lead_id = ? AND NOT superseded ORDER BY id", (lead_id,))
        }  # fmt: skip
        events = [
            (kind, json.loads(data))
            for kind, data in connection.execute(
                "SELECT kind, data FROM events WHERE lead_id = ? ORDER BY id", (lead_id,))
        ]  # fmt: skip
    return answers, events, stage


def last_text(em, user) -> str:  # type: ignore[no-untyped-def]
    return next(m.text or "" for m in reversed(em.messages(user)) if m.from_bot)


async def test_four_prospects_hot_cold_job_seeker_and_back(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    db = tmp_path / "e2e.db"
    hot = em.add_user("Анна", language_code="ru")
    cold = em.add_user("John", language_code="en")
    seeker = em.add_user("Олег", language_code="ru")
    changer = em.add_user("Вера", language_code="ru")
    async with bot_process():
        await act(em, hot, "/start src_yandex_ads")
        for answer in HOT_RU_ANSWERS:
            await act(em, hot, answer)
        assert "менеджер свяжется" in last_text(em, hot)

        await act(em, cold, "/start")
        for press in ("[Chatbot]", "[Under 300k]", "[gathering]", "[Skip]", "[No plans]",
                      "[Skip]", "[Skip]", "[Skip]", "[Skip]", "[No]"):  # fmt: skip
            await act(em, cold, press)
        assert "Thank" in last_text(em, cold)

        await act(em, seeker, "/start")
        await act(em, seeker, "Добрый день, ищу работу, вот моё резюме")
        assert "ваканси" in last_text(em, seeker)

        await act(em, changer, "/start")
        await act(em, changer, "Нужен сайт")
        await act(em, changer, "500 тыс")
        await act(em, changer, "/back")
        assert "бюджет" in last_text(em, changer)
        await act(em, changer, "от 1 до 2 млн")
        assert "решение" in last_text(em, changer)

    answers, events, stage = stored(db, hot.id)
    assert stage == "sales_ready" and all(a["via"] == "text" for a in answers.values())
    assert answers["budget"]["budget_max"] >= 2_000_000 and answers["phone"]["phone"]
    assert answers["timeline"]["timeline_status"] == "days"
    answered = [data for kind, data in events if kind == "question_answered"]
    assert len(answered) == len(HOT_RU_ANSWERS)
    assert all(a["latency_s"] is not None and a["length"] > 0 for a in answered)
    assert ("dialogue_started", {"source": "src_yandex_ads"}) in events

    answers, events, stage = stored(db, cold.id)
    assert stage == "nurturing"
    assert answers["need"]["via"] == "button" and answers["budget"]["via"] == "button"
    assert answers["timeline"]["timeline_status"] == "no_plans"
    assert any(k == "dialogue_completed" for k, _ in events)

    answers, events, stage = stored(db, seeker.id)
    assert stage == "disqualified" and answers["need"]["disqualifier"] == "job_seeker"
    assert not any(k == "question_answered" and d["step"] == "budget" for k, d in events)

    answers, events, stage = stored(db, changer.id)
    assert answers["budget"]["budget_min"] == 1_000_000 and answers["budget"]["raw"] == (
        "от 1 до 2 млн"
    )
    assert [k for k, _ in events if k in ("back_used", "question_asked")] == []  # unread


async def test_silent_after_budget_gets_a_nudge_and_continues_there(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    quiet = em.add_user("Ира", language_code="ru")
    # Half an hour of silence becomes 3.6 s; no quiet hours, whatever the clock says.
    async with bot_process(NURTURE_DELAY_SCALE="0.002", QUIET_HOURS=""):
        await act(em, quiet, "/start")
        await act(em, quiet, "Нужна CRM")
        assert "бюджет" in last_text(em, quiet)
        await em.wait_until(lambda: "остановились" in last_text(em, quiet), timeout=20)
        nudge = next(m for m in reversed(em.messages(quiet)) if m.from_bot)
        assert "бюджет" in (nudge.text or "")  # it names the open question
        await act(em, quiet, "около 2 млн руб")
        assert "решение" in last_text(em, quiet)  # continued exactly at the budget step
    answers, _, stage = stored(tmp_path / "e2e.db", quiet.id)
    assert list(answers) == ["need", "budget"] and stage == "qualifying"
