"""The bot blocked or unblocked by a prospect: Telegram tells us through my_chat_member."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import KICKED, MEMBER, ChatMemberUpdatedFilter
from aiogram.types import ChatMemberUpdated
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.db.models import Stage
from bot.services import nurture

router = Router(name=__name__)
router.my_chat_member.filter(F.chat.type == "private")


@router.my_chat_member(ChatMemberUpdatedFilter(member_status_changed=KICKED))
async def on_blocked(event: ChatMemberUpdated, session: AsyncSession) -> None:
    lead = await repo.lead_by_user(session, event.from_user.id)
    if lead is None:
        return
    repo.add_event(session, lead, "blocked")
    repo.change_stage(session, lead, Stage.UNREACHABLE, reason="blocked the bot")
    await nurture.leave(session, lead)


@router.my_chat_member(ChatMemberUpdatedFilter(member_status_changed=MEMBER))
async def on_unblocked(event: ChatMemberUpdated, session: AsyncSession) -> None:
    lead = await repo.lead_by_user(session, event.from_user.id)
    if lead is not None:
        repo.add_event(session, lead, "unblocked")
