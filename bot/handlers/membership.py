"""The bot blocked or unblocked by a prospect: Telegram tells us through my_chat_member."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import KICKED, MEMBER, ChatMemberUpdatedFilter
from aiogram.types import ChatMemberUpdated
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.db import repo
from bot.db.models import utcnow
from bot.filters import OnLoop
from bot.services import relay


async def on_blocked(event: ChatMemberUpdated, session: AsyncSession) -> None:
    lead = await repo.lead_by_user(session, event.from_user.id)
    if lead is not None:
        await lifecycle.mark_unreachable(session, lead, utcnow(), via="my_chat_member")


async def on_unblocked(event: ChatMemberUpdated, session: AsyncSession) -> None:
    lead = await repo.lead_by_user(session, event.from_user.id)
    if lead is not None:
        lifecycle.mark_reachable(session, lead, utcnow())
        await relay.prospect_reachable(session, lead)


def create_router() -> Router:
    router = Router(name=__name__)
    router.my_chat_member.filter(OnLoop(F.chat.type == "private"))
    router.my_chat_member.register(
        on_blocked, ChatMemberUpdatedFilter(member_status_changed=KICKED)
    )
    router.my_chat_member.register(
        on_unblocked, ChatMemberUpdatedFilter(member_status_changed=MEMBER)
    )
    return router
