from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.hours import (
    BusinessHours,
    add_business_time,
    business_days,
    lead_time_zone,
    reply_promise,
)

MOSCOW = BusinessHours(ZoneInfo("Europe/Moscow"), (9, 18), (1, 5))


def msk(day: int, hour: int, minute: int = 0) -> datetime:
    # November 2026: the 23rd is a Monday.
    return datetime(2026, 11, day, hour, minute, tzinfo=ZoneInfo("Europe/Moscow"))


@pytest.mark.parametrize(
    ("now", "language", "within", "words"),
    [
        (msk(25, 11), "ru", True, ""),
        (msk(25, 17, 50), "ru", False, "завтра после 09:00 (Europe/Moscow)"),
        (msk(25, 7), "ru", False, "сегодня после 09:00 (Europe/Moscow)"),
        (msk(25, 23), "en", False, "tomorrow after 09:00 (Europe/Moscow)"),
        (msk(27, 19), "ru", False, "в понедельник после 09:00 (Europe/Moscow)"),
        (msk(28, 12), "en", False, "on Monday after 09:00 (Europe/Moscow)"),
        (msk(25, 8, 50), "ru", False, "сегодня после 09:00 (Europe/Moscow)"),
        (msk(25, 8, 30), "de", False, "today after 09:00 (Europe/Moscow)"),
    ],
)
def test_reply_promise(now: datetime, language: str, within: bool, words: str) -> None:
    assert reply_promise(now.astimezone(UTC), MOSCOW, 15, language) == (within, words)


def test_all_week_round_the_clock_is_always_open() -> None:
    always = BusinessHours(ZoneInfo("UTC"), (0, 24), (1, 7))
    assert reply_promise(datetime(2026, 11, 29, 23, 59, tzinfo=UTC), always, 15, "en")[0]


# --- SLA timers count open office time only ------------------------------------------------


@pytest.mark.parametrize(
    ("start", "minutes", "due"),
    [
        (msk(25, 12), 15, msk(25, 12, 15)),  # Wednesday noon: plain addition
        (msk(25, 17, 50), 15, msk(26, 9, 5)),  # ten minutes left today, five tomorrow
        (msk(25, 23), 15, msk(26, 9, 15)),  # at night: from the morning's opening
        (msk(27, 17, 55), 15, msk(30, 9, 10)),  # Friday evening: over the weekend
        (msk(28, 12), 30, msk(30, 9, 30)),  # Saturday: Monday morning
        (msk(27, 17, 45), 15, msk(27, 18)),  # uses the day up exactly: due at closing
        (msk(25, 10), 9 * 60, msk(26, 10)),  # one business day of open time
        (msk(26, 10), 5 * 9 * 60, msk(26, 10) + timedelta(days=7)),  # five days: a week
    ],
)
def test_add_business_time_skips_nights_and_weekends(
    start: datetime, minutes: int, due: datetime
) -> None:
    got = add_business_time(start.astimezone(UTC), timedelta(minutes=minutes), MOSCOW)
    assert got == due and got.tzinfo == UTC


def test_business_days_are_open_hours() -> None:
    assert business_days(5, MOSCOW) == timedelta(hours=45)
    always = BusinessHours(ZoneInfo("UTC"), (0, 24), (1, 7))
    assert business_days(0.5, always) == timedelta(hours=12)
    start = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)  # a Saturday night is open here
    assert add_business_time(start, timedelta(hours=1), always) == start + timedelta(hours=1)


def test_business_time_across_a_daylight_saving_change() -> None:
    berlin = BusinessHours(ZoneInfo("Europe/Berlin"), (9, 18), (1, 5))
    friday = datetime(2026, 3, 27, 17, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # CET
    due = add_business_time(friday, timedelta(hours=2), berlin)
    # Monday 10:00 in summer time (CEST, UTC+2): one hour on Friday, one on Monday.
    assert due == datetime(2026, 3, 30, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert due.hour == 8


# --- the lead's own time zone ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "language", "zone", "source"),
    [
        ("+73832123456", "ru", "Asia/Novosibirsk", "phone"),  # a Novosibirsk landline
        ("+74951234567", "en", "Europe/Moscow", "phone"),
        ("+12125551234", "en", "America/New_York", "phone"),
        ("+14155550000", "ru", "America/Los_Angeles", "phone"),
        ("+4915112345678", "en", "Europe/Berlin", "phone"),
        # A Russian mobile spans eleven zones: ours when it is one of them.
        ("+79991234567", "ru", "Europe/Moscow", "company"),
        (None, "ru", "Europe/Moscow", "language"),
        (None, "en", "Europe/Moscow", "company"),
        ("not a phone", "en", "Europe/Moscow", "company"),
    ],
)
def test_lead_time_zone(phone: str | None, language: str, zone: str, source: str) -> None:
    found = lead_time_zone(phone, language, ZoneInfo("Europe/Moscow"))
    assert (found.zone.key, found.source) == (zone, source)


def test_a_mobile_spanning_zones_outside_ours_takes_the_language() -> None:
    found = lead_time_zone("+79991234567", "ru", ZoneInfo("Europe/Berlin"))
    assert (found.zone.key, found.source) == ("Europe/Moscow", "language")
    found = lead_time_zone("+79991234567", "en", ZoneInfo("Europe/Berlin"))
    assert found.source == "phone" and found.zone.key.startswith("Asia/")
