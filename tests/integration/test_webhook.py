"""The webhook endpoint through a real aiohttp server and client."""

from __future__ import annotations

import time
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_webhook_app
from tests.support.harness import Harness

SECRET = "s3cret-token"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def update(update_id: int) -> dict[str, object]:
    user = {"id": 1, "is_bot": False, "first_name": "Анна", "language_code": "ru"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": 1, "type": "private", "first_name": "Анна"},
            "from": user,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def test_a_wrong_or_non_ascii_secret_gets_401_the_right_one_200(tmp_path: Path) -> None:
    h = await Harness.create(
        tmp_path, webhook_url="https://bot.example.com/tg", webhook_secret=SECRET
    )
    try:
        app = create_webhook_app(h.settings, h.bot, h.dispatcher)
        async with TestClient(TestServer(app)) as client:
            for secret in ("секрет", SECRET + "é", "wrong", "", None):
                headers = {HEADER: secret} if secret is not None else {}
                response = await client.post("/tg", json=update(1), headers=headers)
                assert response.status == 401, secret
            # Bytes that are not even UTF-8 reach the handler as surrogate escapes.
            response = await client.post("/tg", json=update(1), headers={HEADER: "\udcff\udcfe"})
            assert response.status == 401
            response = await client.post("/tg", json=update(2), headers={HEADER: SECRET})
            assert response.status == 200
        assert await h.lead(1) is not None  # the right secret's update was handled
    finally:
        await h.close()
