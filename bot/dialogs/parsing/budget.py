"""Budget answers: "300-500 тыс", "до 1 млн", "between $5k and $10k", "нет бюджета", "не знаю".

Choices (documented for the scoring code):

* a single amount ("500к") -> ``min == max == 500000``;
* "до 1 млн" / "up to $10k" -> ``min=None, max=...``; "от 2 млн" / "at least 5k" / "500k+"
  -> ``min=..., max=None``;
* an approximate amount ("около 2 млн", "~500k", "примерно 300 тысяч") -> a +-20% range
  (``APPROX_SPREAD``): "около 2 млн" -> ``min=1_600_000, max=2_400_000``;
* several amounts ("300к, максимум 500к") -> the lowest lower bound and the highest upper bound;
* currency: the one written next to any amount; else a currency named anywhere in the text
  ("around 5k, usd", "мы в евро считаем, тысяч 20", "15к usdt"); else RUB when the text has
  Cyrillic or no words at all ("500000", "300к"); else (an English sentence without a currency)
  USD: every labelled English amount without a currency in the training phrasings meant dollars;
* a bare number below 1000 without multiplier or currency ("300") is ambiguous -> ``None``
  (the bot re-asks), except a round one in a Russian sentence or alone ("ну где-то 700-800",
  "на первый этап 300", "300"), which is thousands of roubles like the buttons; ambiguous too
  are years
  (1990-2100 without currency), phone numbers, dates, percents and numbers followed by a
  non-money unit ("5 человек", "3 месяца");
* "0", "нет бюджета", "no budget" -> ``Budget("none")``; "не знаю", "tbd", "зависит от цены",
  "не ограничен" -> ``Budget("unknown")``, and so is every non-committal answer ("обсудим после
  КП", "давайте позже", "шеф решит", "let's discuss after the proposal": see
  ``_text.NONCOMMITTAL_RE``), recorded in one turn instead of a re-ask. An amount anywhere in
  the text wins over these;
* the count after the hundreds is "about" ("сотни три" -> 240-360 тыс, "сотен пять-шесть" ->
  500-600 тыс); a joke taken back ("бесплатно? шучу, ...") leaves only what follows it
  (``_text.drop_joke``);
* a spelled compound number is one amount ("seven thousand five hundred" -> 7 500, "две тысячи
  пятьсот", "тысяча двести", "one million two hundred thousand", "one and a half million", "a
  million and a half"), and so is "N тысяч" followed by hundreds ("7 тысяч 500 рублей"); "five
  to seven thousand", "between 5 thousand and 8" stay ranges, "тысяч 300" is the inverted
  "about 300 thousand";
* misspelt money words ("милионов", "тысячь", "рублй", "долларв") are corrected first
  (``_text.fix_typos``); slang multipliers: "лям", "лимон", "тыщ", "косарь", "кк", "м" glued
  to the figure ("2.5м", not "27м год" or "100м2"); "три сотки"
  (300 тыс), "четверть ляма", "полтос", "миллион двести", "mid five figures"; money words typed
  in Latin letters ("byudzhet okolo 650 tysyach");
* paying in kind, with a share or with publicity (barter, equity, "за отзыв", "exposure") is no
  budget (``none``); "how much is it?", any other question back ("а это важно?") and "бюджет
  есть" (no figure) are ``unknown``;
* a hedged second figure stretches the first into a range ("тыщ 400, мб 450" -> 400-450 тыс,
  "три-четыре, может и пять" -> 3-5 млн; a bare one takes the first's multiplier), and two
  labelled bounds share the last multiplier ("мин 600, макс 900 тыс" -> 600-900 тыс);
* an audience counted in thousands is no amount ("20к подписчиков");
* parts joined by "ещё"/"plus" are summed ("на сайт 200, на интеграцию ещё 300" -> 500 тыс),
  unless a part is for ads or kept apart; "could go to 40" after a floor is its ceiling;
  "семизначная сумма" is the range of "seven figures".

The rules are backed by the budget classifier (``classifier.py``): see ``_combine``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Literal

import phonenumbers

from . import classifier
from ._text import (
    CONCLUSION_RE,
    CYRILLIC_RE,
    NEVER_IDIOMS,
    NUMBER_WORDS,
    PLAN_CHANGED_RE,
    SELF_CORRECTION_RE,
    THEN_NOW_RE,
    TO_RU_LAYOUT,
    blank,
    drop_joke,
    fix_typos,
    is_noncommittal,
    latin_words_to_cyrillic,
    normalize,
    reading_cache,
    to_float,
    words_to_digits,
)
from .questions import detect_own_questions

# Roubles, dollars and euros, and the currencies of the company's other clients; the scoring
# model converts them with its rates. "XXX" (ISO 4217: no currency) is a currency we recognise
# but cannot convert ("10,000 pesos": Mexican or Philippine?): an amount, but no fit either way.
Currency = Literal[
    "RUB", "USD", "EUR", "GBP", "KZT", "BYN", "AED", "CNY", "AUD", "CAD", "CHF", "PLN", "TRY",
    "INR", "NGN", "ILS", "UAH", "UZS", "GEL", "AMD", "KGS", "SGD", "HKD", "JPY", "ZAR", "BRL",
    "VND", "EGP", "THB", "MYR", "IDR", "KRW", "MXN", "NZD", "SEK", "NOK", "DKK", "CZK", "AZN",
    "TJS", "SAR", "PHP", "QAR", "KWD", "BHD", "OMR", "KES", "PKR", "BDT", "GHS", "HUF", "RON",
    "XXX",
]  # fmt: skip

#: "около 2 млн" becomes 2 млн +- 20 %.
APPROX_SPREAD = 0.2


@dataclass(frozen=True, slots=True)
class Budget:
    status: Literal["amount", "none", "unknown"]
    min: float | None = None
    max: float | None = None
    currency: Currency | None = None


_END = r"(?![0-9a-zа-я])"
_NUM = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d])"  # Indian grouping: 10,00,000 (ten lakh)
    r"|\d{1,3}(?:[ ']\d{3})+(?![\d])"
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d])"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d])"
    r"|\d+(?:[.,]\d+)?)"
)
_MULT = (
    r"(?:тыс(?:яч(?:ами|ам|ах|[аиу])?|\.|)"
    r"|т\.? ?р\.?|тыр|тыщ[иа]?|тысч"
    r"|косар(?:ь|я|ей)|косых"
    r"|кк|kk|к|k|thousands?|grand|large|thou"
    r"|млн\.?|миллион(?:ами|ом|а|ов|у)?|лям(?:а|ов|ы)?|лимон(?:а|ов)?|мульт(?:а|ов)?"
    r"|миллиончик(?:а|ов)?|лямчик(?:а|ов)?|лимончик(?:а|ов)?"
    r"|mln|mn|mio|millions?|mil|mm|m|м"  # "2.5м": the Cyrillic m as the Latin one
    r"|млрд\.?|миллиард(?:а|ов)?|billions?|bn|b"
    # Indian English (and its Russian spelling): 1 lakh = 100,000, 1 crore = 10 million
    r"|lakhs?|lacs?|crores?|лакх(?:ов|а|и)?|крор(?:ов|а|ы)?)"
)
# ISO 4217 codes of currencies we keep no rate for (not "all", "pen", "mad": English words).
_ISO_WITHOUT_RATE = (
    r"ars|clp|cop|uyu|bob|pyg|bgn|rsd|mdl|mkd|bam|isk|lkr|npr|afn|irr|iqd|"
    r"lbp|jod|dzd|tnd|etb|tzs|ugx|xof|xaf|mnt|twd|tmt|mur|mvr"
)

# Currencies other than roubles, dollars and euros: (code, the names written next to an
# amount, the prefixes written before one, the names that say the currency anywhere in the
# text: only unmistakable ones, "сом" or "tl" alone could be anything). Listed before roubles
# and dollars in the patterns below, so that "бел. руб" and "australian dollars" win.
_OTHER_CURRENCIES: tuple[tuple[Currency, str, str, str], ...] = (
    # "25 тысяч белорусских": the adjective alone next to an amount says roubles
    ("BYN", r"бел(?:орусск[а-я]*|\.)? ?руб(?:лей|ля|ль|\.)?|белорусск(?:их|ие|ий)|"
     r"belarus(?:ian)? (?:rubles?|roubles?)|byn|byr", r"byn",
     r"белорусск[а-я]* руб[а-я]*|бел\. ?руб[а-я]*|belarus(?:ian)? (?:rubles?|roubles?)|byn|byr"),
    ("AUD", r"a\$|au\$|aud|australian dollars?|aussie(?: dollars?)?|"
     r"австралийск[а-я]* доллар[а-я]*",
     r"a\$|au\$|aud", r"aud|australian dollars?|aussie dollars?|австралийск[а-я]* доллар[а-я]*"),
    ("CAD", r"c\$|ca\$|cad|canadian dollars?|канадск[а-я]* доллар[а-я]*", r"c\$|ca\$|cad",
     r"cad|canadian dollars?|канадск[а-я]* доллар[а-я]*"),
    ("SGD", r"s\$|sgd|singapore dollars?", r"s\$|sgd", r"sgd|singapore dollars?"),
    ("HKD", r"hk\$|hkd|hong kong dollars?", r"hk\$|hkd", r"hkd|hong kong dollars?"),
    ("NZD", r"nz\$|nzd|new zealand dollars?", r"nz\$|nzd", r"nzd|new zealand dollars?"),
    ("BRL", r"r\$|brl|reais|реалов", r"r\$|brl", r"brl|reais|бразильск[а-я]* реал[а-я]*"),
    ("MXN", r"mx\$|mxn|mexican pesos?|мексиканск[а-я]* песо", r"mx\$|mxn",
     r"mxn|mexican pesos?|мексиканск[а-я]* песо"),
    ("EGP", r"e£|egp|egyptian pounds?|египетск[а-я]* фунт[а-я]*", r"e£|egp",
     r"egp|egyptian pounds?|египетск[а-я]* фунт[а-я]*"),
    # "R180,000" in South Africa: a capital R glued to the figure (the text is lower-cased,
    # so only before a figure and never after one, where "р" is roubles)
    ("ZAR", r"zar|rands?|рэнд(?:ов|а)?", r"zar|r(?=\d)", r"zar|rands?|рэнд[а-я]*"),
    ("GBP", r"£|gbp|pounds?(?: sterling)?|quid|фунт(?:ов|а)?(?: стерлингов)?", r"£|gbp",
     r"£|gbp|pounds? sterling|фунт[а-я]* стерлингов|(?:бюджет |считаем |платим )?в фунтах|"
     r"quid|(?:in )?sterling"),
    ("KZT", r"₸|kzt|тенге|tenge", r"₸|kzt", r"₸|kzt|тенге|tenge"),
    ("AED", r"aed|dirhams?|дирхам(?:ов|а)?", r"aed", r"aed|dirhams?|дирхам[а-я]*"),
    ("CNY", r"¥|cny|rmb|yuan|юан(?:ей|я|ь|и)", r"¥|cny|rmb", r"¥|cny|rmb|yuan|юан[а-я]*"),
    ("JPY", r"jpy|yen|иен(?:а|ы)?|йен(?:а|ы)?", r"jpy", r"jpy|japanese yen"),
    ("CHF", r"chf|swiss francs?|francs?|франк(?:ов|а)?", r"chf", r"chf|swiss francs?"),
    ("PLN", r"zł|pln|zloty|zlotys|złoty|злот(?:ых|ый|ого|ые)", r"pln",
     r"zł|pln|zloty|zlotys|złoty|злот[а-я]*"),
    ("TRY", r"₺|tl|turkish liras?|liras?|лир(?:а|ы)?", r"₺", r"₺|turkish liras?|турецк[а-я]* лир"),
    ("PKR", r"pkr|pakistani rupees?", r"pkr", r"pkr|pakistani rupees?"),
    ("INR", r"₹|inr|rs\.?|rupees?|рупи(?:й|я|и)", r"₹|inr|rs\.?", r"₹|inr|rupees?|рупи[йяи]"),
    ("NGN", r"₦|ngn|naira|найр[аы]?", r"₦|ngn", r"₦|ngn|naira|найр[аы]?"),
    ("ILS", r"₪|ils|nis|shekels?|шекел(?:ей|я|ь|и)", r"₪|ils|nis", r"₪|shekels?|шекел[а-я]*"),
    ("UAH", r"₴|uah|hryvnias?|гривен|гривн[аыи]?", r"₴|uah", r"₴|uah|hryvnias?|гривен|гривн[аыи]"),
    ("UZS", r"uzs|сум(?:ов|а)?", r"uzs", r"uzs|узбекск[а-я]* сум[а-я]*"),
    ("GEL", r"₾|gel|лари", r"₾|gel", r"₾|лари"),
    ("AMD", r"֏|amd|драм(?:ов|а)?", r"amd", r"֏|драм(?:ов|а)"),
    ("KGS", r"kgs|сом(?:ов|а)?", r"kgs", r"kgs|киргизск[а-я]* сом[а-я]*|кыргызск[а-я]* сом[а-я]*"),
    ("PHP", r"₱|php|philippine pesos?|филиппинск[а-я]* песо", r"₱|php",
     r"₱|philippine pesos?|филиппинск[а-я]* песо"),
    ("VND", r"₫|vnd|dong|донг(?:ов|а)?", r"₫|vnd", r"₫|vnd|dong|донг(?:ов|а)?"),
    ("THB", r"฿|thb|baht|бат(?:ов|а)?", r"฿|thb", r"฿|thb|baht"),
    ("MYR", r"myr|rm|ringgit", r"myr|rm(?= ?\d)", r"myr|ringgit"),
    ("IDR", r"idr|rupiah|рупи(?:й|и) индонез[а-я]*", r"idr|rp\.?(?= ?\d)", r"idr|rupiah"),
    ("KRW", r"₩|krw|korean won|корейск[а-я]* вон", r"₩|krw", r"₩|krw|korean won"),
    ("SEK", r"sek|swedish kron(?:or|a)|шведск[а-я]* крон[а-я]*", r"sek",
     r"sek|swedish kron(?:or|a)|шведск[а-я]* крон[а-я]*"),
    ("NOK", r"nok|norwegian kron(?:er|e)|норвежск[а-я]* крон[а-я]*", r"nok",
     r"nok|norwegian kron(?:er|e)|норвежск[а-я]* крон[а-я]*"),
    ("DKK", r"dkk|danish kron(?:er|e)|датск[а-я]* крон[а-я]*", r"dkk",
     r"dkk|danish kron(?:er|e)|датск[а-я]* крон[а-я]*"),
    ("CZK", r"czk|kč|czech korun[ay]?|чешск[а-я]* крон[а-я]*", r"czk",
     r"czk|kč|czech korun[ay]?|чешск[а-я]* крон[а-я]*"),
    ("AZN", r"₼|azn|манат(?:ов|а)?|manat", r"₼|azn", r"₼|azn|манат[а-я]*|manat"),
    ("TJS", r"tjs|сомони|somoni", r"tjs", r"tjs|сомони|somoni"),
    # the Gulf, South Asia, Africa and the EU's own currencies met in the inbox (the riyal and
    # rupee of a named country before the bare "riyal" and "rupee")
    ("QAR", r"qar|qatari riyals?|катарск[а-я]* риал[а-я]*", r"qar",
     r"qar|qatari riyals?|катарск[а-я]* риал[а-я]*"),
    ("KWD", r"kwd|kuwaiti dinars?|кувейтск[а-я]* динар[а-я]*", r"kwd",
     r"kwd|kuwaiti dinars?|кувейтск[а-я]* динар[а-я]*"),
    ("BHD", r"bhd|bahraini dinars?", r"bhd", r"bhd|bahraini dinars?"),
    ("OMR", r"omr|omani rials?", r"omr", r"omr|omani rials?"),
    ("KES", r"kes|kshs?|kenyan shillings?|кенийск[а-я]* шиллинг[а-я]*", r"kes|kshs?",
     r"kes|kshs?|kenyan shillings?|кенийск[а-я]* шиллинг[а-я]*"),
    ("BDT", r"৳|bdt|taka", r"৳|bdt", r"৳|bdt|taka"),
    ("GHS", r"gh₵|ghs|cedis?", r"gh₵|ghs", r"gh₵|ghs|cedis?"),
    ("HUF", r"huf|forints?|форинт(?:ов|а)?", r"huf", r"huf|forints?|форинт[а-я]*"),
    ("RON", r"ron|romanian lei|lei|румынск[а-я]* ле[йя]", r"ron",
     r"romanian lei|румынск[а-я]* ле[йя]"),
    ("SAR", r"sar|riyals?|риал(?:ов|а)?|риял(?:ов|а)?", r"sar", r"riyals?|риал[а-я]*|риял[а-я]*"),
    # A peso without its country could be Mexican, Philippine, Argentine...: not convertible.
    # So could a krona (Swedish? Czech?), and so is any other ISO code we hold no rate for: an
    # amount in it is an amount, never dollars by default.
    ("XXX", r"pesos?|песо|крон(?:ы|а)?|kron(?:or|er|a|e)|" + _ISO_WITHOUT_RATE, _ISO_WITHOUT_RATE,
     r"pesos?|песо|" + _ISO_WITHOUT_RATE),
)  # fmt: skip
_CUR = (
    "(?:" + "|".join(names for _, names, _, _ in _OTHER_CURRENCIES)
    + r"|₽|руб(?:лей|ля|ль|\.)?|рублик\w*|р\.?|rubles?|roubles?|rub|rur|деревянных"
    r"|\$|usd|us\$|долл(?:ар(?:ов|а|ы)?|\.)?|бакс(?:ов|а|ы)?|зелен(?:ых|ые|ыми)|dollars?|bucks?"
    r"|у\.? ?е\.?"
    r"|€|eur|евро|euros?)"
)  # fmt: skip
_PRE_CUR = (
    "(?:" + "|".join(pre for _, _, pre, _ in _OTHER_CURRENCIES if pre)
    # "евро 500", "долларов 800": a currency word before the figure names it as well
    + r"|us\$|\$|€|₽|usd|eur|rub|евро|euros?|долларов|баксов)"
)  # fmt: skip
# A currency sign ends an amount by itself ("15k£"); a word needs a word boundary.
_SIGNS = "$€₽£₸¥₺₹₦₪₴₾֏₫฿₩₼₱৳"

_AMOUNT_RE = re.compile(
    rf"(?:(?<![0-9a-zа-я])(?P<pcur>{_PRE_CUR} ?)|(?<![0-9a-zа-я.,]))(?P<num>{_NUM})"
    rf"(?: ?(?P<mult>{_MULT})(?:(?<=\.)|{_END}))?"
    rf"(?: ?(?P<cur>{_CUR})(?:(?<=[.{_SIGNS}])|{_END}))?"
)

_RUB_RE = re.compile(r"^(?:₽|руб|рубл|р\b|р\.|р$|rub|roub|rur|деревян)")
_USD_RE = re.compile(r"^(?:\$|usd|us\$|долл|бакс|зелен|dollar|buck|у)")
_EUR_RE = re.compile(r"^(?:€|eur|евро)")
_OTHER_RES = tuple(
    (code, re.compile(rf"^(?:{names}|{pre})(?![a-zа-я])" if pre else rf"^(?:{names})(?![a-zа-я])"))
    for code, names, pre, _ in _OTHER_CURRENCIES
)

_NON_MONEY_AFTER_RE = re.compile(
    r"^ ?(?:%|процент|человек|чел\b|сотрудник|люд|дн|день|дня|недел|нед\b|месяц|мес\b|лет\b|"
    r"год|г\.|г\b|шт|штук|страниц|товар|позици|лид|заяв|клиент|раз\b|минут|час|"
    r"users?|people|persons?|employees?|staff|days?|weeks?|months?|years?|yrs?|pages?|products?|"
    r"items?|leads?|clients?|customers?|times?|hours?|minutes?|pcs|sku|x\b|/10|из|"
    r"подписчик|просмотр|участник|followers?|subscribers?|views?|members?|"
    r"кв\.? ?м|м2|м²|квадрат|гектар|га\b|sq\.? ?(?:m|ft)|square (?:met|feet|foot))"
)
# What the business has, counted, with no currency: "у нас 140 дилеров", "we run 30 stores"
# ("5000 € магазин" stays money).
_COUNTED_AFTER_RE = re.compile(
    r" ?(?:дилер|филиал|магазин|точ[ке]|офис|отделени|партн[её]р|аптек|клиник|салон|ресторан|"
    r"кофейн|склад|автомобил|машин|грузовик|dealers?|branch|stores?|shops?|locations?|"
    r"outlets?|offices?|partners?|clinics?|salons?|restaurants?|warehouses?|trucks?|"
    r"vehicles?|сотрудник|работник|человек|экземпляр|копи[йи]|employees|staff|people|copies)"
)
_AUDIENCE_AFTER_RE = re.compile(
    r"^ ?(?:подписчик|просмотр|участник|followers?|subscribers?|views?|members?)"
)
# The audience named before its count: "есть аудитория 40к", "охват — 15k", "audience of 40k"
_AUDIENCE_BEFORE_RE = re.compile(
    r"(?:аудитори|охват|подписчик|просмотр|audience|reach|followers|subscribers|views)[a-zа-я]*"
    r"(?: (?:of|у нас|у меня|в|около|примерно|about|around|за|уже|всего|over|of about))?"
    r" ?[:—–-]? ?$"
)
# Things counted before a bare figure: "дилеров у нас триста", "stores: 40".
_COUNTED_BEFORE_RE = re.compile(
    r"(?:дилеров|магазинов|сотрудников|филиалов|точек|позиций|товаров|менеджеров|пользователей|"
    r"dealers|stores|shops|employees|branches|locations|users|skus)"
    r"(?: у нас| у меня| всего| около| примерно| about| around)? ?[:—–-]? ?$"
)
_DATE_RE = re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d.])|\b\d{1,2}:\d{2}\b")
_PERCENT_RE = re.compile(r"\d+(?:[.,]\d+)? ?%")
# a pause after a bound's word: "максимум... ну пусть 600", "max... let's say 20k"
_BOUND_PAUSE_RE = re.compile(
    r"(?P<bound>максимум|минимум|maximum|minimum)(?: ?(?:\.\.\.|…),?)(?: ?(?:ну|well))?"
    r"(?: ?(?:пусть|скажем|let'?s say|say))? ?"
)
# both bounds named: "минимум 400, максимум 600 тысяч", "min 20k, max 30k"
_MIN_MAX_RE = re.compile(
    r"(?<![a-zа-я])(?P<ru>минимум|min|minimum) (?P<lo>\d+(?:[.,]\d+)? ?[a-zа-я$€₽]*),? "
    r"(?:а |and |but )?(?:максимум|max|maximum) (?=[\d$€₽])"
)


def _min_max(m: re.Match[str]) -> str:
    russian = m.group("ru") == "минимум"
    return f"{'от' if russian else 'from'} {m.group('lo')} {'до' if russian else 'to'} "


# a letter O typed for a zero after a digit: "7оо тыс", "5oo k"
_LETTER_ZERO_RE = re.compile(r"(?<=\d)[оo]+(?=[кk]?(?![0-9a-zа-я]))")
_HALF_RE = re.compile(
    r"(?<![0-9a-zа-я])полу?[- ]?(?=(?:лям|миллион|млн|лимон|мульт|ярд|миллиард))|"
    # a fraction before a million: "до 1/2 млн"
    r"(?<![\d.,/])1/2 ?(?=(?:лям|миллион|млн|лимон|мульт|million|mln|m(?![a-z])))"
)
# "half a million" (not "one and a half million": ``_AND_A_HALF_RE``)
_HALF_EN_RE = re.compile(r"(?<![0-9a-z])(?<!and a )half (?:a )?(?=million|mil|mln|billion)")
_BARE_MULT_RE = re.compile(
    r"(?<![\d])(?<!\d )(?<![0-9a-zа-я.,])"
    r"(?=(?:миллион|млн|лям|лимон|мульт|million|миллиард|billion)\w*)"
)
_SOTKA_RE = re.compile(
    r"(?<![0-9a-zа-я])(?:сотк[аиуе]|соточк[аиуе]|сотен?к[уа]?|сотн[юяи] тысяч)(?![а-я])"
)
# a lone "косарь" is one thousand ("косарь баксов наскребу"); after a figure it is a multiplier
_KOSAR_RE = re.compile(r"(?<![0-9a-zа-я])(?<!\d )косар[ьяю](?![а-я])")
_WORD_RE = re.compile(r"[a-zа-я]+")
# "пару сотен тысяч" -> "2 сотен тысяч" (after words_to_digits) -> "200 тыс"
_HUNDREDS_RE = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?) (?:сотен|сотни|сотню|сотка|сотки) (?:тысяч|тыс\.?|к)(?![а-я])"
)
# (whole words: "we paid 6k" and "I said 500k" end in "id")
_ID_BEFORE_RE = re.compile(
    r"(?:#|(?<![a-zа-я])(?:инн|огрн|огрнип|кпп|бик|окпо|счет|сч\.|р/с|заказ[а-я]*|номер|id|"
    r"артикул[а-я]*|"
    r"код|индекс|дом|кв\.|квартира|офис|тел\.?|телефон)) ?:? ?$"
)
# "тысяч 300" / "ляма два": the Russian inverted order means "about 300 thousand".
_INVERTED_RE = re.compile(
    r"(?<![\d.,])(?<!\d )(?P<mult>тысяч|тысячи|тыщи|тыщ|тыс\.?|косарей|миллиона|миллионов|"
    r"лямов|ляма|млн)"
    r" (?:за |в |на )?(?P<num>\d+(?:[.,]\d+)?)(?:-(?P<num2>\d+(?:[.,]\d+)?))?"
    r"(?![\d]|[.,]\d| ?(?:тыс|к\b|k\b|млн|лям|миллион))"
)


_MILLIONS = frozenset({"миллиона", "миллионов", "лямов", "ляма", "млн"})


def _inverted(m: re.Match[str]) -> str:
    if m.group("num2"):  # "млн 5-6": a range, not an approximation
        return f"{m.group('num')}-{m.group('num2')} {m.group('mult')}"
    num = to_float(m.group("num")) or 0
    if m.group("mult") in _MILLIONS and 100 <= num < 1000:
        return f"1 млн {m.group('num')}"  # "млн двести" is a million two hundred thousand
    return f"около {m.group('num')} {m.group('mult')}"


# Money words typed in Latin letters ("byudzhet okolo 650 tysyach", "550 tys rub"); read only
# in a text that has one of the unambiguous ones, so English "do"/"ot" stay English.
_TRANSLIT_WORDS = {
    "tys": "тыс",
    "tysyach": "тысяч",
    "tysyachi": "тысячи",
    "tysach": "тысяч",
    "tisyach": "тысяч",
    "tyshch": "тыщ",
    "tysch": "тыщ",
    "byudzhet": "бюджет",
    "budzhet": "бюджет",
    "budjet": "бюджет",
    "okolo": "около",
    "primerno": "примерно",
    "lyam": "лям",
    "lyama": "ляма",
    "lyamov": "лямов",
    "limon": "лимон",
    "mln": "млн",
    "rubley": "рублей",
    "rublei": "рублей",
    "rub": "руб",
    "deneg": "денег",
    "net": "нет",
    "bez": "без",
    "poka": "пока",
    "do": "до",
    "ot": "от",
    # a bound or a case only Russian spells so: "ne bolshe 1.5 mln", "do milliona", "vydelili"
    "ne": "не",
    "bolshe": "больше",
    "menshe": "меньше",
    "mezhdu": "между",
    "milliona": "миллиона",
    "millionov": "миллионов",
    "vydelili": "выделили",
}
_TRANSLIT_CUE_RE = re.compile(
    r"(?<![a-z])(?:tys|tysyach[a-z]*|tysach|tisyach|tyshch|tysch|byudzhet|budzhet|budjet|okolo|"
    r"primerno|lyam[a-z]*|rubley|rublei|deneg|bolshe|menshe|mezhdu|milliona|millionov|vydelili)"
    r"(?![a-z])"
)
_TRANSLIT_WORD_RE = re.compile(
    rf"(?<![a-z])(?:{'|'.join(sorted(_TRANSLIT_WORDS, key=len, reverse=True))})(?![a-z])"
)
# "три сотки" / "3 сотни" (hundreds of thousands, slang) -> 300 тыс
_N_SOTOK_RE = re.compile(
    r"(?<![0-9a-zа-я.,])(?P<n>\d+(?:[.,]\d+)?|одн[ау]|две|два|три|четыре|пять|шесть|семь|восемь|"
    r"девять|полторы|пару|пара) (?:сотк[аиуе]|соток|сотни|сотен|сотню)(?! ?(?:тыс|к\b))"
)


def _hundreds(count: str) -> str:
    """A count of hundreds of thousands in thousands: "три" -> "300", "1.5" -> "150"."""
    return _fmt_num((NUMBER_WORDS.get(count) or to_float(count) or 0) * 100)


def _n_sotok(m: re.Match[str]) -> str:
    return f"{_hundreds(m.group('n'))} тыс"


# The count after the hundreds, Russian for "about": "сотни три" (about 300 тыс), "сотен
# пять-шесть" (500-600 тыс), like "тысяч триста"; a count named first is ``_N_SOTOK_RE``.
_SOTOK_COUNT = r"\d+(?:[.,]\d+)?|две|два|три|четыре|пять|шесть|семь|восемь|девять|полторы"
_SOTOK_N_RE = re.compile(
    # "сотни"/"сотен" only: "соток 6" is the size of a plot of land
    r"(?<![0-9a-zа-я])(?:сотни|сотен) "
    rf"(?P<n>{_SOTOK_COUNT})(?:(?: ?- ?| или | to )(?P<n2>{_SOTOK_COUNT}))?"
    r"(?![0-9a-zа-я]| ?(?:тыс|к\b|млн|лям|миллион|человек|чел\b|штук|шт\b|км|м\b|метр))"
)


def _sotok_n(m: re.Match[str]) -> str:
    if m.group("n2"):
        return f"{_hundreds(m.group('n'))}-{_hundreds(m.group('n2'))} тыс"
    return f"около {_hundreds(m.group('n'))} тыс"


# "миллион полтора", "лям с половиной", "a million and a half": one and a half million
_MLN_AND_HALF_RE = re.compile(
    r"(?<![\d.,] )(?<![0-9a-zа-я])(?:1 )?(?:миллион|лям|лимон|мульт)[а-я]* (?:полтора|с половиной|"
    r"1\.5)(?![0-9a-zа-я])|"
    r"(?<![\d.,] )(?<![0-9a-zа-я])(?:1 )?(?P<en>million) and a half(?![0-9a-z])"
)
_QUARTER_RE = re.compile(r"(?<![0-9a-zа-я])четверть (?=(?:лям|миллион|млн|лимон))")
_POLTOS_RE = re.compile(r"(?<![0-9a-zа-я])(?:полтос|полтинник|полтишок)[а-я]*(?![а-я])")
_PYATIHATKA_RE = re.compile(r"(?<![0-9a-zа-я])(?:пятихат(?:ка|ку|ки|ок)|пятисотк[аиу])(?![а-я])")
# Collective numerals as slang thousands ("пятёрка", "десятку зелёных", "две двадцатки"), like
# "сотка" for a hundred thousand; not the locative ("в десятке лучших" is a ranking).
_COLLECTIVE = {"пятерк": 5, "десятк": 10, "двадцатк": 20, "тридцатк": 30}
_COLLECTIVE_RE = re.compile(
    r"(?<![0-9a-zа-я.,])(?:(?P<n>\d+|одн[ау]|две|два|три|пару|пара) )?"
    r"(?P<w>пятерк|десятк|двадцатк|тридцатк)[аиу](?![а-я])(?! ?(?:тыс|к\b))"
)


def _collective(m: re.Match[str]) -> str:
    n = NUMBER_WORDS.get(m.group("n") or "") or to_float(m.group("n") or "1") or 1
    return f"{_fmt_num(n * _COLLECTIVE[m.group('w')])} тыс"


_AND_A_HALF_RE = re.compile(r"(?<![\d.,])(\d+) (?:and a half|с половиной)(?![a-zа-я])")
# "до 2х лямов": the numeral's case ending
_N_X_RE = re.compile(r"(?<![\d.,])(\d+)-?х(?= (?:лям|миллион|млн|лимон|тыс|сот|ярд|миллиард))")
# "6 штук зеленых": slang thousands
_SHTUK_RE = re.compile(
    r"(?<![\d.,])(\d+) штук[аи]? (?=(?:зелен|бакс|долл|евро|руб|деревян|\$|€|₽|usd|eur))|"
    # the count after the word: "штук пять зелёных"
    r"(?<![а-я])штук[аи]? (\d+) (?=(?:зелен|бакс|долл|евро|руб|деревян|\$|€|₽|usd|eur))|"
    # alone, the whole answer: "500 штук"
    r"(?:^|(?<=^где-то )|(?<=^около )|(?<=^примерно ))(\d+) штук[аи]?(?= ?[.!)]*$)|"
    # one of them, no count: "штука баксов — потолок"
    r"(?<![\d.,] )(?<![0-9a-zа-я])штука (?=(?:зелен|бакс|долл|евро|деревян|\$|€|usd|eur))"
)
# "mid five figures" (after words_to_digits: "mid 5 figures"): a range of that many digits
_FIGURES_RE = re.compile(
    r"(?<![a-z])(?:(?P<part>low|mid|high|lower|upper)[- ])?(?P<n>[4-7])[- ]figures?(?![a-z])"
)


_FIGURES_WORD_RE = re.compile(r"(?<![a-z])figures?(?![a-z])")


def _figures(m: re.Match[str]) -> str:
    unit = 10 ** (int(m.group("n")) - 1)
    lo, hi = {
        "low": (1, 3),
        "lower": (1, 3),
        "mid": (4, 6),
        "high": (7, 10),
        "upper": (7, 10),
    }.get(m.group("part") or "", (1, 10))
    return f"{lo * unit}-{hi * unit - (1 if hi == 10 and not m.group('part') else 0)}"


# "семизначная сумма", "бюджет шестизначный": the Russian count of digits, the same range as
# "six figures" (1-9.99 times the unit)
_DIGITS_RU_RE = re.compile(
    r"(?<![а-я])(?P<n>пяти|шести|семи|восьми)[- ]?значн[а-я]*(?![а-я])"
    r"(?! (?:номер|код|телефон|счет))"
)
_DIGITS_RU = {"пяти": 5, "шести": 6, "семи": 7, "восьми": 8}


def _digits_ru(m: re.Match[str]) -> str:
    unit = 10 ** (_DIGITS_RU[m.group("n")] - 1)
    return f"{unit}-{10 * unit - 1}"


# "1 миллион 200" / "2 млн 500 тыс" / "one million two hundred thousand": one amount in two parts
_MLN_AND_RE = re.compile(
    r"(?<![\d.,])(?P<m>\d+) ?(?:млн\.?|миллион[а-я]*|лям[а-я]*|лимон[а-я]*|(?P<en>million|mln)) "
    r"(?:and )?(?:(?P<k>\d{1,3}) ?(?:тыс[а-я.]*|тыщ[а-я]*|к(?![а-я])|thousand|k(?![a-z]))|"
    # a word after the hundreds is what they count ("200 человек"), unless it hedges the whole
    # amount ("миллион двести примерно")
    r"(?P<k3>\d{3})(?!\d|[.,]\d| ?(?!примерно|где-?то|около|или около|or so|ish|плюс|"
    r"приблизительно|ориентировочно)[a-zа-я%]))"
)
# "7 thousand 500" (from "seven thousand five hundred"), "2 тысячи 500", "тысяча двести": one
# amount, not two ("тысяч 300" with no count before it is the inverted "about 300 thousand");
# the hundreds only, like "1 миллион 200" above ("40 тысяч 2 этапа" is no 40 002).
_THOUSAND_AND_RE = re.compile(
    r"(?:(?<![\d.,-])(?<!\d-)(?P<a>\d{1,3}) (?:тысяч[аиу]?|тыс\.?|thousand)|"
    r"(?<![\d.,] )(?<![0-9a-zа-я])тысяча) (?P<and>and )?(?P<b>[1-9]\d\d)"
    r"(?![\d]|[.,]\d| ?(?:-|–|%|тыс|тыщ|млн|лям|миллион|million|thousand|grand|billion)|"
    r" ?(?:к|k|до|to|or|или)(?![a-zа-я]))"
)
_BETWEEN_BEFORE_RE = re.compile(r"(?:between|from|между|от) $")


def _thousand_and(m: re.Match[str]) -> str:
    if _NON_MONEY_AFTER_RE.match(m.string[m.end() :]):
        return m.group(0)  # "5 тысяч 300 человек"
    if m.group("and") and _BETWEEN_BEFORE_RE.search(m.string[: m.start()]):
        return m.group(0)  # "between 5 thousand and 700": two amounts
    return str(int(m.group("a") or 1) * 1000 + int(m.group("b")))


def _mln_and(m: re.Match[str]) -> str:
    thousands = int(m.group("k") or m.group("k3"))
    word = "million" if m.group("en") else "млн"  # an English text stays English (no roubles)
    return f"{_fmt_num(int(m.group('m')) + thousands / 1000)} {word}"


_IN_THOUSANDS_RE = re.compile(r"(?<![а-яa-z])(?:в тысячах|in thousands)(?![а-яa-z])")
_BARE_SMALL_RE = re.compile(r"(?<![\d.,])(\d{1,4})(?![\d.,]| ?(?:тыс|к\b|k\b|млн|%))")

_TO_Q = (
    r"(?:should ?n'?t|should not|won'?t|will not|can'?t|cannot|can not|must ?n'?t|not to|don'?t) "
    r"(?:go |be |run )?(?:over|above|more than|exceed)|not exceed|no higher than|"
    r"не больше|не более|не дороже|не выше|не свыше|максимум|макс\.?|потолок|до|в пределах|"
    r"вряд ли (?:больше|более|дороже|выше)|hardly more than|unlikely to (?:exceed|be more than)|"
    r"край|крайняк|на крайний случай|"
    r"меньше|менее|ниже|дешевле|"
    r"в рамках|no more than|not more than|at most|up to|upto|under|below|less than|within|"
    r"maximum|max\.?|until|<=?|≤|capped at|(?:a |with a )?cap of|limited to|(?:a )?ceiling of"
)
_FROM_Q = (
    r"not less than|no less than|not under|not below|"
    r"не меньше|не менее|не ниже|минимум|мин\.?|от|больше|более|свыше|выше|starting at|"
    r"starting from|from|at least|more than|over|above|minimum|min\.?|>=?|≥"
)
_APPROX_Q = (
    r"около|примерно|порядка|в районе|в пределе|где-то|где то|приблизительно|ориентировочно|"
    r"плюс-минус|плюс минус|\+-|±|~|≈|about|around|approx\.?|approximately|roughly|circa|"
    r"something like|ballpark|estimated"
)
_QUAL_RE = re.compile(
    rf"(?<![0-9a-zа-я])(?:(?P<to>{_TO_Q})|(?P<from>{_FROM_Q})|(?P<approx>{_APPROX_Q}))"
    rf"(?![a-zа-я])"
)
_POST_FROM_RE = re.compile(
    r"^ ?(?:\+(?!\d)|и выше|и больше|и более|или больше|или более|and up|and above|or more|"
    r"plus\b|minimum|минимум)"
)
_AMOUNT_NEXT_RE = re.compile(r"^ ?(?:до |to |[-:] ?)?[\d$€₽~]")
_POST_TO_RE = re.compile(
    r"^ ?(?:(?:есть|наберем|соберем|найдем|наскребем|выделим|выделят|дадут|have|we have|"
    r"we'?ve got|got|us|usd|dollars|bucks|euros?|eur|рублей|руб|долларов|евро),? )?"
    r"(?:максимум|макс\b|max\b|maximum|не больше|и не больше|или меньше|или менее|и меньше|"
    r"от силы|at the very most|"
    r"no more(?! than)|"
    r"at most|tops|top\b|or less|or under|max\.|"
    # "350 край", "500 — это край"
    r"(?:[,—–-] ?)?(?:это )?край(?![а-я])|"
    # all there is: "about 2k usd, that's all we have", "полмиллиона, это всё, что есть"
    r"that'?s all (?:we have|we'?ve got|i have|i'?ve got|there is)|это вс[её],? что (?:есть|у нас "
    r"есть|имеем)|больше (?:нет|не будет)(?![а-я])|"
    # "больше не потянем", "больше собственник не даст": who refuses more may be named between
    r"больше (?:[а-я]+ ){0,2}не (?:потян|смож|мож|дад|даст|дам|выдел|получ|осил|согласу|одобр)"
    r"[а-я]*|(?:and )?(?:we )?can'?t go (?:higher|above|beyond)|"
    r"(?:(?:мы |я )?(?:потянем|потяну|осилим|сможем),? )?больше (?:ну |уж |вообще |совсем )?"
    r"(?:вряд ли|"
    r"навряд ли|едва ли|никак|"
    r"точно нет)|(?:and )?hardly more|"
    # the figure named as the ceiling: "$3.5k, that's our ceiling", "500к — это наш потолок"
    r"[,—–-]? ?(?:that'?s|this is|it'?s|is|это|это и есть) (?:our |my |the |наш |мой )?"
    r"(?:ceiling|cap|limit|max(?:imum)?|upper limit|потолок|максимум|предел|лимит)(?![a-zа-я])|"
    # the word alone, ending the clause: "штука баксов — потолок", "500к max."
    r"[,—–-]? ?(?:ceiling|cap|max(?:imum)?|потолок|максимум|предел)(?= *(?:$|[.!;,)]))|"
    # "тысяч пятьдесят, больше у колхоза лишних нет"
    r"[,—–-]? ?больше (?:у [а-я]+ )?(?:лишних |свободных )?нет(?![а-я]))"
)
# A refusal of more later in the answer, a clause or two after its only figure: "миллиона три,
# но если проект затянется, больше не дадим ни рубля", "around $40k; if it runs over, we can't
# go any higher". (Not "больше не можем": "больше не можем ждать" is about time.)
_LATER_CAP_RE = re.compile(
    r"(?<![a-zа-я])(?:больше (?:[а-я]+ ){0,2}не (?:потян|дад|даст|дам|выдел|осил|согласу|одобр)"
    r"[а-я]*|больше (?:[а-я]+ ){0,3}(?:глупо|никак|нет смысла|не имеет смысла)|"
    r"ни (?:рубля|копейки) (?:сверху|больше)|больше ни (?:рубля|копейки)|"
    r"(?:not|no) (?:a |one )?(?:penny|cent|dollar|euro|ruble|rouble) more|"
    r"can'?t go (?:any )?(?:higher|above|beyond|further))(?![a-zа-я])"
)
_POST_APPROX_RE = re.compile(
    r"^ ?(?:плюс-минус|плюс минус|\+-|±|или около того|примерно|ish|-ish|or so|give or take)"
)
_REFUSED_BELOW_RE = re.compile(
    r"^(?:тыс[а-я.]* |к )?(?:даже |вообще )?не (?:рассматриваем|рассматриваю|интересно|"
    r"предлагайте|стоит|даст|дадут|выделит|выделят|одобрит|одобрят|согласует|согласуют|"
    r"утвердит|утвердят|позволит|потянем)|"
    r"^(?:is|are|isn'?t|won'?t)? ?(?:not )?(?:worth|an option|out of question)"
)
# "выше 1 млн не поднимемся", "дороже 500 не пойдём": the refused side named before the figure
_ABOVE_REFUSED_RE = re.compile(
    # ("больше 300к платить не станем": the verb may come first)
    r"^(?:тыс[а-я.]* |к |млн |миллион[а-я]* |руб[а-я.]* )*(?:за [а-я]+ )?(?:[а-я]+(?:ть|ться) )?"
    r"(?:мы )?не (?:станем|будем|хотим|собираемся|поднимемся|"
    r"пойдем|выйдем|вылезем|потянем|готовы|платим|заплатим|отдадим|потратим|дадим|дадут|даст|"
    r"дам|выделим|выделят|выделит|одобрят|одобрит|согласуют|согласует|осилим|вытянем)"
)
_ABOVE_BEFORE_RE = re.compile(r"(?<![a-zа-я])(?:выше|больше|дороже|свыше) $")
# More than the figure refused before it: "won't approve more than 20k", "не дадут больше 600"
_REFUSED_MORE_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:won'?t|will not|can'?t|cannot|not|never|не|ни) (?:[a-zа-я']+ )?"
    r"(?:approve|give|allocate|spend|pay|go|sign off on|stretch to|дад[уи]т|даст|выдел[яи]т|"
    r"одобр[яи]т|потянем|потянет|заплатим|подпишет|согласует|платить|заплатить|тратить|"
    r"потратить|выделить|вложить|отдать|отдавать) (?:[a-zа-я]+ )?"
    r"(?:more than|over|above|beyond|больше|свыше|более) ?(?:чем )?$"
)
_REFUSED_WHICH_RE = re.compile(
    r"^ ?(?:предложения |варианты |проекты |ничего |anything |options )?(?:дешевле|дороже|меньше|"
    r"больше|ниже|выше|cheaper|less|lower|more|higher|above|below|under|over)"
)
_FILLERS = frozenset(
    "бюджет бюджета бюджетом наш нас нам у мы на проект это где то около примерно в районе "
    "рублей руб тысяч где-то сумма суммы готовы готов можем можно потратить вложить выделить "
    "the a an our we budget is of about around can spend would be it's its usd rub eur dollars "
    "euros ориентировочно порядка есть имеем планируем хотим".split()
)
_RANGE_SEP_RE = re.compile(r"^ ?(?:-|--|\.\.\.?|…|/|~|до|to|and|и|or|или|till|through|thru|по) ?$")

_NONE_RE = re.compile(
    r"(?<![a-zа-я])(?:нет бюджета|бюджета (?:пока |еще |совсем |вообще )?нет|без бюджета|"
    # "да какой там бюджет, у меня пенсия": asked back to say there is none
    r"(?:да )?какой (?:там|тут) (?:ещ[её] )?бюджет(?! (?:нужен|нужно|надо|нужна|посоветуете|"
    r"закладывать|обычно))|"
    # services swapped instead of paid: "we'd rather swap services than pay"
    r"(?:swap|trade|exchange) services|rather (?:swap|trade|barter) than pay|in exchange for the "
    r"work|"
    # a share of the profits instead of a fee: no money paid
    r"(?:for|in exchange for) (?:a )?(?:share|cut|percentage) of (?:the )?(?:profits?|revenue|"
    r"sales)|instead of a fee|за (?:долю|процент) (?:от )?(?:прибыли|продаж|выручки)|"
    r"бюджет(?:а)? (?:пока |еще )?не (?:выделен|заложен|предусмотрен|выделяли|планировали)|"
    # a saying for nothing: "денег — как у латыша: хрен да душа"
    r"как у латыша|хрен да душа|"
    # "без денег, это же для благотворительного фонда"
    r"(?<!не )без денег|"
    # recognition instead of a fee: "we can only offer in-kind recognition"
    r"in[- ]kind (?:recognition|support|contribution|sponsorship|only)|only (?:offer )?in[- ]kind|"
    # the figure from the tender: "whatever comes out of the RFP"
    # paid in kind, or not at all: "могу мёдом рассчитаться", "мы не готовы платить, просто
    # совет", "we're not willing to pay, just advice"
    r"(?:рассчитаться|расплатиться|заплатить|оплатить|отблагодарить)(?: [а-я]+)? (?:медом|"
    r"продукци[а-я]*|товаром|товарами|натурой|продуктами|услугами|овощами|мясом|молоком)|"
    r"(?:медом|продукци[а-я]*|товаром|товарами|натурой|продуктами|овощами|мясом|молоком) "
    r"(?:рассчита|расплати|заплати|оплачу|отблагодар)[а-я]*|"
    r"(?:pay|repay) (?:you )?(?:back )?(?:in|with) (?:honey|eggs|produce|goods|kind|vegetables|"
    r"products|(?:[a-z]+ )?(?:work|services))|"
    r"(?:не готов[аы]?|не собира[а-я]+|не хотим|не будем) (?:ничего )?(?:платить|заплатить)"
    r"(?=[ ,.!]*(?:$|[.,!]|просто|а |только|,))|(?:not|aren'?t|are not|am not|'?m not|'?re not) "
    r"(?:ready|willing|going|planning) to pay(?=[ ,.!]*(?:$|[.,!]|just|only))|"
    # ("таких денег нет", "столько денег нет": not that much, some other sum may follow)
    r"(?<!таких )(?<!столько )денег (?:пока |совсем |вообще )?нет|нет денег|нет средств|"
    r"средств нет|ноль|нуль|нисколько|"
    # ("бесплатно — это наши вебинары для клиентов": the writer's own offer, not the budget)
    r"бесплатно(?! ?[—–-]? ?это наш| для (?:наших )?(?:клиент|покупател|посетител))|даром|"
    r"безвозмездно|за спасибо|нулев(?:ой|ого|ым|ом)(?! (?:этап|фаз))|"
    r"no budget(?! (?:set|fixed|defined|decided|agreed|settled|determined))|zero budget|zero|"
    r"nothing(?!'?s? (?:been )?(?:fixed|set|decided|final|agreed|settled|confirmed|approved))"
    r"(?! (?:fixed|set|decided|final|definite|concrete|firm|confirmed|approved|signed|settled|"
    r"yet|agreed))|no money|not budgeted|for free|free of charge|"
    # ("we don't have a budget yet": one comes later, see _UNKNOWN_RE)
    r"don't (?:really |actually )?have (?:a |any )?budget(?! yet)(?!(?: [a-z]+){1,4} yet)|"
    r"do not (?:really |actually )?have (?:a |any )?"
    r"budget(?! yet)(?!(?: [a-z]+){1,4} yet)|no funds|"
    r"haven't got a budget(?! yet)|"
    r"budget is (?:zero|0|nil)|nil|none|"
    # "not a single quid", "ни копейки"
    # ("not a cent more", "ни копейки сверху": a ceiling, see _LATER_CAP_RE)
    r"not (?:a )?(?:single )?(?:penny|cent|dime|quid|rupee|buck|dollar|euro|kopeck)(?! more)|"
    r"ни копейки(?! (?:больше|сверху))|"
    r"ни копья|ни гроша|ни цента|(?:бабла|бабок|бабосов|лаве|лавэ|кэша) (?:пока |совсем |вообще )?"
    r"нет|нет (?:бабла|бабок|бабосов|лаве|лавэ)|"
    r"ни рубля|zilch|nada|(?:'s|is|are|'re|we'?re|i'?m) (?:flat |totally )?broke|на мели|"
    # never, in an idiom: "we'll have a budget for that when pigs fly"
    rf"{NEVER_IDIOMS}|"
    # paying in kind, a share or publicity instead of money: no budget
    r"бартер[а-я]*|взаимозач[а-я]*|(?:за|на) (?:долю|процент|отзыв|рекламу|пиар|упоминание)|"
    # a swap, or nothing at all: "обменяемся: мы вам мебель, вы нам сайт", "хотелось бы за
    # так", "we could trade: flowers for your office"
    r"обменяемся|поменяемся|обмен (?:услугами|на)|за так(?![а-я])|as a (?:trade|swap|barter)|"
    # work for a portfolio and a review: "сделайте себе в портфолио, а мы напишем отзыв"
    r"(?:себе )?в портфолио|напишем (?:[а-я]+ )?отзыв|"
    # "на следующий год нам ничего не выделили"
    r"ничего не (?:выделили|заложили|дали|выделяют)|"
    r"задаром|на халяву|(?:could|can|happy to|let'?s) (?:do a )?(?:trade|swap)|"
    # paid in the writer's own goods: "рассчитаемся рассадой и саженцами", "pay you in kind"
    r"(?:заплатим|оплатим|расплатимся|рассчитаемся) (?!деньгами|наличн|картой|по сч|переводом|"
    r"рубл|доллар|евро|сразу|частями|потом|после|в )[а-я]+(?:ой|ами|ями|ом|ем)(?![а-я])|"
    r"pay (?:you )?in (?:kind|goods|products)|"
    r"(?:заплатим|оплатим|расплатимся|платим|рассчитаемся) (?:[а-я]+ )?(?:отзыв|кейс|реклам|пиар|"
    r"упоминани|бартер)[а-я]*|"
    r"дол[юя] (?:в|от) (?:проект|стартап|компани|бизнес|прибыл)[а-я]*|"
    r"процент(?:ом|ами|а|ы)? (?:с|от) (?:продаж|прибыли|выручки)|вместо (?:оплаты|денег)|"
    # money still being raised: "мы сами сейчас инвестора ищем", "we're looking for investors"
    r"(?:ищем|ищу|найти|поиск[а-я]*) (?:[а-я]+ )?инвестор[а-я]*|инвестор[а-я]* (?:ищем|ищу)|"
    r"(?:looking for|searching for|raising from) (?:an )?investors?|"
    r"безвозмездн[а-я]*|бесплатн[а-я]*(?! ?[—–-]? ?это наш| для (?:наших )?(?:клиент|покупател|"
    r"посетител))|на нуле|(?:пока )?никак(?:ого|ой)(?: бюджета)?|"
    r"(?<!таких )(?<!столько )(?:денег|средств|финансировани[а-я]*|бюджета?) "
    r"(?:на (?:это|эти цели|подрядчик[а-я]*) )?"
    r"(?:(?:пока|сейчас|совсем|вообще|у нас|у (?:школы|компании|фирмы|клиники|организации|"
    r"учреждения|фонда|магазина|кафе|салона|отдела)) ){0,2}(?:нет|нету|не предусмотрен[а-я]*|"
    r"не заложен[а-я]*|не выделен[а-я]*)|(?:не заложен[а-я]*|не предусмотрен[а-я]*)|"
    # nothing set aside, whatever for: "на сайт денег не закладывали вообще", "средств на
    # разработку никто не выделял", "бюджет под это не планировали"
    r"(?:денег|средств|бюджета?) (?:(?:на|под) (?:[а-я]+ ){1,2})?"
    r"(?:пока |еще |совсем |вообще |никто |мы )?не "
    r"(?:закладывал|выделял|планировал|предусматривал|откладывал)[а-я]*"
    r"(?! (?:отдельно|заранее|специально))|"
    r"платить (?:нечем|не (?:готовы|можем|планируем|будем))|"
    # paying for it at all refused: "мы не платим за сайты, у нас свой программист"
    r"(?:мы |я )?не (?:платим|будем платить|собираемся платить) (?:за |никому за )?"
    r"(?:сайт|разработк|услуг|подрядчик|студи|агентств|это)[а-я]*|"
    r"за (?:сайт|разработк|услуг|это)[а-я]* (?:мы |я )?не (?:платим|будем платить)|"
    r"(?:we|i) (?:don'?t|do not|won'?t|will not) pay for (?:websites|sites|this|that|it|such)"
    r"(?! more)|"
    r"бюджет (?:отсутствует|заморожен)|"
    r"nothing (?:has been |is |was )?(?:set aside|allocated|earmarked|budgeted)|"
    r"(?:статьи расходов|статьи|лимита) (?:под это |на это )?нет|(?:его|их) (?:пока |вообще )?нет|"
    # settling in the writer's own goods or services, in the instrumental case ("рассчитаемся
    # абонементами", "pay you in vouchers"), not paying FOR them ("оплата услуг по договору")
    r"(?:рассчит|расплат|расплач|заплат|заплач|оплат|плат|отблагодар)[а-я]* (?:[а-я]+ ){0,2}"
    r"(?:(?:наш|сво)[а-я]* )?(?:товар|продукци|продукт|услуг|абонемент|сертификат|подписк|"
    r"стрижк|маникюр|массаж|процедур|уборк|"
    r"ваучер|купон|балл|бонус|обед|ед|натур|реклам|трафик|размещени|"
    # goods a small business has to spare: food, drink, furniture, clothes, stays, trips
    r"выпечк|пирог|торт|хлеб|кондитерк|сыр|мед|мёд|вин|кофе|пив|мяс|рыб|овощ|фрукт|цвет|"
    r"мебел|одежд|обув|косметик|стройматериал|запчаст|проживани|путевк|путёвк|билет|"
    r"экскурси|ужин|завтрак)(?:ом|ами|ями|ой|ей|ем|ью)|"
    r"(?:pay|compensate|settle)[a-z]* (?:you |up )?(?:in|with) (?:our |free |some )?(?:[a-z]+ )?"
    r"(?:products?|goods|services|memberships?|vouchers?|gift cards?|certificates?|airtime|"
    r"ads?|advertising|ad (?:space|slots?)|promotion|publicity|coverage|"
    r"subscriptions?|kind|meals|merch|food|case stud(?:y|ies)|testimonials?|cakes?|"
    r"pastr(?:y|ies)|bread|cheese|wine|coffee|"
    r"beer|furniture|clothes|clothing|shoes|flowers|stays?|nights?|trips?|tours?|tickets?|"
    r"fish|seafood|meat|beef|pork|lamb|honey|eggs|milk|produce|vegetables|veg|fruit|crops?|"
    r"grain|hay|lumber|"
    r"timber|firewood|wood|labou?r)|"
    r"barter|equity|(?:a )?stake in|rev(?:enue)?[- ]?share|(?:for|in) exposure|pro bono|"
    r"shout-?out|"
    r"in exchange for (?:a |an |some )?(?:testimonial|review|backlink|link|shout|exposure|"
    r"equity|share|mention|case stud(?:y|ies)|portfolio)|"
    r"в обмен на (?:отзыв|ссылк|рекламу|долю|упоминани|кейс|портфолио)[а-я]*|"
    r"instead of (?:cash|money|payment|paying)|no (?:upfront )?(?:cash|money)|"
    # publicity offered for the work: "can we trade? we'd promote you to our followers",
    # "взамен прорекламируем вас в блоге"
    r"(?:can|could) we (?:trade|swap|barter)|(?:promote|advertise|feature|shout) (?:you|your "
    r"(?:studio|agency|company|work)) (?:to|on|in|for|across)|"
    r"(?:прорекламир|пропиар|порекоменду|упомян|отмет)[а-я]* (?:вас|вашу студию|ваше агентство)|"
    r"взамен (?:[а-я]+ ){0,2}(?:реклам|пиар|упоминани|пост|отзыв)[а-я]*|"
    r"(?:don'?t|do not|can'?t|cannot) (?:have|afford|pay)(?: any)?(?: money| cash| budget)?"
    r"(?! (?:an? |the |any )?(?:(?:fixed|set|final|exact|firm|concrete|specific|clear) )?"
    r"(?:number|figure|amount|exact|sum)(?![a-z])| (?:a |any )?budget(?: [a-z]+){0,4} yet)|"
    r"(?<!feel )free(?! to))(?![a-zа-я])"
)
# The other case names no figure: "если субсидию дадут, то до 2 млн, а если нет — не знаю
# вообще", "if the grant comes through $50k, if not, no idea": the budget is not known yet
# ("...если нет — ничего" is the figure with its condition: blind3's label).
_ELSE_UNKNOWN_RE = re.compile(
    r"(?<![a-zа-я])(?:если|if) (?:нет|не [а-я]+|not|they don'?t|it doesn'?t|we don'?t)"
    r"(?: [a-zа-я]+)?[ ,—–-]*(?:то |then )?(?:я |мы |i |we )?(?:вообще |пока |honestly |really )?"
    r"(?:не знаю|хз|без понятия|неизвестно|непонятно|don'?t know|no idea|not sure|no clue|"
    r"who knows)(?![a-zа-я])"
)
# Two cases, each with its own figure: "если успеете — 600, если позже — 400", "or else".
_ALTERNATIVE_RE = re.compile(
    r"(?<![a-zа-я])(?:если|иначе|или|а если|otherwise|or else|if not|unless)(?![a-zа-я])"
)
_SPEND_LATER_RE = re.compile(
    r"(?<![a-zа-я])(?:потом|затем|после|а там|then|after that|afterwards)(?: [a-zа-я]+){0,3} "
    r"(?:посмотрим|решим|определимся|подумаем|we'?ll see|see|decide)(?: [a-zа-я]+){0,2},? "
    r"(?:сколько|how much|what to spend|на что)|"
    # no sum set aside, the price decides: "отдельного бюджета не выделяли, смотрим по цене"
    r"(?<![a-zа-я])(?:смотрим|посмотрим|будем смотреть|решим|решать будем|зависит) (?:по|от) "
    r"(?:цене|ценам|стоимости|предложени[а-я]*|кп|смете|сумме)|(?:depends on|we'?ll see from|"
    r"we'?ll decide (?:on|from)|based on) (?:the |your )?(?:price|quote|proposal|estimate)"
)
_NONE_EXACT = frozenset({"нет", "no", "пока нет", "нету", "not yet", "0", "ноль", "-0"})
_UNLIMITED_RE = re.compile(
    r"(?<![a-zа-я])(?:нет ограничени|без ограничени|не ограничен|неограничен|безлимит|"
    r"no limit|unlimited|no cap|whatever it takes|сколько (?:потребуется|нужно|надо|скажете)|"
    # any amount at all: "да хоть сколько, лишь бы хорошо"
    r"хоть сколько|сколько угодно|любой бюджет|any amount|whatever it costs|"
    r"(?:сумма|цена|стоимость|деньги) (?:не важн[аы]|не главное|не вопрос)|"
    r"по (?:деньгам|цене|бюджету|стоимости) (?:не вопрос|не проблема|вопросов нет|проблем нет)|"
    # the price is no object: "not fussed about price, I just want it working"
    r"not (?:fussed|bothered|worried) about (?:the )?(?:price|cost|money)|price (?:is no object|"
    r"doesn'?t matter|isn'?t an issue)|цена не (?:важна|главное|вопрос))"
)
_UNKNOWN_RE = re.compile(
    r"(?<![a-zа-я])(?:не знаю|незнаю|не знаем|хз|не определил|не определен|не определились|"
    # a budget that exists, no sum named: "бюджет под него уже есть"
    r"(?:бюджет|деньги|финансировани)[а-я]* (?:под (?:него|неё|нее|это|проект) )?(?:уже )?"
    r"(?:есть|имеется|выделен[а-я]*|заложен[а-я]*)(?![а-я])(?! ?[:—-]? ?\d)|"
    # paid, but no sum named: "а вам заплатим, в разумных пределах", "we'll pay you fairly"
    r"(?:вам|мы) заплатим|заплатим вам|we'?ll pay you|we will pay you|"
    # no estimate yet: "сметы пока нет, ждём заключения юристов"
    r"смет[аы] (?:пока |еще |ещё )?нет|no (?:estimate|cost estimate) yet|"
    # a price hoped to be sane, no figure: "ну чтобы не космос", "лишь бы не космические цены"
    r"(?:чтобы|чтоб|лишь бы|только бы|главное,? чтобы) не космос|не космическ[а-я]* (?:цен|сумм)|"
    # the figure kept back: "предпочитаю не называть сумму до встречи", "I'd rather not say yet"
    r"(?:предпочитаю|предпочту|не хочу|не буду|не готов[аы]?|пока) (?:пока )?(?:не )?(?:называть|"
    r"озвучивать|раскрывать|говорить) (?:сумму|бюджет|цифр[уы])|(?:сумму|бюджет|цифр[уы]) "
    r"(?:пока )?не (?:хотел[аи]? бы|хочу|буду|готов[аы]?) (?:называть|озвучивать|раскрывать)|"
    r"(?:i'?d|we'?d|i would|we would) rather not (?:say|name|share|disclose)|"
    # "our fiscal year starts in April, so nothing confirmed yet"
    r"nothing (?:is |has been |'?s been )?(?:confirmed|approved|signed off|settled|fixed) yet|"
    r"ничего (?:ещ[её] |пока )?не (?:утвердили|согласовали|подтвердили|утверждено|согласовано)|"
    r"не решил|не решили|не считал|не думал|не понимаю|не понятно|непонятно|пока неясно|"
    r"не ясно|неясно|затрудняюсь|сложно сказать|трудно сказать|сложно ответить|"
    r"трудно ответить|не могу сказать|не готов сказать|не готовы сказать|зависит|смотря|"
    r"по ситуации|обсудим|обсуждаем|обсуждается|обсуждаемо|договоримся|договорн|"
    r"посмотрим|по результатам|открыт|гибк|предложите|подскажите|вам виднее|"
    r"решим (?:после|позже|потом|на )|decide (?:after|later)|"
    r"вы (?:мне )?скажите|скажите (?:мне )?вы|вы же специалист[а-я]*|"
    r"(?:говорить|рано говорить|говорить рано)(?: [а-я]+){0,2} (?:рано|о деньгах|про деньги)|"
    r"не утвержд[её]н[а-я]*|(?:not|isn'?t|hasn'?t been|not yet) approved|"
    # not allocated yet, so still to come: "бюджета пока не выделили, будет после Нового года"
    r"(?:пока|еще|ещё) не (?:выделил|утвердил|согласовал|одобрил|заложил|св[её]рстал)[аи]?|"
    # a size without a figure, or the one who knows silent: "норм бюджет, не переживайте",
    # "the big guy hasn't said yet"
    # someone else's to set: "на усмотрение управляющего партнёра", "определит тендерная
    # комиссия", "that's for the partners to decide at the year-end meeting"
    r"на усмотрение|(?:определит|определят|решит|решат|назовет|назовут|утвердит|утвердят) "
    r"(?:[а-я]+ )?(?:комисси|совет|партнер|директор|руководств|собственник|учредител|правлени|"
    r"заказчик|начальств|шеф)[а-я]*|(?:for|up to) (?:the |our |my )?(?:partners|board|boss|owner|"
    r"ceo|cfo|committee|management|director|founders?) to (?:decide|set|approve)|"
    # "my CFO has the number, I don't"
    r"(?:cfo|boss|owner|ceo|accountant|finance|director|founder)[a-z' ]{0,12} (?:has|knows) the "
    r"(?:number|figure|budget)|"
    # the money someone else's side: "boss's call", "my boss handles the money side"
    r"(?:boss|director|ceo|cfo|owner|accountant|husband|wife|partner|co-?founder|investor)(?:'s)? "
    r"(?:call|decision|department)(?= *(?:$|[.!,]))|(?:boss|director|ceo|cfo|owner|accountant|"
    r"husband|wife|partner|co-?founder|investor) (?:handles|does|decides|deals with) (?:the )?"
    r"(?:money|budget|finances|numbers)|"
    r"^after (?:a |the |your )?(?:quote|proposal|estimate)[.!]?$|"
    # the figure after our quote: "we'll tell you once we've seen your quote"
    r"(?:once|after|when) (?:we'?ve |we have |we )?(?:seen|see|get|got|received|receive) "
    r"(?:your|the) (?:quote|proposal|estimate|offer|pricing)|"
    r"норм(?:альн[а-я]*)? бюджет|бюджет (?:норм|нормальн)[а-я]*|(?:hasn'?t|has not|haven'?t|"
    r"have not) (?:said|decided|told (?:us|me))|"
    r"без (?:цифр|суммы|конкретики)|"
    # to be approved later: "бюджет утвердят в пятницу", "the budget gets approved in Q1"
    r"бюджет[а-я]* (?:[а-я0-9]+ ){0,3}(?:утвердят|согласуют|одобрят|выделят)|"
    r"(?:утвердят|согласуют|"
    r"одобрят) (?:нам )?бюджет|budget (?:will be|gets|is being|should be) (?:approved|signed off|"
    r"set|confirmed)|"
    # the sum is someone else's and not told: "сумму согласует заказчик, мне пока не сообщили",
    # "ask my father, it's his money"
    r"(?:сумм[ауы]|бюджет|деньги) (?:[а-я]+ )?(?:согласует|согласуют|утверждает|утверждают|"
    r"определяет|определяют|знает|знают)|мне (?:пока |ещё |еще )?не (?:сообщили|сказали|"
    r"озвучили|назвали)|ask (?:my |our |the )(?:father|dad|mother|mom|mum|boss|owner|wife|"
    r"husband|partner|ceo|cfo|director|manager|accountant|finance|client|customer)|"
    r"it'?s (?:his|her|their) (?:money|budget|call)|(?:haven'?t|have not|wasn'?t|was not) "
    r"(?:been )?told|"
    # whatever is fair; a figure still to be agreed: "whatever is fair", "once we agree a figure"
    r"whatever(?:'s| is) (?:fair|reasonable|right|needed|it costs)|"
    # the estimate decides: "по смете", "as per the quote"
    r"^(?:ну )?(?:по смете|по факту|по расчету|as per (?:the |your )?(?:quote|estimate)|"
    r"per (?:the |your )?(?:quote|estimate))$|"
    # a budget not set yet, words between: "the budget for that year has not yet been set"
    r"budget (?:[a-z]+ ){0,3}(?:has|have|is|was)(?:n'?t| not)(?: yet)? (?:been )?(?:set|approved|"
    r"agreed|fixed|finali[sz]ed|confirmed|signed off)|"
    # as much as someone else approves: "whatever the board signs off on"
    r"whatever (?:the |our |my )?(?:[a-z-]+ ){0,2}(?:signs? off on|approves?|allows?|agrees? to|"
    r"gives? us|allocates?)|"
    # asked to ask again later: "ask me after the fiscal year closes", "спросите после НГ"
    r"ask (?:me |us )?(?:again )?(?:after|later|in|next|once|when)|(?:check|come) back (?:to me |"
    r"with me )?(?:after|later|in|next)|спросите (?:меня |нас )?(?:ещ[её] раз )?(?:после|позже|"
    r"потом|через|в |когда)|"
    r"(?:once|when|after) we agree "
    r"(?:on )?(?:a|the) (?:figure|price|number|amount|budget|sum)|"
    # no figure settled yet: "there's no set figure yet", "точной суммы пока нет"
    r"no (?:set|fixed|final|firm|exact|clear) (?:figure|number|amount|sum)|"
    r"(?:пока )?не представляю|"
    # not thought about yet: "haven't really thought about it", "не задумывались"
    r"(?:haven'?t|have not|hadn'?t) (?:really |yet |even |actually )?(?:thought (?:about|of)|"
    r"discussed|talked about) |"
    r"не задумывал[а-я]*|"
    # as little as possible, with no figure: "чем дешевле, тем лучше"
    r"чем дешевле,? тем лучше|(?:the )?cheaper the better|as cheap as (?:possible|it gets)|"
    # the sum promised later: "сумму скажем после декомпозиции бэклога"
    r"(?:сумму|цифру|бюджет|стоимость) (?:скажем|назовем|озвучим|дадим|определим|посчитаем) "
    r"(?:после|позже|потом|когда)|"
    # no figure of one's own yet: "а своей суммы у нас пока нет", "no figure of our own yet"
    r"(?:своей|нашей|собственной) (?:суммы|цифры)(?: [а-я]+){0,3} нет|(?:цифры|суммы) (?:у меня |"
    r"у нас )?(?:пока |еще |ещё )?нет|(?:figure|number|budget) of (?:our|my) own|haven'?t thought "
    r"(?:about )?(?:the )?(?:money|budget|price|cost)|"
    r"nothing(?:'?s| is| has been)? (?:decided|fixed|set|agreed|settled)|ничего (?:пока |ещ[её] )?"
    r"не (?:решено|решили|определено|согласовано)|"
    r"(?:нет )?(?:точной|конкретной|окончательной|твердой) (?:суммы|цифры)(?: [а-я]+)? нет|"
    # the studio's estimate asked for, the writer adapting to it: "сами прикиньте, подстроюсь"
    r"прикиньте|под вас подстро[а-я]*|подстро(?:юсь|имся)|"
    # a budget that comes later: "бюджет появится только в январе", "budget opens up in Q1"
    r"(?:бюджет|деньги|средства|финансировани)[а-я]* (?:[а-я]+ ){0,2}(?:появ(?:ится|ятся)|будут|"
    r"выделят|откроют)(?: только)? (?:в|с|после|к|через) [а-я0-9]+|"
    r"(?:budget|money|funding) (?:will )?(?:opens? up|comes? (?:in|through)|be available|"
    r"frees? up) (?:in|after|from|next)|"
    # a budget still being drawn up: "бюджет на следующий год ещё верстаем"
    r"бюджет[а-я]* (?:[а-я0-9]+ ){1,4}(?:ещ[её] |пока |сейчас )?(?:верста|формиру|планиру|"
    r"согласовыва|утвержда|счита)[а-я]*|"
    # some money, but no figure: "денег немного", "a tight budget"
    r"(?:денег|средств|бюджет[а-я]*) (?:у нас )?(?:пока |совсем |очень )?(?:немного|мало|"
    r"небольш[а-я]*|скромн[а-я]*|ограничен[а-я]*)|(?:небольш|скромн|ограниченн)[а-я]* бюджет|"
    r"(?:small|tight|limited|modest|shoestring|lean) budget|not (?:much|a lot of) (?:money|"
    r"budget|cash)|"
    # no figure to go by yet: "пока ориентира нет", "no budget set yet"
    r"ориентир[а-я]* (?:(?:пока|еще|ещё|по сумме|по бюджету|по цене) ){0,2}нет|"
    r"нет (?:пока |еще |ещё )?ориентир|"
    r"no (?:budget|figure|number|amount) (?:set|fixed|defined|decided|agreed|settled)|"
    r"not sure|unsure|don't know|dont know|do not know|no idea|dunno|idk|tbd|tba|tbc|"
    r"depends|it depends|to be determined|undecided|not decided|haven't decided|"
    r"hard to say|can't say|cannot say|open|flexible|negotiable|let's discuss|"
    r"you tell me|not defined|not determined|unknown|\?\?+|"
    # a budget without a figure, or a figure that is no number
    r"бюджет (?:есть|имеется|формиру[а-я]*|согласовыва[а-я]*|утвержда[а-я]*|на согласовании)|"
    r"(?:деньги|средства|финансирование) (?:у нас )?(?:есть|имеются|найдутся|найдем|найдём)|"
    r"(?:not|won'?t be|cannot be|can'?t be) disclosed|confidential|конфиденциальн[а-я]*|"
    r"коммерческ[а-я]* тайн[а-я]*|не разглаша[а-я]*|"
    r"бюджет (?:уже )?(?:выделен|утвержден|одобрен|заложен|согласован|предусмотрен)[а-я]*|"
    r"budget (?:is |has been )?(?:approved|allocated|signed off|set aside)|"
    r"(?:цифр[а-я]*|сумм[а-я]*) (?:назвать|назову|назовем|озвучить) не (?:могу|можем)|"
    r"не (?:могу|можем) (?:назвать|раскрыть|озвучить)|не раскрыва[а-я]*|"
    r"(?:цифр|сумм)[а-я]* (?:пока |сейчас |до этого |до тех пор )?не (?:назову|назов[её]м|скажу|"
    r"скажем|озвучу|озвучим)|"
    # the sum someone else's, not told to the writer: "сумму мне не сообщали", "шеф сам
    # назовёт", "numbers are for my boss to discuss", "before he names anything"
    r"(?:сумм[а-я]*|цифр[а-я]*|бюджет[а-я]*) (?:мне |нам )?(?:пока )?не (?:сообщали|говорили|"
    r"называли|озвучивали)|по (?:цифрам|деньгам|бюджету) (?:ничего )?(?:не|ничего не) (?:говорил|"
    r"сказал|сообщ)[а-я]*|(?:он|она|они|шеф|директор|руководител[а-я]*|начальни[а-я]*) сам[аи]? "
    r"(?:назов[её]т|назовут|скажет|скажут|озвучит)|numbers are for (?:my |the |our )?[a-z]+|"
    r"before (?:he|she|they) names?|"
    r"средн(?:ий|енький)|разумн[а-я]*|адекватн[а-я]*|оптимальн[а-я]*|нормальн[а-я]*|рыночн[а-я]*|"
    r"по рынку|в рамках рынка|вам виднее|вы лучше знаете|надо посчитать|посчитайте|"
    r"назовите (?:вилку|цену|сумму)|от ваших цен|будет понятнее|"
    r"budget (?:exists|is there|approval|is being|pending)|"
    # a figure not approved yet: "finance has yet to sign off on an amount"
    r"(?:hasn'?t|has not|haven'?t|have not|yet to|not yet)(?: been| really)? "
    r"(?:signed off|sign off|approved|approve|agreed|confirmed)|"
    r"(?:we )?(?:do )?have (?:a |the )?budget|"
    r"can'?t (?:share|disclose|give you) (?:a |the )?(?:number|figures?|amount)|not at liberty|"
    r"competitive|reasonable|market rate|fair price|ballpark|check with|we'?ll know|"
    r"(?:haven'?t|have not|not yet) (?:worked|figured|sorted) (?:it |that |this )?out|"
    # money not sure to come at all: "не факт, что нам вообще выделят деньги"
    r"не факт,? (?:что )?(?:[а-я]+ ){0,5}(?:выделят|дадут|согласуют|утвердят|будут деньги|"
    r"найдутся)|not (?:sure|certain) (?:we'?ll|we will|they'?ll) (?:get|be given|have) "
    r"(?:the |any )?(?:money|budget|funding)|"
    # the figure exists but the writer does not have it: "мне цифру не говорят", "as much as we
    # paid the last agency, I'd have to dig out the contract"
    r"(?:цифр[а-я]*|сумм[а-я]*|бюджет[а-я]*|лимит[а-я]*) (?:мне |нам )?(?:пока )?не "
    r"(?:говорят|сообщают|озвучивают|называют|раскрывают|сказали|озвучили|назвали|показывают)|"
    r"(?:как|столько же|сколько|примерно как|примерно столько,? сколько) (?:мы )?(?:платили|"
    r"заплатили|отдали|тратили)|(?:same as|as much as|what) we (?:paid|spent|gave)|"
    r"(?:they|nobody|no one|management|head office) (?:won'?t|don'?t|didn'?t|never) (?:tell|"
    r"share|give|show)s?(?: me| us)? (?:the |a )?(?:number|figure|budget|amount)|"
    r"не готов[а-я]* (?:озвучивать|называть|раскрывать)|good question|хороший вопрос|"
    r"(?:came|come|here) (?:here )?to find out|no (?:exact )?(?:figure|number|amount)|"
    r"purse strings|"
    r"(?:don'?t|do not) have (?:an? |the )?(?:exact |final |fixed )?(?:figure|number|amount)|"
    r"цифры (?:пока )?нет|дорог[оа]|дороговато|too expensive|pricey|на уровне рынка|"
    # cheap wished for, no figure: "недорого бы", "something affordable"
    r"недорог[а-я]*|подешевле|бюджетн(?:о|ый вариант)|cheap(?:er|ly)?|affordabl[a-z]*|"
    r"inexpensive|budget[- ]friendly|low[- ]cost|"
    r"(?:не хотим|не готовы) переплачивать|(?:бюджета|денег) как такового нет|"
    # a size without a figure, a figure after research
    r"скромн[а-я]*|небольш[а-я]*|приличн[а-я]*|минимальн[а-я]*|decent|modest|tight|limited|"
    r"healthy|"
    # a public tender's price is in its documents: "the ceiling price will be in the tender
    # documents", "НМЦК будет в конкурсной документации"
    r"(?:in|from) the (?:tender|bid|procurement) (?:documents|documentation|docs|notice)|"
    r"в (?:тендерной|конкурсной|закупочной|аукционной) документаци[а-я]*|"
    # money is no obstacle: a budget exists, its size unsaid ("budget is not a concern",
    # "цена не главное"), not "no budget" although a negation stands next to the word
    r"(?:money|budget|cost|price|pricing)(?: is not| isn'?t|'s not| is no| will not be| won'?t be)"
    r" (?:really |much )?(?:an? |the )?(?:big |main |major )?(?:issue|problem|concern|obstacle|"
    r"constraint|priority)|"
    r"(?:деньги|бюджет|цена|стоимость|финансы) (?:у нас )?(?:не (?:проблема|вопрос|главное|"
    r"помеха|препятствие|решающ[а-я]*)|не в приоритете)|"
    r"пойм[её]м|пока рано|рано говорить|"
    # not stinting is no figure either: "не жмёмся", "не поскупимся", "won't skimp"
    r"не (?:по)?(?:жм[её]мся|жадничаем|жадничать|скупимся|скупиться|экономим на (?:качеств|"
    r"сайт|проект)[а-я]*)|(?:won'?t|will not|don'?t|do not|not going to) (?:skimp|be stingy|"
    r"cheap out|penny-pinch)|not (?:stingy|penny-pinching))"
)


@dataclass(slots=True)
class _Amount:
    value: float
    mult: float
    cur: Currency | None
    start: int
    end: int
    bare: bool
    digits: int
    qual: str | None = None
    in_range: bool = False


def _mult_value(mult: str | None) -> float:
    if not mult:
        return 1.0
    m = mult.rstrip(".")
    if m in ("кк", "kk") or m.startswith(("млн", "миллион", "лям", "лимон", "мульт", "mln", "mn")):
        return 1e6
    if m.startswith(("mio", "million", "mil", "mm")) or m in ("m", "м"):
        return 1e6
    if m.startswith(("млрд", "миллиард", "billion", "bn")) or m == "b":
        return 1e9
    if m.startswith(("lakh", "lac", "лакх")):
        return 1e5
    if m.startswith(("crore", "крор")):
        return 1e7
    return 1e3


def _currency(token: str | None) -> Currency | None:
    if not token:
        return None
    token = token.strip()
    for currency, pattern in _OTHER_RES:
        if pattern.match(token):
            return currency
    if _RUB_RE.match(token):
        return "RUB"
    if _EUR_RE.match(token):
        return "EUR"
    if _USD_RE.match(token):
        return "USD"
    return None


# A money word typed with the keyboard still on the Latin layout, after a figure: "800 nsc" is
# "800 тыс", "5 vky" "5 млн".
_WRONG_LAYOUT_RE = re.compile(r"(?<=\d) ?([a-z\[\];',.]{2,6})(?![a-z])")
_LAYOUT_MONEY_WORDS = frozenset(
    "тыс тысяч тыщ тыщи тыр млн лям ляма лямов млрд руб рублей".split()
)


def _layout_fixed(m: re.Match[str]) -> str:
    word = m.group(1).translate(TO_RU_LAYOUT)
    return f" {word}" if word in _LAYOUT_MONEY_WORDS else m.group(0)


# "сотни три тысяч": three hundred thousand, inverted
_HUNDREDS_INVERTED_RE = re.compile(r"(?<![а-я])сотни ([1-9]) (тыс[а-я]*|тыщ[а-я]*)")


_DIGIT_RE = re.compile(r"\d")
_ONE_C_RE = re.compile(r"(?<![\d.,])1[сc](?![a-zа-я0-9])")
# Two neighbouring figures dictated as a range: "один два миллиона", "пять шесть сотен тысяч",
# "2 3 тыс", "600 700 тысяч", "тысяч 400 500" (not a figure in groups: "1 500 тыс" is 1,500
# thousand).
_NEIGHBOURS_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]5)?) (\d{1,3})(?![\d.,])(?= ?[a-zа-я])|"
    r"(?<=тысяч )(\d{2,3}) (\d{2,3})(?![\d.,])"
)


# Hundreds of thousands counted: "две-три сотни тысяч", "две три сотни тысяч" (dictated)
_HUNDREDS_OF_THOUSANDS_RE = re.compile(
    rf"(?<![0-9a-zа-я.,])(?P<n>{_SOTOK_COUNT})(?: ?- ?| или | )(?:(?P<n2>{_SOTOK_COUNT}) )?"
    r"(?:сотни|сотен|сотню|сотня) (?:тысяч[а-я]*|тыс\.?)(?![а-я])"
)


def _hundreds_of_thousands(m: re.Match[str]) -> str:
    if m.group("n2"):
        return f"{_hundreds(m.group('n'))}-{_hundreds(m.group('n2'))} тыс"
    return f"{_hundreds(m.group('n'))} тыс"


_SCALE_NEXT_RE = re.compile(
    r" ?(?:тыс|к(?![а-я])|k(?![a-z])|млн|миллион|лям|thousand|mln|million|grand)"
)


def _neighbours(m: re.Match[str]) -> str:
    a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not a.isdigit():  # "полтора два миллиона": one and a half to two
        return f"{a}-{b}" if float(a.replace(",", ".")) + 0.5 == int(b) else m.group(0)
    low, high = int(a), int(b)
    if high == low + 1 and high < 10:
        return f"{low}-{high}"
    if (
        len(a) == len(b) > 1
        and low % 10 == high % 10 == 0
        and high > low
        and (m.group(3) or _SCALE_NEXT_RE.match(m.string, m.end()))
    ):
        return f"{low}-{high}"  # round figures of one size before "thousand": a range said aloud
    return m.group(0)


def _prepare(text: str) -> str:
    t = drop_joke(normalize(text))
    t = _ONE_C_RE.sub("одинэс", t)  # "обмен с 1С" names the software, not a figure
    t = _WRONG_LAYOUT_RE.sub(_layout_fixed, t)
    if _TRANSLIT_CUE_RE.search(t):
        t = _TRANSLIT_WORD_RE.sub(lambda m: _TRANSLIT_WORDS[m.group(0)], t)
        if not _DIGIT_RE.search(t):
            # no figure: the rest is words of status ("byudzhet poka ne utverzhden")
            t = latin_words_to_cyrillic(t)
    t = _LETTER_ZERO_RE.sub(lambda m: "0" * len(m.group(0)), t)
    t = _BOUND_PAUSE_RE.sub(r"\g<bound> ", t)  # "максимум... ну пусть 600 тысяч"
    t = _MIN_MAX_RE.sub(_min_max, t)  # "минимум 400, максимум 600 тысяч": a range
    t = fix_typos(t)
    if not t:
        return t
    t = _SOTOK_N_RE.sub(_sotok_n, t)
    t = _N_SOTOK_RE.sub(_n_sotok, t)
    t = _HALF_RE.sub("0.5 ", t)
    t = _HALF_EN_RE.sub("0.5 ", t)
    t = _QUARTER_RE.sub("0.25 ", t)
    t = _POLTOS_RE.sub("50 тыс", t)
    t = _PYATIHATKA_RE.sub("500 тыс", t)
    t = _HUNDREDS_OF_THOUSANDS_RE.sub(_hundreds_of_thousands, t)
    t = _SOTKA_RE.sub("100 тыс", t)
    t = _COLLECTIVE_RE.sub(_collective, t)
    t = words_to_digits(t)
    t = _NEIGHBOURS_RE.sub(_neighbours, t)
    t = _KOSAR_RE.sub("1 тыс", t)  # after the words: "два косаря" is a count of them
    t = _HUNDREDS_INVERTED_RE.sub(r"\g<1>00 \2", t)
    t = _AND_A_HALF_RE.sub(lambda m: _fmt_num(float(m.group(1)) + 0.5), t)
    t = _MLN_AND_HALF_RE.sub(lambda m: "1.5 million" if m.group("en") else "1.5 млн", t)
    t = _N_X_RE.sub(r"\1", t)
    t = _SHTUK_RE.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3) or 1} тыс ", t)
    t = _FIGURES_RE.sub(_figures, t)
    t = _DIGITS_RU_RE.sub(_digits_ru, t)
    t = _HUNDREDS_RE.sub(lambda m: f"{_fmt_num(float(m.group(1)) * 100)} тыс", t)
    t = _INVERTED_RE.sub(_inverted, t)
    t = _BARE_MULT_RE.sub("1 ", t)
    t = _MLN_AND_RE.sub(_mln_and, t)
    t = _THOUSAND_AND_RE.sub(_thousand_and, t)
    if _IN_THOUSANDS_RE.search(t):
        t = _BARE_SMALL_RE.sub(r"\1 тыс", t)
    t = blank(_DATE_RE, t)
    t = blank(_PERCENT_RE, t)
    if sum(c.isdigit() for c in t) >= 7:
        t = _blank_phones(t)
    return t


def _blank_phones(t: str) -> str:
    try:
        spans = [
            (m.start, m.end)
            for m in phonenumbers.PhoneNumberMatcher(
                t, "RU", leniency=phonenumbers.Leniency.VALID, max_tries=50
            )
        ]
    except Exception:
        return t
    for start, end in spans:
        t = t[:start] + " " * (end - start) + t[end:]
    return t


def _fmt_num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _qualifier(seg: str) -> str | None:
    """The qualifier word closest before an amount, if only filler words stand between."""
    found: str | None = None
    for m in _QUAL_RE.finditer(seg):
        gap = seg[m.end() :]
        gap_words = _WORD_RE.findall(gap)
        if len(gap_words) <= 3 and all(w in _FILLERS for w in gap_words) and len(gap) <= 30:
            # "максимум около 300", "не больше примерно 300": a bound hedged by "about" is
            # still the bound; the hedge says the writer rounds, not that more is possible.
            if not (m.lastgroup == "approx" and found in ("to", "from")):
                found = m.lastgroup
    return found


_M_NOT_MILLION_RE = re.compile(r"(?:\d| ?(?:год|г\b|г\.|квартал|кв|этаж|метр|площад))")


def _extract(t: str) -> list[_Amount]:
    raw: list[_Amount] = []
    for m in _AMOUNT_RE.finditer(t):
        num = m.group("num")
        mult = m.group("mult")
        cur_tok = m.group("cur")
        end = m.end()
        # "300 к сентябрю": a spaced-out "к" followed by a word is a preposition (a Latin "k"
        # is no word of its own: "five K set aside" is 5,000).
        if mult in ("к", "m", "b", "м") and t[m.end("num") : m.start("mult")] == " ":
            rest = t[m.end("mult") :]
            if re.match(r"^ ?[a-zа-я]", rest) and not re.match(rf"^ ?{_CUR}{_END}", rest):
                mult, cur_tok = None, None
                end = m.end("num")
        if mult == "м" and (
            t[m.end("num") : m.start("mult")] == " " or _M_NOT_MILLION_RE.match(t, m.end("mult"))
        ):
            # a Cyrillic "м" is a million only glued to the figure, and "27м год", "100м2"
            # are a year and square metres
            mult, cur_tok = None, None
            end = m.end("num")
        if mult is None and cur_tok is None:
            end = m.end("num")
        mult_val = _mult_value(mult)
        fraction = re.search(r"[.,](\d+)$", num)
        if fraction and len(fraction.group(1)) == 3 and mult is None and "," not in num[:-4]:
            value = to_float(num.replace(",", "").replace(".", ""))
        else:
            value = to_float(num)
        if value is None:
            continue
        # the prefix with the figure's first digit: "r" is rand only before a figure ("R180k")
        prefix = t[m.start("pcur") : m.start("num") + 1] if m.group("pcur") else None
        cur = _currency(prefix) or _currency(cur_tok)
        if mult and re.match(r"^(?:т\.? ?р|тыр)", mult):
            cur = cur or "RUB"
        start = m.start("pcur") if m.group("pcur") else m.start("num")
        if _ID_BEFORE_RE.search(t[max(0, start - 14) : start]):
            continue  # "заказ #12345", "ИНН 7701234567"
        digits = sum(c.isdigit() for c in num)
        raw.append(
            _Amount(
                value=value * mult_val,
                mult=mult_val,
                cur=cur,
                start=start,
                end=end,
                bare=mult is None and cur is None,
                digits=digits,
            )
        )
    return raw


def _pair_ranges(t: str, amounts: list[_Amount]) -> None:
    for left, right in itertools.pairwise(amounts):
        if left.in_range:
            continue
        if not _RANGE_SEP_RE.match(t[left.end : right.start]):
            continue
        left.in_range = right.in_range = True
        if left.mult == 1 and right.mult > 1:
            scaled = left.value * right.mult
            if scaled > right.value and right.mult >= 1e6:
                scaled = left.value * (right.mult / 1e3)
            units = right.value / right.mult
            if left.value < 10 and units >= 200 and units % 100 == 0 and left.value < units / 100:
                scaled = left.value * 100 * right.mult  # "2-300 тысяч", "six to seven hundred k"
            left.value, left.mult = scaled, right.mult
        elif right.mult == 1 and left.mult > 1 and right.value < left.value:
            right.value, right.mult = right.value * left.mult, left.mult
        elif left.mult == 1 == right.mult and left.value < 1000 <= right.value:
            if left.value * 1000 <= right.value:
                left.value *= 1000
        left.cur = left.cur or right.cur
        right.cur = right.cur or left.cur
        left.bare = left.bare and left.mult == 1 and left.cur is None
        right.bare = right.bare and right.mult == 1 and right.cur is None
        left.qual, right.qual = "from", "to"


# "тыщ 400, мб 450", "три-четыре, может и пять", "500k, maybe 600": a hedged second figure
# stretches the first into a range, and a bare one takes the first's multiplier and currency.
_HEDGE_GAP_RE = re.compile(
    r"^[ ,;]*(?:а |ну |но |or |but )?(?:может(?: быть)?|мб|возможно|если что|а то и|или даже|"
    r"в крайнем случае|максимум|край|крайняк|потолок|maybe|perhaps|possibly|might be|or even|"
    r"at a push|tops|"
    # a ceiling a little above the figure: "1 млн, но не больше 1,2", "20k, no more than 25"
    r"не больше|не более|no more than|not more than|at most|"
    # a stretch the writer could make: "could go to 40", "можем дотянуть до 600"
    r"(?:(?:maybe|perhaps|possibly) )?(?:we )?(?:(?:could|can|might|may) )?"
    r"(?:go|stretch|push|extend)(?: it)?(?: up)?|"
    r"(?:(?:может|возможно) )?(?:можем |могу |сможем |готовы |можно )?(?:дотянуть|растянуть|"
    r"поднять(?:ся)?|подняться|добавить|дотянем|растянем|поднимем))"
    r"(?: и| даже| и до| до| up to| even| to)? ?$|"
    # a second figure after a bare "ну": "тысяч 300, ну 350 край"
    r"^[ ,;]*ну,? ?$"
)
# "мин 600, макс 900 тыс", "min 5, max 8k": two labelled bounds sharing the last multiplier.
_BOUNDS_GAP_RE = re.compile(
    r"^[ ,;]*(?:и |а |and )?(?:макс\.?|максимум|max\.?|maximum|до|up to|не больше|потолок) ?:? ?$"
)


def _second_guess(gap: str, first: _Amount, second: _Amount) -> bool:
    """A bare figure right after a counted one and a little above it, in the same units, is a
    second guess: "миллиона два, два с половиной" (2-2.5 million). "1 млн 200" is no guess."""
    if gap.strip(" ,") or not second.bare or first.mult <= 1:
        return False
    units = first.value / first.mult
    return units < second.value < units * 10 and second.value < 100


def _stretch_hedged(t: str, amounts: list[_Amount]) -> None:
    for first, second in itertools.pairwise(amounts):
        gap = t[first.end : second.start]
        hedged = _HEDGE_GAP_RE.match(gap) or _second_guess(gap, first, second)
        bounds = first.qual == "from" and _BOUNDS_GAP_RE.match(gap)
        if not (hedged or bounds):
            continue
        if hedged and second.bare and first.mult > 1:
            second.value, second.mult = second.value * first.mult, first.mult
            second.cur, second.bare = first.cur, False
        elif bounds and first.bare and second.mult > 1 and first.value < 1000:
            first.value, first.mult = first.value * second.mult, second.mult
            first.cur, first.bare = second.cur, False
        if second.value < first.value:
            continue
        if not first.in_range and first.qual != "to":  # "в пределах 200, край 250": a cap
            first.qual = "from"
        second.qual = "to"
        first.cur = first.cur or second.cur
        second.cur = second.cur or first.cur


# "на сайт 400, на интеграцию ещё 300", "$20k for the store plus 5k for hosting": a figure
# introduced by "ещё"/"plus" adds a part to the one before it, the budget is their sum.
_ADDED_GAP_RE = re.compile(
    r"^[ ,;]*(?:и |а |and |then )?(?:(?:на|за|под|for|on) (?:[a-zа-я0-9-]+ ){0,4})?"
    r"(?:еще|плюс|\+|plus|and another|another) ?(?:(?:на|for) (?:[a-zа-я0-9-]+ ){0,3})?$"
)


# A part for what we do not sell, or kept apart ("ещё 200 на рекламу отдельно"), is no part of
# the budget for us.
_APART_RE = re.compile(
    r"(?<![a-zа-я])(?:реклам[а-я]*|продвижени[а-я]*|маркетинг[а-я]*|smm|таргет[а-я]*|"
    r"контекст[а-я]*|отдельно|ads|advertising|marketing|promotion|separately)(?![a-zа-я])"
)


def _add_parts(t: str, money: list[_Amount]) -> list[_Amount]:
    """Sum the parts of one budget; a range or a bound is no part."""
    out: list[_Amount] = []
    for a in money:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not _APART_RE.search(t[prev.end : a.end + 40])
            and prev.qual is None
            and a.qual is None
            and not prev.in_range
            and (prev.cur is None or a.cur is None or prev.cur == a.cur)
            and _ADDED_GAP_RE.match(t[prev.end : a.start])
        ):
            prev.value += a.value if a.mult > 1 or not prev.mult > 1 else a.value * prev.mult
            prev.cur, prev.end = prev.cur or a.cur, a.end
            continue
        out.append(a)
    return out


# What an earlier project cost ("в прошлом году сайт сделали за 350 тысяч", "our last agency
# charged us about 4k"): said beside this budget, it is no part of it.
_PAST_PRICE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:в )?(?:поза)?прошл[а-я]* (?:раз[а-я]*|год[а-я]*|подрядчик[а-я]*|"
    r"студи[а-я]*|проект[а-я]*|"
    r"агентств[а-я]*|сайт[а-я]*)|предыдущ[а-я]*|в тот раз|(?:старый|прежний|текущий) сайт[а-я]*|"
    r"обош[её]?(?:лся|лась|лось|лись)|стоил[аио]? (?:нам|мне)|заплатил[аи]?|отдал[аи]? за|"
    # someone else's price: "конкурент, говорят, отдал миллиона три", "the freelancer wanted $900"
    r"конкурент[а-я]*|competitors?|(?:the |a |one )?(?:freelancer|agency|studio|developer|vendor|"
    r"contractor)s? (?:wanted|asked for|quoted|charged|was asking)|"
    r"(?:сделали|делали|собрали) (?:[а-я]+ )?за|"
    r"last (?:time|year|agency|vendor|studio|developer|freelancer|one|site|website)|"
    r"previous(?:ly)?|(?:our|the) old (?:site|website|agency|vendor)|charged (?:us|me)|"
    r"(?:we|i|they|he|she) paid|(?:we |i )?(?:burned|burnt|spent|wasted|blew|sank) |"
    r"(?:потратили|слили|угрохали|просадили|спустили|выкинули) |"
    # the figure the budget was before it changed: "было 600, но урезали до 450", "it was 20k,
    # now 15k" (right before the figure, so "было бы здорово уложиться в 500" stays)
    r"(?:было|был|была|изначально|сначала было|originally|initially|it was|was)"
    r"(?: (?:закладывали|планировали|выделяли|выделено|заложено|planned|set|budgeted|allocated))?"
    r" ?(?:около |где-то |примерно |about |around )?$|"
    r"cost (?:us|me)|used to pay|"
    # what another studio quoted: "в другой студии насчитали 1,8 млн", "agency X quoted us 40k"
    r"насчитал[аио]?|(?:нам |мне )?(?:оценил|посчитал)[аио]? (?:[а-я]+ )?в|"
    r"выставил[аио]? (?:счет )?(?:на )?|"
    r"(?:подрядчик|студи[яи]|агентство|фрилансер|программист|победител|исполнител)[а-я]* "
    r"(?:взял|брал|просил|запросил|попросил|хотел)"
    r"[аио]?|"
    r"quoted (?:us|me)(?: about| around)?|(?:got|had|received) (?:a )?quotes? (?:of|for)"
    r"(?: about)?)"
    r"(?![a-zа-я])"
)


# The past told right after the figure: "the 5k was an old quote", "300к было в прошлом году"
_PAST_AFTER_RE = re.compile(r" ?(?:[a-zа-я$€₽.]+ )?(?:was|were|было|был|была)(?![a-zа-я])(?! бы)")


def _clause_before(t: str, amounts: list[_Amount], i: int) -> str:
    """The words before ``amounts[i]`` in its sentence, back to the previous amount."""
    start = amounts[i - 1].end if i else 0
    return re.split(r"[.;!?]", t[start : amounts[i].start])[-1]


# A multiple of an earlier price: "в прошлый раз 250к, сейчас готовы вдвое больше", "last site
# cost $4k, this time we can do twice that" (the figure is the old price, the budget its multiple).
_MULTIPLE_AFTER_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:вдвое|втрое|вчетверо|в (?:полтора|1[.,]5|два|три|четыре|[234]) раза)"
    r"(?: [а-я]+)? (?:больше|выше|дороже)|(?:twice|double|triple|three times|"
    r"(?:two|2) times|1[.,]5 ?(?:x|times))(?: (?:that|as much|the amount|more|the budget))?)"
    r"(?![a-zа-я])"
)
_MULTIPLES = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "полтора": 1.5, "два": 2, "три": 3,
              "четыре": 4, "2": 2, "3": 3, "4": 4, "twice": 2, "double": 2, "triple": 3,
              "three": 3, "two": 2, "1.5": 1.5, "1,5": 1.5}  # fmt: skip


def _multiple_of_past(t: str, money: list[_Amount]) -> list[_Amount]:
    """One past price with a multiple of it named after: the multiple is the budget."""
    if len(money) != 1:
        return money
    a = money[0]
    if not _PAST_PRICE_RE.search(_clause_before(t, money, 0)):
        return money
    m = _MULTIPLE_AFTER_RE.search(t, a.end)
    if m is None:
        return money
    word = next(w for w in re.split(r"[ x]", m.group(0)) if w in _MULTIPLES)  # "в 1.5 раза"
    factor = _MULTIPLES[word]
    return [replace(a, value=a.value * factor)]


# "this time" after the past marker: "we burned 40k on the last agency, so this time 15k tops"
_THIS_TIME_RE = re.compile(
    r"(?<![a-zа-я])(?:this time|now|these days|сейчас|теперь|на этот раз|в этот раз)(?![a-zа-я])"
)


# Free work done before, the price now not known: "раньше нам делал племянник за так...
# сколько это стоит — понятия не имею" (no budget of none).
_NOT_KNOWN_RE = re.compile(
    r"(?<![a-zа-я])(?:понятия не имею|не знаю|не знаем|не представляю|без понятия|no idea|"
    r"(?:i|we) (?:don'?t|do not) know|not sure)(?![a-zа-я])"
)
_BEFORE_NOW_RE = re.compile(
    r"(?<![a-zа-я])(?:раньше|прежде|до этого|previously|used to|in the past|before that)"
    r"(?![a-zа-я])"
)
# A figure of the business, not of this project: "выручка за прошлый год — 140 млн", "revenue
# last year was about $3M", "у меня пенсия 20 тысяч" (right before the figure, in its clause).
_NOT_THE_BUDGET_RE = re.compile(
    r"(?<![a-zа-я])(?:выручк|оборот|прибыл|капитализац|зарплат|пенси|revenue|turnover|profit|"
    r"sales (?:were|was|of)|payroll|salar|pension)[a-zа-я]*(?: [a-zа-я]+){0,4} ?"
    r"(?:[-—:]|was|were|is)? ?"
    r"(?:около |примерно |about |around |roughly )?$"
)


def _is_past(clause: str) -> bool:
    marks = list(_PAST_PRICE_RE.finditer(clause))
    return bool(marks) and not _THIS_TIME_RE.search(clause, marks[-1].end())


# ...or named right after the figure: "подняли 1.2 ляма выручки", "$2M in revenue"
_NOT_THE_BUDGET_AFTER_RE = re.compile(
    r" ?(?:рублей |руб\.? |долларов )?(?:выручк|оборот|прибыл|revenue|turnover|gmv|profit|"
    r"in (?:revenue|sales|turnover|profit))"
)
# The past figure again: "similar ballpark this time", "примерно столько же и сейчас".
_LIKE_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?:similar|same|comparable|столько же|так же|примерно то же|тот же|"
    r"такой же|аналогичн[а-я]*|сопоставим[а-я]*)(?![a-zа-я])"
)


def _drop_past_prices(t: str, money: list[_Amount]) -> list[_Amount]:
    """The amounts of this budget without the price of an earlier project, when the text
    names both: a past price reads from a marker between the previous amount (or the start of
    its sentence) and the figure. A figure of the business (revenue) is never the budget, nor
    is a past price beside a budget refused ("был на 900 тыс. Сейчас бюджета нет")."""
    money = [
        a
        for i, a in enumerate(money)
        if not _NOT_THE_BUDGET_RE.search(_clause_before(t, money, i))
        and not _NOT_THE_BUDGET_AFTER_RE.match(t, a.end)
    ]
    past = [
        a
        for i, a in enumerate(money)
        if _is_past(_clause_before(t, money, i)) or _PAST_AFTER_RE.match(t, a.end)
    ]
    if not past:
        return money
    if len(past) == len(money) and not _NONE_RE.search(t):
        # "last agency charged us $40k, this time we have no idea yet": no figure of ours
        rest = t[past[-1].end :]
        unknown = (
            _UNKNOWN_RE.search(rest)
            or is_noncommittal(rest)
            or _NOT_KNOWN_RE.search(t, 0, past[0].start)  # "пока не знаю. одна студия насчитала"
        )
        return [] if unknown and not _LIKE_BEFORE_RE.search(rest) else money
    return [a for a in money if a not in past]


# A whole budget (the year's, the company's, the department's) named beside this project's share
# of it ("годовой ИТ-бюджет 12 млн, на этот проект из него около двух", "annual marketing budget
# is 2M, for this project about 400k"): the share is the budget, and a bare figure after the
# share's marker counts in the whole's multiplier ("около двух" is two million).
_WHOLE_BUDGET_RE = re.compile(
    r"(?<![a-zа-я])(?:годов[а-я]*|ежегодн[а-я]*|(?:на|в|за) (?:этот |следующий )?год|"
    r"(?:из|от) (?:всего|общего|нашего) (?:[а-я]+ )?бюджет[а-я]*|"
    r"(?:бюджет[а-я]*|денег|деньги) (?:всей |нашей )?(?:компании|отдела|фирмы|холдинга)|"
    # a grant or a subsidy is a whole the project takes a share of: "Грант 3 млн, из них на сайт"
    r"грант[а-я]*|субсиди[а-я]*|grants?|subsid(?:y|ies)|"
    r"весь (?:наш )?(?:[а-я]+ )?бюджет|annual(?:ly)?|yearly|(?:a|per|each) year|per annum|"
    r"for the year|(?:company|department|team)(?:'s)? (?:[a-z]+ )?budget|"
    r"(?:total|overall|whole) (?:[a-z]+ )?budget)(?![a-zа-я])"
)
_SHARE_RE = re.compile(
    r"(?<![a-zа-я])(?:из (?:него|них|этого|этой суммы|этих)|"
    r"(?:на|под) (?:этот|эту|это|данный|наш|сам|сами|нашу) (?:[а-я]+ )?(?:проект|сайт|магазин|"
    r"бот|задач[ау]|работ[уы])|(?:на|под) (?:проект|сайт|магазин|бот|портал|crm|срм|разработку)|"
    r"of (?:it|that|which|this)|out of (?:it|that|this)|"
    r"for (?:this|the|our|a) (?:new )?(?:project|site|website|store|shop|bot|portal|crm|task|job)|"
    # "the website portion is capped at $15,000", "доля сайта — 400 тысяч"
    r"(?:website|site|web|store|shop|bot|crm|portal|project)(?:'s)? (?:portion|part|share|slice|"
    r"allocation)|(?:доля|часть) (?:на )?(?:сайт|магазин|бот|портал|проект|crm|срм)[а-я]*"
    r")(?![a-zа-я])"
)


# A monthly figure with the number of months it runs is that many months' worth ("120 тысяч в
# месяц, месяца три-четыре" is 360-480 thousand): the budget of the project. A monthly figure
# alone stays as it is.
_PER_MONTH_RE = re.compile(
    r" ?(?:₽|р|руб[а-я]*|\$|usd|€|eur|долл[а-я]*|евро)?\.? ?(?:в месяц|в мес|/ ?мес[а-я]*|"
    r"ежемесячно|per month|(?:a|1|one) month|/ ?mo(?:nth)?|monthly)(?![a-zа-я])"
)
_MONTHS_RE = re.compile(
    r"(?<![0-9a-zа-я.])(?:(?P<n>\d{1,2})(?: ?(?:-|–|до|или|to|or) ?(?P<n2>\d{1,2}))? ?"
    r"(?:мес[а-я]*|months?)|(?:мес[а-я]*|months?) (?P<m>\d{1,2})(?: ?(?:-|–) ?(?P<m2>\d{1,2}))?|"
    r"(?P<half>полгода|полугода|half a year|six months)|(?:в течение |на |for a |for one )"
    r"(?P<year>года|год|year))(?![a-zа-я])"
)


# A rate with the effort it buys: "6 человеко-месяцев по 350 тысяч", "800 часов по 2500 ₽/час",
# "2 devs for 3 months at $7,500 per dev per month": the budget is their product. An hourly rate
# with no hours ("рейт до 3000 ₽ в час, объём не оценивали") names no budget.
_PER_HOUR_RE = re.compile(
    r" ?(?:₽|р|руб[а-я]*|\$|usd|€|eur|долл[а-я]*|евро)?\.? ?(?:/ ?(?:час|ч|h|hr|hour)|в час|"
    r"за час|per hour|an hour|(?:a|per) hr|hourly)(?![a-zа-я])"
)
_HOURS_RE = re.compile(r"(?<![\d.,])(?P<n>\d{2,5}) ?(?:часов|часа|ч|hours|hrs)(?![a-zа-я])")
_PERSON_MONTHS_RE = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}) ?(?:человеко-?месяц[а-я]*|чел\.? ?-?мес[а-я.]*|"
    r"(?:person|man)-?months?)(?![a-zа-я])"
)
_HEADCOUNT_RE = re.compile(
    r"(?<![\d.,])(?:(?P<n>\d{1,2}) (?:(?:senior|middle|junior|сеньор|мидл|джун)[a-zа-я-]* )?"
    r"(?:разработчик|программист|dev|developer|engineer|человек|people|специалист)[a-zа-я]*|"
    r"(?P<word>двое|трое|четверо|пятеро))(?![a-zа-я])"
)
_HEADCOUNT_WORDS = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5}
_PER_PERSON_RE = re.compile(
    r"(?<![a-zа-я])(?:на (?:одного )?человека|за (?:каждого|человека)|на каждого|per (?:dev|"
    r"developer|person|head|engineer|specialist)|each)(?![a-zа-я])"
)


def _effort_total(t: str, money: list[_Amount]) -> tuple[list[_Amount], bool]:
    """``money`` as a rate times the effort named with it, and whether it was one."""
    if len(money) != 1:
        return money, False
    a = money[0]
    hourly = _PER_HOUR_RE.match(t, a.end)
    hours = _HOURS_RE.search(t)
    if hourly:
        if hours is None:
            return [], True  # a rate and no volume: how much is not known yet
        a.value *= int(hours.group("n"))
        return money, True
    person_months = _PERSON_MONTHS_RE.search(t)
    if person_months:
        a.value *= int(person_months.group("n"))
        return money, True
    head = _HEADCOUNT_RE.search(t)
    each = _PER_PERSON_RE.match(t, a.end + 1)  # "$7,500 per dev per month"
    monthly = _PER_MONTH_RE.match(t, each.end() if each else a.end)
    months = _MONTHS_RE.search(t)
    if (
        head
        and monthly
        and months
        and _PER_PERSON_RE.search(t, a.end)
        and not months.group("half")
    ):
        people = int(head.group("n") or _HEADCOUNT_WORDS[head.group("word")])
        length = 12 if months.group("year") else int(months.group("n") or months.group("m"))
        if 1 <= people <= 50 and 1 <= length <= 36:
            a.value *= people * length
            return money, True
    return money, False


_COUNT_WORDS = {
    "двумя": 2, "двух": 2, "two": 2, "тремя": 3, "трех": 3, "three": 3, "четырьмя": 4,
    "четырех": 4, "four": 4, "пятью": 5, "пяти": 5, "five": 5, "шестью": 6, "шести": 6, "six": 6,
}  # fmt: skip
# A budget paid in parts, the figure being one part: "тремя траншами по 300 тыс", "по 200 тыс
# ежемесячно, всего 5 платежей", "monthly instalments of $5k over 8 months"
_INSTALMENTS_RE = re.compile(
    r"(?<![a-zа-я])(?:(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r") (?:равными )?(?:траншами|"
    r"траншей|транша|платежами|платежей|платежа|частями|instalments|installments|payments|"
    r"tranches)|(?:instalments|installments|payments|tranches) of \S+ (?:over|for) (?P<m>\d{1,2}) "
    r"months)"
)
_PER_PART_BEFORE_RE = re.compile(r"(?:по|of|instalments of|installments of) (?:[$€£] ?)?$")


def _instalments_total(t: str, money: list[_Amount]) -> list[_Amount]:
    """``money`` with the one part multiplied by the number of parts named (see
    ``_INSTALMENTS_RE``)."""
    if len(money) != 1:
        return money
    a = money[0]
    parts = _INSTALMENTS_RE.search(t)
    if parts is None or not _PER_PART_BEFORE_RE.search(t, max(0, a.start - 20), a.start):
        return money
    word = parts.group("n") or parts.group("m")
    count = int(word) if word.isdigit() else _COUNT_WORDS[word]
    if 1 < count <= 36:
        a.value *= count
    return money


def _monthly_total(t: str, money: list[_Amount]) -> list[_Amount]:
    """``money`` with a monthly figure multiplied by the months named after it."""
    if len(money) != 1:
        return money
    a = money[0]
    marker = _PER_MONTH_RE.match(t, a.end)
    if marker is None:
        return money
    m = _MONTHS_RE.search(t, marker.end())
    if m is None:
        return money
    if m.group("half"):
        low = high = 6
    elif m.group("year"):
        low = high = 12
    else:
        low = int(m.group("n") or m.group("m"))
        high = int(m.group("n2") or m.group("m2") or low)
    if not 1 < low <= high <= 36:
        return money
    if low == high:
        a.value *= low
        return money
    return [
        _Amount(a.value * low, a.mult, a.cur, a.start, a.end, False, 0, "from"),
        _Amount(a.value * high, a.mult, a.cur, a.start, a.end, False, 0, "to"),
    ]


# A fraction of one figure named for the project ("лимит на год 3 млн, на сайт из него примерно
# треть", "грант на 1 млн, на разработку не больше 40%"): that fraction is the budget. Only
# after a marker of the project's share, so "1 млн, предоплата 50%" stays a million.
_FRACTION_RE = re.compile(
    r"(?P<bound>не больше|не более|максимум|до|up to|at most|no more than)? ?"
    r"(?:примерно |около |где-то |about |around |roughly )?"
    r"(?:(?P<word>треть|третью|четверть|половин[ау]|a third|one third|a quarter|one quarter|"
    r"half)|(?P<pct>\d{1,2}(?:[.,]\d+)?) ?%)(?![a-zа-я\d])"
)
_FRACTIONS = {"треть": 1 / 3, "третью": 1 / 3, "четверть": 0.25, "половину": 0.5, "половина": 0.5,
              "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "half": 0.5, "a fifth": 0.2, "a tenth": 0.1, "пятую часть": 0.2,
              "десятую часть": 0.1}  # fmt: skip
# A share in the prepared text, where "a quarter" and "one third" read "1 quarter", "1 third"
# (_prepare takes "a"/"one" for the number): see _fraction.
_SHARE_WORD = (
    r"(?P<word>(?:a|one|1) (?:fifth|tenth|third|quarter)|half|треть|четверть|половин[ау]|"
    r"пятую часть|десятую часть)"
)
# A share of the figure named before, for this project: "we spent $100k on the last platform;
# this time maybe a fifth of that", "в прошлый раз ушло 2 млн, сейчас где-то половину от этого"
_FRACTION_OF_THAT_RE = re.compile(
    r"(?<![a-zа-я])(?:this time|now|теперь|сейчас|в этот раз|на этот раз)[, ]+(?:(?:maybe|perhaps|"
    rf"about|around|roughly|примерно|где-то|может|около) )*{_SHARE_WORD} "
    r"(?:of (?:that|it|this)|от (?:этого|того|этой суммы|не[её])|того|этого)(?![a-zа-я])"
)
# ...or a share of it named for this very project: "40k USD set aside for digital this year,
# maybe half of it for this", "на всё про всё миллион, из них треть на сайт"
_FRACTION_FOR_THIS_RE = re.compile(
    rf"(?<![a-zа-я]){_SHARE_WORD} "
    r"(?:of (?:it|that|this)|"
    r"от (?:этого|того|них|него|этой суммы)|из (?:них|этого|этой суммы)) (?:[a-zа-я]+ )?"
    r"(?:for (?:this|it|the project|that)|на (?:это|него|проект|сайт|этот проект|задачу)|"
    r"под (?:это|проект|задачу))(?![a-zа-я])"
)
# "600 тысяч до Нового года и ещё столько же в первом квартале": twice the figure
# "...только не говорите потом, что «нужно ещё столько же»": words put in our mouth, not the
# writer's own second half
_NOT_SAID_BEFORE_RE = re.compile(
    r"(?:не говорите|не надо|только не|don'?t (?:tell|say)|no (?:telling|saying))[^.!?]*$|\"\s*$"
)
_SAME_AGAIN_RE = re.compile(
    r"(?<![a-zа-я])(?:ещ[её] столько же|столько же ещ[её]|the same again|as much again|"
    r"(?:and )?the same (?:amount )?(?:again|later|next (?:quarter|year|month)))(?![a-zа-я])"
)


_HALVED_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:сократили|урезали|уменьшили|порезали|cut|reduced|slashed)(?: [a-zа-я]+)? "
    r"(?:вдвое|в два раза|в 2 раза|in half|by half)|halved)(?![a-zа-я])"
)
_PROJECT_SHARE_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:на|под) (?:этот |эту |это |данный |наш |нашу )?(?:проект|сайт|магазин|"
    r"бот|портал|crm|срм|разработку|задачу)|for (?:this|the|our|a) (?:new )?(?:project|site|"
    r"website|store|shop|bot|portal|crm|development)|"
    r"(?:to|on|into) (?:this|the|our|a) (?:new )?(?:web ?shop|web ?store|online (?:store|shop)|"
    r"e-?shop|website|site|project|bot|portal|crm))(?![a-zа-я])"
)


def _fraction(word: str) -> float:
    """The share a ``_SHARE_WORD`` names ("1 quarter" is "a quarter")."""
    return _FRACTIONS[re.sub(r"^(?:one|1) ", "a ", word)]


def _fraction_of_whole(text: str, t: str, money: list[_Amount]) -> list[_Amount]:
    """``money`` with one figure scaled by a fraction named for the project after it (see
    ``_FRACTION_RE``) or doubled by "ещё столько же". The fraction is read in ``text``
    normalized again: ``t`` has its percentages blanked."""
    if len(money) != 1:
        return money
    a = money[0]
    again = _SAME_AGAIN_RE.search(t, a.end)
    if again and not _NOT_SAID_BEFORE_RE.search(t, max(0, again.start() - 40), again.start()):
        return [replace(a, value=a.value * 2)]
    if _HALVED_RE.search(t, a.end):
        return [replace(a, value=a.value / 2)]  # "был миллион, теперь сократили вдвое"
    that = _FRACTION_OF_THAT_RE.search(t, a.end) or _FRACTION_FOR_THIS_RE.search(t, a.end)
    if that:
        return [replace(a, value=a.value * _fraction(that.group("word")))]
    after = _PROJECT_SHARE_RE.search(t, a.end)
    if (
        after is None
        or not re.search(r"[,;—–-]", t[a.end : after.start()])
        or _PROJECT_SHARE_RE.search(t, 0, a.start)
    ):
        return money  # "на портал 2 млн, из них на дизайн треть": the figure is the project's
    raw = normalize(text)  # only here: most budgets stop before
    share = _PROJECT_SHARE_RE.search(raw)
    if share is None:
        return money
    rest = re.split(r"[.;!?]", raw[share.end() :], maxsplit=1)[0][:60]
    # or just before the marker, in its own clause: "€20k from the fund, half of it goes to the
    # web shop", "грант 2 млн, половина уйдёт на сайт"
    clause = re.split(r"[.;!?,—–]| - ", raw[: share.start()])[-1][-40:]
    m = _FRACTION_RE.search(rest) or _FRACTION_RE.search(clause)
    if m is None:
        return money
    part = _FRACTIONS[m.group("word")] if m.group("word") else to_float(m.group("pct")) / 100
    if not 0 < part < 1:
        return money
    return [replace(a, value=round(a.value * part, 2), qual="to" if m.group("bound") else a.qual)]


_DENIED_THEN_RE = re.compile(
    r"(?:^|[,;.!?] )не (?=\d|около|где-то|примерно)[^,;.!?]{1,30}(?:,[^,;.!?]{0,40})?"
    r"(?P<but>,? (?:а|но) )(?=\d|около|где-то|примерно)"
)


# The real figure after an ironic one: "да хоть 50 тысяч долларов... ладно, реально 30", "oh
# sure, a billion dollars. Realistically, $5,000-7,000".
_REALISTICALLY_RE = re.compile(
    r"(?<![a-zа-я])(?:(?:но |а |ладно,? )?реально|realistically|если серь[её]зно|"
    r"(?:but )?seriously)(?![a-zа-я])"
)


def _after_correction(t: str, amounts: list[_Amount]) -> list[_Amount]:
    """The amounts after the writer's last self-correction (``SELF_CORRECTION_RE``) when
    figures stand on both sides of it; a bare figure after it takes the multiplier and currency
    of the one it replaces ("$8k... actually make it 10" is $10k). A figure denied and then
    replaced reads the same way: "не 80 тысяч, как в прошлом году, а 320"."""
    spans = [m.span() for m in SELF_CORRECTION_RE.finditer(t)]
    spans += [m.span("but") for m in _DENIED_THEN_RE.finditer(t)]
    spans += [m.span("but") for m in PLAN_CHANGED_RE.finditer(t)]
    spans += [m.span("but") for m in THEN_NOW_RE.finditer(t)]
    spans += [m.span() for m in _REALISTICALLY_RE.finditer(t)]
    for start, end in sorted(spans, reverse=True):
        head = [a for a in amounts if a.end <= start]
        tail = [a for a in amounts if a.start >= end]
        if not head or not tail:
            continue
        # the figure replaced is the last one with its multiplier ("около двух миллионов, ну,
        # может, полтора — скорее полтора": a million and a half)
        replaced = next((a for a in reversed(head) if a.mult > 1), head[-1])
        for a in tail:
            scaled = a.value * replaced.mult
            if (
                a.bare
                and replaced.mult > 1
                and replaced.value / 10 <= scaled <= replaced.value * 10
            ):
                a.value, a.mult, a.cur, a.bare = scaled, replaced.mult, replaced.cur, False
        return tail
    return amounts


def _shares_of_whole_budget(t: str, amounts: list[_Amount]) -> list[_Amount]:
    """``amounts`` without a whole budget named beside the project's share of it (see
    ``_WHOLE_BUDGET_RE``); a bare figure after the share's marker takes the whole's multiplier
    and currency. Unchanged without both a whole and a share."""
    whole: list[_Amount] = []
    share: list[_Amount] = []
    for i, a in enumerate(amounts):
        before = _clause_before(t, amounts, i)
        if whole and _SHARE_RE.search(before):
            share.append(a)
        elif _WHOLE_BUDGET_RE.search(before) or _WHOLE_BUDGET_RE.match(t[a.end : a.end + 16], 1):
            whole.append(a)
    if not whole or not share:
        return amounts
    for a in share:
        big = whole[-1]
        if a.bare and a.value * big.mult < big.value and big.mult > 1:  # a share is less
            a.value, a.mult, a.cur, a.bare = a.value * big.mult, big.mult, big.cur, False
    return [a for a in amounts if a not in whole]


_LATIN_RE = re.compile(r"[a-z]")


_NOTHING_AFTER_RE = re.compile(r" *(?:$|[.,!?;)])")
# Nothing before the figure but words of a budget's size: "в пределах 1.5", "бюджет ~2,5"
_MONEY_WORD_BEFORE_RE = re.compile(
    r"^(?:(?:ну|где-то|около|примерно|в пределах|в районе|порядка|до|от|не больше|не более|"
    r"максимум|бюджет|budget|about|around|up to|under|max|approx|~)[:,]? ?)*$"
)


def _bare_hundreds_as_thousands(t: str, amounts: list[_Amount]) -> None:
    """ "ну где-то 700-800", "на первый этап 300", "300": in a Russian reply (or one without
    words) to the budget question, whose buttons count in thousands of roubles, a bare round
    figure from 100 to 990 means thousands. A figure that is not round ("123") stays
    ambiguous, and so does one in an English sentence."""
    for a in amounts:
        if (
            a.bare
            and 0.5 <= a.value < 20
            and a.value % 1
            and _NOTHING_AFTER_RE.match(t, a.end)
            and _MONEY_WORD_BEFORE_RE.search(t, 0, a.start)
        ):
            # "в пределах 1.5", "около 2,5": a figure with a fraction and no word after it, too
            # small for thousands of a project, is millions (the way "полтора" is said)
            a.value, a.mult, a.bare = a.value * 1e6, 1e6, False
            continue
        if not (a.bare and 100 <= a.value < 1000 and a.value % 10 == 0):
            continue
        after = t[a.end : a.end + 14]
        if _NON_MONEY_AFTER_RE.match(after) or _COUNTED_AFTER_RE.match(after):
            continue
        a.value, a.mult, a.bare = a.value * 1000, 1e3, False


_NUMBER_SIGN_BEFORE_RE = re.compile(r"(?:№|#|no\.) ?(?:[a-zа-я]{1,3}-?)?$")


def _plausible(t: str, a: _Amount) -> bool:
    if a.value == 0:
        return True
    if a.value < 0:
        return False
    after = t[a.end : a.end + 14]
    if a.mult == 1 and a.cur is None and _NON_MONEY_AFTER_RE.match(after):
        return False  # (with a currency it is money: "$3,000 monthly retainer")
    if a.cur is None and _COUNTED_AFTER_RE.match(after):
        return False
    if _AUDIENCE_AFTER_RE.match(after) or _AUDIENCE_BEFORE_RE.search(
        t[max(0, a.start - 24) : a.start]
    ):
        return False  # "20к подписчиков": an audience, counted in thousands too
    if _NUMBER_SIGN_BEFORE_RE.search(t[max(0, a.start - 12) : a.start]):
        return False  # "заказ №А-2291": a number, not money
    if a.cur is None and _COUNTED_BEFORE_RE.search(t[max(0, a.start - 30) : a.start]):
        return False  # "дилеров у нас триста": a count
    if a.mult == 1 and a.cur is None:
        if a.digits >= 10:  # phone-like
            return False
        if 1990 <= a.value <= 2100 and float(a.value).is_integer():  # a year
            return False
        if a.value < 1000:  # "300": 300 rubles or 300 thousand? ask again
            return False
    return True


_GRAND_RE = re.compile(r"\d ?(?:grand|large)(?![a-z])")
_INDIAN_MULT_RE = re.compile(r"\d ?(?:lakhs?|lacs?|crores?|лакх[а-я]*|крор[а-я]*)(?![a-zа-я])")
# A currency named anywhere in the text, apart from the amount ("around 5k, usd", "мы в евро
# считаем, тысяч 20", "Seventy thousand US dollars", "15к usdt").
_CURRENCY_WORDS: tuple[tuple[Currency, re.Pattern[str]], ...] = (
    (
        "USD",
        re.compile(
            r"\$|(?<![a-zа-я])(?:usdt?|us dollars?|dollars?|bucks|долл[а-я]*|бакс[а-я]*|"
            r"зелен[а-я]*|у\.? ?е)(?![a-zа-я])"
        ),
    ),
    ("EUR", re.compile(r"€|(?<![a-zа-я])(?:eur|euros?|евро|еврик[а-я]*)(?![a-zа-я])")),
    *(
        (code, re.compile(rf"(?<![a-zа-я])(?:{anywhere})(?![a-zа-я])"))
        for code, _, _, anywhere in _OTHER_CURRENCIES
    ),
    (
        "RUB",
        re.compile(
            r"₽|(?<![a-zа-я])(?:руб[а-я]*|rub|rubles?|roubles?|rur|деревянн[а-я]*)(?![a-zа-я])"
        ),
    ),
)


def names_currency(text: str) -> bool:
    """The text names a currency (a sign or a word): "8k" does not, "$8k", "8 тыс руб" do."""
    t = normalize(text)
    return any(pattern.search(t) for _, pattern in _CURRENCY_WORDS)


# A currency the writer cannot or did not count in: "в тенге не скажу", "in euros I can't say".
_CURRENCY_REFUSED_RE = re.compile(r" ?(?:[а-яa-z]+ )?(?:не|not|can'?t|cannot|don'?t)(?![a-zа-я])")


# The currency ruled out: "15k, dollars not rubles", "в евро, а не в рублях".
_CURRENCY_NOT_MEANT_RE = re.compile(r"(?<![a-zа-я])(?:not|не|rather than|instead of)(?: in| в)? $")


def _refused_currency(t: str, end: int) -> bool:
    """ "в тенге не скажу" refuses the tenge; "euros not dollars" refuses the dollars only."""
    refused = _CURRENCY_REFUSED_RE.match(t, end)
    if refused is None:
        return False
    after = re.match(r" ?(?:in |в )?", t[refused.end() :])
    start = refused.end() + (after.end() if after else 0)
    return not any(pattern.match(t, start) for _, pattern in _CURRENCY_WORDS)


def _currency_in_text(t: str, amount: _Amount) -> Currency | None:
    """The currency named nearest the figure and not refused: "в тенге не скажу, но в
    долларах около 8 тысяч" is dollars."""
    found = [
        (amount.start - m.end() if m.end() <= amount.start else m.start() - amount.end, cur)
        for cur, pattern in _CURRENCY_WORDS
        for m in pattern.finditer(t)
        if not _refused_currency(t, m.end()) and not _CURRENCY_NOT_MEANT_RE.search(t, 0, m.start())
    ]
    return min(found)[1] if found else None


def _default_currency(t: str) -> Currency | None:
    """Cyrillic text, or a bare number: roubles. English text without a currency: dollars
    (the prospect writes to us in English; every labelled English amount without a currency
    meant dollars)."""
    if re.search(r"[а-я]", t):
        return "RUB"
    letters = [w for w in _WORD_RE.findall(t) if len(w) > 1 and w not in _SUFFIX_WORDS]
    return "USD" if letters else "RUB"


_SUFFIX_WORDS = frozenset({"kk", "mm", "mln", "mn", "mio", "mil", "bn", "usd", "eur", "rub"})


# Who holds the budget, not how much it is: "бюджет на проект в моём ведении", "I control
# the budget" (a few words may stand between: "бюджет на этот проект мой").
_BUDGET_HOLDER_RE = re.compile(
    r"(?<![a-zа-я])(?:бюджет[а-я]* (?:[а-я]+ ){0,3}(?:мой|у меня|на мне|за мной|в моих руках|"
    r"в мо[её]м ведении|под моим контролем|в моем распоряжении|в моём распоряжении|"
    # the writer's cost centre: "бюджет в моём ЦФО"
    r"в мо[её]м (?:цфо|подразделении|департаменте|центре (?:затрат|финансовой ответственности))|"
    r"распределяю я|утверждаю я|согласую я)|мой бюджет|(?:я )?(?:распоряжаюсь|управляю|"
    r"распределяю) бюджет[а-я]*|(?:i|we) (?:hold|own|control|manage|sign off on) (?:[a-z]+ ){0,3}"
    r"?(?:and )?the budget|"
    # defending or answering for it: "я готовлю проект и защищаю бюджет"
    r"(?:защищаю|защищать|отвечаю за|веду|пробиваю|выбиваю) бюджет[а-я]*|"
    r"(?:defend|pitch|fight for) the budget|"
    r"budget (?:is )?(?:mine|under my control|in my hands|with me|in my cost cent(?:er|re))|"
    r"my budget|budget holder|"
    r"i hold the purse strings)(?![a-zа-я])"
    r"(?! ?,? ?(?:пока )?(?:нет|не|no|not|isn'?t)(?![a-zа-я]))"  # "бюджета у меня нет": none
)


# No budget for a website or a CRM anyone means: trillions, "a gazillion", 10 billion roubles
# or more ("100 триллионов долларов" is a prank, not an amount to fit).
_JOKE_MAGNITUDE_RE = re.compile(
    r"(?<![a-zа-я])(?:трлн|триллион[а-я]*|квадриллион[а-я]*|квинтиллион[а-я]*|дофига|"
    r"trillions?|quadrillions?|gazillions?|bazillions?|zillions?|jillions?|"
    r"squillions?)(?![a-zа-я])"
)
#: 10 billion roubles and its equivalents: above it an amount is a joke, read as unknown.
ABSURD = {"RUB": 1e10, "USD": 1e8, "EUR": 1e8}


def _absurd(budget: Budget | None, text: str) -> bool:
    if _JOKE_MAGNITUDE_RE.search(normalize(text)):
        return True
    if budget is None or budget.status != "amount":
        return False
    amount = budget.min if budget.min is not None else budget.max
    return amount is not None and amount >= ABSURD.get(budget.currency or "RUB", ABSURD["RUB"])


@reading_cache()
def parse_budget(text: str) -> Budget | None:
    """Parse a prospect's budget answer. ``None`` when nothing budget-like was understood."""
    try:
        rules = _parse_budget(text)
        if _absurd(rules, text):
            return Budget("unknown")
        if (rules is None or rules.status == "none") and _BUDGET_HOLDER_RE.search(normalize(text)):
            return None  # "бюджет мой", "I hold the budget": who decides, not how much
        corrections = (
            list(SELF_CORRECTION_RE.finditer(normalize(text)))
            if rules is not None and rules.status == "amount"
            else ()
        )
        if corrections:
            # a figure taken back for no money at all: "миллион... нет, не так: бюджета нет"
            settled = parse_budget(normalize(text)[corrections[-1].end() :])
            return settled if settled == Budget("none") else rules
        if rules == Budget("unknown") and is_noncommittal(normalize(text)):
            # the studio's estimate wanted first ("бюджета как такового нет, ждём вашу смету"):
            # the classifier's "none" is the first clause's words without the second's
            return rules
        combined = _combine(rules, classifier.predict("budget", text, _signals(rules)))
        # The classifier's "not an answer" does not overturn the rules' "unknown" (a question
        # back, "не знаю"): a non-committal answer is recorded in one turn.
        return rules if combined is None and rules == Budget("unknown") else combined
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _signals(rules: Budget | None) -> tuple[str, ...]:
    return ("nothing",) if rules is None else (rules.status,)


def rule_signals(text: str) -> tuple[str, ...]:
    """The rules' reading of ``text`` as the classifier's extra features (``classifier.predict``);
    training computes them with this function too."""
    return _signals(_parse_budget(text))


#: The classifier answers "none"/"unknown" for the rules when they found nothing, at this
#: probability or more.
BUDGET_FILL = 0.5
#: The classifier overrides the rules' status at this probability or more.
BUDGET_VETO = 0.8


def _combine(rules: Budget | None, pred: classifier.Prediction | None) -> Budget | None:
    """Rules and classifier. The amount always comes from the rules; the classifier decides
    the status when the rules found nothing (``BUDGET_FILL``) and overrides it when it is sure
    of another (``BUDGET_VETO``): "20к подписчиков, заплачу рекламой" is no budget. An amount
    the rules cannot read, and "not an answer", give ``None`` (the bot asks again)."""
    if pred is None:
        return rules
    label, p = pred.label, pred.confidence
    current = None if rules is None else rules.status
    if label == current:
        return rules
    threshold = BUDGET_FILL if rules is None else BUDGET_VETO
    if p < threshold:
        return rules
    if label in ("none", "unknown"):
        return Budget(label)  # type: ignore[arg-type]
    if label == "not_answer":
        return None
    return rules  # "amount": only the rules can read one


# A figure the writer was about to give and took back: "хотел сказать 500, но это не моя
# цифра", "I was going to say 50k, but".
_RETRACTED_BEFORE_RE = re.compile(
    r"(?:хотел[аи]? (?:было )?сказать|собирал(?:ся|ась|ись) сказать|was going to say|wanted to "
    r"say|i'?d have said) ?[«\"']?$"
)
# Two guesses far apart: "может 300, может 800 — решится в декабре" (no figure yet)
_TWO_GUESSES_RE = re.compile(
    r"(?<![a-zа-я])(?:может|maybe|might be|could be),? [^,;.]{1,25},? (?:а |or )?(?:может|maybe|"
    r"might be|could be)(?![a-zа-я])"
)
# The currency corrected after the figure: "сто тысяч... долларов? нет, рублей"
_CURRENCY_FIX_RE = re.compile(
    r"(?<![a-zа-я])(?:нет|no)[,.] (?:в )?(?P<cur>рубл|доллар|евро|ruble|rouble|dollar|euro)"
)
_CURRENCY_FIXES: dict[str, Currency] = {
    "рубл": "RUB", "ruble": "RUB", "rouble": "RUB", "доллар": "USD", "dollar": "USD",
    "евро": "EUR", "euro": "EUR",
}  # fmt: skip


_REFERS_BACK_RE = re.compile(
    r"(?<![a-zа-я])(?:similar|same|comparable|like that|так же|столько же|примерно так|похож|"
    r"аналогичн)"
)


# "No budget" denied, or no money only until a condition: a budget without a figure. "не без
# бюджета", "нельзя сказать, что его нет", "it's not that we don't have a budget", "it's not
# nothing", "ни копейки не заплатим, пока не увидим дизайн".
_NOT_NONE_RE = re.compile(
    r"(?<![a-zа-я])(?:не без (?:бюджета|денег|средств)|нельзя сказать,? что (?:его|их|денег|"
    r"бюджета|средств) (?:совсем )?нет|не то чтобы (?:его|их|денег|бюджета) (?:совсем )?не было|"
    r"it'?s not that we (?:don'?t|do not) have (?:a |the |any )?(?:budget|money|funds)|"
    r"it'?s not nothing|(?:ни копейки|ни рубля|nothing|not a (?:penny|cent)) (?:не )?(?:заплатим|"
    r"платим|will pay|we'?ll pay|pay)[^.!?]{0,12} (?:пока не|until|before))"
)


def _concluded(t: str) -> Budget | None:
    """The status the writer concludes with, after thinking aloud, when the conclusion names
    no figure: "...её ещё не утвердили — так что пока не знаю", "we had $10k approved, then
    it got frozen, so right now there is no budget at all"."""
    last = None
    for m in CONCLUSION_RE.finditer(t):
        last = m
    if last is None:
        return None
    tail = t[last.end() :]
    if _DIGIT_RE.search(tail) or _REFERS_BACK_RE.search(tail):
        return None  # "$9k last time, so similar ballpark": the figure before is meant
    if _NONE_RE.search(tail):
        return Budget("none")
    if _UNKNOWN_RE.search(tail) or is_noncommittal(tail):
        return Budget("unknown")
    return None


# The figure itself, not a ceiling, however firmly more is refused after it: "ровно 300
# тысяч, больше не потяну", "exactly 300k, can't go higher".
_EXACTLY_BEFORE_RE = re.compile(
    r"(?<![a-zа-я])(?<!до )(?<!to )(?:ровно|ровнехонько|ровненько|exactly|precisely)"
    r"(?: [$€₽])? ?$"
)
_HEDGE_AFTER_RE = re.compile(
    r"^[ ,]*(?:где-то|примерно|около того|приблизительно|or so|ish|roughly|give or take)(?=[ ,.])"
)


def _parse_budget(text: str) -> Budget | None:
    t = _prepare(text)
    if not t:
        return None
    concluded = _concluded(t)
    if concluded is not None:
        return concluded
    amounts = [a for a in _extract(t) if not _RETRACTED_BEFORE_RE.search(t, 0, a.start)]
    for i, a in enumerate(amounts):
        seg_start = amounts[i - 1].end if i else 0
        a.qual = _qualifier(t[seg_start : a.start])
        above_refused = _REFUSED_MORE_BEFORE_RE.search(t, seg_start, a.start) or (
            _ABOVE_BEFORE_RE.search(t, seg_start, a.start)
            and _ABOVE_REFUSED_RE.match(t[a.end : a.end + 40].lstrip(" ,."))
        )
        if above_refused:
            a.qual = "to"  # "finance won't approve more than 20k", "выше 1 млн не поднимемся"
        # a hedge right after the figure changes no side: "тысяч 400 где-то, больше не потяну"
        after = _HEDGE_AFTER_RE.sub("", t[a.end : a.end + 48])
        post_to = _POST_TO_RE.match(after.lstrip(" ,."))
        post_from = _POST_FROM_RE.match(after)
        if post_from and not _AMOUNT_NEXT_RE.match(after[post_from.end() :]):
            a.qual = "from"
        elif post_to and not _AMOUNT_NEXT_RE.match(after.lstrip(" ,.")[post_to.end() :]):
            a.qual = "to"
        elif _POST_APPROX_RE.match(after):
            a.qual = "approx"
        refused = _REFUSED_BELOW_RE.match(after.lstrip(" ,."))
        if refused and _REFUSED_WHICH_RE.match(after.lstrip(" ,.")[refused.end() :]):
            refused = None  # "от 500к, не рассматриваем дешевле": the refusal names its side
        # A bound that is refused is the other bound: "дешевле 300 даже не рассматриваем" is a
        # floor, "больше 5 млн не рассматриваем" a ceiling.
        if a.qual == "to" and refused and not above_refused:
            a.qual = "from"
        elif a.qual == "from" and refused:
            a.qual = "to"
        if a.qual == "to" and _EXACTLY_BEFORE_RE.search(t, seg_start, a.start):
            a.qual = None  # "ровно 300 тысяч, больше не потяну": that sum, not "up to" it
    if (
        len(amounts) == 1
        and amounts[0].qual in (None, "approx")
        and _LATER_CAP_RE.search(t, amounts[0].end)
        and not _EXACTLY_BEFORE_RE.search(t, 0, amounts[0].start)
    ):
        amounts[0].qual = "to"
    _pair_ranges(t, amounts)
    _stretch_hedged(t, amounts)
    if CYRILLIC_RE.search(t) or not _LATIN_RE.search(t):
        _bare_hundreds_as_thousands(t, amounts)
    amounts = _shares_of_whole_budget(t, _after_correction(t, amounts))
    money = _add_parts(t, [a for a in amounts if _plausible(t, a)])
    money = _drop_past_prices(t, _multiple_of_past(t, money))
    money, effort = _effort_total(t, money)
    if effort and not money:
        return Budget("unknown")
    money = money if effort else _instalments_total(t, _monthly_total(t, money))
    money = _fraction_of_whole(text, t, money)
    if len(money) == 1:
        other_case = _ELSE_UNKNOWN_RE.search(t, money[0].end)
        if other_case and not _DIGIT_RE.search(t, other_case.start()):
            return Budget("unknown")
    if (
        len(money) == 2
        and _TWO_GUESSES_RE.search(t)
        and max(a.value for a in money) >= 2 * min(a.value for a in money) > 0
    ):
        return Budget("unknown")  # "может 300, может 800": two guesses far apart
    fixed = _CURRENCY_FIX_RE.search(t)
    if fixed and money and fixed.start() > money[-1].end:
        money = [replace(a, cur=_CURRENCY_FIXES[fixed.group("cur")]) for a in money]
    named = [a.cur for a in money if a.cur]
    if len(set(named)) > 1:
        # "25 млн тенге (~$50k)", "€20k, около 2 млн руб": the same sum in a second currency
        money = [a for a in money if a.cur in (None, named[0])]

    if money:
        currency = next((a.cur for a in money if a.cur), None) or _currency_in_text(t, money[0])
        if currency is None and _GRAND_RE.search(t):
            currency = "USD"  # "5 grand": American slang for thousands of dollars
        if currency is None and _INDIAN_MULT_RE.search(t):
            currency = "INR"  # lakhs and crores are counted in rupees
        if currency is None and _TRANSLIT_CUE_RE.search(normalize(text)):
            currency = "RUB"  # Russian typed in Latin letters: "vydelili 2,5 mln"
        if currency is None and _FIGURES_WORD_RE.search(normalize(text)):
            currency = "USD"  # "mid five figures": English, whose words are gone from `t`
        currency = currency or _default_currency(t)
        lows: list[float] = []
        highs: list[float] = []
        for a in money:
            if a.qual == "to":
                highs.append(a.value)
            elif a.qual == "from":
                lows.append(a.value)
            elif a.qual == "approx":
                lows.append(round(a.value * (1 - APPROX_SPREAD), 2))
                highs.append(round(a.value * (1 + APPROX_SPREAD), 2))
            else:
                lows.append(a.value)
                highs.append(a.value)
        plain = [a.value for a in money if a.qual not in ("to", "from", "approx")]
        if plain and _ALTERNATIVE_RE.search(t):
            # "если до 25 декабря — 600 тысяч, если позже, то максимум 400": the ceiling of
            # the other case is the low end of what the writer may pay
            lows += [a.value for a in money if a.qual == "to" and a.value < min(plain)]
        lo = min(lows) if lows else None
        hi = max(highs) if highs else None
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        if (hi == 0 and lo in (None, 0)) or (lo == 0 and hi is None):
            return Budget("none")
        if lo == 0 and hi is not None and all(a.qual != "from" for a in money):
            lo = None if any(a.qual == "to" for a in money) else lo
        return Budget("amount", min=lo, max=hi, currency=currency)

    simple = " ".join(_WORD_RE.findall(t)) or t.strip(" .!?)(")
    if _UNLIMITED_RE.search(t) or _NOT_NONE_RE.search(t):
        return Budget("unknown")
    none = _NONE_RE.search(t)
    if simple in _NONE_EXACT or t.strip(" .!") in _NONE_EXACT or none:
        if (
            none
            and _NOT_KNOWN_RE.search(t, none.end())
            and _BEFORE_NOW_RE.search(t, max(0, none.start() - 60), none.start())
        ):
            # "раньше нам делал племянник за так... сколько это стоит — понятия не имею": the
            # free work was before, the budget now is not known
            return Budget("unknown")
        # "сначала бесплатный аудит, а потом посмотрим, сколько тратить": money comes later
        return Budget("unknown" if _SPEND_LATER_RE.search(t) else "none")
    if (
        _UNKNOWN_RE.search(t)
        or _SPEND_LATER_RE.search(t)  # "под это отдельно не закладывали, решим по смете"
        or is_noncommittal(t)
        or detect_own_questions(t)
    ):
        return Budget("unknown")  # "how much is it?", "а это важно?": a question back, no figure
    return None
