"""Idle memory: `python -m bot` long-polling the emulator, empty database vs a full one.

    .venv/bin/python bench/bench_memory.py [--leads N] [--settle S]

Starts the real bot process twice against an in-process Bot API emulator: once on an empty
(migrated) SQLite database, once on one bulk-filled with N leads and N pending outbox rows due
in a day (so nothing is sent). After the bot's first getUpdates and `--settle` seconds of
idling, reads VmRSS (and the peak VmHWM) from /proc/<pid>/status. The empty run is the
baseline: the growth is what the data costs the idle process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import ROOT, command_line, report, table

from bot.db.engine import create_engine, migrate
from bot.emulator import Emulator, start_emulator

TS = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite


async def prepare(path: Path, leads: int) -> float:
    """Migrate with the bot's alembic, then bulk insert with sqlite3; returns seconds."""
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await migrate(engine)
    await engine.dispose()
    if not leads:
        return 0.0
    started = time.perf_counter()
    now = datetime.now(UTC)
    created = now.strftime(TS)
    due = (now + timedelta(days=1)).strftime(TS)
    facts = json.dumps({"need_category": "website", "budget_status": "unknown"})
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO leads (id, tg_user_id, chat_id, first_name, language, stage, cycle,"
            " recycles, facts, score_total, tier, sales_ready, unsubscribed, created_at,"
            " updated_at, last_seen_at) VALUES (?, ?, ?, 'Анна', 'ru', 'nurturing', 1, 0, ?,"
            " 12.5, 'cold', 0, 0, ?, ?, ?)",
            ((i, 900_000_000 + i, 900_000_000 + i, facts, created, created, created)
             for i in range(1, leads + 1)),
        )  # fmt: skip
        con.executemany(
            "INSERT INTO outbox (lead_id, kind, dedupe_key, payload, due_at, status, attempts,"
            " created_at) VALUES (?, 'nurture', ?, ?, ?, 'pending', 0, ?)",
            ((i, f"nurture:{i}:1:0", json.dumps({"sequence": "cold", "step": 0}), due, created)
             for i in range(1, leads + 1)),
        )  # fmt: skip
    con.close()
    return time.perf_counter() - started


def vm(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in kB."""
    out: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


async def measure_bot(
    emulator: Emulator, base_url: str, db: Path, settle: float
) -> dict[str, int]:
    before = len(emulator.calls("getUpdates"))
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": "123:X",
        "TELEGRAM_API_URL": base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "SALES_CHAT_ID": "-1",
        "OUTBOX_TICK_SECONDS": "60",  # the maximum Settings allows (3600 is refused)
        "LOG_LEVEL": "WARNING",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=db.parent, env=env, stdin=asyncio.subprocess.DEVNULL
    )
    try:
        await emulator.wait_until(lambda: len(emulator.calls("getUpdates")) > before, 60)
        await asyncio.sleep(settle)
        if proc.returncode is not None:
            raise RuntimeError(f"bot exited with {proc.returncode}")
        return vm(proc.pid)
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 15)
            except TimeoutError:
                proc.kill()
                await proc.wait()


async def run(args: argparse.Namespace, tmp: Path) -> list[str]:
    running = await start_emulator()
    try:
        results: dict[str, dict[str, int]] = {}
        sizes: dict[str, int] = {}
        fill_s = 0.0
        for name, leads in (("empty database", 0), (f"{args.leads:,} leads + outbox", args.leads)):
            folder = tmp / ("empty" if not leads else "full")
            folder.mkdir()
            db = folder / "leadbot.db"
            fill_s += await prepare(db, leads)
            sizes[name] = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
            results[name] = await measure_bot(running.emulator, running.base_url, db, args.settle)
    finally:
        await running.stop()

    e, f = results.values()
    rows = [
        [name, round(sizes[name] / 2**20, 1), round(r["VmRSS"] / 1024, 1),
         round(r["VmHWM"] / 1024, 1)]
        for name, r in results.items()
    ]  # fmt: skip
    return [
        f"idle `python -m bot` after its first getUpdates + {args.settle:g} s; "
        f"bulk fill took {fill_s:.1f} s",
        "",
        *table(["database", "db MiB", "VmRSS MiB", "VmHWM MiB"], rows),
        "",
        f"growth: RSS {(f['VmRSS'] - e['VmRSS']) / 1024:+.1f} MiB "
        f"({f['VmRSS'] / e['VmRSS']:.3f}x the empty-database process), "
        f"peak {(f['VmHWM'] - e['VmHWM']) / 1024:+.1f} MiB",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--settle", type=float, default=5, help="idle seconds before reading")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lines = asyncio.run(run(args, Path(tmp)))
    report("bench_memory", command_line(), lines)


if __name__ == "__main__":
    main()
