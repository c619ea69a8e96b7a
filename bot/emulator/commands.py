"""Command menus: setMyCommands/getMyCommands/deleteMyCommands keyed by scope and language.

One list per (scope, language_code), as Telegram keeps them; `getMyCommands` answers only the
list set for that exact scope and language. `menu_for` resolves what a user actually sees, in
the order the Bot API docs give under "Determining list of commands".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.emulator.errors import bad_request
from bot.emulator.models import BotState, Chat, CommandKey, User

SIMPLE_SCOPES = {"default", "all_private_chats", "all_group_chats", "all_chat_administrators"}
CHAT_SCOPES = {"chat", "chat_administrators", "chat_member"}
_LANGUAGE_RE = re.compile(r"[a-z]{2}")


def _scope_error(reason: str) -> Exception:
    return bad_request(f"can't parse BotCommandScope: {reason}")


class CommandMethods:
    """Mixed into `Emulator`."""

    if TYPE_CHECKING:
        chats: dict[int, Chat]
        users: dict[int, User]

        def _lookup_chat(self, chat_id: Any) -> Chat: ...

    def _bot_knows_user(self, user_id: int) -> bool:
        """Telegram lets a bot address users it has met: in private or in a shared group."""
        if user_id in self.chats:
            return True
        return any(
            user_id in chat.members
            for chat in self.chats.values()
            if chat.type != "private" and chat.bot_status in ("member", "administrator")
        )

    def _command_key(self, p: dict[str, Any]) -> CommandKey:
        """Parse and check scope + language_code the way the Bot API server and TDLib do."""
        scope = p.get("scope")
        if scope in (None, ""):
            scope = {"type": "default"}
        if not isinstance(scope, dict):
            raise _scope_error("BotCommandScope must be an Object")
        kind = scope.get("type")
        if not isinstance(kind, str):
            raise _scope_error('Can\'t find field "type"')
        chat_id: int | None = None
        user_id: int | None = None
        if kind in CHAT_SCOPES:
            raw_chat = scope.get("chat_id")
            if raw_chat is None:
                raise _scope_error('Can\'t find field "chat_id"')
            if raw_chat == "":
                raise _scope_error("Empty chat_id specified")
            if kind == "chat_member":
                raw_user = scope.get("user_id")
                if raw_user is None:
                    raise _scope_error('Can\'t find field "user_id"')
                try:
                    user_id = int(raw_user)
                except (TypeError, ValueError):
                    raise _scope_error('Field "user_id" must be a valid Number') from None
                if user_id <= 0:
                    raise _scope_error("Invalid user_id specified")
            chat_id = self._scope_chat_id(raw_chat)
            if chat_id > 0 and kind != "chat":
                raise bad_request("can't use specified scope in private chats")
            if user_id is not None and user_id not in self.users:
                raise bad_request("user not found")
        elif kind not in SIMPLE_SCOPES:
            raise _scope_error("Unsupported type specified")
        language = str(p.get("language_code") or "")
        if language and not _LANGUAGE_RE.fullmatch(language):
            raise bad_request("invalid language code specified")
        return (kind, chat_id, user_id, language)

    def _scope_chat_id(self, raw_chat: Any) -> int:
        if isinstance(raw_chat, str) and raw_chat.startswith("@"):
            return self._lookup_chat(raw_chat).id
        try:
            chat_id = int(raw_chat)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        if chat_id > 0:
            # A private chat: the bot must have met the user (an admin who never wrote to the
            # bot and shares no group with it is unknown to Telegram's bot, too).
            if not self._bot_knows_user(chat_id):
                raise bad_request("chat not found")
            return chat_id
        return self._lookup_chat(chat_id).id

    @staticmethod
    def _parse_commands(p: dict[str, Any]) -> list[dict[str, str]]:
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        result = []
        for command in commands:
            if not isinstance(command, dict):
                raise bad_request("can't parse BotCommand: expected an Object")
            name = str(command.get("command", "")).strip().removeprefix("/")
            description = str(command.get("description", "")).strip()
            if not name:
                raise bad_request("command must be non-empty")
            if len(name) > 32:
                raise bad_request("command length must not exceed 32")
            if not re.fullmatch(r"[a-z0-9_]+", name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not description:
                raise bad_request("command description must be non-empty")
            if len(description) > 256:
                raise bad_request("command description length must not exceed 256")
            result.append({"command": name, "description": description})
        if len(result) > 100:
            raise bad_request("too many commands")
        return result

    async def _m_setmycommands(self, bot: BotState, p: dict[str, Any]) -> Any:
        commands = self._parse_commands(p)
        key = self._command_key(p)
        if commands:
            bot.commands[key] = commands
        else:
            bot.commands.pop(key, None)  # an empty list is a deletion, as in TDLib
        return True

    async def _m_getmycommands(self, bot: BotState, p: dict[str, Any]) -> Any:
        return list(bot.commands.get(self._command_key(p), []))

    async def _m_deletemycommands(self, bot: BotState, p: dict[str, Any]) -> Any:
        bot.commands.pop(self._command_key(p), None)
        return True

    @staticmethod
    def menu_for(
        bot: BotState, user: User, chat: Chat | None, is_admin: bool
    ) -> list[dict[str, str]]:
        """The first list that is set, in the Bot API's order for this user and chat."""
        language = user.language_code or ""
        if chat is None or chat.type == "private":
            order: list[tuple[str, int | None, int | None]] = [
                ("chat", user.id, None),
                ("all_private_chats", None, None),
                ("default", None, None),
            ]
        else:
            order = [("chat_member", chat.id, user.id)]
            if is_admin:
                order.append(("chat_administrators", chat.id, None))
            order.append(("chat", chat.id, None))
            if is_admin:
                order.append(("all_chat_administrators", None, None))
            order += [("all_group_chats", None, None), ("default", None, None)]
        for kind, chat_id, user_id in order:
            for lang in [language, ""] if language else [""]:
                commands = bot.commands.get((kind, chat_id, user_id, lang))
                if commands:
                    return list(commands)
        return []
