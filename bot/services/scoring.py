"""Scoring at the edge: load the active model, recompute a lead's score, store the cache."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.db.models import BehaviourEvent, Lead, ScoringModelVersion
from bot.scoring import Event, Score, ScoringModel, load_default_model, score


class ModelCache:
    """Parses the active model once per version, and looks for a new version at most every
    few seconds: an admin's change reaches every instance within that time."""

    def __init__(self, recheck_seconds: float = 5.0) -> None:
        self._version: int | None = None
        self._model: ScoringModel | None = None
        self._checked_at = float("-inf")
        self.recheck_seconds = recheck_seconds

    def invalidate(self) -> None:
        """This process changed the active model: read it on the next call."""
        self._checked_at = float("-inf")

    async def active(self, session: AsyncSession) -> ScoringModel:
        if self._model is not None and time.monotonic() - self._checked_at < self.recheck_seconds:
            return self._model
        self._checked_at = time.monotonic()
        row = await repo.active_model_row(session)
        if row is None:
            row = await ensure_active_model(session)
        if row.id != self._version or self._model is None:
            self._model = ScoringModel.model_validate({**row.body, "version": row.id})
            self._version = row.id
        return self._model


async def ensure_active_model(session: AsyncSession) -> ScoringModelVersion:
    """Install the shipped default model as version 1 when the database has none."""
    row = await repo.active_model_row(session)
    if row is not None:
        return row
    body = load_default_model().model_dump(mode="json", exclude={"version"})
    row = ScoringModelVersion(status="active", body=body, comment="shipped default")
    session.add(row)
    await session.flush()
    return row


def to_events(rows: Iterable[BehaviourEvent]) -> list[Event]:
    return [Event(kind=row.kind, at=row.at, data=row.data or {}) for row in rows]


async def rescore_lead(
    session: AsyncSession, lead: Lead, model: ScoringModel, now: datetime
) -> Score:
    """Recompute from facts and events (never accumulate) and store the result as a cache."""
    events = to_events(await repo.lead_events(session, lead.id))
    result = score(lead.facts or {}, events, model, now)
    lead.score = result.to_dict()
    lead.score_total = result.total
    lead.tier = result.tier
    lead.sales_ready = result.sales_ready
    lead.model_version = result.model_version
    lead.scored_at = now
    return result
