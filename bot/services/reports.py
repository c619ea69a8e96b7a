"""Reports from outcomes, in Russian for the admins: the /insights table and chart, the
quarterly audit, the alert when sales reject too many leads; and the outbox handlers that
deliver the scheduled ones (the audit every AUDIT_EVERY_DAYS, the alert once a week at most).

Texts are HTML, every message within Telegram's limits (a <pre> table is split into blocks
that are each closed, never cut in the middle). Charts are drawn by the caller in a worker
thread: matplotlib is CPU-bound.
"""

from __future__ import annotations

import asyncio
import html
import io
import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import BufferedInputFile
from sqlalchemy import Integer, cast, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.db import repo
from bot.db.models import Lead, OutboxMessage, ScoreSnapshot, Stage, utcnow
from bot.scoring import ScoringModel
from bot.scoring.outcomes import FeatureStat, InsightsTable, insights_table
from bot.services.insights import DECISIONS, HANDOFF, insight_records
from bot.services.outbox import Claimed
from bot.services.sales import REASONS
from bot.services.scoring import ensure_active_model
from bot.texts import tier_name

log = logging.getLogger(__name__)

e = html.escape
TELEGRAM_LIMIT = 4096
CAPTION_LIMIT = 1024
AUDIT = "audit_report"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
LABEL = 18  # characters of a feature's name in the table
CHART_ROWS = 30
TIERS = ("hot", "warm", "cold", "disqualified")

DIM_NAMES = {"need": "задача", "budget": "бюджет", "authority": "решение", "timeline": "сроки",
             "source": "источник"}  # fmt: skip
VALUE_NAMES = {
    "need": {"website": "сайт", "crm": "CRM", "bot": "чат-бот", "other": "другое"},
    "budget": {"none": "нет", "<300k": "<300 тыс", "300k-1m": "300 тыс–1 млн",
               "1m-3m": "1–3 млн", "3m+": "3 млн+"},
    "authority": {"decision_maker": "решает", "influencer": "влияет", "researcher": "изучает"},
    "timeline": {"0-30d": "≤30 дн", "31-90d": "31–90 дн", "91-180d": "91–180 дн",
                 "181d+": ">180 дн", "no_plans": "нет планов"},
    "source": {"direct": "прямой заход"},
}  # fmt: skip
OUTCOME_NAMES = {"lost": "проигран", "recycle": "возврат в прогрев", "dq": "дисквалификация"}


def feature_label(stat: FeatureStat) -> str:
    """A rule by its id (what /set takes), an answer as "сроки: ≤30 дн"."""
    if stat.kind == "rule":
        return stat.name
    dim, _, value = stat.name.partition("=")
    shown = "?" if value == "unknown" else VALUE_NAMES.get(dim, {}).get(value, value)
    return f"{DIM_NAMES.get(dim, dim)}: {shown}"


def reason_label(kind: str, reason: str) -> str:
    return dict(REASONS.get(kind, ())).get(reason, reason or "без причины")


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


# --- /insights ------------------------------------------------------------------------------


def _row(stat: FeatureStat) -> str:
    label = feature_label(stat)
    label = label if len(label) <= LABEL else label[: LABEL - 1] + "…"
    assert stat.rate is not None and stat.low is not None and stat.high is not None
    interval = f"{100 * stat.low:.0f}–{100 * stat.high:.0f}"
    lift = "—" if stat.lift is None else f"{stat.lift:.1f}"
    return (
        f"{label:<{LABEL}} {stat.n:>4} {stat.reached:>4} {stat.won:>4} "
        f"{100 * stat.rate:>3.0f} {interval:>7} {lift:>4}"
    )


TABLE_HEAD = f"{'':<{LABEL}} {'n':>4} {'прод':>4} {'сдел':>4} {'%':>3} {'95% ДИ':>7} {'лифт':>4}"


def pre_blocks(lines: Sequence[str], limit: int = TELEGRAM_LIMIT - 200) -> list[str]:
    """Monospaced lines as <pre> messages, each closed and within the limit."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        escaped = e(line)
        if current and size + len(escaped) + 1 > limit:
            out.append("<pre>" + "\n".join(current) + "</pre>")
            current, size = [], 0
        current.append(escaped)
        size += len(escaped) + 1
    if current:
        out.append("<pre>" + "\n".join(current) + "</pre>")
    return out


def paragraphs(lines: Sequence[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """HTML lines (each closed by itself) joined into messages within the limit."""
    out: list[str] = []
    current = ""
    for line in lines:
        if len(line) > limit:
            line = line[: limit - 1] + "…"  # only plain lists get this long
        if current and len(current) + 1 + len(line) > limit:
            out.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        out.append(current)
    return out


def insights_summary(table: InsightsTable, period: str) -> str:
    """The head of /insights (HTML), short enough for a photo caption."""
    if table.total == 0:
        return (
            f"<b>Что ведёт к сделкам</b> · {e(period)}\n"
            "Лидов с исходом пока нет. Исход — это сделка, проигрыш, отказ продаж "
            "(возврат в прогрев, дисквалификация) или конец диалога без передачи в продажи. "
            "Таблица появится, когда лиды пройдут диалог; доли сделок — после первых сделок, "
            "отмеченных продажами в карточках."
        )
    lines = [
        f"<b>Что ведёт к сделкам</b> · {e(period)}",
        f"Лидов с исходом: {table.total} · были в продажах: {table.reached} · "
        f"сделок: {table.won} (база {pct(table.base_rate)})",
    ]
    if table.won == 0:
        lines.append(
            "Сделок пока нет: доли и лифт появятся после первой сделки, отмеченной в карточке."
        )
    else:
        lines.append(
            "Лифт — доля сделок среди лидов с правилом или ответом, делённая на базовую "
            f"(2.0 — вдвое чаще среднего); ДИ — 95 % интервал Уилсона; n &lt; {table.min_n}: "
            "мало данных."
        )
    return "\n".join(lines)


def insights_messages(table: InsightsTable, period: str) -> list[str]:
    """Every message of /insights after the chart (HTML, each within Telegram's limit)."""
    head = insights_summary(table, period)
    if table.total == 0:
        return [head]
    out = [head]
    enough = [s for s in table.rows if s.enough]
    if enough:
        out += pre_blocks([TABLE_HEAD, *(_row(s) for s in enough)])
    lines: list[str] = []
    few = [s for s in table.rows if not s.enough]
    if few:
        listed = ", ".join(f"{e(feature_label(s))} ({s.n})" for s in few)
        lines.append(f"<b>Мало данных</b> (n &lt; {table.min_n}): {listed}")
    if table.contradicting:
        lines.append("<b>Знак правила противоречит исходам</b> (баллы, лифт):")
        for s in table.contradicting:
            mark = " ⚠️ значимо" if s.significant else ""
            assert s.points is not None and s.lift is not None
            lines.append(f"  {e(s.name)}: {s.points:+g}, лифт {s.lift:.1f} (n {s.n}){mark}")
    if table.never_fired:
        lines.append(
            f"<b>Ни разу не сработали</b> ({len(table.never_fired)}): "
            + ", ".join(e(r) for r in table.never_fired)
        )
    lines.append(
        "Поменять веса: /suggest — подбор по исходам, /set fit.rules.&lt;правило&gt;.points "
        "— вручную; затем /dryrun."
    )
    return out + paragraphs(lines)


def render_insights_chart(table: InsightsTable, period: str) -> bytes:
    """Lift of every rule and answer with enough data, with its 95 % interval (PNG)."""
    from matplotlib.figure import Figure

    rows = [s for s in table.rows if s.enough and s.lift is not None][:CHART_ROWS]
    height = max(3.0, 0.28 * len(rows) + 1.5)
    fig = Figure(figsize=(8, height), dpi=80)
    ax = fig.subplots()
    base = table.base_rate or 0.0
    if rows and base > 0:
        rows = rows[::-1]  # matplotlib draws the first bar at the bottom
        lifts = [s.lift or 0.0 for s in rows]
        lows = [max(0.0, (s.lift or 0.0) - (s.low or 0.0) / base) for s in rows]
        highs = [max(0.0, (s.high or 0.0) / base - (s.lift or 0.0)) for s in rows]
        colors = ["#4c72b0" if s.kind == "rule" else "#dd8452" for s in rows]
        ax.barh([feature_label(s) for s in rows], lifts, xerr=[lows, highs], color=colors,
                ecolor="#555555", capsize=2)  # fmt: skip
        ax.axvline(1.0, color="#333333", linewidth=1)
        ax.set_xlabel("лифт доли сделок (1 = как в среднем); синие — правила, рыжие — ответы")
    else:
        ax.text(0.5, 0.5, "пока нет данных", ha="center", va="center", color="#777777",
                transform=ax.transAxes)  # fmt: skip
        ax.set_xticks([])
        ax.set_yticks([])
    fig.suptitle(
        f"Что ведёт к сделкам, {period}: лидов с исходом {table.total}, "
        f"база {pct(table.base_rate)}"
    )
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


async def insights(
    session: AsyncSession, since: datetime | None, model: ScoringModel, min_n: int
) -> InsightsTable:
    records = await insight_records(session, since, model)
    return insights_table(records, model, min_n)


# --- the rejection alert ----------------------------------------------------------------------


def reject_alert_text(payload: dict[str, Any]) -> str:
    handed, rejected = int(payload["handed_off"]), int(payload["rejected"])
    share = rejected / handed if handed else 0.0
    reasons = [(str(k), str(r), int(n)) for k, r, n in payload.get("reasons") or []]
    by_kind = Counter[str]()
    for kind, _, n in reasons:
        by_kind[kind] += n
    kinds = ", ".join(f"{OUTCOME_NAMES.get(k, k)} {n}" for k, n in by_kind.most_common())
    top = "; ".join(f"«{e(reason_label(k, r))}» — {n}" for k, r, n in reasons[:5])
    return (
        "⚠️ <b>Продажи отклоняют переданных лидов</b>\n"
        f"За 7 дней из {handed} переданных в продажи отклонено {rejected} "
        f"({pct(share)}, порог {pct(float(payload['threshold']))}): {kinds}.\n"
        + (f"Причины: {top}.\n" if top else "")
        + "Критерии квалификации пропускают не тех: поправьте их. /insights покажет, какие "
        "правила и ответы не ведут к сделкам, /suggest предложит веса по исходам."
    )


async def send_reject_alert(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    await to_admins(bot, settings, [reject_alert_text(row.payload)])


# --- the audit ----------------------------------------------------------------------------


@dataclass
class TierOutcomes:
    handed: int = 0
    won: int = 0
    lost: int = 0
    rejected: int = 0

    @property
    def open(self) -> int:
        return self.handed - self.won - self.lost - self.rejected


@dataclass
class AuditData:
    since: datetime
    now: datetime
    leads: int = 0
    buckets: list[int] = field(default_factory=lambda: [0] * 10)
    tiers: dict[str, int] = field(default_factory=dict)
    by_tier: dict[str, TierOutcomes] = field(default_factory=dict)
    handed_off: int = 0  # hand-offs since the last audit: the new opportunities
    won: int = 0  # deals won since the last audit
    table: InsightsTable | None = None


async def collect_audit(
    session: AsyncSession, since: datetime, now: datetime, min_n: int
) -> AuditData:
    data = AuditData(since, now)
    new = (Lead.created_at >= since, Lead.stage != Stage.FORGOTTEN)
    bucket = cast(Lead.score_total / 10, Integer)
    for b, n in await session.execute(select(bucket, func.count()).where(*new).group_by(bucket)):
        data.buckets[min(max(int(b or 0), 0), 9)] += n
        data.leads += n
    rows = await session.execute(select(Lead.tier, func.count()).where(*new).group_by(Lead.tier))
    data.tiers = {str(tier or "none"): n for tier, n in rows}
    handoffs = {
        key: tier
        for key, tier in await session.execute(
            select(ScoreSnapshot.card_key, ScoreSnapshot.tier).where(
                ScoreSnapshot.kind == HANDOFF, ScoreSnapshot.at >= since
            )
        )
    }
    data.handed_off = len(handoffs)
    for tier in handoffs.values():
        data.by_tier.setdefault(str(tier or "none"), TierOutcomes()).handed += 1
    handed_keys = select(ScoreSnapshot.card_key).where(
        ScoreSnapshot.kind == HANDOFF, ScoreSnapshot.at >= since
    )
    decided: dict[str, str] = {}
    for key, kind in await session.execute(
        select(ScoreSnapshot.card_key, ScoreSnapshot.kind)
        .where(ScoreSnapshot.kind.in_(DECISIONS), ScoreSnapshot.card_key.in_(handed_keys))
        .order_by(ScoreSnapshot.id)
    ):
        decided[key] = kind  # the last word on a card counts
    for key, kind in decided.items():
        outcomes = data.by_tier[str(handoffs[key] or "none")]
        if kind == "won":
            outcomes.won += 1
        elif kind == "lost":
            outcomes.lost += 1
        else:
            outcomes.rejected += 1
    data.won = int(
        await session.scalar(
            select(func.count(func.distinct(ScoreSnapshot.card_key))).where(
                ScoreSnapshot.kind == "won", ScoreSnapshot.at >= since
            )
        )
        or 0
    )
    model = ScoringModel.model_validate(
        {**(row := await ensure_active_model(session)).body, "version": row.id}
    )
    data.table = await insights(session, since, model, min_n)
    return data


def _lifts(stats: Sequence[FeatureStat]) -> str:
    return ", ".join(f"{e(s.name)} ×{s.lift:.1f} (n {s.n})" for s in stats) or "—"


def audit_text(data: AuditData) -> str:
    days = max(1, round((data.now - data.since).total_seconds() / 86400))
    lines = [
        f"📋 <b>Аудит скоринга</b>: {data.since:%d.%m.%Y}–{data.now:%d.%m.%Y} ({days} дн.)",
        f"Новых лидов: {data.leads} · новых передач в продажи: {data.handed_off} · "
        f"сделок: {data.won}",
        "Баллы (0–10 … 90–100): " + " · ".join(str(n) for n in data.buckets),
    ]
    tiers = [t for t in TIERS if data.tiers.get(t)] + sorted(
        t for t in data.tiers if t not in TIERS
    )
    lines.append(
        "Тиры: " + (" · ".join(f"{e(tier_name(t))} {data.tiers[t]}" for t in tiers) or "—")
    )
    lines.append("Конверсия по тиру при передаче (передано: сделки, проигр., отказы, в работе):")
    for tier in [t for t in TIERS if t in data.by_tier] + sorted(
        t for t in data.by_tier if t not in TIERS
    ):
        o = data.by_tier[tier]
        share = o.won / o.handed if o.handed else None
        lines.append(
            f"  {e(tier_name(tier))}: {o.handed}: {o.won} ({pct(share)}), {o.lost}, "
            f"{o.rejected}, {o.open}"
        )
    if not data.by_tier:
        lines.append("  передач не было")
    table = data.table
    if table is not None and table.won > 0:
        ranked = [s for s in table.rows if s.kind == "rule" and s.enough and s.lift is not None]
        top = ranked[:3]
        bottom = [s for s in ranked[::-1] if s not in top][:3]
        lines.append(f"Лучшие правила по лифту: {_lifts(top)}")
        lines.append(f"Худшие: {_lifts(bottom)}")
        if table.contradicting:
            lines.append(
                "Знак противоречит исходам: "
                + ", ".join(
                    f"{e(s.name)} ({(s.points or 0):+g}, ×{(s.lift or 0):.1f})"
                    for s in table.contradicting
                )
            )
        if table.never_fired:
            lines.append(f"Ни разу не сработали: {len(table.never_fired)} правил (/insights)")
    else:
        lines.append("Лифт правил: сделок за период нет, сравнивать не с чем")
    lines.append("Подробнее: /insights 90d · веса по исходам: /suggest · /stats 30d")
    return "\n".join(lines)


def render_audit_chart(data: AuditData) -> bytes:
    """Score histogram and the deal rate by tier at hand-off (PNG)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 4), dpi=80)
    ax1, ax2 = fig.subplots(1, 2)
    ax1.set_title("Баллы новых лидов")
    # Numbers as positions, their labels as text: matplotlib logs a line per chart when
    # category labels look like numbers.
    ax1.bar(range(10), data.buckets, color="#55a868", align="edge")
    ax1.set_xticks(range(10), [f"{10 * i}" for i in range(10)])
    ax2.set_title("Доля сделок по тиру при передаче, %")
    tiers = [t for t in TIERS if t in data.by_tier]
    if tiers:
        rates = [
            100 * data.by_tier[t].won / data.by_tier[t].handed if data.by_tier[t].handed else 0
            for t in tiers
        ]
        ax2.bar([tier_name(t) for t in tiers], rates, color="#c44e52")
        ax2.set_ylim(0, max(100.0, *rates))
    else:
        ax2.text(0.5, 0.5, "передач не было", ha="center", va="center", color="#777777",
                 transform=ax2.transAxes)  # fmt: skip
    fig.suptitle(f"Аудит скоринга {data.since:%d.%m.%Y}–{data.now:%d.%m.%Y}")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def audit_period(settings: Settings) -> timedelta:
    """The audit's period; AUDIT_EVERY_DAYS=0 (no scheduled audit) still answers on demand
    for the last 90 days."""
    return timedelta(days=settings.audit_every_days or 90)


def _series(seconds: float) -> str:
    return f"{AUDIT}:{seconds:g}:"


async def schedule_audit(
    session: AsyncSession, settings: Settings, now: datetime, after_slot: int = 0
) -> bool:
    """Queue the next audit: one outbox row per period, keyed by the period's number since
    1970, so every instance and every restart queues the same row once (`after_slot`: the
    period just reported, never queued again). A pending audit of another period length (the
    setting changed) is cancelled. Returns whether a row was queued."""
    seconds = settings.audit_every_days * 86400
    keep = _series(seconds) if seconds > 0 else None
    stale = update(OutboxMessage).where(
        OutboxMessage.kind == AUDIT, OutboxMessage.status == "pending"
    )
    if keep is not None:
        stale = stale.where(~OutboxMessage.dedupe_key.startswith(keep, autoescape=True))
    await session.execute(stale.values(status="cancelled"))
    if keep is None:
        return False
    slot = max(math.floor((now - EPOCH).total_seconds() / seconds), after_slot) + 1
    return await repo.enqueue(
        session,
        kind=AUDIT,
        lead_id=None,
        payload={"seconds": seconds, "slot": slot},
        due_at=EPOCH + timedelta(seconds=slot * seconds),
        dedupe_key=f"{keep}{slot}",
    )


async def audit_report(
    session: AsyncSession, settings: Settings, since: datetime, now: datetime
) -> tuple[str, bytes]:
    """The audit's text (HTML) and chart (PNG, drawn in a worker thread)."""
    data = await collect_audit(session, since, now, settings.insights_min_leads)
    png = await asyncio.to_thread(render_audit_chart, data)
    return audit_text(data), png


async def send_audit_report(
    session: AsyncSession, bot: Bot, row: Claimed, settings: Settings
) -> None:
    """The scheduled audit: the report to every admin, and the next one queued (in the same
    transaction as this row's "sent")."""
    now = utcnow()
    seconds = float(row.payload.get("seconds") or audit_period(settings).total_seconds())
    slot = int(row.payload.get("slot") or 0)
    since = (
        EPOCH + timedelta(seconds=(slot - 1) * seconds) if slot else now - audit_period(settings)
    )
    text, png = await audit_report(session, settings, since, now)
    await to_admins(bot, settings, paragraphs(text.split("\n")), png, f"audit_{now:%Y%m%d}.png")
    same_series = seconds == settings.audit_every_days * 86400
    await schedule_audit(session, settings, now, after_slot=slot if same_series else 0)


# --- delivery -----------------------------------------------------------------------------------


async def to_admins(
    bot: Bot,
    settings: Settings,
    messages: Sequence[str],
    png: bytes | None = None,
    filename: str = "report.png",
) -> int:
    """Every admin gets the chart (if any) and the messages; an admin who never opened the
    bot (403, "chat not found") is logged and skipped. Returns how many got it."""
    delivered = 0
    for admin_id in sorted(settings.admin_ids):
        try:
            if png is not None:
                await bot.send_photo(admin_id, BufferedInputFile(png, filename=filename))
            for text in messages:
                await bot.send_message(admin_id, text)
            delivered += 1
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            log.warning("report not delivered to admin %s: %s", admin_id, exc.message)
    return delivered
