"""Logging set-up shared by `python -m bot` and the sandbox: one line per record, no PII."""

from __future__ import annotations

import logging
from pathlib import Path

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
    # aiogram logs every update with the user id; our middleware logs one line without it.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    # Their INFO/DEBUG lines quote SQL parameters and rows: names, phones, answers.
    for name in ("sqlalchemy", "aiosqlite", "asyncpg"):
        logging.getLogger(name).setLevel(logging.WARNING)
