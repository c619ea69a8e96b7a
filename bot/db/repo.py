"""Repositories: the few queries the handlers and services need, in one place."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, inspect, select, update
from sqlalchemy import event as sa_event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, defer
from sqlalchemy.orm.base import NO_VALUE

from bot.db.models import (
    Answer,
    BehaviourEvent,
    Lead,
    OutboxMessage,
    ProcessedUpdate,
    ScoreSnapshot,
    ScoringModelVersion,
    utcnow,
)
from bot.scoring import Event

# session.info keys: the transaction's new answers and events not written yet, and per lead
# the events not yet folded by a rescore.
ANSWER_ROWS, EVENT_ROWS, UNFOLDED = "answer_rows", "event_rows", "unfolded_events"
_INSERT_ANSWER = Answer.__table__.insert()
_INSERT_EVENT = BehaviourEvent.__table__.insert()


async def lead_by_user(session: AsyncSession, tg_user_id: int) -> Lead | None:
    return await session.scalar(select(Lead).where(Lead.tg_user_id == tg_user_id))


# The hot path's statements are built once: building one (and its cache key) on every call
# cost more than running it on SQLite.
# Every row of the join repeats the lead's columns, and every row's JSON is decoded: the
# cached score (about 3.5 KB, most of the lead's JSON) is left out. Every update recomputes
# it before anything reads it (rescore_lead); raiseload makes a read before that an error,
# not a silent reload (measured with six answers: 0.82 -> 0.58 ms on SQLite, 0.86 -> 0.65 ms
# on PostgreSQL).
_LEAD_AND_ANSWERS = (
    select(Lead, Answer)
    .options(defer(Lead.score, raiseload=True))
    .outerjoin(
        Answer, (Answer.lead_id == Lead.id) & (Answer.cycle == Lead.cycle) & ~Answer.superseded
    )
    .where(Lead.tg_user_id == bindparam("tg_user_id"))
    .order_by(Answer.id)
)


async def lead_and_answers(
    session: AsyncSession, tg_user_id: int
) -> tuple[Lead | None, list[Answer]]:
    """The lead with its current answers (see current_answers), in one query; the lead's
    cached score is not loaded (the caller recomputes it before reading it)."""
    await write_answers(session)
    rows = (await session.execute(_LEAD_AND_ANSWERS, {"tg_user_id": tg_user_id})).all()
    if not rows:
        return None, []
    return rows[0][0], [answer for _, answer in rows if answer is not None]


async def current_answers(session: AsyncSession, lead: Lead) -> Sequence[Answer]:
    """The answers of the lead's current cycle that no /back or re-answer superseded."""
    await write_answers(session)
    result = await session.scalars(
        select(Answer)
        .where(Answer.lead_id == lead.id, Answer.cycle == lead.cycle, ~Answer.superseded)
        .order_by(Answer.id)
    )
    return result.all()


async def lead_events(session: AsyncSession, lead_id: int) -> list[Event]:
    """All the lead's events (plain rows: a long history is read fast)."""
    await write_events(session)
    rows = await session.execute(
        select(BehaviourEvent.kind, BehaviourEvent.at, BehaviourEvent.data)
        .where(BehaviourEvent.lead_id == lead_id)
        .order_by(BehaviourEvent.id)
    )
    return [Event(kind=kind, at=at, data=data or {}) for kind, at, data in rows]


def add_answer(session: AsyncSession, answer: Answer) -> None:
    """Store a new answer with the transaction: written at commit in one INSERT, like the
    events, not by the ORM's flush (which cost an update about 4% for one row: the unit of
    work sorts, inserts, fetches the id and registers the object). The answer stays a plain
    transient object without an id; marking it superseded before the commit is written with
    it. Code that queries answers in the same transaction calls `write_answers` first (the
    queries here do)."""
    assert answer.lead_id is not None, "a new lead is flushed before its first answer"
    session.info.setdefault(ANSWER_ROWS, []).append(answer)


async def write_answers(session: AsyncSession) -> None:
    """Write the answers added so far in this transaction (before a query reads answers)."""
    if session.info.get(ANSWER_ROWS):
        await session.run_sync(_write_answers)


def _write_answers(session: Session) -> None:
    answers = session.info.pop(ANSWER_ROWS, None)
    if not answers:
        return
    names = ("lead_id", "cycle", "step", "raw_text", "value", "via", "superseded", "created_at")
    session.connection().execute(
        _INSERT_ANSWER, [{name: getattr(a, name) for name in names} for a in answers]
    )


def add_event(
    session: AsyncSession, lead: Lead, kind: str, at: datetime | None = None, **data: Any
) -> None:
    """Store an event with the transaction (written at commit, in one statement with the
    transaction's other events; `write_events` writes them earlier for a reader). The
    lead's next rescore in this transaction folds it into the lead's engagement state (a
    commit without that rescore drops the state: see _before_commit)."""
    new = Event(kind, at or utcnow(), data)
    session.info.setdefault(EVENT_ROWS, []).append((lead, new))
    unfolded = session.info.setdefault(UNFOLDED, {})
    unfolded.setdefault(id(lead), (lead, []))[1].append(new)


def unqueue_events(session: AsyncSession, events: Sequence[Event]) -> None:
    """Not worth storing after all (see bot.scoring.keeps): drop them from the queue."""
    if events:
        dropped = {id(e) for e in events}
        rows = session.info.get(EVENT_ROWS, [])
        rows[:] = [row for row in rows if id(row[1]) not in dropped]


async def write_events(session: AsyncSession) -> None:
    """Write the events added so far in this transaction (before a query reads events)."""
    if session.info.get(EVENT_ROWS):
        await session.run_sync(_write_events)


def _write_events(session: Session) -> None:
    rows = session.info.pop(EVENT_ROWS, None)
    if not rows:
        return
    if any(lead.id is None for lead, _ in rows):
        session.flush()  # a lead created in this transaction needs its id
    session.connection().execute(
        _INSERT_EVENT,
        [{"lead_id": lead.id, "kind": e.kind, "at": e.at, "data": e.data} for lead, e in rows],
    )


def take_unfolded(session: AsyncSession, lead: Lead) -> list[Event]:
    """The lead's events added in this transaction and not folded yet (now they are)."""
    entry = session.info.get(UNFOLDED, {}).pop(id(lead), None)
    return entry[1] if entry else []


@sa_event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    """The transaction's new answers go in one statement, its events in another. Events
    stored without a rescore: the lead's engagement state no longer covers all of its events,
    so it goes, and the next rescore folds the whole history again. Then the changed leads
    (see _write_leads)."""
    _write_answers(session)
    _write_events(session)
    for lead, events in session.info.pop(UNFOLDED, {}).values():
        if events:
            lead.engagement = None
    _write_leads(session)


_LEADS = Lead.__table__
_LEAD_COLUMNS = frozenset(c.key for c in _LEADS.columns) - {"id"}
_UPDATE_LEADS: dict[tuple[str, ...], Any] = {}


def _write_leads(session: Session) -> None:
    """Write the changed columns of the session's changed leads with one cached Core UPDATE
    per set of columns, as the ORM's flush would, and mark them unchanged so the flush that
    follows has nothing to do.

    Every answer changes its lead (dialogue, facts, score, engagement), and the unit of work
    cost more than the UPDATE for that one row (sorting, dependency and delete passes,
    history): a commit of a changed lead 430 -> 240 us, 7-10 % of a dialogue update (a
    scratch harness alternating both ways in one process). The ORM still writes leads where
    it flushes before the commit (a query's autoflush, a new lead); this is the same UPDATE,
    with the same bind types (JSON, UTC, stage) and the same `updated_at` bump, at commit.
    Only the columns whose value changed are written and a lead with none is left alone, like
    the flush's history check.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    written = []
    for obj in session.dirty:
        if type(obj) is not Lead:
            continue
        state = inspect(obj)
        if state.key is None or state.deleted or state.expired:
            continue
        values = state.dict
        changed = {}
        for key, old in state.committed_state.items():
            if key not in _LEAD_COLUMNS or key not in values:
                changed = None  # not a plain column change: the ORM writes this one
                break
            new = values[key]
            if old is NO_VALUE or old != new or type(old) is not type(new):
                changed[key] = new
        if changed is None:
            continue
        if changed:
            if "updated_at" not in changed:
                changed["updated_at"] = values["updated_at"] = utcnow()  # the column's onupdate
            changed["_id"] = obj.id
            groups.setdefault(tuple(sorted(changed)), []).append(changed)
        written.append(state)
    if not written:
        return
    connection = session.connection()
    for keys, rows in groups.items():
        statement = _UPDATE_LEADS.get(keys)
        if statement is None:
            statement = _UPDATE_LEADS[keys] = (
                update(_LEADS)
                .where(_LEADS.c.id == bindparam("_id"))
                .values({key: bindparam(key) for key in keys if key != "_id"})
            )
        connection.execute(statement, rows)
    for state in written:
        # What the flush does after its UPDATE (private, but the ORM's own step; the hot
        # path tests fail if it ever stops clearing the change).
        state._commit_all(state.dict, session.identity_map)


@sa_event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(ANSWER_ROWS, None)
    session.info.pop(EVENT_ROWS, None)
    session.info.pop(UNFOLDED, None)


async def active_model_row(session: AsyncSession) -> ScoringModelVersion | None:
    return await session.scalar(
        select(ScoringModelVersion).where(ScoringModelVersion.status == "active")
    )


def _dialect(session: AsyncSession) -> str:
    return session.bind.dialect.name if session.bind else "sqlite"


def _insert(session: AsyncSession) -> Any:
    return pg_insert if _dialect(session) == "postgresql" else sqlite_insert


@functools.cache
def _mark_processed(dialect: str) -> Any:
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = ProcessedUpdate.__table__
    return (
        insert(table)
        .values(update_id=bindparam("update_id"), at=bindparam("at"))
        .on_conflict_do_nothing()
    )


async def mark_update_processed(session: AsyncSession, update_id: int) -> bool:
    """Record the update id; False when it was already handled (a resent update)."""
    statement = _mark_processed(_dialect(session))
    result = await session.execute(statement, {"update_id": update_id, "at": utcnow()})
    return bool(result.rowcount)


async def insert_ignore(session: AsyncSession, model: Any, **values: Any) -> bool:
    """INSERT a row unless a unique key already holds one; True when inserted."""
    result = await session.execute(
        _insert(session)(model.__table__).values(**values).on_conflict_do_nothing()
    )
    return bool(result.rowcount)


async def enqueue(
    session: AsyncSession,
    *,
    kind: str,
    lead_id: int | None,
    payload: dict[str, Any],
    due_at: datetime | None = None,
    dedupe_key: str | None = None,
) -> bool:
    """Add an outbox row in the caller's transaction; False when the dedupe key exists."""
    table = OutboxMessage.__table__
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    # SQLAlchemy flushes the session before any statement; outbox rows are only ever written
    # by statements and read nothing the session holds unflushed (the lead exists), so none
    # here, as in upsert_outbox and cancel_pending: a hand-off flushed the lead halfway and
    # wrote it a second time at commit.
    with session.no_autoflush:
        result = await session.execute(
            insert(table)
            .values(
                kind=kind,
                lead_id=lead_id,
                payload=payload,
                due_at=due_at or now,
                dedupe_key=dedupe_key,
                status="pending",
                attempts=0,
                created_at=now,
            )
            .on_conflict_do_nothing()
        )
    return bool(result.rowcount)


async def upsert_outbox(
    session: AsyncSession,
    *,
    kind: str,
    lead_id: int | None,
    payload: dict[str, Any],
    due_at: datetime,
    dedupe_key: str,
) -> None:
    """Insert an outbox row, or re-arm the row with the same dedupe key.

    One statement (INSERT ... ON CONFLICT (dedupe_key) DO UPDATE) on SQLite and PostgreSQL:
    re-arming a reminder needs no cancel + select + insert. A re-armed row is pending again
    with the new due time and payload and a fresh count (no attempts, error, lease or
    sent_at); kind, lead and created_at stay. A row being sent while it is re-armed keeps
    the new schedule: the worker only finishes rows still marked sending.
    """
    values = {
        "kind": kind, "lead_id": lead_id, "payload": payload, "due_at": due_at,
        "dedupe_key": dedupe_key, "created_at": utcnow(),
    }  # fmt: skip
    statement = _upsert_outbox(_dialect(session))
    # The row needs nothing the session holds unflushed (the lead exists): no flush first,
    # so the update's ORM changes still go out together at commit.
    with session.no_autoflush:
        await session.execute(statement, values)


@functools.cache
def _upsert_outbox(dialect: str) -> Any:
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = OutboxMessage.__table__
    names = ("kind", "lead_id", "payload", "due_at", "dedupe_key", "created_at")
    statement = insert(table).values(
        {**{name: bindparam(name) for name in names}, "status": "pending", "attempts": 0}
    )
    return statement.on_conflict_do_update(
        index_elements=[table.c.dedupe_key],
        set_={
            "due_at": statement.excluded.due_at,
            "payload": statement.excluded.payload,
            "status": "pending",
            "attempts": 0,
            "last_error": None,
            "lease_until": None,
            "sent_at": None,
        },
    )  # no RETURNING: nobody needs the id, and fetching it cost an upsert about 40 %


_OUTBOX = OutboxMessage.__table__
# Built once, on the table like the other outbox statements: the ORM's bulk UPDATE evaluated
# its WHERE clause against the session's objects on every call (synchronize_session), and a
# statement built per call was hashed for the cache each time: 527 -> 140 us a call. Every
# hand-off cancels the nudge, every sales decision the SLA timers.
_CANCEL_ALL = (
    update(_OUTBOX)
    .where(_OUTBOX.c.lead_id == bindparam("_lead"), _OUTBOX.c.status == "pending")
    .values(status="cancelled")
)
_CANCEL_KINDS = _CANCEL_ALL.where(_OUTBOX.c.kind.in_(bindparam("_kinds", expanding=True)))


async def cancel_pending(session: AsyncSession, lead_id: int, kinds: Sequence[str] | None) -> int:
    """Cancel the lead's pending outbox rows of these kinds (None: of every kind).

    Outbox rows are written by statements only (see enqueue): an OutboxMessage a worker
    loaded in this session keeps the status it was loaded with."""
    if kinds is None:
        statement, params = _CANCEL_ALL, {"_lead": lead_id}
    else:
        statement, params = _CANCEL_KINDS, {"_lead": lead_id, "_kinds": list(kinds)}
    with session.no_autoflush:  # see enqueue
        result = await session.execute(statement, params)
    return int(result.rowcount or 0)


async def queued_since(session: AsyncSession, kind: str, since: datetime) -> int:
    """Outbox rows of this kind created since then, whatever became of them."""
    count = await session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.kind == kind, OutboxMessage.created_at >= since)
    )
    return int(count or 0)


async def rejections_since(
    session: AsyncSession, since: datetime, rejections: Sequence[str]
) -> tuple[int, int, Counter[tuple[str, str]]]:
    """Hand-offs since then, how many of them sales rejected, and the (kind, reason) counts."""
    handed = (
        select(ScoreSnapshot.card_key)
        .where(ScoreSnapshot.kind == "handoff", ScoreSnapshot.at >= since)
        .scalar_subquery()
    )
    total = await session.scalar(
        select(func.count())
        .select_from(ScoreSnapshot)
        .where(ScoreSnapshot.kind == "handoff", ScoreSnapshot.at >= since)
    )
    rows = await session.execute(
        select(
            ScoreSnapshot.kind,
            ScoreSnapshot.reason,
            func.count(func.distinct(ScoreSnapshot.card_key)),
        )
        .where(ScoreSnapshot.kind.in_(rejections), ScoreSnapshot.card_key.in_(handed))
        .group_by(ScoreSnapshot.kind, ScoreSnapshot.reason)
    )
    reasons: Counter[tuple[str, str]] = Counter()
    for kind, reason, n in rows:
        reasons[(str(kind), str(reason or ""))] += int(n)
    return int(total or 0), sum(reasons.values()), reasons
