"""Learning from outcomes through the real dispatcher: snapshots at hand-off and at sales
decisions, /stats by the tier at hand-off and the reasons, the rejection alert, /insights
against a hand-computed table, /suggest from no data to Apply, the probability on the card and
in /lead, and the audit (scheduled and on demand)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram.methods import EditMessageReplyMarkup, EditMessageText, SendPhoto
from aiogram.types import Chat, InlineKeyboardMarkup, User
from sqlalchemy import func, select, update

from admin.stats import collect, summary
from bot.app import outbox_handlers
from bot.db.models import (
    Lead,
    OutboxMessage,
    OutcomeModel,
    SalesCard,
    ScoreSnapshot,
    ScoringModelVersion,
    Stage,
    utcnow,
)
from bot.emulator.entities import parse_html
from bot.services.outbox import OutboxWorker
from bot.services.reports import AUDIT, schedule_audit
from tests.support.harness import HOT_RU_ANSWERS, Harness
from tests.support.outcomes import SeedLead, from_synthetic, insert_leads
from tests.support.synthetic import generate

ADMIN = Harness.user(777, "ru", "Админ")
STRANGER = Harness.user(555, "ru", "Чужой")
SALES = Chat(id=-1001234567890, type="supergroup", title="Продажи")
REP = User(id=501, is_bot=False, first_name="Олег", username="oleg")
REFUSAL = "Команда доступна только администраторам"


@pytest.fixture
async def harness(tmp_path: Path):
    h = await Harness.create(
        tmp_path, admin_ids="777", sales_chat_id=SALES.id, insights_min_leads=3,
        reject_alert_min_leads=2,
    )  # fmt: skip
    yield h
    await h.close()


async def deliver(h: Harness) -> int:
    worker = OutboxWorker(h.sessionmaker, h.bot, h.settings, outbox_handlers(h.settings))
    return await worker.tick()


def admin_texts(h: Harness) -> str:
    """Everything the admin was sent, each message checked to be HTML Telegram accepts."""
    texts = h.session.texts(ADMIN.id)
    for text in texts:
        parse_html(text)  # raises on a tag Telegram refuses, an unclosed one, a bare "<"
        assert len(text) <= 4096
    return "\n".join(texts)


def photos(h: Harness, chat_id: int) -> list[SendPhoto]:
    return [p for p in h.session.sent(SendPhoto) if int(p.chat_id) == chat_id]


async def snapshots(h: Harness) -> list[ScoreSnapshot]:
    async with h.sessionmaker() as session:
        return list(await session.scalars(select(ScoreSnapshot).order_by(ScoreSnapshot.id)))


async def hand_off_card(h: Harness, user: User) -> tuple[int, InlineKeyboardMarkup]:
    """Qualify a hot prospect and post the card; (the card's message id, its buttons)."""
    await h.qualify(user)
    await deliver(h)
    lead = await h.lead(user.id)
    assert lead is not None
    async with h.sessionmaker() as session:
        card = await session.scalar(select(SalesCard).where(SalesCard.lead_id == lead.id))
    assert card is not None
    sent = [m for m in h.session.sent() if int(m.chat_id) == SALES.id][-1]
    assert isinstance(sent.reply_markup, InlineKeyboardMarkup)
    return card.message_id, sent.reply_markup


async def decide(h: Harness, message_id: int, markup: InlineKeyboardMarkup, *labels: str) -> None:
    """Press the card's buttons in order, each on the keyboard the previous press left."""
    for label in labels:
        await h.press_in_chat(REP, SALES, message_id, markup, label)
        edits = [
            r.reply_markup
            for r in h.session.requests
            if isinstance(r, EditMessageText | EditMessageReplyMarkup)
            and isinstance(r.reply_markup, InlineKeyboardMarkup)
        ]
        if edits:
            markup = edits[-1]


# --- snapshots ---------------------------------------------------------------------------------


async def test_hand_off_and_each_decision_keep_what_sales_saw(harness: Harness) -> None:
    h = harness
    prospect = Harness.user(2001, "ru", "Анна")
    message_id, markup = await hand_off_card(h, prospect)
    (handoff,) = await snapshots(h)
    lead = await h.lead(prospect.id)
    assert lead is not None and lead.score is not None
    assert handoff.kind == "handoff" and handoff.card_key == f"card:{lead.id}:1:0"
    assert (handoff.tier, handoff.cell, handoff.model_version) == ("hot", lead.score["cell"], 1)
    assert handoff.score_total == pytest.approx(lead.score_total)
    assert handoff.rules["budget_fits"] == [1, 3.0] and handoff.rules["phone"] == [1, 1.0]
    # The deal facts, never the person: no phone, e-mail, company or their words.
    assert handoff.facts["need_category"] == "website"
    assert not {"phone", "email", "company", "position", "need"} & set(handoff.facts)

    await decide(h, message_id, markup, "Беру", "Проигран", "Дорого")
    kinds = [(s.kind, s.reason, s.actor_id, s.card_key) for s in await snapshots(h)]
    assert kinds == [
        ("handoff", "score", None, handoff.card_key),
        ("lost", "price", REP.id, handoff.card_key),
    ]


async def test_stats_count_acceptance_by_the_tier_at_hand_off_and_report_reasons(
    harness: Harness,
) -> None:
    h = harness
    prospect = Harness.user(2002, "ru", "Борис")
    message_id, markup = await hand_off_card(h, prospect)
    await decide(h, message_id, markup, "В прогрев", "Не отвечает")
    lead = await h.lead(prospect.id)
    assert lead is not None and lead.stage == Stage.RECYCLED
    assert lead.tier != "hot"  # engagement restarted: the lead is no longer hot now...
    async with h.sessionmaker() as session:
        st = await collect(session, "7d", utcnow() - timedelta(days=7))
    # ...but sales returned a hot card, and that is what acceptance counts.
    assert list(st.acceptance) == ["hot"] and st.acceptance["hot"]["returned"] == 1
    assert st.reasons == [("recycle", "no_answer", 1, 0)]
    text = summary(st)
    assert "Продажи по тиру при передаче" in text and "горячий: 1: 0 (0%), 0, 0, 1, 0" in text
    assert "возврат в прогрев: «Не отвечает» 1 (↑ с 0)" in text


async def test_too_many_rejections_alert_the_admins_once(harness: Harness) -> None:
    h = harness
    cards = [await hand_off_card(h, Harness.user(uid, "ru", "Лид")) for uid in (2003, 2004)]
    (first_id, first), (second_id, second) = cards
    await decide(h, first_id, first, "Дисквал.", "Спам")  # 1 of 2 rejected: over 30 %
    await decide(h, second_id, second, "В прогрев", "Нет бюджета")  # 2 of 2: still one alert
    async with h.sessionmaker() as session:
        rows = list(
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "reject_alert")
            )
        )
    assert len(rows) == 1 and rows[0].payload["rejected"] == 1
    h.session.clear()
    await deliver(h)
    (alert,) = h.session.texts(ADMIN.id)
    assert "из 2 переданных в продажи отклонено 1 (50 %, порог 30 %)" in alert
    assert "«Спам» — 1" in alert and "/insights" in alert and "поправьте" in alert
    await deliver(h)
    assert len(h.session.texts(ADMIN.id)) == 1


# --- access ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["/insights", "/suggest", "/audit_report", "/insights all"])
async def test_learning_commands_are_refused_to_non_admins(harness: Harness, command: str) -> None:
    await harness.text(STRANGER, command)
    assert harness.session.texts(STRANGER.id) == [REFUSAL]
    assert not harness.session.sent(SendPhoto)
    assert await harness.lead(STRANGER.id) is None


async def test_admin_help_lists_the_new_commands(harness: Harness) -> None:
    await harness.text(ADMIN, "/admin")
    text = admin_texts(harness)
    assert "/insights 90d" in text and "/suggest" in text and "/audit_report" in text


# --- /insights --------------------------------------------------------------------------------


async def test_insights_without_outcomes_explain_what_is_missing(harness: Harness) -> None:
    await harness.text(ADMIN, "/insights")
    text = admin_texts(harness)
    assert "Лидов с исходом пока нет" in text and "после первых сделок" in text
    assert not harness.session.sent(SendPhoto)
    await harness.text(ADMIN, "/insights yesterday")
    assert "Формат: <code>/insights 30d</code>" in harness.session.texts(ADMIN.id)[-1]


def seed(rules: list[str], need: str, handed: bool, decision: str | None, stage=None) -> SeedLead:
    points = {"phone": 1.0, "budget_fits": 3.0, "budget_none": -2.0}
    return SeedLead(
        rules={r: points[r] for r in rules},
        facts={"need_category": need},
        handed_off=handed,
        decision=decision,
        stage=stage,
    )


# The hand-computed fixture of tests/unit/test_outcomes.py, as database rows: 10 leads with an
# outcome, 6 reached sales, 4 won (base rate 40 %). Every lead's budget, authority and
# timeline are unknown and its source direct, so those four answers cover all ten.
FIXTURE = [
    seed(["phone", "budget_fits"], "crm", True, "won"),
    seed(["phone", "budget_fits"], "crm", True, "won"),
    seed(["phone"], "crm", True, "lost"),
    seed(["phone", "budget_fits"], "website", True, "lost"),
    seed(["budget_fits"], "website", False, None),
    seed(["phone"], "website", False, None),
    seed([], "bot", False, None),
    seed(["budget_none"], "bot", True, "won"),
    seed(["budget_none"], "bot", True, "won"),
    seed(["budget_none", "phone"], "other", False, None, Stage.DISQUALIFIED),
]
# label, n, reached sales, won, % won, Wilson 95 % low-high, lift -- worked out by hand
EXPECTED = [
    ("budget_none", 3, 2, 2, 67, 21, 94, "1.7"),
    ("задача: чат-бот", 3, 2, 2, 67, 21, 94, "1.7"),
    ("задача: CRM", 3, 3, 2, 67, 21, 94, "1.7"),
    ("budget_fits", 4, 3, 2, 50, 15, 85, "1.2"),  # 1.25
    ("решение: ?", 10, 6, 4, 40, 17, 69, "1.0"),
    ("бюджет: ?", 10, 6, 4, 40, 17, 69, "1.0"),
    ("источник: прямой …", 10, 6, 4, 40, 17, 69, "1.0"),
    ("сроки: ?", 10, 6, 4, 40, 17, 69, "1.0"),
    ("phone", 6, 4, 2, 33, 10, 70, "0.8"),
    ("задача: сайт", 3, 1, 0, 0, 0, 56, "0.0"),
]
ROW = re.compile(r"^(.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)–(\d+)\s+(\S+)$")


def table_rows(text: str) -> list[tuple[object, ...]]:
    block = re.search(r"<pre>(.*?)</pre>", text, re.S)
    assert block is not None, text
    rows = []
    for line in block.group(1).split("\n")[1:]:
        m = ROW.match(line)
        assert m is not None, line
        label, *numbers, lift = m.groups()
        rows.append((label, *map(int, numbers), lift))
    return rows


async def test_insights_numbers_match_the_hand_computed_table(harness: Harness) -> None:
    h = harness
    await insert_leads(h.sessionmaker, FIXTURE)
    await h.text(ADMIN, "/insights 30d")
    text = admin_texts(h)
    assert "Лидов с исходом: 10 · были в продажах: 6 · сделок: 4 (база 40 %)" in text
    assert table_rows(text) == EXPECTED
    assert "Мало данных</b> (n &lt; 3): задача: другое (1)" in text
    assert "budget_none: -2, лифт 1.7 (n 3)" in text and "phone: +1, лифт 0.8 (n 6)" in text
    assert "Ни разу не сработали</b>" in text and "email_corporate" in text
    (chart,) = photos(h, ADMIN.id)
    assert chart.photo.data.startswith(b"\x89PNG")
    # Leads created before the period are not counted.
    h.session.clear()
    async with h.sessionmaker.begin() as session:
        await session.execute(update(Lead).values(created_at=utcnow() - timedelta(days=40)))
    await h.text(ADMIN, "/insights 30d")
    assert "Лидов с исходом пока нет" in admin_texts(h)
    h.session.clear()
    await h.text(ADMIN, "/insights all")
    assert "Лидов с исходом: 10 ·" in admin_texts(h)


# --- /suggest ----------------------------------------------------------------------------------


async def test_suggest_with_few_outcomes_says_how_many_more_are_needed(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/suggest")
    assert "Решений продаж по переданным лидам: 0" in admin_texts(h)
    await insert_leads(h.sessionmaker, FIXTURE)
    h.session.clear()
    await h.text(ADMIN, "/suggest")
    text = admin_texts(h)
    # 6 decisions (4 won, 2 lost) of the 50 needed, and 10 of each kind
    assert "Решений продаж по переданным лидам: 6 (сделок 4, остальных 2)" in text
    assert "ещё 44 решений продаж, из них не меньше 6 сделок, не меньше 8 проигранных" in text
    async with h.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ScoringModelVersion)) == 1
        assert await session.scalar(select(func.count()).select_from(OutcomeModel)) == 0


async def test_suggest_fits_a_draft_that_changes_nothing_until_apply(harness: Harness) -> None:
    h = harness
    await insert_leads(h.sessionmaker, [from_synthetic(lead) for lead in generate(400, seed=5)])
    await h.text(ADMIN, "/suggest")
    text = admin_texts(h)
    assert "решений продаж 400" in text
    auc = re.search(r"текущие веса: (0\.\d+)\n\s+предложенные веса: (0\.\d+)", text)
    assert auc is not None, text
    assert float(auc.group(2)) > float(auc.group(1))
    assert "timeline_30" in text and "×" in text
    assert "Пробный пересчёт черновика v2" in text
    assert "не изменятся, пока вы не нажмёте «Применить»" in text
    # The cut-offs follow the new points, so about as many leads stay sales-ready: some
    # become it, others stop (rather than all of them leaving sales at once).
    assert "grades.a:" in text
    moved = re.search(r"Станут sales-ready: (\d+) · перестанут: (\d+)", text)
    assert moved is not None and int(moved.group(1)) > 0
    markup = h.last_keyboard(ADMIN.id)
    assert markup is not None and "Применить" in markup.inline_keyboard[0][0].text
    async with h.sessionmaker() as session:
        draft = await session.get(ScoringModelVersion, 2)
        active = await session.get(ScoringModelVersion, 1)
        predictor = await session.scalar(select(OutcomeModel))
    assert draft is not None and draft.status == "draft" and active is not None
    assert active.status == "active"
    points = {r["id"]: r["points"] for r in draft.body["fit"]["rules"]}
    assert points != {r["id"]: r["points"] for r in active.body["fit"]["rules"]}
    assert points["timeline_30"] > points["company_position"]
    assert predictor is not None and predictor.outcomes == 400 and predictor.auc is not None

    await h.press(ADMIN, "Применить", markup)
    async with h.sessionmaker() as session:
        applied = await session.get(ScoringModelVersion, 2)
    assert applied is not None and applied.status == "active"
    assert "Версия v2 активна" in admin_texts(h)


async def test_the_probability_shows_on_the_card_and_in_lead_once_trained(
    harness: Harness,
) -> None:
    h = harness
    prospect = Harness.user(2010, "ru", "Анна")
    await h.qualify(prospect, HOT_RU_ANSWERS)
    await deliver(h)
    card = [m.text for m in h.session.sent() if int(m.chat_id) == SALES.id][-1]
    assert "вероятность" not in card  # nothing trained yet
    await insert_leads(h.sessionmaker, [from_synthetic(lead) for lead in generate(300, seed=9)])
    await h.text(ADMIN, "/suggest")
    lead = await h.lead(prospect.id)
    assert lead is not None
    h.session.clear()
    await h.text(ADMIN, f"/lead {lead.id}")
    text = admin_texts(h)
    found = re.search(r"🎯 вероятность сделки ~(\d+) % \(по 300 исходам\): ([+−] .+), AUC", text)
    assert found is not None, text
    assert 0 <= int(found.group(1)) <= 100
    # The card shows it too, from the next edit on: the rep takes the card.
    other = Harness.user(2011, "ru", "Борис")
    await h.qualify(other, HOT_RU_ANSWERS)
    await deliver(h)
    card = [m.text for m in h.session.sent() if int(m.chat_id) == SALES.id][-1]
    assert "🎯 вероятность сделки ~" in card and "(по 300 исходам)" in card


# --- the audit --------------------------------------------------------------------------------


async def test_the_audit_is_one_outbox_row_per_period_and_reports_to_admins(
    harness: Harness,
) -> None:
    h = harness
    await insert_leads(h.sessionmaker, FIXTURE)
    now = utcnow()
    async with h.sessionmaker.begin() as session:
        assert await schedule_audit(session, h.settings, now)
        assert not await schedule_audit(session, h.settings, now)  # a restart: same row
    async with h.sessionmaker() as session:
        (row,) = await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == AUDIT))
    assert row.due_at > now and row.due_at - now <= timedelta(days=90)
    assert row.dedupe_key == f"audit_report:7.776e+06:{row.payload['slot']}"
    # Due: the admins get the report, and the next period's row is queued.
    async with h.sessionmaker.begin() as session:
        await session.execute(update(OutboxMessage).values(due_at=now - timedelta(seconds=1)))
    await deliver(h)
    text = admin_texts(h)
    assert "Аудит скоринга" in text and "Баллы (0–10 … 90–100)" in text
    assert "Конверсия по тиру при передаче" in text and "Лучшие правила по лифту" in text
    assert len(photos(h, ADMIN.id)) == 1
    async with h.sessionmaker() as session:
        rows = list(
            await session.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == AUDIT).order_by(OutboxMessage.id)
            )
        )
    assert [r.status for r in rows] == ["sent", "pending"]
    assert rows[1].payload["slot"] == rows[0].payload["slot"] + 1


async def test_a_changed_period_replaces_the_pending_audit(harness: Harness) -> None:
    h = harness
    now = utcnow()
    async with h.sessionmaker.begin() as session:
        await schedule_audit(session, h.settings, now)
    shorter = h.settings.model_copy(update={"audit_every_days": 30.0})
    off = h.settings.model_copy(update={"audit_every_days": 0.0})
    async with h.sessionmaker.begin() as session:
        assert await schedule_audit(session, shorter, now)
    async with h.sessionmaker() as session:
        statuses = list(
            await session.execute(
                select(OutboxMessage.status, OutboxMessage.payload).order_by(OutboxMessage.id)
            )
        )
    assert [(s, p["seconds"]) for s, p in statuses] == [
        ("cancelled", 90 * 86400), ("pending", 30 * 86400),
    ]  # fmt: skip
    async with h.sessionmaker.begin() as session:
        assert not await schedule_audit(session, off, now)
        pending = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == "pending")
        )
    assert pending == 0


async def test_audit_report_on_demand(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/audit_report")
    text = admin_texts(h)
    assert "Аудит скоринга" in text and "передач не было" in text
    assert "сделок за период нет" in text
    assert len(photos(h, ADMIN.id)) == 1
