"""Wiring: the dispatcher factory that tests call too, and the long-polling runner."""

from __future__ import annotations

import asyncio
import functools
import gc
import hmac
import logging
import signal
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from admin.router import create_router as create_admin_router
from admin.scoring_ops import upgrade_shipped_default
from bot import lifecycle
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import utcnow
from bot.dialogs.script import Script, load_script
from bot.handlers import membership, nurture, prospect, relay, sales
from bot.middlewares import ChatIsolationMiddleware, DatabaseMiddleware
from bot.services.nurture import send_nurture
from bot.services.outbox import Handler, OutboxWorker, Periodic, start_scheduler
from bot.services.ratelimit import RateLimitMiddleware
from bot.services.relay import RELAY_IN, RELAY_OUT, send_relay_in, send_relay_out
from bot.services.reports import AUDIT, schedule_audit, send_audit_report, send_reject_alert
from bot.services.sales import (
    INDEX,
    sales_chat,
    send_card_note,
    send_first_response_sla,
    send_index_line,
    send_outcome_sla,
    send_sales_card,
    send_sales_sync,
)
from bot.services.scoring import ModelCache, ensure_active_model, rescore_stale
from bot.services.startup import sales_chat_problem, set_command_menus

log = logging.getLogger(__name__)

#: CPython's collector runs after this many new container objects (its default is 700). An
#: update allocates thousands (aiogram's models, the ORM's states, the parsers' matches), so
#: the default ran a collection several times per update, each one walking young objects that
#: were about to be freed anyway. Measured in `bench/bench_dialogue.py`'s one-at-a-time run:
#: together with `gc.freeze()` about 10 % of an update (2.02 -> 1.80 ms per update).
GC_YOUNG_THRESHOLD = 10_000


def settle_memory() -> None:
    """Once start-up has loaded everything (parsers' tables, the classifiers, the script):
    freeze what exists so that the collector never walks it again (it lives as long as the
    process), and collect the young generation less often. Cyclic garbage is still collected;
    only its timing changes."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


def create_bot(settings: Settings, token: str | None = None) -> Bot:
    secret = token or (settings.bot_token.get_secret_value() if settings.bot_token else None)
    if secret is None:
        raise ValueError("a token is needed to create the bot")
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    session.middleware(
        RateLimitMiddleware(
            overall_per_second=settings.rate_overall_per_second,
            private_per_second=settings.rate_private_per_second,
            group_per_minute=settings.rate_group_per_minute,
        )
    )
    return Bot(secret, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))


def create_isolation(settings: Settings) -> BaseEventIsolation:
    """One update at a time per user and chat: in this process, or across instances (Redis)."""
    if settings.redis_url:
        from aiogram.fsm.storage.redis import RedisEventIsolation

        return RedisEventIsolation.from_url(settings.redis_url)
    return SimpleEventIsolation()


def create_dispatcher(
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    script: Script | None = None,
    events_isolation: BaseEventIsolation | None = None,
    **workflow_data: Any,
) -> Dispatcher:
    # No aiogram FSM: where a prospect is in the dialogue lives on the lead (`Lead.dialogue`,
    # committed with the answers), so the FSM's per-update read would be a wasted query.
    isolation = events_isolation or create_isolation(settings)
    dispatcher = Dispatcher(
        disable_fsm=True,
        events_isolation=isolation,  # closed with the dispatcher on shutdown
        settings=settings,
        script=script or load_script(settings.script_path),
        models=ModelCache(),
        sessionmaker=sessionmaker,
        **workflow_data,
    )
    dispatcher.update.outer_middleware(ChatIsolationMiddleware(isolation))
    dispatcher.update.outer_middleware(DatabaseMiddleware(sessionmaker))
    # Admin first: it claims only its own command names; the prospect router takes any text.
    dispatcher.include_routers(
        create_admin_router(),
        prospect.create_router(),
        nurture.create_router(),
        membership.create_router(),
        sales.create_router(),
        relay.create_router(),  # after sales: /leads and /mine are not messages to relay
    )
    return dispatcher


def outbox_handlers(settings: Settings) -> dict[str, Handler]:
    """What each kind of outbox row does when it falls due."""
    first_response = functools.partial(send_first_response_sla, settings=settings)
    outcome = functools.partial(send_outcome_sla, settings=settings)
    return {
        lifecycle.CARD: functools.partial(send_sales_card, settings=settings),
        INDEX: functools.partial(send_index_line, settings=settings),
        lifecycle.SALES_SYNC: functools.partial(send_sales_sync, settings=settings),
        **{kind: first_response for kind in lifecycle.SLA_FIRST_KINDS},
        **{kind: outcome for kind in lifecycle.SLA_OUTCOME_KINDS},
        lifecycle.NURTURE: functools.partial(send_nurture, settings=settings),
        lifecycle.CARD_NOTE: functools.partial(send_card_note, settings=settings),
        lifecycle.REJECT_ALERT: functools.partial(send_reject_alert, settings=settings),
        AUDIT: functools.partial(send_audit_report, settings=settings),
        RELAY_IN: functools.partial(send_relay_in, settings=settings),
        RELAY_OUT: functools.partial(send_relay_out, settings=settings),
    }


def decay_job(
    settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], models: ModelCache
) -> Periodic:
    """Scores decay with time: recompute those older than RESCORE_EVERY_HOURS, looking for
    them every few minutes (a cheap indexed query when there are none)."""
    stale = timedelta(hours=settings.rescore_every_hours)
    return Periodic(
        "rescore decayed scores",
        min(stale, timedelta(minutes=10)),
        lambda: rescore_stale(sessionmaker, models, utcnow(), stale),
    )


def outbox_kicker(scheduler: AsyncIOScheduler) -> Callable[[], None]:
    """Bring the next outbox tick forward to now: an update just queued a relayed message, and
    a conversation should not wait for OUTBOX_TICK_SECONDS. Best effort: a tick already
    running skips the kick, and the regular tick sends the row."""

    def kick() -> None:
        job = scheduler.get_job("outbox")
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))

    return kick


async def run_bot(
    settings: Settings, script: Script, token: str | None = None, *, handle_signals: bool = True
) -> None:
    """Migrate, start the outbox worker, then serve updates until SIGINT/SIGTERM.

    Long polling by default; webhook mode when WEBHOOK_URL is set. In-flight updates finish
    before the database is closed.
    """
    engine = create_engine(settings.database_url)
    try:
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        async with sessionmaker.begin() as session:
            await ensure_active_model(session)
            upgrade = await upgrade_shipped_default(session, utcnow())
            if upgrade is not None:
                log.info(
                    "scoring model: shipped default v%d replaced by this release's as v%d; "
                    "%d leads rescored, %d changed tier or readiness",
                    upgrade.old_version,
                    upgrade.new_version,
                    upgrade.applied.total,
                    upgrade.applied.changed,
                )
            # The next scoring audit: one outbox row per period, so a restart changes nothing.
            await schedule_audit(session, settings, utcnow())
        bot = create_bot(settings, token)
        dispatcher = create_dispatcher(settings, sessionmaker, script=script)

        @dispatcher.shutdown()
        async def _finish_in_flight() -> None:
            # aiogram cancels the polling loop but not the update tasks it started.
            pending = list(getattr(dispatcher, "_handle_update_tasks", ()))
            if pending:
                log.info("waiting for %d in-flight updates", len(pending))
                await asyncio.wait(pending, timeout=10)

        worker = OutboxWorker(
            sessionmaker,
            bot,
            settings,
            outbox_handlers(settings),
            periodic=[decay_job(settings, sessionmaker, dispatcher["models"])],
        )
        scheduler = start_scheduler(worker, settings.outbox_tick_seconds)
        dispatcher["outbox_kick"] = outbox_kicker(scheduler)
        settle_memory()
        try:
            me = await bot.get_me()
            async with sessionmaker() as session:
                sales_chat_id, _ = await sales_chat(session, settings)
            await set_command_menus(bot, settings, sales_chat_id)
            problem = await sales_chat_problem(bot, sales_chat_id, settings.sales_topics)
            if problem:
                log.error(problem)
            if settings.webhook_url:
                await _serve_webhook(settings, bot, dispatcher, handle_signals)
            else:
                log.info("long polling as @%s against %s", me.username, settings.telegram_api_url)
                await bot.delete_webhook(drop_pending_updates=False)
                await dispatcher.start_polling(
                    bot, polling_timeout=10, handle_signals=handle_signals
                )
        finally:
            scheduler.shutdown(wait=False)
    finally:
        await engine.dispose()
        log.info("stopped")


class _WebhookHandler(SimpleRequestHandler):
    def verify_secret(self, telegram_secret_token: str, bot: Bot) -> bool:
        # aiogram compares str with hmac.compare_digest, which raises TypeError on non-ASCII
        # text: a crafted header made a 500. Compared as bytes it is just a wrong secret
        # (401). surrogateescape: aiohttp decodes header bytes that are not UTF-8 that way.
        if not self.secret_token:
            return True
        return hmac.compare_digest(
            telegram_secret_token.encode("utf-8", "surrogateescape"),
            self.secret_token.encode("utf-8"),
        )


def create_webhook_app(settings: Settings, bot: Bot, dispatcher: Dispatcher) -> web.Application:
    assert settings.webhook_url and settings.webhook_secret
    secret = settings.webhook_secret.get_secret_value()
    app = web.Application()
    path = urlsplit(settings.webhook_url).path or "/"
    # Answer only after the update is handled and committed: if this instance dies
    # mid-update, Telegram redelivers, and the update_id table stops double handling.
    _WebhookHandler(dispatcher, bot, secret_token=secret, handle_in_background=False).register(
        app, path=path
    )
    setup_application(app, dispatcher, bot=bot)
    return app


async def _serve_webhook(
    settings: Settings, bot: Bot, dispatcher: Dispatcher, handle_signals: bool
) -> None:
    assert settings.webhook_url and settings.webhook_secret
    secret = settings.webhook_secret.get_secret_value()
    path = urlsplit(settings.webhook_url).path or "/"
    app = create_webhook_app(settings, bot, dispatcher)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    await bot.set_webhook(
        settings.webhook_url,
        secret_token=secret,
        allowed_updates=dispatcher.resolve_used_update_types(),
    )
    log.info("webhook mode on %s:%s%s", settings.webhook_host, settings.webhook_port, path)
    stop = asyncio.Event()
    if handle_signals:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()  # runs the dispatcher's shutdown hooks via setup_application
