"""The sales side of a hand-off: the card, what reps do with it, and the SLA timers.

Every action is a committed row first (stage change, card state, audit entry); the card is
edited after the commit, so a crash leaves the truth in the database and at worst a stale card.
In a forum sales group the card lives in the lead's own topic (`bot.services.topics`), with a
one-line entry in General; elsewhere it is a message the conversation replies to.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
)
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from pydantic import Field
from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.config import Settings
from bot.db import repo
from bot.db.models import (
    AuditEntry,
    KeyValue,
    Lead,
    OutboxMessage,
    SalesCard,
    SalesTopic,
    Stage,
    utcnow,
)
from bot.dialogs.parsers import Extraction, SlotFact, render_acknowledgement
from bot.hours import lead_time_zone
from bot.services import topics
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
AUTHORITY_NAMES = {"decision_maker": "решает сам", "influencer": "согласует с руководством",
                   "researcher": "собирает информацию"}  # fmt: skip
ZONE_SOURCES = {"phone": "по номеру", "language": "по языку", "company": "наш пояс по умолчанию"}
# Kinds this module performs besides the card and the SLA timers: the General index line.
INDEX = "sales_index"
FORUM_TTL_S = 300  # how long "is the sales chat a forum" is believed (getChat)
LIST_PAGE = 20  # /leads and /mine: cards per page


class SalesCallback(CallbackData, prefix="s"):
    """Only the action and a short lead id travel in callback data: no personal data."""

    action: str = Field(max_length=8)  # take | won | lost | recycle | dq | menu | back
    # Within BIGINT: a forged huge id does not unpack (the button is ignored), never a crash.
    lead: int = Field(ge=0, le=2**63 - 1)
    arg: str = Field(default="", max_length=16)


class ListCallback(CallbackData, prefix="sl"):
    """A page of /leads ("open") or /mine ("mine", whose list: `owner`, a rep's id)."""

    which: str = Field(max_length=4)
    page: int = Field(ge=0, lt=10_000)
    owner: int = Field(default=0, ge=0, le=2**63 - 1)


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


_forums: dict[int, tuple[bool, float]] = {}


async def is_forum(bot: Bot, chat_id: int) -> bool:
    """Whether the chat has topics on (getChat, believed for a few minutes); False when the
    chat cannot be read: the card then goes out the old way and its errors say why."""
    known = _forums.get(chat_id)
    if known is not None and time.monotonic() - known[1] < FORUM_TTL_S:
        return known[0]
    try:
        chat = await bot.get_chat(chat_id)
    except TelegramAPIError as exc:
        log.warning("cannot read the sales chat %s: %s", chat_id, exc.message)
        return False
    forum = bool(getattr(chat, "is_forum", False))
    _forums[chat_id] = (forum, time.monotonic())
    return forum


# --- the card -----------------------------------------------------------------------------


def age(since: datetime, now: datetime) -> str:
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
    settings: Settings | None = None


def understood(facts: dict[str, Any], now: datetime) -> str:
    """What the bot understood, in words: "задача — сайт, бюджет около 2 млн ₽, срочно,
    решает сам, есть ТЗ" (plain text: escape it)."""
    slots = {
        slot: SlotFact(facts, 1.0, "")
        for slot, key in (("need", "need_category"), ("budget", "budget_status"),
                          ("timeline", "timeline_status"), ("brief", "has_brief"))
        if facts.get(key) is not None
    }  # fmt: skip
    words = render_acknowledgement(Extraction(slots=slots, today=now.date()), "ru")
    authority = AUTHORITY_NAMES.get(str(facts.get("authority")))
    return ", ".join(p for p in (words, authority) if p)


def local_time_line(lead: Lead, settings: Settings, now: datetime) -> str:
    """ "🕐 У клиента 14:05 (Asia/Novosibirsk, UTC+07:00, по номеру)"."""
    found = lead_time_zone((lead.facts or {}).get("phone"), lead.language, settings.zone)
    local = now.astimezone(found.zone)
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    where = f"{found.zone.key}, {offset}, {ZONE_SOURCES[found.source]}"
    return f"🕐 У клиента {local:%H:%M} ({html.escape(where)})"


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
    facts_words = understood(facts, now)
    if facts_words:
        lines.append(f"🧾 <b>Понято:</b> {e(_trim(facts_words, limit))}")
    if view.settings is not None:
        lines.append(local_time_line(lead, view.settings, now))
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
    later = (lead.dialogue or {}).get("later") or []
    if later:
        lines.append("<b>💬 Писал(а) после диалога:</b>")
        lines += [f"  • {e(_trim(str(m), limit))}" for m in later[-5:]]
    lines.append(
        f"Источник: {e(_trim(lead.source or 'прямой заход', limit))} · "
        f"пришёл {age(lead.created_at, now)} назад"
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
    if card is not None and card.first_reply_at is not None:
        lines.append(f"✉️ Первый ответ клиенту через {age(card.posted_at, card.first_reply_at)}")
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


async def card_view(
    session: AsyncSession, lead: Lead, settings: Settings | None = None
) -> CardView:
    answers = {a.step: a.raw_text or "" for a in await repo.current_answers(session, lead)}
    card = await latest_card(session, lead.id)
    prediction = await lead_prediction(session, lead)
    return CardView(lead, answers, card, await same_company(session, lead), prediction, settings)


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
    """Post the card once per hand-off, then start its SLA timers (same transaction).

    In a forum sales group the lead's topic comes first: a row that has to open it does only
    that and queues the card's posting as a row of its own, so no retry repeats a side effect
    that is already committed. The card then goes in the topic, pinned when the bot may, with
    the index line in General queued after it.
    """
    lead = await session.get(Lead, row.lead_id)
    if lead is None or lead.stage != Stage.SALES_READY:
        raise PermanentFailure("the lead is no longer waiting for sales")
    key = str(row.payload.get("key") or f"row:{row.id}")
    if await session.scalar(select(SalesCard.id).where(SalesCard.handoff_key == key)):
        return  # posted by an earlier try whose outbox row was not marked
    chat_id, thread_id = await sales_chat(session, settings)
    if chat_id is None:
        raise PermanentFailure("SALES_CHAT_ID is not set")
    topic: SalesTopic | None = None
    if settings.sales_topics and await is_forum(bot, chat_id):
        topic = await topics.topic_of(session, lead.id)
        if topic is not None and topic.chat_id != chat_id:
            await topics.forget_topic(session, topic)  # the sales chat moved
            topic = None
        if topic is None:
            stored = await session.get(OutboxMessage, row.id)
            if row.attempts > 1 and stored is not None and stored.last_error is None:
                # The previous try died mid-flight (no error was recorded): it may have opened
                # the topic. Its service message, when polled, records it (`topics.adopt`).
                raise Postpone(topics.ADOPT_WAIT_S, "waiting for a topic an earlier try opened")
            opened = await topics.open_topic(bot, chat_id, lead)
            if opened is not None:
                await topics.record(
                    session, lead.id, chat_id, opened.message_thread_id, opened.name
                )
                await repo.enqueue(
                    session,
                    kind=lifecycle.CARD,
                    lead_id=lead.id,
                    payload={"key": key},
                    dedupe_key=f"{key}:in_topic",
                )
                return
    view = await card_view(session, lead, settings)
    view = dataclasses.replace(view, card=None)
    text = card_text(view, utcnow())
    markup = card_keyboard(lead.id, None)
    where = topic.thread_id if topic is not None else thread_id
    try:
        chat_id, where, message_id = await _post(bot, session, chat_id, where, text, markup)
    except TelegramForbiddenError as exc:
        # Keep the card queued until someone adds the bot back (see handlers.sales).
        log.error("cannot post to the sales chat %s: %s; the card waits", chat_id, exc.message)
        raise Postpone(60, "the bot is not in the sales chat") from exc
    if topic is not None and where != topic.thread_id:
        await topics.forget_topic(session, topic)  # deleted by a person: the card fell back
        topic = None
    posted = utcnow()
    session.add(
        SalesCard(
            lead_id=lead.id,
            handoff_key=key,
            chat_id=chat_id,
            thread_id=where,
            message_id=message_id,
            posted_at=posted,
            sla_breaches=0,
        )
    )
    await lifecycle.schedule_sla(session, lead, key, posted, settings)
    if topic is not None:
        try:
            await bot.pin_chat_message(chat_id, message_id, disable_notification=True)
        except TelegramAPIError as exc:  # no "Pin messages" right: the card is still first
            log.info("card of lead %s not pinned: %s", lead.id, exc.message)
        await repo.enqueue(
            session, kind=INDEX, lead_id=lead.id, payload={"key": key}, dedupe_key=f"index:{key}"
        )


async def _post(
    bot: Bot,
    session: AsyncSession,
    chat_id: int,
    thread_id: int | None,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> tuple[int, int | None, int]:
    """Send to the sales chat, following a migration to a supergroup and falling back to the
    main chat when the topic is gone; returns (chat id, thread id, message id)."""
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
        gone = ("thread not found", "topic_closed", "topic_deleted")
        if thread_id is None or not any(g in exc.message.lower() for g in gone):
            raise
        log.warning("sales topic %s is gone: posting to the main chat", thread_id)
        message = await bot.send_message(chat_id, text, reply_markup=markup)
        thread_id = None
    return chat_id, thread_id, message.message_id


async def send_index_line(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """The General topic's (or SALES_THREAD_ID's) one line linking to the lead's topic."""
    card = await session.scalar(
        select(SalesCard).where(SalesCard.handoff_key == str(row.payload.get("key")))
    )
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if card is None or lead is None or lead.stage == Stage.FORGOTTEN:
        raise PermanentFailure("no card to index")
    if card.index_message_id is not None or card.thread_id is None:
        return
    _, index_thread = await sales_chat(session, settings)
    link = topics.topic_link(card.chat_id, card.thread_id)
    text = topics.index_text(lead, card, link)
    try:
        message = await bot.send_message(
            card.chat_id, text, message_thread_id=index_thread, disable_web_page_preview=True
        )
    except TelegramBadRequest as exc:
        if index_thread is None or "thread not found" not in exc.message.lower():
            raise
        message = await bot.send_message(card.chat_id, text, disable_web_page_preview=True)
    card.index_message_id = message.message_id


async def send_sales_sync(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """The lead's place in the sales chat follows its stage: the topic's title and icon and
    the index line (only when the title changed), and the card itself when asked."""
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if lead is None or lead.stage == Stage.FORGOTTEN:
        return
    card = await latest_card(session, lead.id)
    topic = await topics.topic_of(session, lead.id)
    renamed = topic is not None and await topics.sync_title(session, bot, topic, lead)
    if renamed and card is not None and card.index_message_id is not None:
        link = topics.topic_link(card.chat_id, card.thread_id) if card.thread_id else None
        await _edit_quietly(
            bot, card.chat_id, card.index_message_id, topics.index_text(lead, card, link), None
        )
    if row.payload.get("card") and card is not None:
        view = await card_view(session, lead, settings)
        text = card_text(view, utcnow())
        await _edit_quietly(bot, card.chat_id, card.message_id, text, card_keyboard(lead.id, card))


async def _edit_quietly(
    bot: Bot, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    try:
        await bot.edit_message_text(
            text=text,
            chat_id=chat_id,
            message_id=message_id,
            reply_markup=markup,
            disable_web_page_preview=True,
        )
    except (TelegramBadRequest, TelegramForbiddenError, TelegramMigrateToChat) as exc:
        # Best effort: a group that became a supergroup keeps its old messages elsewhere.
        if "not modified" not in exc.message:
            log.warning("message %s in the sales chat not edited: %s", message_id, exc.message)


# --- SLA: first response (three levels) and outcome (two) ----------------------------------


def _mention(user_id: int, label: str) -> str:
    return f'<a href="tg://user?id={user_id}">{html.escape(label)}</a>'


async def _sla_card(session: AsyncSession, row: Claimed) -> tuple[SalesCard, Lead] | None:
    card = await session.scalar(
        select(SalesCard).where(SalesCard.handoff_key == str(row.payload.get("key")))
    )
    lead = await session.get(Lead, card.lead_id) if card is not None else None
    if card is None or lead is None or card.outcome is not None:
        return None
    if lead.stage not in (Stage.SALES_READY, Stage.IN_SALES):
        return None
    return card, lead


async def _tell(bot: Bot, people: list[int], text: str) -> None:
    """Private messages to people of the team; one who never opened the bot cannot get one
    (the mention in the group still reaches them)."""
    for person in people:
        try:
            await bot.send_message(person, text)
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            log.warning("cannot message %s of the sales team: %s", person, exc.message)


async def send_first_response_sla(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """Nobody has written to the prospect since the card was posted (business time).

    Level 1 (sla_remind): the taker, or the group while nobody took the card. Level 2
    (sla_escalate): the heads of sales. Level 3 (sla_exec): the executives. Each is a reply
    to the card (in the lead's topic in a forum) and a private message to the people named.
    """
    found = await _sla_card(session, row)
    if found is None:
        return
    card, lead = found
    if card.first_reply_at is not None:
        return
    level = {lifecycle.SLA_REMIND: 1, lifecycle.SLA_ESCALATE: 2, lifecycle.SLA_EXEC: 3}[row.kind]
    card.sla_breaches = max(card.sla_breaches, level)
    waited = age(card.posted_at, utcnow())
    taker = card.taken_by_name or (str(card.taken_by_id) if card.taken_by_id else None)
    state = f"взял {html.escape(taker)}, клиенту не ответили" if taker else "никто не взял"
    if level == 1 and card.taken_by_id is None:
        await _reply_to_card(bot, card, f"⏰ Лид #{lead.id} ждёт уже {waited}. Кто возьмёт?")
        return
    if level == 1:
        assert card.taken_by_id is not None
        await _reply_to_card(
            bot,
            card,
            f"⏰ {_mention(card.taken_by_id, taker or 'менеджер')}, лид #{lead.id} ждёт вашего "
            f"ответа уже {waited}: напишите клиенту ответом на карточку.",
        )
        await _tell(bot, [card.taken_by_id], f"⏰ Лид #{lead.id} ждёт вашего ответа уже {waited}.")
        return
    people = sorted(settings.sales_head_ids if level == 2 else settings.sales_exec_ids)
    who = "руководитель" if level == 2 else "руководство"
    mentions = " ".join(_mention(p, who) for p in people)
    sirens = "🚨" if level == 2 else "🚨🚨"
    await _reply_to_card(
        bot, card, f"{sirens} Лид #{lead.id}: {state} за {waited}. {mentions}".strip()
    )
    if card.taken_by_id is None:
        private = f"{sirens} Лид #{lead.id} ждёт в чате продаж {waited} и не взят."
    else:
        private = (
            f"{sirens} Лид #{lead.id} взял {html.escape(taker or '')}, "
            f"но клиенту не ответили за {waited}."
        )
    await _tell(bot, people, private)


async def send_outcome_sla(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """A taken lead without an outcome (won / lost / recycle) after SLA_OUTCOME_DAYS
    business days: the taker is reminded (sla_outcome), after twice that the heads."""
    found = await _sla_card(session, row)
    if found is None:
        return
    card, lead = found
    if card.taken_by_id is None:
        return
    waited = age(card.taken_at or card.posted_at, utcnow())
    taker = card.taken_by_name or str(card.taken_by_id)
    if row.kind == lifecycle.SLA_OUTCOME:
        await _reply_to_card(
            bot,
            card,
            f"⏳ {_mention(card.taken_by_id, taker)}, по лиду #{lead.id} нет решения {waited}: "
            "сделка, проигран или в прогрев?",
        )
        await _tell(bot, [card.taken_by_id], f"⏳ По лиду #{lead.id} нет решения {waited}.")
        return
    heads = sorted(settings.sales_head_ids)
    mentions = " ".join(_mention(h, "руководитель") for h in heads)
    await _reply_to_card(
        bot,
        card,
        f"⏳ Лид #{lead.id} у {html.escape(taker)} {waited} без решения. {mentions}".strip(),
    )
    await _tell(bot, heads, f"⏳ Лид #{lead.id} у {html.escape(taker)} {waited} без решения.")


async def _reply_to_card(bot: Bot, card: SalesCard, text: str) -> None:
    try:
        await bot.send_message(
            card.chat_id,
            text,
            message_thread_id=card.thread_id,
            reply_to_message_id=card.message_id,
            allow_sending_without_reply=True,
        )
    except TelegramMigrateToChat as exc:
        # The group became a supergroup after the card: the reminder goes to its new id.
        await bot.send_message(exc.migrate_to_chat_id, text)


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


# --- rep actions --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionResult:
    ok: bool
    notice: str  # the short answer shown to the rep who pressed
    lead: Lead | None = None


async def take(
    session: AsyncSession,
    lead_id: int,
    rep_id: int,
    rep_name: str,
    now: datetime,
    settings: Settings,
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
    await lifecycle.take(session, lead, rep_id, now, settings)
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
    if outcome not in REASONS:
        reason = ""  # "won" has no reasons: nothing from the button's data is stored
    elif reason not in dict(REASONS[outcome]):
        return ActionResult(False, "Выберите причину")
    if outcome in ("won", "lost") and card.taken_by_id is None:
        return ActionResult(False, "Сначала возьмите лид")
    taker = card.taken_by_id
    if taker is not None and rep_id != taker and rep_id not in settings.sales_head_ids:
        # A taken lead is the taker's: only they (or a head of sales) decide its outcome.
        return ActionResult(False, f"Решение принимает {card.taken_by_name or taker}")
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


@dataclass(frozen=True, slots=True)
class CardPage:
    items: list[tuple[SalesCard, Lead]]
    page: int  # from 0
    pages: int
    total: int


async def open_cards(
    session: AsyncSession, taken_by: int | None = None, page: int = 0, size: int = LIST_PAGE
) -> CardPage:
    """Untaken open cards, or the open cards one rep has taken: the highest score first,
    then the longest waiting; one page of `size`."""
    query = (
        select(SalesCard, Lead)
        .join(Lead, Lead.id == SalesCard.lead_id)
        .where(SalesCard.outcome.is_(None), Lead.stage != Stage.FORGOTTEN)
    )
    if taken_by is None:
        query = query.where(SalesCard.taken_by_id.is_(None))
    else:
        query = query.where(SalesCard.taken_by_id == taken_by)
    total = int(await session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    pages = max(1, -(-total // size))
    page = min(max(page, 0), pages - 1)
    rows = await session.execute(
        query.order_by(Lead.score_total.desc(), SalesCard.posted_at, SalesCard.id)
        .offset(page * size)
        .limit(size)
    )
    return CardPage([(card, lead) for card, lead in rows.all()], page, pages, total)
