"""/stats [7d|30d|all]: funnel, tiers, scores, sources, sales acceptance, SLA, answers.

Numbers come from a handful of GROUP BY queries; the chart is drawn in a worker thread
(matplotlib is CPU-bound and would stall every other update on the event loop).
"""

from __future__ import annotations

import asyncio
import html
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message
from sqlalchemy import Integer, and_, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from admin.access import IsAdmin
from admin.common import CAPTION_LIMIT, parse_period, reply_long
from bot.db.models import Answer, Lead, SalesCard, ScoreSnapshot, Stage, utcnow
from bot.outgoing import AfterCommit
from bot.services.reports import OUTCOME_NAMES, reason_label
from bot.texts import stage_name, text, tier_name

FUNNEL = [s.value for s in Stage]
TIERS = ("hot", "warm", "cold", "disqualified")
# Steps whose answers say something about the deal; contacts and names are left out.
ANSWER_STEPS = ("need", "budget", "authority", "timeline", "brief")
TOP_SOURCES = 8
TOP_ANSWERS = 4
NO_SNAPSHOT = "—"  # a card handed off before score snapshots existed: its tier is unknown
REJECTED = ("lost", "recycle", "dq")


@dataclass
class Stats:
    period: str
    leads: int = 0
    funnel: dict[str, int] = field(default_factory=dict)
    tiers: dict[str, int] = field(default_factory=dict)
    score_buckets: list[int] = field(default_factory=lambda: [0] * 10)
    # source -> (leads, handed to sales, won)
    sources: list[tuple[str, int, int, int]] = field(default_factory=list)
    # tier at hand-off -> cards, taken, won, lost, returned, disqualified
    acceptance: dict[str, dict[str, int]] = field(default_factory=dict)
    # (outcome, reason, decisions in the period, in the period before; None for "all")
    reasons: list[tuple[str, str, int, int | None]] = field(default_factory=list)
    take_minutes_median: float | None = None
    cards: int = 0
    sla_breaches: int = 0
    cards_breached: int = 0
    answers: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # won/lost -> top


def _since(column: Any, since: datetime | None) -> Any:
    return True if since is None else column >= since


def _answer_label(step: str, value: dict[str, Any] | None, raw: str | None) -> str:
    value = value or {}
    facts = value.get("facts") or {}
    if step == "need" and facts.get("need_category"):
        return f"need={facts['need_category']}"
    if value.get("option"):
        return f"{step}={value['option']}"
    text = " ".join((raw or "—").lower().split())[:30]
    return f"{step}: {text}"


async def collect(
    session: AsyncSession, period: str, since: datetime | None, now: datetime | None = None
) -> Stats:
    st = Stats(period)
    now = now or utcnow()
    in_period = _since(Lead.created_at, since)
    rows = await session.execute(
        select(Lead.stage, func.count()).where(in_period).group_by(Lead.stage)
    )
    st.funnel = {stage: n for stage, n in rows}
    st.leads = sum(st.funnel.values())
    rows = await session.execute(
        select(Lead.tier, func.count()).where(in_period).group_by(Lead.tier)
    )
    st.tiers = {str(tier or "—"): n for tier, n in rows}
    bucket = cast(Lead.score_total / 10, Integer)
    rows = await session.execute(
        select(bucket, func.count())
        .where(in_period, Lead.stage != Stage.FORGOTTEN)
        .group_by(bucket)
    )
    for b, n in rows:
        st.score_buckets[min(max(int(b or 0), 0), 9)] += n

    carded = select(SalesCard.lead_id).distinct().subquery()
    source = func.coalesce(Lead.source, "—")
    rows = await session.execute(
        select(
            source,
            func.count(),
            func.count(carded.c.lead_id),
            func.sum(case((Lead.stage == Stage.WON, 1), else_=0)),
        )
        .outerjoin(carded, carded.c.lead_id == Lead.id)
        .where(in_period)
        .group_by(source)
        .order_by(func.count().desc())
        .limit(TOP_SOURCES)
    )
    st.sources = [(str(s), n, int(c or 0), int(w or 0)) for s, n, c, w in rows]

    in_cards = _since(SalesCard.posted_at, since)

    def outcome(name: str) -> Any:
        return func.sum(case((SalesCard.outcome == name, 1), else_=0))

    # By the tier the lead had when it was handed off (its snapshot), not the tier it has
    # now: a hot card that sales recycled is a hot card sales did not accept.
    tier_at_handoff = func.coalesce(ScoreSnapshot.tier, NO_SNAPSHOT)
    rows = await session.execute(
        select(
            tier_at_handoff,
            func.count(SalesCard.id),
            func.count(SalesCard.taken_at),
            outcome("won"),
            outcome("lost"),
            outcome("recycle"),
            outcome("dq"),
            func.sum(SalesCard.sla_breaches),
            func.sum(case((SalesCard.sla_breaches > 0, 1), else_=0)),
        )
        .select_from(SalesCard)
        .outerjoin(
            ScoreSnapshot,
            and_(ScoreSnapshot.card_key == SalesCard.handoff_key, ScoreSnapshot.kind == "handoff"),
        )
        .where(in_cards)
        .group_by(tier_at_handoff)
    )
    for tier, n, taken, won, lost, returned, dq, breaches, breached in rows:
        st.acceptance[str(tier)] = {
            "cards": n, "taken": taken, "won": int(won or 0), "lost": int(lost or 0),
            "returned": int(returned or 0), "disqualified": int(dq or 0),
        }  # fmt: skip
        st.cards += n
        st.sla_breaches += int(breaches or 0)
        st.cards_breached += int(breached or 0)
    takes = await session.execute(
        select(SalesCard.posted_at, SalesCard.taken_at).where(
            in_cards, SalesCard.taken_at.is_not(None)
        )
    )
    minutes = [(taken - posted).total_seconds() / 60 for posted, taken in takes]
    st.take_minutes_median = statistics.median(minutes) if minutes else None
    st.reasons = await _reasons(session, since, now)

    rows = await session.execute(
        select(Lead.stage, Answer.step, Answer.value, Answer.raw_text)
        .join(Lead, and_(Lead.id == Answer.lead_id, Lead.cycle == Answer.cycle))
        .where(
            in_period,
            Lead.stage.in_((Stage.WON, Stage.LOST)),
            ~Answer.superseded,
            Answer.step.in_(ANSWER_STEPS),
        )
    )
    counters: dict[str, Counter[str]] = {"won": Counter(), "lost": Counter()}
    for stage, step, value, raw in rows:
        counters[stage][_answer_label(step, value, raw)] += 1
    st.answers = {k: c.most_common(TOP_ANSWERS) for k, c in counters.items()}
    return st


async def _reasons(
    session: AsyncSession, since: datetime | None, now: datetime
) -> list[tuple[str, str, int, int | None]]:
    """Why sales lost, returned or disqualified leads in the period, and in the period of the
    same length before it (the trend); the most frequent first."""

    async def count(start: datetime | None, end: datetime) -> dict[tuple[str, str], int]:
        rows = await session.execute(
            select(SalesCard.outcome, SalesCard.outcome_reason, func.count())
            .where(
                SalesCard.outcome.in_(REJECTED),
                _since(SalesCard.outcome_at, start),
                SalesCard.outcome_at < end,
            )
            .group_by(SalesCard.outcome, SalesCard.outcome_reason)
        )
        return {(str(kind), str(reason or "")): n for kind, reason, n in rows}

    current = await count(since, now)
    before = await count(since - (now - since), since) if since is not None else None
    keys = sorted(current, key=lambda k: (-current[k], k))
    if before is not None:  # reasons that went away are a trend too
        keys += sorted(k for k in before if k not in current)
    return [
        (
            kind,
            reason,
            current.get((kind, reason), 0),
            None if before is None else before.get((kind, reason), 0),
        )
        for kind, reason in keys
    ]


def _trend(now: int, before: int | None) -> str:
    if before is None:
        return ""
    if now == before:
        return f" (= {before})"
    return f" ({'↑' if now > before else '↓'} с {before})"


# --- text -----------------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def summary(st: Stats) -> str:
    """Every number, plain text (escaped by the caller)."""
    funnel = " · ".join(f"{stage_name(s)} {st.funnel[s]}" for s in FUNNEL if st.funnel.get(s))
    tiers = " · ".join(
        f"{tier_name(t)} {n}" for t, n in sorted(st.tiers.items(), key=lambda kv: -kv[1])
    )
    lines = [
        f"Статистика за {st.period}: лидов {st.leads}",
        f"Воронка: {funnel or '—'}",
        f"Тиры: {tiers or '—'}",
        "Баллы (по 10): " + " ".join(str(n) for n in st.score_buckets),
        "Источники (лиды / в продажи / сделки):",
    ]
    for source, n, carded, won in st.sources:
        lines.append(f"  {source}: {n} / {carded} / {won} ({_pct(won, n)})")
    lines.append(
        "Продажи по тиру при передаче (карточки: взяли, сделка, проигр., возврат, дисквал.):"
    )
    for tier, a in sorted(st.acceptance.items()):
        name = "без снимка (до обновления)" if tier == NO_SNAPSHOT else tier_name(tier)
        lines.append(
            f"  {name}: {a['cards']}: {a['taken']} ({_pct(a['taken'], a['cards'])}), "
            f"{a['won']}, {a['lost']}, {a['returned']}, {a['disqualified']}"
        )
    median = "—" if st.take_minutes_median is None else f"{st.take_minutes_median:.1f} мин"
    lines.append(
        f"Медиана до «Беру»: {median} · нарушений SLA: {st.sla_breaches} "
        f"(карточек {st.cards_breached} из {st.cards})"
    )
    if st.reasons:
        trend = " (в скобках — предыдущие такие же дни)" if st.reasons[0][3] is not None else ""
        lines.append(f"Причины решений продаж{trend}:")
        for kind in REJECTED:
            items = [r for r in st.reasons if r[0] == kind]
            if items:
                lines.append(
                    f"  {OUTCOME_NAMES[kind]}: "
                    + ", ".join(
                        f"«{reason_label(k, reason)}» {n}{_trend(n, before)}"
                        for k, reason, n, before in items
                    )
                )
    else:
        lines.append("Причины решений продаж: отказов и проигрышей нет")
    for key, title in (("won", "Частые ответы выигранных"), ("lost", "Частые ответы проигранных")):
        top = st.answers.get(key) or []
        lines.append(f"{title}: " + ("; ".join(f"{a} ({n})" for a, n in top) or "—"))
    return "\n".join(lines)


def caption(st: Stats) -> str:
    text = summary(st)
    if len(text) <= CAPTION_LIMIT:
        return text
    # Keep whole lines; the full text follows as a message anyway.
    out = ""
    for line in text.split("\n"):
        if len(out) + len(line) + 2 > CAPTION_LIMIT:
            return out + "\n…"
        out = f"{out}\n{line}" if out else line
    return out


# --- chart ----------------------------------------------------------------------------------


def _no_data(ax: Any) -> None:
    """An empty panel says so, instead of a bare axis from -0.04 to 0.04."""
    ax.text(0.5, 0.5, text("no_data"), ha="center", va="center", color="#777777",
            transform=ax.transAxes)  # fmt: skip
    ax.set_xticks([])
    ax.set_yticks([])


def render_chart(st: Stats) -> bytes:
    """A 2x2 PNG: funnel, tiers, score histogram, conversion by source."""
    import matplotlib

    matplotlib.use("Agg")
    # The object API, not pyplot: no global figure state shared between worker threads.
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    whole = MaxNLocator(integer=True)  # counts are whole numbers: no 0.2, 0.4 ticks
    fig = Figure(figsize=(10, 7), dpi=80)
    (ax1, ax2), (ax3, ax4) = fig.subplots(2, 2)
    stages = [s for s in FUNNEL if st.funnel.get(s)]
    ax1.set_title("Воронка по стадиям")
    if stages:
        ax1.barh([stage_name(s) for s in stages[::-1]], [st.funnel[s] for s in stages[::-1]],
                 color="#4c72b0")  # fmt: skip
        ax1.xaxis.set_major_locator(whole)
    else:
        _no_data(ax1)
    tiers = [t for t in TIERS if st.tiers.get(t)] + [
        t for t in st.tiers if t not in TIERS and st.tiers[t]
    ]
    colors = {"hot": "#d62728", "warm": "#ff7f0e", "cold": "#1f77b4", "disqualified": "#7f7f7f"}
    ax2.set_title("Тиры")
    if tiers:
        ax2.bar([tier_name(t) for t in tiers], [st.tiers[t] for t in tiers],
                color=[colors.get(t, "#bbbbbb") for t in tiers])  # fmt: skip
        ax2.yaxis.set_major_locator(whole)
    else:
        _no_data(ax2)
    ax3.set_title("Баллы (0–100)")
    if any(st.score_buckets):
        ax3.bar([f"{10 * i}" for i in range(10)], st.score_buckets, color="#55a868",
                align="edge")  # fmt: skip
        ax3.yaxis.set_major_locator(whole)
    else:
        _no_data(ax3)
    ax4.set_title("Конверсия в сделку по источникам, %")
    if st.sources:
        names = [s for s, *_ in st.sources]
        rates = [100 * w / n if n else 0 for _, n, _, w in st.sources]
        ax4.barh(names[::-1], rates[::-1], color="#8172b2")
        ax4.set_xlim(0, max(100, *rates))
    else:
        _no_data(ax4)
    fig.suptitle(f"Статистика за {st.period}, лидов: {st.leads}")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


async def cmd_stats(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    try:
        period, since = parse_period((command.args or "").strip() or None)
    except ValueError:
        after_commit.call(
            message.answer(
                "Формат: <code>/stats 7d</code>, <code>/stats 30d</code> или "
                "<code>/stats all</code>"
            )
        )
        return
    st = await collect(session, period, since)

    async def chart(bot: Bot) -> None:
        # Drawn after the update's transaction ended: no read transaction stays open meanwhile.
        png = await asyncio.to_thread(render_chart, st)
        await bot(
            message.answer_photo(
                BufferedInputFile(png, filename=f"stats_{period}.png"),
                caption=html.escape(caption(st)),
            )
        )

    after_commit.then(chart)
    full = summary(st)
    if len(full) > CAPTION_LIMIT:
        reply_long(after_commit, message, html.escape(full))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(IsAdmin())
    router.message.register(cmd_stats, Command("stats"))
    return router
