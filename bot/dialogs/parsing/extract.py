"""Facts from any message: several answers at once, each with a confidence and its fragment.

``extract_facts("Здравствуйте, нужен интернет-магазин, бюджет около 2 млн, решаю сам, хотим к
февралю, я Анна из ООО Ромашка, +7 999 123-45-67", today=...)`` fills need, budget, authority,
timeline, company and phone. Each slot's ``facts`` use the same names as the step parsers
(``bot.dialogs.interpret``): ``need``/``need_category``, ``budget_status``/``budget_min``/
``budget_max``/``budget_currency``, ``authority``, ``timeline_status``/``timeline_days``,
``company``, ``position``, ``phone``, ``email``/``email_corporate``, ``has_brief`` (and
``brief_partial``), ``disqualifier`` or ``off_profile``/``off_profile_matched``.

Confidence matters more than coverage. In free context (no question was asked):

* the message is cut into clauses (sentences, commas, "а"/"but"); each clause is read by the
  step parsers, and a slot is taken from a clause only with evidence that it is about that slot:
  a budget needs a budget word ("бюджет", "готовы потратить") or money written as money
  ("2 млн", "$10k", "500 000 ₽"): a bare "500" is never a budget; "бюджет обсудим" is budget
  ``unknown``, "обсудим" alone is nothing;
* a timeline needs a time word ("срок", "к", "через", "запуск", "deadline") or a phrase that is
  a time by itself ("срочно", "в феврале", "на следующей неделе"); "3 года" after "работаем"
  is the company's age, not a horizon;
* authority needs a deciding word ("решаю", "согласую", "I sign off") or the writer's own role;
  a role of a third person ("директор решит") is authority ``influencer`` but never the
  writer's position; "я директор" gives position "директор" and authority ``decision_maker``;
* a clause that only negates a value ("не к февралю, а к марту") gives nothing;
* conflicting statements: the later one wins unless it is less specific (an amount is more
  specific than "не знаю"): "бюджет 500к, нет, скорее 800к" -> 800k.

Everything is pure (``today`` is passed in) and never raises. ``render_acknowledgement`` turns
an ``Extraction`` into a short sentence ("бюджет около 2 млн ₽, старт в феврале, решение за
вами, компания ООО Ромашка"); company and position are the prospect's words: escape them for
HTML like any user text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Literal

from ._text import MAX_LEN, as_text, normalize, reading_cache
from .authority import parse_authority, read_authority
from .budget import APPROX_SPREAD, parse_budget
from .contacts import parse_email, parse_phone
from .disqualifier import Disqualifier, detect_disqualifier
from .options import parse_need_category
from .timeline import names_only_a_year, parse_timeline

Slot = Literal[
    "need",
    "budget",
    "authority",
    "timeline",
    "company",
    "position",
    "phone",
    "email",
    "brief",
    "disqualifier",
]
SLOTS: tuple[Slot, ...] = (
    "need",
    "budget",
    "authority",
    "timeline",
    "company",
    "position",
    "phone",
    "email",
    "brief",
    "disqualifier",
)
#: Below this confidence a slot is reported but not taken as a fact by ``Extraction.facts``.
MIN_CONFIDENCE = 0.5
DEFAULT_OFF_PROFILE = ("smm", "мобильн", "mobile app")


@dataclass(frozen=True, slots=True)
class SlotFact:
    facts: dict[str, Any]
    confidence: float
    fragment: str  # the words of the message this slot was read from


@dataclass(frozen=True, slots=True)
class Extraction:
    slots: dict[str, SlotFact] = field(default_factory=dict)
    today: date = date(2000, 1, 1)
    disqualifier: Disqualifier | None = None

    def get(self, slot: str, min_confidence: float = MIN_CONFIDENCE) -> SlotFact | None:
        found = self.slots.get(slot)
        return found if found is not None and found.confidence >= min_confidence else None

    def facts(self, min_confidence: float = MIN_CONFIDENCE) -> dict[str, Any]:
        """All facts of the slots at or above ``min_confidence``, merged."""
        out: dict[str, Any] = {}
        for slot in SLOTS:
            found = self.get(slot, min_confidence)
            if found is not None:
                out.update(found.facts)
        return out


# ------------------------------------------------------------------------------- clauses

_CLAUSE_SPLIT_RE = re.compile(
    r"[!?;\n]+|\.(?=\s|$)|,\s+(?!\d)|\s+[-—–]\s+|,?\s+(?:а|но|but|however|хотя)\s+(?=\S)",
    re.IGNORECASE,
)
# A clause continuing the previous one's range ("300к, максимум 500к").
_CONTINUES_RE = re.compile(
    r"^(?:(?:ну|может|может быть|maybe|or|или) )*"
    r"(?:максимум|макс|не больше|не более|до|от|минимум|max|up to|at most|at least|tops)\b"
)
# A clause that only negates a value: "не к февралю", "not by March".
_NEGATED_VALUE_RE = re.compile(
    r"^(?:не|not|no)\s+(?!в (?:этом|текущем)|this\b|раньше|позже|позднее|ранее|больше|более|"
    r"меньше|менее|earlier|later|more|less)(?:к|до|в|во|на|через|за|by|in|until|\d)"
)


_LEADING_CONJ_RE = re.compile(r"^(?:а|но|и|хотя|but|and|however)\s+", re.IGNORECASE)


def _clauses(text: str) -> list[tuple[str, str]]:
    """(original, normalized) clauses in order; range continuations are merged."""
    out: list[tuple[str, str]] = []
    pos = 0
    parts: list[str] = []
    for m in _CLAUSE_SPLIT_RE.finditer(text):
        parts.append(text[pos : m.start()])
        pos = m.end()
    parts.append(text[pos:])
    for part in parts:
        original = _LEADING_CONJ_RE.sub("", part.strip(" ,.!?;:()\"'«»"))
        if not original:
            continue
        norm = normalize(original)
        if out and _CONTINUES_RE.match(norm):
            prev_o, prev_n = out.pop()
            original, norm = f"{prev_o}, {original}", f"{prev_n}, {norm}"
        out.append((original, norm))
    return out


# ------------------------------------------------------------------------------ evidence

_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"
_SAME_SUM = r"готовы (?:примерно |где-то |около )?столько(?: же)?"
_BUDGET_CUE_RE = re.compile(
    rf"{_B}(?:бюджет[а-я]*|готовы (?:потратить|вложить|заплатить|выделить|инвестировать)|"
    # the same sum as someone else's: "мы готовы примерно столько же"
    rf"{_SAME_SUM}|"
    r"можем (?:потратить|выделить|вложить|заплатить)|рассчитываем на|располагаем|денег|деньги|"
    r"стоимость|по деньгам|budget|spend|afford|to pay|willing to pay|price range|"
    # money put aside for it: "заложили на это 900 тысяч", "we've earmarked $20k"
    r"заложи(?:ли|л|ть)|заложен[а-я]*|выделили|выделен[аоы]?|отложили|"
    r"allocated|earmarked|set aside|put aside|"
    rf"can invest){_E}"
)
_RULES_OUT_RE = re.compile(rf"{_B}(?:не|not|isn'?t|wasn'?t){_E}")
_MONEY_HINT_RE = re.compile(
    r"\d\s?(?:к|k|кк|kk|тыс|тыщ|т\.р|тр|млн|млрд|лям|лимон|мульт|m|mln|mio|bn|grand|"
    r"₽|\$|€|руб|р\b|р\.|usd|eur|долл|бакс|евро|dollar|euro|rub)|[$€₽]\s?\d|"
    r"(?:пол|полтора|полторы|половин)[- ]?(?:лям|миллион|млн|лимон)|миллион|million|"
    # the Russian inverted order: "тысяч 500", "ляма два"
    r"(?:тысяч|тыщ|тыс|млн|лям[а-я]*|миллион[а-я]*) (?:\d|[а-я]+(?:ста|сот|сти)\b|два|три)",
    re.IGNORECASE,
)
_NOT_BUDGET_RE = re.compile(
    rf"{_B}(?:оборот[а-я]*|выручк[а-я]*|прибыл[а-я]*|revenue|turnover|profit|зарплат[а-я]*|"
    r"salary|капитал[а-я]*|valuation|оценк[а-я]* компании|привлекли|raised|штраф[а-я]*|"
    rf"кредит[а-я]*|долг[а-я]*|продаж[а-я]* на|sales of|подписчик[а-я]*|followers){_E}"
)
_TIME_CUE_RE = re.compile(
    rf"{_B}(?:срок[а-я]*|к|до|через|в течение|в течении|за|запуск[а-я]*|запусти[а-я]*|"
    r"старт[а-я]*|стартовать|начать|начнем|приступить|готов[а-я]*|сдать|дедлайн[а-я]*|"
    r"когда|хотим|хотелось бы|нужно|надо|планируем|plan(?:ning)?|deadline|launch|start|"
    rf"by|within|in|need it|ready|go live|timeline|timeframe|asap|when){_E}"
)
_TIME_STATUS_CUE_RE = re.compile(
    rf"{_B}(?:срок[а-я]*|когда|запуск[а-я]*|старт[а-я]*|начать|дедлайн[а-я]*|timeline|"
    rf"timeframe|deadline|launch|start|when|планир[а-я]*|planning|plans?){_E}"
)
# "Not known yet" said of the project's own start: a bare "когда"/"when" is no such word, it is
# as often someone else's question quoted ("ученики пишут: когда занятие, где домашка")
_PROJECT_TIME_RE = re.compile(
    rf"{_B}(?:срок[а-я]*|запуск[а-я]*|запуст[а-я]*|старт[а-я]*|начать|начн[её]м|начинать|"
    r"приступ[а-я]*|дедлайн[а-я]*|timeline|timeframe|deadline|launch|start|begin|kick off|"
    r"планир[а-я]*|planning|plans?|"
    # the writer's own "when" not known: "не знаю когда", "no idea when"
    rf"(?:не знаю|не знаем|хз|no idea|not sure|don'?t know|unsure) (?:пока )?(?:когда|when)){_E}"
)
_PAST_OR_AGE_RE = re.compile(
    rf"{_B}(?:работаем|работает|на рынке|существуем|существует|опыт[а-я]*|назад|ago|уже|"
    r"in business|founded|основан[а-я]*|с \d{4}|since|лет компании|years old|"
    rf"старше|возраст[а-я]*|длится|длилось|took|lasted){_E}"
)
_AUTH_CUE_RE = re.compile(
    rf"{_B}(?:реша[а-я]*|реши[а-я]*|решени[а-я]*|лпр|согласов[а-я]*|согласу[а-я]*|утвержд[а-я]*|"
    r"утверд[а-я]*|одобр[а-я]*|подпис[а-я]*|последнее слово|финальное слово|за мной|"
    r"на мне|бюджет (?:мой|у меня)|decid[a-z]*|decision[a-z]*|approv[a-z]*|sign[a-z -]*|"
    r"final (?:say|word|call)|my call|buck stops|budget holder|hold the budget|"
    r"собира[а-я]* (?:информацию|варианты|кп|предложения|цены)|просто (?:смотрю|изучаю)|"
    # who owns it and who agreed: "my husband and I own the business and we've both agreed",
    # "я владелица, муж согласен"
    r"(?:i|we|я|мы)(?: [a-zа-я]+){0,3} (?:own|owns|владе[а-я]*)|(?:i'?m|i am|я) (?:the |a )?"
    r"(?:co-?)?(?:owner|founder|владел[а-я]*|собственни[а-я]*|основател[а-я]*)|"
    r"(?:both |all )?agreed|согласил[а-я]*|"
    rf"just (?:looking|researching|browsing)|gathering|collecting){_E}"
)
_NEED_CUE_RE = re.compile(
    rf"{_B}(?:нуж[а-я]*|хоч[а-я]*|хотим|хотели|хотелось|требуется|ищем|ищу|интересует|"
    r"сделать|разработать|заказать|создать|внедрить|настроить|автоматизировать|переделать|"
    r"доработать|интегрировать|need|want|looking for|would like|build|develop|create|"
    rf"redesign|rebuild|automate|integrate|implement){_E}"
)

# Company: a legal form and the name after it, or "компания X" / "X Inc".
_LEGAL_RU = r"(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|НКО|ГК|ТОО|ЧУП|ОДО|УП)"
_LEGAL_EN = r"(?:LLC|Inc\.?|Ltd\.?|GmbH|LLP|Corp\.?|PLC|AG|S\.A\.|B\.V\.|Co\.)"
_NAME = r"(?:[«\"“'][^«»\"“”']{1,60}[»\"”']|[A-ZА-ЯЁ0-9][\w&.+-]*(?:\s+[A-ZА-ЯЁ][\w&.+-]*){0,3})"
_COMPANY_RES = (
    re.compile(rf"(?<![\w])(?P<form>{_LEGAL_RU})\s+(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>[A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){{0,3}}),?\s+(?P<form>{_LEGAL_EN})"),
    re.compile(
        r"(?:компани[яиюей]|фирм[аыуе]|организаци[яиюей]|студи[яиюей]|агентств[оа]|"
        r"company|firm)\s+(?P<name>[«\"“'][^«»\"“”']{1,60}[»\"”']|"
        r"[A-ZА-ЯЁ][\w&.+-]*(?:\s+[A-ZА-ЯЁ][\w&.+-]*){0,2})",
        re.IGNORECASE,
    ),
)

# Position: a role the writer states about themselves.
_ROLE_RU = (
    r"(?:(?:генеральн|коммерческ|исполнительн|финансов|техническ|арт|креативн|операционн|"
    r"главн|ведущ|старш|младш|продуктов|digital|it)[а-я-]*\s+)?"
    r"(?:директор(?:ша)?|гендиректор|гендир|руководител(?:ь|ьница)|собственни(?:к|ца)|"
    r"владел(?:ец|ица)|совладел(?:ец|ица)|основател(?:ь|ьница)|сооснователь|учредител(?:ь|ьница)|"
    r"соучредитель|начальни(?:к|ца)|президент|управляющ(?:ий|ая)|предприниматель|"
    r"менеджер|маркетолог|бухгалтер|аналитик|администратор|ассистент|помощни(?:к|ца)|"
    r"секретарь|юрист|инженер|разработчик|программист|дизайнер|продакт|проджект|"
    r"эйчар|hr|hr-менеджер|рекрутер|закупщик|снабженец|ceo|cto|cmo|coo|cfo|cio|cpo|лпр)"
    r"(?:\s+(?:по|отдела|департамента|направления|проекта|проектов|компании|фирмы|магазина|"
    r"салона|студии|агентства)(?:\s+[а-яё-]+){1,2})?"
)
_ROLE_EN = (
    r"(?:ceo|cto|cmo|coo|cfo|cio|cpo|founder|co-?founder|owner|co-?owner|president|"
    r"managing director|general manager|director(?: of [a-z]+)?|head of [a-z]+(?: [a-z]+)?|"
    r"vp(?: of [a-z]+)?|(?:marketing|sales|product|project|office|it|hr|procurement) "
    r"(?:manager|lead|director|specialist)|manager|marketer|entrepreneur|"
    r"(?:business )?analyst|assistant|developer|designer|engineer)"
)
_POSITION_RES = (
    re.compile(
        rf"(?:^|[\s,.(])(?:я|являюсь|работаю)\s+(?:[—–-]\s*)?(?:тут\s+|здесь\s+)?"
        rf"(?P<role>{_ROLE_RU})(?![а-яё])",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:^|[\s,.(])(?:i'?m|i am|as|my (?:role|title|position) is)\s+(?:the |a |an )?"
        rf"(?P<role>{_ROLE_EN})(?![a-z])",
        re.IGNORECASE,
    ),
    # "Анна, директор" / "Anna, CEO": a name, then a role, at the start of a clause
    re.compile(
        rf"^[A-ZА-ЯЁ][a-zа-яё]+,\s*(?P<role>{_ROLE_RU}|{_ROLE_EN})(?![a-zа-яё])(?:\s*$|\s+(?:в|из|"
        rf"at)\s)",
        re.IGNORECASE,
    ),
)
_BRIEF_WORD = (
    r"(?:тз|т\.з\.|техническ[а-я]* задани[а-я]*|бриф[а-я]*|brief|spec|specs|specification|"
    r"requirements(?: doc(?:ument)?)?)"
)
_BRIEF_YES_RE = re.compile(
    rf"{_B}(?:(?:есть|имеется|готово|готов|написал[а-я]*|подготовил[а-я]*|составил[а-я]*|"
    r"прилагаю|приложу|пришлю|отправлю|have|got|attached|ready|wrote|prepared) "
    rf"(?:[a-zа-я]+ )?{_BRIEF_WORD}|{_BRIEF_WORD} (?:уже )?(?:есть|имеется|готово|готов|"
    rf"написано|составлено|во вложении|прилагаю|is ready|attached|ready)){_E}"
)
_BRIEF_NO_RE = re.compile(
    rf"{_B}(?:(?:нет|без|пока нет|не имеем|no|don'?t have|do not have|without|haven'?t got) "
    rf"(?:[a-zа-я]+ )?{_BRIEF_WORD}|{_BRIEF_WORD} (?:пока |еще )?(?:нет|отсутствует|"
    rf"не готов[а-я]*|not ready|is not ready|yet to)){_E}"
)
_BRIEF_PARTIAL_RE = re.compile(rf"{_B}(?:частичн[а-я]*|partial(?:ly)?|наброск[а-я]*|draft){_E}")

_PHONE_SPAN_RE = re.compile(r"\+?\d[\d\s().\-]{6,}\d")
_EMAIL_SPAN_RE = re.compile(r"[^\s<>()\[\]{},;:\"'«»]+@[^\s<>()\[\]{},;:\"'«»]+")


# ---------------------------------------------------------------------------- extraction

_SPECIFIC = {
    "budget": lambda f: 0 if f.get("budget_status") == "unknown" else 1,
    "timeline": lambda f: 0 if f.get("timeline_status") == "unknown" else 1,
    "authority": lambda f: 0 if f.get("authority") == "unknown" else 1,
}


def _put(slots: dict[str, SlotFact], slot: str, new: SlotFact) -> None:
    """The later statement wins unless it is less specific or much less certain; the same facts
    said twice keep the surer reading ("решаю я, я владелец": the role does not weaken the
    decision)."""
    old = slots.get(slot)
    if old is not None:
        if old.facts == new.facts and old.confidence >= new.confidence:
            return
        rank = _SPECIFIC.get(slot, lambda f: 1)
        if rank(new.facts) < rank(old.facts) or new.confidence < old.confidence - 0.25:
            return
    slots[slot] = new


def extract_facts(
    text: str,
    *,
    today: date,
    off_profile_keywords: Sequence[str] = DEFAULT_OFF_PROFILE,
    default_region: str = "RU",
) -> Extraction:
    """Everything a free-text message says about the BANT and contact slots (see module doc)."""
    read = _read(text, today, tuple(off_profile_keywords or ()), default_region)
    # the reading is kept for the next identical text: the caller gets facts of its own
    slots = {slot: replace(fact, facts=dict(fact.facts)) for slot, fact in read.slots.items()}
    return replace(read, slots=slots)


@reading_cache()
def _read(text: str, today: date, keywords: tuple[str, ...], region: str) -> Extraction:
    try:
        return _extract(text, today, keywords, region)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return Extraction(today=today)


def _extract(text: str, today: date, keywords: Sequence[str], region: str) -> Extraction:
    raw = as_text(text)[:MAX_LEN]
    slots: dict[str, SlotFact] = {}
    if not raw.strip():
        return Extraction(slots, today)

    # contacts first, then blanked so their digits are not read as money or dates
    # the phone matcher is the costliest call: give it only digit runs long enough for a phone
    phone = None
    for span in _PHONE_SPAN_RE.finditer(raw):
        if sum(c.isdigit() for c in span.group(0)) >= 7:
            phone = parse_phone(span.group(0), region)
            if phone is not None:
                slots["phone"] = SlotFact({"phone": phone}, 0.95, span.group(0).strip())
                break
    body = raw
    email = parse_email(raw)
    if email is not None:
        span = _EMAIL_SPAN_RE.search(raw)
        fragment = span.group(0) if span else email.address
        slots["email"] = SlotFact(
            {"email": email.address, "email_corporate": email.corporate}, 0.95, fragment
        )
        body = _EMAIL_SPAN_RE.sub(" ", body)
    if phone is not None:
        body = _PHONE_SPAN_RE.sub(
            lambda m: " " if sum(c.isdigit() for c in m.group(0)) >= 7 else m.group(0), body
        )

    company = _company(body)
    if company is not None:
        slots["company"] = company
    roles_seen = False
    # "бюджет не 500к, а 50к", "бюджет не до 300 тысяч, я промахнулась кнопкой — у нас около
    # 700": the next clause with an amount is the budget's
    budget_ruled_out = False
    for original, norm in _clauses(body):
        if _NEGATED_VALUE_RE.match(norm):
            continue
        carried_cue = budget_ruled_out
        if _BUDGET_CUE_RE.search(norm) and _RULES_OUT_RE.search(norm):
            budget_ruled_out = True
        elif _MONEY_HINT_RE.search(norm):
            budget_ruled_out = False  # the amount the cue was carried to
        position = _position(original)
        if position is not None:
            roles_seen = True
            _put(slots, "position", position)
            authority = parse_authority("я " + position.facts["position"])
            if authority in ("decision_maker", "influencer"):
                _put(slots, "authority", SlotFact({"authority": authority}, 0.7, original))
        _need(slots, original, norm)
        _budget(slots, original, norm, carried_cue)
        _timeline(slots, original, norm, today)
        _authority(slots, original, norm, roles_seen)
        _brief(slots, original, norm)

    disqualifier = detect_disqualifier(raw, keywords)
    if disqualifier is not None:
        if disqualifier.kind == "off_profile":
            facts: dict[str, Any] = {
                "off_profile": True,
                "off_profile_matched": disqualifier.matched,
            }
        else:
            facts = {"disqualifier": disqualifier.kind}
        confidence = 0.6 if disqualifier.buyer_evidence else 0.9
        slots["disqualifier"] = SlotFact(facts, confidence, disqualifier.matched)
    return Extraction(slots, today, disqualifier)


def _company(text: str) -> SlotFact | None:
    for i, pattern in enumerate(_COMPANY_RES):
        m = pattern.search(text)
        if m is None:
            continue
        name = m.group("name").strip(" .,")
        bare = name.strip("«»\"“”'")
        if not bare or bare.lower() in _NOT_COMPANY:
            continue
        if i == 0:
            value = f"{m.group('form')} {bare}"
        elif i == 1:
            value = f"{bare} {m.group('form')}"
        else:
            value = bare
        confidence = 0.9 if i < 2 else 0.7
        return SlotFact({"company": value[:200]}, confidence, m.group(0).strip())
    return None


_NOT_COMPANY = frozenset(
    "я мы нам нас вы вам у и в на для с по это наша наш которая который занимается, the a an "
    "we our is that which".split()
)


def _position(original: str) -> SlotFact | None:
    for i, pattern in enumerate(_POSITION_RES):
        m = pattern.search(original)
        if m is None:
            continue
        role = " ".join(m.group("role").split())
        # "я менеджер, решает директор": the role is the writer's, the decider someone else
        return SlotFact({"position": role[:200]}, 0.85 if i < 2 else 0.7, original)
    return None


def _need(slots: dict[str, SlotFact], original: str, norm: str) -> None:
    if "need" in slots and slots["need"].confidence >= 0.8:
        return  # the first clear request is the need; later mentions are details
    category = parse_need_category(norm)
    if category is None:
        return
    cue = bool(_NEED_CUE_RE.search(norm))
    if category == "other":
        confidence = 0.5 if cue else 0.3
    else:
        confidence = 0.9 if cue else 0.65
    new = SlotFact({"need": original[:1000], "need_category": category}, confidence, original)
    old = slots.get("need")
    if old is None or confidence > old.confidence:
        slots["need"] = new


# A budget said to exist, without its amount.
_BUDGET_EXISTS_RE = re.compile(
    rf"{_B}(?:(?:budget|funding|money|funds)(?:'s| is| was| has been| got)? (?:now |finally |"
    r"already )?(?:approved|allocated|signed off|in place|sorted|there)|(?:got|have) (?:the )?"
    r"(?:budget|funding) (?:approved|now|signed off)|(?:бюджет|деньги|финансировани)[а-я]* "
    r"(?:под (?:него|неё|нее|это|проект) )?(?:уже |наконец |теперь )?(?:утвержд[её]н|одобрен|"
    r"согласован|выделен|есть|появил)[а-я]*"
    rf"){_E}"
)


def _budget(slots: dict[str, SlotFact], original: str, norm: str, carried_cue: bool) -> None:
    cue = carried_cue or bool(_BUDGET_CUE_RE.search(norm))
    money = bool(_MONEY_HINT_RE.search(norm))
    if not (cue or money) or (_NOT_BUDGET_RE.search(norm) and not cue):
        return
    budget = parse_budget(norm)
    if budget is None or (budget.status != "amount" and _BUDGET_EXISTS_RE.search(norm)):
        # "I'm back now that the budget is approved", "бюджет под него уже есть": how much is
        # still to be asked, and a budget that exists is never "no budget"
        return
    if budget.status == "amount":
        confidence = 0.95 if cue else 0.75
    elif cue:
        confidence = 0.85
    else:
        return  # "нет" or "обсудим" without a budget word is about something else
    facts = {
        "budget_status": budget.status,
        "budget_min": budget.min,
        "budget_max": budget.max,
        "budget_currency": budget.currency,
    }
    _put(slots, "budget", SlotFact(facts, confidence, original))


# When the project must be ready, not when it starts: "ready well before September intake",
# "чтобы сайт заработал к сезону", "deadline is March"
_DEADLINE_RE = re.compile(
    rf"{_B}(?:(?:ready|live|launched|done|finished|in place|up and running|working|online) "
    r"(?:well |long |way |comfortably |at least a month )?(?:before|by|ahead of|in time for)|"
    r"(?:готов|запущен|заработал|работал|сдан|открыт)[а-я]* (?:[а-я]+ )?(?:к|до|не позже)|"
    rf"deadline|дедлайн[а-я]*|"
    # a purpose clause says when it must work, not when it starts: "начать в декабре, чтобы к
    # весне всё работало", "so that it's live by spring"
    rf"^(?:чтобы|чтоб|so that|so it'?s|so we'?re)){_E}"
)
# Cheap gate before the timeline parser: a digit, or a word that can carry a time.
_MAYBE_TIME_RE = re.compile(
    r"\d|срочн|горит|asap|urgent|вчера|сегодн|завтр|сейчас|скор|ближайш|недел|месяц|мес\b|"
    r"год|лет|квартал|весн|осен|зим|январ|феврал|март|апрел|мая|май|июн|июл|август|сентябр|"
    r"октябр|ноябр|декабр|праздник|понедельник|вторник|сред|четверг|пятниц|суббот|воскрес|"
    r"позже|потом|срок|когда|план|пока|знаю|тороп|спеш|дедлайн|yesterday|today|tomorrow|now|"
    r"soon|week|month|year|quarter|q[1-4]|spring|summer|autumn|fall|winter|jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec|christmas|holiday|later|someday|rush|hurry|deadline|"
    r"when|plan|sure|idea|know|tbd|eventually|road|line|term|asap|immediately|right away"
)


# Questions in another step's answer are not the writer's timeline: their own customers'
# quoted ("клиенты спрашивают: когда будет готов заказ?") or one asked back
_QUESTION_RE = re.compile(
    r"[^.!?]*\?|(?:спрашива|пишут|пишет|звонят|интересуются|asks?|asking)"
    r"[a-zа-я]*(?: [a-zа-я]+){0,3}:[^.!?]*"
)
# The present state described in another answer ("Сейчас всё через почту и эксель", "right now
# we take orders by phone", "на данный момент у нас сайт на Тильде") is no start date.
_PRESENT_STATE_RE = re.compile(
    rf"{_B}(?:сейчас|пока что|на данный момент|в данный момент|на сегодня|currently|right now|"
    r"at the moment|for now|today) ,?(?:всё|все|у нас|у меня|мы|наш[а-я]*|работаем|используем|"
    r"ведем|ведём|продаем|продаём|есть|стоит|живет|живёт|заказы|заявки|продажи|клиенты|"
    rf"we|our|it|everything|all|orders|sales|they|there)(?= |$)"
)


def _timeline(slots: dict[str, SlotFact], original: str, norm: str, today: date) -> None:
    if not _MAYBE_TIME_RE.search(norm):
        return
    norm = _PRESENT_STATE_RE.sub(" ", _QUESTION_RE.sub(" ", norm))
    norm = re.sub(_SAME_SUM, " ", norm)  # "готовы столько же": ready to pay, not to start
    if _PAST_OR_AGE_RE.search(norm) or (
        _MONEY_HINT_RE.search(norm) and not _TIME_CUE_RE.search(norm)
    ):
        return
    timeline = parse_timeline(norm, today)
    if timeline is None:
        return
    if timeline.status == "days":
        if names_only_a_year(norm, today) or _DEADLINE_RE.search(norm):
            # "next year" in another answer, or a deadline ("ready well before September
            # intake"): no start named, the question is still asked
            confidence = 0.6
        elif _TIME_CUE_RE.search(norm):
            confidence = 0.9
        elif not re.search(r"\d", norm):
            confidence = 0.7  # "срочно", "в феврале", "на следующей неделе"
        else:
            confidence = 0.4  # "3 месяца" on its own: a duration of what?
    elif timeline.status == "no_plans" or (
        _TIME_STATUS_CUE_RE.search(norm) and _PROJECT_TIME_RE.search(norm)
    ):
        confidence = 0.8 if timeline.status == "unknown" else 0.6
    else:
        return
    facts = {"timeline_status": timeline.status, "timeline_days": timeline.days}
    _put(slots, "timeline", SlotFact(facts, confidence, original))


def _authority(slots: dict[str, SlotFact], original: str, norm: str, roles_seen: bool) -> None:
    if not _AUTH_CUE_RE.search(norm):
        return
    rules, authority = read_authority(norm)
    if authority is None:
        return
    confidence = 0.8 if authority == "unknown" else 0.9
    if authority != rules:
        # the classifier's guess alone, in an answer to another question ("I'm back now that the
        # budget is approved"): reported, but the authority question is still asked
        confidence = 0.6
    _put(slots, "authority", SlotFact({"authority": authority}, confidence, original))


def _brief(slots: dict[str, SlotFact], original: str, norm: str) -> None:
    if _BRIEF_NO_RE.search(norm):
        facts: dict[str, Any] = {"has_brief": False}
    elif _BRIEF_YES_RE.search(norm):
        facts = {"has_brief": True}
    else:
        return
    if _BRIEF_PARTIAL_RE.search(norm):
        facts = {"has_brief": False, "brief_partial": True}
    _put(slots, "brief", SlotFact(facts, 0.9, original))


# ------------------------------------------------------------------------ acknowledgement

_MONTHS_IN = {
    "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "en": "January February March April May June July August September October November December",
}
_CATEGORY_NAMES = {
    "ru": {
        "website": "сайт",
        "crm": "CRM и автоматизация",
        "bot": "чат-бот",
        "smm": "SMM",
        "mobile_app": "мобильное приложение",
        "design": "дизайн",
        "other": "",
    },
    "en": {
        "website": "a website",
        "crm": "CRM and automation",
        "bot": "a chatbot",
        "smm": "SMM",
        "mobile_app": "a mobile app",
        "design": "design",
        "other": "",
    },
}
# Other currencies are written as their ISO code ("15000 AUD"); "XXX" is one we could not
# name (pesos of which country?).
_SYMBOL = {
    "RUB": "₽", "USD": "$", "EUR": "€", "GBP": "£", "KZT": "₸", "CNY": "¥", "INR": "₹",
    "TRY": "₺", "ILS": "₪", "UAH": "₴", "NGN": "₦",
}  # fmt: skip
_UNNAMED = {"ru": "(в другой валюте)", "en": "(another currency)"}


def _symbol(currency: str | None, lang: str) -> str:
    if currency == "XXX":
        return _UNNAMED["ru" if lang == "ru" else "en"]
    return _SYMBOL.get(currency or "", currency or "")


def _money(value: float, currency: str | None, lang: str) -> str:
    if value >= 1e6:
        number, unit = value / 1e6, ("млн" if lang == "ru" else "M")
    elif value >= 1e3:
        number, unit = value / 1e3, ("тыс." if lang == "ru" else "k")
    else:
        number, unit = value, ""
    text = f"{round(number, 2):g}"
    if lang == "ru":
        text = text.replace(".", ",")
        amount = f"{text} {unit}".strip()
        return f"{amount} {_symbol(currency, lang)}".strip()
    amount = f"{text}{unit}"
    symbol = _symbol(currency, lang)
    if currency in ("USD", "EUR", "GBP"):
        return f"{symbol}{amount}"
    return f"{amount} {symbol}".strip()


def _budget_ack(facts: dict[str, Any], lang: str) -> str | None:
    status = facts.get("budget_status")
    ru = lang == "ru"
    if status == "none":
        return "бюджета пока нет" if ru else "no budget yet"
    if status == "unknown":
        return "бюджет обсудим позже" if ru else "budget to be discussed"
    lo, hi, cur = facts.get("budget_min"), facts.get("budget_max"), facts.get("budget_currency")
    word = "бюджет" if ru else "budget"
    if lo is not None and hi is not None:
        center = (lo + hi) / 2
        if lo != hi and abs(lo - center * (1 - APPROX_SPREAD)) <= max(1.0, center * 0.001):
            return f"{word} {'около' if ru else 'about'} {_money(center, cur, lang)}"
        if lo == hi:
            return f"{word} {_money(lo, cur, lang)}"
        return f"{word} {_money(lo, cur, lang)}–{_money(hi, cur, lang)}"
    if hi is not None:
        return f"{word} {'до' if ru else 'up to'} {_money(hi, cur, lang)}"
    if lo is not None:
        return f"{word} {'от' if ru else 'from'} {_money(lo, cur, lang)}"
    return None


def _timeline_ack(facts: dict[str, Any], today: date, lang: str) -> str | None:
    status, days = facts.get("timeline_status"), facts.get("timeline_days")
    ru = lang == "ru"
    if status == "unknown":
        return "сроки пока не определены" if ru else "no timeline yet"
    if status == "no_plans":
        return "пока без конкретных планов" if ru else "no plans yet"
    if not isinstance(days, int):
        return None
    if days == 0:
        return "старт сегодня" if ru else "start today"
    if days == 1:
        return "старт завтра" if ru else "start tomorrow"
    if days <= 3:
        return "срочно" if ru else "urgent"
    target = today + timedelta(days=days)
    if target.month == today.month and target.year == today.year:
        return "старт в этом месяце" if ru else "start this month"
    month = _MONTHS_IN[lang].split()[target.month - 1]
    far = days > 300  # the year only when the month alone could mean this year's
    if ru:
        return f"старт в {month}" + (f" {target.year} года" if far else "")
    return f"start in {month}" + (f" {target.year}" if far else "")


_AUTHORITY_ACK = {
    "ru": {
        "decision_maker": "решение за вами",
        "influencer": "решение согласуете с руководством",
        "researcher": "пока собираете информацию",
    },
    "en": {
        "decision_maker": "you make the decision",
        "influencer": "someone else signs off",
        "researcher": "you are gathering information",
    },
}


def render_acknowledgement(
    extraction: Extraction, lang: str = "ru", min_confidence: float = MIN_CONFIDENCE
) -> str:
    """A short summary of what was understood: "задача — сайт, бюджет около 2 млн ₽, старт в
    феврале, решение за вами, компания ООО Ромашка"; ``""`` when nothing was. Pure text: escape
    it for HTML (company and position are the prospect's words)."""
    try:
        return _render(extraction, "en" if lang == "en" else "ru", min_confidence)
    except Exception:  # pragma: no cover - rendering must never break the dialogue
        return ""


def _render(extraction: Extraction, lang: str, min_confidence: float) -> str:
    ru = lang == "ru"
    parts: list[str] = []

    def facts(slot: str) -> dict[str, Any] | None:
        found = extraction.get(slot, min_confidence)
        return found.facts if found is not None else None

    if (f := facts("need")) and (name := _CATEGORY_NAMES[lang].get(f.get("need_category"), "")):
        parts.append(f"задача — {name}" if ru else f"task: {name}")
    if (f := facts("budget")) and (text := _budget_ack(f, lang)):
        parts.append(text)
    if (f := facts("timeline")) and (text := _timeline_ack(f, extraction.today, lang)):
        parts.append(text)
    if (f := facts("authority")) and (text := _AUTHORITY_ACK[lang].get(f.get("authority"))):
        parts.append(text)
    if f := facts("company"):
        parts.append(f"{'компания' if ru else 'company'} {f['company']}")
    if f := facts("position"):
        parts.append(f"{'должность' if ru else 'role'}: {f['position']}")
    if f := facts("phone"):
        parts.append(f"{'телефон' if ru else 'phone'} {f['phone']}")
    if f := facts("email"):
        parts.append(f"e-mail {f['email']}")
    if (f := facts("brief")) is not None:
        if f.get("has_brief"):
            parts.append("есть ТЗ" if ru else "you have a brief")
        elif f.get("brief_partial"):
            parts.append("ТЗ частично готово" if ru else "a partial brief")
        else:
            parts.append("ТЗ пока нет" if ru else "no brief yet")
    return ", ".join(parts)
