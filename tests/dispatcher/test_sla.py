"""SLA timers with a frozen clock: business hours across a night and a weekend, three
escalation levels, and a taken lead nobody closes."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from aiogram.methods import CopyMessage, EditMessageText, SendMessage
from aiogram.types import Chat, InlineKeyboardMarkup, Message, User
from sqlalchemy import select

from bot.app import outbox_handlers
from bot.db import repo
from bot.db.models import OutboxMessage, SalesCard
from bot.handlers import sales as sales_handlers
from bot.services import outbox, relay, sales
from bot.services.outbox import OutboxWorker
from tests.support.harness import Harness

MSK = ZoneInfo("Europe/Moscow")
SALES = Chat(id=-1007100000001, type="supergroup", title="Продажи")
PROSPECT = Harness.user(4001, "ru", "Анна")
REP = User(id=701, is_bot=False, first_name="Олег", username="oleg")
HEAD, EXEC = 901, 902
BOT = User(id=42, is_bot=True, first_name="Lead bot")


def msk(day: int, hour: int, minute: int = 0) -> datetime:
    # January 2030: the 9th is a Wednesday, the 11th a Friday, the 14th a Monday.
    return datetime(2030, 1, day, hour, minute, tzinfo=MSK)


class Clock:
    """utcnow() of the modules that read the time for SLA work, frozen where the test says."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = msk(9, 12)
        for module in (sales, outbox, relay, repo, sales_handlers):
            monkeypatch.setattr(module, "utcnow", self)
        monkeypatch.setattr(sales, "_forums", {})
        monkeypatch.setattr(relay, "_members", {})

    def __call__(self) -> datetime:
        return self.now.astimezone(UTC)

    def set(self, moment: datetime) -> None:
        self.now = moment


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
async def harness(tmp_path):
    h = await Harness.create(
        tmp_path,
        sales_chat_id=SALES.id,
        business_hours="09-18",
        business_days="1-5",
        timezone="Europe/Moscow",
        sales_head_ids=str(HEAD),
        sales_exec_ids=str(EXEC),
        sla_outcome_days=2,
    )
    yield h
    await h.close()


async def tick(h: Harness) -> int:
    return await OutboxWorker(
        h.sessionmaker, h.bot, h.settings, outbox_handlers(h.settings)
    ).tick()


async def post_card(h: Harness, clock: Clock, at: datetime) -> SalesCard:
    clock.set(at)
    await h.qualify(PROSPECT)
    await tick(h)
    async with h.sessionmaker() as session:
        card = await session.scalar(select(SalesCard))
    assert card is not None
    return card


async def due_times(h: Harness) -> dict[str, datetime]:
    async with h.sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.kind.like("sla_%"), OutboxMessage.status == "pending"
            )
        )
        return {row.kind: row.due_at.astimezone(MSK) for row in rows}


def group_texts(h: Harness) -> list[str]:
    return [m.text for m in h.session.sent(SendMessage) if int(m.chat_id) == SALES.id]


def private_texts(h: Harness, user_id: int) -> list[str]:
    return h.session.texts(user_id)


async def test_a_card_posted_before_the_night_is_chased_in_the_morning(
    harness: Harness, clock: Clock
) -> None:
    card = await post_card(harness, clock, msk(9, 17, 50))  # Wednesday, ten minutes to close
    assert await due_times(harness) == {
        "sla_remind": msk(10, 9, 5),  # 15 business minutes: 10 today, 5 tomorrow
        "sla_escalate": msk(10, 9, 20),
        "sla_exec": msk(10, 10, 50),
    }
    posted = len(group_texts(harness))
    for night in (msk(9, 18, 30), msk(9, 23, 59), msk(10, 3), msk(10, 9, 4)):
        clock.set(night)
        await tick(harness)
    assert len(group_texts(harness)) == posted  # nothing during the night

    clock.set(msk(10, 9, 6))
    await tick(harness)
    assert "⏰ Лид #1 ждёт уже" in group_texts(harness)[-1]  # level 1: the group
    clock.set(msk(10, 9, 21))
    await tick(harness)
    escalation = group_texts(harness)[-1]
    assert escalation.startswith("🚨 Лид #1: никто не взял") and f"id={HEAD}" in escalation
    assert "не взят" in private_texts(harness, HEAD)[-1]  # level 2: the heads
    assert private_texts(harness, EXEC) == []
    clock.set(msk(10, 10, 51))
    await tick(harness)
    assert group_texts(harness)[-1].startswith("🚨🚨") and f"id={EXEC}" in group_texts(harness)[-1]
    assert "не взят" in private_texts(harness, EXEC)[-1]  # level 3: the executives
    async with harness.sessionmaker() as session:
        stored = await session.get(SalesCard, card.id)
    assert stored is not None and stored.sla_breaches == 3


async def test_a_card_posted_on_friday_evening_waits_for_monday(
    harness: Harness, clock: Clock
) -> None:
    await post_card(harness, clock, msk(11, 17, 55))  # Friday
    due = await due_times(harness)
    assert due["sla_remind"] == msk(14, 9, 10)  # Monday: 5 minutes on Friday, 10 on Monday
    assert due["sla_escalate"] == msk(14, 9, 25)
    assert due["sla_exec"] == msk(14, 10, 55)
    posted = len(group_texts(harness))
    for weekend in (msk(12, 10), msk(13, 23), msk(14, 9, 9)):  # Saturday, Sunday, Monday 9:09
        clock.set(weekend)
        await tick(harness)
    assert len(group_texts(harness)) == posted
    clock.set(msk(14, 9, 11))
    await tick(harness)
    assert "ждёт уже 2 дн" in group_texts(harness)[-1]


async def test_a_taken_card_nobody_answered_escalates_through_three_levels(
    harness: Harness, clock: Clock
) -> None:
    card = await post_card(harness, clock, msk(9, 11))
    markup = next(m for m in harness.session.sent(SendMessage) if int(m.chat_id) == SALES.id)
    assert isinstance(markup.reply_markup, InlineKeyboardMarkup)
    clock.set(msk(9, 11, 5))
    await harness.press_in_chat(REP, SALES, card.message_id, markup.reply_markup, "Беру")
    # Taking is not answering: level 1 goes to the taker, then the heads, then the executives.
    clock.set(msk(9, 11, 16))
    await tick(harness)
    assert (
        f"id={REP.id}" in group_texts(harness)[-1]
        and "ждёт вашего ответа" in (group_texts(harness)[-1])
    )
    assert "ждёт вашего ответа" in private_texts(harness, REP.id)[-1]
    clock.set(msk(9, 11, 31))
    await tick(harness)
    assert "взял @oleg, клиенту не ответили" in group_texts(harness)[-1]
    assert "клиенту не ответили" in private_texts(harness, HEAD)[-1]
    clock.set(msk(9, 13, 1))
    await tick(harness)
    assert group_texts(harness)[-1].startswith("🚨🚨 Лид #1: взял @oleg")
    assert private_texts(harness, EXEC)


async def test_a_taken_but_forgotten_lead_is_chased_until_an_outcome(
    harness: Harness, clock: Clock
) -> None:
    card = await post_card(harness, clock, msk(14, 10))  # Monday
    [first] = [m for m in harness.session.sent(SendMessage) if int(m.chat_id) == SALES.id]
    assert isinstance(first.reply_markup, InlineKeyboardMarkup)
    clock.set(msk(14, 10, 5))
    await harness.press_in_chat(REP, SALES, card.message_id, first.reply_markup, "Беру")
    # The rep writes to the prospect once (replying to the card): the first response is met.
    clock.set(msk(14, 10, 10))
    card_message = Message(message_id=card.message_id, date=0, chat=SALES, from_user=BOT, text="")
    await harness.group_text(SALES, REP, "Анна, добрый день!", reply_to_message=card_message)
    await tick(harness)
    copies = harness.session.sent(CopyMessage)
    assert [int(c.chat_id) for c in copies] == [PROSPECT.id]
    due = await due_times(harness)
    # SLA_OUTCOME_DAYS=2: two business days of 9 hours from the take, then twice that.
    assert due == {"sla_outcome": msk(16, 10, 5), "sla_outcome_head": msk(18, 10, 5)}

    clock.set(msk(16, 10, 4))
    before = len(group_texts(harness))
    await tick(harness)
    assert len(group_texts(harness)) == before
    clock.set(msk(16, 10, 6))
    await tick(harness)
    assert "нет решения" in group_texts(harness)[-1] and f"id={REP.id}" in group_texts(harness)[-1]
    assert "нет решения" in private_texts(harness, REP.id)[-1]
    clock.set(msk(18, 10, 6))
    await tick(harness)
    assert "без решения" in group_texts(harness)[-1] and f"id={HEAD}" in group_texts(harness)[-1]
    assert "без решения" in private_texts(harness, HEAD)[-1]


async def test_an_outcome_cancels_the_outcome_sla(harness: Harness, clock: Clock) -> None:
    card = await post_card(harness, clock, msk(14, 10))
    [first] = [m for m in harness.session.sent(SendMessage) if int(m.chat_id) == SALES.id]
    assert isinstance(first.reply_markup, InlineKeyboardMarkup)
    await harness.press_in_chat(REP, SALES, card.message_id, first.reply_markup, "Беру")
    markup = harness.session.sent(EditMessageText)[-1].reply_markup
    assert isinstance(markup, InlineKeyboardMarkup)
    await harness.press_in_chat(REP, SALES, card.message_id, markup, "Сделка")
    assert await due_times(harness) == {}
    clock.set(msk(21, 12))
    before = len(group_texts(harness))
    await tick(harness)
    assert len(group_texts(harness)) == before
