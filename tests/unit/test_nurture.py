"""The pure side of nurture: quiet hours, lateness, spacing, rendering, the sequences file."""

from __future__ import annotations

import copy
import tomllib
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.config import SettingsError, load_settings
from bot.nurture.sequences import (
    SequencesError,
    load_sequences,
    parse_sequences,
    placeholders,
    render,
)
from bot.nurture.timing import in_quiet_hours, is_too_late, next_index, quiet_end, step_due

MSK = ZoneInfo("Europe/Moscow")  # UTC+3, no DST


def msk(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=MSK)


def raw_default() -> dict[str, Any]:
    text = resources.files("bot.nurture").joinpath("sequences.toml").read_text("utf-8")
    return tomllib.loads(text)


@pytest.mark.parametrize(
    ("span", "hour", "quiet"),
    [
        ((21, 9), 20, False),
        ((21, 9), 21, True),
        ((21, 9), 23, True),
        ((21, 9), 0, True),
        ((21, 9), 8, True),
        ((21, 9), 9, False),
        ((13, 15), 12, False),
        ((13, 15), 13, True),
        ((13, 15), 15, False),
        ((22, 0), 23, True),
        ((22, 0), 0, False),
        (None, 3, False),
    ],
)
def test_quiet_hours(span: tuple[int, int] | None, hour: int, quiet: bool) -> None:
    assert in_quiet_hours(msk(10, hour), MSK, span) is quiet


@pytest.mark.parametrize(
    ("moment", "span", "expected"),
    [
        (msk(10, 12), (21, 9), msk(10, 12)),  # not quiet: now
        (msk(10, 22, 30), (21, 9), msk(11, 9)),  # evening: tomorrow morning
        (msk(11, 3), (21, 9), msk(11, 9)),  # after midnight: this morning
        (msk(10, 13, 59), (13, 15), msk(10, 15)),  # a window within the day
        (msk(10, 23), (22, 0), msk(11, 0)),  # ends at midnight
        (msk(10, 22), None, msk(10, 22)),
    ],
)
def test_quiet_end(moment: datetime, span: tuple[int, int] | None, expected: datetime) -> None:
    assert quiet_end(moment, MSK, span) == expected


def test_quiet_hours_use_the_given_zone() -> None:
    moment = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)  # 22:00 in Moscow, 19:00 in London
    assert in_quiet_hours(moment, MSK, (21, 9))
    assert not in_quiet_hours(moment, ZoneInfo("Europe/London"), (21, 9))


@pytest.mark.parametrize(
    ("due", "now", "span", "late"),
    [
        (msk(10, 12), msk(10, 13), (21, 9), False),
        (msk(10, 12), msk(11, 13), (21, 9), True),  # 25 h
        # Due at 23:00 and sent at 10:00: counted from 9:00, the night is not lateness.
        (msk(10, 23), msk(11, 10), (21, 9), False),
        (msk(10, 23), msk(12, 10), (21, 9), True),
        (msk(10, 23), msk(11, 22, 30), None, False),
        (msk(10, 23), msk(11, 23, 1), None, True),
    ],
)
def test_too_late(due: datetime, now: datetime, span: tuple[int, int] | None, late: bool) -> None:
    assert is_too_late(now, due, MSK, span, timedelta(hours=24)) is late


@pytest.mark.parametrize(
    ("delay", "after", "scale", "now", "expected"),
    [
        (3600, "previous", 1.0, msk(10, 12), msk(10, 13)),  # previous step sent at 12:00
        (3600, "previous", 0.5, msk(10, 12), msk(10, 12, 30)),
        (7200, "enrolment", 1.0, msk(10, 12), msk(10, 12)),  # 10:00 + 2 h passed: now
        (7 * 3600, "enrolment", 1.0, msk(10, 12), msk(10, 17)),
        (0, "previous", 1.0, msk(10, 12), msk(10, 12)),
    ],
)
def test_step_due(
    delay: float, after: str, scale: float, now: datetime, expected: datetime
) -> None:
    due = step_due(delay, after, enrolled_at=msk(10, 10), previous_at=now, scale=scale, now=now)
    assert due == expected


@pytest.mark.parametrize(
    ("count", "index", "expected"), [(3, 0, 1), (3, 1, 2), (3, 2, None), (1, 0, None)]
)
def test_next_index(count: int, index: int, expected: int | None) -> None:
    assert next_index(count, index) == expected


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("{name}, hi", {"name": "Bob"}, "Bob, hi"),
        ("{name}, hi", {"name": "<b>Bob</b>"}, "&lt;b&gt;Bob&lt;/b&gt;, hi"),
        ("About «{need}» & more", {"need": "R&D"}, "About «R&amp;D» &amp; more"),
        ("{step_question}", {}, ""),  # a missing value is empty, not an error at send time
        ("no placeholders", {"name": "x"}, "no placeholders"),
        ('"{need}"', {"need": 'say "hi"'}, '"say &quot;hi&quot;"'),
    ],
)
def test_render(template: str, values: dict[str, str], expected: str) -> None:
    assert render(template, values) == expected


def test_placeholders() -> None:
    assert placeholders("{name} and {need}, {{literal}}") == {"name", "need"}
    with pytest.raises(ValueError):
        placeholders("{name!r}")


def test_default_sequences_load() -> None:
    sequences = load_sequences()
    assert {"cold", "warm", "silent", "recycled"} <= set(sequences.sequences)
    assert sequences.sequences["silent"].silent
    for sequence in sequences.sequences.values():
        for step in sequence.steps:
            assert step.text.ru and step.text.en


def _broken(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(raw_default())
    change(raw)
    return raw


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda r: r["sequences"]["cold"]["steps"][1]["text"].pop("en"),
            "sequences.cold.steps.1.text.en: Field required",
        ),
        (
            lambda r: r["sequences"]["warm"]["steps"][0].update(delay=-5),
            "sequences.warm.steps.0.delay",
        ),
        (
            lambda r: r["sequences"]["warm"]["steps"][0]["text"].update(ru="{имя}"),
            "sequences.warm.steps.0.text: unknown placeholder",
        ),
        (
            lambda r: r["sequences"]["cold"]["steps"][0].update(buttons=["call"]),
            "sequences.cold.steps.0.buttons.0",
        ),
        (
            lambda r: r["sequences"]["cold"]["steps"][0].update(photo="a", document="b"),
            "sequences.cold.steps.0: a step sends a photo or a document",
        ),
        (
            lambda r: r["sequences"]["cold"]["steps"][0]["text"].update(en="{step_question}"),
            "sequences.cold: step 1: {step_question} needs silent = true",
        ),
        (
            lambda r: r["sequences"]["cold"]["steps"][0].update(buttons=["resume"]),
            "sequences.cold: step 1: the resume button needs silent = true",
        ),
        (lambda r: r["sequences"].pop("silent"), "sequences: missing silent"),
        (lambda r: r["texts"].pop("unsubscribed"), "texts: missing unsubscribed"),
        (lambda r: r["sequences"]["cold"].update(stages=["won"]), "sequences.cold.stages.0"),
        (lambda r: r["sequences"]["cold"].update(steps=[]), "sequences.cold.steps"),
    ],
)
def test_broken_sequences_are_refused_naming_the_place(change: Any, message: str) -> None:
    with pytest.raises(SequencesError) as error:
        parse_sequences(_broken(change))
    assert message in str(error.value)


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[sequences.cold\n", "utf-8")
    with pytest.raises(SequencesError, match=r"broken\.toml"):
        load_sequences(path)


@pytest.mark.parametrize(
    ("value", "span"), [("21-9", (21, 9)), ("13-15", (13, 15)), ("22-24", (22, 0)), ("", None)]
)
def test_quiet_hours_setting(value: str, span: tuple[int, int] | None) -> None:
    assert load_settings(_env_file=None, quiet_hours=value).quiet_span == span


@pytest.mark.parametrize("value", ["9", "9-9", "25-3", "a-b", "0-24"])
def test_bad_quiet_hours_are_refused(value: str) -> None:
    with pytest.raises(SettingsError, match="QUIET_HOURS"):
        load_settings(_env_file=None, quiet_hours=value)
