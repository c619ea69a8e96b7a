"""Admin commands against crafted updates: the findings of the adversarial review, each pinned
by a test that failed before its fix."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText
from aiogram.types import Chat, InlineKeyboardButton, InlineKeyboardMarkup

from admin.router import router as admin_router
from tests.dispatcher.test_admin import ADMIN, STRANGER, include_first
from tests.support.harness import Harness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = await Harness.create(tmp_path, admin_ids="777,778")
    include_first(h.dispatcher, admin_router)
    yield h
    await h.close()


def last(h: Harness, chat_id: int = ADMIN.id) -> str:
    return h.session.texts(chat_id)[-1]


# --- /diff ------------------------------------------------------------------------------------


async def test_diff_of_two_versions_lists_the_changes(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/set tiers.hot 80")
    for command in ("/diff 1 2", "/diff v1 v2", "/diff V1 v2"):
        await h.text(ADMIN, command)
        text = last(h)
        assert "v1 → v2" in text and "tiers.hot: 75.0 -&gt; 80.0" in text, command


async def test_diff_of_a_version_with_itself_says_no_differences(harness: Harness) -> None:
    await harness.text(ADMIN, "/diff 1 1")
    assert "Версии совпадают" in last(harness)


async def test_diff_with_an_unknown_version_says_so(harness: Harness) -> None:
    for command in ("/diff 9 99", "/diff 1 99", "/diff 1 x", "/diff 1"):
        await harness.text(ADMIN, command)
        text = last(harness)
        assert "Нет такой версии" in text or "Формат" in text, command
    assert "99" in harness.session.texts(ADMIN.id)[-3]


# --- ids ----------------------------------------------------------------------------------------

HUGE = "9" * 20  # above 2**63: SQLite cannot bind it
SUPERSCRIPT = "²"  # str.isdigit() says yes, int() says no


def button(data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="forged", callback_data=data)]]
    )


def alerts(h: Harness) -> list[str]:
    return [r.text or "" for r in h.session.sent(AnswerCallbackQuery)]


@pytest.mark.parametrize(
    "command",
    [
        f"/lead {SUPERSCRIPT}",
        f"/lead #{SUPERSCRIPT}",
        "/lead ٣",  # an Arabic-Indic digit: int() would take it
        f"/lead #{HUGE}",
        f"/rescore {SUPERSCRIPT}",
        f"/stage {SUPERSCRIPT} lost",
        f"/stage #{HUGE} lost",
        f"/forget_lead {SUPERSCRIPT}",
        f"/forget_lead {HUGE}",
        f"/forget_lead #{HUGE}",
        f"/rollback {SUPERSCRIPT}",
        f"/rollback {HUGE}",
        f"/rollback v{HUGE}",
        f"/diff {SUPERSCRIPT} 1",
        f"/diff 1 v{HUGE}",
        f"/audit {SUPERSCRIPT}",
        f"/audit {HUGE}",
    ],
)
async def test_odd_and_huge_ids_get_an_answer_not_an_exception(
    harness: Harness, command: str
) -> None:
    await harness.text(ADMIN, command)
    text = last(harness)
    assert any(
        hint in text for hint in ("не найден", "Формат", "Нет такой версии", "Последние", "номер")
    ), text


@pytest.mark.parametrize(
    "data",
    [
        f"adm:rescore:{HUGE}",
        f"adm:apply:{HUGE}",
        f"adm:discard:{HUGE}",
        f"adm:handoff:{HUGE}",
        f"adm:rescore:{SUPERSCRIPT}",
        "adm:rescore:-1",
        "adm:nonsense:1",
        "adm:",
    ],
)
async def test_forged_admin_buttons_get_a_polite_refusal(harness: Harness, data: str) -> None:
    await harness.press(ADMIN, "forged", button(data))
    assert alerts(harness) == ["Кнопка устарела или повреждена"]
    harness.session.clear()
    await harness.press(STRANGER, "forged", button(data))
    assert alerts(harness) == ["Команда доступна только администраторам"]


async def test_a_forged_sales_button_with_a_huge_lead_id_is_ignored(tmp_path: Path) -> None:
    sales_chat = Chat(id=-1001234567890, type="supergroup", title="Продажи")
    h = await Harness.create(tmp_path, sales_chat_id=sales_chat.id)
    try:
        rep = Harness.user(501)
        for data in (f"s:take:{HUGE}", f"s:won:{HUGE}:", f"s:menu:{HUGE}:lost"):
            await h.press_in_chat(rep, sales_chat, 1, button(data), "forged")
        assert h.session.sent(EditMessageText) == []
    finally:
        await h.close()


async def test_set_with_a_superscript_list_index_is_an_unknown_key(harness: Harness) -> None:
    await harness.text(ADMIN, f"/set fit.rules.{SUPERSCRIPT}.points 2")
    assert "Неизвестный ключ" in last(harness)
    await harness.text(ADMIN, f"/set fit.rules.{HUGE}.points 2")
    assert "Неизвестный ключ" in last(harness)
