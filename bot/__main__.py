"""`python -m bot`: Settings -> engine -> dispatcher -> polling; the sandbox without a token."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.config import SettingsError, load_settings
from bot.dialogs.script import ScriptError, load_script


def main() -> int:
    try:
        settings = load_settings()
        script = load_script(settings.script_path)
    except (SettingsError, ScriptError) as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # aiogram logs every update with the user id; our middleware logs one line without it.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    if settings.sandbox:
        from bot.sandbox import run_sandbox

        return asyncio.run(run_sandbox(settings, script))
    from bot.app import run_bot

    asyncio.run(run_bot(settings, script))
    return 0


if __name__ == "__main__":
    sys.exit(main())
