"""Who is an admin, and which command names the admin router claims."""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import CallbackQuery, Message

from bot.config import Settings

# Never a prospect command (start, help, stop, back, restart, lang, forget): the admin
# router sits in front of the prospect router and must not swallow those.
ADMIN_COMMANDS = (
    "admin",
    "model",
    "set",
    "dryrun",
    "versions",
    "diff",
    "rollback",
    "export_model",
    "import_model",
    "stats",
    "insights",
    "suggest",
    "audit_report",
    "lead",
    "rescore",
    "stage",
    "export_leads",
    "audit",
    "forget_lead",
)


class IsAdmin(Filter):
    """An allow-listed user, in a private chat, speaking as themself (no sender_chat)."""

    async def __call__(self, event: Message | CallbackQuery, settings: Settings) -> bool:
        if isinstance(event, CallbackQuery):
            chat = event.message.chat if event.message is not None else None
            return event.from_user.id in settings.admin_ids and (
                chat is None or chat.type == "private"
            )
        return (
            event.chat.type == "private"
            and event.sender_chat is None
            and event.from_user is not None
            and event.from_user.id in settings.admin_ids
        )
