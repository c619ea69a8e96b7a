"""NUL characters: PostgreSQL refuses them in text, so they are stripped before any handler."""

from __future__ import annotations

import time

from aiogram.types import (
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)

from tests.support.harness import Harness


async def test_a_message_with_nul_is_handled_and_stored_without_it(harness: Harness) -> None:
    prospect = User(
        id=3001, is_bot=False, first_name="Ан\x00на", last_name="\x00", username="anna\x00",
        language_code="ru",
    )  # fmt: skip
    await harness.text(prospect, "/start")
    await harness.text(prospect, "Нужен\x00 интернет-магазин\x00")
    answers = await harness.answers(prospect.id)
    assert answers["need"].raw_text == "Нужен интернет-магазин"
    lead = await harness.lead(prospect.id)
    assert lead is not None
    assert (lead.first_name, lead.username) == ("Анна", "anna")
    assert "\x00" not in "".join(harness.session.texts(prospect.id))
    # A button whose data carries a NUL is understood as the button it was meant to be.
    markup = harness.last_keyboard(prospect.id)
    assert markup is not None
    first = markup.inline_keyboard[0][0]
    assert first.callback_data is not None
    forged = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text="x", callback_data=first.callback_data + "\x00")]
        ]
    )
    await harness.press(prospect, "x", forged)
    assert "budget" in await harness.answers(prospect.id)


def test_strip_nul_copies_only_what_changed() -> None:
    from bot.middlewares import strip_nul

    user = User(id=1, is_bot=False, first_name="A")
    chat = Chat(id=1, type="private")
    message = Message(message_id=1, date=int(time.time()), chat=chat, from_user=user, text="ok")
    update = Update(update_id=1, message=message)
    assert strip_nul(update) is update
    dirty = Update(update_id=2, message=message.model_copy(update={"caption": "a\x00b"}))
    cleaned = strip_nul(dirty)
    assert cleaned.message is not None and cleaned.message.caption == "ab"
    assert cleaned.message.chat is chat and cleaned.message.from_user is user
