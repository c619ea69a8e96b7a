"""extract_facts: several answers in one message, each slot with confidence and fragment."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.dialogs.parsers import Extraction, extract_facts, render_acknowledgement
from bot.services.conversation import EXTRACTED_CONFIDENCE

TODAY = date(2026, 11, 25)  # a Wednesday in late November
FEB1 = (date(2027, 2, 1) - TODAY).days
MAR1 = (date(2027, 3, 1) - TODAY).days
DEC = (date(2026, 12, 1) - TODAY).days
JAN1 = (date(2027, 1, 1) - TODAY).days

ANNA = (
    "Здравствуйте, нужен интернет-магазин, бюджет около 2 млн, решаю сам, хотим к февралю, "
    "я Анна из ООО Ромашка, +7 999 123-45-67"
)
ABSENT = object()

# (message, {fact: expected value, or ABSENT when the fact must not be taken})
CASES: list[tuple[str, dict[str, Any]]] = [
    # the present state in another answer is no start date; a wish to start now still is
    (
        "Портал для дилеров: заказы из 1С без звонков. Сейчас всё через почту и эксель.",
        {"need_category": "crm", "timeline_status": ABSENT},
    ),
    ("right now we take orders by phone, need a web store", {"timeline_status": ABSENT}),
    # someone else's "when" quoted is not the project's start unknown: the question is asked
    (
        "клиенты звонят и спрашивают: когда будет готов заказ? Нужен личный кабинет",
        {"timeline_status": ABSENT},
    ),
    ("need a store, no idea when yet", {"timeline_status": "unknown"}),
    ("нужен бот, начать хотим прямо сейчас", {"timeline_status": "days", "timeline_days": 0}),
    (
        ANNA,
        {
            "need_category": "website",
            "budget_status": "amount",
            "budget_min": 1_600_000,
            "budget_max": 2_400_000,
            "budget_currency": "RUB",
            "authority": "decision_maker",
            "timeline_status": "days",
            "timeline_days": FEB1,
            "company": "ООО Ромашка",
            "phone": "+79991234567",
            "position": ABSENT,  # "я Анна" is a name, not a role
        },
    ),
    (
        "Hi, I'm the CEO of Acme Inc, we need a Telegram bot, budget $10k, ASAP. john@acme.com",
        {
            "position": "CEO",
            "authority": "decision_maker",
            "company": "Acme Inc",
            "need_category": "bot",
            "budget_min": 10_000,
            "budget_currency": "USD",
            "timeline_days": 3,
            "email": "john@acme.com",
            "email_corporate": True,
        },
    ),
    ("я директор, нужен сайт", {"position": "директор", "authority": "decision_maker"}),
    (
        "я маркетолог, решает генеральный директор",
        {"position": "маркетолог", "authority": "influencer"},
    ),
    # a role of a third person is not the writer's position
    ("директор решит, нужна CRM", {"position": ABSENT, "authority": "influencer"}),
    ("head of marketing, I sign off on this", {"authority": "decision_maker"}),
    # confidence over coverage
    ("500", {"budget_status": ABSENT, "timeline_status": ABSENT}),
    ("нужен сайт на 5 страниц", {"budget_status": ABSENT, "need_category": "website"}),
    ("срочно", {"timeline_days": 3}),
    ("бюджет обсудим", {"budget_status": "unknown", "authority": ABSENT}),
    ("обсудим", {"budget_status": ABSENT, "timeline_status": ABSENT, "authority": ABSENT}),
    ("работаем 5 лет, нужен лендинг", {"timeline_status": ABSENT, "need_category": "website"}),
    ("оборот 15 млн в год, нужна CRM", {"budget_status": ABSENT, "need_category": "crm"}),
    ("готовы потратить 15 млн", {"budget_min": 15_000_000}),
    ("$200k, запуск в декабре", {"budget_min": 200_000, "timeline_days": DEC}),
    ("полтора ляма, старт через 2 недели", {"budget_min": 1_500_000, "timeline_days": 14}),
    # conflicts: the later, more specific statement wins
    ("бюджет 500к, нет, скорее 800к", {"budget_min": 800_000, "budget_max": 800_000}),
    ("бюджет 300к, максимум 500к", {"budget_min": 300_000, "budget_max": 500_000}),
    ("бюджет 1 млн, хотя не знаю", {"budget_status": "amount", "budget_min": 1_000_000}),
    ("бюджет не знаю, ну миллион", {"budget_status": "amount", "budget_min": 1_000_000}),
    ("к февралю, хотя лучше к марту", {"timeline_days": MAR1}),
    # negations
    ("не к февралю, а к марту", {"timeline_days": MAR1}),
    ("нужен сайт, без SMM", {"off_profile": ABSENT, "need_category": "website"}),
    ("нужно мобильное приложение", {"off_profile": True}),
    ("сайт с мобильной версией", {"off_profile": ABSENT, "need_category": "website"}),
    # brief, company forms, disqualifiers
    ("ТЗ есть, пришлю", {"has_brief": True}),
    ("ТЗ пока нет", {"has_brief": False}),
    ("компания «Вектор», нужен бот", {"company": "Вектор", "need_category": "bot"}),
    ("ищу работу дизайнером", {"disqualifier": "job_seeker"}),
    ("Предлагаем SEO-продвижение вашего сайта", {"disqualifier": "vendor"}),
    ("", {"need_category": ABSENT}),
    # a purpose clause is when it must work, the start is the other clause; a ceiling
    # continuing a hedged "может до"; the same sum as someone else's; owners who agreed
    ("Начать хотим в январе, чтобы к лету всё работало", {"timeline_days": JAN1}),
    (
        "Соседи заплатили 400 тысяч, мы готовы столько же, может до 500 тысяч",
        {"budget_max": 500_000, "timeline_status": ABSENT},
    ),
    ("We own the shop with my brother, we both agreed, need a site", {"authority": "influencer"}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_extract(text: str, want: dict[str, Any]) -> None:
    facts = extract_facts(text, today=TODAY).facts()
    for key, value in want.items():
        if value is ABSENT:
            assert key not in facts, f"{text!r}: {key}={facts.get(key)!r} should be absent"
        else:
            assert facts.get(key) == value, f"{text!r}: {key}={facts.get(key)!r}, want {value!r}"


@pytest.mark.parametrize(
    "text", ["решаю я, я владелец", "I decide, I'm the owner", "подписываю сам, я директор"]
)
def test_a_role_after_the_decision_keeps_the_surer_reading(text: str) -> None:
    """The role repeats what the decision said: the authority is taken from another answer
    (its confidence stays above what the dialogue takes), not weakened to the role's guess."""
    authority = extract_facts(text, today=TODAY).slots["authority"]
    assert authority.facts == {"authority": "decision_maker"}
    assert authority.confidence >= EXTRACTED_CONFIDENCE


def test_each_slot_keeps_its_fragment_and_confidence() -> None:
    extraction = extract_facts(ANNA, today=TODAY)
    assert extraction.slots["budget"].fragment == "бюджет около 2 млн"
    assert extraction.slots["timeline"].fragment == "хотим к февралю"
    assert extraction.slots["authority"].fragment == "решаю сам"
    assert all(0 < s.confidence <= 1 for s in extraction.slots.values())


@pytest.mark.parametrize(
    ("text", "asked_again"),
    [
        ("A school site with online enrolment, ready well before the September intake", True),
        ("нужен сайт, чтобы заработал к сезону, к маю", True),
        ("нужен сайт, старт через две недели", False),
    ],
)
def test_a_deadline_in_another_answer_does_not_skip_the_timeline_question(
    text: str, asked_again: bool
) -> None:
    slot = extract_facts(text, today=TODAY).slots.get("timeline")
    assert (slot is None or slot.confidence < EXTRACTED_CONFIDENCE) is asked_again


@pytest.mark.parametrize(
    ("text", "asked_again"),
    [
        ("I decide, we plan it for next year", True),  # which month? the question is asked
        ("решаю сам, где-то в 2027", True),
        ("решаю я, начнём в январе следующего года", False),
        ("I decide, we start in March next year", False),
    ],
)
def test_a_year_alone_in_another_answer_does_not_skip_the_timeline_question(
    text: str, asked_again: bool
) -> None:
    slot = extract_facts(text, today=TODAY).slots["timeline"]
    assert (slot.confidence < EXTRACTED_CONFIDENCE) is asked_again


@pytest.mark.parametrize(
    ("text", "amount", "unasked"),
    [
        # money put aside is a budget cue: taken without the budget question
        ("сайт для клиники, заложили на это 900 тысяч", 900_000, True),
        ("a portal for our dealers, we've earmarked $40k", 40_000, True),
        # the clause after "бюджет не X" is the budget's: "а Y" corrects it
        ("ой, бюджет не 500к, а 50к, нолик лишний", 50_000, True),
        ("sorry, the budget isn't 15k, it's 150k", 150_000, True),
        # ...or the next clause with an amount, a word of apology between
        (
            "И поправка: бюджет не до 300 тысяч, я ошиблась кнопкой, у нас 700 тысяч",
            700_000,
            True,
        ),
        ("budget is not under 300k, I hit the wrong button - it's 700k", 700_000, True),
        # a figure alone is read, but asked again
        ("сайт для клиники, это 900 тысяч", 900_000, False),
    ],
)
def test_a_budget_in_another_answer(text: str, amount: float, unasked: bool) -> None:
    slot = extract_facts(text, today=TODAY).slots["budget"]
    assert slot.facts["budget_min"] == amount
    assert (slot.confidence >= EXTRACTED_CONFIDENCE) is unasked


def test_the_same_fact_names_as_the_step_parsers() -> None:
    facts = extract_facts(ANNA, today=TODAY).facts()
    step_names = {
        "need",
        "need_category",
        "budget_status",
        "budget_min",
        "budget_max",
        "budget_currency",
        "authority",
        "timeline_status",
        "timeline_days",
        "company",
        "position",
        "phone",
        "email",
        "email_corporate",
        "has_brief",
        "brief_partial",
        "disqualifier",
        "off_profile",
        "off_profile_matched",
    }
    assert set(facts) <= step_names


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            ANNA,
            "ru",
            "задача — сайт, бюджет около 2 млн ₽, старт в феврале, решение за вами, "
            "компания ООО Ромашка, телефон +79991234567",
        ),
        (
            "бюджет около 1,5 млн, стартуем в декабре",
            "ru",
            "бюджет около 1,5 млн ₽, старт в декабре",
        ),
        ("budget about $20k, start in December", "en", "budget about $20k, start in December"),
        ("бюджет до 300 тыс, решаю я", "ru", "бюджет до 300 тыс. ₽, решение за вами"),
        (
            "бюджет обсудим, сроки пока не знаем",
            "ru",
            "бюджет обсудим позже, сроки пока не определены",
        ),
        ("привет", "ru", ""),
    ],
)
def test_acknowledgement(text: str, lang: str, want: str) -> None:
    assert render_acknowledgement(extract_facts(text, today=TODAY), lang) == want


@settings(max_examples=120, deadline=None)
@given(text=st.one_of(st.text(max_size=400), st.just("9" * 10_000), st.just("<b>" * 2000)))
def test_never_raises(text: str) -> None:
    extraction = extract_facts(text, today=TODAY)
    assert isinstance(extraction, Extraction)
    render_acknowledgement(extraction, "ru")
    render_acknowledgement(extraction, "en")


# ------------------------------------------------------------------------- readings kept


def test_a_repeated_message_gets_facts_of_its_own() -> None:
    """The reading of a text is kept for the next identical one (``reading_cache``): a caller
    that changes its facts must not change what the next prospect's same answer reads as."""
    first = extract_facts(ANNA, today=TODAY)
    first.slots["budget"].facts["budget_min"] = 1
    first.slots.pop("phone")
    again = extract_facts(ANNA, today=TODAY)
    assert again.slots["budget"].facts["budget_min"] != 1
    assert again.get("phone") is not None


def test_the_same_words_another_day_are_read_for_that_day() -> None:
    """The date is part of what is kept: "в январе" read in December is not December's reading
    carried into February."""
    december = extract_facts("стартуем в январе", today=TODAY).get("timeline")
    february = extract_facts("стартуем в январе", today=date(2027, 2, 10)).get("timeline")
    assert december is not None and february is not None
    assert december.facts["timeline_days"] < 60 < february.facts["timeline_days"]
