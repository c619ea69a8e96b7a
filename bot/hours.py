"""Business hours and time zones. Pure: the caller passes `now`.

When a manager can answer a hot lead (`reply_promise`), when an SLA timer falls due when only
open office time counts (`add_business_time`: 15 minutes from Friday 17:55 is Monday 09:10),
and the lead's own time zone (`lead_time_zone`, from the phone number or the language).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import timezone as phone_timezone

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

    def closing(self, moment: datetime) -> datetime:
        """When the office closes on the local day of `moment` (aware, local)."""
        day = moment.astimezone(self.zone).date()
        end = self.hours[1]
        return datetime.combine(day + timedelta(days=end // 24), time(end % 24), tzinfo=self.zone)

    @property
    def day_length(self) -> timedelta:
        """Open time in one business day (9-18: nine hours)."""
        return timedelta(hours=self.hours[1] - self.hours[0])


def business_hours(settings: Settings) -> BusinessHours:
    return BusinessHours(
        settings.zone, settings.span("business_hours"), settings.span("business_days")
    )


def add_business_time(start: datetime, amount: timedelta, business: BusinessHours) -> datetime:
    """The moment (UTC) when `amount` of open office time has passed since `start`.

    Nights, weekends and the hours outside BUSINESS_HOURS count for nothing, so an SLA timer
    never falls due while nobody can answer, and one that starts outside hours starts at the
    opening the prospect was promised ("tomorrow after 09:00"). A timer that uses up its time
    exactly at closing falls due at the closing moment.
    """
    remaining = amount
    moment = start.astimezone(UTC)
    # A business week has at least one open hour, so a year of iterations is a bug, not data.
    for _ in range(366 * 4):
        opening = business.next_opening(moment).astimezone(UTC)
        closing = business.closing(opening).astimezone(UTC)
        available = closing - opening
        if remaining <= available:
            return opening + max(remaining, timedelta(0))
        remaining -= available
        moment = closing
    raise AssertionError("business time does not advance")  # pragma: no cover


def business_days(days: float, business: BusinessHours) -> timedelta:
    """`days` business days as open office time (5 days of 9-18 are 45 open hours)."""
    return business.day_length * days


# --- the lead's own time zone ------------------------------------------------------------------

# A language spoken mostly in one time zone; other languages say nothing about where one is.
LANGUAGE_ZONES = {"ru": "Europe/Moscow"}
ZoneSource = Literal["phone", "language", "company"]


@dataclass(frozen=True, slots=True)
class LeadZone:
    zone: ZoneInfo
    source: ZoneSource  # how it was found: the phone number, the language, or ours


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def phone_time_zones(phone: str | None) -> tuple[str, ...]:
    """The IANA zones a phone number's prefix may be in (none for an unknown number)."""
    if not phone:
        return ()
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return ()
    zones = phone_timezone.time_zones_for_number(number)
    return tuple(z for z in zones if z != phone_timezone.UNKNOWN_TIMEZONE)


def lead_time_zone(phone: str | None, language: str | None, company: ZoneInfo) -> LeadZone:
    """Where the lead probably is: the phone number's zone when the prefix names one (a
    Moscow landline, a US area code); for a prefix spanning several zones (a Russian mobile)
    ours when it is among them, else the language's; else the language's zone; else ours."""
    zones = phone_time_zones(phone)
    language_zone = _zone(LANGUAGE_ZONES.get(language or ""))
    if len(zones) == 1 and (found := _zone(zones[0])) is not None:
        return LeadZone(found, "phone")
    if zones:
        if company.key in zones:
            return LeadZone(company, "company")
        if language_zone is not None and language_zone.key in zones:
            return LeadZone(language_zone, "language")
        if (found := _zone(zones[0])) is not None:
            return LeadZone(found, "phone")
    if language_zone is not None:
        return LeadZone(language_zone, "language")
    return LeadZone(company, "company")


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
    business = business_hours(settings)
    minutes = settings.sales_reply_minutes
    within, later = reply_promise(now, business, minutes, language)
    return script.text("when_soon", language, minutes=minutes) if within else later
