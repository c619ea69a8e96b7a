"""The conversation after the hand-off, at the dispatcher: topics, relay both ways, notes,
who may talk, blocked prospects, the first reply stopping the SLA."""

from __future__ import annotations

import time
from typing import Any

import pytest
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.methods import (
    CopyMessage,
    CreateForumTopic,
    DeleteForumTopic,
    DeleteMessage,
    EditForumTopic,
    EditMessageText,
    GetChatMember,
    PinChatMessage,
    SendMessage,
)
from aiogram.types import Chat, ForumTopicCreated, Message, MessageEntity, PhotoSize, User
from sqlalchemy import select, update

from bot.app import outbox_handlers
from bot.db.models import (
    AuditEntry,
    Lead,
    OutboxMessage,
    RelayedMessage,
    SalesCard,
    SalesTopic,
    utcnow,
)
from bot.services import relay, sales, topics
from bot.services.outbox import OutboxWorker
from tests.support.harness import Harness

FORUM = Chat(id=-1007000000001, type="supergroup", title="Продажи", is_forum=True)
PLAIN = Chat(id=-1007000000002, type="supergroup", title="Продажи")
PROSPECT = Harness.user(3001, "ru", "Анна")
REP = User(id=601, is_bot=False, first_name="Олег", username="oleg")
OTHER = User(id=602, is_bot=False, first_name="Мария", username="maria")
BOT = User(id=42, is_bot=True, first_name="Lead bot")


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    # Process-wide caches of "is the chat a forum" and "is the rep a member".
    monkeypatch.setattr(sales, "_forums", {})
    monkeypatch.setattr(relay, "_members", {})
    monkeypatch.setattr(topics, "_icons", {})


async def make(tmp_path, chat: Chat, **settings: Any) -> Harness:
    h = await Harness.create(tmp_path, sales_chat_id=chat.id, **settings)
    if chat.is_forum:
        h.session.forums.add(chat.id)
    return h


async def deliver(h: Harness) -> int:
    worker = OutboxWorker(h.sessionmaker, h.bot, h.settings, outbox_handlers(h.settings))
    return await worker.tick()


def to_chat(h: Harness, chat_id: int) -> list[Any]:
    return [
        r
        for r in h.session.requests
        if isinstance(r, SendMessage | CopyMessage) and int(r.chat_id) == chat_id
    ]


async def card_of(h: Harness) -> SalesCard:
    async with h.sessionmaker() as session:
        card = await session.scalar(select(SalesCard).order_by(SalesCard.id.desc()))
    assert card is not None
    return card


async def topic_of(h: Harness) -> SalesTopic | None:
    async with h.sessionmaker() as session:
        return await session.scalar(select(SalesTopic))


async def outbox(h: Harness, kind: str) -> list[OutboxMessage]:
    async with h.sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
        )
        return list(rows)


async def handed_off(h: Harness) -> SalesCard:
    await h.qualify(PROSPECT)
    await deliver(h)  # a forum: the topic, then the card (its own row), then the index line
    await deliver(h)
    return await card_of(h)


async def make_all_due(h: Harness) -> None:
    async with h.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == "pending", ~OutboxMessage.kind.like("sla_%"))
            .values(due_at=utcnow())
        )


async def die_while_sending_the_card(h: Harness) -> None:
    """The card's first try was claimed and the process died in createForumTopic: the row is
    left "sending" with an expired lease, as a crash leaves it."""
    async with h.sessionmaker.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.kind == "sales_card")
            .values(status="sending", attempts=1, lease_until=utcnow())
        )


def topic_creation(thread_id: int, name: str = "Лид") -> Message:
    return Message(
        message_id=thread_id,
        date=int(time.time()),
        chat=FORUM,
        from_user=BOT,
        message_thread_id=thread_id,
        is_topic_message=True,
        forum_topic_created=ForumTopicCreated(name=name, icon_color=0x6FB9F0),
    )


async def in_topic(h: Harness, user: User, thread_id: int, text: str, **fields: Any) -> None:
    """A person writes in a forum topic: Telegram adds the implicit reply to its creation."""
    fields.setdefault("reply_to_message", topic_creation(thread_id))
    await h.group_text(
        FORUM, user, text, message_thread_id=thread_id, is_topic_message=True, **fields
    )


# --- forum: a topic per lead -----------------------------------------------------------------


async def test_forum_hand_off_opens_a_topic_posts_the_card_in_it_and_indexes_it(
    tmp_path,
) -> None:
    h = await make(tmp_path, FORUM)
    try:
        card = await handed_off(h)
        [create] = h.session.sent(CreateForumTopic)
        assert create.name.startswith("🔥 #1 Анна · ООО Ромашка ·")
        assert create.icon_custom_emoji_id == h.session.icons["🔥"]
        topic = await topic_of(h)
        assert topic is not None and card.thread_id == topic.thread_id
        [posted] = [m for m in to_chat(h, FORUM.id) if "🔥 <b>Лид #1</b>" in m.text]
        assert posted.message_thread_id == topic.thread_id
        assert h.session.sent(PinChatMessage)[0].message_id == card.message_id
        await deliver(h)  # the index line in General
        index = to_chat(h, FORUM.id)[-1]
        assert index.message_thread_id is None
        assert f"https://t.me/c/7000000001/{topic.thread_id}" in index.text
        assert "#1 Анна" in index.text
        assert (await card_of(h)).index_message_id is not None
        # Nothing more: one topic, one card, one index line.
        assert await deliver(h) == 0
        assert len(h.session.sent(CreateForumTopic)) == 1
    finally:
        await h.close()


async def test_the_bots_own_topic_created_message_is_adopted_not_duplicated(tmp_path) -> None:
    """The process died after Telegram opened the topic: its service message records it."""
    h = await make(tmp_path, FORUM)
    try:
        await h.qualify(PROSPECT)
        await h.feed(h.make_update(message=topic_creation(777, "🔥 #1 Анна · ООО Ромашка")))
        await deliver(h)
        assert h.session.sent(CreateForumTopic) == []
        assert (await card_of(h)).thread_id == 777
        # A person's topic, or the bot's topic for no lead, is left alone.
        person = topic_creation(778, "#1 обсуждение").model_copy(update={"from_user": REP})
        await h.feed(h.make_update(message=person))
        topic = await topic_of(h)
        assert topic is not None and topic.thread_id == 777
    finally:
        await h.close()


async def test_a_retry_after_a_crash_waits_once_for_the_topic_an_earlier_try_opened(
    tmp_path,
) -> None:
    h = await make(tmp_path, FORUM)
    try:
        await h.qualify(PROSPECT)
        await die_while_sending_the_card(h)  # no error recorded
        await deliver(h)
        [row] = await outbox(h, "sales_card")
        assert row.status == "pending" and row.last_error.startswith("postponed: waiting")
        assert h.session.sent(CreateForumTopic) == []
        # Polling brings the topic's service message; the retry then posts into it.
        await h.feed(h.make_update(message=topic_creation(900, "🔥 #1 Анна · ООО Ромашка")))
        await make_all_due(h)
        await deliver(h)
        assert h.session.sent(CreateForumTopic) == []
        assert (await card_of(h)).thread_id == 900
    finally:
        await h.close()


async def test_without_the_service_message_the_retry_opens_the_topic(tmp_path) -> None:
    h = await make(tmp_path, FORUM)
    try:
        await h.qualify(PROSPECT)
        await die_while_sending_the_card(h)
        for _ in range(3):
            await deliver(h)
            await make_all_due(h)
        assert len(h.session.sent(CreateForumTopic)) == 1
        assert (await card_of(h)).thread_id == (await topic_of(h)).thread_id  # type: ignore[union-attr]
    finally:
        await h.close()


async def test_without_manage_topics_the_card_goes_to_the_main_chat(tmp_path) -> None:
    h = await make(tmp_path, FORUM)
    try:
        no_right = "Bad Request: not enough rights to create a topic"
        h.session.fail_once(
            lambda m: isinstance(m, CreateForumTopic),
            TelegramBadRequest(method=None, message=no_right),
        )
        await h.qualify(PROSPECT)
        await deliver(h)
        card = await card_of(h)
        assert card.thread_id is None and await topic_of(h) is None
    finally:
        await h.close()


# --- relay in both directions ------------------------------------------------------------------


async def test_forum_relay_both_ways_and_the_first_reply_stops_the_sla(tmp_path) -> None:
    h = await make(tmp_path, FORUM)
    try:
        card = await handed_off(h)
        await deliver(h)
        topic = await topic_of(h)
        assert topic is not None
        thread = topic.thread_id

        await h.text(PROSPECT, "Можно созвониться в 15:00?")
        assert "Передал ваше сообщение менеджеру" in h.session.texts(PROSPECT.id)[-1]
        await deliver(h)
        relayed = to_chat(h, FORUM.id)[-1]
        assert isinstance(relayed, SendMessage) and relayed.message_thread_id == thread
        assert "Анна" in relayed.text and "Можно созвониться в 15:00?" in relayed.text

        photo = [PhotoSize(file_id="p1", file_unique_id="u1", width=10, height=10)]
        msg = h._message(PROSPECT, photo=photo, caption="бриф <b>тут</b>")
        await h.feed(h.make_update(message=msg))
        await deliver(h)
        copied = to_chat(h, FORUM.id)[-1]
        assert isinstance(copied, CopyMessage) and copied.message_thread_id == thread
        assert int(copied.from_chat_id) == PROSPECT.id and copied.message_id == msg.message_id
        assert "Анна" in copied.caption and "бриф &lt;b&gt;тут&lt;/b&gt;" in copied.caption

        # The rep answers in the topic: copied to the prospect, the card is theirs, the
        # first-response SLA stops and the outcome SLA runs.
        await in_topic(h, REP, thread, "Анна, добрый день! Давайте в 15:00.")
        await deliver(h)
        [out] = [c for c in h.session.sent(CopyMessage) if int(c.chat_id) == PROSPECT.id]
        assert int(out.from_chat_id) == FORUM.id
        assert h.session.sent(GetChatMember)[-1].user_id == REP.id
        card = await card_of(h)
        assert card.first_reply_at is not None and card.first_reply_by_id == REP.id
        assert card.taken_by_id == REP.id and card.taken_by_name == "@oleg"
        assert {r.status for r in await outbox(h, "sla_remind")} == {"cancelled"}
        assert {r.status for r in await outbox(h, "sla_exec")} == {"cancelled"}
        assert {r.status for r in await outbox(h, "sla_outcome")} == {"pending"}
        lead = await h.lead(PROSPECT.id)
        assert lead is not None and lead.stage == "in_sales"
        await deliver(h)  # the sync: the topic's title and icon, the card
        rename = h.session.sent(EditForumTopic)[-1]
        assert rename.name.startswith("🤝 #1 Анна") and rename.icon_custom_emoji_id
        assert any("Взял @oleg" in e.text for e in h.session.sent(EditMessageText))

        # Once a person answers, the bot keeps quiet in the prospect's chat.
        before = len(h.session.texts(PROSPECT.id))
        await h.text(PROSPECT, "Отлично, жду звонка")
        assert len(h.session.texts(PROSPECT.id)) == before
        await deliver(h)
        assert "жду звонка" in to_chat(h, FORUM.id)[-1].text
    finally:
        await h.close()


async def test_internal_notes_service_messages_and_strangers_are_not_relayed(tmp_path) -> None:
    h = await make(tmp_path, FORUM, sales_ids="601,603")
    try:
        await handed_off(h)
        topic = await topic_of(h)
        assert topic is not None
        await in_topic(h, REP, topic.thread_id, "// не звонить до обеда")
        await in_topic(h, REP, topic.thread_id, "/note перезвонить в пятницу")
        await in_topic(h, OTHER, topic.thread_id, "Я не из отдела продаж")  # not in SALES_IDS
        await h.group_text(FORUM, REP, "просто болтаем в General")
        await h.feed(h.make_update(message=topic_creation(topic.thread_id)))  # the bot's own
        assert await outbox(h, relay.RELAY_OUT) == []
        async with h.sessionmaker() as session:
            notes = list(await session.scalars(select(AuditEntry.action)))
        assert "note" in notes
        # A member of SALES_IDS who left the chat before the copy: not relayed either.
        h.session.non_members.add(603)
        gone = User(id=603, is_bot=False, first_name="Пётр")
        await in_topic(h, gone, topic.thread_id, "Анна, здравствуйте")
        await deliver(h)
        assert [c for c in h.session.sent(CopyMessage) if int(c.chat_id) == PROSPECT.id] == []
        [row] = await outbox(h, relay.RELAY_OUT)
        assert row.payload["result"] == "not relayed: not a member of the sales chat"
        assert (await card_of(h)).first_reply_at is None
    finally:
        await h.close()


async def test_plain_group_relays_by_replies_to_the_card(tmp_path) -> None:
    h = await make(tmp_path, PLAIN, relay_signature=True)
    try:
        await h.qualify(PROSPECT)
        await deliver(h)
        card = await card_of(h)
        assert card.thread_id is None and h.session.sent(CreateForumTopic) == []
        question = await h.text(PROSPECT, "Сколько стоит поддержка?")
        await deliver(h)
        relayed = to_chat(h, PLAIN.id)[-1]
        assert relayed.reply_parameters.message_id == card.message_id
        async with h.sessionmaker() as session:
            copy_id = await session.scalar(select(RelayedMessage.sales_message_id))
        # The rep replies to the relayed question: the answer replies to the prospect's own.
        copy = Message(message_id=copy_id, date=0, chat=PLAIN, from_user=BOT, text="x")
        await h.group_text(PLAIN, REP, "От 30 000 ₽ в месяц", reply_to_message=copy)
        await deliver(h)
        [answer] = [m for m in h.session.sent(SendMessage) if int(m.chat_id) == PROSPECT.id][-1:]
        assert answer.text.endswith("— Олег")  # RELAY_SIGNATURE: text is re-sent, signed
        assert answer.reply_parameters.message_id == question.message.message_id
        # A reply to the card itself reaches the prospect too; a message replying to nothing
        # of the bot's is team chatter.
        card_msg = Message(message_id=card.message_id, date=0, chat=PLAIN, from_user=BOT, text="c")
        await h.group_text(PLAIN, OTHER, "Уточню детали и вернусь", reply_to_message=card_msg)
        await h.group_text(PLAIN, OTHER, "кто на обед?")
        await deliver(h)
        sent = [m.text for m in h.session.sent(SendMessage) if int(m.chat_id) == PROSPECT.id]
        assert any("Уточню детали" in t for t in sent)
        assert not any("обед" in t for t in sent)
    finally:
        await h.close()


async def test_a_prospect_who_blocked_the_bot_costs_one_notice(tmp_path) -> None:
    h = await make(tmp_path, FORUM)
    try:
        await handed_off(h)
        await deliver(h)
        topic = await topic_of(h)
        assert topic is not None
        for n in range(2):
            blocked = "Forbidden: bot was blocked by the user"
            h.session.fail_once(
                lambda m: isinstance(m, CopyMessage) and int(m.chat_id) == PROSPECT.id,
                TelegramForbiddenError(method=None, message=blocked),
            )
            await in_topic(h, REP, topic.thread_id, f"Анна, вы тут? {n}")
            await deliver(h)
        notices = [m for m in to_chat(h, FORUM.id) if "заблокировал бота" in (m.text or "")]
        assert len(notices) == 1 and notices[0].message_thread_id == topic.thread_id
        rows = await outbox(h, relay.RELAY_OUT)
        assert [r.status for r in rows] == ["sent", "sent"]  # done, not failed or retried
        assert all(r.payload["result"].startswith("403") for r in rows)
    finally:
        await h.close()


async def test_a_message_before_the_card_is_posted_waits_for_it(tmp_path) -> None:
    h = await make(tmp_path, FORUM)
    try:
        await h.qualify(PROSPECT)
        await h.text(PROSPECT, "И ещё: нужен английский язык")
        # The topic first; the card's own row next; the message waits for the card.
        for _ in range(3):
            await deliver(h)
            await make_all_due(h)
        texts = [m.text or "" for m in to_chat(h, FORUM.id)]
        card_at = next(i for i, t in enumerate(texts) if "🔥 <b>Лид #1</b>" in t)
        message_at = next(i for i, t in enumerate(texts) if "английский" in t)
        assert card_at < message_at
    finally:
        await h.close()


async def test_a_forgotten_leads_topic_answers_that_the_data_is_gone(tmp_path) -> None:
    h = await make(tmp_path, FORUM)
    try:
        await handed_off(h)
        await deliver(h)  # the index line
        topic = await topic_of(h)
        assert topic is not None
        await h.text(PROSPECT, "Вот ещё вопрос: а поддержка входит?")
        await deliver(h)
        await h.text(PROSPECT, "/forget")
        # The topic (its card and relayed messages in it) and the index line are deleted.
        [erased] = h.session.sent(DeleteForumTopic)
        assert (int(erased.chat_id), erased.message_thread_id) == (FORUM.id, topic.thread_id)
        card = await card_of(h)
        deleted = [int(d.message_id) for d in h.session.sent(DeleteMessage)]
        assert deleted == [card.index_message_id]
        async with h.sessionmaker() as session:
            lead = await session.get(Lead, card.lead_id)
            assert lead is not None and lead.dialogue == {} and lead.stage == "forgotten"
            assert list(await session.scalars(select(RelayedMessage))) == []
        await in_topic(h, REP, topic.thread_id, "Анна?")
        assert "удалены" in to_chat(h, FORUM.id)[-1].text
        assert await outbox(h, relay.RELAY_OUT) == []
    finally:
        await h.close()


async def test_words_written_before_a_hand_off_are_on_the_card(tmp_path) -> None:
    """A cold lead's "few words for the manager" reach the card when it comes."""
    from tests.dispatcher.test_nurture import EN, qualify_cold

    h = await make(tmp_path, PLAIN, quiet_hours="")
    try:
        await qualify_cold(h)
        lead = await h.lead(EN.id)
        assert lead is not None and lead.stage == "nurturing"
        await h.text(EN, "We want to launch by spring, 1C integration matters most")
        assert "already have your request" in h.session.texts(EN.id)[-1]
        assert await outbox(h, relay.RELAY_IN) == []
        async with h.sessionmaker.begin() as session:
            from bot import lifecycle
            from bot.db.models import Lead

            stored = await session.get(Lead, lead.id)
            assert stored is not None
            await lifecycle.admin_set_stage(session, stored, lifecycle.S.SALES_READY, 1)
        await deliver(h)
        card = to_chat(h, PLAIN.id)[-1]
        assert "Писал(а) после диалога" in card.text and "1C integration" in card.text
    finally:
        await h.close()


async def test_a_relayed_message_wakes_the_outbox_and_a_dialogue_answer_does_not(
    tmp_path,
) -> None:
    h = await make(tmp_path, PLAIN)
    kicks: list[str] = []
    h.dispatcher["outbox_kick"] = lambda: kicks.append("kick")
    try:
        await h.qualify(PROSPECT)
        assert kicks == []  # answers and the hand-off wait for the regular tick
        await deliver(h)
        card = await card_of(h)
        await h.text(PROSPECT, "Когда созвонимся?")
        assert kicks == ["kick"]
        card_msg = Message(message_id=card.message_id, date=0, chat=PLAIN, from_user=BOT, text="")
        await h.group_text(PLAIN, REP, "Завтра в 11:00", reply_to_message=card_msg)
        await h.group_text(PLAIN, REP, "// перезвонить")
        assert kicks == ["kick", "kick"]
    finally:
        await h.close()


def test_entities_that_split_a_character_cost_no_message() -> None:
    # A malformed update (an entity ending inside a UTF-16 surrogate pair) is relayed as plain
    # escaped text instead of raising out of the handler (found by the dispatcher fuzz test).
    text = "/𐀀 <b>привет</b>"
    message = Message(
        message_id=1,
        date=int(time.time()),
        chat=Chat(id=PROSPECT.id, type="private"),
        from_user=PROSPECT,
        text=text,
        entities=[MessageEntity(type="bot_command", offset=0, length=2)],
    )
    incoming = relay.Incoming.of(message)
    assert incoming.html == "/𐀀 &lt;b&gt;привет&lt;/b&gt;"
    assert incoming.chars == len(text)
