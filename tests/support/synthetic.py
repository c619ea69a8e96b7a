"""Synthetic leads whose deals follow a hidden "true" model: the /suggest fit must find it.

Each lead gets random facts and behaviour events, is scored by a scoring model (the rules that
fire are its features, exactly as a snapshot would record them), and is won with the
probability a hidden logistic model gives it. The true model deliberately disagrees with the
shipped default: a date within 30 days and a CRM task matter most, a researcher kills a deal,
a company name or a phone number say nothing about winning.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.scoring import Event, Score, ScoringModel, load_default_model, score
from bot.scoring.outcomes import OutcomeRecord, answer_values, firings, rule_counts

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TRUE_INTERCEPT = -2.4
# log-odds per firing; every rule not named here has no effect at all
TRUE_EFFECTS = {
    "timeline_30": 2.2,
    "authority_researcher": -1.6,
    "need_crm": 1.1,
    "asks_for_call_or_proposal": 0.6,
    "budget_fits": 0.4,
}


@dataclass(frozen=True, slots=True)
class SyntheticLead:
    facts: dict[str, Any]
    events: list[Event]
    source: str
    probability: float  # of a deal, under the true model
    won: bool
    score: Score  # under the model the leads were generated with

    def record(self, lead_id: int, model: ScoringModel) -> OutcomeRecord:
        rules = firings(rule_counts(r.to_dict() for r in self.score.breakdown))
        return OutcomeRecord(
            lead_id=lead_id,
            rules=rules,
            answers=answer_values(self.facts, self.source, model),
            reached_sales=True,
            won=self.won,
            outcome="won" if self.won else "lost",
            total=self.score.total,
            tier=self.score.tier,
        )


def _pick(rnd: random.Random, weighted: list[tuple[Any, float]]) -> Any:
    values, weights = zip(*weighted, strict=True)
    return rnd.choices(values, weights)[0]


def random_facts(rnd: random.Random) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    facts["need_category"] = _pick(
        rnd, [("website", 0.35), ("crm", 0.25), ("bot", 0.2), ("other", 0.2)]
    )
    budget = _pick(rnd, [("none", 0.1), ("unknown", 0.2), ("amount", 0.7)])
    facts["budget_status"] = budget
    if budget == "amount":
        amount = _pick(rnd, [(100e3, 0.2), (500e3, 0.35), (2e6, 0.3), (5e6, 0.15)])
        facts.update(budget_min=amount * 0.8, budget_max=amount * 1.2, budget_currency="RUB")
    authority = _pick(
        rnd,
        [("decision_maker", 0.35), ("influencer", 0.35), ("researcher", 0.15), (None, 0.15)],
    )
    if authority:
        facts["authority"] = authority
    timeline = _pick(
        rnd, [(14, 0.25), (60, 0.25), (120, 0.15), (240, 0.15), ("no_plans", 0.1), (None, 0.1)]
    )
    if timeline == "no_plans":
        facts["timeline_status"] = "no_plans"
    elif timeline is not None:
        facts.update(timeline_status="days", timeline_days=timeline)
    else:
        facts["timeline_status"] = "unknown"
    if rnd.random() < 0.7:
        facts["phone"] = f"+7999{rnd.randrange(10**7):07d}"
    mail = rnd.random()
    if mail < 0.4:
        facts.update(email="a@firm.ru", email_corporate=True)
    elif mail < 0.7:
        facts.update(email="a@gmail.com", email_corporate=False)
    if rnd.random() < 0.6:
        facts.update(company="ООО", position="директор")
    if rnd.random() < 0.3:
        facts["has_brief"] = True
    return facts


def random_events(rnd: random.Random) -> list[Event]:
    at = NOW - timedelta(days=rnd.uniform(0.5, 5))
    events = []
    for _ in range(rnd.randrange(3, 9)):
        at += timedelta(seconds=rnd.uniform(5, 90))
        events.append(
            Event(
                "question_answered",
                at,
                {"latency_s": rnd.uniform(3, 60), "informative": True, "length": 20},
            )
        )
    if rnd.random() < 0.15:
        events.append(Event("own_question", at, {"topic": "call"}))
    if rnd.random() < 0.2:
        events.append(Event("own_question", at, {"topic": "price", "with_need": True}))
    if rnd.random() < 0.1:
        events.append(Event("own_question", at, {"topic": "demo"}))
    if rnd.random() < 0.2:
        events.append(Event("contact_shared", at, {}))
    if rnd.random() < 0.8:
        events.append(Event("dialogue_completed", at + timedelta(seconds=5), {}))
    for day in range(rnd.choice([0, 0, 0, 1, 2])):
        events.append(Event("return_visit", at + timedelta(days=day + 0.2), {}))
    return [e for e in events if e.at <= NOW]


def true_probability(rules: dict[str, float]) -> float:
    z = TRUE_INTERCEPT + math.fsum(
        TRUE_EFFECTS.get(name, 0.0) * count for name, count in rules.items()
    )
    return 1 / (1 + math.exp(-z))


def generate(
    n: int, seed: int = 20261201, model: ScoringModel | None = None
) -> list[SyntheticLead]:
    model = model or load_default_model()
    rnd = random.Random(seed)
    sources = ["yandex_ads", "blog", "partner", "expo", None]
    leads = []
    for _ in range(n):
        facts = random_facts(rnd)
        events = random_events(rnd)
        result = score(facts, events, model, NOW)
        rules = firings(rule_counts(r.to_dict() for r in result.breakdown))
        p = true_probability(rules)
        leads.append(
            SyntheticLead(facts, events, rnd.choice(sources) or "", p, rnd.random() < p, result)
        )
    return leads
