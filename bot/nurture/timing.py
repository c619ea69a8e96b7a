"""When a nurture message may go out: quiet hours, lateness, step spacing. Pure: no I/O."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

QuietSpan = tuple[int, int] | None  # (21, 9): from 21:00 to 9:00 local; None: no quiet hours


def in_quiet_hours(moment: datetime, zone: ZoneInfo, span: QuietSpan) -> bool:
    if span is None:
        return False
    start, end = span
    hour = moment.astimezone(zone).hour
    if start < end:
        return start <= hour < end
    return hour >= start or hour < end  # the window wraps midnight


def quiet_end(moment: datetime, zone: ZoneInfo, span: QuietSpan) -> datetime:
    """`moment` itself outside quiet hours, else the local morning when they end."""
    if span is None or not in_quiet_hours(moment, zone, span):
        return moment
    local = moment.astimezone(zone)
    day = local.date() if local.hour < span[1] else local.date() + timedelta(days=1)
    return datetime.combine(day, time(span[1]), tzinfo=zone)


def is_too_late(
    now: datetime, due: datetime, zone: ZoneInfo, span: QuietSpan, max_age: timedelta
) -> bool:
    """Due long ago (the bot was down): not worth sending any more.

    Lateness counts from when the message could first have gone out, so a message that
    fell due at night and waited for the morning is not "late" because of the night.
    """
    return now - quiet_end(due, zone, span) > max_age


def step_due(
    delay_s: float,
    after: str,
    *,
    enrolled_at: datetime,
    previous_at: datetime,
    scale: float,
    now: datetime,
) -> datetime:
    """When a step falls due: `delay_s` (scaled) after enrolment or after the previous step.

    Never in the past: a step anchored on enrolment whose time passed while an earlier step
    waited goes out next rather than being judged late at once.
    """
    anchor = enrolled_at if after == "enrolment" else previous_at
    return max(anchor + timedelta(seconds=delay_s * scale), now)


def next_index(step_count: int, index: int) -> int | None:
    """The step after `index`, or None when the sequence ends."""
    following = index + 1
    return following if 0 <= following < step_count else None
