"""Forum topics: the Bot API methods and the topic rules shared with the simulated people.

Behaviour follows Telegram's Bot API server and TDLib (ForumTopicManager): a topic's id is the
id of its `forum_topic_created` service message, the General topic (id 1) is addressed by
sending without `message_thread_id`, and a closed topic takes messages only from its creator
and administrators with `can_manage_topics`.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

from bot.emulator.errors import bad_request
from bot.emulator.models import (
    TOPIC_ICON_COLORS,
    TOPIC_NAME_LIMIT,
    BotState,
    Chat,
    SentMessage,
    Topic,
    User,
)

# getForumTopicIconStickers: a small fixed set (Telegram's list is longer and changes).
TOPIC_ICON_STICKERS: tuple[tuple[str, str], ...] = (
    ("5312536423851630001", "📰"),
    ("5377544228505134960", "💡"),
    ("5420216386448270341", "⚡️"),
    ("5433614043006903194", "🎙"),
    ("5350305691942788490", "🔥"),
    ("5309832892262654231", "🤝"),
)
TOPIC_ICON_EMOJI_IDS = frozenset(emoji_id for emoji_id, _ in TOPIC_ICON_STICKERS)


def clean_topic_name(name: str) -> str:
    """Like TDLib's clean_name: whitespace runs become one space, trimmed, cut to 128."""
    return re.sub(r"\s+", " ", name).strip()[:TOPIC_NAME_LIMIT]


def can_post_in_topic(chat: Chat, topic: Topic, user_id: int, is_bot: bool) -> bool:
    """A closed topic takes messages from its creator and admins with can_manage_topics."""
    if not topic.closed or topic.creator_id == user_id:
        return True
    if is_bot:
        return chat.bot_can("can_manage_topics")
    return chat.user_can(user_id, "can_manage_topics")


class ForumMethods:
    """Mixed into `Emulator`: createForumTopic & co."""

    if TYPE_CHECKING:
        _sent: asyncio.Event

        def _chat_for_send(self, params: dict[str, Any]) -> Chat: ...
        def _post_service(
            self,
            chat: Chat,
            sender: User,
            from_bot: bool,
            thread_id: int | None,
            extra: dict[str, Any],
        ) -> SentMessage: ...

    # ------------------------------------------------------------------ shared with the client

    def _open_topic(
        self,
        chat: Chat,
        creator: User,
        from_bot: bool,
        name: str,
        icon_color: int,
        icon_custom_emoji_id: str | None,
    ) -> Topic:
        """Post the forum_topic_created service message; its id becomes the topic's id."""
        created: dict[str, Any] = {"name": name, "icon_color": icon_color}
        if icon_custom_emoji_id:
            created["icon_custom_emoji_id"] = icon_custom_emoji_id
        thread_id = chat.next_message_id
        topic = Topic(
            thread_id=thread_id,
            name=name,
            icon_color=icon_color,
            creator_id=creator.id,
            icon_custom_emoji_id=icon_custom_emoji_id,
        )
        chat.topics[thread_id] = topic
        self._post_service(chat, creator, from_bot, thread_id, {"forum_topic_created": created})
        return topic

    def _set_topic_closed(
        self, chat: Chat, topic: Topic, closed: bool, by: User, from_bot: bool
    ) -> None:
        topic.closed = closed
        key = "forum_topic_closed" if closed else "forum_topic_reopened"
        self._post_service(chat, by, from_bot, topic.thread_id, {key: {}})

    def _edit_topic(
        self,
        chat: Chat,
        topic: Topic,
        by: User,
        from_bot: bool,
        name: str | None,
        icon_custom_emoji_id: str | None,
    ) -> None:
        """name None: unchanged; icon_custom_emoji_id None: unchanged, "": removed."""
        edited: dict[str, Any] = {}
        if name is not None:
            topic.name = edited["name"] = name
        if icon_custom_emoji_id is not None:
            topic.icon_custom_emoji_id = icon_custom_emoji_id or None
            edited["icon_custom_emoji_id"] = icon_custom_emoji_id
        self._post_service(chat, by, from_bot, topic.thread_id, {"forum_topic_edited": edited})

    def _delete_topic(self, chat: Chat, topic: Topic) -> None:
        """All the topic's messages go with it; Telegram sends bots no update about it."""
        topic.deleted = True
        for message in chat.messages:
            if message.thread_id == topic.thread_id:
                message.deleted = True
        self._sent.set()

    # ------------------------------------------------------------------ Bot API methods

    def _forum_chat(self, p: dict[str, Any]) -> Chat:
        chat = self._chat_for_send(p)
        if not chat.is_forum:
            raise bad_request("the chat is not a forum")
        return chat

    @staticmethod
    def _managed_topic(chat: Chat, p: dict[str, Any]) -> Topic:
        thread_id = p.get("message_thread_id")
        if not isinstance(thread_id, int) or thread_id <= 0:
            raise bad_request("invalid forum topic identifier specified")
        topic = chat.live_topic(thread_id)
        if topic is None:
            raise bad_request("TOPIC_ID_INVALID")
        return topic

    @staticmethod
    def _topic_name(p: dict[str, Any]) -> str | None:
        raw = p.get("name")
        if raw is None or raw == "":
            return None
        name = clean_topic_name(str(raw))
        if not name:
            raise bad_request("title must be non-empty")
        return name

    @staticmethod
    def _topic_emoji(p: dict[str, Any]) -> str | None:
        if "icon_custom_emoji_id" not in p:
            return None
        emoji = str(p.get("icon_custom_emoji_id") or "")
        if emoji and emoji not in TOPIC_ICON_EMOJI_IDS:
            # Unverified: Telegram's text for an emoji outside getForumTopicIconStickers.
            raise bad_request("invalid custom emoji identifier specified")
        return emoji

    async def _m_createforumtopic(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._forum_chat(p)
        if not chat.bot_can("can_manage_topics"):
            raise bad_request("not enough rights to create a topic")
        name = self._topic_name(p)
        if name is None:
            raise bad_request("title must be non-empty")
        color = p.get("icon_color") or TOPIC_ICON_COLORS[0]
        if color not in TOPIC_ICON_COLORS:
            # TDLib's text for colours outside 0..0xFFFFFF; Telegram's answer for the other
            # colours outside its six is undocumented, so the emulator refuses them the same way.
            raise bad_request("invalid icon color specified")
        emoji = self._topic_emoji(p) or None
        topic = self._open_topic(chat, bot.user, True, name, int(color), emoji)
        return topic.to_api()

    async def _m_editforumtopic(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._forum_chat(p)
        topic = self._managed_topic(chat, p)
        if not chat.bot_can("can_manage_topics") and topic.creator_id != bot.id:
            raise bad_request("not enough rights to edit the topic")
        name = self._topic_name(p)
        emoji = self._topic_emoji(p)
        if name is None and emoji is None:
            return True  # TDLib answers an edit of nothing without asking Telegram
        if (name is None or name == topic.name) and (
            emoji is None or (emoji or None) == topic.icon_custom_emoji_id
        ):
            raise bad_request("TOPIC_NOT_MODIFIED")
        self._edit_topic(chat, topic, bot.user, True, name, emoji)
        return True

    async def _toggle_closed(self, bot: BotState, p: dict[str, Any], closed: bool) -> Any:
        chat = self._forum_chat(p)
        topic = self._managed_topic(chat, p)
        if not chat.bot_can("can_manage_topics") and topic.creator_id != bot.id:
            raise bad_request("not enough rights to close or open the topic")
        if topic.closed == closed:
            raise bad_request("TOPIC_NOT_MODIFIED")
        self._set_topic_closed(chat, topic, closed, bot.user, True)
        return True

    async def _m_closeforumtopic(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._toggle_closed(bot, p, True)

    async def _m_reopenforumtopic(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._toggle_closed(bot, p, False)

    async def _m_deleteforumtopic(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._forum_chat(p)
        topic = self._managed_topic(chat, p)
        # The Bot API docs: can_delete_messages, with no exemption for the topic's creator.
        if not chat.bot_can("can_delete_messages"):
            raise bad_request("not enough rights to delete the topic")
        self._delete_topic(chat, topic)
        return True

    async def _m_unpinallforumtopicmessages(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._forum_chat(p)
        topic = self._managed_topic(chat, p)
        if not chat.bot_can("can_pin_messages"):
            raise bad_request("not enough rights to manage pinned messages in the chat")
        in_topic = {m.message_id for m in chat.messages if m.thread_id == topic.thread_id}
        chat.pinned = [mid for mid in chat.pinned if mid not in in_topic]
        return True

    async def _m_getforumtopiciconstickers(self, bot: BotState, p: dict[str, Any]) -> Any:
        return [
            {
                "file_id": f"topic-icon-{emoji_id}",
                "file_unique_id": f"ti{emoji_id[-8:]}",
                "type": "custom_emoji",
                "width": 512,
                "height": 512,
                "is_animated": True,
                "is_video": False,
                "emoji": emoji,
                "set_name": "Topics",
                "custom_emoji_id": emoji_id,
                "file_size": 4096,
            }
            for emoji_id, emoji in TOPIC_ICON_STICKERS
        ]
