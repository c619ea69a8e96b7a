"""Scoring-model commands: /model, /set, /dryrun (+Apply/Discard), /versions, /diff,
/rollback, /export_model, /import_model."""

from __future__ import annotations

import asyncio
import html
import json
import logging
import tomllib
from typing import Any

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command, CommandObject
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from admin import scoring_ops as ops
from admin.access import IsAdmin
from admin.common import AdminCallback, audit, parse_id, reply_long
from bot import lifecycle
from bot.db.models import ScoringModelVersion, utcnow
from bot.outgoing import AfterCommit, Outgoing
from bot.scoring import ModelError, ScoringModel, load_model, model_diff
from bot.services.scoring import ModelCache

log = logging.getLogger(__name__)


MAX_IMPORT_BYTES = 256 * 1024
EXAMPLE_IDS = 5
e = html.escape


def _admin_id(event: Message | CallbackQuery) -> int:
    assert event.from_user is not None  # IsAdmin guarantees it
    return event.from_user.id


# --- /model ---------------------------------------------------------------------------------


def _cond(c: Any) -> str:
    match c.test:
        case "present" | "absent":
            return f"{c.key} {c.test}"
        case "equals":
            return f"{c.key}={json.dumps(c.value, ensure_ascii=False)}"
        case "in":
            return f"{c.key}∈{json.dumps(c.values, ensure_ascii=False)}"
    lo = "" if c.min is None else f"{c.min:g}"
    hi = "" if c.max is None else f"{c.max:g}"
    return f"{c.key} {c.test} [{lo}..{hi}]"


def describe(model: ScoringModel, title: str) -> str:
    lines = [f"<b>{e(title)}</b>", ""]
    fit = model.fit
    lines.append(
        f"<b>fit</b>: max {fit.max:g}, weight {fit.weight:g}, "
        f"qualified_above {fit.qualified_above:g}"
    )
    for rule in fit.rules:
        conds = ", ".join(_cond(c) for c in rule.all_of)
        dq = " ⛔ disqualifies" if rule.disqualifies else ""
        lines.append(f"  <code>{e(rule.id)}</code> {rule.points:+g} — {e(conds)}{dq}")
    eng = model.engagement
    caps_text = ", ".join(f"{e(name)} ≤{cap:g}" for name, cap in eng.caps.items())
    lines += [
        "",
        f"<b>engagement</b>: max {eng.max:g}, weight {eng.weight:g}"
        + (f", caps: {caps_text}" if caps_text else ""),
    ]
    for r in eng.rules:
        caps = [f"cap {r.cap}"] if r.cap else []
        if r.max_count is not None:
            caps.append(f"≤{r.max_count}")
        if r.max_per_day is not None:
            caps.append(f"≤{r.max_per_day}/день")
        if r.decay_group != "none":
            caps.append(f"decay {r.decay_group}")
        where = ", ".join(_cond(c) for c in r.where)
        extra = f" [{', '.join(caps)}]" if caps else ""
        lines.append(
            f"  <code>{e(r.id)}</code> {r.points:+g} на {e(r.event)}"
            f"{' (' + e(where) + ')' if where else ''}{e(extra)}"
        )
    for s in eng.silence:
        lines.append(f"  <code>{e(s.id)}</code> {s.points:+g} — тишина ≥ {s.days:g} дн")
    lines += ["", "<b>decay</b>: " + (", ".join(
        f"{e(name)} полураспад {g.half_life_days:g} дн" for name, g in model.decay_groups.items()
    ) or "—")]  # fmt: skip
    lines.append(f"recycle_fraction {model.recycle_fraction:g}")
    g, lv, t = model.grades, model.levels, model.tiers
    lines.append(f"<b>grades</b>: A≥{g.a:g} B≥{g.b:g} C≥{g.c:g}")
    lines.append(f"<b>levels</b>: 1≥{lv.level1:g} 2≥{lv.level2:g} 3≥{lv.level3:g}")
    dq = "—" if t.disqualify_below is None else f"{t.disqualify_below:g}"
    lines.append(f"<b>tiers</b>: hot≥{t.hot:g} warm≥{t.warm:g} disqualify_below {dq}")
    lines.append(f"<b>sales_ready_cells</b>: {', '.join(model.sales_ready_cells)}")
    deal = model.deal
    lines.append(
        f"<b>deal</b>: min {'—' if deal.min is None else f'{deal.min:g}'} "
        f"max {'—' if deal.max is None else f'{deal.max:g}'} {e(model.base_currency)}; "
        + ", ".join(f"{e(c)}={r:g}" for c, r in model.currency_rates.items())
    )
    ev = model.evidence
    lines.append(
        f"<b>evidence</b> (в продажи только если): need={'да' if ev.need else 'нет'}"
        + (f" ({', '.join(ev.needs)})" if ev.need and ev.needs else "")
        + ", "
        f"bant_min={ev.bant_min}"
        + (
            f" (только в пользу сделки, старт ≤ {ev.start_within_days:g} дн.)"
            if ev.positive
            else ""
        )
        + f", contact={'да' if ev.contact else 'нет'}"
        + (", не «бюджета нет»" if ev.budget_none else "")
        + "; "
        f"после возврата продажами уровень ≤ {model.recycled_min_level}"
    )
    return "\n".join(lines)


async def cmd_model(message: Message, session: AsyncSession, after_commit: AfterCommit) -> None:
    row = await ops.active_row(session)
    draft = await ops.draft_row(session)
    text = describe(ops.model_of(row), f"Активная модель v{row.id}")
    if draft is not None:
        text += f"\n\nЕсть черновик v{draft.id}: /dryrun"
    reply_long(after_commit, message, text)


# --- /set -----------------------------------------------------------------------------------


async def cmd_set(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    parts = (command.args or "").split(maxsplit=1)
    if len(parts) != 2:
        after_commit.call(
            message.answer(
                "Формат: <code>/set путь.к.значению значение</code>\nПример: "
                "<code>/set fit.rules.phone.points 2</code>"
            )
        )
        return
    path, value = parts
    before = await draft_state(session)  # locks the draft until the commit
    base = await ops.draft_or_active_model(session)
    try:
        row, old, new = await ops.set_value(session, path, value, _admin_id(message))
    # ModelError, and the ValueError of int() on a list index like "²" (isdigit() says yes).
    except ValueError as exc:
        if path not in ops.dotted_paths(base):
            close = ops.suggest(path, base)
            hint = "\n".join(f"<code>{e(p)}</code>" for p in close) or "—"
            after_commit.call(
                message.answer(f"Неизвестный ключ <code>{e(path)}</code>.\nВозможно:\n{hint}")
            )
        else:
            rule = ops.allowed(path)
            after_commit.call(
                message.answer(
                    f"Значение не принято: {e(str(exc))}"
                    + (f"\nДопустимо: {e(rule)}" if rule else "")
                )
            )
        return
    audit(session, _admin_id(message), "set", draft=row.id, path=path, old=old, new=new)
    log.info("admin %s set %s in draft v%s", _admin_id(message), path, row.id)
    after_commit.call(
        message.answer(
            f"Черновик v{row.id} (ревизия {ops.revision(row.body)}): <code>{e(path)}</code> "
            f"{e(json.dumps(old, ensure_ascii=False))} → {e(json.dumps(new, ensure_ascii=False))}"
            f"\nПроверить: /dryrun" + other_editor(before, _admin_id(message))
        )
    )


async def draft_state(session: AsyncSession) -> tuple[int | None, str] | None:
    """Who last changed the draft and its revision, before this admin changes it."""
    row = await ops.draft_row(session, lock=True)
    return None if row is None else (row.author_id, ops.revision(row.body))


def other_editor(before: tuple[int | None, str] | None, admin_id: int) -> str:
    # Two admins may edit the one draft at once. An edit is not refused (it is applied on
    # top of the other's), but it says so; Apply only ever publishes a dry-run revision.
    if before is None or before[0] in (None, admin_id):
        return ""
    return (
        f"\n⚠️ Черновик перед этим менял администратор {before[0]} (ревизия {before[1]}): "
        "ваше изменение сделано поверх его правок. Проверьте /dryrun"
    )


# --- /dryrun, Apply, Discard, hand-off ------------------------------------------------------


def _moves(diff: Any) -> str:
    items = sorted(diff.tier_changes.items(), key=lambda kv: -kv[1])
    return ", ".join(f"{a}→{b}: {n}" for (a, b), n in items) or "—"


def _ids(ids: list[Any]) -> str:
    shown = ", ".join(f"#{i}" for i in ids[:EXAMPLE_IDS])
    return shown + (" …" if len(ids) > EXAMPLE_IDS else "") if ids else "—"


def dryrun_text(title: str, result: ops.DryRun) -> str:
    d = result.diff
    tier_moved = sum(d.tier_changes.values())
    return "\n".join(
        [
            f"<b>{e(title)}</b> ({d.total} лидов)",
            f"Сменят тир: {tier_moved} ({_moves(d)})",
            f"Станут sales-ready: {len(d.became_sales_ready)} · "
            f"перестанут: {len(d.left_sales_ready)}",
            f"Примеры: {_ids(d.changed)}",
            f"Тиры до: {ops.histogram_line(result.before)}",
            f"Тиры после: {ops.histogram_line(result.after)}",
        ]
    )


async def _dry_run_report(
    session: AsyncSession, row: ScoringModelVersion, title: str
) -> tuple[str, str]:
    """The dry-run of `row` against the stored scores, and the revision it describes."""
    rev = ops.revision(row.body)
    inputs = await ops.load_inputs(session)
    # Pure and CPU-bound (seconds at 100k leads): keep the event loop free for other chats.
    result = await asyncio.to_thread(ops.dry_run, inputs, ops.model_of(row), utcnow())
    active = await ops.active_row(session)
    changes = model_diff(ops.model_of(active), ops.model_of(row))
    text = dryrun_text(f"{title} · ревизия {rev}", result)
    text += "\n\n<b>Изменения</b>:\n" + e("\n".join(changes[:30]) or "—")
    return text, rev


def confirm_markup(
    yes: str, yes_action: str, no: str, no_action: str, version: int, rev: str
) -> InlineKeyboardMarkup:
    def button(text: str, action: str) -> InlineKeyboardButton:
        data = AdminCallback(action=action, ref=version, rev=rev).pack()
        return InlineKeyboardButton(text=text, callback_data=data)

    return InlineKeyboardMarkup(inline_keyboard=[[button(yes, yes_action), button(no, no_action)]])


async def cmd_dryrun(message: Message, session: AsyncSession, after_commit: AfterCommit) -> None:
    draft = await ops.draft_row(session)
    if draft is None:
        after_commit.call(message.answer("Черновика нет. Создайте его: /set … или /import_model"))
        return
    text, rev = await _dry_run_report(session, draft, f"Пробный пересчёт черновика v{draft.id}")
    # The buttons pin this revision: a /set or /import_model after this dry-run makes them
    # refuse, so Apply never publishes a draft nobody has dry-run.
    markup = confirm_markup("✅ Применить", "apply", "🗑 Отклонить", "discard", draft.id, rev)
    reply_long(after_commit, message, text, reply_markup=markup)


def _handoff_markup(version: int, n: int) -> InlineKeyboardMarkup | None:
    if n == 0:
        return None
    button = InlineKeyboardButton(
        text=f"📤 Передать {n} лид(ов) в продажи",
        callback_data=AdminCallback(action="handoff", ref=version).pack(),
    )
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


def _applied_text(title: str, applied: ops.Applied) -> str:
    return (
        f"{title}\nПересчитано лидов: {applied.total}, изменились: {applied.changed}\n"
        f"Стали sales-ready в прогреве: {len(applied.became_ready)} {_ids(applied.became_ready)}"
    )


async def _done(query: CallbackQuery, bot: Bot) -> None:
    # Take the buttons off so a second tap cannot apply the same thing twice.
    if query.message is not None:
        try:
            await bot.edit_message_reply_markup(
                chat_id=query.message.chat.id, message_id=query.message.message_id
            )
        except TelegramAPIError:  # cosmetic: the database already says what happened
            log.debug("could not remove admin buttons", exc_info=True)


CHANGED_SINCE_DRYRUN = "Черновик изменился после этого пробного пересчёта: запустите /dryrun снова"


async def _pinned_draft(
    query: CallbackQuery,
    callback_data: AdminCallback,
    session: AsyncSession,
    after_commit: AfterCommit,
) -> ScoringModelVersion | None:
    """The draft a dry-run button names, if it is still a draft with the dry-run's revision.

    Locked until the commit: a /set arriving meanwhile waits and then edits no draft.
    """
    draft = await ops.version_row(session, callback_data.ref, lock=True)
    if draft is None or draft.status != "draft":
        after_commit.call(query.answer("Этот черновик уже применён или отклонён", show_alert=True))
        return None
    if ops.revision(draft.body) != callback_data.rev:
        after_commit.call(query.answer(CHANGED_SINCE_DRYRUN, show_alert=True))
        return None
    return draft


async def on_apply(
    query: CallbackQuery,
    callback_data: AdminCallback,
    session: AsyncSession,
    bot: Bot,
    models: ModelCache,
    after_commit: AfterCommit,
) -> None:
    draft = await _pinned_draft(query, callback_data, session, after_commit)
    if draft is None:
        return
    old, applied = await ops.activate(session, draft, utcnow())
    models.invalidate()
    audit(
        session,
        _admin_id(query),
        "apply",
        version=draft.id,
        previous=old.id if old else None,
        changed=applied.changed,
    )
    log.info("admin %s applied model v%s", _admin_id(query), draft.id)
    after_commit.call(query.answer("Применено"))
    after_commit.then(lambda b: _done(query, b))
    after_commit.send(
        query.from_user.id,
        [
            Outgoing(
                _applied_text(f"✅ Версия v{draft.id} активна.", applied),
                _handoff_markup(draft.id, len(applied.became_ready)),
            )
        ],
    )


async def on_discard(
    query: CallbackQuery,
    callback_data: AdminCallback,
    session: AsyncSession,
    bot: Bot,
    after_commit: AfterCommit,
) -> None:
    draft = await _pinned_draft(query, callback_data, session, after_commit)
    if draft is None:
        return
    # Archived, not deleted: /versions keeps the history of what was tried.
    draft.status = "archived"
    draft.comment = ops._comment(draft.comment, "отклонён")
    audit(session, _admin_id(query), "discard", version=draft.id)
    after_commit.call(query.answer("Черновик отклонён"))
    after_commit.then(lambda b: _done(query, b))


async def on_handoff(
    query: CallbackQuery,
    callback_data: AdminCallback,
    session: AsyncSession,
    bot: Bot,
    after_commit: AfterCommit,
) -> None:
    leads = await ops.sales_ready_waiting(session, callback_data.ref)
    queued = 0
    for lead in leads:
        if await lifecycle.hand_off(session, lead, reason="admin", actor_id=_admin_id(query)):
            queued += 1
    ids = [lead.id for lead in leads]
    audit(session, _admin_id(query), "handoff", version=callback_data.ref, leads=ids)
    after_commit.call(query.answer(f"Передано: {queued}"))
    after_commit.then(lambda b: _done(query, b))
    after_commit.send(query.from_user.id, [Outgoing(f"📤 В продажи передано лидов: {queued}")])


# --- history ----------------------------------------------------------------------------------


async def cmd_versions(message: Message, session: AsyncSession, after_commit: AfterCommit) -> None:
    rows = (
        await session.scalars(
            select(ScoringModelVersion).order_by(ScoringModelVersion.id.desc()).limit(30)
        )
    ).all()
    mark = {"active": "🟢", "draft": "📝", "archived": "·"}
    lines = ["<b>Версии модели</b>"]
    for r in rows:
        author = r.author_id if r.author_id is not None else "бот"
        lines.append(
            f"{mark.get(r.status, '?')} v{r.id} {r.status} · {author} · "
            f"{r.created_at:%Y-%m-%d %H:%M} · {e(r.comment or '')}"
        )
    reply_long(after_commit, message, "\n".join(lines))


async def _model_version(session: AsyncSession, token: str) -> ScoringModel | None:
    version = parse_id(token, prefix="v")
    row = await ops.version_row(session, version) if version is not None else None
    return ops.model_of(row) if row is not None else None


async def cmd_diff(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    args = (command.args or "").split()
    if len(args) != 2:
        after_commit.call(message.answer("Формат: <code>/diff 1 3</code>"))
        return
    # One after the other: a generator expression with await inside is an async generator,
    # which cannot be unpacked (this used to fail on every /diff).
    a = await _model_version(session, args[0])
    b = await _model_version(session, args[1])
    missing = [e(t) for t, m in zip(args, (a, b), strict=True) if m is None]
    if a is None or b is None:
        after_commit.call(
            message.answer(f"Нет такой версии: {', '.join(missing)}. Список: /versions")
        )
        return
    lines = model_diff(a, b)
    body = e("\n".join(lines)) if lines else "Версии совпадают"
    reply_long(after_commit, message, f"<b>v{a.version} → v{b.version}</b>\n{body}")


async def cmd_rollback(
    message: Message, command: CommandObject, session: AsyncSession, after_commit: AfterCommit
) -> None:
    """Shows what rolling back would change; the button does it (pinned like Apply)."""
    source = parse_id(command.args, prefix="v")
    if source is None:
        after_commit.call(message.answer("Формат: <code>/rollback 2</code> (номер из /versions)"))
        return
    row = await ops.version_row(session, source)
    if row is None:
        after_commit.call(message.answer(f"Отката нет: версии {source} нет. Список: /versions"))
        return
    active = await ops.active_row(session)
    if ops.revision(active.body) == ops.revision(row.body):
        after_commit.call(
            message.answer(f"Активная версия v{active.id} уже совпадает с v{source}")
        )
        return
    text, rev = await _dry_run_report(session, row, f"Откат к v{source}: пробный пересчёт")
    text += f"\n\nОткат создаст новую активную версию с телом v{source}."
    markup = confirm_markup("↩️ Откатить", "rollback", "✖️ Отмена", "cancel", source, rev)
    reply_long(after_commit, message, text, reply_markup=markup)


async def on_rollback(
    query: CallbackQuery,
    callback_data: AdminCallback,
    session: AsyncSession,
    bot: Bot,
    models: ModelCache,
    after_commit: AfterCommit,
) -> None:
    source = callback_data.ref
    row = await ops.version_row(session, source)
    if row is None:
        after_commit.call(query.answer(f"Версии {source} нет", show_alert=True))
        return
    if ops.revision(row.body) != callback_data.rev:  # only a draft's body can change
        after_commit.call(
            query.answer(
                f"Версия v{source} изменилась после этого пробного пересчёта: "
                f"запустите /rollback {source} снова",
                show_alert=True,
            )
        )
        return
    active = await ops.active_row(session)
    if ops.revision(active.body) == callback_data.rev:  # a second tap, or already rolled back
        after_commit.call(query.answer(f"Активная версия v{active.id} уже совпадает с v{source}"))
        after_commit.then(lambda b: _done(query, b))
        return
    new, applied = await ops.rollback_to(session, source, _admin_id(query), utcnow())
    models.invalidate()
    audit(session, _admin_id(query), "rollback", version=new.id, source=source)
    log.info("admin %s rolled back to v%s as v%s", _admin_id(query), source, new.id)
    after_commit.call(query.answer("Откат выполнен"))
    after_commit.then(lambda b: _done(query, b))
    after_commit.send(
        query.from_user.id,
        [
            Outgoing(
                _applied_text(f"↩️ Новая активная версия v{new.id} = тело v{source}.", applied),
                _handoff_markup(new.id, len(applied.became_ready)),
            )
        ],
    )


async def on_cancel(query: CallbackQuery, bot: Bot, after_commit: AfterCommit) -> None:
    after_commit.call(query.answer("Отменено"))
    after_commit.then(lambda b: _done(query, b))


# --- export / import --------------------------------------------------------------------------


async def cmd_export_model(
    message: Message, session: AsyncSession, after_commit: AfterCommit
) -> None:
    row = await ops.active_row(session)
    data = json.dumps(row.body, ensure_ascii=False, indent=2).encode()
    after_commit.call(
        message.answer_document(
            BufferedInputFile(data, filename=f"scoring_model_v{row.id}.json"),
            caption=f"Активная модель v{row.id}. Правьте и пришлите с подписью /import_model",
        )
    )


def parse_model_file(name: str, raw: bytes) -> ScoringModel:
    """A .json or .toml model body -> validated model; ModelError names the bad field."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ModelError("файл не в UTF-8") from None
    try:
        data = tomllib.loads(text) if name.lower().endswith(".toml") else json.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"не разобрать файл: {exc}") from None
    except RecursionError:
        # Both parsers recurse per level of nesting: "[[[[..." deeper than the stack.
        raise ModelError("the model is nested too deep to read") from None
    if not isinstance(data, dict):
        raise ModelError("в файле должен быть объект модели")
    data.pop("version", None)  # the version is the row id, never taken from a file
    return load_model(data)  # checks depth and size before validating


async def cmd_import_model(
    message: Message, session: AsyncSession, bot: Bot, after_commit: AfterCommit
) -> None:
    doc = message.document
    name = (doc.file_name or "") if doc else ""
    if doc is None or not name.lower().endswith((".json", ".toml")):
        after_commit.call(message.answer("Пришлите файл .json или .toml с подписью /import_model"))
        return
    too_big = f"Файл слишком большой (до {MAX_IMPORT_BYTES // 1024} КБ)"
    if doc.file_size is not None and doc.file_size > MAX_IMPORT_BYTES:
        after_commit.call(message.answer(too_big))
        return
    buffer = await bot.download(doc)
    raw = buffer.read(MAX_IMPORT_BYTES + 1) if buffer is not None else b""
    # The size in the update may be missing or wrong: the bytes themselves decide.
    if len(raw) > MAX_IMPORT_BYTES:
        after_commit.call(message.answer(too_big))
        return
    try:
        model = parse_model_file(name, raw)
    except ModelError as exc:
        after_commit.call(message.answer(f"Модель не принята: {e(str(exc))}"))
        return
    before = await draft_state(session)
    row = await ops.save_draft(session, model, _admin_id(message), f"импорт {name}", replace=True)
    audit(session, _admin_id(message), "import", draft=row.id, file=name[:64])
    after_commit.call(
        message.answer(
            f"Черновик v{row.id} (ревизия {ops.revision(row.body)}) загружен из файла. "
            "Проверить: /dryrun" + other_editor(before, _admin_id(message))
        )
    )


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(IsAdmin())
    router.callback_query.filter(IsAdmin())
    router.message.register(cmd_model, Command("model"))
    router.message.register(cmd_set, Command("set"))
    router.message.register(cmd_dryrun, Command("dryrun"))
    router.callback_query.register(on_apply, AdminCallback.filter(F.action == "apply"))
    router.callback_query.register(on_discard, AdminCallback.filter(F.action == "discard"))
    router.callback_query.register(on_handoff, AdminCallback.filter(F.action == "handoff"))
    router.message.register(cmd_versions, Command("versions"))
    router.message.register(cmd_diff, Command("diff"))
    router.message.register(cmd_rollback, Command("rollback"))
    router.callback_query.register(on_rollback, AdminCallback.filter(F.action == "rollback"))
    router.callback_query.register(on_cancel, AdminCallback.filter(F.action == "cancel"))
    router.message.register(cmd_export_model, Command("export_model"))
    router.message.register(cmd_import_model, Command("import_model"))
    return router
