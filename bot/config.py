"""Settings: the configuration contract of DESIGN.md, read from the environment or `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_API_URL = "https://api.telegram.org"


class SettingsError(Exception):
    """A configuration problem, reported as one line naming the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    bot_token: SecretStr | None = None
    telegram_api_url: str = DEFAULT_API_URL
    database_url: str = "sqlite+aiosqlite:///data/leadbot.db"
    redis_url: str | None = None
    sales_chat_id: int | None = None
    sales_thread_id: int | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)

    # The dialogue: another script file can replace the shipped one.
    script_path: Path | None = None
    default_language: str = "ru"
    # Off-profile tasks (things the company does not do), comma separated.
    off_profile_keywords: Annotated[tuple[str, ...], NoDecode] = ("smm", "мобильн", "mobile app")
    # Promised to a hot lead in the closing message ("a manager will call within N minutes").
    sales_reply_minutes: int = Field(default=15, ge=1, le=24 * 60)
    # How often the outbox worker looks for due messages (sales cards, nurture, reminders).
    outbox_tick_seconds: float = Field(default=2.0, gt=0, le=3600)
    # A claimed row whose worker died is taken again after this long (must exceed a send).
    outbox_lease_seconds: float = Field(default=60, ge=1)
    # Outgoing message limits, like Telegram's (lower them if you see 429s).
    rate_overall_per_second: float = Field(default=30, gt=0)
    rate_private_per_second: float = Field(default=1, gt=0)
    rate_group_per_minute: float = Field(default=20, gt=0)
    log_level: str = "INFO"

    # Sales: who may act on cards and talk to prospects (empty: any member of the sales
    # chat), the heads of sales and the executives told when a lead waits too long.
    sales_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    sales_head_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    sales_exec_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    # SLA, in business time: no reply to the prospect after the card was posted reminds the
    # taker (or the group), then escalates to the heads, then to the executives; a taken lead
    # without an outcome after SLA_OUTCOME_DAYS business days reminds the taker, after twice
    # that the heads.
    sla_remind_minutes: float = Field(default=15, gt=0)
    sla_escalate_minutes: float = Field(default=30, gt=0)
    sla_exec_minutes: float = Field(default=120, gt=0)
    sla_outcome_days: float = Field(default=5, gt=0, le=365)
    # A forum sales group gets a topic per handed-off lead (false: cards in one place, and
    # the conversation by replies to the card); reps' messages to prospects can be signed
    # with the rep's first name.
    sales_topics: bool = True
    relay_signature: bool = False
    # Business hours, in the company's time zone: outside them a hot lead is told when.
    timezone: str = "Europe/Moscow"
    business_hours: str = "09-18"
    business_days: str = "1-5"
    # Nurture: no message in the quiet hours of the lead's time zone ("21-9" wraps midnight;
    # empty: no quiet hours), messages older than this when finally due are skipped, and
    # every delay of the sequences file is multiplied by the scale (0.001 for demos).
    nurture_sequences_path: Path | None = None
    quiet_hours: str = "21-9"
    nurture_too_late_hours: float = Field(default=24, gt=0)
    nurture_delay_scale: float = Field(default=1.0, gt=0)
    # Scores decay with time: the decay job recomputes those older than this (hours).
    rescore_every_hours: float = Field(default=24, gt=0)

    # Learning from outcomes. The quarterly audit goes to the admins every this many days
    # (0: never); /insights says "not enough data" for a group of fewer leads than this;
    # /suggest fits weights from this many sales decisions on; the admins are alerted once
    # when sales reject (return to nurture, disqualify) more than this share of the leads
    # handed off in a rolling week, counted from this many hand-offs on.
    audit_every_days: float = Field(default=90, ge=0, le=3650)
    insights_min_leads: int = Field(default=10, ge=1, le=100_000)
    suggest_min_outcomes: int = Field(default=50, ge=10, le=1_000_000)
    reject_alert_share: float = Field(default=0.3, gt=0, le=1)
    reject_alert_min_leads: int = Field(default=5, ge=1, le=100_000)

    @field_validator("admin_ids", "sales_ids", "sales_head_ids", "sales_exec_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be numeric Telegram user ids, comma separated") from None
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("off_profile_keywords", mode="before")
    @classmethod
    def _parse_keywords(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(p.strip().lower() for p in value.split(",") if p.strip())
        return value

    @field_validator(
        "redis_url", "webhook_url", "script_path", "nurture_sequences_path", mode="before"
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("sales_chat_id", "sales_thread_id", mode="before")
    @classmethod
    def _empty_int_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("unknown time zone (use an IANA name like Europe/Moscow)") from None
        return value

    @field_validator("business_hours", "business_days")
    @classmethod
    def _hour_range(cls, value: str, info: ValidationInfo) -> str:
        # Hours: 9-18 means from 9:00 to 18:00. Days: ISO weekdays, 1-5 means Monday-Friday.
        hours = info.field_name == "business_hours"
        problem = "must look like 9-18 (hours 0-24)" if hours else "must look like 1-5 (Mon=1)"
        try:
            start, end = (int(part) for part in value.split("-"))
        except ValueError:
            raise ValueError(problem) from None
        if not (0 <= start < end <= 24 if hours else 1 <= start <= end <= 7):
            raise ValueError(problem)
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str) -> str:
        # Unlike business hours, quiet hours usually wrap midnight: 21-9 is 21:00 to 9:00.
        if not value.strip():
            return ""
        try:
            start, end = (int(part) for part in value.split("-"))
        except ValueError:
            raise ValueError("must look like 21-9 (hours 0-24), or be empty for none") from None
        if not (0 <= start <= 23 and 0 <= end <= 24 and start != end % 24):
            raise ValueError("must look like 21-9 (hours 0-24), or be empty for none")
        return value.strip()

    @property
    def quiet_span(self) -> tuple[int, int] | None:
        """quiet_hours as (start, end), end exclusive and possibly before start; None: off."""
        if not self.quiet_hours:
            return None
        start, end = (int(part) for part in self.quiet_hours.split("-"))
        return start, end % 24

    @field_validator("telegram_api_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must be sqlite+aiosqlite:///path or postgresql+asyncpg://user@host/db"
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.bot_token is not None and ":" not in self.bot_token.get_secret_value():
            raise ValueError("BOT_TOKEN: does not look like a Bot API token (digits:secret)")
        if self.bot_token is not None and self.sales_chat_id is None:
            raise ValueError("SALES_CHAT_ID: is required when BOT_TOKEN is set")
        if self.sla_escalate_minutes <= self.sla_remind_minutes:
            raise ValueError("SLA_ESCALATE_MINUTES: must be greater than SLA_REMIND_MINUTES")
        if self.sla_exec_minutes <= self.sla_escalate_minutes:
            raise ValueError("SLA_EXEC_MINUTES: must be greater than SLA_ESCALATE_MINUTES")
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("WEBHOOK_SECRET: is required when WEBHOOK_URL is set")
        return self

    @property
    def sandbox(self) -> bool:
        return self.bot_token is None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def span(self, name: str) -> tuple[int, int]:
        """business_hours or business_days as (start, end), end exclusive."""
        start, end = (int(part) for part in getattr(self, name).split("-"))
        return start, end

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(**overrides: object) -> Settings:
    """Read Settings, turning validation errors into one line per variable, secrets hidden."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = "_".join(str(part) for part in error["loc"]).upper()
            message = error["msg"].removeprefix("Value error, ")
            if not name and ":" in message:
                name, message = (s.strip() for s in message.split(":", 1))
            lines.append(f"{name or 'configuration'}: {message}")
        raise SettingsError("; ".join(lines)) from None
