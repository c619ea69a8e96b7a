"""The simulated-people side of the emulator: users and sales reps acting, and what they see.

Mixed into `Emulator`; runs in-process (no HTTP). Actions are plain methods that queue updates
for the bot; waiting for the bot's answers is async (`wait_for_messages`, `wait_idle`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.emulator.entities import command_entities
from bot.emulator.forum import can_post_in_topic, clean_topic_name
from bot.emulator.models import (
    GENERAL_TOPIC_ID,
    TOPIC_ICON_COLORS,
    BotState,
    CallbackAnswer,
    Chat,
    Fault,
    RecordedRequest,
    SentMessage,
    Topic,
    User,
    admin_rights,
    now,
)

ChatRef = int | Chat | User
MessageRef = SentMessage | int


def _chat_id(chat: ChatRef) -> int:
    return chat if isinstance(chat, int) else chat.id


class EmulatorClient:
    if TYPE_CHECKING:
        bot_username: str
        bot_first_name: str
        bots: dict[int, BotState]
        users: dict[int, User]
        chats: dict[int, Chat]
        blocked: set[int]
        callback_queries: dict[str, dict[str, Any]]
        callback_answers: list[CallbackAnswer]
        requests: list[RecordedRequest]
        faults: dict[str, list[Fault]]
        delays: dict[str, float]
        _sent: asyncio.Event

        def next_id(self) -> int: ...
        def message_api(self, msg: SentMessage, with_reply: bool = True) -> dict[str, Any]: ...
        def member_api(
            self, status: str, user: User, rights: dict[str, bool] | None = None
        ) -> dict[str, Any]: ...
        def queue_update(
            self, bot: BotState, kind: str, payload: dict[str, Any]
        ) -> dict[str, Any]: ...
        def _open_topic(
            self,
            chat: Chat,
            creator: User,
            from_bot: bool,
            name: str,
            icon_color: int,
            icon_custom_emoji_id: str | None,
        ) -> Topic: ...
        def _set_topic_closed(
            self, chat: Chat, topic: Topic, closed: bool, by: User, from_bot: bool
        ) -> None: ...
        def _edit_topic(
            self,
            chat: Chat,
            topic: Topic,
            by: User,
            from_bot: bool,
            name: str | None,
            icon_custom_emoji_id: str | None,
        ) -> None: ...
        def _delete_topic(self, chat: Chat, topic: Topic) -> None: ...
        @staticmethod
        def menu_for(
            bot: BotState, user: User, chat: Chat | None, is_admin: bool
        ) -> list[dict[str, str]]: ...

    _next_user_id = 700_000_001
    _next_group_id = 4_000_000_001

    # ------------------------------------------------------------------ faults

    def fail_next(
        self,
        method: str,
        error_code: int = 400,
        description: str | None = None,
        retry_after: int | None = None,
        count: int = 1,
    ) -> None:
        """The next `count` calls of `method` answer with this error (429: retry_after)."""
        if description is None:
            if error_code == 429:
                retry_after = retry_after or 1
                description = f"Too Many Requests: retry after {retry_after}"
            elif error_code >= 500:
                description = "Internal Server Error"
            else:
                description = "Bad Request: injected error"
        self.faults.setdefault(method.lower(), []).append(
            Fault(error_code, description, retry_after, count)
        )

    def delay(self, method: str, seconds: float) -> None:
        """Answer every later call of `method` after `seconds` (0 switches it off)."""
        self.delays[method.lower()] = seconds

    def clear_faults(self) -> None:
        self.faults.clear()
        self.delays.clear()

    # ------------------------------------------------------------------ people and chats

    def add_user(
        self,
        first_name: str = "Ivan",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "ru",
        user_id: int | None = None,
    ) -> User:
        if user_id is None:
            user_id = EmulatorClient._next_user_id
            EmulatorClient._next_user_id += 1
        user = User(user_id, first_name, last_name, username, language_code)
        self.users[user.id] = user
        return user

    def private_chat(self, user: User) -> Chat:
        chat = self.chats.get(user.id)
        if chat is None:
            chat = Chat(id=user.id, type="private", user=user)
            self.chats[user.id] = chat
        return chat

    def bot(self) -> BotState:
        """The bot the simulated people talk to (a placeholder until the bot first calls)."""
        if not self.bots:
            self.bots[0] = BotState(
                id=0,
                token=None,
                user=User(0, self.bot_first_name, username=self.bot_username, is_bot=True),
            )
        return next(iter(self.bots.values()))

    def chat(self, chat: ChatRef) -> Chat:
        return self.chats[_chat_id(chat)]

    def _post_service(
        self,
        chat: Chat,
        sender: User,
        from_bot: bool,
        thread_id: int | None,
        extra: dict[str, Any],
    ) -> SentMessage:
        """A service message in the chat, delivered to the bot even when the bot caused it
        (Telegram's Bot API server does not skip its own topic and pin service messages)."""
        msg = SentMessage(
            message_id=chat.next_message_id,
            chat_id=chat.id,
            date=now(),
            sender=sender,
            from_bot=from_bot,
            kind="service",
            extra=extra,
            thread_id=thread_id,
        )
        chat.next_message_id += 1
        chat.messages.append(msg)
        self.queue_update(self.bot(), "message", self.message_api(msg))
        self._sent.set()
        return msg

    def _resolve_reply(self, chat: Chat, reply_to: MessageRef | None) -> SentMessage | None:
        if reply_to is None:
            return None
        message_id = reply_to if isinstance(reply_to, int) else reply_to.message_id
        if isinstance(reply_to, SentMessage) and reply_to.chat_id != chat.id:
            raise RuntimeError(f"message {message_id} is not in chat {chat.id}")
        replied = chat.find(message_id)
        if replied is None or replied.deleted:
            raise RuntimeError(f"message {message_id} to reply to is not in chat {chat.id}")
        return replied

    def _user_thread(
        self, chat: Chat, user: User, thread_id: int | None, replied: SentMessage | None
    ) -> int | None:
        """Where a person's message lands, with the checks Telegram's apps make first."""
        if thread_id == GENERAL_TOPIC_ID and chat.is_forum:
            thread_id = None
        if not chat.is_forum:
            if thread_id is not None:
                raise RuntimeError(f"chat {chat.id} is not a forum: no thread_id")
            if chat.type == "supergroup" and replied is not None:
                return replied.thread_id or replied.message_id
            return None
        if thread_id is None:
            thread_id = replied.thread_id if replied is not None else None
        elif replied is not None and replied.thread_id != thread_id:
            raise RuntimeError(f"message {replied.message_id} is not in topic {thread_id}")
        if thread_id is None:
            return None
        topic = chat.live_topic(thread_id)
        if topic is None:
            raise RuntimeError(f"no topic {thread_id} in chat {chat.id}")
        if not can_post_in_topic(chat, topic, user.id, is_bot=False):
            raise RuntimeError(f"topic {thread_id} is closed; only its creator and admins post")
        return thread_id

    def _user_message(
        self,
        chat: Chat,
        user: User,
        kind: str = "text",
        text: str | None = None,
        extra: dict[str, Any] | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
        update_kind: str = "message",
    ) -> SentMessage:
        if chat.type == "private" and chat.id in self.blocked:
            raise RuntimeError(f"user {user.id} has blocked the bot; unblock() first")
        if chat.type != "private" and user.id not in chat.members:
            raise RuntimeError(f"user {user.id} is not a member of chat {chat.id}")
        replied = self._resolve_reply(chat, reply_to)
        msg = SentMessage(
            message_id=chat.next_message_id,
            chat_id=chat.id,
            date=now(),
            sender=user,
            from_bot=False,
            text=text if kind == "text" else None,
            caption=text if kind != "text" else None,
            raw_text=text,
            entities=command_entities(text) if kind == "text" and text else [],
            kind=kind,
            extra=extra or {},
            thread_id=self._user_thread(chat, user, thread_id, replied),
            reply_to_message_id=replied.message_id if replied else None,
        )
        chat.next_message_id += 1
        chat.messages.append(msg)
        self.queue_update(self.bot(), update_kind, self.message_api(msg))
        return msg

    def _where(self, user: User, chat: ChatRef | None) -> Chat:
        return self.private_chat(user) if chat is None else self.chat(chat)

    def send_text(self, user: User, text: str, reply_to: MessageRef | None = None) -> SentMessage:
        """The user writes `text` to the bot in private (/commands get bot_command entities).

        `reply_to`: a message of the chat (or its id) the user replies to; the bot gets it as
        `reply_to_message`.
        """
        return self._user_message(self.private_chat(user), user, text=text, reply_to=reply_to)

    def send_command(self, user: User, command: str, payload: str | None = None) -> SentMessage:
        command = command if command.startswith("/") else f"/{command}"
        return self.send_text(user, f"{command} {payload}" if payload else command)

    # Media from people. Each takes `chat` (default: the user's private chat with the bot),
    # `thread_id` (a forum topic) and `reply_to`, like `group_text`.

    def share_contact(
        self,
        user: User,
        phone_number: str,
        own: bool = True,
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        contact: dict[str, Any] = {"phone_number": phone_number, "first_name": user.first_name}
        if user.last_name:
            contact["last_name"] = user.last_name
        if own:
            contact["user_id"] = user.id
        return self._user_message(
            self._where(user, chat),
            user,
            kind="contact",
            extra={"contact": contact},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def send_sticker(
        self,
        user: User,
        emoji: str = "👍",
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        n = self.next_id()
        sticker = {
            "file_id": f"sticker-emu-{n}",
            "file_unique_id": f"st{n}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._user_message(
            self._where(user, chat),
            user,
            kind="sticker",
            extra={"sticker": sticker},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def send_photo(
        self,
        user: User,
        caption: str | None = None,
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        n = self.next_id()
        photo = [
            {"file_id": f"photo-emu-{n}", "file_unique_id": f"ph{n}", "width": 800, "height": 600}
        ]
        return self._user_message(
            self._where(user, chat),
            user,
            kind="photo",
            text=caption,
            extra={"photo": photo},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def send_document(
        self,
        user: User,
        file_name: str = "brief.pdf",
        caption: str | None = None,
        mime_type: str = "application/pdf",
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        n = self.next_id()
        document = {
            "file_id": f"document-emu-{n}",
            "file_unique_id": f"dc{n}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": 20_480,
        }
        return self._user_message(
            self._where(user, chat),
            user,
            kind="document",
            text=caption,
            extra={"document": document},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def send_voice(
        self,
        user: User,
        duration: int = 3,
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        n = self.next_id()
        voice = {
            "file_id": f"voice-emu-{n}",
            "file_unique_id": f"vo{n}",
            "duration": duration,
            "mime_type": "audio/ogg",
        }
        return self._user_message(
            self._where(user, chat),
            user,
            kind="voice",
            extra={"voice": voice},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def send_video(
        self,
        user: User,
        caption: str | None = None,
        duration: int = 5,
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        n = self.next_id()
        video = {
            "file_id": f"video-emu-{n}",
            "file_unique_id": f"vi{n}",
            "width": 1280,
            "height": 720,
            "duration": duration,
            "mime_type": "video/mp4",
        }
        return self._user_message(
            self._where(user, chat),
            user,
            kind="video",
            text=caption,
            extra={"video": video},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def send_location(
        self,
        user: User,
        latitude: float = 55.7558,
        longitude: float = 37.6173,
        *,
        chat: ChatRef | None = None,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        return self._user_message(
            self._where(user, chat),
            user,
            kind="location",
            extra={"location": {"latitude": latitude, "longitude": longitude}},
            thread_id=thread_id,
            reply_to=reply_to,
        )

    def edit_text(self, user: User, message: SentMessage, new_text: str) -> SentMessage:
        """The user edits their own message: an edited_message update."""
        if message.from_bot or message.sender.id != user.id:
            raise RuntimeError("users can only edit their own messages")
        if message.text is not None:
            message.history.append(message.text)
        message.text = message.raw_text = new_text
        message.entities = command_entities(new_text)
        message.edit_date = now()
        self.queue_update(self.bot(), "edited_message", self.message_api(message))
        return message

    def group_text(
        self,
        chat: ChatRef,
        user: User,
        text: str,
        thread_id: int | None = None,
        reply_to: MessageRef | None = None,
    ) -> SentMessage:
        """A member writes in a group, or in a forum topic (`thread_id`; None or 1: General).

        A reply without `thread_id` lands in the replied message's topic, as in Telegram's apps.
        """
        return self._user_message(
            self.chat(chat), user, text=text, thread_id=thread_id, reply_to=reply_to
        )

    def press(self, user: User, message: SentMessage | int, button: str) -> str:
        """Press an inline button (by callback_data or by text): a callback_query update.

        Returns the callback query id; the bot's answer shows up in `callback_answers`.
        """
        if isinstance(message, int):
            raise TypeError("pass the SentMessage (from messages()/last_message())")
        chat = self.chats[message.chat_id]
        current = chat.find(message.message_id)
        if current is None or current.deleted:
            raise RuntimeError(f"message {message.message_id} was deleted")
        if chat.type == "private" and user.id != chat.id:
            raise RuntimeError("only the chat's user can press buttons in a private chat")
        if chat.type != "private" and user.id not in chat.members:
            raise RuntimeError(f"user {user.id} is not a member of chat {chat.id}")
        rows = (current.reply_markup or {}).get("inline_keyboard", [])
        found = None
        for row in rows:
            for b in row:
                if b.get("callback_data") == button or b.get("text") == button:
                    found = b
                    break
            if found:
                break
        if found is None or found.get("callback_data") is None:
            raise LookupError(
                f"no callback button {button!r}; buttons: {[b for r in rows for b in r]}"
            )
        query_id = str(8_000_000_000_000 + self.next_id())
        data = found["callback_data"]
        self.callback_queries[query_id] = {
            "user_id": user.id,
            "data": data,
            "answered": False,
            "chat_id": chat.id,
            "message_id": current.message_id,
        }
        payload = {
            "id": query_id,
            "from": user.to_api(),
            "message": self.message_api(current),
            "chat_instance": str(abs(hash((chat.id, "instance")))),
            "data": data,
        }
        self.queue_update(self.bot(), "callback_query", payload)
        return query_id

    def _bot_member_update(
        self,
        chat: Chat,
        by: User,
        old: str,
        new: str,
        old_rights: dict[str, bool] | None = None,
    ) -> None:
        bot = self.bot()
        new_rights = chat.effective_bot_rights() if new == "administrator" else None
        self.queue_update(
            bot,
            "my_chat_member",
            {
                "chat": chat.to_api(),
                "from": by.to_api(),
                "date": now(),
                "old_chat_member": self.member_api(old, bot.user, old_rights),
                "new_chat_member": self.member_api(new, bot.user, new_rights),
            },
        )

    def _member_update(
        self, chat: Chat, by: User, user: User, old: tuple[str, Any], new: tuple[str, Any]
    ) -> None:
        """chat_member: delivered only to a bot that asks for it in allowed_updates."""
        self.queue_update(
            self.bot(),
            "chat_member",
            {
                "chat": chat.to_api(),
                "from": by.to_api(),
                "date": now(),
                "old_chat_member": self.member_api(old[0], user, old[1]),
                "new_chat_member": self.member_api(new[0], user, new[1]),
            },
        )

    def block(self, user: User) -> None:
        """The user blocks the bot: sends to them get 403; my_chat_member member -> kicked."""
        chat = self.private_chat(user)
        if user.id not in self.blocked:
            self.blocked.add(user.id)
            self._bot_member_update(chat, user, "member", "kicked")

    def unblock(self, user: User) -> None:
        chat = self.private_chat(user)
        if user.id in self.blocked:
            self.blocked.discard(user.id)
            self._bot_member_update(chat, user, "kicked", "member")

    def create_group(
        self,
        title: str,
        members: list[User],
        supergroup: bool = False,
        forum: bool = False,
        bot_admin: bool = False,
        owner: User | None = None,
        admins: list[User] | tuple[User, ...] = (),
        bot_rights: dict[str, bool] | None = None,
    ) -> Chat:
        """A group with these members (owner defaults to the first) that adds the bot.

        `admins` are promoted with the default rights (`promote` sets others); `bot_rights`
        makes the bot an administrator with the defaults overridden, e.g.
        `{"can_manage_topics": False}`.
        """
        gid = EmulatorClient._next_group_id
        EmulatorClient._next_group_id += 1
        supergroup = supergroup or forum
        bot_admin = bot_admin or bot_rights is not None
        chat = Chat(
            id=-(1_000_000_000_000 + gid) if supergroup else -gid,
            type="supergroup" if supergroup else "group",
            title=title,
            is_forum=forum,
            bot_status="administrator" if bot_admin else "member",
            # id 1 is the supergroup's creation message (so no topic ever gets General's id)
            next_message_id=2 if supergroup else 1,
        )
        if bot_admin:
            chat.bot_rights = admin_rights(chat.type, bot_rights)
        owner = owner or (members[0] if members else None)
        for user in [*members, *([owner] if owner else []), *admins]:
            self.users.setdefault(user.id, user)
            chat.members[user.id] = user
        chat.owner_id = owner.id if owner else None
        for admin in admins:
            if admin.id != chat.owner_id:
                chat.admins[admin.id] = admin_rights(chat.type)
        self.chats[chat.id] = chat
        if owner is not None:
            self._bot_member_update(chat, owner, "left", chat.bot_status)
        return chat

    def create_forum_group(
        self,
        title: str,
        members: list[User],
        *,
        owner: User | None = None,
        admins: list[User] | tuple[User, ...] = (),
        bot_admin: bool = True,
        bot_rights: dict[str, bool] | None = None,
    ) -> Chat:
        """A forum supergroup (topics on) where the bot is an administrator by default, with
        Telegram's default rights (`can_manage_topics` included) unless `bot_rights` overrides
        some, or a plain member with `bot_admin=False`."""
        return self.create_group(
            title,
            members,
            forum=True,
            bot_admin=bot_admin,
            owner=owner,
            admins=admins,
            bot_rights=bot_rights,
        )

    def _actor(self, chat: Chat, by: User | None) -> User:
        if by is not None:
            return by
        owner = chat.members.get(chat.owner_id or 0)
        if owner is None:
            raise RuntimeError(f"chat {chat.id} has no owner; pass by=")
        return owner

    def promote(self, chat: ChatRef, user: User, by: User | None = None, **rights: bool) -> None:
        """Make a member an administrator (the default rights, `rights` overriding some)."""
        group = self.chat(chat)
        if user.id not in group.members:
            raise RuntimeError(f"user {user.id} is not a member of chat {group.id}")
        if user.id == group.owner_id:
            raise RuntimeError("the owner's rights can't be changed")
        old = (
            ("administrator", group.admins[user.id])
            if user.id in group.admins
            else ("member", None)
        )
        group.admins[user.id] = admin_rights(group.type, rights)
        self._member_update(
            group, self._actor(group, by), user, old, ("administrator", group.admins[user.id])
        )

    def demote(self, chat: ChatRef, user: User, by: User | None = None) -> None:
        group = self.chat(chat)
        rights = group.admins.pop(user.id, None)
        if rights is not None:
            self._member_update(
                group, self._actor(group, by), user, ("administrator", rights), ("member", None)
            )

    def set_bot_rights(self, chat: ChatRef, by: User | None = None, **rights: bool) -> None:
        """Make the bot an administrator with these rights (the rest default): my_chat_member."""
        group = self.chat(chat)
        old_status, old_rights = group.bot_status, group.effective_bot_rights() or None
        group.bot_status = "administrator"
        group.bot_rights = admin_rights(group.type, rights)
        self._bot_member_update(
            group, self._actor(group, by), old_status, "administrator", old_rights
        )

    def demote_bot(self, chat: ChatRef, by: User | None = None) -> None:
        """The bot becomes a plain member again: my_chat_member administrator -> member."""
        group = self.chat(chat)
        if group.bot_status != "administrator":
            return
        old_rights = group.effective_bot_rights()
        group.bot_status, group.bot_rights = "member", {}
        self._bot_member_update(
            group, self._actor(group, by), "administrator", "member", old_rights
        )

    def migrate_group(self, chat: ChatRef) -> int:
        """Upgrade a group to a supergroup; the old id then answers 400 migrate_to_chat_id."""
        old = self.chat(chat)
        if old.type != "group":
            raise RuntimeError("only basic groups migrate")
        new = Chat(
            id=-(1_000_000_000_000 + abs(old.id)),
            type="supergroup",
            title=old.title,
            members=dict(old.members),
            owner_id=old.owner_id,
            admins={uid: admin_rights("supergroup", r) for uid, r in old.admins.items()},
            bot_status=old.bot_status,
        )
        if old.bot_status == "administrator":
            new.bot_rights = admin_rights("supergroup", old.bot_rights)
        self.chats[new.id] = new
        by = old.members.get(old.owner_id or 0) or next(iter(old.members.values()))
        self._user_message(old, by, kind="service", extra={"migrate_to_chat_id": new.id})
        old.migrated_to = new.id
        self._user_message(new, by, kind="service", extra={"migrate_from_chat_id": old.id})
        return new.id

    def remove_bot_from_group(self, chat: ChatRef, by: User | None = None) -> None:
        group = self.chat(chat)
        by = by or group.members.get(group.owner_id or 0) or next(iter(group.members.values()))
        old, old_rights = group.bot_status, group.effective_bot_rights() or None
        group.bot_status = "kicked" if group.type == "supergroup" else "left"
        group.bot_rights = {}
        self._bot_member_update(group, by, old, group.bot_status, old_rights)

    def add_member(self, chat: ChatRef, user: User) -> None:
        self.users.setdefault(user.id, user)
        group = self.chat(chat)
        group.banned.discard(user.id)
        group.members[user.id] = user

    def remove_member(self, chat: ChatRef, user: User, ban: bool = False) -> None:
        """The user leaves (getChatMember: left), or is banned with `ban` (kicked)."""
        group = self.chat(chat)
        group.members.pop(user.id, None)
        group.admins.pop(user.id, None)
        if ban:
            group.banned.add(user.id)

    # ------------------------------------------------------------------ forum topics

    def create_topic(
        self,
        chat: ChatRef,
        name: str,
        by: User | None = None,
        icon_color: int = TOPIC_ICON_COLORS[0],
        icon_custom_emoji_id: str | None = None,
    ) -> Topic:
        """A member (default: the owner) opens a topic; the bot gets forum_topic_created."""
        group = self.chat(chat)
        if not group.is_forum:
            raise RuntimeError(f"chat {group.id} is not a forum")
        creator = self._actor(group, by)
        if creator.id not in group.members:
            raise RuntimeError(f"user {creator.id} is not a member of chat {group.id}")
        clean = clean_topic_name(name)
        if not clean:
            raise ValueError("a topic needs a name")
        return self._open_topic(group, creator, False, clean, icon_color, icon_custom_emoji_id)

    def _managed(
        self, chat: ChatRef, thread_id: int, by: User | None, right: str
    ) -> tuple[Chat, Topic, User]:
        group = self.chat(chat)
        topic = group.live_topic(thread_id)
        if topic is None:
            raise RuntimeError(f"no topic {thread_id} in chat {group.id}")
        actor = self._actor(group, by)
        creator_may = right == "can_manage_topics" and topic.creator_id == actor.id
        if not creator_may and not group.user_can(actor.id, right):
            raise RuntimeError(f"user {actor.id} lacks {right} in chat {group.id}")
        return group, topic, actor

    def close_topic(self, chat: ChatRef, thread_id: int, by: User | None = None) -> None:
        """A person (default: the owner) closes the topic: only its creator and admins with
        can_manage_topics post there now; the bot gets forum_topic_closed."""
        group, topic, actor = self._managed(chat, thread_id, by, "can_manage_topics")
        if not topic.closed:
            self._set_topic_closed(group, topic, True, actor, False)

    def reopen_topic(self, chat: ChatRef, thread_id: int, by: User | None = None) -> None:
        group, topic, actor = self._managed(chat, thread_id, by, "can_manage_topics")
        if topic.closed:
            self._set_topic_closed(group, topic, False, actor, False)

    def rename_topic(
        self, chat: ChatRef, thread_id: int, name: str, by: User | None = None
    ) -> None:
        group, topic, actor = self._managed(chat, thread_id, by, "can_manage_topics")
        self._edit_topic(group, topic, actor, False, clean_topic_name(name), None)

    def delete_topic(self, chat: ChatRef, thread_id: int, by: User | None = None) -> None:
        """The topic and all its messages go; sends to it get "message thread not found"."""
        group, topic, _ = self._managed(chat, thread_id, by, "can_delete_messages")
        self._delete_topic(group, topic)

    def topics(self, chat: ChatRef, include_deleted: bool = False) -> list[Topic]:
        """The chat's forum topics, oldest first (General is not listed)."""
        group = self.chats.get(_chat_id(chat))
        if group is None:
            return []
        return [t for t in group.topics.values() if include_deleted or not t.deleted]

    def topic(self, chat: ChatRef, thread_id: int) -> Topic:
        return self.chat(chat).topics[thread_id]

    def topic_named(self, chat: ChatRef, name: str) -> Topic | None:
        """The newest live topic with this name, if any."""
        found = [t for t in self.topics(chat) if t.name == name]
        return found[-1] if found else None

    # ------------------------------------------------------------------ what people see

    def messages(self, chat: ChatRef, include_deleted: bool = True) -> list[SentMessage]:
        """What the bot sent to the chat, oldest first (current text after edits).

        Service messages the bot caused (a topic created, a pin) are not in it: see `history`.
        """
        found = self.chats.get(_chat_id(chat))
        if found is None:
            return []
        return [
            m
            for m in found.messages
            if m.from_bot and m.kind != "service" and (include_deleted or not m.deleted)
        ]

    def history(
        self, chat: ChatRef, include_deleted: bool = False, include_service: bool = True
    ) -> list[SentMessage]:
        """Everything in the chat, oldest first: people's, the bot's and service messages."""
        found = self.chats.get(_chat_id(chat))
        if found is None:
            return []
        return [
            m
            for m in found.messages
            if (include_deleted or not m.deleted) and (include_service or m.kind != "service")
        ]

    def messages_in_thread(
        self,
        chat: ChatRef,
        thread_id: int | None,
        include_service: bool = False,
        include_deleted: bool = False,
    ) -> list[SentMessage]:
        """A forum topic's messages from everyone, oldest first (thread_id None or 1: General).

        In other supergroups `thread_id` is the first message of a reply thread.
        """
        if thread_id == GENERAL_TOPIC_ID and self.chat(chat).is_forum:
            thread_id = None
        return [
            m
            for m in self.history(chat, include_deleted, include_service)
            if m.thread_id == thread_id
        ]

    def pinned(self, chat: ChatRef) -> list[SentMessage]:
        """Pinned messages that still exist, the most recently pinned last."""
        group = self.chat(chat)
        found = [group.find(mid) for mid in group.pinned]
        return [m for m in found if m is not None and not m.deleted]

    # ------------------------------------------------------------------ command menus

    def commands(
        self,
        scope: str = "default",
        language: str = "",
        *,
        chat: ChatRef | None = None,
        user: User | int | None = None,
    ) -> dict[str, str]:
        """command -> description as setMyCommands stored them for exactly this scope type
        ("default", "all_private_chats", "all_group_chats", "all_chat_administrators",
        "chat", "chat_administrators", "chat_member") and language ("" for none)."""
        chat_id = _chat_id(chat) if chat is not None else None
        user_id = user if isinstance(user, int) or user is None else user.id
        listed = self.bot().commands.get((scope, chat_id, user_id, language), [])
        return {c["command"]: c["description"] for c in listed}

    def all_commands(self) -> dict[tuple[str, int | None, int | None, str], dict[str, str]]:
        """Every stored list: (scope type, chat id, user id, language) -> commands."""
        return {
            key: {c["command"]: c["description"] for c in listed}
            for key, listed in self.bot().commands.items()
        }

    def command_menu(self, user: User, chat: ChatRef | None = None) -> dict[str, str]:
        """The menu this user sees in the chat (default: their private chat with the bot),
        resolved in the Bot API's order for the user's language_code."""
        group = self.chat(chat) if chat is not None else None
        is_admin = group is not None and (user.id == group.owner_id or user.id in group.admins)
        listed = self.menu_for(self.bot(), user, group, is_admin)
        return {c["command"]: c["description"] for c in listed}

    def last_message(self, chat: ChatRef) -> SentMessage | None:
        sent = self.messages(chat, include_deleted=False)
        return sent[-1] if sent else None

    def buttons(self, message: SentMessage) -> list[str]:
        """Inline button texts of the message, else the reply keyboard sent with it."""
        return message.buttons

    def keyboard(self, chat: ChatRef) -> list[str]:
        """The reply keyboard the user currently sees in the chat (Telegram keeps showing it)."""
        found = self.chats.get(_chat_id(chat))
        if found is None or not found.reply_keyboard:
            return []
        return [text for row in found.reply_keyboard for text in row]

    def pending_updates(self) -> list[dict[str, Any]]:
        return list(self.bot().updates)

    def calls(self, method: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method.lower() == method.lower()]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10) -> None:
        """Wait until predicate() holds, re-checking whenever the bot sends/edits/answers."""
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("condition not reached in time")
            self._sent.clear()
            try:
                await asyncio.wait_for(self._sent.wait(), min(remaining, 0.5))
            except TimeoutError:
                pass

    async def wait_for_messages(
        self, chat: ChatRef, count: int, timeout: float = 10
    ) -> list[SentMessage]:
        """Wait until the bot has sent at least `count` messages to the chat; return them."""
        try:
            await self.wait_until(lambda: len(self.messages(chat)) >= count, timeout)
        except TimeoutError:
            texts = [m.text or m.caption for m in self.messages(chat)]
            raise TimeoutError(
                f"bot sent {len(texts)} of {count} messages to {_chat_id(chat)}: {texts}"
            ) from None
        return self.messages(chat)

    async def wait_for_topic(
        self, chat: ChatRef, name: str | None = None, timeout: float = 10
    ) -> Topic:
        """Wait until the chat has a live topic (named `name`, if given); return the newest."""

        def found() -> Topic | None:
            live = [t for t in self.topics(chat) if name is None or t.name == name]
            return live[-1] if live else None

        try:
            await self.wait_until(lambda: found() is not None, timeout)
        except TimeoutError:
            names = [t.name for t in self.topics(chat)]
            raise TimeoutError(f"no topic {name!r} in {_chat_id(chat)}; topics: {names}") from None
        topic = found()
        assert topic is not None
        return topic

    async def wait_for_answer(self, query_id: str, timeout: float = 10) -> CallbackAnswer:
        def answered() -> bool:
            return any(a.callback_query_id == query_id for a in self.callback_answers)

        await self.wait_until(answered, timeout)
        return next(a for a in self.callback_answers if a.callback_query_id == query_id)

    async def wait_idle(self, timeout: float = 10, quiet: float = 0.3) -> None:
        """Wait until the bot took all updates and made no request for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            last = self.requests[-1].time if self.requests else 0.0
            if not self.bot().updates and time.time() - last >= quiet:
                return
            await asyncio.sleep(0.05)
        raise TimeoutError("bot did not become idle")
