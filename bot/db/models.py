"""SQLAlchemy 2 models. Every fact, event, stage change and scheduled message is a row."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes in UTC; SQLite forgets the zone, so it is put back on load."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Stage(enum.StrEnum):
    NEW = "new"
    QUALIFYING = "qualifying"
    NURTURING = "nurturing"
    SALES_READY = "sales_ready"
    IN_SALES = "in_sales"
    RECYCLED = "recycled"
    WON = "won"
    LOST = "lost"
    DISQUALIFIED = "disqualified"
    UNREACHABLE = "unreachable"
    FORGOTTEN = "forgotten"


class StageType(TypeDecorator[Stage]):
    """A stage column: plain text in the database, the Stage enum in Python."""

    impl = String(16)
    cache_ok = True

    def process_bind_param(self, value: Stage | str | None, dialect: Any) -> str | None:
        return None if value is None else Stage(value).value

    def process_result_value(self, value: str | None, dialect: Any) -> Stage | None:
        return None if value is None else Stage(value)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        datetime: UTCDateTime,
        Stage: StageType,
    }


class Lead(Base):
    __tablename__ = "leads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tg_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    first_name: Mapped[str | None] = mapped_column(String(128))
    last_name: Mapped[str | None] = mapped_column(String(128))
    username: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="ru")
    source: Mapped[str | None] = mapped_column(String(64))
    stage: Mapped[Stage] = mapped_column(default=Stage.NEW, index=True)
    # Qualification cycle: bumped on restart/recycle, so a hand-off happens once per cycle.
    cycle: Mapped[int] = mapped_column(Integer, default=1)
    # Times sales returned the lead to nurture: with the cycle it keys one card per hand-off.
    recycles: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Facts derived from the current answers (a cache; answers are the truth).
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Where the dialogue is: the question last asked and when, re-asks, fingerprints of the
    # latest messages (repeats earn nothing), questions left for the manager.
    dialogue: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Cached Score (see bot.scoring), recomputed after every change and by the decay job.
    score: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The fold of the lead's events under the model version it names (EngagementState): an
    # update folds its new events into it in O(1) instead of reading the whole history.
    # NULL or another version: the next rescore folds all events again and stores it.
    engagement: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    scored_at: Mapped[datetime | None] = mapped_column(index=True)
    score_total: Mapped[float] = mapped_column(Float, default=0.0)
    tier: Mapped[str | None] = mapped_column(String(16), index=True)
    sales_ready: Mapped[bool] = mapped_column(Boolean, default=False)
    model_version: Mapped[int | None] = mapped_column(Integer)
    unsubscribed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Answer(Base):
    """One answer to one dialogue step. /back and re-answers supersede, never delete."""

    __tablename__ = "answers"
    __table_args__ = (Index("ix_answers_lead_current", "lead_id", "superseded"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    cycle: Mapped[int] = mapped_column(Integer, default=1)
    step: Mapped[str] = mapped_column(String(32))
    raw_text: Mapped[str | None] = mapped_column(Text)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    via: Mapped[str] = mapped_column(String(16))  # button | text | contact | skip | unknown
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BehaviourEvent(Base):
    """What the prospect did, with a timestamp: the engagement axis is computed from these."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_lead_at", "lead_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class StageChange(Base):
    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column()
    to_stage: Mapped[Stage] = mapped_column()
    actor_id: Mapped[int | None] = mapped_column(BigInteger)  # None: the bot itself
    reason: Mapped[str | None] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ScoringModelVersion(Base):
    __tablename__ = "scoring_models"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the version number
    status: Mapped[str] = mapped_column(String(16), index=True)  # active | draft | archived
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    author_id: Mapped[int | None] = mapped_column(BigInteger)
    comment: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """A side effect to perform later or after commit; claimed atomically by the worker."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    # A unique key makes enqueueing idempotent (e.g. one sales card per lead and cycle).
    dedupe_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    due_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(255))
    lease_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()


class SalesCard(Base):
    """One hand-off: the card in the sales chat and what sales did with it."""

    __tablename__ = "sales_cards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    handoff_key: Mapped[str] = mapped_column(String(64), unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    thread_id: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)
    taken_by_id: Mapped[int | None] = mapped_column(BigInteger)
    taken_by_name: Mapped[str | None] = mapped_column(String(128))
    taken_at: Mapped[datetime | None] = mapped_column()
    # won | lost | recycled | disqualified, with the rep and the reason
    outcome: Mapped[str | None] = mapped_column(String(16), index=True)
    outcome_reason: Mapped[str | None] = mapped_column(String(64))
    outcome_by_id: Mapped[int | None] = mapped_column(BigInteger)
    outcome_at: Mapped[datetime | None] = mapped_column()
    sla_breaches: Mapped[int] = mapped_column(Integer, default=0)
    # The first message a rep sent the prospect through the bot: it stops the SLA.
    first_reply_at: Mapped[datetime | None] = mapped_column()
    first_reply_by_id: Mapped[int | None] = mapped_column(BigInteger)
    # The one-line entry in General (or SALES_THREAD_ID) that links to the lead's topic.
    index_message_id: Mapped[int | None] = mapped_column(BigInteger)
    # A rep's message could not reach the prospect (blocked): the topic was told once.
    prospect_blocked_at: Mapped[datetime | None] = mapped_column()


class SalesTopic(Base):
    """A lead's forum topic in the sales group: its cards and the conversation, one per lead."""

    __tablename__ = "sales_topics"
    __table_args__ = (UniqueConstraint("chat_id", "thread_id", name="uq_sales_topics_thread"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    thread_id: Mapped[int] = mapped_column(BigInteger)
    # The title as last set: a state change that keeps it costs no call to Telegram.
    title: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RelayedMessage(Base):
    """A message relayed between a prospect and the sales chat: ids only, never its text.

    "in": the prospect's message (`prospect_message_id`) copied into the sales chat
    (`sales_message_id`); "out": a rep's message in the sales chat copied to the prospect.
    A rep's reply to a relayed message finds its lead here.
    """

    __tablename__ = "relay_messages"
    __table_args__ = (
        UniqueConstraint("sales_chat_id", "sales_message_id", name="uq_relay_messages_sales"),
        Index("ix_relay_messages_prospect", "lead_id", "prospect_message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    sales_chat_id: Mapped[int] = mapped_column(BigInteger)
    sales_message_id: Mapped[int] = mapped_column(BigInteger)
    prospect_message_id: Mapped[int | None] = mapped_column(BigInteger)
    rep_id: Mapped[int | None] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ScoreSnapshot(Base):
    """What a lead's score was when it went to sales and when sales decided on it.

    Reports about sales (acceptance by tier, /insights, /suggest, the audit) read these
    instead of the lead's current score, which keeps changing after the decision. No
    personal data: the fired rules (id -> [firings, points]) and the deal facts only
    (need category, budget, authority, timeline), never names, contacts or free text.
    """

    __tablename__ = "score_snapshots"
    __table_args__ = (
        Index("ix_score_snapshots_kind_at", "kind", "at"),
        # A decision finds its hand-off by (card_key, kind): with card_key alone SQLite's
        # planner joins through kind_at and a 10k-decision report turns quadratic.
        Index("ix_score_snapshots_card_key_kind", "card_key", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    # handoff | won | lost | recycle | dq
    kind: Mapped[str] = mapped_column(String(16))
    # The hand-off it belongs to (the card's handoff_key): joins a decision to its hand-off.
    card_key: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(BigInteger)
    reason: Mapped[str | None] = mapped_column(String(64))
    score_total: Mapped[float] = mapped_column(Float, default=0.0)
    fit: Mapped[float] = mapped_column(Float, default=0.0)
    engagement: Mapped[float] = mapped_column(Float, default=0.0)
    cell: Mapped[str | None] = mapped_column(String(4))
    tier: Mapped[str | None] = mapped_column(String(16))
    sales_ready: Mapped[bool] = mapped_column(Boolean, default=False)
    model_version: Mapped[int | None] = mapped_column(Integer)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(String(64))


class OutcomeModel(Base):
    """A logistic model of won vs not-won on the rules' features, trained by /suggest: the
    probability on the sales card and in /lead. The newest row is the one in use."""

    __tablename__ = "outcome_models"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author_id: Mapped[int | None] = mapped_column(BigInteger)
    # The scoring model version whose rules were the features when it was trained.
    scoring_version: Mapped[int | None] = mapped_column(Integer)
    outcomes: Mapped[int] = mapped_column(Integer, default=0)
    won: Mapped[int] = mapped_column(Integer, default=0)
    auc: Mapped[float | None] = mapped_column(Float)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # intercept, coefficients


class AuditEntry(Base):
    """Every sales and admin action: who, what, on which lead, when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    action: Mapped[str] = mapped_column(String(32))
    lead_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ProcessedUpdate(Base):
    """Telegram update ids already handled: a resent update is not handled twice."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class KeyValue(Base):
    """Small runtime settings that must survive restarts (e.g. a migrated sales chat id)."""

    __tablename__ = "kv"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
