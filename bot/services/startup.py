"""Start-up: the command menus per scope, and a check of the bot's place in the sales chat.

Menus: prospects (every private chat), each admin (their own chat), the sales group (that
chat), each in Russian (`language_code` "ru") and English (the default for other languages).
Telegram refuses a menu for the chat of an admin who never opened the bot ("chat not found"):
that admin gets one warning line and the prospects' menu until they write to the bot and
the bot restarts.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.enums import ChatMemberStatus
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    ChatMemberAdministrator,
)
from aiogram.types.bot_command_scope_union import BotCommandScopeUnion

from bot.config import Settings

log = logging.getLogger(__name__)

Menu = dict[str, list[tuple[str, str]]]  # language ("ru", "en") -> (command, description)

PROSPECT_COMMANDS: Menu = {
    "ru": [
        ("start", "Начать"),
        ("back", "Изменить предыдущий ответ"),
        ("restart", "Начать заново"),
        ("lang", "English"),
        ("stop", "Прекратить и отписаться"),
        ("forget", "Удалить мои данные"),
        ("help", "Помощь"),
    ],
    "en": [
        ("start", "Start"),
        ("back", "Change the previous answer"),
        ("restart", "Start over"),
        ("lang", "Русский"),
        ("stop", "End and unsubscribe"),
        ("forget", "Delete my data"),
        ("help", "Help"),
    ],
}
ADMIN_COMMANDS: Menu = {
    "ru": [
        ("admin", "Команды администратора"),
        ("model", "Активная модель скоринга"),
        ("set", "Изменить значение в черновике"),
        ("dryrun", "Что изменит черновик"),
        ("versions", "Версии модели"),
        ("diff", "Разница двух версий"),
        ("rollback", "Откатить модель к версии"),
        ("export_model", "Модель файлом"),
        ("stats", "Статистика: /stats 7d"),
        ("lead", "Карточка лида: /lead 15"),
        ("rescore", "Пересчитать лида"),
        ("stage", "Сменить стадию лида"),
        ("export_leads", "Лиды в CSV"),
        ("audit", "Последние действия"),
        ("forget_lead", "Удалить данные лида"),
        ("help", "Помощь для клиентов"),
    ],
    "en": [
        ("admin", "Admin commands"),
        ("model", "The active scoring model"),
        ("set", "Change a value in the draft"),
        ("dryrun", "What the draft would change"),
        ("versions", "Model versions"),
        ("diff", "Differences between two versions"),
        ("rollback", "Roll the model back to a version"),
        ("export_model", "The model as a file"),
        ("stats", "Statistics: /stats 7d"),
        ("lead", "A lead's card: /lead 15"),
        ("rescore", "Re-score a lead"),
        ("stage", "Change a lead's stage"),
        ("export_leads", "Leads as CSV"),
        ("audit", "Latest actions"),
        ("forget_lead", "Erase a lead's data"),
        ("help", "Help for prospects"),
    ],
}
SALES_COMMANDS: Menu = {
    "ru": [
        ("leads", "Лиды, которые ждут менеджера"),
        ("mine", "Мои открытые лиды"),
        ("note", "Заметка для коллег (клиенту не уходит)"),
    ],
    "en": [
        ("leads", "Leads waiting for a manager"),
        ("mine", "My open leads"),
        ("note", "A note for colleagues (not sent to the prospect)"),
    ],
}


async def _set_menu(bot: Bot, menu: Menu, scope: BotCommandScopeUnion) -> None:
    for lang, commands in menu.items():
        await bot.set_my_commands(
            [BotCommand(command=c, description=d) for c, d in commands],
            scope=scope,
            language_code=None if lang == "en" else lang,
        )


async def set_command_menus(bot: Bot, settings: Settings, sales_chat_id: int | None) -> None:
    """The menus of prospects, of each admin and of the sales group; never fails start-up."""
    await _set_menu(bot, PROSPECT_COMMANDS, BotCommandScopeAllPrivateChats())
    for admin in sorted(settings.admin_ids):
        try:
            await _set_menu(bot, ADMIN_COMMANDS, BotCommandScopeChat(chat_id=admin))
        except TelegramAPIError as exc:
            log.warning(
                "ADMIN_IDS: no admin menu for %s (%s): they must open the bot first",
                admin,
                exc.message,
            )
    if sales_chat_id is not None:
        try:
            await _set_menu(bot, SALES_COMMANDS, BotCommandScopeChat(chat_id=sales_chat_id))
        except TelegramAPIError as exc:
            log.warning("SALES_CHAT_ID: no menu for the sales group (%s)", exc.message)


async def sales_chat_problem(bot: Bot, chat_id: int | None, topics: bool = True) -> str | None:
    """One line saying what keeps the sales chat from working as it should, or None.

    A forum needs the bot as an administrator with "Manage topics" to open a topic per lead
    (without it cards go to General and the conversation by replies to them).
    """
    if chat_id is None:
        return None
    try:
        chat = await bot.get_chat(chat_id)
        if not (topics and chat.is_forum):
            return None
        member = await bot.get_chat_member(chat_id, bot.id)
    except TelegramAPIError as exc:
        return f"SALES_CHAT_ID {chat_id}: the bot cannot read the sales chat ({exc.message})"
    if member.status == ChatMemberStatus.CREATOR:
        return None
    if isinstance(member, ChatMemberAdministrator) and member.can_manage_topics:
        return None
    return (
        f"SALES_CHAT_ID {chat_id}: the sales group is a forum, but the bot lacks the "
        '"Manage topics" right: make it an administrator with Manage topics (until then '
        "cards go to General and reps answer by replying to them)"
    )
