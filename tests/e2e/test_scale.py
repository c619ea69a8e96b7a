"""Scale-out: webhook mode, and two instances on one PostgreSQL behind a round-robin balancer."""

from __future__ import annotations

import itertools
import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import ClientSession, web

from bot.db.engine import create_engine, downgrade
from bot.emulator import RunningEmulator
from bot.sandbox import act
from tests.support.harness import HOT_RU_ANSWERS

SECRET = "e2e-webhook-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def balancer(targets: list[str], fail_every: int = 0) -> AsyncIterator[str]:
    """Round-robin proxy. With `fail_every`, every n-th update is handled by an instance but
    answered 502, as if that instance died before answering: Telegram then redelivers it."""
    turn = itertools.count()

    async def forward(request: web.Request) -> web.Response:
        n = next(turn)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith("x-tele")}
        headers["Content-Type"] = "application/json"
        async with ClientSession() as session:
            async with session.post(targets[n % len(targets)], data=body, headers=headers) as r:
                status = r.status
        if fail_every and n % fail_every == fail_every - 1:
            return web.Response(status=502)
        return web.Response(status=status)

    app = web.Application()
    app.router.add_post("/tg", forward)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/tg"
    finally:
        await runner.cleanup()


async def test_webhook_mode_serves_updates_and_refuses_a_wrong_secret(
    emulator: RunningEmulator, bot_process
) -> None:
    em = emulator.emulator
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg"
    anna = em.add_user("Анна", language_code="ru")
    env = {"WEBHOOK_URL": url, "WEBHOOK_SECRET": SECRET, "WEBHOOK_HOST": "127.0.0.1",
           "WEBHOOK_PORT": str(port)}  # fmt: skip
    async with bot_process(ready="setWebhook", **env):
        assert em.bot().webhook_url == url
        await act(em, anna, "/start")
        assert "задачу" in (em.messages(anna)[-1].text or "")
        forged = {"update_id": 10**12, "message": {
            "message_id": 1, "date": 0, "chat": {"id": 5, "type": "private", "first_name": "X"},
            "from": {"id": 5, "is_bot": False, "first_name": "X"}, "text": "/start"}}  # fmt: skip
        async with ClientSession() as session:
            for secret in ("wrong", None):
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
                async with session.post(url, json=forged, headers=headers) as response:
                    assert response.status == 401
        assert 5 not in em.chats  # nothing was sent to the forged sender


@pytest.mark.skipif(
    not (os.environ.get("TEST_POSTGRES_URL") and os.environ.get("TEST_REDIS_URL")),
    reason="needs TEST_POSTGRES_URL and TEST_REDIS_URL",
)
async def test_two_instances_on_postgres_never_double_handle_or_double_post(
    emulator: RunningEmulator, bot_process, tmp_path: Path
) -> None:
    em = emulator.emulator
    database = os.environ["TEST_POSTGRES_URL"]
    engine = create_engine(database)
    await downgrade(engine, "base")  # a clean schema: the instances migrate it themselves
    await engine.dispose()
    import redis.asyncio as redis

    client = redis.from_url(os.environ["TEST_REDIS_URL"])
    await client.flushdb()
    await client.aclose()

    rep = em.add_user("Олег", username="oleg")
    group = em.create_group("Продажи", [rep], supergroup=True)
    ports = [free_port(), free_port()]
    async with balancer([f"http://127.0.0.1:{p}/tg" for p in ports], fail_every=5) as public:
        common = {"DATABASE_URL": database, "REDIS_URL": os.environ["TEST_REDIS_URL"],
                  "WEBHOOK_URL": public, "WEBHOOK_SECRET": SECRET, "WEBHOOK_HOST": "127.0.0.1",
                  "SALES_CHAT_ID": str(group.id)}  # fmt: skip
        async with (
            bot_process(ready="setWebhook", log_name="a.log", WEBHOOK_PORT=str(ports[0]),
                        **common),
            bot_process(ready="setWebhook", log_name="b.log", WEBHOOK_PORT=str(ports[1]),
                        **common),
        ):  # fmt: skip
            prospects = [em.add_user(f"Лид{n}", language_code="ru") for n in range(3)]
            for user in prospects:
                await act(em, user, "/start")
                for answer in HOT_RU_ANSWERS:
                    await act(em, user, answer)
            await em.wait_until(lambda: len(em.messages(group)) >= 3, timeout=20)
            await em.wait_idle(timeout=10, quiet=2)

    for user in prospects:
        texts = [m.text or "" for m in em.messages(user) if m.from_bot]
        # Every question exactly once, although every fifth update was delivered twice (the
        # next message acknowledges the budget: "Понял: бюджет около…", not a second question).
        assert sum("На какой бюджет" in t for t in texts) == 1, texts
        assert sum("менеджер свяжется" in t for t in texts) == 1, texts
    cards = [m for m in em.messages(group) if m.from_bot and "🔥" in (m.text or "")]
    assert len(cards) == 3
    logs = (tmp_path / "a.log").read_text() + (tmp_path / "b.log").read_text()
    assert "already handled" in logs  # the redelivered updates were recognised
