"""The sales card: what a rep needs to understand a lead in five seconds."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from aiogram import Bot
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.db import repo
from bot.db.models import Lead, utcnow
from bot.services.outbox import Claimed, PermanentFailure

TELEGRAM_LIMIT = 4096
BANT_LINES = (
    ("need", "Задача"),
    ("budget", "Бюджет"),
    ("authority", "Решение"),
    ("timeline", "Сроки"),
)


def _age(created: datetime, now: datetime) -> str:
    minutes = int((now - created).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} мин"
    if minutes < 24 * 60:
        return f"{minutes // 60} ч {minutes % 60} мин"
    return f"{minutes // (24 * 60)} дн"


def card_text(lead: Lead, answers: dict[str, str], now: datetime) -> str:
    """HTML card; every piece of prospect text is escaped, long answers trimmed to fit."""
    # Escaping can grow a text fivefold ("&" -> "&amp;"), so trim until the card fits.
    for limit in (200, 80, 30):
        text = _card_text(lead, answers, now, limit)
        if len(text) <= TELEGRAM_LIMIT:
            break
    return text


def _trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _card_text(lead: Lead, answers: dict[str, str], now: datetime, limit: int) -> str:
    e = html.escape
    facts: dict[str, Any] = lead.facts or {}
    score: dict[str, Any] = lead.score or {}
    name = _trim(" ".join(p for p in (lead.first_name, lead.last_name) if p) or "—", limit)
    link = f'<a href="tg://user?id={lead.tg_user_id}">{e(name)}</a>'
    lines = [f"🔥 <b>Новый лид #{lead.id}</b>: {link}"]
    if lead.username:
        lines[0] += f" @{e(lead.username)}"
    contacts = [facts.get("phone"), facts.get("email")]
    if any(contacts):
        lines.append("📞 " + e(" · ".join(c for c in contacts if c)))
    company = " · ".join(str(facts[k]) for k in ("company", "position") if facts.get(k))
    if company:
        lines.append("🏢 " + e(_trim(company, limit)))
    for key, label in BANT_LINES:
        if answers.get(key):
            lines.append(f"<b>{label}:</b> {e(_trim(answers[key], limit))}")
    lines.append(
        f"<b>{e(str(score.get('cell', '?')))}</b> · {score.get('total', 0):.0f}/100 · "
        f"{e(str(score.get('tier', '?')))}"
    )
    reasons = sorted(score.get("breakdown", []), key=lambda r: -abs(r.get("points", 0)))[:4]
    for reason in reasons:
        lines.append(
            f"  {reason['points']:+g} {e(str(reason.get('reason', reason.get('rule_id'))))}"
        )
    lines.append(
        f"Источник: {e(lead.source or 'прямой заход')} · {_age(lead.created_at, now)} назад"
    )
    return "\n".join(lines)


async def send_sales_card(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    lead = await session.get(Lead, row.lead_id)
    if lead is None or lead.stage == "forgotten":
        raise PermanentFailure("the lead no longer exists")
    if settings.sales_chat_id is None:
        raise PermanentFailure("SALES_CHAT_ID is not set")
    answers = {a.step: a.raw_text or "" for a in await repo.current_answers(session, lead)}
    await bot.send_message(
        settings.sales_chat_id,
        card_text(lead, answers, utcnow()),
        message_thread_id=settings.sales_thread_id,
    )
