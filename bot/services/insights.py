"""Outcomes at the edge: stored snapshots and leads -> `OutcomeRecord`s, the trained
probability model, and the numbers /stats and the audit report take from snapshots.

Which leads have an outcome (for /insights and the audit): those created in the period whose
dialogue ended and who are not waiting on an open card, i.e. in stage nurturing, recycled,
won, lost, disqualified or unreachable. A lead that went to sales is described by its latest
hand-off snapshot (what sales saw); any other by its current score. Its outcome: won, lost,
rejected by sales (returned to nurture or disqualified after a hand-off), or not handed off.

Which decisions /suggest learns from: every sales decision (won, lost, returned, disqualified;
an admin's /stage won or lost too) with the hand-off snapshot of its card. Only leads sales
saw can be won, so leads the rules kept from sales would teach the fit nothing but the
current rules themselves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.db.models import Lead, OutcomeModel, SalesCard, ScoreSnapshot, Stage
from bot.scoring import ScoringModel
from bot.scoring.fitting import Suggestion
from bot.scoring.outcomes import (
    OutcomeRecord,
    Predictor,
    answer_values,
    firings,
    rule_counts,
)

WITH_OUTCOME = (
    Stage.NURTURING, Stage.RECYCLED, Stage.WON, Stage.LOST, Stage.DISQUALIFIED,
    Stage.UNREACHABLE,
)  # fmt: skip
HANDOFF = "handoff"
DECISIONS = ("won", "lost", "recycle", "dq")


def _since(column: Any, since: datetime | None) -> Any:
    return True if since is None else column >= since


async def insight_records(
    session: AsyncSession, since: datetime | None, model: ScoringModel
) -> list[OutcomeRecord]:
    """The leads with an outcome created since then (see the module doc), one record each."""
    leads = (
        await session.execute(
            select(
                Lead.id, Lead.stage, Lead.score, Lead.facts, Lead.source, Lead.score_total,
                Lead.tier,
            )
            .where(_since(Lead.created_at, since), Lead.stage.in_([s.value for s in WITH_OUTCOME]))
            .order_by(Lead.id)
        )
    ).all()  # fmt: skip
    in_population = (
        select(Lead.id)
        .where(_since(Lead.created_at, since), Lead.stage.in_([s.value for s in WITH_OUTCOME]))
        .scalar_subquery()
    )
    latest = (
        select(func.max(ScoreSnapshot.id))
        .where(ScoreSnapshot.kind == HANDOFF, ScoreSnapshot.lead_id.in_(in_population))
        .group_by(ScoreSnapshot.lead_id)
        .scalar_subquery()
    )
    handoffs = {
        lead_id: rest
        for lead_id, *rest in await session.execute(
            select(
                ScoreSnapshot.lead_id, ScoreSnapshot.rules, ScoreSnapshot.facts,
                ScoreSnapshot.source, ScoreSnapshot.score_total, ScoreSnapshot.tier,
            ).where(ScoreSnapshot.id.in_(latest))
        )
    }  # fmt: skip
    # Cards posted before snapshots existed: the lead reached sales all the same.
    carded = set(
        await session.scalars(
            select(SalesCard.lead_id).where(SalesCard.lead_id.in_(in_population)).distinct()
        )
    )
    records = []
    for lead_id, stage, score, facts, source, total, tier in leads:
        snap = handoffs.get(lead_id)
        reached = snap is not None or lead_id in carded
        if stage == Stage.WON:
            outcome = "won"
        elif stage == Stage.LOST:
            outcome = "lost"
        else:
            outcome = "rejected" if reached else "not_handed_off"
        if snap is not None:
            snap_rules, snap_facts, snap_source, total, tier = snap
            rules = firings(snap_rules or {})
            answers = answer_values(snap_facts or {}, snap_source, model)
        else:
            rules = firings(rule_counts((score or {}).get("breakdown") or ()))
            answers = answer_values(facts or {}, source, model)
        records.append(
            OutcomeRecord(
                lead_id, rules, answers, reached, stage == Stage.WON, outcome, total, tier
            )
        )
    return records


async def decision_records(
    session: AsyncSession, model: ScoringModel, since: datetime | None = None
) -> list[OutcomeRecord]:
    """One record per sales decision (made since then): its hand-off snapshot's rules and
    answers (the decision's own snapshot for a card handed off before snapshots existed),
    won or not. One query, columns only: tens of thousands of decisions load in a second."""
    decision, handoff = ScoreSnapshot, aliased(ScoreSnapshot)
    seen = (handoff.id, handoff.rules, handoff.facts, handoff.source, handoff.score_total,
            handoff.tier)  # fmt: skip
    own = (decision.id, decision.rules, decision.facts, decision.source, decision.score_total,
           decision.tier)  # fmt: skip
    rows = await session.execute(
        select(decision.card_key, decision.kind, decision.lead_id, *seen, *own)
        .outerjoin(handoff, and_(handoff.card_key == decision.card_key, handoff.kind == HANDOFF))
        .where(decision.kind.in_(DECISIONS), _since(decision.at, since))
        .order_by(decision.id)
    )
    # The last word on a card counts (an admin may correct what sales pressed).
    latest = {row[0]: row for row in rows}
    records = []
    for row in latest.values():
        kind, lead_id = row[1], row[2]
        _, rules, facts, source, total, tier = row[3:9] if row[3] is not None else row[9:15]
        records.append(
            OutcomeRecord(
                lead_id,
                firings(rules or {}),
                answer_values(facts or {}, source, model),
                reached_sales=True,
                won=kind == "won",
                outcome=_outcome(kind),
                total=total,
                tier=tier,
            )
        )
    return records


def _outcome(kind: str) -> Any:
    return {"won": "won", "lost": "lost"}.get(kind, "rejected")


# --- the probability model --------------------------------------------------------------------


async def save_predictor(
    session: AsyncSession, suggestion: Suggestion, author_id: int | None, scoring_version: int
) -> OutcomeModel:
    row = OutcomeModel(
        author_id=author_id,
        scoring_version=scoring_version,
        outcomes=suggestion.outcomes,
        won=suggestion.won,
        auc=suggestion.auc_probability,
        body=suggestion.predictor.to_dict(),
    )
    session.add(row)
    await session.flush()
    return row


async def latest_predictor(session: AsyncSession) -> OutcomeModel | None:
    return await session.scalar(select(OutcomeModel).order_by(OutcomeModel.id.desc()).limit(1))


@dataclass(frozen=True, slots=True)
class LeadPrediction:
    """The chance of a deal for one lead, and what moves it most."""

    probability: float
    outcomes: int  # decisions the model was trained on
    auc: float | None
    # (the rule's reason as the lead's breakdown words it, log-odds it adds), largest first
    top: list[tuple[str, float]]


def predict(
    row: OutcomeModel, score: Mapping[str, Any] | None, top: int = 3
) -> LeadPrediction | None:
    """Pure: the trained model applied to a lead's stored score (None without a score)."""
    if not score:
        return None
    breakdown: Sequence[Mapping[str, Any]] = score.get("breakdown") or ()
    labels: dict[str, str] = {}
    for line in breakdown:
        labels.setdefault(str(line.get("rule_id")), str(line.get("reason") or ""))
    result = Predictor.from_dict(row.body or {}).predict(firings(rule_counts(breakdown)))
    named = [(labels.get(rule_id) or rule_id, value) for rule_id, value in result.contributions]
    return LeadPrediction(result.probability, row.outcomes, row.auc, named[:top])


async def lead_prediction(session: AsyncSession, lead: Lead) -> LeadPrediction | None:
    """The newest trained model applied to the lead; None before /suggest has trained one."""
    row = await latest_predictor(session)
    return predict(row, lead.score) if row is not None else None


def prediction_line(p: LeadPrediction, limit: int = 60) -> str:
    """Plain text (escape it): "вероятность сделки ~34 % (по 120 исходам): + ..., - ..."."""

    def cut(text: str) -> str:
        return text if len(text) <= limit else text[: limit - 1] + "…"

    parts = ", ".join(f"{'+' if v > 0 else '−'} {cut(label)}" for label, v in p.top)
    return f"вероятность сделки ~{100 * p.probability:.0f} % (по {p.outcomes} исходам)" + (
        f": {parts}" if parts else ""
    )
