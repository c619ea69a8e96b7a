"""Chat members and rights, command menus per scope and language, and pins."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeChatAdministrators,
    BotCommandScopeChatMember,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
)

from bot.emulator import Emulator
from tests.emulator.conftest import TOKEN


async def test_chat_member_statuses_and_rights(bot: Bot, emu: Emulator) -> None:
    owner, admin, rep, gone, banned = (emu.add_user(n) for n in ("O", "A", "R", "G", "B"))
    forum = emu.create_forum_group("Продажи", [owner, rep, gone, banned], admins=[admin])
    emu.promote(forum, rep, can_manage_topics=False, can_pin_messages=False)
    emu.demote(forum, rep)
    emu.remove_member(forum, gone)
    emu.remove_member(forum, banned, ban=True)

    members = {
        u.first_name: await bot.get_chat_member(forum.id, u.id)
        for u in (owner, admin, rep, gone, banned)
    }
    assert isinstance(members["O"], ChatMemberOwner)
    assert isinstance(members["A"], ChatMemberAdministrator) and members["A"].can_manage_topics
    assert isinstance(members["R"], ChatMemberMember)
    assert isinstance(members["G"], ChatMemberLeft)
    assert isinstance(members["B"], ChatMemberBanned)

    # the start-up check: is the bot an administrator that may manage topics?
    me = await bot.get_chat_member(forum.id, bot.id)
    assert isinstance(me, ChatMemberAdministrator) and me.can_manage_topics and me.user.is_bot
    emu.set_bot_rights(forum, can_manage_topics=False)
    me = await bot.get_chat_member(forum.id, bot.id)
    assert isinstance(me, ChatMemberAdministrator) and me.can_manage_topics is False
    assert me.can_pin_messages and me.can_delete_messages
    emu.demote_bot(forum)
    assert isinstance(await bot.get_chat_member(forum.id, bot.id), ChatMemberMember)

    admins = await bot.get_chat_administrators(forum.id)
    assert [a.user.first_name for a in admins] == ["O", "A"]

    basic = emu.create_group("Basic", [owner], admins=[admin], bot_admin=True)
    in_basic = await bot.get_chat_member(basic.id, admin.id)
    assert isinstance(in_basic, ChatMemberAdministrator)
    assert in_basic.can_manage_topics is None  # supergroups only, as Telegram writes it
    with pytest.raises(TelegramBadRequest, match="user not found"):
        await bot.get_chat_member(forum.id, 424242)
    with pytest.raises(ValueError, match="unknown administrator rights"):
        emu.set_bot_rights(forum, can_manage_topic=True)


async def test_rights_changes_reach_the_bot(bot: Bot, emu: Emulator) -> None:
    owner, rep = emu.add_user("O"), emu.add_user("R")
    forum = emu.create_forum_group("Продажи", [owner, rep], bot_admin=False)
    emu.set_bot_rights(forum, can_manage_topics=True, can_delete_messages=False)
    emu.promote(forum, rep)
    emu.demote_bot(forum)
    updates = await bot.get_updates()
    kinds = [u.event_type for u in updates]
    assert kinds == ["my_chat_member", "my_chat_member", "my_chat_member"]  # chat_member: opt-in
    promoted = updates[1].my_chat_member
    assert promoted and isinstance(promoted.new_chat_member, ChatMemberAdministrator)
    assert promoted.new_chat_member.can_manage_topics
    assert promoted.new_chat_member.can_delete_messages is False
    assert promoted.old_chat_member.status == "member"
    assert updates[2].my_chat_member.new_chat_member.status == "member"  # type: ignore[union-attr]

    await bot.get_updates(offset=updates[-1].update_id + 1, allowed_updates=["chat_member"])
    emu.promote(forum, rep, can_pin_messages=False)
    [changed] = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert changed.chat_member and changed.chat_member.new_chat_member.user.id == rep.id
    assert isinstance(changed.chat_member.new_chat_member, ChatMemberAdministrator)
    assert changed.chat_member.new_chat_member.can_pin_messages is False


async def test_command_menus_per_scope_and_language(bot: Bot, emu: Emulator) -> None:
    admin, rep, ru_prospect, en_prospect = (
        emu.add_user("Admin"),
        emu.add_user("Rep", language_code="ru"),
        emu.add_user("Анна", language_code="ru"),
        emu.add_user("John", language_code="de"),
    )
    sales = emu.create_forum_group("Продажи", [admin, rep])  # admin owns it
    emu.send_text(admin, "/start")

    def cmds(*names: str) -> list[BotCommand]:
        return [BotCommand(command=n, description=f"{n} help") for n in names]

    await bot.set_my_commands(cmds("start", "help"), BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(cmds("start", "lang"), BotCommandScopeAllPrivateChats(), "ru")
    await bot.set_my_commands(cmds("model", "stats"), BotCommandScopeChat(chat_id=admin.id))
    await bot.set_my_commands(cmds("model"), BotCommandScopeChat(chat_id=admin.id), "ru")
    await bot.set_my_commands(cmds("leads", "mine"), BotCommandScopeChat(chat_id=sales.id))
    rep_in_sales = BotCommandScopeChatMember(chat_id=sales.id, user_id=rep.id)
    await bot.set_my_commands(cmds("top"), rep_in_sales)

    assert list(emu.commands("all_private_chats")) == ["start", "help"]
    assert list(emu.commands("all_private_chats", "ru")) == ["start", "lang"]
    assert emu.commands("chat", chat=admin) == {"model": "model help", "stats": "stats help"}
    assert list(emu.commands("chat", "ru", chat=admin)) == ["model"]
    assert list(emu.commands("chat", chat=sales)) == ["leads", "mine"]
    assert list(emu.commands("chat_member", chat=sales, user=rep)) == ["top"]
    assert emu.commands("default") == {}
    assert len(emu.all_commands()) == 6

    got = await bot.get_my_commands(BotCommandScopeChat(chat_id=admin.id), "ru")
    assert [c.command for c in got] == ["model"]
    assert await bot.get_my_commands(BotCommandScopeChat(chat_id=admin.id), "en") == []

    # what each person sees, resolved in the Bot API's order
    assert list(emu.command_menu(ru_prospect)) == ["start", "lang"]
    assert list(emu.command_menu(en_prospect)) == ["start", "help"]  # no "de": no language
    assert list(emu.command_menu(admin)) == ["model"]  # add_user defaults to language "ru"
    assert list(emu.command_menu(rep, sales)) == ["top"]
    assert list(emu.command_menu(admin, sales)) == ["leads", "mine"]

    await bot.delete_my_commands(rep_in_sales)
    assert list(emu.command_menu(rep, sales)) == ["leads", "mine"]
    await bot.set_my_commands([], BotCommandScopeChat(chat_id=sales.id))  # empty: deleted
    assert emu.command_menu(rep, sales) == {}
    await bot.set_my_commands(cmds("all"), BotCommandScopeAllGroupChats())
    await bot.set_my_commands(cmds("admins"), BotCommandScopeAllChatAdministrators())
    await bot.set_my_commands(cmds("here"), BotCommandScopeChatAdministrators(chat_id=sales.id))
    assert list(emu.command_menu(rep, sales)) == ["all"]
    assert list(emu.command_menu(admin, sales)) == ["here"]  # the owner counts as an admin


async def test_command_errors(bot: Bot, emu: Emulator) -> None:
    stranger = emu.add_user("Stranger")
    prospect = emu.add_user("Анна")
    emu.send_text(prospect, "/start")
    one = [BotCommand(command="start", description="Start")]
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.set_my_commands(one, BotCommandScopeChat(chat_id=stranger.id))
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.set_my_commands(one, BotCommandScopeChat(chat_id=-100999))
    with pytest.raises(TelegramBadRequest, match="can't use specified scope in private chats"):
        await bot.set_my_commands(one, BotCommandScopeChatAdministrators(chat_id=prospect.id))
    with pytest.raises(TelegramBadRequest, match="invalid language code specified"):
        await bot.set_my_commands(one, language_code="rus")
    with pytest.raises(TelegramBadRequest, match="command description must be non-empty"):
        await bot.set_my_commands([BotCommand(command="start", description=" ")])
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Start-Now", description="x")])
    await bot.set_my_commands([BotCommand(command="/help ", description=" Help ")])
    assert emu.commands() == {"help": "Help"}  # trimmed, the slash dropped, as TDLib does
    for scope, error in (
        ('{"type": "nope"}', "Unsupported type specified"),
        ('{"type": "chat"}', 'Can\'t find field "chat_id"'),
        ('{"type": "chat_member", "chat_id": -1, "user_id": 0}', "Invalid user_id specified"),
        ("[1]", "BotCommandScope must be an Object"),
    ):
        with pytest.raises(Exception, match="can't parse BotCommandScope") as exc:
            await emu.call(TOKEN, "getMyCommands", {"scope": scope})
        assert error in str(exc.value)
    # a user met in a shared group is known to the bot
    group = emu.create_group("G", [stranger])
    await bot.set_my_commands(one, BotCommandScopeChat(chat_id=stranger.id))
    assert list(emu.command_menu(stranger)) == ["start"]
    assert group.id in emu.chats


async def test_pins(bot: Bot, emu: Emulator) -> None:
    owner, rep = emu.add_user("O"), emu.add_user("R")
    forum = emu.create_forum_group("Продажи", [owner, rep])
    thread = (await bot.create_forum_topic(forum.id, "Лид")).message_thread_id
    card = await bot.send_message(forum.id, "card", message_thread_id=thread)
    seen = [u.update_id for u in await bot.get_updates()]

    with pytest.raises(TelegramBadRequest, match="message to pin not found"):
        await bot.pin_chat_message(forum.id, 999)
    assert await bot.pin_chat_message(forum.id, card.message_id, disable_notification=True)
    [update] = await bot.get_updates(offset=seen[-1] + 1)
    pin = update.message
    assert pin and pin.pinned_message and pin.pinned_message.message_id == card.message_id
    assert pin.message_thread_id == thread and pin.from_user and pin.from_user.id == bot.id
    assert [m.text for m in emu.pinned(forum)] == ["card"]
    chat = await bot.get_chat(forum.id)
    assert chat.pinned_message and chat.pinned_message.text == "card"
    assert chat.is_forum

    assert await bot.unpin_chat_message(forum.id)
    assert emu.pinned(forum) == []
    with pytest.raises(TelegramBadRequest, match="message to unpin not found"):
        await bot.unpin_chat_message(forum.id)
    await bot.pin_chat_message(forum.id, card.message_id)
    assert await bot.unpin_all_forum_topic_messages(forum.id, thread)
    assert emu.pinned(forum) == []
    await bot.pin_chat_message(forum.id, card.message_id)
    assert await bot.unpin_all_chat_messages(forum.id)

    emu.set_bot_rights(forum, can_pin_messages=False)
    with pytest.raises(TelegramBadRequest, match="not enough rights to manage pinned messages"):
        await bot.pin_chat_message(forum.id, card.message_id)
    member_group = emu.create_group("G", [owner], supergroup=True)
    posted = await bot.send_message(member_group.id, "x")
    with pytest.raises(TelegramBadRequest, match="not enough rights to manage pinned messages"):
        await bot.pin_chat_message(member_group.id, posted.message_id)

    prospect = emu.add_user("Анна")
    emu.send_text(prospect, "/start")
    hello = await bot.send_message(prospect.id, "hello")
    assert await bot.pin_chat_message(prospect.id, hello.message_id)  # private chats: no rights
    emu.remove_bot_from_group(forum)
    with pytest.raises(TelegramForbiddenError, match="kicked"):
        await bot.pin_chat_message(forum.id, card.message_id)


async def test_deleting_needs_rights_in_groups(bot: Bot, emu: Emulator) -> None:
    owner, rep = emu.add_user("O"), emu.add_user("R")
    forum = emu.create_forum_group("Продажи", [owner, rep], bot_admin=False)
    said = emu.group_text(forum, rep, "спам")
    own = await bot.send_message(forum.id, "card")
    with pytest.raises(TelegramBadRequest, match="message can't be deleted"):
        await bot.delete_message(forum.id, said.message_id)
    assert await bot.delete_message(forum.id, own.message_id)  # its own, always
    emu.set_bot_rights(forum)
    assert await bot.delete_message(forum.id, said.message_id)
    thread = (await bot.create_forum_topic(forum.id, "Лид")).message_thread_id
    with pytest.raises(TelegramBadRequest, match="message can't be deleted"):
        await bot.delete_message(forum.id, thread)  # the topic's creation message
    prospect = emu.add_user("Анна")
    hello = emu.send_text(prospect, "привет")
    assert await bot.delete_message(prospect.id, hello.message_id)  # private: anything
