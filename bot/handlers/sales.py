"""The sales group: card buttons, /leads and /mine, and the bot's own membership there."""

from __future__ import annotations

import html
import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters import Command
from aiogram.methods import EditMessageText
from aiogram.types import (
    CallbackQuery,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.config import Settings
from bot.db.models import Lead, SalesCard, Stage, utcnow
from bot.filters import OnLoop
from bot.outgoing import AfterCommit, Outgoing
from bot.services import sales, topics
from bot.services.sales import CardPage, ListCallback, SalesCallback
from bot.services.scoring import ModelCache, rescore_lead

log = logging.getLogger(__name__)

GROUPS = ("group", "supergroup")


async def _is_sales_chat(chat_id: int, session: AsyncSession, settings: Settings) -> bool:
    return chat_id == (await sales.sales_chat(session, settings))[0]


async def on_card_button(
    query: CallbackQuery,
    callback_data: SalesCallback,
    session: AsyncSession,
    settings: Settings,
    models: ModelCache,
    after_commit: AfterCommit,
) -> None:
    message = query.message
    allowed = (
        message is not None
        and await _is_sales_chat(message.chat.id, session, settings)
        and (not settings.sales_ids or query.from_user.id in settings.sales_ids)
    )
    if not allowed:
        log.warning("refused a sales button from user %s", query.from_user.id)
        after_commit.call(query.answer(texts.text("sales_only"), show_alert=True))
        return
    lead_id, action = callback_data.lead, callback_data.action
    lead = await session.get(Lead, lead_id)
    if lead is None or lead.stage == Stage.FORGOTTEN:
        after_commit.call(query.answer(texts.text("lead_erased"), show_alert=True))
        return
    if action in ("menu", "back"):
        card = await sales.latest_card(session, lead_id)
        menu = callback_data.arg if action == "menu" else None
        markup = sales.card_keyboard(lead_id, card, menu)
        after_commit.then(lambda bot: _edit(bot, card, None, markup))
        after_commit.call(query.answer())
        return
    now = utcnow()
    if action == "take":
        result = await sales.take(
            session, lead_id, query.from_user.id, _name(query), now, settings
        )
    else:
        result = await sales.close(
            session, lead_id, action, callback_data.arg, query.from_user.id, now, settings
        )
    if result.ok and result.lead is not None:
        await rescore_lead(session, result.lead, await models.active(session), now)
        # The card shows the decision only after it is committed.
        view = await sales.card_view(session, result.lead, settings)
        text = sales.card_text(view, now)
        markup = sales.card_keyboard(result.lead.id, view.card)
        after_commit.then(lambda bot: _edit(bot, view.card, text, markup))
    after_commit.call(query.answer(result.notice, show_alert=not result.ok))


async def _leave_stranger_group(
    event: ChatMemberUpdated, session: AsyncSession, settings: Settings, bot: Bot
) -> None:
    """Added to a group that is not the sales chat: leave it (the bot has no business there)."""
    if event.new_chat_member.status not in ("member", "administrator", "restricted"):
        return
    sales_id, _ = await sales.sales_chat(session, settings)
    # A basic sales group upgraded to a supergroup gets a new id, and the news of the new
    # chat may come before the migration message that tells us the id: while the sales chat
    # is a basic group (no -100 prefix), do not leave a supergroup that may be its new self.
    if (
        sales_id is not None
        and not str(sales_id).startswith("-100")
        and event.chat.type == "supergroup"
    ):
        log.warning(
            "added to supergroup %s: maybe the migrated sales chat, staying", event.chat.id
        )
        return
    log.warning("added to group %s, which is not the sales chat: leaving", event.chat.id)
    try:
        await bot.leave_chat(event.chat.id)
    except TelegramAPIError as exc:
        log.warning("could not leave group %s: %s", event.chat.id, exc.message)


def _name(query: CallbackQuery) -> str:
    user = query.from_user
    return f"@{user.username}" if user.username else user.full_name


async def _edit(
    bot: Bot, card: SalesCard | None, text: str | None, markup: InlineKeyboardMarkup | None
) -> None:
    if card is None:
        return
    try:
        if text is None:
            await bot.edit_message_reply_markup(
                chat_id=card.chat_id, message_id=card.message_id, reply_markup=markup
            )
        else:
            await bot.edit_message_text(
                text=text, chat_id=card.chat_id, message_id=card.message_id, reply_markup=markup
            )
    except TelegramBadRequest as exc:
        # Two quick presses may render the same card twice; anything else is worth a line.
        if "not modified" not in exc.message:
            log.warning("could not edit the card of lead %s: %s", card.lead_id, exc.message)


async def cmd_leads(
    message: Message, session: AsyncSession, settings: Settings, after_commit: AfterCommit
) -> None:
    if not await _is_sales_chat(message.chat.id, session, settings):
        return
    text, markup = _list_message(await sales.open_cards(session), "open", 0)
    after_commit.send(message.chat.id, [Outgoing(text, markup)])


async def cmd_mine(
    message: Message, session: AsyncSession, settings: Settings, after_commit: AfterCommit
) -> None:
    if not await _is_sales_chat(message.chat.id, session, settings):
        return
    assert message.from_user
    rep = message.from_user.id
    text, markup = _list_message(await sales.open_cards(session, taken_by=rep), "mine", rep)
    after_commit.send(message.chat.id, [Outgoing(text, markup)])


async def on_list_page(
    query: CallbackQuery,
    callback_data: ListCallback,
    session: AsyncSession,
    settings: Settings,
    after_commit: AfterCommit,
) -> None:
    """◀ / ▶ under /leads and /mine: the message shows another page."""
    message = query.message
    if message is None or not await _is_sales_chat(message.chat.id, session, settings):
        after_commit.call(query.answer(texts.text("sales_only"), show_alert=True))
        return
    mine = callback_data.which == "mine"
    if mine and callback_data.owner != query.from_user.id:
        after_commit.call(query.answer("Это список другого менеджера: /mine — ваш"))
        return
    taken_by = callback_data.owner if mine else None
    page = await sales.open_cards(session, taken_by=taken_by, page=callback_data.page)
    text, markup = _list_message(page, callback_data.which, callback_data.owner)
    after_commit.call(
        EditMessageText(
            chat_id=message.chat.id,
            message_id=message.message_id,
            text=text,
            reply_markup=markup,
            disable_web_page_preview=True,
        )
    )
    after_commit.call(query.answer())


def _list_message(
    page: CardPage, which: str, owner: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The list: highest score first, then the longest waiting; ◀ ▶ when there are pages."""
    if not page.items:
        return ("Все лиды разобраны 👍" if which == "open" else "У вас нет открытых лидов."), None
    title = "Ждут менеджера" if which == "open" else "Ваши открытые лиды"
    lines = [f"<b>{title}</b> (сначала выше балл, затем дольше ждут) · {page.total}:"]
    if page.pages > 1:
        lines[0] += f" · стр. {page.page + 1} из {page.pages}"
    now = utcnow()
    for card, lead in page.items:
        link = _message_link(card)
        label = html.escape(_trim(topics.lead_label(lead), 60))
        label = f'<a href="{link}">{label}</a>' if link else label
        score = f"{float(lead.score_total or 0):.0f}"
        lines.append(f"• {label} · {score} · {sales.age(card.posted_at, now)}")
    buttons = []
    if page.page > 0:
        data = ListCallback(which=which, page=page.page - 1, owner=owner).pack()
        buttons.append(InlineKeyboardButton(text="◀", callback_data=data))
    if page.page + 1 < page.pages:
        data = ListCallback(which=which, page=page.page + 1, owner=owner).pack()
        buttons.append(InlineKeyboardButton(text="▶", callback_data=data))
    markup = InlineKeyboardMarkup(inline_keyboard=[buttons]) if buttons else None
    return "\n".join(lines), markup


def _trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _message_link(card: SalesCard) -> str | None:
    """t.me/c links work for supergroups only (ids like -100xxxxxxxxxx)."""
    text = str(card.chat_id)
    if not text.startswith("-100"):
        return None
    return f"https://t.me/c/{text[4:]}/{card.message_id}"


async def on_group_migrated(message: Message, session: AsyncSession, settings: Settings) -> None:
    """The sales group became a supergroup: its id changed, cards go to the new one."""
    if await _is_sales_chat(message.chat.id, session, settings):
        assert message.migrate_to_chat_id is not None
        _, thread_id = await sales.sales_chat(session, settings)
        await sales.remember_sales_chat(session, message.migrate_to_chat_id, thread_id)


async def on_membership(
    event: ChatMemberUpdated, session: AsyncSession, settings: Settings, bot: Bot
) -> None:
    if not await _is_sales_chat(event.chat.id, session, settings):
        await _leave_stranger_group(event, session, settings, bot)
        return
    status = event.new_chat_member.status
    if status in ("left", "kicked"):
        log.error("the bot was removed from the sales chat %s: cards will wait", event.chat.id)
    elif status in ("member", "administrator"):
        resumed = await sales.resume_postponed_cards(session)
        log.warning("the bot is back in the sales chat: %d waiting cards resume", resumed)


def create_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(on_card_button, SalesCallback.filter())
    router.callback_query.register(on_list_page, ListCallback.filter())
    router.message.register(cmd_leads, Command("leads"), OnLoop(F.chat.type.in_(GROUPS)))
    router.message.register(
        cmd_mine, Command("mine"), OnLoop(F.chat.type.in_(GROUPS)), OnLoop(F.from_user)
    )
    router.message.register(on_group_migrated, OnLoop(F.migrate_to_chat_id))
    router.my_chat_member.register(on_membership, OnLoop(F.chat.type.in_(GROUPS)))
    return router
