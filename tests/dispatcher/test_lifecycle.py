"""The lead's lifecycle told as stories: each stage change with what it schedules and cancels."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiogram.types import Chat, ChatMemberBanned, ChatMemberMember, ChatMemberUpdated, User
from sqlalchemy import select

from bot.app import outbox_handlers
from bot.db.models import OutboxMessage, SalesCard, StageChange, utcnow
from bot.services.outbox import OutboxWorker
from tests.support.harness import Harness

SALES = Chat(id=-1001234567890, type="supergroup", title="Продажи")
ANNA = Harness.user(2001, "ru", "Анна")
REP = User(id=501, is_bot=False, first_name="Олег", username="oleg")
ADMIN = User(id=700, is_bot=False, first_name="Админ")
COLD_ANSWERS = (
    "Нужен сайт",
    "не знаю",
    "собираю информацию",
    "пропустить",
    "пока не планируем",
    "пропустить",
    "пропустить",
    "пропустить",
    "пропустить",
    "нет",
)


@pytest.fixture
async def harness(tmp_path):
    h = await Harness.create(
        tmp_path, sales_chat_id=SALES.id, admin_ids=str(ADMIN.id), quiet_hours="",
        sla_remind_minutes=1, sla_escalate_minutes=2,
    )  # fmt: skip
    yield h
    await h.close()


async def deliver(h: Harness) -> int:
    worker = OutboxWorker(h.sessionmaker, h.bot, h.settings, outbox_handlers(h.settings))
    return await worker.tick()


async def rows(h: Harness, *kinds: str) -> list[OutboxMessage]:
    async with h.sessionmaker() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kinds:
            query = query.where(OutboxMessage.kind.in_(kinds))
        return list(await session.scalars(query))


async def stage(h: Harness, user: User) -> str:
    lead = await h.lead(user.id)
    assert lead is not None
    return lead.stage


async def hand_off_and_post(h: Harness) -> SalesCard:
    await h.qualify(ANNA)
    await deliver(h)
    async with h.sessionmaker() as session:
        card = await session.scalar(select(SalesCard))
    assert card is not None
    return card


def kicked(user: User) -> ChatMemberUpdated:
    """The prospect blocked the bot."""
    me = User(id=42, is_bot=True, first_name="Lead bot")
    return ChatMemberUpdated(
        chat=Chat(id=user.id, type="private"), from_user=user, date=0,
        old_chat_member=ChatMemberMember(user=me),
        new_chat_member=ChatMemberBanned(user=me, until_date=0),
    )  # fmt: skip


async def test_a_blocked_lead_leaves_nurture(harness: Harness) -> None:
    await harness.qualify(ANNA, COLD_ANSWERS)
    assert await stage(harness, ANNA) == "nurturing"
    assert any(r.status == "pending" for r in await rows(harness, "nurture"))
    await harness.feed(harness.make_update(my_chat_member=kicked(ANNA)))
    assert await stage(harness, ANNA) == "unreachable"
    assert {r.status for r in await rows(harness, "nurture")} <= {"cancelled", "sent"}
    assert [e.kind for e in await harness.events(ANNA.id)][-1] == "blocked"


async def test_admin_marks_won_and_the_sla_timers_are_cancelled(harness: Harness) -> None:
    card = await hand_off_and_post(harness)
    assert {r.status for r in await rows(harness, "sla_remind", "sla_escalate")} == {"pending"}
    await harness.text(ADMIN, f"/stage {card.lead_id} won")
    assert await stage(harness, ANNA) == "won"
    assert {r.status for r in await rows(harness, "sla_remind", "sla_escalate")} == {"cancelled"}
    async with harness.sessionmaker() as session:
        change = await session.scalar(select(StageChange).order_by(StageChange.id.desc()))
    assert change is not None and change.actor_id == ADMIN.id and change.reason == "admin"


async def test_admin_sends_a_nurturing_lead_to_sales_with_one_card(harness: Harness) -> None:
    await harness.qualify(ANNA, COLD_ANSWERS)
    lead = await harness.lead(ANNA.id)
    assert lead is not None
    await harness.text(ADMIN, f"/stage {lead.id} sales_ready")
    await harness.text(ADMIN, f"/stage {lead.id} sales_ready")
    assert await stage(harness, ANNA) == "sales_ready"
    assert len(await rows(harness, "sales_card")) == 1
    assert not [r for r in await rows(harness, "nurture") if r.status == "pending"]


async def test_restart_with_an_open_card_is_refused_and_makes_no_second_card(
    harness: Harness,
) -> None:
    await hand_off_and_post(harness)
    await harness.text(ANNA, "/restart")
    assert "начать заново не получится" in harness.session.texts(ANNA.id)[-1]
    assert await stage(harness, ANNA) == "sales_ready"
    await harness.qualify(ANNA)  # answering everything again changes nothing
    await deliver(harness)
    assert len(await rows(harness, "sales_card")) == 1


async def test_restart_of_a_taken_lead_keeps_it_with_the_rep(harness: Harness) -> None:
    card = await hand_off_and_post(harness)
    markup = harness.last_keyboard(SALES.id)
    assert markup is not None
    await harness.press_in_chat(REP, SALES, card.message_id, markup, "Беру")
    assert await stage(harness, ANNA) == "in_sales"
    await harness.text(ANNA, "/restart")
    assert await stage(harness, ANNA) == "in_sales"


async def test_a_lead_sales_disqualified_as_spam_cannot_restart(harness: Harness) -> None:
    card = await hand_off_and_post(harness)
    markup = harness.last_keyboard(SALES.id)
    assert markup is not None
    await harness.press_in_chat(REP, SALES, card.message_id, markup, "Дисквал")
    spam_menu = harness.session.requests[-2].reply_markup  # the reasons keyboard
    await harness.press_in_chat(REP, SALES, card.message_id, spam_menu, "Спам")
    assert await stage(harness, ANNA) == "disqualified"
    await harness.text(ANNA, "/restart")
    assert await stage(harness, ANNA) == "disqualified"
    await harness.qualify(ANNA)
    await deliver(harness)
    assert len(await rows(harness, "sales_card")) == 1


async def test_a_lead_the_bot_closed_may_start_over(harness: Harness) -> None:
    await harness.text(ANNA, "/start")
    await harness.text(ANNA, "Здравствуйте, ищу работу, вот моё резюме")
    assert await stage(harness, ANNA) == "disqualified"
    await harness.text(ANNA, "/restart")
    assert await stage(harness, ANNA) == "qualifying"
    assert "Какую задачу" in harness.session.texts(ANNA.id)[-1]


async def test_stop_mid_dialogue_unsubscribes_and_cancels_the_nudge(harness: Harness) -> None:
    await harness.text(ANNA, "/start")
    await harness.text(ANNA, "Нужен сайт")
    assert [r for r in await rows(harness, "nurture") if r.status == "pending"]
    await harness.text(ANNA, "/stop")
    lead = await harness.lead(ANNA.id)
    assert lead is not None and lead.unsubscribed
    assert not [r for r in await rows(harness, "nurture") if r.status == "pending"]


async def test_a_taken_lead_that_blocks_the_bot_stays_in_sales(harness: Harness) -> None:
    card = await hand_off_and_post(harness)
    markup = harness.last_keyboard(SALES.id)
    assert markup is not None
    await harness.press_in_chat(REP, SALES, card.message_id, markup, "Беру")
    await harness.feed(harness.make_update(my_chat_member=kicked(ANNA)))
    assert await stage(harness, ANNA) == "in_sales"
    assert [e.kind for e in await harness.events(ANNA.id)][-1] == "blocked"


async def test_forgetting_cancels_every_pending_message(harness: Harness) -> None:
    await hand_off_and_post(harness)
    assert [r for r in await rows(harness) if r.status == "pending"]
    await harness.text(ANNA, "/forget")
    assert not [r for r in await rows(harness) if r.status == "pending"]
    async with harness.sessionmaker() as session:
        changes = list(await session.scalars(select(StageChange.to_stage)))
    assert changes[-1] == "forgotten"


async def test_sla_timers_are_due_after_the_card_is_posted(harness: Harness) -> None:
    await hand_off_and_post(harness)
    remind, escalate = await rows(harness, "sla_remind", "sla_escalate")
    assert remind.due_at - utcnow() <= timedelta(minutes=1)
    assert escalate.due_at > remind.due_at
