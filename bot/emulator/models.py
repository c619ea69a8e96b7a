"""In-memory state of the Bot API emulator: users, chats, messages, queued updates."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Telegram's topic icon colours (createForumTopic); the first one is its default.
TOPIC_ICON_COLORS = (7322096, 16766590, 13338331, 9367192, 16749490, 16478047)
TOPIC_NAME_LIMIT = 128
GENERAL_TOPIC_ID = 1

# What an administrator gets when nobody says otherwise (Telegram's promote dialog defaults).
ADMIN_RIGHT_DEFAULTS: dict[str, bool] = {
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
    "can_manage_topics": True,  # supergroups only
}


def now() -> int:
    return int(time.time())


def admin_rights(chat_type: str, overrides: Mapping[str, bool] | None = None) -> dict[str, bool]:
    """An administrator's rights in a chat of this type: the defaults with `overrides` applied.

    Unknown names raise ValueError, so a typo in a test does not silently grant nothing.
    """
    unknown = sorted(set(overrides or {}) - set(ADMIN_RIGHT_DEFAULTS))
    if unknown:
        raise ValueError(
            f"unknown administrator rights {unknown}; known: {list(ADMIN_RIGHT_DEFAULTS)}"
        )
    rights = {**ADMIN_RIGHT_DEFAULTS, **{k: bool(v) for k, v in (overrides or {}).items()}}
    if chat_type != "supergroup":
        rights.pop("can_manage_topics")  # Telegram writes it for supergroups only
    return rights


@dataclass
class User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "ru"
    is_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "is_bot": self.is_bot,
            "first_name": self.first_name,
        }
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass
class SentMessage:
    """A message in a chat (sent by the bot or by a simulated user); current state after edits."""

    message_id: int
    chat_id: int
    date: int
    sender: User
    from_bot: bool
    text: str | None = None
    caption: str | None = None
    raw_text: str | None = None  # text/caption as the bot sent it (before entity parsing)
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None  # inline keyboard (echoed by Telegram)
    reply_keyboard: list[list[str]] | None = None  # reply keyboard texts sent with it
    # forum topic id (None: the General topic), or the root of a reply thread in a supergroup
    thread_id: int | None = None
    kind: str = "text"  # text, photo, document, video, voice, sticker, contact, location, service
    deleted: bool = False
    edit_date: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # photo/document/contact payloads
    reply_to_message_id: int | None = None
    protected: bool = False  # sent with protect_content: can't be forwarded
    origin: dict[str, Any] | None = None  # forward_origin of a forwarded message
    history: list[str] = field(default_factory=list)  # earlier texts, oldest first

    @property
    def buttons(self) -> list[str]:
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            return [b["text"] for row in self.reply_markup["inline_keyboard"] for b in row]
        if self.reply_keyboard:
            return [text for row in self.reply_keyboard for text in row]
        return []


@dataclass
class Topic:
    """A forum topic; its id is the id of the service message that created it."""

    thread_id: int
    name: str
    icon_color: int
    creator_id: int
    icon_custom_emoji_id: str | None = None
    closed: bool = False
    deleted: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_thread_id": self.thread_id,
            "name": self.name,
            "icon_color": self.icon_color,
        }
        if self.icon_custom_emoji_id:
            data["icon_custom_emoji_id"] = self.icon_custom_emoji_id
        return data


@dataclass
class Chat:
    id: int
    type: str  # private, group, supergroup
    title: str | None = None
    user: User | None = None  # the other side of a private chat
    members: dict[int, User] = field(default_factory=dict)
    owner_id: int | None = None
    admins: dict[int, dict[str, bool]] = field(default_factory=dict)  # user id -> rights
    banned: set[int] = field(default_factory=set)
    is_forum: bool = False
    topics: dict[int, Topic] = field(default_factory=dict)
    migrated_to: int | None = None
    bot_status: str = "member"  # member, administrator, left, kicked
    bot_rights: dict[str, bool] = field(default_factory=dict)  # while bot_status is administrator
    pinned: list[int] = field(default_factory=list)  # pinned message ids, latest last
    reply_keyboard: list[list[str]] | None = None
    next_message_id: int = 1
    messages: list[SentMessage] = field(default_factory=list)

    def user_can(self, user_id: int, right: str) -> bool:
        """The chat's owner can do everything, an administrator what its rights say."""
        if user_id == self.owner_id:
            return True
        return self.admins.get(user_id, {}).get(right, False)

    def effective_bot_rights(self) -> dict[str, bool]:
        if self.bot_status != "administrator":
            return {}
        return self.bot_rights or admin_rights(self.type)

    def bot_can(self, right: str) -> bool:
        return self.effective_bot_rights().get(right, False)

    def live_topic(self, thread_id: int | None) -> Topic | None:
        topic = self.topics.get(thread_id) if thread_id is not None else None
        return topic if topic is not None and not topic.deleted else None

    def to_api(self) -> dict[str, Any]:
        if self.type == "private" and self.user is not None:
            data: dict[str, Any] = {"id": self.id, "type": "private"}
            data["first_name"] = self.user.first_name
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
            return data
        data = {"id": self.id, "type": self.type, "title": self.title or ""}
        if self.is_forum:
            data["is_forum"] = True
        return data

    def find(self, message_id: int) -> SentMessage | None:
        for message in self.messages:
            if message.message_id == message_id:
                return message
        return None


@dataclass
class CallbackAnswer:
    callback_query_id: str
    user_id: int
    data: str | None
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None


@dataclass
class RecordedRequest:
    method: str
    params: dict[str, Any]
    time: float
    bot_id: int
    error_code: int | None = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_code is None


@dataclass
class Fault:
    error_code: int
    description: str
    retry_after: int | None
    count: int


CommandKey = tuple[str, int | None, int | None, str]


@dataclass
class BotState:
    id: int
    token: str | None
    user: User
    updates: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 1
    allowed_updates: list[str] | None = None
    webhook_url: str = ""
    webhook_secret: str | None = None
    webhook_task: asyncio.Task[None] | None = None
    last_error: str | None = None
    last_error_date: int | None = None
    poll_generation: int = 0
    # (scope type, chat id, user id, language code) -> commands, as setMyCommands stored them
    commands: dict[CommandKey, list[dict[str, str]]] = field(default_factory=dict)
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)
