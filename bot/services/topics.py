"""A forum topic per handed-off lead, whose title and icon follow the lead's stage.

When the sales group is a forum (and SALES_TOPICS is on), the card's outbox row opens the
lead's topic "🔥 #15 Анна · ООО Ромашка · A2" once per lead (a recycled lead handed off again
gets its next card in the same topic), the card goes in it, and General keeps a one-line
index entry linking to it. The topic is recorded in `sales_topics`.

Opening a topic is the one side effect that cannot be repeated harmlessly. If the process
dies after Telegram created the topic and before the row that asked for it was committed,
the topic is still found: Telegram delivers the bot its own `forum_topic_created` service
message, its title carries the lead's number, and `adopt` records it. The retried row (after
OUTBOX_LEASE_SECONDS) sees that its previous try died without an error and waits
`ADOPT_WAIT_S` once for that message, then posts into the adopted topic instead of opening a
second one.
"""

from __future__ import annotations

import html
import logging
import re
import time
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.types import ForumTopic
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.db.models import Lead, SalesCard, SalesTopic, Stage, utcnow

log = logging.getLogger(__name__)

TITLE_LIMIT = 128
# Red: the colour of a hot lead (one of the six colours Telegram allows; fixed at creation).
TOPIC_COLOR = 0xFB6F5F
STAGE_MARKS = {
    Stage.SALES_READY: "🔥",
    Stage.IN_SALES: "🤝",
    Stage.WON: "✅",
    Stage.LOST: "❌",
    Stage.RECYCLED: "♻️",
    Stage.DISQUALIFIED: "🚫",
}
OTHER_MARK = "💬"
# Topic icons are custom emoji from getForumTopicIconStickers: looked up by their emoji, the
# first one offered wins; a stage whose emoji Telegram does not offer keeps its icon.
STAGE_ICONS = {
    Stage.SALES_READY: ("🔥", "⚡"),
    Stage.IN_SALES: ("🤝", "💼"),
    Stage.WON: ("✅", "🏆", "🎉"),
    Stage.LOST: ("❌", "👎"),
    Stage.RECYCLED: ("♻", "🔄"),
    Stage.DISQUALIFIED: ("🚫", "⛔"),
}
ICONS_TTL_S = 3600
# How long a retried card row waits for the service message of a topic an interrupted try
# may have opened (polling delivers it within a second or two of a restart).
ADOPT_WAIT_S = 10.0
LEAD_NUMBER = re.compile(r"#(\d{1,18})\b")

_icons: dict[str, str] = {}
_icons_at = 0.0


def mark(stage: Stage | str | None) -> str:
    try:
        return STAGE_MARKS.get(Stage(str(stage)), OTHER_MARK)
    except ValueError:
        return OTHER_MARK


def lead_label(lead: Lead) -> str:
    """ "#15 Анна · ООО Ромашка · A2": plain text (escape it for HTML)."""
    name = " ".join(p for p in (lead.first_name, lead.last_name) if p) or "—"
    parts = [f"#{lead.id} {name}"]
    company = (lead.facts or {}).get("company")
    if company:
        parts.append(str(company))
    cell = (lead.score or {}).get("cell")
    if cell:
        parts.append(str(cell))
    return " · ".join(parts)


def topic_title(lead: Lead) -> str:
    """The topic's name: the stage mark and the lead's label, within Telegram's 128."""
    title = re.sub(r"\s+", " ", f"{mark(lead.stage)} {lead_label(lead)}").strip()
    return title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"


def topic_link(chat_id: int, thread_id: int) -> str | None:
    """t.me/c links work in supergroups (ids like -100xxxxxxxxxx)."""
    text = str(chat_id)
    return f"https://t.me/c/{text[4:]}/{thread_id}" if text.startswith("-100") else None


def index_text(lead: Lead, card: SalesCard | None, link: str | None) -> str:
    """The General topic's one line about a hand-off, linking to the lead's topic."""
    line = f"{mark(lead.stage)} {html.escape(lead_label(lead))}"
    if card is not None and card.taken_by_id is not None:
        line += f" · {html.escape(card.taken_by_name or str(card.taken_by_id))}"
    if link:
        line += f' — <a href="{link}">тема лида</a>'
    return line


async def topic_of(session: AsyncSession, lead_id: int) -> SalesTopic | None:
    return await session.scalar(select(SalesTopic).where(SalesTopic.lead_id == lead_id))


async def topic_at(session: AsyncSession, chat_id: int, thread_id: int) -> SalesTopic | None:
    return await session.scalar(
        select(SalesTopic).where(SalesTopic.chat_id == chat_id, SalesTopic.thread_id == thread_id)
    )


async def record(
    session: AsyncSession, lead_id: int, chat_id: int, thread_id: int, title: str | None
) -> SalesTopic:
    """Store the lead's topic; a topic already recorded (adopted meanwhile) wins."""
    await repo.insert_ignore(
        session,
        SalesTopic,
        lead_id=lead_id,
        chat_id=chat_id,
        thread_id=thread_id,
        title=title,
        created_at=utcnow(),
    )
    stored = await topic_of(session, lead_id)
    assert stored is not None
    return stored


async def forget_topic(session: AsyncSession, topic: SalesTopic) -> None:
    """The topic is gone (deleted by a person) or in another chat: the next card opens one."""
    await session.execute(delete(SalesTopic).where(SalesTopic.id == topic.id))


async def adopt(session: AsyncSession, chat_id: int, thread_id: int, name: str) -> int | None:
    """The bot's own forum_topic_created in the sales chat: record it for the lead its title
    names unless that lead has a topic already. Returns the lead id adopted for, if any."""
    found = LEAD_NUMBER.search(name)
    if found is None:
        return None
    lead = await session.get(Lead, int(found.group(1)))
    if lead is None or lead.stage == Stage.FORGOTTEN:
        return None
    existing = await topic_of(session, lead.id)
    if existing is not None:
        if (existing.chat_id, existing.thread_id) != (chat_id, thread_id):
            # A retry opened a second topic before this update came: left as it is, unused.
            log.warning("lead %s: topic %s is a duplicate of %s", lead.id, thread_id,
                        existing.thread_id)  # fmt: skip
        return None
    await record(session, lead.id, chat_id, thread_id, name)
    log.warning("lead %s: adopted topic %s opened by an interrupted try", lead.id, thread_id)
    return lead.id


async def icon_for(bot: Bot, stage: Stage | str) -> str | None:
    """The custom emoji id of the stage's topic icon, if Telegram offers one."""
    global _icons, _icons_at
    if not _icons or time.monotonic() - _icons_at > ICONS_TTL_S:
        try:
            stickers = await bot.get_forum_topic_icon_stickers()
        except TelegramAPIError as exc:
            log.warning("topic icons unavailable: %s", exc.message)
            stickers = []
        found = {
            (s.emoji or "").replace("\ufe0f", ""): s.custom_emoji_id
            for s in stickers
            if s.emoji and s.custom_emoji_id
        }
        if found:
            _icons, _icons_at = found, time.monotonic()
    try:
        wanted = STAGE_ICONS.get(Stage(str(stage)), ())
    except ValueError:
        wanted = ()
    return next((_icons[e] for e in wanted if e in _icons), None)


async def open_topic(bot: Bot, chat_id: int, lead: Lead) -> ForumTopic | None:
    """createForumTopic for the lead; None when the bot may not (no "Manage topics")."""
    extra: dict[str, Any] = {}
    icon = await icon_for(bot, lead.stage)
    if icon:
        extra["icon_custom_emoji_id"] = icon
    try:
        return await bot.create_forum_topic(
            chat_id, topic_title(lead), icon_color=TOPIC_COLOR, **extra
        )
    except TelegramBadRequest as exc:
        text = exc.message.lower()
        if "not enough rights" in text or "chat_admin_required" in text or "not a forum" in text:
            log.error(
                "cannot open a topic in the sales chat %s (%s): give the bot Manage topics; "
                "the card goes to the main chat meanwhile",
                chat_id,
                exc.message,
            )
            return None
        raise


async def sync_title(session: AsyncSession, bot: Bot, topic: SalesTopic, lead: Lead) -> bool:
    """Rename the topic (and change its icon) if the lead's state changed; True if it did."""
    title = topic_title(lead)
    if title == topic.title:
        return False
    extra: dict[str, Any] = {}
    icon = await icon_for(bot, lead.stage)
    if icon:
        extra["icon_custom_emoji_id"] = icon
    try:
        await bot.edit_forum_topic(
            topic.chat_id, message_thread_id=topic.thread_id, name=title, **extra
        )
    except TelegramBadRequest as exc:
        if "not_modified" not in exc.message.lower().replace(" ", "_"):
            log.warning("topic %s of lead %s not renamed: %s", topic.thread_id, lead.id,
                        exc.message)  # fmt: skip
            return False
    topic.title = title
    return True
