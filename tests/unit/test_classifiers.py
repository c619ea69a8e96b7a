"""The parsers' classifiers (``bot/dialogs/parsing/classifier.py``) and how each parser combines
them with its rules (``_combine``). Accuracy is measured elsewhere: cross-validation in
``tests/calibration/cross_validate.py``, phrasings in ``tests/calibration/measure_phrasings.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import numpy as np
import pytest

from bot.dialogs import parsers
from bot.dialogs.parsing import (
    authority,
    budget,
    classifier,
    disqualifier,
    options,
    timeline,
    train,
)
from bot.dialogs.parsing.budget import Budget
from bot.dialogs.parsing.classifier import Prediction
from bot.dialogs.parsing.disqualifier import Disqualifier
from bot.dialogs.parsing.timeline import Timeline

TODAY = date(2026, 11, 25)
KEYWORDS = ("smm", "мобильн", "mobile app")


@pytest.fixture
def rules_only() -> Iterator[None]:
    """The parsers without a classifier (as when the artifact is missing)."""
    classifier.install(None)
    yield
    classifier.uninstall()


def P(label: str, p: float, **others: float) -> Prediction:
    return Prediction(label, p, {label: p, **others})


# ------------------------------------------------------------------------------ the artifact


def test_artifact_is_up_to_date_with_the_training_data() -> None:
    _, meta = classifier.read_artifact()
    assert meta["input_sha256"] == train.input_hash(), (
        "training files, settings or features changed: run python -m bot.dialogs.parsing.train"
    )
    assert meta["feature_version"] == classifier.FEATURE_VERSION


def test_artifact_matches_a_fresh_training_run() -> None:
    """Retraining gives the shipped weights: the artifact is neither stale (a rule the
    classifier reads as a feature changed since) nor hand-edited. int8 rounding may differ by
    one step on another machine's floating point."""
    shipped, meta = classifier.read_artifact()
    rows = train.load_rows(train.training_files(), exclude=train.holdout_texts())
    fresh, fresh_meta = train.fit(rows)
    assert bytes(shipped["vocab"]) == bytes(fresh["vocab"])
    assert fresh_meta["labels"] == meta["labels"]
    for section in classifier.SECTIONS:
        a = shipped[f"weights.{section}"].astype(int)
        b = fresh[f"weights.{section}"].astype(int)
        assert np.abs(a - b).max() <= 1, section
        assert (a != b).mean() < 0.001, section


def test_artifact_is_small_and_loads_without_pickles() -> None:
    assert classifier.ARTIFACT.stat().st_size < 400 * 1024
    arrays, meta = classifier.read_artifact()  # allow_pickle=False inside
    assert set(meta["labels"]) == set(classifier.SECTIONS)
    for section, labels in meta["labels"].items():
        assert tuple(labels) == train.LABELS[section]
        assert arrays[f"weights.{section}"].dtype == np.int8


def test_writing_the_artifact_is_deterministic(tmp_path) -> None:
    arrays, meta = classifier.read_artifact()
    train.write_artifact(tmp_path / "a.npz", arrays, meta)
    train.write_artifact(tmp_path / "b.npz", arrays, meta)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


# ------------------------------------------------------------------------------ the features


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("srochno", "срочно"),  # Russian in Latin letters meets Cyrillic
        ("СRМ", "crm"),  # Cyrillic look-alikes inside a Latin word
        ("Бюджет 500", "бюджет 900"),  # digits collapse
        ("ВСЁ!", "всё!"),
    ],
)
def test_features_that_should_meet(a: str, b: str) -> None:
    def words(text: str) -> set[str]:
        return {f for f in classifier.features(text) if not f.startswith("#")}

    assert words(a) == words(b)


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂", "...", None, 42, "x" * 20_000])
def test_predict_never_raises(text) -> None:
    for section in classifier.SECTIONS:
        found = classifier.predict(section, text)  # type: ignore[arg-type]
        assert found is None or 0.0 <= found.confidence <= 1.0
    assert classifier.predict("no such section", "привет") is None


def test_a_text_without_words_gets_no_prediction() -> None:
    assert classifier.predict("disqualifier", "🙂🙂🙂") is None
    assert classifier.predict("disqualifier", "") is None


def test_probabilities_sum_to_one() -> None:
    found = classifier.predict("authority", "я директор", ("decision_maker",))
    assert found is not None
    assert sum(found.probs.values()) == pytest.approx(1.0)
    assert found.label == max(found.probs, key=found.probs.__getitem__)


# ------------------------------------------------------------------------- classifier alone
# Clear answers, one per label: the classifier with the rules' findings, as the parsers call it.

CLEAR: list[tuple[str, str, str]] = [
    ("need", "Нужен интернет-магазин одежды", "website"),
    ("need", "настроить amoCRM и связать с телефонией", "crm"),
    ("need", "telegram bot for bookings", "bot"),
    ("need", "нужен SEO-аудит", "other"),
    ("need", "здравствуйте", "not_answer"),
    ("authority", "решаю я, я владелец", "decision_maker"),
    ("authority", "согласую с директором", "influencer"),
    ("authority", "просто собираю информацию", "researcher"),
    ("authority", "не знаю", "unknown"),
    ("disqualifier", "Нужен сайт для стоматологии", "none"),
    ("disqualifier", "Ищу работу верстальщиком", "job_seeker"),
    ("disqualifier", "Предлагаем SEO-продвижение вашего сайта", "vendor"),
    ("disqualifier", "Давайте сотрудничать: мы приводим клиентов за процент", "partner"),
    ("disqualifier", "пишу курсовую про CRM, помогите", "student"),
    ("disqualifier", "заработок от 5000 в день без вложений", "spam"),
    ("disqualifier", "we are conducting a market survey of web agencies", "researcher"),
    ("disqualifier", "нужно мобильное приложение под iOS", "off_profile"),
    ("budget", "500 тысяч", "amount"),
    ("budget", "бюджета нет", "none"),
    ("budget", "пока не знаю", "unknown"),
    ("timeline", "через неделю", "within30"),
    ("timeline", "через полгода", "far"),
    ("timeline", "пока не планируем", "no_plans"),
    ("timeline", "сложно сказать", "unknown"),
]


def _signals(section: str, text: str) -> tuple[str, ...]:
    return train.rule_signals(section, text)


@pytest.mark.parametrize(("section", "text", "label"), CLEAR)
def test_classifier_on_clear_answers(section: str, text: str, label: str) -> None:
    found = classifier.predict(section, text, _signals(section, text))
    assert found is not None and found.label == label, found


# ----------------------------------------------------------------------- the combinations
# Each parser's policy with a made-up prediction: what the rules say, what the classifier says.


def test_budget_amount_comes_from_the_rules() -> None:
    amount = Budget("amount", 1e6, 1e6, "RUB")
    assert budget._combine(amount, P("amount", 0.99)) is amount
    assert budget._combine(None, P("amount", 0.99)) is None  # no number to record: ask again
    assert budget._combine(amount, P("none", 0.95)) == Budget("none")  # "20к подписчиков"
    assert budget._combine(amount, P("none", budget.BUDGET_VETO - 0.01)) is amount
    assert budget._combine(None, P("unknown", budget.BUDGET_FILL)) == Budget("unknown")
    assert budget._combine(None, P("unknown", budget.BUDGET_FILL - 0.01)) is None
    assert budget._combine(Budget("unknown"), P("not_answer", 0.99)) is None
    assert budget._combine(amount, None) is amount


def test_timeline_never_moves_a_computed_date() -> None:
    january = Timeline("days", 40)
    assert timeline._combine(january, P("far", 0.99)) is january
    assert timeline._combine(january, P("within30", 0.99)) is january
    assert timeline._combine(january, P("no_plans", 0.95)) == Timeline("no_plans")
    assert timeline._combine(january, P("not_answer", 0.95)) is None
    assert timeline._combine(None, P("within90", 0.95)) == Timeline("days", 60)
    assert timeline._combine(None, P("within90", timeline.TIMELINE_FILL_DAYS - 0.01)) is None
    assert timeline._combine(None, P("unknown", timeline.TIMELINE_FILL)) == Timeline("unknown")


def test_band_days_are_inside_their_bands() -> None:
    for band, days in timeline.BAND_DAYS.items():
        assert timeline.band(Timeline("days", days)) == band


def test_authority_fill_and_veto() -> None:
    assert authority._combine(None, P("influencer", 0.5)) == "influencer"
    assert authority._combine(None, P("influencer", authority.AUTHORITY_FILL - 0.01)) is None
    assert authority._combine(None, P("not_answer", 0.99)) is None
    assert authority._combine("decision_maker", P("influencer", 0.9)) == "influencer"
    assert authority._combine("decision_maker", P("influencer", 0.5)) == "decision_maker"


def test_need_keeps_the_rules_finer_categories() -> None:
    assert options._combine("smm", P("other", 0.99)) == "smm"
    assert options._combine("mobile_app", P("other", 0.99)) == "mobile_app"
    assert options._combine("website", P("crm", 0.9)) == "crm"
    assert options._combine("website", P("crm", 0.5)) == "website"
    assert options._combine(None, P("bot", 0.45)) == "bot"
    assert options._combine(None, P("other", 0.45)) is None  # vague: the step says "other"
    assert options._combine(None, P("not_answer", 0.99)) is None


def test_disqualifier_fill_veto_and_buyer_evidence() -> None:
    vendor = Disqualifier("vendor", "предлагаем", False)
    text = "Предлагаем услуги SEO"
    assert disqualifier._combine(vendor, P("none", 0.95), text, KEYWORDS) is None
    assert disqualifier._combine(vendor, P("none", 0.5), text, KEYWORDS) is vendor
    found = disqualifier._combine(None, P("job_seeker", 0.9), "хочу к вам", KEYWORDS)
    assert found is not None and found.kind == "job_seeker"
    # a writer who also asks for a site is not discarded on a guess
    buyer = "Мы партнёрская сеть, нам нужен сайт"
    assert disqualifier._combine(None, P("partner", 0.7), buyer, KEYWORDS) is None


def test_an_admins_own_off_profile_keyword_is_not_vetoed() -> None:
    found = Disqualifier("off_profile", "логотип", False)
    text = "Сделать логотип"
    assert disqualifier._combine(found, P("none", 0.99), text, ("логотип",)) is found


def test_classifier_off_profile_needs_a_keyword_of_the_trained_profile() -> None:
    text = "ведение соцсетей для кафе"
    assert disqualifier._combine(None, P("off_profile", 0.9), text, ()) is None
    assert disqualifier._combine(None, P("off_profile", 0.9), text, ("логотип",)) is None
    found = disqualifier._combine(None, P("off_profile", 0.9), text, KEYWORDS)
    assert found is not None and found.matched == "smm"


# --------------------------------------------------------------------------- buyer evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы SEO-агентство, и нам самим нужен сайт", True),
        ("хотим интернет-магазин", True),
        ("we need a CRM for our sales team", True),
        ("looking for a chatbot for our clinic", True),
        ("Предлагаем аутстаф разработчиков: PHP, Python, React, 1С", False),
        ("dribbble.com/xxx — вот мои работы, посмотрите", False),
        ("Вам нужен сайт? Сделаем за неделю", False),
        ("if your clients need a bot, send them to us", False),
        ("Продвинем ваш сайт в топ", False),
        ("нам не нужен сайт", False),
        ("Ищу работу, делаю сайты на Tilda", False),
        # the task named for the writer's own business, without a verb
        ("a new website for our language school, with student accounts", True),
        ("портал для наших дилеров с остатками", True),
        ("делаем сайты для наших клиентов, ищем субподряд", False),
        # a relative clause's need is the writer's customers'
        ("приводим заявки от компаний, которые хотят интернет-магазин", False),
        ("we book calls with firms that want a chatbot", False),
        ("the portal that we need must show stock", True),
        # a need word that governs handing clients over: the category is the clients'
        ("клиенты просят сайты и CRM — хотим передавать их вам за процент", False),
        ("our customers keep asking for chatbots, we want to refer them to you", False),
        ("CRM — хотим внедрить до лета", True),
    ],
)
def test_buyer_evidence_needs_the_writers_own_request(text: str, expected: bool) -> None:
    assert disqualifier._buyer_evidence(disqualifier.normalize(text)) is expected


# ------------------------------------------------------------------------------ the hybrid
# The public parsers: buyers whose task mentions dealers, students or vacancies stay buyers.

TRICKY_BUYERS = [
    "Нужен портал для наших дилеров: заказы, остатки, счета",
    "B2B-портал для партнёров с личными кабинетами",
    "Partner portal for our distributors with price lists",
    "1С для наших реселлеров, обмен остатками",
    "Сайт для кадрового агентства: вакансии, отклики, резюме кандидатов",
    "Careers site for our recruitment agency with open vacancies",
    "Чат-бот для учеников нашей языковой школы: расписание и домашние задания",
    "Нужен чат-бот для студентов колледжа",
    "Интернет-магазин, который нормально работает на телефонах",
    "a store that must work well on phones",
    "Сайт компании, без SMM и без мобильного приложения",
    "сайт, без SMM",
    "a site, no mobile app needed",
    "We're an SMM agency ourselves and need a new website for the agency.",
    "Хотим запустить партнёрскую программу на сайте",
    "мобильное приложение у нас уже есть, теперь нужен сайт к нему",
]


@pytest.mark.parametrize("text", TRICKY_BUYERS)
def test_tricky_buyers_are_not_disqualified(text: str) -> None:
    assert parsers.detect_disqualifier(text, KEYWORDS) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Предлагаем аутстаф разработчиков: PHP, Python, React, 1С", "vendor"),
        ("dribbble.com/xxx — вот мои работы, посмотрите", "job_seeker"),
        ("Наша студия может взять часть ваших проектов по вёрстке", "vendor"),
        ("нужно мобильное приложение для доставки еды под iOS и Android", "off_profile"),
        ("ведение инстаграма и тиктока для салона", "off_profile"),
        ("we run a journal about e-commerce and want to interview your CEO", "researcher"),
        # wanting to resell OUR product is no request for one ("your bots", "ваши CRM-...")
        ("We would love to resell your booking bots in Poland under our own name", "partner"),
        ("готовы перепродавать ваши CRM-внедрения нашим клиентам под своим брендом", "partner"),
        # the vendor's customers' need is no buying evidence of the vendor's
        (
            "We deliver qualified appointments for dev shops, meetings with brands that want apps "
            "and sites. Plans from $8k a month.",
            "vendor",
        ),
    ],
)
def test_non_buyers_are_found_without_buyer_evidence(text: str, kind: str) -> None:
    found = parsers.detect_disqualifier(text, KEYWORDS)
    assert found is not None and found.kind == kind
    if kind != "researcher":
        assert not found.buyer_evidence


@pytest.mark.parametrize(
    ("parse", "text", "expected"),
    [
        # rules find nothing, the classifier reads the answer
        ("budget", "рассчитываем на взаимовыгодный обмен услугами", Budget("none")),
        ("timeline", "как только инвестор переведёт деньги", Timeline("unknown")),
        ("need", "нужно чтобы менеджеры видели историю общения с каждым покупателем", "crm"),
        # and the rules still carry their values
        ("budget", "около 2 млн руб", Budget("amount", 1_600_000, 2_400_000, "RUB")),
        ("timeline", "через 2 недели", Timeline("days", 14)),
    ],
)
def test_hybrid_parsers(parse: str, text: str, expected) -> None:
    got = {
        "budget": lambda: parsers.parse_budget(text),
        "timeline": lambda: parsers.parse_timeline(text, TODAY),
        "authority": lambda: parsers.parse_authority(text),
        "need": lambda: parsers.parse_need_category(text),
    }[parse]()
    assert got == expected


def test_without_the_artifact_the_rules_answer_alone(rules_only) -> None:
    assert parsers.parse_budget("около 2 млн руб") == Budget("amount", 1_600_000, 2_400_000, "RUB")
    assert (
        parsers.parse_need_category(
            "нужно чтобы менеджеры видели историю общения с каждым покупателем"
        )
        is None
    )
    assert not parsers.names_no_task("привет")


def test_a_model_installed_later_is_not_answered_from_earlier_readings() -> None:
    """The parsers keep their readings of repeated texts; another model forgets them."""
    text = "нужно чтобы менеджеры видели историю общения с каждым покупателем"
    assert parsers.parse_need_category(text) == "crm"  # the artifact's reading, now kept
    classifier.install(None)
    try:
        assert parsers.parse_need_category(text) is None
    finally:
        classifier.uninstall()
    assert parsers.parse_need_category(text) == "crm"


@pytest.mark.parametrize("text", ["привет", "а вы кто?", "Здравствуйте!"])
def test_a_greeting_names_no_task(text: str) -> None:
    assert parsers.names_no_task(text)


@pytest.mark.parametrize("text", ["нужен сайт", "хочу больше продаж", "что-то для бизнеса"])
def test_a_task_or_a_vague_wish_is_an_answer(text: str) -> None:
    assert not parsers.names_no_task(text)
