"""Leads with outcomes written straight into a database: what months of hand-offs and sales
decisions would leave behind (leads, their cached scores, hand-off and decision snapshots)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import BehaviourEvent, Lead, ScoreSnapshot, Stage, utcnow
from bot.scoring import Event
from bot.scoring.outcomes import snapshot_facts
from tests.support.synthetic import NOW as SYNTHETIC_NOW
from tests.support.synthetic import SyntheticLead

DECISION_STAGE = {"won": Stage.WON, "lost": Stage.LOST, "recycle": Stage.RECYCLED,
                  "dq": Stage.DISQUALIFIED}  # fmt: skip
BATCH = 5000


@dataclass
class SeedLead:
    """One lead: the rules that fired (id -> points), its deal facts, whether it went to sales
    and what sales decided (None: still waiting in nurture, never handed off)."""

    rules: dict[str, float]
    facts: dict[str, Any] = field(default_factory=dict)
    handed_off: bool = False
    decision: str | None = None  # won | lost | recycle | dq
    stage: Stage | None = None  # default: from the decision, else nurturing
    source: str | None = None
    tier: str = "warm"  # the tier at hand-off (or now)
    total: float = 50.0
    age_days: float = 10.0
    counts: dict[str, float] = field(default_factory=dict)  # firings when more than one
    # Behaviour events, their times relative to `tests.support.synthetic.NOW`: stored as
    # long before the insertion's `now` as they were before that.
    events: list[Event] = field(default_factory=list)


def from_synthetic(lead: SyntheticLead) -> SeedLead:
    rules: dict[str, float] = {}
    counts: dict[str, float] = {}
    for reason in lead.score.breakdown:
        rules[reason.rule_id] = rules.get(reason.rule_id, 0.0) + reason.points
        counts[reason.rule_id] = counts.get(reason.rule_id, 0) + 1
    return SeedLead(
        rules=rules,
        facts=dict(lead.facts),
        handed_off=True,
        decision="won" if lead.won else "lost",
        source=lead.source or None,
        tier=lead.score.tier,
        total=lead.score.total,
        counts=counts,
        events=list(lead.events),
    )


def _score(seed: SeedLead, version: int) -> dict[str, Any]:
    breakdown = []
    for rule_id, points in seed.rules.items():
        n = int(seed.counts.get(rule_id, 1))
        breakdown += [
            {"rule_id": rule_id, "axis": "fit", "points": points / n,
             "reason": f"правило {rule_id}", "source": "test"}
            for _ in range(n)
        ]  # fmt: skip
    return {
        "fit": 0.0, "engagement": 0.0, "grade": "B", "level": 3, "cell": "B3",
        "total": seed.total, "tier": seed.tier, "sales_ready": seed.tier == "hot",
        "model_version": version, "qualified": True, "by_product": {},
        "evidence_missing": [], "breakdown": breakdown,
    }  # fmt: skip


async def insert_leads(
    sessionmaker: async_sessionmaker[AsyncSession],
    seeds: Sequence[SeedLead],
    now: datetime | None = None,
    first_user_id: int = 10_000_000,
) -> list[int]:
    """Insert the leads (bulk, fast enough for 10k) and return their ids in order."""
    now = now or utcnow()
    async with sessionmaker.begin() as session:
        start = int(await session.scalar(select(func.max(Lead.id))) or 0) + 1
        leads, snapshots, events = [], [], []
        for i, seed in enumerate(seeds):
            lead_id = start + i
            stage = seed.stage or (
                DECISION_STAGE[seed.decision] if seed.decision else Stage.NURTURING
            )
            created = now - timedelta(days=seed.age_days)
            score = _score(seed, 1)
            leads.append(
                {"id": lead_id, "tg_user_id": first_user_id + lead_id, "chat_id": first_user_id
                 + lead_id, "stage": stage.value, "facts": seed.facts, "source": seed.source,
                 "tier": seed.tier, "score": score, "score_total": seed.total,
                 "sales_ready": seed.tier == "hot", "model_version": 1, "created_at": created,
                 "updated_at": created, "last_seen_at": created, "language": "ru", "cycle": 1,
                 "recycles": 0, "unsubscribed": False}
            )  # fmt: skip
            events += [
                {"lead_id": lead_id, "kind": ev.kind, "at": now - (SYNTHETIC_NOW - ev.at),
                 "data": ev.data}
                for ev in seed.events
            ]  # fmt: skip
            if not seed.handed_off:
                continue
            key = f"card:{lead_id}:1:0"
            rules = {r: [seed.counts.get(r, 1), p] for r, p in seed.rules.items()}
            base = {"lead_id": lead_id, "card_key": key, "score_total": seed.total,
                    "fit": 0.0, "engagement": 0.0, "cell": "B3", "tier": seed.tier,
                    "sales_ready": seed.tier == "hot", "model_version": 1, "rules": rules,
                    "facts": snapshot_facts(seed.facts), "source": seed.source, "reason": None,
                    "actor_id": None}  # fmt: skip
            snapshots.append({**base, "kind": "handoff", "at": created + timedelta(hours=1)})
            if seed.decision:
                snapshots.append(
                    {**base, "kind": seed.decision, "at": created + timedelta(days=2),
                     "actor_id": 501}
                )  # fmt: skip
        for table, rows in ((Lead, leads), (ScoreSnapshot, snapshots), (BehaviourEvent, events)):
            for i in range(0, len(rows), BATCH):
                await session.execute(insert(table), rows[i : i + BATCH])
    return [start + i for i in range(len(seeds))]
