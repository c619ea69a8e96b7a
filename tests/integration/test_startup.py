"""Start-up against the emulator: command menus per scope and language, the rights check."""

from __future__ import annotations

import logging

import pytest
from aiogram import Bot

from bot.config import Settings
from bot.emulator import Emulator, RunningEmulator
from bot.services.startup import sales_chat_problem, set_command_menus
from tests.support.emulator import bot, running

__all__ = ["bot", "running"]  # the fixtures these tests use


async def test_menus_per_scope_and_language(
    bot: Bot, running: RunningEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    emu: Emulator = running.emulator
    await bot.get_me()
    admin = emu.add_user("Админ", language_code="ru")
    emu.send_text(admin, "/start")  # an admin who opened the bot
    stranger_admin = emu.add_user("Второй админ", language_code="en")  # never wrote
    rep = emu.add_user("Олег", language_code="ru")
    rep_en = emu.add_user("John", language_code="en")
    group = emu.create_forum_group("Продажи", [rep, rep_en])
    prospect = emu.add_user("Анна", language_code="ru")
    prospect_en = emu.add_user("Anna", language_code="en")
    settings = Settings(
        _env_file=None, admin_ids=f"{admin.id},{stranger_admin.id}", sales_chat_id=group.id
    )
    with caplog.at_level(logging.WARNING, logger="bot.services.startup"):
        await set_command_menus(bot, settings, group.id)

    assert (
        "restart" in emu.command_menu(prospect) and emu.command_menu(prospect)["lang"] == "English"
    )
    assert emu.command_menu(prospect_en)["start"] == "Start"
    assert emu.command_menu(admin)["stats"] == "Статистика: /stats 7d"
    assert "model" not in emu.command_menu(prospect)
    assert set(emu.command_menu(rep, group)) == {"leads", "mine", "note"}
    assert emu.command_menu(rep_en, group)["mine"] == "My open leads"
    # The admin who never opened the bot: one line, and the prospects' menu meanwhile.
    [line] = [r.getMessage() for r in caplog.records]
    assert str(stranger_admin.id) in line and "chat not found" in line
    assert "model" not in emu.command_menu(stranger_admin)


async def test_the_rights_check_names_the_missing_right(
    bot: Bot, running: RunningEmulator
) -> None:
    emu = running.emulator
    await bot.get_me()
    rep = emu.add_user("Олег")
    good = emu.create_forum_group("Форум", [rep])
    no_topics = emu.create_forum_group("Форум", [rep], bot_rights={"can_manage_topics": False})
    member = emu.create_forum_group("Форум", [rep], bot_admin=False)
    plain = emu.create_group("Группа", [rep], supergroup=True)

    assert await sales_chat_problem(bot, good.id) is None
    assert await sales_chat_problem(bot, plain.id) is None
    assert await sales_chat_problem(bot, None) is None
    for chat in (no_topics, member):
        problem = await sales_chat_problem(bot, chat.id)
        assert problem is not None and "Manage topics" in problem and "\n" not in problem
    assert await sales_chat_problem(bot, no_topics.id, topics=False) is None
    missing = await sales_chat_problem(bot, -1009999)
    assert missing is not None and "chat not found" in missing
