"""The qualification script as data: loading, validation and step selection (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot import datafile
from bot.datafile import DataFileError

Lang = Literal["ru", "en"]
LANGS: tuple[Lang, ...] = ("ru", "en")
PARSERS = (
    "need", "budget", "authority", "timeline", "text", "profile", "phone", "email", "choice",
)  # fmt: skip
REQUIRED_TEXTS = (
    "greeting", "consent", "resume", "reask", "reask_bad_phone", "reask_bad_email",
    "own_question", "unknown_recorded", "non_text", "too_long", "back_nothing", "back_done",
    "restarted", "restart_refused", "button_expired", "stopped", "already_answered",
    "finished_already", "language_switched", "help",
    "closing_hot", "closing_warm", "closing_cold", "closing_disqualified", "closing_job_seeker",
    "when_soon", "skip_button", "back_button", "share_phone_button", "understood",
    "question_noted", "relay_ack",
)  # fmt: skip


FAQ_TOPICS = frozenset(
    {"price", "timeline", "demo", "portfolio", "guarantee", "payment", "call", "proposal"}
)


class ScriptError(DataFileError):
    """A script that cannot be used; the message names the step and the problem."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


class Option(_Strict):
    value: str = Field(min_length=1, max_length=24, pattern=r"^[a-z0-9_]+$")
    ru: str = Field(min_length=1, max_length=64)
    en: str = Field(min_length=1, max_length=64)
    synonyms: tuple[str, ...] = ()
    facts: dict[str, Any] = Field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


class Condition(_Strict):
    fact: str
    in_: tuple[Any, ...] | None = Field(default=None, alias="in")
    not_in: tuple[Any, ...] | None = None
    missing: bool | None = None

    @model_validator(mode="after")
    def _one_test(self) -> Condition:
        tests = [t for t in (self.in_, self.not_in, self.missing) if t is not None]
        if len(tests) != 1:
            raise ValueError("a condition needs exactly one of: in, not_in, missing")
        return self

    def holds(self, facts: Mapping[str, Any]) -> bool:
        value = facts.get(self.fact)
        if self.missing is not None:
            return (value is None) == self.missing
        if self.in_ is not None:
            return value in self.in_
        return value not in (self.not_in or ())


class Step(_Strict):
    key: str = Field(min_length=1, max_length=16, pattern=r"^[a-z0-9_]+$")
    dimension: Literal["need", "budget", "authority", "timeline", "profile", "contact"]
    # profile: "ООО Ромашка, директор" gives company and position in one answer
    parser: Literal[
        "need", "budget", "authority", "timeline", "text", "profile", "phone", "email", "choice"
    ]
    question: Localized
    examples: Localized
    optional: bool = False
    when: Condition | None = None
    fact: str | None = None  # the fact a "text" step records
    options: tuple[Option, ...] = ()

    @model_validator(mode="after")
    def _coherent(self) -> Step:
        if self.parser == "text" and not self.fact:
            raise ValueError("a text step needs `fact`, the name it records the answer under")
        if self.parser == "choice" and not self.options:
            raise ValueError("a choice step needs options")
        values = [o.value for o in self.options]
        if len(values) != len(set(values)):
            raise ValueError("option values must be unique")
        return self

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


class Meta(_Strict):
    version: int = 1
    close_on: tuple[str, ...] = (
        "job_seeker", "student", "spam", "partner", "vendor", "researcher",
    )  # fmt: skip


class Script(_Strict):
    meta: Meta = Meta()
    texts: dict[str, Localized]
    # Answers to common questions, by the topic the question detector finds (price, timeline,
    # demo, portfolio, guarantee, payment, call, proposal); other questions go to the manager.
    faq: dict[str, Localized] = Field(default_factory=dict)
    steps: tuple[Step, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _coherent(self) -> Script:
        missing = [name for name in REQUIRED_TEXTS if name not in self.texts]
        if missing:
            raise ValueError(f"texts: missing {', '.join(missing)}")
        unknown = set(self.faq) - FAQ_TOPICS
        if unknown:
            raise ValueError(
                f"faq: unknown topic {min(unknown)!r} (known: {', '.join(sorted(FAQ_TOPICS))})"
            )
        seen: set[str] = set()
        for step in self.steps:
            if step.key in seen:
                raise ValueError(f"step {step.key!r}: the key is used twice")
            seen.add(step.key)
        return self

    def text(self, text_key: str, lang: str, /, **values: Any) -> str:
        template = self.texts[text_key].get(lang)
        return template.format(**values) if values else template

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)

    def next_step(self, facts: Mapping[str, Any], answered: Sequence[str]) -> Step | None:
        """The first step not answered yet whose condition holds on the facts so far."""
        done = set(answered)
        for step in self.steps:
            if step.key in done:
                continue
            if step.when is None or step.when.holds(facts):
                return step
        return None

    def position(self, key: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.key == key)


def parse_script(raw: Mapping[str, Any], source: str = "script") -> Script:
    return datafile.parse(Script, raw, source=source, error=ScriptError)


def load_script(path: Path | None = None) -> Script:
    """Load and validate a script file, or the shipped default when `path` is None."""
    return datafile.load(
        Script, path, package="bot.dialogs", resource="default_script.toml", error=ScriptError
    )
