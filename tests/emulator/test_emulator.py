"""The Bot API emulator, driven through a real aiogram Bot (responses must validate)."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyParameters,
)

from bot.emulator import Emulator, RunningEmulator
from bot.emulator.entities import parse_html
from tests.emulator.conftest import TOKEN, kb


async def test_get_me(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456 and me.is_bot and me.username == "leadbot_test_bot"


async def test_send_message_html_and_markup(bot: Bot, emu: Emulator) -> None:
    user = emu.add_user("Ivan")
    emu.send_text(user, "hi")
    sent = await bot.send_message(
        user.id, "<b>Hi</b> &amp; <a href='https://x.io'>link</a>", reply_markup=kb(("Yes", "y"))
    )
    assert sent.text == "Hi & link"
    assert sent.chat.id == user.id and sent.from_user and sent.from_user.is_bot
    assert [e.type for e in sent.entities or []] == ["bold", "text_link"]
    assert sent.reply_markup and sent.reply_markup.inline_keyboard[0][0].callback_data == "y"
    stored = emu.last_message(user)
    assert stored and stored.text == "Hi & link" and stored.parse_mode == "HTML"
    assert emu.buttons(stored) == ["Yes"]
    # reply keyboards are not echoed, but the chat keeps showing them
    reply = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="A"), KeyboardButton(text="B")]])
    sent2 = await bot.send_message(user.id, "pick", reply_markup=reply)
    assert sent2.reply_markup is None and sent2.message_id == sent.message_id + 1
    assert emu.keyboard(user) == ["A", "B"]
    assert emu.calls("sendMessage")[-1].params["text"] == "pick"


@pytest.mark.parametrize(
    "text",
    ["<foo>x</foo>", "<b>x", "<b>x</i>", "a < b", "Tom & Jerry", "x</b>", "<b x</b>"],
)
async def test_invalid_html_rejected(bot: Bot, emu: Emulator, text: str) -> None:
    user = emu.add_user()
    emu.send_text(user, "hi")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(user.id, text)


def test_html_parser_entities() -> None:
    text, entities = parse_html(
        '<pre><code class="language-py">x=1</code></pre><tg-spoiler>s</tg-spoiler>&#33;😀<i>é</i>'
    )
    assert text == "x=1s!😀é"
    assert entities == [
        {"type": "pre", "offset": 0, "length": 3, "language": "py"},
        {"type": "spoiler", "offset": 3, "length": 1},
        {"type": "italic", "offset": 7, "length": 1},  # the emoji is 2 UTF-16 units
    ]


async def test_limits(bot: Bot, emu: Emulator) -> None:
    user = emu.add_user()
    emu.send_text(user, "hi")
    await bot.send_message(user.id, "<b>" + "x" * 4096 + "</b>")  # visible length counts
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(user.id, "x" * 4097)
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(user.id, "<b> </b>")
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(user.id, "x", reply_markup=kb(("b", "d" * 65)))
    await bot.send_message(user.id, "x", reply_markup=kb(("b", "d" * 64)))


async def test_chat_errors(bot: Bot, emu: Emulator) -> None:
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(42, "x")
    user = emu.add_user()
    with pytest.raises(TelegramForbiddenError, match="can't initiate conversation"):
        await bot.send_message(user.id, "x")
    emu.send_text(user, "/start")
    emu.block(user)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(user.id, "x")
    updates = await bot.get_updates()
    kicked = updates[-1].my_chat_member
    assert kicked and kicked.new_chat_member.status == "kicked"
    emu.unblock(user)
    await bot.send_message(user.id, "welcome back")


async def test_injected_faults(bot: Bot, emu: Emulator) -> None:
    user = emu.add_user()
    emu.send_text(user, "hi")
    emu.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(TelegramRetryAfter) as exc:
        await bot.send_message(user.id, "x")
    assert exc.value.retry_after == 7 and "retry after 7" in exc.value.message
    emu.fail_next("sendMessage", 500)
    with pytest.raises(TelegramServerError):
        await bot.send_message(user.id, "x")
    await bot.send_message(user.id, "now fine")
    assert [r.error_code for r in emu.calls("sendMessage")] == [429, 500, None]
    emu.delay("getMe", 0.3)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await bot.get_me()
    assert loop.time() - started >= 0.3


async def test_edits_and_deletes(bot: Bot, emu: Emulator) -> None:
    user = emu.add_user()
    emu.send_text(user, "hi")
    sent = await bot.send_message(user.id, "<b>one</b>", reply_markup=kb(("A", "a")))
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            text="<b>one</b>",
            chat_id=user.id,
            message_id=sent.message_id,
            reply_markup=kb(("A", "a")),
        )
    edited = await bot.edit_message_text(text="two", chat_id=user.id, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.text == "two" and edited.reply_markup is None
    stored = emu.messages(user)[-1]
    assert stored.text == "two" and stored.history == ["one"]
    await bot.edit_message_reply_markup(
        chat_id=user.id, message_id=sent.message_id, reply_markup=kb(("B", "b"))
    )
    assert emu.buttons(stored) == ["B"]
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text(text="x", chat_id=user.id, message_id=999)
    assert await bot.delete_message(user.id, sent.message_id)
    assert stored.deleted and emu.last_message(user) is None
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(user.id, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(
            user.id, "x", reply_parameters=ReplyParameters(message_id=sent.message_id)
        )


async def test_media_and_chat_info(bot: Bot, emu: Emulator) -> None:
    user = emu.add_user("Ivan", username="ivan")
    emu.send_text(user, "hi")
    photo = await bot.send_photo(user.id, BufferedInputFile(b"png" * 10, "a.png"), caption="c")
    assert photo.photo and photo.caption == "c"
    again = await bot.send_photo(user.id, photo.photo[-1].file_id)
    assert again.photo and again.photo[-1].file_id == photo.photo[-1].file_id
    doc = await bot.send_document(user.id, BufferedInputFile(b"data", "leads.csv"))
    assert doc.document and doc.document.file_name == "leads.csv"
    assert await bot.send_chat_action(user.id, "typing")
    chat = await bot.get_chat(user.id)
    assert chat.first_name == "Ivan" and chat.username == "ivan"


async def test_groups_threads_migration(bot: Bot, emu: Emulator) -> None:
    rep, outsider = emu.add_user("Rep"), emu.add_user("Out")
    forum = emu.create_group("Sales", [rep], forum=True)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(forum.id, "card", message_thread_id=5)  # no such topic
    topic = emu.create_topic(forum, "Leads")
    msg = await bot.send_message(forum.id, "card", message_thread_id=topic.thread_id)
    assert msg.message_thread_id == topic.thread_id and msg.is_topic_message
    assert emu.messages(forum)[-1].thread_id == topic.thread_id
    emu.delete_topic(forum, topic.thread_id)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(forum.id, "card", message_thread_id=topic.thread_id)
    assert (await bot.get_chat_member(forum.id, rep.id)).status == "creator"
    assert (await bot.get_chat_member(forum.id, outsider.id)).status == "left"
    assert (await bot.get_chat_member(forum.id, bot.id)).status == "member"
    assert len(await bot.get_chat_administrators(forum.id)) == 1

    group = emu.create_group("Old", [rep])
    new_id = emu.migrate_group(group)
    with pytest.raises(TelegramMigrateToChat) as exc:
        await bot.send_message(group.id, "x")
    assert exc.value.migrate_to_chat_id == new_id
    assert "upgraded to a supergroup" in exc.value.message
    await bot.send_message(new_id, "x")
    emu.remove_bot_from_group(new_id)
    with pytest.raises(TelegramForbiddenError, match="kicked"):
        await bot.send_message(new_id, "x")


async def test_get_updates_long_poll_and_offset(bot: Bot, emu: Emulator) -> None:
    user = emu.add_user()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    emu.send_text(user, "/start ref_42")
    updates = await asyncio.wait_for(poll, 2)
    assert len(updates) == 1 and updates[0].message and updates[0].message.text == "/start ref_42"
    assert updates[0].message.entities and updates[0].message.entities[0].type == "bot_command"
    assert len(await bot.get_updates()) == 1  # not confirmed yet
    assert await bot.get_updates(offset=updates[0].update_id + 1) == []
    assert emu.pending_updates() == []


async def test_webhook_conflict_and_info(bot: Bot, emu: Emulator) -> None:
    await bot.set_webhook("http://127.0.0.1:9/hook", secret_token="s3cret")
    info = await bot.get_webhook_info()
    assert info.url == "http://127.0.0.1:9/hook"
    with pytest.raises(TelegramConflictError):
        await bot.get_updates()
    await bot.delete_webhook()
    assert await bot.get_updates() == []


async def test_commands(bot: Bot) -> None:
    from aiogram.types import BotCommand

    await bot.set_my_commands([BotCommand(command="start", description="Start")])
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == []


async def test_dispatcher_round_trip(bot: Bot, emu: Emulator) -> None:
    router = Router()

    @router.message(CommandStart())
    async def cmd_start(message: Message, command: CommandObject) -> None:
        await message.answer(f"hello {command.args}", reply_markup=kb(("Go", "go:1")))

    @router.callback_query(F.data == "go:1")
    async def on_go(query: CallbackQuery) -> None:
        await query.answer("went")
        assert isinstance(query.message, Message)
        await query.message.edit_text("gone")

    @router.message(Command("help"))
    async def cmd_help(message: Message) -> None:
        await message.reply("help")

    dp = Dispatcher()
    dp.include_router(router)
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=2))
    try:
        user = emu.add_user("Ivan")
        emu.send_text(user, "/start src_ads")
        [reply] = await emu.wait_for_messages(user, 1, timeout=10)
        assert reply.text == "hello src_ads" and emu.buttons(reply) == ["Go"]
        query_id = emu.press(user, reply, "Go")
        answer = await emu.wait_for_answer(query_id)
        assert answer.text == "went" and answer.data == "go:1"
        await emu.wait_until(lambda: reply.text == "gone")
        with pytest.raises(LookupError):
            emu.press(user, reply, "Nope")
        asked = emu.send_command(user, "help")
        _, helped = await emu.wait_for_messages(user, 2)
        assert helped.text == "help" and helped.reply_to_message_id == asked.message_id
        await emu.wait_idle(timeout=5)
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(polling, 5)


async def test_webhook_delivery_with_secret(bot: Bot, emu: Emulator) -> None:
    from aiohttp import web

    received: list[tuple[str | None, dict]] = []
    answered = 0

    async def hook(request: web.Request) -> web.Response:
        nonlocal answered
        answered += 1
        if answered == 1:
            return web.Response(status=500)  # first delivery fails, Telegram retries
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
        user = emu.add_user()
        emu.send_text(user, "via hook")
        await emu.wait_until(lambda: bool(received), timeout=5)
        secret, update = received[0]
        assert secret == "s3cret" and update["message"]["text"] == "via hook"
        info = await bot.get_webhook_info()
        assert info.pending_update_count == 0 and info.last_error_message
        await bot.delete_webhook()
    finally:
        await runner.cleanup()


async def test_raw_json_and_urlencoded_requests(running: RunningEmulator, emu: Emulator) -> None:
    from aiohttp import ClientSession

    user = emu.add_user()
    emu.send_text(user, "hi")
    url = f"{running.base_url}/bot{TOKEN}"
    async with ClientSession() as http:
        async with http.post(f"{url}/sendMessage", json={"chat_id": user.id, "text": "j"}) as r:
            body = await r.json()
            assert r.status == 200 and body["ok"] and body["result"]["text"] == "j"
        async with http.post(
            f"{url}/sendMessage", data={"chat_id": str(user.id), "text": ""}
        ) as r:
            body = await r.json()
        assert r.status == 400
        assert body == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: message text is empty",
        }
        async with http.get(f"{url}/getMe") as r:
            assert (await r.json())["result"]["is_bot"] is True
        async with http.get(f"{running.base_url}/botnot-a-token/getMe") as r:
            assert r.status == 401
        async with http.get(f"{url}/noSuchMethod") as r:
            assert r.status == 404


async def test_second_poller_terminates_first(bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    second = asyncio.create_task(bot.get_updates(timeout=1))
    with pytest.raises(TelegramConflictError, match="terminated by other getUpdates"):
        await asyncio.wait_for(first, 2)
    assert await second == []


async def test_updates_queued_before_bot_connects(bot: Bot, emu: Emulator) -> None:
    rep = emu.add_user("Rep")
    group = emu.create_group("Sales", [rep])  # my_chat_member before the bot's first call
    emu.group_text(group, rep, "/take@leadbot_test_bot")
    emu.share_contact(rep, "+79990001122")
    emu.send_sticker(rep)
    emu.send_voice(rep)
    emu.send_photo(rep, caption="pic")
    edited = emu.edit_text(rep, emu.send_text(rep, "old"), "new")
    updates = await bot.get_updates()
    kinds = [u.event_type for u in updates]
    assert kinds == ["my_chat_member", *["message"] * 6, "edited_message"]
    joined = updates[0].my_chat_member
    assert joined and joined.new_chat_member.status == "member"
    assert joined.new_chat_member.user.id == bot.id
    assert updates[1].message and updates[1].message.chat.type == "group"
    contact = updates[2].message and updates[2].message.contact
    assert contact and contact.user_id == rep.id
    assert updates[-1].edited_message and updates[-1].edited_message.text == edited.text == "new"
    sent = await bot.send_message(group.id, "card", reply_markup=kb(("Take", "take:1")))
    stored = emu.messages(group)[-1]
    assert stored.message_id == sent.message_id
    query_id = emu.press(rep, stored, "take:1")
    [update] = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert update.callback_query and update.callback_query.id == query_id
    assert await bot.answer_callback_query(query_id)
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query_id)
