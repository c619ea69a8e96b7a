"""Keyboards for dialogue questions. Callback data carries only step and option keys."""

from __future__ import annotations

import weakref

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


# id(script) -> (weak reference, {(step, language, back button): keyboard}). Kept outside the
# script, like the scoring model's compiled rules: equal scripts stay equal, a copy never
# carries another's keyboards.
_KEYBOARDS: dict[int, tuple[weakref.ref[Script], dict[tuple[str, str, bool], Markup]]] = {}


def question_markup(script: Script, step: Step, lang: str, can_go_back: bool) -> Markup:
    """The keyboard under a question. Built once per script, step, language and back button
    (aiogram's objects are frozen: one can be sent any number of times); building it took
    about 50 us, on every answer."""
    key = id(script)
    entry = _KEYBOARDS.get(key)
    if entry is None or entry[0]() is not script:
        cache = _KEYBOARDS  # bound locally: the callback may run at interpreter shutdown
        entry = cache[key] = (weakref.ref(script, lambda _ref: cache.pop(key, None)), {})
    built = entry[1]
    which = (step.key, lang, can_go_back)
    if which not in built:
        built[which] = _question_markup(script, step, lang, can_go_back)
    return built[which]


def _question_markup(script: Script, step: Step, lang: str, can_go_back: bool) -> Markup:
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
