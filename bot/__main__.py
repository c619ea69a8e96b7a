"""`python -m bot`: Settings -> engine -> dispatcher -> polling; the sandbox without a token."""

from __future__ import annotations

import asyncio
import sys

from bot.config import SettingsError, load_settings
from bot.dialogs.script import ScriptError, load_script
from bot.logs import SANDBOX_LOG, configure_logging
from bot.nurture.sequences import SequencesError, load_sequences


def main() -> int:
    try:
        settings = load_settings()
        script = load_script(settings.script_path)
        load_sequences(settings.nurture_sequences_path)  # a broken file is refused here
    except (SettingsError, ScriptError, SequencesError) as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, to_file=SANDBOX_LOG if settings.sandbox else None)
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
