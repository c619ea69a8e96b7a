"""Admin at scale: /dryrun and /stats over many leads in a temporary SQLite database.

    .venv/bin/python bench/bench_admin.py [--leads N] [--events K]

Times are printed as ratios against a baseline measured in the same run (the pure rescore
loop over the same leads held in memory), so numbers compare across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from admin import scoring_ops as ops
from admin import stats
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.models import (
    Answer,
    Base,
    BehaviourEvent,
    Lead,
    SalesCard,
    Stage,
    utcnow,
)
from bot.scoring import Event, load_default_model, rescore, set_model_value
from bot.services.scoring import ensure_active_model

FACTS = [
    {"phone": "+70000000000", "company": "ООО", "position": "CEO", "budget_status": "amount",
     "budget_min": 1e6, "budget_max": 2e6, "budget_currency": "RUB", "authority": "decision_maker",
     "timeline_status": "days", "timeline_days": 30, "need_category": "website"},
    {"budget_status": "unknown", "authority": "researcher", "need_category": "bot",
     "timeline_status": "no_plans"},
    {"phone": "+70000000001", "budget_status": "amount", "budget_min": 3e5, "budget_max": 6e5,
     "budget_currency": "RUB", "authority": "influencer", "need_category": "crm",
     "timeline_status": "days", "timeline_days": 90},
]  # fmt: skip
STAGES = [Stage.NURTURING, Stage.SALES_READY, Stage.WON, Stage.LOST, Stage.IN_SALES]
SOURCES = [None, "ads", "blog", "partner", "expo"]
BATCH = 20_000


async def populate(url: str, n: int, k: int) -> None:
    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    rnd = random.Random(7)
    now = utcnow()
    model = load_default_model()
    leads: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    cards: list[dict[str, Any]] = []
    for i in range(1, n + 1):
        facts = FACTS[i % len(FACTS)]
        created = now - timedelta(days=rnd.uniform(0, 60))
        evs = [
            Event("question_answered", created + timedelta(seconds=30 * j),
                  {"latency_s": rnd.uniform(2, 120), "via": "text", "outcome": "answer"})
            for j in range(k - 1)
        ] + [Event("dialogue_completed", created + timedelta(minutes=10), {})]  # fmt: skip
        s = rescore([(i, facts, evs, None, False)], model, now)
        ready = bool(s.became_sales_ready)
        stage = rnd.choice(STAGES)
        leads.append(
            {"id": i, "tg_user_id": i, "chat_id": i, "stage": stage.value, "facts": facts,
             "source": rnd.choice(SOURCES), "tier": "hot" if ready else "warm",
             "sales_ready": ready, "score_total": rnd.uniform(0, 100), "created_at": created,
             "updated_at": created, "last_seen_at": created, "language": "ru", "cycle": 1,
             "recycles": 0, "unsubscribed": False}
        )  # fmt: skip
        events += [{"lead_id": i, "kind": e.kind, "at": e.at, "data": e.data} for e in evs]
        answers.append(
            {"lead_id": i, "cycle": 1, "step": "budget", "raw_text": "2 млн", "via": "text",
             "value": {"option": rnd.choice(["lt300", "300_1m", "1_3m"])}, "superseded": False,
             "created_at": created}
        )  # fmt: skip
        if stage in (Stage.WON, Stage.LOST, Stage.IN_SALES):
            taken = created + timedelta(minutes=rnd.uniform(1, 60))
            cards.append(
                {"lead_id": i, "handoff_key": f"{i}:1:0", "chat_id": -100, "message_id": i,
                 "posted_at": created, "taken_at": taken, "taken_by_id": 5,
                 "outcome": {Stage.WON: "won", Stage.LOST: "lost"}.get(stage),
                 "sla_breaches": rnd.choice([0, 0, 0, 1])}
            )  # fmt: skip
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker.begin() as session:
        await ensure_active_model(session)
        for table, rows in ((Lead, leads), (BehaviourEvent, events), (Answer, answers),
                            (SalesCard, cards)):  # fmt: skip
            for start in range(0, len(rows), BATCH):
                await session.execute(insert(table), rows[start : start + BATCH])
    await engine.dispose()


async def measure(url: str) -> dict[str, float]:
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    now = utcnow()
    out: dict[str, float] = {}
    async with sessionmaker() as session:
        active = ops.model_of(await ops.active_row(session))
        draft = set_model_value(active, "sales_ready_cells", "A1,A2,B1")

        t = time.perf_counter()
        inputs = await ops.load_inputs(session)
        out["load (2 queries)"] = time.perf_counter() - t

        t = time.perf_counter()
        rescore(inputs, draft, now)
        out["baseline: pure rescore"] = time.perf_counter() - t

        t = time.perf_counter()
        result = ops.dry_run(await ops.load_inputs(session), draft, now)
        out["/dryrun (load + rescore)"] = time.perf_counter() - t
        assert result.diff.total == len(inputs)

        t = time.perf_counter()
        st = await stats.collect(session, "all", None)
        out["/stats queries"] = time.perf_counter() - t
        t = time.perf_counter()
        png = await asyncio.to_thread(stats.render_chart, st)
        out["/stats chart render"] = time.perf_counter() - t
        assert png.startswith(b"\x89PNG")
    await engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=5, help="events per lead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/bench.db"
        t = time.perf_counter()
        asyncio.run(populate(url, args.leads, args.events))
        print(f"{args.leads} leads x {args.events} events inserted in "
              f"{time.perf_counter() - t:.1f} s")  # fmt: skip
        times = asyncio.run(measure(url))
    base = times["baseline: pure rescore"]
    print(f"{'step':28} {'seconds':>9} {'x baseline':>11}")
    for name, seconds in times.items():
        print(f"{name:28} {seconds:9.3f} {seconds / base:11.2f}")


if __name__ == "__main__":
    main()
