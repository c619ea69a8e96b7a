"""The pure statistics behind /insights and /suggest: table-driven, hand-computed numbers."""

from __future__ import annotations

import math

import pytest

from bot.scoring import load_default_model
from bot.scoring.outcomes import (
    OutcomeRecord,
    Predictor,
    answer_values,
    auc,
    axis_scale,
    budget_band,
    coef_to_points,
    feature_matrix,
    feature_names,
    firings,
    insights_table,
    lift,
    linear_scores,
    match_cutoffs,
    round_points,
    rule_counts,
    shortfall,
    snapshot_facts,
    stratified_folds,
    timeline_band,
    usable_features,
    wilson,
    with_points,
)

MODEL = load_default_model()


# --- Wilson interval and lift ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (2, 6, 0.0968, 0.7000),
        (2, 4, 0.1500, 0.8500),
        (2, 3, 0.2077, 0.9385),
        (0, 3, 0.0, 0.5615),
        (81, 263, 0.2553, 0.3662),
        (0, 0, 0.0, 1.0),  # no data: anything is possible
    ],
)
def test_wilson_interval(k: int, n: int, low: float, high: float) -> None:
    lo, hi = wilson(k, n)
    assert lo == pytest.approx(low, abs=5e-5) and hi == pytest.approx(high, abs=5e-5)
    assert 0.0 <= lo <= hi <= 1.0


def test_wilson_refuses_more_successes_than_trials() -> None:
    with pytest.raises(ValueError):
        wilson(4, 3)


@pytest.mark.parametrize(
    ("rate", "base", "expected"),
    [(0.5, 0.25, 2.0), (0.1, 0.4, 0.25), (0.0, 0.3, 0.0), (0.3, 0.0, None), (None, 0.3, None)],
)
def test_lift(rate: float | None, base: float, expected: float | None) -> None:
    assert lift(rate, base) == expected


# --- answers as bands ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "band"),
    [
        ({"budget_status": "none"}, "none"),
        ({"budget_status": "unknown"}, "unknown"),
        ({}, "unknown"),
        ({"budget_status": "amount", "budget_max": 250_000}, "<300k"),
        ({"budget_status": "amount", "budget_min": 300_000}, "300k-1m"),
        ({"budget_status": "amount", "budget_min": 1.6e6, "budget_max": 2.4e6}, "1m-3m"),
        ({"budget_status": "amount", "budget_min": 3e6}, "3m+"),
        # dollars in the base currency (90 RUB): $10k is 900k
        ({"budget_status": "amount", "budget_min": 10_000, "budget_currency": "USD"}, "300k-1m"),
    ],
)
def test_budget_band(facts: dict, band: str) -> None:
    assert budget_band(facts, MODEL) == band


@pytest.mark.parametrize(
    ("facts", "band"),
    [
        ({"timeline_status": "days", "timeline_days": 0}, "0-30d"),
        ({"timeline_status": "days", "timeline_days": 30}, "0-30d"),
        ({"timeline_status": "days", "timeline_days": 31}, "31-90d"),
        ({"timeline_status": "days", "timeline_days": 180}, "91-180d"),
        ({"timeline_status": "days", "timeline_days": 365}, "181d+"),
        ({"timeline_status": "no_plans"}, "no_plans"),
        ({"timeline_status": "unknown"}, "unknown"),
        ({"timeline_days": "soon"}, "unknown"),
    ],
)
def test_timeline_band(facts: dict, band: str) -> None:
    assert timeline_band(facts) == band


def test_answer_values_and_snapshot_facts_keep_the_deal_not_the_person() -> None:
    facts = {
        "need": "Нужен интернет-магазин", "need_category": "website", "phone": "+79991234567",
        "email": "anna@romashka.ru", "company": "ООО Ромашка", "authority": "decision_maker",
        "budget_status": "amount", "budget_min": 1.6e6, "budget_max": 2.4e6,
        "timeline_status": "days", "timeline_days": 14, "first_name": "Анна",
    }  # fmt: skip
    kept = snapshot_facts(facts)
    assert not {"need", "phone", "email", "company", "first_name"} & set(kept)
    assert kept["need_category"] == "website" and kept["budget_max"] == 2.4e6
    assert answer_values(kept, None, MODEL) == {
        "need": "website", "budget": "1m-3m", "authority": "decision_maker",
        "timeline": "0-30d", "source": "direct",
    }  # fmt: skip


def test_rule_counts_and_firings() -> None:
    breakdown = [
        {"rule_id": "phone", "points": 1.0},
        {"rule_id": "fast_reply", "points": 0.25},
        {"rule_id": "fast_reply", "points": 0.2},
        {"rule_id": "recycle", "points": -3.0},
    ]
    counts = rule_counts(breakdown)
    assert counts == {"phone": [1, 1.0], "fast_reply": [2, 0.45], "recycle": [1, -3.0]}
    assert firings(counts) == {"phone": 1.0, "fast_reply": 2.0, "recycle": 1.0}
    assert firings({"x": [0, 0.0], "y": 2}) == {"y": 2.0}


# --- the asset -> opportunity table: a hand-computed fixture ---------------------------------


def rec(i: int, rules: list[str], need: str, reached: bool, won: bool) -> OutcomeRecord:
    return OutcomeRecord(
        i, {r: 1.0 for r in rules}, {"need": need}, reached_sales=reached, won=won
    )


# 10 leads with an outcome, 6 reached sales, 4 won: the base rate is 0.4.
FIXTURE = [
    rec(1, ["phone", "budget_fits"], "crm", True, True),
    rec(2, ["phone", "budget_fits"], "crm", True, True),
    rec(3, ["phone"], "crm", True, False),
    rec(4, ["phone", "budget_fits"], "website", True, False),
    rec(5, ["budget_fits"], "website", False, False),
    rec(6, ["phone"], "website", False, False),
    rec(7, [], "bot", False, False),
    rec(8, ["budget_none"], "bot", True, True),
    rec(9, ["budget_none"], "bot", True, True),
    rec(10, ["budget_none", "phone"], "other", False, False),
]
# name: n, reached, won, rate, Wilson low, high, lift -- worked out by hand
EXPECTED = [
    ("budget_none", 3, 2, 2, 2 / 3, 0.2077, 0.9385, 5 / 3),
    ("need=bot", 3, 2, 2, 2 / 3, 0.2077, 0.9385, 5 / 3),
    ("need=crm", 3, 3, 2, 2 / 3, 0.2077, 0.9385, 5 / 3),
    ("budget_fits", 4, 3, 2, 0.5, 0.1500, 0.8500, 1.25),
    ("phone", 6, 4, 2, 1 / 3, 0.0968, 0.7000, 5 / 6),
    ("need=website", 3, 1, 0, 0.0, 0.0, 0.5615, 0.0),
]


def test_insights_table_matches_the_hand_computed_one() -> None:
    table = insights_table(FIXTURE, MODEL, min_n=3)
    assert (table.total, table.reached, table.won, table.base_rate) == (10, 6, 4, 0.4)
    enough = [s for s in table.rows if s.enough]
    assert [s.name for s in enough] == [row[0] for row in EXPECTED]
    for stat, (name, n, reached, won, rate, low, high, lift_) in zip(
        enough, EXPECTED, strict=True
    ):
        assert (stat.n, stat.reached, stat.won) == (n, reached, won), name
        assert stat.rate == pytest.approx(rate), name
        assert stat.low == pytest.approx(low, abs=5e-5), name
        assert stat.high == pytest.approx(high, abs=5e-5), name
        assert stat.lift == pytest.approx(lift_), name
    # n below the minimum: listed last, without a rate to read
    (other,) = [s for s in table.rows if not s.enough]
    assert (other.name, other.n, other.enough) == ("need=other", 1, False)
    assert table.rows[-1] is other
    # -2 points, yet two of three were won; +1 point, yet below the base rate: both signs
    # contradict the outcomes (neither significantly: 3 and 6 leads could be chance)
    assert [(s.name, s.points) for s in table.contradicting] == [
        ("budget_none", -2.0), ("phone", 1.0),
    ]  # fmt: skip
    assert not any(s.significant for s in table.contradicting)
    assert "email_corporate" in table.never_fired and "phone" not in table.never_fired
    assert {s.name for s in table.rows if s.kind == "rule"} == {
        "phone", "budget_fits", "budget_none",
    }  # fmt: skip


def test_insights_table_without_outcomes_or_deals() -> None:
    empty = insights_table([], MODEL)
    assert (empty.total, empty.base_rate, empty.rows, empty.never_fired) == (0, None, [], [])
    no_deals = insights_table([rec(1, ["phone"], "crm", True, False)], MODEL, min_n=1)
    assert no_deals.base_rate == 0.0
    assert no_deals.rows[0].lift is None and no_deals.rows[0].rate == 0.0


def test_significance_needs_the_interval_to_exclude_the_base_rate() -> None:
    many = [rec(i, ["timeline_30"], "crm", True, i <= 40) for i in range(1, 51)]
    many += [rec(i, [], "crm", False, False) for i in range(51, 201)]
    table = insights_table(many, MODEL)
    (timeline,) = [s for s in table.rows if s.name == "timeline_30"]
    assert timeline.rate == 0.8 and timeline.lift == pytest.approx(4.0)
    assert timeline.significant


# --- AUC and folds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "labels", "expected"),
    [
        ([1, 2, 3, 4], [False, False, True, True], 1.0),
        ([4, 3, 2, 1], [False, False, True, True], 0.0),
        ([1, 1, 1, 1], [False, True, False, True], 0.5),
        ([1, 2, 2, 3], [False, True, False, True], 0.875),
        ([0.1, 0.4, 0.35, 0.8], [False, False, True, True], 0.75),
        ([1, 2], [True, True], None),
    ],
)
def test_auc(scores: list[float], labels: list[bool], expected: float | None) -> None:
    assert auc(scores, labels) == expected


def test_stratified_folds_split_both_kinds_evenly() -> None:
    labels = [i % 5 == 0 for i in range(100)]
    folds = stratified_folds(labels, 5, seed=1)
    assert sorted(i for f in folds for i in f) == list(range(100))
    assert [sum(labels[i] for i in f) for f in folds] == [4] * 5
    assert stratified_folds(labels, 5, seed=1) == folds  # deterministic


# --- features, coefficients, points ---------------------------------------------------------


def test_feature_names_and_matrix() -> None:
    names = feature_names(MODEL)
    assert "disqualifier" not in names  # a hard "not a client" is not re-weighted
    assert names[:2] == ["phone", "email_corporate"] and "fast_reply" in names
    assert "silence" in names
    records = [
        OutcomeRecord(1, {"phone": 1, "fast_reply": 3}, won=True),
        OutcomeRecord(2, {"budget_none": 1, "unknown_rule": 1}),
    ]
    rows, labels = feature_matrix(records, ["phone", "fast_reply", "budget_none"])
    assert rows == [[1.0, 3.0, 0.0], [0.0, 0.0, 1.0]] and labels == [1, 0]


def test_usable_features_need_support_on_both_sides() -> None:
    records = [OutcomeRecord(i, {"a": 1, "b": float(i < 3), "c": float(i < 6)}) for i in range(10)]
    assert usable_features(records, ["a", "b", "c", "d"], min_support=4) == (
        ["c"], ["a", "b", "d"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.1, 0.0), (0.13, 0.25), (-0.4, -0.5), (1.9, 2.0), (2.2, 2.0), (2.3, 2.5), (-7.74, -7.5),
     (250.0, 100.0), (-0.1, 0.0)],
)  # fmt: skip
def test_round_points(value: float, expected: float) -> None:
    assert round_points(value) == expected
    assert math.copysign(1, round_points(value)) == math.copysign(1, expected)  # no -0.0


def test_coefficients_become_points_on_the_models_scale() -> None:
    # fit: 50/fit.max total points per point (50/15 in the default model), engagement: 50/30
    fit = 50 / MODEL.fit.max
    scale = axis_scale(MODEL)
    assert scale["phone"] == pytest.approx(fit) and scale["fast_reply"] == pytest.approx(5 / 3)
    # Current absolute weight in the total: phone 1 and budget_fits 3 (fit), contact_shared 5
    # (engagement): (1 + 3) * 50/15 + 5 * 50/30 = 21.667. Coefficients 1, 2, -1 (|sum| 4):
    # factor 5.417 total points per log-odds unit.
    points = coef_to_points(MODEL, {"phone": 1.0, "budget_fits": 2.0, "contact_shared": -1.0})
    factor = ((1 + 3) * fit + 5 * 50 / 30) / 4
    assert factor == pytest.approx(5.4167, abs=1e-4)
    assert points == {
        "phone": round_points(1.0 * factor / fit),  # 1.63 -> 1.5
        "budget_fits": round_points(2.0 * factor / fit),  # 3.25
        "contact_shared": round_points(-1.0 * factor / (50 / 30)),  # -3.25
    }
    # The combined weight stays where it was (up to rounding).
    mass = sum(abs(p) * scale[r] for r, p in points.items())
    assert mass == pytest.approx(factor * 4, rel=0.1)  # half-point rounding of three rules
    # Unknown rules are ignored; all-zero coefficients keep the current points.
    assert coef_to_points(MODEL, {"nope": 3.0, "phone": 0.0}) == {"phone": 1.0}


def test_with_points_and_linear_scores() -> None:
    draft = with_points(MODEL, {"phone": 2.5, "silence": -1.0, "nope": 9})
    rules = {r.id: r.points for r in draft.fit.rules}
    assert rules["phone"] == 2.5 and draft.engagement.silence[0].points == -1.0
    assert draft.model_dump(exclude={"fit", "engagement"}) == MODEL.model_dump(
        exclude={"fit", "engagement"}
    )
    records = [OutcomeRecord(1, {"phone": 1, "fast_reply": 2}), OutcomeRecord(2, {})]
    current = linear_scores(records, MODEL, {})
    fit = 50 / MODEL.fit.max
    assert current == [pytest.approx(fit + 2 * 0.25 * 50 / 30), 0.0]
    assert linear_scores(records, MODEL, {"phone": -1.0})[0] == pytest.approx(
        -fit + 2 * 0.25 * 50 / 30
    )


def test_predictor_probability_and_contributions() -> None:
    predictor = Predictor(-1.0, {"timeline_30": 2.0, "authority_researcher": -1.5, "x": 0.1})
    p = predictor.predict({"timeline_30": 1, "authority_researcher": 1, "phone": 1})
    assert p.probability == pytest.approx(1 / (1 + math.exp(-(-1.0 + 2.0 - 1.5))))
    assert p.contributions == [("timeline_30", 2.0), ("authority_researcher", -1.5)]
    assert Predictor.from_dict(predictor.to_dict()) == predictor
    assert predictor.predict({}).probability == pytest.approx(1 / (1 + math.e))


# --- how much data is enough -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcomes", "won", "need", "need_won", "need_other"),
    [
        (0, 0, 50, 10, 10),
        (30, 5, 20, 5, 0),
        (55, 3, 7, 7, 0),
        (55, 50, 5, 0, 5),
        (49, 20, 1, 0, 0),
    ],
)
def test_shortfall(outcomes: int, won: int, need: int, need_won: int, need_other: int) -> None:
    short = shortfall(outcomes, won, min_outcomes=50)
    assert short is not None
    assert (short.need_outcomes, short.need_won, short.need_other) == (need, need_won, need_other)


def test_no_shortfall_with_enough_of_both() -> None:
    assert shortfall(50, 10, min_outcomes=50) is None


# --- cut-offs that follow the new points -------------------------------------------------------


def test_matching_a_model_to_itself_changes_no_cut_off() -> None:
    from tests.support.synthetic import NOW, generate

    leads = [(lead.facts, lead.events) for lead in generate(300, seed=2)]
    assert match_cutoffs(MODEL, MODEL, leads, NOW) == MODEL
    assert match_cutoffs(MODEL, MODEL, [], NOW) == MODEL


def test_matched_cut_offs_keep_the_share_of_each_grade_level_and_tier() -> None:
    from bot.scoring.engine import score_totals
    from tests.support.synthetic import NOW, generate

    leads = generate(600, seed=4)
    pairs = [(lead.facts, lead.events) for lead in leads]
    # Points that shift everyone: a researcher -6, a date within 30 days +8, a call -2.
    raw = with_points(
        MODEL,
        {"authority_researcher": -6.0, "timeline_30": 8.0, "asks_for_call_or_proposal": -2.0},
    )
    draft = match_cutoffs(MODEL, raw, pairs, NOW)
    assert draft.grades.a > draft.grades.b > draft.grades.c
    assert draft.levels.level1 > draft.levels.level2 > draft.levels.level3
    assert draft.tiers.hot > draft.tiers.warm

    def shares(model):  # type: ignore[no-untyped-def]
        scores = [score_totals(f, e, model, NOW) for f, e in pairs]
        return (
            {g: sum(s.grade == g for s in scores) for g in "ABCD"},
            {lv: sum(s.level == lv for s in scores) for lv in (1, 2, 3, 4)},
            sum(s.sales_ready for s in scores),
        )

    before, after, unmatched = shares(MODEL), shares(draft), shares(raw)
    for old, new in zip(before[0].values(), after[0].values(), strict=True):
        assert abs(old - new) <= 0.05 * len(pairs), (before, after)
    for old, new in zip(before[1].values(), after[1].values(), strict=True):
        assert abs(old - new) <= 0.05 * len(pairs), (before, after)
    assert abs(before[2] - after[2]) <= 0.05 * len(pairs), (before[2], after[2])
    # Without the matching the grades would have moved far more.
    assert abs(before[0]["A"] - unmatched[0]["A"]) > abs(before[0]["A"] - after[0]["A"])
