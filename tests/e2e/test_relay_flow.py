"""The conversation after the hand-off, end to end: the real bot process, the emulator, a
forum sales group and a plain one, internal notes, a stranger, and SIGKILL in the middle."""

from __future__ import annotations

from bot.emulator import Chat, Emulator, RunningEmulator, User
from tests.e2e.test_sales_flow import qualify


def bot_words(em: Emulator, chat: Chat | User, thread: int | None = None) -> list[str]:
    """What the bot posted: in a topic (`thread`), or everywhere in the chat."""
    if thread is not None:
        found = [m for m in em.messages_in_thread(chat, thread) if m.from_bot]
    else:
        found = em.messages(chat)
    return [m.text or m.caption or "" for m in found]


def people_words(em: Emulator, user: User) -> list[str]:
    """What reached a prospect from the bot."""
    return [m.text or m.caption or "" for m in em.messages(user)]


async def hot_lead_in_forum(em: Emulator, forum: Chat, prospect: User) -> int:
    """Qualify the prospect; return the thread of the topic their card went to."""
    await qualify(em, prospect)
    topic = await em.wait_for_topic(forum, timeout=20)
    await em.wait_until(
        lambda: any(t.startswith("🔥 Лид #") for t in bot_words(em, forum, topic.thread_id)), 15
    )
    return topic.thread_id


async def test_forum_relay_both_ways_notes_and_a_stranger(
    emulator: RunningEmulator, bot_process
) -> None:
    em = emulator.emulator
    rep = em.add_user("Олег", username="oleg")
    guest = em.add_user("Гость")
    forum = em.create_forum_group("Продажи", [rep, guest])
    async with bot_process(SALES_CHAT_ID=str(forum.id)):
        anna = em.add_user("Анна", language_code="ru")
        thread = await hot_lead_in_forum(em, forum, anna)
        topic = em.topic(forum, thread)
        assert topic.name.startswith("🔥 #1 Анна · ООО Ромашка")
        await em.wait_until(lambda: bool(em.pinned(forum)), 10)
        assert em.pinned(forum)[-1].thread_id == thread
        # General keeps one line that links to the topic.
        await em.wait_until(lambda: len(bot_words(em, forum, 1)) == 1, 10)
        index = next(m for m in em.messages_in_thread(forum, None) if m.from_bot)
        assert "#1 Анна" in (index.text or "") and f"/{thread}" in str(index.entities)

        # The prospect writes after the hand-off: it reaches the topic, with a header.
        em.send_text(anna, "Можно созвониться в 15:00?")
        await em.wait_until(lambda: any("15:00" in t for t in bot_words(em, forum, thread)), 10)
        assert "Передал ваше сообщение менеджеру" in people_words(em, anna)[-1]
        em.send_document(anna, "brief.pdf", "наше ТЗ")
        await em.wait_until(lambda: any("наше ТЗ" in t for t in bot_words(em, forum, thread)), 10)
        copy = [m for m in em.messages_in_thread(forum, thread) if m.kind == "document"][-1]
        assert copy.from_bot and "Анна" in (copy.caption or "")

        # The rep answers in the topic: the prospect gets it; notes and strangers stay.
        em.group_text(forum, rep, "// перезвонить после обеда", thread_id=thread)
        em.group_text(forum, rep, "/note клиент просил не звонить утром", thread_id=thread)
        em.group_text(forum, guest, "Я тут случайно, не отвечайте", thread_id=thread)
        em.remove_member(forum, guest)  # not a member any more when the copy is made
        em.group_text(forum, rep, "Анна, добрый день! Да, в 15:00 удобно.", thread_id=thread)
        em.send_voice(rep, 4, chat=forum, thread_id=thread)
        await em.wait_until(lambda: any("15:00 удобно" in t for t in people_words(em, anna)), 10)
        await em.wait_until(lambda: em.messages(anna)[-1].kind == "voice", 10)
        # The reply took the card: the topic says so.
        await em.wait_until(lambda: em.topic(forum, thread).name.startswith("🤝 #1 Анна"), 10)
        await em.wait_idle(timeout=10, quiet=1.5)

    words = people_words(em, anna)
    assert not any("обеда" in w or "утром" in w or "случайно" in w for w in words)
    assert sum("15:00 удобно" in w for w in words) == 1
    in_topic = bot_words(em, forum, thread)
    assert sum("Можно созвониться" in w for w in in_topic) == 1
    assert len(em.topics(forum)) == 1


async def test_plain_group_relays_by_replies(emulator: RunningEmulator, bot_process) -> None:
    em = emulator.emulator
    rep = em.add_user("Олег", username="oleg")
    group = em.create_group("Продажи", [rep], supergroup=True)
    async with bot_process(SALES_CHAT_ID=str(group.id), RELAY_SIGNATURE="true"):
        anna = em.add_user("Анна", language_code="ru")
        await qualify(em, anna)
        await em.wait_until(lambda: any("🔥" in t for t in bot_words(em, group)), 15)
        card = next(m for m in em.messages(group) if "🔥" in (m.text or ""))
        em.send_text(anna, "Сколько стоит поддержка после запуска?")
        await em.wait_until(lambda: any("поддержка" in t for t in bot_words(em, group)), 10)
        relayed = next(m for m in em.messages(group) if "поддержка" in (m.text or ""))
        assert relayed.reply_to_message_id == card.message_id  # under the card

        em.group_text(group, rep, "Поддержка от 30 000 ₽ в месяц", reply_to=relayed)
        em.group_text(group, rep, "// дать скидку, если спросит", reply_to=relayed)
        em.group_text(group, rep, "коллеги, кто на обед?")
        await em.wait_until(lambda: any("30 000" in t for t in people_words(em, anna)), 10)
        answer = next(m for m in em.messages(anna) if "30 000" in (m.text or ""))
        assert (answer.text or "").endswith("— Олег")  # RELAY_SIGNATURE
        question = next(
            m for m in em.history(anna) if not m.from_bot and "поддержка" in (m.text or "")
        )
        assert answer.reply_to_message_id == question.message_id
        await em.wait_idle(timeout=10, quiet=1.5)
    assert not any("скидку" in w or "обед" in w for w in people_words(em, anna))


async def test_a_restart_in_the_middle_loses_and_repeats_nothing(
    emulator: RunningEmulator, bot_process
) -> None:
    em = emulator.emulator
    rep = em.add_user("Олег", username="oleg")
    forum = em.create_forum_group("Продажи", [rep])
    anna = em.add_user("Анна", language_code="ru")
    # The topic is opened slowly: the bot is killed while Telegram creates it.
    em.delay("createForumTopic", 1.5)
    async with bot_process(SALES_CHAT_ID=str(forum.id), OUTBOX_LEASE_SECONDS="3") as bot:
        await qualify(em, anna)
        await em.wait_until(lambda: len(em.calls("createForumTopic")) == 1, 15)
        await bot.kill()
        await em.wait_for_topic(forum, timeout=5)  # Telegram did open it
        em.delay("createForumTopic", 0)

        # While the bot is down, both sides write.
        em.send_text(anna, "Пока вас не было: нужен ещё английский")
        thread = em.topics(forum)[0].thread_id
        await bot.start()
        await em.wait_until(
            lambda: any(t.startswith("🔥 Лид #1") for t in bot_words(em, forum, thread)), 30
        )
        await em.wait_until(
            lambda: any("английский" in t for t in bot_words(em, forum, thread)), 15
        )
        em.group_text(forum, rep, "Анна, английский сделаем.", thread_id=thread)
        await em.wait_until(lambda: any("сделаем" in t for t in people_words(em, anna)), 15)

        # Killed again with a message queued but not sent: the next start sends it once.
        # (Killing right after a copy arrived, before its row is marked sent, is the outbox's
        # one known window: that copy would go out once more. Let the row settle first.)
        await em.wait_idle(timeout=10, quiet=1.0)
        bot.env["OUTBOX_TICK_SECONDS"] = "60"
        await bot.kill()
        await bot.start()  # one tick at start, then a minute of nothing
        await em.wait_idle(timeout=10, quiet=1.0)
        em.send_text(anna, "Спасибо! Жду КП")
        await em.wait_until(lambda: len(em.pending_updates()) == 0, 10)
        await em.wait_idle(timeout=10, quiet=1.0)
        await bot.kill()
        bot.env["OUTBOX_TICK_SECONDS"] = "0.5"
        await bot.start()
        await em.wait_until(lambda: any("Жду КП" in t for t in bot_words(em, forum, thread)), 15)
        await em.wait_idle(timeout=10, quiet=1.5)

    assert len(em.topics(forum)) == 1 and len(em.calls("createForumTopic")) == 1
    in_topic = bot_words(em, forum, thread)
    assert sum(t.startswith("🔥 Лид #1") for t in in_topic) == 1  # one card
    assert sum("английский" in t for t in in_topic) == 1
    assert sum("Жду КП" in t for t in in_topic) == 1
    assert sum("сделаем" in t for t in people_words(em, anna)) == 1
