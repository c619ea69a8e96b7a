"""Fixtures for the emulator's own tests: a running emulator and a real aiogram Bot on it."""

from __future__ import annotations

import pytest
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.emulator import Emulator, RunningEmulator
from tests.support.emulator import TOKEN, bot, running

__all__ = ["TOKEN", "bot", "kb", "running"]


@pytest.fixture
def emu(running: RunningEmulator) -> Emulator:
    return running.emulator


def kb(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs]
    )
