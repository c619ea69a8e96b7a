"""Contacts: phone (``phonenumbers``), e-mail (``email-validator``) and a display name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from ._text import CYRILLIC_RE, as_text, normalize, reading_cache
from .freemail import FREE_MAIL_DOMAINS

# ----------------------------------------------------------------------------------- phone


def _e164(number: phonenumbers.PhoneNumber) -> str | None:
    if phonenumbers.is_valid_number(number) and not _made_up(str(number.national_number)):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _made_up(national: str) -> bool:
    """A number typed to get past the question: one digit over and over after the first
    ("+7 999 999 99 99", "+7 900 000 00 00"). A "golden" number people pay for ("+7 916 111
    11 11") is a real one, and so is a run ("+7 987 654 32 10" is a valid mobile)."""
    return len(set(national[1:])) <= 1


def _possible_e164(number: phonenumbers.PhoneNumber) -> str | None:
    """A number of a plausible length for its country, even if it is outside the ranges
    ``phonenumbers`` knows to be assigned (UK drama numbers +44 7700 900xxx, a range opened
    after the library's metadata): a sane length, a known country, not one digit repeated."""
    national = str(number.national_number)
    if (
        phonenumbers.is_possible_number_with_reason(number)
        == phonenumbers.ValidationResult.IS_POSSIBLE
        and 7 <= len(national) <= 12
        and len(set(national)) > 2
        and not _made_up(national)
        and phonenumbers.region_code_for_country_code(number.country_code) not in ("ZZ", "001")
    ):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


#: Where a number without a country code is read when it is valid nowhere in the default region:
#: the English-speaking prospects' own formats ("(469) 555-0123", "07700 900123").
FALLBACK_REGIONS = ("US", "GB")
_TRUNK_REGIONS = frozenset({"GB"})  # national numbers there start with 0


@reading_cache()
def parse_phone(text: str, default_region: str = "RU") -> str | None:
    """The first valid phone number in the text, as E.164 (``+79991234567``), else ``None``.

    Numbers without a country code are read in ``default_region`` ("8 999 123-45-67" and
    "9991234567" are Russian mobiles for ``"RU"``), and, when no number is valid there, in
    ``FALLBACK_REGIONS`` ("(469) 555-0123" from an American). A number written with its
    country code ("+44 7700 900123") is also taken when it is merely possible
    (``_possible_e164``): numbering plans change faster than the library's ranges."""
    try:
        return _parse_phone(text, default_region)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _parse_phone(text: str, default_region: str) -> str | None:
    raw = as_text(text)
    found = _read_phone(raw, default_region) if any(c.isdigit() for c in raw) else None
    if found is None and raw:
        dictated = spoken_digits(normalize(raw))  # "восемь девятьсот шестнадцать ..."
        found = _read_phone(dictated, default_region) if dictated else None
    return found


def _read_phone(raw: str, default_region: str) -> str | None:
    region = (default_region or "").upper() if isinstance(default_region, str) else ""
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = "ZZ"  # unknown region: only "+<country code>" numbers can be read
    # full-width digits, NBSP etc. -> ASCII; phonenumbers handles the punctuation
    cleaned = normalize(raw)
    # other regions only for text with no Cyrillic ("ИНН 7701234567" is no British mobile)
    fallbacks = () if CYRILLIC_RE.search(cleaned) else FALLBACK_REGIONS
    for where in dict.fromkeys((region, *fallbacks)):
        found = _valid_in(cleaned, where, trunk=where in _TRUNK_REGIONS and where != region)
        if found:
            return found
    return _first_parsed(re.findall(r"\+\d[\d\s().\-]{5,22}\d", cleaned), region, _possible_e164)


_UNITS = {
    "ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "zero": 0, "oh": 0, "o": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS = dict(
    zip(
        ("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
         "семнадцать восемнадцать девятнадцать").split(), range(10, 20), strict=True
    )
) | dict(
    zip(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
        range(10, 20), strict=True,
    )
)  # fmt: skip
_TENS = dict(
    zip(
        "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split(),
        range(20, 100, 10), strict=True,
    )
) | dict(
    zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10),
        strict=True)
)  # fmt: skip
_HUNDREDS = dict(
    zip(
        "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split(),
        range(100, 1000, 100), strict=True,
    )
)  # fmt: skip
_REPEATS = {"double": 2, "triple": 3}  # British: "double five" is 55
_PLUS = ("плюс", "plus", "+")


def spoken_digits(cleaned: str) -> str | None:
    """A phone number dictated in words as digits ("плюс семь девятьсот шестнадцать ноль
    пять..." -> "+7916 05..."; "oh seven seven double oh..."), or None when the (normalized)
    text holds no run of at least seven digits said so. Each number is said as a group, the
    way people read a phone out: "сорок два" is 42, "триста сорок два" 342, "ноль пять" 05."""
    tokens = re.findall(r"\+|\d+|[^\W\d_]+", cleaned)
    best = ""
    digits: list[str] = []
    group: list[int] = []  # the number being said: hundreds, tens, units as they came
    repeat = 1
    plus = False

    def close() -> None:
        if group:
            digits.append(str(sum(group)))
            group.clear()

    def end_run() -> None:
        nonlocal best, plus, repeat
        close()
        run = "".join(digits)
        if len(run) >= 7 and len(run) > len(best.lstrip("+")):
            best = ("+" if plus else "") + run
        digits.clear()
        plus, repeat = False, 1

    for token in tokens:
        if token in _PLUS:
            end_run()
            plus = True
        elif token in _REPEATS:
            close()
            repeat = _REPEATS[token]
        elif token.isdigit():
            close()
            digits.append(token * repeat)
            repeat = 1
        elif token in _UNITS:
            value = _UNITS[token]
            if repeat > 1 or value == 0:
                close()
                digits.append(str(value) * repeat)
                repeat = 1
            elif group and group[-1] % 10 == 0 and (group[-1] >= 20 or group[0] >= 100):
                group.append(value)  # "сорок два", "сто пять"
            else:
                close()
                group.append(value)
        elif token in _TEENS or token in _TENS:
            value = _TEENS.get(token) or _TENS[token]
            if not (len(group) == 1 and group[0] >= 100):
                close()
            group.append(value)
        elif token == "hundred":
            # "one eight hundred": the 800 of a toll-free number, never more digits in it
            value = 100 * group.pop() if group and group[-1] < 10 else 100
            close()
            digits.append(str(value))
        elif token in _HUNDREDS:
            close()
            group.append(_HUNDREDS[token])
        elif digits or group or plus:
            end_run()
    end_run()
    return best or None


def _valid_in(cleaned: str, region: str, *, trunk: bool = False) -> str | None:
    """The first number of ``cleaned`` valid when read in ``region``; with ``trunk``, only one
    written with the region's trunk prefix ("07700 ..." in Britain)."""
    try:
        matches = phonenumbers.PhoneNumberMatcher(
            cleaned, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
        )
        for match in matches:
            if trunk and not match.raw_string.lstrip("(").startswith("0"):
                continue
            found = _e164(match.number)
            if found:
                return found
    except Exception:
        pass
    # The matcher is strict about surrounding text; a short answer may still be one number
    # ("тел: 8(999)1234567", "+7 999 123 45 67 (Иван)").
    candidates = re.findall(r"\+?\d[\d\s().\-]{5,22}\d", cleaned)
    return _first_parsed((c for c in candidates if not trunk or c.startswith("0")), region, _e164)


def _first_parsed(
    candidates: Iterable[str],
    region: str,
    accept: Callable[[phonenumbers.PhoneNumber], str | None],
) -> str | None:
    """The first candidate that parses in ``region`` and that ``accept`` turns into E.164."""
    for cand in candidates:
        try:
            number = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        found = accept(number)
        if found:
            return found
    return None


# ---------------------------------------------------------------------------------- e-mail


@dataclass(frozen=True, slots=True)
class Email:
    address: str
    corporate: bool


_EMAIL_CANDIDATE_RE = re.compile(r"[^\s<>()\[\]{},;:\"'«»]+@[^\s<>()\[\]{},;:\"'«»]+")
_OBFUSCATED_AT_RE = re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}|\(собака\)|\[собака\])\s*")
_OBFUSCATED_DOT_RE = re.compile(r"\s*(?:\(dot\)|\[dot\]|\{dot\}|\(точка\)|\[точка\])\s*")


# An address said aloud or typed so that robots miss it: "anna точка school собака yandex
# точка ru", "john at acme dot com". Only a word for "at" between a name and a domain that
# has a word for "dot" in it is read: "we are at the office" has no domain.
_SAID_DOT = r"(?:точка|тчк|dot)"
_SAID_JOIN = rf"(?:{_SAID_DOT}|нижнее подчеркивание|подчеркивание|underscore|дефис|dash|hyphen)"
_SAID_EMAIL_RE = re.compile(
    rf"(?<![\w.@-])([\w+-]+(?:\s+{_SAID_JOIN}\s+[\w+-]+)*)\s+(?:собака|собачка|at)\s+"
    rf"([\w-]+(?:\s+{_SAID_JOIN}\s+[\w-]+)*\s+{_SAID_DOT}\s+[^\W\d_]{{2,}})(?![\w@])"
)
_SAID_SIGNS = {
    "точка": ".", "тчк": ".", "dot": ".", "нижнее подчеркивание": "_", "подчеркивание": "_",
    "underscore": "_", "дефис": "-", "dash": "-", "hyphen": "-",
}  # fmt: skip
_SAID_SIGN_RE = re.compile(rf"\s+({_SAID_JOIN})\s+")
# a domain's words as they come out in Cyrillic from a Russian speaker's dictation
_SAID_DOMAIN_WORDS = {
    "ру": "ru", "ком": "com", "нет": "net", "орг": "org", "яндекс": "yandex", "мейл": "mail",
    "мэйл": "mail", "маил": "mail", "гмейл": "gmail", "джимейл": "gmail", "рамблер": "rambler",
    "инбокс": "inbox", "лист": "list", "бк": "bk", "ya": "ya", "я": "ya",
}  # fmt: skip


# "we sell at amazon dot com", "find us at acme dot com": a word before "at" that says where
# something is, not whose mailbox
_NOT_A_MAILBOX = frozenset(
    "i me we us you it is am are was be been sell sells selling sold buy meet find found live "
    "based located available work works working hosted listed runs running run look visit "
    "open online out up in on here there them him her shop store".split()
)


def _said_email(t: str) -> str | None:
    """The first address said in words, written out ("john@acme.com"), or None."""
    for match in _SAID_EMAIL_RE.finditer(t):
        if match.group(1) in _NOT_A_MAILBOX:
            continue
        local = _SAID_SIGN_RE.sub(lambda m: _SAID_SIGNS[m.group(1)], match.group(1))
        domain = _SAID_SIGN_RE.sub(lambda m: _SAID_SIGNS[m.group(1)], match.group(2))
        domain = ".".join(_SAID_DOMAIN_WORDS.get(part, part) for part in domain.split("."))
        return f"{local}@{domain}"
    return None


def is_free_mail_domain(domain: str) -> bool:
    """True for consumer mail providers (gmail.com, yandex.ru, mail.ru, ...) and their
    subdomains; False for everything else (a company's own domain)."""
    d = domain.lower().strip(".")
    parts = d.split(".")
    return any(".".join(parts[i:]) in FREE_MAIL_DOMAINS for i in range(len(parts) - 1))


@reading_cache()
def parse_email(text: str) -> Email | None:
    """The first syntactically valid e-mail address in the text (no DNS look-ups).

    ``address`` is the ``email_validator`` normalized form, lower-cased (mailbox names are
    case-insensitive in practice); ``corporate`` is False for free-mail domains."""
    try:
        return _parse_email(text)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _parse_email(text: str) -> Email | None:
    raw = as_text(text)
    lowered = raw.lower()
    if not raw or ("@" not in raw and "at" not in lowered and "соба" not in lowered):
        return None
    t = normalize(raw, strip_tags=False)
    t = _OBFUSCATED_AT_RE.sub("@", t)
    t = _OBFUSCATED_DOT_RE.sub(".", t)
    if "@" not in t:
        t = _said_email(t) or t
    for cand in _EMAIL_CANDIDATE_RE.findall(t):
        cand = cand.strip(".!?-–—…").removeprefix("mailto:")
        if cand.count("@") != 1:
            continue
        try:
            result = validate_email(cand, check_deliverability=False)
        except (EmailNotValidError, ValueError, UnicodeError):
            continue
        address = result.normalized.lower()
        return Email(address=address, corporate=not is_free_mail_domain(result.domain))
    return None


# ------------------------------------------------------------------------------------ name

_NAME_PREFIX_RE = re.compile(
    r"^(?:(?:меня|мое имя|моё имя|имя|зовут|я|это|my name is|name is|name|i am|i'm|im|"
    r"this is|it's|call me|можно|можно просто|просто)\s*[:,\-—]?\s*)+",
    re.IGNORECASE,
)
_NAME_BAD_RE = re.compile(
    r"https?://|www\.|@|\.(?:com|ru|net|org|io)\b|[<>{}\[\]=_#$%^*|\\]", re.I
)
_NAME_ALLOWED_RE = re.compile(r"^[^\W\d_]+(?:[ '’.\-][^\W\d_]+)*\.?$")
MAX_NAME_LEN = 60


def parse_name(text: str) -> str | None:
    """A person's name as typed ("Иван", "Анна Петрова", "меня зовут Олег" -> "Олег").

    Rejects empty text, links, e-mails, digits, emoji-only answers, skip words and anything
    longer than ``MAX_NAME_LEN`` characters or four words. The first letter of each word is
    upper-cased when the whole name was typed in lower case."""
    try:
        return _parse_name(text)
    except Exception:  # pragma: no cover - the parser must never break the dialogue
        return None


def _parse_name(text: str) -> str | None:
    from .questions import is_skip

    raw = as_text(text)
    if not raw or len(raw) > 200 or _NAME_BAD_RE.search(raw):
        return None
    cleaned = re.sub(r"\s+", " ", raw.replace("\u00a0", " ")).strip()
    cleaned = cleaned.strip(" .,!?;:\"'«»()-—👋🙂😊")
    cleaned = _NAME_PREFIX_RE.sub("", cleaned).strip(" .,!?;:\"'«»()-—")
    if not cleaned or len(cleaned) > MAX_NAME_LEN or len(cleaned.split()) > 4:
        return None
    if not _NAME_ALLOWED_RE.match(cleaned) or is_skip(cleaned):
        return None
    if cleaned.lower() in _NOT_NAMES:
        return None
    if cleaned == cleaned.lower():
        cleaned = " ".join(
            "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in cleaned.split()
        )
    return cleaned


_NOT_NAMES = frozenset(
    "привет здравствуйте добрый день hello hi hey да нет yes no ок ok окей спасибо thanks "
    "ага угу test тест сайт бот".split()
) | frozenset({"добрый день", "доброе утро", "добрый вечер", "good morning"})
