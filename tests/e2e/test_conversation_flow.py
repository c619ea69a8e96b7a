"""A conversation, not a form, end to end: the real bot process, the emulator, a sales group."""

from __future__ import annotations

from bot.emulator import RunningEmulator
from bot.sandbox import act


def bot_texts(em, chat) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text or "" for m in em.messages(chat) if m.from_bot]


def asked(em, user, question: str) -> int:  # type: ignore[no-untyped-def]
    return sum(question in t for t in bot_texts(em, user))


async def test_one_breath_a_role_and_a_price_question(
    emulator: RunningEmulator, bot_process
) -> None:
    em = emulator.emulator
    rep = em.add_user("Олег", username="oleg")
    group = em.create_group("Продажи", [rep])
    async with bot_process(SALES_CHAT_ID=str(group.id)):
        # Everything in the first message: need, budget, authority, timeline.
        anna = em.add_user("Анна", language_code="ru")
        await act(em, anna, "/start")
        await act(
            em, anna,
            "Здравствуйте! Нужен интернет-магазин для сети салонов, бюджет около 2 млн, "
            "решаю сам, хотим запуститься к февралю",
        )  # fmt: skip
        assert bot_texts(em, anna)[-1].startswith("Понял:")
        for answer in ("ООО Ромашка, директор", "+7 999 123-45-67, anna@romashka.ru", "да"):
            await act(em, anna, answer)
        assert "менеджер свяжется" in bot_texts(em, anna)[-1]
        for question in ("На какой бюджет", "Кто принимает решение", "Когда планируете",
                         "Ваша должность"):  # fmt: skip
            assert asked(em, anna, question) == 0, question
        assert asked(em, anna, "Какую задачу") == 1  # the need, once, at the start

        # A decision-maker role answers the position too.
        boris = em.add_user("Борис", language_code="ru")
        for text in ("/start", "Нужен сайт", "500 тыс", "я собственник, решаю сам"):
            await act(em, boris, text)
        # A price question mid-dialogue: the FAQ's answer, then the same question again.
        question = bot_texts(em, boris)[-1]
        await act(em, boris, "сколько стоит сайт?")
        reply = bot_texts(em, boris)[-1]
        assert "от 300 тыс ₽" in reply and reply.endswith(question.split(". ")[-1])
        await em.wait_until(lambda: any("Анна" in t for t in bot_texts(em, group)), 15)
        await em.wait_idle(timeout=10, quiet=2)
    assert asked(em, boris, "Ваша должность") == 0
    cards = [t for t in bot_texts(em, group) if "Анна" in t and "🔥" in t]
    assert len(cards) == 1  # exactly one card for the hot one-breath prospect
