"""Dispatcher-level test harness: the real create_dispatcher on a temporary SQLite file."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.types import (
    CallbackQuery,
    Chat,
    Contact,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Sticker,
    Update,
    User,
)
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.app import create_dispatcher
from bot.config import Settings
from bot.db.engine import create_engine, create_sessionmaker, migrate
from bot.db.models import Answer, BehaviourEvent, Lead
from bot.services.scoring import ensure_active_model
from tests.support.recording import RecordingSession

# A prospect who qualifies as hot by typing only (Russian).
HOT_RU_ANSWERS = (
    "Нужен интернет-магазин для нашей сети",
    "около 2 млн руб",
    "решаю сам",
    "срочно",
    "ООО Ромашка",
    "генеральный директор",
    "+7 999 123-45-67",
    "anna@romashka.ru",
    "да, есть",
)


class Harness:
    def __init__(self, engine: AsyncEngine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self.sessionmaker: async_sessionmaker[AsyncSession] = create_sessionmaker(engine)
        self.session = RecordingSession()
        self.bot = Bot(
            "42:TEST", session=self.session, default=DefaultBotProperties(parse_mode="HTML")
        )
        self.dispatcher: Dispatcher = create_dispatcher(settings, self.sessionmaker)
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)

    @classmethod
    async def create(cls, tmp_path: Path, **settings: Any) -> Harness:
        # Round-the-clock business hours unless a test says otherwise: replies don't depend
        # on the hour the suite runs at.
        settings = {"business_hours": "0-24", "business_days": "1-7", **settings}
        settings_obj = Settings(
            _env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path}/test.db", **settings
        )
        engine = create_engine(settings_obj.database_url)
        await migrate(engine)
        async with create_sessionmaker(engine).begin() as session:
            await ensure_active_model(session)
        return cls(engine, settings_obj)

    async def close(self) -> None:
        await self.engine.dispose()

    # --- updates ------------------------------------------------------------------------

    @staticmethod
    def user(user_id: int, language_code: str = "ru", first_name: str = "Иван") -> User:
        return User(
            id=user_id,
            is_bot=False,
            first_name=first_name,
            username=f"user{user_id}",
            language_code=language_code,
        )

    def _message(self, user: User, **fields: Any) -> Message:
        return Message(
            message_id=next(self._message_ids),
            date=int(time.time()),
            chat=Chat(id=user.id, type="private", first_name=user.first_name),
            from_user=user,
            **fields,
        )

    async def feed(self, update: Update) -> Any:
        return await self.dispatcher.feed_update(self.bot, update)

    def make_update(self, **kind: Any) -> Update:
        return Update(update_id=next(self._update_ids), **kind)

    async def text(self, user: User, text: str) -> Update:
        entities = None
        if text.startswith("/"):
            length = len(text.split()[0])
            entities = [MessageEntity(type="bot_command", offset=0, length=length)]
        update = self.make_update(message=self._message(user, text=text, entities=entities))
        await self.feed(update)
        return update

    async def contact(self, user: User, phone: str, own: bool = True) -> None:
        contact = Contact(
            phone_number=phone, first_name=user.first_name, user_id=user.id if own else None
        )
        await self.feed(self.make_update(message=self._message(user, contact=contact)))

    async def sticker(self, user: User) -> None:
        sticker = Sticker(
            file_id="CAAC",
            file_unique_id="AgAD",
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
        )
        await self.feed(self.make_update(message=self._message(user, sticker=sticker)))

    def last_keyboard(self, chat_id: int) -> InlineKeyboardMarkup | None:
        for request in reversed(self.session.sent()):
            if int(request.chat_id) == chat_id and request.reply_markup is not None:
                return request.reply_markup
        return None

    async def press(
        self, user: User, label_contains: str, markup: InlineKeyboardMarkup | None = None
    ) -> Update:
        """Press the inline button whose label contains the text, on the latest keyboard."""
        markup = markup or self.last_keyboard(user.id)
        assert isinstance(markup, InlineKeyboardMarkup), "no inline keyboard was sent"
        private = Chat(id=user.id, type="private")
        return await self.press_in_chat(
            user, private, next(self._message_ids), markup, label_contains
        )

    async def press_in_chat(
        self, user: User, chat: Chat, message_id: int, markup: InlineKeyboardMarkup, label: str
    ) -> Update:
        """Press a button on a message the bot sent to `chat` (a group, say)."""
        button = next(b for row in markup.inline_keyboard for b in row if label in b.text)
        message = Message(
            message_id=message_id,
            date=int(time.time()),
            chat=chat,
            from_user=User(id=42, is_bot=True, first_name="Lead bot"),
            text="message with buttons",
            reply_markup=markup,
        )
        query = CallbackQuery(
            id=str(next(self._update_ids)),
            from_user=user,
            chat_instance="ci",
            message=message,
            data=button.callback_data,
        )
        update = self.make_update(callback_query=query)
        await self.feed(update)
        return update

    async def group_text(self, chat: Chat, user: User, text: str, **fields: Any) -> Update:
        entities = None
        if text.startswith("/"):
            entities = [MessageEntity(type="bot_command", offset=0, length=len(text.split()[0]))]
        message = Message(
            message_id=next(self._message_ids),
            date=int(time.time()),
            chat=chat,
            from_user=user,
            text=text,
            entities=entities,
            **fields,
        )
        update = self.make_update(message=message)
        await self.feed(update)
        return update

    async def qualify(self, user: User, answers: tuple[str, ...] = HOT_RU_ANSWERS) -> None:
        await self.text(user, "/start")
        for answer in answers:
            await self.text(user, answer)

    # --- database -----------------------------------------------------------------------

    async def lead(self, user_id: int) -> Lead | None:
        async with self.sessionmaker() as session:
            return await session.scalar(select(Lead).where(Lead.tg_user_id == user_id))

    async def answers(self, user_id: int) -> dict[str, Answer]:
        async with self.sessionmaker() as session:
            lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user_id))
            assert lead is not None
            rows = await session.scalars(
                select(Answer).where(
                    Answer.lead_id == lead.id, Answer.cycle == lead.cycle, ~Answer.superseded
                )
            )
            return {a.step: a for a in rows}

    async def events(self, user_id: int) -> list[BehaviourEvent]:
        async with self.sessionmaker() as session:
            lead = await session.scalar(select(Lead).where(Lead.tg_user_id == user_id))
            assert lead is not None
            rows = await session.scalars(
                select(BehaviourEvent)
                .where(BehaviourEvent.lead_id == lead.id)
                .order_by(BehaviourEvent.id)
            )
            return list(rows)
