"""In-memory state of the Bot API emulator: users, chats, messages, queued updates."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any


def now() -> int:
    return int(time.time())


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
    thread_id: int | None = None
    kind: str = "text"  # text, photo, document, contact, sticker, voice, service
    deleted: bool = False
    edit_date: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # photo/document/contact payloads
    reply_to_message_id: int | None = None
    history: list[str] = field(default_factory=list)  # earlier texts, oldest first

    @property
    def buttons(self) -> list[str]:
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            return [b["text"] for row in self.reply_markup["inline_keyboard"] for b in row]
        if self.reply_keyboard:
            return [text for row in self.reply_keyboard for text in row]
        return []


@dataclass
class Chat:
    id: int
    type: str  # private, group, supergroup
    title: str | None = None
    user: User | None = None  # the other side of a private chat
    members: dict[int, User] = field(default_factory=dict)
    owner_id: int | None = None
    admins: set[int] = field(default_factory=set)
    is_forum: bool = False
    closed_threads: set[int] = field(default_factory=set)
    migrated_to: int | None = None
    bot_status: str = "member"  # member, administrator, left, kicked
    reply_keyboard: list[list[str]] | None = None
    next_message_id: int = 1
    messages: list[SentMessage] = field(default_factory=list)

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
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)
