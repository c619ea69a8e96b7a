"""What outcomes say about the rules: the asset -> opportunity table, and weights from deals.

Pure (no I/O, no clock): the database edge turns stored snapshots into `OutcomeRecord`s and
the statistics here turn those into tables, points and probabilities.

A record is one lead with an outcome (see `bot.services.insights` for which leads): the rules
that had fired when the decision was made (rule id -> firings: 1 for a fit rule, how many
times for an engagement rule), its answers as bands, whether it reached sales and whether it
was won. Every statistic is about the win rate: of the leads that had a feature, how many
were won, against the base rate of all records (the lift), with a Wilson interval.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.scoring.engine import Event, budget_range, score_totals
from bot.scoring.model import CUTOFF, POINTS, ScoringModel

Z95 = 1.959963984540054  # the two-sided 95 % normal quantile
# A rule "contradicts" its sign when its lift is on the wrong side of 1 by more than this, or
# significantly (its interval excludes the base rate).
CONTRADICTION_MARGIN = 0.1

# Facts a snapshot keeps: the deal, never the person (no names, contacts or free text).
SNAPSHOT_FACTS = (
    "need_category", "off_profile", "budget_status", "budget_min", "budget_max",
    "budget_currency", "authority", "timeline_status", "timeline_days", "disqualifier",
    "disqualifier_suspect", "has_brief", "email_corporate",
)  # fmt: skip
# The answers /insights reports, in this order.
DIMENSIONS = ("need", "budget", "authority", "timeline", "source")
BUDGET_BANDS = ((300_000.0, "<300k"), (1_000_000.0, "300k-1m"), (3_000_000.0, "1m-3m"))
TIMELINE_BANDS = ((30.0, "0-30d"), (90.0, "31-90d"), (180.0, "91-180d"))
UNKNOWN = "unknown"


def snapshot_facts(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The deal facts a snapshot stores (see SNAPSHOT_FACTS)."""
    return {k: facts[k] for k in SNAPSHOT_FACTS if facts.get(k) is not None}


def rule_counts(breakdown: Iterable[Mapping[str, Any]]) -> dict[str, list[float]]:
    """A stored score's breakdown -> {rule id: [firings, points]} (what a snapshot keeps)."""
    out: dict[str, list[float]] = {}
    for line in breakdown:
        rule_id = str(line.get("rule_id") or "")
        if not rule_id:
            continue
        entry = out.setdefault(rule_id, [0.0, 0.0])
        entry[0] += 1
        entry[1] += float(line.get("points") or 0.0)
    return out


def firings(rules: Mapping[str, Any]) -> dict[str, float]:
    """Snapshot rules ({id: [firings, points]}) -> features ({id: firings})."""
    out: dict[str, float] = {}
    for rule_id, value in rules.items():
        n = value[0] if isinstance(value, list | tuple) and value else value
        if isinstance(n, int | float) and not isinstance(n, bool) and n > 0:
            out[str(rule_id)] = float(n)
    return out


# --- answers as bands -----------------------------------------------------------------------


def budget_band(facts: Mapping[str, Any], model: ScoringModel) -> str:
    """The script's budget buttons: <300k, 300k-1m, 1m-3m, 3m+ (the range's top, in the base
    currency), "none", or "unknown"."""
    status = facts.get("budget_status")
    if status == "none":
        return "none"
    budget = budget_range(facts, "budget", model)
    if budget is None:
        return UNKNOWN
    top = budget[1]
    for limit, name in BUDGET_BANDS:
        if top < limit:
            return name
    return "3m+"


def timeline_band(facts: Mapping[str, Any]) -> str:
    """0-30d, 31-90d, 91-180d, 181d+, "no_plans", or "unknown"."""
    if facts.get("timeline_status") == "no_plans":
        return "no_plans"
    days = facts.get("timeline_days")
    if isinstance(days, bool) or not isinstance(days, int | float) or not math.isfinite(days):
        return UNKNOWN
    for limit, name in TIMELINE_BANDS:
        if days <= limit:
            return name
    return "181d+"


def answer_values(
    facts: Mapping[str, Any], source: str | None, model: ScoringModel
) -> dict[str, str]:
    """The lead's answers as /insights groups them: need, budget, authority, timeline, source."""
    need = facts.get("need_category")
    authority = facts.get("authority")
    return {
        "need": str(need) if need else UNKNOWN,
        "budget": budget_band(facts, model),
        "authority": str(authority) if authority else UNKNOWN,
        "timeline": timeline_band(facts),
        "source": source or "direct",
    }


# --- the records and the table --------------------------------------------------------------

Outcome = Literal["won", "lost", "rejected", "not_handed_off"]


@dataclass(frozen=True, slots=True)
class OutcomeRecord:
    """One lead (or one sales decision) and what was known when it was decided."""

    lead_id: int
    rules: Mapping[str, float]  # rule id -> firings
    answers: Mapping[str, str] = field(default_factory=dict)  # dimension -> band
    reached_sales: bool = False
    won: bool = False
    outcome: Outcome = "not_handed_off"
    total: float | None = None  # the rule score the decision saw
    tier: str | None = None


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of k successes in n trials (95 % by default).

    Unlike p +- z*sqrt(p(1-p)/n) it stays inside [0, 1] and is not zero-width at 0 of n or
    n of n, which is exactly where small groups of leads sit.
    """
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= k <= n:
        raise ValueError(f"k={k} is not within 0..{n}")
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    # Rounding may leave 1e-17 outside the exact bounds at k=0 or k=n.
    return max(0.0, centre - half), min(1.0, centre + half)


def lift(rate: float | None, base: float | None) -> float | None:
    """rate / base: 2.0 means twice as likely as an average lead; None without a base."""
    if rate is None or base is None or base <= 0:
        return None
    return rate / base


@dataclass(frozen=True, slots=True)
class FeatureStat:
    """One row of the asset -> opportunity table."""

    kind: Literal["rule", "answer"]
    name: str  # a rule id, or "dimension=value"
    n: int  # leads with an outcome that had it
    reached: int  # of them, handed to sales
    won: int  # of them, won
    enough: bool  # n >= the minimum: rates below are worth reading
    rate: float | None  # won / n
    low: float | None  # Wilson 95 % interval of the rate
    high: float | None
    lift: float | None  # rate / base rate
    points: float | None = None  # the rule's points in the model (rules only)

    @property
    def significant(self) -> bool:
        """The interval excludes the base rate: the difference is unlikely to be chance."""
        if self.lift is None or self.low is None or self.high is None or self.rate is None:
            return False
        base = self.rate / self.lift
        return self.low > base or self.high < base


@dataclass(frozen=True, slots=True)
class InsightsTable:
    total: int  # leads with an outcome
    reached: int
    won: int
    base_rate: float | None  # won / total
    rows: list[FeatureStat]
    never_fired: list[str]  # rules of the model no lead with an outcome had
    contradicting: list[FeatureStat]  # rules whose lift has the other sign than their points
    min_n: int


def model_rules(model: ScoringModel) -> dict[str, float]:
    """Every rule id of the model (fit, engagement, silence) -> its points, in model order."""
    out = {r.id: r.points for r in model.fit.rules}
    out.update({r.id: r.points for r in model.engagement.rules})
    out.update({s.id: s.points for s in model.engagement.silence})
    return out


def _stat(
    kind: Literal["rule", "answer"],
    name: str,
    group: Sequence[OutcomeRecord],
    base: float | None,
    min_n: int,
    points: float | None = None,
) -> FeatureStat:
    n = len(group)
    won = sum(r.won for r in group)
    reached = sum(r.reached_sales for r in group)
    enough = n >= min_n
    if n == 0:
        return FeatureStat(kind, name, 0, 0, 0, False, None, None, None, None, points)
    rate = won / n
    low, high = wilson(won, n)
    return FeatureStat(
        kind, name, n, reached, won, enough, rate, low, high, lift(rate, base), points
    )


def _order(stat: FeatureStat) -> tuple[int, float, int, str]:
    # Enough data first, by lift (highest first); then the rest by size.
    if stat.enough and stat.lift is not None:
        return (0, -stat.lift, -stat.n, stat.name)
    return (1, 0.0, -stat.n, stat.name)


def insights_table(
    records: Sequence[OutcomeRecord], model: ScoringModel, min_n: int = 10
) -> InsightsTable:
    """Per rule of `model` and per answer value: n, reached sales, won, rate, 95 % Wilson
    interval and lift over the base rate; sorted by lift, "not enough data" below `min_n`."""
    total = len(records)
    won = sum(r.won for r in records)
    base = won / total if total else None
    rules = model_rules(model)
    by_rule: dict[str, list[OutcomeRecord]] = {rule_id: [] for rule_id in rules}
    by_answer: dict[str, list[OutcomeRecord]] = {}
    for record in records:
        for rule_id, count in record.rules.items():
            if count > 0 and rule_id in by_rule:
                by_rule[rule_id].append(record)
        for dim in DIMENSIONS:
            value = record.answers.get(dim)
            if value is not None:
                by_answer.setdefault(f"{dim}={value}", []).append(record)
    rows = [
        _stat("rule", rule_id, group, base, min_n, rules[rule_id])
        for rule_id, group in by_rule.items()
        if group
    ]
    rows += [_stat("answer", name, group, base, min_n) for name, group in by_answer.items()]
    rows.sort(key=_order)
    never = [rule_id for rule_id, group in by_rule.items() if not group] if total else []
    contradicting = [
        s
        for s in rows
        if s.kind == "rule"
        and s.enough
        and s.lift is not None
        and s.points is not None
        and (
            (s.points > 0 and s.lift < 1 and (s.significant or s.lift < 1 - CONTRADICTION_MARGIN))
            or (
                s.points < 0
                and s.lift > 1
                and (s.significant or s.lift > 1 + CONTRADICTION_MARGIN)
            )
        )
    ]
    contradicting.sort(key=lambda s: not s.significant)  # stable: then by lift as above
    return InsightsTable(
        total, sum(r.reached_sales for r in records), won, base, rows, never, contradicting, min_n
    )


# --- ranking quality ------------------------------------------------------------------------


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Area under the ROC curve: the chance a random won lead scores above a random other
    one (ties count half). None when one of the two classes is empty."""
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        mean_rank = (i + j) / 2 + 1  # average rank of a run of ties, 1-based
        for k in range(i, j + 1):
            ranks[order[k]] = mean_rank
        i = j + 1
    positives = sum(1 for y in labels if y)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return None
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def stratified_folds(labels: Sequence[bool], k: int, seed: int = 0) -> list[list[int]]:
    """Indices split into k folds, each with about the same share of won leads."""
    rnd = random.Random(seed)
    pos = [i for i, y in enumerate(labels) if y]
    neg = [i for i, y in enumerate(labels) if not y]
    rnd.shuffle(pos)
    rnd.shuffle(neg)
    folds: list[list[int]] = [[] for _ in range(k)]
    for n, i in enumerate(pos + neg):
        folds[n % k].append(i)
    return [sorted(f) for f in folds]


# --- features, coefficients and points ------------------------------------------------------


def feature_names(model: ScoringModel) -> list[str]:
    """The rules a fit may re-weight: every rule but the disqualifying ones (a hard "not a
    client" is a decision, not a weight)."""
    return [r for r in model_rules(model) if r not in _disqualifying(model)]


def _disqualifying(model: ScoringModel) -> set[str]:
    return {r.id for r in model.fit.rules if r.disqualifies}


def feature_matrix(
    records: Sequence[OutcomeRecord], names: Sequence[str]
) -> tuple[list[list[float]], list[int]]:
    """Rows of firings per feature (in `names` order) and the labels (1 = won)."""
    rows = [[float(r.rules.get(name, 0.0)) for name in names] for r in records]
    return rows, [int(r.won) for r in records]


def usable_features(
    records: Sequence[OutcomeRecord], names: Sequence[str], min_support: int
) -> tuple[list[str], list[str]]:
    """(features to fit, features kept as they are): a feature is fitted when at least
    `min_support` records have it and at least `min_support` do not (a rule every lead has
    says nothing about which of them win)."""
    fitted, kept = [], []
    for name in names:
        having = sum(1 for r in records if r.rules.get(name, 0) > 0)
        if having >= min_support and len(records) - having >= min_support:
            fitted.append(name)
        else:
            kept.append(name)
    return fitted, kept


def axis_scale(model: ScoringModel) -> dict[str, float]:
    """Rule id -> total points (of 100) one point of the rule is worth: weight / axis max."""
    fit = model.fit.weight / model.fit.max
    eng = model.engagement.weight / model.engagement.max
    out = {r.id: fit for r in model.fit.rules}
    out.update({r.id: eng for r in model.engagement.rules})
    out.update({s.id: eng for s in model.engagement.silence})
    return out


def round_points(value: float) -> float:
    """To quarters below 2 points, halves above: what a person would type in /set."""
    step = 0.25 if abs(value) < 2 else 0.5
    rounded = round(value / step) * step
    return max(-POINTS, min(POINTS, rounded)) + 0.0  # + 0.0: no "-0"


def coef_to_points(model: ScoringModel, coefs: Mapping[str, float]) -> dict[str, float]:
    """Logistic coefficients (log-odds per firing) -> rule points on the model's scale.

    A rule's weight in the total is its points x weight / axis max (`axis_scale`); the new
    weights are proportional to the coefficients, with the factor that keeps the fitted rules'
    combined absolute weight in the total what it is now. So the model keeps its scale (tiers,
    grades and levels stay meaningful) and only the balance between the rules moves.
    """
    scale = axis_scale(model)
    current = model_rules(model)
    names = [n for n in coefs if n in current]
    mass_now = math.fsum(abs(current[n]) * scale[n] for n in names)
    mass_coef = math.fsum(abs(coefs[n]) for n in names)
    if mass_coef == 0:
        return {n: round_points(current[n]) for n in names}
    if mass_now == 0:  # every fitted rule is worth 0 now: one logit = one fit point
        mass_now = mass_coef * scale[names[0]]
    factor = mass_now / mass_coef
    return {n: round_points(coefs[n] * factor / scale[n]) for n in names}


def linear_scores(
    records: Sequence[OutcomeRecord], model: ScoringModel, points: Mapping[str, float]
) -> list[float]:
    """Each record's rule score on the total's scale: sum of firings x points x axis scale.
    Axis caps and the 0..100 clamp are left out: this ranks, it does not tier."""
    scale = axis_scale(model)
    current = model_rules(model)
    weights = {
        name: points.get(name, current[name]) * scale[name]
        for name in feature_names(model)
        if name in scale
    }
    return [
        math.fsum(count * weights.get(name, 0.0) for name, count in r.rules.items())
        for r in records
    ]


def with_points(model: ScoringModel, points: Mapping[str, float]) -> ScoringModel:
    """A copy of `model` with these rule points (unknown ids are ignored)."""
    body = model.model_dump(mode="json")
    eng = body["engagement"]
    for section in (body["fit"]["rules"], eng["rules"], eng["silence"]):
        for rule in section:
            if rule["id"] in points:
                rule["points"] = float(points[rule["id"]])
    return ScoringModel.model_validate(body)


def _matched(old: Sequence[float], new: Sequence[float], cut: float, step: float = 0.25) -> float:
    """The cut-off on `new` that leaves as many values at or above it as `cut` leaves of `old`:
    on a `step` grid when one fits between the neighbours, else rounded down to 0.01."""
    above = sum(1 for v in old if v >= cut)
    ordered = sorted(new, reverse=True)
    if above == 0:  # nobody reaches it today: nobody should tomorrow
        return max(cut, (math.floor(ordered[0] / step) + 1) * step)
    if above == len(old):  # everybody does
        return min(cut, math.floor(ordered[-1] / step) * step)
    lowest_in, highest_out = ordered[above - 1], ordered[above]
    if highest_out < cut <= lowest_in:  # today's cut-off still does it
        return cut
    if lowest_in == highest_out:
        # A tie across the boundary (many totals clamped at 0, say): all of it in or all of
        # it out, whichever leaves the count closer to today's.
        tie = lowest_in
        with_tie = sum(1 for v in new if v >= tie)
        without = sum(1 for v in new if v > tie)
        if with_tie - above <= above - without:
            return tie
        return (
            (math.floor(tie / step) + 1) * step
            if without == 0
            else _between(min(v for v in new if v > tie), tie, step)
        )
    return _between(lowest_in, highest_out, step)


def _between(lowest_in: float, highest_out: float, step: float) -> float:
    """A cut-off that keeps `lowest_in` and drops `highest_out`: a `step` multiple if one
    fits, else `lowest_in` rounded down to 0.01 (or as it is)."""
    candidate = (math.floor(highest_out / step) + 1) * step
    if candidate <= lowest_in:
        return candidate
    rounded = math.floor(lowest_in * 100) / 100
    return rounded if rounded > highest_out else lowest_in


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _descending(values: list[float], gap: float = 0.25) -> list[float]:
    """Strictly decreasing, as cut-off triples must be (a > b > c)."""
    for i in range(1, len(values)):
        values[i] = min(values[i], values[i - 1] - gap)
    return values


def match_cutoffs(
    current: ScoringModel,
    draft: ScoringModel,
    leads: Sequence[tuple[Mapping[str, Any], Sequence[Event]]],
    now: Any,
) -> ScoringModel:
    """`draft` with its grade, level, tier and disqualification cut-offs moved so that, over
    these leads, as many reach each of them as reach it under `current`.

    Re-weighted rules shift every lead's points; without this, a draft whose new weights are
    better at ranking would still send nobody (or everybody) to sales. With it, the share of
    A/B/C grades, of each engagement level and of hot and warm leads stays what it is today,
    and the dry-run shows which leads trade places.
    """
    if not leads:
        return draft
    old = [score_totals(f, e, current, now) for f, e in leads]
    new = [score_totals(f, e, draft, now) for f, e in leads]
    old_fit, new_fit = [s.fit for s in old], [s.fit for s in new]
    old_eng, new_eng = [s.engagement for s in old], [s.engagement for s in new]
    old_total, new_total = [s.total for s in old], [s.total for s in new]
    g, lv, t = current.grades, current.levels, current.tiers
    a, b, c = _descending([_matched(old_fit, new_fit, x) for x in (g.a, g.b, g.c)])
    l1, l2, l3 = _descending([_matched(old_eng, new_eng, x) for x in (lv.level1, lv.level2,
                                                                       lv.level3)])  # fmt: skip
    hot, warm = _descending([_matched(old_total, new_total, x) for x in (t.hot, t.warm)])
    body = draft.model_dump(mode="json")
    body["grades"] = {"a": a, "b": b, "c": c}
    body["levels"] = {"level1": l1, "level2": l2, "level3": l3}
    body["tiers"]["hot"] = _clamp(hot, 0.25, 100.0)
    body["tiers"]["warm"] = _clamp(min(warm, body["tiers"]["hot"] - 0.25), 0.0, 100.0)
    if t.disqualify_below is not None:
        # "below": as many under the new cut-off as under the old one
        body["tiers"]["disqualify_below"] = _matched(old_fit, new_fit, t.disqualify_below)
    for section, keys in (("grades", ("a", "b", "c")), ("levels", ("level1", "level2", "level3"))):
        for key in keys:
            body[section][key] = _clamp(body[section][key], -CUTOFF, CUTOFF)
    return ScoringModel.model_validate(body)


# --- the probability on the card --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prediction:
    probability: float
    # (rule id, log-odds it adds), the largest first
    contributions: list[tuple[str, float]]


@dataclass(frozen=True, slots=True)
class Predictor:
    """p(won) = 1 / (1 + exp(-(intercept + sum of coefficient x firings)))."""

    intercept: float
    coef: dict[str, float]

    def predict(self, rules: Mapping[str, float]) -> Prediction:
        parts = [
            (name, self.coef[name] * count)
            for name, count in rules.items()
            if count and self.coef.get(name)
        ]
        z = self.intercept + math.fsum(v for _, v in parts)
        z = max(-50.0, min(50.0, z))
        parts.sort(key=lambda item: (-abs(item[1]), item[0]))
        return Prediction(1 / (1 + math.exp(-z)), parts)

    def to_dict(self) -> dict[str, Any]:
        return {"intercept": self.intercept, "coef": dict(self.coef)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Predictor:
        coef = {str(k): float(v) for k, v in (data.get("coef") or {}).items()}
        return cls(float(data.get("intercept") or 0.0), coef)


# --- how much data is enough ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shortfall:
    """What is missing before a fit is worth anything."""

    outcomes: int
    won: int
    need_outcomes: int  # more decisions needed
    need_won: int  # more won deals needed
    need_other: int  # more lost / rejected needed


def shortfall(
    outcomes: int, won: int, min_outcomes: int, min_per_class: int = 10
) -> Shortfall | None:
    """None when there are enough decisions and enough of each kind; else what is missing."""
    other = outcomes - won
    need_won = max(0, min_per_class - won)
    need_other = max(0, min_per_class - other)
    need = max(0, min_outcomes - outcomes, need_won + need_other)
    if need == 0 and need_won == 0 and need_other == 0:
        return None
    return Shortfall(outcomes, won, need, need_won, need_other)
