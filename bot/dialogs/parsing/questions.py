"""The prospect's own questions, and "skip"/"no" answers."""

from __future__ import annotations

import re

from ._text import as_text, normalize, reading_cache, simplify

QUESTION_TOPICS = frozenset(
    {"price", "demo", "proposal", "timeline", "call", "portfolio", "guarantee", "payment", "other"}
)

_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"


def _re(body: str) -> re.Pattern[str]:
    return re.compile(rf"{_B}(?:{body}){_E}")


# Topic phrases that are questions by themselves, wherever they stand.
_STRONG: dict[str, re.Pattern[str]] = {
    "price": _re(
        r"сколько (?:это |все |примерно |будет |вы |у вас |по деньгам |ориентировочно )*"
        r"(?:стоит|стоят|стоить|стоило|берете|возьмете|выйдет|обойдется)|"
        r"во сколько (?:это |нам |мне )?(?:обойдется|обойдет|встанет|выйдет)|почем|"
        r"скок(?:о)? (?:стоит|стоить|будет стоить)|сколько денег|"
        r"как(?:ая|ие|ова|овы) (?:у вас )?(?:цена|цены|стоимость|расценки|тарифы|"
        r"ценник)|что по (?:цене|деньгам|стоимости|бюджету|ценам)|"
        r"how much|what(?:'s| is| are| would be| will be) (?:the |your )?(?:price|prices|cost|"
        r"costs|pricing|rates?|fees?)|what does (?:it|this|that) cost|price list|"
        r"what do you charge|how do you charge"
    ),
    "demo": _re(
        r"(?:можно|есть ли|есть|покажете|можете показать|сможете показать) (?:ли )?"
        r"(?:посмотреть )?(?:демо|демку|демонстраци[а-я]*|тест-?драйв|пробн[а-я]* (?:период|"
        r"верси[а-я]*|доступ))|can i (?:get|see|have|book|schedule) a (?:demo|trial)|"
        r"do you (?:have|offer) a (?:demo|trial|free trial)|is there a (?:demo|trial|free trial)|"
        r"(?:book|schedule|request) a demo"
    ),
    "proposal": _re(
        r"(?:пришлите|пришли|отправьте|скиньте|вышлите|подготовьте|сделайте|составьте|"
        r"подготовите|сделаете|пришлете|можно|жду|нужно|нужна|нужен) (?:мне |нам |пожалуйста )*"
        r"(?:кп|коммерческое предложение|предложение|смету|смета|расчет|просчет|оценку)|"
        r"send (?:me |us )?(?:a |an |the |your )?(?:proposal|quote|quotation|estimate|offer)|"
        r"(?:can|could) (?:you|i|we) (?:get|have|receive|send) (?:a |an )?(?:proposal|quote|"
        r"quotation|estimate|offer)"
    ),
    "call": _re(
        r"(?:можно|давайте|давай|могу|можем|готов[а-я]*|хочу|хотим|хотел[а-я]* бы|когда можно|"
        r"удобно) (?:ли )?(?:бы )?(?:мне |нам |с вами )?(?:созвониться|созвон|позвонить|"
        r"встретиться|обсудить (?:по телефону|голосом|в зуме|в zoom)|"
        r"(?:назначить|запланировать) (?:звонок|созвон|встречу))|"
        r"(?:позвоните|перезвоните|наберите|звякните) (?:мне|нам)|жду звонка|"
        r"(?:созвон|звонок|встреч[ау]) (?:завтра|сегодня|в \d|на неделе)|"
        r"(?:can|could|shall) we (?:have a |hop on a |jump on a |set up a |schedule a |book a )?"
        r"(?:call|chat|meeting|talk)|(?:call|ring|phone) me|"
        # (not a feature of the product: "a bot to book meeting rooms", "clients can book a call")
        r"(?<!to )(?<!can )(?<!members )(?<!clients )(?<!customers )(?<!users )(?<!people )"
        r"(?:schedule|book|set up|arrange) (?:a |an )?(?:call|meeting|zoom)(?! rooms?| spaces?| "
        r"slots?| halls?)|"
        r"let'?s (?:talk|have a call|jump on a call|meet)"
    ),
    "portfolio": _re(
        r"портфолио|примеры (?:ваших )?(?:работ|проектов|сайтов|ботов|кейсов)|ваши (?:работы|"
        r"кейсы|проекты)|что вы (?:уже )?делали|кейсы|portfolio|case stud(?:y|ies)|"
        r"examples of (?:your )?work|(?:your |past |previous )(?:work|projects|clients)"
    ),
    "guarantee": _re(
        r"гаранти[а-я]*|поддержк[а-я]* после|техподдержк[а-я]*|а если (?:не понравится|"
        r"сломается|не получится)|guarantee[sd]?|warrant(?:y|ies)|refund|"
        r"support after (?:launch|release)"
    ),
    "payment": _re(
        r"предоплат[а-я]*|постоплат[а-я]*|рассрочк[а-я]*|(?:как|какие|условия|порядок) "
        r"(?:у вас )?оплат[а-я]*|оплата (?:по этапам|частями|поэтапно)|по безналу|счет на оплату|"
        r"с ндс|без ндс|payment (?:terms|schedule|options)|prepayment|installments?|invoice|"
        r"pay in (?:stages|parts|installments)"
    ),
    "timeline": _re(
        r"как долго|сколько (?:по )?времени|за сколько(?: примерно)? (?:дней|недель|месяцев|"
        r"времени|по времени)|как(?:ие|ой|ова|овы) (?:у вас )?(?:сроки|срок)|в какие сроки|"
        r"когда (?:вы )?(?:сможете|можете|начнете|начнем|будет готов[а-я]*|приступите|сделаете|"
        r"закончите|сдадите|запустите|можно начать|будет результат)|"
        r"how long|how soon|how fast|how quickly|when (?:can|could|will|would) (?:you|it|we) "
        r"(?:start|deliver|finish|begin|be (?:ready|done|launched))|what(?:'s| is) the "
        r"(?:timeline|turnaround|time ?frame|lead time|eta)|turnaround time"
    ),
}
# Topic words that count only inside a question or a request.
_WEAK: dict[str, re.Pattern[str]] = {
    "price": _re(
        r"цен[аыуе]|ценник[а-я]*|стоимост[а-я]*|расценк[а-я]*|прайс[а-я]*|тариф[а-я]*|"
        r"по деньгам|бюджет[а-я]*|дорого|дешевле|скидк[а-я]*|стоит(?! ли)|стоить|"
        r"стоят|"
        r"prices?|pricing|costs?|rates?|fees?|tariffs?|expensive|discount"
    ),
    "demo": _re(
        r"демо[а-я-]*|демк[а-я]*|демонстраци[а-я]*|пробн[а-я]* (?:период|верси[а-я]*|доступ)|"
        r"тест-?драйв|триал|презентаци[а-я]*|"
        r"(?:показать|покажите|покажете|посмотреть),? как (?:это |он |она |оно |все )?работает|"
        r"(?:показать|покажите|покажете|продемонстрировать) (?:вашу |ваш |свою |свой )?(?:систему|"
        r"продукт|бота|платформу|сервис|решение|интерфейс|админку|кабинет)|"
        r"demo|trial|test drive|walkthrough|presentation|see it in action|how it works"
    ),
    "proposal": _re(
        r"кп|коммерческ[а-я]* предложени[а-я]*|предложени[а-я]*|смет[а-я]*|расчет[а-я]*|"
        r"просчет[а-я]*|просчитать|рассчитать|оценк[а-я]*|оценить|"
        r"proposal|quote|quotation|estimate|rfp|commercial offer"
    ),
    "timeline": _re(
        r"срок[а-я]*|по времени|долго|быстро|когда будет готов[а-я]*|дедлайн[а-я]*|"
        r"deadline|timeline|timeframe|turnaround|eta|how long|when will it be ready"
    ),
}
_INTERROGATIVE_START_RE = re.compile(
    r"^(?:(?:а|и|ну|так|скажите|подскажите|пожалуйста|and|so|also|ok|okay|hi|hello)[, ]+)*"
    r"(?:сколько|как|какой|какая|какое|какие|каков|какова|когда|где|почему|зачем|"
    r"можно|можете|сможете|могу ли|могли бы|есть ли|будет ли|делаете ли|работаете ли|"
    r"а если|what|whats|how|when|where|why|which|who|can|could|would|"
    r"will|do|does|did|is|are|any|should)"
    r"(?![0-9a-zа-я])(?! (?:можно (?:скорее|быстрее|раньше)|только|обычно|всегда))"
)
# A question back dictated without its "?": "а это важно", "а это обязательно"
_ASKED_BACK_RE = re.compile(
    r"^(?:а|и) это (?:так )?(?:важно|обязательно|нужно|принципиально|имеет значение|на что-то "
    r"влияет)(?![а-я])"
)
_REQUEST_RE = re.compile(
    rf"{_B}(?:пришлите|пришли|пришлете|отправьте|отправь|скиньте|скинь|вышлите|вышли|"
    r"покажите|покажи|расскажите|расскажи|подскажите|подскажи|дайте|сообщите|озвучьте|"
    r"назовите|уточните|поясните|объясните|проконсультируйте|"
    r"хочу (?:узнать|увидеть|посмотреть|получить|уточнить)|"
    r"хотел(?:а|и)? бы (?:узнать|увидеть|посмотреть|получить|уточнить)|"
    r"хотелось бы (?:узнать|увидеть|посмотреть|получить|уточнить)|интересно узнать|"
    r"send|show|share|tell me|let me know|give me|explain|please provide|"
    rf"i'?d like to (?:see|get|know)|i would like to (?:see|get|know)){_E}"
)
_SOFT_REQUEST_RE = re.compile(
    rf"{_B}(?:хочу|хотим|хотелось бы|хотел(?:а|и)? бы|нужн[аоы]?|нужен|интересует|интересуют|"
    r"интересно|жду|ждем|можно|need|want|would like|i'?d like|interested in|looking for|"
    rf"waiting for|expect){_E}"
)
_SENTENCE_RE = re.compile(r"[^.!?\n;]+[.!?;]*|[.!?;]+")


@reading_cache()
def detect_own_questions(text: str) -> frozenset[str]:
    """Topics the prospect asks about: a subset of ``QUESTION_TOPICS``.

    ``"сколько стоит?"`` -> {"price"}, ``"пришлите КП"`` -> {"proposal"}, ``"how long does it
    take?"`` -> {"timeline"}; a question or request matching no topic -> {"other"}; a plain
    statement ("нам нужен сайт") -> empty set."""
    try:
        return _detect_questions(text)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return frozenset()


# Case studies or a portfolio named as a section of the site asked for, not ours asked about.
_SECTION_RE = re.compile(
    r"(?:сайт|site|страниц|page|раздел|section|блок|block|лендинг|landing)[a-zа-я]*"
    r"[^.?!]{0,40}?(?:с|со|with|и|and|включая|including|под|for) (?:[a-zа-я]+ )?"
    r"(?:кейс|портфолио|case stud|portfolio)"
)


def _detect_questions(text: str) -> frozenset[str]:
    t = normalize(text)
    if not t:
        return frozenset()
    topics: set[str] = set()
    for topic, pattern in _STRONG.items():
        if pattern.search(t):
            topics.add(topic)
    for raw_sentence in _SENTENCE_RE.findall(t):
        sentence = raw_sentence.strip()
        if not sentence:
            continue
        body = sentence.rstrip(".!?; ")
        asked = (
            "?" in sentence
            or bool(_INTERROGATIVE_START_RE.match(body))
            or bool(_ASKED_BACK_RE.match(body))
            or any(pattern.search(body) for pattern in _STRONG.values())
        )
        requested = bool(_REQUEST_RE.search(body))
        if not (asked or requested):
            # "хочу демо", "жду КП", "интересует стоимость": a wish whose object is a topic
            for m in _SOFT_REQUEST_RE.finditer(body):
                obj = re.split(r"[,;:()-]", body[m.end() :], maxsplit=1)[0]
                obj = " ".join(obj.split()[:3])
                topics |= {topic for topic, pattern in _WEAK.items() if pattern.search(obj)}
            continue
        found = {topic for topic, pattern in _WEAK.items() if pattern.search(body)}
        found |= {topic for topic, pattern in _STRONG.items() if pattern.search(body)}
        topics |= found
        if not found and (asked or requested):
            topics.add("other")
    if "portfolio" in topics and "?" not in t and _SECTION_RE.search(t):
        topics.discard("portfolio")  # "a new site with case studies": a part of their site
    return frozenset(topics)


# ------------------------------------------------------------------------------ skip / no

_SKIP_EXACT = frozenset(
    """
    пропустить|пропусти|пропустите|пропуск|пропускаю|пропустим|пропущу|давайте пропустим|
    можно пропустить|
    skip|skip it|skip this|skip this one|skip please|pass|next|next question|
    нет|неа|не|no|nope|nah|нету|не хочу|не хочу указывать|не хочу говорить|не хочу отвечать|
    не буду|не буду указывать|не буду говорить|не скажу|не указывать|не указываю|не важно|
    неважно|без|n a|na|none|нет спасибо|no thanks|no thank you|далее|дальше|потом|позже|
    later|prefer not to say|rather not say|i d rather not|i d rather not say|rather not|
    не хотелось бы|не готов сказать|не готова сказать|не готов|не сейчас|not now|опустим|
    без телефона|без почты|без email|без e mail|без номера|no phone|no email|не дам|не оставлю|
    отказываюсь|не хочу оставлять|не хочу давать|секрет|это секрет|конфиденциально|
    не могу сказать|не могу|it s private|private|confidential|no comment|без комментариев
    """.replace("\n", "|").split("|")
)
_SKIP_EXACT = frozenset(w.strip() for w in _SKIP_EXACT) - {""}
_SKIP_STRIPPED = frozenset(
    {"-", "--", "---", "—", "–", ".", "…", "...", "/skip", "skip", "x", "х", "n/a"}
)
_SKIP_RE = re.compile(
    r"^(?:я |мы |пока |пожалуй |наверное |извините |sorry |i |we )*"
    r"(?:не (?:хочу|буду|готов|готова|хотел бы|хотела бы|хотелось бы|могу|стану|желаю)"
    r"(?: бы)? (?:это |его |ее |свой |свою |свои )?"
    r"(?:указывать|указать|говорить|сказать|отвечать|ответить|сообщать|сообщить|давать|дать|"
    r"оставлять|оставить|писать|раскрывать|раскрыть|делиться|светить|называть|назвать)"
    r"|(?:давайте |давай |можно |лучше )?пропуст[а-я]*"
    r"|(?:i )?(?:d |would )?(?:rather|prefer) not(?: to)?"
    r"|(?:i )?(?:don t|do not|dont) (?:want|wish|care) to (?:say|share|tell|answer|give|"
    r"provide|disclose)"
    r"|skip(?:ping)?)(?: [a-zа-я0-9]+){0,4}$"
)


_SKIP_NEG_RE = re.compile(r"^(?:(?:нет|не|no) )+(?:хочу|буду|скажу|надо|нужно|стоит)$")
# The contact asked for does not exist: "нету почты рабочей", "телефона нет", "I don't have a
# work email" (at the phone and e-mail steps: the step goes by, like "пропустить")
_CONTACT_WORD = (
    r"(?:рабоч[а-я]* |корпоративн[а-я]* |сво[а-я]* |личн[а-я]* |work |business |an |a ){0,2}"
    r"(?:почт[аы]|e ?mail[а-я]*|емейл[а-я]*|имейл[а-я]*|мейл[а-я]*|ящик[а-я]*|телефон[а-я]*|"
    r"номер[а-я]*|phone|number)(?: рабоч[а-я]*| корпоративн[а-я]*)?"
)
_NO_CONTACT_RE = re.compile(
    r"^(?:у меня |у нас |i |we |sorry |к сожалению )*(?:нет|нету|не имею|не пользуюсь|"
    rf"don t have|do not have|dont have|have no|no) {_CONTACT_WORD}(?: (?:sorry|извините))?$|"
    rf"^{_CONTACT_WORD} (?:у меня |у нас )?(?:нет|нету)$"
)


def is_skip(text: str) -> bool:
    """True when the prospect declines to answer: "пропустить", "skip", "-", "нет",
    "не хочу указывать", "n/a"."""
    try:
        raw = as_text(text).strip().lower()
        if raw in _SKIP_STRIPPED:
            return True
        simple = simplify(text)
        if not simple:
            return False
        simple = simple.replace("ё", "е")
        if simple in _SKIP_EXACT:
            return True
        return bool(
            _SKIP_RE.match(simple) or _SKIP_NEG_RE.match(simple) or _NO_CONTACT_RE.match(simple)
        )
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return False


_NEGATIVE_EXACT = frozenset(
    """
    нет|неа|не|no|nope|nah|нету|ничего|никаких|никакого|никакой|none|nothing|not really|
    нет спасибо|no thanks|no thank you|не нужно|не надо|не интересно|неинтересно|
    не интересует|not interested|не требуется|отсутствует|отсутствуют|0|ноль|zero|n a|na|
    нисколько|пока нет|not yet|ещё нет|еще нет|вообще нет|совсем нет|точно нет|конечно нет|
    не актуально|неактуально|not needed|no need|нет необходимости
    """.replace("\n", "|").split("|")
)
_NEGATIVE_EXACT = frozenset(w.strip() for w in _NEGATIVE_EXACT) - {""}
_NEGATIVE_RE = re.compile(r"^(?:нет|no|nope|неа|не надо|не нужно)(?: [a-zа-я0-9]+){0,3}$")


def is_negative_or_none(text: str) -> bool:
    """True for "no"/"none"-type answers: "нет", "нет, спасибо", "никаких", "none", "0"."""
    try:
        raw = as_text(text).strip()
        if raw in ("-", "—", "–", "0"):
            return True
        simple = simplify(text)
        if not simple:
            return False
        if simple in _NEGATIVE_EXACT:
            return True
        return bool(_NEGATIVE_RE.match(simple)) and not re.search(r"\b(?:но|but)\b", simple)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return False


# "писала же выше", "see above", "as I said": the answer is in an earlier message. A short
# answer that is only that (a real answer with "как писал выше" in it is read as it is).
_REFERS_BACK_RE = re.compile(
    r"^(?:(?:ну|так|я же|я|мы|же|уже|вроде|ведь|well|i|we|as|already|like)\s)*"
    r"(?:(?:писал[аи]?|написал[аи]?|сказал[аи]?|указал[аи]?|говорил[аи]?|ответил[аи]?)\s"
    r"(?:(?:же|уже|вам|ведь|это)\s)*(?:выше|ранее|раньше|в начале|в первом сообщении)|"
    r"(?:см(?:отрите)?|смотри)\s(?:выше|сообщение выше)|выше(?:\s(?:писал[аи]?|написал[аи]?|"
    r"указал[аи]?|же|есть|всё|все))*|"
    r"(?:see|look|check)\s(?:(?:my|the)\s)?(?:above|message above|previous message|first message)|"
    r"(?:(?:i\s)?(?:already\s)?(?:said|wrote|mentioned|told you|answered)(?:\s(?:it|that|this|you|"
    r"already))*)\s(?:above|earlier|before|in my first message)|"
    r"(?:as\s)?(?:mentioned|stated|said)\s(?:above|earlier|before))"
    r"(?:\s(?:же|ведь|уже|already))?$"
)


# ...in other words, anywhere in a short answer the parser could not read: "тот же, что и выше",
# "ответ тот же, что в заявке", "см. предыдущие сообщения", "same as I said", "refer to my
# earlier message", "I already answered that in the form, check there"
_POINTS_BACK_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:тот же|то же|такой же|same)(?: самое| ответ| answer)?,?(?: что| как|"
    r" as)?(?: и)? "
    r"(?:выше|ранее|раньше|в заявке|в анкете|before|above|earlier|i said|i wrote|in the form)|"
    r"(?:см|смотрите|смотри|see|check|refer to|look at)(?: (?:my|the|мои|мо[её]|мой))? "
    r"(?:previous|earlier|first|предыдущ[а-я]*|первое|первом|прошл[а-я]*|ранние) "
    r"(?:message|messages|answer|answers|сообщени[а-я]*|ответ[а-я]*)|"
    r"(?:ответил[аи]?|написал[аи]?|писал[аи]?) (?:уже )?(?:выше|ранее)|"
    r"(?:already|уже) answered|(?:в первом сообщении|in my first message) (?:всё |все |all )?"
    r"(?:написал[аи]?|указал[аи]?|wrote|said)|(?:see|смотрите|см) (?:my answers )?above)"
)


def refers_back(text: str) -> bool:
    """True when the answer only points to an earlier message: "писала же выше)", "см. выше",
    "I already said that above"."""
    try:
        simple = simplify(text)
        if not simple or len(simple) > 90:
            return False
        if _REFERS_BACK_RE.match(simple):
            return True
        # (with a figure in it the answer is there: "как писал выше, 900 тысяч")
        return not re.search(r"\d", simple) and bool(_POINTS_BACK_RE.search(simple))
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return False


_GREETING_RE = re.compile(
    r"^(?:(?:здравствуйте|здравствуй|з?драст[еи]|з?драсьте|здарова|здорово|"
    r"добрый (?:день|вечер|утро)|доброе утро|"
    r"доброго (?:дня|времени суток)|привет(?:ствую)?|салют|хай|hi|hello|hey|hiya|good (?:morning|"
    r"afternoon|evening)|greetings)(?:\s(?:всем|everyone|there|team))?\s?)+$"
)


def is_greeting(text: str) -> bool:
    """Only a greeting ("Здравствуйте!", "Добрый день)", "hi there"): courtesy before the
    answer, not an answer that says nothing."""
    try:
        simple = simplify(text)
        return bool(simple) and bool(_GREETING_RE.match(simple))
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return False
