"""Scoring at the edge: load the active model, recompute a lead's score, store the cache."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import lifecycle
from bot.db import repo
from bot.db.models import BehaviourEvent, Lead, ScoringModelVersion, Stage
from bot.scoring import Event, Score, ScoringModel, load_default_model, score

# Leads whose score no longer matters to anyone: the decay job leaves them alone.
FINAL_STAGES = (Stage.FORGOTTEN, Stage.WON, Stage.LOST)


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
    result = store_score(lead, score(lead.facts or {}, events, model, now))
    lead.scored_at = now
    return result


def store_score(lead: Lead, result: Score) -> Score:
    """Keep a computed score on the lead (the cache every report reads)."""
    lead.score = result.to_dict()
    lead.score_total = result.total
    lead.tier = result.tier
    lead.sales_ready = result.sales_ready
    lead.model_version = result.model_version
    return result


async def rescore_stale(
    sessionmaker: async_sessionmaker[AsyncSession],
    models: ModelCache,
    now: datetime,
    older_than: timedelta,
    batch: int = 500,
) -> int:
    """The decay job: recompute the scores last computed before `now - older_than`.

    Decay moves a score with time alone, and nothing else recomputes a silent lead: without
    this, tiers, /stats, exports and dry-runs drift from the model. One batch per
    transaction, oldest first, safe to repeat and to run on several instances (a lead scored
    twice gets the same score). A lead whose card waits untaken and who is no longer
    sales-ready keeps its card; a note under the card says so (once per hand-off).
    Returns how many leads were rescored.
    """
    done = 0
    while True:
        async with sessionmaker.begin() as session:
            leads = list(
                await session.scalars(
                    select(Lead)
                    .where(
                        Lead.stage.not_in(FINAL_STAGES),
                        or_(Lead.scored_at.is_(None), Lead.scored_at < now - older_than),
                    )
                    .order_by(Lead.scored_at.nulls_first(), Lead.id)
                    .limit(batch)
                )
            )
            if not leads:
                return done
            model = await models.active(session)
            events: defaultdict[int, list[Event]] = defaultdict(list)
            rows = await session.execute(
                select(
                    BehaviourEvent.lead_id, BehaviourEvent.kind, BehaviourEvent.at,
                    BehaviourEvent.data,
                ).where(BehaviourEvent.lead_id.in_([lead.id for lead in leads]))
            )  # fmt: skip
            for lead_id, kind, at, data in rows:
                events[lead_id].append(Event(kind=kind, at=at, data=data or {}))
            for lead in leads:
                was_ready = lead.sales_ready
                result = store_score(lead, score(lead.facts or {}, events[lead.id], model, now))
                lead.scored_at = now
                if was_ready and not result.sales_ready and lead.stage == Stage.SALES_READY:
                    await lifecycle.note_cooled_card(session, lead, result)
            done += len(leads)
            if len(leads) < batch:
                return done
