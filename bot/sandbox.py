"""Sandbox: the real bot against the local Bot API emulator, chatted with from the terminal.

`python -m bot` without BOT_TOKEN lands here. You are a prospect; a sales group with one rep
is simulated, and whatever the bot posts there is printed too. `--demo` plays a few
prospects by itself and prints the transcript and their scores.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from bot.config import Settings, SettingsError, load_settings
from bot.db.engine import create_engine, create_sessionmaker
from bot.db.models import Lead
from bot.dialogs.script import Script, ScriptError, load_script
from bot.emulator import Emulator, SentMessage, User, start_emulator
from bot.logs import SANDBOX_LOG, configure_logging
from bot.scoring import Score, explain

TOKEN = "123456:SANDBOX"
HELP = """Вы — потенциальный клиент. Пишите ответы как в Telegram.
  1, 2, …     нажать кнопку с этим номером ([Текст] — кнопку с этим текстом)
  /contact    поделиться номером телефона (кнопка «Поделиться номером»)
  /quit       выйти (всё сохранено в базе: в следующий раз бот продолжит с того же места)
Команды бота: /start /back /restart /lang /stop /help"""

# Prospects the demo plays: (name, language, what they type or press).
DEMO_PROSPECTS: Sequence[tuple[str, str, Sequence[str]]] = (
    ("Анна", "ru", ("/start src_yandex_ads",
                    "Нужен интернет-магазин для сети салонов, бюджет около 2 млн, решаю сам, "
                    "хотим запуститься в течение месяца", "ООО Ромашка, генеральный директор",
                    "/contact", "anna@romashka.ru", "а сколько обычно делаете магазин?",
                    "да, есть")),
    ("Пётр", "ru", ("/start", "CRM для отдела продаж", "пока не знаю",
                    "собираю информацию для руководства", "Директор", "в следующем году",
                    "[Пропустить]", "+7 912 000-11-22, petr@gmail.com", "нет")),
    ("John", "en", ("/start src_linkedin", "[Chatbot]", "[Under 300k]", "[gathering]",
                    "[Skip]", "[No plans]", "[Skip]", "[Skip]", "[Skip]", "[Skip]", "[No]")),
    ("Олег", "ru", ("/start", "Здравствуйте, ищу работу программистом, вот резюме")),
)  # fmt: skip


@dataclass
class Printer:
    """Prints what the bot sends (and edits) in the chats we watch, once each."""

    emulator: Emulator
    chats: dict[int, str]
    out: list[str] = field(default_factory=list)
    seen: dict[tuple[int, int], str] = field(default_factory=dict)

    def flush(self) -> None:
        for chat_id, label in self.chats.items():
            for message in self.emulator.messages(chat_id):
                if not message.from_bot:
                    continue
                shown = self.seen.get((chat_id, message.message_id))
                current = f"{message.text or message.caption or ''}|{message.buttons}"
                if shown == current or (shown and chat_id > 0):
                    continue  # in a private chat an edit only takes the answered keyboard
                self.seen[(chat_id, message.message_id)] = current
                self.emit(label + (" (изменено)" if shown else ""), message)

    def emit(self, label: str, message: SentMessage) -> None:
        body = message.text or message.caption or f"[{message.kind}]"
        lines = [f"{label}: {line}" if i == 0 else f"    {line}"
                 for i, line in enumerate(body.splitlines() or [""])]  # fmt: skip
        buttons = message.buttons
        if buttons:
            lines.append("    " + "  ".join(f"[{n}] {b}" for n, b in enumerate(buttons, 1)))
        text = "\n".join(lines)
        self.out.append(text)
        print(text, flush=True)


def _last_buttons(emulator: Emulator, chat_id: int) -> tuple[SentMessage | None, list[str]]:
    """The buttons the prospect sees now: the last inline keyboard, or the reply keyboard."""
    messages = [m for m in emulator.messages(chat_id) if m.from_bot and not m.deleted]
    for message in reversed(messages):
        if message.reply_markup and message.reply_markup.get("inline_keyboard"):
            return message, message.buttons
        if message.reply_keyboard:
            return None, message.buttons
    return None, []


def _button(buttons: list[str], line: str) -> int | None:
    """`3` presses the third button; `[Skip]` the first whose label contains "Skip"."""
    if line.isdigit() and len(line) <= 2 and 0 < int(line) <= len(buttons):
        return int(line) - 1
    if line.startswith("[") and line.endswith("]"):
        wanted = line[1:-1].lower()
        return next((i for i, b in enumerate(buttons) if wanted in b.lower()), None)
    return None


async def act(emulator: Emulator, user: User, line: str) -> None:
    """One prospect action, then wait until the bot has answered it."""
    before = len(emulator.messages(user.id))
    message, buttons = _last_buttons(emulator, user.id)
    index = _button(buttons, line)
    if index is not None and message is not None:
        emulator.press(user, message, buttons[index])
    elif index is not None:  # a reply keyboard button just sends its text
        emulator.send_text(user, buttons[index])
    elif line == "/contact":
        emulator.share_contact(user, "+79990001122")
    else:
        emulator.send_text(user, line)
    # The bot answers with at least one message, or a button's callback answer only.
    with contextlib.suppress(TimeoutError):
        await emulator.wait_until(lambda: len(emulator.messages(user.id)) > before, timeout=5)
    await _settled(emulator)


async def _settled(emulator: Emulator) -> None:
    with contextlib.suppress(TimeoutError):
        await emulator.wait_idle(timeout=10, quiet=0.3)


@contextlib.asynccontextmanager
async def sandbox_bot(settings: Settings, script: Script):  # type: ignore[no-untyped-def]
    """The emulator with a sales group, and the real bot polling it, until the block ends."""
    from bot.app import run_bot

    emulator = Emulator(bot_username="leadbot_sandbox_bot")
    # Telegram's update ids only grow; a fresh emulator would start at 1 again, and the bot
    # (which remembers handled ids in its database) would skip them as already handled.
    emulator.bot().next_update_id = int(time.time() * 1000)
    running = await start_emulator(emulator=emulator)
    rep = emulator.add_user("Олег", username="oleg_sales", language_code="ru")
    sales = emulator.create_group("Отдел продаж", [rep], supergroup=True)
    settings = settings.model_copy(
        update={
            "telegram_api_url": running.base_url,
            "sales_chat_id": sales.id,
            # The emulator has no flood limits; one person typing fast should not wait.
            "rate_private_per_second": 10.0,
        }
    )
    bot_task = asyncio.create_task(run_bot(settings, script, TOKEN, handle_signals=False))
    try:
        await emulator.wait_until(lambda: bool(emulator.calls("getUpdates")), timeout=60)
        yield emulator, sales.id, settings
    finally:
        bot_task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await bot_task
        await running.stop()


def _stdin_lines() -> asyncio.Queue[str | None]:
    """Lines typed at the terminal, read by a daemon thread: Ctrl-C never waits for Enter."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=read, daemon=True, name="stdin").start()
    return queue


async def interactive(settings: Settings, script: Script) -> int:
    print("Песочница: бот работает с локальным эмулятором Telegram (BOT_TOKEN не задан).")
    print(HELP, flush=True)
    lines = _stdin_lines()
    async with sandbox_bot(settings, script) as (emulator, sales_id, _):
        name = os.environ.get("USER", "").capitalize() or "Гость"
        me = emulator.add_user(name, username="sandbox_prospect", language_code="ru")
        printer = Printer(emulator, {me.id: "бот", sales_id: "[отдел продаж]"})
        await act(emulator, me, "/start")
        while True:
            printer.flush()
            print("> ", end="", flush=True)
            line = await lines.get()
            if line is None:  # end of input
                break
            line = line.strip()
            if line in ("/quit", "/exit"):
                break
            if line:
                await act(emulator, me, line)
    print("Пока! Данные сохранены в", settings.database_url)
    return 0


async def demo(settings: Settings, script: Script) -> int:
    """Plays the DEMO_PROSPECTS and prints the transcript and their scores."""
    async with sandbox_bot(settings, script) as (emulator, sales_id, live):
        for name, language, lines in DEMO_PROSPECTS:
            user = emulator.add_user(name, language_code=language)
            print(f"\n=== {name} ({language}) ===", flush=True)
            printer = Printer(emulator, {user.id: "  бот"})
            for line in lines:
                print(f"  {name}: {line}", flush=True)
                await act(emulator, user, line)
                await _settled(emulator)
                printer.flush()
        print("\n=== Отдел продаж ===", flush=True)
        await asyncio.sleep(live.outbox_tick_seconds + 1)  # cards go out on the next tick
        await _settled(emulator)
        Printer(emulator, {sales_id: "  в группу"}).flush()
        print("\n=== Оценки ===", flush=True)
        await print_scores(live)
    return 0


async def print_scores(settings: Settings) -> None:
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            for lead in await session.scalars(select(Lead).order_by(Lead.id)):
                print(f"#{lead.id} {lead.first_name}: stage={lead.stage}", end="")
                if lead.score:
                    score = Score.from_dict(lead.score)
                    print(f" tier={score.tier} cell={score.cell} total={score.total:.0f}")
                    for line in explain(score, top=4):
                        print(f"      {line}")
                else:
                    print()
    finally:
        await engine.dispose()


async def run_sandbox(settings: Settings, script: Script, *, scripted: bool = False) -> int:
    if scripted:
        with tempfile.TemporaryDirectory() as folder:
            # A fresh database each time: the demo's numbers do not depend on earlier runs.
            fresh = settings.model_copy(
                update={"database_url": f"sqlite+aiosqlite:///{folder}/demo.db"}
            )
            return await demo(fresh, script)
    return await interactive(settings, script)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox", description=__doc__)
    parser.add_argument("--demo", action="store_true", help="play scripted prospects and exit")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        script = load_script(settings.script_path)
    except (SettingsError, ScriptError) as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, to_file=SANDBOX_LOG)
    return asyncio.run(run_sandbox(settings, script, scripted=args.demo))


if __name__ == "__main__":
    sys.exit(main())
