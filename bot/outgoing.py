"""What an update says to Telegram, and when: only after its transaction is committed.

Use cases (the conversation, nurture clicks, sales actions, admin commands) decide what to
say and return `Outgoing` messages; handlers queue them, with any other Bot API call, on the
update's `AfterCommit`. The database middleware commits the update and only then performs
the queue (DESIGN principle 4): a crash or a failed commit never leaves a message in Telegram
that the database does not know about.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.methods import TelegramMethod
from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove

log = logging.getLogger(__name__)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None
Action = Callable[[Bot], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message: HTML text (every piece of user or script text already escaped)."""

    text: str
    markup: Markup = None
    # A Telegram file_id or URL sent with `text` as its caption; if Telegram refuses the
    # file (a stale id, a dead URL) the text still goes out alone.
    document: str | None = None


async def send(bot: Bot, chat_id: int, message: Outgoing, **extra: Any) -> Any:
    """Send one Outgoing now (the outbox worker and AfterCommit both use this)."""
    if message.document is not None:
        try:
            return await bot.send_document(
                chat_id, message.document, caption=message.text, reply_markup=message.markup,
                **extra,
            )  # fmt: skip
        except TelegramBadRequest as exc:
            log.warning("document refused (%s): sending the text alone", exc.message)
    return await bot.send_message(chat_id, message.text, reply_markup=message.markup, **extra)


class AfterCommit:
    """The Telegram calls of one update, performed in order once its transaction committed.

    A call that fails is logged and the rest still go out: a keyboard that could not be taken
    off an old question must not cost the prospect the next question.
    """

    def __init__(self) -> None:
        self._actions: list[Action] = []

    def __len__(self) -> int:
        return len(self._actions)

    def call(self, method: TelegramMethod[Any]) -> None:
        """Any Bot API method object, e.g. `query.answer(...)` or `EditMessageText(...)`."""
        self._actions.append(lambda bot: bot(method))

    def send(self, chat_id: int, messages: Iterable[Outgoing]) -> None:
        for message in messages:
            self._actions.append(lambda bot, m=message: send(bot, chat_id, m))

    def then(self, action: Action) -> None:
        """A custom step (e.g. render a chart, or edit a card and fall back on failure)."""
        self._actions.append(action)

    def kick(self, kick: Callable[[], None] | None) -> None:
        """Wake the outbox worker (`outbox_kick` in the dispatcher's data, when running)."""
        if kick is not None:

            async def _kick(bot: Bot) -> None:
                kick()

            self._actions.append(_kick)

    async def run(self, bot: Bot) -> None:
        actions, self._actions = self._actions, []
        for action in actions:
            try:
                await action(bot)
            except TelegramAPIError as exc:
                log.warning("after-commit call failed: %s: %s", type(exc).__name__, exc.message)
            except Exception:  # the update is committed: one bad call must not stop the rest
                log.exception("after-commit call failed")
