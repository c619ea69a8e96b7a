"""Text normalization shared by the free-text parsers.

Everything here is pure and total: any ``str`` (empty, emoji, HTML, 10,000 characters) goes in,
a ``str`` comes out, nothing raises.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from rapidfuzz import process
from rapidfuzz.distance import OSA

P = ParamSpec("P")
R = TypeVar("R")

#: Parsers look at most at this many characters of a message. A lead's answer to a question is
#: a line or two; the cap keeps every regular expression and the phone matcher cheap on a
#: pasted novel.
MAX_LEN = 4000

#: ``cache_clear`` of every ``reading_cache``: a new classifier model forgets them all.
_READING_CACHES: list[Callable[[], None]] = []


def reading_cache(maxsize: int = 2048) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Keep a parser's whole reading of the last ``maxsize`` texts. The parsers are pure and
    their results frozen, and answers repeat: the same short replies ("сам", "не знаю", "до 300
    тыс") from many prospects, and one message read by several parsers of the same update
    (the step's parser, ``extract_facts``, the disqualifier of the need read in passing). A
    new text costs what it did; a call with an unhashable argument is read afresh."""

    def wrap(parser: Callable[P, R]) -> Callable[P, R]:
        cached = functools.lru_cache(maxsize=maxsize)(parser)
        _READING_CACHES.append(cached.cache_clear)

        @functools.wraps(parser)
        def read(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return cast(R, cached(*args, **kwargs))
            except TypeError:  # an unhashable argument (a list of options): read it afresh
                return parser(*args, **kwargs)

        read.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return read

    return wrap


def forget_readings() -> None:
    """Clear every ``reading_cache`` (a classifier model installed or uninstalled)."""
    for clear in _READING_CACHES:
        clear()


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"), None)
_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'")
_DQUOTES = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"), '"')
_TAG_RE = re.compile(r"<[^<>]{0,300}>")
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[0-9a-zа-я]+")


def as_text(text: object) -> str:
    """Coerce anything to ``str`` (``None`` -> ``""``) and apply the length cap."""
    if text is None:
        return ""
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:
            return ""
    return text[:MAX_LEN]


_CROSSED_RE = re.compile(r"[❌🚫]\ufe0f?")


# Chat shorthand spelled out, whole words only: every parser reads the full words.
_CHAT = {
    "w/": "with ", "w/o": "without ", "b4": "before", "ur": "your", "u": "you",
    "mgmt": "management", "avail": "available", "xmas": "christmas", "x-mas": "christmas",
    "pls": "please", "plz": "please", "w": "with",
    "тока": "только", "щас": "сейчас", "ваще": "вообще", "прямщас": "прямо сейчас",
    "abt": "about", "thx": "thanks", "ain't": "not",
    # English said in Cyrillic letters: "дедлайн эсап", "бюджет файв кей", "ай дисайд"
    "эсап": "asap", "файв": "five", "кей": "k", "хандред": "hundred", "таузанд": "thousand",
    "некст вик": "на следующей неделе", "ту мантс": "через два месяца", "ай дисайд": "i decide",
    "ай эм зе оунер": "i am the owner", "оунер": "owner", "овнер": "owner", "воркфлоу": "workflow",
    "ко-фаундер": "co-founder", "кофаундер": "co-founder",
    # dates and roles cut short: "нг", "пн", "this wk", "next mo", "ген дир", "маркетинг + дир"
    "нг": "новый год",
    "пн": "понедельник", "вт": "вторник", "чт": "четверг", "пт": "пятница", "сб": "суббота",
    "wk": "week", "wks": "weeks", "mo": "month", "mos": "months", "mon": "monday",
    "tmrw": "tomorrow", "tmr": "tomorrow", "ген дир": "генеральный директор", "дир": "директор",
}  # fmt: skip
_CHAT_RE = re.compile(
    r"(?<![\w/.'-])(?:"
    + "|".join(re.escape(k) for k in sorted(_CHAT, key=len, reverse=True) if k != "w")
    + r"|w(?= (?:me|us|my|our|the|him|her|them)(?!\w)))(?![\w/'-]|\.\w)"
)


def normalize(text: object, strip_tags: bool = True) -> str:
    """Lower-case, ``ё`` -> ``е``, NFKC (non-breaking and thin spaces become spaces), HTML tags
    (unless ``strip_tags`` is False) and entities removed, dashes unified to ``-``, quotes
    unified, whitespace collapsed. Cached for text: each parser of an answer normalizes it."""
    return _normalize(text if isinstance(text, str) else as_text(text), strip_tags)


@functools.lru_cache(maxsize=2048)
def _normalize(text: str, strip_tags: bool) -> str:
    t = as_text(text)
    if not t:
        return ""
    if strip_tags and "<" in t:
        t = _TAG_RE.sub(" ", t)
    if "&" in t:
        t = html.unescape(t)
    t = t.replace("№", "#")  # NFKC would turn it into "No"
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(_ZERO_WIDTH).translate(_DASHES).translate(_QUOTES).translate(_DQUOTES)
    t = t.lower().replace("ё", "е")
    if "*" in t:
        t = _STARRED_RE.sub(lambda m: f"{m.group(1)} * {m.group(2) or m.group(3)}", t)
    if "app" in t:
        t = _WHATS_APP_RE.sub("whatsapp", t)  # "a what's app bot": dictated, not a mobile app
    if "нету" in t:
        t = _NETU_RE.sub("нет", t)  # "нету бюджета", "сроков нету": colloquial "нет"
    if "агенств" in t:
        t = t.replace("агенств", "агентств")  # the commonest misspellings of keywords
    if "резюмэ" in t:
        t = t.replace("резюмэ", "резюме")
    if "❌" in t or "🚫" in t:
        t = _CROSSED_RE.sub(" без ", t)  # "✅ сайт ❌ SMM": the crossed-out one is refused
    t = _CHAT_RE.sub(lambda m: _CHAT[m.group(0)], t)  # "joint w/ mgmt", "b4 xmas", "тока"
    if " 2 " in t:
        t = _TWO_AS_TO_RE.sub(" to ", t)  # "hard 2 say", "ready 2 start"
    if "depend" in t:
        t = _DEPEND_OF_RE.sub("depends on", t)  # a second language's "depend of/from"
    t = _SPACE_RE.sub(" ", t).strip()
    t = _other_layout(t)
    # Fillers of speech ("ну короче шеф", "um our CFO does", "э-э в районе миллиона") say
    # nothing: every parser reads what is left, unless nothing is (a bare "хм" hesitates).
    spoken = _FILLER_START_RE.sub("", _FILLER_RE.sub(" ", t).lstrip(" ,")).strip(" ,")
    return _SPACE_RE.sub(" ", spoken) if _WORD_RE.search(spoken) else t


_NETU_RE = re.compile(r"(?<![а-я])нету(?![а-я])")
# A word typed with the other keyboard layout: "через 2 ytltkb" (недели), "z cfv" (я сам),
# "цуиышеу" (website). Only a word the parsers know comes out: a Russian cue word of three
# letters or more (``_TRANSLIT_CUES``), or one of a few English product words.
_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
_CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбю"  # the same keys in the Russian layout
TO_RU_LAYOUT = str.maketrans(_LATIN_KEYS, _CYRILLIC_KEYS)
_TO_EN = str.maketrans(_CYRILLIC_KEYS, _LATIN_KEYS)
_LAYOUT_EN_WORDS = frozenset("website site crm bot chatbot shop store landing online".split())
_LATIN_LAYOUT_RE = re.compile(r"(?<![\w\[\];'])[a-z\[\];']{2,}(?:[,.][a-z\[\];']+)*(?![\w\[\];'])")
_CYRILLIC_LAYOUT_RE = re.compile(r"(?<![\w])[а-я]{3,}(?![\w])")


def _other_layout(t: str) -> str:
    def ru(m: re.Match[str]) -> str:
        word = m.group(0).translate(TO_RU_LAYOUT)
        return word if len(word) >= 3 and word in _TRANSLIT_CUES else m.group(0)

    def en(m: re.Match[str]) -> str:
        word = m.group(0).translate(_TO_EN)
        return word if word in _LAYOUT_EN_WORDS else m.group(0)

    return _CYRILLIC_LAYOUT_RE.sub(en, _LATIN_LAYOUT_RE.sub(ru, t))


#: Never, in an idiom: a budget or a start "when pigs fly", "до морковкина заговенья".
NEVER_IDIOMS = (
    r"после дождичка(?: в четверг)?|когда рак на горе свистнет|рак на горе|"
    r"(?:до|на) морковкин[а-я]* заговень[а-я]*|when pigs fly|when the cows come home|"
    r"when hell freezes over|once in a blue moon"
)
_FILLER_RE = re.compile(
    # ("хм" and "hmm" inside a message may start a correction: "an app — hmm, no, a site")
    r"(?<![\w-])(?:э(?:-?э)+|um+|uh+|uhm+|erm+)(?![\w-])[,.…]*|"
    r",? you know(?=$|[,.!?])"
)
_FILLER_START_RE = re.compile(
    r"^(?:(?:ну|короче|в общем|вообщем|слушайте|смотрите|well|ok(?:ay)? so|alright so|эм+|"
    r"хм+|hmm+)"
    r"(?:[,.…]+ ?| |$)|so[,.…]+ ?)+(?=[a-zа-я0-9])"
)
_DEPEND_OF_RE = re.compile(r"(?<![a-z])depends? (?:of|from)(?![a-z])")
_TWO_AS_TO_RE = re.compile(
    r"(?<=[a-z]) 2 (?=(?:say|tell|know|be|start|go|launch|get|do|decide|discuss)(?![a-z]))"
)
_WHATS_APP_RE = re.compile(r"(?<![a-z])what'?s ?app(?![a-z])")


# A typo corrected the chat way, with a star on one side of the right word after the wrong
# one ("30к\n300к*", "в марте *мае"): a lone "*" before the right word, which
# ``SELF_CORRECTION_RE`` reads. "*срочно*" with a star on both sides is emphasis, and a first
# word has nothing to correct.
_STARRED_RE = re.compile(r"(\S)\s+(?:\*([^\s*]+)(?!\*)|([^\s*]+)\*(?!\S))")


# What follows a named service to refuse it or to say it is had already: "SMM не нужен",
# "приложение у нас уже есть", "SMM не предлагайте", "social media? we do it ourselves".
# Shared by the need parser and the disqualifier (each puts its own prefix before it).
REFUSED_AFTER = (
    r"не нуж[а-я]*|не надо|не требуется|не интересу[а-я]*|не интересно|не актуальн[а-я]*|"
    r"не рассматриваем|не предлага[а-я]*|не предлож[а-я]*|не продава[а-я]*|не впарива[а-я]*|"
    # "мобильное приложение делать не хотим"
    r"(?:делать |заказывать )?не (?:хотим|будем|планируем)|"
    r"не занимаемся|не пишите|нам не нуж[а-я]*|(?:is |are )?not needed|(?:isn'?t|aren'?t) "
    r"needed|not required|not necessary|not (?:a )?priority|not interested|no thanks|"
    r"please don'?t|don'?t (?:offer|pitch|sell|send)|делаем сами|ведем сами|у нас сво[а-я]*|"
    r"we do (?:it )?ourselves|in-house|(?:[a-zа-я-]+ )?(?:у нас |у меня )?уже есть|(?:is|are) "
    r"fine|works? fine|already (?:have|exists?|built|done)|already(?![a-z])|"
    # "сайт есть, нужна CRM": what the writer has, with more to say after it
    r"(?:у нас |у меня )?есть(?= ?[,.;—-])"
)
# The same refusal after a list that holds the service, or after the service with its own phrase
# and an adverb: "соцсети и продвижение в них нам не нужны", "social media and ads we don't
# need", "соцсети нам сейчас не нужны". A comma after the list's "и"/"and" starts a new clause
# ("сайт и бот, SMM не нужен" refuses only SMM).
REFUSED_AFTER_LIST = (
    r"[a-zа-я-]*(?: (?:в|на|для|in|on|for) [a-zа-я-]+| [a-zа-я-]+(?=,? (?:и|или|and|or) ))?"
    r"(?:(?:, [a-zа-я-]+(?: [a-zа-я-]+)?){0,3} (?:и|или|ни|and|or|nor)"
    r"(?: (?!нуж|need|want|хоч|хот)[a-zа-я-]+){1,3})? (?:нам |мне |мы |we |i )?"
    r"(?:сейчас |пока |точно |вообще |совсем |тоже |also |really |currently |definitely )?"
    rf"(?:{REFUSED_AFTER}|(?:do not|don'?t) (?:need|want))"
)


#: Any Cyrillic letter in normalized text (lower-cased, "ё" written "е").
CYRILLIC_RE = re.compile(r"[а-я]")


def blank(pattern: re.Pattern[str], t: str) -> str:
    """``t`` with every match of ``pattern`` replaced by as many spaces: the rest of the text
    keeps its positions (a later search still sees what stood before and after)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), t)


def words(normalized: str) -> list[str]:
    """Alphanumeric tokens (Latin, Cyrillic, digits) of an already normalized string."""
    return _WORD_RE.findall(normalized)


# Cyrillic letters that look like Latin ones, for words typed in a mix of both scripts ("СRМ"
# with Cyrillic С and М), and the transliteration of every word to Latin, so that "телеграм
# бот" meets "Telegram bot" and "лэндинг" meets "лендинг".
_HOMOGLYPHS = str.maketrans("аеорсухкмтв", "aeopcyxkmtb")
_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdeziyklmnoprstufhcye", strict=True)),
        "ж": "zh",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ь": "",
        "ю": "yu",
        "я": "ya",
        "ё": "e",
    }
)
_CYR_RE = re.compile(r"[а-яё]")
_LAT_RE = re.compile(r"[a-z]")


def fold_to_latin(token: str) -> str:
    """One word in Latin letters: look-alike Cyrillic letters in a mixed word are read as the
    Latin ones they resemble, then the word is transliterated."""
    if _CYR_RE.search(token) and _LAT_RE.search(token):
        token = token.translate(_HOMOGLYPHS)
    return token.translate(_TO_LATIN)


def simplify(text: object) -> str:
    """Normalized text reduced to its words separated by single spaces (punctuation and emoji
    dropped). Used for whole-answer comparisons such as ``is_skip`` and ``match_option``."""
    return " ".join(words(normalize(text)))


# ---------------------------------------------------------------------------------------------
# Number words. Converted to digits before the numeric parsers run.

_RU_UNITS = {
    "ноль": 0,
    "один": 1,
    "одна": 1,
    "одну": 1,
    "одного": 1,
    "одной": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "двенадцати": 12,
    "одиннадцати": 11,
    "тринадцать": 13,
    "тринадцати": 13,
    "четырнадцать": 14,
    "четырнадцати": 14,
    "пятнадцать": 15,
    "пятнадцати": 15,
    "шестнадцать": 16,
    "шестнадцати": 16,
    "семнадцать": 17,
    "семнадцати": 17,
    "восемнадцать": 18,
    "восемнадцати": 18,
    "девятнадцать": 19,
    "девятнадцати": 19,
    "двадцать": 20,
    "двадцати": 20,
    "тридцать": 30,
    "тридцати": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
    # oblique cases of the hundreds: "около пятисот тысяч", "между тремястами тысячами и ..."
    "ста": 100,
    "сорока": 40,
    "пятидесяти": 50,
    "шестидесяти": 60,
    "семидесяти": 70,
    "восьмидесяти": 80,
    "девяноста": 90,
    "двухсот": 200,
    "трехсот": 300,
    "четырехсот": 400,
    "пятисот": 500,
    "шестисот": 600,
    "семисот": 700,
    "восьмисот": 800,
    "девятисот": 900,
    "двумястами": 200,
    "тремястами": 300,
    "четырьмястами": 400,
    "пятьюстами": 500,
    "шестьюстами": 600,
    "семьюстами": 700,
    "восемьюстами": 800,
    "девятьюстами": 900,
    # dative and prepositional: "ближе к четырёмстам", "в трёхстах тысячах" (and the common
    # "к четырёхстам")
    "двумстам": 200,
    "тремстам": 300,
    "четыремстам": 400,
    "четырехстам": 400,
    "пятистам": 500,
    "шестистам": 600,
    "семистам": 700,
    "восьмистам": 800,
    "девятистам": 900,
    "двухстах": 200,
    "трехстах": 300,
    "четырехстах": 400,
    "пятистах": 500,
    "шестистах": 600,
    "семистах": 700,
    "восьмистах": 800,
    "девятистах": 900,
    "полтора": 1.5,
    "полторы": 1.5,
    "полутора": 1.5,
    "пару": 2,
    "пара": 2,
    "пары": 2,
}
_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "couple": 2,
}
# typed in a hurry without the soft sign: "пятсот", "шестдесят", "через пят дней"
_RU_HURRIED = {k.replace("ь", ""): v for k, v in _RU_UNITS.items() if "ь" in k}
NUMBER_WORDS: dict[str, float] = {**_RU_HURRIED, **_RU_UNITS, **_EN_UNITS}
_NUMWORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMWORD_SEQ_RE = re.compile(
    rf"(?<![0-9a-zа-я])(?:{_NUMWORD_ALT}|hundred)(?:[ -](?:and )?(?:{_NUMWORD_ALT}|hundred))*"
    rf"(?![0-9a-zа-я])"
)
_A_BEFORE_RE = re.compile(
    r"(?<![0-9a-zа-я])(?:a|an|one)(?: couple of| couple| few)?(?= (?:thousand|million|"
    r"billion|grand|day|week|month|year|quarter|fortnight))"
)
_A_HUNDRED_RE = re.compile(r"(?<![0-9a-zа-я])an? (?=hundred(?![0-9a-zа-я]))")
_N_HUNDRED_RE = re.compile(r"(?<![\d.,])(\d{1,2}) hundred(?![0-9a-zа-я])")
_A_COUPLE_RE = re.compile(r"(?<![0-9a-zа-я])(?:a )?(?:couple(?: of)?|coupla)(?![0-9a-zа-я])")
_A_FEW_RE = re.compile(
    r"(?<![0-9a-zа-я])(?:a few|few|several|несколько|нескольких)(?![0-9a-zа-я])"
)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _compounds(seq: str) -> str | None:
    """``"сто пятьдесят"`` -> ``"150"``, ``"два-три"`` -> ``"2-3"``, ``"two hundred fifty"`` ->
    ``"250"``. Adjacent number words are summed only when they form one compound numeral."""
    out: list[str] = []
    current: float | None = None
    last = 0.0
    sep = ""
    for tok in re.split(r"([ -])", seq.replace("hundred and ", "hundred ")):
        if tok in (" ", "-"):
            sep = tok
            continue
        if not tok:
            continue
        if tok == "hundred":
            current = (current or 1) * 100
            last = current
            continue
        if tok == "and":  # "between five and eight": two numbers
            if current is not None:
                out.append(_fmt(current))
            out.append(" and ")
            current, last = None, 0.0
            continue
        val = NUMBER_WORDS.get(tok)
        if val is None:
            return None
        joinable = current is not None and (
            (last % 100 == 0 and last >= 100 and val < 100)
            or (20 <= last < 100 and last % 10 == 0 and val < 10)
        )
        if joinable:
            current = (current or 0) + val
        else:
            if current is not None:
                out.append(_fmt(current))
                out.append(sep)
            current = val
        last = val
    if current is not None:
        out.append(_fmt(current))
    return "".join(out) if out else None


# Dictated numbers as a recognizer writes them: "восемь сот" for "восемьсот", "one point two"
_SPLIT_HUNDREDS_RE = re.compile(
    r"(?<![а-я])(две|три|четыре|пять|шесть|семь|восемь|девять|двух|трех|четырех|пяти|шести|"
    r"семи|восьми|девяти) (сти|ста|сот)(?![а-я])"
)
_EN_POINT_RE = re.compile(
    r"(?<![a-z])(one|two|three|four|five|six|seven|eight|nine) point "
    r"(one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
)


def words_to_digits(normalized: str, few: int = 3) -> str:
    """Replace spelled-out numbers in normalized text by digits:
    ``"сто пятьдесят тысяч"`` -> ``"150 тысяч"``, ``"a couple of weeks"`` -> ``"2 weeks"``,
    ``"несколько месяцев"`` -> ``"3 месяцев"`` (``few`` is the value used for "несколько/few"),
    ``"one point two million"`` -> ``"1.2 million"``, ``"восемь сот"`` -> ``"800"``."""
    t = _SPLIT_HUNDREDS_RE.sub(lambda m: m.group(1) + m.group(2), normalized)
    t = _EN_POINT_RE.sub(lambda m: f"{_EN_UNITS[m.group(1)]}.{_EN_UNITS[m.group(2)]}", t)
    t = _A_COUPLE_RE.sub("2", t)
    t = _A_FEW_RE.sub(str(few), t)
    t = _A_HUNDRED_RE.sub("", t)  # "a hundred" is "hundred"; "one hundred" is read below
    t = _N_HUNDRED_RE.sub(lambda m: str(int(m.group(1)) * 100), t)  # "a couple hundred"
    t = _A_BEFORE_RE.sub("1", t)

    def repl(m: re.Match[str]) -> str:
        val = _compounds(m.group(0))
        return m.group(0) if val is None else val

    return _NUMWORD_SEQ_RE.sub(repl, t)


def to_float(num: str) -> float | None:
    """``"1,5"`` -> 1.5, ``"10 000"`` -> 10000.0, ``"1,500,000"`` -> 1500000.0."""
    s = num.replace(" ", "").replace("'", "")
    if s.count(",") > 1 or s.count(".") > 1:
        s = s.replace(",", "").replace(".", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Typos in money and time words ("милионов", "тысячь", "долларв", "месятц", "завтро").
#
# A token of five letters or more that is not itself a known word is replaced by the one
# vocabulary word within one edit (two for words of eight letters or more; a swap of two
# neighbouring letters is one edit) that starts with the same letter. Only these words are
# corrected, so the regular expressions of the parsers keep their exact alternations; the
# look-up is cached per token, so a typical answer costs a few dictionary hits.

_MONTH_FORMS = (
    "январь января январе январю февраль февраля феврале февралю марта марте марту апрель "
    "апреля апреле апрелю июнь июня июне июль июля июле август августа августе сентябрь "
    "сентября сентябре октябрь октября октябре ноябрь ноября ноябре декабрь декабря декабре "
    "january february march april august september october november december"
)
TYPO_VOCABULARY: frozenset[str] = frozenset(
    (
        "миллион миллиона миллионов миллионы миллиард миллиарда миллиардов тысяча тысячи тысяч "
        "тысячу тысячах рублей рубля рубль рублях доллар доллара долларов долларах баксов бакса "
        "лимона лимонов лямов евриков "
        "двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот полтора полторы "
        "неделя недели неделю недель неделе неделек недельку месяц месяца месяцев месяце "
        "месяцы квартал квартала квартале кварталов завтра сегодня послезавтра срочно "
        "весной летом нового немедленно "
        "течение течении "
        "осенью зимой весны осени зимы "
        "million millions billion thousand thousands dollars dollar euros rubles roubles "
        "weeks month months years quarter quarters tomorrow today urgent urgently within "
        "immediately "
        f"{_MONTH_FORMS}"
    ).split()
    # every form of "next" and "nearest", or one form is "corrected" into another
    # ("ближайшего" into "ближайшее") and the phrase around it no longer reads
    + [
        stem + ending
        for stem in ("следующ", "ближайш")
        for ending in "ий ая ее ие его ей ему им ими их ем ую".split()
    ]
)
# Real words one edit away from a vocabulary word: never "corrected".
_NOT_TYPOS = frozenset(
    "завтрак завтрака завтраку weekend weekends monthly weekly yearly daily lemonade лимонад "
    "лимонада месте местах недели неделя летние летний тысячный миллионный рублевый "
    "сегодняшний годовой monday mondays quartet quartets".split()
)
_TYPO_TOKEN_RE = re.compile(r"[a-zа-я]{4,}")
# Four letters are too few for an edit in general ("weak" is one from "week"): only a
# five-letter vocabulary word with one inner letter dropped ("weks", "mnth", "тысч", "месц")
# is corrected, unless the four letters are a word themselves (every such word among those
# deletions is listed here).
_REAL_FOUR_LETTER_WORDS = frozenset(
    "yeas moth mach eros wees aril бака баса весы вены мара мата маре мате мару мату руль "
    "руля".split()
)


@functools.lru_cache(maxsize=8192)
def _correct(token: str) -> str | None:
    if token in TYPO_VOCABULARY or token in _NOT_TYPOS:
        return None
    if len(token) == 4:
        return _FOUR_LETTER_TYPOS.get(token)
    cutoff = 1 if len(token) <= 7 else 2
    candidates = [w for w in _VOCAB_BY_LETTER.get(token[0], ()) if abs(len(w) - len(token)) <= 2]
    found = process.extractOne(token, candidates, scorer=OSA.distance, score_cutoff=cutoff)
    return found[0] if found else None


# Spoken spellings two edits from the word, too far for the look-up: "полтора мильона",
# "три мильярда", "мелион".
_SPOKEN_MILLION_RE = re.compile(
    r"(?:(?<![а-я])|(?<=пол))(?:миль[оеё]н|муль[оеё]н|мелл?ион|милеон)"
)
_SPOKEN_BILLION_RE = re.compile(r"(?:(?<![а-я])|(?<=пол))(?:мильярд|мульярд|милиярд|мелл?иард)")


def fix_typos(normalized: str) -> str:
    """Correct misspelt money and time words in normalized text (see ``TYPO_VOCABULARY``)."""
    if not normalized:
        return normalized
    normalized = _SPOKEN_MILLION_RE.sub("миллион", normalized)
    normalized = _SPOKEN_BILLION_RE.sub("миллиард", normalized)

    def repl(m: re.Match[str]) -> str:
        return _correct(m.group(0)) or m.group(0)

    try:
        return _TYPO_TOKEN_RE.sub(repl, normalized)
    except Exception:  # pragma: no cover - a typo pass must never break a parser
        return normalized


_VOCAB_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _w in sorted(TYPO_VOCABULARY):
    _VOCAB_BY_LETTER[_w[0]] = (*_VOCAB_BY_LETTER.get(_w[0], ()), _w)
_FOUR_LETTER_TYPOS: dict[str, str] = {}
for _w in sorted(w for w in TYPO_VOCABULARY if len(w) == 5):
    # the first letter is kept, as in the look-up, and so is the last ("весн" is cut short)
    for _i in range(1, 4):
        _FOUR_LETTER_TYPOS.setdefault(_w[:_i] + _w[_i + 1 :], _w)
for _w in _REAL_FOUR_LETTER_WORDS:
    _FOUR_LETTER_TYPOS.pop(_w, None)


# ---------------------------------------------------------------------------------------------
# Non-committal answers: the prospect answers, but without a value ("обсудим после КП",
# "зависит от предложения", "давайте позже", "шеф решит", "let's discuss after the proposal").
# The budget, timeline and authority parsers record them as their ``unknown`` value in one
# turn instead of asking again; a re-ask is only for text that is no answer at all.

_BOSS = (
    # (with a title's adjective: "за коммерческим директором", "у генерального")
    r"(?:(?:коммерческ|финансов|исполнительн|техническ|генеральн|операционн)[а-я]* )?"
    r"(?:шеф|директор|генеральн|ген\.? ?дир|руководств|руководител|начальств|начальник|босс|"
    r"собственник|"
    r"владел|учредител|бухгалтер|главбух|финансист|финдиректор|правлени|совет директоров|партнер|"
    r"инвестор|заказчик|клиент|комисси|управляющ[а-я]* компани|ceo|cfo|coo)[а-я]*"
)
_BOSS_EN = (
    r"(?:my |the |our )?(?:boss|manager|ceo|cfo|coo|cto|management|director|owner|founder|"
    r"board|finance(?: team| department)?|partners?|investors?|client|procurement|committee|"
    r"accountant|bookkeeper)"
)
# Shared with the authority parser: the people and bodies a writer defers to.
BOSS_RU = _BOSS
BOSS_EN = _BOSS_EN

# When the answer itself will come ("отвечу после обеда", "ask me tomorrow"): no date of a start.
_ANSWER_LATER = (
    r"(?:отвечу|отпишу|напишу|скажу|сообщу)(?: вам)? (?:позже|потом|попозже|завтра|вечером|"
    r"после (?:обеда|совещания|планерки|встречи|работы)|через (?:час|пару часов|полчаса))|"
    r"(?:ask|text|ping|message) me (?:again )?(?:tomorrow|later|next week|after lunch)|"
    r"(?:i'?ll|i will|let me) (?:answer|reply|respond|tell you)(?: that| this)? (?:later|tomorrow|"
    r"after (?:lunch|the meeting|work))"
)
ANSWER_LATER_RE = re.compile(rf"(?<![0-9a-zа-я])(?:{_ANSWER_LATER})(?![0-9a-zа-я])")

NONCOMMITTAL_RE = re.compile(
    r"(?<![0-9a-zа-я])(?:"
    # not knowing in an idiom: "beats me", "your guess is as good as mine", "бог его знает"
    r"beats me|search me|your guess is as good as mine|god (?:only )?knows|"
    r"(?:бог|кто|хрен|черт)(?: ж| же)? (?:его|их) знает|"
    # an answer promised later: "let me get back to you on that", "вернусь к вам с ответом"
    r"(?:let me|i'?ll|we'?ll|i will|we will) (?:have to )?get back to you|"
    r"верн[уё](?:сь|мся) (?:к вам )?с (?:ответом|этим)|отпишусь (?:позже|потом)|"
    # "need to talk to my accountant first"
    r"(?:need|have|got) to (?:talk|speak|check) (?:to|with) (?:my|our|"
    r"the) [a-z]+(?: [a-z]+)? first|"
    # "уточню", "n/a", "tbd" said alone
    r"^(?:я |мы )?(?:уточню|уточним|узнаю|узнаем|выясню|выясним)[.!]?$|^(?:n/?a|н/?д|tbd|"
    r"tba)[.!]?$|"
    # "сейчас выясню и напишу", "узнаю и отпишусь", "let me find out and tell you"
    r"(?:выясню|выясним|уточню|уточним|узнаю|узнаем|спрошу|спросим|посмотрю|проверю|чекну|гляну)"
    r"(?: [а-я]+){0,2} и "
    r"(?:напишу|напишем|отпишусь|отпишемся|вернусь|вернемся|вернёмся|сообщу|сообщим|скажу|"
    r"скажем|отвечу|ответим)|(?:let me|i'?ll|we'?ll) find out and (?:tell|let|get back|write)|"
    # "ЛБО доведут в январе, тогда скажу", "let me check and revert"
    r"тогда (?:и )?(?:скажу|сообщу|назову|отвечу|скажем|сообщим|назовем|назовём)|"
    r"let me check(?: and (?:revert|get back|confirm|let you know))?|"
    r"(?:i'?ll|we'?ll|i will|we will|shall|will) revert(?: back)?(?: to you)?"
    r"(?= *(?:$|[.,!;]| on| shortly| soon| asap| with))|"
    # ... at a later hour: "отвечу после обеда, сейчас на совещании", "ask me tomorrow"
    rf"{_ANSWER_LATER}|"
    # sent to someone else who will know: "это к жене, она у нас деньги считает", "это не ко
    # мне, хозяин скажет"
    r"^(?:это|вопрос|по деньгам|по срокам|по бюджету)[,:]? (?:не ко мне[,.]? ?)?(?:а )?к "
    r"(?!сожалени|счастью|примеру|слову|тому|делу|вам|нам|мне)[а-я]+|не ко мне|"
    r"(?:хозяин|хозяйка|директор|шеф|начальник|начальство|руководство|жена|муж|владелец) "
    r"(?:скажет|подскажет|знает|назовет|назовёт)(?![а-я])|"
    # "skip" typed at a step that cannot be skipped: no answer, recorded as unknown
    r"^(?:whatever,? |ну |давайте )?(?:skip|пропустить|пропусти|пропустим|пропустите)"
    r"(?: (?:it|this|that|this one|that one|этот вопрос|вопрос))?(?: for now| пока)?"
    # with a reason that is no answer: "давайте пропустим, лень объяснять"
    r"(?:[,.;—–-]+ ?(?:лень|неохота|не хочу|долго|сложно|потом|too long|can'?t be bothered)"
    r"[^.!?]{0,30})?$|"
    # discuss it later / on a call / after the proposal
    r"обсуд[а-я]*|обсужд[а-я]*|обговор[а-я]*|поговорим|созвонимся|на созвоне|при встрече|"
    r"при созвоне|(?:tell|say|share|discuss|explain)(?: it| that| you| this)* (?:on|during|in|at) "
    r"(?:the|a|our) (?:call|meeting)|"
    r"при звонке|на встрече|по телефону обсуд[а-я]*|"
    # not the writer's to know: "above my pay grade", "no visibility of the timeline"
    r"(?:know|see|hear) your (?:prices?|rates|costs?|pricing) (?:first|before)|"
    r"above my pay ?grade|(?:have |has )?no visibility (?:of|into|on|over)|"
    # "let's leave that for the call", "оставим это до созвона", "там разберёмся"
    r"там разбер[её]мся|разбер[её]мся (?:на месте|по ходу|потом|при звонке)|"
    r"we'?ll (?:sort|figure) it out (?:then|on the call|later)|"
    r"leave (?:that|this|it) (?:for|till|until|to) (?:the |a |our )?(?:call|meeting|chat)|"
    r"оставим (?:это )?(?:на|до) (?:созвон|звон|встреч)[а-я]*|"
    r"после (?:кп|тз|техзадани[а-я]*|коммерческого|предложени[а-я]*|ваше[а-я]* предложени[а-я]*|"
    r"оценки|сметы|"
    r"расчета|просчета|звонка|созвона|встречи|брифа|обсуждени[а-я]*|консультаци[а-я]*|"
    r"презентаци[а-я]*|демо|того как|"
    # after a procedure or an event with no date: "после тендера", "после согласования"
    r"тендер[а-я]*|конкурс[а-я]*|аукцион[а-я]*|торгов|закупк[а-я]*|согласовани[а-я]*|"
    r"утверждени[а-я]*|одобрени[а-я]*|заседани[а-я]*|собрани[а-я]*|совета директоров|"
    r"правлени[а-я]*|аудит[а-я]*|проверк[а-я]*|ревизи[а-я]*|инвентаризаци[а-я]*|переезд[а-я]*|"
    r"ремонт[а-я]*)|по итогам|по результатам|"
    r"after (?:the |our |an? )?(?:tender|bid|auction|procurement|approval|board(?: meeting)?|"
    r"audit|inspection|move|renovation|refurb[a-z]*|funding round|annual meeting)(?![a-z])|"
    r"(?:когда|как) (?:увижу|увидим|получу|получим|посмотрю|посмотрим|изучу|изучим) "
    r"(?:ваш[а-я]* |ваше )?(?:смет[а-я]*|кп|предложени[а-я]*|цен[а-я]*|расчет|оценк[а-я]*|"
    r"варианты|стоимость)|"
    r"зависит|смотря|в зависимости|"
    r"(?:давайте |давай |лучше |можно )?(?:позже|попозже|потом)|не сейчас|"
    # someone else will say
    rf"{_BOSS} (?:реш[а-я]*|скаж[а-я]*|определ[а-я]*|утверд[а-я]*|назов[а-я]*|соглас[а-я]*|"
    r"озвуч[а-я]*|подскаж[а-я]*|выдел[а-я]*)|"
    rf"(?:реш[а-я]*|скаж[а-я]*|определ[а-я]*|утверд[а-я]*|назов[а-я]*|озвуч[а-я]*) {_BOSS}|"
    rf"(?:это |вопрос |все )?(?:к|ко|у) {_BOSS}|не мне решать|не я решаю|"
    rf"на усмотрение {_BOSS}|at the discretion of {_BOSS_EN}|"
    # the writer will ask someone and come back: "уточню у жены", "I'll check with my partner"
    r"(?:спрошу|спросим|уточню|уточним|узнаю|узнаем|посоветуюсь|посоветуемся) (?:у|с) [а-я]+|"
    r"(?:(?:i'?ll|i will|let me|i need to|i have to|i'?d have to|i would have to|we'?ll|"
    r"we need to|"
    r"we'?d have to)|^(?:gotta|got to|need to|have to|must|should)) (?:ask|check with|consult) "
    r"(?:my |our |the )?[a-z]+|"
    # will not say, or the question set aside: "это к делу не относится", "none of your business"
    r"(?:это )?к делу (?:это )?не относится|не относится к делу|не ваше дело|(?:that'?s |it'?s )?"
    r"(?:not relevant|irrelevant|none of your business)|"
    r"не готов[а-я]* (?:сейчас |пока )?(?:сказать|назвать|озвучить|ответить|обсуждать|"
    r"раскрыть|раскрывать|говорить|называть)|не скажу|не могу (?:сейчас |пока )?(?:сказать|"
    r"назвать|озвучить|раскрыть)|не хочу (?:говорить|называть|озвучивать|раскрывать|отвечать)|"
    r"не озвуч[а-я]*|пока не (?:озвуч|скаж|назов)[а-я]*|не раскрыва[а-я]*|секрет[а-я]*|"
    r"давайте без этого|без комментариев|no comment|next question|"
    r"спросите (?:что-?нибудь |что )?полегче|ask (?:me )?something easier|"
    # the figure comes later: "пока бюджет не утверждён, в январе будет ясно"
    r"не утвержд[её]н[а-я]*|не согласован[а-я]*|на утверждении|на согласовании|"
    r"(?:будет|станет) (?:ясно|понятно|известно)|pending approval|not (?:yet )?approved|"
    r"awaiting approval|"
    r"конфиденциальн[а-я]*|коммерческая тайна|"
    # your move
    r"предложите|ваше предложение|ваши варианты|ваших вариантов|на ваше усмотрение|"
    r"что (?:вы )?предложите|сколько (?:скажете|надо|нужно|потребуется)|"
    r"назовите (?:свою |вашу )?цену|сначала (?:цену|кп|предложение|смету|оценку|расчет|вы)|"
    r"сначала (?:хочу|хотим|хотелось бы) (?:узнать|увидеть|понять|посмотреть)|"
    # the studio's figure before the writer's: "хочу услышать вашу оценку", "жду вашу смету"
    r"(?:услышать|увидеть|получить|узнать|жду|ждем|ждём) (?:сначала )?(?:вашу |ваше |ваш |ваши )?"
    r"(?:оценк[а-я]*|смет[а-я]*|кп|предложени[а-я]*|расчет[а-я]*|цифр[а-я]*)|"
    r"ваш[а-я]* (?:оценк|смет|расчет|цифр)[а-я]*|"
    # do not know (yet)
    r"не знаю|незнаю|не знаем|хз|нз|без понятия|понятия не имею|неизвестн[а-я]*|не известн[а-я]*|"
    # a question called hard is no answer: "hmm, tricky question", "сложный вопрос"
    r"(?:tricky|tough|difficult|hard) question|(?:сложный|трудный|непростой) вопрос|"
    r"не в курсе|неопредел[а-я]*|не определ[а-я]*|не решил[а-я]*|пока (?:не )?(?:ясно|неясно|"
    r"понятно|непонятно)|неясно|непонятно|рано (?:говорить|судить|сказать)|сложно сказать|"
    r"трудно сказать|затрудняюсь|посмотрим|видно будет|как пойдет|по ситуации|"
    r"договоримся|договорн[а-я]*|"
    # a shrug is "I don't know" without words
    r"🤷|"
    # English
    r"let'?s (?:discuss|talk|chat|see)|discuss (?:it |this |that )?(?:later|on a call|"
    r"over a call|by phone|after|when|once)|(?:talk|speak) (?:about (?:it|this) )?later|"
    r"on a call|over a call|"
    r"after (?:the |your |a |you send (?:the |a |your )?|we see (?:the |your )?|we get "
    r"(?:the |your |a )?|seeing (?:the |your )?|getting (?:the |your |a )?)(?:proposal|quote|"
    r"quotation|estimate|offer|call|meeting|demo|numbers|pricing)|"
    r"once (?:i|we) (?:see|get|have|review) (?:the |your |a )?(?:proposal|quote|estimate|"
    r"offer|numbers|price|pricing)|"
    r"depends|it depends|depending on|we'?ll see|(?:hard|difficult|tough) to (?:say|tell)|"
    r"too early to (?:say|tell)|"
    r"can'?t (?:say|tell)|won'?t (?:say|tell)|(?:would )?rather not (?:say|disclose|share)|"
    r"prefer not to (?:say|disclose|share)|not ready to (?:say|share|disclose|commit)|"
    r"confidential|not sure|unsure|no idea|don'?t know|do not know|dunno|idk|"
    r"tbd|tba|tbc|to be (?:determined|discussed|confirmed|decided|agreed)|undecided|"
    r"open to (?:suggestions|proposals|offers)|what do you (?:suggest|recommend|charge)|"
    r"you tell me|make me an offer|later|not now|"
    # "I'd rather hear your estimate first", "want to see your quote", "you first"
    r"(?:see|hear|get|have|know|wait for) (?:your |an? |the )?(?:estimate|quote|quotation|"
    r"proposal|offer|price|pricing|numbers|figures?|ballpark)|"
    r"(?:your )?(?:estimate|quote|proposal|offer|price|numbers) first|you first|"
    r"what(?:'s| is| would be) your (?:estimate|price|quote|rate|ballpark)|"
    rf"{_BOSS_EN} (?:will )?(?:decides?|sets?|approves?|determines?|will tell|has the final say)|"
    rf"up to {_BOSS_EN}|not my call|not up to me"
    r")(?![0-9a-zа-я])"
)


# A self-correction: what follows it is what the writer settles on ("бот, хотя нет, лендинг",
# "миллион, хотя нет, давайте полтора", "в марте, ой нет, в январе", "$8k... actually make it
# 10"). Each parser keeps the part after it when both parts hold a reading.
SELF_CORRECTION_RE = re.compile(
    r"(?<![0-9a-zа-я])(?:хотя нет|а,? нет|или нет|ой,? нет|но нет(?= ?[,.;:—–-])|"
    # a change of mind: "нет, стоп", "$50k? no, that's crazy", "hmm, no", "— скорее полтора",
    # "пусть будет январь", "давайте так:", "I'd say spring"
    r"хотя,? (?:может,? |наверное,? )?лучше|нет,? стоп|стоп(?=[,.!])|(?<=\? )(?:no|nah|"
    r"нет)(?=[,.])|(?:hmm|um|ah|oh),? no(?=[,.;:—–-])|"
    # a bare "no" between commas, as a voice message corrects itself: "в декабре, нет, в январе"
    r"(?<=[0-9a-zа-я], )(?:нет|no)(?=, )|"
    r"(?<=[,;.—–-] )скорее(?! всего)|(?:ну )?пусть будет|давайте так|"
    r"конкретнее|to be (?:more )?(?:specific|precise)|more precisely|"
    r"(?:but|но) (?:i'?d|i would|я бы) (?:say|сказал[аи]?)|"
    # "started at $5k in my head, but after seeing your prices let's say 8"
    r"(?:but|но) (?:[a-zа-я']+ ){0,6}(?:let'?s say|давайте скажем|скажем)(?= \d)|"
    r"(?<=[.!?,;] )давайте(?= (?:в|на|с|к|через|после|ближе|лучше) )|"
    r"нет,? (?:лучше|сначала|наверное|давайте|"
    # ("точнее скажу после сметы" promises a figure, corrects none)
    r"всё-?таки|все-?таки)|точнее(?! (?:скажу|скажем|назову|сказать|не скажу|определимся|"
    r"позже|потом|сообщ[а-я]*|уточн[а-я]*|напиш[а-я]*|расскаж[а-я]*))|вернее|а впрочем|"
    r"передумал[аи]?|поправлюсь|"
    r"(?:well|no|nah|hmm|oh)[,.]? actually|(?<=[,;.—–-] )actually|or rather|scratch that|"
    r"(?<=[,;.—–-] )more like|"
    # a plan changed since: "сначала хотели в декабре, но теперь, видимо, январь"
    r"(?:но|а) теперь|"
    # a joke taken back: "жена решает 😄 а если серьёзно — я", "the cat, but seriously: me"
    r"(?:а |но |ну )?если серь[её]зно|(?:but )?seriously(?: though)?(?=[,:—–-])|joking aside|"
    r"шутки в сторону|"
    r"no wait|wait,? no|on second thought|make (?:that|it)|i mean|"
    # a slip owned: "$5000 — ой, то есть в рублях", "$10k, sorry, I meant euros", "не, не так:"
    r"(?:ой|упс|sorry|oops),? (?:то есть|в смысле|i meant|i mean|i should say)|"
    r"(?:sorry|oops),? (?:i )?(?:meant|should (?:have said|say))|(?:не|нет),? не так|"
    # a word taken back: "нужен бот. Ой, не бот — нам нужен человек для инстаграма"
    r"(?:ой|упс|oops|sorry),? (?:не|not) (?:an? )?[a-zа-я]+(?= ?[—–-])|"
    # a bare "no" after a dash or dots: "через 3 месяца — нет, пожалуй, через полгода"
    r"(?<=[—–-] )(?:нет|no)(?=,)|(?<=\.\.\. )(?:нет|no)(?=,)|"
    # an old plan and the new one: "сначала хотели 1 млн, сейчас — 1,3"
    r"(?<=, )(?:а |но )?(?:сейчас|теперь|now)(?= ?[—–:-])|"
    # "I decide — well, the board does, technically"
    r"(?<=[—–-] )well(?=,))(?![0-9a-zа-я])|"
    r"(?<!\S)\*(?!\S)"  # a chat correction's star, see ``normalize``
)


# An earlier plan, then the one now: "думали про 400к, но после разговора с бухгалтером — не больше
# 350", "initially March, but the budget moved it to May". What follows ``but`` is settled.
PLAN_CHANGED_RE = re.compile(
    r"(?<![a-zа-я])(?:думали|хотели|планировали|рассчитывали|собирались|закладывали|сначала|"
    r"изначально|первоначально|we thought|we were thinking|we planned|initially|originally|"
    r"at first)(?! бы)(?![a-zа-я])[^.!?;]{0,60}?, (?P<but>но|but)(?![a-zа-я])"
)


# What held before, then what holds now: "Раньше решал я вместе с маркетингом, теперь только я",
# "Прошлый подрядчик взял 2 млн. Сейчас хотим не больше полутора", "last time our CTO decided;
# this time it's me", "сначала хотели 3 млн, потом урезали до двух". The answer is what holds
# now; `but` is an empty group where it starts. ("раньше" and "прежде" count only as "in the
# past", not as "earlier than": "раньше весны не получится".)
_PAST_BEFORE = (
    r"(?:раньше|прежде)(?=,? (?:мы|я|у нас|нам|мне|это|там|(?!начал)[а-я]+(?:ли|ла|л|лось|лся)"
    r"(?![а-я])))|в прошлый раз|в прошлом году|прошл(?:ый|ого|ом|ая|ой|ые|ых) (?:раз|год|"
    r"подрядчик|проект|исполнител|студи|агентств)[а-я]*|прошлогодн[а-я]*|когда-то|"
    r"(?:год|месяц|полгода|пару лет|\d+ (?:года?|лет|месяц[а-я]*)) назад|"
    # "first" only with what was done or planned then ("сначала я, потом директор" is an order)
    r"(?:сначала|изначально|первоначально)(?=,? (?:мы |я |нам )?[а-я]+(?:ли|ла|л|лось)(?![а-я]))|"
    r"last time|last year|previously|in the past|a year ago|"
    r"(?:\d+|two|three|a few|a couple of) (?:years|months) ago|"
    r"(?:at first|initially|originally)(?=,? (?:we|i|it|they) )|(?:we|i) used to"
)
_NOW_AFTER = (
    r"сейчас|теперь|в этот раз|на этот раз|в этом году|потом|затем|нынче|now|this time|"
    r"this year|these days|nowadays|today"
)
THEN_NOW_RE = re.compile(
    rf"(?<![a-zа-я])(?:{_PAST_BEFORE})(?![a-zа-я])[^?!]{{0,150}}?(?:[.;,:—–-] ?| )"
    rf"(?:(?:а|но|and|but) )?(?P<but>)(?=(?:{_NOW_AFTER})(?![a-zа-я]))"
)


def now_start(t: str) -> int:
    """Where what holds now starts in the normalized ``t`` after what held before
    (``THEN_NOW_RE``); 0 when nothing held before."""
    m = THEN_NOW_RE.search(t)
    return m.start("but") if m else 0


# A conclusion after thinking aloud: "..., так что в марте", "..., so March", "в общем, в апреле".
CONCLUSION_RE = re.compile(
    r"(?<=[,;.—–-] )(?:так что|значит|в общем|в итоге|итого|so|in the end|all in all|in short|"
    # "хоть завтра, но реально — после праздников", "but realistically March"
    r"(?:но |а )?реально|(?:but )?realistically)"
    r"(?=[ ,])|"
    # the decision after going back and forth: "сейчас окончательно решили — начинаем через
    # неделю", "we've finally decided: March"
    r"(?<![a-zа-я])(?:окончательно (?:решили|определились)|(?:we(?:'ve| have) )?finally "
    r"decided)(?=[ ,:—-])|"
    # a plan given up without a comma: "we were aiming for January but realistically it's April"
    r"(?<![a-zа-я])(?:but|но|а) (?:realistically|реально|по факту)(?=[ ,])"
)


# "Бесплатно? Шучу, ...", "free? jk, ...": what comes before a joke taken back is no answer; "не
# шучу" / "not kidding" insists instead.
_JOKE_RE = re.compile(
    r"(?<![0-9a-zа-я])(?<!не )(?<!not )(?<!no )(?:шучу|шутка|шутки в сторону|а если серьезно|"
    r"если серьезно|just kidding|kidding|jk|j/k|joking|jokes? aside|joking aside|seriously though)"
    r"(?![0-9a-zа-я])"
)


def drop_joke(normalized: str) -> str:
    """The part of ``normalized`` after the last joke taken back ("шучу", "jk"), or all of it.
    A joke with nothing after it leaves the text as it is: only what follows replaces it."""
    last = next(reversed(list(_JOKE_RE.finditer(normalized))), None)
    if last is None:
        return normalized
    rest = normalized[last.end() :].strip(" ,.;:!-)(")
    return rest or normalized


# Not knowing as the first sentence, the rest only why ("Сложно сказать. Всё зависит от того,
# как закроем квартал", "It's complicated. There's a shareholder dispute going on"): the
# timeline and authority parsers read it as the answer unless an estimate or a claim follows.
NOT_KNOWING_FIRST_RE = re.compile(
    r"^(?:(?:i'?m|i am|я) )?(?:не знаю|не уверен[а]?|пока не знаю|сложно сказать|трудно сказать|"
    r"затрудняюсь"
    r"(?: ответить)?|вс[её] сложно|непонятно|хз|хороший вопрос|it'?s complicated|hard to say|"
    r"not sure(?: yet)?|no idea|dunno|(?:i )?don'?t know|unclear|good question)[.!…;]+ "
)


def is_noncommittal(normalized: str) -> bool:
    """True when normalized text is an evasive or deferring answer (see ``NONCOMMITTAL_RE``)."""
    return bool(NONCOMMITTAL_RE.search(normalized))


# ---------------------------------------------------------------------------------------------
# Russian typed in Latin letters ("srochno", "cherez mesyac", "ne znaju", "v yanvare"): read
# back in Cyrillic when the text has no Cyrillic and one of its words is a known Russian word
# once transliterated back, so that English stays English.

_LAT_DIGRAPHS = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("kh", "х"),
    ("ts", "ц"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("yo", "е"),
    ("jo", "е"),
)
_LAT_LETTERS = dict(zip("abvgdezijklmnoprstufhcxwq'", "абвгдезийклмнопрстуфхцксвкь", strict=False))
_LAT_LETTERS.update({"x": "кс", "w": "в", "q": "к", "'": "ь"})
_LAT_VOWELS = frozenset("aeiouy")
_LAT_WORD_RE = re.compile(r"[a-z']+")
#: Russian words that make a Latin-letter text Russian (none of them spells an English word).
_TRANSLIT_CUES = TYPO_VOCABULARY | frozenset(
    "через сейчас прямо знаю знаем пока когда надо нужно нужен после срочно завтра сегодня "
    "вчера летом осенью весной зимой бюджет тысяч около примерно решаю решает решаем сам "
    "директор начнем начать недели неделю месяц месяца месяцев январе феврале марте апреле "
    "мае июне июле августе сентябре октябре ноябре декабре деньги денег хотим сделать сделат "
    "бот бота ботик ботика сайт сайта сайтик магазин нужна нужны "
    # common without the soft sign a Latin keyboard drops ("nachat", "hotelos")
    "нового новый новом года году начат хотелос хотелось уже сразу хочу надо нам "
    # who the writer is: "rabotu ishchu", "sotrudnichestvo?", "reklama"
    "работу работа работы ищу ищем вакансия вакансии сотрудничество сотрудничества "
    "партнерство реклама рекламу продвижение резюме стажировку практику скоро нескоро "
    "набираете набираем людей сотрудников дизайнер программист разработчик верстальщик "
    # money and time said in Latin letters: "vydelili 2,5 mln na proekt", "mezhdu 400 i 600"
    "выделили выделим больше болше меньше менше между максимум минимум проект средний "
    "понедельника понеделника конца".split()
)
# Words a Latin keyboard spells without their soft sign, and the word meant.
_SOFT_SIGN = {"болше": "больше", "менше": "меньше", "понеделника": "понедельника",
              "понеделник": "понедельник"}  # fmt: skip


def latin_words_to_cyrillic(t: str) -> str:
    """Every Latin word of ``t`` spelt in Cyrillic, for a text already known to be Russian in
    Latin letters ("byudzhet poka ne utverzhden")."""
    return _LAT_WORD_RE.sub(_cyrillic_word, t)


def _cyrillic_word(m: re.Match[str]) -> str:
    word = _to_cyrillic(m.group(0))
    return _SOFT_SIGN.get(word, word)


def _to_cyrillic(word: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        for latin, cyr in _LAT_DIGRAPHS:
            if word.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            ch = word[i]
            if ch == "y":  # "ty" -> "ты", "moy" -> "мой"
                after_consonant = i > 0 and word[i - 1] not in _LAT_VOWELS
                out.append("ы" if after_consonant else "й")
            else:
                out.append(_LAT_LETTERS.get(ch, ch))
            i += 1
    return "".join(out)


def _is_cue(word: str) -> bool:
    return word in _TRANSLIT_CUES or (len(word) >= 5 and _correct(word) is not None)


# English words that no Russian word spells in Latin letters (not "i", "a", "to", "no", "my",
# "do", "by", "on": those are "и", "а", "то", "но", "мы", "до", "бы", "он"). Two of them make a
# text English even when one of its words is a cue shared by both languages ("million", "bot").
_ENGLISH_ONLY = frozenset(
    "the have has of you your is are for with this that and we our it would will need want "
    "please hello dear can about from what how an in "
    # common enough that two of them mark any English sentence ("I can approve small things
    # only, under 1000 dollar" was read as Russian in Latin letters)
    "only under over small things just but not all any some they them their there which who "
    "why where been were does did should could might also much many first last next "
    # ("I sign off on anything above 500 dollars" was read as Russian in Latin letters)
    "anything everything nothing something above below each every per dollars euros pounds "
    "sign approve decide decides".split()
)
# English by its spelling: "th", "wh", "-tion" spell no Russian word in Latin letters ("-ing"
# does: "marketing", "hosting").
_ENGLISH_SHAPE_RE = re.compile(r"th|wh|tion$|ough")


@functools.lru_cache(maxsize=2048)
def detransliterate(normalized: str) -> str:
    """Normalized text typed in Latin letters but Russian ("cherez mesyac") -> Cyrillic
    ("через месяц"); any other text, English with a shared word ("a 4 million budget for the
    bot") too, unchanged. Cached: every parser of an answer asks for it."""
    if not normalized or _CYR_ANY_RE.search(normalized):
        return normalized
    latin_words = _LAT_WORD_RE.findall(normalized)
    # English first: two English-only words settle it without spelling every word in Cyrillic
    english = len(_ENGLISH_ONLY.intersection(latin_words))
    if english + sum(1 for w in latin_words if _ENGLISH_SHAPE_RE.search(w)) >= 2:
        return normalized
    if not any(len(w) >= 4 and _is_cue(_to_cyrillic(w)) for w in latin_words):
        return normalized
    return _LAT_WORD_RE.sub(_cyrillic_word, normalized)


_CYR_ANY_RE = re.compile(r"[а-я]")
