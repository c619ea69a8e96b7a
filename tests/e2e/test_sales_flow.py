"""Hot lead to sales through the emulator: one card, SLA reminder, Take, the first reply,
group migration."""

from __future__ import annotations

from bot.emulator import RunningEmulator
from tests.support.harness import HOT_RU_ANSWERS


async def qualify(em, user) -> None:  # type: ignore[no-untyped-def]
    em.send_text(user, "/start")
    await em.wait_for_messages(user, 2, timeout=15)
    for answer in HOT_RU_ANSWERS:
        before = len(em.messages(user))
        em.send_text(user, answer)
        await em.wait_until(lambda b=before: len(em.messages(user)) > b, timeout=15)
    await em.wait_until(lambda: "менеджер" in (em.messages(user)[-1].text or ""), timeout=15)


def bot_texts(em, chat) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text or "" for m in em.messages(chat) if m.from_bot]


async def test_hot_lead_card_reminder_take_and_migration(
    emulator: RunningEmulator, bot_process
) -> None:
    em = emulator.emulator
    rep1 = em.add_user("Олег", username="oleg")
    rep2 = em.add_user("Мария", username="maria")
    group = em.create_group("Продажи", [rep1, rep2])
    settings = {"SALES_CHAT_ID": str(group.id), "SLA_REMIND_MINUTES": "0.05",
                "SLA_ESCALATE_MINUTES": "0.15"}  # fmt: skip
    async with bot_process(**settings):
        anna = em.add_user("Анна", language_code="ru")
        await qualify(em, anna)
        await em.wait_until(lambda: len(bot_texts(em, group)) >= 1, timeout=15)
        card = next(m for m in em.messages(group) if m.from_bot)
        assert "Анна" in card.text and "+79991234567" in card.text
        # Not taken within 3 seconds: the reminder replies to the card.
        await em.wait_until(lambda: any("ждёт уже" in t for t in bot_texts(em, group)), 15)
        query = em.press(rep1, card, "🙋 Беру")
        answer = await em.wait_for_answer(query)
        assert answer.text == "Лид ваш"
        await em.wait_until(lambda: "Взял @oleg" in (em.chat(group).find(card.message_id).text
                                                     or ""), 10)  # fmt: skip
        assert "✅ Сделка" in em.chat(group).find(card.message_id).buttons
        # Taking is not answering: the rep's reply to the card reaches Anna and stops the SLA.
        em.group_text(group, rep1, "Анна, добрый день! Это Олег.", reply_to=card)
        await em.wait_until(lambda: "Это Олег" in (em.messages(anna)[-1].text or ""), 10)

        # The group becomes a supergroup: the next card goes to its new id.
        new_id = em.migrate_group(group)
        boris = em.add_user("Борис", language_code="ru")
        await qualify(em, boris)
        await em.wait_until(lambda: any("Борис" in t for t in bot_texts(em, new_id)), 15)

    assert sum("🔥 Лид" in t for t in bot_texts(em, group)) == 1  # one card per hand-off
    assert not any("🚨" in t for t in bot_texts(em, group))  # answered before escalation


async def test_killed_between_qualifying_and_posting_the_card_posts_it_once(
    emulator: RunningEmulator, bot_process
) -> None:
    em = emulator.emulator
    rep = em.add_user("Олег", username="oleg")
    group = em.create_group("Продажи", [rep], supergroup=True)
    anna = em.add_user("Анна", language_code="ru")
    # A tick every minute: the card is queued (committed) but not sent when the bot dies.
    async with bot_process(SALES_CHAT_ID=str(group.id), OUTBOX_TICK_SECONDS="60") as bot:
        await qualify(em, anna)
        await bot.kill()
        assert bot_texts(em, group) == []
        bot.env["OUTBOX_TICK_SECONDS"] = "0.5"
        await bot.start()
        await em.wait_until(lambda: len(bot_texts(em, group)) >= 1, timeout=20)
        await em.wait_idle(timeout=10, quiet=1.5)
    assert sum("🔥 Лид" in t for t in bot_texts(em, group)) == 1
