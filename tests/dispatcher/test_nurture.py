"""Nurture sequences through the real dispatcher and the outbox worker, on SQLite."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from aiogram.exceptions import TelegramForbiddenError
from aiogram.methods import EditMessageReplyMarkup, SendMessage
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy import delete, select, update

from bot.app import outbox_handlers
from bot.db import repo
from bot.db.models import BehaviourEvent, Lead, OutboxMessage, utcnow
from bot.lifecycle import arm_silent_nudge, enrol
from bot.nurture.timing import quiet_end
from bot.services.nurture import send_nurture
from bot.services.outbox import OutboxWorker
from tests.support.harness import Harness

EN = Harness.user(3001, "en", "Bob")
SCALE = 0.01
COLD_DELAYS = (86400, 259200, 604800, 1209600)


async def make_harness(tmp_path: Path, **settings: object) -> Harness:
    # No quiet hours unless a test sets them: the suite must not depend on the hour it runs.
    h = await Harness.create(
        tmp_path, **{"quiet_hours": "", "nurture_delay_scale": SCALE, **settings}
    )
    return h


@pytest.fixture
async def harness(tmp_path: Path):
    h = await make_harness(tmp_path)
    yield h
    await h.close()


async def deliver(h: Harness) -> int:
    """One outbox tick with the nurture handler, as the scheduler would run it."""
    handlers = {
        **outbox_handlers(h.settings),
        "nurture": functools.partial(send_nurture, settings=h.settings),
    }
    return await OutboxWorker(h.sessionmaker, h.bot, h.settings, handlers).tick()


async def make_due(h: Harness, ago: timedelta = timedelta(seconds=1)) -> None:
    async with h.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.kind == "nurture", OutboxMessage.status == "pending")
            .values(due_at=utcnow() - ago)
        )


async def nurture_rows(h: Harness) -> list[OutboxMessage]:
    async with h.sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "nurture").order_by(OutboxMessage.id)
        )
        return list(rows)


async def clean_slate(h: Harness) -> None:
    """Forget the nurture rows the dialogue queued, so the test enrols the lead itself.

    Once the conversation enrols leads (silent reminders, tier sequences), the dialogue
    leaves rows behind; the tests here drive enrolment explicitly, wired or not.
    """
    async with h.sessionmaker.begin() as session:
        await session.execute(delete(OutboxMessage).where(OutboxMessage.kind == "nurture"))


async def qualify_cold(h: Harness, user=EN, *, clean: bool = True) -> None:
    """Buttons and an e-mail: a fitting budget but no plans and no authority -> cold, grade C."""
    await h.text(user, "/start")
    for label in ("Website", "300k–1M", "gathering information", "Skip", "No plans"):
        await h.press(user, label)
    await h.press(user, "Skip")  # company
    await h.press(user, "Skip")  # position
    await h.text(user, "Skip")  # the phone question's reply keyboard
    await h.text(user, f"user{user.id}@gmail.com")
    await h.press(user, "No")
    lead = await h.lead(user.id)
    assert lead is not None and lead.stage == "nurturing" and lead.tier == "cold"
    assert not lead.sales_ready
    if clean:
        await clean_slate(h)


async def enrol_lead(h: Harness, key: str = "cold", user=EN) -> datetime:
    now = utcnow()
    async with h.sessionmaker.begin() as session:
        lead = await repo.lead_by_user(session, user.id)
        assert lead is not None
        assert await enrol(session, lead, key, now, h.settings)
    return now


def nurture_messages(h: Harness, user=EN) -> list[SendMessage]:
    return [
        m
        for m in h.session.sent(SendMessage)
        if int(m.chat_id) == user.id
        and isinstance(m.reply_markup, InlineKeyboardMarkup)
        and m.reply_markup.inline_keyboard[0][0].callback_data.startswith("n:")
    ]


async def test_cold_lead_gets_the_sequence_in_order_with_its_spacing(harness: Harness) -> None:
    await qualify_cold(harness)
    enrolled = await enrol_lead(harness)
    first = (await nurture_rows(harness))[0]
    expected = enrolled + timedelta(seconds=COLD_DELAYS[0] * SCALE)
    assert abs((first.due_at - expected).total_seconds()) < 1
    assert await deliver(harness) == 0  # not due yet
    for index, delay in enumerate(COLD_DELAYS):
        rows = await nurture_rows(harness)
        pending = [r for r in rows if r.status == "pending"]
        assert len(pending) == 1 and pending[0].payload["step"] == index
        spacing = (pending[0].due_at - pending[0].created_at).total_seconds()
        assert abs(spacing - delay * SCALE) < 1
        assert pending[0].dedupe_key == f"nurture:{pending[0].lead_id}:cold:1:{index}"
        await make_due(harness)
        await deliver(harness)
    texts = [m.text for m in nurture_messages(harness)]
    assert len(texts) == 4
    assert texts[0].startswith("Bob, thanks for your interest!")
    assert '"Website or online store"' in texts[1]
    assert texts[2].startswith("Case study")
    assert "last message of the series" in texts[3]
    assert all(r.status == "sent" for r in await nurture_rows(harness))
    await make_due(harness)
    assert await deliver(harness) == 0  # the sequence ended


async def test_buttons_carry_no_personal_data_and_fit_64_bytes(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness)
    for _ in range(2):
        await make_due(harness)
        await deliver(harness)
    buttons = [b for m in nurture_messages(harness) for row in m.reply_markup.inline_keyboard
               for b in row]  # fmt: skip
    assert {b.callback_data.split(":")[1] for b in buttons} == {"price", "ready", "stop"}
    for button in buttons:
        assert len(button.callback_data.encode()) <= 64 and "Bob" not in button.callback_data


async def test_ready_twice_and_price_hands_a_cold_lead_to_sales(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness)
    for _ in range(2):  # step 2 offers "ready" and "price"
        await make_due(harness)
        await deliver(harness)
    await harness.press(EN, "ready to talk")
    await harness.press(EN, "ready to talk")
    await harness.press(EN, "price list")
    lead = await harness.lead(EN.id)
    assert lead is not None and lead.sales_ready and lead.stage == "sales_ready"
    texts = harness.session.texts(EN.id)
    # "ready" (15 points) leaves this C-grade lead just short of C1; the price click after it
    # crosses, and the lead hears when a manager will call.
    assert "price guide" in texts[-2] and "a manager will contact you within 15" in texts[-1]
    async with harness.sessionmaker() as session:
        cards = (
            await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "sales_card"))
        ).all()
        clicks = (
            await session.scalars(
                select(BehaviourEvent).where(BehaviourEvent.kind == "nurture_click")
            )
        ).all()
    assert len(cards) == 1
    assert [c.data for c in clicks] == [
        {"action": a, "sequence": "cold", "step": 1} for a in ("ready", "ready", "price")
    ]
    rows = await nurture_rows(harness)
    assert [r.status for r in rows] == ["sent", "sent", "cancelled"]
    await make_due(harness)
    assert await deliver(harness) <= 1  # at most the sales card; no nurture message
    assert len(nurture_messages(harness)) == 2


async def test_not_interested_unsubscribes_until_start(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness)
    await make_due(harness)
    await deliver(harness)
    await harness.press(EN, "Not interested")
    assert "no more material" in harness.session.texts(EN.id)[-1]
    assert "/start" in harness.session.texts(EN.id)[-1]
    assert harness.session.sent(EditMessageReplyMarkup)  # the buttons were taken off
    lead = await harness.lead(EN.id)
    assert lead is not None and lead.unsubscribed
    assert [r.status for r in await nurture_rows(harness)] == ["sent", "cancelled"]
    await make_due(harness)
    await deliver(harness)
    assert len(nurture_messages(harness)) == 1
    # Even a row enrolled by mistake stays silent for an unsubscribed lead.
    async with harness.sessionmaker.begin() as session:
        lead = await repo.lead_by_user(session, EN.id)
        assert lead is not None
        assert not await enrol(session, lead, "warm", utcnow(), harness.settings)
    await harness.text(EN, "/start")
    lead = await harness.lead(EN.id)
    assert lead is not None and not lead.unsubscribed


async def test_a_blocked_user_costs_exactly_one_403(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness)
    harness.session.fail_once(
        lambda m: isinstance(m, SendMessage) and int(m.chat_id) == EN.id,
        TelegramForbiddenError(method=None, message="Forbidden: bot was blocked by the user"),
    )
    await make_due(harness)
    await deliver(harness)
    rows = await nurture_rows(harness)
    assert len(rows) == 1
    assert rows[0].status == "sent" and rows[0].attempts == 1
    assert rows[0].payload["result"].startswith("403")
    lead = await harness.lead(EN.id)
    assert lead is not None and lead.stage == "unreachable"
    await make_due(harness)
    assert await deliver(harness) == 0


async def test_quiet_hours_postpone_to_the_morning(tmp_path: Path) -> None:
    hour = utcnow().astimezone(ZoneInfo("Europe/Moscow"))  # the default TIMEZONE
    window = f"{hour.hour}-{(hour.hour + 2) % 24}"  # quiet from this hour for two hours
    h = await make_harness(tmp_path, quiet_hours=window)
    try:
        await qualify_cold(h)
        await enrol_lead(h)
        await make_due(h)
        before = len(h.session.sent(SendMessage))
        assert await deliver(h) == 1
        assert len(h.session.sent(SendMessage)) == before
        row = (await nurture_rows(h))[0]
        assert row.status == "pending" and row.attempts == 0
        assert row.last_error == "postponed: quiet hours"
        morning = quiet_end(utcnow(), h.settings.zone, h.settings.quiet_span)
        assert abs((row.due_at - morning).total_seconds()) < 5
        assert row.due_at.astimezone(h.settings.zone).hour == (hour.hour + 2) % 24
    finally:
        await h.close()


async def test_a_too_late_step_is_skipped_and_the_run_moves_on(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness)
    await make_due(harness, ago=timedelta(hours=25))  # the bot was down for a day
    await deliver(harness)
    assert nurture_messages(harness) == []
    rows = await nurture_rows(harness)
    assert rows[0].status == "sent" and rows[0].payload["result"] == "skipped: too late"
    assert rows[1].status == "pending" and rows[1].payload["step"] == 1
    await make_due(harness, ago=timedelta(hours=2))  # late, but within the 24 hours
    await deliver(harness)
    assert len(nurture_messages(harness)) == 1


async def test_enrolling_replaces_the_running_sequence(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness, "cold")
    await enrol_lead(harness, "warm")
    rows = await nurture_rows(harness)
    assert [(r.payload["sequence"], r.status) for r in rows] == [
        ("cold", "cancelled"),
        ("warm", "pending"),
    ]
    assert rows[1].dedupe_key.endswith(":warm:2:0")


async def test_a_lead_taken_by_sales_gets_no_more_nurture(harness: Harness) -> None:
    await qualify_cold(harness)
    await enrol_lead(harness)
    async with harness.sessionmaker.begin() as session:
        await session.execute(update(Lead).values(stage="in_sales"))
    await make_due(harness)
    await deliver(harness)
    assert nurture_messages(harness) == []
    assert (await nurture_rows(harness))[0].payload["result"] == "ended: stage in_sales"


async def test_silent_lead_is_reminded_and_resumes_at_the_same_question(
    harness: Harness,
) -> None:
    await harness.text(EN, "/start")
    await harness.press(EN, "Website")
    await clean_slate(harness)
    async with harness.sessionmaker.begin() as session:
        lead = await repo.lead_by_user(session, EN.id)
        assert lead is not None
        await arm_silent_nudge(session, lead, "budget", utcnow(), harness.settings)
    row = (await nurture_rows(harness))[0]
    assert abs((row.due_at - row.created_at).total_seconds() - 1800 * SCALE) < 1
    await make_due(harness)
    await deliver(harness)
    reminder = nurture_messages(harness)[-1]
    assert "Bob, we stopped at the question" in reminder.text
    assert "What budget do you have in mind?" in reminder.text
    await harness.press(EN, "Continue")
    texts = harness.session.texts(EN.id)
    assert texts[-1] == "What budget do you have in mind?"
    keyboard = harness.session.sent(SendMessage)[-1].reply_markup
    assert any("300k" in b.text for row in keyboard.inline_keyboard for b in row)
    await harness.press(EN, "300k–1M")
    assert "decision" in harness.session.texts(EN.id)[-1]
    # The day-later reminder of that run finds the question answered and ends quietly (or
    # was cancelled already, when asking the next question starts a new reminder).
    await make_due(harness)
    await deliver(harness)
    assert not any("budget" in m.text for m in nurture_messages(harness)[1:])
    later = next(
        r
        for r in await nurture_rows(harness)
        if r.dedupe_key.startswith("nurture:") and r.payload["step"] == 1
    )
    assert later.status == "cancelled" or (
        later.payload["result"] == "ended: the question was answered"
    )


async def test_the_dialogue_enrols_silent_then_cold(harness: Harness) -> None:
    await harness.text(EN, "/start")
    await harness.press(EN, "Website")
    pending = [r for r in await nurture_rows(harness) if r.status == "pending"]
    assert [(r.payload["sequence"], r.payload.get("at_step")) for r in pending] == [
        ("silent", "budget")
    ]
    await harness.text(EN, "/restart")
    await clean_slate(harness)
    await qualify_cold(harness, clean=False)
    pending = [r for r in await nurture_rows(harness) if r.status == "pending"]
    assert [(r.payload["sequence"], r.payload["step"]) for r in pending] == [("cold", 0)]
