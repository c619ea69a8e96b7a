"""The first README command without a token: the sandbox, as a newcomer meets it."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def run(args: list[str], stdin: str, cwd: Path) -> tuple[int, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "BUSINESS_HOURS": "0-24",
           "BUSINESS_DAYS": "1-7", "OUTBOX_TICK_SECONDS": "0.5"}  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        sys.executable, *args, cwd=cwd, env=env, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(stdin.encode()), 120)
    return process.returncode or 0, out.decode()


async def test_sandbox_chat_in_the_terminal_and_resume_after_quit(tmp_path: Path) -> None:
    code, out = await run(["-m", "bot"], "Нужен интернет-магазин\n2\n/quit\n", tmp_path)
    assert code == 0, out
    assert "Песочница" in out and "персональных данных" in out
    assert "бюджет" in out  # the typed need was understood
    assert "решение" in out  # button 2 answered the budget question
    assert (tmp_path / "data" / "leadbot.db").exists()
    # Started again, the sandbox continues where the prospect stopped.
    code, out = await run(["-m", "bot"], "/quit\n", tmp_path)
    assert code == 0 and "Продолжим" in out and "решение" in out, out


async def test_demo_plays_prospects_and_prints_scores(tmp_path: Path) -> None:
    code, out = await run(["-m", "bot.sandbox", "--demo"], "", tmp_path)
    assert code == 0, out
    scores = out[out.index("=== Оценки ===") :]
    assert "Анна: stage=sales_ready tier=hot" in scores
    assert "Олег: stage=disqualified" in scores
    assert "John: stage=nurturing" in scores
    assert "🔥 Лид #1" in out  # the card reached the simulated sales group
