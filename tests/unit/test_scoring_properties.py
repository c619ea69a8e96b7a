"""Hypothesis properties of bot.scoring under the default model."""

from __future__ import annotations

import json
import math
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.scoring import Event, Score, ScoringModel, score
from bot.scoring.engine import (
    MAX_EVENTS_PER_KIND,
    EngagementState,
    OutOfOrder,
    finish,
    fold,
    fold_all,
    keeps,
    new_state,
)
from tests.unit.scoring_reference import reference_engagement
from tests.unit.test_scoring_support import DEFAULT, HOT_FACTS, NOW, parts

FACT_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "need_category": st.sampled_from(["website", "crm", "bot", "other"]),
    "budget_status": st.sampled_from(["amount", "none", "unknown"]),
    "budget_min": st.none() | st.floats(0, 5e6, allow_nan=False),
    "budget_max": st.none() | st.floats(0, 2e7, allow_nan=False),
    "budget_currency": st.sampled_from(["RUB", "USD", "EUR", None]),
    "authority": st.sampled_from(["decision_maker", "influencer", "researcher", "unknown"]),
    "timeline_status": st.sampled_from(["days", "no_plans", "unknown"]),
    "timeline_days": st.none() | st.integers(0, 400),
    "company": st.sampled_from(["Acme", "", None]),
    "position": st.sampled_from(["CEO", " ", None]),
    "phone": st.sampled_from(["+79991234567", None]),
    "email_corporate": st.booleans(),
    "has_brief": st.booleans(),
    "off_profile": st.booleans(),
    "disqualifier": st.sampled_from(["job_seeker", "partner", "student", "spam"]),
}

facts_st = st.fixed_dictionaries({}, optional=FACT_VALUES)
good_facts_st = st.fixed_dictionaries(
    {k: st.just(v) for k, v in HOT_FACTS.items() if k not in ("timeline_days", "has_brief")},
    optional={"timeline_days": FACT_VALUES["timeline_days"], "has_brief": st.booleans()},
)

EVENT_DATA: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "question_answered": st.fixed_dictionaries(
        {
            "latency_s": st.none() | st.floats(0, 600, allow_nan=False),
            "length": st.integers(0, 300),
            "via": st.sampled_from(["text", "button", "contact", "unknown", "skip"]),
            "informative": st.booleans(),
        },
        optional={"repeat": st.just(True)},
    ),
    "own_question": st.fixed_dictionaries(
        {"topic": st.sampled_from(["price", "demo", "proposal", "timeline", "call", "other"])},
        optional={"with_need": st.just(True), "repeat": st.just(True)},
    ),
    "media_message": st.fixed_dictionaries(
        {"type": st.sampled_from(["sticker", "document", "photo", "voice"])}
    ),
    "nurture_click": st.fixed_dictionaries(
        {"action": st.sampled_from(["ready", "price", "demo", "more", "stop"])}
    ),
    "recycled": st.fixed_dictionaries({}, optional={"fraction": st.floats(0, 1)}),
}
KINDS = [
    "question_answered", "own_question", "dialogue_started", "dialogue_completed",
    "return_visit", "contact_shared", "media_message", "message_after_dialogue",
    "unsubscribed", "resubscribed", "blocked", "unblocked", "nurture_click", "nurture_reply",
    "recycled", "back_used", "answer_not_understood", "flood",
]  # fmt: skip
POSITIVE_KINDS = [
    "question_answered", "own_question", "dialogue_completed", "return_visit",
    "contact_shared", "media_message", "message_after_dialogue", "nurture_reply", "recycled",
]  # fmt: skip


@st.composite
def event_st(draw: st.DrawFn, kinds: list[str] = KINDS, max_age_days: float = 90.0) -> Event:
    kind = draw(st.sampled_from(kinds))
    age = draw(st.floats(-1.0, max_age_days, allow_nan=False))  # a few are in the future
    data = draw(EVENT_DATA.get(kind, st.just({})))
    if kind == "question_answered" and kinds is POSITIVE_KINDS:
        data = {**data, "via": "text"}
    return Event(kind, NOW - timedelta(days=age), data)


events_st = st.lists(event_st(), max_size=25)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fit_part(result: Score, model: ScoringModel = DEFAULT) -> float:
    return model.fit.weight * min(max(result.fit / model.fit.max, 0.0), 1.0)


@FAST
@given(facts_st, events_st)
def test_parts_sum_exactly_and_total_is_bounded(facts: dict, events: list[Event]) -> None:
    result = score(facts, events, DEFAULT, NOW)
    assert parts(result, "fit") == result.fit
    assert parts(result, "engagement") == result.engagement
    assert result.fit <= DEFAULT.fit.max + 1e-9
    assert result.engagement <= DEFAULT.engagement.max + 1e-9
    assert 0.0 <= result.total <= 100.0
    assert result.cell == f"{result.grade}{result.level}"
    assert not (result.sales_ready and result.tier == "disqualified")
    assert Score.from_dict(result.to_dict()) == result


@FAST
@given(facts_st, events_st, st.data())
def test_deterministic_under_event_order(facts: dict, events: list[Event], data: Any) -> None:
    shuffled = data.draw(st.permutations(events))
    assert score(facts, shuffled, DEFAULT, NOW) == score(facts, events, DEFAULT, NOW)
    assert score(dict(facts), list(events), DEFAULT, NOW) == score(facts, events, DEFAULT, NOW)


# Facts that can only fire non-negative rules of the default model when added.
POSITIVE_FACTS = {
    "phone": "+79990000000",
    "company": "Acme",
    "position": "CEO",
    "email_corporate": True,
    "has_brief": True,
    "need_category": "crm",
    "authority": "decision_maker",
}


@FAST
@given(facts_st, st.sampled_from(sorted(POSITIVE_FACTS)))
def test_adding_a_positive_fact_never_lowers_fit(facts: dict, key: str) -> None:
    assume(facts.get(key) is None)
    before = score(facts, [], DEFAULT, NOW)
    after = score({**facts, key: POSITIVE_FACTS[key]}, [], DEFAULT, NOW)
    assert after.fit >= before.fit


POSITIVE_MODEL = DEFAULT.model_copy(
    update={
        "engagement": DEFAULT.engagement.model_copy(
            update={
                "silence": [],
                "rules": [r for r in DEFAULT.engagement.rules if r.points >= 0],
            }
        )
    }
)


@FAST
@given(
    facts_st,
    st.lists(event_st(POSITIVE_KINDS), max_size=25),
    st.floats(0, 400, allow_nan=False),
)
def test_decay_never_increases_engagement_over_time(
    facts: dict, events: list[Event], later_days: float
) -> None:
    """With only non-negative rules and no silence rule, and every event already in the past,
    moving `now` forward can only lower engagement (fit stays the same)."""
    events = [e for e in events if e.at <= NOW]
    now_result = score(facts, events, POSITIVE_MODEL, NOW)
    later = score(facts, events, POSITIVE_MODEL, NOW + timedelta(days=later_days))
    assert later.engagement <= now_result.engagement + 1e-12
    assert later.fit == now_result.fit


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(good_facts_st, st.lists(event_st(KINDS, max_age_days=20.0), min_size=3, max_size=25))
def test_fit_counts_for_at_most_half_of_a_sales_ready_total(
    facts: dict, events: list[Event]
) -> None:
    """Fit contributes at most fit.weight = 50 of the 0..100 total: half of the scale."""
    result = score(facts, events, DEFAULT, NOW)
    assume(result.sales_ready)
    fit_part = _fit_part(result)
    assert fit_part <= 50.0
    assert fit_part <= result.total + 1e-9
    eng_part = result.total - fit_part
    assert math.isclose(
        eng_part,
        DEFAULT.engagement.weight * min(max(result.engagement / DEFAULT.engagement.max, 0), 1),
        abs_tol=1e-9,
    )


def test_default_weights_give_fit_half_the_scale() -> None:
    assert DEFAULT.fit.weight == DEFAULT.engagement.weight == 50.0


# ------------------------------------------------------------------ incremental = full


def _sorted_history(events: list[Event]) -> list[Event]:
    # The bot appends events as they happen: strictly later than the ones stored before.
    return sorted({e.at: e for e in events if e.at <= NOW}.values(), key=lambda e: e.at)


@FAST
@given(facts_st, st.lists(event_st(), max_size=40), st.integers(0, 40), st.data())
def test_folding_new_events_into_a_stored_state_equals_recomputing(
    facts: dict, events: list[Event], split: int, data: Any
) -> None:
    history = _sorted_history(events)
    split = min(split, len(history))
    state = fold_all(history[:split], DEFAULT, NOW.timestamp())
    # The state is stored as JSON on the lead between updates.
    state = EngagementState.from_dict(json.loads(json.dumps(state.to_dict())))
    for event in history[split:]:
        fold(state, event, DEFAULT)
    now = NOW + timedelta(days=data.draw(st.floats(0, 60, allow_nan=False)))
    incremental = finish(facts, state, DEFAULT, now)
    full = score(facts, history, DEFAULT, now)
    assert math.isclose(incremental.total, full.total, abs_tol=1e-9)
    assert math.isclose(incremental.engagement, full.engagement, abs_tol=1e-9)
    assert incremental.breakdown == full.breakdown and incremental.cell == full.cell


def test_an_event_older_than_the_state_asks_for_a_recompute() -> None:
    state = fold_all([Event("return_visit", NOW)], DEFAULT, NOW.timestamp())
    with pytest.raises(OutOfOrder):
        fold(state, Event("return_visit", NOW - timedelta(hours=1)), DEFAULT)


def test_only_events_a_rule_reads_are_kept_and_at_most_a_ceiling_of_each() -> None:
    state = new_state(DEFAULT)
    assert keeps(state, "own_question", DEFAULT)
    assert not keeps(state, "question_asked", DEFAULT)  # no rule reads it
    for i in range(MAX_EVENTS_PER_KIND):
        fold(state, Event("message_after_dialogue", NOW + timedelta(seconds=i)), DEFAULT)
    assert not keeps(state, "message_after_dialogue", DEFAULT)
    # A flood of 20,000 events leaves a state as small as a handful does.
    assert len(json.dumps(state.to_dict())) < 2_000


@FAST
@given(st.lists(event_st(), max_size=40), st.data())
def test_the_fold_agrees_with_the_engine_of_before(events: list[Event], data: Any) -> None:
    """Cancellations taken back as they arrive give what looking at all events gave."""
    now = NOW + timedelta(days=data.draw(st.floats(0, 40, allow_nan=False)))
    full = score({}, events, DEFAULT, now)
    assert math.isclose(full.engagement, reference_engagement(events, DEFAULT, now), abs_tol=1e-9)


UNSUBSCRIBING = ["unsubscribed", "resubscribed", "blocked", "unblocked", "recycled", "flood"]


@FAST
@given(st.lists(event_st(UNSUBSCRIBING), max_size=20), st.data())
def test_cancelled_firings_free_their_caps_as_before(events: list[Event], data: Any) -> None:
    now = NOW + timedelta(days=data.draw(st.floats(0, 10, allow_nan=False)))
    full = score({}, events, DEFAULT, now)
    assert math.isclose(full.engagement, reference_engagement(events, DEFAULT, now), abs_tol=1e-9)
