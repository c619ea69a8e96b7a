"""Every row of the phrasing tables is a test; properties cover what no table can list."""

from __future__ import annotations

from datetime import date
from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.dialogs import parsers
from bot.dialogs.interpret import disqualifier_facts, interpret_text
from bot.dialogs.parsing import options
from bot.dialogs.script import load_script
from tests.unit.parser_tables import PARSERS, case_id, run

NEED_STEP = next(s for s in load_script().steps if s.key == "need")


def _rows() -> list[pytest.param]:
    rows = []
    for name, (_, table, _) in PARSERS.items():
        for index, case in enumerate(table):
            marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
            rows.append(pytest.param(name, case, id=f"{name}-{case_id(index, case)}", marks=marks))
    return rows


@pytest.mark.parametrize(("parser", "case"), _rows())
def test_phrasing(parser: str, case) -> None:
    ok, got = run(parser, case)
    assert ok, f"{case.text!r} -> {got!r}, want {case.expected!r}"


def test_every_parser_has_at_least_thirty_phrasings() -> None:
    sizes = {name: len(table) for name, (_, table, _) in PARSERS.items()}
    small = {name: n for name, n in sizes.items() if n < 30 and name not in _SMALL_BY_NATURE}
    assert not small


# Yes/no, name detection, pointing back and taking the need back have few distinct phrasings
# worth listing.
_SMALL_BY_NATURE = {"is_negative_or_none", "parse_name", "refers_back", "takes_back_the_need"}

# Anything a prospect can type: all of Unicode, HTML, digits, long runs.
any_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="0123456789 .,-–кмлнтысруб$€k<>&", max_size=60),
    st.just("9" * 10_000),
    st.just("<b>" * 2000),
)


@settings(max_examples=150, deadline=None)
@given(text=any_text)
def test_no_parser_raises_on_any_text(text: str) -> None:
    today = date(2026, 11, 25)
    budget = parsers.parse_budget(text)
    if budget is not None and budget.min is not None and budget.max is not None:
        assert budget.min <= budget.max
    timeline = parsers.parse_timeline(text, today)
    if timeline is not None and timeline.days is not None:
        assert timeline.days >= 0
    parsers.parse_authority(text)
    parsers.detect_disqualifier(text, ("smm", "seo"))
    phone = parsers.parse_phone(text, "RU")
    assert phone is None or phone.startswith("+")
    parsers.parse_email(text)
    parsers.detect_own_questions(text)
    parsers.is_skip(text)
    parsers.refers_back(text)
    parsers.takes_back_the_need(text)
    parsers.match_option(text, [("a", ["Сайт", "Website"]), ("b", ["Бот"])])
    parsers.parse_need_category(text)


@settings(max_examples=400, deadline=None)
@given(
    a=st.text(alphabet="сайтботcrmаеиоsite ", max_size=16),
    b=st.text(alphabet="сайтботcrmаеиоsite ", max_size=16),
    floor=st.sampled_from([0.7, 0.8]),
)
def test_typo_similarity_reads_as_difflib_does(a: str, b: str, floor: float) -> None:
    """The C bound only skips difflib where difflib could not reach the floor: every typo
    match reads as it did with difflib alone."""
    exact = SequenceMatcher(None, a, b).ratio()
    got = options._similarity(a, b, floor)
    assert got >= exact - 1e-12
    assert (got >= floor) == (exact >= floor)
    if exact >= floor:
        assert got == exact


@settings(max_examples=80, deadline=None)
@given(amount=st.integers(min_value=1, max_value=999), unit=st.sampled_from(["тыс", "k"]))
def test_thousands_scale_whatever_the_number(amount: int, unit: str) -> None:
    budget = parsers.parse_budget(f"{amount} {unit}")
    assert budget is not None and budget.status == "amount"
    assert amount * 1000 in (budget.min, budget.max)


@settings(max_examples=60, deadline=None)
@given(weeks=st.integers(min_value=1, max_value=12))
def test_in_n_weeks_is_seven_n_days(weeks: int) -> None:
    timeline = parsers.parse_timeline(f"через {weeks} нед", date(2026, 11, 25))
    assert timeline is not None and timeline.days == 7 * weeks


@pytest.mark.parametrize(
    ("text", "today", "days"),
    [
        # In a season's last month its bare name means the next one: far, not "within 30 days".
        ("Хотим к осени запуститься", date(2026, 11, 25), 250),  # a launch: a month before
        ("осенью", date(2026, 11, 25), 280),
        ("весной", date(2026, 5, 20), 285),
        ("ближе к осени", date(2026, 11, 25), 280),
        # Said of the running season, or with weeks of it left, it is this one.
        ("этой осенью", date(2026, 11, 25), 5),
        ("весной", date(2026, 3, 10), 82),
        ("зимой", date(2026, 11, 25), 6),
    ],
)
def test_a_season_that_is_ending_means_the_next_one(text: str, today: date, days: int) -> None:
    timeline = parsers.parse_timeline(text, today)
    assert timeline is not None and timeline.days == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency offering work around our tasks: naming the task is no buying evidence
        ("Мы веб-агентство, нашим клиентам часто нужны чат-боты, будем отдавать вам заказы", {}),
        ("Our customers keep asking for online stores, we'd refer them for a commission", {}),
        ("Предоставляем 1С-разработчиков, ставка от 2000 ₽/час", {}),
        # a buyer whose own request contains a partner word: a human checks it
        ("Нужен портал для дилеров с интеграцией в 1С. Хотим стать вашим партнером", None),
    ],
)
def test_a_partner_or_vendor_naming_our_task_is_no_suspect(
    text: str, expected: dict[str, str] | None
) -> None:
    interpretation = interpret_text(NEED_STEP, text, today=date(2026, 11, 25))
    assert interpretation.disqualifier is not None
    facts = interpretation.facts
    if expected is None:
        assert facts.get("disqualifier_suspect") == interpretation.disqualifier.kind
        assert "disqualifier" not in facts
    else:
        assert facts.get("disqualifier") == interpretation.disqualifier.kind
        assert "disqualifier_suspect" not in facts


@pytest.mark.parametrize(
    ("text", "ambiguous"),
    [
        ("нам нужно приложение для клиентов", True),
        ("an app for our customers", True),
        ("мобильное приложение под iOS и Android", False),
        ("приложение в App Store", False),
        ("сайт и личный кабинет", False),
    ],
)
def test_an_app_without_a_platform_is_asked_about_once_more(text: str, ambiguous: bool) -> None:
    assert parsers.names_only_an_app(text) is ambiguous


def test_a_weak_word_alone_lets_the_dialogue_go_on() -> None:
    # what the writer has, counted, is their business: no disqualifier at all
    assert parsers.detect_disqualifier("Мы производитель окон, у нас около 90 дилеров") is None
    # one word that may be an offer or the writer's own: the end of the dialogue decides
    found = parsers.detect_disqualifier("у нас есть партнёрская программа")
    assert found is not None and found.weak
    assert disqualifier_facts(found) == {"disqualifier_suspect": "partner"}
    strong = parsers.detect_disqualifier("хотим стать вашим дилером в Казани")
    assert strong is not None and not strong.weak
    assert disqualifier_facts(strong) == {"disqualifier": "partner"}


@pytest.mark.parametrize(
    ("text", "joint"),
    [
        ("Я партнёр бюро, решаем вдвоём с коллегой", True),
        ("my co-founder and I decide together", True),
        ("мы с совладельцем решаем", True),
        ("решаем вместе с директором, он утверждает", False),  # someone above approves
        ("the manager decides, I recommend", False),  # an adviser
        ("решаю я", False),  # decides alone
    ],
)
def test_a_co_decider_is_told_from_an_adviser(text: str, joint: bool) -> None:
    assert parsers.decides_jointly(text) is joint
    step = next(s for s in load_script().steps if s.parser == "authority")
    facts = interpret_text(step, text, today=date(2026, 11, 25)).facts
    assert facts.get("authority_joint", False) is joint


@pytest.mark.parametrize("text", ["здрасте", "Здрасти!", "драсте", "здарова всем", "Hi there"])
def test_a_greeting_as_spoken_is_courtesy_not_an_answer(text: str) -> None:
    """A greeting before the answer costs the prospect no "answer says nothing" point."""
    assert parsers.is_greeting(text)


@pytest.mark.parametrize("text", ["здрасте, нужен сайт", "здорово было бы сделать бота"])
def test_a_greeting_with_a_request_is_more_than_a_greeting(text: str) -> None:
    assert not parsers.is_greeting(text)


@pytest.mark.parametrize(
    ("matched", "trade"),
    [
        ("бухгалтерский аутсорсинг", True),
        ("SEO", True),
        ("контекстная реклама", True),
        ("we offer dedicated developers", False),
        ("white-label", False),
        ("готовы взять на субподряд", False),
    ],
)
def test_a_line_of_work_is_told_from_an_offer(matched: str, trade: bool) -> None:
    # said with the company's name, a line of work says who writes (see _revealed_disqualifier)
    assert parsers.names_a_trade(matched) is trade
