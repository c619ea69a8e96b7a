"""Implementation of the free-text parsers; import them from ``bot.dialogs.parsers``."""
