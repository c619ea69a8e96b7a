"""Learning from outcomes: /insights (which rules and answers lead to deals), /suggest (weights
fitted on sales decisions, as a draft behind the usual dry-run and Apply) and /audit_report.

These handlers never commit and never call Telegram themselves: the update's middleware
commits, then sends what they queued on `after_commit` (charts are drawn there, in a worker
thread, after the transaction is closed).
"""

from __future__ import annotations

import asyncio
import html
import logging
import math
import time

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message
from sqlalchemy.ext.asyncio import AsyncSession

from admin import scoring_ops as ops
from admin.access import IsAdmin
from admin.common import audit, parse_period
from admin.model_cmds import confirm_markup, draft_state, dryrun_text, other_editor
from bot.config import Settings
from bot.db.models import utcnow
from bot.outgoing import AfterCommit, Outgoing
from bot.scoring import ScoringModel, model_diff
from bot.scoring.fitting import Suggestion, fit_suggestion
from bot.scoring.outcomes import (
    Shortfall,
    match_cutoffs,
    model_rules,
    shortfall,
    with_points,
)
from bot.services import insights, reports

log = logging.getLogger(__name__)


e = html.escape
DEFAULT_PERIOD = "90d"


def _admin_id(message: Message) -> int:
    assert message.from_user is not None  # IsAdmin guarantees it
    return message.from_user.id


# --- /insights ------------------------------------------------------------------------------


async def cmd_insights(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    settings: Settings,
    after_commit: AfterCommit,
) -> None:
    chat = message.chat.id
    try:
        period, since = parse_period((command.args or "").strip() or DEFAULT_PERIOD)
    except ValueError:
        after_commit.send(chat, [Outgoing(
            "Формат: <code>/insights 30d</code>, <code>/insights 90d</code> или "
            "<code>/insights all</code>"
        )])  # fmt: skip
        return
    started = time.perf_counter()
    model = ops.model_of(await ops.active_row(session))
    table = await reports.insights(session, since, model, settings.insights_min_leads)
    log.info(
        "insights %s: %d leads with an outcome, %.0f ms",
        period,
        table.total,
        (time.perf_counter() - started) * 1000,
    )
    if table.total:

        async def chart(bot: Bot) -> None:
            png = await asyncio.to_thread(reports.render_insights_chart, table, period)
            await bot.send_photo(chat, BufferedInputFile(png, filename=f"insights_{period}.png"))

        after_commit.then(chart)
    after_commit.send(chat, [Outgoing(text) for text in reports.insights_messages(table, period)])


# --- /suggest -------------------------------------------------------------------------------


def shortfall_text(short: Shortfall, min_outcomes: int) -> str:
    other = short.outcomes - short.won
    needs = [f"ещё {short.need_outcomes} решений продаж"]
    if short.need_won:
        needs.append(f"из них не меньше {short.need_won} сделок")
    if short.need_other:
        needs.append(f"не меньше {short.need_other} проигранных или отклонённых")
    return (
        "<b>Веса по исходам</b>: пока мало данных.\n"
        f"Решений продаж по переданным лидам: {short.outcomes} (сделок {short.won}, "
        f"остальных {other}). Для подбора нужно не меньше {min_outcomes}, и по 10 каждого "
        f"вида: {', '.join(needs)}.\n"
        "Решение — это кнопка в карточке лида: «Сделка», «Проигран», «В прогрев», «Дисквал.». "
        "Пока можно смотреть /insights."
    )


def _auc(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def suggestion_messages(s: Suggestion, model: ScoringModel) -> list[str]:
    """The fit's summary, the rule table (was -> becomes, odds ratio) and what was kept."""
    head = [
        f"<b>Веса по исходам</b>: решений продаж {s.outcomes} (сделок {s.won}, "
        f"остальных {s.outcomes - s.won})",
    ]
    if s.folds:
        head += [
            f"AUC, {s.folds}-кратная перекрёстная проверка (1.0 — идеальное ранжирование, "
            "0.5 — случайное):",
            f"  текущие веса: {_auc(s.auc_current)}",
            f"  предложенные веса: {_auc(s.auc_suggested)}",
            f"  вероятностная модель: {_auc(s.auc_probability)}",
        ]
        if (
            s.auc_current is not None
            and s.auc_suggested is not None
            and s.auc_suggested <= s.auc_current
        ):
            head.append("⚠️ Предложенные веса ранжируют не лучше текущих: применять не советую.")
    else:
        head.append("AUC не посчитать: слишком мало сделок или остальных для проверки.")
    current = model_rules(model)
    rows = [f"{'правило':<26} {'было':>5} {'стало':>6} {'шансы':>6}"]
    for name in sorted(s.fitted, key=lambda n: -abs(s.coef[n])):
        odds = math.exp(max(-50.0, min(50.0, s.coef[name])))
        rows.append(
            f"{name[:26]:<26} {current[name]:>+5g} {s.points[name]:>+6g} {f'×{odds:.2f}':>6}"
        )
    tail = []
    if s.kept:
        tail.append(
            "Без изменений (меньше 5 лидов с правилом или без него): "
            + ", ".join(e(n) for n in s.kept)
        )
    tail.append(
        "«Шансы» — во сколько раз правило меняет шансы сделки. Пороги грейдов, уровней и "
        "тиров в черновике сдвинуты так, чтобы доля A/B/C, уровней и горячих лидов осталась "
        "прежней: меняется, какие лиды их получают. Вероятность сделки по этой "
        f"модели теперь показывается в карточках и в /lead (обучена на {s.outcomes} решениях); "
        "решает по-прежнему балл правил."
    )
    return [
        *reports.paragraphs(head),
        *reports.pre_blocks(rows),
        *reports.paragraphs(tail),
    ]


async def cmd_suggest(
    message: Message, session: AsyncSession, settings: Settings, after_commit: AfterCommit
) -> None:
    chat, admin = message.chat.id, _admin_id(message)
    active = await ops.active_row(session)
    model = ops.model_of(active)
    records = await insights.decision_records(session, model)
    won = sum(r.won for r in records)
    short = shortfall(len(records), won, settings.suggest_min_outcomes)
    if short is not None:
        after_commit.send(chat, [Outgoing(shortfall_text(short, settings.suggest_min_outcomes))])
        return
    started = time.perf_counter()
    # scikit-learn and the cross-validation are CPU-bound: off the event loop.
    suggestion = await asyncio.to_thread(fit_suggestion, records, model)
    fitted_ms = (time.perf_counter() - started) * 1000
    predictor = await insights.save_predictor(session, suggestion, admin, active.id)
    messages = suggestion_messages(suggestion, model)
    inputs = await ops.load_inputs(session)
    now = utcnow()

    def plan() -> tuple[ScoringModel, ops.DryRun]:
        # New points shift everyone's points: the cut-offs follow, so that as many leads
        # as today are A, B, C, engaged and hot; then the dry-run of exactly that draft.
        leads = [(facts, events) for _, facts, events, _, _ in inputs]
        draft = match_cutoffs(model, with_points(model, suggestion.points), leads, now)
        return draft, ops.dry_run(inputs, draft, now)

    # The dry-run before the draft is written: no write lock held while it computes.
    draft_model, result = await asyncio.to_thread(plan)
    changes = model_diff(model, draft_model)
    detail = {
        "outcomes": suggestion.outcomes,
        "won": suggestion.won,
        "auc_current": suggestion.auc_current,
        "auc_suggested": suggestion.auc_suggested,
        "predictor": predictor.id,
    }
    if not changes:
        audit(session, admin, "suggest", draft=None, **detail)
        messages.append("Предложенные веса совпадают с текущими: черновик не создан.")
        after_commit.send(chat, [Outgoing(text) for text in messages])
        return
    before = await draft_state(session)  # locks the draft until the commit
    row = await ops.save_draft(
        session, draft_model, admin, f"/suggest: веса по {suggestion.outcomes} решениям",
        replace=True,
    )  # fmt: skip
    rev = ops.revision(row.body)
    audit(session, admin, "suggest", draft=row.id, **detail)
    log.info(
        "admin %s: suggested weights from %d decisions in %.0f ms (draft v%s)",
        admin, suggestion.outcomes, fitted_ms, row.id,
    )  # fmt: skip
    dry = dryrun_text(f"Пробный пересчёт черновика v{row.id} · ревизия {rev}", result)
    dry += "\n\n<b>Изменения</b>:\n" + e("\n".join(changes[:40]))
    if len(changes) > 40:
        dry += f"\n… и ещё {len(changes) - 40}"
    replaced = (
        f"\nПрежний черновик (ревизия {before[1]}) заменён этим предложением."
        if before is not None
        else ""
    )
    dry += replaced + other_editor(before, admin)
    dry += "\nБаллы, тиры и передачи в продажи не изменятся, пока вы не нажмёте «Применить»."
    markup = confirm_markup("✅ Применить", "apply", "🗑 Отклонить", "discard", row.id, rev)
    tail = reports.paragraphs(dry.split("\n"))
    outgoing = [Outgoing(text) for text in messages + tail[:-1]]
    outgoing.append(Outgoing(tail[-1], markup))
    after_commit.send(chat, outgoing)


# --- /audit_report ----------------------------------------------------------------------------


async def cmd_audit_report(
    message: Message, session: AsyncSession, settings: Settings, after_commit: AfterCommit
) -> None:
    chat = message.chat.id
    now = utcnow()
    data = await reports.collect_audit(
        session, now - reports.audit_period(settings), now, settings.insights_min_leads
    )

    async def chart(bot: Bot) -> None:
        png = await asyncio.to_thread(reports.render_audit_chart, data)
        await bot.send_photo(chat, BufferedInputFile(png, filename=f"audit_{now:%Y%m%d}.png"))

    after_commit.then(chart)
    text = reports.audit_text(data)
    after_commit.send(chat, [Outgoing(part) for part in reports.paragraphs(text.split("\n"))])


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(IsAdmin())
    router.message.register(cmd_insights, Command("insights"))
    router.message.register(cmd_suggest, Command("suggest"))
    router.message.register(cmd_audit_report, Command("audit_report"))
    return router
