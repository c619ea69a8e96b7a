"""Business hours: when a manager can answer a hot lead. Pure: the caller passes `now`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.dialogs.script import Script

DAY_NAMES = {
    "ru": ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
           "в воскресенье"),
    "en": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
           "on Saturday", "on Sunday"),
}  # fmt: skip
TODAY = {"ru": "сегодня", "en": "today"}
TOMORROW = {"ru": "завтра", "en": "tomorrow"}


@dataclass(frozen=True, slots=True)
class BusinessHours:
    zone: ZoneInfo
    hours: tuple[int, int]  # 9, 18: from 9:00 to 18:00
    days: tuple[int, int]  # ISO weekdays, inclusive: 1, 5 is Monday to Friday

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        return (
            self.days[0] <= local.isoweekday() <= self.days[1]
            and self.hours[0] <= local.hour < self.hours[1]
        )

    def next_opening(self, moment: datetime) -> datetime:
        """The first moment at or after `moment` when the office is open (aware, local)."""
        local = moment.astimezone(self.zone)
        if self.is_open(local):
            return local
        day = local.date()
        for offset in range(8):
            candidate = datetime.combine(
                day + timedelta(days=offset), time(self.hours[0]), tzinfo=self.zone
            )
            if candidate >= local and self.is_open(candidate):
                return candidate
        raise AssertionError("business days always include one day a week")  # pragma: no cover


def reply_promise(
    now: datetime, business: BusinessHours, reply_minutes: int, language: str
) -> tuple[bool, str]:
    """(within hours, words for "a manager will contact you ...") for a lead arriving `now`.

    Within hours: "within N minutes". Otherwise: "tomorrow after 9:00 (Europe/Moscow)".
    """
    language = language if language in TODAY else "en"
    deadline = now + timedelta(minutes=reply_minutes)
    if not business.is_open(now):
        opening = business.next_opening(now)
    elif business.is_open(deadline):
        return True, ""
    else:  # open now, but closing before a manager could answer: the next opening counts
        opening = business.next_opening(deadline)
    local_now = now.astimezone(business.zone)
    days_ahead = (opening.date() - local_now.date()).days
    if days_ahead == 0:
        day = TODAY[language]
    elif days_ahead == 1:
        day = TOMORROW[language]
    else:
        day = DAY_NAMES[language][opening.weekday()]
    after = "после" if language == "ru" else "after"
    return False, f"{day} {after} {opening:%H:%M} ({business.zone.key})"


def promised_reply(now: datetime, settings: Settings, script: Script, language: str) -> str:
    """The words a hot lead is told: "within 15 minutes" in business hours, otherwise
    "tomorrow after 09:00 (Europe/Moscow)"."""
    business = BusinessHours(
        settings.zone, settings.span("business_hours"), settings.span("business_days")
    )
    minutes = settings.sales_reply_minutes
    within, later = reply_promise(now, business, minutes, language)
    return script.text("when_soon", language, minutes=minutes) if within else later
