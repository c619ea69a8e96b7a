"""The sales side of a hand-off: the card, what reps do with it, and the SLA timers.

Every action is a committed row first (stage change, card state, audit entry); the card is
edited after the commit, so a crash leaves the truth in the database and at worst a stale card.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramMigrateToChat
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from pydantic import Field
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.config import Settings
from bot.db import repo
from bot.db.models import AuditEntry, KeyValue, Lead, OutboxMessage, SalesCard, Stage, utcnow
from bot.services.insights import LeadPrediction, lead_prediction, prediction_line
from bot.services.outbox import Claimed, PermanentFailure, Postpone
from bot.texts import stage_name, tier_name

log = logging.getLogger(__name__)

TELEGRAM_LIMIT = 4096
SALES_CHAT_KEY = "sales_chat"
BANT_LINES = (("need", "Задача"), ("budget", "Бюджет"), ("authority", "Решение"),
              ("decider", "Кто ещё решает"), ("timeline", "Сроки"))  # fmt: skip
SUSPECT_NAMES = {"partner": "партнёр или реселлер", "vendor": "подрядчик, предлагающий услуги",
                 "job_seeker": "соискатель", "student": "студент", "researcher": "исследование",
                 "spam": "спам"}  # fmt: skip
PRODUCT_NAMES = {"website": "сайт", "crm": "CRM", "bot": "чат-бот"}
REASONS = {
    "recycle": (("not_now", "Пока не актуально"), ("no_answer", "Не отвечает"),
                ("too_early", "Рано, греть дальше"), ("no_budget", "Нет бюджета")),
    "dq": (("spam", "Спам"), ("competitor", "Конкурент"), ("job_seeker", "Соискатель"),
           ("off_profile", "Не наш профиль"), ("duplicate", "Дубль")),
    "lost": (("price", "Дорого"), ("competitor", "Ушёл к конкуренту"),
             ("no_answer", "Пропал"), ("timing", "Не сейчас"), ("other", "Другое")),
}  # fmt: skip
OUTCOME_LABEL = {"won": "✅ Сделка", "lost": "❌ Проигран", "recycle": "♻️ Возвращён в прогрев",
                 "dq": "🚫 Дисквалифицирован"}  # fmt: skip


class SalesCallback(CallbackData, prefix="s"):
    """Only the action and a short lead id travel in callback data: no personal data."""

    action: str = Field(max_length=8)  # take | won | lost | recycle | dq | menu | back
    # Within BIGINT: a forged huge id does not unpack (the button is ignored), never a crash.
    lead: int = Field(ge=0, le=2**63 - 1)
    arg: str = Field(default="", max_length=16)


# --- where the sales chat is --------------------------------------------------------------


async def sales_chat(session: AsyncSession, settings: Settings) -> tuple[int | None, int | None]:
    """The sales chat and topic: a migrated group's new id, stored at runtime, wins."""
    row = await session.get(KeyValue, SALES_CHAT_KEY)
    if row is not None:
        return int(row.value["chat_id"]), row.value.get("thread_id")
    return settings.sales_chat_id, settings.sales_thread_id


async def remember_sales_chat(session: AsyncSession, chat_id: int, thread_id: int | None) -> None:
    row = await session.get(KeyValue, SALES_CHAT_KEY)
    value = {"chat_id": chat_id, "thread_id": thread_id}
    if row is None:
        session.add(KeyValue(key=SALES_CHAT_KEY, value=value))
    else:
        row.value = value
    log.warning("sales chat is now %s (thread %s)", chat_id, thread_id)


# --- the card -----------------------------------------------------------------------------


def _age(since: datetime, now: datetime) -> str:
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} мин"
    if minutes < 24 * 60:
        return f"{minutes // 60} ч {minutes % 60} мин"
    return f"{minutes // (24 * 60)} дн"


def _trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class CardView:
    """Everything the card shows, read from the database in one place."""

    lead: Lead
    answers: dict[str, str]
    card: SalesCard | None
    same_company: list[Lead]
    # The trained outcome model's chance of a deal (after /suggest); the rule score above
    # it is still what sent the lead to sales.
    prediction: LeadPrediction | None = None


def card_text(view: CardView, now: datetime) -> str:
    """HTML card; every piece of prospect text is escaped, long answers trimmed to fit."""
    # Escaping can grow a text fivefold ("&" -> "&amp;"), so trim until the card fits.
    for limit in (300, 120, 40, 10):
        text = _card_text(view, now, limit)
        if len(text) <= TELEGRAM_LIMIT:
            return text
    return text[: TELEGRAM_LIMIT - 1] + "…"  # pragma: no cover - 10 chars per field fit


def _card_text(view: CardView, now: datetime, limit: int) -> str:
    e = html.escape
    lead, card = view.lead, view.card
    facts: dict[str, Any] = lead.facts or {}
    score: dict[str, Any] = lead.score or {}
    name = _trim(" ".join(p for p in (lead.first_name, lead.last_name) if p) or "—", limit)
    head = f'🔥 <b>Лид #{lead.id}</b>: <a href="tg://user?id={lead.tg_user_id}">{e(name)}</a>'
    if lead.username:
        head += f" @{e(lead.username)}"
    lines = [head]
    suspect = facts.get("disqualifier_suspect")
    if suspect:
        # A buyer's words and a non-buyer's in one lead: a person decides, not the bot.
        kind = SUSPECT_NAMES.get(str(suspect), str(suspect))
        lines.append(f"⚠️ <b>Проверить:</b> возможно, {e(kind)}")
    contacts = [str(c) for c in (facts.get("phone"), facts.get("email")) if c]
    if contacts:
        lines.append("📞 " + e(_trim(" · ".join(contacts), limit)))
    company = " · ".join(str(facts[k]) for k in ("company", "position") if facts.get(k))
    if company:
        lines.append("🏢 " + e(_trim(company, limit)))
    for key, label in BANT_LINES:
        if view.answers.get(key):
            lines.append(f"<b>{label}:</b> {e(_trim(view.answers[key], limit))}")
    lines.append(
        f"<b>{e(str(score.get('cell', '?')))}</b> · {float(score.get('total', 0)):.0f}/100 · "
        f"{e(tier_name(score.get('tier')))}"
    )
    reasons = sorted(score.get("breakdown", []), key=lambda r: -abs(r.get("points", 0)))[:4]
    for reason in reasons:
        label = _trim(str(reason.get("reason", reason.get("rule_id"))), limit)
        lines.append(f"  {float(reason.get('points', 0)):+g} {e(label)}")
    products = score.get("by_product") or {}
    if products:
        lines.append(
            "Продукты: "
            + ", ".join(f"{e(PRODUCT_NAMES.get(p, p))} {v:+g}" for p, v in products.items())
        )
    if view.prediction is not None:
        lines.append("🎯 " + e(prediction_line(view.prediction, min(limit, 60))))
    questions = (lead.dialogue or {}).get("questions") or []
    if questions:
        lines.append("<b>❓ Вопросы менеджеру:</b>")
        lines += [f"  • {e(_trim(str(q), limit))}" for q in questions[-5:]]
    lines.append(
        f"Источник: {e(_trim(lead.source or 'прямой заход', limit))} · "
        f"пришёл {_age(lead.created_at, now)} назад"
    )
    if view.same_company:
        # The account: leads of one company add up (same corporate domain or company name).
        members = [lead, *view.same_company]
        account = sum(float(m.score_total or 0) for m in members)
        others = ", ".join(
            f"#{other.id} ({e(stage_name(other.stage))}, {float(other.score_total or 0):.0f})"
            for other in view.same_company[:5]
        )
        lines.append(f"🏢 Компания: {len(members)} лида, сумма баллов {account:.0f}: {others}")
    if card is not None and card.taken_by_id is not None and card.taken_at is not None:
        lines.append(
            f"👤 Взял {e(_trim(card.taken_by_name or str(card.taken_by_id), limit))} "
            f"в {card.taken_at:%H:%M} UTC"
        )
    if card is not None and card.outcome:
        reason = dict(REASONS.get(card.outcome, ())).get(card.outcome_reason or "", "")
        lines.append(f"{OUTCOME_LABEL[card.outcome]}" + (f": {e(reason)}" if reason else ""))
    return "\n".join(lines)


def card_keyboard(
    lead_id: int, card: SalesCard | None, menu: str | None = None
) -> InlineKeyboardMarkup | None:
    """Open card: Take; taken: Won/Lost; always Return to nurture and Disqualify."""

    def button(text: str, action: str, arg: str = "") -> InlineKeyboardButton:
        data = SalesCallback(action=action, lead=lead_id, arg=arg).pack()
        return InlineKeyboardButton(text=text, callback_data=data)

    if card is not None and card.outcome:
        return None
    if menu in REASONS:
        rows = [[button(label, menu, value)] for value, label in REASONS[menu]]
        return InlineKeyboardMarkup(inline_keyboard=[*rows, [button("← Назад", "back")]])
    first = (
        [button("✅ Сделка", "won"), button("❌ Проигран", "menu", "lost")]
        if card is not None and card.taken_by_id is not None
        else [button("🙋 Беру", "take")]
    )
    second = [button("♻️ В прогрев", "menu", "recycle"), button("🚫 Дисквал.", "menu", "dq")]
    return InlineKeyboardMarkup(inline_keyboard=[first, second])


async def card_view(session: AsyncSession, lead: Lead) -> CardView:
    answers = {a.step: a.raw_text or "" for a in await repo.current_answers(session, lead)}
    card = await latest_card(session, lead.id)
    prediction = await lead_prediction(session, lead)
    return CardView(lead, answers, card, await same_company(session, lead), prediction)


async def same_company(session: AsyncSession, lead: Lead) -> list[Lead]:
    """Other leads with the same corporate e-mail domain or the same company name."""
    facts = lead.facts or {}
    conditions = []
    email = str(facts.get("email") or "")
    if facts.get("email_corporate") and "@" in email:
        domain = email.rsplit("@", 1)[1].lower()
        conditions.append(Lead.facts["email"].as_string().like(f"%@{domain}"))
    if facts.get("company"):
        conditions.append(Lead.facts["company"].as_string() == str(facts["company"]))
    if not conditions:
        return []
    result = await session.scalars(
        select(Lead).where(Lead.id != lead.id, or_(*conditions)).order_by(Lead.id).limit(10)
    )
    return list(result)


async def latest_card(session: AsyncSession, lead_id: int) -> SalesCard | None:
    return await session.scalar(
        select(SalesCard)
        .where(SalesCard.lead_id == lead_id)
        .order_by(SalesCard.id.desc())
        .limit(1)
    )


# --- outbox handlers ----------------------------------------------------------------------


async def send_sales_card(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """Post the card once per hand-off, then start its SLA timers (same transaction)."""
    lead = await session.get(Lead, row.lead_id)
    if lead is None or lead.stage != Stage.SALES_READY:
        raise PermanentFailure("the lead is no longer waiting for sales")
    key = str(row.payload.get("key") or f"row:{row.id}")
    if await session.scalar(select(SalesCard.id).where(SalesCard.handoff_key == key)):
        return  # posted by an earlier try whose outbox row was not marked
    chat_id, thread_id = await sales_chat(session, settings)
    if chat_id is None:
        raise PermanentFailure("SALES_CHAT_ID is not set")
    view = await card_view(session, lead)
    view = dataclasses.replace(view, card=None)
    text = card_text(view, utcnow())
    markup = card_keyboard(lead.id, None)
    try:
        try:
            message = await bot.send_message(
                chat_id, text, message_thread_id=thread_id, reply_markup=markup
            )
        except TelegramMigrateToChat as exc:
            chat_id = exc.migrate_to_chat_id
            await remember_sales_chat(session, chat_id, thread_id)
            message = await bot.send_message(
                chat_id, text, message_thread_id=thread_id, reply_markup=markup
            )
    except TelegramBadRequest as exc:
        if thread_id is None or "thread not found" not in exc.message.lower():
            raise
        log.warning("sales topic %s is gone: posting to the main chat", thread_id)
        message = await bot.send_message(chat_id, text, reply_markup=markup)
        thread_id = None
    except TelegramForbiddenError as exc:
        # Keep the card queued until someone adds the bot back (see handlers.sales).
        log.error("cannot post to the sales chat %s: %s; the card waits", chat_id, exc.message)
        raise Postpone(60, "the bot is not in the sales chat") from exc
    posted = utcnow()
    session.add(
        SalesCard(
            lead_id=lead.id,
            handoff_key=key,
            chat_id=chat_id,
            thread_id=thread_id,
            message_id=message.message_id,
            posted_at=posted,
            sla_breaches=0,
        )
    )
    await lifecycle.schedule_sla(
        session,
        lead,
        key,
        remind_at=posted + timedelta(minutes=settings.sla_remind_minutes),
        escalate_at=posted + timedelta(minutes=settings.sla_escalate_minutes),
    )


async def _breached_card(
    session: AsyncSession, row: Claimed, level: int
) -> tuple[SalesCard, int] | None:
    """The card of an SLA timer if nobody took it yet, marked with the breach level, and the
    minutes it has waited; None when the timer has nothing left to do."""
    card = await session.scalar(
        select(SalesCard).where(SalesCard.handoff_key == str(row.payload.get("key")))
    )
    if card is None or card.taken_by_id is not None or card.outcome is not None:
        return None
    card.sla_breaches = max(card.sla_breaches, level)
    return card, int((utcnow() - card.posted_at).total_seconds() // 60)


async def _reply_to_card(bot: Bot, card: SalesCard, text: str) -> None:
    await bot.send_message(
        card.chat_id,
        text,
        message_thread_id=card.thread_id,
        reply_to_message_id=card.message_id,
        allow_sending_without_reply=True,
    )


async def send_card_note(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """The decay job found a waiting lead no longer sales-ready: say so under its card."""
    card = await session.scalar(
        select(SalesCard).where(SalesCard.handoff_key == str(row.payload.get("key")))
    )
    if card is None or card.taken_by_id is not None or card.outcome is not None:
        return  # taken or decided meanwhile: the note has nothing left to say
    cell, total = row.payload.get("cell", "?"), row.payload.get("total", "?")
    await _reply_to_card(
        bot,
        card,
        f"⏬ Лид #{card.lead_id} остыл, пока ждал: сейчас {html.escape(str(cell))}, "
        f"{html.escape(str(total))}/100. Карточка остаётся — решите, брать ли его.",
    )


async def send_sla_reminder(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    breached = await _breached_card(session, row, level=1)
    if breached is not None:
        card, minutes = breached
        await _reply_to_card(
            bot, card, f"⏰ Лид #{card.lead_id} ждёт уже {minutes} мин. Кто возьмёт?"
        )


async def send_sla_escalation(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    breached = await _breached_card(session, row, level=2)
    if breached is None:
        return
    card, minutes = breached
    heads = sorted(settings.sales_head_ids)
    mentions = " ".join(f'<a href="tg://user?id={head}">руководитель</a>' for head in heads)
    await _reply_to_card(
        bot, card, f"🚨 Лид #{card.lead_id} никто не взял за {minutes} мин. {mentions}".strip()
    )
    for head in heads:
        try:
            await bot.send_message(
                head, f"🚨 Лид #{card.lead_id} ждёт в чате продаж {minutes} мин и не взят."
            )
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            # A head who never opened the bot cannot get a private message: the mention stays.
            log.warning("cannot message head of sales %s: %s", head, exc.message)


# --- rep actions --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionResult:
    ok: bool
    notice: str  # the short answer shown to the rep who pressed
    lead: Lead | None = None


async def take(
    session: AsyncSession, lead_id: int, rep_id: int, rep_name: str, now: datetime
) -> ActionResult:
    """Assign the lead to the rep; a conditional update makes two presses race-free."""
    card = await latest_card(session, lead_id)
    lead = await session.get(Lead, lead_id)
    if card is None or lead is None or lead.stage == Stage.FORGOTTEN:
        return ActionResult(False, "Карточка не найдена")
    if card.outcome is not None or lead.stage not in (Stage.SALES_READY, Stage.IN_SALES):
        return ActionResult(False, "По этому лиду уже есть решение")
    claimed = await session.execute(
        update(SalesCard)
        .where(SalesCard.id == card.id, SalesCard.taken_by_id.is_(None))
        .values(taken_by_id=rep_id, taken_by_name=rep_name[:128], taken_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(card)
    if not claimed.rowcount:
        if card.taken_by_id == rep_id:
            return ActionResult(False, "Этот лид уже ваш")
        return ActionResult(False, f"Уже взял {card.taken_by_name or card.taken_by_id}")
    await lifecycle.take(session, lead, rep_id)
    session.add(AuditEntry(actor_id=rep_id, action="take", lead_id=lead.id, at=now))
    return ActionResult(True, "Лид ваш", lead)


async def close(
    session: AsyncSession,
    lead_id: int,
    outcome: str,
    reason: str,
    rep_id: int,
    now: datetime,
    settings: Settings,
) -> ActionResult:
    """Won, lost, returned to nurture or disqualified: recorded once, with rep and reason."""
    card = await latest_card(session, lead_id)
    lead = await session.get(Lead, lead_id)
    if (
        card is None
        or lead is None
        or lead.stage == Stage.FORGOTTEN
        or outcome not in lifecycle.OUTCOME_STAGE
    ):
        return ActionResult(False, "Карточка не найдена")
    if card.outcome is not None:
        return ActionResult(False, "По этому лиду уже есть решение")
    if outcome in REASONS and reason not in dict(REASONS[outcome]):
        return ActionResult(False, "Выберите причину")
    if outcome in ("won", "lost") and card.taken_by_id is None:
        return ActionResult(False, "Сначала возьмите лид")
    card.outcome, card.outcome_reason = outcome, reason or None
    card.outcome_by_id, card.outcome_at = rep_id, now
    await lifecycle.close(session, lead, outcome, reason or None, rep_id, now, settings)
    detail = {"reason": reason} if reason else {}
    session.add(
        AuditEntry(actor_id=rep_id, action=outcome, lead_id=lead.id, detail=detail, at=now)
    )
    return ActionResult(True, OUTCOME_LABEL[outcome], lead)


async def resume_postponed_cards(session: AsyncSession) -> int:
    """The bot is back in the sales chat: post the cards that waited, now."""
    result = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.kind == lifecycle.CARD, OutboxMessage.status == "pending")
        .values(due_at=utcnow())
    )
    return int(result.rowcount or 0)


async def open_cards(session: AsyncSession, taken_by: int | None = None) -> list[SalesCard]:
    """Untaken open cards, oldest first; or the open cards one rep has taken."""
    query = select(SalesCard).where(SalesCard.outcome.is_(None)).order_by(SalesCard.posted_at)
    if taken_by is None:
        query = query.where(SalesCard.taken_by_id.is_(None))
    else:
        query = query.where(SalesCard.taken_by_id == taken_by)
    return list(await session.scalars(query.limit(50)))
