from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.hours import BusinessHours, reply_promise

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
