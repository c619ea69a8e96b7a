"""Nurture sequences as data: loading, validation and placeholder rendering (pure)."""

from __future__ import annotations

import html
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot import datafile
from bot.datafile import DataFileError

Action = Literal["ready", "price", "stop", "resume"]
ACTIONS: tuple[str, ...] = ("ready", "price", "stop", "resume")
PLACEHOLDERS = frozenset({"name", "need", "step_question"})
# The conversation enrols by tier (warm, cold), on a return from sales and on silence.
REQUIRED_SEQUENCES = ("cold", "warm", "silent", "recycled")
REQUIRED_TEXTS = (
    "unsubscribed", "already_unsubscribed", "ready_noted", "handed_off", "not_yours",
    "name_fallback", "need_fallback",
)  # fmt: skip
CAPTION_LIMIT = 1024  # Telegram's limit for a photo or document caption
TEXT_LIMIT = 4096


class SequencesError(DataFileError):
    """A sequences file that cannot be used; the message names the sequence and step."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def placeholders(template: str) -> set[str]:
    """The {names} a template uses; raises ValueError on a malformed template."""
    names = set()
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise ValueError(f"bad placeholder {{{field}}}: use plain names like {{name}}")
        names.add(field)
    return names


class Localized(_Strict):
    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru

    @model_validator(mode="after")
    def _known_placeholders(self) -> Localized:
        for text in (self.ru, self.en):
            unknown = placeholders(text) - PLACEHOLDERS
            if unknown:
                allowed = ", ".join(f"{{{p}}}" for p in sorted(PLACEHOLDERS))
                raise ValueError(f"unknown placeholder {{{min(unknown)}}} (allowed: {allowed})")
        return self


class Step(_Strict):
    # Seconds, so tests and demos can run fast; Settings.nurture_delay_scale multiplies it.
    delay: float = Field(ge=0)
    after: Literal["previous", "enrolment"] = "previous"
    text: Localized
    buttons: tuple[Action, ...] = ()
    photo: str | None = Field(default=None, min_length=1)  # a file_id or an https URL
    document: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _coherent(self) -> Step:
        if self.photo and self.document:
            raise ValueError("a step sends a photo or a document, not both")
        if len(set(self.buttons)) != len(self.buttons):
            raise ValueError("a button is listed twice")
        limit = CAPTION_LIMIT if (self.photo or self.document) else TEXT_LIMIT
        # Placeholders grow the text; a margin keeps the rendered message within the limit.
        if max(len(self.text.ru), len(self.text.en)) > limit - 300:
            raise ValueError(f"text too long for Telegram (keep it under {limit - 300})")
        return self

    @property
    def media(self) -> tuple[str, str] | None:
        if self.photo:
            return "photo", self.photo
        if self.document:
            return "document", self.document
        return None


class Sequence(_Strict):
    # Silent sequences remind a lead who stopped mid-dialogue; they know the open question.
    silent: bool = False
    # The lead must still be in one of these stages when a step falls due, or the run ends.
    stages: tuple[Literal["new", "qualifying", "nurturing", "recycled"], ...] = Field(min_length=1)
    steps: tuple[Step, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _coherent(self) -> Sequence:
        for index, step in enumerate(self.steps, 1):
            uses = placeholders(step.text.ru) | placeholders(step.text.en)
            if "step_question" in uses and not self.silent:
                raise ValueError(f"step {index}: {{step_question}} needs silent = true")
            if "resume" in step.buttons and not self.silent:
                raise ValueError(f"step {index}: the resume button needs silent = true")
        return self


class PriceList(_Strict):
    text: Localized
    document: str | None = Field(default=None, min_length=1)


class Meta(_Strict):
    version: int = 1


class Sequences(_Strict):
    meta: Meta = Meta()
    texts: dict[str, Localized]
    buttons: dict[Action, Localized]
    price_list: PriceList
    sequences: dict[str, Sequence]

    @model_validator(mode="after")
    def _coherent(self) -> Sequences:
        missing = [name for name in REQUIRED_TEXTS if name not in self.texts]
        if missing:
            raise ValueError(f"texts: missing {', '.join(missing)}")
        missing = [name for name in ACTIONS if name not in self.buttons]
        if missing:
            raise ValueError(f"buttons: missing {', '.join(missing)}")
        missing = [name for name in REQUIRED_SEQUENCES if name not in self.sequences]
        if missing:
            raise ValueError(f"sequences: missing {', '.join(missing)}")
        for key in self.sequences:
            # The key travels in callback data and dedupe keys: short and plain.
            if not (key.isascii() and key.replace("_", "").isalnum() and len(key) <= 12):
                raise ValueError(f"sequence {key!r}: key must be up to 12 of a-z, 0-9, _")
        return self

    def text(self, name: str, lang: str, /, **values: str) -> str:
        """A fixed text, HTML-escaped, with escaped values filled in."""
        return render(self.texts[name].get(lang), values)


def render(template: str, values: Mapping[str, str]) -> str:
    """HTML-escape the template and the values, then fill the placeholders.

    Everything is escaped (names and answers are user text; script text is plain text, as in
    the dialogue script), and a missing value becomes empty rather than an error at send time.
    """
    escaped = {name: html.escape(values.get(name, "")) for name in placeholders(template)}
    return html.escape(template, quote=False).format_map(escaped)


def parse_sequences(raw: Mapping[str, Any], source: str = "sequences") -> Sequences:
    return datafile.parse(Sequences, raw, source=source, error=SequencesError)


def load_sequences(path: Path | None = None) -> Sequences:
    """Load and validate a sequences file, or the shipped default when `path` is None."""
    return datafile.load(
        Sequences, path, package="bot.nurture", resource="sequences.toml", error=SequencesError
    )
