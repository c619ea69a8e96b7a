"""Nurture at the edge: the outbox handler that sends one step, and button clicks.

Every message of a sequence is one outbox row of kind "nurture" (so the worker's atomic claim,
429/5xx handling and the blocked-bot handling apply); `bot.lifecycle` enrols and cancels.
Sending a step enqueues the next one in the same transaction, keyed by lead, sequence, run
and step, so a retried or re-claimed row never queues a step twice. Whether a lead should
still get a step is decided when it falls due, from the lead's stage: a lead that went to
sales, was disqualified, unsubscribed or answered the open question simply ends its run.
"""

from __future__ import annotations

import functools
import html
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.config import Settings
from bot.db import repo
from bot.db.models import Lead, OutboxMessage, utcnow
from bot.dialogs.script import Script, load_script
from bot.hours import lead_time_zone, promised_reply
from bot.lifecycle import sequences_for
from bot.nurture.sequences import Sequence, Sequences, render
from bot.nurture.timing import in_quiet_hours, is_too_late, next_index, quiet_end, step_due
from bot.outgoing import Outgoing
from bot.services.outbox import Claimed, PermanentFailure, Postpone
from bot.services.scoring import ModelCache, rescore_lead

log = logging.getLogger(__name__)

NEED_CHARS = 60  # {need} quotes the prospect's own words; long answers are cut


class NurtureCallback(CallbackData, prefix="n"):
    """Action, lead id, sequence key and step index: short (< 64 bytes), no personal data."""

    action: str = Field(max_length=8)  # ready | price | stop | resume
    lead: int = Field(ge=1, lt=2**63)
    seq: str = Field(max_length=12)
    step: int = Field(ge=0, lt=1000)


@functools.cache
def _script_for(path: Path | None) -> Script:
    # The outbox worker has no dispatcher data; it reads the same script file as the bot.
    return load_script(path)


def lead_zone(lead: Lead, settings: Settings) -> ZoneInfo:
    """The lead's own time zone: a fact naming one, else the phone number's or the
    language's (`bot.hours.lead_time_zone`), else the company's."""
    facts = lead.facts or {}
    name = facts.get("timezone")
    if isinstance(name, str):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return lead_time_zone(facts.get("phone"), lead.language, settings.zone).zone


# --- the outbox handler -------------------------------------------------------------------


async def send_nurture(session: AsyncSession, bot: Bot, row: Claimed, settings: Settings) -> None:
    """Send one step (or end the run, or skip a too-late step) and queue the next step."""
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if lead is None:
        raise PermanentFailure("the lead is gone")
    data = row.payload
    key, index = str(data.get("sequence")), int(data.get("step", 0))
    sequences = sequences_for(settings.nurture_sequences_path)
    sequence = sequences.sequences.get(key)
    if sequence is None or not 0 <= index < len(sequence.steps):
        raise PermanentFailure(f"sequence {key!r} has no step {index + 1}")
    stored = await session.get(OutboxMessage, row.id)
    now = utcnow()

    reason = await _exit_reason(session, lead, sequence, data, settings)
    if reason is not None:
        _note(stored, f"ended: {reason}")
        return
    zone, span = lead_zone(lead, settings), settings.quiet_span
    if in_quiet_hours(now, zone, span):
        # Not an error and not an attempt: the worker keeps the row for the morning.
        morning = quiet_end(now, zone, span)
        raise Postpone(max(1.0, (morning - now).total_seconds()), "quiet hours")
    too_late = timedelta(hours=settings.nurture_too_late_hours)
    if stored is not None and is_too_late(now, stored.due_at, zone, span, too_late):
        # The bot was down: an old message would arrive out of context, so the run moves on.
        _note(stored, "skipped: too late")
        await _enqueue_next(session, lead, sequence, data, index, now, settings)
        return

    step = sequence.steps[index]
    lang = lead.language
    text = render(step.text.get(lang), await _values(session, lead, sequences, data, settings))
    markup = keyboard(sequences, lead.id, key, index, step.buttons, lang)
    try:
        await _send(bot, lead.chat_id, text, markup, step.media)
    except TelegramForbiddenError as exc:
        # A blocked user costs exactly one 403: the run ends here and the row is done.
        await lifecycle.mark_unreachable(session, lead, now, via="send")
        _note(stored, f"403: {exc.message}"[:200])
        return
    await _enqueue_next(session, lead, sequence, data, index, now, settings)


async def _exit_reason(
    session: AsyncSession,
    lead: Lead,
    sequence: Sequence,
    data: dict[str, Any],
    settings: Settings,
) -> str | None:
    if lead.unsubscribed:
        return "unsubscribed"
    if lead.sales_ready or lead.stage not in sequence.stages:
        return f"stage {lead.stage}"
    if data.get("cycle") not in (None, lead.cycle):
        return "restarted"
    if sequence.silent:
        answers = await repo.current_answers(session, lead)
        script = _script_for(settings.script_path)
        current = script.next_step(lead.facts or {}, [a.step for a in answers])
        if current is None or current.key != data.get("at_step"):
            return "the question was answered"
    return None


def _note(stored: OutboxMessage | None, result: str) -> None:
    # The worker overwrites status and last_error on success; the payload keeps why a row
    # ended without a message.
    if stored is not None:
        stored.payload = {**stored.payload, "result": result}


async def _enqueue_next(
    session: AsyncSession,
    lead: Lead,
    sequence: Sequence,
    data: dict[str, Any],
    index: int,
    now: datetime,
    settings: Settings,
) -> bool:
    following = next_index(len(sequence.steps), index)
    if following is None:
        return False  # the sequence ends; the lead stays in its stage
    step = sequence.steps[following]
    enrolled = data.get("enrolled_at")
    enrolled_at = datetime.fromisoformat(enrolled) if isinstance(enrolled, str) else now
    due = step_due(
        step.delay,
        step.after,
        enrolled_at=enrolled_at,
        previous_at=now,
        scale=settings.nurture_delay_scale,
        now=now,
    )
    payload = {k: v for k, v in data.items() if k != "result"} | {"step": following}
    return await repo.enqueue(
        session,
        kind=lifecycle.NURTURE,
        lead_id=lead.id,
        payload=payload,
        due_at=due,
        dedupe_key=lifecycle.nurture_key(
            lead.id, str(data["sequence"]), int(data["run"]), following
        ),
    )


async def _values(
    session: AsyncSession,
    lead: Lead,
    sequences: Sequences,
    data: dict[str, Any],
    settings: Settings,
) -> dict[str, str]:
    lang = lead.language
    script = _script_for(settings.script_path)
    need_keys = {s.key for s in script.steps if s.parser == "need"}
    answers = await repo.current_answers(session, lead)
    need = next((a.raw_text for a in answers if a.step in need_keys and a.raw_text), None)
    if need and len(need) > NEED_CHARS:
        need = need[: NEED_CHARS - 1].rstrip() + "…"
    asked = script.step(str(data.get("at_step"))) if data.get("at_step") else None
    return {
        "name": lead.first_name or sequences.texts["name_fallback"].get(lang),
        "need": need or sequences.texts["need_fallback"].get(lang),
        "step_question": asked.question.get(lang) if asked else "",
    }


def keyboard(
    sequences: Sequences,
    lead_id: int,
    sequence_key: str,
    index: int,
    actions: tuple[str, ...],
    lang: str,
) -> InlineKeyboardMarkup | None:
    rows = [
        [
            InlineKeyboardButton(
                text=sequences.buttons[action].get(lang),  # type: ignore[index]
                callback_data=NurtureCallback(
                    action=action, lead=lead_id, seq=sequence_key, step=index
                ).pack(),
            )
        ]
        for action in actions
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


async def _send(
    bot: Bot,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
    media: tuple[str, str] | None,
) -> None:
    if media is not None:
        kind, file = media
        try:
            if kind == "photo":
                await bot.send_photo(chat_id, file, caption=text, reply_markup=markup)
            else:
                await bot.send_document(chat_id, file, caption=text, reply_markup=markup)
            return
        except TelegramBadRequest as exc:
            # A stale file_id or a dead URL must not stall the sequence: the text still goes.
            log.warning("nurture %s %r refused (%s): sending the text alone", kind, file, exc)
    await bot.send_message(chat_id, text, reply_markup=markup)


# --- button clicks ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClickResult:
    notice: str | None  # the callback answer
    replies: list[Outgoing] = field(default_factory=list)
    handed_off: bool = False


async def was_sent(
    session: AsyncSession, lead: Lead, callback: NurtureCallback, sequences: Sequences
) -> bool:
    """The click is on a nurture message this lead really got, with that very button."""
    sequence = sequences.sequences.get(callback.seq)
    if sequence is None or not 0 <= callback.step < len(sequence.steps):
        return False
    if callback.action not in sequence.steps[callback.step].buttons:
        return False
    sent = await session.scalar(
        select(OutboxMessage.id)
        .where(
            OutboxMessage.lead_id == lead.id,
            OutboxMessage.kind == lifecycle.NURTURE,
            OutboxMessage.status == "sent",
            OutboxMessage.payload["sequence"].as_string() == callback.seq,
            OutboxMessage.payload["step"].as_integer() == callback.step,
        )
        .limit(1)
    )
    return sent is not None


async def on_click(
    session: AsyncSession,
    script: Script,
    settings: Settings,
    models: ModelCache,
    user_id: int,
    callback: NurtureCallback,
    now: datetime,
) -> ClickResult:
    """A ready / price / stop press: recorded and rescored; returns what to send.

    Only a press on a nurture message this lead was actually sent counts: a forged or
    replayed callback earns nothing.
    """
    sequences = sequences_for(settings.nurture_sequences_path)
    lead = await repo.lead_by_user(session, user_id)
    if (
        lead is None
        or lead.id != callback.lead
        or not await was_sent(session, lead, callback, sequences)
    ):
        return ClickResult(sequences.text("not_yours", settings.default_language))
    lang = lead.language
    record_click(session, lead, callback, now)
    if callback.action == "stop":
        changed = await lifecycle.unsubscribe(session, lead, now, via="nurture")
        await _rescore(session, lead, models, now)
        name = "unsubscribed" if changed else "already_unsubscribed"
        return ClickResult(None, [Outgoing(sequences.text(name, lang))])

    replies: list[Outgoing] = []
    if callback.action == "price":
        price = sequences.price_list
        replies.append(Outgoing(render(price.text.get(lang), {}), document=price.document))
    result = await _rescore(session, lead, models, now)
    if lead.stage in lifecycle.WITH_SALES:
        return ClickResult(None, [*replies, Outgoing(sequences.text("handed_off", lang))])
    if await lifecycle.promote_if_sales_ready(session, lead, result):
        promise = promised_reply(now, settings, script, lang)
        replies.append(Outgoing(html.escape(script.text("closing_hot", lang, when=promise))))
        return ClickResult(None, replies, handed_off=True)
    if callback.action == "ready":
        replies.append(Outgoing(sequences.text("ready_noted", lang)))
    return ClickResult(None, replies)


def record_click(
    session: AsyncSession, lead: Lead, callback: NurtureCallback, now: datetime
) -> None:
    """The engagement event the scoring model reads (rules nurture_ready, nurture_interest)."""
    repo.add_event(
        session,
        lead,
        "nurture_click",
        now,
        action=callback.action,
        sequence=callback.seq,
        step=callback.step,
    )
    lead.last_seen_at = now


async def _rescore(session: AsyncSession, lead: Lead, models: ModelCache, now: datetime) -> Any:
    await session.flush()
    return await rescore_lead(session, lead, await models.active(session), now)
