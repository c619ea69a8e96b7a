"""The admin router: claims only the admin command names, refuses everyone else politely.

Include it BEFORE the prospect router: the prospect router answers every private text (an
admin's "/model" would otherwise be taken as a dialogue answer), and this router claims
nothing but its own command names, so prospects' /start, /help, /stop... pass through.
"""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from admin import leads, learning, model_cmds, stats
from admin.access import ADMIN_COMMANDS, IsAdmin
from admin.common import AdminCallback
from bot.filters import OnLoop
from bot.outgoing import AfterCommit

log = logging.getLogger(__name__)

REFUSAL = "Команда доступна только администраторам"
REFUSAL_SENDER_CHAT = "Команды администратора принимаются только от вашего личного аккаунта"

REFUSAL_STALE_BUTTON = "Кнопка устарела или повреждена"


async def on_refused(message: Message, after_commit: AfterCommit) -> None:
    # Ids only: names and usernames stay out of the logs.
    user_id = message.from_user.id if message.from_user else None
    sender = message.sender_chat.id if message.sender_chat else None
    command = (message.text or message.caption or "").split()[0][:32]
    log.warning(
        "admin command %s refused: user %s, chat %s (%s), sender_chat %s",
        command,
        user_id,
        message.chat.id,
        message.chat.type,
        sender,
    )
    # Only in a private chat: in a group (a stranger's, or the sales one) the bot says
    # nothing, so adding it somewhere cannot make it talk there.
    if message.chat.type == "private":
        after_commit.call(message.reply(REFUSAL_SENDER_CHAT if sender is not None else REFUSAL))


async def on_refused_button(query: CallbackQuery, after_commit: AfterCommit) -> None:
    log.warning("admin button refused: user %s", query.from_user.id)
    after_commit.call(query.answer(REFUSAL, show_alert=True))


async def cmd_admin(message: Message, after_commit: AfterCommit) -> None:
    after_commit.call(message.answer(HELP))


HELP = """<b>Команды администратора</b>

<b>Модель скоринга</b>
/model — активная модель: оси, правила, веса, капы, затухание
/set fit.rules.phone.points 2 — изменить значение в черновике
/set tiers.hot 70 · /set decay_groups.behaviour.half_life_days 7
/dryrun — что изменит черновик (кнопки «Применить» / «Отклонить»)
/versions — история версий · /diff 1 3 — разница версий
/rollback 2 — новая активная версия с телом версии 2
/export_model — активная модель файлом JSON
файл .json/.toml с подписью /import_model — загрузить как черновик

<b>Исходы и обучение</b>
/insights 90d · /insights 30d · /insights all — какие правила и ответы ведут
  к сделкам: доля сделок, лифт, 95 % интервал, график
/suggest — веса по исходам продаж: черновик, пробный пересчёт, AUC,
  кнопки «Применить» / «Отклонить»
/audit_report — аудит скоринга (сам приходит раз в AUDIT_EVERY_DAYS дней)

<b>Статистика и лиды</b>
/stats 7d · /stats 30d · /stats all — воронка, тиры, источники, продажи, причины отказов
/lead 15 · /lead @username · /lead +79991234567 — карточка лида
/rescore 15 — пересчитать лида · /stage 15 nurturing — сменить стадию
/export_leads stage=won tier=hot 30d — CSV
/audit 20 — последние действия
/forget_lead 15 — удалить персональные данные лида"""


async def on_stale_button(query: CallbackQuery, after_commit: AfterCommit) -> None:
    log.warning("admin button not understood: user %s", query.from_user.id)
    after_commit.call(query.answer(REFUSAL_STALE_BUTTON, show_alert=True))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Command(*ADMIN_COMMANDS))
    # Every "adm:" button, parsable or not: one that no handler below takes (forged, out of
    # range, or from an older version of the bot) is answered by the fallback at the end.
    router.callback_query.filter(OnLoop(F.data.startswith(AdminCallback.__prefix__ + ":")))
    router.message.register(on_refused, ~IsAdmin())
    router.callback_query.register(on_refused_button, ~IsAdmin())
    help_router = Router(name=f"{__name__}.help")
    help_router.message.filter(IsAdmin())
    help_router.message.register(cmd_admin, Command("admin"))
    fallback_router = Router(name=f"{__name__}.fallback")
    fallback_router.callback_query.filter(IsAdmin())
    fallback_router.callback_query.register(on_stale_button)
    # Every sub-router has the admin filter itself; the fallback comes last.
    router.include_routers(
        help_router,
        model_cmds.create_router(),
        stats.create_router(),
        learning.create_router(),
        leads.create_router(),
        fallback_router,
    )
    return router
