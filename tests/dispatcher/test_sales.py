"""Hand-off to the sales group: one card per hand-off, rep actions, SLA timers, Telegram's ways."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramMigrateToChat
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage
from aiogram.types import (
    Chat,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    User,
)
from sqlalchemy import select, update

from bot.app import outbox_handlers
from bot.db.models import (
    AuditEntry,
    BehaviourEvent,
    Lead,
    OutboxMessage,
    SalesCard,
    Stage,
    utcnow,
)
from bot.services.outbox import OutboxWorker
from bot.services.sales import ListCallback
from tests.support.harness import Harness

SALES = Chat(id=-1001234567890, type="supergroup", title="Продажи")
PROSPECT = Harness.user(2001, "ru", "Анна")
REP1 = User(id=501, is_bot=False, first_name="Олег", username="oleg")
REP2 = User(id=502, is_bot=False, first_name="Мария", username="maria")
HEAD = 900


@pytest.fixture
async def harness(tmp_path):
    h = await Harness.create(
        tmp_path, sales_chat_id=SALES.id, sales_head_ids="900", sla_remind_minutes=1,
        sla_escalate_minutes=2,
    )  # fmt: skip
    yield h
    await h.close()


async def deliver(h: Harness) -> int:
    """One outbox tick, as the scheduler would run it."""
    worker = OutboxWorker(h.sessionmaker, h.bot, h.settings, outbox_handlers(h.settings))
    return await worker.tick()


def cards_sent(h: Harness) -> list[SendMessage]:
    return [m for m in h.session.sent(SendMessage) if int(m.chat_id) == SALES.id]


async def card_row(h: Harness) -> SalesCard:
    async with h.sessionmaker() as session:
        card = await session.scalar(select(SalesCard))
    assert card is not None
    return card


async def posted_card(h: Harness) -> tuple[SalesCard, InlineKeyboardMarkup]:
    await h.qualify(PROSPECT)
    await deliver(h)
    card = await card_row(h)
    markup = cards_sent(h)[-1].reply_markup
    assert isinstance(markup, InlineKeyboardMarkup)
    return card, markup


def latest_markup(h: Harness) -> InlineKeyboardMarkup | None:
    edits = h.session.sent(EditMessageText)
    return edits[-1].reply_markup if edits else None


def alerts(h: Harness) -> list[str]:
    return [r.text or "" for r in h.session.sent(AnswerCallbackQuery)]


async def make_due(h: Harness, kind: str) -> None:
    async with h.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.kind == kind)
            .values(due_at=utcnow() - timedelta(seconds=1))
        )


async def test_hot_lead_posts_exactly_one_card_with_what_sales_needs(harness: Harness) -> None:
    await harness.qualify(PROSPECT)
    assert "менеджер свяжется с вами в течение 15 минут" in harness.session.texts(PROSPECT.id)[-1]
    await deliver(harness)
    await deliver(harness)
    sent = cards_sent(harness)
    assert len(sent) == 1
    text = sent[0].text
    for expected in ("Анна", "@user2001", "+79991234567", "anna@romashka.ru", "ООО Ромашка",
                     "около 2 млн руб", "срочно", "горячий", "/100"):  # fmt: skip
        assert expected in text
    labels = [b.text for row in sent[0].reply_markup.inline_keyboard for b in row]
    assert any("Беру" in label for label in labels)
    for row in sent[0].reply_markup.inline_keyboard:
        for button in row:
            assert "Анна" not in button.callback_data and len(button.callback_data) <= 64


async def test_a_resent_final_answer_does_not_post_a_second_card(harness: Harness) -> None:
    await harness.text(PROSPECT, "/start")
    last = None
    for answer in ("Нужен сайт", "2 млн", "решаю я", "срочно", "ООО Ромашка", "директор",
                   "+79991234567", "anna@romashka.ru", "да"):  # fmt: skip
        last = await harness.text(PROSPECT, answer)
    assert last is not None
    await harness.feed(last)
    await deliver(harness)
    async with harness.sessionmaker() as session:
        rows = (await session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "sales_card"))).all()  # fmt: skip
    assert len(rows) == 1 and len(cards_sent(harness)) == 1


async def test_take_assigns_and_a_second_rep_is_told_who_has_it(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    edit = harness.session.sent(EditMessageText)[-1]
    assert "Взял @oleg" in edit.text
    await harness.press_in_chat(REP2, SALES, card.message_id, markup, "Беру")
    assert alerts(harness)[-1] == "Уже взял @oleg"
    lead = await harness.lead(PROSPECT.id)
    assert lead is not None and lead.stage == "in_sales"
    card = await card_row(harness)
    assert card.taken_by_id == REP1.id and card.taken_at is not None
    async with harness.sessionmaker() as session:
        rows = await session.execute(
            select(OutboxMessage.kind, OutboxMessage.status).where(
                OutboxMessage.kind.like("sla_%")
            )
        )
        sla = {kind: status for kind, status in rows}
        audit = (await session.scalars(select(AuditEntry.action))).all()
    # Taking is not answering: the first-response SLA goes on, and the outcome SLA starts.
    assert sla == {"sla_remind": "pending", "sla_escalate": "pending", "sla_exec": "pending",
                   "sla_outcome": "pending", "sla_outcome_head": "pending"}  # fmt: skip
    assert audit == ["take"]


async def test_button_pressed_outside_the_sales_chat_is_refused(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    private = Chat(id=REP1.id, type="private")
    await harness.press_in_chat(REP1, private, card.message_id, markup, "Беру")
    assert "только отделу продаж" in alerts(harness)[-1]
    assert (await card_row(harness)).taken_by_id is None


async def test_allow_list_refuses_other_members(tmp_path) -> None:
    h = await Harness.create(tmp_path, sales_chat_id=SALES.id, sales_ids="501")
    try:
        card, markup = await posted_card(h)
        await h.press_in_chat(REP2, SALES, card.message_id, markup, "Беру")
        assert "только отделу продаж" in alerts(h)[-1]
        await h.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
        assert (await card_row(h)).taken_by_id == REP1.id
    finally:
        await h.close()


async def test_return_to_nurture_asks_a_reason_and_restarts_engagement(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "В прогрев")
    reasons = harness.session.requests[-2]  # the keyboard edit, then the callback answer
    reason_markup = reasons.reply_markup
    assert any("Не отвечает" in b.text for row in reason_markup.inline_keyboard for b in row)
    await harness.press_in_chat(REP1, SALES, card.message_id, reason_markup, "Не отвечает")
    lead = await harness.lead(PROSPECT.id)
    assert lead is not None and lead.stage == "recycled" and lead.recycles == 1
    assert not lead.sales_ready  # engagement restarted from zero
    assert any(r["rule_id"].startswith("recycl") or "recycl" in r["reason"].lower()
               for r in lead.score["breakdown"])  # fmt: skip
    async with harness.sessionmaker() as session:
        recycled = await session.scalar(
            select(BehaviourEvent).where(BehaviourEvent.kind == "recycled"))  # fmt: skip
    assert recycled is not None and recycled.data["reason"] == "no_answer"
    edit = harness.session.sent(EditMessageText)[-1]
    assert "Возвращён в прогрев" in edit.text and edit.reply_markup is None


async def test_won_needs_a_taken_card_then_closes_it(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    taken_markup = latest_markup(harness)
    assert taken_markup is not None
    await harness.press_in_chat(REP1, SALES, card.message_id, taken_markup, "Сделка")
    lead = await harness.lead(PROSPECT.id)
    assert lead is not None and lead.stage == "won"
    await harness.press_in_chat(REP2, SALES, card.message_id, taken_markup, "Сделка")
    assert alerts(harness)[-1] == "По этому лиду уже есть решение"


async def test_untaken_card_reminds_then_escalates_to_the_head(harness: Harness) -> None:
    card, _ = await posted_card(harness)
    await make_due(harness, "sla_remind")
    await deliver(harness)
    reminder = cards_sent(harness)[-1]
    assert "ждёт уже" in reminder.text and reminder.reply_to_message_id == card.message_id
    await make_due(harness, "sla_escalate")
    await deliver(harness)
    assert f"tg://user?id={HEAD}" in cards_sent(harness)[-1].text
    assert any("не взят" in t for t in harness.session.texts(HEAD))
    assert (await card_row(harness)).sla_breaches == 2


async def test_a_taken_card_nobody_answered_reminds_the_taker(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    await make_due(harness, "sla_remind")
    await deliver(harness)
    reminder = cards_sent(harness)[-1]
    assert f"tg://user?id={REP1.id}" in reminder.text and "ждёт вашего ответа" in reminder.text
    assert any("ждёт вашего ответа" in t for t in harness.session.texts(REP1.id))


async def test_group_upgraded_to_supergroup_gets_the_card_at_its_new_id(tmp_path) -> None:
    old = -4001
    h = await Harness.create(tmp_path, sales_chat_id=old)
    try:
        h.session.fail_once(
            lambda m: isinstance(m, SendMessage) and int(m.chat_id) == old,
            TelegramMigrateToChat(method=None, message="upgraded", migrate_to_chat_id=SALES.id),
        )
        await h.qualify(PROSPECT)
        await deliver(h)
        assert len(cards_sent(h)) == 1
        assert (await card_row(h)).chat_id == SALES.id
    finally:
        await h.close()


async def test_closed_topic_falls_back_to_the_main_chat(tmp_path) -> None:
    h = await Harness.create(tmp_path, sales_chat_id=SALES.id, sales_thread_id=77)
    try:
        h.session.fail_once(
            lambda m: isinstance(m, SendMessage) and m.message_thread_id == 77,
            TelegramBadRequest(method=None, message="Bad Request: message thread not found"),
        )
        await h.qualify(PROSPECT)
        await deliver(h)
        sent = cards_sent(h)
        assert len(sent) == 1 and sent[0].message_thread_id is None
    finally:
        await h.close()


async def test_bot_removed_from_sales_chat_keeps_the_card_until_it_is_back(
    harness: Harness,
) -> None:
    harness.session.fail_once(
        lambda m: isinstance(m, SendMessage) and int(m.chat_id) == SALES.id,
        TelegramForbiddenError(method=None, message="Forbidden: bot was kicked"),
    )
    await harness.qualify(PROSPECT)
    await deliver(harness)
    assert cards_sent(harness) == []
    bot_user = User(id=42, is_bot=True, first_name="Lead bot")
    back = ChatMemberUpdated(
        chat=SALES, from_user=REP1, date=0,
        old_chat_member=ChatMemberLeft(user=bot_user),
        new_chat_member=ChatMemberMember(user=bot_user),
    )  # fmt: skip
    await harness.feed(harness.make_update(my_chat_member=back))
    await deliver(harness)
    assert len(cards_sent(harness)) == 1


async def test_a_card_with_huge_answers_is_trimmed_not_refused(harness: Harness) -> None:
    need = "Нужен сайт для отдела R&D <Север>, " + " ".join(
        f"требование {n}: каталог & корзина & оплата" for n in range(120)
    )
    answers = (need, "2 млн", "решаю я", "срочно", "ООО Ромашка & Co", "директор",
               "+79991234567", "anna@romashka.ru", "да")  # fmt: skip
    await harness.qualify(PROSPECT, answers)
    await deliver(harness)
    sent = cards_sent(harness)
    assert len(sent) == 1 and len(sent[0].text) <= 4096 and "&amp;" in sent[0].text


async def test_leads_and_mine_list_open_cards(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    await harness.group_text(SALES, REP1, "/leads")
    assert f"#{card.lead_id} Анна · ООО Ромашка" in cards_sent(harness)[-1].text
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    await harness.group_text(SALES, REP1, "/mine")
    assert f"#{card.lead_id} Анна" in cards_sent(harness)[-1].text
    await harness.group_text(SALES, REP2, "/leads")
    assert "разобраны" in cards_sent(harness)[-1].text
    await harness.group_text(SALES, REP2, "/mine")
    assert "нет открытых" in cards_sent(harness)[-1].text


async def add_open_cards(h: Harness, count: int) -> None:
    """Leads with posted, untaken cards: scores 0..9 repeating, each posted a minute apart."""
    now = utcnow()
    async with h.sessionmaker.begin() as session:
        for n in range(count):
            lead = Lead(tg_user_id=10_000 + n, chat_id=10_000 + n, first_name=f"Лид{n}",
                        stage=Stage.SALES_READY, score_total=float(n % 10), facts={})  # fmt: skip
            session.add(lead)
            await session.flush()
            session.add(SalesCard(lead_id=lead.id, handoff_key=f"k{n}", chat_id=SALES.id,
                                  message_id=5000 + n, posted_at=now - timedelta(minutes=n),
                                  sla_breaches=0))  # fmt: skip


async def test_leads_are_ordered_by_score_then_age_and_paginated_past_fifty(
    harness: Harness,
) -> None:
    await add_open_cards(harness, 55)
    await harness.group_text(SALES, REP1, "/leads")
    first = cards_sent(harness)[-1]
    lines = first.text.splitlines()
    assert "стр. 1 из 3" in lines[0] and "· 55" in lines[0]
    listed = [line.split("#", 1)[1].split()[0] for line in lines[1:]]
    assert len(listed) == 20
    # Score 9 first (leads 9, 19, 29, 39, 49: the oldest, posted 49 minutes ago, first).
    assert [int(n) for n in listed[:5]] == [50, 40, 30, 20, 10]
    assert all(" · 9 · " in line for line in lines[1:6]) and " · 8 · " in lines[6]
    # ▶ shows the next page, then the last one; ◀ on the last page only.
    seen = set(listed)
    markup = first.reply_markup
    for expected in (20, 15):
        assert [b.text for b in markup.inline_keyboard[0]][-1] == "▶"
        await harness.press_in_chat(REP1, SALES, 999, markup, "▶")
        edit = harness.session.sent(EditMessageText)[-1]
        page = [line.split("#", 1)[1].split()[0] for line in edit.text.splitlines()[1:]]
        assert len(page) == expected and not seen & set(page)
        seen |= set(page)
        markup = edit.reply_markup
    assert len(seen) == 55 and [b.text for b in markup.inline_keyboard[0]] == ["◀"]


async def test_another_reps_mine_page_is_not_shown(harness: Harness) -> None:
    await add_open_cards(harness, 3)
    async with harness.sessionmaker.begin() as session:
        await session.execute(update(SalesCard).values(taken_by_id=REP1.id))
    await harness.group_text(SALES, REP1, "/mine")
    assert len(cards_sent(harness)[-1].text.splitlines()) == 4
    data = ListCallback(which="mine", page=1, owner=REP1.id).pack()
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="▶", callback_data=data)]]
    )
    before = len(harness.session.sent(EditMessageText))
    await harness.press_in_chat(REP2, SALES, 999, markup, "▶")
    assert "другого менеджера" in alerts(harness)[-1]
    assert len(harness.session.sent(EditMessageText)) == before


async def test_only_the_taker_or_a_head_closes_a_taken_lead(harness: Harness) -> None:
    card, markup = await posted_card(harness)
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    taken_markup = latest_markup(harness)
    assert taken_markup is not None
    await harness.press_in_chat(REP2, SALES, card.message_id, taken_markup, "Сделка")
    assert alerts(harness)[-1] == "Решение принимает @oleg"
    lead = await harness.lead(PROSPECT.id)
    assert lead is not None and lead.stage == "in_sales"
    head = User(id=HEAD, is_bot=False, first_name="Глава")
    await harness.press_in_chat(head, SALES, card.message_id, taken_markup, "Сделка")
    lead = await harness.lead(PROSPECT.id)
    assert lead is not None and lead.stage == "won"


async def test_won_stores_no_reason_from_the_button(harness: Harness) -> None:
    from aiogram.types import InlineKeyboardButton

    from bot.services.sales import SalesCallback

    card, markup = await posted_card(harness)
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    forged = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(
        text="Сделка", callback_data=SalesCallback(action="won", lead=card.lead_id,
                                                   arg="<b>x</b>").pack())]])  # fmt: skip
    await harness.press_in_chat(REP1, SALES, card.message_id, forged, "Сделка")
    assert (await card_row(harness)).outcome_reason is None


async def test_a_forgotten_leads_old_card_is_erased_in_place_and_takes_no_action(
    harness: Harness,
) -> None:
    """Telegram refuses to delete a card older than 48 hours: it is edited to say the data
    was erased, loses its buttons, and a button pressed on an old copy does nothing."""
    card, markup = await posted_card(harness)
    harness.session.fail_once(
        lambda m: type(m).__name__ == "DeleteMessage",
        TelegramBadRequest(method=None, message="message can't be deleted"),  # type: ignore[arg-type]
    )
    await harness.text(PROSPECT, "/forget")
    erased = harness.session.sent(EditMessageText)[-1]
    assert int(erased.chat_id) == SALES.id and erased.message_id == card.message_id
    assert "Анна" not in erased.text and "+7" not in erased.text
    assert erased.reply_markup is None
    await harness.press_in_chat(REP1, SALES, card.message_id, markup, "Беру")
    async with harness.sessionmaker() as session:
        assert (await session.get(SalesCard, card.id)).taken_by_id is None  # type: ignore[union-attr]
    answer = harness.session.sent(AnswerCallbackQuery)[-1]
    assert answer.text  # the rep is told why nothing happened
