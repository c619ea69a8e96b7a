"""Table-driven unit tests for bot.scoring (rules, caps, decay, recycling, mapping, edits)."""

from __future__ import annotations

import json
import math
import typing
from typing import Any

import pytest

from bot.dialogs.parsing.budget import Currency
from bot.scoring import (
    Event,
    ModelError,
    Score,
    ScoringModel,
    explain,
    load_default_model,
    load_model,
    model_diff,
    rescore,
    score,
    set_model_value,
)
from tests.unit.test_scoring_support import (
    DEFAULT,
    HOT_FACTS,
    NOW,
    ago,
    eng_rule,
    fit_rule,
    hot_events,
    model_with,
    parts,
)

# ------------------------------------------------------------------ fit rule kinds

FIT_CASES: list[tuple[dict[str, Any], dict[str, Any], bool]] = [
    ({"key": "phone"}, {"phone": "+79990000000"}, True),
    ({"key": "phone"}, {"phone": "  "}, False),
    ({"key": "phone"}, {"phone": None}, False),
    ({"key": "phone"}, {}, False),
    ({"key": "has_brief"}, {"has_brief": False}, True),  # present, even if false
    ({"key": "phone", "test": "absent"}, {}, True),
    ({"key": "phone", "test": "absent"}, {"phone": "+1"}, False),
    ({"key": "authority", "test": "equals", "value": "decision_maker"},
     {"authority": "decision_maker"}, True),
    ({"key": "authority", "test": "equals", "value": "decision_maker"},
     {"authority": "influencer"}, False),
    ({"key": "email_corporate", "test": "equals", "value": True}, {"email_corporate": True}, True),
    ({"key": "email_corporate", "test": "equals", "value": True}, {"email_corporate": 1}, False),
    ({"key": "email_corporate", "test": "equals", "value": False},
     {"email_corporate": False}, True),
    ({"key": "email_corporate", "test": "equals", "value": False}, {}, False),
    ({"key": "need_category", "test": "in", "values": ["website", "crm"]},
     {"need_category": "crm"}, True),
    ({"key": "need_category", "test": "in", "values": ["website", "crm"]},
     {"need_category": "other"}, False),
    ({"key": "timeline_days", "test": "range", "max": 30.0}, {"timeline_days": 30}, True),
    ({"key": "timeline_days", "test": "range", "max": 30.0}, {"timeline_days": 31}, False),
    ({"key": "timeline_days", "test": "range", "max": 30.0}, {"timeline_days": None}, False),
    ({"key": "timeline_days", "test": "range", "min": 31.0, "max": 90.0},
     {"timeline_days": 31}, True),
    # "up to 500k" does not reach past a 500k minimum; one amount of 500k does
    ({"key": "budget", "test": "budget", "min": 500000.0}, {"budget_max": 500000.0}, False),
    ({"key": "budget", "test": "budget", "min": 500000.0},
     {"budget_min": 500000.0, "budget_max": 500000.0}, True),
    ({"key": "budget", "test": "budget", "min": 500000.0},
     {"budget_min": 400000.0, "budget_max": 600000.0}, True),
    ({"key": "budget", "test": "budget", "min": 500000.0}, {"budget_max": 499999.0}, False),
    # max missing -> min is used
    ({"key": "budget", "test": "budget", "min": 500000.0}, {"budget_min": 600000.0}, True),
    # currency conversion: 6000 USD * 90 = 540000 RUB
    ({"key": "budget", "test": "budget", "min": 500000.0},
     {"budget_max": 6000.0, "budget_currency": "USD"}, True),
    ({"key": "budget", "test": "budget", "min": 500000.0},
     {"budget_max": 4999.0, "budget_currency": "EUR"}, False),
    ({"key": "budget", "test": "budget", "min": 1.0}, {"budget_max": 5, "budget_currency": "XYZ"},
     False),
    # overlap: "up to 11" has a stretch in common with 1..10; "from 11" has none
    ({"key": "budget", "test": "budget", "min": 1.0, "max": 10.0}, {"budget_max": 11.0}, True),
    ({"key": "budget", "test": "budget", "min": 1.0, "max": 10.0}, {"budget_min": 11.0}, False),
    # "from X" promises X: "from 5" does not reach a minimum of 6
    ({"key": "budget", "test": "budget", "min": 6.0}, {"budget_min": 5.0}, False),
    ({"key": "budget", "test": "budget_below", "min": 300.0}, {"budget_max": 300.0}, True),
    ({"key": "budget", "test": "budget_below", "min": 300.0},
     {"budget_min": 300.0, "budget_max": 300.0}, False),
    ({"key": "budget", "test": "budget_below", "min": 300.0}, {"budget_min": 100.0}, True),
    ({"key": "budget", "test": "budget_below", "min": 300.0}, {"budget_min": 400.0}, False),
]  # fmt: skip


@pytest.mark.parametrize(("cond", "facts", "fires"), FIT_CASES)
def test_fit_condition_kinds(cond: dict[str, Any], facts: dict[str, Any], fires: bool) -> None:
    model = model_with([fit_rule("r", 2.0, **cond)])
    result = score(facts, [], model, NOW)
    assert result.fit == (2.0 if fires else 0.0)
    assert [r.rule_id for r in result.breakdown] == (["r"] if fires else [])


def test_all_of_needs_every_condition() -> None:
    rule = {
        "id": "cp",
        "points": 2.0,
        "reason": "company and position given",
        "all_of": [{"key": "company"}, {"key": "position"}],
    }
    model = model_with([rule])
    assert score({"company": "Acme"}, [], model, NOW).fit == 0.0
    both = score({"company": "Acme", "position": "CEO"}, [], model, NOW)
    assert both.fit == 2.0
    assert both.breakdown[0].source == "fact company=Acme position=CEO"


def test_budget_reason_and_source_are_readable() -> None:
    facts = {"budget_min": 500000.0, "budget_max": 1000000.0, "budget_currency": "RUB"}
    result = score(facts, [], DEFAULT, NOW)
    (line,) = [r for r in result.breakdown if r.rule_id == "budget_fits"]
    assert line.reason == "бюджет подходит: 500000–1000000 RUB"
    assert "budget_max=1000000" in line.source


def test_fit_rule_fires_once_and_products() -> None:
    rule = fit_rule("r", 1.5, key="phone")
    rule["product"] = "crm"
    result = score({"phone": "+1"}, [], model_with([rule]), NOW)
    assert result.fit == 1.5
    assert result.by_product == {"crm": 1.5}


def test_fit_axis_max_cuts_the_last_positive_line() -> None:
    rules = [fit_rule("a", 3.0, key="a"), fit_rule("b", 3.0, key="b"), fit_rule("c", 3.0, key="c")]
    model = model_with(rules, fit={"max": 7.0})
    result = score({"a": 1, "b": 1, "c": 1}, [], model, NOW)
    assert result.fit == 7.0
    assert [(r.rule_id, r.points) for r in result.breakdown] == [
        ("a", 3.0),
        ("b", 3.0),
        ("c", 1.0),
    ]
    assert "capped" in result.breakdown[-1].reason


# ------------------------------------------------------------------ seed example


SEED = {
    "phone": "+79990000000",
    "email_corporate": True,
    "company": "Acme",
    "position": "CTO",
    "budget_max": 1000000.0,
    "budget_currency": "RUB",
    "off_profile": True,
    "has_brief": True,
}


@pytest.mark.parametrize(
    ("facts", "fit", "qualified"),
    [(SEED, 3.0, False), ({**SEED, "off_profile": False}, 8.0, True)],
)
def test_seed_example(facts: dict[str, Any], fit: float, qualified: bool) -> None:
    result = score(facts, [], DEFAULT, NOW)
    assert result.fit == fit  # +1 +1 +2 +3 -5 +1 = 3; without off-profile 8
    assert result.qualified is qualified  # "qualified" = fit above 6
    # The grade cut-offs are calibrated (A from 9): fit 8 is a good B, fit 3 a C.
    assert result.grade == ("B" if qualified else "C")
    assert sorted(r.points for r in result.breakdown if r.axis == "fit") == sorted(
        [1.0, 1.0, 2.0, 3.0, 1.0] + ([-5.0] if facts["off_profile"] else [])
    )


# ------------------------------------------------------------------ engagement rules and caps


@pytest.mark.parametrize(
    ("where", "data", "fires"),
    [
        ([{"key": "latency_s", "test": "range", "max": 30.0}], {"latency_s": 12.5}, True),
        ([{"key": "latency_s", "test": "range", "max": 30.0}], {"latency_s": 31.0}, False),
        ([{"key": "latency_s", "test": "range", "max": 30.0}], {"latency_s": None}, False),
        ([{"key": "length", "test": "range", "min": 40.0}], {"length": 40}, True),
        ([{"key": "topic", "test": "in", "values": ["price", "demo"]}], {"topic": "demo"}, True),
        ([{"key": "topic", "test": "in", "values": ["price", "demo"]}], {"topic": "team"}, False),
        ([], {}, True),
    ],
)
def test_engagement_where(where: list[dict[str, Any]], data: dict[str, Any], fires: bool) -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0, where=where)])
    result = score({}, [Event("x", ago(), data), Event("y", ago(), data)], model, NOW)
    assert result.engagement == (1.0 if fires else 0.0)


def _days(spec: list[tuple[float, float]]) -> list[Event]:
    return [Event("x", ago(days=d, minutes=m)) for d, m in spec]


@pytest.mark.parametrize(
    ("caps", "when", "expected"),
    [
        ({}, [(0, 1), (0, 2), (0, 3)], 3.0),
        ({"max_count": 1}, [(0, 1), (0, 2), (0, 3)], 1.0),
        ({"max_count": 2}, [(0, 1), (0, 2), (0, 3)], 2.0),
        ({"max_count": 0}, [(0, 1)], 0.0),
        ({"max_per_day": 1}, [(0, 1), (0, 2), (1, 0), (1, 5)], 2.0),
        ({"max_per_day": 2}, [(0, 1), (0, 2), (0, 3), (2, 0)], 3.0),
        ({"max_per_day": 1, "max_count": 2}, [(0, 1), (1, 1), (2, 1)], 2.0),
    ],
)
def test_count_caps(
    caps: dict[str, int], when: list[tuple[float, float]], expected: float
) -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0, **caps)])
    result = score({}, _days(when), model, NOW)
    assert result.engagement == expected
    assert parts(result, "engagement") == expected


def test_max_count_keeps_the_earliest_firings() -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0, max_count=1)])
    result = score({}, _days([(0, 1), (3, 0)]), model, NOW)
    assert result.breakdown[0].source.endswith(ago(days=3).isoformat(timespec="seconds"))


def test_engagement_axis_max_reduces_the_latest_lines() -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 2.0)], engagement={"max": 5.0})
    result = score({}, _days([(0, 1), (0, 2), (0, 3)]), model, NOW)
    assert result.engagement == 5.0
    assert [r.points for r in result.breakdown] == [2.0, 2.0, 1.0]


def test_axis_max_omits_lines_capped_to_zero_and_keeps_negatives() -> None:
    rules = [eng_rule("e", "x", 2.0), eng_rule("neg", "n", -1.0)]
    model = model_with(eng_rules=rules, engagement={"max": 3.0})
    events = [*_days([(0, 5), (0, 4), (0, 3)]), Event("n", ago(minutes=1))]
    result = score({}, events, model, NOW)
    # raw 2+2+2-1 = 5 -> excess 2 is cut from the last positive line (the third x)
    assert result.engagement == 3.0
    assert [r.points for r in result.breakdown] == [2.0, 2.0, -1.0]


def test_cancelled_by_a_later_event() -> None:
    rule = eng_rule("unsub", "unsubscribed", -5.0, cancelled_by=["resubscribed"])
    model = model_with(eng_rules=[rule])
    unsub = Event("unsubscribed", ago(days=2))
    assert score({}, [unsub], model, NOW).engagement == -5.0
    assert score({}, [unsub, Event("resubscribed", ago(days=1))], model, NOW).engagement == 0.0
    early = Event("resubscribed", ago(days=3))
    assert score({}, [unsub, early], model, NOW).engagement == -5.0


@pytest.mark.parametrize(("silent_days", "fires"), [(29.9, False), (30.0, True), (45.0, True)])
def test_silence_rule(silent_days: float, fires: bool) -> None:
    events = [Event("dialogue_started", ago(days=silent_days), {"source": "x"})]
    result = score({}, events, DEFAULT, NOW)
    silence = [r for r in result.breakdown if r.rule_id == "silence"]
    assert bool(silence) is fires
    if fires:
        assert silence[0].points == -3.0


def test_events_after_now_are_ignored() -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0)])
    future = Event("x", ago(days=-1))
    assert score({}, [future], model, NOW).engagement == 0.0


def test_naive_datetimes_are_utc() -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0, decay_group="week")])
    aware = score({}, [Event("x", ago(days=7))], model, NOW)
    naive = score({}, [Event("x", ago(days=7).replace(tzinfo=None))], model, NOW)
    assert aware.engagement == naive.engagement == 0.5


# ------------------------------------------------------------------ decay


@pytest.mark.parametrize(
    ("age_days", "factor"), [(0.0, 1.0), (7.0, 0.5), (14.0, 0.25), (21.0, 0.125), (3.5, 2**-0.5)]
)
def test_decay_half_life_is_exact(age_days: float, factor: float) -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 4.0, decay_group="week")])
    result = score({}, [Event("x", ago(days=age_days))], model, NOW)
    assert math.isclose(result.engagement, 4.0 * factor, rel_tol=1e-12)


def test_fit_never_decays_and_decay_none_is_constant() -> None:
    model = model_with([fit_rule("f", 2.0, key="phone")], [eng_rule("e", "x", 1.0)])
    result = score({"phone": "+1"}, [Event("x", ago(days=400))], model, NOW)
    assert (result.fit, result.engagement) == (2.0, 1.0)


# ------------------------------------------------------------------ recycling


@pytest.mark.parametrize(("data", "default", "expected"), [
    ({"reason": "no answer"}, 0.0, 1.0),  # only the event after the recycle counts
    ({"fraction": 0.5}, 0.0, 2.0),
    ({}, 0.25, 1.5),
    ({"fraction": 2.0}, 0.25, 1.5),  # out-of-range fraction -> the model's default
])  # fmt: skip
def test_recycling(data: dict[str, Any], default: float, expected: float) -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0)], recycle_fraction=default)
    events = [*_days([(3, 0), (2, 0)]), Event("recycled", ago(days=1), data), *_days([(0, 1)])]
    result = score({"phone": "+1"}, events, model, NOW)
    assert math.isclose(result.engagement, expected, abs_tol=1e-12)
    assert parts(result, "engagement") == result.engagement
    (line,) = [r for r in result.breakdown if r.rule_id == "recycle"]
    assert "returned to nurture" in line.reason
    assert math.isclose(line.points, expected - 3.0, abs_tol=1e-12)


def test_recycle_resets_count_caps() -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", 1.0, max_count=1)])
    events = [*_days([(3, 0)]), Event("recycled", ago(days=2)), *_days([(1, 0)])]
    assert score({}, events, model, NOW).engagement == 1.0


# ------------------------------------------------------------------ grade / level / cell / tier


@pytest.mark.parametrize(
    ("fit", "grade"), [(13, "A"), (7, "A"), (6.99, "B"), (4, "B"), (1, "C"), (0.5, "D"), (-3, "D")]
)
def test_grade_cutoffs(fit: float, grade: str) -> None:
    model = model_with([fit_rule("f", fit, key="k")])
    assert score({"k": 1}, [], model, NOW).grade == grade


@pytest.mark.parametrize(
    ("eng", "level"), [(20, 1), (8, 1), (7.9, 2), (5, 2), (2, 3), (1.9, 4), (-5, 4)]
)
def test_level_cutoffs(eng: float, level: int) -> None:
    model = model_with(eng_rules=[eng_rule("e", "x", eng)])
    assert score({}, [Event("x", ago())], model, NOW).level == level


@pytest.mark.parametrize(
    ("fit", "eng", "cell", "ready", "tier"),
    [
        (13, 15, "A1", True, "hot"),
        (7, 2, "A3", True, "hot"),
        (4, 5, "B2", True, "hot"),
        (1, 8, "C1", True, "hot"),
        (13, 0, "A4", False, "warm"),  # 50 of 100 -> warm (>= 35)
        (4, 2, "B3", False, "cold"),
        (1, 5, "C2", False, "cold"),
        (-10, 15, "D1", False, "disqualified"),  # below disqualify_below
        (0, 0, "D4", False, "cold"),
    ],
)
def test_cell_and_tier(fit: float, eng: float, cell: str, ready: bool, tier: str) -> None:
    model = model_with(
        [fit_rule("f", fit, key="k")],
        [eng_rule("e", "x", eng)],
        fit={"max": 13.0},
        engagement={"max": 15.0},
        tiers={"hot": 75.0, "warm": 35.0, "disqualify_below": -4.0},
    )
    result = score({"k": 1}, [Event("x", ago())], model, NOW)
    assert (result.cell, result.sales_ready, result.tier) == (cell, ready, tier)


def test_sales_ready_by_total_without_a_sales_ready_cell() -> None:
    model = model_with(
        [fit_rule("f", 10.0, key="k")],
        [eng_rule("e", "x", 10.0)],
        fit={"max": 10.0},
        engagement={"max": 10.0},
        sales_ready_cells=["D4"],
    )
    result = score({"k": 1}, [Event("x", ago())], model, NOW)
    assert (result.total, result.sales_ready, result.tier) == (100.0, True, "hot")


def test_disqualifying_rule_wins_over_everything() -> None:
    result = score({**HOT_FACTS, "disqualifier": "job_seeker"}, hot_events(), DEFAULT, NOW)
    assert result.tier == "disqualified"
    assert not result.sales_ready


@pytest.mark.parametrize(
    ("fit", "eng", "total"), [(13, 15, 100.0), (6.5, 7.5, 50.0), (-5, -5, 0.0), (26, 0, 50.0)]
)
def test_total_normalises_each_axis_to_its_weight(fit: float, eng: float, total: float) -> None:
    model = model_with(
        [fit_rule("f", fit, key="k")],
        [eng_rule("e", "x", eng)],
        fit={"max": 13.0},
        engagement={"max": 15.0},
    )
    result = score({"k": 1}, [Event("x", ago())], model, NOW)
    assert math.isclose(result.total, total)


# ------------------------------------------------------------------ default model stories


def test_default_hot_lead_is_sales_ready() -> None:
    result = score(HOT_FACTS, hot_events(), DEFAULT, NOW)
    assert result.fit == DEFAULT.fit.max == 15.0  # every positive fit rule, both BANT pairs
    assert result.cell == "A1"
    assert result.sales_ready
    assert result.tier == "hot"
    assert result.total >= DEFAULT.tiers.hot


def test_default_english_researcher_is_cold() -> None:
    facts = {
        "need": "Looking into options for a new site",
        "need_category": "website",
        "budget_status": "unknown",
        "authority": "researcher",
        "timeline_status": "no_plans",
        "email": "someone@gmail.com",
        "email_corporate": False,
    }
    events = [Event("dialogue_started", ago(minutes=15), {"source": "organic"})]
    events += [
        Event("question_answered", ago(minutes=10 - i), {"latency_s": 90.0, "length": 12})
        for i in range(4)
    ]
    result = score(facts, events, DEFAULT, NOW)
    assert result.tier == "cold"
    assert not result.sales_ready
    assert result.grade == "D"


def test_default_blocked_lead_drops() -> None:
    before = score(HOT_FACTS, hot_events(), DEFAULT, NOW)
    result = score(HOT_FACTS, [*hot_events(), Event("blocked", ago(minutes=1))], DEFAULT, NOW)
    assert result.engagement == pytest.approx(before.engagement - 10)
    assert result.level > before.level


# ------------------------------------------------------------------ the default model's stories
# Every line below is a kind of prospect the hand-off must get right (issue: trustworthy
# qualification): points, evidence and cells together.


def _answers(n: int, **data: Any) -> list[Event]:
    return [
        Event("question_answered", ago(minutes=30 - i),
              {"latency_s": 8.0, "length": 60, "via": "text", "informative": True, **data})
        for i in range(n)
    ]  # fmt: skip


BUYER = {
    "need_category": "website", "budget_status": "amount", "budget_min": 1_600_000.0,
    "budget_max": 2_400_000.0, "budget_currency": "RUB", "authority": "decision_maker",
    "timeline_status": "days", "timeline_days": 20, "phone": "+79991234567",
}  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "events", "ready"),
    [
        # A clear buyer typing at a human pace, no questions: A4 is sales-ready.
        (BUYER, _answers(9), True),
        # The same buyer without any way to reach them: evidence missing.
        ({k: v for k, v in BUYER.items() if k != "phone"}, _answers(9), False),
        # Nothing understood but contacts and a name: never grade B, never sales.
        ({"need_category": "other", "budget_status": "unknown", "authority": "unknown",
          "timeline_status": "unknown", "company": "ООО Х", "position": "менеджер",
          "phone": "+79991234567", "email": "a@x.ru", "email_corporate": True,
          "has_brief": True}, [*_answers(9), Event("dialogue_completed", ago(minutes=1))], False),
        # A fast, thorough form-filler with a weak fit: passive behaviour alone is capped.
        ({"need_category": "website", "authority": "influencer", "budget_status": "unknown",
          "timeline_status": "days", "timeline_days": 120, "company": "ООО Х",
          "position": "маркетолог", "phone": "+79991234567"},
         [*_answers(9), Event("dialogue_completed", ago(minutes=1))], False),
        # A tiny budget "in a year or two" from a hobbyist who decides himself.
        ({"need_category": "website", "budget_status": "amount", "budget_min": 40_000.0,
          "budget_max": 60_000.0, "budget_currency": "RUB", "authority": "decision_maker",
          "timeline_status": "days", "timeline_days": 500, "phone": "+79991234567"},
         _answers(6), False),
        # A director with nothing budgeted before next autumn.
        ({"need_category": "crm", "budget_status": "none", "authority": "decision_maker",
          "timeline_status": "days", "timeline_days": 300, "company": "ООО Х",
          "position": "директор", "phone": "+79991234567"}, _answers(8), False),
        # "Up to 300k", the lowest band, does not fit a 300k minimum deal...
        ({**BUYER, "budget_min": 0.0, "budget_max": 300_000.0, "authority": "influencer",
          "timeline_days": 60}, _answers(9), False),
        # ...and 15 mln or $200k do fit: big budgets are welcome.
        ({**BUYER, "budget_min": 15_000_000.0, "budget_max": 15_000_000.0}, _answers(9), True),
        ({**BUYER, "budget_min": 200_000.0, "budget_max": 200_000.0, "budget_currency": "USD"},
         _answers(9), True),
        # Ready today, decides alone, a phone, a site we build: but 15-20k is a fraction of
        # the minimum, not a project of ours, however engaged the prospect.
        ({**BUYER, "budget_min": 15_000.0, "budget_max": 20_000.0, "timeline_days": 1,
          "company": "ИП", "position": "мастер"},
         [*_answers(9), Event("dialogue_completed", ago(minutes=1)),
          Event("own_question", ago(minutes=1), {"topic": "price", "with_need": True})],
         False),
        # Budgets in the currencies of other clients are converted: GBP 15-20k fits.
        ({**BUYER, "budget_min": 15_000.0, "budget_max": 20_000.0, "budget_currency": "GBP"},
         _answers(9), True),
        ({**BUYER, "budget_min": 25_000_000.0, "budget_max": 25_000_000.0,
          "budget_currency": "KZT"}, _answers(9), True),
        # An assistant sent by the boss to find out: budget and start are there, so it is a
        # buyer even with "only collecting information" (the boss decides).
        ({**BUYER, "authority": "researcher", "company": "ООО Х", "position": "помощник"},
         _answers(9), True),
        # ...but not with a far start, or with a budget under the minimum.
        ({**BUYER, "authority": "researcher", "company": "ООО Х", "position": "помощник",
          "timeline_days": 150}, _answers(9), False),
        ({**BUYER, "authority": "researcher", "company": "ООО Х", "position": "помощник",
          "budget_min": 100_000.0, "budget_max": 200_000.0}, _answers(9), False),
        # A club leader who decides, wants it at once and asks the price, but has no budget
        # at all ("бюджета нет вообще, может есть бесплатные варианты?"): no deal.
        ({"need_category": "website", "budget_status": "none", "authority": "decision_maker",
          "timeline_status": "days", "timeline_days": 0, "phone": "+79991234567",
          "company": "кружок «Робомир»", "position": "руководитель"},
         [*_answers(9), Event("dialogue_completed", ago(minutes=1)),
          Event("own_question", ago(minutes=2), {"topic": "price", "with_need": True})], False),
        # The one who decides, starting this month, no figure yet ("деньги найдём"): two of
        # budget, authority and timeline are enough; not so when someone else decides.
        ({"need_category": "crm", "budget_status": "unknown", "authority": "decision_maker",
          "timeline_status": "days", "timeline_days": 20, "company": "ООО Х",
          "position": "директор", "phone": "+79991234567"}, _answers(6), True),
        ({"need_category": "crm", "budget_status": "unknown", "authority": "influencer",
          "timeline_status": "days", "timeline_days": 20, "company": "ООО Х",
          "position": "директор", "phone": "+79991234567"}, _answers(6), False),
        # A partner deciding with the other partner, a budget that fits, no date yet: two of
        # the three speak for a deal; an adviser whose manager decides is no co-decider.
        ({"need_category": "website", "budget_status": "amount", "budget_min": 320_000.0,
          "budget_max": 480_000.0, "budget_currency": "RUB", "authority": "influencer",
          "authority_joint": True, "timeline_status": "unknown", "company": "Патентное бюро",
          "position": "партнёр", "phone": "+79991234567"}, _answers(9), True),
        ({"need_category": "website", "budget_status": "amount", "budget_min": 320_000.0,
          "budget_max": 480_000.0, "budget_currency": "RUB", "authority": "influencer",
          "timeline_status": "unknown", "company": "ООО Х", "position": "менеджер",
          "phone": "+79991234567"}, _answers(9), False),
        # A good fit (B) who asks for a call: a strong signal makes it sales-ready.
        ({"need_category": "crm", "budget_status": "unknown", "authority": "influencer",
          "timeline_status": "days", "timeline_days": 45, "company": "ООО Х",
          "position": "CTO", "phone": "+79991234567"},
         [*_answers(6), Event("own_question", ago(minutes=2), {"topic": "call"})], True),
    ],
)  # fmt: skip
def test_default_model_hands_off_only_evidenced_buyers(
    facts: dict[str, Any], events: list[Event], ready: bool
) -> None:
    result = score(facts, events, DEFAULT, NOW)
    assert result.sales_ready is ready, explain(result)


@pytest.mark.parametrize("topic", ["price", "call", "proposal"])
def test_a_question_asked_while_exploring_earns_no_intent(topic: str) -> None:
    asked = {"topic": topic, "with_need": True}
    buying = score(HOT_FACTS, [Event("own_question", ago(minutes=2), asked)], DEFAULT, NOW)
    exploring = score(
        HOT_FACTS,
        [Event("own_question", ago(minutes=2), {**asked, "exploring": True})],
        DEFAULT,
        NOW,
    )
    assert exploring.engagement < buying.engagement
    intent = {"asks_for_call_or_proposal", "price_for_a_task"}
    assert intent & {r.rule_id for r in buying.breakdown}
    assert not intent & {r.rule_id for r in exploring.breakdown}


def test_junk_answers_and_stickers_cost_engagement() -> None:
    junk = [Event("answer_not_understood", ago(minutes=9 - i)) for i in range(5)]
    junk += [Event("media_message", ago(minutes=3), {"type": "sticker"})] * 3
    junk += [Event("own_question", ago(minutes=2), {"topic": "price", "repeat": True})] * 4
    result = score({"need_category": "other"}, junk, DEFAULT, NOW)
    assert result.engagement < 0
    assert not result.sales_ready


# ------------------------------------------------------------------ breakdown, explain, dict


def test_to_dict_round_trip_is_json() -> None:
    result = score(HOT_FACTS, hot_events(), DEFAULT, NOW)
    data = json.loads(json.dumps(result.to_dict()))
    assert Score.from_dict(data) == result
    assert set(data) >= {"fit", "engagement", "grade", "level", "cell", "total", "tier"}
    assert set(data["breakdown"][0]) == {"rule_id", "axis", "points", "reason", "source"}


def test_sources_name_the_fact_or_event() -> None:
    result = score(HOT_FACTS, hot_events(), DEFAULT, NOW)
    by_id = {r.rule_id: r for r in result.breakdown}
    assert by_id["phone"].source == "fact phone=+79991234567"
    assert by_id["price_for_a_task"].source.startswith(
        "event own_question topic=price with_need=True at 2026-"
    )


def test_explain_orders_by_magnitude() -> None:
    result = score({**HOT_FACTS, "off_profile": True}, hot_events(), DEFAULT, NOW)
    lines = explain(result)
    assert lines[0].startswith("+10.0 engagement  просит созвониться")
    assert lines[1].startswith("-5.0 fit  задача не по нашему профилю")
    assert len(explain(result, top=3)) == 3
    assert len(lines) == len(result.breakdown)


# ------------------------------------------------------------------ model validation and edits


def _default_body() -> dict[str, Any]:
    return DEFAULT.model_dump(mode="json", exclude={"version"})


def test_the_default_model_converts_every_currency_the_budget_parser_reads() -> None:
    # A budget in a currency without a rate neither fits nor falls short: only "XXX" (pesos
    # of an unnamed country) is meant to be like that.
    read = set(typing.get_args(Currency)) - {"XXX"}
    assert read <= set(DEFAULT.currency_rates), read - set(DEFAULT.currency_rates)


def test_default_model_round_trips_with_a_version() -> None:
    body = _default_body()
    model = ScoringModel.model_validate({**body, "version": 3})
    assert model.version == 3
    assert model.model_dump(mode="json", exclude={"version"}) == body
    assert load_default_model() == DEFAULT


def _broken(path: str, value: Any) -> dict[str, Any]:
    body = _default_body()
    node: Any = body
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[keys[-1]] = value
    return body


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        ("fit.max", -1, "fit.max"),
        ("engagement.max", 0, "engagement.max"),
        (
            "engagement.rules.0.max_count",
            -1,
            "engagement.rules.asks_for_call_or_proposal.max_count",
        ),
        (
            "engagement.rules.0.max_per_day",
            -2,
            "engagement.rules.asks_for_call_or_proposal.max_per_day",
        ),
        ("decay_groups.behaviour.half_life_days", 0, "decay_groups.behaviour.half_life_days"),
        ("grades.b", 9.5, "grades"),
        ("levels.level3", 9.0, "levels"),
        ("tiers.hot", 101, "tiers.hot"),
        ("tiers.warm", 90, "tiers"),
        ("sales_ready_cells", ["A1", "E5"], "sales_ready_cells"),
        ("fit.rules.0.surprise", 1, "fit.rules.phone.surprise"),
        ("fit.rules.0.points", "many", "fit.rules.phone.points"),
        ("fit.rules.0.all_of", [], "fit.rules.phone.all_of"),
        ("fit.rules.1.all_of", [{"key": "x", "test": "equals"}], "fit.rules.email_corporate"),
        ("fit.rules.1.id", "phone", "duplicate rule id"),
        (
            "engagement.rules.0.decay_group",
            "nope",
            "engagement.rules.asks_for_call_or_proposal.decay_group",
        ),
        ("recycle_fraction", 1.5, "recycle_fraction"),
        ("currency_rates.USD", -90, "currency_rates.USD"),
    ],
)
def test_validation_errors_name_the_field(path: str, value: Any, named: str) -> None:
    with pytest.raises(ModelError) as err:
        load_model(_broken(path, value))
    assert named in str(err.value)


@pytest.mark.parametrize(
    ("path", "value", "check"),
    [
        ("fit.rules.phone.points", "2", lambda m: m.fit.rules[0].points == 2.0),
        ("fit.rules.0.points", "-1.5", lambda m: m.fit.rules[0].points == -1.5),
        ("tiers.hot", "80", lambda m: m.tiers.hot == 80.0),
        ("tiers.disqualify_below", "none", lambda m: m.tiers.disqualify_below is None),
        ("sales_ready_cells", "A1,A2", lambda m: m.sales_ready_cells == ["A1", "A2"]),
        ("sales_ready_cells", '["B1"]', lambda m: m.sales_ready_cells == ["B1"]),
        ("engagement.rules.fast_reply.max_count", "3",
         lambda m: next(r for r in m.engagement.rules if r.id == "fast_reply").max_count == 3),
        ("fit.rules.phone.reason", "телефон", lambda m: m.fit.rules[0].reason == "телефон"),
        ("fit.rules.phone.product", "crm", lambda m: m.fit.rules[0].product == "crm"),
        ("decay_groups.intent.half_life_days", "7",
         lambda m: m.decay_groups["intent"].half_life_days == 7),
        ("currency_rates.USD", "95", lambda m: m.currency_rates["USD"] == 95.0),
        ("fit.rules.email_corporate.all_of.0.value", "false",
         lambda m: m.fit.rules[1].all_of[0].value is False),
    ],
)  # fmt: skip
def test_set_model_value_good(path: str, value: str, check: Any) -> None:
    model = DEFAULT.model_copy(update={"version": 7})
    new = set_model_value(model, path, value)
    assert check(new)
    assert new.version == 7
    assert DEFAULT.fit.rules[0].points == 1.0  # the original is untouched


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        ("fit.rules.phone.points", "lots", "fit.rules.phone.points"),
        ("fit.rules.nope.points", "1", "fit.rules.nope"),
        ("fit.nope", "1", "fit.nope"),
        ("grades.c", "9", "grades"),
        ("tiers.hot", "-1", "tiers.hot"),
        ("engagement.rules.fast_reply.max_count", "-1", "engagement.rules.fast_reply.max_count"),
        ("decay_groups.behaviour.half_life_days", "0", "decay_groups.behaviour.half_life_days"),
        ("sales_ready_cells", "A1,Q7", "sales_ready_cells"),
        ("version", "5", "version"),
        ("fit.max.deeper", "1", "fit.max"),
        ("", "1", "empty path"),
    ],
)
def test_set_model_value_bad(path: str, value: str, named: str) -> None:
    with pytest.raises(ModelError) as err:
        set_model_value(DEFAULT, path, value)
    assert named in str(err.value)


def test_model_diff() -> None:
    new = set_model_value(DEFAULT, "fit.rules.phone.points", "2")
    new = set_model_value(new, "tiers.hot", "80")
    assert sorted(model_diff(DEFAULT, new)) == [
        "fit.rules.phone.points: 1.0 -> 2.0",
        "tiers.hot: 75.0 -> 80.0",
    ]
    assert model_diff(DEFAULT, DEFAULT) == []


def test_model_diff_added_rule() -> None:
    body = _default_body()
    body["fit"]["rules"].append(
        {"id": "extra", "points": 1.0, "reason": "x", "all_of": [{"key": "k"}]}
    )
    lines = model_diff(DEFAULT, load_model(body))
    assert "fit.rules.extra.points: (absent) -> 1.0" in lines


def test_compiled_rules_follow_model_copies() -> None:
    facts = {"phone": "+1"}
    assert score(facts, [], DEFAULT, NOW).fit == 1.0
    changed = DEFAULT.model_copy(update={"fit": DEFAULT.fit.model_copy(update={"rules": []})})
    assert score(facts, [], changed, NOW).fit == 0.0


# ------------------------------------------------------------------ rescore


def test_rescore_diff() -> None:
    cold = {"need_category": "website"}
    leads = [
        ("hot", HOT_FACTS, hot_events(), "warm", False),
        ("same", cold, [], "cold", False),
        ("fell", cold, [], "hot", True),
        ("dq", {"disqualifier": "spam"}, [], "cold", False),
    ]
    diff = rescore(leads, DEFAULT, NOW)
    assert diff.total == 4
    assert diff.tier_changes == {
        ("warm", "hot"): 1,
        ("hot", "cold"): 1,
        ("cold", "disqualified"): 1,
    }
    assert diff.changed == ["hot", "fell", "dq"]
    assert diff.became_sales_ready == ["hot"]
    assert diff.left_sales_ready == ["fell"]


# ------------------------------------------------------------------ evidence and cap groups


def _ready_model(**evidence: Any) -> Any:
    return model_with(
        [fit_rule("f", 10.0, key="k")],
        [eng_rule("e", "x", 10.0)],
        fit={"max": 10.0},
        engagement={"max": 10.0},
        evidence=evidence,
    )


@pytest.mark.parametrize(
    ("evidence", "facts", "missing"),
    [
        ({}, {}, ()),
        ({"need": True}, {"need_category": "other"}, ("need",)),
        ({"need": True}, {"need_category": "crm", "off_profile": True}, ("need",)),
        ({"need": True}, {"need_category": "crm"}, ()),
        ({"bant_min": 2}, {"budget_status": "unknown", "authority": "decision_maker"}, ("bant",)),
        ({"bant_min": 2}, {"budget_status": "none", "timeline_status": "no_plans"}, ()),
        ({"contact": True}, {"phone": ""}, ("contact",)),
        ({"contact": True}, {"email": "a@b.ru"}, ()),
        ({"need": True, "bant_min": 3, "contact": True}, {}, ("need", "bant", "contact")),
        ({"budget_none": True}, {"budget_status": "none"}, ("budget",)),
        ({"budget_none": True}, {"budget_status": "unknown"}, ()),
        ({}, {"budget_status": "none"}, ()),
    ],
)
def test_evidence_before_hand_off(
    evidence: dict[str, Any], facts: dict[str, Any], missing: tuple[str, ...]
) -> None:
    result = score({"k": 1, **facts}, [Event("x", ago())], _ready_model(**evidence), NOW)
    assert result.evidence_missing == missing
    assert result.sales_ready is (not missing)
    assert result.tier == ("hot" if not missing else "warm")
    assert Score.from_dict(result.to_dict()).evidence_missing == missing


# the test model's one engagement event is worth 10: above intent_points it stays no signal
_POSITIVE = {"bant_min": 2, "positive": True, "intent_points": 11.0}
_FITS = {"budget_status": "amount", "budget_min": 500_000, "budget_max": 800_000}


def test_a_critical_signal_counts_as_a_start_now() -> None:
    # "no plans" at the time of the dialogue, then "ready to talk" (10 points or more)
    facts = {"k": 1, **_FITS, "timeline_status": "no_plans"}
    for intent_points, missing in ((10.0, ()), (11.0, ("bant",))):
        model = model_with(
            [fit_rule("f", 10.0, key="k")],
            [eng_rule("e", "x", 10.0)],
            fit={"max": 10.0},
            engagement={"max": 10.0},
            evidence={"bant_min": 2, "positive": True, "intent_points": intent_points},
            deal={"min": 300_000.0},
        )
        assert score(facts, [Event("x", ago())], model, NOW).evidence_missing == missing


@pytest.mark.parametrize(
    ("evidence", "facts", "missing"),
    [
        # "no budget", "no plans" and a start next autumn are answers, no evidence of a buyer
        (_POSITIVE, {"budget_status": "none", "timeline_status": "no_plans"}, ("bant",)),
        (
            _POSITIVE,
            {"authority": "decision_maker", "timeline_status": "days", "timeline_days": 300},
            ("bant",),
        ),
        (_POSITIVE, {"authority": "researcher", **_FITS}, ("bant",)),
        (_POSITIVE, {"authority": "influencer", **_FITS}, ()),
        (
            _POSITIVE,
            {"authority": "decision_maker", "timeline_status": "days", "timeline_days": 90},
            (),
        ),
        # the default window is the fit rule's 90 days: "не раньше весны" in late November
        (
            _POSITIVE,
            {"authority": "decision_maker", "timeline_status": "days", "timeline_days": 96},
            ("bant",),
        ),
        (
            {**_POSITIVE, "start_within_days": 120},
            {"authority": "decision_maker", "timeline_status": "days", "timeline_days": 100},
            (),
        ),
        (
            {**_POSITIVE, "start_within_days": 60},
            {"authority": "decision_maker", "timeline_status": "days", "timeline_days": 100},
            ("bant",),
        ),
        # a budget under the deal minimum does not speak for a deal
        (
            _POSITIVE,
            {"authority": "decision_maker", **_FITS, "budget_max": 100_000, "budget_min": 50_000},
            ("bant",),
        ),
    ],
)
def test_positive_evidence_counts_only_answers_that_speak_for_a_deal(
    evidence: dict[str, Any], facts: dict[str, Any], missing: tuple[str, ...]
) -> None:
    model = model_with(
        [fit_rule("f", 10.0, key="k")],
        [eng_rule("e", "x", 10.0)],
        fit={"max": 10.0},
        engagement={"max": 10.0},
        evidence=evidence,
        deal={"min": 300_000.0},
    )
    result = score({"k": 1, **facts}, [Event("x", ago())], model, NOW)
    assert result.evidence_missing == missing
    assert result.sales_ready is (not missing)


def test_a_cap_group_limits_its_rules_together_and_keeps_the_earliest() -> None:
    rules = [
        {**eng_rule("fast", "answered", 1.0), "cap": "passive"},
        {**eng_rule("long", "answered", 1.0), "cap": "passive"},
        eng_rule("call", "asked_call", 5.0),
    ]
    model = model_with(eng_rules=rules, engagement={"max": 30.0, "caps": {"passive": 2.5}})
    events = [Event("answered", ago(minutes=10 - i)) for i in range(3)]
    events.append(Event("asked_call", ago(minutes=1)))
    result = score({}, events, model, NOW)
    passive = [r for r in result.breakdown if r.rule_id in ("fast", "long")]
    assert math.isclose(math.fsum(r.points for r in passive), 2.5)
    assert [r.points for r in passive] == [1.0, 1.0, 0.5]  # then nothing: the cap is used up
    assert "caps.passive" in passive[-1].reason
    assert math.isclose(result.engagement, 7.5)


def test_a_model_without_caps_or_evidence_scores_as_before() -> None:
    result = score(HOT_FACTS, hot_events(), model_with(), NOW)
    assert result.evidence_missing == ()
