"""The qualification dialogue: a conversation, not a form.

Every typed message is read by the current step's parser AND by the slot extractor, so a
prospect who writes everything in one breath ("нужен магазин, бюджет около 2 млн, решаю сам,
хотим к февралю") is never asked those again: each fact understood with confidence becomes
the answer to its step (`via="extracted"`), and the next question starts with a short
acknowledgement ("Понял: бюджет около 2 млн ₽, старт в феврале."). Questions the prospect
asks are answered from the script's FAQ; other questions are kept for the manager.

After the dialogue a handed-off lead's messages are relayed to the sales chat
(`bot.services.relay`); the bot acknowledges them until a rep has answered, then keeps quiet.
Before a hand-off, what the prospect writes is kept (the last few messages) for the card.

Every method does its database work in the update's transaction and returns the messages to
send; the update's middleware commits and only then sends them (DESIGN principle 4). Stage
changes and their consequences go through `bot.lifecycle`. The current step is derived from
the stored answers; `Lead.dialogue` keeps only which question was asked when, the re-ask
count, fingerprints of recent messages (a repeat earns nothing) and the open questions.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from aiogram.types import ReplyKeyboardRemove, User
from sqlalchemy.ext.asyncio import AsyncSession

from bot import lifecycle
from bot.config import Settings
from bot.db import repo
from bot.db.models import Answer, Lead, Stage, utcnow
from bot.dialogs import parsers
from bot.dialogs.interpret import (
    Interpretation,
    disqualifier_facts,
    informative,
    interpret_contact,
    interpret_text,
    unknown_facts,
)
from bot.dialogs.keyboards import question_markup
from bot.dialogs.parsers import Extraction, SlotFact, extract_facts, render_acknowledgement
from bot.dialogs.script import Script, Step
from bot.hours import promised_reply
from bot.outgoing import Outgoing
from bot.scoring import Score, new_state
from bot.services import relay
from bot.services.relay import Incoming
from bot.services.scoring import ModelCache, rescore_lead

SOURCE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
RU_FAMILY = ("ru", "uk", "be", "kk", "ky", "uz", "tg", "hy", "az")
# A prospect coming back after this long counts as a return visit.
RETURN_VISIT_AFTER_S = 30 * 60
MAX_REASKS = 1
# Fingerprints of this many recent messages are kept: a message seen again is a repeat
# (a copy-paste); short replies like "не знаю" or "нет" may honestly answer two questions.
RECENT_MESSAGES, REPEAT_MIN_CHARS = 8, 12
# This many messages within FLOOD_WINDOW_S seconds is a flood (one "flood" event each time).
FLOOD_MESSAGES, FLOOD_WINDOW_S = 6, 5.0
MAX_OPEN_QUESTIONS, QUESTION_CHARS = 10, 300
# Messages after the dialogue and before a hand-off, kept for the card.
LATER_MESSAGES = 5
# A relayed message is acknowledged at most this often, and only until a rep has answered.
RELAY_ACK_EVERY_S = 3600
# A fact read in passing (from a message answering another question) must be this sure.
EXTRACTED_CONFIDENCE = 0.8
# Slots the extractor fills, and how to find the step each one answers.
SLOT_PARSERS = {"need": "need", "budget": "budget", "authority": "authority",
                "timeline": "timeline", "phone": "phone", "email": "email"}  # fmt: skip
SLOT_FACTS = {"company": "company", "position": "position", "brief": "has_brief"}
# Slots whose later statement replaces an earlier answer ("500к... нет, скорее 800к"); the
# others (the need in the prospect's words, names) are taken only while still unanswered.
REVISABLE = frozenset({"budget", "authority", "timeline", "phone", "email"})
CONTACT_PARSERS = frozenset({"phone", "email"})


# "10k", "~5K", "8,000", "12000": a figure in thousands with nothing but hedges around it
_BARE_THOUSANDS_RE = re.compile(
    r"(?:about |around |approx\.? |~ ?|up to |under |max )?\d+(?:[.,]\d+)? ?[kK]|"
    r"(?:about |around |approx\.? |~ ?|up to |under |max )?\d{1,3}(?:[ ,]\d{3})+|\d{4,}"
)


def language_for(language_code: str | None, default: str) -> str:
    if not language_code:
        return default
    return "ru" if language_code.split("-")[0].lower() in RU_FAMILY else "en"


def facts_from(answers: Sequence[Answer]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for answer in answers:
        facts.update(answer.value.get("facts", {}))
    return facts


def fingerprint(text: str) -> str:
    """The same words, whatever the case, spacing and punctuation: a repeat or a copy-paste."""
    simple = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.blake2s(simple.encode(), digest_size=6).hexdigest()


#: Disqualifiers a later answer can reveal (see ``Conversation._revealed_disqualifier``).
REVEALED_KINDS = frozenset({"partner", "vendor", "job_seeker", "student", "researcher"})


def slot_step(script: Script, slot: str) -> Step | None:
    """The step an extracted slot answers."""
    if slot in SLOT_PARSERS:
        return next((s for s in script.steps if s.parser == SLOT_PARSERS[slot]), None)
    fact = SLOT_FACTS.get(slot)
    if fact is None:
        return None  # e.g. "disqualifier": weighed with the need, not a step of its own
    for step in script.steps:
        if step.fact == fact or any(fact in option.facts for option in step.options):
            return step
        if slot == "company" and step.parser == "profile":
            return step
    return None


@dataclass(frozen=True, slots=True)
class Understood:
    """One answer recorded from a message: its step and facts (for the acknowledgement)."""

    step: Step
    facts: dict[str, Any]
    fragment: str


class Conversation:
    def __init__(
        self,
        session: AsyncSession,
        script: Script,
        settings: Settings,
        models: ModelCache,
        now: datetime | None = None,
    ) -> None:
        self.session = session
        self.script = script
        self.settings = settings
        self.models = models
        self.now = now or utcnow()
        # The current cycle's answers, read once per update and kept in step with our writes:
        # every extra query is a round trip through the database driver's thread.
        self._answers: list[Answer] | None = None
        # A message was queued for the sales chat: the handler wakes the outbox after commit.
        self.relayed = False

    # --- entry points -------------------------------------------------------------------

    async def start(self, user: User, payload: str | None) -> list[Outgoing]:
        lead = await self._lead(user.id)
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

    async def on_text(
        self, user: User, text: str, incoming: Incoming | None = None
    ) -> list[Outgoing]:
        lead = await self._lead(user.id)
        if lead is None or lead.stage != Stage.QUALIFYING:
            if lead is None or (lead.unsubscribed and lead.stage not in relay.RELAY_STAGES):
                return await self.start(user, None)
            return await self._after_finish(lead, user, text, incoming)
        self._touch(lead, user)
        step = await self._current_step(lead)
        if step is None:
            return await self._finish(lead)
        out: list[Outgoing] = []
        if len(text) > 4000:
            out.append(Outgoing(self._t("too_long", lead)))
        return out + await self._answer_text(lead, step, text)

    async def on_option(self, user: User, step_key: str, value: str) -> tuple[str | None, list]:
        """A button press. Returns (callback answer, messages)."""
        lead = await self._lead(user.id)
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
        via = "skip" if interpretation.outcome == "skip" else "button"
        self._answered(lead, step, interpretation, label, via)
        return None, await self._after_answer(lead, [])

    async def on_contact(
        self, user: User, phone: str, own: bool, incoming: Incoming | None = None
    ) -> list[Outgoing]:
        lead = await self._lead(user.id)
        if lead is None or lead.stage != Stage.QUALIFYING:
            return await self.on_text(user, phone, incoming)
        self._touch(lead, user)
        step = await self._current_step(lead)
        at_phone = step is not None and step.parser == "phone"
        if not own:
            # Someone else's card is not a way to reach this prospect: ask again.
            reask = [Outgoing(self._t("reask_bad_phone", lead))]
            return reask + await self._ask_next(lead, reask=True) if at_phone else reask
        if not at_phone:
            repo.add_event(self.session, lead, "contact_shared", self.now, step=step and step.key)
        target = step if at_phone else slot_step(self.script, "phone")
        if target is None:
            return []
        interpretation = interpret_contact(target, phone, "RU")
        if interpretation.outcome != "answer":
            return [Outgoing(self._t("reask_bad_phone", lead))]
        self._record(lead, target, interpretation.facts, None, "contact")
        if at_phone:
            self._event_answered(lead, target, "contact", 0, interpretation.facts)
            return [Outgoing("👍", ReplyKeyboardRemove()), *await self._after_answer(lead, [])]
        await self._refresh_facts(lead)  # shared early: the phone question will be skipped
        return []

    async def on_media(
        self, user: User, media_type: str, incoming: Incoming | None = None
    ) -> list[Outgoing]:
        lead = await self._lead(user.id)
        if lead is None:
            return await self.start(user, None)
        self._touch(lead, user)
        repo.add_event(self.session, lead, "media_message", self.now, type=media_type)
        await self._rescore(lead)
        if lead.stage != Stage.QUALIFYING:
            relayed = await relay.from_prospect(self.session, lead, incoming)
            self.relayed = relayed.relayed
            return self._relay_reply(lead, relayed)
        return [Outgoing(self._t("non_text", lead))] + await self._ask_next(lead, reask=True)

    async def on_edit(self, user: User) -> None:
        lead = await self._lead(user.id)
        if lead is not None:
            # An edited answer is not re-interpreted (the next question may already be
            # answered); the edit is recorded as behaviour and /back is offered instead.
            repo.add_event(self.session, lead, "message_edited", self.now)
            await self._rescore(lead)

    async def on_back(self, user: User) -> list[Outgoing]:
        lead = await self._lead(user.id)
        if lead is None:
            return await self.start(user, None)
        if lead.stage != Stage.QUALIFYING:
            return [Outgoing(self._t("finished_already", lead))]
        answers = await self._current_answers(lead)
        if not answers:
            return [Outgoing(self._t("back_nothing", lead))] + await self._ask_next(
                lead, reask=True
            )
        # Step by step, extracted answers included: the latest answer goes first.
        last = answers.pop()
        last.superseded = True
        repo.add_event(self.session, lead, "back_used", self.now, step=last.step)
        await self._refresh_facts(lead)
        return [Outgoing(self._t("back_done", lead))] + await self._ask_next(lead)

    async def on_restart(self, user: User) -> list[Outgoing]:
        lead = await self._lead(user.id)
        if lead is None:
            return await self.start(user, None)
        if not await lifecycle.restart(self.session, lead, self.now):
            return [Outgoing(self._t("restart_refused", lead))]
        self._answers = []  # a new cycle: the old answers stay, unread
        lead.dialogue = {}
        return [Outgoing(self._t("restarted", lead))] + await self._ask_next(lead)

    async def on_stop(self, user: User) -> list[Outgoing]:
        lead = await self._lead(user.id)
        lang = language_for(user.language_code, self.settings.default_language)
        if lead is not None:
            lang = lead.language
            await lifecycle.unsubscribe(self.session, lead, self.now, via="command")
            self._set_dialogue(lead, step=None)
            await self._rescore(lead)
        return [Outgoing(html.escape(self.script.text("stopped", lang)), ReplyKeyboardRemove())]

    async def on_lang(self, user: User) -> list[Outgoing]:
        lead = await self._lead(user.id)
        if lead is None:
            return await self.start(user, None)
        lead.language = "en" if lead.language == "ru" else "ru"
        out = [Outgoing(self._t("language_switched", lead))]
        if lead.stage == Stage.QUALIFYING:
            return out + await self._ask_next(lead, reask=True)
        return out

    async def on_back_button(self, user: User, step_key: str) -> tuple[str | None, list[Outgoing]]:
        """The Back button under a question: valid only while that question is current."""
        lead = await self._lead(user.id)
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
        lead = await self._lead(user.id)
        if lead is None or lead.id != lead_id:
            return self.script.text("button_expired", self.settings.default_language), []
        # start() on a known lead resumes at its current step (or says the dialogue is done).
        return None, await self.start(user, None)

    async def help_text(self, user: User) -> str:
        lead = await self._lead(user.id)
        lang = (
            lead.language
            if lead
            else language_for(user.language_code, self.settings.default_language)
        )
        return html.escape(self.script.text("help", lang))

    # --- a typed answer -----------------------------------------------------------------

    async def _answer_text(self, lead: Lead, step: Step, text: str) -> list[Outgoing]:
        repeat = self._remember(lead, text)
        interpretation = interpret_text(
            step,
            text,
            today=self.now.date(),
            off_profile_keywords=self.settings.off_profile_keywords,
        )
        interpretation = await self._in_earlier_currency(lead, step, text, interpretation)
        facts = interpretation.facts
        # "не знаю, сначала пришлите КП" at the budget question: a way not to name a figure
        dodges = step.parser == "budget" and facts.get("budget_status") != "amount"
        # "no plans yet, want to understand costs first": a price or a proposal asked by
        # someone who says in the same answer that nothing is planned, or that they only
        # research, is exploring, not buying
        exploring = (
            facts.get("timeline_status") == "no_plans" or facts.get("authority") == "researcher"
        )
        notes = self._own_questions(
            lead,
            step,
            text,
            interpretation.own_questions,
            repeat,
            instead_of_budget=dodges,
            exploring=exploring,
        )
        vague = self._vague_need(lead, step, interpretation, text)
        if vague:
            # "здравствуйте", "long story, bear with me": no task we recognise yet. One
            # clarifying re-ask with the buttons; a second "other" is taken as it is.
            interpretation = Interpretation(
                "not_understood", own_questions=interpretation.own_questions
            )
        extraction = extract_facts(
            text, today=self.now.date(), off_profile_keywords=self.settings.off_profile_keywords
        )
        if interpretation.outcome == "not_understood" and parsers.refers_back(text):
            # "писала же выше)": the answer is in an earlier message of the dialogue
            earlier = await self._said_earlier(lead, step)
            if earlier is not None:
                interpretation = Interpretation("answer", earlier)
        if interpretation.outcome == "not_understood":
            others = await self._extracted(lead, extraction, skip=step, text=text)
            if others:
                # Not this question's answer, but others': keep them, ask this one again.
                self._record_extracted(lead, others, step)
                ack = self._ack(lead, others, extraction)
                return await self._ask_next(lead, notes=notes, ack=ack, reask=True)
            dialogue = self._dialogue(lead)
            reasks = dialogue.get("reasks", 0) if dialogue.get("step") == step.key else 0
            if reasks < MAX_REASKS:
                self._set_dialogue(lead, step=step.key, reasks=reasks + 1)
                if not interpretation.own_questions and not parsers.is_greeting(text):
                    # (a greeting first is courtesy, not an answer that says nothing)
                    repo.add_event(
                        self.session, lead, "answer_not_understood", self.now, step=step.key
                    )
                await self._rescore(lead)
                reask = {"phone": "reask_bad_phone", "email": "reask_bad_email"}.get(step.parser)
                if interpretation.own_questions:
                    # A question back, answered above: then simply the same question again.
                    prompt = html.escape(step.question.get(lead.language))
                elif reask:
                    prompt = self._t(reask, lead)
                elif vague == "app" and "reask_app" in self.script.texts:
                    prompt = self._t("reask_app", lead)  # a store app, or a web account?
                else:
                    prompt = self._t("reask", lead, examples=step.examples.get(lead.language))
                markup = question_markup(self.script, step, lead.language, can_go_back=False)
                return [Outgoing(self._join([*notes, prompt]), markup)]
            # Asked twice and still not an answer: noted as unknown, the dialogue moves on.
            notes.append(self._t("unknown_recorded", lead))
            interpretation = Interpretation("answer", unknown_facts(step))
            via = "unknown"
        else:
            via = "skip" if interpretation.outcome == "skip" else "text"
        self._answered(lead, step, interpretation, text, via, repeat=repeat)
        understood = [Understood(step, interpretation.facts, text)] if via == "text" else []
        others = await self._extracted(lead, extraction, skip=step, text=text)
        self._record_extracted(lead, others, step)
        ack = self._ack(lead, [*understood, *others], extraction) if via == "text" else ""
        out: list[Outgoing] = []
        if step.parser == "phone":
            out.append(Outgoing("👌", ReplyKeyboardRemove()))  # the share-phone keyboard goes
        return out + await self._after_answer(lead, notes, ack)

    def _vague_need(
        self, lead: Lead, step: Step, interpretation: Interpretation, text: str
    ) -> str | None:
        """Why the need answer is asked once more: ``"app"`` (an app with no platform named),
        ``"task"`` (no task we recognise), or ``None`` (it is taken as it is)."""
        dialogue = self._dialogue(lead)
        first_try = dialogue.get("step") != step.key or not dialogue.get("reasks")
        if not (step.parser == "need" and interpretation.outcome == "answer" and first_try):
            return None
        found = interpretation.disqualifier
        if found is not None and found.kind != "spam" and parsers.introduces_only(text):
            # "Я студентка, пишу за маму: у неё три магазина", "we had an app built last
            # year": who writes, not what they want; ask for the task before closing on it
            return "task"
        if interpretation.facts.get("off_profile"):
            # "нам нужно приложение" names no platform: a client account in the browser is
            # ours, so ask once more before recording the mobile app we do not build
            return "app" if parsers.names_only_an_app(text) else None
        # a weak word ("партнёрская программа") is no reason not to ask what the task is
        if interpretation.facts.get("need_category") == "other" and (
            interpretation.disqualifier is None or interpretation.disqualifier.weak
        ):
            return "task"
        return None

    async def _after_answer(self, lead: Lead, notes: list[str], ack: str = "") -> list[Outgoing]:
        facts = await self._refresh_facts(lead)
        if facts.get("disqualifier") in self.script.meta.close_on:
            return await self._finish(lead)
        return await self._ask_next(lead, notes=notes, ack=ack)

    async def _in_earlier_currency(
        self, lead: Lead, step: Step, text: str, interpretation: Interpretation
    ) -> Interpretation:
        """A bare figure at the budget question ("8k") is in the currency the prospect named
        before ("need a site revamp, ~$8k" in the opening), not the parser's default; with no
        currency named at all, an English speaker's bare figure in thousands is in dollars (the
        parser reads "about 10k" so, but a bare "10k" has no language of its own; 66 of the 68
        English bare figures of the calibration phrasings are labelled dollars). A bare "1.5" or
        "300", which the parser scales as a Russian answer would mean them, stays in roubles."""
        facts = interpretation.facts
        if (
            step.parser != "budget"
            or facts.get("budget_status") != "amount"
            or parsers.names_currency(text)
        ):
            return interpretation
        before = lead.facts or {}
        if before.get("budget_status") != "amount":
            answers = await self._current_answers(lead)  # loaded with the lead: no query
            if not any(a.raw_text and parsers.names_currency(a.raw_text) for a in answers):
                # no currency named before: nothing to read again, but the speaker's language
                if lead.language == "en" and _BARE_THOUSANDS_RE.fullmatch(text.strip()):
                    return replace(interpretation, facts={**facts, "budget_currency": "USD"})
                return interpretation
            before = await self._said_earlier(lead, step) or {}
        earlier = (
            before.get("budget_currency") if before.get("budget_status") == "amount" else None
        )
        if earlier in (None, facts.get("budget_currency")):
            return interpretation
        return replace(interpretation, facts={**facts, "budget_currency": earlier})

    def _answered(
        self,
        lead: Lead,
        step: Step,
        interpretation: Interpretation,
        raw_text: str | None,
        via: str,
        *,
        repeat: bool = False,
    ) -> None:
        self._record(lead, step, interpretation.facts, raw_text, via, interpretation.option)
        length = len(raw_text or "") if via == "text" else 0
        self._event_answered(lead, step, via, length, interpretation.facts, repeat=repeat)

    def _event_answered(
        self,
        lead: Lead,
        step: Step,
        via: str,
        length: int,
        facts: dict[str, Any],
        *,
        repeat: bool = False,
    ) -> None:
        if via == "skip" and step.parser in CONTACT_PARSERS:
            other = "email" if step.parser == "phone" else "phone"
            if (lead.facts or {}).get(other):
                via = "skip_covered"  # the e-mail skipped after a phone: reachable, no evasion
        dialogue = self._dialogue(lead)
        asked_at = dialogue.get("asked_at") if dialogue.get("step") == step.key else None
        latency = self.now.timestamp() - asked_at if isinstance(asked_at, float) else None
        data: dict[str, Any] = {
            "step": step.key,
            "latency_s": round(latency, 1) if latency is not None else None,
            "length": length,
            "via": via,
            # Speed and length count only for answers that say something (see the model).
            "informative": via in ("text", "button", "contact") and informative(facts),
        }
        if repeat:
            data["repeat"] = True
        repo.add_event(self.session, lead, "question_answered", self.now, **data)

    async def _extracted(
        self, lead: Lead, extraction: Extraction, *, skip: Step, text: str
    ) -> list[Understood]:
        """Facts of the message for other steps, understood with confidence.

        A step already answered is replaced only by a more specific statement (an amount
        after "I don't know", another date); "I don't know" never replaces an answer. The
        need is replaced only when the message takes it back ("actually it's an app we need,
        not a website").
        """
        answered = {a.step: a for a in await self._current_answers(lead)}
        found: list[Understood] = []
        revealed = self._revealed_disqualifier(extraction, answered, skip)
        if revealed is not None:
            found.append(revealed)
        for slot, fact in extraction.slots.items():
            step = slot_step(self.script, slot)
            if step is None or step.key == skip.key or fact.confidence < EXTRACTED_CONFIDENCE:
                continue
            facts = self._slot_facts(slot, fact)
            previous = answered.get(step.key)
            if previous is not None:
                old = previous.value.get("facts", {})
                # the correction cue is read only for a need found again, not for every answer
                revisable = slot in REVISABLE or (
                    slot == "need" and parsers.takes_back_the_need(text)
                )
                if (
                    not revisable
                    or not informative(facts)
                    or facts == {k: old.get(k) for k in facts}
                ):
                    continue
            found.append(Understood(step, facts, fact.fragment))
        return found

    async def _said_earlier(self, lead: Lead, step: Step) -> dict[str, Any] | None:
        """What the latest earlier answer said in passing for ``step`` (with less confidence
        than an unasked statement needs: now the prospect points to it), or None."""
        slot = next((s for s, parser in SLOT_PARSERS.items() if parser == step.parser), None)
        if slot is None:
            return None
        for answer in reversed(await self._current_answers(lead)):
            if answer.step == step.key or not answer.raw_text:
                continue
            found = extract_facts(
                answer.raw_text,
                today=self.now.date(),
                off_profile_keywords=self.settings.off_profile_keywords,
            ).get(slot)
            if found is not None and informative(found.facts):
                return self._slot_facts(slot, found)
        return None

    def _revealed_disqualifier(
        self, extraction: Extraction, answered: dict[str, Answer], skip: Step
    ) -> Understood | None:
        """Who the writer is, revealed after the need was answered ("у клиента заложено 1,2
        млн", "we'd need a wholesale rate from you"): a clear offer (no buyer evidence, not a
        weak word) joins the need's facts, so the dialogue closes as it would have on the need.
        Off-profile words and spam in a later answer stay that answer's business."""
        detected = extraction.disqualifier
        if (
            detected is None
            or detected.kind not in REVEALED_KINDS
            or detected.buyer_evidence
            or detected.weak
        ):
            return None
        step = next((s for s in self.script.steps if s.parser == "need"), None)
        previous = answered.get(step.key) if step is not None else None
        if step is None or previous is None or step.key == skip.key:
            return None
        old = dict(previous.value.get("facts", {}))
        if old.get("disqualifier"):
            return None
        old.pop("disqualifier_suspect", None)
        if (
            skip.dimension == "profile"
            and detected.kind == "vendor"
            and parsers.names_a_trade(detected.matched)
        ):
            # A line of work named with the company ("Balance Consulting — бухгалтерский
            # аутсорсинг, основатель") says who writes, not what they offer us: weighed at the
            # end like a need's suspect (a budget and a date make a card marked "check"). An
            # offer there ("white-label reselling", "это мой дипломный проект") still closes.
            return Understood(
                step, {**old, "disqualifier_suspect": detected.kind}, detected.matched
            )
        return Understood(step, {**old, **disqualifier_facts(detected)}, detected.matched)

    def _slot_facts(self, slot: str, fact: SlotFact) -> dict[str, Any]:
        facts = dict(fact.facts)
        if slot == "need":
            # The disqualifier of a need read in passing is weighed like a typed need's.
            detected = parsers.detect_disqualifier(
                fact.fragment, self.settings.off_profile_keywords
            )
            for key in ("disqualifier", "disqualifier_suspect", "off_profile"):
                facts.pop(key, None)
            facts.update(disqualifier_facts(detected))
        return facts

    def _record_extracted(self, lead: Lead, found: list[Understood], answering: Step) -> None:
        answers = self._answers if self._answers is not None else []
        # (the contact step asks for a phone and an e-mail: either one given there was asked)
        unasked = answering.parser not in CONTACT_PARSERS
        for item in found:
            for previous in [a for a in answers if a.step == item.step.key]:
                previous.superseded = True  # the later, more specific statement wins
                answers.remove(previous)
            self._record(lead, item.step, item.facts, item.fragment, "extracted")
            if unasked and item.step.parser in CONTACT_PARSERS:
                # A contact nobody asked for yet: a signal of intent (a phone strong, an e-mail
                # weaker; the model tells them apart by "contact").
                email = {"contact": "email"} if item.step.parser == "email" else {}
                repo.add_event(
                    self.session, lead, "contact_shared", self.now, via="message", **email
                )

    def _ack(self, lead: Lead, understood: list[Understood], extraction: Extraction) -> str:
        slots: dict[str, SlotFact] = {}
        names = (*SLOT_PARSERS, *SLOT_FACTS)
        for item in understood:
            slot = next((s for s in names if slot_step(self.script, s) is item.step), None)
            if slot is not None and informative(item.facts):
                slots[slot] = SlotFact(item.facts, 1.0, item.fragment)
            if item.facts.get("position") and slot != "position":  # "ООО Ромашка, директор"
                slots["position"] = SlotFact({"position": item.facts["position"]}, 1.0, "")
        summary = render_acknowledgement(
            Extraction(slots=slots, today=extraction.today), lead.language
        )
        return self._t("understood", lead, summary=summary) if summary else ""

    def _own_questions(
        self,
        lead: Lead,
        step: Step | None,
        text: str,
        topics: frozenset[str],
        repeat: bool,
        *,
        instead_of_budget: bool = False,
        exploring: bool = False,
    ) -> list[str]:
        """Events for the prospect's own questions; FAQ answers for the known topics; other
        questions are kept for the manager. Returns the paragraphs to send."""
        if not topics:
            return []
        facts = lead.facts or {}
        with_need = facts.get("need_category") in parsers.SERVED_NEEDS
        for topic in sorted(topics):
            data: dict[str, Any] = {"topic": topic, "step": step.key if step else None}
            if with_need:
                data["with_need"] = True
            if repeat:
                data["repeat"] = True
            if instead_of_budget:
                data["instead_of_budget"] = True
            if exploring:
                data["exploring"] = True
            repo.add_event(self.session, lead, "own_question", self.now, **data)
        answers = [
            html.escape(self.script.faq[t].get(lead.language))
            for t in sorted(topics)
            if t in self.script.faq
        ]
        if "other" in topics or not answers:
            dialogue = self._dialogue(lead)
            questions = list(dialogue.get("questions", []))
            if text[:QUESTION_CHARS] not in questions:
                questions = [*questions, text[:QUESTION_CHARS]][-MAX_OPEN_QUESTIONS:]
                self._set_dialogue(lead, questions=questions)
            answers.append(self._t("question_noted", lead))
        return answers

    # --- after the dialogue -------------------------------------------------------------

    async def _after_finish(
        self, lead: Lead, user: User, text: str, incoming: Incoming | None = None
    ) -> list[Outgoing]:
        self._touch(lead, user)
        repeat = self._remember(lead, text)
        topics = parsers.detect_own_questions(text)
        notes = self._own_questions(lead, None, text, topics, repeat)
        data: dict[str, Any] = {"length": len(text)}
        if repeat:
            data["repeat"] = True
        repo.add_event(self.session, lead, "message_after_dialogue", self.now, **data)
        relayed = await relay.from_prospect(self.session, lead, incoming)
        self.relayed = relayed.relayed
        if not relayed.relayed:
            # Before a hand-off ("a few words for the manager"): the card will show it.
            later = list(self._dialogue(lead).get("later", []))
            self._set_dialogue(lead, later=[*later, text[:QUESTION_CHARS]][-LATER_MESSAGES:])
        result = await self._rescore(lead)
        if await lifecycle.promote_if_sales_ready(self.session, lead, result):
            return [Outgoing(self._join([*notes, self._hot_closing(lead)]))]
        if relayed.relayed:
            # The message is in the sales chat now and a person answers it, FAQ or not (the
            # FAQ's words are the dialogue's: "a manager will call once I pass your answers").
            return self._relay_reply(lead, relayed)
        return [Outgoing(self._join([*notes, self._t("finished_already", lead)]))]

    def _relay_reply(self, lead: Lead, relayed: relay.ProspectRelay) -> list[Outgoing]:
        """What the prospect hears when their message went to the sales chat: "passed to a
        manager" (at most hourly) until a rep answered; then nothing, the conversation with
        a person goes on."""
        if not relayed.relayed or relayed.rep_replied:
            return []
        last = self._dialogue(lead).get("relay_ack_at")
        stamp = self.now.timestamp()
        if isinstance(last, float) and stamp - last < RELAY_ACK_EVERY_S:
            return []
        self._set_dialogue(lead, relay_ack_at=stamp)
        return [Outgoing(self._t("relay_ack", lead))]

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
            dialogue={},
            created_at=self.now,
            last_seen_at=self.now,
        )
        # No events yet: the empty fold is exact, and the first rescore reads no history.
        lead.engagement = new_state(await self.models.active(self.session)).to_dict()
        self.session.add(lead)
        await self.session.flush()
        self._answers = []  # none yet: no query for them (and no flush before it)
        lifecycle.start_qualifying(self.session, lead)
        repo.add_event(self.session, lead, "dialogue_started", self.now, source=source)
        return lead

    def _touch(self, lead: Lead, user: User) -> None:
        last_seen = lead.last_seen_at
        if last_seen and (self.now - last_seen).total_seconds() > RETURN_VISIT_AFTER_S:
            repo.add_event(self.session, lead, "return_visit", self.now)
        lead.last_seen_at = self.now
        lead.username = user.username
        # A flood: many messages within a few seconds (one event per burst).
        stamp = self.now.timestamp()
        burst = [t for t in self._dialogue(lead).get("burst", []) if stamp - t < FLOOD_WINDOW_S]
        burst.append(stamp)
        if len(burst) >= FLOOD_MESSAGES:
            repo.add_event(self.session, lead, "flood", self.now, messages=len(burst))
            burst = []
        self._set_dialogue(lead, burst=burst)

    def _remember(self, lead: Lead, text: str) -> bool:
        """Keep the message's fingerprint; True when the same words came before."""
        mark = fingerprint(text)
        recent = list(self._dialogue(lead).get("recent", []))
        repeat = mark in recent and len(text.strip()) >= REPEAT_MIN_CHARS
        self._set_dialogue(lead, recent=[*recent, mark][-RECENT_MESSAGES:])
        return repeat

    @staticmethod
    def _dialogue(lead: Lead) -> dict[str, Any]:
        return dict(lead.dialogue or {})

    def _set_dialogue(self, lead: Lead, **values: Any) -> None:
        # A new dict, so the JSON column is seen as changed.
        lead.dialogue = {**(lead.dialogue or {}), **values}

    def _t(self, name: str, lead: Lead, **values: Any) -> str:
        return html.escape(self.script.text(name, lead.language, **values))

    @staticmethod
    def _join(paragraphs: list[str]) -> str:
        return "\n\n".join(p for p in paragraphs if p)

    def _greeting(self, lead: Lead, user: User) -> str:
        name = user.first_name or ("друг" if lead.language == "ru" else "there")
        greeting = self.script.text("greeting", lead.language, name=name)
        consent = self.script.text("consent", lead.language)
        return f"{html.escape(greeting)}\n\n<i>{html.escape(consent)}</i>"

    async def _lead(self, tg_user_id: int) -> Lead | None:
        """The prospect's lead, read with its current answers in one query."""
        lead, answers = await repo.lead_and_answers(self.session, tg_user_id)
        self._answers = answers if lead is not None else None
        return lead

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
        model = await self.models.active(self.session)
        return await rescore_lead(self.session, lead, model, self.now)

    def _record(
        self,
        lead: Lead,
        step: Step,
        facts: dict[str, Any],
        raw_text: str | None,
        via: str,
        option: str | None = None,
    ) -> None:
        value: dict[str, Any] = {"facts": facts}
        if option:
            value["option"] = option
        answer = Answer(
            lead_id=lead.id,
            cycle=lead.cycle,
            step=step.key,
            raw_text=raw_text[:1000] if raw_text else None,
            value=value,
            via=via,
            superseded=False,  # the column's default applies to ORM inserts only
            created_at=self.now,
        )
        repo.add_answer(self.session, answer)
        if self._answers is not None:
            self._answers.append(answer)

    async def _ask_next(
        self, lead: Lead, *, reask: bool = False, notes: Sequence[str] = (), ack: str = ""
    ) -> list[Outgoing]:
        """The next question, after `notes` (FAQ answers...) and with `ack` (what was just
        understood) in front of it: one message, not two."""
        answers = await self._current_answers(lead)
        step = self.script.next_step(facts_from(answers), [a.step for a in answers])
        if step is None:
            return await self._finish(lead, [*notes, ack])
        dialogue = self._dialogue(lead)
        if not (reask and dialogue.get("step") == step.key):
            repo.add_event(self.session, lead, "question_asked", self.now, step=step.key)
            # A prospect who goes quiet here gets a nudge that resumes at this question.
            await lifecycle.arm_silent_nudge(self.session, lead, step.key, self.now, self.settings)
            self._set_dialogue(lead, step=step.key, asked_at=self.now.timestamp(), reasks=0)
        await self._rescore(lead)
        markup = question_markup(self.script, step, lead.language, can_go_back=bool(answers))
        question = html.escape(step.question.get(lead.language))
        question = f"{ack} {question}" if ack else question
        return [Outgoing(self._join([*notes, question]), markup)]

    async def _finish(self, lead: Lead, notes: Sequence[str] = ()) -> list[Outgoing]:
        facts = lead.facts or {}
        if facts.get("disqualifier") not in self.script.meta.close_on:
            repo.add_event(self.session, lead, "dialogue_completed", self.now)
        result = await self._rescore(lead)
        decision = lifecycle.decide_end_of_dialogue(facts, result, self.script.meta.close_on)
        await lifecycle.end_dialogue(self.session, lead, decision, self.now, self.settings)
        self._set_dialogue(lead, step=None)
        closing = (
            self._hot_closing(lead)
            if decision.action == "hand_off"
            else self._t(decision.closing, lead)
        )
        return [Outgoing(self._join([*notes, closing]))]

    def _hot_closing(self, lead: Lead) -> str:
        when = promised_reply(self.now, self.settings, self.script, lead.language)
        return self._t("closing_hot", lead, when=when)
