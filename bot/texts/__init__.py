"""Texts the sales team and the admins read, in ru and en (`team.toml`).

The prospect's own texts live with the dialogue script and the nurture sequences, which an
operator may replace as a whole; these are the bot's words to the team: stage and tier names,
card notices. Pure: loaded once, validated like every data file.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot import datafile
from bot.datafile import DataFileError
from bot.db.models import Stage


class TextsError(DataFileError):
    """team.toml cannot be used."""


class Localized(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


class TeamTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    stages: dict[Stage, Localized]
    tiers: dict[str, Localized]
    texts: dict[str, Localized]


@functools.cache
def team_texts() -> TeamTexts:
    return datafile.load(
        TeamTexts, None, package="bot.texts", resource="team.toml", error=TextsError
    )


def stage_name(stage: str | None, lang: str = "ru") -> str:
    try:
        entry = team_texts().stages.get(Stage(stage))
    except ValueError:
        entry = None
    return entry.get(lang) if entry else str(stage)


def tier_name(tier: str | None, lang: str = "ru") -> str:
    entry = team_texts().tiers.get(tier or "none")
    return entry.get(lang) if entry else str(tier)


def text(key: str, lang: str = "ru", /, **values: Any) -> str:
    template = team_texts().texts[key].get(lang)
    return template.format(**values) if values else template
