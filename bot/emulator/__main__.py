"""`python -m bot.emulator --port 8081`: serve the Bot API emulator until Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from bot.emulator.server import Emulator, start_emulator


async def _serve(host: str, port: int, username: str) -> None:
    running = await start_emulator(host, port, Emulator(bot_username=username))
    print(f"Bot API emulator at {running.base_url}", flush=True)
    print(f"  e.g. TELEGRAM_API_URL={running.base_url} BOT_TOKEN=123456:TEST", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await running.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--username", default="leadbot_test_bot", help="the bot's username")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port, args.username))


if __name__ == "__main__":
    main()
