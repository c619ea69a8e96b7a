"""Shared builders for the scoring tests (no tests here; named test_* to stay in scope)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.scoring import Event, Score, ScoringModel, load_default_model

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DEFAULT = load_default_model()


def ago(days: float = 0.0, minutes: float = 0.0) -> datetime:
    return NOW - timedelta(days=days, minutes=minutes)


def model_with(
    fit_rules: list[dict[str, Any]] | None = None,
    eng_rules: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> ScoringModel:
    body: dict[str, Any] = {
        "fit": {"max": 100.0, "rules": fit_rules or []},
        "engagement": {"max": 100.0, "rules": eng_rules or []},
        "decay_groups": {"week": {"half_life_days": 7.0}},
    }
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(body.get(key), dict):
            body[key] = {**body[key], **value}
        else:
            body[key] = value
    return ScoringModel.model_validate(body)


def fit_rule(rule_id: str = "r", points: float = 1.0, **cond: Any) -> dict[str, Any]:
    return {"id": rule_id, "points": points, "reason": rule_id, "all_of": [cond]}


def eng_rule(rule_id: str = "e", event: str = "x", points: float = 1.0, **kw: Any) -> dict:
    return {"id": rule_id, "event": event, "points": points, "reason": rule_id, **kw}


def parts(result: Score, axis: str) -> float:
    return math.fsum(r.points for r in result.breakdown if r.axis == axis)


HOT_FACTS: dict[str, Any] = {
    "need": "Corporate website with a catalogue",
    "need_category": "website",
    "budget_status": "amount",
    "budget_min": 500000.0,
    "budget_max": 1000000.0,
    "budget_currency": "RUB",
    "authority": "decision_maker",
    "timeline_status": "days",
    "timeline_days": 14,
    "company": "Acme",
    "position": "CEO",
    "phone": "+79991234567",
    "email": "ceo@acme.ru",
    "email_corporate": True,
    "has_brief": True,
}


def hot_events() -> list[Event]:
    events = [Event("dialogue_started", ago(minutes=20), {"source": "ads"})]
    for i in range(4):
        data = {"step": f"s{i}", "latency_s": 12.0, "length": 55, "via": "text",
                "informative": True}  # fmt: skip
        events.append(Event("question_answered", ago(minutes=18 - i), data))
    events += [
        Event("contact_shared", ago(minutes=10)),
        Event("own_question", ago(minutes=8), {"topic": "price", "with_need": True}),
        Event("own_question", ago(minutes=7), {"topic": "call"}),
        Event("dialogue_completed", ago(minutes=5)),
    ]
    return events
