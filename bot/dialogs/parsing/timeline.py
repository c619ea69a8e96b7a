"""Timeline answers: "срочно", "через 2 недели", "в следующем квартале", "к сентябрю", "Q3",
"просто смотрю", "не знаю".

``days`` is the horizon in days from ``today`` (never negative). Rules, documented for scoring:

* urgency ("срочно", "asap", "вчера", "горит", "as soon as humanly possible", "the earlier the
  better", "максимально быстро") -> ``URGENT_DAYS`` (3); "сегодня"/"now" -> 0; "whenever you
  can", "когда сможете" at the end of a clause -> ``SOON_DAYS``;
  "завтра" -> 1; "в ближайшее время"/"soon" -> ``SOON_DAYS`` (14); "на днях" -> 7;
* durations: a day is 1, a week 7, a month 30, a quarter 90, a year 365 days; a range takes its
  upper end ("2-3 месяца" -> 90); "полгода" -> 180; "пару"/"couple" -> 2; "несколько"/"few" -> 3;
  counts up to 400 days, 60 weeks or months, 10 years ("через 100 дней" -> 100); a span denied
  ("not in the next few months", "не в ближайший месяц", "в ближайшие 2 месяца не планируем")
  -> a day past its end (91, 31, 61; "в течение месяца, не позже" is no denial);
* a season denied ("точно не этой зимой", "not this summer") -> the day after it ends; "not
  anytime this year" is "not this year"; "from the new year" is "с нового года";
* neither this month (quarter, week) nor the next ("ни в этом месяце, ни в следующем", "not
  this quarter or next") -> the start of the one after next, like "the month after next";
* a named period that is already running ("в этом месяце", "this week", "летом" in July,
  "Q1" in February, "в этом году") -> days to its END;
* a future named period ("в следующем месяце", "next quarter", "весной", "в январе",
  "к сентябрю", "Q3") -> days to its START; "в конце ..."/"end of ..." -> its end,
  "в середине ..."/"mid ..." -> its middle (15th of the month / of the season's middle month);
  "после января", "after the end of June", "после лета" -> the day after it ends; "до X
  (точно) не", "раньше X не", "not before X" -> from X on (its first day, or its end for "до
  конца X не"); "mid-March" is "mid March";
* vague far horizons never count as "within 90 days":
  - a year named without a month ("в следующем году", "next year", "sometime next year",
    "не в этом году", "в этом году не успеем", "в 2027", "in 2027") -> the MIDDLE of that
    year (July 1, ``MID_YEAR``);
  - neither this year nor the next ("not this year or next", "ни в этом году, ни в
    следующем", "в этом году нет, в следующем тоже вряд ли"), "the year after next" -> the
    middle of the year after next;
  - "в начале следующего года", "early next year", "в начале 2027" -> February 15
    (``EARLY_YEAR``, the middle of its first quarter); "в конце следующего года" -> December 31;
  - a deadline "к 2027 году" / "by 2027" -> January 1 of that year;
  - the current year ("в этом году", "в 2025" in 2025) -> December 31;
  - "когда-нибудь", "some day", "eventually", "down the road", "at some point", "в перспективе"
    -> ``no_plans``; so is a bare "later", "позже", "потом" (but "обсудим позже", "I'll tell
    you later" are non-committal -> ``unknown``);
* "после нового года", "с нового года" -> January 10 (the end of the Russian New-Year
  holidays); "by
  Christmas" -> December 25, "after Christmas" -> December 26; Thanksgiving is the fourth
  Thursday of November, "after Thanksgiving" / "by Black Friday" its next day, "after Black
  Friday" the Cyber Monday;
* back from the winter break ("как выйдем с каникул", "once everyone's back from the Christmas
  break") is "после нового года"; "around New Year's", "в районе Нового года" -> December 31;
  "после православного Рождества" -> January 8; "within the month" is "within a month";
  "not for another year" is "in a year"; "immediately after we sign" is now (3 days, as
  "сразу");
* a day of the month after a time named just before it refines that time ("после праздников,
  точнее, числа 12-го" -> January 12, "в апреле, числа 10-го" -> April 10); alone it is the
  next time the month reaches that day;
* "в этом году уже не успеем, давайте после праздников": the reason before the time named;
  alone it is "не в этом году";
* during the holidays is at them: "на новогодних каникулах" -> January 1, "over the Christmas
  break", "over the holidays" -> December 24 (now while they run);
* holidays named, not dated: "ко Дню защитника Отечества" (February 23), "к женскому дню",
  "Women's Day" (March 8), "St Patrick's Day" (March 17), Valentine's Day (February 14), "ко
  Дню Победы" (May 9), "День России" (June 12), the November holidays (4th), the school year
  and "День знаний" (September 1), Independence Day (July 4), Memorial Day (last Monday of
  May), Labor Day (first Monday of September), Good Friday, Boxing Day, Singles' Day (11.11),
  "к майским", "на майских" (May 1 to 10), "Halloween", "New Year's Eve", "Cyber Monday",
  Carnival (Saturday to Shrove Tuesday, from Easter), the Orthodox "Рождество" (January 7)
  and the Western "Christmas"; "by", "к", "до" -> its first day, "after" -> the day after
  its last, "during", "на" -> its first day;
  a name that is an ordinary word too ("Christmas trees", "майские скидки", "карнавальные
  костюмы") counts only after a preposition; "... next year" is next year's;
* holidays of other calendars (Hanukkah, Ramadan and both Eids, Passover, Rosh Hashanah,
  Diwali, Chinese New Year from tables for 2025-2030; Western and Orthodox Easter and
  Масленица computed; Pongal, Nowruz): "before"/"by"/"around" -> its first day, "after" -> the
  day after its last, one that is running -> 0;
* an explicit date ("15.04", "1 сентября", "March 15") -> days to it (next year if already past),
  "после"/"after" one is the next day ("после 23 февраля" -> the 24th: a number is never read
  as a "2-3" range); an ISO week number ("на 50-й неделе", "week 50") -> its Monday;
  a slashed date in an English answer valid both ways ("12/10") -> the nearer reading (day/month
  or the US month/day); "бюджет на 2027 год", "the 2027 budget" are no horizon;
* when several horizons are mentioned, the first one in the text wins; but a self-correction
  settles it ("в марте, ой нет, в январе" -> January), and a horizon ruled out right after it
  is named ("в декабре не сможем, только с середины января") gives way to the others;
* one unit without a number, also with "the next"/"ближайший" ("в течение ближайшего
  квартала", "within the coming month", "in a quarter") -> that span;
* "просто смотрю", "пока не планируем", "no plans", "не скоро" -> ``no_plans``; so is only
  exploring ("пока изучаем варианты", "присматриваемся", "weighing our options for now",
  "shopping around") unless urgency is named too ("exploring, but it's urgent"); "for now" is
  not "now";
* "не знаем даже когда", "no idea when" -> ``unknown`` whatever period the text also names;
* words meaning "I don't know" ("не знаю", "неизвестно", "без понятия", "no clue", "tbd",
  "can't tell you yet", "couldn't say", "пока не подскажу"),
  conditions we cannot date ("когда согласуют бюджет", "once the funding round closes"),
  "не срочно", "no rush", "not in a hurry", "no deadline", and every non-committal answer
  ("обсудим после КП", "зависит от предложения", "шеф решит": ``_text.NONCOMMITTAL_RE``)
  -> ``unknown``;
* a precondition of the writer's own, undated ("сначала надо продать склад, потом уже сайт",
  "first we have to hire, then the site", "когда переедем") -> ``unknown``; "as soon as you can
  start" -> ``SOON_DAYS``;
* a date inside a condition ("depends on the board meeting in December") is not the start:
  ``unknown`` unless another horizon is named; a question about our speed ("how soon could you
  start?") is taken out before reading, and alone it is ``unknown``;
* idioms: "yesterday"/"вчера" -> urgent; "in the near term"/"short-term" -> ``SOON_DAYS``;
* misspelt time words ("месятц", "недль", "завтро", "в течениии") are corrected first
  (``_text.fix_typos``), and Russian typed in Latin letters is read back in Cyrillic ("cherez
  mesyac");
* month abbreviations ("янв", "дек", "Jan", "Feb"; "may", "mar" only after a preposition),
  weekday names alone ("monday"), two-digit and fiscal years ("в 27м", "FY28", "H2 2027");
* a weekday -> the next one: after a preposition ("в эту пятницу", "в ближайший понедельник",
  "со следующей среды", "starting Wednesday") and an English one anywhere ("can start monday"),
  but not "Black Friday", "last Monday", "every Sunday";
* a go-live date without a start ("к 8 марта магазин должен работать", "go live by March"),
  also a launch by a deadline ("к 8 марта нужен запуск", "до конца зимы хотим запуститься",
  but not "запуск в апреле") -> ``LAUNCH_LEAD_DAYS`` (30) before it: the work starts before
  the launch;
* which horizon: a "start now" in either order beats a later deadline ("до Нового года, так
  что начинать надо прямо сейчас", "live by January, so we'd start right away", "сразу
  приступим"; but "сразу после X" is X), the horizon attached to starting beats a go-live
  ("April go-live, so development would have to begin around January"), a month or a date
  beats a bare year; as soon as possible in any words beats a later date when it goes with a
  start ("kick off as early as possible", "как только сможете, так и начнём") or the date is a
  deadline or a go-live ("срочно, к 1 апреля всё должно работать") -> 0 ("not that urgent, but
  by June" stays June).

The rules are backed by the timeline classifier (``classifier.py``): see ``_combine``; it never
moves a date the rules computed, and a band it reads where the rules found none is recorded as
``BAND_DAYS``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from . import classifier
from ._text import (
    ANSWER_LATER_RE,
    CONCLUSION_RE,
    CYRILLIC_RE,
    NEVER_IDIOMS,
    NOT_KNOWING_FIRST_RE,
    PLAN_CHANGED_RE,
    SELF_CORRECTION_RE,
    THEN_NOW_RE,
    detransliterate,
    drop_joke,
    fix_typos,
    is_noncommittal,
    normalize,
    reading_cache,
    to_float,
    words_to_digits,
)
from .questions import detect_own_questions

URGENT_DAYS = 3
SOON_DAYS = 14
COMING_DAYS_DAYS = 7
DAYS_PER_UNIT = {"day": 1, "week": 7, "month": 30, "quarter": 90, "year": 365}
NEW_YEAR_HOLIDAYS_END = (1, 10)
#: "в следующем году" / "in 2027" (a year without a month) -> the middle of that year.
MID_YEAR = (7, 1)
#: "в начале следующего года" / "early next year" -> the middle of its first quarter.
EARLY_YEAR = (2, 15)
#: A launch date given for the start: the work begins about a month before it.
LAUNCH_LEAD_DAYS = 30
#: A horizon given as a later year without a month is at least this far.
FAR_MIN_DAYS = 91


@dataclass(frozen=True, slots=True)
class Timeline:
    status: Literal["days", "no_plans", "unknown"]
    days: int | None = None


# --------------------------------------------------------------------------------- calendar


def _eom(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _next_month_start(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _quarter_start(y: int, q: int) -> date:
    return date(y, 3 * (q - 1) + 1, 1)


def _quarter_end(y: int, q: int) -> date:
    return _eom(y, 3 * q)


_SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "winter": (12, 1, 2),
}


def _season_bounds(
    season: str, today: date, skip_current: bool = False
) -> tuple[date, date, bool]:
    """(start, end, is_current) of the season's running or next occurrence."""
    months = _SEASON_MONTHS[season]
    for y in range(today.year - 1, today.year + 3):
        start = date(y, months[0], 1)
        end = _eom(y + (season == "winter"), months[2])
        if end < today:
            continue
        current = start <= today <= end
        if current and skip_current:
            continue
        return start, end, current
    raise AssertionError("unreachable")  # pragma: no cover


# ------------------------------------------------------------------------------------ words

# Month names (not the adjectives: "декабрьский сезон" is no date) and their abbreviations.
_RU_CASE = r"(?:ь|я|е|ю|ем)"
_MONTHS_RU = [
    (rf"январ{_RU_CASE}|янв", 1),
    (rf"феврал{_RU_CASE}|февр?", 2),
    (r"март(?:а|е|у|ом)?", 3),
    (rf"апрел{_RU_CASE}|апр", 4),
    (r"ма[йяюе]", 5),
    (rf"июн{_RU_CASE}", 6),
    (rf"июл{_RU_CASE}", 7),
    (r"август(?:а|е|у|ом)?|авг", 8),
    (rf"сентябр{_RU_CASE}|сент?", 9),
    (rf"октябр{_RU_CASE}|окт", 10),
    (rf"ноябр{_RU_CASE}|нояб?", 11),
    (rf"декабр{_RU_CASE}|дек", 12),
]
_MONTHS_EN = [
    (r"january|jan", 1),
    (r"february|feb", 2),
    (r"march|mar", 3),
    (r"april|apr", 4),
    (r"may", 5),
    (r"june|jun", 6),
    (r"july|jul", 7),
    (r"august|aug", 8),
    (r"september|sept|sep", 9),
    (r"october|oct", 10),
    (r"november|nov", 11),
    (r"december|dec", 12),
]
# "в феврале 2027 года": the month a numeric date names, as the words the rules read
_MONTHS_IN = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip
_MONTH_PATTERNS = [(re.compile(rf"^(?:{p})$"), n) for p, n in _MONTHS_RU + _MONTHS_EN]
_MONTH_ALT = "|".join(p for p, _ in _MONTHS_RU + _MONTHS_EN)


# Month words that are also ordinary words: read only after a preposition or before a year.
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "сен", "ноя"})


def _month_no(token: str) -> int | None:
    for pat, n in _MONTH_PATTERNS:
        if pat.match(token):
            return n
    return None


_B = r"(?<![0-9a-zа-я])"
_E = r"(?![0-9a-zа-я])"
_MOD = (
    r"(?P<mod>в самом начале|в начале|в середине|в конце|в первой половине|во второй половине|"
    r"к началу|к середине|к концу|до конца|до начала|ближе к концу|ближе к середине|"
    r"начало|середина|конец|начале|середине|конце|начала|середины|конца|"
    r"at the beginning of|at the start of|at the end of|by the end of|by the start of|"
    r"toward the end of|towards the end of|the beginning of|the start of|the end of|"
    r"the middle of|beginning of|start of|end of|middle of|early|mid|late|first half of|"
    r"second half of)"
)
_PREP = r"(?P<prep>в|во|к|до|на|с|со|по|in|by|until|till|before|from|for|during|around|this|next)"


def _mod_kind(mod: str | None) -> str | None:
    if not mod:
        return None
    if any(k in mod for k in ("конц", "конец", "end", "late", "second half", "второй половине")):
        return "end"
    if any(k in mod for k in ("середин", "middle", "mid")):
        return "mid"
    return "start"


# ----------------------------------------------------------------------------- rewrites


_ABBREVIATED = {"wk": "week", "yr": "year", "mo": "month"}
_WEEKDAY_ABBREVIATIONS = {
    "пн": "понедельник", "вт": "вторник", "ср": "среду", "чт": "четверг", "пт": "пятницу",
    "сб": "субботу", "вс": "воскресенье",
}  # fmt: skip


def _not_this_or_next(unit_en: str, unit_ru: str, this_ru: str, next_ru: str) -> re.Pattern[str]:
    """ "not this year or next", "ни в этом году, ни в следующем", "в этом году точно нет, в
    следующем тоже вряд ли": neither the running period nor the next one."""
    this = rf"(?:в|на) (?:{this_ru}|текущ[а-я]+)"
    nxt = rf"(?:в|на) {next_ru}(?: {unit_ru})?"
    no = r"(?:нет|никак|вряд ли|не [а-я]+|не)(?![а-я])"
    return re.compile(
        rf"{_B}(?:(?:not|neither) (?:in |during )?this {unit_en},? (?:or|nor|(?:and |but )?"
        r"(?:probably |likely |maybe |also |most likely |possibly )?not)(?: even)?(?: in| during)?"
        rf" (?:the )?next(?: {unit_en}| one)?(?: either| too| as well)?|"
        rf"(?:ни|не) {this}(?: {unit_ru})?,? (?:и |а |да и )?(?:ни|не|(?:скорее всего|наверное|"
        rf"вероятно|и|тоже|даже|уже) не|вряд ли) {nxt}(?: тоже)?|"
        rf"{this} {unit_ru} (?:точно |уже |явно )?{no}[,.;]? (?:и |а |да и )?{nxt}"
        rf"(?: (?:тоже|скорее всего|вероятно|наверное|уже|точно))* {no}|"
        rf"{this} и (?:в |на )?{next_ru} {unit_ru} (?:точно |уже |явно )?{no}){_E}"
    )


# "между X и Y": from the first holiday on, in the case "после" takes
_HOLIDAYS_BETWEEN = {
    "католическим рождеством": "католического рождества",
    "рождеством": "рождества",
    "новым годом": "нового года",
    "новогодними праздниками": "новогодних праздников",
    "пасхой": "пасхи",
    "майскими праздниками": "майских праздников",
    "майскими": "майских",
}
# "next" agreeing with the word after an abbreviated "след."
_NEXT_FORMS = {
    "среду": "следующую", "пятницу": "следующую", "субботу": "следующую", "неделю": "следующую",
    "неделе": "следующей", "недели": "следующей", "среда": "следующая", "пятница": "следующая",
    "суббота": "следующая", "воскресенье": "следующее", "воскресенья": "следующего",
    "месяце": "следующем", "году": "следующем", "квартале": "следующем", "месяца": "следующего",
    "года": "следующего", "квартала": "следующего", "понедельника": "следующего",
    "вторника": "следующего", "четверга": "следующего",
}  # fmt: skip
_ORDINAL_STEMS = "перв втор трет четверт пят шест седьм восьм девят".split()
_SCHOOL_HOLIDAYS_OVER = {"весенних": "1 апреля", "летних": "1 сентября", "осенних": "4 ноября"}
_DIGIT_WORDS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Days of the month as ordinal words: "пятнадцатого января", "двадцать пятого декабря"
_DAY_ORDINALS = {
    "первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "пятого": 5, "шестого": 6,
    "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10, "одиннадцатого": 11,
    "двенадцатого": 12, "тринадцатого": 13, "четырнадцатого": 14, "пятнадцатого": 15,
    "шестнадцатого": 16, "семнадцатого": 17, "восемнадцатого": 18, "девятнадцатого": 19,
    "двадцатого": 20, "тридцатого": 30,
}  # fmt: skip
_DAY_ORDINAL_RE = re.compile(
    r"(?<![а-я])(?:(?P<tens>двадцать|тридцать) )?(?P<day>" + "|".join(_DAY_ORDINALS) + r")"
    r"(?= (?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))"
)


def _day_ordinal(m: re.Match[str]) -> str:
    tens = {"двадцать": 20, "тридцать": 30}.get(m.group("tens") or "", 0)
    return str(tens + _DAY_ORDINALS[m.group("day")])


# No preposition before a period named in the nominative ("следующая неделя", not "на ...").
_NO_PREP = "(?<![а-я])" + "".join(
    f"(?<!{p} )"
    for p in ("в", "во", "на", "к", "ко", "до", "с", "со", "от", "по", "после", "через")
)
# The period after its usual preposition: next one, this one.
_IN_PERIOD = {
    "недел": (" на следующей неделе ", " на этой неделе "),
    "мес": (" в следующем месяце ", " в этом месяце "),  # "месяц" or "мес"
    "год": (" в следующем году ", " в этом году "),
    "квартал": (" в следующем квартале ", " в этом квартале "),
}
_REWRITES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # this month ruled out before a guess: "not this month, maybe in January"
    (
        re.compile(
            rf"{_B}(?:не в этом месяце|not this month)(?=,? (?:maybe|perhaps|probably|может|"
            r"наверное|скорее))"
        ),
        " ",
    ),
    # the school holidays other than the winter ones, in the Russian school year (the spring
    # ones end with March, the summer ones with August, the autumn ones in the first days of
    # November): "после весенних каникул" ("after the summer holidays" depends on the hemisphere)
    (
        re.compile(rf"{_B}(?:после|с|по окончании) (весенних|летних|осенних) каникул{_E}"),
        lambda m: f" с {_SCHOOL_HOLIDAYS_OVER[m.group(1)]} ",
    ),
    # "не в этом месяце, а в следующем": the unit named once, for both
    (
        re.compile(
            rf"{_B}не (?:в|на) это(?:м|й) (месяце|году|квартале|неделе)[,;—–-]* (?:а )?"
            rf"(?:в|на) следующ(?:ем|ей){_E}"
        ),
        lambda m: f" в следующ{'ей' if m.group(1) == 'неделе' else 'ем'} {m.group(1)} ",
    ),
    # "this year we won't make it" is the reason for the time named after it: "в этом году уже
    # не успеем, давайте после праздников"
    (
        re.compile(
            r"(?:в этом году|до конца года|this year) (?:уже |мы )?(?:не успеем|не получится|"
            r"won'?t make it|is too late)[,.;:—–-]+ (?=[^ ]*[a-zа-я0-9])"
            r"(?!(?:а |но |зато |значит |тогда )?(?:в|на) (?:следующ|новом)|next)"
        ),
        " ",
    ),
    # "within the month": this month's, as "within a month"
    (re.compile(rf"{_B}within (?:the|this) month{_E}"), "within a month"),
    # "immediately after we sign" is now: the contract is the next step
    (
        re.compile(
            rf"{_B}(?:immediately|right|straight|сразу) (?:after|после) (?:we sign|signing|"
            r"подписания|подпишем)(?: (?:the |a )?(?:contract|договор[а-я]*|it))?"
        ),
        " сразу ",
    ),
    # "around New Year's", "в районе Нового года"
    (
        re.compile(
            r"(?:around|about|near) new year'?s?(?: day| eve)?|(?:около|в районе) нового года"
        ),
        " к новому году ",
    ),
    # the old spelling and a dropped vowel, too short for the typo fixer: "чрез неделю"
    (re.compile(rf"{_B}чрез{_E}"), "через"),
    # a half-year in planning shorthand: "1П27", "2П2027"
    (
        re.compile(rf"{_B}([12]) ?п ?'?(\d{{2}}|20\d{{2}}){_E}"),
        lambda m: (
            f" в {'первом' if m.group(1) == '1' else 'втором'} полугодии "
            f"{m.group(2) if len(m.group(2)) == 4 else '20' + m.group(2)} "
        ),
    ),
    # an offset from the New Year: "нг + 2 недели"
    (
        re.compile(rf"{_B}(?:нг|новый год|new year'?s?) ?\+ ?(\d+) ([а-яa-z]+)"),
        r" через \1 \2 после нового года ",
    ),
    (re.compile(rf"{_B}in near future{_E}"), " in the near future "),
    # a week of a month named: "the last week of March" is its end, "первая неделя марта" its
    # start
    (
        re.compile(rf"{_B}(?:the )?(?:last|final) week of ([a-z]+){_E}"),
        r" end of \1 ",
    ),
    (
        re.compile(rf"{_B}(?:the )?first week of ([a-z]+){_E}"),
        r" early \1 ",
    ),
    (re.compile(rf"{_B}последн[а-я]* недел[а-я]* ([а-я]+){_E}"), r" в конце \1 "),
    (re.compile(rf"{_B}перв[а-я]* недел[а-я]* ([а-я]+){_E}"), r" в начале \1 "),
    # today's hours: "this arvo", "tonight", "сегодня вечером"
    (
        re.compile(rf"{_B}(?:this (?:afternoon|arvo|evening|morning)|tonight){_E}"),
        " today ",
    ),
    (re.compile(rf"{_B}(?:the )?first of the (?:new )?year{_E}"), " 1 january "),
    # the thaw, in English: "soon as the ground thaws"
    (
        re.compile(
            rf"{_B}(?:as )?(?:soon as|when|once) the (?:ground|snow|ice|river)s? "
            rf"(?:thaws?|melts?|is gone|goes|clears?){_E}"
        ),
        " in spring ",
    ),
    # a recogniser's split word ("через две не дели") and a typed abbreviation ("на этой нед")
    (re.compile(rf"{_B}не (?=дел(?:и|ю|е|ь){_E})"), "не"),
    (re.compile(rf"{_B}(этой|следующей|текущей) нед\.?{_E}"), r" \1 неделе "),
    # a year said aloud: "in twenty twenty seven"
    (
        re.compile(rf"{_B}twenty twenty[- ]?({'|'.join(_DIGIT_WORDS_EN)}){_E}"),
        lambda m: f" 202{_DIGIT_WORDS_EN.index(m.group(1)) + 1} ",
    ),
    # chat abbreviations: "nxt wk", "next yr", "tmrw", "через 10 дн", "в пн"
    (re.compile(rf"{_B}nxt{_E}"), "next"),
    # "след." / "сл." for "следующий", in the case of the word after it: "в след. среду"
    (
        re.compile(
            rf"{_B}(?:след|сл)\.? ?(?=(?P<next>(?:понедельник|вторник|четверг)а?|сред[уа]|"
            r"пятниц[уа]|"
            r"суббот[уа]|воскресень[ея]|недел[еию]|месяц[еа]?|год[уа]?|квартал[еа]?)(?![а-я]))"
        ),
        lambda m: _NEXT_FORMS.get(m.group("next"), "следующий") + " ",
    ),
    # seasons told by nature and farm work: the thaw is spring, the harvest (over by now) the
    # next autumn, the sowing next spring
    (
        re.compile(
            rf"{_B}(?:(?:как|когда) (?:только )?(?:(?:сойдет|растает|стает) (?:снег|лед)|"
            r"(?:снег|лед) (?:сойдет|растает|стает))|после (?:ледохода|распутицы|оттепели)|"
            r"когда потеплеет|к посевной|после посевной|"
            # the heating season ends in spring: "когда закончится отопительный сезон"
            r"(?:после|по окончании|к концу|с окончанием|(?:как|когда) (?:только )?"
            r"(?:закончится|кончится|завершится)) отопительн[а-я]* сезон[а-я]*|"
            r"(?:after|when|once) the heating season(?: ends| is over)?|"
            r"when (?:the )?(?:snow|ice) (?:melts|thaws|"
            r"goes|is gone|breaks up)|(?:after|by) the thaw|when it warms up|(?:by|for|after) "
            rf"(?:the )?(?:spring )?(?:sowing|planting)(?: season)?){_E}"
        ),
        " весной ",
    ),
    (
        re.compile(
            rf"{_B}(?:после (?:уборки|уборочной|сбора|жатвы)(?: урожая)?|после урожая|"
            rf"(?:after|once) (?:the )?(?:next )?harvest(?: is in| is over)?){_E}"
        ),
        " осенью следующего года ",
    ),
    # "next" in the wrong case: "на следующий неделе", "в следующую месяце"
    (re.compile(rf"{_B}(?:на|в) следующ[а-я]* недел[а-я]*{_E}"), " на следующей неделе "),
    (re.compile(rf"{_B}в следующ[а-я]* месяц[а-я]*{_E}"), " в следующем месяце "),
    (re.compile(rf"{_B}в следующ[а-я]* квартал[а-я]*{_E}"), " в следующем квартале "),
    # a lower bound said the other way round: "раньше чем через 2 месяца не получится"
    (
        re.compile(
            rf"{_B}раньше(?: чем)? (?P<x>через [^,.;!?]{{2,30}}?) (?:у нас )?не "
            r"(?:получится|выйдет|сможем|сможет|начн[её]м|успеем|будет|реально|потянем)"
        ),
        lambda m: f" не раньше чем {m.group('x')} ",
    ),
    # a horizon, then "not earlier": "2027, not earlier", "март, не раньше"
    (
        re.compile(
            r"^ *(?P<x>[^,.;!?]{2,30}?),? (?:not earlier|no earlier|не раньше|не ранее)"
            r"(?: than that| чем)? *$"
        ),
        lambda m: f" не раньше {m.group('x')} ",
    ),
    # the next school year: "в начале следующего учебного года", "next academic year"
    (
        re.compile(
            rf"{_B}(?:(?:в |к )?(?:начал[еоау] )?(?:следующего|нового) учебного года|"
            rf"(?:at |by )?(?:the )?(?:start of )?(?:the )?next (?:school|academic) year){_E}"
        ),
        " к новому учебному году ",
    ),
    # "not for another 6 months": in six months
    (re.compile(rf"{_B}not for (?:another|at least) (?=\d|a |an |one |two |three |six )"), "in "),
    # "not for another year", "not for a couple of months at least"
    (
        re.compile(rf"{_B}not for (?:another|at least|a good|a) (?=year|month|week|couple|few)"),
        "in a ",
    ),
    (re.compile(rf"{_B}нескоро{_E}"), "не скоро"),
    (re.compile(rf"{_B}первого (?=числа)"), " 1 "),  # "с первого числа следующего месяца"
    (re.compile(rf"{_B}within the (?:current )?quarter{_E}"), "by the end of the quarter"),
    # a horizon taken back for another: "не в январе, а прямо сейчас", "not in a year but in a
    # month" (the lower bounds "не раньше", "not until" are read apart; "до праздников не до
    # этого, а с 15 января" is busy until then, no horizon taken back)
    (
        re.compile(
            rf"{_B}(?:не (?:в|во|через|к|до(?! (?:этого|того|него|не[её]|нас)\b)|на|с) "
            rf"|not (?:in|by|next|this) )[^,.;!?]{{1,25}}?"
            rf",? (?:а|но|but|rather) (?=[0-9a-zа-я])"
        ),
        " ",
    ),
    # the count after its unit, the Russian "about": "дней через сорок", "недели через три"
    (
        re.compile(rf"{_B}(дней|дня|недель|недели|месяцев|месяца) через ([0-9а-я]+){_E}"),
        r"через \2 \1",
    ),
    # a year of this decade as an ordinal in words: "в двадцать седьмом году"
    (
        re.compile(
            rf"{_B}двадцать (перв|втор|трет|четверт|пят|шест|седьм|восьм|девят)[а-я]* году{_E}"
        ),
        lambda m: f"{2021 + _ORDINAL_STEMS.index(m.group(1))} году",
    ),
    # a period named in the nominative, as short answers do: "следующая неделя", "след год",
    # "этот мес", "новый год" ("нг", spelt out by _text), "27й год"
    (
        re.compile(
            rf"{_NO_PREP}(?:следующ(?:ая|ий|ее)|будущ(?:ая|ий)|след\.?) "
            r"(недел|мес|год|квартал)(?:яц)?(?:я|\.)?(?![а-я])"
        ),
        lambda m: _IN_PERIOD[m.group(1)][0],
    ),
    (
        re.compile(
            rf"{_NO_PREP}(?:этот|эта|текущ(?:ая|ий)) (недел|мес|год|квартал)(?:яц)?(?:я|\.)?"
            r"(?![а-я])"
        ),
        lambda m: _IN_PERIOD[m.group(1)][1],
    ),
    (re.compile(rf"{_NO_PREP}новый год(?![а-я])"), " к новому году "),
    (re.compile(r"(?<![а-я])(после|до|с|со) новый год(?![а-я])"), r" \1 нового года "),
    (re.compile(rf"{_NO_PREP}(2\d)-?(?:й|ый|ой)? год(?![а-я])"), r" в 20\1 году "),
    (_DAY_ORDINAL_RE, _day_ordinal),
    # a clause of a document is no date: "п. 3.4 — декабрь", "section 2.1"
    (
        re.compile(
            r"(?<![а-яa-z])(?:п\.|пп\.|пункт[а-я]*|раздел[а-я]*|section|sec\.|§) ?\d+(?:\.\d+)*"
        ),
        " ",
    ),
    # the weekend: this one is Saturday, the one after it Monday ("на выходных", "this weekend",
    # "после выходных"); diminutives of periods ("через 2 неделечки", "через месячишко")
    (
        re.compile(
            r"(?<![а-яa-z])(?:(?:на|в) (?:эти |этих |ближайшие |ближайших )?выходн(?:ые|ых)|"
            r"(?:this|on the|over the) weekend)(?![а-яa-z])"
        ),
        " в субботу ",
    ),
    (
        re.compile(r"(?<![а-яa-z])(?:после выходных|after the weekend)(?![а-яa-z])"),
        " в понедельник ",
    ),
    (re.compile(r"(?<![а-я])недел(?:ечк[а-я]*|ьк[а-я]*|ек)(?![а-я])"), "недели"),
    (re.compile(r"(?<![а-я])(?:месячишк[а-я]*|месяцок|месячок)(?![а-я])"), "месяц"),
    (re.compile(r"(?<![а-я])денеч?к(?:а|ов|и)?(?![а-я])"), "дней"),
    # an academic year starts in September: "not before the 2027/28 academic year"
    (
        re.compile(
            r"(?<![\d])(20\d\d)[/-](?:20)?\d\d (?:academic|school|учебн[а-я]*) (?:year|год[а-я]*)"
        ),
        r" september \1 ",
    ),
    (re.compile(r"(?<![a-z])end of the calendar year"), "end of the year"),
    # "сейчас выясню и напишу": the moment of finding out, not of starting
    (
        re.compile(
            r"(?<![а-я])(?:сейчас|щас) (?=(?:выясню|уточню|узнаю|спрошу|посмотрю|проверю))"
        ),
        " ",
    ),
    # "в 27 году", "в 28 г.": a two-digit year
    (re.compile(r"(?<![\d.,:/])(?:в|к|на) (2\d) (?:году|г\.?)(?![а-я])"), r" в 20\1 году "),
    (re.compile(rf"{_B}kick-?off{_E}"), "kick off"),  # the noun: "kick-off latest by January"
    # between two holidays: from the first on ("между католическим Рождеством и Новым годом",
    # "between Christmas and New Year")
    (
        re.compile(rf"{_B}between (?=(?:the )?(?:christmas|xmas|new year|easter|holidays))"),
        "after ",
    ),
    (
        re.compile(rf"{_B}между ({'|'.join(_HOLIDAYS_BETWEEN)}) (?=(?:и|а) )"),
        lambda m: f" после {_HOLIDAYS_BETWEEN[m.group(1)]} ",
    ),
    (re.compile(rf"{_B}(?<=next )(?:wk|yr|mo)s?{_E}"), lambda m: _ABBREVIATED[m.group(0)[:2]]),
    (re.compile(rf"{_B}(?:tmrw?|tmw|tomoz){_E}"), "tomorrow"),
    (re.compile(rf"{_B}(\d+) дн\.?(?![а-я])"), r"\1 дней"),
    (
        re.compile(rf"{_B}(в|во|с|со|до|к|на) (пн|вт|ср|чт|пт|сб|вс){_E}"),
        lambda m: f"{m.group(1)} {_WEEKDAY_ABBREVIATIONS[m.group(2)]}",
    ),
    # not knowing yet says nothing of a start now: "hard to tell rn", "сложно сказать сейчас"
    (
        re.compile(
            rf"{_B}((?:hard|difficult|tough) to (?:tell|say)|can'?t say|сложно сказать|"
            rf"трудно сказать|не знаю) (?:right now|rn|now|for now|at the moment|сейчас|пока){_E}"
        ),
        r"\1",
    ),
    (re.compile(rf"{_B}rn{_E}"), "right now"),
    # working days are days ("в течение 10 рабочих дней"), "a month and a half" is "полтора
    # месяца", "before the month is out" is its end
    (re.compile(rf"{_B}(\d+) (?:рабочи[а-я]*|working|business) (дн[а-я]*|days?){_E}"), r"\1 \2"),
    (re.compile(rf"{_B}(?:a |one )?month and a half{_E}"), " 45 days "),
    (re.compile(rf"{_B}before the month is out{_E}"), " by the end of the month "),
    # "not until 2028", "not before 2028": the year is the lower bound, as "не раньше 2028 года"
    (re.compile(rf"{_B}not (?:until|before) (20\d\d){_E}"), r" не раньше \1 года "),
    # the next budget or fiscal year is the next year, read the same way (a year without a month)
    (
        re.compile(
            rf"{_B}(?:в |in )?(?:the )?(?:следующ[а-я]*|нов[а-я]*|next|new) (?:бюджетн[а-я]*|"
            rf"финансов[а-я]*|fiscal|financial|budget) (?:году|год|года|цикле|year|cycle){_E}"
        ),
        " в следующем году ",
    ),
    (_not_this_or_next("year", "году", "этом", "следующем"), " the year after next "),
    (_not_this_or_next("month", "месяце", "этом", "следующем"), " the month after next "),
    (_not_this_or_next("quarter", "квартале", "этом", "следующем"), " the quarter after next "),
    (_not_this_or_next("week", "неделе", "этой", "следующей"), " the week after next "),
    (
        re.compile(
            rf"{_B}(?:не в (?:этом|текущем) году|"
            r"not (?:any ?time |at any point |sometime )?(?:in |during )?this year|"
            r"(?:в этом году|до (?:нового|конца) года|this year|before (?:the )?year'?s end) "
            r"(?:уже |точно |явно |никак )?(?:не успе[а-я]*|не получится|не выйдет|не начнем|"
            r"won'?t (?:happen|work)|is out|isn'?t happening|is not happening)|"
            r"(?:не успе[а-я]*|не получится|не начнем) (?:уже )?(?:в этом году|"
            r"до (?:нового|конца) года)|(?:в этом году|this year) "
            r"(?:точно |уже |явно |скорее |definitely |probably )?"
            rf"(?:нет|никак|no|not)){_E}"
        ),
        " в следующем году ",
    ),
    (re.compile(rf"{_B}(20\d\d) (?:sometime|some time){_E}"), r" in \1 "),
    # a year first, a remark after it: "2027, no exact date", "2027, но это не точно"
    (
        re.compile(
            r"^ +((?:не раньше|not before|no earlier than) )?(20\d\d)(?=[,;!?—–] |[,;!?—–]$| "
            r"(?:maybe|probably|наверное|скорее|но|but|for sure|definitely|certainly|surely|точно|"
            r"не раньше|not before|not earlier)[ ,;.!?])"
        ),
        r" \1в \2 ",
    ),
    # "точно не этой зимой", "not this summer": once it is over
    (
        re.compile(
            rf"{_B}(?:не|not) (?:в |during |in )?(?:этой|этим|этой же|this) "
            rf"(зимой|летом|осенью|весной|winter|summer|autumn|fall|spring){_E}"
        ),
        r" after this \1 ",
    ),
    # "до майских точно не", "not before March": the start is from it on (its first day; "после
    # марта" would be its end)
    (
        re.compile(
            rf"{_B}(?:до|раньше) ([а-я0-9]+(?: [а-я]+)?) (?:точно |уже |явно |никак )?не(?:т)?{_E}"
        ),
        r" с \1 ",
    ),
    # "не смогу этим заниматься до праздников": not before them, as "до праздников не"
    (
        re.compile(
            rf"{_B}не (?:смогу|сможем|успею|успеем|получится|буду|будем|возьмусь|возьм[её]мся)"
            rf"(?: [а-я]+){{0,3}} до ([а-я0-9]+(?: [а-я]+)?){_E}"
        ),
        r" с \1 ",
    ),
    # the month or season at hand as the reason, not the start: "сейчас декабрь на носу"
    (
        re.compile(
            rf"{_B}(?:сейчас |уже )?(?:[а-я]+ )?(?:декабр|январ|феврал|март|апрел|ма[йя]|июн|июл|"
            rf"август|сентябр|октябр|ноябр|нов[а-я]* год|праздник|сезон)[а-я]* на носу{_E}"
        ),
        " ",
    ),
    # only the contractor to choose, and that is us: "как только найдём подрядчика", "as soon as
    # we pick an agency" is as soon as possible ("когда найдём подрядчика" names no hurry)
    (
        re.compile(
            # signing with the studio is no wait either: "как только подпишем договор"
            rf"{_B}(?:(?:сразу )?после подписания (?:с вами )?(?:договора|контракта)|"
            r"(?:right )?after (?:we )?sign(?:ing)? the (?:contract|agreement)|"
            r"(?:как только|as soon as) (?:мы |we )?(?:(?:подпишем|заключим|согласуем) "
            r"(?:с вами )?(?:договор|контракт|смету|кп)|sign (?:the )?(?:contract|agreement)|"
            r"(?:найд[её]м|выберем|"
            r"определимся с|подбер[её]м|find|pick|choose|select|settle on|hire) (?:a |an |the |"
            r"нужн[а-я]* |хорош[а-я]* )?(?:подрядчик|исполнител|студи|агентств|разработчик|"
            rf"contractor|agency|studio|developer|vendor)[а-яa-z]*))(?![а-яa-z0-9])"
        ),
        " как можно скорее ",
    ),
    # the May holidays over, in any words: "как только закончатся майские", "по окончании майских"
    (
        re.compile(
            rf"{_B}(?:(?:как только|когда|как) (?:закончатся|кончатся|пройдут|отгуляем) майские"
            r"(?: праздники| каникулы)?|(?:после окончания|по окончании) майских"
            rf"(?: праздников| каникул)?){_E}"
        ),
        " после майских ",
    ),
    # "mid-March", "early-June": the modifier of the month
    (re.compile(rf"{_B}(mid|early|late)-(?=[a-z]|20\d\d)"), r"\1 "),
    (re.compile(rf"{_B}not (?:before|until) "), " from "),
    (
        re.compile(rf"{_B}не в (?:этом|текущем) месяце{_E}|{_B}not this month{_E}"),
        " в следующем месяце ",
    ),
    (re.compile(rf"{_B}не на (?:этой|текущей) неделе{_E}|{_B}not this week{_E}"), " next week "),
    (
        re.compile(rf"{_B}не в (?:этом|текущем) квартале{_E}|{_B}not this quarter{_E}"),
        " next quarter ",
    ),
    # next week as a deadline: "не позже следующей недели", "by the end of next week"
    (
        re.compile(
            rf"{_B}(?:до|не позже|не позднее|by|no later than) (?:the )?(?:конца )?(?:end of )?"
            rf"(?:следующей недели|next week){_E}"
        ),
        " на следующей неделе ",
    ),
    (
        re.compile(
            rf"{_B}(?:не раньше(?: чем)?|не ранее(?: чем)?|no earlier than|not before|"
            rf"not earlier than|не позже(?: чем)?|не позднее(?: чем)?|"
            rf"no later than|not later than)"
            rf"{_E}"
        ),
        " ",
    ),
    (
        re.compile(
            rf"{_B}(?:пол ?года|полугода|полугодие|пол ?годик[а-я]*|half a year|half-year|"
            rf"half year){_E}"
        ),
        " 6 месяцев ",
    ),
    (re.compile(rf"{_B}(?:пол ?месяца|полмесяца|half a month){_E}"), " 15 дней "),
    # "пару-тройку", "2 - 3"; not the number 23 ("после 23 февраля" is the 23rd, not the 2nd)
    (re.compile(rf"{_B}(?:пару|пара|2)(?: ?- ?| )(?:трех|3|три|тройку|тройка) "), " 2-3 "),
    (re.compile(rf"{_B}через квартал{_E}"), " через 3 месяца "),
    (
        re.compile(rf"{_B}(?:in |over |during |within )?the (?:coming|next) month(?: or so)?{_E}"),
        " within a month ",
    ),
    # "в 27м", "осенью 27го": a two-digit year (a day of the month is "27-го числа")
    # "в начале 27го", "к концу 28-го года": a day has no beginning or end, so a year
    (
        re.compile(
            r"(?<![а-я])((?:начал|конц|середин|перв[а-я]* половин|втор[а-я]* половин)[а-я]*) "
            r"(2\d)(?:-?(?:го|м|ом))?(?: (?:года|году|г\.?))?(?![\d.,:/а-я-])"
        ),
        r"\1 20\2 года",
    ),
    # "early '27", "Q1 '28": an apostrophe before two digits is a year
    (re.compile(r"(?<![a-z0-9])'(2\d)(?![\d'])"), r"20\1"),
    (re.compile(r"(?<![\d.,:/])(2\d)-?(?:м|ом)(?![а-я])"), r" 20\1 году "),
    (
        re.compile(r"(осенью|весной|летом|зимой|осень|весна|лето|зима) (2\d)-?го(?![а-я])"),
        r"\1 20\2 года",
    ),
    # fiscal years and halves: "FY28", "in FY2028", "H2 2027"
    (re.compile(r"(?<![a-z0-9])fy ?'?(?:20)?(2\d)(?![0-9])"), r" в 20\1 году "),
    (re.compile(r"(?<![a-z0-9])h1 ?(20\d\d)(?![0-9])"), r" в начале \1 года "),
    (re.compile(r"(?<![a-z0-9])h2 ?(20\d\d)(?![0-9])"), r" в июле \1 "),
    # a half without its year: the next one ("старт в H2", "где-то в H1")
    (re.compile(r"(?<![a-z0-9])h1(?![a-z0-9])"), " в январе "),
    (re.compile(r"(?<![a-z0-9])h2(?![a-z0-9])"), " в июле "),
    # a year and month in ISO order: "старт по плану: 2027-02", "2027/03"
    (
        re.compile(r"(?<![\d.,:/-])(20\d\d)[-/](0[1-9]|1[0-2])(?![\d/-])"),
        lambda m: f" в {_MONTHS_IN[int(m.group(2)) - 1]} {m.group(1)} года ",
    ),
    # a half of the year in Russian, read from its first month: "во втором полугодии" is the next
    # July, "в первом полугодии" the next January, "в первом полугодии 2027" like "H1 2027"
    (
        re.compile(rf"{_B}(?:во|в) (первом|втором) полугодии(?: (20\d\d)(?: года| г\.?)?)?{_E}"),
        lambda m: (
            (" в июле " if m.group(1) == "втором" else " в январе ")
            if m.group(2) is None
            else f" {'в июле' if m.group(1) == 'втором' else 'в начале'} {m.group(2)} года "
        ),
    ),
    # already under way: "we already started", "уже начали, прошлый подрядчик ушёл"
    (
        re.compile(
            rf"{_B}(?:(?:we|i)(?: have|'ve)? already (?:started|begun|kicked off)|"
            r"(?:we|i) (?:started|began|kicked off) already|"
            r"already under ?way|"
            rf"(?:мы )?уже (?:начали|стартовали)){_E}"
        ),
        " прямо сейчас ",
    ),
    (re.compile(rf"{_B}под (?:самый )?новый год{_E}"), " до нового года "),
    (
        re.compile(rf"{_B}в перспективе (?:года|полугода|(\d+|двух|трех|пары) лет){_E}"),
        " через год ",
    ),
    (re.compile(rf"{_B}(?:месяц|месяца)(?: ?- ?| или )(?:два|2){_E}"), " 1-2 месяца "),
    # "может месяц, может два", "maybe a month, maybe two"
    (
        re.compile(
            rf"{_B}(?:может|возможно|maybe|perhaps),? (?:a |one )?(?:месяц|month),? "
            rf"(?:а )?(?:может|возможно|maybe|perhaps),? (?:и )?(?:два|2|two){_E}"
        ),
        " 1-2 месяца ",
    ),
    (re.compile(rf"{_B}(?:неделя|неделю|недели)(?: ?- ?| или )(?:две|2){_E}"), " 1-2 недели "),
    (re.compile(rf"{_B}(?:год|года)(?: ?- ?| или )(?:два|2){_E}"), " 1-2 года "),
    (re.compile(rf"{_B}(?:a )?fortnight{_E}"), " 2 weeks "),
    (re.compile(rf"{_B}(?:a |one |1 )?(month|week|year)s? or (?:two|2){_E}"), r" 1-2 \1s "),
]

# ------------------------------------------------------------------------------ patterns

_NO_PLANS_RE = re.compile(
    rf"{_B}(?:просто (?:смотр|интерес|изуча|узна|прицени|спрашива|присматрива|мониторю|гляжу)"
    r"|(?:сейчас|пока|в ближайшее время|в этом году) (?:точно |пока |вообще |совсем )?нет"
    # the money gone: "the funding fell through", "финансирование сорвалось"
    r"|(?:funding|money|grant|budget) (?:fell through|was cut|was cancelled|was pulled|didn'?t "
    r"come through)|(?:финансирование|грант|деньги) (?:сорвал[а-я]*|отменили|не дали|урезали)"
    r"|отмен[её]н|(?:отло(?:жен[а-я]*|жил[аи]?)|откладыва[а-я]*) (?:[а-я]+ )?(?:на неопредел|"
    r"до лучших)|заморожен"
    # not the time now, later unnamed: "сейчас не время, может, вернёмся к этому позже"
    r"|(?:сейчас|пока) не время|вернемся к (?:этому|нему|вопросу|проекту) (?:позже|потом)"
    r"|not for (?:a while|some time|the moment)|not in the foreseeable future"
    r"|не в обозримом будущем"
    r"|не будем делать|indefinitely"
    # not even thought of: "пока даже не думали об этом"; still weighing it: "мы в раздумьях"
    r"|(?:пока |ещ[её] |вообще )?(?:даже )?не (?:думали|задумывались)(?= об этом| о сроках| про "
    r"сроки| пока| ещ[её]|$)|в раздумьях"
    # put off with no date: "проект пока отложили", "the project is on hold"
    r"|(?:пока |проект |все |всё )отложили(?: (?:проект|сайт|задачу|это|всё|все|разработку))?"
    r"(?= ?(?:$|[.,!]))"
    r"|(?:is|are|put|been) on hold(?= ?(?:$|[.,!]))"
    r"|на (?:этапе|стадии) идеи|(?:just|only) an idea|(?:at|in) the idea stage"
    r"|на паузу|на паузе|paused|on hold|on ice"
    # ("the phone never stops ringing" is no "never")
    rf"|{NEVER_IDIOMS}|never(?! (?:stops|ends|sleeps|quits|rests|slows|lets up))|(?:no|"
    rf"any) intention"
    r"|(?:not|isn'?t|won'?t be|nothing) (?:happening|going to happen)|shelved"
    r"|on (?:the )?back burner|nothing (?:scheduled|planned|on the (?:roadmap|horizon|calendar))"
    r"|not on (?:the|our) roadmap"
    r"|(?:not|isn'?t|won'?t) (?:\w+ ){0,2}(?:any ?time soon|soon)"
    r"|пока (?:просто )?(?:смотр|изуча|присматрива|прицени|интересу)"
    r"|пока не (?:планир|собира|готов)|не планир|не собира|нет планов|планов (?:пока |еще )?нет"
    r"|никаких (?:конкретных )?планов"
    r"|без планов|никогда|когда-нибудь|когда нибудь|когда-то потом|в отдаленн|в далек|не скоро"
    r"|не в ближайш|не в этом десятилетии|в перспективе|на будущее|на перспективу|на потом"
    r"|для общего развития|на всякий случай|не актуальн|неактуальн"
    r"|no plans?|not planning|not planned|no immediate plans|nothing planned|don't plan"
    r"|no (?:concrete|firm|real|definite|specific|set|fixed) plans?"
    # busy with something else for now: "пока не до этого", "сейчас не до сайта"
    r"|не до (?:этого|того|него|не[её]|сайта|проекта|crm|бота|разработки)"
    r"|do not plan|not any ?time soon|not in the near future|not soon|in the distant future"
    r"|in the far future|just (?:looking|browsing|researching|curious|exploring|checking|asking"
    r"|wondering|window shopping)|someday|some day|one day|eventually|maybe later"
    r"|no timeline yet|not a priority|for the future|только думаем|пока думаем|думаем пока"
    r"|just thinking|still thinking|thinking about it|пока размышляем|пока прикидываем"
    r"|(?:ещ[её]|всё ещё|все еще) (?:только )?(?:думаем|думаю|размышляем|решаем)"
    r"|(?:пока|сейчас) никак|никак пока|(?:only|merely|still) researching"
    r"|down the (?:road|line)|at some point|in the long (?:run|term)|long[- ]term|some ?time later"
    r"|рано или поздно|в долгосрочной перспективе|когда-то|когда то|в отдаленной перспективе"
    r"|years from now|через несколько лет)"
)
# Only exploring, no project date ("мы пока только изучаем варианты", "присматриваемся",
# "weighing our options for now"): no plans yet, unless urgency is named too.
_EXPLORING_RE = re.compile(
    rf"{_B}(?:(?:пока|только|просто) (?:только |пока )?изуча(?:ем|ю)$|"
    r"(?:only|just) looking(?: around)?(?: for now| at the moment| at this stage)?$|"
    rf"(?:изуча(?:ем|ю)|рассматрива(?:ем|ю)|исследу(?:ем|ю)|мониторим|смотрим|собира(?:ем|"
    rf"ю)|"
    r"анализиру(?:ем|ю)|сравнива(?:ем|ю)) (?:пока |только |сейчас |еще |ещё )?(?:разные |все |"
    r"возможные )?(?:варианты|рынок|предложения|возможности|альтернативы|информацию|цены|"
    r"расценки|подрядчиков)|присматрива[а-я]+|приглядыва[а-я]+|прицениваемся|приценива(?:юсь|ем)|"
    r"на (?:этапе|стадии) (?:изучения|исследования|сбора информации|поиска|выбора|анализа)|"
    r"weigh(?:ing)? (?:up )?(?:our |the |some |all |my |different )?(?:options|alternatives|"
    r"things up)|explor(?:e|ing) (?:our |the |some |all |my |different )?(?:options|alternatives|"
    r"possibilities|the market)|(?:looking|look) (?:at|into) (?:our |the |some |all |my |"
    r"different )?(?:options|alternatives)|shopping around|looking around|scoping (?:it |things )?"
    r"out|testing the waters|gathering (?:information|info|quotes|ideas)|"
    r"(?:at|in) the (?:research|exploration|exploratory|discovery) (?:stage|phase)|"
    r"(?:only|just) exploring|no approved project|"
    r"considering (?:our |the |some |all |my )?(?:options|alternatives)|"
    rf"researching (?:options|alternatives|the market|vendors|agencies)){_E}"
)
_NOT_URGENT_RE = re.compile(
    rf"{_B}(?:не срочно|несрочно|срочно не (?:надо|нужно|требуется)|не горит|не к спеху"
    r"|не спеш[а-я]*|без спешки|не торопимся"
    r"|не торопит[а-я]*|не критично|no rush|not urgent|no hurry|not in a hurry|not in a rush"
    r"|no deadline|нет дедлайна|без дедлайна|дедлайна нет|дедлайна пока нет|no fixed deadline"
    rf"|сроки не (?:горят|важны|критичны|определены|жесткие)){_E}"
)
_UNKNOWN_RE = re.compile(
    rf"{_B}(?:как только,? так сразу|как звезды сойдутся|"
    # an approval awaited with no date: "нужно дождаться заключения экспертизы"
    r"(?:дождаться|дожд[её]мся|ждем|ждём|ожидаем|waiting for|wait for|await(?:ing)?) "
    r"(?:[a-zа-я-]+ ){0,3}(?:заключени|согласовани|одобрени|экспертиз|решени|инвестици|грант|"
    r"investment|approval|sign-?off|"
    r"funding|финансировани|лимит)[a-zа-я]*|"
    r"(?:not|aren'?t|isn'?t|am not|are not) (?:yet )?ready to commit to (?:a |any )?(?:date|"
    r"timeline|start)|"
    r"(?:фиг|черт|бог|хрен|леший) (?:его )?знает|кто ж(?:е)? (?:его )?знает|"
    # a condition of our own we do not date: "когда переедем", "как достроим офис"
    r"(?:когда|как только|как) (?:[а-я]+ ){0,2}(?:[а-я]+(?:им|ем|ём)|продадим|сдадим|наймем|"
    r"найдем|переедем)(?![а-я])|"
    r"(?:dates?|deadlines?|timelines?) (?:are |is )?(?:not|n'?t) (?:yet )?(?:set|fixed|defined)|"
    r"not set yet|haven'?t set|(?:когда|как только) (?:[а-я]+ ){0,2}[а-я]+(?:ут|ют|ят|ат)|"
    r"как только (?:[а-я]+ ){0,3}[а-я]+(?:ет|ит)(?![а-я])|"
    r"(?:это )?вопрос (?:к|не ко мне)|"
    r"figure it out|play it by ear|(?:когда|как|once|when|as soon as|after|после того как) "
    r"(?:[a-zа-я]+ ){0,3}(?:придут|даст|дадут|согласится|согласует|закончим|закончится|"
    r"заработает|будут|появятся|agrees?|finishes|finish|is done|are done|comes? through|"
    r"lands?|signs?|approves?|closes?)|не знаю|незнаю|не знаем|хз|не решил|не решили|"
    r"не определил|не определен|"
    r"пока неясно|пока не ясно|неясно|непонятно|не понятно|не могу сказать|зависит|смотря|"
    # "I can't tell you yet", "honestly couldn't say", "пока не подскажу"
    r"(?:can'?t|cannot|can not|couldn'?t|could not) (?:really |honestly |yet )?(?:tell|say)|"
    r"не подскаж[а-я]*|не могу (?:пока |сейчас |вам )?(?:подсказать|ответить|сориентировать)|"
    r"(?:сказать|ответить|подсказать|сориентировать) (?:пока |сейчас )?не могу|"
    r"не готов[аы]? (?:пока )?(?:сказать|ответить|назвать)|not ready to (?:say|commit)|"
    r"как получится|как пойдет|как будет|по готовности|посмотрим|сложно сказать|трудно сказать|"
    r"затрудняюсь|не уверен|когда угодно|когда удобно|без разницы|не важно|неважно|"
    r"tbd|tba|tbc|not sure|unsure|don't know|dont know|do not know|no idea|dunno|idk|"
    r"depends|(?:hard|difficult|tough) to (?:say|tell)|undecided|not decided|haven't decided|"
    r"whenever|any ?time|"
    r"doesn't matter|does not matter|flexible|гибк|рано говорить|рано судить|"
    r"too early to (?:say|tell)|"
    r"(?:когда|как только|как) (?:согласуют|утвердят|одобрят|выделят|будет|появится|найдем) "
    r"(?:бюджет|деньги|финансирование|средства)|после (?:согласования|утверждения) бюджета|"
    r"(?:once|when|after|as soon as) (?:the |our |we get |we have )?(?:budget|funding)"
    r"(?: is| gets| has been)?(?: approved| allocated| signed off)?|after budget approval|"
    r"без сроков|нет сроков|сроков (?:пока )?нет|бессрочно|на неопределенный срок|"
    r"без понятия|понятия не имею|неизвестн[а-я]*|не в курсе|кто знает|who knows|no clue|"
    r"unclear|uncertain|not known|take your time|no (?:set |fixed |firm )?(?:date|timeline)|"
    r"(?:когда|как только|после того как) (?:получим|привлечем|закроем|найдем|подпишем|"
    r"согласуем|утвердим) (?:[а-я]+ )?(?:инвестици[а-я]*|раунд|финансировани[а-я]*|грант|"
    r"кредит|деньги|договор|контракт|смет[а-я]*)|"
    r"(?:когда|как только|как|после того как) (?:[а-я]+ )?(?:бюджет|деньги|финансирование|"
    r"смет[а-я]*|инвестиции|грант) (?:[а-я]+ )?(?:согласуют|утвердят|одобрят|выделят|появ[а-я]*|"
    r"будет|будут|дадут|получим)|"
    r"после (?:получения|закрытия|привлечения|подписания|согласования) (?:[а-я]+ )?"
    r"(?:инвестиц[а-я]*|раунда|финансировани[а-я]*|гранта|кредита|договора|контракта)|"
    r"(?:once|when|after|as soon as) (?:the |our |we |a )?(?:close |raise |get |sign |secure )?"
    r"(?:the |our |a |an )?(?:funding|round|investment|grant|loan|deal|contract|financing)|"
    r"\?\?+)"
)
# "later" on its own is a far horizon; "обсудим позже" is a non-committal answer (unknown).
_LATER_RE = re.compile(
    rf"{_B}(?:позже|попозже|потом|later|later on|some ?time later|"
    # "когда будет свободное время", "whenever I get the time"
    r"когда (?:будет|появится) (?:свободн[а-я]+ )?время|when(?:ever)? i (?:have|get|find) (?:the |"
    r"some )?(?:spare )?time|"
    # "not now" alone is later: "не сейчас", "not right now", "not for the time being"
    rf"^(?:нет,? )?не сейчас$|^(?:no,? )?not (?:right )?now$|not for the time being){_E}"
)
_DISCUSS_RE = re.compile(
    rf"{_B}(?:обсуд[а-я]*|обговор[а-я]*|поговорим|созвон[а-я]*|скажу|скажем|отвечу|решим|"
    rf"discuss|talk|tell you|get back|decide|let you know){_E}"
)
_URGENT_RE = re.compile(
    rf"{_B}(?:срочн[а-я]*|asap|асап|a\.s\.a\.p\.?|как можно (?:скорее|быстрее|раньше)|"
    # ("immediately after the holidays" is the holidays' end, like "сразу после")
    r"побыстрее|поскорее|горит|горящ[а-я]*|urgent[a-z]*|right away|"
    r"immediately(?! (?:after|following|once|when))|straight away|"
    r"as soon as (?:possible|feasible|practicable|practical|we can|you can)|вчера|yesterday|"
    r"немедленно|не терпит|сразу(?! после| как)|без промедлени[а-я]|"
    r"(?:needed|wanted|should have had) (?:this|it) (?:live |done |ready )?(?:last (?:week|month)|"
    r"yesterday)|(?:нужно|надо) было (?:еще |ещё )?(?:в прошлом месяце|на прошлой неделе)|"
    r"в кратчайшие сроки|в самые (?:короткие|сжатые) сроки|как можно оперативнее|"
    r"максимально (?:быстро|оперативно|срочно)|чем (?:быстрее|скорее|раньше),? тем лучше|"
    r"the (?:sooner|earlier|faster|quicker) the better|"
    r"as (?:soon|early|quickly|fast) as (?:is )?(?:humanly |reasonably |physically )?possible|"
    r"at (?:your|the) earliest convenience|"
    # with no date before it: "kindly do the needful at the earliest" ("March at the earliest"
    # is a lower bound)
    r"(?:needful|it|this|work|start|done|ready|completed?|delivered|please|kindly|pls) "
    r"at the earliest|at the earliest possible|"
    r"ещ[е] вчера|было нужно вчера)"
)
# As soon as possible, in any words: with a start ("start whenever you can", "начинайте как
# можно скорее", "как только сможете, так и начнём") or with a deadline it is the start now.
_ASAP = (
    r"(?:asap|a\.s\.a\.p\.?|as (?:soon|early|quickly|fast) as (?:is )?"
    r"(?:humanly |reasonably |physically )?(?:possible|feasible|practicable|practical)|"
    r"as soon as you(?: guys)? can|whenever you(?: guys)? can|whenever you(?: guys)?(?: are|'re) "
    r"(?:ready|free|available)|as soon as you(?: guys)?(?: are|'re) (?:ready|free|available)|"
    r"the (?:sooner|earlier|faster|quicker) the better|at (?:your|the) earliest convenience|"
    r"как можно (?:скорее|быстрее|раньше|оперативнее)|чем (?:быстрее|скорее|раньше),? тем лучше|"
    r"(?:как только|как|когда) (?:вы )?сможете|в кратчайшие сроки|поскорее|побыстрее)"
)
_ASAP_RE = re.compile(rf"{_B}(?:{_ASAP}|срочн[а-я]*|urgent[a-z]*){_E}")
_START_ASAP_RE = re.compile(
    rf"{_B}(?:(?:начинать|начать|начинайте|начнем|начинаем|стартовать|стартуйте|стартуем|"
    r"приступать|приступить|приступим|приступайте|браться|беритесь|start|begin|kick off|"
    r"get started|get going)"
    r"(?: (?:it|work|things|the work|the project|работу|работы|разработку|проект|делать))?,? "
    rf"{_ASAP}|{_ASAP},? (?:(?:так|то|then|and|we'?ll|we can|we'?d|let'?s) )?(?:и |сразу )?"
    r"(?:начнем|начинаем|приступим|приступаем|стартуем|стартанем|start|begin|kick off|"
    rf"get started)|(?:так что|поэтому|значит|so) (?:[а-яa-z]+ ){{0,3}}{_ASAP}){_E}"
)
_TODAY_RE = re.compile(
    # not the present state: "у нас сейчас реорганизация"
    rf"{_B}(?:сегодня|седня|today|прямо сейчас|прям щас|прям сейчас|"
    # ("right now we're focused on hiring": the present state)
    r"right now(?! (?:we'?re|we are|i'?m|i am) (?:focused|busy|swamped|tied up|stuck|dealing))|"
    r"(?<!у нас )(?<!у меня )сейчас(?! (?:идёт |идет |в разгаре |у нас |полным ходом )?"
    r"(?:ремонт|реорганизац|переезд|сезон|отпуск|аудит|проверк|завал|инвентаризац|стройк|"
    r"реконструкц|отч[её]тн|высок[а-я]* сезон))|щас|"
    r"(?<!for )(?<!right )now|"
    # "уже" alone is "now"; "уже в плане", "уже утверждён" say what is done, not when we start
    r"уже(?! (?:в план|в бюджет|заложен|утвержд|одобрен|согласован|выделен|освоен|есть|был))|"
    # ready to do anything but start is no start: "тысяч 400 готовы выделить", "готовы
    # передавать вам клиентов"
    r"(?:мы |я )?готов[аы]?(?! (?!начать|стартовать|стартануть|приступить|запуститься|"
    r"запускаться)[а-я]+(?:ть|ться)(?![а-я]))"
    rf"(?: начать| стартовать)?(?: хоть)?(?: сейчас| сегодня)?|ready now|"
    rf"good to go|ready when(?:ever)? you are){_E}"
)
# "start now" beats a deadline further on: "нужно запуститься до Нового года, так что начинать
# надо прямо сейчас", "Immediately — the budget must be spent before year end", "go live by
# March, so we'd start right away", "сразу приступим". "Сразу после X", "сразу в январе" is X.
_NOT_THEN = r"(?! (?:после|как|в|во|с|со|к|after|when|once|in|on|from|by|as soon))"
_NOW = (
    r"(?:(?:прямо |прям |уже |right |basically )?(?:сейчас|щас|now|immediately)|right away|"
    rf"straight away|сразу(?: же)?|немедленно|yesterday|вчера){_NOT_THEN}"
)
_START_NOW_RE = re.compile(
    rf"{_B}(?:(?:начинать|начать|стартовать|стартануть|приступать|приступить|start|begin|"
    # ("так что стартуем немедленно": the start now, the date before it the deadline)
    rf"kick off|начинаем|начнем|стартуем|приступаем|приступим)(?: [а-яa-z]+){{0,3}} {_NOW}|"
    r"(?:сразу|немедленно|right away|immediately) (?:же )?(?:и )?(?:начнем|начинаем|начать|"
    rf"начинать|приступим|приступаем|приступить|стартуем|start|begin|kick off){_NOT_THEN}|"
    # needed yesterday: "the site was needed yesterday", "надо было ещё вчера"
    r"need(?:ed)? (?:it )?yesterday|(?:надо|нужно|нужен|нужна)(?: было)?(?: ещ[её])? вчера|"
    r"(?:так что|поэтому|значит|so) (?:[а-яa-z]+ ){0,3}(?:прямо |прям |уже |basically )?"
    # "so now I'm thinking... spring", "так что сейчас думаем про весну": a thought, no start
    r"(?:сейчас|щас|now)(?! (?:i'?m |we'?re |i am |we are |i |we |мы |я )?(?:thinking|leaning|"
    r"considering|looking at|aiming|hoping|planning|думаю|думаем|планируем|склоняемся|"
    r"рассматриваем|целимся|смотрим))|"
    rf"^(?:immediately|немедленно|прямо сейчас|прям щас|right now){_NOT_THEN}){_E}"
)
# Two guesses: "может, через месяц, может, через год", "could be next week, could be in half a
# year". One within 90 days and one beyond it name no start; both on one side ("может, в
# декабре, может, в январе", "может весной, может осенью"), the first.
_ASAP_FIRST_RE = re.compile(
    r"^(?:ну |well )?(?:как можно (?:скорее|быстрее|раньше)|asap|as soon as possible|срочно|"
    r"urgently|чем (?:раньше|быстрее|скорее),? тем лучше|the (?:sooner|faster|quicker) the better)"
    r" ?[:;,.!—–-]"
)
_TWO_GUESSES_RE = re.compile(
    r"(?<![a-zа-я])(?:может,? (?:быть,? )?[^.!?]{1,30}?,? может,? (?:быть,? )?|could be "
    r"[^.!?,]{1,30}(?:,| or) (?:it )?could be |maybe [^.!?,]{1,30}(?:,| or) maybe |"
    r"(?:might|may) be [^.!?,]{1,30}(?:,| or) (?:it )?(?:might|may) be )"
)
# A condition before "at once": "как деньги придут — сразу начнём", "once the money lands, we
# start right away".
_ONCE_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:как|когда|как только|once|when|as soon as)(?: [a-zа-я']+){1,5} ?[—–,-]* ?$"
)
# A start right after a step whose length was named ("тендер займёт месяца два, потом сразу
# стартуем", "the audit takes a month, then we start right away") is that length away.
_AFTER_A_STEP_RE = re.compile(
    r"(?:потом|затем|после этого|после чего|then|after that|and then),? (?:[a-zа-я']+ )?$"
)
_RIGHT_AFTER_RE = re.compile(r" ?,? ?(?:и|а|and) (?:then )?")
# "we can't name a date" outweighs a wish to hurry in the same answer
# Start refused, not planned: "I don't intend to start now", "не собираюсь начинать сейчас".
_NOT_INTENDING_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:don'?t|do not|won'?t|will not) (?:intend|plan|want|need) to|"
    r"не собираюсь|не собираемся|не планирую|не планируем|не хочу|не хотим|не будем) ?$"
)
# The month not known yet, after a year or a holiday: "in the new year, not sure which month".
_MONTH_UNKNOWN_RE = re.compile(
    r"(?<![a-zа-я])(?:not sure (?:which|what) month|(?:don'?t|do not) know (?:which|what) month|"
    r"(?:не знаю|не уверен[а]?|непонятно|неясно),? (?:в )?(?:какой|каком) месяц[а-я]*|"
    r"месяц (?:пока )?(?:не знаю|неизвестен|не определ[а-я]*)|month (?:is )?(?:tbd|unclear|"
    r"not (?:set|decided|clear))|no (?:month|specific month) (?:in mind|yet|decided))(?![a-zа-я])"
)
# When it resumes, not known ("когда разморозят — никто не знает"): unknown, not no plans.
_NOBODY_KNOWS_RE = re.compile(
    r"(?<![a-zа-я])(?:никто не знает|не знаю|не знаем|неизвестно|непонятно|nobody knows|no one "
    r"knows|(?:i|we) (?:don'?t|do not) know)(?![a-zа-я])"
)
_SHELVED_RE = re.compile(
    r"(?<![a-zа-я])(?:shelved|on ice|on hold|(?:have |'ve )?frozen|paused|заморожен[а-я]*|"
    r"заморозил[аи]?|отложили|на паузе)(?![a-zа-я])"
)
# When someone comes back, with no date of its own: "как только шеф из отпуска вернётся".
_SOMEONE_BACK_RE = re.compile(
    r"(?<![а-яa-z])(?:как только|когда|once|when) (?:наш[а-я]* |мой |моя |the |my |our )?"
    r"(?:шеф|директор|начальни[кц]|босс|руководител|хозя[ий]|собственни[кц]|boss|owner|ceo|"
    r"director)[а-я]* (?:из отпуска |с больничного |из командировки )?(?:вернется|вернётся|выйдет|"
    r"приедет|is back|gets back|comes back|returns)(?![а-яa-z])"
)
_NO_DATE_RE = re.compile(
    # waiting for someone's answer, then at once: "ждём ответа от инвестора, потом сразу"
    r"(?<![а-я])(?:ждем|ждём|ожидаем) (?:ответа|решения|одобрения|денег|финансирования|"
    r"согласования)(?: от [а-я]+)?,? (?:а )?(?:потом|после)|"
    # can't say now: "как бюджет утвердят — сейчас сказать не могу" ("сейчас" is no start)
    r"(?<![а-я])(?:сейчас|пока) (?:сказать |ответить |назвать )?не (?:могу|скажу|готов[аы]?)"
    r"(?! начать| начинать| стартовать)(?![а-я])|can'?t (?:say|tell)(?: right)? now|"
    # "не знаем даже когда", "no idea when": not knowing when outweighs any period named
    rf"{_B}(?:(?:hard|tough|difficult) to (?:pin down|predict|estimate)|can'?t pin (?:it )?down|"
    r"(?:сложно|трудно|рано) загадывать|не загадыва[а-я]*|"
    # the date is someone else's to name: "дату назовёт директор, он сейчас в командировке"
    # (not "точную дату определит тендер" after a horizon: only the exact day is to come)
    r"(?<!точную )(?<!точные )(?<!конкретную )(?:дат[уаы]|срок[аи]?|старт) (?:назов[её]т|скажет|"
    r"определит|сообщит|решит|утвердит)"
    r"(?= [а-я])|(?:the )?(?:date|timing|start date) (?:will be|is to be|gets) (?:set|decided|"
    r"named|confirmed) by|"
    r"(?:дедлайн|срок)[а-я]* (?:пока |еще |ещё )?не (?:постав|определ|назнач|установ)[а-я]*|"
    r"никто не знает|(?:nobody|no one|no-one|god) knows|бог знает|"
    r"(?:не знаю|не знаем|не знает|понятия не имею|без понятия|no idea|not sure|"
    r"don'?t know|do not know|no clue) (?:даже |вообще |совсем |пока |even |yet )?"
    r"(?:когда|when)(?! (?:именно|точно|exactly|precisely))|как только,? так сразу|"
    r"no (?:firm |fixed |set |specific )?dates?(?: yet| so far)?|"
    r"не готов[аы]? (?:сказать|ответить|назвать)|not ready to (?:say|tell|commit)|"
    r"без (?:конкретн[а-я]* )?(?:даты|дат)(?! [а-я])|"
    # "сейчас снова обсуждаем, но без каких-либо сроков", "no timeframe at all" ("без жёстких
    # сроков, но хотелось бы в январе" names January)
    r"без (?:каких-(?:либо|то)|всяких) сроков|no (?:timeline|timeframe|deadline) at all|"
    r"(?:срок(?:ов|и)?|дат[уы]|timeline|(?:a )?date) (?:пока )?"
    r"(?:назвать |сказать )?не (?:могу|можем)|can'?t (?:give|commit to|name|set) (?:you )?"
    rf"(?:a |any )?(?:date|timeline)){_E}"
)
_TOMORROW_RE = re.compile(rf"{_B}(?:завтра|завтрашн(?:его|ий|ем) дн[а-я]*|tomorrow){_E}")
_DAY_AFTER_RE = re.compile(rf"{_B}(?:послезавтра|day after tomorrow){_E}")
_SOON_RE = re.compile(
    rf"{_B}(?:в ближайшее время|в скором времени|скоро|(?<!as )soon(?! as)|shortly|before long|"
    r"в ближайшем будущем|in the near future|in the near term|near[- ]term|short[- ]term|"
    r"in the short term|в ближайшей перспективе|в краткосрочной перспективе|"
    r"at the earliest opportunity|pretty soon|quite soon|very soon|"
    r"in the (?:coming|next (?:few|couple of)) weeks|в ближайшие (?:пару |несколько )?недел[а-я]*|"
    # ready when we are: "whenever you guys are free", "как только будете готовы"
    r"(?:whenever|as soon as) you(?: guys)?(?: are|'re) (?:free|ready|available)|"
    r"(?:как только|когда) (?:вы )?(?:будете )?(?:готовы|свободны)(?! [а-я])|"
    # ready when the studio can start: "whenever you can begin", "как только сможете взяться"
    r"(?:whenever|as soon as) you(?: guys)? (?:can|could|are able to) (?:start|begin|get started|"
    r"kick off|fit (?:us|it) in|take (?:us|it) on)|"
    r"как только (?:вы )?(?:сможете|будете готовы|освободитесь)(?: начать| приступить| взяться)?|"
    # "whenever you can", "когда сможете" at the end of a clause: the studio's first free day
    r"(?:whenever|when|as soon as) you(?: guys)? (?:can|could|are able)(?= ?(?:[,.!;)-]|$))|"
    r"(?:когда|как) (?:вы )?сможете(?= ?(?:[,.!;)-]|$| так| и| начн| приступ)))"
)
_COMING_DAYS_RE = re.compile(
    rf"{_B}(?:на днях|в ближайшие дни|на этих днях|in the coming days|in the next days|"
    r"any day now|в течение недели)"
)

_UNITS = {
    "day": r"дн(?:ей|я|ям)|день|сут(?:ок|ки)|days?",
    "week": r"недел(?:я|ю|и|ь|ями|ях|ьки|ьку|ька)|нед\.?|weeks?|wks?|wk",
    "month": r"месяц(?:а|ев|ы|ам|ах|е|ок|ка)?|мес\.?|months?|mos?",
    "quarter": r"квартал(?:а|ов)|quarters?",
    "year": r"год(?:а|у|ик(?:а|ов|у)?)?|лет|years?|yrs?",
}
_UNIT_ALT = "|".join(f"(?P<{k}>{v})" for k, v in _UNITS.items())
_UNIT_ALT2 = "|".join(f"(?P<{k}2>{v})" for k, v in _UNITS.items())
_NUMBER = r"\d+(?:[.,]\d+)?"
_DUR_PRE = (
    r"через|в течение|в течении|в течение ближайших|за|около|примерно|где-то|максимум|"
    r"в пределах|в ближайш(?:ие|ий|ую|ее|ая)|после|спустя|within|in|after|about|around|"
    r"approximately|max|up to|over the next|in the next|the next|next|in about|roughly|"
    r"в районе|порядка|на|до"
)
_DURATION_RE = re.compile(
    rf"{_B}(?:(?P<pre>{_DUR_PRE}) )?(?P<n>{_NUMBER})(?: ?(?:-|до|или|to|or|–) ?(?P<n2>{_NUMBER}))?"
    rf" ?(?:{_UNIT_ALT})(?![a-zа-я])(?! ?(?:назад|ago|тому))"
)
# One unit without a number: "в течение месяца", "in a quarter"; with "the next"/"ближайший"
# before it the same span ("в течение ближайшего квартала", "within the coming month"). A lone
# "квартал" is a span only here: after a number it names a quarter of the year ("1 квартал").
_UNIT_ALT_ONE = _UNIT_ALT.replace(r"квартал(?:а|ов)|", r"квартал(?:а|ов)?|")
_DURATION_NO_NUM_RE = re.compile(
    rf"{_B}(?:(?P<pre>через|в течение|в течении|за|в ближайш(?:ие|ий|ую|ее|ая)|within|in|after"
    # "как только вернётся директор, это неделя": the wait named after "это"
    rf"|спустя|около|примерно|где-то|in about|about|around|(?P<eto>(?<=[,.;—-] )это|^это))"
    rf" (?:a |an |one |the (?:next|coming) |ближайш(?:его|ей|ий|ую|ие|их) )?"
    rf"|^(?:где-то |примерно |около |~ ?)?)(?:{_UNIT_ALT_ONE})(?![a-zа-я])"
    r"(?!(?<=week) ?\d)"  # "in week 50" names a week, not "in a week"
    # "это недели три": a number after the unit is the Russian inverted count (_DURATION_INV_RE)
    r"(?(eto)(?! (?:\d|две|два|три|четыре|пять|шесть|полтора|полторы)(?![а-я])))"
)
_DURATION_INV_RE = re.compile(
    rf"{_B}(?:(?:через|спустя|в течение|within|in) )?(?:{_UNIT_ALT2}) (?:через |спустя )?"
    rf"(?P<n>\d{{1,2}})"
    # not "недели 3/4" or "3.5"; a full stop after it ends the sentence ("обычно недели три.")
    rf"(?: ?- ?(?P<n2>\d{{1,2}}))?{_E}(?! ?[/:\d]| ?[.,]\d)"
)

_PERIODS: list[tuple[re.Pattern[str], Callable[[date], date]]] = []


def _period(pattern: str) -> Callable[[Callable[[date], date]], Callable[[date], date]]:
    def deco(fn: Callable[[date], date]) -> Callable[[date], date]:
        _PERIODS.append((re.compile(rf"{_B}(?:{pattern}){_E}"), fn))
        return fn

    return deco


@_period(
    r"(?:на|в) (?:этой|текущей|данной) неделе|до конца (?:этой |текущей )?недели|"
    r"к концу (?:этой )?недели|в конце (?:этой )?недели|this week|by the end of (?:the|this) week|"
    r"(?:the )?end of (?:the |this )?week|within this week|later this week|на неделе"
)
def _this_week(t: date) -> date:
    return t + timedelta(days=6 - t.weekday())


@_period(
    r"(?:на|в) следующей неделе|со следующей недели|на след(?:\.|ующей)? неделе|"
    r"с понедельника|next week|the following week|early next week|on the next week|"
    r"(?:на|в) ближайшей неделе|на (?:следующую|будущую) неделю|"
    r"в начале следующей недели|на будущей неделе"
)
def _next_week(t: date) -> date:
    return t + timedelta(days=7 - t.weekday())


@_period(r"the week after next|через неделю после следующей")
def _week_after_next(t: date) -> date:
    return t + timedelta(days=14 - t.weekday())


@_period(r"в конце следующей недели|end of next week|by the end of next week")
def _end_next_week(t: date) -> date:
    return t + timedelta(days=13 - t.weekday())


@_period(
    r"(?:в|до) (?:этом|текущем|данном) месяце|до конца (?:этого |текущего )?месяца|"
    r"к концу (?:этого )?месяца|в конце (?:этого )?месяца|this month|"
    r"by the end of (?:the |this )?month|(?:the )?end of (?:the |this )?month|later this month|"
    r"within this month|в течение (?:этого|текущего) месяца"
)
def _this_month(t: date) -> date:
    return _eom(t.year, t.month)


@_period(
    r"(?:в|на) следующем месяце|со следующего месяца|в начале следующего месяца|"
    r"в след(?:\.|ующем)? месяце|next month|early next month|(?:the )?beginning of next month|"
    r"(?:the )?start of next month|the following month|в будущем месяце|с нового месяца|"
    r"на следующий месяц"
)
def _next_month(t: date) -> date:
    return _next_month_start(t)


@_period(r"the month after next|через месяц после следующего")
def _month_after_next(t: date) -> date:
    return _next_month_start(_next_month_start(t))


@_period(r"в конце следующего месяца|к концу следующего месяца|(?:by )?(?:the )?end of next month")
def _end_next_month(t: date) -> date:
    n = _next_month_start(t)
    return _eom(n.year, n.month)


@_period(r"в середине следующего месяца|(?:in )?mid next month|(?:the )?middle of next month")
def _mid_next_month(t: date) -> date:
    n = _next_month_start(t)
    return date(n.year, n.month, 15)


@_period(
    r"(?:в|до) (?:этом|текущем) квартале|до конца (?:этого |текущего )?квартала|"
    r"к концу (?:этого )?квартала|в конце (?:этого )?квартала|this quarter|"
    r"(?:by )?(?:the )?end of (?:the |this )?quarter|eoq|within this quarter"
)
def _this_quarter(t: date) -> date:
    return _quarter_end(t.year, _quarter(t))


@_period(
    r"(?:в|на) следующем квартале|со следующего квартала|в начале следующего квартала|"
    r"next quarter|the following quarter|early next quarter|в след(?:\.|ующем)? квартале|"
    r"на следующий квартал"
)
def _next_quarter(t: date) -> date:
    q = _quarter(t)
    return _quarter_start(t.year + (q == 4), q % 4 + 1)


@_period(r"the quarter after next|через квартал после следующего")
def _quarter_after_next(t: date) -> date:
    q = (_quarter(t) + 1) % 4 + 1
    return _quarter_start(t.year + (_quarter(t) >= 3), q)


@_period(
    r"(?:в|до) (?:этом|текущем|нынешнем) году|до конца (?:этого |текущего )?года|"
    r"к концу (?:этого )?года|в конце (?:этого )?года|this year|"
    r"(?:by )?(?:the )?end of (?:the |this )?year|year[- ]end|eoy|later this year|"
    r"к новому году|до нового года|by (?:the )?new year'?s?|before (?:the )?new year'?s?|"
    r"в течение этого года|"
    # "before the year ends", "пока год не закончился"
    r"(?:before|until|till|by the time) (?:the |this )?year (?:ends|is out|is over|closes)|"
    r"пока (?:этот )?год не (?:кончился|закончился)|"
    r"within this year|до нг|к нг|(?:by|before) (?:the )?ny(?![a-z])"
)
def _this_year(t: date) -> date:
    return date(t.year, 12, 31)


@_period(
    r"(?:в|на) следующем году|со следующего года|в новом году|в след(?:\.|ующем)? году|"
    r"next year|(?:some ?time|sometime) next year|в будущем году|"
    r"в течение следующего года|during next year|на следующий год"
)
def _next_year(t: date) -> date:
    # A year named without a month: its middle, never "within 90 days" in late November.
    return date(t.year + 1, MID_YEAR[0], MID_YEAR[1])


@_period(
    r"в начале (?:следующего|нового|будущего) года|early next year|"
    r"(?:the )?(?:beginning|start) of next year|в начале года|"
    r"^начало (?:следующего|нового|будущего) года|"
    r"в (?:первом|1) полугодии (?:следующего|будущего) года|first half of next year"
)
def _early_next_year(t: date) -> date:
    return date(t.year + 1, EARLY_YEAR[0], EARLY_YEAR[1])


@_period(r"the year after next|(?:в )?позаследующ[а-я]* год[а-я]*|через год после следующего")
def _year_after_next(t: date) -> date:
    return date(t.year + 2, MID_YEAR[0], MID_YEAR[1])


@_period(r"в середине следующего года|(?:in )?mid next year|(?:the )?middle of next year")
def _mid_next_year(t: date) -> date:
    return date(t.year + 1, 7, 1)


@_period(r"в конце следующего года|к концу следующего года|(?:by )?(?:the )?end of next year")
def _end_next_year(t: date) -> date:
    return date(t.year + 1, 12, 31)


@_period(
    r"(?:после|с) (?:нового года|нг|новогодних(?: праздников| каникул)?|праздников|новогодних)|"
    r"(?:first thing |early )?in the new year|first thing next year|"
    r"(?:from|starting|as of) (?:the )?new year'?s?|"
    r"(?:once|when|after) the holidays (?:are over|end)|"
    r"after (?:the )?new year'?s?(?: holidays)?|after (?:the )?holidays|в январе после праздников|"
    # New Year written short: "right after NY"
    r"(?:after|from|starting|past) (?:the )?ny(?![a-z])|"
    r"(?:после|не раньше) (?:январских|новогодних)(?: праздников| каникул)?|"
    r"(?:как|когда) (?:[а-я]+ )?"
    r"(?:каникулы|праздники) (?:новогодние |январские )?(?:кончатся|закончатся|пройдут)|"
    r"(?:как|когда) (?:[а-я]+ )?(?:кончатся|закончатся|пройдут) (?:новогодние |январские )?"
    r"(?:каникулы|праздники)|"
    # back from the winter break: "как выйдем с каникул", "once everyone's back from the
    # Christmas break" ("после летних каникул" is another season)
    r"(?:после|с) (?:зимних |новогодних |январских )?каникул|(?:как|когда) (?:все )?(?:выйдем|"
    r"выйдут|вернемся|вернутся) (?:с|после) (?:зимних |новогодних |январских )?(?:каникул|"
    r"праздников)|(?:once|when|after) (?:everyone'?s|everyone is|everybody'?s|we'?re|we are|"
    r"the team is|people are) back from the (?:christmas|xmas|holiday|new year'?s?|winter) "
    r"(?:break|holidays)"
)
def _after_new_year(t: date) -> date:
    m, d = NEW_YEAR_HOLIDAYS_END
    target = date(t.year, m, d)
    return target if target >= t else date(t.year + 1, m, d)


@_period(
    r"(?:на|в|во время|во) (?:новогодн(?:их|ие)|январск(?:их|ие)|зимн(?:их|ие)) "
    r"(?:праздник(?:ах|и)|каникул(?:ах|ы))|"
    r"(?:over|during|in|through) the new year'?s? (?:holidays|break|period)"
)
def _new_year_holidays(t: date) -> date:
    # during the Russian New-Year holidays (January 1 to 10): at them, now if they are running
    m, d = NEW_YEAR_HOLIDAYS_END
    if date(t.year, 1, 1) <= t <= date(t.year, m, d):
        return t
    return date(t.year + 1, 1, 1)


@_period(
    r"(?:over|during|in|through|for) the (?:christmas|xmas|winter|holiday) "
    r"(?:holidays|break|period|season)|(?:over|during|through) the holidays|"
    r"(?:на|в) рождественск(?:их|ие) (?:праздник(?:ах|и)|каникул(?:ах|ы))"
)
def _christmas_holidays(t: date) -> date:
    # during the Christmas holidays: from Christmas Eve, now if they are running
    if (t.month == 1 and t.day <= 1) or t >= date(t.year, 12, 24):
        return t
    return date(t.year, 12, 24)


@_period(r"(?:before|by|until|for) (?:the )?christmas|до католического рождества")
def _christmas(t: date) -> date:
    target = date(t.year, 12, 25)
    return target if target >= t else date(t.year + 1, 12, 25)


@_period(
    r"(?:right |just )?(?:before|by|for) (?:valentine'?s day|valentines)|"
    r"(?:до|к) (?:дню (?:всех )?влюбленных|дня (?:всех )?влюбленных)"
)
def _valentines(t: date) -> date:
    target = date(t.year, 2, 14)
    return target if target >= t else date(t.year + 1, 2, 14)


@_period(
    r"(?:сразу )?после (?:православного )?рождества|с рождества|"
    r"(?:right |just )?after (?:the )?orthodox christmas"
)
def _after_orthodox_christmas(t: date) -> date:
    target = date(t.year, 1, 8)  # Christmas is on the 7th of January in Russia
    return target if target >= t else date(t.year + 1, 1, 8)


@_period(r"(?:right |just )?after (?:the )?(?:christmas|xmas)|после католического рождества")
def _after_christmas(t: date) -> date:
    target = date(t.year, 12, 26)
    return target if target >= t else date(t.year + 1, 12, 26)


def _thanksgiving(year: int) -> date:
    """The fourth Thursday of November (US)."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _next_holiday(t: date, day_of: Callable[[int], date], offset: int) -> date:
    target = day_of(t.year) + timedelta(days=offset)
    return target if target >= t else day_of(t.year + 1) + timedelta(days=offset)


@_period(r"before (?:the )?(?:holidays|holiday season)|до (?:новогодних )?праздников")
def _before_holidays(t: date) -> date:
    target = date(t.year, 12, 24)
    return target if target >= t else date(t.year + 1, 12, 24)


@_period(r"(?:before|by|until|for) thanksgiving")
def _by_thanksgiving(t: date) -> date:
    return _next_holiday(t, _thanksgiving, 0)


@_period(r"(?:right |just )?after thanksgiving|(?:before|by|until|for) black friday")
def _after_thanksgiving(t: date) -> date:
    return _next_holiday(t, _thanksgiving, 1)


@_period(
    r"(?:right |just )?after (?:black friday|the black friday rush)|by cyber monday|"
    r"(?:сразу )?после черной пятниц[а-я]*"
)
def _after_black_friday(t: date) -> date:
    return _next_holiday(t, _thanksgiving, 4)  # Cyber Monday


@_period(r"(?:после|с) майских(?: праздников| каникул)?|после мая|after the may holidays")
def _after_may_holidays(t: date) -> date:
    target = date(t.year, 5, 11)
    return target if target >= t else date(t.year + 1, 5, 11)


# ------------------------------------------------------------------ holidays of other calendars


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of the month; ``n = -1`` is the last one."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday]  # fmt: skip
    return date(year, month, days[n if n < 0 else n - 1])


def _orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, 13 days later in the Gregorian calendar
    (true from 1900 to 2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def _table(*days: str) -> Callable[[int], date | None]:
    """A lunar or lunisolar holiday's first day by year, from a table (2025-2030); a year
    outside the table dates nothing rather than a guess."""
    by_year = {date.fromisoformat(d).year: date.fromisoformat(d) for d in days}
    return by_year.get


# (names in any word form, its first day in a given year, how many days it lasts). "Before",
# "by", "around", "from" a holiday mean its first day; "after" it the day after its last.
_HOLIDAYS: list[tuple[str, Callable[[int], date | None], int]] = [
    (r"(?:christmas|xmas) week", lambda y: date(y, 12, 22), 7),
    (r"пурим[а-я]*|purim", _table(
        "2025-03-14", "2026-03-03", "2027-03-23", "2028-03-12", "2029-03-01", "2030-03-19"), 1),
    (r"песах[а-я]*|pesach|passover", _table(
        "2025-04-13", "2026-04-02", "2027-04-22", "2028-04-11", "2029-03-31", "2030-04-18"), 8),
    (r"(?:uae )?national day(?: of the uae)?|день (?:образования|независимости) оаэ",
     lambda y: date(y, 12, 2), 2),
    (r"ханук[а-я]*|hanukk?ah|chanukk?ah", _table(
        "2025-12-15", "2026-12-05", "2027-12-25", "2028-12-13", "2029-12-02", "2030-12-21"), 8),
    (r"рамадан[а-я]*|рамазан[а-я]*|ramadan|ramzan", _table(
        "2025-03-01", "2026-02-18", "2027-02-08", "2028-01-28", "2029-01-16", "2030-01-06"), 30),
    # a bare "Eid" is the next Eid al-Fitr, the one people plan around
    (r"ураз[аыеу][- ]байрам[а-я]*|eid al[- ]fitr|eid ul[- ]fitr|eid(?![- ](?:al|ul)[- ]adha)",
     _table(
        "2025-03-30", "2026-03-20", "2027-03-10", "2028-02-27", "2029-02-14", "2030-02-05"), 3),
    (r"курбан[- ]байрам[а-я]*|eid al[- ]adha|eid ul[- ]adha|bakri?d", _table(
        "2025-06-06", "2026-05-27", "2027-05-16", "2028-05-05", "2029-04-24", "2030-04-13"), 4),
    (r"песах[а-я]*|passover|pesach", _table(
        "2025-04-13", "2026-04-02", "2027-04-22", "2028-04-11", "2029-03-31", "2030-04-18"), 8),
    (r"рош[- ]ха[- ]шан[а-я]*|rosh hashanah?", _table(
        "2025-09-23", "2026-09-12", "2027-10-02", "2028-09-21", "2029-09-10", "2030-09-28"), 2),
    (r"sinterklaas|sint[- ]nicolaas|st\.? nicholas(?:'s)? day|день святого николая",
     lambda y: date(y, 12, 5), 2),
    (r"дивали|diwali|deepavali", _table(
        "2025-10-20", "2026-11-08", "2027-10-29", "2028-10-17", "2029-11-05", "2030-10-26"), 3),
    (r"китайск[а-я]* нов[а-я]* год[а-я]*|(?:chinese|lunar) new year|spring festival|"
     r"(?:vietnamese new year|t[eế]t(?: holidays?)?)(?![a-z])|seollal", _table(
        "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"), 7),
    (r"pongal|понгал[а-я]*", lambda y: date(y, 1, 14), 4),
    (r"holi(?! ?days?)(?![a-z])|холи", _table(
        "2025-03-14", "2026-03-04", "2027-03-22", "2028-03-11", "2029-03-01", "2030-03-20"), 2),
    # national days the English-speaking world plans around
    (r"australia day|republic day", lambda y: date(y, 1, 26), 1),
    (r"waitangi day", lambda y: date(y, 2, 6), 1),
    (r"anzac day", lambda y: date(y, 4, 25), 1),
    (r"canada day", lambda y: date(y, 7, 1), 1),
    (r"навруз[а-я]*|новруз[а-я]*|наурыз[а-я]*|nowruz|navruz|norooz|nowrouz",
     lambda y: date(y, 3, 21), 3),
    # Russian public holidays named, not dated ("ко Дню защитника Отечества", "к женскому дню")
    (r"(?:(?:день|дн[а-я]+) )?защитник[а-я]* отечества|defender of the fatherland day",
     lambda y: date(y, 2, 23), 1),
    (r"(?:международн[а-я]* )?женск(?:ий|ого|ому|им|ом) (?:день|дн[а-я]+|праздник[а-я]*)|"
     r"(?:international )?women'?s day", lambda y: date(y, 3, 8), 1),
    (r"(?:st\.? |saint )?valentine'?s(?: day)?|(?:день|дн[а-я]+) (?:святого )?валентина|"
     r"валентинов(?:ым|ом|а)? дн[а-я]+|валентинов день", lambda y: date(y, 2, 14), 1),
    (r"(?:день|дн[а-я]+) победы|victory day", lambda y: date(y, 5, 9), 1),
    (r"(?:день|дн[а-я]+) россии", lambda y: date(y, 6, 12), 1),
    (r"(?:день|дн[а-я]+) народного единства|ноябрьск(?:ие|их|им) (?:праздник|выходн)[а-я]*",
     lambda y: date(y, 11, 4), 1),
    # the end of the school year: "после окончания учебного года", "when the school year ends"
    (r"(?:окончани[а-я]*|конц[а-я]*) учебного года|(?:за)?конч(?:ится|им|ат) учебный год|"
     r"(?:the )?school year ends|end of (?:the )?"
     r"school year|end of the academic year", lambda y: date(y, 5, 31), 1),
    (r"(?:день|дн[а-я]+) знаний|(?<!кончится )(?<!кончим )(?<!кончат )"
     r"(?:нов(?:ому|ый|ого) )?учебн(?:ому|ый|ого) году?|"
     r"back[- ]to[- ]school|(?:the )?(?:new|next) school year|start of (?:the )?school year",
     lambda y: date(y, 9, 1), 1),
    (r"independence day|(?:the )?fourth of july|(?:the )?4th of july", lambda y: date(y, 7, 4), 1),
    (r"memorial day", lambda y: _nth_weekday(y, 5, 0, -1), 1),
    (r"labou?r day", lambda y: _nth_weekday(y, 9, 0, 1), 1),
    (r"good friday", lambda y: _easter(y) - timedelta(days=2), 1),
    (r"boxing day", lambda y: date(y, 12, 26), 1),
    (r"singles'? day|(?:день|дн[а-я]+) холостяк[а-я]*|11\.11", lambda y: date(y, 11, 11), 1),
    (r"st\.? ?patrick'?s(?: day)?|saint patrick'?s(?: day)?|st\.? ?paddy'?s(?: day)?|"
     r"(?:день|дн[а-я]+) святого патрика", lambda y: date(y, 3, 17), 1),
    # the US shopping days: "after Black Friday" is Cyber Monday
    (r"thanksgiving|(?:день|дн[а-я]+) благодарения", _thanksgiving, 1),
    (r"black friday|черн(?:ая|ой|ую) пятниц[аеуы]",
     lambda y: _thanksgiving(y) + timedelta(days=1), 3),
    (r"cyber monday|киберпонедельник[а-я]*", lambda y: _thanksgiving(y) + timedelta(days=4), 1),
    (r"масленниц[а-я]*|масленица|масленицы|масленицу|масленице|maslenitsa",
     lambda y: _orthodox_easter(y) - timedelta(days=55), 7),
    (r"пасх[аиуе]|пасхальн[а-я]* (?:праздник[а-я]*|выходн[а-я]*)|orthodox easter",
     _orthodox_easter, 2),
    (r"(?<!orthodox )easter", _easter, 2),
]  # fmt: skip
# Holidays whose name is an ordinary word as well ("christmas decorations", "на тему карнавала"):
# read only after a preposition. Carnival (Saturday to Shrove Tuesday) is counted from Easter;
# "after the carnival" is Ash Wednesday.
_HOLIDAYS_AFTER_PREP: list[tuple[str, Callable[[int], date | None], int]] = [
    (r"christmas eve|xmas eve|сочельник[а-я]*", lambda y: date(y, 12, 24), 1),
    (r"christmas|xmas|x-mas|католическ[а-я]* рождеств[а-я]*", lambda y: date(y, 12, 25), 1),
    (r"рождеств(?:а|о|у|е|ом)", lambda y: date(y, 1, 7), 1),  # the Orthodox one, in Russia
    (r"божич[а-я]*", lambda y: date(y, 1, 7), 1),  # the same, in Serbia
    (r"стар(?:ый|ого|ому|ым) нов(?:ый|ого|ому|ым) год(?:а|у|ом)?", lambda y: date(y, 1, 14), 1),
    (r"new year'?s eve|канун[а-я]* нового года|новогодн(?:юю|яя|ей) ноч(?:ь|и)",
     lambda y: date(y, 12, 31), 1),
    (r"carnival|carnaval|карнавал(?:а|у|е|ом)?", lambda y: _easter(y) - timedelta(days=50), 4),
    (r"halloween|хэллоуин[а-я]*|хеллоуин[а-я]*", lambda y: date(y, 10, 31), 1),
    # the Orthodox Epiphany, January 19th: "после Крещения"
    (r"крещени(?:я|е|ю|ем)|крещенск(?:их|ие) (?:морозов|морозы|праздник[а-я]*)|"
     r"orthodox epiphany", lambda y: date(y, 1, 19), 1),
    # "к майским", "на майских" (not "майские скидки"): the May holidays, 1st to 10th
    (r"майск(?:ие|их|им|ими)(?: праздник[а-я]*| каникул[а-я]*| выходн[а-я]*)?",
     lambda y: date(y, 5, 1), 10),
]  # fmt: skip
_HOLIDAY_PREP = (
    r"после|after|с|со|from|до|к|ко|by|before|until|till|around|на|в|во|during|over|on|for|at"
)
_HOLIDAY_RES = [
    (
        re.compile(
            rf"{_B}(?:(?P<prep>{_HOLIDAY_PREP}) ){'' if needs_prep else '?'}"
            rf"(?:(?:the )?(?:next|this|следующ[а-я]*|ближайш[а-я]*) )?"
            rf"(?:the )?(?:{names}){_E}"
        ),
        first_day,
        length,
    )
    for needs_prep, table in ((False, _HOLIDAYS), (True, _HOLIDAYS_AFTER_PREP))
    for names, first_day, length in table
]


def _holidays(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern, first_day, length in _HOLIDAY_RES:
        for m in pattern.finditer(t):
            after = m.group("prep") in ("после", "after")
            # "by Black Friday next year": that year's, not this one's
            first_year = (
                today.year + 1 if _NEXT_YEAR_AFTER_RE.match(t, m.end()) else today.year - 1
            )
            for year in range(first_year, today.year + 3):
                start = first_day(year)
                if start is None:
                    continue
                target = start + timedelta(days=length) if after else start
                if not after and start <= today < start + timedelta(days=length):
                    target = today  # "during Ramadan" while it runs: now
                if target >= today:
                    out.append((m.start(), -(m.end() - m.start()), (target - today).days))
                    break
    return out


# -------------------------------------------------------------------- explicit-date patterns

_NEXT_YEAR = r" (?P<nexty>следующего года|будущего года|next year|нового года)"
_ISO_RE = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_NUM_DATE_RE = re.compile(
    # (not "месяц-1.5": one and a half after a unit and a hyphen is a count)
    r"(?<![\d.,])(?<![а-яa-z]-)(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?(?!\d|[.,]\d)"
    r"(?! ?(?:мес|недел|дн|год|лет|month|week|day|year|млн|тыс|к\b|k\b|%))"
)
_DAY_MONTH_RE = re.compile(
    rf"{_B}(\d{{1,2}})(?:-?(?:го|е|ого|st|nd|rd|th))?(?: of)? ({_MONTH_ALT}){_E}(?:,? (\d{{4}}))?"
)
_MONTH_DAY_RE = re.compile(
    rf"{_B}({_MONTH_ALT}) (\d{{1,2}})(?:st|nd|rd|th)?{_E}(?!\d)(?:,? (\d{{4}}))?(?! ?(?:год|year))"
)
_MONTH_RE = re.compile(
    rf"{_B}(?:{_MOD} )?(?:{_PREP} )?(?P<month>{_MONTH_ALT}){_E}"
    rf"(?: (?P<year>\d{{4}})|{_NEXT_YEAR})?"
)
_SEASON_ALT = (
    r"(?P<spring>весн[а-я]*|spring)|(?P<summer>лет(?:ом|о|у|а|нем)|summer)|"
    r"(?P<autumn>осен[а-я]*|autumn|fall)|(?P<winter>зим(?:ой|а|у|е|ы|ний|нем)|winter)"
)
_SEASON_RE = re.compile(
    rf"{_B}(?:{_MOD} )?(?:{_PREP} )?(?:(?P<which>следующ[а-я]*|будущ[а-я]*|этой|этим|этого|"
    rf"this|next|ближайш[а-я]*) )?(?:{_SEASON_ALT}){_E}(?: (?P<year>\d{{4}})|{_NEXT_YEAR})?"
)
_ORD = {
    "перв": 1,
    "1": 1,
    "i": 1,
    "first": 1,
    "1st": 1,
    "втор": 2,
    "2": 2,
    "ii": 2,
    "second": 2,
    "2nd": 2,
    "трет": 3,
    "3": 3,
    "iii": 3,
    "third": 3,
    "3rd": 3,
    "четверт": 4,
    "4": 4,
    "iv": 4,
    "fourth": 4,
    "4th": 4,
}
_QUARTER_RE = re.compile(
    rf"{_B}(?:{_MOD} )?(?:(?:в|во|к|до|на|in|by|until|during) )?(?:the )?"
    r"(?:q ?(?P<a>[1-4])|(?P<b>[1-4]) ?q"
    r"|(?:(?P<c>[1-4]|i{1,3}|iv)(?:-?(?:ый|ой|ий|ем|ом|м|й|го|ого|его))?"
    r"|(?P<e>перв|втор|трет|четверт)[а-я]*) ?(?:кв\.?|квартал[а-я]*)"
    r"|(?P<d>first|second|third|fourth|1st|2nd|3rd|4th) quarter)"
    rf"(?![a-zа-я])(?: (?:of )?(?P<year>\d{{4}})|{_NEXT_YEAR})?"
)
_YEAR_RE = re.compile(
    rf"{_B}(?:{_MOD} )?(?:(?P<prep>в|к|до|на|in|by|until|before|during|for)(?: the)? )?"
    # "the 2028 season" is the year too
    r"(?P<year>20\d{2})(?: ?(?:году|года|год|г\.?|year|season|сезон[а-я]*))?(?![\d])"
)
_WEEKDAYS = [
    r"понедельник[а-я]*|monday|mon",
    r"вторник[а-я]*|tuesday|tue",
    r"сред[ауы]|wednesday|wed",
    r"четверг[а-я]*|thursday|thu",
    r"пятниц[а-я]*|friday|fri",
    r"суббот[а-я]*|saturday|sat",
    r"воскресень[а-я]*|sunday|sun",
]
_WEEKDAY_RE = re.compile(
    rf"{_B}(?:в|во|к|до|на|on|by|until|next|this|с|со|from|starting|as of) "
    r"(?:следующ[а-я]* |ближайш[а-я]* |эт(?:от|у|у же) |this |next |coming |this coming )?"
    rf"(?:{'|'.join(f'(?P<w{i}>{p})' for i, p in enumerate(_WEEKDAYS))}){_E}"
)
# A weekday's full name opening the answer ("monday", "Monday works", "пятница"): the next one.
_BARE_WEEKDAYS = [
    r"понедельник|monday",
    r"вторник|tuesday",
    r"wednesday",
    r"четверг|thursday",
    r"пятниц[аеуы]|friday",
    r"суббот[аеуы]|saturday",
    r"воскресень[ея]|sunday",
]
_BARE_WEEKDAY_RE = re.compile(
    "^(?:" + "|".join(f"(?P<w{i}>{p})" for i, p in enumerate(_BARE_WEEKDAYS)) + rf"){_E}"
)
# An English weekday's full name anywhere ("can start monday", "we could kick off thursday"):
# the next one; not a shopping day, a past or a recurring one ("Black Friday", "last Monday",
# "every Tuesday").
_EN_WEEKDAY_RE = re.compile(
    r"(?<![0-9a-z])(?<!black )(?<!cyber )(?<!good )(?<!every )(?<!last )(?<!past )"
    r"(?<!previous )(?<!since )"
    "(?:"
    + "|".join(f"(?P<w{i}>{p.split('|')[-1]})" for i, p in enumerate(_BARE_WEEKDAYS))
    + rf"){_E}"
)


# ------------------------------------------------------------------------------ detectors

Candidate = tuple[int, int, int]  # (start, -length, days)


def _days(today: date, target: date) -> int | None:
    delta = (target - today).days
    return delta if delta >= 0 else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _upcoming(today: date, m: int, d: int, year: int | None) -> date | None:
    if year is not None:
        return _safe_date(year, m, d)
    target = _safe_date(today.year, m, d)
    if target is None:
        return None
    if target < today:
        target = _safe_date(today.year + 1, m, d)
    return target


def _year4(y: str | None) -> int | None:
    if not y:
        return None
    v = int(y)
    return v + 2000 if v < 100 else v


# "после 23 февраля", "after 15 April", "after the 23rd of May": the day after a date; "после
# января", "after the end of March": the day after the period is over.
_AFTER_PERIOD_RE = re.compile(r"(?<![a-zа-я])(?:после|after)(?: the)? $")
# ISO week numbers: "на 50-й неделе", "week 50", "KW 50", "W50" -> that week's Monday (this
# year's, or next year's once it has passed)
_WEEK_NO_RE = re.compile(
    r"(?<![a-zа-я0-9])(?:(?:на|в|к|с|до) )?(?P<n>\d{1,2})(?P<ord>-?(?:й|я|ой|ая|ую|th|st|nd|rd))? "
    r"недел[а-я]*(?! (?:назад|спустя))|(?:week|kw|w) ?(?P<n2>\d{1,2})(?![0-9])"
)


_MONTH_AFTER_RE = re.compile(r" (?:of )?([a-zа-я]+)")


def _week_numbers(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _WEEK_NO_RE.finditer(t):
        n = int(m.group("n") or m.group("n2"))
        if not (m.group("n2") or m.group("ord")) or not 1 <= n <= 53:
            continue  # "через 2 недели" is a duration, not week 2
        month = _MONTH_AFTER_RE.match(t, m.end())
        month_no = _month_no(month.group(1)) if month else None
        if month_no is not None:
            if n <= 5:  # "на 3-й неделе февраля", "week 2 of March": that month's n-th week
                first = _upcoming(today, month_no, 1, None)
                if first is not None:
                    target = first + timedelta(days=7 * (n - 1))
                    out.append((m.start(), -(month.end() - m.start()), (target - today).days))
            continue
        for year in (today.year, today.year + 1):
            try:
                monday = date.fromisocalendar(year, n, 1)
            except ValueError:
                continue
            if monday + timedelta(days=6) >= today:
                out.append((m.start(), -(m.end() - m.start()), max(0, (monday - today).days)))
                break
    return out


def _explicit_dates(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []

    def add(m: re.Match[str], target: date | None) -> None:
        if target is None:
            return
        if _AFTER_PERIOD_RE.search(t, max(0, m.start() - 10), m.start()):
            target += timedelta(days=1)  # "после 23 февраля": from the 24th
        d = _days(today, target)
        if d is not None:
            out.append((m.start(), -(m.end() - m.start()), d))

    for m in _ISO_RE.finditer(t):
        add(m, _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _NUM_DATE_RE.finditer(t):
        day, month = int(m.group(1)), int(m.group(2))
        year = _year4(m.group(3))
        valid = 1 <= day <= 31 and 1 <= month <= 12
        target = _upcoming(today, month, day, year) if valid else None
        if "/" in m.group(0) and day <= 12 and not CYRILLIC_RE.search(t):
            # "12/10" in English is 12 October in most of the world and December 10 in the US:
            # of two valid readings the nearer one, since a start eleven months away is rarely
            # written as a bare date.
            us = _upcoming(today, day, month, year) if month <= 31 else None
            if us is not None and (target is None or us < target):
                target = us
        add(m, target)
    for m in _DAY_MONTH_RE.finditer(t):
        month_no = _month_no(m.group(2))
        if month_no:
            add(m, _upcoming(today, month_no, int(m.group(1)), _year4(m.group(3))))
    for m in _MONTH_DAY_RE.finditer(t):
        month_no = _month_no(m.group(1))
        if month_no and 1 <= int(m.group(2)) <= 31:
            add(m, _upcoming(today, month_no, int(m.group(2)), _year4(m.group(3))))
    if not out:
        for m in _DAY_ONLY_RE.finditer(t):
            day = int(m.group("day") or m.group("day2") or m.group("day3"))
            if 1 <= day <= 31:  # the next time the month reaches that day
                this_month = _safe_date(today.year, today.month, day)
                nxt = _next_month_start(today)
                add(
                    m,
                    this_month
                    if this_month and this_month >= today and not m.group("next")
                    else _safe_date(nxt.year, nxt.month, day),
                )
    return out


# "числа 10-го", "с 15-го числа", "к 1-му", "back on the 14th": a day of the month without
# the month
_DAY_ONLY_RE = re.compile(
    rf"{_B}(?:(?:числа|к|с|после|до|около) (?P<day>\d{{1,2}})-?(?:го|е|ого|му|ому)(?: числа)?|"
    r"(?P<day2>\d{1,2})(?:-?(?:го|ого))? числа|"
    # ("the 15th" typed alone: the article is enough)
    r"(?:(?:on|by|from|after|around|before|until|till|starting) |^)the (?P<day3>\d{1,2})"
    r"(?:st|nd|rd|th)"
    r"(?! of (?!next|the next|the following)[a-z]))"
    # "с 10 числа следующего месяца", "the 28th of next month": that day of the next month
    r"(?P<next>(?: числа)? (?:следующего|будущего) месяца| of (?:next|the next|the following) "
    r"month)?(?![0-9a-zа-я])"
)


_REFINES_GAP_RE = re.compile(
    r"[ ,;:—–-]*(?:(?:точнее|а именно|то есть|конкретно|примерно|где-то|скорее всего|скорее|"
    r"ориентировочно|наверное|может|more precisely|precisely|i mean|say|probably|maybe)"
    r"[ ,;:—–-]*)*"
)


def _days_after_anchor(t: str, today: date, horizon: list[Candidate]) -> list[Candidate]:
    """A day of the month after an earlier time in the answer is that day on or after it:
    "после праздников, точнее, числа 12-го" is January 12, not the 12th of next month;
    "в январе, числа 15-го" is January 15. The day replaces the time it refines."""
    out = list(horizon)
    for c in horizon:
        m = _DAY_ONLY_RE.match(t, c[0])
        anchors = [a for a in horizon if a[0] < c[0] and not _DAY_ONLY_RE.match(t, a[0])]
        if m is None or m.group("next") or not anchors:
            continue
        day = int(m.group("day") or m.group("day2") or m.group("day3"))
        refined = max(anchors)  # the nearest time before the day, and only a word between
        if not _REFINES_GAP_RE.fullmatch(t, refined[0] - refined[1], c[0]):
            continue  # "before the Christmas break, schools close on the 18th": another fact
        anchor = today + timedelta(days=refined[2])
        target = _safe_date(anchor.year, anchor.month, day)
        if target is None or target < anchor:
            nxt = _next_month_start(anchor)
            target = _safe_date(nxt.year, nxt.month, day)
        d = _days(today, target) if target else None
        if d is not None:
            out = [a for a in out if a not in (c, refined)] + [(c[0], c[1], d)]
    return out


def _named_months(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _MONTH_RE.finditer(t):
        token = m.group("month")
        month_no = _month_no(token)
        if month_no is None:
            continue
        mod, prep, year_s = m.group("mod"), m.group("prep"), m.group("year")
        if token in _AMBIGUOUS_MONTHS and not (mod or prep or year_s):
            continue  # "may" / "mar" / "сен" alone are other words
        kind = _mod_kind(mod)
        after = bool(_AFTER_PERIOD_RE.search(t[max(0, m.start() - 10) : m.start()]))
        year = int(year_s) if year_s else None
        if m.group("nexty"):
            year = today.year + 1
        if year is None:
            year = today.year if month_no >= today.month else today.year + 1
        current = year == today.year and month_no == today.month
        if prep == "next" and current:
            year += 1
            current = False
        if after and kind in (None, "end"):
            target = _eom(year, month_no) + timedelta(days=1)  # "после января": February 1
        elif kind == "end" or (
            kind is None and current and prep not in ("к", "до", "by", "until")
        ):
            target = _eom(year, month_no)
        elif kind == "mid":
            target = date(year, month_no, 15)
        else:
            target = date(year, month_no, 1)
        d = _days(today, target)
        if d is None and current:
            d = _days(today, _eom(year, month_no))
        if d is not None:
            out.append((m.start(), -(m.end() - m.start()), d))
    return out


# In a season's last month a bare season name means its next occurrence.
_SEASON_ENDING_DAYS = 31


def _seasons(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SEASON_RE.finditer(t):
        season = next(k for k in _SEASON_MONTHS if m.group(k))
        which = m.group("which") or ""
        skip_current = which.startswith(("следующ", "будущ", "next")) or m.group("prep") == "next"
        if t[max(0, m.start() - 6) : m.start()].endswith("ближе ") and not m.group("mod"):
            skip_current = True  # "ближе к осени" in November: the next autumn
        start, end, current = _season_bounds(season, today, skip_current)
        if (
            current
            and (end - today).days < _SEASON_ENDING_DAYS
            and not which.startswith(("эт", "this"))
        ):
            # "осенью" on the 25th of November: the autumn that is ending is not meant (it has
            # days left), the next one is; "этой осенью" still is this one.
            start, end, current = _season_bounds(season, today, skip_current=True)
        year_s = m.group("year") or (str(today.year + 1) if m.group("nexty") else None)
        if year_s:
            y = int(year_s)
            months = _SEASON_MONTHS[season]
            start = date(y, months[0], 1)
            end = _eom(y + (season == "winter"), months[2])
            current = start <= today <= end
        kind = _mod_kind(m.group("mod"))
        prep = m.group("prep")
        after = bool(_AFTER_PERIOD_RE.search(t[max(0, m.start() - 10) : m.start()]))
        if after and kind in (None, "end"):
            target = end + timedelta(days=1)  # "после лета": September 1
        elif kind == "end":
            target = end
        elif kind == "mid":
            mid_month = _SEASON_MONTHS[season][1]
            target = date(start.year + (season == "winter"), mid_month, 15)
        elif current and kind is None and prep not in ("к", "до", "by", "until"):
            target = end
        else:
            target = start
        d = _days(today, target)
        if d is None and current:
            d = _days(today, end)
        if d is not None:
            out.append((m.start(), -(m.end() - m.start()), d))
    return out


def _quarters(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _QUARTER_RE.finditer(t):
        raw = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or ""
        q = _ORD.get(raw)
        if q is None:
            continue
        year = int(m.group("year")) if m.group("year") else None
        if m.group("nexty"):
            year = today.year + 1
        cur_q = _quarter(today)
        if year is None:
            year = today.year if q >= cur_q else today.year + 1
        current = year == today.year and q == cur_q
        kind = _mod_kind(m.group("mod"))
        if kind == "end" or (current and kind != "mid"):
            target = _quarter_end(year, q)
        elif kind == "mid":
            target = date(year, 3 * (q - 1) + 2, 15)
        else:
            target = _quarter_start(year, q)
        d = _days(today, target)
        if d is None and current:
            d = _days(today, _quarter_end(year, q))
        if d is not None:
            out.append((m.start(), -(m.end() - m.start()), d))
    return out


# (and the year the money was approved in: "approved in the FY27 capex plan")
_BUDGET_YEAR_RE = re.compile(
    r"(?:бюджет|смет|budget)[a-zа-я]* (?:на |for |of )?$|(?:approved|allocated|budgeted|"
    r"утвержден[а-я]*|заложен[а-я]*|одобрен[а-я]*) (?:in |for )?(?:the |our )?$"
)
_YEAR_BUDGET_RE = re.compile(r" ?(?:год[а-я]* |year )?(?:budget|бюджет|capex|opex)")


def _years(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _YEAR_RE.finditer(t):
        y = int(m.group("year"))
        has_context = m.group("prep") or m.group("mod") or re.search(r"\D$", m.group(0))
        if not has_context and t.strip(" .!") != m.group("year"):
            continue
        if y < today.year or y > today.year + 10:
            continue
        if _BUDGET_YEAR_RE.search(t[max(0, m.start() - 20) : m.start()]) or _YEAR_BUDGET_RE.match(
            t, m.end()
        ):
            continue  # "бюджет на 2027 год", "the 2027 budget": whose year, not when we start
        kind = _mod_kind(m.group("mod"))
        prep = m.group("prep")
        if y == today.year or kind == "end":
            target = date(y, 12, 31)
        elif kind == "start":
            target = date(y, *EARLY_YEAR)
        elif prep in ("к", "до", "by", "until", "before"):
            target = date(y, 1, 1)  # a deadline: "к 2027 году"
        else:
            target = date(y, *MID_YEAR)
        d = _days(today, target)
        if d is not None and y > today.year:
            d = max(d, FAR_MIN_DAYS)
        if d is not None:
            out.append((m.start(), -(m.end() - m.start()), d))
    return out


def _weekdays(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for m in (
        *_WEEKDAY_RE.finditer(t),
        *_BARE_WEEKDAY_RE.finditer(t),
        *_EN_WEEKDAY_RE.finditer(t),
    ):
        wd = next(i for i in range(7) if m.group(f"w{i}"))
        ahead = (wd - today.weekday()) % 7 or 7
        out.append((m.start(), -(m.end() - m.start()), ahead))
    return out


def _unit_of(m: re.Match[str], suffix: str = "") -> str | None:
    for unit in DAYS_PER_UNIT:
        if m.group(unit + suffix):
            return unit
    return None


# A duration that measures experience or a company's age is no horizon.
_EXPERIENCE_AFTER_RE = re.compile(
    r"^ ?(?:of experience|experience|in (?:the )?(?:business|industry|market|e-?commerce|"
    r"[a-z-]+ (?:industry|business))|on the market|опыта|стажа|в профессии|в отрасли|в сфере|"
    r"на рынке|в бизнесе|работы|работаем|работаю|в [a-zа-я-]+ (?:сфере|отрасли|бизнесе))"
)
_EXPERIENCE_BEFORE_RE = re.compile(r"(?:for|уже|за плечами|опыт|experience|стаж)(?: [a-zа-я]+)? $")


# The largest count of each unit read as a horizon ("через 100 дней" is about three months;
# "через 100 месяцев" is no plan anyone states).
_MAX_COUNT = {"day": 400, "week": 60, "month": 60, "quarter": 12, "year": 10}


# "not in the next few months", "не в ближайшие два месяца", "not within a month": the start is
# after the period, a day past its end.
_NEGATED_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:not|не|no|definitely not|certainly not|точно не|явно не) "
    r"(?:within |in |during )?$"
)
_WITHIN_PRE = re.compile(
    r"^(?:within|in the next|over the next|the next|next|in the coming|в течение[а-я ]*|"
    r"в течении|в ближайш[а-я]*|в пределах|up to)$"
)


# "в ближайшие два месяца не планируем", "within the next month we can't": negated after it
_NEGATED_AFTER_RE = re.compile(
    r",? (?:(?:точно|пока|уже|вообще|мы|у нас) )*(?:не|нет|никак)(?![а-я])(?! (?:позже|позднее))|"
    r",? (?:we |i |it )?(?:won'?t|can'?t|will not|cannot|don'?t|do not|aren'?t|are not|isn'?t|"
    r"is not|is out|is impossible)(?![a-z])"
)


def _negated_within(t: str, m: re.Match[str]) -> bool:
    pre = m.group("pre")
    return bool(
        pre
        and _WITHIN_PRE.match(pre)
        and (
            _NEGATED_BEFORE_RE.search(t[max(0, m.start() - 16) : m.start()])
            or _NEGATED_AFTER_RE.match(t, m.end())
        )
    )


def _durations(t: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _DURATION_RE.finditer(t):
        unit = _unit_of(m)
        n = to_float(m.group("n"))
        n2 = to_float(m.group("n2")) if m.group("n2") else None
        if unit is None or n is None:
            continue
        if m.group("pre") == "до" and unit != "day" and n2 is None:
            continue  # "до 3 лет" is rarely a start horizon
        value = max(n, n2 or 0)
        if value > _MAX_COUNT[unit]:
            continue
        if _EXPERIENCE_AFTER_RE.match(t[m.end() : m.end() + 30]) or _EXPERIENCE_BEFORE_RE.search(
            t[max(0, m.start() - 20) : m.start()]
        ):
            continue  # "6 years in e-commerce", "10 лет на рынке": how long, not when
        days = round(value * DAYS_PER_UNIT[unit]) + _negated_within(t, m)
        out.append((m.start(), -(m.end() - m.start()), days))
    for m in _DURATION_NO_NUM_RE.finditer(t):
        unit = _unit_of(m)
        if unit is None:
            continue
        out.append(
            (m.start(), -(m.end() - m.start()), DAYS_PER_UNIT[unit] + _negated_within(t, m))
        )
    for m in _DURATION_INV_RE.finditer(t):
        unit = _unit_of(m, "2")
        if unit is None or re.match(r"(?:(?:within|in) )?weeks? ", m.group(0)):
            continue  # the Russian inverted order ("недели 3"); English "week 3" is a week number
        value = max(int(m.group("n")), int(m.group("n2") or 0))
        if 0 < value <= 24:
            out.append((m.start(), -(m.end() - m.start()), value * DAYS_PER_UNIT[unit]))
    return out


_FAR_PERIODS = frozenset(
    {"_next_year", "_early_next_year", "_mid_next_year", "_end_next_year", "_year_after_next"}
)


_NEXT_YEAR_AFTER_RE = re.compile(r" (?:next year|следующего года|в следующем году|of next year)")


# A year as the plan's or the budget's ("it's in next year's approved plan", "бюджет на
# следующий год утверждён"): whose year, not when the work starts. The nouns only: a start
# "запланирован на следующую неделю", "planned for next week" is a date.
_PLAN_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:бюджет|смет|план|budget|plan|forecast|roadmap)(?:[аеуы]|ом|ах|ов|ами|s)? "
    r"(?:на |for |of |в )?$"
)
_PLAN_AFTER_RE = re.compile(
    r"(?:'s|s)? ?(?:approved |agreed |утвержденн[а-я]* )?(?:budget|plan|roadmap|бюджет|план)"
)


def _periods(t: str, today: date) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern, fn in _PERIODS:
        for m in pattern.finditer(t):
            if _PLAN_BEFORE_RE.search(t[max(0, m.start() - 25) : m.start()]) or (
                _PLAN_AFTER_RE.match(t, m.end())
            ):
                continue
            d = _days(today, fn(today))
            if d is not None and fn.__name__ in _FAR_PERIODS:
                d = max(d, FAR_MIN_DAYS)
            elif d is not None and _NEXT_YEAR_AFTER_RE.match(t, m.end()):
                d += 365  # "by Black Friday next year"
            if d is not None:
                out.append((m.start(), -(m.end() - m.start()), d))
    return out


def _first(cands: list[Candidate]) -> int | None:
    return min(cands)[2] if cands else None


_NEGATED_URGENCY_RE = re.compile(
    r"(?<![a-zа-я])(?:not|не|no|never|ни|не то чтобы|не так уж|not that|not really) $"
)


def _simple(pattern: re.Pattern[str], t: str, days: int) -> list[Candidate]:
    return [(m.start(), -(m.end() - m.start()), days) for m in pattern.finditer(t)]


_NEVER_RE = re.compile(
    rf"{_B}(?:{NEVER_IDIOMS}|"
    # the conclusion after horizons ruled out: "not this year, not next year either, probably
    # never"
    r"(?:probably|maybe|likely|most likely|perhaps|скорее всего|наверное|возможно|может,? и) "
    rf"(?:never|никогда)){_E}"
)
# The horizon attached to starting ("начинать где-то в январе", "development would have to
# begin around January") is the answer, whatever deadline or go-live comes first in the text.
# A purpose clause after the start ("чтобы к лету всё работало", "so that it's live by May")
# names when it should be done, not when to start; a sentence break ends a clause.
_PURPOSE_RE = re.compile(r"(?<![a-zа-я])(?:чтобы|чтоб|so that|so it|in order to|to have it)")
_CLAUSE_BREAK_RE = re.compile(r"[.;!?]|(?<![a-zа-я])(?:но|but|а потом|then)(?![a-zа-я])")
# Who starts: the writer ("we must begin", "хотим начать", "I'd like to kick off"), not an event
# ("admissions start in March", "сезон стартует в мае").
_OWN_START_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:we|i|we'?d|i'?d|we'?ll|i'?ll|must|need to|have to|want to|going to|"
    r"should|plan to|hope to|мы|я|надо|нужно|хотим|хочу|хотели бы|хотелось бы|планируем|готовы|"
    r"должны|можем|могли бы)(?: [a-zа-я']+)? ?$"
)
_START_VERB_RE = re.compile(
    rf"{_B}(?:начинать|начать|начнем|начнём|стартовать|стартуем|старт|приступать|приступить|"
    r"приступим|возьм[её]мся|start(?:ing)?|begin(?:ning)?|kick(?:ing)? off|kick-?off|"
    # the work itself as the subject: "а сами работы начнутся в марте", "work starts mid-January"
    # (not an event's start: "admissions start in March")
    r"(?:работы|работа|проект|разработка|work|project|development) (?:[a-zа-я]+ )?(?:начнутся|"
    rf"начнется|начнётся|стартует|starts|will start|begins|will begin|kicks off)){_E}"
)
# A go-live date: the work starts about ``LAUNCH_LEAD_DAYS`` before it. ("Запуск" is not one:
# "запуск проекта в апреле" is as often the project's start as its launch.)
_GO_LIVE_RE = re.compile(
    rf"{_B}(?:(?:должен|должна|должно|должны) (?:уже )?(?:работать|быть готов[а-я]*|заработать)|"
    r"заработать|"
    r"go(?:es)?[- ]live|going live|launch(?:ed|ing)?|be live|live by|ready by|up and running|"
    # a release wanted by then: "релиз нужен к Новому году", "the release is due in March"
    rf"релиз[а-я]* (?:нужен|нужна|должен быть)|release (?:is )?(?:due|needed)){_E}"
)
# Something else's go-live in a when-clause is a condition, not ours: "in six weeks or so, when
# the new warehouse is up and running", "когда новый склад заработает"
_WHEN_CLAUSE_RE = re.compile(
    r"(?<![a-zа-я])(?:when|once|after|как только|когда|после того как) (?:[a-zа-я'-]+ ){1,5}"
    r"(?:(?:is|are|will be|gets?) )?$"
)


def _own_go_live(t: str) -> re.Match[str] | None:
    for m in _GO_LIVE_RE.finditer(t):
        if not _WHEN_CLAUSE_RE.search(t, max(0, m.start() - 50), m.start()):
            return m
    return None


# A launch named with a deadline ("к 8 марта нужен запуск", "до конца зимы хотим запуститься",
# "aim to launch before May") is a go-live too; a launch IN a period ("запуск проекта в апреле")
# is not, because it is as often the project's start.
_LAUNCH_WORD_RE = re.compile(
    rf"{_B}(?:запуск[а-я]*|запуст(?:ить|иться|им|имся|ят|ятся)|launch(?:ed|ing)?|"
    rf"открыти[а-я]*|открыться|откроемся){_E}"
)
_NEGATED_LAUNCH_RE = re.compile(rf"{_B}(?:не|not|no|never) (?:[a-zа-я]+ )?$")
_DEADLINE = (
    r"(?:к|ко|до|by|before|не позднее|no later than|"
    # a deadline named as such: "крайний срок для запуска — 15 января", "deadline is Jan 15"
    r"(?:крайний срок|дедлайн|deadline)(?: (?:для |на )?(?:запуска|launch(?:ing)?|сдачи))?"
    r"(?: is| будет)?(?: [—:-])?) "
)
_DEADLINE_BEFORE_RE = re.compile(rf"(?<![a-zа-я]){_DEADLINE}(?:[a-zа-я]+ )?$")
_DEADLINE_AT_RE = re.compile(_DEADLINE)  # "до конца зимы": some horizons hold their preposition


def _launch_deadline(t: str, start: int, end: int) -> bool:
    """The horizon at ``t[start:end]`` is a deadline ("к", "до", "by") for a launch named in the
    same clause and not negated: "до конца года решим, запуск весной" is a deadline for deciding,
    "до марта не запустимся" no go-live."""
    if not (
        _DEADLINE_BEFORE_RE.search(t[max(0, start - 20) : start])
        or _DEADLINE_AT_RE.match(t, start)
    ):
        return False
    for m in _LAUNCH_WORD_RE.finditer(t):
        gap = t[end : m.start()] if m.start() >= end else t[m.end() : start]
        if (
            len(gap) <= 30
            and not re.search(r"[,.;!?]", gap)
            and not _NEGATED_LAUNCH_RE.search(t[max(0, m.start() - 12) : m.start()])
        ):
            return True
    return False


# A year named without a month is vague: a month or a date in the same answer wins
# ("в начале следующего года, числа 15 января", "Our FY27 starts on January 1").
_VAGUE_YEAR = re.compile(
    rf"{_B}(?:(?:в |in )?(?:начале |середине |конце |early |mid |late )?"
    # (not an ISO date's year: "2026-12-07")
    rf"(?:следующ[а-я]* год[а-я]*|next year|20\d\d(?![-./]\d) ?(?:год[а-я]*|year)?|"
    rf"fy ?'?(?:20)?2\d)){_E}"
)
# "через пару недель после новогодних": a duration after a named moment adds to it
_AFTER_RE = re.compile(r"^ ?(?:после|after) ")


# (English may name the span bare: "kickoff a week or two after that")
_SPAN_START_RE = re.compile(r"(?:через|спустя|in|within) |(?=\d|an? )")


def _preferred(
    t: str, horizon: list[Candidate], specific: list[Candidate], seasons: list[Candidate]
) -> list[Candidate]:
    """The candidates worth reading first (see the patterns above); ``specific`` are the
    explicit dates and named months among them, ``seasons`` the seasons."""
    if len(horizon) < 2:
        return horizon
    # "итоги 18 декабря, подпишем через 10 дней после итогов": a span after an event (no date
    # after "после") counts from the date named before it
    span = max(horizon)
    end = span[0] - span[1]
    earlier = [c for c in horizon if c[0] - c[1] <= span[0]]
    if earlier and _SPAN_START_RE.match(t, span[0]) and _AFTER_RE.match(t[end : end + 7]):
        # the date ending last before the span, the longest of those ("18 декабря", not "декабря")
        before = max(earlier, key=lambda c: (c[0] - c[1], -c[1]))
        horizon = [(span[0], span[1], before[2] + span[2]) if c is span else c for c in horizon]
    # a year alone or a season, with a month or a date named too: the finer one ("the spring
    # semester, mid-January", "our summer break — December and January" in Sydney)
    vague = [c for c in horizon if _VAGUE_YEAR.match(t, c[0])] + seasons
    if vague and specific:
        horizon = [c for c in horizon if c not in vague] or horizon
    verbs = list(_START_VERB_RE.finditer(t))
    # the writer's own start first: "admissions start in March, so we must begin in December"
    verbs.sort(key=lambda m: not _OWN_START_BEFORE_RE.search(t, max(0, m.start() - 20), m.start()))
    for m in verbs:
        # "начать в декабре": the date after the verb; but not one in a purpose clause
        # ("начать, чтобы к лету всё работало"), and "в течение двух месяцев надо начать"
        # names it before the verb, in the same clause.
        after = [
            c for c in horizon
            if m.end() <= c[0] <= m.end() + 40 and not _PURPOSE_RE.search(t[m.end() : c[0]])
        ]  # fmt: skip
        if after:
            return after
        before = [
            c for c in horizon
            if m.start() - 25 <= c[0] - c[1] <= m.start()
            and not _CLAUSE_BREAK_RE.search(t[c[0] - c[1] : m.start()])
        ]  # fmt: skip
        if before:
            return before
    ordered = sorted(horizon)
    first = ordered[0]
    end = first[0] - first[1]
    if _AFTER_RE.match(t[end : end + 7]):
        anchors = [c for c in ordered[1:] if c[0] > end]
        if anchors and first in specific:
            # "в январе после каникул", "in May after the holidays": the event within the month
            # named, else the month's start
            within = 0 <= anchors[0][2] - first[2] <= 31
            return [anchors[0] if within else first]
        if anchors:
            return [(first[0], first[1], first[2] + anchors[0][2])]  # "через месяц после НГ"
    return horizon


# A horizon ruled out right after it is named ("в декабре не сможем, только с середины января",
# "March won't work, April then").
_RULED_OUT_AFTER_RE = re.compile(
    r"[ ,]*(?:[-—–] )?(?:точно |уже |никак |вообще |у нас )?(?:ничего )?(?:не (?:сможем|смогу|"
    r"получится|"
    r"выйдет|успеем|успею|можем|могу|потянем|вариант|подходит|реально|выйдем|начнем|начнём)|"
    r"никак|нельзя|(?:won'?t|doesn'?t|does not|will not) work|is out|is no good|"
    # taken up already: "декабрь у нас забит, поэтому январь", "March is fully booked"
    r"(?:полностью |весь )?(?:забит|занят|загружен)[а-я]*|(?:is |are )?(?:fully )?(?:busy|booked|"
    r"packed|swamped|taken)|"
    r"(?:is )?not possible|(?:is )?impossible|(?:we )?can'?t)(?![a-zа-я])"
)


_WINDOW_START_RE = re.compile(
    r"within|in the next|over the next|the next \d|in the coming|в течени|в ближайш|в пределах"
)


# A horizon the writer will miss, a later one after it: "хотели до нового года, но уже не успеем,
# так что в январе"
_MISSED_RE = re.compile(
    r"(?<![a-zа-я])(?:не успеем|не успеваем|не успею|won'?t make it|can'?t make it)"
    r"[^.!?]{0,30}?(?:так что|поэтому|значит|so|then)(?![a-zа-я])"
)


_RIGHT_AFTER_IT_RE = re.compile(
    r",? ?(?:давайте |будем |начнем |делаем )?(?:сразу |тогда |уже |right |straight |just )?"
    r"(?:после (?:него|нее|этого|них)|after (?:it|that|them))(?![a-zа-я])"
)
_DENIED_BEFORE_RE = re.compile(
    r"(?:^|[ ,(])(?:ну |но |точно |уж точно |явно |definitely |certainly |surely )?(?:не|not)"
    r"(?: (?:в|на|к|by|in|on|this|next))? $"
)


def _settled(t: str, horizon: list[Candidate]) -> list[Candidate]:
    """The horizons the writer settles on: those after a self-correction ("в марте, ой нет, в
    январе"), and not one ruled out right after it is named; none when every one named is
    ruled out ("в декабре не сможем": when, then, is not said)."""
    markers = [
        *SELF_CORRECTION_RE.finditer(t),
        *PLAN_CHANGED_RE.finditer(t),
        *THEN_NOW_RE.finditer(t),
        *_MISSED_RE.finditer(t),
        *CONCLUSION_RE.finditer(t),
    ]
    for m in sorted(markers, key=lambda m: m.start(), reverse=True):
        after = [c for c in horizon if c[0] >= m.end()]
        if after and len(after) < len(horizon):
            horizon = after
            break
        if not after and _RIGHT_AFTER_IT_RE.match(t, m.end()):
            # "к чёрной пятнице не успеем, значит сразу после неё": the day after the one missed
            return [(c[0], c[1], c[2] + 1) for c in horizon if c[0] <= m.end()]
    # a horizon denied before it, with another named: "не завтра точно, месяца через два"
    denied = [c for c in horizon if _DENIED_BEFORE_RE.search(t, max(0, c[0] - 24), c[0])]
    if denied and len(denied) < len(horizon):
        horizon = [c for c in horizon if c not in denied]
    return [
        c
        for c in horizon
        # a window ruled out ("в ближайшие три месяца точно не") is read as "after it" already
        if _WINDOW_START_RE.match(t, c[0]) or not _RULED_OUT_AFTER_RE.match(t, c[0] - c[1])
    ]


def names_only_a_year(text: str, today: date) -> bool:
    """The text's only horizon is a year without a month ("next year", "в 2027"): a reading
    worth asking about again when it came from the answer to another question."""
    t = " " + words_to_digits(normalize(text)) + " "
    if not _VAGUE_YEAR.search(t):
        return False
    finer = (
        _explicit_dates(t, today) + _named_months(t, today) + _seasons(t, today)
        + _quarters(t, today) + _durations(t) + _holidays(t, today)
    )  # fmt: skip
    return not finer


# No plans or no date said first, a reason after a colon or a dash: the dates in the reason are
# not the start ("пока не знаем: у нас реорганизация, новый гендиректор выходит 1 февраля").
_ANSWER_FIRST_RE = re.compile(
    r"^(?:(?P<no_plans>пока не планируем|не планируем|no plans(?: yet)?|not planned yet)|"
    r"(?P<unknown>пока не знаем|пока не знаю|не знаем|не знаю|not sure yet|don'?t know yet)) ?"
    r"[:—–-] (?=(?:у нас|мы|сейчас|we|our|there'?s|весь|всю|все))"
)


@reading_cache()
def parse_timeline(text: str, today: date) -> Timeline | None:
    """Parse "when do you plan to start?" answers. ``None`` when nothing was understood."""
    try:
        rules = _parse_timeline(text, today)
        if rules is not None and rules.status == "days":
            undated = _undated_after_all(normalize(text), today)
            if undated is not None:
                return undated
        combined = _combine(rules, classifier.predict("timeline", text, _signals(rules)))
        # The classifier's "not an answer" does not overturn the rules' "unknown" (a question
        # back, "не знаю"): a non-committal answer is recorded in one turn.
        return rules if combined is None and rules == Timeline("unknown") else combined
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


# When to come back with the question, or when the writer will know: "спросите через месяц",
# "ask me again after the New Year", "depends on the bank loan, I'll know in a fortnight"
_ASK_AGAIN_RE = re.compile(
    r"(?<![a-zа-я])(?:спросите|спросишь|напишите|свяжитесь|уточните|вернитесь|стукните|"
    r"перезвоните|позвоните|наберите|"
    r"напомните|ask me again|ask again|get back to me|check back|check in with me|ping me|"
    r"(?:i|we)'?(?:ll| will) (?:know|decide)|решим|будет (?:понятно|ясно|известно)|станет "
    r"(?:понятно|ясно|"
    r"известно)|узнаю|узнаем|"
    r"follow up with me|write (?:to )?me again|remind me)(?: (?:со мной|мне|меня|again|with me|"
    r"с этим|об этом))?(?: ещ[её]| снова| again)? (?:через|после|ближе к|в|in|after|around|"
    r"closer to|next|on)(?![a-zа-я])"
)


def _undated_after_all(t: str, today: date) -> Timeline | None:
    """No date, though the normalized ``t`` names one: the answer said first and the reason
    after a colon ("пока не планируем: весь декабрь переезжаем"), or a date taken back for
    "don't know" or "no plans" ("весной? Нет, честно — не знаю")."""
    first = _ANSWER_FIRST_RE.match(t)
    if first:
        return Timeline(first.lastgroup or "unknown")
    again = _ASK_AGAIN_RE.search(t)
    if again:
        # "пока рано говорить, спросите через месяц": when to ask again, not when to start
        before = _parse_timeline(t[: again.start()], today)
        if before is None or before.status != "days":
            return before or Timeline("unknown")
    corrections = list(SELF_CORRECTION_RE.finditer(t))
    if corrections:
        settled = _parse_timeline(t[corrections[-1].end() :], today)
        if settled is not None and settled.status != "days":
            return settled
    return None


def _signals(rules: Timeline | None) -> tuple[str, ...]:
    return ("nothing",) if rules is None else (rules.status,)


def rule_signals(text: str, today: date) -> tuple[str, ...]:
    """The rules' reading of ``text`` as the classifier's extra features (``classifier.predict``);
    training computes them with this function too."""
    return _signals(_parse_timeline(text, today))


#: The classifier answers for the rules when they found nothing, at this probability or more
#: ("no plans", "unknown"); a band of days needs ``TIMELINE_FILL_DAYS``.
TIMELINE_FILL = 0.5
TIMELINE_FILL_DAYS = 0.8
#: The classifier overrides the rules' finding at this probability or more, with "no plans",
#: "unknown" or "not an answer" only: it never moves a date the rules computed, because it
#: learnt its bands of days for one date (the labels' 2026-11-25) and the rules count from
#: ``today``.
TIMELINE_VETO = 0.8
#: Days recorded for a band the classifier read and the rules could not date: the middle of
#: "within 30 days" is two weeks (``SOON_DAYS``), of 31-90 days two months; "far" is half a year.
BAND_DAYS = {"within30": SOON_DAYS, "within90": 60, "far": 180}


def band(timeline: Timeline | None) -> str | None:
    """``within30`` (0-30 days), ``within90`` (31-90), ``far``, ``no_plans``, ``unknown``."""
    if timeline is None:
        return None
    if timeline.status != "days":
        return timeline.status
    days = timeline.days or 0
    return "within30" if days <= 30 else "within90" if days <= 90 else "far"


def _combine(rules: Timeline | None, pred: classifier.Prediction | None) -> Timeline | None:
    """Rules and classifier: the rules' horizon stands unless the classifier is sure the answer
    is "no plans", "unknown" or no answer at all (``TIMELINE_VETO``); when the rules find
    nothing, the classifier's reading at ``TIMELINE_FILL`` (a band of days at
    ``TIMELINE_FILL_DAYS``, recorded as ``BAND_DAYS``). "Not an answer" gives ``None`` (the bot
    asks again)."""
    if pred is None:
        return rules
    label, p = pred.label, pred.confidence
    if label == band(rules):
        return rules
    if rules is not None:
        if p < TIMELINE_VETO or label in BAND_DAYS:
            return rules
    elif p < (TIMELINE_FILL_DAYS if label in BAND_DAYS else TIMELINE_FILL):
        return None
    if label == "not_answer":
        return None
    if label in BAND_DAYS:
        return Timeline("days", BAND_DAYS[label])
    return Timeline(label)  # type: ignore[arg-type]


# A date inside a condition ("depends on the board meeting in December", "зависит от
# совещания в декабре") is the condition's, not the start's: the clause is read as "depends".
_CONDITION_CLAUSE_RE = re.compile(
    rf"{_B}(?:it all depends on|depends on|depending on|зависит от|в зависимости от)[^,.;!?]*"
)
# A question about OUR speed ("how soon could you start?", "как быстро сделаете?") dates
# nothing of theirs: it is taken out before reading the horizon, and answered by the bot.
_OUR_TIMING_QUESTION_RE = re.compile(
    rf"{_B}(?:how (?:soon|fast|quickly|long)|when (?:can|could|would|will) you|"
    r"what'?s your (?:lead time|turnaround|availability)|как (?:быстро|скоро)|когда (?:вы )?"
    r"(?:сможете|можете|начнете|начн[её]те|готовы)|за сколько|сколько (?:по )?времени|"
    r"в какие сроки)[^?.!]*\?"
)


# Something else first, then our project ("сначала надо продать склад, потом уже сайт", "first we
# have to finish the move, then the site"): a precondition we cannot date. "Потом уже" is not
# "уже" (now), and "потом" not "later" as a horizon. A list of deliverables ("сначала сайт, потом
# бот") is no precondition: the first part has a verb.
_PRECONDITION_RE = re.compile(
    rf"{_B}(?:сначала|сперва|для начала|first(?:ly)?|before that) (?:нам |мне |we |i )?"
    r"(?:надо|нужно|необходимо|должны|хотим|have to|need to|must|want to|gotta|will)? ?"
    r"(?:[а-я]+(?:ть|ти|чь|ся|им|ем|ём)|finish|sell|move|open|hire|close|build|get|sort out|"
    r"complete|launch|wrap up)(?![a-zа-я])[^.;!?]{0,60}?(?:потом|затем|после этого|после чего|"
    r"then|after that|only then)(?![a-zа-я])"
)
_THEN_NOW_RE = re.compile(rf"{_B}(?:потом|затем) уже{_E}|{_B}уже потом{_E}")


# (fillers of speech, "ну", "эм", "well", are already dropped by `normalize`)
_FILLER_FIRST_RE = re.compile(r"^(?:думаю|думается|пожалуй|i think|i guess|i'?d say)(?:[, ]+|$)")


# A lower bound of the start ("контракт не раньше марта", "not before March"): no earlier
# horizon named beside it ("лимиты доведут в январе") can be the start.
_LOWER_BOUND_RE = re.compile(
    rf"{_B}(?:не раньше(?: чем)?|не ранее(?: чем)?|no earlier than|not earlier than|not before|"
    r"not until) (?P<bound>[^,.;!?]+)"
)


# A period's end, then the start: "закрыты с 20 декабря по 10 января, после этого", "we're
# closed dec 20 - jan 10, so after that", "off until jan 10, then we start".
_PERIOD_END_THEN_RE = re.compile(
    r"(?:[-–—]|(?<![a-zа-я])(?:to|till|until|по|до))(?![a-zа-я]) ?"
    r"(?P<bound>(?:[^,.;!?]|(?<=\d)\.(?=\d)){1,25}?),? "
    r"(?:so |и |а |and )?(?:after that|после этого|после чего|потом|then|afterwards)(?![a-zа-я])"
)


# The writer's conclusion after naming what comes first: "Black Friday, then year-end close...
# so realistically mid-January", "сначала тендер, потом праздники, так что реально февраль".
# (the rest of the answer after the concluding word, to its last sentence's end)
_CONCLUDED_TAIL = r"(?![a-zа-я])[,:]? (?P<tail>[^.;!?]+)[.!?)]* *$"
_CONCLUSION_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:so|так что|значит|поэтому|в общем|короче),? (?:realistically|"
    r"реально|реалистично|по факту|скорее всего|most likely|probably|likely)|realistically|"
    r"в итоге|итого|in the end)" + _CONCLUDED_TAIL
)
# The plain word after a comma: "надо было запустить ещё в октябре, так что немедленно" (read
# only when the tail is sooner than the whole: "к 8 марта надо успеть, поэтому начинаем сразу"
# is the whole's "at once").
_SO_THEN_RE = re.compile(r"(?<=[,;—–-] )(?:так что|поэтому|значит|so)" + _CONCLUDED_TAIL)


# Told at length, an answer says what happened before it says when: "Срочно. Летом конкурент
# запустил бота", "ASAP. Our old site went down twice during the summer sale". A sentence in
# the past (a past verb, no plan or wish) names no start; "не знаю." or "hard to say." first,
# with no estimate after it, is the answer.
# (split after a stop followed by a space: "с 1.03.2027" and "2027 г." stay whole)
_CLAUSE_END_RE = re.compile(r"(?<=[.!?;,])\s+")
_PAST_RE = re.compile(
    # (Russian: "был", plural past "запустили", "-ил(а)" verbs; not nouns such as "начало",
    # "квартала", "недели", "модели", "правила")
    # (a month misspelt "в феврали" is no past verb either)
    r"(?<![a-zа-я])(?:был[аио]?|(?!недел|модел|земл|отел|правил|постел|феврал|апрел)"
    r"[а-я]{4,}(?:ли|лись)|"
    r"(?!правил)[а-я]{4,}ил[аи]?(?:сь|ся)?|was|were|had|did|went|came|happened|proved|crashed|"
    # the singular past in "-ал" of verbs a story uses ("сайт перестал работать ещё летом")
    r"(?:пере)?стал[аио]?|упал[аио]?|сломал(?:ся|ась|ось)?|сказал[аио]?|обещал[аи]?|"
    r"отказал[аио]?(?:сь|ся)?|"
    # ("I said within a month" restates the answer: "said" and "told" are not here)
    r"broke|spoke|met|wrote|sent|saw|began|built|bought|chose|paid|lost|"
    # (after a form of "be" an "-ed" word is a state: "we're closed", "it's planned")
    r"(?<!'re )(?<!are )(?<!is )(?<!'s )(?<!am )(?<!be )(?<!been )(?<!get )(?<!got )(?<!gets )"
    r"[a-z]{3,}ed|since|"
    r"last (?:summer|spring|autumn|fall|winter|year|month|week)(?! of))(?![a-zа-я])"
)
# (a past plan is past: "we were planning to start this summer", "планировали летом")
_PLAN_RE = re.compile(
    r"(?<![a-zа-я])(?<!were )(?<!was )(?<!had )(?:will|'ll|going to|plan|planning|want|need|hope|"
    r"would like|start|begin|launch|asap|urgent|хотим|хочу|нужно|надо|нужен|нужна|планируем|"
    r"начина[а-я]*|"
    r"будем|будет|начн[а-я]*|старт[а-я]*|запуст(?:им|ить)|срочно|думаю|похоже|looking like|"
    r"seems like|probably|наверное|"
    # a wish, a start already made, an urgency idiom, an "until": not a story of the past
    r"бы|хотел[а-я]*|already|уже|yesterday|вчера|пока|until|till|haven'?t|hasn'?t|not yet|"
    r"ещ[её] не|"
    # "let's go" in the past form: "в пятницу созвонимся и поехали"
    r"поехали|погнали|"
    # a decision taken is about what comes: "теперь окончательно решили — через месяц"
    r"решили|решено|определились|(?:we(?:'ve| have)? )?decided|"
    # pointing at the answer given before: "я ж говорил выше — с нового года", "as I said"
    r"(?:ж|же|уже) (?:говорил|писал|сказал|упоминал)[аи]?|(?:говорил|писал|сказал|упоминал)[аи]? "
    r"(?:же|ж|уже|выше|раньше)|(?:я |мы )?(?:говорил|писал|сказал)[аи]? ?[-:]|as (?:i|we) (?:said|"
    r"wrote|mentioned)|(?:i|we) (?:said|wrote|mentioned) (?:above|before|earlier)|"
    # moved to a date to come: "перенесли на февраль" (put on hold: ``_SHELVED_RE``)
    r"перенесли (?:[а-я]+ )?(?:до|на)|(?:postponed|pushed|put off) (?:[a-z]+ )?(?:until|till|to))"
    r"(?![a-zа-я])"
)
_PAST_PLAN_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:were|was|had been) (?:planning|going|hoping|meant|aiming|targeting)|"
    r"had planned|had (?:aimed|hoped)|планировали|собирались|рассчитывали|целились|"
    r"хотели (?:начать|запустить|стартовать)|"
    # a try that failed: "we tried to launch in October and our developer quit"
    r"tried to|attempted to|пытались|пробовали (?:запустить|начать|сделать)|"
    # a plan given up: "хотели ещё летом, потом передумали"
    r"передумали|changed (?:our|my) minds?|"
    # a promise broken: "подрядчик обещал к сентябрю, но сорвал сроки"
    r"сорвал[аи]?|не (?:сделал|успел|уложил)[аи]?(?:сь)?|(?:missed|blew) (?:the |their |his |"
    r"her )?deadline|didn'?t deliver|never delivered)(?![a-zа-я])"
)
# A date promised or agreed, or a deadline, told in the past tense: "обещали до 10 декабря".
_PROMISED_RE = re.compile(
    r"(?<![a-zа-я])(?:обещал[аио]?|пообещал[аио]?|сказал[аио]?|договорил[аи]?сь|согласовал[аи]?|"
    r"назначил[аи]?|утвердил[аи]?|запланировал[аи]?|перенесл[аи]?|перенес|сдвинул[аи]?|"
    r"promised|said|told|agreed|set|scheduled|planned|moved|postponed|pushed|rescheduled|"
    r"pencil+ed|slated|booked|targeted|expected|due|"
    r"на|к|до|by|until|before|"
    r"deadline|дедлайн)(?![a-zа-я])"
)
_ESTIMATE_RE = re.compile(
    r"(?<![a-zа-я])(?:думаю|наверное|скорее|примерно|ориентировочно|probably|i think|i guess|"
    r"maybe|likely|roughly|around|about|около|может)(?![a-zа-я])"
)


def _in_the_past(clause: str) -> bool:
    # (a project put on hold is its state now: "заморозили проект, сроков нет")
    return bool(
        _PAST_PLAN_RE.search(clause) or (_PAST_RE.search(clause) and not _PLAN_RE.search(clause))
    ) and not _SHELVED_RE.search(clause)


_AFTER_SEASON_RE = re.compile(r"(?<![а-я])после (?:высокого |нашего |этого )?сезона(?![а-я])")
# A public or corporate purchase told step by step, and the contract's own date among them.
_PROCUREMENT_RE = re.compile(
    r"(?<![a-zа-я])(?:торг[иао]в?|тендер[а-я]*|извещени[а-я]*|аукцион[а-я]*|закупк[а-я]*|"
    r"конкурс[а-я]*|лимит[а-я]*|44-?фз|223-?фз|tender[a-z]*|bids?|bidding|procurement|rfp)"
    r"(?![a-zа-я])"
)
_CONTRACT_DATED_RE = re.compile(
    r"(?<![a-zа-я])(?:контракт|договор|contract)[а-я]*(?: (?:заключим|подпишем|будет|"
    r"подписан|(?:is |will be |gets |to be )?(?:signed|awarded)))? ?[—–:-]? "
    r"(?P<when>(?:ближе |примерно |around |by |in |в |к |до |с |to )[^.;!?]+)"
)


_NOW_FIRST_RE = re.compile(r"^(?:прямо |прям )?(?:сейчас|щас|now|right now)(?![a-zа-я])")


def _urgent(t: str) -> bool:
    return bool(_URGENT_RE.search(t) or _START_NOW_RE.search(t) or _NOW_FIRST_RE.match(t))


def _all_past(t: str) -> bool:
    return all(_in_the_past(normalize(clause)) for clause in _CLAUSE_END_RE.split(t))


def _promised(t: str, today: date) -> bool:
    """Does a clause in the past promise, agree or move a date ("обещали до 10 декабря")?"""
    for clause in map(normalize, _CLAUSE_END_RE.split(t)):
        if _in_the_past(clause) and _PROMISED_RE.search(clause):
            found = _read_timeline(clause, today)
            if found is not None and found.status == "days":
                return True
    return False


def _without_the_past(t: str) -> str:
    """``t`` without its sentences and clauses in the past, if anything else is left."""
    sentences = _CLAUSE_END_RE.split(t)
    if len(sentences) < 2:
        return t
    kept = [s for s in sentences if not _in_the_past(normalize(s))]
    return " ".join(kept) if kept and len(kept) < len(sentences) else t


def _parse_timeline(text: str, today: date) -> Timeline | None:
    told = normalize(text)
    if (serious := drop_joke(told)) != told:
        told = text = serious  # "никогда 😂 шучу, не знаю пока": only what follows the joke
    first = NOT_KNOWING_FIRST_RE.match(told)
    if first and not _ESTIMATE_RE.search(told, first.end()):
        return Timeline("unknown")  # "Сложно сказать. Всё зависит от того, как закроем..."
    as_told, text = text, _without_the_past(text)
    rules = _read_timeline(text, today)
    if (
        rules is not None
        and rules.status == "days"
        and not _PAST_PLAN_RE.search(told)
        and _PAST_RE.search(told)  # (cheap: no past verb anywhere, no clause all in the past)
        and _all_past(text)
        and not _urgent(told)
        and not _promised(text, today)
    ):
        return None  # "мы общались с вашим менеджером летом": when it happened, not a start
    if text != as_told and not _PAST_PLAN_RE.search(told):
        told_rest = normalize(text)
        if rules is None or (
            rules.status == "unknown"
            and not is_noncommittal(told_rest)
            and not _NO_DATE_RE.search(told_rest)
        ):
            # the rest dates nothing and does not say "I don't know": the clause in the past
            # tense was the answer ("как только деньги придут, обещали до 10 декабря"), unless it
            # tells a plan that fell through; a date when something merely happened ("we spoke
            # with your manager in the summer") dates no start
            whole = _read_timeline(as_told, today)
            # ("прямо сейчас — старый сайт упал": the urgency is the answer, the story its reason)
            if (
                whole is not None
                and whole.status == "days"
                and (_urgent(told) or _promised(as_told, today))
            ):
                text, rules = as_told, whole
    t = normalize(text)
    contract = _CONTRACT_DATED_RE.search(told) if _PROCUREMENT_RE.search(told) else None
    if contract:
        # "извещение разместим в декабре, контракт — к середине января": work starts with the
        # contract, not with the tender's earlier steps
        found = _read_timeline(contract.group("when"), today)
        if found is not None and found.status == "days":
            return found
    conclusion = _CONCLUSION_RE.search(t)
    if conclusion:
        found = _read_timeline(conclusion.group("tail"), today)
        if found is not None and found.status == "days":
            return found
    then = _SO_THEN_RE.search(t)
    if then and rules is not None and rules.status == "days" and rules.days is not None:
        found = _read_timeline(then.group("tail"), today)
        if found is not None and found.status == "days" and (found.days or 0) < rules.days:
            return found
    if rules is None and _AFTER_SEASON_RE.search(t):
        return Timeline("unknown")  # "после сезона": which season, and when it ends, is not said
    if rules is None or rules.status != "days" or rules.days is None:
        return rules
    for m in (*_LOWER_BOUND_RE.finditer(t), *_PERIOD_END_THEN_RE.finditer(t)):
        bound = _read_timeline(m.group("bound"), today)
        if bound and bound.status == "days" and bound.days is not None and bound.days > rules.days:
            rules = bound
    return rules


def _read_timeline(text: str, today: date) -> Timeline | None:
    t = fix_typos(detransliterate(normalize(text)))
    t = _FILLER_FIRST_RE.sub("", t)  # "думаю, месяц-полтора" reads as "месяц-полтора"
    if not t:
        return None
    as_typed = t
    t, asked_our_timing = _OUR_TIMING_QUESTION_RE.subn(" ", t)
    t, answer_later = ANSWER_LATER_RE.subn(" ", t)  # "скажу завтра": when the answer comes
    t = _CONDITION_CLAUSE_RE.sub(" зависит ", t)
    t = " " + t + " "
    for pattern, repl in _REWRITES:
        t = pattern.sub(repl, t)
    t = words_to_digits(t)
    t = re.sub(r" +", " ", t).strip()

    no_plans = bool(_NO_PLANS_RE.search(t))
    not_urgent = bool(_NOT_URGENT_RE.search(t))
    if no_plans:
        # "не в ближайшее время" must not count as "soon"
        t = re.sub(
            r"не в ближайш[а-я]* (?:время|будущее)|не в ближайш[а-я]*$|"
            r"not any ?time soon|not soon",
            " ",
            t,
        )
    if not_urgent:
        t = _NOT_URGENT_RE.sub(" ", t)

    specific = _explicit_dates(t, today) + _named_months(t, today)
    seasons = _seasons(t, today)
    horizon = (
        _periods(t, today)
        + _holidays(t, today)
        + specific
        + seasons
        + _quarters(t, today)
        + _years(t, today)
        + _weekdays(t, today)
        + _week_numbers(t, today)
        + _durations(t)
        + _simple(_COMING_DAYS_RE, t, COMING_DAYS_DAYS)
        + _simple(_DAY_AFTER_RE, t, 2)
        + _simple(_TOMORROW_RE, t, 1)
    )
    horizon = _days_after_anchor(t, today, horizon)
    named, horizon = horizon, _settled(t, horizon)
    if named and not horizon:
        return Timeline("unknown")
    if not specific and _MONTH_UNKNOWN_RE.search(t):
        return Timeline("unknown")  # "in the new year, not sure which month"
    if (
        _TWO_GUESSES_RE.search(t)
        and len({band(Timeline("days", c[2])) == "far" for c in horizon}) > 1
    ):
        return Timeline("unknown")  # "может, через месяц, может, через год"
    if _NEVER_RE.search(t):
        return Timeline("no_plans")  # "после дождичка в четверг" names a weekday, and means never
    if not horizon and _SHELVED_RE.search(t) and not _NOBODY_KNOWS_RE.search(t):
        return Timeline("no_plans")  # "we shelved the idea, no timeline": put away, not unknown
    if _NO_DATE_RE.search(t):
        return Timeline("unknown")
    if horizon and _ASAP_FIRST_RE.match(t):
        # "Как можно скорее; крайний срок — 15 января", "ASAP: the old system dies on 31
        # December": the start is now, the date is why
        return Timeline("days", 0)
    now = _START_NOW_RE.search(t) or _START_ASAP_RE.search(t)
    if now and _ONCE_BEFORE_RE.search(t[max(0, now.start() - 40) : now.start()]):
        now = None  # "как деньги придут — сразу начнём": right after that, not now
    if now and _NOT_INTENDING_RE.search(t[max(0, now.start() - 30) : now.start()]):
        now = None  # "I don't intend to start now"
    if (
        horizon
        and now
        and not _AFTER_A_STEP_RE.search(t[max(0, now.start() - 24) : now.start()])
        # "договор в середине января и сразу приступить": right after that date, not now
        # ("к марту, и сразу начинаем" is a deadline and a start now)
        and not any(
            _RIGHT_AFTER_RE.fullmatch(t, c[0] - c[1], now.start())
            and not _DEADLINE_BEFORE_RE.search(t[max(0, c[0] - 20) : c[0]])
            and not _DEADLINE_AT_RE.match(t, c[0])
            for c in horizon
        )
    ):
        return Timeline("days", 0)
    horizon = _preferred(t, horizon, specific, seasons)
    first = _first(horizon)
    if first is not None:
        start, neg_length, _ = min(horizon)
        go_live = _own_go_live(t) or _launch_deadline(t, start, start - neg_length)
        deadline = go_live or (
            _DEADLINE_BEFORE_RE.search(t[max(0, start - 20) : start])
            or _DEADLINE_AT_RE.match(t, start)
        )
        if deadline and any(
            not _NEGATED_URGENCY_RE.search(t[max(0, m.start() - 20) : m.start()])
            for m in _ASAP_RE.finditer(t)
        ):
            return Timeline("days", 0)  # "ASAP, it has to be live by March": the start is now
        if go_live and not _START_VERB_RE.search(t):
            # "к 8 марта магазин уже должен работать": the work starts before the launch
            first = max(0, first - LAUNCH_LEAD_DAYS)
        return Timeline("days", first)
    if _PRECONDITION_RE.search(t):
        return Timeline("unknown")
    t = _THEN_NOW_RE.sub(" потом ", t)
    urgent = [
        c
        for c in _simple(_URGENT_RE, t, URGENT_DAYS)
        + _simple(_SOON_RE, t, SOON_DAYS)
        + _simple(_TODAY_RE, t, 0)
        if not _NEGATED_URGENCY_RE.search(t[max(0, c[0] - 8) : c[0]])  # "later, not now"
    ]
    first = _first(urgent)
    if no_plans:
        return Timeline("no_plans")
    if _EXPLORING_RE.search(t) and not any(c[2] > 0 for c in urgent):
        return Timeline("no_plans")  # "just weighing options for now", not "exploring, ASAP"
    if first is not None:
        return Timeline("days", first)  # "сначала сайт, потом бот, по сайту срочно"
    if _LATER_RE.search(t) and not _DISCUSS_RE.search(t):
        return Timeline("no_plans")
    # (non-committal as typed too: the rewrites above turn "skip this one" into "skip this 1")
    if (
        not_urgent
        or _UNKNOWN_RE.search(t)
        or is_noncommittal(t)
        or is_noncommittal(as_typed)
        or _ASK_AGAIN_RE.search(t)
        or asked_our_timing
        or answer_later
        or _SOMEONE_BACK_RE.search(t)
    ):
        return Timeline("unknown")
    if detect_own_questions(as_typed):  # only now: dozens of patterns most answers never need
        return Timeline("unknown")  # a question back ("what's your lead time?") dates nothing
    return None
