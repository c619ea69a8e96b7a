"""Keyboards for dialogue questions. Callback data carries only step and option keys."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.dialogs.script import Script, Step

SKIP = "_skip"


class AnswerCallback(CallbackData, prefix="a"):
    step: str
    value: str


class BackCallback(CallbackData, prefix="back"):
    step: str


Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | None


def question_markup(script: Script, step: Step, lang: str, can_go_back: bool) -> Markup:
    if step.parser == "phone":
        rows = [
            [KeyboardButton(text=script.text("share_phone_button", lang), request_contact=True)]
        ]
        if step.optional:
            rows.append([KeyboardButton(text=script.text("skip_button", lang))])
        return ReplyKeyboardMarkup(keyboard=rows, resize_keyboard=True, one_time_keyboard=True)
    buttons = [
        [
            InlineKeyboardButton(
                text=option.label(lang),
                callback_data=AnswerCallback(step=step.key, value=option.value).pack(),
            )
        ]
        for option in step.options
    ]
    nav: list[InlineKeyboardButton] = []
    if can_go_back:
        nav.append(
            InlineKeyboardButton(
                text=script.text("back_button", lang),
                callback_data=BackCallback(step=step.key).pack(),
            )
        )
    if step.optional:
        nav.append(
            InlineKeyboardButton(
                text=script.text("skip_button", lang),
                callback_data=AnswerCallback(step=step.key, value=SKIP).pack(),
            )
        )
    if nav:
        buttons.append(nav)
    return InlineKeyboardMarkup(inline_keyboard=buttons) if buttons else None
