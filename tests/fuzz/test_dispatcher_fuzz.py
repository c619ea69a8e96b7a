"""Random but well-formed updates against the real dispatcher, on SQLite.

Hypothesis builds sequences of messages (random text, commands, contacts, stickers, photos,
documents, edits), callback queries with random or forged data, and membership changes, from
prospects, an admin and a rep, in private chats, the sales group and a stranger's group. After
every update it checks what a user would care about:

- no exception escapes a handler;
- every Bot API call would pass Telegram's checks (valid HTML, 4096 characters, 1024 for a
  caption, callback data within 64 bytes);
- no lead makes a stage transition the lifecycle does not allow (admin overrides aside);
- no prospect is sent another prospect's personal data.

About half a minute by default; `FUZZ_EXAMPLES=500 ./dev test tests/fuzz` runs longer.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from aiogram.methods import EditMessageCaption, EditMessageText, SendDocument, SendMessage
from aiogram.types import (
    CallbackQuery,
    Chat,
    ChatMemberBanned,
    ChatMemberMember,
    ChatMemberUpdated,
    Contact,
    Document,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    User,
)
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from bot.db.models import StageChange
from bot.emulator.entities import EntityParseError, parse_html, utf16_len
from bot.lifecycle import ALLOWED
from tests.support.harness import Harness

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
SALES = Chat(id=-1001000000001, type="supergroup", title="Продажи")
STRANGERS = Chat(id=-1001000000002, type="supergroup", title="Чужие")
ADMIN = User(id=9100, is_bot=False, first_name="Админ", username="admin9100")
REP = User(id=9200, is_bot=False, first_name="Олег", username="rep9200")
# Each prospect carries a token in their names, company and phone: if a token reaches another
# prospect's chat, personal data leaked.
TOKENS = ("qzxa", "qzxb", "qzxc")
PHONES = ("+79990001101", "+79990001202", "+79990001303")
PROSPECTS = tuple(
    User(id=9001 + i, is_bot=False, first_name=f"Анна{t}", last_name=f"Фам{t}",
         username=f"user_{t}", language_code=("ru", "en", "ru")[i])
    for i, t in enumerate(TOKENS)
)  # fmt: skip
PEOPLE = (*PROSPECTS, ADMIN, REP)

PHRASES = (
    "Нужен интернет-магазин", "около 2 млн руб", "решаю сам", "срочно", "ООО Ромашка",
    "директор", "да", "нет", "пропустить", "не знаю", "сколько стоит?", "ищу работу",
    "We need a CRM, $20k, I decide, ASAP", "через месяц", "можно созвониться?", "skip",
    "<b>bold</b> & <i>", "</a>", "&amp;&lt;", "=SUM(A1)", "\x00", "😀" * 50, "a" * 5000,
    "/start", "/start src_ads", "/back", "/restart", "/stop", "/lang", "/forget", "/help",
    "/admin", "/model", "/stats 7d", "/stats 99999999999d", "/lead 1", "/lead @user_qzxa",
    "/set tiers.hot 80", "/set fit.rules.phone.points 1e308", "/dryrun", "/versions",
    "/diff 1 2", "/rollback 1", "/stage 1 won", "/stage 1 qualifying", "/rescore 1",
    "/export_leads", "/audit 5", "/forget_lead 2", "/leads", "/mine", "/lead ²",
    "/stage 99999999999999999999 won",
)  # fmt: skip
FORMATS = (
    "a:{w}:{v}", "back:{w}", "n:{a}:{i}:{w}:{n}", "s:{a}:{i}:{v}", "adm:{a}:{i}:{v}",
)  # fmt: skip
WORDS = st.sampled_from(
    ("need", "budget", "phone", "cold", "silent", "yes", "1m_3m", "_skip", "", "x" * 40)
)
ACTIONS = st.sampled_from(
    ("take", "won", "lost", "menu", "back", "dq", "recycle", "ready", "price", "stop",
     "resume", "apply", "discard", "rollback", "handoff", "rescore", "zz")
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=-3, max_value=12), st.just(2**63), st.just(10**30), st.just(-(2**70))
)


@st.composite
def callback_data(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(st.text(max_size=70))
    pattern = draw(st.sampled_from(FORMATS))
    return pattern.format(
        w=draw(WORDS), v=draw(WORDS), a=draw(ACTIONS), i=draw(NUMBERS), n=draw(NUMBERS)
    )


# "{own}" becomes the sender's own token: prospects type their own personal data.
TEXTS = st.one_of(
    st.sampled_from(PHRASES),
    st.text(max_size=200),
    st.sampled_from(("компания ООО {own}", "я {own}, директор", "пишите на {own}@mail.ru")),
)
CHATS = st.sampled_from(("private", "private", "private", "sales", "strangers"))


@st.composite
def update_spec(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(("text", "text", "text", "text", "callback", "callback", "contact",
                         "media", "edit", "member"))
    )  # fmt: skip
    return {
        "kind": kind,
        "user": draw(st.integers(min_value=0, max_value=len(PEOPLE) - 1)),
        "chat": draw(CHATS),
        "text": draw(TEXTS),
        "data": draw(callback_data()),
        "own": draw(st.booleans()),
        "media": draw(st.sampled_from(("sticker", "photo", "document"))),
        "joined": draw(st.booleans()),
    }


class Fuzz:
    def __init__(self, harness: Harness) -> None:
        self.h = harness
        self.ids = iter(range(1, 10**9))
        self.seen_requests = 0
        self.seen_changes = 0

    def chat_for(self, spec: dict[str, Any], user: User) -> Chat:
        if spec["chat"] == "sales":
            return SALES
        if spec["chat"] == "strangers":
            return STRANGERS
        return Chat(id=user.id, type="private", first_name=user.first_name)

    def message(self, chat: Chat, user: User, **fields: Any) -> Message:
        return Message(
            message_id=next(self.ids), date=int(time.time()), chat=chat, from_user=user, **fields
        )

    def build(self, spec: dict[str, Any]) -> Update:
        user = PEOPLE[spec["user"]]
        chat = self.chat_for(spec, user)
        update_id = next(self.ids)
        kind = spec["kind"]
        own = TOKENS[spec["user"]] if spec["user"] < len(TOKENS) else "admin"
        text = spec["text"].replace("{own}", own)
        if kind in ("text", "edit"):
            entities = None
            if text.startswith("/"):
                entities = [MessageEntity(type="bot_command", offset=0,
                                          length=len(text.split()[0]))]  # fmt: skip
            message = self.message(chat, user, text=text, entities=entities)
            if kind == "edit":
                return Update(update_id=update_id, edited_message=message)
            return Update(update_id=update_id, message=message)
        if kind == "contact":
            owner = user if spec["own"] else PROSPECTS[(spec["user"] + 1) % len(PROSPECTS)]
            index = PROSPECTS.index(owner) if owner in PROSPECTS else 0
            contact = Contact(phone_number=PHONES[index], first_name=owner.first_name,
                              user_id=owner.id)  # fmt: skip
            return Update(update_id=update_id, message=self.message(chat, user, contact=contact))
        if kind == "media":
            media: dict[str, Any] = {
                "sticker": {"sticker": Sticker(file_id="S", file_unique_id="S", type="regular",
                                               width=1, height=1, is_animated=False,
                                               is_video=False)},
                "photo": {"photo": [PhotoSize(file_id="P", file_unique_id="P", width=1,
                                              height=1)], "caption": text[:100]},
                "document": {"document": Document(file_id="D", file_unique_id="D",
                                                  file_name="brief.pdf"), "caption": text[:100]},
            }[spec["media"]]  # fmt: skip
            return Update(update_id=update_id, message=self.message(chat, user, **media))
        if kind == "callback":
            holder = self.message(
                chat, User(id=42, is_bot=True, first_name="bot"), text="q",
                reply_markup=InlineKeyboardMarkup(inline_keyboard=[]),
            )  # fmt: skip
            query = CallbackQuery(id=str(update_id), from_user=user, chat_instance="ci",
                                  message=holder, data=spec["data"])  # fmt: skip
            return Update(update_id=update_id, callback_query=query)
        bot_user = User(id=42, is_bot=True, first_name="bot")
        joined = ChatMemberMember(user=bot_user)
        left = ChatMemberBanned(user=bot_user, until_date=0)
        old, new = (left, joined) if spec["joined"] else (joined, left)
        event = ChatMemberUpdated(chat=chat, from_user=user, date=0, old_chat_member=old,
                                  new_chat_member=new)  # fmt: skip
        return Update(update_id=update_id, my_chat_member=event)

    async def feed(self, spec: dict[str, Any]) -> None:
        update = self.build(spec)
        try:
            await self.h.feed(update)
        except Exception as exc:
            raise AssertionError(f"{type(exc).__name__} escaped for {spec!r}") from exc
        self.check_requests(spec)
        await self.check_transitions(spec)

    def check_requests(self, spec: dict[str, Any]) -> None:
        new = self.h.session.requests[self.seen_requests :]
        self.seen_requests = len(self.h.session.requests)
        for request in new:
            text = getattr(request, "text", None)
            caption = getattr(request, "caption", None)
            if isinstance(request, SendMessage | EditMessageText) and text is not None:
                self.valid_html(text, 4096, spec)
            if isinstance(request, SendDocument | EditMessageCaption) and caption:
                self.valid_html(caption, 1024, spec)
            markup = getattr(request, "reply_markup", None)
            if isinstance(markup, InlineKeyboardMarkup):
                for row in markup.inline_keyboard:
                    for button in row:
                        data = button.callback_data or ""
                        assert len(data.encode()) <= 64, (data, spec)
            chat_id = getattr(request, "chat_id", None)
            if chat_id is None:
                continue
            chat_id = int(chat_id)
            owner = next((i for i, p in enumerate(PROSPECTS) if p.id == chat_id), None)
            if owner is None:
                continue  # the sales group and the admin may see prospects' data
            body = f"{text or ''} {caption or ''}"
            for index, token in enumerate(TOKENS):
                if index != owner:
                    assert token not in body and PHONES[index] not in body, (
                        f"prospect {owner} was sent prospect {index}'s data: {body[:200]!r}"
                    )

    @staticmethod
    def valid_html(text: str, limit: int, spec: dict[str, Any]) -> None:
        try:
            plain, _ = parse_html(text)
        except EntityParseError as exc:
            raise AssertionError(f"invalid HTML {text[:200]!r} after {spec!r}") from exc
        assert 0 < utf16_len(plain) <= limit, (len(plain), spec)

    async def check_transitions(self, spec: dict[str, Any]) -> None:
        async with self.h.sessionmaker() as session:
            changes = list(
                await session.scalars(
                    select(StageChange).where(StageChange.id > self.seen_changes)
                )
            )
        for change in changes:
            self.seen_changes = max(self.seen_changes, change.id)
            if change.reason in ("admin", "forget") or change.from_stage is None:
                continue  # an admin's override, or forgetting, may go anywhere
            assert change.to_stage in ALLOWED[change.from_stage], (
                f"{change.from_stage} -> {change.to_stage} ({change.reason}) after {spec!r}"
            )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the default model, copied for every example."""
    folder = tmp_path_factory.mktemp("fuzz-template")

    async def build() -> None:
        harness = await Harness.create(folder)
        await harness.close()

    asyncio.run(build())
    return folder / "test.db"


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(specs=st.lists(update_spec(), min_size=10, max_size=40))
def test_random_updates_break_nothing(
    template: Path, tmp_path_factory: pytest.TempPathFactory, specs: list[dict[str, Any]]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copy(template, folder / "test.db")

    async def run() -> None:
        # The copied template is already at head: migrating it again is a quick no-op.
        harness = await Harness.create(
            folder, sales_chat_id=SALES.id, admin_ids=str(ADMIN.id), quiet_hours=""
        )
        try:
            fuzz = Fuzz(harness)
            # Every prospect starts the dialogue, so later updates meet leads in all stages.
            for index in range(len(PROSPECTS)):
                await fuzz.feed({"kind": "text", "user": index, "chat": "private",
                                 "text": "/start", "data": "", "own": True, "media": "sticker",
                                 "joined": True})  # fmt: skip
            for spec in specs:
                await fuzz.feed(spec)
        finally:
            await harness.close()

    asyncio.run(run())
