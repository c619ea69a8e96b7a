"""A conversation, not a form: several answers from one message, acknowledged, FAQ answered."""

from __future__ import annotations

from aiogram.methods import SendMessage

from tests.support.harness import Harness

RU = Harness.user(4001, "ru", "Анна")
EN = Harness.user(4002, "en", "Kate")


def texts(h: Harness, user=RU) -> list[str]:
    return h.session.texts(user.id)


def asked(h: Harness, fragment: str, user=RU) -> int:
    """How many times a question containing `fragment` was sent."""
    return sum(fragment in t for t in texts(h, user))


async def steps(h: Harness, user=RU) -> dict[str, str]:
    return {key: answer.via for key, answer in (await h.answers(user.id)).items()}


async def test_everything_in_one_breath_is_not_asked_again(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(
        RU,
        "Здравствуйте! Нужен интернет-магазин для сети салонов, бюджет около 2 млн, "
        "решаю сам, хотим запуститься к февралю",
    )
    answers = await steps(harness)
    assert answers["need"] == "text"
    assert {answers[k] for k in ("budget", "authority", "timeline")} == {"extracted"}
    # One message: what was understood, then the next open question (the company).
    reply = texts(harness)[-1]
    assert reply.startswith("Понял:") and "бюджет около 2 млн" in reply
    assert "Как называется ваша компания и какая у вас должность?" in reply
    for question in ("На какой бюджет", "Кто принимает решение", "Когда планируете"):
        assert asked(harness, question) == 0
    for answer in ("ООО Ромашка, директор", "+7 999 123-45-67, anna@romashka.ru", "да"):
        await harness.text(RU, answer)
    for question in ("Ваша должность", "И e-mail"):  # both came with the question before
        assert asked(harness, question) == 0
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage == "sales_ready"
    assert asked(harness, "Какую задачу") == 1  # the need is never asked again at the end


async def test_a_decision_maker_role_is_not_asked_the_position(harness: Harness) -> None:
    await harness.qualify(RU, ("Нужен сайт", "500 тыс", "я собственник, решаю сам"))
    answers = await harness.answers(RU.id)
    assert answers["position"].via == "extracted"
    assert answers["authority"].value["facts"]["authority"] == "decision_maker"
    assert asked(harness, "Ваша должность") == 0


async def test_a_price_question_gets_the_faq_then_the_same_question(harness: Harness) -> None:
    await harness.qualify(RU, ("Нужен корпоративный сайт",))
    budget_question = texts(harness)[-1]
    assert "бюджет" in budget_question
    await harness.text(RU, "сколько стоит сайт?")
    reply = texts(harness)[-1]
    assert "от 300 тыс ₽" in reply  # the FAQ answer...
    assert reply.endswith("На какой бюджет вы ориентируетесь?")  # ...then the same question
    await harness.text(RU, "около 800 тысяч")
    assert (await harness.answers(RU.id))["budget"].value["facts"]["budget_max"] > 800_000


async def test_a_question_without_an_faq_is_kept_for_the_manager(harness: Harness) -> None:
    await harness.qualify(RU, ("Нужен сайт",))
    await harness.text(RU, "А вы работаете с клиентами из Казахстана?")
    assert "Передам ваш вопрос менеджеру" in texts(harness)[-1]
    lead = await harness.lead(RU.id)
    assert lead is not None
    assert (lead.dialogue or {})["questions"] == ["А вы работаете с клиентами из Казахстана?"]


async def test_a_later_more_specific_statement_wins(harness: Harness) -> None:
    await harness.qualify(RU, ("Нужен сайт", "не знаю"))
    assert (await harness.answers(RU.id))["budget"].value["facts"]["budget_status"] == "unknown"
    # Answering who decides, the prospect names an amount after all.
    await harness.text(RU, "решаю я, и бюджет уже есть: 1,5 млн")
    budget = (await harness.answers(RU.id))["budget"]
    assert budget.via == "extracted" and budget.value["facts"]["budget_min"] > 1_000_000
    # "Не знаю" never replaces an amount.
    await harness.text(RU, "сроки не знаю, бюджет не знаю")
    assert (await harness.answers(RU.id))["budget"].value["facts"]["budget_status"] == "amount"


async def test_partial_statements_leave_the_rest_to_ask(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "нужен чат-бот для записи клиентов, стартуем в январе")
    answers = await steps(harness)
    assert answers["timeline"] == "extracted" and "budget" not in answers
    assert "На какой бюджет" in texts(harness)[-1]


async def test_back_after_extracted_answers_goes_step_by_step(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт, бюджет 700 тысяч, решаю сам")
    before = await steps(harness)
    assert {"need", "budget", "authority"} <= set(before)
    await harness.text(RU, "/back")
    after = await steps(harness)
    assert set(before) - set(after) == {max(before, key=list(before).index)}
    await harness.text(RU, "/back")
    assert len(await steps(harness)) == len(after) - 1


async def test_english_prospect_in_one_breath(harness: Harness) -> None:
    await harness.text(EN, "/start")
    await harness.text(
        EN, "We need a chatbot for customer support, budget around $15k, I decide, start ASAP"
    )
    answers = await steps(harness, EN)
    assert {answers[k] for k in ("budget", "authority", "timeline")} == {"extracted"}
    reply = texts(harness, EN)[-1]
    assert reply.startswith("Got it:") and "What is your company called" in reply


async def test_buttons_are_not_echoed(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.press(RU, "Сайт")
    await harness.press(RU, "1–3 млн")
    last = harness.session.sent(SendMessage)[-1].text
    assert not last.startswith("Понял")


async def test_an_extracted_answer_is_not_a_fast_reply(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт, бюджет 700 тысяч, решаю сам, старт через месяц")
    answered = [e for e in await harness.events(RU.id) if e.kind == "question_answered"]
    assert [e.data["step"] for e in answered] == ["need"]  # one typed answer, one event


async def test_a_silent_prospect_is_nudged_at_the_open_question(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт, бюджет 700 тысяч, решаю сам")
    lead = await harness.lead(RU.id)
    assert lead is not None and (lead.dialogue or {})["step"] == "timeline"
    from sqlalchemy import select

    from bot.db.models import OutboxMessage

    async with harness.sessionmaker() as session:
        nudges = list(
            await session.scalars(
                select(OutboxMessage).where(
                    OutboxMessage.kind == "nurture", OutboxMessage.status == "pending"
                )
            )
        )
    assert [n.payload["at_step"] for n in nudges] == ["timeline"]


async def test_a_greeting_and_an_email_skipped_after_a_phone_cost_no_points(
    harness: Harness,
) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Здравствуйте!")  # courtesy before the answer, not junk
    await harness.text(RU, "Нужен сайт, бюджет 700 тысяч, решаю сам, старт через месяц")
    await harness.text(RU, "ООО Ромашка, директор")
    await harness.text(RU, "+7 999 123-45-67")
    await harness.text(RU, "пропустить")  # the e-mail: the phone is there, nobody evades
    events = await harness.events(RU.id)
    assert [e for e in events if e.kind == "answer_not_understood"] == []
    email = [e.data["via"] for e in events if e.kind == "question_answered"]
    assert email[-1] == "skip_covered"
    lead = await harness.lead(RU.id)
    assert lead is not None and "пропустил вопрос" not in str(lead.score)


async def test_a_reply_that_says_nothing_still_costs_engagement(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "ну такое себе")
    events = await harness.events(RU.id)
    assert [e.data["step"] for e in events if e.kind == "answer_not_understood"] == ["need"]


async def test_a_proposal_asked_for_instead_of_a_budget_is_no_buying_signal(
    harness: Harness,
) -> None:
    dodger, buyer = Harness.user(4003, "ru", "Олег"), Harness.user(4004, "ru", "Ирина")
    await harness.qualify(dodger, ("CRM для отдела продаж", "не знаю, сначала пришлите КП"))
    await harness.qualify(buyer, ("CRM для отдела продаж", "около 1 млн, пришлите КП"))
    signal = "просит созвониться или прислать КП"
    dodged = await harness.lead(dodger.id)
    asked = await harness.lead(buyer.id)
    assert dodged is not None and signal not in str(dodged.score)
    assert asked is not None and signal in str(asked.score)


async def test_a_price_asked_with_no_plans_in_the_same_answer_is_exploring(
    harness: Harness,
) -> None:
    explorer, buyer = Harness.user(4005, "ru", "Виктор"), Harness.user(4006, "ru", "Анна")
    start = ("CRM для отдела продаж", "около 1 млн", "решаю я")
    await harness.qualify(explorer, (*start, "планов пока нет, хочу понять, сколько стоит"))
    await harness.qualify(buyer, (*start, "в январе; сколько это будет стоить?"))
    signal = "спросил цену своей задачи"
    explored = await harness.lead(explorer.id)
    asked = await harness.lead(buyer.id)
    assert explored is not None and signal not in str(explored.score)
    assert asked is not None and signal in str(asked.score)
    price = [e for e in await harness.events(explorer.id) if e.kind == "own_question"]
    assert [e.data.get("exploring") for e in price] == [True]


async def test_a_bare_figure_keeps_the_currency_named_before(harness: Harness) -> None:
    dollars = Harness.user(4007, "en", "Dan")
    await harness.qualify(
        dollars, ("need a site revamp for our law firm, ~$8k, wanna kick off in Dec", "8k")
    )
    lead = await harness.lead(dollars.id)
    assert lead is not None and lead.facts is not None
    assert (lead.facts["budget_currency"], lead.facts["budget_max"]) == ("USD", 8000)
    roubles = Harness.user(4008, "ru", "Ольга")
    await harness.qualify(roubles, ("нужен сайт для юрфирмы, около $8k", "нет, 800 тыс руб"))
    lead = await harness.lead(roubles.id)
    assert lead is not None and lead.facts is not None
    assert lead.facts["budget_currency"] == "RUB"


async def test_a_bare_figure_with_no_currency_is_in_the_speakers_money(harness: Harness) -> None:
    english = Harness.user(4009, "en", "Dan")
    await harness.qualify(english, ("a booking site for our dental clinic", "10k"))
    lead = await harness.lead(english.id)
    assert lead is not None and lead.facts is not None
    assert (lead.facts["budget_currency"], lead.facts["budget_max"]) == ("USD", 10000)
    russian = Harness.user(4010, "ru", "Ольга")
    await harness.qualify(russian, ("сайт для стоматологии", "500к"))
    lead = await harness.lead(russian.id)
    assert lead is not None and lead.facts is not None
    assert (lead.facts["budget_currency"], lead.facts["budget_max"]) == ("RUB", 500000)
