"""End-to-end: the real `python -m bot` process long-polling the local Bot API emulator."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.emulator import Emulator, RunningEmulator, start_emulator

TOKEN = "123456:E2E"
ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
#: Per test here, instead of the suite's 120 s: a test that starts the bot process three
#: times, each importing aiogram and migrating (about 6 s of CPU each), with real waits
#: between, took 37 s on a quiet machine and ran past 120 s on a loaded one.
E2E_TIMEOUT_S = 300


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE) and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(E2E_TIMEOUT_S))


@pytest.fixture
async def emulator() -> AsyncIterator[RunningEmulator]:
    running = await start_emulator(emulator=Emulator(bot_username="leadbot_e2e_bot"))
    yield running
    await running.stop()


class BotProcess:
    def __init__(
        self, running: RunningEmulator, env: dict[str, str], log: Path, ready: str
    ) -> None:
        self.running, self.env, self.log, self.ready = running, env, log, ready
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        polls = len(self.running.emulator.calls(self.ready))
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", cwd=ROOT, env=self.env, stdout=log, stderr=log
            )
        emulator = self.running.emulator
        # Ready when it polls (or sets its webhook): it has migrated the database and
        # registered its commands.
        await emulator.wait_until(lambda: len(emulator.calls(self.ready)) > polls, timeout=60)

    async def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no commit of anything in flight."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> int:
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(self.process.wait(), 20)
        return self.process.returncode or 0


@pytest.fixture
def bot_process(emulator: RunningEmulator, tmp_path: Path) -> Callable[..., object]:
    @asynccontextmanager
    async def start(
        ready: str = "getUpdates", log_name: str = "bot.log", **settings: str
    ) -> AsyncIterator[BotProcess]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": emulator.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/e2e.db",
            "SALES_CHAT_ID": "-1",
            "OUTBOX_TICK_SECONDS": "0.5",
            # The emulator has no flood limits; tests wait for "idle", not for the limiter.
            "RATE_PRIVATE_PER_SECOND": "10",
            "BUSINESS_HOURS": "0-24",
            "BUSINESS_DAYS": "1-7",
            **settings,
        }
        bot = BotProcess(emulator, env, tmp_path / log_name, ready)
        await bot.start()
        try:
            yield bot
        finally:
            if bot.process is not None and bot.process.returncode is None:
                await bot.stop()

    return start
