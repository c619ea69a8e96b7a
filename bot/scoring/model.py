"""The scoring model: every weight, cap, cut-off and threshold as validated data.

Every number is bounded, so a model that validates can always be scored: sums of points stay
far from float overflow and decay factors stay finite. The limits (generous next to the
shipped model):

  points of a rule (fit, engagement, silence)      -100 .. 100
  fit.max, engagement.max                          0.01 .. 1000
  qualified_above, grade and level cut-offs,       -1000 .. 1000 (fit / engagement points)
  tiers.disqualify_below
  tiers.hot / warm, weights                        0 .. 100 (the total)
  half_life_days, silence days                     0.01 .. 3650 days / > 0 .. 3650 days
  max_count, max_per_day                           0 .. 10000
  currency rates                                   1e-6 .. 1e6 (base currency per unit)
  condition min / max / numeric values             -1e12 .. 1e12
  recycle_fraction                                 0 .. 1

A body is also limited in shape before it is validated (MAX_MODEL_DEPTH levels of nesting,
MAX_MODEL_NODES values), so a crafted import is refused with a message, not a RecursionError.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot import datafile
from bot.datafile import DataFileError

POINTS = 100.0
CUTOFF = 1000.0
AXIS_MAX = 1000.0
MAX_DAYS = 3650.0
MAX_CAP = 10_000
MIN_RATE, MAX_RATE = 1e-6, 1e6
BOUND = 1e12  # condition bounds and numeric values: budgets in the base currency, days...
MAX_MODEL_DEPTH = 16  # the shipped model nests 7 deep (fit.rules[i].all_of[j].values[k])
MAX_MODEL_NODES = 20_000  # values in the body; the shipped model has a few hundred

Number = Annotated[float, Field(ge=-BOUND, le=BOUND, allow_inf_nan=False)]
Points = Annotated[float, Field(ge=-POINTS, le=POINTS, allow_inf_nan=False)]
Cutoff = Annotated[float, Field(ge=-CUTOFF, le=CUTOFF, allow_inf_nan=False)]
Scalar = bool | Number | str
Test = Literal["present", "absent", "equals", "in", "range", "budget", "budget_below"]

_CELL = re.compile(r"^[ABCD][1-4]$")


class ModelError(DataFileError):
    """A scoring model (or an edit of one) is invalid; the message names the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    """One test on a fact (fit rules) or on an event's data key (engagement rules).

    present/absent: the value is given and non-empty (or not); equals/in: the value equals
    `value` / one of `values`; range: numeric value within [min, max].

    budget: the prospect's range (`<key>_min`..`<key>_max`, converted to the base currency;
    "up to X" is 0..X, "from X" and one amount are the point X) overlaps [min, max],
    which default to the model's `deal` range. Overlap means a stretch of positive length in
    common, or a single amount inside: "up to 300k" does not fit a 300k minimum deal, "300k"
    and "about 300k" do, and a big budget fits when `deal.max` is unset.
    budget_below: the prospect's whole range is below `min` (default `deal.min`).
    """

    key: str = Field(min_length=1)
    test: Test = "present"
    value: Scalar | None = None
    values: list[Scalar] = Field(default_factory=list)
    min: Number | None = None
    max: Number | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.test == "equals" and self.value is None:
            raise ValueError("test 'equals' needs a value")
        if self.test == "in" and not self.values:
            raise ValueError("test 'in' needs non-empty values")
        if self.test == "range":
            if self.min is None and self.max is None:
                raise ValueError(f"test '{self.test}' needs min or max")
            if self.min is not None and self.max is not None and self.min > self.max:
                raise ValueError("min must not exceed max")
        for bound in (self.min, self.max):
            if bound is not None and not math.isfinite(bound):
                raise ValueError("min/max must be finite")
        return self


class _Rule(_Strict):
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_\-]+$")
    points: Points
    reason: str = Field(min_length=1)
    product: str | None = None


class FitRule(_Rule):
    """Facts -> points; fires at most once; all conditions must hold."""

    all_of: list[Condition] = Field(min_length=1)
    disqualifies: bool = False


class EngagementRule(_Rule):
    """Events of one kind (whose data pass `where`) -> points, with caps and decay."""

    event: str = Field(min_length=1)
    # A cap group (engagement.caps): the positive points of all its rules together never
    # exceed that cap, e.g. passive behaviour (fast, long answers) can't make a lead engaged.
    cap: str | None = None
    where: list[Condition] = Field(default_factory=list)
    max_count: int | None = Field(default=None, ge=0, le=MAX_CAP)
    max_per_day: int | None = Field(default=None, ge=0, le=MAX_CAP)
    decay_group: str = "none"
    # A later event of one of these kinds cancels the firing (unsubscribed / resubscribed).
    cancelled_by: list[str] = Field(default_factory=list)


class SilenceRule(_Strict):
    """Negative points when no activity event happened for at least `days` before now."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_\-]+$")
    days: float = Field(gt=0, le=MAX_DAYS, allow_inf_nan=False)
    points: Points
    reason: str = Field(min_length=1)
    activity: list[str] = Field(min_length=1)


class DecayGroup(_Strict):
    half_life_days: float = Field(ge=0.01, le=MAX_DAYS, allow_inf_nan=False)


class FitAxis(_Strict):
    max: float = Field(ge=0.01, le=AXIS_MAX, allow_inf_nan=False)
    weight: float = Field(default=50.0, ge=0, le=100, allow_inf_nan=False)
    qualified_above: Cutoff = 6.0
    rules: list[FitRule] = Field(default_factory=list)


class EngagementAxis(_Strict):
    max: float = Field(ge=0.01, le=AXIS_MAX, allow_inf_nan=False)
    weight: float = Field(default=50.0, ge=0, le=100, allow_inf_nan=False)
    caps: dict[str, float] = Field(default_factory=dict)
    rules: list[EngagementRule] = Field(default_factory=list)
    silence: list[SilenceRule] = Field(default_factory=list)


class Deal(_Strict):
    """The deals the company takes, in the base currency: budget rules compare with this."""

    min: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    max: float | None = Field(default=None, gt=0, allow_inf_nan=False)


class Evidence(_Strict):
    """What a lead must have told us, besides a sales-ready cell, before it goes to sales.

    need: a need understood (a category other than "other", not off-profile); bant_min: at
    least this many of budget, authority and timeline understood (an answer, even "no
    budget", not "I don't know"); contact: a phone or an e-mail. All off by default, so a
    model written before this rule existed keeps working as it did.

    positive: bant_min counts only answers that speak for a deal: a budget that fits the deal
    range, a say in the decision (decides or influences), a start within
    ``start_within_days``. "No budget", "just researching" and "some day next year" are
    answers, but no evidence of a buyer. An engagement rule worth ``intent_points`` or more
    ("ready to talk", asks for a call: the seed's critical class) counts as a start now,
    whatever the timeline answer said before.

    budget_none: a lead that said it has no budget at all ("бюджета нет вообще", "for free",
    barter) does not go to sales, whatever else it said: a say and a date are no deal without
    money. "Not decided yet" is unknown, not "none", and does not block.
    """

    need: bool = False
    #: with ``need``: the categories that count (empty: any but "other"); a design-only or
    #: an SMM request is understood, but no task we sell
    needs: tuple[str, ...] = ()
    bant_min: int = Field(default=0, ge=0, le=3)
    contact: bool = False
    budget_none: bool = False
    positive: bool = False
    start_within_days: float = Field(default=90.0, ge=0, le=3650, allow_inf_nan=False)
    intent_points: float = Field(default=10.0, gt=0, allow_inf_nan=False)


class GradeCutoffs(_Strict):
    """Fit >= a -> A, >= b -> B, >= c -> C, else D."""

    a: Cutoff = 7.0
    b: Cutoff = 4.0
    c: Cutoff = 1.0

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.a > self.b > self.c:
            raise ValueError("grade cut-offs must be strictly ordered: a > b > c")
        return self


class LevelCutoffs(_Strict):
    """Engagement >= level1 -> 1 (most engaged), >= level2 -> 2, >= level3 -> 3, else 4."""

    level1: Cutoff = 8.0
    level2: Cutoff = 5.0
    level3: Cutoff = 2.0

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.level1 > self.level2 > self.level3:
            raise ValueError("level cut-offs must be strictly ordered: level1 > level2 > level3")
        return self


class TierThresholds(_Strict):
    hot: float = Field(default=75.0, ge=0, le=100)
    warm: float = Field(default=35.0, ge=0, le=100)
    disqualify_below: Cutoff | None = None  # on the fit axis

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.hot > self.warm:
            raise ValueError("tier thresholds must be strictly ordered: hot > warm")
        return self


class ScoringModel(_Strict):
    """A complete, validated scoring model. `version` is the stored row id (0 = unsaved)."""

    version: int = Field(default=0, ge=0)
    # The language of the reasons the engine adds (decay, caps, budgets); rule reasons are
    # written in the team's language by whoever edits the model.
    language: Literal["ru", "en"] = "en"
    base_currency: str = "RUB"
    currency_rates: dict[str, float] = Field(
        default_factory=lambda: {"RUB": 1.0, "USD": 90.0, "EUR": 100.0}
    )
    fit: FitAxis
    engagement: EngagementAxis
    deal: Deal = Field(default_factory=Deal)
    evidence: Evidence = Field(default_factory=Evidence)
    decay_groups: dict[str, DecayGroup] = Field(default_factory=dict)
    recycle_fraction: float = Field(default=0.0, ge=0, le=1)
    # Sales returned the lead to nurture ("not now"): it goes back only with new engagement
    # at this level or better, whatever its grade (4: no extra condition).
    recycled_min_level: int = Field(default=4, ge=1, le=4)
    grades: GradeCutoffs = Field(default_factory=GradeCutoffs)
    levels: LevelCutoffs = Field(default_factory=LevelCutoffs)
    tiers: TierThresholds = Field(default_factory=TierThresholds)
    sales_ready_cells: list[str] = Field(
        default_factory=lambda: ["A1", "A2", "A3", "B1", "B2", "C1"]
    )

    @model_validator(mode="after")
    def _check(self) -> Self:
        for currency, rate in self.currency_rates.items():
            if not (math.isfinite(rate) and MIN_RATE <= rate <= MAX_RATE):
                raise ValueError(
                    f"currency_rates.{currency} must be a number from {MIN_RATE:g} to {MAX_RATE:g}"
                )
        if self.base_currency not in self.currency_rates:
            raise ValueError(f"base_currency {self.base_currency!r} missing in currency_rates")
        for cell in self.sales_ready_cells:
            if not _CELL.match(cell):
                raise ValueError(f"sales_ready_cells: {cell!r} is not a cell like 'A1'")
        if self.fit.weight + self.engagement.weight > 100:
            raise ValueError("fit.weight + engagement.weight must not exceed 100")
        seen: set[str] = set()
        ids = [r.id for r in self.fit.rules] + [r.id for r in self.engagement.rules]
        ids += [r.id for r in self.engagement.silence]
        for rule_id in ids:
            if rule_id in seen:
                raise ValueError(f"duplicate rule id {rule_id!r}")
            seen.add(rule_id)
        for rule in self.engagement.rules:
            if rule.decay_group != "none" and rule.decay_group not in self.decay_groups:
                raise ValueError(
                    f"engagement.rules.{rule.id}.decay_group: unknown group {rule.decay_group!r}"
                )
            if rule.cap is not None and rule.cap not in self.engagement.caps:
                raise ValueError(f"engagement.rules.{rule.id}.cap: unknown cap {rule.cap!r}")
        for name, cap in self.engagement.caps.items():
            if not (math.isfinite(cap) and cap >= 0):
                raise ValueError(f"engagement.caps.{name} must be a number >= 0")
        if (
            self.deal.min is not None
            and self.deal.max is not None
            and self.deal.min > self.deal.max
        ):
            raise ValueError("deal.min must not exceed deal.max")
        return self


def check_shape(data: Any) -> None:
    """Refuse a body nested deeper than MAX_MODEL_DEPTH or with more than MAX_MODEL_NODES
    values. Iterative: it must not recurse into what it is there to refuse."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > MAX_MODEL_NODES:
            raise ModelError(f"the model is too large: more than {MAX_MODEL_NODES} values")
        if isinstance(node, dict | list):
            if depth > MAX_MODEL_DEPTH:
                raise ModelError(f"the model is nested deeper than {MAX_MODEL_DEPTH} levels")
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)


def load_model(data: dict[str, Any], source: str = "model") -> ScoringModel:
    """Validate a model body; errors become ModelError("<source>: field.path: message").

    The body's shape is checked first (check_shape): validation and error reporting walk
    it recursively.
    """
    check_shape(data)
    return datafile.parse(ScoringModel, data, source=source, error=ModelError)


def load_default_model() -> ScoringModel:
    """The shipped default model (bot/scoring/default_model.toml)."""
    return datafile.load(
        ScoringModel, None, package="bot.scoring", resource="default_model.toml", error=ModelError
    )
