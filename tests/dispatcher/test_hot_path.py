"""The dialogue's hot path: one read and one write per answer, and a score kept incrementally
that equals a recompute from the whole history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, insert, select, update

from bot.db import repo
from bot.db.models import Answer, BehaviourEvent, Lead, utcnow
from bot.scoring import score
from bot.scoring.engine import MAX_EVENTS_PER_KIND
from bot.services.scoring import ModelCache, rescore_lead
from tests.support.harness import HOT_RU_ANSWERS, Harness

pytestmark = pytest.mark.asyncio


@contextmanager
def statements(harness: Harness) -> Iterator[list[str]]:
    """The SQL statements run while the block runs (COMMIT is not a statement here)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        seen.append(" ".join(statement.split()[:4]))

    target = harness.engine.sync_engine
    event.listen(target, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(target, "before_cursor_execute", record)


async def recomputed(harness: Harness, user_id: int) -> float:
    """The lead's total from its facts and ALL its stored events, at its scoring time."""
    async with harness.sessionmaker() as session:
        lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user_id))
        assert lead is not None and lead.scored_at is not None
        model = await ModelCache().active(session)
        events = await repo.lead_events(session, lead.id)
        return score(lead.facts, events, model, lead.scored_at).total


async def test_an_answer_is_one_read_and_one_write(harness: Harness) -> None:
    user = Harness.user(801)
    await harness.text(user, "/start")
    await harness.text(user, HOT_RU_ANSWERS[0])
    with statements(harness) as seen:
        await harness.text(user, HOT_RU_ANSWERS[1])  # the budget
    selects = [s for s in seen if s.startswith("SELECT")]
    # The update-id mark, the lead with its answers, the nudge upsert, then at commit the
    # answer, the events (one executemany) and the lead.
    assert len(seen) <= 6, seen
    assert len(selects) == 1 and "events" not in selects[0]
    assert sum(s.startswith("INSERT INTO events") for s in seen) == 1
    assert sum(s.startswith("UPDATE leads") for s in seen) == 1
    assert set(await harness.answers(user.id)) == {"need", "budget"}


async def test_the_kept_score_equals_a_recompute_from_every_event(harness: Harness) -> None:
    user = Harness.user(802)
    await harness.text(user, "/start")
    for text in ("Нужен интернет-магазин", "а сколько стоит?", "асдф", "около 2 млн руб"):
        await harness.text(user, text)
    await harness.sticker(user)
    for text in HOT_RU_ANSWERS[2:]:
        await harness.text(user, text)
    await harness.text(user, "и ещё: нужна интеграция с 1С")  # after the dialogue
    lead = await harness.lead(user.id)
    assert lead is not None and lead.engagement is not None
    assert lead.score_total == pytest.approx(await recomputed(harness, user.id), abs=1e-9)


async def test_a_long_history_is_never_read_by_an_answer(harness: Harness) -> None:
    user = Harness.user(803)
    await harness.text(user, "/start")
    await harness.text(user, HOT_RU_ANSWERS[0])
    lead = await harness.lead(user.id)
    assert lead is not None
    async with harness.sessionmaker.begin() as session:
        rows = [
            {"lead_id": lead.id, "kind": "media_message", "at": utcnow(), "data": {}}
            for _ in range(3000)
        ]
        await session.execute(insert(BehaviourEvent), rows)
        # As after a model change: no usable state, the next update folds everything once.
        await session.execute(update(Lead).where(Lead.id == lead.id).values(engagement=None))
    with statements(harness) as first:
        await harness.text(user, HOT_RU_ANSWERS[1])
    assert [s for s in first if s.startswith("SELECT events")]  # the one fold from scratch
    with statements(harness) as later:
        await harness.text(user, HOT_RU_ANSWERS[2])
    assert not [s for s in later if s.startswith("SELECT events")]
    assert (await harness.lead(user.id)).score_total == pytest.approx(  # type: ignore[union-attr]
        await recomputed(harness, user.id), abs=1e-9
    )


async def test_an_event_stored_without_a_rescore_drops_the_kept_state(harness: Harness) -> None:
    user = Harness.user(804)
    await harness.text(user, "/start")
    await harness.text(user, HOT_RU_ANSWERS[0])
    async with harness.sessionmaker.begin() as session:
        lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user.id))
        assert lead is not None and lead.engagement is not None
        repo.add_event(session, lead, "contact_shared", utcnow(), via="message")
    lead = await harness.lead(user.id)
    assert lead is not None and lead.engagement is None  # it no longer covers every event
    await harness.text(user, HOT_RU_ANSWERS[1])
    assert (await harness.lead(user.id)).engagement is not None  # type: ignore[union-attr]
    assert (await harness.lead(user.id)).score_total == pytest.approx(  # type: ignore[union-attr]
        await recomputed(harness, user.id), abs=1e-9
    )
    kinds = [e.kind for e in await harness.events(user.id)]
    assert "contact_shared" in kinds


async def test_events_of_a_transaction_are_read_back_before_its_commit(harness: Harness) -> None:
    user = Harness.user(805)
    await harness.text(user, "/start")
    async with harness.sessionmaker() as session:
        lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user.id))
        assert lead is not None
        before = len(await repo.lead_events(session, lead.id))
        repo.add_event(session, lead, "return_visit", utcnow())
        repo.add_event(session, lead, "flood", utcnow(), messages=6)
        events = await repo.lead_events(session, lead.id)
        assert [e.kind for e in events[before:]] == ["return_visit", "flood"]
        model = await ModelCache().active(session)
        await rescore_lead(session, lead, model, utcnow())
        await session.rollback()
    # Rolled back: neither the events nor the state changed.
    assert [e.kind for e in await harness.events(user.id)].count("flood") == 0


async def test_unread_kinds_and_a_flood_past_the_ceiling_are_not_stored(harness: Harness) -> None:
    user = Harness.user(806)
    await harness.text(user, "/start")
    async with harness.sessionmaker.begin() as session:
        lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user.id))
        assert lead is not None and lead.engagement is not None
        for _ in range(MAX_EVENTS_PER_KIND + 50):
            repo.add_event(session, lead, "media_message", utcnow(), type="sticker")
        repo.add_event(session, lead, "back_used", utcnow(), step="budget")  # no rule reads it
        model = await ModelCache().active(session)
        await rescore_lead(session, lead, model, utcnow())
    kinds = [e.kind for e in await harness.events(user.id)]
    assert kinds.count("media_message") == MAX_EVENTS_PER_KIND
    assert "back_used" not in kinds
    # What is stored folds to what was kept: the score is the same either way.
    assert (await harness.lead(user.id)).score_total == pytest.approx(  # type: ignore[union-attr]
        await recomputed(harness, user.id), abs=1e-9
    )


async def test_answers_of_a_transaction_are_read_back_before_its_commit(harness: Harness) -> None:
    """New answers are written at commit (one INSERT, like events): a query in the same
    transaction still sees them, and a rollback takes them away."""
    user = Harness.user(807)
    await harness.text(user, "/start")
    async with harness.sessionmaker() as session:
        lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user.id))
        assert lead is not None
        answer = Answer(
            lead_id=lead.id, cycle=lead.cycle, step="need", value={"facts": {}}, via="text",
            superseded=False, created_at=utcnow(),
        )  # fmt: skip
        repo.add_answer(session, answer)
        assert [a.step for a in await repo.current_answers(session, lead)] == ["need"]
        _, answers = await repo.lead_and_answers(session, user.id)
        assert [a.step for a in answers] == ["need"]
        await session.rollback()
    assert await harness.answers(user.id) == {}
