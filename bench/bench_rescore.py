"""Benchmark: rescore N random leads (~10 facts, ~15 events each) with the default model.

Prints leads/second and the ratio against a baseline measured in the same run (a trivial
loop summing one number per event over the same data), so the ratio is stable on noisy
machines. Usage: .venv/bin/python bench/bench_rescore.py [--leads N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.scoring import Event, load_default_model, rescore

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
Lead = tuple[int, dict[str, Any], list[Event], str, bool]


def _facts(rng: random.Random) -> dict[str, Any]:
    pool: dict[str, Any] = {
        "need": "a website",
        "need_category": rng.choice(["website", "crm", "bot", "other"]),
        "budget_status": rng.choice(["amount", "none", "unknown"]),
        "budget_min": rng.choice([None, 100000.0, 500000.0]),
        "budget_max": rng.choice([None, 300000.0, 1000000.0, 20000000.0]),
        "budget_currency": rng.choice(["RUB", "USD", "EUR"]),
        "authority": rng.choice(["decision_maker", "influencer", "researcher", "unknown"]),
        "timeline_status": rng.choice(["days", "no_plans", "unknown"]),
        "timeline_days": rng.choice([None, 7, 30, 60, 180]),
        "company": "Acme",
        "position": rng.choice(["CEO", "manager"]),
        "phone": rng.choice([None, "+79991234567"]),
        "email_corporate": rng.random() < 0.5,
        "has_brief": rng.random() < 0.3,
        "off_profile": rng.random() < 0.05,
    }
    keys = rng.sample(sorted(pool), 10)
    facts = {k: pool[k] for k in keys}
    if rng.random() < 0.02:
        facts["disqualifier"] = "job_seeker"
    return facts


_KINDS = [
    "question_answered", "question_answered", "question_answered", "question_answered",
    "own_question", "dialogue_started", "dialogue_completed", "return_visit",
    "contact_shared", "media_message", "message_after_dialogue", "nurture_click",
    "nurture_reply", "back_used", "unsubscribed", "resubscribed", "blocked", "recycled",
]  # fmt: skip


def _event(rng: random.Random) -> Event:
    kind = rng.choice(_KINDS)
    data: dict[str, Any] = {}
    if kind == "question_answered":
        data = {
            "step": "budget",
            "latency_s": rng.uniform(1, 120),
            "length": rng.randint(1, 200),
            "via": rng.choice(["text", "button", "skip"]),
            "outcome": "ok",
        }
    elif kind == "own_question":
        data = {"topic": rng.choice(["price", "demo", "timeline", "other"])}
    elif kind == "nurture_click":
        data = {"action": rng.choice(["ready", "price", "more"]), "sequence": "s", "step": 1}
    elif kind == "recycled":
        data = {"reason": "no answer"}
    at = NOW - timedelta(seconds=rng.uniform(0, 120 * 86400))
    return Event(kind, at, data)


def make_leads(n: int, seed: int) -> list[Lead]:
    rng = random.Random(seed)
    leads = []
    for key in range(n):
        events = [_event(rng) for _ in range(rng.randint(10, 20))]
        leads.append((key, _facts(rng), events, rng.choice(["hot", "warm", "cold"]), False))
    return leads


def baseline(leads: list[Lead]) -> float:
    total = 0.0
    for lead in leads:
        for e in lead[2]:
            total += e.at.timestamp()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    t0 = time.perf_counter()
    leads = make_leads(args.leads, args.seed)
    gen_s = time.perf_counter() - t0
    n_events = sum(len(lead[2]) for lead in leads)
    model = load_default_model()

    t0 = time.perf_counter()
    baseline(leads)
    base_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    diff = rescore(leads, model, NOW)
    run_s = time.perf_counter() - t0

    print(f"leads: {args.leads}, events: {n_events} (generated in {gen_s:.1f} s)")
    print(f"rescore: {run_s:.2f} s, {args.leads / run_s:,.0f} leads/s")
    print(f"baseline (sum one number per event): {base_s:.3f} s")
    print(f"ratio rescore/baseline: {run_s / base_s:.1f}x")
    print(
        f"changed: {len(diff.changed)}, became sales-ready: {len(diff.became_sales_ready)}, "
        f"tier moves: {dict(sorted(diff.tier_changes.items()))}"
    )


if __name__ == "__main__":
    main()
