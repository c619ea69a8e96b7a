"""The dispatcher never sends a filter or handler to a worker thread.

aiogram awaits async callables in place but runs plain ones with `asyncio.to_thread`: one
thread hop per filter per update (F.text, F.chat.type == ...), which cost the dialogue about
a millisecond an update. Magic filters are wrapped in `OnLoop`; this test finds any that is
not, and any sync handler or middleware filter added later.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject

from bot.app import create_dispatcher
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker


def _callables(router: Router) -> Iterator[tuple[str, CallableObject]]:
    for name, observer in router.observers.items():
        for f in getattr(observer, "_handler", None).filters or ():
            yield f"{router.name}.{name} router filter {f.callback!r}", f
        for handler in observer.handlers:
            yield f"{router.name}.{name} handler {handler.callback!r}", handler
            for f in handler.filters or ():
                yield f"{router.name}.{name} filter {f.callback!r} of {handler.callback!r}", f
    for child in router.sub_routers:
        yield from _callables(child)


async def test_every_filter_and_handler_is_awaited_on_the_loop(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path}/t.db")
    engine = create_engine(settings.database_url)
    try:
        dispatcher = create_dispatcher(settings, create_sessionmaker(engine))
        found = list(_callables(dispatcher))
        assert len(found) > 40  # the walk reaches the routers' handlers and filters
        threaded = [where for where, obj in found if not obj.awaitable]
        assert threaded == []
    finally:
        await engine.dispose()
