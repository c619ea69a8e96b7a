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
from bot.emulator.models import (
    BotState,
    CallbackAnswer,
    Chat,
    Fault,
    RecordedRequest,
    SentMessage,
    User,
    now,
)

ChatRef = int | Chat | User


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
        def member_api(self, status: str, user: User) -> dict[str, Any]: ...
        def queue_update(
            self, bot: BotState, kind: str, payload: dict[str, Any]
        ) -> dict[str, Any]: ...

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

    def _user_message(
        self,
        chat: Chat,
        user: User,
        kind: str = "text",
        text: str | None = None,
        extra: dict[str, Any] | None = None,
        thread_id: int | None = None,
        reply_to: SentMessage | None = None,
        update_kind: str = "message",
    ) -> SentMessage:
        if chat.type == "private" and chat.id in self.blocked:
            raise RuntimeError(f"user {user.id} has blocked the bot; unblock() first")
        if chat.type != "private" and user.id not in chat.members:
            raise RuntimeError(f"user {user.id} is not a member of chat {chat.id}")
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
            thread_id=thread_id,
            reply_to_message_id=reply_to.message_id if reply_to else None,
        )
        chat.next_message_id += 1
        chat.messages.append(msg)
        self.queue_update(self.bot(), update_kind, self.message_api(msg))
        return msg

    def send_text(self, user: User, text: str, reply_to: SentMessage | None = None) -> SentMessage:
        """The user writes `text` to the bot in private (/commands get bot_command entities)."""
        return self._user_message(self.private_chat(user), user, text=text, reply_to=reply_to)

    def send_command(self, user: User, command: str, payload: str | None = None) -> SentMessage:
        command = command if command.startswith("/") else f"/{command}"
        return self.send_text(user, f"{command} {payload}" if payload else command)

    def share_contact(self, user: User, phone_number: str, own: bool = True) -> SentMessage:
        contact: dict[str, Any] = {"phone_number": phone_number, "first_name": user.first_name}
        if user.last_name:
            contact["last_name"] = user.last_name
        if own:
            contact["user_id"] = user.id
        return self._user_message(
            self.private_chat(user), user, kind="contact", extra={"contact": contact}
        )

    def send_sticker(self, user: User, emoji: str = "👍") -> SentMessage:
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
            self.private_chat(user), user, kind="sticker", extra={"sticker": sticker}
        )

    def send_photo(self, user: User, caption: str | None = None) -> SentMessage:
        n = self.next_id()
        photo = [
            {"file_id": f"photo-emu-{n}", "file_unique_id": f"ph{n}", "width": 800, "height": 600}
        ]
        return self._user_message(
            self.private_chat(user), user, kind="photo", text=caption, extra={"photo": photo}
        )

    def send_voice(self, user: User, duration: int = 3) -> SentMessage:
        n = self.next_id()
        voice = {
            "file_id": f"voice-emu-{n}",
            "file_unique_id": f"vo{n}",
            "duration": duration,
            "mime_type": "audio/ogg",
        }
        return self._user_message(
            self.private_chat(user), user, kind="voice", extra={"voice": voice}
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
        reply_to: SentMessage | None = None,
    ) -> SentMessage:
        """A member writes in a group (or a forum topic)."""
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

    def _bot_member_update(self, chat: Chat, by: User, old: str, new: str) -> None:
        bot = self.bot()
        self.queue_update(
            bot,
            "my_chat_member",
            {
                "chat": chat.to_api(),
                "from": by.to_api(),
                "date": now(),
                "old_chat_member": self.member_api(old, bot.user),
                "new_chat_member": self.member_api(new, bot.user),
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
    ) -> Chat:
        """A group with these members (owner defaults to the first) that adds the bot."""
        gid = EmulatorClient._next_group_id
        EmulatorClient._next_group_id += 1
        supergroup = supergroup or forum
        chat = Chat(
            id=-(1_000_000_000_000 + gid) if supergroup else -gid,
            type="supergroup" if supergroup else "group",
            title=title,
            is_forum=forum,
            bot_status="administrator" if bot_admin else "member",
        )
        owner = owner or (members[0] if members else None)
        for user in [*members, *([owner] if owner else [])]:
            self.users.setdefault(user.id, user)
            chat.members[user.id] = user
        chat.owner_id = owner.id if owner else None
        self.chats[chat.id] = chat
        if owner is not None:
            self._bot_member_update(chat, owner, "left", chat.bot_status)
        return chat

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
            admins=set(old.admins),
            bot_status=old.bot_status,
        )
        self.chats[new.id] = new
        by = old.members.get(old.owner_id or 0) or next(iter(old.members.values()))
        self._user_message(old, by, kind="service", extra={"migrate_to_chat_id": new.id})
        old.migrated_to = new.id
        self._user_message(new, by, kind="service", extra={"migrate_from_chat_id": old.id})
        return new.id

    def remove_bot_from_group(self, chat: ChatRef, by: User | None = None) -> None:
        group = self.chat(chat)
        by = by or group.members.get(group.owner_id or 0) or next(iter(group.members.values()))
        old = group.bot_status
        group.bot_status = "kicked" if group.type == "supergroup" else "left"
        self._bot_member_update(group, by, old, group.bot_status)

    def add_member(self, chat: ChatRef, user: User) -> None:
        self.users.setdefault(user.id, user)
        self.chat(chat).members[user.id] = user

    def close_thread(self, chat: ChatRef, thread_id: int) -> None:
        """Close/delete a forum topic: the bot's sends to it get "message thread not found"."""
        self.chat(chat).closed_threads.add(thread_id)

    def reopen_thread(self, chat: ChatRef, thread_id: int) -> None:
        self.chat(chat).closed_threads.discard(thread_id)

    # ------------------------------------------------------------------ what people see

    def messages(self, chat: ChatRef, include_deleted: bool = True) -> list[SentMessage]:
        """What the bot sent to the chat, oldest first (current text after edits)."""
        found = self.chats.get(_chat_id(chat))
        if found is None:
            return []
        return [m for m in found.messages if m.from_bot and (include_deleted or not m.deleted)]

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
