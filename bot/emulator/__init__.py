"""Local Telegram Bot API emulator (server + in-process client) for tests and the sandbox."""

from bot.emulator.models import CallbackAnswer, Chat, RecordedRequest, SentMessage, Topic, User
from bot.emulator.server import ApiError, Emulator, RunningEmulator, start_emulator

__all__ = [
    "ApiError",
    "CallbackAnswer",
    "Chat",
    "Emulator",
    "RecordedRequest",
    "RunningEmulator",
    "SentMessage",
    "Topic",
    "User",
    "start_emulator",
]
