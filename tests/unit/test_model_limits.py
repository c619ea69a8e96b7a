"""Every number in a scoring model is bounded, and a model body's shape is limited before
validation: a model that validates can always be scored (no overflow, no recursion)."""

from __future__ import annotations

import functools
import math
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.scoring import ModelError, load_default_model, load_model, score
from bot.scoring.model import MAX_MODEL_DEPTH, MAX_MODEL_NODES

DEFAULT = load_default_model()
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _body() -> dict[str, Any]:
    return DEFAULT.model_dump(mode="json", exclude={"version"})


def _with(path: str, value: Any) -> dict[str, Any]:
    body = _body()
    node: Any = body
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[keys[-1]] = value
    return body


@pytest.mark.parametrize(
    ("path", "bad", "good"),
    [
        ("fit.rules.0.points", 1e308, 100),
        ("fit.rules.0.points", -101, -100),
        ("engagement.rules.0.points", 1e6, 50),
        ("engagement.silence.0.points", -1e308, -100),
        ("engagement.silence.0.days", 1e9, 3650),
        ("engagement.rules.0.max_count", 10**12, 10_000),
        ("engagement.rules.0.max_per_day", 10**12, 10_000),
        ("decay_groups.behaviour.half_life_days", 1e-300, 0.01),
        ("decay_groups.behaviour.half_life_days", 1e300, 3650),
        ("fit.max", 1e-300, 0.01),
        ("fit.max", 1e308, 1000),
        ("engagement.max", 1e308, 1000),
        ("fit.qualified_above", 1e308, 1000),
        ("grades.a", 1e308, 1000),
        ("grades.c", -1e308, -1000),
        ("levels.level1", 1e308, 1000),
        ("levels.level3", -1e308, -1000),
        ("tiers.disqualify_below", -1e308, -1000),
        ("currency_rates.USD", 1e308, 1e6),
        ("currency_rates.USD", 1e-300, 1e-6),
        ("fit.rules.4.all_of.0.max", 1e308, 1e12),
        ("fit.rules.4.all_of.0.min", -1e308, -1e12),
        ("fit.rules.1.all_of.0.value", 1e308, 1e12),
        ("fit.rules.8.all_of.0.values", ["website", 1e308], ["website", 1e12]),
    ],
)
def test_every_number_is_bounded(path: str, bad: Any, good: Any) -> None:
    with pytest.raises(ModelError) as err:
        load_model(_with(path, bad))
    assert path.split(".")[-1] in str(err.value)
    load_model(_with(path, good))  # the bound itself is allowed


def test_a_model_at_the_bounds_scores_without_overflow() -> None:
    body = _body()
    for rule in body["fit"]["rules"]:
        rule["points"] = 100.0
    for rule in body["engagement"]["rules"]:
        rule["points"] = -100.0
        rule["max_count"] = 10_000
    model = load_model(body)
    facts = {"phone": "+79991234567", "company": "Acme", "position": "CEO", "has_brief": True}
    result = score(facts, [], model, NOW)
    assert math.isfinite(result.total)


def test_deep_or_huge_bodies_are_refused_before_validation() -> None:
    deep = functools.reduce(lambda acc, _: [acc], range(MAX_MODEL_DEPTH + 5), [])
    with pytest.raises(ModelError, match="nested"):
        load_model({**_body(), "fit": deep})
    very_deep = functools.reduce(lambda acc, _: {"x": acc}, range(5000), {})
    with pytest.raises(ModelError, match="nested"):
        load_model(
            {**_body(), "fit": very_deep}
        )  # would overflow the stack if walked by recursion
    wide = {"RUB": 1.0, **{f"C{i}": 1.0 for i in range(MAX_MODEL_NODES)}}
    with pytest.raises(ModelError, match="too large"):
        load_model({**_body(), "currency_rates": wide})
    load_model(_body())
