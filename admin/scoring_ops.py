"""Model versions for admins: the single draft, dry-runs, apply, rollback, bulk rescoring.

Everything here works on the session it is given and never commits: the handlers commit
before they send anything (DESIGN principle 4).
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args, get_origin

from annotated_types import Ge, Gt, Le, Lt
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repo
from bot.db.models import BehaviourEvent, Lead, ScoringModelVersion, Stage
from bot.scoring import (
    Event,
    ModelError,
    RescoreDiff,
    ScoringModel,
    finish,
    fold_all,
    load_default_model,
    rescore,
)
from bot.scoring.edit import strip_optional
from bot.services.scoring import SHIPPED_DEFAULT, ensure_active_model

TIERS = ("hot", "warm", "cold", "disqualified")
# Stages whose leads a newly sales-ready score may send to sales (as conversation does).
HANDOFF_STAGES = (Stage.NURTURING, Stage.RECYCLED)
MAX_COMMENT = 255

LeadInput = tuple[int, dict[str, Any], list[Event], str | None, bool]


def model_of(row: ScoringModelVersion) -> ScoringModel:
    return ScoringModel.model_validate({**row.body, "version": row.id})


def body_of(model: ScoringModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude={"version"})


def revision(body: dict[str, Any]) -> str:
    """A short hash of a stored model body: dry-run buttons carry it, so Apply (or a rollback)
    does exactly what the dry-run showed. 40 bits: enough to tell a few edits apart."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:10]


async def draft_row(session: AsyncSession, *, lock: bool = False) -> ScoringModelVersion | None:
    """The draft; `lock` before changing it, so that two admins' edits queue up instead of
    one overwriting the other (PostgreSQL: FOR UPDATE; SQLite serialises writers anyway)."""
    query = (
        select(ScoringModelVersion)
        .where(ScoringModelVersion.status == "draft")
        .order_by(ScoringModelVersion.id.desc())
    )
    if lock:  # and re-read it: another transaction may have changed it while we waited
        query = query.with_for_update().execution_options(populate_existing=True)
    return await session.scalar(query)


async def active_row(session: AsyncSession) -> ScoringModelVersion:
    return await ensure_active_model(session)


async def version_row(
    session: AsyncSession, version: int, *, lock: bool = False
) -> ScoringModelVersion | None:
    return await session.get(
        ScoringModelVersion, version, with_for_update=lock or None, populate_existing=lock
    )


# --- paths, suggestions and allowed values ---------------------------------------------------


def dotted_paths(model: ScoringModel) -> list[str]:
    """Every settable leaf of the model dump; list items named by their id (like /set)."""
    out: list[str] = []

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else str(k))
        elif isinstance(node, list) and node and all(isinstance(i, dict) for i in node):
            for i, item in enumerate(node):
                name = item.get("id") if isinstance(item.get("id"), str) else str(i)
                walk(item, f"{prefix}.{name}")
        else:
            out.append(prefix)

    walk(body_of(model), "")
    return out


def suggest(path: str, model: ScoringModel, n: int = 5) -> list[str]:
    paths = dotted_paths(model)
    close = difflib.get_close_matches(path, paths, n=n, cutoff=0.5)
    if close:
        return close
    # A lone last segment ("hot") is a common slip: offer the paths that end with it.
    tail = path.rsplit(".", 1)[-1]
    return [p for p in paths if p.endswith("." + tail) or p == tail][:n]


def _field(path: str) -> tuple[FieldInfo | None, Any]:
    """The pydantic field and annotation behind a dotted path (None when not a plain field)."""
    ann: Any = ScoringModel
    info: FieldInfo | None = None
    for seg in [s for s in path.split(".") if s]:
        ann = strip_optional(ann)
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            info = ann.model_fields.get(seg)
            if info is None:
                return None, None
            ann = info.annotation
        elif get_origin(ann) in (list, dict):
            ann = get_args(ann)[-1]
            info = None
        else:
            return None, None
    return info, ann


def allowed(path: str) -> str:
    """What a value at `path` may be, for error messages ("число, 0 ≤ x ≤ 100")."""
    info, ann = _field(path)
    if ann is None:
        return ""
    optional = strip_optional(ann) is not ann
    base = strip_optional(ann)
    if get_origin(base) is Literal:
        kind = "одно из: " + ", ".join(str(a) for a in get_args(base))
    elif base is bool:
        kind = "true/false"
    elif base is int:
        kind = "целое число"
    elif base is float:
        kind = "число"
    elif base is str:
        kind = "текст"
    elif get_origin(base) is list:
        kind = "список через запятую"
    else:
        kind = ""
    bounds: list[str] = []
    for meta in info.metadata if info is not None else ():
        if isinstance(meta, Ge):
            bounds.append(f"x ≥ {meta.ge:g}")
        elif isinstance(meta, Gt):
            bounds.append(f"x > {meta.gt:g}")
        elif isinstance(meta, Le):
            bounds.append(f"x ≤ {meta.le:g}")
        elif isinstance(meta, Lt):
            bounds.append(f"x < {meta.lt:g}")
    parts = [p for p in (kind, ", ".join(bounds)) if p]
    if optional:
        parts.append("или none")
    return "; ".join(parts)


# --- the draft ----------------------------------------------------------------------------


def _comment(old: str | None, new: str) -> str:
    text = f"{old}; {new}" if old else new
    # Keep the newest edits when the history outgrows the column.
    return text if len(text) <= MAX_COMMENT else "…" + text[-(MAX_COMMENT - 1) :]


async def save_draft(
    session: AsyncSession, model: ScoringModel, author_id: int, comment: str, *, replace: bool
) -> ScoringModelVersion:
    """Create or update the single draft version; `replace` starts its comment afresh."""
    row = await draft_row(session, lock=True)
    if row is None:
        row = ScoringModelVersion(status="draft", body=body_of(model))
        session.add(row)
        row.comment = _comment(None, comment)
    else:
        row.body = body_of(model)
        row.comment = _comment(None if replace else row.comment, comment)
    row.author_id = author_id
    await session.flush()
    return row


async def draft_or_active_model(session: AsyncSession, *, lock: bool = False) -> ScoringModel:
    row = await draft_row(session, lock=lock)
    return model_of(row if row is not None else await active_row(session))


async def set_value(
    session: AsyncSession, path: str, value: str, author_id: int
) -> tuple[ScoringModelVersion, Any, Any]:
    """Apply one /set to the draft (made from the active model when there is none).

    Returns (draft row, old value, new value); raises ModelError as set_model_value does.
    """
    from bot.scoring import set_model_value

    base = await draft_or_active_model(session, lock=True)
    new = set_model_value(base, path, value)
    old_flat, new_flat = _flat(base), _flat(new)
    row = await save_draft(session, new, author_id, f"{path}={value.strip()}", replace=False)
    return row, old_flat.get(path), new_flat.get(path)


def _flat(model: ScoringModel) -> dict[str, Any]:
    out: dict[str, Any] = {}
    body = body_of(model)
    for path in dotted_paths(model):
        node: Any = body
        for seg in path.split("."):
            if isinstance(node, list):
                node = next(
                    (i for i in node if isinstance(i, dict) and i.get("id") == seg),
                    node[int(seg)] if seg.isdigit() and int(seg) < len(node) else None,
                )
            elif isinstance(node, dict):
                node = node.get(seg)
        out[path] = node
    return out


# --- bulk rescoring -----------------------------------------------------------------------


async def load_inputs(session: AsyncSession) -> list[LeadInput]:
    """Facts, events and the stored tier of every live lead: two queries, grouped in Python."""
    leads = (
        await session.execute(
            select(Lead.id, Lead.facts, Lead.tier, Lead.sales_ready)
            .where(Lead.stage != Stage.FORGOTTEN)
            .order_by(Lead.id)
        )
    ).all()
    events: defaultdict[int, list[Event]] = defaultdict(list)
    rows = await session.execute(
        select(BehaviourEvent.lead_id, BehaviourEvent.kind, BehaviourEvent.at, BehaviourEvent.data)
    )
    for lead_id, kind, at, data in rows:
        events[lead_id].append(Event(kind=kind, at=at, data=data or {}))
    return [
        (lid, facts or {}, events.get(lid, []), tier, bool(ready))
        for lid, facts, tier, ready in leads
    ]


@dataclass
class DryRun:
    diff: RescoreDiff
    before: Counter[str] = field(default_factory=Counter)
    after: Counter[str] = field(default_factory=Counter)


def dry_run(inputs: Sequence[LeadInput], model: ScoringModel, now: datetime) -> DryRun:
    """Pure: what `model` would change against the stored tiers, and the histograms."""
    diff = rescore(inputs, model, now)
    before = Counter(str(tier) for _, _, _, tier, _ in inputs)
    after = Counter(before)
    for (old, new), n in diff.tier_changes.items():
        after[old] -= n
        after[new] += n
    return DryRun(diff, before, +after)


@dataclass
class Applied:
    total: int
    changed: int
    became_ready: list[int]  # newly sales-ready leads that sales may take (nurturing/recycled)


async def rescore_all(session: AsyncSession, model: ScoringModel, now: datetime) -> Applied:
    """Store a fresh score on every live lead under `model` (one executemany UPDATE)."""
    inputs = await load_inputs(session)
    stages = {lid: stage for lid, stage in await session.execute(select(Lead.id, Lead.stage))}
    params: list[dict[str, Any]] = []
    changed = 0
    became: list[int] = []
    for lead_id, facts, events, old_tier, old_ready in inputs:
        # The fold is kept: the lead's next update under this model starts from it.
        state = fold_all(events, model, now.timestamp())
        result = finish(facts, state, model, now)
        if result.tier != old_tier or result.sales_ready != old_ready:
            changed += 1
        if result.sales_ready and not old_ready and stages.get(lead_id) in HANDOFF_STAGES:
            became.append(lead_id)
        params.append(
            {
                "id": lead_id,
                "score": result.to_dict(),
                "score_total": result.total,
                "tier": result.tier,
                "sales_ready": result.sales_ready,
                "model_version": result.model_version,
                "engagement": state.to_dict(),
            }
        )
    await session.flush()
    if params:
        await session.execute(update(Lead), params)
    # Leads already loaded in this session would otherwise keep their old cached scores.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Lead):
            session.expire(obj)
    return Applied(len(params), changed, became)


async def activate(
    session: AsyncSession, row: ScoringModelVersion, now: datetime
) -> tuple[ScoringModelVersion | None, Applied]:
    """Make `row` the active version (the old one is archived), then rescore everyone."""
    old = await repo.active_model_row(session)
    if old is not None and old.id != row.id:
        old.status = "archived"
        # SQLite has no deferred checks; flush the archive first so one active row remains.
        await session.flush()
    row.status = "active"
    await session.flush()
    return old, await rescore_all(session, model_of(row), now)


@dataclass
class Upgrade:
    old_version: int
    new_version: int
    applied: Applied


async def upgrade_shipped_default(session: AsyncSession, now: datetime) -> Upgrade | None:
    """At start-up: a database still on an unedited shipped default gets this release's.

    The shipped default improves between releases (new rules, currency rates); a deployment
    whose admins never edited the model must not keep the first one it installed forever. It
    becomes a new version, the old one is archived (a /rollback brings it back) and every
    lead is rescored. Leads that become sales-ready are not sent to sales by this: as after an
    admin's /apply, a manager decides. A model any admin changed, rolled back or activated is
    theirs and is left alone. None when nothing changed.
    """
    row = await session.scalar(
        select(ScoringModelVersion)
        .where(ScoringModelVersion.status == "active")
        .with_for_update()  # two instances starting at once: the second finds the new one
        .execution_options(populate_existing=True)
    )
    if row is None or row.comment != SHIPPED_DEFAULT or row.author_id is not None:
        return None
    body = body_of(load_default_model())
    if row.body == body:
        return None
    new = ScoringModelVersion(status="archived", body=body, comment=SHIPPED_DEFAULT)
    session.add(new)
    await session.flush()
    _, applied = await activate(session, new, now)
    return Upgrade(row.id, new.id, applied)


async def rollback_to(
    session: AsyncSession, version: int, author_id: int, now: datetime
) -> tuple[ScoringModelVersion, Applied]:
    """A NEW active version with the body of `version` (history is never erased)."""
    source = await version_row(session, version)
    if source is None:
        raise ModelError(f"версии {version} нет")
    row = ScoringModelVersion(
        status="archived",  # activate() below makes it the active one
        body=dict(source.body),
        author_id=author_id,
        comment=f"откат к v{version}",
    )
    session.add(row)
    await session.flush()
    _, applied = await activate(session, row, now)
    return row, applied


async def sales_ready_waiting(session: AsyncSession, version: int) -> list[Lead]:
    """Leads this version made sales-ready that are still waiting in nurture."""
    result = await session.scalars(
        select(Lead)
        .where(
            Lead.sales_ready.is_(True),
            Lead.model_version == version,
            Lead.stage.in_(HANDOFF_STAGES),
        )
        .order_by(Lead.id)
    )
    return list(result.all())


def histogram_line(counts: Counter[str]) -> str:
    keys = [t for t in TIERS if counts.get(t)] + sorted(k for k in counts if k not in TIERS)
    return ", ".join(f"{k} {counts[k]}" for k in keys) or "—"
