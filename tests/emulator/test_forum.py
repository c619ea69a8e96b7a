"""Forum topics through a real aiogram Bot: creation, threads, General, closing, rights."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import ForumTopic, Message, ReplyParameters

from bot.emulator import Emulator
from bot.emulator.forum import TOPIC_ICON_STICKERS
from tests.emulator.conftest import kb


async def new_updates(bot: Bot, seen: list[int]) -> list:
    """Updates after the ones already in `seen` (update ids), confirming nothing."""
    updates = await bot.get_updates(offset=(seen[-1] + 1) if seen else None)
    seen.extend(u.update_id for u in updates)
    return updates


async def test_create_topic_posts_the_card_in_it(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    seen: list[int] = []
    await new_updates(bot, seen)  # my_chat_member: the bot was added as an administrator

    topic = await bot.create_forum_topic(forum.id, "Лид #1 Анна", icon_color=16766590)
    assert isinstance(topic, ForumTopic)
    assert topic.name == "Лид #1 Анна" and topic.icon_color == 16766590
    assert topic.message_thread_id > 1  # never General's id
    assert [t.name for t in emu.topics(forum)] == ["Лид #1 Анна"]
    assert emu.topic_named(forum, "Лид #1 Анна") is emu.topic(forum, topic.message_thread_id)

    # Telegram's Bot API server delivers the bot's own forum_topic_created to it.
    [update] = await new_updates(bot, seen)
    created = update.message
    assert created and created.forum_topic_created
    assert created.forum_topic_created.name == "Лид #1 Анна"
    assert created.message_id == created.message_thread_id == topic.message_thread_id
    assert created.is_topic_message and created.from_user and created.from_user.id == bot.id
    assert created.reply_to_message is None

    card = await bot.send_message(
        forum.id,
        "🔥 Лид",
        message_thread_id=topic.message_thread_id,
        reply_markup=kb(("Беру", "t")),
    )
    assert card.message_thread_id == topic.message_thread_id and card.is_topic_message
    # every message in a topic answers the topic's creation message unless it replies itself
    assert card.reply_to_message and card.reply_to_message.forum_topic_created
    in_topic = emu.messages_in_thread(forum, topic.message_thread_id)
    assert [m.text for m in in_topic] == ["🔥 Лид"]
    with_service = emu.messages_in_thread(forum, topic.message_thread_id, include_service=True)
    assert [m.kind for m in with_service] == ["service", "text"]
    assert emu.messages(forum) == in_topic  # the bot's messages leave service messages out


async def test_people_in_topics_and_general(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    topic = await bot.create_forum_topic(forum.id, "Лид #1")
    thread = topic.message_thread_id
    card = await bot.send_message(forum.id, "card", message_thread_id=thread)
    updates = await bot.get_updates()
    seen = [u.update_id for u in updates]

    in_general = emu.group_text(forum, rep, "hi all")
    plain = emu.group_text(forum, rep, "созвонюсь завтра", thread_id=thread)
    reply = emu.group_text(forum, rep, "беру", reply_to=card)  # lands in the card's topic
    photo = emu.send_photo(rep, "скрин", chat=forum, thread_id=thread)
    general, *rest = [u.message for u in await new_updates(bot, seen)]

    assert general.message_thread_id is None and not general.is_topic_message
    assert general.reply_to_message is None and in_general.thread_id is None
    m_plain, m_reply, m_photo = rest
    for message in rest:
        assert message.message_thread_id == thread and message.is_topic_message
    assert m_plain.reply_to_message and m_plain.reply_to_message.forum_topic_created
    assert m_reply.reply_to_message and m_reply.reply_to_message.message_id == card.message_id
    assert m_reply.reply_to_message.text == "card" and reply.thread_id == thread
    assert m_photo.photo and m_photo.caption == "скрин"
    texts = [m.text or m.caption for m in emu.messages_in_thread(forum, thread)]
    assert texts == ["card", "созвонюсь завтра", "беру", "скрин"]
    assert [m.text for m in emu.messages_in_thread(forum, 1)] == ["hi all"]
    assert emu.messages_in_thread(forum, None) == [in_general]
    assert plain.reply_to_message_id is None  # the implicit reply is the Bot API's, not stored
    assert photo.kind == "photo"

    # General is addressed without a thread id: 1 is "message thread not found", like Telegram
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(forum.id, "x", message_thread_id=1)
    sent = await bot.send_message(forum.id, "to General")
    assert sent.message_thread_id is None and sent.reply_to_message is None
    # a reply without a thread id goes to the replied message's topic
    answer = await bot.send_message(
        forum.id, "ok", reply_parameters=ReplyParameters(message_id=plain.message_id)
    )
    assert answer.message_thread_id == thread
    assert answer.reply_to_message and answer.reply_to_message.text == "созвонюсь завтра"

    with pytest.raises(RuntimeError, match="no topic"):
        emu.group_text(forum, rep, "x", thread_id=999)
    with pytest.raises(RuntimeError, match="not in topic"):
        emu.group_text(forum, rep, "x", thread_id=thread, reply_to=in_general)


async def test_threads_outside_forums(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    group = emu.create_group("Продажи", [rep], supergroup=True)
    card = await bot.send_message(group.id, "card", message_thread_id=77)  # ignored
    assert card.message_thread_id is None
    reply = emu.group_text(group, rep, "беру", reply_to=card)
    second = emu.group_text(group, rep, "и ещё", reply_to=reply)
    [u1, u2] = (await bot.get_updates())[-2:]
    # in a supergroup a reply belongs to the thread of its first message, not to a topic
    assert u1.message and u1.message.message_thread_id == card.message_id
    assert not u1.message.is_topic_message
    assert u2.message and u2.message.message_thread_id == card.message_id
    assert second.thread_id == card.message_id
    assert u1.message.reply_to_message and u1.message.reply_to_message.text == "card"
    echoed = await u1.message.answer("принято")  # aiogram passes no thread outside topics
    assert echoed.chat.id == group.id

    basic = emu.create_group("Basic", [rep])
    in_basic = await bot.send_message(basic.id, "card")
    emu.group_text(basic, rep, "ok", reply_to=in_basic)
    assert (await bot.get_updates())[-1].message.message_thread_id is None  # type: ignore[union-attr]

    prospect = emu.add_user("Анна")
    emu.send_text(prospect, "/start")
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(prospect.id, "x", message_thread_id=5)
    with pytest.raises(RuntimeError, match="not a forum"):
        emu.group_text(group, rep, "x", thread_id=5)


async def test_create_topic_errors(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    prospect = emu.add_user("Анна")
    emu.send_text(prospect, "/start")
    plain = emu.create_group("Plain", [rep], supergroup=True, bot_admin=True)
    member_only = emu.create_forum_group("Forum", [rep], bot_admin=False)
    no_topics = emu.create_forum_group("Forum", [rep], bot_rights={"can_manage_topics": False})
    forum = emu.create_forum_group("Forum", [rep])

    for chat_id in (plain.id, prospect.id):
        with pytest.raises(TelegramBadRequest, match="Bad Request: the chat is not a forum"):
            await bot.create_forum_topic(chat_id, "x")
    for chat in (member_only, no_topics):
        with pytest.raises(TelegramBadRequest, match="not enough rights to create a topic"):
            await bot.create_forum_topic(chat.id, "x")
    with pytest.raises(TelegramBadRequest, match="title must be non-empty"):
        await bot.create_forum_topic(forum.id, "  \n ")
    with pytest.raises(TelegramBadRequest, match="invalid icon color specified"):
        await bot.create_forum_topic(forum.id, "x", icon_color=123)
    with pytest.raises(TelegramBadRequest, match="invalid custom emoji identifier"):
        await bot.create_forum_topic(forum.id, "x", icon_custom_emoji_id="42")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.create_forum_topic(-100123, "x")

    long = await bot.create_forum_topic(forum.id, "  Лид   " + "я" * 200)
    assert long.name == ("Лид " + "я" * 200)[:128]  # cleaned and cut, like TDLib
    assert long.icon_color == 7322096  # Telegram's default colour

    icons = await bot.get_forum_topic_icon_stickers()
    assert len(icons) == len(TOPIC_ICON_STICKERS) and icons[0].type == "custom_emoji"
    with_icon = await bot.create_forum_topic(
        forum.id, "icon", icon_custom_emoji_id=icons[0].custom_emoji_id
    )
    assert with_icon.icon_custom_emoji_id == icons[0].custom_emoji_id

    emu.remove_bot_from_group(forum)
    with pytest.raises(TelegramForbiddenError, match="bot was kicked from the supergroup chat"):
        await bot.create_forum_topic(forum.id, "x")


async def test_edit_close_reopen_delete(bot: Bot, emu: Emulator) -> None:
    owner, rep = emu.add_user("Owner"), emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [owner, rep])
    thread = (await bot.create_forum_topic(forum.id, "Лид #1")).message_thread_id
    seen = [u.update_id for u in await bot.get_updates()]

    assert await bot.edit_forum_topic(forum.id, thread, name="Лид #1 (взят)")
    assert emu.topic(forum, thread).name == "Лид #1 (взят)"
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.edit_forum_topic(forum.id, thread, name="Лид #1 (взят)")
    assert await bot.edit_forum_topic(forum.id, thread)  # nothing to change: TDLib says ok

    assert await bot.close_forum_topic(forum.id, thread)
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.close_forum_topic(forum.id, thread)
    # closed: the bot (can_manage_topics) still posts, a member does not
    await bot.send_message(forum.id, "итог: сделка", message_thread_id=thread)
    with pytest.raises(RuntimeError, match="closed"):
        emu.group_text(forum, rep, "x", thread_id=thread)
    emu.group_text(forum, owner, "the owner may", thread_id=thread)
    assert await bot.reopen_forum_topic(forum.id, thread)
    emu.group_text(forum, rep, "ещё вопрос", thread_id=thread)

    services = [u.message for u in await new_updates(bot, seen) if u.message]
    assert (
        services[0].forum_topic_edited and services[0].forum_topic_edited.name == "Лид #1 (взят)"
    )
    assert services[1].forum_topic_closed is not None
    assert services[2].text == "the owner may"  # the bot's own "итог" is not sent back
    assert services[3].forum_topic_reopened is not None
    assert services[4].text == "ещё вопрос"
    assert all(m.message_thread_id == thread for m in services)

    assert await bot.delete_forum_topic(forum.id, thread)
    assert emu.topics(forum) == [] and emu.messages_in_thread(forum, thread) == []
    assert [t.deleted for t in emu.topics(forum, include_deleted=True)] == [True]
    assert await new_updates(bot, seen) == []  # Telegram sends no update for a deletion
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(forum.id, "x", message_thread_id=thread)
    for call in (bot.edit_forum_topic, bot.close_forum_topic, bot.delete_forum_topic):
        with pytest.raises(TelegramBadRequest, match="TOPIC_ID_INVALID"):
            await call(forum.id, thread)
    with pytest.raises(TelegramBadRequest, match="invalid forum topic identifier specified"):
        await bot.close_forum_topic(forum.id, 0)
    with pytest.raises(RuntimeError, match="no topic"):
        emu.group_text(forum, rep, "x", thread_id=thread)


async def test_topic_rights(bot: Bot, emu: Emulator) -> None:
    owner, rep = emu.add_user("Owner"), emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [owner, rep])
    own = (await bot.create_forum_topic(forum.id, "Лид #1")).message_thread_id
    theirs = emu.create_topic(forum, "Общие вопросы", by=rep).thread_id

    emu.set_bot_rights(forum, can_manage_topics=False, can_delete_messages=False)
    with pytest.raises(TelegramBadRequest, match="not enough rights to create a topic"):
        await bot.create_forum_topic(forum.id, "Лид #2")
    with pytest.raises(TelegramBadRequest, match="not enough rights to edit the topic"):
        await bot.edit_forum_topic(forum.id, theirs, name="x")
    with pytest.raises(TelegramBadRequest, match="not enough rights to close or open the topic"):
        await bot.close_forum_topic(forum.id, theirs)
    # the topic's creator needs no right to rename, close or reopen it, or to post when closed
    assert await bot.edit_forum_topic(forum.id, own, name="Лид #1 ✅")
    assert await bot.close_forum_topic(forum.id, own)
    await bot.send_message(forum.id, "closed, but mine", message_thread_id=own)
    # deleting needs can_delete_messages, creator or not (the Bot API docs)
    with pytest.raises(TelegramBadRequest, match="not enough rights to delete the topic"):
        await bot.delete_forum_topic(forum.id, own)

    emu.close_topic(forum, theirs, by=rep)  # its creator closes it
    with pytest.raises(TelegramBadRequest, match="TOPIC_CLOSED"):
        await bot.send_message(forum.id, "x", message_thread_id=theirs)
    emu.group_text(forum, rep, "creator may", thread_id=theirs)
    with pytest.raises(RuntimeError, match="lacks can_manage_topics"):
        emu.reopen_topic(forum, own, by=rep)
    emu.promote(forum, rep, can_manage_topics=True)
    emu.reopen_topic(forum, own, by=rep)
    emu.delete_topic(forum, theirs)  # by the owner
    assert [t.name for t in emu.topics(forum)] == ["Лид #1 ✅"]

    emu.set_bot_rights(forum)  # the defaults again
    await bot.send_message(forum.id, "back", message_thread_id=own)
    assert await bot.delete_forum_topic(forum.id, own)


async def test_people_topic_actions_reach_the_bot(bot: Bot, emu: Emulator) -> None:
    owner = emu.add_user("Owner")
    forum = emu.create_forum_group("Продажи", [owner])
    seen = [u.update_id for u in await bot.get_updates()]
    topic = emu.create_topic(forum, "  Вопросы  ")
    emu.rename_topic(forum, topic.thread_id, "FAQ")
    emu.close_topic(forum, topic.thread_id)
    updates = [u.message for u in await new_updates(bot, seen)]
    assert all(isinstance(m, Message) for m in updates)
    created, edited, closed = updates
    assert created.forum_topic_created and created.forum_topic_created.name == "Вопросы"
    assert created.from_user and created.from_user.id == owner.id
    assert edited.forum_topic_edited and edited.forum_topic_edited.name == "FAQ"
    assert closed.forum_topic_closed is not None
    assert edited.reply_to_message and edited.reply_to_message.forum_topic_created
    with pytest.raises(RuntimeError, match="not a forum"):
        emu.create_topic(emu.create_group("g", [owner], supergroup=True), "x")
    assert (await emu.wait_for_topic(forum, "FAQ")).closed
    with pytest.raises(TimeoutError, match="no topic 'Вопросы'"):
        await emu.wait_for_topic(forum, "Вопросы", timeout=0.2)
