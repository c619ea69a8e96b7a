"""A local Telegram Bot API emulator: the Bot API subset the bot uses, with Telegram's errors.

State lives in memory on one `Emulator`; the simulated users and chats are driven in-process
through the client methods (see `client.py`), the bot talks to it over HTTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

from bot.emulator.client import EmulatorClient
from bot.emulator.commands import CommandMethods
from bot.emulator.entities import EntityParseError, parse_html
from bot.emulator.errors import ApiError, bad_request, forbidden
from bot.emulator.forum import ForumMethods, can_post_in_topic
from bot.emulator.models import (
    GENERAL_TOPIC_ID,
    BotState,
    CallbackAnswer,
    Chat,
    Fault,
    RecordedRequest,
    SentMessage,
    User,
    admin_rights,
    now,
)

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
DEFAULT_UPDATES_EXCLUDED = {"chat_member", "message_reaction", "message_reaction_count"}
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
CAPTIONED_KINDS = {"photo", "document", "video", "voice", "audio", "animation"}
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}

_INT_KEYS = {
    "message_id",
    "message_thread_id",
    "offset",
    "limit",
    "timeout",
    "user_id",
    "cache_time",
    "reply_to_message_id",
    "max_connections",
    "icon_color",
    "duration",
}
_JSON_KEYS = {
    "reply_markup",
    "allowed_updates",
    "entities",
    "caption_entities",
    "commands",
    "scope",
    "link_preview_options",
    "reply_parameters",
    "message_ids",
}
_BOOL_KEYS = {
    "disable_notification",
    "protect_content",
    "show_alert",
    "drop_pending_updates",
    "disable_web_page_preview",
    "allow_sending_without_reply",
    "only_if_banned",
    "show_caption_above_media",
}
_TOKEN_RE = re.compile(r"^(\d+):.+$")

Handler = Callable[[BotState, dict[str, Any]], Awaitable[Any]]


@dataclass
class UploadedFile:
    filename: str
    size: int
    content_type: str | None


class Emulator(ForumMethods, CommandMethods, EmulatorClient):
    """All Bot API state in memory. Any token `<digits>:<anything>` is a valid bot."""

    def __init__(
        self, bot_username: str = "leadbot_test_bot", bot_first_name: str = "LeadBot"
    ) -> None:
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.bots: dict[int, BotState] = {}
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.blocked: set[int] = set()
        self.callback_queries: dict[str, dict[str, Any]] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.requests: list[RecordedRequest] = []
        self.faults: dict[str, list[Fault]] = {}
        self.delays: dict[str, float] = {}
        self.closing = False
        self._sent = asyncio.Event()
        self._ids = itertools.count(1)
        self._methods: dict[str, tuple[str, Handler]] = {}
        for name in (
            "getMe",
            "logOut",
            "close",
            "getUpdates",
            "setWebhook",
            "deleteWebhook",
            "getWebhookInfo",
            "setMyCommands",
            "getMyCommands",
            "deleteMyCommands",
            "setMyName",
            "setMyDescription",
            "setMyShortDescription",
            "setChatMenuButton",
            "sendMessage",
            "editMessageText",
            "editMessageCaption",
            "editMessageReplyMarkup",
            "answerCallbackQuery",
            "deleteMessage",
            "sendPhoto",
            "sendDocument",
            "sendVideo",
            "sendVoice",
            "sendSticker",
            "sendContact",
            "sendLocation",
            "copyMessage",
            "forwardMessage",
            "sendChatAction",
            "pinChatMessage",
            "unpinChatMessage",
            "unpinAllChatMessages",
            "getChat",
            "getChatMember",
            "getChatAdministrators",
            "getChatMemberCount",
            "leaveChat",
            "createForumTopic",
            "editForumTopic",
            "closeForumTopic",
            "reopenForumTopic",
            "deleteForumTopic",
            "unpinAllForumTopicMessages",
            "getForumTopicIconStickers",
        ):
            self._methods[name.lower()] = (name, getattr(self, f"_m_{name.lower()}"))

    # ------------------------------------------------------------------ plumbing

    def next_id(self) -> int:
        return next(self._ids)

    def bot_for_token(self, token: str) -> BotState:
        m = _TOKEN_RE.match(token)
        if not m:
            raise ApiError(401, "Unauthorized")
        bot_id = int(m.group(1))
        bot = self.bots.get(bot_id)
        if bot is None:
            placeholder = self.bots.pop(0, None)
            bot = BotState(
                id=bot_id,
                token=token,
                user=User(
                    id=bot_id,
                    first_name=self.bot_first_name,
                    username=self.bot_username,
                    is_bot=True,
                ),
            )
            if placeholder is not None:
                # updates the client queued before the bot's first request belong to it
                bot.updates = _replace_placeholder(placeholder.updates, bot.user.to_api())
                bot.next_update_id = placeholder.next_update_id
            self.bots[bot_id] = bot
        bot.token = token
        return bot

    def wake_all(self) -> None:
        for bot in self.bots.values():
            bot.wakeup.set()
        self._sent.set()

    async def call(self, token: str, method: str, params: dict[str, Any]) -> Any:
        """Run one Bot API method (what the HTTP route does); raise ApiError on errors."""
        bot = self.bot_for_token(token)
        entry = self._methods.get(method.lower())
        if entry is None:
            raise ApiError(404, "Not Found: method not found")
        name, handler = entry
        params = _normalize(params)
        record = RecordedRequest(method=name, params=params, time=time.time(), bot_id=bot.id)
        self.requests.append(record)
        try:
            delay = self.delays.get(name.lower())
            if delay:
                await asyncio.sleep(delay)
            faults = self.faults.get(name.lower())
            if faults:
                fault = faults[0]
                fault.count -= 1
                if fault.count <= 0:
                    faults.pop(0)
                parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
                raise ApiError(fault.error_code, fault.description, parameters)
            return await handler(bot, params)
        except ApiError as exc:
            record.error_code = exc.error_code
            record.description = exc.description
            raise

    # ------------------------------------------------------------------ HTTP

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._http_handler)
        return app

    async def _http_handler(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        try:
            params = await _read_params(request)
            result = await self.call(token, method, params)
        except ApiError as exc:
            return web.json_response(exc.to_api(), status=exc.error_code)
        return web.json_response({"ok": True, "result": result})

    # ------------------------------------------------------------------ helpers

    def message_api(self, msg: SentMessage, with_reply: bool = True) -> dict[str, Any]:
        chat = self.chats[msg.chat_id]
        data: dict[str, Any] = {
            "message_id": msg.message_id,
            "from": msg.sender.to_api(),
            "date": msg.date,
            "chat": chat.to_api(),
        }
        if msg.thread_id is not None and chat.type == "supergroup":
            data["message_thread_id"] = msg.thread_id
            if chat.is_forum:
                data["is_topic_message"] = True
        if msg.origin is not None:
            data["forward_origin"] = msg.origin
            if msg.origin["type"] == "user":
                data["forward_from"] = msg.origin["sender_user"]
            data["forward_date"] = msg.origin["date"]
        if with_reply:
            replied = self._reply_shown(chat, msg)
            if replied is not None:
                data["reply_to_message"] = self.message_api(replied, with_reply=False)
        if msg.edit_date is not None:
            data["edit_date"] = msg.edit_date
        if msg.protected:
            data["has_protected_content"] = True
        if msg.kind == "text":
            data["text"] = msg.text
            if msg.entities:
                data["entities"] = msg.entities
        elif "pinned_message_id" in msg.extra:
            pinned = chat.find(msg.extra["pinned_message_id"])
            if pinned is not None and not pinned.deleted:
                data["pinned_message"] = self.message_api(pinned, with_reply=False)
            else:  # the Bot API's InaccessibleMessage
                data["pinned_message"] = {
                    "chat": chat.to_api(),
                    "message_id": msg.extra["pinned_message_id"],
                    "date": 0,
                }
        else:
            data.update(msg.extra)
            if msg.caption:
                data["caption"] = msg.caption
                if msg.entities:
                    data["caption_entities"] = msg.entities
        if msg.reply_markup:
            data["reply_markup"] = msg.reply_markup
        return data

    @staticmethod
    def _reply_shown(chat: Chat, msg: SentMessage) -> SentMessage | None:
        """The explicit reply, else (in a forum topic) the topic's creation message.

        Telegram's Bot API server adds that implicit reply to every message in a topic other
        than General that answers nothing else (Client.cpp get_implicit_reply_to_message_id).
        """
        reply_id = msg.reply_to_message_id
        if reply_id is None and chat.is_forum and msg.thread_id is not None:
            if msg.thread_id < msg.message_id:
                reply_id = msg.thread_id
        if reply_id is None:
            return None
        replied = chat.find(reply_id)
        return replied if replied is not None and not replied.deleted else None

    def _lookup_chat(self, chat_id: Any) -> Chat:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.user and chat.user.username and f"@{chat.user.username}" == chat_id:
                    return chat
            raise bad_request("chat not found")
        try:
            cid = int(chat_id)
        except (TypeError, ValueError):
            if chat_id in (None, ""):
                raise bad_request("chat_id is empty") from None
            raise bad_request("chat not found") from None
        chat = self.chats.get(cid)
        if chat is None:
            if cid in self.users:
                raise forbidden("bot can't initiate conversation with a user")
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise bad_request(
                "group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        return chat

    def _chat_for_send(self, params: dict[str, Any]) -> Chat:
        chat = self._lookup_chat(params.get("chat_id"))
        if chat.type == "private":
            if chat.id in self.blocked:
                raise forbidden("bot was blocked by the user")
        elif chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.type} chat")
        elif chat.bot_status == "left":
            raise forbidden(f"bot is not a member of the {chat.type} chat")
        return chat

    def _explicit_thread(self, chat: Chat, params: dict[str, Any]) -> int | None:
        """The topic a send names, checked like the Bot API server's check_message_topic."""
        thread_id = params.get("message_thread_id")
        if not isinstance(thread_id, int) or thread_id <= 0:
            return None
        if chat.type == "private":
            raise bad_request("message thread not found")  # no topics in private chats here
        if not chat.is_forum:
            return None  # basic groups and other supergroups: ignored, like Telegram
        if thread_id == GENERAL_TOPIC_ID or chat.live_topic(thread_id) is None:
            raise bad_request("message thread not found")  # General: send without a thread id
        return thread_id

    def _replied_message(self, chat: Chat, params: dict[str, Any]) -> SentMessage | None:
        """reply_parameters (or the legacy reply_to_message_id) resolved in this chat."""
        reply_to = params.get("reply_to_message_id")
        allow = bool(params.get("allow_sending_without_reply"))
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
            allow = allow or bool(reply_parameters.get("allow_sending_without_reply"))
            other = reply_parameters.get("chat_id")
            if other not in (None, "", chat.id, str(chat.id)):
                raise bad_request("replies to other chats are not supported by the emulator")
        if not reply_to:
            return None
        replied = chat.find(int(reply_to))
        if replied is None or replied.deleted:
            if not allow:
                raise bad_request("message to be replied not found")
            return None
        return replied

    @staticmethod
    def _thread_of_new_message(
        chat: Chat, explicit: int | None, replied: SentMessage | None
    ) -> int | None:
        """A reply without a topic goes where the replied message is (levlam, tdlib/#447);
        in other supergroups a reply joins the reply thread rooted at the first message."""
        if chat.is_forum:
            if explicit is not None:
                return explicit
            return replied.thread_id if replied is not None else None
        if chat.type == "supergroup" and replied is not None:
            return replied.thread_id or replied.message_id
        return None

    def _format(
        self, text: str, parse_mode: str | None, entities: Any, limit: int, caption: bool
    ) -> tuple[str, list[dict[str, Any]]]:
        mode = (parse_mode or "").lower()
        if not mode:
            visible, ents = text, list(entities or [])
        elif mode == "html":
            try:
                visible, ents = parse_html(text)
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        elif mode in ("markdown", "markdownv2"):
            visible, ents = _strip_markdown(text, v2=mode == "markdownv2"), []
        else:
            raise bad_request("unsupported parse_mode")
        if not caption and not visible.strip():
            raise bad_request("message text is empty")
        if len(visible) > limit:
            raise bad_request("message caption is too long" if caption else "message is too long")
        return visible, ents

    def _markup(
        self, params: dict[str, Any], inline_only: bool = False
    ) -> tuple[dict[str, Any] | None, list[list[str]] | None, bool]:
        """(inline markup to echo, reply keyboard texts, remove reply keyboard)."""
        markup = params.get("reply_markup")
        if not markup:
            return None, None, False
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise bad_request("can't parse inline keyboard button: InlineKeyboardButton")
            for row in rows:
                for button in row:
                    _check_inline_button(button)
            return markup, None, False
        if inline_only:
            raise bad_request("inline keyboard expected")
        if "keyboard" in markup:
            texts = [
                [b if isinstance(b, str) else str(b.get("text", "")) for b in row]
                for row in markup["keyboard"]
            ]
            return None, texts, False
        if markup.get("remove_keyboard"):
            return None, None, True
        return None, None, False

    def _store_bot_message(
        self,
        bot: BotState,
        chat: Chat,
        params: dict[str, Any],
        kind: str,
        text: str | None,
        caption: str | None,
        entities: list[dict[str, Any]],
        extra: dict[str, Any] | None = None,
        raw_text: str | None = None,
        origin: dict[str, Any] | None = None,
    ) -> SentMessage:
        inline, keyboard, remove = self._markup(params)
        explicit = self._explicit_thread(chat, params)
        replied = self._replied_message(chat, params)
        thread_id = self._thread_of_new_message(chat, explicit, replied)
        topic = chat.live_topic(thread_id) if chat.is_forum else None
        if topic is not None and not can_post_in_topic(chat, topic, bot.id, is_bot=True):
            raise bad_request("TOPIC_CLOSED")
        if raw_text is None:
            raw_text = params.get("text") if kind == "text" else params.get("caption")
        msg = SentMessage(
            message_id=chat.next_message_id,
            chat_id=chat.id,
            date=now(),
            sender=bot.user,
            from_bot=True,
            text=text,
            caption=caption,
            raw_text=raw_text,
            parse_mode=params.get("parse_mode"),
            entities=entities,
            reply_markup=inline,
            reply_keyboard=keyboard,
            thread_id=thread_id,
            kind=kind,
            extra=extra or {},
            reply_to_message_id=replied.message_id if replied is not None else None,
            protected=bool(params.get("protect_content")),
            origin=origin,
        )
        chat.next_message_id += 1
        chat.messages.append(msg)
        if keyboard is not None:
            chat.reply_keyboard = keyboard
        elif remove:
            chat.reply_keyboard = None
        self._sent.set()
        return msg

    def _bot_message(self, chat: Chat, params: dict[str, Any], what: str) -> SentMessage:
        try:
            message_id = int(params.get("message_id") or 0)
        except (TypeError, ValueError):
            message_id = 0
        msg = chat.find(message_id)
        if msg is None or msg.deleted:
            raise bad_request(f"message to {what} not found")
        return msg

    def queue_update(self, bot: BotState, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": bot.next_update_id, kind: payload}
        bot.next_update_id += 1
        bot.updates.append(update)
        bot.wakeup.set()
        return update

    def _file_id(self, prefix: str) -> tuple[str, str]:
        n = self.next_id()
        return f"{prefix}-emu-{n:06d}", f"emu{n:06d}"

    # ------------------------------------------------------------------ methods: bot, updates

    async def _m_getme(self, bot: BotState, p: dict[str, Any]) -> Any:
        data = bot.user.to_api()
        data.update(
            can_join_groups=True,
            can_read_all_group_messages=False,
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return data

    async def _m_logout(self, bot: BotState, p: dict[str, Any]) -> Any:
        return True

    async def _m_close(self, bot: BotState, p: dict[str, Any]) -> Any:
        return True

    def _allowed(self, bot: BotState, update: dict[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if bot.allowed_updates:
            return kind in bot.allowed_updates
        return kind not in DEFAULT_UPDATES_EXCLUDED

    async def _m_getupdates(self, bot: BotState, p: dict[str, Any]) -> Any:
        if bot.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(p.get("offset") or 0)
        if offset > 0:
            bot.updates = [u for u in bot.updates if u["update_id"] >= offset]
        elif offset < 0:
            bot.updates = bot.updates[offset:]
        if "allowed_updates" in p:
            bot.allowed_updates = list(p["allowed_updates"] or []) or None
        limit = max(1, min(100, int(p.get("limit") or 100)))
        timeout = max(0, int(p.get("timeout") or 0))
        deadline = time.monotonic() + timeout
        bot.poll_generation += 1
        generation = bot.poll_generation
        bot.wakeup.set()  # an older long poll of the same bot is terminated, like Telegram
        await asyncio.sleep(0)
        while True:
            if generation != bot.poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                )
            # updates the bot did not ask for are never delivered (Telegram drops them)
            bot.updates = [u for u in bot.updates if self._allowed(bot, u)]
            if bot.updates or self.closing or bot.webhook_url:
                return bot.updates[:limit]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            bot.wakeup.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(bot.wakeup.wait(), remaining)

    async def _m_setwebhook(self, bot: BotState, p: dict[str, Any]) -> Any:
        url = str(p.get("url") or "")
        if url and not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.get("secret_token")
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        if p.get("drop_pending_updates"):
            bot.updates.clear()
        if "allowed_updates" in p:
            bot.allowed_updates = list(p["allowed_updates"] or []) or None
        bot.webhook_url = url
        bot.webhook_secret = str(secret) if secret else None
        self._stop_webhook(bot)
        if url:
            bot.webhook_task = asyncio.create_task(self._deliver_webhook(bot))
        bot.wakeup.set()
        return True

    async def _m_deletewebhook(self, bot: BotState, p: dict[str, Any]) -> Any:
        if p.get("drop_pending_updates"):
            bot.updates.clear()
        bot.webhook_url = ""
        bot.webhook_secret = None
        self._stop_webhook(bot)
        return True

    async def _m_getwebhookinfo(self, bot: BotState, p: dict[str, Any]) -> Any:
        info: dict[str, Any] = {
            "url": bot.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(bot.updates),
            "max_connections": 40,
        }
        if bot.last_error:
            info["last_error_date"] = bot.last_error_date
            info["last_error_message"] = bot.last_error
        if bot.allowed_updates:
            info["allowed_updates"] = bot.allowed_updates
        return info

    def _stop_webhook(self, bot: BotState) -> None:
        if bot.webhook_task is not None:
            bot.webhook_task.cancel()
            bot.webhook_task = None

    async def _deliver_webhook(self, bot: BotState) -> None:
        """POST queued updates one by one, in order; retry failures every second."""
        async with ClientSession(timeout=ClientTimeout(total=30)) as session:
            while not self.closing and bot.webhook_url:
                bot.updates = [u for u in bot.updates if self._allowed(bot, u)]
                if not bot.updates:
                    bot.wakeup.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(bot.wakeup.wait(), 1)
                    continue
                update = bot.updates[0]
                headers = {}
                if bot.webhook_secret:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = bot.webhook_secret
                try:
                    async with session.post(bot.webhook_url, json=update, headers=headers) as r:
                        ok = 200 <= r.status < 300
                        error = f"Wrong response from the webhook: {r.status} {r.reason}"
                except Exception as exc:  # any delivery failure is retried, like Telegram
                    ok, error = False, f"Connection failed: {exc!r}"
                if ok:
                    if bot.updates and bot.updates[0] is update:
                        bot.updates.pop(0)
                else:
                    bot.last_error, bot.last_error_date = error, now()
                    await asyncio.sleep(1)

    async def _m_setmyname(self, bot: BotState, p: dict[str, Any]) -> Any:
        return True

    async def _m_setmydescription(self, bot: BotState, p: dict[str, Any]) -> Any:
        return True

    async def _m_setmyshortdescription(self, bot: BotState, p: dict[str, Any]) -> Any:
        return True

    async def _m_setchatmenubutton(self, bot: BotState, p: dict[str, Any]) -> Any:
        return True

    # ------------------------------------------------------------------ methods: messages

    async def _m_sendmessage(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        text = p.get("text")
        if text is None or text == "":
            raise bad_request("message text is empty")
        visible, entities = self._format(
            str(text), p.get("parse_mode"), p.get("entities"), TEXT_LIMIT, caption=False
        )
        msg = self._store_bot_message(bot, chat, p, "text", visible, None, entities)
        return self.message_api(msg)

    async def _m_sendphoto(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._send_media(bot, p, "photo")

    async def _m_senddocument(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._send_media(bot, p, "document")

    async def _m_sendvideo(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._send_media(bot, p, "video")

    async def _m_sendvoice(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._send_media(bot, p, "voice")

    async def _m_sendsticker(self, bot: BotState, p: dict[str, Any]) -> Any:
        return await self._send_media(bot, p, "sticker")

    async def _send_media(self, bot: BotState, p: dict[str, Any], kind: str) -> Any:
        chat = self._chat_for_send(p)
        source = p.get(kind)
        if not source:
            raise bad_request(f"there is no {kind} in the request")
        caption, entities = None, []
        if p.get("caption") and kind != "sticker":
            caption, entities = self._format(
                str(p["caption"]),
                p.get("parse_mode"),
                p.get("caption_entities"),
                CAPTION_LIMIT,
                caption=True,
            )
        if isinstance(source, UploadedFile):
            file_id, unique = self._file_id(kind)
            size, name, mime = source.size, source.filename, source.content_type
        else:
            # a file_id or URL: Telegram answers with the same file_id for file_ids
            new_id, unique = self._file_id(kind)
            file_id = new_id if str(source).startswith(("http://", "https://")) else str(source)
            size, name, mime = 1024, "file", None
        extra = _media_payload(kind, file_id, unique, size, name, mime, p)
        msg = self._store_bot_message(bot, chat, p, kind, None, caption, entities, extra)
        return self.message_api(msg)

    async def _m_sendcontact(self, bot: BotState, p: dict[str, Any]) -> Any:
        for name in ("phone_number", "first_name"):
            if not p.get(name):
                raise bad_request(f'parameter "{name}" is required')
        chat = self._chat_for_send(p)
        contact = {"phone_number": str(p["phone_number"]), "first_name": str(p["first_name"])}
        for name in ("last_name", "vcard"):
            if p.get(name):
                contact[name] = str(p[name])
        msg = self._store_bot_message(
            bot, chat, p, "contact", None, None, [], {"contact": contact}
        )
        return self.message_api(msg)

    async def _m_sendlocation(self, bot: BotState, p: dict[str, Any]) -> Any:
        location: dict[str, float] = {}
        for name in ("latitude", "longitude"):
            raw = str(p.get(name) if p.get(name) is not None else "").strip()
            if not raw:
                raise bad_request(f"{name} is empty")
            try:
                location[name] = float(raw)
            except ValueError:
                location[name] = 0.0  # TDLib's to_double reads what it can
        chat = self._chat_for_send(p)
        if not (-90 <= location["latitude"] <= 90 and -180 <= location["longitude"] <= 180):
            raise bad_request("invalid location specified")
        msg = self._store_bot_message(
            bot, chat, p, "location", None, None, [], {"location": location}
        )
        return self.message_api(msg)

    def _source_message(self, p: dict[str, Any], what: str) -> SentMessage:
        """The message a copy or forward takes (the source chat is checked first, as Telegram)."""
        if p.get("from_chat_id") in (None, ""):
            raise bad_request('parameter "from_chat_id" is required')
        source = p["from_chat_id"]
        if isinstance(source, int) and source > 0 and source not in self.chats:
            raise bad_request("chat not found")  # a user the bot has no chat with
        source_chat = self._lookup_chat(source)
        if source_chat.type != "private" and source_chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {source_chat.type} chat")
        try:
            message_id = int(p.get("message_id") or 0)
        except (TypeError, ValueError):
            message_id = 0
        msg = source_chat.find(message_id)
        if msg is None or msg.deleted:
            raise bad_request(f"message to {what} not found")
        if msg.kind == "service":
            verb = "copied" if what == "copy" else "forwarded"
            raise bad_request(f"the message can't be {verb}")
        return msg

    async def _m_copymessage(self, bot: BotState, p: dict[str, Any]) -> Any:
        source = self._source_message(p, "copy")
        caption, entities = source.caption, list(source.entities)
        raw_caption = source.raw_text
        if "caption" in p and source.kind in CAPTIONED_KINDS:
            # a new caption (formatted with parse_mode/caption_entities); "" removes it
            caption, entities, raw_caption = None, [], None
            if p.get("caption"):
                caption, entities = self._format(
                    str(p["caption"]),
                    p.get("parse_mode"),
                    p.get("caption_entities"),
                    CAPTION_LIMIT,
                    caption=True,
                )
                raw_caption = str(p["caption"])
        chat = self._chat_for_send(p)
        msg = self._store_bot_message(
            bot,
            chat,
            p,
            source.kind,
            source.text,
            caption,
            entities,
            extra=copy.deepcopy(source.extra),
            raw_text=source.raw_text if source.kind == "text" else raw_caption,
        )
        if "caption" not in p or source.kind not in CAPTIONED_KINDS:
            msg.parse_mode = source.parse_mode  # the text is the original's, as it was sent
        return {"message_id": msg.message_id}

    async def _m_forwardmessage(self, bot: BotState, p: dict[str, Any]) -> Any:
        source = self._source_message(p, "forward")
        if source.protected:
            raise bad_request("message has protected content and can't be forwarded")
        chat = self._chat_for_send(p)
        origin = source.origin or {
            "type": "user",
            "sender_user": source.sender.to_api(),
            "date": source.date,
        }
        # Forwards carry no keyboard and are never replies.
        params = {
            k: v
            for k, v in p.items()
            if k not in ("reply_markup", "reply_parameters", "reply_to_message_id")
        }
        msg = self._store_bot_message(
            bot,
            chat,
            params,
            source.kind,
            source.text,
            source.caption,
            list(source.entities),
            extra=copy.deepcopy(source.extra),
            raw_text=source.raw_text,
            origin=origin,
        )
        return self.message_api(msg)

    async def _m_editmessagetext(self, bot: BotState, p: dict[str, Any]) -> Any:
        if p.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the emulator")
        chat = self._chat_for_send(p)
        msg = self._bot_message(chat, p, "edit")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        if msg.kind != "text":
            raise bad_request("there is no text in the message to edit")
        text = p.get("text")
        if not text:
            raise bad_request("message text is empty")
        visible, entities = self._format(
            str(text), p.get("parse_mode"), p.get("entities"), TEXT_LIMIT, caption=False
        )
        inline, _, _ = self._markup(p, inline_only=True)
        if visible == msg.text and entities == msg.entities and inline == msg.reply_markup:
            raise bad_request(NOT_MODIFIED)
        if msg.text is not None:
            msg.history.append(msg.text)
        msg.text, msg.entities, msg.reply_markup = visible, entities, inline
        msg.raw_text, msg.parse_mode = str(text), p.get("parse_mode")
        msg.edit_date = now()
        self._sent.set()
        return self.message_api(msg)

    async def _m_editmessagecaption(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        msg = self._bot_message(chat, p, "edit")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        if msg.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        caption, entities = self._format(
            str(p.get("caption") or ""),
            p.get("parse_mode"),
            p.get("caption_entities"),
            CAPTION_LIMIT,
            caption=True,
        )
        inline, _, _ = self._markup(p, inline_only=True)
        if (caption or None) == msg.caption and entities == msg.entities:
            if inline == msg.reply_markup:
                raise bad_request(NOT_MODIFIED)
        msg.caption, msg.entities, msg.reply_markup = caption or None, entities, inline
        msg.edit_date = now()
        self._sent.set()
        return self.message_api(msg)

    async def _m_editmessagereplymarkup(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        msg = self._bot_message(chat, p, "edit")
        if not msg.from_bot:
            raise bad_request("message can't be edited")
        inline, _, _ = self._markup(p, inline_only=True)
        if inline == msg.reply_markup:
            raise bad_request(NOT_MODIFIED)
        msg.reply_markup = inline
        msg.edit_date = now()
        self._sent.set()
        return self.message_api(msg)

    async def _m_deletemessage(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._lookup_chat(p.get("chat_id"))
        msg = self._bot_message(chat, p, "delete")
        if "forum_topic_created" in msg.extra:
            raise bad_request("message can't be deleted")  # deleteForumTopic deletes topics
        if chat.type != "private" and not msg.from_bot and not chat.bot_can("can_delete_messages"):
            raise bad_request("message can't be deleted")
        msg.deleted = True
        self._sent.set()
        return True

    async def _m_answercallbackquery(self, bot: BotState, p: dict[str, Any]) -> Any:
        query_id = str(p.get("callback_query_id") or "")
        query = self.callback_queries.get(query_id)
        if query is None or query["answered"]:
            raise bad_request(QUERY_TOO_OLD)
        text = p.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query["answered"] = True
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id,
                user_id=query["user_id"],
                data=query["data"],
                text=str(text) if text is not None else None,
                show_alert=bool(p.get("show_alert")),
                url=p.get("url"),
                cache_time=p.get("cache_time"),
            )
        )
        self._sent.set()
        return True

    async def _m_sendchataction(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        self._explicit_thread(chat, p)
        if p.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    # ------------------------------------------------------------------ methods: pins

    def _check_pin_rights(self, chat: Chat) -> None:
        if chat.type != "private" and not chat.bot_can("can_pin_messages"):
            raise bad_request("not enough rights to manage pinned messages in the chat")

    async def _m_pinchatmessage(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        msg = self._bot_message(chat, p, "pin")  # the message is checked before the rights
        self._check_pin_rights(chat)
        if msg.message_id in chat.pinned:
            chat.pinned.remove(msg.message_id)
        chat.pinned.append(msg.message_id)
        # Telegram posts pinned_message and delivers it to the pinning bot as well.
        self._post_service(
            chat, bot.user, True, msg.thread_id, {"pinned_message_id": msg.message_id}
        )
        return True

    async def _m_unpinchatmessage(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        if p.get("message_id"):
            msg = self._bot_message(chat, p, "unpin")
        else:
            latest = self.pinned(chat)
            if not latest:
                raise bad_request("message to unpin not found")
            msg = latest[-1]
        self._check_pin_rights(chat)
        if msg.message_id in chat.pinned:
            chat.pinned.remove(msg.message_id)
        return True

    async def _m_unpinallchatmessages(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        self._check_pin_rights(chat)
        chat.pinned.clear()
        return True

    # ------------------------------------------------------------------ methods: chats

    async def _m_getchat(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._lookup_chat(p.get("chat_id"))
        data = chat.to_api()
        pinned = self.pinned(chat)
        if pinned:
            data["pinned_message"] = self.message_api(pinned[-1], with_reply=False)
        data.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return data

    def member_api(
        self, status: str, user: User, rights: dict[str, bool] | None = None
    ) -> dict[str, Any]:
        """A ChatMember; `rights` are an administrator's (the defaults when not given)."""
        data: dict[str, Any] = {"status": status, "user": user.to_api()}
        if status == "kicked":
            data["until_date"] = 0
        elif status == "creator":
            data["is_anonymous"] = False
        elif status == "administrator":
            data.update(
                can_be_edited=False,
                is_anonymous=False,
                can_send_welcome_messages=False,
                **(rights if rights is not None else admin_rights("supergroup")),
            )
        return data

    def _member(self, bot: BotState, chat: Chat, user_id: int) -> dict[str, Any]:
        if user_id == bot.id:
            if chat.type == "private":
                return self.member_api("member", bot.user)
            return self.member_api(chat.bot_status, bot.user, chat.effective_bot_rights())
        user = self.users.get(user_id)
        if user is None:
            raise bad_request("user not found")
        if chat.type == "private":
            return self.member_api("member" if user_id == chat.id else "left", user)
        if user_id == chat.owner_id:
            return self.member_api("creator", user)
        if user_id in chat.admins:
            return self.member_api("administrator", user, chat.admins[user_id])
        if user_id in chat.members:
            return self.member_api("member", user)
        return self.member_api("kicked" if user_id in chat.banned else "left", user)

    async def _m_getchatmember(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._lookup_chat(p.get("chat_id"))
        if chat.type != "private" and chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.type} chat")
        try:
            user_id = int(p.get("user_id") or 0)
        except (TypeError, ValueError):
            user_id = 0
        if user_id <= 0:
            raise bad_request("invalid user_id specified")
        return self._member(bot, chat, user_id)

    async def _m_getchatadministrators(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._lookup_chat(p.get("chat_id"))
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        result = []
        for user_id in [chat.owner_id, *sorted(chat.admins)]:
            if user_id is not None and user_id in self.users:
                result.append(self._member(bot, chat, user_id))
        if chat.bot_status == "administrator":
            result.append(self._member(bot, chat, bot.id))
        return result

    async def _m_getchatmembercount(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._lookup_chat(p.get("chat_id"))
        if chat.type == "private":
            return 2
        return len(chat.members) + (1 if chat.bot_status in ("member", "administrator") else 0)

    async def _m_leavechat(self, bot: BotState, p: dict[str, Any]) -> Any:
        chat = self._chat_for_send(p)
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        chat.bot_status, chat.bot_rights = "left", {}
        return True


# ---------------------------------------------------------------------- request parsing


def _replace_placeholder(value: Any, bot_user: dict[str, Any]) -> Any:
    """Queued updates that mention the not-yet-known bot (id 0) get the real bot user."""
    if isinstance(value, dict):
        if value.get("id") == 0 and value.get("is_bot") is True:
            return dict(bot_user)
        return {k: _replace_placeholder(v, bot_user) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_placeholder(v, bot_user) for v in value]
    return value


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not str(button.get("text", "")).strip():
        raise (
            bad_request("BUTTON_TEXT_INVALID")
            if isinstance(button, dict)
            else bad_request(
                "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
            )
        )
    data = button.get("callback_data")
    if data is not None:
        size = len(str(data).encode("utf-8"))
        if size == 0 or size > CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and not re.match(r"^(https?|tg)://\S+$", str(url)):
        raise bad_request("BUTTON_URL_INVALID")
    actions = {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
    if not actions & set(button):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed")


def _media_payload(
    kind: str,
    file_id: str,
    unique: str,
    size: int,
    name: str,
    mime: str | None,
    p: dict[str, Any],
) -> dict[str, Any]:
    """The Message field of a sent file, with the fields the Bot API requires."""
    if kind == "photo":
        return {
            "photo": [
                {
                    "file_id": file_id,
                    "file_unique_id": unique + "s",
                    "width": 90,
                    "height": 90,
                    "file_size": max(1, size // 10),
                },
                {
                    "file_id": file_id,
                    "file_unique_id": unique,
                    "width": 800,
                    "height": 800,
                    "file_size": size,
                },
            ]
        }
    payload: dict[str, Any] = {"file_id": file_id, "file_unique_id": unique, "file_size": size}
    if kind == "document":
        payload["file_name"] = name
    elif kind == "video":
        payload.update(width=1280, height=720, duration=int(p.get("duration") or 1))
    elif kind == "voice":
        payload["duration"] = int(p.get("duration") or 1)
        mime = mime or "audio/ogg"
    elif kind == "sticker":
        payload.update(type="regular", width=512, height=512, is_animated=False, is_video=False)
        if p.get("emoji"):
            payload["emoji"] = str(p["emoji"])
        mime = None
    if mime and kind != "photo":
        payload["mime_type"] = mime
    return {kind: payload}


def _strip_markdown(text: str, v2: bool) -> str:
    """Visible text of Markdown(V2): drop markers and escapes (no entity validation)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and v2 and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if ch in "*_`~|" or (v2 and ch in "[]"):
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _normalize(params: dict[str, Any]) -> dict[str, Any]:
    """Form data is all strings: turn numbers, booleans and JSON fields into values."""
    result: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, str):
            if key in _JSON_KEYS:
                try:
                    value = json.loads(value)
                except ValueError:
                    raise bad_request(f"can't parse {key} JSON object") from None
            elif key in _INT_KEYS:
                try:
                    value = int(value)
                except ValueError:
                    raise bad_request(f"invalid {key} specified") from None
            elif key in ("chat_id", "from_chat_id") and re.fullmatch(r"-?\d+", value):
                value = int(value)
            elif key in _BOOL_KEYS:
                value = value.lower() in ("true", "1")
        result[key] = value
    return result


async def _read_params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.body_exists:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON request body") from None
            if isinstance(body, dict):
                params.update(body)
        else:
            files: dict[str, UploadedFile] = {}
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = UploadedFile(
                        filename=value.filename or key,
                        size=len(value.file.read()),
                        content_type=value.content_type,
                    )
                    params[key] = files[key]
                else:
                    params[key] = value
            for key, value in list(params.items()):
                if isinstance(value, str) and value.startswith("attach://"):
                    name = value.removeprefix("attach://")
                    attached = files.get(name)
                    if attached is None:
                        raise bad_request(f"wrong file identifier/HTTP URL specified ({key})")
                    params[key] = attached
                    params.pop(name, None)
    return params


# ---------------------------------------------------------------------- running


@dataclass
class RunningEmulator:
    emulator: Emulator
    runner: web.AppRunner
    site: web.TCPSite
    base_url: str

    async def stop(self) -> None:
        self.emulator.closing = True
        for bot in self.emulator.bots.values():
            self.emulator._stop_webhook(bot)
        self.emulator.wake_all()  # long polls answer at once instead of holding shutdown
        await asyncio.sleep(0)
        await self.runner.cleanup()


async def start_emulator(
    host: str = "127.0.0.1", port: int = 0, emulator: Emulator | None = None
) -> RunningEmulator:
    """Serve an Emulator over HTTP; port 0 picks a free port (see `.base_url`)."""
    emulator = emulator or Emulator()
    runner = web.AppRunner(emulator.make_app(), shutdown_timeout=1.0, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    server = site._server
    assert server is not None and server.sockets  # type: ignore[union-attr]
    real_port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return RunningEmulator(emulator, runner, site, f"http://{host}:{real_port}")
