"""Lead commands: /lead, /rescore, /stage, /export_leads, /audit, /forget_lead."""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from admin.access import IsAdmin
from admin.common import AdminCallback, audit, parse_id, parse_period, reply_long
from bot import lifecycle
from bot.db import repo
from bot.db.models import AuditEntry, Lead, OutboxMessage, Stage, StageChange, utcnow
from bot.outgoing import AfterCommit
from bot.scoring import Score, explain
from bot.services.insights import lead_prediction, prediction_line
from bot.services.privacy import after_forget, forget_lead
from bot.services.scoring import ModelCache, rescore_lead
from bot.texts import stage_name, tier_name

log = logging.getLogger(__name__)


e = html.escape
# Stages an admin may set by hand; "forgotten" only through /forget_lead (it erases data).
SETTABLE = [s.value for s in Stage if s is not Stage.FORGOTTEN]
CSV_COLUMNS = (
    "id", "created_at", "stage", "tier", "score_total", "sales_ready", "model_version", "source",
    "language", "first_name", "last_name", "username", "phone", "email", "company", "position",
)  # fmt: skip
MAX_AUDIT = 100
EVIDENCE_NAMES = {
    "need": "понятной задачи",
    "bant": "двух из бюджета, полномочий и сроков (в пользу сделки)",
    "contact": "телефона или e-mail",
    "budget": "бюджета (сказал, что его нет совсем)",
    "engagement_after_recycle": "новой активности после возврата продажами",
}
# OWASP "CSV injection": a spreadsheet runs a cell that starts like a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
E164 = re.compile(r"\+[0-9]{7,15}")


async def find_lead(session: AsyncSession, token: str) -> Lead | None:
    """#id / id, @username, or +phone (compared on digits, 8XXXXXXXXXX read as +7)."""
    token = token.strip()
    # Ten digits and more are a phone number, not a lead id.
    if len(token.lstrip("#")) < 10 and (lead_id := parse_id(token)) is not None:
        return await session.get(Lead, lead_id)
    if token.startswith("@") and len(token) > 1:
        return await session.scalar(
            select(Lead)
            .where(func.lower(Lead.username) == token[1:].lower())
            .order_by(Lead.id.desc())
        )
    digits = re.sub(r"\D", "", token)
    if len(digits) >= 7:
        if len(digits) == 11 and digits.startswith("8"):
            digits = "7" + digits[1:]
        return await session.scalar(
            select(Lead)
            .where(Lead.facts["phone"].as_string() == f"+{digits}")
            .order_by(Lead.id.desc())
        )
    return None


async def _lead_arg(
    message: Message, session: AsyncSession, token: str | None, after_commit: AfterCommit
) -> Lead | None:
    lead = await find_lead(session, token) if token else None
    if lead is None:
        after_commit.call(
            message.answer(
                "Лид не найден. Формат: <code>/lead 15</code>, <code>/lead @username</code>, "
                "<code>/lead +79991234567</code>"
            )
        )
    return lead


async def lead_card(session: AsyncSession, lead: Lead) -> str:
    score = Score.from_dict(lead.score) if lead.score else None
    name = " ".join(p for p in (lead.first_name, lead.last_name) if p) or "—"
    cell = score.cell if score else "—"
    lines = [
        f"<b>Лид #{lead.id}</b> · {e(stage_name(lead.stage))} · {e(tier_name(lead.tier))} · "
        f"{lead.score_total:.0f}/100 · {e(cell)} · модель v{lead.model_version}",
        f"{e(name)}"
        + (f" @{e(lead.username)}" if lead.username else "")
        + f" · {e(lead.language)} · источник {e(lead.source or '—')}",
        f"Создан {lead.created_at:%Y-%m-%d %H:%M} UTC, цикл {lead.cycle}",
        "",
        "<b>Ответы</b>",
    ]
    for answer in await repo.current_answers(session, lead):
        text = answer.raw_text or json.dumps(answer.value.get("facts", {}), ensure_ascii=False)
        lines.append(f"  {e(answer.step)}: {e(text[:200])} <i>({e(answer.via)})</i>")
    lines += ["", "<b>Стадии</b>"]
    changes = await session.scalars(
        select(StageChange).where(StageChange.lead_id == lead.id).order_by(StageChange.id)
    )
    for ch in changes:
        who = f" · {ch.actor_id}" if ch.actor_id else ""
        why = f" ({e(ch.reason)})" if ch.reason else ""
        lines.append(
            f"  {ch.at:%m-%d %H:%M} {e(stage_name(ch.from_stage))} → "
            f"{e(stage_name(ch.to_stage))}{who}{why}"
        )
    lines += ["", "<b>Баллы</b>"]
    lines += [f"  {e(line)}" for line in explain(score, top=15)] if score else ["  —"]
    if score and score.evidence_missing:
        missing = ", ".join(EVIDENCE_NAMES.get(m, m) for m in score.evidence_missing)
        lines.append(f"  ⏸ не в продажи: не хватает — {e(missing)}")
    if score and score.by_product:
        lines.append(
            "  продукты: " + ", ".join(f"{e(p)} {v:+g}" for p, v in score.by_product.items())
        )
    prediction = await lead_prediction(session, lead)
    if prediction is not None:  # a model trained by /suggest; the rule score still decides
        auc = f", AUC {prediction.auc:.2f}" if prediction.auc is not None else ""
        lines.append(f"  🎯 {e(prediction_line(prediction, 80))}{auc}")
    questions = (lead.dialogue or {}).get("questions") or []
    if questions:
        lines += ["", "<b>Вопросы менеджеру</b>"]
        lines += [f"  • {e(str(q)[:200])}" for q in questions]
    lines += ["", "<b>Сообщения (outbox)</b>"]
    rows = await session.scalars(
        select(OutboxMessage).where(OutboxMessage.lead_id == lead.id).order_by(OutboxMessage.id)
    )
    for row in rows:
        lines.append(f"  {e(row.kind)} · {e(row.status)} · {row.due_at:%m-%d %H:%M}")
    return "\n".join(lines)


def _lead_markup(lead_id: int) -> InlineKeyboardMarkup:
    data = AdminCallback(action="rescore", ref=lead_id).pack()
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="🔄 Пересчитать", callback_data=data)]]
    )


async def cmd_lead(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    lead = await _lead_arg(message, session, command.args, after_commit)
    if lead is not None:
        reply_long(
            after_commit,
            message,
            await lead_card(session, lead),
            reply_markup=_lead_markup(lead.id),
        )


async def _rescore(session: AsyncSession, models: ModelCache, lead: Lead) -> str:
    await session.flush()
    result = await rescore_lead(session, lead, await models.active(session), utcnow())
    ready = ", sales-ready" if result.sales_ready else ""
    return f"Лид #{lead.id}: {result.total:.1f}/100, {result.cell}, {result.tier}{ready}"


async def cmd_rescore(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    models: ModelCache,
    after_commit: AfterCommit,
) -> None:
    lead = await _lead_arg(message, session, command.args, after_commit)
    if lead is None:
        return
    text = await _rescore(session, models, lead)
    after_commit.call(message.answer(e(text)))


async def on_rescore(
    query: CallbackQuery,
    callback_data: AdminCallback,
    session: AsyncSession,
    models: ModelCache,
    after_commit: AfterCommit,
) -> None:
    lead = await session.get(Lead, callback_data.ref)
    if lead is None or lead.stage == Stage.FORGOTTEN:
        after_commit.call(query.answer("Лид не найден", show_alert=True))
        return
    text = await _rescore(session, models, lead)
    after_commit.call(query.answer(text, show_alert=True))


async def cmd_stage(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    args = (command.args or "").split()
    if len(args) != 2 or args[1] not in SETTABLE:
        after_commit.call(
            message.answer(
                "Формат: <code>/stage 15 nurturing</code>\nСтадии: " + ", ".join(SETTABLE)
            )
        )
        return
    lead = await _lead_arg(message, session, args[0], after_commit)
    if lead is None:
        return
    if lead.stage == Stage.FORGOTTEN:
        after_commit.call(message.answer("Лид забыт: его стадию не меняют"))
        return
    old, new = lead.stage, Stage(args[1])
    assert message.from_user is not None
    await lifecycle.admin_set_stage(session, lead, new, message.from_user.id)
    audit(session, message.from_user.id, "stage", lead.id, old=old, new=new)
    after_commit.call(message.answer(f"Лид #{lead.id}: {e(old)} → {e(new)}"))


# --- export -----------------------------------------------------------------------------------


def csv_text(value: str) -> str:
    """Text a prospect typed or chose: a leading apostrophe makes a would-be formula text."""
    return "'" + value if value.startswith(FORMULA_START) else value


def csv_phone(value: str) -> str:
    """A phone in E.164 ("+79991234567", as the bot stores a validated number) is exempt, so
    it stays dialable; anything else in the phone column is text like the rest."""
    return value if E164.fullmatch(value) else csv_text(value)


def leads_csv(leads: list[Lead]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    t = csv_text
    for lead in leads:
        facts = lead.facts or {}
        # Everything that came from a prospect goes through csv_text/csv_phone; ids, dates,
        # stages, tiers and numbers are the bot's own.
        writer.writerow(
            [
                lead.id, lead.created_at.isoformat(timespec="seconds"), lead.stage,
                lead.tier or "",
                f"{lead.score_total:.1f}", int(lead.sales_ready), lead.model_version or "",
                t(lead.source or ""), t(lead.language), t(lead.first_name or ""),
                t(lead.last_name or ""), t(lead.username or ""),
                csv_phone(str(facts.get("phone") or "")), t(str(facts.get("email") or "")),
                t(str(facts.get("company") or "")), t(str(facts.get("position") or "")),
            ]
        )  # fmt: skip
    # The BOM lets Excel open Cyrillic text correctly.
    return buffer.getvalue().encode("utf-8-sig")


async def cmd_export_leads(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    query = select(Lead).order_by(Lead.id)
    period = "all"
    try:
        for token in (command.args or "").split():
            key, _, value = token.partition("=")
            if key == "stage" and value:
                query = query.where(Lead.stage == value)
            elif key == "tier" and value:
                query = query.where(Lead.tier == value)
            elif not value:
                period, since = parse_period(token)
                if since is not None:
                    query = query.where(Lead.created_at >= since)
            else:
                raise ValueError(token)
    except ValueError:
        after_commit.call(
            message.answer("Формат: <code>/export_leads stage=won tier=hot 30d</code>")
        )
        return
    leads = list((await session.scalars(query)).all())
    data = leads_csv(leads)
    after_commit.call(
        message.answer_document(
            BufferedInputFile(data, filename=f"leads_{period}_{utcnow():%Y%m%d}.csv"),
            caption=f"Лидов: {len(leads)}",
        )
    )


# --- audit and forgetting ---------------------------------------------------------------------


async def cmd_audit(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    n = parse_id(command.args) or 20
    n = min(n, MAX_AUDIT)
    rows = (
        await session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(n))
    ).all()
    lines = [f"<b>Последние {len(rows)} действий</b>"]
    for row in rows:
        lead = f" #{row.lead_id}" if row.lead_id else ""
        detail = json.dumps(row.detail or {}, ensure_ascii=False)[:200]
        lines.append(
            f"{row.at:%m-%d %H:%M} · {row.actor_id or 'бот'} · {e(row.action)}{lead} · {e(detail)}"
        )
    reply_long(after_commit, message, "\n".join(lines))


async def cmd_forget_lead(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    after_commit: AfterCommit,
) -> None:
    lead_id = parse_id(command.args)
    lead = await session.get(Lead, lead_id) if lead_id is not None else None
    if lead is None:
        after_commit.call(message.answer("Формат: <code>/forget_lead 15</code> (номер лида)"))
        return
    if lead.stage == Stage.FORGOTTEN:
        after_commit.call(message.answer(f"Лид #{lead.id} уже забыт"))
        return
    assert message.from_user is not None
    done = await forget_lead(session, lead, actor_id=message.from_user.id)
    engine, chat_id = session.bind, message.chat.id

    async def erase_and_report(bot: Bot) -> None:
        deleted = await after_forget(bot, engine, done)
        await bot.send_message(
            chat_id,
            f"Лид #{done.lead_id} забыт: ответов удалено {done.answers}, событий {done.events}, "
            f"отменено сообщений {done.cancelled}, удалено карточек {deleted}",
        )

    after_commit.then(erase_and_report)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(IsAdmin())
    router.callback_query.filter(IsAdmin())
    router.message.register(cmd_lead, Command("lead"))
    router.message.register(cmd_rescore, Command("rescore"))
    router.callback_query.register(on_rescore, AdminCallback.filter(F.action == "rescore"))
    router.message.register(cmd_stage, Command("stage"))
    router.message.register(cmd_export_leads, Command("export_leads"))
    router.message.register(cmd_audit, Command("audit"))
    router.message.register(cmd_forget_lead, Command("forget_lead"))
    return router
