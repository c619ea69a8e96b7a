"""Small pieces every admin module shares: callback data, audit rows, chunked replies."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from typing import Any

from aiogram.filters.callback_data import CallbackData
from aiogram.types import Message
from pydantic import Field
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEntry, utcnow
from bot.outgoing import AfterCommit

TELEGRAM_LIMIT = 4096
CAPTION_LIMIT = 1024
PERIODS = {"7d": timedelta(days=7), "30d": timedelta(days=30), "all": None}
# Row ids are BIGINT: anything larger makes the driver raise instead of finding nothing.
MAX_ID = 2**63 - 1
# ASCII digits only: str.isdigit() accepts "²" (int() then raises) and int() accepts "٣".
_ID = re.compile(r"[0-9]{1,18}")
_TAG = re.compile(r"<[^>]*>")


def parse_id(token: str | None, prefix: str = "#") -> int | None:
    """A lead or version id typed by an admin ("15", "#15"; "v2" with prefix="v"), or None.

    The one parser for ids in admin/: 1 to 18 ASCII digits, within 1..MAX_ID.
    """
    text = (token or "").strip().lower().removeprefix(prefix)
    if not _ID.fullmatch(text):
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


class AdminCallback(CallbackData, prefix="adm"):
    """Only an action and a number (version or lead id) travel: never personal data.

    A forged button with a number out of range does not unpack (the admin router answers
    it as a stale button) instead of reaching the database.
    """

    action: str  # apply | discard | rollback | cancel | handoff | rescore
    ref: int = Field(default=0, ge=0, le=MAX_ID)
    # apply, discard, rollback: the revision of the body the dry-run showed (a short hash).
    rev: str = Field(default="", max_length=16, pattern=r"^[0-9a-f]*$")


def audit(
    session: AsyncSession,
    actor_id: int,
    action: str,
    lead_id: int | None = None,
    **detail: Any,
) -> None:
    session.add(AuditEntry(actor_id=actor_id, action=action, lead_id=lead_id, detail=detail))


def _cut_line(line: str, limit: int) -> str:
    """An HTML line longer than `limit`, cut as plain text and escaped again.

    Cutting the HTML itself could split "&amp;" or leave "<b>" open, and Telegram refuses the
    whole message; such a line loses its formatting instead.
    """
    plain = html.unescape(_TAG.sub("", line))
    out: list[str] = []
    size = 1  # the closing "…"
    for char in plain:
        piece = html.escape(char, quote=False)
        if size + len(piece) > limit:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out) + "…"


def chunks(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split on line breaks so that no HTML tag is cut (every line is closed by itself)."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > limit:
            line = _cut_line(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            out.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current or not out:
        out.append(current or "—")
    return out


def reply_long(after_commit: AfterCommit, message: Message, text: str, **kwargs: Any) -> None:
    """Queue a long reply in Telegram-sized parts (sent after the update commits)."""
    parts = chunks(text)
    for i, part in enumerate(parts):
        # Buttons go under the last part, where the admin finishes reading.
        extra = kwargs if i == len(parts) - 1 else {}
        after_commit.call(message.answer(part, **extra))


def parse_period(token: str | None, now: datetime | None = None) -> tuple[str, datetime | None]:
    """'7d' | '30d' | 'all' | 'Nd' -> (label, since); unknown tokens raise ValueError."""
    label = (token or "30d").lower()
    now = now or utcnow()
    if label in PERIODS:
        delta = PERIODS[label]
        return label, None if delta is None else now - delta
    days = re.fullmatch(r"([0-9]{1,4})d", label)
    if days and 0 < int(days[1]) <= 3650:
        return label, now - timedelta(days=int(days[1]))
    raise ValueError(label)
