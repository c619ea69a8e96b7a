"""The engagement axis as computed before the incremental state: a test oracle only.

This is the engine's loop from before `EngagementState` (cancellations looked at all events
at once, nothing was stored between updates). The property tests check that the fold-based
engine gives the same engagement on random histories.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.scoring import Event, ScoringModel
from bot.scoring.engine import RECYCLE_KIND, _cap, _fraction, _ordered, _ts, compiled

DAY = 86400.0


def reference_engagement(events: Sequence[Event], model: ScoringModel, now: datetime) -> float:
    c = compiled(model)
    now_ts = _ts(now)
    items = _ordered(events, now_ts)
    last_cancel: dict[str, float] = {}
    last_activity: float | None = None
    for t, e in items:
        if e.kind in c.cancel_kinds:
            last_cancel[e.kind] = t
        if e.kind in c.activity:
            last_activity = t
    points: list[float] = []
    counts = [0] * c.n_eng
    per_day: dict[tuple[int, int], int] = {}
    room: dict[str, float] = {}
    for t, e in items:
        if e.kind == RECYCLE_KIND:
            f = _fraction(e, model.recycle_fraction)
            points.append(-(1.0 - f) * math.fsum(points))
            counts = [0] * c.n_eng
            per_day.clear()
            room.clear()
            continue
        data: dict[str, Any] = e.data or {}
        for cr in c.by_kind.get(e.kind, ()):
            rule = cr.rule
            if not cr.check(data):
                continue
            if cr.cancelled_by and any(
                last_cancel.get(k, -math.inf) >= t for k in cr.cancelled_by
            ):
                continue
            if rule.max_count is not None and counts[cr.index] >= rule.max_count:
                continue
            if rule.max_per_day is not None:
                key = (cr.index, int(t // DAY))
                if per_day.get(key, 0) >= rule.max_per_day:
                    continue
                per_day[key] = per_day.get(key, 0) + 1
            counts[cr.index] += 1
            factor = 0.5 ** ((now_ts - t) * cr.rate) if cr.rate else 1.0
            value = rule.points * factor
            if rule.cap is not None and value > 0:
                left = room.get(rule.cap, model.engagement.caps[rule.cap])
                value = min(value, max(left, 0.0))
                room[rule.cap] = left - value
            points.append(value)
    if last_activity is not None:
        for srule, kinds in c.silence:
            last = max((t for t, e in items if e.kind in kinds), default=None)
            if last is not None and (now_ts - last) >= srule.days * DAY:
                points.append(srule.points)
    _cap(points, model.engagement.max)
    return math.fsum(points)
