"""A new release's shipped default model replaces an unedited old one at start-up, never an
admin's model."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from admin import scoring_ops as ops
from bot.db.engine import create_sessionmaker
from bot.db.models import BehaviourEvent, Lead, ScoringModelVersion
from bot.scoring import ScoringModel, fold_all, load_default_model
from bot.services.scoring import SHIPPED_DEFAULT, store_state

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
# A manicure master: a business-card site for 15-20k, decides alone, ready tomorrow.
TINY_BUDGET = {
    "need_category": "website", "budget_status": "amount", "budget_min": 15_000.0,
    "budget_max": 20_000.0, "budget_currency": "RUB", "authority": "decision_maker",
    "timeline_status": "days", "timeline_days": 1, "phone": "+79991234567",
    "company": "ИП", "position": "мастер маникюра",
}  # fmt: skip


def _previous_release() -> dict[str, Any]:
    """The default as an earlier release shipped it: no budget_tiny rule, no pounds."""
    body = ops.body_of(load_default_model())
    body["fit"]["rules"] = [r for r in body["fit"]["rules"] if r["id"] != "budget_tiny"]
    del body["currency_rates"]["GBP"]
    return body


async def _install(session: Any, body: dict[str, Any], **row: Any) -> ScoringModelVersion:
    version = ScoringModelVersion(status="active", body=body, **row)
    session.add(version)
    await session.flush()
    return version


async def _lead_scored_under(session: Any, model: ScoringModel) -> Lead:
    lead = Lead(tg_user_id=1, chat_id=1, stage="nurturing", facts=TINY_BUDGET)
    session.add(lead)
    await session.flush()
    for i in range(9):
        session.add(
            BehaviourEvent(
                lead_id=lead.id, kind="question_answered", at=NOW - timedelta(minutes=30 - i),
                data={"latency_s": 8.0, "length": 60, "via": "text", "informative": True},
            )
        )  # fmt: skip
    session.add(BehaviourEvent(lead_id=lead.id, kind="dialogue_completed", at=NOW))
    # "а дешевле никак?": the price of her own task, a strong signal
    session.add(
        BehaviourEvent(
            lead_id=lead.id, kind="own_question", at=NOW,
            data={"topic": "price", "with_need": True},
        )
    )  # fmt: skip
    await session.flush()
    [(_, _, events, _, _)] = await ops.load_inputs(session)
    store_state(lead, fold_all(events, model, NOW.timestamp()), model, NOW)
    return lead


async def test_an_unedited_old_default_is_replaced_and_every_lead_rescored(engine) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker.begin() as session:
        old = await _install(session, _previous_release(), comment=SHIPPED_DEFAULT)
        lead = await _lead_scored_under(session, ops.model_of(old))
        assert lead.sales_ready  # the old release sent her to sales as B3
    async with sessionmaker.begin() as session:
        upgrade = await ops.upgrade_shipped_default(session, NOW)
    assert upgrade is not None and upgrade.old_version == old.id
    assert upgrade.applied.total == 1 and upgrade.applied.changed == 1

    async with sessionmaker() as session:
        rows = {r.id: r for r in await session.scalars(select(ScoringModelVersion))}
        stored = await session.scalar(select(Lead))
    assert rows[old.id].status == "archived"  # kept: /rollback can bring it back
    new = rows[upgrade.new_version]
    assert new.status == "active" and new.comment == SHIPPED_DEFAULT
    assert new.body == ops.body_of(load_default_model())
    assert stored is not None and not stored.sales_ready
    assert stored.model_version == new.id
    assert "budget_tiny" in {r["rule_id"] for r in stored.score["breakdown"]}

    # The next start finds this release's default: nothing to do.
    async with sessionmaker.begin() as session:
        assert await ops.upgrade_shipped_default(session, NOW) is None
    async with sessionmaker() as session:
        assert len((await session.scalars(select(ScoringModelVersion))).all()) == 2


@pytest.mark.parametrize(
    "row",
    [
        {"comment": "tiers.hot = 80", "author_id": 7},  # an admin's /apply
        {"comment": "откат к v1", "author_id": 7},  # an admin's /rollback
        {"comment": SHIPPED_DEFAULT, "author_id": 7},  # a version with an author is never ours
    ],
)
async def test_a_model_an_admin_chose_is_left_alone(engine, row: dict[str, Any]) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker.begin() as session:
        mine = await _install(session, _previous_release(), **row)
    async with sessionmaker.begin() as session:
        assert await ops.upgrade_shipped_default(session, NOW) is None
    async with sessionmaker() as session:
        [only] = (await session.scalars(select(ScoringModelVersion))).all()
    assert only.id == mine.id and only.status == "active" and only.body == _previous_release()
