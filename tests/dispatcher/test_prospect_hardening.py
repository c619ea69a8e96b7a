"""A prospect's chat against forged or failing input: each case once broke something."""

from __future__ import annotations

from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import AnswerCallbackQuery, EditMessageReplyMarkup
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.models import Stage
from bot.services.nurture import NurtureCallback
from tests.support.harness import HOT_RU_ANSWERS, Harness


def last_text(h: Harness, user_id: int) -> str:
    return h.session.texts(user_id)[-1]


def button(data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="x", callback_data=data)]]
    )


async def test_forged_nurture_clicks_earn_nothing(harness: Harness) -> None:
    """A nurture button this lead was never sent (forged, another lead's, an unknown step)
    adds no engagement and hands nothing to sales."""
    user = Harness.user(901)
    await harness.text(user, "/start")
    await harness.text(user, HOT_RU_ANSWERS[0])
    lead = await harness.lead(user.id)
    assert lead is not None
    before = lead.score_total
    for forged in (
        NurtureCallback(action="ready", lead=lead.id, seq="cold", step=1),
        NurtureCallback(action="ready", lead=lead.id, seq="silent", step=0),
        NurtureCallback(action="price", lead=lead.id, seq="nope", step=0),
        NurtureCallback(action="ready", lead=lead.id + 1, seq="cold", step=1),
    ):
        await harness.press(user, "x", button(forged.pack()))
        assert harness.session.sent(AnswerCallbackQuery)[-1].text  # told it is not theirs
    lead = await harness.lead(user.id)
    assert lead is not None and lead.stage == Stage.QUALIFYING
    assert lead.score_total == before
    assert "nurture_click" not in [e.kind for e in await harness.events(user.id)]


async def test_someone_elses_contact_at_the_phone_step_is_asked_again(harness: Harness) -> None:
    user = Harness.user(902)
    await harness.text(user, "/start")
    for text in HOT_RU_ANSWERS:
        if "телефон" in last_text(harness, user.id).lower():
            break
        await harness.text(user, text)
    assert "телефон" in last_text(harness, user.id).lower()
    await harness.contact(user, "+79990001122", own=False)
    assert "phone" not in await harness.answers(user.id)
    assert "телефон" in last_text(harness, user.id).lower()  # asked again, kindly


async def test_a_failed_keyboard_edit_does_not_lose_the_next_question(harness: Harness) -> None:
    user = Harness.user(903, "en")
    await harness.text(user, "/start")
    harness.session.fail_once(
        lambda m: isinstance(m, EditMessageReplyMarkup),
        TelegramBadRequest(method=None, message="message is not modified"),  # type: ignore[arg-type]
    )
    await harness.press(user, "Chatbot")
    assert "need" in await harness.answers(user.id)
    assert "budget" in last_text(harness, user.id).lower()
