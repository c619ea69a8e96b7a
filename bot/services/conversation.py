"""The qualification dialogue: records answers and behaviour, then says what to send.

Every method does its database work in the update's transaction and returns the messages to
send; the update's middleware commits and only then sends them, so a crash never sends
something the database does not know about (DESIGN principle 4). Stage changes and their
consequences go through `bot.lifecycle`. The current step is derived from the stored answers;
FSM data only keeps when the question was asked and how often it was re-asked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import ReplyKeyboardRemove, User
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.config import Settings
from bot.db import repo
from bot.db.models import Answer, Lead, Stage, utcnow
from bot.dialogs import parsers
from bot.dialogs.interpret import (
    Interpretation,
    interpret_contact,
    interpret_text,
    unknown_facts,
)
from bot.dialogs.keyboards import question_markup
from bot.dialogs.script import Script, Step
from bot.hours import promised_reply
from bot.outgoing import Outgoing
from bot.scoring import Score
from bot.services.scoring import ModelCache, rescore_lead

SOURCE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
RU_FAMILY = ("ru", "uk", "be", "kk", "ky", "uz", "tg", "hy", "az")
# A prospect coming back after this long counts as a return visit.
RETURN_VISIT_AFTER_S = 30 * 60
MAX_REASKS = 1


class Dialogue(StatesGroup):
    answering = State()


def language_for(language_code: str | None, default: str) -> str:
    if not language_code:
        return default
    return "ru" if language_code.split("-")[0].lower() in RU_FAMILY else "en"


def facts_from(answers: Sequence[Answer]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for answer in answers:
        facts.update(answer.value.get("facts", {}))
    return facts


class Conversation:
    def __init__(
        self,
        session: AsyncSession,
        script: Script,
        settings: Settings,
        models: ModelCache,
        state: FSMContext,
        now: datetime | None = None,
    ) -> None:
        self.session = session
        self.script = script
        self.settings = settings
        self.models = models
        self.state = state
        self.now = now or utcnow()
        # The current cycle's answers, read once per update and kept in step with our writes:
        # every extra query is a round trip through the database driver's thread.
        self._answers: list[Answer] | None = None

    # --- entry points -------------------------------------------------------------------

    async def start(self, user: User, payload: str | None) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None:
            lead = await self._create_lead(user, payload)
            out = [Outgoing(self._greeting(lead, user))]
            return out + await self._ask_next(lead)
        self._touch(lead, user)
        lifecycle.resubscribe(self.session, lead, self.now)
        if lead.stage in lifecycle.AFTER_DIALOGUE or lead.stage == Stage.DISQUALIFIED:
            repo.add_event(self.session, lead, "return_visit", self.now)
            await self._rescore(lead)
            return [Outgoing(self._t("finished_already", lead))]
        lifecycle.start_qualifying(self.session, lead, reason="resumed")
        repo.add_event(self.session, lead, "return_visit", self.now)
        return [Outgoing(self._t("resume", lead))] + await self._ask_next(lead, reask=True)

    async def on_text(self, user: User, text: str) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None or lead.stage != Stage.QUALIFYING:
            if lead is None or lead.unsubscribed:
                return await self.start(user, None)
            return await self._after_finish(lead, user, text)
        self._touch(lead, user)
        step = await self._current_step(lead)
        if step is None:
            return await self._finish(lead)
        interpretation = interpret_text(
            step,
            text,
            today=self.now.date(),
            off_profile_keywords=self.settings.off_profile_keywords,
        )
        out: list[Outgoing] = []
        if len(text) > 4000:
            out.append(Outgoing(self._t("too_long", lead)))
        return out + await self._apply(lead, step, interpretation, raw_text=text, via="text")

    async def on_option(self, user: User, step_key: str, value: str) -> tuple[str | None, list]:
        """A button press. Returns (callback answer, messages)."""
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None or lead.stage != Stage.QUALIFYING:
            lang = lead.language if lead else self.settings.default_language
            return self.script.text("already_answered", lang), []
        step = await self._current_step(lead)
        if step is None or step.key != step_key:
            # A double tap or an old keyboard: each step is answered once.
            return self._t("already_answered", lead), []
        if value == "_skip" and step.optional:
            interpretation = Interpretation("skip")
        else:
            option = step.option(value)
            if option is None:
                return self._t("already_answered", lead), []
            interpretation = Interpretation("answer", dict(option.facts), option.value)
        self._touch(lead, user)
        label = step.option(value).label(lead.language) if step.option(value) else None
        return None, await self._apply(lead, step, interpretation, raw_text=label, via="button")

    async def on_contact(self, user: User, phone: str, own: bool) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None or lead.stage != Stage.QUALIFYING:
            return await self.on_text(user, phone)
        step = await self._current_step(lead)
        if step is None or step.parser != "phone":
            repo.add_event(self.session, lead, "contact_shared", self.now, step=step and step.key)
        self._touch(lead, user)
        target = step if step is not None and step.parser == "phone" else self._phone_step()
        if target is None or not own:
            return []
        interpretation = interpret_contact(target, phone, "RU")
        if step is not None and step.parser == "phone":
            return await self._apply(lead, step, interpretation, raw_text=None, via="contact")
        # A contact shared at another step: keep it, the phone question will be skipped.
        self._record_answer(lead, target, interpretation, None, "contact")
        await self._refresh_facts(lead)
        return []

    async def on_media(self, user: User, media_type: str) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None:
            return await self.start(user, None)
        self._touch(lead, user)
        repo.add_event(self.session, lead, "media_message", self.now, type=media_type)
        await self._rescore(lead)
        if lead.stage != Stage.QUALIFYING:
            return []
        return [Outgoing(self._t("non_text", lead))] + await self._ask_next(lead, reask=True)

    async def on_edit(self, user: User) -> None:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is not None:
            # An edited answer is not re-interpreted (the next question may already be
            # answered); the edit is recorded as behaviour and /back is offered instead.
            repo.add_event(self.session, lead, "message_edited", self.now)
            await self._rescore(lead)

    async def on_back(self, user: User) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None:
            return await self.start(user, None)
        if lead.stage != Stage.QUALIFYING:
            return [Outgoing(self._t("finished_already", lead))]
        answers = await self._current_answers(lead)
        if not answers:
            return [Outgoing(self._t("back_nothing", lead))] + await self._ask_next(
                lead, reask=True
            )
        last = answers.pop()
        last.superseded = True
        repo.add_event(self.session, lead, "back_used", self.now, step=last.step)
        await self._refresh_facts(lead)
        return [Outgoing(self._t("back_done", lead))] + await self._ask_next(lead)

    async def on_restart(self, user: User) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None:
            return await self.start(user, None)
        if not await lifecycle.restart(self.session, lead, self.now):
            return [Outgoing(self._t("restart_refused", lead))]
        self._answers = []  # a new cycle: the old answers stay, unread
        return [Outgoing(self._t("restarted", lead))] + await self._ask_next(lead)

    async def on_stop(self, user: User) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        lang = language_for(user.language_code, self.settings.default_language)
        if lead is not None:
            lang = lead.language
            await lifecycle.unsubscribe(self.session, lead, self.now, via="command")
            await self._rescore(lead)
        await self.state.clear()
        return [Outgoing(html.escape(self.script.text("stopped", lang)), ReplyKeyboardRemove())]

    async def on_lang(self, user: User) -> list[Outgoing]:
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None:
            return await self.start(user, None)
        lead.language = "en" if lead.language == "ru" else "ru"
        out = [Outgoing(self._t("language_switched", lead))]
        if lead.stage == Stage.QUALIFYING:
            return out + await self._ask_next(lead, reask=True)
        return out

    async def on_back_button(self, user: User, step_key: str) -> tuple[str | None, list[Outgoing]]:
        """The Back button under a question: valid only while that question is current."""
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None or lead.stage != Stage.QUALIFYING:
            return self.script.text("already_answered", self.settings.default_language), []
        step = await self._current_step(lead)
        if step is None or step.key != step_key:
            return self._t("already_answered", lead), []
        return None, await self.on_back(user)

    async def resume_from_nudge(self, user: User, lead_id: int) -> tuple[str | None, list]:
        """The "continue" button of a silent-lead reminder: the open question again.

        Returns (callback answer, messages); a button of someone else's reminder (or of a
        forgotten lead) does nothing.
        """
        lead = await repo.lead_by_user(self.session, user.id)
        if lead is None or lead.id != lead_id:
            return self.script.text("button_expired", self.settings.default_language), []
        # start() on a known lead resumes at its current step (or says the dialogue is done).
        return None, await self.start(user, None)

    async def help_text(self, user: User) -> str:
        lead = await repo.lead_by_user(self.session, user.id)
        lang = (
            lead.language
            if lead
            else language_for(user.language_code, self.settings.default_language)
        )
        return html.escape(self.script.text("help", lang))

    # --- internals ----------------------------------------------------------------------

    async def _create_lead(self, user: User, payload: str | None) -> Lead:
        source = payload if payload and SOURCE_PATTERN.match(payload) else None
        lead = Lead(
            tg_user_id=user.id,
            chat_id=user.id,
            first_name=(user.first_name or "")[:128] or None,
            last_name=(user.last_name or "")[:128] or None,
            username=user.username,
            language=language_for(user.language_code, self.settings.default_language),
            source=source,
            stage=Stage.NEW,
            facts={},
            created_at=self.now,
            last_seen_at=self.now,
        )
        self.session.add(lead)
        await self.session.flush()
        lifecycle.start_qualifying(self.session, lead)
        repo.add_event(self.session, lead, "dialogue_started", self.now, source=source)
        return lead

    def _touch(self, lead: Lead, user: User) -> None:
        last_seen = lead.last_seen_at
        if last_seen and (self.now - last_seen).total_seconds() > RETURN_VISIT_AFTER_S:
            repo.add_event(self.session, lead, "return_visit", self.now)
        lead.last_seen_at = self.now
        lead.username = user.username

    def _t(self, name: str, lead: Lead, **values: Any) -> str:
        return html.escape(self.script.text(name, lead.language, **values))

    def _greeting(self, lead: Lead, user: User) -> str:
        name = user.first_name or ("друг" if lead.language == "ru" else "there")
        greeting = self.script.text("greeting", lead.language, name=name)
        consent = self.script.text("consent", lead.language)
        return f"{html.escape(greeting)}\n\n<i>{html.escape(consent)}</i>"

    def _phone_step(self) -> Step | None:
        return next((s for s in self.script.steps if s.parser == "phone"), None)

    async def _current_answers(self, lead: Lead) -> list[Answer]:
        if self._answers is None:
            self._answers = list(await repo.current_answers(self.session, lead))
        return self._answers

    async def _current_step(self, lead: Lead) -> Step | None:
        answers = await self._current_answers(lead)
        return self.script.next_step(facts_from(answers), [a.step for a in answers])

    async def _refresh_facts(self, lead: Lead) -> dict[str, Any]:
        lead.facts = facts_from(await self._current_answers(lead))
        return lead.facts

    async def _rescore(self, lead: Lead) -> Score:
        await self.session.flush()
        model = await self.models.active(self.session)
        return await rescore_lead(self.session, lead, model, self.now)

    def _record_answer(
        self,
        lead: Lead,
        step: Step,
        interpretation: Interpretation,
        raw_text: str | None,
        via: str,
    ) -> None:
        value: dict[str, Any] = {"facts": interpretation.facts}
        if interpretation.option:
            value["option"] = interpretation.option
        answer = Answer(
            lead_id=lead.id,
            cycle=lead.cycle,
            step=step.key,
            raw_text=raw_text[:1000] if raw_text else None,
            value=value,
            via=via,
            created_at=self.now,
        )
        self.session.add(answer)
        if self._answers is not None:
            self._answers.append(answer)

    async def _apply(
        self,
        lead: Lead,
        step: Step,
        interpretation: Interpretation,
        *,
        raw_text: str | None,
        via: str,
    ) -> list[Outgoing]:
        for topic in sorted(interpretation.own_questions):
            repo.add_event(
                self.session, lead, "own_question", self.now, topic=topic, step=step.key
            )
        out: list[Outgoing] = []
        if interpretation.outcome == "not_understood":
            data = await self.state.get_data()
            if data.get("step") == step.key and data.get("reasks", 0) >= MAX_REASKS:
                out.append(Outgoing(self._t("unknown_recorded", lead)))
                interpretation = Interpretation("answer", unknown_facts(step))
                via = "unknown"
            else:
                if interpretation.own_questions:
                    out.append(Outgoing(self._t("own_question", lead)))
                reask = {"phone": "reask_bad_phone", "email": "reask_bad_email"}.get(step.parser)
                text = (
                    self._t(reask, lead)
                    if reask
                    else self._t("reask", lead, examples=step.examples.get(lead.language))
                )
                await self.state.update_data(step=step.key, reasks=data.get("reasks", 0) + 1)
                await self._rescore(lead)
                markup = question_markup(self.script, step, lead.language, can_go_back=False)
                return [*out, Outgoing(text, markup)]
        elif interpretation.own_questions and interpretation.outcome == "answer":
            out.append(Outgoing(self._t("own_question", lead)))

        data = await self.state.get_data()
        asked_at = data.get("asked_at")
        latency = self.now.timestamp() - asked_at if isinstance(asked_at, float) else None
        self._record_answer(lead, step, interpretation, raw_text, via)
        repo.add_event(
            self.session,
            lead,
            "question_answered",
            self.now,
            step=step.key,
            latency_s=round(latency, 1) if latency is not None else None,
            length=len(raw_text or "") if via == "text" else 0,
            via=via,
            outcome=interpretation.outcome,
        )
        if step.parser == "phone" and via != "contact":
            out.append(Outgoing("👌", ReplyKeyboardRemove()))
        elif via == "contact":
            out.append(Outgoing("👍", ReplyKeyboardRemove()))
        facts = await self._refresh_facts(lead)
        if facts.get("disqualifier") in self.script.meta.close_on:
            return out + await self._finish(lead)
        return out + await self._ask_next(lead)

    async def _ask_next(self, lead: Lead, *, reask: bool = False) -> list[Outgoing]:
        answers = await self._current_answers(lead)
        step = self.script.next_step(facts_from(answers), [a.step for a in answers])
        if step is None:
            return await self._finish(lead)
        data = await self.state.get_data()
        if not (reask and data.get("step") == step.key):
            repo.add_event(self.session, lead, "question_asked", self.now, step=step.key)
            # A prospect who goes quiet here gets a nudge that resumes at this question.
            await lifecycle.arm_silent_nudge(self.session, lead, step.key, self.now, self.settings)
            await self.state.set_data(
                {"step": step.key, "asked_at": self.now.timestamp(), "reasks": 0}
            )
        await self.state.set_state(Dialogue.answering)
        await self._rescore(lead)
        markup = question_markup(self.script, step, lead.language, can_go_back=bool(answers))
        return [Outgoing(html.escape(step.question.get(lead.language)), markup)]

    async def _finish(self, lead: Lead) -> list[Outgoing]:
        facts = lead.facts or {}
        if facts.get("disqualifier") not in self.script.meta.close_on:
            repo.add_event(self.session, lead, "dialogue_completed", self.now)
        result = await self._rescore(lead)
        decision = lifecycle.decide_end_of_dialogue(facts, result, self.script.meta.close_on)
        await lifecycle.end_dialogue(self.session, lead, decision, self.now, self.settings)
        await self.state.clear()
        if decision.action == "hand_off":
            return [Outgoing(self._hot_closing(lead))]
        return [Outgoing(self._t(decision.closing, lead))]

    def _hot_closing(self, lead: Lead) -> str:
        when = promised_reply(self.now, self.settings, self.script, lead.language)
        return self._t("closing_hot", lead, when=when)

    async def _after_finish(self, lead: Lead, user: User, text: str) -> list[Outgoing]:
        self._touch(lead, user)
        topics = parsers.detect_own_questions(text)
        for topic in sorted(topics):
            repo.add_event(self.session, lead, "own_question", self.now, topic=topic)
        repo.add_event(self.session, lead, "message_after_dialogue", self.now, length=len(text))
        result = await self._rescore(lead)
        if await lifecycle.promote_if_sales_ready(self.session, lead, result):
            return [Outgoing(self._hot_closing(lead))]
        return [Outgoing(self._t("finished_already", lead))]
