"""The lead's lifecycle: the ONLY code that changes `Lead.stage`, with its consequences.

Every transition is one function. It records the stage change (who, why), and in the same
transaction schedules or cancels what the new stage implies: the sales card and its SLA
timers, the nurture sequence, the silent-lead nudge. Nothing here commits and nothing here
talks to Telegram: the caller's unit of work commits, and the outbox worker performs the rows
once they are due (DESIGN principles 4 and 5). Re-running a transition is harmless: stage
changes to the same stage are no-ops, outbox rows have dedupe keys, cancels are idempotent.

`ALLOWED` is the transition table the bot and sales follow; an admin may override it
(`admin_set_stage`), and that is recorded with the admin's id.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import BigInteger, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.db import repo
from bot.db.models import Lead, OutboxMessage, ScoreSnapshot, Stage, StageChange, utcnow
from bot.hours import add_business_time, business_days, business_hours
from bot.nurture.sequences import Sequences, load_sequences
from bot.nurture.timing import step_due
from bot.scoring import Score
from bot.scoring.outcomes import rule_counts, snapshot_facts

# --- outbox kinds this module schedules -------------------------------------------------------

CARD = "sales_card"
NURTURE = "nurture"
# The first-response SLA of a posted card, in business time: nobody has written to the
# prospect yet. Level 1 reminds the taker (or the group while nobody took it), level 2 the
# heads of sales, level 3 the executives. The rep's first message cancels all three.
SLA_REMIND = "sla_remind"
SLA_ESCALATE = "sla_escalate"
SLA_EXEC = "sla_exec"
SLA_FIRST_KINDS = (SLA_REMIND, SLA_ESCALATE, SLA_EXEC)
# The outcome SLA of a taken lead: no won / lost / recycle after SLA_OUTCOME_DAYS business
# days reminds the taker, after twice that the heads. An outcome cancels both.
SLA_OUTCOME = "sla_outcome"
SLA_OUTCOME_HEAD = "sla_outcome_head"
SLA_OUTCOME_KINDS = (SLA_OUTCOME, SLA_OUTCOME_HEAD)
SLA_KINDS = (*SLA_FIRST_KINDS, *SLA_OUTCOME_KINDS)
# The lead's place in the sales chat follows its stage: a forum topic's title and icon, the
# index line (no dedupe key: a sync re-reads the state when it runs, so repeats are harmless).
SALES_SYNC = "sales_sync"
CARD_NOTE = "card_note"
REJECT_ALERT = "reject_alert"

# --- the transition table ------------------------------------------------------------------

S = Stage
_ANYWHERE = frozenset({S.UNREACHABLE, S.FORGOTTEN})
ALLOWED: Mapping[Stage, frozenset[Stage]] = {
    S.NEW: frozenset({S.QUALIFYING, S.DISQUALIFIED}) | _ANYWHERE,
    S.QUALIFYING: frozenset({S.NURTURING, S.SALES_READY, S.DISQUALIFIED}) | _ANYWHERE,
    S.NURTURING: frozenset({S.QUALIFYING, S.SALES_READY, S.DISQUALIFIED}) | _ANYWHERE,
    S.SALES_READY: frozenset({S.IN_SALES, S.RECYCLED, S.DISQUALIFIED}) | _ANYWHERE,
    S.IN_SALES: frozenset({S.WON, S.LOST, S.RECYCLED, S.DISQUALIFIED}) | _ANYWHERE,
    S.RECYCLED: frozenset({S.QUALIFYING, S.SALES_READY, S.DISQUALIFIED}) | _ANYWHERE,
    S.WON: frozenset({S.FORGOTTEN}),
    S.LOST: frozenset({S.RECYCLED, S.FORGOTTEN}),
    # A lead the bot closed may have been misread: /restart gives it another chance.
    S.DISQUALIFIED: frozenset({S.QUALIFYING, S.FORGOTTEN}),
    S.UNREACHABLE: frozenset({S.QUALIFYING, S.NURTURING, S.FORGOTTEN}),
    S.FORGOTTEN: frozenset(),
}
# Stages where a sales card is open or sales decided: the bot never hands these off again.
WITH_SALES = frozenset({S.SALES_READY, S.IN_SALES, S.WON, S.LOST})
# The conversation is over for now; a message is not a dialogue answer.
AFTER_DIALOGUE = frozenset({S.NURTURING, S.SALES_READY, S.IN_SALES, S.RECYCLED, S.WON, S.LOST})
# Waiting in nurture: a lead here that becomes sales-ready is handed off.
NURTURE_STAGES = frozenset({S.NURTURING, S.RECYCLED})


class TransitionRefused(ValueError):
    """A stage change the lifecycle does not allow (a bug or a forged request)."""


def can_move(lead: Lead, to: Stage) -> bool:
    return lead.stage == to or to in ALLOWED[Stage(lead.stage)]


def _move(
    session: AsyncSession,
    lead: Lead,
    to: Stage,
    *,
    actor_id: int | None = None,
    reason: str | None = None,
    override: bool = False,
) -> bool:
    """Record and apply a stage change; False when the lead is already there."""
    if lead.stage == to:
        return False
    if not override and not can_move(lead, to):
        raise TransitionRefused(f"lead {lead.id}: {lead.stage} -> {to} is not allowed")
    session.add(
        StageChange(
            lead_id=lead.id, from_stage=lead.stage, to_stage=to, actor_id=actor_id, reason=reason
        )
    )
    lead.stage = to
    return True


# --- qualification ---------------------------------------------------------------------------


def start_qualifying(session: AsyncSession, lead: Lead, *, reason: str | None = None) -> None:
    """A new lead (or one back from unreachable) is in the dialogue. Schedules nothing: the
    first question arms the silent-lead nudge (`arm_silent_nudge`)."""
    _move(session, lead, S.QUALIFYING, reason=reason)


async def restart(session: AsyncSession, lead: Lead, now: datetime) -> bool:
    """/restart: a new qualification cycle (answers of the old one stay, unread).

    Refused (False) while sales have the lead or decided on it (an open card, taken, won,
    lost) and for a lead sales disqualified: restarting must never produce a second card.
    Cancels the nurture sequence; the first question re-arms the nudge.
    """
    if lead.stage in WITH_SALES or await disqualified_by_sales(session, lead):
        return False
    lead.cycle += 1
    lead.facts = {}
    lead.unsubscribed = False
    _move(session, lead, S.QUALIFYING, reason="restart")
    repo.add_event(session, lead, "restarted", now)
    await leave_nurture(session, lead)
    return True


async def disqualified_by_sales(session: AsyncSession, lead: Lead) -> bool:
    if lead.stage != S.DISQUALIFIED:
        return False
    actor = await session.scalar(
        select(StageChange.actor_id)
        .where(StageChange.lead_id == lead.id, StageChange.to_stage == S.DISQUALIFIED)
        .order_by(StageChange.id.desc())
        .limit(1)
    )
    return actor is not None


# --- the end of the dialogue: a pure decision, then the transition ----------------------------

EndAction = Literal["disqualify", "hand_off", "nurture"]


@dataclass(frozen=True, slots=True)
class EndOfDialogue:
    """What happens to a lead whose dialogue just ended, and how the bot says goodbye."""

    action: EndAction
    sequence: str | None  # the nurture sequence, for action "nurture"
    reason: str | None  # recorded with the stage change
    closing: str  # the script text the prospect gets


SERVED_NEEDS = frozenset({"website", "crm", "bot"})


def buying_evidence(facts: Mapping[str, Any], score: Score) -> bool:
    """A concrete need we serve, a budget that fits our deals and a date: a likely buyer."""
    return (
        facts.get("need_category") in SERVED_NEEDS
        and score.budget_fits is True
        and facts.get("timeline_status") == "days"
    )


def decide_end_of_dialogue(
    facts: Mapping[str, Any], score: Score, close_on: tuple[str, ...]
) -> EndOfDialogue:
    """Pure: disqualify, hand off to sales, or nurture with which sequence.

    A lead whose words looked like a partner's or a vendor's but who also described a task
    we do, a budget that fits and a date is never closed by the bot: it goes to a person as a card
    marked "check" (reason `check:<kind>`), since throwing away a buyer costs the most.
    """
    disqualifier = facts.get("disqualifier")
    if disqualifier in close_on or score.tier == "disqualified":
        closing = "closing_job_seeker" if disqualifier == "job_seeker" else "closing_disqualified"
        return EndOfDialogue("disqualify", None, str(disqualifier or "score"), closing)
    suspect = facts.get("disqualifier_suspect")
    if suspect and buying_evidence(facts, score):
        return EndOfDialogue("hand_off", None, f"check:{suspect}", "closing_hot")
    if suspect in close_on:
        # A disqualifier's words with nothing a buyer brings besides naming our kind of task.
        closing = "closing_job_seeker" if suspect == "job_seeker" else "closing_disqualified"
        return EndOfDialogue("disqualify", None, str(suspect), closing)
    if score.sales_ready:
        return EndOfDialogue("hand_off", None, "score", "closing_hot")
    warm = score.tier in ("warm", "hot")
    sequence = "warm" if warm else "cold"
    return EndOfDialogue("nurture", sequence, score.tier, f"closing_{sequence}")


async def end_dialogue(
    session: AsyncSession,
    lead: Lead,
    decision: EndOfDialogue,
    now: datetime,
    settings: Settings | None = None,
) -> None:
    """Apply `decide_end_of_dialogue`: disqualify, hand off, or enrol in nurture."""
    if decision.action == "disqualify":
        await disqualify(session, lead, reason=decision.reason)
    elif decision.action == "hand_off":
        await hand_off(session, lead, reason=decision.reason)
    else:
        assert decision.sequence is not None
        _move(session, lead, S.NURTURING, reason=decision.reason)
        await enrol(session, lead, decision.sequence, now, settings)


# --- sales --------------------------------------------------------------------------------------


def handoff_key(lead: Lead) -> str:
    """One card per hand-off: a new qualification cycle or a return from sales is a new one."""
    return f"card:{lead.id}:{lead.cycle}:{lead.recycles}"


async def hand_off(
    session: AsyncSession, lead: Lead, *, reason: str | None = "score", actor_id: int | None = None
) -> bool:
    """The lead goes to sales: stage sales_ready, nurture cancelled, the card queued.

    The card row is keyed by `handoff_key`: a resent update, a restart or a second caller
    in the same round cannot queue a second card. Returns whether a card was queued now;
    with it, the hand-off's score snapshot (`record_snapshot`). The card's SLA timers are
    scheduled when it is posted (`schedule_sla`); in a forum the card row first opens the
    lead's topic.
    """
    _move(session, lead, S.SALES_READY, reason=reason, actor_id=actor_id)
    await leave_nurture(session, lead)
    key = handoff_key(lead)
    queued = await repo.enqueue(
        session, kind=CARD, lead_id=lead.id, payload={"key": key}, dedupe_key=key
    )
    if queued:
        record_snapshot(session, lead, HANDOFF, key, reason=reason, actor_id=actor_id)
    return queued


async def promote_if_sales_ready(session: AsyncSession, lead: Lead, score: Score) -> bool:
    """A lead waiting in nurture whose new score is sales-ready is handed off now."""
    if score.sales_ready and lead.stage in NURTURE_STAGES:
        await hand_off(session, lead, reason="score")
        return True
    return False


def sla_due_times(
    start: datetime, settings: Settings, kinds: tuple[str, ...]
) -> dict[str, datetime]:
    """When each SLA timer falls due, counting business time from `start` (pure)."""
    business = business_hours(settings)
    outcome = business_days(settings.sla_outcome_days, business)
    amounts = {
        SLA_REMIND: timedelta(minutes=settings.sla_remind_minutes),
        SLA_ESCALATE: timedelta(minutes=settings.sla_escalate_minutes),
        SLA_EXEC: timedelta(minutes=settings.sla_exec_minutes),
        SLA_OUTCOME: outcome,
        SLA_OUTCOME_HEAD: outcome * 2,
    }
    return {kind: add_business_time(start, amounts[kind], business) for kind in kinds}


async def _schedule(
    session: AsyncSession, lead: Lead, card_key: str, due: Mapping[str, datetime]
) -> None:
    for kind, at in due.items():
        await repo.enqueue(
            session,
            kind=kind,
            lead_id=lead.id,
            payload={"key": card_key},
            due_at=at,
            dedupe_key=f"{kind}:{card_key}",
        )


async def note_cooled_card(session: AsyncSession, lead: Lead, score: Score) -> bool:
    """A lead with an untaken card is no longer sales-ready (its engagement decayed): the
    card stays (a person decides), and a note under it says so, once per hand-off.
    The stage does not change."""
    key = handoff_key(lead)
    return await repo.enqueue(
        session,
        kind=CARD_NOTE,
        lead_id=lead.id,
        payload={"key": key, "cell": score.cell, "total": round(score.total)},
        dedupe_key=f"cooled:{key}",
    )


async def schedule_sla(
    session: AsyncSession, lead: Lead, card_key: str, posted_at: datetime, settings: Settings
) -> None:
    """The card is posted: the first-response SLA starts (three levels, business time).

    Cancelled by the rep's first message to the prospect (`first_reply`), by an outcome, a
    disqualification, an admin's override or a forget; a take does not stop it (taking is
    not answering), it only makes the taker the one reminded.
    """
    await _schedule(session, lead, card_key, sla_due_times(posted_at, settings, SLA_FIRST_KINDS))


async def take(
    session: AsyncSession, lead: Lead, rep_id: int, now: datetime, settings: Settings
) -> None:
    """A rep took the card: stage in_sales; the outcome SLA starts (the taker after
    SLA_OUTCOME_DAYS business days, the heads after twice that); the first-response SLA
    goes on until the rep writes to the prospect; the sales chat's view is synced."""
    _move(session, lead, S.IN_SALES, actor_id=rep_id, reason="taken")
    due = sla_due_times(now, settings, SLA_OUTCOME_KINDS)
    await _schedule(session, lead, handoff_key(lead), due)
    await sync_sales_view(session, lead)


async def first_reply(session: AsyncSession, lead: Lead) -> None:
    """A rep's first message reached the prospect: the first-response timers (all three
    levels) are cancelled. The stage stays; an untaken card is taken first (`take`)."""
    await repo.cancel_pending(session, lead.id, SLA_FIRST_KINDS)


async def sync_sales_view(session: AsyncSession, lead: Lead, *, card: bool = False) -> None:
    """Queue a refresh of the lead's place in the sales chat (topic title and icon, the
    index line; the card too with `card`). Runs after the transaction; reads the state then."""
    await repo.enqueue(
        session, kind=SALES_SYNC, lead_id=lead.id, payload={"card": card}, dedupe_key=None
    )


Outcome = Literal["won", "lost", "recycle", "dq"]
OUTCOME_STAGE: Mapping[str, Stage] = {
    "won": S.WON,
    "lost": S.LOST,
    "recycle": S.RECYCLED,
    "dq": S.DISQUALIFIED,
}


async def close(
    session: AsyncSession,
    lead: Lead,
    outcome: str,
    reason: str | None,
    rep_id: int,
    now: datetime,
    settings: Settings | None = None,
) -> None:
    """Sales decided: won, lost, returned to nurture (recycle) or disqualified.

    Records the decision's score snapshot (the score sales saw, before anything the decision
    changes), cancels the SLA timers (first response and outcome) and syncs the sales chat's
    view. A recycled lead starts a new round: the "recycled" event (the scoring model
    restarts engagement from it) and the recycled nurture sequence; a later hand-off gets a
    new card key. A rejection (recycle, dq) may queue the admins' alert that sales reject too
    many leads (`check_rejections`).
    """
    key = handoff_key(lead)
    _move(session, lead, OUTCOME_STAGE[outcome], actor_id=rep_id, reason=reason)
    record_snapshot(session, lead, outcome, key, reason=reason, actor_id=rep_id, now=now)
    await repo.cancel_pending(session, lead.id, SLA_KINDS)
    await sync_sales_view(session, lead)
    if outcome == "recycle":
        lead.recycles += 1
        repo.add_event(session, lead, "recycled", now, reason=reason)
        await enrol(session, lead, "recycled", now, settings)
    if outcome in REJECTIONS and settings is not None:
        await check_rejections(session, now, settings)


async def disqualify(
    session: AsyncSession, lead: Lead, *, reason: str | None, actor_id: int | None = None
) -> None:
    """Not a client (job seeker, partner, spam, off-profile): nurture and SLA cancelled; a
    lead sales had gets its sales chat view synced."""
    had_sales = lead.stage in WITH_SALES
    _move(session, lead, S.DISQUALIFIED, actor_id=actor_id, reason=reason)
    await repo.cancel_pending(session, lead.id, (NURTURE, *SLA_KINDS))
    if had_sales:
        await sync_sales_view(session, lead)


# --- snapshots: what sales saw -----------------------------------------------------------------

HANDOFF = "handoff"
REJECTIONS = ("recycle", "dq")  # sales sent the lead back: the criteria let it through
REJECT_WINDOW = timedelta(days=7)


def record_snapshot(
    session: AsyncSession,
    lead: Lead,
    kind: str,
    card_key: str,
    *,
    reason: str | None = None,
    actor_id: int | None = None,
    now: datetime | None = None,
) -> None:
    """Keep the lead's current score (total, cell, tier, model version, fired rules) and its
    deal facts as they are at a hand-off or a sales decision: reports about sales read this,
    not the score the lead has by the time someone asks."""
    score = lead.score or {}
    session.add(
        ScoreSnapshot(
            lead_id=lead.id,
            kind=kind,
            card_key=card_key,
            at=now or utcnow(),
            actor_id=actor_id,
            reason=(reason or None) and reason[:64],
            score_total=float(score.get("total", lead.score_total or 0.0)),
            fit=float(score.get("fit", 0.0)),
            engagement=float(score.get("engagement", 0.0)),
            cell=score.get("cell"),
            tier=score.get("tier", lead.tier),
            sales_ready=bool(score.get("sales_ready", lead.sales_ready)),
            model_version=score.get("model_version", lead.model_version),
            rules=rule_counts(score.get("breakdown") or ()),
            facts=snapshot_facts(lead.facts or {}),
            source=lead.source,
        )
    )


async def check_rejections(session: AsyncSession, now: datetime, settings: Settings) -> bool:
    """Sales rejected (returned to nurture or disqualified) more than REJECT_ALERT_SHARE of
    the leads handed off in the last 7 days: queue one alert to the admins. At most one per
    7 days (an alert row created in the window is enough), and one per day by its key."""
    await session.flush()  # the decision being recorded counts
    since = now - REJECT_WINDOW
    handed, rejected, reasons = await repo.rejections_since(session, since, REJECTIONS)
    if (
        handed < settings.reject_alert_min_leads
        or rejected <= settings.reject_alert_share * handed
    ):
        return False
    if await repo.queued_since(session, REJECT_ALERT, since):
        return False
    payload = {
        "handed_off": handed,
        "rejected": rejected,
        "threshold": settings.reject_alert_share,
        "reasons": [[kind, reason, n] for (kind, reason), n in reasons.most_common()],
        "since": since.isoformat(),
    }
    return await repo.enqueue(
        session,
        kind=REJECT_ALERT,
        lead_id=None,
        payload=payload,
        dedupe_key=f"{REJECT_ALERT}:{now:%Y-%m-%d}",
    )


# --- reachability and consent -------------------------------------------------------------


async def mark_unreachable(session: AsyncSession, lead: Lead, now: datetime, via: str) -> None:
    """The prospect blocked the bot (a 403 on send, or my_chat_member "kicked"): the
    "blocked" event, stage unreachable, nurture cancelled. A lead sales have (an open card,
    taken, decided) keeps its stage: the rep can still call."""
    repo.add_event(session, lead, "blocked", now, via=via)
    if lead.stage not in WITH_SALES and can_move(lead, S.UNREACHABLE):
        _move(session, lead, S.UNREACHABLE, reason=f"blocked the bot ({via})")
    await leave_nurture(session, lead)


def mark_reachable(session: AsyncSession, lead: Lead, now: datetime) -> None:
    """The prospect unblocked the bot: the "unblocked" event cancels the blocked penalty.
    The stage stays until they write (/start resumes the dialogue)."""
    repo.add_event(session, lead, "unblocked", now)


async def unsubscribe(session: AsyncSession, lead: Lead, now: datetime, via: str) -> bool:
    """/stop or "Not interested": no more nurture. False when already unsubscribed."""
    if lead.unsubscribed:
        await leave_nurture(session, lead)
        return False
    lead.unsubscribed = True
    repo.add_event(session, lead, "unsubscribed", now, via=via)
    await leave_nurture(session, lead)
    return True


def resubscribe(session: AsyncSession, lead: Lead, now: datetime) -> None:
    if lead.unsubscribed:
        lead.unsubscribed = False
        repo.add_event(session, lead, "resubscribed", now)


# --- nurture ----------------------------------------------------------------------------------


@functools.cache
def sequences_for(path: Path | None) -> Sequences:
    """The sequences file, parsed once per process (a broken file is refused at start)."""
    return load_sequences(path)


def nurture_key(lead_id: int, sequence: str, run: int, step: int) -> str:
    return f"nurture:{lead_id}:{sequence}:{run}:{step}"


async def _next_run(session: AsyncSession, lead_id: int) -> int:
    # Runs number every enrolment of the lead, so a re-enrolment never collides with the
    # dedupe keys of an earlier (cancelled) run. A silent-lead nudge numbers its run by the
    # millisecond it was armed (arm_silent_nudge), past PostgreSQL's INTEGER: read as BIGINT
    # (as INTEGER, every enrolment of a lead that had been nudged failed on PostgreSQL).
    last = await session.scalar(
        select(func.max(cast(OutboxMessage.payload["run"].as_string(), BigInteger))).where(
            OutboxMessage.lead_id == lead_id, OutboxMessage.kind == NURTURE
        )
    )
    return int(last or 0) + 1


async def enrol(
    session: AsyncSession,
    lead: Lead,
    sequence_key: str,
    now: datetime,
    settings: Settings | None = None,
    *,
    at_step: str | None = None,
) -> bool:
    """Queue the first step of `sequence_key`; False if not enrolled (unsubscribed).

    Any pending nurture row is cancelled first: a lead is never in two sequences at once.
    Whether a step still goes out is decided when it falls due, from the lead's stage.
    """
    path = settings.nurture_sequences_path if settings else None
    scale = settings.nurture_delay_scale if settings else 1.0
    sequence = sequences_for(path).sequences.get(sequence_key)
    if sequence is None:
        raise ValueError(f"no nurture sequence {sequence_key!r}")
    if lead.id is None:
        await session.flush()  # a lead created in this transaction needs its id
    await leave_nurture(session, lead)
    if lead.unsubscribed:
        return False
    run = await _next_run(session, lead.id)
    first = sequence.steps[0]
    payload: dict[str, Any] = {
        "sequence": sequence_key,
        "run": run,
        "step": 0,
        "enrolled_at": now.isoformat(),
        "cycle": lead.cycle,
    }
    if at_step is not None:
        payload["at_step"] = at_step
    return await repo.enqueue(
        session,
        kind=NURTURE,
        lead_id=lead.id,
        payload=payload,
        due_at=step_due(
            first.delay, first.after, enrolled_at=now, previous_at=now, scale=scale, now=now
        ),
        dedupe_key=nurture_key(lead.id, sequence_key, run, 0),
    )


async def arm_silent_nudge(
    session: AsyncSession,
    lead: Lead,
    step_key: str,
    now: datetime,
    settings: Settings | None = None,
) -> None:
    """A question was just asked: (re)start the reminder for a prospect who goes quiet.

    One statement: the lead's single nudge row (key `nudge:<lead>`) is re-armed in place,
    so only the silence after the latest question counts. A later step of an earlier nudge
    ends by itself when it falls due (its question is no longer the open one).
    """
    path = settings.nurture_sequences_path if settings else None
    scale = settings.nurture_delay_scale if settings else 1.0
    first = sequences_for(path).sequences["silent"].steps[0]
    if lead.id is None:
        await session.flush()  # a lead created in this transaction needs its id
    await repo.upsert_outbox(
        session,
        kind=NURTURE,
        lead_id=lead.id,
        payload={
            "sequence": "silent",
            # The run numbers this arming for the keys of the steps after the first.
            "run": int(now.timestamp() * 1000),
            "step": 0,
            "enrolled_at": now.isoformat(),
            "cycle": lead.cycle,
            "at_step": step_key,
        },
        due_at=step_due(
            first.delay, first.after, enrolled_at=now, previous_at=now, scale=scale, now=now
        ),
        dedupe_key=f"nudge:{lead.id}",
    )


async def leave_nurture(session: AsyncSession, lead: Lead) -> None:
    """Cancel the lead's pending nurture rows, silent-lead nudges included."""
    await repo.cancel_pending(session, lead.id, (NURTURE,))


# --- admin and privacy --------------------------------------------------------------------------


async def admin_set_stage(session: AsyncSession, lead: Lead, stage: Stage, actor_id: int) -> bool:
    """An admin's override, outside the transition table (recorded with their id).

    To sales_ready it means "send it to sales": the card is queued as a hand-off would.
    Anything else cancels the SLA timers; leaving the dialogue and nurture stages (to
    in_sales, won, lost, disqualified, unreachable) also cancels nurture. Won and lost are
    outcomes: their score snapshot is recorded as for a sales decision. A lead that had a
    card gets its sales chat view synced. Forgotten only via `forget`, which erases data.
    """
    if stage == S.FORGOTTEN or lead.stage == S.FORGOTTEN:
        raise TransitionRefused("forgetting erases data: use /forget_lead")
    if stage == S.SALES_READY:
        _move(session, lead, stage, actor_id=actor_id, reason="admin", override=True)
        await hand_off(session, lead, reason="admin", actor_id=actor_id)
        return True
    had_sales = lead.stage in WITH_SALES
    changed = _move(session, lead, stage, actor_id=actor_id, reason="admin", override=True)
    if changed and stage in (S.WON, S.LOST):  # an outcome too, decided by an admin
        record_snapshot(session, lead, stage.value, handoff_key(lead), reason="admin",
                        actor_id=actor_id)  # fmt: skip
    # Timers of an untaken card mean nothing once an admin moved the lead on; a nurture
    # step checks the stage when it falls due, but ended leads should not keep rows waiting.
    cancel = SLA_KINDS if stage in (S.QUALIFYING, *NURTURE_STAGES) else (NURTURE, *SLA_KINDS)
    await repo.cancel_pending(session, lead.id, cancel)
    if changed and had_sales:
        await sync_sales_view(session, lead)
    return changed


async def forget(session: AsyncSession, lead: Lead, actor_id: int | None) -> None:
    """Stage forgotten; every pending outbox row of the lead is cancelled."""
    _move(session, lead, S.FORGOTTEN, actor_id=actor_id, reason="forget", override=True)
    await repo.cancel_pending(session, lead.id, None)
