"""Disqualifiers: job seekers, would-be partners/resellers, students, spam, off-profile requests.

Checked in this order: spam, job seeker, student, partner, off-profile. Some words are "weak"
("вакансия", "резюме", "студент", "крипто", "казино"): they disqualify only when the message does
not also describe a project of the kind we build (``parse_need_category``), so "нужен сайт для
вакансий" or "чат-бот для студентов" stay leads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ._text import as_text, normalize, words
from .options import parse_need_category

DisqualifierKind = Literal["job_seeker", "partner", "student", "spam", "off_profile"]


@dataclass(frozen=True, slots=True)
class Disqualifier:
    kind: DisqualifierKind
    matched: str


_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"

_JOB_STRONG = re.compile(
    rf"{_B}(?:ищу (?:работу|подработку|вакансию|место|заказы|проекты|работодателя)|"
    r"в поиске работы|в поисках работы|ищу удаленн[а-я]* работ[а-я]*|"
    r"(?:возьмете|возьмите|возьмешь|примете|берете) (?:меня )?(?:на работу|в команду|в штат|"
    r"стажер[а-я]*)|хочу (?:работать|устроиться) (?:у вас|к вам|в вашей|в вашу|на вас)|"
    r"(?:у вас )?есть (?:ли )?(?:вакансии|вакансия|свободные места|работа для)|"
    r"нужны ли (?:вам )?(?:сотрудники|разработчики|дизайнеры|программисты|специалисты)|"
    r"(?:вам )?не нужен (?:разработчик|дизайнер|программист|менеджер|сотрудник|смм-?щик)|"
    r"рассматриваете (?:ли )?(?:кандидатов|соискателей)|трудоустр[а-я]*|устроиться|"
    r"(?:рассматриваете|берете|возьмете|ищете|нужны) (?:ли )?(?:вам )?(?:junior|джун|стажер|"
    r"начинающ|новичк|выпускник)[а-яa-z-]*|хочу (?:к вам )?в (?:вашу )?команду|"
    r"хочу к вам работать|возьмите меня|"
    r"отправ(?:ил|ила|ляю|лю) (?:вам )?(?:свое |мое )?резюме|прикладываю резюме|мое резюме|"
    r"моё резюме|резюме во вложении|по поводу вакансии|на вакансию|откликаюсь|отклик на|"
    r"стажировк[а-я]*|стажер(?:ом|а)?|практик[уа] (?:у вас|пройти)|пройти практику|"
    r"соискател[а-я]*|кандидат на должность|"
    r"are you hiring|r u hiring|you hiring|hiring\?|looking for (?:a |an )?(?:job|work|position|"
    r"internship|employment|role)|job (?:opening|opportunit[a-z]+|application|offer|"
    r"seeker)|open (?:positions?|roles?|vacanc[a-z]+)|vacanc(?:y|ies)|my (?:cv|resume)|"
    r"attached (?:my |is my )?(?:cv|resume)|(?:apply|applying) for (?:a |the )?(?:job|position|"
    r"role|internship)|hire me|work for you|join your team|internships?|"
    rf"looking for (?:freelance )?(?:gigs|clients|orders)){_E}"
)
_JOB_WEAK = re.compile(
    rf"{_B}(?:вакансии|вакансия|вакансий|вакансию|резюме|cv|resume|hiring|работу ищу|"
    rf"ищу работу|career|карьер[а-я]*|зарплат[а-я]*|salary|job){_E}"
)

_PARTNER_STRONG = re.compile(
    rf"{_B}(?:(?:предлага(?:ю|ем)|хочу предложить|хотим предложить|хотели бы предложить|"
    r"предложить) (?:вам )?(?:сотрудничеств[а-я]*|партнерств[а-я]*|свои услуги|наши услуги|"
    r"услуги|взаимовыгодн[а-я]*|обмен[а-я]*|рекламу|продвижение|размещение)|"
    r"стать (?:вашим |вашими |вам )?партнер[а-я]*|"
    r"партнерств[а-я]* с вами|сотрудничеств[а-я]* с вами|ваш[а-я]* партнерск[а-я]* программ[а-я]*|"
    r"реселл?ер[а-я]*|перепрода(?:вать|ем|жа) ваш[а-я]*|агентский договор|"
    r"агентское вознаграждение|субподряд[а-я]*|на субподряд|"
    r"white[- ]?label|вайт ?лейбл|уайт ?лейбл|"
    r"partnership (?:proposal|offer|opportunit[a-z]+)|partner with you|"
    r"your (?:partner|affiliate|referral) program|become (?:a |your )?(?:partner|reseller)|"
    r"resell(?:er|ing)?|subcontract[a-z]*|collaborat(?:e|ion) with you|"
    r"we offer (?:our|outsourc)[a-z]*|offer (?:you )?our services|outsourcing services|"
    r"мы (?:веб-?студия|веб-?агентство|digital-агентство|диджитал-агентство|it-компания,? "
    r"ищем заказ[а-я]*)|we are an? (?:web|digital|design|dev|development) (?:agency|studio)|"
    r"рекламу (?:у вас|в вашем)|разместить рекламу у вас|"
    rf"guest post|гостевой пост|link exchange|обмен ссылками){_E}"
)
_PARTNER_WEAK = re.compile(
    rf"{_B}(?:партнерств[а-я]*|партнерск[а-я]*|партнерк[а-я]*|сотрудничеств[а-я]*|"
    r"дилер[а-я]*|дистрибьют[а-я]*|affiliate[a-z]*|аффилиат[а-я]*|реферал[а-я]*|"
    rf"реферальн[а-я]*|referral|partnership|partner program|cooperation|collaboration){_E}"
)

_STUDENT_STRONG = re.compile(
    rf"{_B}(?:я студент(?:ка)?|мы студенты|студент(?:ка)? (?:\d|[а-я]+ курса|вуза|универа|"
    r"колледжа)|учусь (?:в|на)|для (?:диплома|дипломной|курсовой|курсача|учебы|учебного "
    r"проекта|универа|реферата|дипломки)|"
    r"пиш(?:у|ем) (?:диплом|дипломную|дипломку|курсовую|курсач|реферат|диссертацию|"
    r"магистерскую|выпускную)|"
    r"дипломн[а-я]*|диплом(?:ный|ная)? проект|курсов(?:ая|ую|ой) (?:работ[а-я]*|проект)|"
    r"курсов(?:ая|ую|ой)|курсач[а-я]*|реферат[а-я]*|домашн[а-я]* задани[а-я]*|домашк[а-я]*|"
    r"лабораторн[а-я]*|лабу|лаба|лабы|учебн(?:ый|ого|ому) проект[а-я]*|научн[а-я]* руковод[а-я]*|"
    r"задали (?:в|на) (?:универе|вузе|школе|паре)|сессия|сессию|зачет|экзамен[а-я]*|"
    r"(?:university|uni|school|college|class|course) (?:assignment|task|project)|"
    r"i'?m a student|i am a student|we are students|student project|for (?:my |a )?(?:school|"
    r"university|uni|college|class|course|thesis|dissertation|diploma|homework|assignment|"
    r"coursework)|homework|thesis|dissertation|coursework|school project|uni project|"
    rf"university project|college project|class project|term paper){_E}"
)
_STUDENT_WEAK = re.compile(rf"{_B}(?:студент[а-я]*|student|students|школьник[а-я]*){_E}")

_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|(?<![@\w])(?:[a-z0-9-]+\.)+(?:com|ru|net|org|io|xyz|top|"
    r"info|biz|online|site|club|pro|me|cc|tk|ml|ga|cf|gq|ly|to|link|click|win|bet|casino|vip|"
    r"рф|su|ua|by|kz)(?:/[^\s<>\"']*)?(?![\w.])|t\.me/[\w+/-]+"
)
_SPAM_DOMAIN_RE = re.compile(
    r"casino|kazino|казино|vulkan|vulcan|1xbet|1win|pinup|pin-up|joycasino|azino|slot|"
    r"bet|poker|porn|xxx|sex|crypto|bitcoin|btc|binance|airdrop|nft|forex|loan|viagra|"
    r"earn|profit|money|bonus|promo|bit\.ly|tinyurl|goo\.gl|clck\.ru|cutt\.ly"
)
_SPAM_STRONG = re.compile(
    rf"{_B}(?:заработ(?:ок|ка|ай|ать|аете|ал)|зарабатыва[а-я]*|пассивн[а-я]* доход[а-я]*|"
    r"доход от \d+|доход \d+|доходом от|инвестици[а-я]* под|под \d+ ?% (?:в|годовых)|"
    r"\d+ ?% (?:в день|в месяц|в неделю|годовых|ежедневно|daily|per day|a day|monthly)|"
    r"быстрые деньги|легкие деньги|легкий заработок|без вложений|без опыта работы и вложений|"
    r"бинарн[а-я]* опцион[а-я]*|финансов[а-я]* пирамид[а-я]*|млм|mlm|"
    r"выигр(?:ал|али|ыш|ыши|ать)|вы выиграли|розыгрыш[а-я]*|приз[а-я]* ждет|"
    r"казино|casino|ставки на спорт|букмекер[а-я]*|слоты|игровые автоматы|"
    r"интим[а-я]*|секс[а-я]*|порно[а-я]*|эротик[а-я]*|знакомства для взрослых|"
    r"viagra|виагр[а-я]*|займ(?:ы)? без|кредит без|микрозайм[а-я]*|"
    r"make money|earn money|earn \$?\d+|passive income|get rich|easy money|double your|"
    r"guaranteed (?:profit|income|returns?)|investment opportunity|crypto signals|"
    r"giveaway|free bitcoin|free crypto|airdrop|you (?:have )?won|claim your (?:prize|reward)|"
    r"click (?:here|the link)|перейд(?:и|ите) по ссылке|жми на ссылку|подпишись на канал|"
    rf"подписывайтесь|buy followers|накрутк[а-я]*|porn|sex|xxx|nsfw|onlyfans|18\+){_E}"
)
_SPAM_WEAK = re.compile(
    rf"{_B}(?:крипт[а-я]*|crypto[a-z]*|bitcoin|биткоин[а-я]*|биткойн[а-я]*|btc|usdt|"
    rf"eth|nft|forex|форекс|трейдинг[а-я]*|trading|инвестиц[а-я]*|invest[a-z]*|ставк[а-я]*|bet){_E}"
)
_REPEAT_RE = re.compile(r"(\S)\1{9,}")
_REPEAT_WORD_RE = re.compile(r"(?<!\w)(\w{2,})(?:\W+\1(?!\w)){5,}")

_RU_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ая яя ое ее ые ие ый ий ой ую юю ам ям ах ях ов ев ей ом ем "
    "ия ие ию ии а я о е ы и у ю ь".split(),
    key=len,
    reverse=True,
)
_EN_ENDINGS = ("ing", "es", "ed", "s")


def _stem(word: str) -> str:
    if len(word) < 5:
        return word
    endings = _RU_ENDINGS if re.search(r"[а-я]", word) else _EN_ENDINGS
    for end in endings:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _match_keyword(keyword: str, tokens: list[str]) -> bool:
    kw_tokens = [_stem(w) for w in words(normalize(keyword))]
    if not kw_tokens:
        return False
    n = len(kw_tokens)
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + j].startswith(kw_tokens[j]) for j in range(n)):
            return True
    return False


def _first(pattern: re.Pattern[str], t: str) -> str | None:
    m = pattern.search(t)
    return m.group(0).strip() if m else None


def detect_disqualifier(
    text: str, off_profile_keywords: Sequence[str] = ()
) -> Disqualifier | None:
    """Return why a message is not a lead, or ``None`` when it may be one."""
    try:
        return _detect(text, off_profile_keywords)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _detect(text: str, off_profile_keywords: Sequence[str]) -> Disqualifier | None:
    raw = as_text(text)
    t = normalize(raw)
    if not t:
        return None
    need = parse_need_category(t)
    has_need = need is not None and need != "other"

    # --- spam
    repeat = _REPEAT_RE.search(raw.lower())
    if repeat:
        return Disqualifier("spam", repeat.group(0)[:20])
    urls = _URL_RE.findall(t)
    for url in urls:
        if _SPAM_DOMAIN_RE.search(url):
            return Disqualifier("spam", url[:80])
    if len(urls) >= 3:
        return Disqualifier("spam", f"{len(urls)} links")
    hit = _first(_SPAM_STRONG, t)
    if hit:
        return Disqualifier("spam", hit)
    repeat_word = _REPEAT_WORD_RE.search(t)
    if repeat_word:
        return Disqualifier("spam", repeat_word.group(1))
    if not has_need:
        hit = _first(_SPAM_WEAK, t)
        if hit:
            return Disqualifier("spam", hit)

    # --- job seekers
    hit = _first(_JOB_STRONG, t)
    if hit:
        return Disqualifier("job_seeker", hit)
    if not has_need:
        hit = _first(_JOB_WEAK, t)
        if hit:
            return Disqualifier("job_seeker", hit)

    # --- students
    hit = _first(_STUDENT_STRONG, t)
    if hit:
        return Disqualifier("student", hit)
    if not has_need:
        hit = _first(_STUDENT_WEAK, t)
        if hit:
            return Disqualifier("student", hit)

    # --- partners / resellers
    hit = _first(_PARTNER_STRONG, t)
    if hit:
        return Disqualifier("partner", hit)
    if not has_need:
        hit = _first(_PARTNER_WEAK, t)
        if hit:
            return Disqualifier("partner", hit)

    # --- off-profile
    if off_profile_keywords:
        tokens = words(t)
        for keyword in off_profile_keywords:
            if isinstance(keyword, str) and keyword.strip() and _match_keyword(keyword, tokens):
                return Disqualifier("off_profile", keyword.strip())
    return None
