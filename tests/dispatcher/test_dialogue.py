"""The qualification dialogue through the real dispatcher, a recording session and SQLite."""

from __future__ import annotations

import html

import pytest
from aiogram.methods import AnswerCallbackQuery, SendMessage
from aiogram.types import ReplyKeyboardMarkup
from sqlalchemy import func, select

from bot.db.models import Answer, OutboxMessage, StageChange
from tests.support.harness import HOT_RU_ANSWERS, Harness

RU = Harness.user(1001, "ru", "Анна")
EN = Harness.user(1002, "en", "John")


def last_text(h: Harness, user_id: int) -> str:
    return h.session.texts(user_id)[-1]


async def test_start_greets_with_consent_and_asks_the_need(harness: Harness) -> None:
    await harness.text(RU, "/start src_yandex_ads")
    texts = harness.session.texts(RU.id)
    assert "Анна" in texts[0] and "персональных данных" in texts[0]
    assert "задачу" in texts[1]
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.source == "src_yandex_ads" and lead.stage == "qualifying"
    assert lead.language == "ru"


async def test_unsafe_deep_link_payload_is_not_stored(harness: Harness) -> None:
    await harness.text(RU, "/start <script>alert(1)</script>")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.source is None


async def test_english_user_gets_english(harness: Harness) -> None:
    await harness.text(EN, "/start")
    assert "Hello, John" in harness.session.texts(EN.id)[0]


async def test_hot_russian_prospect_typing_free_text_only(harness: Harness) -> None:
    await harness.qualify(RU)
    answers = await harness.answers(RU.id)
    assert set(answers) == {
        "need", "budget", "authority", "timeline", "company", "position", "phone", "email",
        "brief",
    }  # fmt: skip
    assert "decider" not in answers  # not asked of the decision maker
    assert answers["budget"].value["facts"]["budget_max"] >= 2_000_000
    assert answers["phone"].value["facts"]["phone"] == "+79991234567"
    assert answers["email"].value["facts"]["email_corporate"] is True
    assert all(a.via == "text" for a in answers.values())
    lead = await harness.lead(RU.id)
    assert lead is not None
    assert lead.stage == "sales_ready" and lead.sales_ready and lead.tier == "hot"
    assert "менеджер свяжется" in last_text(harness, RU.id)
    async with harness.sessionmaker() as session:
        cards = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.kind == "sales_card")
        )
    assert cards == 1


async def test_cold_english_prospect_using_buttons_only(harness: Harness) -> None:
    await harness.text(EN, "/start")
    for label in ["Chatbot", "Under 300k", "gathering information"]:
        await harness.press(EN, label)
    await harness.press(EN, "Skip")  # who else decides
    await harness.press(EN, "No plans")
    await harness.press(EN, "Skip")  # company
    await harness.press(EN, "Skip")  # position
    # The phone question uses a reply keyboard (share contact); skip it by its button text.
    phone_markup = harness.session.sent(SendMessage)[-1].reply_markup
    assert isinstance(phone_markup, ReplyKeyboardMarkup)
    assert phone_markup.keyboard[0][0].request_contact
    await harness.text(EN, "Skip")
    await harness.press(EN, "Skip")  # e-mail
    await harness.press(EN, "No")
    answers = await harness.answers(EN.id)
    assert answers["need"].via == "button" and answers["budget"].via == "button"
    assert answers["phone"].via == "skip"  # typed "Skip" on the reply keyboard
    lead = await harness.lead(EN.id)
    assert lead is not None and lead.stage == "nurturing" and lead.tier in ("cold", "warm")
    assert not lead.sales_ready
    assert "Thank" in last_text(harness, EN.id)


async def test_job_seeker_is_closed_politely_without_more_questions(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Здравствуйте, ищу работу, вот моё резюме")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage == "disqualified"
    assert "ваканси" in last_text(harness, RU.id).lower()
    assert set(await harness.answers(RU.id)) == {"need"}


async def test_a_first_message_that_only_introduces_the_writer_closes_nothing(
    harness: Harness,
) -> None:
    # "I'm a student" is who writes, not what they want: the task is asked for once more
    await harness.text(RU, "/start")
    await harness.text(RU, "Я студентка, пишу за маму: у неё три цветочных магазина в Твери")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage == "qualifying"
    assert "need" not in await harness.answers(RU.id)
    assert "Не совсем понял" in last_text(harness, RU.id)
    await harness.text(RU, "Интернет-магазин цветов с доставкой и оплатой онлайн")
    answers = await harness.answers(RU.id)
    assert answers["need"].value["facts"]["need_category"] == "website"
    assert "disqualifier" not in answers["need"].value["facts"]
    assert "бюджет" in last_text(harness, RU.id)


async def test_a_student_asked_for_the_task_is_closed_on_the_second_answer(
    harness: Harness,
) -> None:
    await harness.text(EN, "/start")
    await harness.text(EN, "Hi, I'm a student at the state university")
    assert (await harness.lead(EN.id)).stage == "qualifying"  # type: ignore[union-attr]
    await harness.text(
        EN, "I'm writing my thesis on web studios, could you answer a few questions?"
    )
    lead = await harness.lead(EN.id)
    assert lead is not None and lead.stage == "disqualified"
    assert (await harness.answers(EN.id))["need"].value["facts"]["disqualifier"] == "student"


async def test_an_offer_in_the_first_message_still_closes_at_once(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Мы SEO-агентство, выведем ваш сайт в топ за месяц")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage == "disqualified"


async def test_unclear_answer_is_reasked_once_then_recorded_unknown(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт")
    await harness.text(RU, "🙂🙂🙂")
    assert "Не совсем понял" in last_text(harness, RU.id)
    await harness.text(RU, "🤔")
    answers = await harness.answers(RU.id)
    assert answers["budget"].via == "unknown"
    assert answers["budget"].value["facts"] == {"budget_status": "unknown"}
    assert "решение" in last_text(harness, RU.id)  # moved on to authority


async def test_an_app_without_a_platform_is_asked_about_by_name(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "нам нужно приложение для клиентов")
    assert "App Store" in last_text(harness, RU.id)  # the choice named, not "не понял"
    assert "need" not in await harness.answers(RU.id)
    await harness.text(RU, "личный кабинет в браузере, чтобы клиенты видели заказы")
    answers = await harness.answers(RU.id)
    assert answers["need"].value["facts"]["need_category"] == "crm"
    assert "бюджет" in last_text(harness, RU.id)


async def test_a_store_app_named_after_the_clarification_is_off_profile(harness: Harness) -> None:
    await harness.text(EN, "/start")
    await harness.text(EN, "we need an app")
    assert "App Store" in last_text(harness, EN.id)
    await harness.text(EN, "a native app for the App Store, iPhone only")
    answers = await harness.answers(EN.id)
    assert answers["need"].value["facts"]["off_profile"] is True


async def test_a_go_between_revealed_after_the_need_is_closed(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "нужен сайт")
    await harness.text(RU, "у клиента заложено 1,2 млн, нам нужна ваша оптовая цена")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage == "disqualified"
    answers = await harness.answers(RU.id)
    assert answers["need"].value["facts"]["disqualifier"] == "partner"
    assert answers["need"].value["facts"]["need_category"] == "website"  # the need stays


async def test_a_later_answer_with_a_buyers_own_words_closes_nothing(harness: Harness) -> None:
    # Off-profile words or a weak word in a later answer do not close a buyer.
    await harness.text(RU, "/start")
    await harness.text(RU, "нужен интернет-магазин")
    await harness.text(RU, "около 800 тысяч, на SMM отдельно")
    await harness.text(RU, "у нас есть партнёрская программа, но решаю я")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage != "disqualified"
    assert "disqualifier" not in (await harness.answers(RU.id))["need"].value["facts"]


async def test_a_line_of_work_named_with_the_company_is_no_offer(harness: Harness) -> None:
    # "бухгалтерский аутсорсинг" after the company's name says who writes, not what they offer
    # us: the buyer reaches a manager, marked for a check, instead of the polite close.
    await harness.qualify(
        RU,
        (
            "личный кабинет для наших клиентов, связать с нашей CRM",
            "около 1,5 млн",
            "компания моя, решаю я",
            "в январе",
            "Balance Consulting — бухгалтерский аутсорсинг, основатель",
            "+7 999 123-45-67",
            "nino@balance.ge",
            "да",
        ),
    )
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.stage == "sales_ready"
    facts = (await harness.answers(RU.id))["need"].value["facts"]
    assert facts.get("disqualifier_suspect") == "vendor" and "disqualifier" not in facts
    async with harness.sessionmaker() as session:
        reason = await session.scalar(
            select(StageChange.reason).where(StageChange.to_stage == "sales_ready")
        )
        cards = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.kind == "sales_card")
        )
    assert reason == "check:vendor" and cards == 1


async def test_an_answer_pointing_back_takes_what_was_said_in_passing(harness: Harness) -> None:
    # a budget in the need answer, said without the word "budget", is not taken unasked; when
    # the budget question gets "писала же выше", it is
    await harness.text(RU, "/start")
    await harness.text(RU, "сайт для сети клиник с онлайн-записью, это 900 тысяч")
    assert "бюджет" in last_text(harness, RU.id)
    await harness.text(RU, "писала же выше)")
    answers = await harness.answers(RU.id)
    assert answers["budget"].value["facts"]["budget_min"] == 900_000
    assert "решение" in last_text(harness, RU.id)  # the next question, no re-ask
    # nothing said before: pointing back is not an answer, the question is asked again
    await harness.text(EN, "/start")
    await harness.text(EN, "an online store")
    await harness.text(EN, "see above")
    assert "budget" not in await harness.answers(EN.id)


async def test_a_later_answer_that_takes_the_need_back_replaces_it(harness: Harness) -> None:
    await harness.text(EN, "/start")
    await harness.text(EN, "a website")
    await harness.text(EN, "well, actually it's an App Store app we need, not a website. $60k")
    need = (await harness.answers(EN.id))["need"].value["facts"]
    assert need["off_profile"] is True and need["need_category"] == "mobile_app"
    # without taking it back, an app named later leaves the need as it was
    await harness.text(RU, "/start")
    await harness.text(RU, "интернет-магазин")
    await harness.text(RU, "800 тысяч, мобильное приложение потом отдельно")
    assert "off_profile" not in (await harness.answers(RU.id))["need"].value["facts"]


async def test_back_changes_the_previous_answer(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт")
    await harness.text(RU, "500 тыс")
    await harness.text(RU, "/back")
    assert "бюджет" in last_text(harness, RU.id)
    await harness.text(RU, "от 1 до 2 млн")
    answers = await harness.answers(RU.id)
    assert answers["budget"].value["facts"]["budget_min"] == 1_000_000
    async with harness.sessionmaker() as session:
        budget_rows = await session.scalar(
            select(func.count()).select_from(Answer).where(Answer.step == "budget")
        )
    assert budget_rows == 2  # the first answer is superseded, not deleted
    kinds = [e.kind for e in await harness.events(RU.id)]
    assert "back_used" not in kinds  # no rule of the model reads it: not stored


async def test_double_tapped_button_records_one_answer(harness: Harness) -> None:
    await harness.text(EN, "/start")
    markup = harness.last_keyboard(EN.id)
    await harness.press(EN, "Chatbot")
    # The same (old) keyboard pressed again: must not answer the budget question.
    await harness.press(EN, "Chatbot", markup=markup)
    answers = await harness.answers(EN.id)
    assert set(answers) == {"need"}
    notices = [r.text for r in harness.session.sent(AnswerCallbackQuery)]
    assert "That question is already answered." in notices


async def test_resent_update_is_handled_once(harness: Harness) -> None:
    await harness.text(RU, "/start")
    update = await harness.text(RU, "Нужен сайт")
    before = len(harness.session.requests)
    await harness.feed(update)
    assert len(harness.session.requests) == before
    assert set(await harness.answers(RU.id)) == {"need"}


async def test_shared_contact_answers_the_phone_step(harness: Harness) -> None:
    await harness.text(RU, "/start")
    for text in ["Нужен сайт", "500 тыс", "решаю я", "в этом месяце", "-", "-"]:
        await harness.text(RU, text)
    assert "телефон" in last_text(harness, RU.id)
    await harness.contact(RU, "79991234567")
    answers = await harness.answers(RU.id)
    assert answers["phone"].via == "contact"
    assert answers["phone"].value["facts"]["phone"] == "+79991234567"


async def test_bad_phone_is_reasked_with_a_clear_message(harness: Harness) -> None:
    await harness.text(RU, "/start")
    for text in ["Нужен сайт", "500 тыс", "решаю я", "в этом месяце", "-", "-"]:
        await harness.text(RU, text)
    await harness.text(RU, "12345")
    assert "номер" in last_text(harness, RU.id)
    assert "phone" not in await harness.answers(RU.id)


@pytest.mark.parametrize(
    "text",
    ["", " ", "a" * 10_000, "😀😀😀", "<b>bold</b> & <script>", "*markdown* _x_ `code`"],
    ids=["empty", "space", "10k", "emoji", "html", "markdown"],
)
async def test_any_text_gets_a_safe_reply(harness: Harness, text: str) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, text or "\u200b")
    reply = last_text(harness, RU.id)
    assert reply
    for request in harness.session.sent(SendMessage):
        # Whatever the prospect wrote never reaches an HTML message unescaped.
        assert "<script>" not in request.text and "<b>bold" not in request.text
    assert len(reply) <= 4096


async def test_prospect_html_is_escaped_when_echoed(harness: Harness) -> None:
    user = Harness.user(1003, "ru", "<b>Хакер</b>")
    await harness.text(user, "/start")
    greeting = harness.session.texts(user.id)[0]
    assert html.escape("<b>Хакер</b>") in greeting


async def test_sticker_is_recorded_and_the_question_repeated(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.sticker(RU)
    assert "задачу" in last_text(harness, RU.id)
    events = await harness.events(RU.id)
    assert any(e.kind == "media_message" and e.data["type"] == "sticker" for e in events)


async def test_own_question_is_recorded_as_behaviour(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт. А сколько стоит?")
    events = await harness.events(RU.id)
    assert any(e.kind == "own_question" and e.data["topic"] == "price" for e in events)
    answered = [e for e in events if e.kind == "question_answered"]
    assert answered[0].data["via"] == "text" and answered[0].data["length"] > 10


async def test_a_contact_offered_before_it_is_asked_counts_as_intent(harness: Harness) -> None:
    # a whole brief in the first message, ending with an e-mail: the e-mail answers its step
    # and is scored as a contact offered unasked (weaker than a phone)
    await harness.text(EN, "/start")
    await harness.text(
        EN, "We need a new site for our bakery with online orders. Write to me at anna@bakery.co"
    )
    lead = await harness.lead(EN.id)
    assert lead is not None and "сам оставил e-mail" in str(lead.score)
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт для пекарни с заказами онлайн, пишите на ivan@pekarnya.ru")
    lead = await harness.lead(RU.id)
    assert lead is not None and "сам оставил e-mail" in str(lead.score)
    assert "сам оставил телефон" not in str(lead.score)


async def test_a_phone_and_an_e_mail_given_where_asked_are_no_unasked_offer(
    harness: Harness,
) -> None:
    # the contact step asks for both: an e-mail written beside the phone there was asked for
    answers = (*HOT_RU_ANSWERS[:6], "+7 999 123-45-67, anna@romashka.ru", "да, есть")
    await harness.qualify(RU, answers)
    facts = {k: a.value["facts"] for k, a in (await harness.answers(RU.id)).items()}
    assert facts["email"]["email"] == "anna@romashka.ru"
    lead = await harness.lead(RU.id)
    assert lead is not None and "сам оставил" not in str(lead.score)


async def test_stop_unsubscribes_and_start_resumes(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт")
    await harness.text(RU, "/stop")
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.unsubscribed
    await harness.text(RU, "/start")
    assert "бюджет" in last_text(harness, RU.id)
    lead = await harness.lead(RU.id)
    assert lead is not None and not lead.unsubscribed


async def test_restart_starts_over(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "Нужен сайт")
    await harness.text(RU, "/restart")
    assert "задачу" in last_text(harness, RU.id)
    assert await harness.answers(RU.id) == {}  # the old cycle's answers are kept, unread
    lead = await harness.lead(RU.id)
    assert lead is not None and lead.cycle == 2 and lead.facts == {}


async def test_lang_switches_and_repeats_the_question(harness: Harness) -> None:
    await harness.text(RU, "/start")
    await harness.text(RU, "/lang")
    texts = harness.session.texts(RU.id)
    assert "English" in texts[-2] and "What task" in texts[-1]


async def test_help_lists_commands(harness: Harness) -> None:
    await harness.text(EN, "/help")
    assert "/back" in last_text(harness, EN.id) and "/stop" in last_text(harness, EN.id)


async def test_group_messages_are_ignored(harness: Harness) -> None:
    from aiogram.types import Chat, Message

    message = Message(
        message_id=1, date=0, chat=Chat(id=-100, type="group", title="g"), from_user=RU, text="hi"
    )
    await harness.feed(harness.make_update(message=message))
    assert harness.session.requests == []


async def test_forget_erases_the_prospects_personal_data(harness: Harness) -> None:
    await harness.qualify(RU)
    await harness.text(RU, "/forget")
    assert "удалены" in last_text(harness, RU.id)
    assert await harness.lead(RU.id) is None  # no lead is findable by the Telegram id
    async with harness.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Answer)) == 0
        pending = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == "pending")
        )
    assert pending == 0
