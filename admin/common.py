"""Small pieces every admin module shares: callback data, audit rows, chunked replies."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from aiogram.filters.callback_data import CallbackData
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEntry, utcnow

TELEGRAM_LIMIT = 4096
CAPTION_LIMIT = 1024
PERIODS = {"7d": timedelta(days=7), "30d": timedelta(days=30), "all": None}


class AdminCallback(CallbackData, prefix="adm"):
    """Only an action and a number (version or lead id) travel: never personal data."""

    action: str  # apply | discard | handoff
    ref: int = 0


def audit(
    session: AsyncSession,
    actor_id: int,
    action: str,
    lead_id: int | None = None,
    **detail: Any,
) -> None:
    session.add(AuditEntry(actor_id=actor_id, action=action, lead_id=lead_id, detail=detail))


def chunks(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split on line breaks so that no HTML tag is cut (every line is closed by itself)."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > limit:
            line = line[: limit - 1] + "…"
        if current and len(current) + 1 + len(line) > limit:
            out.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current or not out:
        out.append(current or "—")
    return out


async def reply_long(message: Message, text: str, **kwargs: Any) -> None:
    parts = chunks(text)
    for i, part in enumerate(parts):
        # Buttons go under the last part, where the admin finishes reading.
        extra = kwargs if i == len(parts) - 1 else {}
        await message.answer(part, **extra)


def parse_period(token: str | None, now: datetime | None = None) -> tuple[str, datetime | None]:
    """'7d' | '30d' | 'all' | 'Nd' -> (label, since); unknown tokens raise ValueError."""
    label = (token or "30d").lower()
    now = now or utcnow()
    if label in PERIODS:
        delta = PERIODS[label]
        return label, None if delta is None else now - delta
    if label.endswith("d") and label[:-1].isdigit() and 0 < int(label[:-1]) <= 3650:
        return label, now - timedelta(days=int(label[:-1]))
    raise ValueError(label)
