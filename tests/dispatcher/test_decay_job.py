"""The decay job: stored scores follow the model as time passes, and a cooled card says so."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiogram.methods import SendMessage
from aiogram.types import Chat
from sqlalchemy import select

from bot.app import outbox_handlers
from bot.db.models import Lead, OutboxMessage, utcnow
from bot.services.outbox import OutboxWorker
from bot.services.scoring import ModelCache, rescore_stale
from tests.support.harness import Harness

SALES = Chat(id=-1001234567890, type="supergroup", title="Продажи")
# A B-grade lead who asked for a call: sales-ready by its engagement, which decays.
ASKS_FOR_A_CALL = ("Нужен сайт", "около 500 тыс", "решаем вместе с руководством", "директор",
                   "в следующем году", "можно созвониться завтра?", "ООО Дуб", "менеджер",
                   "+7 999 555-33-44", "x@gmail.com", "нет")  # fmt: skip


@pytest.fixture
async def harness(tmp_path):
    h = await Harness.create(tmp_path, sales_chat_id=SALES.id)
    yield h
    await h.close()


async def deliver(h: Harness) -> int:
    worker = OutboxWorker(h.sessionmaker, h.bot, h.settings, outbox_handlers(h.settings))
    return await worker.tick()


async def test_a_card_whose_lead_cooled_gets_a_note_once(harness: Harness) -> None:
    user = Harness.user(1)
    await harness.qualify(user, ASKS_FOR_A_CALL)
    await deliver(harness)  # the card goes out
    lead = await harness.lead(user.id)
    assert lead is not None and lead.stage == "sales_ready" and lead.sales_ready
    later = utcnow() + timedelta(days=120)  # four half-lives of intent: the call request fades
    for _ in range(2):  # a second run finds nothing stale and notes nothing again
        await rescore_stale(harness.sessionmaker, ModelCache(), later, timedelta(hours=24))
    lead = await harness.lead(user.id)
    assert lead is not None and not lead.sales_ready and lead.stage == "sales_ready"
    async with harness.sessionmaker() as session:
        notes = list(
            await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "card_note"))
        )
    assert len(notes) == 1
    await deliver(harness)
    note = harness.session.sent(SendMessage)[-1]
    assert int(note.chat_id) == SALES.id and "остыл" in note.text
    assert note.reply_to_message_id is not None


async def test_stale_scores_are_recomputed_in_batches_and_fresh_ones_left(
    harness: Harness,
) -> None:
    for uid in range(1, 6):
        await harness.qualify(Harness.user(uid), ASKS_FOR_A_CALL[:5])
    later = utcnow() + timedelta(days=40)
    done = await rescore_stale(
        harness.sessionmaker, ModelCache(), later, timedelta(hours=24), batch=2
    )
    assert done == 5
    async with harness.sessionmaker() as session:
        stamps = set(await session.scalars(select(Lead.scored_at)))
    assert stamps == {later}
    again = await rescore_stale(harness.sessionmaker, ModelCache(), later, timedelta(hours=24))
    assert again == 0
