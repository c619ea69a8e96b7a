"""Scoring at the edge: load the active model, recompute a lead's score, store the cache."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import lifecycle
from bot.db import repo
from bot.db.models import BehaviourEvent, Lead, ScoringModelVersion, Stage
from bot.scoring import (
    EngagementState,
    Event,
    OutOfOrder,
    Score,
    ScoringModel,
    finish,
    fold_all,
    fold_new,
    load_default_model,
    state_from,
)

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


# The comment of a version the code installed (not an admin): admin/scoring_ops replaces an
# active one by a newer release's default at start-up.
SHIPPED_DEFAULT = "shipped default"


async def ensure_active_model(session: AsyncSession) -> ScoringModelVersion:
    """Install the shipped default model as version 1 when the database has none."""
    row = await repo.active_model_row(session)
    if row is not None:
        return row
    body = load_default_model().model_dump(mode="json", exclude={"version"})
    row = ScoringModelVersion(status="active", body=body, comment=SHIPPED_DEFAULT)
    session.add(row)
    await session.flush()
    return row


async def rescore_lead(
    session: AsyncSession, lead: Lead, model: ScoringModel, now: datetime
) -> Score:
    """Recompute the score from the lead's facts and engagement state and store it as a cache.

    The state (the fold of all the lead's events, `Lead.engagement`) takes this transaction's
    new events in O(1) each: an update's cost does not grow with the lead's history. Without
    a usable state (none yet, another model version, an event older than the latest folded)
    all events are read and folded again; both ways give the same score (property test).
    """
    new = repo.take_unfolded(session, lead)
    state = state_from(lead.engagement, model)
    if state is not None:
        try:
            kept = {id(e) for e in fold_new(state, new, model)}
        except OutOfOrder:
            state = None
        else:
            # Kinds no rule reads and kinds past their ceiling are not stored: a flood does
            # not grow the table, and the stored events fold to this very state.
            repo.unqueue_events(session, [e for e in new if id(e) not in kept])
    if state is None:
        events = await repo.lead_events(session, lead.id)
        state = fold_all(events, model, now.timestamp())
    return store_state(lead, state, model, now)


def store_state(lead: Lead, state: EngagementState, model: ScoringModel, now: datetime) -> Score:
    """Store an engagement state and the score it gives with the lead's facts at `now`."""
    lead.engagement = state.to_dict()
    lead.scored_at = now
    return store_score(lead, finish(lead.facts or {}, state, model, now))


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
            # Decay needs no events: a lead's stored state is finished at the new time.
            states = {lead.id: state_from(lead.engagement, model) for lead in leads}
            events: defaultdict[int, list[Event]] = defaultdict(list)
            unfolded = [lead_id for lead_id, state in states.items() if state is None]
            rows = await session.execute(
                select(
                    BehaviourEvent.lead_id, BehaviourEvent.kind, BehaviourEvent.at,
                    BehaviourEvent.data,
                ).where(BehaviourEvent.lead_id.in_(unfolded))
            ) if unfolded else ()  # fmt: skip
            for lead_id, kind, at, data in rows:
                events[lead_id].append(Event(kind=kind, at=at, data=data or {}))
            for lead in leads:
                was_ready = lead.sales_ready
                state = states[lead.id] or fold_all(events[lead.id], model, now.timestamp())
                result = store_state(lead, state, model, now)
                if was_ready and not result.sales_ready and lead.stage == Stage.SALES_READY:
                    await lifecycle.note_cooled_card(session, lead, result)
            done += len(leads)
            if len(leads) < batch:
                return done
