"""copyMessage, forwardMessage, replies and media through a real aiogram Bot."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    BufferedInputFile,
    Message,
    MessageId,
    MessageOriginUser,
    ReplyParameters,
)

from bot.emulator import Chat, Emulator, SentMessage, User
from tests.emulator.conftest import TOKEN, kb


def people_send_everything(
    emu: Emulator, user: User, chat: Chat | None = None, thread_id: int | None = None
) -> list[SentMessage]:
    """One message of each kind the relay copies, in private (no chat) or in a topic."""
    if chat is None:
        text = emu.send_text(user, "Здравствуйте")
    else:
        text = emu.group_text(chat, user, "Здравствуйте", thread_id=thread_id)
    where: dict[str, Any] = {"chat": chat, "thread_id": thread_id}
    return [
        text,
        emu.send_photo(user, "<b>ТЗ</b> & схема", **where),
        emu.send_document(user, "brief.pdf", "бриф", **where),
        emu.send_voice(user, 7, **where),
        emu.send_video(user, "демо", **where),
        emu.send_sticker(user, "🔥", **where),
        emu.share_contact(user, "+79991234567", **where),
        emu.send_location(user, 59.93, 30.33, **where),
    ]


async def test_copy_every_kind_from_a_prospect_into_a_topic(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    thread = (await bot.create_forum_topic(forum.id, "Лид #1 Анна")).message_thread_id
    anna = emu.add_user("Анна")
    originals = people_send_everything(emu, anna)
    updates = [u.message for u in await bot.get_updates() if u.message and u.message.chat.id > 0]
    assert [m.content_type for m in updates] == [
        "text",
        "photo",
        "document",
        "voice",
        "video",
        "sticker",
        "contact",
        "location",
    ]

    for original in originals:
        copied = await bot.copy_message(forum.id, anna.id, original.message_id, thread)
        assert isinstance(copied, MessageId)
        stored = emu.chat(forum).find(copied.message_id)
        assert stored is not None and stored.from_bot and stored.thread_id == thread
        assert stored.kind == original.kind and stored.extra == original.extra
        assert (stored.text, stored.caption) == (original.text, original.caption)
        assert stored.origin is None  # a copy does not link to the original
    in_topic = emu.messages_in_thread(forum, thread)
    assert [m.kind for m in in_topic] == [m.kind for m in originals]
    assert in_topic[1].caption == "<b>ТЗ</b> & схема"  # people's text is never parsed


async def test_copy_from_a_topic_to_the_prospect(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    thread = (await bot.create_forum_topic(forum.id, "Лид #1 Анна")).message_thread_id
    anna = emu.add_user("Анна")
    emu.send_text(anna, "/start")
    from_rep = people_send_everything(emu, rep, chat=forum, thread_id=thread)
    for message in from_rep:
        await bot.copy_message(anna.id, forum.id, message.message_id)
    got = emu.messages(anna)
    assert [m.kind for m in got] == [m.kind for m in from_rep]
    assert got[0].text == "Здравствуйте" and got[0].thread_id is None
    assert got[6].extra["contact"]["phone_number"] == "+79991234567"
    assert all(m.sender.id == bot.id for m in got)  # the prospect sees the bot, not the rep


async def test_copy_caption_markup_reply(bot: Bot, emu: Emulator) -> None:
    anna = emu.add_user("Анна")
    rep = emu.add_user("Олег")
    group = emu.create_group("Продажи", [rep], supergroup=True)
    card = await bot.send_message(group.id, "card")
    photo = emu.send_photo(anna, "старая подпись")
    text = emu.send_text(anna, "текст")

    new = await bot.copy_message(
        group.id,
        anna.id,
        photo.message_id,
        caption="<b>Анна</b>: фото",
        reply_markup=kb(("Ответить", "reply:1")),
        reply_parameters=ReplyParameters(message_id=card.message_id),
    )
    stored = emu.chat(group).find(new.message_id)
    assert stored is not None and stored.caption == "Анна: фото"
    assert stored.entities == [{"type": "bold", "offset": 0, "length": 4}]
    assert emu.buttons(stored) == ["Ответить"] and stored.reply_to_message_id == card.message_id
    assert stored.thread_id == card.message_id  # a reply in a supergroup joins that thread

    # aiogram leaves an empty caption out, so this one goes as a raw call
    bare = await emu.call(
        TOKEN,
        "copyMessage",
        {
            "chat_id": group.id,
            "from_chat_id": anna.id,
            "message_id": photo.message_id,
            "caption": "",
        },
    )
    assert emu.chat(group).find(bare["message_id"]).caption is None  # type: ignore[union-attr]
    kept = await bot.copy_message(group.id, anna.id, photo.message_id)
    assert emu.chat(group).find(kept.message_id).caption == "старая подпись"  # type: ignore[union-attr]
    plain = await bot.copy_message(group.id, anna.id, text.message_id, caption="ignored")
    assert emu.chat(group).find(plain.message_id).text == "текст"  # type: ignore[union-attr]
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.copy_message(group.id, anna.id, photo.message_id, caption="x" * 1025)


async def test_copy_and_forward_errors(bot: Bot, emu: Emulator) -> None:
    anna = emu.add_user("Анна")
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    thread = (await bot.create_forum_topic(forum.id, "Лид")).message_thread_id
    said = emu.group_text(forum, rep, "ответ", thread_id=thread)

    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.copy_message(forum.id, anna.id, 1)  # the bot has never seen her chat
    emu.send_text(anna, "/start")
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(forum.id, anna.id, 999)
    with pytest.raises(TelegramBadRequest, match="message to forward not found"):
        await bot.forward_message(forum.id, forum.id, 999)
    # the topic's creation message is a service message
    with pytest.raises(TelegramBadRequest, match="the message can't be copied"):
        await bot.copy_message(forum.id, forum.id, thread)
    with pytest.raises(TelegramBadRequest, match="the message can't be forwarded"):
        await bot.forward_message(forum.id, forum.id, thread)
    emu.block(anna)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.copy_message(anna.id, forum.id, said.message_id)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.forward_message(anna.id, forum.id, said.message_id)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.copy_message(forum.id, forum.id, said.message_id, message_thread_id=4242)
    emu.delete_topic(forum, thread)
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(forum.id, forum.id, said.message_id)


async def test_forward_message(bot: Bot, emu: Emulator) -> None:
    anna = emu.add_user("Анна", username="anna")
    rep = emu.add_user("Олег")
    group = emu.create_group("Продажи", [rep], supergroup=True)
    said = emu.send_text(anna, "нужен сайт")
    forwarded = await bot.forward_message(group.id, anna.id, said.message_id)
    assert forwarded.text == "нужен сайт" and forwarded.forward_date is not None
    origin = forwarded.forward_origin
    assert isinstance(origin, MessageOriginUser) and origin.sender_user.id == anna.id
    again = await bot.forward_message(anna.id, group.id, forwarded.message_id)
    assert isinstance(again.forward_origin, MessageOriginUser)
    assert again.forward_origin.sender_user.id == anna.id  # the first origin is kept

    protected = await bot.send_message(anna.id, "прайс", protect_content=True)
    assert protected.has_protected_content
    with pytest.raises(TelegramBadRequest, match="protected content and can't be forwarded"):
        await bot.forward_message(group.id, anna.id, protected.message_id)
    copied = await bot.copy_message(group.id, anna.id, protected.message_id)
    assert emu.chat(group).find(copied.message_id).text == "прайс"  # type: ignore[union-attr]


async def test_replies(bot: Bot, emu: Emulator) -> None:
    anna = emu.add_user("Анна")
    question = emu.send_text(anna, "сколько стоит?")
    legacy = await bot.send_message(anna.id, "от 1 млн", reply_to_message_id=question.message_id)
    assert legacy.reply_to_message and legacy.reply_to_message.text == "сколько стоит?"
    modern = await bot.send_message(
        anna.id, "уточню", reply_parameters=ReplyParameters(message_id=question.message_id)
    )
    assert modern.reply_to_message and modern.reply_to_message.message_id == question.message_id
    lost = await bot.send_message(
        anna.id,
        "ответ",
        reply_parameters=ReplyParameters(message_id=999, allow_sending_without_reply=True),
    )
    assert lost.reply_to_message is None
    legacy_lost = await bot.send_message(
        anna.id, "ответ", reply_to_message_id=999, allow_sending_without_reply=True
    )
    assert legacy_lost.reply_to_message is None
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(anna.id, "x", reply_to_message_id=999)

    # the prospect answers the bot's message: the update carries the replied message
    answer = emu.send_text(anna, "ок", reply_to=modern.message_id)
    photo = emu.send_photo(anna, "вот", reply_to=emu.last_message(anna))
    *_, u_text, u_photo = await bot.get_updates()
    assert u_text.message and u_text.message.reply_to_message
    assert u_text.message.reply_to_message.text == "уточню"
    assert u_text.message.reply_to_message.from_user.id == bot.id  # type: ignore[union-attr]
    assert u_text.message.reply_to_message.reply_to_message is None  # no nested replies
    assert u_photo.message and u_photo.message.reply_to_message
    assert answer.reply_to_message_id == modern.message_id and photo.reply_to_message_id
    with pytest.raises(RuntimeError, match="to reply to is not in chat"):
        emu.send_text(anna, "x", reply_to=12345)


async def test_bot_media_in_topics(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    thread = (await bot.create_forum_topic(forum.id, "Лид")).message_thread_id
    voice = await bot.send_voice(
        forum.id, BufferedInputFile(b"ogg", "v.ogg"), message_thread_id=thread
    )
    assert voice.voice and voice.message_thread_id == thread
    video = await bot.send_video(forum.id, BufferedInputFile(b"mp4", "v.mp4"), caption="демо",
                                 message_thread_id=thread)  # fmt: skip
    assert video.video and video.caption == "демо"
    sticker = await bot.send_sticker(forum.id, "sticker-emu-1", message_thread_id=thread)
    assert sticker.sticker and sticker.sticker.file_id == "sticker-emu-1"
    contact = await bot.send_contact(forum.id, "+79991234567", "Анна", message_thread_id=thread)
    assert contact.contact and contact.contact.first_name == "Анна"
    location = await bot.send_location(forum.id, 55.75, 37.61, message_thread_id=thread)
    assert location.location and location.location.latitude == 55.75
    document = await bot.send_document(
        forum.id, BufferedInputFile(b"csv", "leads.csv"), message_thread_id=thread
    )
    assert document.document and document.document.file_name == "leads.csv"
    kinds = [m.kind for m in emu.messages_in_thread(forum, thread)]
    assert kinds == ["voice", "video", "sticker", "contact", "location", "document"]
    with pytest.raises(TelegramBadRequest, match='parameter "phone_number" is required'):
        await bot.send_contact(forum.id, "", "Анна")
    with pytest.raises(TelegramBadRequest, match="invalid location specified"):
        await bot.send_location(forum.id, 91, 0)


async def test_relay_round_trip_through_a_dispatcher(bot: Bot, emu: Emulator) -> None:
    """The shape of the sales relay: a topic per lead, copies both ways."""
    rep = emu.add_user("Олег")
    forum = emu.create_forum_group("Продажи", [rep])
    topics: dict[int, int] = {}  # prospect id -> topic
    router = Router()

    @router.message(F.chat.type == "private")
    async def on_prospect(message: Message) -> None:
        assert message.from_user is not None
        if message.from_user.id not in topics:
            topic = await bot.create_forum_topic(forum.id, message.from_user.full_name)
            topics[message.from_user.id] = topic.message_thread_id
        await message.copy_to(forum.id, message_thread_id=topics[message.from_user.id])

    @router.message(F.chat.id == forum.id, F.is_topic_message, ~F.forum_topic_created)
    async def on_rep(message: Message) -> None:
        prospect = next(p for p, t in topics.items() if t == message.message_thread_id)
        await message.copy_to(prospect)

    dp = Dispatcher()
    dp.include_router(router)
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    try:
        anna = emu.add_user("Анна")
        emu.send_text(anna, "хочу сайт")
        thread = (await emu.wait_for_topic(forum, "Анна")).thread_id
        await emu.wait_until(lambda: len(emu.messages_in_thread(forum, thread)) == 1)
        emu.group_text(
            forum, rep, "Анна, добрый день! Когда удобно созвониться?", thread_id=thread
        )
        emu.send_voice(rep, chat=forum, thread_id=thread)
        [text, voice] = await emu.wait_for_messages(anna, 2)
        assert text.text == "Анна, добрый день! Когда удобно созвониться?"
        assert voice.kind == "voice"
        emu.send_photo(anna, "референс", reply_to=text)
        await emu.wait_until(lambda: len(emu.messages_in_thread(forum, thread)) == 4)
        copied = emu.messages_in_thread(forum, thread)
        assert [(m.from_bot, m.kind) for m in copied] == [
            (True, "text"),  # the prospect's first message
            (False, "text"),  # the rep's answer and voice
            (False, "voice"),
            (True, "photo"),  # the prospect's reply, copied
        ]
        assert copied[-1].caption == "референс"
        await emu.wait_idle(timeout=5)
        assert [t.name for t in emu.topics(forum)] == ["Анна"]
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(polling, 5)
