"""Admin commands through the real dispatcher: access, model edits, dry-run, apply, rollback,
exports, statistics and forgetting a lead."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram.methods import SendDocument, SendPhoto
from aiogram.types import BufferedInputFile, Chat, Document, MessageEntity, User
from sqlalchemy import func, select

from bot.db.models import (
    Answer,
    AuditEntry,
    BehaviourEvent,
    Lead,
    OutboxMessage,
    ScoringModelVersion,
)
from tests.support.harness import HOT_RU_ANSWERS, Harness

ADMIN = Harness.user(777, "ru", "Админ")
STRANGER = Harness.user(555, "ru", "Чужой")
# A fitting budget, a shared decision, next year, and a price question: B3, sales-ready only
# while B3 is a sales-ready cell.
B3_ANSWERS = ("Нужен сайт", "около 500 тыс", "решаем вместе с руководством", "директор",
              "в следующем году", "сколько стоит сайт?", "ООО Дуб", "менеджер",
              "+7 999 555-33-44", "x@gmail.com", "нет")  # fmt: skip
# Just looking, no plans, no contact: D4, cold, nurtured.
D4_ANSWERS = ("Нужен бот", "не знаю", "просто изучаю", "не знаю", "пока не планируем", "-", "-",
              "нет", "нет", "нет")  # fmt: skip


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = await Harness.create(tmp_path, admin_ids="777")
    yield h
    await h.close()


@pytest.fixture
async def three(harness: Harness) -> Harness:
    """Three qualified leads: A4 hot (user 1), B3 hot (user 2), D4 cold nurtured (user 3)."""
    for uid, answers in ((1, HOT_RU_ANSWERS), (2, B3_ANSWERS), (3, D4_ANSWERS)):
        await harness.qualify(Harness.user(uid), answers)
    cells = {}
    for uid in (1, 2, 3):
        lead = await harness.lead(uid)
        assert lead is not None and lead.score is not None
        cells[uid] = (lead.score["cell"], lead.tier, lead.sales_ready, lead.stage)
    assert cells == {
        1: ("A4", "hot", True, "sales_ready"),
        2: ("B3", "hot", True, "sales_ready"),
        3: ("D4", "cold", False, "nurturing"),
    }
    harness.session.clear()
    return harness


def replies(h: Harness, chat_id: int = ADMIN.id) -> str:
    return "\n".join(h.session.texts(chat_id))


async def lead_id(h: Harness, uid: int) -> int:
    lead = await h.lead(uid)
    assert lead is not None
    return lead.id


async def audit_actions(h: Harness) -> list[str]:
    async with h.sessionmaker() as session:
        return list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- access ---------------------------------------------------------------------------------


async def test_non_admin_is_refused_and_prospect_commands_still_work(harness: Harness) -> None:
    await harness.text(STRANGER, "/model")
    assert harness.session.texts(STRANGER.id) == ["Команда доступна только администраторам"]
    # The refused command was not taken for a dialogue answer.
    assert await harness.lead(STRANGER.id) is None
    await harness.text(ADMIN, "/start")  # an admin's /start is still the prospect dialogue
    assert await harness.lead(ADMIN.id) is not None


async def test_messages_on_behalf_of_a_chat_are_refused(harness: Harness) -> None:
    group = Chat(id=-100500, type="supergroup", title="Команда")
    anonymous = User(id=1087968824, is_bot=True, first_name="Group")
    await harness.group_text(group, anonymous, "/stats", sender_chat=group)
    await harness.group_text(group, ADMIN, "/stats", sender_chat=group)
    # Refused without a word: the bot does not talk in groups (tests/dispatcher/
    # test_stranger_groups.py), and /stats is not run.
    assert harness.session.texts(group.id) == []
    assert not harness.session.sent(SendPhoto)


async def test_admin_help_lists_commands_with_examples(harness: Harness) -> None:
    await harness.text(ADMIN, "/admin")
    text = replies(harness)
    assert "/set fit.rules.phone.points 2" in text and "/stats 7d" in text


# --- /model and /set ------------------------------------------------------------------------


async def test_model_shows_axes_rules_caps_and_decay(harness: Harness) -> None:
    await harness.text(ADMIN, "/model")
    text = replies(harness)
    for expected in ("fit", "engagement", "phone", "+1", "decay", "полураспад", "hot≥75"):
        assert expected in text


async def test_unknown_key_suggests_the_closest_paths(harness: Harness) -> None:
    await harness.text(ADMIN, "/set fit.rules.phon.points 2")
    text = replies(harness)
    assert "Неизвестный ключ" in text and "fit.rules.phone.points" in text
    await harness.text(ADMIN, "/set tiers.hott 70")
    assert "tiers.hot" in harness.session.texts(ADMIN.id)[-1]
    async with harness.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ScoringModelVersion)) == 1


async def test_out_of_range_value_names_the_allowed_range(harness: Harness) -> None:
    await harness.text(ADMIN, "/set tiers.hot 150")
    text = harness.session.texts(ADMIN.id)[-1]
    assert "tiers.hot" in text and "x ≤ 100" in text and "x ≥ 0" in text
    await harness.text(ADMIN, "/set fit.rules.phone.points много")
    assert "число" in harness.session.texts(ADMIN.id)[-1]


async def test_set_creates_then_updates_the_single_draft(harness: Harness) -> None:
    await harness.text(ADMIN, "/set fit.rules.phone.points 2")
    await harness.text(ADMIN, "/set tiers.warm 30")
    async with harness.sessionmaker() as session:
        drafts = (
            await session.scalars(
                select(ScoringModelVersion).where(ScoringModelVersion.status == "draft")
            )
        ).all()
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.author_id == ADMIN.id and "tiers.warm=30" in (draft.comment or "")
    assert draft.body["tiers"]["warm"] == 30
    assert next(r for r in draft.body["fit"]["rules"] if r["id"] == "phone")["points"] == 2
    assert await audit_actions(harness) == ["set", "set"]


# --- dry-run, apply, hand-off, rollback --------------------------------------------------------


async def test_dryrun_counts_match_a_hand_computed_expectation(three: Harness) -> None:
    h = three
    # Without B3 among the sales-ready cells, lead 2 (B3, 39/100) falls to warm; A4 and D4
    # do not move.
    await h.text(ADMIN, "/set sales_ready_cells A1,A2,A3,A4,B1,B2,C1")
    h.session.clear()
    await h.text(ADMIN, "/dryrun")
    text = replies(h)
    second = await lead_id(h, 2)
    assert "(3 лидов)" in text
    assert "Сменят тир: 1 (hot→warm: 1)" in text
    assert "Станут sales-ready: 0 · перестанут: 1" in text
    assert f"Примеры: #{second}" in text
    assert "Тиры до: hot 2, cold 1" in text
    assert "Тиры после: hot 1, warm 1, cold 1" in text
    markup = h.last_keyboard(ADMIN.id)
    assert markup is not None
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert all(d.startswith("adm:") and len(d) <= 64 for d in data)
    # A dry run stores nothing.
    lead = await h.lead(2)
    assert lead is not None and lead.tier == "hot"


async def test_apply_hands_off_after_confirmation_and_rollback_restores(three: Harness) -> None:
    h = three
    before = {uid: await h.lead(uid) for uid in (1, 2, 3)}
    # D4 sales-ready, no contact needed and any BANT answer counting (not only those that speak
    # for a deal): lead 3 (D4, no phone, "просто изучаю", "пока не планируем") becomes
    # sales-ready.
    await h.text(ADMIN, "/set sales_ready_cells A1,A2,A3,A4,B1,B2,B3,C1,D4")
    await h.text(ADMIN, "/set evidence.contact false")
    await h.text(ADMIN, "/set evidence.positive false")
    await h.text(ADMIN, "/dryrun")
    await h.press(ADMIN, "Применить")
    text = h.session.texts(ADMIN.id)[-1]
    third = await lead_id(h, 3)
    assert "v2 активна" in text and f"#{third}" in text
    lead3 = await h.lead(3)
    assert lead3 is not None and lead3.tier == "hot" and lead3.sales_ready
    assert lead3.model_version == 2 and lead3.stage == "nurturing"  # not yet handed off
    await h.press(ADMIN, "Передать 1")
    lead3 = await h.lead(3)
    assert lead3 is not None and lead3.stage == "sales_ready"
    async with h.sessionmaker() as session:
        cards = (
            await session.scalars(
                select(OutboxMessage.lead_id).where(OutboxMessage.kind == "sales_card")
            )
        ).all()
    assert third in cards

    await h.text(ADMIN, "/rollback 1")  # a dry-run first, then the confirmation
    await h.press(ADMIN, "Откатить")
    assert "v3" in h.session.texts(ADMIN.id)[-1]
    async with h.sessionmaker() as session:
        rows = await session.execute(select(ScoringModelVersion.id, ScoringModelVersion.status))
        statuses = {version: status for version, status in rows}
    assert statuses == {1: "archived", 2: "archived", 3: "active"}
    for uid in (1, 2, 3):
        old, new = before[uid], await h.lead(uid)
        assert old is not None and new is not None
        assert (new.tier, new.sales_ready, new.model_version) == (old.tier, old.sales_ready, 3)
        # Equal up to the decay of the seconds between the two runs (half-lives are days).
        assert new.score_total == pytest.approx(old.score_total, abs=1e-3)
        assert new.score is not None and old.score is not None
        assert [r["rule_id"] for r in new.score["breakdown"]] == [
            r["rule_id"] for r in old.score["breakdown"]
        ]
    assert await audit_actions(h) == ["set", "set", "set", "apply", "handoff", "rollback"]


async def test_discard_archives_the_draft_and_a_second_tap_does_nothing(three: Harness) -> None:
    h = three
    await h.text(ADMIN, "/set tiers.hot 90")
    await h.text(ADMIN, "/dryrun")
    markup = h.last_keyboard(ADMIN.id)
    await h.press(ADMIN, "Отклонить", markup)
    await h.press(ADMIN, "Применить", markup)
    async with h.sessionmaker() as session:
        rows = (await session.scalars(select(ScoringModelVersion))).all()
    assert {r.id: r.status for r in rows} == {1: "active", 2: "archived"}
    assert await audit_actions(h) == ["set", "discard"]


# --- statistics -------------------------------------------------------------------------------


async def test_stats_sends_a_png_chart_with_numbers_in_the_caption(three: Harness) -> None:
    h = three
    await h.text(ADMIN, "/stats all")
    photos = h.session.sent(SendPhoto)
    assert len(photos) == 1
    photo = photos[0].photo
    assert isinstance(photo, BufferedInputFile) and photo.data.startswith(b"\x89PNG")
    caption = photos[0].caption
    assert len(caption) <= 1024
    assert "лидов 3" in caption and "ждёт продаж 2" in caption and "прогрев 1" in caption
    assert "горячий 2" in caption and "холодный 1" in caption
    await h.text(ADMIN, "/stats 1y")
    assert "Формат" in h.session.texts(ADMIN.id)[-1]


# --- leads: card, stage, export, audit, forget -----------------------------------------------


async def test_lead_card_by_id_username_and_phone(three: Harness) -> None:
    h = three
    first = await lead_id(h, 1)
    for token in (str(first), "@user1", "+7 (999) 123-45-67", "89991234567"):
        h.session.clear()
        await h.text(ADMIN, f"/lead {token}")
        text = replies(h)
        assert f"Лид #{first}</b>" in text, token
        assert "budget" in text and "→ ждёт продаж" in text and "указан телефон" in text
        assert "sales_card" in text
    await h.text(ADMIN, "/lead @nobody")
    assert "не найден" in h.session.texts(ADMIN.id)[-1]


async def test_stage_change_is_recorded_and_audited(three: Harness) -> None:
    h = three
    third = await lead_id(h, 3)
    await h.text(ADMIN, f"/stage {third} lost")
    lead = await h.lead(3)
    assert lead is not None and lead.stage == "lost"
    await h.text(ADMIN, f"/stage {third} forgotten")
    assert "Формат" in h.session.texts(ADMIN.id)[-1]
    await h.text(ADMIN, "/audit 5")
    assert f"stage #{third}" in h.session.texts(ADMIN.id)[-1]


async def test_export_leads_csv_with_filters(three: Harness) -> None:
    h = three
    await h.text(ADMIN, "/export_leads tier=hot all")
    documents = h.session.sent(SendDocument)
    assert len(documents) == 1
    document = documents[0].document
    assert isinstance(document, BufferedInputFile) and document.filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(document.data.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [str(await lead_id(h, 1)), str(await lead_id(h, 2))]
    assert rows[0]["phone"] == "+79991234567" and rows[0]["email"] == "anna@romashka.ru"
    assert rows[0]["username"] == "user1" and rows[0]["company"] == "ООО Ромашка"
    assert rows[0]["stage"] == "sales_ready" and rows[0]["tier"] == "hot"


async def test_forget_lead_removes_personal_data_and_conversation(three: Harness) -> None:
    h = three
    first = await lead_id(h, 1)
    await h.text(ADMIN, f"/forget_lead {first}")
    assert f"Лид #{first} забыт" in h.session.texts(ADMIN.id)[-1]
    async with h.sessionmaker() as session:
        lead = await session.get(Lead, first)
        assert lead is not None and lead.stage == "forgotten"
        assert (lead.first_name, lead.last_name, lead.username, lead.score) == (None,) * 4
        assert lead.tg_user_id < 0 and lead.chat_id < 0
        facts = lead.facts or {}
        for key in ("phone", "email", "company", "position", "need"):
            assert facts.get(key) is None, key
        assert facts["budget_status"] == "amount"  # non-personal facts stay for statistics
        for model in (Answer, BehaviourEvent):
            count = select(func.count()).select_from(model).where(model.lead_id == first)
            assert await session.scalar(count) == 0
        pending = (
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.lead_id == first, OutboxMessage.status == "pending")
        )
        assert await session.scalar(pending) == 0
        dump = json.dumps(
            [lead.facts, [r.detail for r in (await session.scalars(select(AuditEntry))).all()]],
            ensure_ascii=False,
        )
    assert "+7999" not in dump and "romashka" not in dump and "Ромашка" not in dump
    # The same person coming back is a new lead.
    await h.text(Harness.user(1), "/start")
    assert (await lead_id(h, 1)) != first


# --- export / import of the model -------------------------------------------------------------


async def send_file(h: Harness, name: str, data: bytes, caption: str = "/import_model") -> None:
    file_id = f"f{len(h.session.files)}"
    h.session.files[file_id] = data
    document = Document(file_id=file_id, file_unique_id=file_id, file_name=name,
                        file_size=len(data))  # fmt: skip
    entities = [MessageEntity(type="bot_command", offset=0, length=len(caption.split()[0]))]
    message = h._message(ADMIN, document=document, caption=caption, caption_entities=entities)
    await h.feed(h.make_update(message=message))


async def test_export_then_import_an_edited_model_becomes_the_draft(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/export_model")
    exported = h.session.sent(SendDocument)[-1].document
    body = json.loads(exported.data)
    assert body["tiers"]["hot"] == 75
    body["tiers"]["hot"] = 80
    await send_file(h, "model.json", json.dumps(body).encode())
    assert "Черновик v2" in h.session.texts(ADMIN.id)[-1]
    body["fit"]["weight"] = 500
    await send_file(h, "bad.json", json.dumps(body).encode())
    assert "fit.weight" in h.session.texts(ADMIN.id)[-1]
    await send_file(h, "model.toml", b'base_currency = "RUB"\n[fit]\nmax = "x"\n')
    error = h.session.texts(ADMIN.id)[-1]
    assert "fit.max" in error and "engagement" in error
    async with h.sessionmaker() as session:
        draft = await session.get(ScoringModelVersion, 2)
    assert draft is not None and draft.status == "draft" and draft.body["tiers"]["hot"] == 80
    assert await audit_actions(h) == ["import"]


async def test_stats_numbers_cover_sales_outcomes_and_answers(three: Harness) -> None:
    from datetime import timedelta

    from admin.stats import collect, summary
    from bot.db.models import SalesCard, utcnow

    h = three
    first, second = await lead_id(h, 1), await lead_id(h, 2)
    now = utcnow()
    async with h.sessionmaker.begin() as session:
        for lid, minutes, outcome, stage in ((first, 4, "won", "won"), (second, 10, "dq", "lost")):
            session.add(
                # The key of the lead's real hand-off: its snapshot says the tier it had then.
                SalesCard(lead_id=lid, handoff_key=f"card:{lid}:1:0", chat_id=-1, message_id=lid,
                          posted_at=now - timedelta(minutes=30), taken_by_id=5,
                          taken_at=now - timedelta(minutes=30 - minutes), outcome=outcome,
                          sla_breaches=1 if minutes > 5 else 0)
            )  # fmt: skip
            lead = await session.get(Lead, lid)
            assert lead is not None
            lead.stage = stage
    async with h.sessionmaker() as session:
        st = await collect(session, "7d", now - timedelta(days=7))
    assert st.take_minutes_median == pytest.approx(7.0)
    assert (st.cards, st.sla_breaches, st.cards_breached) == (2, 1, 1)
    assert st.acceptance["hot"]["won"] == 1 and st.acceptance["hot"]["disqualified"] == 1
    assert ("need=website", 1) in st.answers["won"] and ("need=website", 1) in st.answers["lost"]
    assert st.sources == [("—", 3, 2, 1)]
    assert "Медиана до «Беру»: 7.0 мин" in summary(st)
