"""score(facts, events, model, now) -> Score: a pure, explainable, exactly-decaying scorer."""

from __future__ import annotations

import json
import math
import weakref
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from bot.scoring.model import Condition, EngagementRule, FitRule, ScoringModel, SilenceRule

Axis = Literal["fit", "engagement"]
_DAY = 86400.0
RECYCLE_KIND = "recycled"


@dataclass(frozen=True, slots=True)
class Event:
    """A behaviour event: what happened (kind), when (tz-aware UTC) and details."""

    kind: str
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of a breakdown: a rule that fired, its (final) points and the fact behind it."""

    rule_id: str
    axis: Axis
    points: float
    reason: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "axis": self.axis,
            "points": self.points,
            "reason": self.reason,
            "source": self.source,
        }


@dataclass(frozen=True)
class Score:
    """The result of scoring. Breakdown points of each axis sum (math.fsum) to that axis."""

    fit: float
    engagement: float
    grade: str
    level: int
    cell: str
    total: float
    tier: str
    sales_ready: bool
    model_version: int
    breakdown: tuple[Reason, ...] = ()
    by_product: dict[str, float] = field(default_factory=dict)
    qualified: bool = False
    # What the model's evidence rule found missing ("need", "bant", "contact"): a lead with
    # a sales-ready cell but missing evidence is not sales-ready.
    evidence_missing: tuple[str, ...] = ()
    # The prospect's budget overlaps the model's deal range (None: no amount given).
    budget_fits: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (the cached score stored on the lead)."""
        return {
            "fit": self.fit,
            "engagement": self.engagement,
            "grade": self.grade,
            "level": self.level,
            "cell": self.cell,
            "total": self.total,
            "tier": self.tier,
            "sales_ready": self.sales_ready,
            "model_version": self.model_version,
            "qualified": self.qualified,
            "by_product": dict(self.by_product),
            "evidence_missing": list(self.evidence_missing),
            "budget_fits": self.budget_fits,
            "breakdown": [r.to_dict() for r in self.breakdown],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Score:
        """The inverse of to_dict."""
        return cls(
            fit=float(d["fit"]),
            engagement=float(d["engagement"]),
            grade=str(d["grade"]),
            level=int(d["level"]),
            cell=str(d["cell"]),
            total=float(d["total"]),
            tier=str(d["tier"]),
            sales_ready=bool(d["sales_ready"]),
            model_version=int(d["model_version"]),
            qualified=bool(d.get("qualified", False)),
            by_product={str(k): float(v) for k, v in (d.get("by_product") or {}).items()},
            evidence_missing=tuple(str(m) for m in d.get("evidence_missing") or ()),
            budget_fits=d.get("budget_fits"),
            breakdown=tuple(
                Reason(
                    rule_id=str(r["rule_id"]),
                    axis=r["axis"],
                    points=float(r["points"]),
                    reason=str(r["reason"]),
                    source=str(r["source"]),
                )
                for r in d.get("breakdown") or ()
            ),
        )


# ------------------------------------------------------------------ compiled model

Check = Callable[[Mapping[str, Any]], bool]


def _present(v: Any) -> bool:
    if v is None:
        return False
    if isinstance(v, str):
        return bool(v.strip())
    if isinstance(v, list | tuple | dict | set):
        return bool(v)
    return True


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int | float):
        return float(v) if math.isfinite(v) else None
    if isinstance(v, str):
        try:
            f = float(v.strip().replace(" ", "").replace(",", "."))
        except ValueError:
            return None
        return f if math.isfinite(f) else None
    return None


def _same(v: Any, want: Any) -> bool:
    # Type-aware equality: True must not match 1, "1" must not match 1.0.
    if isinstance(want, bool):
        return v is want or (isinstance(v, bool) and v == want)
    if isinstance(want, str):
        return isinstance(v, str) and v == want
    return not isinstance(v, bool) and isinstance(v, int | float) and v == want


def _budget_range(
    facts: Mapping[str, Any], key: str, model: ScoringModel
) -> tuple[float, float] | None:
    """The prospect's budget as (low, high) in the base currency; None when not an amount.

    "Up to X" is (0, X); a single amount and "from X" are (X, X): "from X" promises X, not
    more, so "от 150к" does not fit a 300k minimum.
    """
    lo, hi = _number(facts.get(f"{key}_min")), _number(facts.get(f"{key}_max"))
    if lo is None and hi is None:
        return None
    currency = facts.get(f"{key}_currency") or model.base_currency
    rate = model.currency_rates.get(str(currency).upper())
    if rate is None:
        return None
    factor = rate / model.currency_rates[model.base_currency]
    low = 0.0 if lo is None else lo * factor
    high = low if hi is None else hi * factor
    return (low, high) if low <= high else (high, low)


budget_range = _budget_range  # public: /insights bands budgets the same way


def _overlaps(budget: tuple[float, float], lo: float, hi: float) -> bool:
    """A stretch of positive length in common, or a single amount inside [lo, hi]."""
    low, high = budget
    if low == high:
        return lo <= low <= hi
    return min(high, hi) - max(low, lo) > 0


def _below(budget: tuple[float, float], lo: float) -> bool:
    """The whole range is under `lo` ("up to lo" counts as under: it does not reach past it)."""
    low, high = budget
    return high < lo or (high == lo and low < high)


def _compile_condition(cond: Condition, model: ScoringModel) -> Check:
    key, lo, hi = cond.key, cond.min, cond.max
    lo_f = -math.inf if lo is None else lo
    hi_f = math.inf if hi is None else hi
    match cond.test:
        case "present":
            return lambda m: _present(m.get(key))
        case "absent":
            return lambda m: not _present(m.get(key))
        case "equals":
            want = cond.value
            return lambda m: _same(m.get(key), want)
        case "in":
            wants = tuple(cond.values)
            return lambda m: any(_same(m.get(key), w) for w in wants)
        case "range":

            def in_range(m: Mapping[str, Any]) -> bool:
                n = _number(m.get(key))
                return n is not None and lo_f <= n <= hi_f

            return in_range
        case "budget":
            deal_lo = lo if lo is not None else (model.deal.min or 0.0)
            deal_hi = hi if hi is not None else (model.deal.max or math.inf)

            def budget(m: Mapping[str, Any]) -> bool:
                b = _budget_range(m, key, model)
                return b is not None and _overlaps(b, deal_lo, deal_hi)

            return budget
        case "budget_below":
            floor = lo if lo is not None else model.deal.min

            def budget_below(m: Mapping[str, Any]) -> bool:
                b = _budget_range(m, key, model)
                return floor is not None and b is not None and _below(b, floor)

            return budget_below
    raise AssertionError(cond.test)  # pragma: no cover - Literal is exhaustive


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda m: True
    if len(checks) == 1:
        return checks[0]
    return lambda m: all(c(m) for c in checks)


def _used_keys(conds: Sequence[Condition]) -> tuple[str, ...]:
    keys: list[str] = []
    for c in conds:
        if c.test in ("budget", "budget_below"):
            keys += [f"{c.key}_min", f"{c.key}_max", f"{c.key}_currency"]
        else:
            keys.append(c.key)
    return tuple(dict.fromkeys(keys))


@dataclass(slots=True)
class _CFit:
    rule: FitRule
    check: Check
    keys: tuple[str, ...]
    budget_key: str | None


@dataclass(slots=True)
class _CEng:
    index: int
    rule: EngagementRule
    check: Check
    keys: tuple[str, ...]
    rate: float  # decay: factor = 0.5 ** (age_seconds * rate); 0 = no decay
    cancelled_by: tuple[str, ...]


@dataclass(slots=True)
class _Compiled:
    fit: list[_CFit]
    rules: list[EngagementRule]  # by index
    rules_compiled: list[_CEng]  # by index
    by_kind: dict[str, list[_CEng]]
    n_eng: int
    cancel_kinds: frozenset[str]
    silence: list[tuple[SilenceRule, frozenset[str]]]
    activity: frozenset[str]
    products: dict[str, str]
    cells: frozenset[str]


def _compile(model: ScoringModel) -> _Compiled:
    fit = []
    for rule in model.fit.rules:
        budget = next((c.key for c in rule.all_of if c.test in ("budget", "budget_below")), None)
        checks = [_compile_condition(c, model) for c in rule.all_of]
        fit.append(_CFit(rule, _all(checks), _used_keys(rule.all_of), budget))
    by_kind: dict[str, list[_CEng]] = {}
    rules_compiled: list[_CEng] = []
    cancel: set[str] = set()
    for i, erule in enumerate(model.engagement.rules):
        group = model.decay_groups.get(erule.decay_group)
        rate = 0.0 if group is None else 1.0 / (group.half_life_days * _DAY)
        checks = [_compile_condition(c, model) for c in erule.where]
        compiled = _CEng(
            i, erule, _all(checks), _used_keys(erule.where), rate, tuple(erule.cancelled_by)
        )
        by_kind.setdefault(erule.event, []).append(compiled)
        rules_compiled.append(compiled)
        cancel.update(erule.cancelled_by)
    silence = [(s, frozenset(s.activity)) for s in model.engagement.silence]
    activity = frozenset(k for _, kinds in silence for k in kinds)
    products = {
        r.id: r.product
        for r in [*model.fit.rules, *model.engagement.rules]
        if r.product is not None
    }
    return _Compiled(
        fit,
        list(model.engagement.rules),
        rules_compiled,
        by_kind,
        len(model.engagement.rules),
        frozenset(cancel),
        silence,
        activity,
        products,
        frozenset(model.sales_ready_cells),
    )


# id(model) -> (weak reference, compiled rules). Kept outside the model so that equal models
# stay equal and model_copy() never carries stale rules.
_CACHE: dict[int, tuple[weakref.ref[ScoringModel], _Compiled]] = {}


def compiled(model: ScoringModel) -> _Compiled:
    """The model's rules compiled once per model object."""
    key = id(model)
    entry = _CACHE.get(key)
    if entry is not None and entry[0]() is model:
        return entry[1]
    result = _compile(model)
    cache = _CACHE  # bound locally: the callback may run at interpreter shutdown
    cache[key] = (weakref.ref(model, lambda _ref: cache.pop(key, None)), result)
    return result


# ------------------------------------------------------------------ scoring


def _ts(at: datetime) -> float:
    if at.tzinfo is None:  # SQLite hands back naive datetimes; they are UTC by convention
        at = at.replace(tzinfo=UTC)
    return at.timestamp()


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _fmt(v: Any) -> str:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def _kv(m: Mapping[str, Any], keys: Iterable[str]) -> str:
    return " ".join(f"{k}={_fmt(m[k])}" for k in keys if m.get(k) is not None)


def _cap(points: list[float], limit: float) -> set[int]:
    """Cut positive points from the last line backwards until the axis sum is <= limit."""
    excess = math.fsum(points) - limit
    capped: set[int] = set()
    i = len(points) - 1
    while excess > 0 and i >= 0:
        if points[i] > 0:
            cut = min(points[i], excess)
            points[i] -= cut
            excess -= cut
            capped.add(i)
        i -= 1
    return capped


def _sort_key(e: tuple[float, Event]) -> tuple[float, str]:
    return (e[0], e[1].kind)


def _data_key(e: tuple[float, Event]) -> str:
    return json.dumps(e[1].data, sort_keys=True, default=str)


def _ordered(events: Sequence[Event], now_ts: float) -> list[tuple[float, Event]]:
    """Events up to now in a canonical order (time, kind, data): input order never matters."""
    items = [(t, e) for e in events if (t := _ts(e.at)) <= now_ts]
    items.sort(key=_sort_key)
    i, n = 0, len(items)
    while i < n - 1:  # ties on (time, kind) are rare; order them by their data
        j = i + 1
        while j < n and _sort_key(items[j]) == _sort_key(items[i]):
            j += 1
        if j - i > 1:
            items[i:j] = sorted(items[i:j], key=_data_key)
        i = j
    return items


def _fraction(e: Event, default: float) -> float:
    f = _number(e.data.get("fraction")) if e.data else None
    return f if f is not None and 0.0 <= f <= 1.0 else default


def _grade(fit: float, model: ScoringModel) -> str:
    g = model.grades
    return "A" if fit >= g.a else "B" if fit >= g.b else "C" if fit >= g.c else "D"


def _level(eng: float, model: ScoringModel) -> int:
    lv = model.levels
    return 1 if eng >= lv.level1 else 2 if eng >= lv.level2 else 3 if eng >= lv.level3 else 4


def _part(value: float, axis_max: float, weight: float) -> float:
    return weight * min(max(value / axis_max, 0.0), 1.0)


# ------------------------------------------------------------------ engagement state
#
# The engagement axis is a fold over the lead's events in time order. `EngagementState` is
# that fold's result: the lines that counted (each rule within its caps), the counters the
# caps need, when each cancelling kind last happened and when the lead was last active. It is
# small (bounded by the rules' max_count) and JSON-able, so it is stored with the lead: a new
# event folds in O(1) instead of re-reading the whole history, and `finish` turns the state
# into a Score at any `now` (decay, cap groups and the axis cap are applied there). The full
# recompute is the same fold from an empty state: both paths run the same code.

# Events of one kind a lead keeps at most: a flood cannot make rescoring slower.
MAX_EVENTS_PER_KIND = 200


@dataclass
class EngagementState:
    """The fold of a lead's events under one model version (see the comment above)."""

    model_version: int
    # Lines in time order: ["f", rule index, t, {data the rule reads}] for a counted firing,
    # ["r", t, fraction, reason] for a recycle (engagement before it counts x fraction).
    lines: list[list[Any]] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)  # per rule, this epoch
    days: dict[int, list[int]] = field(default_factory=dict)  # rule -> [day number, count]
    last_cancel: dict[str, float] = field(default_factory=dict)
    last_activity: dict[str, float] = field(default_factory=dict)  # silence rule id -> t
    kinds: dict[str, int] = field(default_factory=dict)  # events kept per kind
    last_key: list[Any] | None = None  # canonical key of the latest event folded

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": self.model_version,
            "lines": self.lines,
            "counts": self.counts,
            "days": {str(k): v for k, v in self.days.items()},
            "cancel": self.last_cancel,
            "activity": self.last_activity,
            "kinds": self.kinds,
            "last": self.last_key,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EngagementState:
        return cls(
            model_version=int(d["v"]),
            lines=[list(line) for line in d.get("lines", [])],
            counts=[int(n) for n in d.get("counts", [])],
            days={int(k): [int(a), int(b)] for k, (a, b) in (d.get("days") or {}).items()},
            last_cancel={str(k): float(v) for k, v in (d.get("cancel") or {}).items()},
            last_activity={str(k): float(v) for k, v in (d.get("activity") or {}).items()},
            kinds={str(k): int(v) for k, v in (d.get("kinds") or {}).items()},
            last_key=list(d["last"]) if d.get("last") else None,
        )


class OutOfOrder(ValueError):
    """An event that sorts before the state's latest one: recompute from all events."""


def new_state(model: ScoringModel) -> EngagementState:
    return EngagementState(model.version, counts=[0] * compiled(model).n_eng)


def keeps(state: EngagementState, kind: str, model: ScoringModel) -> bool:
    """Is an event of this kind worth storing for this lead? Only kinds the model reads, and
    at most MAX_EVENTS_PER_KIND of each: the rest can never change a score."""
    c = compiled(model)
    readable = kind in c.by_kind or kind in c.cancel_kinds or kind in c.activity
    return (readable or kind == RECYCLE_KIND) and state.kinds.get(kind, 0) < MAX_EVENTS_PER_KIND


def fold(state: EngagementState, event: Event, model: ScoringModel) -> None:
    """Add one event (the latest: raises OutOfOrder otherwise) to the state, in O(1)."""
    c = compiled(model)
    t = _ts(event.at)
    key = [t, event.kind, _data_key((t, event))]
    if state.last_key is not None and key < state.last_key:
        raise OutOfOrder(event.kind)
    state.last_key = key
    kind, data = event.kind, event.data or {}
    state.kinds[kind] = state.kinds.get(kind, 0) + 1
    if kind == RECYCLE_KIND:
        why = data.get("reason")
        state.lines.append(["r", t, _fraction(event, model.recycle_fraction), why])
        state.counts = [0] * c.n_eng
        state.days.clear()
        return
    if kind in c.cancel_kinds:
        state.last_cancel[kind] = t
        _cancel(state, c, kind, t)
    for srule, kinds in c.silence:
        if kind in kinds:
            state.last_activity[srule.id] = t
    for cr in c.by_kind.get(kind, ()):
        rule = cr.rule
        if not cr.check(data):
            continue
        if cr.cancelled_by and any(
            state.last_cancel.get(k, -math.inf) >= t for k in cr.cancelled_by
        ):
            continue
        if rule.max_count is not None and state.counts[cr.index] >= rule.max_count:
            continue
        if rule.max_per_day is not None:
            day = int(t // _DAY)
            seen_day, used = state.days.get(cr.index, [day, 0])
            used = used if seen_day == day else 0
            if used >= rule.max_per_day:
                continue
            state.days[cr.index] = [day, used + 1]
        state.counts[cr.index] += 1
        kept = {k: data[k] for k in cr.keys if data.get(k) is not None}
        state.lines.append(["f", cr.index, t, kept])


def _cancel(state: EngagementState, c: _Compiled, kind: str, t: float) -> None:
    """A cancelling event (e.g. "resubscribed") takes back this epoch's earlier firings of
    the rules it cancels, and what they used of their caps."""
    epoch = max((i for i, line in enumerate(state.lines) if line[0] == "r"), default=-1)
    keep: list[list[Any]] = []
    for i, line in enumerate(state.lines):
        if line[0] == "f" and i > epoch and line[2] <= t:
            rule = c.rules[line[1]]
            if kind in rule.cancelled_by:
                state.counts[line[1]] -= 1
                day = state.days.get(line[1])
                if day is not None and day[0] == int(line[2] // _DAY):
                    day[1] -= 1
                continue
        keep.append(line)
    state.lines = keep


def fold_new(state: EngagementState, events: Sequence[Event], model: ScoringModel) -> list[Event]:
    """Fold an update's new events (all later than the state's latest; OutOfOrder if not)
    in the canonical order a fold from scratch would use; returns those worth storing.

    An event `keeps` refuses (a kind no rule reads, a kind past its ceiling) is not folded
    either: the caller does not store it, so a fold from the stored events gives the same.
    """
    kept: list[Event] = []
    for _, event in _ordered(events, math.inf):
        if keeps(state, event.kind, model):
            fold(state, event, model)
            kept.append(event)
    return kept


def state_from(stored: Mapping[str, Any] | None, model: ScoringModel) -> EngagementState | None:
    """A stored state, if it is one of `model`'s version (another version's fold is useless)."""
    if not stored or stored.get("v") != model.version:
        return None
    return EngagementState.from_dict(stored)


def fold_all(events: Sequence[Event], model: ScoringModel, now_ts: float) -> EngagementState:
    """The state of a whole history: its events up to now, in canonical order."""
    state = new_state(model)
    for _, event in _ordered(events, now_ts):
        fold(state, event, model)
    return state


def _evaluate(
    facts: Mapping[str, Any],
    events: Sequence[Event],
    model: ScoringModel,
    now: datetime,
    explain: bool,
) -> Score:
    return finish(facts, fold_all(events, model, _ts(now)), model, now, explain)


def finish(
    facts: Mapping[str, Any],
    state: EngagementState,
    model: ScoringModel,
    now: datetime,
    explain: bool = True,
) -> Score:
    """The Score of `facts` and an engagement `state` at `now` (decay, caps, cells, tiers)."""
    c = compiled(model)
    now_ts = _ts(now)
    facts = facts or {}

    # Fit: each rule at most once, in model order.
    fit_hits = [f for f in c.fit if f.check(facts)]
    fit_pts = [f.rule.points for f in fit_hits]
    disqualified = any(f.rule.disqualifies for f in fit_hits)
    fit_capped = _cap(fit_pts, model.fit.max)
    fit = math.fsum(fit_pts)

    # Engagement: the state's lines in time order, decayed to now; cap groups in each epoch.
    eng_pts: list[float] = []
    # meta per line: ("event", cr, data, t, factor, group) | ("recycle", t, f, why) |
    # ("silence", rule, last, days)
    eng_meta: list[tuple[Any, ...]] = []
    room: dict[str, float] = {}  # left in each cap group: the earliest firings keep points
    caps = model.engagement.caps
    recycled = False
    for line in state.lines:
        if line[0] == "r":
            _, t, f, why = line
            eng_pts.append(-(1.0 - f) * math.fsum(eng_pts))
            eng_meta.append(("recycle", t, f, why))
            room.clear()
            recycled = True
            continue
        _, index, t, data = line
        cr = c.rules_compiled[index]
        rule = cr.rule
        if cr.cancelled_by and any(
            state.last_cancel.get(k, -math.inf) >= t for k in cr.cancelled_by
        ):
            continue  # cancelled later (a fold from scratch would have skipped it)
        factor = 0.5 ** ((now_ts - t) * cr.rate) if cr.rate else 1.0
        points, group = rule.points * factor, None
        if rule.cap is not None and points > 0:
            left = room.get(rule.cap, caps[rule.cap])
            if points > left:
                points, group = max(left, 0.0), rule.cap
            room[rule.cap] = left - points
        eng_pts.append(points)
        eng_meta.append(("event", cr, data, t, factor, group))
    if state.last_activity:
        for srule, _kinds in c.silence:
            last = state.last_activity.get(srule.id)
            if last is not None and (now_ts - last) >= srule.days * _DAY:
                eng_pts.append(srule.points)
                eng_meta.append(("silence", srule, last, (now_ts - last) / _DAY))
    eng_capped = _cap(eng_pts, model.engagement.max)
    engagement = math.fsum(eng_pts)

    grade = _grade(fit, model)
    level = _level(engagement, model)
    cell = f"{grade}{level}"
    total = _part(fit, model.fit.max, model.fit.weight) + _part(
        engagement, model.engagement.max, model.engagement.weight
    )
    total = min(max(total, 0.0), 100.0)
    tiers = model.tiers
    if disqualified or (tiers.disqualify_below is not None and fit < tiers.disqualify_below):
        disqualified = True
    # a critical signal ("ready to talk", asks for a call) says the writer wants to start now;
    # only the positive evidence rule asks (a pass over the lead's lines on every score)
    intent = model.evidence.positive and any(
        m[0] == "event" and m[1].rule.points >= model.evidence.intent_points and pts > 0
        for m, pts in zip(eng_meta, eng_pts, strict=True)
    )
    missing = _evidence_missing(facts, model, intent)
    if level > model.recycled_min_level and recycled:
        missing = (*missing, "engagement_after_recycle")
    # Hot means "goes to sales": a sales-ready cell (or a total at the hot threshold), not
    # disqualified, and the evidence the model asks for.
    sales_ready = (cell in c.cells or total >= tiers.hot) and not disqualified and not missing
    if disqualified:
        tier = "disqualified"
    elif sales_ready:
        tier = "hot"
    elif total >= tiers.warm:
        tier = "warm"
    else:
        tier = "cold"

    breakdown: list[Reason] = []
    by_product: dict[str, float] = {}
    if explain:
        for i, (f_hit, pts) in enumerate(zip(fit_hits, fit_pts, strict=True)):
            if i in fit_capped and pts == 0:
                continue
            rule = f_hit.rule
            text = rule.reason
            if f_hit.budget_key is not None:
                text += f": {_budget_text(facts, f_hit.budget_key, model)}"
            if i in fit_capped:
                text += _words(model)["capped_fit"]
            breakdown.append(Reason(rule.id, "fit", pts, text, f"fact {_kv(facts, f_hit.keys)}"))
        for i, (meta, pts) in enumerate(zip(eng_meta, eng_pts, strict=True)):
            if pts == 0 and (i in eng_capped or (meta[0] == "event" and meta[5] is not None)):
                continue  # a line its caps took to zero says nothing
            breakdown.append(_eng_reason(meta, pts, i in eng_capped, now_ts, model))
        for r in breakdown:
            product = c.products.get(r.rule_id)
            if product is not None:
                by_product[product] = by_product.get(product, 0.0) + r.points
    return Score(
        fit=fit,
        engagement=engagement,
        grade=grade,
        level=level,
        cell=cell,
        total=total,
        tier=tier,
        sales_ready=sales_ready,
        model_version=model.version,
        breakdown=tuple(breakdown),
        by_product=by_product,
        qualified=fit > model.fit.qualified_above,
        evidence_missing=missing,
        budget_fits=_budget_fits(facts, model),
    )


def _budget_fits(facts: Mapping[str, Any], model: ScoringModel) -> bool | None:
    """Does the prospect's budget reach the model's deal range? None without an amount."""
    budget = (
        _budget_range(facts, "budget", model) if facts.get("budget_status") == "amount" else None
    )
    if budget is None:
        return None
    return _overlaps(budget, model.deal.min or 0.0, model.deal.max or math.inf)


_A_SAY = ("decision_maker", "influencer")
_UNDERSTOOD = {
    "budget_status": ("amount", "none"),
    "authority": ("decision_maker", "influencer", "researcher"),
    "timeline_status": ("days", "no_plans"),
}


def _evidence_missing(
    facts: Mapping[str, Any], model: ScoringModel, intent: bool = False
) -> tuple[str, ...]:
    """What the model's evidence rule asks for and the facts do not show. ``intent``: a
    critical engagement signal fired, which counts as a start now for ``positive``."""
    rule = model.evidence
    missing: list[str] = []
    category = facts.get("need_category")
    if rule.need and (
        category in (None, "", "other")
        or (rule.needs and category not in rule.needs)
        or facts.get("off_profile") is True
    ):
        missing.append("need")
    if rule.positive:
        days = facts.get("timeline_days")
        known = (
            (_budget_fits(facts, model) is True)
            + (facts.get("authority") in _A_SAY)
            + (
                intent
                or (
                    facts.get("timeline_status") == "days"
                    and isinstance(days, int | float)
                    and 0 <= days <= rule.start_within_days
                )
            )
        )
    else:
        known = sum(facts.get(key) in values for key, values in _UNDERSTOOD.items())
    if known < rule.bant_min:
        missing.append("bant")
    if rule.contact and not (_present(facts.get("phone")) or _present(facts.get("email"))):
        missing.append("contact")
    if rule.budget_none and facts.get("budget_status") == "none":
        missing.append("budget")
    return tuple(missing)


# The engine's own words around the model's reasons, in the model's language.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "range": "{lo}-{hi} {cur}", "up_to": "up to {hi} {cur}", "from": "from {lo} {cur}",
        "decayed": " (decayed x{factor:.2f}, {days:.1f} d old)",
        "capped_fit": " (capped by fit.max)", "capped_axis": " (capped by engagement.max)",
        "capped_group": " (capped by engagement.caps.{group})",
        "recycle": "returned to nurture by sales",
        "recycle_counts": ": earlier engagement counts x{f:g}",
        "silence": "{reason} for {days:.0f} days (>= {min} d)",
    },
    "ru": {
        "range": "{lo}–{hi} {cur}", "up_to": "до {hi} {cur}", "from": "от {lo} {cur}",
        "decayed": " (затухание x{factor:.2f}, {days:.1f} дн. назад)",
        "capped_fit": " (урезано до fit.max)", "capped_axis": " (урезано до engagement.max)",
        "capped_group": " (урезано лимитом engagement.caps.{group})",
        "recycle": "возвращён продажами в прогрев",
        "recycle_counts": ": прежняя вовлечённость x{f:g}",
        "silence": "{reason}: {days:.0f} дн. (порог {min} дн.)",
    },
}  # fmt: skip


def _words(model: ScoringModel) -> dict[str, str]:
    return _WORDS[model.language]


def _budget_text(facts: Mapping[str, Any], key: str, model: ScoringModel) -> str:
    lo, hi = facts.get(f"{key}_min"), facts.get(f"{key}_max")
    cur = facts.get(f"{key}_currency") or model.base_currency
    words = _words(model)
    if lo is not None and hi is not None:
        return words["range"].format(lo=_fmt(lo), hi=_fmt(hi), cur=cur)
    if hi is not None:
        return words["up_to"].format(hi=_fmt(hi), cur=cur)
    return words["from"].format(lo=_fmt(lo), cur=cur)


def _eng_reason(
    meta: tuple[Any, ...], pts: float, capped: bool, now_ts: float, model: ScoringModel
) -> Reason:
    tag = meta[0]
    words = _words(model)
    suffix = words["capped_axis"] if capped else ""
    if tag == "event":
        _, cr, data, t, factor, group = meta
        text = cr.rule.reason
        if factor < 0.995:  # only when visible at two decimals
            text += words["decayed"].format(factor=factor, days=(now_ts - t) / _DAY)
        if group is not None:
            text += words["capped_group"].format(group=group)
        details = _kv(data, cr.keys)
        source = f"event {cr.rule.event}{' ' + details if details else ''} at {_iso(t)}"
        return Reason(cr.rule.id, "engagement", pts, text + suffix, source)
    if tag == "recycle":
        _, t, f, why = meta
        text = words["recycle"] + (f" ({why})" if why else "")
        text += words["recycle_counts"].format(f=f)
        return Reason("recycle", "engagement", pts, text + suffix, f"event recycled at {_iso(t)}")
    _, srule, last, days = meta
    text = words["silence"].format(reason=srule.reason, days=days, min=_fmt(srule.days))
    return Reason(srule.id, "engagement", pts, text + suffix, f"last activity at {_iso(last)}")


def score(
    facts: Mapping[str, Any], events: Sequence[Event], model: ScoringModel, now: datetime
) -> Score:
    """Score a lead from its facts and events under `model` at time `now` (pure).

    Events after `now` are ignored; decay is computed exactly from `now`, so the same inputs
    always give the same Score and the breakdown of each axis sums to that axis.
    """
    return _evaluate(facts, events, model, now, explain=True)


def score_totals(
    facts: Mapping[str, Any], events: Sequence[Event], model: ScoringModel, now: datetime
) -> Score:
    """`score` without the breakdown (no reasons, no products): for bulk work on totals."""
    return _evaluate(facts, events, model, now, explain=False)


def explain(result: Score, top: int | None = None) -> list[str]:
    """Human-readable breakdown lines, the largest |points| first."""
    lines = sorted(result.breakdown, key=lambda r: -abs(r.points))
    if top is not None:
        lines = lines[:top]
    return [f"{r.points:+.1f} {r.axis}  {r.reason} ({r.source})" for r in lines]


@dataclass
class RescoreDiff:
    """What a rescoring run changed (tier moves and sales-ready crossings)."""

    total: int = 0
    tier_changes: dict[tuple[str, str], int] = field(default_factory=dict)
    changed: list[Hashable] = field(default_factory=list)
    became_sales_ready: list[Hashable] = field(default_factory=list)
    left_sales_ready: list[Hashable] = field(default_factory=list)


def rescore(
    leads: Iterable[tuple[Hashable, Mapping[str, Any], Sequence[Event], str | None, bool]],
    model: ScoringModel,
    now: datetime,
) -> RescoreDiff:
    """Rescore many leads (key, facts, events, old_tier, old_sales_ready) and report the moves."""
    diff = RescoreDiff()
    for key, facts, events, old_tier, old_ready in leads:
        s = _evaluate(facts, events, model, now, explain=False)
        diff.total += 1
        if s.tier != old_tier or s.sales_ready != bool(old_ready):
            diff.changed.append(key)
        if s.tier != old_tier:
            move = (str(old_tier), s.tier)
            diff.tier_changes[move] = diff.tier_changes.get(move, 0) + 1
        if s.sales_ready and not old_ready:
            diff.became_sales_ready.append(key)
        elif old_ready and not s.sales_ready:
            diff.left_sales_ready.append(key)
    return diff
