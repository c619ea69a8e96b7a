"""Turn one answer (typed text, a button, a shared contact) into facts. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from bot.dialogs import parsers
from bot.dialogs.script import Option, Step

# Stored answer texts are capped: the rest of a 10,000-character message adds nothing.
MAX_STORED_TEXT = 1000
# Free-text answers to these parsers are also checked for disqualifiers.
# Only the answer to "what task?" is read for disqualifiers: a short "неа" to a later question
# must never close a buyer's dialogue.
CHECKED_FOR_DISQUALIFIERS = ("need",)

Outcome = Literal["answer", "skip", "not_understood"]


@dataclass(frozen=True, slots=True)
class Interpretation:
    outcome: Outcome
    facts: dict[str, Any] = field(default_factory=dict)
    option: str | None = None  # the option value, when a button (or its words) matched
    disqualifier: parsers.Disqualifier | None = None
    own_questions: frozenset[str] = frozenset()


def disqualifier_facts(disqualifier: parsers.Disqualifier | None) -> dict[str, Any]:
    """The facts a detected disqualifier records.

    A buyer is never thrown away on one word: when the same text also asks for a task we do in
    the writer's own words (``buyer_evidence``: "нам нужен портал для дилеров, станем вашим
    партнёром"), or when only a weak word was found (``weak``: "у нас есть партнёрская
    программа"), the kind is recorded as `disqualifier_suspect` instead of `disqualifier`: the
    dialogue goes on, and at its end a budget and a date send the lead to a person as a card
    marked "check" (without them the bot closes it after all). Merely naming a task we build is
    no such evidence: job seekers, vendors, partners and researchers all talk about the work
    ("6 years in e-commerce", "resell your CRM integrations", "a report on web studios").
    """
    if disqualifier is None:
        return {}
    if disqualifier.kind == "off_profile":
        return {"off_profile": True, "off_profile_matched": disqualifier.matched}
    if disqualifier.buyer_evidence or disqualifier.weak:
        # one word that may be the writer's own business ("партнёрская программа") is no
        # offer either: the dialogue goes on, and the end of it decides
        return {"disqualifier_suspect": disqualifier.kind}
    return {"disqualifier": disqualifier.kind}


def interpret_option(step: Step, option: Option) -> Interpretation:
    return Interpretation("answer", facts=dict(option.facts), option=option.value)


def interpret_skip(step: Step) -> Interpretation:
    return Interpretation("skip")


def interpret_contact(step: Step, phone_number: str, default_region: str) -> Interpretation:
    # Telegram sends the number without "+" (e.g. 79991234567): it is international.
    digits = phone_number if phone_number.startswith("+") else f"+{phone_number}"
    phone = parsers.parse_phone(digits, default_region)
    if phone is None:
        return Interpretation("not_understood")
    return Interpretation("answer", facts={"phone": phone})


def unknown_facts(step: Step) -> dict[str, Any]:
    """What an answer we could not understand after a re-ask is recorded as."""
    return {
        "budget": {"budget_status": "unknown"},
        "authority": {"authority": "unknown"},
        "timeline": {"timeline_status": "unknown"},
    }.get(step.parser, {})


def _options_for_matching(step: Step) -> list[tuple[str, Sequence[str]]]:
    return [(o.value, (o.ru, o.en, o.value, *o.synonyms)) for o in step.options]


def interpret_text(
    step: Step,
    text: str,
    *,
    today: date,
    off_profile_keywords: Sequence[str] = (),
    default_region: str = "RU",
) -> Interpretation:
    """Understand typed text as an answer to `step`; never guesses (not_understood instead)."""
    text = text.strip()[:MAX_STORED_TEXT]
    own_questions = parsers.detect_own_questions(text)
    disqualifier = None
    extra: dict[str, Any] = {}
    if step.parser in CHECKED_FOR_DISQUALIFIERS:
        disqualifier = parsers.detect_disqualifier(text, off_profile_keywords)
        extra = disqualifier_facts(disqualifier)

    def done(facts: dict[str, Any], option: str | None = None) -> Interpretation:
        return Interpretation("answer", {**facts, **extra}, option, disqualifier, own_questions)

    if step.optional and parsers.is_skip(text):
        return Interpretation("skip", own_questions=own_questions)
    # A value the parser reads ("через 6 месяцев") beats a button label that merely shares a
    # word with it ("В течение месяца"): buttons are matched first only for choice steps.
    facts = None if step.parser == "choice" else _parse(step, text, today, default_region)
    if facts is None and step.options and step.parser != "need":
        matched = parsers.match_option(text, _options_for_matching(step))
        option = step.option(matched) if matched else None
        if option is not None:
            return done(dict(option.facts), option.value)
    if facts is not None and own_questions and not informative(facts):
        # "Сколько стоит сайт?" asked back is a question, not "I don't know": the bot answers
        # it and asks its own question again.
        facts = None
    if facts is None:
        if disqualifier is not None and disqualifier.kind != "off_profile":
            # "I'm looking for a job" answers no question, but it ends the dialogue.
            return done({})
        return Interpretation(
            "not_understood", disqualifier=disqualifier, own_questions=own_questions
        )
    return done(facts)


UNKNOWN_STATUS = frozenset(
    {("budget_status", "unknown"), ("authority", "unknown"), ("timeline_status", "unknown")}
)


def informative(facts: dict[str, Any]) -> bool:
    """An answer that tells something: not empty and not only "I don't know"."""
    given = {k: v for k, v in facts.items() if v is not None}
    return bool(given) and not all((k, v) in UNKNOWN_STATUS for k, v in given.items())


_PROFILE_SPLIT = re.compile(r"\s*(?:,|;|\s[-—–]\s|\n)\s*")


def profile_facts(text: str) -> dict[str, Any] | None:
    """ "ООО Ромашка, директор" -> company and position; "Acme" -> company alone (the
    position question follows). A question back or text without letters is no answer."""
    if not any(ch.isalpha() for ch in text) or parsers.detect_own_questions(text):
        return None
    parts = [p for p in _PROFILE_SPLIT.split(text.strip(), maxsplit=1) if p]
    facts: dict[str, Any] = {"company": parts[0][:200]}
    if len(parts) == 2 and any(ch.isalpha() for ch in parts[1]):
        facts["position"] = parts[1][:200]
    return facts


def _parse(step: Step, text: str, today: date, region: str) -> dict[str, Any] | None:
    match step.parser:
        case "need":
            if not any(ch.isalnum() for ch in text):
                return None
            category = parsers.parse_need_category(text)
            if category is None and step.options:
                category = parsers.match_option(text, _options_for_matching(step))
            if category is None and parsers.names_no_task(text):
                return None  # "привет", "а вы кто?": asked again, not recorded as "other"
            return {"need": text, "need_category": category or "other"}
        case "budget":
            budget = parsers.parse_budget(text)
            if budget is None:
                return None
            return {
                "budget_status": budget.status,
                "budget_min": budget.min,
                "budget_max": budget.max,
                "budget_currency": budget.currency,
            }
        case "authority":
            authority = parsers.parse_authority(text)
            if authority is None:
                return None
            if authority == "influencer" and parsers.decides_jointly(text, authority):
                return {"authority": authority, "authority_joint": True}
            return {"authority": authority}
        case "timeline":
            timeline = parsers.parse_timeline(text, today)
            if timeline is None:
                return None
            return {"timeline_status": timeline.status, "timeline_days": timeline.days}
        case "phone":
            phone = parsers.parse_phone(text, region)
            return None if phone is None else {"phone": phone}
        case "email":
            email = parsers.parse_email(text)
            if email is None:
                return None
            return {"email": email.address, "email_corporate": email.corporate}
        case "profile":
            return profile_facts(text)
        case "text":
            # A name or a position has letters and is not a question back to the bot.
            if not any(ch.isalpha() for ch in text) or parsers.detect_own_questions(text):
                return None
            return {step.fact or step.key: text[:200]}
        case _:  # "choice": only the options count, matched above
            return None
