"""Groups other than the sales group: the bot says nothing there, and leaves when added."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram.methods import LeaveChat, SendMessage
from aiogram.types import (
    Chat,
    ChatMemberAdministrator,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberUpdated,
    User,
)

from bot.services.sales import remember_sales_chat
from tests.support.harness import Harness

SALES = Chat(id=-1001234567890, type="supergroup", title="Продажи")
STRANGERS = Chat(id=-1009876543210, type="supergroup", title="Чужая группа")
ADMIN = Harness.user(777, "ru", "Админ")
SOMEONE = Harness.user(555, "ru", "Чужой")
BOT = User(id=42, is_bot=True, first_name="Lead bot")


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = await Harness.create(tmp_path, sales_chat_id=SALES.id, admin_ids="777")
    yield h
    await h.close()


# Every right the installed aiogram requires (the list grows with Bot API versions).
ADMIN_RIGHTS = {
    name: name in ("can_manage_chat", "can_delete_messages", "can_invite_users")
    for name, field in ChatMemberAdministrator.model_fields.items()
    if field.is_required() and name != "user"
}


def added(chat: Chat, *, admin: bool = False, removed: bool = False) -> ChatMemberUpdated:
    member: ChatMemberMember | ChatMemberAdministrator = (
        ChatMemberAdministrator(user=BOT, **ADMIN_RIGHTS) if admin else ChatMemberMember(user=BOT)
    )
    was, now = (
        (member, ChatMemberLeft(user=BOT)) if removed else (ChatMemberLeft(user=BOT), member)
    )
    return ChatMemberUpdated(
        chat=chat, from_user=SOMEONE, date=0, old_chat_member=was, new_chat_member=now
    )


def left(h: Harness) -> list[int]:
    return [int(r.chat_id) for r in h.session.sent(LeaveChat)]


async def test_nothing_is_said_in_a_strangers_group(harness: Harness) -> None:
    h = harness
    for user in (ADMIN, SOMEONE):
        for text in ("/stats", "/model", "/lead 1", "/admin", "/start", "/leads", "/mine", "hi"):
            await h.group_text(STRANGERS, user, text)
    anonymous = User(id=1087968824, is_bot=True, first_name="Group")
    await h.group_text(STRANGERS, anonymous, "/stats", sender_chat=STRANGERS)
    await h.group_text(STRANGERS, ADMIN, "/stats", sender_chat=STRANGERS)
    assert h.session.sent(SendMessage) == []


async def test_admin_commands_are_still_refused_in_private(harness: Harness) -> None:
    await harness.text(SOMEONE, "/stats")
    assert harness.session.texts(SOMEONE.id) == ["Команда доступна только администраторам"]


async def test_added_to_a_strangers_group_the_bot_leaves(harness: Harness) -> None:
    h = harness
    await h.feed(h.make_update(my_chat_member=added(STRANGERS)))
    assert left(h) == [STRANGERS.id]
    basic = Chat(id=-4005, type="group", title="Чужая")
    await h.feed(h.make_update(my_chat_member=added(basic, admin=True)))
    assert left(h) == [STRANGERS.id, basic.id]
    await h.feed(h.make_update(my_chat_member=added(STRANGERS, removed=True)))
    assert left(h) == [STRANGERS.id, basic.id]  # removed: nothing to leave
    assert h.session.sent(SendMessage) == []


async def test_the_sales_group_is_never_left(harness: Harness) -> None:
    h = harness
    await h.feed(h.make_update(my_chat_member=added(SALES)))
    await h.feed(h.make_update(my_chat_member=added(SALES, admin=True)))
    assert left(h) == []


async def test_a_migrated_sales_group_is_not_left(tmp_path: Path) -> None:
    old = Chat(id=-4001, type="group", title="Продажи")
    h = await Harness.create(tmp_path, sales_chat_id=old.id)
    try:
        # Telegram may announce the new supergroup before the migration message: while the
        # sales chat is a basic group, a supergroup may be its new self, so the bot stays.
        await h.feed(h.make_update(my_chat_member=added(SALES)))
        assert left(h) == []
        async with h.sessionmaker.begin() as session:
            await remember_sales_chat(session, SALES.id, None)
        await h.feed(h.make_update(my_chat_member=added(SALES, admin=True)))
        await h.feed(h.make_update(my_chat_member=added(STRANGERS)))
        assert left(h) == [STRANGERS.id]
    finally:
        await h.close()
