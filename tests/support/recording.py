"""A BaseSession that answers like Telegram without a network and records every request."""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    CreateForumTopic,
    DeleteMessage,
    EditMessageReplyMarkup,
    EditMessageText,
    GetChat,
    GetChatMember,
    GetFile,
    GetForumTopicIconStickers,
    GetMe,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import (
    AcceptedGiftTypes,
    Chat,
    ChatFullInfo,
    ChatMemberLeft,
    ChatMemberMember,
    File,
    ForumTopic,
    InlineKeyboardMarkup,
    Message,
    MessageId,
    Sticker,
    User,
)

BOT_ID = 42


class RecordingSession(BaseSession):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[TelegramMethod[Any]] = []
        self._message_ids = itertools.count(1000)
        self._faults: list[tuple[Callable[[TelegramMethod[Any]], bool], Exception]] = []
        # file_id -> content a test "uploaded": served by GetFile + stream_content.
        self.files: dict[str, bytes] = {}
        # Chats whose getChat says is_forum, users whose getChatMember says "left", and the
        # topic icons getForumTopicIconStickers offers (emoji -> custom emoji id).
        self.forums: set[int] = set()
        self.non_members: set[int] = set()
        self.icons: dict[str, str] = {"🔥": "5350305691942788490", "🤝": "5309832892262654231"}

    def fail_once(self, matches: Callable[[TelegramMethod[Any]], bool], error: Exception) -> None:
        """The next request that `matches` raises `error` (as Telegram's answer would)."""
        self._faults.append((matches, error))

    async def close(self) -> None:
        return None

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        for index, (matches, error) in enumerate(self._faults):
            if matches(method):
                del self._faults[index]
                raise error
        self.requests.append(method)
        if isinstance(method, GetMe):
            return User(id=BOT_ID, is_bot=True, first_name="Lead bot", username="leadbot")  # type: ignore[return-value]
        if isinstance(method, SendMessage):
            return Message(  # type: ignore[return-value]
                message_id=next(self._message_ids),
                date=int(time.time()),
                chat=Chat(id=int(method.chat_id), type="private"),
                from_user=User(id=BOT_ID, is_bot=True, first_name="Lead bot"),
                text=method.text,
                # Like Telegram: only inline keyboards come back on the message.
                reply_markup=(
                    method.reply_markup
                    if isinstance(method.reply_markup, InlineKeyboardMarkup)
                    else None
                ),
            )
        if isinstance(method, GetChat):
            return ChatFullInfo(  # type: ignore[return-value]
                id=int(method.chat_id),
                type="supergroup" if int(method.chat_id) < 0 else "private",
                is_forum=int(method.chat_id) in self.forums or None,
                accent_color_id=0,
                max_reaction_count=11,
                accepted_gift_types=AcceptedGiftTypes(
                    unlimited_gifts=False,
                    limited_gifts=False,
                    unique_gifts=False,
                    premium_subscription=False,
                    gifts_from_channels=False,
                ),
            )
        if isinstance(method, CreateForumTopic):
            return ForumTopic(  # type: ignore[return-value]
                message_thread_id=next(self._message_ids),
                name=method.name,
                icon_color=method.icon_color or 0x6FB9F0,
                icon_custom_emoji_id=method.icon_custom_emoji_id,
            )
        if isinstance(method, CopyMessage):
            return MessageId(message_id=next(self._message_ids))  # type: ignore[return-value]
        if isinstance(method, GetChatMember):
            user = User(id=method.user_id, is_bot=False, first_name="Rep")
            if method.user_id in self.non_members:
                return ChatMemberLeft(user=user)  # type: ignore[return-value]
            return ChatMemberMember(user=user)  # type: ignore[return-value]
        if isinstance(method, GetForumTopicIconStickers):
            return [  # type: ignore[return-value]
                Sticker(file_id=f"icon-{i}", file_unique_id=f"i{i}", type="custom_emoji",
                        width=512, height=512, is_animated=False, is_video=False, emoji=e,
                        custom_emoji_id=i)
                for e, i in self.icons.items()
            ]  # fmt: skip
        if isinstance(method, GetFile):
            return File(  # type: ignore[return-value]
                file_id=method.file_id,
                file_unique_id=method.file_id,
                file_size=len(self.files.get(method.file_id, b"")),
                file_path=f"documents/{method.file_id}",
            )
        if isinstance(method, EditMessageText):
            return True  # type: ignore[return-value]
        if isinstance(method, EditMessageReplyMarkup | AnswerCallbackQuery | DeleteMessage):
            return True  # type: ignore[return-value]
        return True  # type: ignore[return-value]

    async def stream_content(
        self, url: str, *args: Any, **kwargs: Any
    ) -> AsyncGenerator[bytes, None]:
        yield self.files.get(url.rsplit("/", 1)[-1], b"")

    def sent(self, method_type: type = SendMessage) -> list[Any]:
        return [r for r in self.requests if isinstance(r, method_type)]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [
            m.text for m in self.sent(SendMessage) if chat_id is None or int(m.chat_id) == chat_id
        ]

    def clear(self) -> None:
        self.requests.clear()
