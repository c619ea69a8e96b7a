"""Magic filters checked on the event loop.

aiogram runs a filter that is a plain callable, `F.text` and `F.chat.type == "private"`
included, in a worker thread (`asyncio.to_thread`): a thread hop per filter per update, far
more than the check itself (four of them cost about a millisecond per update). `OnLoop`
wraps a magic filter in an async Filter, so aiogram awaits it in place. Every filter of the
dispatcher is awaitable: tests/dispatcher/test_routing.py checks it.
"""

from __future__ import annotations

from typing import Any

from aiogram.filters import Filter
from aiogram.types import TelegramObject
from magic_filter import MagicFilter


class OnLoop(Filter):
    __slots__ = ("magic",)

    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: TelegramObject) -> Any:
        return self.magic.resolve(event)

    def __str__(self) -> str:
        return f"OnLoop({self.magic!r})"
