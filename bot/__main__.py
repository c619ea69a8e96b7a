"""`python -m bot`: Settings -> engine -> dispatcher -> polling; the sandbox without a token."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from bot.config import SettingsError, load_settings
from bot.dialogs.script import ScriptError, load_script
from bot.nurture.sequences import SequencesError, load_sequences

SANDBOX_LOG = Path("data") / "sandbox.log"


def configure_logging(level: str, to_file: Path | None = None) -> None:
    """Log lines to stderr; in the sandbox the terminal is the chat, so to a file."""
    if to_file is not None:
        to_file.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=to_file,
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    # Their INFO/DEBUG lines quote SQL parameters and rows: names, phones, answers.
    for name in ("sqlalchemy", "aiosqlite", "asyncpg"):
        logging.getLogger(name).setLevel(logging.WARNING)


def main() -> int:
    try:
        settings = load_settings()
        script = load_script(settings.script_path)
        load_sequences(settings.nurture_sequences_path)  # a broken file is refused here
    except (SettingsError, ScriptError, SequencesError) as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, to_file=SANDBOX_LOG if settings.sandbox else None)
    # aiogram logs every update with the user id; our middleware logs one line without it.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    if settings.sandbox:
        from bot.sandbox import run_sandbox

        try:
            return asyncio.run(run_sandbox(settings, script))
        except KeyboardInterrupt:  # Ctrl-C at the prompt: everything is already saved
            return 130
    from bot.app import run_bot

    asyncio.run(run_bot(settings, script))
    return 0


if __name__ == "__main__":
    sys.exit(main())
